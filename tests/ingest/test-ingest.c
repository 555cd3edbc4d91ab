/* Ingest: what an analyst would notice if it went wrong — the headline, the outlet, the
 * publication date and the article body, and a plain reason when a file is not an article. */
#include <glib/gstdio.h>
#include <string.h>

#include "ingest/sl-ingest-private.h"

/* a fresh folder per run, so no earlier run can decide a result */
static char *tmpdir;

static char *
write_tmp (const char *name, const char *data, gssize len)
{
  char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_set_contents (path, data, len, &error));
  g_assert_no_error (error);
  return path;
}

static void
test_text_headers (void)
{
  g_autofree char *path = write_tmp ("a.txt",
                                     "Title: Panel mandate ends\n"
                                     "Date: 2024-04-30\n"
                                     "Source: Harbor Ledger\n"
                                     "URL: https://example.org/a\n"
                                     "\n"
                                     "The panel closed its office on Tuesday.\n", -1);
  g_autoptr (GError) error = NULL;
  g_autoptr (SlDocument) doc = sl_ingest_file (path, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (doc->title, ==, "Panel mandate ends");
  g_assert_cmpstr (doc->outlet, ==, "Harbor Ledger");
  g_assert_cmpstr (doc->url, ==, "https://example.org/a");
  g_assert_cmpint (doc->dct.prec, ==, SL_PREC_DAY);
  g_assert_cmpint (doc->dct.year, ==, 2024);
  g_assert_cmpint (doc->dct.month, ==, 4);
  g_assert_cmpint (doc->dct.day, ==, 30);
  g_assert_cmpint (doc->dct_source, ==, SL_DCT_METADATA);
  /* the header lines are not part of the article text */
  g_assert_cmpstr (doc->text, ==, "The panel closed its office on Tuesday.\n");
}

static void
test_text_dateline_outlet (void)
{
  static const char *const cases[][2] = {
    { "Headline here\n\n(Dan Tri) – South Korea estimates that…\n", "Dan Tri" },
    { "SEOUL, May 10 (Yonhap) -- North Korea fired…\n", "Yonhap" },
    { "WASHINGTON, May 2 (Meridian Wire) \xe2\x80\x94 Russia transferred…\n", "Meridian Wire" },
    /* parentheses inside a sentence are not a dateline */
    { "Officials (who asked not to be named) - said nothing.\n", NULL },
    { "The ministry (MND) said on Friday it would respond.\n", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *outlet = sl_ingest_dateline_outlet (cases[i][0], strlen (cases[i][0]));
      g_assert_cmpstr (outlet, ==, cases[i][1]);
    }
}

static void
test_text_title_first_line (void)
{
  g_autoptr (GError) error = NULL;
  const char *text = "\n  Russia vetoes panel renewal  \n\nBody text.\n";
  g_autoptr (SlDocument) doc = sl_ingest_bytes ("b.txt", text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_cmpstr (doc->title, ==, "Russia vetoes panel renewal");
  g_assert_cmpint (doc->dct.prec, ==, SL_PREC_NONE);
  /* a plain-text article is kept exactly, so offsets point into the file */
  g_assert_cmpstr (doc->text, ==, text);
}

static void
test_html_article (void)
{
  const char *html =
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
    "<title>Veto | Site</title>"
    "<meta property=\"og:title\" content=\"Russia blocks renewal\">"
    "<meta property=\"og:site_name\" content=\"Harbor Ledger\">"
    "<meta property=\"article:published_time\" content=\"2024-03-29T07:30:00Z\">"
    "<link rel=\"canonical\" href=\"https://example.org/veto\">"
    "<script>var tracking = 1;</script></head><body>"
    "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
    "<article><h1>Russia blocks renewal</h1>"
    "<p>Russia on Thursday   vetoed a resolution.</p><p>China abstained.</p></article>"
    "<aside>Related stories</aside><footer>Copyright</footer></body></html>";
  g_autoptr (GError) error = NULL;
  g_autoptr (SlDocument) doc = sl_ingest_bytes ("veto.html", html, strlen (html), &error);

  g_assert_no_error (error);
  g_assert_cmpstr (doc->title, ==, "Russia blocks renewal");
  g_assert_cmpstr (doc->outlet, ==, "Harbor Ledger");
  g_assert_cmpstr (doc->url, ==, "https://example.org/veto");
  g_assert_cmpint (doc->dct.year, ==, 2024);
  g_assert_cmpint (doc->dct.month, ==, 3);
  g_assert_cmpint (doc->dct.day, ==, 29);
  g_assert_cmpint (doc->dct_source, ==, SL_DCT_METADATA);
  g_assert_cmpstr (doc->text, ==,
                   "Russia blocks renewal\n\nRussia on Thursday vetoed a resolution.\n\n"
                   "China abstained.");
  g_assert_null (strstr (doc->text, "Home"));
  g_assert_null (strstr (doc->text, "tracking"));
  g_assert_null (strstr (doc->text, "Related"));
}

static void
test_html_latin1 (void)
{
  /* "café" in ISO-8859-1, declared in the page */
  const char html[] = "<html><head><meta charset=\"iso-8859-1\"><title>t</title></head>"
                      "<body><p>caf\xe9 talks</p></body></html>";
  g_autoptr (GError) error = NULL;
  g_autoptr (SlDocument) doc = sl_ingest_bytes ("l.html", html, sizeof html - 1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (strstr (doc->text, "caf\xc3\xa9 talks"));
}

static void
test_bad_files_have_reasons (void)
{
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
  g_autofree char *empty = write_tmp ("empty.txt", "", 0);
  g_autofree char *image = write_tmp ("photo.html", png, sizeof png - 1);
  g_autofree char *nul = write_tmp ("nul.txt", "abc\0def", 7);
  g_autofree char *dir = g_build_filename (tmpdir, "folder", NULL);
  g_autofree char *missing = g_build_filename (tmpdir, "missing.txt", NULL);
  g_autoptr (GError) error = NULL;

  g_assert_null (sl_ingest_file (empty, &error));
  g_assert_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_EMPTY);
  g_assert_nonnull (strstr (error->message, "empty"));
  g_clear_error (&error);

  g_assert_null (sl_ingest_file (image, &error));
  g_assert_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_BINARY);
  g_clear_error (&error);

  g_assert_null (sl_ingest_file (nul, &error));
  g_assert_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_BINARY);
  g_clear_error (&error);

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_assert_null (sl_ingest_file (dir, &error));
  g_assert_nonnull (strstr (error->message, "folder"));
  g_clear_error (&error);

  g_assert_null (sl_ingest_file (missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static void
test_bad_date_header (void)
{
  const char *text = "Title: x\nDate: Marchh 28\n\nBody.\n";
  g_autoptr (GError) error = NULL;

  g_assert_null (sl_ingest_bytes ("d.txt", text, strlen (text), &error));
  g_assert_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_MALFORMED);
  g_assert_nonnull (strstr (error->message, "Marchh 28"));
}

static void
test_windows_1252_text (void)
{
  /* curly quotes from a Windows editor are not UTF-8; they are converted, not refused */
  const char text[] = "Kirby said it was \x93" "baseless\x94" ".\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (SlDocument) doc = sl_ingest_bytes ("w.txt", text, sizeof text - 1, &error);

  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (doc->text, -1, NULL));
  g_assert_nonnull (strstr (doc->text, "\xe2\x80\x9c" "baseless" "\xe2\x80\x9d"));
}

static void
test_expand_folders (void)
{
  g_autofree char *root = g_build_filename (tmpdir, "corpus", NULL);
  g_autofree char *sub = g_build_filename (root, "b-sub", NULL);
  g_autofree char *f1 = g_build_filename (root, "a.txt", NULL);
  g_autofree char *f2 = g_build_filename (sub, "c.html", NULL);
  g_autofree char *hidden = g_build_filename (root, ".cache", NULL);
  const char *paths[1] = { root };
  g_autoptr (GPtrArray) files = NULL;

  g_assert_cmpint (g_mkdir_with_parents (sub, 0700), ==, 0);
  g_assert_true (g_file_set_contents (f1, "x", -1, NULL));
  g_assert_true (g_file_set_contents (f2, "y", -1, NULL));
  g_assert_true (g_file_set_contents (hidden, "z", -1, NULL));
  files = sl_ingest_expand_paths (paths, 1);
  g_assert_cmpuint (files->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (files, 0), ==, f1);
  g_assert_cmpstr (g_ptr_array_index (files, 1), ==, f2);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  tmpdir = g_dir_make_tmp ("sourceline-test-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);
  g_test_add_func ("/ingest/text-headers", test_text_headers);
  g_test_add_func ("/ingest/text-dateline-outlet", test_text_dateline_outlet);
  g_test_add_func ("/ingest/text-title-first-line", test_text_title_first_line);
  g_test_add_func ("/ingest/html-article", test_html_article);
  g_test_add_func ("/ingest/html-latin1", test_html_latin1);
  g_test_add_func ("/ingest/bad-files-have-reasons", test_bad_files_have_reasons);
  g_test_add_func ("/ingest/bad-date-header", test_bad_date_header);
  g_test_add_func ("/ingest/windows-1252-text", test_windows_1252_text);
  g_test_add_func ("/ingest/expand-folders", test_expand_folders);
  return g_test_run ();
}
