/* sl-feed-reader.c: RSS 2.0, RSS 1.0 (RDF) and Atom feeds — every item becomes a document
 * dated by the feed, with the channel's title as its outlet. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include "sl-ingest-private.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>

static gboolean
named (const xmlNode *n, const char *name)
{
  return n->type == XML_ELEMENT_NODE && xmlStrcmp (n->name, (const xmlChar *) name) == 0;
}

static const xmlNode *
child (const xmlNode *parent, const char *name)
{
  for (const xmlNode *n = parent->children; n; n = n->next)
    if (named (n, name))
      return n;
  return NULL;
}

/* A feed's own element, in the namespace of its parent: an item's <link>, not an
 * <atom:link rel="amphtml"/> or <media:title> that extensions put beside it. */
static const xmlNode *
own_child (const xmlNode *parent, const char *name)
{
  const xmlChar *ns = parent->ns ? parent->ns->href : NULL;

  for (const xmlNode *n = parent->children; n; n = n->next)
    if (named (n, name) && xmlStrEqual (n->ns ? n->ns->href : NULL, ns))
      return n;
  return NULL;
}

static char *
node_text (const xmlNode *n)
{
  xmlChar *content;
  char *s;

  if (n == NULL)
    return NULL;
  content = xmlNodeGetContent (n);
  s = sl_ingest_clean_line ((const char *) content);
  xmlFree (content);
  return s;
}

static char *
own_text (const xmlNode *parent, const char *name)
{
  return node_text (own_child (parent, name));
}

/* An RSS item's address: its <link>, else a <guid> that is a permalink (RSS 2.0 says a guid
 * is one unless isPermaLink="false"). */
static char *
rss_link (const xmlNode *item)
{
  char *link = own_text (item, "link");
  const xmlNode *guid;
  xmlChar *permalink;
  gboolean is_link;

  if (link != NULL || (guid = own_child (item, "guid")) == NULL)
    return link;
  permalink = xmlGetProp (guid, (const xmlChar *) "isPermaLink");
  is_link = permalink == NULL || xmlStrcasecmp (permalink, (const xmlChar *) "false") != 0;
  xmlFree (permalink);
  link = is_link ? node_text (guid) : NULL;
  if (link && !g_str_has_prefix (link, "http://") && !g_str_has_prefix (link, "https://"))
    g_clear_pointer (&link, g_free);
  return link;
}

/* An Atom entry's address: the link to the article itself (rel="alternate", or no rel), not
 * its comments ("replies"), its feed ("self") or a podcast file ("enclosure"). */
static char *
atom_link (const xmlNode *entry)
{
  char *href = NULL;

  for (const xmlNode *n = entry->children; n && href == NULL; n = n->next)
    if (named (n, "link"))
      {
        xmlChar *rel = xmlGetProp (n, (const xmlChar *) "rel");
        xmlChar *h = NULL;

        if (rel == NULL || xmlStrEqual (rel, (const xmlChar *) "alternate"))
          h = xmlGetProp (n, (const xmlChar *) "href");
        href = sl_ingest_clean_line ((const char *) h);
        xmlFree (h);
        xmlFree (rel);
      }
  return href;
}

static char *
child_text (const xmlNode *parent, const char *name)
{
  return node_text (child (parent, name));
}

static gboolean
has_type (const xmlNode *n, const char *type)
{
  xmlChar *t = xmlGetProp (n, (const xmlChar *) "type");
  gboolean is = t != NULL && xmlStrcasecmp (t, (const xmlChar *) type) == 0;

  xmlFree (t);
  return is;
}

/* The HTML an element holds: escaped in its text (RSS, Atom type="html"), or as XHTML child
 * elements (Atom type="xhtml"), which are written out so that their paragraphs stay apart. */
static xmlChar *
markup_of (const xmlNode *n)
{
  xmlBufferPtr buf;
  xmlChar *out;

  if (!has_type (n, "xhtml"))
    return xmlNodeGetContent (n);
  buf = xmlBufferCreate ();
  for (const xmlNode *c = n->children; c; c = c->next)
    xmlNodeDump (buf, n->doc, (xmlNode *) c, 0, 0);
  out = xmlStrdup (xmlBufferContent (buf));
  xmlBufferFree (buf);
  return out;
}

