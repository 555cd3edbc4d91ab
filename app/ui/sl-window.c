/* sl-window.c: the main window. Reading runs in a worker thread into a fresh model that only
 * replaces the shown one when complete, so the views never see a model being filled. */
#include "config.h"

#include "sl-window.h"

#include <string.h>

#include "export/sl-export.h"
#include "extract/sl-extract.h"
#include "ingest/sl-ingest.h"
#include "sl-resources.h"
#include "store/sl-project-store.h"

/* More failures than this are summed up in one toast rather than one each. */
#define MAX_ERROR_TOASTS 3
/* Rows listed in the detail pane; the heading still gives the full count. */
#define MAX_DETAIL_ROWS 200

struct _SlWindow
{
  AdwApplicationWindow parent_instance;

  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  GtkProgressBar  *progress_bar;
  GtkPaned        *main_paned;
  GtkPaned        *lower_paned;
  SlTimelineView  *timeline;
  SlGraphView     *graph;
  GtkStack        *detail_stack;
  GtkBox          *detail_box;

  SlModel         *model;
  GCancellable    *load_cancellable;
  struct LoadJob  *job;           /* the running load, owned by its task */
  guint            progress_source;
  gboolean         loading;
  gboolean         show_details;  /* the graph and the detail pane are shown */
  guint            syncing;       /* > 0 while the window itself moves selections */
  char            *last_export;   /* path, for the toast's "Open" button */
};

G_DEFINE_FINAL_TYPE (SlWindow, sl_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_LOADING,
  PROP_SHOW_DETAILS,
  PROP_LANE_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Loading */

typedef struct LoadJob
{
  GPtrArray *paths;     /* char *, files, folders or projects as the user gave them */
  char      *title;     /* what the window is showing: "Sample Articles", a file's name */
  gboolean   is_sample;
  SlModel   *model;
  GPtrArray *failures;  /* char *, "name: reason" */
  gint       n_total;   /* atomic */
  gint       n_done;    /* atomic */
} LoadJob;

static void
load_job_free (LoadJob *job)
{
  g_ptr_array_unref (job->paths);
  g_ptr_array_unref (job->failures);
  g_clear_pointer (&job->model, sl_model_unref);
  g_free (job->title);
  g_free (job);
}

static gboolean
is_project_path (const char *path)
{
  return g_str_has_suffix (path, ".sourceline");
}

static void
add_failure (LoadJob *job, const char *path, const char *reason)
{
  g_autofree char *name = g_path_get_basename (path);

  g_ptr_array_add (job->failures, g_strdup_printf ("%s\t%s", name, reason));
}

static void
load_project (LoadJob *job, SlExtractor *ex, const char *path, GCancellable *cancellable)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlProjectStore) store = sl_project_store_open (path, FALSE, &error);
  g_autoptr (GPtrArray) docs = NULL;

  if (store != NULL)
    docs = sl_project_store_read_documents (store, cancellable, &error);
  if (docs == NULL)
    {
      add_failure (job, path, error->message);
      return;
    }
  g_atomic_int_add (&job->n_total, (gint) docs->len);
  for (guint i = 0; i < docs->len; i++)
    {
      if (g_cancellable_is_cancelled (cancellable))
        return;
      sl_extractor_add_document (ex, job->model, g_ptr_array_index (docs, i));
      g_atomic_int_inc (&job->n_done);
    }
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadJob *job = task_data;
  g_autoptr (GPtrArray) files = NULL;
  g_autoptr (SlExtractor) ex = sl_extractor_new ();

  files = sl_ingest_expand_paths ((const char *const *) job->paths->pdata, job->paths->len);
  g_atomic_int_set (&job->n_total, (gint) files->len);

  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autoptr (GError) error = NULL;
      g_autoptr (SlDocument) doc = NULL;

      if (g_task_return_error_if_cancelled (task))
        return;

      if (is_project_path (path))
        {
          g_atomic_int_add (&job->n_total, -1);
          load_project (job, ex, path, cancellable);
          continue;
        }

      doc = sl_ingest_file (path, &error);
      if (doc == NULL)
        add_failure (job, path, error->message);
      else
        sl_extractor_add_document (ex, job->model, doc);
      g_atomic_int_inc (&job->n_done);
    }

  if (g_task_return_error_if_cancelled (task))
    return;
  g_task_return_boolean (task, TRUE);
}

