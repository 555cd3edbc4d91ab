/* sl-timex-date.h: calendar arithmetic on SlDate values of any precision for the timex
 * tagger — shifting "a year earlier" from a quarter keeps the quarter, truncating a day to
 * its ISO week, the nearest occurrence of a month-day or weekday around a reference. */
#pragma once

#include "model/sl-time.h"
#include "sl-timex-scan.h"

G_BEGIN_DECLS

gint64  sl_timex_date_first_day (const SlDate *d);
gint64  sl_timex_date_last_day  (const SlDate *d);
SlDate  sl_timex_date_from_days (gint64 days);
SlDate  sl_timex_date_truncate  (const SlDate *d, SlPrecision prec);
SlDate  sl_timex_date_shift     (const SlDate *d, SlUnit unit, gint64 n);
/* The precision a calendar unit names ("a year ago" → SL_PREC_YEAR). */
SlPrecision sl_timex_unit_precision (SlUnit unit);
/* ISO-8601 week (and its year) of a day. */
void    sl_timex_iso_week       (gint64 days, gint32 *week_year, guint *week);
gboolean sl_timex_date_valid    (const SlDate *d);

G_END_DECLS
