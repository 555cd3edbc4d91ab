/* sl-timex-scan.c: byte-level tokenizer and the lexicon hash for the timex tagger. */
#include "sl-timex-scan.h"

#include <string.h>

#define LEX_MAX_LEN  15
#define LEX_BITS     11
#define LEX_SLOTS    (1u << LEX_BITS) /* about four slots a word: probes rarely go past one */

typedef struct
{
  const char *text;
  guint32     cats;
  gint32      val;
} LexRow;

static const LexRow lex_rows[SL_W_COUNT] = {
  [SL_W_NONE] = { NULL, 0, 0 },
#define SL_LEX(id, text, cats, val) [id] = { text, cats, val },
#include "sl-timex-lexicon.inc"
#undef SL_LEX
};

const SlLexInfo sl_timex_lex_table[SL_W_COUNT] = {
  [SL_W_NONE] = { 0, 0 },
#define SL_LEX(id, text, cats, val) [id] = { cats, val },
#include "sl-timex-lexicon.inc"
#undef SL_LEX
};

/* A word of up to 15 letters is looked up as a key of two 64-bit integers: its bytes, lower
 * case, byte i at bits 8 * (i % 8) of k[i / 8], the rest zero. Every lexicon word is lower-case
 * ASCII letters only, so equal keys are equal words of equal length, and a lookup is one hash
 * and one or two integer compares instead of a byte loop and a memcmp per word. */
typedef struct
{
  guint64 k[2];
} LexKey;

/* A slot holds a word id and, above it, the word's SL_TF_START: one load gives the tokenizer
 * both. An empty slot is 0: no word, and no start. */
static guint32   lex_slots[LEX_SLOTS];
static LexKey    lex_keys[SL_W_COUNT];

/* The lexicon words that cannot open an expression: the pure function words. Every other
 * lexicon word can; a word not in the lexicon cannot. */
static const guint16 no_start_words[] = {
  SL_W_OF,   SL_W_IN,   SL_W_ON,   SL_W_AND,  SL_W_OR,    SL_W_TO,    SL_W_FOR,
  SL_W_BY,   SL_W_AS,   SL_W_IS,   SL_W_ARE,  SL_W_WAS,   SL_W_WERE,  SL_W_BE,
  SL_W_BEEN, SL_W_HAS,  SL_W_HAVE, SL_W_HAD,  SL_W_SAID,  SL_W_SAYS,  SL_W_WILL,
  SL_W_WOULD, SL_W_COULD, SL_W_S,  SL_W_THAN,
};

/* The key of the ASCII letters s[0, len), 1 <= len <= LEX_MAX_LEN; room is how many bytes
 * from s may be read (at least len). */
static inline LexKey
lex_key (const guchar *s, gsize len, gsize room)
{
  LexKey key = { { 0, 0 } };

#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  if (room >= 16)
    {
      /* two loads and a mask: far cheaper than a byte loop, and the bytes past the word are
       * inside the text */
      guint64 lo, hi;

      memcpy (&lo, s, 8);
      memcpy (&hi, s + 8, 8);
      if (len < 8)
        {
          guint64 mask = (G_GUINT64_CONSTANT (1) << (8 * len)) - 1;
          key.k[0] = (lo | G_GUINT64_CONSTANT (0x2020202020202020)) & mask;
        }
      else
        {
          guint64 mask = (G_GUINT64_CONSTANT (1) << (8 * (len - 8))) - 1;
          key.k[0] = lo | G_GUINT64_CONSTANT (0x2020202020202020);
          key.k[1] = (hi | G_GUINT64_CONSTANT (0x2020202020202020)) & mask;
        }
      return key;
    }
#endif
  (void) room;
  for (gsize i = 0; i < len; i++)
    key.k[i / 8] |= (guint64) (s[i] | 0x20) << (8 * (i % 8));
  return key;
}

static inline guint32
lex_hash (const LexKey *key)
{
  guint64 h = (key->k[0] ^ (key->k[1] * G_GUINT64_CONSTANT (0xC2B2AE3D27D4EB4F)))
              * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  return (guint32) (h >> (64 - LEX_BITS));
}

