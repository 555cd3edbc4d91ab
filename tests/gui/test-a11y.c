/* test-a11y.c: what assistive technology learns from the two custom views — their role, a
 * name that says what they hold, a description that follows the selection — and that the
 * painters switch to their high-contrast palette when the desktop asks for high contrast. */
#include "config.h"

#include <adwaita.h>
#include <gtk/gtk.h>

#include "gui-fixture.h"
#include "model/sl-model.h"
#include "paint/sl-paint-style.h"
#include "ui/sl-application.h"
#include "ui/sl-window.h"
#include "sl-graph-view.h"
#include "sl-timeline-view.h"

static GtkApplication *app;

static void
assert_not_property (GtkAccessible *accessible, GtkAccessibleProperty property, const char *value)
{
  g_autofree char *differs = gtk_test_accessible_check_property (accessible, property, value);

  if (differs == NULL)
    g_error ("the accessible property is still “%s”", value);
}

/* The timeline: a group named with its number of events; with nothing selected its
 * description tells the keys, with an event selected it reads the event and its dates, with
 * several it counts them. */
static void
test_timeline (void)
{
  SlWindow *window = gui_open_sample_window (app, 0, 0);
  SlTimelineView *timeline = sl_window_get_timeline (window);
  GtkAccessible *acc = GTK_ACCESSIBLE (timeline);
  SlModel *model = sl_window_get_model (window);
  guint n = sl_model_n_events (model);
  g_autofree char *label = g_strdup_printf ("Timeline, %u events", n);
  guint32 pick = 0;
  const SlEvent *ev;
  g_autofree char *when = NULL;
  g_autofree char *expected = NULL;
  const char *name;
  guint32 two[2] = { 0, 1 };

  g_assert_cmpuint (n, >, 1);
  gtk_test_accessible_assert_role (acc, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (acc, GTK_ACCESSIBLE_PROPERTY_LABEL, label);
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (timeline)));

  sl_timeline_view_set_selected_event (timeline, SL_NONE);
  gtk_test_accessible_assert_property (acc, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "No event selected. Left and Right select events, "
                                       "plus and minus zoom, 0 shows everything, C folds a lane, "
                                       "Control+A selects the events in view, B brushes the "
                                       "visible range.");

  /* a selected event: its name and date, at its precision, as the detail pane gives them */
  for (guint32 i = 0; i < n; i++)
    if (sl_model_str (model, sl_model_event (model, i)->label) != NULL)
      {
        pick = i;
        break;
      }
  sl_timeline_view_set_selected_event (timeline, pick);
  g_assert_cmpuint (sl_timeline_view_get_selected_event (timeline), ==, pick);
  ev = sl_model_event (model, pick);
  when = sl_time_describe_interval (ev->start, ev->end_t);
  name = sl_model_str (model, ev->label);
  expected = g_strdup_printf ("Selected: %s — %s", name, when);
  gtk_test_accessible_assert_property (acc, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);

  /* several events, as a rubber band or Ctrl+A leaves them */
  sl_timeline_view_set_selected_events (timeline, two, 2);
  gtk_test_accessible_assert_property (acc, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "2 events selected");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The graph: a group named with its sources; a selected source is read with its kind and its
 * number of claims. */
static void
test_graph (void)
{
  SlWindow *window = gui_open_sample_window (app, 0, 0);
  SlGraphView *graph = sl_window_get_graph (window);
  GtkAccessible *acc = GTK_ACCESSIBLE (graph);
  SlModel *model = sl_window_get_model (window);
  guint32 pick = SL_NONE;
  g_autofree char *expected = NULL;
  const SlSource *src;
  const char *name, *title;

  gui_spin_until_drawn (GTK_WIDGET (graph));
  gtk_test_accessible_assert_role (acc, GTK_ACCESSIBLE_ROLE_GROUP);
  assert_not_property (acc, GTK_ACCESSIBLE_PROPERTY_LABEL, "Source graph, 0 sources");
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (graph)));

  sl_graph_view_set_selected_source (graph, SL_NONE);
  gtk_test_accessible_assert_property (acc, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "No source selected. Left and Right select sources, "
                                       "plus and minus zoom, 0 shows everything, slash finds a "
                                       "source, Space plays the reports over time, U releases a "
                                       "dragged node.");

  /* the first named source the graph accepts as a selection */
  for (guint32 i = 0; i < sl_model_n_sources (model) && pick == SL_NONE; i++)
    {
      const char *n = sl_model_str (model, sl_model_source (model, i)->name);

      if (n == NULL || *n == '\0')
        continue;
      sl_graph_view_set_selected_source (graph, i);
      if (sl_graph_view_get_selected_source (graph) == i)
        pick = i;
    }
  g_assert_cmpuint (pick, !=, SL_NONE);
  src = sl_model_source (model, pick);
  name = sl_model_str (model, src->name);
  title = src->title ? sl_model_str (model, src->title) : NULL;
  if (title != NULL && *title != '\0')
    expected = g_strdup_printf ("Selected: %s, %s (%s), %u %s", name, title,
                                sl_paint_source_kind_name (src->kind), src->n_claims,
                                src->n_claims == 1 ? "claim" : "claims");
  else
    expected = g_strdup_printf ("Selected: %s (%s), %u %s", name,
                                sl_paint_source_kind_name (src->kind), src->n_claims,
                                src->n_claims == 1 ? "claim" : "claims");
  gtk_test_accessible_assert_property (acc, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Render a widget and read the colour of one of its pixels. */
static guint32
pixel_at (GtkWidget *widget, int x, int y)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  g_autofree guchar *data = NULL;
  gsize stride = (gsize) w * 4;

  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, w, h));
  data = g_malloc (stride * h);
  gdk_texture_download (texture, data, stride);
  /* GDK_MEMORY_DEFAULT: B, G, R, A in memory */
  return ((guint32) data[y * stride + x * 4 + 2] << 16) | ((guint32) data[y * stride + x * 4 + 1] << 8)
         | data[y * stride + x * 4];
}

