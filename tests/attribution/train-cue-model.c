/* train-cue-model: trains the cue detector of sl-cue-model.c on PolNeAR-style gold and
 * writes its weights (data/models/cue-model.txt). Built with the rest, never run by the
 * test suite.
 *
 * usage: train-cue-model TRAIN_DIR OUT_FILE [--folds N] [--epochs N] [--rate R] [--l2 L]
 *
 * TRAIN_DIR holds text/NAME.txt and attributions/NAME[_ANNOTATOR].ann (brat standoff: each
 * E line is one attribution; its Cue arguments, or its trigger, are the cue). Every gold cue
 * has one head token (its first content word). The examples are the lowercase tokens the
 * lexicon leaves alone (positive: a head) and the listed cues (positive: inside a gold cue),
 * the latter marked "framed" when a lexicon-only run made a claim of them. A logistic model
 * (AdaGrad over hashed features) is fitted; its two thresholds (from which it takes a token,
 * under which it drops a listed cue's claim) are chosen by cross-validation over folds of
 * TRAIN_DIR, running the whole extraction with each fold's model on the held-out articles
 * and scoring the claims' cues and sources the way score_attribution.py does. The figures go
 * to stdout; the same data give the same file. */
#include "config.h"

#include "extract/sl-cue-model.h"
#include "extract/sl-extract.h"
#include "ingest/sl-ingest.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define BITS 20
#define MIN_GATE 2          /* a word heads this many gold cues before the model reads it */
#define MIN_GATE_RATE 0.03 /* … and this share of its occurrences */
#define PRUNE 0.02f         /* weights smaller than this are not shipped */

typedef struct
{
  guint32 b, e; /* bytes */
} Range;

typedef struct
{
  GArray *cue;    /* Range fragments */
  GArray *source;
} GoldAtt;

typedef struct
{
  char   *name;
  char   *path;
  char   *data;   /* the file as read */
  gsize   len;
  GArray *atts;   /* GoldAtt */
  /* examples of this article: features in feats[ex_off[k] .. ex_off[k + 1]) */
  GArray *ex_off;    /* guint32 */
  GArray *ex_label;  /* guint8 */
  GArray *ex_word;   /* guint32 word hash */
  GArray *ex_byte;   /* guint32 where the token begins */
  GArray *ex_framed; /* guint8: a frame of the lexicon made a claim of the token */
  GArray *feats;     /* guint32 */
  GHashTable *claimed; /* bytes where a cue of the lexicon-only run begins */
} Article;

static guint n_folds = 4;
static guint n_epochs = 6;
static double learning_rate = 0.15;
static double l2 = 1e-6;
static SlGazetteer *gazetteer;

/* ------------------------------------------------------------------ gold */

static guint32
char_to_byte (gsize len, const guint32 *starts, guint n_chars, guint64 c)
{
  return c >= n_chars ? (guint32) len : starts[c];
}

static void
free_article (Article *a)
{
  for (guint i = 0; i < a->atts->len; i++)
    {
      GoldAtt *g = &g_array_index (a->atts, GoldAtt, i);
      g_array_unref (g->cue);
      g_array_unref (g->source);
    }
  g_array_unref (a->atts);
  g_array_unref (a->ex_off);
  g_array_unref (a->ex_label);
  g_array_unref (a->ex_word);
  g_array_unref (a->ex_byte);
  g_array_unref (a->ex_framed);
  g_array_unref (a->feats);
  g_clear_pointer (&a->claimed, g_hash_table_unref);
  g_free (a->name);
  g_free (a->path);
  g_free (a->data);
  g_free (a);
}

