/* test-timeline-select.c: folding lanes, the rubber band and the brushed range, done with
 * the real pointer — xdotool presses, drags and holds Shift on the Xvfb display, and GTK
 * delivers those events to the window's gestures as it would a person's. Then what the user
 * sees is asserted: rows gone and back, the events caught, the graph's lit sources, the
 * detail pane's words. */
#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <math.h>
#include <string.h>

#include "ui/sl-application.h"
#include "ui/sl-window.h"

#include "gui-fixture.h"

static GtkApplication *app;

/* Whether the real pointer can be driven here: an X11 display and xdotool. */
static gboolean
can_drive_pointer (GtkWidget *widget)
{
  g_autofree char *tool = g_find_program_in_path ("xdotool");

  if (tool == NULL)
    {
      g_test_skip ("xdotool is absent: the pointer cannot be driven");
      return FALSE;
    }
  if (!GDK_IS_X11_DISPLAY (gtk_widget_get_display (widget)))
    {
      g_test_skip ("not an X11 display: xdotool cannot reach the window");
      return FALSE;
    }
  return TRUE;
}

/* Turns the main loop until nothing is pending and a frame has been painted. */
static void
settle (GtkWidget *widget)
{
  for (guint i = 0; i < 5; i++)
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (20000);
    }
  gui_spin_until_drawn (widget);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* Runs xdotool with the words given, where "%W" is the window's X id and "@x,y" a point in
 * the widget's coordinates turned into the X window's. */
static void
xdotool (GtkWidget *widget, const char *const *words)
{
  GtkNative *native = gtk_widget_get_native (widget);
  GdkSurface *surface = gtk_native_get_surface (native);
  g_autoptr (GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) error = NULL;
  g_autofree char *err = NULL;
  double sx, sy;
  int status = 0;

  gtk_native_get_surface_transform (native, &sx, &sy);
  g_ptr_array_add (argv, g_strdup ("xdotool"));
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (strcmp (words[i], "%W") == 0)
        g_ptr_array_add (argv, g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface)));
      else if (words[i][0] == '@')
        {
          graphene_point_t p, q;
          double x = g_ascii_strtod (words[i] + 1, NULL);
          double y = g_ascii_strtod (strchr (words[i], ',') + 1, NULL);

          p = GRAPHENE_POINT_INIT (x, y);
          g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native), &p, &q));
          g_ptr_array_add (argv, g_strdup_printf ("%d", (int) lround (q.x + sx)));
          g_ptr_array_add (argv, g_strdup_printf ("%d", (int) lround (q.y + sy)));
        }
      else
        g_ptr_array_add (argv, g_strdup (words[i]));
    }
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               NULL, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("xdotool failed: %s", err);
  settle (widget);
}

static char *
point (double x, double y)
{
  return g_strdup_printf ("@%.1f,%.1f", x, y);
}

static void
click_at (GtkWidget *widget, double x, double y)
{
  g_autofree char *at = point (x, y);

  xdotool (widget, (const char *const[]) { "mousemove", "--window", "%W", at, "click", "1", NULL });
}

/* A press at (x0, y0), a move to (x1, y1) and a release, with Shift held when shift. */
static void
drag (GtkWidget *widget, double x0, double y0, double x1, double y1, gboolean shift)
{
  g_autofree char *from = point (x0, y0);
  g_autofree char *mid = point ((x0 + x1) / 2, (y0 + y1) / 2);
  g_autofree char *to = point (x1, y1);

  if (shift)
    xdotool (widget, (const char *const[]) { "keydown", "shift", NULL });
  xdotool (widget, (const char *const[]) { "mousemove", "--window", "%W", from, "mousedown", "1", NULL });
  xdotool (widget, (const char *const[]) { "mousemove", "--window", "%W", mid, NULL });
  xdotool (widget, (const char *const[]) { "mousemove", "--window", "%W", to, NULL });
  xdotool (widget, (const char *const[]) { "mouseup", "1", NULL });
  if (shift)
    xdotool (widget, (const char *const[]) { "keyup", "shift", NULL });
}