static void
set_loading (SlWindow *self, gboolean loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static gboolean
progress_tick_cb (gpointer user_data)
{
  SlWindow *self = user_data;
  int total, done;

  if (self->job == NULL)
    return G_SOURCE_CONTINUE;
  total = g_atomic_int_get (&self->job->n_total);
  done = g_atomic_int_get (&self->job->n_done);
  if (total > 0)
    {
      g_autofree char *text = g_strdup_printf ("Reading %d of %d…", MIN (done + 1, total), total);

      gtk_progress_bar_set_fraction (self->progress_bar, (double) done / total);
      adw_window_title_set_subtitle (self->window_title, text);
    }
  else
    gtk_progress_bar_pulse (self->progress_bar);
  return G_SOURCE_CONTINUE;
}

static void
stop_progress (SlWindow *self)
{
  g_clear_handle_id (&self->progress_source, g_source_remove);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
  self->job = NULL;
}

static void
show_toast (SlWindow *self, const char *title, const char *button, const char *action)
{
  AdwToast *toast = adw_toast_new (title);

  if (button != NULL)
    {
      adw_toast_set_button_label (toast, button);
      adw_toast_set_action_name (toast, action);
    }
  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
report_failures (SlWindow *self, GPtrArray *failures)
{
  for (guint i = 0; i < failures->len && i < MAX_ERROR_TOASTS; i++)
    {
      g_auto (GStrv) parts = g_strsplit (g_ptr_array_index (failures, i), "\t", 2);
      g_autofree char *msg = g_strdup_printf ("Could not read “%s”: %s", parts[0],
                                              parts[1] ? parts[1] : "unknown error");
      g_autofree char *escaped = g_markup_escape_text (msg, -1);

      show_toast (self, escaped, NULL, NULL);
    }
  if (failures->len > MAX_ERROR_TOASTS)
    {
      g_autofree char *msg = g_strdup_printf ("%u more files could not be read",
                                              failures->len - MAX_ERROR_TOASTS);
      show_toast (self, msg, NULL, NULL);
    }
}

static void set_model (SlWindow *self, SlModel *model);

static void
load_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  SlWindow *self = SL_WINDOW (source);
  GTask *task = G_TASK (result);
  LoadJob *job = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;

  if (!g_task_propagate_boolean (task, &error))
    {
      /* a newer load replaced this one: it owns the progress display now */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      show_toast (self, error->message, NULL, NULL);
    }

  stop_progress (self);
  g_clear_object (&self->load_cancellable);
  report_failures (self, job->failures);

  if (sl_model_n_docs (job->model) > 0)
    {
      g_autofree char *window_title = g_strdup_printf ("%s — Sourceline", job->title);

      adw_window_title_set_title (self->window_title, job->title);
      gtk_window_set_title (GTK_WINDOW (self), window_title);
      set_model (self, job->model);
    }
  else if (job->failures->len == 0)
    show_toast (self, job->is_sample ? "The sample articles are missing" : "No articles found",
                NULL, NULL);
  else
    set_model (self, self->model); /* keep what was shown; restore its subtitle */
  set_loading (self, FALSE);
}

/* "oil-transfers.txt", "North Korea" (a project), "seoul-estimate.txt and 2 more". */
static char *
title_for_paths (const char *const *paths, guint n_paths)
{
  g_autofree char *first = NULL;

  if (n_paths == 0)
    return g_strdup ("Sourceline");
  first = g_path_get_basename (paths[0]);
  if (g_str_has_suffix (first, ".sourceline") && strlen (first) > strlen (".sourceline"))
    first[strlen (first) - strlen (".sourceline")] = '\0';
  if (n_paths == 1)
    return g_steal_pointer (&first);
  return g_strdup_printf ("%s and %u more", first, n_paths - 1);
}

void
sl_window_open_paths (SlWindow *self, const char *const *paths, guint n_paths)
{
  g_autoptr (GTask) task = NULL;
  LoadJob *job;

  g_return_if_fail (SL_IS_WINDOW (self));
  g_return_if_fail (paths != NULL || n_paths == 0);

  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();

  job = g_new0 (LoadJob, 1);
  job->paths = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n_paths; i++)
    g_ptr_array_add (job->paths, g_strdup (paths[i]));
  job->failures = g_ptr_array_new_with_free_func (g_free);
  job->model = sl_model_new ();
  job->title = title_for_paths (paths, n_paths);

  task = g_task_new (self, self->load_cancellable, load_done_cb, NULL);
  g_task_set_source_tag (task, sl_window_open_paths);
  g_task_set_task_data (task, job, (GDestroyNotify) load_job_free);
  self->job = job;

  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  adw_window_title_set_subtitle (self->window_title, "Reading…");
  if (self->progress_source == 0)
    self->progress_source = g_timeout_add (100, progress_tick_cb, self);
  set_loading (self, TRUE);

  g_task_run_in_thread (task, load_thread);
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
          g_autofree char *msg = g_strdup_printf ("Could not read “%s”: only local files can be opened",
                                                  uri);
          g_autofree char *escaped = g_markup_escape_text (msg, -1);
          show_toast (self, escaped, NULL, NULL);
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
      g_autofree char *msg = g_strdup_printf ("The sample articles are missing: %s",
                                              error->message);
      g_autofree char *escaped = g_markup_escape_text (msg, -1);
      show_toast (self, escaped, NULL, NULL);
      return;
    }
  /* the folder's README describes the articles; it is not one */
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.' && !g_str_has_prefix (name, "README"))
      g_ptr_array_add (paths, g_build_filename (dir_path, name, NULL));
  g_ptr_array_sort (paths, compare_strings_cb);

  sl_window_open_paths (self, (const char *const *) paths->pdata, paths->len);
  if (self->job != NULL)
    {
      self->job->is_sample = TRUE;
      g_free (self->job->title);
      self->job->title = g_strdup ("Sample Articles");
    }
}

