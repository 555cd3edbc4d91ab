/* sl-attribution.c: who said what, through whom. Finds reporting cues in each sentence, the
 * source phrase that goes with each (subject, "according to", "citing", "by" agent, inverted
 * "said X"), resolves it to a source (sl-attribution-sources.c: gazetteer, titles and names,
 * acronyms defined in the text, descriptions such as "the intelligence agency", pronouns), and
 * the content. Claims nested in another claim's content, or cited by it, reach the article
 * through it (via). */
#include "sl-attribution-private.h"
#include "sl-cue-model.h"

#include <string.h>

#define MAX_NP 18

static gboolean is_citing (const SlDocScan *s, guint i);
static guint32 any_np_source (SlDocScan *s, guint b, guint e);

/* ------------------------------------------------------------------ token helpers */


/* Whether token k is an article or a possessive determiner: "the", "a", "its", "their". */
gboolean
sl_scan_article (const SlDocScan *s, guint k)
{
  static const char *const arts[] = { "a", "an", "the", "its", "his", "her", "their" };

  for (guint a = 0; a < G_N_ELEMENTS (arts); a++)
    if (sl_scan_is (s, k, arts[a]))
      return TRUE;
  return FALSE;
}

/* Whether token k is a noun that ends in -ly like an adverb: "a friend of the family". */
gboolean
sl_scan_ly_noun (const SlDocScan *s, guint k)
{
  static const char *const nouns[] = { "family", "ally", "rally", "assembly", "supply",
                                       "reply", "monopoly", "anomaly", "belly", "bully" };

  return sl_scan_is_one_of (s, k, nouns, G_N_ELEMENTS (nouns));
}

/* Whether token k is a plural amount that stands as a noun: "thousands", "Dozens". */
gboolean
sl_scan_amount_noun (const SlDocScan *s, guint k)
{
  static const char *const amounts[] = { "tens", "hundreds", "thousands", "millions", "dozens",
                                         "scores" };

  for (guint a = 0; a < G_N_ELEMENTS (amounts); a++)
    if (sl_scan_is (s, k, amounts[a]))
      return TRUE;
  return FALSE;
}

gboolean
sl_scan_verbish (const SlDocScan *s, guint i, guint first)
{
  guint32 c = sl_scan_cls (s, i);
  const SlWord *w = sl_scan_word (s, i);

  if (!sl_scan_is_word (s, i) || sl_scan_has (s, i, SL_TOK_CAP | SL_TOK_UPPER | SL_TOK_NUM))
    return FALSE;
  if (c & (SL_W_DET | SL_W_PREP | SL_W_CONJ | SL_W_PRON | SL_W_REL | SL_W_EVNOUN))
    return FALSE;
  /* "the embargoed ship", "of refined oil", "6,700 shipped containers"; but an amount is
   * a noun of its own: "thousands marched" */
  if (i > first && (sl_scan_cls (s, i - 1) & (SL_W_DET | SL_W_PREP | SL_W_QUANT))
      && !sl_scan_amount_noun (s, i - 1))
    return FALSE;
  if (i > first && sl_scan_has (s, i - 1, SL_TOK_NUM | SL_TOK_POSSESSIVE))
    return FALSE;
  /* "of newly filed reports", "Recently released records": an adverb in -ly that opens the
   * phrase makes the participle an adjective of the noun after it */
  if (i > first && sl_scan_ends_with (s, i - 1, "ly") && sl_scan_is_word (s, i - 1)
      && !sl_scan_ly_noun (s, i - 1) && !sl_scan_is (s, i - 1, "only")
      && (i - 1 == first
          || ((sl_scan_cls (s, i - 2) & (SL_W_DET | SL_W_PREP)) && !sl_scan_is (s, i - 2, "those")))
      && i + 1 < s->tokens->len && sl_scan_is_word (s, i + 1) && sl_scan_has (s, i + 1, SL_TOK_LOWER)
      && !(sl_scan_cls (s, i + 1) & (SL_W_PREP | SL_W_CONJ | SL_W_AUX | SL_W_BE | SL_W_MODAL | SL_W_DET
                                     | SL_W_REL | SL_W_PRON | SL_W_ADV | SL_W_SUBORD)))
    return FALSE;
  if (c & SL_W_PAST)
    return TRUE;
  if (w != NULL && (c & (SL_W_TRIGGER | SL_W_CUE)) && w->form != SL_FORM_BASE
      && w->form != SL_FORM_ING)
    return TRUE;
  return sl_scan_ends_with (s, i, "ed");
}

/* ------------------------------------------------------------------ claims */

typedef struct
{
  guint first, end;      /* analysed tokens of the sentence (after a dateline) */
  guint content_end;     /* end without the final full stop */
  guint32 si;
} Sent;

static void try_citing (SlDocScan *s, const Sent *st, guint i, guint obj_e, gint32 parent);

static gboolean coordinator (const SlDocScan *s, guint k);

static gint32
timex_at (const SlDocScan *s, guint i)
{
  return i < s->tokens->len ? s->tok_timex[i] : -1;
}

/* The time that opens the sentence and is set off before k by a comma ("Last week, officials
 * said …", "On Tuesday, the ministry said …"), or -1. */
static gint32
fronted_time (const SlDocScan *s, const Sent *st, guint k)
{
  guint i = st->first;
  gint32 t;

  if (i < k && (sl_scan_cls (s, i) & SL_W_PREP))
    i++;
  if (i >= k || (t = timex_at (s, i)) < 0)
    return -1;
  while (i < k && timex_at (s, i) == t)
    i++;
  return i + 1 == k && sl_scan_punct (s, i, ',') ? t : -1;
}

/* Skips a time phrase ending before k going left ("on April 25", "earlier this month"). */
static guint
skip_time_left (const SlDocScan *s, guint first, guint k, gint32 *timex)
{
  gint32 t;

  if (k <= first || (t = timex_at (s, k - 1)) < 0)
    return k;
  while (k > first && timex_at (s, k - 1) == t)
    k--;
  if (k > first && (sl_scan_cls (s, k - 1) & SL_W_PREP))
    k--;
  *timex = t;
  return k;
}

static guint
skip_time_right (const SlDocScan *s, guint k, guint limit, gint32 *timex)
{
  guint j = k;
  gint32 t;

  /* "as early as the spring", "as recently as March", "early in the year": words that only
   * say how early or late lead the time */
  if (j + 3 < limit && sl_scan_is (s, j, "as") && sl_scan_is (s, j + 2, "as")
      && (sl_scan_is (s, j + 1, "early") || sl_scan_is (s, j + 1, "late")
          || sl_scan_is (s, j + 1, "recently"))
      && timex_at (s, j + 3) >= 0)
    j += 3;
  else if (j + 2 < limit && (sl_scan_is (s, j, "early") || sl_scan_is (s, j, "late"))
           && (sl_scan_cls (s, j + 1) & SL_W_PREP) && timex_at (s, j + 2) >= 0)
    j += 2;
  else if (j < limit && (sl_scan_cls (s, j) & SL_W_PREP) && timex_at (s, j + 1) >= 0)
    j++;
  if (j >= limit || (t = timex_at (s, j)) < 0)
    return k;
  while (j < limit && timex_at (s, j) == t)
    j++;
  /* "declared three days of mourning": a span that heads a noun phrase is no time */
  if (s->timexes[t].type == SL_TIMEX_DURATION && sl_scan_is (s, j, "of"))
    return k;
  *timex = t;
  return j;
}

typedef struct
{
  guint np_b, np_e;      /* the subject mention */
  guint frame_b;         /* where the attribution frame begins */
  gint32 timex;          /* a time in the frame */
  guint cite_b, cite_e;  /* a ", citing …," parenthetical */
  guint who;             /* a "who" standing for the source, G_MAXUINT when none,
                          * G_MAXUINT - 1 when the subject is that of an earlier verb */
  guint who_b;           /* where the relative phrase begins ("many of whom") */
  guint described_e;     /* the end of a relative clause describing the subject ("A student
                          * who failed the exam"), 0 when none */
} Subject;

/* Whether the sentence opens with "According to …" that runs, with no comma inside, up to the
 * comma at c. */
static gboolean
opens_with_according (const SlDocScan *s, const Sent *st, guint c)
{
  if (!sl_scan_is (s, st->first, "according") || !sl_scan_is (s, st->first + 1, "to"))
    return FALSE;
  for (guint k = st->first + 2; k < c; k++)
    if (sl_scan_punct (s, k, ','))
      return FALSE;
  return sl_scan_punct (s, c, ',');
}

/* Whether the capitalised words ending at token n follow a lowercase preposition ("cut west
 * of Tongatapu"): a place the clause before mentions, which no title after it describes. */
static gboolean
name_after_preposition (const SlDocScan *s, const Sent *st, guint n)
{
  guint b = n;

  while (b > st->first && n - b < 6 && sl_scan_is_capword (s, b - 1))
    b--;
  return b > st->first && sl_scan_has (s, b - 1, SL_TOK_LOWER) && (sl_scan_cls (s, b - 1) & SL_W_PREP);
}

static gboolean find_subject_at (const SlDocScan *s, const Sent *st, guint i, Subject *sub,
                                 guint depth);

/* A quantifier floated after its subject: "the officials all said", "Reed and Kane both". */
static gboolean
floated_quantifier (const SlDocScan *s, guint k)
{
  return (sl_scan_is (s, k, "all") || sl_scan_is (s, k, "both")) && k > 0
         && (sl_scan_is_capword (s, k - 1) || (sl_scan_cls (s, k - 1) & (SL_W_PRON | SL_W_PLURAL))
             || sl_scan_punct (s, k - 1, ')')
             || (sl_scan_has (s, k - 1, SL_TOK_LOWER) && sl_scan_ends_with (s, k - 1, "s")));
}

/* Whether the token at k can only begin a clause or a noun phrase of its own, so that a
 * word ending in -s just before it is a verb: "A spokeswoman for Clinton says the …",
 * "… says there was …", "… says neither …", "… says he …". A plural noun in object position
 * is followed by punctuation, a preposition or "as" instead. */
static gboolean
opens_clause (const SlDocScan *s, guint k)
{
  return (sl_scan_cls (s, k) & (SL_W_DET | SL_W_PRON | SL_W_QUANT)) || sl_scan_is (s, k, "there")
         || sl_scan_is (s, k, "neither") || sl_scan_has (s, k, SL_TOK_QUOTE);
}

/* Whether the quantifier at k stands alone as the subject of the cue w after it (which ends
 * at `after`), at the head of a clause: "Some believe …", "…, but some note that …",
 * "Another said he …". Before an "-s" or "-ed" form that no clause follows it is a
 * determiner ("some claims were", "some alleged abuses"). */
static gboolean
quantifier_subject (const SlDocScan *s, const Sent *st, guint k, const SlWord *w, guint after)
{
  if (!(sl_scan_cls (s, k) & SL_W_QUANT)
      || !(k == st->first || sl_scan_punct (s, k - 1, ',') || sl_scan_punct (s, k - 1, ';')
           || (sl_scan_cls (s, k - 1) & SL_W_CONJ)
           || sl_scan_is (s, k - 1, "yet")))
    return FALSE;
  /* "Another said he …", "Some said, “…”": a clause after the form says it is the verb */
  return w->form == SL_FORM_BASE || opens_clause (s, after) || sl_scan_is (s, after, "that")
         || sl_scan_punct (s, after, ',') || sl_scan_punct (s, after, ':');
}

gboolean
sl_scan_is_adverb (const SlDocScan *s, guint k)
{
  /* a clitic "n't" carries no case of its own */
  return (sl_scan_has (s, k, SL_TOK_LOWER) || (sl_scan_cls (s, k) & SL_W_NEG))
         && (((sl_scan_cls (s, k) & (SL_W_ADV | SL_W_NEG | SL_W_AUX)) && !(sl_scan_cls (s, k) & SL_W_BE))
             || (sl_scan_ends_with (s, k, "ly") && !(sl_scan_cls (s, k) & (SL_W_CUE | SL_W_UNNAMED)) && !sl_scan_ly_noun (s, k))
             || floated_quantifier (s, k)
             /* "has since said", "had long argued" */
             || ((sl_scan_is (s, k, "since") || sl_scan_is (s, k, "long"))
                 && k > 0 && (sl_scan_cls (s, k - 1) & SL_W_AUX))
             /* "Moldova, which applied in 2022, last ordered a cut": when it last did */
             || (sl_scan_is (s, k, "last") && k > 0 && k + 1 < s->tokens->len
                 && (sl_scan_punct (s, k - 1, ',') || sl_scan_is_capword (s, k - 1)
                     || (sl_scan_cls (s, k - 1) & SL_W_PRON))
                 && sl_scan_has (s, k + 1, SL_TOK_LOWER) && sl_scan_ends_with (s, k + 1, "ed")));
}

/* The subject of the first verb of the sentence before token `before`: [*b, *e). */
static gboolean
clause_subject (const SlDocScan *s, const Sent *st, guint before, guint *b, guint *e,
                guint depth)
{
  Subject sub;

  if (depth > 2)
    return FALSE;
  for (guint v = st->first + 1; v < before; v++)
    {
      if (!sl_scan_verbish (s, v, st->first) && !(sl_scan_cls (s, v) & SL_W_CUE)
          && !((sl_scan_cls (s, v) & SL_W_AUX) && !(sl_scan_cls (s, v) & SL_W_MODAL)))
        continue;
      /* ("A group calling itself Maré Negra posted …": the name it goes by is no verb) */
      if (sl_scan_goes_by (s, v + 1))
        continue;
      if (!find_subject_at (s, st, v, &sub, depth + 1))
        return FALSE;
      *b = sub.np_b;
      *e = sub.np_e;
      return TRUE;
    }
  return FALSE;
}

/* Whether the reporting participle at k modifies the noun before it and the clause's own
 * reporting verb follows: "The report published Tuesday showed that …". */
static gboolean
reduced_relative (const SlDocScan *s, const Sent *st, guint k)
{
  const SlWord *w = sl_scan_word (s, k);
  gint32 t = -1;
  guint j;

  if (w == NULL || w->form != SL_FORM_ED || k <= st->first || !sl_scan_np_token (s, k - 1)
      || (sl_scan_cls (s, k - 1) & (SL_W_PRON | SL_W_AUX)))
    return FALSE;
  /* "Voters questioned by the Times said …": an agent instead of a time; the first word of
   * the sentence may be such a noun too. A document's publisher ("images published by RUSI
   * show") reports through it. */
  if (sl_scan_is (s, k + 1, "by") && !(sl_scan_cls (s, k - 1) & SL_W_DOCNOUN)
      && (sl_scan_has (s, k - 1, SL_TOK_LOWER)
          || (k - 1 == st->first && (sl_scan_cls (s, k - 1) & (SL_W_UNNAMED | SL_W_PLURAL))))
      && sl_scan_np_right (s, k + 2, st->content_end, &j) && j < st->content_end)
    {
      w = sl_scan_word (s, j);
      return w != NULL && (sl_scan_cls (s, j) & SL_W_CUE)
             && (w->form == SL_FORM_ED || w->form == SL_FORM_S || w->form == SL_FORM_BASE);
    }
  if (!sl_scan_has (s, k - 1, SL_TOK_LOWER))
    return FALSE;
  j = skip_time_right (s, k + 1, st->content_end, &t);
  if (j == k + 1)
    return FALSE;
  w = j < st->content_end ? sl_scan_word (s, j) : NULL;
  return w != NULL && (sl_scan_cls (s, j) & SL_W_CUE)
         && (w->form == SL_FORM_ED || w->form == SL_FORM_S);
}

/* Whether the mark at j is the apostrophe of a plural possessive ("Sanders’ campaign"). */
gboolean
sl_scan_plural_possessive (const SlDocScan *s, guint j)
{
  const SlToken *t = sl_scan_tok (s, j);

  return j > 0 && sl_scan_has (s, j, SL_TOK_CLOSE) && sl_scan_tok (s, j - 1)->end == t->begin
         && (s->text[t->begin - 1] | 0x20) == 's' && t->end < s->len
         && g_ascii_isspace (s->text[t->end]);
}

/* Whether token k is a verb of starting, going on or stopping that a gerund may follow
 * ("began listing", "kept saying", "stopped confirming"). */
static gboolean
going_on_verb (const SlDocScan *s, guint k)
{
  static const char *const verbs[] = { "begin", "begins", "began", "begun", "beginning",
                                       "start", "starts", "started", "starting", "keep",
                                       "keeps", "kept", "continue", "continues", "continued",
                                       "resume", "resumes", "resumed", "stop", "stops",
                                       "stopped", "quit", "ceased" };

  return sl_scan_is_one_of (s, k, verbs, G_N_ELEMENTS (verbs));
}

/* Where an aspectual verb chain ending at k ("went on to", "has continued to", "is
 * continuing to", "proceeded to") begins, or k when none ends there: the cue after it is
 * still its subject's act ("Caddell went on to say"). */
static const char *const aspect_go[] = { "go", "goes", "went", "going", "gone" };
static const char *const aspect_keep[] = { "continue", "continues", "continued", "continuing",
                                           "proceed", "proceeds", "proceeded", "proceeding" };

/* Whether token k begins "went on to", "continued to": the verb after it is the act. */
static gboolean
aspect_head (const SlDocScan *s, guint k)
{
  /* both forms need "on" or "to" next: asked of nearly every token, most stop here */
  if (!sl_scan_is (s, k + 1, "on") && !sl_scan_is (s, k + 1, "to"))
    return FALSE;
  if (sl_scan_is_one_of (s, k, aspect_go, G_N_ELEMENTS (aspect_go)))
    return sl_scan_is (s, k + 1, "on") && sl_scan_is (s, k + 2, "to");
  return sl_scan_is_one_of (s, k, aspect_keep, G_N_ELEMENTS (aspect_keep)) && sl_scan_is (s, k + 1, "to");
}

static guint
skip_aspect_chain (const SlDocScan *s, const Sent *st, guint k)
{
  guint j;

  /* "The minister kept saying that …", "the mayor began telling reporters …" */
  if (k >= st->first + 2 && sl_scan_has (s, k - 1, SL_TOK_LOWER) && sl_scan_ends_with (s, k, "ing")
      && going_on_verb (s, k - 1))
    j = k - 1;
  else
    {
      if (k < st->first + 3 || !sl_scan_is (s, k - 1, "to"))
        return k;
      j = k - 1;
      while (j > st->first && sl_scan_is_adverb (s, j - 1))
        j--;
      if (j > st->first + 1 && aspect_head (s, j - 2))
        j -= 2;
      else if (j > st->first && aspect_head (s, j - 1))
        j--;
      else
        return k;
    }
  /* "has continued to", "will go on to", "is continuing to", "kept saying" */
  while (j > st->first
         && (sl_scan_is_adverb (s, j - 1) || (sl_scan_cls (s, j - 1) & (SL_W_AUX | SL_W_BE | SL_W_MODAL))))
    j--;
  return j;
}

/* Where a body's name that lists its fields ends at k begins ("Norway's Ministry of Trade,
 * Industry and Fisheries", "the Department of Agriculture, Water and the Environment", "the
 * Ministry of the Environment, Energy and Climate"), or
 * G_MAXUINT: its commas are not asides. */
static guint
listed_body_start (const SlDocScan *s, const Sent *st, guint k)
{
  guint j = k;
  gboolean and = FALSE, comma = FALSE;

  /* ("… Commission (BGLC) said": from before the acronym) */
  if (j >= st->first + 4 && sl_scan_acronym_before (s, j))
    j -= 3;
  k = j;
  while (j > st->first + 1)
    {
      if (sl_scan_is_capword (s, j - 1) && !(sl_scan_cls (s, j - 1) & (SL_W_PREP | SL_W_DET)))
        j--;
      else if ((sl_scan_is (s, j - 1, "and") || sl_scan_is (s, j - 1, "the")) && !comma
               && (sl_scan_is_capword (s, j) || sl_scan_is (s, j, "the")))
        {
          and = and || sl_scan_is (s, j - 1, "and");
          j--;
        }
      else if (sl_scan_punct (s, j - 1, ',') && and && sl_scan_is_capword (s, j) && sl_scan_is_capword (s, j - 2))
        {
          comma = TRUE;
          j--;
        }
      else
        break;
    }
  /* "The Betting, Gaming and Lotteries Commission": the list opens the body's name, whose
   * own word closes it */
  if (comma && k > j + 1 && (sl_scan_cls (s, k - 1) & SL_W_ORGHEAD) && sl_scan_is_capword (s, k - 1)
      && (j == st->first || sl_scan_is (s, j - 1, "the") || sl_scan_is (s, j, "the")))
    return sl_scan_is (s, j, "the") ? j + 1 : j;
  /* ("the Ministry of the Environment, Energy and Climate") */
  if (comma && j >= st->first + 3 && sl_scan_is (s, j - 1, "the")
      && (sl_scan_is (s, j - 2, "of") || sl_scan_is (s, j - 2, "for")))
    j--;
  if (!comma || j < st->first + 2 || !(sl_scan_is (s, j - 1, "of") || sl_scan_is (s, j - 1, "for"))
      || !sl_scan_is_capword (s, j - 2) || !(sl_scan_cls (s, j - 2) & SL_W_ORGHEAD))
    return G_MAXUINT;
  /* (from the body's own words: "Norway's" says whose it is) */
  j -= 2;
  while (j > st->first && sl_scan_is_capword (s, j - 1) && !sl_scan_has (s, j - 1, SL_TOK_POSSESSIVE)
         && !(j >= st->first + 2 && sl_scan_has (s, j - 2, SL_TOK_POSSESSIVE))
         && !(sl_scan_cls (s, j - 1) & (SL_W_PREP | SL_W_DET)))
    j--;
  return j;
}

/* "an official at the Ministry of Trade, Industry and Fisheries": the one at the listed body
 * whose name begins at lb, when a noun for a person or an unnamed source comes before it; lb
 * otherwise. */
static guint
listed_body_person (const SlDocScan *s, const Sent *st, guint lb)
{
  guint b;

  if (lb < st->first + 3 || !sl_scan_is (s, lb - 1, "the")
      || !(sl_scan_is (s, lb - 2, "at") || sl_scan_is (s, lb - 2, "of") || sl_scan_is (s, lb - 2, "from"))
      || !sl_scan_has (s, lb - 3, SL_TOK_LOWER) || !(sl_scan_cls (s, lb - 3) & (SL_W_UNNAMED | SL_W_TITLE)))
    return lb;
  b = lb - 3;
  /* ("a senior official at …") */
  if (b > st->first + 1 && sl_scan_has (s, b - 1, SL_TOK_LOWER) && !sl_scan_verbish (s, b - 1, st->first)
      && !(sl_scan_cls (s, b - 1) & (SL_W_PREP | SL_W_DET | SL_W_CUE | SL_W_AUX | SL_W_PRON))
      && (sl_scan_cls (s, b - 2) & SL_W_DET))
    b--;
  if (b > st->first && (sl_scan_cls (s, b - 1) & SL_W_DET))
    b--;
  return b;
}

/* Whether the words just before token b close a relative clause on a noun ("The contractor
 * that maintains the plant"), with no comma between. */
static gboolean
relative_clause_before (const SlDocScan *s, const Sent *st, guint b)
{
  for (guint j = b; j > st->first + 1 && b - j < 10; j--)
    {
      if (sl_scan_punct (s, j - 1, ','))
        return FALSE;
      if ((sl_scan_is (s, j - 1, "that") || sl_scan_is (s, j - 1, "which") || sl_scan_is (s, j - 1, "who"))
          && sl_scan_has (s, j - 2, SL_TOK_LOWER) && sl_scan_np_token (s, j - 2)
          && sl_scan_has (s, j, SL_TOK_LOWER)
          && (sl_scan_verbish (s, j, st->first) || sl_scan_ends_with (s, j, "s"))
          && !(sl_scan_cls (s, j) & (SL_W_DET | SL_W_PREP | SL_W_PRON | SL_W_QUANT)))
        return TRUE;
    }
  return FALSE;
}

/* Finds the subject of the cue at i: skips adverbs, times, comma parentheticals (appositives,
 * relative clauses, ", citing …,") and reduced relatives ("a poll released in August"). */
static gboolean
find_subject_at (const SlDocScan *s, const Sent *st, guint i, Subject *sub, guint depth)
{
  guint k = i, appos_e;
  guint parentheticals = 0;

  sub->timex = -1;
  sub->cite_b = sub->cite_e = 0;
  sub->who = G_MAXUINT;
  sub->described_e = 0;
  for (;;)
    {
      guint before = k;
      while (k > st->first && sl_scan_is_adverb (s, k - 1))
        k--;
      k = skip_aspect_chain (s, st, k);
      /* "He's claiming": the clitic is "is" */
      if (k > st->first + 1 && sl_scan_has (s, k - 1, SL_TOK_POSSESSIVE)
          && (sl_scan_cls (s, k - 2) & SL_W_PRON))
        k--;
      {
        guint untimed = k;

        k = skip_time_left (s, st->first, k, &sub->timex);
        /* "A survey by Morabeza Research published on October 27 had estimated": a
         * publishing participle and its time describe the document before them */
        if (k < untimed && k > st->first + 2 && sl_scan_has (s, k - 1, SL_TOK_LOWER)
            && (sl_scan_cls (s, k - 1) & SL_W_CUE) && sl_scan_word (s, k - 1)->form == SL_FORM_ED
            && sl_scan_np_token (s, k - 2) && !(sl_scan_cls (s, k - 2) & (SL_W_PRON | SL_W_AUX)))
          k--;
      }
      /* "Norway's Ministry of Trade, Industry and Fisheries rejected": one name */
      {
        guint lb = listed_body_start (s, st, k);

        if (lb != G_MAXUINT)
          {
            lb = listed_body_person (s, st, lb);
            sub->np_b = lb;
            sub->np_e = k;
            sub->frame_b = lb;
            return TRUE;
          }
      }
      /* "Economists polled by Reuters forecast", "voters interviewed by the Times said": the
       * agent says who asked them; they speak ("photos released by X showed": a document's
       * publisher speaks through it) */
      if (k > st->first + 3)
        {
          guint ab, pv;

          if (sl_scan_subject_np (s, st->first, k, &ab) && ab > st->first + 2 && ab < k
              && sl_scan_is (s, ab - 1, "by"))
            {
              gint32 tx = -1;

              /* ("images published on Monday by the Institute …": a time between) */
              pv = skip_time_left (s, st->first, ab - 1, &tx) - 1;
              if (pv > st->first && sl_scan_has (s, pv, SL_TOK_LOWER)
                  && sl_scan_verbish (s, pv, st->first) && sl_scan_ends_with (s, pv, "ed")
                  && sl_scan_np_token (s, pv - 1)
                  && !(sl_scan_cls (s, pv - 1) & (SL_W_DET | SL_W_PREP | SL_W_AUX | SL_W_DOCNOUN)))
                k = pv;
            }
        }
      /* "a Quinnipiac poll released in late August found", "the report published Tuesday
       * showed" */
      if (k > st->first + 1 && k < i && sl_scan_verbish (s, k - 1, st->first)
          && (!(sl_scan_cls (s, k - 1) & SL_W_CUE) || reduced_relative (s, st, k - 1))
          && sl_scan_np_token (s, k - 2))
        k--;
      /* "Sen. Jack Reed (D-R.I.), said": a comma after a name's bracket closes nothing */
      if (k > st->first + 4 && k == before && sl_scan_punct (s, k - 1, ',') && sl_scan_punct (s, k - 2, ')'))
        {
          guint o = k - 2;

          while (o > st->first && k - o < 10 && !sl_scan_punct (s, o - 1, '('))
            o--;
          if (o > st->first + 1 && sl_scan_punct (s, o - 1, '(') && sl_scan_is_capword (s, o - 2))
            {
              guint c = o - 2;

              /* (and no aside opened before the name: "X, a senator (D-R.I.), said") */
              while (c > st->first && (sl_scan_is_capword (s, c - 1) || sl_scan_abbrev_dot (s, c - 1)))
                c--;
              if (c == st->first || !sl_scan_punct (s, c - 1, ','))
                k--;
            }
        }
      /* "Mr. Manafort, citing “the unique magic of Trump,” said": an aside that ends in a
       * quotation closes with the mark after its comma */
      if (k > st->first + 4 && k == before && sl_scan_has (s, k - 1, SL_TOK_QUOTE) && sl_scan_has (s, k - 1, SL_TOK_CLOSE)
          && sl_scan_punct (s, k - 2, ','))
        {
          guint o = k - 2;

          while (o > st->first && k - o < 24 && !(sl_scan_has (s, o - 1, SL_TOK_QUOTE) && !sl_scan_has (s, o - 1, SL_TOK_CLOSE)))
            o--;
          if (o > st->first + 1 && sl_scan_has (s, o - 1, SL_TOK_QUOTE))
            for (guint m = o - 1; m > st->first + 1 && o - m < 16; m--)
              if (sl_scan_punct (s, m - 1, ','))
                {
                  k--;
                  break;
                }
        }
      /* "Marley Anderson, 21, a junior from Las Vegas, said": after one parenthetical, the
       * comma that opened it may close another, an age or a noun phrase */
      if (k > st->first + 2
          && (sl_scan_punct (s, k - 1, ',') || (parentheticals > 0 && sl_scan_punct (s, k, ','))))
        {
          gboolean chained = !sl_scan_punct (s, k - 1, ',');
          gboolean only_rel = FALSE;
          guint close = chained ? k : k - 1;
          guint m = close;
          while (m > st->first && !sl_scan_punct (s, m - 1, ',') && close - m < 29)
            m--;
          /* (a comma inside a date, ", which issued a warning on Monday, July 13,", is no edge
           * of the aside when another comma opens it) */
          if (m >= st->first + 2 && timex_at (s, m - 2) >= 0 && timex_at (s, m - 2) == timex_at (s, m))
            {
              guint m2 = m - 1;

              while (m2 > st->first && !sl_scan_punct (s, m2 - 1, ',') && close - m2 < 29)
                m2--;
              if (m2 > st->first + 1 && sl_scan_punct (s, m2 - 1, ','))
                m = m2;
            }
          /* only after a name: "his aide, Tad Devine, said" is one phrase and its name (not
           * the name that closes a fronted "According to the agency X, a prosecutor, Y,
           * said": the agency is whom it came through) */
          if (chained && m < close && m > st->first + 1 && sl_scan_is_capword (s, m - 2)
              && !opens_with_according (s, st, m - 1) && !name_after_preposition (s, st, m - 2)
              && s->tok_timex[m - 2] < 0 /* "… in May, the club's lawyer, X, told" */
              && ((sl_scan_cls (s, m) & (SL_W_DET | SL_W_QUANT))
                  || (sl_scan_has (s, m, SL_TOK_NUM) && m + 1 == close)
                  /* "Riikka Salmela, chief negotiator at the union (TPU), which …," */
                  || (sl_scan_has (s, m, SL_TOK_LOWER) && (sl_scan_cls (s, m) & SL_W_TITLE))))
            k = close + 1;
          /* "Halvorsen, based in Aarhus, Denmark, said": a place's country set off after
           * it was taken for an aside; the clause before it is one too */
          else if (chained && m < close && m > st->first + 1 && sl_scan_has (s, m, SL_TOK_LOWER)
                   && (sl_scan_ends_with (s, m, "ed") || sl_scan_is (s, m, "which")
                       || sl_scan_is (s, m, "who"))
                   && sl_scan_place_after (s, close))
            {
              k = close + 1;
              only_rel = TRUE;
            }
          else if (chained)
            m = st->first;
          if (m > st->first && sl_scan_punct (s, m - 1, ','))
            {
              gboolean cite = sl_scan_is (s, m, "citing") || sl_scan_is (s, m, "quoting");
              guint cite_at = m;

              /* ", which cited data from SeaTrace," is a citing phrase too */
              if (!cite && (sl_scan_is (s, m, "which") || sl_scan_is (s, m, "who"))
                  && (sl_scan_is (s, m + 1, "cited") || sl_scan_is (s, m + 1, "quoted")))
                {
                  cite = TRUE;
                  cite_at = m + 1;
                }
              /* a participle's aside: ", hoping to surge in New Hampshire,", ", wearing a
               * cowboy hat," */
              /* an adverbial aside: ", after the scandal broke in March," */
              gboolean rel = sl_scan_is (s, m, "who") || sl_scan_is (s, m, "which")
                             || sl_scan_is (s, m, "whose")
                             || ((sl_scan_cls (s, m) & (SL_W_SUBORD | SL_W_PREP))
                                 && sl_scan_has (s, m, SL_TOK_LOWER) && !sl_scan_is (s, m, "of")
                                 && !sl_scan_is (s, m, "to") && k - 1 - m <= 20)
                             || (sl_scan_has (s, m, SL_TOK_LOWER) && sl_scan_ends_with (s, m, "ing")
                                 && !(sl_scan_cls (s, m) & (SL_W_PREP | SL_W_DOCNOUN))
                                 && !sl_scan_is (s, m, "saying") && k - 1 - m <= 16)
                             /* ", led by retired judge Marc Verhaeghe," */
                             || (sl_scan_has (s, m, SL_TOK_LOWER) && sl_scan_is (s, m + 1, "by")
                                 && (sl_scan_ends_with (s, m, "ed") || (sl_scan_cls (s, m) & SL_W_PAST)
                                     || sl_scan_is (s, m, "led"))
                                 && k - 1 - m <= 16)
                             /* ", published in October," */
                             || (sl_scan_has (s, m, SL_TOK_LOWER) && sl_scan_ends_with (s, m, "ed")
                                 && ((sl_scan_cls (s, m + 1) & SL_W_PREP) || timex_at (s, m + 1) >= 0)
                                 && k - 1 - m <= 8);
              gboolean appos = k - 1 - m <= 24;
              /* ", a senior fellow at X and a former ambassador,", ", 82,", ", however,":
               * no verb inside, unless it is a relative clause or starts as a noun phrase
               * (", a nominal Republican who voted for JFK,") */
              gboolean np_start = (sl_scan_cls (s, m) & (SL_W_DET | SL_W_QUANT))
                                  || sl_scan_has (s, m, SL_TOK_NUM);
              for (guint j = m; j < k - 1 && appos && !rel && !np_start; j++)
                appos = !sl_scan_verbish (s, j, m) && !(sl_scan_cls (s, j) & (SL_W_CUE | SL_W_AUX))
                        && (!sl_scan_has (s, j, SL_TOK_QUOTE) || sl_scan_plural_possessive (s, j));
              /* a noun that is also a cue ("a talk show host") is fine, and so is the verb
               * of a relative clause inside (", a former governor who argued with …,") */
              for (guint j = m, relative = FALSE; j < k - 1 && appos && np_start; j++)
                {
                  const SlWord *wj = sl_scan_word (s, j);

                  /* (", an independent group in Osh that tracks clashes from villagers'
                   * reports,") */
                  relative |= sl_scan_is (s, j, "who") || sl_scan_is (s, j, "which")
                              || (sl_scan_is (s, j, "that") && j > m && sl_scan_np_token (s, j - 1));
                  appos = !((sl_scan_cls (s, j) & SL_W_CUE) && !relative && wj != NULL
                            && (wj->form == SL_FORM_ED || wj->form == SL_FORM_S))
                          && (!sl_scan_has (s, j, SL_TOK_QUOTE) || sl_scan_plural_possessive (s, j));
                }
              if (only_rel)
                cite = appos = FALSE;
              if ((cite || rel || appos) && ++parentheticals <= 4)
                {
                  if (cite)
                    {
                      sub->cite_b = cite_at;
                      sub->cite_e = k - 1;
                    }
                  k = m - 1;
                  continue;
                }
            }
        }
      /* "Murphy — after a knock on wood — told me", "Gingrich - mentioned as a choice -
       * told Fox": a parenthetical between dashes, with no quotation inside */
      if (k == before && k > st->first + 2 && sl_scan_is_dash (s, k - 1))
        {
          guint m = k - 1;
          gboolean quote = FALSE;

          while (m > st->first && !sl_scan_is_dash (s, m - 1) && k - m < 30)
            quote |= sl_scan_has (s, --m, SL_TOK_QUOTE) && !sl_scan_plural_possessive (s, m);
          if (m > st->first + 1 && sl_scan_is_dash (s, m - 1) && m < k - 1 && !quote
              && ++parentheticals <= 4)
            {
              k = m - 1;
              continue;
            }
        }
      if (k == before)
        break;
    }
  /* "Smith, who said", "the group which said"; "families, many of whom say" */
  if (k > st->first + 1 && (sl_scan_is (s, k - 1, "who") || sl_scan_is (s, k - 1, "which")))
    {
      guint e = sl_scan_punct (s, k - 2, ',') ? k - 2 : k - 1;
      sub->who = k - 1;
      sub->who_b = k - 1;
      if (!sl_scan_subject_np (s, st->first, e, &sub->np_b))
        return FALSE;
      sub->np_e = e;
      sub->frame_b = sub->np_b;
      return TRUE;
    }
  if (k > st->first + 3 && (sl_scan_is (s, k - 1, "whom") || sl_scan_is (s, k - 1, "which"))
      && sl_scan_is (s, k - 2, "of")
      && ((sl_scan_cls (s, k - 3) & SL_W_QUANT) || sl_scan_has (s, k - 3, SL_TOK_NUM)
          || sl_scan_is (s, k - 3, "one") || sl_scan_is (s, k - 3, "none"))
      && sl_scan_punct (s, k - 4, ','))
    {
      sub->who = k - 1;
      sub->who_b = k - 3;
      if (!sl_scan_subject_np (s, st->first, k - 4, &sub->np_b))
        return FALSE;
      sub->np_e = k - 4;
      sub->frame_b = sub->np_b;
      return TRUE;
    }
  /* "… and said", "… but added": the subject of the clause before */
  if (k > st->first && (sl_scan_is (s, k - 1, "and") || sl_scan_is (s, k - 1, "but")))
    {
      sub->who = G_MAXUINT - 1;
      if (!clause_subject (s, st, k - 1, &sub->np_b, &sub->np_e, depth))
        return FALSE;
      sub->frame_b = sub->np_b;
      return TRUE;
    }
  if (!sl_scan_subject_np (s, st->first, k, &sub->np_b))
    return FALSE;
  sub->np_e = k;
  sub->frame_b = sub->np_b;
  /* "An audit of a hospital in Tampere has found": a place after "in" closes a record's
   * phrase, which is the subject; the place speaks no words */
  if (sub->np_b > st->first + 2 && (sl_scan_is (s, sub->np_b - 1, "in") || sl_scan_is (s, sub->np_b - 1, "at"))
      && sl_scan_is_capword (s, sub->np_b) && sl_scan_has (s, sub->np_b - 2, SL_TOK_LOWER)
      && sl_scan_np_token (s, sub->np_b - 2))
    {
      guint nb = sl_scan_np_left (s, st->first, sub->np_b - 1);
      gboolean record = FALSE;

      while (nb > st->first && (sl_scan_is (s, nb - 1, "of") || (sl_scan_cls (s, nb - 1) & SL_W_DET)
                                || ((sl_scan_cls (s, nb - 1) & SL_W_DOCNOUN) && sl_scan_has (s, nb - 1, SL_TOK_LOWER))))
        nb--;
      for (guint j = nb; j < sub->np_b - 1 && !record; j++)
        record = (sl_scan_cls (s, j) & SL_W_DOCNOUN) && sl_scan_has (s, j, SL_TOK_LOWER);
      if (record && (nb == st->first || sl_scan_punct (s, nb - 1, ',')))
        {
          sub->np_b = nb;
          sub->frame_b = nb;
        }
    }
  /* "The group's chief executive, Tom Hadley, said": the name after the title is who;
   * "Valley Foods' parent company, the Dunedin-based Otago Holdings, said" */
  appos_e = k > sub->np_b && sl_scan_punct (s, k, ',') ? sl_scan_appositive_name (s, k, i) : G_MAXUINT;
  if (k > sub->np_b && sl_scan_punct (s, k, ',')
      && (sl_scan_title_before (s, k) || sl_scan_office_phrase (s, sub->np_b, k)))
    {
      if (appos_e != G_MAXUINT)
        sub->np_e = appos_e;
    }
  /* "The cooperative that holds that concession, San Cayetano, denied", "The contractor
   * that maintains the plant, Meditech Gas Services, denied": the name after a noun and its
   * relative clause names that noun */
  else if (k > sub->np_b && sl_scan_punct (s, k, ',') && sl_scan_has (s, k - 1, SL_TOK_LOWER)
           && appos_e != G_MAXUINT && relative_clause_before (s, st, sub->np_b))
    {
      sub->np_b = sl_scan_appositive_name_start (s, k, appos_e);
      sub->np_e = appos_e;
      sub->frame_b = MIN (sub->frame_b, sub->np_b);
    }
  /* "One of the island's two lightkeepers, Gordon MacKay, told": a person's plain name
   * after any common noun */
  else if (appos_e != G_MAXUINT && sl_scan_noun_then_name (s, k, appos_e))
    sub->np_e = appos_e;
  /* "Two officials who spoke on condition of anonymity said": the phrase before the verb
   * ends a relative clause; who speaks is the head the clause describes */
  for (guint j = sub->np_b; j > st->first + 1 && sub->np_b - j < 12; j--)
    {
      guint w = j - 1, nb;

      if (sl_scan_punct (s, w, ',') || (sl_scan_tok (s, w)->flags & SL_TOK_QUOTE)
          || ((sl_scan_cls (s, w) & SL_W_CUE) && !sl_scan_is (s, w - 1, "who")))
        break;
      /* "People who live near the dam said": any lower-case word after "who" but a
       * pronoun or an article is the clause's verb */
      /* ("The Singapore importer that bought most of the wine said": "that" and "which"
       * after a noun open the same clause) */
      /* ("A woman whose father was flown to Auckland after a suspected stroke told": the
       * noun "whose" follows is the clause's subject) */
      gboolean whose = sl_scan_is (s, w, "whose") && !sl_scan_punct (s, w - 1, ',')
                       && sl_scan_has (s, w + 1, SL_TOK_LOWER) && sl_scan_np_token (s, w + 1)
                       && w + 1 <= sub->np_b;

      if (!whose
          && (!(sl_scan_is (s, w, "who")
            || ((sl_scan_is (s, w, "that") || sl_scan_is (s, w, "which"))
                && sl_scan_has (s, w - 1, SL_TOK_LOWER) && sl_scan_np_token (s, w - 1)
                && !(sl_scan_cls (s, w - 1) & (SL_W_CUE | SL_W_DET | SL_W_QUANT))
                && !sl_scan_verbish (s, w - 1, st->first)))
          || sl_scan_punct (s, w - 1, ',')
          || !(sl_scan_verbish (s, w + 1, w + 1)
               || (sl_scan_has (s, w + 1, SL_TOK_LOWER) && sl_scan_is_word (s, w + 1)
                   && !(sl_scan_cls (s, w + 1) & (SL_W_DET | SL_W_PRON | SL_W_PREP))))))
        continue;
      /* "A witness who officials said saw the attack": the word after "who" already starts
       * the verb's own subject; the officials speak */
      if (!whose
          && (w + 1 == sub->np_b
              || (sl_scan_cls (s, w + 1) & (SL_W_UNNAMED | SL_W_TITLE | SL_W_ORGHEAD))))
        break;
      if (sl_scan_subject_np (s, st->first, w, &nb) && nb < w)
        {
          /* ("An official at the Ministry of Higher Education, Science and Innovation who
           * asked not to be named told": the comma is the name's) */
          if (nb > st->first + 2 && sl_scan_punct (s, nb - 1, ','))
            {
              guint lb = listed_body_start (s, st, w);

              if (lb != G_MAXUINT && lb < nb)
                nb = listed_body_person (s, st, lb);
            }
          sub->described_e = sub->np_e;
          sub->np_b = nb;
          sub->np_e = w;
          sub->frame_b = nb;
        }
      break;
    }
  /* "In early April, the Pentagon said": a fronted time belongs to the frame */
  if (sub->timex < 0 && sub->np_b > st->first + 1 && sl_scan_punct (s, sub->np_b - 1, ',')
      && (sl_scan_cls (s, st->first) & SL_W_PREP))
    {
      gboolean one_phrase = TRUE;
      /* only when the time phrase is all that comes before: not "At …, Russia vetoed …,
       * Reuters reported" */
      for (guint j = st->first; j + 1 < sub->np_b && one_phrase; j++)
        one_phrase = !sl_scan_punct (s, j, ',') && !sl_scan_verbish (s, j, st->first);
      for (guint j = st->first; one_phrase && j + 1 < sub->np_b; j++)
        {
          if (timex_at (s, j) >= 0)
            {
              sub->timex = timex_at (s, j);
              sub->frame_b = st->first;
              break;
            }
          if (sl_scan_punct (s, j, ',') || sl_scan_verbish (s, j, st->first))
            break;
        }
    }
  return TRUE;
}

