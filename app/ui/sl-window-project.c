/* sl-window-project.c: what the window shows and where it is kept — articles opened for a
 * look, a project file (new, opened, saved as, recent), imports into either, paste and
 * drop, and undo/redo, which rebuild the model from the file. Reading always runs on a
 * worker thread into a model of its own; the shown model only changes on the main thread. */
#include "config.h"

#include "sl-window-private.h"

#include <math.h>

#include <string.h>
#include <errno.h>
#include <glib/gstdio.h>

#include "extract/sl-extract.h"
#include "ingest/sl-ingest.h"
#include "project/sl-reextract.h"

#define MAX_RECENT 8
#define PROJECT_SUFFIX ".sourceline"
#define PROJECT_MIME "application/x-sourceline-project"

/* Projects */

SlProject *
sl_project_new (SlProjectStore *store)
{
  SlProject *project = g_atomic_rc_box_new0 (SlProject);

  project->store = store;
  project->path = g_strdup (sl_project_store_get_path (store));
  return project;
}

SlProject *
sl_project_ref (SlProject *project)
{
  return g_atomic_rc_box_acquire (project);
}

static void
project_clear (gpointer data)
{
  SlProject *project = data;

  g_clear_pointer (&project->store, sl_project_store_close);
  g_free (project->path);
}

void
sl_project_unref (SlProject *project)
{
  g_atomic_rc_box_release_full (project, project_clear);
}

static gboolean
is_project_path (const char *path)
{
  return g_str_has_suffix (path, PROJECT_SUFFIX);
}


/* What an unsaved window is called: one article or folder by its name ("oil-transfers.txt");
 * several by no one of them — "avalanche-lyngen.txt and 3 more" named four unrelated
 * articles after the first — but, as GNOME's editors call a new document, "Unsaved Project",
 * with the subtitle counting the articles and saying "not saved". */
static char *
title_for_paths (const char *const *paths, guint n_paths)
{
  if (n_paths == 0)
    return g_strdup (_("Sourceline"));
  if (n_paths == 1)
    return g_path_get_basename (paths[0]);
  return g_strdup (_("Unsaved Project"));
}

static void
set_title (SlWindow *self, const char *title)
{
  g_free (self->title);
  self->title = g_strdup (title);
}

gboolean
sl_window_get_read_only (SlWindow *self)
{
  g_return_val_if_fail (SL_IS_WINDOW (self), FALSE);
  return self->project != NULL && sl_project_store_is_read_only (self->project->store);
}

const char *
sl_window_get_project_path (SlWindow *self)
{
  g_return_val_if_fail (SL_IS_WINDOW (self), NULL);
  return self->project ? self->project->path : NULL;
}

/* A project the main thread may read and write now. */
static SlProjectStore *
idle_store (SlWindow *self)
{
  return self->project != NULL && !self->project->busy ? self->project->store : NULL;
}

/* Reading articles, a project or pasted text: the shown model is about to change. */
gboolean
sl_window_is_busy (SlWindow *self)
{
  return self->loading || self->import_job != NULL || self->pasting;
}

gboolean
sl_window_can_edit (SlWindow *self)
{
  if (sl_window_is_busy (self) || self->model == NULL)
    return FALSE;
  if (self->project == NULL)
    return TRUE; /* asks to save as a project first */
  return !self->project->busy && !sl_project_store_is_read_only (self->project->store);
}

static void update_undo_menu (SlWindow *self);

void
sl_window_update_actions (SlWindow *self)
{
  GtkWidget *w = GTK_WIDGET (self);
  SlProjectStore *store = idle_store (self);
  gboolean busy = sl_window_is_busy (self);
  gboolean read_only = sl_window_get_read_only (self);
  gboolean editable = sl_window_can_edit (self);
  guint32 event = self->model ? self->detail_event : SL_NONE;
  guint32 source = self->model ? self->detail_source : SL_NONE;
  gboolean has_event = event != SL_NONE && event < sl_model_n_events (self->model);
  gboolean has_source = source != SL_NONE && source < sl_model_n_sources (self->model);
  static const char *const event_actions[] = {
    "win.edit-date", "win.rename-event", "win.edit-note", "win.hide-event", "win.delete-event",
  };
  static const char *const source_actions[] = {
    "win.rename-source", "win.merge-source", "win.grade-source",
  };

  if (self->timeline == NULL)
    return; /* during dispose */
  for (guint i = 0; i < G_N_ELEMENTS (event_actions); i++)
    gtk_widget_action_set_enabled (w, event_actions[i], editable && has_event);
  for (guint i = 0; i < G_N_ELEMENTS (source_actions); i++)
    gtk_widget_action_set_enabled (w, source_actions[i], editable && has_source);
  gtk_widget_action_set_enabled (w, "win.merge-source",
                                 editable && has_source && sl_model_n_sources (self->model) > 1);
  gtk_widget_action_set_enabled (w, "win.add-event", editable);
  gtk_widget_action_set_enabled (w, "win.set-publication-date", editable);
  gtk_widget_action_set_enabled (w, "win.show-hidden", editable && self->project != NULL);
  gtk_widget_action_set_enabled (w, "win.undo", store && !busy && !read_only
                                                && sl_project_store_can_undo (store));
  gtk_widget_action_set_enabled (w, "win.redo", store && !busy && !read_only
                                                && sl_project_store_can_redo (store));
  gtk_widget_action_set_enabled (w, "win.save-as", self->model != NULL && !busy
                                                   && (self->project == NULL || store != NULL));
  gtk_widget_action_set_enabled (w, "win.import", !busy && !read_only);
  gtk_widget_action_set_enabled (w, "win.import-folder", !busy && !read_only);
  gtk_widget_action_set_enabled (w, "win.paste", !busy && !read_only);
  update_undo_menu (self);
}

gboolean
sl_window_doc_is_article (SlWindow *self, guint32 doc)
{
  g_return_val_if_fail (SL_IS_WINDOW (self), FALSE);
  return self->model != NULL && doc < sl_model_n_docs (self->model)
         && !sl_project_document_is_analysts (self->model, doc);
}

void
sl_window_update_banner (SlWindow *self)
{
  gboolean read_only = sl_window_get_read_only (self);
  guint undated = 0;
  guint32 first = SL_NONE;

  for (guint32 d = 0; self->model != NULL && d < sl_model_n_docs (self->model); d++)
    {
      const SlDoc *doc = sl_model_doc (self->model, d);

      if (sl_window_doc_is_article (self, d) && doc->dct_date.prec == SL_PREC_NONE
          && undated++ == 0)
        first = d;
    }
  if (read_only)
    {
      g_autofree char *text = g_strdup_printf (_("“%s” is read-only: you can look, search and "
                                                 "export, but not change it."), self->title);

      gtk_label_set_label (self->banner_label, text);
      gtk_button_set_label (self->banner_button, _("_Save a Copy…"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->banner_button), "win.save-as");
    }
  else if (undated > 0)
    {
      /* weekdays and "last year" need the day the article came out to land on the timeline */
      const SlDoc *doc = sl_model_doc (self->model, first);
      const char *title = doc->title ? sl_model_str (self->model, doc->title) : NULL;
      g_autofree char *text = NULL;

      if (undated == 1 && title != NULL && *title != '\0')
        text = g_strdup_printf (_("“%s” has no publication date, so its relative dates are not "
                                  "on the timeline."), title);
      else
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u article has no publication date, so its "
                                             "relative dates are not on the timeline.",
                                             "%u articles have no publication date, so their "
                                             "relative dates are not on the timeline.", undated),
                                undated);
      gtk_label_set_label (self->banner_label, text);
      gtk_button_set_label (self->banner_button, _("_Set Date…"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->banner_button),
                                      "win.set-publication-date");
    }
  gtk_revealer_set_reveal_child (self->banner_revealer, read_only || undated > 0);
}

/* Shows a project (or, with project NULL, unsaved articles) in the window. */
static void
show (SlWindow *self, SlProject *project, SlModel *model, const char *title, gboolean is_sample)
{
  if (project != self->project)
    {
      if (project != NULL)
        sl_project_ref (project);
      g_clear_pointer (&self->project, sl_project_unref);
      self->project = project;
    }
  set_title (self, title);
  g_clear_pointer (&self->save_name, g_free);
  self->is_sample = is_sample;
  sl_window_set_model_internal (self, model);
  sl_window_update_recent (self);
}

static void set_import_dialog (SlWindow *self, SlImportDialog *dialog);

/* Files that could not be read: one is named in a toast with its reason; more are counted,
 * and "Show Details" lists each with its reason. The Project menu's Import Report keeps the
 * list after the toast has gone: the names of the files to fix must not depend on looking at
 * the window in the seconds after opening them. Files read on an assumption (a CSV file's
 * date order) are reported the same way, so the reader can check the guess. */
