/* Project store: articles survive a round trip, duplicates are recognised, and files that
 * are not projects are refused without being touched. */
#include <string.h>

#include "store/sl-project-store.h"

/* a fresh folder per run, so no earlier run can decide a result */
static char *tmpdir;

static SlDocument *
make_doc (const char *title, const char *text)
{
  SlDocument *d = sl_document_new ();

  d->path = g_strdup_printf ("/articles/%s.txt", title);
  d->title = g_strdup (title);
  d->outlet = g_strdup ("Meridian Wire");
  d->text = g_strdup (text);
  d->text_len = strlen (text);
  d->dct.year = 2024;
  d->dct.month = 5;
  d->dct.day = 2;
  d->dct.prec = SL_PREC_DAY;
  d->dct_source = SL_DCT_METADATA;
  return d;
}

static void
test_round_trip (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "p.sourceline", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (SlDocument) a = make_doc ("veto", "Russia vetoed the resolution on March 28.");
  g_autoptr (SlDocument) b = make_doc ("oil", "Kirby said on May 2 that oil was shipped.");
  /* the same article saved twice, with different line breaks */
  g_autoptr (SlDocument) a2 = make_doc ("veto-copy", "Russia vetoed the resolution\non March 28.");
  SlDocument *batch[] = { a, b, a2 };
  guint added = 0, dups = 0;

  {
    g_autoptr (SlProjectStore) store = sl_project_store_open (path, TRUE, &error);
    g_assert_no_error (error);
    g_assert_true (sl_project_store_add_documents (store, batch, 3, &added, &dups, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (added, ==, 2);
    g_assert_cmpuint (dups, ==, 1);
  }
  {
    g_autoptr (SlProjectStore) store = sl_project_store_open (path, FALSE, &error);
    g_autoptr (GPtrArray) docs = NULL;
    SlDocument *first;

    g_assert_no_error (error);
    g_assert_cmpuint (sl_project_store_n_documents (store), ==, 2);
    docs = sl_project_store_read_documents (store, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (docs->len, ==, 2);
    first = g_ptr_array_index (docs, 0);
    g_assert_cmpstr (first->title, ==, "veto");
    g_assert_cmpstr (first->outlet, ==, "Meridian Wire");
    g_assert_cmpstr (first->text, ==, "Russia vetoed the resolution on March 28.");
    g_assert_cmpint (first->dct.day, ==, 2);
    g_assert_cmpint (first->dct_source, ==, SL_DCT_METADATA);
  }
}

static void
test_foreign_files_untouched (void)
{
  g_autofree char *text = g_build_filename (tmpdir, "notes.sourceline", NULL);
  g_autofree char *other = g_build_filename (tmpdir, "other.sourceline", NULL);
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr (GError) error = NULL;
  SlProjectStore *store;

  g_assert_true (g_file_set_contents (text, "these are my notes\n", -1, NULL));
  store = sl_project_store_open (text, TRUE, &error);
  g_assert_null (store);
  g_assert_error (error, SL_STORE_ERROR, SL_STORE_ERROR_NOT_A_PROJECT);
  g_assert_nonnull (strstr (error->message, "not a Sourceline project"));
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (text, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "these are my notes\n");
  g_clear_pointer (&after, g_free);

  /* an SQLite database of another program: a project whose application id is not ours */
  {
    g_autoptr (SlProjectStore) s = sl_project_store_open (other, TRUE, &error);
    gsize len = 0;

    g_assert_no_error (error);
    g_clear_pointer (&s, sl_project_store_close);
    g_assert_true (g_file_get_contents (other, &before, &len, NULL));
    g_assert_cmpuint (len, >=, 100);
    memset (before + 68, 0x11, 4); /* application_id lives at byte 68 of the header */
    g_assert_true (g_file_set_contents (other, before, len, NULL));

    s = sl_project_store_open (other, TRUE, &error);
    g_assert_null (s);
    g_assert_error (error, SL_STORE_ERROR, SL_STORE_ERROR_NOT_A_PROJECT);
    g_assert_nonnull (strstr (error->message, "another program"));
    g_assert_true (g_file_get_contents (other, &after, NULL, NULL));
    g_assert_cmpmem (before, len, after, len);
  }
}

static void
test_missing_file_not_created (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "nope.sourceline", NULL);
  g_autoptr (GError) error = NULL;

  g_assert_null (sl_project_store_open (path, FALSE, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  tmpdir = g_dir_make_tmp ("sourceline-test-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);
  g_test_add_func ("/store/round-trip", test_round_trip);
  g_test_add_func ("/store/foreign-files-untouched", test_foreign_files_untouched);
  g_test_add_func ("/store/missing-file-not-created", test_missing_file_not_created);
  return g_test_run ();
}
