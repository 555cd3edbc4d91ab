/* sl-html-reader.c: saved web pages → article text and metadata, with libxml2's forgiving
 * HTML parser (no network, no entities fetched). Paragraph structure survives as blank lines. */
#include "sl-ingest-private.h"

#include <json-glib/json-glib.h>
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

static gboolean is_boilerplate_block (const xmlNode *n);

static void collect_text_full (const xmlNode *node, GString *out, guint depth, gboolean prune);

static void
collect_text (const xmlNode *node, GString *out, guint depth)
{
  collect_text_full (node, out, depth, FALSE);
}

static void
collect_text_full (const xmlNode *node, GString *out, guint depth, gboolean prune)
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
      if (prune && is_block (n) && is_boilerplate_block (n))
        continue;
      if (is_block (n))
        paragraph_break (out);
      if (depth < 256)
        collect_text_full (n->children, out, depth + 1, prune);
      if (is_block (n))
        paragraph_break (out);
    }
}

/* Readability: pages wrap the article in menus, share bars, cookie banners, comments and
 * related links. Paragraph-like text votes for its container; link-heavy or boilerplate-named
 * blocks are left out of what is collected. */

static const char *const negative_hints[] = {
  "nav", "menu", "footer", "comment", "share", "social", "related", "promo", "cookie",
  "consent", "banner", "sidebar", "subscribe", "newsletter", "advert", "sponsor", "popup",
  "modal", "breadcrumb", "masthead", "toolbar", "widget", "recommend", "trending", "most-read",
  "tags", "byline-share", "signup", "paywall", NULL
};
static const char *const positive_hints[] = {
  "article", "content", "story", "body", "post", "entry", "main", "text", "prose", NULL
};

static char *
class_and_id (const xmlNode *n)
{
  xmlChar *cls = xmlGetProp (n, (const xmlChar *) "class");
  xmlChar *id = xmlGetProp (n, (const xmlChar *) "id");
  xmlChar *role = xmlGetProp (n, (const xmlChar *) "role");
  g_autofree char *raw = g_strjoin (" ", cls ? (char *) cls : "", id ? (char *) id : "",
                                   role ? (char *) role : "", NULL);
  char *joined = g_ascii_strdown (raw, -1);

  xmlFree (cls);
  xmlFree (id);
  xmlFree (role);
  return joined;
}

static int
hint_weight (const xmlNode *n)
{
  g_autofree char *joined = NULL;
  int w = 0;

  if (n->type != XML_ELEMENT_NODE)
    return 0;
  joined = class_and_id (n);
  for (guint i = 0; negative_hints[i]; i++)
    if (strstr (joined, negative_hints[i]) != NULL)
      {
        w -= 25;
        break;
      }
  for (guint i = 0; positive_hints[i]; i++)
    if (strstr (joined, positive_hints[i]) != NULL)
      {
        w += 25;
        break;
      }
  return w;
}

typedef struct
{
  guint text;  /* bytes of visible text below the node */
  guint links; /* of which inside <a> */
} TextStats;

static void
text_stats (const xmlNode *n, TextStats *st, gboolean in_link, guint depth)
{
  for (; n && depth < 256; n = n->next)
    {
      if (n->type == XML_TEXT_NODE && n->content)
        {
          guint len = 0;
          for (const xmlChar *c = n->content; *c; c++)
            len += !g_ascii_isspace (*c);
          st->text += len;
          if (in_link)
            st->links += len;
        }
      else if (n->type == XML_ELEMENT_NODE && !is_skipped (n))
        text_stats (n->children, st, in_link || xmlStrcasecmp (n->name, (const xmlChar *) "a") == 0,
                    depth + 1);
    }
}

static double
link_density (const xmlNode *n)
{
  TextStats st = { 0, 0 };

  text_stats (n->children, &st, FALSE, 0);
  return st.text ? (double) st.links / st.text : 1.0;
}

static gboolean
is_paragraph (const xmlNode *n)
{
  return xmlStrcasecmp (n->name, (const xmlChar *) "p") == 0
         || xmlStrcasecmp (n->name, (const xmlChar *) "pre") == 0
         || xmlStrcasecmp (n->name, (const xmlChar *) "blockquote") == 0;
}

static void
score_paragraphs (const xmlNode *n, GHashTable *scores, guint depth)
{
  for (; n && depth < 256; n = n->next)
    {
      if (n->type != XML_ELEMENT_NODE || is_skipped (n))
        continue;
      if (is_paragraph (n) && n->parent)
        {
          TextStats st = { 0, 0 };
          xmlChar *content;
          double score;
          guint commas = 0;

          text_stats (n->children, &st, FALSE, 0);
          if (st.text >= 25 && st.links * 2 < st.text)
            {
              content = xmlNodeGetContent (n);
              for (const xmlChar *c = content; c && *c; c++)
                commas += *c == ',';
              xmlFree (content);
              score = 1.0 + commas + MIN (st.text / 100.0, 3.0);
              g_hash_table_insert (scores, n->parent,
                                   GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (scores, n->parent))
                                                    + (int) (score * 100)));
              if (n->parent->parent && n->parent->parent->type == XML_ELEMENT_NODE)
                g_hash_table_insert (scores, n->parent->parent,
                                     GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (scores, n->parent->parent))
                                                      + (int) (score * 50)));
            }
        }
      score_paragraphs (n->children, scores, depth + 1);
    }
}

