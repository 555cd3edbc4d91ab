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

static SlLexInfo lex_info[SL_W_COUNT];
static guint16   lex_slots[LEX_SLOTS];

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
      lex_info[id].cats = lex_rows[id].cats;
      lex_info[id].val = lex_rows[id].val;
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

guint16
sl_timex_lex_lookup (const char *s, gsize len)
{
  char low[LEX_MAX_LEN];
  guint32 h = 2166136261u;

  if (len == 0 || len > LEX_MAX_LEN)
    return 0;
  lex_ensure ();
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
      if (strncmp (lex_rows[id].text, low, len) == 0 && lex_rows[id].text[len] == '\0')
        return id;
      h = (h + 1) & (LEX_SLOTS - 1);
    }
}

const SlLexInfo *
sl_timex_lex_info (guint16 word)
{
  static const SlLexInfo none = { 0, 0 };

  if (word == 0 || word >= SL_W_COUNT)
    return &none;
  lex_ensure ();
  return &lex_info[word];
}

static inline gboolean
is_alpha (guchar c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline gboolean
is_digit (guchar c)
{
  return c >= '0' && c <= '9';
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
          if (c <= ' ' || c == 0x7F)
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
              if (is_alpha (d))
                {
                  letters++;
                  upper += (d >= 'A' && d <= 'Z');
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
            t->word = sl_timex_lex_lookup ((const char *) w, (gsize) (p - w));
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