/* Formatting */

static char *
format_day (SlTime t, const char *fmt)
{
  g_autoptr (GDateTime) dt = g_date_time_new_from_unix_utc (t);

  return dt ? g_date_time_format (dt, fmt) : g_strdup ("?");
}

/* "28 March 2024", "March 2024", "2024", or "1 April – 10 April 2024". */
static char *
format_interval (SlTime start, SlTime end)
{
  gint64 y0, y1;
  guint m0, m1, d0, d1;

  if (end <= start)
    return format_day (start, "%-d %B %Y");
  sl_time_to_ymd (start, &y0, &m0, &d0);
  sl_time_to_ymd (end, &y1, &m1, &d1);
  if (end - start == SL_DAY)
    return format_day (start, "%-d %B %Y");
  if (d0 == 1 && d1 == 1 && start % SL_DAY == 0 && end % SL_DAY == 0)
    {
      if (m0 == 1 && m1 == 1 && y1 == y0 + 1)
        return g_strdup_printf ("%" G_GINT64_FORMAT, y0);
      if ((y1 == y0 && m1 == m0 + 1) || (y1 == y0 + 1 && m0 == 12 && m1 == 1))
        return format_day (start, "%B %Y");
    }
  {
    g_autofree char *a = format_day (start, y0 == y1 ? "%-d %B" : "%-d %B %Y");
    g_autofree char *b = format_day (end - 1, "%-d %B %Y");

    return g_strdup_printf ("%s – %s", a, b);
  }
}

static char *
doc_slice (SlModel *model, guint32 doc, guint32 begin, guint32 end)
{
  gsize len = 0;
  /* a project's texts may stay in its file until first needed */
  const char *text = doc < sl_model_n_docs (model) ? sl_model_doc_text (model, doc, &len) : NULL;

  if (text == NULL || begin >= end || end > len)
    return NULL;
  return g_utf8_make_valid (text + begin, end - begin);
}

static char *
collapse_space (const char *s)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = s; *p; p++)
    {
      if (g_ascii_isspace (*p))
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

static const char *
stance_mark (SlStance stance)
{
  switch (stance)
    {
    case SL_STANCE_ESTIMATE: return "◐";
    case SL_STANCE_SUSPECT:  return "○";
    case SL_STANCE_DENY:     return "✕";
    case SL_STANCE_REPORT:   return "◆";
    case SL_STANCE_ASSERT:
    case SL_STANCE_COUNT:
    default:                 return "●";
    }
}

static const char *
source_kind_label (SlSourceKind kind)
{
  switch (kind)
    {
    case SL_SOURCE_OUTLET:       return "News outlet";
    case SL_SOURCE_AGENCY:       return "News agency";
    case SL_SOURCE_GOVERNMENT:   return "Government body";
    case SL_SOURCE_PERSON:       return "Person";
    case SL_SOURCE_ORGANIZATION: return "Organisation";
    case SL_SOURCE_COUNTRY:      return "Country";
    case SL_SOURCE_UNNAMED:
    case SL_SOURCE_KIND_COUNT:
    default:                     return "Unnamed source";
    }
}

static const char *
category_label (SlCategory category)
{
  switch (category)
    {
    case SL_CATEGORY_DIPLOMATIC: return "Diplomatic";
    case SL_CATEGORY_MILITARY:   return "Military";
    case SL_CATEGORY_SANCTIONS:  return "Sanctions";
    case SL_CATEGORY_STATEMENT:  return "Statement";
    case SL_CATEGORY_ECONOMIC:   return "Economic";
    case SL_CATEGORY_OTHER:
    case SL_CATEGORY_COUNT:
    default:                     return "Event";
    }
}

/* An analyst's Admiralty grade ("B2"), or "" when the source is not graded. */
static const char *
format_grade (const SlSource *src, char buf[4])
{
  buf[0] = '\0';
  if (src != NULL && (src->reliability || src->credibility))
    {
      buf[0] = src->reliability ? src->reliability : '?';
      buf[1] = src->credibility ? src->credibility : '?';
      buf[2] = '\0';
    }
  return buf;
}

/* "Shin Won-sik → Yonhap → Dan Tri": the origin first, the article's outlet last. */
static char *
format_chain (SlModel *model, guint32 claim)
{
  g_autoptr (GArray) chain = g_array_new (FALSE, FALSE, sizeof (guint32));
  GString *out = g_string_new (NULL);
  const SlClaim *c = sl_model_claim (model, claim);
  const SlDoc *doc = c ? sl_model_doc (model, c->doc) : NULL;
  const char *last = NULL;

  sl_model_claim_chain (model, claim, chain);
  for (guint i = chain->len; i > 0; i--)
    {
      const SlClaim *link = sl_model_claim (model, g_array_index (chain, guint32, i - 1));
      const SlSource *src = link ? sl_model_source (model, link->source) : NULL;
      const char *name = src ? sl_model_str (model, src->name) : NULL;

      if (name == NULL || *name == '\0' || (last && g_ascii_strcasecmp (last, name) == 0))
        continue;
      if (out->len > 0)
        g_string_append (out, " → ");
      g_string_append (out, name);
      last = name;
    }
  if (doc != NULL && doc->outlet != 0)
    {
      const char *outlet = sl_model_str (model, doc->outlet);

      if (outlet && *outlet && (last == NULL || g_ascii_strcasecmp (last, outlet) != 0))
        {
          if (out->len > 0)
            g_string_append (out, " → ");
          g_string_append (out, outlet);
        }
    }
  return g_string_free (out, FALSE);
}

/* Detail pane */

static void
clear_detail (SlWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->detail_box))) != NULL)
    gtk_box_remove (self->detail_box, child);
}