/* Reads the brat file's attributions into byte ranges of the article's text. */
static gboolean
read_gold (Article *a, const char *ann_path)
{
  g_autofree char *ann = NULL;
  g_auto (GStrv) lines = NULL;
  g_autoptr (GHashTable) spans = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        (GDestroyNotify) g_array_unref);
  g_autofree guint32 *starts = NULL;
  guint n_chars = 0;

  if (!g_file_get_contents (ann_path, &ann, NULL, NULL))
    return FALSE;
  starts = g_new (guint32, a->len + 1);
  for (const char *p = a->data; p < a->data + a->len; p = g_utf8_next_char (p))
    starts[n_chars++] = (guint32) (p - a->data);

  lines = g_strsplit (ann, "\n", -1);
  for (guint l = 0; lines[l]; l++)
    {
      g_auto (GStrv) cols = NULL;
      g_auto (GStrv) frags = NULL;
      GArray *rs;
      char *sp;

      if (lines[l][0] != 'T' || !g_ascii_isdigit (lines[l][1]))
        continue;
      cols = g_strsplit (lines[l], "\t", 3);
      if (!cols[0] || !cols[1] || !(sp = strchr (cols[1], ' ')))
        continue;
      frags = g_strsplit (sp + 1, ";", -1);
      rs = g_array_new (FALSE, FALSE, sizeof (Range));
      for (guint f = 0; frags[f]; f++)
        {
          guint64 cb, ce;
          char *end;
          Range r;

          cb = g_ascii_strtoull (frags[f], &end, 10);
          ce = g_ascii_strtoull (end, NULL, 10);
          if (ce <= cb)
            continue;
          r.b = char_to_byte (a->len, starts, n_chars, cb);
          r.e = char_to_byte (a->len, starts, n_chars, ce);
          g_array_append_val (rs, r);
        }
      g_hash_table_replace (spans, g_strdup (cols[0]), rs);
    }
  for (guint l = 0; lines[l]; l++)
    {
      g_auto (GStrv) cols = NULL;
      g_auto (GStrv) args = NULL;
      GoldAtt g;
      const char *trigger = NULL;

      if (lines[l][0] != 'E' || !g_ascii_isdigit (lines[l][1]))
        continue;
      cols = g_strsplit (lines[l], "\t", 3);
      if (!cols[0] || !cols[1])
        continue;
      args = g_strsplit_set (g_strstrip (cols[1]), " ", -1);
      g.cue = g_array_new (FALSE, FALSE, sizeof (Range));
      g.source = g_array_new (FALSE, FALSE, sizeof (Range));
      for (guint k = 0; args[k]; k++)
        {
          char *colon = strchr (args[k], ':');
          GArray *rs;

          if (colon == NULL)
            continue;
          *colon = '\0';
          rs = g_hash_table_lookup (spans, colon + 1);
          if (k == 0)
            trigger = colon + 1;
          else if (rs && g_str_equal (args[k], "Cue"))
            g_array_append_vals (g.cue, rs->data, rs->len);
          else if (rs && g_str_equal (args[k], "Source"))
            g_array_append_vals (g.source, rs->data, rs->len);
        }
      if (g.cue->len == 0 && trigger != NULL)
        {
          GArray *rs = g_hash_table_lookup (spans, trigger);
          if (rs)
            g_array_append_vals (g.cue, rs->data, rs->len);
        }
      g_array_append_val (a->atts, g);
    }
  return TRUE;
}

static char *
find_ann (const char *dir, const char *name)
{
  g_autofree char *plain = g_strdup_printf ("%s/%s.ann", dir, name);
  g_autoptr (GDir) d = NULL;
  g_autofree char *prefix = g_strconcat (name, "_", NULL);
  char *best = NULL;
  const char *f;

  if (g_file_test (plain, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&plain);
  d = g_dir_open (dir, 0, NULL);
  while (d && (f = g_dir_read_name (d)))
    if (g_str_has_prefix (f, prefix) && g_str_has_suffix (f, ".ann")
        && (best == NULL || strcmp (f, best) < 0))
      {
        g_free (best);
        best = g_strdup (f);
      }
  if (best == NULL)
    return NULL;
  {
    char *p = g_build_filename (dir, best, NULL);
    g_free (best);
    return p;
  }
}

/* ------------------------------------------------------------------ examples */

static gboolean
overlaps (const GArray *rs, guint32 b, guint32 e)
{
  for (guint k = 0; k < rs->len; k++)
    {
      const Range *r = &g_array_index (rs, Range, k);
      if (r->b < e && b < r->e)
        return TRUE;
    }
  return FALSE;
}

#define FUNCTION_WORDS (SL_W_AUX | SL_W_MODAL | SL_W_NEG | SL_W_ADV | SL_W_BE | SL_W_DET \
                        | SL_W_PRON | SL_W_PREP | SL_W_CONJ | SL_W_REL)