static void
report_failures (SlWindow *self, GPtrArray *results)
{
  const SlImportResult *first = NULL, *first_noted = NULL;
  g_autofree char *msg = NULL;
  SlImportDialog *report;
  guint failed = 0, noted = 0;

  for (guint i = 0; i < results->len; i++)
    {
      const SlImportResult *r = g_ptr_array_index (results, i);

      if (r->status == SL_IMPORT_FAILED && failed++ == 0)
        first = r;
      if (r->note != NULL && r->status == SL_IMPORT_IMPORTED && noted++ == 0)
        first_noted = r;
    }
  if (failed == 0 && noted == 0)
    {
      /* the report was of the files shown before: it no longer says anything about these */
      set_import_dialog (self, NULL);
      return;
    }
  if (failed == 1)
    {
      g_autofree char *name = g_path_get_basename (first->path);

      msg = g_strdup_printf (_("Could not read “%s”: %s"), name,
                             first->reason ? first->reason : _("unknown error"));
    }
  else if (failed > 1)
    msg = g_strdup_printf (ngettext ("%u file could not be read", "%u files could not be read",
                                     failed),
                           failed);
  else if (noted == 1)
    {
      g_autofree char *name = g_path_get_basename (first_noted->path);

      msg = g_strdup_printf (_("“%s” was read on an assumption"), name);
    }
  else
    msg = g_strdup_printf (ngettext ("%u file was read on an assumption",
                                     "%u files were read on an assumption", noted),
                           noted);
  report = sl_import_dialog_new (GTK_WINDOW (self), NULL);
  for (guint i = 0; i < results->len; i++)
    sl_import_dialog_add_result (report, g_ptr_array_index (results, i));
  sl_import_dialog_finish (report, FALSE, NULL);
  set_import_dialog (self, report);
  sl_window_show_toast (self, msg, _("Show Details"), "win.show-import-report");
}

/* A new load replaces the running one; the old one's results are dropped when it ends. */
static GCancellable *
begin_load (SlWindow *self)
{
  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();
  self->load_progress = NULL;
  return self->load_cancellable;
}

static gboolean
is_current_load (SlWindow *self, GCancellable *cancellable)
{
  return cancellable != NULL && cancellable == self->load_cancellable
         && !g_cancellable_is_cancelled (cancellable);
}

static void
end_load (SlWindow *self)
{
  g_clear_object (&self->load_cancellable);
  sl_window_stop_progress (self);
  sl_window_update_actions (self);
}

/* Articles opened for a look: read by an import job into a new model */

typedef struct
{
  SlWindow     *self;     /* owned */
  SlImportJob  *job;
  GCancellable *cancellable;
  char         *title;     /* NULL: named after the paths that could be read */
  GStrv         paths;
  gboolean      is_sample;
} ArticlesLoad;

static void
articles_load_free (ArticlesLoad *load)
{
  g_object_unref (load->self);
  sl_import_job_free (load->job);
  g_object_unref (load->cancellable);
  g_free (load->title);
  g_strfreev (load->paths);
  g_free (load);
}

/* The name Save As proposes for articles opened by name: an opened folder's name, one
 * article's name without its extension, or the folder the articles share ("samples" for
 * the files of data/samples); not the window's "oil-transfers.txt and 2 more", which made
 * the project file "oil-transfers.txt and 2 more.sourceline". */
static char *
project_name_for_paths (const char *const *paths, guint n_paths)
{
  g_autofree char *first = NULL;
  char *name, *dot;

  if (n_paths == 0)
    return NULL;
  first = g_canonicalize_filename (paths[0], NULL);
  if (n_paths > 1)
    {
      g_autofree char *folder = g_path_get_dirname (first);
      gboolean shared = TRUE;

      for (guint i = 1; i < n_paths && shared; i++)
        {
          g_autofree char *path = g_canonicalize_filename (paths[i], NULL);
          g_autofree char *dir = g_path_get_dirname (path);

          shared = g_str_equal (dir, folder);
        }
      if (shared && !g_str_equal (folder, "/"))
        return g_path_get_basename (folder);
    }
  name = g_path_get_basename (first);
  /* "seoul-estimate.txt" is "seoul-estimate"; a folder, or ".notes", keeps its whole name */
  dot = strrchr (name, '.');
  if (dot != NULL && dot != name && !g_file_test (first, G_FILE_TEST_IS_DIR))
    *dot = '\0';
  return name;
}

/* The paths given that were read: one given by name that could not be read ("bad.csv") is
 * not among them, though a folder with a bad file in it still is; all of them when none
 * was read. */
static GPtrArray *
shown_paths (ArticlesLoad *load)
{
  GPtrArray *results = sl_import_job_get_results (load->job);
  GPtrArray *shown = g_ptr_array_new ();

  for (guint i = 0; load->paths[i] != NULL; i++)
    {
      gboolean failed = FALSE;

      for (guint j = 0; j < results->len && !failed; j++)
        {
          const SlImportResult *r = g_ptr_array_index (results, j);

          failed = r->status == SL_IMPORT_FAILED && g_strcmp0 (r->path, load->paths[i]) == 0;
        }
      if (!failed)
        g_ptr_array_add (shown, load->paths[i]);
    }
  if (shown->len == 0)
    for (guint i = 0; load->paths[i] != NULL; i++)
      g_ptr_array_add (shown, load->paths[i]);
  return shown;
}

static void
articles_progress_cb (guint done, guint total, const SlImportResult *result, gpointer data)
{
  ArticlesLoad *load = data;
  SlWindow *self = load->self;

  if (!is_current_load (self, load->cancellable) || total == 0)
    return;
  gtk_progress_bar_set_fraction (self->progress_bar, (double) done / total);
  {
    g_autofree char *text = g_strdup_printf (_("Reading %u of %u…"), MIN (done + 1, total), total);

    adw_window_title_set_subtitle (self->window_title, text);
  }
}

static void
articles_done_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  ArticlesLoad *load = data;
  SlWindow *self = load->self;
  g_autoptr (SlModel) model = NULL;
  g_autoptr (GError) error = NULL;

  model = sl_import_job_run_finish (load->job, result, &error);
  if (!is_current_load (self, load->cancellable))
    {
      articles_load_free (load);
      return;
    }
  end_load (self);
  if (model == NULL)
    sl_window_show_error (self, _("Could not read the articles"), error);
  else
    {
      report_failures (self, sl_import_job_get_results (load->job));
      if (sl_model_n_docs (model) > 0)
        {
          g_autoptr (GPtrArray) shown = load->paths ? shown_paths (load) : g_ptr_array_new ();
          const char *const *paths = (const char *const *) shown->pdata;
          /* the window is named after the files it shows */
          g_autofree char *title = load->title ? g_strdup (load->title)
                                               : title_for_paths (paths, shown->len);

          show (self, NULL, model, title, load->is_sample);
          self->save_name = project_name_for_paths (paths, shown->len);
        }
      else if (sl_import_job_count (load->job, SL_IMPORT_FAILED) == 0)
        sl_window_show_toast (self, load->is_sample ? _("The sample articles are missing")
                                                    : _("No articles found"), NULL, NULL);
    }
  articles_load_free (load);
}

static void
open_articles (SlWindow *self, const char *const *paths, guint n_paths, const char *title,
               gboolean is_sample)
{
  ArticlesLoad *load = g_new0 (ArticlesLoad, 1);

  load->self = g_object_ref (self);
  load->job = sl_import_job_new (paths, n_paths);
  load->cancellable = g_object_ref (begin_load (self));
  load->title = g_strdup (title);
  if (title == NULL)
    {
      load->paths = g_new0 (char *, n_paths + 1);
      for (guint i = 0; i < n_paths; i++)
        load->paths[i] = g_strdup (paths[i]);
    }
  load->is_sample = is_sample;
  sl_window_start_progress (self, _("Reading…"));
  sl_window_update_actions (self);
  sl_import_job_run_async (load->job, load->cancellable, articles_progress_cb, load,
                           articles_done_cb, load);
}

/* Projects: opened and loaded on a worker */

/* How a project is read. A publication date changes what the articles say, so they are
 * read again; if that fails, the edit (or the undo) that asked for it is taken back, so the
 * edits say what the stored results are. */
typedef enum
{
  LOAD_READ,              /* the stored results, as they are */
  LOAD_REEXTRACT_OR_UNDO, /* the articles read again, or the edit taken back */
  LOAD_REEXTRACT_OR_REDO, /* the articles read again, or the undo taken back */
} LoadKind;

typedef struct
{
  SlWindow    *self;       /* owned */
  char        *path;
  SlProject   *project;    /* set before (a reload) or by the worker (an open) */
  gboolean     reload;
  SlModel     *model;
  gint         progress;   /* per-mille, atomic */
  SlViewState *restore;
  LoadKind     kind;
  const char  *done_toast; /* said once it is shown, with Undo (static) */
} ProjectLoad;

static void
project_load_free (ProjectLoad *load)
{
  g_object_unref (load->self);
  g_free (load->path);
  g_clear_pointer (&load->project, sl_project_unref);
  g_clear_pointer (&load->model, sl_model_unref);
  g_clear_pointer (&load->restore, sl_view_state_free);
  g_free (load);
}