static GtkWidget *
add_label (SlWindow *self, const char *text, const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    {
      g_auto (GStrv) classes = g_strsplit (css_class, " ", -1);

      for (guint i = 0; classes[i]; i++)
        gtk_widget_add_css_class (label, classes[i]);
    }
  gtk_box_append (self->detail_box, label);
  return label;
}

static GtkListBox *
add_list (SlWindow *self, const char *heading)
{
  GtkWidget *list = gtk_list_box_new ();

  add_label (self, heading, "heading sl-section");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_box_append (self->detail_box, list);
  return GTK_LIST_BOX (list);
}

static GtkWidget *
add_row (GtkListBox *list, const char *title, const char *subtitle, const char *mark,
         gboolean activatable)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  if (mark != NULL)
    {
      GtkWidget *glyph = gtk_label_new (mark);

      gtk_widget_add_css_class (glyph, "sl-stance");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), glyph);
    }
  if (activatable)
    {
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
    }
  gtk_list_box_append (list, row);
  return row;
}

static void select_event (SlWindow *self, guint32 event);
static void select_source (SlWindow *self, guint32 source);

static void
source_row_activated_cb (GtkListBox *list, GtkListBoxRow *row, SlWindow *self)
{
  guint32 source = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "sl-source"));

  if (source > 0)
    select_source (self, source - 1);
}

static void
event_row_activated_cb (GtkListBox *list, GtkListBoxRow *row, SlWindow *self)
{
  guint32 event = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "sl-event"));

  if (event > 0)
    select_event (self, event - 1);
}

static void
show_event_detail (SlWindow *self, guint32 event)
{
  SlModel *model = self->model;
  const SlEvent *ev = sl_model_event (model, event);
  const SlDoc *doc = sl_model_doc (model, ev->doc);
  const SlTimex *tx = ev->timex != SL_NONE ? sl_model_timex (model, ev->timex) : NULL;
  const guint32 *claims;
  guint n_claims;
  g_autofree char *when = format_interval (ev->start, ev->end_t);
  g_autofree char *written = tx ? doc_slice (model, ev->doc, tx->begin, tx->end) : NULL;
  g_autofree char *sentence_raw = doc_slice (model, ev->doc, ev->sentence_begin, ev->sentence_end);
  g_autofree char *sentence = sentence_raw ? collapse_space (sentence_raw) : NULL;
  g_autofree char *caption = NULL;
  g_autofree char *date_line = NULL;
  const char *label = sl_model_str (model, ev->label);
  const char *mod = sl_mod_to_string ((SlMod) ev->mod);
  GtkListBox *list;

  clear_detail (self);

  caption = g_strdup_printf ("%s%s", category_label ((SlCategory) ev->category),
                             (ev->flags & SL_EVENT_CONTESTED) ? " · Contested" : "");
  add_label (self, caption, "caption-heading dim-label");
  add_label (self, label && *label ? label : "Untitled event", "title-2");

  if (written != NULL && mod != NULL)
    date_line = g_strdup_printf ("%s · written “%s” (%s)", when, written, mod);
  else if (written != NULL)
    date_line = g_strdup_printf ("%s · written “%s”", when, written);
  else
    date_line = g_strdup (when);
  add_label (self, date_line, "sl-date");

  if (sentence != NULL)
    {
      GtkWidget *quote = add_label (self, sentence, "sl-sentence card");
      gtk_widget_set_margin_top (quote, 6);
    }

  claims = sl_model_event_claims (model, event, &n_claims);
  if (n_claims > 0)
    {
      g_autofree char *heading = g_strdup_printf (n_claims == 1 ? "Attribution" :
                                                  "Attribution (%u claims)", n_claims);

      list = add_list (self, heading);
      g_signal_connect_object (list, "row-activated", G_CALLBACK (source_row_activated_cb),
                               self, 0);
      for (guint i = 0; i < n_claims && i < MAX_DETAIL_ROWS; i++)
        {
          const SlClaim *c = sl_model_claim (model, claims[i]);
          g_autofree char *chain = format_chain (model, claims[i]);
          const char *cue = c->cue ? sl_model_str (model, c->cue) : NULL;
          char grade[4];
          g_autofree char *sub = NULL;

          format_grade (sl_model_source (model, c->source), grade);
          sub = g_strdup_printf ("%s%s%s%s%s%s", sl_stance_to_string ((SlStance) c->stance),
                                 cue && *cue ? " · “" : "", cue && *cue ? cue : "",
                                 cue && *cue ? "”" : "",
                                 *grade ? " · grade " : "", grade);
          GtkWidget *row = add_row (list, chain, sub, stance_mark ((SlStance) c->stance), TRUE);

          g_object_set_data (G_OBJECT (row), "sl-source", GUINT_TO_POINTER (c->source + 1));
          if (c->stance == SL_STANCE_DENY)
            gtk_widget_add_css_class (row, "sl-denial");
        }
    }
  else
    add_label (self, "No attributed source: the article states this itself.",
               "dim-label sl-section");

  if (doc != NULL)
    {
      const char *title = doc->title ? sl_model_str (model, doc->title) : NULL;
      const char *outlet = doc->outlet ? sl_model_str (model, doc->outlet) : NULL;
      const char *path = doc->path ? sl_model_str (model, doc->path) : NULL;
      g_autofree char *base = path && *path ? g_path_get_basename (path) : NULL;
      g_autofree char *sub = NULL;
      char day[32] = "";

      if (doc->dct_date.prec != SL_PREC_NONE)
        {
          SlTime t0, t1;
          char value[32];

          sl_date_to_value (&doc->dct_date, value, sizeof value);
          if (sl_time_interval_from_value (value, SL_MOD_NONE, &t0, &t1))
            {
              g_autofree char *f = format_interval (t0, t1);
              g_strlcpy (day, f, sizeof day);
            }
        }
      sub = g_strdup_printf ("%s%s%s%s", outlet && *outlet ? outlet : "Unknown outlet",
                             *day ? " · published " : "", day,
                             doc->dct_source == SL_DCT_INFERRED ? " (date inferred)" : "");
      list = add_list (self, "Article");
      add_row (list, title && *title ? title : (base ? base : "Untitled article"), sub,
               NULL, FALSE);
    }

  gtk_stack_set_visible_child_name (self->detail_stack, "detail");
}