static gboolean
find_subject (const SlDocScan *s, const Sent *st, guint i, Subject *sub)
{
  return find_subject_at (s, st, i, sub, 0);
}

static void note_hearer_outlet (SlDocScan *s, const SlCand *c);
static gboolean asks_to (const SlDocScan *s, guint k, guint end, gboolean for_too);

/* Whether what follows a "rejected" or "dismissed" at after is an offer or a request turned
 * down: "the union rejected its final wage offer", "the court dismissed the appeal", "rejected
 * the company's request to hear two more witnesses"; but "rejected the plan as unworkable"
 * says what the plan is. */
static gboolean
turned_down (const SlDocScan *s, guint after, guint end)
{
  static const char *const offers[] = { "offer", "offers", "proposal", "proposals", "bid", "bids",
                                        "deal", "plan", "application", "request", "requests",
                                        "motion", "bill", "amendment", "nomination", "budget",
                                        "contract", "appeal", "appeals", "petition", "lawsuit",
                                        "case", "candidacy", "resignation" };
  guint k = after;

  /* (through a possessive: "the company's request") */
  while (k < end && k < after + 6 && !sl_scan_is_one_of (s, k, offers, G_N_ELEMENTS (offers))
         && (sl_scan_is_word (s, k) || (k > after && sl_scan_has (s, k, SL_TOK_POSSESSIVE)))
         && !(sl_scan_cls (s, k) & (SL_W_PREP | SL_W_CONJ | SL_W_REL)))
    k++;
  return k < end && k > after && sl_scan_is_one_of (s, k, offers, G_N_ELEMENTS (offers))
         && (sl_scan_cls (s, after) & SL_W_DET)
         && !(k + 1 < end
              && (sl_scan_is (s, k + 1, "as") || sl_scan_is (s, k + 1, "that") || sl_scan_punct (s, k + 1, ':')
                  || sl_scan_has (s, k + 1, SL_TOK_QUOTE)));
}

static guint
add_cand (SlDocScan *s, const SlCand *c)
{
  g_array_append_val (s->cands, *c);
  /* "told hospitals to postpone all non-urgent surgery": an instruction says nothing true or
   * false; the telling is a happening, as an order is. So is declaring anything but what is
   * so ("declared a state of emergency", not "declared that the vote was void") */
  if ((g_strcmp0 (c->lemma, "tell") == 0
       && ((c->con_b > c->cue_e && c->con_b + 1 < c->con_e
            && sl_scan_is (s, c->con_b, "to") && !sl_scan_is (s, c->con_b - 1, "told")
            && sl_scan_has (s, c->con_b + 1, SL_TOK_LOWER) && sl_scan_is_word (s, c->con_b + 1))
           /* ("told about 600 households to stop using their wells": the hearer left in) */
           || (c->con_b >= c->cue_e && c->con_b < c->con_e && !sl_scan_is (s, c->cue_e, "that")
               && asks_to (s, c->cue_e, c->con_e, FALSE))))
      || (g_strcmp0 (c->lemma, "declare") == 0 && c->con_b >= c->cue_e && c->con_b < c->con_e
          && !sl_scan_is (s, c->con_b - 1, "that") && !sl_scan_punct (s, c->con_b - 1, ':')
          && !sl_scan_has (s, c->con_b, SL_TOK_QUOTE) && !sl_scan_has (s, c->con_b - 1, SL_TOK_QUOTE))
      /* a plea is a step in a trial, not a claim: "pleaded not guilty on Wednesday" */
      || (g_strcmp0 (c->lemma, "plead") == 0 && c->con_b < c->con_e
          && (sl_scan_is (s, c->con_b, "guilty") || sl_scan_is (s, c->con_b, "innocent")
              || sl_scan_is (s, c->con_b, "not") || sl_scan_is (s, c->con_b, "no"))))
    {
      SlCand *added = &g_array_index (s->cands, SlCand, s->cands->len - 1);

      added->source = SL_NONE;
      added->act = TRUE;
    }
  /* "the auditors had known about the false valuations": knowing about a thing says nothing */
  else if (c->con_b < c->con_e && sl_scan_is (s, c->con_b, "about") && sl_scan_word (s, c->cue_b) != NULL
           && g_strcmp0 (sl_scan_word (s, c->cue_b)->lemma, "know") == 0)
    g_array_index (s->cands, SlCand, s->cands->len - 1).source = SL_NONE;
  return s->cands->len - 1;
}

/* Whether the preposition at k opens where or when something was said: "in an interview",
 * "at a rally", "on Monday", "during a visit", "from Geneva". */
static gboolean
where_or_when (const SlDocScan *s, guint k)
{
  static const char *const preps[] = { "in", "at", "on", "during", "from" };

  return sl_scan_is_one_of (s, k, preps, G_N_ELEMENTS (preps)) && sl_scan_has (s, k, SL_TOK_LOWER);
}

/* The end of the name whose capitalised words begin at k, over the little words inside
 * one ("the Council of State", "Bank of England", "Diário do Desporto"), before limit. */
static guint
name_end (const SlDocScan *s, guint k, guint limit)
{
  static const char *const particles[] = { "of", "for", "de", "do", "da", "dos", "das", "del",
                                           "della", "di", "du", "des", "van", "von", "der",
                                           "la", "le", "les" };

  while (k < limit && sl_scan_is_capword (s, k))
    {
      guint p = k + 1;

      /* ("Le Courrier de la Corne": up to two little words inside the name) */
      while (p < k + 3 && p < limit && sl_scan_has (s, p, SL_TOK_LOWER)
             && sl_scan_is_one_of (s, p, particles, G_N_ELEMENTS (particles)))
        p++;
      k = p > k + 1 && p < limit && sl_scan_is_capword (s, p) ? p : k + 1;
    }
  return k;
}

/* The "that" after an aside that opens at the comma at k and closes with another within
 * ten words ("warned, three days before landfall, that …"), or k when there is none. The
 * aside ends at a comma, a quotation or a cue after its first word; where verbs end it (after
 * "said in a video posted …,"), at any mark or verb. */
static guint
that_after_aside (const SlDocScan *s, const Sent *st, guint k, gboolean verbs_end)
{
  guint j = verbs_end ? k + 1 : k + 2;

  while (j < st->content_end && j < k + 10
         && !(verbs_end ? sl_scan_has (s, j, SL_TOK_PUNCT) || sl_scan_verbish (s, j, k + 1)
                        : sl_scan_punct (s, j, ',') || sl_scan_has (s, j, SL_TOK_QUOTE)
                            || (sl_scan_cls (s, j) & SL_W_CUE)))
    j++;
  return (verbs_end || j < k + 10) && sl_scan_punct (s, j, ',') && sl_scan_is (s, j + 1, "that")
           ? j + 1 : k;
}

/* Where the content after a cue begins: past adverbs, a time, a hearer, "that", ":". */
static guint
content_start (const SlDocScan *s, const Sent *st, guint k, const SlWord *cue, gint32 *timex)
{
  guint k0;

  while (k < st->content_end && (sl_scan_cls (s, k) & (SL_W_ADV | SL_W_NEG))
         && !sl_scan_has (s, k, SL_TOK_CAP))
    k++;
  k0 = k;
  k = skip_time_right (s, k, st->content_end, timex);
  /* "the commission announced late on Tuesday, but his rival refused …": a time, then a
   * comma and a word that joins another clause, close the frame with nothing said after it
   * (a credit without a time, "…, the ministry said, and …", may still go on) */
  if (k > k0 && sl_scan_punct (s, k, ',') && k + 1 < st->content_end && coordinator (s, k + 1))
    return st->content_end;
  /* "warned on Monday, three days before landfall, that …": an aside set off by commas
   * comes before what was said */
  if (sl_scan_punct (s, k, ',') && k + 2 < st->content_end && !sl_scan_has (s, k + 1, SL_TOK_QUOTE)
      && !is_citing (s, k + 1))
    k = that_after_aside (s, st, k, FALSE);
  if (cue != NULL && cue->cue_object && !sl_scan_is (s, k, "that"))
    {
      guint j, found = G_MAXUINT, timed = 0;
      /* ("told the Quito broadcaster Radio Equinoccio on Monday that": eight words, times
       * and a time's reading in another zone not counted: "told reporters at the
       * authority's offices at 3:30 p.m. (1330 GMT) on Monday that") */
      for (j = k; j < st->content_end && j < k + 10 + timed; j++)
        {
          if (sl_scan_punct (s, j, '(') && timex_at (s, j + 1) >= 0)
            {
              guint q = j + 1;

              while (q < st->content_end && q < j + 8 && timex_at (s, q) >= 0)
                q++;
              if (q < st->content_end && sl_scan_punct (s, q, ')'))
                {
                  timed += q + 1 - j;
                  j = q;
                  continue;
                }
            }
          if (timex_at (s, j) >= 0)
            {
              timed += timed < 12;
              /* (the marks inside a time: "p.m.") */
              if (sl_scan_has (s, j, SL_TOK_PUNCT) && j > k && timex_at (s, j - 1) == timex_at (s, j))
                continue;
            }
          /* (far from the cue, "that" opens what was said only before a subject that
           * cannot be a verb: "groups that support Clinton" is a relative clause) */
          /* (nor after a time: "told the public broadcaster RTÉ on Wednesday morning
           * that") */
          /* (nor after a name: "told the Djibouti daily Le Courrier de la Corne that") */
          if (sl_scan_is (s, j, "that")
              && (j < k + 7 || sl_scan_is_capword (s, j + 1) || sl_scan_has (s, j + 1, SL_TOK_NUM)
                  || timex_at (s, j - 1) >= 0 || (j > k && sl_scan_is_capword (s, j - 1))
                  || (sl_scan_cls (s, j + 1) & (SL_W_PRON | SL_W_DET | SL_W_QUANT))))
            {
              found = j;
              break;
            }
          /* ("told the daily Sanomat, which published their accounts on Saturday, that …":
           * a relative clause on the hearer comes before what was said) */
          if (sl_scan_punct (s, j, ',') && (sl_scan_is (s, j + 1, "which") || sl_scan_is (s, j + 1, "who")))
            {
              for (guint m = j + 2; m + 1 < st->content_end && m < j + 18; m++)
                if (sl_scan_punct (s, m, ','))
                  {
                    if (sl_scan_is (s, m + 1, "that"))
                      found = m + 1;
                    break;
                  }
              break;
            }
          if (sl_scan_has (s, j, SL_TOK_PUNCT) || (j >= k + 7 && sl_scan_verbish (s, j, k)))
            break;
        }
      if (found != G_MAXUINT)
        {
          /* (the time just before "that" is when it was said) */
          if (timex != NULL && *timex < 0 && found > k && timex_at (s, found - 1) >= 0)
            *timex = timex_at (s, found - 1);
          k = found;
        }
      /* "told her the ferry would run": "her" is the hearer when a phrase of its own follows;
       * in "told her aides the …" it is a determiner */
      else if (sl_scan_is (s, k, "her")
               && ((sl_scan_cls (s, k + 1) & (SL_W_DET | SL_W_PRON)) || sl_scan_is_capword (s, k + 1)))
        k += 1;
      else if (sl_scan_cls (s, k) & SL_W_DET)
        {
          /* "told the reporters", "told the Financial Times", "asked the Council of State" */
          k++;
          if (sl_scan_is_capword (s, k))
            k = name_end (s, k, st->content_end);
          else
            {
              k++;
              /* ("…, the spokeswoman told the broadcaster RTV Iliria.": the hearer's name
               * after its noun) */
              if (sl_scan_is_capword (s, k) && (sl_scan_cls (s, k - 1) & SL_W_ORGHEAD))
                k = name_end (s, k, st->content_end);
            }
        }
      else if (sl_scan_is_capword (s, k))
        k = name_end (s, k, st->content_end);
      else if (sl_scan_is_word (s, k) && !(sl_scan_cls (s, k) & SL_W_PREP))
        k++;
      k = skip_time_right (s, k, st->content_end, timex);
    }
  /* "reported last month, citing a former engineer, that …": the citing phrase is whom it
   * came from; what was said follows "that" */
  else if (sl_scan_punct (s, k, ',') && (sl_scan_is (s, k + 1, "citing") || sl_scan_is (s, k + 1, "quoting")))
    {
      for (guint j = k + 2; j < st->content_end && j < k + 24; j++)
        if (sl_scan_punct (s, j, ','))
          {
            if (sl_scan_is (s, j + 1, "that"))
              k = j + 1;
            break;
          }
    }
  /* "said in its report that …", "said at a news conference on Monday that …": where it was
   * said comes before what was said */
  else if (where_or_when (s, k))
    {
      for (guint j = k + 1; j < st->content_end && j < k + 14; j++)
        {
          if (sl_scan_is (s, j, "that"))
            {
              gint32 t;

              if (skip_time_right (s, k, j, &t) == j && timex != NULL)
                *timex = t;
              k = j;
              break;
            }
          /* "said in a video posted on Sunday, a day before the evacuation, that …": the
           * document's participle (its time is when it was said), and an aside before
           * "that" */
          if (timex != NULL && *timex < 0 && timex_at (s, j) >= 0 && j > k + 2
              && (sl_scan_cls (s, j - 1) & SL_W_PREP) && sl_scan_ends_with (s, j - 2, "ed")
              && (sl_scan_cls (s, j - 3) & SL_W_DOCNOUN))
            *timex = timex_at (s, j);
          if (j > k + 1 && (sl_scan_cls (s, j - 1) & SL_W_DOCNOUN) && sl_scan_ends_with (s, j, "ed")
              && sl_scan_has (s, j, SL_TOK_LOWER))
            continue;
          if (sl_scan_punct (s, j, ','))
            {
              guint that = that_after_aside (s, st, j, TRUE);

              if (that != j)
                k = that;
              break;
            }
          if (sl_scan_has (s, j, SL_TOK_PUNCT) || sl_scan_verbish (s, j, k)
              || ((sl_scan_cls (s, j) & SL_W_CUE) && !(sl_scan_cls (s, j) & SL_W_DOCNOUN)))
            break;
        }
    }
  if (sl_scan_is (s, k, "that") || sl_scan_punct (s, k, ':') || sl_scan_punct (s, k, ','))
    k++;
  return k;
}

/* Where the frame whose source starts at b begins: at the article the source's phrase
 * left outside ("“…,” the three judges wrote"), if any. */
static guint
frame_start (const SlDocScan *s, const Sent *st, guint b)
{
  if (b > st->first + 1 && (sl_scan_cls (s, b - 1) & SL_W_DET) && sl_scan_has (s, b - 1, SL_TOK_LOWER))
    return b - 1;
  return b;
}

/* Content before a sentence-final cue: from the sentence start to the comma or quote that
 * ends it. */
static void
content_before (const SlDocScan *s, const Sent *st, guint np_b, guint *b, guint *e)
{
  guint k = frame_start (s, st, np_b);

  /* a quotation keeps its marks, a figure its sign ("by 15%"); a bare clause drops the
   * comma or dash before the source */
  while (k > st->first && sl_scan_has (s, k - 1, SL_TOK_PUNCT) && !sl_scan_has (s, k - 1, SL_TOK_QUOTE)
         && !sl_scan_punct (s, k - 1, '%'))
    k--;
  /* ("The two women spoke for five minutes": the article of the subject is no content) */
  while (k > st->first
         && (sl_scan_is (s, k - 1, "the") || sl_scan_is (s, k - 1, "a") || sl_scan_is (s, k - 1, "an")))
    k--;
  *b = st->first;
  *e = k;
}

/* Whether [b, e) holds a verb or a quotation, as content does; "by telephone on Tuesday"
 * does not. */
static gboolean
clause_in (const SlDocScan *s, guint b, guint e)
{
  for (guint k = b; k < e; k++)
    if (sl_scan_verbish (s, k, b) || (sl_scan_cls (s, k) & (SL_W_AUX | SL_W_MODAL | SL_W_BE))
        || sl_scan_has (s, k, SL_TOK_QUOTE) || sl_scan_punct (s, k, ':'))
      return TRUE;
  return FALSE;
}


/* Whether a negation stands just before token k (after cb): "nobody was", "is not", "no
 * one is". */
static gboolean
negated_before (const SlDocScan *s, guint cb, guint k)
{
  for (guint j = k; j > cb && k - j < 3; j--)
    if ((sl_scan_cls (s, j - 1) & SL_W_NEG) || sl_scan_is (s, j - 1, "nobody")
        || sl_scan_is (s, j - 1, "none") || (sl_scan_is (s, j - 1, "one") && j - 1 > cb
                                             && sl_scan_is (s, j - 2, "no")))
      return TRUE;
  return FALSE;
}

static SlStance
stance_for (const SlDocScan *s, const SlWord *cue, guint32 source, guint cb, guint ce)
{
  SlStance st = cue ? cue->stance : SL_STANCE_ASSERT;
  SlSourceKind kind = source != SL_NONE ? sl_scan_kind (s, source)
                                        : SL_SOURCE_UNNAMED;
  gboolean deny = FALSE, suspect = FALSE;

  if (st != SL_STANCE_ASSERT)
    return st;
  /* markers sit near the cue; a bound keeps run-on sentences linear */
  for (guint k = cb; k < ce && k < cb + 120; k++)
    if (sl_scan_cls (s, k) & SL_W_MARKER)
      {
        if (sl_scan_word (s, k)->stance == SL_STANCE_DENY)
          deny = TRUE;
        /* (not "… said investigators suspected a fault": another subject's own verb, whose
         * suspicion is theirs; "said they suspected" is the speaker's) */
        /* (nor "said his government had asked … and suspected that …": a second verb of the
         * speaker's, read as a claim of its own) */
        else if (sl_scan_word (s, k)->stance == SL_STANCE_SUSPECT
                 && !(k > cb + 1 && sl_scan_is (s, k - 1, "and") && sl_scan_verbish (s, k, cb))
                 /* (nor "nobody was suspected of a crime": a suspicion said not to exist) */
                 && !negated_before (s, cb, k)
                 && !(k > cb && sl_scan_verbish (s, k, cb) && sl_scan_is_word (s, k - 1)
                      && sl_scan_np_token (s, k - 1) && !(sl_scan_has (s, k - 1, SL_TOK_NUM))
                      && !(sl_scan_cls (s, k - 1) & (SL_W_DET | SL_W_QUANT | SL_W_PREP | SL_W_CONJ
                                                     | SL_W_AUX | SL_W_BE | SL_W_PRON))))
          suspect = TRUE;
      }
  if (deny)
    return SL_STANCE_DENY;
  if (kind == SL_SOURCE_OUTLET)
    return SL_STANCE_REPORT;
  if (suspect)
    return SL_STANCE_SUSPECT;
  return SL_STANCE_ASSERT;
}

static void
init_cand (SlCand *c, const Sent *st)
{
  memset (c, 0, sizeof *c);
  c->sentence = st->si;
  c->via = -1;
  c->said_timex = -1;
  c->source = SL_NONE;
  c->model_index = SL_NONE;
}

/* The stance of what a source named after "according to" or "citing" says: an outlet or a
 * document ("a survey by …", "figures from …") reports; a person or a body asserts. */
static SlStance
credited_stance (SlDocScan *s, guint32 source, guint b, guint e)
{
  gboolean outlet = FALSE;

  if (source == SL_NONE || sl_scan_kind (s, source) == SL_SOURCE_OUTLET)
    return SL_STANCE_REPORT;
  /* (a record's noun after a preposition says what people know of: "people familiar with
   * the investigation" speak for themselves) */
  for (guint k = b; k < e && !((sl_scan_cls (s, k) & SL_W_PREP) && sl_scan_has (s, k, SL_TOK_LOWER)
                               && k > b && ((sl_scan_cls (s, k - 1) & (SL_W_UNNAMED | SL_W_PLURAL))
                                            || sl_scan_is (s, k - 1, "familiar")));
       k++)
    if (sl_scan_has (s, k, SL_TOK_LOWER) && (sl_scan_cls (s, k) & SL_W_DOCNOUN)
        && (k < b + 4 || k + 1 == e))
      return SL_STANCE_REPORT;
  /* "the Georgian news agency Mtatsminda Press", "the La Paz daily Página Andina", "the
   * state-owned Matabele Herald": an outlet by its description or its masthead */
  for (guint k = b; k + 1 < e && !outlet; k++)
    outlet = sl_scan_has (s, k, SL_TOK_LOWER) && sl_scan_is_capword (s, k + 1)
             && (((sl_scan_cls (s, k) & SL_W_ORGHEAD) && sl_scan_word (s, k)->org_kind == SL_SOURCE_OUTLET)
                 || (sl_scan_is (s, k, "agency") && k > b && sl_scan_is (s, k - 1, "news")));
  outlet = outlet || (e > b + 1 && sl_scan_is_capword (s, e - 2) && sl_scan_masthead_word (s, e - 1))
           || (e > b + 2 && sl_scan_is (s, e - 2, "News") && sl_scan_is (s, e - 1, "Agency"));
  if (outlet)
    {
      SlSourceKind kind = sl_scan_kind (s, source);

      if (kind == SL_SOURCE_PERSON || kind == SL_SOURCE_UNNAMED || kind == SL_SOURCE_ORGANIZATION)
        sl_scan_set_kind (s, source, SL_SOURCE_OUTLET);
      return SL_STANCE_REPORT;
    }
  return SL_STANCE_ASSERT;
}

/* Starts c as a report whose cue [cue_b, src_b) names its source right after it, up to
 * src_e ("according to officials", "In a CNN poll"): a known source or, failing that,
 * whatever the phrase names ("according to a Washington Post database"). FALSE when the
 * phrase names nothing. */
static gboolean
phrase_report (SlDocScan *s, const Sent *st, SlCand *c, guint cue_b, guint src_b, guint src_e,
               const char *lemma)
{
  init_cand (c, st);
  c->source = sl_scan_resolve_np (s, src_b, src_e);
  if (c->source == SL_NONE)
    c->source = any_np_source (s, src_b, src_e);
  if (c->source == SL_NONE)
    return FALSE;
  c->cue_b = cue_b;
  c->cue_e = src_b;
  c->src_b = src_b;
  c->src_e = src_e;
  c->subj_b = src_b;
  c->lemma = lemma;
  /* (from right after the cue's first word: "according to an analysis published by X") */
  c->stance = credited_stance (s, c->source, MIN (cue_b + 1, src_b), src_e);
  return TRUE;
}

/* Who made the document named by [b, e): "an analysis published on Monday by the
 * Observatory", "an exit poll by Baltic Research", "data from SeaTrace", "a situation report
 * it published", "figures the commission released". Sets [*ab, *ae). */
static gboolean
document_author (const SlDocScan *s, const Sent *st, guint b, guint e, guint *ab, guint *ae)
{
  guint k;
  gint32 timex;

  if (e <= b)
    return FALSE;
  /* "incident reports": a document noun the phrase stopped short of */
  while (e < st->content_end && (sl_scan_cls (s, e) & SL_W_DOCNOUN) && sl_scan_has (s, e, SL_TOK_LOWER))
    e++;
  k = e;
  /* "a situation report it published": the maker stands between the noun and its verb */
  for (guint j = b + 1; j + 1 <= e; j++)
    if ((sl_scan_cls (s, j - 1) & SL_W_DOCNOUN) && sl_scan_has (s, j - 1, SL_TOK_LOWER)
        && ((sl_scan_cls (s, j) & (SL_W_PRON | SL_W_DET)) || sl_scan_is_capword (s, j))
        && e < st->content_end && sl_scan_has (s, e, SL_TOK_LOWER) && sl_scan_ends_with (s, e, "ed")
        && sl_scan_verbish (s, e, j))
      {
        *ab = j;
        *ae = e;
        return TRUE;
      }
  /* the phrase may already hold its maker: "incident reports from the fire service" */
  for (guint j = b + 1; j + 1 < e; j++)
    if ((sl_scan_is (s, j, "by") || (sl_scan_is (s, j, "from") && sl_scan_is_capword (s, j + 1))
         /* ("a letter from the array's governing board" after "the Gamsberg Gamma Array") */
         || (sl_scan_is (s, j, "from") && j + 2 < e && sl_scan_is (s, j + 1, "the")
             && sl_scan_has (s, j + 2, SL_TOK_LOWER) && sl_scan_name_by_last_word (s, j + 2, j, NULL, NULL)))
        && (sl_scan_cls (s, j - 1) & SL_W_DOCNOUN) && sl_scan_has (s, j - 1, SL_TOK_LOWER))
      {
        *ab = j + 1;
        *ae = e;
        return TRUE;
      }
  if (!(sl_scan_cls (s, e - 1) & SL_W_DOCNOUN) || !sl_scan_has (s, e - 1, SL_TOK_LOWER))
    return FALSE;
  /* "published on Monday by …" */
  if (k < st->content_end && sl_scan_has (s, k, SL_TOK_LOWER) && sl_scan_ends_with (s, k, "ed")
      && sl_scan_verbish (s, k, b))
    k = skip_time_right (s, k + 1, st->content_end, &timex);
  if (k + 1 < st->content_end && sl_scan_is (s, k, "by") && sl_scan_np_right (s, k + 1, st->content_end, ae))
    {
      *ab = k + 1;
      return TRUE;
    }
  /* "data from the ship-tracking firm SeaTrace": from a named maker, or a body named before
   * ("a letter from the company") */
  if (k + 1 < st->content_end && sl_scan_is (s, k, "from") && sl_scan_np_right (s, k + 1, st->content_end, ae)
      && (sl_scan_is_capword (s, *ae - 1)
          || (sl_scan_is (s, k + 1, "the") && *ae == k + 3 && sl_scan_has (s, k + 2, SL_TOK_LOWER)
              && ((sl_scan_cls (s, k + 2) & SL_W_ORGHEAD) || sl_scan_name_by_last_word (s, k + 2, k, NULL, NULL)))
          /* ("a letter from the array's governing board": the body named before) */
          || (sl_scan_is (s, k + 1, "the") && *ae > k + 3
              && (sl_scan_has (s, k + 2, SL_TOK_POSSESSIVE) || sl_scan_has (s, k + 3, SL_TOK_POSSESSIVE))
              && sl_scan_name_by_last_word (s, k + 2, k, NULL, NULL))))
    {
      *ab = k + 1;
      return TRUE;
    }
  return FALSE;
}

/* "According to Yonhap news agency, …" and "…, according to officials." */
static void
try_according (SlDocScan *s, const Sent *st, guint i)
{
  guint ne, ab, ae;
  SlCand c;

  if (!sl_scan_np_right (s, i + 2, st->content_end, &ne))
    return;
  /* "according to an analysis by the Observatory": the Observatory reports it */
  if (document_author (s, st, i + 2, ne, &ab, &ae) && phrase_report (s, st, &c, i, ab, ae, "according to"))
    {
      c.cue_e = i + 2;
      c.src_b = i + 2;
      c.subj_b = i + 2;
      ne = MAX (ne, ae);
    }
  else if (!phrase_report (s, st, &c, i, i + 2, ne, "according to"))
    return;
  /* "…, the analyst estimates, according to a note to clients": the frame before names who
   * said it, and a document with no maker of its own is only where it was said */
  if (i >= st->first + 3 && sl_scan_punct (s, i - 1, ',') && sl_scan_kind (s, c.source) == SL_SOURCE_UNNAMED
      && s->cands->len > 0)
    {
      const SlCand *f = &g_array_index (s->cands, SlCand, s->cands->len - 1);

      if (f->sentence == st->si && f->cue_e == i - 1 && f->subj_b > st->first
          && (sl_scan_punct (s, f->subj_b - 1, ',') || sl_scan_has (s, f->subj_b - 1, SL_TOK_QUOTE)))
        for (guint k = i + 2; k < ne && k < i + 6; k++)
          if ((sl_scan_cls (s, k) & SL_W_DOCNOUN) && sl_scan_has (s, k, SL_TOK_LOWER))
            return;
    }
  if (i <= st->first + 1)
    {
      c.con_b = sl_scan_punct (s, ne, ',') ? ne + 1 : ne;
      /* "According to the Ledger, which cited two officers, …": past the relative clause */
      if (sl_scan_is (s, c.con_b, "which") || sl_scan_is (s, c.con_b, "who"))
        {
          guint k = c.con_b;

          while (k < st->content_end && !sl_scan_punct (s, k, ','))
            k++;
          if (k + 1 < st->content_end)
            c.con_b = k + 1;
        }
      c.con_e = st->content_end;
    }
  else
    {
      c.con_b = st->first;
      c.con_e = sl_scan_punct (s, i - 1, ',') ? i - 1 : i;
    }
  if (c.con_e <= c.con_b)
    return;
  add_cand (s, &c);
}

