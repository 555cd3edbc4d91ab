/* test-briefing.c: the PDF briefing deck, read back with poppler as a reader's PDF viewer
 * would: how many pages, of what size, and the words on them. */
#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "export/sl-briefing.h"
#include "export/sl-export.h"
#include "paint/sl-timeline-painter.h"
#include "export-fixture.h"
#include "export-tools.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  f->dir = g_dir_make_tmp ("sl-briefing-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "briefing.pdf", NULL);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  g_unlink (f->path);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
write_deck (SlModel *model, const SlBriefingOptions *opts, const char *path, guint *pages)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (sl_briefing_write (model, opts, path, pages, &error));
  g_assert_no_error (error);
}

static void
assert_has (const char *text, const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” is not in the PDF's text:\n%s", needle, text);
}

/* Events with the same label are one happening, as the extraction stage's grouping would
 * say of the two articles reporting the signing. */
static void
same_label_cb (gpointer data, SlModel *model, guint32 event, SlCorroboration *out,
               GArray *mentions)
{
  const char *label = sl_model_str (model, sl_model_event (model, event)->label);
  g_autoptr (GHashTable) docs = g_hash_table_new (NULL, NULL);

  sl_briefing_corroboration_self (NULL, model, event, out, NULL);
  out->n_mentions = 0;
  out->primary = SL_NONE;
  if (mentions)
    g_array_append_val (mentions, event);
  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    {
      const SlEvent *ev = sl_model_event (model, e);
      if (g_strcmp0 (sl_model_str (model, ev->label), label) != 0
          || (ev->flags & (SL_EVENT_HIDDEN | SL_EVENT_DELETED)))
        continue;
      if (out->primary == SL_NONE)
        out->primary = e;
      out->n_mentions++;
      g_hash_table_add (docs, GUINT_TO_POINTER (ev->doc));
      if (mentions && e != event)
        g_array_append_val (mentions, e);
    }
  out->n_articles = g_hash_table_size (docs);
  out->n_origins = MAX (out->n_origins, out->n_articles);
}

static void
test_deck (Fixture *f, gconstpointer data)
{
  g_autoptr (SlModel) model = sl_export_fixture_story_unedited (NULL);
  g_autofree char *size = NULL, *text = NULL;
  SlBriefingOptions opts;
  guint pages = 0;

  sl_briefing_options_init (&opts);
  opts.title = "Vienna pipeline: what we know";
  write_deck (model, &opts, f->path, &pages);

  /* cover, overview, six key events (every visible happening), sources, references */
  g_assert_cmpuint (pages, ==, 10);
  if (sl_test_pdf_pages (f->path, &size) == 0)
    return;
  g_assert_cmpuint (sl_test_pdf_pages (f->path, NULL), ==, 10);
  g_assert_cmpstr (size, ==, "960 x 540 pts");

  text = sl_test_pdf_text (f->path);
  /* the cover */
  assert_has (text, "Vienna pipeline: what we know");
  assert_has (text, "3 articles from 2 outlets");
  assert_has (text, "Key events: all 6 happenings");
  /* a key event: its label, the date resolved and as written, the sentence, the chain */
  assert_has (text, "Ministry denies the route changed");
  assert_has (text, "13 March 2024 · written “March 13” in Northern Courier");
  assert_has (text, "“The Energy Ministry denied on March 13 that the route had been changed");
  assert_has (text, "Energy Ministry via Northern Courier — “denied”");
  assert_has (text, "Contested");
  /* uncertainty is said, not hidden: "early 2023" is the first four months, as TIMEX3 START */
  assert_has (text, "written “early 2023”");
  assert_has (text, "TIMEX3 2023 START");
  /* Admiralty grades where the sources have them */
  assert_has (text, "Baltic Institute for Energy & Trade C3");
  assert_has (text, "Reuters B2");
  /* the sources table and the references */
  assert_has (text, "Who the events rest on");
  assert_has (text, "Baltic Institute for Energy & Trade Organisation 1 1 C3");
  assert_has (text, "Eastern Gazette, 13 March 2024. Vienna accord, \"a milestone\", signed.");
  assert_has (text, "https://gazette.example/news?id=7&lang=en");
  assert_has (text, "wire-copy.txt");
  assert_has (text, "(date inferred)");
}

