/* test-graph-pane.c: the source graph's own controls as an analyst uses them — choosing the
 * layout, dragging a node and finding it where it was left after reopening the project,
 * playing the reports back over time, pointing at an edge, and finding a source by name. */
#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "ui/sl-application.h"
#include "ui/sl-window.h"

#include "gui-fixture.h"
#include "graph-fixture.h"

static GtkApplication *app;
static char *tmp_dir;

/* The sample in a window, drawn as far as the graph pane these tests look at. */
static SlWindow *
open_sample_window (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 860);

  gui_spin_until_drawn (GTK_WIDGET (sl_window_get_graph (window)));
  return window;
}

/* The first descendant of root of type `type` whose label (for buttons) is label, or any
 * when label is NULL. */
static GtkWidget *
find_widget (GtkWidget *root, GType type, const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type)
          && (label == NULL || (GTK_IS_BUTTON (child)
                                && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)))
        return child;
      found = find_widget (child, type, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkEventController *
find_controller (GtkWidget *widget, GType type)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller; /* the widget keeps it */
    }
  return NULL;
}

/* A press at (x, y), a move by (dx, dy) and a release, through the view's drag gesture. */
static void
drag (GtkWidget *widget, double x, double y, double dx, double dy)
{
  GtkEventController *gesture = find_controller (widget, GTK_TYPE_GESTURE_DRAG);

  g_assert_nonnull (gesture);
  g_signal_emit_by_name (gesture, "drag-begin", x, y);
  g_signal_emit_by_name (gesture, "drag-update", dx / 2, dy / 2);
  g_signal_emit_by_name (gesture, "drag-update", dx, dy);
  g_signal_emit_by_name (gesture, "drag-end", dx, dy);
}

static guint32
source_named (SlModel *model, const char *word)
{
  for (guint32 s = 0; s < sl_model_n_sources (model); s++)
    if (strstr (sl_model_str (model, sl_model_source (model, s)->name), word) != NULL)
      return s;
  return SL_NONE;
}

/* The layout chooser: the window's action, the pane's buttons and the setting agree, and
 * the graph is drawn anew in the chosen layout. */
static void
test_layout_chooser (void)
{
  SlWindow *window = open_sample_window ();
  SlGraphView *graph = sl_window_get_graph (window);
  SlModel *model = sl_window_get_model (window);
  g_autofree double *before = g_new (double, 2 * sl_model_n_sources (model));
  g_autoptr (GVariant) state = NULL;
  GtkWidget *chains, *network;
  guint moved = 0;

  g_assert_cmpstr (sl_graph_view_get_layout_name (graph), ==, "layered");
  for (guint32 s = 0; s < sl_model_n_sources (model); s++)
    sl_graph_view_get_node_position (graph, s, &before[2 * s], &before[2 * s + 1]);

  g_action_group_activate_action (G_ACTION_GROUP (window), "graph-layout",
                                  g_variant_new_string ("force"));
  gui_spin_until_drawn (GTK_WIDGET (graph));
  g_assert_cmpstr (sl_graph_view_get_layout_name (graph), ==, "force");
  for (guint32 s = 0; s < sl_model_n_sources (model); s++)
    {
      double x, y;

      if (sl_graph_view_get_node_position (graph, s, &x, &y)
          && hypot (x - before[2 * s], y - before[2 * s + 1]) > 5)
        moved++;
    }
  g_assert_cmpuint (moved, >, sl_model_n_sources (model) / 2);
  network = find_widget (GTK_WIDGET (graph), GTK_TYPE_TOGGLE_BUTTON, "Network");
  chains = find_widget (GTK_WIDGET (graph), GTK_TYPE_TOGGLE_BUTTON, "Chains");
  g_assert_nonnull (network);
  g_assert_nonnull (chains);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (network)));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (chains)));

  /* the pane's button goes back; the action's state follows */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (chains), TRUE);
  g_assert_cmpstr (sl_graph_view_get_layout_name (graph), ==, "layered");
  state = g_action_group_get_action_state (G_ACTION_GROUP (window), "graph-layout");
  g_assert_cmpstr (g_variant_get_string (state, NULL), ==, "layered");
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (network)));

  /* the choice is remembered: a new window opens with it */
  g_action_group_activate_action (G_ACTION_GROUP (window), "graph-layout",
                                  g_variant_new_string ("force"));
  gtk_window_destroy (GTK_WINDOW (window));
  gui_spin_briefly ();
  window = open_sample_window ();
  g_assert_cmpstr (sl_graph_view_get_layout_name (sl_window_get_graph (window)), ==, "force");
  g_action_group_activate_action (G_ACTION_GROUP (window), "graph-layout",
                                  g_variant_new_string ("layered"));
  gtk_window_destroy (GTK_WINDOW (window));
  gui_spin_briefly ();
}

