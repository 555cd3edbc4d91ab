/* sl-text-reader.c: plain-text articles, with optional "Title:", "Date:", "Source:", "URL:",
 * "Author:" header lines before the body. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include "sl-ingest-private.h"

#include <string.h>

static gboolean
header_value (const char *line, gsize n, const char *key, char **out)
{
  gsize kl = strlen (key);

  if (n <= kl || g_ascii_strncasecmp (line, key, kl) != 0 || line[kl] != ':')
    return FALSE;
  g_free (*out);
  *out = g_strstrip (g_strndup (line + kl + 1, n - kl - 1));
  return TRUE;
}

static const char *
skip_blank (const char *q)
{
  while (*q == '\n' || *q == '\r' || *q == ' ' || *q == '\t')
    q++;
  return q;
}

SlDocument *
sl_text_reader_read (const char *path, const char *data, gsize len, GError **error)
{
  g_autoptr (SlDocument) doc = sl_document_new ();
  g_autofree char *utf8 = NULL;
  g_autofree char *date = NULL;
  gsize ulen = 0;
  const char *p, *end, *body;

  utf8 = sl_ingest_to_utf8 (data, len, NULL, &ulen, error);
  if (utf8 == NULL)
    return NULL;
  doc->path = g_strdup (path);
  /* classic Mac OS and some exporters end lines with a lone CR: without this the whole file
   * is one line (a "Title:" header then swallows the article). One byte for one keeps every
   * offset into the file's content where it was. */
  for (char *c = memchr (utf8, '\r', ulen); c != NULL;
       c = memchr (c + 1, '\r', ulen - (c + 1 - utf8)))
    if (c + 1 == utf8 + ulen || c[1] != '\n')
      *c = '\n';

  /* header block: consecutive "Key: value" lines at the very top, ended by a blank line */
  p = body = utf8;
  end = utf8 + ulen;
  while (p < end)
    {
      const char *eol = memchr (p, '\n', end - p);
      gsize n = (eol ? eol : end) - p;
      gboolean known;

      while (n > 0 && p[n - 1] == '\r')
        n--;
      known = header_value (p, n, "Title", &doc->title)
              || header_value (p, n, "Date", &date)
              || header_value (p, n, "Source", &doc->outlet)
              || header_value (p, n, "URL", &doc->url)
              || header_value (p, n, "Author", &doc->author);
      if (!known)
        break;
      p = eol ? eol + 1 : end;
      body = p;
    }
  if (body != utf8)
    while (body < end && (*body == '\n' || *body == '\r'))
      body++;

  if (date != NULL)
    {
      if (!sl_ingest_parse_date (date, &doc->dct))
        {
          g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_MALFORMED,
                       _("the Date: header \"%s\" is not a date (use YYYY-MM-DD)"), date);
          return NULL;
        }
      doc->dct_source = SL_DCT_METADATA;
    }

  /* header lines alone are no article, and would pass for a duplicate of every other such */
  if (body != utf8 && body + strspn (body, " \t\r\n") >= end)
    {
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_EMPTY,
                   _("the file has header lines but no article text after them"));
      return NULL;
    }
  doc->text_len = end - body;
  doc->text = g_strndup (body, doc->text_len);

  if (doc->title == NULL)
    {
      /* the first non-blank line is the headline, or the one after a page's masthead */
      const char *q = skip_blank (doc->text);

      q = skip_blank (q + sl_ingest_masthead_lines (q, doc->text + doc->text_len - q));
      if (*q)
        {
          gsize n = strcspn (q, "\r\n");
          if (n > 0 && n < 300)
            doc->title = g_strstrip (g_strndup (q, n));
        }
    }
  if (doc->outlet == NULL)
    doc->outlet = sl_ingest_dateline_outlet (doc->text, doc->text_len);

  return g_steal_pointer (&doc);
}
