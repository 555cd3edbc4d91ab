/* test-reported.c: defects a user review reported and left standing (the eighth review):
 * a timeline tooltip that wrote a month as its first and last day, where the detail pane said
 * the month; the briefing deck's cover naming a period its first key event lay outside of; a
 * window named after one of several unrelated articles; a toast over the graph's playback
 * bar. In-process under Xvfb. */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ui/sl-application.h"
#include "ui/sl-window.h"

#include "gui-fixture.h"

static GtkApplication *app;
static char *tmp_dir;

static const char *wanted_text;

static gboolean
is_label_with_wanted_text (GtkWidget *widget)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget)
         && strstr (gtk_label_get_text (GTK_LABEL (widget)), wanted_text) != NULL;
}

/* Point at "Two leaders met in September 2023" on the sample's timeline: the tooltip said
 * "… — 1 September 2023 to 30 September 2023" while the detail pane said "September 2023", a
 * month known to the month. The tooltip says the date as the pane does. */
static void
test_tooltip_date_at_precision (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 820);
  SlTimelineView *timeline = sl_window_get_timeline (window);
  SlModel *model = sl_window_get_model (window);
  guint checked = 0;

  gui_spin_until_drawn (GTK_WIDGET (timeline));
  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    {
      const SlEvent *ev = sl_model_event (model, e);
      const char *label = sl_model_str (model, ev->label);
      g_autofree char *tip = NULL, *expected = NULL;
      double x, y;

      /* the events known to the month: [1 Sep, 1 Oct) */
      if (g_strcmp0 (sl_model_str (model, ev->when), "2023-09") != 0)
        continue;
      sl_timeline_view_set_selected_event (timeline, e);
      gui_spin_until_drawn (GTK_WIDGET (timeline));
      g_assert_true (sl_timeline_view_get_event_position (timeline, e, &x, &y));
      tip = sl_timeline_view_describe_at (timeline, x, y);
      g_test_message ("tooltip: %s", tip);
      g_assert_nonnull (tip);
      expected = g_strdup_printf ("%s — September 2023", label);
      g_assert_cmpstr (tip, ==, expected);
      /* the detail pane writes the same date */
      wanted_text = "September 2023";
      g_assert_nonnull (gui_find (GTK_WIDGET (window), GTK_TYPE_LABEL, is_label_with_wanted_text));
      checked++;
    }
  g_assert_cmpuint (checked, >, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The header's subtitle: "4 articles · 24 events · … · not saved". */
static const char *
window_subtitle (SlWindow *window)
{
  GtkWidget *title = gui_find (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE, NULL);

  g_assert_nonnull (title);
  return adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title));
}

/* Open four unrelated articles of the news set: the window was called "avalanche-lyngen.txt
 * and 3 more", as if it were about an avalanche. Import one into the sample: it was still
 * "Sample Articles". Several articles not yet saved make an "Unsaved Project", whose subtitle
 * counts them. */
static void
test_title_for_unrelated_articles (void)
{
  SlWindow *window = gui_new_window (app, 1280, 820);
  SlWindow *sample;
  g_autofree char *news = g_test_build_filename (G_TEST_DIST, "data", "news", NULL);
  g_autofree char *a = g_build_filename (news, "avalanche-lyngen.txt", NULL);
  g_autofree char *b = g_build_filename (news, "bribery-verdict-kosice.txt", NULL);
  g_autofree char *c = g_build_filename (news, "derailment-olsztyn.txt", NULL);
  g_autofree char *d = g_build_filename (news, "drug-recall-dhaka.txt", NULL);
  const char *four[] = { a, b, c, d };
  const char *one[] = { c };

  sl_window_open_paths (window, four, G_N_ELEMENTS (four));
  gui_spin_until_loaded (window);
  g_assert_cmpuint (sl_model_n_docs (sl_window_get_model (window)), ==, 4);
  g_test_message ("%s: %s", gtk_window_get_title (GTK_WINDOW (window)), window_subtitle (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Unsaved Project — Sourceline");
  g_assert_true (g_str_has_prefix (window_subtitle (window), "4 articles · "));
  g_assert_true (g_str_has_suffix (window_subtitle (window), " · not saved"));
  gtk_window_destroy (GTK_WINDOW (window));

  sample = gui_open_sample_window (app, 1280, 820);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (sample)), ==, "Sample Articles — Sourceline");
  sl_window_import_paths (sample, one, 1);
  gui_spin_until_loaded (sample);
  g_assert_cmpuint (sl_model_n_docs (sl_window_get_model (sample)), ==, 4);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (sample)), ==, "Unsaved Project — Sourceline");
  g_assert_true (g_str_has_prefix (window_subtitle (sample), "4 articles · "));
  gtk_window_destroy (GTK_WINDOW (sample));
}