/* Per token: 1 = heads a gold cue, 2 = inside one but not its head, 0 = outside. */
static guint8 *
label_tokens (const Article *a, const SlDocScan *s)
{
  guint8 *lab = g_new0 (guint8, s->tokens->len + 1);

  for (guint k = 0; k < a->atts->len; k++)
    {
      const GoldAtt *g = &g_array_index (a->atts, GoldAtt, k);
      guint head = G_MAXUINT, first_word = G_MAXUINT;

      gboolean lexicon = FALSE;

      for (guint i = 0; i < s->tokens->len; i++)
        {
          const SlToken *t = sl_scan_tok (s, i);

          if (!overlaps (g->cue, t->begin, t->end))
            continue;
          if (lab[i] == 0)
            lab[i] = 2;
          if (!(t->flags & SL_TOK_WORD))
            continue;
          /* a cue the lexicon knows ("widely reported") is none of the model's business */
          lexicon = lexicon || (sl_scan_cls (s, i) & SL_W_CUE);
          if (first_word == G_MAXUINT)
            first_word = i;
          /* the first content word, passing over manner adverbs ("publicly criticized") */
          if (head == G_MAXUINT && !(sl_scan_cls (s, i) & FUNCTION_WORDS)
              && !(t->end - t->begin > 4 && s->text[t->end - 2] == 'l' && s->text[t->end - 1] == 'y'
                   && i + 1 < s->tokens->len && overlaps (g->cue, sl_scan_tok (s, i + 1)->begin,
                                                          sl_scan_tok (s, i + 1)->end)))
            head = i;
        }
      if (head == G_MAXUINT)
        head = first_word;
      if (head != G_MAXUINT && !lexicon)
        lab[head] = 1;
    }
  return lab;
}

static void
add_example (Article *a, const SlDocScan *s, const SlSentence *sen, guint i, gboolean head,
             gboolean framed)
{
  guint32 feats[SL_CUE_MAX_FEATURES];
  guint32 off = a->feats->len, h = sl_cue_word_hash (s, i);
  guint8 y = head ? 1 : 0, fr = framed ? 1 : 0;
  guint n;

  g_array_append_val (a->ex_off, off);
  g_array_append_val (a->ex_label, y);
  g_array_append_val (a->ex_word, h);
  g_array_append_val (a->ex_byte, sl_scan_tok (s, i)->begin);
  g_array_append_val (a->ex_framed, fr);
  n = sl_cue_features (s, sen->tok_first, sen->tok_end, i, framed, feats);
  for (guint k = 0; k < n; k++)
    feats[k] &= (1u << BITS) - 1;
  g_array_append_vals (a->feats, feats, n);
}

/* The tokens the attribution stage hands to the model: lowercase words that no lexicon cue
 * phrase covers (as scan_sentence walks them). */
static void
collect_examples (Article *a, SlGazetteer *gaz)
{
  SlDocScan s;
  g_autofree guint8 *lab = NULL;
  const SlWord *const *words;

  sl_cue_scan_prepare (&s, gaz, a->data, a->len);
  words = (const SlWord *const *) s.words->pdata;
  lab = label_tokens (a, &s);
  for (guint si = 0; si < s.sentences->len; si++)
    {
      const SlSentence *sen = &g_array_index (s.sentences, SlSentence, si);

      for (guint i = sen->tok_first; i < sen->tok_end;)
        {
          const SlToken *t = sl_scan_tok (&s, i);
          const SlWord *w;
          guint n;

          if (sl_scan_is (&s, i, "according") && sl_scan_is (&s, i + 1, "to"))
            {
              i += 2;
              continue;
            }
          n = (t->flags & SL_TOK_LOWER) || i == sen->tok_first
                ? sl_gazetteer_match_cue (gaz, a->data, (const SlToken *) (gpointer) s.tokens->data,
                                          i, sen->tok_end, words, &w)
                : 0;
          /* a listed cue: the model decides on it too, whether its frames made a claim
           * (keep it?) or not (make one?) */
          if (n > 0 && sl_cue_model_candidate (&s, i))
            {
              add_example (a, &s, sen, i, lab[i] != 0,
                           g_hash_table_contains (a->claimed, GUINT_TO_POINTER (t->begin)));
              i += n;
              continue;
            }
          if (n > 0)
            {
              i += n;
              continue;
            }
          if (!sl_cue_model_candidate (&s, i) || lab[i] == 2)
            {
              i++;
              continue;
            }
          add_example (a, &s, sen, i, lab[i] == 1, FALSE);
          i++;
        }
    }
  {
    guint32 off = a->feats->len;
    g_array_append_val (a->ex_off, off);
  }
  sl_cue_scan_clear (&s);
}

