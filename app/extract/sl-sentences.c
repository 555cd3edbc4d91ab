/* sl-sentences.c: tokens and sentences of English news text. */
#include "sl-sentences.h"

#include <string.h>
#if defined (__SSE2__)
#include <emmintrin.h>
#endif

static inline gunichar
char_at (const char *p, const char *end, int *n)
{
  guchar c = (guchar) *p;
  gunichar u;

  if (c < 0x80)
    {
      *n = 1;
      return c;
    }
  u = g_utf8_get_char_validated (p, end - p);
  if (u == (gunichar) -1 || u == (gunichar) -2)
    {
      *n = 1;
      return 0xFFFD;
    }
  *n = (int) (g_utf8_next_char (p) - p);
  return u;
}

static inline gboolean
is_alnum (gunichar u)
{
  if (u < 0x80)
    return g_ascii_isalnum ((char) u);
  return g_unichar_isalnum (u);
}

static inline gboolean
is_space (gunichar u)
{
  if (u < 0x80)
    return u == ' ' || u == '\t' || u == '\n' || u == '\r' || u == '\f' || u == '\v';
  return u == 0xA0 || (u >= 0x2000 && u <= 0x200B) || u == 0x202F || u == 0x3000
         || u == 0xFEFF;
}

static inline gboolean
is_apostrophe (gunichar u)
{
  return u == '\'' || u == 0x2019;
}

static inline gboolean
is_hyphen (gunichar u)
{
  return u == '-' || u == 0x2010 || u == 0x2011;
}

/* ASCII byte classes for the tokenizer's loop: one lookup says space, letter or digit
 * (bytes from 0x80 are none of them; they are decoded). */
enum
{
  BC_SPACE = 1 << 0, /* the ASCII bytes is_space() accepts */
  BC_DIGIT = 1 << 1,
  BC_UPPER = 1 << 2,
  BC_LOWER = 1 << 3,
  BC_ALNUM = BC_DIGIT | BC_UPPER | BC_LOWER,
  BC_JOIN = 1 << 4, /* may continue a word: '\'' ',' '-' '.' and bytes from 0x80 */
};

#define R4(x) x, x, x, x
#define R8(x) R4 (x), R4 (x)
#define R16(x) R8 (x), R8 (x)
static const guint8 byte_class[256] = {
  /* 0x00-0x08 */ R8 (0), 0,
  /* \t \n \v \f \r */ R4 (BC_SPACE), BC_SPACE,
  /* 0x0E-0x1F */ R16 (0), 0, 0,
  /* ' ' */ BC_SPACE,
  /* !"#$%& */ R4 (0), 0, 0,
  /* ' */ BC_JOIN,
  /* ()*+ */ R4 (0),
  /* ,-. */ BC_JOIN, BC_JOIN, BC_JOIN,
  /* / */ 0,
  /* 0-9 */ R8 (BC_DIGIT), BC_DIGIT, BC_DIGIT,
  /* :;<=>?@ */ R4 (0), 0, 0, 0,
  /* A-Z */ R16 (BC_UPPER), R8 (BC_UPPER), BC_UPPER, BC_UPPER,
  /* [\]^_` */ R4 (0), 0, 0,
  /* a-z */ R16 (BC_LOWER), R8 (BC_LOWER), BC_LOWER, BC_LOWER,
  /* {|}~ DEL */ R4 (0), 0,
  /* 0x80-0xFF */ R16 (BC_JOIN), R16 (BC_JOIN), R16 (BC_JOIN), R16 (BC_JOIN),
  R16 (BC_JOIN), R16 (BC_JOIN), R16 (BC_JOIN), R16 (BC_JOIN),
};
#undef R16
#undef R8
#undef R4

G_STATIC_ASSERT (sizeof byte_class == 256);

/* The flag a word gets from the class of its first byte (indexed by class & BC_ALNUM). */
static const guint32 lead_flags[BC_ALNUM + 1] = {
  [BC_DIGIT] = SL_TOK_NUM,
  [BC_UPPER] = SL_TOK_CAP,
  [BC_LOWER] = SL_TOK_LOWER,
};

