/* test-review.c: defects found in a user's review of the running window (the fifth), each
 * pinned by what the user saw — a toast that still announced an edit already undone, GTK's
 * warnings when the shortcuts window opened, a lit chain cut off by the pane's edge after a
 * resize, a project proposed as "oil-transfers.txt and 2 more.sourceline". In-process under
 * Xvfb. */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "ui/sl-application.h"
#include "ui/sl-window.h"

#include "gui-fixture.h"

static GtkApplication *app;
static char *tmp_dir;

static guint32
find_event_labelled (SlModel *model, const char *word)
{
  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    {
      const char *label = sl_model_str (model, sl_model_event (model, e)->label);

      if (label != NULL && strstr (label, word) != NULL)
        return e;
    }
  return SL_NONE;
}

/* Appends the toasts the window shows now (not those waiting their turn), each as its title
 * and, after " | ", the label of its button. */
static void
shown_toasts (GtkWidget *widget, GPtrArray *titles)
{
  if (g_str_equal (gtk_widget_get_css_name (widget), "toast") && gtk_widget_get_mapped (widget))
    {
      const char *title = NULL, *button = NULL;

      /* the toast's first label outside its buttons is its title; its first shown button
       * with a label is its action */
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          GtkWidget *label = GTK_IS_BUTTON (child) ? NULL : gui_find (child, GTK_TYPE_LABEL, NULL);

          if (label != NULL && title == NULL)
            title = gtk_label_get_text (GTK_LABEL (label));
          if (GTK_IS_BUTTON (child) && gtk_widget_get_visible (child) && button == NULL)
            button = gtk_button_get_label (GTK_BUTTON (child));
        }
      g_ptr_array_add (titles, g_strdup_printf ("%s | %s", title, button ? button : ""));
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    shown_toasts (child, titles);
}

/* The one toast shown now (asserted to be one). */
static char *
shown_toast (SlWindow *window)
{
  g_autoptr (GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);

  gui_spin_until_drawn (GTK_WIDGET (window));
  shown_toasts (GTK_WIDGET (window), titles);
  for (guint i = 0; i < titles->len; i++)
    g_test_message ("toast shown: %s", (const char *) titles->pdata[i]);
  g_assert_cmpuint (titles->len, ==, 1);
  return g_strdup (titles->pdata[0]);
}

/* Rename an event, then Ctrl+Z and Ctrl+Shift+Z in quick succession. Each toast waited in the
 * overlay's queue for the one before it to time out: after the undo the window still said
 * "Event renamed", and after the redo it said "Renaming undone" with a Redo button for what
 * had already been redone. The toast shown is the one about the last thing done. */
static void
test_toast_follows_undo (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 820);
  g_autofree char *project = g_build_filename (tmp_dir, "toasts.sourceline", NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *toast = NULL;
  guint32 veto;

  g_assert_true (sl_window_save_as (window, project, &error));
  g_assert_no_error (error);
  gui_spin_until_loaded (window);
  veto = find_event_labelled (sl_window_get_model (window), "veto");
  g_assert_cmpuint (veto, !=, SL_NONE);

  g_assert_true (sl_window_edit (window, SL_EDIT_EVENT_LABEL, veto, "Russia blocks the panel",
                                 NULL, 0, &error));
  g_assert_no_error (error);
  toast = shown_toast (window);
  g_assert_cmpstr (toast, ==, "Event renamed | Undo");
  g_clear_pointer (&toast, g_free);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  gui_spin_until_loaded (window);
  toast = shown_toast (window);
  g_assert_cmpstr (toast, ==, "Renaming undone | Redo");
  g_clear_pointer (&toast, g_free);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  gui_spin_until_loaded (window);
  toast = shown_toast (window);
  g_assert_cmpstr (toast, ==, "Redone | Undo");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* GTK's warnings while a test watches them, instead of aborting on the first. */
static GPtrArray *warnings;

static GLogWriterOutput
log_writer (GLogLevelFlags level, const GLogField *fields, gsize n_fields, gpointer data)
{
  if (warnings != NULL && (level & (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL)))
    for (gsize i = 0; i < n_fields; i++)
      if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0)
        g_ptr_array_add (warnings, g_strdup (fields[i].value));
  return g_log_writer_default (level, fields, n_fields, data);
}

