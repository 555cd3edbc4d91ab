/* sl-timeline-painter.c: the timeline drawn onto any cairo_t.
 *
 * Three layers of work, each cached by what it depends on:
 *  - the lane index (per model and lane mode): every event's position in a pool sorted by
 *    (lane, duration class, start), with the starts beside it, so a lane's events in a time
 *    window, or their count, are two binary searches (12 bytes per event);
 *  - the layout (per zoom and time window): for each lane on screen, rows and labels of the
 *    events in a window twice the visible span, placed greedily by importance, or — when a
 *    lane is too dense to read — a density lane; panning inside the window reuses it;
 *  - the drawing itself, which only converts the cached layout to pixels.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include "sl-timeline-painter.h"

#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif

#define SHORT_MAX (32 * SL_DAY) /* events longer than this go to the long class of a lane */
#define N_CLASSES 2
#define MAX_ROWS 6
#define LABEL_MAX_PX 280.0
#define MIN_PX_PER_EVENT 14.0   /* denser lanes aggregate: past ~one event per 14 px, marks clutter */
#define DENSITY_BIN_PX 3.0
#define CONTESTED_RING_GAP 2.5  /* a contested mark's dashed ring: this far out from the mark */
#define CONTESTED_RING_W 1.3    /* and this thick */
#define YEAR_SECONDS (365.2425 * 86400.0)
#define MONTH_SECONDS (YEAR_SECONDS / 12.0)

/* ------------------------------------------------------------------------------------------ */
/* Viewport                                                                                   */

void
sl_timeline_viewport_init (SlTimelineViewport *vp, double t0, double t1, double width,
                           double height)
{
  g_return_if_fail (vp != NULL);

  vp->t0 = t0;
  vp->t1 = t1 > t0 ? t1 : t0 + SL_TIMELINE_MIN_SPAN;
  vp->width = MAX (width, 1.0);
  vp->height = MAX (height, 1.0);
  vp->lane_offset = 0;
}

double
sl_timeline_viewport_seconds_per_px (const SlTimelineViewport *vp)
{
  g_return_val_if_fail (vp != NULL, 1.0);
  return (vp->t1 - vp->t0) / vp->width;
}

double
sl_timeline_viewport_x_of (const SlTimelineViewport *vp, double t)
{
  g_return_val_if_fail (vp != NULL, 0);
  return (t - vp->t0) / (vp->t1 - vp->t0) * vp->width;
}

double
sl_timeline_viewport_time_at (const SlTimelineViewport *vp, double x)
{
  g_return_val_if_fail (vp != NULL, 0);
  return vp->t0 + x / vp->width * (vp->t1 - vp->t0);
}

void
sl_timeline_viewport_zoom_at (SlTimelineViewport *vp, double factor, double x)
{
  double anchor, span;

  g_return_if_fail (vp != NULL);
  g_return_if_fail (factor > 0);

  anchor = sl_timeline_viewport_time_at (vp, x);
  span = CLAMP ((vp->t1 - vp->t0) / factor, SL_TIMELINE_MIN_SPAN, SL_TIMELINE_MAX_SPAN);
  vp->t0 = anchor - x / vp->width * span;
  vp->t1 = vp->t0 + span;
}

void
sl_timeline_viewport_pan (SlTimelineViewport *vp, double dx)
{
  double dt;

  g_return_if_fail (vp != NULL);

  dt = dx * sl_timeline_viewport_seconds_per_px (vp);
  vp->t0 += dt;
  vp->t1 += dt;
}

void
sl_timeline_viewport_set_size (SlTimelineViewport *vp, double width, double height)
{
  g_return_if_fail (vp != NULL);
  vp->width = MAX (width, 1.0);
  vp->height = MAX (height, 1.0);
}

void
sl_timeline_viewport_show_range (SlTimelineViewport *vp, double t0, double t1)
{
  double span, margin;

  g_return_if_fail (vp != NULL);

  if (t1 < t0)
    {
      double t = t0;
      t0 = t1;
      t1 = t;
    }
  span = MAX (t1 - t0, (double) SL_DAY);
  margin = span * 0.06;
  /* a single instant is centred in its day */
  if (t1 - t0 < SL_DAY)
    t0 = (t0 + t1) / 2 - SL_DAY / 2.0;
  span = CLAMP (span + 2 * margin, SL_TIMELINE_MIN_SPAN, SL_TIMELINE_MAX_SPAN);
  vp->t0 = t0 - margin;
  vp->t1 = vp->t0 + span;
}

gboolean
sl_timeline_viewport_fit (SlTimelineViewport *vp, SlModel *model)
{
  SlTime t0, t1;

  g_return_val_if_fail (vp != NULL, FALSE);

  if (model == NULL || !sl_model_time_bounds (model, &t0, &t1))
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
      SlTime y0 = sl_time_from_ymd (g_date_time_get_year (now), 1, 1);

      sl_timeline_viewport_show_range (vp, (double) y0,
                                       (double) sl_time_from_ymd (g_date_time_get_year (now) + 1,
                                                                  1, 1));
      return FALSE;
    }
  {
    /* labels run to the right of their marks: the last event keeps room for its label */
    double left = MIN (24.0, vp->width * 0.05), right = MIN (LABEL_MAX_PX + 20, vp->width * 0.3);
    double span = MAX ((double) (t1 - t0), (double) SL_DAY);
    double spp = span / MAX (vp->width - left - right, 1.0);

    if (t1 - t0 < SL_DAY)
      t0 = (t0 + t1) / 2 - SL_DAY / 2;
    span = CLAMP (spp * vp->width, SL_TIMELINE_MIN_SPAN, SL_TIMELINE_MAX_SPAN);
    spp = span / vp->width;
    vp->t0 = (double) t0 - left * spp;
    vp->t1 = vp->t0 + span;
  }
  return TRUE;
}

/* ------------------------------------------------------------------------------------------ */
/* Axis                                                                                       */

typedef struct
{
  SlAxisUnit minor_unit;
  guint      minor_step;
  SlAxisUnit major_unit;
  guint      major_step;
} AxisRung;

static const AxisRung axis_ladder[] = {
  { SL_AXIS_MINUTE, 1, SL_AXIS_DAY, 1 },
  { SL_AXIS_MINUTE, 5, SL_AXIS_DAY, 1 },
  { SL_AXIS_MINUTE, 10, SL_AXIS_DAY, 1 },
  { SL_AXIS_MINUTE, 15, SL_AXIS_DAY, 1 },
  { SL_AXIS_MINUTE, 30, SL_AXIS_DAY, 1 },
  { SL_AXIS_HOUR, 1, SL_AXIS_DAY, 1 },
  { SL_AXIS_HOUR, 3, SL_AXIS_DAY, 1 },
  { SL_AXIS_HOUR, 6, SL_AXIS_DAY, 1 },
  { SL_AXIS_HOUR, 12, SL_AXIS_DAY, 1 },
  { SL_AXIS_DAY, 1, SL_AXIS_MONTH, 1 },
  { SL_AXIS_WEEK, 1, SL_AXIS_MONTH, 1 },
  { SL_AXIS_MONTH, 1, SL_AXIS_YEAR, 1 },
  { SL_AXIS_MONTH, 3, SL_AXIS_YEAR, 1 },
  { SL_AXIS_MONTH, 6, SL_AXIS_YEAR, 1 },
  { SL_AXIS_YEAR, 1, SL_AXIS_YEAR, 10 },
  { SL_AXIS_YEAR, 2, SL_AXIS_YEAR, 10 },
  { SL_AXIS_YEAR, 5, SL_AXIS_YEAR, 100 },
  { SL_AXIS_YEAR, 10, SL_AXIS_YEAR, 100 },
  { SL_AXIS_YEAR, 25, SL_AXIS_YEAR, 100 },
  { SL_AXIS_YEAR, 50, SL_AXIS_YEAR, 1000 },
  { SL_AXIS_YEAR, 100, SL_AXIS_YEAR, 1000 },
  { SL_AXIS_YEAR, 250, SL_AXIS_YEAR, 1000 },
  { SL_AXIS_YEAR, 500, SL_AXIS_YEAR, 10000 },
  { SL_AXIS_YEAR, 1000, SL_AXIS_YEAR, 10000 },
  { SL_AXIS_YEAR, 2500, SL_AXIS_YEAR, 10000 },
};

static double
unit_seconds (SlAxisUnit unit)
{
  switch (unit)
    {
    case SL_AXIS_MINUTE: return 60.0;
    case SL_AXIS_HOUR: return 3600.0;
    case SL_AXIS_DAY: return 86400.0;
    case SL_AXIS_WEEK: return 7 * 86400.0;
    case SL_AXIS_MONTH: return MONTH_SECONDS;
    case SL_AXIS_YEAR: return YEAR_SECONDS;
    default: return 86400.0;
    }
}

void
sl_axis_scale_choose (double seconds_per_px, double min_spacing_px, SlAxisScale *out)
{
  const AxisRung *pick = &axis_ladder[G_N_ELEMENTS (axis_ladder) - 1];

  g_return_if_fail (out != NULL);
  g_return_if_fail (seconds_per_px > 0);

  for (guint i = 0; i < G_N_ELEMENTS (axis_ladder); i++)
    {
      const AxisRung *r = &axis_ladder[i];
      double need = min_spacing_px;
      double px = unit_seconds (r->minor_unit) * r->minor_step / seconds_per_px;

      if (r->minor_unit == SL_AXIS_DAY || r->minor_unit == SL_AXIS_WEEK)
        need *= 0.6;
      if (px >= need)
        {
          pick = r;
          break;
        }
    }
  out->minor_unit = pick->minor_unit;
  out->minor_step = pick->minor_step;
  out->major_unit = pick->major_unit;
  out->major_step = pick->major_step;
}

static gint64
floor_div (gint64 a, gint64 b)
{
  gint64 q = a / b;

  if ((a % b != 0) && ((a < 0) != (b < 0)))
    q--;
  return q;
}

SlTime
sl_axis_floor (SlTime t, SlAxisUnit unit, guint step)
{
  gint64 days = floor_div (t, SL_DAY);
  gint64 y;
  guint m, d;

  step = MAX (step, 1);
  switch (unit)
    {
    case SL_AXIS_MINUTE:
      return floor_div (t, 60 * (gint64) step) * 60 * (gint64) step;
    case SL_AXIS_HOUR:
      {
        gint64 day_start = days * SL_DAY;
        gint64 hour = (t - day_start) / 3600;
        return day_start + (hour / step) * step * 3600;
      }
    case SL_AXIS_DAY:
      return days * SL_DAY;
    case SL_AXIS_WEEK:
      return (days - sl_weekday_from_days (days)) * SL_DAY;
    case SL_AXIS_MONTH:
      sl_civil_from_days (days, &y, &m, &d);
      m = ((m - 1) / step) * step + 1;
      return sl_time_from_ymd (y, m, 1);
    case SL_AXIS_YEAR:
    default:
      sl_civil_from_days (days, &y, &m, &d);
      return sl_time_from_ymd (floor_div (y, step) * step, 1, 1);
    }
}

SlTime
sl_axis_next (SlTime t, SlAxisUnit unit, guint step)
{
  gint64 y;
  guint m, d;

  step = MAX (step, 1);
  switch (unit)
    {
    case SL_AXIS_MINUTE:
      return t + 60 * (gint64) step;
    case SL_AXIS_HOUR:
      {
        /* hour steps restart at midnight so labels stay on round hours */
        SlTime next = t + 3600 * (gint64) step;
        SlTime day_end = (floor_div (t, SL_DAY) + 1) * SL_DAY;
        return MIN (next, day_end);
      }
    case SL_AXIS_DAY:
      return t + SL_DAY * (gint64) step;
    case SL_AXIS_WEEK:
      return t + 7 * SL_DAY * (gint64) step;
    case SL_AXIS_MONTH:
      {
        gint64 months;
        sl_time_to_ymd (t, &y, &m, &d);
        months = y * 12 + (m - 1) + step;
        return sl_time_from_ymd (floor_div (months, 12), (guint) (months - floor_div (months, 12) * 12) + 1, 1);
      }
    case SL_AXIS_YEAR:
    default:
      sl_time_to_ymd (t, &y, &m, &d);
      return sl_time_from_ymd (y + step, 1, 1);
    }
}

/* Month and weekday names in the user's language, read once from the C library through
 * GDateTime: "%Ob"/"%OB" are the names standing alone ("März 2024"), "%B" the form inside a
 * date ("28. März"), which differs in languages with grammatical cases. */
typedef struct
{
  char *month_short[12];
  char *month_alone[12];
  char *month_in_date[12];
  char *weekday_short[7];   /* Monday first */
} AxisNames;

static const AxisNames *
axis_names (void)
{
  static AxisNames *names;

  if (g_once_init_enter (&names))
    {
      AxisNames *n = g_new0 (AxisNames, 1);

      for (int i = 0; i < 12; i++)
        {
          g_autoptr (GDateTime) dt = g_date_time_new_utc (2001, i + 1, 15, 12, 0, 0);
          n->month_short[i] = g_date_time_format (dt, "%Ob");
          n->month_alone[i] = g_date_time_format (dt, "%OB");
          n->month_in_date[i] = g_date_time_format (dt, "%B");
        }
      /* 1 January 2001 was a Monday */
      for (int i = 0; i < 7; i++)
        {
          g_autoptr (GDateTime) dt = g_date_time_new_utc (2001, 1, i + 1, 12, 0, 0);
          n->weekday_short[i] = g_date_time_format (dt, "%a");
        }
      g_once_init_leave (&names, n);
    }
  return names;
}

static const char *
ordinal_suffix (gint64 n)
{
  /* TRANSLATORS: the suffixes of ordinal numbers on the axis ("21st century"); give the
   * marker your language uses (such as "." or "e"), or leave the translation empty */
  if (n % 100 >= 11 && n % 100 <= 13)
    return C_("ordinal suffix", "th");
  switch (n % 10)
    {
    case 1: return C_("ordinal suffix", "st");
    case 2: return C_("ordinal suffix", "nd");
    case 3: return C_("ordinal suffix", "rd");
    default: return C_("ordinal suffix", "th");
    }
}

/* Years before 1 CE are written "44 BC" (astronomical year 0 is 1 BC). */
static void
format_year (gint64 y, char *buf, gsize len)
{
  if (y <= 0)
    /* TRANSLATORS: a year before the common era on the time axis, "44 BC" */
    g_snprintf (buf, len, _("%lld BC"), (long long) (1 - y));
  else
    g_snprintf (buf, len, "%" G_GINT64_FORMAT, y);
}

