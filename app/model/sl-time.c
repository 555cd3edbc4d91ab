/* sl-time.c: proleptic Gregorian day arithmetic and the mapping of TIMEX3 date values to
 * the [start, end) intervals the timeline draws. */
#include "config.h"

#include "sl-time.h"
#include "sl-value-out.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* Days since 1970-01-01 of a civil date; the era arithmetic keeps it exact for any year
 * (including negative ones) without tables. */
gint64
sl_days_from_civil (gint64 y, guint m, guint d)
{
  gint64 era, yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * ((gint64) m + (m > 2 ? -3 : 9)) + 2) / 5 + (gint64) d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void
sl_civil_from_days (gint64 days, gint64 *y, guint *m, guint *d)
{
  gint64 z = days + 719468;
  gint64 era = (z >= 0 ? z : z - 146096) / 146097;
  gint64 doe = z - era * 146097;
  gint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  gint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  gint64 mp = (5 * doy + 2) / 153;
  guint dd = (guint) (doy - (153 * mp + 2) / 5 + 1);
  guint mm = (guint) (mp < 10 ? mp + 3 : mp - 9);
  gint64 yy = yoe + era * 400 + (mm <= 2);

  if (y)
    *y = yy;
  if (m)
    *m = mm;
  if (d)
    *d = dd;
}

