/* sl-data-export.c: TimelineJS JSON, CSV and iCalendar from the model, and the dispatch of
 * every data format to a file (GraphML and TimeML are written in sl-xml-export.c). */
#include "config.h"

#include <glib/gi18n-lib.h>
#include "sl-data-export.h"
#include "sl-export.h"
#include "sl-export-private.h"

#include <errno.h>
#include <string.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "paint/sl-paint-style.h"

void
sl_data_export_options_init (SlDataExportOptions *opts)
{
  g_return_if_fail (opts != NULL);
  memset (opts, 0, sizeof *opts);
}

static const char *const format_names[] = { "timelinejs", "csv", "graphml", "timeml", "ical" };

gboolean
sl_data_format_from_string (const char *s, SlDataFormat *out)
{
  g_return_val_if_fail (out != NULL, FALSE);
  if (s == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    if (g_ascii_strcasecmp (s, format_names[i]) == 0)
      {
        *out = (SlDataFormat) i;
        return TRUE;
      }
  if (g_ascii_strcasecmp (s, "json") == 0)
    *out = SL_DATA_TIMELINEJS;
  else if (g_ascii_strcasecmp (s, "ics") == 0 || g_ascii_strcasecmp (s, "icalendar") == 0)
    *out = SL_DATA_ICAL;
  else if (g_ascii_strcasecmp (s, "tml") == 0)
    *out = SL_DATA_TIMEML;
  else
    return FALSE;
  return TRUE;
}

const char *
sl_data_format_to_string (SlDataFormat format)
{
  return (guint) format < G_N_ELEMENTS (format_names) ? format_names[format] : NULL;
}

gboolean
sl_data_format_from_path (const char *path, SlDataFormat *out)
{
  static const struct { const char *suffix; SlDataFormat format; } suffixes[] = {
    { ".json", SL_DATA_TIMELINEJS }, { ".csv", SL_DATA_CSV }, { ".graphml", SL_DATA_GRAPHML },
    { ".tml", SL_DATA_TIMEML }, { ".ics", SL_DATA_ICAL }, { ".ical", SL_DATA_ICAL },
  };
  g_autofree char *lower = NULL;

  g_return_val_if_fail (out != NULL, FALSE);
  if (path == NULL)
    return FALSE;
  lower = g_ascii_strdown (path, -1);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (lower, suffixes[i].suffix))
      {
        *out = suffixes[i].format;
        return TRUE;
      }
  if (g_str_has_suffix (path, G_DIR_SEPARATOR_S) || g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      *out = SL_DATA_TIMEML;
      return TRUE;
    }
  return FALSE;
}

/* ------------------------------------------------------------------------------------------ */
/* The events an export carries, by date                                                      */

static GArray *
select_events (SlModel *model, const SlDataExportOptions *opts, SlDataExportStats *stats)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (guint32));
  const guint32 *order;
  guint n;

  order = sl_model_events_by_start (model, &n);
  for (guint i = 0; i < n; i++)
    {
      const SlEvent *ev = sl_model_event (model, order[i]);

      if (!sl_export_event_included (ev)
          || (opts->has_range && (ev->end_t <= opts->from || ev->start >= opts->to)))
        continue;
      g_array_append_val (out, order[i]);
    }
  stats->skipped += sl_model_n_events (model) - out->len;
  return out;
}

/* "Shin Won-sik via Yonhap via Meridian Wire; Russian Foreign Ministry (denies) via …" */
static char *
attribution_text (SlModel *model, guint32 event)
{
  GString *out = g_string_new (NULL);
  guint n;
  const guint32 *claims = sl_model_event_claims (model, event, &n);

  for (guint i = 0; i < n; i++)
    {
      const SlClaim *c = sl_model_claim (model, claims[i]);
      gboolean relay = FALSE;
      g_autofree char *chain = NULL;

      for (guint j = 0; j < n && !relay; j++)
        relay = j != i && sl_model_claim (model, claims[j])->via == claims[i];
      if (relay)
        continue;
      chain = sl_export_claim_chain_text (model, claims[i]);
      if (out->len)
        g_string_append (out, "; ");
      g_string_append (out, chain);
      if (c->stance == SL_STANCE_DENY)
        g_string_append (out, " (denies)");
    }
  return g_string_free (out, FALSE);
}

