/* test-analyst.c: defects found by a demanding analyst's use of the window (the seventh
 * review), each pinned by what was seen — a timeline scrolled past its last lane, an empty
 * half-window below it; the Pentagon called a news agency; the focus thrown onto the title by
 * an edit made from the detail pane, and GTK's critical when the pane changed under it; the
 * presentation's inset graph slicing names at its edges; Present menu entries that presented
 * something else than they said; a source's events left in lanes scrolled away; a found
 * source's neighbours cut by the graph's edges; an export default named otherwise than in the
 * export dialog; an imported graph shown without one outlet; a source's other names listed
 * in another order once its project was reopened. In-process under Xvfb. */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ui/sl-application.h"
#include "ui/sl-preferences.h"
#include "ui/sl-presentation.h"
#include "ui/sl-window.h"
#include "paint/sl-paint-style.h"

#include "gui-fixture.h"

static GtkApplication *app;
static char *tmp_dir;

/* Whether a lane's header is drawn anywhere down the timeline. */
static gboolean
lane_header_shown (SlTimelineView *timeline, guint lane)
{
  for (double y = 0; y < gtk_widget_get_height (GTK_WIDGET (timeline)); y += 1)
    if (sl_timeline_view_lane_header_at (timeline, 30, y) == lane)
      return TRUE;
  return FALSE;
}

/* Correct an event's date so that its lane sorts last, or pick any event of the last lane
 * when more lanes lie below: the timeline scrolled that lane to its top, and the rest of the
 * view stood empty under "7 more lanes above" while the lanes above could have filled it. */
static void
test_reveal_keeps_lanes_filled (void)
{
  SlWindow *window = gui_open_sample_window (app, 1024, 700);
  SlTimelineView *timeline = sl_window_get_timeline (window);
  SlModel *model = sl_window_get_model (window);
  guint32 last_event = SL_NONE;
  guint last_lane = 0;
  double x, y;

  gui_spin_until_drawn (GTK_WIDGET (timeline));
  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    {
      guint lane = sl_timeline_view_lane_of_event (timeline, e);

      if (lane != SL_NONE && (last_event == SL_NONE || lane > last_lane))
        last_event = e, last_lane = lane;
    }
  g_assert_cmpuint (last_event, !=, SL_NONE);
  g_assert_cmpuint (last_lane, >=, 3);
  /* at this size the last lanes are below the fold */
  g_assert_false (lane_header_shown (timeline, last_lane));

  sl_timeline_view_set_selected_event (timeline, last_event);
  gui_spin_until_drawn (GTK_WIDGET (timeline));
  /* the event is on screen, its lane at the foot, and the lanes above it fill the view */
  g_assert_true (sl_timeline_view_get_event_position (timeline, last_event, &x, &y));
  g_assert_cmpfloat (y, <, gtk_widget_get_height (GTK_WIDGET (timeline)));
  g_assert_true (lane_header_shown (timeline, last_lane));
  g_assert_true (lane_header_shown (timeline, last_lane - 1));
  g_assert_true (lane_header_shown (timeline, last_lane - 2));

  /* nor does ↓ scroll past it */
  gtk_widget_grab_focus (GTK_WIDGET (timeline));
  g_assert_true (gui_press_key (GTK_WIDGET (timeline), GDK_KEY_Page_Down, 0));
  gui_spin_until_drawn (GTK_WIDGET (timeline));
  g_assert_true (lane_header_shown (timeline, last_lane - 2));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether the widget is a label with the CSS class. */
static gboolean
is_caption (GtkWidget *widget)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "caption-heading");
}

/* Pick the Pentagon in the graph: the detail pane headed it "News agency", as the legend
 * and the briefing deck's table of sources named its kind, while Reuters and Yonhap — the
 * news agencies — are outlets. The kind is the gazetteer's "agency": a state's. */