/* Whether the plain ASCII word [p, q) is an acronym (SL_TOK_UPPER): two or more letters,
 * none lower-case. Asked only of words that do not begin in lower case, and it stops at
 * the first lower-case letter, mostly the second byte. */
static inline gboolean
ascii_word_upper (const char *p, const char *q)
{
  guint letters = 0;

  for (; p < q; p++)
    {
      guint8 bc = byte_class[(guchar) *p];

      if (bc & BC_LOWER)
        return FALSE;
      letters += (bc & BC_UPPER) != 0;
    }
  return letters >= 2;
}

/* Makes room for more tokens at the end of tokens; returns where the next one goes and sets
 * *limit past the room. Kept out of line: most tokens fit. */
static G_GNUC_NO_INLINE SlToken *
tokens_grow (GArray *tokens, SlToken *out, SlToken **limit)
{
  /* (out is NULL while an empty array has no storage) */
  guint used = out != NULL ? (guint) (out - (SlToken *) (gpointer) tokens->data) : tokens->len;
  guint cap = tokens->len;

  cap += MAX (cap / 2, 256u);
  g_array_set_size (tokens, cap);
  *limit = (SlToken *) (gpointer) tokens->data + cap;
  return (SlToken *) (gpointer) tokens->data + used;
}

/* Case flags of a word token: CAP/LOWER from its first letter, UPPER when every letter is
 * uppercase and there are at least two. */
static guint32
case_flags (const char *p, const char *end)
{
  const char *start = p;
  guint32 flags = 0;
  guint letters = 0, upper = 0;
  gboolean first = TRUE;

  while (p < end)
    {
      int n;
      gunichar u;

      /* ASCII first: most news text is */
      if ((guchar) *p < 0x80)
        {
          char c = *p++;
          if (g_ascii_isalpha (c))
            {
              letters++;
              if (g_ascii_isupper (c))
                upper++;
              if (first)
                flags |= g_ascii_isupper (c) ? SL_TOK_CAP : SL_TOK_LOWER;
              first = FALSE;
            }
          else if (first && g_ascii_isdigit (c))
            {
              flags |= SL_TOK_NUM;
              first = FALSE;
            }
          continue;
        }
      u = char_at (p, end, &n);

      if (g_unichar_isalpha (u))
        {
          letters++;
          if (g_unichar_isupper (u))
            upper++;
          if (first)
            flags |= g_unichar_isupper (u) ? SL_TOK_CAP : g_unichar_islower (u) ? SL_TOK_LOWER : 0;
          first = FALSE;
        }
      else if (first && g_unichar_isdigit (u))
        {
          flags |= SL_TOK_NUM;
          first = FALSE;
        }
      p += n;
    }
  if (letters >= 2 && upper == letters)
    flags |= SL_TOK_UPPER;
  /* "al-Mutairi", "el-Sisi", "ad-Din": an Arabic article joined to a name by a hyphen
   * leaves the name capitalised */
  if ((flags & SL_TOK_LOWER) && end - start >= 4)
    {
      static const char *const articles[] = { "al-", "el-", "ad-", "ar-", "as-", "ash-", "at-",
                                              "az-", "an-", "ul-", "ibn-", "bin-", "abu-" };

      for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
        {
          gsize n = strlen (articles[i]);

          if ((gsize) (end - start) > n && strncmp (start, articles[i], n) == 0
              && g_ascii_isupper (start[n]))
            {
              flags = (flags & ~SL_TOK_LOWER) | SL_TOK_CAP;
              break;
            }
        }
    }
  return flags;
}

