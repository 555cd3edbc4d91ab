/* Ingest: what an analyst would notice if it went wrong — the headline, the outlet, the
 * publication date and the article body, and a plain reason when a file is not an article. */
#include <glib/gstdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

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
    /* a place of several words, or with a letter outside ASCII */
    { "MOSTAR, Bosnia and Herzegovina, 28 July 2025 (Balkan Wire) - The final was off.\n",
      "Balkan Wire" },
    { "WILLEMSTAD, Cura\xc3\xa7" "ao, Tuesday, February 11 (Antilles Wire) - A title went.\n",
      "Antilles Wire" },
    { "St John's, Antigua, Monday 8 June 2026 (Leeward Wire) - The Test was off.\n", "Leeward Wire" },
    /* a byline of fields names the outlet after the writer */
    { "Mosaic stolen\n\nBy Drita Berisha | Dardania Heritage Wire | 14.10.2025, 11:20\n\nPRISTINA - "
      "Thieves cut a panel.\n", "Dardania Heritage Wire" },
    /* a page's breadcrumb starts at the site; "Home" is none */
    { "Pacific Nickel Review \xe2\x80\xba Business \xe2\x80\xba Labour\n\nStrike shuts smelter\n", "Pacific Nickel Review" },
    { "Home \xe2\x80\xba World \xe2\x80\xba Asia\n\nStrike shuts smelter\n", NULL },
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

/* a page's text copied with its masthead (a breadcrumb, or the site's name over its sections):
 * the headline is the line after it */
static void
test_text_title_after_breadcrumb (void)
{
  g_autoptr (GError) error = NULL;
  const char *text = "Pacific Nickel Review \xe2\x80\xba Business\n\nStrike shuts smelter\n\nWorkers walked out.\n";
  g_autoptr (SlDocument) doc = sl_ingest_bytes ("b.txt", text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_cmpstr (doc->title, ==, "Strike shuts smelter");
  g_assert_cmpstr (doc->outlet, ==, "Pacific Nickel Review");

  /* or the site's name over a line of its sections between bars */
  {
    const char *masthead = "Gulf of Guinea Health Report\nHealth | Africa | S\xc3\xa3o Tom\xc3\xa9\n\n"
                           "Diabetics ration insulin\n\nBy Ana Neto\n\nPatients split doses.\n";
    g_autoptr (SlDocument) m = sl_ingest_bytes ("m.txt", masthead, strlen (masthead), &error);

    g_assert_no_error (error);
    g_assert_cmpstr (m->title, ==, "Diabetics ration insulin");
    g_assert_cmpstr (m->outlet, ==, "Gulf of Guinea Health Report");
  }
  /* a headline over a byline of fields is no masthead */
  {
    const char *byline = "Strike shuts smelter\nBy Ana Neto | Nickel Wire | 10.06.2026\n\nWorkers walked out.\n";
    g_autoptr (SlDocument) b = sl_ingest_bytes ("n.txt", byline, strlen (byline), &error);

    g_assert_no_error (error);
    g_assert_cmpstr (b->title, ==, "Strike shuts smelter");
    g_assert_cmpstr (b->outlet, ==, "Nickel Wire");
  }
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
test_html_time_in_header (void)
{
  const char *html = "<html><body><header><p class=\"byline\">By A. Writer, "
                     "<time datetime=\"2024-04-25T10:00:00Z\">April 25</time></p></header>"
                     "<article><p>Reuters said on Thursday that a cargo ship was seen in port, "
                     "citing satellite images.</p></article></body></html>";
  g_autoptr (GError) error = NULL;
  g_autoptr (SlDocument) doc = sl_ingest_bytes ("t.html", html, strlen (html), &error);

  g_assert_no_error (error);
  g_assert_cmpint (doc->dct.year * 10000 + doc->dct.month * 100 + doc->dct.day, ==, 20240425);
  g_assert_null (strstr (doc->text, "By A. Writer"));
}

/* Where pages put their publication date: microdata, a <time> marked as the date, a meta tag
 * after one that is no date, and a masthead's "today" that is not the article's. */
static void
test_html_publication_dates (void)
{
  static const struct { const char *head, *body; int ymd; } rows[] = {
    { "<meta itemprop=\"datePublished\" content=\"2024-05-10T08:00:00Z\">", "", 20240510 },
    { "<meta name=\"date\" content=\"3 hours ago\">"
      "<meta property=\"article:published_time\" content=\"2024-05-10\">", "", 20240510 },
    { "<meta name=\"DC.date.issued\" content=\"2024-05-10\">", "", 20240510 },
    { "", "<time itemprop=\"datePublished\" datetime=\"2024-05-10\">May 10</time>", 20240510 },
    /* the masthead's date comes first in the page, the article's is marked or inside it */
    { "", "<header>Today is <time datetime=\"2024-06-04\">Tuesday</time></header>"
          "<article><p class=\"byline\"><time pubdate datetime=\"2024-05-10\">May 10</time></p>"
          "<p>Talks resumed on Friday, the foreign ministry said, after a pause.</p>", 20240510 },
    { "", "<header>Today is <time datetime=\"2024-06-04\">Tuesday</time></header>"
          "<article><p>By A. Writer, <time datetime=\"2024-05-10\">May 10</time></p>"
          "<p>Talks resumed on Friday, the foreign ministry said, after a pause.</p>", 20240510 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *html = g_strdup_printf ("<html><head><title>Talks</title>%s</head><body>%s"
                                               "<article><p>Talks resumed on Friday, the foreign "
                                               "ministry said, after a week-long pause.</p>"
                                               "</article></body></html>", rows[i].head,
                                               rows[i].body);
      g_autoptr (GError) error = NULL;
      g_autoptr (SlDocument) doc = sl_ingest_bytes ("d.html", html, strlen (html), &error);

      g_test_message ("row %u", i);
      g_assert_no_error (error);
      g_assert_cmpint (doc->dct.year * 10000 + doc->dct.month * 100 + doc->dct.day, ==,
                       rows[i].ymd);
      g_assert_cmpint (doc->dct_source, ==, SL_DCT_METADATA);
    }
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

/* A page's declared charset read as a browser reads it: "iso-8859-1" pages use Windows-1252's
 * curly quotes, a page saved as UTF-8 may keep its old declaration, a UTF-16 declaration in
 * an ASCII-readable page is wrong, and an unknown label is no reason to lose the page. */
static void
test_html_declared_charsets (void)
{
  static const struct { const char *charset, *body, *expected; } rows[] = {
    { "iso-8859-1", "\x93we will reopen the caf\xe9\x94",
      "\xe2\x80\x9cwe will reopen the caf\xc3\xa9\xe2\x80\x9d" },
    { "ISO-8859-1", "\xe2\x80\x9cwe will reopen the caf\xc3\xa9\xe2\x80\x9d",
      "\xe2\x80\x9cwe will reopen the caf\xc3\xa9\xe2\x80\x9d" },
    { "utf-16", "we will reopen the caf\xc3\xa9", "we will reopen the caf\xc3\xa9" },
    { "win-1252", "we will reopen the caf\xe9", "we will reopen the caf\xc3\xa9" },
    /* a real single-byte charset is still honoured */
    { "windows-1251", "\xcc\xe8\xed\xe8\xf1\xf2\xf0",
      "\xd0\x9c\xd0\xb8\xd0\xbd\xd0\xb8\xd1\x81\xd1\x82\xd1\x80" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *html = g_strdup_printf ("<html><head><meta charset=\"%s\"><title>t</title>"
                                               "</head><body><p>The minister said %s on Monday."
                                               "</p></body></html>", rows[i].charset, rows[i].body);
      g_autoptr (GError) error = NULL;
      g_autoptr (SlDocument) doc = sl_ingest_bytes ("c.html", html, strlen (html), &error);

      g_test_message ("%s", rows[i].charset);
      g_assert_no_error (error);
      g_assert_true (g_utf8_validate (doc->text, -1, NULL));
      if (strstr (doc->text, rows[i].expected) == NULL)
        g_error ("charset %s: \"%s\" not in \"%s\"", rows[i].charset, rows[i].expected,
                 doc->text);
    }
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

/* A saved page with nothing to read is refused whatever it does hold: only a title (with or
 * without a body), or only scripts. */
static void
test_html_without_article_text (void)
{
  static const char *const pages[] = {
    "<html><head><title>Council vote postponed</title></head><body></body></html>",
    "<!DOCTYPE html><html><head><title>Council vote postponed</title>"
    "<meta property=\"og:site_name\" content=\"Harbor Ledger\"></head></html>",
    "<html><head><title>Loading</title><script>var page = 1;</script></head>"
    "<body><script>document.write('article')</script><noscript>Enable scripts</noscript></body></html>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (SlDocument) doc = sl_ingest_bytes ("page.html", pages[i], strlen (pages[i]), &error);

      g_test_message ("page %u", i);
      g_assert_null (doc);
      g_assert_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_EMPTY);
      g_assert_nonnull (strstr (error->message, "no article text"));
    }
}

/* Importing a folder: each empty page is named with its reason, the article beside them is
 * still imported, and the exit status says that something failed. */
static void
test_import_goes_on_past_empty_pages (void)
{
  const char *cli = g_getenv ("SL_CLI");
  g_autofree char *folder = g_build_filename (tmpdir, "import-mixed", NULL);
  g_autofree char *project = g_build_filename (tmpdir, "mixed.sourceline", NULL);
  g_autofree char *title_only = NULL, *script_only = NULL, *article = NULL;
  g_autofree char *out = NULL, *err = NULL, *info = NULL;
  g_autoptr (GError) error = NULL;
  int status = 0;

  if (cli == NULL)
    {
      g_test_skip ("SL_CLI is not set (run through meson test)");
      return;
    }
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  title_only = g_build_filename (folder, "title-only.html", NULL);
  script_only = g_build_filename (folder, "script-only.html", NULL);
  article = g_build_filename (folder, "veto.txt", NULL);
  g_assert_true (g_file_set_contents (title_only,
                                      "<html><head><title>Council vote postponed</title></head></html>",
                                      -1, NULL));
  g_assert_true (g_file_set_contents (script_only,
                                      "<html><head><title>Loading</title></head>"
                                      "<body><script>render()</script></body></html>", -1, NULL));
  g_assert_true (g_file_set_contents (article,
                                      "Title: Russia vetoes panel renewal\nDate: 2024-03-28\n\n"
                                      "Russia vetoed the renewal of the panel on March 28, "
                                      "Reuters reported.\n", -1, NULL));

  {
    const char *argv[] = { cli, "import", project, folder, NULL };
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 &out, &err, &status, &error));
    g_assert_no_error (error);
  }
  g_test_message ("stdout: %s\nstderr: %s", out, err);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 1);
  g_assert_nonnull (strstr (err, "title-only.html: the page has no article text"));
  g_assert_nonnull (strstr (err, "script-only.html: the page has no article text"));
  g_assert_null (strstr (err, "veto.txt"));

  {
    const char *argv[] = { cli, "info", project, NULL };
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                                 NULL, &info, NULL, &status, &error));
    g_assert_no_error (error);
  }
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  /* the article alone: no document made of a page title */
  g_assert_nonnull (strstr (info, "documents: 1\n"));
}

