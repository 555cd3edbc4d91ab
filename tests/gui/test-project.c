/* test-project.c: the window as an analyst works in it — importing a folder into a new
 * project, correcting an event and taking it back, searching, and the whole round of issue 10
 * (sample → import → search → select → export → edit → undo → quit → reopen). Runs the real
 * window in-process under Xvfb; dialogs are answered the way a person's click would, through
 * their responses, and keys go through the widgets' own controllers. */
#include "config.h"

#include <adwaita.h>
#include <string.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "store/sl-project-store.h"
#include "ui/sl-application.h"
#include "ui/sl-edit-dialog.h"
#include "ui/sl-import-dialog.h"
#include "ui/sl-window.h"

#include "gui-fixture.h"

static GtkApplication *app;
static char *tmp_dir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

/* A fresh folder under the test's temporary folder. */
static char *
make_dir (const char *name)
{
  char *dir = tmp_path (name);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  return dir;
}

static void
copy_sample (const char *name, const char *to_dir, const char *as)
{
  g_autofree char *samples = sl_window_find_sample_dir ();
  g_autofree char *from = g_build_filename (samples, name, NULL);
  g_autofree char *to = g_build_filename (to_dir, as ? as : name, NULL);
  g_autofree char *data = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (from, &data, &len, NULL));
  g_assert_true (g_file_set_contents (to, data, (gssize) len, NULL));
}

/* The event whose label contains word, case aside; SL_NONE when none. */
static guint32
find_event_labelled (SlModel *model, const char *word)
{
  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    {
      g_autofree char *label = g_utf8_casefold (sl_model_str (model, sl_model_event (model, e)->label), -1);

      if (strstr (label, word) != NULL)
        return e;
    }
  return SL_NONE;
}

/* The message dialog the window shows now (an edit's or a question), NULL when none. */
static AdwMessageDialog *
find_message_dialog (SlWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* not ours to free */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w))
          && gtk_window_get_transient_for (w) == GTK_WINDOW (window))
        return ADW_MESSAGE_DIALOG (w);
    }
  return NULL;
}

/* Answers the dialog as its button would: the response, then the dialog closes. */
static void
respond (AdwMessageDialog *dialog, const char *response)
{
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, response));
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
  gui_spin_briefly ();
}