/* An Atom text construct as one line: a type="html" title is markup, not literal "<em>". */
static char *
atom_text (const xmlNode *parent, const char *name)
{
  const xmlNode *n = child (parent, name);
  g_autofree char *text = NULL;
  xmlChar *content;

  if (n == NULL || !has_type (n, "html"))
    return child_text (parent, name);
  content = xmlNodeGetContent (n);
  text = content ? sl_html_fragment_to_text ((const char *) content,
                                             strlen ((const char *) content)) : NULL;
  xmlFree (content);
  return sl_ingest_clean_line (text);
}

/* Item bodies are usually HTML; the longest of the candidates is the article. */
static char *
child_body (const xmlNode *parent, const char *const *names)
{
  char *best = NULL;

  for (guint i = 0; names[i]; i++)
    {
      const xmlNode *n = child (parent, names[i]);
      xmlChar *content;
      char *text;

      if (n == NULL)
        continue;
      content = markup_of (n);
      text = content ? sl_html_fragment_to_text ((const char *) content,
                                                 strlen ((const char *) content)) : NULL;
      xmlFree (content);
      if (text && (best == NULL || strlen (text) > strlen (best)))
        {
          g_free (best);
          best = text;
        }
      else
        g_free (text);
    }
  return best;
}

static SlDocument *
item_document (const char *path, const char *outlet, char *title, char *link, char *date,
               char *body)
{
  SlDocument *doc = sl_document_new ();
  g_autofree char *d = date;
  g_autoptr (GString) text = g_string_new (NULL);

  doc->path = g_strdup (path);
  doc->outlet = g_strdup (outlet);
  doc->title = title;
  doc->url = link;
  if (d && sl_ingest_parse_date (d, &doc->dct))
    doc->dct_source = SL_DCT_METADATA;
  /* the headline leads the text, as in an article page */
  if (title)
    g_string_append_printf (text, "%s\n\n", title);
  if (body)
    g_string_append (text, body);
  g_free (body);
  doc->text_len = text->len;
  doc->text = g_string_free (g_steal_pointer (&text), FALSE);
  return doc;
}

SlDocument *
sl_feed_reader_read (const char *path, const char *data, gsize len, GPtrArray *docs,
                     GError **error)
{
  static const char *const rss_body[] = { "encoded", "description", NULL };
  static const char *const atom_body[] = { "content", "summary", NULL };
  xmlDocPtr xml = sl_ingest_read_xml (data, len, path, error);
  const xmlNode *root, *channel;
  g_autofree char *outlet = NULL;
  guint before = docs->len;

  if (xml == NULL)
    return NULL;
  root = xmlDocGetRootElement (xml);

  /* RSS 2.0 keeps its items in the channel; RSS 1.0 (<rdf:RDF>) beside it */
  if ((named (root, "rss") || named (root, "RDF")) && (channel = child (root, "channel")) != NULL)
    {
      const xmlNode *const holders[] = { channel, root };

      outlet = child_text (channel, "title");
      for (guint h = 0; h < G_N_ELEMENTS (holders); h++)
        for (const xmlNode *n = holders[h]->children; n; n = n->next)
          if (named (n, "item"))
            {
              char *date = child_text (n, "pubDate");

              if (date == NULL)
                date = child_text (n, "date"); /* Dublin Core dc:date */
              g_ptr_array_add (docs, item_document (path, outlet, own_text (n, "title"),
                                                    rss_link (n), date,
                                                    child_body (n, rss_body)));
            }
    }
  else if (named (root, "feed"))
    {
      outlet = atom_text (root, "title");
      for (const xmlNode *n = root->children; n; n = n->next)
        if (named (n, "entry"))
          {
            char *date = child_text (n, "published");

            if (date == NULL)
              date = child_text (n, "updated");
            g_ptr_array_add (docs, item_document (path, outlet, atom_text (n, "title"),
                                                  atom_link (n), date,
                                                  child_body (n, atom_body)));
          }
    }
  else
    {
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_UNSUPPORTED,
                   _("XML that is neither an RSS nor an Atom feed (root element <%s>)"),
                   root ? (const char *) root->name : "none");
      xmlFreeDoc (xml);
      return NULL;
    }
  xmlFreeDoc (xml);

  if (docs->len == before)
    {
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_EMPTY, _("the feed has no items"));
      return NULL;
    }
  return g_ptr_array_index (docs, before);
}
