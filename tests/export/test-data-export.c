/* test-data-export.c: what other tools get from Sourceline — TimelineJS that loads as a
 * timeline, CSV by the RFC, GraphML that passes a structural schema, TimeML and iCalendar —
 * and the TimelineJS and CSV we write read back by our own ingest as the same events. */
#include <string.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

#include "export/sl-data-export.h"
#include "export/sl-export.h"
#include "extract/sl-extract.h"
#include "ingest/sl-ingest.h"
#include "export-fixture.h"

static char *
tmp_dir (void)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("sl-data-export-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static char *
export_string (SlModel *model, SlDataFormat format, SlDataExportStats *stats)
{
  g_autoptr (GError) error = NULL;
  char *out = sl_data_export_to_string (model, format, NULL, stats, &error);

  g_assert_no_error (error);
  g_assert_nonnull (out);
  return out;
}

/* The events a model would show: (label, start, end) of every visible event, sorted. */
static GPtrArray *
event_keys (SlModel *model)
{
  GPtrArray *keys = g_ptr_array_new_with_free_func (g_free);

  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    {
      const SlEvent *ev = sl_model_event (model, e);
      if (ev->flags & (SL_EVENT_HIDDEN | SL_EVENT_DELETED))
        continue;
      g_ptr_array_add (keys, g_strdup_printf ("%s|%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT "|%s",
                                              sl_model_str (model, ev->label), ev->start, ev->end_t,
                                              sl_category_to_string ((SlCategory) ev->category)));
    }
  return keys;
}

static int
str_ptr_cmp (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(char *const *) a, *(char *const *) b);
}

/* Reads a file with our own ingest and extraction, as a user importing it would. */
static SlModel *
read_back (const char *path)
{
  g_autoptr (GPtrArray) docs = sl_document_array_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (SlExtractor) ex = sl_extractor_new ();
  SlModel *model = sl_model_new ();

  g_assert_true (sl_ingest_read (path, docs, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < docs->len; i++)
    sl_extractor_add_document (ex, model, g_ptr_array_index (docs, i));
  return model;
}

static void
assert_same_events (SlModel *a, SlModel *b)
{
  g_autoptr (GPtrArray) ka = event_keys (a);
  g_autoptr (GPtrArray) kb = event_keys (b);

  g_ptr_array_sort (ka, str_ptr_cmp);
  g_ptr_array_sort (kb, str_ptr_cmp);
  g_assert_cmpuint (ka->len, ==, kb->len);
  for (guint i = 0; i < ka->len; i++)
    g_assert_cmpstr (g_ptr_array_index (ka, i), ==, g_ptr_array_index (kb, i));
}

static void
round_trip (SlDataFormat format, const char *name)
{
  g_autoptr (SlModel) model = sl_export_fixture_story (NULL);
  g_autoptr (SlModel) back = NULL;
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr (GError) error = NULL;
  SlDataExportStats stats;

  g_assert_true (sl_data_export (model, format, NULL, path, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.written, ==, 6); /* 8 events, one hidden and one deleted */
  back = read_back (path);
  assert_same_events (model, back);
  /* the credited origin comes back as a source */
  g_assert_cmpuint (sl_model_find_source (back, "Baltic Institute for Energy & Trade"), !=, SL_NONE);
  g_assert_cmpuint (sl_model_find_source (back, "Rumour of a second line"), ==, SL_NONE);
  g_unlink (path);
  g_rmdir (dir);
}

/* ------------------------------------------------------------------------------------------ */

static JsonObject *
member_object (JsonObject *o, const char *name)
{
  g_assert_true (json_object_has_member (o, name));
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_object_get_member (o, name)));
  return json_object_get_object_member (o, name);
}

static JsonObject *
find_event (JsonArray *events, const char *headline)
{
  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *ev = json_array_get_object_element (events, i);
      if (g_strcmp0 (json_object_get_string_member (member_object (ev, "text"), "headline"), headline) == 0)
        return ev;
    }
  return NULL;
}

