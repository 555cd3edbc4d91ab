/* sl-fit-bin.h: a bin that gives its child the room it has, asking it first (the ::fit
 * signal) to make itself fit that room; what still overflows is cut at the bottom, never
 * made taller than the window. The presentation's words use it to fit small screens. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SL_TYPE_FIT_BIN (sl_fit_bin_get_type ())

G_DECLARE_FINAL_TYPE (SlFitBin, sl_fit_bin, SL, FIT_BIN, GtkWidget)

GtkWidget *sl_fit_bin_new       (void);
void       sl_fit_bin_set_child (SlFitBin *self, GtkWidget *child);
GtkWidget *sl_fit_bin_get_child (SlFitBin *self);

G_END_DECLS
