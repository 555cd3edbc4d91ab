/* sl-export-util.c: atomic files, dates and text shared by every export. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include "sl-export.h"
#include "sl-export-private.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

/* ------------------------------------------------------------------------------------------ */
/* Atomic files                                                                               */

struct _SlExportFile
{
  char *path;
  char *tmp;
  FILE *fp;
  int   error;
};

SlExportFile *
sl_export_file_new (const char *path, GError **error)
{
  g_autofree char *dir = NULL, *base = NULL;
  SlExportFile *file;
  int fd, saved;

  g_return_val_if_fail (path != NULL, NULL);

  /* a temporary file in the destination's folder, so the final rename is atomic */
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  file = g_new0 (SlExportFile, 1);
  file->path = g_strdup (path);
  file->tmp = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  fd = g_mkstemp_full (file->tmp, O_WRONLY | O_CREAT | O_EXCL, 0644);
  if (fd >= 0)
    file->fp = fdopen (fd, "wb");
  if (fd < 0 || file->fp == NULL)
    {
      saved = errno;
      if (fd >= 0)
        {
          close (fd);
          g_unlink (file->tmp);
        }
      g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_FAILED, _("Could not write in %s: %s"),
                   dir, g_strerror (saved));
      g_free (file->path);
      g_free (file->tmp);
      g_free (file);
      return NULL;
    }
  return file;
}

FILE *
sl_export_file_stream (SlExportFile *file)
{
  return file->fp;
}

void
sl_export_file_set_errno (SlExportFile *file, int err)
{
  if (file->error == 0)
    file->error = err ? err : EIO;
}

static void
export_file_free (SlExportFile *file)
{
  g_free (file->path);
  g_free (file->tmp);
  g_free (file);
}

gboolean
sl_export_file_commit (SlExportFile *file, GError **error)
{
  int saved = file->error;

  if (ferror (file->fp) && saved == 0)
    saved = EIO;
  if ((fflush (file->fp) != 0 || fsync (fileno (file->fp)) != 0) && saved == 0)
    saved = errno ? errno : EIO;
  if (fclose (file->fp) != 0 && saved == 0)
    saved = errno ? errno : EIO;
  if (saved == 0 && g_rename (file->tmp, file->path) != 0)
    saved = errno;
  if (saved != 0)
    {
      g_unlink (file->tmp);
      g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_FAILED, _("Could not write %s: %s"),
                   file->path, g_strerror (saved));
    }
  export_file_free (file);
  return saved == 0;
}

void
sl_export_file_abort (SlExportFile *file)
{
  if (file == NULL)
    return;
  fclose (file->fp);
  g_unlink (file->tmp);
  export_file_free (file);
}

/* ------------------------------------------------------------------------------------------ */
/* Dates                                                                                      */

/* Month names in the language of LC_TIME, read once through GDateTime ("%OB" and "%Ob": the
 * forms that stand alone, as in "March 2024"); the C locale gives the English names. */
static const char *
month_name (guint m, gboolean abbrev)
{
  static char **names;   /* 12 full names, then 12 short ones */

  if (g_once_init_enter (&names))
    {
      char **n = g_new0 (char *, 25);

      for (int i = 0; i < 12; i++)
        {
          g_autoptr (GDateTime) dt = g_date_time_new_utc (2001, i + 1, 15, 12, 0, 0);
          n[i] = g_date_time_format (dt, "%OB");
          n[12 + i] = g_date_time_format (dt, "%Ob");
        }
      g_once_init_leave (&names, n);
    }
  return names[(abbrev ? 12 : 0) + (m + 11) % 12];
}

static char *
day_text (SlTime t, gboolean abbrev)
{
  gint64 y;
  guint m, d;

  sl_time_to_ymd (t, &y, &m, &d);
  return g_strdup_printf ("%u %s %" G_GINT64_FORMAT, d, month_name (m, abbrev), y);
}

