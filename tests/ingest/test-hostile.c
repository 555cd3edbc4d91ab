/* Hostile and broken files an analyst may be sent: each is refused with a one-line reason or
 * read safely — no crash, no hang, nothing read from elsewhere on disk or the network. */
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ingest/sl-ingest.h"

static char *tmpdir;

static char *
write_file (const char *name, const char *data, gssize len)
{
  char *path = g_build_filename (tmpdir, name, NULL);
  g_assert_true (g_file_set_contents (path, data, len, NULL));
  return path;
}

static GError *
refusal (const char *path)
{
  g_autoptr (GPtrArray) docs = sl_document_array_new ();
  GError *error = NULL;

  g_assert_false (sl_ingest_read (path, docs, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (docs->len, ==, 0);
  /* one line, a reason a person can read */
  g_assert_null (strchr (error->message, '\n'));
  g_assert_cmpuint (strlen (error->message), <, 200);
  return error;
}

static void
test_huge_sparse_file (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "huge.txt", NULL);
  int fd = open (path, O_CREAT | O_WRONLY, 0600);
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (fd, >=, 0);
  /* 2 GB that take no disk: refused from its size, never read */
  g_assert_cmpint (ftruncate (fd, (off_t) 2048 * 1024 * 1024), ==, 0);
  close (fd);
  error = refusal (path);
  g_assert_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "2048 MB"));
  g_unlink (path);
}

static void
test_device_and_pipe (void)
{
  g_autofree char *fifo = g_build_filename (tmpdir, "pipe.txt", NULL);
  g_autoptr (GError) error = refusal ("/dev/zero");

  g_assert_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_UNSUPPORTED);
  g_clear_error (&error);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  error = refusal (fifo);
  g_assert_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_UNSUPPORTED);
}

static void
test_binary_disguises (void)
{
  static const struct { const char *name; const char *bytes; gsize len; } cases[] = {
    { "photo.html", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20 },
    { "story.txt.gz", "\x1f\x8b\x08\0\0\0\0\0\0\x03\xcb\x48", 12 }, /* gzip, cut short */
    { "bomb.zip", "PK\x03\x04\x14\0\0\0\x08\0", 10 },
    { "scan.pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", 22 },
    { "project.html", "SQLite format 3\0\x10\0\x01\x01", 20 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = write_file (cases[i].name, cases[i].bytes, cases[i].len);
      g_autoptr (GError) error = refusal (path);
      g_assert_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_BINARY);
    }
}

static void
test_encodings (void)
{
  /* UTF-16 with a byte-order mark, as Windows Notepad saves it */
  static const char utf16[] = "\xff\xfeK\0i\0r\0b\0y\0 \0s\0a\0i\0d\0.\0";
  /* a page that names a charset iconv does not know */
  static const char bogus[] = "<html><head><meta charset=\"x-made-up-9\"></head>"
                              "<body><p>Kirby said on May 2 that oil was shipped.</p></body></html>";
  /* UTF-8 with one stray Latin-1 byte: read as Windows-1252, not refused */
  static const char mixed[] = "Seoul \xe2\x80\x94 the minister\xe9s estimate.";
  g_autofree char *p1 = write_file ("utf16.txt", utf16, sizeof utf16 - 1);
  g_autofree char *p2 = write_file ("bogus.html", bogus, -1);
  g_autofree char *p3 = write_file ("mixed.txt", mixed, -1);
  g_autoptr (GError) error = NULL;
  g_autoptr (SlDocument) a = sl_ingest_file (p1, &error);
  g_autoptr (SlDocument) b = NULL;
  g_autoptr (SlDocument) c = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (a->text, ==, "Kirby said.");
  b = sl_ingest_file (p2, &error);
  if (b == NULL)
    g_assert_nonnull (strstr (error->message, "x-made-up-9"));
  else
    g_assert_nonnull (strstr (b->text, "Kirby said on May 2"));
  g_clear_error (&error);
  c = sl_ingest_file (p3, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (c->text, -1, NULL));
}

static void
test_json_escape_bytes (void)
{
  /* "\222" is no JSON escape, but json-glib turns it into the byte 0x92: the headline keeps
   * its words, with U+FFFD where the byte was, and the text stays UTF-8 */
  static const char json[] = "{\"events\": [{\"start_date\": {\"year\": 2020}, "
                             "\"text\": {\"headline\": \"Port \\222 reopens\"}}]}";
  g_autofree char *path = write_file ("octal.json", json, -1);
  g_autoptr (GError) error = NULL;
  g_autoptr (SlDocument) doc = sl_ingest_file (path, &error);

  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (doc->text, doc->text_len, NULL));
  g_assert_nonnull (strstr (doc->text, "Port \xef\xbf\xbd reopens"));
}

static void
test_deep_nesting_is_linear (void)
{
  GString *html = g_string_new ("<html><body>");
  g_autoptr (GError) error = NULL;
  g_autoptr (SlDocument) doc = NULL;
  gint64 t0;

  /* 10 MB of nested <div>s */
  while (html->len < 10 * 1024 * 1024)
    g_string_append (html, "<div>");
  g_string_append (html, "<p>The story at the bottom, said the agency, is still read.</p></body></html>");
  t0 = g_get_monotonic_time ();
  doc = sl_ingest_bytes ("deep.html", html->str, html->len, &error);
  /* either read or refused with a reason; what matters is that it ends (checked by the
   * suite's timeout) and does not exhaust the stack */
  if (doc == NULL)
    g_assert_nonnull (error);
  g_test_message ("10 MB of nesting took %.2f s", (g_get_monotonic_time () - t0) / 1e6);
  g_string_free (html, TRUE);
}