static void
test_timelinejs_structure (void)
{
  g_autoptr (SlModel) model = sl_export_fixture_story (NULL);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *json = NULL;
  JsonObject *root, *ev, *start, *end, *text;
  JsonArray *events;
  SlDataExportStats stats;
  gint64 last_year = 0;

  json = export_string (model, SL_DATA_TIMELINEJS, &stats);
  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_nonnull (json_object_get_string_member (member_object (member_object (root, "title"), "text"),
                                                   "headline"));
  events = json_object_get_array_member (root, "events");
  g_assert_cmpuint (json_array_get_length (events), ==, 6);
  g_assert_cmpuint (stats.skipped, ==, 2);

  /* what TimelineJS needs of every slide: a start_date with a numeric year, a headline, a group */
  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *e = json_array_get_object_element (events, i);
      JsonObject *sd = member_object (e, "start_date");
      JsonNode *year = json_object_get_member (sd, "year");

      g_assert_nonnull (year);
      g_assert_cmpint (json_node_get_value_type (year), ==, G_TYPE_INT64);
      /* in date order */
      g_assert_cmpint (json_node_get_int (year), >=, last_year);
      last_year = json_node_get_int (year);
      g_assert_nonnull (json_object_get_string_member (member_object (e, "text"), "headline"));
      g_assert_nonnull (json_object_get_string_member (e, "group"));
    }

  /* a day */
  ev = find_event (events, "Ministry denies the route changed");
  g_assert_nonnull (ev);
  start = member_object (ev, "start_date");
  g_assert_cmpint (json_object_get_int_member (start, "year"), ==, 2024);
  g_assert_cmpint (json_object_get_int_member (start, "month"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (start, "day"), ==, 13);
  g_assert_false (json_object_has_member (ev, "end_date"));
  g_assert_cmpstr (json_object_get_string_member (ev, "group"), ==, "Statement");
  g_assert_cmpstr (json_object_get_string_member (member_object (ev, "media"), "credit"), ==,
                   "Energy Ministry");

  /* "early 2023" keeps its extent as an end date */
  ev = find_event (events, "Talks on the line begin");
  g_assert_nonnull (ev);
  start = member_object (ev, "start_date");
  end = member_object (ev, "end_date");
  g_assert_cmpint (json_object_get_int_member (start, "year"), ==, 2023);
  g_assert_cmpint (json_object_get_int_member (end, "year"), ==, 2023);
  g_assert_true (json_object_has_member (end, "month"));

  /* headline and text are HTML: the ampersand and the quotes are escaped */
  ev = find_event (events, "Inspectors visit the pumping stations, &quot;a first&quot;");
  g_assert_nonnull (ev);
  ev = find_event (events, "Line to carry 20 billion cubic metres a year");
  text = member_object (ev, "text");
  g_assert_nonnull (strstr (json_object_get_string_member (text, "text"),
                            "Baltic Institute for Energy &amp; Trade via Reuters via Northern Courier"));
  g_assert_cmpstr (json_object_get_string_member (member_object (ev, "media"), "url"), ==,
                   "https://courier.example/2024/03/14/pipeline");
  /* the analyst's hidden and deleted events stay out */
  g_assert_null (find_event (events, "Rumour of a second line"));
  g_assert_null (find_event (events, "Duplicate of the signing"));
}

static void
test_timelinejs_round_trip (void)
{
  round_trip (SL_DATA_TIMELINEJS, "story.json");
}

/* ------------------------------------------------------------------------------------------ */

/* A strict RFC 4180 reader: CRLF after every record, quotes only around whole fields. */
static GPtrArray *
parse_csv_strict (const char *s)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  const char *p = s;

  while (*p)
    {
      if (*p == '"')
        {
          for (p++;; p++)
            {
              g_assert_true (*p != '\0'); /* an unterminated quote */
              if (*p == '"' && p[1] == '"')
                g_string_append_c (field, '"'), p++;
              else if (*p == '"')
                {
                  p++;
                  break;
                }
              else
                g_string_append_c (field, *p);
            }
          g_assert_true (*p == ',' || *p == '\r');
        }
      else
        while (*p && *p != ',' && *p != '\r')
          {
            g_assert_true (*p != '\n' && *p != '"'); /* bare line feeds and quotes are not allowed */
            g_string_append_c (field, *p++);
          }
      g_ptr_array_add (fields, g_strdup (field->str));
      g_string_truncate (field, 0);
      if (*p == ',')
        p++;
      else
        {
          g_assert_true (p[0] == '\r' && p[1] == '\n');
          p += 2;
          g_ptr_array_add (records, fields);
          fields = g_ptr_array_new_with_free_func (g_free);
        }
    }
  g_assert_cmpuint (fields->len, ==, 0); /* the last record ends with CRLF too */
  g_ptr_array_unref (fields);
  g_string_free (field, TRUE);
  return records;
}

