/* test-time.c: calendar arithmetic and the intervals the timeline draws for TIMEX3 values. */
#include "model/sl-time.h"

static void
test_civil_round_trip (void)
{
  /* every day from 1600 to 2400 maps back to itself, and weekdays advance by one */
  gint64 first = sl_days_from_civil (1600, 1, 1);
  gint64 last = sl_days_from_civil (2400, 12, 31);
  guint prev_wd = sl_weekday_from_days (first - 1);

  for (gint64 day = first; day <= last; day++)
    {
      gint64 y;
      guint m, d;

      sl_civil_from_days (day, &y, &m, &d);
      g_assert_cmpint (sl_days_from_civil (y, m, d), ==, day);
      g_assert_cmpuint (d, <=, sl_days_in_month (y, m));
      g_assert_cmpuint (sl_weekday_from_days (day), ==, (prev_wd + 1) % 7);
      prev_wd = sl_weekday_from_days (day);
    }

  g_assert_cmpint (sl_days_from_civil (1970, 1, 1), ==, 0);
  g_assert_cmpint (sl_days_from_civil (2000, 3, 1), ==, 11017);
  g_assert_cmpint (sl_days_from_civil (1969, 12, 31), ==, -1);
  /* 2024-03-28 was a Thursday, 1970-01-01 a Thursday, 2000-01-01 a Saturday */
  g_assert_cmpuint (sl_weekday_from_days (sl_days_from_civil (2024, 3, 28)), ==, 3);
  g_assert_cmpuint (sl_weekday_from_days (0), ==, 3);
  g_assert_cmpuint (sl_weekday_from_days (sl_days_from_civil (2000, 1, 1)), ==, 5);
}

static void
test_leap_years (void)
{
  g_assert_true (sl_is_leap_year (2024));
  g_assert_true (sl_is_leap_year (2000));
  g_assert_false (sl_is_leap_year (1900));
  g_assert_false (sl_is_leap_year (2023));
  g_assert_cmpuint (sl_days_in_month (2024, 2), ==, 29);
  g_assert_cmpuint (sl_days_in_month (2100, 2), ==, 28);
  g_assert_cmpuint (sl_days_in_month (2024, 4), ==, 30);
  g_assert_cmpuint (sl_days_in_month (2024, 13), ==, 0);
}

static void
test_time_ymd (void)
{
  gint64 y;
  guint m, d;
  char buf[32];

  g_assert_cmpint (sl_time_from_ymd (2024, 3, 28), ==, (SlTime) 1711584000);
  sl_time_to_ymd (1711584000 + 15 * 3600, &y, &m, &d);
  g_assert_cmpint (y, ==, 2024);
  g_assert_cmpuint (m, ==, 3);
  g_assert_cmpuint (d, ==, 28);
  /* a moment before 1970 belongs to the day it falls in, not the next one */
  sl_time_to_ymd (-1, &y, &m, &d);
  g_assert_cmpint (y, ==, 1969);
  g_assert_cmpuint (m, ==, 12);
  g_assert_cmpuint (d, ==, 31);
  g_assert_cmpstr (sl_time_format_day (sl_time_from_ymd (1976, 7, 4), buf, sizeof buf), ==,
                   "1976-07-04");
}

typedef struct
{
  const char *value;
  SlMod       mod;
  const char *first; /* first day, inclusive */
  const char *last;  /* last day, inclusive */
} IntervalRow;