/* A long import says how far it is on stderr when asked, and stdout stays what scripts read. */
static void
test_import_progress (void)
{
  const char *cli = g_getenv ("SL_CLI");
  g_autofree char *article = write_tmp ("progress.txt", "Title: Talks resume\nDate: 2024-05-10\n\n"
                                        "The talks resumed on Monday, Reuters reported.\n", -1);
  g_autofree char *project = g_build_filename (tmpdir, "progress.sourceline", NULL);
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr (GError) error = NULL;
  const char *argv[] = { cli, "import", "--progress", project, article, NULL };
  int status = 0;

  if (cli == NULL)
    {
      g_test_skip ("SL_CLI is not set (run through meson test)");
      return;
    }
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out,
                               &err, &status, &error));
  g_assert_no_error (error);
  g_test_message ("stderr: %s", err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (out, ==, "1 imported, 0 duplicate, 0 failed\n");
  g_assert_nonnull (strstr (err, "[0/1 files, 0.0 MB of 0.0 MB] reading and extracting progress.txt"));
  g_assert_nonnull (strstr (err, "[1/1 files"));
  g_assert_nonnull (strstr (err, "Saved in "));
  /* not a terminal: whole lines, no carriage returns redrawing one */
  g_assert_null (strchr (err, '\r'));
}

/* extract's JSON is written as it is made: its peak memory is that of reading and extracting
 * the article, not that plus a tree of the whole output (which took some 40 bytes per byte
 * of a long article, 2 GB for 50 MB). Measured as the child's peak resident size. */
