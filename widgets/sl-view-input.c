/* sl-view-input.c */
#include "sl-view-input.h"

void
sl_view_input_install (GtkWidget *view, const SlViewInput *in)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  g_return_if_fail (GTK_IS_WIDGET (view) && in != NULL);

  gtk_widget_set_focusable (view, TRUE);
  gtk_widget_set_focus_on_click (view, TRUE);
  gtk_widget_set_overflow (view, GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_has_tooltip (view, TRUE);
  g_signal_connect (view, "query-tooltip", in->query_tooltip, NULL);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (controller, "scroll", in->scroll, view);
  gtk_widget_add_controller (view, controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", in->motion, view);
  g_signal_connect (controller, "enter", in->motion, view);
  g_signal_connect (controller, "leave", in->leave, view);
  gtk_widget_add_controller (view, controller);

  gesture = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), 0);
  g_signal_connect (gesture, "drag-begin", in->drag_begin, view);
  g_signal_connect (gesture, "drag-update", in->drag_update, view);
  g_signal_connect (gesture, "drag-end", in->drag_end, view);
  gtk_widget_add_controller (view, GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect (gesture, "begin", in->zoom_begin, view);
  g_signal_connect (gesture, "scale-changed", in->zoom_scale_changed, view);
  gtk_widget_add_controller (view, GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", in->key_pressed, view);
  gtk_widget_add_controller (view, controller);
}
