/* Re-extraction of a project, and the publication date the analyst sets for an article:
 * its weekdays and "last year" move with the date, the other articles and the analyst's
 * other edits stay, and undoing the date puts everything back. */
#include <glib/gstdio.h>
#include <string.h>

#include "project/sl-import-job.h"
#include "project/sl-reextract.h"

static char *tmpdir;

/* No year anywhere: the article cannot be dated from its text. */
static const char ferry[] =
  "Title: Ferry\n\n"
  "The harbour authority said on Monday that the ferry to the islands would run again.\n\n"
  "The service was halted last year after a storm damaged the pier.\n";
static const char veto[] =
  "Title: Veto\nDate: 2024-03-29\n\nRussia vetoed the resolution on Thursday, diplomats said.\n";

static char *
write_file (const char *name, const char *data)
{
  char *path = g_build_filename (tmpdir, name, NULL);

  g_assert_true (g_file_set_contents (path, data, -1, NULL));
  return path;
}

/* A new project holding the two articles, as the window's import makes it. */
static SlProjectStore *
new_project (const char *name, SlModel **model_out)
{
  g_autofree char *a = write_file ("ferry.txt", ferry);
  g_autofree char *b = write_file ("veto.txt", veto);
  const char *paths[] = { a, b };
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr (GError) error = NULL;
  SlImportJob *job = sl_import_job_new (paths, 2);
  SlModel *model = sl_import_job_run (job, NULL, NULL, NULL);
  SlProjectStore *store = sl_project_store_open (path, TRUE, &error);

  g_assert_no_error (error);
  g_assert_true (sl_project_store_save_model (store, model, &error));
  g_assert_no_error (error);
  sl_import_job_free (job);
  *model_out = model;
  return store;
}

static guint32
doc_titled (SlModel *model, const char *title)
{
  for (guint32 i = 0; i < sl_model_n_docs (model); i++)
    if (g_strcmp0 (sl_model_str (model, sl_model_doc (model, i)->title), title) == 0)
      return i;
  g_assert_not_reached ();
}

/* The value of the timex of doc whose text is `text` ("" when not found). */
static const char *
timex_value (SlModel *model, guint32 doc, const char *text)
{
  gsize len;
  const char *body = sl_model_doc_text (model, doc, &len);

  for (guint32 i = 0; i < sl_model_n_timexes (model); i++)
    {
      const SlTimex *t = sl_model_timex (model, i);

      if (t->doc == doc && t->end - t->begin == strlen (text)
          && strncmp (body + t->begin, text, t->end - t->begin) == 0)
        return sl_model_str (model, t->value);
    }
  return "";
}

/* Events of doc placed on the timeline (resolved to a day, month or year). */
static guint
dated_events (SlModel *model, guint32 doc)
{
  guint n = 0;

  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    n += sl_model_event (model, e)->doc == doc && sl_model_event (model, e)->start != 0
         && !(sl_model_event (model, e)->flags & SL_EVENT_DELETED);
  return n;
}