static void
test_extract_json_memory (void)
{
  const char *cli = g_getenv ("SL_CLI");
  const char *para = "SEOUL, May 10 (Yonhap) -- Defense Minister Shin Won-sik estimates that the "
                     "North fired 12 missiles on March 28, 2024, according to Yonhap, and Reuters "
                     "reported on Monday that talks resumed last September.\n\n";
  g_autoptr (GString) text = g_string_new ("Title: Long\nDate: 2024-05-10\n\n");
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  struct rusage usage;
  GPid pid;
  int out_fd, status = 0;
  gsize input;
  char buf[65536];

  if (cli == NULL)
    {
      g_test_skip ("SL_CLI is not set (run through meson test)");
      return;
    }
#ifdef __SANITIZE_ADDRESS__
  /* AddressSanitizer's redzones and quarantine of freed blocks dwarf the program's own
   * memory; the plain build of the suite measures it */
  g_test_skip ("peak memory is not the program's own under AddressSanitizer");
  return;
#endif
  while (text->len < 1024 * 1024)
    g_string_append (text, para);
  input = text->len;
  path = write_tmp ("long.txt", text->str, text->len);
  {
    const char *argv[] = { cli, "extract", path, NULL };
    g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                                             G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDERR_TO_DEV_NULL,
                                             NULL, NULL, &pid, NULL, &out_fd, NULL, &error));
    g_assert_no_error (error);
  }
  while (read (out_fd, buf, sizeof buf) > 0)
    ;
  close (out_fd);
  g_assert_cmpint (wait4 (pid, &status, 0, &usage), ==, pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  g_test_message ("input %" G_GSIZE_FORMAT " bytes, peak %ld KB", input, usage.ru_maxrss);
  /* here: 117 MB before, 37 MB after (16 MB of it the program itself) */
  g_assert_cmpint (usage.ru_maxrss, <, (long) (20 * input / 1024) + 40 * 1024);
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

/* A text file with header lines and nothing after them is refused with its reason, not
 * imported as an empty article (which every other such file would then "duplicate"). */
static void
test_text_headers_without_body (void)
{
  const char *text = "Title: Only a title\nDate: 2024-05-10\n\n  \n";
  g_autoptr (GError) error = NULL;

  g_assert_null (sl_ingest_bytes ("h.txt", text, strlen (text), &error));
  g_assert_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_EMPTY);
  g_assert_nonnull (strstr (error->message, "no article text"));
}

/* Lines ended by a lone CR (classic Mac OS, some exporters): the header is a header and the
 * article is kept, each byte where it was; Windows CRLF is left alone. */
