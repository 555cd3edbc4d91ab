/* sl-attribution-events.c: one event per dated happening. Each date in the text is tied to
 * what it dates — the claim it was said in ("Kirby said on May 2"), the verb or event noun
 * it modifies ("began in 2022", "the summit … last September"), or the main clause after a
 * fronted time ("At the meeting on March 28, Russia vetoed …") — and the event gets a short
 * label built from that trigger and its arguments. */
#include "sl-attribution-private.h"

#include <string.h>

#define MAX_LABEL_WORDS 12

typedef struct
{
  gint32      timex;
  const char *lemma;     /* what happened, for merging repeated mentions */
  char       *label;
  guint8      category;
  guint8      contested;
  guint32     sent_b, sent_e;
  GArray     *claims;    /* guint32 model claim indexes */
  GArray     *actors;    /* guint32 model source indexes */
} EvCand;

static void
ev_clear (EvCand *e)
{
  g_free (e->label);
  g_array_unref (e->claims);
  g_array_unref (e->actors);
}

static void add_unique (GArray *a, guint32 v);

/* Folds event b, a second mention of a's happening, into a: its claims, actors and contest;
 * b is left without a label, which drops it. */
static void
ev_absorb (EvCand *a, EvCand *b)
{
  for (guint k = 0; k < b->claims->len; k++)
    add_unique (a->claims, g_array_index (b->claims, guint32, k));
  for (guint k = 0; k < b->actors->len; k++)
    add_unique (a->actors, g_array_index (b->actors, guint32, k));
  a->contested |= b->contested;
  g_clear_pointer (&b->label, g_free);
}

static void
add_unique (GArray *a, guint32 v)
{
  for (guint i = 0; i < a->len; i++)
    if (g_array_index (a, guint32, i) == v)
      return;
  g_array_append_val (a, v);
}

/* Whether token k is a capitalised or upper-case word. */
static gboolean
tok_has_cap_word (const SlDocScan *s, guint k)
{
  const SlToken *t = sl_scan_tok (s, k);

  return (t->flags & SL_TOK_WORD) && (t->flags & (SL_TOK_CAP | SL_TOK_UPPER));
}

/* Whether the words from token k on, in [b, e), finish what the label's words began in at
 * most two more: a time begun before k ("since March of last | year"), or the phrase up to
 * the next punctuation ("to discuss new | funding.", "in northern | Poland,"). */
static gboolean
short_tail (const SlDocScan *s, guint b, guint k, guint e)
{
  gint32 t = s->tok_timex[k];
  guint left = 0, j;

  if (k == b || !(sl_scan_tok (s, k)->flags & SL_TOK_WORD))
    return FALSE;
  if (t >= 0 && s->tok_timex[k - 1] == t)
    {
      for (j = k; j < e && s->tok_timex[j] == t && left <= 2; j++)
        left += (sl_scan_tok (s, j)->flags & SL_TOK_WORD) != 0;
      return left <= 2;
    }
  for (j = k; j < e && (sl_scan_tok (s, j)->flags & SL_TOK_WORD) && left <= 2; j++)
    left++;
  /* (a point inside the range is an abbreviation's: "for Mrs. Clinton") */
  return left <= 2
         && (j == e || ((sl_scan_tok (s, j)->flags & SL_TOK_PUNCT)
                        && !(sl_scan_punct (s, j, '.') && j + 1 < e)));
}

/* Appends the words of [b, e) to a label, without articles and quotation marks, nor the
 * time `when` (timex index, -1 for none) that dates the event anyway ("on Monday"). */
static guint
append_words_but (const SlDocScan *s, GString *out, guint b, guint e, guint budget, gint32 when)
{
  guint n = 0, k, run_n = 0;
  gboolean glue = FALSE;
  gsize start = out->len, run_len = G_MAXSIZE; /* where the run of capitalised words began */

  /* (a label does not stop two words short of its phrase's end: "since March of last year",
   * not "… of last") */
  for (k = b; k < e && (n < budget || short_tail (s, b, k, e)); k++)
    {
      const SlToken *t = sl_scan_tok (s, k);
      gboolean glued = glue;

      glue = FALSE;
      if ((t->flags & SL_TOK_WORD) && (t->flags & (SL_TOK_CAP | SL_TOK_UPPER)))
        {
          if (run_len == G_MAXSIZE)
            {
              run_len = out->len;
              run_n = n;
            }
        }
      else if ((t->flags & SL_TOK_WORD) && !(t->flags & SL_TOK_POSSESSIVE))
        run_len = G_MAXSIZE;

      /* "Wales' regulator": a plural's possessive mark stays on its word */
      if (sl_scan_plural_possessive (s, k))
        {
          if (out->len > start && k > b)
            g_string_append_len (out, s->text + t->begin, t->end - t->begin);
          continue;
        }
      if (sl_scan_article (s, k) || (t->flags & SL_TOK_QUOTE))
        continue;
      if (when >= 0 && (s->tok_timex[k] == when
                        || ((sl_scan_cls (s, k) & SL_W_PREP) && k + 1 < e
                            && s->tok_timex[k + 1] == when)))
        continue;
      /* "Tuesday's attempt was postponed": the time left out, its "'s" goes too; a label
       * never opens on one */
      if ((t->flags & SL_TOK_POSSESSIVE)
          && (out->len == 0 || (k > b && when >= 0 && s->tok_timex[k - 1] == when)))
        continue;
      /* "12%" */
      if (sl_scan_punct (s, k, '%') && k > 0 && (sl_scan_tok (s, k - 1)->flags & SL_TOK_NUM))
        {
          g_string_append_c (out, '%');
          continue;
        }
      /* "$5 million", "C$400 million": a currency sign stays on its number */
      if (sl_scan_currency_sign (s, k) && k + 1 < e && (sl_scan_tok (s, k + 1)->flags & SL_TOK_NUM))
        {
          if (out->len > 0 && !(k > b && sl_scan_tok (s, k - 1)->end == t->begin))
            g_string_append_c (out, ' ');
          g_string_append_len (out, s->text + t->begin, t->end - t->begin);
          glue = TRUE;
          continue;
        }
      /* "6:15 a.m.", "3.5%": a colon or a point inside a number stays in it */
      if ((sl_scan_punct (s, k, ':') || sl_scan_punct (s, k, '.')) && k > b && k + 1 < e
          && (sl_scan_tok (s, k - 1)->flags & SL_TOK_NUM) && (sl_scan_tok (s, k + 1)->flags & SL_TOK_NUM)
          && sl_scan_tok (s, k - 1)->end == t->begin && t->end == sl_scan_tok (s, k + 1)->begin)
        {
          g_string_append_len (out, s->text + t->begin, t->end - t->begin);
          glue = TRUE;
          continue;
        }
      if ((t->flags & SL_TOK_PUNCT) && !sl_scan_punct (s, k, '-'))
        {
          /* keep inner commas only when words follow */
          if (sl_scan_punct (s, k, ',') && k + 1 < e)
            g_string_append_c (out, ',');
          continue;
        }
      if (out->len > 0 && !(t->flags & SL_TOK_POSSESSIVE) && !glued)
        g_string_append_c (out, ' ');
      g_string_append_len (out, s->text + t->begin, t->end - t->begin);
      if (!(t->flags & SL_TOK_POSSESSIVE))
        n++;
    }
  /* out of words inside a name ("Unified | Patent Court"): the name goes whole or not at all,
   * with the little words that led to it ("of", "the") */
  if (k < e && run_len != G_MAXSIZE && run_len > start && tok_has_cap_word (s, k))
    {
      g_string_truncate (out, run_len);
      n = run_n;
      while (out->len > start)
        {
          const char *sp = strrchr (out->str + start, ' ');
          const char *last = sp ? sp + 1 : out->str + start;

          if (strcmp (last, "of") != 0 && strcmp (last, "the") != 0 && strcmp (last, "for") != 0
              && strcmp (last, "and") != 0)
            break;
          g_string_truncate (out, sp ? (gsize) (sp - out->str) : start);
          n--;
        }
    }
  return n;
}

static guint
append_words (const SlDocScan *s, GString *out, guint b, guint e, guint budget)
{
  return append_words_but (s, out, b, e, budget, -1);
}

static void
finish_label (GString *out)
{
  /* no dangling preposition, conjunction, auxiliary or pronoun at the end (not "over",
   * "through": "was turned over" ends on its particle) */
  static const char *const tails[] = { " of", " to", " for", " and", " or", " in", " on", " at",
                                       " by", " with", " from", " about", " than", " as",
                                       " into", " after", " before", " against",
                                       " between", " within", " since", " until", " during",
                                       " without", " across",
                                       " near", " because", " when", " while", " if", " unless",
                                       " whether", " had", " has", " have", " had been",
                                       " has been", " have been", " was", " were", " is", " are",
                                       " would", " could", " will", " should", " they", " he",
                                       " she", " it", " we", " the", " a", " an", " its",
                                       " their", " his", " her", " not", " this", " there",
                                       " be", " been", " can", " may", " might", " must",
                                       " for up", " up to",
                                       " which", " who", " that", " but", "," };
  static const char *const numbers[] = { "one", "two", "three", "four", "five", "six", "seven",
                                          "eight", "nine", "ten", "eleven", "twelve", "a",
                                          "several", "few", "many" };
  gboolean again = TRUE;

  while (again && out->len > 0)
    {
      const char *last;

      again = FALSE;
      for (guint k = 0; k < G_N_ELEMENTS (tails); k++)
        if (g_str_has_suffix (out->str, tails[k]))
          {
            g_string_truncate (out, out->len - strlen (tails[k]));
            again = TRUE;
          }
      last = strrchr (out->str, ' ');
      /* "… advised Hillary Clinton's", "… part of the nominee's": a possessive cut off from
       * what it owns stays without its "'s" */
      if (!again && last != NULL && (g_str_has_suffix (last, "'s") || g_str_has_suffix (last, "\xe2\x80\x99s")
                                     || g_str_has_suffix (last, "s'")))
        {
          g_string_truncate (out, out->len - (g_str_has_suffix (last, "s'") ? 1
                                              : g_str_has_suffix (last, "'s") ? 2 : 4));
          again = TRUE;
          continue;
        }
      /* "bans the rider for four": a count in words, cut off from what it counts, goes with
       * its preposition ("raises the toll to 12" is whole) */
      if (!again && last != NULL && last > out->str)
        {
          gboolean count = FALSE;

          for (guint k = 0; k < G_N_ELEMENTS (numbers) && !count; k++)
            count = g_ascii_strcasecmp (last + 1, numbers[k]) == 0;
          if (count)
            for (guint k = 0; k < G_N_ELEMENTS (tails) - 1 && !again; k++)
              {
                gsize n = strlen (tails[k]);
                if ((gsize) (last - out->str) >= n
                    && strncmp (last - n, tails[k], n) == 0)
                  {
                    g_string_truncate (out, last - n - out->str);
                    again = TRUE;
                  }
              }
        }
    }
  if (out->len > 0 && g_ascii_islower (out->str[0]))
    out->str[0] = g_ascii_toupper (out->str[0]);
}

/* "veto" → "vetoes", "say" → "says". */
static char *
third_person (const char *lemma)
{
  gsize n = strlen (lemma);

  if (n >= 2 && lemma[n - 1] == 'y' && !strchr ("aeiou", lemma[n - 2]))
    return g_strdup_printf ("%.*sies", (int) (n - 1), lemma);
  if (g_str_has_suffix (lemma, "s") || g_str_has_suffix (lemma, "x")
      || g_str_has_suffix (lemma, "ch") || g_str_has_suffix (lemma, "sh")
      || g_str_has_suffix (lemma, "o"))
    return g_strdup_printf ("%ses", lemma);
  return g_strdup_printf ("%ss", lemma);
}

/* "deliberately", "quickly": an adverb, when an auxiliary comes before it ("the assembly"
 * ends in -ly too) */
static gboolean
ly_adverb (const SlDocScan *s, guint k)
{
  const SlToken *t = sl_scan_tok (s, k);

  return (t->flags & SL_TOK_WORD) && (t->flags & SL_TOK_LOWER) && t->end - t->begin > 4
         && s->text[t->end - 2] == 'l' && s->text[t->end - 1] == 'y';
}

/* Where the verb group ending at verb v begins (auxiliaries and adverbs before it), if no
 * earlier than b. */
static guint
vb_start (const SlDocScan *s, guint b, guint v)
{
  while (v > b && ((sl_scan_cls (s, v - 1) & (SL_W_AUX | SL_W_ADV | SL_W_NEG))
                   || ly_adverb (s, v - 1)))
    v--;
  return v;
}

/* Whether an auxiliary comes just before token k, past a quotation mark ("had “deliberately"). */
static gboolean
after_auxiliary (const SlDocScan *s, guint cs, guint k)
{
  if (k > cs && (sl_scan_tok (s, k - 1)->flags & SL_TOK_QUOTE))
    k--;
  return k > cs && (sl_scan_cls (s, k - 1) & (SL_W_AUX | SL_W_BE | SL_W_MODAL));
}

static gboolean
tok_has_lower_word (const SlDocScan *s, guint k)
{
  const SlToken *t = sl_scan_tok (s, k);

  return (t->flags & SL_TOK_WORD) && (t->flags & SL_TOK_LOWER);
}

static gboolean
tok_has_cap (const SlDocScan *s, guint k)
{
  const SlToken *t = sl_scan_tok (s, k);

  return (t->flags & SL_TOK_WORD) && !(t->flags & SL_TOK_LOWER);
}

static gboolean past_form (const SlDocScan *s, guint i);

/* Whether the "and" at k joins two capitalised words of one body's name that ends at e with
 * the body's noun: "the Environment and Resources Authority". */
static gboolean
and_in_body_name (const SlDocScan *s, guint k, guint e)
{
  return sl_scan_is (s, k, "and") && k > 0 && k + 1 < e && tok_has_cap (s, k - 1)
         && tok_has_cap (s, k + 1) && tok_has_cap (s, e - 1) && (sl_scan_cls (s, e - 1) & SL_W_ORGHEAD);
}

/* Whether the phrase [b, e) ends in a plural common noun ("two countries", "its profits") or
 * is a pronoun such as "they", so that its verb is not given an -s; names ("United States")
 * are one actor. */
static gboolean
plural_head (const SlDocScan *s, guint b, guint e)
{
  if (e <= b)
    return FALSE;
  /* "floods in western Germany": the head comes before its phrase; "drones packed with
   * explosives": before the participle that opens it */
  for (guint k = b + 1; k < e; k++)
    if (sl_scan_cls (s, k) & SL_W_PREP)
      {
        e = k;
        if (e > b + 1 && (sl_scan_tok (s, e - 1)->flags & SL_TOK_LOWER) && past_form (s, e - 1))
          e--;
        break;
      }
  /* "Salvadorans abroad": an adverb after the head */
  if (e > b + 1 && (sl_scan_is (s, e - 1, "abroad") || sl_scan_is (s, e - 1, "overseas")
                    || sl_scan_is (s, e - 1, "alone") || sl_scan_is (s, e - 1, "nationwide")))
    e--;
  if (sl_scan_plural_noun (s, e - 1))
    return TRUE;
  /* "I grow up", "they join": pronouns that take no -s */
  if (e == b + 1 && (sl_scan_is (s, b, "i") || sl_scan_is (s, b, "we") || sl_scan_is (s, b, "you")
                     || sl_scan_is (s, b, "they")))
    return TRUE;
  /* (but not "and" inside one body's capitalised name: "the Environment and Resources
   * Authority bans") */
  for (guint k = b; k < e; k++)
    if (sl_scan_is (s, k, "and") && !(k > b && and_in_body_name (s, k, e)))
      return TRUE;
  /* "gunmen", "police": plural without an -s */
  {
    const SlToken *t = sl_scan_tok (s, e - 1);

    if ((sl_scan_cls (s, e - 1) & SL_W_PLURAL)
        || (t->end - t->begin > 4 && g_ascii_strncasecmp (s->text + t->end - 3, "men", 3) == 0
            && !(t->flags & SL_TOK_UPPER) && ((t->flags & SL_TOK_LOWER) || e - 1 == b)))
      {
        g_autofree char *text = g_strndup (s->text + t->begin, t->end - t->begin);

        /* (not a name: "Yemen") */
        if ((t->flags & SL_TOK_LOWER) || sl_gazetteer_canonical (s->gaz, text) == NULL)
          return TRUE;
      }
  }
  /* "Rescuers reached …": a plural capitalised only because it opens the sentence, and no
   * name ("Reuters") */
  {
    const SlToken *t = sl_scan_tok (s, e - 1);
    const char *w = s->text + t->begin;
    gsize n = t->end - t->begin;
    g_autofree char *text = NULL;

    if (e - 1 != b || b != s->body_first[sl_scan_sentence_of (s, b)] || !(t->flags & SL_TOK_CAP)
        || (t->flags & SL_TOK_UPPER) || n < 4 || w[n - 1] != 's' || strchr ("siu", w[n - 2]))
      return FALSE;
    text = g_strndup (w, n);
    /* (nor a surname the article gave in full: "Tavares take" after "Filomena Tavares") */
    if (sl_scan_person_by_surname (s, e - 1) != SL_NONE)
      return FALSE;
    return sl_gazetteer_canonical (s->gaz, text) == NULL && sl_scan_doc_source (s, text) == SL_NONE;
  }
}

