/* sl-xml-export.c: GraphML (the sources and how claims travelled, for Gephi and yEd) and
 * TimeML (an article's text with our TIMEX3 annotations), written with libxml2's writer so
 * every name and value is escaped as XML requires. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include "sl-data-export.h"
#include "sl-export.h"
#include "sl-export-private.h"

#include <string.h>
#include <libxml/xmlwriter.h>

#include "paint/sl-graph-layout.h"
#include "paint/sl-paint-style.h"

#define GRAPHML_NS "http://graphml.graphdrawing.org/xmlns"
#define GRAPHML_XSD "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
#define XSI_NS "http://www.w3.org/2001/XMLSchema-instance"

typedef struct
{
  xmlBufferPtr     buffer;
  xmlTextWriterPtr w;
  gboolean         failed;
} Writer;

static gboolean
writer_open (Writer *wr)
{
  wr->buffer = xmlBufferCreate ();
  wr->w = wr->buffer ? xmlNewTextWriterMemory (wr->buffer, 0) : NULL;
  wr->failed = wr->w == NULL;
  if (!wr->failed)
    {
      xmlTextWriterSetIndent (wr->w, 1);
      xmlTextWriterSetIndentString (wr->w, BAD_CAST " ");
      wr->failed = xmlTextWriterStartDocument (wr->w, "1.0", "UTF-8", NULL) < 0;
    }
  return !wr->failed;
}

/* Ends the document and returns its text, or NULL (with error) when writing failed. */
static char *
writer_close (Writer *wr, const char *what, GError **error)
{
  char *out = NULL;

  if (wr->w && !wr->failed)
    wr->failed = xmlTextWriterEndDocument (wr->w) < 0;
  if (wr->w)
    xmlFreeTextWriter (wr->w);
  if (!wr->failed && wr->buffer)
    out = g_strndup ((const char *) xmlBufferContent (wr->buffer), xmlBufferLength (wr->buffer));
  if (wr->buffer)
    xmlBufferFree (wr->buffer);
  if (out == NULL)
    g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_FAILED, _("Could not write the %s"), what);
  return out;
}

static void
start (Writer *wr, const char *name)
{
  if (!wr->failed && xmlTextWriterStartElement (wr->w, BAD_CAST name) < 0)
    wr->failed = TRUE;
}

static void
end (Writer *wr)
{
  if (!wr->failed && xmlTextWriterEndElement (wr->w) < 0)
    wr->failed = TRUE;
}

static void
attr (Writer *wr, const char *name, const char *value)
{
  if (!wr->failed && value && xmlTextWriterWriteAttribute (wr->w, BAD_CAST name, BAD_CAST value) < 0)
    wr->failed = TRUE;
}

static void
attr_ns (Writer *wr, const char *prefix, const char *name, const char *uri, const char *value)
{
  if (!wr->failed
      && xmlTextWriterWriteAttributeNS (wr->w, BAD_CAST prefix, BAD_CAST name, BAD_CAST uri,
                                        BAD_CAST value) < 0)
    wr->failed = TRUE;
}

static void
text (Writer *wr, const char *s, gsize len)
{
  g_autofree char *copy = NULL;

  if (wr->failed || len == 0)
    return;
  copy = g_strndup (s, len);
  if (xmlTextWriterWriteString (wr->w, BAD_CAST copy) < 0)
    wr->failed = TRUE;
}

static void
element (Writer *wr, const char *name, const char *content)
{
  start (wr, name);
  if (content)
    text (wr, content, strlen (content));
  end (wr);
}

/* ------------------------------------------------------------------------------------------ */
/* GraphML                                                                                    */

typedef struct
{
  const char *id, *domain, *name, *type;
} Key;

static const Key graphml_keys[] = {
  { "label", "node", "label", "string" },
  { "kind", "node", "kind", "string" },
  { "title", "node", "title", "string" },
  { "aliases", "node", "aliases", "string" },
  { "claims", "node", "claims", "int" },
  { "events", "node", "events", "int" },
  { "reliability", "node", "reliability", "string" },
  { "credibility", "node", "credibility", "string" },
  { "grade", "node", "grade", "string" },
  { "layer", "node", "layer", "int" },
  { "x", "node", "x", "double" },
  { "y", "node", "y", "double" },
  { "size", "node", "size", "double" },
  { "r", "node", "r", "int" },
  { "g", "node", "g", "int" },
  { "b", "node", "b", "int" },
  { "edge_kind", "edge", "kind", "string" },
  { "edge_label", "edge", "label", "string" },
  { "weight", "edge", "weight", "double" },
};

static void
data (Writer *wr, const char *key, const char *value)
{
  if (value == NULL || *value == '\0')
    return;
  start (wr, "data");
  attr (wr, "key", key);
  text (wr, value, strlen (value));
  end (wr);
}

static void
data_num (Writer *wr, const char *key, double value, gboolean integer)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (integer)
    g_snprintf (buf, sizeof buf, "%.0f", value);
  else
    g_ascii_formatd (buf, sizeof buf, "%.2f", value);
  data (wr, key, buf);
}