static void
project_progress_cb (double fraction, gpointer data)
{
  ProjectLoad *load = data;

  g_atomic_int_set (&load->progress, (gint) CLAMP (fraction * 1000, 0, 1000));
}

static void
project_load_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  ProjectLoad *load = data;
  GError *error = NULL;

  if (load->project == NULL)
    {
      SlProjectStore *store = sl_project_store_open (load->path, FALSE, &error);

      if (store == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
      load->project = sl_project_new (store);
    }
  load->model = load->kind != LOAD_READ
                ? sl_project_reextract (load->project->store, cancellable, project_progress_cb,
                                        load, &error)
                : sl_project_store_load_model (load->project->store, cancellable,
                                               project_progress_cb, load, &error);
  if (load->model == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void add_recent (SlWindow *self, const char *path);

static void
project_done_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  SlWindow *self = SL_WINDOW (source);
  GTask *task = G_TASK (result);
  ProjectLoad *load = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (task, &error);
  g_autofree char *name = sl_project_name_for_path (load->path);
  g_autofree char *then = NULL;

  if (load->reload && load->project == self->project)
    self->project->busy = FALSE;
  /* the articles could not be read against the changed date: the change is taken back */
  if (!ok && load->project != NULL && load->kind == LOAD_REEXTRACT_OR_UNDO)
    sl_project_store_undo (load->project->store, NULL);
  else if (!ok && load->project != NULL && load->kind == LOAD_REEXTRACT_OR_REDO)
    sl_project_store_redo (load->project->store, NULL);
  if (!is_current_load (self, g_task_get_cancellable (task)))
    {
      sl_window_update_actions (self);
      return;
    }
  end_load (self);
  then = g_steal_pointer (&self->pending_action);
  if (!ok)
    {
      g_autofree char *what = g_strdup_printf (load->kind != LOAD_READ
                                               ? _("Could not read the articles of “%s” again")
                                               : _("Could not open “%s”"), name);

      sl_window_show_error (self, what, error);
      return;
    }

  show (self, load->project, load->model, name, FALSE);
  if (!load->reload)
    add_recent (self, load->path);
  sl_view_state_restore (self, load->restore);
  sl_window_update_actions (self);
  if (sl_project_store_is_read_only (load->project->store) && !load->reload)
    sl_window_show_toast (self, _("Opened read-only: save a copy to make changes"),
                          _("Save a Copy…"), "win.save-as");
  else if (load->done_toast != NULL)
    sl_window_show_toast (self, load->done_toast, _("Undo"), "win.undo");
  /* an edit that asked for the articles to be saved first goes on now */
  if (then != NULL && sl_window_can_edit (self))
    gtk_widget_activate_action (GTK_WIDGET (self), then, NULL);
}

static ProjectLoad *
start_load (SlWindow *self, const char *path, SlProject *reload, SlViewState *restore,
            LoadKind kind)
{
  g_autoptr (GTask) task = NULL;
  ProjectLoad *load = g_new0 (ProjectLoad, 1);
  GCancellable *cancellable = begin_load (self);

  load->self = g_object_ref (self);
  load->path = g_strdup (path);
  load->reload = reload != NULL;
  load->project = reload ? sl_project_ref (reload) : NULL;
  load->restore = restore;
  load->kind = kind;
  if (reload != NULL)
    reload->busy = TRUE;

  task = g_task_new (self, cancellable, project_done_cb, NULL);
  g_task_set_source_tag (task, start_load);
  g_task_set_task_data (task, load, (GDestroyNotify) project_load_free);
  sl_window_start_progress (self, kind != LOAD_READ ? _("Reading the articles again…")
                                  : reload ? NULL : _("Opening…"));
  self->load_progress = &load->progress;
  sl_window_update_actions (self);
  g_task_run_in_thread (task, project_load_thread);
  return load;
}

static void
load_project (SlWindow *self, const char *path, SlProject *reload, SlViewState *restore)
{
  start_load (self, path, reload, restore, LOAD_READ);
}

/* Rebuilds the model from the project file (after undo or redo), keeping the view; with
 * target (an event's or a source's key), that item is selected afterwards. */
void
sl_window_reload_project (SlWindow *self, const char *target)
{
  SlViewState *state;

  g_return_if_fail (self->project != NULL);
  state = sl_view_state_save (self);
  if (target != NULL && (g_str_has_prefix (target, "E:") || g_str_has_prefix (target, "M:")))
    {
      g_free (state->event_key);
      state->event_key = g_strdup (target);
      state->selected = TRUE;
      g_clear_pointer (&state->source_key, g_free);
    }
  else if (target != NULL && g_str_has_prefix (target, "S:"))
    {
      g_free (state->source_key);
      state->source_key = g_strdup (target);
      g_clear_pointer (&state->event_key, g_free);
      state->event = SL_NONE;
      state->selected = TRUE;
    }
  load_project (self, self->project->path, self->project, state);
}

/* Sets the publication date of article doc (a TIMEX3 date) and reads the project's articles
 * again against it, keeping the view; while they are read the window is busy. */
gboolean
sl_window_set_publication_date (SlWindow *self, guint32 doc, const char *value, GError **error)
{
  SlProjectStore *store;
  g_autofree char *key = NULL;
  SlDate date;

  g_return_val_if_fail (SL_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (self->project == NULL || self->model == NULL || !sl_window_can_edit (self))
    {
      g_set_error (error, SL_STORE_ERROR, SL_STORE_ERROR_READ_ONLY,
                   self->project == NULL ? _("Save the articles as a project to change them")
                                         : _("This project cannot be changed now"));
      return FALSE;
    }
  if (doc >= sl_model_n_docs (self->model) || !sl_date_from_value (value, &date)
      || (date.prec != SL_PREC_DAY && date.prec != SL_PREC_MONTH && date.prec != SL_PREC_YEAR))
    {
      g_set_error (error, SL_STORE_ERROR, SL_STORE_ERROR_IO,
                   _("A publication date is a day, a month or a year, such as 2024-06-12"));
      return FALSE;
    }
  store = self->project->store;
  key = sl_project_document_key (self->model, doc);
  if (sl_project_store_add_edit (store, NULL, SL_EDIT_DOC_DCT, key, value, NULL, 0, error) < 0)
    return FALSE;
  start_load (self, self->project->path, self->project, sl_view_state_save (self),
              LOAD_REEXTRACT_OR_UNDO)->done_toast = _("Publication date set");
  return TRUE;
}

/* Opening */

void
sl_window_open_paths (SlWindow *self, const char *const *paths, guint n_paths)
{
  g_autoptr (GPtrArray) articles = g_ptr_array_new ();
  const char *project = NULL;

  g_return_if_fail (SL_IS_WINDOW (self));
  g_return_if_fail (paths != NULL || n_paths == 0);

  for (guint i = 0; i < n_paths; i++)
    {
      if (!is_project_path (paths[i]))
        g_ptr_array_add (articles, (gpointer) paths[i]);
      else if (project == NULL)
        project = paths[i];
      else
        {
          /* one project a window: the others open in windows of their own */
          SlWindow *other = sl_window_new (gtk_window_get_application (GTK_WINDOW (self)));
          const char *one[] = { paths[i] };

          sl_window_open_paths (other, one, 1);
          gtk_window_present (GTK_WINDOW (other));
        }
    }
  if (project != NULL)
    {
      load_project (self, project, NULL, NULL);
      if (articles->len > 0)
        sl_window_show_toast (self, _("Articles opened with a project are not added to it: "
                                      "import them into it instead"), NULL, NULL);
    }
  else if (articles->len > 0)
    open_articles (self, (const char *const *) articles->pdata, articles->len, NULL, FALSE);
}

void
sl_window_open_files (SlWindow *self, GFile **files, guint n_files)
{
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  g_return_if_fail (SL_IS_WINDOW (self));
  for (guint i = 0; i < n_files; i++)
    {
      char *path = g_file_get_path (files[i]);

      if (path != NULL)
        g_ptr_array_add (paths, path);
      else
        {
          g_autofree char *uri = g_file_get_uri (files[i]);
          g_autofree char *msg = g_strdup_printf (_("Could not read “%s”: only local files can "
                                                    "be opened"), uri);
          sl_window_show_toast (self, msg, NULL, NULL);
        }
    }
  if (paths->len > 0)
    sl_window_open_paths (self, (const char *const *) paths->pdata, paths->len);
}

char *
sl_window_find_sample_dir (void)
{
  const char *env = g_getenv ("SL_DATA_DIR");
  const char *bases[] = { SL_DATADIR, SL_SOURCE_DATADIR };

  if (env != NULL && *env != '\0')
    return g_build_filename (env, "samples", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (bases); i++)
    {
      g_autofree char *dir = g_build_filename (bases[i], "samples", NULL);

      if (g_file_test (dir, G_FILE_TEST_IS_DIR))
        return g_steal_pointer (&dir);
    }
  return g_build_filename (SL_DATADIR, "samples", NULL);
}

static int
compare_strings_cb (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

void
sl_window_open_sample (SlWindow *self)
{
  g_autofree char *dir_path = sl_window_find_sample_dir ();
  g_autoptr (GDir) dir = NULL;
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) error = NULL;
  const char *name;

  g_return_if_fail (SL_IS_WINDOW (self));

  dir = g_dir_open (dir_path, 0, &error);
  if (dir == NULL)
    {
      sl_window_show_error (self, _("The sample articles are missing"), error);
      return;
    }
  /* the folder's README describes the articles; it is not one */
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.' && !g_str_has_prefix (name, "README"))
      g_ptr_array_add (paths, g_build_filename (dir_path, name, NULL));
  g_ptr_array_sort (paths, compare_strings_cb);

  open_articles (self, (const char *const *) paths->pdata, paths->len, _("Sample Articles"), TRUE);
}

/* Removes a file SQLite may have left journals beside. */
static gboolean
remove_project_file (const char *path, GError **error)
{
  static const char *const suffixes[] = { "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *side = g_strconcat (path, suffixes[i], NULL);
      g_remove (side);
    }
  if (g_remove (path) != 0 && errno != ENOENT)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), _("Could not replace “%s”: %s"),
                   path, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

gboolean
sl_window_new_project (SlWindow *self, const char *path, GError **error)
{
  g_autoptr (SlProjectStore) store = NULL;
  g_autoptr (SlModel) model = NULL;
  g_autoptr (SlProject) project = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (SL_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* the file chooser asked before overwriting */
  if (!remove_project_file (path, error))
    return FALSE;
  store = sl_project_store_open (path, TRUE, error);
  if (store == NULL)
    return FALSE;
  /* an empty project: nothing to read, and the store learns the model is its own */
  model = sl_project_store_load_model (store, NULL, NULL, NULL, error);
  if (model == NULL)
    return FALSE;
  begin_load (self);
  end_load (self);
  project = sl_project_new (g_steal_pointer (&store));
  name = sl_project_name_for_path (path);
  show (self, project, model, name, FALSE);
  add_recent (self, path);
  return TRUE;
}

/* What is shown, written to a new project at tmp. */
static gboolean
write_new_project (SlWindow *self, const char *tmp, GError **error)
{
  g_autoptr (SlProjectStore) store = sl_project_store_open (tmp, TRUE, error);
  g_autoptr (GArray) pinned = g_array_new (FALSE, FALSE, sizeof (guint32));

  if (store == NULL || !sl_project_store_save_model (store, self->model, error))
    return FALSE;
  /* nodes dragged before there was a project to keep them */
  sl_graph_view_get_pinned (self->graph, pinned);
  for (guint i = 0; i < pinned->len; i++)
    {
      guint32 source = g_array_index (pinned, guint32, i);
      g_autofree char *key = sl_project_source_key (self->model, source);
      double x, y;

      if (sl_graph_view_get_pin (self->graph, source, &x, &y)
          && !sl_project_store_set_graph_pin (store, key, x, y, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
sl_window_save_as (SlWindow *self, const char *path, GError **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp = NULL;
  gboolean ok;

  g_return_val_if_fail (SL_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->model == NULL)
    {
      g_set_error (error, SL_STORE_ERROR, SL_STORE_ERROR_IO, _("Nothing to save yet"));
      return FALSE;
    }
  if (sl_window_is_busy (self) || (self->project && self->project->busy))
    {
      g_set_error (error, SL_STORE_ERROR, SL_STORE_ERROR_LOCKED,
                   _("Wait until the articles are read, then save"));
      return FALSE;
    }
  if (self->project != NULL && g_strcmp0 (self->project->path, path) == 0)
    return TRUE; /* every change is already in it */

  /* written beside the target and renamed over it: a failed save leaves the old file */
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmp = g_strdup_printf ("%s%c.%s.%08x.tmp", dir, G_DIR_SEPARATOR, base, g_random_int ());
  if (self->project != NULL)
    ok = sl_project_store_copy (self->project->path, tmp, error);
  else
    ok = write_new_project (self, tmp, error);
  if (ok)
    ok = remove_project_file (path, error);
  if (ok && g_rename (tmp, path) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), _("Could not save “%s”: %s"),
                   base, g_strerror (saved));
      ok = FALSE;
    }
  if (!ok)
    {
      remove_project_file (tmp, NULL);
      return FALSE;
    }
  /* go on in the new file, where we were */
  load_project (self, path, NULL, sl_view_state_save (self));
  return TRUE;
}

/* Importing into what is shown */

static void
import_progress_cb (guint done, guint total, const SlImportResult *result, gpointer data)
{
  SlImportDialog *dialog = data;

  sl_import_dialog_set_progress (dialog, done, total);
  if (result != NULL)
    sl_import_dialog_add_result (dialog, result);
}

static void
import_cancel_cb (SlImportDialog *dialog, SlWindow *self)
{
  if (self->import_cancellable != NULL)
    g_cancellable_cancel (self->import_cancellable);
}

typedef struct
{
  SlWindow  *self;      /* owned */
  SlProject *project;   /* what the import was started for, NULL for unsaved articles */
  char      *title;     /* for a window that showed nothing */
} ImportRun;

static void
import_run_free (ImportRun *run)
{
  g_object_unref (run->self);
  g_clear_pointer (&run->project, sl_project_unref);
  g_free (run->title);
  g_free (run);
}

/* Adds imported (a worker's model) to what is shown and, for a project, writes it at once.
 * Returns FALSE with error when the project could not take it; nothing is added then. */
static gboolean
merge_imported (SlWindow *self, SlModel *imported, const char *title, GError **error)
{
  g_autoptr (SlViewState) state = NULL;
  SlProjectStore *store = self->project ? self->project->store : NULL;

  if (sl_model_n_docs (imported) == 0)
    return TRUE;
  if (self->model == NULL)
    {
      show (self, NULL, imported, title, FALSE);
      return TRUE;
    }
  /* the window no longer shows only the article, folder or sample it was named after */
  if (self->project == NULL)
    set_title (self, _("Unsaved Project"));
  state = sl_view_state_save (self);
  /* the new articles are what the user wants to see: fit rather than keep the range */
  state->has_range = FALSE;
  sl_model_append (self->model, imported);
  if (store != NULL && !sl_project_store_save_model (store, self->model, error))
    {
      /* the file did not take it: show the file as it is, without the articles */
      sl_window_reload_project (self, NULL);
      return FALSE;
    }
  sl_window_set_model_internal (self, self->model);
  sl_view_state_restore (self, state);
  return TRUE;
}

static void
import_done_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  ImportRun *run = data;
  SlWindow *self = run->self;
  SlImportDialog *dialog = self->import_dialog;
  SlImportJob *job = g_steal_pointer (&self->import_job);
  g_autoptr (SlModel) model = NULL;
  g_autoptr (GError) error = NULL;
  gboolean cancelled = FALSE;
  guint imported = 0, problems = 0;

  model = sl_import_job_run_finish (job, result, &error);
  if (self->timeline == NULL)
    {
      /* the window closed while reading */
      sl_import_job_free (job);
      import_run_free (run);
      return;
    }
  g_clear_object (&self->import_cancellable);
  sl_window_set_loading (self, FALSE);
  if (model == NULL)
    cancelled = TRUE;
  else if (run->project != self->project)
    g_set_error (&error, SL_STORE_ERROR, SL_STORE_ERROR_IO,
                 _("another project was opened while reading"));
  else
    {
      imported = sl_model_n_docs (model);
      merge_imported (self, model, run->title, &error);
    }
  problems = sl_import_job_count (job, SL_IMPORT_FAILED) + sl_import_job_count (job, SL_IMPORT_DUPLICATE);
  /* a file read on an assumption (a CSV's date order) keeps the report open to say which */
  {
    GPtrArray *results = sl_import_job_get_results (job);

    for (guint i = 0; i < results->len; i++)
      {
        const SlImportResult *r = g_ptr_array_index (results, i);

        if (r->note != NULL && r->status == SL_IMPORT_IMPORTED)
          problems++;
      }
  }
  if (dialog != NULL)
    sl_import_dialog_finish (dialog, cancelled, error);
  sl_window_update_title (self);
  sl_window_update_actions (self);

  if (!cancelled && error == NULL)
    {
      g_autofree char *msg = NULL;

      if (self->project != NULL)
        msg = g_strdup_printf (ngettext ("%u article imported and saved",
                                         "%u articles imported and saved", imported), imported);
      else
        msg = g_strdup_printf (ngettext ("%u article imported, not saved yet",
                                         "%u articles imported, not saved yet", imported), imported);
      /* a clean import needs no report to read: the toast says it */
      if (problems == 0 && dialog != NULL)
        gtk_window_close (GTK_WINDOW (dialog));
      if (imported > 0 || problems == 0)
        {
          if (self->project == NULL && imported > 0)
            sl_window_show_toast (self, msg, _("Save As…"), "win.save-as");
          else
            sl_window_show_toast (self, msg, NULL, NULL);
        }
    }
  else if (error != NULL)
    sl_window_show_error (self, _("Could not import"), error);
  sl_import_job_free (job);
  import_run_free (run);
}

void
sl_window_import_paths (SlWindow *self, const char *const *paths, guint n_paths)
{
  ImportRun *run;
  g_autofree char *target = NULL;

  g_return_if_fail (SL_IS_WINDOW (self));
  if (n_paths == 0)
    return;
  if (sl_window_is_busy (self))
    {
      sl_window_show_toast (self, _("Wait until the articles being read are in, then import"),
                            NULL, NULL);
      return;
    }
  if (sl_window_get_read_only (self))
    {
      sl_window_show_toast (self, _("This project is read-only: save a copy to import into it"),
                            _("Save a Copy…"), "win.save-as");
      return;
    }

  run = g_new0 (ImportRun, 1);
  run->self = g_object_ref (self);
  run->project = self->project ? sl_project_ref (self->project) : NULL;
  run->title = title_for_paths (paths, n_paths);

  self->import_job = sl_import_job_new (paths, n_paths);
  if (self->model != NULL)
    sl_import_job_skip_known (self->import_job, self->model);
  self->import_cancellable = g_cancellable_new ();

  target = self->model != NULL ? g_strdup (self->title) : NULL;
  set_import_dialog (self, sl_import_dialog_new (GTK_WINDOW (self), target));
  g_signal_connect_object (self->import_dialog, "cancel", G_CALLBACK (import_cancel_cb), self, 0);
  gtk_window_present (GTK_WINDOW (self->import_dialog));

  sl_window_set_loading (self, TRUE);
  sl_window_update_actions (self);
  sl_import_job_run_async (self->import_job, self->import_cancellable, import_progress_cb,
                           self->import_dialog, import_done_cb, run);
}

/* The report of the latest import (or opening), replacing the one before; NULL for none. */
static void
set_import_dialog (SlWindow *self, SlImportDialog *dialog)
{
  if (self->import_dialog != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->import_dialog),
                                    (gpointer *) &self->import_dialog);
      gtk_window_destroy (GTK_WINDOW (self->import_dialog));
    }
  self->import_dialog = dialog;
  if (dialog != NULL)
    {
      /* closing a finished report hides it, so "Show Details" can bring it back */
      gtk_window_set_hide_on_close (GTK_WINDOW (dialog), TRUE);
      g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->import_dialog);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-import-report", dialog != NULL);
}

static void
show_import_report_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SlWindow *self = SL_WINDOW (widget);

  if (self->import_dialog != NULL)
    gtk_window_present (GTK_WINDOW (self->import_dialog));
}

GtkWindow *
sl_window_get_import_dialog (SlWindow *self)
{
  g_return_val_if_fail (SL_IS_WINDOW (self), NULL);
  return self->import_dialog ? GTK_WINDOW (self->import_dialog) : NULL;
}

/* Pasted text becomes an article of its own */

typedef struct
{
  SlWindow   *self;      /* owned */
  SlProject  *project;
  char       *text;
  GHashTable *known;     /* content hashes already shown */
  gboolean    duplicate;
} PasteRun;

static void
paste_run_free (PasteRun *run)
{
  g_object_unref (run->self);
  g_clear_pointer (&run->project, sl_project_unref);
  g_free (run->text);
  g_hash_table_unref (run->known);
  g_free (run);
}

static void
paste_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  PasteRun *run = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (SlDocument) doc = sl_text_reader_read (NULL, run->text, strlen (run->text), &error);
  g_autoptr (SlExtractor) ex = NULL;
  g_autofree char *hash = NULL;
  SlModel *model;

  if (doc == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  hash = sl_project_content_hash (doc->text, doc->text_len);
  model = sl_model_new ();
  if (g_hash_table_contains (run->known, hash))
    run->duplicate = TRUE;
  else
    {
      guint32 idx;

      if (doc->title == NULL)
        doc->title = g_strdup (_("Pasted text"));
      ex = sl_extractor_new ();
      idx = sl_extractor_add_document (ex, model, doc);
      sl_model_doc_mut (model, idx)->hash = sl_model_intern (model, hash);
    }
  g_task_return_pointer (task, model, (GDestroyNotify) sl_model_unref);
}

static void
paste_done_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  SlWindow *self = SL_WINDOW (source);
  PasteRun *run = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;
  g_autoptr (SlModel) model = g_task_propagate_pointer (G_TASK (result), &error);

  self->pasting = FALSE;
  if (self->timeline == NULL)
    return; /* the window closed meanwhile */
  sl_window_stop_progress (self);
  if (model == NULL)
    sl_window_show_error (self, _("Could not add the pasted text"), error);
  else if (run->duplicate)
    sl_window_show_toast (self, _("The pasted text is already here"), NULL, NULL);
  else if (run->project != self->project)
    sl_window_show_toast (self, _("Another project was opened: the pasted text was not added"),
                          NULL, NULL);
  else if (!merge_imported (self, model, _("Pasted Text"), &error))
    sl_window_show_error (self, _("Could not save the pasted text"), error);
  else
    sl_window_show_toast (self, self->project ? _("Pasted text added as an article and saved")
                                              : _("Pasted text added as an article"),
                          self->project ? NULL : _("Save As…"),
                          self->project ? NULL : "win.save-as");
  sl_window_update_actions (self);
}