static void
test_agency_not_news_agency (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 820);
  SlModel *model = sl_window_get_model (window);
  SlGraphView *graph = sl_window_get_graph (window);
  guint32 pentagon = sl_model_find_source (model, "Pentagon");
  GtkWidget *caption;

  g_assert_cmpuint (pentagon, !=, SL_NONE);
  g_assert_cmpint (sl_model_source (model, pentagon)->kind, ==, SL_SOURCE_AGENCY);
  g_assert_cmpint (sl_model_source (model, sl_model_find_source (model, "Reuters"))->kind, ==,
                   SL_SOURCE_OUTLET);
  sl_graph_view_set_selected_source (graph, pentagon);
  gui_spin_briefly ();
  caption = gui_find (GTK_WIDGET (window), GTK_TYPE_LABEL, is_caption);
  g_assert_nonnull (caption);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (caption)), ==, "Government agency");
  /* the legend, the graph's spoken description and the deck's table */
  g_assert_cmpstr (sl_paint_source_kind_name (SL_SOURCE_AGENCY), ==, "Agency");
  gtk_window_destroy (GTK_WINDOW (window));
}

static const char *wanted_action;

static gboolean
has_wanted_action (GtkWidget *widget)
{
  return GTK_IS_ACTIONABLE (widget)
         && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), wanted_action) == 0;
}

/* The button of the window that activates the action (asserted to be there). */
static GtkWidget *
button_for (SlWindow *window, const char *action)
{
  GtkWidget *button;

  wanted_action = action;
  button = gui_find (GTK_WIDGET (window), GTK_TYPE_BUTTON, has_wanted_action);
  g_assert_nonnull (button);
  return button;
}

/* Asserts the window's focus is on a button of the action, and no text of the pane selected. */
static void
assert_focus_on (SlWindow *window, const char *action)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  g_test_message ("focus on a %s", focus ? G_OBJECT_TYPE_NAME (focus) : "(nothing)");
  g_assert_nonnull (focus);
  g_assert_false (GTK_IS_LABEL (focus));
  g_assert_true (GTK_IS_ACTIONABLE (focus));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (focus)), ==, action);
}

/* Grade a source with the pane's Grade… button, correct an event's date with Correct Date…:
 * the edit rebuilt the pane under the focus, which fell on the title — shown selected, as if
 * the name were about to be copied — and the next Tab started over from there. The focus
 * stays on the button that was used. */
static void
test_edit_keeps_focus_in_pane (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 820);
  g_autofree char *project = g_build_filename (tmp_dir, "focus.sourceline", NULL);
  g_autoptr (GError) error = NULL;
  SlModel *model;
  guint32 reuters, veto = SL_NONE;

  g_assert_true (sl_window_save_as (window, project, &error));
  g_assert_no_error (error);
  gui_spin_until_loaded (window);
  model = sl_window_get_model (window);
  reuters = sl_model_find_source (model, "Reuters");
  g_assert_cmpuint (reuters, !=, SL_NONE);

  sl_graph_view_set_selected_source (sl_window_get_graph (window), reuters);
  gui_spin_briefly ();
  g_assert_true (gtk_widget_grab_focus (button_for (window, "win.grade-source")));
  g_assert_true (sl_window_edit (window, SL_EDIT_SOURCE_GRADE, reuters, "B2", NULL, 0, &error));
  g_assert_no_error (error);
  gui_spin_briefly ();
  assert_focus_on (window, "win.grade-source");

  for (guint32 e = 0; e < sl_model_n_events (model) && veto == SL_NONE; e++)
    if (strstr (sl_model_str (model, sl_model_event (model, e)->label), "veto") != NULL)
      veto = e;
  g_assert_cmpuint (veto, !=, SL_NONE);
  sl_timeline_view_set_selected_event (sl_window_get_timeline (window), veto);
  gui_spin_briefly ();
  g_assert_true (gtk_widget_grab_focus (button_for (window, "win.edit-date")));
  g_assert_true (sl_window_edit (window, SL_EDIT_EVENT_DATE, veto, "2024-03-27", NULL, 0, &error));
  g_assert_no_error (error);
  gui_spin_briefly ();
  assert_focus_on (window, "win.edit-date");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Until the widget has drawn n more frames (a crossfade runs its course). */
static void
wait_frames (GtkWidget *widget, guint n)
{
  for (guint i = 0; i < n; i++)
    gui_spin_until_drawn (widget);
}

/* With the focus on a button of the detail pane (Correct Date…, Grade…), pick something else
 * from the timeline's keys or the graph: the pane's page went, crossfading, with the focus
 * still on it, and GTK said "gtk_widget_is_ancestor: assertion 'GTK_IS_WIDGET (widget)'
 * failed" — fatal under G_DEBUG=fatal-criticals, as the tests run. */