/* Whether a click anywhere along the bar, across its middle, reaches the bar. */
static gboolean
clickable_along (SlWindow *window, GtkWidget *bar)
{
  graphene_rect_t r;

  g_assert_true (gtk_widget_compute_bounds (bar, GTK_WIDGET (window), &r));
  for (double x = r.origin.x + 2; x < r.origin.x + r.size.width - 2; x += 4)
    {
      double y = r.origin.y + r.size.height / 2;
      GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (window), x, y, GTK_PICK_DEFAULT);

      if (picked == NULL || (picked != bar && !gtk_widget_is_ancestor (picked, bar)))
        {
          g_test_message ("at %.0f,%.0f of the bar a click reaches a %s", x, y,
                          picked ? gtk_widget_get_css_name (picked) : "nothing");
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
is_toast (GtkWidget *widget)
{
  return g_str_equal (gtk_widget_get_css_name (widget), "toast") && gtk_widget_get_mapped (widget);
}

/* Rename an event, then reach for the graph's scrubber while "Event renamed" shows: the toast
 * sat over the right end of the playback bar, where the scrubber's knob rests, and the click
 * went to the toast. The toast stands above the bar: all of the bar takes its clicks. */
static void
test_toast_clear_of_playback (void)
{
  g_autoptr (GError) error = NULL;
  const int sizes[][2] = { { 1024, 700 }, { 1600, 1000 } };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      SlWindow *window = gui_open_sample_window (app, sizes[i][0], sizes[i][1]);
      GtkWidget *bar = sl_graph_view_get_playback_bar (sl_window_get_graph (window));
      g_autofree char *name = g_strdup_printf ("toast-%d.sourceline", sizes[i][0]);
      g_autofree char *project = g_build_filename (tmp_dir, name, NULL);
      GtkWidget *toast;

      /* edits are made to a project */
      g_assert_true (sl_window_save_as (window, project, &error));
      g_assert_no_error (error);
      gui_spin_until_loaded (window);
      gui_spin_until_drawn (bar);
      g_assert_true (gtk_widget_get_mapped (bar));
      g_assert_true (sl_window_edit (window, SL_EDIT_EVENT_LABEL, 0, "Renamed for the toast",
                                     NULL, 0, &error));
      g_assert_no_error (error);
      gui_spin_until_drawn (GTK_WIDGET (window));
      gui_spin_until_drawn (GTK_WIDGET (window));
      toast = gui_find (GTK_WIDGET (window), GTK_TYPE_WIDGET, is_toast);
      g_assert_nonnull (toast);
      /* the scrubber's knob rests at its right end, "All reports", near the window's middle */
      g_assert_true (clickable_along (window, bar));
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* Pick "Tisza reaches highest level on record at Szeged", which its article states without
 * attributing it: the detail pane said "No attributed source: the article states this
 * itself", and the graph dimmed every source, Danubia Press — whose article it is — with the
 * rest, as if nobody had said it. The article's outlet lights up. */
static void
test_unattributed_event_lights_outlet (void)
{
  SlWindow *window = gui_new_window (app, 1600, 1000);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "news",
                                                 "flood-tisza-szeged.txt", NULL);
  const char *paths[] = { path };
  SlModel *model;
  SlGraphView *graph = sl_window_get_graph (window);
  guint checked = 0;

  sl_window_open_paths (window, paths, 1);
  gui_spin_until_loaded (window);
  model = sl_window_get_model (window);
  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    {
      const SlEvent *ev = sl_model_event (model, e);
      const char *outlet = sl_model_str (model, sl_model_doc (model, ev->doc)->outlet);
      guint32 source = sl_model_find_source (model, outlet);
      const guint32 *lit;
      guint n_claims = 0, n_lit = 0;

      sl_model_event_claims (model, e, &n_claims);
      if (n_claims > 0 || source == SL_NONE)
        continue;
      sl_timeline_view_set_selected_event (sl_window_get_timeline (window), e);
      gui_spin_until_drawn (GTK_WIDGET (graph));
      lit = sl_graph_view_get_highlight (graph, &n_lit);
      g_test_message ("%s: %u lit", sl_model_str (model, ev->label), n_lit);
      g_assert_cmpuint (n_lit, ==, 1);
      g_assert_cmpuint (lit[0], ==, source);
      g_assert_true (gui_node_in_view (graph, source));
      checked++;
    }
  g_assert_cmpuint (checked, >, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = gui_make_tmp_dir ("sourceline-reported-XXXXXX");
  if (!gui_init_display (FALSE))
    return 77;

  app = GTK_APPLICATION (gui_register_app ());

  g_test_add_func ("/gui/reported/tooltip-date-at-precision", test_tooltip_date_at_precision);

  g_test_add_func ("/gui/reported/title-for-unrelated-articles", test_title_for_unrelated_articles);

  g_test_add_func ("/gui/reported/toast-clear-of-playback", test_toast_clear_of_playback);

  g_test_add_func ("/gui/reported/unattributed-event-lights-outlet",
                   test_unattributed_event_lights_outlet);

  ret = g_test_run ();
  g_object_unref (app);
  gui_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return ret;
}