/* A dragged node stays where it was dropped, and is there again when the project is opened
 * anew; released, it is gone from the project as well. */
static void
test_pins_survive_reopen (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "pins.sourceline", NULL);
  g_autoptr (GError) error = NULL;
  SlWindow *window = open_sample_window ();
  SlGraphView *graph = sl_window_get_graph (window);
  g_autofree char *name = NULL;
  const char *paths[1] = { path };
  guint32 source;
  double x, y, x2, y2, px, py, rx, ry;

  g_assert_true (sl_window_save_as (window, path, &error));
  g_assert_no_error (error);
  gui_spin_until_loaded (window);
  gui_spin_until_drawn (GTK_WIDGET (graph));
  g_assert_cmpstr (sl_window_get_project_path (window), ==, path);

  source = source_named (sl_window_get_model (window), "Reuters");
  g_assert_cmpuint (source, !=, SL_NONE);
  name = g_strdup (sl_model_str (sl_window_get_model (window),
                                 sl_model_source (sl_window_get_model (window), source)->name));
  g_assert_false (sl_graph_view_get_pin (graph, source, NULL, NULL));
  g_assert_true (sl_graph_view_get_node_position (graph, source, &x, &y));
  drag (GTK_WIDGET (graph), x, y, -60, 35);
  gui_spin_until_drawn (GTK_WIDGET (graph));
  /* the node followed the pointer and is pinned there */
  g_assert_true (sl_graph_view_get_node_position (graph, source, &x2, &y2));
  g_assert_cmpfloat (fabs (x2 - (x - 60)), <, 1.0);
  g_assert_cmpfloat (fabs (y2 - (y + 35)), <, 1.0);
  g_assert_true (sl_graph_view_get_pin (graph, source, &px, &py));

  /* something else, then the project again */
  sl_window_open_sample (window);
  gui_spin_until_loaded (window);
  g_assert_null (sl_window_get_project_path (window));
  sl_window_open_paths (window, paths, 1);
  gui_spin_until_loaded (window);
  gui_spin_until_drawn (GTK_WIDGET (graph));
  g_assert_cmpstr (sl_window_get_project_path (window), ==, path);
  source = sl_model_find_source (sl_window_get_model (window), name);
  g_assert_cmpuint (source, !=, SL_NONE);
  g_assert_true (sl_graph_view_get_pin (graph, source, &rx, &ry));
  g_assert_cmpfloat (fabs (rx - px), <, 1e-6);
  g_assert_cmpfloat (fabs (ry - py), <, 1e-6);

  /* U releases the selected node; the project forgets its place too */
  sl_graph_view_set_selected_source (graph, source);
  gtk_widget_grab_focus (GTK_WIDGET (graph));
  g_assert_true (gui_press_key (GTK_WIDGET (graph), GDK_KEY_u, 0));
  g_assert_false (sl_graph_view_get_pin (graph, source, NULL, NULL));
  sl_window_open_sample (window);
  gui_spin_until_loaded (window);
  sl_window_open_paths (window, paths, 1);
  gui_spin_until_loaded (window);
  source = sl_model_find_source (sl_window_get_model (window), name);
  g_assert_cmpuint (source, !=, SL_NONE);
  g_assert_false (sl_graph_view_get_pin (graph, source, NULL, NULL));
  gtk_window_destroy (GTK_WINDOW (window));
  gui_spin_briefly ();
}

/* The label of the Project menu's item for action, as the user reads it (NULL if none). */
static char *
menu_label (GMenuModel *menu, const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr (GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autofree char *item_action = NULL;
      char *label = NULL;

      if (section != NULL)
        {
          if ((label = menu_label (section, action)) != NULL)
            return label;
          continue;
        }
      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &item_action)
          && g_str_equal (item_action, action)
          && g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        return label;
    }
  return NULL;
}

