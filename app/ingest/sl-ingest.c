/* sl-ingest.c: format sniffing, size limits, encodings and the readers' shared helpers. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include "sl-ingest-private.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <stdio.h>
#include <string.h>

G_DEFINE_QUARK (sl-ingest-error-quark, sl_ingest_error)

static gboolean
has_suffix_ci (const char *path, const char *suffix)
{
  gsize pl = path ? strlen (path) : 0, sl = strlen (suffix);
  return pl >= sl && g_ascii_strcasecmp (path + pl - sl, suffix) == 0;
}

/* One pass over the first tags of a markup file: which kind of document opens here? */
static SlFormat
sniff_markup (const char *data, gsize n)
{
  static const struct { const char *tag; SlFormat format; } tags[] = {
    { "timeml", SL_FORMAT_TIMEML }, { "rss", SL_FORMAT_FEED }, { "feed", SL_FORMAT_FEED },
    { "rdf:rdf", SL_FORMAT_FEED }, { "!doctype html", SL_FORMAT_HTML },
    { "html", SL_FORMAT_HTML }, { "head", SL_FORMAT_HTML }, { "body", SL_FORMAT_HTML },
    { "p>", SL_FORMAT_HTML }, { "div", SL_FORMAT_HTML },
  };

  for (const char *p = memchr (data, '<', n); p != NULL;
       p = memchr (p + 1, '<', n - (p + 1 - data)))
    {
      gsize left = n - (p + 1 - data);
      for (guint i = 0; i < G_N_ELEMENTS (tags); i++)
        {
          gsize tl = strlen (tags[i].tag);
          if (tl <= left && g_ascii_strncasecmp (p + 1, tags[i].tag, tl) == 0)
            return tags[i].format;
        }
      if (p + 1 >= data + n)
        break;
    }
  return SL_FORMAT_UNKNOWN;
}