gboolean
sl_is_leap_year (gint64 y)
{
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

guint
sl_days_in_month (gint64 y, guint m)
{
  static const guint8 lengths[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  if (m < 1 || m > 12)
    return 0;
  if (m == 2 && sl_is_leap_year (y))
    return 29;
  return lengths[m - 1];
}

guint
sl_weekday_from_days (gint64 days)
{
  /* 1970-01-01 was a Thursday (3 when Monday is 0) */
  gint64 r = (days + 3) % 7;

  return (guint) (r < 0 ? r + 7 : r);
}

SlTime
sl_time_from_ymd (gint64 y, guint m, guint d)
{
  return sl_days_from_civil (y, m, d) * SL_DAY;
}

void
sl_time_to_ymd (SlTime t, gint64 *y, guint *m, guint *d)
{
  gint64 days = t >= 0 ? t / SL_DAY : -((-t + SL_DAY - 1) / SL_DAY);

  sl_civil_from_days (days, y, m, d);
}

/* Day number of the Monday that starts ISO week 1 of year y (the week holding January 4). */
static gint64
iso_week1_monday (gint64 y)
{
  gint64 jan4 = sl_days_from_civil (y, 1, 4);

  return jan4 - sl_weekday_from_days (jan4);
}

static guint
iso_weeks_in_year (gint64 y)
{
  return (guint) ((iso_week1_monday (y + 1) - iso_week1_monday (y)) / 7);
}

/* ---- parsing TIMEX3 date values ---- */

typedef enum
{
  SUB_NONE = 0,
  SUB_MONTH,
  SUB_WEEK,
  SUB_QUARTER,
  SUB_HALF,
  SUB_SEASON,
} SubKind;

typedef enum
{
  TOD_NONE = 0,
  TOD_CLOCK, /* explicit hour[:minute[:second]] */
  TOD_MO,    /* morning */
  TOD_MI,    /* midday */
  TOD_AF,    /* afternoon */
  TOD_EV,    /* evening */
  TOD_NI,    /* night */
  TOD_DT,    /* daytime */
} TimeOfDay;

typedef struct
{
  gint64      year;       /* for decades and centuries, the first year */
  SlPrecision prec;
  SubKind     sub;
  guint       sub_n;      /* month, week, quarter, half or season number */
  guint       day;        /* day of month */
  guint       weekday;    /* 1..7 within an ISO week, 0 none */
  gboolean    weekend;
  TimeOfDay   tod;
  guint       hour, minute, second;
  gint        tz_minutes; /* offset east of UTC */
} ParsedValue;

static gboolean
read_digits (const char **p, guint n, guint *out)
{
  guint v = 0;

  for (guint i = 0; i < n; i++)
    {
      char c = (*p)[i];
      if (c < '0' || c > '9')
        return FALSE;
      v = v * 10 + (guint) (c - '0');
    }
  *p += n;
  *out = v;
  return TRUE;
}

static gboolean
parse_time_part (const char *p, ParsedValue *pv)
{
  static const struct
  {
    const char *code;
    TimeOfDay   tod;
  } parts[] = {
    { "MO", TOD_MO }, { "MI", TOD_MI }, { "AF", TOD_AF },
    { "EV", TOD_EV }, { "NI", TOD_NI }, { "DT", TOD_DT },
  };
  guint v;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (strcmp (p, parts[i].code) == 0)
      {
        pv->tod = parts[i].tod;
        pv->prec = SL_PREC_HOUR;
        return TRUE;
      }

  if (!read_digits (&p, 2, &v) || v > 23)
    return FALSE;
  pv->tod = TOD_CLOCK;
  pv->hour = v;
  pv->prec = SL_PREC_HOUR;
  if (*p == ':')
    {
      p++;
      if (!read_digits (&p, 2, &v) || v > 59)
        return FALSE;
      pv->minute = v;
      pv->prec = SL_PREC_MINUTE;
      if (*p == ':')
        {
          p++;
          if (!read_digits (&p, 2, &v) || v > 60)
            return FALSE;
          pv->second = v > 59 ? 59 : v;
          pv->prec = SL_PREC_SECOND;
          /* fractional seconds do not change the interval we draw */
          if (*p == '.')
            {
              p++;
              while (*p >= '0' && *p <= '9')
                p++;
            }
        }
    }

  if (*p == 'Z')
    p++;
  else if (*p == '+' || *p == '-')
    {
      gint sign = *p == '-' ? -1 : 1;
      guint hh, mm = 0;

      p++;
      if (!read_digits (&p, 2, &hh) || hh > 14)
        return FALSE;
      if (*p == ':')
        p++;
      if (*p && (!read_digits (&p, 2, &mm) || mm > 59))
        return FALSE;
      pv->tz_minutes = sign * (gint) (hh * 60 + mm);
    }
  return *p == '\0';
}

static gboolean
parse_value (const char *value, ParsedValue *pv)
{
  const char *p = value;
  guint n_digits = 0, v = 0;

  memset (pv, 0, sizeof *pv);
  if (value == NULL)
    return FALSE;

  while (p[n_digits] >= '0' && p[n_digits] <= '9')
    n_digits++;

  switch (n_digits)
    {
    case 1: /* millennium: "2" is 2000–2999 */
      read_digits (&p, 1, &v);
      pv->year = (gint64) v * 1000;
      pv->prec = SL_PREC_CENTURY; /* the coarsest precision we name */
      pv->sub_n = 1000;
      return *p == '\0';
    case 2:
      read_digits (&p, 2, &v);
      pv->year = (gint64) v * 100;
      pv->prec = SL_PREC_CENTURY;
      return *p == '\0';
    case 3:
      read_digits (&p, 3, &v);
      pv->year = (gint64) v * 10;
      pv->prec = SL_PREC_DECADE;
      return *p == '\0';
    case 4:
      read_digits (&p, 4, &v);
      pv->year = v;
      pv->prec = SL_PREC_YEAR;
      break;
    default:
      return FALSE;
    }

  if (*p == '\0')
    return TRUE;
  if (*p != '-')
    return FALSE;
  p++;

  switch (*p)
    {
    case 'W':
      p++;
      if (strncmp (p, "I", 1) == 0 && p[1] == '\0')
        {
          pv->sub = SUB_SEASON;
          pv->sub_n = 4;
          pv->prec = SL_PREC_SEASON;
          return TRUE;
        }
      if (!read_digits (&p, 2, &v) || v < 1 || v > iso_weeks_in_year (pv->year))
        return FALSE;
      pv->sub = SUB_WEEK;
      pv->sub_n = v;
      pv->prec = SL_PREC_WEEK;
      if (*p == '\0')
        return TRUE;
      if (*p != '-')
        return FALSE;
      p++;
      if (strcmp (p, "WE") == 0)
        {
          pv->weekend = TRUE;
          return TRUE;
        }
      if (!read_digits (&p, 1, &v) || v < 1 || v > 7 || *p != '\0')
        return FALSE;
      pv->weekday = v;
      pv->prec = SL_PREC_DAY;
      return TRUE;
    case 'Q':
      p++;
      if (!read_digits (&p, 1, &v) || v < 1 || v > 4 || *p != '\0')
        return FALSE;
      pv->sub = SUB_QUARTER;
      pv->sub_n = v;
      pv->prec = SL_PREC_QUARTER;
      return TRUE;
    case 'H':
      p++;
      if (!read_digits (&p, 1, &v) || v < 1 || v > 2 || *p != '\0')
        return FALSE;
      pv->sub = SUB_HALF;
      pv->sub_n = v;
      pv->prec = SL_PREC_HALF;
      return TRUE;
    case 'S':
    case 'F':
      pv->sub = SUB_SEASON;
      pv->prec = SL_PREC_SEASON;
      if (strcmp (p, "SP") == 0)
        pv->sub_n = 1;
      else if (strcmp (p, "SU") == 0)
        pv->sub_n = 2;
      else if (strcmp (p, "FA") == 0)
        pv->sub_n = 3;
      else
        return FALSE;
      return TRUE;
    default:
      break;
    }

  if (!read_digits (&p, 2, &v) || v < 1 || v > 12)
    return FALSE;
  pv->sub = SUB_MONTH;
  pv->sub_n = v;
  pv->prec = SL_PREC_MONTH;
  if (*p == '\0')
    return TRUE;
  if (*p != '-')
    return FALSE;
  p++;
  if (!read_digits (&p, 2, &v) || v < 1 || v > sl_days_in_month (pv->year, pv->sub_n))
    return FALSE;
  pv->day = v;
  pv->prec = SL_PREC_DAY;
  if (*p == '\0')
    return TRUE;
  if (*p != 'T')
    return FALSE;
  return parse_time_part (p + 1, pv);
}

/* The whole interval a parsed value denotes, before any mod. */
static void
parsed_interval (const ParsedValue *pv, SlTime *start, SlTime *end)
{
  gint64 y = pv->year;
  gint64 d0, d1;

  switch (pv->prec)
    {
    case SL_PREC_CENTURY:
      {
        gint64 span = pv->sub_n == 1000 ? 1000 : 100;
        d0 = sl_days_from_civil (y, 1, 1);
        d1 = sl_days_from_civil (y + span, 1, 1);
      }
      break;
    case SL_PREC_DECADE:
      d0 = sl_days_from_civil (y, 1, 1);
      d1 = sl_days_from_civil (y + 10, 1, 1);
      break;
    case SL_PREC_YEAR:
      d0 = sl_days_from_civil (y, 1, 1);
      d1 = sl_days_from_civil (y + 1, 1, 1);
      break;
    case SL_PREC_HALF:
      d0 = sl_days_from_civil (y, pv->sub_n == 1 ? 1 : 7, 1);
      d1 = pv->sub_n == 1 ? sl_days_from_civil (y, 7, 1) : sl_days_from_civil (y + 1, 1, 1);
      break;
    case SL_PREC_QUARTER:
      d0 = sl_days_from_civil (y, 3 * (pv->sub_n - 1) + 1, 1);
      d1 = pv->sub_n == 4 ? sl_days_from_civil (y + 1, 1, 1)
                          : sl_days_from_civil (y, 3 * pv->sub_n + 1, 1);
      break;
    case SL_PREC_SEASON:
      /* meteorological seasons; winter YYYY runs from December YYYY into February */
      d0 = sl_days_from_civil (y, 3 * pv->sub_n, 1);
      d1 = pv->sub_n == 4 ? sl_days_from_civil (y + 1, 3, 1)
                          : sl_days_from_civil (y, 3 * pv->sub_n + 3, 1);
      break;
    case SL_PREC_MONTH:
      d0 = sl_days_from_civil (y, pv->sub_n, 1);
      d1 = d0 + sl_days_in_month (y, pv->sub_n);
      break;
    case SL_PREC_WEEK:
      d0 = iso_week1_monday (y) + 7 * (gint64) (pv->sub_n - 1);
      d1 = d0 + 7;
      if (pv->weekend)
        d0 += 5;
      break;
    case SL_PREC_DAY:
    case SL_PREC_HOUR:
    case SL_PREC_MINUTE:
    case SL_PREC_SECOND:
    case SL_PREC_NONE:
    default:
      if (pv->sub == SUB_WEEK)
        d0 = iso_week1_monday (y) + 7 * (gint64) (pv->sub_n - 1) + pv->weekday - 1;
      else
        d0 = sl_days_from_civil (y, pv->sub_n, pv->day);
      d1 = d0 + 1;
      break;
    }

  *start = d0 * SL_DAY;
  *end = d1 * SL_DAY;

  if (pv->tod != TOD_NONE)
    {
      SlTime day = d0 * SL_DAY - (SlTime) pv->tz_minutes * 60;
      SlTime h0 = 0, h1 = 0;

      switch (pv->tod)
        {
        case TOD_CLOCK:
          {
            SlTime t = day + pv->hour * 3600 + pv->minute * 60 + pv->second;
            SlTime len = pv->prec == SL_PREC_HOUR ? 3600 : pv->prec == SL_PREC_MINUTE ? 60 : 1;
            *start = t;
            *end = t + len;
            return;
          }
        case TOD_MO: h0 = 6;  h1 = 12; break;
        case TOD_MI: h0 = 11; h1 = 14; break;
        case TOD_AF: h0 = 12; h1 = 18; break;
        case TOD_EV: h0 = 18; h1 = 22; break;
        case TOD_NI: h0 = 21; h1 = 30; break; /* into the small hours of the next day */
        case TOD_DT: h0 = 6;  h1 = 18; break;
        case TOD_NONE:
        default:
          break;
        }
      *start = day + h0 * 3600;
      *end = day + h1 * 3600;
    }
}

/* Splits [*start, *end) into thirds for START/MID/END: by whole months when the interval is a
 * whole number of months divisible by three (years, quarters, decades), else by whole days,
 * else by seconds. */
static void
apply_third (SlMod mod, SlTime *start, SlTime *end)
{
  gint64 y0, y1;
  guint m0, d0, m1, d1;
  guint part = mod == SL_MOD_START ? 0 : mod == SL_MOD_MID ? 1 : 2;

  sl_time_to_ymd (*start, &y0, &m0, &d0);
  sl_time_to_ymd (*end, &y1, &m1, &d1);

  if (*start % SL_DAY == 0 && *end % SL_DAY == 0 && d0 == 1 && d1 == 1)
    {
      gint64 months = (y1 - y0) * 12 + ((gint64) m1 - (gint64) m0);
      if (months >= 3 && months % 3 == 0)
        {
          gint64 idx0 = y0 * 12 + (m0 - 1) + part * (months / 3);
          gint64 idx1 = idx0 + months / 3;
          SlTime s = sl_time_from_ymd (idx0 / 12, (guint) (idx0 % 12) + 1, 1);
          SlTime e = sl_time_from_ymd (idx1 / 12, (guint) (idx1 % 12) + 1, 1);
          *start = s;
          *end = e;
          return;
        }
    }

  if (*start % SL_DAY == 0 && *end % SL_DAY == 0 && *end - *start >= 3 * SL_DAY)
    {
      gint64 n = (*end - *start) / SL_DAY;
      gint64 a = (n * part + 1) / 3;       /* rounded thirds */
      gint64 b = (n * (part + 1) + 1) / 3;
      SlTime s = *start;
      *start = s + a * SL_DAY;
      *end = part == 2 ? *end : s + b * SL_DAY;
      return;
    }

  {
    SlTime s = *start, n = *end - *start;
    *start = s + n * part / 3;
    *end = part == 2 ? *end : s + n * (part + 1) / 3;
  }
}

gboolean
sl_time_interval_from_value (const char *value, SlMod mod, SlTime *start, SlTime *end)
{
  ParsedValue pv;
  SlTime s, e;

  g_return_val_if_fail (start != NULL && end != NULL, FALSE);

  *start = *end = 0;
  if (!parse_value (value, &pv))
    return FALSE;

  parsed_interval (&pv, &s, &e);
  if (mod == SL_MOD_START || mod == SL_MOD_MID || mod == SL_MOD_END)
    apply_third (mod, &s, &e);
  *start = s;
  *end = e;
  return TRUE;
}

SlPrecision
sl_precision_of_value (const char *value)
{
  ParsedValue pv;

  if (!parse_value (value, &pv))
    return SL_PREC_NONE;
  return pv.prec;
}

static const char *const mod_names[SL_MOD_COUNT] = {
  [SL_MOD_NONE] = NULL,
  [SL_MOD_START] = "START",
  [SL_MOD_MID] = "MID",
  [SL_MOD_END] = "END",
  [SL_MOD_APPROX] = "APPROX",
  [SL_MOD_LESS_THAN] = "LESS_THAN",
  [SL_MOD_MORE_THAN] = "MORE_THAN",
  [SL_MOD_EQUAL_OR_LESS] = "EQUAL_OR_LESS",
  [SL_MOD_EQUAL_OR_MORE] = "EQUAL_OR_MORE",
  [SL_MOD_BEFORE] = "BEFORE",
  [SL_MOD_AFTER] = "AFTER",
  [SL_MOD_ON_OR_BEFORE] = "ON_OR_BEFORE",
  [SL_MOD_ON_OR_AFTER] = "ON_OR_AFTER",
};

const char *
sl_mod_to_string (SlMod mod)
{
  if ((guint) mod >= SL_MOD_COUNT)
    return NULL;
  return mod_names[mod];
}

SlMod
sl_mod_from_string (const char *s)
{
  if (s == NULL || *s == '\0')
    return SL_MOD_NONE;
  for (guint i = 1; i < SL_MOD_COUNT; i++)
    if (g_ascii_strcasecmp (s, mod_names[i]) == 0)
      return (SlMod) i;
  return SL_MOD_NONE;
}

/* Written without printf (values are written at every match the tagger makes): the text
 * g_snprintf's "%04d-%02u-%02u" and the like would give, sign counted in the width. */
char *
sl_date_to_value (const SlDate *date, char *buf, gsize len)
{
  static const char *const seasons[] = { "SP", "SU", "FA", "WI" };
  SlValueOut o;

  g_return_val_if_fail (date != NULL && buf != NULL && len > 0, NULL);

  o = sl_value_out_start (buf, len);
  switch ((SlPrecision) date->prec)
    {
    case SL_PREC_CENTURY:
      sl_value_out_i (&o, date->year / 100, 2);
      break;
    case SL_PREC_DECADE:
      sl_value_out_i (&o, date->year / 10, 3);
      break;
    case SL_PREC_YEAR:
      sl_value_out_i (&o, date->year, 4);
      break;
    case SL_PREC_HALF:
      sl_value_out_i (&o, date->year, 4);
      sl_value_out_s (&o, "-H");
      sl_value_out_u (&o, CLAMP (date->month, 1, 2), 0);
      break;
    case SL_PREC_QUARTER:
      sl_value_out_i (&o, date->year, 4);
      sl_value_out_s (&o, "-Q");
      sl_value_out_u (&o, CLAMP (date->month, 1, 4), 0);
      break;
    case SL_PREC_SEASON:
      sl_value_out_i (&o, date->year, 4);
      sl_value_out_c (&o, '-');
      sl_value_out_s (&o, seasons[CLAMP (date->month, 1, 4) - 1]);
      break;
    case SL_PREC_MONTH:
      sl_value_out_i (&o, date->year, 4);
      sl_value_out_c (&o, '-');
      sl_value_out_u (&o, date->month, 2);
      break;
    case SL_PREC_WEEK:
      sl_value_out_i (&o, date->year, 4);
      sl_value_out_s (&o, "-W");
      sl_value_out_u (&o, date->day, 2);
      break;
    case SL_PREC_DAY:
    case SL_PREC_HOUR:
    case SL_PREC_MINUTE:
    case SL_PREC_SECOND:
      sl_value_out_i (&o, date->year, 4);
      sl_value_out_c (&o, '-');
      sl_value_out_u (&o, date->month, 2);
      sl_value_out_c (&o, '-');
      sl_value_out_u (&o, date->day, 2);
      break;
    case SL_PREC_NONE:
    default:
      break;
    }
  sl_value_out_end (&o);
  return buf;
}

gboolean
sl_date_from_value (const char *value, SlDate *date)
{
  ParsedValue pv;

  g_return_val_if_fail (date != NULL, FALSE);

  memset (date, 0, sizeof *date);
  if (!parse_value (value, &pv))
    return FALSE;
  /* millennia have no SlDate form */
  if (pv.prec == SL_PREC_CENTURY && pv.sub_n == 1000)
    return FALSE;

  date->year = (gint32) pv.year;
  switch (pv.prec)
    {
    case SL_PREC_CENTURY:
    case SL_PREC_DECADE:
    case SL_PREC_YEAR:
      date->prec = pv.prec;
      break;
    case SL_PREC_HALF:
    case SL_PREC_QUARTER:
    case SL_PREC_SEASON:
    case SL_PREC_MONTH:
      date->month = (guint8) pv.sub_n;
      date->prec = pv.prec;
      break;
    case SL_PREC_WEEK:
      date->day = (guint8) pv.sub_n;
      date->prec = SL_PREC_WEEK;
      break;
    case SL_PREC_DAY:
    case SL_PREC_HOUR:
    case SL_PREC_MINUTE:
    case SL_PREC_SECOND:
    case SL_PREC_NONE:
    default:
      if (pv.sub == SUB_WEEK)
        {
          gint64 yy;
          guint mm, dd;
          sl_civil_from_days (iso_week1_monday (pv.year) + 7 * (gint64) (pv.sub_n - 1)
                              + pv.weekday - 1, &yy, &mm, &dd);
          date->year = (gint32) yy;
          date->month = (guint8) mm;
          date->day = (guint8) dd;
        }
      else
        {
          date->month = (guint8) pv.sub_n;
          date->day = (guint8) pv.day;
        }
      /* SlDate holds no clock time: times are known to their day here */
      date->prec = SL_PREC_DAY;
      break;
    }
  return TRUE;
}

char *
sl_time_format_day (SlTime t, char *buf, gsize len)
{
  gint64 y;
  guint m, d;

  g_return_val_if_fail (buf != NULL && len > 0, NULL);

  sl_time_to_ymd (t, &y, &m, &d);
  if (y >= 0 && y <= 9999)
    g_snprintf (buf, len, "%04d-%02u-%02u", (int) y, m, d);
  else
    g_snprintf (buf, len, "%" G_GINT64_FORMAT "-%02u-%02u", y, m, d);
  return buf;
}

gboolean
sl_time_interval_sane (SlTime start, SlTime end)
{
  return start <= end && start >= -SL_TIME_LIMIT && end <= SL_TIME_LIMIT;
}

/* ---- Dates in words: one wording for every view that names a date ---- */

char *
sl_time_describe_day (SlTime t, const char *fmt)
{
  g_autoptr (GDateTime) dt = g_date_time_new_from_unix_utc (t);

  return dt ? g_date_time_format (dt, fmt) : g_strdup ("?");
}

char *
sl_time_describe_interval (SlTime start, SlTime end)
{
  gint64 y0, y1;
  guint m0, m1, d0, d1;

  if (end <= start + SL_DAY)
    /* TRANSLATORS: a day as g_date_time_format() writes it: "28 March 2024"; put the day,
     * month (%B) and year (%Y) in your language's order */
    return sl_time_describe_day (start, C_("full date", "%-d %B %Y"));
  sl_time_to_ymd (start, &y0, &m0, &d0);
  sl_time_to_ymd (end, &y1, &m1, &d1);
  if (d0 == 1 && d1 == 1 && start % SL_DAY == 0 && end % SL_DAY == 0)
    {
      if (m0 == 1 && m1 == 1 && y1 == y0 + 1)
        return g_strdup_printf ("%" G_GINT64_FORMAT, y0);
      if ((y1 == y0 && m1 == m0 + 1) || (y1 == y0 + 1 && m0 == 12 && m1 == 1))
        /* TRANSLATORS: a month as g_date_time_format() writes it: "March 2024" */
        return sl_time_describe_day (start, C_("month and year", "%B %Y"));
    }
  {
    /* TRANSLATORS: a day without its year, as g_date_time_format() writes it: "28 March" */
    g_autofree char *a = sl_time_describe_day (start, y0 == y1 ? C_("day and month", "%-d %B")
                                                          : C_("full date", "%-d %B %Y"));
    g_autofree char *b = sl_time_describe_day (end - 1, C_("full date", "%-d %B %Y"));

    /* TRANSLATORS: a date range, "1 April – 10 April 2024" */
    return g_strdup_printf (_("%s – %s"), a, b);
  }
}

/* One end of a span at the precision it is known to: the decade or the year of an interval
 * of whole years, else the month, with its year when asked (fmt). */
static char *
span_end (SlTime start, SlTime end, gboolean first, const char *fmt)
{
  gint64 y0, y1;
  guint m0, m1, d0, d1;

  sl_time_to_ymd (start, &y0, &m0, &d0);
  sl_time_to_ymd (end, &y1, &m1, &d1);
  if (start % SL_DAY == 0 && end % SL_DAY == 0 && d0 == 1 && d1 == 1 && m0 == 1 && m1 == 1 && y1 > y0)
    {
      if (y1 - y0 == 10 && y0 % 10 == 0)
        {
          g_autofree char *year = g_strdup_printf ("%" G_GINT64_FORMAT, y0);

          /* TRANSLATORS: a decade, "1970s"; %s is its first year */
          return g_strdup_printf (C_("decade", "%ss"), year);
        }
      return g_strdup_printf ("%" G_GINT64_FORMAT, first ? y0 : y1 - 1);
    }
  return sl_time_describe_day (first ? start : end - 1, fmt);
}

char *
sl_time_describe_span (SlTime first_start, SlTime first_end, SlTime last_start, SlTime last_end)
{
  SlTime t0 = first_start, t1 = MAX (last_end, last_start + 1);
  gint64 y0, y1;
  guint m0, m1, d0, d1;
  g_autofree char *a = NULL, *b = NULL;

  sl_time_to_ymd (t0, &y0, &m0, &d0);
  sl_time_to_ymd (t1 - 1, &y1, &m1, &d1);
  /* TRANSLATORS: a month, abbreviated, as g_date_time_format() writes it: "Mar 2024" */
  b = span_end (last_start, t1, FALSE, C_("short month and year", "%b %Y"));
  a = span_end (first_start, MAX (first_end, first_start + 1), TRUE,
                y0 == y1 ? "%b" : C_("short month and year", "%b %Y"));
  if (strcmp (a, b) == 0 || (y0 == y1 && m0 == m1 && !g_ascii_isdigit (*a)))
    return g_steal_pointer (&b);
  /* a year alone after a month of that year: "Mar – 2024" would not read */
  if (y0 == y1 && !g_ascii_isdigit (*a) && g_ascii_isdigit (*b))
    {
      g_free (a);
      a = sl_time_describe_day (t0, C_("short month and year", "%b %Y"));
    }
  /* TRANSLATORS: a date range, "Sep 2023 – Aug 2024" */
  return g_strdup_printf (_("%s – %s"), a, b);
}