/* Whether a second report begins at token j of a clause ending at e: "… and warned that …",
 * "…, insisting …", or the credit of the outer report ("… as fiction, Interfax reported",
 * "…, KCNA reported on April 12, and …"). It is not part of the first one's label. */
static gboolean
second_report_at (const SlDocScan *s, guint j, guint e)
{
  guint c = j + 1, after;

  if (sl_scan_is (s, j, "and") || sl_scan_is (s, j, "but"))
    return (sl_scan_cls (s, c) & SL_W_CUE) != 0;
  if (!sl_scan_punct (s, j, ','))
    return FALSE;
  if (sl_scan_cls (s, c) & SL_W_CUE)
    return TRUE;
  /* a short credit: "Interfax reported", "the agency said" */
  while (c < e && c < j + 6 && !(sl_scan_cls (s, c) & SL_W_CUE)
         && (sl_scan_tok (s, c)->flags & SL_TOK_WORD) && !sl_scan_verbish (s, c, j + 1))
    c++;
  if (c >= e || !(sl_scan_cls (s, c) & SL_W_CUE))
    return FALSE;
  /* that closes the clause, perhaps with its time */
  after = c + 1;
  if (after + 1 < e && (sl_scan_cls (s, after) & SL_W_PREP) && s->tok_timex[after + 1] >= 0)
    after++;
  while (after < e && s->tok_timex[after] >= 0)
    after++;
  return after >= e || !(sl_scan_tok (s, after)->flags & SL_TOK_WORD);
}

/* The words of a clause squeezed for a label: the subject's head phrase, then its verb
 * group onward ("accusations against … are baseless" → "accusations are baseless"). */
static void
append_clause (const SlDocScan *s, GString *out, guint b, guint e, guint budget, gint32 when)
{
  guint k = b, sb, se;

  while (k < e && (sl_scan_is (s, k, "that") || sl_scan_punct (s, k, ':')
                   || (sl_scan_tok (s, k)->flags & SL_TOK_QUOTE)))
    k++;
  /* "Three days later, divers found …": a time that opens what was said, and its comma,
   * stay out of the label */
  if (k < e && s->tok_timex[k] >= 0)
    {
      guint q = k;

      while (q < e && s->tok_timex[q] == s->tok_timex[k])
        q++;
      if (q + 1 < e && sl_scan_punct (s, q, ','))
        k = q + 1;
    }
  sb = k;
  while (k < e && (sl_scan_tok (s, k)->flags & (SL_TOK_WORD)) && !(sl_scan_cls (s, k) & (SL_W_AUX | SL_W_PREP | SL_W_REL | SL_W_MODAL))
         && !(k > sb && sl_scan_verbish (s, k, sb)) && !(sl_scan_cls (s, k) & SL_W_CUE && k > sb))
    k++;
  se = k;
  /* (not past a verb of its own: "the regulator suspects thousands … were sold"; but a
   * participle may describe the subject: "a ship embargoed for carrying arms was found") */
  if (se > sb && k < e && !(sl_scan_cls (s, k) & (SL_W_AUX | SL_W_MODAL | SL_W_CUE))
      && (!sl_scan_verbish (s, k, sb)
          || (sl_scan_word (s, k) != NULL && sl_scan_word (s, k)->form == SL_FORM_ED
              && (sl_scan_cls (s, k + 1) & SL_W_PREP))))
    {
      /* skip a modifier of the subject up to its verb, if nothing clause-like intervenes */
      guint j = k;
      while (j < e && j < k + 16 && !(sl_scan_cls (s, j) & (SL_W_AUX | SL_W_MODAL))
             && !sl_scan_punct (s, j, ',') && !sl_scan_is (s, j, "that") && !sl_scan_is (s, j, "and"))
        j++;
      if (j < e && j < k + 16 && (sl_scan_cls (s, j) & (SL_W_AUX | SL_W_MODAL)))
        k = j;
    }
  for (guint j = k; j + 1 < e; j++)
    if (second_report_at (s, j, e)
        /* "…, which it believes inflates …": an aside on what was said */
        || (j > k && sl_scan_punct (s, j, ',')
            && (sl_scan_is (s, j + 1, "which") || sl_scan_is (s, j + 1, "who"))))
      {
        e = j;
        break;
      }
  {
    guint n = append_words_but (s, out, sb, se, budget, when);
    append_words_but (s, out, k, e, budget - MIN (n, budget), when);
  }
}

static SlCategory
category_of_lemma (const SlDocScan *s, const char *lemma)
{
  const SlWord *w;

  if (lemma == NULL)
    return SL_CATEGORY_OTHER;
  w = g_hash_table_lookup (s->gaz->words, lemma);
  if (w != NULL && (w->classes & (SL_W_TRIGGER | SL_W_EVNOUN)))
    return w->category;
  return SL_CATEGORY_OTHER;
}

/* A category from the words of [b, e) when the trigger has none; a clause that opens
 * inside it says why or when ("ordered a halt to the trial after 14 patients developed
 * …"), not what happened, and is left out. */
static SlCategory
category_of_span (const SlDocScan *s, guint b, guint e, SlCategory fallback)
{
  if (fallback != SL_CATEGORY_OTHER)
    return fallback;
  for (guint k = b + 1; k < e; k++)
    if ((sl_scan_cls (s, k) & SL_W_SUBORD) && tok_has_lower_word (s, k))
      {
        e = k;
        break;
      }
  /* a noun of happening or a verb used as one first: "put a ship manager on its sanctions
   * list" is about sanctions, not shipping */
  for (guint k = b; k < e; k++)
    if (((sl_scan_cls (s, k) & SL_W_EVNOUN) || ((sl_scan_cls (s, k) & SL_W_TRIGGER)
                                                && sl_scan_verbish (s, k, b)))
        && sl_scan_word (s, k)->category)
      return sl_scan_word (s, k)->category;
  for (guint k = b; k < e; k++)
    if ((sl_scan_cls (s, k) & (SL_W_TRIGGER | SL_W_EVNOUN)) && sl_scan_word (s, k)->category)
      return sl_scan_word (s, k)->category;
  return SL_CATEGORY_OTHER;
}

/* The innermost claim whose content holds token k, among the claims of its sentence and
 * the ones around it (a quotation may be credited in the next sentence). */
static gint32
claim_holding (const SlDocScan *s, guint k)
{
  gint32 best = -1;
  guint best_len = G_MAXUINT;
  guint32 si = sl_scan_sentence_of (s, k);
  guint lo = s->sent_cands[si > 0 ? si - 1 : 0];
  guint hi = s->sent_cands[MIN (si + 2, s->sentences->len)];

  for (guint c = lo; c < hi; c++)
    {
      const SlCand *cd = &g_array_index (s->cands, SlCand, c);
      if (cd->model_index != SL_NONE && cd->con_b <= k && k < cd->con_e
          && cd->con_e - cd->con_b < best_len)
        {
          best = (gint32) c;
          best_len = cd->con_e - cd->con_b;
        }
    }
  return best;
}

/* The source a phrase names, if it is already one (events do not create sources). */
static guint32
known_actor (const SlDocScan *s, guint b, guint e)
{
  g_autofree char *text = NULL;
  const char *canon;
  guint32 idx;

  while (b < e && (sl_scan_cls (s, b) & SL_W_DET))
    b++;
  if (b >= e)
    return SL_NONE;
  text = g_strndup (s->text + sl_scan_tok (s, b)->begin,
                    sl_scan_tok (s, e - 1)->end - sl_scan_tok (s, b)->begin);
  idx = sl_scan_doc_source (s, text);
  if (idx == SL_NONE && (canon = sl_gazetteer_canonical (s->gaz, text)) != NULL)
    idx = sl_scan_doc_source (s, canon);
  /* (a name met on the way to a claim that was not made is no source: "her staff had found
   * fake degrees" inside the registrar's words) */
  if (idx != SL_NONE && sl_model_source (s->model, idx)->n_claims == 0
      && sl_model_source (s->model, idx)->kind != SL_SOURCE_OUTLET)
    return SL_NONE;
  return idx;
}

static EvCand *
ev_new (GArray *evs, const SlDocScan *s, gint32 timex, guint32 si)
{
  EvCand e = { 0 };
  const SlSentence *sen = &g_array_index (s->sentences, SlSentence, si);

  e.timex = timex;
  e.sent_b = sen->begin;
  e.sent_e = sen->end;
  e.claims = g_array_new (FALSE, FALSE, sizeof (guint32));
  e.actors = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_array_append_val (evs, e);
  return &g_array_index (evs, EvCand, evs->len - 1);
}

static void
support (const SlDocScan *s, EvCand *e, gint32 cand)
{
  const SlCand *c;

  if (cand < 0)
    return;
  c = &g_array_index (s->cands, SlCand, cand);
  if (c->model_index == SL_NONE)
    return;
  add_unique (e->claims, c->model_index);
  if (c->stance == SL_STANCE_DENY)
    e->contested = TRUE;
  /* what the claim cites stands behind the same content (a claim and what it cites sit in
   * one sentence or beside it: the scan stays near, or a long article is quadratic) */
  guint32 si = c->sentence;
  guint lo = s->sent_cands[si > 0 ? si - 1 : 0];
  guint hi = s->sent_cands[MIN (si + 2, s->sentences->len)];

  for (guint k = lo; k < hi; k++)
    {
      const SlCand *o = &g_array_index (s->cands, SlCand, k);
      if (o->via == cand && o->con_b == c->con_b && o->con_e == c->con_e
          && o->model_index != SL_NONE)
        add_unique (e->claims, o->model_index);
    }
}

/* Whether the label so far names unnamed speakers in the plural ("Photos", "Officials"). */
static gboolean
plural_label (const SlDocScan *s, guint32 source, const GString *label)
{
  const char *last;
  g_autofree char *key = NULL;
  const SlWord *w;

  if (sl_scan_kind (s, source) != SL_SOURCE_UNNAMED || label->len < 3)
    return FALSE;
  if (label->str[label->len - 1] == 's' && label->str[label->len - 2] != 's')
    return TRUE;
  /* "Police", "people": plural without an -s */
  last = strrchr (label->str, ' ');
  key = g_ascii_strdown (last ? last + 1 : label->str, -1);
  w = g_hash_table_lookup (s->gaz->words, key);
  return w != NULL && (w->classes & SL_W_PLURAL);
}

/* "Kirby said on May 2 that …": the statement itself is the event. */
/* Whether word (the start of a label's clause) opens sentence si's body with a capital only
 * for that: the text writes it in lower case elsewhere (or it is a common noun the lexicon
 * knows), and the word after it is not capitalised too ("Cholera has killed" yes, "New
 * Delhi" no). */
static gboolean
opens_sentence_in_lower (SlDocScan *s, guint32 si, const char *word)
{
  guint first = s->body_first[si];
  const SlToken *t;
  gsize n;

  if (first >= g_array_index (s->sentences, SlSentence, si).tok_end)
    return FALSE;
  t = sl_scan_tok (s, first);
  n = t->end - t->begin;
  if (strncmp (word, s->text + t->begin, n) != 0 || (word[n] != ' ' && word[n] != '\0')
      || !(t->flags & SL_TOK_CAP) || (t->flags & SL_TOK_UPPER)
      || (first + 1 < s->tokens->len && (sl_scan_tok (s, first + 1)->flags & SL_TOK_CAP)))
    return FALSE;
  /* or a noun the lexicon knows for a kind of people or a document ("Rescuers") */
  return sl_scan_capital_only_for_sentence (s, first)
         || (sl_scan_cls (s, first) & (SL_W_UNNAMED | SL_W_DOCNOUN | SL_W_EVNOUN));
}

static void
statement_event (SlDocScan *s, GArray *evs, gint32 cand, gint32 when)
{
  const SlCand *c = &g_array_index (s->cands, SlCand, cand);
  g_autoptr (GString) label = NULL;
  EvCand *e;
  guint used = 0, con_b = c->con_b, con_e = c->con_e;

  /* a candidate folded into another or dropped made no claim to tell of */
  if (c->source == SL_NONE || c->model_index == SL_NONE)
    return;
  label = g_string_new (NULL);

  /* "reported, quoting an official, that …": what was reported follows the "that" */
  if ((sl_scan_cls (s, con_b) & SL_W_CUE) && sl_scan_word (s, con_b)->form == SL_FORM_ING)
    for (guint k = con_b + 1; k + 1 < con_e && k < con_b + 12; k++)
      if (sl_scan_is (s, k, "that"))
        {
          if (sl_scan_punct (s, k - 1, ','))
            con_b = k + 1;
          break;
        }
  /* "announced aid on Wednesday, and Chile sent teams": a time inside the content dates the
   * claim; its label ends with the clause of that time. "said in a report in November that
   * …": what was said follows the "that". */
  if (when >= 0)
    {
      guint k = con_b;

      while (k < con_e && s->tok_timex[k] != when)
        k++;
      if (k < con_e)
        {
          guint j = k;

          while (j < con_e && !sl_scan_punct (s, j, ',') && !sl_scan_punct (s, j, ';'))
            j++;
          if (j > con_b + 1)
            con_e = j;
          for (j = con_b; j < k; j++)
            if (!(sl_scan_tok (s, j)->flags & SL_TOK_WORD) || sl_scan_verbish (s, j, con_b))
              break;
          if (j == k && (sl_scan_cls (s, con_b) & SL_W_PREP))
            {
              for (j = k; j < con_e && j < k + 4 && !sl_scan_is (s, j, "that"); j++)
                ;
              if (j + 1 < c->con_e && sl_scan_is (s, j, "that"))
                {
                  con_b = j + 1;
                  con_e = c->con_e;
                }
            }
        }
    }

  /* "Photos released by a photographer showed": the photos show it */
  if (sl_scan_kind (s, c->source) == SL_SOURCE_UNNAMED && c->src_b >= s->body_first[c->sentence] + 3
      && sl_scan_is (s, c->src_b - 1, "by") && sl_scan_verbish (s, c->src_b - 2, 0)
      && (sl_scan_cls (s, c->src_b - 3) & SL_W_DOCNOUN))
    {
      guint nb = sl_scan_np_left (s, s->body_first[c->sentence], c->src_b - 2);
      used = append_words (s, label, nb, c->src_b - 2, 4);
    }
  if (used == 0)
    {
      g_string_append (label, sl_scan_source_name (s, c->source));
      used = 1;
    }
  /* "told the agency Halyard Press in an interview published on Saturday": the agency
   * publishes the interview */
  if (c->lemma != NULL && strchr (c->lemma, ' ') == NULL && c->cue_b > 0 && c->con_e <= c->src_b
      && c->src_e + 2 <= c->cue_b && sl_scan_is (s, c->src_e, "in")
      && (sl_scan_cls (s, c->cue_b - 1) & SL_W_DOCNOUN))
    {
      g_autofree char *verb = third_person (c->lemma);

      g_string_append_printf (label, " %s", verb);
      append_words (s, label, c->cue_b - 1, c->cue_b, 1);
      finish_label (label);
      goto made;
    }
  /* "released a statement Tuesday saying the vote was rigged": the document, then what it
   * says ("Town released statement: vote was rigged") */
  {
    guint k = con_b, g = G_MAXUINT;

    while (k < con_e && k < con_b + 3 && !(sl_scan_cls (s, k) & SL_W_DOCNOUN)
           && ((sl_scan_cls (s, k) & SL_W_DET) || tok_has_lower_word (s, k)))
      k++;
    if (k < con_e && (sl_scan_cls (s, k) & SL_W_DOCNOUN))
      for (guint j = k + 1; j < con_e && j < k + 8; j++)
        if ((sl_scan_cls (s, j) & SL_W_CUE) && sl_scan_word (s, j)->form == SL_FORM_ING)
          {
            g = j;
            break;
          }
    if (g != G_MAXUINT && c->cue_e > c->cue_b)
      {
        g_string_append_c (label, ' ');
        g_string_append_len (label, s->text + sl_scan_tok (s, c->cue_b)->begin,
                             sl_scan_tok (s, c->cue_e - 1)->end - sl_scan_tok (s, c->cue_b)->begin);
        append_words_but (s, label, con_b, k + 1, 3, when);
        append_words (s, label, g, g + 1, 1);
        append_clause (s, label, g + 1, con_e, MAX_LABEL_WORDS, when);
        finish_label (label);
        goto made;
      }
  }
  /* "call for", "point out": a phrasal verb, its first word conjugated ("calls for") */
  if (c->lemma && strchr (c->lemma, ' ') != NULL && strcmp (c->lemma, "according to") != 0)
    {
      const char *space = strchr (c->lemma, ' ');
      g_autofree char *head = g_strndup (c->lemma, space - c->lemma);
      g_autofree char *verb = plural_label (s, c->source, label) ? g_strdup (head) : third_person (head);

      g_string_append_printf (label, " %s%s", verb, space);
    }
  else if (c->lemma && strchr (c->lemma, ' ') == NULL)
    {
      /* "Photos show", "Reuters says" */
      g_autofree char *verb = used > 0 && plural_label (s, c->source, label) ? g_strdup (c->lemma)
                                                                    : third_person (c->lemma);
      g_string_append_c (label, ' ');
      g_string_append (label, verb);
      /* "accused China on Sunday of firing …": whom the report is about or made to */
      if (con_b > c->cue_e)
        {
          guint k = c->cue_e;

          while (k < con_b && k < c->cue_e + 4 && tok_has_cap (s, k) && s->tok_timex[k] < 0
                 && !(sl_scan_cls (s, k) & (SL_W_DET | SL_W_PREP | SL_W_CONJ | SL_W_PRON | SL_W_SUBORD)))
            k++;
          if (k > c->cue_e)
            append_words (s, label, c->cue_e, k, 4);
          /* "told staff in early 2024 to approve …": whom an instruction is given to acts
           * on it */
          else if (sl_scan_is (s, con_b, "to") && con_b <= c->cue_e + 6)
            append_words_but (s, label, c->cue_e, con_b, 3, when);
        }
    }
  else if (c->lemma == NULL && c->cue_e > c->cue_b)
    {
      /* a cue the trained detector found has no lemma: its words as written ("Satellite
       * images appeared to show …") */
      g_string_append_c (label, ' ');
      g_string_append_len (label, s->text + sl_scan_tok (s, c->cue_b)->begin,
                           sl_scan_tok (s, c->cue_e - 1)->end - sl_scan_tok (s, c->cue_b)->begin);
      if (sl_scan_is (s, con_b, "to") && con_b + 1 < con_e)
        {
          g_string_append (label, " to");
          append_words_but (s, label, con_b + 1, con_e, MAX_LABEL_WORDS, when);
          finish_label (label);
          goto made;
        }
    }
  else
    g_string_append_c (label, ':');
  {
    gsize at = label->len;

    append_clause (s, label, con_b, con_e, MAX_LABEL_WORDS, when);
    /* "Police say rescuers recovered …": a word capitalised only because it opens its
     * sentence is written as the text writes it elsewhere */
    if (label->len > at + 1 && label->str[at] == ' ' && g_ascii_isupper (label->str[at + 1])
        && opens_sentence_in_lower (s, c->sentence, label->str + at + 1))
      label->str[at + 1] = g_ascii_tolower (label->str[at + 1]);
  }
  finish_label (label);

made:
  e = ev_new (evs, s, when, c->sentence);
  e->label = g_string_free (g_steal_pointer (&label), FALSE);
  e->lemma = "say";
  e->category = SL_CATEGORY_STATEMENT;
  support (s, e, cand);
  add_unique (e->actors, c->source);
}