SlFormat
sl_ingest_sniff (const char *path, const char *data, gsize len)
{
  gsize n = MIN (len, 2048);
  const char *p = data, *end = data + n;

  if (n >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;
  while (p < end && g_ascii_isspace (*p))
    p++;
  if (p == end)
    return SL_FORMAT_TEXT;

  if (*p == '{' || *p == '[')
    return SL_FORMAT_TIMELINEJS;
  if (*p == '<')
    {
      SlFormat f = sniff_markup (data, n);
      if (f != SL_FORMAT_UNKNOWN)
        return f;
      if (has_suffix_ci (path, ".tml"))
        return SL_FORMAT_TIMEML;
      if (has_suffix_ci (path, ".rss") || has_suffix_ci (path, ".rdf")
          || has_suffix_ci (path, ".atom") || has_suffix_ci (path, ".xml"))
        return SL_FORMAT_FEED;
      if (has_suffix_ci (path, ".html") || has_suffix_ci (path, ".htm")
          || has_suffix_ci (path, ".xhtml"))
        return SL_FORMAT_HTML;
    }
  if (has_suffix_ci (path, ".csv"))
    return SL_FORMAT_CSV;
  if (has_suffix_ci (path, ".json"))
    return SL_FORMAT_TIMELINEJS;
  return SL_FORMAT_TEXT;
}

static gboolean
has_binary_magic (const char *data, gsize len)
{
  static const char *const magics[] = { "\x89PNG", "\xff\xd8\xff", "GIF8", "%PDF", "PK\x03\x04",
                                        "\x1f\x8b", "SQLite format 3" };
  for (guint i = 0; i < G_N_ELEMENTS (magics); i++)
    {
      gsize ml = strlen (magics[i]);
      if (len >= ml && memcmp (data, magics[i], ml) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Text saved as UTF-16 without a byte-order mark: the NUL high bytes of its ASCII letters fall
 * on one side of every pair (odd bytes for little-endian), and the sample decodes to text, not
 * to the control codes and broken surrogates that binary data would make. Returns the iconv
 * name of the byte order, or NULL. */
static const char *
bomless_utf16 (const char *data, gsize len)
{
  gsize n = MIN (len, 8192) & ~(gsize) 1;
  guint zeros[2] = { 0, 0 };
  guint pairs = n / 2, controls = 0;
  gboolean le;

  if (len % 2 != 0 || pairs < 2)
    return NULL;
  for (gsize i = 0; i < n; i++)
    zeros[i % 2] += data[i] == '\0';
  /* ASCII-heavy text: most pairs have their NUL on the same side, far more than the other */
  if (zeros[0] + zeros[1] < pairs / 4 || (zeros[1] < 4 * zeros[0] && zeros[0] < 4 * zeros[1]))
    return NULL;
  le = zeros[1] > zeros[0];
  for (guint i = 0; i < pairs; i++)
    {
      guint16 u = le ? (guint8) data[2 * i] | (guint8) data[2 * i + 1] << 8
                     : (guint8) data[2 * i] << 8 | (guint8) data[2 * i + 1];

      if (u == 0 || u == 0xfffe || u == 0xffff)
        return NULL;
      if (u >= 0xd800 && u < 0xdc00)
        {
          guint16 next;

          if (++i == pairs)
            break; /* the sample cut a pair in two */
          next = le ? (guint8) data[2 * i] | (guint8) data[2 * i + 1] << 8
                    : (guint8) data[2 * i] << 8 | (guint8) data[2 * i + 1];
          if (next < 0xdc00 || next >= 0xe000)
            return NULL;
        }
      else if (u >= 0xdc00 && u < 0xe000)
        return NULL;
      else if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f')
               || (u >= 0x7f && u < 0xa0))
        controls++;
    }
  /* a stray form feed or escape is text's; binary data is full of them */
  if (controls * 100 > pairs)
    return NULL;
  return le ? "UTF-16LE" : "UTF-16BE";
}

char *
sl_ingest_to_utf8 (const char *data, gsize len, const char *charset, gsize *out_len,
                   GError **error)
{
  g_autoptr (GError) conv_error = NULL;
  char *out;
  gsize written = 0;

  if (len >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      len -= 3;
      charset = NULL;
    }
  if (memchr (data, '\0', len) != NULL)
    {
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_BINARY,
                   _("contains NUL bytes; this is not a text article"));
      return NULL;
    }
  if (charset == NULL || g_ascii_strcasecmp (charset, "utf-8") == 0
      || g_ascii_strcasecmp (charset, "utf8") == 0)
    {
      if (g_utf8_validate_len (data, len, NULL))
        {
          if (out_len)
            *out_len = len;
          return g_strndup (data, len);
        }
      charset = "WINDOWS-1252";
    }
  out = g_convert (data, len, "UTF-8", charset, NULL, &written, &conv_error);
  if (out == NULL)
    {
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_ENCODING,
                   _("text is neither valid UTF-8 nor %s: %s"), charset, conv_error->message);
      return NULL;
    }
  if (out_len)
    *out_len = written;
  return out;
}

static const char *const month_names[] = { "january", "february", "march", "april", "may",
                                           "june", "july", "august", "september", "october",
                                           "november", "december" };

/* "March", "Mar", "Mar.", "Sept" → 1..12; 0 for anything else ("Marchh" included). */
static int
month_from_word (const char *word)
{
  g_autofree char *w = g_ascii_strdown (word, -1);
  gsize n = strlen (w);

  if (n > 0 && w[n - 1] == '.')
    w[--n] = '\0';
  if (n > 0 && w[n - 1] == ',')
    w[--n] = '\0';
  for (int m = 0; m < 12; m++)
    if (g_str_equal (w, month_names[m]) || (n == 3 && strncmp (w, month_names[m], 3) == 0)
        || (m == 8 && g_str_equal (w, "sept")))
      return m + 1;
  return 0;
}

static const char *const weekday_names[] = { "monday", "tuesday", "wednesday", "thursday",
                                             "friday", "saturday", "sunday" };

/* Skips a leading weekday ("Fri, ", "Friday ", "Fri. "): feeds and pages write it before the
 * date, and it says nothing the date does not. */
static const char *
skip_weekday (const char *s)
{
  gsize n = 0;

  while (g_ascii_isalpha (s[n]))
    n++;
  if (n < 3)
    return s;
  for (guint i = 0; i < G_N_ELEMENTS (weekday_names); i++)
    if ((n == 3 || n == strlen (weekday_names[i]))
        && g_ascii_strncasecmp (s, weekday_names[i], n) == 0)
      {
        s += n;
        if (*s == '.')
          s++;
        if (*s == ',')
          s++;
        while (g_ascii_isspace (*s))
          s++;
        return s;
      }
  return s;
}

/* RFC 822 allows two-digit years ("10 May 24"); RFC 2822 reads 00–49 as 20xx, 50–99 as 19xx. */
static int
full_year (int y, int digits)
{
  if (digits == 2 && y >= 0 && y < 100)
    return y < 50 ? 2000 + y : 1900 + y;
  return y;
}

gboolean
sl_ingest_parse_date (const char *s, SlDate *date)
{
  int y = 0, m = 0, d = 0, y0 = 0, y1 = 0;
  char mon[16] = "";
  gsize lead;

  memset (date, 0, sizeof *date);
  if (s == NULL)
    return FALSE;
  while (g_ascii_isspace (*s))
    s++;

  lead = strspn (s, "0123456789");
  /* year first only with four digits: "10-05-2024" is no year 10 */
  if ((lead == 4 && (sscanf (s, "%4d-%2d-%2d", &y, &m, &d) == 3
                     || sscanf (s, "%4d/%2d/%2d", &y, &m, &d) == 3))
      /* the compact form only as eight digits: "2023-09" is a month, not day "-0" of "9" */
      || (lead >= 8 && sscanf (s, "%4d%2d%2d", &y, &m, &d) == 3))
    date->prec = SL_PREC_DAY;
  else if (lead == 4 && sscanf (s, "%4d-%2d", &y, &m) == 2)
    date->prec = SL_PREC_MONTH, d = 0;
  else if ((s = skip_weekday (s),
            sscanf (s, "%d %15s %n%d%n", &d, mon, &y0, &y, &y1) == 3
            || sscanf (s, "%15s %d, %n%d%n", mon, &d, &y0, &y, &y1) == 3
            || sscanf (s, "%15s %d %n%d%n", mon, &d, &y0, &y, &y1) == 3)
           && (m = month_from_word (mon)) != 0)
    {
      date->prec = SL_PREC_DAY;
      y = full_year (y, y1 - y0);
    }
  else
    return FALSE;

  if (y < 1 || y > 9999 || m < 1 || m > 12
      || (date->prec == SL_PREC_DAY && (d < 1 || (guint) d > sl_days_in_month (y, m))))
    {
      memset (date, 0, sizeof *date);
      return FALSE;
    }
  date->year = y;
  date->month = m;
  date->day = date->prec == SL_PREC_DAY ? d : 0;
  return TRUE;
}

/* A name of at most max_words words: capitalised, short, no digits. */
static gboolean
name_of_words (const char *s, gsize n, guint max_words)
{
  guint words = 1;

  if (n < 2 || n > 10 * max_words || !g_ascii_isupper (s[0]))
    return FALSE;
  for (gsize i = 0; i < n; i++)
    {
      if (g_ascii_isdigit (s[i]) || s[i] == ',' || s[i] == ':' || s[i] == '\n')
        return FALSE;
      if (s[i] == ' ')
        words++;
    }
  return words <= max_words;
}

/* A name in parentheses: "(Dan Tri)", "(Yonhap)". */
static gboolean
outlet_name_ok (const char *s, gsize n)
{
  return name_of_words (s, n, 4);
}

static gboolean
is_dash_at (const char *p, const char *end, gsize *dash_len)
{
  if (p < end && *p == '-')
    return (*dash_len = (p + 1 < end && p[1] == '-') ? 2 : 1), TRUE;
  if (end - p >= 3 && (memcmp (p, "\xe2\x80\x93", 3) == 0 || memcmp (p, "\xe2\x80\x94", 3) == 0))
    return (*dash_len = 3), TRUE;
  return FALSE;
}

/* Whether the lower-case word at q, inside [line, stop), joins two capitalised words of a
 * place name: "Bosnia and Herzegovina", "Isle of Man". */
static gboolean
place_joiner_at (const char *line, const char *q, const char *stop)
{
  static const char *const joiners[] = { "and ", "of ", "the ", "de ", "del ", "da ", "do " };

  if (q - line < 3 || q[-1] != ' ' || !g_ascii_isalpha (q[-2]))
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (joiners); i++)
    {
      gsize n = strlen (joiners[i]);
      if ((gsize) (stop - q) > n && memcmp (q, joiners[i], n) == 0 && g_ascii_isupper (q[n]))
        return TRUE;
    }
  return FALSE;
}