/* ------------------------------------------------------------------ training */

static int
compare_u32 (const void *a, const void *b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;
  return x < y ? -1 : x > y;
}

/* Trains on the articles whose fold is not `held` (G_MAXUINT: all of them). */
static SlCueModel *
train (GPtrArray *arts, guint held, double threshold)
{
  g_autoptr (GHashTable) pos = g_hash_table_new (NULL, NULL);
  g_autoptr (GHashTable) gate = g_hash_table_new (NULL, NULL);
  g_autoptr (GArray) order = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autofree float *w = g_new0 (float, 1u << BITS);
  g_autofree float *g2 = g_new0 (float, 1u << BITS);
  g_autoptr (GArray) gate_list = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) kept = g_array_new (FALSE, FALSE, sizeof (SlCueWeight));
  GRand *rand = g_rand_new_with_seed (20240501);
  GHashTableIter it;
  gpointer key, value;

  /* the gate: words that head gold cues often enough, and often enough of the times they
   * occur; counts are kept as positives << 20 | occurrences */
  for (guint d = 0; d < arts->len; d++)
    {
      const Article *a = g_ptr_array_index (arts, d);
      if (d % n_folds == held)
        continue;
      for (guint k = 0; k < a->ex_label->len; k++)
        {
          gpointer h = GUINT_TO_POINTER (g_array_index (a->ex_word, guint32, k));
          guint64 v = GPOINTER_TO_SIZE (g_hash_table_lookup (pos, h));

          v += 1 + ((guint64) g_array_index (a->ex_label, guint8, k) << 20);
          g_hash_table_insert (pos, h, GSIZE_TO_POINTER (v));
        }
    }
  g_hash_table_iter_init (&it, pos);
  while (g_hash_table_iter_next (&it, &key, &value))
    if ((GPOINTER_TO_SIZE (value) >> 20) >= MIN_GATE
        && (double) (GPOINTER_TO_SIZE (value) >> 20) / (GPOINTER_TO_SIZE (value) & 0xfffff)
             >= MIN_GATE_RATE)
      {
        guint32 h = GPOINTER_TO_UINT (key);
        g_hash_table_add (gate, key);
        g_array_append_val (gate_list, h);
      }
  qsort (gate_list->data, gate_list->len, sizeof (guint32), compare_u32);

  for (guint d = 0; d < arts->len; d++)
    {
      const Article *a = g_ptr_array_index (arts, d);
      if (d % n_folds == held)
        continue;
      for (guint k = 0; k < a->ex_label->len; k++)
        if (g_hash_table_contains (gate, GUINT_TO_POINTER (g_array_index (a->ex_word, guint32, k))))
          {
            guint64 ref = ((guint64) d << 32) | k;
            g_array_append_val (order, ref);
          }
    }

  if (held == G_MAXUINT)
    g_print ("gate: %u words; %u of the tokens the lexicon leaves pass it\n", gate_list->len,
             order->len);
  for (guint ep = 0; ep < n_epochs; ep++)
    {
      for (guint k = order->len; k > 1; k--)
        {
          guint j = g_rand_int_range (rand, 0, (gint32) k);
          guint64 t = g_array_index (order, guint64, k - 1);
          g_array_index (order, guint64, k - 1) = g_array_index (order, guint64, j);
          g_array_index (order, guint64, j) = t;
        }
      for (guint k = 0; k < order->len; k++)
        {
          guint64 ref = g_array_index (order, guint64, k);
          const Article *a = g_ptr_array_index (arts, (guint) (ref >> 32));
          guint e = (guint) (ref & 0xffffffffu);
          guint32 b = g_array_index (a->ex_off, guint32, e);
          guint32 en = g_array_index (a->ex_off, guint32, e + 1);
          const guint32 *f = &g_array_index (a->feats, guint32, b);
          double z = 0.0, p, grad;

          for (guint j = 0; j < en - b; j++)
            z += w[f[j]];
          p = 1.0 / (1.0 + exp (-z));
          grad = p - g_array_index (a->ex_label, guint8, e);
          for (guint j = 0; j < en - b; j++)
            {
              double gj = grad + l2 * w[f[j]];
              g2[f[j]] += (float) (gj * gj);
              w[f[j]] -= (float) (learning_rate * gj / sqrt (g2[f[j]] + 1e-6));
            }
        }
    }
  g_rand_free (rand);

  for (guint32 k = 0; k < (1u << BITS); k++)
    if (fabsf (w[k]) >= PRUNE)
      {
        SlCueWeight cw = { k, w[k] };
        g_array_append_val (kept, cw);
      }
  return sl_cue_model_new (BITS, threshold, (const guint32 *) (gpointer) gate_list->data,
                           gate_list->len, (const SlCueWeight *) (gpointer) kept->data, kept->len);
}