static void
lex_build (void)
{
  guint32 start[SL_W_COUNT];

  for (guint id = 0; id < SL_W_COUNT; id++)
    start[id] = SL_TF_START;
  for (guint k = 0; k < G_N_ELEMENTS (no_start_words); k++)
    start[no_start_words[k]] = 0;
  for (guint id = 1; id < SL_W_COUNT; id++)
    {
      const char *s = lex_rows[id].text;
      gsize len = strlen (s);
      guint32 h;

      g_assert (len >= 1 && len <= LEX_MAX_LEN);
      for (gsize i = 0; i < len; i++)
        g_assert (s[i] >= 'a' && s[i] <= 'z');
      lex_keys[id] = lex_key ((const guchar *) s, len, len);
      h = lex_hash (&lex_keys[id]);
      while (lex_slots[h] != 0)
        {
          g_assert (strcmp (lex_rows[lex_slots[h] & 0xFFFF].text, s) != 0);
          h = (h + 1) & (LEX_SLOTS - 1);
        }
      lex_slots[h] = id | start[id] << 16;
    }
}

static void
lex_ensure (void)
{
  static gsize built = 0;

  if (g_once_init_enter (&built))
    {
      lex_build ();
      g_once_init_leave (&built, 1);
    }
}

/* The slot of the word with this key: its id | its SL_TF_START << 16, 0 when not found. */
static inline guint32
lex_lookup_key (const LexKey *key)
{
  guint32 h = lex_hash (key);

  for (;;)
    {
      guint32 e = lex_slots[h];
      guint id = e & 0xFFFF;
      if (e == 0 || (lex_keys[id].k[0] == key->k[0] && lex_keys[id].k[1] == key->k[1]))
        return e;
      h = (h + 1) & (LEX_SLOTS - 1);
    }
}

/* As lex_lookup_key() for the ASCII letters s[0, len) in any case; room as for lex_key(). */
static inline guint32
lex_lookup_letters (const guchar *s, gsize len, gsize room)
{
  LexKey key;

  if (len > LEX_MAX_LEN)
    return 0;
  key = lex_key (s, len, room);
  return lex_lookup_key (&key);
}

guint16
sl_timex_lex_lookup (const char *s, gsize len)
{
  lex_ensure ();
  if (len == 0 || len > LEX_MAX_LEN)
    return 0;
  /* the lexicon holds letters only: anything else is no word of it */
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isalpha (s[i]))
      return 0;
  return (guint16) lex_lookup_letters ((const guchar *) s, len, len);
}

/* Byte classes, one table lookup per byte in the scanning loop. */
enum
{
  CL_ALPHA = 1 << 0,
  CL_UPPER = 1 << 1,
  CL_DIGIT = 1 << 2,
  CL_SPACE = 1 << 3, /* ASCII controls, space and DEL */
  CL_HIGH = 1 << 4,  /* bytes of multi-byte UTF-8 sequences (or invalid bytes) */
};

#define R4(x) x, x, x, x
#define R8(x) R4 (x), R4 (x)
#define R16(x) R8 (x), R8 (x)
static const guint8 byte_class[256] = {
  /* 0x00-0x1F */ R16 (CL_SPACE), R16 (CL_SPACE),
  /* ' ' */ CL_SPACE,
  /* !"#$%&'()*+,-./ */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  /* 0-9 */ R8 (CL_DIGIT), CL_DIGIT, CL_DIGIT,
  /* :;<=>?@ */ 0, 0, 0, 0, 0, 0, 0,
  /* A-Z */ R16 (CL_ALPHA | CL_UPPER), R8 (CL_ALPHA | CL_UPPER), CL_ALPHA | CL_UPPER,
  CL_ALPHA | CL_UPPER,
  /* [\]^_` */ 0, 0, 0, 0, 0, 0,
  /* a-z */ R16 (CL_ALPHA), R8 (CL_ALPHA), CL_ALPHA, CL_ALPHA,
  /* {|}~ */ 0, 0, 0, 0,
  /* DEL */ CL_SPACE,
  /* 0x80-0xFF */ R16 (CL_HIGH), R16 (CL_HIGH), R16 (CL_HIGH), R16 (CL_HIGH),
  R16 (CL_HIGH), R16 (CL_HIGH), R16 (CL_HIGH), R16 (CL_HIGH),
};
#undef R16
#undef R8
#undef R4

