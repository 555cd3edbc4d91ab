/* sl-timelinejs-reader.c: Knight Lab TimelineJS JSON — events[] with start_date/end_date
 * objects, text.headline/text.text, group and media.credit — imported as events. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include "sl-ingest-private.h"

#include <json-glib/json-glib.h>
#include <stdlib.h>
#include <string.h>

/* TimelineJS writes date parts as numbers or strings: accept both. */
static gboolean
date_part (JsonObject *o, const char *name, gint64 *out)
{
  JsonNode *n;
  char *end = NULL;

  if (o == NULL || !json_object_has_member (o, name))
    return FALSE;
  n = json_object_get_member (o, name);
  if (JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_INT64)
    {
      *out = json_node_get_int (n);
      return TRUE;
    }
  /* tools that keep numbers as floats (pandas, some spreadsheets) write 2024.0 */
  if (JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_DOUBLE)
    {
      double v = json_node_get_double (n);
      if (!(v >= -1e6 && v <= 1e6) || v != (double) (gint64) v)
        return FALSE;
      *out = (gint64) v;
      return TRUE;
    }
  if (JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING)
    {
      const char *s = json_node_get_string (n);
      if (s == NULL || *s == '\0')
        return FALSE;
      *out = g_ascii_strtoll (s, &end, 10);
      return end != s && *end == '\0';
    }
  return FALSE;
}

/* {"year":2024,"month":3,"day":28} → "2024-03-28"; NULL when absent or impossible. */
static char *
date_value (JsonObject *parent, const char *member, GError **error, guint index)
{
  JsonObject *o;
  gint64 y, m = 0, d = 0;

  if (!json_object_has_member (parent, member)
      || !JSON_NODE_HOLDS_OBJECT (json_object_get_member (parent, member)))
    return NULL;
  o = json_object_get_object_member (parent, member);
  if (!date_part (o, "year", &y))
    {
      if (json_object_has_member (o, "year"))
        g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_MALFORMED,
                     _("event %u: the year of %s is not a whole number"), index + 1, member);
      return NULL;
    }
  date_part (o, "month", &m);
  date_part (o, "day", &d);
  if (y < -9999 || y > 9999 || m < 0 || m > 12 || d < 0 || d > 31 || (d && !m)
      || (d && y > 0 && (guint) d > sl_days_in_month (y, m)))
    {
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_MALFORMED,
                   _("event %u: %s %lld-%lld-%lld is not a date"), index + 1, member,
                   (long long) y, (long long) m, (long long) d);
      return NULL;
    }
  return sl_ingest_parts_value (y, m, d);
}

static const char *
string_member (JsonObject *o, const char *name)
{
  JsonNode *n;

  if (o == NULL || !json_object_has_member (o, name))
    return NULL;
  n = json_object_get_member (o, name);
  return JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING
           ? json_node_get_string (n) : NULL;
}

static JsonObject *
object_member (JsonObject *o, const char *name)
{
  return o && json_object_has_member (o, name)
             && JSON_NODE_HOLDS_OBJECT (json_object_get_member (o, name))
           ? json_object_get_object_member (o, name) : NULL;
}

static char *
fragment_text (const char *html)
{
  return html && *html ? sl_html_fragment_to_text (html, strlen (html)) : NULL;
}

/* json-glib says "<data>:2:0: Parse error: unexpected end of file"; a reader wants "line 2,
 * column 0: unexpected end of file". */
static char *
json_error_reason (const char *message)
{
  const char *p = message;
  guint64 line, column;
  char *end;

  if (!g_str_has_prefix (p, "<data>:"))
    return g_strdup (message);
  p += strlen ("<data>:");
  line = g_ascii_strtoull (p, &end, 10);
  if (end == p || *end != ':')
    return g_strdup (message);
  p = end + 1;
  column = g_ascii_strtoull (p, &end, 10);
  if (end == p || *end != ':')
    return g_strdup (message);
  p = end + 1;
  while (*p == ' ')
    p++;
  if (g_str_has_prefix (p, "Parse error: "))
    p += strlen ("Parse error: ");
  return g_strdup_printf (_("line %u, column %u: %s"), (guint) line, (guint) column, p);
}

/* TimelineJS 2 writes dates as "2024,3,28" (year, month, day, then maybe hour and minute), as
 * a bare year, or now and then as "2024-03-28". NULL with error when it cannot be read. */