char *
sl_axis_format (SlTime t, SlAxisUnit unit, guint step, gboolean major, char *buf, gsize len)
{
  gint64 y, days = floor_div (t, SL_DAY);
  guint m, d;
  char ybuf[32];

  g_return_val_if_fail (buf != NULL && len > 0, NULL);

  sl_civil_from_days (days, &y, &m, &d);
  format_year (y, ybuf, sizeof ybuf);
  if (!major)
    {
      switch (unit)
        {
        case SL_AXIS_MINUTE:
        case SL_AXIS_HOUR:
          {
            gint64 sec = t - days * SL_DAY;
            g_snprintf (buf, len, "%02d:%02d", (int) (sec / 3600), (int) (sec % 3600 / 60));
            break;
          }
        case SL_AXIS_DAY:
        case SL_AXIS_WEEK:
          g_snprintf (buf, len, "%u", d);
          break;
        case SL_AXIS_MONTH:
          g_snprintf (buf, len, "%s", axis_names ()->month_short[m - 1]);
          break;
        case SL_AXIS_YEAR:
        default:
          g_snprintf (buf, len, "%s", ybuf);
          break;
        }
      return buf;
    }

  switch (unit)
    {
    case SL_AXIS_MINUTE:
    case SL_AXIS_HOUR:
    case SL_AXIS_DAY:
    case SL_AXIS_WEEK:
      /* TRANSLATORS: a day on the time axis: weekday, day, month, year ("Thu 28 March 2024");
       * reorder with %1$s %2$u %3$s %4$s */
      g_snprintf (buf, len, C_("axis day", "%1$s %2$u %3$s %4$s"),
                  axis_names ()->weekday_short[sl_weekday_from_days (days)], d,
                  axis_names ()->month_in_date[m - 1], ybuf);
      break;
    case SL_AXIS_MONTH:
      /* TRANSLATORS: a month on the time axis: month, year ("March 2024") */
      g_snprintf (buf, len, C_("axis month", "%1$s %2$s"), axis_names ()->month_alone[m - 1], ybuf);
      break;
    case SL_AXIS_YEAR:
    default:
      if (step <= 1)
        g_snprintf (buf, len, "%s", ybuf);
      else if (step == 10 && y > 0)
        /* TRANSLATORS: a decade on the time axis, "1990s" */
        g_snprintf (buf, len, _("%llds"), (long long) y);
      else if (step == 100 && y >= 0)
        /* TRANSLATORS: a century on the time axis: number and ordinal suffix, "21st century" */
        g_snprintf (buf, len, _("%lld%s century"), (long long) (y / 100 + 1),
                    ordinal_suffix (y / 100 + 1));
      else if (step == 1000 && y >= 0)
        /* TRANSLATORS: a millennium on the time axis: number and ordinal suffix, "3rd millennium" */
        g_snprintf (buf, len, _("%lld%s millennium"), (long long) (y / 1000 + 1),
                    ordinal_suffix (y / 1000 + 1));
      else
        {
          char y2[32];
          format_year (y + step - 1, y2, sizeof y2);
          g_snprintf (buf, len, "%s – %s", ybuf, y2);
        }
      break;
    }
  return buf;
}

/* ------------------------------------------------------------------------------------------ */
/* Painter state                                                                              */

typedef enum
{
  SHAPE_MARK = 0, /* a stance mark, narrower than a bar would be readable */
  SHAPE_BAR,      /* a precisely known interval */
  SHAPE_BAND,     /* an uncertain date: soft-edged, lighter the coarser it is */
} Shape;

/* An event placed in a lane, in layout pixels from the window start. */
typedef struct
{
  guint32 event;
  guint16 row;
  guint8  shape;
  guint8  has_label;
  float   band_alpha;  /* > 0 draws a soft band under or as the shape */
  double  x0, x1;      /* the shape's extent */
  double  cx;          /* the mark's centre */
  double  lx0, lx1;    /* the label's extent */
} Laid;

typedef struct
{
  char   *name;
  SlRgba  colour;
  gboolean collapsed;  /* drawn as a thin density strip under its header */
  guint   first[N_CLASSES], count[N_CLASSES];
  SlTime  max_dur[N_CLASSES];
  SlTime  first_start;
  guint   total;

  /* layout for the current epoch */
  guint   epoch;
  gboolean dense;
  guint   n_rows;
  guint   laid_first, n_laid;
  guint   over_first, n_over;
} Lane;

/* Text is shaped once and kept: redrawing a frame re-uses the shaped layouts. */
enum
{
  FONT_SMALL = 0,   /* lane names' counts, axis ticks, badges */
  FONT_SMALL_BOLD,  /* lane names */
  FONT_LABEL,       /* event labels */
  FONT_MAJOR,       /* the axis's upper row */
  N_FONTS
};

typedef struct
{
  PangoLayout *layout;
  double       w, h;
} CachedText;

#define TEXT_CACHE_MAX 6000

typedef enum
{
  KEY_ARRAY = 0, /* id indexes key_lane */
  KEY_STRING,    /* id is an interned string looked up in str_lane */
  KEY_NONE,      /* the catch-all lane */
} KeySpace;

struct _SlTimelinePainter
{
  SlModel      *model;
  SlPaintStyle  style;
  SlLaneMode    lane_mode;
  guint32       selected, hover;
  GArray       *highlight;       /* guint32, sorted */
  gboolean      has_brush;
  SlTime        brush0, brush1;
  GArray       *chosen;          /* guint32, sorted: the multi-selection */
  gboolean      fold_marks;      /* lane headers show ▾/▸: a control on screen, not in exports */
  gboolean      fit_labels;      /* labels end before the right edge: a picture has no beyond */
  GHashTable   *collapsed[SL_LANE_NONE + 1]; /* per lane mode: names of the lanes folded */

  /* lane index */
  gboolean      index_valid;
  guint         indexed_events;    /* events in the index (hidden and deleted ones are not) */
  guint         indexed_generation;
  GArray       *lanes;           /* Lane */
  guint32      *pool_event;      /* by (lane, class, start) */
  SlTime       *pool_start;
  guint32      *key_lane;        /* KEY_ARRAY id → lane */
  guint         n_key_lane;
  GHashTable   *str_lane;        /* KEY_STRING id → lane + 1 */
  guint32       none_lane;

  /* text metrics */
  gboolean      metrics_valid;
  PangoContext *measure_ctx;
  PangoLayout  *measure_layout;
  double        ascii_w[128];
  GHashTable   *char_w;          /* gunichar → width in 1/64 px */
  PangoFontDescription *fonts[N_FONTS];
  GHashTable   *text_cache;      /* "font:width:text" → CachedText */
  double        text_h, small_h;
  double        axis_row_h, lane_header_h, row_h, mark_r, dense_h, lane_pad, strip_h;

  /* layout cache */
  guint         epoch;
  gboolean      window_valid;
  double        key_spp, key_width, win_t0, win_t1;
  GArray       *laid;            /* Laid */
  GArray       *over;            /* double: x of events that did not fit */
  GArray       *cands;           /* Cand */
  GArray       *rows[MAX_ROWS];  /* double pairs: occupied [x0, x1), sorted */
  GArray       *items_out;       /* SlTimelineItem */
};

/* The index's large arrays. On Linux they are mapped with their pages filled in by one call:
 * touching a fresh 28 MB index page by page costs thousands of page faults, a third of the
 * first frame of a million events. Elsewhere, or if mapping fails, plain g_malloc. */
#define BIG_MIN ((gsize) 1 << 20)

typedef struct
{
  gsize    bytes;   /* the whole block, header included */
  gboolean mapped;
  gint64   pad;     /* keeps the payload 16-byte aligned */
} BigHeader;

static gpointer
big_alloc (gsize bytes)
{
  BigHeader *h = NULL;
  gsize total = bytes + sizeof (BigHeader);

#if defined(__linux__) && defined(MAP_POPULATE)
  if (bytes >= BIG_MIN)
    {
      void *p = mmap (NULL, total, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
      if (p != MAP_FAILED)
        {
          h = p;
          h->mapped = TRUE;
        }
    }
#endif
  if (h == NULL)
    {
      h = g_malloc (total);
      h->mapped = FALSE;
    }
  h->bytes = total;
  return h + 1;
}

static void
big_free (gpointer p)
{
  BigHeader *h;

  if (p == NULL)
    return;
  h = (BigHeader *) p - 1;
#if defined(__linux__) && defined(MAP_POPULATE)
  if (h->mapped)
    {
      munmap (h, h->bytes);
      return;
    }
#endif
  g_free (h);
}

static void
invalidate_layout (SlTimelinePainter *self)
{
  self->window_valid = FALSE;
  self->epoch++;
}

static void
clear_index (SlTimelinePainter *self)
{
  for (guint i = 0; i < self->lanes->len; i++)
    g_free (g_array_index (self->lanes, Lane, i).name);
  g_array_set_size (self->lanes, 0);
  g_clear_pointer (&self->pool_event, big_free);
  g_clear_pointer (&self->pool_start, big_free);
  g_clear_pointer (&self->key_lane, g_free);
  self->n_key_lane = 0;
  g_hash_table_remove_all (self->str_lane);
  self->none_lane = SL_NONE;
  self->index_valid = FALSE;
  invalidate_layout (self);
}

static void
cached_text_free (gpointer data)
{
  CachedText *ct = data;

  g_object_unref (ct->layout);
  g_free (ct);
}

SlTimelinePainter *
sl_timeline_painter_new (void)
{
  SlTimelinePainter *self = g_new0 (SlTimelinePainter, 1);

  sl_paint_style_init (&self->style, FALSE);
  self->lane_mode = SL_LANE_BY_SOURCE;
  self->selected = SL_NONE;
  self->hover = SL_NONE;
  self->highlight = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->chosen = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint m = 0; m <= SL_LANE_NONE; m++)
    self->collapsed[m] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->lanes = g_array_new (FALSE, TRUE, sizeof (Lane));
  self->str_lane = g_hash_table_new (NULL, NULL);
  self->none_lane = SL_NONE;
  self->char_w = g_hash_table_new (NULL, NULL);
  self->text_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, cached_text_free);
  self->laid = g_array_new (FALSE, FALSE, sizeof (Laid));
  self->over = g_array_new (FALSE, FALSE, sizeof (double));
  self->items_out = g_array_new (FALSE, FALSE, sizeof (SlTimelineItem));
  for (guint r = 0; r < MAX_ROWS; r++)
    self->rows[r] = g_array_new (FALSE, FALSE, 2 * sizeof (double));
  return self;
}

void
sl_timeline_painter_free (SlTimelinePainter *self)
{
  if (self == NULL)
    return;
  clear_index (self);
  g_clear_pointer (&self->model, sl_model_unref);
  g_array_unref (self->highlight);
  g_array_unref (self->chosen);
  for (guint m = 0; m <= SL_LANE_NONE; m++)
    g_hash_table_unref (self->collapsed[m]);
  g_array_unref (self->lanes);
  g_hash_table_unref (self->str_lane);
  g_hash_table_unref (self->char_w);
  g_hash_table_unref (self->text_cache);
  for (guint f = 0; f < N_FONTS; f++)
    g_clear_pointer (&self->fonts[f], pango_font_description_free);
  g_clear_object (&self->measure_layout);
  g_clear_object (&self->measure_ctx);
  g_array_unref (self->laid);
  g_array_unref (self->over);
  g_clear_pointer (&self->cands, g_array_unref);
  g_array_unref (self->items_out);
  for (guint r = 0; r < MAX_ROWS; r++)
    g_array_unref (self->rows[r]);
  g_free (self);
}

void
sl_timeline_painter_set_model (SlTimelinePainter *self, SlModel *model)
{
  g_return_if_fail (self != NULL);

  if (model == self->model)
    {
      sl_timeline_painter_invalidate (self);
      return;
    }
  if (model)
    sl_model_ref (model);
  g_clear_pointer (&self->model, sl_model_unref);
  self->model = model;
  self->selected = SL_NONE;
  self->hover = SL_NONE;
  g_array_set_size (self->highlight, 0);
  g_array_set_size (self->chosen, 0);
  clear_index (self);
}

SlModel *
sl_timeline_painter_get_model (SlTimelinePainter *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->model;
}

void
sl_timeline_painter_invalidate (SlTimelinePainter *self)
{
  g_return_if_fail (self != NULL);
  clear_index (self);
}

void
sl_timeline_painter_set_style (SlTimelinePainter *self, const SlPaintStyle *style)
{
  g_return_if_fail (self != NULL && style != NULL);

  self->style = *style;
  self->metrics_valid = FALSE;
  /* lane colours come from the palette */
  clear_index (self);
}

const SlPaintStyle *
sl_timeline_painter_get_style (SlTimelinePainter *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->style;
}

void
sl_timeline_painter_set_lane_mode (SlTimelinePainter *self, SlLaneMode mode)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail ((guint) mode <= SL_LANE_NONE);

  if (mode == self->lane_mode)
    return;
  self->lane_mode = mode;
  clear_index (self);
}

SlLaneMode
sl_timeline_painter_get_lane_mode (SlTimelinePainter *self)
{
  g_return_val_if_fail (self != NULL, SL_LANE_BY_SOURCE);
  return self->lane_mode;
}

void
sl_timeline_painter_set_selected (SlTimelinePainter *self, guint32 event)
{
  g_return_if_fail (self != NULL);

  if (event == self->selected)
    return;
  self->selected = event;
  /* the selected event is placed first so its label always shows */
  invalidate_layout (self);
}

guint32
sl_timeline_painter_get_selected (SlTimelinePainter *self)
{
  g_return_val_if_fail (self != NULL, SL_NONE);
  return self->selected;
}

void
sl_timeline_painter_set_hover (SlTimelinePainter *self, guint32 event)
{
  g_return_if_fail (self != NULL);
  self->hover = event;
}

static int
cmp_u32 (gconstpointer a, gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;
  return x < y ? -1 : x > y;
}

void
sl_timeline_painter_set_highlight (SlTimelinePainter *self, const guint32 *events, guint n)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (n == 0 || events != NULL);

  g_array_set_size (self->highlight, 0);
  if (n > 0)
    {
      g_array_append_vals (self->highlight, events, n);
      g_array_sort (self->highlight, cmp_u32);
    }
  invalidate_layout (self);
}

gboolean
sl_timeline_painter_is_highlighted (SlTimelinePainter *self, guint32 event)
{
  const guint32 *h;
  guint lo = 0, hi;

  g_return_val_if_fail (self != NULL, FALSE);

  h = (const guint32 *) self->highlight->data;
  hi = self->highlight->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (h[mid] < event)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < self->highlight->len && h[lo] == event;
}

void
sl_timeline_painter_set_brush (SlTimelinePainter *self, gboolean has_brush, SlTime t0, SlTime t1)
{
  g_return_if_fail (self != NULL);
  self->has_brush = has_brush && t1 != t0;
  self->brush0 = MIN (t0, t1);
  self->brush1 = MAX (t0, t1);
}

static gboolean
sorted_contains (GArray *set, guint32 event)
{
  const guint32 *h = (const guint32 *) set->data;
  guint lo = 0, hi = set->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (h[mid] < event)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < set->len && h[lo] == event;
}

void
sl_timeline_painter_set_selection (SlTimelinePainter *self, const guint32 *events, guint n)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (n == 0 || events != NULL);

  g_array_set_size (self->chosen, 0);
  if (n > 0)
    {
      g_array_append_vals (self->chosen, events, n);
      g_array_sort (self->chosen, cmp_u32);
    }
  /* chosen events are placed first so their labels show */
  invalidate_layout (self);
}

gboolean
sl_timeline_painter_is_chosen (SlTimelinePainter *self, guint32 event)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->chosen->len > 0 && sorted_contains (self->chosen, event);
}