/* Whether a visible label under root reads text. */
static gboolean
shows_label (GtkWidget *root, const char *text)
{
  if (!gtk_widget_get_visible (root))
    return FALSE;
  if (GTK_IS_LABEL (root) && strcmp (gtk_label_get_label (GTK_LABEL (root)), text) == 0
      && gtk_widget_get_mapped (root))
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    if (shows_label (c, text))
      return TRUE;
  return FALSE;
}

/* The sources behind any of the events, once each. */
static GArray *
union_of_sources (SlModel *model, const guint32 *events, guint n)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) behind = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint i = 0; i < n; i++)
    {
      g_array_set_size (behind, 0);
      sl_model_event_sources (model, events[i], behind);
      for (guint k = 0; k < behind->len; k++)
        {
          guint32 s = g_array_index (behind, guint32, k);
          gboolean seen = FALSE;

          for (guint j = 0; j < out->len && !seen; j++)
            seen = g_array_index (out, guint32, j) == s;
          if (!seen)
            g_array_append_val (out, s);
        }
    }
  return out;
}

static int
cmp_double (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

/* The y of a lane's header, found by pointing down the left edge of the timeline. */
static double
header_y (SlTimelineView *timeline, guint lane)
{
  for (double y = 0; y < gtk_widget_get_height (GTK_WIDGET (timeline)); y += 1)
    if (sl_timeline_view_lane_header_at (timeline, 30, y) == lane)
      return y + 3;
  return -1;
}

static void
test_fold_lane (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 820);
  SlModel *model = sl_window_get_model (window);
  SlTimelineView *timeline = sl_window_get_timeline (window);
  GtkWidget *widget = GTK_WIDGET (timeline);
  guint32 event = SL_NONE;
  g_autofree gboolean *shown_before = NULL;
  guint lane;
  double x, y, x2, y2, hy;

  if (!can_drive_pointer (widget))
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  /* an event drawn on screen, and its lane */
  for (guint32 e = 0; e < sl_model_n_events (model) && event == SL_NONE; e++)
    if (sl_timeline_view_get_event_position (timeline, e, &x, &y))
      event = e;
  g_assert_cmpuint (event, !=, SL_NONE);
  lane = sl_timeline_view_lane_of_event (timeline, event);
  shown_before = g_new0 (gboolean, sl_model_n_events (model));
  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    shown_before[e] = sl_timeline_view_get_event_position (timeline, e, NULL, NULL);
  hy = header_y (timeline, lane);
  g_assert_cmpfloat (hy, >, 0);

  /* a click on the header folds the lane: its rows go, no other event is lost */
  click_at (widget, 30, hy);
  g_assert_true (sl_timeline_view_get_lane_collapsed (timeline, lane));
  g_assert_false (sl_timeline_view_get_event_position (timeline, event, NULL, NULL));
  g_assert_cmpuint (sl_timeline_view_event_at (timeline, x, y), !=, event);
  /* (the lanes below move up into the room it gave, and may bring more into view) */
  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    if (sl_timeline_view_lane_of_event (timeline, e) == lane)
      g_assert_false (sl_timeline_view_get_event_position (timeline, e, NULL, NULL));
    else if (shown_before[e])
      g_assert_true (sl_timeline_view_get_event_position (timeline, e, NULL, NULL));
  /* the click folded, it did not select */
  g_assert_cmpuint (sl_timeline_view_get_selected_event (timeline), ==, SL_NONE);

  /* a second click on the same header brings the rows back where they were */
  click_at (widget, 30, header_y (timeline, lane));
  g_assert_false (sl_timeline_view_get_lane_collapsed (timeline, lane));
  g_assert_true (sl_timeline_view_get_event_position (timeline, event, &x2, &y2));
  g_assert_cmpfloat (fabs (x2 - x) + fabs (y2 - y), <, 1.0);

  /* the keyboard's way: C on the selected event's lane folds it, and again opens it */
  gtk_widget_grab_focus (widget);
  sl_timeline_view_set_selected_event (timeline, event);
  g_assert_true (gui_press_key (widget, GDK_KEY_c, 0));
  g_assert_true (sl_timeline_view_get_lane_collapsed (timeline, lane));
  g_assert_true (gui_press_key (widget, GDK_KEY_c, 0));
  g_assert_false (sl_timeline_view_get_lane_collapsed (timeline, lane));

  /* stepping with the arrows passes over a folded lane's events */
  g_assert_true (gui_press_key (widget, GDK_KEY_c, 0));
  g_assert_true (gui_press_key (widget, GDK_KEY_Escape, 0));
  {
    guint steps = 0, visited = 0;
    guint32 previous = SL_NONE;

    while (gui_press_key (widget, GDK_KEY_Right, 0) && steps++ < 1000)
      {
        guint32 now = sl_timeline_view_get_selected_event (timeline);

        if (now == previous)
          break;
        previous = now;
        visited++;
        g_assert_cmpuint (sl_timeline_view_lane_of_event (timeline, now), !=, lane);
      }
    g_assert_cmpuint (visited, >=, 2);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_rubber_band (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 820);
  SlModel *model = sl_window_get_model (window);
  SlTimelineView *timeline = sl_window_get_timeline (window);
  SlGraphView *graph = sl_window_get_graph (window);
  GtkWidget *widget = GTK_WIDGET (timeline);
  g_autoptr (GArray) expected = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) sources = NULL;
  g_autofree char *heading = NULL;
  const guint32 *got, *lit;
  guint n_got, n_lit;
  double w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  double x0 = -1, y0 = 60, x1 = -1, y1 = h - 45;

  if (!can_drive_pointer (widget))
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  /* a band from just left of the earliest mark on screen to just past the middle one: the
   * events drawn inside it are known from where the view says it drew them */
  {
    g_autoptr (GArray) xs = g_array_new (FALSE, FALSE, sizeof (double));

    for (guint32 e = 0; e < sl_model_n_events (model); e++)
      {
        double x, y;
        if (sl_timeline_view_get_event_position (timeline, e, &x, &y) && y >= y0 && y <= y1)
          g_array_append_val (xs, x);
      }
    g_assert_cmpuint (xs->len, >=, 3);
    g_array_sort (xs, cmp_double);
    x0 = MAX (g_array_index (xs, double, 0) - 6, 1);
    x1 = MIN (g_array_index (xs, double, xs->len / 2) + 2, w - 2);
  }
  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    {
      double x, y;
      if (sl_timeline_view_get_event_position (timeline, e, &x, &y)
          && x >= x0 && x <= x1 && y >= y0 && y <= y1)
        g_array_append_val (expected, e);
    }
  g_assert_cmpuint (expected->len, >=, 2);

  /* Shift+drag: the band catches exactly those events */
  drag (widget, x0, y0, x1, y1, TRUE);
  got = sl_timeline_view_get_selected_events (timeline, &n_got);
  g_assert_true (gui_same_set (got, n_got, (const guint32 *) expected->data, expected->len));
  g_assert_cmpuint (sl_timeline_view_get_selected_event (timeline), ==, SL_NONE);
  /* the view did not pan while the band was drawn */
  {
    double x, y;
    g_assert_true (sl_timeline_view_get_event_position (timeline, got[0], &x, &y));
    g_assert_cmpfloat (x, >=, x0);
    g_assert_cmpfloat (x, <=, x1);
  }

  /* the graph lights the union of their sources; the detail pane counts them */
  sources = union_of_sources (model, got, n_got);
  lit = sl_graph_view_get_highlight (graph, &n_lit);
  if (sources->len > 0)
    g_assert_true (gui_same_set (lit, n_lit, (const guint32 *) sources->data, sources->len));
  heading = g_strdup_printf ("%u events selected", n_got);
  g_assert_true (shows_label (GTK_WIDGET (window), heading));

  /* Escape lets go of them all */
  gtk_widget_grab_focus (widget);
  g_assert_true (gui_press_key (widget, GDK_KEY_Escape, 0));
  sl_timeline_view_get_selected_events (timeline, &n_got);
  g_assert_cmpuint (n_got, ==, 0);
  sl_graph_view_get_highlight (graph, &n_lit);
  g_assert_cmpuint (n_lit, ==, 0);
  g_assert_false (shows_label (GTK_WIDGET (window), heading));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_brush_lights_sources_in_range (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 820);
  SlModel *model = sl_window_get_model (window);
  SlTimelineView *timeline = sl_window_get_timeline (window);
  SlGraphView *graph = sl_window_get_graph (window);
  GtkWidget *widget = GTK_WIDGET (timeline);
  g_autoptr (GArray) in_range = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) sources = NULL;
  const guint32 *lit;
  guint n_lit;
  SlTime t0, t1, v0, v1;
  double w = gtk_widget_get_width (widget);
  guint unlit_with_claims = 0;

  if (!can_drive_pointer (widget))
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  g_assert_false (sl_timeline_view_get_brush (timeline, NULL, NULL));
  sl_timeline_view_get_visible_range (timeline, &v0, &v1);

  /* a drag along the axis strip over the left half of the view brushes that range */
  drag (widget, w * 0.05, 12, w * 0.5, 12, FALSE);
  g_assert_true (sl_timeline_view_get_brush (timeline, &t0, &t1));
  g_assert_cmpint (t1, >, t0);
  /* the range is the one under the pointer, to a few pixels' worth of time */
  g_assert_cmpfloat (fabs ((double) t0 - (v0 + (v1 - v0) * 0.05)), <, (v1 - v0) * 3.0 / w);
  g_assert_cmpfloat (fabs ((double) t1 - (v0 + (v1 - v0) * 0.5)), <, (v1 - v0) * 3.0 / w);
  /* the brush did not pan the view */
  {
    SlTime a, b;
    sl_timeline_view_get_visible_range (timeline, &a, &b);
    g_assert_cmpint (a, ==, v0);
    g_assert_cmpint (b, ==, v1);
  }

  /* the graph emphasises exactly the sources with claims on events in the range */
  sl_model_events_in_range (model, t0, t1, in_range);
  g_assert_cmpuint (in_range->len, >, 0);
  sources = union_of_sources (model, (const guint32 *) in_range->data, in_range->len);
  g_assert_cmpuint (sources->len, >, 0);
  lit = sl_graph_view_get_highlight (graph, &n_lit);
  g_assert_true (gui_same_set (lit, n_lit, (const guint32 *) sources->data, sources->len));
  /* and not a source whose claims all lie elsewhere */
  for (guint32 s = 0; s < sl_model_n_sources (model); s++)
    {
      gboolean is_lit = FALSE;
      for (guint i = 0; i < n_lit; i++)
        is_lit |= lit[i] == s;
      unlit_with_claims += !is_lit && sl_model_source (model, s)->n_claims > 0;
    }
  g_assert_cmpuint (unlit_with_claims, >, 0);

  /* Escape lets go of the range and the graph's emphasis */
  gtk_widget_grab_focus (widget);
  g_assert_true (gui_press_key (widget, GDK_KEY_Escape, 0));
  g_assert_false (sl_timeline_view_get_brush (timeline, NULL, NULL));
  sl_graph_view_get_highlight (graph, &n_lit);
  g_assert_cmpuint (n_lit, ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  if (!gui_init_display (FALSE))
    return 77;

  app = GTK_APPLICATION (gui_register_app ());

  g_test_add_func ("/gui/timeline/fold-lane-by-header-click", test_fold_lane);
  g_test_add_func ("/gui/timeline/rubber-band-selects-drawn-events", test_rubber_band);
  g_test_add_func ("/gui/linking/brush-lights-sources-in-range", test_brush_lights_sources_in_range);

  ret = g_test_run ();
  g_object_unref (app);
  return ret;
}
