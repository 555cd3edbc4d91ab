/* Import job: what the import dialog shows — a line per file (imported, duplicate, failed and
 * why), progress as it goes, and a cancel that stops it. */
#include <glib/gstdio.h>
#include <string.h>

#include "project/sl-import-job.h"
#include "ingest/sl-ingest.h"
#include "extract/sl-extract.h"

static char *tmpdir;

static char *
write_file (const char *name, const char *data, gssize len)
{
  char *path = g_build_filename (tmpdir, name, NULL);
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, data, len, NULL));
  return path;
}

static const char veto[] =
  "Title: Veto\nDate: 2024-03-29\n\nRussia vetoed the resolution on Thursday, diplomats said.\n";
static const char oil[] =
  "Title: Oil\nDate: 2024-05-03\n\nKirby said on May 2 that oil was shipped in March.\n";

static SlImportResult *
result_for (SlImportJob *job, const char *suffix)
{
  GPtrArray *results = sl_import_job_get_results (job);

  for (guint i = 0; i < results->len; i++)
    {
      SlImportResult *r = g_ptr_array_index (results, i);
      if (g_str_has_suffix (r->path, suffix))
        return r;
    }
  return NULL;
}

typedef struct
{
  guint calls, last_done, last_total;
} Progress;

static void
progress_cb (guint done, guint total, const SlImportResult *r, gpointer data)
{
  Progress *p = data;

  g_assert_nonnull (r->path);
  g_assert_cmpuint (done, ==, p->last_done + 1);
  p->calls++;
  p->last_done = done;
  p->last_total = total;
}

static void
test_folder_results (void)
{
  g_autofree char *a = write_file ("batch/a-veto.txt", veto, -1);
  g_autofree char *b = write_file ("batch/b-oil.txt", oil, -1);
  /* the same article again, saved with other line breaks */
  g_autofree char *c = write_file ("batch/c-veto-copy.txt",
                                   "Title: Veto\nDate: 2024-03-29\n\nRussia vetoed the resolution\n"
                                   "on Thursday, diplomats said.\n", -1);
  g_autofree char *d = write_file ("batch/d-empty.txt", "", 0);
  g_autofree char *dir = g_build_filename (tmpdir, "batch", NULL);
  const char *paths[] = { dir };
  g_autoptr (SlImportJob) job = sl_import_job_new (paths, 1);
  g_autoptr (SlModel) model = NULL;
  Progress p = { 0 };
  SlImportResult *r;

  model = sl_import_job_run (job, NULL, progress_cb, &p);
  g_assert_nonnull (model);
  g_assert_cmpuint (p.calls, ==, 4);
  g_assert_cmpuint (p.last_total, ==, 4);
  g_assert_cmpuint (sl_model_n_docs (model), ==, 2);
  g_assert_cmpuint (sl_import_job_count (job, SL_IMPORT_IMPORTED), ==, 2);
  g_assert_cmpuint (sl_import_job_count (job, SL_IMPORT_DUPLICATE), ==, 1);
  g_assert_cmpuint (sl_import_job_count (job, SL_IMPORT_FAILED), ==, 1);
  r = result_for (job, "c-veto-copy.txt");
  g_assert_cmpint (r->status, ==, SL_IMPORT_DUPLICATE);
  g_assert_nonnull (strstr (r->reason, "Veto"));
  r = result_for (job, "d-empty.txt");
  g_assert_cmpint (r->status, ==, SL_IMPORT_FAILED);
  g_assert_nonnull (strstr (r->reason, "empty"));
  /* what was imported was also extracted */
  g_assert_cmpuint (sl_model_n_events (model), >, 0);
}

static void
test_known_documents_are_duplicates (void)
{
  g_autofree char *a = write_file ("again/veto.txt", veto, -1);
  g_autoptr (SlModel) live = sl_model_new ();
  g_autoptr (SlExtractor) ex = sl_extractor_new ();
  g_autoptr (SlDocument) doc = sl_ingest_bytes ("earlier.txt", veto, strlen (veto), NULL);
  const char *paths[] = { a };
  g_autoptr (SlImportJob) job = sl_import_job_new (paths, 1);
  g_autoptr (SlModel) fresh = NULL;

  sl_extractor_add_document (ex, live, doc);
  sl_import_job_skip_known (job, live);
  fresh = sl_import_job_run (job, NULL, NULL, NULL);
  g_assert_cmpuint (sl_model_n_docs (fresh), ==, 0);
  g_assert_cmpuint (sl_import_job_count (job, SL_IMPORT_DUPLICATE), ==, 1);
}

typedef struct
{
  GMainLoop    *loop;
  GCancellable *cancel;
  SlModel      *model;
  GError       *error;
  guint         seen;
  GThread      *main_thread;
  SlImportJob  *job;
} AsyncRun;

static void
async_progress_cb (guint done, guint total, const SlImportResult *r, gpointer data)
{
  AsyncRun *run = data;

  /* the window may touch its widgets here */
  g_assert_true (g_thread_self () == run->main_thread);
  run->seen = done;
  if (run->cancel && done == 3)
    g_cancellable_cancel (run->cancel);
}

static void
async_done_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  AsyncRun *run = data;

  run->model = sl_import_job_run_finish (run->job, result, &run->error);
  g_main_loop_quit (run->loop);
}

static void
run_async (SlImportJob *job, AsyncRun *run)
{
  run->loop = g_main_loop_new (NULL, FALSE);
  run->main_thread = g_thread_self ();
  run->job = job;
  sl_import_job_run_async (job, run->cancel, async_progress_cb, run, async_done_cb, run);
  g_main_loop_run (run->loop);
  g_main_loop_unref (run->loop);
}

static GPtrArray *
many_articles (const char *folder, guint n)
{
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s/article-%03u.txt", folder, i);
      g_autofree char *text = g_strdup_printf ("Title: Report %u\nDate: 2024-05-06\n\n"
                                               "Officials said on Monday that talks %u resumed.\n",
                                               i, i);
      g_ptr_array_add (paths, write_file (name, text, -1));
    }
  return paths;
}

static void
test_async_and_cancel (void)
{
  g_autoptr (GPtrArray) paths = many_articles ("async", 400);
  g_autoptr (SlImportJob) job = sl_import_job_new ((const char *const *) paths->pdata, paths->len);
  g_autoptr (SlImportJob) job2 = sl_import_job_new ((const char *const *) paths->pdata, paths->len);
  AsyncRun run = { 0 }, cancelled = { 0 };

  run_async (job, &run);
  g_assert_no_error (run.error);
  g_assert_cmpuint (sl_model_n_docs (run.model), ==, 400);
  g_assert_cmpuint (run.seen, ==, 400);
  sl_model_unref (run.model);

  cancelled.cancel = g_cancellable_new ();
  run_async (job2, &cancelled);
  g_assert_null (cancelled.model);
  g_assert_error (cancelled.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (sl_import_job_get_results (job2)->len, <, 400);
  g_clear_error (&cancelled.error);
  g_object_unref (cancelled.cancel);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  tmpdir = g_dir_make_tmp ("sourceline-import-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);
  g_test_add_func ("/import-job/folder-results", test_folder_results);
  g_test_add_func ("/import-job/known-documents-are-duplicates", test_known_documents_are_duplicates);
  g_test_add_func ("/import-job/async-and-cancel", test_async_and_cancel);
  return g_test_run ();
}