static void
test_text_cr_line_ends (void)
{
  const char *text = "Title: Port reopens\rDate: 2024-05-10\r\rThe port reopened on Friday."
                     "\rShips came in.\r";
  const char *crlf = "Title: Port reopens\r\n\r\nThe port reopened on Friday.\r\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (SlDocument) doc = sl_ingest_bytes ("mac.txt", text, strlen (text), &error);
  g_autoptr (SlDocument) win = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (doc->title, ==, "Port reopens");
  g_assert_cmpint (doc->dct.day, ==, 10);
  g_assert_cmpstr (doc->text, ==, "The port reopened on Friday.\nShips came in.\n");
  win = sl_ingest_bytes ("win.txt", crlf, strlen (crlf), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (win->text, ==, "The port reopened on Friday.\r\n");
}

/* Dates as feeds, pages and headers write them; each must land on its day, or be refused. */
static void
test_dates_as_written (void)
{
  static const struct { const char *written; int ymd; } rows[] = {
    { "Fri, 29 Mar 2024 06:10:00 GMT", 20240329 },
    { "Sat, 11 May 2024 23:59:59 EDT", 20240511 },
    /* RFC 822 two-digit years, read as RFC 2822 says */
    { "Fri, 10 May 24 08:00:00 GMT", 20240510 },
    { "10 May 24 08:00 +0000", 20240510 },
    { "Mon, 10 May 99 08:00:00 GMT", 19990510 },
    /* a weekday spelled out before the date */
    { "Friday, May 10, 2024", 20240510 },
    { "Friday 10 May 2024", 20240510 },
    { "Fri. May 10, 2024", 20240510 },
    { "2024/05/10", 20240510 },
    { "2024-05-10T08:00:00.000Z", 20240510 },
    { "2024-05", 202405 },
    /* ambiguous or wrong: refused, never guessed */
    { "10/05/2024", 0 },
    { "Marchh 28, 2024", 0 },
    { "Friday", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      SlDate d;
      gboolean ok = sl_ingest_parse_date (rows[i].written, &d);
      int got = !ok ? 0
                : d.prec == SL_PREC_DAY ? d.year * 10000 + d.month * 100 + d.day
                                        : d.year * 100 + d.month;

      g_test_message ("%s", rows[i].written);
      g_assert_cmpint (got, ==, rows[i].ymd);
    }
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

/* The same characters as UTF-16 in the byte order asked, with or without a byte-order mark. */
static GBytes *
utf16 (const char *utf8, gboolean little_endian, gboolean bom)
{
  g_autoptr (GError) error = NULL;
  gsize written = 0;
  g_autofree char *body = g_convert (utf8, -1, little_endian ? "UTF-16LE" : "UTF-16BE", "UTF-8",
                                     NULL, &written, &error);
  GByteArray *out = g_byte_array_new ();

  g_assert_no_error (error);
  if (bom)
    g_byte_array_append (out, (const guint8 *) (little_endian ? "\xff\xfe" : "\xfe\xff"), 2);
  g_byte_array_append (out, (const guint8 *) body, written);
  return g_byte_array_free_to_bytes (out);
}

static void
test_utf16_xml (void)
{
  /* Windows tools write feeds and TimeML as UTF-16 with a BOM and say so in the declaration */
  const char rss[] = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"
                     "<rss version=\"2.0\"><channel><title>Zeitung Über</title>"
                     "<item><title>Summit in Hanoi</title>"
                     "<pubDate>Fri, 10 May 2024 08:00:00 GMT</pubDate>"
                     "<description>The leaders met on Monday.</description></item>"
                     "</channel></rss>\n";
  const char atom[] = "<?xml version='1.0' encoding='utf-16'?>"
                      "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Ledger</title>"
                      "<entry><title>Port strike ends</title>"
                      "<published>2024-03-28T10:00:00Z</published>"
                      "<content>Dockers returned on Thursday.</content></entry></feed>";
  const char tml[] = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"
                     "<TimeML><DOCID>wsj_0001</DOCID><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" "
                     "value=\"2024-05-10\">May 10, 2024</TIMEX3></DCT>"
                     "<TEXT>They met <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-05-06\">"
                     "on Monday</TIMEX3>.</TEXT></TimeML>\n";

  for (int le = 0; le <= 1; le++)
    {
      g_autoptr (GBytes) feed = utf16 (rss, le, TRUE);
      g_autoptr (GBytes) afeed = utf16 (atom, le, TRUE);
      g_autoptr (GBytes) timeml = utf16 (tml, le, TRUE);
      g_autoptr (GError) error = NULL;
      g_autoptr (SlDocument) doc = NULL;
      gsize n;
      const char *d;

      d = g_bytes_get_data (feed, &n);
      doc = sl_ingest_bytes ("feed.rss", d, n, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (doc->title, ==, "Summit in Hanoi");
      g_assert_cmpstr (doc->outlet, ==, "Zeitung Über");
      g_assert_cmpint (doc->dct.day, ==, 10);
      g_clear_pointer (&doc, sl_document_free);

      d = g_bytes_get_data (afeed, &n);
      doc = sl_ingest_bytes ("feed.atom", d, n, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (doc->title, ==, "Port strike ends");
      g_assert_cmpstr (doc->outlet, ==, "Ledger");
      g_clear_pointer (&doc, sl_document_free);

      d = g_bytes_get_data (timeml, &n);
      doc = sl_ingest_bytes ("a.tml", d, n, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (doc->text, ==, "They met on Monday.");
      g_assert_cmpint (doc->dct.year, ==, 2024);
      g_assert_cmpuint (doc->timexes->len, ==, 1);
    }
}

static void
test_utf16_without_bom (void)
{
  /* Notepad's "Unicode" and many exporters write UTF-16 with no byte-order mark */
  const char text[] = "Title: Über den Fluss\nDate: 2024-05-10\n\n"
                      "The ministers met on Monday in Hanoi, officials said.\n";
  const char rss[] = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>"
                     "<rss version=\"2.0\"><channel><title>Ledger</title>"
                     "<item><title>Summit in Hanoi</title><description>They met.</description>"
                     "</item></channel></rss>";
  /* binary data with NULs on both sides of its byte pairs, and pairs that decode to control
   * codes: neither is text in any byte order */
  const guint8 blob[] = { 0x00, 0x01, 0x02, 0x00, 0x00, 0x00, 0x13, 0x00, 0x7f, 0x00, 0x00, 0x05,
                          0x10, 0x00, 0x00, 0x00, 0x03, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x01 };
  const guint8 controls[] = { 0x01, 0x00, 0x02, 0x00, 0x03, 0x00, 'A', 0x00, 0x04, 0x00,
                              0x05, 0x00, 0x06, 0x00, 0x07, 0x00, 0x08, 0x00, 0x0e, 0x00 };

  for (int le = 0; le <= 1; le++)
    {
      g_autoptr (GBytes) t16 = utf16 (text, le, FALSE);
      g_autoptr (GBytes) f16 = utf16 (rss, le, FALSE);
      g_autoptr (GError) error = NULL;
      g_autoptr (SlDocument) doc = NULL;
      gsize n;
      const char *d;

      d = g_bytes_get_data (t16, &n);
      doc = sl_ingest_bytes ("notes.txt", d, n, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (doc->title, ==, "Über den Fluss");
      g_assert_cmpint (doc->dct.month, ==, 5);
      g_assert_cmpstr (doc->text, ==, "The ministers met on Monday in Hanoi, officials said.\n");
      g_clear_pointer (&doc, sl_document_free);

      d = g_bytes_get_data (f16, &n);
      doc = sl_ingest_bytes ("feed.xml", d, n, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (doc->title, ==, "Summit in Hanoi");
    }

  {
    g_autoptr (GError) error = NULL;
    g_autoptr (SlDocument) doc = sl_ingest_bytes ("blob.txt", (const char *) blob, sizeof blob,
                                                  &error);
    g_assert_null (doc);
    g_assert_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_BINARY);
    g_assert_nonnull (strstr (error->message, "neither as UTF-8 nor as UTF-16"));
  }
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (SlDocument) doc = sl_ingest_bytes ("ctl.txt", (const char *) controls,
                                                  sizeof controls, &error);
    g_assert_null (doc);
    g_assert_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_BINARY);
  }
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
  {
    /* notes beside the articles are not articles */
    g_autofree char *notes = g_build_filename (root, "README.md", NULL);
    g_autofree char *photo = g_build_filename (sub, "photo.png", NULL);
    g_assert_true (g_file_set_contents (notes, "n", -1, NULL));
    g_assert_true (g_file_set_contents (photo, "p", -1, NULL));
  }
  files = sl_ingest_expand_paths (paths, 1);
  g_assert_cmpuint (files->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (files, 0), ==, f1);
  g_assert_cmpstr (g_ptr_array_index (files, 1), ==, f2);
}

static GPtrArray *
read_fixture (const char *name, GError **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "ingest", "data", name, NULL);
  GPtrArray *docs = sl_document_array_new ();

  if (!sl_ingest_read (path, docs, error))
    g_clear_pointer (&docs, g_ptr_array_unref);
  return docs;
}

static void
test_rss_items (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) docs = read_fixture ("feed.rss", &error);
  SlDocument *a, *b;

  g_assert_no_error (error);
  g_assert_cmpuint (docs->len, ==, 2);
  a = g_ptr_array_index (docs, 0);
  b = g_ptr_array_index (docs, 1);
  g_assert_cmpstr (a->title, ==, "Council fails to renew sanctions panel");
  g_assert_cmpstr (a->outlet, ==, "Meridian Wire \xe2\x80\x93 Asia");
  g_assert_cmpstr (a->url, ==, "https://meridian.example/asia/panel");
  g_assert_cmpint (a->dct.year * 10000 + a->dct.month * 100 + a->dct.day, ==, 20240329);
  g_assert_cmpint (a->dct_source, ==, SL_DCT_METADATA);
  /* content:encoded is the article; the teaser is not */
  g_assert_nonnull (strstr (a->text, "Russia vetoed the renewal on Thursday.\n\nChina abstained."));
  g_assert_null (strstr (a->text, "teaser"));
  /* escaped HTML in a description becomes plain text */
  g_assert_nonnull (strstr (b->text, "Kirby said 165,000 barrels were sent in March."));
  g_assert_cmpint (b->dct.day, ==, 2);
}

static void
test_atom_entries (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) docs = read_fixture ("feed.atom", &error);
  SlDocument *a;

  g_assert_no_error (error);
  g_assert_cmpuint (docs->len, ==, 1);
  a = g_ptr_array_index (docs, 0);
  g_assert_cmpstr (a->outlet, ==, "Harbor Ledger");
  g_assert_cmpstr (a->url, ==, "https://harbor.example/seoul-count");
  /* published wins over updated */
  g_assert_cmpint (a->dct.year * 10000 + a->dct.month * 100 + a->dct.day, ==, 20240506);
  g_assert_nonnull (strstr (a->text, "defence minister gave the estimate"));
}

static GPtrArray *
read_string (const char *name, const char *data, GError **error)
{
  GPtrArray *docs = sl_document_array_new ();

  if (!sl_ingest_read_bytes (name, data, strlen (data), docs, error))
    g_clear_pointer (&docs, g_ptr_array_unref);
  return docs;
}

/* Each item's address is the article's: not an extension's <atom:link> beside the <link>, a
 * permalink <guid> when there is no <link>, and not an Atom entry's comments link. */
static void
test_feed_item_links (void)
{
  const char *rss =
    "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">"
    "<channel><title>Coastal Courier</title>"
    "<atom:link href=\"https://courier.example/feed\" rel=\"self\"/>"
    "<item><title>Port reopens</title>"
    "<atom:link href=\"https://courier.example/amp/port\" rel=\"amphtml\"/>"
    "<link>https://courier.example/port</link><description>It reopened.</description></item>"
    "<item><title>Minister resigns</title>"
    "<guid isPermaLink=\"true\">https://courier.example/minister</guid>"
    "<description>She resigned.</description></item>"
    "<item><title>Talks</title><guid isPermaLink=\"false\">courier-4411</guid>"
    "<description>They talked.</description></item>"
    "</channel></rss>";
  const char *atom =
    "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Harbor Ledger</title>"
    "<entry><title>Count released</title>"
    "<link rel=\"replies\" href=\"https://harbor.example/count#comments\"/>"
    "<link rel=\"alternate\" type=\"text/html\" href=\"https://harbor.example/count\"/>"
    "<updated>2024-05-07T10:00:00Z</updated><summary>The count was released.</summary></entry>"
    "</feed>";
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) items = read_string ("links.rss", rss, &error);
  g_autoptr (GPtrArray) entries = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 3);
  g_assert_cmpstr (((SlDocument *) g_ptr_array_index (items, 0))->url, ==,
                   "https://courier.example/port");
  g_assert_cmpstr (((SlDocument *) g_ptr_array_index (items, 1))->url, ==,
                   "https://courier.example/minister");
  g_assert_null (((SlDocument *) g_ptr_array_index (items, 2))->url);

  entries = read_string ("links.atom", atom, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((SlDocument *) g_ptr_array_index (entries, 0))->url, ==,
                   "https://harbor.example/count");
}

