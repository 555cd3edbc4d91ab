/* paint-fixture.c: the painter tests' models, built through the model's public API. */
#include "paint-fixture.h"

static guint32
add_claim (SlModel *model, guint32 doc, guint32 source, guint32 via, SlStance stance,
           const char *cue)
{
  SlClaim c = { 0 };

  c.doc = doc;
  c.source = source;
  c.via = via;
  c.stance = stance;
  c.cue = sl_model_intern (model, cue);
  return sl_model_add_claim (model, &c);
}

static guint32
add_event (SlModel *model, guint32 doc, const char *label, const char *when, SlMod mod,
           SlCategory category, const guint32 *claims, guint n_claims, guint8 flags)
{
  SlEvent ev = { 0 };

  ev.doc = doc;
  ev.label = sl_model_intern (model, label);
  ev.when = sl_model_intern (model, when);
  ev.timex = SL_NONE;
  ev.mod = mod;
  ev.category = category;
  ev.flags = flags;
  g_assert_true (sl_time_interval_from_value (when, mod, &ev.start, &ev.end_t));
  return sl_model_add_event (model, &ev, claims, n_claims, NULL, 0);
}

static guint32
add_doc (SlModel *model, const char *title, const char *outlet, const char *dct)
{
  SlDoc d = { 0 };

  d.title = sl_model_intern (model, title);
  d.outlet = sl_model_intern (model, outlet);
  d.dct = sl_model_intern (model, dct);
  d.dct_source = SL_DCT_TEXT;
  d.text = g_strdup ("");
  return sl_model_add_doc (model, &d);
}

SlModel *
sl_fixture_story (SlFixtureStory *ids)
{
  SlModel *model = sl_model_new ();
  SlFixtureStory s;
  guint32 d0, d1, c_yonhap, c_shin, c_reuters, c_rusi, c_kirby, c_kirby2, c_mfa, c_outlet;
  guint32 two[2];

  d0 = add_doc (model, "Arms shipments across the border draw scrutiny", "Dan Tri", "2024-05");
  d1 = add_doc (model, "Security Council panel ends its work", "Dan Tri", "2024-04");

  s.src_outlet = sl_model_add_source (model, "Dan Tri", SL_SOURCE_OUTLET, NULL);
  s.src_yonhap = sl_model_add_source (model, "Yonhap", SL_SOURCE_AGENCY, NULL);
  s.src_shin = sl_model_add_source (model, "Shin Won-sik", SL_SOURCE_PERSON, "Defence Minister");
  s.src_reuters = sl_model_add_source (model, "Reuters", SL_SOURCE_AGENCY, NULL);
  s.src_rusi = sl_model_add_source (model, "RUSI", SL_SOURCE_ORGANIZATION, NULL);
  s.src_kirby = sl_model_add_source (model, "John Kirby", SL_SOURCE_PERSON, "White House spokesman");
  s.src_mfa = sl_model_add_source (model, "Russian Foreign Ministry", SL_SOURCE_GOVERNMENT, NULL);

  c_yonhap = add_claim (model, d0, s.src_yonhap, SL_NONE, SL_STANCE_REPORT, "reported");
  c_shin = add_claim (model, d0, s.src_shin, c_yonhap, SL_STANCE_ESTIMATE, "estimated");
  c_reuters = add_claim (model, d0, s.src_reuters, SL_NONE, SL_STANCE_REPORT, "reported");
  c_rusi = add_claim (model, d0, s.src_rusi, c_reuters, SL_STANCE_ASSERT, "found");
  c_kirby = add_claim (model, d0, s.src_kirby, SL_NONE, SL_STANCE_ASSERT, "said");
  c_kirby2 = add_claim (model, d1, s.src_kirby, SL_NONE, SL_STANCE_ASSERT, "said");
  c_mfa = add_claim (model, d0, s.src_mfa, SL_NONE, SL_STANCE_DENY, "denied");
  c_outlet = add_claim (model, d1, s.src_outlet, SL_NONE, SL_STANCE_REPORT, "reported");

  s.summit = add_event (model, d0, "Leaders meet at the Vostochny summit", "2023-09",
                        SL_MOD_NONE, SL_CATEGORY_DIPLOMATIC, &c_yonhap, 1, 0);
  s.veto = add_event (model, d1, "Veto ends the UN sanctions monitoring panel", "2024-03-28",
                      SL_MOD_NONE, SL_CATEGORY_SANCTIONS, &c_kirby2, 1, 0);
  two[0] = c_kirby;
  two[1] = c_mfa;
  s.statement = add_event (model, d0, "Kirby: missiles used against Ukraine", "2024-05-02",
                           SL_MOD_NONE, SL_CATEGORY_STATEMENT, two, 2, SL_EVENT_CONTESTED);
  s.early_april = add_event (model, d0, "Munitions trains cross at Tumangang", "2024-04",
                             SL_MOD_START, SL_CATEGORY_MILITARY, &c_rusi, 1, 0);
  s.year_band = add_event (model, d1, "Trade across the border grows", "2023", SL_MOD_NONE,
                           SL_CATEGORY_ECONOMIC, &c_outlet, 1, 0);
  s.denial = add_event (model, d0, "Moscow rejects the accusations", "2024-05-03", SL_MOD_NONE,
                        SL_CATEGORY_STATEMENT, &c_mfa, 1, 0);
  {
    SlEvent ev = { 0 };
    ev.doc = d1;
    ev.label = sl_model_intern (model, "Joint exercise on the peninsula");
    ev.when = sl_model_intern (model, "2024-03-04");
    ev.timex = SL_NONE;
    ev.category = SL_CATEGORY_MILITARY;
    ev.start = sl_time_from_ymd (2024, 3, 4);
    ev.end_t = sl_time_from_ymd (2024, 3, 15);
    s.exercise = sl_model_add_event (model, &ev, &c_yonhap, 1, NULL, 0);
  }
  add_event (model, d0, "Containers of munitions shipped", "2024-02", SL_MOD_NONE,
             SL_CATEGORY_MILITARY, &c_shin, 1, 0);
  add_event (model, d0, "Satellite images show rail traffic", "2023-10-15", SL_MOD_NONE,
             SL_CATEGORY_MILITARY, &c_rusi, 1, 0);
  add_event (model, d1, "Panel's final report delayed", "2024-03-08", SL_MOD_NONE,
             SL_CATEGORY_SANCTIONS, &c_outlet, 1, 0);
  if (ids)
    *ids = s;
  return model;
}