/* Length of a clitic at p ("'s", "'ll", "'re", "'ve", "'d", "'m", "n't"), 0 if none. */
static gsize
clitic_len (const char *p, const char *end)
{
  static const char *const tails[] = { "s", "ll", "re", "ve", "d", "m" };
  int n, n2;
  gunichar u;

  /* asked after every word: only 'n', 'N', ' and the first byte of ’ can begin a clitic */
  if (*p != 'n' && *p != 'N' && *p != '\'' && (guchar) *p != 0xE2)
    return 0;
  u = char_at (p, end, &n);

  if ((u == 'n' || u == 'N') && p + 1 < end && is_apostrophe (char_at (p + 1, end, &n2))
      && p + 1 + n2 < end && (p[1 + n2] == 't' || p[1 + n2] == 'T')
      && (p + 2 + n2 >= end || !is_alnum (char_at (p + 2 + n2, end, &n))))
    return 2 + n2;
  if (!is_apostrophe (u))
    return 0;
  for (guint k = 0; k < G_N_ELEMENTS (tails); k++)
    {
      gsize t = strlen (tails[k]);
      if (p + n + t <= end && g_ascii_strncasecmp (p + n, tails[k], t) == 0
          && (p + n + t >= end || !is_alnum (char_at (p + n + t, end, &n2))))
        return n + t;
    }
  return 0;
}

/* Scans one word from p; returns its end. Sets *dotted for "U.S."-style abbreviations. */
static const char *
scan_word (const char *start, const char *end, gboolean *dotted)
{
  const char *p = start;
  gunichar prev = 0;
  guint run = 0; /* letters since the last dot, for dotted abbreviations */
  gboolean has_dot = FALSE;

  *dotted = FALSE;
  while (p < end)
    {
      int n, n2 = 0;
      gunichar u, next;

      /* plain ASCII letters and digits need no decoding */
      if (g_ascii_isalnum (*p))
        {
          prev = (guchar) *p++;
          run++;
          continue;
        }
      u = char_at (p, end, &n);
      next = p + n < end ? char_at (p + n, end, &n2) : 0;
      if (is_alnum (u))
        {
          prev = u;
          run++;
          p += n;
          continue;
        }
      if (is_hyphen (u) && is_alnum (prev) && is_alnum (next))
        {
          prev = u;
          run = 0;
          p += n;
          continue;
        }
      if (is_apostrophe (u) && is_alnum (prev) && is_alnum (next))
        {
          /* "'s", "'ll", "'ve" … and "n't" end the word; the caller splits them off */
          if (clitic_len (p, end) > 0)
            break;
          if ((next == 't' || next == 'T') && (prev == 'n' || prev == 'N') && p - 1 > start
              && (p + n + n2 >= end || !is_alnum (char_at (p + n + n2, end, &n2))))
            return p - 1;
          prev = u;
          p += n;
          continue;
        }
      if (u == '.' && g_ascii_isdigit ((char) (prev < 0x80 ? prev : 'x'))
          && next < 0x80 && g_ascii_isdigit ((char) next))
        {
          prev = u;
          p += n;
          continue;
        }
      if (u == ',' && prev < 0x80 && g_ascii_isdigit ((char) prev) && p + 3 < end
          && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3])
          && (p + 4 >= end || !g_ascii_isdigit (p[4])))
        {
          prev = u;
          p += n;
          continue;
        }
      if (u == '.' && run == 1 && g_unichar_isalpha (prev))
        {
          /* "U.S.", "a.m.": single letters joined by dots */
          if (g_unichar_isalpha (next) && p + n + n2 < end && p[n + n2] == '.')
            {
              has_dot = TRUE;
              prev = u;
              run = 0;
              p += n;
              continue;
            }
          if (has_dot)
            {
              *dotted = TRUE;
              return p + n;
            }
        }
      break;
    }
  return p;
}