static void
test_external_dtd_not_fetched (void)
{
  /* an external DTD on a web server: with no network access it is never loaded, and the feed
   * is read on its own */
  static const char feed[] =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE rss SYSTEM \"http://192.0.2.1/evil.dtd\">\n"
    "<rss version=\"2.0\"><channel><title>Desk</title><item><title>Veto</title>"
    "<description>Russia vetoed it.</description></item></channel></rss>";
  g_autofree char *path = write_file ("dtd.rss", feed, -1);
  g_autoptr (GError) error = NULL;
  g_autoptr (SlDocument) doc = sl_ingest_file (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (strstr (doc->text, "Russia vetoed it."));
}

static void
test_xxe_never_reads_disk (void)
{
  g_autofree char *secret = write_file ("secret.txt", "TOP-SECRET-MARKER", -1);
  g_autofree char *xml = g_strdup_printf (
    "<?xml version=\"1.0\"?><!DOCTYPE TimeML [<!ENTITY s SYSTEM \"file://%s\">]>"
    "<TimeML><TEXT>Leak: &s;</TEXT></TimeML>", secret);
  g_autofree char *path = write_file ("xxe.tml", xml, -1);
  g_autoptr (GPtrArray) docs = sl_document_array_new ();
  g_autoptr (GError) error = NULL;

  if (sl_ingest_read (path, docs, &error))
    for (guint i = 0; i < docs->len; i++)
      g_assert_null (strstr (((SlDocument *) g_ptr_array_index (docs, i))->text, "TOP-SECRET"));
  else
    g_assert_nonnull (strstr (error->message, "entit"));
}

static void
test_structured_extremes (void)
{
  static const char *const cases[][2] = {
    /* year 99999 and February 31st */
    { "far.json", "{\"events\":[{\"start_date\":{\"year\":99999}}]}" },
    { "feb.csv", "date,headline\n2024-02-31,Impossible day\n" },
    /* JSON nested far deeper than any timeline */
    { "deep.json", NULL },
    /* a CSV whose header names nothing we know */
    { "notes.csv", "colour,size\nred,2\n" },
    /* TimelineJS without events */
    { "empty.json", "{\"title\":{\"text\":{\"headline\":\"x\"}},\"events\":[]}" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *deep = NULL;
      g_autofree char *path = NULL;
      g_autoptr (GError) error = NULL;
      const char *body = cases[i][1];

      if (body == NULL)
        {
          GString *s = g_string_new (NULL);
          for (guint k = 0; k < 100000; k++)
            g_string_append_c (s, '[');
          body = deep = g_string_free (s, FALSE);
        }
      path = write_file (cases[i][0], body, -1);
      error = refusal (path);
      g_test_message ("%s: %s", cases[i][0], error->message);
    }
}

static void
test_wide_csv (void)
{
  GString *csv = g_string_new ("date,headline");
  g_autoptr (GError) error = NULL;
  g_autoptr (SlDocument) doc = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (csv, ",extra%u", i);
  g_string_append (csv, "\n2024-03-28,Veto\n");
  doc = sl_ingest_bytes ("wide.csv", csv->str, csv->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (doc->events->len, ==, 1);
  g_string_free (csv, TRUE);
}

static void
test_folder_loops (void)
{
  g_autofree char *dir = g_build_filename (tmpdir, "loop", NULL);
  g_autofree char *link = g_build_filename (dir, "again", NULL);
  g_autofree char *article = g_build_filename (dir, "a.txt", NULL);
  const char *paths[1] = { dir };
  g_autoptr (GPtrArray) files = NULL;

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (article, "Veto on March 28.", -1, NULL));
  /* a link to its own folder must not be followed forever */
  g_assert_cmpint (symlink (dir, link), ==, 0);
  files = sl_ingest_expand_paths (paths, 1);
  g_assert_cmpuint (files->len, >=, 1);
  g_assert_cmpuint (files->len, <=, 40);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  tmpdir = g_dir_make_tmp ("sourceline-hostile-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);
  g_test_add_func ("/hostile/huge-sparse-file", test_huge_sparse_file);
  g_test_add_func ("/hostile/device-and-pipe", test_device_and_pipe);
  g_test_add_func ("/hostile/binary-disguises", test_binary_disguises);
  g_test_add_func ("/hostile/encodings", test_encodings);
  g_test_add_func ("/hostile/json-escape-bytes", test_json_escape_bytes);
  g_test_add_func ("/hostile/deep-nesting-is-linear", test_deep_nesting_is_linear);
  g_test_add_func ("/hostile/external-dtd-not-fetched", test_external_dtd_not_fetched);
  g_test_add_func ("/hostile/xxe-never-reads-disk", test_xxe_never_reads_disk);
  g_test_add_func ("/hostile/structured-extremes", test_structured_extremes);
  g_test_add_func ("/hostile/wide-csv", test_wide_csv);
  g_test_add_func ("/hostile/folder-loops", test_folder_loops);
  return g_test_run ();
}
