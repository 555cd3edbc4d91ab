/* sl-time.h: calendar arithmetic and TIMEX3 value ↔ interval mapping.
 *
 * Sourceline keeps every date as an interval [start, end) of SlTime, seconds since
 * 1970-01-01T00:00:00 UTC on the proleptic Gregorian calendar, so that "early April 2024",
 * "2024" and "the 1970s" can all be drawn and queried the same way.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef gint64 SlTime;

#define SL_DAY ((SlTime) 86400)

typedef enum
{
  SL_MOD_NONE = 0,
  SL_MOD_START,
  SL_MOD_MID,
  SL_MOD_END,
  SL_MOD_APPROX,
  SL_MOD_LESS_THAN,
  SL_MOD_MORE_THAN,
  SL_MOD_EQUAL_OR_LESS,
  SL_MOD_EQUAL_OR_MORE,
  SL_MOD_BEFORE,
  SL_MOD_AFTER,
  SL_MOD_ON_OR_BEFORE,
  SL_MOD_ON_OR_AFTER,
  SL_MOD_COUNT
} SlMod;

/* How finely a date value is known, coarse to fine. */
typedef enum
{
  SL_PREC_NONE = 0,
  SL_PREC_CENTURY,
  SL_PREC_DECADE,
  SL_PREC_YEAR,
  SL_PREC_HALF,
  SL_PREC_QUARTER,
  SL_PREC_SEASON,
  SL_PREC_MONTH,
  SL_PREC_WEEK,
  SL_PREC_DAY,
  SL_PREC_HOUR,
  SL_PREC_MINUTE,
  SL_PREC_SECOND
} SlPrecision;

/* A calendar date known to some precision (fields finer than prec are 0/ignored).
 * Decades and centuries keep their first year (1970, 1900). Below a year, month holds the
 * half (1-2), quarter (1-4) or season (1 SP, 2 SU, 3 FA, 4 WI) for those precisions, and
 * day holds the ISO week number for SL_PREC_WEEK. */
typedef struct
{
  gint32 year;
  guint8 month; /* 1..12, 0 when unknown */
  guint8 day;   /* 1..31, 0 when unknown */
  guint8 prec;  /* SlPrecision */
} SlDate;

gint64       sl_days_from_civil     (gint64 y, guint m, guint d);
void         sl_civil_from_days     (gint64 days, gint64 *y, guint *m, guint *d);
guint        sl_days_in_month       (gint64 y, guint m);
gboolean     sl_is_leap_year        (gint64 y);
/* 0 = Monday … 6 = Sunday */
guint        sl_weekday_from_days   (gint64 days);

SlTime       sl_time_from_ymd       (gint64 y, guint m, guint d);
void         sl_time_to_ymd         (SlTime t, gint64 *y, guint *m, guint *d);

/* Maps a TIMEX3 value ("2024-03-28", "2024-03", "2024-Q1", "2024-W14", "2024-SP", "197",
 * "19", "2024-03-28T15:00", "XXXX-03-28" is not resolvable) and a mod to [start, end).
 * Returns FALSE for values that denote no calendar interval (durations, sets, PRESENT_REF …). */
gboolean     sl_time_interval_from_value (const char *value,
                                          SlMod       mod,
                                          SlTime     *start,
                                          SlTime     *end);

/* Precision implied by a TIMEX3 date value, SL_PREC_NONE if it is not one. */
SlPrecision  sl_precision_of_value  (const char *value);

const char  *sl_mod_to_string       (SlMod mod);    /* NULL for SL_MOD_NONE */
SlMod        sl_mod_from_string     (const char *s);

/* Formats an SlDate as a TIMEX3 value at its precision into buf (>= 16 bytes). */
char        *sl_date_to_value       (const SlDate *date, char *buf, gsize len);
gboolean     sl_date_from_value     (const char *value, SlDate *date);

/* The furthest from 1970 a time may lie, either way: about 12,000 years, beyond any date the
 * views draw, and far enough inside the 64-bit range that differences never overflow. */
#define SL_TIME_LIMIT G_GINT64_CONSTANT (400000000000)

/* Whether [start, end) is an interval Sourceline can hold: in order and within
 * SL_TIME_LIMIT (start == end == 0, "no interval", is one). Times read from a file pass
 * through this before any arithmetic. */
gboolean     sl_time_interval_sane  (SlTime start, SlTime end);

/* "2024-03-28" style for day starts (UTC); buf >= 32 bytes. */
char        *sl_time_format_day     (SlTime t, char *buf, gsize len);

/* One instant formatted with g_date_time_format's fmt, in UTC; "?" when out of range. */
char        *sl_time_describe_day      (SlTime t, const char *fmt);
/* [start, end) at the precision it is known to, as a person says it and as the detail pane,
 * the timeline's tooltips and the presentation write it: "28 March 2024", "March 2024",
 * "2024", or "1 April – 10 April 2024", in the locale's month names. */
char        *sl_time_describe_interval (SlTime start, SlTime end);
/* The span from the earliest event [first_start, first_end) to the latest [last_start,
 * last_end), short, as the window's subtitle writes it: "Sep 2023 – Aug 2024"; an end dated
 * only to its year or decade is written so ("1970s – May 2024", not "Jan 1970"). */
char        *sl_time_describe_span     (SlTime first_start, SlTime first_end,
                                        SlTime last_start, SlTime last_end);

G_END_DECLS
