/* sl-timex-date.c: SlDate arithmetic at the date's own precision. */
#include "sl-timex-date.h"

static gint64
iso_week1_monday (gint64 y)
{
  gint64 jan4 = sl_days_from_civil (y, 1, 4);

  return jan4 - sl_weekday_from_days (jan4);
}

void
sl_timex_iso_week (gint64 days, gint32 *week_year, guint *week)
{
  gint64 thursday = days - sl_weekday_from_days (days) + 3;
  gint64 y;

  sl_civil_from_days (thursday, &y, NULL, NULL);
  *week_year = (gint32) y;
  *week = (guint) ((thursday - iso_week1_monday (y)) / 7 + 1);
}

gboolean
sl_timex_date_valid (const SlDate *d)
{
  if (d->prec == SL_PREC_NONE || d->year < 1 || d->year > 9999)
    return FALSE;
  switch ((SlPrecision) d->prec)
    {
    case SL_PREC_HALF:
      return d->month >= 1 && d->month <= 2;
    case SL_PREC_QUARTER:
    case SL_PREC_SEASON:
      return d->month >= 1 && d->month <= 4;
    case SL_PREC_MONTH:
      return d->month >= 1 && d->month <= 12;
    case SL_PREC_WEEK:
      return d->day >= 1 && d->day <= 53;
    case SL_PREC_DAY:
    case SL_PREC_HOUR:
    case SL_PREC_MINUTE:
    case SL_PREC_SECOND:
      return d->month >= 1 && d->month <= 12 && d->day >= 1
             && d->day <= sl_days_in_month (d->year, d->month);
    case SL_PREC_NONE:
    case SL_PREC_CENTURY:
    case SL_PREC_DECADE:
    case SL_PREC_YEAR:
    default:
      return TRUE;
    }
}

gint64
sl_timex_date_first_day (const SlDate *d)
{
  gint64 y = d->year;

  switch ((SlPrecision) d->prec)
    {
    case SL_PREC_CENTURY:
      return sl_days_from_civil (y - y % 100, 1, 1);
    case SL_PREC_DECADE:
      return sl_days_from_civil (y - y % 10, 1, 1);
    case SL_PREC_YEAR:
      return sl_days_from_civil (y, 1, 1);
    case SL_PREC_HALF:
      return sl_days_from_civil (y, d->month == 2 ? 7 : 1, 1);
    case SL_PREC_QUARTER:
      return sl_days_from_civil (y, 3 * (CLAMP (d->month, 1, 4) - 1) + 1, 1);
    case SL_PREC_SEASON:
      return sl_days_from_civil (y, 3 * CLAMP (d->month, 1, 4), 1);
    case SL_PREC_MONTH:
      return sl_days_from_civil (y, CLAMP (d->month, 1, 12), 1);
    case SL_PREC_WEEK:
      return iso_week1_monday (y) + 7 * ((gint64) CLAMP (d->day, 1, 53) - 1);
    case SL_PREC_DAY:
    case SL_PREC_HOUR:
    case SL_PREC_MINUTE:
    case SL_PREC_SECOND:
    case SL_PREC_NONE:
    default:
      return sl_days_from_civil (y, CLAMP (d->month, 1, 12), CLAMP (d->day, 1, 31));
    }
}

gint64
sl_timex_date_last_day (const SlDate *d)
{
  gint64 y = d->year;

  switch ((SlPrecision) d->prec)
    {
    case SL_PREC_CENTURY:
      return sl_days_from_civil (y - y % 100 + 100, 1, 1) - 1;
    case SL_PREC_DECADE:
      return sl_days_from_civil (y - y % 10 + 10, 1, 1) - 1;
    case SL_PREC_YEAR:
      return sl_days_from_civil (y + 1, 1, 1) - 1;
    case SL_PREC_HALF:
      return d->month == 2 ? sl_days_from_civil (y + 1, 1, 1) - 1
                           : sl_days_from_civil (y, 7, 1) - 1;
    case SL_PREC_QUARTER:
      {
        guint q = CLAMP (d->month, 1, 4);
        return q == 4 ? sl_days_from_civil (y + 1, 1, 1) - 1
                      : sl_days_from_civil (y, 3 * q + 1, 1) - 1;
      }
    case SL_PREC_SEASON:
      {
        guint s = CLAMP (d->month, 1, 4);
        return s == 4 ? sl_days_from_civil (y + 1, 3, 1) - 1
                      : sl_days_from_civil (y, 3 * s + 3, 1) - 1;
      }
    case SL_PREC_MONTH:
      {
        guint m = CLAMP (d->month, 1, 12);
        return sl_days_from_civil (y, m, 1) + sl_days_in_month (y, m) - 1;
      }
    case SL_PREC_WEEK:
      return sl_timex_date_first_day (d) + 6;
    case SL_PREC_DAY:
    case SL_PREC_HOUR:
    case SL_PREC_MINUTE:
    case SL_PREC_SECOND:
    case SL_PREC_NONE:
    default:
      return sl_timex_date_first_day (d);
    }
}