void
sl_window_import_text (SlWindow *self, const char *text)
{
  g_autoptr (GTask) task = NULL;
  PasteRun *run;

  g_return_if_fail (SL_IS_WINDOW (self));
  g_return_if_fail (text != NULL);
  if (sl_window_is_busy (self) || sl_window_get_read_only (self))
    {
      sl_window_show_toast (self, sl_window_get_read_only (self)
                                  ? _("This project is read-only: save a copy to add to it")
                                  : _("Wait until the articles being read are in, then paste"),
                            NULL, NULL);
      return;
    }
  run = g_new0 (PasteRun, 1);
  run->self = g_object_ref (self);
  run->project = self->project ? sl_project_ref (self->project) : NULL;
  run->text = g_strdup (text);
  run->known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint32 i = 0; self->model && i < sl_model_n_docs (self->model); i++)
    {
      const char *hash = sl_model_str (self->model, sl_model_doc (self->model, i)->hash);

      if (hash != NULL)
        g_hash_table_add (run->known, g_strdup (hash));
    }
  task = g_task_new (self, NULL, paste_done_cb, NULL);
  g_task_set_task_data (task, run, (GDestroyNotify) paste_run_free);
  self->pasting = TRUE;
  sl_window_start_progress (self, _("Reading the pasted text…"));
  sl_window_update_actions (self);
  g_task_run_in_thread (task, paste_thread);
}