G_STATIC_ASSERT (sizeof byte_class == 256);

static inline gboolean
is_alpha (guchar c)
{
  return (byte_class[c] & CL_ALPHA) != 0;
}

static inline gboolean
is_digit (guchar c)
{
  return (byte_class[c] & CL_DIGIT) != 0;
}

#if G_BYTE_ORDER == G_LITTLE_ENDIAN && defined (__GNUC__)
/* The top bit of each byte of v (eight bytes of text, the first at the low end) that is no
 * ASCII letter: per byte, fold case and drop the top bit, then the top bit of x + 0x1F says
 * x >= 'a' and that of x + 0x05 says x > 'z'; a byte with its own top bit set is no letter. */
static inline guint64
nonletter_bytes (guint64 v)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  guint64 x = (v | (0x20 * ones)) & (0x7F * ones);
  guint64 letter = (x + 0x1F * ones) & ~(x + 0x05 * ones) & ~v & (0x80 * ones);

  return ~letter & (0x80 * ones);
}
#endif

/* Length of a multi-byte sequence we treat as punctuation or space at p, or 0. Curly quotes
 * become '\'' or '"', dashes '-', the no-break space a space (*ch = ' '). */
static inline guint
special_seq (const guchar *p, const guchar *end, guchar *ch)
{
  if (p[0] == 0xE2 && end - p >= 3 && p[1] == 0x80)
    {
      switch (p[2])
        {
        case 0x98: case 0x99: *ch = '\''; return 3;
        case 0x9C: case 0x9D: *ch = '"'; return 3;
        case 0x90: case 0x91: case 0x92: case 0x93: case 0x94: case 0x95: *ch = '-'; return 3;
        case 0xAF: case 0x89: case 0x8A: *ch = ' '; return 3; /* narrow and thin spaces */
        default: return 0;
        }
    }
  if (p[0] == 0xC2 && end - p >= 2 && p[1] == 0xA0)
    {
      *ch = ' ';
      return 2;
    }
  return 0;
}

