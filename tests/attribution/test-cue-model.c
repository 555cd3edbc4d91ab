/* The trained cue detector: the shipped weights load and are well-formed, and on sentences
 * written for the test it finds reporting predicates the hand lexicon lacks while leaving
 * plain statements of fact alone. */
#include "extract/sl-attribution.h"
#include "extract/sl-cue-model.h"
#include "extract/sl-extract.h"
#include "ingest/sl-ingest.h"

#include <string.h>

static SlExtractor *extractor;

static SlModel *
extract (const char *body)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *text = g_strdup_printf ("A test article\nDate: 2024-05-06\n\n%s\n", body);
  g_autoptr (SlDocument) doc = sl_ingest_bytes ("article.txt", text, strlen (text), &error);
  SlModel *model = sl_model_new ();

  g_assert_no_error (error);
  sl_extractor_add_document (extractor, model, doc);
  return model;
}

/* The claim whose cue reads `cue`, or SL_NONE. */
static guint32
find_claim (SlModel *model, const char *cue)
{
  for (guint32 i = 0; i < sl_model_n_claims (model); i++)
    if (g_ascii_strcasecmp (sl_model_str (model, sl_model_claim (model, i)->cue), cue) == 0)
      return i;
  return SL_NONE;
}

static char *
span (SlModel *model, guint32 doc, guint32 b, guint32 e)
{
  return g_strndup (sl_model_doc_text (model, doc, NULL) + b, e - b);
}

/* Whether the hand lexicon already reads `word` as a cue (then the test proves nothing). */
static gboolean
lexicon_knows (const char *word)
{
  g_autoptr (SlGazetteer) gaz = sl_gazetteer_new_default ();
  SlToken tok = { 0, (guint32) strlen (word), SL_TOK_WORD | SL_TOK_LOWER };
  const SlWord *w = sl_gazetteer_word (gaz, word, &tok);

  return w != NULL && (w->classes & SL_W_CUE);
}

static void
assert_claim (const char *sentence, const char *cue, const char *source,
              const char *content_start)
{
  g_autoptr (SlModel) model = extract (sentence);
  guint32 k = find_claim (model, cue);
  const SlClaim *c;
  g_autofree char *src = NULL;
  g_autofree char *con = NULL;

  if (k == SL_NONE)
    g_error ("no claim with the cue “%s” in “%s”", cue, sentence);
  c = sl_model_claim (model, k);
  src = span (model, c->doc, c->source_begin, c->source_end);
  con = span (model, c->doc, c->content_begin, c->content_end);
  g_assert_cmpstr (src, ==, source);
  g_assert_true (g_str_has_prefix (con, content_start));
}

