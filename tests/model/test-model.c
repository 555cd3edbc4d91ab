/* Model: what the views ask of it — events by time range, sources merged by alias, the
 * chain behind an event and the events behind a source. */
#include <string.h>

#include "model/sl-model.h"

static guint32
add_event_on (SlModel *model, const char *value, const guint32 *claims, guint n_claims)
{
  SlEvent ev = { 0 };

  g_assert_true (sl_time_interval_from_value (value, SL_MOD_NONE, &ev.start, &ev.end_t));
  ev.when = sl_model_intern (model, value);
  ev.label = sl_model_intern (model, value);
  return sl_model_add_event (model, &ev, claims, n_claims, NULL, 0);
}

static void
test_range_query (void)
{
  g_autoptr (SlModel) model = sl_model_new ();
  g_autoptr (GArray) out = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint32 summit = add_event_on (model, "2023-09", NULL, 0);
  guint32 veto = add_event_on (model, "2024-03-28", NULL, 0);
  guint32 statement = add_event_on (model, "2024-05-02", NULL, 0);
  guint32 decade = add_event_on (model, "197", NULL, 0);
  SlTime t0, t1;

  /* March 2024 holds only the veto */
  sl_model_events_in_range (model, sl_time_from_ymd (2024, 3, 1), sl_time_from_ymd (2024, 4, 1),
                            out);
  g_assert_cmpuint (out->len, ==, 1);
  g_assert_cmpuint (g_array_index (out, guint32, 0), ==, veto);

  /* a day inside September 2023 overlaps the month-long summit event */
  g_array_set_size (out, 0);
  sl_model_events_in_range (model, sl_time_from_ymd (2023, 9, 20), sl_time_from_ymd (2023, 9, 21),
                            out);
  g_assert_cmpuint (out->len, ==, 1);
  g_assert_cmpuint (g_array_index (out, guint32, 0), ==, summit);

  /* 1975 lies inside the 1970s, which began long before the window */
  g_array_set_size (out, 0);
  sl_model_events_in_range (model, sl_time_from_ymd (1975, 6, 1), sl_time_from_ymd (1975, 6, 2),
                            out);
  g_assert_cmpuint (out->len, ==, 1);
  g_assert_cmpuint (g_array_index (out, guint32, 0), ==, decade);

  /* the whole extent, ordered by start */
  g_array_set_size (out, 0);
  g_assert_true (sl_model_time_bounds (model, &t0, &t1));
  g_assert_cmpint (t0, ==, sl_time_from_ymd (1970, 1, 1));
  g_assert_cmpint (t1, ==, sl_time_from_ymd (2024, 5, 3));
  sl_model_events_in_range (model, t0, t1, out);
  g_assert_cmpuint (out->len, ==, 4);
  g_assert_cmpuint (g_array_index (out, guint32, 0), ==, decade);
  g_assert_cmpuint (g_array_index (out, guint32, 1), ==, summit);
  g_assert_cmpuint (g_array_index (out, guint32, 2), ==, veto);
  g_assert_cmpuint (g_array_index (out, guint32, 3), ==, statement);
}

/* Random events: the index answers exactly what a scan of all events would. */
static void
test_range_query_matches_scan (void)
{
  g_autoptr (SlModel) model = sl_model_new ();
  g_autoptr (GArray) out = g_array_new (FALSE, FALSE, sizeof (guint32));
  GRand *rand = g_rand_new_with_seed (42);
  static const SlTime lengths[] = { 0, SL_DAY, 10 * SL_DAY, 31 * SL_DAY, 366 * SL_DAY,
                                    3653 * SL_DAY, 40000 * SL_DAY };

  for (guint i = 0; i < 5000; i++)
    {
      SlEvent ev = { 0 };
      ev.start = sl_time_from_ymd (1900, 1, 1) + (SlTime) g_rand_int_range (rand, 0, 45000) * SL_DAY;
      ev.end_t = ev.start + lengths[g_rand_int_range (rand, 0, G_N_ELEMENTS (lengths))];
      sl_model_add_event (model, &ev, NULL, 0, NULL, 0);
    }
  for (guint q = 0; q < 200; q++)
    {
      SlTime a = sl_time_from_ymd (1890, 1, 1) + (SlTime) g_rand_int_range (rand, 0, 48000) * SL_DAY;
      SlTime b = a + (SlTime) g_rand_int_range (rand, 1, 3000) * SL_DAY;
      guint expected = 0;
      SlTime prev = G_MININT64;

      g_array_set_size (out, 0);
      sl_model_events_in_range (model, a, b, out);
      for (guint32 e = 0; e < sl_model_n_events (model); e++)
        {
          const SlEvent *ev = sl_model_event (model, e);
          if (ev->start < b && (ev->end_t > a || (ev->end_t == ev->start && ev->start >= a)))
            expected++;
        }
      g_assert_cmpuint (out->len, ==, expected);
      for (guint k = 0; k < out->len; k++)
        {
          const SlEvent *ev = sl_model_event (model, g_array_index (out, guint32, k));
          g_assert_cmpint (ev->start, >=, prev);
          prev = ev->start;
        }
    }
  g_rand_free (rand);
}