/* ------------------------------------------------------------------------------------------ */
/* Text metrics: label widths are summed from cached glyph advances so that laying out
 * thousands of events costs no shaping; labels are drawn ellipsized to the measured box, so
 * the box is a true bound of the ink even where kerning makes the estimate slightly short. */

static cairo_font_options_t *
text_font_options (void)
{
  cairo_font_options_t *fo = cairo_font_options_create ();

  /* unhinted metrics: the same widths on screen, in PNG, SVG and PDF */
  cairo_font_options_set_hint_metrics (fo, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (fo, CAIRO_HINT_STYLE_NONE);
  return fo;
}

static double
measure_text (SlTimelinePainter *self, const char *text, gssize len)
{
  PangoRectangle logical;

  pango_layout_set_text (self->measure_layout, text, (int) len);
  pango_layout_get_extents (self->measure_layout, NULL, &logical);
  return logical.width / (double) PANGO_SCALE;
}

static void
ensure_metrics (SlTimelinePainter *self)
{
  const SlPaintStyle *st = &self->style;
  PangoFontDescription *desc;
  cairo_font_options_t *fo;
  PangoRectangle logical;

  if (self->metrics_valid)
    return;

  g_clear_object (&self->measure_layout);
  g_clear_object (&self->measure_ctx);
  self->measure_ctx = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  fo = text_font_options ();
  pango_cairo_context_set_font_options (self->measure_ctx, fo);
  cairo_font_options_destroy (fo);
  self->measure_layout = pango_layout_new (self->measure_ctx);

  /* small text: lane names, axis labels */
  desc = sl_paint_style_font (st, 0.9, FALSE);
  pango_layout_set_font_description (self->measure_layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_text (self->measure_layout, "Ag", -1);
  pango_layout_get_extents (self->measure_layout, NULL, &logical);
  self->small_h = logical.height / (double) PANGO_SCALE;

  /* label text */
  desc = sl_paint_style_font (st, 1.0, FALSE);
  pango_layout_set_font_description (self->measure_layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_text (self->measure_layout, "Ag", -1);
  pango_layout_get_extents (self->measure_layout, NULL, &logical);
  self->text_h = logical.height / (double) PANGO_SCALE;

  g_hash_table_remove_all (self->char_w);
  for (guint c = 0; c < 128; c++)
    {
      char s[2] = { (char) c, 0 };
      self->ascii_w[c] = (c >= 32 && c < 127) ? measure_text (self, s, 1) : 0;
    }

  g_hash_table_remove_all (self->text_cache);
  for (guint f = 0; f < N_FONTS; f++)
    {
      g_clear_pointer (&self->fonts[f], pango_font_description_free);
      self->fonts[f] = sl_paint_style_font (st, f == FONT_SMALL || f == FONT_SMALL_BOLD ? 0.9 : 1.0,
                                            f == FONT_SMALL_BOLD || f == FONT_MAJOR);
    }

  self->mark_r = sl_paint_style_px (st, 5.0);
  self->axis_row_h = ceil (self->small_h + sl_paint_style_px (st, 8));
  self->lane_header_h = ceil (self->small_h + sl_paint_style_px (st, 4));
  self->row_h = ceil (MAX (self->text_h, 2 * self->mark_r) + sl_paint_style_px (st, 8));
  self->dense_h = ceil (sl_paint_style_px (st, 30));
  self->strip_h = ceil (sl_paint_style_px (st, 7));
  self->lane_pad = ceil (sl_paint_style_px (st, 5));
  self->metrics_valid = TRUE;
  invalidate_layout (self);
}

static double
label_width (SlTimelinePainter *self, const char *text)
{
  double w = 0;

  if (text == NULL)
    return 0;
  for (const char *p = text; *p; )
    {
      guchar c = (guchar) *p;
      if (c < 128)
        {
          w += self->ascii_w[c];
          p++;
        }
      else
        {
          gunichar u = g_utf8_get_char_validated (p, -1);
          const char *next = g_utf8_next_char (p);
          gpointer cached;

          if (u == (gunichar) -1 || u == (gunichar) -2)
            break;
          cached = g_hash_table_lookup (self->char_w, GUINT_TO_POINTER (u));
          if (cached == NULL)
            {
              double cw = measure_text (self, p, next - p);
              cached = GUINT_TO_POINTER ((guint) (cw * 64.0) + 1);
              g_hash_table_insert (self->char_w, GUINT_TO_POINTER (u), cached);
            }
          w += (GPOINTER_TO_UINT (cached) - 1) / 64.0;
          p = next;
        }
    }
  if (w <= 0)
    return 0;
  return MIN (ceil (w * 1.03 + 2), sl_paint_style_px (&self->style, LABEL_MAX_PX));
}

/* ------------------------------------------------------------------------------------------ */
/* Lane index                                                                                 */

/* Which lane an event belongs to, as a key in one of the key spaces. */
static KeySpace
event_key (SlTimelinePainter *self, const SlEvent *ev, guint32 event, guint32 *id)
{
  SlModel *model = self->model;
  guint n;

  switch (self->lane_mode)
    {
    case SL_LANE_BY_SOURCE:
      {
        const guint32 *claims = sl_model_event_claims (model, event, &n);
        if (n > 0 && claims[0] < sl_model_n_claims (model))
          {
            *id = sl_model_claim (model, claims[0])->source;
            if (*id < sl_model_n_sources (model))
              return KEY_ARRAY;
          }
        /* unattributed: the article's outlet stands behind it */
        if (ev->doc < sl_model_n_docs (model) && sl_model_doc (model, ev->doc)->outlet != 0)
          {
            *id = sl_model_doc (model, ev->doc)->outlet;
            return KEY_STRING;
          }
        return KEY_NONE;
      }
    case SL_LANE_BY_ACTOR:
      {
        const guint32 *actors = sl_model_event_actors (model, event, &n);
        if (n > 0 && actors[0] < sl_model_n_sources (model))
          {
            *id = actors[0];
            return KEY_ARRAY;
          }
        return KEY_NONE;
      }
    case SL_LANE_BY_CATEGORY:
      *id = ev->category < SL_CATEGORY_COUNT ? ev->category : SL_CATEGORY_OTHER;
      return KEY_ARRAY;
    case SL_LANE_BY_DOCUMENT:
      if (ev->doc < sl_model_n_docs (model))
        {
          *id = ev->doc;
          return KEY_ARRAY;
        }
      return KEY_NONE;
    case SL_LANE_NONE:
    default:
      return KEY_NONE;
    }
}

static guint
key_array_size (SlTimelinePainter *self)
{
  switch (self->lane_mode)
    {
    case SL_LANE_BY_SOURCE:
    case SL_LANE_BY_ACTOR:
      return sl_model_n_sources (self->model);
    case SL_LANE_BY_CATEGORY:
      return SL_CATEGORY_COUNT;
    case SL_LANE_BY_DOCUMENT:
      return sl_model_n_docs (self->model);
    case SL_LANE_NONE:
    default:
      return 0;
    }
}

static char *
lane_title (SlTimelinePainter *self, KeySpace space, guint32 id, SlRgba *colour)
{
  SlModel *model = self->model;
  const SlPaintStyle *st = &self->style;

  *colour = st->accent;
  if (space == KEY_STRING)
    {
      *colour = st->source_kind[SL_SOURCE_OUTLET];
      return g_strdup (sl_model_str (model, id));
    }
  if (space == KEY_NONE)
    {
      *colour = st->muted;
      switch (self->lane_mode)
        {
        case SL_LANE_BY_SOURCE: return g_strdup (_("Unattributed"));
        case SL_LANE_BY_ACTOR: return g_strdup (_("No actor named"));
        case SL_LANE_BY_DOCUMENT: return g_strdup (_("No article"));
        default: return g_strdup (_("All events"));
        }
    }
  switch (self->lane_mode)
    {
    case SL_LANE_BY_SOURCE:
    case SL_LANE_BY_ACTOR:
      {
        const SlSource *src = sl_model_source (model, id);
        *colour = st->source_kind[src->kind < SL_SOURCE_KIND_COUNT ? src->kind
                                                                   : SL_SOURCE_UNNAMED];
        return g_strdup (sl_model_str (model, src->name) ? sl_model_str (model, src->name)
                                                         : _("Unnamed source"));
      }
    case SL_LANE_BY_CATEGORY:
      *colour = st->category[id];
      return g_strdup (_(sl_paint_category_name ((SlCategory) id)));
    case SL_LANE_BY_DOCUMENT:
    default:
      {
        const SlDoc *doc = sl_model_doc (model, id);
        const char *t = sl_model_str (model, doc->title);
        if (t == NULL || *t == '\0')
          t = sl_model_str (model, doc->outlet);
        if (t == NULL || *t == '\0')
          {
            const char *path = sl_model_str (model, doc->path);
            return path ? g_path_get_basename (path) : g_strdup_printf (_("Article %u"), id + 1);
          }
        return g_strdup (t);
      }
    }
}

typedef struct
{
  SlTime   first_start;
  guint32  creation;
  gboolean catch_all;
  guint    category;
} LaneOrder;

/* Lanes read top to bottom in the order their stories begin; categories keep the palette's
 * order; the catch-all lane comes last. */
static int
cmp_lane_order (gconstpointer a, gconstpointer b, gpointer data)
{
  const LaneOrder *table = data;
  const LaneOrder *x = &table[*(const guint32 *) a];
  const LaneOrder *y = &table[*(const guint32 *) b];

  if (x->catch_all != y->catch_all)
    return x->catch_all ? 1 : -1;
  if (x->category != y->category)
    return x->category < y->category ? -1 : 1;
  if (x->first_start != y->first_start)
    return x->first_start < y->first_start ? -1 : 1;
  return x->creation < y->creation ? -1 : x->creation > y->creation;
}

static void
ensure_index (SlTimelinePainter *self)
{
  SlModel *model = self->model;
  guint n, n_lanes = 0;
  const guint32 *by_start;
  /* per event, in two compact arrays (12 bytes an event, beside the model's 56-byte events):
   * its lane code (creation lane × 2 + class) and its start. The pass in start order visits
   * events at random; these stay in the cache where the events themselves would not. */
  guint32 *code = NULL;
  SlTime *start_of = NULL;
  const SlEvent *events;
  const SlClaim *claims;
  guint n_claims, n_sources;
  g_autofree guint32 *remap = NULL, *order = NULL;
  g_autofree guint *cursor = NULL;
  g_autoptr (GArray) lo = NULL;           /* LaneOrder by creation */
  g_autoptr (GArray) made = NULL;         /* Lane by creation */

  if (self->index_valid && model && sl_model_events_generation (model) == self->indexed_generation)
    return;
  if (self->index_valid)
    clear_index (self);
  self->index_valid = TRUE;
  self->indexed_events = 0;
  if (model == NULL || sl_model_n_events (model) == 0)
    return;

  by_start = sl_model_events_by_start (model, &n);
  self->indexed_events = n;
  self->indexed_generation = sl_model_events_generation (model);
  self->n_key_lane = key_array_size (self);
  self->key_lane = g_new (guint32, MAX (self->n_key_lane, 1));
  memset (self->key_lane, 0xff, sizeof (guint32) * MAX (self->n_key_lane, 1));
  /* by event index; hidden and deleted events (not in by_start) get no slot filled */
  code = big_alloc (sizeof (guint32) * sl_model_n_events (model));
  start_of = big_alloc (sizeof (SlTime) * sl_model_n_events (model));
  lo = g_array_new (FALSE, TRUE, sizeof (LaneOrder));
  made = g_array_new (FALSE, TRUE, sizeof (Lane));

  /* pass 1, in event order (sequential memory): lane, class, counts. The model's arrays are
   * packed (sl-model.h), so the common case — the source of an event's first claim — is read
   * through base pointers rather than a few accessor calls per event. */
  events = sl_model_event (model, 0);
  n_claims = sl_model_n_claims (model);
  n_sources = sl_model_n_sources (model);
  claims = n_claims ? sl_model_claim (model, 0) : NULL;
  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    {
      const SlEvent *ev = &events[e];
      guint32 id = 0, lane;
      KeySpace space;

      if (ev->flags & (SL_EVENT_HIDDEN | SL_EVENT_DELETED))
        continue; /* out of the time index, so out of the view */

      if (self->lane_mode == SL_LANE_BY_SOURCE && ev->n_claims > 0)
        {
          guint nc;
          guint32 c = sl_model_event_claims (model, e, &nc)[0];
          id = c < n_claims ? claims[c].source : SL_NONE;
          space = id < n_sources ? KEY_ARRAY : event_key (self, ev, e, &id);
        }
      else
        space = event_key (self, ev, e, &id);
      SlTime dur = ev->end_t - ev->start;
      guint cls = dur > SHORT_MAX;
      Lane *l;
      LaneOrder *o;

      if (space == KEY_ARRAY)
        lane = self->key_lane[id];
      else if (space == KEY_STRING)
        lane = GPOINTER_TO_UINT (g_hash_table_lookup (self->str_lane, GUINT_TO_POINTER (id))) - 1;
      else
        lane = self->none_lane;

      if (lane == SL_NONE)
        {
          Lane nl = { 0 };
          LaneOrder no = { G_MAXINT64, n_lanes, space == KEY_NONE, 0 };

          lane = n_lanes++;
          nl.name = lane_title (self, space, id, &nl.colour);
          nl.collapsed = g_hash_table_contains (self->collapsed[self->lane_mode], nl.name);
          if (self->lane_mode == SL_LANE_BY_CATEGORY && space == KEY_ARRAY)
            no.category = id == SL_CATEGORY_OTHER ? SL_CATEGORY_COUNT : id;
          g_array_append_val (made, nl);
          g_array_append_val (lo, no);
          if (space == KEY_ARRAY)
            self->key_lane[id] = lane;
          else if (space == KEY_STRING)
            g_hash_table_insert (self->str_lane, GUINT_TO_POINTER (id), GUINT_TO_POINTER (lane + 1));
          else
            self->none_lane = lane;
        }
      l = &g_array_index (made, Lane, lane);
      o = &g_array_index (lo, LaneOrder, lane);
      l->count[cls]++;
      l->max_dur[cls] = MAX (l->max_dur[cls], dur);
      o->first_start = MIN (o->first_start, ev->start);
      code[e] = lane * 2 + cls;
      start_of[e] = ev->start;
    }

  /* lane order, and the maps from keys to final lane numbers */
  order = g_new (guint32, n_lanes);
  remap = g_new (guint32, n_lanes);
  for (guint i = 0; i < n_lanes; i++)
    order[i] = i;
  g_qsort_with_data (order, (gint) n_lanes, sizeof (guint32), cmp_lane_order, lo->data);
  for (guint i = 0; i < n_lanes; i++)
    remap[order[i]] = i;
  for (guint i = 0; i < self->n_key_lane; i++)
    if (self->key_lane[i] != SL_NONE)
      self->key_lane[i] = remap[self->key_lane[i]];
  {
    GHashTableIter it;
    gpointer k, v;
    g_hash_table_iter_init (&it, self->str_lane);
    while (g_hash_table_iter_next (&it, &k, &v))
      g_hash_table_iter_replace (&it, GUINT_TO_POINTER (remap[GPOINTER_TO_UINT (v) - 1] + 1));
  }
  if (self->none_lane != SL_NONE)
    self->none_lane = remap[self->none_lane];

  /* pool offsets in final order */
  g_array_set_size (self->lanes, n_lanes);
  cursor = g_new (guint, n_lanes * 2);
  {
    guint pos = 0;
    for (guint i = 0; i < n_lanes; i++)
      {
        Lane *dst = &g_array_index (self->lanes, Lane, i);
        *dst = g_array_index (made, Lane, order[i]);
        dst->first_start = g_array_index (lo, LaneOrder, order[i]).first_start;
        dst->total = dst->count[0] + dst->count[1];
        dst->epoch = self->epoch - 1;
        for (guint c = 0; c < N_CLASSES; c++)
          {
            dst->first[c] = pos;
            cursor[order[i] * 2 + c] = pos;
            pos += dst->count[c];
          }
      }
  }

  /* pass 2, in start order: each lane's class run comes out sorted by start */
  self->pool_event = big_alloc (sizeof (guint32) * n);
  self->pool_start = big_alloc (sizeof (SlTime) * n);
  for (guint p = 0; p < n; p++)
    {
      guint32 e = by_start[p];
      guint at;

#if defined(__GNUC__)
      /* the slots are visited in start order, i.e. at random: fetch ahead */
      if (p + 16 < n)
        {
          __builtin_prefetch (&code[by_start[p + 16]]);
          __builtin_prefetch (&start_of[by_start[p + 16]]);
        }
#endif
      at = cursor[code[e]]++;

      self->pool_event[at] = e;
      self->pool_start[at] = start_of[e];
    }
  big_free (code);
  big_free (start_of);
  invalidate_layout (self);
}

gsize
sl_timeline_painter_index_bytes (SlTimelinePainter *self)
{
  g_return_val_if_fail (self != NULL, 0);
  ensure_index (self);
  return (gsize) self->indexed_events * (sizeof (guint32) + sizeof (SlTime))
         + (gsize) self->lanes->len * sizeof (Lane) + (gsize) self->n_key_lane * sizeof (guint32);
}

guint
sl_timeline_painter_n_lanes (SlTimelinePainter *self)
{
  g_return_val_if_fail (self != NULL, 0);
  ensure_index (self);
  return self->lanes->len;
}

const char *
sl_timeline_painter_lane_name (SlTimelinePainter *self, guint lane)
{
  g_return_val_if_fail (self != NULL, NULL);
  ensure_index (self);
  g_return_val_if_fail (lane < self->lanes->len, NULL);
  return g_array_index (self->lanes, Lane, lane).name;
}

guint
sl_timeline_painter_lane_of_event (SlTimelinePainter *self, guint32 event)
{
  guint32 id = 0;
  KeySpace space;

  g_return_val_if_fail (self != NULL, SL_NONE);
  ensure_index (self);
  if (self->model == NULL || event >= sl_model_n_events (self->model)
      || (sl_model_event (self->model, event)->flags & (SL_EVENT_HIDDEN | SL_EVENT_DELETED)))
    return SL_NONE;
  space = event_key (self, sl_model_event (self->model, event), event, &id);
  if (space == KEY_ARRAY)
    return id < self->n_key_lane ? self->key_lane[id] : SL_NONE;
  if (space == KEY_STRING)
    return GPOINTER_TO_UINT (g_hash_table_lookup (self->str_lane, GUINT_TO_POINTER (id))) - 1;
  return self->none_lane;
}

void
sl_timeline_painter_set_lane_collapsed (SlTimelinePainter *self, guint lane, gboolean collapsed)
{
  Lane *l;

  g_return_if_fail (self != NULL);
  ensure_index (self);
  g_return_if_fail (lane < self->lanes->len);

  l = &g_array_index (self->lanes, Lane, lane);
  collapsed = !!collapsed;
  if (l->collapsed == collapsed)
    return;
  l->collapsed = collapsed;
  /* kept by the lane's name — the source, category or article it stands for — so the lane
   * stays folded when the model grows, is rebuilt or its lanes are renumbered */
  if (collapsed)
    g_hash_table_add (self->collapsed[self->lane_mode], g_strdup (l->name));
  else
    g_hash_table_remove (self->collapsed[self->lane_mode], l->name);
  invalidate_layout (self);
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(char *const *) a, *(char *const *) b);
}

char **
sl_timeline_painter_dup_collapsed_names (SlTimelinePainter *self, SlLaneMode mode)
{
  GPtrArray *names;
  GHashTableIter iter;
  gpointer name;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail ((guint) mode <= SL_LANE_NONE, NULL);

  names = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, self->collapsed[mode]);
  while (g_hash_table_iter_next (&iter, &name, NULL))
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_strings);
  g_ptr_array_add (names, NULL);
  return (char **) g_ptr_array_free (names, FALSE);
}

