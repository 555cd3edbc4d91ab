/* sl-import-job.c */
#include "config.h"

#include <glib/gi18n-lib.h>
#include "sl-import-job.h"

#include "extract/sl-extract.h"
#include "ingest/sl-ingest.h"
#include "store/sl-project-store.h"

struct _SlImportJob
{
  GStrv       paths;
  GHashTable *known;    /* content hash → path or title of the document that has it */
  SlDate      dct;
  GPtrArray  *results;  /* SlImportResult* */

  /* while running on a worker */
  GMainContext        *context;
  SlImportProgressFunc progress;
  gpointer             progress_data;
};

static void
result_free (SlImportResult *r)
{
  g_free (r->path);
  g_free (r->reason);
  g_free (r->note);
  g_free (r);
}

SlImportJob *
sl_import_job_new (const char *const *paths, guint n_paths)
{
  SlImportJob *job = g_new0 (SlImportJob, 1);
  GStrvBuilder *b = g_strv_builder_new ();

  for (guint i = 0; i < n_paths; i++)
    g_strv_builder_add (b, paths[i]);
  job->paths = g_strv_builder_end (b);
  g_strv_builder_unref (b);
  job->known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  job->results = g_ptr_array_new_with_free_func ((GDestroyNotify) result_free);
  return job;
}

void
sl_import_job_free (SlImportJob *job)
{
  if (job == NULL)
    return;
  g_strfreev (job->paths);
  g_hash_table_unref (job->known);
  g_ptr_array_unref (job->results);
  g_clear_pointer (&job->context, g_main_context_unref);
  g_free (job);
}

static char *
doc_name (const char *path, const char *title)
{
  return g_strdup (title ? title : path ? path : _("an earlier article"));
}

void
sl_import_job_skip_known (SlImportJob *job, SlModel *model)
{
  g_return_if_fail (job != NULL && model != NULL);
  for (guint32 i = 0; i < sl_model_n_docs (model); i++)
    {
      SlDoc *d = sl_model_doc_mut (model, i);
      const char *hash = sl_model_str (model, d->hash);
      g_autofree char *computed = NULL;

      if (hash == NULL)
        {
          gsize len = 0;
          const char *text = sl_model_doc_text (model, i, &len);
          hash = computed = sl_project_content_hash (text ? text : "", len);
          d = sl_model_doc_mut (model, i);
          d->hash = sl_model_intern (model, computed);
        }
      g_hash_table_replace (job->known, g_strdup (hash),
                            doc_name (sl_model_str (model, d->path), sl_model_str (model, d->title)));
    }
}

void
sl_import_job_set_dct (SlImportJob *job, const SlDate *dct)
{
  g_return_if_fail (job != NULL && dct != NULL);
  job->dct = *dct;
}

typedef struct
{
  SlImportJob   *job;
  guint          done, total;
  SlImportResult result;
} ProgressCall;

static gboolean
progress_idle_cb (gpointer data)
{
  ProgressCall *call = data;

  call->job->progress (call->done, call->total, &call->result, call->job->progress_data);
  g_free (call->result.path);
  g_free (call->result.reason);
  g_free (call->result.note);
  g_free (call);
  return G_SOURCE_REMOVE;
}

static void
report (SlImportJob *job, guint done, guint total, const SlImportResult *r)
{
  ProgressCall *call;

  if (job->progress == NULL)
    return;
  if (job->context == NULL)
    {
      job->progress (done, total, r, job->progress_data);
      return;
    }
  /* on the thread that started the job, so the window can touch its widgets */
  call = g_new0 (ProgressCall, 1);
  call->job = job;
  call->done = done;
  call->total = total;
  call->result = *r;
  call->result.path = g_strdup (r->path);
  call->result.reason = g_strdup (r->reason);
  call->result.note = g_strdup (r->note);
  /* an idle source, not g_main_context_invoke: that runs the call right here whenever this
   * thread happens to be able to acquire the context, between two iterations of its loop */
  {
    GSource *idle = g_idle_source_new ();
    /* the task's own completion is dispatched at default priority after these: same priority
     * keeps every file's report ahead of "done" */
    g_source_set_priority (idle, G_PRIORITY_DEFAULT);
    g_source_set_callback (idle, progress_idle_cb, call, NULL);
    g_source_attach (idle, job->context);
    g_source_unref (idle);
  }
}