static void
paste_files_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  SlWindow *self = data;
  g_autoptr (GError) error = NULL;
  const GValue *value = gdk_clipboard_read_value_finish (GDK_CLIPBOARD (source), result, &error);
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  if (value != NULL && G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *files = gdk_file_list_get_files (g_value_get_boxed (value));

      for (GSList *l = files; l != NULL; l = l->next)
        {
          char *path = g_file_get_path (l->data);
          if (path != NULL)
            g_ptr_array_add (paths, path);
        }
      g_slist_free (files);
    }
  if (paths->len > 0)
    sl_window_import_paths (self, (const char *const *) paths->pdata, paths->len);
  else
    sl_window_show_toast (self, _("Nothing to paste: copy articles or their text first"),
                          NULL, NULL);
  g_object_unref (self);
}

static void
paste_text_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  SlWindow *self = data;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);

  if (text != NULL && *g_strstrip (text) != '\0')
    sl_window_import_text (self, text);
  else
    sl_window_show_toast (self, _("Nothing to paste: copy articles or their text first"),
                          NULL, NULL);
  g_object_unref (self);
}

static void
paste_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SlWindow *self = SL_WINDOW (widget);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);
  GdkContentFormats *formats = gdk_clipboard_get_formats (clipboard);

  /* files copied in a file manager are articles to import; anything else is taken as text */
  if (gdk_content_formats_contain_gtype (formats, GDK_TYPE_FILE_LIST))
    gdk_clipboard_read_value_async (clipboard, GDK_TYPE_FILE_LIST, G_PRIORITY_DEFAULT, NULL,
                                    paste_files_cb, g_object_ref (self));
  else
    gdk_clipboard_read_text_async (clipboard, NULL, paste_text_cb, g_object_ref (self));
}

/* Drag and drop: projects open, articles are imported */

static gboolean
drop_cb (GtkDropTarget *target, const GValue *value, double x, double y, SlWindow *self)
{
  GSList *list;
  g_autoptr (GPtrArray) articles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) projects = g_ptr_array_new_with_free_func (g_free);

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  list = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = list; l != NULL; l = l->next)
    {
      char *path = g_file_get_path (l->data);

      if (path == NULL)
        continue;
      g_ptr_array_add (is_project_path (path) ? projects : articles, path);
    }
  g_slist_free (list);
  if (projects->len > 0)
    sl_window_open_paths (self, (const char *const *) projects->pdata, projects->len);
  else if (articles->len > 0)
    sl_window_import_paths (self, (const char *const *) articles->pdata, articles->len);
  else
    return FALSE;
  return TRUE;
}

