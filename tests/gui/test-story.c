/* test-story.c: a story as an analyst builds and presents it — events added in their own
 * order with the view they were looking at, reordered and trimmed from the keyboard, kept in
 * the project so that the next day F5 presents the same events in the same order; what the
 * Present menu offers (a lane); and the export dialog, which starts from the settings' export
 * defaults, previews what it writes, and remembers the last choices. In-process under Xvfb. */
#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "store/sl-project-store.h"
#include "ui/sl-application.h"
#include "ui/sl-presentation.h"
#include "ui/sl-window.h"

#include "export/sl-export.h"
#include "export-tools.h"
#include "gui-fixture.h"

static SlApplication *app;
static char *tmp_dir;

static void
spin_a_while (void)
{
  for (guint i = 0; i < 20 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static const char *
label_of (SlModel *model, guint32 event)
{
  return sl_model_str (model, sl_model_event (model, event)->label);
}

/* Labels of the story's events as the window lists them. */
static GPtrArray *
story_labels (SlWindow *window)
{
  g_autoptr (GArray) events = g_array_new (FALSE, FALSE, sizeof (guint32));
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);
  SlModel *model = sl_window_get_model (window);

  sl_window_get_story_events (window, events, NULL);
  for (guint i = 0; i < events->len; i++)
    g_ptr_array_add (labels, g_strdup (label_of (model, g_array_index (events, guint32, i))));
  return labels;
}

/* What Ctrl+B does: the selected event goes to the end of the story. */
static void
add_selected (SlWindow *window, guint32 event)
{
  sl_timeline_view_set_selected_event (sl_window_get_timeline (window), event);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.story-add", NULL));
}

static void
test_story_survives_reopening (void)
{
  g_autofree char *project = g_build_filename (tmp_dir, "story.sourceline", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) before = NULL;
  g_autoptr (GPtrArray) after = NULL;
  SlWindow *window = gui_open_sample_window (GTK_APPLICATION (app), 1280, 820);
  SlTimelineView *timeline = sl_window_get_timeline (window);
  SlModel *model;
  SlPresentation *presentation;
  const guint32 *order;
  guint n_order;
  guint32 first, middle, last;
  SlTime view0, view1, t0, t1;

  g_assert_true (sl_window_save_as (window, project, &error));
  g_assert_no_error (error);
  gui_spin_until_loaded (window);
  model = sl_window_get_model (window);
  order = sl_model_events_by_start (model, &n_order);
  g_assert_cmpuint (n_order, >=, 3);
  first = order[0];
  middle = order[n_order / 2];
  last = order[n_order - 1];

  /* the analyst's order, not the calendar's: the latest first, then the earliest */
  add_selected (window, last);
  /* looking at a month around the earliest event when adding it: that view is kept */
  sl_timeline_view_set_selected_event (timeline, first);
  view0 = sl_model_event (model, first)->start - 10 * SL_DAY;
  view1 = view0 + 30 * SL_DAY;
  sl_timeline_view_set_visible_range (timeline, view0, view1);
  sl_timeline_view_get_visible_range (timeline, &view0, &view1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.story-add", NULL));
  add_selected (window, middle);
  /* adding it twice does not duplicate it */
  add_selected (window, middle);
  {
    g_autoptr (GArray) events = g_array_new (FALSE, FALSE, sizeof (guint32));

    g_assert_cmpuint (sl_window_get_story_events (window, events, NULL), ==, 3);
  }
  /* the middle one moves up to second place */
  g_assert_true (sl_window_story_move (window, 2, 1, &error));
  g_assert_no_error (error);
  before = story_labels (window);
  g_assert_cmpstr (g_ptr_array_index (before, 0), ==, label_of (model, last));
  g_assert_cmpstr (g_ptr_array_index (before, 1), ==, label_of (model, middle));
  g_assert_cmpstr (g_ptr_array_index (before, 2), ==, label_of (model, first));
  gtk_window_destroy (GTK_WINDOW (window));
  spin_a_while ();

  /* the next day */
  window = gui_new_window (GTK_APPLICATION (app), 1280, 820);
  sl_window_open_paths (window, (const char *const[]) { project }, 1);
  gui_spin_until_loaded (window);
  gui_spin_until_drawn (GTK_WIDGET (sl_window_get_timeline (window)));
  g_assert_cmpstr (sl_window_get_project_path (window), ==, project);
  model = sl_window_get_model (window);
  after = story_labels (window);
  g_assert_cmpuint (after->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpstr (g_ptr_array_index (after, i), ==, g_ptr_array_index (before, i));

  /* F5 presents the story: its events, its order */
  presentation = gui_press_f5 (app);
  g_assert_cmpuint (sl_presentation_get_n_slides (presentation), ==, 4);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpstr (label_of (model, sl_presentation_get_slide_event (presentation, i + 1)), ==,
                     g_ptr_array_index (before, i));
  /* the earliest event comes back at the view it was added at */
  sl_presentation_go_to (presentation, 3);
  gui_spin_until_still (presentation);
  sl_timeline_view_get_visible_range (sl_presentation_get_timeline (presentation), &t0, &t1);
  g_assert_cmpfloat (fabs ((double) (t0 - view0)), <, SL_DAY);
  g_assert_cmpfloat (fabs ((double) (t1 - view1)), <, SL_DAY);
  sl_presentation_leave (presentation);
  spin_a_while ();
  gtk_window_destroy (GTK_WINDOW (window));

  /* the command line's deck of the story: a key event page each, in the story's order */
  {
    const char *cli = g_getenv ("SL_CLI");
    g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
    g_autofree char *deck = g_build_filename (tmp_dir, "story.pdf", NULL);
    const char *argv[] = { cli, "export", project, "--view", "briefing", "--story", "Story",
                           "-o", deck, NULL };
    int status = -1;

    if (cli == NULL || pdftotext == NULL)
      {
        g_test_message ("SL_CLI or pdftotext missing: the deck of the story is not checked");
        return;
      }
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL,
                                 NULL, &status, NULL));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    {
      const char *cargv[] = { pdftotext, "-f", "1", "-l", "1", deck, "-", NULL };
      g_autofree char *cover = NULL;

      g_assert_true (g_spawn_sync (NULL, (char **) cargv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                                   NULL, &cover, NULL, NULL, NULL));
      /* the cover says where the key events came from */
      g_assert_nonnull (strstr (cover, "the story “Story”, 3 in the analyst’s order"));
    }
    for (guint i = 0; i < 3; i++)
      {
        g_autofree char *page = g_strdup_printf ("%u", 3 + i);
        const char *pargv[] = { pdftotext, "-f", page, "-l", page, deck, "-", NULL };
        g_autofree char *text = NULL;
        g_autofree char *kicker = g_strdup_printf ("KEY EVENT %u OF 3", i + 1);
        g_auto (GStrv) words = g_strsplit (g_ptr_array_index (before, i), " ", 3);
        g_autofree char *start = g_strjoin (" ", words[0], words[1], NULL);

        g_assert_true (g_spawn_sync (NULL, (char **) pargv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                                     NULL, &text, NULL, NULL, NULL));
        g_assert_nonnull (strstr (text, kicker));
        g_assert_nonnull (strstr (text, start));
      }
  }
}

/* Depth-first search for a widget of the type, from root. */
static GtkWidget *
find_widget (GtkWidget *root, GType type, const char *name)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type)
      && (name == NULL || g_strcmp0 (gtk_widget_get_name (root), name) == 0))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_widget (c, type, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_story_from_keyboard (void)
{
  SlWindow *window = gui_open_sample_window (GTK_APPLICATION (app), 1280, 820);
  SlModel *model = sl_window_get_model (window);
  g_autoptr (GPtrArray) labels = NULL;
  const guint32 *order;
  guint n_order;
  GtkWidget *list;
  GtkListBoxRow *row;
  GtkWidget *button;

  order = sl_model_events_by_start (model, &n_order);
  add_selected (window, order[0]);
  add_selected (window, order[1]);
  add_selected (window, order[2]);

  /* Shift+F5 opens the story's list in the Present menu, the first event focused */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-story", NULL));
  button = find_widget (GTK_WIDGET (window), ADW_TYPE_SPLIT_BUTTON, NULL);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button));
  list = find_widget (GTK_WIDGET (adw_split_button_get_popover (ADW_SPLIT_BUTTON (button))),
                      GTK_TYPE_LIST_BOX, NULL);
  g_assert_nonnull (list);
  gui_spin_until_drawn (list);
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (row)));

  /* Alt+Down: the first event becomes the second */
  g_assert_true (gui_press_key (list, GDK_KEY_Down, GDK_ALT_MASK));
  labels = story_labels (window);
  g_assert_cmpstr (g_ptr_array_index (labels, 0), ==, label_of (model, order[1]));
  g_assert_cmpstr (g_ptr_array_index (labels, 1), ==, label_of (model, order[0]));
  /* the moved event keeps the focus, so a second press moves it on */
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (row)));
  /* Delete takes it out */
  g_assert_true (gui_press_key (list, GDK_KEY_Delete, 0));
  g_clear_pointer (&labels, g_ptr_array_unref);
  labels = story_labels (window);
  g_assert_cmpuint (labels->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (labels, 0), ==, label_of (model, order[1]));
  g_assert_cmpstr (g_ptr_array_index (labels, 1), ==, label_of (model, order[2]));
  /* the list shows what the story holds */
  g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1));
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 2));

  gtk_popover_popdown (adw_split_button_get_popover (ADW_SPLIT_BUTTON (button)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A story made on articles not yet saved goes into the project Save As makes of them; a
 * project opened afterwards about other articles does not inherit it. */
static void
test_save_as_keeps_story (void)
{
  g_autofree char *project = g_build_filename (tmp_dir, "saved-story.sourceline", NULL);
  g_autofree char *other = g_build_filename (tmp_dir, "other.sourceline", NULL);
  g_autoptr (GError) error = NULL;
  SlWindow *window = gui_open_sample_window (GTK_APPLICATION (app), 1280, 820);
  SlModel *model = sl_window_get_model (window);
  const guint32 *order;
  guint n_order;

  order = sl_model_events_by_start (model, &n_order);
  add_selected (window, order[1]);
  add_selected (window, order[0]);
  g_assert_true (sl_window_save_as (window, project, &error));
  g_assert_no_error (error);
  gui_spin_until_loaded (window);
  {
    g_autoptr (GArray) events = g_array_new (FALSE, FALSE, sizeof (guint32));

    g_assert_cmpuint (sl_window_get_story_events (window, events, NULL), ==, 2);
  }
  {
    g_autoptr (SlProjectStore) store = sl_project_store_open_read_only (project, &error);
    g_auto (GStrv) names = NULL;
    g_autoptr (SlStory) story = NULL;

    g_assert_no_error (error);
    names = sl_project_store_list_stories (store, &error);
    g_assert_cmpuint (g_strv_length (names), ==, 1);
    story = sl_project_store_load_story (store, names[0], &error);
    g_assert_cmpuint (story->steps->len, ==, 2);
  }

  /* an empty project opened next has no story */
  g_assert_true (sl_window_new_project (window, other, &error));
  g_assert_no_error (error);
  gui_spin_until_loaded (window);
  {
    g_autoptr (GArray) events = g_array_new (FALSE, FALSE, sizeof (guint32));
    g_autoptr (SlProjectStore) store = NULL;
    g_auto (GStrv) names = NULL;

    g_assert_cmpuint (sl_window_get_story_events (window, events, NULL), ==, 0);
    store = sl_project_store_open_read_only (other, &error);
    names = sl_project_store_list_stories (store, &error);
    g_assert_cmpuint (g_strv_length (names), ==, 0);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The Present menu's "The Selected Event's Lane": exactly that lane's events, in date order. */
static void
test_present_lane (void)
{
  SlWindow *window = gui_open_sample_window (GTK_APPLICATION (app), 1280, 820);
  SlModel *model = sl_window_get_model (window);
  SlTimelineView *timeline = sl_window_get_timeline (window);
  g_autoptr (GArray) expected = g_array_new (FALSE, FALSE, sizeof (guint32));
  SlPresentation *presentation;
  const guint32 *order;
  guint n_order;
  guint32 chosen = SL_NONE;

  order = sl_model_events_by_start (model, &n_order);
  /* a lane with more than one event but not all of them */
  chosen = gui_event_in_partial_lane (timeline, model, expected);
  g_assert_cmpuint (chosen, !=, SL_NONE);
  /* a story exists: the menu's choice still decides */
  add_selected (window, order[0]);
  sl_timeline_view_set_selected_event (timeline, chosen);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", "s", "lane"));
  presentation = gui_presentation_shown (app);
  g_assert_cmpuint (sl_presentation_get_n_slides (presentation), ==, expected->len + 1);
  for (guint i = 0; i < expected->len; i++)
    g_assert_cmpuint (sl_presentation_get_slide_event (presentation, i + 1), ==,
                      g_array_index (expected, guint32, i));
  /* stepping goes through exactly those events */
  sl_presentation_go_to (presentation, 0);
  for (guint i = 0; i < expected->len; i++)
    {
      g_assert_true (sl_presentation_next (presentation));
      g_assert_cmpuint (sl_presentation_get_slide_event (presentation, sl_presentation_get_slide (presentation)),
                        ==, g_array_index (expected, guint32, i));
    }
  g_assert_false (sl_presentation_next (presentation));
  sl_presentation_leave (presentation);
  spin_a_while ();
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWindow *
open_export_dialog (SlWindow *window)
{
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  dialog = NULL;
  {
    g_autoptr (GList) tops = gtk_window_list_toplevels ();

    for (GList *l = tops; l != NULL; l = l->next)
      if (gtk_window_get_transient_for (l->data) == GTK_WINDOW (window)
          && find_widget (l->data, GTK_TYPE_PICTURE, "export-preview") != NULL)
        dialog = l->data;
  }
  g_assert_nonnull (dialog);
  gui_spin_until_drawn (GTK_WIDGET (dialog));
  return dialog;
}

static double
spin_value (GtkWindow *dialog, const char *name)
{
  GtkWidget *spin = find_widget (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON, name);

  g_assert_nonnull (spin);
  return gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin));
}

static guint
combo_value (GtkWindow *dialog, const char *name)
{
  GtkWidget *row = find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, name);

  g_assert_nonnull (row);
  return adw_combo_row_get_selected (ADW_COMBO_ROW (row));
}

static void
test_export_dialog_defaults (void)
{
  g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *svg = g_build_filename (tmp_dir, "dialog.svg", NULL);
  g_autofree char *deck = g_build_filename (tmp_dir, "dialog-briefing.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  SlWindow *window;
  GtkWindow *dialog;
  GdkPaintable *preview;
  GtkWidget *dark;
  double ratio;

  /* what the Preferences window sets */
  g_settings_set_string (settings, "export-view", "graph");
  g_settings_set_string (settings, "export-format", "svg");
  g_settings_set_int (settings, "export-width", 1234);
  g_settings_set_int (settings, "export-height", 617);
  g_settings_set_double (settings, "export-scale", 2.0);
  g_settings_set_boolean (settings, "export-dark", TRUE);

  window = gui_open_sample_window (GTK_APPLICATION (app), 1280, 820);
  dialog = open_export_dialog (window);
  g_assert_cmpuint (combo_value (dialog, "export-view"), ==, 1);   /* graph */
  g_assert_cmpuint (combo_value (dialog, "export-format"), ==, 1); /* svg */
  g_assert_cmpfloat (spin_value (dialog, "export-width"), ==, 1234);
  g_assert_cmpfloat (spin_value (dialog, "export-height"), ==, 617);
  g_assert_cmpfloat (spin_value (dialog, "export-scale"), ==, 2.0);
  dark = find_widget (GTK_WIDGET (dialog), GTK_TYPE_SWITCH, "export-dark");
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (dark)));
  /* the preview has the export's shape */
  preview = gtk_picture_get_paintable (GTK_PICTURE (find_widget (GTK_WIDGET (dialog), GTK_TYPE_PICTURE,
                                                                 "export-preview")));
  g_assert_nonnull (preview);
  ratio = (double) gdk_paintable_get_intrinsic_width (preview) / gdk_paintable_get_intrinsic_height (preview);
  g_assert_cmpfloat (fabs (ratio - 2.0), <, 0.02);

  /* a different width, exported: the next dialog starts from it, not from the settings */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_widget (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON,
                                                           "export-width")), 900);
  g_assert_true (sl_window_export_dialog_save (dialog, svg, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_assert_nonnull (strstr (contents, "width=\"900"));
  dialog = open_export_dialog (window);
  g_assert_cmpfloat (spin_value (dialog, "export-width"), ==, 900);
  g_assert_cmpuint (combo_value (dialog, "export-format"), ==, 1);
  /* the settings themselves are the Preferences' to change */
  g_assert_cmpint (g_settings_get_int (settings, "export-width"), ==, 1234);
  gtk_window_destroy (dialog);
  /* another window of the session starts from the last export too */
  {
    SlWindow *second = gui_open_sample_window (GTK_APPLICATION (app), 1280, 820);

    dialog = open_export_dialog (second);
    g_assert_cmpfloat (spin_value (dialog, "export-width"), ==, 900);
    gtk_window_destroy (dialog);
    gtk_window_destroy (GTK_WINDOW (second));
  }
  dialog = open_export_dialog (window);

  /* File → Export Briefing: the deck, with the story's events as its key events */
  gtk_window_destroy (dialog);
  {
    const guint32 *order;
    guint n_order;
    g_autofree char *out = NULL;
    g_autofree char *argv0 = g_find_program_in_path ("pdfinfo");

    order = sl_model_events_by_start (sl_window_get_model (window), &n_order);
    add_selected (window, order[n_order - 1]);
    add_selected (window, order[0]);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-briefing", NULL));
    dialog = open_export_dialog (window);
    g_assert_cmpuint (combo_value (dialog, "export-view"), ==, 3);
    g_assert_cmpuint (combo_value (dialog, "export-key-events"), ==, 0); /* the story */
    g_assert_true (sl_window_export_dialog_save (dialog, deck, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_test (deck, G_FILE_TEST_IS_REGULAR));
    if (argv0 != NULL)
      {
        const char *argv[] = { argv0, deck, NULL };
        const char *pages;

        g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                                     NULL, &out, NULL, NULL, NULL));
        pages = strstr (out, "Pages:");
        g_assert_nonnull (pages);
        /* cover, overview, the story's two events, sources, and at least one page of
         * references */
        g_assert_cmpint (atoi (pages + 6), >=, 6);
        g_assert_cmpint (atoi (pages + 6), <=, 8);
      }
  }
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "export-view");
  g_settings_reset (settings, "export-format");
  g_settings_reset (settings, "export-width");
  g_settings_reset (settings, "export-height");
  g_settings_reset (settings, "export-scale");
  g_settings_reset (settings, "export-dark");
}