/* Whether token k opens the sentence, after any opening quotation marks. */
static gboolean
sentence_head (const SlDocScan *s, const Sent *st, guint k)
{
  guint j = st->first;

  while (j < k && sl_scan_has (s, j, SL_TOK_QUOTE))
    j++;
  return j == k && sl_scan_is_capword (s, k);
}

/* Whether token k names a poll: "poll", "surveys", "polling". */
static gboolean
poll_word (const SlDocScan *s, guint k)
{
  return sl_scan_is (s, k, "poll") || sl_scan_is (s, k, "polls") || sl_scan_is (s, k, "survey")
         || sl_scan_is (s, k, "surveys") || sl_scan_is (s, k, "polling");
}

/* "In a CNN/ORC poll released Monday, 31% said …": a poll's finding, credited to the poll.
 * The phrase after "in" must end in a poll word. */
static void
try_in_poll (SlDocScan *s, const Sent *st, guint i)
{
  guint k = i + 1, e = G_MAXUINT;
  SlCand c;

  while (k < st->content_end && k - i <= 16)
    {
      if (poll_word (s, k))
        {
          e = k + 1;
          break;
        }
      if (!(sl_scan_np_token (s, k) || (sl_scan_cls (s, k) & (SL_W_DET | SL_W_QUANT))
            || sl_scan_is (s, k, "of") || sl_scan_is (s, k, "and") || sl_scan_has (s, k, SL_TOK_NUM)
            || ((sl_scan_punct (s, k, '/') || sl_scan_is_dash (s, k)) && !sl_scan_has (s, k, SL_TOK_SPACE))))
        break;
      k++;
    }
  /* only where the poll frames the sentence: "In a … poll, …"; a lead "in the polls"
   * inside a clause is the writer's summary as often as the poll's finding */
  if (e == G_MAXUINT || !sentence_head (s, st, i) || !phrase_report (s, st, &c, i, i + 1, e, "in"))
    return;
  {
    /* "In a poll released Monday, …": what it found follows the comma */
    guint comma = e;
    while (comma < st->content_end && comma < e + 10 && !sl_scan_punct (s, comma, ','))
      comma++;
    c.con_b = comma < st->content_end && sl_scan_punct (s, comma, ',') ? comma + 1 : e;
    c.con_e = st->content_end;
  }
  if (c.con_e < c.con_b + 2)
    return;
  add_cand (s, &c);
}

/* "Eleven of 18 analysts polled by the Lowland Times expected a cut": the paper's poll is
 * its report, and the analysts' view reaches the article through it. */
static void
try_polled_by (SlDocScan *s, const Sent *st, guint i)
{
  guint ne, nb;
  SlCand c;

  /* asked of every token: "by" next turns most down at once */
  if (!sl_scan_is (s, i + 1, "by") || !sl_scan_poll_verb (s, i) || i <= st->first
      || !sl_scan_np_right (s, i + 2, st->content_end, &ne) || !sl_scan_subject_np (s, st->first, i, &nb)
      || nb >= i || (sl_scan_cls (s, i - 1) & (SL_W_BE | SL_W_AUX)))
    return;
  /* the people asked then say something: "… polled by X expected", not "questioned by
   * police on Monday" */
  {
    gint32 t;
    guint v = skip_time_right (s, ne, st->content_end, &t);

    if (v >= st->content_end || !((sl_scan_cls (s, v) & SL_W_CUE) || sl_scan_verbish (s, v, v)))
      return;
  }
  if (!phrase_report (s, st, &c, i, i + 2, ne, "poll"))
    return;
  c.cue_e = i + 1;
  c.stance = SL_STANCE_REPORT;
  c.con_b = nb;
  c.con_e = st->content_end;
  add_cand (s, &c);
}

/* "Reuters, citing satellite images published by RUSI, said …": RUSI's claim reaches the
 * article through Reuters'. */
/* Whether [k, e) only says that whoever speaks is not named: "who spoke on condition of
 * anonymity", "who asked not to be named", "who declined to be identified". */
static gboolean
anonymity_clause (const SlDocScan *s, guint k, guint e)
{
  if (!sl_scan_is (s, k, "who"))
    return FALSE;
  for (guint j = k + 1; j < e && j < k + 9; j++)
    if (sl_scan_is (s, j, "anonymity") || sl_scan_is (s, j, "named") || sl_scan_is (s, j, "identified"))
      return TRUE;
  return FALSE;
}

static void
try_citing (SlDocScan *s, const Sent *st, guint i, guint obj_e, gint32 parent)
{
  SlCand c;
  guint by = G_MAXUINT, ne;
  const SlCand *p = parent >= 0 ? &g_array_index (s->cands, SlCand, parent) : NULL;

  if (p == NULL)
    return;
  /* "imagery published by RUSI", "a survey carried out by UNICEF" */
  for (guint k = i + 1; k < obj_e; k++)
    if (sl_scan_is (s, k, "by") && k > i + 1
        && (sl_scan_verbish (s, k - 1, i + 1)
            || (k > i + 2 && (sl_scan_is (s, k - 1, "out") || sl_scan_is (s, k - 1, "up"))
                && sl_scan_verbish (s, k - 2, i + 1))))
      {
        by = k;
        break;
      }
  init_cand (&c, st);
  /* "citing an exit poll by Baltic Research", "citing incident reports from the fire
   * service": the maker of what is cited is who is cited */
  if (by == G_MAXUINT && sl_scan_np_right (s, i + 1, obj_e, &ne))
    {
      guint ab, ae;

      if (document_author (s, st, i + 1, ne, &ab, &ae) && ae <= obj_e)
        {
          c.source = sl_scan_resolve_np (s, ab, ae);
          if (c.source == SL_NONE)
            c.source = any_np_source (s, ab, ae);
          c.cue_b = i;
          c.cue_e = i + 1;
          c.src_b = i + 1;
          c.src_e = ae;
          c.lemma = "cite";
        }
    }
  if (c.source == SL_NONE && by != G_MAXUINT)
    {
      if (!sl_scan_np_right (s, by + 1, obj_e, &ne))
        return;
      c.source = sl_scan_resolve_np (s, by + 1, ne);
      c.cue_b = sl_scan_verbish (s, by - 1, i + 1) ? by - 1 : by - 2;
      c.cue_e = by;
      c.src_b = by + 1;
      c.src_e = ne;
      {
        const SlWord *w = sl_scan_word (s, c.cue_b);
        c.lemma = w && w->lemma ? w->lemma : "cite";
      }
    }
  else if (c.source == SL_NONE)
    {
      if (!sl_scan_np_right (s, i + 1, obj_e, &ne))
        return;
      c.source = sl_scan_resolve_np (s, i + 1, ne);
      /* "which cited the deputy mayor of the district, Mohamed Ag Alhassane,": an office,
       * then the name of who holds it */
      if (obj_e - (i + 1) <= 10 && sl_scan_punct (s, obj_e, ',')
          && (sl_scan_title_before (s, obj_e) || sl_scan_office_phrase (s, i + 1, obj_e)))
        {
          guint q = sl_scan_appositive_name (s, obj_e, st->content_end);
          guint32 named = q != G_MAXUINT ? sl_scan_resolve_np (s, i + 1, q) : SL_NONE;

          if (named != SL_NONE && sl_scan_kind (s, named) == SL_SOURCE_PERSON)
            {
              c.source = named;
              ne = q;
            }
        }
      /* "citing people familiar with the matter": unnamed, but someone */
      if (c.source == SL_NONE && ne > i + 1
          && (sl_scan_is (s, ne - 1, "familiar") || sl_scan_is (s, ne - 1, "close")))
        ne--;
      if (c.source == SL_NONE && ne + 2 < obj_e
          && ((sl_scan_is (s, ne, "familiar") && sl_scan_is (s, ne + 1, "with"))
              || (sl_scan_is (s, ne, "close") && sl_scan_is (s, ne + 1, "to"))))
        {
          while (ne < obj_e && (sl_scan_is_word (s, ne) || sl_scan_has (s, ne, SL_TOK_POSSESSIVE)
                                || sl_scan_plural_possessive (s, ne)))
            ne++;
          c.source = any_np_source (s, i + 1, ne);
        }
      /* "citing an official at the Testing Agency", "citing people briefed on the
       * investigation", "citing a person who worked on it": someone unnamed is known by
       * the whole description */
      else if (c.source != SL_NONE && sl_scan_kind (s, c.source) == SL_SOURCE_UNNAMED
               && ne + 1 < obj_e && obj_e - ne <= 10
               && ((sl_scan_cls (s, ne) & SL_W_PREP) || sl_scan_is (s, ne, "who")
                   || (sl_scan_has (s, ne, SL_TOK_LOWER) && sl_scan_ends_with (s, ne, "ed")))
               && !sl_scan_is (s, ne, "that") && !sl_scan_is (s, ne, "by")
               && !anonymity_clause (s, ne, obj_e))
        {
          guint32 whole;

          /* (why they go unnamed is not part of who they are: "citing two officials at the
           * ministry who asked not to be named") */
          while (ne < obj_e && (sl_scan_is_word (s, ne) || sl_scan_has (s, ne, SL_TOK_POSSESSIVE)
                                || sl_scan_plural_possessive (s, ne))
                 && !anonymity_clause (s, ne, obj_e))
            ne++;
          whole = any_np_source (s, i + 1, ne);
          if (whole != SL_NONE)
            c.source = whole;
        }
      c.cue_b = i;
      c.cue_e = i + 1;
      c.src_b = i + 1;
      c.src_e = ne;
      c.lemma = "cite";
      /* "analysts said …, citing the strategic importance of …": the speaker cites a
       * reason; the claim is theirs */
      if (c.source == SL_NONE)
        {
          c.source = p->source;
          c.src_b = p->src_b;
          c.src_e = p->src_e;
          c.con_b = i + 1;
          c.con_e = obj_e;
          c.subj_b = p->subj_b;
          c.stance = SL_STANCE_ASSERT;
          if (c.con_e > c.con_b)
            add_cand (s, &c);
          return;
        }
    }
  if (c.source == SL_NONE)
    return;
  c.subj_b = i + 1;
  c.con_b = p->con_b;
  c.con_e = p->con_e;
  /* the maker of what is cited ("imagery published by RUSI", "an exit poll by …") passes on
   * its findings; a cited person or body asserts */
  c.stance = by != G_MAXUINT || g_strcmp0 (c.lemma, "cite") != 0 || c.src_b != i + 1
                 ? SL_STANCE_REPORT
                 : credited_stance (s, c.source, i + 1, c.src_e);
  /* (but a letter or a statement from a body holds the body's own words: "which cited a
   * letter from the array's governing board") */
  if (by == G_MAXUINT)
    {
      static const char *const words[] = { "letter", "statement", "memo", "email", "note", "message",
                                           "notice", "letters", "statements", "emails" };

      for (guint k = i + 1; k + 1 < c.src_e && k < i + 5; k++)
        if (sl_scan_is_one_of (s, k, words, G_N_ELEMENTS (words)) && sl_scan_has (s, k, SL_TOK_LOWER)
            && sl_scan_is (s, k + 1, "from"))
          {
            if (sl_scan_kind (s, c.source) != SL_SOURCE_OUTLET && sl_scan_kind (s, c.source) != SL_SOURCE_UNNAMED)
              c.stance = SL_STANCE_ASSERT;
            break;
          }
    }
  c.via = parent;
  add_cand (s, &c);
}

/* The quotation that ends the sentence before st (back to its opening mark, within a few
 * sentences): [*b, *e). */
static gboolean
previous_quote (const SlDocScan *s, const Sent *st, guint *b, guint *e)
{
  const SlSentence *p;
  guint qb;

  if (st->si == 0)
    return FALSE;
  p = &g_array_index (s->sentences, SlSentence, st->si - 1);
  if (p->tok_end == 0 || !sl_scan_has (s, p->tok_end - 1, SL_TOK_QUOTE) || sl_scan_has (s, st->first, SL_TOK_PARAGRAPH))
    return FALSE;
  qb = s->body_first[st->si - 1];
  for (guint k = st->si - 1; k > 0 && !sl_scan_has (s, qb, SL_TOK_OPEN) && st->si - k < 4; k--)
    {
      const SlSentence *q = &g_array_index (s->sentences, SlSentence, k - 1);
      if (sl_scan_has (s, q->tok_end - 1, SL_TOK_QUOTE) || sl_scan_has (s, qb, SL_TOK_PARAGRAPH))
        break;
      qb = s->body_first[k - 1];
    }
  *b = qb;
  *e = p->tok_end;
  return *e > *b;
}

/* Whether the subject [b, e) of a bare verb at cue is plural (or "I", "you"), or the
 * verb follows a modal or "do": "officials say", "they report", "did not say". */
static gboolean
plural_subject (const SlDocScan *s, const Sent *st, guint b, guint e, guint cue)
{
  guint h = e;
  const SlToken *t;

  for (guint k = cue; k > e; k--)
    if ((sl_scan_cls (s, k - 1) & SL_W_MODAL) || sl_scan_is (s, k - 1, "do")
        || sl_scan_is (s, k - 1, "did") || sl_scan_is (s, k - 1, "does"))
      return TRUE;
  if (h >= b + 4 && sl_scan_punct (s, h - 1, ')'))
    h -= 3;
  if (h <= b)
    return FALSE;
  /* "aides to Clinton", "4 in 10": the head is before the preposition; a capital opening
   * the sentence ("Aides to Clinton", "Six in 10") does not make a name of it */
  for (guint k = b + 1; k < h; k++)
    if ((sl_scan_cls (s, k) & SL_W_PREP)
        && (!sl_scan_is_capword (s, k - 1)
            || (k - 1 == st->first
                && ((sl_scan_cls (s, k - 1) & (SL_W_UNNAMED | SL_W_TITLE | SL_W_QUANT | SL_W_PLURAL))
                    || sl_scan_ends_with (s, k - 1, "s")))))
      {
        h = k;
        break;
      }
  if (sl_scan_has (s, h - 1, SL_TOK_NUM) || sl_scan_punct (s, h - 1, '%') || sl_scan_is (s, h - 1, "half")
      || sl_scan_is (s, h - 1, "majority")
      || sl_scan_is (s, h - 1, "percent") || (sl_scan_cls (s, h - 1) & SL_W_QUANT))
    return TRUE;
  for (guint k = b; k < h; k++)
    if (sl_scan_is (s, k, "and") || sl_scan_punct (s, k, '&'))
      return TRUE;
  if (sl_scan_is (s, h - 1, "i") || sl_scan_is (s, h - 1, "we") || sl_scan_is (s, h - 1, "you")
      || sl_scan_is (s, h - 1, "they"))
    return TRUE;
  if (sl_scan_cls (s, h - 1) & SL_W_PLURAL)
    return TRUE;
  if ((sl_scan_cls (s, b) & SL_W_QUANT) && !sl_scan_is (s, b, "all") && b + 1 < h)
    return TRUE;
  t = sl_scan_tok (s, h - 1);
  if (!sl_scan_is_word (s, h - 1) || (t->flags & SL_TOK_UPPER))
    return FALSE;
  /* "Republicans say" but not "a Reuters report" */
  if ((t->flags & SL_TOK_CAP) && (sl_scan_is (s, b, "a") || sl_scan_is (s, b, "an")))
    return FALSE;
  /* a lowercase head in -s: "analysts", "polls", but not "press" */
  return t->end - t->begin > 3 && s->text[t->end - 1] == 's' && s->text[t->end - 2] != 's'
         && s->text[t->end - 2] != 'u' && s->text[t->end - 2] != 'i';
}

/* Whether [b, e) counts people the way a poll reports them: "43", "42%", "six in 10",
 * "nine out of 10", "29 percent". A year or another time is not a count. */
static gboolean
poll_share (const SlDocScan *s, guint b, guint e)
{
  gboolean number = FALSE;

  if (e <= b || e - b > 5)
    return FALSE;
  for (guint k = b; k < e; k++)
    {
      if (timex_at (s, k) >= 0)
        return FALSE;
      if (sl_scan_has (s, k, SL_TOK_NUM) || (sl_scan_cls (s, k) & SL_W_QUANT))
        number = TRUE;
      else if (!(sl_scan_is (s, k, "in") || sl_scan_is (s, k, "out") || sl_scan_is (s, k, "of")
                 || sl_scan_is (s, k, "percent") || sl_scan_punct (s, k, '%')))
        return FALSE;
    }
  return number && (sl_scan_has (s, e - 1, SL_TOK_NUM) || sl_scan_punct (s, e - 1, '%')
                    || sl_scan_is (s, e - 1, "percent") || (sl_scan_cls (s, e - 1) & SL_W_QUANT));
}

/* Any noun phrase as an unnamed source, for speech verbs whose subject speaks whatever it
 * is ("The clip says", "Another slide shows"): named after its words. */
static guint32
any_np_source (SlDocScan *s, guint b, guint e)
{
  g_autofree char *name = NULL;
  guint h = e;

  while (e > b && s->tok_timex[e - 1] >= 0)
    e--; /* a time is nobody */
  h = e;
  if (e == b)
    return SL_NONE;
  /* "two", "Most": part of a group */
  if (h == b + 1 && (sl_scan_cls (s, b) & SL_W_QUANT))
    return sl_scan_counted_source (s, b, b);
  if (poll_share (s, b, e))
    {
      name = sl_scan_span_text (s, b, e);
      return sl_scan_make_source (s, name, SL_SOURCE_UNNAMED, NULL, NULL, NULL, b);
    }
  guint written = b;

  while (b < h && (sl_scan_cls (s, b) & (SL_W_DET | SL_W_QUANT)) && b + 1 < h && !sl_scan_counts_off (s, b))
    b++;
  /* an "it" whose referent was not found is no source named "It", nor is "there" in "there
   * are fears …" anybody; a happening ("a heatwave pushed the temperature to …") says
   * nothing */
  /* ("denied anyone had threatened the nurses": nobody in particular) */
  if (h == b + 1 && (sl_scan_is (s, b, "it") || sl_scan_is (s, b, "there") || sl_scan_is (s, b, "so")
                     || sl_scan_is (s, b, "here") || sl_scan_is (s, b, "anyone")
                     || sl_scan_is (s, b, "anybody") || sl_scan_is (s, b, "anything")))
    return SL_NONE;
  {
    guint head = h;

    for (guint k = b + 1; k < h && head == h; k++)
      if (sl_scan_cls (s, k) & SL_W_PREP)
        head = k;
    if (sl_scan_cls (s, head - 1) & SL_W_EVNOUN)
      return SL_NONE;
  }
  if (b >= h || !sl_scan_is_word (s, h - 1) || (sl_scan_has (s, h - 1, SL_TOK_NUM) && h - b < 3)
      || (sl_scan_cls (s, h - 1) & (SL_W_PREP | SL_W_CONJ | SL_W_REL | SL_W_AUX | SL_W_NORM))
      || ((sl_scan_cls (s, h - 1) & SL_W_DET) && !(sl_scan_cls (s, h - 1) & SL_W_QUANT)))
    return SL_NONE; /* nor a bare "the" */
  name = sl_scan_span_text (s, b, h);
  /* (with its count, as the text wrote it: "three marshals who worked at …") */
  {
    g_autofree char *surface = written < b && (sl_scan_cls (s, written) & SL_W_QUANT)
                                 ? sl_scan_span_text (s, written, h) : NULL;

    return sl_scan_make_source (s, name, SL_SOURCE_UNNAMED, NULL, surface, NULL, b);
  }
}

/* "A student who failed the exam": an unnamed source is also known by the clause that tells
 * which one it is (but not by "who asked not to be named"). */
static void
note_described (SlDocScan *s, guint32 source, const Subject *sub)
{
  g_autofree char *whole = NULL;

  if (source == SL_NONE || sub->described_e <= sub->np_e || sl_scan_kind (s, source) != SL_SOURCE_UNNAMED
      || sub->described_e - sub->np_e > 14)
    return;
  for (guint k = sub->np_e; k < sub->described_e; k++)
    if (sl_scan_is (s, k, "named") || sl_scan_is (s, k, "anonymity") || sl_scan_is (s, k, "identified")
        || sl_scan_is (s, k, "name") || sl_scan_is (s, k, "authorized") || sl_scan_is (s, k, "authorised")
        || sl_scan_has (s, k, SL_TOK_PUNCT))
      return;
  whole = sl_scan_span_text (s, sub->np_b, sub->described_e);
  sl_model_add_source_alias (s->model, source, whole);
}

/* The source the noun phrase [b, e) names as the subject of cue w: a known one, or else the
 * phrase itself. Verbs that pass on findings ("reported", "found") have too many subjects
 * that are not sources ("the data show") to take any phrase; one with a proper name inside
 * ("the University of Michigan", "the news site RTL Info") still speaks. */
static guint32
speaker_source (SlDocScan *s, const Sent *st, const SlWord *w, guint b, guint e)
{
  guint32 source = sl_scan_resolve_np (s, b, e);
  gboolean named = w->stance != SL_STANCE_REPORT;

  if (source != SL_NONE)
    return source;
  for (guint k = b; k < e && !named; k++)
    named = k > st->first && sl_scan_is_capword (s, k) && !(sl_scan_cls (s, k) & SL_W_DET);
  return named ? any_np_source (s, b, e) : SL_NONE;
}

/* Where "as saying" (or another cue in -ing after "as") stands within `span` words from
 * token `from`: "quoted an official as saying"; G_MAXUINT when nowhere. */
static guint
as_saying_after (const SlDocScan *s, const Sent *st, guint from, guint span)
{
  for (guint k = from; k + 1 < st->content_end && k < from + span; k++)
    if (sl_scan_is (s, k, "as") && (sl_scan_cls (s, k + 1) & SL_W_CUE)
        && sl_scan_word (s, k + 1)->form == SL_FORM_ING)
      return k;
  return G_MAXUINT;
}

/* "Yonhap quoted an official as saying …": the official's claim reaches us through the
 * outlet's. c is the outlet's claim, filled but for its content. */
static gboolean
try_quoted_as (SlDocScan *s, const Sent *st, SlCand *c, guint after)
{
  guint as = G_MAXUINT;
  SlCand inner;
  gint32 t = -1;
  guint outer, obj_e;

  if (g_strcmp0 (c->lemma, "quote") != 0)
    return FALSE;
  as = as_saying_after (s, st, after, 24);
  if (as == G_MAXUINT || as == after)
    return FALSE;
  inner = *c;
  /* "quoted the ministry's spokesman, Faker Bouzid, as saying": the title and the name set
   * off after it are one speaker */
  obj_e = as;
  for (guint k = after + 1; k + 1 < as && sl_scan_punct (s, as - 1, ','); k++)
    if (sl_scan_punct (s, k, ','))
      {
        if (sl_scan_appositive_name (s, k, as) == as - 1
            && (sl_scan_title_before (s, k) || sl_scan_office_phrase (s, after, k)))
          obj_e = as - 1;
        break;
      }
  /* "quoted a researcher at the survey, who asked not to be named, as saying": the one
   * quoted, without the clause set off after them */
  if (obj_e == as && sl_scan_punct (s, as - 1, ','))
    for (guint k = after + 1; k + 2 < as; k++)
      if (sl_scan_punct (s, k, ',') && (sl_scan_is (s, k + 1, "who") || sl_scan_is (s, k + 1, "which")))
        {
          obj_e = k;
          break;
        }
  inner.source = sl_scan_resolve_np (s, after, obj_e);
  if (inner.source == SL_NONE)
    return FALSE;
  c->con_b = content_start (s, st, as + 2, sl_scan_word (s, as + 1), &t);
  c->con_e = st->content_end;
  /* "At least six were killed, the agency quoted Tashieva as saying.": what was said
   * comes before the frame */
  if (c->con_e <= c->con_b && c->subj_b > st->first + 2 && sl_scan_punct (s, c->subj_b - 1, ','))
    content_before (s, st, c->subj_b, &c->con_b, &c->con_e);
  if (c->con_e <= c->con_b)
    return FALSE;
  c->stance = SL_STANCE_REPORT;
  outer = add_cand (s, c);
  inner.src_b = after;
  inner.src_e = obj_e;
  inner.cue_b = as;
  inner.cue_e = as + 2;
  inner.lemma = sl_scan_word (s, as + 1)->lemma;
  inner.subj_b = after;
  inner.said_timex = -1;
  inner.con_b = c->con_b;
  inner.con_e = c->con_e;
  inner.via = (gint32) outer;
  inner.stance = stance_for (s, sl_scan_word (s, as + 1), inner.source, inner.con_b, inner.con_e);
  add_cand (s, &inner);
  return TRUE;
}

/* A cue word at i (n tokens). */
/* Whether the past form at i opens an adverbial clause: at the head of the sentence
 * ("Asked by …"), or after "as" or "when" there ("As reported by …", "When asked by …"). */
static gboolean
adverbial_passive (const SlDocScan *s, const Sent *st, guint i)
{
  if (sentence_head (s, st, i))
    return TRUE;
  return i > st->first && (sl_scan_is (s, i - 1, "as") || sl_scan_is (s, i - 1, "when"))
         && (sentence_head (s, st, i - 1) || (i - 1 > st->first && sl_scan_punct (s, i - 2, ',')));
}

/* A preposition that lets a gerund report what the clause's subject said: "by saying",
 * "for claiming", "after warning", "while insisting", "without mentioning". */