void
sl_timeline_painter_set_collapsed_names (SlTimelinePainter *self, SlLaneMode mode,
                                         const char *const *names)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail ((guint) mode <= SL_LANE_NONE);

  g_hash_table_remove_all (self->collapsed[mode]);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    g_hash_table_add (self->collapsed[mode], g_strdup (names[i]));
  /* the lanes take their folding from the names when the index is rebuilt */
  if (mode == self->lane_mode)
    clear_index (self);
}

void
sl_timeline_painter_set_fold_marks (SlTimelinePainter *self, gboolean show)
{
  g_return_if_fail (self != NULL);
  self->fold_marks = !!show;
}

void
sl_timeline_painter_set_fit_labels (SlTimelinePainter *self, gboolean fit)
{
  g_return_if_fail (self != NULL);
  self->fit_labels = !!fit;
}

gboolean
sl_timeline_painter_get_lane_collapsed (SlTimelinePainter *self, guint lane)
{
  g_return_val_if_fail (self != NULL, FALSE);
  ensure_index (self);
  g_return_val_if_fail (lane < self->lanes->len, FALSE);
  return g_array_index (self->lanes, Lane, lane).collapsed;
}

/* First pool position in [from, to) whose start is >= t. */
static guint
pool_lower_bound (const SlTime *starts, guint from, guint to, SlTime t)
{
  while (from < to)
    {
      guint mid = from + (to - from) / 2;
      if (starts[mid] < t)
        from = mid + 1;
      else
        to = mid;
    }
  return from;
}

static SlTime
clamp_time (double t)
{
  if (t <= (double) G_MININT64 / 2)
    return G_MININT64 / 2;
  if (t >= (double) G_MAXINT64 / 2)
    return G_MAXINT64 / 2;
  return (SlTime) floor (t);
}

/* Pool runs of a lane that may overlap [t0, t1): starts in [t0 − longest, t1). */
static void
lane_candidates (SlTimelinePainter *self, const Lane *lane, SlTime t0, SlTime t1,
                 guint lo[N_CLASSES], guint hi[N_CLASSES])
{
  for (guint c = 0; c < N_CLASSES; c++)
    {
      guint a = lane->first[c], b = a + lane->count[c];
      lo[c] = pool_lower_bound (self->pool_start, a, b, t0 - lane->max_dur[c]);
      hi[c] = pool_lower_bound (self->pool_start, lo[c], b, t1);
    }
}

/* Events of a lane starting in [t0, t1): the count density bars and badges show. */
static guint
lane_count_starting (SlTimelinePainter *self, const Lane *lane, SlTime t0, SlTime t1)
{
  guint total = 0;

  for (guint c = 0; c < N_CLASSES; c++)
    {
      guint a = lane->first[c], b = a + lane->count[c];
      guint p = pool_lower_bound (self->pool_start, a, b, t0);
      total += pool_lower_bound (self->pool_start, p, b, t1) - p;
    }
  return total;
}

/* Events of a lane overlapping [t0, t1), counted one by one: only for lanes sparse enough
 * to be drawn event by event. */
static guint
lane_count_overlapping (SlTimelinePainter *self, const Lane *lane, SlTime t0, SlTime t1)
{
  guint lo[N_CLASSES], hi[N_CLASSES], total = 0;

  lane_candidates (self, lane, t0, t1, lo, hi);
  for (guint c = 0; c < N_CLASSES; c++)
    for (guint p = lo[c]; p < hi[c]; p++)
      {
        const SlEvent *ev = sl_model_event (self->model, self->pool_event[p]);
        total += ev->end_t > t0 || (ev->end_t == ev->start && ev->start >= t0);
      }
  return total;
}

/* ------------------------------------------------------------------------------------------ */
/* Layout                                                                                     */

typedef struct
{
  guint32 event;
  guint32 score;   /* the order of placing: better attested, more precise first */
  guint32 emph;    /* selected or highlighted: placed first when it would lose its label */
  SlTime  start;
  guint8  prec;
} Cand;

typedef struct
{
  guint  lane;
  double y, h;
} VisLane;

static int
cmp_cand (gconstpointer a, gconstpointer b)
{
  const Cand *x = a, *y = b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->event < y->event ? -1 : x->event > y->event;
}

/* Whether [x0, x1) is free in a row of disjoint sorted intervals; *at is where it would go. */
static gboolean
row_fits (GArray *row, double x0, double x1, guint *at)
{
  const double *iv = (const double *) row->data;
  guint lo = 0, hi = row->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (iv[2 * mid + 1] <= x0)
        lo = mid + 1;
      else
        hi = mid;
    }
  *at = lo;
  return lo == row->len || iv[2 * lo] >= x1;
}

static void
row_insert (GArray *row, guint at, double x0, double x1)
{
  double pair[2] = { x0, x1 };
  g_array_insert_vals (row, at, pair, 1);
}

static float
band_alpha_for (SlPrecision prec, SlMod mod)
{
  if (prec != SL_PREC_NONE && prec <= SL_PREC_YEAR)
    return 0.22f;
  if (prec == SL_PREC_HALF || prec == SL_PREC_QUARTER || prec == SL_PREC_SEASON)
    return 0.3f;
  if (prec == SL_PREC_MONTH)
    return 0.38f;
  if (prec == SL_PREC_WEEK)
    return 0.45f;
  return mod != SL_MOD_NONE ? 0.5f : 0.0f;
}

static void
ensure_window (SlTimelinePainter *self, const SlTimelineViewport *vp)
{
  double spp = sl_timeline_viewport_seconds_per_px (vp);
  double span = vp->t1 - vp->t0;

  ensure_metrics (self);
  ensure_index (self);
  if (self->window_valid && fabs (spp - self->key_spp) <= 1e-9 * spp
      && vp->width == self->key_width && vp->t0 >= self->win_t0 && vp->t1 <= self->win_t1)
    return;

  /* a window of twice the visible span: panning by up to half a screen reuses the layout */
  self->win_t0 = vp->t0 - span / 2;
  self->win_t1 = vp->t1 + span / 2;
  self->key_spp = spp;
  self->key_width = vp->width;
  self->window_valid = TRUE;
  self->epoch++;
  g_array_set_size (self->laid, 0);
  g_array_set_size (self->over, 0);
}

static gboolean place_lane (SlTimelinePainter *self, Lane *lane);

static void
layout_lane (SlTimelinePainter *self, guint k)
{
  Lane *lane = &g_array_index (self->lanes, Lane, k);
  SlModel *model = self->model;
  const SlPaintStyle *st = &self->style;
  double win_px = (self->win_t1 - self->win_t0) / self->key_spp;
  SlTime w0 = clamp_time (self->win_t0), w1 = clamp_time (ceil (self->win_t1));
  guint lo[N_CLASSES], hi[N_CLASSES], limit;

  if (lane->epoch == self->epoch)
    return;
  lane->epoch = self->epoch;
  lane->dense = FALSE;
  lane->n_rows = 0;
  lane->laid_first = self->laid->len;
  lane->n_laid = 0;
  lane->over_first = self->over->len;
  lane->n_over = 0;
  if (lane->collapsed)
    return;

  /* too many events starting in the window to draw one by one: a density lane */
  limit = (guint) (win_px / sl_paint_style_px (st, MIN_PX_PER_EVENT));
  if (lane_count_starting (self, lane, w0, w1) > limit)
    {
      lane->dense = TRUE;
      return;
    }
  lane_candidates (self, lane, w0, w1, lo, hi);

  if (self->cands == NULL)
    self->cands = g_array_new (FALSE, FALSE, sizeof (Cand));
  g_array_set_size (self->cands, 0);
  for (guint c = 0; c < N_CLASSES; c++)
    for (guint p = lo[c]; p < hi[c]; p++)
      {
        guint32 e = self->pool_event[p];
        const SlEvent *ev = sl_model_event (model, e);
        Cand cand;
        guint32 score = 0;

        if (!(ev->end_t > w0 || (ev->end_t == ev->start && ev->start >= w0)))
          continue;
        /* long events reaching in from before the window count too */
        if (self->cands->len >= limit)
          {
            lane->dense = TRUE;
            return;
          }
        cand.event = e;
        cand.start = ev->start;
        cand.prec = (guint8) sl_precision_of_value (sl_model_str (model, ev->when));
        cand.emph = 0;
        if (e == self->selected)
          cand.emph |= 1u << 30;
        if ((self->highlight->len > 0 && sl_timeline_painter_is_highlighted (self, e))
            || (self->chosen->len > 0 && sorted_contains (self->chosen, e)))
          cand.emph |= 1u << 29;
        if (ev->flags & SL_EVENT_CONTESTED)
          score |= 1u << 20;
        /* better attested events first, then the more precisely dated */
        score |= MIN (ev->n_claims, 255u) << 8;
        score |= cand.prec;
        cand.score = score;
        g_array_append_val (self->cands, cand);
      }
  /* rows as the events' own merits order them, so that picking an event or a source leaves
   * every mark where it was; only when an emphasised event would lose its label (a crowded
   * lane) are the emphasised placed first, and the lane reflows around them */
  g_array_sort (self->cands, cmp_cand);
  if (!place_lane (self, lane))
    {
      for (guint i = 0; i < self->cands->len; i++)
        g_array_index (self->cands, Cand, i).score |= g_array_index (self->cands, Cand, i).emph;
      g_array_sort (self->cands, cmp_cand);
      g_array_set_size (self->laid, lane->laid_first);
      g_array_set_size (self->over, lane->over_first);
      lane->n_laid = lane->n_over = lane->n_rows = 0;
      place_lane (self, lane);
    }
}

/* Places the lane's candidates, in their order, in the first row with room for mark and
 * label, else for the mark alone, else as a tick at the lane's foot. FALSE when an
 * emphasised candidate was left without its label. */