void
sl_tokenize (const char *text, gsize len, GArray *tokens)
{
  const char *p = text, *end = text + len;
  guint32 pending = 0;
  guint newlines = 0;
  SlToken *out = NULL, *limit = NULL;

  g_return_if_fail (text != NULL || len == 0);
  g_return_if_fail (tokens != NULL);

  /* tokens are written in place, the array grown a block at a time and trimmed to the
   * tokens at the end: g_array_append_val() was a call per token (an empty array may have
   * no storage yet: no pointer into it then) */
  if (tokens->data != NULL)
    out = limit = (SlToken *) (gpointer) tokens->data + tokens->len;
#define PUSH_TOKEN(t)                                                                      \
  G_STMT_START                                                                             \
  {                                                                                        \
    if (G_UNLIKELY (out == limit))                                                         \
      out = tokens_grow (tokens, out, &limit);                                             \
    *out++ = (t);                                                                          \
  }                                                                                        \
  G_STMT_END

  while (p < end)
    {
      int n;
      gunichar u;
      guint8 bc;
      SlToken tok;

      /* ASCII first, classed by one lookup: most bytes are */
      if ((guchar) *p < 0x80)
        {
          u = (guchar) *p;
          n = 1;
          bc = byte_class[u];
          if (bc & BC_SPACE)
            {
              pending |= SL_TOK_SPACE;
              if (u == '\n')
                {
                  newlines++;
                  pending |= newlines >= 2 ? SL_TOK_NEWLINE | SL_TOK_PARAGRAPH : SL_TOK_NEWLINE;
                }
              p++;
              continue;
            }
        }
      else
        {
          u = char_at (p, end, &n);
          if (is_space (u))
            {
              pending |= SL_TOK_SPACE;
              p += n;
              continue;
            }
          bc = 0;
        }
      newlines = 0;
      tok.begin = (guint32) (p - text);
      tok.flags = pending;
      pending = 0;

      /* most words are plain ASCII ending in a space or a mark that cannot continue them:
       * read them and their case in one pass */
      if (bc & BC_ALNUM)
        {
          const char *q = p;
          guint8 lead = bc;
          gboolean simple;

#if defined (__SSE2__) && defined (__GNUC__)
          /* sixteen bytes at a time while they are in the text, nearly every word in one
           * round: per byte, signed compares (bytes from 0x80 are below all) say digit or
           * case-folded letter, and the first byte that is neither ends the run (ctz). The
           * constants are vector operands, leaving the tokenizer its own registers. */
          while (end - q >= 16)
            {
              __m128i v = _mm_loadu_si128 ((const __m128i *) (gconstpointer) q);
              __m128i f = _mm_or_si128 (v, _mm_set1_epi8 (0x20));
              __m128i digit = _mm_and_si128 (_mm_cmpgt_epi8 (v, _mm_set1_epi8 ('0' - 1)),
                                             _mm_cmpgt_epi8 (_mm_set1_epi8 ('9' + 1), v));
              __m128i letter = _mm_and_si128 (_mm_cmpgt_epi8 (f, _mm_set1_epi8 ('a' - 1)),
                                              _mm_cmpgt_epi8 (_mm_set1_epi8 ('z' + 1), f));
              guint stop = ~(guint) _mm_movemask_epi8 (_mm_or_si128 (digit, letter)) & 0xFFFF;

              if (stop != 0)
                {
                  q += __builtin_ctz (stop);
                  goto word_end;
                }
              q += 16;
            }
#elif G_BYTE_ORDER == G_LITTLE_ENDIAN && defined (__GNUC__)
          /* eight bytes at a time while they are in the text, where the byte loop below goes
           * round once a byte: the run of letters and digits ends at the first byte that is
           * neither (ctz). Case is left to ascii_word_upper(). */
          while (end - q >= 8)
            {
              const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
              guint64 v, x, y, stop;

              memcpy (&v, q, 8);
              /* per byte, the top bit: fold case and drop the top bit, then x + 0x1F says
               * x >= 'a' and x + 0x05 says x > 'z'; y + 0x50 says y >= '0' and y + 0x46 says
               * y > '9'; a byte with its own top bit set is neither */
              x = (v | (0x20 * ones)) & (0x7F * ones);
              y = v & (0x7F * ones);
              stop = ~((((x + 0x1F * ones) & ~(x + 0x05 * ones))
                        | ((y + 0x50 * ones) & ~(y + 0x46 * ones)))
                       & ~v)
                     & (0x80 * ones);
              if (stop != 0)
                {
                  q += (guint) __builtin_ctzll (stop) / 8;
                  goto word_end;
                }
              q += 8;
            }
#endif
          while (q < end && (byte_class[(guchar) *q] & BC_ALNUM))
            q++;
#if (defined (__SSE2__) || G_BYTE_ORDER == G_LITTLE_ENDIAN) && defined (__GNUC__)
        word_end:
#endif
          if (q == end || !(byte_class[(guchar) *q] & BC_JOIN))
            simple = TRUE;
          else if (*q == '.')
            simple = !g_ascii_isdigit (q[-1]) && q - p > 1; /* "3.5", "U.S." */
          else if (*q == ',')
            simple = !g_ascii_isdigit (q[-1]); /* "1,000" */
          else
            simple = FALSE; /* hyphens, apostrophes, other scripts: scan_word() decides */
          if (simple)
            {
              tok.end = (guint32) (q - text);
              tok.flags |= SL_TOK_WORD | lead_flags[lead & BC_ALNUM]
                           | (!(lead & BC_LOWER) && ascii_word_upper (p, q) ? SL_TOK_UPPER
                                                                            : 0);
              PUSH_TOKEN (tok);
              p = q;
              /* the one space after most words, without going round the loop */
              if (p < end && *p == ' ')
                {
                  pending = SL_TOK_SPACE;
                  p++;
                }
              continue;
            }
        }
      if (is_alnum (u))
        {
          gboolean dotted;
          const char *we = scan_word (p, end, &dotted);

          tok.end = (guint32) (we - text);
          tok.flags |= SL_TOK_WORD | case_flags (p, we) | (dotted ? SL_TOK_DOTTED : 0);
          PUSH_TOKEN (tok);
          p = we;
          /* possessive "'s" and the clitics "'ll", "n't" … */
          if (p < end)
            {
              gsize cl = clitic_len (p, end);
              if (cl > 0)
                {
                  SlToken c = { (guint32) (p - text), (guint32) (p - text + cl), SL_TOK_WORD };
                  if ((p[cl - 1] | 0x20) == 's')
                    c.flags |= SL_TOK_POSSESSIVE;
                  PUSH_TOKEN (c);
                  p += cl;
                }
            }
          continue;
        }

      tok.flags |= SL_TOK_PUNCT;
      if (u == '.' && p + 2 < end && p[1] == '.' && p[2] == '.')
        {
          const char *q = p;
          while (q < end && *q == '.')
            q++;
          tok.end = (guint32) (q - text);
          PUSH_TOKEN (tok);
          p = q;
          continue;
        }
      if (u == '-' && p + 1 < end && p[1] == '-')
        {
          tok.end = tok.begin + 2;
          PUSH_TOKEN (tok);
          p += 2;
          continue;
        }
      switch (u)
        {
        case 0x201C: case 0x2018: case 0xAB: case 0x201E:
          tok.flags |= SL_TOK_QUOTE | SL_TOK_OPEN;
          break;
        case 0x201D: case 0x2019: case 0xBB:
          tok.flags |= SL_TOK_QUOTE | SL_TOK_CLOSE;
          break;
        case '"': case '`': case '\'':
          {
            /* straight quotes open after a space or bracket and before a non-space */
            gboolean after_space = p == text || (tok.flags & SL_TOK_SPACE)
                                   || strchr ("([{", p[-1]) != NULL;
            int n2;
            gboolean before_space = p + n >= end || is_space (char_at (p + n, end, &n2));
            tok.flags |= SL_TOK_QUOTE
                         | (after_space && !before_space ? SL_TOK_OPEN : SL_TOK_CLOSE);
          }
          break;
        case '(': case '[': case '{':
          tok.flags |= SL_TOK_OPEN;
          break;
        case ')': case ']': case '}':
          tok.flags |= SL_TOK_CLOSE;
          break;
        default:
          break;
        }
      tok.end = tok.begin + n;
      PUSH_TOKEN (tok);
      p += n;
    }
  if (out != NULL)
    g_array_set_size (tokens, (guint) (out - (SlToken *) (gpointer) tokens->data));
#undef PUSH_TOKEN
}