static char *
project_menu_label (SlWindow *window, const char *action)
{
  GtkWidget *button = find_widget (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, NULL);

  /* the Project button is the header bar's first menu button */
  for (; button != NULL; button = gtk_widget_get_next_sibling (button))
    if (GTK_IS_MENU_BUTTON (button)
        && g_strcmp0 (gtk_menu_button_get_label (GTK_MENU_BUTTON (button)), "_Project") == 0)
      return menu_label (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)), action);
  g_assert_not_reached ();
  return NULL;
}

static void
assert_pinned_at (SlGraphView *graph, guint32 source, double x, double y)
{
  double px, py;

  g_assert_true (sl_graph_view_get_pin (graph, source, &px, &py));
  g_assert_cmpfloat (fabs (px - x), <, 1e-6);
  g_assert_cmpfloat (fabs (py - y), <, 1e-6);
}

/* Dragging a node (a pin) and U (a release) are edits like the others: Ctrl+Z and
 * Ctrl+Shift+Z take them back and bring them back, the Project menu names them, and what the
 * project keeps follows. */
static void
test_pin_undo (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "pin-undo.sourceline", NULL);
  g_autoptr (GError) error = NULL;
  SlWindow *window = open_sample_window ();
  SlGraphView *graph = sl_window_get_graph (window);
  g_autofree char *label = NULL;
  const char *paths[1] = { path };
  guint32 source, other;
  double x, y, x0, ox, oy, px, py, qx, qy;

  g_assert_true (sl_window_save_as (window, path, &error));
  g_assert_no_error (error);
  gui_spin_until_loaded (window);
  gui_spin_until_drawn (GTK_WIDGET (graph));
  source = source_named (sl_window_get_model (window), "Reuters");
  g_assert_cmpuint (source, !=, SL_NONE);
  g_assert_null (sl_window_dup_undo_label (window));
  g_assert_true (sl_graph_view_get_node_position (graph, source, &x, &y));
  /* where the layout has the node, measured from another node: a pan moves both */
  other = source_named (sl_window_get_model (window), "Yonhap");
  g_assert_cmpuint (other, !=, SL_NONE);
  g_assert_true (sl_graph_view_get_node_position (graph, other, &ox, &oy));
  x0 = x - ox;

  /* a drag pins the node; the menu offers to undo exactly that */
  drag (GTK_WIDGET (graph), x, y, -60, 35);
  gui_spin_until_drawn (GTK_WIDGET (graph));
  g_assert_true (sl_graph_view_get_pin (graph, source, &px, &py));
  label = sl_window_dup_undo_label (window);
  g_assert_cmpstr (label, ==, "Pin “Reuters”");
  g_clear_pointer (&label, g_free);
  label = project_menu_label (window, "win.undo");
  g_assert_cmpstr (label, ==, "_Undo Pin “Reuters”");
  g_clear_pointer (&label, g_free);

  /* Ctrl+Z: free again, placed by the layout */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  gui_spin_until_drawn (GTK_WIDGET (graph));
  g_assert_false (sl_graph_view_get_pin (graph, source, NULL, NULL));
  g_assert_true (sl_graph_view_get_node_position (graph, source, &x, &y));
  g_assert_true (sl_graph_view_get_node_position (graph, other, &ox, &oy));
  /* back in its column of the chains (the layout may give it another row) */
  g_assert_cmpfloat (fabs (x - ox - x0), <, 1.0);
  label = project_menu_label (window, "win.redo");
  g_assert_cmpstr (label, ==, "_Redo Pin “Reuters”");
  g_clear_pointer (&label, g_free);

  /* Ctrl+Shift+Z: pinned where it was dropped */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  gui_spin_until_drawn (GTK_WIDGET (graph));
  assert_pinned_at (graph, source, px, py);

  /* dragged on: Undo puts it back at the first place, still pinned */
  g_assert_true (sl_graph_view_get_node_position (graph, source, &x, &y));
  drag (GTK_WIDGET (graph), x, y, 0, -50);
  gui_spin_until_drawn (GTK_WIDGET (graph));
  g_assert_true (sl_graph_view_get_pin (graph, source, &qx, &qy));
  g_assert_cmpfloat (fabs (qy - py), >, 1.0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  gui_spin_until_drawn (GTK_WIDGET (graph));
  assert_pinned_at (graph, source, px, py);

  /* U releases it: named, and undone back to its place */
  sl_graph_view_set_selected_source (graph, source);
  gtk_widget_grab_focus (GTK_WIDGET (graph));
  g_assert_true (gui_press_key (GTK_WIDGET (graph), GDK_KEY_u, 0));
  g_assert_false (sl_graph_view_get_pin (graph, source, NULL, NULL));
  label = sl_window_dup_undo_label (window);
  g_assert_cmpstr (label, ==, "Release “Reuters”");
  g_clear_pointer (&label, g_free);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  gui_spin_until_drawn (GTK_WIDGET (graph));
  assert_pinned_at (graph, source, px, py);

  /* the project keeps what the undo left: the node pinned at its first place */
  sl_window_open_sample (window);
  gui_spin_until_loaded (window);
  sl_window_open_paths (window, paths, 1);
  gui_spin_until_loaded (window);
  gui_spin_until_drawn (GTK_WIDGET (graph));
  source = source_named (sl_window_get_model (window), "Reuters");
  assert_pinned_at (graph, source, px, py);
  label = sl_window_dup_redo_label (window);
  g_assert_cmpstr (label, ==, "Release “Reuters”");
  gtk_window_destroy (GTK_WINDOW (window));
  gui_spin_briefly ();
}