guint
sl_timex_tokenize (const char *text, gsize len, gsize pos, SlTok *toks, guint max, gsize *next)
{
  const guchar *base = (const guchar *) text;
  const guchar *p = base + pos;
  const guchar *end = base + len;
  guint n = 0;

  lex_ensure ();

  while (n < max)
    {
      guint16 flags = 0;
      SlTok *t;
      guchar c, sch = 0;
      guint sl;

      /* whitespace, control bytes (NUL included) and wide spaces; first the one plain space
       * that parts most tokens */
      if (p >= end)
        goto done;
      c = *p;
      if (c == ' ')
        {
          flags = SL_TF_SPACE;
          if (++p >= end)
            goto done;
          c = *p;
        }
      for (;;)
        {
          if (byte_class[c] & CL_SPACE)
            {
              flags |= SL_TF_SPACE;
              if (c == '\n' || c == '\r')
                flags |= SL_TF_PARA;
              if (++p >= end)
                goto done;
              c = *p;
              continue;
            }
          if (c >= 0x80 && (sl = special_seq (p, end, &sch)) != 0 && sch == ' ')
            {
              flags |= SL_TF_SPACE;
              p += sl;
              if (p >= end)
                goto done;
              c = *p;
              continue;
            }
          break;
        }

      t = &toks[n++];
      memset (t, 0, sizeof *t);
      t->begin = (guint32) (p - base);

      if (is_alpha (c) || (c >= 0x80 && special_seq (p, end, &sch) == 0))
        {
          const guchar *w = p;
          guint8 all = CL_UPPER; /* the classes of the ASCII letters ANDed together */
          gsize nonascii = 0;

          if (c >= 'A' && c <= 'Z')
            flags |= SL_TF_CAP;
#if G_BYTE_ORDER == G_LITTLE_ENDIAN && defined (__GNUC__)
          /* The common word: ASCII letters ending inside the first sixteen bytes, followed by
           * an ASCII byte or by a curly quote or dash. Its flags and its lexicon key come from
           * the loads that find its end: what the general loop below and lex_key() would
           * compute, without going over the bytes again. ("a.m." and "p.m." are left to the
           * general path.) */
          if (end - p >= 16)
            {
              const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
              guint64 v, v2 = 0, stop, lower;
              guint run;
              LexKey key;

              memcpy (&v, p, 8);
              stop = nonletter_bytes (v);
              if (stop != 0)
                {
                  run = (guint) __builtin_ctzll (stop) / 8; /* >= 1: c is a letter */
                  v &= (G_GUINT64_CONSTANT (1) << (8 * run)) - 1;
                  key.k[0] = v | (0x20 * ones & ((G_GUINT64_CONSTANT (1) << (8 * run)) - 1));
                  key.k[1] = 0;
                  lower = v;
                }
              else
                {
                  memcpy (&v2, p + 8, 8);
                  stop = nonletter_bytes (v2);
                  run = stop != 0 ? (guint) __builtin_ctzll (stop) / 8 : 8;
                  key.k[0] = v | 0x20 * ones;
                  key.k[1] = 0;
                  /* (sixteen letters and more go the general way below: no mask of 64 bits,
                   * which would be a shift by the width of the type) */
                  if (run < 8)
                    {
                      guint64 mask = (G_GUINT64_CONSTANT (1) << (8 * run)) - 1;

                      v2 &= mask;
                      key.k[1] = v2 | (0x20 * ones & mask);
                    }
                  lower = v | v2;
                  run += 8;
                }
              if (run < 16)
                {
                  guchar after = p[run];

                  if ((after < 0x80 && !(run == 1 && after == '.'))
                      || (after >= 0x80 && special_seq (p + run, end, &sch) != 0))
                    {
                      if (run > 1 && !(lower & (0x20 * ones)))
                        flags |= SL_TF_ALLCAP;
                      t->kind = SL_TK_WORD;
                      guint32 e = lex_lookup_key (&key);

                      t->word = (guint16) e;
                      flags |= (guint16) (e >> 16);
                      p += run;
                      goto tok_end;
                    }
                }
            }
#endif
          for (;;)
            {
              guint8 cl;

              /* the run of ASCII letters, the whole word but for non-ASCII text */
#if G_BYTE_ORDER == G_LITTLE_ENDIAN && defined (__GNUC__)
              /* eight bytes at a time while they are in the text: a word seldom needs a
               * second round, where the byte loop below goes round once a letter */
              while (end - p >= 8)
                {
                  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
                  guint64 v, x, letter, stop, run_mask;
                  guint run;

                  memcpy (&v, p, 8);
                  /* per byte: fold case, drop the top bit, then the top bit of x + 0x1F says
                   * x >= 'a' and that of x + 0x05 says x > 'z'; a byte with its own top bit
                   * set is no ASCII letter */
                  x = (v | (0x20 * ones)) & (0x7F * ones);
                  letter = (x + 0x1F * ones) & ~(x + 0x05 * ones) & ~v & (0x80 * ones);
                  stop = ~letter & (0x80 * ones);
                  run = stop != 0 ? (guint) __builtin_ctzll (stop) / 8 : 8;
                  run_mask = run == 8 ? ~G_GUINT64_CONSTANT (0)
                                      : (G_GUINT64_CONSTANT (1) << (8 * run)) - 1;
                  /* a lower-case letter in the run: not all upper case */
                  if (v & (0x20 * ones) & run_mask)
                    all &= (guint8) ~CL_UPPER;
                  p += run;
                  if (run < 8)
                    break;
                }
#endif
              while (p < end && ((cl = byte_class[*p]) & CL_ALPHA))
                {
                  all &= cl;
                  p++;
                }
              if (p < end && *p >= 0x80 && special_seq (p, end, &sch) == 0)
                {
                  nonascii++;
                  p++;
                  continue;
                }
              break;
            }
          if (nonascii)
            flags |= SL_TF_NONASCII;
          if ((gsize) (p - w) - nonascii > 1 && (all & CL_UPPER))
            flags |= SL_TF_ALLCAP;
          t->kind = SL_TK_WORD;

          /* "a.m." and "p.m." as one word */
          if (p - w == 1 && ((*w | 0x20) == 'a' || (*w | 0x20) == 'p')
              && end - p >= 2 && p[0] == '.' && (p[1] | 0x20) == 'm'
              && (end - p == 2 || !is_alpha (p[2])))
            {
              t->word = (*w | 0x20) == 'a' ? SL_W_AM : SL_W_PM;
              flags |= SL_TF_START;
              p += 2;
              if (p < end && *p == '.')
                p++;
            }
          else if (!(flags & SL_TF_NONASCII))
            {
              guint32 e = lex_lookup_letters (w, (gsize) (p - w), (gsize) (end - w));

              t->word = (guint16) e;
              flags |= (guint16) (e >> 16);
            }
        }
      else if (is_digit (c))
        {
          gint64 v = 0;
          guint nd = 0;

          if (c == '0' && p + 1 < end && is_digit (p[1]))
            flags |= SL_TF_LEADZERO;
          for (;;)
            {
              while (p < end && is_digit (*p))
                {
                  if (v < 999999999)
                    v = v * 10 + (*p - '0');
                  nd++;
                  p++;
                }
              /* thousands separator: ",ddd" not followed by another digit */
              if (p < end && *p == ',' && end - p >= 4 && is_digit (p[1])
                  && is_digit (p[2]) && is_digit (p[3]) && (end - p == 4 || !is_digit (p[4])))
                {
                  flags |= SL_TF_COMMA;
                  p++;
                  continue;
                }
              break;
            }
          if (p < end && *p == '.' && end - p >= 2 && is_digit (p[1]))
            {
              flags |= SL_TF_DECIMAL;
              p++;
              while (p < end && is_digit (*p))
                p++;
            }
          t->kind = SL_TK_NUM;
          flags |= SL_TF_START;
          t->num = (gint32) MIN (v, 999999999);
          t->ndig = (guint8) MIN (nd, 255u);
          if (p < end && is_alpha (*p))
            {
              const guchar *s = p;
              while (p < end && is_alpha (*p))
                p++;
              if (p - s == 1 && (*s | 0x20) == 's')
                t->suffix = SL_SUF_S;
              else if (p - s == 2
                       && (g_ascii_strncasecmp ((const char *) s, "st", 2) == 0
                           || g_ascii_strncasecmp ((const char *) s, "nd", 2) == 0
                           || g_ascii_strncasecmp ((const char *) s, "rd", 2) == 0
                           || g_ascii_strncasecmp ((const char *) s, "th", 2) == 0))
                t->suffix = SL_SUF_ORD;
              else if (p - s == 2 && g_ascii_strncasecmp ((const char *) s, "am", 2) == 0)
                t->suffix = SL_SUF_AM;
              else if (p - s == 2 && g_ascii_strncasecmp ((const char *) s, "pm", 2) == 0)
                t->suffix = SL_SUF_PM;
              else if (p - s == 1 && ((*s | 0x20) == 'a' || (*s | 0x20) == 'p') && end - p >= 2
                       && p[0] == '.' && (p[1] | 0x20) == 'm')
                {
                  /* "3p.m." */
                  t->suffix = (*s | 0x20) == 'a' ? SL_SUF_AM : SL_SUF_PM;
                  p += 2;
                  if (p < end && *p == '.')
                    p++;
                }
              else
                t->suffix = SL_SUF_OTHER;
            }
        }
      else
        {
          guint seq = c >= 0x80 ? special_seq (p, end, &sch) : 0;

          t->kind = SL_TK_PUNCT;
          if (seq)
            {
              t->ch = sch;
              p += seq;
            }
          else
            {
              t->ch = c;
              p++;
            }
          if (t->ch == '\'')
            flags |= SL_TF_START;
        }

    tok_end:
      t->end = (guint32) (p - base);
      if (p < end && *p == '.')
        flags |= SL_TF_DOT;
      t->flags = flags;
    }

done:
  *next = (gsize) (p - base);
  return n;
}
