/* gui-fixture.h: what the in-process GUI tests share — starting GTK and a registered
 * application, opening windows, waiting for the window as a user would (until its articles
 * are read, until a widget has been painted), keys, pixels and temporary folders. */
#pragma once

#include <gtk/gtk.h>
#include "ui/sl-application.h"
#include "ui/sl-presentation.h"
#include "ui/sl-window.h"
#include "sl-timeline-view.h"

G_BEGIN_DECLS

/* Until the window has finished reading, then until nothing else is pending. */
void gui_spin_until_loaded (SlWindow *window);
/* Until the widget is on screen and a frame with it has been painted. */
void gui_spin_until_drawn  (GtkWidget *widget);
/* Until nothing is pending on the main loop, without waiting for more. */
void gui_spin_briefly (void);
/* Until the presentation's zoom between slides has ended. */
void gui_spin_until_still (SlPresentation *presentation);

/* Starts GTK and libadwaita with animations on or off; FALSE (with a message) without a display. */
gboolean gui_init_display (gboolean animations);
/* A new non-unique Sourceline application, registered so that windows can use its actions. */
SlApplication *gui_register_app (void);
/* A fresh temporary folder named after tmpl; XDG_DATA_HOME is pointed inside it. */
char *gui_make_tmp_dir (const char *tmpl);
/* Deletes the folder and everything below it, without following symbolic links. */
void gui_remove_tree (const char *path);

/* A new window of the application, presented, of width x height unless width is 0. */
SlWindow *gui_new_window (GtkApplication *app, int width, int height);
/* A new window (as gui_new_window) that has read the bundled sample and drawn its timeline. */
SlWindow *gui_open_sample_window (GtkApplication *app, int width, int height);
/* The presentation just opened (asserted), once its first slide has been drawn. */
SlPresentation *gui_presentation_shown (SlApplication *app);
/* What F5 does: asserts F5 is the accelerator of app.present, activates it, waits for the slide. */
SlPresentation *gui_press_f5 (SlApplication *app);

/* A key press to the widget's key controllers until one takes it (asserts there is one). */
gboolean gui_press_key (GtkWidget *widget, guint keyval, GdkModifierType state);
/* The widget rendered as it is shown, into BGRA pixels the caller frees. */
guchar *gui_render_widget (GtkWidget *widget, int *width, int *height, gsize *stride);
/* An event whose lane holds 2+ but not all events, or SL_NONE; appends that lane's, by date. */
guint32 gui_event_in_partial_lane (SlTimelineView *timeline, SlModel *model, GArray *lane_events);
/* The first descendant of widget (itself included) of the type for which match (NULL: any)
 * says yes, or NULL. */
GtkWidget *gui_find (GtkWidget *widget, GType type, gboolean (*match) (GtkWidget *));
/* Whether the graph shows the source's node: its centre inside the pane, not under a control. */
gboolean gui_node_in_view (SlGraphView *graph, guint32 source);
/* Whether the two arrays hold the same values, in any order. */
gboolean gui_same_set (const guint32 *a, guint na, const guint32 *b, guint nb);

G_END_DECLS