static void
show_source_detail (SlWindow *self, guint32 source)
{
  SlModel *model = self->model;
  const SlSource *src = sl_model_source (model, source);
  const char *name = sl_model_str (model, src->name);
  const char *title = src->title ? sl_model_str (model, src->title) : NULL;
  g_autoptr (GString) aliases = g_string_new (NULL);
  g_autoptr (GArray) events = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) mine = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint32 it = src->alias_head;
  guint32 alias;
  guint n_claims = sl_model_n_claims (model);
  GtkListBox *list;

  clear_detail (self);
  add_label (self, source_kind_label ((SlSourceKind) src->kind), "caption-heading dim-label");
  add_label (self, name && *name ? name : "Unnamed source", "title-2");
  if (title && *title)
    add_label (self, title, "sl-date");
  {
    char grade[4];

    if (*format_grade (src, grade))
      {
        g_autofree char *line = g_strdup_printf ("Graded %s: reliability %c, credibility %c",
                                                 grade, grade[0], grade[1]);
        add_label (self, line, "sl-date");
      }
  }

  while ((alias = sl_model_source_alias_next (model, &it)) != 0)
    {
      const char *a = sl_model_str (model, alias);

      if (a == NULL || *a == '\0' || (name && g_ascii_strcasecmp (a, name) == 0))
        continue;
      if (aliases->len > 0)
        g_string_append (aliases, ", ");
      g_string_append (aliases, a);
    }
  if (aliases->len > 0)
    {
      g_autofree char *line = g_strdup_printf ("Also written as %s", aliases->str);
      add_label (self, line, "dim-label");
    }

  for (guint32 i = 0; i < n_claims; i++)
    if (sl_model_claim (model, i)->source == source)
      g_array_append_val (mine, i);
  if (mine->len > 0)
    {
      g_autofree char *heading = g_strdup_printf ("Claims (%u)", mine->len);

      list = add_list (self, heading);
      for (guint i = 0; i < mine->len && i < MAX_DETAIL_ROWS; i++)
        {
          const SlClaim *c = sl_model_claim (model, g_array_index (mine, guint32, i));
          const SlDoc *doc = sl_model_doc (model, c->doc);
          g_autofree char *raw = doc_slice (model, c->doc, c->content_begin, c->content_end);
          g_autofree char *content = raw ? collapse_space (raw) : NULL;
          const char *cue = c->cue ? sl_model_str (model, c->cue) : "";
          const char *doc_title = doc && doc->title ? sl_model_str (model, doc->title) : NULL;
          g_autofree char *sub = g_strdup_printf ("%s%s%s%s%s%s",
                                                  sl_stance_to_string ((SlStance) c->stance),
                                                  *cue ? " · “" : "", cue, *cue ? "”" : "",
                                                  doc_title && *doc_title ? " · " : "",
                                                  doc_title ? doc_title : "");
          g_autofree char *line = g_strdup (content && *content ? content
                                            : (*cue ? cue : "(no wording kept)"));

          add_row (list, line, sub, stance_mark ((SlStance) c->stance), FALSE);
        }
    }

  sl_model_source_events (model, source, events);
  if (events->len > 0)
    {
      g_autofree char *heading = g_strdup_printf ("Events (%u)", events->len);

      list = add_list (self, heading);
      g_signal_connect_object (list, "row-activated", G_CALLBACK (event_row_activated_cb),
                               self, 0);
      for (guint i = 0; i < events->len && i < MAX_DETAIL_ROWS; i++)
        {
          guint32 e = g_array_index (events, guint32, i);
          const SlEvent *ev = sl_model_event (model, e);
          g_autofree char *when = format_interval (ev->start, ev->end_t);
          GtkWidget *row = add_row (list, sl_model_str (model, ev->label), when, NULL, TRUE);

          g_object_set_data (G_OBJECT (row), "sl-event", GUINT_TO_POINTER (e + 1));
        }
    }

  gtk_stack_set_visible_child_name (self->detail_stack, "detail");
}