static gboolean
gerund_adjunct (const SlDocScan *s, guint k)
{
  static const char *const words[] = { "by", "for", "after", "before", "while", "without",
                                       "upon", "when", "from" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (sl_scan_is (s, k, words[i]))
      return TRUE;
  /* ("kept saying that …", "began telling reporters …": the clause's subject speaks too) */
  return going_on_verb (s, k);
}

/* Whether the cue word at i, by its place, reports nothing: a reporting participle that only
 * describes the finding's subject, "called" that names or phones, a plural such as "claims"
 * in object position. Neither the rules nor the trained detector make a claim of it. */
/* "declined to comment", "refused to say how many": a refusal to speak says nothing, so it
 * is no claim and disputes nothing; "refused to accept the result" still rejects. */
static gboolean
refuses_comment (const SlDocScan *s, guint after, guint limit, const SlWord *w)
{
  static const char *const speech[] = { "comment", "say", "discuss", "confirm", "elaborate",
                                        "speculate", "answer", "specify", "disclose", "identify",
                                        "name", "respond", "reveal", "detail", "give", "provide" };
  const SlWord *next;
  gint32 timex;

  if (w->lemma == NULL || (strcmp (w->lemma, "decline") != 0 && strcmp (w->lemma, "refuse") != 0))
    return FALSE;
  /* "declined on Tuesday to comment" */
  after = skip_time_right (s, after, limit, &timex);
  /* "declined comment" */
  if (sl_scan_is (s, after, "comment"))
    return TRUE;
  if (!sl_scan_is (s, after, "to"))
    return FALSE;
  next = sl_scan_word (s, after + 1);
  for (guint i = 0; i < G_N_ELEMENTS (speech); i++)
    if (sl_scan_is (s, after + 1, speech[i])
        || (next != NULL && next->lemma != NULL && strcmp (next->lemma, speech[i]) == 0))
      return TRUE;
  return FALSE;
}

/* "did not respond to requests for comment", "would not say whom he had met": saying
 * nothing, or not saying which, is no claim. */
static gboolean
silent_reply (const SlDocScan *s, const Sent *st, guint i, guint after)
{
  static const char *const replies[] = { "respond", "responded", "reply", "replied", "return",
                                         "returned", "comment", "commented" };
  static const char *const says[] = { "say", "said", "disclose", "specify", "confirm" };
  static const char *const which[] = { "whether", "if", "when", "how", "who", "whom", "what",
                                       "which", "where", "why", "to" };
  guint k = i;

  while (k > st->first && (sl_scan_cls (s, k - 1) & SL_W_ADV) && !(sl_scan_cls (s, k - 1) & SL_W_NEG))
    k--;
  if (k == st->first || !(sl_scan_cls (s, k - 1) & SL_W_NEG))
    return FALSE;
  if (sl_scan_is_one_of (s, i, replies, G_N_ELEMENTS (replies)))
    return after >= st->content_end || sl_scan_is (s, after, "to") || sl_scan_punct (s, after, ',')
           || sl_scan_punct (s, after, '.');
  return sl_scan_is_one_of (s, i, says, G_N_ELEMENTS (says))
         && sl_scan_is_one_of (s, after, which, G_N_ELEMENTS (which));
}

gboolean
sl_scan_refuses_comment (const SlDocScan *s, guint i)
{
  const SlWord *w = sl_scan_word (s, i);
  const SlSentence *sen = &g_array_index (s->sentences, SlSentence, sl_scan_sentence_of (s, i));

  return w != NULL && refuses_comment (s, i + 1, sen->tok_end, w);
}

/* Whether a short object from k is followed by "to" and a verb: "asked the minister
 * last week to step down", "told about 600 households to stop using their wells"; with
 * for_too, or by "for" and what is asked for: "asked the federal government for 4,000
 * vials". */
static gboolean
asks_to (const SlDocScan *s, guint k, guint end, gboolean for_too)
{
  for (guint j = k; j < end && j < k + 6; j++)
    {
      if (sl_scan_is (s, j, "to") && j > k && j + 1 < end && sl_scan_has (s, j + 1, SL_TOK_LOWER)
          && !(sl_scan_cls (s, j + 1) & (SL_W_DET | SL_W_QUANT | SL_W_PRON)))
        return TRUE;
      if (for_too && sl_scan_is (s, j, "for") && j > k)
        return TRUE;
      /* (a number in the object: "about 600 households"; a possessive: "Djibouti's
       * government") */
      if ((sl_scan_has (s, j, SL_TOK_NUM) || sl_scan_has (s, j, SL_TOK_POSSESSIVE)) && j > k)
        continue;
      if (!sl_scan_is_word (s, j) || (sl_scan_cls (s, j) & (SL_W_CUE | SL_W_REL | SL_W_SUBORD))
          || sl_scan_is (s, j, "that") || sl_scan_is (s, j, "whether") || sl_scan_is (s, j, "if"))
        return FALSE;
    }
  return FALSE;
}

/* Whether the lower-case -ed form at i describes the common noun before it instead of
 * telling what it did: "the quotas announced so far for next year already exceed …", where
 * the clause's own verb follows past adverbs, times and phrases with a preposition.
 * reduced_relative() is the case of a reporting verb after it. */
static gboolean
noun_participle (const SlDocScan *s, const Sent *st, guint i)
{
  guint prev = i - 1, j;

  if (i <= st->first + 1 || !sl_scan_has (s, i, SL_TOK_LOWER) || !sl_scan_is_word (s, prev)
      || !sl_scan_has (s, prev, SL_TOK_LOWER)
      || (sl_scan_cls (s, prev) & (SL_W_PRON | SL_W_AUX | SL_W_BE | SL_W_MODAL | SL_W_ADV | SL_W_NEG
                                   | SL_W_CONJ | SL_W_REL | SL_W_PREP | SL_W_DET | SL_W_QUANT
                                   | SL_W_UNNAMED | SL_W_TITLE | SL_W_ORGHEAD | SL_W_DOCNOUN
                                   | SL_W_CUE))
      || timex_at (s, prev) >= 0)
    return FALSE;
  for (j = i + 1; j < st->content_end && j < i + 12;)
    {
      if (timex_at (s, j) >= 0 || sl_scan_is_adverb (s, j) || sl_scan_is (s, j, "so")
          || sl_scan_is (s, j, "far"))
        j++;
      else if ((sl_scan_cls (s, j) & SL_W_PREP) && !sl_scan_is (s, j, "that"))
        {
          guint e;

          if (!sl_scan_np_right (s, j + 1, st->content_end, &e) || e <= j + 1)
            return FALSE;
          j = e;
        }
      else
        return sl_scan_is_word (s, j) && sl_scan_has (s, j, SL_TOK_LOWER) && sl_scan_verbish (s, j, st->first)
               && !(sl_scan_cls (s, j) & SL_W_CUE);
    }
  return FALSE;
}

/* Whether the word in -s at i is the verb of a sentence whose subject is "a record of …",
 * the phrase before it beginning at nb after its determiners: "A review of the records shows",
 * "Video of the incident shows", "an analysis of newly filed reports shows" (not a plural
 * noun). */
static gboolean
record_of_subject (const SlDocScan *s, const Sent *st, guint nb, guint i)
{
  guint o = nb;
  guint b;

  /* (the words of the phrase after "of" are lowercase) */
  while (o > st->first + 1 && nb - o < 5 && !sl_scan_is (s, o - 1, "of")
         && sl_scan_is_word (s, o - 1) && sl_scan_has (s, o - 1, SL_TOK_LOWER)
         && !(sl_scan_cls (s, o - 1) & (SL_W_PREP | SL_W_CONJ | SL_W_REL)))
    o--;
  if (o <= st->first + 1 || !sl_scan_is (s, o - 1, "of"))
    return FALSE;
  o--;
  if (!(sl_scan_cls (s, o - 1) & SL_W_DOCNOUN)
      || !(sl_scan_has (s, o - 1, SL_TOK_LOWER) || o - 1 == st->first))
    return FALSE;
  /* (a phrase that goes on with a preposition has a noun of its own that could be the
   * subject: "a review of his work in Ukraine shows how") */
  for (guint k = nb; k < i; k++)
    if (sl_scan_cls (s, k) & SL_W_PREP)
      return FALSE;
  b = sl_scan_np_left (s, st->first, o);
  while (b > st->first && (sl_scan_cls (s, b - 1) & SL_W_DET))
    b--;
  return b == st->first;
}

static gboolean
not_a_report (const SlDocScan *s, const Sent *st, guint i, guint n, const SlWord *w)
{
  guint prev = i > st->first ? i - 1 : G_MAXUINT;
  guint after = i + n;
  gint32 t_as;

  if (refuses_comment (s, after, st->content_end, w))
    return TRUE;
  /* "the morning shift refused to climb into the cranes", "has refused to pay": refusing
   * to act is a deed, not a denial of anything said ("refused to endorse him", "refuses to
   * release his returns": refusing to take a side, or to tell, still speaks) */
  if (g_strcmp0 (w->lemma, "refuse") == 0 && sl_scan_is (s, after, "to")
      && sl_scan_has (s, after + 1, SL_TOK_LOWER) && !(sl_scan_cls (s, after + 1) & SL_W_CUE))
    {
      static const char *const telling[] = { "release", "disclose", "reveal", "make", "share",
                                             "publish", "hand", "cooperate", "testify", "answer",
                                             "explain", "apologize", "apologise", "recognize",
                                             "recognise", "accept", "endorse", "pledge", "sign" };

      if (!sl_scan_is_one_of (s, after + 1, telling, G_N_ELEMENTS (telling)))
        return TRUE;
    }
  /* "UNESCO listed it as a World Heritage site": an entry made in a register, not words */
  if (g_strcmp0 (w->lemma, "list") == 0 && n == 1
      && (sl_scan_is (s, after, "it") || sl_scan_is (s, after, "them")) && sl_scan_is (s, after + 1, "as"))
    return TRUE;
  /* "the final was called off": cancelled, not called anything */
  if (g_strcmp0 (w->lemma, "call") == 0 && n == 1 && sl_scan_is (s, after, "off"))
    return TRUE;
  /* "wrote to the prime minister last Thursday": a letter sent, whose words the sentence
   * does not give (not "wrote to the minister that …" nor "wrote to him: …") */
  if (g_strcmp0 (w->lemma, "write") == 0 && sl_scan_is (s, after, "to"))
    {
      guint k = after + 1;

      while (k < st->content_end && k < after + 12 && !sl_scan_is (s, k, "that")
             && !sl_scan_punct (s, k, ':') && !sl_scan_has (s, k, SL_TOK_QUOTE)
             && !(sl_scan_cls (s, k) & SL_W_CUE))
        k++;
      if (k >= st->content_end || k >= after + 12 || (sl_scan_punct (s, k, '.') && k + 1 >= st->content_end))
        return TRUE;
    }
  /* "sounded the alarm", "sounded a warning" report; "the sirens had sounded too late" and
   * "it sounds like" do not */
  if (g_strcmp0 (w->lemma, "sound") == 0 && !(sl_scan_cls (s, after) & SL_W_DET))
    return TRUE;
  /* "Rift Valley fever, first identified in Kenya in the 1930s, spreads": a participle set
   * off after a noun tells of the noun */
  if (w->form == SL_FORM_ED && prev != G_MAXUINT && after < st->content_end
      && (sl_scan_cls (s, after) & SL_W_PREP) && !sl_scan_is (s, after, "by") && !sl_scan_is (s, after, "to")
      && (sl_scan_punct (s, prev, ',')
          || (prev > st->first && sl_scan_punct (s, prev - 1, ',') && sl_scan_has (s, prev, SL_TOK_LOWER)
              && (sl_scan_cls (s, prev) & SL_W_ADV))))
    {
      guint k = after, open = sl_scan_punct (s, prev, ',') ? prev : prev - 1;

      while (k < st->content_end && k < after + 12 && !sl_scan_punct (s, k, ','))
        k++;
      /* (the clause goes on with its own verb after the aside, and a common noun, not a
       * speaker's name, stands before it: "the developer, Vadehav Data, said on Friday,
       * leaving …" is a report) */
      if (k + 1 < st->content_end && sl_scan_punct (s, k, ',') && !sl_scan_is (s, k + 1, "that")
          && open > st->first && sl_scan_has (s, open - 1, SL_TOK_LOWER)
          && sl_scan_has (s, k + 1, SL_TOK_LOWER) && !sl_scan_ends_with (s, k + 1, "ing")
          && !(sl_scan_cls (s, k + 1) & (SL_W_DET | SL_W_PREP | SL_W_CONJ | SL_W_PRON | SL_W_SUBORD
                                         | SL_W_REL | SL_W_QUANT)))
        return TRUE;
    }
  /* "filed for court receivership in March": a filing for a court's protection says
   * nothing (a filing that alleges, "filed a complaint saying …", still may) */
  if ((g_strcmp0 (w->lemma, "file") == 0 || sl_scan_is (s, i, "filed") || sl_scan_is (s, i, "files")
       || sl_scan_is (s, i, "filing"))
      && sl_scan_is (s, after, "for"))
    return TRUE;
  /* "The strike, called by the drivers' union, began": a strike or a meeting called by
   * someone was convened, not spoken of */
  if (g_strcmp0 (w->lemma, "call") == 0 && w->form == SL_FORM_ED && sl_scan_is (s, after, "by")
      && prev != G_MAXUINT && sl_scan_punct (s, prev, ','))
    return TRUE;
  /* "would have first call on the satellite link", "the final say on it": a base form
   * after an ordinal is a noun */
  if (w->form == SL_FORM_BASE && prev != G_MAXUINT && sl_scan_has (s, prev, SL_TOK_LOWER)
      && (sl_scan_is (s, prev, "first") || sl_scan_is (s, prev, "last") || sl_scan_is (s, prev, "final")))
    return TRUE;
  /* "the low water was adding about 9 dollars a tonne to the cost", "added 40 staff to the
   * team": an amount added to something is arithmetic, not a statement */
  if (g_strcmp0 (w->lemma, "add") == 0)
    {
      guint k = after;

      if (sl_scan_is (s, k, "about") || sl_scan_is (s, k, "some") || sl_scan_is (s, k, "nearly")
          || sl_scan_is (s, k, "another") || sl_scan_is (s, k, "around"))
        k++;
      if (sl_scan_has (s, k, SL_TOK_NUM))
        for (guint j = k + 1; j < st->content_end && j < k + 8; j++)
          {
            if (sl_scan_is (s, j, "to"))
              return TRUE;
            if (sl_scan_verbish (s, j, after) || sl_scan_is (s, j, "that") || sl_scan_punct (s, j, ':'))
              break;
          }
    }
  /* "stayed offline after inspectors found cracks in a weld", "banned swimming … after
   * laboratory tests confirmed a toxic bloom": what was found in a clause of time is a
   * happening, not a finding anyone reports */
  if ((g_strcmp0 (w->lemma, "find") == 0 || g_strcmp0 (w->lemma, "confirm") == 0
       || g_strcmp0 (w->lemma, "detect") == 0 || g_strcmp0 (w->lemma, "reveal") == 0)
      && w->form == SL_FORM_ED)
    for (guint k = i; k > st->first && i - k < 6; k--)
      {
        /* (a plural that reads as a verb may be the subject: "laboratory tests") */
        if (sl_scan_has (s, k - 1, SL_TOK_PUNCT)
            || (sl_scan_verbish (s, k - 1, st->first) && !(k == i && sl_scan_ends_with (s, k - 1, "s"))))
          break;
        if (sl_scan_is (s, k - 1, "after") || sl_scan_is (s, k - 1, "when")
            || sl_scan_is (s, k - 1, "before") || sl_scan_is (s, k - 1, "once")
            || sl_scan_is (s, k - 1, "until")
            /* ("told the families as soon as a DNA test confirmed the mistake") */
            || (k >= 3 && sl_scan_is (s, k - 1, "as") && sl_scan_is (s, k - 2, "soon")
                && sl_scan_is (s, k - 3, "as")))
          return TRUE;
      }
  /* "the island, known as the grey zone": a name, not a claim; "a rocky outcrop claimed by
   * both countries": a participle describing the noun before it; "Sirens sounded in
   * Hassanabad": a sound with nothing said */
  if (n == 1 && prev != G_MAXUINT && !(sl_scan_cls (s, prev) & (SL_W_AUX | SL_W_BE))
      && ((sl_scan_is (s, i, "known") && sl_scan_is (s, after, "as"))
          || (g_strcmp0 (w->lemma, "claim") == 0 && w->form == SL_FORM_ED && sl_scan_is (s, after, "by")
              && (sl_scan_np_token (s, prev) || sl_scan_punct (s, prev, ',')))))
    return TRUE;
  if (g_strcmp0 (w->lemma, "sound") == 0
      && (after >= st->content_end || (sl_scan_cls (s, after) & SL_W_PREP) || timex_at (s, after) >= 0
          || sl_scan_has (s, after, SL_TOK_PUNCT)))
    return TRUE;
  /* "Peace talks between the government and the rebels resumed": the noun */
  if (n == 1 && sl_scan_is (s, i, "talks")
      && (sl_scan_is (s, after, "between") || sl_scan_verbish (s, after, after)))
    return TRUE;
  if (silent_reply (s, st, i, after))
    return TRUE;
  /* "had spent about 18,000 euros defending the permit": what a sum was spent on */
  if (w->form == SL_FORM_ING && prev != G_MAXUINT && prev > st->first && sl_scan_has (s, prev - 1, SL_TOK_NUM))
    {
      static const char *const money[] = { "euros", "dollars", "pounds", "francs", "crowns", "rand",
                                           "pesos", "rupees", "yen", "yuan", "million", "billion" };

      if (sl_scan_is_one_of (s, prev, money, G_N_ELEMENTS (money)))
        return TRUE;
    }
  /* "the seller was asking 15,000 dollars for the set": a price, not a request */
  if (g_strcmp0 (w->lemma, "ask") == 0 && after < st->content_end
      && (sl_scan_has (s, after, SL_TOK_NUM) || sl_scan_currency_sign (s, after)
          || ((sl_scan_cls (s, after) & (SL_W_QUANT | SL_W_ADV)) && sl_scan_has (s, after + 1, SL_TOK_NUM))))
    return TRUE;
  /* "four in ten of the children admitted arrived with warning signs", "most of those asked
   * said they …": a participle between a noun and the clause's own verb describes the noun
   * (but "the police said detained protesters were freed" reports) */
  /* (a verb of the lexicon, which may be passive; "residents seemed pleased with" is the
   * trained detector's, and "seemed" takes no object) */
  if (n == 1 && w->form == SL_FORM_ED && w->lemma != NULL && sl_scan_ends_with (s, i, "ed") && prev != G_MAXUINT
      && after + 1 < st->content_end && sl_scan_has (s, prev, SL_TOK_LOWER) && sl_scan_np_token (s, prev)
      && !(sl_scan_cls (s, prev) & (SL_W_DET | SL_W_PREP | SL_W_AUX | SL_W_BE | SL_W_MODAL | SL_W_CONJ
                                    | SL_W_REL | SL_W_SUBORD | SL_W_ADV | SL_W_NEG))
      && sl_scan_has (s, after, SL_TOK_LOWER) && sl_scan_verbish (s, after, st->first)
      && (sl_scan_ends_with (s, after, "ed") || (sl_scan_cls (s, after) & (SL_W_CUE | SL_W_PAST)))
      && ((sl_scan_cls (s, after + 1) & (SL_W_PREP | SL_W_DET | SL_W_PRON))
          || sl_scan_is (s, after + 1, "that")))
    return TRUE;
  /* "one of the bidders withdrew before the first round", "withdrew from the race": pulling
   * out says nothing (withdrawing a claim or support takes it back) */
  if (g_strcmp0 (w->lemma, "withdraw") == 0
      && (after >= st->content_end || (sl_scan_cls (s, after) & (SL_W_PREP | SL_W_SUBORD | SL_W_CONJ))
          || sl_scan_has (s, after, SL_TOK_PUNCT) || timex_at (s, after) >= 0))
    return TRUE;
  /* "The board issued no statement", "the police released no details", "gave no total for
   * the money": putting out nothing says nothing */
  if (n == 1 && sl_scan_is (s, after, "no") && after + 1 < st->content_end)
    {
      static const char *const put_out[] = { "issued", "issues", "released", "published", "posted" };
      static const char *const given[] = { "gave", "gives", "offered", "provided" };

      if (sl_scan_is_one_of (s, i, put_out, G_N_ELEMENTS (put_out)))
        return TRUE;
      /* (but "offered no proof that …", "gave no evidence of fraud" claim what they do not
       * prove) */
      if (sl_scan_is_one_of (s, i, given, G_N_ELEMENTS (given)) && !sl_scan_is (s, after + 1, "proof")
          && !sl_scan_is (s, after + 1, "evidence"))
        return TRUE;
    }
  /* "The NSSC's statement, posted on its website, carried no date", "Kim, asked about the
   * plan, said …": a participle set off after a noun describes it, and reports nothing */
  if (n == 1 && w->form == SL_FORM_ED && sl_scan_ends_with (s, i, "ed") && prev != G_MAXUINT
      && prev > st->first && sl_scan_punct (s, prev, ',') && sl_scan_np_token (s, prev - 1)
      && !(sl_scan_cls (s, prev - 1) & (SL_W_PRON | SL_W_CUE)) && after < st->content_end
      && (((sl_scan_cls (s, after) & SL_W_PREP) && !sl_scan_is (s, after, "by") && !sl_scan_is (s, after, "to"))
          || timex_at (s, after) >= 0))
    {
      /* (the aside closes with a comma before the clause's own verb) */
      for (guint k = after + 1; k < st->content_end && k < after + 12; k++)
        if (sl_scan_punct (s, k, ','))
          {
            if (k + 1 < st->content_end && sl_scan_has (s, k + 1, SL_TOK_LOWER) && sl_scan_verbish (s, k + 1, st->first))
              return TRUE;
            break;
          }
    }
  /* "4,100 voters had cast a ballot before the outage": voting with no choice named is an act,
   * not a view ("cast their votes for Sanders" names one and stays a claim) */
  {
    static const char *const casts[] = { "cast", "casts", "casting" };
    static const char *const votes[] = { "ballot", "ballots", "vote", "votes" };

    if (n == 1 && sl_scan_is_one_of (s, i, casts, G_N_ELEMENTS (casts)))
      {
        guint k = after;

        if (k < st->content_end && (sl_scan_cls (s, k) & (SL_W_DET | SL_W_PRON)))
          k++;
        if (k < st->content_end && sl_scan_is_one_of (s, k, votes, G_N_ELEMENTS (votes))
            && !sl_scan_is (s, k + 1, "for") && !sl_scan_is (s, k + 1, "against"))
          return TRUE;
      }
  }
  /* "… whether it had told the authorities in time": a question, not what was said */
  if (prev != G_MAXUINT && prev > st->first + 1 && (sl_scan_cls (s, prev) & (SL_W_AUX | SL_W_BE | SL_W_MODAL))
      && (sl_scan_cls (s, prev - 1) & SL_W_PRON) && (sl_scan_is (s, prev - 2, "whether")
                                                    || sl_scan_is (s, prev - 2, "if")))
    return TRUE;
  /* "Brussels began listing vessels", "regulators began recalling tablets": a gerund after
   * a verb of starting or stopping names what someone set about doing (but "kept saying
   * that …", "started telling reporters …" report) */
  if (w->form == SL_FORM_ING && prev != G_MAXUINT && sl_scan_has (s, prev, SL_TOK_LOWER)
      && !w->cue_object && g_strcmp0 (w->lemma, "say") != 0 && !sl_scan_is (s, after, "that")
      && !(sl_scan_tok (s, after)->flags & SL_TOK_QUOTE) && !sl_scan_punct (s, after, ':')
      && !(sl_scan_cls (s, after) & SL_W_PRON))
    {


      /* (a plain object: "began dismissing the notion that …", "began calling for him to
       * resign" still report) */
      gboolean plain = TRUE;

      for (guint k = after; k < st->content_end && k < after + 10 && plain; k++)
        {
          if (sl_scan_punct (s, k, ',') || sl_scan_punct (s, k, ';'))
            break;
          plain = !sl_scan_is (s, k, "that") && !sl_scan_is (s, k, "to") && !sl_scan_is (s, k, "for")
                  && !sl_scan_is (s, k, "about") && !(sl_scan_tok (s, k)->flags & SL_TOK_QUOTE);
        }
      if (plain && going_on_verb (s, prev))
        return TRUE;
    }
  /* "the national avalanche warning service": a gerund naming what a body does */
  if (n == 1 && sl_scan_has (s, i, SL_TOK_LOWER) && sl_scan_ends_with (s, i, "ing")
      && sl_scan_has (s, after, SL_TOK_LOWER) && (sl_scan_cls (s, after) & SL_W_ORGHEAD))
    return TRUE;
  /* "Bordeaux merchant's executives charged over fake Pauillac": a headline's passive, the
   * ones charged, not who charges ("Prosecutors charged the executives with fraud" names
   * the charged after the verb) */
  if (g_strcmp0 (w->lemma, "charge") == 0 && w->form == SL_FORM_ED
      && (sl_scan_is (s, after, "over") || sl_scan_is (s, after, "with") || sl_scan_is (s, after, "for")
          || sl_scan_is (s, after, "in")))
    return TRUE;
  /* "Paris, which issued Belhadj's visa, said …": issuing a thing that says nothing (but
   * "issued a statement", "issued a warning that …") */
  if (g_strcmp0 (w->lemma, "issue") == 0 && !sl_scan_is (s, after, "that"))
    {
      gboolean says = FALSE;

      for (guint k = after; k < st->content_end && k < after + 6 && !says; k++)
        {
          if (!sl_scan_is_word (s, k) || (sl_scan_cls (s, k) & SL_W_PREP))
            break;
          says = (sl_scan_cls (s, k) & (SL_W_DOCNOUN | SL_W_CUE)) && !sl_scan_has (s, k, SL_TOK_POSSESSIVE);
        }
      if (!says)
        return TRUE;
    }
  /* "its own units had responded in proportion", "returned fire and responded in kind": a
   * reaction, not a reply */
  if (g_strcmp0 (w->lemma, "respond") == 0 && sl_scan_is (s, after, "in"))
    return TRUE;
  /* "Moldova expels three Russian diplomats accused of spying": the accused, right after
   * the noun, not who accuses ("Moscow accused Kyiv of …" names the accused first) */
  if (g_strcmp0 (w->lemma, "accuse") == 0 && w->form == SL_FORM_ED && sl_scan_is (s, after, "of")
      && prev != G_MAXUINT && sl_scan_np_token (s, prev) && sl_scan_has (s, prev, SL_TOK_LOWER)
      && !(sl_scan_cls (s, prev) & (SL_W_AUX | SL_W_BE | SL_W_PRON | SL_W_ADV)))
    return TRUE;
  /* "the kidnappers had asked for a ransom", "had asked Ramdharry to step down": a
   * request, not a statement */
  if (g_strcmp0 (w->lemma, "ask") == 0 && w->form != SL_FORM_ING
      && (sl_scan_is (s, after, "for") || asks_to (s, after, st->content_end, TRUE)))
    return TRUE;
  /* "the team, which dismissed him in July": "dismissed" a person is fired, not denied
   * (but "dismissed her complaint", "dismissed him as an actor") */
  if (g_strcmp0 (w->lemma, "dismiss") == 0
      && (sl_scan_is (s, after, "him") || sl_scan_is (s, after, "her") || sl_scan_is (s, after, "them")
          || sl_scan_is (s, after, "me") || sl_scan_is (s, after, "us"))
      && !sl_scan_is (s, after + 1, "as")
      && (after + 1 >= st->content_end || sl_scan_has (s, after + 1, SL_TOK_PUNCT)
          || (sl_scan_cls (s, after + 1) & SL_W_PREP) || timex_at (s, after + 1) >= 0))
    return TRUE;
  /* "Venezuela has claimed the Essequibo": a claim to a place, not a statement */
  if (g_strcmp0 (w->lemma, "claim") == 0 && w->form != SL_FORM_S
      && (sl_scan_is_capword (s, after) || (sl_scan_is (s, after, "the") && sl_scan_is_capword (s, after + 1)))
      && !sl_scan_has (s, after, SL_TOK_QUOTE))
    return TRUE;
  if (w->form == SL_FORM_ED && n == 1 && noun_participle (s, st, i))
    return TRUE;
  /* "an estimated 500 people", "costs estimated at $5 billion": a participle, not the verb
   * of "The commission estimated turnout at 58%" */
  if (w->form == SL_FORM_ED && g_strcmp0 (w->lemma, "estimate") == 0
      && (prev == G_MAXUINT || (sl_scan_cls (s, prev) & (SL_W_DET | SL_W_QUANT | SL_W_PREP))
          || sl_scan_is (s, after, "at") || sl_scan_is (s, after, "to") || sl_scan_has (s, after, SL_TOK_NUM)
          || (sl_scan_cls (s, prev) & SL_W_BE)))
    return TRUE;
  /* "according to an analysis published on Monday by the Observatory": the participle
   * describes the document, whose maker is credited by "according to" */
  if (w->form == SL_FORM_ED && n == 1 && prev != G_MAXUINT && (sl_scan_cls (s, prev) & SL_W_DOCNOUN)
      && sl_scan_has (s, prev, SL_TOK_LOWER))
    {
      gint32 timex;
      guint k = skip_time_right (s, after, st->content_end, &timex);
      guint nb = sl_scan_np_left (s, st->first, i);

      if (sl_scan_is (s, k, "by") && nb >= st->first + 2 && sl_scan_is (s, nb - 1, "to")
          && sl_scan_is (s, nb - 2, "according"))
        return TRUE;
    }
  /* "The report published Tuesday showed …": the claim is made at "showed" */
  if (n == 1 && reduced_relative (s, st, i))
    return TRUE;
  /* "a freighter suspected of moving arms", "a man said to be close to him": a passive
   * participle describing the noun before it */
  if (w->form == SL_FORM_ED && n == 1 && prev != G_MAXUINT && sl_scan_has (s, prev, SL_TOK_LOWER)
      && sl_scan_np_token (s, prev) && !(sl_scan_cls (s, prev) & (SL_W_PRON | SL_W_AUX))
      && (sl_scan_is (s, after, "of") || sl_scan_is (s, after, "to")
          /* (not "said as recently as March that": a time) */
          || (sl_scan_is (s, after, "as") && skip_time_right (s, after, st->content_end, &t_as) == after))
      && (w->lemma == NULL /* a word only the trained detector reads as a cue */
          || w->stance == SL_STANCE_SUSPECT || g_strcmp0 (w->lemma, "say") == 0
          || g_strcmp0 (w->lemma, "report") == 0 || g_strcmp0 (w->lemma, "allege") == 0))
    return TRUE;
  /* "called" that names or phones: "a group called Black Votes Matter", "The program,
   * called EB-5,", "called in to a radio show" */
  if (w->form == SL_FORM_ED && g_strcmp0 (w->lemma, "call") == 0 && n == 1)
    {
      guint q = prev != G_MAXUINT && sl_scan_punct (s, prev, ',') && prev > st->first ? prev - 1 : prev;

      if (sl_scan_is (s, after, "in") || sl_scan_is (s, after, "into") || sl_scan_is (s, after, "back"))
        return TRUE;
      /* "members, called to service", "was called to testify": summoned (but "Trump called
       * to ban …" demands) */
      if (sl_scan_is (s, after, "to") && prev != G_MAXUINT
          && (sl_scan_punct (s, prev, ',') || (sl_scan_cls (s, prev) & SL_W_BE)))
        return TRUE;
      if (q != G_MAXUINT && q >= st->first && sl_scan_has (s, q, SL_TOK_LOWER) && sl_scan_np_token (s, q)
          && !(sl_scan_cls (s, q) & (SL_W_PRON | SL_W_REL | SL_W_ADV | SL_W_QUANT))
          && (sl_scan_is_capword (s, after) || sl_scan_has (s, after, SL_TOK_QUOTE)))
        return TRUE;
    }
  /* "a news conference that officials had called at short notice", "called at 9 p.m. to say
   * he was safe": convened or phoned, with no one named and nothing said */
  if (g_strcmp0 (w->lemma, "call") == 0 && n == 1 && after < st->content_end
      && ((timex_at (s, after) >= 0 && !sl_scan_has (s, after, SL_TOK_POSSESSIVE)
           && !sl_scan_has (s, after + 1, SL_TOK_POSSESSIVE)) /* (not "called Friday's decision a win") */
          || ((sl_scan_is (s, after, "at") || sl_scan_is (s, after, "in") || sl_scan_is (s, after, "from"))
              && sl_scan_has (s, after, SL_TOK_LOWER))))
    return TRUE;
  /* "called an emergency meeting", "calls a general strike": convened; "called Machado on
   * Friday to thank her", "called him back": phoned (a name or pronoun, then a time, a
   * purpose or nothing) */
  if (g_strcmp0 (w->lemma, "call") == 0 && n == 1)
    {
      guint ne;

      if ((sl_scan_is (s, after, "a") || sl_scan_is (s, after, "an")) && after + 1 < st->content_end)
        {
          static const char *const convened[] = { "meeting", "vote", "election", "elections",
                                                  "strike", "halt", "session", "summit",
                                                  "referendum", "ceasefire", "truce", "recess",
                                                  "conference", "hearing", "inquiry", "debate" };
          guint k = after + 1;

          /* ("an extraordinary shareholders' meeting": a possessive on the way) */
          while (k + 1 < st->content_end && k < after + 6
                 && (sl_scan_has (s, k, SL_TOK_LOWER) || sl_scan_has (s, k, SL_TOK_POSSESSIVE)
                     || sl_scan_plural_possessive (s, k))
                 && !sl_scan_is_one_of (s, k, convened, G_N_ELEMENTS (convened)))
            k++;
          if (sl_scan_is_one_of (s, k, convened, G_N_ELEMENTS (convened))
              && (k + 1 >= st->content_end || sl_scan_punct (s, k + 1, ',') || timex_at (s, k + 1) >= 0
                  || (sl_scan_cls (s, k + 1) & (SL_W_PREP | SL_W_CONJ)) || sl_scan_is (s, k + 1, "to")))
            return TRUE;
        }
      /* "called both sides to talks", "called the union leaders to a meeting": summoned */
      {
        static const char *const gatherings[] = { "talks", "negotiations", "meeting", "meetings",
                                                  "table", "account", "order", "arms", "dialogue",
                                                  "session", "summit", "hearing", "court" };
        guint k = after;

        while (k < st->content_end && k < after + 6 && !sl_scan_is (s, k, "to")
               && sl_scan_np_token (s, k) && !(sl_scan_cls (s, k) & SL_W_CUE))
          k++;
        if (k > after && sl_scan_is (s, k, "to"))
          {
            k++;
            if (sl_scan_is (s, k, "a") || sl_scan_is (s, k, "an") || sl_scan_is (s, k, "the"))
              k++;
            while (k + 1 < st->content_end && sl_scan_has (s, k, SL_TOK_LOWER)
                   && !sl_scan_is_one_of (s, k, gatherings, G_N_ELEMENTS (gatherings))
                   && (sl_scan_cls (s, k) == 0) && k < after + 10)
              k++;
            if (sl_scan_is_one_of (s, k, gatherings, G_N_ELEMENTS (gatherings)))
              return TRUE;
          }
      }
      /* (the person called: a pronoun, or a name not followed by what it owns; "Calls Out
       * Cruz" in a title-case headline criticises) */
      ne = after;
      if ((sl_scan_cls (s, after) & SL_W_PRON) || sl_scan_is (s, after, "him") || sl_scan_is (s, after, "them"))
        ne = after + 1;
      else if (!sl_scan_is (s, after, "out") && !sl_scan_is (s, after, "off"))
        while (ne < st->content_end && sl_scan_is_capword (s, ne) && timex_at (s, ne) < 0)
          ne++;
      if (ne > after && !sl_scan_has (s, ne, SL_TOK_POSSESSIVE)
          && (sl_scan_is (s, ne, "on") || sl_scan_is (s, ne, "at")) && timex_at (s, ne + 1) >= 0)
        ne++;
      if (ne > after && !sl_scan_has (s, ne, SL_TOK_POSSESSIVE)
          && (ne >= st->content_end || timex_at (s, ne) >= 0
              || (sl_scan_is (s, ne, "to") && ne + 1 < st->content_end
                  && sl_scan_has (s, ne + 1, SL_TOK_LOWER) && !(sl_scan_cls (s, ne + 1) & SL_W_DET))
              || sl_scan_is (s, ne, "back")))
        return TRUE;
    }
  /* "agreed to pull heavy weapons back", "agreed on a rescue plan", "agreed to it": agreeing
   * to do something, or on something, is a deed ("agreed on Monday that the talks would
   * resume" still says so, and "agreed with Matthews" takes a side) */
  if (g_strcmp0 (w->lemma, "agree") == 0)
    {
      gint32 t;
      guint k = skip_time_right (s, after, st->content_end, &t);

      if (!sl_scan_is (s, k, "that") && !sl_scan_is (s, k, "with") && !opens_clause (s, k))
        return TRUE;
    }
  /* "withdrew the permit for next month's races": taking back a permit, an offer or troops
   * is a deed; only taking back what was said ("withdrew the accusation") denies it */
  if (g_strcmp0 (w->lemma, "withdraw") == 0)
    {
      static const char *const said[] = { "claim", "claims", "accusation", "accusations", "allegation",
                                          "allegations", "remark", "remarks", "statement", "comment",
                                          "comments", "charge", "charges", "complaint", "endorsement",
                                          "support", "report", "story", "article", "assertion", "apology" };
      gboolean words = FALSE;

      for (guint k = after; k < st->content_end && k < after + 5 && !words && sl_scan_is_word (s, k); k++)
        words = sl_scan_is_one_of (s, k, said, G_N_ELEMENTS (said));
      if (!words)
        return TRUE;
    }
  /* turning down an offer or a request is an act, not a denial of what someone said */
  if (w->stance == SL_STANCE_DENY && (g_strcmp0 (w->lemma, "reject") == 0 || g_strcmp0 (w->lemma, "dismiss") == 0)
      && turned_down (s, after, st->content_end))
    return TRUE;
  /* a plural noun in object position: "PolitiFact rated 32% of Republican claims",
   * "making dubious medical claims", "on his tax claims" */
  if (w->form == SL_FORM_S && prev != G_MAXUINT && !sl_scan_is (s, after, "that")
      && !sl_scan_is (s, after, "to") && !sl_scan_punct (s, after, ':')
      && !opens_clause (s, after))
    {
      guint nb = sl_scan_np_left (s, st->first, i);
      gboolean credit = FALSE;

      /* (but "“Why not?” a spokesman for the bank says.": the credit of a quotation) */
      if (after >= st->content_end)
        for (guint k = i; k > st->first && !credit && i - k < 12; k--)
          credit = sl_scan_has (s, k - 1, SL_TOK_QUOTE) && sl_scan_has (s, k - 1, SL_TOK_CLOSE);
      if (after >= st->content_end && !credit && st->first > 0)
        credit = sl_scan_has (s, st->first - 1, SL_TOK_QUOTE) && sl_scan_has (s, st->first - 1, SL_TOK_CLOSE);
      while (nb < i && (sl_scan_cls (s, nb) & SL_W_DET))
        nb++;
      if (nb < i && nb > st->first && !credit && !record_of_subject (s, st, nb, i)
          && ((sl_scan_cls (s, nb - 1) & SL_W_PREP)
              || ((sl_scan_cls (s, nb - 1) & SL_W_DET) && nb - 1 > st->first
                  && (sl_scan_cls (s, nb - 2) & SL_W_PREP))
              || (sl_scan_verbish (s, nb - 1, st->first) && !(sl_scan_cls (s, nb - 1) & SL_W_AUX))
              || (sl_scan_has (s, nb - 1, SL_TOK_LOWER) && sl_scan_ends_with (s, nb - 1, "ing"))))
        return TRUE;
    }
  return FALSE;
}

/* Gives the candidate c, whose speaker is known, what it says from after its cue on to the
 * end of the sentence, and adds it when that is not empty. */
static void
add_with_content (SlDocScan *s, const Sent *st, SlCand *c, const SlWord *w, guint after)
{
  gint32 t = -1;

  c->con_b = content_start (s, st, after, w, &t);
  c->con_e = st->content_end;
  if (c->con_e <= c->con_b)
    return;
  c->stance = stance_for (s, w, c->source, c->con_b, c->con_e);
  add_cand (s, c);
}

/* Adds the claim c of the speaker [b, e) whose content runs from `after` (past the cue, its
 * hearer and "that") to the end of the sentence; nothing when no content is left. */
static void
add_claim_after (SlDocScan *s, const Sent *st, SlCand *c, const SlWord *w, guint b, guint e,
                 guint after)
{
  c->src_b = b;
  c->src_e = e;
  c->subj_b = b;
  add_with_content (s, st, c, w, after);
}

/* Whether the cue at i, ending at `after`, ends a sentence or clause right after a
 * quotation and its speaker: "“…?” Vitter demanded.", "“…,” the senator insisted, …". */
static gboolean
closes_quotation (const SlDocScan *s, const Sent *st, guint i, guint after)
{
  guint b;

  if (!(after >= st->content_end || sl_scan_punct (s, after, ',')
         || (after + 1 >= st->end && (sl_scan_punct (s, after, '.') || sl_scan_punct (s, after, '!')))))
    return FALSE;
  if (!sl_scan_subject_np (s, st->first, i, &b))
    return FALSE;
  /* the quotation may end the sentence before: "“Why not?” Vitter demanded." */
  if (b == st->first)
    {
      guint qb, qe;
      return previous_quote (s, st, &qb, &qe);
    }
  return sl_scan_has (s, b - 1, SL_TOK_QUOTE) && sl_scan_has (s, b - 1, SL_TOK_CLOSE);
}

/* A word that may stand between an auxiliary and a gerund: "not", "n’t", "also", "quietly". */
static gboolean
gerund_modifier (const SlDocScan *s, guint k)
{
  /* "not", "n't" and "n’t" are negations in the gazetteer's closed words */
  return (sl_scan_cls (s, k) & (SL_W_ADV | SL_W_NEG))
         || (sl_scan_has (s, k, SL_TOK_LOWER) && sl_scan_ends_with (s, k, "ly") && !(sl_scan_cls (s, k) & SL_W_CUE)
             && !sl_scan_ly_noun (s, k));
}

/* Whether the words from `after` to the end of the sentence only name who said or added
 * something: no verb, no "that", no quotation ("…, said the governor of Haut-Katanga
 * province, Albertine Kasongo."). */
static gboolean
credit_after (const SlDocScan *s, const Sent *st, const SlWord *w, guint after)
{
  /* (only verbs that take no object stand so: "said", "added"; "told the Sahel Desk" and
   * "put the losses at …" name what they act on) */
  if ((g_strcmp0 (w->lemma, "say") != 0 && g_strcmp0 (w->lemma, "add") != 0)
      || w->form == SL_FORM_ING || after >= st->content_end || st->content_end - after > 16
      || !((sl_scan_cls (s, after) & SL_W_DET) || sl_scan_is_capword (s, after)))
    return FALSE;
  for (guint k = after; k < st->content_end; k++)
    if (sl_scan_verbish (s, k, after) || sl_scan_has (s, k, SL_TOK_QUOTE)
        || (sl_scan_cls (s, k) & (SL_W_AUX | SL_W_BE | SL_W_MODAL | SL_W_CUE | SL_W_REL | SL_W_PRON))
        || sl_scan_is (s, k, "that") || timex_at (s, k) >= 0)
      return FALSE;
  return TRUE;
}

/* The day or the month a claim was made in, when it stands right after its cue, behind
 * only prepositions, articles and a record ("saying in a statement on Monday that"); -1. */
static gint32
said_time_after (const SlDocScan *s, const Sent *st, guint after)
{
  for (guint k = after; k < st->content_end && k < after + 6; k++)
    {
      gint32 t = timex_at (s, k);

      if (t >= 0)
        {
          const SlTimex *h = &s->timexes[t];

          return h->type != SL_TIMEX_DURATION && h->end_t > h->start && h->end_t - h->start <= 31 * SL_DAY
                   ? t
                   : -1;
        }
      if (!(sl_scan_cls (s, k) & (SL_W_PREP | SL_W_DET | SL_W_DOCNOUN)))
        return -1;
    }
  return -1;
}

static void
try_cue (SlDocScan *s, const Sent *st, guint i, guint n, const SlWord *w, guint cand_first)
{
  guint prev = i > st->first ? i - 1 : G_MAXUINT;
  guint after = i + n;
  gboolean progressive = FALSE;
  Subject sub;
  SlCand c;
  gint32 t2 = -1;

  init_cand (&c, st);
  c.cue_b = i;
  c.cue_e = after;
  c.lemma = w->lemma;

  if (not_a_report (s, st, i, n, w))
    return;

  /* "Limbaugh continued: “…”", "“…,” she continued." but not "continued to supply" */
  if (w->cue_quote
      && !(sl_scan_punct (s, after, ':') || sl_scan_punct (s, after, ',') || after >= st->content_end
           || sl_scan_has (s, after, SL_TOK_QUOTE)))
    return;

  /* "Clinton plans to …", "wants Congress to …" but not "big plans", "what it wants";
   * after a quotation the quotation is what was demanded: "“Why not?” Vitter demanded." */
  if (w->cue_clause && !closes_quotation (s, st, i, after))
    {
      guint k = after;
      guint limit = MIN (after + 4, st->content_end);

      while (k < st->content_end && (sl_scan_cls (s, k) & SL_W_ADV))
        k++;
      /* a short object may stand before "to": "wants Congress to act", "expects most of those
       * admitted to recover" (a participle after "those" names people) */
      while (k < limit && !sl_scan_is (s, k, "to") && !sl_scan_is (s, k, "that")
             && (sl_scan_np_token (s, k) || (k > after && sl_scan_is (s, k, "of"))
                 || (k > after && sl_scan_is (s, k - 1, "those") && sl_scan_has (s, k, SL_TOK_LOWER)
                     && sl_scan_ends_with (s, k, "ed"))))
        k++;
      if (k >= st->content_end || !(sl_scan_is (s, k, "to") || sl_scan_is (s, k, "that")))
        return;
      /* "plans", "demands": a plural noun when a verb governs it ("made plans to") or a
       * clause describes it ("savings plans that …") */
      if (w->form == SL_FORM_S && !sl_scan_is (s, k, "to"))
        return;
      if (w->form == SL_FORM_S)
        for (guint j = i; j > st->first && j + 3 > i; j--)
          {
            guint q = j - 1;

            if (!sl_scan_is_word (s, q))
              break;
            if (sl_scan_verbish (s, q, st->first) || (sl_scan_cls (s, q) & SL_W_CUE))
              return; /* "made plans to", "drew up plans to" */
          }
      /* the verb's subject names someone: "Clinton plans to", "the campaign plans to", "the
       * ministry, which expects the plant to", but not "did not unveil plans to", "no
       * immediate plans to" */
      if (w->form == SL_FORM_S && prev != G_MAXUINT && sl_scan_has (s, prev, SL_TOK_LOWER)
          && !(sl_scan_cls (s, prev) & (SL_W_PRON | SL_W_UNNAMED | SL_W_ORGHEAD | SL_W_TITLE
                                        | SL_W_PLURAL | SL_W_DOCNOUN | SL_W_ADV | SL_W_REL))
          && !sl_scan_ends_with (s, prev, "s")
          /* (a verb joined to a claim before: "said …, and expects the court to …") */
          && !(sl_scan_is (s, prev, "and") && s->cands->len > cand_first))
        return;
    }
  /* a noun: "a recent report by a local media outlet that …" */
  if (prev != G_MAXUINT && !floated_quantifier (s, prev) && !quantifier_subject (s, st, prev, w, after)
      && ((sl_scan_cls (s, prev) & SL_W_DET)
          || (prev > st->first && (sl_scan_cls (s, prev - 1) & SL_W_DET) && sl_scan_np_token (s, prev)
              && sl_scan_has (s, prev, SL_TOK_LOWER) && w->form != SL_FORM_ED)))
    {
      guint ne;
      /* after a bare determiner the cue can only be a noun */
      gboolean noun = (sl_scan_cls (s, prev) & SL_W_DET) != 0;

      if ((sl_scan_is (s, after, "by") || sl_scan_is (s, after, "from"))
          && sl_scan_np_right (s, after + 1, st->content_end, &ne)
          && (sl_scan_is (s, ne, "that") || sl_scan_punct (s, ne, ':')))
        {
          c.source = sl_scan_resolve_np (s, after + 1, ne);
          if (c.source == SL_NONE)
            return;
          c.src_b = after + 1;
          c.src_e = ne;
          c.subj_b = prev;
          c.con_b = ne + 1;
          c.con_e = st->content_end;
          c.stance = stance_for (s, w, c.source, c.con_b, c.con_e);
          add_cand (s, &c);
          return;
        }
      if (noun)
        return;
    }
  /* "As reported by Western Journalism, …", "Asked by a reporter whether …, she said":
   * an adverbial clause whose agent is the speaker */
  if (w->form == SL_FORM_ED && sl_scan_is (s, after, "by") && adverbial_passive (s, st, i))
    {
      guint ne, comma;

      if (!sl_scan_np_right (s, after + 1, st->content_end, &ne))
        return;
      c.source = speaker_source (s, st, w, after + 1, ne);
      if (c.source == SL_NONE)
        return;
      c.src_b = after + 1;
      c.src_e = ne;
      c.subj_b = st->first;
      for (comma = ne; comma < st->content_end && !sl_scan_punct (s, comma, ','); comma++)
        ;
      if (sl_scan_is (s, prev, "as"))
        {
          if (comma >= st->content_end)
            return;
          /* what was reported is the clause after the comma */
          c.con_b = comma + 1;
          c.con_e = st->content_end;
        }
      else
        {
          /* what was asked runs to the comma */
          c.con_b = ne;
          c.con_e = comma;
        }
      if (c.con_e <= c.con_b)
        return;
      c.stance = stance_for (s, w, c.source, c.con_b, c.con_e);
      add_cand (s, &c);
      return;
    }
  /* "declined to say", "is said to", "was believed": no speaker here; but "went on to
   * say" is said */
  if (prev != G_MAXUINT && sl_scan_is (s, prev, "to") && skip_aspect_chain (s, st, i) == i)
    return;
  {
    guint q = prev;
    while (q != G_MAXUINT && q > st->first && (sl_scan_cls (s, q) & SL_W_ADV))
      q--;
    /* "Democrats are worried that …", "the mayor is convinced that …": a state of mind,
     * held by the subject of "be" (not "it is feared that …", which names no one) */
    if (q != G_MAXUINT && (sl_scan_cls (s, q) & SL_W_BE) && w->form == SL_FORM_ED
        && w->stance == SL_STANCE_SUSPECT && sl_scan_is (s, after, "that") && q > st->first
        && !sl_scan_is (s, q - 1, "it") && !sl_scan_is (s, q - 1, "there"))
      {
        progressive = TRUE;
        prev = q;
      }
    else if (q != G_MAXUINT && (sl_scan_cls (s, q) & SL_W_BE) && w->form == SL_FORM_ED)
      {
        guint ne;
        if (!sl_scan_is (s, after, "by") || !sl_scan_np_right (s, after + 1, st->content_end, &ne))
          return;
        c.source = sl_scan_resolve_np (s, after + 1, ne);
        if (c.source == SL_NONE)
          return;
        c.src_b = after + 1;
        c.src_e = ne;
        c.subj_b = st->first;
        content_before (s, st, q, &c.con_b, &c.con_e);
        while (c.con_e > c.con_b && !sl_scan_is_word (s, c.con_e - 1))
          c.con_e--;
        /* "The operator said a fault had been found by an engineer": what was found is the
         * subject of "be", inside what another said, not the frame before it (and, inside
         * it, part of what the other said) */
        {
          guint v = q, nb;

          while (v > st->first && (sl_scan_cls (s, v - 1) & (SL_W_AUX | SL_W_ADV | SL_W_MODAL | SL_W_NEG | SL_W_BE)))
            v--;
          nb = sl_scan_np_left (s, st->first, v);
          for (guint k = c.con_b; k < nb && nb < v; k++)
            if (sl_scan_cls (s, k) & SL_W_CUE)
              {
                c.con_b = c.subj_b = nb;
                break;
              }
        }
        c.stance = stance_for (s, w, c.source, c.con_b, c.con_e);
        add_cand (s, &c);
        return;
      }
  }
  /* "told the news agency Halyard Press in an interview published on Saturday": the outlet
   * that heard the words published them, and they reached us through it */
  if (w->form == SL_FORM_ED && w->stance == SL_STANCE_REPORT && prev != G_MAXUINT
      && (sl_scan_cls (s, prev) & SL_W_DOCNOUN) && s->cands->len > cand_first)
    {
      guint nb = sl_scan_np_left (s, st->first, i), told = s->cands->len - 1;
      const SlCand *tc = &g_array_index (s->cands, SlCand, told);

      if (nb >= st->first + 2 && sl_scan_is (s, nb - 1, "in") && g_strcmp0 (tc->lemma, "tell") == 0
          && tc->sentence == st->si && tc->via < 0 && tc->cue_e + 1 < nb - 1)
        {
          guint32 src = sl_scan_resolve_np (s, tc->cue_e, nb - 1);
          SlSourceKind kind = src != SL_NONE ? sl_scan_kind (s, src) : SL_SOURCE_UNNAMED;

          if (src != SL_NONE && (kind == SL_SOURCE_OUTLET || kind == SL_SOURCE_AGENCY))
            {
              guint idx, qb, qe;

              /* (what was told is the quotation before the frame, not the hearer and the
               * interview after it) */
              if (tc->con_b >= tc->cue_e && tc->subj_b > st->first)
                {
                  content_before (s, st, tc->subj_b, &qb, &qe);
                  if (qe > qb)
                    {
                      g_array_index (s->cands, SlCand, told).con_b = qb;
                      g_array_index (s->cands, SlCand, told).con_e = qe;
                    }
                }
              c.source = src;
              c.src_b = tc->cue_e;
              c.src_e = nb - 1;
              c.subj_b = tc->cue_e;
              c.con_b = tc->con_b;
              c.con_e = tc->con_e;
              (void) skip_time_right (s, after, st->content_end, &c.said_timex);
              c.stance = SL_STANCE_REPORT;
              idx = add_cand (s, &c);
              g_array_index (s->cands, SlCand, told).via = (gint32) idx;
              return;
            }
        }
    }
  /* "said in a video posted on Sunday": the document it was said in, posted by nobody named,
   * reports nothing of its own */
  if (w->form == SL_FORM_ED && prev != G_MAXUINT && (sl_scan_cls (s, prev) & SL_W_DOCNOUN))
    {
      gint32 when;
      guint nb = sl_scan_np_left (s, st->first, i), k = skip_time_right (s, after, st->content_end, &when);

      if (nb >= st->first + 2 && sl_scan_is (s, nb - 1, "in") && (sl_scan_cls (s, nb - 2) & SL_W_CUE)
          && !sl_scan_is (s, k, "by"))
        return;
    }
  /* "images published by the RUSI institute": the agent is the source, what it published
   * the content; "published on Monday by …" says when */
  {
    gint32 when = -1;
    guint by = skip_time_right (s, after, st->content_end, &when);

    if (when < 0 || !sl_scan_is (s, by, "by"))
      by = after, when = -1;
    if (w->form == SL_FORM_ED && sl_scan_is (s, by, "by") && prev != G_MAXUINT
        && !(sl_scan_cls (s, prev) & (SL_W_AUX | SL_W_PRON)) && sl_scan_has (s, prev, SL_TOK_LOWER))
      {
        guint ne, nb = sl_scan_np_left (s, st->first, i);
        if (nb < i && sl_scan_np_right (s, by + 1, st->content_end, &ne)
            && sl_scan_resolve_np (s, by + 1, ne) != SL_NONE)
          {
            /* "A report published by the Geological Survey found that …": the record opens
             * the clause whose verb reports; the maker speaks through that verb, once (a
             * plural record, "Satellite images published by RUSI show …", keeps its maker's
             * publishing: the verb agrees with the images, not with their maker) */
            if (nb == st->first && !sl_scan_ends_with (s, i - 1, "s"))
              for (guint v = ne; v < st->content_end && v < ne + 8 && !sl_scan_has (s, v, SL_TOK_PUNCT); v++)
                if ((sl_scan_cls (s, v) & SL_W_CUE) && sl_scan_has (s, v, SL_TOK_LOWER))
                  return;
            c.source = sl_scan_resolve_np (s, by + 1, ne);
            c.src_b = by + 1;
            c.src_e = ne;
            if (when >= 0)
              c.said_timex = when;
            c.subj_b = nb;
            c.con_b = nb;
            c.con_e = i;
            /* "The centre said, in a notice quoted by the agency, that …": the agent carried
             * what the speaker said, which reached us through it */
            if (nb >= st->first + 3 && sl_scan_is (s, nb - 1, "in") && sl_scan_punct (s, nb - 2, ',')
                && s->cands->len > cand_first
                && g_array_index (s->cands, SlCand, s->cands->len - 1).cue_e == nb - 2
                && g_array_index (s->cands, SlCand, s->cands->len - 1).via < 0)
              {
                guint outer = s->cands->len - 1, idx;

                c.con_b = g_array_index (s->cands, SlCand, outer).con_b;
                c.con_e = g_array_index (s->cands, SlCand, outer).con_e;
                c.stance = stance_for (s, w, c.source, c.con_b, c.con_e);
                idx = add_cand (s, &c);
                g_array_index (s->cands, SlCand, outer).via = (gint32) idx;
                return;
              }
            c.stance = stance_for (s, w, c.source, c.con_b, c.con_e);
            add_cand (s, &c);
            return;
          }
      }
  }
  /* "is once again questioning", "isn’t saying", "are quietly saying": the words between
   * the auxiliary and the gerund; after a comma they are the gerund's own (", eventually
   * saying") */
  if (w->form == SL_FORM_ING && prev != G_MAXUINT && prev > st->first && gerund_modifier (s, prev))
    {
      guint q = prev;

      while (q > st->first && gerund_modifier (s, q) && prev - q < 3)
        q--;
      if ((q > st->first && (sl_scan_cls (s, q) & SL_W_BE))
          || (q > st->first && sl_scan_has (s, q, SL_TOK_POSSESSIVE) && (sl_scan_cls (s, q - 1) & SL_W_PRON))
          || sl_scan_punct (s, q, ',') || sl_scan_is_dash (s, q))
        prev = q;
    }
  /* ", saying …", ", adding …": the speaker of the claim or clause before; "is calling
   * for", "He's claiming" are ordinary verbs */
  if (w->form == SL_FORM_ING && prev != G_MAXUINT && prev > st->first
      && ((sl_scan_cls (s, prev) & SL_W_BE)
          || (sl_scan_has (s, prev, SL_TOK_POSSESSIVE) && (sl_scan_cls (s, prev - 1) & SL_W_PRON))))
    progressive = TRUE;
  else if (w->form == SL_FORM_ING)
    {
      gboolean adjunct;

      /* "released a statement Tuesday saying", "sent a letter on Monday alleging": the time
       * says when it was said; the phrase before it is what said it */
      if (prev != G_MAXUINT && prev > st->first + 1 && timex_at (s, prev) >= 0)
        {
          gint32 when = timex_at (s, prev);
          guint q = prev;

          while (q > st->first && timex_at (s, q) == when)
            q--;
          if (q > st->first && (sl_scan_cls (s, q) & SL_W_PREP))
            q--;
          if (timex_at (s, q) < 0 && sl_scan_is_word (s, q))
            {
              prev = q;
              c.said_timex = when;
            }
        }
      /* "began by saying", "was criticized for saying": the clause's subject speaks */
      adjunct = prev != G_MAXUINT && prev > st->first && gerund_adjunct (s, prev);

      /* "footage of Trump saying …": the name before the gerund speaks */
      if (prev != G_MAXUINT && !adjunct && sl_scan_is_capword (s, prev) && w->stance != SL_STANCE_REPORT)
        {
          guint nb = prev;

          while (nb > st->first && sl_scan_is_capword (s, nb - 1))
            nb--;
          /* a name that opens the sentence is its subject, not this gerund's */
          if (nb == st->first)
            return;
          c.source = sl_scan_resolve_np (s, nb, i);
          if (c.source != SL_NONE)
            add_claim_after (s, st, &c, w, nb, i, after);
          return;
        }
      /* "Sanders released a statement saying …": whoever put the document out speaks */
      if (prev != G_MAXUINT && !adjunct && (sl_scan_cls (s, prev) & SL_W_DOCNOUN)
          && sl_scan_has (s, prev, SL_TOK_LOWER) && prev > st->first)
        {
          guint nb, ne;

          if (!clause_subject (s, st, prev, &nb, &ne, 0))
            return;
          c.source = speaker_source (s, st, w, nb, ne);
          /* "Trump posted a tweet saying …" is one claim, already made at "posted"; "a
           * statement Tuesday saying" tells it when */
          if (c.source != SL_NONE && s->cands->len > cand_first
              && g_array_index (s->cands, SlCand, s->cands->len - 1).source == c.source)
            {
              SlCand *last = &g_array_index (s->cands, SlCand, s->cands->len - 1);

              if (last->said_timex < 0)
                last->said_timex = c.said_timex;
              return;
            }
          if (c.source == SL_NONE)
            return;
          add_claim_after (s, st, &c, w, nb, ne, after);
          return;
        }
      /* a poll's share: "with 50 percent saying", "left 62 percent of voters saying" */
      if (prev != G_MAXUINT && !adjunct && sl_scan_np_token (s, prev) && sl_scan_has (s, prev, SL_TOK_LOWER))
        {
          guint nb = sl_scan_np_left (s, st->first, i);

          while (nb < i && (sl_scan_cls (s, nb) & SL_W_DET))
            nb++;
          if (nb < prev && (sl_scan_has (s, nb, SL_TOK_NUM) || (sl_scan_cls (s, nb) & SL_W_QUANT))
              && !(sl_scan_cls (s, nb) & SL_W_DET))
            {
              c.source = any_np_source (s, nb, i);
              if (c.source != SL_NONE)
                add_claim_after (s, st, &c, w, nb, i, after);
              return;
            }
        }
      /* ", saying", ",” saying", "– saying" */
      if (!adjunct
          && (prev == G_MAXUINT
              || !(sl_scan_punct (s, prev, ',') || sl_scan_is_dash (s, prev)
                   || (sl_scan_has (s, prev, SL_TOK_QUOTE) && prev > st->first
                       && sl_scan_punct (s, prev - 1, ',')))))
        return;
      if (!adjunct && s->cands->len > cand_first)
        {
          const SlCand *last = &g_array_index (s->cands, SlCand, s->cands->len - 1);

          /* "which denied that the failure pointed to a flaw, saying …": the clause's own
           * claim, not one inside what it denied */
          for (guint k = s->cands->len; k > cand_first + 1; k--)
            {
              const SlCand *ck = &g_array_index (s->cands, SlCand, k - 1);
              gboolean nested = FALSE;

              for (guint j = cand_first; j < s->cands->len && !nested; j++)
                {
                  const SlCand *cj = &g_array_index (s->cands, SlCand, j);

                  nested = j != k - 1 && cj->cue_b < ck->cue_b && cj->con_b <= ck->cue_b
                           && ck->cue_b < cj->con_e && cj->con_e >= prev;
                }
              if (!nested)
                break;
              last = &g_array_index (s->cands, SlCand, k - 2);
            }
          c.source = last->source;
          c.src_b = last->src_b;
          c.src_e = last->src_e;
          c.subj_b = last->subj_b;
          c.said_timex = last->said_timex;
          /* "denied that …, saying in a statement on Monday evening that …": one act, and
           * the gerund tells when it was made */
          if (c.said_timex < 0 && (c.said_timex = said_time_after (s, st, after)) >= 0)
            g_array_index (s->cands, SlCand, last - &g_array_index (s->cands, SlCand, 0)).said_timex
              = c.said_timex;
        }
      else
        {
          guint nb, ne = prev;

          /* "The minister kept saying": the phrase before the verb of going on */
          if (sl_scan_has (s, prev, SL_TOK_LOWER) && !(sl_scan_cls (s, prev) & SL_W_PREP)
              && !sl_scan_is (s, prev, "while") && !sl_scan_is (s, prev, "when"))
            {
              if (!sl_scan_subject_np (s, st->first, prev, &nb))
                return;
            }
          else if (!clause_subject (s, st, prev, &nb, &ne, 0))
            return;
          c.source = speaker_source (s, st, w, nb, ne);
          if (c.source == SL_NONE)
            return;
          c.src_b = nb;
          c.src_e = ne;
          c.subj_b = nb;
        }
      add_with_content (s, st, &c, w, after);
      return;
    }
  /* "letters found engraved", "shells shown in photos": a participle, not a finding; but
   * "CNN reported on Tuesday", "the Journal reported in October that": a time says when */
  if (w->form == SL_FORM_ED && w->stance == SL_STANCE_REPORT && after < st->content_end
      && (sl_scan_verbish (s, after, after) || (sl_scan_cls (s, after) & SL_W_PREP)))
    {
      gint32 t = -1;
      guint k = skip_time_right (s, after, st->content_end, &t);

      /* "shells found on Tuesday were old": the clause's own verb follows the time */
      if (k == after
          || (k < st->content_end
              && (sl_scan_verbish (s, k, k) || (sl_scan_cls (s, k) & (SL_W_AUX | SL_W_MODAL)))))
        return;
    }
  /* "said the constitution gave the president power, and expects the court to take at least
   * 30 days": a verb of saying joined by "and" to the claim before shares its speaker, and
   * says something of its own when it says it otherwise (an estimate or a suspicion after
   * what was asserted) */
  if ((w->form == SL_FORM_S || w->form == SL_FORM_ED) && prev != G_MAXUINT && prev > st->first
      && sl_scan_is (s, prev, "and") && sl_scan_has (s, prev, SL_TOK_LOWER) && s->cands->len > cand_first
      && (w->stance == SL_STANCE_ESTIMATE || w->stance == SL_STANCE_SUSPECT))
    {
      const SlCand *last = &g_array_index (s->cands, SlCand, s->cands->len - 1);

      if (last->source == SL_NONE || last->cue_e > prev || last->con_e <= prev || last->con_b >= prev
          || last->stance == w->stance)
        return;
      c.source = last->source;
      c.src_b = last->src_b;
      c.src_e = last->src_e;
      c.subj_b = last->subj_b;
      add_with_content (s, st, &c, w, after);
      return;
    }
  /* "Bill Clinton's comments": a noun after a possessive */
  if (prev != G_MAXUINT && sl_scan_has (s, prev, SL_TOK_POSSESSIVE))
    return;

  /* "is calling for": the subject stands before the auxiliary; but "…, an hour before
   * kick-off, at the northern gate, said the governor of Haut-Katanga province, Albertine
   * Kasongo.": a verb after a comma with only its speaker after it is an inverted credit,
   * whatever asides stand before it */
  if (!(prev != G_MAXUINT && sl_scan_punct (s, prev, ',') && credit_after (s, st, w, after))
      && find_subject (s, st, progressive ? prev : i, &sub))
    {
      /* asides, not attributions: "as he says,", "what he called", a pronoun speaking
       * inside a quotation; but "as he noted that …" reports */
      if (sub.np_e == sub.np_b + 1 && (sl_scan_cls (s, sub.np_b) & SL_W_PRON) && sub.np_b > st->first
          && ((sl_scan_is (s, sub.np_b - 1, "as") && !sl_scan_is (s, after, "that")
               && !sl_scan_is (s, after, "how"))
              || sl_scan_is (s, sub.np_b - 1, "what")
              || (sl_scan_np_token (s, sub.np_b - 1) && sl_scan_has (s, sub.np_b - 1, SL_TOK_LOWER)
                  && timex_at (s, sub.np_b - 1) < 0)))
        return;
      if (sub.np_e == sub.np_b + 1 && (sl_scan_cls (s, sub.np_b) & SL_W_PRON)
          && s->quoted[sub.np_b])
        return;
      /* "to pay for a wage rise promised for next year", "spoke about a plan announced on
       * Monday": a participle right after a noun that a preposition governs describes the
       * noun; it reports nothing (with "by", the agent reports, below; "In a preprint posted
       * online on May 2" too) */
      guint past_adv = after;

      while (past_adv < st->content_end && past_adv < after + 2
             && (sl_scan_is_adverb (s, past_adv) || sl_scan_is (s, past_adv, "online")))
        past_adv++;
      if (w->form == SL_FORM_ED && sub.np_e == i && sub.np_b > st->first
          && (sl_scan_cls (s, sub.np_b - 1) & SL_W_PREP)
          && !(sl_scan_cls (s, sub.np_b - 1) & SL_W_SUBORD)
          && (timex_at (s, past_adv) >= 0
              || ((sl_scan_cls (s, past_adv) & SL_W_PREP) && !sl_scan_is (s, past_adv, "by")
                  && !sl_scan_is (s, past_adv, "to")))
          && sl_scan_has (s, i - 1, SL_TOK_LOWER) && !(sl_scan_cls (s, i - 1) & SL_W_PRON))
        return;
      /* "a waste-to-energy plant promised there since 2019 has yet to open": a participle
       * after an article's noun, then where or since when, then the clause's own verb */
      if (w->form == SL_FORM_ED && sub.np_e == i && sub.np_b + 1 < i && (sl_scan_cls (s, sub.np_b) & SL_W_DET)
          && !sl_scan_is (s, sub.np_b, "that") && sl_scan_has (s, i - 1, SL_TOK_LOWER)
          && !(sl_scan_cls (s, i - 1) & SL_W_PRON))
        {
          guint v = past_adv;

          if (sl_scan_is (s, v, "there") || sl_scan_is (s, v, "here"))
            v++;
          while (v < st->content_end && v < i + 12
                 && (timex_at (s, v) >= 0 || (sl_scan_cls (s, v) & (SL_W_PREP | SL_W_DET))))
            v++;
          if (v > i + 1 && v < st->content_end && (sl_scan_cls (s, v) & (SL_W_AUX | SL_W_BE | SL_W_MODAL)))
            return;
        }
      /* a bare verb needs a plural subject: "Officials say", not "a Times report" (the
       * records an agent made or obtained agree with it: "Documents obtained by Reuters
       * show …") */
      if (w->form == SL_FORM_BASE && !plural_subject (s, st, sub.np_b, sub.np_e, i)
          && skip_aspect_chain (s, st, i) == i
          && !(sub.np_b >= st->first + 3 && sl_scan_is (s, sub.np_b - 1, "by")
               && sl_scan_has (s, sub.np_b - 2, SL_TOK_LOWER) && sl_scan_verbish (s, sub.np_b - 2, st->first)
               && (sl_scan_ends_with (s, sub.np_b - 2, "ed") || sl_scan_ends_with (s, sub.np_b - 2, "en"))
               && (sl_scan_cls (s, sub.np_b - 3) & SL_W_DOCNOUN) && sl_scan_ends_with (s, sub.np_b - 3, "s")))
        return;
      c.source = speaker_source (s, st, w, sub.np_b, sub.np_e);
      note_described (s, c.source, &sub);
      if (c.source == SL_NONE)
        return;
      if (sub.who < G_MAXUINT - 1)
        {
          c.src_b = sub.who_b;
          c.src_e = sub.who + 1;
        }
      else
        {
          c.src_b = sub.np_b;
          c.src_e = sub.np_e;
        }
      c.subj_b = sub.frame_b;
      c.said_timex = sub.timex >= 0 ? sub.timex : fronted_time (s, st, sub.frame_b);
      /* "according to the Ledger, which cited two officers": the officers reach us through
       * the Ledger's claim, with its content */
      if (sub.who < G_MAXUINT - 1 && w->form == SL_FORM_ED
          && (g_strcmp0 (w->lemma, "cite") == 0 || g_strcmp0 (w->lemma, "quote") == 0))
        {
          guint end = after, as = G_MAXUINT;

          while (end < st->content_end && !sl_scan_punct (s, end, ','))
            end++;
          /* "according to the site, which quoted the deputy, Leyla Aliyeva, as saying that
           * …": what the one quoted said follows "as saying", not the site's own content */
          if (g_strcmp0 (w->lemma, "quote") == 0)
            as = as_saying_after (s, st, after + 1, 15);
          for (guint k = s->cands->len; k > cand_first; k--)
            if (g_array_index (s->cands, SlCand, k - 1).source == c.source)
              {
                guint before = s->cands->len;

                try_citing (s, st, i, end, (gint32) k - 1);
                if (as != G_MAXUINT && s->cands->len == before + 1)
                  {
                    SlCand *q = &g_array_index (s->cands, SlCand, before);
                    const SlWord *sw = sl_scan_word (s, as + 1);
                    gint32 tq = -1;
                    guint cb = content_start (s, st, as + 2, sw, &tq);

                    if (cb < st->content_end)
                      {
                        q->con_b = cb;
                        q->con_e = st->content_end;
                        q->cue_b = as;
                        q->cue_e = as + 2;
                        q->lemma = sw->lemma;
                        q->stance = stance_for (s, sw, q->source, q->con_b, q->con_e);
                      }
                  }
                return;
              }
          /* "the Ledger, which cited data from SeaTrace, said …": read with "said" */
          if (end < st->content_end)
            return;
        }
      if (try_quoted_as (s, st, &c, after))
        return;
      c.con_b = content_start (s, st, after, w, &t2);
      if (t2 >= 0 && c.said_timex < 0)
        c.said_timex = t2;
      c.con_e = st->content_end;
      /* (the frame may open with an article its source's phrase left out: "“…,” the three
       * judges wrote", "…, the two officials said, citing records") */
      guint fb = frame_start (s, st, sub.frame_b);
      gboolean quoted = fb > st->first && sl_scan_has (s, fb - 1, SL_TOK_QUOTE);

      /* "The tanker turned, Reuters reported, citing two officials": the citing phrase is
       * whom it came from, and the clause before is what was said; so is "…, the analyst
       * estimates, according to a note seen by …" */
      if (c.con_b > after && sl_scan_punct (s, c.con_b - 1, ',')
          && (is_citing (s, c.con_b)
              || (sl_scan_is (s, c.con_b, "according") && sl_scan_is (s, c.con_b + 1, "to")))
          && sub.frame_b > st->first + 2 && sl_scan_punct (s, fb - 1, ','))
        content_before (s, st, sub.frame_b, &c.con_b, &c.con_e);
      /* "Russia sent oil, the White House said on Thursday, well beyond the cap": a source
       * set off by commas speaks the clause before it */
      else if (c.con_b > after && sl_scan_punct (s, c.con_b - 1, ',') && sub.frame_b > st->first + 2
          && (sl_scan_punct (s, fb - 1, ',') || quoted))
        c.con_b = st->first; /* both sides of the frame */
      /* "… in half the time the manufacturer recommends.": a cue closing a relative
       * clause, with no mark setting its source off, reports nothing */
      if (c.con_e < c.con_b + 2 && sub.frame_b > st->first + 2 && sl_scan_is_word (s, sub.frame_b - 1)
          && sl_scan_has (s, sub.frame_b - 1, SL_TOK_LOWER) && sl_scan_np_token (s, sub.frame_b - 1)
          && (sl_scan_cls (s, sub.frame_b - 2) & SL_W_DET) && !sl_scan_is (s, sub.frame_b - 2, "that"))
        return;
      /* "“It is over,” Kim said by telephone", "…, her lawyer told reporters in Lima": what
       * follows is only how or where it was said */
      if (c.con_e < c.con_b + 2
          || ((quoted
               || (sl_scan_punct (s, fb - 1, ',')
                   && (where_or_when (s, c.con_b)
                       /* ("…, the minister testified before a parliamentary committee") */
                       || (c.con_b == c.cue_e && sl_scan_is (s, c.con_b, "before")))
                   && clause_in (s, st->first, fb - 1)))
              && sub.frame_b > st->first && !clause_in (s, c.con_b, c.con_e))
          /* "“…,” he told reporters after the board meeting, which ended at 2 p.m.": a
           * phrase of time or place, whatever clause it holds */
          || (quoted && sub.frame_b > st->first
              && (where_or_when (s, c.con_b) || sl_scan_is (s, c.con_b, "after")
                  || sl_scan_is (s, c.con_b, "before") || sl_scan_is (s, c.con_b, "following"))))
        {
          /* "The report showed that the payments continued.": a subject inside a clause in
           * "that", or a verb only the trained detector reads, with no mark setting the
           * words before apart, is no frame for them */
          if (fb > st->first && sl_scan_is_word (s, fb - 1)
              && (sl_scan_is (s, fb - 1, "that") || sl_scan_is (s, fb, "that") || w->lemma == NULL))
            return;
          content_before (s, st, sub.frame_b, &c.con_b, &c.con_e);
          /* ("… wrote in a front-page editorial on Wednesday": a day or a month close
           * after the cue tells when; not "said in an interview about the 2022 vote") */
          for (guint k = after; k < st->content_end && k < after + 7 && c.said_timex < 0; k++)
            if (timex_at (s, k) >= 0)
              {
                const SlTimex *h = &s->timexes[timex_at (s, k)];

                if (h->type != SL_TIMEX_DURATION && h->end_t > h->start
                    && h->end_t - h->start <= 31 * SL_DAY)
                  c.said_timex = timex_at (s, k);
                break;
              }
        }
      /* "The governor added:" and the quotation follows */
      if (sl_scan_punct (s, after, ':') && after + 1 >= st->content_end
          && st->si + 1 < s->sentences->len)
        {
          const SlSentence *nx = &g_array_index (s->sentences, SlSentence, st->si + 1);
          c.con_b = nx->tok_first;
          c.con_e = nx->tok_end;
        }
      /* "“How many times …?” Clinton said.": the quotation ended the sentence before */
      if (c.con_e <= c.con_b && !previous_quote (s, st, &c.con_b, &c.con_e))
        return;
      c.stance = stance_for (s, w, c.source, c.con_b, c.con_e);
      {
        guint idx = add_cand (s, &c);
        if (sub.cite_e > sub.cite_b)
          try_citing (s, st, sub.cite_b, sub.cite_e, idx);
      }
      return;
    }

  /* inverted at the head of the sentence: "Said Ellis: “…”", "Added the senator, …" */
  if (sl_scan_has (s, i, SL_TOK_CAP) && sentence_head (s, st, i))
    {
      guint ne;

      /* only a past form heads an inverted credit ("Said Ellis:"); "Claims that …",
       * "Reports of …" open sentences about something else */
      if (w->form != SL_FORM_ED)
        return;

      if (!sl_scan_np_right (s, after, st->content_end, &ne) || ne >= st->content_end
          || !(sl_scan_punct (s, ne, ':') || sl_scan_punct (s, ne, ',')))
        return;
      c.source = speaker_source (s, st, w, after, ne);
      if (c.source == SL_NONE)
        return;
      c.src_b = after;
      c.src_e = ne;
      c.subj_b = i;
      c.con_b = ne + 1;
      c.con_e = st->content_end;
      if (c.con_b >= c.con_e && st->si + 1 < s->sentences->len)
        {
          const SlSentence *nx = &g_array_index (s->sentences, SlSentence, st->si + 1);
          c.con_b = nx->tok_first;
          c.con_e = nx->tok_end;
        }
      if (c.con_e <= c.con_b)
        return;
      c.stance = stance_for (s, w, c.source, c.con_b, c.con_e);
      add_cand (s, &c);
      return;
    }
  /* inverted: "…," said the minister. "Call" names an object and what it is called, even
   * where a title-case headline hides the break between them ("…, Calls Trump Reckless") */
  if (prev != G_MAXUINT && (sl_scan_punct (s, prev, ',') || sl_scan_has (s, prev, SL_TOK_CLOSE))
      && g_strcmp0 (w->lemma, "call") != 0)
    {
      guint nb = after, ne;
      gint32 t = -1;
      nb = skip_time_right (s, nb, st->content_end, &t);
      if (!sl_scan_np_right (s, nb, st->content_end, &ne))
        return;
      /* a credit, not the start of the content ("…, said that he", "…, said the base was
       * angry") nor an object and its complement ("…, called Obama a petulant child") */
      if (sl_scan_is (s, nb, "that")
          || ((sl_scan_cls (s, nb) & SL_W_PRON) && ne < st->content_end && !sl_scan_punct (s, ne, ','))
          || (ne < st->content_end
              && (((sl_scan_cls (s, ne) & (SL_W_DET | SL_W_PRON | SL_W_AUX | SL_W_MODAL))
                   && !(sl_scan_cls (s, ne) & SL_W_QUANT))
                  /* "said one Republican involved in the planning" describes the speaker */
                  || (sl_scan_verbish (s, ne, nb) && !(sl_scan_cls (s, ne + 1) & SL_W_PREP)))))
        return;
      /* "…, published in October, said machine guns of the same type had been found": an
       * auxiliary after the phrase and its modifiers makes it the subject of the content */
      for (guint k = ne; k < st->content_end && k < ne + 8; k++)
        {
          if (sl_scan_punct (s, k, ',') || (sl_scan_cls (s, k) & (SL_W_REL | SL_W_CUE))
              || sl_scan_is (s, k, "who"))
            break;
          if ((sl_scan_cls (s, k) & (SL_W_AUX | SL_W_MODAL | SL_W_BE)) && sl_scan_has (s, k, SL_TOK_LOWER))
            return;
        }
      /* "Ministry denies coup attempt, says officers face discipline": a headline's second
       * verb, whose subject is the first one's, when the bare words after it make a clause
       * of their own; they are what it says, not a speaker ("…, says minister") */
      if (ne - nb >= 2 && sl_scan_has (s, nb, SL_TOK_LOWER) && s->cands->len > cand_first
          && !(sl_scan_cls (s, nb) & (SL_W_DET | SL_W_QUANT)))
        {
          SlCand *first = &g_array_index (s->cands, SlCand, s->cands->len - 1);
          gboolean clause = FALSE;

          /* (a plural and a verb after it: "officers face …", "prices rise") */
          for (guint k = nb + 1; k < ne && !clause; k++)
            clause = sl_scan_plural_noun (s, k - 1) && sl_scan_has (s, k, SL_TOK_LOWER) && sl_scan_is_word (s, k)
                     && !sl_scan_ends_with (s, k, "s")
                     && !(sl_scan_cls (s, k) & (SL_W_PREP | SL_W_CONJ | SL_W_DET | SL_W_REL));
          if (clause && first->source != SL_NONE && first->cue_e <= prev && first->con_b < prev
              && !sl_scan_has (s, prev, SL_TOK_CLOSE))
            {
              /* (the first one's content ends at the comma) */
              first->con_e = MIN (first->con_e, prev);
              c.source = first->source;
              c.src_b = first->src_b;
              c.src_e = first->src_e;
              c.subj_b = first->subj_b;
              c.con_b = nb;
              c.con_e = st->content_end;
              c.said_timex = t;
              c.stance = stance_for (s, w, c.source, c.con_b, c.con_e);
              add_cand (s, &c);
              return;
            }
        }
      /* "…," said Clearwater Relief's director, Anneke Bos, who met them": the name set off
       * after the title is who; so after an office ("said a spokeswoman for the VDR, Anke
       * Behrens") */
      if (ne < st->end && (sl_scan_cls (s, ne) & SL_W_PREP))
        {
          guint oe = ne + 1;

          while (oe < st->end && oe < ne + 8 && !sl_scan_has (s, oe, SL_TOK_PUNCT))
            oe++;
          if (oe + 1 < st->end && sl_scan_punct (s, oe, ',') && sl_scan_office_phrase (s, nb, oe))
            ne = oe;
        }
      /* (or after any noun when a person's plain name follows: "said the park's senior
       * warden, Grace Tembo") */
      if (ne + 1 < st->end && sl_scan_punct (s, ne, ','))
        {
          guint q = ne + 1;
          gboolean role = (sl_scan_has (s, ne - 1, SL_TOK_LOWER)
                           && (sl_scan_cls (s, ne - 1) & (SL_W_TITLE | SL_W_UNNAMED | SL_W_ORGHEAD)))
                          || sl_scan_office_phrase (s, nb, ne);

          while (q < st->end && q - ne <= 7 && !sl_scan_punct (s, q, ',') && !sl_scan_punct (s, q, '.')
                 && !sl_scan_punct (s, q, ';'))
            q++;
          if (q > ne + 1 && (role || sl_scan_noun_then_name (s, ne, q))
              && sl_scan_appositive_name_start (s, ne, q) != G_MAXUINT)
            {
              nb = sl_scan_appositive_name_start (s, ne, q);
              ne = q;
            }
        }
      c.source = speaker_source (s, st, w, nb, ne);
      if (c.source == SL_NONE)
        return;
      c.src_b = nb;
      c.src_e = ne;
      c.subj_b = i;
      c.said_timex = t;
      content_before (s, st, i, &c.con_b, &c.con_e);
      if (c.con_e <= c.con_b)
        return;
      c.stance = stance_for (s, w, c.source, c.con_b, c.con_e);
      add_cand (s, &c);
    }
}

/* "“…” ― Sonya Herridge": a quotation credited after a dash. The dash may open the
 * sentence after the quotation or follow its closing mark. */
static void
try_dash_credit (SlDocScan *s, const Sent *st)
{
  for (guint i = st->first; i + 1 < st->end; i++)
    {
      guint ne, qb, qe;
      SlCand c;

      if (!sl_scan_is_dash (s, i) || !sl_scan_is_capword (s, i + 1))
        continue;
      if (i > st->first && sl_scan_has (s, i - 1, SL_TOK_QUOTE))
        {
          qb = st->first;
          qe = i;
        }
      else if (i == st->first && st->si > 0)
        {
          const SlSentence *p = &g_array_index (s->sentences, SlSentence, st->si - 1);
          if (p->tok_end == 0 || !sl_scan_has (s, p->tok_end - 1, SL_TOK_QUOTE))
            continue;
          qb = s->body_first[st->si - 1];
          qe = p->tok_end;
          /* a quotation can run over several sentences: back to its opening mark */
          for (guint k = st->si - 1; k > 0 && !sl_scan_has (s, qb, SL_TOK_OPEN); k--)
            {
              const SlSentence *q = &g_array_index (s->sentences, SlSentence, k - 1);
              if (sl_scan_has (s, q->tok_end - 1, SL_TOK_QUOTE) || qe - q->tok_first > 400)
                break;
              qb = s->body_first[k - 1];
            }
        }
      else
        continue;
      ne = i + 1;
      while (ne < st->end && ne < i + 6 && (sl_scan_is_capword (s, ne) || sl_scan_abbrev_dot (s, ne)))
        ne++;
      init_cand (&c, st);
      c.source = sl_scan_resolve_np (s, i + 1, ne);
      if (c.source == SL_NONE)
        c.source = any_np_source (s, i + 1, ne);
      if (c.source == SL_NONE || qe <= qb)
        continue;
      c.cue_b = i;
      c.cue_e = i + 1;
      c.src_b = i + 1;
      c.src_e = ne;
      c.subj_b = i;
      c.con_b = qb;
      c.con_e = qe;
      c.lemma = "say";
      c.stance = stance_for (s, NULL, c.source, qb, qe);
      if (c.stance == SL_STANCE_REPORT)
        c.stance = SL_STANCE_ASSERT;
      add_cand (s, &c);
    }
}

/* "Donald Trump's claim that there have been …", "the opposition's allegation that …": a
 * noun of saying after a possessive, whose owner said what follows "that". The lexicon
 * leaves these nouns alone elsewhere ("the claims", "a warning"). */
static void
try_possessive_claim (SlDocScan *s, const Sent *st, guint k)
{
  static const struct
  {
    const char *noun;
    SlStance    stance;
  } nouns[] = {
    { "claim", SL_STANCE_ASSERT },      { "claims", SL_STANCE_ASSERT },
    { "assertion", SL_STANCE_ASSERT },  { "allegation", SL_STANCE_ASSERT },
    { "allegations", SL_STANCE_ASSERT }, { "accusation", SL_STANCE_ASSERT },
    { "warning", SL_STANCE_ASSERT },    { "insistence", SL_STANCE_ASSERT },
    { "argument", SL_STANCE_ASSERT },   { "contention", SL_STANCE_ASSERT },
    { "promise", SL_STANCE_ASSERT },    { "pledge", SL_STANCE_ASSERT },
    { "prediction", SL_STANCE_ESTIMATE }, { "estimate", SL_STANCE_ESTIMATE },
    { "suspicion", SL_STANCE_SUSPECT }, { "belief", SL_STANCE_SUSPECT },
    { "denial", SL_STANCE_DENY },
  };
  guint i = k + 1, nb;
  SlWord mw = { 0 };
  SlCand c;

  if (k <= st->first || i + 2 >= st->content_end || !sl_scan_has (s, i, SL_TOK_LOWER)
      || !sl_scan_is (s, i + 1, "that"))
    return;
  for (guint n = 0; n < G_N_ELEMENTS (nouns) && mw.lemma == NULL; n++)
    if (sl_scan_is (s, i, nouns[n].noun))
      {
        mw.lemma = nouns[n].noun;
        mw.stance = nouns[n].stance;
      }
  if (mw.lemma == NULL || !sl_scan_subject_np (s, st->first, k, &nb) || nb >= k)
    return;
  mw.classes = SL_W_CUE;
  mw.form = SL_FORM_BASE;
  init_cand (&c, st);
  c.source = speaker_source (s, st, &mw, nb, k);
  if (c.source == SL_NONE)
    return;
  c.cue_b = i;
  c.cue_e = i + 1;
  c.lemma = mw.lemma;
  c.src_b = nb;
  c.src_e = k;
  c.subj_b = nb;
  c.con_b = i + 2;
  c.con_e = st->content_end;
  c.stance = stance_for (s, &mw, c.source, c.con_b, c.con_e);
  add_cand (s, &c);
}

/* "Pat Caddell: Democrat voters worried …", "Limbaugh continued: “…”": a speaker, maybe a
 * verb, then a colon and what was said. */
static void
try_colon (SlDocScan *s, const Sent *st)
{
  guint colon = G_MAXUINT, nb, ne, start = st->first;
  SlCand c;

  /* a transcript quoted whole opens each turn with its mark: "“WALLACE: Let's start …" */
  while (start + 1 < st->content_end && sl_scan_has (s, start, SL_TOK_QUOTE))
    start++;
  for (guint k = start; k < st->content_end && k < start + 8; k++)
    if (sl_scan_punct (s, k, ':'))
      {
        colon = k;
        break;
      }
  if (colon == G_MAXUINT || colon + 2 >= st->content_end || colon == start)
    return;
  init_cand (&c, st);
  ne = colon;
  /* "Caddell continued:", but cue words are read by the verb rules */
  if (colon > start + 1 && sl_scan_has (s, colon - 1, SL_TOK_LOWER)
      && !(sl_scan_cls (s, colon - 1) & SL_W_CUE)
      && (sl_scan_verbish (s, colon - 1, start) || sl_scan_ends_with (s, colon - 1, "es")))
    ne = colon - 1;
  else if (sl_scan_has (s, colon - 1, SL_TOK_LOWER))
    return;
  if (!sl_scan_subject_np (s, start, ne, &nb) || nb != start)
    return;
  /* "Correction:", "Editor's Note:", and an interview's "Q:" and "A:" name nobody */
  if ((sl_scan_cls (s, ne - 1) & SL_W_LABEL)
      || (ne == nb + 1 && sl_scan_tok (s, nb)->end - sl_scan_tok (s, nb)->begin == 1))
    return;
  c.source = sl_scan_resolve_np (s, nb, ne);
  /* "Pat Caddell:", "Poll:", but not "The Latest:" */
  if (c.source == SL_NONE
      || (sl_scan_kind (s, c.source) == SL_SOURCE_PERSON
          && (sl_scan_cls (s, nb) & SL_W_DET)))
    return;
  c.cue_b = ne;
  c.cue_e = colon + 1;
  c.src_b = nb;
  c.src_e = ne;
  c.subj_b = nb;
  c.con_b = colon + 1;
  c.con_e = st->content_end;
  c.lemma = ":";
  c.stance = stance_for (s, NULL, c.source, c.con_b, c.con_e);
  if (c.stance == SL_STANCE_REPORT && sl_scan_kind (s, c.source) != SL_SOURCE_OUTLET)
    c.stance = SL_STANCE_ASSERT;
  add_cand (s, &c);
}

static gboolean
is_citing (const SlDocScan *s, guint i)
{
  return sl_scan_is (s, i, "citing") || sl_scan_is (s, i, "quoting");
}

/* Whether following `via` from candidate `from` arrives at `to` (or at a cycle). */
static gboolean
chain_reaches (const SlDocScan *s, guint from, guint to)
{
  guint steps = 0;

  /* real chains have a few links; a run-on line of nested polls could make thousands, and
   * walking them for every claim would be quadratic: past 32 links, take it as reached */
  for (gint32 c = (gint32) from; c >= 0; c = g_array_index (s->cands, SlCand, c).via)
    if ((guint) c == to || ++steps > MIN (s->cands->len, 32u))
      return TRUE;
  return FALSE;
}

/* The cue word for a token the trained detector found: it asserts, and its form is read
 * from its ending. */
static void
model_cue_word (const SlDocScan *s, guint i, SlWord *w)
{
  const SlToken *t = sl_scan_tok (s, i);
  gsize n = t->end - t->begin;
  const char *p = s->text + t->begin;

  memset (w, 0, sizeof *w);
  w->classes = SL_W_CUE | sl_scan_cls (s, i);
  w->stance = SL_STANCE_ASSERT;
  /* "Investigators suspected a fault": a word that marks suspicion elsewhere ("suspected
   * cases") says so as a verb too */
  if ((sl_scan_cls (s, i) & SL_W_MARKER) && sl_scan_word (s, i)->stance == SL_STANCE_SUSPECT
      && sl_scan_has (s, i, SL_TOK_LOWER))
    w->stance = SL_STANCE_SUSPECT;
  if (n > 4 && g_ascii_strncasecmp (p + n - 3, "ing", 3) == 0)
    w->form = SL_FORM_ING;
  else if ((n > 3 && g_ascii_strncasecmp (p + n - 2, "ed", 2) == 0)
           || (sl_scan_cls (s, i) & SL_W_PAST))
    w->form = SL_FORM_ED;
  else if (n > 3 && p[n - 1] == 's' && p[n - 2] != 's')
    w->form = SL_FORM_S;
  else
    w->form = SL_FORM_BASE;
}

/* Whether c's cue is a second verb joined by "and" that estimates or suspects ("said …, and
 * expects …"): a claim of the speaker before it. */
static gboolean
joined_verb (const SlDocScan *s, const SlCand *c)
{
  return c->cue_b > 0 && sl_scan_is (s, c->cue_b - 1, "and")
         && (c->stance == SL_STANCE_ESTIMATE || c->stance == SL_STANCE_SUSPECT);
}

/* A claim whose content is marked as reported speech — "claims that", "said:", "a report
 * by X that", an agent after "by", a quotation right after the cue or right before it
 * ("…,” said Ellis) —
 * whatever word its cue is. */
static gboolean
explicit_frame (const SlDocScan *s, const Sent *st, const SlCand *c)
{
  guint k = c->cue_e;
  guint i = c->cue_b;
  while (k < st->content_end && (sl_scan_cls (s, k) & SL_W_ADV))
    k++;
  if (sl_scan_is (s, k, "that") || sl_scan_punct (s, k, ':') || sl_scan_has (s, k, SL_TOK_QUOTE))
    return TRUE;
  /* "said …, and expects …": a second verb of the speaker before it */
  if (i > st->first && joined_verb (s, c) && c->src_e < i - 1)
    return TRUE;
  if (c->con_b > i && (sl_scan_is (s, c->con_b - 1, "that") || sl_scan_punct (s, c->con_b - 1, ':')))
    return TRUE;
  /* "images published by RUSI": the agent is named as such; so is the hearer of another
   * cue, in "told the agency X in an interview published on Saturday" */
  if (c->src_e > c->src_b && c->src_b > 0
      && (sl_scan_is (s, c->src_b - 1, "by")
          || (c->src_e + 2 <= c->cue_b && (sl_scan_cls (s, c->src_b - 1) & SL_W_CUE)
              && (sl_scan_cls (s, c->cue_b - 1) & SL_W_DOCNOUN) && sl_scan_is (s, c->src_e, "in"))))
    return TRUE;
  /* "…, the analyst estimates, according to a note seen by …": a frame set off by commas
   * that names what it came through */
  if (sl_scan_punct (s, k, ',') && c->subj_b > st->first && sl_scan_punct (s, c->subj_b - 1, ',')
      && (is_citing (s, k + 1) || (sl_scan_is (s, k + 1, "according") && sl_scan_is (s, k + 2, "to"))))
    return TRUE;
  /* "…, a part is not expected before late October, Health Minister Lagi Tuimavave testified
   * before a parliamentary committee on Thursday.": a whole clause, then the speaker set off
   * by a comma and the cue, which closes the sentence with no more than where and when */
  if (c->con_e > c->con_b + 2 && c->con_e <= c->src_b && c->src_b > 0 && sl_scan_punct (s, c->src_b - 1, ',')
      && c->src_e == c->cue_b)
    {
      guint j = c->cue_e;

      while (j < st->content_end && j < c->cue_e + 10 && sl_scan_is_word (s, j)
             && !(sl_scan_cls (s, j) & (SL_W_CUE | SL_W_CONJ | SL_W_REL | SL_W_PRON)))
        j++;
      if (j >= st->content_end || sl_scan_punct (s, j, '.'))
        return TRUE;
    }
  /* "“Why not break it up?” Vitter demanded.": what was said is a quotation */
  if (c->con_e > c->con_b && sl_scan_has (s, c->con_b, SL_TOK_QUOTE) && sl_scan_has (s, c->con_e - 1, SL_TOK_QUOTE))
    return TRUE;
  return i > st->first
         && (sl_scan_has (s, i - 1, SL_TOK_QUOTE)
             || (sl_scan_punct (s, i - 1, ',') && i > st->first + 1 && sl_scan_has (s, i - 2, SL_TOK_QUOTE)));
}

gboolean
sl_scan_currency_sign (const SlDocScan *s, guint i)
{
  static const char *const signs[] = { "$", "\u20ac", "\u00a3", "\u00a5" };

  return sl_scan_is_one_of (s, i, signs, G_N_ELEMENTS (signs));
}

/* Whether token i is "put" setting a figure on what follows: "put the losses at as much
 * as 40%", "puts the death toll at 87". */
static gboolean
put_at_figure (const SlDocScan *s, const Sent *st, guint i)
{
  static const char *const puts[] = { "put", "puts", "putting", "Put", "Puts" };
  static const char *const hedges[] = { "as", "much", "many", "about", "around", "nearly",
                                        "almost", "more", "than", "over", "some", "roughly",
                                        "up", "to", "least", "at", "just", "under", "fewer",
                                        "less" };

  /* asked of every token: most are turned down by their first letter */
  if ((s->text[sl_scan_tok (s, i)->begin] | 0x20) != 'p'
      || !sl_scan_is_one_of (s, i, puts, G_N_ELEMENTS (puts)) || i == st->first)
    return FALSE;
  /* (what the figure is put on may hold a relative clause: "the number of soldiers who have
   * not been paid since January at about 400") */
  for (guint k = i + 2; k < st->content_end && k < i + 22; k++)
    {
      if (sl_scan_punct (s, k, ',') || (sl_scan_cls (s, k) & SL_W_CUE))
        return FALSE;
      if (sl_scan_is (s, k, "at"))
        {
          guint j = k + 1;

          while (j < st->content_end && j < k + 5 && sl_scan_is_one_of (s, j, hedges, G_N_ELEMENTS (hedges)))
            j++;
          return j < st->content_end
                 && (sl_scan_has (s, j, SL_TOK_NUM) || (sl_scan_cls (s, j) & SL_W_QUANT)
                     || (sl_scan_currency_sign (s, j) && sl_scan_has (s, j + 1, SL_TOK_NUM)));
        }
    }
  return FALSE;
}

/* Whether the lower-case -ed word at i sits between a determiner (or "only") and a noun:
 * "the only known accidental collision", "an unnamed official". */
static gboolean
attributive_participle (const SlDocScan *s, guint first, guint i)
{
  guint p = i;

  if (i <= first || !sl_scan_has (s, i, SL_TOK_LOWER)
      || !(sl_scan_ends_with (s, i, "ed") || (sl_scan_cls (s, i) & SL_W_PAST) || sl_scan_ends_with (s, i, "wn")))
    return FALSE;
  if (p > first + 1 && (sl_scan_is (s, p - 1, "only") || sl_scan_is (s, p - 1, "widely")
                        || sl_scan_is (s, p - 1, "little")))
    p--;
  return ((sl_scan_cls (s, p - 1) & SL_W_DET) || sl_scan_has (s, p - 1, SL_TOK_POSSESSIVE))
         && !sl_scan_is (s, p - 1, "that") && i + 1 < s->tokens->len && sl_scan_is_word (s, i + 1)
         && sl_scan_has (s, i + 1, SL_TOK_LOWER)
         && !(sl_scan_cls (s, i + 1) & (SL_W_PREP | SL_W_DET | SL_W_CONJ | SL_W_PRON | SL_W_AUX
                                         | SL_W_BE | SL_W_REL | SL_W_SUBORD));
}

/* "shells appeared to be among the weapons", "the plan seems to be working": the writer's
 * judgement of the subject, which is what is judged, not who speaks. "The rocket broke
 * apart", "talks fell apart": a verb with "apart" is a thing coming to pieces. */
static gboolean
copular_hedge (const SlDocScan *s, guint i)
{
  return (sl_scan_is (s, i + 1, "to") && sl_scan_is (s, i + 2, "be")) || sl_scan_is (s, i + 1, "apart");
}

/* "“…,” she was quoted as saying", "Mokhethi was quoted as saying that …": the one quoted
 * speaks. "The spokesman was quoted (or cited) by the agency Watan Press as saying …": the agent
 * reports it, and the spokesman's claim comes through the agent's. Returns whether a claim
 * was made. */
static gboolean
try_quoted_passive (SlDocScan *s, const Sent *st, guint i)
{
  SlWord mw = { 0 };
  Subject sub;
  SlCand c;
  gint32 t = -1;
  guint as = i + 1;
  guint32 agent = SL_NONE;

  if (sl_scan_is (s, i + 1, "by"))
    for (guint k = i + 3; k + 1 < st->content_end && k < i + 14; k++)
      if (sl_scan_is (s, k, "as") && sl_scan_is (s, k + 1, "saying"))
        {
          as = k;
          break;
        }
  if (i <= st->first || !(sl_scan_cls (s, i - 1) & SL_W_BE) || !sl_scan_is (s, as, "as")
      || !sl_scan_is (s, as + 1, "saying") || !find_subject (s, st, i - 1, &sub))
    return FALSE;
  if (as > i + 2)
    agent = sl_scan_resolve_np (s, i + 2, sl_scan_punct (s, as - 1, ',') ? as - 1 : as);
  mw.classes = SL_W_CUE;
  mw.lemma = "quote";
  mw.stance = SL_STANCE_ASSERT;
  mw.form = SL_FORM_ED;
  init_cand (&c, st);
  c.source = speaker_source (s, st, &mw, sub.np_b, sub.np_e);
  note_described (s, c.source, &sub);
  if (c.source == SL_NONE)
    return FALSE;
  c.cue_b = agent != SL_NONE ? as : i;
  c.cue_e = as + 2;
  c.lemma = "quote";
  c.src_b = sub.np_b;
  c.src_e = sub.np_e;
  c.subj_b = sub.frame_b;
  c.con_b = content_start (s, st, as + 2, NULL, &t);
  c.con_e = st->content_end;
  if (c.con_e < c.con_b + 2)
    content_before (s, st, sub.frame_b, &c.con_b, &c.con_e);
  if (c.con_e <= c.con_b)
    return FALSE;
  c.stance = stance_for (s, &mw, c.source, c.con_b, c.con_e);
  if (agent != SL_NONE && agent != c.source)
    {
      SlCand o = c;

      o.source = agent;
      o.src_b = i + 2;
      o.src_e = as;
      o.cue_b = i;
      o.cue_e = i + 1;
      o.stance = SL_STANCE_REPORT;
      c.via = (gint32) add_cand (s, &o);
    }
  add_cand (s, &c);
  return TRUE;
}

/* Tries the one-word verb at i as a cue of `lemma` and `stance` where the lexicon does not
 * list it in this use ("puts losses at", "said investigators suspected"); `form` overrides
 * the form read off its spelling when not -1. Returns whether it made a claim. */
static gboolean
try_verb_as_cue (SlDocScan *s, const Sent *st, guint i, const char *lemma, SlStance stance,
                 gint form, guint cand_first)
{
  SlWord mw;
  guint before = s->cands->len;

  model_cue_word (s, i, &mw);
  mw.lemma = lemma;
  mw.stance = stance;
  if (form >= 0)
    mw.form = (guint8) form;
  try_cue (s, st, i, 1, &mw, cand_first);
  return s->cands->len > before;
}

/* Whether what follows "suspected" at k is what was suspected: "that", or an article or a
 * pronoun opening a clause or an object; not "of" or "in" ("men suspected of smuggling",
 * "suspected in the killing"). */
static gboolean
suspected_clause (const SlDocScan *s, guint k, guint end)
{
  gint32 t;
  guint q;

  if (sl_scan_is (s, k, "that") || (sl_scan_cls (s, k) & (SL_W_DET | SL_W_PRON)))
    return TRUE;
  /* "suspected as early as the spring that …", "suspected in March that …": a time between
   * the verb and its "that" */
  q = skip_time_right (s, k, end, &t);
  return q > k && q < end && sl_scan_is (s, q, "that");
}

/* A cue the trained detector found but no frame of the lexicon's fits ("These voters are
 * skeptical of …", "few express enthusiasm"): the noun phrase just before it, past
 * auxiliaries and adverbs, speaks what follows. */
static void
try_model_loose (SlDocScan *s, const Sent *st, guint i, guint n, const SlWord *w)
{
  guint k = i, nb;
  gint32 t = -1;
  SlCand c;

  gboolean be = FALSE;

  while (k > st->first
         && ((sl_scan_cls (s, k - 1) & (SL_W_ADV | SL_W_AUX | SL_W_BE | SL_W_MODAL | SL_W_NEG))
             || (sl_scan_has (s, k - 1, SL_TOK_LOWER) && sl_scan_ends_with (s, k - 1, "ly"))))
    {
      be = be || (sl_scan_cls (s, k - 1) & SL_W_BE);
      k--;
    }
  /* "is said to", "was believed": a passive names no speaker; "Clinton's remarks" is a noun */
  if (be && w->form == SL_FORM_ED)
    return;

  /* "Jillian Chase, 27, a user in New York, said": asides without a verb are passed over */
  while (k > st->first + 2 && sl_scan_punct (s, k - 1, ','))
    {
      guint m = k - 1;
      gboolean verb = FALSE;

      while (m > st->first && !sl_scan_punct (s, m - 1, ',') && k - m < 16)
        {
          m--;
          verb = verb || sl_scan_verbish (s, m, st->first) || (sl_scan_cls (s, m) & SL_W_CUE)
                 || sl_scan_has (s, m, SL_TOK_QUOTE);
        }
      if (verb || m == st->first || !sl_scan_punct (s, m - 1, ','))
        break;
      k = m;
    }
  if (k > st->first && sl_scan_punct (s, k - 1, ','))
    k--;
  init_cand (&c, st);
  /* "… shifting his focus and admitting that …": the subject of the clause before */
  if (k > st->first && (sl_scan_is (s, k - 1, "and") || sl_scan_is (s, k - 1, "but")))
    {
      if (!clause_subject (s, st, k - 1, &nb, &k, 0))
        return;
    }
  else
    {
      if (k == st->first || !sl_scan_is_word (s, k - 1) || sl_scan_has (s, k - 1, SL_TOK_POSSESSIVE)
          || (sl_scan_cls (s, k - 1) & (SL_W_PREP | SL_W_REL | SL_W_CONJ | SL_W_DET)))
        return;
      nb = sl_scan_np_left (s, st->first, k);
    }
  /* "Analysts polled by Reuters expected a cut": the analysts, through the poll */
  if (nb > st->first + 2 && nb < k)
    {
      guint by = sl_scan_is (s, nb - 1, "by") ? nb - 1 : G_MAXUINT, pb;

      if (by != G_MAXUINT && sl_scan_poll_verb (s, by - 1) && sl_scan_subject_np (s, st->first, by - 1, &pb)
          && pb < by - 1)
        {
          k = by - 1;
          nb = pb;
        }
    }
  /* "shells produced in the 1970s appeared": a time is nobody; "a strong earthquake hit": a
   * happening is no speaker of a word only the detector reads as a cue */
  if (nb >= k || timex_at (s, k - 1) >= 0 || sl_scan_has (s, k - 1, SL_TOK_NUM)
      || (sl_scan_cls (s, k - 1) & SL_W_EVNOUN))
    return;
  /* "The ministry released a statement saying …": the phrase is what the claim before it
   * put out, not a speaker of its own */
  if (s->cands->len > 0)
    {
      const SlCand *last = &g_array_index (s->cands, SlCand, s->cands->len - 1);

      if (last->cue_b >= st->first && last->cue_e <= nb && last->con_b <= nb && nb < last->con_e
          && g_strcmp0 (last->lemma, "poll") != 0)
        return;
    }
  c.cue_b = i;
  c.cue_e = i + n;
  c.lemma = w->lemma;
  c.source = sl_scan_resolve_np (s, nb, k);
  if (c.source == SL_NONE)
    c.source = any_np_source (s, nb, k);
  if (c.source == SL_NONE)
    return;
  c.src_b = nb;
  c.src_e = k;
  c.subj_b = nb;
  c.con_b = content_start (s, st, i + n, w, &t);
  c.con_e = st->content_end;
  if (c.con_e <= c.con_b)
    return;
  c.stance = stance_for (s, w, c.source, c.con_b, c.con_e);
  add_cand (s, &c);
}

/* Whether token k joins two clauses: "and", "but", "while", "whereas", "yet", ";". */
static gboolean
coordinator (const SlDocScan *s, guint k)
{
  return sl_scan_is (s, k, "and") || sl_scan_is (s, k, "but") || sl_scan_is (s, k, "while")
         || sl_scan_is (s, k, "whereas") || sl_scan_is (s, k, "yet") || sl_scan_punct (s, k, ';');
}

/* Whether token k, a lowercase word in -s before "that", stands where a verb of saying
 * would, for a cue listed with that=yes: after a subject (a name, a pronoun, a noun of a
 * speaker or a record, an adverb after one) and before a clause that opens with its own subject ("the website states that
 * same-sex couples …"), not where a noun would ("new emissions rules that could lead", "the
 * questions that swirled", "of those states that Obama won"). */
static gboolean
that_clause_cue (const SlDocScan *s, const Sent *st, guint k)
{
  guint p = k, c = k + 2;

  if (k <= st->first || c >= st->content_end || !sl_scan_is (s, k + 1, "that")
      || !sl_scan_has (s, k, SL_TOK_LOWER) || !sl_scan_ends_with (s, k, "s"))
    return FALSE;
  /* (an adverb between: "he proudly states that") */
  while (p > st->first + 1 && sl_scan_ends_with (s, p - 1, "ly") && sl_scan_has (s, p - 1, SL_TOK_LOWER)
         && !sl_scan_ly_noun (s, p - 1))
    p--;
  p--;
  if (!sl_scan_has (s, p, SL_TOK_LOWER) ? !sl_scan_is_capword (s, p)
      : !(sl_scan_cls (s, p) & SL_W_PRON)
          /* (a noun of a speaker or a record after its article or owner: "the website", not
           * "existing party rules") */
          && !((sl_scan_cls (s, p) & (SL_W_DOCNOUN | SL_W_UNNAMED | SL_W_ORGHEAD | SL_W_TITLE))
               && p > st->first
               && ((sl_scan_cls (s, p - 1) & SL_W_DET) || sl_scan_has (s, p - 1, SL_TOK_POSSESSIVE))))
    return FALSE;
  /* (a subject opens the clause, not a verb of a relative one) */
  return sl_scan_is_word (s, c) && !sl_scan_verbish (s, c, c)
         && !(sl_scan_cls (s, c) & (SL_W_AUX | SL_W_BE | SL_W_MODAL | SL_W_ADV | SL_W_NEG | SL_W_PREP
                                    | SL_W_CONJ | SL_W_REL | SL_W_CUE))
         && !(sl_scan_has (s, c, SL_TOK_LOWER) && sl_scan_ends_with (s, c, "ed"));
}

static void
scan_sentence (SlDocScan *s, guint32 si)
{
  const SlSentence *sen = &g_array_index (s->sentences, SlSentence, si);
  const SlToken *toks = (const SlToken *) (gpointer) s->tokens->data;
  const SlWord *const *words = (const SlWord *const *) s->words->pdata;
  guint cand_first = s->cands->len;
  Sent st = { s->body_first[si], sen->tok_end, sen->tok_end, si };
  guint cite_end = 0, lead_cite_e = 0;
  guint model_next = G_MAXUINT; /* the token after a claim the trained detector made */
  gboolean title_case;

  while (st.content_end > st.first
         && ((toks[st.content_end - 1].flags & SL_TOK_PUNCT)
             && !(toks[st.content_end - 1].flags & SL_TOK_QUOTE)
             && !sl_scan_punct (s, st.content_end - 1, '%')))
    st.content_end--;

  /* a headline in title case ("Christie Calls Clinton 'A Disgrace'") has capitalised cues */
  {
    guint n_words = 0, caps = 0;
    for (guint k = st.first; k < st.content_end; k++)
      if (sl_scan_is_word (s, k))
        {
          n_words++;
          caps += sl_scan_has (s, k, SL_TOK_CAP | SL_TOK_UPPER) ? 1 : 0;
        }
    title_case = n_words >= 4 && caps * 10 >= n_words * 7;
  }
  try_dash_credit (s, &st);
  try_colon (s, &st);
  for (guint i = st.first; i < st.content_end;)
    {
      const SlWord *w;
      guint n;

      if (sl_scan_is (s, i, "according") && sl_scan_is (s, i + 1, "to"))
        {
          try_according (s, &st, i);
          i += 2;
          continue;
        }
      if (sl_scan_is (s, i, "in"))
        try_in_poll (s, &st, i);
      /* (the rules' own first tests, here to spare most tokens the calls) */
      if (sl_scan_is (s, i + 1, "by"))
        try_polled_by (s, &st, i);
      /* "Citing a cardiologist at one of the trial sites, the site reported …": a citing
       * phrase that opens the sentence is read with the cue after it */
      if (is_citing (s, i) && i == st.first && lead_cite_e == 0)
        {
          guint k = i + 1;
          while (k < st.content_end && !sl_scan_punct (s, k, ','))
            k++;
          if (k < st.content_end)
            {
              lead_cite_e = cite_end = k;
              i = k;
              continue;
            }
        }
      /* a ", citing …" phrase is read with the cue it belongs to */
      if (is_citing (s, i) && i > st.first && sl_scan_punct (s, i - 1, ','))
        {
          guint k = i + 1;
          while (k < st.content_end && !sl_scan_punct (s, k, ','))
            k++;
          cite_end = k;
          /* ", citing X" after the claim: X reaches us through the claim before */
          if (s->cands->len > cand_first)
            {
              const SlCand *last = &g_array_index (s->cands, SlCand, s->cands->len - 1);
              if (last->cue_e <= i)
                try_citing (s, &st, i, k, s->cands->len - 1);
            }
          i = k;
          continue;
        }
      if (i < cite_end)
        {
          i++;
          continue;
        }
      if (sl_scan_has (s, i, SL_TOK_POSSESSIVE))
        try_possessive_claim (s, &st, i);
      /* ("was cited by the daily as saying": quoted by another word) */
      if ((sl_scan_is (s, i, "quoted") || sl_scan_is (s, i, "cited")) && try_quoted_passive (s, &st, i))
        {
          i += 3;
          continue;
        }
      n = sl_scan_has (s, i, SL_TOK_LOWER) || (title_case && i > st.first)
              || (!title_case && sentence_head (s, &st, i))
            ? sl_gazetteer_match_cue (s->gaz, s->text, toks, i, st.content_end, words, &w)
            : 0;
      /* "the website states that …", "Trump charges that …": a form read as a noun
       * elsewhere reports after a subject and before a clause */
      if (n == 0 && that_clause_cue (s, &st, i))
        {
          w = sl_gazetteer_that_cue (s->gaz, s->text, &toks[i]);
          n = w != NULL;
        }
      /* "ignored repeated warnings", "made repeated calls": an -ed form between a past verb
       * and the plural noun it describes */
      if (n == 1 && i > st.first && sl_scan_has (s, i, SL_TOK_LOWER) && sl_scan_ends_with (s, i, "ed")
          && sl_scan_has (s, i - 1, SL_TOK_LOWER)
          && (sl_scan_ends_with (s, i - 1, "ed") || (sl_scan_cls (s, i - 1) & SL_W_PAST))
          && !(sl_scan_cls (s, i - 1) & (SL_W_AUX | SL_W_BE | SL_W_CUE))
          && i + 1 < st.content_end && sl_scan_plural_noun (s, i + 1) && sl_scan_has (s, i + 1, SL_TOK_LOWER))
        n = 0;
      if (n > 0)
        {
          guint before = s->cands->len;

          try_cue (s, &st, i, n, w, cand_first);
          /* the trained detector may overrule the lexicon where its frame made a claim of a
           * word that here reports nothing ("the plans", "what he called"), unless the
           * content is marked as speech; denials are the lexicon's to decide … */
          if (s->cands->len > before && s->cue_model != NULL && w->stance != SL_STANCE_DENY
              && !explicit_frame (s, &st, &g_array_index (s->cands, SlCand, before))
              && !sl_cue_model_keeps (s->cue_model, s, sen->tok_first, sen->tok_end, i))
            g_array_set_size (s->cands, before);
          /* … and decide on a listed cue in a frame the rules do not know ("Trump was asked
           * about …"), but not on one that only ever reports a quotation beside it */
          else if (s->cands->len == before && s->cue_model != NULL && !w->cue_quote
                   && !not_a_report (s, &st, i, n, w)
                   && sl_cue_model_accepts (s->cue_model, s, sen->tok_first, sen->tok_end, i))
            try_model_loose (s, &st, i, n, w);
          i += n;
          continue;
        }
      /* "put the toll at 40", "puts losses at as much as 40%": a figure put on something is
       * an estimate */
      /* ("put" is its own past) */
      if ((s->text[toks[i].begin] | 0x20) == 'p' && put_at_figure (s, &st, i)
          && try_verb_as_cue (s, &st, i, "put", SL_STANCE_ESTIMATE,
                              sl_scan_is (s, i, "put") ? SL_FORM_ED : -1, cand_first))
        {
          model_next = i + 1;
          i++;
          continue;
        }
      /* "said investigators suspected a fault", "detectives suspected the fire had been
       * started": "suspected", which the lexicon leaves out for "a suspected plot", is a verb
       * after a plural or a pronoun when a clause or its object follows */
      if (sl_scan_is (s, i, "suspected") && sl_scan_has (s, i, SL_TOK_LOWER) && i > st.first
          && (sl_scan_plural_noun (s, i - 1) || (sl_scan_cls (s, i - 1) & SL_W_PRON))
          && i + 1 < st.content_end && suspected_clause (s, i + 1, st.content_end)
          && try_verb_as_cue (s, &st, i, "suspect", SL_STANCE_SUSPECT, SL_FORM_ED, cand_first))
        {
          model_next = i + 1;
          i++;
          continue;
        }
      /* a predicate the lexicon lacks that the trained detector reads as a cue ("voiced
       * support", "expect"): the lexicon's frames find its source and content */
      /* ("the only known accidental collision": a participle after a determiner describes
       * the noun after it) */
      if (s->cue_model != NULL && i != model_next && sl_cue_model_gate (s->cue_model, s, i)
          && !copular_hedge (s, i) && !aspect_head (s, i)
          && !attributive_participle (s, st.first, i)
          && sl_cue_model_accepts (s->cue_model, s, sen->tok_first, sen->tok_end, i))
        {
          SlWord mw;
          guint before = s->cands->len;

          model_cue_word (s, i, &mw);
          try_cue (s, &st, i, 1, &mw, cand_first);
          if (s->cands->len == before && !not_a_report (s, &st, i, 1, &mw))
            try_model_loose (s, &st, i, 1, &mw);
          /* "appeared confident" is one predicate: its second word makes no second claim */
          if (s->cands->len > before)
            model_next = i + 1;
        }
      i++;
    }

  /* the opening citing phrase names whom the sentence's first claim after it cites (a
   * reason cited, "Citing security concerns, the ministry said …", adds nothing) */
  if (lead_cite_e != 0)
    for (guint a = cand_first; a < s->cands->len; a++)
      if (g_array_index (s->cands, SlCand, a).cue_b > lead_cite_e)
        {
          guint before = s->cands->len;
          guint32 parent_source = g_array_index (s->cands, SlCand, a).source;

          try_citing (s, &st, st.first, lead_cite_e, (gint32) a);
          if (s->cands->len > before
              && g_array_index (s->cands, SlCand, before).source == parent_source)
            g_array_set_size (s->cands, before);
          break;
        }
  /* "The Observatory, which asked the council to cancel the licences, said …": what was
   * said in a relative clause ends with the clause, where the sentence's own verb follows */
  for (guint a = cand_first; a < s->cands->len; a++)
    {
      SlCand *ca = &g_array_index (s->cands, SlCand, a);
      guint r = ca->cue_b;

      while (r > st.first && r + 5 > ca->cue_b && sl_scan_is_word (s, r - 1)
             && !sl_scan_is (s, r - 1, "which") && !sl_scan_is (s, r - 1, "who"))
        r--;
      if (r < st.first + 2 || !(sl_scan_is (s, r - 1, "which") || sl_scan_is (s, r - 1, "who"))
          || !sl_scan_punct (s, r - 2, ',') || ca->con_b <= ca->cue_b)
        continue;
      for (guint j = ca->con_b + 1; j + 1 < ca->con_e; j++)
        if (sl_scan_punct (s, j, ',')
            /* (past a quotation's closing mark: "who called Trump a “sociopath,” said …") */
            && ((sl_scan_has (s, j + 1, SL_TOK_LOWER) && (sl_scan_cls (s, j + 1) & (SL_W_CUE | SL_W_AUX)))
                || (j + 2 < ca->con_e && sl_scan_has (s, j + 1, SL_TOK_QUOTE) && sl_scan_has (s, j + 2, SL_TOK_LOWER)
                    && (sl_scan_cls (s, j + 2) & (SL_W_CUE | SL_W_AUX)))))
          {
            const SlWord *cw = sl_scan_word (s, ca->cue_b);

            /* (the closing mark stays with the words it closes) */
            ca->con_e = sl_scan_has (s, j + 1, SL_TOK_QUOTE) ? j + 2 : j;
            /* (a marker of doubt past the clause was the sentence's, not this claim's) */
            if ((ca->stance == SL_STANCE_SUSPECT || ca->stance == SL_STANCE_DENY)
                && (cw == NULL || cw->stance == SL_STANCE_ASSERT))
              ca->stance = stance_for (s, NULL, ca->source, ca->con_b, ca->con_e);
            break;
          }
    }
  /* "Sanders showed no sign of backing down", "Clinton still shows flashes of brilliance",
   * "showed up": a person who shows something displays it; a record shows what it found, and
   * a person only shows that (or how) something is so, or "they are willing" */
  for (guint a = cand_first; a < s->cands->len; a++)
    {
      SlCand *ca = &g_array_index (s->cands, SlCand, a);

      if (ca->source == SL_NONE || g_strcmp0 (ca->lemma, "show") != 0)
        continue;
      if (sl_scan_is (s, ca->cue_e, "up")
          || (sl_scan_kind (s, ca->source) == SL_SOURCE_PERSON && ca->con_b < ca->con_e
              && !sl_scan_is (s, ca->con_b, "that") && !sl_scan_is (s, ca->con_b, "how")
              && !sl_scan_is (s, ca->con_b, "why") && !sl_scan_is (s, ca->con_b, "what")
              && !sl_scan_is (s, ca->con_b, "whether") && !(sl_scan_cls (s, ca->con_b) & SL_W_PRON)
              && !(ca->con_b > 0 && sl_scan_is (s, ca->con_b - 1, "that"))))
        ca->source = SL_NONE;
    }
  /* Words that read as a speaker and a cue but are neither. "Mercury found in hair of children
   * tested near the reservoir": "found" with no helper, straight before a place or a time
   * and with no clause to follow, is a passive; the noun before it was found, and finds
   * nothing ("found in its review that …" still reports). "dismissed as baseless suggestions
   * that …", "rejected as false claims that …": after "as", a lone adjective and a noun in -s
   * are what was dismissed. */
  for (guint a = cand_first; a < s->cands->len; a++)
    {
      SlCand *ca = &g_array_index (s->cands, SlCand, a);
      gboolean clause = FALSE;

      if (ca->source == SL_NONE || ca->cue_e != ca->cue_b + 1)
        continue;
      if (sl_scan_is (s, ca->cue_b, "found") && ca->src_e == ca->cue_b
          && (sl_scan_cls (s, ca->cue_e) & SL_W_PREP))
        {
          for (guint k = ca->cue_e + 1; k < ca->con_e && !clause; k++)
            clause = sl_scan_is (s, k, "that");
          if (!clause)
            ca->source = SL_NONE;
        }
      else if (ca->src_e == ca->src_b + 1 && ca->src_e == ca->cue_b && ca->src_b > 0
               && sl_scan_is (s, ca->src_b - 1, "as") && sl_scan_has (s, ca->src_b, SL_TOK_LOWER)
               && sl_scan_ends_with (s, ca->cue_b, "s"))
        ca->source = SL_NONE;
      /* "The strike was called by the union": a strike called is one organised */
      else if (sl_scan_is (s, ca->cue_b, "called") && ca->cue_b > 0 && (sl_scan_cls (s, ca->cue_b - 1) & SL_W_BE)
               && sl_scan_is (s, ca->cue_e, "by"))
        ca->source = SL_NONE;
      /* "the company's plan, announced last month, to cut 420 jobs": a participle set off
       * after a noun describes it; nobody in the sentence is said to announce */
      else if (ca->cue_b > st.first + 1 && sl_scan_punct (s, ca->cue_b - 1, ',')
               && sl_scan_has (s, ca->cue_b, SL_TOK_LOWER) && sl_scan_ends_with (s, ca->cue_b, "ed")
               && sl_scan_has (s, ca->cue_b - 2, SL_TOK_LOWER) && sl_scan_is_word (s, ca->cue_b - 2)
               && !(sl_scan_cls (s, ca->cue_b - 2) & (SL_W_PRON | SL_W_UNNAMED | SL_W_TITLE | SL_W_ORGHEAD)))
        {
          gint32 t = -1;
          guint k = skip_time_right (s, ca->cue_e, st.content_end, &t);

          if (t >= 0 && sl_scan_punct (s, k, ','))
            ca->source = SL_NONE;
        }
    }
  /* "the Commission, which proposed the plan in March": a claim whose content is only a noun
   * phrase and a time was made at that time */
  for (guint a = cand_first; a < s->cands->len; a++)
    {
      SlCand *ca = &g_array_index (s->cands, SlCand, a);
      gint32 t;
      guint k;

      if (ca->said_timex >= 0 || ca->con_e <= ca->con_b + 1 || ca->con_b < ca->cue_e)
        continue;
      k = ca->con_b;
      while (k < ca->con_e && k < ca->con_b + 10 && timex_at (s, k) < 0 && sl_scan_is_word (s, k)
             && !sl_scan_verbish (s, k, ca->con_b) && !sl_scan_is (s, k, "that")
             && !(sl_scan_cls (s, k) & (SL_W_CUE | SL_W_AUX | SL_W_MODAL | SL_W_REL | SL_W_SUBORD)))
        k++;
      if (k >= ca->con_e || (t = timex_at (s, k)) < 0)
        continue;
      /* the time closes the content, or the relative clause the claim is made in ("…, which
       * proposed the plan in March, welcomed …") */
      {
        guint after = k;

        while (after < ca->con_e && timex_at (s, after) == t)
          after++;
        if (after < ca->con_e
            && !(sl_scan_punct (s, after, ',') && ca->cue_b > st.first
                 && (sl_scan_is (s, ca->cue_b - 1, "which") || sl_scan_is (s, ca->cue_b - 1, "who"))))
          continue;
      }
      if (k > ca->con_b && !(sl_scan_cls (s, ca->con_b) & SL_W_PREP)
          && !sl_scan_is (s, k - 1, "of")
          && !(sl_scan_is (s, k - 1, "since") || sl_scan_is (s, k - 1, "until")
               || sl_scan_is (s, k - 1, "by") || sl_scan_is (s, k - 1, "before")
               || sl_scan_is (s, k - 1, "after") || sl_scan_is (s, k - 1, "for")))
        ca->said_timex = t;
    }

  /* "Smith said the port was closed, while Jones said it was open": a claim whose frame
   * opens a coordinated clause ends the content of the claim before it; it is not inside */
  for (guint a = cand_first; a < s->cands->len; a++)
    {
      const SlCand *ca = &g_array_index (s->cands, SlCand, a);
      guint k = MIN (ca->subj_b, ca->cue_b), cut;

      if (k <= st.first || !coordinator (s, k - 1))
        continue;
      cut = k - 1;
      if (cut > st.first && sl_scan_punct (s, cut - 1, ','))
        cut--;
      /* the same window as below keeps long sentences linear */
      for (guint b = MAX (cand_first, a > 32 ? a - 32 : 0); b < MIN (s->cands->len, a + 33); b++)
        {
          SlCand *cb = &g_array_index (s->cands, SlCand, b);
          if (b != a && cb->con_b + 2 <= cut && cb->con_b < k && cb->con_e > k && cb->cue_e <= cut)
            cb->con_e = cut;
        }
    }

  /* "Neither side has agreed to a ceasefire", "No one has claimed the attack": nobody
   * made this claim */
  for (guint a = cand_first; a < s->cands->len; a++)
    {
      SlCand *ca = &g_array_index (s->cands, SlCand, a);
      guint b = ca->src_b;

      if (ca->source == SL_NONE || ca->src_e <= b)
        continue;
      if (b > st.first && (sl_scan_is (s, b - 1, "neither") || sl_scan_is (s, b - 1, "no")))
        b--;
      /* "None of the ministers said …" */
      else if (b >= st.first + 2 && sl_scan_is (s, b - 1, "of") && sl_scan_is (s, b - 2, "none"))
        b -= 2;
      else if (b >= st.first + 3 && sl_scan_is (s, b - 1, "the") && sl_scan_is (s, b - 2, "of")
               && sl_scan_is (s, b - 3, "none"))
        b -= 3;
      if (sl_scan_is (s, b, "neither") || sl_scan_is (s, b, "nobody") || sl_scan_is (s, b, "none")
          || (sl_scan_is (s, b, "no") && b + 1 < ca->src_e
              && (sl_scan_is (s, b + 1, "one") || sl_scan_has (s, b + 1, SL_TOK_LOWER))))
        ca->source = SL_NONE;
    }

  /* "Residents who oppose the dam said …": a restrictive clause says which residents speak;
   * its verb reports nothing of its own. "The minister, who denied the report, said …": set
   * off by commas, it is the minister's claim, and it ends where the clause does */
  for (guint a = cand_first; a < s->cands->len; a++)
    {
      SlCand *ca = &g_array_index (s->cands, SlCand, a);
      gboolean aside;

      if (ca->source == SL_NONE || ca->cue_b < st.first + 2 || !sl_scan_is (s, ca->cue_b - 1, "who"))
        continue;
      aside = sl_scan_punct (s, ca->cue_b - 2, ',');
      for (guint b = a + 1; b < MIN (s->cands->len, a + 33); b++)
        {
          const SlCand *cb = &g_array_index (s->cands, SlCand, b);

          if (cb->source != ca->source || cb->subj_b >= ca->cue_b - 1 || cb->cue_b <= ca->cue_e)
            continue;
          if (!aside)
            ca->source = SL_NONE;
          else if (sl_scan_punct (s, cb->cue_b - 1, ',') && ca->con_e > cb->cue_b - 1)
            ca->con_e = cb->cue_b - 1;
          break;
        }
    }

  /* "denied that …, saying …", "dismissed the report as baseless, calling it …" or
   * "telling the daily Arena Zilei that …", "put the toll at five, saying …": the participle
   * gives the denial's or the estimate's reasons;
   * it is the same reporting act, not a second claim */
  for (guint b = cand_first + 1; b < s->cands->len; b++)
    {
      SlCand *cb = &g_array_index (s->cands, SlCand, b);

      if (cb->source == SL_NONE || cb->cue_e != cb->cue_b + 1 || cb->cue_b == 0
          || !sl_scan_punct (s, cb->cue_b - 1, ',')
          || !(sl_scan_is (s, cb->cue_b, "saying") || sl_scan_is (s, cb->cue_b, "calling")
               || sl_scan_is (s, cb->cue_b, "telling")))
        continue;
      for (guint a = MAX (cand_first, b > 32 ? b - 32 : 0); a < b; a++)
        {
          const SlCand *ca = &g_array_index (s->cands, SlCand, a);

          if (ca->source == cb->source
              && (ca->stance == SL_STANCE_DENY || ca->stance == SL_STANCE_ESTIMATE
                  || g_strcmp0 (ca->lemma, "accuse") == 0)
              && ca->cue_e <= cb->cue_b
              && ca->con_b < cb->cue_b && ca->con_e >= cb->con_e)
            {
              /* the paper told is still one of the story's outlets */
              note_hearer_outlet (s, cb);
              cb->source = SL_NONE;
              break;
            }
        }
    }
  /* "said they suspected …", "told reporters he believed …": the speaker's own belief,
   * opening what they said, is that claim's stance, not a second claim */
  for (guint b = cand_first + 1; b < s->cands->len; b++)
    {
      SlCand *cb = &g_array_index (s->cands, SlCand, b);

      static const char *const belief[] = { "suspect", "suspects", "suspected", "believe",
                                            "believes", "believed", "fear", "fears", "feared",
                                            "doubt", "doubts", "doubted" };

      if (cb->source == SL_NONE
          || !(cb->stance == SL_STANCE_SUSPECT
               || (cb->cue_e == cb->cue_b + 1 && sl_scan_is_one_of (s, cb->cue_b, belief, G_N_ELEMENTS (belief)))))
        continue;
      for (guint a = MAX (cand_first, b > 32 ? b - 32 : 0); a < b; a++)
        {
          SlCand *ca = &g_array_index (s->cands, SlCand, a);
          guint open = ca->con_b;

          if (ca->source == SL_NONE || ca->cue_e > cb->cue_b || ca->con_e < cb->cue_e)
            continue;
          if (sl_scan_is (s, open, "that"))
            open++;
          /* "said they suspected", or "said it had opened an inquiry and suspected"; "he" or
           * "she" stands for the speaker only when that is one person ("Officials said he
           * suspected …" is someone else's belief) */
          if ((sl_scan_is (s, open, "he") || sl_scan_is (s, open, "she"))
              && sl_scan_kind (s, ca->source) != SL_SOURCE_PERSON)
            continue;
          if (((open == cb->src_b && cb->src_e == cb->src_b + 1)
               || (cb->cue_b > open + 1 && sl_scan_is (s, cb->cue_b - 1, "and") && cb->src_e <= ca->cue_b))
              && (sl_scan_cls (s, open) & SL_W_PRON) && cb->cue_b > ca->cue_b)
            {
              ca->stance = SL_STANCE_SUSPECT;
              cb->source = SL_NONE;
              break;
            }
        }
    }
  /* "said …, and expects …": what was said before ends at the "and" (or its comma) that
   * joins the speaker's second verb, when that one estimates or suspects */
  for (guint b = cand_first + 1; b < s->cands->len; b++)
    {
      const SlCand *cb = &g_array_index (s->cands, SlCand, b);
      SlCand *ca = &g_array_index (s->cands, SlCand, b - 1);
      guint and = cb->cue_b - 1;

      if (cb->source != SL_NONE && cb->cue_b > st.first + 1 && joined_verb (s, cb) && ca->stance != cb->stance
          && ca->source == cb->source && ca->cue_e <= and && ca->con_b < and && and < ca->con_e)
        ca->con_e = and > ca->con_b + 1 && sl_scan_punct (s, and - 1, ',') ? and - 1 : and;
    }
  /* "Two engineers told the broadcaster Nareau FM, which reported on Thursday, that …": the
   * hearer who reported what it was told is the channel it reached us through */
  for (guint a = cand_first; a + 1 < s->cands->len; a++)
    {
      SlCand *ca = &g_array_index (s->cands, SlCand, a);
      const SlCand *cb = &g_array_index (s->cands, SlCand, a + 1);
      SlSourceKind hk = cb->source != SL_NONE ? sl_scan_kind (s, cb->source) : SL_SOURCE_UNNAMED;

      if (ca->via < 0 && ca->source != SL_NONE && g_strcmp0 (ca->lemma, "tell") == 0
          && (hk == SL_SOURCE_OUTLET || hk == SL_SOURCE_AGENCY) && cb->src_e == cb->src_b + 1
          && sl_scan_is (s, cb->src_b, "which") && cb->src_b >= ca->cue_e + 2
          && sl_scan_punct (s, cb->src_b - 1, ',') && cb->stance == SL_STANCE_REPORT)
        ca->via = (gint32) (a + 1);
    }
  /* a claim inside another's content came through it */
  for (guint a = cand_first; a < s->cands->len; a++)
    {
      SlCand *ca = &g_array_index (s->cands, SlCand, a);
      guint best_len = G_MAXUINT;

      if (ca->via >= 0 || ca->source == SL_NONE)
        continue;
      /* nested claims sit near each other; a window keeps long sentences linear */
      for (guint b = MAX (cand_first, a > 32 ? a - 32 : 0); b < MIN (s->cands->len, a + 33); b++)
        {
          const SlCand *cb = &g_array_index (s->cands, SlCand, b);
          /* (nor does a speaker pass on their own words: "…,” she said, adding that …") */
          if (a == b || cb->source == SL_NONE || cb->con_b > ca->cue_b || cb->con_e < ca->cue_e
              || cb->source == ca->source)
            continue;
          if (ca->src_e > ca->src_b && (cb->con_b > ca->src_b || cb->con_e < ca->src_e))
            continue;
          /* a claim that reached us through `a` (a cited source shares its content) cannot
           * also be what `a` came through: chains end */
          if (chain_reaches (s, b, a))
            continue;
          /* of two claims with the same content, the cited one is nearer: "X reported,
           * citing Y, that Z had warned …": Z's warning came through Y */
          if (cb->con_e - cb->con_b < best_len
              || (cb->con_e - cb->con_b == best_len && ca->via >= 0 && cb->via == ca->via))
            {
              best_len = cb->con_e - cb->con_b;
              ca->via = (gint32) b;
            }
        }
      /* "The forecaster said the weather service had forecast a tide of 2.9 metres": a claim
       * told inside what someone said, told, denied or confirmed ("denied that the failure
       * pointed to a flaw") is part of what they said, not a claim of its own, as the news
       * annotations and PolNeAR's both read it; a suspicion held inside it
       * ("said investigators suspected …") is kept, and so are words passed on by saying,
       * telling, citing or quoting, and a question put to the speaker ("Asked by a reporter
       * whether …, the mayor said no") */
      if (ca->via >= 0)
        {
          const SlCand *cv = &g_array_index (s->cands, SlCand, ca->via);
          static const char *const tellings[] = { "say", "tell", "add" };
          static const char *const passings[] = { "say", "tell", "cite", "according to", "quote", "ask" };
          gboolean telling = FALSE, passing = FALSE;

          for (guint k = 0; k < G_N_ELEMENTS (tellings); k++)
            telling |= g_strcmp0 (cv->lemma, tellings[k]) == 0;
          /* (an outlet's report inside a denial is what is denied: "denied the allegations,
           * saying Reuters had reported …" keeps the report, through the denial) */
          telling |= (g_strcmp0 (cv->lemma, "deny") == 0 || g_strcmp0 (cv->lemma, "confirm") == 0)
                     && sl_scan_kind (s, ca->source) != SL_SOURCE_OUTLET;
          for (guint k = 0; k < G_N_ELEMENTS (passings); k++)
            passing |= g_strcmp0 (ca->lemma, passings[k]) == 0;
          if (telling && !passing && ca->stance != SL_STANCE_SUSPECT)
            {
              ca->source = SL_NONE;
              continue;
            }
        }
      /* "X suspects …, the club's lawyer told reporters": what X said ends where the frame
       * it came through begins */
      if (ca->via >= 0)
        {
          const SlCand *cv = &g_array_index (s->cands, SlCand, ca->via);
          /* (", said Ondrej Vlk": the frame may open with its verb; ", according to X" is
           * read as part of what was said, as PolNeAR's annotators read it) */
          guint f = g_strcmp0 (cv->lemma, "according to") == 0
                    ? MIN (cv->subj_b, cv->src_b)
                    : MIN (MIN (cv->subj_b, cv->src_b), cv->cue_b);

          if (cv->src_e > cv->src_b && f > ca->con_b + 1 && f < ca->con_e && cv->cue_b >= f
              && cv->cue_b < ca->con_e && sl_scan_punct (s, f - 1, ','))
            ca->con_e = f - 1;
        }
    }
}

/* ------------------------------------------------------------------ the document */

static void
map_timexes (SlDocScan *s)
{
  guint n = s->tokens->len;
  guint ti = 0;

  s->tok_timex = g_new (gint32, n + 1);
  for (guint i = 0; i <= n; i++)
    s->tok_timex[i] = -1;
  for (guint t = 0; t < s->n_timex; t++)
    {
      const SlTimex *tx = &s->timexes[t];
      /* timexes come in text order; tolerate overlaps by restarting when needed */
      if (ti > 0 && ti < n && sl_scan_tok (s, ti)->begin > tx->begin)
        ti = 0;
      while (ti < n && sl_scan_tok (s, ti)->end <= tx->begin)
        ti++;
      for (guint i = ti; i < n && sl_scan_tok (s, i)->begin < tx->end; i++)
        if (sl_scan_tok (s, i)->begin >= tx->begin && s->tok_timex[i] < 0)
          s->tok_timex[i] = (gint32) t;
    }
}

static gboolean
starts_with_text (const char *text, gsize len, const char *prefix)
{
  gsize n = strlen (prefix);
  return n > 0 && n <= len && strncmp (text, prefix, n) == 0;
}

/* Whether token k is the possessive of a city written in capitals: the "'S" of "ST.
 * GEORGE'S", which may be read as a mark and a letter. */
static gboolean
city_possessive (const SlDocScan *s, guint k)
{
  return sl_scan_has (s, k, SL_TOK_POSSESSIVE) || sl_scan_punct (s, k, '\'');
}

/* Titles repeated in the body and datelines ("WASHINGTON, May 2 (Reuters) –") are not
 * analysed as sentences. */
static void
mark_structure (SlDocScan *s)
{
  const SlDoc *d = sl_model_doc (s->model, s->doc);
  g_autofree char *title = d->title ? g_strstrip (g_strdup (sl_model_str (s->model, d->title)))
                                    : NULL;

  gboolean seen_title = FALSE;

  s->skip = g_new0 (guint8, s->sentences->len + 1);
  s->body_first = g_new0 (guint32, s->sentences->len + 1);
  for (guint si = 0; si < s->sentences->len; si++)
    {
      const SlSentence *sen = &g_array_index (s->sentences, SlSentence, si);
      guint f = sen->tok_first;

      s->body_first[si] = f;
      /* the headline is read once; copies of it in the body are not */
      if (title && *title && strlen (title) > 12
          && starts_with_text (s->text + sen->begin, sen->end - sen->begin, title))
        {
          s->skip[si] = seen_title ? SKIP_REPEAT : SKIP_HEADLINE;
          seen_title = TRUE;
          continue;
        }
      /* dateline: capitalised words, commas and a date, "(Outlet)", a dash */
      for (guint k = f; k < sen->tok_end && k < f + 14; k++)
        {
          if (sl_scan_punct (s, k, '('))
            {
              guint c = k + 1;
              while (c < sen->tok_end && c < k + 7 && !sl_scan_punct (s, c, ')'))
                c++;
              if (c < sen->tok_end && sl_scan_punct (s, c, ')') && sl_scan_is_dash (s, c + 1)
                  && c > k + 1)
                s->body_first[si] = c + 2;
              break;
            }
          /* "DARMSTADT, Germany — A satellite …", "NAIROBI — …": a city in capitals and a
           * dash, no outlet (not "NATO Secretary-General Mark Rutte — speaking …") */
          if (sl_scan_is_dash (s, k) && k > f && sl_scan_has (s, f, SL_TOK_UPPER)
              && (sl_scan_tok (s, f)->end - sl_scan_tok (s, f)->begin >= 3 || sl_scan_abbrev_dot (s, f + 1)))
            {
              guint j = f;
              /* the city in capitals ("LOS ANGELES", "ST. GEORGE'S"), then at most ", Country" */
              while (j < k && (sl_scan_has (s, j, SL_TOK_UPPER) || sl_scan_abbrev_dot (s, j)
                               || (j > f && city_possessive (s, j))))
                j++;
              if (j == k || (sl_scan_punct (s, j, ',') && k <= j + 4))
                s->body_first[si] = k + 1;
              break;
            }
          if (!(sl_scan_is_capword (s, k) || sl_scan_has (s, k, SL_TOK_NUM) || sl_scan_punct (s, k, ',')
                || sl_scan_abbrev_dot (s, k) || (sl_scan_punct (s, k, '.') && k > f && sl_scan_is_capword (s, k - 1))
                || (k > f && sl_scan_has (s, k - 1, SL_TOK_UPPER) && city_possessive (s, k))))
            break;
        }
    }
}

static void
clear_body_noun (gpointer data)
{
  SlBodyNoun *bn = data;

  g_free (bn->noun);
  g_free (bn->name);
}

/* Where a capitalised name that ends at token b - 1 … starts, going left from b over
 * capitalised words and "of", "for", "and" between them, no further than lo and not past an
 * article or a possessive: "Information System Authority", "Maritime and Port Authority". */
static guint
name_start_left (const SlDocScan *s, guint b, guint lo)
{
  for (;;)
    {
      while (b > 0 && b > lo
             && (sl_scan_is_capword (s, b - 1)
                 || ((sl_scan_is (s, b - 1, "of") || sl_scan_is (s, b - 1, "for")
                      || sl_scan_is (s, b - 1, "and") || sl_scan_is (s, b - 1, "by"))
                     && b >= 2 && sl_scan_is_capword (s, b - 2)))
             && !(sl_scan_cls (s, b - 1) & SL_W_DET) && !sl_scan_has (s, b - 1, SL_TOK_POSSESSIVE))
        b--;
      /* "the Busan Seafarers' Solidarity Union": a plural's mark inside the name */
      if (b >= 2 && b > lo + 1 && sl_scan_is_capword (s, b) && sl_scan_plural_possessive (s, b - 1)
          && sl_scan_is_capword (s, b - 2) && !(sl_scan_cls (s, b - 2) & SL_W_DET))
        {
          b -= 2;
          continue;
        }
      /* "The Betting, Gaming and Lotteries Commission": a list of capitalised words opening
       * the name, its commas before an "and" that joins the last of them */
      if (b >= 2 && b >= lo + 2 && sl_scan_punct (s, b - 1, ',') && sl_scan_is_capword (s, b - 2)
          && sl_scan_is_capword (s, b) && !sl_scan_has (s, b - 2, SL_TOK_POSSESSIVE))
        {
          gboolean and = FALSE;

          for (guint q = b; q < b + 6 && q < s->tokens->len && !and && sl_scan_is_word (s, q); q++)
            and = sl_scan_is (s, q, "and");
          if (and)
            {
              b -= 2;
              continue;
            }
        }
      /* "the Office for the Coordination of Humanitarian Affairs": an article inside the name,
       * after its "of" or "for" */
      if (b >= 3 && b > lo + 1 && sl_scan_is (s, b - 1, "the")
          && (sl_scan_is (s, b - 2, "for") || sl_scan_is (s, b - 2, "of")) && sl_scan_is_capword (s, b - 3)
          && (sl_scan_cls (s, b - 3) & SL_W_ORGHEAD))
        {
          b -= 2;
          continue;
        }
      return b;
    }
}

/* Notes that `noun` (a body's word or an acronym) stands for `name` from token pos on; takes
 * both strings. */
static void
note_body_noun (SlDocScan *s, char *noun, char *name, guint pos)
{
  SlBodyNoun bn = { noun, name, pos };

  if (s->body_nouns == NULL)
    {
      s->bodies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      s->body_nouns = g_array_new (FALSE, FALSE, sizeof (SlBodyNoun));
      g_array_set_clear_func (s->body_nouns, clear_body_noun);
    }
  g_array_append_val (s->body_nouns, bn);
}

/* Names the text gives a body's noun right before ("the payments company Amberpay", "the
 * Flemish daily De Leiebode", "the club Vale do Ave"): such a one-word or two-word name is
 * a company or an outlet, not a person, and "the company" later means it. */
static void
described_bodies (SlDocScan *s)
{
  for (guint i = 0; i + 1 < s->tokens->len; i++)
    {
      const SlWord *w = sl_scan_word (s, i);
      guint e = i + 1;

      /* "evidence gathered by the Information System Authority (RIA)": an acronym the text
       * defines, so that a later "the RIA said" is that body and not a namesake elsewhere */
      if (sl_scan_punct (s, i, '(') && i > 1 && i + 2 < s->tokens->len && sl_scan_punct (s, i + 2, ')')
          && sl_scan_has (s, i + 1, SL_TOK_UPPER) && sl_scan_is_word (s, i + 1)
          && sl_scan_tok (s, i + 1)->end - sl_scan_tok (s, i + 1)->begin >= 2
          && sl_scan_is_capword (s, i - 1) && sl_scan_is_capword (s, i - 2))
        {
          guint b = name_start_left (s, i - 2, i > 10 ? i - 10 : 0);
          if (!(sl_scan_cls (s, b) & (SL_W_DET | SL_W_TITLE)))
            {
              note_body_noun (s, sl_scan_span_text (s, i + 1, i + 2), sl_scan_span_text (s, b, i), b);
            }
          i += 2;
          continue;
        }
      /* "Savinja Banka, a regional lender based in Celje,": a name and what it is, so that a
       * later "the lender" (or "the bank") is that body */
      if (sl_scan_punct (s, i, ',') && i > 1 && sl_scan_is_capword (s, i - 1) && !sl_scan_has (s, i - 1, SL_TOK_UPPER)
          && i + 2 < s->tokens->len && (sl_scan_is (s, i + 1, "a") || sl_scan_is (s, i + 1, "an")))
        {
          guint k = i + 2;

          while (k < s->tokens->len && k < i + 5 && sl_scan_has (s, k, SL_TOK_LOWER) && sl_scan_is_word (s, k)
                 && !(sl_scan_cls (s, k) & (SL_W_ORGHEAD | SL_W_PREP | SL_W_DET | SL_W_CONJ))
                 && s->tok_timex[k] < 0)
            k++;
          if (k < s->tokens->len && sl_scan_has (s, k, SL_TOK_LOWER) && (sl_scan_cls (s, k) & SL_W_ORGHEAD)
              && !(k + 1 < s->tokens->len && sl_scan_has (s, k + 1, SL_TOK_LOWER)
                   && (sl_scan_cls (s, k + 1) & SL_W_ORGHEAD)))
            {
              guint b = name_start_left (s, i - 1, i > 6 ? i - 6 : 0);

              /* (not a place that opens the sentence: "In downtown San Francisco, a group …") */
              if (b < i && sl_scan_is_capword (s, b) && !(sl_scan_cls (s, b) & SL_W_TITLE)
                  && !(b > 0 && ((sl_scan_cls (s, b - 1) & SL_W_PREP) || sl_scan_has (s, b - 1, SL_TOK_LOWER))
                       && sl_scan_sentence_start (s, b) < b && !(sl_scan_cls (s, b - 1) & SL_W_CUE)
                       && !sl_scan_is (s, b - 1, "into") && !sl_scan_is (s, b - 1, "against")))
                note_body_noun (s, sl_scan_span_text (s, k, k + 1), sl_scan_span_text (s, b, i), b);
            }
        }
      /* "The Czech National Bank cut …": a body's name ending in its noun, so that a later
       * "the bank said" is that body */
      /* ("The Bank of England": the noun may open the name after its article) */
      if (w != NULL && (w->classes & SL_W_ORGHEAD) && sl_scan_is_capword (s, i) && i > 0
          && (sl_scan_is_capword (s, i - 1)
              || ((sl_scan_cls (s, i - 1) & SL_W_DET) && (sl_scan_is (s, i + 1, "of")
                                                          || sl_scan_is (s, i + 1, "for"))
                  && i + 2 < s->tokens->len && sl_scan_is_capword (s, i + 2)))
          && !sl_scan_has (s, i, SL_TOK_POSSESSIVE) && s->tok_timex[i] < 0)
        {
          guint b = sl_scan_is_capword (s, i - 1) && !(sl_scan_cls (s, i - 1) & SL_W_DET)
                      ? name_start_left (s, i - 1, i > 5 ? i - 5 : 0) : i;
          guint ne = i + 1;
          /* "the Maritime and Port Authority" is one name; "JPMorgan and Goldman Sachs Bank"
           * without an article before it are two (a country's possessive is as good as the
           * article: "Malta's Environment and Resources Authority") */
          if (b > 0 && !(sl_scan_cls (s, b - 1) & SL_W_DET) && !sl_scan_has (s, b - 1, SL_TOK_POSSESSIVE))
            for (guint k = b; k < i; k++)
              if (sl_scan_is (s, k, "and"))
                b = k + 1;
          /* "the Reserve Bank of Malawi" */
          while (ne + 1 < s->tokens->len && ne < i + 5
                 && (sl_scan_is (s, ne, "of") || sl_scan_is (s, ne, "for"))
                 && sl_scan_is_capword (s, ne + 1) && s->tok_timex[ne + 1] < 0)
            {
              ne += 2;
              while (ne < s->tokens->len && ne < i + 6 && sl_scan_is_capword (s, ne)
                     && !sl_scan_has (s, ne - 1, SL_TOK_POSSESSIVE) && s->tok_timex[ne] < 0)
                ne++;
            }
          g_autofree char *full = sl_scan_span_text (s, b, ne);
          const SlGazEntry *place = sl_gazetteer_lookup (s->gaz, full);

          /* (not a place: "the West Bank"; nor a country's office, "Kyrgyzstan's Defence
           * Ministry", which is named for its country where it speaks) */
          if (ne > b + 1 && !(sl_scan_cls (s, b) & (SL_W_DET | SL_W_TITLE))
              && !sl_scan_has (s, b, SL_TOK_POSSESSIVE) && !sl_scan_has (s, ne - 1, SL_TOK_POSSESSIVE)
              && (place == NULL || (place->type != SL_GAZ_PLACE && place->type != SL_GAZ_COUNTRY
                                    && place->type != SL_GAZ_OFFICE)))
            {
              note_body_noun (s, g_ascii_strdown (s->text + sl_scan_tok (s, i)->begin,
                                                  sl_scan_tok (s, i)->end - sl_scan_tok (s, i)->begin),
                              g_steal_pointer (&full), b);
              i = ne - 1;
            }
          continue;
        }
      /* "Kyrgyzstan's foreign ministry summoned …": a country's office, so that a later "the
       * ministry said" is that office even when the first mention said nothing */
      if (w != NULL && (w->classes & SL_W_ORGHEAD) && sl_scan_has (s, i, SL_TOK_LOWER) && i >= 2
          && (sl_scan_is (s, i, "ministry") || sl_scan_is (s, i, "department")))
        {
          guint p = i;

          while (p > 0 && i - p < 3 && sl_scan_is_word (s, p - 1) && sl_scan_has (s, p - 1, SL_TOK_LOWER)
                 && !sl_scan_has (s, p - 1, SL_TOK_POSSESSIVE)
                 && !(sl_scan_cls (s, p - 1) & (SL_W_DET | SL_W_PREP | SL_W_CONJ | SL_W_PRON | SL_W_AUX
                                                | SL_W_REL | SL_W_CUE | SL_W_ORGHEAD)))
            p--;
          /* (the possessive "'s" is a token of its own after the country's name) */
          if (p > 1 && sl_scan_has (s, p - 1, SL_TOK_POSSESSIVE) && sl_scan_is_capword (s, p - 2))
            {
              g_autofree char *country = sl_scan_span_text (s, p - 2, p - 1);
              const SlGazEntry *ce = sl_gazetteer_lookup (s->gaz, country);

              char *noun = g_ascii_strdown (s->text + sl_scan_tok (s, i)->begin,
                                            sl_scan_tok (s, i)->end - sl_scan_tok (s, i)->begin);
              gboolean again = FALSE;

              /* (only when "the ministry" follows soon: the office is then named, and a first
               * mention that is never taken up stays as it was) */
              for (guint k = i + 2; k < s->tokens->len && k < i + 400 && !again; k++)
                again = sl_scan_is (s, k - 1, "the") && sl_scan_is (s, k, noun);
              if (ce != NULL && ce->type == SL_GAZ_COUNTRY && again)
                {
                  guint32 src = sl_scan_resolve_np (s, p - 2, i + 1);

                  if (src != SL_NONE && sl_scan_kind (s, src) != SL_SOURCE_UNNAMED
                      && sl_scan_kind (s, src) != SL_SOURCE_PERSON)
                    {
                      note_body_noun (s, noun, g_strdup (sl_scan_source_name (s, src)), i);
                      noun = NULL;
                    }
                }
              g_free (noun);
            }
        }
      /* "Atlantel, the country's second-largest mobile operator, …": a name, then what it is
       * set off by commas (not "Amy Lee, the head of the union": a phrase with a preposition
       * says where someone works) */
      if (w != NULL && (w->classes & SL_W_ORGHEAD) && sl_scan_has (s, i, SL_TOK_LOWER) && i >= 3
          && (sl_scan_punct (s, e, ',') || sl_scan_punct (s, e, '.')))
        {
          guint d = i;

          /* ("a Geneva-based monitoring group") */
          while (d > 0 && i - d < 6 && sl_scan_is_word (s, d - 1)
                 && (sl_scan_has (s, d - 1, SL_TOK_LOWER) || sl_scan_hyphenated (s, d - 1))
                 && !(sl_scan_cls (s, d - 1) & (SL_W_DET | SL_W_PREP | SL_W_CONJ | SL_W_PRON
                                                | SL_W_AUX | SL_W_REL | SL_W_CUE)))
            d--;
          /* ("the country's": a possessive may stand among the words) */
          while (d > 1 && sl_scan_has (s, d - 1, SL_TOK_POSSESSIVE) && i - d < 6)
            {
              d--;
              while (d > 0 && i - d < 7 && sl_scan_is_word (s, d - 1) && sl_scan_has (s, d - 1, SL_TOK_LOWER)
                     && !(sl_scan_cls (s, d - 1) & (SL_W_DET | SL_W_PREP | SL_W_CONJ | SL_W_PRON)))
                d--;
            }
          if (d >= 3 && (sl_scan_is (s, d - 1, "the") || sl_scan_is (s, d - 1, "a")
                         || sl_scan_is (s, d - 1, "an"))
              && sl_scan_punct (s, d - 2, ',') && sl_scan_is_capword (s, d - 3)
              && !sl_scan_has (s, d - 3, SL_TOK_POSSESSIVE))
            {
              guint ne = d - 2, b = ne;

              while (b > 0 && ne - b < 4 && sl_scan_is_capword (s, b - 1)
                     && !(sl_scan_cls (s, b - 1) & SL_W_DET) && !sl_scan_has (s, b - 1, SL_TOK_POSSESSIVE))
                b--;
              g_autofree char *name = sl_scan_span_text (s, b, ne);
              const SlGazEntry *known = sl_gazetteer_lookup (s->gaz, name);


              if (!(sl_scan_cls (s, b) & SL_W_TITLE) && s->tok_timex[b] < 0 && known == NULL
                  && sl_model_find_source (s->model, name) == SL_NONE)
                {
                  guint kind = w->org_kind == SL_SOURCE_OUTLET ? SL_SOURCE_OUTLET
                                                                : SL_SOURCE_ORGANIZATION;

                  note_body_noun (s, sl_scan_span_text (s, i, i + 1), g_strdup (name), b);
                  g_hash_table_insert (s->bodies, g_steal_pointer (&name), GUINT_TO_POINTER (kind + 1));
                  continue;
                }
            }
        }
      /* "His former team, Adria-Velo, …": the name set off by commas after the noun */
      gboolean appositive = w != NULL && (w->classes & SL_W_ORGHEAD) && sl_scan_punct (s, e, ',')
                            && i > 0 && ((sl_scan_cls (s, i - 1) & SL_W_DET) || sl_scan_has (s, i - 1, SL_TOK_LOWER))
                            && e + 1 < s->tokens->len && sl_scan_is_capword (s, e + 1);
      guint nb;

      if (appositive)
        e++;
      nb = e;
      /* "the Nairobi daily The Equator": a paper's name may open with its own article */
      if (e == i + 1 && sl_scan_paper_article (s, e))
        e++;
      /* (not "those on board EgyptAir Flight MS804") */
      if (w == NULL || !(w->classes & SL_W_ORGHEAD) || !sl_scan_has (s, i, SL_TOK_LOWER)
          || !sl_scan_is_capword (s, e) || (sl_scan_cls (s, e) & (SL_W_TITLE | SL_W_DET))
          || s->tok_timex[e] >= 0 || (i > 0 && sl_scan_is (s, i, "board") && sl_scan_is (s, i - 1, "on"))
          /* (nor "member of parliament Ana Ruiz", a seat and then a person) */
          || (i > 1 && sl_scan_is (s, i - 1, "of") && (sl_scan_is (s, i - 2, "member") || sl_scan_is (s, i - 2, "members"))))
        continue;
      guint caps = 0;

      /* (a name's particles do not count towards its length: "the union Collectif des
       * Routiers du Corridor") */
      while (e < s->tokens->len && e < nb + 8 && caps < 5
             && (sl_scan_is_capword (s, e) || sl_scan_name_particle (s, e))
             && !sl_scan_has (s, e, SL_TOK_POSSESSIVE))
        caps += sl_scan_is_capword (s, e++);
      /* "the company Acme Foods", "the news agency Habari Press", "the daily Le Courrier du
       * Soir": all of it is the name; a body's word among the capitals ("the agency Federal
       * Bureau …") is another matter; a name set off by commas is closed by one */
      if (caps > 4 || (sl_scan_cls (s, e - 1) & SL_W_ORGHEAD)
          || (appositive && !(e < s->tokens->len && (sl_scan_punct (s, e, ',') || sl_scan_punct (s, e, '.')))))
        continue;
      {
        char *name = sl_scan_span_text (s, nb, e);
        guint kind = w->org_kind == SL_SOURCE_OUTLET
                             || (sl_scan_is (s, i, "agency") && i > 0 && sl_scan_is (s, i - 1, "news"))
                         ? SL_SOURCE_OUTLET
                         : SL_SOURCE_ORGANIZATION;

        note_body_noun (s, sl_scan_span_text (s, i, i + 1), g_strdup (name), i);
        /* ("the seafood processor Cape Harvest Foods": a company by its name, whatever it
         * processes, and "the company" later) */
        if (kind == SL_SOURCE_ORGANIZATION && e - nb >= 2 && sl_scan_corporate_word (s, e - 1)
            && !sl_scan_is (s, i, "company"))
          note_body_noun (s, g_strdup ("company"), g_strdup (name), i);
        g_hash_table_insert (s->bodies, name, GUINT_TO_POINTER (kind + 1));
      }
      i = e - 1;
    }
}

/* The kind of body the text described the name [b, e) as, or -1. */
gint
sl_scan_described_kind (const SlDocScan *s, guint b, guint e)
{
  g_autofree char *name = NULL;
  gpointer v;

  if (s->bodies == NULL)
    return -1;
  name = sl_scan_span_text (s, b, e);
  v = g_hash_table_lookup (s->bodies, name);
  return v ? (gint) GPOINTER_TO_UINT (v) - 1 : -1;
}

/* "(Photo: KCNA)": the credited agency is a source of the article. */
static void
photo_credits (SlDocScan *s)
{
  static const char *const credit_words[] = { "photo", "photos", "image", "images", "video",
                                              "photograph", "credit", "picture" };

  for (guint i = 0; i + 4 < s->tokens->len; i++)
    {
      gboolean credit = FALSE;
      guint e;

      if (!sl_scan_punct (s, i, '('))
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (credit_words); k++)
        credit = credit || sl_scan_is (s, i + 1, credit_words[k]);
      if (!credit || !sl_scan_punct (s, i + 2, ':'))
        continue;
      e = i + 3;
      while (e < s->tokens->len && e < i + 9 && !sl_scan_punct (s, e, ')')
             && !sl_scan_punct (s, e, '/'))
        e++;
      if (e < s->tokens->len && (sl_scan_punct (s, e, ')') || sl_scan_punct (s, e, '/'))
          && e > i + 3 && sl_scan_is_capword (s, i + 3))
        {
          g_autofree char *name = sl_scan_span_text (s, i + 3, e);
          const SlGazEntry *ent = sl_gazetteer_lookup (s->gaz, name);
          if (ent != NULL && ent->type == SL_GAZ_SOURCE)
            sl_scan_make_source (s, ent->name, ent->kind, NULL, name, ent->country, i + 3);
          else if (ent == NULL)
            sl_scan_make_source (s, name, SL_SOURCE_ORGANIZATION, NULL, NULL, NULL, i + 3);
        }
    }
}