/* Whether the word at k ends in "-ed" ("completed"). */
static gboolean
ends_with_ed (const SlDocScan *s, guint k)
{
  const SlToken *t = sl_scan_tok (s, k);

  return t->end - t->begin > 3 && s->text[t->end - 2] == 'e' && s->text[t->end - 1] == 'd';
}

static gboolean ev_verbish (const SlDocScan *s, guint i, guint first);

/* Whether "once" at k says how often, not when: "was once arrested", "arrested once". */
static gboolean
once_adverb (const SlDocScan *s, guint first, guint k)
{
  return sl_scan_is (s, k, "once") && k > first
         && ((sl_scan_cls (s, k - 1) & (SL_W_AUX | SL_W_BE)) || ev_verbish (s, k - 1, first));
}

static gboolean past_form (const SlDocScan *s, guint i);
static gboolean ev_verbish (const SlDocScan *s, guint i, guint first);

/* Whether the "that" at k opens a relative clause on the noun before it, whose verb comes
 * right after ("a jaguar that escaped from a zoo"). */
static gboolean
relative_that (const SlDocScan *s, guint first, guint k)
{
  return k > first && tok_has_lower_word (s, k - 1) && !ev_verbish (s, k - 1, first)
         && !(sl_scan_cls (s, k - 1) & (SL_W_CUE | SL_W_PREP | SL_W_DET | SL_W_CONJ | SL_W_PRON | SL_W_ADV))
         && k + 1 < s->tokens->len && past_form (s, k + 1) && !(sl_scan_cls (s, k + 1) & SL_W_CUE);
}

/* Where the clause holding token k starts, going left no further than first: after a comma,
 * "that", a subordinator or a cue. */
static guint
clause_start (const SlDocScan *s, guint first, guint k)
{
  while (k > first && !sl_scan_punct (s, k - 1, ',') && !sl_scan_is (s, k - 1, "that")
         && (!(sl_scan_cls (s, k - 1) & (SL_W_SUBORD | SL_W_CUE)) || once_adverb (s, first, k - 1)))
    k--;
  return k;
}

/* Whether token i is an -ed or irregular past form. */
static gboolean
past_form (const SlDocScan *s, guint i)
{
  const SlWord *w = sl_scan_word (s, i);

  const SlToken *t = sl_scan_tok (s, i);

  if ((sl_scan_cls (s, i) & SL_W_PAST) || (w != NULL && w->form == SL_FORM_ED))
    return TRUE;
  return (t->flags & SL_TOK_LOWER) && ends_with_ed (s, i);
}

/* Whether token k is a measure made of a number and a noun ("three-year", "10-day"), which
 * describes the noun after it; "12-year-old" names a person. */
static gboolean
numeric_compound (const SlDocScan *s, guint k)
{
  static const char *const numbers[] = { "one", "two", "three", "four", "five", "six", "seven",
                                         "eight", "nine", "ten", "eleven", "twelve", "fifteen",
                                         "twenty", "thirty", "forty", "fifty", "hundred" };
  const SlToken *t = sl_scan_tok (s, k);
  const char *b = s->text + t->begin, *dash;
  gsize len = t->end - t->begin;

  dash = memchr (b, '-', len);
  if (dash == NULL || dash == b || len < 5
      || (len >= 4 && g_ascii_strncasecmp (s->text + t->end - 4, "-old", 4) == 0))
    return FALSE;
  if (g_ascii_isdigit (*b))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    if ((gsize) (dash - b) == strlen (numbers[i]) && g_ascii_strncasecmp (b, numbers[i], dash - b) == 0)
      return TRUE;
  return FALSE;
}

/* sl_scan_verbish, and also the verb of a relative clause that "that" opens after a noun
 * ("one that destroyed a house"), which it reads as a determiner ("that house"). */
static gboolean ing_word (const SlDocScan *s, guint k);

static gboolean
ev_verbish (const SlDocScan *s, guint i, guint first)
{
  /* "a three-year suspended sentence": a participle between a measure and its noun */
  if (i > first && numeric_compound (s, i - 1))
    return FALSE;
  /* "their poorly marked frontier", "a newly built road", "212 newly infected fields": an
   * adverb and a participle after an article, a possessive or a number describe the noun */
  if (i > first + 1 && ly_adverb (s, i - 1)
      && ((sl_scan_cls (s, i - 2) & (SL_W_DET | SL_W_PREP | SL_W_QUANT))
          || (sl_scan_tok (s, i - 2)->flags & (SL_TOK_POSSESSIVE | SL_TOK_NUM)) || sl_scan_article (s, i - 2)))
    return FALSE;
  if (sl_scan_verbish (s, i, first))
    return TRUE;
  /* "were waiting on trolleys on Monday", "Police were searching the hills": a past
   * progressive tells what was going on then */
  if (i > first && (sl_scan_is (s, i - 1, "was") || sl_scan_is (s, i - 1, "were")) && ing_word (s, i)
      && !(sl_scan_cls (s, i) & (SL_W_PREP | SL_W_CONJ | SL_W_SUBORD | SL_W_EVNOUN)))
    return TRUE;
  /* "had run out", "has come": a form the same as the base, after "have" */
  if (i > first && (sl_scan_is (s, i - 1, "had") || sl_scan_is (s, i - 1, "has")
                    || sl_scan_is (s, i - 1, "have"))
      && (sl_scan_tok (s, i)->flags & SL_TOK_LOWER) && (sl_scan_tok (s, i)->flags & SL_TOK_WORD)
      && !(sl_scan_tok (s, i)->flags & SL_TOK_NUM)
      && !(sl_scan_cls (s, i) & (SL_W_DET | SL_W_PREP | SL_W_CONJ | SL_W_PRON | SL_W_REL | SL_W_QUANT
                                 | SL_W_EVNOUN | SL_W_AUX | SL_W_BE | SL_W_ADV | SL_W_NEG
                                 | SL_W_SUBORD | SL_W_MODAL)))
    return TRUE;
  if (i < first + 2 || !sl_scan_is (s, i - 1, "that") || !past_form (s, i))
    return FALSE;
  if (!(sl_scan_tok (s, i - 2)->flags & SL_TOK_WORD)
      || (sl_scan_cls (s, i - 2) & (SL_W_CUE | SL_W_PREP | SL_W_CONJ | SL_W_SUBORD | SL_W_ADV
                                    | SL_W_AUX | SL_W_BE | SL_W_MODAL | SL_W_DET))
      || sl_scan_verbish (s, i - 2, first))
    return FALSE;
  return sl_scan_verbish (s, i, i);
}

/* Whether token k is a lowercase -ing word of five letters or more ("carrying", "doing"). */
static gboolean
ing_word (const SlDocScan *s, guint k)
{
  const SlToken *t = sl_scan_tok (s, k);

  return (t->flags & SL_TOK_LOWER) && t->end - t->begin > 4
         && g_ascii_strncasecmp (s->text + t->end - 3, "ing", 3) == 0;
}

/* Whether the event noun at i is the object of an -ing verb a few words before it, past
 * prepositions, articles and the rest of a name ("withdrawing from the Paris Agreement"). */
static gboolean
governed_by_ing (const SlDocScan *s, guint first, guint i)
{
  for (guint k = i; k > first && i - k < 5; k--)
    {
      guint j = k - 1;
      if ((sl_scan_cls (s, j) & (SL_W_PREP | SL_W_DET)) || tok_has_cap (s, j))
        continue;
      return ing_word (s, j) && !(sl_scan_cls (s, j) & SL_W_EVNOUN);
    }
  return FALSE;
}

/* Whether a participle phrase opens at m: "seized by pirates", "first introduced". */
static gboolean
participle_at (const SlDocScan *s, guint m)
{
  if ((sl_scan_cls (s, m) & SL_W_ADV) && (sl_scan_tok (s, m)->flags & SL_TOK_LOWER))
    m++;
  return (sl_scan_tok (s, m)->flags & SL_TOK_LOWER) && !(sl_scan_cls (s, m) & (SL_W_AUX | SL_W_BE))
         && past_form (s, m) && !(sl_scan_cls (s, m - 1) & (SL_W_AUX | SL_W_BE));
}

/* Whether the event noun at i sits in an "in"/"during"/"at" phrase after a verb of its
 * clause ("seized the town in a surprise offensive"). */
static gboolean
in_verbs_clause (const SlDocScan *s, guint first, guint i)
{
  guint k = i;

  while (k > first && i - k < 4 && !(sl_scan_cls (s, k - 1) & SL_W_PREP)
         && (sl_scan_tok (s, k - 1)->flags & SL_TOK_WORD) && !sl_scan_verbish (s, k - 1, first))
    k--;
  if (k <= first || !(sl_scan_is (s, k - 1, "in") || sl_scan_is (s, k - 1, "during")
                      || sl_scan_is (s, k - 1, "at")))
    return FALSE;
  for (guint j = k - 1; j > first && k - j < 12; j--)
    {
      if (sl_scan_punct (s, j - 1, ',') || sl_scan_is (s, j - 1, "that")
          || (sl_scan_cls (s, j - 1) & (SL_W_CUE | SL_W_SUBORD)))
        return FALSE;
      if (ev_verbish (s, j - 1, first))
        return TRUE;
    }
  return FALSE;
}

/* "before dawn on Tuesday": a part of the day before the date belongs to the time. */
static gboolean
day_part (const SlDocScan *s, guint i)
{
  static const char *const parts[] = { "dawn", "dusk", "daybreak", "sunrise", "sunset",
                                       "nightfall", "midnight", "noon", "midday" };
  for (guint k = 0; k < G_N_ELEMENTS (parts); k++)
    if (sl_scan_is (s, i, parts[k]))
      return TRUE;
  return FALSE;
}

/* The body an "it" at token i stands for when it is in what that body said: "Meghna said it
 * had stopped making the tablets". NULL otherwise (a person is not "it"). */
static char *
speaker_it (const SlDocScan *s, guint32 si, guint i)
{
  for (guint c = s->sent_cands[si]; c < s->sent_cands[si + 1]; c++)
    {
      const SlCand *cand = &g_array_index (s->cands, SlCand, c);
      SlSourceKind kind;

      if (cand->source == SL_NONE || cand->model_index == SL_NONE || i < cand->con_b
          || i >= cand->con_e)
        continue;
      kind = sl_scan_kind (s, cand->source);
      if (kind == SL_SOURCE_PERSON || kind == SL_SOURCE_UNNAMED)
        return NULL;
      return g_strdup (sl_scan_source_name (s, cand->source));
    }
  return NULL;
}

/* "The train was carrying 61 passengers when it left the track": an "it" that opens a
 * clause of time or cause stands for the thing the sentence opens with, the subject of its
 * main verb: [*sb, *se). */
static gboolean
main_subject_of_it (const SlDocScan *s, guint32 si, guint i, guint *sb, guint *se)
{
  static const char *const links[] = { "when", "after", "before", "as", "because", "until",
                                       "while", "since" };
  guint first = s->body_first[si], v;
  gboolean linked = FALSE;

  for (guint k = 0; k < G_N_ELEMENTS (links) && i > first; k++)
    linked |= sl_scan_is (s, i - 1, links[k]);
  if (!linked)
    return FALSE;
  for (v = first; v < i - 1 && v < first + 10; v++)
    if ((sl_scan_cls (s, v) & (SL_W_AUX | SL_W_BE | SL_W_MODAL)) || sl_scan_verbish (s, v, first))
      break;
  if (v >= i - 1 || v == first || sl_scan_np_left (s, first, v) != first
      || !(sl_scan_cls (s, first) & SL_W_DET) || (sl_scan_cls (s, v - 1) & SL_W_PRON))
    return FALSE;
  /* (no other thing named between: "the largest fine the bank has imposed on a firm since
   * it began" may be about the bank or the firm) */
  for (guint k = v; k < i - 1; k++)
    if (sl_scan_cls (s, k) & SL_W_DET)
      return FALSE;
  *sb = first;
  *se = v;
  return TRUE;
}

/* An event whose trigger is the verb at v; the clause starts at cs. */
static gboolean is_np_end (const SlDocScan *s, guint i);
static gboolean verb_between (const SlDocScan *s, guint b, guint e);

/* The phrase [nb, end) without the "that" opening it after a verb: in "estimates that
 * inflation …", "told the Courier on Monday that it …" the "that" opens the clause and points at
 * nothing. */
static guint
past_complementizer (const SlDocScan *s, guint32 si, guint nb, guint end)
{
  guint v = nb;

  if (!sl_scan_is (s, nb, "that") || nb + 1 >= end)
    return nb;
  /* ("said on Monday that …", "told the Courier that …") */
  while (v > s->body_first[si] + 1 && v + 6 > nb && (sl_scan_tok (s, v - 1)->flags & SL_TOK_WORD)
         && !(sl_scan_cls (s, v - 1) & SL_W_CUE) && !ev_verbish (s, v - 1, s->body_first[si]))
    v--;
  if (v > s->body_first[si]
      && ((sl_scan_cls (s, v - 1) & SL_W_CUE) || ev_verbish (s, v - 1, s->body_first[si])))
    return nb + 1;
  return nb;
}