/* ------------------------------------------------------------------ scoring */

typedef struct
{
  guint acc, acc_head, heads, acc_claim, acc_head_claim;
  guint cue_tp, cue_sys, cue_gold;
  guint src_tp, src_sys, src_gold;
  guint joint_tp, joint_sys, joint_gold;
} Counts;

typedef struct
{
  Range cue, src; /* src.b == src.e: none */
} SysClaim;

static guint32
inter_len (const GArray *rs, Range r)
{
  guint32 n = 0;

  for (guint k = 0; k < rs->len; k++)
    {
      const Range *g = &g_array_index (rs, Range, k);
      guint32 b = MAX (g->b, r.b), e = MIN (g->e, r.e);
      n += e > b ? e - b : 0;
    }
  return n;
}

static double
jaccard (const GArray *rs, Range r)
{
  guint32 i = inter_len (rs, r), total = r.e - r.b;

  for (guint k = 0; k < rs->len; k++)
    total += g_array_index (rs, Range, k).e - g_array_index (rs, Range, k).b;
  return total > i ? (double) i / (total - i) : 0.0;
}

typedef struct
{
  double v;
  guint  g, s;
} Pair;

static int
compare_pairs (const void *a, const void *b)
{
  const Pair *x = a, *y = b;
  return x->v > y->v ? -1 : x->v < y->v;
}

/* One-to-one matching, best pairs first; returns the number matched. */
static guint
greedy (GArray *pairs, guint n_gold, guint n_sys)
{
  g_autofree guint8 *ug = g_new0 (guint8, n_gold + 1);
  g_autofree guint8 *us = g_new0 (guint8, n_sys + 1);
  guint n = 0;

  qsort (pairs->data, pairs->len, sizeof (Pair), compare_pairs);
  for (guint k = 0; k < pairs->len; k++)
    {
      const Pair *p = &g_array_index (pairs, Pair, k);
      if (ug[p->g] || us[p->s])
        continue;
      ug[p->g] = us[p->s] = 1;
      n++;
    }
  return n;
}

static gboolean
same_ranges (const GArray *a, const GArray *b)
{
  return a->len == b->len && memcmp (a->data, b->data, a->len * sizeof (Range)) == 0;
}

/* Distinct spans of one role; gold spans are fragment lists, system spans single ranges. */
static GPtrArray *
distinct_gold (const Article *a, gboolean source)
{
  GPtrArray *out = g_ptr_array_new ();

  for (guint k = 0; k < a->atts->len; k++)
    {
      const GoldAtt *g = &g_array_index (a->atts, GoldAtt, k);
      GArray *rs = source ? g->source : g->cue;
      gboolean seen = rs->len == 0;

      for (guint j = 0; j < out->len && !seen; j++)
        seen = same_ranges (g_ptr_array_index (out, j), rs);
      if (!seen)
        g_ptr_array_add (out, rs);
    }
  return out;
}

static GArray *
distinct_sys (const GArray *claims, gboolean source)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (Range));

  for (guint k = 0; k < claims->len; k++)
    {
      const SysClaim *c = &g_array_index (claims, SysClaim, k);
      Range r = source ? c->src : c->cue;
      gboolean seen = r.e <= r.b;

      for (guint j = 0; j < out->len && !seen; j++)
        seen = g_array_index (out, Range, j).b == r.b && g_array_index (out, Range, j).e == r.e;
      if (!seen)
        g_array_append_val (out, r);
    }
  return out;
}