static gboolean
place_lane (SlTimelinePainter *self, Lane *lane)
{
  SlModel *model = self->model;
  const SlPaintStyle *st = &self->style;
  double spp = self->key_spp, r = self->mark_r;
  double gap = sl_paint_style_px (st, 6), lgap = sl_paint_style_px (st, 4);
  gboolean emph_labelled = TRUE;

  for (guint r_i = 0; r_i < MAX_ROWS; r_i++)
    g_array_set_size (self->rows[r_i], 0);

  for (guint i = 0; i < self->cands->len; i++)
    {
      const Cand *cand = &g_array_index (self->cands, Cand, i);
      const SlEvent *ev = sl_model_event (model, cand->event);
      double xs = (ev->start - self->win_t0) / spp;
      double xe = (ev->end_t - self->win_t0) / spp;
      gboolean uncertain = ev->mod != SL_MOD_NONE
                           || (cand->prec != SL_PREC_NONE && cand->prec < SL_PREC_DAY);
      double lw = label_width (self, sl_model_str (model, ev->label));
      /* a contested mark's ring is part of the mark: the label starts clear of it */
      double mr = ev->flags & SL_EVENT_CONTESTED
                  ? r + CONTESTED_RING_GAP + CONTESTED_RING_W / 2 : r;
      Laid l = { 0 };
      double ext0, ext1, box0, box1;
      guint at = 0, row;

      l.event = cand->event;
      l.band_alpha = uncertain ? band_alpha_for (cand->prec, ev->mod) : 0.0f;
      if (xe - xs < 3 * r || (!uncertain && ev->end_t - ev->start <= SL_DAY))
        {
          /* instants and single known days are marks, centred in their day */
          l.shape = SHAPE_MARK;
          l.cx = (xs + xe) / 2;
          l.x0 = MIN (l.cx - r, xs);
          l.x1 = MAX (l.cx + r, xe);
          if (xe - xs < 4)
            l.band_alpha = 0;
        }
      else
        {
          l.shape = uncertain ? SHAPE_BAND : SHAPE_BAR;
          /* an uncertain date's mark sits at its middle; a known interval's at its start */
          l.cx = uncertain ? (xs + xe) / 2 : xs + r + 1;
          l.x0 = xs;
          l.x1 = xe;
        }
      ext0 = MIN (l.x0, l.cx - mr);
      ext1 = MAX (l.x1, l.cx + mr);
      if (lw > 0 && l.shape != SHAPE_MARK && xe - (l.cx + mr + lgap) >= lw + lgap)
        l.lx0 = l.cx + mr + lgap;   /* inside the bar, after the mark */
      else
        l.lx0 = ext1 + lgap;
      l.lx1 = l.lx0 + lw;

      /* first choice: a row with room for mark and label */
      box0 = ext0 - gap / 2;
      box1 = (lw > 0 ? MAX (ext1, l.lx1) : ext1) + gap / 2;
      for (row = 0; row < MAX_ROWS; row++)
        if (lw > 0 && row_fits (self->rows[row], box0, box1, &at))
          break;
      if (row < MAX_ROWS)
        l.has_label = TRUE;
      else
        {
          box1 = ext1 + gap / 2;
          for (row = 0; row < MAX_ROWS; row++)
            if (row_fits (self->rows[row], box0, box1, &at))
              break;
        }
      if (!l.has_label && cand->emph != 0)
        emph_labelled = FALSE;
      if (row == MAX_ROWS)
        {
          g_array_append_val (self->over, l.cx);
          lane->n_over++;
          continue;
        }
      row_insert (self->rows[row], at, box0, box1);
      l.row = (guint16) row;
      lane->n_rows = MAX (lane->n_rows, row + 1);
      g_array_append_val (self->laid, l);
      lane->n_laid++;
    }
  return emph_labelled;
}

static double
lane_height (SlTimelinePainter *self, const Lane *lane)
{
  if (lane->collapsed)
    return self->lane_header_h + self->strip_h + self->lane_pad;
  if (lane->dense)
    return self->lane_header_h + self->dense_h + self->lane_pad;
  return self->lane_header_h + MAX (lane->n_rows, 1u) * self->row_h + self->lane_pad
         + (lane->n_over ? sl_paint_style_px (&self->style, 4) : 0);
}

double
sl_timeline_painter_axis_height (SlTimelinePainter *self)
{
  g_return_val_if_fail (self != NULL, 0);
  ensure_metrics (self);
  return 2 * self->axis_row_h;
}

/* Lays out the lanes that reach the screen, top to bottom, from the scrolled-to lane. */
static void
visible_lanes (SlTimelinePainter *self, const SlTimelineViewport *vp, GArray *out)
{
  guint n = self->lanes->len, k;
  double y = 2 * self->axis_row_h, frac;

  g_array_set_size (out, 0);
  if (n == 0)
    return;
  k = (guint) CLAMP (floor (vp->lane_offset), 0, n - 1);
  frac = CLAMP (vp->lane_offset - k, 0, 1);
  layout_lane (self, k);
  y -= frac * lane_height (self, &g_array_index (self->lanes, Lane, k));
  for (; k < n && y < vp->height; k++)
    {
      VisLane vl;

      layout_lane (self, k);
      vl.lane = k;
      vl.y = y;
      vl.h = lane_height (self, &g_array_index (self->lanes, Lane, k));
      g_array_append_val (out, vl);
      y += vl.h;
    }
}

double
sl_timeline_painter_max_lane_offset (SlTimelinePainter *self, const SlTimelineViewport *vp)
{
  double room, below = 0, h = 0;
  guint k;

  g_return_val_if_fail (self != NULL && vp != NULL, 0);
  ensure_window (self, vp);
  room = vp->height - 2 * self->axis_row_h;
  /* from the last lane up, only as many lanes as the view holds are laid out */
  for (k = self->lanes->len; k > 0 && below <= room; k--)
    {
      layout_lane (self, k - 1);
      h = lane_height (self, &g_array_index (self->lanes, Lane, k - 1));
      below += h;
    }
  if (below <= room)
    return 0;
  /* scrolled, the band that counts the lanes above takes its share of the room */
  room -= ceil (self->small_h + sl_paint_style_px (&self->style, 8));
  while (below - h >= room && k + 1 < self->lanes->len)
    {
      below -= h;
      k++;
      h = lane_height (self, &g_array_index (self->lanes, Lane, k));
    }
  /* lane k is the first one reached: the part of it above the view is the fraction */
  return k + CLAMP ((below - MAX (room, 0)) / MAX (h, 1.0), 0.0, 1.0);
}

/* How many lanes lie below the last one that reaches the screen. */
static guint
lanes_below (SlTimelinePainter *self, GArray *vis)
{
  if (vis->len == 0)
    return 0;
  return self->lanes->len - 1 - g_array_index (vis, VisLane, vis->len - 1).lane;
}

/* How many lanes lie above the first one that reaches the screen (scrolled off the top). */
static guint
lanes_above (GArray *vis)
{
  return vis->len > 0 ? g_array_index (vis, VisLane, 0).lane : 0;
}

/* The band at the foot that says how many lanes are out of sight, above and below; nothing
 * is drawn or picked under it. */
static double
footer_height (SlTimelinePainter *self, GArray *vis)
{
  return lanes_below (self, vis) > 0 || lanes_above (vis) > 0
         ? ceil (self->small_h + sl_paint_style_px (&self->style, 8)) : 0;
}

static void
build_items (SlTimelinePainter *self, const SlTimelineViewport *vp, GArray *vis)
{
  double off = (self->win_t0 - vp->t0) / self->key_spp;
  double top = 2 * self->axis_row_h;
  double bottom = vp->height - footer_height (self, vis);
  double half_h = self->text_h / 2;

  g_array_set_size (self->items_out, 0);
  for (guint i = 0; i < vis->len; i++)
    {
      const VisLane *vl = &g_array_index (vis, VisLane, i);
      const Lane *lane = &g_array_index (self->lanes, Lane, vl->lane);

      if (lane->dense || lane->collapsed)
        continue;
      for (guint j = 0; j < lane->n_laid; j++)
        {
          const Laid *l = &g_array_index (self->laid, Laid, lane->laid_first + j);
          SlTimelineItem it;
          double shape_h = l->shape == SHAPE_MARK ? self->mark_r : self->mark_r + 2;
          double right = l->has_label ? MAX (l->x1, l->lx1) : l->x1;

          it.cy = vl->y + self->lane_header_h + l->row * self->row_h + self->row_h / 2;
          if (it.cy < top || it.cy > bottom)
            continue;
          if (right + off < 0 || MIN (l->x0, l->cx - self->mark_r) + off > vp->width)
            continue;
          it.event = l->event;
          it.lane = vl->lane;
          it.row = l->row;
          it.cx = l->cx + off;
          it.x0 = MIN (l->x0, l->cx - self->mark_r) + off;
          it.x1 = MAX (l->x1, l->cx + self->mark_r) + off;
          it.y0 = it.cy - shape_h;
          it.y1 = it.cy + shape_h;
          it.has_label = l->has_label;
          it.lx0 = l->has_label ? l->lx0 + off : 0;
          it.lx1 = l->has_label ? l->lx1 + off : 0;
          it.ly0 = l->has_label ? it.cy - half_h : 0;
          it.ly1 = l->has_label ? it.cy + half_h : 0;
          g_array_append_val (self->items_out, it);
        }
    }
}

const SlTimelineItem *
sl_timeline_painter_layout (SlTimelinePainter *self, const SlTimelineViewport *vp,
                            guint *n_items)
{
  g_autoptr (GArray) vis = g_array_new (FALSE, FALSE, sizeof (VisLane));

  g_return_val_if_fail (self != NULL && vp != NULL && n_items != NULL, NULL);

  ensure_window (self, vp);
  visible_lanes (self, vp, vis);
  build_items (self, vp, vis);
  *n_items = self->items_out->len;
  return (const SlTimelineItem *) self->items_out->data;
}

guint32
sl_timeline_painter_hit_test (SlTimelinePainter *self, const SlTimelineViewport *vp,
                              double x, double y)
{
  const SlTimelineItem *items;
  guint n;
  double slop;
  guint32 best = SL_NONE;
  double best_d = G_MAXDOUBLE;

  g_return_val_if_fail (self != NULL && vp != NULL, SL_NONE);

  items = sl_timeline_painter_layout (self, vp, &n);
  slop = sl_paint_style_px (&self->style, 3);
  /* marks first (nearest wins), then labels, then the body of bars and bands */
  for (guint i = 0; i < n; i++)
    {
      double dx = x - items[i].cx, dy = y - items[i].cy;
      double d = sqrt (dx * dx + dy * dy);
      if (d <= self->mark_r + slop && d < best_d)
        {
          best = items[i].event;
          best_d = d;
        }
    }
  if (best != SL_NONE)
    return best;
  for (guint i = 0; i < n; i++)
    if (items[i].has_label && x >= items[i].lx0 && x < items[i].lx1
        && y >= items[i].ly0 && y < items[i].ly1)
      return items[i].event;
  for (guint i = 0; i < n; i++)
    if (x >= items[i].x0 && x < items[i].x1 && y >= items[i].y0 && y < items[i].y1)
      return items[i].event;
  return SL_NONE;
}

guint
sl_timeline_painter_events_in_rect (SlTimelinePainter *self, const SlTimelineViewport *vp,
                                    double x0, double y0, double x1, double y1, GArray *out)
{
  const SlTimelineItem *items;
  guint n, found = 0;
  double lx = MIN (x0, x1), hx = MAX (x0, x1), ly = MIN (y0, y1), hy = MAX (y0, y1);

  g_return_val_if_fail (self != NULL && vp != NULL && out != NULL, 0);

  items = sl_timeline_painter_layout (self, vp, &n);
  for (guint i = 0; i < n; i++)
    if (items[i].cx >= lx && items[i].cx <= hx && items[i].cy >= ly && items[i].cy <= hy)
      {
        g_array_append_val (out, items[i].event);
        found++;
      }
  return found;
}

gboolean
sl_timeline_painter_event_item (SlTimelinePainter *self, const SlTimelineViewport *vp,
                                guint32 event, SlTimelineItem *out)
{
  const SlTimelineItem *items;
  guint n;

  g_return_val_if_fail (self != NULL && vp != NULL, FALSE);

  items = sl_timeline_painter_layout (self, vp, &n);
  for (guint i = 0; i < n; i++)
    if (items[i].event == event)
      {
        if (out)
          *out = items[i];
        return TRUE;
      }
  return FALSE;
}

/* ------------------------------------------------------------------------------------------ */
/* Drawing                                                                                    */

static SlStance
event_stance (SlModel *model, guint32 event)
{
  guint n;
  const guint32 *claims = sl_model_event_claims (model, event, &n);

  if (n > 0 && claims[0] < sl_model_n_claims (model))
    {
      guint8 s = sl_model_claim (model, claims[0])->stance;
      return s < SL_STANCE_COUNT ? (SlStance) s : SL_STANCE_ASSERT;
    }
  return SL_STANCE_ASSERT;
}

/* How strongly an event is drawn: emphasis dims the rest. */
static double
event_alpha (SlTimelinePainter *self, guint32 event)
{
  if (self->highlight->len > 0)
    return event == self->selected || sl_timeline_painter_is_highlighted (self, event) ? 1.0
                                                                                      : 0.25;
  if (self->selected != SL_NONE || self->chosen->len > 0)
    return event == self->selected || sorted_contains (self->chosen, event) ? 1.0 : 0.55;
  return 1.0;
}

/* Stance shapes: assert ●, estimate ◐, suspect ○, deny ✕, report ◆. Built from fills only
 * (a background-coloured halo, then the shape): fills of small paths rasterise far faster than
 * strokes, and draw the same on every surface. */
static void
circle (cairo_t *cr, double cx, double cy, double r)
{
  cairo_move_to (cr, cx + r, cy);
  cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
  cairo_close_path (cr);
}

static void
diamond (cairo_t *cr, double cx, double cy, double r)
{
  cairo_move_to (cr, cx, cy - r);
  cairo_line_to (cr, cx + r, cy);
  cairo_line_to (cr, cx, cy + r);
  cairo_line_to (cr, cx - r, cy);
  cairo_close_path (cr);
}

/* A bar of half-width w from (x0, y0) to (x1, y1), as a filled quadrilateral. */
static void
thick_line (cairo_t *cr, double x0, double y0, double x1, double y1, double w)
{
  double dx = x1 - x0, dy = y1 - y0, len = sqrt (dx * dx + dy * dy);
  double nx = -dy / len * w, ny = dx / len * w;

  cairo_move_to (cr, x0 + nx, y0 + ny);
  cairo_line_to (cr, x1 + nx, y1 + ny);
  cairo_line_to (cr, x1 - nx, y1 - ny);
  cairo_line_to (cr, x0 - nx, y0 - ny);
  cairo_close_path (cr);
}