gboolean
sl_token_is (const char *text, const SlToken *tok, const char *word)
{
  gsize n = strlen (word);

  return tok->end - tok->begin == n && g_ascii_strncasecmp (text + tok->begin, word, n) == 0;
}

/* A word of a list below with its length: the length turns most words down before a byte
 * of them is compared. */
typedef struct
{
  guint8 len;
  char word[11];
} ListWord;

#define LW(s) { sizeof (s) - 1, s }

/* Words that a period after them does not end a sentence, in lowercase. */
static const ListWord abbreviations[] = {
  LW ("mr"), LW ("mrs"), LW ("ms"), LW ("dr"), LW ("gen"), LW ("sen"), LW ("rep"),
  LW ("gov"), LW ("lt"), LW ("col"), LW ("maj"), LW ("capt"), LW ("sgt"), LW ("cpl"),
  LW ("pvt"), LW ("adm"), LW ("cmdr"), LW ("st"), LW ("jr"), LW ("sr"), LW ("prof"),
  LW ("rev"), LW ("hon"), LW ("pres"), LW ("vs"), LW ("jan"), LW ("feb"), LW ("mar"),
  LW ("apr"), LW ("jun"), LW ("jul"), LW ("aug"), LW ("sep"), LW ("sept"), LW ("oct"),
  LW ("nov"), LW ("dec"), LW ("inc"), LW ("corp"), LW ("co"), LW ("ltd"), LW ("dept"),
  LW ("est"), LW ("approx"), LW ("fig"), LW ("ft"), LW ("mt"), LW ("no"), LW ("nos"),
  LW ("vol"), LW ("ca"), LW ("cf"),
};

