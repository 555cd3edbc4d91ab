/* test-window.c: the window as a user meets it — opened on the bundled sample, drawing the
 * events where their dates fall, linking a keyboard selection to the graph, and exporting
 * images. Runs in-process under Xvfb. */
#include "config.h"

#include <adwaita.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "paint/sl-paint-style.h"
#include "ui/sl-application.h"
#include "ui/sl-window.h"

#include "gui-fixture.h"

static GtkApplication *app;
static char *tmp_dir;

static guint
count_sample_articles (void)
{
  g_autofree char *dir_path = sl_window_find_sample_dir ();
  g_autoptr (GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.' && !g_str_has_prefix (name, "README"))
      n++;
  return n;
}

/* The first event whose interval starts at the given day (or month when day is 0). */
static guint32
find_event (SlModel *model, gint64 year, guint month, guint day)
{
  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    {
      const SlEvent *ev = sl_model_event (model, e);
      gint64 y;
      guint m, d;

      sl_time_to_ymd (ev->start, &y, &m, &d);
      if (y == year && m == month && (day == 0 || d == day))
        return e;
    }
  return SL_NONE;
}

static void
test_opens_sample (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 820);
  SlModel *model = sl_window_get_model (window);
  SlTimelineView *timeline = sl_window_get_timeline (window);
  guint32 summit, veto;
  guint on_screen = 0;

  g_assert_nonnull (model);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Sample Articles — Sourceline");
  g_assert_cmpuint (sl_model_n_docs (model), ==, count_sample_articles ());
  g_assert_cmpuint (sl_model_n_events (model), >=, 3);
  g_assert_cmpuint (sl_model_n_sources (model), >=, 3);

  /* the events the sample is about are in view after zoom-to-fit */
  summit = find_event (model, 2023, 9, 0);
  veto = find_event (model, 2024, 3, 28);
  g_assert_cmpuint (summit, !=, SL_NONE);
  g_assert_cmpuint (veto, !=, SL_NONE);
  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    on_screen += sl_timeline_view_get_event_position (timeline, e, NULL, NULL);
  g_assert_cmpuint (on_screen, >=, 3);
  /* selecting an event brings it on screen, whichever lane it sits in */
  sl_timeline_view_set_selected_event (timeline, summit);
  g_assert_true (sl_timeline_view_get_event_position (timeline, summit, NULL, NULL));
  sl_timeline_view_set_selected_event (timeline, veto);
  g_assert_true (sl_timeline_view_get_event_position (timeline, veto, NULL, NULL));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* How far the pixel at (x, y) is from the colour c (0–255 per channel, the largest). */
static int
distance_from (const guchar *pixels, gsize stride, int x, int y, const SlRgba *c)
{
  const guchar *p = pixels + (gsize) y * stride + (gsize) x * 4; /* B G R A */
  int r = (int) lround (c->r * 255), g = (int) lround (c->g * 255), b = (int) lround (c->b * 255);

  return MAX (MAX (ABS (p[2] - r), ABS (p[1] - g)), ABS (p[0] - b));
}

static void
test_timeline_draws_events_at_dates (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 820);
  SlModel *model = sl_window_get_model (window);
  SlTimelineView *timeline = sl_window_get_timeline (window);
  g_autofree guchar *pixels = NULL;
  SlPaintStyle style;
  SlTime t0, t1;
  int width, height;
  gsize stride;
  guint checked = 0;

  pixels = gui_render_widget (GTK_WIDGET (timeline), &width, &height, &stride);
  sl_paint_style_init (&style, sl_timeline_view_get_dark (timeline));
  sl_timeline_view_get_visible_range (timeline, &t0, &t1);
  g_assert_cmpint (t1, >, t0);

  /* the background really is the style's: a corner of the lanes area away from labels */
  g_assert_cmpint (distance_from (pixels, stride, width - 2, height / 2, &style.background), <=, 40);

  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    {
      const SlEvent *ev = sl_model_event (model, e);
      double cx, cy, x_of_date;
      int best = 0;

      if (!sl_timeline_view_get_event_position (timeline, e, &cx, &cy))
        continue;
      /* the mark sits where its date falls on the axis: within its own interval */
      x_of_date = (double) (ev->start - t0) / (double) (t1 - t0) * width;
      g_assert_cmpfloat (cx, >=, x_of_date - 8);
      g_assert_cmpfloat (cx, <=, (double) (MAX (ev->end_t, ev->start) - t0) / (double) (t1 - t0) * width + 8);

      for (int dy = -3; dy <= 3; dy++)
        for (int dx = -3; dx <= 3; dx++)
          {
            int x = (int) lround (cx) + dx, y = (int) lround (cy) + dy;
            if (x >= 0 && y >= 0 && x < width && y < height)
              best = MAX (best, distance_from (pixels, stride, x, y, &style.background));
          }
      g_assert_cmpint (best, >, 60);
      checked++;
    }
  g_assert_cmpuint (checked, >=, 3);
  g_test_message ("%u events drawn where their dates fall", checked);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The window as a user sees it with the veto selected, written as a PNG; with
 * SL_SCREENSHOT_DIR set, kept there (the README and the AppStream data use it). */
static void
test_screenshot (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 820);
  SlModel *model = sl_window_get_model (window);
  const char *keep = g_getenv ("SL_SCREENSHOT_DIR");
  g_autofree char *path = g_build_filename (keep && *keep ? keep : tmp_dir,
                                            "sourceline-window.png", NULL);
  g_autoptr (GdkPaintable) paintable = NULL;
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  g_autoptr (GdkTexture) reread = NULL;
  GtkWidget *widget = GTK_WIDGET (window);
  guint32 veto = find_event (model, 2024, 3, 28);
  int width, height;

  g_assert_cmpuint (veto, !=, SL_NONE);
  sl_timeline_view_set_selected_event (sl_window_get_timeline (window), veto);
  gui_spin_until_drawn (widget);

  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));

  reread = gdk_texture_new_from_filename (path, NULL);
  g_assert_nonnull (reread);
  g_assert_cmpint (gdk_texture_get_width (reread), ==, gdk_texture_get_width (texture));
  g_test_message ("window screenshot: %s (%d×%d)", path, width, height);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_keyboard_selection_highlights_sources (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 820);
  SlModel *model = sl_window_get_model (window);
  SlTimelineView *timeline = sl_window_get_timeline (window);
  SlGraphView *graph = sl_window_get_graph (window);
  g_autoptr (GArray) expected = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) first = g_array_new (FALSE, FALSE, sizeof (guint32));
  const guint32 *lit;
  guint n_lit, steps = 0;
  gboolean changed = FALSE;
  guint32 event;

  gtk_widget_grab_focus (GTK_WIDGET (timeline));
  g_assert_cmpuint (sl_timeline_view_get_selected_event (timeline), ==, SL_NONE);
  lit = sl_graph_view_get_highlight (graph, &n_lit);
  g_assert_cmpuint (n_lit, ==, 0);

  /* Home selects the earliest event; its sources light up in the graph */
  g_assert_true (gui_press_key (GTK_WIDGET (timeline), GDK_KEY_Home, 0));
  event = sl_timeline_view_get_selected_event (timeline);
  g_assert_cmpuint (event, !=, SL_NONE);
  sl_model_event_sources (model, event, expected);
  lit = sl_graph_view_get_highlight (graph, &n_lit);
  g_assert_true (gui_same_set (lit, n_lit, (const guint32 *) expected->data, expected->len));
  if (n_lit > 0)
    g_array_append_vals (first, lit, n_lit);

  /* Right walks through events in time order; the graph's highlighted nodes follow */
  while (gui_press_key (GTK_WIDGET (timeline), GDK_KEY_Right, 0) && steps++ < 1000)
    {
      guint32 next = sl_timeline_view_get_selected_event (timeline);

      if (next == event)
        break; /* the last event: Right stays on it */
      g_assert_cmpint (sl_model_event (model, next)->start, >=, sl_model_event (model, event)->start);
      event = next;
      g_array_set_size (expected, 0);
      sl_model_event_sources (model, event, expected);
      lit = sl_graph_view_get_highlight (graph, &n_lit);
      g_assert_true (gui_same_set (lit, n_lit, (const guint32 *) expected->data, expected->len));
      if (!gui_same_set (lit, n_lit, (const guint32 *) first->data, first->len))
        changed = TRUE;
      /* the lit sources are on screen, not panned away */
      for (guint i = 0; i < n_lit; i++)
        {
          double x, y;

          g_assert_true (sl_graph_view_get_node_position (graph, lit[i], &x, &y));
          g_assert_cmpfloat (x, >=, 0);
          g_assert_cmpfloat (y, >=, 0);
          g_assert_cmpfloat (x, <=, gtk_widget_get_width (GTK_WIDGET (graph)));
          g_assert_cmpfloat (y, <=, gtk_widget_get_height (GTK_WIDGET (graph)));
        }
      if (sl_timeline_view_get_selected_event (timeline) == event
          && sl_timeline_view_get_event_position (timeline, event, NULL, NULL) == FALSE)
        g_error ("the selected event was not brought on screen");
    }
  g_assert_cmpuint (steps, >=, 2);
  g_assert_true (changed);

  /* Escape clears the selection and the graph's emphasis */
  g_assert_true (gui_press_key (GTK_WIDGET (timeline), GDK_KEY_Escape, 0));
  g_assert_cmpuint (sl_timeline_view_get_selected_event (timeline), ==, SL_NONE);
  sl_graph_view_get_highlight (graph, &n_lit);
  g_assert_cmpuint (n_lit, ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_source_selection_highlights_events (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 820);
  SlModel *model = sl_window_get_model (window);
  SlTimelineView *timeline = sl_window_get_timeline (window);
  SlGraphView *graph = sl_window_get_graph (window);
  gboolean some_lit = FALSE;

  guint32 previous = SL_NONE;
  guint visited = 0;

  gtk_widget_grab_focus (GTK_WIDGET (graph));
  /* Right walks the sources in reading order and stays on the last one */
  while (gui_press_key (GTK_WIDGET (graph), GDK_KEY_Right, 0))
    {
      guint32 source = sl_graph_view_get_selected_source (graph);
      g_autoptr (GArray) expected = g_array_new (FALSE, FALSE, sizeof (guint32));
      const guint32 *lit;
      guint n_lit;

      g_assert_cmpuint (source, !=, SL_NONE);
      if (source == previous)
        break;
      previous = source;
      visited++;
      /* choosing a source clears the event selection */
      g_assert_cmpuint (sl_timeline_view_get_selected_event (timeline), ==, SL_NONE);
      sl_model_source_events (model, source, expected);
      lit = sl_timeline_view_get_highlight (timeline, &n_lit);
      g_assert_true (gui_same_set (lit, n_lit, (const guint32 *) expected->data, expected->len));
      some_lit |= n_lit > 0;
      /* the graph emphasises the source and its neighbours */
      lit = sl_graph_view_get_highlight (graph, &n_lit);
      g_assert_cmpuint (n_lit, >=, 1);
      g_assert_cmpuint (lit[0], ==, source);
    }
  g_assert_true (some_lit);
  g_assert_cmpuint (visited, ==, sl_model_n_sources (model));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* What is under the pointer at an event's mark is that event: a click there selects it. */
static void
test_hit_test_finds_event (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 820);
  SlModel *model = sl_window_get_model (window);
  SlTimelineView *timeline = sl_window_get_timeline (window);
  guint32 veto = find_event (model, 2024, 3, 28);
  double x, y;

  g_assert_cmpuint (veto, !=, SL_NONE);
  sl_timeline_view_set_selected_event (timeline, veto);
  g_assert_true (sl_timeline_view_get_event_position (timeline, veto, &x, &y));
  g_assert_cmpuint (sl_timeline_view_event_at (timeline, x, y), ==, veto);
  /* far below every lane, in the overview strip, there is no event to hit */
  g_assert_cmpuint (sl_timeline_view_event_at (timeline, x,
                                               gtk_widget_get_height (GTK_WIDGET (timeline)) - 2),
                    ==, SL_NONE);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The Lanes menu regroups the timeline; every event stays reachable. */
static void
test_lane_mode_action (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 820);
  SlModel *model = sl_window_get_model (window);
  SlTimelineView *timeline = sl_window_get_timeline (window);
  guint on_screen = 0;

  g_assert_cmpint (sl_timeline_view_get_lane_mode (timeline), ==, SL_LANE_BY_SOURCE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.lane-mode", "s", "category"));
  g_assert_cmpint (sl_timeline_view_get_lane_mode (timeline), ==, SL_LANE_BY_CATEGORY);
  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    {
      sl_timeline_view_set_selected_event (timeline, e);
      on_screen += sl_timeline_view_get_event_position (timeline, e, NULL, NULL);
    }
  g_assert_cmpuint (on_screen, ==, sl_model_n_events (model));

  gtk_window_destroy (GTK_WINDOW (window));
}

static char *
export_one (SlWindow *window, const char *name)
{
  g_autoptr (GError) error = NULL;
  char *path = g_build_filename (tmp_dir, name, NULL);

  g_assert_true (sl_window_export_to_path (window, path, &error));
  g_assert_no_error (error);
  return path;
}

/* Pages in a PDF: from pdfinfo when it is installed, else by counting page objects (the
 * data holds NUL bytes, so no string search). */
static guint
pdf_page_count (const char *path, const char *data, gsize len)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  const char *needle = "/Type /Page";
  gsize nlen = strlen (needle);
  guint pages = 0;

  if (pdfinfo != NULL)
    {
      const char *argv[] = { pdfinfo, path, NULL };
      g_autofree char *out = NULL;
      int status = 0;
      const char *line;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                                   NULL, NULL, &out, NULL, &status, NULL));
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      line = strstr (out, "\nPages:");
      g_assert_nonnull (line);
      return (guint) g_ascii_strtoull (line + strlen ("\nPages:"), NULL, 10);
    }
  for (gsize i = 0; i + nlen < len; i++)
    if (memcmp (data + i, needle, nlen) == 0 && data[i + nlen] != 's')
      pages++;
  return pages;
}