static void
draw_mark (cairo_t *cr, SlStance stance, double cx, double cy, double r, const SlRgba *c,
           const SlRgba *bg, double alpha)
{
  double k = r * 0.8;

  cairo_new_path (cr);
  switch (stance)
    {
    case SL_STANCE_ESTIMATE:
      circle (cr, cx, cy, r + 1);
      sl_paint_set_color (cr, bg, alpha);
      cairo_fill (cr);
      /* ring and left half in one even-odd path */
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
      circle (cr, cx, cy, r);
      cairo_move_to (cr, cx, cy - r + 1.5);
      cairo_arc (cr, cx, cy, r - 1.5, -G_PI / 2, G_PI / 2);
      cairo_close_path (cr);
      sl_paint_set_color (cr, c, alpha);
      cairo_fill (cr);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
      break;
    case SL_STANCE_SUSPECT:
      circle (cr, cx, cy, r + 1);
      sl_paint_set_color (cr, bg, alpha);
      cairo_fill (cr);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
      circle (cr, cx, cy, r);
      circle (cr, cx, cy, r - 1.8);
      sl_paint_set_color (cr, c, alpha);
      cairo_fill (cr);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
      break;
    case SL_STANCE_DENY:
      thick_line (cr, cx - k, cy - k, cx + k, cy + k, 2.0);
      thick_line (cr, cx + k, cy - k, cx - k, cy + k, 2.0);
      sl_paint_set_color (cr, bg, alpha);
      cairo_fill (cr);
      thick_line (cr, cx - k, cy - k, cx + k, cy + k, 1.1);
      thick_line (cr, cx + k, cy - k, cx - k, cy + k, 1.1);
      sl_paint_set_color (cr, c, alpha);
      cairo_fill (cr);
      break;
    case SL_STANCE_REPORT:
      diamond (cr, cx, cy, r * 1.15 + 1);
      sl_paint_set_color (cr, bg, alpha);
      cairo_fill (cr);
      diamond (cr, cx, cy, r * 1.15);
      sl_paint_set_color (cr, c, alpha);
      cairo_fill (cr);
      break;
    case SL_STANCE_ASSERT:
    default:
      circle (cr, cx, cy, r + 1);
      sl_paint_set_color (cr, bg, alpha);
      cairo_fill (cr);
      circle (cr, cx, cy, r);
      sl_paint_set_color (cr, c, alpha);
      cairo_fill (cr);
      break;
    }
}

/* A ring of width w centred on radius r (even-odd between two circles), dashed into n arcs
 * when n > 0. */
static void
ring (cairo_t *cr, double cx, double cy, double r, double w, guint n)
{
  double ro = r + w / 2, ri = r - w / 2;

  cairo_new_path (cr);
  if (n == 0)
    {
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
      circle (cr, cx, cy, ro);
      circle (cr, cx, cy, ri);
      cairo_fill (cr);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      double a0 = 2 * G_PI * i / n, a1 = a0 + G_PI / n;
      cairo_arc (cr, cx, cy, ro, a0, a1);
      cairo_arc_negative (cr, cx, cy, ri, a1, a0);
      cairo_close_path (cr);
    }
  cairo_fill (cr);
}