SlModel *
sl_fixture_generated (guint n_events, guint n_lanes, double years_span, guint32 seed)
{
  static const char *const words[] = {
    "talks", "shipment", "sanctions", "summit", "statement", "exercise", "launch", "visit",
    "deal", "report", "strike", "convoy", "vote", "treaty", "embargo", "tariff", "delegation",
    "inspection", "drill", "accord",
  };
  static const char *const places[] = {
    "Seoul", "Moscow", "Pyongyang", "Geneva", "Vladivostok", "Beijing", "New York", "Kyiv",
  };
  SlModel *model = sl_model_new ();
  g_autoptr (GRand) rand = g_rand_new_with_seed (seed);
  g_autofree guint32 *sources = g_new (guint32, MAX (n_lanes, 1));
  guint32 doc, agency;
  SlTime t0 = sl_time_from_ymd (2000, 1, 1);
  double span = years_span * 365.2425 * SL_DAY;

  doc = add_doc (model, "Generated coverage", "Generated Wire", "2000");
  agency = sl_model_add_source (model, "Generated Wire", SL_SOURCE_AGENCY, NULL);
  for (guint i = 0; i < MAX (n_lanes, 1); i++)
    {
      char name[48];
      g_snprintf (name, sizeof name, "Source %u", i + 1);
      sources[i] = sl_model_add_source (model, name, (SlSourceKind) (i % SL_SOURCE_KIND_COUNT), NULL);
    }
  for (guint i = 0; i < n_events; i++)
    {
      SlEvent ev = { 0 };
      SlClaim c = { 0 };
      guint32 claim;
      char label[96], when[32];
      SlTime t = t0 + (SlTime) (g_rand_double (rand) * span);
      gint64 y;
      guint m, d, kind = g_rand_int_range (rand, 0, 100);

      sl_time_to_ymd (t, &y, &m, &d);
      ev.mod = SL_MOD_NONE;
      if (kind < 80)
        g_snprintf (when, sizeof when, "%04" G_GINT64_FORMAT "-%02u-%02u", y, m, d);
      else if (kind < 92)
        g_snprintf (when, sizeof when, "%04" G_GINT64_FORMAT "-%02u", y, m);
      else if (kind < 97)
        {
          g_snprintf (when, sizeof when, "%04" G_GINT64_FORMAT "-%02u", y, m);
          ev.mod = SL_MOD_START;
        }
      else
        g_snprintf (when, sizeof when, "%04" G_GINT64_FORMAT, y);
      sl_time_interval_from_value (when, (SlMod) ev.mod, &ev.start, &ev.end_t);

      c.doc = doc;
      c.source = sources[g_rand_int_range (rand, 0, (gint32) MAX (n_lanes, 1))];
      c.via = SL_NONE;
      c.stance = (guint8) g_rand_int_range (rand, 0, SL_STANCE_COUNT);
      claim = sl_model_add_claim (model, &c);
      if (g_rand_int_range (rand, 0, 4) == 0)
        {
          SlClaim outer = { 0 };
          outer.doc = doc;
          outer.source = agency;
          outer.via = SL_NONE;
          outer.stance = SL_STANCE_REPORT;
          guint32 outer_id = sl_model_add_claim (model, &outer);
          /* fetched after the addition, which may move the claims array */
          sl_model_claim_mut (model, claim)->via = outer_id;
        }

      g_snprintf (label, sizeof label, "%s %s %u",
                  places[g_rand_int_range (rand, 0, G_N_ELEMENTS (places))],
                  words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))], i + 1);
      ev.doc = doc;
      ev.label = sl_model_intern (model, label);
      ev.when = sl_model_intern (model, when);
      ev.timex = SL_NONE;
      ev.category = (guint8) g_rand_int_range (rand, 0, SL_CATEGORY_COUNT);
      ev.flags = g_rand_int_range (rand, 0, 20) == 0 ? SL_EVENT_CONTESTED : 0;
      sl_model_add_event (model, &ev, &claim, 1, NULL, 0);
    }
  return model;
}
