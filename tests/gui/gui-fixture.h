/* gui-fixture.h: waiting for the window as a user would — until its articles are read, until
 * a widget has been painted. Shared by the in-process GUI tests. */
#pragma once

#include <gtk/gtk.h>
#include "ui/sl-window.h"

G_BEGIN_DECLS

/* Until the window has finished reading, then until nothing else is pending. */
void gui_spin_until_loaded (SlWindow *window);
/* Until the widget is on screen and a frame with it has been painted. */
void gui_spin_until_drawn  (GtkWidget *widget);

G_END_DECLS