/* The length of the site's name that opens the line [line, line + n) when it is a page's
 * breadcrumb, "Pacific Nickel Review › Business › Labour" ("Home › World" names none), or 0. */
static gsize
breadcrumb_site (const char *line, gsize n)
{
  static const char *const seps[] = { " \xe2\x80\xba ", " \xc2\xbb ", " > " }; /* ›, », > */

  for (gsize i = 0; i < G_N_ELEMENTS (seps); i++)
    {
      const char *sep = g_strstr_len (line, n, seps[i]);

      if (sep != NULL && outlet_name_ok (line, sep - line)
          && !(sep - line == 4 && g_ascii_strncasecmp (line, "Home", 4) == 0))
        return sep - line;
    }
  return 0;
}

/* The next field of a line whose fields stand between bars, from *f up to end: [*a, *z)
 * without its spaces; *f moves past it. FALSE when none is left. */
static gboolean
next_bar_field (const char **f, const char *end, const char **a, const char **z)
{
  const char *bar;

  if (*f >= end)
    return FALSE;
  bar = memchr (*f, '|', end - *f);
  *a = *f;
  *z = bar ? bar : end;
  while (*a < *z && **a == ' ')
    (*a)++;
  while (*z > *a && ((*z)[-1] == ' ' || (*z)[-1] == '\r'))
    (*z)--;
  *f = bar ? bar + 1 : end;
  return TRUE;
}