/* The shaped text in a font, ellipsized to max_w when max_w > 0. */
static const CachedText *
cached_text (SlTimelinePainter *self, guint font, const char *text, double max_w)
{
  /* the key "font:width:text", written by hand into a stack buffer: this runs for every
   * label of every frame, and formatting it with printf cost more than the lookup */
  char buf[256], digits[16], *key, *p;
  gsize len = strlen (text);
  int w = max_w > 0 ? (int) ceil (max_w) : -1;
  guint nd = 0;
  CachedText *ct;
  PangoRectangle logical;

  key = len + 32 <= sizeof buf ? buf : g_malloc (len + 32);
  p = key;
  *p++ = (char) ('0' + font % 10);   /* N_FONTS < 10 */
  *p++ = ':';
  if (w < 0)
    *p++ = '-', w = 1;
  do
    digits[nd++] = (char) ('0' + w % 10);
  while ((w /= 10) > 0 && nd < sizeof digits);
  while (nd > 0)
    *p++ = digits[--nd];
  *p++ = ':';
  memcpy (p, text, len + 1);
  ct = g_hash_table_lookup (self->text_cache, key);
  if (ct)
    {
      if (key != buf)
        g_free (key);
      return ct;
    }
  if (key == buf)
    key = g_strdup (buf);

  if (g_hash_table_size (self->text_cache) >= TEXT_CACHE_MAX)
    g_hash_table_remove_all (self->text_cache);
  ct = g_new0 (CachedText, 1);
  ct->layout = pango_layout_new (self->measure_ctx);
  pango_layout_set_font_description (ct->layout, self->fonts[font]);
  pango_layout_set_single_paragraph_mode (ct->layout, TRUE);
  if (max_w > 0)
    {
      pango_layout_set_width (ct->layout, (int) (ceil (max_w) * PANGO_SCALE));
      pango_layout_set_ellipsize (ct->layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_set_text (ct->layout, text, -1);
  pango_layout_get_extents (ct->layout, NULL, &logical);
  ct->w = logical.width / (double) PANGO_SCALE;
  ct->h = logical.height / (double) PANGO_SCALE;
  g_hash_table_insert (self->text_cache, key, ct);
  return ct;
}

static void
show_text (SlTimelinePainter *self, cairo_t *cr, guint font, const char *text, double x,
           double y, double max_w, const SlRgba *c, double alpha)
{
  const CachedText *ct = cached_text (self, font, text, max_w);

  sl_paint_set_color (cr, c, alpha);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, ct->layout);
}

static double
text_width (SlTimelinePainter *self, guint font, const char *text)
{
  return cached_text (self, font, text, 0)->w;
}

static void
format_count (guint n, char *buf, gsize len)
{
  if (n >= 10000000)
    g_snprintf (buf, len, "%uM", n / 1000000);
  else if (n >= 1000000)
    g_snprintf (buf, len, "%.1fM", n / 1e6);
  else if (n >= 10000)
    g_snprintf (buf, len, "%uk", n / 1000);
  else if (n >= 1000)
    g_snprintf (buf, len, "%.1fk", n / 1e3);
  else
    g_snprintf (buf, len, "%u", n);
}

static void
soft_band (cairo_t *cr, double x0, double x1, double y0, double y1, const SlRgba *c,
           double alpha)
{
  cairo_pattern_t *pat = cairo_pattern_create_linear (x0, 0, x1, 0);
  double f = CLAMP (0.28, 2.0 / MAX (x1 - x0, 1.0), 0.5);

  cairo_pattern_add_color_stop_rgba (pat, 0, c->r, c->g, c->b, 0);
  cairo_pattern_add_color_stop_rgba (pat, f, c->r, c->g, c->b, alpha);
  cairo_pattern_add_color_stop_rgba (pat, 1 - f, c->r, c->g, c->b, alpha);
  cairo_pattern_add_color_stop_rgba (pat, 1, c->r, c->g, c->b, 0);
  cairo_set_source (cr, pat);
  cairo_rectangle (cr, x0, y0, x1 - x0, y1 - y0);
  cairo_fill (cr);
  cairo_pattern_destroy (pat);
}

static void
rounded_rect (cairo_t *cr, double x, double y, double w, double h, double r)
{
  r = MIN (r, MIN (w, h) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

typedef struct
{
  cairo_t     *cr;
  double       off;  /* layout px → screen px */
  SlAxisScale  scale;
} DrawCtx;

/* What a lane's header says: its name, then how many of its events are in view. The header
 * is also the lane's fold control, so the hit test measures the same strings. */
typedef struct
{
  double x_fold, x_dot, x_name, name_w, x_count, x_end;
  char   count[64];
  gboolean show_count;
} HeaderGeom;

static void
lane_header_geom (SlTimelinePainter *self, const SlTimelineViewport *vp, const Lane *lane,
                  HeaderGeom *g)
{
  const SlPaintStyle *st = &self->style;
  double dot = sl_paint_style_px (st, 3.5);
  SlTime t0 = clamp_time (vp->t0), t1 = clamp_time (ceil (vp->t1));
  /* dense and folded lanes count by start (two binary searches); others event by event */
  guint in_view = lane->dense || lane->collapsed ? lane_count_starting (self, lane, t0, t1)
                                                 : lane_count_overlapping (self, lane, t0, t1);
  char num[32];

  g->x_fold = sl_paint_style_px (st, 6);
  g->x_dot = self->fold_marks || lane->collapsed ? g->x_fold + sl_paint_style_px (st, 12)
                                                 : sl_paint_style_px (st, 8);
  g->x_name = g->x_dot + 2 * dot + sl_paint_style_px (st, 5);
  g->name_w = MIN (text_width (self, FONT_SMALL_BOLD, lane->name), vp->width * 0.4);
  format_count (in_view, num, sizeof num);
  if (lane->collapsed)
    /* TRANSLATORS: a lane's header: how many of its events are in view, and that the lane
     * is folded to one row */
    g_snprintf (g->count, sizeof g->count, _("%s in view · collapsed"), num);
  else if (lane->n_over > 0)
    /* TRANSLATORS: a lane's header: events in view, and how many are folded away */
    g_snprintf (g->count, sizeof g->count, _("%s in view · %u folded"), num, lane->n_over);
  else
    /* TRANSLATORS: a lane's header: how many of its events are in view */
    g_snprintf (g->count, sizeof g->count, _("%s in view"), num);
  g->show_count = in_view > 0 || lane->n_over > 0 || lane->collapsed;
  g->x_count = g->x_name + g->name_w + sl_paint_style_px (st, 8);
  g->x_end = g->x_count + (g->show_count ? text_width (self, FONT_SMALL, g->count) : 0)
             + sl_paint_style_px (st, 4);
}

static void
draw_lane_header (SlTimelinePainter *self, DrawCtx *dc, const SlTimelineViewport *vp,
                  const VisLane *vl, const Lane *lane)
{
  const SlPaintStyle *st = &self->style;
  cairo_t *cr = dc->cr;
  double y = vl->y + sl_paint_style_px (st, 2);
  double dot = sl_paint_style_px (st, 3.5), cy = vl->y + self->lane_header_h / 2 + 1;
  double k = sl_paint_style_px (st, 3.5);
  HeaderGeom g;

  lane_header_geom (self, vp, lane, &g);

  /* the fold control: ▸ when folded, ▾ when open (a folded lane shows its mark everywhere) */
  if (self->fold_marks || lane->collapsed)
    {
      cairo_new_path (cr);
      if (lane->collapsed)
        {
          cairo_move_to (cr, g.x_fold + k * 0.4, cy - k);
          cairo_line_to (cr, g.x_fold + k * 1.6, cy);
          cairo_line_to (cr, g.x_fold + k * 0.4, cy + k);
        }
      else
        {
          cairo_move_to (cr, g.x_fold, cy - k * 0.6);
          cairo_line_to (cr, g.x_fold + 2 * k, cy - k * 0.6);
          cairo_line_to (cr, g.x_fold + k, cy + k * 0.6);
        }
      cairo_close_path (cr);
      sl_paint_set_color (cr, &st->muted, 0.9);
      cairo_fill (cr);
    }

  cairo_new_path (cr);
  cairo_arc (cr, g.x_dot + dot, cy, dot, 0, 2 * G_PI);
  sl_paint_set_color (cr, &lane->colour, 1.0);
  cairo_fill (cr);
  show_text (self, cr, FONT_SMALL_BOLD, lane->name, g.x_name, y, g.name_w + 1, &st->muted, 1.0);
  if (g.show_count)
    show_text (self, cr, FONT_SMALL, g.count, g.x_count, y, 0, &st->muted, 0.75);
}

/* A folded lane: its events counted into the same bins as density lanes, as a thin strip. */
static void
draw_collapsed_lane (SlTimelinePainter *self, DrawCtx *dc, const SlTimelineViewport *vp,
                     const VisLane *vl, const Lane *lane, const guint *bins, guint n_bins,
                     double bin_px)
{
  cairo_t *cr = dc->cr;
  double top = round (vl->y + self->lane_header_h), h = self->strip_h;
  guint cmax = 0;

  /* a faint band of the lane's colour: the strip reads as the lane, even where it is empty */
  cairo_rectangle (cr, 0, top, vp->width, h);
  sl_paint_set_color (cr, &lane->colour, 0.08);
  cairo_fill (cr);
  for (guint i = 0; i < n_bins; i++)
    cmax = MAX (cmax, bins[i]);
  if (cmax == 0)
    return;
  cairo_new_path (cr);
  for (guint i = 0; i < n_bins; i++)
    if (bins[i] > 0)
      {
        double x0 = round (i * bin_px), x1 = round ((i + 1) * bin_px);
        double a = 0.25 + 0.75 * log1p ((double) bins[i]) / log1p ((double) cmax);
        /* darker where more events start: one box per bin, alpha by count */
        cairo_rectangle (cr, x0, top, MAX (x1 - x0, 1), h);
        sl_paint_set_color (cr, &lane->colour, a);
        cairo_fill (cr);
      }
}

guint
sl_timeline_painter_lane_header_at (SlTimelinePainter *self, const SlTimelineViewport *vp,
                                    double x, double y)
{
  g_autoptr (GArray) vis = g_array_new (FALSE, FALSE, sizeof (VisLane));

  g_return_val_if_fail (self != NULL && vp != NULL, SL_NONE);

  ensure_window (self, vp);
  if (y < 2 * self->axis_row_h || x < 0)
    return SL_NONE;
  visible_lanes (self, vp, vis);
  for (guint i = 0; i < vis->len; i++)
    {
      const VisLane *vl = &g_array_index (vis, VisLane, i);
      const Lane *lane = &g_array_index (self->lanes, Lane, vl->lane);
      HeaderGeom g;

      if (y < vl->y || y >= vl->y + self->lane_header_h)
        continue;
      lane_header_geom (self, vp, lane, &g);
      return x < g.x_end ? vl->lane : SL_NONE;
    }
  return SL_NONE;
}

static void
draw_lane_events (SlTimelinePainter *self, DrawCtx *dc, const SlTimelineViewport *vp,
                  const VisLane *vl, const Lane *lane)
{
  const SlPaintStyle *st = &self->style;
  SlModel *model = self->model;
  cairo_t *cr = dc->cr;
  double r = self->mark_r, off = dc->off;
  double rows_top = vl->y + self->lane_header_h;
  /* a fitted label keeps a hair from the edge and at least a few letters and its ellipsis */
  double edge_pad = sl_paint_style_px (&self->style, 4), min_fit = 3 * self->text_h;
  const Laid *laid = &g_array_index (self->laid, Laid, lane->laid_first);
  double lane_bottom = vl->y + vl->h - self->lane_pad;

  /* bands and bars below the marks */
  for (guint j = 0; j < lane->n_laid; j++)
    {
      const Laid *l = &laid[j];
      const SlEvent *ev;
      const SlRgba *c;
      double cy = rows_top + l->row * self->row_h + self->row_h / 2, a;

      gboolean wide_day = l->shape == SHAPE_MARK && l->band_alpha <= 0 && l->x1 - l->x0 > 2 * r + 1;

      if (l->x1 + off < 0 || l->x0 + off > vp->width
          || (l->band_alpha <= 0 && l->shape != SHAPE_BAR && !wide_day))
        continue;
      ev = sl_model_event (model, l->event);
      c = &st->category[ev->category < SL_CATEGORY_COUNT ? ev->category : 0];
      a = event_alpha (self, l->event);
      if (l->band_alpha > 0)
        soft_band (cr, l->x0 + off, l->x1 + off, cy - r - 2, cy + r + 2, c, l->band_alpha * a);
      if (wide_day)
        {
          /* the day the event fell on, once days are wide enough to see */
          rounded_rect (cr, l->x0 + off + 1, cy - r * 0.6, l->x1 - l->x0 - 2, r * 1.2, r * 0.6);
          sl_paint_set_color (cr, c, 0.18 * a);
          cairo_fill (cr);
        }
      if (l->shape == SHAPE_BAR)
        {
          rounded_rect (cr, l->x0 + off, cy - r * 0.75, l->x1 - l->x0, r * 1.5, r * 0.75);
          sl_paint_set_color (cr, c, 0.55 * a);
          cairo_fill (cr);
        }
    }

  /* marks, with their emphasis rings */
  for (guint j = 0; j < lane->n_laid; j++)
    {
      const Laid *l = &laid[j];
      const SlEvent *ev;
      const SlRgba *c;
      double cx = l->cx + off, cy = rows_top + l->row * self->row_h + self->row_h / 2, a;

      if (cx + r + 4 < 0 || cx - r - 4 > vp->width)
        continue;
      ev = sl_model_event (model, l->event);
      c = &st->category[ev->category < SL_CATEGORY_COUNT ? ev->category : 0];
      a = event_alpha (self, l->event);
      if (self->highlight->len > 0 && sl_timeline_painter_is_highlighted (self, l->event))
        {
          cairo_new_path (cr);
          cairo_arc (cr, cx, cy, r + 5, 0, 2 * G_PI);
          sl_paint_set_color (cr, &st->highlight, 1.0);
          cairo_fill (cr);
        }
      draw_mark (cr, event_stance (model, l->event), cx, cy, r, c, &st->background, a);
      if (ev->flags & SL_EVENT_CONTESTED)
        {
          sl_paint_set_color (cr, &st->contested, a);
          ring (cr, cx, cy, r + CONTESTED_RING_GAP, CONTESTED_RING_W, 8);
        }
      if (l->event == self->selected || l->event == self->hover
          || (self->chosen->len > 0 && sorted_contains (self->chosen, l->event)))
        {
          gboolean sel = l->event == self->selected
                         || (self->chosen->len > 0 && sorted_contains (self->chosen, l->event));
          sl_paint_set_color (cr, sel ? &st->accent : &st->muted, sel ? 1.0 : 0.8);
          ring (cr, cx, cy, r + (sel ? 4.5 : 3.5), sel ? 2.0 : 1.5, 0);
        }
    }

  /* labels */
  for (guint j = 0; j < lane->n_laid; j++)
    {
      const Laid *l = &laid[j];
      const char *text;
      double cy = rows_top + l->row * self->row_h + self->row_h / 2, lx, w;

      if (!l->has_label || MAX (l->lx1, l->x1) + off < 0 || MIN (l->lx0, l->x0) + off > vp->width)
        continue;
      text = sl_model_str (model, sl_model_event (model, l->event)->label);
      lx = l->lx0 + off;
      w = l->lx1 - l->lx0;
      /* a label inside a bar or band wider than the view slides along it to stay in view */
      if (l->lx1 <= l->x1)
        {
          lx = CLAMP (lx, 8, MAX (8, vp->width - w - 8));
          lx = MAX (MIN (lx, l->x1 + off - w - 4), l->x0 + off + 4);
        }
      if (lx + w < 0 || lx > vp->width)
        continue;
      /* in a picture a label the edge would slice ends in an ellipsis before it instead, or
       * is left out where not even a word's start fits; the window pans, so it keeps the
       * whole label (and its cached shaping) and lets the edge pass over it */
      if (self->fit_labels && lx + w > vp->width - edge_pad)
        {
          w = floor (vp->width - edge_pad - lx);
          if (w < min_fit)
            continue;
        }
      if (l->event == self->selected)
        {
          rounded_rect (cr, lx - 3, cy - self->text_h / 2 - 1, w + 6, self->text_h + 2, 4);
          sl_paint_set_color (cr, &st->highlight, 1.0);
          cairo_fill (cr);
        }
      show_text (self, cr, FONT_LABEL, text, lx, cy - self->text_h / 2, w,
                 &st->foreground, event_alpha (self, l->event));
    }

  /* events that found no row: ticks along the lane's foot */
  if (lane->n_over > 0)
    {
      const double *xs = &g_array_index (self->over, double, lane->over_first);
      double tick = sl_paint_style_px (st, 4);

      cairo_new_path (cr);
      for (guint j = 0; j < lane->n_over; j++)
        {
          double x = xs[j] + off;
          if (x < 0 || x > vp->width)
            continue;
          cairo_rectangle (cr, floor (x), lane_bottom - tick + self->lane_pad / 2, 1, tick);
        }
      sl_paint_set_color (cr, &st->muted, 0.7);
      cairo_fill (cr);
    }
}

/* Dense lanes: events counted by start into pixel bins. Bin i holds the starts in
 * [edge (i), edge (i + 1)). A lane with few events in view compared with its bins is scanned
 * once, in order; a crowded one takes two binary searches per bin instead. */
static inline SlTime
bin_edge (const SlTimelineViewport *vp, double bin_s, guint i)
{
  return clamp_time (vp->t0 + i * bin_s);
}

static void
count_bins (SlTimelinePainter *self, const Lane *lane, const SlTimelineViewport *vp,
            guint n_bins, double bin_px, guint *bins)
{
  double bin_s = bin_px * sl_timeline_viewport_seconds_per_px (vp);
  SlTime first = bin_edge (vp, bin_s, 0), last = bin_edge (vp, bin_s, n_bins);
  g_autofree SlTime *edges = NULL;

  memset (bins, 0, n_bins * sizeof (guint));
  for (guint c = 0; c < N_CLASSES; c++)
    {
      guint a = lane->first[c], b = a + lane->count[c];
      guint p = pool_lower_bound (self->pool_start, a, b, first);
      guint q = pool_lower_bound (self->pool_start, p, b, last);

      if (q - p <= 4 * n_bins)
        {
          if (edges == NULL && q > p)
            {
              edges = g_new (SlTime, n_bins + 1);
              for (guint i = 0; i <= n_bins; i++)
                edges[i] = bin_edge (vp, bin_s, i);
            }
          for (guint k = p; k < q; k++)
            {
              SlTime t = self->pool_start[k];
              double f = (t - vp->t0) / bin_s;
              guint i = f <= 0 ? 0 : f >= n_bins - 1 ? n_bins - 1 : (guint) f;

              /* the division may land a bin off where an edge rounds: settle on the edges */
              while (i > 0 && t < edges[i])
                i--;
              while (i + 1 < n_bins && t >= edges[i + 1])
                i++;
              bins[i]++;
            }
          continue;
        }
      for (guint i = 0; i < n_bins && p < q; i++)
        {
          guint r = pool_lower_bound (self->pool_start, p, q, bin_edge (vp, bin_s, i + 1));
          bins[i] += r - p;
          p = r;
        }
    }
}

guint
sl_timeline_painter_lane_histogram (SlTimelinePainter *self, const SlTimelineViewport *vp,
                                    guint lane, guint *bins, guint n_bins)
{
  guint total = 0;

  g_return_val_if_fail (self != NULL && vp != NULL, 0);
  g_return_val_if_fail (n_bins == 0 || bins != NULL, 0);

  ensure_index (self);
  if (n_bins == 0)
    return 0;
  if (lane >= self->lanes->len)
    {
      memset (bins, 0, n_bins * sizeof (guint));
      return 0;
    }
  count_bins (self, &g_array_index (self->lanes, Lane, lane), vp, n_bins, vp->width / n_bins, bins);
  for (guint i = 0; i < n_bins; i++)
    total += bins[i];
  return total;
}

static void
draw_dense_lane (SlTimelinePainter *self, DrawCtx *dc, const SlTimelineViewport *vp,
                 const VisLane *vl, const Lane *lane, const guint *bins, guint n_bins,
                 double bin_px, guint cmax)
{
  const SlPaintStyle *st = &self->style;
  cairo_t *cr = dc->cr;
  double base = vl->y + self->lane_header_h + self->dense_h;
  double inner = self->dense_h - sl_paint_style_px (st, 4);
  double lmax = log1p ((double) MAX (cmax, 1u));
  guint group = MAX (1u, (guint) (sl_paint_style_px (st, 160) / bin_px));

  /* whole-pixel boxes: cairo fills those without tessellating */
  cairo_new_path (cr);
  base = round (base);
  for (guint i = 0; i < n_bins; i++)
    if (bins[i] > 0)
      {
        double h = round (inner * (0.12 + 0.88 * log1p ((double) bins[i]) / lmax));
        double x0 = round (i * bin_px), x1 = round ((i + 1) * bin_px) - 1;
        cairo_rectangle (cr, x0, base - h, MAX (x1 - x0, 1), MAX (h, 1));
      }
  /* opaque, pre-mixed with the canvas: cairo fills opaque boxes without blending */
  {
    SlRgba mixed = sl_rgba_mix (&lane->colour, &st->background, 0.4);
    mixed.a = 1.0;
    sl_paint_set_color (cr, &mixed, 1.0);
  }
  cairo_fill (cr);

  /* count badges per stretch of ~160 px: clusters that split as the view zooms in */
  for (guint g = 0; g < n_bins; g += group)
    {
      guint sum = 0;
      double wsum = 0, w, x;
      char num[32];

      for (guint i = g; i < MIN (g + group, n_bins); i++)
        {
          sum += bins[i];
          wsum += bins[i] * (i + 0.5) * bin_px;
        }
      if (sum == 0)
        continue;
      format_count (sum, num, sizeof num);
      w = text_width (self, FONT_SMALL, num);
      x = CLAMP (wsum / sum - w / 2, g * bin_px, (g + group) * bin_px - w - 6);
      cairo_rectangle (cr, floor (x - 3), vl->y + self->lane_header_h, ceil (w + 6), ceil (self->small_h));
      sl_paint_set_color (cr, &st->background, 0.85);
      cairo_fill (cr);
      show_text (self, cr, FONT_SMALL, num, x, vl->y + self->lane_header_h, 0, &st->foreground, 0.85);
    }

  if (self->selected != SL_NONE && self->model && self->selected < sl_model_n_events (self->model)
      && sl_timeline_painter_lane_of_event (self, self->selected) == vl->lane)
    {
      const SlEvent *ev = sl_model_event (self->model, self->selected);
      double x = sl_timeline_viewport_x_of (vp, (double) ev->start);

      cairo_rectangle (cr, x - 1, vl->y + self->lane_header_h, 2, self->dense_h);
      sl_paint_set_color (cr, &st->accent, 1.0);
      cairo_fill (cr);
    }
}

static void
draw_grid (SlTimelinePainter *self, DrawCtx *dc, const SlTimelineViewport *vp, double top)
{
  const SlPaintStyle *st = &self->style;
  cairo_t *cr = dc->cr;
  const SlAxisScale *sc = &dc->scale;
  SlTime t0 = clamp_time (vp->t0), t1 = clamp_time (ceil (vp->t1));
  double day_px = SL_DAY / sl_timeline_viewport_seconds_per_px (vp);
  guint guard = 0;

  /* weekends, where days are wide enough to see */
  if (day_px >= 4 && (vp->t1 - vp->t0) / SL_DAY < 800)
    {
      cairo_new_path (cr);
      for (SlTime d = sl_axis_floor (t0, SL_AXIS_DAY, 1); d < t1; d += SL_DAY)
        if (sl_weekday_from_days (floor_div (d, SL_DAY)) >= 5)
          {
            double x0 = sl_timeline_viewport_x_of (vp, (double) d);
            cairo_rectangle (cr, x0, top, day_px, vp->height - top);
          }
      sl_paint_set_color (cr, &st->weekend, 1.0);
      cairo_fill (cr);
    }

  cairo_new_path (cr);
  for (SlTime t = sl_axis_floor (t0, sc->minor_unit, sc->minor_step); t < t1 && guard++ < 4000;
       t = sl_axis_next (t, sc->minor_unit, sc->minor_step))
    {
      double x = floor (sl_timeline_viewport_x_of (vp, (double) t)) + 0.5;
      cairo_move_to (cr, x, top);
      cairo_line_to (cr, x, vp->height);
    }
  cairo_set_line_width (cr, 1.0);
  sl_paint_set_color (cr, &st->grid, 0.55);
  cairo_stroke (cr);

  guard = 0;
  cairo_new_path (cr);
  for (SlTime t = sl_axis_floor (t0, sc->major_unit, sc->major_step); t < t1 && guard++ < 4000;
       t = sl_axis_next (t, sc->major_unit, sc->major_step))
    {
      double x = floor (sl_timeline_viewport_x_of (vp, (double) t)) + 0.5;
      cairo_move_to (cr, x, top);
      cairo_line_to (cr, x, vp->height);
    }
  sl_paint_set_color (cr, &st->grid, 1.4);
  cairo_stroke (cr);
}

static void
draw_axis (SlTimelinePainter *self, DrawCtx *dc, const SlTimelineViewport *vp)
{
  const SlPaintStyle *st = &self->style;
  cairo_t *cr = dc->cr;
  const SlAxisScale *sc = &dc->scale;
  double row = self->axis_row_h, axis_h = 2 * row, pad = sl_paint_style_px (st, 6);
  SlTime t0 = clamp_time (vp->t0), t1 = clamp_time (ceil (vp->t1));
  gboolean centred = sc->minor_step == 1 && (sc->minor_unit == SL_AXIS_DAY
                                             || sc->minor_unit == SL_AXIS_MONTH
                                             || sc->minor_unit == SL_AXIS_YEAR);
  guint guard = 0;
  char buf[96];

  cairo_rectangle (cr, 0, 0, vp->width, axis_h);
  sl_paint_set_color (cr, &st->axis_background, 1.0);
  cairo_fill (cr);

  if (self->has_brush)
    {
      double x0 = sl_timeline_viewport_x_of (vp, (double) self->brush0);
      double x1 = sl_timeline_viewport_x_of (vp, (double) self->brush1);
      cairo_rectangle (cr, x0, 0, x1 - x0, axis_h);
      sl_paint_set_color (cr, &st->highlight, 1.2);
      cairo_fill (cr);
    }

  /* minor row: ticks and short labels */
  for (SlTime t = sl_axis_floor (t0, sc->minor_unit, sc->minor_step); t < t1 && guard++ < 4000;)
    {
      SlTime next = sl_axis_next (t, sc->minor_unit, sc->minor_step);
      double x = floor (sl_timeline_viewport_x_of (vp, (double) t)) + 0.5;
      double xn = sl_timeline_viewport_x_of (vp, (double) next);
      double w;

      cairo_move_to (cr, x, axis_h - sl_paint_style_px (st, 5));
      cairo_line_to (cr, x, axis_h);
      cairo_set_line_width (cr, 1.0);
      sl_paint_set_color (cr, &st->muted, 0.6);
      cairo_stroke (cr);

      sl_axis_format (t, sc->minor_unit, sc->minor_step, FALSE, buf, sizeof buf);
      w = text_width (self, FONT_SMALL, buf);
      /* an export's edge would slice a tick's name: it is left out, as between ticks */
      if (w + 4 <= xn - x && !(self->fit_labels && (centred ? (x + xn + w) / 2 : x + 3 + w) > vp->width))
        {
          double lx = centred ? (x + xn - w) / 2 : x + 3;
          show_text (self, cr, FONT_SMALL, buf, lx, row + (row - self->small_h) / 2, 0, &st->muted, 1.0);
        }
      t = next;
    }

  /* major row: period names, kept in view while their period is */
  guard = 0;
  for (SlTime t = sl_axis_floor (t0, sc->major_unit, sc->major_step); t < t1 && guard++ < 4000;)
    {
      SlTime next = sl_axis_next (t, sc->major_unit, sc->major_step);
      double x = floor (sl_timeline_viewport_x_of (vp, (double) t)) + 0.5;
      double xn = sl_timeline_viewport_x_of (vp, (double) next);
      double w, lx;

      cairo_move_to (cr, x, 0);
      cairo_line_to (cr, x, axis_h);
      cairo_set_line_width (cr, 1.0);
      sl_paint_set_color (cr, &st->grid, 2.0);
      cairo_stroke (cr);

      sl_axis_format (t, sc->major_unit, sc->major_step, TRUE, buf, sizeof buf);
      w = text_width (self, FONT_MAJOR, buf);
      lx = MAX (x + pad, pad);
      lx = MIN (lx, xn - w - pad);
      if ((lx >= x + pad - 0.5 || (lx >= pad && lx + w < xn))
          && !(self->fit_labels && (lx < 0 || lx + w > vp->width)))
        show_text (self, cr, FONT_MAJOR, buf, lx, (row - self->text_h) / 2 + 1, 0, &st->foreground, 1.0);
      t = next;
    }

  cairo_move_to (cr, 0, axis_h - 0.5);
  cairo_line_to (cr, vp->width, axis_h - 0.5);
  sl_paint_set_color (cr, &st->grid, 2.0);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
}

void
sl_timeline_painter_draw (SlTimelinePainter *self, cairo_t *cr, const SlTimelineViewport *vp)
{
  const SlPaintStyle *st;
  g_autoptr (GArray) vis = g_array_new (FALSE, FALSE, sizeof (VisLane));
  g_autofree guint *bins = NULL;
  DrawCtx dc = { 0 };
  double axis_h, bin_px, min_spacing;
  guint n_bins, cmax = 0;

  g_return_if_fail (self != NULL && cr != NULL && vp != NULL);

  st = &self->style;
  ensure_window (self, vp);
  visible_lanes (self, vp, vis);
  axis_h = 2 * self->axis_row_h;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, vp->width, vp->height);
  cairo_clip (cr);
  sl_paint_set_color (cr, &st->background, 1.0);
  cairo_paint (cr);

  dc.cr = cr;
  dc.off = (self->win_t0 - vp->t0) / self->key_spp;
  min_spacing = text_width (self, FONT_SMALL, "00:00") + sl_paint_style_px (st, 14);
  sl_axis_scale_choose (sl_timeline_viewport_seconds_per_px (vp), min_spacing, &dc.scale);

  /* lane stripes */
  for (guint i = 0; i < vis->len; i++)
    {
      const VisLane *vl = &g_array_index (vis, VisLane, i);
      if (vl->lane % 2 == 1)
        {
          cairo_rectangle (cr, 0, vl->y, vp->width, vl->h);
          sl_paint_set_color (cr, &st->lane_alt, 1.0);
          cairo_fill (cr);
        }
      cairo_rectangle (cr, 0, floor (vl->y + vl->h) - 1, vp->width, 1);
      sl_paint_set_color (cr, &st->grid, 0.8);
      cairo_fill (cr);
    }
  draw_grid (self, &dc, vp, axis_h);
  if (self->has_brush)
    {
      double x0 = sl_timeline_viewport_x_of (vp, (double) self->brush0);
      double x1 = sl_timeline_viewport_x_of (vp, (double) self->brush1);
      cairo_rectangle (cr, x0, axis_h, x1 - x0, vp->height - axis_h);
      sl_paint_set_color (cr, &st->highlight, 0.45);
      cairo_fill (cr);
    }

  /* dense lanes share one height scale so their bars compare; folded lanes count too */
  bin_px = sl_paint_style_px (st, DENSITY_BIN_PX);
  n_bins = (guint) ceil (vp->width / bin_px);
  bins = g_new0 (guint, (gsize) n_bins * MAX (vis->len, 1u));
  for (guint i = 0; i < vis->len; i++)
    {
      const VisLane *vl = &g_array_index (vis, VisLane, i);
      const Lane *lane = &g_array_index (self->lanes, Lane, vl->lane);
      if (!lane->dense && !lane->collapsed)
        continue;
      count_bins (self, lane, vp, n_bins, bin_px, bins + (gsize) i * n_bins);
      if (lane->collapsed)
        continue;
      for (guint b = 0; b < n_bins; b++)
        cmax = MAX (cmax, bins[(gsize) i * n_bins + b]);
    }

  for (guint i = 0; i < vis->len; i++)
    {
      const VisLane *vl = &g_array_index (vis, VisLane, i);
      const Lane *lane = &g_array_index (self->lanes, Lane, vl->lane);

      cairo_save (cr);
      cairo_rectangle (cr, 0, MAX (vl->y, axis_h), vp->width, vl->y + vl->h - MAX (vl->y, axis_h));
      cairo_clip (cr);
      if (lane->collapsed)
        draw_collapsed_lane (self, &dc, vp, vl, lane, bins + (gsize) i * n_bins, n_bins, bin_px);
      else if (lane->dense)
        draw_dense_lane (self, &dc, vp, vl, lane, bins + (gsize) i * n_bins, n_bins, bin_px, cmax);
      else
        draw_lane_events (self, &dc, vp, vl, lane);
      draw_lane_header (self, &dc, vp, vl, lane);
      cairo_restore (cr);
    }

  draw_axis (self, &dc, vp);

  if (vis->len == 0)
    {
      const char *msg = self->model ? _("No dated events") : _("No project open");
      double w = text_width (self, FONT_LABEL, msg);
      show_text (self, cr, FONT_LABEL, msg, (vp->width - w) / 2, axis_h + (vp->height - axis_h) / 2 - self->text_h / 2,
                 0, &st->muted, 1.0);
    }
  else
    {
      guint below = lanes_below (self, vis), above = lanes_above (vis);
      /* lanes scrolled off the top are counted too: a search that scrolled to its match, or
       * the arrow keys, left them out of sight without a trace */
      if (below > 0 || above > 0)
        {
          double fh = footer_height (self, vis);
          g_autofree char *up = NULL, *down = NULL, *msg = NULL;
          double w;

          if (above > 0)
            up = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more lane above",
                                               "%u more lanes above", above), above);
          if (below > 0)
            down = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more lane below",
                                                 "%u more lanes below", below), below);
          msg = up != NULL && down != NULL ? g_strdup_printf ("%s · %s", up, down)
                                           : g_strdup (up != NULL ? up : down);
          w = text_width (self, FONT_SMALL, msg);
          cairo_rectangle (cr, 0, vp->height - fh, vp->width, fh);
          sl_paint_set_color (cr, &st->axis_background, 1.0);
          cairo_fill (cr);
          cairo_rectangle (cr, 0, vp->height - fh, vp->width, 1);
          sl_paint_set_color (cr, &st->grid, 1.0);
          cairo_fill (cr);
          show_text (self, cr, FONT_SMALL, msg, vp->width - w - sl_paint_style_px (st, 12),
                     vp->height - fh + (fh - self->small_h) / 2, 0, &st->muted, 1.0);
        }
    }

  cairo_restore (cr);
}

