/* sl-html-reader.c: saved web pages → article text and metadata, with libxml2's forgiving
 * HTML parser (no network, no entities fetched). Paragraph structure survives as blank lines. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include "sl-ingest-private.h"

#include <json-glib/json-glib.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <string.h>

enum
{
  TAG_SKIPPED = 1 << 0,   /* never article body: scripts, menus, forms */
  TAG_BLOCK = 1 << 1,     /* starts a paragraph */
  TAG_PARAGRAPH = 1 << 2, /* paragraph-like text that votes for its container */
  TAG_LINK = 1 << 3,
};

/* The HTML parser lower-cases element names, so exact comparison suffices. */
static guint
tag_flags (const xmlNode *n)
{
  static const struct { const char *name; guint flags; } tags[] = {
    { "p", TAG_BLOCK | TAG_PARAGRAPH }, { "a", TAG_LINK }, { "div", TAG_BLOCK },
    { "li", TAG_BLOCK }, { "br", TAG_BLOCK }, { "ul", TAG_BLOCK }, { "ol", TAG_BLOCK },
    { "h1", TAG_BLOCK }, { "h2", TAG_BLOCK }, { "h3", TAG_BLOCK }, { "h4", TAG_BLOCK },
    { "h5", TAG_BLOCK }, { "h6", TAG_BLOCK }, { "section", TAG_BLOCK }, { "article", TAG_BLOCK },
    { "main", TAG_BLOCK }, { "blockquote", TAG_BLOCK | TAG_PARAGRAPH },
    { "pre", TAG_BLOCK | TAG_PARAGRAPH }, { "table", TAG_BLOCK }, { "tr", TAG_BLOCK },
    { "dd", TAG_BLOCK }, { "dt", TAG_BLOCK }, { "script", TAG_SKIPPED }, { "style", TAG_SKIPPED },
    { "noscript", TAG_SKIPPED }, { "nav", TAG_SKIPPED }, { "header", TAG_SKIPPED },
    { "footer", TAG_SKIPPED }, { "aside", TAG_SKIPPED }, { "form", TAG_SKIPPED },
    { "button", TAG_SKIPPED }, { "template", TAG_SKIPPED }, { "svg", TAG_SKIPPED },
    { "iframe", TAG_SKIPPED }, { "select", TAG_SKIPPED }, { "figure", TAG_SKIPPED },
    /* the head's title names the page; with no body it must not pass for the article */
    { "head", TAG_SKIPPED }, { "title", TAG_SKIPPED },
  };
  const char *name = (const char *) n->name;

  if (n->type != XML_ELEMENT_NODE || name == NULL)
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (tags); i++)
    if (name[0] == tags[i].name[0] && strcmp (name, tags[i].name) == 0)
      return tags[i].flags;
  return 0;
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

/* Readability: pages wrap the article in menus, share bars, cookie banners, comments and
 * related links. Paragraph-like text votes for its container; link-heavy or boilerplate-named
 * blocks are left out of what is collected. One pass gathers every element's text and link
 * lengths (kept in the node's _private slot) so that no decision rescans a subtree. */

typedef struct
{
  guint32 text;   /* non-space bytes of visible text below the element */
  guint32 links;  /* of which inside <a> */
  guint32 commas;
  gint32  hint;   /* class/id/role: -1 boilerplate-named, +1 article-named, 0 neither */
  double  score;  /* votes from paragraphs */
} NodeStats;

typedef struct _HtmlMeta HtmlMeta;

typedef struct
{
  GArray   *stats; /* NodeStats; node->_private holds index + 1 */
  HtmlMeta *meta;  /* metadata is read in the same pass */
} Readability;

static void meta_element (const xmlNode *n, HtmlMeta *m);

static void
meta_walk (const xmlNode *first, HtmlMeta *m, guint depth)
{
  for (const xmlNode *n = first; n && depth < 256; n = n->next)
    if (n->type == XML_ELEMENT_NODE)
      {
        meta_element (n, m);
        meta_walk (n->children, m, depth + 1);
      }
}