/* Bands of the timeline's lanes in an exported PNG, top first (see sl_test_png_lane_rules). */
static guint
png_lane_bands (const char *png, int *bands, guint max)
{
  int rules[32];
  guint n = sl_test_png_lane_rules (png, 2, 0, 4000, rules, G_N_ELEMENTS (rules));

  g_assert_cmpuint (n, >=, 3);
  /* the first rule closes the axis; each next one closes a lane */
  for (guint i = 1; i < n && i <= max; i++)
    bands[i - 1] = rules[i] - rules[i - 1];
  return MIN (n - 1, max);
}

/* Exports a view as a light PNG, one pixel a point (the lanes' rules one pixel thick, as in
 * the window's export), through the export dialog. */
static void
export_view_png (SlWindow *window, SlExportView view, const char *path)
{
  g_autoptr (GError) error = NULL;
  GtkWindow *dialog = open_export_dialog (window);

  adw_combo_row_set_selected (ADW_COMBO_ROW (find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW,
                                                          "export-view")), view);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW,
                                                          "export-format")), SL_EXPORT_PNG);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_widget (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON,
                                                           "export-scale")), 1.0);
  gtk_switch_set_active (GTK_SWITCH (find_widget (GTK_WIDGET (dialog), GTK_TYPE_SWITCH,
                                                  "export-dark")), FALSE);
  g_assert_true (sl_window_export_dialog_save (dialog, path, &error));
  g_assert_no_error (error);
}