static guint32
add_outlet (SlDocScan *s)
{
  const SlDoc *d = sl_model_doc (s->model, s->doc);
  const char *outlet = d->outlet ? sl_model_str (s->model, d->outlet) : NULL;
  const SlGazEntry *ent;

  if (outlet == NULL || *outlet == '\0')
    return SL_NONE;
  ent = sl_gazetteer_lookup (s->gaz, outlet);
  if (ent != NULL && ent->type == SL_GAZ_SOURCE)
    return sl_scan_make_source (s, ent->name, ent->kind, NULL, outlet, ent->country, 0);
  return sl_scan_make_source (s, outlet, SL_SOURCE_OUTLET, NULL, NULL, NULL, 0);
}

/* A headline's claim that the body makes again (same source, stance and cue) is one
 * claim: the body's, which has the details. */
static void
drop_headline_repeats (SlDocScan *s)
{
  for (guint k = 0; k < s->cands->len; k++)
    {
      SlCand *h = &g_array_index (s->cands, SlCand, k);

      if (s->skip[h->sentence] != SKIP_HEADLINE)
        continue;
      for (guint j = 0; j < s->cands->len; j++)
        {
          const SlCand *b = &g_array_index (s->cands, SlCand, j);
          if (s->skip[b->sentence] == SKIP_NONE && b->source == h->source
              && b->stance == h->stance && g_strcmp0 (b->lemma, h->lemma) == 0)
            {
              h->source = SL_NONE;
              break;
            }
        }
      /* "Audit finds Finnish hospital struck patients off lists" over "An audit of a hospital
       * in Tampere has found …": a record the body names more fully, finding the same */
      if (h->source != SL_NONE && sl_scan_kind (s, h->source) == SL_SOURCE_UNNAMED)
        {
          const char *noun = sl_scan_source_name (s, h->source);
          gsize nl = noun != NULL ? strlen (noun) : 0;

          for (guint j = 0; j < s->cands->len && nl > 0 && strchr (noun, ' ') == NULL; j++)
            {
              const SlCand *b = &g_array_index (s->cands, SlCand, j);
              const char *bn = b->source != SL_NONE ? sl_scan_source_name (s, b->source) : NULL;

              if (s->skip[b->sentence] == SKIP_NONE && bn != NULL && b->stance == h->stance
                  && g_strcmp0 (b->lemma, h->lemma) == 0 && sl_scan_kind (s, b->source) == SL_SOURCE_UNNAMED
                  && g_ascii_strncasecmp (bn, noun, nl) == 0 && bn[nl] == ' ')
                {
                  h->source = SL_NONE;
                  break;
                }
            }
        }
      /* "owner denies link to fish deaths" over "The mine's owner, Serra Azul, denied …": a
       * headline that names its source by a common noun means the body's one of that cue
       * and stance (the headline's claim stays, as a headline says it) */
      if (h->source != SL_NONE && sl_scan_kind (s, h->source) == SL_SOURCE_UNNAMED)
        {
          const char *noun = sl_scan_source_name (s, h->source);

          /* ("Mine owner": its head noun) */
          if (noun != NULL && strrchr (noun, ' ') != NULL)
            noun = strrchr (noun, ' ') + 1;
          for (guint j = 0; j < s->cands->len && noun != NULL && *noun != '\0'; j++)
            {
              const SlCand *b = &g_array_index (s->cands, SlCand, j);
              gboolean named = FALSE;

              if (s->skip[b->sentence] != SKIP_NONE || b->source == SL_NONE
                  || sl_scan_kind (s, b->source) == SL_SOURCE_UNNAMED || b->stance != h->stance
                  || g_strcmp0 (b->lemma, h->lemma) != 0)
                continue;
              /* (the body calls it so beside its name) */
              for (guint q = b->subj_b > 6 ? b->subj_b - 6 : 0; q < b->src_e && !named; q++)
                named = sl_scan_is (s, q, noun);
              if (named)
                {
                  h->source = b->source;
                  break;
                }
            }
        }
    }
  for (guint k = 0; k < s->cands->len; k++)
    {
      SlCand *c = &g_array_index (s->cands, SlCand, k);
      if (c->via >= 0 && g_array_index (s->cands, SlCand, c->via).source == SL_NONE)
        c->via = -1;
    }
}