/* Atom says how its text is written: type="xhtml" content keeps its paragraphs apart, and a
 * type="html" title is markup, not a headline with "<em>" in it. */
static void
test_atom_text_types (void)
{
  const char *atom =
    "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
    "<title type=\"html\">Harbor &lt;b&gt;Ledger&lt;/b&gt;</title>"
    "<entry><title type=\"html\">Count &lt;em&gt;released&lt;/em&gt; &amp;amp; checked</title>"
    "<updated>2024-05-07T10:00:00Z</updated>"
    "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
    "<p>The ministry released the count on Monday.</p><p>It said 3,000 people had left.</p>"
    "</div></content></entry></feed>";
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) entries = read_string ("types.atom", atom, &error);
  SlDocument *a;

  g_assert_no_error (error);
  a = g_ptr_array_index (entries, 0);
  g_assert_cmpstr (a->outlet, ==, "Harbor Ledger");
  g_assert_cmpstr (a->title, ==, "Count released & checked");
  g_assert_cmpstr (a->text, ==, "Count released & checked\n\n"
                                "The ministry released the count on Monday.\n\n"
                                "It said 3,000 people had left.");
}

/* RSS 1.0 is RDF: its items sit beside the channel, not in it, and dc:date dates them. */
static void
test_rss_1_0_items (void)
{
  const char *rdf =
    "<?xml version=\"1.0\"?>"
    "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
    " xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
    "<channel rdf:about=\"https://old.example/\"><title>Old Gazette</title>"
    "<link>https://old.example/</link><description>news</description>"
    "<items><rdf:Seq><rdf:li rdf:resource=\"https://old.example/1\"/></rdf:Seq></items></channel>"
    "<item rdf:about=\"https://old.example/1\"><title>Bridge closed</title>"
    "<link>https://old.example/1</link>"
    "<description>The bridge was closed on Monday for repairs.</description>"
    "<dc:date>2024-05-06</dc:date></item></rdf:RDF>";
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) items = read_string ("old.rdf", rdf, &error);
  SlDocument *a;

  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 1);
  a = g_ptr_array_index (items, 0);
  g_assert_cmpstr (a->title, ==, "Bridge closed");
  g_assert_cmpstr (a->outlet, ==, "Old Gazette");
  g_assert_cmpstr (a->url, ==, "https://old.example/1");
  g_assert_cmpint (a->dct.year * 10000 + a->dct.month * 100 + a->dct.day, ==, 20240506);
  g_assert_cmpstr (a->text, ==, "Bridge closed\n\nThe bridge was closed on Monday for repairs.");
}

static void
test_timelinejs_events (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) docs = read_fixture ("timeline.json", &error);
  SlDocument *d;
  SlDocumentEvent *e0, *e2;

  g_assert_no_error (error);
  d = g_ptr_array_index (docs, 0);
  g_assert_cmpstr (d->title, ==, "Arms transfers, 2023\xe2\x80\x93" "2024");
  /* three events and one era */
  g_assert_cmpuint (d->events->len, ==, 4);
  {
    SlDocumentEvent *era = g_ptr_array_index (d->events, 3);
    g_assert_cmpstr (era->headline, ==, "Cooperation grows");
    g_assert_cmpstr (era->group, ==, "era");
    g_assert_cmpstr (era->start, ==, "2023");
    g_assert_cmpstr (era->end, ==, "2024");
  }
  e0 = g_ptr_array_index (d->events, 0);
  e2 = g_ptr_array_index (d->events, 2);
  g_assert_cmpstr (e0->start, ==, "2023-09-13");
  g_assert_cmpstr (e0->headline, ==, "Kim and Putin meet at Vostochny");
  g_assert_cmpstr (e0->text, ==, "The two leaders hold a summit.");
  g_assert_cmpstr (e0->group, ==, "diplomatic");
  g_assert_cmpstr (e0->source, ==, "Meridian Wire");
  g_assert_cmpstr (((SlDocumentEvent *) g_ptr_array_index (d->events, 1))->start, ==, "2024-03-28");
  g_assert_cmpstr (e2->start, ==, "2024-04");
  g_assert_cmpstr (e2->end, ==, "2024-04-30");
  /* no headline: the first sentence of the text stands in */
  g_assert_cmpstr (e2->headline, ==, "The panel's mandate runs out");
  /* the event's span in the document text is its own lines */
  g_assert_true (g_str_has_prefix (d->text + e0->text_begin, "Kim and Putin meet"));
}

/* Date parts as other tools write them: 2024.0 from a float-minded exporter is the year
 * 2024; a year that is no whole number is named as such, not as a missing year. */
