/* sl-timex-scan.h: the timex tagger's tokenizer and lexicon (internal to app/extract).
 *
 * The tokenizer never decodes UTF-8: token boundaries fall on ASCII bytes or the ends of the
 * text, so offsets stay on character boundaries even in invalid input, and NUL bytes are
 * treated as spaces. Words are looked up, lowercased, in a fixed open-addressing table. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  SL_TK_WORD = 0,
  SL_TK_NUM,
  SL_TK_PUNCT,
} SlTokKind;

typedef enum
{
  SL_TF_CAP = 1 << 0,      /* word starts with an upper-case letter */
  SL_TF_ALLCAP = 1 << 1,   /* every letter upper-case (and more than one) */
  SL_TF_SPACE = 1 << 2,    /* whitespace precedes the token */
  SL_TF_PARA = 1 << 3,     /* a line break precedes the token */
  SL_TF_COMMA = 1 << 4,    /* number written with thousands separators */
  SL_TF_DECIMAL = 1 << 5,  /* number has a decimal part */
  SL_TF_NONASCII = 1 << 6, /* word holds non-ASCII bytes */
  SL_TF_DOT = 1 << 7,      /* a '.' follows with no space (abbreviation or sentence end) */
  SL_TF_LEADZERO = 1 << 8, /* number written with a leading zero ("09") */
  SL_TF_START = 1 << 9,    /* the token can open an expression: a number, a '\'' or a
                            * lexicon word other than a pure function word */
} SlTokFlags;

/* Suffix glued to a number: "1970s", "28th", "3pm", "122mm". */
typedef enum
{
  SL_SUF_NONE = 0,
  SL_SUF_S,
  SL_SUF_ORD,
  SL_SUF_AM,
  SL_SUF_PM,
  SL_SUF_OTHER,
} SlNumSuffix;

typedef struct
{
  guint32 begin, end;
  guint8  kind;   /* SlTokKind */
  guint8  suffix; /* SlNumSuffix, for numbers */
  guint8  ndig;   /* digits in a number, excluding separators (capped at 255) */
  guint8  ch;     /* the character of a punctuation token; '\'' for ’, '-' for dashes */
  guint16 flags;  /* SlTokFlags */
  guint16 word;   /* SlWord id, 0 when not in the lexicon */
  gint32  num;    /* value of a number (saturates at 999999999) */
} SlTok;

/* Lexicon categories (bit mask). */
enum
{
  SL_C_MONTH = 1 << 0,     /* val: 1..12 */
  SL_C_WEEKDAY = 1 << 1,   /* val: 1 (Monday) .. 7 */
  SL_C_UNIT = 1 << 2,      /* val: SlUnit; plural in SL_C_PLURAL */
  SL_C_PLURAL = 1 << 3,
  SL_C_NUMWORD = 1 << 4,   /* val: the number */
  SL_C_ORDWORD = 1 << 5,   /* val: the ordinal */
  SL_C_SEASON = 1 << 6,    /* val: 1 SP .. 4 WI */
  SL_C_PARTDAY = 1 << 7,   /* val: SlPartDay */
  SL_C_TZ = 1 << 8,        /* val: offset in minutes + 1000 */
  SL_C_SETADV = 1 << 9,    /* daily, weekly…: val SlUnit */
  SL_C_FUTURE = 1 << 10,   /* future-tense cue */
  SL_C_PAST = 1 << 11,     /* past-tense cue */
  SL_C_MONTHABBR = 1 << 12,/* month abbreviation that wants a '.' or a day after it */
  SL_C_TENS = 1 << 13,     /* twenty, thirty…: combine with a following unit number word */
  SL_C_REPORT = 1 << 14,   /* reporting verb: said, announced… (past) */
};

typedef enum
{
  SL_UNIT_NONE = 0,
  SL_UNIT_SECOND,
  SL_UNIT_MINUTE,
  SL_UNIT_HOUR,
  SL_UNIT_DAY,
  SL_UNIT_WEEK,
  SL_UNIT_FORTNIGHT,
  SL_UNIT_MONTH,
  SL_UNIT_QUARTER,
  SL_UNIT_HALF,
  SL_UNIT_YEAR,
  SL_UNIT_DECADE,
  SL_UNIT_CENTURY,
  SL_UNIT_MILLENNIUM,
  SL_UNIT_WEEKEND,
  SL_UNIT_SEASON,
  SL_UNIT_NIGHT,
} SlUnit;

typedef enum
{
  SL_PD_NONE = 0,
  SL_PD_MO,
  SL_PD_AF,
  SL_PD_EV,
  SL_PD_NI,
  SL_PD_MI, /* midday / noon (12:00) */
  SL_PD_MIDNIGHT,
  SL_PD_DT,
} SlPartDay;

/* Word ids the grammar names directly. Category members without a special role share the
 * generic ids below; every surface form still gets its own lexicon row. */
typedef enum
{
  SL_W_NONE = 0,
#define SL_LEX(id, text, cats, val) id,
#include "sl-timex-lexicon.inc"
#undef SL_LEX
  SL_W_COUNT
} SlWord;

typedef struct
{
  guint32 cats;
  gint32  val;
} SlLexInfo;

extern const SlLexInfo sl_timex_lex_table[SL_W_COUNT];

/* Lexicon lookup of an ASCII word (any case); 0 when not found. */
guint16          sl_timex_lex_lookup (const char *s, gsize len);

/* Categories and value of a word id (0 gives no categories). */
static inline const SlLexInfo *
sl_timex_lex_info (guint16 word)
{
  return &sl_timex_lex_table[word < SL_W_COUNT ? word : 0];
}

/* Tokenizes text[pos, len) into toks (at most max), returning the number written and
 * setting *next to where the following call should continue (always > pos unless
 * pos == len). Stops early only when the buffer is full. */
guint            sl_timex_tokenize   (const char *text,
                                      gsize       len,
                                      gsize       pos,
                                      SlTok      *toks,
                                      guint       max,
                                      gsize      *next);

G_END_DECLS