static void
score_role (const Article *a, const GArray *claims, gboolean source, guint *tp, guint *ns,
            guint *ng)
{
  g_autoptr (GPtrArray) gold = distinct_gold (a, source);
  g_autoptr (GArray) sys = distinct_sys (claims, source);
  g_autoptr (GArray) pairs = g_array_new (FALSE, FALSE, sizeof (Pair));

  for (guint gi = 0; gi < gold->len; gi++)
    for (guint si = 0; si < sys->len; si++)
      {
        Range r = g_array_index (sys, Range, si);
        const GArray *g = g_ptr_array_index (gold, gi);
        if (inter_len (g, r) > 0)
          {
            Pair p = { jaccard (g, r), gi, si };
            g_array_append_val (pairs, p);
          }
      }
  *tp += greedy (pairs, gold->len, sys->len);
  *ns += sys->len;
  *ng += gold->len;
}

static void
score_article (const Article *a, const GArray *claims, Counts *c)
{
  g_autoptr (GArray) pairs = g_array_new (FALSE, FALSE, sizeof (Pair));

  score_role (a, claims, FALSE, &c->cue_tp, &c->cue_sys, &c->cue_gold);
  score_role (a, claims, TRUE, &c->src_tp, &c->src_sys, &c->src_gold);
  for (guint gi = 0; gi < a->atts->len; gi++)
    for (guint si = 0; si < claims->len; si++)
      {
        const GoldAtt *g = &g_array_index (a->atts, GoldAtt, gi);
        const SysClaim *s = &g_array_index (claims, SysClaim, si);
        gboolean has_src = s->src.e > s->src.b;
        double v;

        if (g->cue->len == 0 || inter_len (g->cue, s->cue) == 0)
          continue;
        if (g->source->len > 0 && has_src)
          {
            if (inter_len (g->source, s->src) == 0)
              continue;
            v = jaccard (g->source, s->src);
          }
        else if (g->source->len == 0 && !has_src)
          v = 1.0;
        else
          continue;
        {
          Pair p = { jaccard (g->cue, s->cue) + v, gi, si };
          g_array_append_val (pairs, p);
        }
      }
  c->joint_tp += greedy (pairs, a->atts->len, claims->len);
  c->joint_sys += claims->len;
  c->joint_gold += a->atts->len;
}

/* The model's score of each of the article's examples (0 outside its gate). */
static double *
score_examples (const SlCueModel *m, const Article *a)
{
  double *out = g_new0 (double, a->ex_label->len + 1);
  SlDocScan s;
  guint k = 0;

  sl_cue_scan_prepare (&s, gazetteer, a->data, a->len);
  for (guint si = 0; si < s.sentences->len && k < a->ex_label->len; si++)
    {
      const SlSentence *sen = &g_array_index (s.sentences, SlSentence, si);
      for (guint i = sen->tok_first; i < sen->tok_end && k < a->ex_label->len; i++)
        if (sl_scan_tok (&s, i)->begin == g_array_index (a->ex_byte, guint32, k))
          {
            out[k] = sl_cue_model_score (m, &s, sen->tok_first, sen->tok_end, i,
                                         g_array_index (a->ex_framed, guint8, k));
            k++;
          }
    }
  sl_cue_scan_clear (&s);
  return out;
}

/* Runs the whole extraction on the article and scores its claims. */
static void
extract_and_score (SlExtractor *ex, Article *a, const double *scores, double threshold,
                   Counts *c)
{
  g_autoptr (SlModel) model = sl_model_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (SlDocument) doc = sl_ingest_bytes (a->path, a->data, a->len, &error);
  g_autoptr (GArray) claims = g_array_new (FALSE, FALSE, sizeof (SysClaim));

  if (doc == NULL)
    {
      g_printerr ("%s: %s\n", a->path, error->message);
      return;
    }
  sl_extractor_add_document (ex, model, doc);
  for (guint k = 0; k < sl_model_n_claims (model); k++)
    {
      const SlClaim *cl = sl_model_claim (model, k);
      SysClaim sc = { { cl->cue_begin, cl->cue_end }, { cl->source_begin, cl->source_end } };
      g_array_append_val (claims, sc);
      if (scores == NULL && a->claimed != NULL)
        g_hash_table_add (a->claimed, GUINT_TO_POINTER (cl->cue_begin));
    }
  score_article (a, claims, c);
  if (scores != NULL)
    for (guint k = 0; k < a->ex_label->len; k++)
      {
        gboolean head = g_array_index (a->ex_label, guint8, k);
        gboolean framed = g_array_index (a->ex_framed, guint8, k);
        gboolean acc = scores[k] >= threshold && !framed;
        gboolean claim = FALSE;
        guint32 b = g_array_index (a->ex_byte, guint32, k);

        for (guint j = 0; j < claims->len && !claim; j++)
          claim = g_array_index (claims, SysClaim, j).cue.b == b;
        c->heads += head && !framed;
        c->acc += acc;
        c->acc_head += acc && head;
        c->acc_claim += acc && claim;
        c->acc_head_claim += acc && head && claim;
      }
}

