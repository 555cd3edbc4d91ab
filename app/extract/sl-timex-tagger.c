/* sl-timex-tagger.c: a rule-based TIMEX3 tagger for English news.
 *
 * The text is tokenized into a fixed window of tokens (no allocation while scanning); at
 * each token that can open a temporal expression the rules below try to match, the longest
 * match wins, and its value is normalised at once against the document creation time
 * (DCT) or, for narrative expressions ("two days later"), the last date the text named. */
#include "sl-timex-tagger.h"

#include <string.h>

#include "sl-timex-date.h"
#include "sl-timex-scan.h"
#include "model/sl-value-out.h"

#define WIN    4096 /* tokens held at once */
#define AHEAD  48   /* longest lookahead a rule may need */
#define BEHIND 32   /* tokens kept behind the scan point for tense cues */

struct _SlTimexTagger
{
  SlTok    toks[WIN];
  gboolean signals_apart;
  SlDate   today;      /* news is not published after this day */
  /* the tokens of the last text read whole (memo_text, memo_len), see memo_ensure() */
  GArray  *memo_toks;
  char    *memo_text;
  gsize    memo_len;
};

/* What the words themselves fixed, for inferring the publication date. */
typedef enum
{
  RAW_NONE = 0,
  RAW_EXPLICIT,    /* a date with its year written out */
  RAW_PARTIAL,     /* month (and day) without a year */
  RAW_LAST_MONTH,  /* "last September" */
  RAW_WEEKDAY,     /* a weekday alone: "on Tuesday" */
  RAW_SPAN,        /* "eight days after", "the three weeks since": days to the next date */
} RawKind;

/* A day written out for the news in an article known only to its month, and whether a past
 * perfect told it ("had heard arguments on Thursday, May 14": the news came after it). */
typedef struct
{
  gboolean has;
  SlDate   day;
  gboolean before;
} NewsDay;

typedef struct
{
  const char  *text;
  const SlTok *t;
  guint        n;
  gboolean     has_dct;
  SlDate       dct;
  gint64       dct_lo, dct_hi; /* first and last day the DCT may be */
  gboolean     has_ref;
  SlDate       ref;            /* last date the text named */
  guint32      ref_end;        /* byte offset where it was named */
  gboolean     has_when_year;
  gint32       when_year;      /* last year named as when something happened: "in 2019", "two years ago", "last year" */
  guint32      when_year_end;  /* byte offset where it was named */
  gboolean     ref_written;    /* named by month and day ("July 21"), not "Sunday's" */
  gboolean     ref_behind;     /* named in a past perfect: "had damaged boats on 10 January" */
  gboolean     has_fore_day;
  SlDate       fore_day;       /* last day named outside a past perfect: the story's own */
  gboolean     has_refq;
  SlDate       refq;           /* last reporting quarter named: "a year earlier" counts from it */
  gboolean     has_ref_day;
  SlDate       ref_day;        /* last day the text named: "two weeks earlier" counts from it */
  guint32      ref_day_end;    /* byte offset where it was named */
  gboolean     ref_day_on_weekday; /* as a past weekday when it happened ("late on Tuesday") */
  gboolean     ref_day_weekday; /* by a weekday at all ("after Sunday's vote") */
  gboolean     ref_day_night;  /* as an evening or night ("on Sunday night"): its small hours are the next day's */
  gboolean     has_small_day;
  SlDate       small_day;      /* last day named by its small hours ("in the early hours of Monday") */
  gboolean     has_late_day;
  SlDate       late_day;       /* last day named by its evening ("late on Monday", "Monday night") */
  gboolean     has_morning_day;
  SlDate       morning_day;    /* last day named by its morning ("on Monday morning") */
  gboolean     has_afternoon_day;
  SlDate       afternoon_day;  /* last day named by its afternoon ("measured on Wednesday afternoon") */
  gboolean     has_last_day;
  SlDate       last_day;       /* last day any time named, ahead or past ("on Saturday") */
  gboolean     last_day_deadline; /* … named as a deadline ("by the cut-off on the 31st") */
  guint32      last_day_end;   /* byte offset where it was named */
  gboolean     has_said_day;
  SlDate       said_day;       /* last day something was said on ("estimated on Saturday") */
  guint32      said_day_end;   /* byte offset where it was named */
  gint         clock_hour;     /* hour of the last clock time tagged, -1 before any */
  gint         clock_min;      /* and its minute */
  SlDate       clock_day;      /* and the day it fell on (prec 0 when none) */
  guint32      clock_end;      /* byte offset where it ended */
  NewsDay      ref_news;       /* last day written out within a DCT known only to its month */
  NewsDay      first_news;     /* the first such day, for a second reading of what came before */
  NewsDay      pre_news;       /* that day, from a first reading, before any day is written */
  guint        outer;          /* when nonzero, 1 + start of the clock time a day belongs to */
  gboolean     signals_apart;  /* TimeML spans: "later", "after", "before" stay outside */
  const GArray *hits;          /* the expressions tagged so far (NULL on a first reading) */
  guint        hits_from;      /* and where this text's hits begin in it */
} Ctx;

typedef struct
{
  guint    begin, end; /* token range */
  guint    back;       /* tokens before the rule's start that belong to it ("right now") */
  guint8   type, mod;
  char     value[32];
  gboolean anchors;    /* the text names this date: later narrative resolves against it */
  SlDate   date;
  guint8   raw;        /* RawKind */
  SlDate   raw_date;   /* fields the text gave (year 0 when not given) */
  gint8    raw_tense;
  guint8   raw_wd;     /* the weekday the text gave with a date, 1 = Monday */
  gint32   raw_span;   /* a duration in days that "since"/"after" ties to the date next */
  gint64   lo_day, hi_day; /* when hi_day: the days a value that cannot say may fall on */
} Match;

/* Clears a match: a copy of a zero one, which the compiler writes as a few wide stores where
 * a memset of this size becomes a "rep stos" with its start-up cost (it is done for every
 * rule tried). */
static const Match match_zero;

static inline void
match_clear (Match *m)
{
  memcpy (m, &match_zero, sizeof *m);
}

typedef struct
{
  guint8 raw;
  gint8  tense;
  guint8 wd;       /* weekday given with the date, or the weekday of a RAW_WEEKDAY */
  SlDate date;
  guint32 begin, end;
  gint32 span;     /* RAW_SPAN: days */
  gboolean lead;   /* in the first paragraph that is more than a headline */
  gboolean said;   /* RAW_WEEKDAY: the day something was said ("denied on Sunday") */
} RawMention;

/* ------------------------------------------------------------------------------------ */
/* token access                                                                          */

static inline const SlLexInfo *
info (guint16 w)
{
  return sl_timex_lex_info (w);
}

static inline guint16
W (const Ctx *c, guint i)
{
  return i < c->n && c->t[i].kind == SL_TK_WORD ? c->t[i].word : 0;
}

/* Whether token i is a word of time: a month, a weekday, a unit, a number word … */
static gboolean
time_word (const Ctx *c, guint i)
{
  return (info (W (c, i))->cats
          & (SL_C_MONTH | SL_C_WEEKDAY | SL_C_UNIT | SL_C_NUMWORD | SL_C_ORDWORD | SL_C_SEASON
             | SL_C_PARTDAY | SL_C_SETADV | SL_C_TENS)) != 0;
}

/* Whether token i is the word w (ASCII, any case); for words outside the lexicon. */
static gboolean
tok_is (const Ctx *c, guint i, const char *w)
{
  gsize n = strlen (w);

  return i < c->n && c->t[i].kind == SL_TK_WORD && c->t[i].end - c->t[i].begin == n
         && g_ascii_strncasecmp (c->text + c->t[i].begin, w, n) == 0;
}

/* Whether token i is one of the n words ws. */
static gboolean
tok_is_one_of (const Ctx *c, guint i, const char *const *ws, gsize n)
{
  for (gsize q = 0; q < n; q++)
    if (tok_is (c, i, ws[q]))
      return TRUE;
  return FALSE;
}

/* Whether token i is a noun that "today's" gives the present age rather than the day:
 * "today's world", "today's young people". */
static gboolean
present_age_noun (const Ctx *c, guint i)
{
  static const char *const age[] = {
    "world", "youth", "society", "societies", "generation", "generations", "children", "kids",
    "young", "teenagers", "teens", "students", "families", "parents", "culture", "standards",
    "technology", "technologies", "computers", "era", "age", "economy", "media", "politics",
    "consumers", "workers", "workplace", "internet", "people", "women", "men", "youngsters",
  };

  return tok_is_one_of (c, i, age, G_N_ELEMENTS (age));
}

/* Whether the last clock time the text told ends with token k ("6 p.m." in "6 p.m. on
 * Saturday", "6:15 p.m." before "(0015 GMT Friday)"). */
static gboolean
clock_ends_at (const Ctx *c, guint k)
{
  return c->clock_day.prec >= SL_PREC_DAY && c->clock_end == c->t[k].end;
}

/* Whether token k is "least" or "most" after "at": a hedge before a time ("until at least
 * Sunday"). */
static gboolean
at_least (const Ctx *c, guint k)
{
  return k > 0 && W (c, k - 1) == SL_W_AT && (tok_is (c, k, "least") || tok_is (c, k, "most"));
}

static inline guint32
CATS (const Ctx *c, guint i)
{
  return info (W (c, i))->cats;
}

static inline gint32
VAL (const Ctx *c, guint i)
{
  return info (W (c, i))->val;
}

static inline gboolean
is_p (const Ctx *c, guint i, char ch)
{
  return i < c->n && c->t[i].kind == SL_TK_PUNCT && c->t[i].ch == (guint8) ch;
}

static inline gboolean
is_num (const Ctx *c, guint i)
{
  return i < c->n && c->t[i].kind == SL_TK_NUM;
}

/* token i follows the previous one with no space */
static inline gboolean
glued (const Ctx *c, guint i)
{
  return i < c->n && !(c->t[i].flags & SL_TF_SPACE);
}

/* a hyphen joining two words: "third-quarter", "mid-1996" */
static inline gboolean
hyph (const Ctx *c, guint i)
{
  return is_p (c, i, '-') && glued (c, i) && glued (c, i + 1) && i + 1 < c->n;
}

static inline gboolean
cap (const Ctx *c, guint i)
{
  return i < c->n && (c->t[i].flags & SL_TF_CAP);
}

/* Whether token w names one weekday, capitalised ("Tuesday", not "Tuesdays"). */
static inline gboolean
weekday_name (const Ctx *c, guint w)
{
  return (CATS (c, w) & SL_C_WEEKDAY) && !(CATS (c, w) & SL_C_PLURAL) && cap (c, w);
}

/* A plain number of 1-2 digits usable as a day of the month. */
static inline gboolean
day_num (const Ctx *c, guint i)
{
  const SlTok *t;

  if (!is_num (c, i))
    return FALSE;
  t = &c->t[i];
  return t->ndig <= 2 && t->num >= 1 && t->num <= 31
         && (t->suffix == SL_SUF_NONE || t->suffix == SL_SUF_ORD)
         && !(t->flags & (SL_TF_COMMA | SL_TF_DECIMAL));
}

/* A four-digit number usable as a year. */
static inline gboolean
year_num (const Ctx *c, guint i)
{
  const SlTok *t;

  if (!is_num (c, i))
    return FALSE;
  t = &c->t[i];
  return t->ndig == 4 && t->suffix == SL_SUF_NONE && !(t->flags & (SL_TF_COMMA | SL_TF_DECIMAL))
         && t->num >= 1000 && t->num <= 2199;
}

/* A year said in words, as in broadcast transcripts: "nineteen ninety-six", "nineteen
 * eighty", "two thousand", "two thousand and one". Returns the end, 0 when none. */
static guint
spoken_year (const Ctx *c, guint i, gint32 *year)
{
  guint16 w = W (c, i);
  gint32 first, second;
  guint j = i + 1;

  if (w == SL_W_TWO && W (c, j) == SL_W_THOUSAND)
    {
      j++;
      *year = 2000;
      if (W (c, j) == SL_W_AND && (info (W (c, j + 1))->cats & SL_C_NUMWORD)
          && VAL (c, j + 1) < 20)
        {
          *year += VAL (c, j + 1);
          j += 2;
        }
      return j;
    }
  if (!(info (w)->cats & SL_C_NUMWORD))
    return 0;
  first = VAL (c, i);
  if (first < 15 || first > 20 || (first == 20 && w != SL_W_TWENTY))
    return 0;
  if (W (c, j) == SL_W_HUNDRED)
    {
      *year = first * 100;
      return j + 1;
    }
  if (W (c, j) == SL_W_OH && (CATS (c, j + 1) & SL_C_NUMWORD) && VAL (c, j + 1) < 10)
    {
      *year = first * 100 + VAL (c, j + 1);
      return j + 2;
    }
  if (CATS (c, j) & SL_C_TENS)
    {
      second = VAL (c, j);
      j++;
      if (hyph (c, j) && (CATS (c, j + 1) & SL_C_NUMWORD) && VAL (c, j + 1) < 10)
        {
          second += VAL (c, j + 1);
          j += 2;
        }
      else if ((CATS (c, j) & SL_C_NUMWORD) && VAL (c, j) < 10)
        {
          second += VAL (c, j);
          j++;
        }
    }
  else if ((CATS (c, j) & SL_C_NUMWORD) && VAL (c, j) >= 10 && VAL (c, j) < 20)
    {
      second = VAL (c, j);
      j++;
    }
  else
    return 0;
  *year = first * 100 + second;
  return j;
}

/* A year at j in digits or words; returns the end, 0 when none. */
static guint
year_at (const Ctx *c, guint j, gint32 *year)
{
  if (year_num (c, j))
    {
      *year = c->t[j].num;
      return j + 1;
    }
  return spoken_year (c, j, year);
}

/* End of a sentence at token i. */
static gboolean
sentence_end (const Ctx *c, guint i)
{
  if (i >= c->n || c->t[i].kind != SL_TK_PUNCT)
    return FALSE;
  switch (c->t[i].ch)
    {
    case '!':
    case '?':
    case ';':
      return TRUE;
    case '.':
      /* not after an abbreviation ("Sept.", "p.m.", initials) */
      if (i > 0 && c->t[i - 1].kind == SL_TK_WORD && glued (c, i))
        {
          const SlTok *p = &c->t[i - 1];
          if ((info (p->word)->cats & SL_C_MONTHABBR) || p->end - p->begin == 1)
            return FALSE;
        }
      return TRUE;
    default:
      return FALSE;
    }
}

/* Word-end test on the raw text: "ed" endings mark the past tense. */
static inline gboolean
word_ends_ed (const Ctx *c, guint i)
{
  const SlTok *t = &c->t[i];
  const char *s = c->text + t->begin;
  guint len = t->end - t->begin;

  if (t->kind != SL_TK_WORD || len < 4 || (t->flags & SL_TF_CAP))
    return FALSE;
  /* "proceed", "need", "speed" are not past tenses */
  return s[len - 2] == 'e' && s[len - 1] == 'd' && s[len - 3] != 'e';
}

/* Whether a clause with a past-tense verb opens at i: "water seeped through", "the dyke
 * broke" (not a noun phrase like "the vote"). */
static gboolean
clause_follows (const Ctx *c, guint i)
{
  for (guint k = i + 1; k < c->n && k < i + 4; k++)
    {
      if (c->t[k].kind == SL_TK_PUNCT)
        return FALSE;
      if ((CATS (c, k) & SL_C_PAST) || (W (c, k) == 0 && word_ends_ed (c, k)))
        return TRUE;
    }
  return FALSE;
}

/* A determiner or degree word before i makes the word there a noun or an adjective:
 * "the plan", "a still unspecified date". */
static gboolean
after_determiner (const Ctx *c, guint i)
{
  guint16 p;

  if (i == 0)
    return FALSE;
  p = W (c, i - 1);
  if (p == SL_W_THE || p == SL_W_A || p == SL_W_AN || p == SL_W_ITS || p == SL_W_THEIR
      || p == SL_W_STILL || p == SL_W_THIS || p == SL_W_THAT)
    return TRUE;
  /* an adverb in -ly: "a newly elected", "previously announced" */
  if (c->t[i - 1].kind == SL_TK_WORD && c->t[i - 1].end - c->t[i - 1].begin > 3)
    {
      const char *e = c->text + c->t[i - 1].end;
      return e[-2] == 'l' && e[-1] == 'y';
    }
  return FALSE;
}

static int
tense_cue (const Ctx *c, guint i)
{
  guint32 cats = CATS (c, i);

  if (cats & SL_C_FUTURE)
    {
      /* "'ll" only after an apostrophe */
      if (W (c, i) == SL_W_LL && !is_p (c, i - 1, '\''))
        return 0;
      /* "won't" is a future, "won" a past */
      if (W (c, i) == SL_W_WONT && !is_p (c, i + 1, '\''))
        return -1;
      /* "the plan", "a deadline", "the hastily planned trip", "a scheduled check" are
       * things, not intentions; so is a plan that no "to" follows ("her vacation plans"),
       * where "plans to visit" is one */
      if ((W (c, i) == SL_W_PLAN || W (c, i) == SL_W_PLANS || W (c, i) == SL_W_DEADLINE
           || W (c, i) == SL_W_PLANNED || W (c, i) == SL_W_SCHEDULED)
          && after_determiner (c, i))
        return 0;
      if ((W (c, i) == SL_W_PLAN || W (c, i) == SL_W_PLANS) && W (c, i + 1) != SL_W_TO)
        return 0;
      return 1;
    }
  /* "payments due in January", "a verdict due on Friday": what falls due lies ahead, unless
   * it was due then ("was due in March", "had been due on Tuesday"); "due to" is the case
   * below, or a cause */
  if (W (c, i) == SL_W_DUE && W (c, i + 1) != SL_W_TO && i > 0 && W (c, i - 1) != SL_W_WAS
      && W (c, i - 1) != SL_W_WERE && W (c, i - 1) != SL_W_BEEN)
    return 1;
  /* "set to resume", "is to visit", "due to arrive" (not "was due to start", a plan of the
   * past) */
  if (W (c, i) == SL_W_TO && (W (c, i - 1) == SL_W_SET || W (c, i - 1) == SL_W_IS
                              || W (c, i - 1) == SL_W_ARE || W (c, i - 1) == SL_W_DUE))
    return W (c, i - 1) == SL_W_DUE && i > 1
               && (W (c, i - 2) == SL_W_WAS || W (c, i - 2) == SL_W_WERE || W (c, i - 2) == SL_W_BEEN)
             ? -1 : 1;
  /* "said the talks would resume": the future seen from a past report; "would have" is not.
   * So are forecasts and duties: "could last into December", "should be revisited by June";
   * "could not be located Wednesday" is a past ability, though */
  if (W (c, i) == SL_W_COULD && (W (c, i + 1) == SL_W_BE || W (c, i + 1) == SL_W_NOT))
    return 0;
  if (W (c, i) == SL_W_WOULD || W (c, i) == SL_W_COULD || W (c, i) == SL_W_SHOULD
      || W (c, i) == SL_W_MIGHT)
    return W (c, i + 1) == SL_W_HAVE ? -1 : 1;
  if (W (c, i) == SL_W_AGO)
    return -1;
  if ((cats & SL_C_PAST) || (W (c, i) == 0 && word_ends_ed (c, i)))
    {
      guint16 p1 = i > 0 ? W (c, i - 1) : 0, p2 = i > 1 ? W (c, i - 2) : 0;
      /* "were planning", "was expected", "was due": the plan, not the past, counts */
      if ((CATS (c, i + 1) & SL_C_FUTURE) || W (c, i + 1) == SL_W_DUE
          || (W (c, i + 1) == SL_W_SET && W (c, i + 2) == SL_W_TO))
        return 0;
      /* "a still unspecified date", "the restated results": adjectives */
      if (W (c, i) == 0 && after_determiner (c, i))
        return 0;
      /* "will shut off piped water": after a verb's particle, a word in -ed before a noun
       * describes the noun */
      if (W (c, i) == 0 && i > 0 && i + 1 < c->n && c->t[i + 1].kind == SL_TK_WORD
          && !(c->t[i + 1].flags & SL_TF_CAP) && W (c, i + 1) == 0
          && (tok_is (c, i - 1, "off") || tok_is (c, i - 1, "up") || tok_is (c, i - 1, "out")
              || tok_is (c, i - 1, "down")))
        return 0;
      /* "Where am I supposed to work on Saturday?": what one is supposed to do lies ahead
       * (not what one was supposed to do) */
      if (tok_is (c, i, "supposed") && W (c, i + 1) == SL_W_TO && i >= 2
          && (p1 == SL_W_IS || p1 == SL_W_ARE || tok_is (c, i - 1, "am") || p2 == SL_W_IS
              || p2 == SL_W_ARE || tok_is (c, i - 2, "am")))
        return 1;
      /* after "stay" or "remain" it tells a state, and the verb before it has the tense:
       * "would stay closed on Friday", "remained shut" */
      static const char *const stays[] = { "stay", "stays", "stayed", "remain", "remains", "remained" };

      if (W (c, i) == 0 && i > 0 && tok_is_one_of (c, i - 1, stays, G_N_ELEMENTS (stays)))
        return 0;
      /* a participle after "be" is a passive, not a past: "will be named" */
      if (W (c, i) != SL_W_WAS && W (c, i) != SL_W_WERE && W (c, i) != SL_W_HAD
          && W (c, i) != SL_W_DID
          && (p1 == SL_W_BE || p1 == SL_W_BEEN || p1 == SL_W_BEING || p1 == SL_W_IS
              || p1 == SL_W_ARE || p2 == SL_W_BE || p2 == SL_W_IS || p2 == SL_W_ARE))
        return 0;
      return -1;
    }
  return 0;
}

/* A quotation mark at i: '"', '`' or a doubled apostrophe (wire copy writes ``…''). */
static gboolean
quote_mark (const Ctx *c, guint i)
{
  if (i >= c->n || c->t[i].kind != SL_TK_PUNCT)
    return FALSE;
  if (c->t[i].ch == '"' || c->t[i].ch == '`')
    return TRUE;
  return c->t[i].ch == '\'' && ((i + 1 < c->n && is_p (c, i + 1, '\'') && glued (c, i + 1))
                                || (i > 0 && is_p (c, i - 1, '\'') && glued (c, i)));
}

/* Whether the time at sb is named as a deadline's day: "if nothing was found by the cut-off
 * on the 31st", "by the deadline on Friday". */
static gboolean
deadline_on (const Ctx *c, guint sb)
{
  if (sb < 4 || W (c, sb - 1) != SL_W_ON)
    return FALSE;
  for (guint k = sb - 2; k >= 2 && sb - k <= 6; k--)
    {
      if (!(c->t[k].kind == SL_TK_WORD || hyph (c, k)))
        return FALSE;
      if (W (c, k) == SL_W_THE)
        return W (c, k - 1) == SL_W_BY;
    }
  return FALSE;
}

/* Whether token i opens a clause whose tense follows its main clause's: "would weaken as it
 * moved", "would be lifted if the rain eased". */
static gboolean
tense_follower (const Ctx *c, guint i)
{
  return W (c, i) == SL_W_AS || W (c, i) == SL_W_WHEN || W (c, i) == SL_W_ONCE || tok_is (c, i, "if")
         || tok_is (c, i, "unless");
}

/* -1 past, +1 future, 0 unknown: the nearest tense cue in the same sentence. A quotation
 * mark bounds the search: the tense inside a quote is the speaker's, not the reporter's. */
static int
tense_around (const Ctx *c, guint b, guint e)
{
  guint past_d = G_MAXUINT, fut_d = G_MAXUINT, follower_past = G_MAXUINT;
  gboolean comma = FALSE, in_clause = FALSE;

  for (guint k = 1; k <= 24 && k <= b; k++)
    {
      guint i = b - k;
      int cue;

      /* a mark ends the search or is a comma, and is no tense cue; only marks end it */
      if (i < c->n && c->t[i].kind == SL_TK_PUNCT)
        {
          if (sentence_end (c, i) || quote_mark (c, i))
            break;
          comma = comma || c->t[i].ch == ',';
          cue = 0;
        }
      else
        cue = tense_cue (c, i);
      /* "would weaken as it moved south-east on Wednesday": a past in a clause that follows
       * the tense of its main clause is the main clause's, if that has one */
      if (cue == 0 && past_d != G_MAXUINT && fut_d == G_MAXUINT && follower_past == G_MAXUINT
          && tense_follower (c, i))
        {
          follower_past = past_d;
          past_d = G_MAXUINT;
        }
      if (cue > 0 && fut_d == G_MAXUINT)
        fut_d = k;
      else if (cue < 0 && past_d == G_MAXUINT)
        past_d = k;
      in_clause = in_clause || (cue != 0 && !comma);
      if (c->t[i].flags & SL_TF_PARA)
        break;
    }
  if (follower_past != G_MAXUINT && fut_d == G_MAXUINT && past_d == G_MAXUINT)
    past_d = follower_past;
  /* "will shut off water from Saturday, the council said": the time's own clause decides
   * before the reporting frame after the comma */
  for (guint k = 0; k < 20 && e + k < c->n; k++)
    {
      guint i = e + k;
      int cue;

      if (c->t[i].flags & SL_TF_PARA)
        break;
      if (c->t[i].kind == SL_TK_PUNCT)
        {
          /* a mark is no tense cue */
          if (sentence_end (c, i) || quote_mark (c, i) || (in_clause && c->t[i].ch == ','))
            break;
          continue;
        }
      /* "posted the files on Monday and said it would release the rest": nor does a verb
       * phrase joined after it, nor a clause that follows the tense of a future ("would be
       * lifted at noon on Wednesday if the rain eased") */
      if ((in_clause && W (c, i) == SL_W_AND) || (fut_d != G_MAXUINT && tense_follower (c, i)))
        break;
      /* "told reporters at 3 p.m. on Tuesday that the consortium would build …": a clause
       * "that" opens right after the time is what was said, not when */
      if (k == 0 && W (c, i) == SL_W_THAT && past_d != G_MAXUINT)
        break;
      cue = tense_cue (c, i);
      if (cue > 0 && fut_d == G_MAXUINT)
        fut_d = k + 1;
      else if (cue < 0 && past_d == G_MAXUINT)
        past_d = k + 1;
    }
  if (fut_d < past_d)
    return 1;
  if (past_d < fut_d)
    return -1;
  return 0;
}

/* A past perfect or progressive in the clause around [b, e): "had filed … by Wednesday",
 * "until Thursday, they had not called", "were waiting … by Tuesday". The deadline it names
 * then lies behind the writer. */
static gboolean
pluperfect_near (const Ctx *c, guint b, guint e)
{
  for (guint k = 1; k <= 12 && k <= b; k++)
    {
      guint i = b - k;
      if (sentence_end (c, i) || is_p (c, i, ';'))
        break;
      /* ("had handed him a note, and that he must be gone by Saturday": a clause of its own
       * that looks ahead comes first) */
      if (W (c, i) == SL_W_WILL || W (c, i) == SL_W_SHALL || tok_is (c, i, "must"))
        break;
      /* ("had put out the flames by Sunday evening": a participle the lexicon lacks) */
      if (W (c, i) == SL_W_HAD && i + 1 < b
          && (W (c, i + 1) == SL_W_BEEN || W (c, i + 1) == SL_W_NOT
              || (CATS (c, i + 1) & SL_C_PAST) || (W (c, i + 1) == 0 && word_ends_ed (c, i + 1))
              || (W (c, i + 1) == 0 && c->t[i + 1].kind == SL_TK_WORD
                  && !(c->t[i + 1].flags & SL_TF_CAP) && c->t[i + 1].end - c->t[i + 1].begin >= 3)))
        return TRUE;
      if (c->t[i].flags & SL_TF_PARA)
        break;
    }
  /* "about 40 ships were waiting at anchor by Tuesday": a past progressive too */
  for (guint k = 1; k <= 8 && k < b; k++)
    {
      guint i = b - k, v = i + 1;
      const SlTok *t;

      if (sentence_end (c, i) || is_p (c, i, ';') || is_p (c, i, ',') || (c->t[i].flags & SL_TF_PARA))
        break;
      if (W (c, i) != SL_W_WAS && W (c, i) != SL_W_WERE)
        continue;
      /* "was fully working again by Saturday" */
      while (v < b && v < i + 3 && c->t[v].kind == SL_TK_WORD && c->t[v].end - c->t[v].begin > 3
             && g_ascii_strncasecmp (c->text + c->t[v].end - 2, "ly", 2) == 0)
        v++;
      t = &c->t[v];
      if (v < b && t->kind == SL_TK_WORD && W (c, v) != SL_W_GOING && t->end - t->begin > 4
          && g_ascii_strncasecmp (c->text + t->end - 3, "ing", 3) == 0)
        {
          /* not a plan or a hope: "were hoping to reach a deal by Friday", "was expecting a
           * decision by Thursday" look ahead */
          static const char *const ahead[] = { "hoping", "planning", "expecting", "seeking",
                                               "aiming", "trying", "preparing", "pushing",
                                               "pressing", "racing", "scrambling" };
          gboolean forward = FALSE;

          for (guint a = 0; a < G_N_ELEMENTS (ahead) && !forward; a++)
            forward = t->end - t->begin == strlen (ahead[a])
                      && g_ascii_strncasecmp (c->text + t->begin, ahead[a], t->end - t->begin) == 0;
          for (guint j = v + 1; j < b && !forward; j++)
            forward = W (c, j) == SL_W_TO;
          if (!forward)
            return TRUE;
        }
    }
  for (guint i = e; i < e + 10 && i + 1 < c->n; i++)
    {
      if (sentence_end (c, i) || is_p (c, i, ';') || (c->t[i].flags & SL_TF_PARA))
        break;
      if (W (c, i) == SL_W_HAD
          && (W (c, i + 1) == SL_W_BEEN || W (c, i + 1) == SL_W_NOT
              || (CATS (c, i + 1) & SL_C_PAST) || (W (c, i + 1) == 0 && word_ends_ed (c, i + 1))))
        return TRUE;
    }
  return FALSE;
}

/* Whether the clause goes on in the past after the time at [.., e): "a service planned for
 * Saturday was cancelled", "only on Friday, when the water board began …". */