/* Whether the line [line, line + n) names a page's sections between bars: "Health | Africa |
 * São Tomé and Príncipe" (not a byline of fields, "By … | …"). */
static gboolean
section_line (const char *line, gsize n)
{
  guint fields = 0;
  const char *f = line, *a, *z;

  if (n > 3 && g_ascii_strncasecmp (line, "By ", 3) == 0)
    return FALSE;
  while (next_bar_field (&f, line + n, &a, &z))
    {
      if (!outlet_name_ok (a, z - a))
        return FALSE;
      fields++;
    }
  return fields >= 2;
}

/* The length of the site's name that opens text when its first lines are a page's masthead:
 * a breadcrumb, "Pacific Nickel Review › Business › Labour" ("Home › World" names none), or
 * the site's name alone on a line above its sections between bars ("Gulf of Guinea Health
 * Report" over "Health | Africa"); 0 when none. *lines_len is how far those lines reach. */
static gsize
masthead_site (const char *text, gsize len, gsize *lines_len)
{
  const char *eol = memchr (text, '\n', len);
  gsize n = eol ? (gsize) (eol - text) : len, site, name = n;
  const char *next, *next_eol;

  if ((site = breadcrumb_site (text, n)) > 0)
    {
      *lines_len = n;
      return site;
    }
  while (name > 0 && (text[name - 1] == '\r' || text[name - 1] == ' '))
    name--;
  if (eol == NULL || !name_of_words (text, name, 6) || memchr (text, '|', name) != NULL)
    return 0;
  next = eol + 1;
  next_eol = memchr (next, '\n', text + len - next);
  if (!section_line (next, (next_eol ? next_eol : text + len) - next))
    return 0;
  *lines_len = (next_eol ? next_eol : text + len) - text;
  return name;
}

gsize
sl_ingest_masthead_lines (const char *text, gsize len)
{
  gsize lines = 0;

  return masthead_site (text, len, &lines) > 0 ? lines : 0;
}