/* Recent projects, in the Project menu and on the welcome page */

static void
add_recent (SlWindow *self, const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  static const char *groups[] = { "Sourceline", NULL };
  GtkRecentData data = {
    .display_name = NULL,
    .description = NULL,
    .mime_type = (char *) PROJECT_MIME,
    .app_name = (char *) "Sourceline",
    .app_exec = (char *) "sourceline %u",
    .groups = (char **) groups,
    .is_private = FALSE,
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static int
compare_recent_cb (gconstpointer a, gconstpointer b)
{
  GDateTime *ta = gtk_recent_info_get_modified ((GtkRecentInfo *) a);
  GDateTime *tb = gtk_recent_info_get_modified ((GtkRecentInfo *) b);

  return -g_date_time_compare (ta, tb);
}

static void
recent_row_activated_cb (GtkListBox *list, GtkListBoxRow *row, SlWindow *self)
{
  const char *path = g_object_get_data (G_OBJECT (row), "sl-path");

  if (path != NULL)
    sl_window_open_paths (self, &path, 1);
}

void
sl_window_update_recent (SlWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  GtkWidget *child;
  guint shown = 0;

  g_menu_remove_all (self->recent_section);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  items = g_list_sort (items, compare_recent_cb);
  for (GList *l = items; l != NULL && shown < MAX_RECENT; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      g_autoptr (GFile) file = g_file_new_for_uri (uri);
      g_autofree char *path = g_file_get_path (file);
      g_autofree char *name = NULL;
      g_autofree char *dir = NULL;
      g_autoptr (GMenuItem) item = NULL;
      GtkWidget *row;

      if (path == NULL || !is_project_path (path) || !g_file_test (path, G_FILE_TEST_IS_REGULAR)
          || (self->project != NULL && g_strcmp0 (path, self->project->path) == 0))
        continue;
      name = sl_project_name_for_path (path);
      dir = g_path_get_dirname (path);
      item = g_menu_item_new (name, NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s", path);
      g_menu_append_item (self->recent_section, item);

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), dir);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "sl-path", g_strdup (path), g_free);
      gtk_list_box_append (self->recent_list, row);
      shown++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  gtk_widget_set_visible (self->recent_box, shown > 0);
}

static void
recent_changed_cb (GtkRecentManager *manager, SlWindow *self)
{
  sl_window_update_recent (self);
}

static void
open_recent_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  const char *path = g_variant_get_string (param, NULL);

  sl_window_open_paths (SL_WINDOW (widget), &path, 1);
}

/* File choosers */

static void
add_filter (GtkFileChooser *chooser, const char *name, const char *const *patterns,
            const char *const *mime_types)
{
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; patterns && patterns[i]; i++)
    gtk_file_filter_add_pattern (filter, patterns[i]);
  for (guint i = 0; mime_types && mime_types[i]; i++)
    gtk_file_filter_add_mime_type (filter, mime_types[i]);
  gtk_file_chooser_add_filter (chooser, filter);
}

static const char *const article_patterns[] = {
  "*.txt", "*.html", "*.htm", "*.xhtml", "*.xml", "*.rss", "*.rdf", "*.atom", "*.tml", "*.json",
  "*.csv", NULL
};
static const char *const article_types[] = {
  "text/plain", "text/html", "application/xhtml+xml", "application/rss+xml",
  "application/atom+xml", "text/csv", "application/json", NULL
};
static const char *const project_patterns[] = { "*" PROJECT_SUFFIX, NULL };
static const char *const all_patterns[] = { "*", NULL };

/* Local paths of what the chooser returned; owned by the array. */
static GPtrArray *
chosen_paths (GtkFileChooser *chooser)
{
  g_autoptr (GListModel) files = gtk_file_chooser_get_files (chooser);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; files && i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr (GFile) file = g_list_model_get_item (files, i);
      char *path = g_file_get_path (file);

      if (path != NULL)
        g_ptr_array_add (paths, path);
    }
  return paths;
}

static void
open_response_cb (GtkNativeDialog *dialog, int response, SlWindow *self)
{
  g_autoptr (GPtrArray) paths = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    paths = chosen_paths (GTK_FILE_CHOOSER (dialog));
  g_object_unref (dialog);
  if (paths != NULL && paths->len > 0)
    sl_window_open_paths (self, (const char *const *) paths->pdata, paths->len);
}

static GtkFileChooserNative *
new_chooser (SlWindow *self, const char *title, GtkFileChooserAction action, const char *accept)
{
  GtkFileChooserNative *native = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action,
                                                              accept, _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  return native;
}