char *
sl_export_graphml (SlModel *model, const SlDataExportOptions *opts, SlDataExportStats *stats,
                   GError **error)
{
  SlGraphLayout *layout = sl_graph_layout_new (model);
  g_autofree guint32 *events_of = g_new0 (guint32, sl_model_n_sources (model) + 1);
  g_autoptr (GArray) srcs = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autofree char *title = opts->title ? g_strdup (opts->title) : sl_export_model_title (model);
  SlPaintStyle style;
  Writer wr = { 0 };
  guint n_edges = 0;

  sl_paint_style_init (&style, FALSE);
  sl_graph_layout_run_layered (layout);
  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    {
      if (!sl_export_event_included (sl_model_event (model, e)))
        continue;
      g_array_set_size (srcs, 0);
      sl_model_event_sources (model, e, srcs);
      for (guint i = 0; i < srcs->len; i++)
        events_of[g_array_index (srcs, guint32, i)]++;
    }

  writer_open (&wr);
  start (&wr, "graphml");
  attr (&wr, "xmlns", GRAPHML_NS);
  attr_ns (&wr, "xmlns", "xsi", NULL, XSI_NS);
  attr_ns (&wr, "xsi", "schemaLocation", NULL, GRAPHML_NS " " GRAPHML_XSD);
  for (guint k = 0; k < G_N_ELEMENTS (graphml_keys); k++)
    {
      start (&wr, "key");
      attr (&wr, "id", graphml_keys[k].id);
      attr (&wr, "for", graphml_keys[k].domain);
      attr (&wr, "attr.name", graphml_keys[k].name);
      attr (&wr, "attr.type", graphml_keys[k].type);
      end (&wr);
    }
  start (&wr, "graph");
  attr (&wr, "id", "sources");
  attr (&wr, "edgedefault", "directed");
  element (&wr, "desc", title);

  for (guint i = 0; i < sl_graph_layout_n_nodes (layout); i++)
    {
      const SlGraphNode *node = sl_graph_layout_node (layout, i);
      const SlSource *src = sl_model_source (model, node->source);
      const SlRgba *c = &style.source_kind[src->kind < SL_SOURCE_KIND_COUNT ? src->kind : SL_SOURCE_UNNAMED];
      g_autofree char *id = g_strdup_printf ("s%u", node->source + 1);
      g_autofree char *grade = sl_export_source_grade (src);
      g_autoptr (GString) aliases = g_string_new (NULL);
      char one[2] = { 0, 0 };

      if (src->merged_into != SL_NONE)
        continue;
      for (guint32 it = src->alias_head; it != SL_NONE;)
        {
          guint32 a = sl_model_source_alias_next (model, &it);
          if (a != 0)
            g_string_append_printf (aliases, "%s%s", aliases->len ? "; " : "", sl_model_str (model, a));
        }
      start (&wr, "node");
      attr (&wr, "id", id);
      data (&wr, "label", sl_model_str (model, src->name));
      data (&wr, "kind", sl_source_kind_to_string ((SlSourceKind) src->kind));
      data (&wr, "title", sl_model_str (model, src->title));
      data (&wr, "aliases", aliases->str);
      data_num (&wr, "claims", src->n_claims, TRUE);
      data_num (&wr, "events", events_of[node->source], TRUE);
      one[0] = src->reliability;
      data (&wr, "reliability", one);
      one[0] = src->credibility;
      data (&wr, "credibility", one);
      data (&wr, "grade", grade);
      data_num (&wr, "layer", node->layer, TRUE);
      data_num (&wr, "x", node->x, FALSE);
      data_num (&wr, "y", node->y, FALSE);
      data_num (&wr, "size", node->radius, FALSE);
      data_num (&wr, "r", c->r * 255, TRUE);
      data_num (&wr, "g", c->g * 255, TRUE);
      data_num (&wr, "b", c->b * 255, TRUE);
      end (&wr);
      stats->written++;
    }
  for (guint i = 0; i < sl_graph_layout_n_edges (layout); i++)
    {
      const SlGraphEdge *edge = sl_graph_layout_edge (layout, i);
      const SlGraphNode *from = sl_graph_layout_node (layout, edge->from);
      const SlGraphNode *to = sl_graph_layout_node (layout, edge->to);
      const char *kind = sl_graph_edge_kind_to_string ((SlGraphEdgeKind) edge->kind);
      g_autofree char *id = g_strdup_printf ("e%u", ++n_edges);
      g_autofree char *a = g_strdup_printf ("s%u", from->source + 1);
      g_autofree char *b = g_strdup_printf ("s%u", to->source + 1);

      if (sl_model_source (model, from->source)->merged_into != SL_NONE
          || sl_model_source (model, to->source)->merged_into != SL_NONE)
        continue;
      start (&wr, "edge");
      attr (&wr, "id", id);
      attr (&wr, "source", a);
      attr (&wr, "target", b);
      data (&wr, "edge_kind", kind);
      data (&wr, "edge_label", kind);
      data_num (&wr, "weight", edge->weight, FALSE);
      end (&wr);
    }
  end (&wr); /* graph */
  end (&wr); /* graphml */
  sl_graph_layout_free (layout);
  return writer_close (&wr, "GraphML", error);
}