static void
test_export (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 820);
  SlTimelineView *timeline = sl_window_get_timeline (window);
  g_autoptr (GError) error = NULL;
  g_autofree char *png = NULL, *svg = NULL, *pdf = NULL;
  g_autofree char *pdf_data = NULL;
  g_autofree char *bad = g_build_filename (tmp_dir, "timeline.bmp", NULL);
  gsize pdf_len = 0;
  cairo_surface_t *surface;
  xmlDocPtr doc;

  gui_press_key (GTK_WIDGET (timeline), GDK_KEY_End, 0);

  png = export_one (window, "timeline.png");
  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), >=, 200);
  g_assert_cmpint (cairo_image_surface_get_height (surface), >=, 100);
  cairo_surface_destroy (surface);

  svg = export_one (window, "timeline.svg");
  doc = xmlReadFile (svg, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  g_assert_nonnull (doc);
  g_assert_cmpstr ((const char *) xmlDocGetRootElement (doc)->name, ==, "svg");
  xmlFreeDoc (doc);

  pdf = export_one (window, "timeline.pdf");
  g_assert_true (g_file_get_contents (pdf, &pdf_data, &pdf_len, NULL));
  g_assert_cmpuint (pdf_len, >, 100);
  g_assert_true (memcmp (pdf_data, "%PDF-", 5) == 0);
  g_assert_cmpuint (pdf_page_count (pdf, pdf_data, pdf_len), ==, 1);

  /* a name the exporter cannot honour is refused with a reason, and nothing is written */
  g_assert_false (sl_window_export_to_path (window, bad, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Opening one article replaces the sample and names the window after the file. */
static void
test_open_file (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 820);
  g_autofree char *dir = sl_window_find_sample_dir ();
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  const char *name;
  const char *paths[1];

  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".txt") && path == NULL)
      {
        path = g_build_filename (dir, name, NULL);
        expected = g_strdup_printf ("%s — Sourceline", name);
      }
  g_assert_nonnull (path);
  paths[0] = path;
  sl_window_open_paths (window, paths, 1);
  gui_spin_until_loaded (window);
  g_assert_cmpuint (sl_model_n_docs (sl_window_get_model (window)), ==, 1);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, expected);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_unreadable_file_keeps_view (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 820);
  SlModel *before = sl_window_get_model (window);
  g_autofree char *empty = g_build_filename (tmp_dir, "empty-article.txt", NULL);
  const char *paths[] = { empty };

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  sl_window_open_paths (window, paths, 1);
  gui_spin_until_loaded (window);
  /* the failure is reported, and what was shown stays */
  g_assert_true (sl_window_get_model (window) == before);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  int ret;

  /* not G_TEST_OPTION_ISOLATE_DIRS: it hides the system's GSettings schemas, which GTK and
   * libadwaita read; settings stay in memory (GSETTINGS_BACKEND) and files go to tmp_dir */
  g_test_init (&argc, &argv, NULL);
  tmp_dir = gui_make_tmp_dir ("sourceline-gui-XXXXXX");
  if (!gui_init_display (FALSE))
    return 77;

  app = GTK_APPLICATION (gui_register_app ());

  g_test_add_func ("/gui/window/opens-sample", test_opens_sample);
  g_test_add_func ("/gui/window/open-file", test_open_file);
  g_test_add_func ("/gui/window/unreadable-file-keeps-view", test_unreadable_file_keeps_view);
  g_test_add_func ("/gui/window/screenshot", test_screenshot);
  g_test_add_func ("/gui/timeline/draws-events-at-dates", test_timeline_draws_events_at_dates);
  g_test_add_func ("/gui/timeline/hit-test", test_hit_test_finds_event);
  g_test_add_func ("/gui/timeline/lane-mode", test_lane_mode_action);
  g_test_add_func ("/gui/linking/keyboard-event-highlights-sources",
                   test_keyboard_selection_highlights_sources);
  g_test_add_func ("/gui/linking/source-highlights-events", test_source_selection_highlights_events);
  g_test_add_func ("/gui/export/png-svg-pdf", test_export);

  ret = g_test_run ();
  g_object_unref (app);
  gui_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return ret;
}
