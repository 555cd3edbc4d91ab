/* gui-fixture.c */
#include "gui-fixture.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "paint/sl-timeline-painter.h"

void
gui_spin_until_loaded (SlWindow *window)
{
  /* the window's progress timer keeps the loop turning while a load runs */
  while (sl_window_get_loading (window))
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
after_paint_cb (GdkFrameClock *clock, gboolean *painted)
{
  *painted = TRUE;
}

void
gui_spin_until_drawn (GtkWidget *widget)
{
  GdkFrameClock *clock;
  gboolean painted = FALSE;
  gulong id;

  while (!gtk_widget_get_mapped (widget) || gtk_widget_get_width (widget) <= 0)
    g_main_context_iteration (NULL, TRUE);
  clock = gtk_widget_get_frame_clock (widget);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  gtk_widget_queue_draw (widget);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
}

void
gui_spin_briefly (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

void
gui_spin_until_still (SlPresentation *presentation)
{
  while (sl_presentation_get_animating (presentation))
    g_main_context_iteration (NULL, TRUE);
}

gboolean
gui_init_display (gboolean animations)
{
  if (!gtk_init_check ())
    {
      g_test_message ("no display: run under xvfb-run");
      return FALSE;
    }
  adw_init ();
  /* without animations, states are asserted and drawn as they end, not halfway through */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", animations, NULL);
  return TRUE;
}

SlApplication *
gui_register_app (void)
{
  SlApplication *app = sl_application_new ();

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  return app;
}

char *
gui_make_tmp_dir (const char *tmpl)
{
  char *dir = g_dir_make_tmp (tmpl, NULL);
  g_autofree char *data_home = NULL;

  g_assert_nonnull (dir);
  /* recent projects go to the test's folder, not the user's list */
  data_home = g_build_filename (dir, "data-home", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  return dir;
}

void
gui_remove_tree (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        gui_remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

SlWindow *
gui_new_window (GtkApplication *app, int width, int height)
{
  SlWindow *window = sl_window_new (app);

  if (width > 0)
    gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

SlWindow *
gui_open_sample_window (GtkApplication *app, int width, int height)
{
  SlWindow *window = gui_new_window (app, width, height);

  sl_window_open_sample (window);
  g_assert_true (sl_window_get_loading (window));
  gui_spin_until_loaded (window);
  gui_spin_until_drawn (GTK_WIDGET (sl_window_get_timeline (window)));
  g_assert_nonnull (sl_window_get_model (window));
  return window;
}

SlPresentation *
gui_presentation_shown (SlApplication *app)
{
  SlPresentation *presentation = sl_application_get_presentation (app);

  g_assert_nonnull (presentation);
  gui_spin_until_drawn (GTK_WIDGET (sl_presentation_get_timeline (presentation)));
  return presentation;
}

SlPresentation *
gui_press_f5 (SlApplication *app)
{
  g_auto (GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                 "app.present");

  g_assert_nonnull (accels);
  g_assert_true (g_strv_contains ((const char *const *) accels, "F5"));
  g_action_group_activate_action (G_ACTION_GROUP (app), "present", NULL);
  return gui_presentation_shown (app);
}

/* GTK has no public way to make a key event: the signal is what a real press reaches. */
gboolean
gui_press_key (GtkWidget *widget, guint keyval, GdkModifierType state)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;
  gboolean has_keys = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        {
          has_keys = TRUE;
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
        }
    }
  g_assert_true (has_keys);
  return handled;
}

guchar *
gui_render_widget (GtkWidget *widget, int *width, int *height, gsize *stride)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  guchar *pixels;

  *width = gtk_widget_get_width (widget);
  *height = gtk_widget_get_height (widget);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), *width, *height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, *width, *height));
  *stride = (gsize) gdk_texture_get_width (texture) * 4;
  pixels = g_malloc ((gsize) gdk_texture_get_height (texture) * *stride);
  gdk_texture_download (texture, pixels, *stride);
  return pixels;
}

guint32
gui_event_in_partial_lane (SlTimelineView *timeline, SlModel *model, GArray *lane_events)
{
  SlTimelinePainter *painter = sl_timeline_painter_new ();
  const guint32 *order;
  guint n_order;
  guint32 chosen = SL_NONE;

  /* the painter lays the lanes out as the view does */
  sl_timeline_painter_set_model (painter, model);
  sl_timeline_painter_set_lane_mode (painter, sl_timeline_view_get_lane_mode (timeline));
  order = sl_model_events_by_start (model, &n_order);
  for (guint i = 0; i < n_order && chosen == SL_NONE; i++)
    {
      guint lane = sl_timeline_painter_lane_of_event (painter, order[i]);
      guint start = lane_events->len;

      for (guint k = 0; k < n_order; k++)
        if (sl_timeline_painter_lane_of_event (painter, order[k]) == lane)
          g_array_append_val (lane_events, order[k]);
      if (lane_events->len - start > 1 && lane_events->len - start < n_order)
        chosen = order[i];
      else
        g_array_set_size (lane_events, start);
    }
  sl_timeline_painter_free (painter);
  return chosen;
}

gboolean
gui_same_set (const guint32 *a, guint na, const guint32 *b, guint nb)
{
  if (na != nb)
    return FALSE;
  for (guint i = 0; i < na; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < nb && !found; j++)
        found = a[i] == b[j];
      if (!found)
        return FALSE;
    }
  return TRUE;
}

GtkWidget *
gui_find (GtkWidget *widget, GType type, gboolean (*match) (GtkWidget *))
{
  if (widget == NULL)
    return NULL;
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && (match == NULL || match (widget)))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = gui_find (child, type, match);

      if (found != NULL)
        return found;
    }
  return NULL;
}

gboolean
gui_node_in_view (SlGraphView *graph, guint32 source)
{
  double x, y;

  if (!sl_graph_view_get_node_position (graph, source, &x, &y))
    return FALSE;
  return x >= 0 && y >= 0 && x <= gtk_widget_get_width (GTK_WIDGET (graph))
         && y <= gtk_widget_get_height (GTK_WIDGET (graph))
         && gtk_widget_pick (GTK_WIDGET (graph), x, y, GTK_PICK_DEFAULT) == GTK_WIDGET (graph);
}