static void
verb_event (SlDocScan *s, GArray *evs, gint32 t, guint32 si, guint cs, guint v, guint ti,
            guint te, guint subj_end)
{
  const SlWord *w = sl_scan_word (s, v);
  const char *lemma = w && w->lemma ? w->lemma : NULL;
  g_autoptr (GString) label = g_string_new (NULL);
  g_autofree char *verb_text = NULL;
  guint vb = v, nb, ce, used, obj_b = 0, obj_e = 0;
  gboolean finite, has_object;
  EvCand *e;
  guint32 actor;

  while (vb > cs && ((sl_scan_cls (s, vb - 1) & (SL_W_AUX | SL_W_ADV | SL_W_NEG))
                     || once_adverb (s, cs, vb - 1)
                     || (ly_adverb (s, vb - 1) && (after_auxiliary (s, cs, vb - 1) || vb - 1 > cs))
                     || ((sl_scan_tok (s, vb - 1)->flags & SL_TOK_QUOTE) && vb - 1 > cs)))
    vb--;
  /* "talks could last into December": what may happen is no happening; nor is what would
   * have been ("far enough to have reached the reserves by Wednesday evening") */
  for (guint k = vb; k < v; k++)
    if (sl_scan_cls (s, k) & SL_W_MODAL)
      return;
  if (vb > cs && sl_scan_is (s, vb - 1, "to") && sl_scan_is (s, vb, "have") && vb < v)
    return;
  /* "tickets bought for this week would be refunded": a participle right after a bare noun
   * describes it when the clause's own verb, a modal, follows the time; what would be is
   * no happening */
  if (vb == v && v > cs && past_form (s, v) && (sl_scan_tok (s, v)->flags & SL_TOK_LOWER)
      && is_np_end (s, v - 1) && !(sl_scan_cls (s, v - 1) & (SL_W_PRON | SL_W_DET))
      && !tok_has_cap (s, v - 1)
      && te < g_array_index (s->sentences, SlSentence, si).tok_end && (sl_scan_cls (s, te) & SL_W_MODAL))
    return;
  if (subj_end == G_MAXUINT)
    {
      subj_end = vb;
      /* "A shepherd who was detained last year was released": the subject is what the
       * relative clause describes */
      /* ("A male jaguar that escaped from a private zoo … was recaptured") */
      for (guint k = cs + 1; k + 1 < vb; k++)
        if ((sl_scan_is (s, k, "who") || sl_scan_is (s, k, "which")
             || (sl_scan_is (s, k, "that") && relative_that (s, cs, k)))
            && !sl_scan_punct (s, k - 1, ',') && (sl_scan_tok (s, k - 1)->flags & SL_TOK_WORD)
            && verb_between (s, k + 1, vb))
          {
            subj_end = k;
            break;
          }
    }
  /* "The recording, about four minutes long, was posted": an aside with no verb between
   * the subject and its verb, the clause taken to begin after it */
  if (subj_end == cs && vb == cs && cs >= s->body_first[si] + 4 && sl_scan_punct (s, cs - 1, ','))
    {
      guint m = cs - 1;
      gboolean verbless = TRUE;

      while (m > s->body_first[si] && cs - m < 10 && !sl_scan_punct (s, m - 1, ','))
        {
          m--;
          verbless &= !ev_verbish (s, m, m) && !(sl_scan_cls (s, m) & (SL_W_AUX | SL_W_BE | SL_W_REL | SL_W_CUE));
        }
      /* (not a name set off after a title: "A former congressman, Mark Siljander,
       * pleaded") */
      for (guint q = m; q < cs - 1 && verbless; q++)
        verbless = !tok_has_cap (s, q);
      if (verbless && m > s->body_first[si] + 1 && m < cs - 2 && sl_scan_punct (s, m - 1, ',')
          && (sl_scan_tok (s, m - 2)->flags & SL_TOK_WORD)
          && sl_scan_np_left (s, s->body_first[si], m - 1) == s->body_first[si])
        {
          cs = s->body_first[si];
          subj_end = m - 1;
        }
    }
  /* "Ireland's Health Service Executive (HSE) said": the acronym in brackets ends the
   * subject's name */
  if (subj_end >= cs + 4 && sl_scan_acronym_before (s, subj_end))
    subj_end -= 3;
  nb = sl_scan_np_left (s, cs, subj_end);
  /* "a similar collision near the shoal prompted …": the subject is the collision, with its
   * prepositional phrase, when that phrase opens the clause ("supplying Russia with weapons
   * manufactured …" names no subject) */
  {
    guint head = nb;

    /* "talks between the two sides": the article before a number */
    if (head > cs + 1 && head < subj_end && (sl_scan_cls (s, head) & SL_W_QUANT)
        && (sl_scan_cls (s, head - 1) & SL_W_DET))
      head--;
    for (guint hop = 0; hop < 3 && head > cs + 1 && head < subj_end && s->tok_timex[head] < 0;
         hop++)
      {
        guint left;

        /* "talks between the government and the opposition": the pair is one phrase */
        if (sl_scan_is (s, head - 1, "and"))
          {
            left = sl_scan_np_left (s, cs, head - 1);
            if (left >= head - 1 || left <= cs || !sl_scan_is (s, left - 1, "between"))
              break;
            head = left;
            continue;
          }
        /* "a freight train carrying coal came off the track": the train came off it */
        if (!(sl_scan_cls (s, head - 1) & SL_W_PREP)
            && !(ing_word (s, head - 1) && head - 1 > cs && is_np_end (s, head - 2)))
          break;
        left = sl_scan_np_left (s, cs, head - 1);
        if (left >= head - 1)
          break;
        head = left;
      }
    /* "About 3,500 workers at the port walked out": a figure's hedge opens the phrase */
    /* ("…, and talks between the carmaker and the union broke up") */
    if (head == cs + 1 && head < nb && (sl_scan_is (s, cs, "and") || sl_scan_is (s, cs, "but")))
      nb = head;
    else if (head == cs
        || (head == cs + 1 && (sl_scan_is (s, cs, "about") || sl_scan_is (s, cs, "around")
                               || sl_scan_is (s, cs, "nearly") || sl_scan_is (s, cs, "almost")
                               || sl_scan_is (s, cs, "roughly") || sl_scan_is (s, cs, "over"))))
      nb = cs;
  }
  /* "one that destroyed a house": the one destroyed it */
  if (nb == subj_end && nb >= s->body_first[si] + 2 && (sl_scan_cls (s, nb - 1) & SL_W_REL)
      && !sl_scan_punct (s, nb - 2, ',') && (sl_scan_tok (s, nb - 2)->flags & SL_TOK_WORD)
      && !(sl_scan_cls (s, nb - 2) & (SL_W_CUE | SL_W_PREP | SL_W_CONJ | SL_W_SUBORD))
      && !sl_scan_verbish (s, nb - 2, s->body_first[si]))
    {
      subj_end = nb - 1;
      nb = sl_scan_np_left (s, s->body_first[si], subj_end);
      /* "a shepherd from the same area who was detained": the person the phrase is about
       * ("bodies from a ferry that capsized": the ferry did) */
      if (sl_scan_is (s, subj_end, "who") && nb > s->body_first[si] + 1
          && (sl_scan_cls (s, nb - 1) & SL_W_PREP)
          && sl_scan_np_left (s, s->body_first[si], nb - 1) < nb - 1)
        nb = sl_scan_np_left (s, s->body_first[si], nb - 1);
    }
  /* "Ramdharry, a former economist at the fund, was appointed": the name before the
   * description set off by commas */
  if (nb == subj_end && subj_end > s->body_first[si] + 3 && sl_scan_punct (s, subj_end - 1, ','))
    {
      guint c = subj_end - 2;

      while (c > s->body_first[si] && c + 14 > subj_end && !sl_scan_punct (s, c, ',')
             && !ev_verbish (s, c, s->body_first[si]) && !(sl_scan_cls (s, c) & SL_W_CUE))
        c--;
      guint name_b = c + 1 + sl_scan_is (s, c + 1, "the");
      /* (a name without "the" after a common noun: "A former congressman, Mark Siljander,") */
      gboolean named = sl_scan_punct (s, c, ',') && name_b < subj_end - 1
                       && (name_b == c + 2 || tok_has_lower_word (s, c - 1));

      /* "One of the listed ships, the Vela Mira, was boarded": the name set off after the
       * description is what the label calls it */
      for (guint q = name_b; named && q < subj_end - 1; q++)
        named = tok_has_cap (s, q) && (sl_scan_tok (s, q)->flags & SL_TOK_WORD)
                && !(sl_scan_cls (s, q) & (SL_W_TITLE | SL_W_ORGHEAD));
      if (named)
        {
          nb = name_b;
          subj_end--;
        }
      else if (sl_scan_punct (s, c, ',') && c + 2 < subj_end && (sl_scan_cls (s, c + 1) & SL_W_DET))
        {
          guint lb = cs < c ? cs : s->body_first[si];
          guint pb = lb < c ? sl_scan_np_left (s, lb, c) : c;

          if (pb < c)
            {
              nb = pb;
              subj_end = c;
            }
        }
    }
  /* "Ottawa weighed duties but shelved the idea": the subject of the verb before "but" (the
   * clause may have been taken to begin after it) */
  if (nb == subj_end && nb > s->body_first[si] + 1
      && (sl_scan_is (s, nb - 1, "but") || sl_scan_is (s, nb - 1, "and")))
    cs = s->body_first[si];
  if (nb == subj_end && nb > cs + 1 && (sl_scan_is (s, nb - 1, "but") || sl_scan_is (s, nb - 1, "and")))
    {
      for (guint j = nb - 1; j > cs; j--)
        if (ev_verbish (s, j - 1, cs))
          {
            guint pv = vb_start (s, cs, j - 1);
            guint pb = past_complementizer (s, si, sl_scan_np_left (s, cs, pv), pv);

            /* ("two men in their twenties were stopped …, and were released": the phrase
             * the prepositional one describes) */
            if (pb < pv && pb > cs + 1 && (sl_scan_is (s, pb - 1, "in") || sl_scan_is (s, pb - 1, "of")
                                           || sl_scan_is (s, pb - 1, "from")))
              {
                guint left = sl_scan_np_left (s, cs, pb - 1);

                if (left < pb - 1 && left >= cs)
                  pb = left;
              }
            if (pb < pv)
              {
                nb = pb;
                subj_end = pv;
              }
            /* "Jane Doe, who was jailed in 2021 and freed last month" */
            else if (pv >= s->body_first[si] + 2 && (sl_scan_cls (s, pv - 1) & SL_W_REL)
                     && sl_scan_punct (s, pv - 2, ','))
              {
                subj_end = pv - 2;
                nb = sl_scan_np_left (s, s->body_first[si], subj_end);
              }
            break;
          }
    }
  /* "the first cases were confirmed": the ordinal belongs to the subject */
  if (nb > cs && nb < subj_end && sl_scan_is (s, nb - 1, "first"))
    nb--;
  /* "a quake and the tsunami that followed": both */
  if (nb >= cs + 2 && nb < subj_end && sl_scan_is (s, nb - 1, "and")
      && sl_scan_np_left (s, cs, nb - 1) == cs)
    nb = cs;
  /* "its war in Ukraine, which began in 2022": the war began */
  if (nb == subj_end && nb >= s->body_first[si] + 2 && (sl_scan_cls (s, nb - 1) & SL_W_REL)
      && sl_scan_punct (s, nb - 2, ','))
    {
      subj_end = nb - 2;
      nb = sl_scan_np_left (s, s->body_first[si], subj_end);
      /* "estimates that inflation, which stood at 28.4%": "that" opens the clause, it does
       * not point at the inflation */
      nb = past_complementizer (s, si, nb, subj_end);
    }
  /* the complement runs to the date (dropping its preposition) or the clause end */
  if (ti > v)
    {
      guint tb = ti;

      /* "fought in April 2021 and again in September 2022": the earlier time and its
       * link belong to the list, not to this event's label */
      {
        guint q = tb;

        if (q > v + 1 && (sl_scan_cls (s, q - 1) & SL_W_PREP))
          q--;
        if (q > v + 1 && (sl_scan_is (s, q - 1, "again") || sl_scan_is (s, q - 1, "then")))
          q--;
        if (q < tb && q > v + 3 && (sl_scan_is (s, q - 1, "and") || sl_scan_is (s, q - 1, "or"))
            && s->tok_timex[q - 2] >= 0 && s->tok_timex[q - 2] != t)
          {
            tb = q - 2;
            while (tb > v + 1 && s->tok_timex[tb - 1] == s->tok_timex[q - 2])
              tb--;
          }
      }
      /* "opened in 2019 and 2021": the other times of a list belong to the time */
      while (tb > v + 2 && (sl_scan_is (s, tb - 1, "and") || sl_scan_is (s, tb - 1, "or")
                            || sl_scan_punct (s, tb - 1, ','))
             && s->tok_timex[tb - 2] >= 0 && s->tok_timex[tb - 2] != t)
        {
          tb -= 2;
          while (tb > v + 1 && s->tok_timex[tb - 1] == s->tok_timex[tb])
            tb--;
        }
      ce = tb > v + 1 && (sl_scan_cls (s, tb - 1) & (SL_W_PREP | SL_W_SUBORD)) ? tb - 1 : tb;
      /* "… shortly after 11 p.m.": the hedge belongs to the time */
      if (ce > v + 1 && (sl_scan_is (s, ce - 1, "shortly") || sl_scan_is (s, ce - 1, "just")
                         || sl_scan_is (s, ce - 1, "soon") || sl_scan_is (s, ce - 1, "right")))
        ce--;
      /* "… county early on Tuesday": the word belongs to the time */
      if (ce > v + 1 && (sl_scan_is (s, ce - 1, "early") || sl_scan_is (s, ce - 1, "late")
                         || sl_scan_is (s, ce - 1, "earlier") || sl_scan_is (s, ce - 1, "later")))
        ce--;
      /* "took control of Banco Mirador, a regional lender based in Hermosillo, on Friday":
       * the aside set off before the time is no part of the label */
      if (ce > v + 3 && sl_scan_punct (s, ce - 1, ','))
        for (guint q = v + 2; q + 1 < ce; q++)
          if (sl_scan_punct (s, q, ','))
            {
              ce = q;
              break;
            }
    }
  else
    {
      ce = v + 1;
      while (ce < g_array_index (s->sentences, SlSentence, si).tok_end
             && !sl_scan_punct (s, ce, ',') && !sl_scan_punct (s, ce, ';')
             && !sl_scan_punct (s, ce, '.') && !sl_scan_is (s, ce, "that"))
        ce++;
    }
  has_object = ce > v + 1 && !(sl_scan_cls (s, v + 1) & SL_W_PREP);
  /* "a situation report it published earlier this month", "figures the commission published
   * at 9 a.m.": the noun before the subject is what the verb acts on */
  if (!has_object && nb > s->body_first[si] && nb < subj_end && subj_end == vb
      && (sl_scan_cls (s, nb) & (SL_W_PRON | SL_W_DET)) && s->tok_timex[nb - 1] < 0
      && (sl_scan_tok (s, nb - 1)->flags & SL_TOK_WORD) && tok_has_lower_word (s, nb - 1)
      && !(sl_scan_cls (s, nb - 1) & (SL_W_PREP | SL_W_DET | SL_W_CONJ | SL_W_AUX | SL_W_BE
                                      | SL_W_REL | SL_W_SUBORD | SL_W_PRON
                                      | SL_W_ADV | SL_W_MODAL | SL_W_NEG | SL_W_QUANT))
      && (!(sl_scan_cls (s, nb - 1) & SL_W_CUE) || sl_scan_word (s, nb - 1)->form == SL_FORM_BASE)
      && !ev_verbish (s, nb - 1, s->body_first[si]) && past_form (s, v) && vb == v)
    {
      guint ob = sl_scan_np_left (s, s->body_first[si], nb);

      /* a noun phrase, not a verb ("to adopt the measures passed under …") */
      if (ob < nb && ((sl_scan_cls (s, ob) & (SL_W_DET | SL_W_QUANT)) || sl_scan_plural_noun (s, nb - 1)))
        {
          obj_b = ob;
          obj_e = nb;
        }
    }
  /* "the soldiers seen around the capital": a participle alone is no tense to change; an
   * adverb of sequence before a verb is no part of its tense ("Lawmakers then elected" is
   * "Lawmakers elect") */
  {
    static const char *const sequence[] = { "then", "later", "also", "subsequently", "eventually",
                                            "finally" };
    guint adv = vb;

    while (adv < v && sl_scan_is_one_of (s, adv, sequence, G_N_ELEMENTS (sequence)))
      adv++;
    if (adv == v && vb < v && past_form (s, v) && !(sl_scan_cls (s, v) & SL_W_PARTICIPLE))
      vb = v;
  }
  finite = vb == v && lemma != NULL && nb < vb && (has_object || obj_e > obj_b)
           && (w->classes & (SL_W_TRIGGER | SL_W_PAST | SL_W_CUE))
           && !(w->classes & SL_W_PARTICIPLE);

  /* a subject too long for a label keeps its head and leaves its phrase ("About 3,500 dock
   * workers at the port of Rotterdam" walked out: the workers did) */
  {
    guint words = 0, cut = subj_end, from = nb;

    /* "Tens of thousands of secondary school teachers": the teachers, not the count */
    while (from + 2 < subj_end && sl_scan_amount_noun (s, from) && sl_scan_is (s, from + 1, "of"))
      from += 2;
    for (guint k = from; k < subj_end; k++)
      words += (sl_scan_tok (s, k)->flags & SL_TOK_WORD) && !sl_scan_article (s, k);

    if (words > 5)
      for (guint k = from + 1; k < subj_end; k++)
        {
          /* "the Nueva Esperanza cooperative's last fatal accident": the head, not whose */
          if ((sl_scan_tok (s, k)->flags & SL_TOK_POSSESSIVE) && k + 1 < subj_end && from == nb)
            from = k + 1;
          if ((sl_scan_cls (s, k) & SL_W_PREP) && !sl_scan_is (s, k, "of"))
            {
              cut = k;
              /* "a small satellite launcher built by …": the participle goes with its
               * phrase */
              if (cut > from + 1 && (sl_scan_tok (s, cut - 1)->flags & SL_TOK_LOWER)
                  && (past_form (s, cut - 1) || ing_word (s, cut - 1)))
                cut--;
              break;
            }
        }
    /* "He filed his petition": who he is; "Meghna said it had stopped making …": what it is */
    if (cut == from + 1 && (sl_scan_is (s, from, "he") || sl_scan_is (s, from, "she")
                            || sl_scan_is (s, from, "it")))
      {
        g_autofree char *who = sl_scan_is (s, from, "it") ? speaker_it (s, si, from)
                                                          : sl_scan_pronoun_name (s, from);

        guint sb, se;

        if (who != NULL)
          {
            g_string_append (label, who);
            used = 1;
            for (const char *p = who; *p; p++)
              used += *p == ' ';
          }
        else if (sl_scan_is (s, from, "it") && main_subject_of_it (s, si, from, &sb, &se))
          used = append_words (s, label, sb, se, 5);
        else
          used = append_words (s, label, from, cut, 5);
      }
    else
      used = append_words (s, label, from, cut, 5);
  }
  if (finite)
    verb_text = plural_head (s, nb, subj_end) ? g_strdup (lemma) : third_person (lemma);
  else
    {
      /* "had “deliberately rammed”": the words, not the marks */
      GString *words = g_string_new (NULL);

      for (guint k = vb; k <= v; k++)
        if (!(sl_scan_tok (s, k)->flags & SL_TOK_QUOTE))
          {
            if (words->len > 0)
              g_string_append_c (words, ' ');
            g_string_append_len (words, s->text + sl_scan_tok (s, k)->begin,
                                 sl_scan_tok (s, k)->end - sl_scan_tok (s, k)->begin);
          }
      verb_text = g_string_free (words, FALSE);
    }
  if (label->len > 0)
    g_string_append_c (label, ' ');
  g_string_append (label, verb_text);
  used++;
  if (obj_e > obj_b)
    append_words (s, label, obj_b, obj_e, 5);
  else if (ce > v + 1)
    {
      guint more = append_words (s, label, v + 1, ce, MAX_LABEL_WORDS - MIN (used, MAX_LABEL_WORDS));
      guint end = g_array_index (s->sentences, SlSentence, si).tok_end;

      /* "had told staff in early 2024 to approve new accounts": the instruction after the
       * time completes the verb of telling or asking */
      used += more;
      if (ti > v && ce <= ti && te + 1 < end && lemma != NULL
          && (strcmp (lemma, "tell") == 0 || strcmp (lemma, "ask") == 0 || strcmp (lemma, "order") == 0
              || strcmp (lemma, "urge") == 0 || strcmp (lemma, "instruct") == 0)
          && sl_scan_is (s, te, "to") && tok_has_lower_word (s, te + 1)
          && !(sl_scan_cls (s, te + 1) & (SL_W_DET | SL_W_PRON | SL_W_QUANT)) && used < MAX_LABEL_WORDS)
        {
          guint q = te;

          while (q < end && !sl_scan_punct (s, q, ',') && !sl_scan_punct (s, q, ';')
                 && !sl_scan_punct (s, q, '.'))
            q++;
          append_words (s, label, te, q, MAX_LABEL_WORDS - used);
        }
    }
  else if (ti > v)
    {
      /* "resigned on Wednesday": the time whole when it is short ("was detained on August
       * 21 last year", not "… last"); of a long one the first words ("happened at about 11
       * p.m." of "… on Friday, February 13") */
      guint words = 0, other = v + 1;

      /* "opened in 2019 and 2021": of the event in 2021, "opened in 2021" */
      while (other < ti && (s->tok_timex[other] < 0 || s->tok_timex[other] == t))
        other++;
      if (other < ti)
        {
          append_words (s, label, v + 1, other, 4);
          append_words (s, label, ti, te, 6);
        }
      else
        {
          for (guint k = v + 1; k < te; k++)
            words += (sl_scan_tok (s, k)->flags & SL_TOK_WORD) && !sl_scan_article (s, k);
          append_words (s, label, v + 1, te, words <= 6 ? words : 4);
        }
    }
  finish_label (label);

  e = ev_new (evs, s, t, si);
  e->label = g_string_free (g_steal_pointer (&label), FALSE);
  e->lemma = lemma ? lemma : g_intern_string (verb_text);
  e->category = category_of_span (s, v + 1, ce, category_of_lemma (s, lemma));
  support (s, e, claim_holding (s, v));
  actor = known_actor (s, nb, subj_end);
  if (actor != SL_NONE)
    add_unique (e->actors, actor);
}

