/* What the detail pane and the presentation say of an event that several articles report:
 * "Reported by N articles · M independent origins" and the other articles by name. GLib only:
 * no display is opened. */
#include "extract/sl-attribution.h"
#include "extract/sl-extract.h"
#include "ingest/sl-ingest.h"
#include "ui/sl-describe.h"

#include <locale.h>
#include <string.h>

static SlExtractor *extractor;

static guint32
add_text (SlModel *model, const char *text)
{
  g_autoptr (GError) error = NULL;
  SlDocument *doc = sl_ingest_bytes ("article.txt", text, strlen (text), &error);
  guint32 idx;

  g_assert_no_error (error);
  idx = sl_extractor_add_document (extractor, model, doc);
  sl_document_free (doc);
  return idx;
}

static guint32
find_event_in (SlModel *m, guint32 doc, const char *when)
{
  for (guint32 i = 0; i < sl_model_n_events (m); i++)
    if (sl_model_event (m, i)->doc == doc
        && g_strcmp0 (sl_model_str (m, sl_model_event (m, i)->when), when) == 0)
      return i;
  return SL_NONE;
}

/* The two sample articles that report the March 28 veto, read from data/samples. */
static void
test_describe_samples (void)
{
  const char *data = g_getenv ("SL_DATA_DIR");
  const char *files[] = { "security-council-veto.html", "seoul-estimate.txt" };
  g_autoptr (SlModel) m = sl_model_new ();
  g_autoptr (SlEventMerge) merge = NULL;
  g_autoptr (GArray) others = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autofree char *line = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title0 = NULL;
  guint32 docs[2], ev[2];

  if (data == NULL)
    {
      g_test_skip ("SL_DATA_DIR is not set");
      return;
    }
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *path = g_build_filename (data, "samples", files[i], NULL);
      g_autoptr (GError) error = NULL;
      SlDocument *doc = sl_ingest_file (path, &error);

      g_assert_no_error (error);
      docs[i] = sl_extractor_add_document (extractor, m, doc);
      sl_document_free (doc);
      ev[i] = find_event_in (m, docs[i], "2024-03-28");
      g_assert_cmpuint (ev[i], !=, SL_NONE);
    }
  merge = sl_event_merge_new (m);

  /* both articles pass on what Reuters reported: two articles, one origin */
  line = sl_describe_corroboration (m, merge, ev[1]);
  g_assert_cmpstr (line, ==, "Reported by 2 articles · 1 independent origin");

  /* from the Seoul article, the other one is the Harbor Ledger page, and the reverse */
  g_assert_cmpuint (sl_describe_other_articles (m, merge, ev[1], others), ==, 1);
  g_assert_cmpuint (g_array_index (others, guint32, 0), ==, docs[0]);
  g_array_set_size (others, 0);
  g_assert_cmpuint (sl_describe_other_articles (m, merge, ev[0], others), ==, 1);
  g_assert_cmpuint (g_array_index (others, guint32, 0), ==, docs[1]);

  title0 = sl_describe_article (m, docs[0]);
  g_assert_cmpstr (title0, !=, "");
  text = sl_describe_merged (m, merge, ev[1]);
  g_assert_nonnull (text);
  g_assert_true (g_str_has_prefix (text, "Reported by 2 articles · 1 independent origin\n"
                                         "Also reported in “"));
  g_assert_nonnull (strstr (text, title0));
  g_assert_true (g_str_has_suffix (text, "(Harbor Ledger)"));
}

/* An event only its own article reports gets no corroboration line at all. */
static void
test_describe_alone (void)
{
  g_autoptr (SlModel) m = sl_model_new ();
  g_autoptr (SlEventMerge) merge = NULL;
  g_autoptr (GArray) others = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint32 a, b, ea, eb;
  g_autofree char *line = NULL;
  g_autofree char *text = NULL;

  a = add_text (m, "Floods\nDate: 2024-03-29\n\n(Harbor Ledger) – Heavy rain flooded the "
                   "capital on March 28.\n");
  b = add_text (m, "Talks\nDate: 2024-03-29\n\n(Meridian Wire) – Trade ministers met in "
                   "Geneva on March 28 to discuss tariffs.\n");
  ea = find_event_in (m, a, "2024-03-28");
  eb = find_event_in (m, b, "2024-03-28");
  g_assert_cmpuint (ea, !=, SL_NONE);
  g_assert_cmpuint (eb, !=, SL_NONE);
  merge = sl_event_merge_new (m);
  line = sl_describe_corroboration (m, merge, ea);
  text = sl_describe_merged (m, merge, eb);
  g_assert_null (line);
  g_assert_null (text);
  g_assert_cmpuint (sl_describe_other_articles (m, merge, ea, others), ==, 0);
}

/* Three articles, three origins of their own, and one of them denies it. */
static void
test_describe_contested (void)
{
  g_autoptr (SlModel) m = sl_model_new ();
  g_autoptr (SlEventMerge) merge = NULL;
  g_autofree char *line = NULL;
  g_autofree char *text = NULL;
  guint32 a, ea;

  a = add_text (m, "Oil\nDate: 2024-05-03\n\n(Meridian Wire) – US officials said on May 2 that "
                   "Russia shipped 165,000 barrels of refined oil to North Korea in March.\n");
  add_text (m, "Oil\nDate: 2024-05-04\n\n(Harbor Ledger) – South Korean officials said that "
               "Russia shipped 165,000 barrels of refined oil to North Korea in March.\n");
  add_text (m, "Oil\nDate: 2024-05-06\n\n(Dan Tri) – Moscow denied that Russia shipped "
               "165,000 barrels of refined oil to North Korea in March.\n");
  ea = find_event_in (m, a, "2024-03");
  g_assert_cmpuint (ea, !=, SL_NONE);
  merge = sl_event_merge_new (m);
  line = sl_describe_corroboration (m, merge, ea);
  g_assert_cmpstr (line, ==, "Reported by 3 articles · 3 independent origins · contested");
  text = sl_describe_merged (m, merge, ea);
  /* the other two, by title and outlet, in the order they came */
  g_assert_true (g_str_has_suffix (text, "Also reported in “Oil” (Harbor Ledger), "
                                         "“Oil” (Dan Tri)"));
}

int
main (int argc, char **argv)
{
  int ret;

  /* the words are checked as written, untranslated */
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  extractor = sl_extractor_new ();
  g_test_add_func ("/describe/merged/samples", test_describe_samples);
  g_test_add_func ("/describe/merged/alone", test_describe_alone);
  g_test_add_func ("/describe/merged/contested", test_describe_contested);
  ret = g_test_run ();
  sl_extractor_free (extractor);
  return ret;
}