static const char *const negative_hints[] = {
  "nav", "menu", "footer", "comment", "share", "social", "related", "promo", "cookie",
  "consent", "banner", "sidebar", "subscribe", "newsletter", "advert", "sponsor", "popup",
  "modal", "breadcrumb", "masthead", "toolbar", "widget", "recommend", "trending", "most-read",
  "tags", "signup", "paywall", NULL
};
static const char *const positive_hints[] = {
  "article", "content", "story", "body", "post", "entry", "main", "text", "prose", NULL
};

/* Reads class, id and role straight from the attribute list (no copies), lower-cased into
 * buf, and judges them against the hint words. */
static int
element_hint (const xmlNode *n)
{
  char buf[256];
  gsize len = 0;

  for (const xmlAttr *a = n->properties; a; a = a->next)
    {
      const char *name = (const char *) a->name;
      const xmlNode *v = a->children;

      if (!(strcmp (name, "class") == 0 || strcmp (name, "id") == 0 || strcmp (name, "role") == 0)
          || v == NULL || v->content == NULL)
        continue;
      /* keep room for the separator and the terminator */
      for (const xmlChar *c = v->content; *c && len + 2 < sizeof buf; c++)
        buf[len++] = g_ascii_tolower (*c);
      if (len + 1 < sizeof buf)
        buf[len++] = ' ';
    }
  if (len == 0)
    return 0;
  buf[len] = '\0';
  for (guint i = 0; negative_hints[i]; i++)
    if (strstr (buf, negative_hints[i]))
      return -1;
  for (guint i = 0; positive_hints[i]; i++)
    if (strstr (buf, positive_hints[i]))
      return 1;
  return 0;
}

static NodeStats *
stats_of (const Readability *r, const xmlNode *n)
{
  guint idx = GPOINTER_TO_UINT (n->_private);
  return idx ? &g_array_index (r->stats, NodeStats, idx - 1) : NULL;
}

/* Fills stats for every element below n; returns the totals of n's children. */
static void
gather (Readability *r, xmlNode *first, NodeStats *total, gboolean in_link, guint depth)
{
  for (xmlNode *n = first; n && depth < 256; n = n->next)
    {
      if (n->type == XML_TEXT_NODE && n->content)
        {
          guint len = 0, commas = 0;
          for (const xmlChar *c = n->content; *c; c++)
            {
              len += !g_ascii_isspace (*c);
              commas += *c == ',';
            }
          total->text += len;
          total->commas += commas;
          if (in_link)
            total->links += len;
        }
      else if (n->type == XML_ELEMENT_NODE)
        {
          guint flags = tag_flags (n);
          NodeStats st = { 0 };
          guint idx;

          meta_element (n, r->meta);
          if (flags & TAG_SKIPPED)
            {
              /* a byline's <time> often sits in a <header>: read metadata, not text */
              meta_walk (n->children, r->meta, depth + 1);
              continue;
            }
          gather (r, n->children, &st, in_link || (flags & TAG_LINK), depth + 1);
          if ((flags & TAG_BLOCK) && n->properties)
            st.hint = element_hint (n);
          g_array_append_val (r->stats, st);
          idx = r->stats->len;
          n->_private = GUINT_TO_POINTER (idx);
          total->text += st.text;
          total->links += st.links;
          total->commas += st.commas;
        }
    }
}

/* Paragraphs vote for their parent (fully) and grandparent (half). */
static void
vote (Readability *r, const xmlNode *first, guint depth)
{
  for (const xmlNode *n = first; n && depth < 256; n = n->next)
    {
      const NodeStats *st;
      NodeStats *parent;

      if (n->type != XML_ELEMENT_NODE || (st = stats_of (r, n)) == NULL)
        continue;
      if ((tag_flags (n) & TAG_PARAGRAPH) && st->text >= 25 && st->links * 2 < st->text
          && (parent = n->parent ? stats_of (r, n->parent) : NULL) != NULL)
        {
          double score = 1.0 + st->commas + MIN (st->text / 100.0, 3.0);
          NodeStats *grand = n->parent->parent ? stats_of (r, n->parent->parent) : NULL;

          parent->score += score;
          if (grand)
            grand->score += score / 2;
        }
      vote (r, n->children, depth + 1);
    }
}