/* ------------------------------------------------------------------------------------------ */
/* TimeML                                                                                     */

static int
timex_begin_cmp (gconstpointer a, gconstpointer b, gpointer model)
{
  const SlTimex *x = sl_model_timex (model, *(const guint32 *) a);
  const SlTimex *y = sl_model_timex (model, *(const guint32 *) b);

  if (x->begin != y->begin)
    return x->begin < y->begin ? -1 : 1;
  return x->end > y->end ? -1 : x->end < y->end;
}

/* XML 1.0 allows no control characters but tab and line breaks: they become spaces, byte for
 * byte, so the annotations' offsets still hold. */
static char *
xml_safe_text (const char *s, gsize len)
{
  char *copy = g_strndup (s, len);

  for (gsize i = 0; i < len; i++)
    if ((guchar) copy[i] < 0x20 && copy[i] != '\t' && copy[i] != '\n' && copy[i] != '\r')
      copy[i] = ' ';
  return copy;
}

static void
timex3 (Writer *wr, SlTimexType type, const char *value, SlMod mod_value, guint tid,
        const char *content, gsize len, gboolean creation)
{
  char id[16];
  const char *mod = sl_mod_to_string (mod_value);

  g_snprintf (id, sizeof id, "t%u", tid);
  start (wr, "TIMEX3");
  attr (wr, "tid", id);
  attr (wr, "type", sl_timex_type_to_string (type));
  attr (wr, "value", value ? value : "");
  if (mod)
    attr (wr, "mod", mod);
  if (creation)
    {
      attr (wr, "temporalFunction", "false");
      attr (wr, "functionInDocument", "CREATION_TIME");
    }
  text (wr, content, len);
  end (wr);
}

char *
sl_data_export_timeml_doc (SlModel *model, guint32 doc_index, GError **error)
{
  const SlDoc *doc;
  const char *raw;
  gsize len = 0, pos = 0;
  g_autofree char *body = NULL;
  g_autoptr (GArray) timexes = g_array_new (FALSE, FALSE, sizeof (guint32));
  Writer wr = { 0 };
  guint tid = 1;
  gboolean annotate;

  g_return_val_if_fail (model != NULL && doc_index < sl_model_n_docs (model), NULL);

  doc = sl_model_doc (model, doc_index);
  raw = sl_model_doc_text (model, doc_index, &len);
  if (raw == NULL)
    {
      g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_FAILED,
                   _("The text of article %u is not available"), doc_index + 1);
      return NULL;
    }
  /* offsets index valid UTF-8; text that is not cannot carry them */
  annotate = g_utf8_validate (raw, len, NULL);
  body = annotate ? xml_safe_text (raw, len) : g_utf8_make_valid (raw, len);
  if (!annotate)
    len = strlen (body);
  for (guint32 i = 0; annotate && i < sl_model_n_timexes (model); i++)
    {
      const SlTimex *t = sl_model_timex (model, i);
      if (t->doc == doc_index && t->begin < t->end && t->end <= len)
        g_array_append_val (timexes, i);
    }
  g_array_sort_with_data (timexes, timex_begin_cmp, model);

  writer_open (&wr);
  xmlTextWriterSetIndent (wr.w, 0);
  start (&wr, "TimeML");
  attr_ns (&wr, "xmlns", "xsi", NULL, XSI_NS);
  attr_ns (&wr, "xsi", "noNamespaceSchemaLocation", NULL, "http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd");
  if (!wr.failed)
    xmlTextWriterWriteString (wr.w, BAD_CAST "\n");
  {
    const char *path = sl_model_str (model, doc->path);
    g_autofree char *base = g_path_get_basename (path && *path ? path : "article");
    element (&wr, "DOCID", base);
  }
  text (&wr, "\n", 1);
  if (doc->dct_date.prec != SL_PREC_NONE)
    {
      char value[32];

      sl_date_to_value (&doc->dct_date, value, sizeof value);
      start (&wr, "DCT");
      timex3 (&wr, SL_TIMEX_DATE, value, SL_MOD_NONE, 0, value, strlen (value), TRUE);
      end (&wr);
      text (&wr, "\n", 1);
    }
  if (doc->title)
    {
      element (&wr, "TITLE", sl_model_str (model, doc->title));
      text (&wr, "\n", 1);
    }
  start (&wr, "TEXT");
  for (guint i = 0; i < timexes->len; i++)
    {
      const SlTimex *t = sl_model_timex (model, g_array_index (timexes, guint32, i));

      /* TIMEX3 elements do not nest or overlap: the first of overlapping ones is kept */
      if (t->begin < pos)
        continue;
      text (&wr, body + pos, t->begin - pos);
      timex3 (&wr, (SlTimexType) t->type, sl_model_str (model, t->value), (SlMod) t->mod, tid++,
              body + t->begin, t->end - t->begin, FALSE);
      pos = t->end;
    }
  text (&wr, body + pos, len - pos);
  end (&wr); /* TEXT */
  text (&wr, "\n", 1);
  end (&wr); /* TimeML */
  return writer_close (&wr, "TimeML", error);
}