static double
f1 (guint tp, guint ns, guint ng)
{
  return ns + ng ? 2.0 * tp / (ns + ng) : 0.0;
}

static void
print_counts (const char *what, const Counts *c)
{
  if (c->heads > 0)
    g_print ("%-22s model takes %u tokens, %u of the %u gold heads; claims from %u (%u heads)\n",
             what, c->acc, c->acc_head, c->heads, c->acc_claim, c->acc_head_claim);
  g_print ("%-22s cue P %.4f R %.4f F1 %.4f  source F1 %.4f  joint F1 %.4f\n", what,
           c->cue_sys ? (double) c->cue_tp / c->cue_sys : 0.0,
           c->cue_gold ? (double) c->cue_tp / c->cue_gold : 0.0,
           f1 (c->cue_tp, c->cue_sys, c->cue_gold), f1 (c->src_tp, c->src_sys, c->src_gold),
           f1 (c->joint_tp, c->joint_sys, c->joint_gold));
}

/* ------------------------------------------------------------------ main */

/* Articles in name order, so that folds and the model do not depend on the directory. */
static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The grid cross-validation searches: the probability from which the model takes a token
 * the lexicon leaves, and the one under which it drops a claim of the lexicon. */
static const double thresholds[] = { 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7 };
static const double keeps[] = { 0.0, 0.1, 0.2, 0.25, 0.3, 0.35, 0.4 };
#define N_CV (G_N_ELEMENTS (thresholds) * G_N_ELEMENTS (keeps))

