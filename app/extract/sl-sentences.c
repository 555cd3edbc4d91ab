/* sl-sentences.c: tokens and sentences of English news text. */
#include "sl-sentences.h"

#include <string.h>

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

/* Case flags of a word token: CAP/LOWER from its first letter, UPPER when every letter is
 * uppercase and there are at least two. */
static guint32
case_flags (const char *p, const char *end)
{
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
  guint used, cap;

  g_return_if_fail (text != NULL || len == 0);
  g_return_if_fail (tokens != NULL);

  /* tokens are written in place, the array grown a block at a time and trimmed to the
   * tokens at the end: g_array_append_val() was a call per token */
  used = cap = tokens->len;
#define PUSH_TOKEN(t)                                                                      \
  G_STMT_START                                                                             \
  {                                                                                        \
    if (used == cap)                                                                       \
      {                                                                                    \
        cap += MAX (cap / 2, 256u);                                                        \
        g_array_set_size (tokens, cap);                                                    \
      }                                                                                    \
    g_array_index (tokens, SlToken, used++) = (t);                                         \
  }                                                                                        \
  G_STMT_END

  while (p < end)
    {
      int n;
      gunichar u = char_at (p, end, &n);
      SlToken tok;

      if (is_space (u))
        {
          pending |= SL_TOK_SPACE;
          if (u == '\n')
            {
              newlines++;
              pending |= newlines >= 2 ? SL_TOK_NEWLINE | SL_TOK_PARAGRAPH : SL_TOK_NEWLINE;
            }
          p += n;
          continue;
        }
      newlines = 0;
      tok.begin = (guint32) (p - text);
      tok.flags = pending;
      pending = 0;

      /* most words are plain ASCII ending in a space or a mark that cannot continue them:
       * read them and their case in one pass */
      if (u < 0x80 && g_ascii_isalnum ((char) u))
        {
          const char *q = p;
          guint letters = 0, upper = 0;
          gboolean simple;

          while (q < end && g_ascii_isalnum (*q))
            {
              if (g_ascii_isalpha (*q))
                {
                  letters++;
                  upper += g_ascii_isupper (*q) ? 1 : 0;
                }
              q++;
            }
          if (q == end)
            simple = TRUE;
          else if ((guchar) *q >= 0x80 || *q == '-' || *q == '\'')
            simple = FALSE; /* hyphens, apostrophes, other scripts: scan_word() decides */
          else if (*q == '.')
            simple = !g_ascii_isdigit (q[-1]) && q - p > 1; /* "3.5", "U.S." */
          else if (*q == ',')
            simple = !g_ascii_isdigit (q[-1]); /* "1,000" */
          else
            simple = TRUE;
          if (simple)
            {
              tok.end = (guint32) (q - text);
              tok.flags |= SL_TOK_WORD
                           | (g_ascii_isdigit (*p)   ? SL_TOK_NUM
                              : g_ascii_isupper (*p) ? SL_TOK_CAP
                                                     : SL_TOK_LOWER)
                           | (letters >= 2 && upper == letters ? SL_TOK_UPPER : 0);
              PUSH_TOKEN (tok);
              p = q;
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
  g_array_set_size (tokens, used);
#undef PUSH_TOKEN
}

gboolean
sl_token_is (const char *text, const SlToken *tok, const char *word)
{
  gsize n = strlen (word);

  return tok->end - tok->begin == n && g_ascii_strncasecmp (text + tok->begin, word, n) == 0;
}

/* Words that a period after them does not end a sentence, in lowercase. */
static const char *const abbreviations[] = {
  "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt", "sgt",
  "cpl", "pvt", "adm", "cmdr", "st", "jr", "sr", "prof", "rev", "hon", "pres", "vs", "jan",
  "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp",
  "co", "ltd", "dept", "est", "approx", "fig", "ft", "mt", "no", "nos", "vol", "ca", "cf",
};

/* Sentence openers that show a dotted abbreviation ("U.S.") did end a sentence. */
static const char *const openers[] = {
  "the", "he", "she", "it", "they", "we", "i", "but", "in", "a", "this", "that", "there",
  "on", "at", "after", "and", "his", "her", "their", "its", "some", "many", "officials",
};

static gboolean
in_list (const char *text, const SlToken *tok, const char *const *list, guint n)
{
  /* a first letter that differs in more than case turns a word down before its length */
  guchar c0 = (guchar) text[tok->begin] | 0x20;

  for (guint i = 0; i < n; i++)
    if (((guchar) list[i][0] | 0x20) == c0 && sl_token_is (text, tok, list[i]))
      return TRUE;
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

  g_return_if_fail (sentences != NULL);
  g_return_if_fail (tokens != NULL || n_tokens == 0);

  for (guint i = 0; i < n_tokens; i++)
    {
      guint j = i + 1;
      gboolean brk = FALSE;

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
          g_array_append_val (sentences, s);
          start = j;
          i = j - 1;
        }
    }
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