SlDate
sl_timex_date_from_days (gint64 days)
{
  SlDate d = { 0 };
  gint64 y;
  guint m, dd;

  sl_civil_from_days (days, &y, &m, &dd);
  d.year = (gint32) CLAMP (y, -99999, 99999);
  d.month = (guint8) m;
  d.day = (guint8) dd;
  d.prec = SL_PREC_DAY;
  return d;
}

SlDate
sl_timex_date_truncate (const SlDate *d, SlPrecision prec)
{
  SlDate r = *d;
  gint64 first;

  if (prec >= d->prec)
    return r;
  first = sl_timex_date_first_day (d);
  r = sl_timex_date_from_days (first);
  r.prec = (guint8) prec;
  switch (prec)
    {
    case SL_PREC_CENTURY:
      r.year -= r.year % 100;
      r.month = r.day = 0;
      break;
    case SL_PREC_DECADE:
      r.year -= r.year % 10;
      r.month = r.day = 0;
      break;
    case SL_PREC_YEAR:
      /* a week keeps its ISO year; anything else the year of its first day */
      if (d->prec == SL_PREC_WEEK)
        r.year = d->year;
      r.month = r.day = 0;
      break;
    case SL_PREC_HALF:
      r.month = r.month <= 6 ? 1 : 2;
      r.day = 0;
      break;
    case SL_PREC_QUARTER:
      r.month = (guint8) ((r.month - 1) / 3 + 1);
      r.day = 0;
      break;
    case SL_PREC_SEASON:
      if (r.month == 12)
        r.month = 4;
      else if (r.month <= 2)
        {
          r.year -= 1;
          r.month = 4;
        }
      else
        r.month = (guint8) (r.month / 3);
      r.day = 0;
      break;
    case SL_PREC_MONTH:
      r.day = 0;
      break;
    case SL_PREC_WEEK:
      {
        gint32 wy;
        guint w;
        sl_timex_iso_week (first, &wy, &w);
        r.year = wy;
        r.month = 0;
        r.day = (guint8) w;
      }
      break;
    case SL_PREC_NONE:
    case SL_PREC_DAY:
    case SL_PREC_HOUR:
    case SL_PREC_MINUTE:
    case SL_PREC_SECOND:
    default:
      break;
    }
  return r;
}

SlPrecision
sl_timex_unit_precision (SlUnit unit)
{
  switch (unit)
    {
    case SL_UNIT_SECOND: return SL_PREC_SECOND;
    case SL_UNIT_MINUTE: return SL_PREC_MINUTE;
    case SL_UNIT_HOUR: return SL_PREC_HOUR;
    case SL_UNIT_NIGHT:
    case SL_UNIT_DAY: return SL_PREC_DAY;
    case SL_UNIT_WEEKEND:
    case SL_UNIT_FORTNIGHT:
    case SL_UNIT_WEEK: return SL_PREC_WEEK;
    case SL_UNIT_MONTH: return SL_PREC_MONTH;
    case SL_UNIT_SEASON: return SL_PREC_SEASON;
    case SL_UNIT_QUARTER: return SL_PREC_QUARTER;
    case SL_UNIT_HALF: return SL_PREC_HALF;
    case SL_UNIT_YEAR: return SL_PREC_YEAR;
    case SL_UNIT_DECADE: return SL_PREC_DECADE;
    case SL_UNIT_MILLENNIUM:
    case SL_UNIT_CENTURY: return SL_PREC_CENTURY;
    case SL_UNIT_NONE:
    default: return SL_PREC_NONE;
    }
}

/* Months in one unit, 0 for units shorter than a month. */
static gint64
unit_months (SlUnit unit)
{
  switch (unit)
    {
    case SL_UNIT_MONTH: return 1;
    case SL_UNIT_QUARTER:
    case SL_UNIT_SEASON: return 3;
    case SL_UNIT_HALF: return 6;
    case SL_UNIT_YEAR: return 12;
    case SL_UNIT_DECADE: return 120;
    case SL_UNIT_CENTURY: return 1200;
    case SL_UNIT_MILLENNIUM: return 12000;
    case SL_UNIT_NONE:
    case SL_UNIT_SECOND:
    case SL_UNIT_MINUTE:
    case SL_UNIT_HOUR:
    case SL_UNIT_DAY:
    case SL_UNIT_NIGHT:
    case SL_UNIT_WEEK:
    case SL_UNIT_WEEKEND:
    case SL_UNIT_FORTNIGHT:
    default: return 0;
    }
}