int
main (int argc, char **argv)
{
  g_autoptr (GPtrArray) arts = g_ptr_array_new_with_free_func ((GDestroyNotify) free_article);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (SlExtractor) ex = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) dir = NULL;
  g_autofree char *text_dir = NULL;
  g_autofree char *ann_dir = NULL;
  g_autofree char *out_data = NULL;
  SlGazetteer *gaz;
  Counts base = { 0 }, cv[N_CV];
  const char *f;
  const char *out_path;
  guint best = 0;
  gsize out_len;
  SlCueModel *final;

  if (argc < 3)
    {
      g_printerr ("usage: %s TRAIN_DIR OUT_FILE [--folds N] [--epochs N] [--rate R] [--l2 L]\n", argv[0]);
      return 2;
    }
  for (int k = 3; k + 1 < argc; k += 2)
    {
      if (g_str_equal (argv[k], "--folds"))
        n_folds = MAX (2, (guint) atoi (argv[k + 1]));
      else if (g_str_equal (argv[k], "--epochs"))
        n_epochs = MAX (1, (guint) atoi (argv[k + 1]));
      else if (g_str_equal (argv[k], "--rate"))
        learning_rate = g_ascii_strtod (argv[k + 1], NULL);
      else if (g_str_equal (argv[k], "--l2"))
        l2 = g_ascii_strtod (argv[k + 1], NULL);
    }
  out_path = argv[2];
  text_dir = g_build_filename (argv[1], "text", NULL);
  ann_dir = g_build_filename (argv[1], "attributions", NULL);
  dir = g_dir_open (text_dir, 0, &error);
  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  while ((f = g_dir_read_name (dir)))
    if (g_str_has_suffix (f, ".txt"))
      g_ptr_array_add (names, g_strndup (f, strlen (f) - 4));
  g_ptr_array_sort (names, compare_names);

  gaz = gazetteer = sl_gazetteer_new_default ();
  for (guint k = 0; k < names->len; k++)
    {
      const char *name = g_ptr_array_index (names, k);
      g_autofree char *ann = find_ann (ann_dir, name);
      Article *a;

      if (ann == NULL)
        continue;
      a = g_new0 (Article, 1);
      a->name = g_strdup (name);
      a->path = g_strdup_printf ("%s/%s.txt", text_dir, name);
      a->atts = g_array_new (FALSE, FALSE, sizeof (GoldAtt));
      a->ex_off = g_array_new (FALSE, FALSE, sizeof (guint32));
      a->ex_label = g_array_new (FALSE, FALSE, sizeof (guint8));
      a->ex_word = g_array_new (FALSE, FALSE, sizeof (guint32));
      a->ex_byte = g_array_new (FALSE, FALSE, sizeof (guint32));
      a->ex_framed = g_array_new (FALSE, FALSE, sizeof (guint8));
      a->feats = g_array_new (FALSE, FALSE, sizeof (guint32));
      if (!g_file_get_contents (a->path, &a->data, &a->len, NULL) || !read_gold (a, ann))
        {
          free_article (a);
          continue;
        }
      g_ptr_array_add (arts, a);
    }

  /* the lexicon alone: the baseline, and which listed cues its frames turn into claims */
  ex = sl_extractor_new ();
  memset (cv, 0, sizeof cv);
  sl_cue_model_set_default (NULL);
  for (guint d = 0; d < arts->len; d++)
    {
      Article *a = g_ptr_array_index (arts, d);
      a->claimed = g_hash_table_new (NULL, NULL);
      extract_and_score (ex, a, NULL, 1.0, &base);
      collect_examples (a, gaz);
    }
  {
    guint n_ex = 0, n_pos = 0;
    for (guint d = 0; d < arts->len; d++)
      {
        const Article *a = g_ptr_array_index (arts, d);
        n_ex += a->ex_label->len;
        for (guint k = 0; k < a->ex_label->len; k++)
          n_pos += g_array_index (a->ex_label, guint8, k);
      }
    g_print ("articles %u; examples (tokens the lexicon leaves, and listed cues) %u, of which "
             "in a gold cue %u\n", arts->len, n_ex, n_pos);
  }

  print_counts ("lexicon only", &base);

  for (guint fold = 0; fold < n_folds; fold++)
    {
      SlCueModel *m = train (arts, fold, 0.5);

      sl_cue_model_set_default (m);
      for (guint t = 0; t < N_CV; t++)
        {
          sl_cue_model_set_threshold (m, thresholds[t % G_N_ELEMENTS (thresholds)]);
          sl_cue_model_set_keep (m, keeps[t / G_N_ELEMENTS (thresholds)]);
          for (guint d = fold; d < arts->len; d += n_folds)
            {
              Article *a = g_ptr_array_index (arts, d);
              g_autofree double *scores = score_examples (m, a);
              extract_and_score (ex, a, scores, sl_cue_model_threshold (m), &cv[t]);
            }
        }
      sl_cue_model_set_default (NULL);
      sl_cue_model_free (m);
    }
  for (guint t = 0; t < N_CV; t++)
    {
      char what[64];
      double ft = f1 (cv[t].cue_tp, cv[t].cue_sys, cv[t].cue_gold)
                  + f1 (cv[t].joint_tp, cv[t].joint_sys, cv[t].joint_gold);
      double fb = f1 (cv[best].cue_tp, cv[best].cue_sys, cv[best].cue_gold)
                  + f1 (cv[best].joint_tp, cv[best].joint_sys, cv[best].joint_gold);

      g_snprintf (what, sizeof what, "%u-fold, take %.2f keep %.2f", n_folds,
                  thresholds[t % G_N_ELEMENTS (thresholds)], keeps[t / G_N_ELEMENTS (thresholds)]);
      print_counts (what, &cv[t]);
      if (ft > fb)
        best = t;
    }
  g_print ("chosen by cross-validation: take from %.2f, keep from %.2f\n",
           thresholds[best % G_N_ELEMENTS (thresholds)], keeps[best / G_N_ELEMENTS (thresholds)]);

  final = train (arts, G_MAXUINT, thresholds[best % G_N_ELEMENTS (thresholds)]);
  sl_cue_model_set_keep (final, keeps[best / G_N_ELEMENTS (thresholds)]);
  out_data = sl_cue_model_to_data (final, &out_len);
  g_print ("model: %u gate words, %u weights, %zu bytes\n", sl_cue_model_n_gate (final),
           sl_cue_model_n_weights (final), out_len);
  sl_cue_model_free (final);
  sl_gazetteer_free (gaz);
  if (!g_file_set_contents (out_path, out_data, (gssize) out_len, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}