SlModel *
sl_import_job_run (SlImportJob *job, GCancellable *cancellable, SlImportProgressFunc progress,
                   gpointer user_data)
{
  g_autoptr (GPtrArray) files = NULL;
  g_autoptr (SlExtractor) ex = sl_extractor_new ();
  g_autoptr (SlModel) model = sl_model_new ();

  g_return_val_if_fail (job != NULL, NULL);
  if (job->context == NULL)
    {
      job->progress = progress;
      job->progress_data = user_data;
    }

  files = sl_ingest_expand_paths ((const char *const *) job->paths, g_strv_length (job->paths));
  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autoptr (GPtrArray) docs = sl_document_array_new ();
      g_autoptr (GError) error = NULL;
      SlImportResult *r = g_new0 (SlImportResult, 1);

      if (g_cancellable_is_cancelled (cancellable))
        {
          result_free (r);
          return NULL;
        }
      r->path = g_strdup (path);
      if (!sl_ingest_read (path, docs, &error))
        {
          r->status = SL_IMPORT_FAILED;
          r->reason = g_strdup (error->message);
        }
      else
        {
          g_autofree char *first_dup = NULL;

          for (guint k = 0; k < docs->len; k++)
            {
              SlDocument *doc = g_ptr_array_index (docs, k);
              char *hash = sl_project_content_hash (doc->text, doc->text_len);
              const char *twin = g_hash_table_lookup (job->known, hash);
              guint32 idx;

              if (doc->note != NULL && r->note == NULL)
                r->note = g_strdup (doc->note);
              if (twin != NULL)
                {
                  if (first_dup == NULL)
                    first_dup = g_strdup_printf (_("the same text as “%s”"), twin);
                  g_free (hash);
                  continue;
                }
              g_hash_table_insert (job->known, g_strdup (hash), doc_name (path, doc->title));
              if (job->dct.prec != SL_PREC_NONE)
                {
                  doc->dct = job->dct;
                  doc->dct_source = SL_DCT_GIVEN;
                }
              idx = sl_extractor_add_document (ex, model, doc);
              sl_model_doc_mut (model, idx)->hash = sl_model_intern (model, hash);
              g_free (hash);
              r->n_documents++;
            }
          r->status = r->n_documents ? SL_IMPORT_IMPORTED : SL_IMPORT_DUPLICATE;
          if (r->n_documents == 0)
            r->reason = g_steal_pointer (&first_dup);
        }
      g_ptr_array_add (job->results, r);
      report (job, i + 1, files->len, r);
    }
  return g_steal_pointer (&model);
}

static void
run_in_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  SlImportJob *job = task_data;
  SlModel *model = sl_import_job_run (job, cancellable, NULL, NULL);

  if (model == NULL)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("The import was cancelled"));
  else
    g_task_return_pointer (task, model, (GDestroyNotify) sl_model_unref);
}

void
sl_import_job_run_async (SlImportJob *job, GCancellable *cancellable,
                         SlImportProgressFunc progress, gpointer progress_data,
                         GAsyncReadyCallback callback, gpointer user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (job != NULL);
  job->context = g_main_context_ref_thread_default ();
  job->progress = progress;
  job->progress_data = progress_data;
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sl_import_job_run_async);
  g_task_set_task_data (task, job, NULL);
  g_task_run_in_thread (task, run_in_thread);
}

SlModel *
sl_import_job_run_finish (SlImportJob *job, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

GPtrArray *
sl_import_job_get_results (SlImportJob *job)
{
  g_return_val_if_fail (job != NULL, NULL);
  return job->results;
}

guint
sl_import_job_count (SlImportJob *job, SlImportStatus status)
{
  guint n = 0;

  for (guint i = 0; i < job->results->len; i++)
    n += ((SlImportResult *) g_ptr_array_index (job->results, i))->status == status;
  return n;
}