/* ------------------------------------------------------------------------------------------ */
/* Overview strip                                                                             */

void
sl_timeline_painter_draw_overview (SlTimelinePainter *self, cairo_t *cr,
                                   const SlTimelineViewport *vp, double width, double height)
{
  const SlPaintStyle *st;
  SlTimelineViewport full;
  const guint32 *by_start;
  guint n = 0, n_bins, p = 0, cmax = 1;
  g_autofree guint *bins = NULL;
  double bin_px = 2.0, x0, x1;

  g_return_if_fail (self != NULL && cr != NULL && vp != NULL);

  st = &self->style;
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  sl_paint_set_color (cr, &st->axis_background, 1.0);
  cairo_paint (cr);

  sl_timeline_viewport_init (&full, 0, 1, width, height);
  if (self->model == NULL || !sl_timeline_viewport_fit (&full, self->model))
    {
      cairo_restore (cr);
      return;
    }
  by_start = sl_model_events_by_start (self->model, &n);
  n_bins = (guint) ceil (width / bin_px);
  bins = g_new0 (guint, n_bins);
  /* counts by start through the model's sorted order: a binary search per bin */
  for (guint b = 0; b < n_bins; b++)
    {
      SlTime te = clamp_time (sl_timeline_viewport_time_at (&full, (b + 1) * bin_px));
      guint lo = p, hi = n;
      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;
          if (sl_model_event (self->model, by_start[mid])->start < te)
            lo = mid + 1;
          else
            hi = mid;
        }
      bins[b] = lo - p;
      p = lo;
      cmax = MAX (cmax, bins[b]);
    }
  cairo_new_path (cr);
  for (guint b = 0; b < n_bins; b++)
    if (bins[b] > 0)
      {
        double h = (height - 4) * (0.15 + 0.85 * log1p ((double) bins[b]) / log1p ((double) cmax));
        cairo_rectangle (cr, b * bin_px, height - 2 - h, bin_px - 0.5, h);
      }
  sl_paint_set_color (cr, &st->muted, 0.55);
  cairo_fill (cr);

  x0 = CLAMP (sl_timeline_viewport_x_of (&full, vp->t0), -2, width + 2);
  x1 = CLAMP (sl_timeline_viewport_x_of (&full, vp->t1), -2, width + 2);
  if (x1 - x0 < 4)
    {
      double c = (x0 + x1) / 2;
      x0 = c - 2;
      x1 = c + 2;
    }
  rounded_rect (cr, x0 + 0.5, 0.5, x1 - x0 - 1, height - 1, 3);
  sl_paint_set_color (cr, &st->highlight, 1.0);
  cairo_fill_preserve (cr);
  sl_paint_set_color (cr, &st->accent, 1.0);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);

  if (self->selected != SL_NONE && self->selected < sl_model_n_events (self->model))
    {
      double x = sl_timeline_viewport_x_of (&full, (double) sl_model_event (self->model,
                                                                            self->selected)->start);
      cairo_rectangle (cr, x - 1, 0, 2, height);
      sl_paint_set_color (cr, &st->accent, 1.0);
      cairo_fill (cr);
    }
  cairo_restore (cr);
}

/* ------------------------------------------------------------------------------------------ */
/* Legend                                                                                     */

typedef struct
{
  double x0, x, y, width, row_h;
} Flow;

/* Reserves room for an entry of width w, wrapping to a new row when the row is full. */
static void
flow_next (Flow *f, double w)
{
  if (f->x > f->x0 && f->x + w > f->x0 + f->width)
    {
      f->x = f->x0;
      f->y += f->row_h;
    }
}

double
sl_timeline_painter_draw_legend (SlTimelinePainter *self, cairo_t *cr, double x, double y,
                                 double width)
{
  static const SlCategory order[] = {
    SL_CATEGORY_DIPLOMATIC, SL_CATEGORY_MILITARY, SL_CATEGORY_SANCTIONS,
    SL_CATEGORY_STATEMENT, SL_CATEGORY_ECONOMIC, SL_CATEGORY_OTHER,
  };
  const SlPaintStyle *st;
  Flow f;
  double r, sw, gap, ty;

  g_return_val_if_fail (self != NULL && cr != NULL, 0);

  st = &self->style;
  ensure_metrics (self);
  r = self->mark_r;
  sw = sl_paint_style_px (st, 26);
  gap = sl_paint_style_px (st, 18);
  f.x0 = f.x = x;
  f.y = y;
  f.width = width;
  f.row_h = MAX (self->small_h, 2 * r) + sl_paint_style_px (st, 8);
  ty = (f.row_h - self->small_h) / 2 - sl_paint_style_px (st, 3);

  cairo_save (cr);

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      const char *name = _(sl_paint_category_name (order[i]));
      double w = 2 * r + 6 + text_width (self, FONT_SMALL, name);

      flow_next (&f, w);
      draw_mark (cr, SL_STANCE_ASSERT, f.x + r, f.y + f.row_h / 2 - sl_paint_style_px (st, 3), r,
                 &st->category[order[i]], &st->background, 1.0);
      show_text (self, cr, FONT_SMALL, name, f.x + 2 * r + 6, f.y + ty, 0, &st->foreground, 1.0);
      f.x += w + gap;
    }
  f.x = f.x0;
  f.y += f.row_h;

  for (guint s = 0; s < SL_STANCE_COUNT; s++)
    {
      const char *name = _(sl_paint_stance_name ((SlStance) s));
      double w = 2 * r + 6 + text_width (self, FONT_SMALL, name);

      flow_next (&f, w);
      draw_mark (cr, (SlStance) s, f.x + r, f.y + f.row_h / 2 - sl_paint_style_px (st, 3), r,
                 &st->muted, &st->background, 1.0);
      show_text (self, cr, FONT_SMALL, name, f.x + 2 * r + 6, f.y + ty, 0, &st->foreground, 1.0);
      f.x += w + gap;
    }
  {
    const char *name = _("Contested");
    double w = 2 * r + 10 + text_width (self, FONT_SMALL, name);
    double cx, cy;

    flow_next (&f, w);
    cx = f.x + r + 2;
    cy = f.y + f.row_h / 2 - sl_paint_style_px (st, 3);
    draw_mark (cr, SL_STANCE_ASSERT, cx, cy, r, &st->muted, &st->background, 1.0);
    sl_paint_set_color (cr, &st->contested, 1.0);
    ring (cr, cx, cy, r + CONTESTED_RING_GAP, CONTESTED_RING_W, 8);
    show_text (self, cr, FONT_SMALL, name, f.x + 2 * r + 10, f.y + ty, 0, &st->foreground, 1.0);
    f.x += w + gap;
  }
  {
    const char *name = _("Date known to a month or year (fainter: coarser)");
    double w = sw + 6 + text_width (self, FONT_SMALL, name);
    double cy;

    flow_next (&f, w);
    cy = f.y + f.row_h / 2 - sl_paint_style_px (st, 3);
    soft_band (cr, f.x, f.x + sw, cy - r - 2, cy + r + 2, &st->muted, 0.5);
    show_text (self, cr, FONT_SMALL, name, f.x + sw + 6, f.y + ty, 0, &st->foreground, 1.0);
    f.x += w + gap;
  }
  {
    const char *name = _("Known interval");
    double w = sw + 6 + text_width (self, FONT_SMALL, name);
    double cy;

    flow_next (&f, w);
    cy = f.y + f.row_h / 2 - sl_paint_style_px (st, 3);
    rounded_rect (cr, f.x, cy - r * 0.75, sw, r * 1.5, r * 0.75);
    sl_paint_set_color (cr, &st->muted, 0.55);
    cairo_fill (cr);
    show_text (self, cr, FONT_SMALL, name, f.x + sw + 6, f.y + ty, 0, &st->foreground, 1.0);
    f.x += w + gap;
  }

  cairo_restore (cr);
  return f.y + f.row_h - y;
}
