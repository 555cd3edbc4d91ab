/* test-ux.c: defects found by using the window as an analyst would, each pinned by what the
 * user saw — the detail pane's "Nothing Selected" page pushed out of view by the scroll of the
 * long page before it, the presentation's inset graph covered by the pane's own controls, a
 * window named after a file that could not be read. Runs in-process under Xvfb. */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ui/sl-application.h"
#include "ui/sl-edit-dialog.h"
#include "ui/sl-preferences.h"
#include "ui/sl-presentation.h"
#include "ui/sl-window.h"

#include "gui-fixture.h"

static GtkApplication *app;
static char *tmp_dir;

static gboolean
is_detail_stack (GtkWidget *widget)
{
  return gtk_stack_get_child_by_name (GTK_STACK (widget), "empty") != NULL
         && gtk_stack_get_child_by_name (GTK_STACK (widget), "detail") != NULL;
}

/* The source with the most claims: the longest page the detail pane shows for a source. */
static guint32
busiest_source (SlModel *model)
{
  g_autofree guint *claims = g_new0 (guint, sl_model_n_sources (model) + 1);
  guint32 best = SL_NONE;

  for (guint32 c = 0; c < sl_model_n_claims (model); c++)
    {
      const SlClaim *claim = sl_model_claim (model, c);

      if (claim->source < sl_model_n_sources (model))
        claims[claim->source]++;
    }
  for (guint32 s = 0; s < sl_model_n_sources (model); s++)
    if (best == SL_NONE || claims[s] > claims[best])
      best = s;
  return best;
}

static void
wait_frames (GtkWidget *widget, guint n)
{
  for (guint i = 0; i < n; i++)
    gui_spin_until_drawn (widget);
}

/* Read a source's long page to its end, let go of the selection: the pane says "Nothing
 * Selected" where the reader is looking, not below the fold of the page that was there. */
static void
test_empty_detail_in_view (void)
{
  SlWindow *window = gui_open_sample_window (app, 1100, 640);
  SlModel *model = sl_window_get_model (window);
  SlGraphView *graph = sl_window_get_graph (window);
  GtkStack *stack = GTK_STACK (gui_find (GTK_WIDGET (window), GTK_TYPE_STACK, is_detail_stack));
  GtkWidget *scroller, *empty;
  GtkAdjustment *adj;
  graphene_rect_t bounds;
  guint32 source = busiest_source (model);

  g_assert_nonnull (stack);
  scroller = gtk_widget_get_ancestor (GTK_WIDGET (stack), GTK_TYPE_SCROLLED_WINDOW);
  g_assert_nonnull (scroller);
  empty = gtk_stack_get_child_by_name (stack, "empty");
  g_assert_cmpuint (source, !=, SL_NONE);

  sl_graph_view_set_selected_source (graph, source);
  wait_frames (scroller, 2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "detail");
  adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  /* the page is longer than the pane: the reader scrolls to its end */
  g_assert_cmpfloat (gtk_adjustment_get_upper (adj), >, gtk_adjustment_get_page_size (adj) + 50);
  gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj));
  wait_frames (scroller, 2);
  g_assert_cmpfloat (gtk_adjustment_get_value (adj), >, 50);

  sl_graph_view_set_selected_source (graph, SL_NONE);
  wait_frames (scroller, 3);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_true (gtk_widget_compute_bounds (empty, scroller, &bounds));
  /* the whole status page is inside the pane's visible part */
  g_assert_cmpfloat (bounds.origin.y, >=, -1.0);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=,
                     gtk_widget_get_height (scroller) + 1.0);

  /* and a newly picked source starts at its top, not at the old page's scroll */
  gtk_adjustment_set_value (adj, 0);
  sl_graph_view_set_selected_source (graph, source);
  wait_frames (scroller, 2);
  gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj));
  wait_frames (scroller, 1);
  g_assert_cmpuint (sl_model_n_events (model), >, 0);
  sl_timeline_view_set_selected_event (sl_window_get_timeline (window), 0);
  wait_frames (scroller, 2);
  g_assert_cmpfloat (gtk_adjustment_get_value (adj), ==, gtk_adjustment_get_lower (adj));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
any (GtkWidget *widget)
{
  return TRUE;
}

/* Whether the graph shows a control of this type to the user. */
static gboolean
shows_control (SlGraphView *graph, GType type)
{
  GtkWidget *control = gui_find (GTK_WIDGET (graph), type, any);

  return control != NULL && gtk_widget_get_mapped (control);
}

static gboolean
is_search_button (GtkWidget *widget)
{
  return g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "system-search-symbolic") == 0;
}

