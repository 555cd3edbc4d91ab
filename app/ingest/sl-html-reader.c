/* sl-html-reader.c: saved web pages → article text and metadata, with libxml2's forgiving
 * HTML parser (no network, no entities fetched). Paragraph structure survives as blank lines. */
#include "sl-ingest-private.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <string.h>

/* Elements whose text is never article body. */
static gboolean
is_skipped (const xmlNode *node)
{
  static const char *const skipped[] = { "script", "style", "noscript", "nav", "header",
                                         "footer", "aside", "form", "button", "template",
                                         "svg", "iframe", "select", "figure" };
  for (guint i = 0; i < G_N_ELEMENTS (skipped); i++)
    if (xmlStrcasecmp (node->name, (const xmlChar *) skipped[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_block (const xmlNode *node)
{
  static const char *const blocks[] = { "p", "div", "section", "article", "h1", "h2", "h3",
                                        "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
                                        "pre", "table", "tr", "br", "main", "dd", "dt" };
  for (guint i = 0; i < G_N_ELEMENTS (blocks); i++)
    if (xmlStrcasecmp (node->name, (const xmlChar *) blocks[i]) == 0)
      return TRUE;
  return FALSE;
}

static void
paragraph_break (GString *out)
{
  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  if (out->len == 0)
    return;
  if (out->str[out->len - 1] != '\n')
    g_string_append_c (out, '\n');
  if (out->len < 2 || out->str[out->len - 2] != '\n')
    g_string_append_c (out, '\n');
}

/* Appends text with runs of white space folded to one space. */
static void
append_folded (GString *out, const char *s)
{
  for (; *s; s++)
    {
      gboolean space = *s == ' ' || *s == '\t' || *s == '\n' || *s == '\r';
      if (space)
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ' && out->str[out->len - 1] != '\n')
            g_string_append_c (out, ' ');
        }
      else
        g_string_append_c (out, *s);
    }
}

static void
collect_text (const xmlNode *node, GString *out, guint depth)
{
  /* deeply nested markup is flattened past this depth instead of recursing further */
  for (const xmlNode *n = node; n != NULL; n = n->next)
    {
      if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
        {
          if (n->content)
            append_folded (out, (const char *) n->content);
          continue;
        }
      if (n->type != XML_ELEMENT_NODE || is_skipped (n))
        continue;
      if (is_block (n))
        paragraph_break (out);
      if (depth < 256)
        collect_text (n->children, out, depth + 1);
      if (is_block (n))
        paragraph_break (out);
    }
}

static const xmlNode *
find_element (const xmlNode *node, const char *name, guint depth)
{
  for (const xmlNode *n = node; n != NULL && depth < 256; n = n->next)
    {
      const xmlNode *found;
      if (n->type != XML_ELEMENT_NODE)
        continue;
      if (xmlStrcasecmp (n->name, (const xmlChar *) name) == 0)
        return n;
      if ((found = find_element (n->children, name, depth + 1)) != NULL)
        return found;
    }
  return NULL;
}

static char *
attr (const xmlNode *n, const char *name)
{
  xmlChar *v = xmlGetProp (n, (const xmlChar *) name);
  char *s = v ? g_strstrip (g_strdup ((const char *) v)) : NULL;
  xmlFree (v);
  return s;
}

typedef struct
{
  char *title, *site, *url, *author, *published, *charset;
} HtmlMeta;

static void
meta_set (char **slot, char *value)
{
  if (*slot == NULL && value != NULL && *value)
    *slot = value;
  else
    g_free (value);
}

static void
collect_meta (const xmlNode *node, HtmlMeta *m, guint depth)
{
  for (const xmlNode *n = node; n != NULL && depth < 256; n = n->next)
    {
      if (n->type != XML_ELEMENT_NODE)
        continue;
      if (xmlStrcasecmp (n->name, (const xmlChar *) "meta") == 0)
        {
          g_autofree char *key = attr (n, "property");
          if (key == NULL)
            key = attr (n, "name");
          if (key != NULL)
            {
              g_autofree char *k = g_ascii_strdown (key, -1);
              if (g_str_equal (k, "og:title"))
                meta_set (&m->title, attr (n, "content"));
              else if (g_str_equal (k, "og:site_name") || g_str_equal (k, "publisher")
                       || g_str_equal (k, "application-name"))
                meta_set (&m->site, attr (n, "content"));
              else if (g_str_equal (k, "og:url"))
                meta_set (&m->url, attr (n, "content"));
              else if (g_str_equal (k, "author") || g_str_equal (k, "article:author"))
                meta_set (&m->author, attr (n, "content"));
              else if (g_str_equal (k, "article:published_time") || g_str_equal (k, "date")
                       || g_str_equal (k, "pubdate") || g_str_equal (k, "dc.date"))
                meta_set (&m->published, attr (n, "content"));
            }
        }
      else if (xmlStrcasecmp (n->name, (const xmlChar *) "link") == 0)
        {
          g_autofree char *rel = attr (n, "rel");
          if (rel && g_ascii_strcasecmp (rel, "canonical") == 0)
            meta_set (&m->url, attr (n, "href"));
        }
      else if (xmlStrcasecmp (n->name, (const xmlChar *) "time") == 0)
        meta_set (&m->published, attr (n, "datetime"));
      collect_meta (n->children, m, depth + 1);
    }
}

SlDocument *
sl_html_reader_read (const char *path, const char *data, gsize len, GError **error)
{
  g_autoptr (SlDocument) doc = NULL;
  g_autofree char *utf8 = NULL;
  g_autoptr (GString) body = NULL;
  HtmlMeta meta = { 0 };
  htmlDocPtr html;
  const xmlNode *root, *content;
  gsize ulen = 0;

  if (len > G_MAXINT)
    {
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_TOO_LARGE, "page is too large");
      return NULL;
    }
  /* decode ourselves (meta charset or Windows-1252 fallback) so libxml2 sees UTF-8 only */
  {
    g_autofree char *lower = g_ascii_strdown (data, MIN (len, 2048));
    const char *cs = strstr (lower, "charset=");
    g_autofree char *charset = NULL;
    if (cs)
      {
        cs += 8;
        while (*cs == '"' || *cs == '\'')
          cs++;
        charset = g_strndup (cs, strcspn (cs, "\"' ;>/"));
      }
    utf8 = sl_ingest_to_utf8 (data, len, charset && *charset ? charset : NULL, &ulen, error);
    if (utf8 == NULL)
      return NULL;
  }

  html = htmlReadMemory (utf8, (int) ulen, path, "UTF-8",
                         HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR
                           | HTML_PARSE_NOWARNING | HTML_PARSE_NOBLANKS);
  if (html == NULL || (root = xmlDocGetRootElement (html)) == NULL)
    {
      if (html)
        xmlFreeDoc (html);
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_MALFORMED,
                   "no HTML document could be read from it");
      return NULL;
    }

  collect_meta (root, &meta, 0);
  content = find_element (root, "article", 0);
  if (content == NULL)
    content = find_element (root, "main", 0);
  if (content == NULL)
    content = find_element (root, "body", 0);
  if (content == NULL)
    content = root;

  body = g_string_new (NULL);
  collect_text (content->children, body, 0);
  while (body->len > 0 && (body->str[body->len - 1] == '\n' || body->str[body->len - 1] == ' '))
    g_string_truncate (body, body->len - 1);

  doc = sl_document_new ();
  doc->path = g_strdup (path);
  if (meta.title == NULL)
    {
      const xmlNode *t = find_element (root, "h1", 0);
      if (t == NULL)
        t = find_element (root, "title", 0);
      if (t != NULL)
        {
          g_autoptr (GString) s = g_string_new (NULL);
          collect_text (t->children, s, 0);
          meta.title = g_strstrip (g_string_free (g_steal_pointer (&s), FALSE));
        }
    }
  doc->title = meta.title;
  doc->outlet = meta.site;
  doc->url = meta.url;
  doc->author = meta.author;
  if (meta.published && sl_ingest_parse_date (meta.published, &doc->dct))
    doc->dct_source = SL_DCT_METADATA;
  g_free (meta.published);
  g_free (meta.charset);
  xmlFreeDoc (html);

  if (body->len == 0)
    {
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_EMPTY,
                   "the page has no article text");
      return NULL;
    }
  doc->text_len = body->len;
  doc->text = g_string_free (g_steal_pointer (&body), FALSE);
  if (doc->outlet == NULL)
    doc->outlet = sl_ingest_dateline_outlet (doc->text, doc->text_len);
  return g_steal_pointer (&doc);
}

char *
sl_html_fragment_to_text (const char *html, gsize len)
{
  g_autoptr (GString) out = NULL;
  htmlDocPtr doc;
  if (html == NULL || len == 0 || len > G_MAXINT)
    return NULL;
  if (memchr (html, '<', len) == NULL && memchr (html, '&', len) == NULL)
    {
      g_autofree char *plain = g_strndup (html, len);
      return sl_ingest_clean_line (plain);
    }
  doc = htmlReadMemory (html, (int) len, NULL, "UTF-8",
                        HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR
                          | HTML_PARSE_NOWARNING | HTML_PARSE_NOIMPLIED);
  if (doc == NULL)
    return NULL;
  out = g_string_new (NULL);
  collect_text (doc->children, out, 0);
  xmlFreeDoc (doc);
  while (out->len > 0 && (out->str[out->len - 1] == '\n' || out->str[out->len - 1] == ' '))
    g_string_truncate (out, out->len - 1);
  if (out->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}