/* Linking */

static void
select_event (SlWindow *self, guint32 event)
{
  self->syncing++;
  sl_timeline_view_set_selected_event (self->timeline, event);
  sl_graph_view_set_selected_source (self->graph, SL_NONE);
  sl_timeline_view_set_highlight (self->timeline, NULL, 0);
  sl_graph_view_highlight_event (self->graph, event);
  if (self->model != NULL && event != SL_NONE && event < sl_model_n_events (self->model))
    show_event_detail (self, event);
  else
    gtk_stack_set_visible_child_name (self->detail_stack, "empty");
  self->syncing--;
}

static void
select_source (SlWindow *self, guint32 source)
{
  g_autoptr (GArray) events = g_array_new (FALSE, FALSE, sizeof (guint32));

  self->syncing++;
  sl_graph_view_set_selected_source (self->graph, source);
  sl_timeline_view_set_selected_event (self->timeline, SL_NONE);
  sl_graph_view_highlight_neighbourhood (self->graph, source);
  if (self->model != NULL && source != SL_NONE && source < sl_model_n_sources (self->model))
    {
      sl_model_source_events (self->model, source, events);
      sl_timeline_view_set_highlight (self->timeline, (const guint32 *) events->data, events->len);
      show_source_detail (self, source);
    }
  else
    {
      sl_timeline_view_set_highlight (self->timeline, NULL, 0);
      gtk_stack_set_visible_child_name (self->detail_stack, "empty");
    }
  self->syncing--;
}

static void
timeline_selection_changed_cb (SlWindow *self, SlTimelineView *timeline)
{
  if (self->syncing == 0)
    select_event (self, sl_timeline_view_get_selected_event (timeline));
}

static void
graph_selection_changed_cb (SlWindow *self, SlGraphView *graph)
{
  if (self->syncing == 0)
    select_source (self, sl_graph_view_get_selected_source (graph));
}

static char *
describe_model (SlModel *model)
{
  guint n_docs = sl_model_n_docs (model);
  guint n_events = sl_model_n_events (model);
  SlTime t0, t1;
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, n_docs == 1 ? "%u article" : "%u articles", n_docs);
  g_string_append_printf (out, n_events == 1 ? " · %u event" : " · %u events", n_events);
  if (n_events > 0 && sl_model_time_bounds (model, &t0, &t1) && t1 > t0)
    {
      gint64 y0, y1;
      guint m0, m1, d0, d1;
      g_autofree char *a = NULL, *b = NULL;

      sl_time_to_ymd (t0, &y0, &m0, &d0);
      sl_time_to_ymd (t1 - 1, &y1, &m1, &d1);
      a = format_day (t0, y0 == y1 ? "%b" : "%b %Y");
      b = format_day (t1 - 1, "%b %Y");
      if (y0 == y1 && m0 == m1)
        g_string_append_printf (out, " · %s", b);
      else
        g_string_append_printf (out, " · %s – %s", a, b);
    }
  return g_string_free (out, FALSE);
}

static void
set_model (SlWindow *self, SlModel *model)
{
  g_autofree char *subtitle = NULL;

  if (model != self->model)
    {
      if (model != NULL)
        sl_model_ref (model);
      g_clear_pointer (&self->model, sl_model_unref);
      self->model = model;

      self->syncing++;
      sl_timeline_view_set_model (self->timeline, model);
      sl_graph_view_set_model (self->graph, model);
      self->syncing--;
      select_event (self, SL_NONE);
    }

  subtitle = model ? describe_model (model) : NULL;
  adw_window_title_set_subtitle (self->window_title, subtitle ? subtitle : "");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", model != NULL);
}

/* Export */

gboolean
sl_window_export_to_path (SlWindow *self, const char *path, GError **error)
{
  SlExportOptions opts;
  SlExportFormat format;

  g_return_val_if_fail (SL_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->model == NULL)
    {
      g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_INVALID, "Nothing to export yet");
      return FALSE;
    }
  if (!sl_export_format_from_path (path, &format))
    {
      g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_INVALID,
                   "Unknown image type: name the file .png, .svg or .pdf");
      return FALSE;
    }

  sl_export_options_init (&opts);
  opts.format = format;
  /* what the window shows: both views, or the timeline alone when the lower half is hidden */
  opts.view = self->show_details ? SL_EXPORT_VIEW_BOTH : SL_EXPORT_VIEW_TIMELINE;
  opts.has_range = TRUE;
  sl_timeline_view_get_visible_range (self->timeline, &opts.from, &opts.to);
  opts.selected_event = sl_timeline_view_get_selected_event (self->timeline);
  opts.selected_source = sl_graph_view_get_selected_source (self->graph);
  /* paper is white: documents are drawn light whatever the screen shows */
  opts.dark = format == SL_EXPORT_PNG && sl_timeline_view_get_dark (self->timeline);

  return sl_export_image (self->model, &opts, path, error);
}