/* Whether the graph offers its search: the entry, or in a short pane the button before it. */
static gboolean
shows_search (SlGraphView *graph)
{
  GtkWidget *button = gui_find (GTK_WIDGET (graph), GTK_TYPE_TOGGLE_BUTTON, is_search_button);

  return shows_control (graph, GTK_TYPE_SEARCH_ENTRY)
         || (button != NULL && gtk_widget_get_mapped (button));
}

/* F5: the graph inset in the corner of the stage is a picture of who said what. The pane's
 * search entry, layout buttons and playback bar covered half of it, and could not be used
 * there (the inset takes no pointer); the window's own graph keeps them. */
static void
test_presentation_inset_without_controls (void)
{
  SlWindow *window = gui_open_sample_window (app, 1100, 760);
  SlGraphView *graph = sl_window_get_graph (window);
  SlPresentation *presentation;
  SlGraphView *inset;

  gui_spin_until_drawn (GTK_WIDGET (graph));
  g_assert_true (shows_search (graph));
  g_assert_true (shows_control (graph, GTK_TYPE_TOGGLE_BUTTON));
  g_assert_true (shows_control (graph, GTK_TYPE_SCALE));

  presentation = gui_press_f5 (SL_APPLICATION (app));
  inset = sl_presentation_get_graph (presentation);
  gui_spin_until_drawn (GTK_WIDGET (inset));
  g_assert_false (shows_search (inset));
  g_assert_false (shows_control (inset, GTK_TYPE_TOGGLE_BUTTON));
  g_assert_false (shows_control (inset, GTK_TYPE_SCALE));
  g_assert_false (sl_graph_view_get_show_controls (inset));
  /* stepping to a slide (a new highlight and fit) brings none of them back */
  g_assert_true (sl_presentation_next (presentation));
  gui_spin_until_still (presentation);
  gui_spin_until_drawn (GTK_WIDGET (inset));
  g_assert_false (shows_search (inset));
  g_assert_false (shows_control (inset, GTK_TYPE_SCALE));

  sl_presentation_leave (presentation);
  gui_spin_until_drawn (GTK_WIDGET (graph));
  g_assert_true (shows_search (graph));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Open a file that cannot be read together with one that can: the window is named after the
 * article it shows. It was "broken.csv and 1 more" above a view of one article, which reads
 * as if the broken file were open. A folder keeps its own name even with a bad file in it. */
static void
test_title_names_files_read (void)
{
  SlWindow *window = gui_open_sample_window (app, 1100, 760);
  g_autofree char *folder = g_build_filename (tmp_dir, "strike", NULL);
  g_autofree char *broken = g_build_filename (folder, "a-broken.csv", NULL);
  g_autofree char *good = g_build_filename (folder, "port-strike.txt", NULL);
  const char *files[] = { broken, good };
  const char *dirs[] = { folder };

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (broken, "date,headline,text\n"
                                              "Marchh 28,A row,Its text\n", -1, NULL));
  g_assert_true (g_file_set_contents (good, "Title: Dockworkers end strike\n"
                                            "Date: 2024-06-14\n"
                                            "Source: Coastal Courier\n\n"
                                            "Dockworkers voted on Thursday to end a strike that "
                                            "began on May 22, union officials said.\n", -1, NULL));

  sl_window_open_paths (window, files, G_N_ELEMENTS (files));
  gui_spin_until_loaded (window);
  /* the broken file was refused: only the good one is shown */
  g_assert_cmpuint (sl_model_n_docs (sl_window_get_model (window)), ==, 1);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "port-strike.txt — Sourceline");

  sl_window_open_paths (window, dirs, 1);
  gui_spin_until_loaded (window);
  g_assert_cmpuint (sl_model_n_docs (sl_window_get_model (window)), ==, 1);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "strike — Sourceline");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Pick a source in the graph, then press Escape — with the focus on the timeline or on the
 * graph — to see everything again. The source stayed selected, its events lit and its page in
 * the detail pane: the timeline only lets go of what it selected itself, the graph not at all,
 * and nothing else took the key. Key presses go to the focused view first, then the window,
 * as GTK propagates them. */
