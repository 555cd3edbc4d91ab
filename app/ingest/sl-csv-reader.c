/* sl-csv-reader.c: spreadsheets of events — a header row naming date, headline, text,
 * source and url columns in any order (or TimelineJS's sheet: year, month, day, …), RFC 4180
 * quoting, separated by commas, semicolons or tabs. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include "sl-ingest-private.h"

#include <langinfo.h>
#include <locale.h>
#include <string.h>

enum
{
  COL_START, COL_END, COL_HEADLINE, COL_TEXT, COL_SOURCE, COL_URL, COL_GROUP,
  /* TimelineJS's Google Sheets template, saved as CSV: the date in parts, a row type */
  COL_YEAR, COL_MONTH, COL_DAY, COL_END_YEAR, COL_END_MONTH, COL_END_DAY, COL_TYPE,
  N_COLS
};

/* Header names each column may go by (compared without case). */
static const char *const col_names[N_COLS][6] = {
  [COL_START] = { "date", "start", "start_date", "start date", "when", NULL },
  [COL_END] = { "end", "end_date", "end date", NULL },
  [COL_HEADLINE] = { "headline", "title", "event", "label", NULL },
  [COL_TEXT] = { "text", "description", "summary", "details", NULL },
  [COL_SOURCE] = { "source", "credit", "outlet", "attribution", "media credit", NULL },
  [COL_URL] = { "url", "link", "media", NULL },
  [COL_GROUP] = { "group", "category", "lane", NULL },
  [COL_YEAR] = { "year", "start year", NULL },
  [COL_MONTH] = { "month", "start month", NULL },
  [COL_DAY] = { "day", "start day", NULL },
  [COL_END_YEAR] = { "end year", NULL },
  [COL_END_MONTH] = { "end month", NULL },
  [COL_END_DAY] = { "end day", NULL },
  [COL_TYPE] = { "type", NULL },
};

/* The separator a header row uses: a comma, or the semicolon that spreadsheets write where
 * the comma is the decimal mark, or a tab; whichever occurs most outside quotes. */
static char
header_separator (const char *p, const char *end)
{
  static const char candidates[] = { ',', ';', '\t' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  guint best = 0;

  for (; p < end && (quoted || (*p != '\n' && *p != '\r')); p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted)
        for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
          counts[i] += *p == candidates[i];
    }
  for (guint i = 1; i < G_N_ELEMENTS (candidates); i++)
    if (counts[i] > counts[best])
      best = i;
  return candidates[best];
}

/* Reads one record starting at *p; fields are appended to fields, and *line counts the lines
 * it spans (a quoted field may hold line breaks). Returns FALSE at the end of input, sets
 * *bad on an unterminated quote. */
static gboolean
next_record (const char **p, const char *end, char sep, GPtrArray *fields, guint *line,
             gboolean *bad)
{
  GString *field = g_string_new (NULL);

  g_ptr_array_set_size (fields, 0);
  if (*p >= end)
    {
      g_string_free (field, TRUE);
      return FALSE;
    }
  for (;;)
    {
      if (*p < end && **p == '"')
        {
          (*p)++;
          for (;;)
            {
              if (*p >= end)
                {
                  *bad = TRUE;
                  g_string_free (field, TRUE);
                  return FALSE;
                }
              if (**p == '"')
                {
                  if (*p + 1 < end && (*p)[1] == '"')
                    {
                      g_string_append_c (field, '"');
                      *p += 2;
                      continue;
                    }
                  (*p)++;
                  break;
                }
              if (**p == '\n')
                (*line)++;
              g_string_append_c (field, **p);
              (*p)++;
            }
        }
      while (*p < end && **p != sep && **p != '\n' && **p != '\r')
        {
          g_string_append_c (field, **p);
          (*p)++;
        }
      g_ptr_array_add (fields, g_string_free (field, FALSE));
      if (*p < end && **p == sep)
        {
          (*p)++;
          field = g_string_new (NULL);
          continue;
        }
      if (*p < end && **p == '\r')
        (*p)++;
      if (*p < end && **p == '\n')
        (*p)++;
      (*line)++;
      return TRUE;
    }
}

/* A row with nothing in it: an empty line, or the ",,,," a spreadsheet writes for a row it
 * once formatted. */