static const char *
cell (GPtrArray *records, guint row, GPtrArray *header, const char *column)
{
  GPtrArray *r = g_ptr_array_index (records, row);

  for (guint c = 0; c < header->len; c++)
    if (g_str_equal (g_ptr_array_index (header, c), column))
      return g_ptr_array_index (r, c);
  g_assert_not_reached ();
  return NULL;
}

static void
test_csv_rfc4180 (void)
{
  g_autoptr (SlModel) model = sl_export_fixture_story (NULL);
  g_autofree char *csv = export_string (model, SL_DATA_CSV, NULL);
  g_autoptr (GPtrArray) records = parse_csv_strict (csv);
  GPtrArray *header;
  gboolean found = FALSE;

  g_assert_cmpuint (records->len, ==, 7); /* a header and six events */
  header = g_ptr_array_index (records, 0);
  g_assert_cmpstr (g_ptr_array_index (header, 0), ==, "id");
  for (guint r = 1; r < records->len; r++)
    {
      GPtrArray *rec = g_ptr_array_index (records, r);
      g_assert_cmpuint (rec->len, ==, header->len);
      if (g_str_equal (cell (records, r, header, "headline"), "Inspectors visit the pumping stations, \"a first\""))
        {
          /* a week is written as its first and last day */
          g_assert_cmpstr (cell (records, r, header, "start"), ==, "2024-04-08");
          g_assert_cmpstr (cell (records, r, header, "end"), ==, "2024-04-14");
          g_assert_cmpstr (cell (records, r, header, "timex_value"), ==, "2024-W15");
          g_assert_cmpstr (cell (records, r, header, "article"), ==, "Vienna accord, \"a milestone\", signed");
          g_assert_cmpstr (cell (records, r, header, "url"), ==, "https://gazette.example/news?id=7&lang=en");
          found = TRUE;
        }
      if (g_str_equal (cell (records, r, header, "headline"), "Ministry denies the route changed"))
        {
          g_assert_cmpstr (cell (records, r, header, "contested"), ==, "yes");
          g_assert_cmpstr (cell (records, r, header, "attribution"), ==,
                           "Energy Ministry via Northern Courier (denies); officials via Northern Courier");
        }
    }
  g_assert_true (found);
}

static void
test_csv_round_trip (void)
{
  round_trip (SL_DATA_CSV, "story.csv");
}

/* ------------------------------------------------------------------------------------------ */

static void
quiet_cb (void *data, xmlErrorPtr error)
{
}

static gboolean
validate_graphml (xmlDocPtr doc)
{
  g_autofree char *xsd = g_test_build_filename (G_TEST_DIST, "export", "graphml-structure.xsd", NULL);
  xmlSchemaParserCtxtPtr pctx = xmlSchemaNewParserCtxt (xsd);
  xmlSchemaPtr schema = xmlSchemaParse (pctx);
  xmlSchemaValidCtxtPtr vctx;
  int rc;

  g_assert_nonnull (schema);
  vctx = xmlSchemaNewValidCtxt (schema);
  xmlSchemaSetValidStructuredErrors (vctx, quiet_cb, NULL);
  rc = xmlSchemaValidateDoc (vctx, doc);
  xmlSchemaFreeValidCtxt (vctx);
  xmlSchemaFree (schema);
  xmlSchemaFreeParserCtxt (pctx);
  return rc == 0;
}

static xmlNode *
child (xmlNode *n, const char *name)
{
  for (n = n ? n->children : NULL; n; n = n->next)
    if (n->type == XML_ELEMENT_NODE && xmlStrcmp (n->name, BAD_CAST name) == 0)
      return n;
  return NULL;
}

static char *
data_of (xmlNode *n, const char *key)
{
  for (xmlNode *c = n->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && xmlStrcmp (c->name, BAD_CAST "data") == 0)
      {
        xmlChar *k = xmlGetProp (c, BAD_CAST "key");
        gboolean match = xmlStrcmp (k, BAD_CAST key) == 0;
        xmlFree (k);
        if (match)
          {
            xmlChar *v = xmlNodeGetContent (c);
            char *s = g_strdup ((const char *) v);
            xmlFree (v);
            return s;
          }
      }
  return NULL;
}