/* Adds the event a noun at k names, with the label words gathered (taken). */
static void
add_noun_event (SlDocScan *s, GArray *evs, gint32 t, guint32 si, GString *label, const SlWord *w,
                guint k)
{
  EvCand *e;

  finish_label (label);
  e = ev_new (evs, s, t, si);
  e->label = g_string_free (label, FALSE);
  e->lemma = w->lemma;
  e->category = w->category;
  support (s, e, claim_holding (s, k));
}

/* An event named by a noun: "the summit between the two leaders last September". */
static void
noun_event (SlDocScan *s, GArray *evs, gint32 t, guint32 si, guint k, guint ti)
{
  const SlWord *w = sl_scan_word (s, k);
  g_autoptr (GString) label = g_string_new (NULL);
  guint nb = k, ce = ti;

  while (nb > s->body_first[si] && (sl_scan_cls (s, nb - 1) & SL_W_DET) == 0
         && (sl_scan_tok (s, nb - 1)->flags & SL_TOK_WORD)
         && !(sl_scan_cls (s, nb - 1) & (SL_W_PREP | SL_W_CONJ | SL_W_AUX | SL_W_REL | SL_W_SUBORD))
         && !sl_scan_verbish (s, nb - 1, s->body_first[si]) && k - nb < 4)
    nb--;
  if (ce > k + 1 && (sl_scan_cls (s, ce - 1) & SL_W_PREP))
    ce--;
  append_words (s, label, nb, ce, MAX_LABEL_WORDS);
  add_noun_event (s, evs, t, si, g_steal_pointer (&label), w, k);
}

static gboolean
is_np_end (const SlDocScan *s, guint i)
{
  const SlToken *t = sl_scan_tok (s, i);
  return (t->flags & SL_TOK_WORD) && !(sl_scan_cls (s, i) & (SL_W_PREP | SL_W_AUX | SL_W_CONJ));
}

/* Adds the happening of the participle v, told of the phrase [nb, ce), with its label
 * (freed here). */
static void
participle_event (SlDocScan *s, GArray *evs, gint32 t, guint32 si, guint v, guint nb, guint ce,
                  GString *label)
{
  const SlWord *w = sl_scan_word (s, v);
  EvCand *e;

  finish_label (label);
  e = ev_new (evs, s, t, si);
  e->label = g_string_free (label, FALSE);
  e->lemma = w != NULL && w->lemma != NULL ? w->lemma : g_intern_string ("happen");
  e->category = category_of_span (s, nb, ce, category_of_lemma (s, e->lemma));
  support (s, e, claim_holding (s, v));
}

/* "It beats the 41.2 degrees measured at Duisburg on 25 July 2019": a participle right after
 * the object of an earlier verb describes that object, and what it tells happened to it then:
 * "41.2 degrees measured at Duisburg". FALSE when the participle is no such phrase. */
static gboolean
reduced_relative_event (SlDocScan *s, GArray *evs, gint32 t, guint32 si, guint first, guint v,
                        guint ti, guint te)
{
  g_autoptr (GString) label = NULL;
  guint nb, ce = v + 1;
  gboolean finite = FALSE;
  /* ("the company's plan, announced last month, to cut 420 jobs": the participle and its
   * time may be set off by commas; the noun before them is what was announced) */
  gboolean aside = v >= first + 4 && sl_scan_punct (s, v - 1, ',')
                   && (v + 1 == ti || (v + 2 == ti && (sl_scan_cls (s, v + 1) & SL_W_PREP)))
                   && sl_scan_punct (s, te, ',') && (sl_scan_tok (s, v - 2)->flags & SL_TOK_LOWER)
                   && (sl_scan_tok (s, v)->flags & SL_TOK_LOWER) && ends_with_ed (s, v)
                   && is_np_end (s, v - 2) && !sl_scan_verbish (s, v - 2, first)
                   && !(sl_scan_cls (s, v - 2) & (SL_W_PRON | SL_W_UNNAMED | SL_W_TITLE | SL_W_ORGHEAD));

  if (aside)
    {
      nb = sl_scan_np_left (s, first, v - 1);
      if (nb <= first || nb >= v - 1 || !(sl_scan_cls (s, nb) & SL_W_DET) || (sl_scan_tok (s, nb - 1)->flags & SL_TOK_PUNCT))
        return FALSE;
      label = g_string_new (NULL);
      append_words (s, label, nb, v - 1, MAX_LABEL_WORDS - 1);
      /* (with what the plan is for, when an infinitive follows the aside: "Company's plan
       * to cut 420 of the plant's jobs announced") */
      if (sl_scan_is (s, te + 1, "to"))
        {
          guint ie = te + 2, end = g_array_index (s->sentences, SlSentence, si).tok_end;

          while (ie < end && ie < te + 11 && (sl_scan_tok (s, ie)->flags & (SL_TOK_WORD | SL_TOK_NUM))
                 && s->tok_timex[ie] < 0
                 && (!(sl_scan_cls (s, ie) & (SL_W_PREP | SL_W_CONJ)) || sl_scan_is (s, ie, "of")))
            ie++;
          append_words (s, label, te + 1, ie, MAX_LABEL_WORDS - 2);
        }
      append_words (s, label, v, v + 1, 1);
      participle_event (s, evs, t, si, v, nb, v + 1, g_steal_pointer (&label));
      return TRUE;
    }
  /* a participle ("measured", "seen"), not a simple past ("gave"), and one with no object
   * of its own: a place, an agent or the time follows ("the deck gave way", "exploited the
   * remark" are clauses) */
  if (!(sl_scan_tok (s, v)->flags & SL_TOK_LOWER) || !past_form (s, v) || v < first + 3
      || sl_scan_is (s, v, "compared") /* a yardstick, not a happening */
      || !(ends_with_ed (s, v) || (sl_scan_cls (s, v) & SL_W_PARTICIPLE))
      || !(v + 1 == ti || (sl_scan_cls (s, v + 1) & SL_W_PREP))
      || !is_np_end (s, v - 1) || sl_scan_verbish (s, v - 1, first)
      /* (one who acts is the subject of a clause of its own: "figures the commission
       * published at 9 a.m.") */
      || (sl_scan_cls (s, v - 1) & (SL_W_PRON | SL_W_REL | SL_W_BE | SL_W_MODAL | SL_W_NEG | SL_W_ADV
                                    | SL_W_ORGHEAD | SL_W_UNNAMED | SL_W_TITLE))
      || tok_has_cap (s, v - 1))
    return FALSE;
  nb = sl_scan_np_left (s, first, v);
  if (nb <= first || nb >= v)
    return FALSE;
  /* (a figure may open the phrase after its article: "the 41.2 degrees") */
  if (!(sl_scan_cls (s, nb) & SL_W_DET))
    {
      guint q = nb;

      while (q > first + 1 && ((sl_scan_tok (s, q - 1)->flags & SL_TOK_NUM)
                               || ((sl_scan_punct (s, q - 1, '.') || sl_scan_punct (s, q - 1, ','))
                                   && (sl_scan_tok (s, q - 2)->flags & SL_TOK_NUM))))
        q--;
      if (q == nb || !(sl_scan_cls (s, q - 1) & SL_W_DET))
        return FALSE;
      nb = q - 1;
    }
  /* (the phrase is an object: a finite verb of its own clause comes before it) */
  for (guint k = first; k < nb && !finite; k++)
    finite = sl_scan_verbish (s, k, first)
             || ((sl_scan_cls (s, k) & (SL_W_TRIGGER | SL_W_CUE)) && (sl_scan_tok (s, k)->flags & SL_TOK_LOWER)
                 && sl_scan_word (s, k)->form == SL_FORM_S)
             /* ("It beats the …", "The reading beats the …": a present after its subject) */
             || (k > first && ((sl_scan_cls (s, k - 1) & SL_W_PRON)
                               || (is_np_end (s, k - 1) && !(sl_scan_cls (s, k - 1) & (SL_W_DET | SL_W_QUANT | SL_W_ADV))))
                 && (sl_scan_tok (s, k)->flags & SL_TOK_LOWER)
                 && !(sl_scan_cls (s, k) & (SL_W_DET | SL_W_PREP | SL_W_ADV | SL_W_CONJ | SL_W_NEG))
                 && s->text[sl_scan_tok (s, k)->end - 1] == 's');
  /* (nor does a clause said or reported, "officials said the analysis published …", or one
   * joined on, "and his trial opened in …") */
  /* (nor the document a saying was made in: "said in a video posted on Sunday") */
  if (nb >= first + 2 && sl_scan_is (s, nb - 1, "in") && (sl_scan_cls (s, nb - 2) & SL_W_CUE))
    return FALSE;
  if (!finite || (sl_scan_cls (s, nb - 1) & (SL_W_CUE | SL_W_SUBORD | SL_W_REL | SL_W_CONJ))
      || sl_scan_is (s, nb - 1, "that") || sl_scan_is (s, nb, "that") || sl_scan_is (s, nb, "this")
      || (sl_scan_tok (s, nb - 1)->flags & SL_TOK_PUNCT))
    return FALSE;
  /* what it says of the participle runs to the time, or to a comma before it; the time is
   * the event's own and stays out of its label */
  while (ce < ti && !sl_scan_punct (s, ce, ',') && !sl_scan_punct (s, ce, ';')
         && !sl_scan_punct (s, ce, ':') && !sl_scan_punct (s, ce, '(')
         && !(sl_scan_tok (s, ce)->flags & SL_TOK_QUOTE))
    ce++;
  /* (a phrase that a verb follows is that verb's subject: "the 745 trains scheduled for
   * Monday had been cancelled") */
  for (guint k = te; k < te + 2 && k < g_array_index (s->sentences, SlSentence, si).tok_end; k++)
    if (sl_scan_cls (s, k) & (SL_W_AUX | SL_W_BE | SL_W_MODAL))
      return FALSE;
  label = g_string_new (NULL);
  append_words (s, label, nb, ce, MAX_LABEL_WORDS);
  participle_event (s, evs, t, si, v, nb, ce, g_steal_pointer (&label));
  return TRUE;
}

/* Words before a date that make it a bound, not the time of a happening. */
static gboolean
bound_word (const SlDocScan *s, guint i)
{
  static const char *const bounds[] = { "since", "until", "till", "through", "from",
                                        "before", "after", "throughout", "between", "into" };
  for (guint k = 0; k < G_N_ELEMENTS (bounds); k++)
    if (sl_scan_is (s, i, bounds[k]))
      return TRUE;
  return FALSE;
}

/* The candidate of i's sentence whose cue holds token i and that is an act ("pleaded
 * guilty", "told hospitals to postpone surgery": a telling that is a happening) or a claim,
 * as asked; -1 when none is. */
static gint32
cand_of_cue (const SlDocScan *s, guint i, gboolean act)
{
  guint32 si = sl_scan_sentence_of (s, i);

  for (guint c = s->sent_cands[si]; c < s->sent_cands[si + 1]; c++)
    {
      const SlCand *cd = &g_array_index (s->cands, SlCand, c);
      if (cd->cue_b <= i && i < cd->cue_e && !cd->act == !act)
        return (gint32) c;
    }
  return -1;
}

/* The claim whose cue is token i, or -1. */
static gint32
claim_of_cue (const SlDocScan *s, guint i)
{
  return cand_of_cue (s, i, FALSE);
}

/* "announced 2 million euros in aid on Wednesday", "said in a report in November that …":
 * a time between a claim's cue and the first verb or "that" of what it says dates the claim
 * itself, when no other time does. */
static gboolean
dates_claim (const SlDocScan *s, gint32 cand, guint ti)
{
  const SlCand *c = &g_array_index (s->cands, SlCand, cand);

  /* (not a passive whose content comes first: "calls … were rejected by the council in
   * 2015") */
  if (c->said_timex >= 0 || c->model_index == SL_NONE || ti < c->cue_e || c->con_b < c->cue_e)
    return FALSE;
  for (guint k = c->cue_e; k < ti; k++)
    {
      const SlToken *t = sl_scan_tok (s, k);

      if (!(t->flags & SL_TOK_WORD) || sl_scan_is (s, k, "that")
          || (sl_scan_cls (s, k) & (SL_W_REL | SL_W_SUBORD | SL_W_MODAL | SL_W_AUX))
          || ((sl_scan_cls (s, k) & SL_W_CUE) && !(sl_scan_cls (s, k - 1) & SL_W_DET))
          || sl_scan_verbish (s, k, c->cue_e))
        return FALSE;
      /* "denied doing any blasting that week": the time is the gerund's */
      if (k == c->cue_e && ing_word (s, k)
          && !(sl_scan_cls (s, k) & SL_W_PREP) /* "said during a news conference" */)
        return FALSE;
    }
  return TRUE;
}