static void
test_timelinejs_date_parts (void)
{
  const char *floats = "{\"events\":[{\"start_date\":{\"year\":2024.0,\"month\":3.0,"
                       "\"day\":28},\"text\":{\"headline\":\"Veto\"}}]}";
  const char *fraction = "{\"events\":[{\"start_date\":{\"year\":2024.5},"
                         "\"text\":{\"headline\":\"Half\"}}]}";
  g_autoptr (GError) error = NULL;
  g_autoptr (SlDocument) d = sl_ingest_bytes ("f.json", floats, strlen (floats), &error);

  g_assert_no_error (error);
  g_assert_cmpstr (((SlDocumentEvent *) g_ptr_array_index (d->events, 0))->start, ==,
                   "2024-03-28");
  g_assert_null (sl_ingest_bytes ("h.json", fraction, strlen (fraction), &error));
  g_assert_cmpstr (error->message, ==, "event 1: the year of start_date is not a whole number");
}

static void
test_timelinejs_2 (void)
{
  /* the older TimelineJS 2 layout, still what many newsroom archives hold */
  const char *v2 = "{\"timeline\": {\"headline\": \"Sanctions panel\", \"type\": \"default\","
                   " \"text\": \"<p>How the panel ended</p>\", \"date\": ["
                   " {\"startDate\": \"2024,3,28\", \"endDate\": \"2024,3,28\","
                   "  \"headline\": \"Russia vetoes renewal\", \"text\": \"<p>The vote was 13-1.</p>\","
                   "  \"tag\": \"UN\", \"asset\": {\"media\": \"https://example.org/v\","
                   "  \"credit\": \"Harbor Ledger\"}},"
                   " {\"startDate\": \"2024,4,30,17,0\", \"endDate\": \"2024,5,2\","
                   "  \"headline\": \"Panel closes\"},"
                   " {\"startDate\": \"2009\", \"headline\": \"Panel created\"}],"
                   " \"era\": [{\"startDate\": \"2009,6,12\", \"endDate\": \"2024,4,30\","
                   "  \"headline\": \"Mandate\"}]}}";
  const char *bad = "{\"timeline\": {\"date\": [{\"startDate\": \"2024,2,30\","
                    " \"headline\": \"Nope\"}]}}";
  g_autoptr (GError) error = NULL;
  g_autoptr (SlDocument) doc = sl_ingest_bytes ("v2.json", v2, strlen (v2), &error);
  SlDocumentEvent *e;

  g_assert_no_error (error);
  g_assert_cmpstr (doc->title, ==, "Sanctions panel");
  g_assert_cmpuint (doc->events->len, ==, 4);
  e = g_ptr_array_index (doc->events, 0);
  g_assert_cmpstr (e->start, ==, "2024-03-28");
  g_assert_null (e->end);
  g_assert_cmpstr (e->headline, ==, "Russia vetoes renewal");
  g_assert_cmpstr (e->text, ==, "The vote was 13-1.");
  g_assert_cmpstr (e->group, ==, "UN");
  g_assert_cmpstr (e->source, ==, "Harbor Ledger");
  g_assert_cmpstr (e->url, ==, "https://example.org/v");
  e = g_ptr_array_index (doc->events, 1);
  g_assert_cmpstr (e->start, ==, "2024-04-30");
  g_assert_cmpstr (e->end, ==, "2024-05-02");
  e = g_ptr_array_index (doc->events, 2);
  g_assert_cmpstr (e->start, ==, "2009");
  e = g_ptr_array_index (doc->events, 3);
  g_assert_cmpstr (e->group, ==, "era");
  g_assert_cmpstr (e->end, ==, "2024-04-30");
  g_assert_nonnull (strstr (doc->text, "Panel closes"));

  g_assert_null (sl_ingest_bytes ("bad.json", bad, strlen (bad), &error));
  g_assert_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_MALFORMED);
  g_assert_nonnull (strstr (error->message, "2024,2,30"));
}

static void
test_csv_events (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) docs = read_fixture ("events.csv", &error);
  SlDocument *d;
  SlDocumentEvent *e0, *e1, *e2, *e3;

  g_assert_no_error (error);
  d = g_ptr_array_index (docs, 0);
  g_assert_cmpuint (d->events->len, ==, 5);
  e0 = g_ptr_array_index (d->events, 0);
  e1 = g_ptr_array_index (d->events, 1);
  e2 = g_ptr_array_index (d->events, 2);
  e3 = g_ptr_array_index (d->events, 3);
  g_assert_cmpstr (e0->start, ==, "2023-09-13");
  g_assert_cmpstr (e0->source, ==, "Meridian Wire");
  g_assert_cmpstr (e0->text, ==, "The leaders met at the cosmodrome, and talked for hours.");
  g_assert_cmpstr (e1->text, ==, "Thirteen members voted in favour; \"China abstained\"");
  g_assert_null (e1->url);
  g_assert_cmpstr (e2->start, ==, "2024-05-02");
  g_assert_null (e2->source);
  g_assert_cmpstr (e3->start, ==, "1973");
  /* a month stays a month */
  g_assert_cmpstr (((SlDocumentEvent *) g_ptr_array_index (d->events, 4))->start, ==, "2024-04");
}

/* CSV as spreadsheets save it: semicolons where the comma is the decimal mark, tabs, a BOM and
 * CRLF, a line break inside a cell, and rows left as ",,,," — and an error names the line
 * the row is on in the file, not its row number. */
static void
test_csv_as_spreadsheets_save_it (void)
{
  static const struct { const char *csv; guint n_events; const char *second_text; } rows[] = {
    { "date;headline;text;source\n2024-03-28;Veto;\"Russia vetoed; China abstained\";Reuters\n"
      "2024-04-30;Panel ends;\"It cost 2,5 million\";AP\n", 2, "It cost 2,5 million" },
    { "date\theadline\ttext\n2024-03-28\tVeto\tRussia vetoed.\n2024-04-30\tEnds\tIt closed.\n",
      2, "It closed." },
    { "\xef\xbb\xbf" "Date,Headline,Text,Source,URL\r\n"
      "2024-03-28,Veto,\"Russia vetoed\r\nthe renewal\",Reuters,\r\n\r\n"
      "2024-04-30,Panel ends,The panel closed.,AP,\r\n,,,,\r\n , ,,,\r\n", 2, "The panel closed." },
  };
  const char *bad = "date,headline,text\n2024-03-28,Veto,\"Russia vetoed\nthe renewal\n"
                    "on Thursday\"\n2024-13-01,Bad month,x\n";
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr (SlDocument) d = sl_ingest_bytes ("s.csv", rows[i].csv, strlen (rows[i].csv),
                                                  &error);

      g_test_message ("row %u", i);
      g_assert_no_error (error);
      g_assert_cmpuint (d->events->len, ==, rows[i].n_events);
      g_assert_cmpstr (((SlDocumentEvent *) g_ptr_array_index (d->events, 1))->text, ==,
                       rows[i].second_text);
    }
  g_assert_null (sl_ingest_bytes ("bad.csv", bad, strlen (bad), &error));
  g_assert_cmpstr (error->message, ==, "line 5: unknown date '2024-13-01'");
}