/* The element that holds the article: the best-scored container after link density and
 * class hints, or NULL when the page has no paragraphs to vote. */
static const xmlNode *
best_container (const xmlNode *root)
{
  g_autoptr (GHashTable) scores = g_hash_table_new (NULL, NULL);
  GHashTableIter it;
  gpointer key, value;
  const xmlNode *best = NULL;
  double best_score = 0;

  score_paragraphs (root, scores, 0);
  g_hash_table_iter_init (&it, scores);
  while (g_hash_table_iter_next (&it, &key, &value))
    {
      const xmlNode *n = key;
      double score = GPOINTER_TO_INT (value) / 100.0;

      score = (score + hint_weight (n) / 5.0) * (1.0 - link_density (n));
      if (score > best_score)
        {
          best_score = score;
          best = n;
        }
    }
  return best;
}

/* Boilerplate inside the article container: blocks named like it, or lists of links. */
static gboolean
is_boilerplate_block (const xmlNode *n)
{
  TextStats st = { 0, 0 };

  if (hint_weight (n) < 0)
    return TRUE;
  if (is_paragraph (n))
    return FALSE;
  text_stats (n->children, &st, FALSE, 0);
  return st.text > 0 && st.links * 2 > st.text && st.text < 400;
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

static const char *
ld_string (JsonObject *o, const char *name)
{
  JsonNode *n;

  if (o == NULL || !json_object_has_member (o, name))
    return NULL;
  n = json_object_get_member (o, name);
  if (JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING)
    return json_node_get_string (n);
  if (JSON_NODE_HOLDS_OBJECT (n))
    return ld_string (json_node_get_object (n), "name"); /* author/publisher objects */
  if (JSON_NODE_HOLDS_ARRAY (n) && json_array_get_length (json_node_get_array (n)) > 0)
    {
      JsonNode *first = json_array_get_element (json_node_get_array (n), 0);
      if (JSON_NODE_HOLDS_OBJECT (first))
        return ld_string (json_node_get_object (first), "name");
      if (JSON_NODE_HOLDS_VALUE (first) && json_node_get_value_type (first) == G_TYPE_STRING)
        return json_node_get_string (first);
    }
  return NULL;
}

/* schema.org NewsArticle (or any *Article) in JSON-LD, possibly inside @graph or a list. */
static void
ld_visit (JsonNode *node, HtmlMeta *m, guint depth)
{
  JsonObject *o;
  const char *type;

  if (node == NULL || depth > 8)
    return;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *arr = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (arr) && i < 64; i++)
        ld_visit (json_array_get_element (arr, i), m, depth + 1);
      return;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return;
  o = json_node_get_object (node);
  if (json_object_has_member (o, "@graph"))
    ld_visit (json_object_get_member (o, "@graph"), m, depth + 1);
  type = ld_string (o, "@type");
  if (type == NULL || !g_str_has_suffix (type, "Article"))
    return;
  meta_set (&m->published, g_strdup (ld_string (o, "datePublished")));
  meta_set (&m->title, sl_ingest_clean_line (ld_string (o, "headline")));
  meta_set (&m->author, sl_ingest_clean_line (ld_string (o, "author")));
  meta_set (&m->site, sl_ingest_clean_line (ld_string (o, "publisher")));
  meta_set (&m->url, sl_ingest_clean_line (ld_string (o, "url")));
}

static void
collect_json_ld (const xmlNode *script, HtmlMeta *m)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  xmlChar *content = xmlNodeGetContent (script);

  if (content && json_parser_load_from_data (parser, (const char *) content, -1, NULL))
    ld_visit (json_parser_get_root (parser), m, 0);
  xmlFree (content);
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
      else if (xmlStrcasecmp (n->name, (const xmlChar *) "script") == 0)
        {
          g_autofree char *type = attr (n, "type");
          if (type && g_ascii_strcasecmp (type, "application/ld+json") == 0)
            collect_json_ld (n, m);
        }
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
  content = best_container (root);
  if (content == NULL)
    content = find_element (root, "article", 0);
  if (content == NULL)
    content = find_element (root, "main", 0);
  if (content == NULL)
    content = find_element (root, "body", 0);
  if (content == NULL)
    content = root;

  body = g_string_new (NULL);
  collect_text_full (content->children, body, 0, TRUE);
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