/* The length in bytes of the double quotation mark token i starts (2 for "''" and "``"
 * written as two marks), 0 when it is not one. Single marks also serve as apostrophes. */
static guint
double_mark (const SlDocScan *s, guint i)
{
  const SlToken *t = sl_scan_tok (s, i);
  const guchar *p = (const guchar *) s->text + t->begin;

  if (!(t->flags & SL_TOK_QUOTE))
    return 0;
  if (*p == '"' || (t->end - t->begin == 2 && p[0] == 0xC2 && (p[1] == 0xAB || p[1] == 0xBB))
      || (t->end - t->begin == 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] >= 0x9C && p[2] <= 0x9F))
    return 1;
  if ((*p == '\'' || *p == '`') && i + 1 < s->tokens->len
      && sl_scan_tok (s, i + 1)->begin == t->end && s->text[t->end] == (char) *p)
    return 2;
  return 0;
}

/* Per token, whether it lies inside a direct quotation closed in the same paragraph. A
 * quotation left open at the end of its paragraph runs on into the next one or is a stray
 * mark; neither is trusted, so a lone mark cannot silence the rest of an article. */
static guint8 *
quoted_tokens (const SlDocScan *s)
{
  guint8 *quoted = g_new0 (guint8, s->tokens->len + 1);
  guint open_at = G_MAXUINT;

  for (guint i = 0; i < s->tokens->len; i++)
    {
      const SlToken *t = sl_scan_tok (s, i);
      guint n;

      if (t->flags & SL_TOK_PARAGRAPH)
        open_at = G_MAXUINT;
      if ((n = double_mark (s, i)) != 0)
        {
          /* the spacing decides before the glyph does: sloppy text closes with “ */
          guint32 e = sl_scan_tok (s, i + n - 1)->end;
          gboolean space_before = t->begin == 0 || g_ascii_isspace (s->text[t->begin - 1])
                                  || strchr ("([{", s->text[t->begin - 1]) != NULL;
          gboolean space_after = e >= s->len || g_ascii_isspace (s->text[e])
                                 || strchr (".,;:!?)]}", s->text[e]) != NULL;
          gboolean opens;

          if (space_before != space_after)
            opens = space_before;
          else
            opens = (t->flags & SL_TOK_OPEN) ? TRUE
                    : (t->flags & SL_TOK_CLOSE) ? FALSE : open_at == G_MAXUINT;
          if (opens)
            open_at = i + n;
          else if (open_at != G_MAXUINT)
            {
              memset (quoted + open_at, 1, i - open_at);
              open_at = G_MAXUINT;
            }
          i += n - 1;
        }
    }
  return quoted;
}