/* The event of a clause that begins at cs, after its time: the first verb within a few
 * words, past the verb of a relative clause on its subject ("a quake and the tsunami that
 * followed killed …"). A reporting verb makes it the claim's event. */
static gboolean
clause_event (SlDocScan *s, GArray *evs, gint32 t, guint32 si, guint cs, guint ti, guint te,
              guint8 *stated)
{
  const SlSentence *sen = &g_array_index (s->sentences, SlSentence, si);
  guint rel = G_MAXUINT;

  for (guint v = cs; v < sen->tok_end && v < cs + 14; v++)
    {
      if (sl_scan_punct (s, v, ',') || sl_scan_punct (s, v, ';') || sl_scan_punct (s, v, ':'))
        return FALSE;
      if (v > cs && (sl_scan_is (s, v, "that") || sl_scan_is (s, v, "which")
                     || sl_scan_is (s, v, "who"))
          && rel == G_MAXUINT)
        {
          /* skip the relative clause's verb */
          rel = v;
          while (v + 1 < sen->tok_end && v + 1 < cs + 14 && !sl_scan_verbish (s, v + 1, v + 1))
            v++;
          v++;
          continue;
        }
      if (v > cs && (sl_scan_cls (s, v) & SL_W_CUE))
        {
          gint32 cd = claim_of_cue (s, v);

          if (cd >= 0)
            {
              if (!stated[cd] && g_array_index (s->cands, SlCand, cd).said_timex < 0
                  && g_array_index (s->cands, SlCand, cd).model_index != SL_NONE)
                {
                  statement_event (s, evs, cd, t);
                  stated[cd] = TRUE;
                  return TRUE;
                }
              return FALSE;
            }
        }
      if (v > cs && sl_scan_verbish (s, v, cs))
        {
          verb_event (s, evs, t, si, cs, v, ti, te, rel);
          return TRUE;
        }
    }
  return FALSE;
}

/* "Sunday's snap election", "the 1992 Earth Summit": a time inside the name of a happening
 * dates it. Returns the noun, or G_MAXUINT. */
static guint
named_happening (const SlDocScan *s, guint te, guint end)
{
  guint k = te;

  if (k < end && (sl_scan_tok (s, k)->flags & SL_TOK_POSSESSIVE))
    k++;
  for (guint n = 0; k < end && n < 4; k++, n++)
    {
      if (!(sl_scan_tok (s, k)->flags & SL_TOK_WORD) || s->tok_timex[k] >= 0
          || (sl_scan_cls (s, k) & (SL_W_DET | SL_W_PREP | SL_W_CONJ | SL_W_AUX | SL_W_BE
                                    | SL_W_MODAL | SL_W_REL | SL_W_PRON | SL_W_CUE)))
        return G_MAXUINT;
      if ((sl_scan_cls (s, k) & SL_W_EVNOUN)
          && !(k + 1 < end && (sl_scan_cls (s, k + 1) & SL_W_EVNOUN)))
        return k;
      if (sl_scan_verbish (s, k, te))
        return G_MAXUINT;
    }
  return G_MAXUINT;
}

static void
name_event (SlDocScan *s, GArray *evs, gint32 t, guint32 si, guint ti, guint te, guint k)
{
  const SlSentence *sen = &g_array_index (s->sentences, SlSentence, si);
  const SlWord *w = sl_scan_word (s, k);
  g_autoptr (GString) label = g_string_new (NULL);
  gboolean possessive = sl_scan_tok (s, te)->flags & SL_TOK_POSSESSIVE;
  guint e = k + 1;

  /* "… Summit in Rio de Janeiro": where it was, when a name follows */
  if (e + 1 < sen->tok_end && sl_scan_is (s, e, "in") && tok_has_cap (s, e + 1))
    {
      guint j = e + 1;

      while (j < sen->tok_end && j < e + 5
             && (tok_has_cap (s, j) || (sl_scan_is (s, j, "de") && tok_has_cap (s, j + 1))))
        j++;
      e = j;
    }
  /* a year is part of the name ("2018 election"), a weekday is not ("Sunday's snap vote")
   * unless the noun would stand alone ("Monday night's debate") */
  append_words (s, label, possessive && k > te + 1 ? te + 1 : ti, e, MAX_LABEL_WORDS);
  add_noun_event (s, evs, t, si, g_steal_pointer (&label), w, k);
}

/* Whether [b, e) holds a verb (or an -ing form) of a clause that starts at b, or a word
 * that names a happening of its own ("after the vote on Saturday": the time is the vote's). */
static gboolean
verb_between (const SlDocScan *s, guint b, guint e)
{
  for (guint k = b; k < e; k++)
    if (sl_scan_verbish (s, k, b) || ing_word (s, k)
        || (sl_scan_cls (s, k) & (SL_W_AUX | SL_W_BE | SL_W_TRIGGER | SL_W_EVNOUN | SL_W_CUE)))
      return TRUE;
  return FALSE;
}

/* "Frosts on Sunday night and again on Monday night destroyed …": two times joined by "and"
 * between a subject and its verb both date that verb. For the time t ending at te, the token
 * after the second time; G_MAXUINT when no such time follows. */
static guint
joined_time_after (const SlDocScan *s, gint32 t, guint te, guint end)
{
  guint k = te;
  gint32 u;

  if (k + 1 >= end || !sl_scan_is (s, k, "and"))
    return G_MAXUINT;
  k++;
  if (sl_scan_is (s, k, "again") || sl_scan_is (s, k, "also"))
    k++;
  if (k < end && (sl_scan_cls (s, k) & SL_W_PREP) && !bound_word (s, k))
    k++;
  if (k >= end || s->tok_timex[k] < 0 || s->tok_timex[k] == t)
    return G_MAXUINT;
  u = s->tok_timex[k];
  while (k < end && s->tok_timex[k] == u)
    k++;
  return k;
}

/* … and for the second of them, whose preposition is at se, the preposition of the first;
 * G_MAXUINT when no time joined by "and" comes before. */
static guint
joined_time_before (const SlDocScan *s, gint32 t, guint first, guint se)
{
  guint k = se;
  gint32 u;

  if (k > first && (sl_scan_is (s, k - 1, "again") || sl_scan_is (s, k - 1, "also")))
    k--;
  if (k < first + 3 || !sl_scan_is (s, k - 1, "and") || s->tok_timex[k - 2] < 0
      || s->tok_timex[k - 2] == t)
    return G_MAXUINT;
  u = s->tok_timex[k - 2];
  k -= 2;
  while (k > first && s->tok_timex[k - 1] == u)
    k--;
  while (k > first && (sl_scan_cls (s, k - 1) & SL_W_DET))
    k--;
  if (k > first + 1 && (sl_scan_cls (s, k - 1) & SL_W_PREP) && !bound_word (s, k - 1))
    return k - 1;
  return G_MAXUINT;
}

/* Where the clock time begins that "on" joins to the day at p ("6 p.m. on Tuesday"), after
 * first; G_MAXUINT when none stands there. */
static guint
clock_before (const SlDocScan *s, guint first, guint p)
{
  gint32 clock;

  if (p <= first + 1 || !sl_scan_is (s, p - 1, "on") || (clock = s->tok_timex[p - 2]) < 0
      || s->timexes[clock].type != SL_TIMEX_TIME)
    return G_MAXUINT;
  for (p -= 2; p > first && s->tok_timex[p - 1] == clock; p--)
    ;
  return p;
}