/* Without high contrast the views use the ordinary palette; the views' property switches the
 * painters' palette, which a render shows on the canvas of a dark timeline (#1e1e1e becomes
 * black). */
static void
test_high_contrast_property (void)
{
  SlWindow *window = gui_open_sample_window (app, 0, 0);
  SlTimelineView *timeline = sl_window_get_timeline (window);
  SlGraphView *graph = sl_window_get_graph (window);
  AdwStyleManager *style = adw_style_manager_get_default ();
  SlPaintStyle plain, strong;
  int x = gtk_widget_get_width (GTK_WIDGET (timeline)) - 3, y = 3;
  guint32 before, after;

  g_assert_cmpint (sl_timeline_view_get_high_contrast (timeline), ==,
                   adw_style_manager_get_high_contrast (style));
  g_assert_cmpint (sl_graph_view_get_high_contrast (graph), ==,
                   adw_style_manager_get_high_contrast (style));

  sl_paint_style_init (&plain, TRUE);
  sl_paint_style_init_high_contrast (&strong, TRUE);
  sl_timeline_view_set_dark (timeline, TRUE);
  sl_timeline_view_set_high_contrast (timeline, FALSE);
  gui_spin_until_drawn (GTK_WIDGET (timeline));
  before = pixel_at (GTK_WIDGET (timeline), x, y);
  sl_timeline_view_set_high_contrast (timeline, TRUE);
  g_assert_true (sl_timeline_view_get_high_contrast (timeline));
  gui_spin_until_drawn (GTK_WIDGET (timeline));
  after = pixel_at (GTK_WIDGET (timeline), x, y);
  g_assert_cmpuint (before, !=, after);
  /* the canvas corner is the background (or its lane tint): darker in high contrast */
  g_assert_cmpuint (after & 0xff, <, before & 0xff);
  g_assert_cmpfloat (strong.background.r, <, plain.background.r);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* With the desktop's high contrast on (libadwaita reads ADW_DEBUG_HIGH_CONTRAST, which this
 * test's child process sets), a new window's views come up in the high-contrast palette. */
static void
test_follows_desktop_child (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  SlWindow *window;

  if (!adw_style_manager_get_high_contrast (style))
    {
      g_test_skip ("libadwaita ignores ADW_DEBUG_HIGH_CONTRAST here");
      return;
    }
  window = gui_open_sample_window (app, 0, 0);
  g_assert_true (sl_timeline_view_get_high_contrast (sl_window_get_timeline (window)));
  g_assert_true (sl_graph_view_get_high_contrast (sl_window_get_graph (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_follows_desktop (void)
{
  g_test_trap_subprocess ("/gui/a11y/follows-desktop-high-contrast/subprocess", 0,
                          G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int argc, char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  /* the only child this program starts is the one with the desktop in high contrast */
  if (g_test_subprocess ())
    g_setenv ("ADW_DEBUG_HIGH_CONTRAST", "1", TRUE);
  else
    g_unsetenv ("ADW_DEBUG_HIGH_CONTRAST");
  /* the accessible properties are read from GTK's test context, not over the a11y bus (the
   * suite's environment turns accessibility off for the other GUI tests) */
  g_setenv ("GTK_A11Y", "test", TRUE);
  if (!gui_init_display (FALSE))
    return 77;

  app = GTK_APPLICATION (gui_register_app ());

  g_test_add_func ("/gui/a11y/timeline", test_timeline);
  g_test_add_func ("/gui/a11y/graph", test_graph);
  g_test_add_func ("/gui/a11y/high-contrast-palette", test_high_contrast_property);
  g_test_add_func ("/gui/a11y/follows-desktop-high-contrast", test_follows_desktop);
  g_test_add_func ("/gui/a11y/follows-desktop-high-contrast/subprocess",
                   test_follows_desktop_child);

  ret = g_test_run ();
  g_object_unref (app);
  return ret;
}