/* "told the local broadcaster Radio Sur", "told the Kamloops Herald": an outlet that heard
 * the claim is a source the article names, though the claim is not its own. */
static void
note_hearer_outlet (SlDocScan *s, const SlCand *c)
{
  guint j = c->cue_e, x, y;
  gboolean outlet_noun = FALSE;
  /* (what was said comes after the hearer, or stood before the frame: "“…,” the director
   * told the broadcaster Radio Temburong.") */
  guint lim = c->con_b > c->cue_e ? c->con_b : MIN (s->tokens->len, c->cue_e + 10);

  if (g_strcmp0 (c->lemma, "tell") != 0)
    return;
  if (sl_scan_is (s, j, "the"))
    j++;
  /* ("told the Quito broadcaster Radio Equinoccio": where the outlet is, then what it is) */
  for (x = j; x < lim && x < j + 3 && sl_scan_is_capword (s, x); x++)
    ;
  if (x > j && x < lim && sl_scan_has (s, x, SL_TOK_LOWER) && (sl_scan_cls (s, x) & SL_W_ORGHEAD))
    j = x;
  for (x = j; x < lim && sl_scan_has (s, x, SL_TOK_LOWER) && sl_scan_is_word (s, x); x++)
    outlet_noun = (sl_scan_cls (s, x) & SL_W_ORGHEAD) && sl_scan_word (s, x)->org_kind == SL_SOURCE_OUTLET;
  y = sl_scan_is_capword (s, x) ? name_end (s, x, MIN (lim, x + 5)) : x;
  if (y == x || (y < s->tokens->len && sl_scan_is_capword (s, y)))
    return;
  {
    g_autofree char *name = sl_scan_span_text (s, x, y);
    const SlGazEntry *ent = sl_gazetteer_lookup (s->gaz, name);
    guint32 known = sl_scan_doc_source (s, name);

    if (ent != NULL && ent->type == SL_GAZ_SOURCE && ent->kind == SL_SOURCE_OUTLET)
      sl_scan_make_source (s, ent->name, SL_SOURCE_OUTLET, NULL, name, ent->country, x);
    else if ((outlet_noun || sl_scan_masthead_word (s, y - 1) || sl_scan_outlet_name (s, x, y))
             && (known == SL_NONE || sl_scan_kind (s, known) == SL_SOURCE_OUTLET))
      sl_scan_make_source (s, name, SL_SOURCE_OUTLET, NULL, NULL, NULL, x);
  }
}