static void
export_response_cb (GtkNativeDialog *dialog, int response, SlWindow *self)
{
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_object_unref (dialog);
  if (file == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      show_toast (self, "Could not export: only local files can be written", NULL, NULL);
      return;
    }
  if (!sl_window_export_to_path (self, path, &error))
    {
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *msg = g_strdup_printf ("Could not export “%s”: %s", base, error->message);
      g_autofree char *escaped = g_markup_escape_text (msg, -1);

      show_toast (self, escaped, NULL, NULL);
      return;
    }
  {
    g_autofree char *base = g_path_get_basename (path);
    g_autofree char *msg = g_strdup_printf ("Exported “%s”", base);
    g_autofree char *escaped = g_markup_escape_text (msg, -1);

    g_free (self->last_export);
    self->last_export = g_steal_pointer (&path);
    show_toast (self, escaped, "Open", "win.open-export");
  }
}

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

static void
export_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SlWindow *self = SL_WINDOW (widget);
  GtkFileChooserNative *native;
  static const char *const images[] = { "*.png", "*.svg", "*.pdf", NULL };
  static const char *const png[] = { "*.png", NULL };
  static const char *const svg[] = { "*.svg", NULL };
  static const char *const pdf[] = { "*.pdf", NULL };

  if (self->model == NULL)
    return;
  native = gtk_file_chooser_native_new ("Export Image", GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, "_Export", "_Cancel");
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  add_filter (GTK_FILE_CHOOSER (native), "Images (PNG, SVG, PDF)", images, NULL);
  add_filter (GTK_FILE_CHOOSER (native), "PNG Image", png, NULL);
  add_filter (GTK_FILE_CHOOSER (native), "SVG Drawing", svg, NULL);
  add_filter (GTK_FILE_CHOOSER (native), "PDF Document", pdf, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), "timeline.png");
  g_signal_connect_object (native, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
open_export_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SlWindow *self = SL_WINDOW (widget);
  g_autoptr (GFile) file = NULL;
  g_autofree char *uri = NULL;

  if (self->last_export == NULL)
    return;
  file = g_file_new_for_path (self->last_export);
  uri = g_file_get_uri (file);
  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

/* Open */

static void
open_response_cb (GtkNativeDialog *dialog, int response, SlWindow *self)
{
  g_autoptr (GListModel) files = NULL;
  g_autoptr (GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

  if (response == GTK_RESPONSE_ACCEPT)
    files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
  g_object_unref (dialog);
  if (files == NULL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    g_ptr_array_add (array, g_list_model_get_item (files, i));
  if (array->len > 0)
    sl_window_open_files (self, (GFile **) array->pdata, array->len);
}

static void
open_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SlWindow *self = SL_WINDOW (widget);
  GtkFileChooserNative *native;
  static const char *const article_patterns[] = { "*.txt", "*.html", "*.htm", "*.sourceline", NULL };
  static const char *const article_types[] = { "text/plain", "text/html", NULL };
  static const char *const project[] = { "*.sourceline", NULL };
  static const char *const all[] = { "*", NULL };

  native = gtk_file_chooser_native_new ("Open Articles or a Project", GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, "_Open", "_Cancel");
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native), TRUE);
  add_filter (GTK_FILE_CHOOSER (native), "Articles and Projects", article_patterns, article_types);
  add_filter (GTK_FILE_CHOOSER (native), "Sourceline Projects", project, NULL);
  add_filter (GTK_FILE_CHOOSER (native), "All Files", all, NULL);
  g_signal_connect_object (native, "response", G_CALLBACK (open_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
open_sample_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  sl_window_open_sample (SL_WINDOW (widget));
}

/* View actions: they act on the timeline, the view a briefing is about */

static void
zoom_fit_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SlWindow *self = SL_WINDOW (widget);

  sl_timeline_view_zoom_to_fit (self->timeline);
  sl_graph_view_zoom_to_fit (self->graph);
}

static void
zoom_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SlWindow *self = SL_WINDOW (widget);
  double factor = g_str_equal (action_name, "win.zoom-in") ? 1.5 : 1.0 / 1.5;

  sl_timeline_view_zoom_at (self->timeline, factor,
                            gtk_widget_get_width (GTK_WIDGET (self->timeline)) / 2.0);
}

static void
set_show_details (SlWindow *self, gboolean show)
{
  show = !!show;
  if (self->show_details == show)
    return;
  self->show_details = show;
  gtk_widget_set_visible (GTK_WIDGET (self->lower_paned), show);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_DETAILS]);
}