static gboolean
blank_record (GPtrArray *fields)
{
  for (guint i = 0; i < fields->len; i++)
    {
      const char *f = g_ptr_array_index (fields, i);
      if (f[strspn (f, " \t")] != '\0')
        return FALSE;
    }
  return TRUE;
}

static char *
field (GPtrArray *fields, const int *cols, int which)
{
  const char *s;

  if (cols[which] < 0 || (guint) cols[which] >= fields->len)
    return NULL;
  s = g_ptr_array_index (fields, cols[which]);
  return sl_ingest_clean_line (s);
}

/* The order of an all-numbers date: 28/03/2024 or 03/28/2024. */
typedef enum
{
  ORDER_DAY_FIRST,
  ORDER_MONTH_FIRST,
} DateOrder;

/* "28/03/2024", "3.28.24", "28-03-2024": two parts of one or two digits and a year of two or
 * four, one separator throughout. FALSE for anything else ("2024-03-28" included). */
static gboolean
numeric_date (const char *s, int *a, int *b, int *year)
{
  int n1 = 0, n2 = 0, ny = 0;
  char sep;

  if (s == NULL)
    return FALSE;
  *a = *b = *year = 0;
  for (; g_ascii_isdigit (s[n1]) && n1 < 3; n1++)
    *a = *a * 10 + (s[n1] - '0');
  if (n1 < 1 || n1 > 2 || !strchr ("/.-", s[n1]))
    return FALSE;
  sep = s[n1];
  s += n1 + 1;
  for (; g_ascii_isdigit (s[n2]) && n2 < 3; n2++)
    *b = *b * 10 + (s[n2] - '0');
  if (n2 < 1 || n2 > 2 || s[n2] != sep)
    return FALSE;
  s += n2 + 1;
  for (; g_ascii_isdigit (s[ny]) && ny < 5; ny++)
    *year = *year * 10 + (s[ny] - '0');
  if ((ny != 2 && ny != 4) || s[ny] != '\0')
    return FALSE;
  /* spreadsheets shorten years as RFC 2822 does: 00–49 are 20xx */
  if (ny == 2)
    *year += *year < 50 ? 2000 : 1900;
  return *year >= 1;
}

static gboolean
valid_day (int year, int month, int day)
{
  return month >= 1 && month <= 12 && day >= 1 && (guint) day <= sl_days_in_month (year, month);
}

/* "2024-03-28", "2024-03", "2024", "28 March 2024", "March 28, 2024", and numeric dates in the
 * order the file was found to use (a date only one order can read is read so) → TIMEX3 value. */
static char *
csv_date_value (const char *s, DateOrder order)
{
  SlDate d;
  char buf[32];
  char *end = NULL;
  gint64 year;
  int a, b, y;

  if (s == NULL)
    return NULL;
  year = g_ascii_strtoll (s, &end, 10);
  if (end != s && *end == '\0' && year >= -9999 && year <= 9999)
    return g_strdup_printf ("%04" G_GINT64_FORMAT, year);
  if (numeric_date (s, &a, &b, &y))
    {
      gboolean dmy = valid_day (y, b, a), mdy = valid_day (y, a, b);

      if (dmy && (!mdy || order == ORDER_DAY_FIRST))
        return sl_ingest_parts_value (y, b, a);
      if (mdy)
        return sl_ingest_parts_value (y, a, b);
      return NULL;
    }
  if (sl_ingest_parse_date (s, &d))
    return g_strdup (sl_date_to_value (&d, buf, sizeof buf));
  return NULL;
}

/* How this computer's locale writes dates, when it says: en_US writes %m/%d/%y. The C locale
 * says the same but speaks for nobody, so it gives no order. */
static gboolean
locale_order (DateOrder *order)
{
  const char *name = setlocale (LC_TIME, NULL);
  const char *fmt, *m, *d;

  if (name == NULL || g_str_equal (name, "C") || g_str_equal (name, "POSIX")
      || g_str_has_prefix (name, "C."))
    return FALSE;
  fmt = nl_langinfo (D_FMT);
  m = fmt ? strstr (fmt, "%m") : NULL;
  d = fmt ? strstr (fmt, "%d") : NULL;
  if (d == NULL)
    d = fmt ? strstr (fmt, "%e") : NULL;
  if (m == NULL || d == NULL)
    return FALSE;
  *order = m < d ? ORDER_MONTH_FIRST : ORDER_DAY_FIRST;
  return TRUE;
}