static void
test_escape_lets_go_of_source (void)
{
  SlWindow *window = gui_open_sample_window (app, 1100, 760);
  SlModel *model = sl_window_get_model (window);
  SlGraphView *graph = sl_window_get_graph (window);
  SlTimelineView *timeline = sl_window_get_timeline (window);
  GtkStack *stack = GTK_STACK (gui_find (GTK_WIDGET (window), GTK_TYPE_STACK, is_detail_stack));
  guint32 source = busiest_source (model);
  GtkWidget *focus[] = { GTK_WIDGET (timeline), GTK_WIDGET (graph) };

  for (guint i = 0; i < G_N_ELEMENTS (focus); i++)
    {
      guint n_lit = 0;

      sl_graph_view_set_selected_source (graph, source);
      gui_spin_briefly ();
      g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "detail");
      sl_timeline_view_get_highlight (timeline, &n_lit);
      g_assert_cmpuint (n_lit, >, 0);

      gtk_widget_grab_focus (focus[i]);
      if (!gui_press_key (focus[i], GDK_KEY_Escape, 0))
        g_assert_true (gui_press_key (GTK_WIDGET (window), GDK_KEY_Escape, 0));
      gui_spin_briefly ();
      g_assert_cmpuint (sl_graph_view_get_selected_source (graph), ==, SL_NONE);
      g_assert_cmpuint (sl_timeline_view_get_selected_event (timeline), ==, SL_NONE);
      sl_timeline_view_get_highlight (timeline, &n_lit);
      g_assert_cmpuint (n_lit, ==, 0);
      g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
    }

  /* with nothing selected the key is left alone (for a dialog or a search entry above) */
  g_assert_false (gui_press_key (GTK_WIDGET (window), GDK_KEY_Escape, 0));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether the menu (or a section or submenu of it) has an item for the action. */
static gboolean
menu_has_action (GMenuModel *menu, const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr (GMenuLinkIter) links = NULL;
      const char *link;
      GMenuModel *child;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name)
          && g_strcmp0 (name, action) == 0)
        return TRUE;
      links = g_menu_model_iterate_item_links (menu, i);
      while (g_menu_link_iter_get_next (links, &link, &child))
        {
          gboolean found = menu_has_action (child, action);

          g_object_unref (child);
          if (found)
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
is_primary_menu_button (GtkWidget *widget)
{
  GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget));

  return menu != NULL && menu_has_action (menu, "win.show-help-overlay");
}

/* Preferences (the style, dark or light, the lanes, the export defaults) could only be
 * reached by knowing Ctrl+comma: no menu had them. The main menu lists them, as GNOME's
 * apps do, beside Keyboard Shortcuts and About, and the item opens the window. */
static void
test_primary_menu_has_preferences (void)
{
  SlWindow *window = gui_open_sample_window (app, 1100, 760);
  GtkWidget *button = gui_find (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, is_primary_menu_button);
  GMenuModel *menu;
  GtkWindow *prefs = NULL;

  g_assert_nonnull (button);
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  g_assert_true (menu_has_action (menu, "app.about"));
  g_assert_true (menu_has_action (menu, "app.preferences"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "preferences"));

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  gui_spin_briefly ();
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (SL_IS_PREFERENCES (l->data))
      prefs = l->data;
  g_assert_nonnull (prefs);
  gtk_window_destroy (prefs);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
date_applied_cb (const char *text, const char *value, gint64 number, gpointer user_data)
{
  char **out = user_data;

  g_free (*out);
  *out = g_strdup (value);
}

/* The preview line under the date field, as the dialog shows it. */
static const char *
date_preview (GtkWidget *value)
{
  GtkWidget *box = gtk_widget_get_parent (value);
  GtkWidget *label = NULL;

  while (box != NULL && label == NULL)
    {
      for (GtkWidget *c = gtk_widget_get_first_child (box); c != NULL && label == NULL;
           c = gtk_widget_get_next_sibling (c))
        {
          GtkWidget *l = gui_find (c, GTK_TYPE_LABEL, NULL);

          if (l != NULL && (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (l)), "Means")
                            || g_str_has_prefix (gtk_label_get_label (GTK_LABEL (l)), "Not a date")))
            label = l;
        }
      box = gtk_widget_get_parent (box);
    }
  g_assert_nonnull (label);
  return gtk_label_get_label (GTK_LABEL (label));
}

/* Correct the Date: an analyst types the date as the article wrote it, "March 28, 2024". It
 * was refused ("Not a date") unless written as a TIMEX3 value; a whole calendar date written
 * out is now read into its value, previewed as the day it means, and applied. What has no
 * year (or is no date) is still refused. */