char *
sl_ingest_dateline_outlet (const char *text, gsize len)
{
  const char *end = text + len;
  const char *line = text;
  guint paragraphs = 0;

  /* only the article's first paragraphs carry a dateline */
  while (line < end && paragraphs < 8)
    {
      const char *eol = memchr (line, '\n', end - line);
      const char *stop = eol ? eol : end;
      const char *open = memchr (line, '(', MIN ((gsize) (stop - line), 60));

      if (stop > line)
        paragraphs++;
      /* a page's masthead on its first lines: the site it names */
      if (paragraphs == 1 && stop > line)
        {
          gsize lines, site = masthead_site (line, end - line, &lines);

          if (site > 0)
            return g_strndup (line, site);
        }
      /* a byline of fields: "By Drita Berisha | Dardania Heritage Wire | 14.10.2025, 11:20" */
      if (stop - line > 4 && g_ascii_strncasecmp (line, "By ", 3) == 0
          && memchr (line, '|', stop - line) != NULL)
        {
          const char *f = memchr (line, '|', stop - line) + 1, *a, *z;

          while (next_bar_field (&f, stop, &a, &z))
            if (outlet_name_ok (a, z - a))
              return g_strndup (a, z - a);
        }
      if (open != NULL)
        {
          const char *close = memchr (open, ')', stop - open);
          gsize dl;
          gboolean prefix_ok = TRUE;

          /* before "(": nothing, or an upper-case place and date ("SEOUL, May 10 ",
           * "MOSTAR, Bosnia and Herzegovina, 28 July 2025 ", "WILLEMSTAD, Curaçao, ",
           * "St John's, Antigua, ") */
          for (const char *q = line; q < open; q++)
            if (g_ascii_islower (*q) && !(q > line && (g_ascii_isalpha (q[-1]) || (guchar) q[-1] >= 0x80))
                && !(q - line >= 2 && q[-1] == '\'' && g_ascii_isalpha (q[-2]))
                && !place_joiner_at (line, q, open))
              prefix_ok = FALSE;
          if (close && prefix_ok && outlet_name_ok (open + 1, close - open - 1))
            {
              const char *after = close + 1;
              while (after < stop && *after == ' ')
                after++;
              if (is_dash_at (after, stop, &dl))
                return g_strndup (open + 1, close - open - 1);
            }
        }
      line = eol ? eol + 1 : end;
    }
  return NULL;
}

GPtrArray *
sl_document_array_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) sl_document_free);
}