static void
date_event (SlDocScan *s, GArray *evs, gint32 t, guint ti, guint te, guint8 *stated,
            const gint32 *said_by)
{
  guint32 si = sl_scan_sentence_of (s, ti);
  const SlSentence *sen = &g_array_index (s->sentences, SlSentence, si);
  guint first = s->body_first[si];
  guint p;

  if (s->skip[si] || ti < first)
    return;
  if (said_by[t] >= 0)
    {
      gint32 c = said_by[t];
      if (!stated[c])
        statement_event (s, evs, c, t);
      stated[c] = TRUE;
      return;
    }
  /* "The bank last sold gold in March 2023; a year earlier it had bought two tonnes": a
   * semicolon opens a clause of its own, which a time can open as a sentence does */
  for (guint q = ti; q > first + 1; q--)
    if (sl_scan_punct (s, q - 1, ';'))
      {
        first = q;
        break;
      }
  p = ti;
  while (p > first && (sl_scan_cls (s, p - 1) & SL_W_DET))
    p--;
  /* "began shortly after 11 p.m. on Sunday", "between 6 p.m. on Tuesday and …": a day after
   * a clock time and "on" dates that clock time, whose event is the happening's */
  if (clock_before (s, first, p) != G_MAXUINT)
    return;
  {
    guint k = named_happening (s, te, sen->tok_end);

    if (k != G_MAXUINT)
      {
        name_event (s, evs, t, si, ti, te, k);
        return;
      }
  }
  /* "the 2017 Ford Fusion", "below 2005 levels": a year that only describes a thing (a year
   * after an article, a time before a plural noun) */
  if (te < sen->tok_end && (sl_scan_tok (s, te)->flags & SL_TOK_WORD)
      && !(sl_scan_cls (s, te) & (SL_W_PREP | SL_W_CONJ | SL_W_AUX | SL_W_BE | SL_W_REL
                                  | SL_W_SUBORD | SL_W_MODAL))
      && !(sl_scan_tok (s, te)->flags & SL_TOK_POSSESSIVE) && !ev_verbish (s, te, te)
      && p > first
      && ((p < ti && te == ti + 1 && (sl_scan_tok (s, ti)->flags & SL_TOK_NUM))
          || (p - 1 > first && !sl_scan_punct (s, p - 2, ',') && tok_has_lower_word (s, te)
              && sl_scan_plural_noun (s, te))))
    return;
  /* "cut its forecast for this year's grain harvest": a time that only says which harvest
   * dates no happening, unless the noun it marks is one ("Tuesday's launch attempt") */
  if (te < sen->tok_end && (sl_scan_tok (s, te)->flags & SL_TOK_POSSESSIVE) && p > first)
    {
      gboolean happening = FALSE;
      guint k = te, words = 0;

      while (k < sen->tok_end && k < te + 5
             && ((sl_scan_tok (s, k)->flags & SL_TOK_POSSESSIVE) || sl_scan_is (s, k, "s")))
        k++;
      for (; k < sen->tok_end && k < te + 5 && !happening && (sl_scan_tok (s, k)->flags & SL_TOK_WORD)
             && !(sl_scan_cls (s, k) & (SL_W_PREP | SL_W_CONJ | SL_W_AUX | SL_W_BE | SL_W_REL));
           k++, words++)
        happening = (sl_scan_cls (s, k) & (SL_W_EVNOUN | SL_W_TRIGGER)) != 0;
      /* (no noun after it: "in the 1970's" is a decade) */
      if (!happening && words > 0)
        return;
    }
  /* "told USA Today": a word of a name, not the day */
  if (te == ti + 1 && ti > first && tok_has_cap (s, ti) && tok_has_cap (s, ti - 1)
      && (sl_scan_is (s, ti, "today") || sl_scan_is (s, ti, "tonight")
          || sl_scan_is (s, ti, "yesterday") || sl_scan_is (s, ti, "tomorrow")))
    return;
  /* "cut emissions by 2030": a target, unless the time is known to be past ("had reached
   * the beaches by Tuesday afternoon") */
  if (p > first && sl_scan_is (s, p - 1, "by")
      && (s->dct_end == 0 || s->timexes[t].end_t > s->dct_end))
    return;
  /* "compared with a year earlier", "higher than last year": a yardstick, not a happening */
  if (p > first && (sl_scan_is (s, p - 1, "than")
                    || (p > first + 1 && (sl_scan_is (s, p - 1, "with") || sl_scan_is (s, p - 1, "to"))
                        && sl_scan_is (s, p - 2, "compared"))))
    return;
  /* "heard gunfire shortly after 11 p.m. on Monday": a clock time just before or after
   * which it happened still dates it to that day */
  if (p > first && bound_word (s, p - 1)
      && !((sl_scan_is (s, p - 1, "after") || sl_scan_is (s, p - 1, "before"))
           && s->timexes[t].type == SL_TIMEX_TIME))
    {
      /* "since June 2001, when a quake killed …": the clause after "when" is what happened
       * then */
      guint w = te;

      if (sl_scan_punct (s, w, ','))
        w++;
      if (sl_scan_is (s, w, "when"))
        clause_event (s, evs, t, si, w + 1, ti, te, stated);
      return;
    }
  /* "between March 2023 and August 2025": the second date is a bound too */
  if (p > first + 1 && (sl_scan_is (s, p - 1, "and") || sl_scan_is (s, p - 1, "to"))
      && s->tok_timex[p - 2] >= 0 && s->tok_timex[p - 2] != t)
    {
      guint q = p - 2;

      while (q > first && s->tok_timex[q - 1] == s->tok_timex[p - 2])
        q--;
      /* ("between 6 p.m. on Tuesday and 5 a.m. on Wednesday": the day of the first bound's
       * clock time) */
      q = MIN (q, clock_before (s, first, q));
      while (q > first && (sl_scan_cls (s, q - 1) & SL_W_DET))
        q--;
      if (q > first && (sl_scan_is (s, q - 1, "between") || sl_scan_is (s, q - 1, "from")))
        return;
    }

  /* "At the meeting on March 28, Russia vetoed …", "Last year, a collision prompted …": the
   * main clause after a fronted time */
  /* (not "Since taking office in 2022, the governor has …": that time dates the taking) */
  if (((sl_scan_cls (s, first) & SL_W_PREP) && !bound_word (s, first))
      || (p == first && sl_scan_punct (s, te, ',')))
    {
      guint comma = first;
      gboolean opening = TRUE;

      while (comma < sen->tok_end && !sl_scan_punct (s, comma, ','))
        comma++;
      /* the time is in the opening phrase only when no verb comes before it: "About 3,500
       * workers walked out on Tuesday, after talks broke down" dates the walkout */
      for (guint q = first; q < ti && opening; q++)
        opening = !sl_scan_verbish (s, q, first);
      /* … and the comma closes that phrase: "In February a freight train came off the track
       * near Braniewo, blocking the line" has its clause before the comma */
      for (guint q = te; q < comma && opening; q++)
        opening = !sl_scan_verbish (s, q, first);
      if (comma < sen->tok_end && te <= comma && opening)
        {
          for (guint v = comma + 1, aside = 0, aside_b = G_MAXUINT; v < sen->tok_end && v < comma + 16 + aside;
               v++)
            {
              /* (a place set off inside the subject: "the collapse of a rubbish dump at
               * Kiteezi, on the edge of Kampala, killed …") */
              if (sl_scan_punct (s, v, ',') && aside == 0 && v + 2 < sen->tok_end
                  && (sl_scan_cls (s, v + 1) & SL_W_PREP) && tok_has_lower_word (s, v + 1))
                {
                  guint w = v + 2;

                  while (w < sen->tok_end && w < v + 9 && (sl_scan_tok (s, w)->flags & SL_TOK_WORD)
                         && !sl_scan_verbish (s, w, v + 1))
                    w++;
                  if (w < sen->tok_end && sl_scan_punct (s, w, ','))
                    {
                      aside = w - v + 1;
                      aside_b = v;
                      v = w;
                      continue;
                    }
                }
              if (sl_scan_punct (s, v, ',') || ((sl_scan_cls (s, v) & SL_W_CUE) && cand_of_cue (s, v, TRUE) < 0))
                break;
              if (sl_scan_verbish (s, v, comma + 1) && v > comma + 1)
                {
                  verb_event (s, evs, t, si, comma + 1, v, ti, te, aside_b);
                  return;
                }
            }
          return;
        }
    }
  /* "Last year the government launched …", "Late on Sunday a news site reported …": a
   * time that opens the sentence without a comma */
  {
    guint q = first;

    while (q < ti && ((sl_scan_cls (s, q) & SL_W_PREP) || sl_scan_is (s, q, "late")
                      || sl_scan_is (s, q, "early")))
      q++;
    if (q == ti && te < sen->tok_end && (sl_scan_tok (s, te)->flags & SL_TOK_WORD)
        && !sl_scan_verbish (s, te, te) && !(sl_scan_cls (s, te) & (SL_W_CUE | SL_W_AUX | SL_W_BE
                                                                    | SL_W_PREP | SL_W_CONJ))
        && clause_event (s, evs, t, si, te, ti, te, stated))
      return;
  }

  /* "…, and by Monday afternoon police had caught 14 of them": a time opening a clause
   * joined to the one before */
  {
    guint q = ti;

    while (q > first && (sl_scan_cls (s, q - 1) & SL_W_PREP))
      q--;
    /* ("…, and two days later the HSE told hospitals …": a time of several words needs no
     * preposition) */
    if (q > first + 1 && (q < ti || te >= ti + 2)
        && (sl_scan_is (s, q - 1, "and") || sl_scan_is (s, q - 1, "but"))
        && te < sen->tok_end && (sl_scan_tok (s, te)->flags & SL_TOK_WORD)
        && !sl_scan_verbish (s, te, te)
        && !(sl_scan_cls (s, te) & (SL_W_CUE | SL_W_AUX | SL_W_BE | SL_W_PREP | SL_W_CONJ
                                    | SL_W_REL | SL_W_SUBORD))
        && clause_event (s, evs, t, si, te, ti, te, stated))
      return;
  }
  /* "The cooperative's last fatal accident, in October 2024, killed two men": a time set off
   * by commas between the subject and its verb */
  if (te + 1 < sen->tok_end && sl_scan_punct (s, te, ',') && sl_scan_verbish (s, te + 1, te + 1)
      && p > first + 2 && (sl_scan_cls (s, p - 1) & SL_W_PREP) && sl_scan_punct (s, p - 2, ',')
      && is_np_end (s, p - 3))
    {
      guint cs = clause_start (s, first, p - 2);
      if (sl_scan_np_left (s, cs, p - 2) == cs)
        {
          verb_event (s, evs, t, si, cs, te + 1, ti, te, p - 2);
          return;
        }
    }
  /* "Taiwan made theft a crime in 2013, and in 2022 began treating …": a time that opens a
   * second verb phrase after "and" dates that verb, whose subject is the first one's */
  if (p >= first + 3 && (sl_scan_cls (s, p - 1) & SL_W_PREP) && sl_scan_is (s, p - 2, "and")
      && te < sen->tok_end && (sl_scan_tok (s, te)->flags & SL_TOK_LOWER) && past_form (s, te)
      && sl_scan_verbish (s, te, te) && !(sl_scan_cls (s, te) & (SL_W_CUE | SL_W_PARTICIPLE)))
    {
      verb_event (s, evs, t, si, p - 1, te, ti, te, p - 1);
      return;
    }
  /* "Russia on Thursday vetoed …": a time between the subject and its verb; "The Court of
   * Arbitration for Sport (CAS) on Friday banned": the name's acronym ends the subject */
  /* ("The ministry last week cut …": a time that needs no preposition; "The regulator on
   * Friday, 11 September, ordered …": a weekday and its date set off by a comma) */
  guint ve = te;

  if (sl_scan_punct (s, te, ',') && te + 1 < sen->tok_end && sl_scan_verbish (s, te + 1, te + 1)
      && te > ti + 2 && p > first + 1 && !sl_scan_punct (s, p - 2, ',')
      && !verb_between (s, first, p))
    ve = te + 1;
  else
    {
      guint after = joined_time_after (s, t, te, sen->tok_end);

      if (after != G_MAXUINT && sl_scan_verbish (s, after, after))
        ve = after;
    }
  if (ve < sen->tok_end && p > first
      && (((sl_scan_cls (s, p - 1) & SL_W_PREP) && p - 1 > first)
          || ((sl_scan_is (s, p, "last") || sl_scan_is (s, p, "earlier") || sl_scan_is (s, p, "this"))
              && (sl_scan_tok (s, p)->flags & SL_TOK_LOWER) && is_np_end (s, p - 1)
              && !(sl_scan_cls (s, p - 1) & (SL_W_DET | SL_W_PREP | SL_W_CUE))))
      && (sl_scan_verbish (s, ve, ve)
          /* "Salvage crews on Tuesday were trying to contain …" */
          || ((sl_scan_cls (s, ve) & (SL_W_BE | SL_W_AUX)) && ve + 1 < sen->tok_end
              && ing_word (s, ve + 1))))
    {
      guint se = (sl_scan_cls (s, p - 1) & SL_W_PREP) ? p - 1 : p, cs;
      guint verb = sl_scan_verbish (s, ve, ve) ? ve : ve + 1;

      if (se == p - 1 && joined_time_before (s, t, first, se) != G_MAXUINT)
        se = joined_time_before (s, t, first, se);

      if (se > first + 3 && sl_scan_acronym_before (s, se))
        se -= 3;
      /* "The racing authority, the Manx Motorsport Council, on Thursday withdrew …": the
       * subject's name set off after it ends the subject */
      if (se > first + 4 && sl_scan_punct (s, se - 1, ',') && is_np_end (s, se - 2))
        {
          guint m = se - 2;

          while (m > first + 1 && se - m < 9 && !sl_scan_punct (s, m - 1, ',')
                 && !ev_verbish (s, m - 1, first))
            m--;
          if (m > first + 1 && sl_scan_punct (s, m - 1, ',') && is_np_end (s, m - 2)
              && sl_scan_np_left (s, m, se - 1) == m)
            {
              gboolean clause = FALSE;

              /* (no verb of its own before it: "the company that owns the plant, …") */
              for (guint k = first; k + 1 < m && !clause; k++)
                clause = (sl_scan_verbish (s, k, first) && !ing_word (s, k))
                         || (sl_scan_cls (s, k) & (SL_W_AUX | SL_W_BE | SL_W_REL | SL_W_CUE));
              if (!clause)
                {
                  verb_event (s, evs, t, si, m, verb, ti, te, se - 1);
                  return;
                }
            }
        }
      /* ("An upsurge that began in 2003 spread …": the time dates the relative clause's
       * verb, not a subject's) */
      if (se <= first || !is_np_end (s, se - 1) || ev_verbish (s, se - 1, first))
        goto not_subject_time;
      /* "An inspection completed in November last year found …": the time dates the
       * participle describing the subject, which is the happening */
      if (se > first + 1 && tok_has_lower_word (s, se - 1) && tok_has_lower_word (s, se - 2)
          && ((sl_scan_cls (s, se - 1) & SL_W_PARTICIPLE) || ends_with_ed (s, se - 1))
          && !(sl_scan_cls (s, se - 2) & (SL_W_DET | SL_W_AUX | SL_W_BE | SL_W_PREP | SL_W_PRON
                                          | SL_W_CONJ | SL_W_ADV)))
        {
          guint pb = sl_scan_np_left (s, first, se - 1);

          if (pb < se - 1 && clause_start (s, first, pb) == pb)
            {
              verb_event (s, evs, t, si, pb, se - 1, ti, te, se - 1);
              return;
            }
        }
      cs = clause_start (s, first, se);
      guint nb = sl_scan_np_left (s, cs, se);

      /* "The Court of Arbitration for Sport on Friday banned": a name's own prepositions;
       * "The Munich local division of the Unified Patent Court on Tuesday revoked": an "of"
       * before a name is inside the subject */
      /* ("A smaller leak at the SEI plant in October 2023 sent …": where a happening took
       * place, after its noun) */
      for (guint hop = 0; hop < 3 && nb > cs + 1 && (sl_scan_cls (s, nb - 1) & SL_W_PREP)
                          && (tok_has_cap (s, nb)
                              || ((sl_scan_cls (s, nb) & SL_W_DET) && nb + 1 < se
                                  && tok_has_cap (s, nb + 1)
                                  && (sl_scan_is (s, nb - 1, "of")
                                      || ((sl_scan_is (s, nb - 1, "at") || sl_scan_is (s, nb - 1, "in"))
                                          && (sl_scan_cls (s, nb - 2) & SL_W_EVNOUN)))))
                          && (tok_has_cap (s, nb - 2) || sl_scan_is (s, nb - 1, "of")
                              || (sl_scan_cls (s, nb - 2) & SL_W_EVNOUN))
                          && sl_scan_np_left (s, cs, nb - 1) < nb - 1;
           hop++)
        nb = sl_scan_np_left (s, cs, nb - 1);
      /* "The Environment and Resources Authority on Monday banned": "and" inside a name */
      if (nb > cs + 1 && and_in_body_name (s, nb - 1, se))
        nb = sl_scan_np_left (s, cs, nb - 1);
      /* "A smaller fire in a ventilation shaft on the Blue Line in October 2021 closed …":
       * where a happening took place, over more than one phrase, when the subject's head is
       * a happening's noun */
      if (nb != cs)
        {
          guint q = nb, hops = 0;

          while (hops < 4 && q > cs + 1 && sl_scan_has (s, q - 1, SL_TOK_LOWER)
                 && (sl_scan_is (s, q - 1, "in") || sl_scan_is (s, q - 1, "at")
                     || sl_scan_is (s, q - 1, "on") || sl_scan_is (s, q - 1, "near")
                     || sl_scan_is (s, q - 1, "of"))
                 && sl_scan_np_left (s, cs, q - 1) < q - 1)
            {
              q = sl_scan_np_left (s, cs, q - 1);
              hops++;
            }
          if (q == cs)
            {
              guint h = cs;

              while (h < se && !(sl_scan_cls (s, h) & SL_W_PREP))
                h++;
              if (h > cs && h < se && tok_has_lower_word (s, h - 1)
                  && (sl_scan_cls (s, h - 1) & (SL_W_EVNOUN | SL_W_TRIGGER))
                  && !ends_with_ed (s, h - 1) && !ev_verbish (s, h - 1, cs))
                nb = cs;
            }
        }
      /* only when the subject opens its clause: not "shells produced in X in 1970 appeared" */
      if (nb == cs)
        {
          verb_event (s, evs, t, si, cs, verb, ti, te, se);
          return;
        }
    }
not_subject_time:

  /* otherwise the nearest trigger to the left in the same clause; a few quoted words inside
   * it ("had “deliberately rammed” a ship on Saturday") are part of the clause */
  for (guint k = ti, open = G_MAXUINT, skipped = 0; k > first && ti - k < 28 + skipped; k--)
    {
      guint i = k - 1;
      guint32 c = sl_scan_cls (s, i);
      const SlToken *tok = sl_scan_tok (s, i);

      if (i == open)
        continue;
      /* "took control of Banco Mirador, a regional lender based in Hermosillo, on Friday",
       * "was arrested in Douala, Cameroon, in March 2023", "boarded the boat at Zuwara, in
       * western Libya, on Monday night": an appositive or a place's region or country set
       * off by commas is inside the clause */
      if (sl_scan_punct (s, i, ',') && i > first + 2 && skipped == 0)
        {
          guint j = i;
          gboolean appos, region = FALSE;

          while (j > first && i - j < 16 && (sl_scan_tok (s, j - 1)->flags & SL_TOK_WORD))
            j--;
          /* (", near Elbasan,", ", outside Kyiv,") */
          /* (", between Banjul and Barra,") */
          if (j + 1 < i && (sl_scan_is (s, j, "in") || sl_scan_is (s, j, "near") || sl_scan_is (s, j, "outside")
                            || sl_scan_is (s, j, "between"))
              && (sl_scan_tok (s, j)->flags & SL_TOK_LOWER))
            for (guint q = j + 1; q < i && q < j + 4 && !region; q++)
              region = tok_has_cap (s, q);
          /* (", south of Pristina,", ", 40 km north of Kabul,") */
          {
            static const char *const bearings[] = { "north", "south", "east", "west", "northeast",
                                                    "northwest", "southeast", "southwest" };
            guint q = j;

            while (q + 1 < i && !sl_scan_is_one_of (s, q, bearings, G_N_ELEMENTS (bearings)))
              q++;
            if (q + 2 < i + 1 && q < j + 4 && sl_scan_is_one_of (s, q, bearings, G_N_ELEMENTS (bearings))
                && sl_scan_is (s, q + 1, "of") && q + 2 < i && tok_has_cap (s, q + 2))
              region = TRUE;
          }
          appos = j > first + 1 && j < i && sl_scan_punct (s, j - 1, ',')
                  && (sl_scan_tok (s, j - 2)->flags & SL_TOK_WORD)
                  && ((sl_scan_cls (s, j) & (SL_W_DET | SL_W_QUANT)) || tok_has_cap (s, j) || region
                      /* (", then the country's largest rebel army,") */
                      || ((sl_scan_is (s, j, "then") || sl_scan_is (s, j, "now") || sl_scan_is (s, j, "once"))
                          && j + 1 < i && (sl_scan_cls (s, j + 1) & SL_W_DET)));
          /* (", the narrow gorge that leads into the ancient city of Petra,": a relative
           * clause on the appositive's noun, whose verb is not the clause's) */
          {
            gboolean rel = FALSE;

            if (appos && i - j >= 10 && !((sl_scan_cls (s, j) & SL_W_DET) && !sl_scan_is (s, j, "that")))
              appos = FALSE;
            for (guint q = j; q < i && appos; q++)
              {
                if (!rel && q > j + 1 && (sl_scan_cls (s, q) & SL_W_REL) && !(sl_scan_cls (s, q - 1) & SL_W_DET))
                  {
                    rel = TRUE;
                    continue;
                  }
                appos = !(sl_scan_cls (s, q) & (SL_W_CUE | SL_W_MODAL | SL_W_REL))
                        && (rel || !(sl_scan_cls (s, q) & (SL_W_AUX | SL_W_BE)))
                        && s->tok_timex[q] < 0
                        && (rel || !ev_verbish (s, q, j)
                            || (past_form (s, q) && q + 1 < i && (sl_scan_cls (s, q + 1) & SL_W_PREP))
                            /* (", then the country's largest armed group,": an -ed word
                             * before the noun it describes) */
                            || (past_form (s, q) && q > j && q + 1 < i
                                && ((sl_scan_cls (s, q - 1) & SL_W_DET) || sl_scan_ends_with (s, q - 1, "est")
                                    || (sl_scan_tok (s, q - 1)->flags & SL_TOK_POSSESSIVE))
                                && (sl_scan_tok (s, q + 1)->flags & SL_TOK_LOWER) && is_np_end (s, q + 1)));
              }
            /* (a long aside holds a relative clause; a short one needs none) */
            if (i - j >= 10 && !rel)
              appos = FALSE;
          }
          if (appos)
            {
              skipped = i - (j - 1) + 1;
              k = j;
              continue;
            }
        }
      /* "its first launch in November 2023", "the vote on Saturday": a verb of happening
       * after a determiner, a possessive or an ordinal is its noun */
      if ((c & SL_W_TRIGGER) && i > first && (tok->flags & SL_TOK_LOWER)
          && (((sl_scan_cls (s, i - 1) & SL_W_DET) && !sl_scan_is (s, i - 1, "that"))
              || (sl_scan_tok (s, i - 1)->flags & SL_TOK_POSSESSIVE)
              || sl_scan_is (s, i - 1, "first") || sl_scan_is (s, i - 1, "second")
              || sl_scan_is (s, i - 1, "last")))
        c |= SL_W_EVNOUN;
      if ((tok->flags & SL_TOK_QUOTE) && open == G_MAXUINT)
        {
          guint j = i;

          while (j > first && i - j < 6 && (sl_scan_tok (s, j - 1)->flags & SL_TOK_WORD))
            j--;
          if (j > first && j < i && (sl_scan_tok (s, j - 1)->flags & SL_TOK_QUOTE)
              && j - 1 > first && (sl_scan_tok (s, j - 2)->flags & SL_TOK_WORD))
            {
              open = j - 1;
              continue;
            }
        }
      /* "searched the companies' offices last March": a plural possessive's mark */
      if ((tok->flags & SL_TOK_QUOTE) && sl_scan_plural_possessive (s, i))
        continue;
      /* "was arrested once before, in February 2024, after …": a time set off by commas
       * after the clause it dates */
      if (sl_scan_punct (s, i, ',') && skipped == 0 && i > first + 1
          && (sl_scan_tok (s, i - 1)->flags & SL_TOK_WORD))
        {
          gboolean bare = TRUE;

          for (guint q = i + 1; q < ti && bare; q++)
            bare = (sl_scan_cls (s, q) & (SL_W_PREP | SL_W_DET)) != 0;
          if (bare && te < sen->tok_end && sl_scan_punct (s, te, ','))
            {
              skipped = 1;
              continue;
            }
        }
      /* "banned swimming, fishing and the use of lake water … on Tuesday": a comma between
       * the words of a list the clause's object is */
      if (sl_scan_punct (s, i, ',') && i > first && i + 1 < ti && tok_has_lower_word (s, i - 1)
          && tok_has_lower_word (s, i + 1))
        {
          gboolean list = FALSE;

          for (guint q = i + 2; q < ti && q < i + 4 && !list; q++)
            {
              if (!(sl_scan_tok (s, q)->flags & SL_TOK_WORD) || ev_verbish (s, q, i + 1))
                break;
              list = sl_scan_is (s, q, "and") || sl_scan_is (s, q, "or");
            }
          if (list && !ev_verbish (s, i + 1, i + 1))
            continue;
        }
      if ((tok->flags & (SL_TOK_QUOTE)) || sl_scan_punct (s, i, ',') || sl_scan_punct (s, i, ';')
          || sl_scan_punct (s, i, ':') || sl_scan_is (s, i, "that"))
        break;
      if (c & SL_W_CUE)
        {
          gint32 cd = claim_of_cue (s, i);

          /* (a cue whose words became no claim of their own, "her staff had found fake
           * degrees" inside the registrar's words, is read as any other verb below) */
          if (cd >= 0 && g_array_index (s->cands, SlCand, cd).model_index != SL_NONE)
            {
              if (!stated[cd] && dates_claim (s, cd, ti))
                {
                  statement_event (s, evs, cd, t);
                  stated[cd] = TRUE;
                }
              return;
            }
          /* "in a report in November": a noun; so after a noun of a compound, "issued a
           * flood warning on Sunday" */
          if (i > first && ((sl_scan_cls (s, i - 1) & (SL_W_DET | SL_W_QUANT))
                            || (sl_scan_tok (s, i - 1)->flags & SL_TOK_POSSESSIVE)))
            continue;
          if (i > first + 1 && !past_form (s, i) && tok_has_lower_word (s, i - 1) && !sl_scan_verbish (s, i - 1, first)
              && !(sl_scan_cls (s, i - 1) & (SL_W_CUE | SL_W_AUX | SL_W_BE | SL_W_PREP | SL_W_CONJ
                                             | SL_W_PRON | SL_W_ADV | SL_W_SUBORD | SL_W_REL))
              && (sl_scan_cls (s, i - 2) & SL_W_DET))
            continue;
          /* "the first fire was reported in 2024", "it learned of it in March": a reporting
           * verb that carries no claim tells of a happening like any other verb; declining
           * to comment is no happening */
          /* ("began recalling blood pressure medicines in July 2018": a gerund that reports
           * nothing, after the verb whose happening it is) */
          if (ing_word (s, i) && i > first && past_form (s, i - 1)
              && !(sl_scan_cls (s, i - 1) & (SL_W_CUE | SL_W_AUX | SL_W_BE)))
            continue;
          if (!past_form (s, i) || !sl_scan_verbish (s, i, first) || sl_scan_refuses_comment (s, i))
            break;
        }
      /* "struck before dawn on Tuesday", "heard gunfire shortly after 11 p.m. on Monday" */
      if ((c & SL_W_SUBORD)
          && (day_part (s, i + 1)
              || (s->tok_timex[i + 1] == t && s->timexes[t].type == SL_TIMEX_TIME
                  && (sl_scan_is (s, i, "after") || sl_scan_is (s, i, "before")))))
        continue;
      if (s->tok_timex[i] == t)
        continue;
      /* "the ban would cost operators 4 million euros this summer": what would or may be is
       * no happening, and the noun before the modal is not dated by its time */
      if ((c & SL_W_MODAL) && (tok->flags & SL_TOK_LOWER))
        return;
      /* "ended without agreement in April": no agreement happened, the ending did */
      if ((c & SL_W_EVNOUN) && i > first
          && (sl_scan_is (s, i - 1, "without") || sl_scan_is (s, i - 1, "no")))
        continue;
      /* "tonnes of arriving ships last year": a present-tense form before a past time is a
       * noun */
      if ((c & (SL_W_TRIGGER | SL_W_CUE)) && sl_scan_word (s, i)->form == SL_FORM_S
          && s->dct_end != 0 && s->timexes[t].end_t < s->dct_end - SL_DAY)
        continue;
      /* "began withdrawing from the Paris Agreement in 2025": the noun is what the -ing verb
       * acts on; the happening is that verb's */
      if ((c & SL_W_EVNOUN) && governed_by_ing (s, first, i))
        continue;
      /* "seized the town in a surprise offensive last week": the noun says how; the verb
       * before it is the happening */
      if ((c & SL_W_EVNOUN) && in_verbs_clause (s, first, i))
        continue;
      if ((c & SL_W_EVNOUN) && !sl_scan_verbish (s, i, first))
        {
          noun_event (s, evs, t, si, i, ti);
          return;
        }
      if (ev_verbish (s, i, first) && reduced_relative_event (s, evs, t, si, first, i, ti, te))
        return;
      if (ev_verbish (s, i, first))
        {
          guint cs = i, subj_end = G_MAXUINT;
          while (cs > first && !sl_scan_punct (s, cs - 1, ',')
                 /* (not past a relative "that" when the verb is the main clause's) */
                 && (!sl_scan_is (s, cs - 1, "that")
                     || (relative_that (s, first, cs - 1) && verb_between (s, cs, i)))
                 && !(sl_scan_cls (s, cs - 1) & SL_W_SUBORD)
                 /* (a reporting word after an article is a noun: "the blast came") */
                 && (!(sl_scan_cls (s, cs - 1) & SL_W_CUE)
                     || (cs - 1 > first && (sl_scan_cls (s, cs - 2) & SL_W_DET) && !sl_scan_is (s, cs - 2, "that")))
                 /* (nor past a quotation mark, but a plural's mark is none: "Wales' regulator") */
                 && (!(sl_scan_tok (s, cs - 1)->flags & SL_TOK_QUOTE) || cs - 1 == open
                     || sl_scan_plural_possessive (s, cs - 1)))
            cs--;
          /* "The bill, first introduced in 2021, …": the participle's subject is the noun
           * before the comma */
          /* (only when the clause goes on after that phrase: "talks, hosted by Brazil,
           * broke down on Thursday, October 1, without agreement" has its verb here) */
          if (cs > first + 1 && sl_scan_punct (s, cs - 1, ',') && sl_scan_punct (s, te, ',')
              && participle_at (s, cs) && cs == vb_start (s, cs, i) && is_np_end (s, cs - 2)
              && te + 1 < g_array_index (s->sentences, SlSentence, si).tok_end
              && (sl_scan_tok (s, te + 1)->flags & SL_TOK_LOWER)
              && !(sl_scan_cls (s, te + 1) & (SL_W_PREP | SL_W_SUBORD | SL_W_CONJ | SL_W_DET
                                              | SL_W_REL)))
            {
              subj_end = cs - 1;
              cs = clause_start (s, first, subj_end);
            }
          /* "the commission wrote in its ruling, which was posted on FIDE's website": the
           * relative pronoun's noun before the comma is the subject */
          {
            guint r = cs > first && (sl_scan_is (s, cs - 1, "which") || sl_scan_is (s, cs - 1, "who"))
                        ? cs - 1 : cs;

            gboolean subject = TRUE;

            /* (the pronoun is the verb's subject: only an auxiliary or an adverb between, not
             * "which President Obama narrowly won") */
            for (guint q = r + 1; q < i && subject; q++)
              subject = (sl_scan_cls (s, q) & (SL_W_AUX | SL_W_BE | SL_W_ADV | SL_W_NEG | SL_W_MODAL)) != 0;
            if (subj_end == G_MAXUINT && subject && r > first + 1 && r < i
                && (sl_scan_is (s, r, "which") || sl_scan_is (s, r, "who"))
                && sl_scan_punct (s, r - 1, ',') && is_np_end (s, r - 2))
              {
                guint nb = sl_scan_np_left (s, first, r - 1);

                /* ("estimates that inflation, which stood at …": "that" opens the clause) */
                if (nb + 1 < r - 1 && sl_scan_is (s, nb, "that"))
                  nb++;
                if (nb < r - 1)
                  {
                    verb_event (s, evs, t, si, nb, i, ti, te, r - 1);
                    return;
                  }
              }
          }
          /* "The refinery, which processes crude, was targeted in March": the subject is
           * before the relative clause */
          if (cs > first + 3 && sl_scan_punct (s, cs - 1, ',') && cs == vb_start (s, cs, i))
            {
              guint m = cs - 1;

              while (m > first && m + 24 > cs && !sl_scan_punct (s, m - 1, ','))
                m--;
              if (m > first + 1 && sl_scan_punct (s, m - 1, ',')
                  && (sl_scan_is (s, m, "which") || sl_scan_is (s, m, "who")
                      || sl_scan_is (s, m, "whose")
                      /* "The tanker, carrying crude, was struck", "The bill, first
                       * introduced in 2021, was passed" */
                      || participle_at (s, m)
                      || ((sl_scan_tok (s, m)->flags & SL_TOK_LOWER)
                          && (sl_scan_tok (s, m)->end - sl_scan_tok (s, m)->begin) > 4
                          && s->text[sl_scan_tok (s, m)->end - 1] == 'g'
                          && s->text[sl_scan_tok (s, m)->end - 2] == 'n'
                          && s->text[sl_scan_tok (s, m)->end - 3] == 'i')))
                {
                  subj_end = m - 1;
                  cs = clause_start (s, first, subj_end);
                }
            }
          verb_event (s, evs, t, si, cs, i, ti, te, subj_end);
          return;
        }
      /* "climbed to their highest level since May 2024 last week": a "since" that opens
       * another time is a measure of the verb's object, not a clause of its own */
      if ((c & SL_W_SUBORD) && sl_scan_is (s, i, "since") && i + 1 < ti && s->tok_timex[i + 1] >= 0
          && s->tok_timex[i + 1] != t)
        continue;
      /* "broke apart two minutes after lift-off from the pad on Tuesday": "after" with a
       * noun and no verb of its own is a preposition inside the clause */
      if ((c & SL_W_SUBORD) && (sl_scan_is (s, i, "after") || sl_scan_is (s, i, "before"))
          && !verb_between (s, i + 1, ti))
        continue;
      /* "elected the opposition leader as prime minister at 4:10 p.m.": so is "as" before a
       * role */
      if ((c & SL_W_SUBORD) && sl_scan_is (s, i, "as") && i + 1 < ti && !verb_between (s, i + 1, ti)
          && (sl_scan_tok (s, i + 1)->flags & SL_TOK_WORD))
        continue;
      /* "was arrested once before, in February 2024": "once" after a verb is how often */
      if ((c & SL_W_SUBORD) && once_adverb (s, first, i))
        continue;
      if (c & SL_W_SUBORD)
        break;
    }
}