static void
test_date_dialog_reads_written_dates (void)
{
  SlWindow *window = gui_new_window (app, 1100, 760);
  static const struct
  {
    const char *typed, *value;
  } cases[] = {
    { "March 28, 2024", "2024-03-28" },
    { "28 March 2024", "2024-03-28" },
    { "April 2024", "2024-04" },
    { "2024-03-27", "2024-03-27" },
    { "last September", NULL },
    { "Marchh 28", NULL },
    { "2024-03-3x", NULL },
    { "03/04/2024", NULL },
    { "March 28, 2024 or later", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *applied = NULL;
      GtkWindow *dialog = sl_edit_dialog_date (GTK_WINDOW (window), "Correct the Date", "When?",
                                               FALSE, NULL, "2022", SL_MOD_NONE,
                                               date_applied_cb, &applied, NULL);
      GtkWidget *value = sl_edit_dialog_get_value_widget (dialog);

      gtk_editable_set_text (GTK_EDITABLE (value), cases[i].typed);
      gui_spin_briefly ();
      g_test_message ("%s → %s", cases[i].typed, date_preview (value));
      if (cases[i].value == NULL)
        {
          g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                                    "apply"));
          g_assert_true (g_str_has_prefix (date_preview (value), "Not a date"));
          gtk_window_destroy (dialog);
          continue;
        }
      g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                               "apply"));
      g_assert_true (g_str_has_prefix (date_preview (value), "Means "));
      adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "apply");
      gui_spin_briefly ();
      g_assert_cmpstr (applied, ==, cases[i].value);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Rows of the graph's height that none of its control bars covers: where nodes can be seen. */
static int
graph_free_rows (SlGraphView *graph)
{
  int height = gtk_widget_get_height (GTK_WIDGET (graph));
  g_autofree gboolean *covered = g_new0 (gboolean, MAX (height, 1));
  int free_rows = 0;

  for (GtkWidget *bar = gtk_widget_get_first_child (GTK_WIDGET (graph)); bar != NULL;
       bar = gtk_widget_get_next_sibling (bar))
    {
      graphene_rect_t b;

      if (!gtk_widget_get_mapped (bar) || !gtk_widget_compute_bounds (bar, GTK_WIDGET (graph), &b))
        continue;
      for (int y = MAX (0, (int) b.origin.y); y < MIN (height, (int) (b.origin.y + b.size.height)); y++)
        covered[y] = TRUE;
    }
  for (int y = 0; y < height; y++)
    free_rows += !covered[y];
  return free_rows;
}

static gboolean
is_chains_button (GtkWidget *widget)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "Chains") == 0;
}

static gboolean
is_play_button (GtkWidget *widget)
{
  return !GTK_IS_TOGGLE_BUTTON (widget)
         && g_str_has_prefix (gtk_button_get_icon_name (GTK_BUTTON (widget)), "media-playback");
}

/* A window of 1024×640 or 800×600: the graph pane was mostly its own two control bars, the
 * search and layout bar on top and the playback bar below, with a strip of graph between
 * them. A short pane puts its controls in one slim row along the bottom (the search behind
 * its button until wanted), so most of the pane shows the graph; every control still works
 * there. A tall pane keeps the bars as they were. */
static void
test_small_window_graph_usable (void)
{
  static const int sizes[][2] = { { 800, 600 }, { 1024, 640 } };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      SlWindow *window = gui_open_sample_window (app, sizes[i][0], sizes[i][1]);
      SlGraphView *graph = sl_window_get_graph (window);
      GtkWidget *entry = gui_find (GTK_WIDGET (graph), GTK_TYPE_SEARCH_ENTRY, NULL);
      int height;

      wait_frames (GTK_WIDGET (graph), 3);
      height = gtk_widget_get_height (GTK_WIDGET (graph));
      g_test_message ("%dx%d: graph %d px tall, %d free of controls", sizes[i][0], sizes[i][1],
                      height, graph_free_rows (graph));
      g_assert_cmpint (height, <, 320);
      /* two thirds of the pane shows the graph (it was a quarter, between two bars) */
      g_assert_cmpint (graph_free_rows (graph), >=, (height * 2) / 3);
      /* the layout and the playback are still one click away */
      g_assert_nonnull (gui_find (GTK_WIDGET (graph), GTK_TYPE_TOGGLE_BUTTON, is_chains_button));
      g_assert_true (gtk_widget_get_mapped (gui_find (GTK_WIDGET (graph), GTK_TYPE_TOGGLE_BUTTON,
                                                  is_chains_button)));
      g_assert_true (gtk_widget_get_mapped (gui_find (GTK_WIDGET (graph), GTK_TYPE_BUTTON,
                                                  is_play_button)));
      /* and '/' opens the search, which finds a source as before */
      gtk_widget_grab_focus (GTK_WIDGET (graph));
      g_assert_true (gui_press_key (GTK_WIDGET (graph), GDK_KEY_slash, 0));
      wait_frames (GTK_WIDGET (graph), 2);
      g_assert_true (gtk_widget_get_mapped (entry));
      g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), entry));
      gtk_editable_set_text (GTK_EDITABLE (entry), "Reuters");
      g_signal_emit_by_name (entry, "activate");
      gui_spin_briefly ();
      g_assert_cmpuint (sl_graph_view_get_selected_source (graph), !=, SL_NONE);
      /* Escape in the search gives its room back to the graph */
      g_signal_emit_by_name (entry, "stop-search");
      wait_frames (GTK_WIDGET (graph), 2);
      g_assert_false (gtk_widget_get_mapped (entry));
      gtk_window_destroy (GTK_WINDOW (window));
    }

  /* the default window: search and layout above the graph, the playback with its date below */
  {
    SlWindow *window = gui_open_sample_window (app, 1320, 920);
    SlGraphView *graph = sl_window_get_graph (window);
    GtkWidget *entry = gui_find (GTK_WIDGET (graph), GTK_TYPE_SEARCH_ENTRY, NULL);
    GtkWidget *play = gui_find (GTK_WIDGET (graph), GTK_TYPE_BUTTON, is_play_button);
    graphene_rect_t e, p;

    wait_frames (GTK_WIDGET (graph), 3);
    g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (graph)), >=, 320);
    g_assert_true (gtk_widget_get_mapped (entry));
    g_assert_true (gtk_widget_compute_bounds (entry, GTK_WIDGET (graph), &e));
    g_assert_true (gtk_widget_compute_bounds (play, GTK_WIDGET (graph), &p));
    g_assert_cmpfloat (e.origin.y, <, gtk_widget_get_height (GTK_WIDGET (graph)) / 4.0);
    g_assert_cmpfloat (p.origin.y, >, gtk_widget_get_height (GTK_WIDGET (graph)) * 3 / 4.0);
    g_assert_nonnull (gui_find (GTK_WIDGET (graph), GTK_TYPE_LABEL, NULL));
    gtk_window_destroy (GTK_WINDOW (window));
  }
}