gboolean
sl_ingest_read_bytes (const char *path, const char *data, gsize len, GPtrArray *docs,
                      GError **error)
{
  SlDocument *doc = NULL;

  g_return_val_if_fail (data != NULL || len == 0, FALSE);
  g_return_val_if_fail (docs != NULL, FALSE);

  if (len == 0 || strspn (data, " \t\r\n") >= len)
    {
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_EMPTY, _("the file is empty"));
      return FALSE;
    }
  if ((goffset) len > SL_INGEST_MAX_BYTES)
    {
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_TOO_LARGE,
                   _("%lu MB is more than the %d MB an article may have"),
                   (unsigned long) (len >> 20), (int) (SL_INGEST_MAX_BYTES >> 20));
      return FALSE;
    }
  /* Windows editors save UTF-16, with a byte-order mark or without: its NUL bytes are not
   * binary. It is read as UTF-8 from here on (XML readers ignore the stale UTF-16 label). */
  if (!has_binary_magic (data, len))
    {
      const char *utf16 = NULL;
      gsize skip = 0;

      if (len >= 2 && (guchar) data[0] == 0xff && (guchar) data[1] == 0xfe)
        utf16 = "UTF-16LE", skip = 2;
      else if (len >= 2 && (guchar) data[0] == 0xfe && (guchar) data[1] == 0xff)
        utf16 = "UTF-16BE", skip = 2;
      else if (memchr (data, '\0', MIN (len, 8192)) != NULL)
        utf16 = bomless_utf16 (data, len);
      if (utf16 != NULL)
        {
          g_autoptr (GError) conv_error = NULL;
          gsize written = 0;
          g_autofree char *utf8 = g_convert (data + skip, len - skip, "UTF-8", utf16, NULL,
                                             &written, &conv_error);
          if (utf8 == NULL)
            {
              g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_ENCODING,
                           _("starts as %s text but is not: %s"), utf16, conv_error->message);
              return FALSE;
            }
          if (memchr (utf8, '\0', written) != NULL)
            {
              g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_BINARY,
                           _("%s text with NUL characters in it: binary data, not an article"),
                           utf16);
              return FALSE;
            }
          return sl_ingest_read_bytes (path, utf8, written, docs, error);
        }
    }
  if (has_binary_magic (data, len))
    {
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_BINARY,
                   _("binary data (an image, archive or database?), not an article"));
      return FALSE;
    }
  if (memchr (data, '\0', MIN (len, 8192)) != NULL)
    {
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_BINARY,
                   _("binary data, not an article: it holds NUL bytes and reads neither as "
                     "UTF-8 nor as UTF-16 text"));
      return FALSE;
    }

  switch (sl_ingest_sniff (path, data, len))
    {
    case SL_FORMAT_FEED:
      return sl_feed_reader_read (path, data, len, docs, error) != NULL;
    case SL_FORMAT_TIMEML:
      doc = sl_timeml_reader_read (path, data, len, error);
      break;
    case SL_FORMAT_TIMELINEJS:
      doc = sl_timelinejs_reader_read (path, data, len, error);
      break;
    case SL_FORMAT_CSV:
      doc = sl_csv_reader_read (path, data, len, error);
      break;
    case SL_FORMAT_HTML:
      doc = sl_html_reader_read (path, data, len, error);
      break;
    case SL_FORMAT_TEXT:
    case SL_FORMAT_UNKNOWN:
    default:
      doc = sl_text_reader_read (path, data, len, error);
      break;
    }
  if (doc == NULL)
    return FALSE;
  g_ptr_array_add (docs, doc);
  return TRUE;
}

gboolean
sl_ingest_read (const char *path, GPtrArray *docs, GError **error)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GFileInfo) info = NULL;
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_return_val_if_fail (path != NULL && docs != NULL, FALSE);

  file = g_file_new_for_path (path);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return FALSE;
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_UNSUPPORTED,
                   _("is a folder, not an article"));
      return FALSE;
    }
  /* a device or pipe (/dev/zero, a FIFO) could be read forever */
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_UNSUPPORTED,
                   _("is not a regular file (a device, pipe or socket?)"));
      return FALSE;
    }
  /* refuse before reading, so a huge file never lands in memory */
  if (g_file_info_get_size (info) > SL_INGEST_MAX_BYTES)
    {
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_TOO_LARGE,
                   _("%lu MB is more than the %d MB an article may have"),
                   (unsigned long) (g_file_info_get_size (info) >> 20), (int) (SL_INGEST_MAX_BYTES >> 20));
      return FALSE;
    }
  if (!g_file_get_contents (path, &contents, &len, error))
    return FALSE;
  return sl_ingest_read_bytes (path, contents, len, docs, error);
}

static SlDocument *
first_document (GPtrArray *docs)
{
  return docs->len ? g_ptr_array_steal_index (docs, 0) : NULL;
}

SlDocument *
sl_ingest_bytes (const char *path, const char *data, gsize len, GError **error)
{
  g_autoptr (GPtrArray) docs = sl_document_array_new ();

  if (!sl_ingest_read_bytes (path, data, len, docs, error))
    return NULL;
  return first_document (docs);
}

SlDocument *
sl_ingest_file (const char *path, GError **error)
{
  g_autoptr (GPtrArray) docs = sl_document_array_new ();

  if (!sl_ingest_read (path, docs, error))
    return NULL;
  return first_document (docs);
}

gboolean
sl_ingest_json_depth_ok (const char *data, gsize len, guint max_depth)
{
  guint depth = 0;
  gboolean in_string = FALSE;

  for (gsize i = 0; i < len; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > max_depth)
            return FALSE;
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }
  return TRUE;
}