static void
test_pane_changes_under_focus_quietly (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 820);
  SlModel *model = sl_window_get_model (window);
  SlTimelineView *timeline = sl_window_get_timeline (window);
  SlGraphView *graph = sl_window_get_graph (window);

  for (guint round = 0; round < 4; round++)
    {
      guint32 event = round % sl_model_n_events (model);
      guint32 source = sl_model_claim (model, round % sl_model_n_claims (model))->source;

      sl_timeline_view_set_selected_event (timeline, event);
      wait_frames (GTK_WIDGET (window), 2);
      g_assert_true (gtk_widget_grab_focus (button_for (window, "win.edit-date")));
      sl_graph_view_set_selected_source (graph, source);
      wait_frames (GTK_WIDGET (window), 2);
      g_assert_true (gtk_widget_grab_focus (button_for (window, "win.grade-source")));
      sl_timeline_view_set_selected_event (timeline, (event + 1) % sl_model_n_events (model));
      wait_frames (GTK_WIDGET (window), 2);
      /* and with the focus on the pane, the timeline lets go of its event */
      g_assert_true (gtk_widget_grab_focus (button_for (window, "win.edit-date")));
      sl_timeline_view_set_selected_event (timeline, SL_NONE);
      wait_frames (GTK_WIDGET (window), 2);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

static int
compare_paths (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

/* F5 and step through the slides: the inset graph in the stage's corner lit each event's
 * chain, but the label of a node near its edge ran on past it — "Shin Won-s", "US National
 * S" — where nobody could pan to read the rest. The inset is a picture, as an exported graph
 * is: every label drawn lies inside it. */
static void
test_presentation_inset_labels_inside (void)
{
  SlWindow *window = gui_open_sample_window (app, 1320, 900);
  g_autofree char *news = g_test_build_filename (G_TEST_DIST, "data", "news", NULL);
  g_autoptr (GDir) dir = g_dir_open (news, 0, NULL);
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  SlModel *model;
  SlPresentation *presentation;
  SlGraphView *inset;
  guint slides = 0, labels = 0;

  /* the sample and, imported into it, a dozen articles of the news set */
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (paths, g_build_filename (news, name, NULL));
  g_ptr_array_sort (paths, compare_paths);
  g_ptr_array_set_size (paths, 12);
  sl_window_import_paths (window, (const char *const *) paths->pdata, paths->len);
  gui_spin_until_loaded (window);
  model = sl_window_get_model (window);
  g_assert_cmpuint (sl_model_n_docs (model), ==, 15);
  presentation = gui_press_f5 (SL_APPLICATION (app));
  inset = sl_presentation_get_graph (presentation);
  do
    {
      double width, height;

      gui_spin_until_still (presentation);
      gui_spin_until_drawn (GTK_WIDGET (inset));
      width = gtk_widget_get_width (GTK_WIDGET (inset));
      height = gtk_widget_get_height (GTK_WIDGET (inset));
      for (guint32 s = 0; s < sl_model_n_sources (model); s++)
        {
          double x0, y0, x1, y1;

          if (!sl_graph_view_get_label_box (inset, s, &x0, &y0, &x1, &y1))
            continue;
          if (x0 < -0.5 || y0 < -0.5 || x1 > width + 0.5 || y1 > height + 0.5)
            g_error ("slide %u: the label of %s runs from %.0f,%.0f to %.0f,%.0f, out of the "
                     "inset's %.0f×%.0f", slides + 1, sl_model_str (model, sl_model_source (model, s)->name),
                     x0, y0, x1, y1, width, height);
          labels++;
        }
      slides++;
    }
  while (sl_presentation_next (presentation));
  g_test_message ("%u slides, %u labels inside the inset", slides, labels);
  g_assert_cmpuint (slides, >, 5);
  g_assert_cmpuint (labels, >, 0);
  sl_presentation_leave (presentation);
  gtk_window_destroy (GTK_WINDOW (window));
}

static const char *wanted_target;

static gboolean
presents_wanted_target (GtkWidget *widget)
{
  GVariant *target;

  if (!GTK_IS_ACTIONABLE (widget)
      || g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.present") != 0)
    return FALSE;
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));
  return target != NULL && g_str_equal (g_variant_get_string (target, NULL), wanted_target);
}

/* Opens the Present button's menu and says whether its entry for the scope can be chosen. */
static gboolean
scope_offered (SlWindow *window, const char *scope)
{
  GtkWidget *split = gui_find (GTK_WIDGET (window), ADW_TYPE_SPLIT_BUTTON, NULL);
  GtkPopover *popover = adw_split_button_get_popover (ADW_SPLIT_BUTTON (split));
  GtkWidget *button;
  gboolean offered;

  gtk_popover_popup (popover);
  gui_spin_until_drawn (GTK_WIDGET (popover));
  wanted_target = scope;
  button = gui_find (GTK_WIDGET (popover), GTK_TYPE_BUTTON, presents_wanted_target);
  g_assert_nonnull (button);
  offered = gtk_widget_get_sensitive (button);
  gtk_popover_popdown (popover);
  gui_spin_briefly ();
  return offered;
}

/* The Present menu offered "The Selected Event's Lane" with no event selected, and "The
 * Emphasised Events" with none emphasised: either started a presentation of every event, not
 * what it said. They are greyed until there is something for them to present. */
static void
test_present_scopes_need_content (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 820);
  SlModel *model = sl_window_get_model (window);
  guint32 reuters = sl_model_find_source (model, "Reuters");

  g_assert_false (scope_offered (window, "lane"));
  g_assert_false (scope_offered (window, "selection"));
  g_assert_true (scope_offered (window, "all"));

  sl_timeline_view_set_selected_event (sl_window_get_timeline (window), 0);
  gui_spin_briefly ();
  g_assert_true (scope_offered (window, "lane"));

  /* a source picked in the graph emphasises the events it claimed */
  sl_graph_view_set_selected_source (sl_window_get_graph (window), reuters);
  gui_spin_briefly ();
  g_assert_true (scope_offered (window, "selection"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* How many of the source's events the timeline shows on screen. */
static guint
source_events_shown (SlWindow *window, guint32 source)
{
  g_autoptr (GArray) events = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint shown = 0;

  sl_model_source_events (sl_window_get_model (window), source, events);
  g_assert_cmpuint (events->len, >, 0);
  for (guint i = 0; i < events->len; i++)
    if (sl_timeline_view_get_event_position (sl_window_get_timeline (window),
                                             g_array_index (events, guint32, i), NULL, NULL))
      shown++;
  return shown;
}

/* In a window of 1024×700, find a source in the graph whose lane is below the fold, as the
 * Russian Foreign Ministry's is: the timeline dimmed every event it showed and emphasised the
 * source's, in its lane under "3 more lanes below", so it seemed to have claimed nothing.
 * Its events are brought on screen. */
static void
test_source_events_revealed (void)
{
  SlWindow *window = gui_open_sample_window (app, 1024, 700);
  SlModel *model = sl_window_get_model (window);
  SlTimelineView *timeline = sl_window_get_timeline (window);
  guint32 last_event = SL_NONE, source;
  guint last_lane = 0, n_claims = 0;
  const guint32 *claims;

  gui_spin_until_drawn (GTK_WIDGET (timeline));
  /* the source of the last lane's event (lanes are by source) */
  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    {
      guint lane = sl_timeline_view_lane_of_event (timeline, e);

      if (lane != SL_NONE && (last_event == SL_NONE || lane > last_lane))
        last_event = e, last_lane = lane;
    }
  claims = sl_model_event_claims (model, last_event, &n_claims);
  g_assert_cmpuint (n_claims, >, 0);
  source = sl_model_claim (model, claims[0])->source;
  g_test_message ("picking %s", sl_model_str (model, sl_model_source (model, source)->name));
  g_assert_cmpuint (source_events_shown (window, source), ==, 0);

  sl_graph_view_set_selected_source (sl_window_get_graph (window), source);
  gui_spin_until_drawn (GTK_WIDGET (timeline));
  g_assert_cmpuint (source_events_shown (window, source), >, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Type "reu" in the graph's Find a source (or press / there): Reuters was picked and its
 * neighbourhood lit — Meridian Wire and Harbor Ledger that carried it, RUSI it cites — but
 * the graph then centred on Reuters alone, and the outlets' nodes were cut by the pane's
 * left edge. What is lit stays in view. */
static void
test_found_source_neighbourhood_in_view (void)
{
  SlWindow *window = gui_open_sample_window (app, 1024, 700);
  SlGraphView *graph = sl_window_get_graph (window);
  SlModel *model = sl_window_get_model (window);
  const guint32 *lit;
  guint n_lit = 0;

  gui_spin_until_drawn (GTK_WIDGET (graph));
  /* from a view somewhere else in the graph */
  g_assert_cmpuint (sl_graph_view_focus_source (graph, "shin"), !=, SL_NONE);
  gui_spin_until_drawn (GTK_WIDGET (graph));
  g_assert_cmpuint (sl_graph_view_focus_source (graph, "reu"), ==,
                    sl_model_find_source (model, "Reuters"));
  gui_spin_until_drawn (GTK_WIDGET (graph));
  lit = sl_graph_view_get_highlight (graph, &n_lit);
  g_assert_cmpuint (n_lit, >=, 3);
  for (guint i = 0; i < n_lit; i++)
    {
      const char *name = sl_model_str (model, sl_model_source (model, lit[i])->name);
      double x, y;

      g_assert_true (sl_graph_view_get_node_position (graph, lit[i], &x, &y));
      g_test_message ("%s at %.0f,%.0f", name, x, y);
      /* the whole node, not only its centre: half a node in from the pane's edge */
      if (!gui_node_in_view (graph, lit[i]) || x < 16 || x > gtk_widget_get_width (GTK_WIDGET (graph)) - 16)
        g_error ("%s, lit around Reuters, is cut by the graph's edge (%.0f,%.0f)", name, x, y);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Appends the titles of the combo rows below widget, without their mnemonic underscores. */
static void
combo_titles (GtkWidget *widget, GPtrArray *out)
{
  if (ADW_IS_COMBO_ROW (widget))
    {
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
      g_auto (GStrv) parts = g_strsplit (title, "_", -1);

      g_ptr_array_add (out, g_strjoinv ("", parts));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    combo_titles (child, out);
}

static gboolean
has_title (GPtrArray *titles, const char *title)
{
  for (guint i = 0; i < titles->len; i++)
    if (g_str_equal (titles->pdata[i], title))
      return TRUE;
  return FALSE;
}

/* Preferences → Export chose "Content: Timeline" for what the export dialog, the command
 * line (--view) and the Preferences' own description call the view. The export defaults are
 * named as the dialog they fill in names them. */
static void
test_export_defaults_named_as_dialog (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 820);
  GtkWindow *dialog = sl_window_show_export_dialog (window);
  SlPreferences *prefs = sl_preferences_new (SL_APPLICATION (app));
  g_autoptr (GPtrArray) in_dialog = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) in_prefs = g_ptr_array_new_with_free_func (g_free);

  combo_titles (GTK_WIDGET (dialog), in_dialog);
  combo_titles (GTK_WIDGET (prefs), in_prefs);
  g_assert_true (has_title (in_dialog, "View"));
  for (guint i = 0; i < in_prefs->len; i++)
    {
      const char *title = in_prefs->pdata[i];

      g_test_message ("Preferences: %s", title);
      /* the two that are no export's */
      if (g_str_equal (title, "Style") || g_str_equal (title, "Lanes"))
        continue;
      if (!has_title (in_dialog, title))
        g_error ("Preferences' export default “%s” is named otherwise in the export dialog", title);
    }
  gtk_window_destroy (GTK_WINDOW (prefs));
  gtk_window_destroy (dialog);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Import the news set's plain-text articles into the sample: the graph, far taller than its
 * pane now, was shown from the top-left corner of its bounds, where nothing is — the
 * outlets, where every chain starts, are centred on what they carry further down the first
 * column — and not one outlet was in view, only edges coming from below. */
static void
test_imported_graph_shows_outlets (void)
{
  SlWindow *window = gui_open_sample_window (app, 1320, 900);
  SlGraphView *graph = sl_window_get_graph (window);
  g_autofree char *news = g_test_build_filename (G_TEST_DIST, "data", "news", NULL);
  g_autoptr (GDir) dir = g_dir_open (news, 0, NULL);
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  SlModel *model;
  double left = G_MAXDOUBLE;
  guint first_column = 0, shown = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (paths, g_build_filename (news, name, NULL));
  g_ptr_array_sort (paths, compare_paths);
  sl_window_import_paths (window, (const char *const *) paths->pdata, paths->len);
  gui_spin_until_loaded (window);
  gui_spin_until_drawn (GTK_WIDGET (graph));
  model = sl_window_get_model (window);

  for (guint32 s = 0; s < sl_model_n_sources (model); s++)
    {
      double x, y;

      if (sl_graph_view_get_node_position (graph, s, &x, &y))
        left = MIN (left, x);
    }
  for (guint32 s = 0; s < sl_model_n_sources (model); s++)
    {
      double x, y;

      if (!sl_graph_view_get_node_position (graph, s, &x, &y) || x > left + 1)
        continue;
      first_column++;
      if (gui_node_in_view (graph, s))
        shown++;
    }
  g_test_message ("%u of the first column's %u nodes in view", shown, first_column);
  g_assert_cmpuint (first_column, >, 0);
  g_assert_cmpuint (shown, >, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_alias_line (GtkWidget *widget)
{
  return GTK_IS_LABEL (widget)
         && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), "Also written as ");
}

/* The detail pane's "Also written as …" line for the source named name. */
static char *
alias_line (SlWindow *window, const char *name)
{
  guint32 source = sl_model_find_source (sl_window_get_model (window), name);
  GtkWidget *label;

  g_assert_cmpuint (source, !=, SL_NONE);
  sl_graph_view_set_selected_source (sl_window_get_graph (window), source);
  gui_spin_briefly ();
  label = gui_find (GTK_WIDGET (window), GTK_TYPE_LABEL, is_alias_line);
  g_assert_nonnull (label);
  return g_strdup (gtk_label_get_text (GTK_LABEL (label)));
}

/* Pick John Kirby in the sample, save it as a project and open the project: the pane said
 * "Also written as Kirby, US National Security Communications Advisor John Kirby" before,
 * and the same two the other way round after — the order the names were met in, which the
 * project does not keep. The other ways of writing a name are listed in alphabetical order. */
static void
test_aliases_listed_alike (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 820);
  g_autofree char *project = g_build_filename (tmp_dir, "aliases.sourceline", NULL);
  const char *const paths[] = { project };
  g_autoptr (GError) error = NULL;
  g_autofree char *before = alias_line (window, "John Kirby");
  g_autofree char *after = NULL;
  SlWindow *reopened;

  g_assert_true (sl_window_save_as (window, project, &error));
  g_assert_no_error (error);
  gui_spin_until_loaded (window);
  gtk_window_destroy (GTK_WINDOW (window));

  reopened = gui_new_window (app, 1280, 820);
  sl_window_open_paths (reopened, paths, 1);
  gui_spin_until_loaded (reopened);
  after = alias_line (reopened, "John Kirby");
  g_test_message ("opened: %s; reopened: %s", before, after);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (before, ==, "Also written as Kirby, US National Security Communications "
                               "Advisor John Kirby");
  gtk_window_destroy (GTK_WINDOW (reopened));
}

int
main (int argc, char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = gui_make_tmp_dir ("sourceline-analyst-XXXXXX");
  if (!gui_init_display (FALSE))
    return 77;

  app = GTK_APPLICATION (gui_register_app ());

  g_test_add_func ("/gui/analyst/reveal-keeps-lanes-filled", test_reveal_keeps_lanes_filled);
  g_test_add_func ("/gui/analyst/agency-not-news-agency", test_agency_not_news_agency);
  g_test_add_func ("/gui/analyst/edit-keeps-focus-in-pane", test_edit_keeps_focus_in_pane);
  g_test_add_func ("/gui/analyst/pane-changes-under-focus-quietly",
                   test_pane_changes_under_focus_quietly);
  g_test_add_func ("/gui/analyst/presentation-inset-labels-inside",
                   test_presentation_inset_labels_inside);
  g_test_add_func ("/gui/analyst/present-scopes-need-content", test_present_scopes_need_content);
  g_test_add_func ("/gui/analyst/source-events-revealed", test_source_events_revealed);
  g_test_add_func ("/gui/analyst/found-source-neighbourhood-in-view",
                   test_found_source_neighbourhood_in_view);
  g_test_add_func ("/gui/analyst/export-defaults-named-as-dialog",
                   test_export_defaults_named_as_dialog);
  g_test_add_func ("/gui/analyst/imported-graph-shows-outlets", test_imported_graph_shows_outlets);
  g_test_add_func ("/gui/analyst/aliases-listed-alike", test_aliases_listed_alike);

  ret = g_test_run ();
  g_object_unref (app);
  gui_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return ret;
}