static gboolean
is_project_menu_button (GtkWidget *widget)
{
  GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget));

  return menu != NULL && menu_has_action (menu, "win.save-as");
}

/* The subtitle of the report's row for the file named name, NULL when it has none. */
static const char *
report_reason (GtkWidget *widget, const char *name)
{
  if (ADW_IS_ACTION_ROW (widget)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), name) == 0)
    return adw_action_row_get_subtitle (ADW_ACTION_ROW (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *found = report_reason (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Open a folder where good articles sit beside an empty file and a binary one: the good ones
 * load, and the list of the bad ones with their reasons could be seen only through the
 * toast's "Show Details", gone after six seconds (one bad file had no list at all). The
 * Project menu keeps the report of the latest opening, each bad file named with its reason;
 * a later opening without failures leaves no stale report. */
static void
test_import_report_stays_reachable (void)
{
  SlWindow *window = gui_new_window (app, 1100, 760);
  g_autofree char *folder = g_build_filename (tmp_dir, "mixed", NULL);
  g_autofree char *good = g_build_filename (folder, "port-strike.txt", NULL);
  g_autofree char *empty = g_build_filename (folder, "empty.txt", NULL);
  g_autofree char *blob = g_build_filename (folder, "scan.txt", NULL);
  const char *dirs[] = { folder };
  const char *one_bad[] = { good, empty };
  const char *all_good[] = { good };
  static const char binary[] = { 'G', 'I', 'F', '8', '9', 'a', 0, 0, 1, 2, 0, 0, 3, (char) 0xff,
                                 (char) 0xfe, 0, 0, 0, 7, 8, 0, 0, (char) 0x90, 0 };
  GtkWidget *button;
  GtkWindow *report;
  const char *reason;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (good, "Title: Dockworkers end strike\n"
                                            "Date: 2024-06-14\n"
                                            "Source: Coastal Courier\n\n"
                                            "Dockworkers voted on Thursday to end a strike that "
                                            "began on May 22, union officials said.\n", -1, NULL));
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  g_assert_true (g_file_set_contents (blob, binary, sizeof binary, NULL));

  /* before any opening there is no report to offer */
  g_assert_null (sl_window_get_import_dialog (window));

  sl_window_open_paths (window, dirs, 1);
  gui_spin_until_loaded (window);
  g_assert_cmpuint (sl_model_n_docs (sl_window_get_model (window)), ==, 1);

  button = gui_find (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, is_project_menu_button);
  g_assert_nonnull (button);
  g_assert_true (menu_has_action (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)),
                                  "win.show-import-report"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-import-report", NULL));
  gui_spin_briefly ();
  report = sl_window_get_import_dialog (window);
  g_assert_nonnull (report);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (report)));
  reason = report_reason (GTK_WIDGET (report), "empty.txt");
  g_assert_nonnull (reason);
  g_assert_nonnull (strstr (reason, "empty"));
  reason = report_reason (GTK_WIDGET (report), "scan.txt");
  g_assert_nonnull (reason);
  g_assert_nonnull (strstr (reason, "binary"));
  gtk_window_close (report);
  gui_spin_briefly ();

  /* one bad file: the toast names it, and the report is there too */
  sl_window_open_paths (window, one_bad, G_N_ELEMENTS (one_bad));
  gui_spin_until_loaded (window);
  g_assert_cmpuint (sl_model_n_docs (sl_window_get_model (window)), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-import-report", NULL));
  gui_spin_briefly ();
  report = sl_window_get_import_dialog (window);
  g_assert_nonnull (report);
  g_assert_nonnull (report_reason (GTK_WIDGET (report), "empty.txt"));
  g_assert_null (report_reason (GTK_WIDGET (report), "scan.txt"));
  gtk_window_close (report);
  gui_spin_briefly ();

  /* all read: the old report is not offered as if it were about these */
  sl_window_open_paths (window, all_good, 1);
  gui_spin_until_loaded (window);
  g_assert_null (sl_window_get_import_dialog (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Keyboard only: open articles (here the sample, from the welcome page's button) and press →
 * to go to the first event, as the shortcuts window says. The focus was left in the header
 * bar (or nowhere), so → moved between its buttons and Tab took eight presses to reach the
 * events. The timeline has the focus once the articles are shown. */
static void
test_keys_walk_events_after_opening (void)
{
  SlWindow *window = gui_new_window (app, 1100, 760);
  SlTimelineView *timeline = sl_window_get_timeline (window);
  GtkWidget *focus;

  gui_spin_briefly ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL));
  gui_spin_until_loaded (window);
  gui_spin_until_drawn (GTK_WIDGET (timeline));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == GTK_WIDGET (timeline));
  g_assert_cmpuint (sl_timeline_view_get_selected_event (timeline), ==, SL_NONE);
  g_assert_true (gui_press_key (focus, GDK_KEY_Right, 0));
  g_assert_cmpuint (sl_timeline_view_get_selected_event (timeline), !=, SL_NONE);
  gtk_window_destroy (GTK_WINDOW (window));

  /* a search being typed while the articles are read keeps its focus when they come in */
  window = gui_new_window (app, 1100, 760);
  gui_spin_briefly ();
  sl_window_open_sample (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_BAR) != NULL);
  gui_spin_until_loaded (window);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == focus);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether the accelerator list (as the shortcuts window writes it, "<Control>plus plus")
 * has the key. */
static gboolean
accels_have (const char *list, guint keyval, GdkModifierType mods)
{
  g_auto (GStrv) accels = g_strsplit (list != NULL ? list : "", " ", -1);

  for (guint i = 0; accels[i] != NULL; i++)
    {
      guint k = 0;
      GdkModifierType m = 0;

      if (*accels[i] != '\0' && gtk_accelerator_parse (accels[i], &k, &m)
          && gdk_keyval_to_lower (k) == gdk_keyval_to_lower (keyval) && m == mods)
        return TRUE;
    }
  return FALSE;
}

/* Whether the shortcuts window shows the key, written out or as its action's accelerator. */
static gboolean
overlay_shows (GtkWidget *widget, const char *action, guint keyval, GdkModifierType mods)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *accel = NULL;
      g_autofree char *name = NULL;

      g_object_get (widget, "accelerator", &accel, "action-name", &name, NULL);
      if (accels_have (accel, keyval, mods))
        return TRUE;
      if (name != NULL && g_strcmp0 (name, action) == 0)
        {
          g_auto (GStrv) app_accels = gtk_application_get_accels_for_action (app, action);
          g_autofree char *joined = g_strjoinv (" ", app_accels);

          if (accels_have (joined, keyval, mods))
            return TRUE;
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (overlay_shows (child, action, keyval, mods))
      return TRUE;
  return FALSE;
}

/* The shortcuts window (Ctrl+?) against the keys the window really answers: Ctrl+F9 (the
 * graph) and Shift+F9 (the detail pane) worked but were in neither the shortcuts window nor
 * the menu items, which showed no key. Every key bound to one of the window's actions is
 * listed, and the two menu items show theirs. */
static void
test_shortcuts_window_lists_window_keys (void)
{
  SlWindow *window = gui_open_sample_window (app, 1100, 760);
  GtkShortcutsWindow *overlay;
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  guint checked = 0;

  /* the window Ctrl+? shows (built with the window, its contents read without showing it) */
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          const char *name;
          guint keyval;
          GdkModifierType mods;

          if (!GTK_IS_KEYVAL_TRIGGER (trigger) || !GTK_IS_NAMED_ACTION (action))
            continue;
          name = gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
          keyval = gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger));
          mods = gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger));
          /* the window's own copies of the application's keys, and its hidden helpers */
          if (!g_str_has_prefix (name, "win.") || g_str_equal (name, "win.open-export"))
            continue;
          if (!overlay_shows (GTK_WIDGET (overlay), name, keyval, mods))
            {
              g_autofree char *label = gtk_accelerator_name (keyval, mods);

              g_test_message ("%s (%s) is not in the shortcuts window", label, name);
              g_test_fail ();
            }
          checked++;
        }
    }
  g_assert_cmpuint (checked, >, 20);

  /* the menu items show their keys: the application knows them */
  {
    g_auto (GStrv) graph = gtk_application_get_accels_for_action (app, "win.show-graph");
    g_auto (GStrv) detail = gtk_application_get_accels_for_action (app, "win.show-detail-pane");

    g_assert_true (g_strv_contains ((const char *const *) graph, "<Control>F9"));
    g_assert_true (g_strv_contains ((const char *const *) detail, "<Shift>F9"));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Pick an event in a small window: its chain lights up in the graph, "origin to outlet". The
 * graph moved to show the lit sources but not the outlet lit with them, which stayed cut off
 * at the pane's left edge (in the presentation's inset too, where nothing can be dragged);
 * and it did not mind the controls, which could cover a lit node. Every lit node is shown. */