void
sl_ingest_append_event (SlDocument *doc, GString *text, SlDocumentEvent *ev)
{
  if (ev->headline == NULL && ev->text)
    ev->headline = g_strndup (ev->text, strcspn (ev->text, ".\n"));
  ev->text_begin = text->len;
  if (ev->headline)
    g_string_append_printf (text, "%s\n", ev->headline);
  if (ev->text)
    g_string_append_printf (text, "%s\n", ev->text);
  ev->text_end = text->len > ev->text_begin ? text->len - 1 : text->len;
  g_string_append_c (text, '\n');
  sl_document_add_event (doc, ev);
}

/* A date given as year, month (0: none) and day (0: none) → TIMEX3 value: "2024-03-28",
 * "2024-03", "2024". The caller has checked the parts. */
char *
sl_ingest_parts_value (gint64 year, gint64 month, gint64 day)
{
  if (day)
    return g_strdup_printf ("%04" G_GINT64_FORMAT "-%02" G_GINT64_FORMAT "-%02" G_GINT64_FORMAT,
                            year, month, day);
  if (month)
    return g_strdup_printf ("%04" G_GINT64_FORMAT "-%02" G_GINT64_FORMAT, year, month);
  return g_strdup_printf ("%04" G_GINT64_FORMAT, year);
}

char *
sl_ingest_clean_line (const char *s)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (s == NULL)
    return NULL;
  /* a JSON parser may hand back bytes its escapes made ("\222"): each bad byte becomes
   * U+FFFD, where the reader sees that something was there */
  if (!g_utf8_validate (s, -1, NULL))
    s = valid = g_utf8_make_valid (s, -1);
  out = g_string_new (NULL);
  for (; *s; s++)
    {
      if (g_ascii_isspace (*s))
        {
          if (out->len && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
        }
      else
        g_string_append_c (out, *s);
    }
  if (out->len && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

/* The parser meets an entity declaration: the file is refused there and then, before any
 * reference to it can be followed, however the entities are nested (a bomb that libxml2's own
 * amplification guard would report in its words gets ours). */
static void
refuse_entity_decl (void *ctx, const xmlChar *name, int type, const xmlChar *public_id,
                    const xmlChar *system_id, xmlChar *content)
{
  xmlParserCtxtPtr ctxt = ctx;

  ctxt->_private = GINT_TO_POINTER (1);
  xmlStopParser (ctxt);
}

static void
set_entities_error (GError **error)
{
  g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_MALFORMED,
               _("the file declares XML entities, which Sourceline never expands "
                 "(they can hide an entity bomb or read local files)"));
}

/* An XML declaration that says UTF-16 over bytes that are not (no NUL in "<?xml"): the file was
 * UTF-16 and has been decoded to UTF-8 already, or it is mislabelled. Either way the label is
 * stale, and libxml2 would refuse the whole file for it. */
static gboolean
stale_utf16_label (const char *data, gsize len)
{
  const char *end, *enc;

  if (len >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    data += 3, len -= 3;
  if (len < 6 || memcmp (data, "<?xml", 5) != 0)
    return FALSE;
  end = memchr (data, '>', MIN (len, 256));
  if (end == NULL)
    return FALSE;
  enc = g_strstr_len (data, end - data, "encoding");
  if (enc == NULL)
    return FALSE;
  enc += strlen ("encoding");
  while (enc < end && (g_ascii_isspace (*enc) || *enc == '=' || *enc == '"' || *enc == '\''))
    enc++;
  return (end - enc >= 5 && g_ascii_strncasecmp (enc, "utf16", 5) == 0)
         || (end - enc >= 6 && g_ascii_strncasecmp (enc, "utf-16", 6) == 0)
         || (end - enc >= 5 && g_ascii_strncasecmp (enc, "ucs-2", 5) == 0);
}

gpointer
sl_ingest_read_xml (const char *data, gsize len, const char *path, GError **error)
{
  xmlParserCtxtPtr ctxt;
  xmlDocPtr doc;
  int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;

  if (len > G_MAXINT)
    {
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_TOO_LARGE, _("the XML file is too large"));
      return NULL;
    }
  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    {
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_MALFORMED, _("out of memory"));
      return NULL;
    }
  ctxt->sax->entityDecl = refuse_entity_decl;
  /* no XML_PARSE_NOENT (entities stay unexpanded), no DTDLOAD, no network */
  /* libxml2 reads raw UTF-16 itself (by its byte-order mark or "<?xml" pattern) */
  if (stale_utf16_label (data, len))
    options |= XML_PARSE_IGNORE_ENC;
  doc = xmlCtxtReadMemory (ctxt, data, (int) len, path, NULL, options);
  if (ctxt->_private != NULL)
    {
      xmlFreeDoc (doc);
      xmlFreeParserCtxt (ctxt);
      set_entities_error (error);
      return NULL;
    }
  if (doc == NULL)
    {
      const xmlError *e = xmlCtxtGetLastError (ctxt);
      g_autofree char *msg = g_strstrip (g_strdup (e && e->message ? e->message : "unreadable"));

      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_MALFORMED,
                   _("line %d: malformed XML: %s"), e ? e->line : 0, msg);
      xmlFreeParserCtxt (ctxt);
      return NULL;
    }
  xmlFreeParserCtxt (ctxt);
  if ((doc->intSubset && doc->intSubset->entities) || (doc->extSubset && doc->extSubset->entities))
    {
      xmlFreeDoc (doc);
      set_entities_error (error);
      return NULL;
    }
  if (xmlDocGetRootElement (doc) == NULL)
    {
      xmlFreeDoc (doc);
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_MALFORMED, _("the XML file has no element"));
      return NULL;
    }
  return doc;
}