static void
notify_playing_cb (GObject *object, GParamSpec *pspec, gboolean *stopped)
{
  if (!sl_graph_view_get_playing (SL_GRAPH_VIEW (object)))
    *stopped = TRUE;
}

static guint
n_shown (SlGraphView *graph, SlModel *model)
{
  guint n = 0;

  for (guint32 s = 0; s < sl_model_n_sources (model); s++)
    n += sl_graph_view_is_source_shown (graph, s);
  return n;
}

static gboolean
guard_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Space plays the reports over time: the graph starts from the earliest and ends showing
 * everything, then stops by itself. */
static void
test_playback (void)
{
  SlWindow *window = open_sample_window ();
  SlGraphView *graph = sl_window_get_graph (window);
  SlModel *model = sl_window_get_model (window);
  gboolean stopped = FALSE, timed_out = FALSE;
  GtkWidget *scale = find_widget (GTK_WIDGET (graph), GTK_TYPE_SCALE, NULL);
  gulong id;
  guint guard;

  g_assert_nonnull (scale);
  g_assert_true (gtk_widget_get_visible (scale));
  g_assert_cmpint (sl_graph_view_get_time_cutoff (graph), ==, G_MAXINT64);

  gtk_widget_grab_focus (GTK_WIDGET (graph));
  g_assert_true (gui_press_key (GTK_WIDGET (graph), GDK_KEY_space, 0));
  g_assert_true (sl_graph_view_get_playing (graph));
  g_assert_cmpint (sl_graph_view_get_time_cutoff (graph), <, G_MAXINT64);
  /* at the start, only what the earliest article reported is there */
  g_assert_cmpuint (n_shown (graph, model), >, 0);
  g_assert_cmpuint (n_shown (graph, model), <, sl_model_n_sources (model));

  /* Space again pauses; the scrubber stays where it was */
  {
    double at = gtk_range_get_value (GTK_RANGE (scale));

    g_assert_true (gui_press_key (GTK_WIDGET (graph), GDK_KEY_space, 0));
    g_assert_false (sl_graph_view_get_playing (graph));
    g_assert_cmpfloat (gtk_range_get_value (GTK_RANGE (scale)), ==, at);
  }

  /* played to the end, it stops there with everything shown; the wait only bounds a hang */
  id = g_signal_connect (graph, "notify::playing", G_CALLBACK (notify_playing_cb), &stopped);
  sl_graph_view_set_playing (graph, TRUE);
  guard = g_timeout_add_seconds (60, guard_cb, &timed_out);
  while (!stopped && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (guard);
  g_signal_handler_disconnect (graph, id);
  g_assert_false (timed_out);
  g_assert_cmpint (sl_graph_view_get_time_cutoff (graph), ==, G_MAXINT64);
  g_assert_cmpfloat (gtk_range_get_value (GTK_RANGE (scale)), ==, 1.0);

  g_assert_cmpuint (n_shown (graph, model), ==, sl_model_n_sources (model));

  /* the scrubber set by hand before anything was reported: an empty graph */
  sl_graph_view_set_time_cutoff (graph, sl_time_from_ymd (1900, 1, 1));
  g_assert_cmpuint (n_shown (graph, model), ==, 0);
  g_assert_cmpfloat (gtk_range_get_value (GTK_RANGE (scale)), ==, 0.0);
  gtk_window_destroy (GTK_WINDOW (window));
  gui_spin_briefly ();
}

/* Pointing at an edge tells its kind and how many claims took it. */
static void
test_edge_tooltip (void)
{
  SlWindow *window = open_sample_window ();
  SlGraphView *graph = sl_window_get_graph (window);
  SlModel *model = sl_window_get_model (window);
  guint described = 0;

  /* force-directed edges are straight: the middle between two linked nodes is on the edge */
  sl_graph_view_set_layout_name (graph, "force");
  /* fitting twice shows the whole graph, however small */
  sl_graph_view_zoom_to_fit (graph);
  gui_spin_until_drawn (GTK_WIDGET (graph));
  for (guint32 c = 0; c < sl_model_n_claims (model); c++)
    {
      const SlClaim *claim = sl_model_claim (model, c);
      double ax, ay, bx, by;
      g_autofree char *text = NULL;
      const char *from, *to;

      if (claim->via == SL_NONE || claim->via >= sl_model_n_claims (model))
        continue;
      from = sl_model_str (model, sl_model_source (model, sl_model_claim (model, claim->via)->source)->name);
      to = sl_model_str (model, sl_model_source (model, claim->source)->name);
      if (strcmp (from, to) == 0
          || !sl_graph_view_get_node_position (graph, sl_model_claim (model, claim->via)->source, &ax, &ay)
          || !sl_graph_view_get_node_position (graph, claim->source, &bx, &by))
        continue;
      /* only what is on screen can be pointed at */
      if (!gtk_widget_contains (GTK_WIDGET (graph), (ax + bx) / 2, (ay + by) / 2))
        continue;
      text = sl_graph_view_describe_edge_at (graph, (ax + bx) / 2, (ay + by) / 2);
      g_assert_nonnull (text);
      g_assert_nonnull (strstr (text, "\u00d7"));
      if (strstr (text, "cites") != NULL && strstr (text, from) != NULL && strstr (text, to) != NULL)
        described++;
    }
  g_assert_cmpuint (described, >, 0);
  /* nowhere near an edge: nothing */
  g_assert_null (sl_graph_view_describe_edge_at (graph, -100, -100));
  gtk_window_destroy (GTK_WINDOW (window));
  gui_spin_briefly ();
}

/* Typing a name in the pane's search selects that source, centres it and lights up its
 * events on the timeline. */
static void
test_search_focuses_source (void)
{
  SlWindow *window = open_sample_window ();
  SlGraphView *graph = sl_window_get_graph (window);
  SlModel *model = sl_window_get_model (window);
  GtkWidget *entry = find_widget (GTK_WIDGET (graph), GTK_TYPE_SEARCH_ENTRY, NULL);
  guint32 source;
  guint n_lit = 0;
  double x, y;

  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "kirb");
  g_signal_emit_by_name (entry, "activate");
  gui_spin_briefly ();
  source = sl_graph_view_get_selected_source (graph);
  g_assert_cmpuint (source, !=, SL_NONE);
  g_assert_nonnull (strstr (sl_model_str (model, sl_model_source (model, source)->name), "Kirby"));
  g_assert_true (sl_graph_view_get_node_position (graph, source, &x, &y));
  g_assert_cmpfloat (fabs (x - gtk_widget_get_width (GTK_WIDGET (graph)) / 2.0), <, 2.0);
  g_assert_cmpfloat (fabs (y - gtk_widget_get_height (GTK_WIDGET (graph)) / 2.0), <, 2.0);
  sl_timeline_view_get_highlight (sl_window_get_timeline (window), &n_lit);
  g_assert_cmpuint (n_lit, >, 0);

  /* a name nobody has: the selection stays */
  g_assert_cmpuint (sl_graph_view_focus_source (graph, "no such outlet anywhere"), ==, SL_NONE);
  g_assert_cmpuint (sl_graph_view_get_selected_source (graph), ==, source);
  gtk_window_destroy (GTK_WINDOW (window));
  gui_spin_briefly ();
}