static void
test_graphml (void)
{
  SlExportStory ids;
  g_autoptr (SlModel) model = sl_export_fixture_story (&ids);
  g_autofree char *xml = export_string (model, SL_DATA_GRAPHML, NULL);
  g_autoptr (GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GHashTable) kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  xmlDocPtr doc = xmlReadMemory (xml, strlen (xml), "story.graphml", NULL, XML_PARSE_NONET);
  xmlNode *graph;
  guint nodes = 0;

  g_assert_nonnull (doc);
  g_assert_true (validate_graphml (doc));
  graph = child (xmlDocGetRootElement (doc), "graph");
  g_assert_nonnull (graph);
  for (xmlNode *n = graph->children; n; n = n->next)
    {
      xmlChar *id;
      if (n->type != XML_ELEMENT_NODE)
        continue;
      id = xmlGetProp (n, BAD_CAST "id");
      if (xmlStrcmp (n->name, BAD_CAST "node") == 0)
        {
          g_autofree char *claims = data_of (n, "claims");
          g_autofree char *x = data_of (n, "x");
          char *end = NULL;

          /* typed values parse as their declared types */
          g_ascii_strtoll (claims, &end, 10);
          g_assert_true (end && *end == '\0');
          g_ascii_strtod (x, &end);
          g_assert_true (end && *end == '\0');
          g_hash_table_insert (names, g_strdup ((const char *) id), data_of (n, "label"));
          nodes++;
        }
      else if (xmlStrcmp (n->name, BAD_CAST "edge") == 0)
        {
          xmlChar *s = xmlGetProp (n, BAD_CAST "source"), *t = xmlGetProp (n, BAD_CAST "target");
          g_autofree char *kind = data_of (n, "edge_kind");
          const char *from = g_hash_table_lookup (names, (const char *) s);
          const char *to = g_hash_table_lookup (names, (const char *) t);

          g_hash_table_insert (kinds, g_strdup_printf ("%s %s %s", from, kind, to), GINT_TO_POINTER (1));
          xmlFree (s);
          xmlFree (t);
        }
      xmlFree (id);
    }
  g_assert_cmpuint (nodes, ==, sl_model_n_sources (model));
  /* escaped on the way out, whole on the way in */
  g_assert_true (g_hash_table_contains (kinds, "Reuters cites Baltic Institute for Energy & Trade"));
  g_assert_true (g_hash_table_contains (kinds, "Northern Courier reports Reuters"));
  g_assert_true (g_hash_table_contains (kinds, "Northern Courier quotes officials"));
  g_assert_true (g_hash_table_contains (kinds, "Energy Ministry denies officials"));
  {
    g_autofree char *grade = NULL;
    for (xmlNode *n = graph->children; n; n = n->next)
      if (n->type == XML_ELEMENT_NODE && xmlStrcmp (n->name, BAD_CAST "node") == 0)
        {
          g_autofree char *label = data_of (n, "label");
          if (g_strcmp0 (label, "Reuters") == 0)
            grade = data_of (n, "grade");
        }
    g_assert_cmpstr (grade, ==, "B2");
  }
  xmlFreeDoc (doc);

  /* a broken file fails the schema: an edge to a node that does not exist */
  {
    g_autofree char *bad = g_strdup (xml);
    char *target = strstr (bad, "target=\"s");
    xmlDocPtr bdoc;

    g_assert_nonnull (target);
    memcpy (target + 8, "x", 1);
    bdoc = xmlReadMemory (bad, strlen (bad), "bad.graphml", NULL, XML_PARSE_NONET);
    g_assert_nonnull (bdoc);
    g_assert_false (validate_graphml (bdoc));
    xmlFreeDoc (bdoc);
  }
}

/* ------------------------------------------------------------------------------------------ */