/* TimelineJS's Google Sheets template saved as CSV: the date in Year/Month/Day columns, a
 * title row that names the timeline, an era, and the credit as the source. */
static const char *
event_start (SlDocument *doc, guint i)
{
  return ((SlDocumentEvent *) g_ptr_array_index (doc->events, i))->start;
}

static SlDocument *
csv (const char *data, GError **error)
{
  return sl_ingest_bytes ("dates.csv", data, strlen (data), error);
}

/* 03/28/2024 and 28/03/2024: a date with a part above 12 settles the file's order; a file of
 * dates that could go either way is read one way throughout, and the report says which. */
static void
test_csv_date_order (void)
{
  const char *us = "date,headline\n04/02/2024,Vote\n03/28/2024,Veto\n12/1/24,Close\n";
  const char *eu = "date;headline\n02.04.2024;Vote\n28.03.2024;Veto\n";
  const char *either = "date,end,headline\n03/04/2024,05/04/2024,Talks\n01/02/2024,,Vote\n";
  const char *mixed = "date,headline\n03/28/2024,Veto\n29/03/2024,Reply\n"
                      "30/03/2024,Talks\n04/05/2024,Vote\n";
  const char *impossible = "date,headline\n03/28/2024,Veto\n13/13/2024,Nothing\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (SlDocument) doc = NULL;
  const char *cli = g_getenv ("SL_CLI");

  doc = csv (us, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (event_start (doc, 0), ==, "2024-04-02");
  g_assert_cmpstr (event_start (doc, 1), ==, "2024-03-28");
  g_assert_cmpstr (event_start (doc, 2), ==, "2024-12-01");
  g_assert_nonnull (strstr (doc->note, "month first"));
  g_assert_nonnull (strstr (doc->note, "03/28/2024"));
  g_clear_pointer (&doc, sl_document_free);

  doc = csv (eu, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (event_start (doc, 0), ==, "2024-04-02");
  g_assert_cmpstr (event_start (doc, 1), ==, "2024-03-28");
  g_assert_nonnull (strstr (doc->note, "day first"));
  g_clear_pointer (&doc, sl_document_free);

  /* the tests run in the C locale, which names no order: day first */
  doc = csv (either, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (event_start (doc, 0), ==, "2024-04-03");
  g_assert_cmpstr (((SlDocumentEvent *) g_ptr_array_index (doc->events, 0))->end, ==,
                   "2024-04-05");
  g_assert_cmpstr (event_start (doc, 1), ==, "2024-02-01");
  g_assert_nonnull (strstr (doc->note, "could be day or month first"));
  g_assert_nonnull (strstr (doc->note, "read day first"));
  g_clear_pointer (&doc, sl_document_free);

  /* two rows can only be day first, one only month first: each is read as it must be, the
   * ambiguous one by the majority, and the report says the file mixes orders */
  doc = csv (mixed, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (event_start (doc, 0), ==, "2024-03-28");
  g_assert_cmpstr (event_start (doc, 1), ==, "2024-03-29");
  g_assert_cmpstr (event_start (doc, 3), ==, "2024-05-04");
  g_assert_nonnull (strstr (doc->note, "mix orders"));
  g_clear_pointer (&doc, sl_document_free);

  /* ISO dates need no guess and get no note */
  doc = csv ("date,headline\n2024-03-28,Veto\n", &error);
  g_assert_no_error (error);
  g_assert_null (doc->note);
  g_clear_pointer (&doc, sl_document_free);

  g_assert_null (csv (impossible, &error));
  g_assert_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_MALFORMED);
  g_assert_nonnull (strstr (error->message, "line 3: unknown date '13/13/2024'"));

  /* the command line's import report names the order it assumed */
  if (cli != NULL)
    {
      g_autofree char *path = write_tmp ("us-dates.csv", us, -1);
      g_autofree char *project = g_build_filename (tmpdir, "dates.sourceline", NULL);
      g_autofree char *out = NULL, *err = NULL;
      const char *argv[] = { cli, "import", project, path, NULL };
      int status = 0;

      g_clear_error (&error);
      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                   &out, &err, &status, &error));
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_nonnull (strstr (err, "us-dates.csv: note: dates read month first"));
      g_assert_cmpstr (out, ==, "1 imported, 0 duplicate, 0 failed\n");
    }
}

static void
test_csv_timelinejs_sheet (void)
{
  const char *sheet =
    "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,"
    "Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n"
    ",,,,,,,,,Arms transfers,Two years of shipments,,,,,title,,\n"
    "2023,9,13,,,,,,,Kim and Putin meet,The leaders met.,https://x.example/a.jpg,Meridian Wire,"
    ",,,diplomatic,\n"
    "2024,4,,,2024,4,30,,,Panel winds down,,,,,,,un,\n"
    "2023,,,,2024,,,,,Cooperation grows,,,,,,era,,\n";
  const char *bad = "Year,Month,Day,Headline\n2024,3,28,Veto\n2024,13,1,Bad month\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (SlDocument) d = sl_ingest_bytes ("sheet.csv", sheet, strlen (sheet), &error);
  SlDocumentEvent *e0, *e1, *era;

  g_assert_no_error (error);
  g_assert_cmpstr (d->title, ==, "Arms transfers");
  g_assert_cmpuint (d->events->len, ==, 3);
  e0 = g_ptr_array_index (d->events, 0);
  e1 = g_ptr_array_index (d->events, 1);
  era = g_ptr_array_index (d->events, 2);
  g_assert_cmpstr (e0->start, ==, "2023-09-13");
  g_assert_null (e0->end);
  g_assert_cmpstr (e0->headline, ==, "Kim and Putin meet");
  g_assert_cmpstr (e0->source, ==, "Meridian Wire");
  g_assert_cmpstr (e0->group, ==, "diplomatic");
  g_assert_cmpstr (e1->start, ==, "2024-04");
  g_assert_cmpstr (e1->end, ==, "2024-04-30");
  g_assert_cmpstr (era->group, ==, "era");
  g_assert_cmpstr (era->start, ==, "2023");
  g_assert_cmpstr (era->end, ==, "2024");

  g_assert_null (sl_ingest_bytes ("bad.csv", bad, strlen (bad), &error));
  g_assert_cmpstr (error->message, ==, "line 3: unknown date '2024-13-1'");
}

static void
test_timeml_text_and_dct (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) docs = read_fixture ("article.tml", &error);
  SlDocument *d;
  SlDocumentTimex *t;

  g_assert_no_error (error);
  d = g_ptr_array_index (docs, 0);
  g_assert_cmpstr (d->title, ==, "SL-SAMPLE-1");
  g_assert_cmpint (d->dct.day, ==, 29);
  g_assert_cmpint (d->dct_source, ==, SL_DCT_METADATA);
  g_assert_cmpstr (d->text, ==, "\nRussia vetoed the renewal on Thursday, ending fifteen years of reports.\n");
  g_assert_cmpuint (d->timexes->len, ==, 2);
  t = &g_array_index (d->timexes, SlDocumentTimex, 0);
  g_assert_cmpstr (t->value, ==, "2024-03-28");
  g_assert_cmpmem (d->text + t->begin, t->end - t->begin, "Thursday", 8);
  t = &g_array_index (d->timexes, SlDocumentTimex, 1);
  g_assert_cmpint (t->type, ==, SL_TIMEX_DURATION);
  g_assert_cmpstr (t->value, ==, "P15Y");
}