static char *
format_interval (SlTime start, SlTime end, gboolean abbrev)
{
  gint64 y0, y1;
  guint m0, m1, d0, d1;

  if (end <= start)
    end = start + 1;
  sl_time_to_ymd (start, &y0, &m0, &d0);
  sl_time_to_ymd (end, &y1, &m1, &d1);
  if (start % SL_DAY != 0 || end % SL_DAY != 0)
    {
      /* a time of day */
      SlTime s = ((start % SL_DAY) + SL_DAY) % SL_DAY;
      g_autofree char *day = day_text (start, abbrev);
      return g_strdup_printf ("%s, %02u:%02u UTC", day, (guint) (s / 3600), (guint) (s % 3600 / 60));
    }
  if (end - start == SL_DAY)
    return day_text (start, abbrev);
  if (d0 == 1 && d1 == 1)
    {
      if (m0 == 1 && m1 == 1)
        {
          if (y1 == y0 + 1)
            return g_strdup_printf ("%" G_GINT64_FORMAT, y0);
          if ((y1 == y0 + 10 && y0 % 10 == 0) || (y1 == y0 + 100 && y0 % 100 == 0))
            /* TRANSLATORS: a decade or century in a caption, "the 1990s"; the short form
             * is "1990s" */
            return g_strdup_printf (abbrev ? _("%llds") : _("the %llds"), (long long) y0);
          return g_strdup_printf ("%" G_GINT64_FORMAT " – %" G_GINT64_FORMAT, y0, y1 - 1);
        }
      if ((y1 == y0 && m1 == m0 + 1) || (y1 == y0 + 1 && m0 == 12 && m1 == 1))
        return g_strdup_printf ("%s %" G_GINT64_FORMAT, month_name (m0, abbrev), y0);
      if (y1 == y0 || (y1 == y0 + 1 && m1 == 1))
        return g_strdup_printf ("%s – %s %" G_GINT64_FORMAT, month_name (m0, abbrev),
                                month_name (m1 - 1, abbrev), y0);
    }
  {
    gint64 yl;
    guint ml, dl;

    sl_time_to_ymd (end - SL_DAY, &yl, &ml, &dl);
    if (yl == y0 && ml == m0)
      return g_strdup_printf ("%u – %u %s %" G_GINT64_FORMAT, d0, dl, month_name (m0, abbrev), y0);
    if (yl == y0)
      return g_strdup_printf ("%u %s – %u %s %" G_GINT64_FORMAT, d0, month_name (m0, abbrev), dl,
                              month_name (ml, abbrev), y0);
    {
      g_autofree char *a = day_text (start, abbrev);
      g_autofree char *b = day_text (end - SL_DAY, abbrev);
      return g_strdup_printf ("%s – %s", a, b);
    }
  }
}

char *
sl_export_format_day (SlTime t)
{
  return day_text (t, FALSE);
}

char *
sl_export_format_day_short (SlTime t)
{
  return day_text (t, TRUE);
}

char *
sl_export_format_interval (SlTime start, SlTime end)
{
  return format_interval (start, end, FALSE);
}

char *
sl_export_format_interval_short (SlTime start, SlTime end)
{
  return format_interval (start, end, TRUE);
}

gboolean
sl_export_value_parts (const char *value, gint64 *year, guint *month, guint *day)
{
  char *end = NULL;
  gint64 y;
  guint m = 0, d = 0;

  if (value == NULL || !g_ascii_isdigit (value[0]))
    return FALSE;
  y = g_ascii_strtoll (value, &end, 10);
  if (end - value != 4)
    return FALSE;
  if (*end == '-' && g_ascii_isdigit (end[1]) && g_ascii_isdigit (end[2]))
    {
      m = (guint) ((end[1] - '0') * 10 + (end[2] - '0'));
      end += 3;
      if (*end == '-' && g_ascii_isdigit (end[1]) && g_ascii_isdigit (end[2]))
        {
          d = (guint) ((end[1] - '0') * 10 + (end[2] - '0'));
          end += 3;
        }
    }
  if (*end != '\0' || m > 12 || d > 31)
    return FALSE;
  *year = y;
  *month = m;
  *day = d;
  return TRUE;
}

gboolean
sl_export_event_included (const SlEvent *ev)
{
  return (ev->flags & (SL_EVENT_HIDDEN | SL_EVENT_DELETED)) == 0 && ev->end_t > ev->start;
}

static char *
day_value (SlTime t)
{
  gint64 y;
  guint m, d;

  sl_time_to_ymd (t, &y, &m, &d);
  return g_strdup_printf ("%04" G_GINT64_FORMAT "-%02u-%02u", y, m, d);
}

void
sl_export_event_dates (SlModel *model, const SlEvent *ev, gboolean months, char **start,
                       char **end)
{
  const char *when = sl_model_str (model, ev->when);
  gint64 y;
  guint m, d;
  SlTime s, e;

  *start = *end = NULL;
  /* a plain year, month or day value that says exactly [start, end) stands for itself */
  if (when && sl_export_value_parts (when, &y, &m, &d) && (months || d > 0 || m == 0)
      && sl_time_interval_from_value (when, SL_MOD_NONE, &s, &e) && s == ev->start && e == ev->end_t)
    {
      *start = g_strdup (when);
      return;
    }
  if (ev->end_t - ev->start <= SL_DAY && ev->start % SL_DAY == 0)
    {
      *start = day_value (ev->start);
      return;
    }
  /* whole years and months, or else days */
  {
    gint64 y1;
    guint m0, d0, m1, d1;

    sl_time_to_ymd (ev->start, &y, &m0, &d0);
    sl_time_to_ymd (ev->end_t, &y1, &m1, &d1);
    if (ev->start % SL_DAY == 0 && ev->end_t % SL_DAY == 0 && d0 == 1 && d1 == 1)
      {
        SlTime last = ev->end_t - SL_DAY;
        gint64 yl;
        guint ml, dl;

        sl_time_to_ymd (last, &yl, &ml, &dl);
        if (m0 == 1 && m1 == 1)
          {
            *start = g_strdup_printf ("%04" G_GINT64_FORMAT, y);
            *end = g_strdup_printf ("%04" G_GINT64_FORMAT, yl);
            return;
          }
        if (months)
          {
            *start = g_strdup_printf ("%04" G_GINT64_FORMAT "-%02u", y, m0);
            *end = g_strdup_printf ("%04" G_GINT64_FORMAT "-%02u", yl, ml);
            return;
          }
      }
  }
  *start = day_value (ev->start);
  *end = day_value (ev->end_t - 1);
}