/* Ctrl+? opens the shortcuts window: its pages of keys, with buttons "1", "2", "3" to turn
 * them. Each time, GTK printed "GtkLabel … reported min width -3, but sizes must be >= 0" for
 * every page button, the theme's margin around a button's label being wider than a digit. */
static void
test_shortcuts_window_quiet (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 820);
  GtkShortcutsWindow *overlay;
  GtkWidget *pages;
  GLogLevelFlags fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK);

  warnings = g_ptr_array_new_with_free_func (g_free);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  gui_spin_until_drawn (GTK_WIDGET (overlay));
  /* the keys take more than one page: the buttons that turn them are shown */
  pages = gui_find (GTK_WIDGET (overlay), GTK_TYPE_STACK_SWITCHER, NULL);
  g_assert_nonnull (pages);
  g_assert_true (gtk_widget_get_mapped (pages));
  for (guint i = 0; i < warnings->len; i++)
    g_test_message ("warning: %s", (const char *) warnings->pdata[i]);
  g_assert_cmpuint (warnings->len, ==, 0);
  g_clear_pointer (&warnings, g_ptr_array_unref);
  g_log_set_always_fatal (fatal);
  gtk_window_close (GTK_WINDOW (overlay));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_lower_paned (GtkWidget *widget)
{
  return gtk_orientable_get_orientation (GTK_ORIENTABLE (widget)) == GTK_ORIENTATION_HORIZONTAL;
}

static void
wait_frames (GtkWidget *widget, guint n)
{
  for (guint i = 0; i < n; i++)
    gui_spin_until_drawn (widget);
}

/* The space left of the leftmost node and right of the rightmost, in the graph pane. */
static void
side_gaps (SlGraphView *graph, SlModel *model, double *left, double *right)
{
  double x0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE;

  for (guint32 s = 0; s < sl_model_n_sources (model); s++)
    {
      double x, y;

      if (sl_graph_view_get_node_position (graph, s, &x, &y))
        x0 = MIN (x0, x), x1 = MAX (x1, x);
    }
  g_assert_cmpfloat (x0, <=, x1);
  *left = x0;
  *right = gtk_widget_get_width (GTK_WIDGET (graph)) - x1;
}

/* Pick an event, then make the graph pane narrower (a smaller window, the divider dragged):
 * the lit chain was cut off at the pane's left edge, the view keeping its top left corner.
 * And with nothing picked, widen the pane (a maximised window, the detail pane hidden): the
 * graph stayed in the top left corner of the bigger pane. The graph follows its pane. */
static void
test_graph_follows_its_pane (void)
{
  SlWindow *window = gui_open_sample_window (app, 1320, 900);
  SlModel *model = sl_window_get_model (window);
  SlGraphView *graph = sl_window_get_graph (window);
  GtkPaned *lower = GTK_PANED (gui_find (GTK_WIDGET (window), GTK_TYPE_PANED, is_lower_paned));
  guint32 event = SL_NONE;
  g_autoptr (GArray) sources = g_array_new (FALSE, FALSE, sizeof (guint32));
  double left, right;
  int wide;

  g_assert_nonnull (lower);
  wait_frames (GTK_WIDGET (graph), 3);
  /* the event whose chain reaches furthest from the outlets: two sources or more */
  for (guint32 e = 0; e < sl_model_n_events (model) && event == SL_NONE; e++)
    {
      g_array_set_size (sources, 0);
      sl_model_event_sources (model, e, sources);
      if (sources->len >= 2)
        event = e;
    }
  g_assert_cmpuint (event, !=, SL_NONE);
  sl_timeline_view_set_selected_event (sl_window_get_timeline (window), event);
  wait_frames (GTK_WIDGET (graph), 2);
  for (guint i = 0; i < sources->len; i++)
    g_assert_true (gui_node_in_view (graph, g_array_index (sources, guint32, i)));

  /* the divider dragged to leave the graph a third of its width */
  wide = gtk_widget_get_width (GTK_WIDGET (graph));
  gtk_paned_set_position (lower, wide / 3);
  wait_frames (GTK_WIDGET (graph), 3);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (graph)), <, wide / 2);
  for (guint i = 0; i < sources->len; i++)
    g_assert_true (gui_node_in_view (graph, g_array_index (sources, guint32, i)));

  /* nothing picked, the pane back to a third, then the detail pane hidden: the graph spreads
   * over the whole width, not left in the corner where it was */
  sl_timeline_view_set_selected_event (sl_window_get_timeline (window), SL_NONE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-detail-pane", NULL));
  wait_frames (GTK_WIDGET (graph), 3);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (graph)), >, wide);
  side_gaps (graph, model, &left, &right);
  g_test_message ("graph %d px wide: %.0f px free on its left, %.0f on its right",
                  gtk_widget_get_width (GTK_WIDGET (graph)), left, right);
  g_assert_cmpfloat (fabs (left - right), <, gtk_widget_get_width (GTK_WIDGET (graph)) / 5.0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The file chooser the window has open, as a file chooser (NULL when none). */
static GtkFileChooser *
open_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_FILE_CHOOSER (window);
    }
  return NULL;
}