/* The label of root whose text starts with prefix, NULL when none. */
static GtkWidget *
find_label (GtkWidget *root, const char *prefix)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (child)), prefix))
        return child;
      found = find_label (child, prefix);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A big graph switches to the force layout on a worker thread: the window keeps drawing the
 * layers meanwhile, shows the progress, and then the new picture. */
static void
test_big_graph_switch_in_background (void)
{
  g_autofree guint32 *from = NULL, *to = NULL;
  g_autoptr (SlModel) model = NULL;
  GtkWidget *window = gtk_window_new ();
  SlGraphView *graph = SL_GRAPH_VIEW (sl_graph_view_new ());
  GtkWidget *progress;
  gboolean timed_out = FALSE;
  guint frames = 0, guard;
  double x0, y0, x1, y1;

  sl_graph_fixture_random_edges (2500, 5000, 3, &from, &to);
  model = sl_graph_fixture_model (2500, from, to, 5000);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (graph));
  gtk_window_present (GTK_WINDOW (window));
  sl_graph_view_set_model (graph, model);
  gui_spin_until_drawn (GTK_WIDGET (graph));
  g_assert_true (sl_graph_view_get_node_position (graph, 10, &x0, &y0));

  sl_graph_view_set_layout_name (graph, "force");
  g_assert_cmpstr (sl_graph_view_get_layout_name (graph), ==, "force");
  progress = find_label (GTK_WIDGET (graph), "Laying out");
  g_assert_nonnull (progress);
  g_assert_true (gtk_widget_get_visible (progress));
  /* the layers stay drawn while the worker runs, and frames go on being painted */
  g_assert_true (sl_graph_view_get_node_position (graph, 10, &x1, &y1));
  g_assert_cmpfloat (x1, ==, x0);
  g_assert_cmpfloat (y1, ==, y0);
  /* a project's pins arriving meanwhile keep the choice and are honoured */
  {
    const guint32 pinned[1] = { 20 };
    const double place[2] = { 4321.0, -1234.0 };

    sl_graph_view_set_pins (graph, pinned, place, 1);
    g_assert_cmpstr (sl_graph_view_get_layout_name (graph), ==, "force");
    g_assert_true (gtk_widget_get_visible (progress));
  }
  guard = g_timeout_add_seconds (60, guard_cb, &timed_out);
  while (gtk_widget_get_visible (progress) && !timed_out)
    {
      gui_spin_until_drawn (GTK_WIDGET (graph));
      frames++;
    }
  if (!timed_out)
    g_source_remove (guard);
  g_assert_false (timed_out);
  g_assert_cmpuint (frames, >, 0);
  g_assert_true (sl_graph_view_get_node_position (graph, 10, &x1, &y1));
  g_assert_true (x1 != x0 || y1 != y0);
  g_assert_cmpstr (sl_graph_view_get_layout_name (graph), ==, "force");
  g_assert_true (sl_graph_view_get_pin (graph, 20, &x1, &y1));
  g_assert_cmpfloat (x1, ==, 4321.0);
  g_assert_cmpfloat (y1, ==, -1234.0);
  gtk_window_destroy (GTK_WINDOW (window));
  gui_spin_briefly ();
}

int
main (int argc, char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = gui_make_tmp_dir ("sourceline-graph-XXXXXX");
  if (!gui_init_display (FALSE))
    return 77;

  app = GTK_APPLICATION (gui_register_app ());

  g_test_add_func ("/gui/graph/layout-chooser", test_layout_chooser);
  g_test_add_func ("/gui/graph/pins-survive-reopen", test_pins_survive_reopen);
  g_test_add_func ("/gui/graph/pin-undo", test_pin_undo);
  g_test_add_func ("/gui/graph/playback", test_playback);
  g_test_add_func ("/gui/graph/edge-tooltip", test_edge_tooltip);
  g_test_add_func ("/gui/graph/search-focuses-source", test_search_focuses_source);
  g_test_add_func ("/gui/graph/big-graph-switch-in-background", test_big_graph_switch_in_background);
  ret = g_test_run ();

  g_object_unref (app);
  return ret;
}