/* Whether the claim's source is a record a machine or a camera made, named by its kind
 * alone: "data from the train's recorder", "vessel-tracking data", "the images" (not "a report
 * by the Observatory", nor "an internal company memo", whose writers speak through it). */
static guint
unmade_record (const SlDocScan *s, const SlCand *c)
{
  static const char *const records[] = { "data", "images", "image", "photos", "photo", "pictures",
                                         "picture", "footage", "video", "recordings", "recording" };
  guint h = c->src_b;

  /* (the head, before what follows it: "satellite images taken last week") */
  while (h < c->src_e && !(sl_scan_cls (s, h) & SL_W_PREP)
         && !(sl_scan_has (s, h, SL_TOK_LOWER) && sl_scan_is_one_of (s, h, records, G_N_ELEMENTS (records))))
    h++;
  if (h >= c->src_e || (sl_scan_cls (s, h) & SL_W_PREP))
    return G_MAXUINT;
  for (guint k = h + 1; k < c->src_e; k++)
    if (sl_scan_is (s, k, "by") || sl_scan_is_capword (s, k))
      return G_MAXUINT;
  return h;
}

/* Whether the claim's source is a document named by its kind alone, "the statement said",
 * "its report added": the index of the noun, or G_MAXUINT. */
static guint
document_alone (const SlDocScan *s, const SlCand *c)
{
  static const char *const documents[] = { "statement", "report", "letter", "memo", "filing", "note",
                                           "email", "document", "ruling", "judgment", "judgement",
                                           "release", "notice", "communique", "complaint", "indictment" };
  guint h = c->src_e - 1;

  if (c->src_e == c->src_b || c->src_e > c->src_b + 2 || !sl_scan_has (s, h, SL_TOK_LOWER)
      || !sl_scan_is_one_of (s, h, documents, G_N_ELEMENTS (documents)))
    return G_MAXUINT;
  /* (the article may sit outside the source's words: "the statement said") */
  for (guint k = c->src_b > 0 && (sl_scan_cls (s, c->src_b - 1) & SL_W_DET) ? c->src_b - 1 : c->src_b; k < h; k++)
    if (!sl_scan_has (s, k, SL_TOK_LOWER))
      return G_MAXUINT;
  return h;
}

/* Whether the tokens [b, e) hold the word noun, in any case. */
static gboolean
span_holds (const SlDocScan *s, guint b, guint e, const SlToken *noun)
{
  for (guint k = b; k < e; k++)
    {
      const SlToken *t = sl_scan_tok (s, k);

      if (t->end - t->begin == noun->end - noun->begin
          && g_ascii_strncasecmp (s->text + t->begin, s->text + noun->begin, noun->end - noun->begin) == 0)
        return TRUE;
    }
  return FALSE;
}

/* "according to satellite images published by Open Conflict Imagery … The images, taken by
 * commercial satellites, show …", "said in a statement on Wednesday that … , the statement
 * said": the maker of a record named before, by a claim of the last few whose source phrase,
 * or whose words between its cue and what it said, hold the same noun (the noun at h), an
 * unnamed one too where unnamed is set; SL_NONE when none. */
static guint32
record_maker (const SlDocScan *s, guint claim, guint h, gboolean unnamed)
{
  const SlToken *noun = sl_scan_tok (s, h);

  for (guint j = claim; j > 0 && claim - j < 12; j--)
    {
      const SlCand *d = &g_array_index (s->cands, SlCand, j - 1);

      if (d->source == SL_NONE || (!unnamed && sl_scan_kind (s, d->source) == SL_SOURCE_UNNAMED))
        continue;
      if (span_holds (s, d->src_b, d->src_e, noun) || span_holds (s, d->cue_e, d->con_b, noun))
        return d->source;
    }
  return SL_NONE;
}

/* Whether the words from k name an outlet by its kind alone ("the site", "the news agency"),
 * with no name after them ("the news agency Halyard Press"). */
static gboolean
outlet_noun_alone (const SlDocScan *s, guint k)
{
  guint j = k;
  gboolean outlet = FALSE;

  while (j < s->tokens->len && j < k + 3 && sl_scan_has (s, j, SL_TOK_LOWER) && sl_scan_is_word (s, j)
         && (sl_scan_cls (s, j) & SL_W_ORGHEAD))
    outlet = sl_scan_word (s, j++)->org_kind == SL_SOURCE_OUTLET;
  return outlet && !(j < s->tokens->len && sl_scan_is_capword (s, j));
}

static void
commit_claims (SlDocScan *s)
{
  for (guint k = 0; k < s->cands->len; k++)
    {
      SlCand *c = &g_array_index (s->cands, SlCand, k);
      SlClaim cl = { 0 };
      guint record;

      if (c->source == SL_NONE)
        continue;
      /* "The agency said it did not comment on investigations": a refusal, no claim */
      if (c->con_e >= c->con_b + 4 && (sl_scan_cls (s, c->con_b) & SL_W_PRON)
          && sl_scan_is (s, c->con_b + 2, "not") && sl_scan_is (s, c->con_b + 3, "comment"))
        continue;
      /* "“… and then they said no,” Smith said": the words inside the quotation are Smith's
       * claim; a cue among them is part of it, not a claim of its own. A turn of a transcript
       * quoted whole ("“MODERATOR: …") opens with its speaker and stays. */
      if (s->quoted[c->cue_b]
          && !(sl_scan_punct (s, c->cue_b, ':') && c->src_e == c->cue_b && c->src_b > 0
               && sl_scan_has (s, c->src_b - 1, SL_TOK_QUOTE)))
        continue;

      /* "saying data from the ship's voyage recorder showed …", "which cited vessel-tracking
       * data": a record with no maker of its own, passed on by a speaker, is part of what
       * the speaker says; so is what unnamed finders found or showed ("officers found a
       * knife …, according to a police statement", "the buoys showed that …, Holm said") */
      record = G_MAXUINT;
      if (sl_scan_kind (s, c->source) == SL_SOURCE_UNNAMED
          && ((record = unmade_record (s, c)) != G_MAXUINT || g_strcmp0 (c->lemma, "find") == 0
              || g_strcmp0 (c->lemma, "show") == 0))
        {
          guint32 maker;
          gboolean inside = c->via >= 0;

          /* (or inside another's words in its sentence, whose claims stand together in the
           * list in the order of their cues: "told reporters that X and that satellite images
           * taken last week showed Y" says Y too; "…, according to census data" credits the
           * sentence, and is no one's words) */
          for (guint j = k; j > 0 && !inside; j--)
            {
              const SlCand *p = &g_array_index (s->cands, SlCand, j - 1);

              if (p->sentence != c->sentence)
                break;
              inside = p->source != SL_NONE && p->cue_e <= c->src_b && c->src_e <= c->cue_b
                       && ((p->con_b <= c->src_b && c->cue_b < p->con_e)
                           || ((p->con_e + 1 == c->src_b || p->con_e + 2 == c->src_b)
                               && sl_scan_is (s, p->con_e, "and") && sl_scan_is (s, p->con_e + 1, "that")));
            }
          if (inside)
            continue;
          /* (told by the outlet: the images' maker, where the text named one) */
          maker = record != G_MAXUINT ? record_maker (s, k, record, FALSE) : SL_NONE;
          if (maker != SL_NONE)
            c->source = maker;
        }
      /* "…, the statement said": the statement of a body that spoke "in a statement" just
       * before is that body's */
      else if (sl_scan_kind (s, c->source) == SL_SOURCE_UNNAMED && (record = document_alone (s, c)) != G_MAXUINT)
        {
          guint32 maker = record_maker (s, k, record, TRUE);

          if (maker != SL_NONE)
            c->source = maker;
        }
      /* "… told the site that …", the site being the outlet whose report came a sentence or
       * two before: the claim reaches the article through that report (not "told the
       * broadcaster Harbour FM", an outlet that reports nothing of its own here) */
      if (c->via < 0 && g_strcmp0 (c->lemma, "tell") == 0 && sl_scan_is (s, c->cue_e, "the")
          && outlet_noun_alone (s, c->cue_e + 1))
        for (guint j = k; j > 0; j--)
          {
            const SlCand *o = &g_array_index (s->cands, SlCand, j - 1);

            if (o->sentence + 3 < c->sentence)
              break;
            if (o->source != SL_NONE && o->model_index != SL_NONE && o->source != c->source
                && sl_scan_kind (s, o->source) == SL_SOURCE_OUTLET)
              {
                c->via = (gint32) (j - 1);
                break;
              }
          }
      note_hearer_outlet (s, c);
      cl.doc = s->doc;
      cl.source = c->source;
      cl.via = SL_NONE;
      {
        g_autofree char *cue = sl_scan_span_text (s, c->cue_b, c->cue_e);
        cl.cue = sl_model_intern (s->model, cue);
      }
      cl.stance = c->stance;
      /* when it was said is a day or a time, never "three days" or "every week" */
      if (c->said_timex >= 0 && (s->timexes[c->said_timex].type == SL_TIMEX_DATE
                                 || s->timexes[c->said_timex].type == SL_TIMEX_TIME))
        {
          const SlTimex *t = &s->timexes[c->said_timex];
          cl.said_on = t->value;
          cl.said_start = t->start;
          cl.said_end = t->end_t;
        }
      cl.cue_begin = sl_scan_tok (s, c->cue_b)->begin;
      cl.cue_end = sl_scan_tok (s, c->cue_e - 1)->end;
      if (c->src_e > c->src_b)
        {
          cl.source_begin = sl_scan_tok (s, c->src_b)->begin;
          cl.source_end = sl_scan_tok (s, c->src_e - 1)->end;
        }
      cl.content_begin = sl_scan_tok (s, c->con_b)->begin;
      cl.content_end = sl_scan_tok (s, c->con_e - 1)->end;
      c->model_index = sl_model_add_claim (s->model, &cl);
    }
  for (guint k = 0; k < s->cands->len; k++)
    {
      const SlCand *c = &g_array_index (s->cands, SlCand, k);
      if (c->via >= 0 && c->model_index != SL_NONE)
        sl_model_claim_mut (s->model, c->model_index)->via
          = g_array_index (s->cands, SlCand, c->via).model_index;
    }
}

/* "He's claiming that …", "she's said": an "'s" after a personal pronoun is "is" or
 * "has", never a possessive. */
static void
read_contractions (SlDocScan *s)
{
  static const char *const pronouns[] = { "he", "she", "it", "that", "there", "who", "what" };
  const SlWord *is = sl_gazetteer_word_hashed (s->gaz, "is", sl_word_hash ("is"));

  for (guint i = 1; i < s->tokens->len && is != NULL; i++)
    if ((sl_scan_tok (s, i)->flags & SL_TOK_POSSESSIVE) && sl_scan_tok (s, i - 1)->end == sl_scan_tok (s, i)->begin)
      for (guint k = 0; k < G_N_ELEMENTS (pronouns); k++)
        if (sl_scan_is (s, i - 1, pronouns[k]))
          {
            s->words->pdata[i] = (gpointer) is;
            break;
          }
}

/* "a former claims manager", "its claims department": a reporting word in -s between a
 * determiner or a describing word and a noun for a person or a body is a noun of the
 * compound, not a verb ("the union claims officials lied" keeps its verb). */
static void
read_noun_compounds (SlDocScan *s)
{
  static const char *const describing[] = { "former", "senior", "chief", "deputy", "head",
                                            "insurance", "independent", "new", "regional" };

  for (guint i = 1; i + 1 < s->tokens->len; i++)
    if ((sl_scan_cls (s, i) & SL_W_CUE) && sl_scan_word (s, i)->form == SL_FORM_S
        && sl_scan_has (s, i, SL_TOK_LOWER) && sl_scan_has (s, i + 1, SL_TOK_LOWER)
        && (sl_scan_cls (s, i + 1) & (SL_W_TITLE | SL_W_UNNAMED | SL_W_ORGHEAD))
        && ((sl_scan_cls (s, i - 1) & SL_W_DET)
            || (sl_scan_has (s, i - 1, SL_TOK_LOWER)
                && sl_scan_is_one_of (s, i - 1, describing, G_N_ELEMENTS (describing)))))
      s->words->pdata[i] = NULL;
}

/* "Theresa May said", "Brian May's band": a capitalised modal after a capitalised name
 * word, inside a sentence and outside a time expression, is a name of its own (but not in a
 * title-case headline, "Trump May Lose Ohio", where the next word is capitalised too). */
static void
read_name_modals (SlDocScan *s)
{
  for (guint i = 1; i + 1 < s->tokens->len; i++)
    if ((sl_scan_cls (s, i) & SL_W_MODAL) && sl_scan_has (s, i, SL_TOK_CAP) && s->tok_timex[i] < 0
        && !sl_scan_has (s, i, SL_TOK_PARAGRAPH | SL_TOK_NEWLINE) && sl_scan_is_capword (s, i - 1)
        && !(sl_scan_cls (s, i - 1) & (SL_W_PREP | SL_W_DET | SL_W_CONJ | SL_W_SUBORD | SL_W_AUX
                                        | SL_W_MODAL | SL_W_PRON | SL_W_REL | SL_W_ADV))
        && !sl_scan_is_capword (s, i + 1))
      s->words->pdata[i] = NULL;
  /* a first name spelled as a modal: "said Will Doyle", "according to May Boeve" (not at
   * the head of a sentence: "Will Congress act?") */
  for (guint i = 1; i + 1 < s->tokens->len; i++)
    if ((sl_scan_is (s, i, "will") || sl_scan_is (s, i, "may")) && sl_scan_has (s, i, SL_TOK_CAP)
        && !sl_scan_has (s, i, SL_TOK_UPPER) && s->tok_timex[i] < 0
        && !sl_scan_has (s, i, SL_TOK_PARAGRAPH | SL_TOK_NEWLINE)
        && ((sl_scan_is_word (s, i - 1) && sl_scan_has (s, i - 1, SL_TOK_LOWER)) || sl_scan_punct (s, i - 1, ','))
        && sl_scan_is_capword (s, i + 1)
        && sl_scan_word (s, i + 1) == NULL && s->tok_timex[i + 1] < 0)
      s->words->pdata[i] = NULL;
}

/* "closed without warning", "left without saying goodbye": a reporting word after "without"
 * tells what was not done; it reports nothing, and the clause's verb is the happening. */
static void
read_without (SlDocScan *s)
{
  for (guint i = 1; i < s->tokens->len; i++)
    if ((sl_scan_cls (s, i) & SL_W_CUE) && sl_scan_is (s, i - 1, "without"))
      s->words->pdata[i] = NULL;
}

/* "Greyling & Partners", "Procter & Gamble": an ampersand between two capitalised
 * words is part of one name, and reads as a capitalised word of it. */
static void
join_ampersands (SlDocScan *s)
{
  for (guint i = 1; i + 1 < s->tokens->len; i++)
    if (sl_scan_punct (s, i, '&') && sl_scan_is_capword (s, i - 1) && sl_scan_is_capword (s, i + 1)
        && !sl_scan_has (s, i + 1, SL_TOK_PARAGRAPH | SL_TOK_NEWLINE))
      {
        SlToken *t = &g_array_index (s->tokens, SlToken, i);

        t->flags = (t->flags & ~(guint32) SL_TOK_PUNCT) | SL_TOK_WORD | SL_TOK_CAP;
      }
}

void
sl_attribution_run (SlGazetteer *gaz,
                    SlModel     *model,
                    guint32      doc,
                    guint32      timex_first,
                    guint        n_timex)
{
  SlDocScan s = { 0 };
  const SlDoc *d;
  g_autofree SlTimex *timexes = NULL;
  SlTime dct_start;
  guint32 first_source, first_claim, first_event, outlet;

  g_return_if_fail (gaz != NULL && model != NULL);
  g_return_if_fail (doc < sl_model_n_docs (model));
  g_return_if_fail (timex_first + n_timex <= sl_model_n_timexes (model));

  s.text = sl_model_doc_text (model, doc, &s.len);
  if (s.text == NULL)
    return;
  d = sl_model_doc (model, doc);
  s.gaz = gaz;
  s.model = model;
  s.doc = doc;
  s.cue_model = sl_cue_model_get_default ();
  s.timex_first = timex_first;
  s.n_timex = n_timex;
  timexes = g_new (SlTimex, n_timex + 1);
  for (guint i = 0; i < n_timex; i++)
    timexes[i] = *sl_model_timex (model, timex_first + i);
  s.timexes = timexes;
  if (d->dct && !sl_time_interval_from_value (sl_model_str (model, d->dct), SL_MOD_NONE,
                                              &dct_start, &s.dct_end))
    s.dct_end = 0;

  s.tokens = g_array_sized_new (FALSE, FALSE, sizeof (SlToken), s.len / 5 + 16);
  s.sentences = g_array_new (FALSE, FALSE, sizeof (SlSentence));
  sl_sentences_find (s.text, s.len, s.tokens, s.sentences);
  sl_scan_look_up_words (&s);
  read_contractions (&s);
  join_ampersands (&s);
  map_timexes (&s);
  read_name_modals (&s);
  read_noun_compounds (&s);
  read_without (&s);
  s.cands = g_array_new (FALSE, FALSE, sizeof (SlCand));
  s.ents = g_array_new (FALSE, FALSE, sizeof (SlDocEntity));
  s.ent_latest = SL_NONE;

  mark_structure (&s);
  described_bodies (&s);
  s.quoted = quoted_tokens (&s);
  first_source = sl_model_n_sources (model);
  first_claim = sl_model_n_claims (model);
  first_event = sl_model_n_events (model);
  outlet = add_outlet (&s);
  photo_credits (&s);
  for (guint si = 0; si < s.sentences->len; si++)
    if (s.skip[si] != SKIP_REPEAT)
      scan_sentence (&s, si);
  drop_headline_repeats (&s);
  sl_scan_name_offices (&s);
  commit_claims (&s);
  sl_attribution_add_events (&s);
  /* names met on the way to a speaker ("Trade analysts" in "Trade analysts at Lindqvist
   * Economics") but credited with nothing leave the model; the article's outlet and the
   * outlets it names (a photo's credit, a hearer) stay */
  {
    guint n_new = sl_model_n_sources (model) - first_source;
    g_autofree gboolean *keep = g_new0 (gboolean, MAX (n_new, 1u));

    for (guint i = 0; i < n_new; i++)
      keep[i] = first_source + i == outlet
                || sl_model_source (model, first_source + i)->kind == SL_SOURCE_OUTLET;
    sl_model_prune_sources (model, first_source, first_claim, first_event, keep);
  }

  g_array_unref (s.tokens);
  g_array_unref (s.sentences);
  g_ptr_array_unref (s.words);
  g_free (s.word_hash);
  g_array_unref (s.cands);
  g_array_unref (s.ents);
  g_clear_pointer (&s.ent_of, g_hash_table_unref);
  g_clear_pointer (&s.bodies, g_hash_table_unref);
  g_clear_pointer (&s.lower_words, g_hash_table_unref);
  if (s.lower_keys)
    g_string_chunk_free (s.lower_keys);
  g_clear_pointer (&s.body_nouns, g_array_unref);
  g_free (s.tok_timex);
  g_free (s.skip);
  g_free (s.body_first);
  g_free (s.sent_cands);
  g_free (s.quoted);
}