/* The first label in the widget tree with css_class. */
static GtkLabel *
find_label (GtkWidget *widget, const char *css_class)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, css_class)
      && gtk_widget_get_mapped (widget))
    return GTK_LABEL (widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkLabel *found = find_label (c, css_class);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_header_bar (GtkWidget *widget)
{
  if (ADW_IS_HEADER_BAR (widget))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_header_bar (c);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A label on screen that reads text, NULL when none. */
static GtkLabel *
find_label_text (GtkWidget *widget, const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget)
      && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return GTK_LABEL (widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkLabel *found = find_label_text (c, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A mapped button with this (mnemonic) label, NULL when none. */
static GtkWidget *
find_button_labelled (GtkWidget *widget, const char *label)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget)
      && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button_labelled (c, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A mapped button that activates action, NULL when none. */
static GtkWidget *
find_action_button (GtkWidget *widget, const char *action)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget)
      && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_action_button (c, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static const char *
detail_heading (SlWindow *window)
{
  GtkLabel *label = find_label (GTK_WIDGET (window), "sl-event-label");

  return label ? gtk_label_get_label (label) : NULL;
}

/* Renames the event shown in the detail pane through the Rename dialog. */
static void
rename_through_dialog (SlWindow *window, const char *new_name)
{
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.rename-event", NULL));
  dialog = find_message_dialog (window);
  g_assert_nonnull (dialog);
  entry = sl_edit_dialog_get_text_widget (GTK_WINDOW (dialog));
  g_assert_true (GTK_IS_EDITABLE (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  /* an empty name is refused before it reaches the project */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "apply"));
  gtk_editable_set_text (GTK_EDITABLE (entry), new_name);
  respond (dialog, "apply");
}

static guint
count_documents (const char *project_path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlProjectStore) store = sl_project_store_open_read_only (project_path, &error);

  g_assert_no_error (error);
  return sl_project_store_n_documents (store);
}

static void
test_import_folder_into_new_project (void)
{
  SlWindow *window = gui_new_window (app, 1280, 820);
  g_autofree char *dir = make_dir ("import-folder");
  g_autofree char *project = tmp_path ("imported.sourceline");
  g_autofree char *empty = g_build_filename (dir, "empty.txt", NULL);
  g_autoptr (GError) error = NULL;
  const char *paths[] = { dir };
  SlImportDialog *dialog;
  guint problems = 0;

  copy_sample ("oil-transfers.txt", dir, NULL);
  copy_sample ("seoul-estimate.txt", dir, NULL);
  copy_sample ("oil-transfers.txt", dir, "oil-transfers-again.txt");
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));

  g_assert_true (sl_window_new_project (window, project, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sl_window_get_project_path (window), ==, project);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "imported — Sourceline");
  g_assert_cmpuint (sl_model_n_docs (sl_window_get_model (window)), ==, 0);

  sl_window_import_paths (window, paths, 1);
  g_assert_true (sl_window_get_loading (window));
  dialog = SL_IMPORT_DIALOG (sl_window_get_import_dialog (window));
  g_assert_nonnull (dialog);
  gui_spin_until_loaded (window);

  /* one row per file, each with its outcome; what went wrong says why */
  g_assert_true (sl_import_dialog_get_finished (dialog));
  g_assert_cmpuint (sl_import_dialog_get_n_results (dialog), ==, 4);
  g_assert_cmpuint (sl_import_dialog_count (dialog, SL_IMPORT_IMPORTED), ==, 2);
  g_assert_cmpuint (sl_import_dialog_count (dialog, SL_IMPORT_DUPLICATE), ==, 1);
  g_assert_cmpuint (sl_import_dialog_count (dialog, SL_IMPORT_FAILED), ==, 1);
  for (guint i = 0; i < sl_import_dialog_get_n_results (dialog); i++)
    {
      SlImportStatus status;
      const char *path, *reason;

      g_assert_true (sl_import_dialog_get_result (dialog, i, &status, &path, &reason));
      if (status == SL_IMPORT_IMPORTED)
        continue;
      problems++;
      g_assert_nonnull (reason);
      g_assert_cmpuint (strlen (reason), >, 3);
      if (status == SL_IMPORT_FAILED)
        g_assert_true (g_str_has_suffix (path, "empty.txt"));
      else
        g_assert_true (strstr (reason, "oil") != NULL || strstr (reason, "Oil") != NULL
                       || strstr (reason, "White House") != NULL);
    }
  g_assert_cmpuint (problems, ==, 2);
  /* with problems to read, the dialog stays until closed */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_nonnull (strstr (sl_import_dialog_get_summary (dialog), "2"));

  /* the window shows the articles and the project file holds them, saved at once */
  g_assert_cmpuint (sl_model_n_docs (sl_window_get_model (window)), ==, 2);
  g_assert_cmpuint (sl_model_n_events (sl_window_get_model (window)), >=, 3);
  g_assert_cmpuint (count_documents (project), ==, 2);

  /* a second import of the same folder adds nothing: everything is a duplicate */
  gtk_window_close (GTK_WINDOW (dialog));
  sl_window_import_paths (window, paths, 1);
  gui_spin_until_loaded (window);
  dialog = SL_IMPORT_DIALOG (sl_window_get_import_dialog (window));
  g_assert_cmpuint (sl_import_dialog_count (dialog, SL_IMPORT_IMPORTED), ==, 0);
  g_assert_cmpuint (sl_import_dialog_count (dialog, SL_IMPORT_DUPLICATE), ==, 3);
  g_assert_cmpuint (count_documents (project), ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A spreadsheet whose dates could be read either way is imported, and the report stays open
 * to say which way they were read: a wrong guess would move every event by months. */
static void
test_import_report_says_date_order (void)
{
  SlWindow *window = gui_new_window (app, 1280, 820);
  g_autofree char *dir = make_dir ("import-csv-note");
  g_autofree char *sheet = g_build_filename (dir, "talks.csv", NULL);
  const char *paths[] = { dir };
  SlImportDialog *dialog;
  const char *note = NULL;

  copy_sample ("seoul-estimate.txt", dir, NULL);
  g_assert_true (g_file_set_contents (sheet, "date,headline\n03/04/2024,Talks open\n"
                                             "01/02/2024,Panel meets\n", -1, NULL));
  sl_window_import_paths (window, paths, 1);
  dialog = SL_IMPORT_DIALOG (sl_window_get_import_dialog (window));
  g_assert_nonnull (dialog);
  gui_spin_until_loaded (window);

  g_assert_cmpuint (sl_import_dialog_count (dialog, SL_IMPORT_IMPORTED), ==, 2);
  for (guint i = 0; i < sl_import_dialog_get_n_results (dialog); i++)
    {
      const char *path;

      g_assert_true (sl_import_dialog_get_result (dialog, i, NULL, &path, NULL));
      if (g_str_has_suffix (path, "talks.csv"))
        note = sl_import_dialog_get_note (dialog, i);
      else
        g_assert_null (sl_import_dialog_get_note (dialog, i));
    }
  g_assert_nonnull (note);
  g_assert_nonnull (strstr (note, "day or month first"));
  /* nothing failed, yet the report stays until read, and its summary counts the assumption */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_nonnull (strstr (sl_import_dialog_get_summary (dialog), "assumption"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* An event added by hand, then more articles: both survive the file, each once. */
static void
test_import_after_added_event (void)
{
  SlWindow *window = gui_new_window (app, 1280, 820);
  g_autofree char *first = make_dir ("added-first");
  g_autofree char *second = make_dir ("added-second");
  g_autofree char *project = tmp_path ("added.sourceline");
  g_autoptr (GError) error = NULL;
  const char *paths1[] = { first }, *paths2[] = { second }, *again[] = { project };
  SlModel *model;
  guint n_manual = 0;

  copy_sample ("oil-transfers.txt", first, NULL);
  copy_sample ("seoul-estimate.txt", second, NULL);
  g_assert_true (sl_window_new_project (window, project, &error));
  sl_window_import_paths (window, paths1, 1);
  gui_spin_until_loaded (window);
  g_assert_true (sl_window_edit (window, SL_EDIT_MANUAL_EVENT, SL_NONE, "Envoys meet in Beijing",
                                 "2024-05-20", SL_MOD_NONE, &error));
  g_assert_no_error (error);
  /* the added event is not an article: the title still counts one */
  g_assert_nonnull (strstr (adw_window_title_get_subtitle (
                              ADW_WINDOW_TITLE (adw_header_bar_get_title_widget (
                                ADW_HEADER_BAR (find_header_bar (GTK_WIDGET (window)))))),
                            "1 article"));
  sl_window_import_paths (window, paths2, 1);
  gui_spin_until_loaded (window);
  gtk_window_destroy (GTK_WINDOW (window));

  window = gui_new_window (app, 1280, 820);
  sl_window_open_paths (window, again, 1);
  gui_spin_until_loaded (window);
  model = sl_window_get_model (window);
  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    if (sl_model_event (model, e)->flags & SL_EVENT_MANUAL)
      {
        n_manual++;
        g_assert_cmpstr (sl_model_str (model, sl_model_event (model, e)->label), ==,
                         "Envoys meet in Beijing");
      }
  g_assert_cmpuint (n_manual, ==, 1);
  /* the articles of both imports, with what was found in them */
  g_assert_cmpuint (find_event_labelled (model, "summit"), !=, SL_NONE);
  g_assert_cmpuint (find_event_labelled (model, "barrels"), !=, SL_NONE);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Cancel stops the reading and adds nothing. */
static void
test_import_cancel (void)
{
  SlWindow *window = gui_new_window (app, 1280, 820);
  g_autofree char *dir = make_dir ("import-cancel");
  g_autofree char *project = tmp_path ("cancelled.sourceline");
  const char *paths[] = { dir };
  SlImportDialog *dialog;

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *name = g_strdup_printf ("article-%02u.txt", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *text = g_strdup_printf ("Title: Report %u\nDate: 2024-03-%02u\n\n"
                                               "Officials said on Monday that talks number %u "
                                               "would resume in April, Reuters reported.\n",
                                               i, 1 + i % 28, i);

      g_assert_true (g_file_set_contents (path, text, -1, NULL));
    }
  g_assert_true (sl_window_new_project (window, project, NULL));
  sl_window_import_paths (window, paths, 1);
  dialog = SL_IMPORT_DIALOG (sl_window_get_import_dialog (window));
  /* Escape or the close button while reading: cancel, not hide */
  gtk_window_close (GTK_WINDOW (dialog));
  gui_spin_until_loaded (window);
  g_assert_true (sl_import_dialog_get_finished (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpuint (count_documents (project), ==, 0);
  g_assert_cmpuint (sl_model_n_docs (sl_window_get_model (window)), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_rename_undo_persists (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 820);
  g_autofree char *project = tmp_path ("renamed.sourceline");
  g_autofree char *original = NULL;
  g_autoptr (GError) error = NULL;
  guint32 veto, summit;
  SlModel *model;
  SlTime t0, t1, u0, u1;

  /* edits live in a project: an unsaved window asks to be saved first */
  veto = find_event_labelled (sl_window_get_model (window), "veto");
  g_assert_cmpuint (veto, !=, SL_NONE);
  sl_timeline_view_set_selected_event (sl_window_get_timeline (window), veto);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.rename-event", NULL));
  g_assert_nonnull (find_message_dialog (window));
  g_assert_cmpstr (adw_message_dialog_get_heading (find_message_dialog (window)), ==,
                   "Save as a Project First?");
  respond (find_message_dialog (window), "cancel");
  g_assert_false (sl_window_edit (window, SL_EDIT_EVENT_LABEL, veto, "x", NULL, 0, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_true (sl_window_save_as (window, project, &error));
  g_assert_no_error (error);
  gui_spin_until_loaded (window);
  g_assert_cmpstr (sl_window_get_project_path (window), ==, project);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "renamed — Sourceline");
  g_assert_cmpuint (count_documents (project), ==, sl_model_n_docs (sl_window_get_model (window)));

  /* the selection came through the save */
  model = sl_window_get_model (window);
  g_assert_cmpuint (sl_timeline_view_get_selected_event (sl_window_get_timeline (window)), ==, veto);
  original = g_strdup (sl_model_str (model, sl_model_event (model, veto)->label));
  g_assert_cmpstr (detail_heading (window), ==, original);

  rename_through_dialog (window, "Russia blocks the UN panel");
  model = sl_window_get_model (window);
  g_assert_cmpstr (sl_model_str (model, sl_model_event (model, veto)->label), ==,
                   "Russia blocks the UN panel");
  g_assert_cmpstr (detail_heading (window), ==, "Russia blocks the UN panel");

  /* a second edit, kept: the summit hidden */
  summit = find_event_labelled (model, "summit");
  g_assert_cmpuint (summit, !=, SL_NONE);
  g_assert_true (sl_window_edit (window, SL_EDIT_EVENT_HIDDEN, summit, NULL, NULL, 1, &error));
  g_assert_no_error (error);
  g_assert_true (sl_model_event (sl_window_get_model (window), summit)->flags & SL_EVENT_HIDDEN);

  /* Ctrl+Z twice: the hiding, then the renaming, come back from the file */
  sl_timeline_view_set_selected_event (sl_window_get_timeline (window), veto);
  sl_timeline_view_zoom_at (sl_window_get_timeline (window), 3.0, 200);
  sl_timeline_view_get_visible_range (sl_window_get_timeline (window), &t0, &t1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  gui_spin_until_loaded (window);
  /* the model was rebuilt, the view stayed where it was */
  sl_timeline_view_get_visible_range (sl_window_get_timeline (window), &u0, &u1);
  g_assert_cmpint (u0, ==, t0);
  g_assert_cmpint (u1, ==, t1);
  model = sl_window_get_model (window);
  g_assert_false (sl_model_event (model, summit)->flags & SL_EVENT_HIDDEN);
  g_assert_cmpstr (sl_model_str (model, sl_model_event (model, veto)->label), ==,
                   "Russia blocks the UN panel");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  gui_spin_until_loaded (window);
  model = sl_window_get_model (window);
  g_assert_cmpstr (sl_model_str (model, sl_model_event (model, veto)->label), ==, original);
  /* the view kept its selection, and the detail pane shows the name restored */
  g_assert_cmpuint (sl_timeline_view_get_selected_event (sl_window_get_timeline (window)), ==, veto);
  g_assert_cmpstr (detail_heading (window), ==, original);

  /* redo brings the renaming back */
  g_assert_true (sl_window_redo (window, &error));
  g_assert_no_error (error);
  gui_spin_until_loaded (window);
  model = sl_window_get_model (window);
  g_assert_cmpstr (sl_model_str (model, sl_model_event (model, veto)->label), ==,
                   "Russia blocks the UN panel");
  gtk_window_destroy (GTK_WINDOW (window));

  /* reopened: the file holds the state as left — renamed, summit shown, hiding redoable */
  window = gui_new_window (app, 1280, 820);
  {
    const char *paths[] = { project };

    sl_window_open_paths (window, paths, 1);
  }
  gui_spin_until_loaded (window);
  model = sl_window_get_model (window);
  g_assert_cmpstr (sl_model_str (model, sl_model_event (model, veto)->label), ==,
                   "Russia blocks the UN panel");
  g_assert_false (sl_model_event (model, summit)->flags & SL_EVENT_HIDDEN);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (window)));
  g_assert_true (sl_window_redo (window, &error));
  gui_spin_until_loaded (window);
  g_assert_true (sl_model_event (sl_window_get_model (window), summit)->flags & SL_EVENT_HIDDEN);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every kind of edit goes through the store and shows; each can be undone. */
static void
test_every_edit (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 820);
  g_autofree char *project = tmp_path ("every-edit.sourceline");
  g_autoptr (GError) error = NULL;
  SlModel *model;
  guint32 veto, reuters, yonhap, n_events;
  SlTime t0, t1;

  g_assert_true (sl_window_save_as (window, project, &error));
  gui_spin_until_loaded (window);
  model = sl_window_get_model (window);
  veto = find_event_labelled (model, "veto");
  reuters = sl_model_find_source (model, "Reuters");
  yonhap = sl_model_find_source (model, "Yonhap");
  g_assert_cmpuint (reuters, !=, SL_NONE);
  g_assert_cmpuint (yonhap, !=, SL_NONE);

  /* a date corrected through its dialog: the preview says what the value means */
  sl_timeline_view_set_selected_event (sl_window_get_timeline (window), veto);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-date", NULL));
  {
    AdwMessageDialog *dialog = find_message_dialog (window);
    GtkWidget *value = sl_edit_dialog_get_value_widget (GTK_WINDOW (dialog));

    gtk_editable_set_text (GTK_EDITABLE (value), "2024-03-3x");
    g_assert_false (adw_message_dialog_get_response_enabled (dialog, "apply"));
    gtk_editable_set_text (GTK_EDITABLE (value), "2024-03-27");
    respond (dialog, "apply");
  }
  model = sl_window_get_model (window);
  g_assert_true (sl_time_interval_from_value ("2024-03-27", SL_MOD_NONE, &t0, &t1));
  g_assert_cmpint (sl_model_event (model, veto)->start, ==, t0);
  g_assert_true (sl_model_event (model, veto)->flags & SL_EVENT_EDITED);

  g_assert_true (sl_window_edit (window, SL_EDIT_EVENT_NOTE, veto, "Check the UN record", NULL, 0,
                                 &error));
  g_assert_cmpstr (sl_model_event_note (sl_window_get_model (window), veto), ==,
                   "Check the UN record");
  g_assert_nonnull (find_label (GTK_WIDGET (window), "sl-note"));

  sl_graph_view_set_selected_source (sl_window_get_graph (window), reuters);
  g_assert_true (sl_window_edit (window, SL_EDIT_SOURCE_GRADE, reuters, "B2", NULL, 0, &error));
  model = sl_window_get_model (window);
  g_assert_cmpint (sl_model_source (model, reuters)->reliability, ==, 'B');
  g_assert_cmpint (sl_model_source (model, reuters)->credibility, ==, '2');
  /* the source stays selected and its pane shows the grade */
  g_assert_cmpuint (sl_graph_view_get_selected_source (sl_window_get_graph (window)), ==, reuters);
  g_assert_nonnull (find_label (GTK_WIDGET (window), "sl-grade"));

  g_assert_true (sl_window_edit (window, SL_EDIT_SOURCE_RENAME, yonhap, "Yonhap News Agency", NULL,
                                 0, &error));
  model = sl_window_get_model (window);
  g_assert_cmpuint (sl_model_find_source (model, "Yonhap News Agency"), !=, SL_NONE);
  /* the old name is still known as another way of writing it */
  g_assert_cmpuint (sl_model_find_source (model, "Yonhap"), !=, SL_NONE);

  n_events = sl_model_n_events (model);
  g_assert_true (sl_window_edit (window, SL_EDIT_MANUAL_EVENT, SL_NONE, "Panel mandate expires",
                                 "2024-04-30", SL_MOD_NONE, &error));
  g_assert_no_error (error);
  model = sl_window_get_model (window);
  g_assert_cmpuint (sl_model_n_events (model), ==, n_events + 1);
  g_assert_cmpuint (sl_timeline_view_get_selected_event (sl_window_get_timeline (window)), ==,
                    n_events);
  g_assert_true (sl_model_event (model, n_events)->flags & SL_EVENT_MANUAL);

  sl_timeline_view_set_selected_event (sl_window_get_timeline (window), veto);
  g_assert_true (sl_window_edit (window, SL_EDIT_EVENT_DELETED, veto, NULL, NULL, 1, &error));
  g_assert_true (sl_model_event (sl_window_get_model (window), veto)->flags & SL_EVENT_DELETED);
  /* deleted events leave the timeline: nothing is selected any more */
  g_assert_cmpuint (sl_timeline_view_get_selected_event (sl_window_get_timeline (window)), ==,
                    SL_NONE);

  /* undone in reverse, one at a time: each reloads from the file */
  g_assert_true (sl_window_undo (window, &error));
  gui_spin_until_loaded (window);
  g_assert_false (sl_model_event (sl_window_get_model (window), veto)->flags & SL_EVENT_DELETED);
  /* what came back is selected, where the user can see it */
  g_assert_cmpuint (sl_timeline_view_get_selected_event (sl_window_get_timeline (window)), ==, veto);
  g_assert_true (sl_window_undo (window, &error));
  gui_spin_until_loaded (window);
  g_assert_cmpuint (sl_model_n_events (sl_window_get_model (window)), ==, n_events);

  /* a hidden event is brought back from the list of hidden ones */
  g_assert_true (sl_window_edit (window, SL_EDIT_EVENT_HIDDEN, veto, NULL, NULL, 1, &error));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-hidden", NULL));
  {
    AdwMessageDialog *dialog = find_message_dialog (window);
    GtkWidget *show;

    g_assert_nonnull (dialog);
    gui_spin_until_drawn (GTK_WIDGET (dialog));
    show = find_button_labelled (GTK_WIDGET (dialog), "_Show");
    g_assert_nonnull (show);
    g_signal_emit_by_name (show, "clicked");
    gui_spin_briefly ();
  }
  g_assert_false (sl_model_event (sl_window_get_model (window), veto)->flags & SL_EVENT_HIDDEN);

  /* two sources merged */
  model = sl_window_get_model (window);
  g_assert_true (sl_window_edit (window, SL_EDIT_SOURCE_MERGE, yonhap, NULL, NULL, reuters, &error));
  g_assert_no_error (error);
  model = sl_window_get_model (window);
  g_assert_cmpuint (sl_model_source (model, yonhap)->merged_into, !=, SL_NONE);
  g_assert_cmpuint (sl_graph_view_get_selected_source (sl_window_get_graph (window)), ==, reuters);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* chattr ±i; FALSE when that cannot be done here. */
static gboolean
set_immutable (const char *path, gboolean on)
{
  const char *argv[] = { "chattr", on ? "+i" : "-i", path, NULL };
  int status = -1;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL
                     | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, NULL))
    return FALSE;
  return g_spawn_check_wait_status (status, NULL) && (!on || access (path, W_OK) != 0);
}

/* A read-only file opens, says so, and refuses edits; a copy can be changed. */
static void
test_read_only_project (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 820);
  g_autofree char *project = tmp_path ("locked.sourceline");
  g_autofree char *copy = tmp_path ("unlocked.sourceline");
  g_autoptr (GError) error = NULL;
  const char *paths[] = { project };
  guint32 veto;

  g_assert_true (sl_window_save_as (window, project, &error));
  gui_spin_until_loaded (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_cmpint (g_chmod (project, 0444), ==, 0);
  /* root may write whatever the mode says; an immutable file it may not */
  if (access (project, W_OK) == 0 && !set_immutable (project, TRUE))
    {
      g_chmod (project, 0644);
      g_test_skip ("running as root where files cannot be made immutable");
      return;
    }

  window = gui_new_window (app, 1280, 820);
  sl_window_open_paths (window, paths, 1);
  gui_spin_until_loaded (window);
  g_assert_true (sl_window_get_read_only (window));
  veto = find_event_labelled (sl_window_get_model (window), "veto");
  g_assert_false (sl_window_edit (window, SL_EDIT_EVENT_HIDDEN, veto, NULL, NULL, 1, &error));
  g_assert_error (error, SL_STORE_ERROR, SL_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  /* the banner says so, and the detail pane's edit buttons are off */
  sl_timeline_view_set_selected_event (sl_window_get_timeline (window), veto);
  gui_spin_briefly ();
  g_assert_nonnull (find_action_button (GTK_WIDGET (window), "win.edit-date"));
  g_assert_false (gtk_widget_is_sensitive (find_action_button (GTK_WIDGET (window), "win.edit-date")));
  g_assert_false (gtk_widget_is_sensitive (find_action_button (GTK_WIDGET (window), "win.import")));

  g_assert_true (sl_window_save_as (window, copy, &error));
  gui_spin_until_loaded (window);
  g_assert_false (sl_window_get_read_only (window));
  g_assert_true (sl_window_edit (window, SL_EDIT_EVENT_HIDDEN, veto, NULL, NULL, 1, &error));
  set_immutable (project, FALSE);
  g_chmod (project, 0644);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* An article whose text names no year: the banner says its relative dates are off the
 * timeline; the analyst sets its publication date, the article is read again against it,
 * and Undo and Redo take the date back and bring it again. */
static const char undated_article[] =
  "Title: Ferry service\n\n"
  "The harbour authority said on Monday that the ferry to the islands would run again.\n\n"
  "The service was halted last year after a storm damaged the pier.\n";

static guint32
doc_titled (SlModel *model, const char *title)
{
  for (guint32 d = 0; d < sl_model_n_docs (model); d++)
    if (g_strcmp0 (sl_model_str (model, sl_model_doc (model, d)->title), title) == 0)
      return d;
  return SL_NONE;
}

static guint
dated_events_of (SlModel *model, guint32 doc)
{
  guint n = 0;

  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    n += sl_model_event (model, e)->doc == doc && sl_model_event (model, e)->start != 0;
  return n;
}

static void
test_publication_date (void)
{
  SlWindow *window = gui_new_window (app, 1280, 820);
  g_autofree char *dir = make_dir ("undated");
  g_autofree char *article = g_build_filename (dir, "ferry.txt", NULL);
  g_autofree char *project = tmp_path ("dated.sourceline");
  g_autoptr (GError) error = NULL;
  const char *paths[] = { dir };
  AdwMessageDialog *dialog;
  GtkWidget *entry;
  SlModel *model;
  guint32 ferry;

  g_assert_true (g_file_set_contents (article, undated_article, -1, NULL));
  copy_sample ("security-council-veto.html", dir, NULL);
  g_assert_true (sl_window_new_project (window, project, &error));
  g_assert_no_error (error);
  /* an empty project has nothing to date: no dialog, a toast points to Import */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.set-publication-date", NULL));
  gui_spin_briefly ();
  g_assert_null (find_message_dialog (window));
  sl_window_import_paths (window, paths, 1);
  gui_spin_until_loaded (window);
  if (sl_window_get_import_dialog (window) != NULL)
    gtk_window_destroy (GTK_WINDOW (sl_window_get_import_dialog (window)));
  gui_spin_briefly ();

  model = sl_window_get_model (window);
  ferry = doc_titled (model, "Ferry service");
  g_assert_cmpuint (ferry, !=, SL_NONE);
  g_assert_cmpint (sl_model_doc (model, ferry)->dct_source, ==, SL_DCT_NONE);
  g_assert_cmpuint (dated_events_of (model, ferry), ==, 0);
  /* the banner names the article and offers to date it */
  g_assert_nonnull (find_action_button (GTK_WIDGET (window), "win.set-publication-date"));

  /* nothing selected and two articles: the undated one is offered first */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.set-publication-date", NULL));
  dialog = find_message_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Publication Date of…");
  respond (dialog, "apply");
  dialog = find_message_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Publication Date");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Ferry service"));
  entry = sl_edit_dialog_get_value_widget (GTK_WINDOW (dialog));
  /* a quarter or a qualifier is no day the article came out */
  gtk_editable_set_text (GTK_EDITABLE (entry), "2024-Q2");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "apply"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "2024-06-12");
  respond (dialog, "apply");
  gui_spin_until_loaded (window);

  model = sl_window_get_model (window);
  ferry = doc_titled (model, "Ferry service");
  g_assert_cmpint (sl_model_doc (model, ferry)->dct_source, ==, SL_DCT_GIVEN);
  g_assert_cmpstr (sl_model_str (model, sl_model_doc (model, ferry)->dct), ==, "2024-06-12");
  /* "on Monday" is the 10th of June; the banner is gone */
  g_assert_cmpuint (dated_events_of (model, ferry), >, 0);
  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    if (sl_model_event (model, e)->doc == ferry && sl_model_event (model, e)->start != 0)
      g_assert_cmpint (sl_model_event (model, e)->start, <=, sl_time_from_ymd (2024, 6, 10));
  g_assert_null (find_action_button (GTK_WIDGET (window), "win.set-publication-date"));
  {
    g_autofree char *undo = sl_window_dup_undo_label (window);

    g_assert_cmpstr (undo, ==, "Publication Date");
  }

  /* Undo: undated again; Redo: dated again */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  gui_spin_until_loaded (window);
  model = sl_window_get_model (window);
  ferry = doc_titled (model, "Ferry service");
  g_assert_cmpint (sl_model_doc (model, ferry)->dct_source, ==, SL_DCT_NONE);
  g_assert_cmpuint (dated_events_of (model, ferry), ==, 0);
  g_assert_nonnull (find_action_button (GTK_WIDGET (window), "win.set-publication-date"));
  g_assert_true (sl_window_redo (window, &error));
  g_assert_no_error (error);
  gui_spin_until_loaded (window);
  model = sl_window_get_model (window);
  ferry = doc_titled (model, "Ferry service");
  g_assert_cmpuint (dated_events_of (model, ferry), >, 0);

  /* with one of its events selected, the article's date is asked for at once, as it is */
  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    if (sl_model_event (model, e)->doc == ferry)
      {
        sl_timeline_view_set_selected_event (sl_window_get_timeline (window), e);
        break;
      }
  gui_spin_briefly ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.set-publication-date", NULL));
  dialog = find_message_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Publication Date");
  entry = sl_edit_dialog_get_value_widget (GTK_WINDOW (dialog));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "2024-06-12");
  respond (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
contains (const guint32 *set, guint n, guint32 v)
{
  for (guint i = 0; i < n; i++)
    if (set[i] == v)
      return TRUE;
  return FALSE;
}

/* Whether the event's label or sentence holds the word, as a reader would find it. */
static gboolean
event_mentions (SlModel *model, guint32 e, const char *word)
{
  const SlEvent *ev = sl_model_event (model, e);
  gsize len = 0;
  const char *text = sl_model_doc_text (model, ev->doc, &len);
  g_autofree char *sentence = text && ev->sentence_end <= len
                              ? g_strndup (text + ev->sentence_begin,
                                           ev->sentence_end - ev->sentence_begin)
                              : NULL;
  g_autofree char *all = g_strconcat (sl_model_str (model, ev->label), " ",
                                      sentence ? sentence : "", NULL);
  g_autofree char *folded = g_utf8_casefold (all, -1);

  return strstr (folded, word) != NULL;
}

static void
check_veto_search (SlWindow *window)
{
  SlModel *model = sl_window_get_model (window);
  const guint32 *lit;
  guint n_lit, n_src;
  const guint32 *src;
  guint32 veto = find_event_labelled (model, "veto");
  g_autoptr (GArray) behind = g_array_new (FALSE, FALSE, sizeof (guint32));

  /* the matching events are emphasised; every other event fades */
  lit = sl_timeline_view_get_highlight (sl_window_get_timeline (window), &n_lit);
  g_assert_cmpuint (n_lit, >=, 1);
  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    g_assert_cmpint (contains (lit, n_lit, e), ==, event_mentions (model, e, "veto"));
  /* the veto's sources stay lit in the graph, and not every source does */
  src = sl_graph_view_get_highlight (sl_window_get_graph (window), &n_src);
  sl_model_event_sources (model, veto, behind);
  g_assert_cmpuint (behind->len, >=, 1);
  for (guint i = 0; i < behind->len; i++)
    g_assert_true (contains (src, n_src, g_array_index (behind, guint32, i)));
  g_assert_cmpuint (n_src, <, sl_model_n_sources (model));
  /* nothing is selected: the detail pane describes the first match */
  g_assert_cmpuint (sl_timeline_view_get_selected_event (sl_window_get_timeline (window)), ==, SL_NONE);
  g_assert_nonnull (detail_heading (window));
}

static void
test_search_fades (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 820);
  g_autofree char *project = tmp_path ("searched.sourceline");
  SlTimelineView *timeline = sl_window_get_timeline (window);
  GtkWidget *entry;
  const guint32 *lit;
  guint n_lit;

  /* typed into the search entry (Ctrl+F opens it): filtered as typed */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  entry = gtk_window_get_focus (GTK_WINDOW (window));
  while (entry != NULL && !GTK_IS_SEARCH_ENTRY (entry))
    entry = gtk_widget_get_parent (entry);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "veto");
  /* the entry reports a change once typing pauses */
  while (sl_timeline_view_get_highlight (timeline, NULL) == NULL)
    g_main_context_iteration (NULL, TRUE);
  check_veto_search (window);

  /* nothing found: everything fades */
  sl_window_search (window, "zqxwv");
  lit = sl_timeline_view_get_highlight (timeline, &n_lit);
  g_assert_cmpuint (n_lit, ==, 1);
  g_assert_cmpuint (lit[0], ==, SL_NONE);

  /* Escape closes the bar and the fading with it */
  sl_window_search (window, "veto");
  g_signal_emit_by_name (entry, "stop-search");
  gui_spin_briefly ();
  g_assert_null (sl_timeline_view_get_highlight (timeline, &n_lit));
  g_assert_null (sl_graph_view_get_highlight (sl_window_get_graph (window), &n_lit));

  /* in a project, the full-text index finds the same */
  g_assert_true (sl_window_save_as (window, project, NULL));
  gui_spin_until_loaded (window);
  sl_window_search (window, "veto");
  check_veto_search (window);
  /* an event renamed since the index was written is found by its new name */
  {
    SlModel *model = sl_window_get_model (window);
    guint32 summit = find_event_labelled (model, "summit");

    g_assert_true (sl_window_edit (window, SL_EDIT_EVENT_LABEL, summit, "Kim and Putin meet at Vostochny",
                                   NULL, 0, NULL));
    sl_window_search (window, "vostochny");
    lit = sl_timeline_view_get_highlight (timeline, &n_lit);
    g_assert_cmpuint (n_lit, ==, 1);
    g_assert_cmpuint (lit[0], ==, summit);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether the settings schema is there to remember the window by; skips the test if not. */
static gboolean
have_settings_schema (void)
{
  g_autoptr (GSettingsSchema) schema = NULL;

  if (g_settings_schema_source_get_default () != NULL)
    schema = g_settings_schema_source_lookup (g_settings_schema_source_get_default (),
                                              "org.sourceline.Sourceline", TRUE);
  if (schema == NULL)
    g_test_skip ("the settings schema is not installed (GSETTINGS_SCHEMA_DIR)");
  return schema != NULL;
}

/* Window size, panes and lanes come back in the next window. */
static void
test_settings_remembered (void)
{
  SlWindow *window;
  int width, height;

  if (!have_settings_schema ())
    return;

  window = gui_open_sample_window (app, 1280, 820);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.lane-mode", "s", "category"));
  /* the detail pane hidden: the graph alone below the timeline */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-detail-pane", NULL));
  gui_spin_briefly ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (sl_window_get_graph (window))));
  g_assert_null (find_label_text (GTK_WIDGET (window), "Nothing Selected"));
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 700);
  gtk_window_close (GTK_WINDOW (window));
  gui_spin_briefly ();

  window = sl_window_new (app);
  g_assert_cmpint (sl_timeline_view_get_lane_mode (sl_window_get_timeline (window)), ==,
                   SL_LANE_BY_CATEGORY);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1100);
  g_assert_cmpint (height, ==, 700);
  {
    gboolean detail = TRUE;

    g_object_get (window, "show-detail-pane", &detail, NULL);
    g_assert_false (detail);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-detail-pane", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.lane-mode", "s", "source"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A size remembered from a bigger screen (or the default on a small one) opens the window
 * within the screen it is on, not cut off at its edges. */
static void
test_window_fits_screen (void)
{
  g_autoptr (GSettings) settings = NULL;
  g_autoptr (GdkMonitor) monitor = NULL;
  GListModel *monitors;
  GdkRectangle screen;
  SlWindow *window;
  int width, height;

  if (!have_settings_schema ())
    return;
  monitors = gdk_display_get_monitors (gdk_display_get_default ());
  g_assert_cmpuint (g_list_model_get_n_items (monitors), ==, 1);
  monitor = g_list_model_get_item (monitors, 0);
  gdk_monitor_get_geometry (monitor, &screen);

  settings = g_settings_new ("org.sourceline.Sourceline");
  g_settings_set_int (settings, "window-width", screen.width + 900);
  g_settings_set_int (settings, "window-height", screen.height + 700);
  window = sl_window_new (app);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, <=, screen.width);
  g_assert_cmpint (height, <=, screen.height);
  g_assert_cmpint (width, >=, screen.width * 3 / 4);
  gtk_window_destroy (GTK_WINDOW (window));

  /* a size that fits is kept as it was left */
  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 600);
  window = sl_window_new (app);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 600);
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

/* Nothing open: the welcome page offers the sample and import; an empty project says so. */
static void
test_welcome_page (void)
{
  SlWindow *window = gui_new_window (app, 1280, 820);
  g_autofree char *project = tmp_path ("empty.sourceline");
  GtkLabel *title;

  gui_spin_until_drawn (GTK_WIDGET (window));
  g_assert_null (sl_window_get_model (window));
  title = find_label_text (GTK_WIDGET (window), "Welcome to Sourceline");
  g_assert_nonnull (title);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (sl_window_get_timeline (window))));
  /* importing is offered */
  g_assert_nonnull (find_action_button (GTK_WIDGET (window), "win.import"));
  g_assert_true (gtk_widget_is_sensitive (find_action_button (GTK_WIDGET (window), "win.import")));

  g_assert_true (sl_window_new_project (window, project, NULL));
  gui_spin_briefly ();
  g_assert_null (find_label_text (GTK_WIDGET (window), "Welcome to Sourceline"));
  g_assert_nonnull (find_label_text (GTK_WIDGET (window), "“empty” Is Empty"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "empty — Sourceline");
  /* the project is listed among the recent ones in the next window's welcome */
  {
    SlWindow *other = gui_new_window (app, 1280, 820);

    gui_spin_until_drawn (GTK_WIDGET (other));
    while (find_label_text (GTK_WIDGET (other), "empty") == NULL)
      g_main_context_iteration (NULL, TRUE);
    gtk_window_destroy (GTK_WINDOW (other));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Pasted text becomes an article; pasting it again is recognised. */
static void
test_paste_text (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 820);
  guint before = sl_model_n_docs (sl_window_get_model (window));
  const char *text = "Title: Ministers meet in Geneva\n\nForeign ministers met in Geneva on "
                     "12 June 2024 to discuss the sanctions panel, officials said.\n";

  sl_window_import_text (window, text);
  gui_spin_until_loaded (window);
  g_assert_cmpuint (sl_model_n_docs (sl_window_get_model (window)), ==, before + 1);
  g_assert_cmpuint (find_event_labelled (sl_window_get_model (window), "geneva"), !=, SL_NONE);
  sl_window_import_text (window, text);
  gui_spin_until_loaded (window);
  g_assert_cmpuint (sl_model_n_docs (sl_window_get_model (window)), ==, before + 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Files dropped on the window: articles are imported, a project opens. */
static void
test_drop_files (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 820);
  g_autofree char *dir = make_dir ("dropped");
  g_autofree char *article = g_build_filename (dir, "geneva.txt", NULL);
  g_autofree char *project = tmp_path ("dropped.sourceline");
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  GtkDropTarget *target = NULL;
  guint before = sl_model_n_docs (sl_window_get_model (window));
  gboolean accepted = FALSE;

  g_assert_true (g_file_set_contents (article, "Title: Geneva talks\nDate: 2024-06-12\n\n"
                                      "Foreign ministers met in Geneva on Wednesday to discuss "
                                      "the sanctions panel, officials said.\n", -1, NULL));
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr (GtkEventController) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (c))
        target = GTK_DROP_TARGET (c);
    }
  g_assert_nonnull (target);

  /* an article dropped is imported into what is shown */
  {
    g_auto (GValue) value = G_VALUE_INIT;
    g_autoptr (GFile) file = g_file_new_for_path (article);
    GSList *list = g_slist_prepend (NULL, file);

    g_value_init (&value, GDK_TYPE_FILE_LIST);
    g_value_take_boxed (&value, gdk_file_list_new_from_list (list));
    g_slist_free (list);
    g_signal_emit_by_name (target, "drop", &value, 100.0, 100.0, &accepted);
  }
  g_assert_true (accepted);
  gui_spin_until_loaded (window);
  g_assert_cmpuint (sl_model_n_docs (sl_window_get_model (window)), ==, before + 1);

  /* a project dropped opens in its place */
  g_assert_true (sl_window_save_as (window, project, NULL));
  gui_spin_until_loaded (window);
  sl_window_open_sample (window);
  gui_spin_until_loaded (window);
  g_assert_null (sl_window_get_project_path (window));
  {
    g_auto (GValue) value = G_VALUE_INIT;
    g_autoptr (GFile) file = g_file_new_for_path (project);
    GSList *list = g_slist_prepend (NULL, file);

    g_value_init (&value, GDK_TYPE_FILE_LIST);
    g_value_take_boxed (&value, gdk_file_list_new_from_list (list));
    g_slist_free (list);
    g_signal_emit_by_name (target, "drop", &value, 100.0, 100.0, &accepted);
  }
  gui_spin_until_loaded (window);
  g_assert_cmpstr (sl_window_get_project_path (window), ==, project);
  g_assert_cmpuint (sl_model_n_docs (sl_window_get_model (window)), ==, before + 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ctrl+V: copied files are imported, copied text becomes an article. */
static void
test_paste_clipboard (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 820);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  g_autofree char *dir = make_dir ("copied");
  g_autofree char *article = g_build_filename (dir, "monitors.txt", NULL);
  guint before = sl_model_n_docs (sl_window_get_model (window));

  gdk_clipboard_set_text (clipboard, "Title: Envoys meet\n\nEnvoys of eleven countries met in "
                                     "Seoul on 16 October 2024 to launch a sanctions monitoring "
                                     "team, the foreign ministry said.\n");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.paste", NULL));
  /* the clipboard is read asynchronously, then the text on a worker */
  while (!sl_window_get_loading (window)
         && sl_model_n_docs (sl_window_get_model (window)) == before)
    g_main_context_iteration (NULL, TRUE);
  gui_spin_until_loaded (window);
  g_assert_cmpuint (sl_model_n_docs (sl_window_get_model (window)), ==, before + 1);

  g_assert_true (g_file_set_contents (article, "Title: Monitors\nDate: 2024-10-16\n\n"
                                      "Eleven countries launched a team on Wednesday to monitor "
                                      "sanctions, officials said.\n", -1, NULL));
  {
    g_autoptr (GFile) file = g_file_new_for_path (article);
    GSList *list = g_slist_prepend (NULL, file);
    GdkFileList *files = gdk_file_list_new_from_list (list);

    g_slist_free (list);
    gdk_clipboard_set (clipboard, GDK_TYPE_FILE_LIST, files);
    g_boxed_free (GDK_TYPE_FILE_LIST, files);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.paste", NULL));
  while (!sl_window_get_loading (window)
         && sl_model_n_docs (sl_window_get_model (window)) == before + 1)
    g_main_context_iteration (NULL, TRUE);
  gui_spin_until_loaded (window);
  g_assert_cmpuint (sl_model_n_docs (sl_window_get_model (window)), ==, before + 2);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* What cannot be opened or saved is said, and what was shown stays. */
static void
test_errors_keep_view (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 820);
  SlModel *before = sl_window_get_model (window);
  g_autofree char *bad = tmp_path ("not-a-project.sourceline");
  g_autofree char *missing_dir = tmp_path ("no-such-folder/x.sourceline");
  g_autoptr (GError) error = NULL;
  const char *paths[] = { bad };

  g_assert_true (g_file_set_contents (bad, "these are not the bytes of a project", -1, NULL));
  sl_window_open_paths (window, paths, 1);
  gui_spin_until_loaded (window);
  g_assert_true (sl_window_get_model (window) == before);
  g_assert_null (sl_window_get_project_path (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Sample Articles — Sourceline");

  g_assert_false (sl_window_save_as (window, missing_dir, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (missing_dir, G_FILE_TEST_EXISTS));
  g_assert_true (sl_window_get_model (window) == before);
  g_clear_error (&error);

  /* several files that cannot be read: counted in a toast whose button lists each */
  {
    g_autofree char *dir = make_dir ("unreadable");
    g_autofree char *a = g_build_filename (dir, "a.txt", NULL);
    g_autofree char *b = g_build_filename (dir, "b.html", NULL);
    const char *three[] = { a, b, NULL };
    SlImportDialog *report;

    copy_sample ("oil-transfers.txt", dir, "good.txt");
    three[2] = g_build_filename (dir, "good.txt", NULL);
    g_assert_true (g_file_set_contents (a, "", 0, NULL));
    g_assert_true (g_file_set_contents (b, "\x89PNG\r\n\x1a\n\x01\x02\x03", 11, NULL));
    sl_window_open_paths (window, three, 3);
    gui_spin_until_loaded (window);
    g_free ((char *) three[2]);
    g_assert_cmpuint (sl_model_n_docs (sl_window_get_model (window)), ==, 1);
    report = SL_IMPORT_DIALOG (sl_window_get_import_dialog (window));
    g_assert_nonnull (report);
    g_assert_false (gtk_widget_get_visible (GTK_WIDGET (report)));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-import-report", NULL));
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (report)));
    g_assert_cmpuint (sl_import_dialog_count (report, SL_IMPORT_FAILED), ==, 2);
    gtk_window_close (GTK_WINDOW (report));
    before = sl_window_get_model (window);
  }

  /* undo with nothing to undo, in no project: refused, not a crash */
  g_assert_false (sl_window_undo (window, &error));
  g_assert_nonnull (error);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Screenshots of the end-to-end run: kept in the build folder as the test's artifacts. */
static char *shots_dir;

static void
screenshot (SlWindow *window, const char *name)
{
  GtkWidget *widget = GTK_WIDGET (window);
  g_autoptr (GdkPaintable) paintable = NULL;
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *path = g_build_filename (shots_dir, file, NULL);
  int width, height;

  gui_spin_until_drawn (widget);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

static void
write_article (const char *dir, const char *name, const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

static void
test_end_to_end (void)
{
  SlWindow *window = gui_open_sample_window (app, 1280, 820);
  g_autofree char *dir = make_dir ("e2e-articles");
  g_autofree char *project = tmp_path ("e2e.sourceline");
  g_autofree char *png = tmp_path ("e2e-export.png");
  g_autoptr (GError) error = NULL;
  const char *paths[] = { dir };
  guint n_sample = sl_model_n_docs (sl_window_get_model (window));
  SlModel *model;
  guint32 veto, hidden;
  const guint32 *lit;
  guint n_lit;
  GtkWidget *entry;
  g_autoptr (GArray) behind = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autofree char *renamed = NULL;

  screenshot (window, "1-sample");

  /* import a folder of two articles into what is shown */
  write_article (dir, "panel-ends.txt",
                 "Title: UN sanctions monitors stop work\nDate: 2024-04-30\nSource: Harbor Ledger\n\n"
                 "The UN panel of experts monitoring sanctions on North Korea ended its work on "
                 "Tuesday after Russia's veto last month, diplomats said.\n");
  write_article (dir, "new-monitors.txt",
                 "Title: Eleven countries launch a sanctions monitoring team\nDate: 2024-10-16\n"
                 "Source: Harbor Ledger\n\nEleven countries including South Korea, Japan and the "
                 "United States launched a team on Wednesday to monitor sanctions on North Korea, "
                 "the foreign ministry in Seoul said.\n");
  sl_window_import_paths (window, paths, 1);
  gui_spin_until_loaded (window);
  g_assert_cmpuint (sl_model_n_docs (sl_window_get_model (window)), ==, n_sample + 2);
  /* a clean import needs no report: the dialog closed and the toast said it */
  g_assert_true (sl_window_get_import_dialog (window) == NULL
                 || !gtk_widget_get_visible (GTK_WIDGET (sl_window_get_import_dialog (window))));
  screenshot (window, "2-imported");

  /* Ctrl+F, type "veto": everything else fades */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  entry = gtk_window_get_focus (GTK_WINDOW (window));
  while (entry != NULL && !GTK_IS_SEARCH_ENTRY (entry))
    entry = gtk_widget_get_parent (entry);
  g_assert_nonnull (entry);
  sl_window_search (window, "veto");
  model = sl_window_get_model (window);
  lit = sl_timeline_view_get_highlight (sl_window_get_timeline (window), &n_lit);
  g_assert_cmpuint (n_lit, >=, 2); /* the sample's veto, and the imported article's */
  g_assert_cmpuint (n_lit, <, sl_model_n_events (model));
  screenshot (window, "3-search-veto");

  /* Enter selects the first match: the veto; its sources light up in the graph */
  g_signal_emit_by_name (entry, "activate");
  veto = sl_timeline_view_get_selected_event (sl_window_get_timeline (window));
  g_assert_cmpuint (veto, !=, SL_NONE);
  g_assert_true (event_mentions (model, veto, "veto"));
  sl_model_event_sources (model, veto, behind);
  lit = sl_graph_view_get_highlight (sl_window_get_graph (window), &n_lit);
  g_assert_cmpuint (n_lit, >=, 1);
  for (guint i = 0; i < behind->len; i++)
    g_assert_true (contains (lit, n_lit, g_array_index (behind, guint32, i)));
  screenshot (window, "4-veto-selected");

  /* export PNG */
  g_assert_true (sl_window_export_to_path (window, png, &error));
  g_assert_no_error (error);
  {
    g_autoptr (GdkTexture) image = gdk_texture_new_from_filename (png, &error);

    g_assert_no_error (error);
    g_assert_cmpint (gdk_texture_get_width (image), >=, 400);
  }

  /* edits: the first asks for a project; saved, it goes on */
  g_assert_true (sl_window_save_as (window, project, &error));
  g_assert_no_error (error);
  gui_spin_until_loaded (window);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "e2e — Sourceline");
  g_assert_cmpuint (count_documents (project), ==, n_sample + 2);
  g_assert_cmpuint (sl_timeline_view_get_selected_event (sl_window_get_timeline (window)), ==, veto);
  rename_through_dialog (window, "Russian veto ends the UN panel");
  model = sl_window_get_model (window);
  hidden = find_event_labelled (model, "monitoring team");
  if (hidden == SL_NONE)
    hidden = find_event_labelled (model, "launch");
  g_assert_cmpuint (hidden, !=, SL_NONE);
  sl_timeline_view_set_selected_event (sl_window_get_timeline (window), hidden);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.hide-event", NULL));
  g_assert_true (sl_model_event (sl_window_get_model (window), hidden)->flags & SL_EVENT_HIDDEN);
  screenshot (window, "5-edited");

  /* undo the hiding */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  gui_spin_until_loaded (window);
  model = sl_window_get_model (window);
  g_assert_false (sl_model_event (model, hidden)->flags & SL_EVENT_HIDDEN);
  renamed = g_strdup (sl_model_str (model, sl_model_event (model, veto)->label));
  g_assert_cmpstr (renamed, ==, "Russian veto ends the UN panel");
  screenshot (window, "6-undone");

  /* quit, reopen: the edits as left */
  gtk_window_close (GTK_WINDOW (window));
  gui_spin_briefly ();
  window = gui_new_window (app, 1280, 820);
  {
    const char *again[] = { project };

    sl_window_open_paths (window, again, 1);
  }
  gui_spin_until_loaded (window);
  model = sl_window_get_model (window);
  g_assert_cmpuint (sl_model_n_docs (model), ==, n_sample + 2);
  g_assert_cmpstr (sl_model_str (model, sl_model_event (model, veto)->label), ==, renamed);
  g_assert_false (sl_model_event (model, hidden)->flags & SL_EVENT_HIDDEN);
  sl_timeline_view_set_selected_event (sl_window_get_timeline (window), veto);
  g_assert_cmpstr (detail_heading (window), ==, renamed);
  screenshot (window, "7-reopened");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  int ret;
  const char *build_dir = g_getenv ("G_TEST_BUILDDIR");

  g_test_init (&argc, &argv, NULL);
  tmp_dir = gui_make_tmp_dir ("sourceline-project-XXXXXX");
  /* the build's compiled schema, so the window can remember (in memory) what it saves */
  g_setenv ("GSETTINGS_SCHEMA_DIR", SL_TEST_SCHEMA_DIR, FALSE);
  shots_dir = g_build_filename (build_dir ? build_dir : tmp_dir, "gui-project-shots", NULL);
  g_mkdir_with_parents (shots_dir, 0755);
  if (!gui_init_display (FALSE))
    return 77;

  app = GTK_APPLICATION (gui_register_app ());

  g_test_add_func ("/gui/project/import-folder-into-new-project", test_import_folder_into_new_project);
  g_test_add_func ("/gui/project/import-report-says-date-order", test_import_report_says_date_order);
  g_test_add_func ("/gui/project/import-cancel", test_import_cancel);
  g_test_add_func ("/gui/project/import-after-added-event", test_import_after_added_event);
  g_test_add_func ("/gui/project/rename-undo-persists", test_rename_undo_persists);
  g_test_add_func ("/gui/project/every-edit", test_every_edit);
  g_test_add_func ("/gui/project/read-only", test_read_only_project);
  g_test_add_func ("/gui/project/publication-date", test_publication_date);
  g_test_add_func ("/gui/project/paste-text", test_paste_text);
  g_test_add_func ("/gui/project/paste-clipboard", test_paste_clipboard);
  g_test_add_func ("/gui/project/drop-files", test_drop_files);
  g_test_add_func ("/gui/project/errors-keep-view", test_errors_keep_view);
  g_test_add_func ("/gui/search/veto-fades-others", test_search_fades);
  g_test_add_func ("/gui/window/welcome-page", test_welcome_page);
  g_test_add_func ("/gui/window/settings-remembered", test_settings_remembered);
  g_test_add_func ("/gui/project/window-fits-screen", test_window_fits_screen);
  g_test_add_func ("/gui/e2e/sample-import-search-export-undo-reopen", test_end_to_end);

  ret = g_test_run ();
  g_object_unref (app);
  gui_remove_tree (tmp_dir);
  g_free (tmp_dir);
  g_free (shots_dir);
  return ret;
}