static const xmlNode *
best_in (const Readability *r, const xmlNode *first, const xmlNode *best, double *best_score,
         guint depth)
{
  for (const xmlNode *n = first; n && depth < 256; n = n->next)
    {
      const NodeStats *st = n->type == XML_ELEMENT_NODE ? stats_of (r, n) : NULL;

      if (st == NULL)
        continue;
      if (st->score > 0)
        {
          double density = st->text ? (double) st->links / st->text : 1.0;
          double score = (st->score + st->hint * 5.0) * (1.0 - density);
          if (score > *best_score)
            {
              *best_score = score;
              best = n;
            }
        }
      best = best_in (r, n->children, best, best_score, depth + 1);
    }
  return best;
}

/* Boilerplate inside the article container: blocks named like it, or short lists of links. */
static gboolean
is_boilerplate_block (const Readability *r, const xmlNode *n)
{
  const NodeStats *st = stats_of (r, n);

  if (st == NULL || (tag_flags (n) & TAG_PARAGRAPH))
    return FALSE;
  return st->hint < 0 || (st->text > 0 && st->links * 2 > st->text && st->text < 400);
}

static void
collect_text_full (const Readability *r, const xmlNode *node, GString *out, guint depth)
{
  /* deeply nested markup is flattened past this depth instead of recursing further */
  for (const xmlNode *n = node; n != NULL; n = n->next)
    {
      guint flags;

      if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
        {
          if (n->content)
            append_folded (out, (const char *) n->content);
          continue;
        }
      flags = tag_flags (n);
      if (n->type != XML_ELEMENT_NODE || (flags & TAG_SKIPPED))
        continue;
      if (r && (flags & TAG_BLOCK) && is_boilerplate_block (r, n))
        continue;
      if (flags & TAG_BLOCK)
        paragraph_break (out);
      if (depth < 256)
        collect_text_full (r, n->children, out, depth + 1);
      if (flags & TAG_BLOCK)
        paragraph_break (out);
    }
}

static void
collect_text (const xmlNode *node, GString *out, guint depth)
{
  collect_text_full (NULL, node, out, depth);
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

struct _HtmlMeta
{
  char *title, *site, *url, *author, *published;
};

static void
meta_set (char **slot, char *value)
{
  if (*slot == NULL && value != NULL && *value)
    *slot = value;
  else
    g_free (value);
}

/* A publication date counts only if it reads as one: a "2024/05/10 | Updated" or a
 * "3 hours ago" in one tag must not hide a good date in the next. */
static void
meta_set_date (char **slot, char *value)
{
  SlDate d;

  if (*slot == NULL && value != NULL && sl_ingest_parse_date (value, &d))
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
  meta_set_date (&m->published, sl_ingest_clean_line (ld_string (o, "datePublished")));
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

  if (content
      && sl_ingest_json_depth_ok ((const char *) content, strlen ((const char *) content),
                                  SL_INGEST_MAX_JSON_DEPTH)
      && json_parser_load_from_data (parser, (const char *) content, -1, NULL))
    ld_visit (json_parser_get_root (parser), m, 0);
  xmlFree (content);
}

/* Meta names (lower-cased) that carry the publication date. */
static const char *const published_keys[] = {
  "article:published_time", "og:published_time", "date", "pubdate", "publish-date",
  "publish_date", "publishdate", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued",
  "dcterms.created", "datepublished", "parsely-pub-date", "sailthru.date", NULL
};

/* One element's contribution to the page's metadata; the first value found wins. */
static void
meta_element (const xmlNode *n, HtmlMeta *m)
{
  const char *name = (const char *) n->name;

  if (name == NULL || !strchr ("mlts", name[0]))
    return;
  if (strcmp (name, "meta") == 0)
    {
      g_autofree char *key = attr (n, "property");
      if (key == NULL)
        key = attr (n, "name");
      if (key == NULL)
        key = attr (n, "itemprop"); /* schema.org microdata */
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
          else if (g_strv_contains (published_keys, k))
            meta_set_date (&m->published, attr (n, "content"));
        }
    }
  else if (strcmp (name, "link") == 0)
    {
      g_autofree char *rel = attr (n, "rel");
      if (rel && g_ascii_strcasecmp (rel, "canonical") == 0)
        meta_set (&m->url, attr (n, "href"));
    }
  else if (strcmp (name, "time") == 0)
    {
      /* a <time> marked as the publication date counts like a meta tag; any other <time>
       * (a masthead's "today", a related story's date) only when nothing better is found */
      g_autofree char *itemprop = attr (n, "itemprop");
      if (xmlHasProp (n, (const xmlChar *) "pubdate")
          || (itemprop && g_ascii_strcasecmp (itemprop, "datePublished") == 0))
        meta_set_date (&m->published, attr (n, "datetime"));
    }
  else if (strcmp (name, "script") == 0)
    {
      g_autofree char *type = attr (n, "type");
      if (type && g_ascii_strcasecmp (type, "application/ld+json") == 0)
        collect_json_ld (n, m);
    }
}