static void
test_timeml_round_trip (void)
{
  SlExportStory ids;
  g_autoptr (SlModel) model = sl_export_fixture_story (&ids);
  g_autofree char *dir = tmp_dir ();
  g_autofree char *out = g_build_filename (dir, "timeml", NULL);
  g_autofree char *courier = g_build_filename (out, "courier-pipeline.tml", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (SlDocument) doc = NULL;
  const SlDoc *orig = sl_model_doc (model, ids.doc_courier);
  SlDataExportStats stats;
  guint k = 0;

  g_assert_true (sl_data_export (model, SL_DATA_TIMEML, NULL, out, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.written, ==, 3);
  g_assert_true (g_file_test (courier, G_FILE_TEST_EXISTS));

  doc = sl_ingest_file (courier, &error);
  g_assert_no_error (error);
  /* the text comes back byte for byte, and with it every annotation where it was */
  g_assert_cmpuint (doc->text_len, ==, orig->text_len);
  g_assert_cmpstr (doc->text, ==, orig->text);
  g_assert_cmpstr (doc->title, ==, "Pipeline deal signed in Vienna");
  g_assert_cmpint (doc->dct.year, ==, 2024);
  g_assert_cmpint (doc->dct.month, ==, 3);
  g_assert_cmpint (doc->dct.day, ==, 14);
  g_assert_nonnull (doc->timexes);
  for (guint32 t = 0; t < sl_model_n_timexes (model); t++)
    {
      const SlTimex *tx = sl_model_timex (model, t);
      const SlDocumentTimex *got;

      if (tx->doc != ids.doc_courier)
        continue;
      g_assert_cmpuint (k, <, doc->timexes->len);
      got = &g_array_index (doc->timexes, SlDocumentTimex, k++);
      g_assert_cmpuint (got->begin, ==, tx->begin);
      g_assert_cmpuint (got->end, ==, tx->end);
      g_assert_cmpstr (got->value, ==, sl_model_str (model, tx->value));
      g_assert_cmpint (got->mod, ==, tx->mod);
    }
  g_assert_cmpuint (k, ==, doc->timexes->len);
  g_assert_cmpuint (k, ==, 5);

  /* one file cannot hold three articles */
  {
    g_autofree char *one = g_build_filename (dir, "one.tml", NULL);
    g_assert_false (sl_data_export (model, SL_DATA_TIMEML, NULL, one, NULL, &error));
    g_assert_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_INVALID);
    g_assert_false (g_file_test (one, G_FILE_TEST_EXISTS));
  }
  {
    g_autoptr (GDir) d = g_dir_open (out, 0, NULL);
    const char *name;
    while ((name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *p = g_build_filename (out, name, NULL);
        g_unlink (p);
      }
  }
  g_rmdir (out);
  g_rmdir (dir);
}

/* ------------------------------------------------------------------------------------------ */

/* Undoes RFC 5545 folding: a line break followed by a space continues the line. */
static char *
unfold (const char *ics)
{
  GString *out = g_string_new (NULL);

  for (const char *p = ics; *p; p++)
    {
      if (p[0] == '\r' && p[1] == '\n' && p[2] == ' ')
        {
          p += 2;
          continue;
        }
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static guint
count (const char *haystack, const char *needle)
{
  guint n = 0;

  for (const char *p = haystack; (p = strstr (p, needle)) != NULL; p += strlen (needle))
    n++;
  return n;
}

static void
test_ical (void)
{
  g_autoptr (SlModel) model = sl_export_fixture_story (NULL);
  SlDataExportStats stats;
  g_autofree char *ics = export_string (model, SL_DATA_ICAL, &stats);
  g_autofree char *again = export_string (model, SL_DATA_ICAL, NULL);
  g_autofree char *flat = unfold (ics);
  g_auto (GStrv) lines = g_strsplit (ics, "\r\n", -1);

  /* every line ends in CRLF and holds at most 75 octets; no bare line feed */
  g_assert_true (g_str_has_suffix (ics, "END:VCALENDAR\r\n"));
  for (guint i = 0; lines[i]; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_null (strchr (lines[i], '\n'));
      /* folding never splits a UTF-8 character */
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
    }
  g_assert_true (g_str_has_prefix (ics, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));

  /* the day- and week-dated events; the year 2026 and "early 2023" are too coarse */
  g_assert_cmpuint (count (flat, "BEGIN:VEVENT\r\n"), ==, 4);
  g_assert_cmpuint (stats.written, ==, 4);
  g_assert_cmpuint (stats.skipped, ==, 4);
  g_assert_cmpuint (count (flat, "DTSTART;VALUE=DATE:20240312\r\nDTEND;VALUE=DATE:20240313\r\n"), ==, 2);
  g_assert_nonnull (strstr (flat, "DTSTART;VALUE=DATE:20240408\r\nDTEND;VALUE=DATE:20240415\r\n"));
  /* text escaped: comma, and the institute's ampersand kept as is */
  g_assert_nonnull (strstr (flat, "SUMMARY:Inspectors visit the pumping stations\\, \"a first\"\r\n"));
  g_assert_nonnull (strstr (flat, "DESCRIPTION:The Energy Ministry denied on March 13 that the route had "
                                  "been changed\\, as officials had claimed.\\nAccording to"));
  g_assert_nonnull (strstr (flat, "STATUS:TENTATIVE"));
  g_assert_nonnull (strstr (flat, "URL:https://gazette.example/news?id=7&lang=en\r\n"));
  g_assert_null (strstr (flat, "Rumour"));
  g_assert_null (strstr (flat, "SUMMARY:Line to carry"));

  /* UIDs are unique and the same from one export to the next */
  {
    g_autofree char *flat2 = unfold (again);
    g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
    g_auto (GStrv) l1 = g_strsplit (flat, "\r\n", -1);
    g_auto (GStrv) l2 = g_strsplit (flat2, "\r\n", -1);
    guint n = 0;

    for (guint i = 0; l1[i]; i++)
      if (g_str_has_prefix (l1[i], "UID:"))
        {
          g_assert_true (g_hash_table_add (seen, l1[i]));
          n++;
        }
    for (guint i = 0; l2[i]; i++)
      if (g_str_has_prefix (l2[i], "UID:"))
        g_assert_true (g_hash_table_contains (seen, l2[i]));
    g_assert_cmpuint (n, ==, 4);
  }
}

/* ------------------------------------------------------------------------------------------ */

static void
test_range (void)
{
  g_autoptr (SlModel) model = sl_export_fixture_story (NULL);
  g_autoptr (GError) error = NULL;
  SlDataExportOptions opts;
  SlDataExportStats stats;
  g_autofree char *csv = NULL;

  sl_data_export_options_init (&opts);
  opts.has_range = TRUE;
  opts.from = sl_time_from_ymd (2024, 3, 1);
  opts.to = sl_time_from_ymd (2024, 4, 1);
  csv = sl_data_export_to_string (model, SL_DATA_CSV, &opts, &stats, &error);
  g_assert_no_error (error);
  /* the two signings and the denial; not the week in April, 2026 or early 2023 */
  g_assert_cmpuint (stats.written, ==, 3);
  g_assert_nonnull (strstr (csv, "Ministry denies the route changed"));
  g_assert_null (strstr (csv, "Inspectors"));

  opts.to = opts.from;
  g_assert_null (sl_data_export_to_string (model, SL_DATA_CSV, &opts, NULL, &error));
  g_assert_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_INVALID);
}

static void
test_names_and_failures (void)
{
  g_autoptr (SlModel) model = sl_export_fixture_story (NULL);
  g_autofree char *dir = tmp_dir ();
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "out.csv", NULL);
  g_autoptr (GError) error = NULL;
  SlDataFormat f;

  g_assert_true (sl_data_format_from_string ("TimelineJS", &f));
  g_assert_cmpint (f, ==, SL_DATA_TIMELINEJS);
  g_assert_true (sl_data_format_from_string ("ical", &f));
  g_assert_cmpint (f, ==, SL_DATA_ICAL);
  g_assert_false (sl_data_format_from_string ("xlsx", &f));
  g_assert_true (sl_data_format_from_path ("/tmp/a.GraphML", &f));
  g_assert_cmpint (f, ==, SL_DATA_GRAPHML);
  g_assert_true (sl_data_format_from_path ("events.ics", &f));
  g_assert_cmpint (f, ==, SL_DATA_ICAL);
  g_assert_true (sl_data_format_from_path (dir, &f));
  g_assert_cmpint (f, ==, SL_DATA_TIMEML);
  g_assert_false (sl_data_format_from_path ("notes.txt", &f));

  /* a folder that does not exist: a message naming it, no stray file */
  g_assert_false (sl_data_export (model, SL_DATA_CSV, NULL, missing, NULL, &error));
  g_assert_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "no-such-folder"));
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/export/data/timelinejs/structure", test_timelinejs_structure);
  g_test_add_func ("/export/data/timelinejs/round-trip", test_timelinejs_round_trip);
  g_test_add_func ("/export/data/csv/rfc4180", test_csv_rfc4180);
  g_test_add_func ("/export/data/csv/round-trip", test_csv_round_trip);
  g_test_add_func ("/export/data/graphml/schema", test_graphml);
  g_test_add_func ("/export/data/timeml/round-trip", test_timeml_round_trip);
  g_test_add_func ("/export/data/ical", test_ical);
  g_test_add_func ("/export/data/range", test_range);
  g_test_add_func ("/export/data/names-and-failures", test_names_and_failures);
  return g_test_run ();
}