static gint64
unit_days (SlUnit unit)
{
  switch (unit)
    {
    case SL_UNIT_DAY:
    case SL_UNIT_NIGHT: return 1;
    case SL_UNIT_WEEK:
    case SL_UNIT_WEEKEND: return 7;
    case SL_UNIT_FORTNIGHT: return 14;
    case SL_UNIT_NONE:
    case SL_UNIT_SECOND:
    case SL_UNIT_MINUTE:
    case SL_UNIT_HOUR:
    case SL_UNIT_MONTH:
    case SL_UNIT_QUARTER:
    case SL_UNIT_SEASON:
    case SL_UNIT_HALF:
    case SL_UNIT_YEAR:
    case SL_UNIT_DECADE:
    case SL_UNIT_CENTURY:
    case SL_UNIT_MILLENNIUM:
    default: return 0;
    }
}

static gint64
floor_div (gint64 a, gint64 b)
{
  gint64 q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

/* Shifts d by n units, keeping d's precision: a quarter moved by a year stays a quarter. */
SlDate
sl_timex_date_shift (const SlDate *d, SlUnit unit, gint64 n)
{
  SlDate r = *d;
  gint64 months = unit_months (unit) * n;
  gint64 days = unit_days (unit) * n;

  n = CLAMP (n, -100000, 100000);
  switch ((SlPrecision) d->prec)
    {
    case SL_PREC_DAY:
    case SL_PREC_HOUR:
    case SL_PREC_MINUTE:
    case SL_PREC_SECOND:
      if (months != 0)
        {
          gint64 mi = (gint64) d->year * 12 + (d->month - 1) + months;
          gint64 y = floor_div (mi, 12);
          guint m = (guint) (mi - y * 12) + 1;
          r.year = (gint32) CLAMP (y, -99999, 99999);
          r.month = (guint8) m;
          r.day = (guint8) MIN ((guint) d->day, sl_days_in_month (y, m));
        }
      else if (days != 0)
        {
          guint8 prec = r.prec;
          r = sl_timex_date_from_days (sl_timex_date_first_day (d) + days);
          r.prec = prec;
        }
      break;
    case SL_PREC_WEEK:
      {
        gint64 monday = sl_timex_date_first_day (d);
        gint32 wy;
        guint w;

        if (months != 0)
          {
            /* same week number, other year, when moving by whole years */
            if (months % 12 == 0)
              {
                r.year = (gint32) CLAMP (d->year + months / 12, -99999, 99999);
                if (r.day == 53
                    && (iso_week1_monday (r.year + 1) - iso_week1_monday (r.year)) / 7 < 53)
                  r.day = 52;
                break;
              }
            monday += months * 30;
          }
        else
          monday += days;
        sl_timex_iso_week (monday, &wy, &w);
        r.year = wy;
        r.day = (guint8) w;
      }
      break;
    case SL_PREC_MONTH:
      {
        gint64 mi = (gint64) d->year * 12 + (d->month - 1);
        mi += months != 0 ? months : floor_div (days + 15, 30);
        r.year = (gint32) CLAMP (floor_div (mi, 12), -99999, 99999);
        r.month = (guint8) (mi - floor_div (mi, 12) * 12 + 1);
      }
      break;
    case SL_PREC_QUARTER:
    case SL_PREC_SEASON:
      {
        gint64 qi = (gint64) d->year * 4 + (d->month - 1) + floor_div (months, 3);
        r.year = (gint32) CLAMP (floor_div (qi, 4), -99999, 99999);
        r.month = (guint8) (qi - floor_div (qi, 4) * 4 + 1);
      }
      break;
    case SL_PREC_HALF:
      {
        gint64 hi = (gint64) d->year * 2 + (d->month - 1) + floor_div (months, 6);
        r.year = (gint32) CLAMP (floor_div (hi, 2), -99999, 99999);
        r.month = (guint8) (hi - floor_div (hi, 2) * 2 + 1);
      }
      break;
    case SL_PREC_YEAR:
    case SL_PREC_DECADE:
    case SL_PREC_CENTURY:
      r.year = (gint32) CLAMP (d->year + floor_div (months, 12), -99999, 99999);
      if (d->prec == SL_PREC_DECADE)
        r.year -= ((r.year % 10) + 10) % 10;
      else if (d->prec == SL_PREC_CENTURY)
        r.year -= ((r.year % 100) + 100) % 100;
      break;
    case SL_PREC_NONE:
    default:
      break;
    }
  return r;
}