/* One order for a file's numeric dates. A date with a part above 12 can be read only one way
 * and says which order the file uses; when every date could be read either way, the locale's
 * order is taken, else day first. *note says what was assumed, NULL when nothing was. */
static DateOrder
decide_order (GPtrArray *dates, char **note)
{
  guint only_dmy = 0, only_mdy = 0, either = 0;
  const char *dmy_example = NULL, *mdy_example = NULL, *either_example = NULL;
  DateOrder order = ORDER_DAY_FIRST;
  gboolean from_locale;

  *note = NULL;
  for (guint i = 0; i < dates->len; i++)
    {
      const char *s = g_ptr_array_index (dates, i);
      int a, b, y;
      gboolean dmy, mdy;

      if (!numeric_date (s, &a, &b, &y))
        continue;
      dmy = valid_day (y, b, a);
      mdy = valid_day (y, a, b);
      if (dmy && mdy)
        either++, either_example = either_example ? either_example : s;
      else if (dmy)
        only_dmy++, dmy_example = dmy_example ? dmy_example : s;
      else if (mdy)
        only_mdy++, mdy_example = mdy_example ? mdy_example : s;
    }
  if (only_dmy + only_mdy + either == 0)
    return order;
  if (only_mdy > 0 && only_dmy == 0)
    {
      *note = g_strdup_printf (_("dates read month first (month/day/year), as %s can only be "
                                 "read that way"), mdy_example);
      return ORDER_MONTH_FIRST;
    }
  if (only_dmy > 0 && only_mdy == 0)
    {
      *note = g_strdup_printf (_("dates read day first (day/month/year), as %s can only be "
                                 "read that way"), dmy_example);
      return ORDER_DAY_FIRST;
    }
  if (only_dmy > 0 && only_mdy > 0)
    {
      order = only_mdy > only_dmy ? ORDER_MONTH_FIRST : ORDER_DAY_FIRST;
      *note = g_strdup_printf (_("dates mix orders: %u can only be month first (%s), %u only "
                                 "day first (%s); the %u that could be either were read %s "
                                 "first — check them"),
                               only_mdy, mdy_example, only_dmy, dmy_example, either,
                               order == ORDER_MONTH_FIRST ? _("month") : _("day"));
      return order;
    }
  from_locale = locale_order (&order);
  *note = g_strdup_printf (_("every date (such as %s) could be day or month first; read %s, "
                             "%s — check them"),
                           either_example,
                           order == ORDER_MONTH_FIRST ? _("month first (month/day/year)")
                                                      : _("day first (day/month/year)"),
                           from_locale ? _("as this computer's locale writes dates")
                                       : _("Sourceline's default"));
  return order;
}

static gboolean
date_part (const char *s, gint64 *out)
{
  char *end = NULL;

  if (s == NULL)
    return FALSE;
  *out = g_ascii_strtoll (s, &end, 10);
  return end != s && *end == '\0';
}

/* A date written in year, month and day columns → TIMEX3 value; NULL when the row has no year
 * (written then holds what was there, for the error). */
static char *
parts_date_value (GPtrArray *fields, const int *cols, int year_col, char **written)
{
  g_autofree char *ys = field (fields, cols, year_col);
  g_autofree char *ms = field (fields, cols, year_col + 1);
  g_autofree char *ds = field (fields, cols, year_col + 2);
  gint64 y, m = 0, d = 0;

  *written = g_strjoin ("-", ys ? ys : "", ms ? ms : "", ds ? ds : "", NULL);
  if (!date_part (ys, &y) || (ms && !date_part (ms, &m)) || (ds && !date_part (ds, &d))
      || y < -9999 || y > 9999 || m < 0 || m > 12 || d < 0 || (d && !m)
      || (d && (y < 1 || (guint) d > sl_days_in_month (y, m))))
    return NULL;
  return sl_ingest_parts_value (y, m, d);
}