static void
test_sources_merge_by_alias (void)
{
  g_autoptr (SlModel) model = sl_model_new ();
  guint32 shin = sl_model_add_source (model, "Shin Won-sik", SL_SOURCE_PERSON, NULL);
  guint32 it;
  guint n_aliases = 0;

  sl_model_add_source_alias (model, shin, "Shin");
  sl_model_add_source_alias (model, shin, "Shin");
  g_assert_cmpuint (sl_model_find_source (model, "shin"), ==, shin);
  g_assert_cmpuint (sl_model_add_source (model, "SHIN WON-SIK", SL_SOURCE_PERSON,
                                         "South Korean Defense Minister"), ==, shin);
  g_assert_cmpstr (sl_model_str (model, sl_model_source (model, shin)->title), ==,
                   "South Korean Defense Minister");
  g_assert_cmpuint (sl_model_n_sources (model), ==, 1);
  for (it = sl_model_source (model, shin)->alias_head; it != SL_NONE;)
    {
      sl_model_source_alias_next (model, &it);
      n_aliases++;
    }
  g_assert_cmpuint (n_aliases, ==, 1);
  g_assert_cmpuint (sl_model_find_source (model, "Kirby"), ==, SL_NONE);
}

/* Names a reading met but credited with nothing go; the rest keep their claims, actors,
 * names and aliases under their new places. Sources read before are never touched. */