/* "Harbor Ledger, 29 March 2024: Russia blocks renewal …" */
static char *
article_text (SlModel *model, guint32 doc_index)
{
  const SlDoc *doc = sl_model_doc (model, doc_index);
  const char *outlet = sl_model_str (model, doc->outlet);
  const char *title = sl_model_str (model, doc->title);
  GString *out = g_string_new (NULL);
  char buf[32];
  SlTime s, e;

  if (outlet && *outlet)
    g_string_append (out, outlet);
  if (doc->dct_date.prec != SL_PREC_NONE
      && sl_time_interval_from_value (sl_date_to_value (&doc->dct_date, buf, sizeof buf),
                                      SL_MOD_NONE, &s, &e))
    {
      g_autofree char *when = sl_export_format_interval (s, e);
      g_string_append_printf (out, "%s%s", out->len ? ", " : "", when);
    }
  if (title && *title)
    g_string_append_printf (out, "%s%s", out->len ? ": " : "", title);
  return g_string_free (out, FALSE);
}

static char *
event_sentence (SlModel *model, const SlEvent *ev)
{
  return sl_export_doc_slice (model, ev->doc, ev->sentence_begin, ev->sentence_end);
}

static char *
export_title (SlModel *model, const SlDataExportOptions *opts)
{
  return opts->title ? g_strdup (opts->title) : sl_export_model_title (model);
}

/* ------------------------------------------------------------------------------------------ */
/* TimelineJS                                                                                 */

/* TimelineJS shows headline and text as HTML: the characters HTML gives meaning escaped. */
static char *
html_escape (const char *s)
{
  GString *out = g_string_new (NULL);

  for (const char *p = s; p && *p; p++)
    switch (*p)
      {
      case '&': g_string_append (out, "&amp;"); break;
      case '<': g_string_append (out, "&lt;"); break;
      case '>': g_string_append (out, "&gt;"); break;
      case '"': g_string_append (out, "&quot;"); break;
      default: g_string_append_c (out, *p); break;
      }
  return g_string_free (out, FALSE);
}

static void
add_date (JsonBuilder *b, const char *member, const char *value, SlTime t, gboolean with_time)
{
  gint64 y;
  guint m, d;

  if (!sl_export_value_parts (value, &y, &m, &d))
    return;
  json_builder_set_member_name (b, member);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "year");
  json_builder_add_int_value (b, y);
  if (m)
    {
      json_builder_set_member_name (b, "month");
      json_builder_add_int_value (b, m);
    }
  if (d)
    {
      json_builder_set_member_name (b, "day");
      json_builder_add_int_value (b, d);
    }
  if (with_time && d)
    {
      SlTime s = ((t % SL_DAY) + SL_DAY) % SL_DAY;
      json_builder_set_member_name (b, "hour");
      json_builder_add_int_value (b, s / 3600);
      json_builder_set_member_name (b, "minute");
      json_builder_add_int_value (b, s % 3600 / 60);
    }
  json_builder_end_object (b);
}

static void
add_string (JsonBuilder *b, const char *member, const char *value)
{
  if (value == NULL || *value == '\0')
    return;
  json_builder_set_member_name (b, member);
  json_builder_add_string_value (b, value);
}