static void
test_set_publication_date (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlModel) model = NULL;
  g_autoptr (SlProjectStore) store = new_project ("dates.sourceline", &model);
  g_autoptr (SlModel) dated = NULL;
  g_autoptr (SlModel) undone = NULL;
  g_autoptr (SlModel) redone = NULL;
  guint32 f = doc_titled (model, "Ferry"), v = doc_titled (model, "Veto");
  g_autofree char *key = sl_project_document_key (model, f);
  g_autofree char *veto_key = NULL;
  guint32 ve;

  /* read as imported: nothing tells the ferry story's year */
  g_assert_cmpint (sl_model_doc (model, f)->dct_source, ==, SL_DCT_NONE);
  g_assert_cmpstr (timex_value (model, f, "Monday"), ==, "XXXX-WXX-1");
  g_assert_cmpuint (dated_events (model, f), ==, 0);
  g_assert_cmpstr (timex_value (model, v, "Thursday"), ==, "2024-03-28");
  g_assert_true (g_str_has_prefix (key, "D:"));

  /* the analyst's other judgements must outlive the re-reading */
  ve = 0;
  while (ve < sl_model_n_events (model) && sl_model_event (model, ve)->doc != v)
    ve++;
  g_assert_cmpuint (ve, <, sl_model_n_events (model));
  veto_key = sl_project_event_key (model, ve);
  g_assert_cmpint (sl_project_store_add_edit (store, model, SL_EDIT_EVENT_LABEL, veto_key,
                                              "Veto of the panel", NULL, 0, &error), >, 0);

  /* published on Wednesday 12 June 2024: "Monday" is the 10th, "last year" 2023 */
  g_assert_cmpint (sl_project_store_add_edit (store, NULL, SL_EDIT_DOC_DCT, key, "2024-06-12",
                                              NULL, 0, &error), >, 0);
  g_assert_no_error (error);
  dated = sl_project_reextract (store, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dated);
  f = doc_titled (dated, "Ferry");
  v = doc_titled (dated, "Veto");
  g_assert_cmpint (sl_model_doc (dated, f)->dct_source, ==, SL_DCT_GIVEN);
  g_assert_cmpstr (sl_model_str (dated, sl_model_doc (dated, f)->dct), ==, "2024-06-12");
  g_assert_cmpstr (timex_value (dated, f, "Monday"), ==, "2024-06-10");
  g_assert_cmpstr (timex_value (dated, f, "last year"), ==, "2023");
  g_assert_cmpuint (dated_events (dated, f), >, 0);
  /* the other article keeps its own date, and the renamed event its name */
  g_assert_cmpstr (timex_value (dated, v, "Thursday"), ==, "2024-03-28");
  g_assert_cmpint (sl_model_doc (dated, v)->dct_source, ==, SL_DCT_METADATA);
  ve = 0;
  while (ve < sl_model_n_events (dated)
         && g_strcmp0 (sl_model_str (dated, sl_model_event (dated, ve)->label), "Veto of the panel"))
    ve++;
  g_assert_cmpuint (ve, <, sl_model_n_events (dated));

  /* reopening shows what was written, not what was in memory */
  {
    g_autoptr (SlModel) reopened = sl_project_store_load_model (store, NULL, NULL, NULL, &error);

    g_assert_no_error (error);
    f = doc_titled (reopened, "Ferry");
    g_assert_cmpstr (timex_value (reopened, f, "Monday"), ==, "2024-06-10");
    g_assert_cmpint (sl_model_doc (reopened, f)->dct_source, ==, SL_DCT_GIVEN);
  }

  /* undo: the article has no date again */
  g_assert_true (sl_project_store_undo (store, &error));
  undone = sl_project_reextract (store, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  f = doc_titled (undone, "Ferry");
  g_assert_cmpint (sl_model_doc (undone, f)->dct_source, ==, SL_DCT_NONE);
  g_assert_cmpstr (timex_value (undone, f, "Monday"), ==, "XXXX-WXX-1");
  g_assert_cmpuint (dated_events (undone, f), ==, 0);

  /* redo: dated again */
  g_assert_true (sl_project_store_redo (store, &error));
  redone = sl_project_reextract (store, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  f = doc_titled (redone, "Ferry");
  g_assert_cmpstr (timex_value (redone, f, "Monday"), ==, "2024-06-10");
}

/* A later date for the same article wins; one already dated by its metadata can be
 * corrected too. */
static void
test_latest_date_wins (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlModel) model = NULL;
  g_autoptr (SlProjectStore) store = new_project ("twice.sourceline", &model);
  g_autoptr (SlModel) again = NULL;
  guint32 f = doc_titled (model, "Ferry"), v = doc_titled (model, "Veto");
  g_autofree char *ferry_key = sl_project_document_key (model, f);
  g_autofree char *veto_key = sl_project_document_key (model, v);

  g_assert_cmpint (sl_project_store_add_edit (store, NULL, SL_EDIT_DOC_DCT, ferry_key,
                                              "2024-06-12", NULL, 0, &error), >, 0);
  g_assert_cmpint (sl_project_store_add_edit (store, NULL, SL_EDIT_DOC_DCT, ferry_key,
                                              "2025-01-08", NULL, 0, &error), >, 0);
  /* the wire copy was filed a week late: Thursday is the 4th of April */
  g_assert_cmpint (sl_project_store_add_edit (store, NULL, SL_EDIT_DOC_DCT, veto_key,
                                              "2024-04-05", NULL, 0, &error), >, 0);
  again = sl_project_reextract (store, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  f = doc_titled (again, "Ferry");
  v = doc_titled (again, "Veto");
  g_assert_cmpstr (timex_value (again, f, "Monday"), ==, "2025-01-06");
  g_assert_cmpstr (timex_value (again, f, "last year"), ==, "2024");
  g_assert_cmpstr (timex_value (again, v, "Thursday"), ==, "2024-04-04");
  g_assert_cmpint (sl_model_doc (again, v)->dct_source, ==, SL_DCT_GIVEN);
}

/* A cancelled re-reading writes nothing: the project holds what it held. */
static void
test_cancel_keeps_project (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlModel) model = NULL;
  g_autoptr (SlProjectStore) store = new_project ("cancel.sourceline", &model);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (SlModel) none = NULL;
  g_autoptr (SlModel) reopened = NULL;
  guint32 f = doc_titled (model, "Ferry");
  g_autofree char *key = sl_project_document_key (model, f);

  g_assert_cmpint (sl_project_store_add_edit (store, NULL, SL_EDIT_DOC_DCT, key, "2024-06-12",
                                              NULL, 0, &error), >, 0);
  g_cancellable_cancel (cancellable);
  none = sl_project_reextract (store, cancellable, NULL, NULL, &error);
  g_assert_null (none);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  reopened = sl_project_store_load_model (store, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  f = doc_titled (reopened, "Ferry");
  g_assert_cmpstr (timex_value (reopened, f, "Monday"), ==, "XXXX-WXX-1");
}

int
main (int argc, char **argv)
{
  int rc;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("sl-reextract-XXXXXX", NULL);
  g_test_add_func ("/reextract/set-publication-date", test_set_publication_date);
  g_test_add_func ("/reextract/latest-date-wins", test_latest_date_wins);
  g_test_add_func ("/reextract/cancel-keeps-project", test_cancel_keeps_project);
  rc = g_test_run ();
  {
    g_autoptr (GDir) dir = g_dir_open (tmpdir, 0, NULL);
    const char *name;

    while (dir && (name = g_dir_read_name (dir)))
      {
        g_autofree char *p = g_build_filename (tmpdir, name, NULL);
        g_unlink (p);
      }
    g_rmdir (tmpdir);
  }
  return rc;
}