SlDocument *
sl_csv_reader_read (const char *path, const char *data, gsize len, GError **error)
{
  g_autofree char *utf8 = NULL;
  g_autoptr (GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (SlDocument) doc = NULL;
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GArray) record_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  DateOrder order;
  int cols[N_COLS];
  const char *p, *end;
  gboolean bad = FALSE;
  gsize ulen = 0;
  guint line = 1, record_line;
  char sep;

  utf8 = sl_ingest_to_utf8 (data, len, NULL, &ulen, error);
  if (utf8 == NULL)
    return NULL;
  p = utf8;
  end = utf8 + ulen;
  sep = header_separator (p, end);

  if (!next_record (&p, end, sep, fields, &line, &bad))
    {
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_EMPTY, _("the CSV file has no header row"));
      return NULL;
    }
  for (int c = 0; c < N_COLS; c++)
    {
      cols[c] = -1;
      for (guint i = 0; i < fields->len && cols[c] < 0; i++)
        {
          g_autofree char *h = sl_ingest_clean_line (g_ptr_array_index (fields, i));
          for (guint k = 0; h && col_names[c][k]; k++)
            if (g_ascii_strcasecmp (h, col_names[c][k]) == 0)
              cols[c] = i;
        }
    }
  if ((cols[COL_START] < 0 && cols[COL_YEAR] < 0)
      || (cols[COL_HEADLINE] < 0 && cols[COL_TEXT] < 0))
    {
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_MALFORMED,
                   _("line 1: the header needs a date column and a headline or text column "
                   "(e.g. \"date,headline,text,source,url\")"));
      return NULL;
    }

  /* every record first: the date order is the file's, decided from all its dates */
  while ((record_line = line, next_record (&p, end, sep, fields, &line, &bad)))
    {
      if (blank_record (fields))
        continue;
      g_ptr_array_add (records, g_steal_pointer (&fields));
      g_array_append_val (record_lines, record_line);
      fields = g_ptr_array_new_with_free_func (g_free);
    }
  if (bad)
    {
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_MALFORMED,
                   _("line %u: a quoted field is never closed"), record_line);
      return NULL;
    }
  for (guint r = 0; r < records->len; r++)
    for (int c = COL_START; c <= COL_END; c++)
      if (cols[c] >= 0 && (guint) cols[c] < ((GPtrArray *) records->pdata[r])->len)
        g_ptr_array_add (dates, field (records->pdata[r], cols, c));
  doc = sl_document_new ();
  doc->path = g_strdup (path);
  doc->title = g_path_get_basename (path ? path : "events.csv");
  order = decide_order (dates, &doc->note);
  for (guint r = 0; r < records->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (records, r);
      SlDocumentEvent *ev;
      g_autofree char *date = NULL;
      g_autofree char *type = NULL;

      record_line = g_array_index (record_lines, guint, r);
      type = field (row, cols, COL_TYPE);
      if (type && g_ascii_strcasecmp (type, "title") == 0)
        {
          /* the sheet's title slide names the timeline; it has no date */
          g_autofree char *title = field (row, cols, COL_HEADLINE);
          if (title)
            {
              g_free (doc->title);
              doc->title = g_steal_pointer (&title);
            }
          continue;
        }
      ev = sl_document_event_new ();
      if (cols[COL_START] >= 0)
        ev->start = csv_date_value (date = field (row, cols, COL_START), order);
      else
        ev->start = parts_date_value (row, cols, COL_YEAR, &date);
      if (ev->start == NULL)
        {
          sl_document_event_free (ev);
          g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_MALFORMED,
                       _("line %u: unknown date '%s'"), record_line, date ? date : "");
          return NULL;
        }
      {
        g_autofree char *e = NULL;
        ev->end = cols[COL_END] >= 0 ? csv_date_value (e = field (row, cols, COL_END), order)
                                     : parts_date_value (row, cols, COL_END_YEAR, &e);
      }
      ev->headline = field (row, cols, COL_HEADLINE);
      ev->text = field (row, cols, COL_TEXT);
      ev->source = field (row, cols, COL_SOURCE);
      ev->url = field (row, cols, COL_URL);
      ev->group = type && g_ascii_strcasecmp (type, "era") == 0 ? g_strdup ("era")
                                                               : field (row, cols, COL_GROUP);
      sl_ingest_append_event (doc, text, ev);
    }
  if (doc->events == NULL)
    {
      g_set_error (error, SL_INGEST_ERROR, SL_INGEST_ERROR_EMPTY, _("the CSV file has no events"));
      return NULL;
    }
  doc->text_len = text->len;
  doc->text = g_string_free (g_steal_pointer (&text), FALSE);
  return g_steal_pointer (&doc);
}