guint32
sl_ingest_add_to_model (SlModel *model, SlDocument *doc)
{
  SlDoc d = { 0 };
  char buf[32];

  g_return_val_if_fail (model != NULL && doc != NULL, SL_NONE);
  d.path = sl_model_intern (model, doc->path);
  d.title = sl_model_intern (model, doc->title);
  d.outlet = sl_model_intern (model, doc->outlet);
  d.url = sl_model_intern (model, doc->url);
  d.dct_date = doc->dct;
  d.dct_source = doc->dct.prec != SL_PREC_NONE ? doc->dct_source : SL_DCT_NONE;
  if (doc->dct.prec != SL_PREC_NONE)
    d.dct = sl_model_intern (model, sl_date_to_value (&doc->dct, buf, sizeof buf));
  d.text = g_steal_pointer (&doc->text);
  d.text_len = doc->text_len;
  doc->text_len = 0;
  return sl_model_add_doc (model, &d);
}

static int
sl_strcmp_indirect (const char **a, const char **b)
{
  return strcmp (*a, *b);
}

/* In a folder, only files that look like articles are taken (a README or a spreadsheet of
 * notes beside them is not news); a file named on its own is always tried. */
static gboolean
article_name (const char *name)
{
  static const char *const suffixes[] = { ".txt", ".text", ".html", ".htm", ".xhtml", ".xml",
                                          ".rss", ".rdf", ".atom", ".tml", ".json", ".csv" };
  const char *dot = strrchr (name, '.');

  if (dot == NULL)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_ascii_strcasecmp (dot, suffixes[i]) == 0)
      return TRUE;
  return FALSE;
}

static void
expand_one (const char *path, GPtrArray *out, guint depth)
{
  g_autoptr (GDir) dir = NULL;
  g_autoptr (GPtrArray) names = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR) || depth > 32)
    {
      g_ptr_array_add (out, g_strdup (path));
      return;
    }
  dir = g_dir_open (path, 0, NULL);
  if (dir == NULL)
    {
      g_ptr_array_add (out, g_strdup (path)); /* reading it will report why */
      return;
    }
  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = NULL;
      if (name[0] == '.')
        continue;
      child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR) || article_name (name))
        g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_sort (names, (GCompareFunc) sl_strcmp_indirect);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *child = g_build_filename (path, g_ptr_array_index (names, i), NULL);
      expand_one (child, out, depth + 1);
    }
}

GPtrArray *
sl_ingest_expand_paths (const char *const *paths, guint n_paths)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n_paths; i++)
    expand_one (paths[i], out, 0);
  return out;
}