/* Sentence openers that show a dotted abbreviation ("U.S.") did end a sentence. */
static const ListWord openers[] = {
  LW ("the"), LW ("he"), LW ("she"), LW ("it"), LW ("they"), LW ("we"), LW ("i"),
  LW ("but"), LW ("in"), LW ("a"), LW ("this"), LW ("that"), LW ("there"), LW ("on"),
  LW ("at"), LW ("after"), LW ("and"), LW ("his"), LW ("her"), LW ("their"), LW ("its"),
  LW ("some"), LW ("many"), LW ("officials"),
};
#undef LW

/* Whether tok is a word of list, ignoring ASCII case (sl_token_is() of each). The words are
 * lowercase ASCII letters, so a byte matches a letter when it equals it with 0x20 set. */
static gboolean
in_list (const char *text, const SlToken *tok, const ListWord *list, guint n)
{
  const char *w = text + tok->begin;
  guint32 len = tok->end - tok->begin;
  guchar c0 = (guchar) w[0] | 0x20;

  for (guint i = 0; i < n; i++)
    if (list[i].len == len && (guchar) list[i].word[0] == c0)
      {
        guint32 k = 1;

        while (k < len && ((guchar) w[k] | 0x20) == (guchar) list[i].word[k])
          k++;
        if (k == len)
          return TRUE;
      }
  return FALSE;
}

static gboolean
is_terminal (const char *text, const SlToken *t)
{
  guchar c = (guchar) text[t->begin];

  if (!(t->flags & SL_TOK_PUNCT))
    return FALSE;
  if (c == '.' || c == '!' || c == '?')
    return TRUE;
  /* "…" */
  return t->end - t->begin == 3 && c == 0xE2 && (guchar) text[t->begin + 1] == 0x80
         && (guchar) text[t->begin + 2] == 0xA6;
}

/* Whether the sentence ends after token i (a terminal mark or dotted word) given what
 * follows at j. */
