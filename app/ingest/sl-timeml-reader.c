/* sl-timeml-reader.c: TimeML (.tml) — the TEXT element's words and the DCT, optionally with
 * the TIMEX3 annotations the file already carries. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include "sl-ingest-private.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>

static const xmlNode *
find (const xmlNode *n, const char *name, guint depth)
{
  for (; n && depth < 64; n = n->next)
    {
      const xmlNode *hit;
      if (n->type == XML_ELEMENT_NODE && xmlStrcmp (n->name, (const xmlChar *) name) == 0)
        return n;
      if ((hit = find (n->children, name, depth + 1)) != NULL)
        return hit;
    }
  return NULL;
}

static char *
prop (const xmlNode *n, const char *name)
{
  xmlChar *v = xmlGetProp (n, (const xmlChar *) name);
  char *s = v ? g_strdup ((const char *) v) : NULL;
  xmlFree (v);
  return s;
}

/* Concatenates the text under TEXT exactly (markup removed, spacing kept), recording the
 * byte spans of TIMEX3 elements. */
static void
flatten (const xmlNode *n, GString *out, GArray *timexes, guint depth)
{
  for (; n && depth < 64; n = n->next)
    {
      if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
        {
          if (n->content)
            g_string_append (out, (const char *) n->content);
        }
      else if (n->type == XML_ELEMENT_NODE)
        {
          gsize begin = out->len;
          flatten (n->children, out, timexes, depth + 1);
          if (xmlStrcmp (n->name, (const xmlChar *) "TIMEX3") == 0)
            {
              SlDocumentTimex t = { 0 };
              g_autofree char *type = prop (n, "type");
              g_autofree char *value = prop (n, "value");
              g_autofree char *mod = prop (n, "mod");

              t.begin = begin;
              t.end = out->len;
              t.type = g_strcmp0 (type, "TIME") == 0       ? SL_TIMEX_TIME
                       : g_strcmp0 (type, "DURATION") == 0 ? SL_TIMEX_DURATION
                       : g_strcmp0 (type, "SET") == 0      ? SL_TIMEX_SET
                                                           : SL_TIMEX_DATE;
              t.mod = sl_mod_from_string (mod);
              g_strlcpy (t.value, value ? value : "", sizeof t.value);
              g_array_append_val (timexes, t);
            }
        }
    }
}

SlDocument *
sl_timeml_reader_read (const char *path, const char *data, gsize len, GError **error)
{
  xmlDocPtr xml = sl_ingest_read_xml (data, len, path, error);
  g_autoptr (SlDocument) doc = NULL;
  g_autoptr (GString) text = NULL;
  const xmlNode *root, *body, *dct, *title;

  if (xml == NULL)
    return NULL;
  root = xmlDocGetRootElement (xml);
  body = root ? find (root, "TEXT", 0) : NULL;
  if (body == NULL)
    {
      xmlFreeDoc (xml);
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_MALFORMED,
                   _("a TimeML file needs a <TEXT> element"));
      return NULL;
    }

  doc = sl_document_new ();
  doc->path = g_strdup (path);
  doc->timexes = g_array_new (FALSE, FALSE, sizeof (SlDocumentTimex));
  text = g_string_new (NULL);
  flatten (body->children, text, doc->timexes, 0);

  dct = find (root, "DCT", 0);
  if (dct && (dct = find (dct->children, "TIMEX3", 0)) != NULL)
    {
      g_autofree char *value = prop (dct, "value");
      if (value && sl_ingest_parse_date (value, &doc->dct))
        doc->dct_source = SL_DCT_METADATA;
    }
  title = find (root, "TITLE", 0);
  if (title == NULL)
    title = find (root, "DOCID", 0);
  if (title)
    {
      xmlChar *t = xmlNodeGetContent (title);
      doc->title = sl_ingest_clean_line ((const char *) t);
      xmlFree (t);
    }
  xmlFreeDoc (xml);

  doc->text_len = text->len;
  doc->text = g_string_free (g_steal_pointer (&text), FALSE);
  return g_steal_pointer (&doc);
}