static void
open_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SlWindow *self = SL_WINDOW (widget);
  GtkFileChooserNative *native = new_chooser (self, _("Open Articles or a Project"),
                                              GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));
  g_autoptr (GStrvBuilder) b = g_strv_builder_new ();
  g_auto (GStrv) both = NULL;

  g_strv_builder_addv (b, (const char **) article_patterns);
  g_strv_builder_add (b, "*" PROJECT_SUFFIX);
  both = g_strv_builder_end (b);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native), TRUE);
  add_filter (GTK_FILE_CHOOSER (native), _("Articles and Projects"), (const char *const *) both,
              article_types);
  add_filter (GTK_FILE_CHOOSER (native), _("Sourceline Projects"), project_patterns, NULL);
  add_filter (GTK_FILE_CHOOSER (native), _("All Files"), all_patterns, NULL);
  g_signal_connect_object (native, "response", G_CALLBACK (open_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
open_sample_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  sl_window_open_sample (SL_WINDOW (widget));
}

static void
import_response_cb (GtkNativeDialog *dialog, int response, SlWindow *self)
{
  g_autoptr (GPtrArray) paths = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    paths = chosen_paths (GTK_FILE_CHOOSER (dialog));
  g_object_unref (dialog);
  if (paths != NULL && paths->len > 0)
    sl_window_import_paths (self, (const char *const *) paths->pdata, paths->len);
}

static void
import_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SlWindow *self = SL_WINDOW (widget);
  gboolean folders = g_str_equal (action_name, "win.import-folder");
  GtkFileChooserNative *native;

  native = new_chooser (self, folders ? _("Import Folders of Articles") : _("Import Articles"),
                        folders ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER : GTK_FILE_CHOOSER_ACTION_OPEN,
                        _("_Import"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native), TRUE);
  if (!folders)
    {
      add_filter (GTK_FILE_CHOOSER (native), _("Articles, Feeds and Timelines"), article_patterns,
                  article_types);
      add_filter (GTK_FILE_CHOOSER (native), _("All Files"), all_patterns, NULL);
    }
  g_signal_connect_object (native, "response", G_CALLBACK (import_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* The chosen path, with the project suffix added when the name lacks it. */
static char *
chosen_project_path (GtkNativeDialog *dialog)
{
  g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_autofree char *path = file ? g_file_get_path (file) : NULL;

  if (path == NULL)
    return NULL;
  if (!is_project_path (path))
    return g_strconcat (path, PROJECT_SUFFIX, NULL);
  return g_steal_pointer (&path);
}

static void
new_project_response_cb (GtkNativeDialog *dialog, int response, SlWindow *self)
{
  g_autofree char *path = response == GTK_RESPONSE_ACCEPT ? chosen_project_path (dialog) : NULL;
  g_autoptr (GError) error = NULL;

  g_object_unref (dialog);
  if (path == NULL)
    return;
  if (!sl_window_new_project (self, path, &error))
    sl_window_show_error (self, _("Could not create the project"), error);
}

static GtkFileChooserNative *
new_project_chooser (SlWindow *self, const char *title, const char *accept, const char *name)
{
  GtkFileChooserNative *native = new_chooser (self, title, GTK_FILE_CHOOSER_ACTION_SAVE, accept);
  g_autofree char *file_name = g_strconcat (name, PROJECT_SUFFIX, NULL);

  add_filter (GTK_FILE_CHOOSER (native), _("Sourceline Projects"), project_patterns, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), file_name);
  return native;
}

static void
new_project_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SlWindow *self = SL_WINDOW (widget);
  GtkFileChooserNative *native = new_project_chooser (self, _("New Project"), _("_Create"),
                                                      _("Untitled"));

  g_signal_connect_object (native, "response", G_CALLBACK (new_project_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
save_as_response_cb (GtkNativeDialog *dialog, int response, SlWindow *self)
{
  g_autofree char *path = response == GTK_RESPONSE_ACCEPT ? chosen_project_path (dialog) : NULL;
  g_autoptr (GError) error = NULL;

  g_object_unref (dialog);
  if (path == NULL)
    {
      g_clear_pointer (&self->pending_action, g_free);
      return;
    }
  if (!sl_window_save_as (self, path, &error))
    {
      g_clear_pointer (&self->pending_action, g_free);
      sl_window_show_error (self, _("Could not save the project"), error);
    }
}

static void
save_as_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SlWindow *self = SL_WINDOW (widget);
  GtkFileChooserNative *native;

  if (self->model == NULL)
    return;
  native = new_project_chooser (self, _("Save Project As"), _("_Save"),
                                self->is_sample ? _("Sample")
                                : self->save_name ? self->save_name
                                : self->title ? self->title : _("Untitled"));
  g_signal_connect_object (native, "response", G_CALLBACK (save_as_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
ask_save_response_cb (AdwMessageDialog *dialog, const char *response, SlWindow *self)
{
  if (g_strcmp0 (response, "save") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.save-as", NULL);
  else
    g_clear_pointer (&self->pending_action, g_free);
}

/* Edits live in a project: articles shown unsaved are saved as one first, then the edit
 * that asked goes on. */
void
sl_window_ask_save_as (SlWindow *self, const char *then_action)
{
  GtkWidget *dialog;

  g_free (self->pending_action);
  self->pending_action = g_strdup (then_action);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save as a Project First?"),
                                   _("Your corrections are kept in a project file, with the "
                                     "articles, so that nothing you decide is lost. Save what "
                                     "is shown as a project to make this change."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "save", _("_Save As…"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (ask_save_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Undo and redo */

/* What an undo took back, as its toast says it. */
static const char *
undone_message (SlEditKind kind)
{
  switch (kind)
    {
    case SL_EDIT_EVENT_DATE:    return _("Date correction undone");
    case SL_EDIT_EVENT_LABEL:   return _("Renaming undone");
    case SL_EDIT_EVENT_HIDDEN:  return _("Hiding undone");
    case SL_EDIT_EVENT_DELETED: return _("Deletion undone");
    case SL_EDIT_EVENT_NOTE:    return _("Note undone");
    case SL_EDIT_SOURCE_RENAME: return _("Source renaming undone");
    case SL_EDIT_SOURCE_MERGE:  return _("Merge undone");
    case SL_EDIT_SOURCE_GRADE:  return _("Grade undone");
    case SL_EDIT_MANUAL_EVENT:  return _("Added event undone");
    case SL_EDIT_DOC_DCT:       return _("Publication date undone");
    default:                    return _("Undone");
    }
}

/* "Reuters" for "S:reuters": the source's name as the model spells it. */
static char *
source_title (SlWindow *self, const char *key)
{
  guint32 source = SL_NONE;

  if (key != NULL && g_str_has_prefix (key, "S:") && self->model != NULL)
    source = sl_model_find_source (self->model, key + 2);
  if (source != SL_NONE)
    return g_strdup (sl_model_str (self->model, sl_model_source (self->model, source)->name));
  return g_strdup (key != NULL && g_str_has_prefix (key, "S:") ? key + 2 : "");
}

/* How the project menu names an edit after Undo or Redo: "Pin “Reuters”". */
static char *
edit_title (SlWindow *self, const SlEdit *edit)
{
  switch (edit->kind)
    {
    case SL_EDIT_GRAPH_PIN:
      {
        g_autofree char *name = source_title (self, edit->target);

        /* TRANSLATORS: an edit as the Undo and Redo menu items name it: a node dragged to a
         * place in the graph (pinned), or let go (released) */
        return edit->value != NULL ? g_strdup_printf (_("Pin “%s”"), name)
                                   : g_strdup_printf (_("Release “%s”"), name);
      }
    case SL_EDIT_EVENT_DATE:    return g_strdup (_("Date Correction"));
    case SL_EDIT_EVENT_LABEL:   return g_strdup (_("Renaming"));
    case SL_EDIT_EVENT_HIDDEN:  return g_strdup (edit->number ? _("Hiding") : _("Showing Again"));
    case SL_EDIT_EVENT_DELETED: return g_strdup (edit->number ? _("Deletion") : _("Restoring"));
    case SL_EDIT_EVENT_NOTE:    return g_strdup (_("Note"));
    case SL_EDIT_SOURCE_RENAME: return g_strdup (_("Source Renaming"));
    case SL_EDIT_SOURCE_MERGE:  return g_strdup (_("Merge"));
    case SL_EDIT_SOURCE_GRADE:  return g_strdup (_("Grade"));
    case SL_EDIT_MANUAL_EVENT:  return g_strdup (_("Added Event"));
    case SL_EDIT_DOC_DCT:       return g_strdup (_("Publication Date"));
    default:                    return g_strdup (_("Edit"));
    }
}

static char *
dup_label (SlWindow *self, gboolean undo)
{
  SlProjectStore *store = idle_store (self);
  g_autoptr (SlEdit) edit = NULL;

  if (store == NULL || sl_window_is_busy (self) || sl_project_store_is_read_only (store))
    return NULL;
  edit = undo ? sl_project_store_peek_undo (store, NULL) : sl_project_store_peek_redo (store, NULL);
  return edit != NULL ? edit_title (self, edit) : NULL;
}

char *
sl_window_dup_undo_label (SlWindow *self)
{
  g_return_val_if_fail (SL_IS_WINDOW (self), NULL);
  return dup_label (self, TRUE);
}

char *
sl_window_dup_redo_label (SlWindow *self)
{
  g_return_val_if_fail (SL_IS_WINDOW (self), NULL);
  return dup_label (self, FALSE);
}

/* Gives the project menu's item for action the label, when it has another. */
static void
relabel_menu_item (GMenuModel *menu, const char *action, const char *label)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr (GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autofree char *item_action = NULL;
      g_autofree char *item_label = NULL;

      if (section != NULL)
        {
          relabel_menu_item (section, action, label);
          continue;
        }
      if (!g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &item_action)
          || !g_str_equal (item_action, action))
        continue;
      g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &item_label);
      if (g_strcmp0 (item_label, label) != 0 && G_IS_MENU (menu))
        {
          g_autoptr (GMenuItem) item = g_menu_item_new (label, action);

          g_menu_remove (G_MENU (menu), i);
          g_menu_insert_item (G_MENU (menu), i, item);
        }
      return;
    }
}

/* The project menu's Undo and Redo say what they would do: "Undo Pin “Reuters”". */
static void
update_undo_menu (SlWindow *self)
{
  GObject *menu = gtk_widget_get_template_child (GTK_WIDGET (self), SL_TYPE_WINDOW, "project_menu");
  g_autofree char *undo = NULL;
  g_autofree char *redo = NULL;
  g_autofree char *undo_label = NULL;
  g_autofree char *redo_label = NULL;

  if (!G_IS_MENU_MODEL (menu))
    return;
  undo = sl_window_dup_undo_label (self);
  redo = sl_window_dup_redo_label (self);
  /* TRANSLATORS: the project menu's item: "Undo Pin “Reuters”" */
  undo_label = undo != NULL ? g_strdup_printf (_("_Undo %s"), undo) : g_strdup (_("_Undo"));
  /* TRANSLATORS: the project menu's item: "Redo Pin “Reuters”" */
  redo_label = redo != NULL ? g_strdup_printf (_("_Redo %s"), redo) : g_strdup (_("_Redo"));
  relabel_menu_item (G_MENU_MODEL (menu), "win.undo", undo_label);
  relabel_menu_item (G_MENU_MODEL (menu), "win.redo", redo_label);
}

/* Puts a graph pin where an undone or redone pin edit says ("x y"), or releases it (NULL):
 * in the project and on screen, without recording a new edit. */
static gboolean
replay_pin (SlWindow *self, SlProjectStore *store, const char *key, const char *place,
            GError **error)
{
  guint32 source = self->model != NULL && g_str_has_prefix (key, "S:")
                   ? sl_model_find_source (self->model, key + 2) : SL_NONE;
  double xy[2];

  if (place != NULL)
    {
      g_auto (GStrv) parts = g_strsplit (place, " ", 2);

      if (g_strv_length (parts) != 2)
        return TRUE; /* a damaged record: nothing to put back */
      xy[0] = g_ascii_strtod (parts[0], NULL);
      xy[1] = g_ascii_strtod (parts[1], NULL);
      if (!isfinite (xy[0]) || !isfinite (xy[1]))
        return TRUE;
      if (!sl_project_store_set_graph_pin (store, key, xy[0], xy[1], error))
        return FALSE;
      if (source != SL_NONE)
        sl_graph_view_set_pins (self->graph, &source, xy, 1);
      return TRUE;
    }
  if (!sl_project_store_remove_graph_pin (store, key, error))
    return FALSE;
  if (source != SL_NONE)
    {
      self->pin_replaying++;
      sl_graph_view_unpin_source (self->graph, source);
      self->pin_replaying--;
    }
  return TRUE;
}

static gboolean
undo_or_redo (SlWindow *self, gboolean undo, GError **error)
{
  SlProjectStore *store = idle_store (self);
  g_autoptr (GPtrArray) edits = NULL;
  g_autofree char *target = NULL;
  SlEditKind kind = 0;

  if (store == NULL || sl_window_is_busy (self))
    {
      g_set_error (error, SL_STORE_ERROR, SL_STORE_ERROR_NOTHING_TO_UNDO,
                   self->project ? _("Wait until the project is read, then undo")
                                 : _("Only a project keeps what can be undone"));
      return FALSE;
    }
  /* what the undo takes back is selected again once the model is rebuilt */
  if (undo && (edits = sl_project_store_list_edits (store, NULL)) != NULL && edits->len > 0)
    {
      const SlEdit *last = g_ptr_array_index (edits, edits->len - 1);

      kind = last->kind;
      if (kind != SL_EDIT_MANUAL_EVENT && kind != SL_EDIT_SOURCE_RENAME)
        target = g_strdup (last->target);
    }
  /* a pin changes no model: it is put back in place, with no reload */
  {
    g_autoptr (SlEdit) next = undo ? sl_project_store_peek_undo (store, NULL)
                                   : sl_project_store_peek_redo (store, NULL);

    if (next != NULL && next->kind == SL_EDIT_GRAPH_PIN)
      {
        g_autofree char *title = edit_title (self, next);
        g_autofree char *msg = NULL;

        if (!(undo ? sl_project_store_undo (store, error) : sl_project_store_redo (store, error))
            || !replay_pin (self, store, next->target, undo ? next->value2 : next->value, error))
          return FALSE;
        sl_window_update_actions (self);
        /* TRANSLATORS: a toast: "Pin “Reuters” undone", "Pin “Reuters” redone" */
        msg = g_strdup_printf (undo ? _("%s undone") : _("%s redone"), title);
        sl_window_show_toast (self, msg, undo ? _("Redo") : _("Undo"),
                              undo ? "win.redo" : "win.undo");
        return TRUE;
      }
  }
  /* a publication date changes what the articles say: they are read again */
  {
    g_autoptr (SlEdit) next = undo ? sl_project_store_peek_undo (store, NULL)
                                   : sl_project_store_peek_redo (store, NULL);

    if (next != NULL && next->kind == SL_EDIT_DOC_DCT)
      {
        if (!(undo ? sl_project_store_undo (store, error) : sl_project_store_redo (store, error)))
          return FALSE;
        start_load (self, self->project->path, self->project, sl_view_state_save (self),
                    undo ? LOAD_REEXTRACT_OR_REDO : LOAD_REEXTRACT_OR_UNDO);
        sl_window_show_toast (self, undo ? undone_message (SL_EDIT_DOC_DCT) : _("Redone"),
                              undo ? _("Redo") : _("Undo"), undo ? "win.redo" : "win.undo");
        return TRUE;
      }
  }
  if (!(undo ? sl_project_store_undo (store, error) : sl_project_store_redo (store, error)))
    return FALSE;
  sl_window_reload_project (self, target);
  sl_window_show_toast (self, undo ? undone_message (kind) : _("Redone"),
                        undo ? _("Redo") : _("Undo"), undo ? "win.redo" : "win.undo");
  return TRUE;
}

gboolean
sl_window_undo (SlWindow *self, GError **error)
{
  g_return_val_if_fail (SL_IS_WINDOW (self), FALSE);
  return undo_or_redo (self, TRUE, error);
}

gboolean
sl_window_redo (SlWindow *self, GError **error)
{
  g_return_val_if_fail (SL_IS_WINDOW (self), FALSE);
  return undo_or_redo (self, FALSE, error);
}

static void
undo_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SlWindow *self = SL_WINDOW (widget);
  g_autoptr (GError) error = NULL;
  gboolean undo = g_str_equal (action_name, "win.undo");

  if (!undo_or_redo (self, undo, &error)
      && !g_error_matches (error, SL_STORE_ERROR, SL_STORE_ERROR_NOTHING_TO_UNDO))
    sl_window_show_error (self, undo ? _("Could not undo") : _("Could not redo"), error);
}

/* Setup */

void
sl_window_project_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action_cb);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action_cb);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action_cb);
  gtk_widget_class_install_action (widget_class, "win.new-project", NULL, new_project_action_cb);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action_cb);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action_cb);
  gtk_widget_class_install_action (widget_class, "win.import-folder", NULL, import_action_cb);
  gtk_widget_class_install_action (widget_class, "win.paste", NULL, paste_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-import-report", NULL,
                                   show_import_report_action_cb);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action_cb);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.import-folder", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "win.paste", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, "win.redo", NULL);
}

