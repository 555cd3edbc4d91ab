/* sl-timex-scan.c: byte-level tokenizer and the lexicon hash for the timex tagger. */
#include "sl-timex-scan.h"

#include <string.h>

#define LEX_MAX_LEN 15
#define LEX_SLOTS   1024 /* power of two, well above twice the lexicon size */

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

static guint16   lex_slots[LEX_SLOTS];
static guint8    lex_len[SL_W_COUNT];
/* bit c-'a' of lex_first[len] is set when some lexicon word of that length starts with c:
 * most words of running text are turned away by this one test */
static guint32   lex_first[LEX_MAX_LEN + 1];

static inline guint32
lex_hash_step (guint32 h, guchar c)
{
  return (h ^ c) * 16777619u;
}

static void
lex_build (void)
{
  for (guint id = 1; id < SL_W_COUNT; id++)
    {
      const char *s = lex_rows[id].text;
      gsize len = strlen (s);
      guint32 h = 2166136261u;

      g_assert (len <= LEX_MAX_LEN);
      for (gsize i = 0; i < len; i++)
        h = lex_hash_step (h, (guchar) s[i]);
      h &= LEX_SLOTS - 1;
      while (lex_slots[h] != 0)
        {
          g_assert (strcmp (lex_rows[lex_slots[h]].text, s) != 0);
          h = (h + 1) & (LEX_SLOTS - 1);
        }
      lex_slots[h] = (guint16) id;
      lex_len[id] = (guint8) len;
      if (s[0] >= 'a' && s[0] <= 'z')
        lex_first[len] |= 1u << (s[0] - 'a');
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

static inline guint16
lex_lookup (const char *s, gsize len)
{
  char low[LEX_MAX_LEN];
  guint32 h = 2166136261u;

  if (len == 0 || len > LEX_MAX_LEN)
    return 0;
  {
    guchar c0 = (guchar) s[0] | 0x20;
    if (c0 < 'a' || c0 > 'z' || !(lex_first[len] & (1u << (c0 - 'a'))))
      return 0;
  }
  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) s[i];
      if (c >= 'A' && c <= 'Z')
        c |= 0x20;
      low[i] = (char) c;
      h = lex_hash_step (h, c);
    }
  h &= LEX_SLOTS - 1;
  for (;;)
    {
      guint16 id = lex_slots[h];
      if (id == 0)
        return 0;
      if (lex_len[id] == len && memcmp (lex_rows[id].text, low, len) == 0)
        return id;
      h = (h + 1) & (LEX_SLOTS - 1);
    }
}

guint16
sl_timex_lex_lookup (const char *s, gsize len)
{
  lex_ensure ();
  return lex_lookup (s, len);
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

      /* whitespace, control bytes (NUL included) and wide spaces */
      for (;;)
        {
          if (p >= end)
            goto done;
          c = *p;
          if (byte_class[c] & CL_SPACE)
            {
              flags |= SL_TF_SPACE;
              if (c == '\n' || c == '\r')
                flags |= SL_TF_PARA;
              p++;
              continue;
            }
          if (c >= 0x80 && (sl = special_seq (p, end, &sch)) != 0 && sch == ' ')
            {
              flags |= SL_TF_SPACE;
              p += sl;
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
          guint upper = 0, letters = 0;

          if (c >= 'A' && c <= 'Z')
            flags |= SL_TF_CAP;
          while (p < end)
            {
              guchar d = *p;
              guint8 cl = byte_class[d];
              if (cl & CL_ALPHA)
                {
                  letters++;
                  upper += (cl & CL_UPPER) != 0;
                  p++;
                }
              else if (d >= 0x80 && special_seq (p, end, &sch) == 0)
                {
                  flags |= SL_TF_NONASCII;
                  p++;
                }
              else
                break;
            }
          if (letters > 1 && upper == letters)
            flags |= SL_TF_ALLCAP;
          t->kind = SL_TK_WORD;

          /* "a.m." and "p.m." as one word */
          if (p - w == 1 && ((*w | 0x20) == 'a' || (*w | 0x20) == 'p')
              && end - p >= 2 && p[0] == '.' && (p[1] | 0x20) == 'm'
              && (end - p == 2 || !is_alpha (p[2])))
            {
              t->word = (*w | 0x20) == 'a' ? SL_W_AM : SL_W_PM;
              p += 2;
              if (p < end && *p == '.')
                p++;
            }
          else if (!(flags & SL_TF_NONASCII))
            t->word = lex_lookup ((const char *) w, (gsize) (p - w));
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
        }

      t->end = (guint32) (p - base);
      if (p < end && *p == '.')
        flags |= SL_TF_DOT;
      t->flags = flags;
    }

done:
  *next = (gsize) (p - base);
  return n;
}
