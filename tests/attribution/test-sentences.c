/* Sentence splitting on the abbreviations, quotes and ellipses of news text. */
#include "extract/sl-sentences.h"

#include <string.h>

static GPtrArray *
split (const char *text)
{
  g_autoptr (GArray) toks = g_array_new (FALSE, FALSE, sizeof (SlToken));
  g_autoptr (GArray) sents = g_array_new (FALSE, FALSE, sizeof (SlSentence));
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  sl_sentences_find (text, strlen (text), toks, sents);
  for (guint i = 0; i < sents->len; i++)
    {
      const SlSentence *s = &g_array_index (sents, SlSentence, i);
      g_ptr_array_add (out, g_strndup (text + s->begin, s->end - s->begin));
    }
  return out;
}

static void
assert_split (const char *text, const char *const *expected)
{
  g_autoptr (GPtrArray) got = split (text);
  guint n = g_strv_length ((char **) expected);

  for (guint i = 0; i < MIN (n, got->len); i++)
    g_assert_cmpstr (g_ptr_array_index (got, i), ==, expected[i]);
  g_assert_cmpuint (got->len, ==, n);
}

static void
test_abbreviations (void)
{
  const char *const a[] = { "Gen. Kim Yong Chol met U.S. envoys on Monday.",
                            "The talks ended early.", NULL };
  const char *const b[] = { "The vote on Resolution No. 2 failed.", "Russia voted no.", NULL };
  const char *const c[] = { "Sen. Warren and Dr. J. Smith spoke at 3 p.m. in Washington.", NULL };

  assert_split ("Gen. Kim Yong Chol met U.S. envoys on Monday. The talks ended early.", a);
  assert_split ("The vote on Resolution No. 2 failed. Russia voted no.", b);
  assert_split ("Sen. Warren and Dr. J. Smith spoke at 3 p.m. in Washington.", c);
}

static void
test_dotted_end (void)
{
  /* a sentence can end on "U.S." when the next one plainly starts */
  const char *const a[] = { "The shells were bought by the U.S.", "The deal closed.", NULL };

  assert_split ("The shells were bought by the U.S. The deal closed.", a);
}

static void
test_quotes (void)
{
  const char *const a[] = { "“We will respond,” the ministry said.", "“Never.”", "He left.",
                            NULL };
  const char *const b[] = { "\"Is it over?\" she asked.", "Nobody answered.", NULL };

  assert_split ("“We will respond,” the ministry said. “Never.” He left.", a);
  assert_split ("\"Is it over?\" she asked. Nobody answered.", b);
}

static void
test_ellipsis (void)
{
  const char *const a[] = { "The talks went on... and on.", "Then they stopped…", "Nobody knew why.",
                            NULL };

  assert_split ("The talks went on... and on. Then they stopped… Nobody knew why.", a);
}

static void
test_lines (void)
{
  /* a title line, a paragraph break, and a hard-wrapped line that goes on in lowercase */
  const char *const a[] = { "Russia blocks panel renewal", "Russia vetoed the resolution to extend\nthe mandate.",
                            "China abstained", "in the vote.", NULL };

  assert_split ("Russia blocks panel renewal\n\nRussia vetoed the resolution to extend\nthe mandate.\n\nChina abstained\n\nin the vote.", a);
}

static void
test_tokens (void)
{
  const char *text = "South Korea’s NIS said 6,700 containers (3.5 tons) left U.S. ports.";
  g_autoptr (GArray) toks = g_array_new (FALSE, FALSE, sizeof (SlToken));
  const SlToken *t;

  sl_tokenize (text, strlen (text), toks);
  t = (const SlToken *) (gpointer) toks->data;
  g_assert_true (sl_token_is (text, &t[1], "Korea"));
  g_assert_true (t[2].flags & SL_TOK_POSSESSIVE);
  g_assert_true (t[3].flags & SL_TOK_UPPER);
  g_assert_true (sl_token_is (text, &t[5], "6,700"));
  g_assert_true (t[5].flags & SL_TOK_NUM);
  g_assert_true (t[7].flags & SL_TOK_OPEN);
  g_assert_true (sl_token_is (text, &t[8], "3.5"));
  g_assert_true (sl_token_is (text, &t[12], "U.S."));
  g_assert_true (t[12].flags & SL_TOK_DOTTED);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sentences/abbreviations", test_abbreviations);
  g_test_add_func ("/sentences/dotted-end", test_dotted_end);
  g_test_add_func ("/sentences/quotes", test_quotes);
  g_test_add_func ("/sentences/ellipsis", test_ellipsis);
  g_test_add_func ("/sentences/lines", test_lines);
  g_test_add_func ("/sentences/tokens", test_tokens);
  return g_test_run ();
}