void
sl_window_project_init (SlWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  g_signal_connect_object (self->recent_list, "row-activated",
                           G_CALLBACK (recent_row_activated_cb), self, 0);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (recent_changed_cb), self, 0);
  sl_window_update_recent (self);
  /* nothing imported yet: no report to show */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-import-report", FALSE);
}

void
sl_window_project_dispose (SlWindow *self)
{
  if (self->import_cancellable != NULL)
    g_cancellable_cancel (self->import_cancellable);
  g_clear_object (&self->import_cancellable);
  if (self->import_dialog != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->import_dialog),
                                    (gpointer *) &self->import_dialog);
      gtk_window_destroy (GTK_WINDOW (self->import_dialog));
      self->import_dialog = NULL;
    }
  g_clear_pointer (&self->project, sl_project_unref);
  g_clear_pointer (&self->pending_action, g_free);
}

/* Graph pins: a node dragged in the graph stays where it was put, in the project */

gboolean
sl_window_restore_graph_pins (SlWindow *self)
{
  SlProjectStore *store = idle_store (self);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) pins = NULL;
  g_autoptr (GArray) sources = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) places = g_array_new (FALSE, FALSE, sizeof (double));

  if (store == NULL || self->model == NULL)
    return FALSE;
  pins = sl_project_store_list_graph_pins (store, &error);
  if (pins == NULL)
    {
      sl_window_show_error (self, _("Could not restore the graph’s pinned nodes"), error);
      return FALSE;
    }
  for (guint i = 0; i < pins->len; i++)
    {
      const SlGraphPin *pin = g_ptr_array_index (pins, i);
      guint32 source;

      /* keyed by name, so a pin finds its source again after a re-extraction */
      if (!g_str_has_prefix (pin->source_key, "S:"))
        continue;
      source = sl_model_find_source (self->model, pin->source_key + 2);
      if (source == SL_NONE)
        continue;
      g_array_append_val (sources, source);
      g_array_append_val (places, pin->x);
      g_array_append_val (places, pin->y);
    }
  sl_graph_view_set_pins (self->graph, (const guint32 *) sources->data,
                          (const double *) places->data, sources->len);
  return TRUE;
}

/* "x y" in a form any locale reads back. */
static char *
place_string (double x, double y)
{
  char bx[G_ASCII_DTOSTR_BUF_SIZE], by[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup_printf ("%s %s", g_ascii_dtostr (bx, sizeof bx, x),
                          g_ascii_dtostr (by, sizeof by, y));
}

/* Records a node pinned at (x, y) or released as an edit, with where the project had it
 * before, so Undo puts it back there. */
static gboolean
record_pin_edit (SlWindow *self, SlProjectStore *store, const char *key, double x, double y,
                 gboolean pinned, GError **error)
{
  g_autoptr (GPtrArray) pins = sl_project_store_list_graph_pins (store, error);
  g_autofree char *before = NULL;
  g_autofree char *after = pinned ? place_string (x, y) : NULL;

  if (pins == NULL)
    return FALSE;
  for (guint i = 0; i < pins->len; i++)
    {
      const SlGraphPin *pin = g_ptr_array_index (pins, i);

      if (g_str_equal (pin->source_key, key))
        before = place_string (pin->x, pin->y);
    }
  /* releasing a node the project never pinned changes nothing to undo */
  if (before == NULL && after == NULL)
    return TRUE;
  return sl_project_store_add_edit (store, NULL, SL_EDIT_GRAPH_PIN, key, after, before, 0,
                                    error) >= 0;
}

void
sl_window_save_graph_pin (SlWindow *self, guint32 source)
{
  SlProjectStore *store = idle_store (self);
  g_autoptr (GError) error = NULL;
  g_autofree char *key = NULL;
  double x, y;

  /* without a project (or in a read-only one) the pin lasts as long as the window shows the
   * articles; Save As writes it with them */
  if (store == NULL || sl_project_store_is_read_only (store) || self->model == NULL
      || source >= sl_model_n_sources (self->model)
      || !sl_graph_view_get_pin (self->graph, source, &x, &y))
    return;
  key = sl_project_source_key (self->model, source);
  if (!record_pin_edit (self, store, key, x, y, TRUE, &error)
      || !sl_project_store_set_graph_pin (store, key, x, y, &error))
    sl_window_show_error (self, _("Could not keep the node’s place in the project"), error);
  sl_window_update_actions (self);
}

void
sl_window_remove_graph_pin (SlWindow *self, guint32 source)
{
  SlProjectStore *store = idle_store (self);
  g_autoptr (GError) error = NULL;
  g_autofree char *key = NULL;

  /* undo or redo letting the node go: the project is already as it should be */
  if (self->pin_replaying > 0)
    return;
  if (store == NULL || sl_project_store_is_read_only (store) || self->model == NULL
      || source >= sl_model_n_sources (self->model))
    return;
  key = sl_project_source_key (self->model, source);
  if (!record_pin_edit (self, store, key, 0, 0, FALSE, &error)
      || !sl_project_store_remove_graph_pin (store, key, &error))
    sl_window_show_error (self, _("Could not release the node in the project"), error);
  sl_window_update_actions (self);
}