/* A lane folded in the window (C folds the topmost lane) is folded in what File → Export and
 * the export dialog write: a header over a thin strip, the lanes under it as tall as before. */
static void
test_export_folded_lane (void)
{
  g_autofree char *open_png = g_build_filename (tmp_dir, "lanes-open.png", NULL);
  g_autofree char *folded_png = g_build_filename (tmp_dir, "lanes-folded.png", NULL);
  g_autofree char *dialog_png = g_build_filename (tmp_dir, "lanes-dialog.png", NULL);
  g_autoptr (GError) error = NULL;
  SlWindow *window = gui_open_sample_window (GTK_APPLICATION (app), 1280, 820);
  SlTimelineView *timeline = sl_window_get_timeline (window);
  int open_bands[16], folded_bands[16], dialog_bands[16];
  guint n_open, n_folded, n_dialog;

  g_assert_true (sl_window_export_to_path (window, open_png, &error));
  g_assert_no_error (error);

  sl_timeline_view_set_selected_event (timeline, SL_NONE);
  gtk_widget_grab_focus (GTK_WIDGET (timeline));
  g_assert_true (gui_press_key (GTK_WIDGET (timeline), GDK_KEY_c, 0));
  g_assert_true (sl_timeline_view_get_lane_collapsed (timeline, 0));
  g_assert_true (sl_window_export_to_path (window, folded_png, &error));
  g_assert_no_error (error);

  n_open = png_lane_bands (open_png, open_bands, G_N_ELEMENTS (open_bands));
  n_folded = png_lane_bands (folded_png, folded_bands, G_N_ELEMENTS (folded_bands));
  /* the folded lane is a header over a strip; the lanes under it are as tall as before */
  g_assert_cmpint (4 * folded_bands[0], <=, 3 * open_bands[0]);
  g_assert_cmpuint (n_folded, ==, n_open);
  /* (the last two: the empty space under the lanes, the legend's rule) */
  for (guint i = 1; i + 2 < n_open; i++)
    g_assert_cmpint (folded_bands[i], ==, open_bands[i]);

  /* the export dialog writes the same folds */
  export_view_png (window, SL_EXPORT_VIEW_TIMELINE, dialog_png);
  n_dialog = png_lane_bands (dialog_png, dialog_bands, G_N_ELEMENTS (dialog_bands));
  g_assert_cmpuint (n_dialog, >=, 2);
  g_assert_cmpint (dialog_bands[0], ==, folded_bands[0]);

  /* opened again, the export opens it too */
  g_assert_true (gui_press_key (GTK_WIDGET (timeline), GDK_KEY_c, 0));
  g_assert_false (sl_timeline_view_get_lane_collapsed (timeline, 0));
  g_assert_true (sl_window_export_to_path (window, folded_png, &error));
  g_assert_no_error (error);
  png_lane_bands (folded_png, folded_bands, G_N_ELEMENTS (folded_bands));
  g_assert_cmpint (folded_bands[0], ==, open_bands[0]);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Pixels that differ between two PNG files of the same size. */
static guint
png_pixels_differing (const char *a, const char *b)
{
  cairo_surface_t *sa = cairo_image_surface_create_from_png (a);
  cairo_surface_t *sb = cairo_image_surface_create_from_png (b);
  int stride = cairo_image_surface_get_stride (sa), h = cairo_image_surface_get_height (sa);
  const guint32 *pa = (const guint32 *) cairo_image_surface_get_data (sa);
  const guint32 *pb = (const guint32 *) cairo_image_surface_get_data (sb);
  guint n = 0;

  g_assert_cmpint (cairo_surface_status (sa), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_surface_status (sb), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (stride, ==, cairo_image_surface_get_stride (sb));
  g_assert_cmpint (h, ==, cairo_image_surface_get_height (sb));
  for (int i = 0; i < stride / 4 * h; i++)
    n += pa[i] != pb[i];
  cairo_surface_destroy (sa);
  cairo_surface_destroy (sb);
  return n;
}

/* The export dialog's graph is the graph pane's: its layout chosen and the nodes dragged. */
static void
test_export_graph_as_shown (void)
{
  g_autofree char *layered = g_build_filename (tmp_dir, "graph-layered.png", NULL);
  g_autofree char *force = g_build_filename (tmp_dir, "graph-force.png", NULL);
  g_autofree char *pinned = g_build_filename (tmp_dir, "graph-pinned.png", NULL);
  g_autofree char *again = g_build_filename (tmp_dir, "graph-again.png", NULL);
  SlWindow *window = gui_open_sample_window (GTK_APPLICATION (app), 1280, 820);
  SlGraphView *graph = sl_window_get_graph (window);
  guint32 source = 0;
  double xy[2];

  export_view_png (window, SL_EXPORT_VIEW_GRAPH, layered);
  sl_graph_view_set_layout_name (graph, "force");
  export_view_png (window, SL_EXPORT_VIEW_GRAPH, force);
  g_assert_cmpuint (png_pixels_differing (layered, force), >, 2000);
  /* a node dragged far to the left: the rest of the graph is drawn small on the right */
  {
    SlGraphLayout *layout = sl_graph_view_get_layout (graph);
    double x0, y0, x1, y1;

    g_assert_true (sl_graph_layout_bounds (layout, &x0, &y0, &x1, &y1));
    source = sl_graph_layout_node (layout, 0)->source;
    xy[0] = x0 - 4 * (x1 - x0);
    xy[1] = y1;
  }
  sl_graph_view_set_pins (graph, &source, xy, 1);
  export_view_png (window, SL_EXPORT_VIEW_GRAPH, pinned);
  g_assert_cmpuint (png_pixels_differing (force, pinned), >, 2000);
  /* back to the layered layout without the pin: the first picture again */
  g_assert_true (sl_graph_view_unpin_source (graph, source));
  sl_graph_view_set_layout_name (graph, "layered");
  export_view_png (window, SL_EXPORT_VIEW_GRAPH, again);
  g_assert_cmpuint (png_pixels_differing (layered, again), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The names the Present menu's story picker offers, and the one it shows chosen. */
static GtkDropDown *
story_picker (SlWindow *window)
{
  GtkWidget *button = find_widget (GTK_WIDGET (window), ADW_TYPE_SPLIT_BUTTON, NULL);
  GtkWidget *picker;

  g_assert_nonnull (button);
  picker = find_widget (GTK_WIDGET (adw_split_button_get_popover (ADW_SPLIT_BUTTON (button))),
                        GTK_TYPE_DROP_DOWN, NULL);
  g_assert_nonnull (picker);
  return GTK_DROP_DOWN (picker);
}

static char *
picker_names (SlWindow *window)
{
  GtkDropDown *picker = story_picker (window);
  GListModel *names = gtk_drop_down_get_model (picker);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    {
      const char *name = gtk_string_list_get_string (GTK_STRING_LIST (names), i);

      g_string_append_printf (out, "%s%s%s", i ? ", " : "", name,
                              i == gtk_drop_down_get_selected (picker) ? " *" : "");
    }
  return g_string_free (out, FALSE);
}

/* Chooses name in the picker, as a click on it would. */
static void
pick_story (SlWindow *window, const char *name)
{
  GtkDropDown *picker = story_picker (window);
  GListModel *names = gtk_drop_down_get_model (picker);

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (names), i), name))
      {
        gtk_drop_down_set_selected (picker, i);
        g_assert_cmpstr (sl_window_get_story_name (window), ==, name);
        return;
      }
  g_assert_not_reached ();
}

static SlWindow *
reopen (const char *project)
{
  SlWindow *window = gui_new_window (GTK_APPLICATION (app), 1280, 820);

  sl_window_open_paths (window, (const char *const[]) { project }, 1);
  gui_spin_until_loaded (window);
  gui_spin_until_drawn (GTK_WIDGET (sl_window_get_timeline (window)));
  g_assert_cmpstr (sl_window_get_project_path (window), ==, project);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-story", NULL));
  spin_a_while ();
  return window;
}

/* Two stories in one project: made from the Present menu, switched between, both back with
 * their events when the project is opened again, on the one chosen last; F5 presents the
 * current one; a deleted story comes back with Undo. */
static void
test_several_stories (void)
{
  g_autofree char *project = g_build_filename (tmp_dir, "stories.sourceline", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) labels = NULL;
  g_autofree char *names = NULL;
  SlWindow *window = gui_open_sample_window (GTK_APPLICATION (app), 1280, 820);
  SlPresentation *presentation;
  SlModel *model;
  const guint32 *order;
  guint n_order;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *middle = NULL;

  g_assert_true (sl_window_save_as (window, project, &error));
  g_assert_no_error (error);
  gui_spin_until_loaded (window);
  model = sl_window_get_model (window);
  order = sl_model_events_by_start (model, &n_order);
  g_assert_cmpuint (n_order, >=, 3);
  first = g_strdup (label_of (model, order[0]));
  middle = g_strdup (label_of (model, order[n_order / 2]));
  last = g_strdup (label_of (model, order[n_order - 1]));

  /* the first story: two events */
  add_selected (window, order[0]);
  add_selected (window, order[n_order - 1]);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-story", NULL));
  names = picker_names (window);
  g_assert_cmpstr (names, ==, "Story *");
  g_clear_pointer (&names, g_free);

  /* New Story: empty, current, named for the user to change */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.story-new", NULL));
  g_assert_cmpstr (sl_window_get_story_name (window), ==, "Story 2");
  labels = story_labels (window);
  g_assert_cmpuint (labels->len, ==, 0);
  g_clear_pointer (&labels, g_ptr_array_unref);
  g_assert_true (sl_window_rename_story (window, "Background", &error));
  g_assert_no_error (error);
  add_selected (window, order[n_order / 2]);
  names = picker_names (window);
  g_assert_cmpstr (names, ==, "Background *, Story");
  g_clear_pointer (&names, g_free);
  /* a second story of the same name is refused, with a reason */
  g_assert_false (sl_window_new_story (window, "Story", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);

  /* switching shows the other story's events */
  pick_story (window, "Story");
  labels = story_labels (window);
  g_assert_cmpuint (labels->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (labels, 0), ==, first);
  g_assert_cmpstr (g_ptr_array_index (labels, 1), ==, last);
  g_clear_pointer (&labels, g_ptr_array_unref);
  pick_story (window, "Background");
  gtk_window_destroy (GTK_WINDOW (window));
  spin_a_while ();

  /* reopened: both stories, on the one chosen last */
  window = reopen (project);
  names = picker_names (window);
  g_assert_cmpstr (names, ==, "Background *, Story");
  g_clear_pointer (&names, g_free);
  labels = story_labels (window);
  g_assert_cmpuint (labels->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (labels, 0), ==, middle);
  g_clear_pointer (&labels, g_ptr_array_unref);
  pick_story (window, "Story");
  labels = story_labels (window);
  g_assert_cmpuint (labels->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (labels, 1), ==, last);
  g_clear_pointer (&labels, g_ptr_array_unref);

  /* F5 presents the current story: an overview, then its two events */
  gtk_popover_popdown (adw_split_button_get_popover (ADW_SPLIT_BUTTON (
    find_widget (GTK_WIDGET (window), ADW_TYPE_SPLIT_BUTTON, NULL))));
  presentation = gui_press_f5 (app);
  g_assert_cmpuint (sl_presentation_get_n_slides (presentation), ==, 3);
  g_assert_cmpstr (label_of (sl_window_get_model (window),
                             sl_presentation_get_slide_event (presentation, 1)), ==, first);
  sl_presentation_leave (presentation);
  spin_a_while ();

  /* Delete: the other story becomes current; Undo brings the deleted one back, events and all */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-story", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.story-delete", NULL));
  g_assert_cmpstr (sl_window_get_story_name (window), ==, "Background");
  names = picker_names (window);
  g_assert_cmpstr (names, ==, "Background *");
  g_clear_pointer (&names, g_free);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.story-undo-delete", NULL));
  g_assert_cmpstr (sl_window_get_story_name (window), ==, "Story");
  labels = story_labels (window);
  g_assert_cmpuint (labels->len, ==, 2);
  g_clear_pointer (&labels, g_ptr_array_unref);
  names = picker_names (window);
  g_assert_cmpstr (names, ==, "Background, Story *");
  g_clear_pointer (&names, g_free);
  gtk_window_destroy (GTK_WINDOW (window));
  spin_a_while ();

  /* and the project has both still */
  window = reopen (project);
  names = picker_names (window);
  g_assert_cmpstr (names, ==, "Background, Story *");
  gtk_window_destroy (GTK_WINDOW (window));
  spin_a_while ();
}

int
main (int argc, char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  g_set_application_name ("Sourceline");
  g_setenv ("GTK_A11Y", "none", TRUE);
  tmp_dir = gui_make_tmp_dir ("sourceline-story-XXXXXX");
  g_setenv ("GSETTINGS_SCHEMA_DIR", SL_TEST_SCHEMA_DIR, FALSE);
  if (!gui_init_display (TRUE))
    return 77;

  app = gui_register_app ();

  g_test_add_func ("/gui/story/survives-reopening", test_story_survives_reopening);
  g_test_add_func ("/gui/story/keyboard", test_story_from_keyboard);
  g_test_add_func ("/gui/story/save-as-keeps-story", test_save_as_keeps_story);
  g_test_add_func ("/gui/story/present-lane", test_present_lane);
  g_test_add_func ("/gui/story/several-stories", test_several_stories);
  g_test_add_func ("/gui/export/dialog-settings-defaults", test_export_dialog_defaults);
  g_test_add_func ("/gui/export/folded-lane", test_export_folded_lane);
  g_test_add_func ("/gui/export/graph-as-shown", test_export_graph_as_shown);

  ret = g_test_run ();
  g_object_unref (app);
  gui_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return ret;
}
