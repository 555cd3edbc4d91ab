/* test-timex-opens: the tagger skips a rule at a word its table says the rule cannot open
 * with (word_opens in sl-timex-tagger.c). This program is linked with a build of the tagger
 * made with SL_TIMEX_CHECK_OPENS, which tries each skipped rule as well and stops with an
 * error when it would have matched: every text it reads checks the table against the rules. */
#include <string.h>

#include "extract/sl-timex-tagger.h"

/* Tags every file under dir (not recursing), with the publication date it infers and with
 * none; returns how many files were read. */
static guint
tag_dir (SlTimexTagger *tagger, const char *dir, guint *n_hits)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr (GArray) hits = g_array_new (FALSE, FALSE, sizeof (SlTimexHit));
  const char *name;
  guint n = 0;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *text = NULL;
      gsize len;
      SlDate dct;
      SlDctSource how;

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR)
          || !g_file_get_contents (path, &text, &len, NULL))
        continue;
      g_array_set_size (hits, 0);
      sl_timex_tag (tagger, text, len, NULL, hits);
      if (sl_timex_infer_dct (tagger, text, len, &dct, &how))
        sl_timex_tag (tagger, text, len, &dct, hits);
      *n_hits += hits->len;
      n++;
    }
  return n;
}

/* Our own texts: the news set with its gold, the samples, the fuzzers' seeds. */
static void
test_own_texts (void)
{
  g_autoptr (SlTimexTagger) tagger = sl_timex_tagger_new ();
  g_autofree char *news = g_test_build_filename (G_TEST_DIST, "data", "news", NULL);
  g_autofree char *seeds = g_test_build_filename (G_TEST_DIST, "timex", "fuzz-seeds", NULL);
  g_autofree char *samples = g_build_filename (g_getenv ("SL_DATA_DIR"), "samples", NULL);
  guint files = 0, hits = 0;

  files += tag_dir (tagger, news, &hits);
  files += tag_dir (tagger, seeds, &hits);
  files += tag_dir (tagger, samples, &hits);
  g_assert_cmpuint (files, >=, 50);
  g_assert_cmpuint (hits, >=, 500);
}

/* The shared corpora, when this machine has them. */
static void
test_corpora (void)
{
  const char *shared = g_getenv ("SL_SHARED_DIR");
  g_autoptr (SlTimexTagger) tagger = sl_timex_tagger_new ();
  static const char *const dirs[][3] = {
    { "corpora", "te3-train", "TimeBank" },
    { "corpora", "te3-train", "AQUAINT" },
    { "corpora", "polnear", "train/text" },
    { "corpora", "polnear", "dev/text" },
  };
  guint files = 0, hits = 0;

  for (guint k = 0; shared != NULL && k < G_N_ELEMENTS (dirs); k++)
    {
      g_autofree char *dir = g_build_filename (shared, dirs[k][0], dirs[k][1], dirs[k][2], NULL);
      files += tag_dir (tagger, dir, &hits);
    }
  if (files == 0)
    {
      g_test_skip ("the shared corpora are not on this machine (SL_SHARED_DIR)");
      return;
    }
  g_assert_cmpuint (hits, >, files);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/timex-opens/own-texts", test_own_texts);
  g_test_add_func ("/timex-opens/corpora", test_corpora);
  return g_test_run ();
}