static const IntervalRow interval_rows[] = {
  { "2024", SL_MOD_NONE, "2024-01-01", "2024-12-31" },
  { "2024-03", SL_MOD_NONE, "2024-03-01", "2024-03-31" },
  { "2024-02", SL_MOD_NONE, "2024-02-01", "2024-02-29" },
  { "2023-02", SL_MOD_NONE, "2023-02-01", "2023-02-28" },
  { "2024-03-28", SL_MOD_NONE, "2024-03-28", "2024-03-28" },
  { "2024-W14", SL_MOD_NONE, "2024-04-01", "2024-04-07" },
  { "2020-W53", SL_MOD_NONE, "2020-12-28", "2021-01-03" },
  { "2021-W01", SL_MOD_NONE, "2021-01-04", "2021-01-10" },
  { "2024-W01", SL_MOD_NONE, "2024-01-01", "2024-01-07" },
  { "2024-W14-WE", SL_MOD_NONE, "2024-04-06", "2024-04-07" },
  { "2024-W14-3", SL_MOD_NONE, "2024-04-03", "2024-04-03" },
  { "2024-Q1", SL_MOD_NONE, "2024-01-01", "2024-03-31" },
  { "2024-Q4", SL_MOD_NONE, "2024-10-01", "2024-12-31" },
  { "2024-H1", SL_MOD_NONE, "2024-01-01", "2024-06-30" },
  { "2024-H2", SL_MOD_NONE, "2024-07-01", "2024-12-31" },
  { "2024-SP", SL_MOD_NONE, "2024-03-01", "2024-05-31" },
  { "2024-SU", SL_MOD_NONE, "2024-06-01", "2024-08-31" },
  { "2024-FA", SL_MOD_NONE, "2024-09-01", "2024-11-30" },
  { "2023-WI", SL_MOD_NONE, "2023-12-01", "2024-02-29" },
  { "197", SL_MOD_NONE, "1970-01-01", "1979-12-31" },
  { "203", SL_MOD_NONE, "2030-01-01", "2039-12-31" },
  { "19", SL_MOD_NONE, "1900-01-01", "1999-12-31" },
  { "2024-03-28T15:00", SL_MOD_NONE, "2024-03-28", "2024-03-28" },
  /* thirds: early April is April 1–10, mid April 11–20, late April 21–30 */
  { "2024-04", SL_MOD_START, "2024-04-01", "2024-04-10" },
  { "2024-04", SL_MOD_MID, "2024-04-11", "2024-04-20" },
  { "2024-04", SL_MOD_END, "2024-04-21", "2024-04-30" },
  { "2024-03", SL_MOD_START, "2024-03-01", "2024-03-10" },
  { "2024-03", SL_MOD_END, "2024-03-22", "2024-03-31" },
  /* a year splits into four-month thirds, a decade into forty months */
  { "1996", SL_MOD_MID, "1996-05-01", "1996-08-31" },
  { "2024", SL_MOD_START, "2024-01-01", "2024-04-30" },
  { "2024", SL_MOD_END, "2024-09-01", "2024-12-31" },
  { "199", SL_MOD_END, "1996-09-01", "1999-12-31" },
  { "2024-Q2", SL_MOD_START, "2024-04-01", "2024-04-30" },
  /* mods that do not split keep the whole interval */
  { "2024-04", SL_MOD_APPROX, "2024-04-01", "2024-04-30" },
  { "2024", SL_MOD_BEFORE, "2024-01-01", "2024-12-31" },
  { "2024-03-28", SL_MOD_ON_OR_AFTER, "2024-03-28", "2024-03-28" },
};

static void
test_intervals (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (interval_rows); i++)
    {
      const IntervalRow *row = &interval_rows[i];
      SlTime start, end;
      char first[32], last[32];

      g_test_message ("%s %s", row->value, row->mod ? sl_mod_to_string (row->mod) : "");
      g_assert_true (sl_time_interval_from_value (row->value, row->mod, &start, &end));
      g_assert_cmpint (start, <, end);
      sl_time_format_day (start, first, sizeof first);
      sl_time_format_day (end - 1, last, sizeof last);
      g_assert_cmpstr (first, ==, row->first);
      g_assert_cmpstr (last, ==, row->last);
    }
}

static void
test_clock_times (void)
{
  SlTime start, end;

  g_assert_true (sl_time_interval_from_value ("2024-03-28T15:00", SL_MOD_NONE, &start, &end));
  g_assert_cmpint (start, ==, sl_time_from_ymd (2024, 3, 28) + 15 * 3600);
  g_assert_cmpint (end - start, ==, 60);

  g_assert_true (sl_time_interval_from_value ("2024-03-28T15", SL_MOD_NONE, &start, &end));
  g_assert_cmpint (end - start, ==, 3600);

  /* 10:30 in New York (UTC-5) is 15:30 UTC */
  g_assert_true (sl_time_interval_from_value ("1998-01-08T10:30-05:00", SL_MOD_NONE,
                                              &start, &end));
  g_assert_cmpint (start, ==, sl_time_from_ymd (1998, 1, 8) + 15 * 3600 + 30 * 60);

  g_assert_true (sl_time_interval_from_value ("2024-03-28T10:30:15Z", SL_MOD_NONE,
                                              &start, &end));
  g_assert_cmpint (end - start, ==, 1);

  /* "Thursday morning" */
  g_assert_true (sl_time_interval_from_value ("2024-03-28TMO", SL_MOD_NONE, &start, &end));
  g_assert_cmpint (start, ==, sl_time_from_ymd (2024, 3, 28) + 6 * 3600);
  g_assert_cmpint (end, ==, sl_time_from_ymd (2024, 3, 28) + 12 * 3600);
}