/* The charset a page declares in its first bytes, as browsers take it (the WHATWG Encoding
 * standard): Latin-1 and ASCII labels mean Windows-1252, a UTF-16 label that could be read
 * as ASCII is wrong, and a label iconv does not know is no label. NULL for UTF-8 or none. */
static char *
declared_charset (const char *data, gsize len)
{
  static const char *const windows_1252[] = { "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1",
                                              "l1", "us-ascii", "ascii", "cp1252", "x-cp1252",
                                              "cp819", "ibm819", NULL };
  const char *end = data + MIN (len, 2048);
  const char *cs = NULL;
  g_autofree char *label = NULL;
  GIConv cd;
  gsize n = 0;

  for (const char *p = data; p + 8 <= end && cs == NULL; p++)
    if ((*p == 'c' || *p == 'C') && g_ascii_strncasecmp (p, "charset=", 8) == 0)
      cs = p + 8;
  if (cs == NULL)
    return NULL;
  while (cs < end && (*cs == '"' || *cs == '\''))
    cs++;
  while (cs + n < end && n < 40 && !strchr ("\"' ;>/\n", cs[n]))
    n++;
  label = g_ascii_strdown (cs, n);
  if (*label == '\0' || g_str_equal (label, "utf-8") || g_str_equal (label, "utf8")
      || g_str_has_prefix (label, "utf-16"))
    return NULL;
  if (g_strv_contains (windows_1252, label))
    return g_strdup ("WINDOWS-1252");
  cd = g_iconv_open ("UTF-8", label);
  if (cd == (GIConv) -1)
    return NULL;
  g_iconv_close (cd);
  return g_steal_pointer (&label);
}