/* ------------------------------------------------------------------------------------------ */
/* Text                                                                                       */

char *
sl_export_doc_slice (SlModel *model, guint32 doc, guint32 begin, guint32 end)
{
  gsize len = 0;
  const char *text;
  g_autofree char *valid = NULL;
  GString *out;
  gboolean space = FALSE;

  if (doc >= sl_model_n_docs (model) || begin >= end)
    return NULL;
  /* a project's texts may stay in its file until first needed */
  text = sl_model_doc_text (model, doc, &len);
  if (text == NULL || end > len)
    return NULL;
  valid = g_utf8_make_valid (text + begin, end - begin);
  out = g_string_sized_new (end - begin);
  for (const char *p = valid; *p; p++)
    {
      if (g_ascii_isspace (*p))
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, *p);
        }
    }
  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

char *
sl_export_model_title (SlModel *model)
{
  guint n_docs = sl_model_n_docs (model);
  const char *outlet = NULL;
  gboolean one_outlet = TRUE;

  if (n_docs == 1)
    {
      const char *t = sl_model_str (model, sl_model_doc (model, 0)->title);
      if (t && *t)
        return g_strdup (t);
    }
  for (guint i = 0; i < n_docs; i++)
    {
      const char *o = sl_model_str (model, sl_model_doc (model, i)->outlet);
      if (o == NULL || (outlet && g_strcmp0 (o, outlet) != 0))
        one_outlet = FALSE;
      outlet = outlet ? outlet : o;
    }
  if (n_docs == 0)
    return g_strdup ("Sourceline");
  if (one_outlet && outlet)
    return g_strdup_printf ("%u article%s from %s", n_docs, n_docs == 1 ? "" : "s", outlet);
  return g_strdup_printf ("%u articles", n_docs);
}

/* The first claim of the event that no other claim of it relays. */
static guint32
origin_claim (SlModel *model, guint32 event)
{
  guint n;
  const guint32 *claims = sl_model_event_claims (model, event, &n);

  for (guint i = 0; i < n; i++)
    {
      gboolean relay = FALSE;
      for (guint j = 0; j < n && !relay; j++)
        relay = j != i && sl_model_claim (model, claims[j])->via == claims[i];
      if (!relay)
        return claims[i];
    }
  return n > 0 ? claims[0] : SL_NONE;
}

const char *
sl_export_event_source (SlModel *model, guint32 event)
{
  guint32 claim = origin_claim (model, event);
  const SlDoc *doc;

  if (claim != SL_NONE)
    {
      const SlSource *s = sl_model_source (model, sl_model_claim (model, claim)->source);
      if (s && s->name)
        return sl_model_str (model, s->name);
    }
  doc = sl_model_doc (model, sl_model_event (model, event)->doc);
  return doc && doc->outlet ? sl_model_str (model, doc->outlet) : NULL;
}

char *
sl_export_claim_chain_text (SlModel *model, guint32 claim)
{
  g_autoptr (GArray) chain = g_array_new (FALSE, FALSE, sizeof (guint32));
  GString *out = g_string_new (NULL);
  const SlDoc *doc;
  const char *outlet, *last = NULL;

  sl_model_claim_chain (model, claim, chain);
  /* outermost first: write it origin first */
  for (guint k = chain->len; k > 0; k--)
    {
      const SlClaim *c = sl_model_claim (model, g_array_index (chain, guint32, k - 1));
      const char *name = sl_model_str (model, sl_model_source (model, c->source)->name);

      if (name == NULL || g_strcmp0 (name, last) == 0)
        continue;
      if (out->len)
        g_string_append (out, " via ");
      g_string_append (out, name);
      last = name;
    }
  doc = sl_model_doc (model, sl_model_claim (model, claim)->doc);
  outlet = doc && doc->outlet ? sl_model_str (model, doc->outlet) : NULL;
  if (outlet && g_strcmp0 (outlet, last) != 0)
    g_string_append_printf (out, "%s%s", out->len ? " via " : "", outlet);
  return g_string_free (out, FALSE);
}

char *
sl_export_source_grade (const SlSource *src)
{
  if (src->reliability == 0 && src->credibility == 0)
    return NULL;
  return g_strdup_printf ("%c%c", src->reliability ? src->reliability : 'F',
                          src->credibility ? src->credibility : '6');
}
