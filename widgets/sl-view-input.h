/* sl-view-input.h: the pointer, touch and key wiring the timeline and graph views share —
 * scroll and pinch to zoom, drag to pan, hover, keys, tooltips. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Handlers of the view; each receives the view as its user data. */
typedef struct
{
  GCallback scroll;             /* GtkEventControllerScroll::scroll */
  GCallback motion;             /* ::motion and ::enter */
  GCallback leave;
  GCallback drag_begin, drag_update, drag_end; /* any button */
  GCallback zoom_begin, zoom_scale_changed;    /* pinch */
  GCallback key_pressed;
  GCallback query_tooltip;
} SlViewInput;

/* Makes the view focusable (also on click), clips it, turns tooltips on and adds the
 * controllers for the handlers given. */
void sl_view_input_install (GtkWidget *view, const SlViewInput *input);

G_END_DECLS