static void
test_hostile_xml_refused (void)
{
  static const char *const names[] = { "billion-laughs.xml", "xxe.xml" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GPtrArray) docs = read_fixture (names[i], &error);

      g_assert_null (docs);
      g_assert_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_MALFORMED);
      g_assert_nonnull (strstr (error->message, "entit"));
      g_assert_null (strstr (error->message, "root:"));
    }
}

static void
test_malformed_structured (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) docs = read_fixture ("broken.rss", &error);
  const char *bad_date = "date,headline\n2024-03-28,ok\nMarchh 28,bad\n";
  const char *bad_json = "{\"events\": [{\"start_date\": {\"year\": 2024, \"month\": 2, \"day\": 31}}]}";

  g_assert_null (docs);
  g_assert_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_MALFORMED);
  g_assert_nonnull (strstr (error->message, "malformed XML"));
  g_clear_error (&error);

  docs = read_fixture ("unclosed.csv", &error);
  g_assert_null (docs);
  g_assert_nonnull (strstr (error->message, "never closed"));
  g_clear_error (&error);

  g_assert_null (sl_ingest_bytes ("d.csv", bad_date, strlen (bad_date), &error));
  g_assert_cmpstr (error->message, ==, "line 3: unknown date 'Marchh 28'");
  g_clear_error (&error);

  /* February 31st is refused with the event's number, not silently moved to March */
  g_assert_null (sl_ingest_bytes ("t.json", bad_json, strlen (bad_json), &error));
  g_assert_nonnull (strstr (error->message, "event 1"));
}

static void
test_html_boilerplate_and_json_ld (void)
{
  static const char *const kept[] = { "defence ministry said on Tuesday",
                                      "shipments began after the two countries",
                                      "estimate was conservative",
                                      "Moscow and Pyongyang have denied" };
  static const char *const dropped[] = { "cookies", "Politics", "Share on social", "Markets slip",
                                         "Most read", "Great article", "morning briefing",
                                         "All rights reserved" };
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) docs = read_fixture ("boilerplate.html", &error);
  SlDocument *d;

  g_assert_no_error (error);
  d = g_ptr_array_index (docs, 0);
  g_assert_cmpstr (d->title, ==, "Seoul tallies North Korean shipments to Russia");
  g_assert_cmpstr (d->outlet, ==, "Pacific Courier");
  g_assert_cmpstr (d->author, ==, "Min-ji Park");
  g_assert_cmpint (d->dct.year * 10000 + d->dct.month * 100 + d->dct.day, ==, 20240507);
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    g_assert_nonnull (strstr (d->text, kept[i]));
  for (guint i = 0; i < G_N_ELEMENTS (dropped); i++)
    if (strstr (d->text, dropped[i]) != NULL)
      g_error ("boilerplate \"%s\" leaked into the article text:\n%s", dropped[i], d->text);
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
  g_test_add_func ("/ingest/text-title-after-breadcrumb", test_text_title_after_breadcrumb);
  g_test_add_func ("/ingest/html-article", test_html_article);
  g_test_add_func ("/ingest/html-latin1", test_html_latin1);
  g_test_add_func ("/ingest/html-declared-charsets", test_html_declared_charsets);
  g_test_add_func ("/ingest/html-time-in-header", test_html_time_in_header);
  g_test_add_func ("/ingest/html-publication-dates", test_html_publication_dates);
  g_test_add_func ("/ingest/bad-files-have-reasons", test_bad_files_have_reasons);
  g_test_add_func ("/ingest/html-without-article-text", test_html_without_article_text);
  g_test_add_func ("/ingest/import-goes-on-past-empty-pages", test_import_goes_on_past_empty_pages);
  g_test_add_func ("/ingest/import-progress", test_import_progress);
  g_test_add_func ("/ingest/extract-json-memory", test_extract_json_memory);
  g_test_add_func ("/ingest/bad-date-header", test_bad_date_header);
  g_test_add_func ("/ingest/text-headers-without-body", test_text_headers_without_body);
  g_test_add_func ("/ingest/text-cr-line-ends", test_text_cr_line_ends);
  g_test_add_func ("/ingest/dates-as-written", test_dates_as_written);
  g_test_add_func ("/ingest/windows-1252-text", test_windows_1252_text);
  g_test_add_func ("/ingest/utf16-xml", test_utf16_xml);
  g_test_add_func ("/ingest/utf16-without-bom", test_utf16_without_bom);
  g_test_add_func ("/ingest/expand-folders", test_expand_folders);
  g_test_add_func ("/ingest/rss-items", test_rss_items);
  g_test_add_func ("/ingest/atom-entries", test_atom_entries);
  g_test_add_func ("/ingest/feed-item-links", test_feed_item_links);
  g_test_add_func ("/ingest/atom-text-types", test_atom_text_types);
  g_test_add_func ("/ingest/rss-1-0-items", test_rss_1_0_items);
  g_test_add_func ("/ingest/timelinejs-events", test_timelinejs_events);
  g_test_add_func ("/ingest/timelinejs-date-parts", test_timelinejs_date_parts);
  g_test_add_func ("/ingest/timelinejs-2", test_timelinejs_2);
  g_test_add_func ("/ingest/csv-events", test_csv_events);
  g_test_add_func ("/ingest/csv-as-spreadsheets-save-it", test_csv_as_spreadsheets_save_it);
  g_test_add_func ("/ingest/csv-timelinejs-sheet", test_csv_timelinejs_sheet);
  g_test_add_func ("/ingest/csv-date-order", test_csv_date_order);
  g_test_add_func ("/ingest/timeml-text-and-dct", test_timeml_text_and_dct);
  g_test_add_func ("/ingest/hostile-xml-refused", test_hostile_xml_refused);
  g_test_add_func ("/ingest/malformed-structured", test_malformed_structured);
  g_test_add_func ("/ingest/html-boilerplate-and-json-ld", test_html_boilerplate_and_json_ld);
  return g_test_run ();
}