static char *
v2_date_value (JsonObject *o, const char *member, guint index, GError **error)
{
  JsonNode *n;
  g_auto (GStrv) parts = NULL;
  gint64 v[3] = { 0, 0, 0 };
  guint n_parts;
  const char *s;
  SlDate d;
  char buf[32];

  if (o == NULL || !json_object_has_member (o, member))
    return NULL;
  n = json_object_get_member (o, member);
  if (JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_INT64)
    {
      gint64 y = json_node_get_int (n);
      if (y >= -9999 && y <= 9999)
        return sl_ingest_parts_value (y, 0, 0);
    }
  s = JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING
        ? json_node_get_string (n) : NULL;
  if (s != NULL && strchr (s, ',') == NULL && sl_ingest_parse_date (s, &d))
    return g_strdup (sl_date_to_value (&d, buf, sizeof buf));
  parts = s ? g_strsplit (s, ",", -1) : NULL;
  n_parts = parts ? g_strv_length (parts) : 0;
  for (guint i = 0; i < n_parts && i < 3; i++)
    {
      const char *p = g_strstrip (parts[i]);
      char *end = NULL;

      v[i] = g_ascii_strtoll (p, &end, 10);
      if (end == p || *end != '\0')
        n_parts = 0;
    }
  if (n_parts == 0 || v[0] < -9999 || v[0] > 9999 || v[1] < 0 || v[1] > 12 || v[2] < 0
      || (n_parts >= 2 && v[1] == 0) || (v[2] && (v[0] < 1 || (guint) v[2] > sl_days_in_month (v[0], v[1]))))
    {
      if (error)
        g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_MALFORMED,
                     _("date %u: %s \"%s\" is not a date (TimelineJS 2 writes \"2024,3,28\")"),
                     index + 1, member, s ? s : "");
      return NULL;
    }
  return sl_ingest_parts_value (v[0], n_parts >= 2 ? v[1] : 0, n_parts >= 3 ? v[2] : 0);
}

/* The older TimelineJS 2 layout: {"timeline": {"headline", "text", "date": [{"startDate":
 * "2024,3,28", "endDate", "headline", "text", "tag", "asset": {"media", "credit"}}], "era"}}. */
static SlDocument *
read_v2 (const char *path, JsonObject *timeline, GError **error)
{
  g_autoptr (SlDocument) doc = sl_document_new ();
  g_autoptr (GString) text = g_string_new (NULL);
  JsonArray *dates = json_object_get_array_member (timeline, "date");

  doc->path = g_strdup (path);
  doc->title = fragment_text (string_member (timeline, "headline"));
  for (guint i = 0; i < json_array_get_length (dates); i++)
    {
      JsonNode *node = json_array_get_element (dates, i);
      JsonObject *eo, *asset;
      SlDocumentEvent *ev;
      g_autoptr (GError) date_error = NULL;
      char *start;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      eo = json_node_get_object (node);
      start = v2_date_value (eo, "startDate", i, &date_error);
      if (start == NULL)
        {
          if (date_error)
            g_propagate_error (error, g_steal_pointer (&date_error));
          else
            g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_MALFORMED,
                         _("date %u has no startDate"), i + 1);
          return NULL;
        }
      ev = sl_document_event_new ();
      ev->start = start;
      ev->end = v2_date_value (eo, "endDate", i, NULL);
      if (g_strcmp0 (ev->end, ev->start) == 0)
        g_clear_pointer (&ev->end, g_free); /* TimelineJS 2 repeats the start for an instant */
      asset = object_member (eo, "asset");
      ev->headline = fragment_text (string_member (eo, "headline"));
      ev->text = fragment_text (string_member (eo, "text"));
      ev->group = sl_ingest_clean_line (string_member (eo, "tag"));
      ev->source = fragment_text (string_member (asset, "credit"));
      ev->url = sl_ingest_clean_line (string_member (asset, "media"));
      sl_ingest_append_event (doc, text, ev);
    }
  if (json_object_has_member (timeline, "era")
      && JSON_NODE_HOLDS_ARRAY (json_object_get_member (timeline, "era")))
    {
      JsonArray *eras = json_object_get_array_member (timeline, "era");

      for (guint i = 0; i < json_array_get_length (eras); i++)
        {
          JsonNode *node = json_array_get_element (eras, i);
          SlDocumentEvent *ev;
          char *start;

          if (!JSON_NODE_HOLDS_OBJECT (node)
              || (start = v2_date_value (json_node_get_object (node), "startDate", i, NULL)) == NULL)
            continue;
          ev = sl_document_event_new ();
          ev->start = start;
          ev->end = v2_date_value (json_node_get_object (node), "endDate", i, NULL);
          ev->headline = fragment_text (string_member (json_node_get_object (node), "headline"));
          if (ev->headline == NULL)
            ev->headline = g_strdup ("Era");
          ev->group = g_strdup ("era");
          sl_ingest_append_event (doc, text, ev);
        }
    }
  if (doc->events == NULL)
    {
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_EMPTY, _("the timeline has no events"));
      return NULL;
    }
  doc->text_len = text->len;
  doc->text = g_string_free (g_steal_pointer (&text), FALSE);
  return g_steal_pointer (&doc);
}