static gboolean
ends_here (const char *text, const SlToken *tokens, guint n, guint i, guint j)
{
  const SlToken *t = &tokens[i];
  const SlToken *next;

  if (j >= n)
    return TRUE;
  next = &tokens[j];
  if (next->flags & SL_TOK_PARAGRAPH)
    return TRUE;
  if (next->flags & SL_TOK_LOWER)
    return FALSE;
  if (t->flags & SL_TOK_DOTTED)
    return (next->flags & SL_TOK_CAP) && (next->flags & SL_TOK_SPACE)
           && in_list (text, next, openers, G_N_ELEMENTS (openers));
  if (!(next->flags & (SL_TOK_SPACE)) && !(next->flags & SL_TOK_QUOTE))
    return FALSE; /* "example.com", "3.5" split oddly */
  if (text[t->begin] == '.' && t->end - t->begin == 1 && i > 0
      && !(t->flags & SL_TOK_SPACE))
    {
      const SlToken *w = &tokens[i - 1];

      if (w->flags & SL_TOK_WORD)
        {
          /* "J. Smith", "Gen. Kim", "No. 2" */
          if (w->end - w->begin == 1 && (w->flags & SL_TOK_CAP))
            return FALSE;
          if (in_list (text, w, abbreviations, G_N_ELEMENTS (abbreviations)))
            {
              if (sl_token_is (text, w, "no") || sl_token_is (text, w, "nos"))
                return !(next->flags & SL_TOK_NUM);
              return FALSE;
            }
        }
    }
  return TRUE;
}

void
sl_sentences_split (const char    *text,
                    gsize          len,
                    const SlToken *tokens,
                    guint          n_tokens,
                    GArray        *sentences)
{
  guint start = 0;
  guint used, cap;

  g_return_if_fail (sentences != NULL);
  g_return_if_fail (tokens != NULL || n_tokens == 0);

  /* sentences are written in place, as tokens are, and the array trimmed at the end */
  used = cap = sentences->len;
  for (guint i = 0; i < n_tokens; i++)
    {
      guint j;
      gboolean brk = FALSE;

      /* most tokens are no mark nor dotted word and come before no line break: they cannot
       * end a sentence, and their flags alone say so */
      if (i + 1 < n_tokens)
        {
          const SlToken *t = &tokens[i], *last = &tokens[n_tokens - 1];

          while (t < last
                 && !((t[0].flags & (SL_TOK_PUNCT | SL_TOK_DOTTED)) | (t[1].flags & SL_TOK_NEWLINE)))
            t++;
          i = (guint) (t - tokens);
        }
      j = i + 1;

      if (is_terminal (text, &tokens[i]) || (tokens[i].flags & SL_TOK_DOTTED))
        {
          /* closing quotes and brackets stay with the sentence they close */
          while (j < n_tokens && (tokens[j].flags & SL_TOK_CLOSE)
                 && !(tokens[j].flags & SL_TOK_NEWLINE))
            j++;
          brk = ends_here (text, tokens, n_tokens, i, j);
          if (!brk)
            j = i + 1;
        }
      if (!brk && j < n_tokens && (tokens[j].flags & SL_TOK_NEWLINE))
        {
          const SlToken *last = &tokens[j - 1];
          guchar lc = (guchar) text[last->begin];

          /* a hard-wrapped line continues in lowercase or after a comma or hyphen */
          brk = (tokens[j].flags & SL_TOK_PARAGRAPH)
                || !((tokens[j].flags & SL_TOK_LOWER)
                     || ((last->flags & SL_TOK_PUNCT) && (lc == ',' || lc == '-')));
        }
      if (brk || j >= n_tokens)
        {
          SlSentence s = {
            .begin = tokens[start].begin,
            .end = tokens[j - 1].end,
            .tok_first = start,
            .tok_end = j,
          };
          if (used == cap)
            {
              cap += MAX (cap / 2, 64u);
              g_array_set_size (sentences, cap);
            }
          g_array_index (sentences, SlSentence, used++) = s;
          start = j;
          i = j - 1;
        }
    }
  g_array_set_size (sentences, used);
  (void) len;
}

void
sl_sentences_find (const char *text, gsize len, GArray *tokens, GArray *sentences)
{
  g_return_if_fail (tokens != NULL && sentences != NULL);
  g_array_set_size (tokens, 0);
  g_array_set_size (sentences, 0);
  sl_tokenize (text, len, tokens);
  sl_sentences_split (text, len, (const SlToken *) (gpointer) tokens->data, tokens->len,
                      sentences);
}