static const char *const lane_mode_names[] = { "source", "category", "document", "actor", "none" };

static const char *
get_lane_mode (SlWindow *self)
{
  SlLaneMode mode = sl_timeline_view_get_lane_mode (self->timeline);

  return (guint) mode < G_N_ELEMENTS (lane_mode_names) ? lane_mode_names[mode] : "source";
}

static void
set_lane_mode (SlWindow *self, const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (lane_mode_names); i++)
    if (g_strcmp0 (name, lane_mode_names[i]) == 0 && g_strcmp0 (get_lane_mode (self), name) != 0)
      {
        sl_timeline_view_set_lane_mode (self->timeline, (SlLaneMode) i);
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANE_MODE]);
      }
}

/* Articles dropped from a file manager open like those chosen with Open. */
static gboolean
drop_cb (GtkDropTarget *target, const GValue *value, double x, double y, SlWindow *self)
{
  GSList *list;
  g_autoptr (GPtrArray) files = g_ptr_array_new ();

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  list = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = list; l != NULL; l = l->next)
    g_ptr_array_add (files, l->data);
  g_slist_free (list);
  if (files->len == 0)
    return FALSE;
  sl_window_open_files (self, (GFile **) files->pdata, files->len);
  return TRUE;
}

/* GObject */

static void
sl_window_dispose (GObject *object)
{
  SlWindow *self = SL_WINDOW (object);

  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  self->job = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), SL_TYPE_WINDOW);
  G_OBJECT_CLASS (sl_window_parent_class)->dispose (object);
}

static void
sl_window_finalize (GObject *object)
{
  SlWindow *self = SL_WINDOW (object);

  g_clear_pointer (&self->model, sl_model_unref);
  g_free (self->last_export);
  G_OBJECT_CLASS (sl_window_parent_class)->finalize (object);
}

static void
sl_window_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SlWindow *self = SL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    case PROP_SHOW_DETAILS:
      g_value_set_boolean (value, self->show_details);
      break;
    case PROP_LANE_MODE:
      g_value_set_string (value, self->timeline ? get_lane_mode (self) : "source");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_window_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  SlWindow *self = SL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SHOW_DETAILS:
      set_show_details (self, g_value_get_boolean (value));
      break;
    case PROP_LANE_MODE:
      set_lane_mode (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_window_class_init (SlWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sl_window_dispose;
  object_class->finalize = sl_window_finalize;
  object_class->get_property = sl_window_get_property;
  object_class->set_property = sl_window_set_property;

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* the graph and the detail pane; hiding them gives the timeline the whole window */
  properties[PROP_SHOW_DETAILS] =
    g_param_spec_boolean ("show-details", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* what the timeline's lanes group by: "source", "category", "document", "actor", "none" */
  properties[PROP_LANE_MODE] =
    g_param_spec_string ("lane-mode", NULL, NULL, "source",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* referencing the resource bundle keeps it (and its self-registering constructor) in the
   * link when the UI comes from a static library */
  (void) sl_get_resource ();
  g_type_ensure (SL_TYPE_TIMELINE_VIEW);
  g_type_ensure (SL_TYPE_GRAPH_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/sourceline/Sourceline/ui/sl-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SlWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, main_paned);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, lower_paned);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, timeline);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, graph);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, detail_box);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action_cb);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action_cb);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action_cb);
  gtk_widget_class_install_action (widget_class, "win.open-export", NULL, open_export_action_cb);
  gtk_widget_class_install_action (widget_class, "win.zoom-fit", NULL, zoom_fit_action_cb);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action_cb);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action_cb);
  gtk_widget_class_install_property_action (widget_class, "win.show-details", "show-details");
  gtk_widget_class_install_property_action (widget_class, "win.lane-mode", "lane-mode");
}

static void
sl_window_init (SlWindow *self)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkDropTarget *target;

  self->show_details = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  g_object_bind_property (style, "dark", self->timeline, "dark", G_BINDING_SYNC_CREATE);
  g_object_bind_property (style, "dark", self->graph, "dark", G_BINDING_SYNC_CREATE);

  g_signal_connect_object (self->timeline, "selection-changed",
                           G_CALLBACK (timeline_selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->graph, "selection-changed",
                           G_CALLBACK (graph_selection_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", FALSE);

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

SlWindow *
sl_window_new (GtkApplication *app)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (app), NULL);
  return g_object_new (SL_TYPE_WINDOW, "application", app, NULL);
}

gboolean
sl_window_get_loading (SlWindow *self)
{
  g_return_val_if_fail (SL_IS_WINDOW (self), FALSE);
  return self->loading;
}

SlModel *
sl_window_get_model (SlWindow *self)
{
  g_return_val_if_fail (SL_IS_WINDOW (self), NULL);
  return self->model;
}

SlTimelineView *
sl_window_get_timeline (SlWindow *self)
{
  g_return_val_if_fail (SL_IS_WINDOW (self), NULL);
  return self->timeline;
}

SlGraphView *
sl_window_get_graph (SlWindow *self)
{
  g_return_val_if_fail (SL_IS_WINDOW (self), NULL);
  return self->graph;
}