SlDocument *
sl_timelinejs_reader_read (const char *path, const char *data, gsize len, GError **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) local = NULL;
  g_autoptr (SlDocument) doc = NULL;
  g_autoptr (GString) text = g_string_new (NULL);
  JsonNode *root;
  JsonObject *top, *title;
  JsonArray *events;

  if (!sl_ingest_json_depth_ok (data, len, SL_INGEST_MAX_JSON_DEPTH))
    {
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_MALFORMED,
                   _("JSON nested more than %d levels deep is not a timeline"),
                   SL_INGEST_MAX_JSON_DEPTH);
      return NULL;
    }
  if (len > G_MAXSSIZE)
    {
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_MALFORMED, _("too large to read as JSON"));
      return NULL;
    }
  if (!json_parser_load_from_data (parser, data, len, &local))
    {
      g_autofree char *reason = json_error_reason (local->message);

      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_MALFORMED, _("not valid JSON (%s)"),
                   reason);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonObject *v2 = object_member (json_node_get_object (root), "timeline");

      if (v2 && json_object_has_member (v2, "date")
          && JSON_NODE_HOLDS_ARRAY (json_object_get_member (v2, "date")))
        return read_v2 (path, v2, error);
    }
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root)
      || !json_object_has_member ((top = json_node_get_object (root)), "events")
      || !JSON_NODE_HOLDS_ARRAY (json_object_get_member (top, "events")))
    {
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_UNSUPPORTED,
                   _("JSON without an \"events\" list (or TimelineJS 2's \"timeline\": {\"date\": […]}) is not a TimelineJS timeline"));
      return NULL;
    }
  events = json_object_get_array_member (top, "events");

  doc = sl_document_new ();
  doc->path = g_strdup (path);
  title = object_member (object_member (top, "title"), "text");
  doc->title = sl_ingest_clean_line (string_member (title, "headline"));

  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonNode *node = json_array_get_element (events, i);
      JsonObject *eo, *t, *media;
      SlDocumentEvent *ev;
      g_autoptr (GError) date_error = NULL;
      char *start;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      eo = json_node_get_object (node);
      start = date_value (eo, "start_date", &date_error, i);
      if (start == NULL)
        {
          if (date_error)
            g_propagate_error (error, g_steal_pointer (&date_error));
          else
            g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_MALFORMED,
                         _("event %u has no start_date with a year"), i + 1);
          return NULL;
        }
      ev = sl_document_event_new ();
      ev->start = start;
      ev->end = date_value (eo, "end_date", NULL, i);
      t = object_member (eo, "text");
      media = object_member (eo, "media");
      ev->headline = fragment_text (string_member (t, "headline"));
      ev->text = fragment_text (string_member (t, "text"));
      ev->group = sl_ingest_clean_line (string_member (eo, "group"));
      ev->source = fragment_text (string_member (media, "credit"));
      ev->url = sl_ingest_clean_line (string_member (media, "url"));
      sl_ingest_append_event (doc, text, ev);
    }

  /* eras are named periods ("Cooperation grows", 2023–2024): kept as interval events of their
   * own group, so the timeline draws them as spans */
  if (json_object_has_member (top, "eras")
      && JSON_NODE_HOLDS_ARRAY (json_object_get_member (top, "eras")))
    {
      JsonArray *eras = json_object_get_array_member (top, "eras");

      for (guint i = 0; i < json_array_get_length (eras); i++)
        {
          JsonNode *node = json_array_get_element (eras, i);
          JsonObject *eo;
          SlDocumentEvent *ev;
          char *start;

          if (!JSON_NODE_HOLDS_OBJECT (node))
            continue;
          eo = json_node_get_object (node);
          if ((start = date_value (eo, "start_date", NULL, i)) == NULL)
            continue; /* an era without a start has nothing to draw */
          ev = sl_document_event_new ();
          ev->start = start;
          ev->end = date_value (eo, "end_date", NULL, i);
          ev->headline = fragment_text (string_member (object_member (eo, "text"), "headline"));
          if (ev->headline == NULL)
            ev->headline = g_strdup ("Era");
          ev->group = g_strdup ("era");
          sl_ingest_append_event (doc, text, ev);
        }
    }
  if (doc->events == NULL)
    {
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_EMPTY, _("the timeline has no events"));
      return NULL;
    }
  doc->text_len = text->len;
  doc->text = g_string_free (g_steal_pointer (&text), FALSE);
  return g_steal_pointer (&doc);
}