static char *
timelinejs (SlModel *model, const SlDataExportOptions *opts, SlDataExportStats *stats)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();
  g_autoptr (JsonGenerator) gen = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (GArray) events = select_events (model, opts, stats);
  g_autofree char *title = export_title (model, opts);
  g_autofree char *title_html = html_escape (title);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "title");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "text");
  json_builder_begin_object (b);
  add_string (b, "headline", title_html);
  {
    g_autofree char *sub = g_strdup_printf ("%u events from %u articles, exported by Sourceline",
                                            events->len, sl_model_n_docs (model));
    add_string (b, "text", sub);
  }
  json_builder_end_object (b);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "events");
  json_builder_begin_array (b);
  for (guint i = 0; i < events->len; i++)
    {
      guint32 e = g_array_index (events, guint32, i);
      const SlEvent *ev = sl_model_event (model, e);
      const SlDoc *doc = sl_model_doc (model, ev->doc);
      const char *label = sl_model_str (model, ev->label);
      const char *source = sl_export_event_source (model, e);
      const char *url = sl_model_str (model, doc->url);
      g_autofree char *start = NULL, *end = NULL, *id = NULL, *display = NULL;
      g_autofree char *sentence = event_sentence (model, ev);
      g_autofree char *attribution = attribution_text (model, e);
      g_autofree char *article = article_text (model, ev->doc);
      g_autoptr (GString) html = g_string_new (NULL);
      gboolean with_time = ev->start % SL_DAY != 0;

      sl_export_event_dates (model, ev, TRUE, &start, &end);
      json_builder_begin_object (b);
      id = g_strdup_printf ("event-%u", e + 1);
      add_string (b, "unique_id", id);
      add_date (b, "start_date", start, ev->start, with_time);
      if (end)
        add_date (b, "end_date", end, ev->end_t - 1, FALSE);
      display = sl_export_format_interval (ev->start, ev->end_t);
      add_string (b, "display_date", display);

      json_builder_set_member_name (b, "text");
      json_builder_begin_object (b);
      {
        g_autofree char *h = html_escape (label ? label : "");
        add_string (b, "headline", h);
      }
      if (sentence)
        {
          g_autofree char *s = html_escape (sentence);
          g_string_append_printf (html, "<p>%s</p>", s);
        }
      if (*attribution)
        {
          g_autofree char *s = html_escape (attribution);
          g_string_append_printf (html, "<p>According to %s.</p>", s);
        }
      if (*article)
        {
          g_autofree char *s = html_escape (article);
          g_string_append_printf (html, "<p>%s</p>", s);
        }
      add_string (b, "text", html->str);
      json_builder_end_object (b);

      add_string (b, "group", sl_paint_category_name ((SlCategory) ev->category));
      if (source || (url && *url))
        {
          json_builder_set_member_name (b, "media");
          json_builder_begin_object (b);
          add_string (b, "credit", source);
          add_string (b, "url", url);
          json_builder_end_object (b);
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  stats->written += events->len;

  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  json_generator_set_indent (gen, 1);
  {
    char *out = json_generator_to_data (gen, NULL);
    char *with_nl = g_strconcat (out, "\n", NULL);
    g_free (out);
    return with_nl;
  }
}

/* ------------------------------------------------------------------------------------------ */
/* CSV (RFC 4180: CRLF records, fields quoted when they hold a comma, quote or line break)    */

static void
csv_field (GString *out, const char *value, gboolean last)
{
  if (value != NULL)
    {
      if (strpbrk (value, ",\"\r\n") != NULL)
        {
          g_string_append_c (out, '"');
          for (const char *p = value; *p; p++)
            {
              if (*p == '"')
                g_string_append_c (out, '"');
              g_string_append_c (out, *p);
            }
          g_string_append_c (out, '"');
        }
      else
        g_string_append (out, value);
    }
  g_string_append (out, last ? "\r\n" : ",");
}

/* The first columns carry the names our own reader (and most spreadsheets) look for. */
static const char *const csv_columns[] = {
  "id", "start", "end", "headline", "text", "source", "group", "url", "timex_value", "mod",
  "attribution", "contested", "outlet", "article", "published",
};

static char *
csv (SlModel *model, const SlDataExportOptions *opts, SlDataExportStats *stats)
{
  g_autoptr (GArray) events = select_events (model, opts, stats);
  GString *out = g_string_new (NULL);

  for (guint c = 0; c < G_N_ELEMENTS (csv_columns); c++)
    csv_field (out, csv_columns[c], c + 1 == G_N_ELEMENTS (csv_columns));
  for (guint i = 0; i < events->len; i++)
    {
      guint32 e = g_array_index (events, guint32, i);
      const SlEvent *ev = sl_model_event (model, e);
      const SlDoc *doc = sl_model_doc (model, ev->doc);
      g_autofree char *start = NULL, *end = NULL, *id = g_strdup_printf ("%u", e + 1);
      g_autofree char *sentence = event_sentence (model, ev);
      g_autofree char *attribution = attribution_text (model, e);
      char published[32] = "";
      const char *cells[G_N_ELEMENTS (csv_columns)];

      sl_export_event_dates (model, ev, FALSE, &start, &end);
      if (doc->dct_date.prec != SL_PREC_NONE)
        sl_date_to_value (&doc->dct_date, published, sizeof published);
      cells[0] = id;
      cells[1] = start;
      cells[2] = end;
      cells[3] = sl_model_str (model, ev->label);
      cells[4] = sentence;
      cells[5] = sl_export_event_source (model, e);
      cells[6] = sl_paint_category_name ((SlCategory) ev->category);
      cells[7] = sl_model_str (model, doc->url);
      cells[8] = sl_model_str (model, ev->when);
      cells[9] = sl_mod_to_string ((SlMod) ev->mod);
      cells[10] = attribution;
      cells[11] = (ev->flags & SL_EVENT_CONTESTED) ? "yes" : "no";
      cells[12] = sl_model_str (model, doc->outlet);
      cells[13] = sl_model_str (model, doc->title);
      cells[14] = published;
      for (guint c = 0; c < G_N_ELEMENTS (csv_columns); c++)
        csv_field (out, cells[c], c + 1 == G_N_ELEMENTS (csv_columns));
    }
  stats->written += events->len;
  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------------------------------ */
/* iCalendar (RFC 5545)                                                                       */

/* TEXT values escape backslash, semicolon, comma and line breaks (3.3.11). */
static void
ical_escape (GString *out, const char *s)
{
  for (const char *p = s; p && *p; p++)
    switch (*p)
      {
      case '\\': g_string_append (out, "\\\\"); break;
      case ';': g_string_append (out, "\\;"); break;
      case ',': g_string_append (out, "\\,"); break;
      case '\n': g_string_append (out, "\\n"); break;
      case '\r': break;
      default:
        /* other control characters are not allowed in TEXT */
        if ((guchar) *p >= 0x20 || *p == '\t')
          g_string_append_c (out, *p);
        break;
      }
}

/* Content lines longer than 75 octets are folded with CRLF and a space, never inside a UTF-8
 * sequence (3.1). */
static void
ical_line (GString *out, const char *line)
{
  gsize len = strlen (line), pos = 0, limit = 75;

  while (len - pos > limit)
    {
      gsize cut = pos + limit;
      while (cut > pos && ((guchar) line[cut] & 0xc0) == 0x80)
        cut--;
      g_string_append_len (out, line + pos, cut - pos);
      g_string_append (out, "\r\n ");
      pos = cut;
      limit = 74; /* the leading space counts */
    }
  g_string_append (out, line + pos);
  g_string_append (out, "\r\n");
}

static void
ical_text_prop (GString *out, const char *name, const char *value)
{
  g_autoptr (GString) line = g_string_new (name);

  if (value == NULL || *value == '\0')
    return;
  g_string_append_c (line, ':');
  ical_escape (line, value);
  ical_line (out, line->str);
}

static void
ical_time (char *buf, gsize len, SlTime t, gboolean date_only)
{
  gint64 y;
  guint m, d;
  SlTime s = ((t % SL_DAY) + SL_DAY) % SL_DAY;

  sl_time_to_ymd (t, &y, &m, &d);
  if (date_only)
    g_snprintf (buf, len, "%04" G_GINT64_FORMAT "%02u%02u", y, m, d);
  else
    g_snprintf (buf, len, "%04" G_GINT64_FORMAT "%02u%02uT%02u%02u%02uZ", y, m, d,
                (guint) (s / 3600), (guint) (s % 3600 / 60), (guint) (s % 60));
}

/* A calendar holds what is dated to the day or the week; months and years would be blocks
 * that say more than the articles do. */
static gboolean
ical_dated (SlModel *model, const SlEvent *ev)
{
  const char *when = sl_model_str (model, ev->when);

  if (when && *when)
    return sl_precision_of_value (when) >= SL_PREC_WEEK;
  return ev->end_t - ev->start <= 7 * SL_DAY;
}

static char *
ical (SlModel *model, const SlDataExportOptions *opts, SlDataExportStats *stats)
{
  g_autoptr (GArray) events = select_events (model, opts, stats);
  g_autofree char *title = export_title (model, opts);
  GString *out = g_string_new (NULL);
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  SlTime now = epoch && *epoch ? g_ascii_strtoll (epoch, NULL, 10) : g_get_real_time () / G_USEC_PER_SEC;
  char stamp[32];

  ical_time (stamp, sizeof stamp, now, FALSE);
  ical_line (out, "BEGIN:VCALENDAR");
  ical_line (out, "VERSION:2.0");
  ical_line (out, "PRODID:-//Sourceline//Sourceline event export//EN");
  ical_line (out, "CALSCALE:GREGORIAN");
  ical_line (out, "METHOD:PUBLISH");
  ical_text_prop (out, "X-WR-CALNAME", title);
  for (guint i = 0; i < events->len; i++)
    {
      guint32 e = g_array_index (events, guint32, i);
      const SlEvent *ev = sl_model_event (model, e);
      const SlDoc *doc = sl_model_doc (model, ev->doc);
      const char *label = sl_model_str (model, ev->label);
      const char *url = sl_model_str (model, doc->url);
      gboolean days = ev->start % SL_DAY == 0 && ev->end_t % SL_DAY == 0;
      g_autofree char *sentence = NULL, *attribution = NULL, *article = NULL, *uid = NULL;
      g_autofree char *key = NULL;
      g_autoptr (GString) desc = g_string_new (NULL);
      g_autoptr (GString) line = g_string_new (NULL);
      char a[32], b[32];

      if (!ical_dated (model, ev))
        {
          stats->skipped++;
          continue;
        }
      /* the same event keeps its UID from one export to the next */
      key = g_strdup_printf ("%s|%s|%s|%u", sl_model_str (model, doc->hash) ? sl_model_str (model, doc->hash) : "",
                             label ? label : "", sl_model_str (model, ev->when) ? sl_model_str (model, ev->when) : "",
                             ev->sentence_begin);
      uid = g_compute_checksum_for_string (G_CHECKSUM_SHA1, key, -1);
      sentence = event_sentence (model, ev);
      attribution = attribution_text (model, e);
      article = article_text (model, ev->doc);
      if (sentence)
        g_string_append_printf (desc, "%s\n", sentence);
      if (*attribution)
        g_string_append_printf (desc, "According to %s.\n", attribution);
      if (*article)
        g_string_append_printf (desc, "Source: %s", article);

      ical_line (out, "BEGIN:VEVENT");
      g_string_printf (line, "UID:%s@sourceline", uid);
      ical_line (out, line->str);
      g_string_printf (line, "DTSTAMP:%s", stamp);
      ical_line (out, line->str);
      ical_time (a, sizeof a, ev->start, days);
      ical_time (b, sizeof b, ev->end_t, days);
      /* DTEND is exclusive, as our intervals are */
      g_string_printf (line, days ? "DTSTART;VALUE=DATE:%s" : "DTSTART:%s", a);
      ical_line (out, line->str);
      g_string_printf (line, days ? "DTEND;VALUE=DATE:%s" : "DTEND:%s", b);
      ical_line (out, line->str);
      ical_text_prop (out, "SUMMARY", label && *label ? label : "Untitled event");
      ical_text_prop (out, "DESCRIPTION", desc->str);
      ical_text_prop (out, "CATEGORIES", sl_paint_category_name ((SlCategory) ev->category));
      if (url && *url && strpbrk (url, "\r\n") == NULL)
        {
          g_string_printf (line, "URL:%s", url);
          ical_line (out, line->str);
        }
      ical_line (out, (ev->flags & SL_EVENT_CONTESTED) ? "STATUS:TENTATIVE" : "STATUS:CONFIRMED");
      ical_line (out, "TRANSP:TRANSPARENT");
      ical_line (out, "END:VEVENT");
      stats->written++;
    }
  ical_line (out, "END:VCALENDAR");
  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------------------------------ */
/* Dispatch                                                                                   */

char *
sl_data_export_to_string (SlModel *model, SlDataFormat format, const SlDataExportOptions *opts,
                          SlDataExportStats *stats, GError **error)
{
  SlDataExportOptions defaults;
  SlDataExportStats local = { 0 };

  g_return_val_if_fail (model != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (opts == NULL)
    {
      sl_data_export_options_init (&defaults);
      opts = &defaults;
    }
  if (stats == NULL)
    stats = &local;
  memset (stats, 0, sizeof *stats);
  if (opts->has_range && opts->to <= opts->from)
    {
      g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_INVALID,
                   _("The date range ends before it starts"));
      return NULL;
    }
  switch (format)
    {
    case SL_DATA_TIMELINEJS:
      return timelinejs (model, opts, stats);
    case SL_DATA_CSV:
      return csv (model, opts, stats);
    case SL_DATA_ICAL:
      return ical (model, opts, stats);
    case SL_DATA_GRAPHML:
      return sl_export_graphml (model, opts, stats, error);
    case SL_DATA_TIMEML:
    default:
      g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_INVALID,
                   _("TimeML is written as one file per article, into a folder"));
      return NULL;
    }
}

static gboolean
write_file (const char *path, const char *data, gsize len, GError **error)
{
  SlExportFile *file = sl_export_file_new (path, error);

  if (file == NULL)
    return FALSE;
  if (len && fwrite (data, 1, len, sl_export_file_stream (file)) != len)
    sl_export_file_set_errno (file, errno);
  return sl_export_file_commit (file, error);
}

/* "seoul-estimate.tml" from the article's file name, made unique within the folder. */
static char *
timeml_name (SlModel *model, guint32 doc, GHashTable *used)
{
  const char *path = sl_model_str (model, sl_model_doc (model, doc)->path);
  g_autofree char *base = g_path_get_basename (path && *path ? path : "article");
  char *dot = strrchr (base, '.');
  GString *clean = g_string_new (NULL);
  char *name;

  if (dot && dot != base)
    *dot = '\0';
  for (const char *p = base; *p; p++)
    g_string_append_c (clean, g_ascii_isalnum (*p) || *p == '-' || *p == '_' || *p == '.' ? *p : '_');
  if (clean->len == 0 || clean->str[0] == '.')
    g_string_prepend (clean, "article");
  name = g_strdup_printf ("%s.tml", clean->str);
  for (guint k = 2; g_hash_table_contains (used, name); k++)
    {
      g_free (name);
      name = g_strdup_printf ("%s-%u.tml", clean->str, k);
    }
  g_hash_table_add (used, name);
  g_string_free (clean, TRUE);
  return g_strdup (name);
}

static gboolean
write_timeml (SlModel *model, const char *path, SlDataExportStats *stats, GError **error)
{
  g_autoptr (GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = sl_model_n_docs (model);

  if (g_str_has_suffix (path, ".tml") && !g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *xml = NULL;

      if (n != 1)
        {
          g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_INVALID,
                       _("%u articles make %u TimeML files: give a folder rather than %s"), n, n, path);
          return FALSE;
        }
      xml = sl_data_export_timeml_doc (model, 0, error);
      if (xml == NULL || !write_file (path, xml, strlen (xml), error))
        return FALSE;
      stats->written = 1;
      return TRUE;
    }
  if (g_mkdir_with_parents (path, 0755) != 0)
    {
      int saved = errno;
      g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_FAILED, _("Could not create the folder %s: %s"),
                   path, g_strerror (saved));
      return FALSE;
    }
  for (guint32 d = 0; d < n; d++)
    {
      g_autofree char *name = timeml_name (model, d, used);
      g_autofree char *file = g_build_filename (path, name, NULL);
      g_autofree char *xml = sl_data_export_timeml_doc (model, d, error);

      if (xml == NULL || !write_file (file, xml, strlen (xml), error))
        return FALSE;
      stats->written++;
    }
  return TRUE;
}

gboolean
sl_data_export (SlModel *model, SlDataFormat format, const SlDataExportOptions *opts,
                const char *path, SlDataExportStats *stats, GError **error)
{
  SlDataExportStats local = { 0 };
  g_autofree char *data = NULL;

  g_return_val_if_fail (model != NULL && path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (stats == NULL)
    stats = &local;
  memset (stats, 0, sizeof *stats);
  if ((guint) format > SL_DATA_ICAL)
    {
      g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_INVALID, _("Unknown data format"));
      return FALSE;
    }
  if (format == SL_DATA_TIMEML)
    return write_timeml (model, path, stats, error);
  data = sl_data_export_to_string (model, format, opts, stats, error);
  if (data == NULL)
    return FALSE;
  return write_file (path, data, strlen (data), error);
}