static void
test_unresolvable (void)
{
  static const char *const values[] = {
    "XXXX-03-28", "PRESENT_REF", "PAST_REF", "FUTURE_REF", "P2Y", "PT3H", "XXXX-WXX-1",
    "", "2024-13", "2023-02-29", "2024-04-31", "2024-W54", "2023-W53", "2024-Q5", "2024-H3",
    "2024-XX", "20245", "2024-03-28T25:00", "2024-03-28X", "abc", "2024-", "2024-03-",
  };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      SlTime start = 42, end = 42;

      g_test_message ("%s", values[i]);
      g_assert_false (sl_time_interval_from_value (values[i], SL_MOD_NONE, &start, &end));
      g_assert_cmpint (start, ==, 0);
      g_assert_cmpint (end, ==, 0);
      g_assert_cmpint (sl_precision_of_value (values[i]), ==, SL_PREC_NONE);
    }
  {
    SlTime start, end;
    g_assert_false (sl_time_interval_from_value (NULL, SL_MOD_NONE, &start, &end));
  }
}

static void
test_precision (void)
{
  g_assert_cmpint (sl_precision_of_value ("19"), ==, SL_PREC_CENTURY);
  g_assert_cmpint (sl_precision_of_value ("197"), ==, SL_PREC_DECADE);
  g_assert_cmpint (sl_precision_of_value ("2024"), ==, SL_PREC_YEAR);
  g_assert_cmpint (sl_precision_of_value ("2024-H1"), ==, SL_PREC_HALF);
  g_assert_cmpint (sl_precision_of_value ("2024-Q1"), ==, SL_PREC_QUARTER);
  g_assert_cmpint (sl_precision_of_value ("2024-WI"), ==, SL_PREC_SEASON);
  g_assert_cmpint (sl_precision_of_value ("2024-05"), ==, SL_PREC_MONTH);
  g_assert_cmpint (sl_precision_of_value ("2024-W14"), ==, SL_PREC_WEEK);
  g_assert_cmpint (sl_precision_of_value ("2024-05-02"), ==, SL_PREC_DAY);
  g_assert_cmpint (sl_precision_of_value ("2024-05-02T15"), ==, SL_PREC_HOUR);
  g_assert_cmpint (sl_precision_of_value ("2024-05-02T15:00"), ==, SL_PREC_MINUTE);
  g_assert_cmpint (sl_precision_of_value ("2024-05-02T15:00:01"), ==, SL_PREC_SECOND);
}

static void
test_mod_strings (void)
{
  for (guint m = SL_MOD_START; m < SL_MOD_COUNT; m++)
    g_assert_cmpint (sl_mod_from_string (sl_mod_to_string ((SlMod) m)), ==, m);
  g_assert_null (sl_mod_to_string (SL_MOD_NONE));
  g_assert_cmpstr (sl_mod_to_string (SL_MOD_START), ==, "START");
  g_assert_cmpint (sl_mod_from_string ("approx"), ==, SL_MOD_APPROX);
  g_assert_cmpint (sl_mod_from_string ("sometime"), ==, SL_MOD_NONE);
  g_assert_cmpint (sl_mod_from_string (NULL), ==, SL_MOD_NONE);
}

static void
test_date_values (void)
{
  static const char *const values[] = {
    "19", "197", "2024", "2024-H2", "2024-Q3", "2024-SP", "2023-WI", "2024-05", "2024-W14",
    "2024-05-02",
  };
  char buf[32];

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      SlDate date;

      g_assert_true (sl_date_from_value (values[i], &date));
      g_assert_cmpstr (sl_date_to_value (&date, buf, sizeof buf), ==, values[i]);
    }

  {
    SlDate date;
    g_assert_true (sl_date_from_value ("197", &date));
    g_assert_cmpint (date.year, ==, 1970);
    g_assert_true (sl_date_from_value ("2024-03-28T15:00", &date));
    g_assert_cmpint (date.prec, ==, SL_PREC_DAY);
    g_assert_cmpuint (date.day, ==, 28);
    g_assert_false (sl_date_from_value ("XXXX-03-28", &date));
    g_assert_cmpint (date.prec, ==, SL_PREC_NONE);
  }
  {
    SlDate none = { 0 };
    g_assert_cmpstr (sl_date_to_value (&none, buf, sizeof buf), ==, "");
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/time/civil-round-trip", test_civil_round_trip);
  g_test_add_func ("/time/leap-years", test_leap_years);
  g_test_add_func ("/time/ymd", test_time_ymd);
  g_test_add_func ("/time/intervals", test_intervals);
  g_test_add_func ("/time/clock-times", test_clock_times);
  g_test_add_func ("/time/unresolvable", test_unresolvable);
  g_test_add_func ("/time/precision", test_precision);
  g_test_add_func ("/time/mod-strings", test_mod_strings);
  g_test_add_func ("/time/date-values", test_date_values);
  return g_test_run ();
}