static gboolean
past_after (const Ctx *c, guint e)
{
  for (guint q = e; q < c->n && q < e + 8; q++)
    {
      if (c->t[q].kind == SL_TK_PUNCT)
        {
          if (is_p (c, q, ',') && (W (c, q + 1) == SL_W_WHEN || W (c, q + 1) == SL_W_AS))
            continue;
          return FALSE;
        }
      if (tense_cue (c, q) < 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether the time at b is when someone was asked, told or invited to do a thing, which
 * lies ahead of the asking: "had asked a mediator to meet the two sides on Thursday", "had
 * invited both sides to meet on Thursday morning", "had been asked to hand over their
 * accounts by Friday" (not "was forced to close on Friday", which happened). */
static gboolean
directed_ahead (const Ctx *c, guint b, guint e, gboolean deadline)
{
  static const char *const asks[] = { "asked", "invited", "told", "ordered", "urged", "requested",
                                      "summoned", "instructed", "directed", "called" };
  static const char *const gatherings[] = { "talks", "meeting", "hearing", "summit",
                                            "consultations", "negotiations" };

  if (past_after (c, e))
    return FALSE;
  for (guint j = b; j > 2 && b - j < 12; j--)
    {
      guint t = j - 1;

      if (c->t[t].kind == SL_TK_PUNCT || sentence_end (c, t) || W (c, t) == SL_W_AND || tense_cue (c, t) != 0)
        return FALSE;
      if (W (c, t) != SL_W_TO || c->t[t + 1].kind != SL_TK_WORD || (c->t[t + 1].flags & SL_TF_CAP)
          || word_ends_ed (c, t + 1) || (CATS (c, t + 1) & SL_C_PAST) || W (c, t + 1) == SL_W_THE)
        continue;
      /* the verb of asking, right before "to" or before its object ("asked a mediator to") */
      for (guint a = t; a > 0 && t - a < 5; a--)
        {
          if (c->t[a - 1].kind != SL_TK_WORD)
            break;
          /* (asked before the report, or asked to act by a deadline: in "police asked
           * residents to leave on Friday" Friday is when they asked) */
          /* ("invited the union to talks on Friday": a gathering invited to lies ahead of
           * the invitation) */
          for (guint q = 0; q < G_N_ELEMENTS (asks); q++)
            if (tok_is (c, a - 1, asks[q]))
              return deadline
                     || (a >= 2 && (W (c, a - 2) == SL_W_HAD || W (c, a - 2) == SL_W_HAS
                                    || W (c, a - 2) == SL_W_HAVE || W (c, a - 2) == SL_W_BEEN))
                     || (tok_is_one_of (c, t + 1, gatherings, G_N_ELEMENTS (gatherings))
                         && t + 2 < c->n && W (c, t + 2) == SL_W_ON
                         && t + 3 == b);
        }
      return FALSE;
    }
  return FALSE;
}

/* Whether the "until" at u closes a state the sentence tells in the past: a word of lasting
 * or of being open or shut in its clause ("was kept open", "stayed closed", "lasted",
 * "remained") and a past tense around it. */
static gboolean
state_until_past (const Ctx *c, guint u)
{
  /* (the verbs, then from index 8 the adjectives) */
  static const char *const states[] = { "kept", "keep", "stayed", "stay", "remained", "remain",
                                        "lasted", "continued", "open", "closed", "shut" };

  for (guint j = u; j > 0 && u - j < 8; j--)
    {
      if (c->t[j - 1].kind == SL_TK_PUNCT)
        return FALSE;
      for (guint s = 0; s < G_N_ELEMENTS (states); s++)
        if (tok_is (c, j - 1, states[s]))
          {
            /* (the tense of the verb, or before the adjective: "will stay closed" is ahead,
             * "the talks lasted until …" behind) */
            guint v = s >= 8 ? j - 1 : j;

            /* (back over a phrase with a possessive: "used her powers under Ontario's
             * Elections Act to keep voting open") */
            while (v > 0 && u - v < 16
                   && (c->t[v - 1].kind == SL_TK_WORD
                       || (is_p (c, v - 1, '\'') && glued (c, v - 1) && v >= 2
                           && c->t[v - 2].kind == SL_TK_WORD)))
              {
                int cue = c->t[v - 1].kind == SL_TK_WORD ? tense_cue (c, v - 1) : 0;

                if (cue != 0)
                  return cue < 0;
                v--;
              }
            return FALSE;
          }
    }
  return FALSE;
}

/* Direction for resolving a partial date at [b, e): ±2 when a word right before it fixes
 * it ("until", "by", "payable", "since"), else ±1 from the tense, 0 when unknown. A day that
 * follows a clock time ("9 a.m. Tuesday") looks from where the time starts. */
static int
direction (const Ctx *c, guint b, guint e)
{
  guint k;

  if (c->outer != 0 && c->outer - 1 < b)
    b = c->outer - 1;
  k = b;

  /* "cancelled Saturday's meeting", "called off Sunday's match": what is called off had not
   * yet taken place */
  if (weekday_name (c, b) && is_p (c, e, '\'') && W (c, e + 1) == SL_W_S && b > 0)
    {
      static const char *const offs[] = { "cancelled", "canceled", "postponed", "scrapped",
                                          "suspended", "cancel", "postpone", "scrap" };
      guint v = b - 1;

      if ((tok_is (c, v, "off") && v > 0 && (tok_is (c, v - 1, "called") || tok_is (c, v - 1, "call")))
          || tok_is_one_of (c, v, offs, G_N_ELEMENTS (offs)))
        return 2;
    }

  for (guint steps = 0; steps < 4 && k > 0; steps++)
    {
      guint16 w = W (c, --k);

      switch (w)
        {
        case SL_W_ON:
        case SL_W_THE:
        case SL_W_OF:
        case SL_W_EARLY:
        case SL_W_LATE:
        case SL_W_MID:
        case SL_W_IN:
        case SL_W_AT:
        case SL_W_NOT:
        /* "by the end of March" is a deadline as "by March" is */
        case SL_W_END:
        case SL_W_START:
        case SL_W_BEGINNING:
        case SL_W_MIDDLE:
          continue;
        case SL_W_UNTIL:
        case SL_W_TILL:
        case SL_W_BY:
        case SL_W_EXPIRE:
        case SL_W_EXPIRES:
          /* a limit seen from a past perfect has passed: "had been due to expire Friday";
           * but a time given to do a thing is still ahead: "had given both sides until
           * Friday to narrow the gap" */
          if (W (c, e) == SL_W_TO && e + 1 < c->n && c->t[e + 1].kind == SL_TK_WORD
              && !(c->t[e + 1].flags & SL_TF_CAP) && w != SL_W_EXPIRE && w != SL_W_EXPIRES)
            return 2;
          if (pluperfect_near (c, k, e) && !directed_ahead (c, k, e, TRUE))
            return -2;
          /* a state told in the past lasted until then: "voting was kept open until 8 p.m.
           * on Tuesday", "the road stayed closed until Monday" (but a deadline set, "extended
           * the deadline until Friday", is still ahead) */
          if ((w == SL_W_UNTIL || w == SL_W_TILL) && state_until_past (c, k))
            return -2;
          return 2;
        case SL_W_EFFECTIVE:
        case SL_W_PAYABLE:
          return 2;
        case SL_W_FOR:
          /* "has called a meeting for Monday", "set for Friday": a time arranged lies ahead
           * (unless a past perfect says it has come: "had been set for Friday") */
          if (c->t[b].kind == SL_TK_WORD && weekday_name (c, b) && !pluperfect_near (c, k, e))
            {
              /* (nor when the clause goes on in the past: "a service planned for Saturday was
               * cancelled") */
              if (!past_after (c, e))
                return 1;
            }
          break;
        case SL_W_AS:
          /* "could come as early as Tuesday", "as soon as Tuesday"; but "suspected as early
           * as the spring" looks back */
          if (k >= 2 && W (c, k - 2) == SL_W_AS
              && (W (c, k - 1) == SL_W_EARLY || W (c, k - 1) == SL_W_SOON))
            return tense_around (c, b, e) < 0 ? -2 : 2;
          break;
        case SL_W_SINCE:
          return -2;
        case SL_W_BEFORE:
          /* "had asked the company to check the wiring in every tunnel before the summer":
           * what a task is to be done before lies ahead (not "was forced to close before
           * Friday", whose infinitive follows a past form and tells what happened) */
          for (guint j = k; j > 1 && k - j < 14; j--)
            {
              if (sentence_end (c, j - 1) || is_p (c, j - 1, ',') || is_p (c, j - 1, ';'))
                break;
              if (W (c, j - 1) == SL_W_TO && c->t[j].kind == SL_TK_WORD && !(c->t[j].flags & SL_TF_CAP)
                  && !word_ends_ed (c, j) && (CATS (c, j) & SL_C_PAST) == 0
                  && c->t[j - 2].kind == SL_TK_WORD && !(CATS (c, j - 2) & SL_C_PAST) && W (c, j) != SL_W_THE)
                return 1;
            }
          break;
        case SL_W_FROM:
          /* "voted on Wednesday to raise royalties from January": a measure's start, after
           * the infinitive that names it, lies ahead */
          for (guint j = k; j > 0 && k - j < 10; j--)
            {
              if (sentence_end (c, j - 1) || is_p (c, j - 1, ',') || is_p (c, j - 1, ';'))
                break;
              if (W (c, j - 1) == SL_W_TO && c->t[j].kind == SL_TK_WORD && W (c, j) == 0
                  && !(c->t[j].flags & SL_TF_CAP) && !word_ends_ed (c, j))
                return 1;
            }
          break;
        default:
          if (c->t[k].kind == SL_TK_PUNCT && c->t[k].ch == '-')
            continue;
          /* "until at least Sunday": a hedge between the signal and the time */
          if (at_least (c, k))
            continue;
          /* the verb the date hangs on: "arrived Monday", "said on Friday" */
          {
            int cue = tense_cue (c, k);
            guint16 w0 = W (c, k);
            if (cue < 0 || (cue > 0 && (w0 == SL_W_WILL || w0 == SL_W_SHALL || w0 == SL_W_LL)))
              return cue * 2;
            /* "the final is on Saturday", "the talks are Monday": what is (present tense)
             * on a weekday is the coming one */
            if ((w0 == SL_W_IS || w0 == SL_W_ARE) && weekday_name (c, b))
              return 1;
          }
          break;
        }
      break;
    }
  if (directed_ahead (c, b, e, FALSE))
    return 1;
  return tense_around (c, b, e);
}

/* ------------------------------------------------------------------------------------ */
/* values                                                                                */

/* "XXXX-WXX-D": a weekday of no known week */
static void
weekday_value (char *buf, gsize size, guint wd)
{
  SlValueOut o = sl_value_out_start (buf, size);

  sl_value_out_s (&o, "XXXX-WXX-");
  sl_value_out_u (&o, wd, 0);
  sl_value_out_end (&o);
}

/* "XXXX-MM" or "XXXX-MM-DD" (day 0: the month alone) */
static void
month_day_value (char *buf, gsize size, guint month, guint day)
{
  SlValueOut o = sl_value_out_start (buf, size);

  sl_value_out_s (&o, "XXXX-");
  sl_value_out_u (&o, month, 2);
  if (day)
    {
      sl_value_out_c (&o, '-');
      sl_value_out_u (&o, day, 2);
    }
  sl_value_out_end (&o);
}

static gboolean
set_date (Match *m, const SlDate *d)
{
  if (!sl_timex_date_valid (d))
    return FALSE;
  sl_date_to_value (d, m->value, sizeof m->value);
  m->date = *d;
  m->anchors = TRUE;
  if (m->type != SL_TIMEX_TIME)
    m->type = SL_TIMEX_DATE;
  return TRUE;
}

static void
set_str (Match *m, const char *v, SlTimexType type)
{
  g_strlcpy (m->value, v, sizeof m->value);
  m->type = type;
  m->anchors = FALSE;
}

static const char *
part_day_code (SlPartDay pd)
{
  switch (pd)
    {
    case SL_PD_MO: return "MO";
    case SL_PD_AF: return "AF";
    case SL_PD_EV: return "EV";
    case SL_PD_NI: return "NI";
    case SL_PD_DT: return "DT";
    case SL_PD_MI: return "12:00";
    case SL_PD_MIDNIGHT: return "24:00";
    case SL_PD_NONE:
    default: return NULL;
    }
}

/* Appends a time of day to a day value: "2024-03-28" + "T15:00". */
static void
append_time (Match *m, const char *tod)
{
  gsize l = strlen (m->value);

  if (tod == NULL)
    return;
  if (l + 2 + strlen (tod) >= sizeof m->value)
    return;
  m->value[l] = 'T';
  strcpy (m->value + l + 1, tod);
  m->type = SL_TIMEX_TIME;
}

static char
unit_letter (SlUnit u, gboolean *time_part)
{
  *time_part = FALSE;
  switch (u)
    {
    case SL_UNIT_SECOND: *time_part = TRUE; return 'S';
    case SL_UNIT_MINUTE: *time_part = TRUE; return 'M';
    case SL_UNIT_HOUR: *time_part = TRUE; return 'H';
    case SL_UNIT_DAY:
    case SL_UNIT_NIGHT: return 'D';
    case SL_UNIT_WEEK:
    case SL_UNIT_FORTNIGHT: return 'W';
    case SL_UNIT_MONTH: return 'M';
    case SL_UNIT_QUARTER: return 'Q';
    case SL_UNIT_HALF:
    case SL_UNIT_SEASON: return 'M';
    case SL_UNIT_YEAR:
    case SL_UNIT_DECADE:
    case SL_UNIT_CENTURY:
    case SL_UNIT_MILLENNIUM: return 'Y';
    case SL_UNIT_WEEKEND: return 'E';
    case SL_UNIT_NONE:
    default: return 0;
    }
}

/* n < 0 means an unspecified amount ("several years" → PXY); half adds .5. */
static void
set_duration (Match *m, SlUnit u, gint64 n, gboolean half)
{
  gboolean tp;
  char letter = unit_letter (u, &tp);
  gint64 mult = 1;

  switch (u)
    {
    case SL_UNIT_FORTNIGHT: mult = 2; break;
    case SL_UNIT_DECADE: mult = 10; break;
    case SL_UNIT_CENTURY: mult = 100; break;
    case SL_UNIT_MILLENNIUM: mult = 1000; break;
    case SL_UNIT_HALF:
    case SL_UNIT_SEASON: mult = u == SL_UNIT_HALF ? 6 : 3; break;
    case SL_UNIT_NONE:
    case SL_UNIT_SECOND:
    case SL_UNIT_MINUTE:
    case SL_UNIT_HOUR:
    case SL_UNIT_DAY:
    case SL_UNIT_NIGHT:
    case SL_UNIT_WEEK:
    case SL_UNIT_MONTH:
    case SL_UNIT_QUARTER:
    case SL_UNIT_YEAR:
    case SL_UNIT_WEEKEND:
    default: break;
    }

  m->type = SL_TIMEX_DURATION;
  m->anchors = FALSE;
  if (u == SL_UNIT_WEEKEND)
    {
      if (n < 0)
        g_strlcpy (m->value, "PXWE", sizeof m->value);
      else
        g_snprintf (m->value, sizeof m->value, "P%" G_GINT64_FORMAT "WE", n);
      return;
    }
  if (n < 0)
    {
      SlValueOut o = sl_value_out_start (m->value, sizeof m->value);

      sl_value_out_c (&o, 'P');
      if (tp)
        sl_value_out_c (&o, 'T');
      sl_value_out_c (&o, 'X');
      sl_value_out_c (&o, letter);
      sl_value_out_end (&o);
    }
  else if (half)
    {
      /* a half unit is spelled in the next smaller one: 2 1/2 years is P2Y6M */
      gint64 whole = n * mult;
      switch (u)
        {
        case SL_UNIT_YEAR:
          g_snprintf (m->value, sizeof m->value, "P%" G_GINT64_FORMAT "Y6M", whole);
          break;
        case SL_UNIT_MONTH:
          g_snprintf (m->value, sizeof m->value, "P%" G_GINT64_FORMAT "M15D", whole);
          break;
        case SL_UNIT_WEEK:
          /* weeks have no unit below them in a value but days, which would hide the count
           * the text gave: "three and a half weeks" is P3.5W */
          g_snprintf (m->value, sizeof m->value, "P%" G_GINT64_FORMAT ".5W", whole);
          break;
        case SL_UNIT_DAY:
          g_snprintf (m->value, sizeof m->value, "P%" G_GINT64_FORMAT "DT12H", whole);
          break;
        case SL_UNIT_HOUR:
          g_snprintf (m->value, sizeof m->value, "PT%" G_GINT64_FORMAT "H30M", whole);
          break;
        case SL_UNIT_MINUTE:
          g_snprintf (m->value, sizeof m->value, "PT%" G_GINT64_FORMAT "M30S", whole);
          break;
        case SL_UNIT_NONE:
        case SL_UNIT_SECOND:
        case SL_UNIT_FORTNIGHT:
        case SL_UNIT_QUARTER:
        case SL_UNIT_HALF:
        case SL_UNIT_DECADE:
        case SL_UNIT_CENTURY:
        case SL_UNIT_MILLENNIUM:
        case SL_UNIT_WEEKEND:
        case SL_UNIT_SEASON:
        case SL_UNIT_NIGHT:
        default:
          g_snprintf (m->value, sizeof m->value, "P%s%" G_GINT64_FORMAT "%c", tp ? "T" : "",
                      whole + mult / 2, letter);
          break;
        }
    }
  else
    {
      /* "P%s%" G_GINT64_FORMAT "%c" */
      SlValueOut o = sl_value_out_start (m->value, sizeof m->value);

      sl_value_out_c (&o, 'P');
      if (tp)
        sl_value_out_c (&o, 'T');
      sl_value_out_i (&o, n * mult, 0);
      sl_value_out_c (&o, letter);
      sl_value_out_end (&o);
    }
}

/* The DCT at a given precision, FALSE when it is not known that finely. */
static gboolean
dct_at (const Ctx *c, SlPrecision prec, SlDate *out)
{
  if (!c->has_dct)
    return FALSE;
  if (c->dct.prec < prec && !(prec == SL_PREC_QUARTER || prec == SL_PREC_HALF
                              || prec == SL_PREC_SEASON)
      )
    return FALSE;
  if (c->dct.prec < prec)
    {
      /* a quarter, half or season needs the month */
      if (c->dct.prec < SL_PREC_MONTH)
        return FALSE;
    }
  *out = sl_timex_date_truncate (&c->dct, prec);
  return TRUE;
}

/* The date narrative expressions count from: the last one named, else the DCT. */
static gboolean
ref_at (const Ctx *c, SlPrecision prec, SlDate *out)
{
  if (c->has_ref && c->ref.prec >= prec)
    {
      *out = sl_timex_date_truncate (&c->ref, prec);
      return TRUE;
    }
  return dct_at (c, prec, out);
}

/* The last day the text named, even with a coarser date named since ("on Tuesday, 3
 * November … registered in March 2025 … that evening"), else the DCT's day. */
static gboolean
ref_day_at (const Ctx *c, SlDate *out)
{
  if (c->has_ref_day)
    {
      *out = sl_timex_date_truncate (&c->ref_day, SL_PREC_DAY);
      return TRUE;
    }
  return dct_at (c, SL_PREC_DAY, out);
}

static gboolean named_within (const Ctx *c, guint i, guint32 end, guint back);
static gboolean near_news (const Ctx *c, const SlDate *d);

/* Whether the token i opens its sentence. */
static gboolean
opens_sentence (const Ctx *c, guint i)
{
  return i == 0 || (c->t[i].flags & SL_TF_PARA) || sentence_end (c, i - 1);
}

/* The date a month without a year has in the past year its sentence opened with as the time
 * of what happened: "Two years ago, a fire destroyed 190 homes in mid-August", "In 2019, the
 * plant closed in March" (not "from 2019 levels in March"). */
static gboolean
sentence_year (const Ctx *c, guint i, int dir, guint month, guint day, SlDate *out)
{
  if (dir > 0 || !c->has_when_year || !c->has_dct || c->when_year >= c->dct.year
      || !named_within (c, i, c->when_year_end, 0))
    return FALSE;
  *out = (SlDate) { c->when_year, (guint8) month, (guint8) day, day ? SL_PREC_DAY : SL_PREC_MONTH };
  return sl_timex_date_valid (out);
}

/* The year for a month (and day) nearest the DCT, weighing the sides by the direction. */
static gboolean
resolve_month_day (const Ctx *c, guint month, guint day, int dir, SlDate *out)
{
  gint64 best_cost = G_MAXINT64;
  gboolean found = FALSE;

  if (!c->has_dct)
    return FALSE;
  for (int dy = -1; dy <= 1; dy++)
    {
      SlDate d = { c->dct.year + dy, (guint8) month, (guint8) day,
                   day ? SL_PREC_DAY : SL_PREC_MONTH };
      gint64 lo, hi, dist, cost;
      int side;

      if (day && day > sl_days_in_month (d.year, month))
        continue;
      lo = sl_timex_date_first_day (&d);
      hi = sl_timex_date_last_day (&d);
      side = hi < c->dct_lo ? -1 : lo > c->dct_hi ? 1 : 0;
      dist = side < 0 ? c->dct_lo - hi : side > 0 ? lo - c->dct_hi : 0;
      /* a tense makes the other side eight times as far, a fixing word sixteen times; with
       * no cue at all news leans to the past */
      if (dir * side <= -2)
        cost = dist * 16;
      else if (dir * side < 0)
        cost = dist * 8;
      else if (dir == 0 && side > 0)
        cost = dist * 2;
      else
        cost = dist;
      if (cost < best_cost || (cost == best_cost && dy == 0))
        {
          best_cost = cost;
          *out = d;
          found = TRUE;
        }
    }
  return found;
}

/* ------------------------------------------------------------------------------------ */
/* quantities and units                                                                  */

/* A cardinal at i: digits or number words ("twenty-four", "a hundred", "two thousand").
 * Returns the index after it, 0 when none. */
static guint
parse_card (const Ctx *c, guint i, gint64 *val)
{
  gint64 total = 0, cur = 0;
  gboolean any = FALSE;
  guint j = i;

  if (is_num (c, i))
    {
      const SlTok *t = &c->t[i];
      if (t->suffix != SL_SUF_NONE || (t->flags & SL_TF_DECIMAL) || t->num > 100000)
        return 0;
      *val = t->num;
      return i + 1;
    }

  for (;;)
    {
      guint16 w = W (c, j);
      const SlLexInfo *li = info (w);

      if ((w == SL_W_A || w == SL_W_AN) && !any)
        {
          guint16 nw = W (c, j + 1);
          if (nw != SL_W_HUNDRED && nw != SL_W_THOUSAND && nw != SL_W_DOZEN)
            break;
          cur = 1;
          any = TRUE;
          j++;
          continue;
        }
      if (!(li->cats & SL_C_NUMWORD))
        break;
      if (li->val == 100)
        cur = (cur ? cur : 1) * 100;
      else if (li->val == 1000)
        {
          total += (cur ? cur : 1) * 1000;
          cur = 0;
        }
      else if (w == SL_W_DOZEN)
        cur = (cur ? cur : 1) * 12;
      else if (li->cats & SL_C_TENS)
        {
          if (cur % 100 != 0)
            break;
          cur += li->val;
        }
      else
        {
          if (cur % 10 != 0 || (cur % 100 >= 10 && cur % 100 < 20))
            break;
          cur += li->val;
        }
      any = TRUE;
      j++;
      if ((li->cats & SL_C_TENS) && hyph (c, j) && (CATS (c, j + 1) & SL_C_NUMWORD)
          && !(CATS (c, j + 1) & SL_C_TENS) && VAL (c, j + 1) < 10)
        j++;
      else if (W (c, j) == SL_W_AND && (li->val == 100 || li->val == 1000)
               && (CATS (c, j + 1) & SL_C_NUMWORD))
        j++;
    }
  if (!any)
    return 0;
  *val = total + cur;
  return j;
}

/* An unspecified amount: "several", "a few", "many", "a couple of". Returns the end. */
static guint
parse_vague (const Ctx *c, guint i, gint64 *val)
{
  switch (W (c, i))
    {
    case SL_W_SEVERAL:
    case SL_W_MANY:
    case SL_W_NUMEROUS:
    case SL_W_FEW:
      *val = -1;
      return i + 1;
    case SL_W_A:
      if (W (c, i + 1) == SL_W_FEW)
        {
          *val = -1;
          return i + 2;
        }
      if (W (c, i + 1) == SL_W_COUPLE)
        {
          *val = 2;
          return W (c, i + 2) == SL_W_OF ? i + 3 : i + 2;
        }
      return 0;
    case SL_W_COUPLE:
      *val = 2;
      return W (c, i + 1) == SL_W_OF ? i + 2 : i + 1;
    default:
      return 0;
    }
}

/* A unit word at i. */
static SlUnit
unit_at (const Ctx *c, guint i, gboolean *plural)
{
  guint16 w = W (c, i);
  guint32 cats;

  *plural = FALSE;
  if (w == SL_W_SECOND)
    return SL_UNIT_SECOND;
  cats = info (w)->cats;
  if (!(cats & SL_C_UNIT))
    return SL_UNIT_NONE;
  *plural = (cats & SL_C_PLURAL) != 0;
  return (SlUnit) info (w)->val;
}

/* ------------------------------------------------------------------------------------ */
/* rules                                                                                 */

static gboolean match_core (Ctx *c, guint i, Match *m);

/* Accepts a capitalised month word at i ("May" only where it cannot be the verb). */
static gboolean
month_word_ok (const Ctx *c, guint i)
{
  const SlTok *t;
  guint32 cats = CATS (c, i);

  if (!(cats & SL_C_MONTH) || !cap (c, i))
    return FALSE;
  t = &c->t[i];
  if (cats & SL_C_MONTHABBR)
    {
      /* "Jan." or "Jan 5" */
      if (!is_p (c, i + 1, '.') && !day_num (c, i + 1) && !year_num (c, i + 1))
        return FALSE;
    }
  if (W (c, i) == SL_W_MAY || W (c, i) == SL_W_MARCH)
    {
      guint16 pw = i > 0 ? W (c, i - 1) : 0;

      if (day_num (c, i + 1) || year_num (c, i + 1))
        return TRUE;
      if ((t->flags & SL_TF_ALLCAP) && W (c, i) == SL_W_MAY)
        return FALSE;
      switch (pw)
        {
        case SL_W_IN:
        case SL_W_SINCE:
        case SL_W_UNTIL:
        case SL_W_TILL:
        case SL_W_BY:
        case SL_W_THROUGH:
        case SL_W_BETWEEN:
        case SL_W_DURING:
        case SL_W_FROM:
        case SL_W_LAST:
        case SL_W_NEXT:
        case SL_W_THIS:
        case SL_W_EARLY:
        case SL_W_LATE:
        case SL_W_MID:
        case SL_W_OF:
        case SL_W_TO:
        case SL_W_BEFORE:
        case SL_W_AFTER:
        case SL_W_AND:
        case SL_W_OR:
        case SL_W_END:
        case SL_W_BEGINNING:
        case SL_W_START:
        case SL_W_MIDDLE:
        case SL_W_THE:
          return TRUE;
        default:
          break;
        }
      if (is_p (c, i - 1, '-') && i >= 2 && W (c, i - 2) == SL_W_MID)
        return TRUE;
      /* "after a mild March", "a wet May": a month described by its weather */
      if (i >= 2 && pw == 0 && c->t[i - 1].kind == SL_TK_WORD && !cap (c, i - 1)
          && (W (c, i - 2) == SL_W_A || W (c, i - 2) == SL_W_AN))
        return TRUE;
      /* "as recently as March", "as early as May" */
      if (pw == SL_W_AS && i >= 3 && W (c, i - 3) == SL_W_AS
          && (W (c, i - 2) == SL_W_EARLY || W (c, i - 2) == SL_W_LATE
              || W (c, i - 2) == SL_W_RECENTLY || W (c, i - 2) == SL_W_SOON))
        return TRUE;
      return FALSE;
    }
  return TRUE;
}

/* Whether the date at i ends a range whose start was the date just named: "between October
 * and March", "from November to February" (not "a revision Friday to December's figures"). */
static gboolean
range_end (const Ctx *c, guint i)
{
  guint16 link = i >= 2 ? W (c, i - 1) : 0;

  if ((link != SL_W_AND && link != SL_W_TO && link != SL_W_THROUGH) || !c->has_ref
      || c->ref.prec < SL_PREC_MONTH || c->ref_end != c->t[i - 2].end)
    return FALSE;
  for (guint k = i - 2; k > 0 && i - 2 - k < 4; k--)
    {
      guint16 w = W (c, k - 1);

      if (c->t[k - 1].kind == SL_TK_PUNCT)
        return FALSE;
      if (w == SL_W_BETWEEN || w == SL_W_FROM)
        return (w == SL_W_BETWEEN) == (link == SL_W_AND);
    }
  return FALSE;
}

/* "beans shipped between October and March": the end of a range, *d at i, comes after its
 * start, a year on when the month alone would fall before it */
static void
after_range_start (const Ctx *c, guint i, SlDate *d)
{
  if (range_end (c, i) && sl_timex_date_first_day (d) < sl_timex_date_first_day (&c->ref))
    d->year++;
}

/* "between May and August 2023", "from March to June 2024": the year of a range's start
 * (Month at i, its words ending before j) that only its end names; 0 when none */
static gint32
range_start_year (const Ctx *c, guint i, guint j, guint month)
{
  guint k = j + 1;
  gint32 year = 0;
  guint end_month;

  if (i == 0 || !(CATS (c, k) & SL_C_MONTH)
      || !((W (c, i - 1) == SL_W_BETWEEN && W (c, j) == SL_W_AND)
           || (W (c, i - 1) == SL_W_FROM && (W (c, j) == SL_W_TO || W (c, j) == SL_W_THROUGH
                                             || W (c, j) == SL_W_UNTIL))))
    return 0;
  end_month = (guint) VAL (c, k);
  k++;
  if (is_p (c, k, '.') && glued (c, k))
    k++;
  if (day_num (c, k))
    k++;
  if (is_p (c, k, ','))
    k++;
  if (!year_at (c, k, &year))
    return 0;
  return month <= end_month ? year : year - 1;
}

/* "this year", "last year", "next year" at token j: TRUE, with the years from the
 * publication's in *off. */
static gboolean
year_words_offset (const Ctx *c, guint j, int *off)
{
  if (!(W (c, j) == SL_W_THIS || W (c, j) == SL_W_LAST || W (c, j) == SL_W_NEXT) || W (c, j + 1) != SL_W_YEAR)
    return FALSE;
  *off = W (c, j) == SL_W_THIS ? 0 : W (c, j) == SL_W_LAST ? -1 : 1;
  return TRUE;
}

/* Month [.] [day[,]] [year] | Month [of|,] year | Month ["this"|"last"|"next" year] */
static gboolean
r_month (Ctx *c, guint i, Match *m)
{
  guint month, day = 0, j;
  gint32 year = 0;
  int yoff = 0;
  gboolean rel_year = FALSE;
  SlDate d;

  if (!month_word_ok (c, i))
    return FALSE;
  month = (guint) VAL (c, i);
  j = i + 1;
  if (is_p (c, j, '.') && glued (c, j) && (CATS (c, i) & SL_C_MONTHABBR))
    j++;

  if (day_num (c, j)
      && !(is_p (c, j + 1, ':') && glued (c, j + 1) && is_num (c, j + 2) && glued (c, j + 2))
      && !(is_p (c, j + 1, '-') && year_num (c, j + 2)))
    {
      guint ye;
      day = (guint) c->t[j].num;
      j++;
      if (is_p (c, j, ',') && (ye = year_at (c, j + 1, &year)))
        j = ye;
      else if ((ye = year_at (c, j, &year)))
        j = ye;
      else if (is_p (c, j, ',') && is_p (c, j + 1, '\'') && is_num (c, j + 2) && c->t[j + 2].ndig == 2)
        {
          year = 1900 + c->t[j + 2].num;
          j += 3;
        }
    }
  else if ((CATS (c, i + 1) & SL_C_ORDWORD) && W (c, i + 1) != SL_W_SECOND && j == i + 1
           && !(CATS (c, i + 2) & SL_C_UNIT))
    {
      /* "March eighth" */
      day = (guint) VAL (c, j);
      j++;
    }
  else
    {
      guint ye;
      if ((ye = year_at (c, j, &year)))
        j = ye;
      else if ((W (c, j) == SL_W_OF || is_p (c, j, ',')) && (ye = year_at (c, j + 1, &year)))
        j = ye;
    }

  /* "March last year"; "March of last year" */
  if (year == 0 && day == 0 && W (c, j) == SL_W_OF
      && (W (c, j + 1) == SL_W_THIS || W (c, j + 1) == SL_W_LAST || W (c, j + 1) == SL_W_NEXT)
      && W (c, j + 2) == SL_W_YEAR)
    j++;
  if (year == 0 && year_words_offset (c, j, &yoff))
    {
      rel_year = TRUE;
      j += 2;
    }

  if (year == 0 && !rel_year)
    year = range_start_year (c, i, j, month);
  /* "in March 2022, and … in May that year": the year last named */
  if (year == 0 && W (c, j) == SL_W_THAT && W (c, j + 1) == SL_W_YEAR && c->has_ref
      && c->ref.prec >= SL_PREC_YEAR && c->ref.year > 0)
    {
      year = c->ref.year;
      j += 2;
    }

  if (day > 0 && day > sl_days_in_month (year ? year : 2000, month))
    return FALSE; /* "February 31": not a date */

  m->end = j;
  m->type = SL_TIMEX_DATE;
  m->raw_date.year = year;
  m->raw_date.month = (guint8) month;
  m->raw_date.day = (guint8) day;
  m->raw_date.prec = day ? SL_PREC_DAY : SL_PREC_MONTH;

  if (year)
    {
      d = (SlDate) { year, (guint8) month, (guint8) day, day ? SL_PREC_DAY : SL_PREC_MONTH };
      m->raw = RAW_EXPLICIT;
      return set_date (m, &d);
    }
  if (rel_year)
    {
      SlDate y;
      if (!dct_at (c, SL_PREC_YEAR, &y))
        {
          month_day_value (m->value, sizeof m->value, month, day);
          return TRUE;
        }
      d = (SlDate) { y.year + yoff, (guint8) month, (guint8) day, day ? SL_PREC_DAY : SL_PREC_MONTH };
      return set_date (m, &d);
    }

  m->raw = RAW_PARTIAL;
  {
    int dir = direction (c, i, j);

    m->raw_tense = (gint8) CLAMP (dir, -1, 1);
    if (sentence_year (c, i, dir, month, day, &d))
      return set_date (m, &d);
    if (resolve_month_day (c, month, day, dir, &d))
      {
        after_range_start (c, i, &d);
        return set_date (m, &d);
      }
  }
  month_day_value (m->value, sizeof m->value, month, day);
  return TRUE;
}

/* day [of] Month [year]: "28 March 2024", "the 28th of March" */
static gboolean
r_day_month (Ctx *c, guint i, Match *m)
{
  guint j = i + 1, day, month;
  gint32 year = 0;
  int yoff;
  SlDate d;

  if (!day_num (c, i))
    return FALSE;
  day = (guint) c->t[i].num;
  if (W (c, j) == SL_W_OF)
    j++;
  if (!(CATS (c, j) & SL_C_MONTH) || !cap (c, j))
    return FALSE;
  if ((CATS (c, j) & SL_C_MONTHABBR) && !is_p (c, j + 1, '.') && !year_num (c, j + 1))
    return FALSE;
  month = (guint) VAL (c, j);
  j++;
  if (is_p (c, j, '.') && glued (c, j) && (CATS (c, j - 1) & SL_C_MONTHABBR))
    j++;
  if (year_num (c, j))
    {
      year = c->t[j].num;
      j++;
    }
  else if (is_p (c, j, ',') && year_num (c, j + 1))
    {
      year = c->t[j + 1].num;
      j += 2;
    }
  if (day > sl_days_in_month (year ? year : 2000, month))
    return FALSE;
  m->end = j;
  m->type = SL_TIMEX_DATE;
  m->raw_date = (SlDate) { year, (guint8) month, (guint8) day, SL_PREC_DAY };
  if (year)
    {
      d = (SlDate) { year, (guint8) month, (guint8) day, SL_PREC_DAY };
      m->raw = RAW_EXPLICIT;
      return set_date (m, &d);
    }
  /* "9 March last year", "the 3rd of June next year": that year of the publication's */
  if (year_words_offset (c, j, &yoff) && !hyph (c, j + 2) && dct_at (c, SL_PREC_YEAR, &d))
    {
      d = (SlDate) { d.year + yoff, (guint8) month, (guint8) day, SL_PREC_DAY };
      m->end = j + 2;
      return set_date (m, &d);
    }
  m->raw = RAW_PARTIAL;
  {
    int dir = direction (c, i, j);

    m->raw_tense = (gint8) CLAMP (dir, -1, 1);
    if (sentence_year (c, i, dir, month, day, &d))
      return set_date (m, &d);
    if (resolve_month_day (c, month, day, dir, &d))
      {
        after_range_start (c, i, &d);
        return set_date (m, &d);
      }
  }
  g_snprintf (m->value, sizeof m->value, "XXXX-%02u-%02u", month, day);
  return TRUE;
}

/* 14.10.2025: day, month and year set off by dots, as much of Europe writes them (the
 * tokenizer reads "14.10" as one number with a decimal part); 0 when token i opens none. */
static guint
dotted_date (const Ctx *c, guint i, SlDate *d)
{
  const SlTok *a = &c->t[i];
  const char *p = c->text + a->begin;
  gsize n = a->end - a->begin;
  guint day = 0, month = 0, k = 0;

  if (!is_num (c, i) || !(a->flags & SL_TF_DECIMAL) || (a->flags & SL_TF_COMMA) || a->suffix
      || a->ndig > 2 || n < 3 || n > 5 || !is_p (c, i + 1, '.') || !glued (c, i + 1)
      || !year_num (c, i + 2) || !glued (c, i + 2)
      || (is_p (c, i + 3, '.') && is_num (c, i + 4) && glued (c, i + 4)))
    return 0;
  while (k < n && g_ascii_isdigit (p[k]))
    day = day * 10 + (guint) (p[k++] - '0');
  if (k == n || p[k++] != '.' || n - k < 1 || n - k > 2)
    return 0;
  while (k < n)
    month = month * 10 + (guint) (p[k++] - '0');
  if (month < 1 || month > 12 || day < 1 || day > sl_days_in_month (c->t[i + 2].num, month))
    return 0;
  *d = (SlDate) { c->t[i + 2].num, (guint8) month, (guint8) day, SL_PREC_DAY };
  return i + 3;
}

/* 2024-03-28, 2024/03/28, 3/28/2024, 28/3/2024, 3/28/98, 28.3.2024 */
static gboolean
r_numeric_date (Ctx *c, guint i, Match *m)
{
  const SlTok *a, *b, *y;
  guint month, day;
  gint32 year;
  SlDate d;

  if ((m->end = dotted_date (c, i, &d)) != 0)
    {
      m->type = SL_TIMEX_DATE;
      m->raw = RAW_EXPLICIT;
      m->raw_date = d;
      return set_date (m, &d);
    }
  if (!is_num (c, i) || !is_num (c, i + 2) || !is_num (c, i + 4))
    return FALSE;
  if (!glued (c, i + 1) || !glued (c, i + 2) || !glued (c, i + 3) || !glued (c, i + 4))
    return FALSE;
  a = &c->t[i];
  if (a->ndig == 4 && (is_p (c, i + 1, '-') || is_p (c, i + 1, '/'))
      && c->t[i + 3].ch == c->t[i + 1].ch && c->t[i + 3].kind == SL_TK_PUNCT)
    {
      b = &c->t[i + 2];
      y = &c->t[i + 4];
      if (b->ndig > 2 || y->ndig > 2 || a->suffix || b->suffix)
        return FALSE;
      year = a->num;
      month = (guint) b->num;
      day = (guint) y->num;
    }
  else if (is_p (c, i + 1, '/') && is_p (c, i + 3, '/') && a->ndig <= 2)
    {
      b = &c->t[i + 2];
      y = &c->t[i + 4];
      if (b->ndig > 2 || (y->ndig != 2 && y->ndig != 4) || a->suffix || b->suffix)
        return FALSE;
      month = (guint) a->num;
      day = (guint) b->num;
      if (month > 12 && day <= 12)
        {
          guint tmp = month;
          month = day;
          day = tmp;
        }
      year = y->ndig == 2 ? (y->num < 50 ? 2000 + y->num : 1900 + y->num) : y->num;
    }
  else
    return FALSE;

  if (is_num (c, i + 5) && glued (c, i + 5))
    return FALSE;
  if (year < 1000 || year > 2199 || month < 1 || month > 12 || day < 1
      || day > sl_days_in_month (year, month))
    return FALSE;
  d = (SlDate) { year, (guint8) month, (guint8) day, SL_PREC_DAY };
  m->end = i + 5;
  m->type = SL_TIMEX_DATE;
  m->raw = RAW_EXPLICIT;
  m->raw_date = d;
  return set_date (m, &d);
}

/* A day named after a time: "Wednesday", "yesterday", "Nov. 9". Returns the end. */
static guint
trailing_day (Ctx *c, guint j, Match *dm, gboolean *extend)
{
  guint k = j;

  *extend = TRUE;
  /* "4 p.m. Bangkok time (0900 GMT) on Wednesday": a place's clock named after the time */
  if (k + 1 < c->n && c->t[k].kind == SL_TK_WORD && (c->t[k].flags & SL_TF_CAP)
      && W (c, k + 1) == SL_W_TIME)
    {
      k += 2;
      *extend = FALSE;
    }
  /* "10:35 a.m. (0735 GMT) Friday": the day dates the time, the aside stays outside */
  if (is_p (c, k, '('))
    {
      guint close = k + 1;
      while (close < c->n && close < k + 8 && !is_p (c, close, ')'))
        close++;
      if (is_p (c, close, ')'))
        {
          k = close + 1;
          *extend = FALSE;
        }
    }
  if (is_p (c, k, ',') && ((CATS (c, k + 1) & (SL_C_WEEKDAY | SL_C_MONTH))
                           || W (c, k + 1) == SL_W_YESTERDAY || W (c, k + 1) == SL_W_TODAY
                           || W (c, k + 1) == SL_W_TOMORROW))
    k++;
  /* "at 9:30 a.m. on Tuesday, 16 June": the day dates the time, but "on" sets the two
   * apart, two expressions as TimeML writes them ("9 a.m. Tuesday" is one) */
  if (W (c, k) == SL_W_ON)
    {
      k++;
      *extend = FALSE;
    }
  /* ("at 9:20 a.m. last Friday": the weekday with its word of direction, a timex of its own) */
  gboolean directed = (W (c, k) == SL_W_LAST || W (c, k) == SL_W_NEXT || W (c, k) == SL_W_THIS)
                      && (CATS (c, k + 1) & SL_C_WEEKDAY);

  if (directed)
    *extend = FALSE;
  /* ("… on November 21", "… on 21 November") */
  if (directed || (CATS (c, k) & (SL_C_WEEKDAY | SL_C_MONTH)) || W (c, k) == SL_W_YESTERDAY
      || W (c, k) == SL_W_TODAY || W (c, k) == SL_W_TOMORROW
      || (k > j && W (c, k - 1) == SL_W_ON && day_num (c, k) && (CATS (c, k + 1) & SL_C_MONTH)))
    {
      memset (dm, 0, sizeof *dm);
      if (match_core (c, k, dm) && dm->type == SL_TIMEX_DATE && dm->date.prec == SL_PREC_DAY
          && sl_timex_date_valid (&dm->date))
        return dm->end;
    }
  return 0;
}

/* Whether the byte offset end lies before the token i, in its sentence or, with back, in
 * up to that many sentences before it. */
static gboolean
named_within (const Ctx *c, guint i, guint32 end, guint back)
{
  guint ends = 0;

  for (guint k = i; k > 0 && i - k < 80; k--)
    {
      if (c->t[k - 1].end <= end)
        return TRUE;
      if (sentence_end (c, k - 1) && ++ends > back)
        return FALSE;
    }
  return FALSE;
}

/* Whether an evening or a night was named earlier in the sentence of token i ("on Tuesday
 * night and kept them running until 1 a.m."). */
static gboolean
night_before_in_sentence (const Ctx *c, guint i)
{
  for (guint k = i; k > 0 && i - k < 40 && !sentence_end (c, k - 1); k--)
    if (W (c, k - 1) == SL_W_NIGHT || W (c, k - 1) == SL_W_EVENING || W (c, k - 1) == SL_W_TONIGHT
        || W (c, k - 1) == SL_W_OVERNIGHT)
      return TRUE;
  return FALSE;
}

/* The day the text named by the part of it a clock hour falls in: by its small hours for
 * an hour before seven ("in the early hours of Monday"), by its evening for one from six in
 * the evening ("late on Monday"), by its afternoon or morning for one between ("measured
 * on Wednesday afternoon … had peaked at 3:40 p.m."); NULL when none. */
static const SlDate *
part_named_day (const Ctx *c, guint hour)
{
  if (hour < 7 && c->has_small_day)
    return &c->small_day;
  if (hour >= 18 && c->has_late_day)
    return &c->late_day;
  if (hour >= 12 && hour < 18 && c->has_afternoon_day)
    return &c->afternoon_day;
  if (hour >= 7 && hour < 12 && c->has_morning_day)
    return &c->morning_day;
  return NULL;
}

/* Whether the byte offset end lies in this sentence or the one before the token i. */
static gboolean
named_just_before (const Ctx *c, guint i, guint32 end)
{
  return named_within (c, i, end, 1);
}

/* The day a bare clock time at token i falls on, when the text has just named it: the last
 * date, by its month and day, in this sentence or the one before. A weekday ("after Sunday's
 * vote") names a day too loosely for it, unless it said when a past happening took place
 * ("boarded the tanker late on Tuesday … climbed aboard at 11:40 p.m.") and the clock time's
 * clause is past too. */
static const SlDate *
day_named_just_before (const Ctx *c, guint i)
{
  /* (not a day a past perfect went back to, for a clock time told in the simple past: "the
   * four had damaged boats during a stoppage on 10 January … The ruling was read out at 9:30
   * a.m.") */
  if (c->has_ref && c->ref.prec == SL_PREC_DAY && c->ref_written
      && named_just_before (c, i, c->ref_end))
    {
      if (!(c->ref_behind && !named_within (c, i, c->ref_end, 0) && !pluperfect_near (c, i, i + 1)))
        return &c->ref;
      /* (it is the story's own day, the last named outside a past perfect) */
      if (c->has_fore_day && tense_around (c, i, i + 1) < 0)
        return &c->fore_day;
    }
  if (c->has_ref_day && c->ref_day_on_weekday && tense_around (c, i, i + 1) < 0
      && named_just_before (c, i, c->ref_day_end))
    return &c->ref_day;
  /* ("Three days later, depositors queued from before 6 a.m.": any day named earlier in
   * the clock time's own sentence, told in the past, but not a weekday that only names a
   * thing, "after Sunday's vote") */
  if (c->has_ref_day && (!c->ref_day_weekday || c->ref_day_on_weekday) && tense_around (c, i, i + 1) < 0
      && named_within (c, i, c->ref_day_end, 0))
    return &c->ref_day;
  /* ("a court on Wednesday overturned the fine … The commission fined the app in September
   * last year … the ruling, read out at 3:40 p.m."): so does the last day told, however far
   * back, when it is the story's day in the week before the publication and no other day
   * was named since */
  if (c->has_ref_day && c->ref_day_on_weekday && c->has_dct && tense_around (c, i, i + 1) < 0
      && near_news (c, &c->ref_day) && sl_timex_date_first_day (&c->ref_day) < c->dct_lo)
    return &c->ref_day;
  return NULL;
}

/* The day named right before "at" (and "about" or "around") ahead of the clock time at
 * token i: "on Saturday at 7:35 p.m."; NULL when there is none. */
static const SlDate *
day_before_at (const Ctx *c, guint i)
{
  guint k = i;

  if (k > 0 && (W (c, k - 1) == SL_W_ABOUT || W (c, k - 1) == SL_W_AROUND))
    k--;
  if (k < 2 || W (c, k - 1) != SL_W_AT || !c->has_last_day || c->last_day_end != c->t[k - 2].end)
    return NULL;
  return &c->last_day;
}

/* A full date a few words after a clock time, in the same clause: "collected at 6:15 a.m.
 * at the rider's home on June 2, 2024" is that day's 6:15. Only a day written out counts,
 * and not past a conjunction ("left at 9 a.m. and landed on May 3"). */
static gboolean
day_named_soon_after (Ctx *c, guint j, Match *dm)
{
  for (guint k = j; k < c->n && k < j + 10; k++)
    {
      guint16 w = W (c, k);

      /* not into the next sentence ("… by 3:30 p.m. The board meets on May 7") */
      if ((c->t[k].flags & SL_TF_PARA)
          || (k > 0 && (c->t[k].flags & SL_TF_CAP)
              && ((c->t[k - 1].flags & SL_TF_DOT) || c->text[c->t[k - 1].end - 1] == '.')))
        return FALSE;
      if ((c->t[k].kind == SL_TK_PUNCT && !is_p (c, k, '\'')) || w == SL_W_AND || w == SL_W_OR
          || w == SL_W_THAT || w == SL_W_WHEN || w == SL_W_WHILE || w == SL_W_BEFORE
          || w == SL_W_AFTER || w == SL_W_SINCE || w == SL_W_UNTIL || w == SL_W_TO
          || w == SL_W_OF || w == SL_W_FOR || w == SL_W_OVER
          || (CATS (c, k) & SL_C_PAST) || (w == 0 && word_ends_ed (c, k)))
        return FALSE;
      if (w == SL_W_ON && (CATS (c, k + 1) & SL_C_MONTH))
        {
          memset (dm, 0, sizeof *dm);
          return match_core (c, k + 1, dm) && dm->type == SL_TIMEX_DATE
                 && dm->date.prec == SL_PREC_DAY && sl_timex_date_valid (&dm->date);
        }
    }
  return FALSE;
}

/* Whether number token i writes hours and minutes with a dot, "06.40", "10.30pm" (the
 * tokenizer reads one number with a decimal part); its minutes in *minute. */
static gboolean
dotted_minutes (const Ctx *c, guint i, guint *minute)
{
  const SlTok *t = &c->t[i];
  const char *p = c->text + t->begin;
  gsize n = t->end - t->begin, h = t->ndig;

  if (!is_num (c, i) || !(t->flags & SL_TF_DECIMAL) || (t->flags & SL_TF_COMMA) || h < 1 || h > 2
      || n < h + 3 || p[h] != '.' || !g_ascii_isdigit (p[h + 1]) || !g_ascii_isdigit (p[h + 2])
      || (n > h + 3 && g_ascii_isdigit (p[h + 3])))
    return FALSE;
  *minute = (guint) ((p[h + 1] - '0') * 10 + (p[h + 2] - '0'));
  return *minute <= 59;
}

/* Whether the word at k, before an hour, makes it a time of day: "at 9", "until 11", "about
 * 4 in the morning". */
static gboolean
clock_preposition (const Ctx *c, guint k)
{
  guint16 w = W (c, k);

  return w == SL_W_AT || w == SL_W_BY || w == SL_W_UNTIL || w == SL_W_AROUND || w == SL_W_ABOUT
         || w == SL_W_BEFORE || w == SL_W_AFTER;
}

/* Clock times: "3 p.m.", "10:30 GMT", "15:00", "4 o'clock", "4 in the morning". */
static gboolean
r_clock (Ctx *c, guint i, Match *m)
{
  const SlTok *t;
  guint hour, minute = 0, j = i + 1;
  gboolean ampm = FALSE, pm = FALSE, colon = FALSE;
  char tod[16];
  SlDate day;
  Match dm;
  guint dend;
  gboolean extend, bracketed;
  const SlDate *named, *part;

  /* "at four in the morning", "eleven o'clock": an hour in words, only with what makes it one
   * (not "one in the morning and one at night", counting) */
  if (!is_num (c, i) && (CATS (c, i) & SL_C_NUMWORD) && VAL (c, i) >= 1 && VAL (c, i) <= 12
      && ((W (c, j) == SL_W_IN && W (c, j + 1) == SL_W_THE
           && (W (c, j + 2) == SL_W_MORNING || W (c, j + 2) == SL_W_AFTERNOON || W (c, j + 2) == SL_W_EVENING)
           && i > 0 && (clock_preposition (c, i - 1) || W (c, i - 1) == SL_W_TILL || W (c, i - 1) == SL_W_SINCE))
          || (W (c, j) == SL_W_O && is_p (c, j + 1, '\'') && W (c, j + 2) == SL_W_CLOCK)))
    {
      hour = (guint) VAL (c, i);
      goto minutes_read;
    }
  if (!is_num (c, i))
    return FALSE;
  t = &c->t[i];
  /* "3.14 a.m.", "10.30pm", "06.40 GMT": the British way to write minutes, only beside
   * a.m./p.m. or a zone */
  if ((t->flags & SL_TF_DECIMAL) && !(t->flags & SL_TF_COMMA) && t->ndig >= 1 && t->ndig <= 2
      && (t->suffix == SL_SUF_AM || t->suffix == SL_SUF_PM
          || (t->suffix == SL_SUF_NONE
              && (W (c, j) == SL_W_AM || W (c, j) == SL_W_PM || ((CATS (c, j) & SL_C_TZ) && !hyph (c, j + 1))))))
    {
      if (dotted_minutes (c, i, &minute))
        {
          colon = TRUE;
          hour = (guint) t->num;
          if (t->suffix == SL_SUF_AM || t->suffix == SL_SUF_PM)
            {
              ampm = TRUE;
              pm = t->suffix == SL_SUF_PM;
            }
          goto minutes_read;
        }
      return FALSE;
    }
  /* "6:50 p.m. local time (1150 GMT)": four digits, hours then minutes, before a zone */
  if (t->ndig == 4 && !(t->flags & (SL_TF_COMMA | SL_TF_DECIMAL)) && t->suffix == SL_SUF_NONE
      && (CATS (c, j) & SL_C_TZ) && t->num / 100 <= 23 && t->num % 100 <= 59)
    {
      hour = (guint) (t->num / 100);
      minute = (guint) (t->num % 100);
      colon = TRUE;
      goto minutes_read;
    }
  if (t->ndig > 2 || (t->flags & (SL_TF_COMMA | SL_TF_DECIMAL)))
    return FALSE;
  hour = (guint) t->num;
  if (t->suffix == SL_SUF_AM || t->suffix == SL_SUF_PM)
    {
      ampm = TRUE;
      pm = t->suffix == SL_SUF_PM;
    }
  else if (t->suffix != SL_SUF_NONE)
    return FALSE;

  if (!ampm && is_p (c, j, ':') && glued (c, j) && is_num (c, j + 1) && glued (c, j + 1)
      && c->t[j + 1].ndig == 2 && c->t[j + 1].num <= 59)
    {
      minute = (guint) c->t[j + 1].num;
      colon = TRUE;
      if (c->t[j + 1].suffix == SL_SUF_AM || c->t[j + 1].suffix == SL_SUF_PM)
        {
          ampm = TRUE;
          pm = c->t[j + 1].suffix == SL_SUF_PM;
        }
      else if (c->t[j + 1].suffix != SL_SUF_NONE)
        return FALSE;
      j += 2;
      /* seconds */
      if (is_p (c, j, ':') && glued (c, j) && is_num (c, j + 1) && c->t[j + 1].ndig == 2)
        j += 2;
    }
minutes_read:
  if (!ampm && (W (c, j) == SL_W_AM || W (c, j) == SL_W_PM))
    {
      ampm = TRUE;
      pm = W (c, j) == SL_W_PM;
      j++;
    }
  if (!ampm && !colon && W (c, j) == SL_W_IN && W (c, j + 1) == SL_W_THE
      && (W (c, j + 2) == SL_W_MORNING || W (c, j + 2) == SL_W_AFTERNOON
          || W (c, j + 2) == SL_W_EVENING))
    {
      ampm = TRUE;
      pm = W (c, j + 2) != SL_W_MORNING;
      j += 3;
    }
  if (!ampm && !colon && W (c, j) == SL_W_O && is_p (c, j + 1, '\'') && W (c, j + 2) == SL_W_CLOCK)
    {
      j += 3;
      ampm = hour <= 12;
      pm = FALSE;
      colon = TRUE;
    }
  if (!ampm && !colon)
    return FALSE;
  if (ampm)
    {
      if (hour < 1 || hour > 12)
        return FALSE;
      if (pm && hour < 12)
        hour += 12;
      else if (!pm && hour == 12)
        hour = 0;
    }
  else if (hour > 24 || (hour == 24 && minute != 0))
    return FALSE;
  /* a bare "12:30" could be a score or a ratio: want a zone, a day or am/pm, or a date with
   * its year just before ("14.10.2025, 11:20", "10 May 2024 14:03" in a byline) */
  guint pv = i > 0 && is_p (c, i - 1, ',') ? i - 1 : i;
  gboolean after_date = pv > 0 && year_num (c, pv - 1) && c->has_last_day
                        && c->t[pv - 1].end == c->last_day_end;

  if (CATS (c, j) & SL_C_TZ)
    j++;
  else if (is_p (c, j, '(') && (CATS (c, j + 1) & SL_C_TZ) && is_p (c, j + 2, ')'))
    j += 3;
  else if (!ampm && !after_date && !(W (c, j) == SL_W_LOCAL && W (c, j + 1) == SL_W_TIME)
           && !clock_preposition (c, i - 1))
    return FALSE;
  if (W (c, j) == SL_W_LOCAL && W (c, j + 1) == SL_W_TIME)
    j += 2;

  {
    SlValueOut o = sl_value_out_start (tod, sizeof tod);

    sl_value_out_u (&o, hour, 2);
    sl_value_out_c (&o, ':');
    sl_value_out_u (&o, minute, 2);
    sl_value_out_end (&o);
  }
  m->type = SL_TIMEX_TIME;
  c->outer = i + 1;
  /* "at 6:50 p.m. local time (1150 GMT) on Tuesday": the day after the bracket that closes
   * the second reading of the time */
  bracketed = is_p (c, j, ')') && i > 0 && is_p (c, i - 1, '(');
  dend = trailing_day (c, j, &dm, &extend);
  if (dend == 0 && bracketed)
    {
      dend = trailing_day (c, j + 1, &dm, &extend);
      extend = FALSE;
    }
  c->outer = 0;
  if (dend != 0)
    {
      m->end = extend ? dend : j;
      day = dm.date;
      /* "at about 4 p.m. on Sunday, 19 April": the day written out is the text's, as if it
       * stood alone (it anchors the weekdays after it, and the publication date) */
      if (extend)
        {
          m->raw = dm.raw;
          m->raw_date = dm.raw_date;
          m->raw_tense = dm.raw_tense;
          m->raw_wd = dm.raw_wd;
        }
    }
  else if (c->outer = i + 1, day_named_soon_after (c, bracketed ? j + 1 : j, &dm))
    {
      c->outer = 0;
      m->end = j;
      day = dm.date;
    }
  /* "host the Mariners on Saturday at 7:35 p.m.": the day just before "at" is the time's,
   * ahead or past */
  else if (c->outer = 0, day_before_at (c, i) != NULL)
    {
      m->end = j;
      day = *day_before_at (c, i);
    }
  /* "stopped accepting votes at 5:12 p.m. … two minutes before polls were due to close at 8
   * p.m.": a later hour in the sentence of a clock time whose day is known falls on that day;
   * "fired between 10 p.m. on Sunday and about 3 a.m.": a small hour after an evening one, on
   * the day after */
  else if (!bracketed && c->clock_hour >= 0 && c->clock_day.prec >= SL_PREC_DAY
           && ((gint) hour >= c->clock_hour || (hour < 7 && c->clock_hour >= 18 && c->clock_hour < 24))
           && named_within (c, i, c->clock_end, 0))
    {
      m->end = j;
      day = c->clock_day;
      if ((gint) hour < c->clock_hour)
        day = sl_timex_date_shift (&day, SL_UNIT_DAY, 1);
    }
  /* "The blaze started at about 10:40 p.m. … the kitchen had closed at 9 p.m.": an earlier
   * hour in a past perfect, told soon after a clock time whose day is known, led up to it on
   * the same day */
  else if (!bracketed && c->clock_hour >= 0 && c->clock_day.prec >= SL_PREC_DAY
           && (gint) hour <= c->clock_hour && named_within (c, i, c->clock_end, 3)
           && pluperfect_near (c, i, i + 1))
    {
      m->end = j;
      day = c->clock_day;
    }
  /* "ran aground in the early hours of Monday, and crews began pumping on Tuesday … The
   * tanker struck a ledge at 4:15 a.m.": a small hour told in the past falls on the day the
   * text named by its small hours, unless its own sentence named another day */
  /* ("ran aground late on Monday, and passengers were taken off on Tuesday … touched bottom
   * at 11:40 p.m.": so does an evening hour, on the day named by its evening) */
  /* ("came overnight into Tuesday, when crews lost positioning from about 9:40 p.m.": the
   * day after the night is the night's own) */
  else if (c->outer = 0, (part = part_named_day (c, hour)) != NULL && tense_around (c, i, i + 1) < 0
           && !(c->has_ref_day && named_within (c, i, c->ref_day_end, 0)
                && sl_timex_date_first_day (&c->ref_day) != sl_timex_date_first_day (part)
                && !(hour >= 18 && sl_timex_date_first_day (&c->ref_day) == sl_timex_date_first_day (part) + 1)))
    {
      m->end = j;
      day = *part;
    }
  else if ((named = day_named_just_before (c, i)) != NULL)
    {
      /* "The ship sank on May 3. It struck the reef at 4 a.m.": that day's 4 a.m.; "escaped
       * on Sunday night … the alarm before 3 a.m." the morning after */
      m->end = j;
      day = *named;
      if (named == &c->ref_day && c->ref_day_night && hour < 12)
        day = sl_timex_date_shift (&day, SL_UNIT_DAY, 1);
    }
  /* in an article known only to its month, the day last written out for the news: "the
   * winner of the race on Sunday, 26 October … in a race that started at 8:30 a.m." */
  else if (!(c->has_dct && c->dct.prec >= SL_PREC_DAY) && c->ref_news.has)
    {
      m->end = j;
      day = c->ref_news.day;
      /* ("… on Tuesday night and kept them running until 1 a.m.": the small hours after
       * that night) */
      if (hour < 7 && c->has_late_day && night_before_in_sentence (c, i)
          && sl_timex_date_first_day (&c->late_day) == sl_timex_date_first_day (&day))
        day = sl_timex_date_shift (&day, SL_UNIT_DAY, 1);
    }
  else
    {
      m->end = j;
      if (!dct_at (c, SL_PREC_DAY, &day))
        {
          SlValueOut o = sl_value_out_start (m->value, sizeof m->value);

          sl_value_out_s (&o, "XXXX-XX-XXT");
          sl_value_out_s (&o, tod);
          sl_value_out_end (&o);
          m->anchors = FALSE;
          return TRUE;
        }
    }
  /* "at around 1 a.m. on Sunday (2300 GMT)": the bracket's reading of the time just given
   * falls on the day before when its hour is that much later (the day after when earlier) */
  if (bracketed && c->clock_hour >= 0 && c->clock_end <= c->t[i - 1].begin
      && c->t[i - 1].begin - c->clock_end <= 24 && day.prec >= SL_PREC_DAY)
    {
      /* (the day of the time it reads again, when the bracket names none) */
      if (dend == 0 && c->clock_day.prec >= SL_PREC_DAY)
        day = c->clock_day;
      if ((gint) hour - c->clock_hour > 12)
        day = sl_timex_date_shift (&day, SL_UNIT_DAY, -1);
      else if (c->clock_hour - (gint) hour > 12)
        day = sl_timex_date_shift (&day, SL_UNIT_DAY, 1);
    }
  if (!set_date (m, &day))
    return FALSE;
  m->type = SL_TIMEX_TIME;
  m->anchors = dend != 0; /* a bare clock time names no new day */
  append_time (m, tod);
  return TRUE;
}

/* "noon", "midnight", "midday" [day] */
static gboolean
r_timeword (Ctx *c, guint i, Match *m)
{
  guint16 w = W (c, i);
  SlDate day;
  Match dm;
  guint dend;
  gboolean extend;

  if (w != SL_W_NOON && w != SL_W_MIDNIGHT && w != SL_W_MIDDAY)
    return FALSE;
  if (i > 0 && W (c, i - 1) == SL_W_HIGH)
    return FALSE;
  /* "a break from the midday heat", "a three-hour midday break": the middle of any day, not
   * a time of one ("the noon deadline" is one) */
  if (w != SL_W_MIDNIGHT && i > 0
      && (W (c, i - 1) == SL_W_THE || W (c, i - 1) == SL_W_A || (i >= 2 && hyph (c, i - 2)))
      && i + 1 < c->n && c->t[i + 1].kind == SL_TK_WORD && W (c, i + 1) == 0 && !cap (c, i + 1)
      && !tok_is (c, i + 1, "deadline"))
    return FALSE;
  m->type = SL_TIMEX_TIME;
  c->outer = i + 1;
  dend = trailing_day (c, i + 1, &dm, &extend);
  c->outer = 0;
  if (dend != 0)
    {
      m->end = extend ? dend : i + 1;
      day = dm.date;
    }
  /* "left at 7:40 a.m. on Monday and was towed in shortly before noon": on the day of a
   * clock time told earlier in its sentence */
  else if (w != SL_W_MIDNIGHT && c->clock_hour >= 0 && c->clock_hour <= 12
           && c->clock_day.prec >= SL_PREC_DAY && named_within (c, i, c->clock_end, 0))
    {
      m->end = i + 1;
      day = sl_timex_date_truncate (&c->clock_day, SL_PREC_DAY);
    }
  else
    {
      m->end = i + 1;
      if (!dct_at (c, SL_PREC_DAY, &day))
        {
          set_str (m, w == SL_W_MIDNIGHT ? "XXXX-XX-XXT24:00" : "XXXX-XX-XXT12:00", SL_TIMEX_TIME);
          return TRUE;
        }
    }
  if (!set_date (m, &day))
    return FALSE;
  m->type = SL_TIMEX_TIME;
  m->anchors = dend != 0;
  append_time (m, w == SL_W_MIDNIGHT ? "24:00" : "12:00");
  return TRUE;
}

/* The weekday a day number falls on resolved around the DCT. rel: -1 "last", +1 "next",
 * 2 "this", 0 none (tense decides). */
static gboolean
resolve_weekday (const Ctx *c, guint wd, int rel, int dir, SlDate *out)
{
  SlDate dct;
  gint64 day;
  guint dw;
  gint64 back, fwd;

  if (!dct_at (c, SL_PREC_DAY, &dct))
    return FALSE;
  day = sl_timex_date_first_day (&dct);
  dw = sl_weekday_from_days (day) + 1;
  back = ((gint64) dw - wd + 7) % 7;
  fwd = ((gint64) wd - dw + 7) % 7;
  if (rel < 0)
    day -= back ? back : 7;
  else if (rel == 1)
    day += fwd ? fwd : 7;
  else if (rel == 2)
    day += (gint64) wd - dw;
  else if (wd != dw)
    day += dir > 0 ? fwd : -back;
  *out = sl_timex_date_from_days (day);
  return TRUE;
}

/* The days a weekday may be when the DCT is known only to its month or year: "on Tuesday"
 * in a September article is one of the Tuesdays from late August to the end of September.
 * The value stays "XXXX-WXX-2"; the timeline still has the span to place the event in. */
static void
weekday_span (const Ctx *c, guint wd, int rel, int dir, Match *m)
{
  gint64 lo, hi;

  if (!c->has_dct || c->dct_hi - c->dct_lo > 30)
    return;
  if (rel == 2)
    lo = c->dct_lo - 6, hi = c->dct_hi + 6;
  else if (rel == 1 || (rel == 0 && dir > 0))
    lo = c->dct_lo + (rel == 1), hi = c->dct_hi + 6 + (rel == 1);
  else
    lo = c->dct_lo - 6 - (rel < 0), hi = c->dct_hi - (rel < 0);
  lo += ((gint64) wd - 1 - (gint64) sl_weekday_from_days (lo) + 7) % 7;
  hi -= ((gint64) sl_weekday_from_days (hi) - ((gint64) wd - 1) + 7) % 7;
  if (lo > hi)
    return;
  m->lo_day = lo;
  m->hi_day = hi;
}

/* A part of the day after a day: "Friday morning", "yesterday evening". */
static guint
part_of_day (const Ctx *c, guint j, const char **code)
{
  guint32 cats = CATS (c, j);

  if ((cats & SL_C_PARTDAY) && !(cats & SL_C_PLURAL))
    {
      SlPartDay pd = (SlPartDay) VAL (c, j);
      if (pd == SL_PD_MI || pd == SL_PD_MIDNIGHT || pd == SL_PD_DT)
        return 0;
      *code = part_day_code (pd);
      return j + 1;
    }
  return 0;
}

static gboolean said_on (const Ctx *c, guint w);

/* Weekday [, Month day [, year]] | Weekday partofday | Weekdays (a set) */
static gboolean
r_weekday (Ctx *c, guint i, Match *m, int rel)
{
  guint32 cats = CATS (c, i);
  guint wd, j = i + 1, k;
  const char *pd = NULL;
  SlDate d;
  int dir;

  if (!(cats & SL_C_WEEKDAY) || !cap (c, i))
    return FALSE;
  if ((cats & SL_C_MONTHABBR) && !is_p (c, j, '.'))
    return FALSE;
  wd = (guint) VAL (c, i);
  if ((cats & SL_C_MONTHABBR) && is_p (c, j, '.') && glued (c, j))
    j++;

  if (cats & SL_C_PLURAL)
    {
      m->end = j;
      weekday_value (m->value, sizeof m->value, wd);
      m->type = SL_TIMEX_SET;
      return TRUE;
    }
  /* "on Monday and Tuesday nights": the plural part of the day makes both days a set */
  if (rel == 0 && (W (c, j) == SL_W_AND || W (c, j) == SL_W_OR)
      && weekday_name (c, j + 1)
      && (CATS (c, j + 2) & SL_C_PARTDAY) && (CATS (c, j + 2) & SL_C_PLURAL))
    {
      const char *code = part_day_code ((SlPartDay) VAL (c, j + 2));
      m->end = j;
      g_snprintf (m->value, sizeof m->value, "XXXX-WXX-%uT%s", wd, code ? code : "NI");
      m->type = SL_TIMEX_SET;
      return TRUE;
    }
  /* "Tuesday nights" is a set too */
  if ((CATS (c, j) & SL_C_PARTDAY) && (CATS (c, j) & SL_C_PLURAL))
    {
      const char *code = part_day_code ((SlPartDay) VAL (c, j));
      m->end = j + 1;
      g_snprintf (m->value, sizeof m->value, "XXXX-WXX-%uT%s", wd, code ? code : "NI");
      m->type = SL_TIMEX_SET;
      return TRUE;
    }

  /* "Friday, March 28, 2024" / "Friday 28 March": TimeML marks two expressions, the
   * weekday taking its date from the one that follows; for the timeline the weekday is part
   * of the one date, and it fixes the year a yearless date falls in */
  k = is_p (c, j, ',') ? j + 1 : j;
  if ((CATS (c, k) & SL_C_MONTH) || day_num (c, k))
    {
      Match dm = { 0 };
      if (((CATS (c, k) & SL_C_MONTH) ? r_month (c, k, &dm) : r_day_month (c, k, &dm))
          && dm.raw_date.day != 0)
        {
          if (!c->signals_apart)
            {
              guint b = m->begin;
              *m = dm;
              m->begin = b;
              m->raw_wd = (guint8) wd;
              /* the tense is read around the whole date, from the weekday: "which issued a
               * warning on Monday, July 13, expects …" (the comma inside the date opens no
               * clause) */
              if (m->raw == RAW_PARTIAL)
                m->raw_tense = (gint8) CLAMP (direction (c, i, m->end), -1, 1);
              return TRUE;
            }
          if (dm.anchors)
            {
              m->end = j;
              m->type = SL_TIMEX_DATE;
              return set_date (m, &dm.date);
            }
        }
    }

  m->end = j;
  m->type = SL_TIMEX_DATE;
  if (rel == 0)
    {
      m->raw = RAW_WEEKDAY;
      m->raw_wd = (guint8) wd;
    }
  if ((k = part_of_day (c, j, &pd)) != 0)
    m->end = k;
  dir = direction (c, i, m->end);
  /* "Wednesday's ruling" has happened, even after "would appeal"; but not what a plan
   * comes before: "an injunction that would restore its rights before Saturday's games" */
  if (dir > -2 && dir < 2 && is_p (c, m->end, '\'') && W (c, m->end + 1) == SL_W_S
      && !(dir > 0 && i > 0 && (W (c, i - 1) == SL_W_BEFORE || W (c, i - 1) == SL_W_UNTIL)))
    dir = -1;
  /* in an article known only to its month, "Ward Round reported on Thursday" after "the
   * regulator on Friday, 11 September, ordered …" is the Thursday of that week: a weekday
   * without a week of its own takes the day the text wrote out for the news */
  /* (and one in the lead, before any day is written out, takes the first day the text
   * writes out later: "Kalamata police on Sunday arrested a shepherd … a fire that broke out
   * on Friday, 14 August") */
  if (rel == 0 && (c->ref_news.has || c->pre_news.has) && !(c->has_dct && c->dct.prec >= SL_PREC_DAY))
    {
      const NewsDay *news = c->ref_news.has ? &c->ref_news : &c->pre_news;
      gboolean before = news->before;
      gint64 day = sl_timex_date_first_day (&news->day);

      /* (the story may have moved on from that day: "Thursday, 9 November … Two days later,
       * growers blocked the highway … estimated on Monday" counts from the Saturday) */
      if (c->ref_news.has && c->has_ref_day && c->ref_day.prec >= SL_PREC_DAY
          && sl_timex_date_first_day (&c->ref_day) > day && sl_timex_date_first_day (&c->ref_day) - day <= 7)
        {
          day = sl_timex_date_first_day (&c->ref_day);
          before = FALSE;
        }
      guint dw = sl_weekday_from_days (day) + 1;

      /* (a past weekday the nearer side of that day: "raided on Tuesday, 10 November …
       * said in a statement on Wednesday" is the day after, "reported on Thursday" before a
       * Friday the day before; after a day told in a past perfect, the days after it) */
      if (before && wd == dw && dir <= 0)
        day += 7; /* (the same weekday after a day before the news is a week on) */
      else if (dir > 0 || before || ((gint64) wd - dw + 7) % 7 < ((gint64) dw - wd + 7) % 7)
        day += ((gint64) wd - dw + 7) % 7;
      else
        day -= ((gint64) dw - wd + 7) % 7;
      /* (what was said once the story had moved on from its first day was said after that
       * day: "on Tuesday, April 14 … Two days later … a village captain said on Monday") */
      if (c->ref_news.has && c->has_ref_day && dir <= 0 && said_on (c, i)
          && day < sl_timex_date_first_day (&news->day)
          && sl_timex_date_first_day (&news->day) < sl_timex_date_first_day (&c->ref_day))
        day += 7;
      d = sl_timex_date_from_days (day);
      if (!set_date (m, &d))
        return FALSE;
      if (pd)
        append_time (m, pd);
      return TRUE;
    }
  if (!resolve_weekday (c, wd, rel, dir < 0 ? -1 : dir > 0 ? 1 : -1, &d))
    {
      weekday_value (m->value, sizeof m->value, wd);
      weekday_span (c, wd, rel, dir, m);
      if (pd)
        append_time (m, pd);
      return TRUE;
    }
  if (!set_date (m, &d))
    return FALSE;
  if (pd)
    append_time (m, pd);
  return TRUE;
}

static gboolean
r_weekday0 (Ctx *c, guint i, Match *m)
{
  return r_weekday (c, i, m, 0);
}

/* Years and decades: "1998", "1990s", "'90s" */
static gboolean
r_year (Ctx *c, guint i, Match *m)
{
  const SlTok *t;
  SlDate d = { 0 };

  if (is_p (c, i, '\'') && is_num (c, i + 1) && glued (c, i + 1) && c->t[i + 1].ndig == 2)
    {
      t = &c->t[i + 1];
      /* "'90s" is a decade; "'98" a year only after a month or "fiscal" (handled there) */
      if (t->suffix != SL_SUF_S || t->num % 10 != 0)
        return FALSE;
      d.year = (t->num >= 30 ? 1900 : 2000) + t->num;
      d.prec = SL_PREC_DECADE;
      m->end = i + 2;
      m->raw = RAW_EXPLICIT;
      m->raw_date = d;
      return set_date (m, &d);
    }
  if (!is_num (c, i))
    return FALSE;
  t = &c->t[i];
  if (t->flags & (SL_TF_COMMA | SL_TF_DECIMAL))
    return FALSE;

  if (t->suffix == SL_SUF_S && t->ndig == 4 && t->num % 10 == 0 && t->num >= 1000
      && t->num <= 2190)
    {
      d.year = t->num;
      d.prec = (t->num % 100 == 0 && t->num != 2000) ? SL_PREC_CENTURY : SL_PREC_DECADE;
      m->end = i + 1;
      m->raw = RAW_EXPLICIT;
      m->raw_date = d;
      return set_date (m, &d);
    }
  if (!year_num (c, i))
    return FALSE;
  /* amounts: "$1990", "1990%", "about 2000 troops" */
  if (i > 0 && c->t[i - 1].kind == SL_TK_PUNCT && glued (c, i)
      && (c->t[i - 1].ch == '$' || c->t[i - 1].ch == '#'))
    return FALSE;
  if (is_p (c, i + 1, '%') || (is_p (c, i + 1, ':') && glued (c, i + 1))
      || (is_p (c, i + 1, '.') && glued (c, i + 1) && is_num (c, i + 2) && glued (c, i + 2)))
    return FALSE;
  if (i > 0 && (W (c, i - 1) == SL_W_ABOUT || W (c, i - 1) == SL_W_NEARLY
                || W (c, i - 1) == SL_W_ALMOST || W (c, i - 1) == SL_W_SOME
                || W (c, i - 1) == SL_W_THAN || W (c, i - 1) == SL_W_APPROXIMATELY
                || W (c, i - 1) == SL_W_ROUGHLY)
      && i + 1 < c->n && c->t[i + 1].kind == SL_TK_WORD && !cap (c, i + 1))
    return FALSE;
  d.year = t->num;
  d.prec = SL_PREC_YEAR;
  m->end = i + 1;
  m->raw = RAW_EXPLICIT;
  m->raw_date = d;
  return set_date (m, &d);
}

/* A year in words standing alone: "in nineteen ninety-six". */
static gboolean
r_spoken_year (Ctx *c, guint i, Match *m)
{
  gint32 year;
  guint e = spoken_year (c, i, &year);
  SlDate d = { 0 };
  gboolean pl;

  if (!e || unit_at (c, e, &pl) != SL_UNIT_NONE)
    return FALSE;
  d.year = year;
  d.prec = SL_PREC_YEAR;
  m->end = e;
  m->raw = RAW_EXPLICIT;
  m->raw_date = d;
  m->type = SL_TIMEX_DATE;
  return set_date (m, &d);
}

/* ordinal quarter/half: "third-quarter", "the first half of 1989", "fourth quarter" */
static gboolean
quarter_of (Ctx *c, guint i, guint *end, SlDate *d, gboolean *explicit_year)
{
  guint j = i, q;
  SlUnit u;
  gboolean pl, last_of = FALSE, of_year = FALSE;
  gint32 year = 0;

  if ((W (c, j) == SL_W_LAST || W (c, j) == SL_W_FINAL) && W (c, j + 2) == SL_W_OF)
    {
      last_of = TRUE;
      /* "the last half of 1989", "the last quarter of 1990", "the final quarter of 2024" */
      u = unit_at (c, j + 1, &pl);
      q = u == SL_UNIT_HALF ? 2 : 4;
    }
  else if (!(CATS (c, j) & SL_C_ORDWORD))
    return FALSE;
  else
    q = (guint) VAL (c, j);
  j++;
  if (hyph (c, j))
    j++;
  u = unit_at (c, j, &pl);
  if (pl || (u != SL_UNIT_QUARTER && u != SL_UNIT_HALF))
    return FALSE;
  if ((u == SL_UNIT_QUARTER && q > 4) || (u == SL_UNIT_HALF && q > 2))
    return FALSE;
  j++;
  if (W (c, j) == SL_W_OF)
    {
      guint k = j + 1;
      if (W (c, k) == SL_W_FISCAL || W (c, k) == SL_W_CALENDAR)
        k++;
      if (year_num (c, k))
        {
          year = c->t[k].num;
          j = k + 1;
          of_year = TRUE;
        }
      else if ((W (c, k) == SL_W_THIS || W (c, k) == SL_W_LAST || W (c, k) == SL_W_NEXT
                || W (c, k) == SL_W_THE)
               && W (c, k + 1) == SL_W_YEAR)
        {
          of_year = TRUE;
          if (c->has_dct)
            {
              year = c->dct.year + (W (c, k) == SL_W_LAST ? -1 : W (c, k) == SL_W_NEXT ? 1 : 0);
              j = k + 2;
            }
        }
      else if ((W (c, k) == SL_W_EACH || W (c, k) == SL_W_EVERY) && W (c, k + 1) == SL_W_YEAR)
        {
          /* "the first quarter of each year": resolve_quarter makes it a set */
          of_year = TRUE;
          j = k + 2;
        }
    }
  /* "the last half of the match" is no part of a year */
  if (last_of && !of_year)
    return FALSE;
  *explicit_year = year != 0;
  d->year = year;
  d->month = (guint8) q;
  d->day = 0;
  d->prec = u == SL_UNIT_QUARTER ? SL_PREC_QUARTER : SL_PREC_HALF;
  *end = j;
  return TRUE;
}

static gboolean
resolve_quarter (Ctx *c, guint i, guint end, SlDate *d, gboolean explicit_year, Match *m)
{
  /* "the first quarter of each year" recurs */
  if (!explicit_year && end >= 2 && W (c, end - 1) == SL_W_YEAR
      && (W (c, end - 2) == SL_W_EACH || W (c, end - 2) == SL_W_EVERY))
    {
      g_snprintf (m->value, sizeof m->value, d->prec == SL_PREC_QUARTER ? "XXXX-Q%u" : "XXXX-H%u",
                  d->month);
      m->type = SL_TIMEX_SET;
      m->anchors = FALSE;
      return TRUE;
    }
  if (explicit_year)
    {
      m->raw = RAW_EXPLICIT;
      return set_date (m, d);
    }
  if (c->has_dct && c->dct.prec >= SL_PREC_MONTH)
    {
      SlDate cur = sl_timex_date_truncate (&c->dct, (SlPrecision) d->prec);
      d->year = cur.year;
      /* a quarter still to come this year spoken of in the past is last year's */
      if (d->month > cur.month && tense_around (c, i, end) < 0)
        d->year -= 1;
      return set_date (m, d);
    }
  if (c->has_dct && c->dct.prec == SL_PREC_YEAR)
    {
      d->year = c->dct.year;
      return set_date (m, d);
    }
  g_snprintf (m->value, sizeof m->value, d->prec == SL_PREC_QUARTER ? "XXXX-Q%u" : "XXXX-H%u",
              d->month);
  return TRUE;
}

static gboolean
r_ordinal (Ctx *c, guint i, Match *m)
{
  SlDate d;
  gboolean ey;
  guint end;

  if (!quarter_of (c, i, &end, &d, &ey))
    return FALSE;
  m->end = end;
  m->type = SL_TIMEX_DATE;
  return resolve_quarter (c, i, end, &d, ey, m);
}

/* Season [of] year: "spring 2024", "the summer of 1998" */
static gboolean
r_season (Ctx *c, guint i, Match *m)
{
  guint j = i + 1;
  SlDate d;
  gint32 year;
  guint ye;

  if (!(CATS (c, i) & SL_C_SEASON) || (CATS (c, i) & SL_C_PLURAL))
    return FALSE;

  if (W (c, j) == SL_W_OF)
    j++;
  if (!(ye = year_at (c, j, &year)))
    return FALSE;
  d = (SlDate) { year, (guint8) VAL (c, i), 0, SL_PREC_SEASON };
  m->end = ye;
  m->type = SL_TIMEX_DATE;
  m->raw = RAW_EXPLICIT;
  m->raw_date = d;
  return set_date (m, &d);
}

/* The season of this name nearest the DCT in the direction asked (rel -1 last, +1 next,
 * 0 this year's, 2 by tense). */
static gboolean
resolve_season (const Ctx *c, guint s, int rel, int dir, SlDate *out)
{
  SlDate cur;
  gint64 cur_first;

  if (!dct_at (c, SL_PREC_SEASON, &cur))
    {
      if (c->has_dct && c->dct.prec >= SL_PREC_YEAR && (rel == 0 || rel == 2))
        {
          *out = (SlDate) { c->dct.year, (guint8) s, 0, SL_PREC_SEASON };
          return TRUE;
        }
      return FALSE;
    }
  cur_first = sl_timex_date_first_day (&cur);
  if (rel == 0)
    {
      *out = (SlDate) { cur.year, (guint8) s, 0, SL_PREC_SEASON };
      /* "this winter" in January is the winter we are in */
      if (s == 4 && cur.month == 4)
        out->year = cur.year;
      return TRUE;
    }
  if (rel == 2)
    {
      rel = dir > 0 ? 1 : dir < 0 ? -1 : 0;
      /* "work would begin in the spring", written on March 3: the spring just begun */
      if (rel > 0 && cur.month == s && c->dct.month == 3 * s)
        rel = 0;
    }
  if (rel == 0)
    {
      *out = (SlDate) { cur.year, (guint8) s, 0, SL_PREC_SEASON };
      return TRUE;
    }
  for (int dy = rel < 0 ? 0 : -1; rel < 0 ? dy >= -2 : dy <= 2; dy += rel < 0 ? -1 : 1)
    {
      SlDate d = { cur.year + dy, (guint8) s, 0, SL_PREC_SEASON };
      gint64 f = sl_timex_date_first_day (&d);
      if ((rel < 0 && f < cur_first) || (rel > 0 && f > cur_first))
        {
          *out = d;
          return TRUE;
        }
    }
  return FALSE;
}

/* ------------------------------------------------------------------------------------ */
/* quantities: durations and the dates they reach ("two years", "a year ago")           */

static gboolean
unit_ok_for_duration (SlUnit u)
{
  return u != SL_UNIT_NONE && u != SL_UNIT_HALF && u != SL_UNIT_SEASON && u != SL_UNIT_NIGHT;
}

/* Date n units from the anchor at the unit's precision (or the anchor's, if finer and
 * at most a quarter, so "a year earlier" from a quarter is a quarter). */
static gboolean
shifted_date (Ctx *c, gboolean from_ref, SlUnit u, gint64 n, SlDate *out)
{
  SlPrecision up = sl_timex_unit_precision (u);
  SlDate a;

  if (up == SL_PREC_NONE)
    return FALSE;
  if (up > SL_PREC_DAY)
    up = SL_PREC_DAY;
  if (from_ref && c->has_ref && c->ref.prec >= SL_PREC_YEAR)
    {
      /* narrative: keep the named date's own precision ("a week later" than May 1 is
       * May 8), but never finer than a day; weeks or days from a year or a season ("due to
       * report next spring. The committee had recommended two weeks earlier …"), and days
       * from a month ("on Tuesday, 3 November … registered in March 2025 … a day later"),
       * count from the last day named instead */
      a = c->has_ref_day && up >= SL_PREC_WEEK
              && (c->ref.prec < SL_PREC_MONTH || (c->ref.prec == SL_PREC_MONTH && up == SL_PREC_DAY))
            ? c->ref_day : c->ref;
      if (a.prec > SL_PREC_DAY)
        a.prec = SL_PREC_DAY;
      *out = sl_timex_date_shift (&a, u, n);
      return TRUE;
    }
  if (!dct_at (c, up, &a))
    return FALSE;
  if (a.prec > up)
    a = sl_timex_date_truncate (&a, up);
  *out = sl_timex_date_shift (&a, u, n);
  if (out->prec > up)
    *out = sl_timex_date_truncate (out, up);
  return TRUE;
}

/* "Sales rose in the first half, against a fall a year earlier", "in June … from a year
 * earlier": a period named before i in the same sentence is the one compared with, a year
 * back at its own precision. */
static gboolean
year_before_in_sentence (const Ctx *c, guint i, SlDate *out)
{
  if (!c->has_ref || c->ref.prec < SL_PREC_YEAR || c->ref.prec > SL_PREC_MONTH
      || c->ref.prec == SL_PREC_WEEK)
    return FALSE;
  for (guint k = i; k > 0 && i - k < 60; k--)
    {
      if (c->t[k - 1].end <= c->ref_end)
        {
          *out = sl_timex_date_shift (&c->ref, SL_UNIT_YEAR, -1);
          return TRUE;
        }
      if (sentence_end (c, k - 1) || (c->t[k - 1].flags & SL_TF_PARA))
        return FALSE;
    }
  return FALSE;
}

/* "a year ago" in an earnings report means the same quarter a year before. */
static gboolean
year_before_period (const Ctx *c, SlDate *out)
{
  if (!c->has_refq)
    return FALSE;
  *out = sl_timex_date_shift (&c->refq, SL_UNIT_YEAR, -1);
  return TRUE;
}

/* "2 1/2": a half after a whole number. Returns the index after it, 0 when absent. */
static guint
half_fraction (const Ctx *c, guint j)
{
  if (is_num (c, j) && c->t[j].num == 1 && c->t[j].ndig == 1 && is_p (c, j + 1, '/')
      && glued (c, j + 1) && is_num (c, j + 2) && glued (c, j + 2) && c->t[j + 2].num == 2
      && c->t[j + 2].ndig == 1)
    return j + 3;
  return 0;
}

/* Whether "a", "an" or "per" at i, after a length and before "hour", makes a speed ("210
 * kilometres an hour", "78 miles per hour"), which TimeML leaves alone. */
static gboolean
speed_hour (const Ctx *c, guint i)
{
  static const char *const lengths[] = { "kilometres", "kilometers", "km", "miles", "metres",
                                         "meters", "feet", "knots" };

  return i > 0 && tok_is_one_of (c, i - 1, lengths, G_N_ELEMENTS (lengths)) && i + 1 < c->n
         && (tok_is (c, i + 1, "hour") || tok_is (c, i + 1, "second") || tok_is (c, i + 1, "minute"));
}

/* [quantity] unit [ago|earlier|later|before|after|from now] */
static gboolean
r_quantity (Ctx *c, guint i, Match *m)
{
  gint64 n = 0;
  guint j, k, h;
  gboolean pl, half = FALSE, adj = FALSE, article = FALSE;
  SlUnit u;
  SlDate d;
  int sign = 0;
  gboolean from_ref = FALSE;

  /* "half an hour", "half a day", "half a century" */
  if (W (c, i) == SL_W_HALF && (W (c, i + 1) == SL_W_A || W (c, i + 1) == SL_W_AN)
      && (info (W (c, i + 2))->cats & SL_C_UNIT))
    {
      n = 0;
      j = i + 2;
      half = TRUE;
    }
  else if ((j = parse_card (c, i, &n)) == 0)
    {
      if ((j = parse_vague (c, i, &n)) == 0)
        {
          if ((W (c, i) == SL_W_A || W (c, i) == SL_W_AN) && !speed_hour (c, i))
            {
              n = 1;
              j = i + 1;
              article = TRUE;
            }
          else
            return FALSE;
        }
    }
  /* "two and a half years", "2 1/2 years" */
  if (W (c, j) == SL_W_AND && (W (c, j + 1) == SL_W_A) && W (c, j + 2) == SL_W_HALF && n >= 0)
    {
      half = TRUE;
      j += 3;
    }
  else if (is_num (c, i) && (h = half_fraction (c, j)) != 0)
    {
      half = TRUE;
      j = h;
    }
  /* "two to three weeks", "12 or 18 months": the range reads as its first number */
  if ((W (c, j) == SL_W_TO || W (c, j) == SL_W_OR) && n > 0)
    {
      gint64 n2;
      guint e2 = parse_card (c, j + 1, &n2);
      gboolean pl2;
      if (e2 && n2 > n && unit_at (c, e2, &pl2) != SL_UNIT_NONE)
        j = e2;
    }
  /* "two more weeks", "20 more years", "an additional year", "eight trading days" */
  if (W (c, j) == SL_W_MORE && n > 1)
    j++;
  switch (W (c, j))
    {
    case SL_W_ADDITIONAL:
    case SL_W_EXTRA:
    case SL_W_FURTHER:
    case SL_W_FULL:
    case SL_W_WHOLE:
    case SL_W_ENTIRE:
    case SL_W_TRADING:
    case SL_W_BUSINESS:
    case SL_W_WORKING:
    case SL_W_CONSECUTIVE:
    case SL_W_STRAIGHT:
      {
        gboolean pl0;
        if (unit_at (c, j + 1, &pl0) != SL_UNIT_NONE)
          j++;
      }
      break;
    default:
      break;
    }
  if (hyph (c, j))
    {
      adj = TRUE;
      j++;
    }
  u = unit_at (c, j, &pl);
  if (!unit_ok_for_duration (u))
    return FALSE;
  if (article && u == SL_UNIT_SECOND)
    return FALSE; /* "a second time" */
  /* a title such as "60 Minutes" */
  if (cap (c, j) && !(c->t[j].flags & SL_TF_ALLCAP) && !cap (c, i))
    return FALSE;
  /* "a quarter of the market", "three quarters of them": fractions; "a quarter point",
   * "a quarter percentage point": a rate's step */
  if (u == SL_UNIT_QUARTER && W (c, j + 1) == SL_W_OF && !year_num (c, j + 2))
    return FALSE;
  if (u == SL_UNIT_QUARTER && j + 1 < c->n && c->t[j + 1].kind == SL_TK_WORD
      && (tok_is (c, j + 1, "point") || tok_is (c, j + 1, "percentage") || tok_is (c, j + 1, "points")))
    return FALSE;
  if (W (c, j) == SL_W_SECOND && !is_num (c, i) && n != 1)
    return FALSE;
  if (article && hyph (c, j + 1))
    return FALSE; /* "a year-earlier loss", "a day-long talk": the compound is the expression */
  if (adj ? pl : ((n == 1 && !half) || (n == 0 && half) ? pl : !pl))
    {
      /* "one years" or "two year": only the hyphenless adjective "a five year plan" */
      if (!(n != 1 && n > 0 && n <= 100 && !pl && i > 0 && !adj))
        return FALSE;
      adj = TRUE;
    }
  /* "half an hour" is 30 minutes, "half a century" 50 years: half of one unit is counted in
   * the next smaller one (a week has none but days, and stays a half) */
  if (half && n == 0)
    {
      static const struct { SlUnit unit, smaller; gint64 n; } halves[] = {
        { SL_UNIT_CENTURY, SL_UNIT_YEAR, 50 }, { SL_UNIT_DECADE, SL_UNIT_YEAR, 5 },
        { SL_UNIT_YEAR, SL_UNIT_MONTH, 6 },    { SL_UNIT_MONTH, SL_UNIT_DAY, 15 },
        { SL_UNIT_DAY, SL_UNIT_HOUR, 12 },     { SL_UNIT_HOUR, SL_UNIT_MINUTE, 30 },
        { SL_UNIT_MINUTE, SL_UNIT_SECOND, 30 },
      };
      gboolean done = FALSE;

      for (guint h2 = 0; h2 < G_N_ELEMENTS (halves) && !done; h2++)
        if (halves[h2].unit == u)
          {
            u = halves[h2].smaller;
            n = halves[h2].n;
            half = FALSE;
            done = TRUE;
          }
      if (!done)
        return FALSE;
    }
  k = j + 1;
  if (hyph (c, k) && W (c, k + 1) == SL_W_OLD)
    return FALSE; /* ages are not times */
  if (!adj && W (c, k) == SL_W_OLD)
    return FALSE;
  if (adj && hyph (c, k) && W (c, k + 1) == SL_W_LONG)
    k += 2;
  if (!adj && W (c, k) == SL_W_AND && W (c, k + 1) == SL_W_A && W (c, k + 2) == SL_W_HALF)
    {
      half = TRUE;
      k += 3;
    }
  m->end = k;

  if (!adj && W (c, k) == SL_W_OR && W (c, k + 1) == SL_W_SO && W (c, k + 2) == SL_W_AGO)
    {
      /* "a week or so ago" */
      k += 2;
      m->mod = SL_MOD_APPROX;
    }
  if (!adj)
    {
      guint16 nw = W (c, k);
      guint16 nn = W (c, k + 1);
      gboolean next_closes = k + 1 >= c->n || c->t[k + 1].kind == SL_TK_PUNCT
                             || nn == SL_W_AND || nn == SL_W_THAT || nn == SL_W_WHEN
                             || (info (nn)->cats & (SL_C_PAST | SL_C_REPORT));

      if (nw == SL_W_AGO)
        sign = -1;
      /* "opened about two weeks earlier than usual": by how much, a duration */
      else if ((nw == SL_W_EARLIER || nw == SL_W_LATER) && nn == SL_W_THAN)
        sign = 0;
      else if (nw == SL_W_EARLIER || (nw == SL_W_BEFORE && next_closes))
        {
          sign = -1;
          from_ref = TRUE;
        }
      else if (nw == SL_W_LATER || (nw == SL_W_AFTER && next_closes))
        {
          sign = 1;
          from_ref = TRUE;
        }
      /* TimeML keeps these words out as signals: "three days" is then the duration */
      if (c->signals_apart && (nw == SL_W_LATER || nw == SL_W_AFTER || nw == SL_W_BEFORE))
        sign = 0;
      else if (nw == SL_W_FROM && W (c, k + 1) == SL_W_NOW)
        {
          sign = 1;
          k++;
        }
      else if (nw == SL_W_HENCE)
        sign = 1;
    }

  if (sign == 0)
    {
      if (half && n < 0)
        return FALSE;
      set_duration (m, u, n, half);
      /* "in 2 hours 24 minutes", "3 years and 6 months": the smaller unit joins the value */
      if (!half && !adj && n > 0 && (u == SL_UNIT_YEAR || u == SL_UNIT_HOUR || u == SL_UNIT_MINUTE))
        {
          guint q = W (c, m->end) == SL_W_AND ? m->end + 1 : m->end, e2;
          gint64 n2;
          gboolean pl2;
          SlUnit want = u == SL_UNIT_YEAR   ? SL_UNIT_MONTH
                        : u == SL_UNIT_HOUR ? SL_UNIT_MINUTE
                                            : SL_UNIT_SECOND;

          if ((e2 = parse_card (c, q, &n2)) != 0 && n2 > 0 && unit_at (c, e2, &pl2) == want
              && pl2 == (n2 != 1) && strlen (m->value) + 24 < sizeof m->value)
            {
              char tail[24];

              g_snprintf (tail, sizeof tail, "%" G_GINT64_FORMAT "%c", n2, want == SL_UNIT_SECOND ? 'S' : 'M');
              g_strlcat (m->value, tail, sizeof m->value);
              m->end = e2 + 1;
            }
        }
      return TRUE;
    }

  m->end = k + 1;
  m->type = SL_TIMEX_DATE;
  /* "noticed the pressure falling at 2:40 a.m. … found the break two hours later": hours or
   * minutes after a clock time named in this sentence or the one before count from it */
  /* (within two days of it) */
  if (sign > 0 && n > 0 && !half && (u == SL_UNIT_HOUR || u == SL_UNIT_MINUTE)
      && n * (u == SL_UNIT_HOUR ? 60 : 1) <= 48 * 60 && c->clock_hour >= 0 && c->clock_hour < 24
      && c->clock_day.prec >= SL_PREC_DAY && named_within (c, i, c->clock_end, 1))
    {
      gint64 mins = (gint64) c->clock_hour * 60 + c->clock_min + n * (u == SL_UNIT_HOUR ? 60 : 1);
      char tod[8];

      d = sl_timex_date_from_days (sl_timex_date_first_day (&c->clock_day) + mins / (24 * 60));
      if (set_date (m, &d))
        {
          g_snprintf (tod, sizeof tod, "%02d:%02d", (int) (mins % (24 * 60) / 60), (int) (mins % 60));
          append_time (m, tod);
          m->anchors = FALSE;
          return TRUE;
        }
    }
  if (n < 0 || half || u == SL_UNIT_HOUR || u == SL_UNIT_MINUTE || u == SL_UNIT_SECOND)
    {
      set_str (m, sign < 0 ? "PAST_REF" : "FUTURE_REF", SL_TIMEX_DATE);
      return TRUE;
    }
  if (sign < 0 && u == SL_UNIT_YEAR && n == 1
      && (year_before_in_sentence (c, i, &d) || year_before_period (c, &d)))
    {
      if (!set_date (m, &d))
        return FALSE;
      m->anchors = FALSE;
      return TRUE;
    }
  /* "a decade ago" is a year, not a decade */
  if (u == SL_UNIT_DECADE || u == SL_UNIT_CENTURY)
    {
      n *= u == SL_UNIT_DECADE ? 10 : 100;
      u = SL_UNIT_YEAR;
    }
  if (shifted_date (c, from_ref, u, sign * n, &d))
    {
      if (!set_date (m, &d))
        return FALSE;
      if (u == SL_UNIT_WEEKEND && d.prec == SL_PREC_WEEK)
        g_strlcat (m->value, "-WE", sizeof m->value);
      m->anchors = from_ref;
      return TRUE;
    }
  set_str (m, sign < 0 ? "PAST_REF" : "FUTURE_REF", SL_TIMEX_DATE);
  return TRUE;
}

/* "year-earlier", "year-ago": the period a year before the one in view. */
static gboolean
r_year_adj (Ctx *c, guint i, Match *m)
{
  SlDate d;

  if (W (c, i) != SL_W_YEAR || !hyph (c, i + 1)
      || (W (c, i + 2) != SL_W_EARLIER && W (c, i + 2) != SL_W_AGO))
    return FALSE;
  m->end = i + 3;
  m->type = SL_TIMEX_DATE;
  if (year_before_in_sentence (c, i, &d) || year_before_period (c, &d)
      || shifted_date (c, FALSE, SL_UNIT_YEAR, -1, &d))
    {
      if (!set_date (m, &d))
        return FALSE;
      m->anchors = FALSE;
      return TRUE;
    }
  set_str (m, "PAST_REF", SL_TIMEX_DATE);
  return TRUE;
}

/* Bare plural units after a preposition: "for weeks", "within months", "in years";
 * "day-long", "decades-long". */
static gboolean
r_bare_unit (Ctx *c, guint i, Match *m)
{
  gboolean pl;
  SlUnit u = unit_at (c, i, &pl);
  guint16 pw = i > 0 ? W (c, i - 1) : 0;

  if (!unit_ok_for_duration (u) || u == SL_UNIT_WEEKEND || u == SL_UNIT_QUARTER)
    return FALSE;
  if (hyph (c, i + 1) && (W (c, i + 2) == SL_W_LONG || (pl && W (c, i + 2) == SL_W_OLD)))
    {
      m->end = i + 3;
      set_duration (m, u, pl ? -1 : 1, FALSE);
      return TRUE;
    }
  if (!pl || W (c, i) == SL_W_SECONDS)
    return FALSE;
  if (W (c, i + 1) == SL_W_AGO)
    {
      m->end = i + 2;
      set_str (m, "PAST_REF", SL_TIMEX_DATE);
      return TRUE;
    }
  /* "in the weeks before the shooting", "the days after" */
  if (pw == SL_W_THE && (W (c, i + 1) == SL_W_BEFORE || W (c, i + 1) == SL_W_AFTER
                         || W (c, i + 1) == SL_W_FOLLOWING || W (c, i + 1) == SL_W_THAT))
    {
      m->end = i + 1;
      set_duration (m, u, -1, FALSE);
      return TRUE;
    }
  if (pw != SL_W_FOR && pw != SL_W_WITHIN && pw != SL_W_IN && pw != SL_W_OVER
      && pw != SL_W_AFTER)
    return FALSE;
  /* "in days gone by" and "for years to come" keep the plain reading */
  if (W (c, i + 1) == SL_W_AGO || (W (c, i + 1) == SL_W_OF && pw == SL_W_IN))
    return FALSE;
  m->end = i + 1;
  set_duration (m, u, -1, FALSE);
  return TRUE;
}

/* ------------------------------------------------------------------------------------ */
/* relative references: "last year", "this month", "next Friday", "the following week"   */

typedef enum
{
  REL_NONE = 0,
  REL_LAST,      /* last, past: before the DCT */
  REL_THIS,      /* this, current */
  REL_NEXT,      /* next, coming */
  REL_PREV_REF,  /* previous, preceding, prior: before the reference */
  REL_NEXT_REF,  /* following, subsequent: after the reference */
  REL_SAME_REF,  /* same, that */
  REL_LATEST,    /* latest: the last complete one */
  REL_FIRST,     /* first: only with a count ("the first nine months") */
} RelKind;

static RelKind
rel_word (const Ctx *c, guint i, guint *next)
{
  guint16 w = W (c, i);

  *next = i + 1;
  switch (w)
    {
    case SL_W_LAST:
    case SL_W_PAST:
      return REL_LAST;
    case SL_W_THIS:
      if (W (c, i + 1) == SL_W_COMING || W (c, i + 1) == SL_W_UPCOMING)
        {
          *next = i + 2;
          return REL_NEXT;
        }
      if (W (c, i + 1) == SL_W_PAST)
        {
          *next = i + 2;
          return REL_LAST;
        }
      return REL_THIS;
    case SL_W_CURRENT:
      return REL_THIS;
    case SL_W_NEXT:
    case SL_W_COMING:
    case SL_W_UPCOMING:
      return REL_NEXT;
    case SL_W_PREVIOUS:
    case SL_W_PRECEDING:
    case SL_W_PRIOR:
      return REL_PREV_REF;
    case SL_W_FOLLOWING:
    case SL_W_SUBSEQUENT:
      return REL_NEXT_REF;
    case SL_W_SAME:
    case SL_W_THAT:
      return REL_SAME_REF;
    case SL_W_LATEST:
      return REL_LATEST;
    case SL_W_FIRST:
      return REL_FIRST;
    default:
      return REL_NONE;
    }
}

/* Whether the date last named lies ahead of the writer while the clause at i tells the past:
 * "had worked there since the previous winter", told after a plan for April 2028, counts back
 * from the writer's day, not from that plan. */
static gboolean
ref_ahead_of_past (const Ctx *c, guint i)
{
  return c->has_ref && c->has_dct && sl_timex_date_first_day (&c->ref) > sl_timex_date_last_day (&c->dct)
         && tense_around (c, i, i + 2) < 0;
}

static gboolean
rel_unit_date (Ctx *c, RelKind rel, SlUnit u, Match *m, guint i)
{
  SlPrecision up = sl_timex_unit_precision (u);
  gboolean from_ref = rel == REL_PREV_REF || rel == REL_NEXT_REF || rel == REL_SAME_REF;
  int off = 0;
  SlDate a, d;
  gboolean weekend = u == SL_UNIT_WEEKEND;

  switch (rel)
    {
    case REL_LAST:
    case REL_PREV_REF:
    case REL_LATEST:
      off = -1;
      break;
    case REL_NEXT:
    case REL_NEXT_REF:
      off = 1;
      break;
    case REL_THIS:
    case REL_SAME_REF:
    case REL_NONE:
    case REL_FIRST:
    default:
      off = 0;
      break;
    }
  if (rel == REL_PREV_REF && ref_ahead_of_past (c, i))
    from_ref = FALSE;
  if (!(from_ref ? ref_at (c, up, &a) : dct_at (c, up, &a)))
    {
      const char *v = off < 0 ? "PAST_REF" : off > 0 ? "FUTURE_REF" : "PRESENT_REF";
      if (c->has_dct && up > c->dct.prec && off == 0)
        {
          /* "this week" in a month-dated article: that month */
          SlDate dd = c->dct;
          if (set_date (m, &dd))
            {
              m->anchors = FALSE;
              return TRUE;
            }
        }
      set_str (m, v, SL_TIMEX_DATE);
      return TRUE;
    }
  d = sl_timex_date_shift (&a, u, off);
  if (!set_date (m, &d))
    return FALSE;
  if (weekend)
    g_strlcat (m->value, "-WE", sizeof m->value);
  m->anchors = from_ref;
  return TRUE;
}

/* [the] rel (unit | weekday | month | season | part of day | count units) */
static gboolean
r_relative (Ctx *c, guint i, Match *m)
{
  guint j = i, k;
  gboolean the = FALSE;
  RelKind rel;
  SlUnit u;
  gboolean pl;
  gint64 n;
  guint32 cats;

  if (W (c, j) == SL_W_THE)
    {
      the = TRUE;
      j++;
    }
  rel = rel_word (c, j, &k);
  if (rel == REL_NONE)
    return FALSE;
  if (the && W (c, j) == SL_W_THAT)
    return FALSE;
  /* a title such as the programme "This Week": capitals mid-sentence */
  if (cap (c, j) && cap (c, k) && !(CATS (c, k) & (SL_C_MONTH | SL_C_WEEKDAY)) && j > 0
      && !sentence_end (c, j - 1) && !(c->t[j].flags & SL_TF_PARA))
    return FALSE;
  if (!the && (rel == REL_PREV_REF || rel == REL_NEXT_REF || rel == REL_LATEST
               || rel == REL_FIRST))
    {
      /* "following" and "previous" need "the" unless a count follows */
      if (!(parse_card (c, k, &n) || parse_vague (c, k, &n)))
        return FALSE;
    }
  if (!the && W (c, j) == SL_W_SAME)
    return FALSE;
  /* "the next day", "the next week" go on from the story's date; "the next decade" and
   * "the next year" from the publication date */
  if (the && rel == REL_NEXT && W (c, j) == SL_W_NEXT)
    {
      gboolean pl0;
      SlUnit u0 = unit_at (c, k, &pl0);
      if (u0 == SL_UNIT_DAY || u0 == SL_UNIT_WEEK || u0 == SL_UNIT_WEEKEND)
        rel = REL_NEXT_REF;
    }

  /* counts: "the past two months", "the next few days", "last five years" */
  {
    guint q;
    gint64 cnt = 0;
    if ((q = parse_card (c, k, &cnt)) || (q = parse_vague (c, k, &cnt)))
      {
        guint e = q;
        /* "the next 12 to 18 months" */
        if ((W (c, e) == SL_W_TO || W (c, e) == SL_W_OR || is_p (c, e, '-'))
            && parse_card (c, e + 1, &n))
          {
            e = parse_card (c, e + 1, &n);
            cnt = -1;
          }
        u = unit_at (c, e, &pl);
        if (unit_ok_for_duration (u) && (pl || cnt == 1) && rel != REL_SAME_REF)
          {
            m->end = e + 1;
            if ((CATS (c, e) & SL_C_SEASON) != 0)
              return FALSE;
            set_duration (m, u, cnt, FALSE);
            return TRUE;
          }
        if ((CATS (c, e) & SL_C_SEASON) && (CATS (c, e) & SL_C_PLURAL))
          {
            m->end = e + 1;
            g_snprintf (m->value, sizeof m->value, "XXXX-%s",
                        (const char *[]) { "SP", "SU", "FA", "WI" }[CLAMP (VAL (c, e), 1, 4) - 1]);
            m->type = SL_TIMEX_SET;
            return TRUE;
          }
        return FALSE;
      }
  }
  if (rel == REL_FIRST)
    return FALSE;

  cats = CATS (c, k);
  /* plural units: "the coming weeks", "the past years" */
  u = unit_at (c, k, &pl);
  if (u != SL_UNIT_NONE && pl && unit_ok_for_duration (u)
      && (rel == REL_LAST || rel == REL_NEXT))
    {
      m->end = k + 1;
      set_duration (m, u, -1, FALSE);
      return TRUE;
    }
  if (u != SL_UNIT_NONE && !pl)
    {
      m->end = k + 1;
      m->type = SL_TIMEX_DATE;
      if (u == SL_UNIT_DAY && (rel == REL_LAST || rel == REL_NEXT || rel == REL_THIS
                               || rel == REL_LATEST))
        return FALSE; /* "the last day of…" is not yesterday */
      if (u == SL_UNIT_SECOND || u == SL_UNIT_MINUTE || u == SL_UNIT_HOUR)
        {
          if (rel == REL_LAST || rel == REL_NEXT)
            {
              set_duration (m, u, 1, FALSE);
              return TRUE;
            }
          return FALSE;
        }
      if ((u == SL_UNIT_DECADE || u == SL_UNIT_CENTURY) && rel == REL_LAST)
        {
          set_duration (m, u, 1, FALSE);
          return TRUE;
        }
      if (u == SL_UNIT_HALF)
        return FALSE;
      /* "this year's third quarter", "next year's first half" */
      if (u == SL_UNIT_YEAR && is_p (c, k + 1, '\'') && W (c, k + 2) == SL_W_S
          && (rel == REL_LAST || rel == REL_THIS || rel == REL_NEXT))
        {
          SlDate q, y;
          gboolean ey;
          guint qend;
          if (quarter_of (c, k + 3, &qend, &q, &ey) && !ey)
            {
              m->end = qend;
              if (dct_at (c, SL_PREC_YEAR, &y))
                {
                  q.year = y.year + (rel == REL_LAST ? -1 : rel == REL_NEXT ? 1 : 0);
                  return set_date (m, &q);
                }
              g_snprintf (m->value, sizeof m->value,
                          q.prec == SL_PREC_QUARTER ? "XXXX-Q%u" : "XXXX-H%u", q.month);
              return TRUE;
            }
        }
      if (!rel_unit_date (c, rel, u, m, i))
        return FALSE;
      return TRUE;
    }

  /* "the previous Friday", "the following Monday": the weekday next to the story's date */
  if ((cats & SL_C_WEEKDAY) && !(cats & SL_C_PLURAL) && the && cap (c, k)
      && (rel == REL_PREV_REF || rel == REL_NEXT_REF))
    {
      SlDate d;
      gint64 day;
      guint wd = (guint) VAL (c, k), dw;

      m->end = k + 1;
      m->type = SL_TIMEX_DATE;
      /* (from the last day named, whatever was told on it and though a year was named
       * since: "reported on Monday that a trial planned for this year would slip to 2028 …
       * said the following Tuesday"; not from a deadline, which the story does not go on
       * from) */
      if (c->has_last_day && !c->last_day_deadline)
        d = sl_timex_date_truncate (&c->last_day, SL_PREC_DAY);
      else if (!ref_day_at (c, &d))
        {
          weekday_value (m->value, sizeof m->value, wd);
          return TRUE;
        }
      day = sl_timex_date_first_day (&d);
      dw = sl_weekday_from_days (day) + 1;
      if (rel == REL_PREV_REF)
        day -= ((gint64) dw - wd + 7) % 7 ? ((gint64) dw - wd + 7) % 7 : 7;
      else
        day += ((gint64) wd - dw + 7) % 7 ? ((gint64) wd - dw + 7) % 7 : 7;
      d = sl_timex_date_from_days (day);
      return set_date (m, &d);
    }
  if ((cats & SL_C_WEEKDAY) && !(cats & SL_C_PLURAL) && !the)
    {
      int r = rel == REL_LAST ? -1 : rel == REL_NEXT ? 1 : rel == REL_THIS ? 2 : 99;
      if (r == 99)
        return FALSE;
      if (!r_weekday (c, k, m, r))
        return FALSE;
      return TRUE;
    }
  /* "her July bill … against 88 dinars the previous July": the month a year before (or
   * after) the story's own */
  if ((cats & SL_C_MONTH) && cap (c, k) && the && (rel == REL_PREV_REF || rel == REL_NEXT_REF)
      && !day_num (c, k + 1))
    {
      SlDate d;
      guint month = (guint) VAL (c, k);

      m->end = k + 1;
      m->type = SL_TIMEX_DATE;
      if (!ref_at (c, SL_PREC_MONTH, &d))
        {
          g_snprintf (m->value, sizeof m->value, "XXXX-%02u", month);
          return TRUE;
        }
      if (rel == REL_PREV_REF)
        d.year -= month >= d.month;
      else
        d.year += month <= d.month;
      d = (SlDate) { d.year, (guint8) month, 0, SL_PREC_MONTH };
      return set_date (m, &d);
    }
  if ((cats & SL_C_MONTH) && month_word_ok (c, k) && !the)
    {
      SlDate d;
      guint month = (guint) VAL (c, k);
      guint e = k + 1;

      if (is_p (c, e, '.') && glued (c, e) && (cats & SL_C_MONTHABBR))
        e++;
      m->end = e;
      m->type = SL_TIMEX_DATE;
      m->raw_date = (SlDate) { 0, (guint8) month, 0, SL_PREC_MONTH };
      if (rel == REL_LAST)
        m->raw = RAW_LAST_MONTH;
      /* "stirred again in 2017 … shut the airport that November": the month of the year
       * the text last named */
      if (rel == REL_SAME_REF && W (c, j) == SL_W_THAT)
        {
          if (!ref_at (c, SL_PREC_YEAR, &d))
            {
              g_snprintf (m->value, sizeof m->value, "XXXX-%02u", month);
              return TRUE;
            }
          d = (SlDate) { d.year, (guint8) month, 0, SL_PREC_MONTH };
          if (!set_date (m, &d))
            return FALSE;
          m->anchors = FALSE;
          return TRUE;
        }
      if (rel != REL_LAST && rel != REL_NEXT && rel != REL_THIS)
        return FALSE;
      /* "last Oct. 23": the latest Oct. 23 before the DCT; "next March 3" the first after */
      if ((rel == REL_LAST || rel == REL_NEXT) && day_num (c, e)
          && !(is_p (c, e + 1, ':') && glued (c, e + 1))
          && (guint) c->t[e].num <= sl_days_in_month (2000, month))
        {
          guint day = (guint) c->t[e].num;
          m->end = e + 1;
          m->raw_date.day = (guint8) day;
          m->raw_date.prec = SL_PREC_DAY;
          if (c->has_dct && c->dct.prec >= SL_PREC_DAY)
            {
              gint64 dd = sl_timex_date_first_day (&c->dct);
              gint32 y = c->dct.year;
              for (int tries = 0; tries < 9; tries++)
                {
                  d = (SlDate) { y, (guint8) month, (guint8) day, SL_PREC_DAY };
                  if (day <= sl_days_in_month (y, month)
                      && (rel == REL_LAST ? sl_timex_date_first_day (&d) < dd
                                          : sl_timex_date_first_day (&d) > dd))
                    return set_date (m, &d);
                  y += rel == REL_LAST ? -1 : 1;
                }
            }
          g_snprintf (m->value, sizeof m->value, "XXXX-%02u-%02u", month, day);
          return TRUE;
        }
      if (c->has_dct && c->dct.prec >= SL_PREC_MONTH)
        {
          gint32 y = c->dct.year;
          if (rel == REL_LAST && month >= c->dct.month)
            y--;
          else if (rel == REL_NEXT && month <= c->dct.month)
            y++;
          d = (SlDate) { y, (guint8) month, 0, SL_PREC_MONTH };
          return set_date (m, &d);
        }
      if (c->has_dct && rel == REL_THIS)
        {
          d = (SlDate) { c->dct.year, (guint8) month, 0, SL_PREC_MONTH };
          return set_date (m, &d);
        }
      g_snprintf (m->value, sizeof m->value, "XXXX-%02u", month);
      return TRUE;
    }
  if ((cats & SL_C_SEASON) && !(cats & SL_C_PLURAL))
    {
      SlDate d;
      int r = rel == REL_LAST ? -1 : rel == REL_NEXT ? 1 : rel == REL_THIS ? 0 : 99;

      /* "In 2019 the dam broke; that spring …": the season of the year last named */
      if (rel == REL_SAME_REF && W (c, j) == SL_W_THAT && !the && ref_at (c, SL_PREC_YEAR, &d))
        {
          m->end = k + 1;
          m->type = SL_TIMEX_DATE;
          d = (SlDate) { d.year, (guint8) CLAMP (VAL (c, k), 1, 4), 0, SL_PREC_SEASON };
          if (!set_date (m, &d))
            return FALSE;
          m->anchors = FALSE;
          return TRUE;
        }
      /* "cut a third of its staff the following spring" after "late 2024": the first such
       * season after the date last named (the last before it for "the previous") */
      if ((rel == REL_NEXT_REF || rel == REL_PREV_REF) && ref_at (c, SL_PREC_YEAR, &d))
        {
          guint sn = (guint) CLAMP (VAL (c, k), 1, 4);
          const SlDate *from = &c->ref;
          gint32 y = d.year;

          if (rel == REL_PREV_REF && ref_ahead_of_past (c, i))
            {
              from = &c->dct;
              y = from->year;
            }
          if (from->prec >= SL_PREC_MONTH && from->month >= 1 && from->month <= 12)
            {
              /* (a season starts in month 3 × its number; winter in December) */
              if (rel == REL_NEXT_REF)
                y += from->month >= 3 * sn ? 1 : 0;
              else
                y -= from->month < 3 * sn + 3 ? 1 : 0;
            }
          else
            y += rel == REL_NEXT_REF ? 1 : -1;
          m->end = k + 1;
          m->type = SL_TIMEX_DATE;
          d = (SlDate) { y, (guint8) sn, 0, SL_PREC_SEASON };
          if (!set_date (m, &d))
            return FALSE;
          m->anchors = FALSE;
          return TRUE;
        }
      if (r == 99)
        return FALSE;
      m->end = k + 1;
      m->type = SL_TIMEX_DATE;
      if (resolve_season (c, (guint) VAL (c, k), r, 0, &d))
        return set_date (m, &d);
      g_snprintf (m->value, sizeof m->value, "XXXX-%s",
                  (const char *[]) { "SP", "SU", "FA", "WI" }[CLAMP (VAL (c, k), 1, 4) - 1]);
      return TRUE;
    }
  if ((cats & SL_C_PARTDAY) && !(cats & SL_C_PLURAL) && !the
      && (rel == REL_LAST || rel == REL_THIS || rel == REL_SAME_REF))
    {
      SlPartDay pd = (SlPartDay) VAL (c, k);
      SlDate d;
      const char *code = part_day_code (pd);

      if (pd == SL_PD_MI || pd == SL_PD_MIDNIGHT || pd == SL_PD_DT)
        return FALSE;
      /* "last night" is the evening before; "last morning" is not said */
      if (rel == REL_LAST && pd != SL_PD_NI && pd != SL_PD_EV)
        return FALSE;
      m->end = k + 1;
      m->type = SL_TIMEX_TIME;
      if (rel == REL_SAME_REF ? ref_day_at (c, &d) : dct_at (c, SL_PREC_DAY, &d))
        {
          if (rel == REL_LAST)
            d = sl_timex_date_shift (&d, SL_UNIT_DAY, -1);
          if (!set_date (m, &d))
            return FALSE;
          m->type = SL_TIMEX_TIME;
          append_time (m, code);
          m->anchors = FALSE;
          return TRUE;
        }
      g_snprintf (m->value, sizeof m->value, "XXXX-XX-XXT%s", code);
      return TRUE;
    }
  return FALSE;
}

/* "earlier this month", "later this year", "earlier in the week", "later that day" */
static gboolean
r_earlier_later (Ctx *c, guint i, Match *m)
{
  guint16 w = W (c, i);
  guint j = i + 1;
  RelKind rel;
  guint k;
  SlUnit u;
  gboolean pl;

  if (w != SL_W_EARLIER && w != SL_W_LATER)
    return FALSE;
  if (W (c, j) == SL_W_IN && (W (c, j + 1) == SL_W_THE || W (c, j + 1) == SL_W_THIS
                              || W (c, j + 1) == SL_W_THAT))
    {
      rel = W (c, j + 1) == SL_W_THAT ? REL_SAME_REF : REL_THIS;
      k = j + 2;
    }
  else
    {
      rel = rel_word (c, j, &k);
      if (rel != REL_THIS && rel != REL_SAME_REF && rel != REL_LAST && rel != REL_NEXT)
        return FALSE;
      if (W (c, j) == SL_W_THAT)
        rel = REL_SAME_REF;
    }
  u = unit_at (c, k, &pl);
  /* "earlier in the day" says no more than the clause's own day */
  if (u == SL_UNIT_DAY && W (c, j) == SL_W_IN)
    return FALSE;
  if (pl || u == SL_UNIT_NONE || u == SL_UNIT_HALF || u == SL_UNIT_SECOND || u == SL_UNIT_MINUTE
      || u == SL_UNIT_HOUR)
    {
      /* "later this morning" */
      if ((CATS (c, k) & SL_C_PARTDAY) && !(CATS (c, k) & SL_C_PLURAL)
          && (rel == REL_THIS || rel == REL_SAME_REF))
        {
          SlDate d;
          const char *code = part_day_code ((SlPartDay) VAL (c, k));
          if (code == NULL || code[0] == '1' || code[0] == '2')
            return FALSE;
          m->end = k + 1;
          m->type = SL_TIMEX_TIME;
          if (rel == REL_SAME_REF ? ref_day_at (c, &d) : dct_at (c, SL_PREC_DAY, &d))
            {
              if (!set_date (m, &d))
                return FALSE;
              m->type = SL_TIMEX_TIME;
              append_time (m, code);
              m->anchors = FALSE;
              return TRUE;
            }
          g_snprintf (m->value, sizeof m->value, "XXXX-XX-XXT%s", code);
          return TRUE;
        }
      return FALSE;
    }
  m->end = k + 1;
  m->type = SL_TIMEX_DATE;
  if (!rel_unit_date (c, rel, u, m, i))
    return FALSE;
  /* with no publication date to count from, "earlier this month" still lies behind the
   * writer and "later this year" ahead: neither is the present */
  if (strcmp (m->value, "PRESENT_REF") == 0)
    set_str (m, w == SL_W_EARLIER ? "PAST_REF" : "FUTURE_REF", SL_TIMEX_DATE);
  return TRUE;
}

/* today, yesterday, tomorrow, tonight, now, recently, soon … */
static gboolean
r_deictic (Ctx *c, guint i, Match *m)
{
  guint16 w = W (c, i);
  int off;
  SlDate d;
  const char *pd = NULL;
  guint k;

  switch (w)
    {
    case SL_W_TODAY:
      off = 0;
      break;
    case SL_W_YESTERDAY:
      off = -1;
      break;
    case SL_W_TOMORROW:
      off = 1;
      break;
    case SL_W_TONIGHT:
      m->end = i + 1;
      m->type = SL_TIMEX_TIME;
      if (dct_at (c, SL_PREC_DAY, &d) && set_date (m, &d))
        {
          m->type = SL_TIMEX_TIME;
          append_time (m, "NI");
          m->anchors = FALSE;
        }
      else
        set_str (m, "PRESENT_REF", SL_TIMEX_TIME);
      return TRUE;
    case SL_W_NOW:
      /* "now" but not "now that" */
      m->end = i + 1;
      set_str (m, "PRESENT_REF", SL_TIMEX_DATE);
      return TRUE;
    case SL_W_CURRENTLY:
    case SL_W_NOWADAYS:
      m->end = i + 1;
      set_str (m, "PRESENT_REF", SL_TIMEX_DATE);
      return TRUE;
    case SL_W_RECENTLY:
    case SL_W_LATELY:
      /* "as recently as March" only says how near the time after it is */
      if (w == SL_W_RECENTLY && i > 0 && W (c, i - 1) == SL_W_AS && W (c, i + 1) == SL_W_AS)
        return FALSE;
      m->end = i + 1;
      set_str (m, "PAST_REF", SL_TIMEX_DATE);
      return TRUE;
    case SL_W_CURRENT:
      /* the adjective: "current prices", "the current crisis" (not the word of a name, "the
       * student newspaper The Current") */
      if (cap (c, i) && i > 0 && !sentence_end (c, i - 1) && !(c->t[i].flags & SL_TF_PARA))
        return FALSE;
      m->end = i + 1;
      set_str (m, "PRESENT_REF", SL_TIMEX_DATE);
      return TRUE;
    case SL_W_RECENT:
      {
        SlUnit u;
        gboolean pl;
        u = unit_at (c, i + 1, &pl);
        m->end = i + 1;
        if (u != SL_UNIT_NONE && pl && unit_ok_for_duration (u))
          {
            m->end = i + 2;
            set_duration (m, u, -1, FALSE);
            return TRUE;
          }
        set_str (m, "PAST_REF", SL_TIMEX_DATE);
        return TRUE;
      }
    case SL_W_SOON:
      if (i > 0 && W (c, i - 1) == SL_W_AS && W (c, i + 1) == SL_W_AS
          && W (c, i + 2) == SL_W_POSSIBLE)
        {
          m->back = 1;
          m->end = i + 3;
          set_str (m, "FUTURE_REF", SL_TIMEX_DATE);
          return TRUE;
        }
      /* "as soon as", "soon after" are conjunctions, not times */
      if ((i > 0 && W (c, i - 1) == SL_W_AS) || W (c, i + 1) == SL_W_AFTER
          || W (c, i + 1) == SL_W_AS)
        return FALSE;
      m->end = i + 1;
      set_str (m, "FUTURE_REF", SL_TIMEX_DATE);
      return TRUE;
    case SL_W_A:
      /* "for a while", "at a later date" */
      if (W (c, i + 1) == SL_W_WHILE && i > 0
          && (W (c, i - 1) == SL_W_FOR || W (c, i - 1) == SL_W_AFTER))
        {
          m->end = i + 2;
          set_str (m, "PXX", SL_TIMEX_DURATION);
          return TRUE;
        }
      if ((W (c, i + 1) == SL_W_LATER || W (c, i + 1) == SL_W_FUTURE)
          && W (c, i + 2) == SL_W_DATE)
        {
          m->end = i + 3;
          set_str (m, "FUTURE_REF", SL_TIMEX_DATE);
          return TRUE;
        }
      return FALSE;
    case SL_W_FUTURE:
      /* "future quarters" */
      {
        gboolean pl;
        SlUnit u = unit_at (c, i + 1, &pl);
        if (u == SL_UNIT_NONE || !pl)
          return FALSE;
        m->end = i + 2;
        set_str (m, "FUTURE_REF", SL_TIMEX_DATE);
        return TRUE;
      }
    case SL_W_THESE:
      if (W (c, i + 1) != SL_W_DAYS)
        return FALSE;
      m->end = i + 2;
      set_str (m, "PRESENT_REF", SL_TIMEX_DATE);
      return TRUE;
    case SL_W_OVERNIGHT:
      return FALSE;
    default:
      return FALSE;
    }

  /* "USA Today", "Nation Today": a capitalised "Today" after a capitalised word names
   * something */
  if (w == SL_W_TODAY && i > 0 && (c->t[i].flags & SL_TF_CAP) && c->t[i - 1].kind == SL_TK_WORD
      && (c->t[i - 1].flags & SL_TF_CAP) && !time_word (c, i - 1))
    return FALSE;
  /* "today's youth", "today's personal computers": the present age, not the day ("today's
   * meeting" is the day) */
  if (w == SL_W_TODAY && is_p (c, i + 1, '\'') && W (c, i + 2) == SL_W_S
      && (present_age_noun (c, i + 3) || (W (c, i + 3) == 0 && present_age_noun (c, i + 4))))
    return FALSE;
  k = i + 1;
  m->type = SL_TIMEX_DATE;
  if (part_of_day (c, k, &pd))
    k++;
  m->end = k;
  if (!dct_at (c, SL_PREC_DAY, &d))
    {
      if (off == 0 && c->has_dct)
        {
          d = c->dct;
          if (!set_date (m, &d))
            return FALSE;
          m->anchors = FALSE;
          return TRUE;
        }
      set_str (m, off < 0 ? "PAST_REF" : off > 0 ? "FUTURE_REF" : "PRESENT_REF", SL_TIMEX_DATE);
      return TRUE;
    }
  d = sl_timex_date_shift (&d, SL_UNIT_DAY, off);
  if (!set_date (m, &d))
    return FALSE;
  if (pd)
    append_time (m, pd);
  m->anchors = FALSE;
  return TRUE;
}

/* Sets: "every week", "each July", "daily", "twice a month", "$5 a year" */
static gboolean
r_set (Ctx *c, guint i, Match *m)
{
  guint16 w = W (c, i);
  guint j = i + 1;
  SlUnit u;
  gboolean pl;
  gint64 n = 1;

  if (info (w)->cats & SL_C_SETADV)
    {
      /* "quarterly dividend", "quarterly report": an adjective, not a recurrence */
      if (w == SL_W_QUARTERLY && i + 1 < c->n && c->t[i + 1].kind == SL_TK_WORD)
        return FALSE;
      /* "the Business Daily", "Orbital Weekly": a capitalised word after a capitalised word
       * names a paper */
      if ((c->t[i].flags & SL_TF_CAP) && i > 0 && c->t[i - 1].kind == SL_TK_WORD
          && (c->t[i - 1].flags & SL_TF_CAP) && !time_word (c, i - 1))
        return FALSE;
      /* "the Flemish daily De Leiebode", "the sports weekly O Lance": a paper's description
       * before its capitalised name (TimeML tags only expressions of time, and this is a
       * newspaper, though TimeBank sometimes tags it) */
      if ((w == SL_W_DAILY || w == SL_W_WEEKLY) && !(c->t[i].flags & SL_TF_CAP)
          && i + 1 < c->n && c->t[i + 1].kind == SL_TK_WORD && (c->t[i + 1].flags & SL_TF_CAP)
          && !time_word (c, i + 1))
        return FALSE;
      /* "the daily reported", "the weekly said": a newspaper that speaks */
      if ((w == SL_W_DAILY || w == SL_W_WEEKLY) && i > 0
          && (tok_is (c, i - 1, "the") || tok_is (c, i - 1, "a") || tok_is (c, i - 1, "this"))
          && (CATS (c, i + 1) & SL_C_REPORT))
        return FALSE;
      u = (SlUnit) info (w)->val;
      m->end = i + 1;
      if (u == SL_UNIT_NIGHT)
        set_str (m, "XXXX-XX-XXTNI", SL_TIMEX_SET);
      else
        {
          set_duration (m, u, 1, FALSE);
          m->type = SL_TIMEX_SET;
        }
      return TRUE;
    }
  if (w == SL_W_ONCE || w == SL_W_TWICE || (is_num (c, i) && W (c, i + 1) == SL_W_TIMES)
      || ((CATS (c, i) & SL_C_NUMWORD) && W (c, i + 1) == SL_W_TIMES))
    {
      if (W (c, j) == SL_W_TIMES)
        j++;
      if ((W (c, j) != SL_W_A && W (c, j) != SL_W_AN && W (c, j) != SL_W_PER
           && W (c, j) != SL_W_EVERY && W (c, j) != SL_W_EACH))
        return FALSE;
      u = unit_at (c, j + 1, &pl);
      if (pl || !unit_ok_for_duration (u))
        return FALSE;
      m->end = j + 2;
      set_duration (m, u, 1, FALSE);
      m->type = SL_TIMEX_SET;
      return TRUE;
    }
  if (w == SL_W_A || w == SL_W_AN || w == SL_W_PER)
    {
      /* a rate: a number or amount just before */
      gboolean rate = FALSE;
      u = unit_at (c, j, &pl);
      if (pl || !unit_ok_for_duration (u) || u == SL_UNIT_SECOND)
        return FALSE;
      if (speed_hour (c, i))
        return FALSE;
      if (w == SL_W_PER)
        rate = TRUE;
      for (guint b = 1; b <= 3 && b <= i && !rate; b++)
        {
          const SlTok *p = &c->t[i - b];
          if (p->kind == SL_TK_NUM || (p->kind == SL_TK_PUNCT && p->ch == '%'))
            rate = TRUE;
          else if (p->kind == SL_TK_PUNCT)
            break;
        }
      if (!rate)
        return FALSE;
      m->end = j + 1;
      set_duration (m, u, 1, FALSE);
      m->type = SL_TIMEX_SET;
      return TRUE;
    }
  if (w != SL_W_EVERY && w != SL_W_EACH)
    return FALSE;
  if (W (c, j) == SL_W_OTHER)
    {
      /* "every other week" */
      u = unit_at (c, j + 1, &pl);
      if (u == SL_UNIT_NONE || pl || !unit_ok_for_duration (u))
        return FALSE;
      m->end = j + 2;
      set_duration (m, u, 2, FALSE);
      m->type = SL_TIMEX_SET;
      return TRUE;
    }
  else
    {
      guint q = parse_card (c, j, &n);
      if (q)
        j = q;
    }
  u = unit_at (c, j, &pl);
  /* "every weekend": the weekends of no known week, as "every Friday" is the Fridays */
  if (u == SL_UNIT_WEEKEND && n == 1 && !pl)
    {
      m->end = j + 1;
      set_str (m, "XXXX-WXX-WE", SL_TIMEX_SET);
      return TRUE;
    }
  if (u != SL_UNIT_NONE && unit_ok_for_duration (u) && (n == 1 ? !pl : pl))
    {
      m->end = j + 1;
      set_duration (m, u, n, FALSE);
      m->type = SL_TIMEX_SET;
      return TRUE;
    }
  if (n != 1)
    return FALSE;
  if ((CATS (c, j) & SL_C_WEEKDAY) && cap (c, j))
    {
      const char *pd = NULL;
      m->end = j + 1;
      g_snprintf (m->value, sizeof m->value, "XXXX-WXX-%d", VAL (c, j));
      if (part_of_day (c, j + 1, &pd))
        {
          m->end = j + 2;
          g_strlcat (m->value, "T", sizeof m->value);
          g_strlcat (m->value, pd, sizeof m->value);
        }
      m->type = SL_TIMEX_SET;
      return TRUE;
    }
  if ((CATS (c, j) & SL_C_MONTH) && cap (c, j))
    {
      m->end = j + 1;
      g_snprintf (m->value, sizeof m->value, "XXXX-%02d", VAL (c, j));
      m->type = SL_TIMEX_SET;
      return TRUE;
    }
  if ((CATS (c, j) & SL_C_SEASON) && !(CATS (c, j) & SL_C_PLURAL))
    {
      m->end = j + 1;
      g_snprintf (m->value, sizeof m->value, "XXXX-%s",
                  (const char *[]) { "SP", "SU", "FA", "WI" }[CLAMP (VAL (c, j), 1, 4) - 1]);
      m->type = SL_TIMEX_SET;
      return TRUE;
    }
  if ((CATS (c, j) & SL_C_PARTDAY) && !(CATS (c, j) & SL_C_PLURAL))
    {
      const char *pd = part_day_code ((SlPartDay) VAL (c, j));
      if (pd == NULL || pd[0] == '1' || pd[0] == '2')
        return FALSE;
      m->end = j + 1;
      g_snprintf (m->value, sizeof m->value, "XXXX-XX-XXT%s", pd);
      m->type = SL_TIMEX_SET;
      return TRUE;
    }
  return FALSE;
}

/* "year-end", "year end", "year's end", "yearend": the close of the year in view */
static gboolean
r_year_end (Ctx *c, guint i, Match *m)
{
  guint j;
  SlDate d;

  if (W (c, i) == SL_W_YEAREND)
    j = i + 1;
  else if (W (c, i) != SL_W_YEAR)
    return FALSE;
  else if (hyph (c, i + 1) && W (c, i + 2) == SL_W_END)
    j = i + 3;
  else if (W (c, i + 1) == SL_W_END)
    j = i + 2;
  else if (is_p (c, i + 1, '\'') && W (c, i + 2) == SL_W_S && W (c, i + 3) == SL_W_END)
    j = i + 4;
  else
    return FALSE;
  m->end = j;
  m->type = SL_TIMEX_DATE;
  m->mod = SL_MOD_END;
  if (!dct_at (c, SL_PREC_YEAR, &d))
    {
      set_str (m, "XXXX", SL_TIMEX_DATE);
      return TRUE;
    }
  /* "since year-end" looks back to the close of last year */
  if (direction (c, i, j) <= -2)
    d.year -= 1;
  if (!set_date (m, &d))
    return FALSE;
  m->anchors = FALSE;
  return TRUE;
}

/* "20th century", "the eleventh century" without the article */
static gboolean
r_century (Ctx *c, guint i, Match *m)
{
  gint32 n;
  SlDate d = { 0 };

  if (is_num (c, i) && c->t[i].suffix == SL_SUF_ORD && c->t[i].ndig <= 2)
    n = c->t[i].num;
  else if ((CATS (c, i) & SL_C_ORDWORD) && !is_num (c, i))
    n = VAL (c, i);
  else
    return FALSE;
  if (n < 1 || n > 30)
    return FALSE;
  if (W (c, i + 1) == SL_W_CENTURY)
    m->end = i + 2;
  /* "a 17th-century wreck" */
  else if (hyph (c, i + 1) && W (c, i + 2) == SL_W_CENTURY)
    m->end = i + 3;
  else
    return FALSE;
  m->type = SL_TIMEX_DATE;
  d.year = (n - 1) * 100;
  d.prec = SL_PREC_CENTURY;
  if (d.year == 0)
    {
      set_str (m, "00", SL_TIMEX_DATE);
      return TRUE;
    }
  return set_date (m, &d);
}

/* "will meet on the 12th to decide", "arrived on the 9th to unload": a day of the month
 * standing alone names that day in the publication's month; what is ahead falls on or after
 * the publication's day, what is past on or before it, each in the month next or before when
 * it cannot. Only after "on the" (and "by the", "until the") and before a mark or a small
 * word, so that "the 5th floor" or "the 20th century" stay out. */
static gboolean
r_day_of_month (Ctx *c, guint i, Match *m)
{
  guint16 pw = i > 1 ? W (c, i - 2) : 0, nw = W (c, i + 1);
  SlDate d = { 0 };
  gint32 n;
  int tense;

  if (!is_num (c, i) || c->t[i].suffix != SL_SUF_ORD || c->t[i].ndig > 2 || i < 2
      || W (c, i - 1) != SL_W_THE
      || !(pw == SL_W_ON || pw == SL_W_BY || pw == SL_W_UNTIL || pw == SL_W_TILL || pw == SL_W_FOR
           || pw == SL_W_SINCE || pw == SL_W_BEFORE || pw == SL_W_AFTER || pw == SL_W_FROM)
      || !c->has_dct || c->dct.prec < SL_PREC_MONTH || c->dct.month < 1)
    return FALSE;
  n = c->t[i].num;
  if (n < 1 || n > 31)
    return FALSE;
  if (!(i + 1 >= c->n || (c->t[i + 1].kind == SL_TK_PUNCT && !is_p (c, i + 1, '-'))
        || nw == SL_W_TO || nw == SL_W_AND || nw == SL_W_OR || nw == SL_W_WHEN || nw == SL_W_AT
        || nw == SL_W_IN || nw == SL_W_FOR))
    return FALSE;
  d.year = c->dct.year;
  d.month = c->dct.month;
  d.day = 1;
  d.prec = SL_PREC_DAY;
  tense = tense_around (c, i - 2, i + 1);
  if (c->dct.prec >= SL_PREC_DAY && tense != 0 && (tense > 0 ? n < (gint32) c->dct.day : n > (gint32) c->dct.day))
    d = sl_timex_date_shift (&d, SL_UNIT_MONTH, tense);
  if (n > (gint32) sl_days_in_month (d.year, d.month))
    return FALSE;
  d.day = (guint8) n;
  m->back = 1;
  m->end = i + 1;
  return set_date (m, &d);
}

/* Whether the day d lies within the DCT or the week before it (TRUE with no DCT). */
static gboolean
near_news (const Ctx *c, const SlDate *d)
{
  gint64 day = sl_timex_date_first_day (d);

  return !c->has_dct || (day <= c->dct_hi && day >= c->dct_lo - 7);
}

/* A part of the day standing alone after a modifier: "mid afternoon", "late evening",
 * "overnight". The day is the story's, else the publication's. */
static gboolean
r_partday (Ctx *c, guint i, Match *m)
{
  guint16 w = W (c, i), pw = i > 0 ? W (c, i - 1) : 0;
  const char *code;
  SlDate d;

  if (w == SL_W_OVERNIGHT)
    code = "NI";
  else if (w == SL_W_MIDAFTERNOON)
    {
      code = "AF";
      m->mod = SL_MOD_MID;
    }
  else if (w == SL_W_MIDMORNING)
    {
      code = "MO";
      m->mod = SL_MOD_MID;
    }
  else if ((CATS (c, i) & SL_C_PARTDAY) && !(CATS (c, i) & SL_C_PLURAL)
           && (pw == SL_W_EARLY || pw == SL_W_LATE || pw == SL_W_MID
               || (is_p (c, i - 1, '-') && i > 1 && W (c, i - 2) == SL_W_MID)))
    {
      code = part_day_code ((SlPartDay) VAL (c, i));
      if (code == NULL || code[0] == '1' || code[0] == '2')
        return FALSE;
    }
  else
    return FALSE;
  m->end = i + 1;
  m->type = SL_TIMEX_TIME;
  {
    Match dm;
    gboolean extend;
    guint dend = trailing_day (c, i + 1, &dm, &extend);
    if (dend)
      {
        d = dm.date;
        if (extend)
          m->end = dend;
      }
    /* "overnight into Tuesday": the night that ended on that day began the day before */
    else if (w == SL_W_OVERNIGHT && tok_is (c, i + 1, "into") && (dend = trailing_day (c, i + 2, &dm, &extend)) != 0
             && dm.date.prec == SL_PREC_DAY)
      d = sl_timex_date_from_days (sl_timex_date_first_day (&dm.date) - 1);
    /* "talks broke up overnight" in the morning's story: the night that began the day
     * before (a night belongs to the evening it starts on); the day is the one the story is
     * at: a day something was said on in its sentence ("estimated on Saturday that … had
     * brought the fire under control overnight"), one named in it or the sentence before
     * ("walked out on Saturday after talks broke down overnight"), else the publication's */
    else if (w == SL_W_OVERNIGHT && tense_around (c, i, i + 1) < 0
             && ((c->has_said_day && named_within (c, i, c->said_day_end, 0) && (d = c->said_day, TRUE))
                 || (c->has_ref_day && named_within (c, i, c->ref_day_end, 1) && near_news (c, &c->ref_day)
                     && ref_day_at (c, &d))
                 || dct_at (c, SL_PREC_DAY, &d) || (c->has_ref_day && ref_day_at (c, &d))))
      d = sl_timex_date_from_days (sl_timex_date_first_day (&d) - 1);
    else if (!dct_at (c, SL_PREC_DAY, &d))
      {
        g_snprintf (m->value, sizeof m->value, "XXXX-XX-XXT%s", code);
        return TRUE;
      }
  }
  if (!set_date (m, &d))
    return FALSE;
  m->type = SL_TIMEX_TIME;
  m->anchors = FALSE;
  append_time (m, code);
  return TRUE;
}

/* "fiscal 1989", "fiscal '90", "fiscal year 1990" */
static gboolean
r_fiscal (Ctx *c, guint i, Match *m)
{
  guint j = i + 1;
  SlDate d = { 0 };

  if (W (c, i) != SL_W_FISCAL)
    return FALSE;
  if (W (c, j) == SL_W_YEAR)
    j++;
  if (year_num (c, j))
    {
      d.year = c->t[j].num;
      j++;
    }
  else if (is_p (c, j, '\'') && is_num (c, j + 1) && c->t[j + 1].ndig == 2 && glued (c, j + 1))
    {
      d.year = (c->t[j + 1].num >= 30 ? 1900 : 2000) + c->t[j + 1].num;
      j += 2;
    }
  else
    return FALSE;
  d.prec = SL_PREC_YEAR;
  m->end = j;
  m->raw = RAW_EXPLICIT;
  m->raw_date = d;
  m->type = SL_TIMEX_DATE;
  return set_date (m, &d);
}

static gint64
nth_weekday (gint64 y, guint month, guint wd, int nth)
{
  if (nth > 0)
    {
      gint64 first = sl_days_from_civil (y, month, 1);
      guint fw = sl_weekday_from_days (first) + 1;
      return first + ((gint64) wd - fw + 7) % 7 + 7 * (nth - 1);
    }
  else
    {
      gint64 last = sl_days_from_civil (y, month, sl_days_in_month (y, month));
      guint lw = sl_weekday_from_days (last) + 1;
      return last - ((gint64) lw - wd + 7) % 7;
    }
}

static gint64
easter_sunday (gint64 y)
{
  /* anonymous Gregorian computus */
  gint64 a = y % 19, b = y / 100, cc = y % 100, d = b / 4, e = b % 4;
  gint64 f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  gint64 i = cc / 4, k = cc % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  gint64 mm = (a + 11 * h + 22 * l) / 451;
  gint64 month = (h + l - 7 * mm + 114) / 31, day = ((h + l - 7 * mm + 114) % 31) + 1;
  return sl_days_from_civil (y, (guint) month, (guint) day);
}

typedef enum
{
  HOL_CHRISTMAS,
  HOL_CHRISTMAS_EVE,
  HOL_NEW_YEAR,
  HOL_NEW_YEAR_EVE,
  HOL_THANKSGIVING,
  HOL_EASTER,
  HOL_HALLOWEEN,
  HOL_VALENTINE,
  HOL_INDEPENDENCE,
  HOL_LABOR,
  HOL_MEMORIAL,
  HOL_ELECTION, /* US: the Tuesday after the first Monday in November */
} Holiday;

static gint64
holiday_day (Holiday h, gint64 y)
{
  switch (h)
    {
    case HOL_CHRISTMAS: return sl_days_from_civil (y, 12, 25);
    case HOL_CHRISTMAS_EVE: return sl_days_from_civil (y, 12, 24);
    case HOL_NEW_YEAR: return sl_days_from_civil (y, 1, 1);
    case HOL_NEW_YEAR_EVE: return sl_days_from_civil (y, 12, 31);
    case HOL_THANKSGIVING: return nth_weekday (y, 11, 4, 4);
    case HOL_EASTER: return easter_sunday (y);
    case HOL_HALLOWEEN: return sl_days_from_civil (y, 10, 31);
    case HOL_VALENTINE: return sl_days_from_civil (y, 2, 14);
    case HOL_INDEPENDENCE: return sl_days_from_civil (y, 7, 4);
    case HOL_LABOR: return nth_weekday (y, 9, 1, 1);
    case HOL_MEMORIAL: return nth_weekday (y, 5, 1, -1);
    case HOL_ELECTION: return nth_weekday (y, 11, 1, 1) + 1;
    default: return 0;
    }
}

/* Christmas [Day|Eve], Thanksgiving [Day], New Year's Day/Eve, Easter, Labor Day … */
static gboolean
r_holiday (Ctx *c, guint i, Match *m)
{
  guint16 w = W (c, i);
  guint j = i + 1;
  Holiday h;
  gint32 year = 0;
  SlDate d;

  if (!cap (c, i))
    return FALSE;
  switch (w)
    {
    case SL_W_CHRISTMAS:
      h = HOL_CHRISTMAS;
      if (W (c, j) == SL_W_DAY && cap (c, j))
        j++;
      else if (W (c, j) == SL_W_EVE && cap (c, j))
        {
          h = HOL_CHRISTMAS_EVE;
          j++;
        }
      break;
    case SL_W_THANKSGIVING:
      h = HOL_THANKSGIVING;
      if (W (c, j) == SL_W_DAY && cap (c, j))
        j++;
      break;
    case SL_W_EASTER:
      h = HOL_EASTER;
      if (W (c, j) == SL_W_SUNDAY)
        j++;
      break;
    case SL_W_HALLOWEEN:
      h = HOL_HALLOWEEN;
      break;
    case SL_W_NEW:
      if (!(W (c, j) == SL_W_YEAR && cap (c, j) && is_p (c, j + 1, '\'') && W (c, j + 2) == SL_W_S))
        return FALSE;
      j += 3;
      if (W (c, j) == SL_W_DAY && cap (c, j))
        {
          h = HOL_NEW_YEAR;
          j++;
        }
      else if (W (c, j) == SL_W_EVE && cap (c, j))
        {
          h = HOL_NEW_YEAR_EVE;
          j++;
        }
      else
        return FALSE;
      break;
    case SL_W_VALENTINE:
      if (!(is_p (c, j, '\'') && W (c, j + 1) == SL_W_S && W (c, j + 2) == SL_W_DAY))
        return FALSE;
      h = HOL_VALENTINE;
      j += 3;
      break;
    case SL_W_INDEPENDENCE:
    case SL_W_LABOR:
    case SL_W_MEMORIAL:
    case SL_W_ELECTION:
      if (!(W (c, j) == SL_W_DAY && cap (c, j)))
        return FALSE;
      h = w == SL_W_INDEPENDENCE ? HOL_INDEPENDENCE : w == SL_W_LABOR ? HOL_LABOR
          : w == SL_W_MEMORIAL ? HOL_MEMORIAL : HOL_ELECTION;
      j++;
      break;
    default:
      return FALSE;
    }
  if (year_num (c, j))
    {
      year = c->t[j].num;
      j++;
    }
  else if (is_p (c, j, ',') && year_num (c, j + 1))
    {
      year = c->t[j + 1].num;
      j += 2;
    }
  m->end = j;
  m->type = SL_TIMEX_DATE;
  if (year)
    {
      d = sl_timex_date_from_days (holiday_day (h, year));
      m->raw = RAW_EXPLICIT;
      return set_date (m, &d);
    }
  if (c->has_dct)
    {
      int dir = direction (c, i, j);
      gint64 best = 0, best_dist = G_MAXINT64;
      for (int dy = -1; dy <= 1; dy++)
        {
          gint64 day = holiday_day (h, c->dct.year + dy);
          gint64 dist;
          if (dir < 0 && day > c->dct_hi)
            continue;
          if (dir > 0 && day < c->dct_lo)
            continue;
          dist = day < c->dct_lo ? c->dct_lo - day : day > c->dct_hi ? day - c->dct_hi : 0;
          if (dist < best_dist)
            {
              best_dist = dist;
              best = day;
            }
        }
      if (best_dist != G_MAXINT64)
        {
          d = sl_timex_date_from_days (best);
          return set_date (m, &d);
        }
    }
  {
    SlDate any = sl_timex_date_from_days (holiday_day (h, 2001));
    g_snprintf (m->value, sizeof m->value, "XXXX-%02u-%02u", any.month, any.day);
  }
  return TRUE;
}

/* The beginnings a word that tells of the same happening as the noun may have: the noun
 * itself ("the final"), its verb ("closure": "closed"; "election": "elected"; "arrival":
 * "arrived") and, for a noun made of a verb and a particle, the verb and its past ("breakdown":
 * "broke down"). Writes up to three NUL-terminated stems of four letters or more. */
static guint
event_noun_stems (const char *w, gsize n, char stems[3][24])
{
  static const struct { const char *suffix; guint keep; } verb_of[] = {
    { "tion", 1 }, { "sion", 0 }, { "ure", 0 }, { "ment", 0 }, { "ance", 0 }, { "al", 0 },
  };
  static const char *const particles[] = { "down", "out", "up", "off", "over" };
  static const struct { const char *verb, *past; } irregular[] = {
    { "break", "broke" }, { "take", "took" }, { "shake", "shook" }, { "sell", "sold" },
  };
  guint k = 0;

  if (n < 4 || n >= 24)
    return 0;
  for (gsize q = 0; q < n; q++)
    stems[0][q] = g_ascii_tolower (w[q]);
  stems[0][n] = '\0';
  k = 1;
  for (gsize q = 0; q < G_N_ELEMENTS (verb_of) && k == 1; q++)
    {
      gsize sl = strlen (verb_of[q].suffix), cut = sl - verb_of[q].keep;

      if (n >= sl + 4 && g_str_has_suffix (stems[0], verb_of[q].suffix) && n - cut >= 4)
        {
          memcpy (stems[k], stems[0], n - cut);
          stems[k++][n - cut] = '\0';
        }
    }
  for (gsize q = 0; q < G_N_ELEMENTS (particles) && k == 1; q++)
    {
      gsize pl = strlen (particles[q]);

      if (n >= pl + 4 && g_str_has_suffix (stems[0], particles[q]))
        {
          memcpy (stems[k], stems[0], n - pl);
          stems[k][n - pl] = '\0';
          for (gsize r = 0; r < G_N_ELEMENTS (irregular); r++)
            if (strcmp (stems[k], irregular[r].verb) == 0)
              g_strlcpy (stems[k + 1], irregular[r].past, sizeof stems[0]);
          k += stems[k + 1][0] != '\0' && strlen (stems[k + 1]) >= 4 ? 2 : 1;
        }
    }
  return k;
}

/* Whether the byte before p ends a sentence of the text: a line break, or a full stop,
 * question or exclamation mark and a space, the stop not after a one-letter abbreviation
 * ("a.m.") or a short capitalised one ("Mr.", "Gen."). */
static gboolean
text_sentence_break (const char *text, gsize p)
{
  char e;
  gsize w = 0;

  if (p == 0)
    return TRUE;
  if (text[p - 1] == '\n')
    return TRUE;
  if (p < 2 || text[p - 1] != ' ')
    return FALSE;
  e = text[p - 2];
  if (e == '!' || e == '?')
    return TRUE;
  if (e != '.')
    return FALSE;
  while (w < p - 2 && g_ascii_isalpha (text[p - 3 - w]))
    w++;
  return !(w == 1 || (w <= 3 && g_ascii_isupper (text[p - 2 - w])));
}

/* Whether the text between from and to holds a word that begins with one of the stems. */
static gboolean
text_has_stem (const char *text, gsize from, gsize to, char stems[3][24], guint n_stems)
{
  for (gsize p = from; p < to; p++)
    {
      if (!g_ascii_isalpha (text[p]) || (p > from && g_ascii_isalpha (text[p - 1])))
        continue;
      for (guint s = 0; s < n_stems; s++)
        {
          gsize sl = strlen (stems[s]);

          if (p + sl <= to && g_ascii_strncasecmp (text + p, stems[s], sl) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* Whether the expression ending at byte end is a dateline's date: a dash follows it, after
 * the outlet in brackets if any ("MOSTAR, 28 July 2025 (Balkan Sport Wire) - The final …"). */
static gboolean
text_dateline_date (const char *text, gsize end, gsize before)
{
  gsize p = end;

  while (p < before && text[p] == ' ')
    p++;
  if (p < before && text[p] == '(')
    {
      while (p < before && text[p] != ')' && text[p] != '\n')
        p++;
      p++;
      while (p < before && text[p] == ' ')
        p++;
    }
  return p < before
         && (text[p] == '-' || strncmp (text + p, "\xe2\x80\x94", 3) == 0
             || strncmp (text + p, "\xe2\x80\x93", 3) == 0);
}

/* The day of a happening told by its noun before byte offset before: the first day an
 * earlier expression named in a sentence that tells of it ("The plant broke down on Monday,
 * March 9" for "the night of the breakdown"; a later "the ministry said on Thursday the
 * breakdown …" dates the saying), the first such day not after the publication date, else
 * the first one ahead ("the final would be held on Sunday, August 24" comes second to "the
 * final was called off on Sunday"). */
static gboolean
event_day (const Ctx *c, const char *noun, gsize noun_len, guint32 before, SlDate *out)
{
  char stems[3][24] = { { 0 } };
  guint n_stems = event_noun_stems (noun, noun_len, stems);

  if (c->hits == NULL || n_stems == 0)
    return FALSE;
  for (int pass = 0; pass < 2; pass++)
    for (guint h = c->hits_from; h < c->hits->len; h++)
      {
        const SlTimexHit *hit = &g_array_index (c->hits, SlTimexHit, h);
        SlDate d = { 0 };
        gsize from = hit->begin, to = hit->end;

        if (hit->end > before || (hit->type != SL_TIMEX_DATE && hit->type != SL_TIMEX_TIME)
            || strlen (hit->value) < 10 || hit->value[4] != '-' || hit->value[7] != '-'
            || !g_ascii_isdigit (hit->value[8]) || !g_ascii_isdigit (hit->value[9])
            || (hit->value[10] != '\0' && hit->value[10] != 'T'))
          continue;
        d.year = (gint32) g_ascii_strtoll (hit->value, NULL, 10);
        d.month = (guint8) g_ascii_strtoull (hit->value + 5, NULL, 10);
        d.day = (guint8) g_ascii_strtoull (hit->value + 8, NULL, 10);
        d.prec = SL_PREC_DAY;
        if (!sl_timex_date_valid (&d)
            || (pass == 0 && c->has_dct && sl_timex_date_first_day (&d) > c->dct_hi)
            || text_dateline_date (c->text, hit->end, before))
          continue;
        while (!text_sentence_break (c->text, from))
          from--;
        while (to < before && !text_sentence_break (c->text, to))
          to++;
        if (text_has_stem (c->text, from, to, stems, n_stems))
          {
            *out = d;
            return TRUE;
          }
      }
  return FALSE;
}

/* "the day of the final", "the night of the breakdown", "the day before the closure", "the
 * eve of the vote", "the morning after the election", "the week before the burst": a day (or
 * its week) told by a happening the text has dated before; nothing when it has not. */
static gboolean
r_event_day (Ctx *c, guint i, Match *m)
{
  static const char *const dets[] = { "the", "his", "her", "its", "their" };
  guint j = i + 1;
  guint16 w = W (c, j), rel = W (c, j + 1);
  const char *code = NULL;
  SlDate d;
  int off = 0;

  if (w != SL_W_DAY && w != SL_W_EVE && w != SL_W_WEEK && !(CATS (c, j) & SL_C_PARTDAY))
    return FALSE;
  if (rel != SL_W_OF && rel != SL_W_BEFORE && rel != SL_W_AFTER)
    return FALSE;
  if (w == SL_W_EVE && rel != SL_W_OF)
    return FALSE;
  if (!tok_is_one_of (c, j + 2, dets, G_N_ELEMENTS (dets)) || j + 3 >= c->n
      || c->t[j + 3].kind != SL_TK_WORD || time_word (c, j + 3) || hyph (c, j + 4)
      || is_p (c, j + 4, '\''))
    return FALSE;
  if (w != SL_W_DAY && w != SL_W_EVE && w != SL_W_WEEK)
    {
      code = part_day_code ((SlPartDay) VAL (c, j));
      if (code == NULL || !g_ascii_isalpha (code[0]))
        return FALSE;
    }
  if (!event_day (c, c->text + c->t[j + 3].begin, c->t[j + 3].end - c->t[j + 3].begin,
                  c->t[i].begin, &d))
    return FALSE;
  off = w == SL_W_EVE || rel == SL_W_BEFORE ? -1 : rel == SL_W_AFTER ? 1 : 0;
  d = sl_timex_date_shift (&d, SL_UNIT_DAY, w == SL_W_WEEK ? 7 * off : off);
  if (w == SL_W_WEEK)
    d = sl_timex_date_truncate (&d, SL_PREC_WEEK);
  m->end = j + 4;
  m->type = code != NULL ? SL_TIMEX_TIME : SL_TIMEX_DATE;
  if (!set_date (m, &d))
    return FALSE;
  if (code != NULL)
    append_time (m, code);
  m->anchors = FALSE;
  return TRUE;
}

/* Rules opening with "the" that the others do not cover. */
static gboolean
r_the (Ctx *c, guint i, Match *m)
{
  guint j = i + 1;
  guint16 w;
  SlMod inner_mod = SL_MOD_NONE;

  if (W (c, i) != SL_W_THE)
    return FALSE;
  w = W (c, j);
  if (r_event_day (c, i, m))
    return TRUE;

  /* "the early 1970s", "the mid-1990s" */
  if (w == SL_W_EARLY || w == SL_W_LATE || w == SL_W_MID)
    {
      inner_mod = w == SL_W_EARLY ? SL_MOD_START : w == SL_W_LATE ? SL_MOD_END : SL_MOD_MID;
      j++;
      if (hyph (c, j))
        j++;
      w = W (c, j);
    }
  /* "the nine months", "the six months ended", "the four days" */
  if (inner_mod == SL_MOD_NONE)
    {
      gint64 n;
      guint e = parse_card (c, j, &n);
      SlUnit u;
      gboolean pl;
      if (e && (u = unit_at (c, e, &pl)) != SL_UNIT_NONE && pl && unit_ok_for_duration (u)
          && n > 1)
        {
          m->end = e + 1;
          set_duration (m, u, n, FALSE);
          return TRUE;
        }
    }
  /* decades: "the 1970s", "the '90s", "the 90s" */
  if (is_num (c, j) || is_p (c, j, '\''))
    {
      Match ym = { 0 };
      if (r_year (c, j, &ym) && (ym.date.prec == SL_PREC_DECADE || ym.date.prec == SL_PREC_CENTURY))
        {
          *m = ym;
          m->end = ym.end;
          m->mod = inner_mod;
          return TRUE;
        }
      if (is_num (c, j) && c->t[j].ndig == 2 && c->t[j].suffix == SL_SUF_S && c->t[j].num % 10 == 0)
        {
          SlDate d = { (c->t[j].num >= 30 ? 1900 : 2000) + c->t[j].num, 0, 0, SL_PREC_DECADE };
          m->end = j + 1;
          m->mod = inner_mod;
          m->type = SL_TIMEX_DATE;
          m->raw = RAW_EXPLICIT;
          return set_date (m, &d);
        }
      /* "the 20th century" */
      if (is_num (c, j) && c->t[j].suffix == SL_SUF_ORD && c->t[j].num >= 1 && c->t[j].num <= 30
          && W (c, j + 1) == SL_W_CENTURY)
        {
          SlDate d = { (c->t[j].num - 1) * 100, 0, 0, SL_PREC_CENTURY };
          m->end = j + 2;
          m->mod = inner_mod;
          m->type = SL_TIMEX_DATE;
          if (d.year == 0)
            {
              set_str (m, "00", SL_TIMEX_DATE);
              return TRUE;
            }
          return set_date (m, &d);
        }
      /* "the 1988 third quarter", "the 1988 period" */
      if (year_num (c, j) && inner_mod == SL_MOD_NONE)
        {
          SlDate d;
          gboolean ey;
          guint end;
          if (quarter_of (c, j + 1, &end, &d, &ey))
            {
              d.year = c->t[j].num;
              m->end = end;
              m->type = SL_TIMEX_DATE;
              m->raw = RAW_EXPLICIT;
              return set_date (m, &d);
            }
          if (W (c, j + 1) == SL_W_QUARTER && c->has_refq)
            {
              /* "the 1988 quarter": the quarter in view, that year */
              d = (SlDate) { c->t[j].num, c->refq.month, 0, SL_PREC_QUARTER };
              m->end = j + 2;
              m->type = SL_TIMEX_DATE;
              m->raw = RAW_EXPLICIT;
              return set_date (m, &d);
            }
          if (W (c, j + 1) == SL_W_PERIOD || (W (c, j + 1) == SL_W_FISCAL && W (c, j + 2) == SL_W_YEAR))
            {
              d = (SlDate) { c->t[j].num, 0, 0, SL_PREC_YEAR };
              /* in an earnings report "the 1988 period" is the quarter in view, that year */
              if (W (c, j + 1) == SL_W_PERIOD && c->has_refq)
                d = (SlDate) { c->t[j].num, c->refq.month, 0, SL_PREC_QUARTER };
              m->end = W (c, j + 1) == SL_W_PERIOD ? j + 2 : j + 3;
              m->type = SL_TIMEX_DATE;
              m->raw = RAW_EXPLICIT;
              return set_date (m, &d);
            }
        }
      /* "the 28th of March" */
      if (is_num (c, j) && c->t[j].suffix == SL_SUF_ORD && inner_mod == SL_MOD_NONE)
        {
          Match dm = { 0 };
          if (r_day_month (c, j, &dm))
            {
              *m = dm;
              return TRUE;
            }
        }
      return FALSE;
    }
  /* "the early summer" */
  if ((info (w)->cats & SL_C_SEASON) && !(info (w)->cats & SL_C_PLURAL) && inner_mod != SL_MOD_NONE
      && W (c, j + 1) != SL_W_OF)
    {
      SlDate d;
      m->end = j + 1;
      m->mod = inner_mod;
      m->type = SL_TIMEX_DATE;
      /* (what comes before it decides first: "since the spring", "before the summer") */
      if (resolve_season (c, (guint) VAL (c, j), 2, direction (c, i, j + 1), &d))
        return set_date (m, &d);
      g_snprintf (m->value, sizeof m->value, "XXXX-%s",
                  (const char *[]) { "SP", "SU", "FA", "WI" }[CLAMP (VAL (c, j), 1, 4) - 1]);
      return TRUE;
    }
  if ((info (w)->cats & SL_C_ORDWORD) && W (c, j + 1) == SL_W_CENTURY)
    {
      SlDate d = { (VAL (c, j) - 1) * 100, 0, 0, SL_PREC_CENTURY };
      m->end = j + 2;
      m->mod = inner_mod;
      m->type = SL_TIMEX_DATE;
      return set_date (m, &d);
    }
  if (inner_mod != SL_MOD_NONE)
    return FALSE;

  /* "the year 2000", "the winter of 1994" */
  {
    gint32 year;
    guint ye;
    if (w == SL_W_YEAR && (ye = year_at (c, j + 1, &year)))
      {
        SlDate d = { year, 0, 0, SL_PREC_YEAR };
        m->end = ye;
        m->type = SL_TIMEX_DATE;
        m->raw = RAW_EXPLICIT;
        return set_date (m, &d);
      }
    if ((info (w)->cats & SL_C_SEASON) && r_season (c, j, m))
      return TRUE;
  }
  /* "the third quarter [of 1989]", "the first half" */
  {
    SlDate d;
    gboolean ey;
    guint end, k = j;
    if (W (c, k) == SL_W_FISCAL)
      k++;
    /* "the third-quarter results": the compound adjective alone is the expression */
    if (hyph (c, k + 1) && (CATS (c, k) & SL_C_ORDWORD))
      return FALSE;
    if (quarter_of (c, k, &end, &d, &ey))
      {
        m->end = end;
        m->type = SL_TIMEX_DATE;
        return resolve_quarter (c, i, end, &d, ey, m);
      }
  }
  /* "the year-earlier quarter", "the year-ago period" */
  if (w == SL_W_YEAR && hyph (c, j + 1) && (W (c, j + 2) == SL_W_EARLIER || W (c, j + 2) == SL_W_AGO))
    {
      SlDate d;
      guint e = j + 3;
      SlUnit u;
      gboolean pl;
      u = unit_at (c, e, &pl);
      if ((u == SL_UNIT_QUARTER || u == SL_UNIT_MONTH || u == SL_UNIT_YEAR || u == SL_UNIT_HALF
           || W (c, e) == SL_W_PERIOD) && !pl)
        {
          m->end = e + 1;
          m->type = SL_TIMEX_DATE;
          if (u == SL_UNIT_QUARTER || W (c, e) == SL_W_PERIOD)
            {
              /* "the year-earlier third quarter" names its quarter */
              if (year_before_period (c, &d) && set_date (m, &d))
                {
                  m->anchors = FALSE;
                  return TRUE;
                }
            }
          if (shifted_date (c, FALSE, SL_UNIT_YEAR, -1, &d) && set_date (m, &d))
            {
              m->anchors = FALSE;
              return TRUE;
            }
          set_str (m, "PAST_REF", SL_TIMEX_DATE);
          return TRUE;
        }
      {
        SlDate q;
        gboolean ey;
        guint end;
        if (quarter_of (c, e, &end, &q, &ey) && q.prec == SL_PREC_QUARTER)
          {
            m->end = end;
            m->type = SL_TIMEX_DATE;
            if (shifted_date (c, FALSE, SL_UNIT_YEAR, -1, &d))
              {
                q.year = d.year;
                if (set_date (m, &q))
                  {
                    m->anchors = FALSE;
                    return TRUE;
                  }
              }
            set_str (m, "PAST_REF", SL_TIMEX_DATE);
            return TRUE;
          }
      }
    }
  /* "the week of March 6" */
  if (w == SL_W_WEEK && W (c, j + 1) == SL_W_OF
      && ((CATS (c, j + 2) & (SL_C_MONTH | SL_C_WEEKDAY)) || is_num (c, j + 2)))
    {
      Match dm = { 0 };
      if (match_core (c, j + 2, &dm) && dm.anchors && dm.date.prec == SL_PREC_DAY)
        {
          SlDate wk = sl_timex_date_truncate (&dm.date, SL_PREC_WEEK);
          m->end = dm.end;
          m->type = SL_TIMEX_DATE;
          return set_date (m, &wk);
        }
    }
  /* "the fiscal year", "the full year", "the current fiscal year", "the latest fiscal year" */
  {
    guint k = j;
    int off = 0;
    if (W (c, k) == SL_W_CURRENT)
      k++;
    else if (W (c, k) == SL_W_LATEST || W (c, k) == SL_W_PREVIOUS || W (c, k) == SL_W_LAST)
      {
        off = -1;
        k++;
      }
    if ((W (c, k) == SL_W_FISCAL || W (c, k) == SL_W_FULL || W (c, k) == SL_W_CALENDAR)
        && W (c, k + 1) == SL_W_YEAR && !is_p (c, k + 2, '\'') && !year_num (c, k + 2))
      {
        SlDate d;
        m->end = k + 2;
        /* "the fiscal year ended Jan. 31": a year's length ending on that day */
        if (W (c, k + 2) == SL_W_ENDED || W (c, k + 2) == SL_W_ENDING)
          {
            set_duration (m, SL_UNIT_YEAR, 1, FALSE);
            return TRUE;
          }
        m->type = SL_TIMEX_DATE;
        if (dct_at (c, SL_PREC_YEAR, &d))
          {
            d.year += off;
            if (!set_date (m, &d))
              return FALSE;
            m->anchors = FALSE;
            return TRUE;
          }
        set_str (m, off < 0 ? "PAST_REF" : "PRESENT_REF", SL_TIMEX_DATE);
        return TRUE;
      }
  }
  /* "the next morning", "the following night" */
  if ((w == SL_W_NEXT || w == SL_W_FOLLOWING || w == SL_W_PREVIOUS || w == SL_W_SAME)
      && (CATS (c, j + 1) & SL_C_PARTDAY) && !(CATS (c, j + 1) & SL_C_PLURAL))
    {
      SlDate d;
      const char *code = part_day_code ((SlPartDay) VAL (c, j + 1));
      int off = w == SL_W_SAME ? 0 : w == SL_W_PREVIOUS ? -1 : 1;
      if (code == NULL || code[0] == '1' || code[0] == '2')
        return FALSE;
      m->end = j + 2;
      m->type = SL_TIMEX_TIME;
      /* ("stopped shortly after 11 p.m. … released the next morning": the day of a clock
       * time told since the last date, in the same sentence) */
      gboolean after_clock = c->clock_day.prec >= SL_PREC_DAY
                             && c->clock_end > (c->has_ref ? c->ref_end : 0)
                             && named_within (c, j, c->clock_end, 0);

      if (after_clock ? (d = sl_timex_date_truncate (&c->clock_day, SL_PREC_DAY), TRUE)
                      : ref_at (c, SL_PREC_DAY, &d))
        {
          d = sl_timex_date_shift (&d, SL_UNIT_DAY, off);
          if (!set_date (m, &d))
            return FALSE;
          m->type = SL_TIMEX_TIME;
          append_time (m, code);
          return TRUE;
        }
      g_snprintf (m->value, sizeof m->value, "XXXX-XX-XXT%s", code);
      return TRUE;
    }
  /* "the nineties" */
  if (w >= SL_W_TWENTIES && w <= SL_W_NINETIES)
    {
      SlDate d = { 1900 + VAL (c, j), 0, 0, SL_PREC_DECADE };
      m->end = j + 1;
      m->mod = inner_mod;
      m->type = SL_TIMEX_DATE;
      return set_date (m, &d);
    }
  /* "the future", "the past", "the present" */
  if (w == SL_W_FUTURE || w == SL_W_PAST || w == SL_W_PRESENT)
    {
      SlUnit u;
      gboolean pl;
      u = unit_at (c, j + 1, &pl);
      if (u != SL_UNIT_NONE || is_num (c, j + 1) || (CATS (c, j + 1) & SL_C_NUMWORD))
        return FALSE;
      m->end = j + 1;
      set_str (m, w == SL_W_FUTURE ? "FUTURE_REF" : w == SL_W_PAST ? "PAST_REF" : "PRESENT_REF",
               SL_TIMEX_DATE);
      return TRUE;
    }
  /* "the near term", "the short term", "the long term" */
  if ((w == SL_W_NEAR || w == SL_W_SHORT || w == SL_W_LONG) && W (c, j + 1) == SL_W_TERM)
    {
      m->end = j + 2;
      set_str (m, "FUTURE_REF", SL_TIMEX_DATE);
      return TRUE;
    }
  /* "the latest period", "the comparable period": the reporting period in view */
  if ((w == SL_W_LATEST || w == SL_W_COMPARABLE || w == SL_W_CORRESPONDING || w == SL_W_SAME)
      && W (c, j + 1) == SL_W_PERIOD)
    {
      SlDate d;
      m->end = j + 2;
      m->type = SL_TIMEX_DATE;
      if (c->has_refq)
        {
          d = c->refq;
          if (w == SL_W_COMPARABLE || w == SL_W_CORRESPONDING)
            d = sl_timex_date_shift (&d, SL_UNIT_YEAR, -1);
        }
      else if (!dct_at (c, SL_PREC_QUARTER, &d))
        {
          set_str (m, "PAST_REF", SL_TIMEX_DATE);
          return TRUE;
        }
      else
        d = sl_timex_date_shift (&d, SL_UNIT_QUARTER, -1);
      if (!set_date (m, &d))
        return FALSE;
      m->anchors = FALSE;
      return TRUE;
    }
  /* "over the years", "in the months that followed" */
  {
    gboolean pl;
    SlUnit u = unit_at (c, j, &pl);
    guint16 pw = i > 0 ? W (c, i - 1) : 0;
    if (pl && unit_ok_for_duration (u) && u != SL_UNIT_WEEKEND && u != SL_UNIT_QUARTER
        && (pw == SL_W_OVER || pw == SL_W_DURING || pw == SL_W_THROUGH
            || (pw == SL_W_IN && W (c, j + 1) == SL_W_THAT)))
      {
        m->end = j + 1;
        set_duration (m, u, -1, FALSE);
        return TRUE;
      }
    if (pl && unit_ok_for_duration (u) && W (c, j + 1) == SL_W_AHEAD)
      {
        m->end = j + 2;
        set_duration (m, u, -1, FALSE);
        return TRUE;
      }
  }
  /* "the near future" */
  if ((w == SL_W_NEAR || w == SL_W_DISTANT) && W (c, j + 1) == SL_W_FUTURE)
    {
      m->end = j + 2;
      set_str (m, "FUTURE_REF", SL_TIMEX_DATE);
      return TRUE;
    }
  /* "the day before", "the day after" at the end of a clause */
  if (w == SL_W_DAY && (W (c, j + 1) == SL_W_BEFORE || W (c, j + 1) == SL_W_AFTER)
      && (j + 2 >= c->n || c->t[j + 2].kind == SL_TK_PUNCT))
    {
      SlDate d;
      m->end = j + 2;
      m->type = SL_TIMEX_DATE;
      if (ref_at (c, SL_PREC_DAY, &d))
        {
          d = sl_timex_date_shift (&d, SL_UNIT_DAY, W (c, j + 1) == SL_W_BEFORE ? -1 : 1);
          return set_date (m, &d);
        }
      set_str (m, W (c, j + 1) == SL_W_BEFORE ? "PAST_REF" : "FUTURE_REF", SL_TIMEX_DATE);
      return TRUE;
    }
  /* "the year", "the quarter", "the month", "the weekend": the one in view ("the week after
   * the vote" is another expression, but not "over the weekend after water seeped through") */
  if ((w == SL_W_YEAR || w == SL_W_QUARTER || w == SL_W_WEEKEND || w == SL_W_MONTH
       || w == SL_W_WEEK)
      && !hyph (c, j + 1) && !(is_p (c, j + 1, '\'') && w != SL_W_WEEK && w != SL_W_WEEKEND)
      && W (c, j + 1) != SL_W_BEFORE
      && (W (c, j + 1) != SL_W_AFTER || clause_follows (c, j + 2)) && W (c, j + 1) != SL_W_AGO
      && W (c, j + 1) != SL_W_EARLIER && !is_num (c, j + 1))
    {
      SlDate d;
      SlUnit u = (SlUnit) VAL (c, j);
      SlPrecision up = sl_timex_unit_precision (u);

      m->end = j + 1;
      m->type = SL_TIMEX_DATE;
      /* "the year ended March 31" is the twelve months to that day */
      if (u == SL_UNIT_YEAR && (W (c, j + 1) == SL_W_ENDED || W (c, j + 1) == SL_W_ENDING))
        {
          set_duration (m, SL_UNIT_YEAR, 1, FALSE);
          return TRUE;
        }
      if (u == SL_UNIT_WEEKEND)
        {
          int dir = tense_around (c, i, j + 1);
          gboolean have = dct_at (c, SL_PREC_DAY, &d);

          /* in an article known only to its month, a weekend told in the past is the one of
           * the day last written out for the news ("walked out on Saturday, 12 September …
           * cancelled 340 flights over the weekend") */
          if (!have && dir < 0 && c->ref_news.has)
            {
              d = c->ref_news.day;
              have = TRUE;
            }
          if (have)
            {
              gint64 day = sl_timex_date_first_day (&d);
              guint wd = sl_weekday_from_days (day);
              /* the weekend just past, or the coming one when the verb looks ahead */
              if (dir > 0 && wd < 5)
                day += 5 - wd;
              else if (wd < 5)
                day -= wd + 2;
              d = sl_timex_date_from_days (day);
              d = sl_timex_date_truncate (&d, SL_PREC_WEEK);
              if (!set_date (m, &d))
                return FALSE;
              g_strlcat (m->value, "-WE", sizeof m->value);
              m->anchors = FALSE;
              return TRUE;
            }
          set_str (m, "XXXX-WXX-WE", SL_TIMEX_DATE);
          return TRUE;
        }
      if (u == SL_UNIT_QUARTER && c->has_refq)
        d = c->refq;
      else if (!dct_at (c, up, &d))
        {
          set_str (m, "PRESENT_REF", SL_TIMEX_DATE);
          return TRUE;
        }
      else if (u == SL_UNIT_QUARTER && tense_around (c, i, j + 1) < 0)
        d = sl_timex_date_shift (&d, SL_UNIT_QUARTER, -1);
      if (!set_date (m, &d))
        return FALSE;
      m->anchors = FALSE;
      return TRUE;
    }
  /* "the spring", "the summer" (not "the fall of …") */
  if ((info (w)->cats & SL_C_SEASON) && !(info (w)->cats & SL_C_PLURAL) && W (c, j + 1) != SL_W_OF
      && !cap (c, j))
    {
      SlDate d;
      m->end = j + 1;
      m->type = SL_TIMEX_DATE;
      if (w == SL_W_FALL)
        return FALSE;
      /* (what comes before it decides first: "since the spring", "before the summer") */
      if (resolve_season (c, (guint) VAL (c, j), 2, direction (c, i, j + 1), &d))
        return set_date (m, &d);
      g_snprintf (m->value, sizeof m->value, "XXXX-%s",
                  (const char *[]) { "SP", "SU", "FA", "WI" }[CLAMP (VAL (c, j), 1, 4) - 1]);
      return TRUE;
    }
  return FALSE;
}

/* ------------------------------------------------------------------------------------ */
/* modifiers and dispatch                                                                */

typedef enum
{
  PRE_NONE = 0,
  PRE_AMOUNT, /* about, nearly, more than …: quantities and clock times */
  PRE_POINT,  /* early, late, mid, the end of …: calendar dates */
} PreKind;

/* A modifier opening at i; returns where the modified expression starts, 0 when none. */
static guint
prefix_mod (const Ctx *c, guint i, SlMod *mod, PreKind *kind)
{
  guint16 w = W (c, i), w1 = W (c, i + 1);

  *kind = PRE_AMOUNT;
  switch (w)
    {
    case SL_W_ABOUT:
    case SL_W_AROUND:
    case SL_W_ROUGHLY:
    case SL_W_APPROXIMATELY:
    case SL_W_SOME:
      *mod = SL_MOD_APPROX;
      return i + 1;
    case SL_W_NEARLY:
    case SL_W_ALMOST:
    case SL_W_UNDER:
      *mod = SL_MOD_LESS_THAN;
      return i + 1;
    case SL_W_NO:
    case SL_W_NOT:
      /* "no more than sixty days" */
      if (w1 == SL_W_MORE && W (c, i + 2) == SL_W_THAN)
        {
          *mod = SL_MOD_EQUAL_OR_LESS;
          return i + 3;
        }
      if ((w1 == SL_W_LESS || w1 == SL_W_FEWER) && W (c, i + 2) == SL_W_THAN)
        {
          *mod = SL_MOD_EQUAL_OR_MORE;
          return i + 3;
        }
      return 0;
    case SL_W_LESS:
    case SL_W_FEWER:
      if (w1 != SL_W_THAN)
        return 0;
      *mod = SL_MOD_LESS_THAN;
      return i + 2;
    case SL_W_MORE:
      if (w1 != SL_W_THAN)
        return 0;
      *mod = SL_MOD_MORE_THAN;
      return i + 2;
    case SL_W_OVER:
      *mod = SL_MOD_MORE_THAN;
      return i + 1;
    case SL_W_UP:
      if (w1 != SL_W_TO)
        return 0;
      *mod = SL_MOD_EQUAL_OR_LESS;
      return i + 2;
    case SL_W_AT:
      if (w1 == SL_W_LEAST)
        {
          *mod = SL_MOD_EQUAL_OR_MORE;
          return i + 2;
        }
      if (w1 == SL_W_MOST)
        {
          *mod = SL_MOD_EQUAL_OR_LESS;
          return i + 2;
        }
      return 0;
    default:
      break;
    }

  *kind = PRE_POINT;
  switch (w)
    {
    case SL_W_SOMETIME:
      *mod = SL_MOD_NONE;
      return i + 1;
    case SL_W_EARLY:
    case SL_W_LATE:
    case SL_W_MID:
      *mod = w == SL_W_EARLY ? SL_MOD_START : w == SL_W_LATE ? SL_MOD_END : SL_MOD_MID;
      if (hyph (c, i + 1))
        return i + 2;
      return i + 1;
    case SL_W_THE:
      if ((w1 == SL_W_END || w1 == SL_W_BEGINNING || w1 == SL_W_START || w1 == SL_W_MIDDLE
           || w1 == SL_W_CLOSE)
          && W (c, i + 2) == SL_W_OF)
        {
          *mod = w1 == SL_W_END || w1 == SL_W_CLOSE ? SL_MOD_END
                 : w1 == SL_W_MIDDLE ? SL_MOD_MID : SL_MOD_START;
          return i + 3;
        }
      return 0;
    case SL_W_END:
    case SL_W_BEGINNING:
    case SL_W_START:
    case SL_W_MIDDLE:
      if (w1 != SL_W_OF || (i > 0 && (W (c, i - 1) == SL_W_A || W (c, i - 1) == SL_W_THE)))
        return 0;
      *mod = w == SL_W_END ? SL_MOD_END : w == SL_W_MIDDLE ? SL_MOD_MID : SL_MOD_START;
      return i + 2;
    default:
      return 0;
    }
}

static gboolean
starts_quantity (const Ctx *c, guint j)
{
  gint64 n;

  if (parse_card (c, j, &n) || parse_vague (c, j, &n))
    return TRUE;
  return W (c, j) == SL_W_A || W (c, j) == SL_W_AN;
}

/* The rules match_core() tries at every word but the ones below give up at once unless the
 * word is one they open with; most words that reach them ("the", "that", "at", "from") open
 * few or none, so match_core() skips the call, and the clearing of a candidate, for a rule
 * that cannot match. Each list mirrors the opening test of its rule: keep them in step
 * (the test timex-opens tries the skipped rules over every text it has and fails on a
 * match the table would have lost). */
enum
{
  OPENS_SET = 1 << 0,           /* r_set, besides SL_C_SETADV and SL_C_NUMWORD words */
  OPENS_RELATIVE = 1 << 1,      /* r_relative: "the" or a word of rel_word() */
  OPENS_THE = 1 << 2,           /* r_the */
  OPENS_EARLIER_LATER = 1 << 3, /* r_earlier_later */
  OPENS_DEICTIC = 1 << 4,       /* r_deictic: the cases of its switch */
  OPENS_FISCAL = 1 << 5,        /* r_fiscal */
  OPENS_HOLIDAY = 1 << 6,       /* r_holiday: the cases of its switch */
};

static const guint8 word_opens[SL_W_COUNT] = {
  /* r_set */
  [SL_W_ONCE] = OPENS_SET,
  [SL_W_TWICE] = OPENS_SET,
  [SL_W_A] = OPENS_SET | OPENS_DEICTIC,
  [SL_W_AN] = OPENS_SET,
  [SL_W_PER] = OPENS_SET,
  [SL_W_EVERY] = OPENS_SET,
  [SL_W_EACH] = OPENS_SET,
  /* r_relative (and r_the) */
  [SL_W_THE] = OPENS_RELATIVE | OPENS_THE,
  [SL_W_LAST] = OPENS_RELATIVE,
  [SL_W_PAST] = OPENS_RELATIVE,
  [SL_W_THIS] = OPENS_RELATIVE,
  [SL_W_CURRENT] = OPENS_RELATIVE | OPENS_DEICTIC,
  [SL_W_NEXT] = OPENS_RELATIVE,
  [SL_W_COMING] = OPENS_RELATIVE,
  [SL_W_UPCOMING] = OPENS_RELATIVE,
  [SL_W_PREVIOUS] = OPENS_RELATIVE,
  [SL_W_PRECEDING] = OPENS_RELATIVE,
  [SL_W_PRIOR] = OPENS_RELATIVE,
  [SL_W_FOLLOWING] = OPENS_RELATIVE,
  [SL_W_SUBSEQUENT] = OPENS_RELATIVE,
  [SL_W_SAME] = OPENS_RELATIVE,
  [SL_W_THAT] = OPENS_RELATIVE,
  [SL_W_LATEST] = OPENS_RELATIVE,
  [SL_W_FIRST] = OPENS_RELATIVE,
  /* r_earlier_later */
  [SL_W_EARLIER] = OPENS_EARLIER_LATER,
  [SL_W_LATER] = OPENS_EARLIER_LATER,
  /* r_deictic */
  [SL_W_TODAY] = OPENS_DEICTIC,
  [SL_W_YESTERDAY] = OPENS_DEICTIC,
  [SL_W_TOMORROW] = OPENS_DEICTIC,
  [SL_W_TONIGHT] = OPENS_DEICTIC,
  [SL_W_NOW] = OPENS_DEICTIC,
  [SL_W_CURRENTLY] = OPENS_DEICTIC,
  [SL_W_NOWADAYS] = OPENS_DEICTIC,
  [SL_W_RECENTLY] = OPENS_DEICTIC,
  [SL_W_LATELY] = OPENS_DEICTIC,
  [SL_W_RECENT] = OPENS_DEICTIC,
  [SL_W_SOON] = OPENS_DEICTIC,
  [SL_W_FUTURE] = OPENS_DEICTIC,
  [SL_W_THESE] = OPENS_DEICTIC,
  [SL_W_OVERNIGHT] = OPENS_DEICTIC,
  /* r_fiscal */
  [SL_W_FISCAL] = OPENS_FISCAL,
  /* r_holiday */
  [SL_W_CHRISTMAS] = OPENS_HOLIDAY,
  [SL_W_THANKSGIVING] = OPENS_HOLIDAY,
  [SL_W_EASTER] = OPENS_HOLIDAY,
  [SL_W_HALLOWEEN] = OPENS_HOLIDAY,
  [SL_W_NEW] = OPENS_HOLIDAY,
  [SL_W_VALENTINE] = OPENS_HOLIDAY,
  [SL_W_INDEPENDENCE] = OPENS_HOLIDAY,
  [SL_W_LABOR] = OPENS_HOLIDAY,
  [SL_W_MEMORIAL] = OPENS_HOLIDAY,
  [SL_W_ELECTION] = OPENS_HOLIDAY,
};

static gboolean
match_core (Ctx *c, guint i, Match *m)
{
  Match cand;
  gboolean found = FALSE;
  const SlTok *t = &c->t[i];

#define TRY(rule)                                                                          \
  do                                                                                       \
    {                                                                                      \
      match_clear (&cand);                                                                 \
      if (rule (c, i, &cand) && cand.end > i && (!found || cand.end > m->end))             \
        {                                                                                  \
          *m = cand;                                                                       \
          m->begin = i - MIN (cand.back, i);                                               \
          found = TRUE;                                                                    \
        }                                                                                  \
    }                                                                                      \
  while (0)

  if (t->kind == SL_TK_NUM)
    {
      TRY (r_set);
      TRY (r_numeric_date);
      TRY (r_clock);
      TRY (r_year);
      TRY (r_day_month);
      TRY (r_quantity);
      TRY (r_century);
      TRY (r_day_of_month);
      return found;
    }
  if (t->kind == SL_TK_PUNCT)
    {
      if (t->ch == '\'')
        TRY (r_year);
      return found;
    }
  if (t->word == 0)
    return FALSE;
  {
    guint32 cats = info (t->word)->cats;
    guint opens = t->word < SL_W_COUNT ? word_opens[t->word] : 0;

    if (cats & SL_C_MONTH)
      TRY (r_month);
    if (cats & SL_C_WEEKDAY)
      TRY (r_weekday0);
    if (cats & SL_C_ORDWORD)
      TRY (r_ordinal);
    if (cats & SL_C_SEASON)
      TRY (r_season);
    if (cats & SL_C_PARTDAY)
      TRY (r_timeword);
    if (cats & (SL_C_SETADV | SL_C_NUMWORD))
      opens |= OPENS_SET;
/* tests/timex builds this file with SL_TIMEX_CHECK_OPENS: every rule word_opens skips is
 * tried as well, and a match it would have missed stops the test */
#ifdef SL_TIMEX_CHECK_OPENS
#define SKIPPED(rule)                                                                      \
  do                                                                                       \
    {                                                                                      \
      memset (&cand, 0, sizeof cand);                                                      \
      if (rule (c, i, &cand) && cand.end > i)                                              \
        g_error ("word_opens: %s matches at token %u, which it is not listed to open",     \
                 #rule, i);                                                                \
    }                                                                                      \
  while (0)
#else
#define SKIPPED(rule) ((void) 0)
#endif
#define TRY_IF(bit, rule)                                                                  \
  do                                                                                       \
    {                                                                                      \
      if (opens & (bit))                                                                   \
        TRY (rule);                                                                        \
      else                                                                                 \
        SKIPPED (rule);                                                                    \
    }                                                                                      \
  while (0)
    TRY_IF (OPENS_SET, r_set);
    if (cats & SL_C_NUMWORD || t->word == SL_W_A || t->word == SL_W_AN || t->word == SL_W_SEVERAL
        || t->word == SL_W_FEW || t->word == SL_W_MANY || t->word == SL_W_COUPLE
        || t->word == SL_W_NUMEROUS || t->word == SL_W_HALF)
      {
        TRY (r_quantity);
        TRY (r_spoken_year);
        if (cats & SL_C_NUMWORD)
          TRY (r_clock);
      }
    if (cats & SL_C_UNIT)
      {
        TRY (r_year_adj);
        TRY (r_year_end);
        TRY (r_bare_unit);
      }
    if (t->word == SL_W_YEAREND)
      TRY (r_year_end);
    if (cats & SL_C_ORDWORD)
      TRY (r_century);
    if ((cats & SL_C_PARTDAY) || t->word == SL_W_OVERNIGHT || t->word == SL_W_MIDAFTERNOON
        || t->word == SL_W_MIDMORNING)
      TRY (r_partday);
    TRY_IF (OPENS_RELATIVE, r_relative);
    TRY_IF (OPENS_THE, r_the);
    TRY_IF (OPENS_EARLIER_LATER, r_earlier_later);
    TRY_IF (OPENS_DEICTIC, r_deictic);
    TRY_IF (OPENS_FISCAL, r_fiscal);
    TRY_IF (OPENS_HOLIDAY, r_holiday);
  }
#undef TRY_IF
#undef SKIPPED
#undef TRY
  return found;
}

/* "the quarter a year ago", "the period a year earlier", "the same month last year": the
 * period in view, one year back, is one expression. */
static void
year_back_tail (const Ctx *c, Match *m)
{
  SlDate d;
  guint tail;

  if (m->type != SL_TIMEX_DATE || W (c, m->begin) != SL_W_THE
      || (m->date.prec != SL_PREC_QUARTER && m->date.prec != SL_PREC_HALF
          && m->date.prec != SL_PREC_MONTH)
      || !sl_timex_date_valid (&m->date) || m->value[0] < '0' || m->value[0] > '9')
    return;
  if (W (c, m->end) == SL_W_A && W (c, m->end + 1) == SL_W_YEAR
      && (W (c, m->end + 2) == SL_W_AGO || W (c, m->end + 2) == SL_W_EARLIER))
    tail = 3;
  else if (W (c, m->end) == SL_W_LAST && W (c, m->end + 1) == SL_W_YEAR && !hyph (c, m->end + 2))
    tail = 2;
  else
    return;
  /* (a month, or "last year", only when the text called it the same one: "the month a year
   * ago" is not, and "the corresponding period" is already the year-ago one) */
  if ((m->date.prec == SL_PREC_MONTH || tail == 2) && W (c, m->begin + 1) != SL_W_SAME)
    return;
  /* ("the same period last year" beside a count since January is no quarter: "last year"
   * stands alone) */
  if (tail == 2 && W (c, m->begin + 2) == SL_W_PERIOD)
    return;
  d = sl_timex_date_shift (&m->date, SL_UNIT_YEAR, -1);
  if (!set_date (m, &d))
    return;
  m->end += tail;
  m->anchors = FALSE;
}

/* "the day before last Tuesday", "the day after Christmas", "the day before yesterday": a
 * day named right after "the day before" or "the day after" is one expression for its
 * neighbour day, its part of the day kept ("the day after tomorrow morning"). */
static void
day_off_head (const Ctx *c, Match *m)
{
  guint16 dir;
  SlDate d;
  gboolean anchors = m->anchors;
  char tod[sizeof m->value] = "";
  const char *t;

  if ((m->type != SL_TIMEX_DATE && m->type != SL_TIMEX_TIME) || m->begin < 3
      || W (c, m->begin - 3) != SL_W_THE || W (c, m->begin - 2) != SL_W_DAY)
    return;
  dir = W (c, m->begin - 1);
  if (dir != SL_W_BEFORE && dir != SL_W_AFTER)
    return;
  /* (with no publication date "the day before yesterday" is as far past as "yesterday") */
  if (g_str_has_suffix (m->value, "_REF"))
    {
      m->begin -= 3;
      return;
    }
  if (m->date.prec != SL_PREC_DAY || m->value[0] < '0' || m->value[0] > '9'
      || !sl_timex_date_valid (&m->date))
    return;
  if ((t = strchr (m->value, 'T')) != NULL)
    g_strlcpy (tod, t + 1, sizeof tod);
  d = sl_timex_date_shift (&m->date, SL_UNIT_DAY, dir == SL_W_BEFORE ? -1 : 1);
  if (!set_date (m, &d))
    return;
  if (tod[0] != '\0')
    append_time (m, tod);
  m->anchors = anchors;
  m->raw = RAW_NONE; /* (the day read is not the one written: no clue to the publication date) */
  m->begin -= 3;
}

/* "will one day lead the party": after a modal, "one day" is an unspecified future time,
 * not a length of one day. */
static void
modal_one_day (const Ctx *c, Match *m)
{
  guint16 p;
  gboolean pl;

  if (m->type != SL_TIMEX_DURATION || m->end != m->begin + 2 || m->begin == 0
      || W (c, m->begin) != SL_W_ONE || unit_at (c, m->begin + 1, &pl) != SL_UNIT_DAY || pl)
    return;
  p = W (c, m->begin - 1);
  if (p == SL_W_WILL || p == SL_W_WOULD || p == SL_W_COULD || p == SL_W_SHALL
      || (p == SL_W_MAY && !cap (c, m->begin - 1)))
    set_str (m, "FUTURE_REF", SL_TIMEX_DATE);
}

/* Whether token i opens a sentence or a paragraph (a quotation mark before it counts). */
static gboolean
sentence_start (const Ctx *c, guint i)
{
  while (i > 0 && c->t[i - 1].kind == SL_TK_PUNCT && (c->t[i - 1].ch == '"' || c->t[i - 1].ch == '\''))
    i--;
  return i == 0 || (c->t[i].flags & SL_TF_PARA) || sentence_end (c, i - 1)
         || (c->t[i - 1].kind == SL_TK_PUNCT && c->t[i - 1].ch == ':');
}

/* "Wed 10 Jun 2026", "Fri, 10 May 2024": a page's timestamp names the weekday in three
 * letters, which elsewhere are words of their own ("Sun", "wed"), so they join only a full
 * date just after them that falls on that weekday. */
static void
weekday_abbrev_head (const Ctx *c, Match *m)
{
  static const char *const days[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
  guint k = m->begin > 0 && is_p (c, m->begin - 1, ',') ? m->begin - 1 : m->begin;

  if (k == 0 || m->type != SL_TIMEX_DATE || m->raw != RAW_EXPLICIT || m->date.prec != SL_PREC_DAY
      || c->t[k - 1].kind != SL_TK_WORD || !cap (c, k - 1) || c->t[k - 1].end - c->t[k - 1].begin != 3)
    return;
  for (guint d = 0; d < G_N_ELEMENTS (days); d++)
    if (tok_is (c, k - 1, days[d]))
      {
        if (sl_weekday_from_days (sl_days_from_civil (m->date.year, m->date.month, m->date.day)) == d)
          m->begin = k - 1;
        return;
      }
}

static gboolean
match_at (Ctx *c, guint i, Match *m)
{
  SlMod mod;
  PreKind kind;
  guint j;
  guint16 w = W (c, i);

  /* the commonest openers lead nowhere unless a known word or a number follows */
  if ((w == SL_W_THE || w == SL_W_A || w == SL_W_AN || w == SL_W_THIS || w == SL_W_THAT)
      && i + 1 < c->n && c->t[i + 1].kind == SL_TK_WORD && c->t[i + 1].word == 0)
    return FALSE;
  /* "(Gulf Current)", "the Current Affairs desk": a word that is written in lower case as a
   * time is part of a name when it is capitalised beside a capitalised word that is no time
   * word ("Thanksgiving Day" stays a holiday) */
  if (w != 0 && cap (c, i) && !(info (w)->cats & (SL_C_MONTH | SL_C_WEEKDAY | SL_C_SEASON))
      && ((i > 0 && W (c, i - 1) == 0 && c->t[i - 1].kind == SL_TK_WORD && cap (c, i - 1)
           && !sentence_start (c, i - 1))
          || (i + 1 < c->n && W (c, i + 1) == 0 && c->t[i + 1].kind == SL_TK_WORD && cap (c, i + 1)
              && !sentence_start (c, i))))
    return FALSE;
  /* "the day of the week", "the time of the year", "days of the month": a kind of time,
   * not one that happened */
  if (w == SL_W_THE && i >= 2 && W (c, i - 1) == SL_W_OF
      && (W (c, i + 1) == SL_W_WEEK || W (c, i + 1) == SL_W_MONTH || W (c, i + 1) == SL_W_YEAR)
      && (W (c, i - 2) == SL_W_DAY || tok_is (c, i - 2, "days") || tok_is (c, i - 2, "time")
          || tok_is (c, i - 2, "times")))
    return FALSE;
  j = prefix_mod (c, i, &mod, &kind);

  if (j && j < c->n)
    {
      Match inner = { 0 };
      if (match_core (c, j, &inner))
        {
          gboolean ok;
          if (kind == PRE_AMOUNT)
            ok = (starts_quantity (c, j) && (inner.type == SL_TIMEX_DURATION
                                             || inner.type == SL_TIMEX_DATE))
                 || (inner.type == SL_TIMEX_TIME && mod == SL_MOD_APPROX)
                 || (mod == SL_MOD_APPROX && W (c, i) != SL_W_SOME && W (c, i) != SL_W_ABOUT
                     && inner.anchors && inner.raw == RAW_PARTIAL);
          else
            ok = inner.type != SL_TIMEX_DURATION && inner.type != SL_TIMEX_SET
                 && inner.value[0] != 'P' && inner.value[0] != 'F';
          if (W (c, i) == SL_W_OVER && !starts_quantity (c, j))
            ok = FALSE;
          if (W (c, i) == SL_W_SOME && !is_num (c, j) && !(CATS (c, j) & SL_C_NUMWORD))
            ok = FALSE;
          if (ok)
            {
              *m = inner;
              m->begin = i;
              if (m->mod == SL_MOD_NONE || kind == PRE_AMOUNT)
                m->mod = (guint8) mod;
              return TRUE;
            }
        }
    }
  /* "by the end of the decade", "the start of the century": the one the story is in */
  if (j && kind == PRE_POINT && j + 1 < c->n && W (c, j) == SL_W_THE
      && (W (c, j + 1) == SL_W_DECADE || W (c, j + 1) == SL_W_CENTURY) && !hyph (c, j + 2)
      && W (c, j + 2) != SL_W_OF)
    {
      SlDate d;

      match_clear (m);
      if (dct_at (c, W (c, j + 1) == SL_W_DECADE ? SL_PREC_DECADE : SL_PREC_CENTURY, &d)
          && set_date (m, &d))
        {
          m->begin = i;
          m->end = j + 2;
          m->type = SL_TIMEX_DATE;
          m->mod = (guint8) mod;
          m->anchors = FALSE;
          return TRUE;
        }
    }
  match_clear (m);
  if (!match_core (c, i, m))
    return FALSE;
  year_back_tail (c, m);
  modal_one_day (c, m);
  day_off_head (c, m);
  weekday_abbrev_head (c, m);
  return TRUE;
}

/* ------------------------------------------------------------------------------------ */
/* driver                                                                                */

static void
ctx_set_dct (Ctx *c, const SlDate *dct)
{
  c->has_dct = dct != NULL && dct->prec != SL_PREC_NONE && sl_timex_date_valid (dct);
  if (!c->has_dct)
    return;
  c->dct = *dct;
  if (c->dct.prec > SL_PREC_DAY)
    c->dct.prec = SL_PREC_DAY;
  c->dct_lo = sl_timex_date_first_day (&c->dct);
  c->dct_hi = sl_timex_date_last_day (&c->dct);
}

/* Whole days in a duration of days or weeks ("P8D", "P3W", "P3.5W", "P2DT12H"), 0 for any
 * other or for more than two months. */
static gint32
span_days (const char *value)
{
  char *end = NULL;
  guint64 n;

  if (value[0] != 'P' || !g_ascii_isdigit (value[1]))
    return 0;
  n = g_ascii_strtoull (value + 1, &end, 10);
  if (end[0] == '.' && end[1] == '5' && end[2] == 'W')
    n = n * 7 + 3;
  else if (*end == 'W')
    n *= 7;
  else if (*end != 'D')
    return 0;
  return n > 0 && n <= 62 ? (gint32) n : 0;
}

static inline gboolean
said_word (const Ctx *c, guint i)
{
  return (CATS (c, i) & (SL_C_REPORT | SL_C_PAST)) == (SL_C_REPORT | SL_C_PAST);
}

/* Whether the weekday at token w is the day something was said: "KCNA said on Tuesday",
 * "the ministry on Monday announced", "quoted the centre as saying on Friday", "denied the
 * charge on Monday." (a short object, and the clause ends with the day, or what was said
 * follows it: "told a news conference on Thursday that …"). */
static gboolean
said_on (const Ctx *c, guint w)
{
  guint v = w > 0 && W (c, w - 1) == SL_W_ON ? w - 1 : w;

  if ((v > 0 && said_word (c, v - 1)) || (v > 1 && W (c, v - 1) == SL_W_SAYING && W (c, v - 2) == SL_W_AS)
      || (w + 1 < c->n && said_word (c, w + 1)))
    return TRUE;
  if (v == w || !(w + 1 >= c->n || is_p (c, w + 1, '.') || is_p (c, w + 1, ',') || is_p (c, w + 1, ';')
                  || W (c, w + 1) == SL_W_THAT))
    return FALSE;
  for (guint k = 1; k <= 4 && k < v; k++)
    {
      guint16 o = W (c, v - k);

      if (k > 1 && said_word (c, v - k))
        return TRUE;
      /* (words of the object: a determiner or a word the lexicon does not know, not "late") */
      if (c->t[v - k].kind != SL_TK_WORD
          || !(o == 0 || o == SL_W_THE || o == SL_W_A || o == SL_W_AN || o == SL_W_ITS || o == SL_W_THEIR))
        return FALSE;
    }
  return FALSE;
}

/* Appends one match to the hits (and the raw mentions) and moves the narrative anchor. */
static void
emit (Ctx *c, const Match *m, GArray *out, GArray *raws)
{
  /* "the coastguard said on Thursday": the day of a saying is when the news was told, not
   * the day the story's "a day later" or "at 3:20 a.m." count from */
  gboolean said = m->raw == RAW_WEEKDAY && said_on (c, m->begin);

  if (out)
    {
      SlTimexHit hit = { 0 };
      hit.begin = c->t[m->begin].begin;
      hit.end = c->t[m->end - 1].end;
      hit.type = m->type;
      hit.mod = m->mod;
      memcpy (hit.value, m->value, sizeof hit.value);
      hit.value[sizeof hit.value - 1] = '\0';
      if (!sl_time_interval_from_value (hit.value, (SlMod) hit.mod, &hit.start, &hit.end_t)
          && m->hi_day != 0)
        {
          hit.start = m->lo_day * SL_DAY;
          hit.end_t = (m->hi_day + 1) * SL_DAY;
        }
      g_array_append_val (out, hit);
    }
  if (raws && m->type == SL_TIMEX_DURATION && m->mod == SL_MOD_NONE
      && (W (c, m->end) == SL_W_SINCE || W (c, m->end) == SL_W_AFTER))
    {
      /* "in the three weeks since March 2", "eight days after the hearing on May 4" */
      RawMention r = { RAW_SPAN, 0, 0, { 0 }, c->t[m->begin].begin, c->t[m->end - 1].end,
                       span_days (m->value), FALSE, FALSE };
      if (r.span > 0)
        g_array_append_val (raws, r);
    }
  if (raws && m->raw != RAW_NONE)
    {
      RawMention r = { m->raw, m->raw_tense, m->raw_wd, m->raw_date, c->t[m->begin].begin,
                       c->t[m->end - 1].end, 0, FALSE, FALSE };
      if (m->raw != RAW_PARTIAL)
        r.tense = (gint8) tense_around (c, m->begin, m->end);
      r.said = said;
      if (m->raw == RAW_EXPLICIT && m->raw_date.prec == SL_PREC_NONE)
        r.date = m->date;
      g_array_append_val (raws, r);
    }
  /* "a payment that fell due on October 31", "will stay closed until at least Sunday": a
   * deadline, or a bound still ahead, is no day the story went on from ("until October
   * 2015, … that October" is) */
  guint sb = m->begin >= 2 && at_least (c, m->begin - 1) ? m->begin - 2 : m->begin;
  gboolean deadline = (sb >= 2 && W (c, sb - 2) == SL_W_DUE
                       && (W (c, sb - 1) == SL_W_ON || W (c, sb - 1) == SL_W_BY))
                      || (sb >= 1 && (W (c, sb - 1) == SL_W_UNTIL || W (c, sb - 1) == SL_W_TILL)
                          && c->has_dct && m->date.prec >= SL_PREC_DAY
                          && sl_timex_date_first_day (&m->date) > c->dct_hi)
                      || deadline_on (c, sb);

  /* (a year that opens its sentence as when what it tells happened, for a month the
   * sentence names after it: "In 2019, …", "Two years ago, …", "Last year …"; or a season
   * of that year the sentence tells of) */
  static const char *const runs[] = { "season", "harvest", "campaign", "crop" };

  if (m->type == SL_TIMEX_DATE && m->date.prec == SL_PREC_YEAR && m->end > m->begin
      && ((m->begin > 0 && W (c, m->begin - 1) == SL_W_IN && opens_sentence (c, m->begin - 1))
          || ((W (c, m->end - 1) == SL_W_AGO || W (c, m->begin) == SL_W_LAST) && opens_sentence (c, m->begin))
          /* ("crushed 800,000 tonnes in the 2025 season, running from June to December") */
          || (m->begin > 1 && W (c, m->begin - 1) == SL_W_THE && W (c, m->begin - 2) == SL_W_IN
              && tok_is_one_of (c, m->end, runs, G_N_ELEMENTS (runs)))))
    {
      c->has_when_year = TRUE;
      c->when_year = m->date.year;
      c->when_year_end = c->t[m->end - 1].end;
    }
  /* (the hour of a clock time, for the second reading of it that may follow in brackets) */
  {
    const char *tt = m->type == SL_TIMEX_TIME ? strchr (m->value, 'T') : NULL;

    /* (not from that second reading: "at about 10:40 p.m. (1710 GMT)" keeps the local
     * hour for the times told after it) */
    if (tt != NULL && g_ascii_isdigit (tt[1]) && g_ascii_isdigit (tt[2])
        && !(m->begin > 0 && is_p (c, m->begin - 1, '(') && is_p (c, m->end, ')')))
      {
        c->clock_hour = (tt[1] - '0') * 10 + (tt[2] - '0');
        c->clock_min = tt[3] == ':' && g_ascii_isdigit (tt[4]) && g_ascii_isdigit (tt[5])
                         ? (tt[4] - '0') * 10 + (tt[5] - '0')
                         : 0;
        c->clock_end = c->t[m->end - 1].end;
        c->clock_day = m->date;
      }
  }
  /* a clock time on the day just named carries that day on: "on Wednesday … halted at 3:05
   * p.m. … Engineers restarted the line at 8:10 p.m." */
  if (m->type == SL_TIMEX_TIME && c->has_ref_day && m->date.prec >= SL_PREC_DAY
      && sl_timex_date_first_day (&m->date) == sl_timex_date_first_day (&c->ref_day))
    c->ref_day_end = c->t[m->end - 1].end;
  if (m->type == SL_TIMEX_DATE && m->date.prec == SL_PREC_DAY)
    {
      c->has_last_day = TRUE;
      c->last_day = m->date;
      c->last_day_end = c->t[m->end - 1].end;
      c->last_day_deadline = deadline;
    }
  /* ("overnight into Tuesday", "Monday night": the evening an evening hour falls on, though
   * a night alone names no day the story goes on from) */
  if (!m->anchors && m->type == SL_TIMEX_TIME && m->date.prec >= SL_PREC_DAY
      && (g_str_has_suffix (m->value, "TNI") || g_str_has_suffix (m->value, "TEV")))
    {
      c->has_late_day = TRUE;
      c->late_day = m->date;
    }
  if (m->type == SL_TIMEX_TIME && m->date.prec >= SL_PREC_DAY && g_str_has_suffix (m->value, "TMO"))
    {
      c->has_morning_day = TRUE;
      c->morning_day = m->date;
    }
  if (m->type == SL_TIMEX_TIME && m->date.prec >= SL_PREC_DAY && g_str_has_suffix (m->value, "TAF"))
    {
      c->has_afternoon_day = TRUE;
      c->afternoon_day = m->date;
    }
  if (said && m->date.prec >= SL_PREC_DAY)
    {
      c->has_said_day = TRUE;
      c->said_day = m->date;
      c->said_day_end = c->t[m->end - 1].end;
    }
  /* "the fifth round, which had opened on September 8, was over": a day further back told
   * in a relative clause's past perfect is background; "two days later" still counts from
   * the story's own day */
  gboolean background = FALSE;

  /* ("left at 6:15 p.m. (0015 GMT Friday)": the second reading of a time, past midnight in
   * another zone, is no new day of the story) */
  if (m->type == SL_TIMEX_TIME && m->begin >= 2 && is_p (c, m->begin - 1, '(') && is_p (c, m->end, ')')
      && clock_ends_at (c, m->begin - 2))
    background = TRUE;

  if (m->anchors && c->has_ref_day && m->date.prec >= SL_PREC_DAY
      && sl_timex_date_first_day (&m->date) < sl_timex_date_first_day (&c->ref_day))
    {
      static const char *const rels[] = { "which", "that", "who" };

      for (guint k = sb; k >= 2 && sb - k < 8 && !background; k--)
        {
          if (c->t[k - 1].kind == SL_TK_PUNCT || sentence_end (c, k - 1))
            break;
          background = W (c, k - 1) == SL_W_HAD && tok_is_one_of (c, k - 2, rels, G_N_ELEMENTS (rels));
        }
    }
  if (m->anchors && !said && !deadline && !background)
    {
      c->has_ref = TRUE;
      c->ref = m->date;
      if (m->date.prec >= SL_PREC_DAY)
        {
          c->has_ref_day = TRUE;
          c->ref_day = m->date;
          c->ref_day_end = c->t[m->end - 1].end;
          c->ref_day_night = g_str_has_suffix (m->value, "TNI") || g_str_has_suffix (m->value, "TEV");
          /* ("in the early hours of Monday", "the small hours of Sunday") */
          if (m->begin > 1 && W (c, m->begin - 1) == SL_W_OF && tok_is (c, m->begin - 2, "hours"))
            {
              c->has_small_day = TRUE;
              c->small_day = m->date;
            }
          /* ("capsized early on Wednesday": its small hours and its morning) */
          if (m->begin > 1 && W (c, m->begin - 1) == SL_W_ON && W (c, m->begin - 2) == SL_W_EARLY)
            {
              c->has_small_day = c->has_morning_day = TRUE;
              c->small_day = c->morning_day = m->date;
            }
          /* ("late on Monday", "on Monday evening", "Sunday night") */
          if ((m->begin > 1 && W (c, m->begin - 1) == SL_W_ON && W (c, m->begin - 2) == SL_W_LATE)
              || g_str_has_suffix (m->value, "TEV") || g_str_has_suffix (m->value, "TNI"))
            {
              c->has_late_day = TRUE;
              c->late_day = m->date;
            }
          c->ref_day_weekday = m->raw == RAW_WEEKDAY;
          /* ("on Tuesday", "in the early hours of Tuesday", "on the night of Sunday") */
          c->ref_day_on_weekday = m->raw == RAW_WEEKDAY && m->begin > 0
                                  && (W (c, m->begin - 1) == SL_W_ON
                                      /* ("the system used in Monday's election went
                                       * down": the day of the happening, not "after
                                       * Sunday's vote") */
                                      || (is_p (c, m->end, '\'') && W (c, m->end + 1) == SL_W_S
                                          && W (c, m->begin - 1) != SL_W_AFTER
                                          && W (c, m->begin - 1) != SL_W_BEFORE
                                          && W (c, m->begin - 1) != SL_W_SINCE
                                          && W (c, m->begin - 1) != SL_W_UNTIL)
                                      || (m->begin > 1 && W (c, m->begin - 1) == SL_W_OF
                                          && (tok_is (c, m->begin - 2, "hours")
                                              || W (c, m->begin - 2) == SL_W_NIGHT
                                              || W (c, m->begin - 2) == SL_W_MORNING
                                              || W (c, m->begin - 2) == SL_W_EVENING)))
                                  && c->has_dct
                                  && c->dct.prec >= SL_PREC_DAY
                                  && sl_timex_date_first_day (&m->date) < c->dct_lo
                                  && tense_around (c, m->begin, m->end) < 0;
        }
      /* (a day ahead or in a present, "the voters Democrats are counting on on Nov. 8", is
       * not when the news happened; one in the last week of the month before may be, its
       * news told in the days after: "on Saturday, 31 October … said on Monday") */
      if (m->date.prec == SL_PREC_DAY && (m->raw == RAW_EXPLICIT || m->raw == RAW_PARTIAL)
          && m->raw_date.day != 0 && c->has_dct && c->dct.prec < SL_PREC_DAY
          && sl_timex_date_first_day (&m->date) >= c->dct_lo - 6
          && sl_timex_date_first_day (&m->date) <= c->dct_hi
          && (m->raw == RAW_PARTIAL ? m->raw_tense : tense_around (c, m->begin, m->end)) < 0
          /* (nor a bound: "restless since Friday, 6 November") */
          && !(m->begin > 0 && (W (c, m->begin - 1) == SL_W_SINCE || W (c, m->begin - 1) == SL_W_UNTIL
                                || W (c, m->begin - 1) == SL_W_FROM || W (c, m->begin - 1) == SL_W_BEFORE
                                || W (c, m->begin - 1) == SL_W_AFTER || W (c, m->begin - 1) == SL_W_BY))
          /* (nor a day further back than the news already written out: "began on Friday,
           * September 11 … stopped working on the evening of August 30" tells how it came) */
          && !(c->ref_news.has && !c->ref_news.before
               && sl_timex_date_first_day (&m->date) < sl_timex_date_first_day (&c->ref_news.day)))
        {
          c->ref_news = (NewsDay) { TRUE, m->date, pluperfect_near (c, m->begin, m->end) };
          if (!c->first_news.has)
            c->first_news = c->ref_news;
        }
      c->ref_end = c->t[m->end - 1].end;
      c->ref_written = (m->raw == RAW_EXPLICIT || m->raw == RAW_PARTIAL) && m->raw_date.day != 0;
      c->ref_behind = FALSE;
      for (guint k = m->begin; k >= 2 && m->begin - k < 14 && !c->ref_behind; k--)
        {
          /* (a hyphen inside a word, "a two-hour stoppage", is no edge of the clause) */
          if ((c->t[k - 1].kind == SL_TK_PUNCT && !is_p (c, k - 1, '-')) || sentence_end (c, k - 1))
            break;
          c->ref_behind = W (c, k - 1) == SL_W_HAD && k < m->begin
                          && ((CATS (c, k) & SL_C_PAST) || W (c, k) == SL_W_BEEN || word_ends_ed (c, k));
        }
      if (!c->ref_behind && m->date.prec >= SL_PREC_DAY)
        {
          c->has_fore_day = TRUE;
          c->fore_day = m->date;
        }
      /* the reporting quarter is the latest one already over: a quarter still running or
       * ahead ("losses through the third quarter of 1990") or a comparison year back is no
       * report */
      if (m->date.prec == SL_PREC_QUARTER
          && (!c->has_dct || sl_timex_date_last_day (&m->date) < c->dct_hi)
          && (!c->has_refq || sl_timex_date_first_day (&m->date) >= sl_timex_date_first_day (&c->refq)))
        {
          c->has_refq = TRUE;
          c->refq = m->date;
        }
    }
}

/* Inferring the publication date reads a text (its dateline, then all of it) before tagging
 * reads it again: the tokens of the whole text are kept for the next read of the same bytes.
 * A token depends only on where the scan for it starts, and each window of scan() starts at
 * the end of the token before, so a window is a slice of these tokens. */
#define MEMO_MAX_LEN ((gsize) 8 << 20)

static gboolean
memo_ensure (SlTimexTagger *tagger, const char *text, gsize len)
{
  gsize pos = 0;

  if (len == 0 || len > MEMO_MAX_LEN)
    return FALSE;
  if (tagger->memo_toks != NULL && tagger->memo_len == len
      && memcmp (tagger->memo_text, text, len) == 0)
    return TRUE;
  if (tagger->memo_toks == NULL)
    tagger->memo_toks = g_array_new (FALSE, FALSE, sizeof (SlTok));
  g_array_set_size (tagger->memo_toks, 0);
  while (pos < len)
    {
      guint have = tagger->memo_toks->len, got;
      gsize next = pos;

      g_array_set_size (tagger->memo_toks, have + WIN);
      got = sl_timex_tokenize (text, len, pos, &g_array_index (tagger->memo_toks, SlTok, have),
                               WIN, &next);
      g_array_set_size (tagger->memo_toks, have + got);
      pos = next;
    }
  tagger->memo_text = g_realloc (tagger->memo_text, len);
  memcpy (tagger->memo_text, text, len);
  tagger->memo_len = len;
  return TRUE;
}

/* The tokens sl_timex_tokenize (text, MIN (len, cut), 0, toks, max, &next) would write, through
 * the memo of the whole text: a token reads at most four bytes past its end, so the tokens
 * ending well before the cut are the same either way; the few after them are tokenized
 * again. Sets *n; the tokens are read in place in the memo when they all equal its own (the
 * common case), else they are written to toks. */
static const SlTok *
tokenize_memo_prefix (SlTimexTagger *tagger, const char *text, gsize len, gsize cut,
                      SlTok *toks, guint max, guint *n_out)
{
  const SlTok *all;
  guint n = 0, total, tail;
  gsize next;

  if (!memo_ensure (tagger, text, len))
    {
      *n_out = sl_timex_tokenize (text, MIN (len, cut), 0, toks, max, &next);
      return toks;
    }
  all = (const SlTok *) (gpointer) tagger->memo_toks->data;
  total = tagger->memo_toks->len;
  if (len <= cut)
    {
      *n_out = MIN (max, total);
      return all;
    }
  while (n < max && n < total && (gsize) all[n].end + 8 <= cut)
    n++;
  if (n == max)
    {
      *n_out = n;
      return all;
    }
  /* the tail goes to toks + n first: when it matches the memo, nothing needs copying */
  tail = sl_timex_tokenize (text, cut, n > 0 ? all[n - 1].end : 0, toks + n, max - n, &next);
  *n_out = n + tail;
  if (n + tail <= total && memcmp (toks + n, all + n, tail * sizeof (SlTok)) == 0)
    return all;
  memcpy (toks, all, n * sizeof (SlTok));
  return toks;
}

/* pre_news: the first day written out for the news, from a first reading (NULL on that
 * reading); *first_news gets it when not NULL. */
static void
scan (SlTimexTagger *tagger, const char *text, gsize len, const SlDate *dct, GArray *out,
      GArray *raws, const NewsDay *pre_news, NewsDay *first_news)
{
  Ctx c = { .clock_hour = -1 };
  gsize pos = 0;
  guint n = 0, i = 0, floor_tok = 0;
  gboolean eof = FALSE;
  /* With the memo, the window is read in place: it is always the slice memo[base, base + n)
   * (each refill starts at the end of the window's last token), so nothing is copied and
   * moving the window on is moving base. Without it, tokens go into tagger->toks. */
  const SlTok *memo = NULL;
  guint memo_n = 0, base = 0;

  if (len > G_MAXUINT32 - 1)
    len = G_MAXUINT32 - 1; /* offsets are 32-bit; the rest of such a text is skipped */
  if (memo_ensure (tagger, text, len))
    {
      memo = (const SlTok *) (gpointer) tagger->memo_toks->data;
      memo_n = tagger->memo_toks->len;
    }
  c.text = text;
  c.t = memo != NULL ? memo : tagger->toks;
  c.signals_apart = tagger->signals_apart;
  c.hits = out;
  c.hits_from = out != NULL ? out->len : 0;
  ctx_set_dct (&c, dct);
  if (pre_news != NULL)
    c.pre_news = *pre_news;

  for (;;)
    {
      guint limit;

      if (!eof)
        {
          gsize next = pos;

          if (memo != NULL)
            {
              /* what sl_timex_tokenize (text, len, pos, …, WIN - n, &next) would give: the
               * tokens after the window, and next at the end of the text once they are all
               * taken, else at the end of the last one taken */
              guint got = MIN (WIN - n, memo_n - (base + n));

              if (got < WIN - n)
                next = len;
              else if (got > 0)
                next = memo[base + n + got - 1].end;
              n += got;
            }
          else
            n += sl_timex_tokenize (text, len, pos, tagger->toks + n, WIN - n, &next);
          pos = next;
          eof = pos >= len;
        }
      c.n = n;
      limit = eof ? n : (n > AHEAD ? n - AHEAD : 0);

      while (i < limit)
        {
          Match m;

          /* most tokens can open nothing: the tokenizer marked those that can */
          if (!(c.t[i].flags & SL_TF_START))
            {
              do
                i++;
              while (i < limit && !(c.t[i].flags & SL_TF_START));
              continue;
            }
          if (!match_at (&c, i, &m))
            {
              i++;
              continue;
            }
          if (m.begin < floor_tok)
            m.begin = floor_tok;
          /* "a year or two" */
          if (m.type == SL_TIMEX_DURATION && W (&c, m.end) == SL_W_OR
              && (info (W (&c, m.end + 1))->cats & SL_C_NUMWORD) && m.end + 2 <= c.n
              && !(info (W (&c, m.end + 2))->cats & SL_C_UNIT))
            m.end += 2;
          /* "or so" widens an amount */
          if (W (&c, m.end) == SL_W_OR && W (&c, m.end + 1) == SL_W_SO
              && (m.type == SL_TIMEX_DURATION || m.type == SL_TIMEX_DATE))
            {
              m.end += 2;
              if (m.mod == SL_MOD_NONE)
                m.mod = SL_MOD_APPROX;
            }
          /* "must be gone by 6 p.m. on Saturday": the weekday is the one the clock time
           * before it was read with */
          if (m.raw == RAW_WEEKDAY && m.date.prec == SL_PREC_DAY && m.begin >= 2
              && W (&c, m.begin - 1) == SL_W_ON && clock_ends_at (&c, m.begin - 2))
            {
              SlDate d = sl_timex_date_truncate (&c.clock_day, SL_PREC_DAY);
              gint64 gap = sl_timex_date_first_day (&d) - sl_timex_date_first_day (&m.date);

              if (gap != 0 && gap % 7 == 0)
                set_date (&m, &d);
            }
          emit (&c, &m, out, raws);
          /* "April 24 and 25": the second day is an expression of its own */
          if (m.anchors && m.date.prec == SL_PREC_DAY && m.raw_date.day != 0
              && (W (&c, m.end) == SL_W_AND || W (&c, m.end) == SL_W_OR
                  || W (&c, m.end) == SL_W_TO || is_p (&c, m.end, '-'))
              && day_num (&c, m.end + 1) && c.t[m.end + 1].num > m.date.day
              && !(CATS (&c, m.end + 2) & (SL_C_MONTH | SL_C_UNIT))
              && !is_p (&c, m.end + 2, ':') && !is_p (&c, m.end + 2, '%'))
            {
              Match m2 = { 0 };
              SlDate d2 = m.date;
              d2.day = (guint8) c.t[m.end + 1].num;
              m2.begin = m.end + 1;
              m2.end = m.end + 2;
              m2.type = SL_TIMEX_DATE;
              if (set_date (&m2, &d2))
                {
                  emit (&c, &m2, out, raws);
                  m.end = m2.end;
                }
            }
          i = m.end;
          floor_tok = i;
        }
      if (eof)
        break;
      {
        guint keep = i > BEHIND ? i - BEHIND : 0;
        if (memo != NULL)
          {
            base += keep;
            c.t = memo + base;
          }
        else
          memmove (tagger->toks, tagger->toks + keep, (n - keep) * sizeof (SlTok));
        n -= keep;
        i -= keep;
        floor_tok = floor_tok > keep ? floor_tok - keep : 0;
      }
    }
  if (first_news != NULL)
    *first_news = c.first_news;
}

SlTimexTagger *
sl_timex_tagger_new (void)
{
  SlTimexTagger *tagger = g_new0 (SlTimexTagger, 1);

  sl_timex_tagger_set_today (tagger, NULL);
  return tagger;
}

/**
 * sl_timex_tagger_set_today:
 * @today: (nullable): the day to take as today, or %NULL for the system clock (UTC)
 *
 * Publication dates inferred from the text never fall after this day.
 */
void
sl_timex_tagger_set_today (SlTimexTagger *tagger, const SlDate *today)
{
  g_return_if_fail (tagger != NULL);

  if (today != NULL && today->prec == SL_PREC_DAY && sl_timex_date_valid (today))
    tagger->today = *today;
  else
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
      tagger->today = (SlDate) { g_date_time_get_year (now), (guint8) g_date_time_get_month (now),
                                 (guint8) g_date_time_get_day_of_month (now), SL_PREC_DAY };
    }
}

void
sl_timex_tagger_free (SlTimexTagger *tagger)
{
  if (tagger == NULL)
    return;
  g_clear_pointer (&tagger->memo_toks, g_array_unref);
  g_free (tagger->memo_text);
  g_free (tagger);
}

/**
 * sl_timex_tagger_set_timeml_spans:
 * @apart: %TRUE to leave "later", "after" and "before" out of a quantity's span
 *
 * The timeline wants "two days later" as the date it names; TimeML marks those words as
 * signals, so its TIMEX3 is the duration "two days" alone. `tag-timeml` asks for the latter.
 */
void
sl_timex_tagger_set_timeml_spans (SlTimexTagger *tagger, gboolean apart)
{
  g_return_if_fail (tagger != NULL);
  tagger->signals_apart = apart;
}

void
sl_timex_tag (SlTimexTagger *tagger, const char *text, gsize len, const SlDate *dct, GArray *out)
{
  g_return_if_fail (tagger != NULL);
  g_return_if_fail (text != NULL || len == 0);
  g_return_if_fail (out != NULL);
  g_return_if_fail (g_array_get_element_size (out) == sizeof (SlTimexHit));

  if (len == 0)
    return;
  {
    guint first = out->len;
    NewsDay news = { 0 };
    gboolean again = FALSE;

    /* in an article known only to its month, a weekday named before the first day written
     * out for the news is read again against that day */
    scan (tagger, text, len, dct, out, NULL, NULL, &news);
    if (news.has)
      for (guint k = first; k < out->len && !again; k++)
        again = g_str_has_prefix (g_array_index (out, SlTimexHit, k).value, "XXXX-WXX-")
                && g_ascii_isdigit (g_array_index (out, SlTimexHit, k).value[9]);
    if (again)
      {
        g_array_set_size (out, first);
        scan (tagger, text, len, dct, out, NULL, &news, NULL);
      }
  }
}

/* ------------------------------------------------------------------------------------ */
/* publication date                                                                      */

/* A dateline near the top: "SEOUL, May 10 (Yonhap) —", "May 10, 2024", "Published: 2024-05-10".
 * Only the first dozen paragraphs are read. */
/* The end of a clock time written in a dateline or byline ("14:03 BST", "10:32 AM EDT"),
 * 0 when none starts at k. */
static guint
dateline_clock (const Ctx *c, guint k, guint lim)
{
  guint j = k;

  /* "06.40 GMT": the clock as British pages write it, a dot between hour and minutes (the
   * tokenizer reads one number with a decimal part), then a zone or the line's end */
  {
    guint minute;

    if (dotted_minutes (c, j, &minute) && c->t[j].end - c->t[j].begin == c->t[j].ndig + 3u
        && c->t[j].num < 24 && (j + 1 >= lim || (CATS (c, j + 1) & SL_C_TZ)))
      return MIN (j + 1 + (j + 1 < lim), lim);
  }
  if (!is_num (c, j) || c->t[j].ndig > 2)
    return 0;
  j++;
  if (j + 1 < lim && is_p (c, j, ':') && is_num (c, j + 1) && c->t[j + 1].ndig == 2)
    j += 2;
  else if (c->t[k].suffix != SL_SUF_AM && c->t[k].suffix != SL_SUF_PM
           && !(j < lim && (W (c, j) == SL_W_AM || W (c, j) == SL_W_PM))
           && !(j + 1 < lim && c->t[j].kind == SL_TK_WORD && c->t[j].end - c->t[j].begin == 1
                && is_p (c, j + 1, '.')))
    return 0;
  if (j < lim && (W (c, j) == SL_W_AM || W (c, j) == SL_W_PM))
    j++;
  /* "a.m.", "p.m." */
  else if (j + 3 < lim && c->t[j].kind == SL_TK_WORD && c->t[j].end - c->t[j].begin == 1
           && is_p (c, j + 1, '.') && c->t[j + 2].kind == SL_TK_WORD && is_p (c, j + 3, '.'))
    j += 4;
  if (j < lim && (CATS (c, j) & SL_C_TZ))
    j++;
  return MIN (j, lim);
}

/* Whether token k is the "s" of a place's possessive: "St John's", "ST JOHN'S". */
static gboolean
place_possessive (const Ctx *c, guint k)
{
  return k >= 2 && W (c, k) == SL_W_S && is_p (c, k - 1, '\'') && c->t[k - 2].kind == SL_TK_WORD
         && (c->t[k - 2].flags & SL_TF_CAP);
}

/* Whether token b joins the words of a place name: "Bosnia and Herzegovina", "Isle of
 * Man". */
static gboolean
place_joiner (const Ctx *c, guint b)
{
  static const char *const joiners[] = { "and", "of", "the", "de", "del", "da", "do" };

  return b > 0 && b + 1 < c->n && (c->t[b - 1].flags & SL_TF_CAP) && (c->t[b + 1].flags & SL_TF_CAP)
         && c->t[b - 1].kind == SL_TK_WORD && c->t[b + 1].kind == SL_TK_WORD
         && tok_is_one_of (c, b, joiners, G_N_ELEMENTS (joiners));
}

static gboolean
find_dateline (SlTimexTagger *tagger, const char *text, gsize len, SlDate *out, guint *weekday,
               guint *said_days)
{
  guint n, own_weekday;
  Ctx c = { .clock_hour = -1 };
  guint paras = 0;

  c.text = text;
  c.t = tokenize_memo_prefix (tagger, text, len, 6000, tagger->toks, 1500, &n);
  c.n = n;

  /* paragraph by paragraph: each starts where the one before ends */
  for (guint i = 0, para_end; i < n && paras < 12; i = para_end)
    {
      guint k;

      paras++;
      for (para_end = i + 1; para_end < n && !(c.t[para_end].flags & SL_TF_PARA); para_end++)
        ;
      for (k = i; k < para_end && k < i + 16; k++)
        {
          Match m = { 0 };
          gboolean ok = FALSE;
          guint clock_end;

          /* a clock time in a byline ("Updated 10:32 a.m. EDT, May 10, 2024") */
          if (!(CATS (&c, k) & SL_C_MONTH) && (clock_end = dateline_clock (&c, k, para_end)) != 0
              && clock_end < para_end)
            {
              k = clock_end - 1;
              continue;
            }

          m.begin = k;
          if (((CATS (&c, k) & SL_C_MONTH) && r_month (&c, k, &m))
              || (is_num (&c, k) && (r_numeric_date (&c, k, &m) || r_day_month (&c, k, &m))))
            {
              guint e = m.end;

              if (m.raw_date.day == 0)
                break;
              /* what may follow a dateline date */
              if (is_p (&c, e, '('))
                {
                  guint close = e + 1;
                  while (close < para_end && close < e + 10 && !is_p (&c, close, ')'))
                    close++;
                  if (is_p (&c, close, ')'))
                    e = close + 1;
                }
              /* "Posted: Fri 10 May 2024 14:03 BST", "| 14.10.2025, 11:20": a clock time
               * may close the line */
              {
                guint ce = dateline_clock (&c, e, para_end);

                if (ce == 0 && is_p (&c, e, ',') && (ce = dateline_clock (&c, e + 1, para_end)) < para_end)
                  ce = 0;
                if (ce != 0 && (ce >= para_end || is_p (&c, ce, '-') || is_p (&c, ce, '|')))
                  e = ce;
              }
              if (e >= para_end)
                ok = para_end - i <= 16; /* a line holding little but the date */
              else if (is_p (&c, e, '-') || is_p (&c, e, ':') || is_p (&c, e, '|'))
                ok = TRUE;
              if (ok && k > i)
                {
                  /* before the date only a place, a weekday, a byline ("By Jane Doe |"), a
                   * "Published:" label or a clock time ("Updated 10:32 AM EDT,") */
                  for (guint b = i; b < k && ok; b++)
                    {
                      const SlTok *t = &c.t[b];
                      guint ce;
                      if (t->kind == SL_TK_PUNCT)
                        ok = t->ch == ',' || t->ch == '.' || t->ch == ':' || t->ch == '-'
                             || t->ch == '/' || t->ch == '(' || t->ch == ')' || t->ch == '|'
                             || (b + 1 < k && place_possessive (&c, b + 1));
                      else if (t->kind == SL_TK_WORD)
                        ok = (t->flags & SL_TF_CAP) || t->word == SL_W_ON || place_joiner (&c, b)
                             || place_possessive (&c, b);
                      else if ((ce = dateline_clock (&c, b, k)) != 0)
                        b = ce - 1;
                      else
                        ok = FALSE;
                    }
                }
              if (ok)
                {
                  *out = m.raw_date;
                  /* "WILLEMSTAD, Tuesday, February 11 (…) —": a dateline may name its own
                   * weekday */
                  own_weekday = 0;
                  for (guint b = i; b < k; b++)
                    if (weekday_name (&c, b))
                      own_weekday = (guint) VAL (&c, b);
                  /* wire copy names the day of the dateline by its weekday: "NICOSIA,
                   * August 8 (Xinhua) -- The government Saturday condemned …" */
                  *weekday = 0;
                  for (guint w = e, first_w = e; own_weekday == 0 && w < n && w < e + 90
                                                 && !sentence_end (&c, w); w++)
                    if (weekday_name (&c, w))
                      {
                        guint32 before = w > 0 ? W (&c, w - 1) : 0;

                        /* "will cut water from Saturday, the council said on Tuesday": a day
                         * ahead or a bound is not the day of the news */
                        if (before == SL_W_FROM || before == SL_W_UNTIL || before == SL_W_TILL
                            || before == SL_W_BY || before == SL_W_NEXT || before == SL_W_THIS
                            || before == SL_W_BEFORE)
                          continue;
                        /* "ran aground early on Monday, and crews began pumping on
                         * Tuesday": a day or two after the first weekday, told later in the
                         * same sentence and not ahead, is the later news */
                        if (*weekday != 0)
                          {
                            guint d = ((guint) VAL (&c, w) + 7 - *weekday) % 7;
                            gboolean ahead = FALSE;

                            for (guint q = first_w + 1; q < w; q++)
                              ahead = ahead || W (&c, q) == SL_W_WILL || W (&c, q) == SL_W_WOULD
                                      || W (&c, q) == SL_W_SHALL || W (&c, q) == SL_W_LL
                                      || W (&c, q) == SL_W_TO;
                            if ((d == 1 || d == 2) && !ahead)
                              *weekday = (guint) VAL (&c, w);
                            break;
                          }
                        *weekday = (guint) VAL (&c, w);
                        first_w = w;
                      }
                  /* the weekdays on which something was said ("KCNA said on Tuesday",
                   * "the ministry on Monday announced"), as bits 1 (Monday) to 7; "Frosts on
                   * Sunday night and again on Monday night destroyed …, the union estimated
                   * on Wednesday": the day the lead's news was told is the dateline's */
                  *said_days = 0;
                  for (guint w = e, lead = TRUE; w < n; w++)
                    {
                      lead = lead && w < e + 90 && !sentence_end (&c, w);
                      if (weekday_name (&c, w) && said_on (&c, w))
                        {
                          *said_days |= 1u << VAL (&c, w);
                          if (lead)
                            *weekday = (guint) VAL (&c, w);
                        }
                    }
                  if (own_weekday != 0)
                    *weekday = own_weekday;
                  return TRUE;
                }
              break;
            }
          if (c.t[k].kind == SL_TK_WORD && !(c.t[k].flags & SL_TF_CAP) && c.t[k].word != SL_W_ON
              && !place_joiner (&c, k) && !place_possessive (&c, k))
            break;
        }
    }
  return FALSE;
}

static gint
raw_cmp_day (const SlDate *a, const SlDate *b)
{
  guint ad = a->day ? a->day : 15, bd = b->day ? b->day : 15;

  if (a->month != b->month)
    return a->month < b->month ? -1 : 1;
  return ad < bd ? -1 : ad > bd ? 1 : 0;
}

/* The year in which month-day p falls just after the explicit date e. */
static gint32
year_after (const SlDate *e, const SlDate *p)
{
  if (e->prec >= SL_PREC_MONTH && e->month != 0)
    {
      SlDate em = { e->year, e->month, e->prec >= SL_PREC_DAY ? e->day : 0, e->prec };
      if (em.prec == SL_PREC_QUARTER || em.prec == SL_PREC_HALF || em.prec == SL_PREC_SEASON)
        return e->year;
      if (raw_cmp_day (p, &em) < 0)
        return e->year + 1;
    }
  return e->year;
}

/* Months from the explicit date e to month m of year y. */
static gint64
months_after (const SlDate *e, gint32 y, guint m)
{
  return ((gint64) y * 12 + m) - ((gint64) e->year * 12 + e->month);
}

/* The latest year, from lo (or eleven years back when 0) to today, in which month-day
 * plus off days falls on weekday wd (1 = Monday) no later than today; 0 when none does. */
static gint32
year_on_weekday (guint month, guint day, gint32 off, guint wd, gint32 lo, const SlDate *today)
{
  gint64 today_days = sl_timex_date_first_day (today);

  if (month < 1 || month > 12 || day < 1 || wd < 1 || wd > 7)
    return 0;
  if (lo == 0 || lo < today->year - 11)
    lo = today->year - 11;
  for (gint32 y = today->year; y >= lo; y--)
    {
      gint64 d;
      if (day > sl_days_in_month (y, month))
        continue;
      d = sl_days_from_civil (y, month, day) + off;
      if (d <= today_days && sl_weekday_from_days (d) + 1 == wd)
        return y;
    }
  return 0;
}

/* Where the lead ends: the end of the second non-blank line (a headline, then the first
 * paragraph), or of the first when the second starts far down. */
static guint32
lead_paragraph_end (const char *text, gsize len)
{
  guint lines = 0;
  gsize i = 0;

  while (i < len && lines < 2)
    {
      const char *nl = memchr (text + i, '\n', len - i);
      gsize e = nl != NULL ? (gsize) (nl - text) : len;
      gboolean blank = TRUE;

      for (gsize k = i; k < e; k++)
        if (!g_ascii_isspace (text[k]))
          {
            blank = FALSE;
            break;
          }
      if (!blank)
        lines++;
      i = e + 1;
    }
  return (guint32) MIN (i, (gsize) G_MAXUINT32);
}

/* Publication dates from days the text names without a dateline. A yearless date written
 * with its weekday ("Tuesday, August 19") falls in the latest year, no later than today and
 * not before the latest past year named, where the two agree; "eight days after" such a day
 * moves on from it; a full date in the lead ("Monday, July 21, 2025") is itself such a day
 * unless months named without a year (yearless_months) may have come after it.
 * The weekday the lead gives to the news ("on Tuesday") then dates the article to the day
 * when it falls in the week from that day, else only the month of the latest day is sure. */
static gboolean
infer_from_days (const char *text, GArray *raws, gint32 past_year, guint lead_wd, guint32 lead_end,
                 gboolean yearless_months, const SlDate *today, SlDate *dct)
{
  gint64 today_days = sl_timex_date_first_day (today), best = G_MININT64, news;
  gboolean best_day = FALSE;
  guint32 best_at = 0;

  if (past_year == 0)
    return FALSE; /* no year named in the past: nothing to count from */
  for (guint i = 0; i < raws->len; i++)
    {
      const RawMention *r = &g_array_index (raws, RawMention, i);
      const RawMention *prev = i > 0 ? &g_array_index (raws, RawMention, i - 1) : NULL;
      gint32 span = 0, y;
      gint64 d;
      gboolean on_day = FALSE;

      if (r->tense > 0 || r->date.day == 0 || r->date.month < 1 || r->date.month > 12)
        continue;
      guint span_wd = lead_wd;

      /* "three weeks after talks between the two countries, hosted by Brazil, broke down in
       * Brasília on Thursday, October 1": the span reaches the next date in its sentence */
      if (prev && prev->raw == RAW_SPAN && r->begin >= prev->end && r->begin - prev->end < 120
          && memchr (text + prev->end, '.', r->begin - prev->end) == NULL)
        {
          const RawMention *wd = i > 1 ? &g_array_index (raws, RawMention, i - 2) : NULL;

          span = prev->span;
          /* "resumed on Monday, two weeks after the round collapsed on April 6": the weekday
           * just before the span is the day it reaches */
          if (wd && wd->raw == RAW_WEEKDAY && wd->tense <= 0 && wd->wd != 0
              && prev->begin >= wd->end && prev->begin - wd->end < 4)
            span_wd = wd->wd;
        }
      if (r->raw == RAW_PARTIAL && r->wd != 0)
        {
          y = year_on_weekday (r->date.month, r->date.day, 0, r->wd, past_year, today);
          if (y == 0)
            continue;
          d = sl_days_from_civil (y, r->date.month, r->date.day) + span;
          on_day = span == 0 || (lead_wd != 0 && sl_weekday_from_days (d) + 1 == lead_wd);
        }
      else if (r->raw == RAW_PARTIAL && span != 0 && span_wd != 0)
        {
          /* "the ruling on Tuesday came eight days after the hearing on May 4" */
          y = year_on_weekday (r->date.month, r->date.day, span, span_wd, past_year, today);
          if (y == 0)
            continue;
          d = sl_days_from_civil (y, r->date.month, r->date.day) + span;
          on_day = TRUE;
        }
      else if (r->raw == RAW_EXPLICIT && r->date.prec == SL_PREC_DAY && r->begin < lead_end
               && !yearless_months && sl_timex_date_valid (&r->date))
        {
          d = sl_days_from_civil (r->date.year, r->date.month, r->date.day) + span;
          if (r->wd != 0 && sl_weekday_from_days (d - span) + 1 != r->wd)
            continue; /* a weekday that disagrees with its date: a typo somewhere */
          on_day = span == 0;
        }
      else
        continue;
      if (d > today_days || d < best)
        continue;
      best = d;
      best_day = on_day;
      best_at = r->end;
    }
  if (best == G_MININT64)
    return FALSE;
  /* "Police broke up the protest on Saturday, 31 October … The Interior Ministry denied on
   * Sunday … It said on Monday": what is said of a dated day is said on it or in the days
   * after, and the latest of those days is the news */
  {
    /* the news of the lead happens on its weekday in the week from that day on */
    gint64 ahead = lead_wd != 0 ? ((gint64) lead_wd - 1 - sl_weekday_from_days (best) + 7) % 7 : 0;
    gboolean lead_day = best_day && best + ahead <= today_days;
    gint64 lead = lead_day ? best + ahead : best;

    /* … unless something was said later still, nearer after that day than before it
     * ("arrested on Sunday … denied the charge on Monday"): then only the month is sure */
    news = lead;
    for (guint i = 0; i < raws->len; i++)
      {
        const RawMention *r = &g_array_index (raws, RawMention, i);
        gint64 fwd;

        if (r->raw != RAW_WEEKDAY || !r->said || r->tense > 0 || r->wd == 0 || r->begin < best_at)
          continue;
        fwd = ((gint64) r->wd - 1 - sl_weekday_from_days (lead) + 7) % 7;
        if (fwd != 0 && fwd < 7 - fwd && lead + fwd > news && lead + fwd <= today_days)
          news = lead + fwd;
      }
    if (lead_wd != 0 && lead_day && news == lead)
      {
        *dct = sl_timex_date_from_days (lead);
        return TRUE;
      }
  }
  *dct = sl_timex_date_from_days (news);
  dct->day = 0;
  dct->prec = SL_PREC_MONTH;
  return TRUE;
}

/* "in November 2023, ten months ago": a date set beside how long ago it was pins the
 * publication date. Reads ", <number> <unit>s ago" right after text[end]; on success sets
 * *n and *unit (SL_UNIT_YEAR, _MONTH, _WEEK or _DAY). */
static gboolean
ago_after (const char *text, gsize len, guint32 end, gint *n, SlUnit *unit)
{
  static const char *const numbers[] = { "zero", "one", "two", "three", "four", "five", "six",
                                         "seven", "eight", "nine", "ten", "eleven", "twelve" };
  static const struct { const char *word; SlUnit unit; } units[] = {
    { "year", SL_UNIT_YEAR }, { "month", SL_UNIT_MONTH }, { "week", SL_UNIT_WEEK },
    { "day", SL_UNIT_DAY },
  };
  gsize k = end, w;

  if (k + 2 >= len || text[k] != ',' || text[k + 1] != ' ')
    return FALSE;
  k += 2;
  for (w = k; w < len && g_ascii_isalnum (text[w]); w++)
    ;
  if (w == k || w >= len || text[w] != ' ')
    return FALSE;
  *n = -1;
  if (g_ascii_isdigit (text[k]))
    {
      if (w - k > 3)
        return FALSE;
      *n = atoi (text + k);
    }
  else
    for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
      if (w - k == strlen (numbers[i]) && g_ascii_strncasecmp (text + k, numbers[i], w - k) == 0)
        *n = (gint) i;
  if (*n <= 0)
    return FALSE;
  k = w + 1;
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      gsize u = strlen (units[i].word);

      if (k + u <= len && g_ascii_strncasecmp (text + k, units[i].word, u) == 0)
        {
          w = k + u;
          if (w < len && text[w] == 's')
            w++;
          if (w + 4 <= len && strncmp (text + w, " ago", 4) == 0
              && (w + 4 == len || !g_ascii_isalnum (text[w + 4])))
            {
              *unit = units[i].unit;
              return TRUE;
            }
          return FALSE;
        }
    }
  return FALSE;
}

gboolean
sl_timex_infer_dct (SlTimexTagger *tagger, const char *text, gsize len, SlDate *dct,
                    SlDctSource *source)
{
  g_autoptr (GArray) raws = NULL;
  SlDate dateline = { 0 }, e = { 0 }, p = { 0 };
  gboolean have_dateline, have_e = FALSE, have_p = FALSE;
  guint last_month = 0, dateline_weekday = 0, said_days = 0;
  gint64 e_last = G_MININT64;
  guint8 months_seen[13] = { 0 };
  const SlDate *today;
  gint64 today_days;
  gint32 past_year = 0, open_year = 0;
  guint lead_wd = 0;
  guint32 lead_end;

  g_return_val_if_fail (tagger != NULL, FALSE);
  g_return_val_if_fail (text != NULL || len == 0, FALSE);
  g_return_val_if_fail (dct != NULL, FALSE);

  memset (dct, 0, sizeof *dct);
  if (source)
    *source = SL_DCT_NONE;
  if (len == 0)
    return FALSE;
  today = &tagger->today;
  today_days = sl_timex_date_first_day (today);

  have_dateline = find_dateline (tagger, text, len, &dateline, &dateline_weekday, &said_days);
  if (have_dateline && dateline.year != 0)
    {
      *dct = dateline;
      dct->prec = SL_PREC_DAY;
      if (source)
        *source = SL_DCT_TEXT;
      return TRUE;
    }

  raws = g_array_new (FALSE, FALSE, sizeof (RawMention));
  scan (tagger, text, len, NULL, NULL, raws, NULL, NULL);
  lead_end = lead_paragraph_end (text, len);

  for (guint i = 0; i < raws->len; i++)
    {
      const RawMention *r = &g_array_index (raws, RawMention, i);

      switch ((RawKind) r->raw)
        {
        case RAW_EXPLICIT:
          /* the latest year the text puts in the past, no later than today */
          if (r->tense <= 0 && r->date.year > 0 && r->date.year <= today->year)
            {
              if (r->tense < 0)
                past_year = MAX (past_year, r->date.year);
              else
                open_year = MAX (open_year, r->date.year);
            }
          if (r->tense <= 0 && r->date.prec >= SL_PREC_YEAR && sl_timex_date_valid (&r->date))
            {
              gint64 last = sl_timex_date_last_day (&r->date);
              if (last > e_last)
                {
                  e_last = last;
                  e = r->date;
                  have_e = TRUE;
                }
            }
          break;
        case RAW_PARTIAL:
          if (r->tense <= 0 && r->date.month >= 1 && r->date.month <= 12)
            months_seen[r->date.month] = 1;
          break;
        case RAW_LAST_MONTH:
          if (r->date.month >= 1 && r->date.month <= 12)
            last_month = r->date.month;
          break;
        case RAW_WEEKDAY:
          if (lead_wd == 0 && r->tense <= 0 && r->begin < lead_end)
            lead_wd = r->wd;
          break;
        case RAW_NONE:
        case RAW_SPAN:
        default:
          break;
        }
    }
  if (past_year == 0)
    past_year = open_year;

  /* "in November 2023, ten months ago": the date and its distance give the publication
   * month; "in February 2017, nine years ago" the year, which the weekdays may then narrow */
  if (!have_dateline)
    for (guint i = 0; i < raws->len; i++)
      {
        const RawMention *r = &g_array_index (raws, RawMention, i);
        SlUnit unit;
        gint n;

        if (r->raw != RAW_EXPLICIT || r->date.year <= 0 || r->date.prec < SL_PREC_YEAR
            || !ago_after (text, len, r->end, &n, &unit))
          continue;
        if (unit == SL_UNIT_YEAR)
          {
            SlDate y = { 0 };

            y.year = r->date.year + n;
            y.prec = SL_PREC_YEAR;
            if (y.year > today->year)
              continue;
            if (!(infer_from_days (text, raws, y.year, lead_wd, lead_end, have_p, today, dct)
                  && dct->year == y.year))
              *dct = y;
            if (source)
              *source = SL_DCT_INFERRED;
            return TRUE;
          }
        if (unit == SL_UNIT_MONTH && r->date.prec >= SL_PREC_MONTH && r->date.month >= 1
            && r->date.month <= 12 && r->date.prec != SL_PREC_QUARTER
            && r->date.prec != SL_PREC_HALF && r->date.prec != SL_PREC_SEASON)
          {
            gint total = (gint) r->date.year * 12 + (gint) r->date.month - 1 + n;
            SlDate m = { 0 };

            m.year = total / 12;
            m.month = total % 12 + 1;
            m.prec = SL_PREC_MONTH;
            if (!sl_timex_date_valid (&m) || sl_timex_date_first_day (&m) > today_days)
              continue;
            /* the weekdays may name the day within that month */
            if (!(infer_from_days (text, raws, m.year, lead_wd, lead_end, have_p, today, dct)
                  && dct->year == m.year && dct->month == m.month))
              *dct = m;
            if (source)
              *source = SL_DCT_INFERRED;
            return TRUE;
          }
      }

  /* The latest month-day mentioned without a year. Months are read on a circle so that an
   * article spanning December and January puts January last: the circle opens after its
   * widest gap. */
  {
    guint first_after_gap = 0, best_gap = 0;
    for (guint m = 1; m <= 12; m++)
      {
        guint gap = 0;
        if (!months_seen[m])
          continue;
        for (guint k = 1; k <= 12; k++)
          {
            guint prev = ((m + 12 - 1 - k) % 12) + 1;
            if (months_seen[prev])
              break;
            gap++;
          }
        if (gap >= best_gap)
          {
            best_gap = gap;
            first_after_gap = m;
          }
      }
    if (first_after_gap)
      {
        /* order partial mentions by their position on the circle */
        for (guint i = 0; i < raws->len; i++)
          {
            const RawMention *r = &g_array_index (raws, RawMention, i);
            guint pos, best_pos;

            if (r->raw != RAW_PARTIAL || r->tense > 0 || r->date.month < 1)
              continue;
            pos = (r->date.month + 12 - first_after_gap) % 12;
            best_pos = have_p ? (p.month + 12 - first_after_gap) % 12 : 0;
            if (!have_p || pos > best_pos
                || (pos == best_pos && (r->date.day ? r->date.day : 0) > p.day))
              {
                p = r->date;
                have_p = TRUE;
              }
          }
      }
  }

  /* Explicit years mostly name earlier years and yearless dates the current one, so the
   * latest explicit date only fixes the year when it is recent: at most six months before
   * a yearless dateline, three before the month other yearless dates point to, or named
   * again as "last <month>". */
  if (have_dateline)
    {
      /* a dateline without a year: news is not published in the future, nor before the
       * latest year it speaks of in the past; the latest year between in which that day falls
       * on the weekday the first sentence gives */
      gint32 y = 0;
      /* … unless the news is a day old: "fired a missile on Monday" and "KCNA said on
       * Tuesday" put the dateline on the Tuesday, the day it was said */
      if (dateline_weekday != 0 && !(said_days & (1u << dateline_weekday))
          && (said_days & (1u << (dateline_weekday % 7 + 1))))
        y = year_on_weekday (dateline.month, dateline.day, -1, dateline_weekday, past_year, today);
      if (y == 0 && dateline_weekday != 0)
        y = year_on_weekday (dateline.month, dateline.day, 0, dateline_weekday, past_year, today);
      /* … or older: "boarded a tanker late on Tuesday" and "the navy denied on Thursday" put
       * a dateline that can fall on no Tuesday on the first day after it on which something
       * was said */
      for (guint d = 1; y == 0 && dateline_weekday != 0 && d < 7; d++)
        {
          guint wd = (dateline_weekday + d - 1) % 7 + 1;

          if (said_days & (1u << wd))
            y = year_on_weekday (dateline.month, dateline.day, 0, wd, past_year, today);
        }
      if (y != 0)
        {
          *dct = dateline;
          dct->year = y;
          dct->prec = SL_PREC_DAY;
          if (source)
            *source = SL_DCT_TEXT;
          return TRUE;
        }
      if (!have_e || e.prec < SL_PREC_MONTH || e.prec == SL_PREC_QUARTER
          || e.prec == SL_PREC_HALF || e.prec == SL_PREC_SEASON)
        return FALSE;
      *dct = dateline;
      dct->year = year_after (&e, &dateline);
      if (months_after (&e, dct->year, dateline.month) > 6)
        return FALSE;
      dct->prec = SL_PREC_DAY;
      if (!sl_timex_date_valid (dct) || sl_timex_date_first_day (dct) > today_days)
        return FALSE;
      if (source)
        *source = SL_DCT_TEXT;
      return TRUE;
    }

  /* the latest yearless month shortly after the latest dated one */
  if (have_p && have_e && e.prec >= SL_PREC_MONTH && e.prec != SL_PREC_QUARTER
      && e.prec != SL_PREC_HALF && e.prec != SL_PREC_SEASON)
    {
      SlDate m = { 0 };
      gboolean ok = TRUE;

      if (last_month != 0 && e.month == last_month)
        /* "last September" naming the September of the latest explicit date fixes the
         * year: the most recent September before the publication month is that one */
        m.year = p.month > last_month ? e.year : e.year + 1;
      else
        {
          /* a yearless date more than a quarter after the latest dated one may as well
           * fall a year or more later: too weak to date the article */
          m.year = year_after (&e, &p);
          ok = months_after (&e, m.year, p.month) <= 3;
        }
      m.month = p.month;
      m.prec = SL_PREC_MONTH;
      /* "Wednesday, January 14": a weekday written with that day must fall on it that year,
       * or the weekdays below date the article better */
      for (guint i = 0; ok && p.day != 0 && i < raws->len; i++)
        {
          const RawMention *r = &g_array_index (raws, RawMention, i);

          if (r->raw == RAW_PARTIAL && r->wd != 0 && r->date.month == p.month && r->date.day == p.day
              && sl_weekday_from_days (sl_days_from_civil (m.year, p.month, p.day)) + 1 != r->wd)
            ok = FALSE;
        }
      if (ok && sl_timex_date_valid (&m) && sl_timex_date_first_day (&m) <= today_days)
        {
          *dct = m;
          if (source)
            *source = SL_DCT_INFERRED;
          return TRUE;
        }
    }

  /* else days the text dates by their weekdays or in full */
  if (infer_from_days (text, raws, past_year, lead_wd, lead_end, have_p, today, dct))
    {
      if (source)
        *source = SL_DCT_INFERRED;
      return TRUE;
    }
  return FALSE;
}