/* The name Save As proposes for what the window shows; the chooser is closed again. */
static char *
proposed_project_name (SlWindow *window)
{
  GtkFileChooser *chooser;
  char *name;

  g_assert_null (open_chooser ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-as", NULL));
  gui_spin_briefly ();
  chooser = open_chooser ();
  g_assert_nonnull (chooser);
  name = gtk_file_chooser_get_current_name (chooser);
  gtk_window_close (GTK_WINDOW (chooser));
  gui_spin_briefly ();
  return name;
}

/* Open the three sample articles by name (the command line, a drop) and save them as a
 * project: the chooser proposed "oil-transfers.txt and 2 more.sourceline", the window's
 * title with an extension after it. It proposes the folder they share; one article, its
 * name without ".txt". */
static void
test_save_as_proposes_a_name (void)
{
  SlWindow *window = gui_new_window (app, 1100, 760);
  g_autofree char *samples = sl_window_find_sample_dir ();
  g_autofree char *oil = NULL, *veto = NULL, *seoul = NULL, *name = NULL;
  const char *three[3], *one[1];

  g_assert_nonnull (samples);
  oil = g_build_filename (samples, "oil-transfers.txt", NULL);
  veto = g_build_filename (samples, "security-council-veto.html", NULL);
  seoul = g_build_filename (samples, "seoul-estimate.txt", NULL);
  three[0] = oil, three[1] = veto, three[2] = seoul;
  sl_window_open_paths (window, three, 3);
  gui_spin_until_loaded (window);
  g_assert_cmpuint (sl_model_n_docs (sl_window_get_model (window)), ==, 3);
  name = proposed_project_name (window);
  g_assert_cmpstr (name, ==, "samples.sourceline");
  g_clear_pointer (&name, g_free);

  one[0] = seoul;
  sl_window_open_paths (window, one, 1);
  gui_spin_until_loaded (window);
  name = proposed_project_name (window);
  g_assert_cmpstr (name, ==, "seoul-estimate.sourceline");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Appends the titles the shortcuts window shows that contain a straight apostrophe. */
static void
straight_apostrophes (GtkWidget *widget, GPtrArray *found)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget) || GTK_IS_SHORTCUTS_GROUP (widget))
    {
      g_autofree char *title = NULL;

      g_object_get (widget, "title", &title, NULL);
      if (title != NULL && strchr (title, '\'') != NULL)
        g_ptr_array_add (found, g_steal_pointer (&title));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    straight_apostrophes (child, found);
}

/* The shortcuts window wrote "the story’s list" beside "Change the event's date": two of its
 * lines had typewriter apostrophes where the rest of the window has typographic ones. */