/* Predicates no line of cues.txt lists, and claims through them. */
static void
test_finds_unlisted_cues (void)
{
  static const struct
  {
    const char *sentence, *cue, *source, *content;
  } cases[] = {
    { "Local residents seemed pleased with the plan.", "seemed", "Local residents",
      "pleased with the plan" },
    { "Both senators appeared confident about the vote.", "appeared", "Both senators",
      "confident about the vote" },
    { "Critics doubt the deal will survive the winter.", "doubt", "Critics",
      "the deal will survive" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_false (lexicon_knows (cases[i].cue));
      assert_claim (cases[i].sentence, cases[i].cue, cases[i].source, cases[i].content);
    }
}

/* Cues the lexicon lists still come out the same with the model beside it. */
static void
test_listed_cues_unchanged (void)
{
  assert_claim ("The senator voiced support for the bill.", "voiced", "The senator",
                "support for the bill");
  assert_claim ("Officials expect the talks to resume.", "expect", "Officials",
                "the talks to resume");
}

/* One predicate makes one claim: "appeared confident" is not two. */
static void
test_one_claim_per_predicate (void)
{
  g_autoptr (SlModel) model = extract ("Both senators appeared confident about the vote.");

  g_assert_cmpuint (sl_model_n_claims (model), ==, 1);
}

static void
test_rejects_statements (void)
{
  static const char *const facts[] = {
    "The bridge was built in 1990.",
    "The company opened a second factory near the river last year.",
    "Heavy rain flooded the valley and closed two roads.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (facts); i++)
    {
      g_autoptr (SlModel) model = extract (facts[i]);
      g_assert_cmpuint (sl_model_n_claims (model), ==, 0);
    }
}

/* Scores of single tokens, through the model's own API. */
static void
test_scores (void)
{
  const SlCueModel *m = sl_cue_model_get_default ();
  g_autoptr (SlGazetteer) gaz = sl_gazetteer_new_default ();
  const char *text = "Local residents seemed pleased. The bridge was built in 1990.";
  SlDocScan s;
  gboolean seen_seemed = FALSE, seen_built = FALSE;

  g_assert_nonnull (m);
  sl_cue_scan_prepare (&s, gaz, text, strlen (text));
  g_assert_cmpuint (s.sentences->len, ==, 2);
  for (guint si = 0; si < s.sentences->len; si++)
    {
      const SlSentence *sen = &g_array_index (s.sentences, SlSentence, si);

      for (guint i = sen->tok_first; i < sen->tok_end; i++)
        {
          gboolean takes = sl_cue_model_accepts (m, &s, sen->tok_first, sen->tok_end, i);

          if (sl_scan_is (&s, i, "seemed"))
            {
              seen_seemed = TRUE;
              g_assert_true (takes);
            }
          else
            {
              /* nothing else in these sentences reports anything */
              if (takes)
                g_error ("the model takes “%.*s”", (int) (sl_scan_tok (&s, i)->end - sl_scan_tok (&s, i)->begin),
                         text + sl_scan_tok (&s, i)->begin);
              seen_built = seen_built || sl_scan_is (&s, i, "built");
            }
        }
    }
  g_assert_true (seen_seemed && seen_built);
  sl_cue_scan_clear (&s);
}

/* The file in data/models is what the program carries, and it reads back as it was written. */
static void
test_shipped_file (void)
{
  const char *data_dir = g_getenv ("SL_DATA_DIR");
  const SlCueModel *shipped = sl_cue_model_get_default ();
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  g_autofree char *again = NULL;
  g_autoptr (GError) error = NULL;
  SlCueModel *m;
  gsize len, len2;

  if (data_dir == NULL)
    {
      g_test_skip ("SL_DATA_DIR is not set");
      return;
    }
  path = g_build_filename (data_dir, "models", "cue-model.txt", NULL);
  g_assert_true (g_file_get_contents (path, &data, &len, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (len, <, 2 * 1024 * 1024);

  m = sl_cue_model_new_from_data (data, len, &error);
  g_assert_no_error (error);
  g_assert_nonnull (m);
  g_assert_nonnull (shipped);
  g_assert_cmpuint (sl_cue_model_n_weights (m), ==, sl_cue_model_n_weights (shipped));
  g_assert_cmpuint (sl_cue_model_n_gate (m), ==, sl_cue_model_n_gate (shipped));
  g_assert_cmpuint (sl_cue_model_n_gate (m), >, 100);
  g_assert_cmpuint (sl_cue_model_n_weights (m), >, 1000);
  g_assert_cmpfloat (sl_cue_model_threshold (m), >, 0.0);
  g_assert_cmpfloat (sl_cue_model_threshold (m), <, 1.0);
  g_assert_cmpfloat (sl_cue_model_keep (m), >=, 0.0);
  g_assert_cmpfloat (sl_cue_model_keep (m), <, sl_cue_model_threshold (m));
  g_assert_cmpuint (sl_cue_model_bits (m), ==, sl_cue_model_bits (shipped));

  /* written out and read again, nothing changes */
  again = sl_cue_model_to_data (m, &len2);
  sl_cue_model_free (m);
  m = sl_cue_model_new_from_data (again, len2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sl_cue_model_n_weights (m), ==, sl_cue_model_n_weights (shipped));
  sl_cue_model_free (m);
}

/* The plain forms the model writes are read in place; any other form a hand-edited file may
 * hold (a "0x" key, a sign, an exponent, spaces, many digits) is read as before, to the same
 * weights. */
static void
test_weight_forms (void)
{
  static const char plain[] =
    "sourceline-cue-model 1\nbits 12\nthreshold 0.5\nkeep 0.1\ngate 2\n1a\nff\n"
    "weights 4\n1a 0.5\n2b -0.0625\n3c 1234.5\n4d 0.1\n";
  static const char other[] =
    "sourceline-cue-model 1\nbits 12\nthreshold 0.5\nkeep 0.1\ngate 2\n0x1a\n  FF  \n"
    "weights 4\n1A +0.5\n2b -6.25e-2\n# a note\n3c   1234.50000000000000000\n4d 1e-1\n";
  g_autoptr (GError) error = NULL;
  SlCueModel *a = sl_cue_model_new_from_data (plain, strlen (plain), &error);
  SlCueModel *b;
  g_autofree char *da = NULL, *db = NULL;

  g_assert_no_error (error);
  b = sl_cue_model_new_from_data (other, strlen (other), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sl_cue_model_n_gate (a), ==, 2);
  g_assert_cmpuint (sl_cue_model_n_weights (a), ==, 4);
  da = sl_cue_model_to_data (a, NULL);
  db = sl_cue_model_to_data (b, NULL);
  g_assert_cmpstr (da, ==, db);
  g_assert_nonnull (strstr (da, "\n2b -0.0625\n"));
  sl_cue_model_free (a);
  sl_cue_model_free (b);
}

static void
test_damaged_file (void)
{
  static const char *const damaged[] = {
    "",
    "a list of words\n",
    "sourceline-cue-model 1\nbits 20\nthreshold 1.5\nkeep 0.1\ngate 0\nweights 0\n",
    "sourceline-cue-model 1\nbits 20\nthreshold 0.4\nkeep 0.5\ngate 0\nweights 0\n",
    "sourceline-cue-model 1\nbits 20\nthreshold 0.5\nkeep 0.1\ngate 2\n1a\n",
    "sourceline-cue-model 1\nbits 8\nthreshold 0.5\nkeep 0.1\ngate 0\nweights 1\n1ff 0.5\n",
    "sourceline-cue-model 1\nbits 20\nthreshold 0.5\nkeep 0.1\ngate 0\nweights 1\n12 nan\n",
    "sourceline-cue-model 1\nbits 20\nthreshold 0.5\nkeep 0.1\ngate 0\nweights 0\nextra\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (damaged); i++)
    {
      g_autoptr (GError) error = NULL;
      SlCueModel *m = sl_cue_model_new_from_data (damaged[i], strlen (damaged[i]), &error);

      g_assert_null (m);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_assert_true (strstr (error->message, "cue model") != NULL);
    }
}

int
main (int argc, char **argv)
{
  int ret;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  extractor = sl_extractor_new ();
  g_test_add_func ("/cue-model/shipped-file", test_shipped_file);
  g_test_add_func ("/cue-model/damaged-file", test_damaged_file);
  g_test_add_func ("/cue-model/weight-forms", test_weight_forms);
  g_test_add_func ("/cue-model/finds-unlisted-cues", test_finds_unlisted_cues);
  g_test_add_func ("/cue-model/listed-cues-unchanged", test_listed_cues_unchanged);
  g_test_add_func ("/cue-model/one-claim-per-predicate", test_one_claim_per_predicate);
  g_test_add_func ("/cue-model/rejects-statements", test_rejects_statements);
  g_test_add_func ("/cue-model/scores", test_scores);
  ret = g_test_run ();
  sl_extractor_free (extractor);
  return ret;
}