/* An event happens on a day: "2024-10-06TNI" (Sunday night) is dated 2024-10-06. */
static guint32
event_day (const SlDocScan *s, guint32 value)
{
  const char *v = sl_model_str (s->model, value);
  const char *tee = v ? strchr (v, 'T') : NULL;
  g_autofree char *day = NULL;

  if (tee == NULL || tee - v < 8 || !g_ascii_isdigit (tee[-1])
      || !(g_ascii_isdigit (v[0]) || v[0] == 'X'))
    return value;
  day = g_strndup (v, tee - v);
  return sl_model_add_string (s->model, day);
}

void
sl_attribution_add_events (SlDocScan *s)
{
  g_autoptr (GArray) evs = g_array_new (FALSE, FALSE, sizeof (EvCand));
  g_autofree guint8 *stated = g_new0 (guint8, s->cands->len + 1);
  g_autofree guint32 *first_tok = g_new (guint32, s->n_timex + 1);
  g_autofree guint32 *end_tok = g_new (guint32, s->n_timex + 1);

  g_autofree gint32 *said_by = g_new (gint32, s->n_timex + 1);

  for (guint t = 0; t < s->n_timex; t++)
    {
      first_tok[t] = end_tok[t] = G_MAXUINT32;
      said_by[t] = -1;
    }
  /* the first claim said at each time (of those that became claims: one folded into
   * another, "denied …, saying …", has no source left) */
  for (guint c = s->cands->len; c > 0; c--)
    {
      const SlCand *cc = &g_array_index (s->cands, SlCand, c - 1);
      gint32 t = cc->said_timex;

      if (t >= 0 && cc->source != SL_NONE && cc->model_index != SL_NONE)
        said_by[t] = (gint32) (c - 1);
    }
  /* where each sentence's claims start in the claim list */
  s->sent_cands = g_new0 (guint32, s->sentences->len + 1);
  {
    guint c = 0;
    for (guint si = 0; si <= s->sentences->len; si++)
      {
        while (c < s->cands->len && g_array_index (s->cands, SlCand, c).sentence < si)
          c++;
        s->sent_cands[si] = c;
      }
  }
  for (guint i = 0; i < s->tokens->len; i++)
    if (s->tok_timex[i] >= 0)
      {
        gint32 t = s->tok_timex[i];
        if (first_tok[t] == G_MAXUINT32)
          first_tok[t] = i;
        end_tok[t] = i + 1;
      }

  for (guint t = 0; t < s->n_timex; t++)
    {
      const SlTimex *tx = &s->timexes[t];

      if (first_tok[t] == G_MAXUINT32)
        continue;
      if (tx->type == SL_TIMEX_DURATION || tx->type == SL_TIMEX_SET)
        continue;
      if (tx->start == 0 && tx->end_t == 0)
        continue;
      /* what has not happened yet is no event on this timeline */
      if (s->dct_end != 0 && tx->start >= s->dct_end)
        continue;
      /* "at around 1 a.m. on Sunday (2300 GMT)": the bracket gives the time again, in
       * another zone; the happening is dated by the first reading */
      if (tx->type == SL_TIMEX_TIME && first_tok[t] > 0 && sl_scan_punct (s, first_tok[t] - 1, '(')
          && sl_scan_punct (s, end_tok[t], ')'))
        {
          gboolean again = FALSE;

          /* (a clock time just before, perhaps with its day: "1 a.m. on Sunday (…)") */
          for (guint p = t; p > 0 && p + 2 > t && !again; p--)
            again = s->timexes[p - 1].type == SL_TIMEX_TIME && first_tok[p - 1] != G_MAXUINT32
                    && end_tok[p - 1] + 6 >= first_tok[t];
          if (again)
            continue;
        }
      date_event (s, evs, (gint32) t, first_tok[t], end_tok[t], stated, said_by);
    }

  /* the same happening dated the same way twice in one article is one event: the first
   * mention that is not a statement takes in the later ones (found by a table of value and
   * verb, so that a long article costs what its parts cost) */
  {
    g_autoptr (GHashTable) first = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

    for (guint i = 0; i < evs->len; i++)
      {
        EvCand *b = &g_array_index (evs, EvCand, i);
        char *key;
        gpointer found;

        if (b->label == NULL)
          continue;
        key = g_strdup_printf ("%u\x1f%s", s->timexes[b->timex].value, b->lemma ? b->lemma : "");
        if (g_hash_table_lookup_extended (first, key, NULL, &found))
          {
            ev_absorb (&g_array_index (evs, EvCand, GPOINTER_TO_UINT (found)), b);
            g_free (key);
          }
        else if (b->category != SL_CATEGORY_STATEMENT)
          g_hash_table_insert (first, key, GUINT_TO_POINTER (i));
        else
          g_free (key);
      }
  }

  /* "posted on FIDE's website at 11 a.m. Central European Time (1000 GMT) on Tuesday": one
   * happening dated three ways in its sentence is one event, the first mention's */
  for (guint i = 0; i < evs->len; i++)
    {
      EvCand *a = &g_array_index (evs, EvCand, i);
      const SlTimex *ta = &s->timexes[a->timex];

      if (a->label == NULL || a->category == SL_CATEGORY_STATEMENT)
        continue;
      for (guint j = i + 1; j < evs->len && j < i + 8; j++)
        {
          EvCand *b = &g_array_index (evs, EvCand, j);
          const SlTimex *tb = &s->timexes[b->timex];

          /* (the same verb, or a label that only adds the time to the other's) */
          /* (times of one day overlap whatever the zone: "11 a.m. CET (1000 GMT)") */
          if (b->label == NULL || b->sent_b != a->sent_b
              || ((tb->start >= ta->end_t || ta->start >= tb->end_t)
                  && (ta->start / SL_DAY != tb->start / SL_DAY || ta->end_t - ta->start > SL_DAY
                      || tb->end_t - tb->start > SL_DAY))
              || !((a->lemma != NULL && g_strcmp0 (b->lemma, a->lemma) == 0)
                   || g_str_has_prefix (a->label, b->label) || g_str_has_prefix (b->label, a->label)))
            continue;
          /* (the shorter label, without the time's words) */
          if (strlen (b->label) < strlen (a->label) && g_str_has_prefix (a->label, b->label))
            {
              g_free (a->label);
              a->label = g_steal_pointer (&b->label);
            }
          ev_absorb (a, b);
        }
    }

  for (guint i = 0; i < evs->len; i++)
    {
      EvCand *c = &g_array_index (evs, EvCand, i);
      const SlTimex *tx = &s->timexes[c->timex];
      SlEvent ev = { 0 };

      if (c->label != NULL && *c->label)
        {
          ev.doc = s->doc;
          ev.label = sl_model_add_string (s->model, c->label);
          ev.when = event_day (s, tx->value);
          ev.timex = s->timex_first + (guint32) c->timex;
          ev.mod = tx->mod;
          ev.category = c->category;
          ev.flags = c->contested ? SL_EVENT_CONTESTED : 0;
          ev.start = tx->start;
          ev.end_t = tx->end_t;
          ev.sentence_begin = c->sent_b;
          ev.sentence_end = c->sent_e;
          sl_model_add_event (s->model, &ev, (const guint32 *) (gpointer) c->claims->data,
                              c->claims->len, (const guint32 *) (gpointer) c->actors->data,
                              c->actors->len);
        }
      ev_clear (c);
    }
}