static void
test_shortcuts_window_apostrophes (void)
{
  SlWindow *window = gui_new_window (app, 1100, 760);
  GtkShortcutsWindow *overlay =
    gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_autoptr (GPtrArray) found = g_ptr_array_new_with_free_func (g_free);

  g_assert_nonnull (overlay);
  straight_apostrophes (GTK_WIDGET (overlay), found);
  for (guint i = 0; i < found->len; i++)
    g_test_message ("“%s”", (const char *) found->pdata[i]);
  g_assert_cmpuint (found->len, ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether a shortcut of the shortcuts window lists the key, without modifiers. */
static gboolean
overlay_lists_key (GtkWidget *widget, guint keyval)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *accel = NULL;
      g_auto (GStrv) keys = NULL;

      g_object_get (widget, "accelerator", &accel, NULL);
      keys = g_strsplit (accel != NULL ? accel : "", " ", -1);
      for (guint i = 0; keys[i] != NULL; i++)
        {
          guint k = 0;
          GdkModifierType m = 0;

          if (*keys[i] != '\0' && gtk_accelerator_parse (keys[i], &k, &m) && k == keyval && m == 0)
            return TRUE;
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (overlay_lists_key (child, keyval))
      return TRUE;
  return FALSE;
}

/* The lane whose header is the first below the axis. */
static guint
first_lane_shown (SlTimelineView *timeline)
{
  for (double y = 0; y < gtk_widget_get_height (GTK_WIDGET (timeline)); y += 1)
    {
      guint lane = sl_timeline_view_lane_header_at (timeline, 30, y);

      if (lane != SL_NONE)
        return lane;
    }
  return SL_NONE;
}

/* With more lanes than room, ↓ and Page Down on the timeline scroll through them (as drag
 * and Shift+scroll do), but the shortcuts window listed none of it: a keyboard user saw
 * "2 more lanes below" and no way to reach them. */
static void
test_lane_scrolling_listed (void)
{
  SlWindow *window = gui_open_sample_window (app, 1100, 640);
  SlTimelineView *timeline = sl_window_get_timeline (window);
  GtkShortcutsWindow *overlay =
    gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  static const guint keys[] = { GDK_KEY_Up, GDK_KEY_Down, GDK_KEY_Page_Up, GDK_KEY_Page_Down };

  /* the keys do scroll the lanes */
  gui_spin_until_drawn (GTK_WIDGET (timeline));
  g_assert_cmpuint (first_lane_shown (timeline), ==, 0);
  gtk_widget_grab_focus (GTK_WIDGET (timeline));
  g_assert_true (gui_press_key (GTK_WIDGET (timeline), GDK_KEY_Down, 0));
  gui_spin_until_drawn (GTK_WIDGET (timeline));
  g_assert_cmpuint (first_lane_shown (timeline), ==, 1);
  g_assert_true (gui_press_key (GTK_WIDGET (timeline), GDK_KEY_Up, 0));
  gui_spin_until_drawn (GTK_WIDGET (timeline));
  g_assert_cmpuint (first_lane_shown (timeline), ==, 0);

  /* and the shortcuts window says so */
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if (!overlay_lists_key (GTK_WIDGET (overlay), keys[i]))
      g_error ("the shortcuts window does not list %s", gdk_keyval_name (keys[i]));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The window opens on the sample: the graph, a little wider than its pane at a readable
 * size, was centred in it, so the outlets' nodes on the left ("Meridian Wire", "Harbor
 * Ledger"), where every chain starts, were cut in half by the pane's edge. A graph that
 * does not fit is shown from its left, as from its top; the rest is a drag away. */
static void
test_graph_opens_from_its_left (void)
{
  SlWindow *window = gui_open_sample_window (app, 1320, 900);
  SlModel *model = sl_window_get_model (window);
  SlGraphView *graph = sl_window_get_graph (window);
  double left, right;

  wait_frames (GTK_WIDGET (graph), 3);
  side_gaps (graph, model, &left, &right);
  g_test_message ("graph %d px wide: its leftmost node at %.0f px, its rightmost %.0f px from "
                  "the right edge", gtk_widget_get_width (GTK_WIDGET (graph)), left, right);
  /* the leftmost node's centre, half a node and a margin in from the edge */
  g_assert_cmpfloat (left, >=, 16.0);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  g_log_set_writer_func (log_writer, NULL, NULL);
  tmp_dir = gui_make_tmp_dir ("sourceline-review-XXXXXX");
  if (!gui_init_display (FALSE))
    return 77;

  app = GTK_APPLICATION (gui_register_app ());

  g_test_add_func ("/gui/review/toast-follows-undo", test_toast_follows_undo);
  g_test_add_func ("/gui/review/shortcuts-window-quiet", test_shortcuts_window_quiet);
  g_test_add_func ("/gui/review/graph-follows-its-pane", test_graph_follows_its_pane);
  g_test_add_func ("/gui/review/graph-opens-from-its-left", test_graph_opens_from_its_left);
  g_test_add_func ("/gui/review/save-as-proposes-a-name", test_save_as_proposes_a_name);
  g_test_add_func ("/gui/review/shortcuts-window-apostrophes", test_shortcuts_window_apostrophes);
  g_test_add_func ("/gui/review/lane-scrolling-listed", test_lane_scrolling_listed);

  ret = g_test_run ();
  g_object_unref (app);
  gui_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return ret;
}