/* A project where the analyst hid one event and deleted another: the deck leaves them out.
 * Run in a subprocess: a crash in the painters fails this test alone. */
static void
test_analyst_edits (Fixture *f, gconstpointer data)
{
  if (g_test_subprocess ())
    {
      g_autoptr (SlModel) model = sl_export_fixture_story (NULL);
      g_autofree char *text = NULL;
      SlBriefingOptions opts;
      guint pages = 0;

      sl_briefing_options_init (&opts);
      write_deck (model, &opts, f->path, &pages);
      g_assert_cmpuint (pages, ==, 10);
      text = sl_test_pdf_text (f->path);
      if (text == NULL)
        return;
      assert_has (text, "Ministry denies the route changed");
      g_assert_null (strstr (text, "Rumour of a second line"));
      g_assert_null (strstr (text, "Duplicate of the signing"));
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_corroboration_chooses (Fixture *f, gconstpointer data)
{
  SlExportStory ids;
  g_autoptr (SlModel) model = sl_export_fixture_story_unedited (&ids);
  g_autoptr (GArray) key = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autofree char *how = NULL, *text = NULL;
  SlBriefingOptions opts;
  guint pages = 0;

  sl_briefing_options_init (&opts);
  opts.corroboration = same_label_cb;
  opts.max_key_events = 2;
  how = sl_briefing_choose_events (model, &opts, key);
  /* the signing, which two articles report, then the denial with its two origins; in date
   * order; the gazette's mention of the signing is not a happening of its own */
  g_assert_cmpuint (key->len, ==, 2);
  g_assert_cmpuint (g_array_index (key, guint32, 0), ==, ids.signing);
  g_assert_cmpuint (g_array_index (key, guint32, 1), ==, ids.denial);
  g_assert_cmpstr (how, ==, "Key events: the 2 of 5 happenings reported by the most articles, "
                            "then by the most independent origins, in date order.");

  write_deck (model, &opts, f->path, &pages);
  g_assert_cmpuint (pages, ==, 6);
  text = sl_test_pdf_text (f->path);
  if (text == NULL)
    return;
  /* both articles' sentences on the signing's page, and the count */
  assert_has (text, "“Energy ministers signed the pipeline deal in Vienna on March 12, officials said.”");
  assert_has (text, "“The pipeline deal was signed in Vienna on Tuesday, March 12, the Gazette reported.”");
  assert_has (text, "Corroboration: reported by 2 articles");
  assert_has (text, "◆ Eastern Gazette — “reported”");
  assert_has (text, "● officials via Northern Courier — “said”");
}

static void
test_chosen_events (Fixture *f, gconstpointer data)
{
  SlExportStory ids;
  g_autoptr (SlModel) model = sl_export_fixture_story_unedited (&ids);
  g_autoptr (GArray) key = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autofree char *how = NULL, *text = NULL;
  guint32 chosen[3];
  SlBriefingOptions opts;
  guint pages = 0;

  chosen[0] = ids.inspections;
  chosen[1] = ids.capacity;
  chosen[2] = 9999; /* not an event: ignored */
  sl_briefing_options_init (&opts);
  opts.key_events = chosen;
  opts.n_key_events = 3;
  opts.paper = SL_BRIEFING_A4;
  how = sl_briefing_choose_events (model, &opts, key);
  g_assert_cmpuint (key->len, ==, 2);
  g_assert_cmpuint (g_array_index (key, guint32, 0), ==, ids.inspections);
  g_assert_cmpstr (how, ==, "Key events: the 2 chosen by the analyst.");

  write_deck (model, &opts, f->path, &pages);
  g_assert_cmpuint (pages, ==, 6);
  {
    g_autofree char *size = NULL;
    if (sl_test_pdf_pages (f->path, &size) == 0)
      return;
    g_assert_cmpstr (size, ==, "595 x 842 pts (A4)");
  }
  text = sl_test_pdf_text (f->path);
  /* in the analyst's order: the inspections (April) before the capacity (2026) */
  g_assert_true (strstr (text, "KEY EVENT 1 OF 2 · OTHER") < strstr (text, "KEY EVENT 2 OF 2 · ECONOMIC"));
  assert_has (text, "8 – 14 April 2024 · written “the week of April 8”");
  assert_has (text, "Baltic Institute for Energy & Trade via Reuters via Northern Courier — “estimate”");
}

static void
test_empty_project (Fixture *f, gconstpointer data)
{
  g_autoptr (SlModel) model = sl_model_new ();
  g_autofree char *text = NULL;
  SlBriefingOptions opts;
  guint pages = 0;

  sl_briefing_options_init (&opts);
  write_deck (model, &opts, f->path, &pages);
  /* a cover, an empty overview, an empty sources table and references */
  g_assert_cmpuint (pages, ==, 4);
  text = sl_test_pdf_text (f->path);
  if (text == NULL)
    return;
  assert_has (text, "No sources were found in these articles.");
  assert_has (text, "No articles.");
}

static void
test_many_articles (Fixture *f, gconstpointer data)
{
  g_autoptr (SlModel) model = sl_export_fixture_project (150, 7);
  g_autofree char *text = NULL;
  SlBriefingOptions opts;
  guint pages = 0, refs = 0;

  sl_briefing_options_init (&opts);
  opts.max_key_events = 5;
  write_deck (model, &opts, f->path, &pages);
  g_assert_cmpuint (sl_test_pdf_pages (f->path, NULL), ==, pages);
  text = sl_test_pdf_text (f->path);
  if (text == NULL)
    return;
  /* every article is in the references, each address once, over several pages */
  for (guint32 d = 0; d < sl_model_n_docs (model); d++)
    {
      const char *url = sl_model_str (model, sl_model_doc (model, d)->url);
      g_autofree char *needle = g_strdup_printf ("%s ", url);
      if (strstr (text, needle) != NULL)
        refs++;
    }
  g_assert_cmpuint (refs, ==, 150);
  assert_has (text, "REFERENCES, CONTINUED");
  assert_has (text, "KEY EVENT 5 OF 5");
}

static void
test_through_export_image (Fixture *f, gconstpointer data)
{
  g_autoptr (SlModel) model = sl_export_fixture_story_unedited (NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *png = g_build_filename (f->dir, "deck.png", NULL);
  SlExportOptions opts;

  sl_export_options_init (&opts);
  g_assert_true (sl_export_view_from_string ("briefing", &opts.view));
  opts.format = SL_EXPORT_PDF;
  g_assert_true (sl_export_image (model, &opts, f->path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sl_test_pdf_pages (f->path, NULL) == 0 ? 10 : sl_test_pdf_pages (f->path, NULL), ==, 10);

  /* a deck is a PDF: asking for a PNG is refused, and nothing is written */
  opts.format = SL_EXPORT_PNG;
  g_assert_false (sl_export_image (model, &opts, png, &error));
  g_assert_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_INVALID);
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
}

/* The text of one page, white space as pdftotext gives it. */
static char *
page_text (const char *path, guint page)
{
  g_autofree char *num = g_strdup_printf ("%u", page);
  const char *args[] = { "-enc", "UTF-8", "-f", num, "-l", num, NULL };

  return sl_test_run_tool ("pdftotext", args, path, "-");
}

/* A category lane folded in the window is folded on the deck's overview page: its header says
 * so and its events' labels are not drawn there. */
static void
test_folded_overview (Fixture *f, gconstpointer data)
{
  g_autoptr (SlModel) model = sl_export_fixture_story_unedited (NULL);
  SlTimelinePainter *tp = sl_timeline_painter_new ();
  g_autofree char *open_text = NULL, *folded_text = NULL;
  const char *folded[] = { NULL, NULL };
  const char *label = NULL;
  SlBriefingOptions opts;

  /* the top category lane, and the label of an event in it */
  sl_timeline_painter_set_model (tp, model);
  sl_timeline_painter_set_lane_mode (tp, SL_LANE_BY_CATEGORY);
  g_assert_cmpuint (sl_timeline_painter_n_lanes (tp), >=, 2);
  folded[0] = sl_timeline_painter_lane_name (tp, 0);
  for (guint32 e = 0; e < sl_model_n_events (model) && label == NULL; e++)
    if (sl_timeline_painter_lane_of_event (tp, e) == 0)
      label = sl_model_str (model, sl_model_event (model, e)->label);
  g_assert_nonnull (label);

  sl_briefing_options_init (&opts);
  /* the whole story on the overview */
  opts.has_range = TRUE;
  opts.from = sl_time_from_ymd (2023, 1, 1);
  opts.to = sl_time_from_ymd (2024, 8, 1);
  write_deck (model, &opts, f->path, NULL);
  open_text = page_text (f->path, 2);
  if (open_text == NULL)
    {
      sl_timeline_painter_free (tp);
      return;
    }
  opts.folded_lanes = folded;
  write_deck (model, &opts, f->path, NULL);
  folded_text = page_text (f->path, 2);

  assert_has (open_text, "Timeline overview");
  assert_has (open_text, label);
  g_assert_null (strstr (open_text, "collapsed"));
  assert_has (folded_text, folded[0]);
  assert_has (folded_text, "collapsed");
  g_assert_null (strstr (folded_text, label));
  sl_timeline_painter_free (tp);
}

/* The space between the end of the word before `word` on its line and `word` itself, on the
 * first page, as poppler places the words drawn; -1 when the word is not there. */
static double
gap_before_word (const char *path, const char *word)
{
  const char *const args[] = { "-f", "1", "-l", "1", "-bbox", NULL };
  g_autofree char *boxes = sl_test_run_tool ("pdftotext", args, path, "-");
  g_autoptr (GRegex) re = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" "
                                       "xMax=\"([0-9.]+)\" yMax=\"[0-9.]+\">([^<]*)</word>",
                                       0, 0, NULL);
  g_autoptr (GMatchInfo) match = NULL;
  g_autoptr (GArray) words = g_array_new (FALSE, FALSE, sizeof (double) * 3);
  double at[3] = { -1, -1, -1 }, before = -1;

  if (boxes == NULL)
    return -1;
  /* every word's left, top and right; the one asked for */
  for (g_regex_match (re, boxes, 0, &match); g_match_info_matches (match);
       g_match_info_next (match, NULL))
    {
      double box[3];

      for (int i = 0; i < 3; i++)
        {
          g_autofree char *v = g_match_info_fetch (match, i + 1);
          box[i] = g_ascii_strtod (v, NULL);
        }
      {
        g_autofree char *text = g_match_info_fetch (match, 4);
        if (g_str_equal (text, word))
          memcpy (at, box, sizeof at);
      }
      g_array_append_val (words, box);
    }
  if (at[0] < 0)
    return -1;
  /* the nearest word ending before it on the same line */
  for (guint i = 0; i < words->len; i++)
    {
      const double *box = &g_array_index (words, double, 3 * i);

      if (fabs (box[1] - at[1]) < 1.0 && box[2] <= at[0] + 0.5 && box[2] > before)
        before = box[2];
    }
  return before < 0 ? -1 : at[0] - before;
}

/* The cover's list of key events: a date column a quarter of the list wide cut the dates of
 * intervals ("29 Apr – 5 Ma…", "1 – 10 Apr 20…"), and the label began where the cut date
 * ended. The date is drawn whole, apart from its event. And the cover gave the period of a
 * range ending in the morning of 11 January as ending on the 10th, where the overview's
 * subtitle (rightly) said the 11th: both name the day of the range's last instant. */
static void
test_cover_dates_whole (Fixture *f, gconstpointer data)
{
  g_autoptr (SlModel) model = sl_export_fixture_story_unedited (NULL);
  g_autofree char *text = NULL;
  SlBriefingOptions opts;
  SlEvent span = { 0 };
  guint pages = 0;
  double gap;

  /* a happening of a week across two months, in the period */
  span.doc = sl_model_event (model, 0)->doc;
  span.label = sl_model_intern (model, "Inspectors tour the pumping stations");
  span.when = sl_model_intern (model, "2024-W18");
  span.start = sl_time_from_ymd (2024, 4, 29);
  span.end_t = sl_time_from_ymd (2024, 5, 6);
  sl_model_add_event (model, &span, NULL, 0, NULL, 0);

  sl_briefing_options_init (&opts);
  opts.title = "Vienna pipeline";
  opts.has_range = TRUE;
  opts.from = sl_time_from_ymd (2022, 10, 10);
  opts.to = sl_time_from_ymd (2026, 1, 11) + 7 * 3600;
  write_deck (model, &opts, f->path, &pages);
  text = sl_test_pdf_text (f->path);
  if (text == NULL)
    return;
  /* the date drawn whole leaves a clear gap before its event's name */
  gap = gap_before_word (f->path, "Inspectors");
  g_test_message ("gap between “29 Apr – 5 May 2024” and its event: %.1f pt", gap);
  g_assert_cmpfloat (gap, >=, 8.0);
  /* the cover and the overview end the period on the same day */
  assert_has (text, "10 October 2022 – 11 January 2026");
  assert_has (text, "10 Oct 2022 – 11 Jan 2026");
}

/* A project with a stray date decades before its story ("shells made in the 1970s") and
 * "talks began in early 2023" (January to April): the cover listed the 1970s as its first key
 * event under a period starting "1 January 2023", which neither it nor the talks said. The
 * period starts and ends with the first and last key event, each at its precision. */
static void
test_cover_period_agrees (Fixture *f, gconstpointer data)
{
  g_autoptr (SlModel) model = sl_export_fixture_story_unedited (NULL);
  g_autofree char *text = NULL;
  SlBriefingOptions opts;
  SlEvent stray = { 0 };
  guint pages = 0;

  stray.doc = sl_model_event (model, 0)->doc;
  stray.label = sl_model_intern (model, "Shells made in the 1970s");
  stray.when = sl_model_intern (model, "197");
  stray.start = sl_time_from_ymd (1970, 1, 1);
  stray.end_t = sl_time_from_ymd (1980, 1, 1);
  sl_model_add_event (model, &stray, NULL, 0, NULL, 0);

  sl_briefing_options_init (&opts);
  opts.title = "Vienna pipeline";
  write_deck (model, &opts, f->path, &pages);
  text = sl_test_pdf_text (f->path);
  if (text == NULL)
    return;
  g_test_message ("%s", text);
  /* the first key event listed is the 1970s, the last the year 2026: so is the period */
  assert_has (text, "1970s Shells made in the 1970s");
  assert_has (text, " the 1970s – 2026 ");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_setenv ("SOURCE_DATE_EPOCH", "1717200000", TRUE);

  g_test_add ("/export/briefing/deck", Fixture, NULL, fixture_setup, test_deck, fixture_teardown);
  g_test_add ("/export/briefing/cover-dates-whole", Fixture, NULL, fixture_setup,
              test_cover_dates_whole, fixture_teardown);
  g_test_add ("/export/briefing/cover-period-agrees", Fixture, NULL, fixture_setup,
              test_cover_period_agrees, fixture_teardown);
  g_test_add ("/export/briefing/corroboration-chooses", Fixture, NULL, fixture_setup,
              test_corroboration_chooses, fixture_teardown);
  g_test_add ("/export/briefing/chosen-events-a4", Fixture, NULL, fixture_setup,
              test_chosen_events, fixture_teardown);
  g_test_add ("/export/briefing/empty-project", Fixture, NULL, fixture_setup,
              test_empty_project, fixture_teardown);
  g_test_add ("/export/briefing/many-articles", Fixture, NULL, fixture_setup,
              test_many_articles, fixture_teardown);
  g_test_add ("/export/briefing/through-export-image", Fixture, NULL, fixture_setup,
              test_through_export_image, fixture_teardown);
  g_test_add ("/export/briefing/analyst-edits/hidden-and-deleted", Fixture, NULL, fixture_setup,
              test_analyst_edits, fixture_teardown);
  g_test_add ("/export/briefing/folded-overview", Fixture, NULL, fixture_setup,
              test_folded_overview, fixture_teardown);
  return g_test_run ();
}