static void
test_picked_chain_in_view (void)
{
  SlWindow *window = gui_open_sample_window (app, 800, 600);
  SlModel *model = sl_window_get_model (window);
  SlGraphView *graph = sl_window_get_graph (window);
  guint checked = 0;

  wait_frames (GTK_WIDGET (graph), 3);
  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    {
      g_autoptr (GArray) sources = g_array_new (FALSE, FALSE, sizeof (guint32));
      const SlDoc *doc = sl_model_doc (model, sl_model_event (model, e)->doc);
      const char *outlet = doc != NULL && doc->outlet ? sl_model_str (model, doc->outlet) : NULL;
      guint32 outlet_source = outlet != NULL ? sl_model_find_source (model, outlet) : SL_NONE;

      sl_model_event_sources (model, e, sources);
      if (sources->len == 0)
        continue;
      sl_timeline_view_set_selected_event (sl_window_get_timeline (window), e);
      wait_frames (GTK_WIDGET (graph), 1);
      for (guint i = 0; i < sources->len; i++)
        g_assert_true (gui_node_in_view (graph, g_array_index (sources, guint32, i)));
      if (outlet_source != SL_NONE && sl_graph_view_get_node_position (graph, outlet_source, NULL, NULL))
        {
          g_assert_true (gui_node_in_view (graph, outlet_source));
          checked++;
        }
    }
  g_assert_cmpuint (checked, >, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_main_paned (GtkWidget *widget)
{
  return gtk_orientable_get_orientation (GTK_ORIENTABLE (widget)) == GTK_ORIENTATION_VERTICAL;
}

/* Keyboard only: pick an event and open its sources. From the timeline the sources were a
 * dozen Tabs away, through the graph's controls and every label of the detail pane, and the
 * key that moves between the panes (F6) was in no list. Enter on the selected event now goes
 * to the first source of its attribution, where Enter opens that source; F6 is listed. */
static void
test_enter_goes_to_event_sources (void)
{
  SlWindow *window = gui_open_sample_window (app, 1100, 760);
  SlModel *model = sl_window_get_model (window);
  SlTimelineView *timeline = sl_window_get_timeline (window);
  SlGraphView *graph = sl_window_get_graph (window);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  GtkWidget *paned = gui_find (GTK_WIDGET (window), GTK_TYPE_PANED, is_main_paned);
  GtkWidget *focus;
  guint32 event = SL_NONE, source;
  gboolean handled = FALSE;

  /* an event with attributed sources, reached with the arrow keys */
  gtk_widget_grab_focus (GTK_WIDGET (timeline));
  for (guint i = 0; i < sl_model_n_events (model) && event == SL_NONE; i++)
    {
      const guint32 *claims;
      guint n = 0;

      g_assert_true (gui_press_key (GTK_WIDGET (timeline), GDK_KEY_Right, 0));
      claims = sl_model_event_claims (model, sl_timeline_view_get_selected_event (timeline), &n);
      if (claims != NULL && n > 0)
        event = sl_timeline_view_get_selected_event (timeline);
    }
  g_assert_cmpuint (event, !=, SL_NONE);

  /* F6 (hidden from the shortcuts window before) and Enter are listed */
  g_assert_true (overlay_shows (GTK_WIDGET (overlay), NULL, GDK_KEY_F6, 0));
  g_assert_true (overlay_shows (GTK_WIDGET (overlay), NULL, GDK_KEY_Return, 0));

  g_assert_true (gui_press_key (GTK_WIDGET (timeline), GDK_KEY_Return, 0));
  gui_spin_briefly ();
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (GTK_IS_LIST_BOX_ROW (focus));
  g_assert_nonnull (g_object_get_data (G_OBJECT (focus), "sl-source"));
  /* Enter on the row (what a list box row does with it) opens the source, and the keys go
   * on from the graph, where it is selected (the row itself gives way to the source's page) */
  source = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (focus), "sl-source")) - 1;
  g_signal_emit_by_name (focus, "activate");
  gui_spin_briefly ();
  g_assert_cmpuint (sl_graph_view_get_selected_source (graph), ==, source);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == GTK_WIDGET (graph));

  /* and F6 from the timeline leaves it for the panes below, as the list says */
  gtk_widget_grab_focus (GTK_WIDGET (timeline));
  g_signal_emit_by_name (paned, "cycle-child-focus", FALSE, &handled);
  g_assert_true (handled);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_false (focus == GTK_WIDGET (timeline));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Tab through an event's detail pane on the way to its sources: the focus stopped on the
 * "Diplomatic" caption and the "Attribution" heading too, selecting their text as it passed
 * (and the selection stayed drawn). Headings are no Tab stops; the words worth copying (the
 * event's name, its date, the sentence) still are. */
static void
test_detail_headings_not_tab_stops (void)
{
  SlWindow *window = gui_open_sample_window (app, 1100, 760);
  SlModel *model = sl_window_get_model (window);
  GtkStack *stack = GTK_STACK (gui_find (GTK_WIDGET (window), GTK_TYPE_STACK, is_detail_stack));
  GtkWidget *page = gtk_stack_get_child_by_name (stack, "detail");
  guint32 event = SL_NONE;
  guint stops = 0, labels = 0;
  gboolean reached_source = FALSE;

  for (guint32 e = 0; e < sl_model_n_events (model) && event == SL_NONE; e++)
    {
      guint n = 0;

      sl_model_event_claims (model, e, &n);
      if (n > 0)
        event = e;
    }
  g_assert_cmpuint (event, !=, SL_NONE);
  sl_timeline_view_set_selected_event (sl_window_get_timeline (window), event);
  wait_frames (page, 2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "detail");

  /* Tab from the top of the pane to the first source, as the focus goes */
  gtk_widget_grab_focus (GTK_WIDGET (sl_window_get_timeline (window)));
  while (!reached_source && stops < 40 && gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD))
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

      stops++;
      g_assert_nonnull (focus);
      if (GTK_IS_LABEL (focus))
        {
          labels++;
          g_assert_false (gtk_widget_has_css_class (focus, "heading"));
          g_assert_false (gtk_widget_has_css_class (focus, "caption-heading"));
        }
      reached_source = GTK_IS_LIST_BOX_ROW (focus)
                       && g_object_get_data (G_OBJECT (focus), "sl-source") != NULL;
    }
  g_assert_true (reached_source);
  /* the event's name, its date line and its sentence */
  g_assert_cmpuint (labels, ==, 3);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = gui_make_tmp_dir ("sourceline-ux-XXXXXX");
  if (!gui_init_display (FALSE))
    return 77;

  app = GTK_APPLICATION (gui_register_app ());

  g_test_add_func ("/gui/ux/empty-detail-in-view", test_empty_detail_in_view);
  g_test_add_func ("/gui/ux/presentation-inset-without-controls",
                   test_presentation_inset_without_controls);
  g_test_add_func ("/gui/ux/title-names-files-read", test_title_names_files_read);
  g_test_add_func ("/gui/ux/escape-lets-go-of-source", test_escape_lets_go_of_source);
  g_test_add_func ("/gui/ux/primary-menu-has-preferences", test_primary_menu_has_preferences);
  g_test_add_func ("/gui/ux/date-dialog-reads-written-dates", test_date_dialog_reads_written_dates);
  g_test_add_func ("/gui/ux/small-window-graph-usable", test_small_window_graph_usable);
  g_test_add_func ("/gui/ux/import-report-stays-reachable", test_import_report_stays_reachable);
  g_test_add_func ("/gui/ux/keys-walk-events-after-opening", test_keys_walk_events_after_opening);
  g_test_add_func ("/gui/ux/shortcuts-window-lists-window-keys",
                   test_shortcuts_window_lists_window_keys);
  g_test_add_func ("/gui/ux/picked-chain-in-view", test_picked_chain_in_view);
  g_test_add_func ("/gui/ux/enter-goes-to-event-sources", test_enter_goes_to_event_sources);
  g_test_add_func ("/gui/ux/detail-headings-not-tab-stops", test_detail_headings_not_tab_stops);

  ret = g_test_run ();
  g_object_unref (app);
  gui_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return ret;
}