/* The first <time datetime> below node that reads as a date. */
static char *
first_time (const xmlNode *node, guint depth)
{
  for (const xmlNode *n = node; n != NULL && depth < 256; n = n->next)
    {
      char *found = NULL;

      if (n->type != XML_ELEMENT_NODE)
        continue;
      if (strcmp ((const char *) n->name, "time") == 0)
        meta_set_date (&found, attr (n, "datetime"));
      if (found == NULL)
        found = first_time (n->children, depth + 1);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* One parser context per thread, reset between pages: creating one costs as much as
 * parsing a short page. */
static GPrivate parser_key = G_PRIVATE_INIT ((GDestroyNotify) htmlFreeParserCtxt);

static htmlParserCtxtPtr
thread_parser (void)
{
  htmlParserCtxtPtr ctxt = g_private_get (&parser_key);

  if (ctxt == NULL)
    {
      ctxt = htmlNewParserCtxt ();
      g_private_set (&parser_key, ctxt);
    }
  return ctxt;
}

SlDocument *
sl_html_reader_read (const char *path, const char *data, gsize len, GError **error)
{
  g_autoptr (SlDocument) doc = NULL;
  g_autofree char *utf8 = NULL;
  g_autoptr (GString) body = NULL;
  HtmlMeta meta = { 0 };
  Readability readability = { NULL };
  const char *source;
  htmlDocPtr html;
  const xmlNode *root, *content;
  gsize ulen = 0;

  if (len > G_MAXINT)
    {
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_TOO_LARGE, _("page is too large"));
      return NULL;
    }
  /* decode ourselves (meta charset or Windows-1252 fallback) so libxml2 sees UTF-8 only */
  {
    g_autofree char *charset = declared_charset (data, len);

    if ((charset == NULL || g_ascii_strncasecmp (charset, "iso-2022", 8) != 0)
        && !(len >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
        && memchr (data, '\0', len) == NULL && g_utf8_validate_len (data, len, NULL))
      {
        /* already what libxml2 needs: parse it in place, no copy. Valid UTF-8 wins over the
         * page's word: a page served as UTF-8 keeps its old "iso-8859-1" meta when saved, and
         * Latin-1 text is all but never valid UTF-8 by chance */
        source = data;
        ulen = len;
      }
    else
      {
        utf8 = sl_ingest_to_utf8 (data, len, charset, &ulen, error);
        if (utf8 == NULL)
          return NULL;
        source = utf8;
      }
  }

  html = htmlCtxtReadMemory (thread_parser (), source, (int) ulen, path, "UTF-8",
                             HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR
                               | HTML_PARSE_NOWARNING | HTML_PARSE_NOBLANKS);
  if (html == NULL || (root = xmlDocGetRootElement (html)) == NULL)
    {
      if (html)
        xmlFreeDoc (html);
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_MALFORMED,
                   _("no HTML document could be read from it"));
      return NULL;
    }

  {
    NodeStats total = { 0 };
    double best_score = 0;

    readability.stats = g_array_new (FALSE, FALSE, sizeof (NodeStats));
    readability.meta = &meta;
    gather (&readability, (xmlNode *) root, &total, FALSE, 0);
    vote (&readability, root, 0);
    content = best_in (&readability, root, NULL, &best_score, 0);
  }
  if (content == NULL)
    content = find_element (root, "article", 0);
  if (content == NULL)
    content = find_element (root, "main", 0);
  if (content == NULL)
    content = find_element (root, "body", 0);
  if (content == NULL)
    content = root;

  body = g_string_new (NULL);
  collect_text_full (&readability, content->children, body, 0);
  g_array_unref (readability.stats);
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
  if (meta.published == NULL)
    {
      meta.published = first_time (content->children, 0);
      if (meta.published == NULL)
        meta.published = first_time (root, 0);
    }
  if (meta.published && sl_ingest_parse_date (meta.published, &doc->dct))
    doc->dct_source = SL_DCT_METADATA;
  g_free (meta.published);
  xmlFreeDoc (html);

  if (body->len == 0)
    {
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_EMPTY,
                   _("the page has no article text (only a title, scripts or menus)"));
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
  g_autofree char *valid = NULL, *wrapped = NULL;
  htmlDocPtr doc;
  if (html == NULL || len == 0 || len > G_MAXINT - 16)
    return NULL;
  /* the parser passes bad bytes through: a fragment from JSON may hold some ("\222") */
  if (!g_utf8_validate (html, len, NULL))
    {
      html = valid = g_utf8_make_valid (html, len);
      len = strlen (valid);
    }
  if (memchr (html, '<', len) == NULL && memchr (html, '&', len) == NULL)
    {
      g_autofree char *plain = g_strndup (html, len);
      return sl_ingest_clean_line (plain);
    }
  /* inside a <div>: at the top of a document the parser opens a paragraph for text that
   * follows an inline element ("<b>Port</b> reopens" read as two paragraphs) */
  wrapped = g_strdup_printf ("<div>%.*s</div>", (int) len, html);
  doc = htmlReadMemory (wrapped, (int) strlen (wrapped), NULL, "UTF-8",
                        HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR
                          | HTML_PARSE_NOWARNING | HTML_PARSE_NOIMPLIED);
  if (doc == NULL)
    return NULL;
  out = g_string_new (NULL);
  collect_text (doc->children, out, 0);
  while (out->len > 0 && (out->str[0] == '\n' || out->str[0] == ' '))
    g_string_erase (out, 0, 1);
  xmlFreeDoc (doc);
  while (out->len > 0 && (out->str[out->len - 1] == '\n' || out->str[out->len - 1] == ' '))
    g_string_truncate (out, out->len - 1);
  if (out->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}