static void
test_prune_sources (void)
{
  g_autoptr (SlModel) model = sl_model_new ();
  guint32 old = sl_model_add_source (model, "Old Outlet", SL_SOURCE_OUTLET, NULL);
  guint32 first = sl_model_n_sources (model);
  guint32 analysts = sl_model_add_source (model, "Trade analysts", SL_SOURCE_UNNAMED, NULL);
  guint32 firm = sl_model_add_source (model, "Lindqvist Economics", SL_SOURCE_ORGANIZATION, NULL);
  guint32 lost = sl_model_add_source (model, "closed sessions", SL_SOURCE_UNNAMED, NULL);
  guint32 actor = sl_model_add_source (model, "Port Authority", SL_SOURCE_AGENCY, NULL);
  guint32 kept = sl_model_add_source (model, "Radio Sur", SL_SOURCE_OUTLET, NULL);
  gboolean keep[] = { FALSE, FALSE, FALSE, FALSE, TRUE };
  SlDoc doc = { 0 };
  SlClaim c = { 0 };
  SlEvent ev = { 0 };
  guint32 claim, e, moved;
  guint n;
  const guint32 *actors;

  g_assert_cmpuint (old, ==, 0);
  sl_model_add_source_alias (model, firm, "Lindqvist");
  sl_model_add_source_alias (model, lost, "the sessions");
  sl_model_add_doc (model, &doc);
  c.source = firm;
  c.via = SL_NONE;
  claim = sl_model_add_claim (model, &c);
  ev.label = sl_model_intern (model, "Tariffs bite");
  ev.timex = SL_NONE;
  e = sl_model_add_event (model, &ev, &claim, 1, &actor, 1);

  g_assert_cmpuint (sl_model_prune_sources (model, first, 0, 0, keep), ==, 2);
  g_assert_cmpuint (sl_model_n_sources (model), ==, 4);
  /* the unused ones are gone, by name and by alias */
  g_assert_cmpuint (sl_model_find_source (model, "Trade analysts"), ==, SL_NONE);
  g_assert_cmpuint (sl_model_find_source (model, "closed sessions"), ==, SL_NONE);
  g_assert_cmpuint (sl_model_find_source (model, "the sessions"), ==, SL_NONE);
  /* the claim's source, the event's actor and the kept outlet follow their names */
  moved = sl_model_claim (model, claim)->source;
  g_assert_cmpstr (sl_model_str (model, sl_model_source (model, moved)->name), ==, "Lindqvist Economics");
  g_assert_cmpuint (sl_model_find_source (model, "Lindqvist"), ==, moved);
  g_assert_cmpuint (sl_model_source (model, moved)->n_claims, ==, 1);
  actors = sl_model_event_actors (model, e, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (sl_model_str (model, sl_model_source (model, actors[0])->name), ==, "Port Authority");
  g_assert_cmpuint (sl_model_find_source (model, "Port Authority"), ==, actors[0]);
  g_assert_cmpuint (sl_model_find_source (model, "Radio Sur"), !=, SL_NONE);
  g_assert_cmpuint (sl_model_find_source (model, "Old Outlet"), ==, old);
  (void) analysts;
  (void) kept;
  /* without its keep flag the outlet nobody cites goes too */
  g_assert_cmpuint (sl_model_prune_sources (model, first, 0, 0, NULL), ==, 1);
  g_assert_cmpuint (sl_model_find_source (model, "Radio Sur"), ==, SL_NONE);
}

/* Dan Tri reports Yonhap, which reports Shin: the event lights up all three. */
static void
test_chain_linking (void)
{
  g_autoptr (SlModel) model = sl_model_new ();
  g_autoptr (GArray) out = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint32 outlet = sl_model_add_source (model, "Dan Tri", SL_SOURCE_OUTLET, NULL);
  guint32 agency = sl_model_add_source (model, "Yonhap", SL_SOURCE_OUTLET, NULL);
  guint32 minister = sl_model_add_source (model, "Shin Won-sik", SL_SOURCE_PERSON, NULL);
  guint32 kirby = sl_model_add_source (model, "John Kirby", SL_SOURCE_PERSON, NULL);
  SlClaim c = { .via = SL_NONE };
  guint32 c_outlet, c_agency, c_minister, c_kirby, ev_summit, ev_oil;

  c.source = outlet;
  c_outlet = sl_model_add_claim (model, &c);
  c.source = agency;
  c.via = c_outlet;
  c_agency = sl_model_add_claim (model, &c);
  c.source = minister;
  c.via = c_agency;
  c_minister = sl_model_add_claim (model, &c);
  c.source = kirby;
  c.via = SL_NONE;
  c_kirby = sl_model_add_claim (model, &c);

  ev_summit = add_event_on (model, "2023-09", &c_minister, 1);
  ev_oil = add_event_on (model, "2024-05-02", &c_kirby, 1);

  sl_model_claim_chain (model, c_minister, out);
  g_assert_cmpuint (out->len, ==, 3);
  g_assert_cmpuint (g_array_index (out, guint32, 0), ==, c_outlet);
  g_assert_cmpuint (g_array_index (out, guint32, 2), ==, c_minister);

  g_array_set_size (out, 0);
  sl_model_event_sources (model, ev_summit, out);
  g_assert_cmpuint (out->len, ==, 3);
  g_assert_cmpuint (g_array_index (out, guint32, 0), ==, outlet);
  g_assert_cmpuint (g_array_index (out, guint32, 1), ==, agency);
  g_assert_cmpuint (g_array_index (out, guint32, 2), ==, minister);

  g_array_set_size (out, 0);
  sl_model_source_events (model, agency, out);
  g_assert_cmpuint (out->len, ==, 1);
  g_assert_cmpuint (g_array_index (out, guint32, 0), ==, ev_summit);

  g_array_set_size (out, 0);
  sl_model_source_events (model, kirby, out);
  g_assert_cmpuint (out->len, ==, 1);
  g_assert_cmpuint (g_array_index (out, guint32, 0), ==, ev_oil);
  g_assert_cmpuint (sl_model_source (model, agency)->n_claims, ==, 1);
}

/* A worker extracts into a model of its own; merging it keeps every link and merges sources
 * by name. */
static void
test_append (void)
{
  g_autoptr (SlModel) live = sl_model_new ();
  g_autoptr (SlModel) fresh = sl_model_new ();
  g_autoptr (GArray) out = g_array_new (FALSE, FALSE, sizeof (guint32));
  SlDoc d = { 0 };
  SlClaim c = { .via = SL_NONE };
  guint32 kirby_live, outlet, kirby, c_outlet, c_kirby, ev;

  kirby_live = sl_model_add_source (live, "John Kirby", SL_SOURCE_PERSON, NULL);
  add_event_on (live, "2024-03-28", NULL, 0);

  d.text = g_strdup ("Kirby said on May 2 ...");
  d.text_len = strlen (d.text);
  d.title = sl_model_intern (fresh, "Oil");
  sl_model_add_doc (fresh, &d);
  outlet = sl_model_add_source (fresh, "Meridian Wire", SL_SOURCE_OUTLET, NULL);
  kirby = sl_model_add_source (fresh, "Kirby", SL_SOURCE_PERSON, NULL);
  sl_model_add_source_alias (fresh, kirby, "John Kirby");
  c.source = outlet;
  c_outlet = sl_model_add_claim (fresh, &c);
  c.source = kirby;
  c.via = c_outlet;
  c_kirby = sl_model_add_claim (fresh, &c);
  ev = add_event_on (fresh, "2024-05-02", &c_kirby, 1);
  g_assert_cmpuint (ev, ==, 0);

  sl_model_append (live, fresh);
  g_assert_cmpuint (sl_model_n_docs (live), ==, 1);
  g_assert_cmpstr (sl_model_doc (live, 0)->text, ==, "Kirby said on May 2 ...");
  g_assert_cmpstr (sl_model_str (live, sl_model_doc (live, 0)->title), ==, "Oil");
  /* "Kirby" with alias "John Kirby" is the Kirby the live model knew */
  g_assert_cmpuint (sl_model_n_sources (live), ==, 2);
  g_assert_cmpuint (sl_model_n_events (live), ==, 2);
  sl_model_event_sources (live, 1, out);
  g_assert_cmpuint (out->len, ==, 2);
  g_assert_cmpstr (sl_model_str (live, sl_model_source (live, g_array_index (out, guint32, 0))->name),
                   ==, "Meridian Wire");
  g_assert_cmpuint (g_array_index (out, guint32, 1), ==, kirby_live);
  g_assert_cmpuint (sl_model_source (live, kirby_live)->n_claims, ==, 1);
  g_array_set_size (out, 0);
  sl_model_events_in_range (live, sl_time_from_ymd (2024, 5, 2), sl_time_from_ymd (2024, 5, 3), out);
  g_assert_cmpuint (out->len, ==, 1);
}

/* The window's subtitle sums up the span: an end dated to its decade or year is written so,
 * not as the first month of it ("1970s – May 2024", never "Jan 1970 – May 2024"). */
static char *
span_of (const char *first, const char *last)
{
  SlTime a0, a1, b0, b1;

  g_assert_true (sl_time_interval_from_value (first, SL_MOD_NONE, &a0, &a1));
  g_assert_true (sl_time_interval_from_value (last, SL_MOD_NONE, &b0, &b1));
  return sl_time_describe_span (a0, a1, b0, b1);
}

static void
test_describe_span (void)
{
  const struct { const char *first, *last, *text; } rows[] = {
    { "2023-09", "2024-05-02", "Sep 2023 – May 2024" },
    { "2024-03-28", "2024-05-02", "Mar – May 2024" },
    { "2024-05-01", "2024-05-02", "May 2024" },
    { "197", "2024-05-02", "1970s – May 2024" },
    { "2022", "2024-W18", "2022 – May 2024" },
    { "2023-09", "2025", "Sep 2023 – 2025" },
    { "2024", "2024", "2024" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *text = span_of (rows[i].first, rows[i].last);

      g_assert_cmpstr (text, ==, rows[i].text);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/range-query", test_range_query);
  g_test_add_func ("/model/range-query-matches-scan", test_range_query_matches_scan);
  g_test_add_func ("/model/sources-merge-by-alias", test_sources_merge_by_alias);
  g_test_add_func ("/model/prune-sources", test_prune_sources);
  g_test_add_func ("/model/chain-linking", test_chain_linking);
  g_test_add_func ("/model/append", test_append);
  g_test_add_func ("/model/describe-span", test_describe_span);
  return g_test_run ();
}
