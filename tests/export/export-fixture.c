/* export-fixture.c: the export tests' models, built through the model's public API. */
#include "export-fixture.h"

#include <string.h>

static guint32
add_doc (SlModel *model, const char *path, const char *title, const char *outlet,
         const char *url, const char *dct, SlDctSource how, const char *text)
{
  SlDoc d = { 0 };

  d.path = sl_model_intern (model, path);
  d.title = title ? sl_model_intern (model, title) : 0;
  d.outlet = outlet ? sl_model_intern (model, outlet) : 0;
  d.url = url ? sl_model_intern (model, url) : 0;
  d.dct = sl_model_intern (model, dct);
  d.hash = sl_model_intern (model, path);
  d.dct_source = how;
  g_assert_true (sl_date_from_value (dct, &d.dct_date));
  d.text = g_strdup (text);
  d.text_len = strlen (text);
  return sl_model_add_doc (model, &d);
}

/* Byte span of the first `needle` in the document's text. */
static void
span (SlModel *model, guint32 doc, const char *needle, guint32 *begin, guint32 *end)
{
  const char *text = sl_model_doc (model, doc)->text;
  const char *hit = strstr (text, needle);

  g_assert_nonnull (hit);
  *begin = (guint32) (hit - text);
  *end = *begin + (guint32) strlen (needle);
}

static guint32
add_timex (SlModel *model, guint32 doc, const char *written, const char *value, SlMod mod)
{
  SlTimex t = { 0 };

  t.doc = doc;
  span (model, doc, written, &t.begin, &t.end);
  t.value = sl_model_intern (model, value);
  t.type = SL_TIMEX_DATE;
  t.mod = mod;
  g_assert_true (sl_time_interval_from_value (value, mod, &t.start, &t.end_t));
  return sl_model_add_timex (model, &t);
}

static guint32
add_claim (SlModel *model, guint32 doc, guint32 source, guint32 via, SlStance stance,
           const char *cue, const char *content)
{
  SlClaim c = { 0 };

  c.doc = doc;
  c.source = source;
  c.via = via;
  c.stance = stance;
  c.cue = sl_model_intern (model, cue);
  span (model, doc, cue, &c.cue_begin, &c.cue_end);
  span (model, doc, content, &c.content_begin, &c.content_end);
  return sl_model_add_claim (model, &c);
}

static guint32
add_event (SlModel *model, guint32 doc, const char *label, guint32 timex, const char *sentence,
           SlCategory category, const guint32 *claims, guint n_claims, guint8 flags)
{
  SlEvent ev = { 0 };
  const SlTimex *t = sl_model_timex (model, timex);

  ev.doc = doc;
  ev.label = sl_model_intern (model, label);
  ev.when = t->value;
  ev.timex = timex;
  ev.mod = t->mod;
  ev.category = category;
  ev.flags = flags;
  ev.start = t->start;
  ev.end_t = t->end_t;
  span (model, doc, sentence, &ev.sentence_begin, &ev.sentence_end);
  return sl_model_add_event (model, &ev, claims, n_claims, NULL, 0);
}

static const char courier_text[] =
  "Pipeline deal signed in Vienna\n"
  "\n"
  "(Northern Courier) – Energy ministers signed the pipeline deal in Vienna on March 12, "
  "officials said.\n"
  "\n"
  "According to Reuters, analysts at the Baltic Institute for Energy & Trade estimate the line "
  "will carry 20 billion cubic metres a year from 2026.\n"
  "\n"
  "The Energy Ministry denied on March 13 that the route had been changed, as officials had "
  "claimed.\n"
  "\n"
  "Talks on the line began in early 2023, and a rumour of a second line surfaced on 1 March.\n";

static const char gazette_text[] =
  "Vienna accord, \"a milestone\", signed\n"
  "\n"
  "(Eastern Gazette) – The pipeline deal was signed in Vienna on Tuesday, March 12, the "
  "Gazette reported.\n"
  "\n"
  "Inspectors will visit the pumping stations in the week of April 8.\n";

static const char wire_text[] =
  "Officials in Vienna said the accord follows two years of talks.\n";

static SlModel *
story (SlExportStory *ids, gboolean edited)
{
  SlModel *model = sl_model_new ();
  SlExportStory s;
  guint32 c_officials, c_reuters, c_institute, c_ministry, c_route, c_gazette, two[2];
  guint32 t_signing, t_capacity, t_denial, t_talks, t_rumour, t_g_signing, t_inspections;

  s.doc_courier = add_doc (model, "articles/courier-pipeline.txt", "Pipeline deal signed in Vienna",
                           "Northern Courier", "https://courier.example/2024/03/14/pipeline",
                           "2024-03-14", SL_DCT_METADATA, courier_text);
  s.doc_gazette = add_doc (model, "articles/gazette-accord.html", "Vienna accord, \"a milestone\", signed",
                           "Eastern Gazette", "https://gazette.example/news?id=7&lang=en",
                           "2024-03-13", SL_DCT_METADATA, gazette_text);
  s.doc_wire = add_doc (model, "notes/wire-copy.txt", NULL, NULL, NULL, "2024-03",
                        SL_DCT_INFERRED, wire_text);

  s.src_courier = sl_model_add_source (model, "Northern Courier", SL_SOURCE_OUTLET, NULL);
  s.src_gazette = sl_model_add_source (model, "Eastern Gazette", SL_SOURCE_OUTLET, NULL);
  s.src_officials = sl_model_add_source (model, "officials", SL_SOURCE_UNNAMED, NULL);
  s.src_reuters = sl_model_add_source (model, "Reuters", SL_SOURCE_AGENCY, NULL);
  s.src_institute = sl_model_add_source (model, "Baltic Institute for Energy & Trade",
                                         SL_SOURCE_ORGANIZATION, NULL);
  sl_model_add_source_alias (model, s.src_institute, "Baltic Institute");
  s.src_ministry = sl_model_add_source (model, "Energy Ministry", SL_SOURCE_GOVERNMENT, NULL);
  sl_model_source_mut (model, s.src_reuters)->reliability = 'B';
  sl_model_source_mut (model, s.src_reuters)->credibility = '2';
  sl_model_source_mut (model, s.src_institute)->reliability = 'C';
  sl_model_source_mut (model, s.src_institute)->credibility = '3';

  t_signing = add_timex (model, s.doc_courier, "March 12", "2024-03-12", SL_MOD_NONE);
  t_capacity = add_timex (model, s.doc_courier, "2026", "2026", SL_MOD_NONE);
  t_denial = add_timex (model, s.doc_courier, "March 13", "2024-03-13", SL_MOD_NONE);
  t_talks = add_timex (model, s.doc_courier, "early 2023", "2023", SL_MOD_START);
  t_rumour = add_timex (model, s.doc_courier, "1 March", "2024-03-01", SL_MOD_NONE);
  t_g_signing = add_timex (model, s.doc_gazette, "Tuesday, March 12", "2024-03-12", SL_MOD_NONE);
  t_inspections = add_timex (model, s.doc_gazette, "the week of April 8", "2024-W15", SL_MOD_NONE);

  c_officials = add_claim (model, s.doc_courier, s.src_officials, SL_NONE, SL_STANCE_ASSERT,
                           "said", "Energy ministers signed the pipeline deal in Vienna on March 12");
  c_reuters = add_claim (model, s.doc_courier, s.src_reuters, SL_NONE, SL_STANCE_REPORT,
                         "According to", "analysts at the Baltic Institute");
  c_institute = add_claim (model, s.doc_courier, s.src_institute, c_reuters, SL_STANCE_ESTIMATE,
                           "estimate", "the line will carry 20 billion cubic metres a year");
  c_ministry = add_claim (model, s.doc_courier, s.src_ministry, SL_NONE, SL_STANCE_DENY,
                          "denied", "the route had been changed");
  c_route = add_claim (model, s.doc_courier, s.src_officials, SL_NONE, SL_STANCE_ASSERT,
                       "had claimed", "the route had been changed");
  c_gazette = add_claim (model, s.doc_gazette, s.src_gazette, SL_NONE, SL_STANCE_REPORT,
                         "reported", "The pipeline deal was signed in Vienna");

  s.signing = add_event (model, s.doc_courier, "Pipeline deal signed in Vienna", t_signing,
                         "Energy ministers signed the pipeline deal in Vienna on March 12, officials said.",
                         SL_CATEGORY_ECONOMIC, &c_officials, 1, 0);
  two[0] = c_reuters;
  two[1] = c_institute;
  s.capacity = add_event (model, s.doc_courier, "Line to carry 20 billion cubic metres a year",
                          t_capacity, "According to Reuters, analysts at the Baltic Institute",
                          SL_CATEGORY_ECONOMIC, two, 2, 0);
  two[0] = c_ministry;
  two[1] = c_route;
  s.denial = add_event (model, s.doc_courier, "Ministry denies the route changed", t_denial,
                        "The Energy Ministry denied on March 13 that the route had been changed, as officials had claimed.",
                        SL_CATEGORY_STATEMENT, two, 2, SL_EVENT_CONTESTED);
  s.talks = add_event (model, s.doc_courier, "Talks on the line begin", t_talks,
                       "Talks on the line began in early 2023", SL_CATEGORY_DIPLOMATIC, NULL, 0, 0);
  s.hidden = s.deleted = SL_NONE;
  if (edited)
    s.hidden = add_event (model, s.doc_courier, "Rumour of a second line", t_rumour,
                          "a rumour of a second line surfaced on 1 March.", SL_CATEGORY_OTHER,
                          NULL, 0, SL_EVENT_HIDDEN);
  s.signing_gazette = add_event (model, s.doc_gazette, "Pipeline deal signed in Vienna", t_g_signing,
                                 "The pipeline deal was signed in Vienna on Tuesday, March 12, the Gazette reported.",
                                 SL_CATEGORY_ECONOMIC, &c_gazette, 1, 0);
  s.inspections = add_event (model, s.doc_gazette, "Inspectors visit the pumping stations, \"a first\"",
                             t_inspections, "Inspectors will visit the pumping stations in the week of April 8.",
                             SL_CATEGORY_OTHER, NULL, 0, 0);
  if (edited)
    s.deleted = add_event (model, s.doc_gazette, "Duplicate of the signing", t_g_signing,
                           "The pipeline deal was signed", SL_CATEGORY_ECONOMIC, NULL, 0,
                           SL_EVENT_DELETED);
  if (ids)
    *ids = s;
  return model;
}

SlModel *
sl_export_fixture_story (SlExportStory *ids)
{
  return story (ids, TRUE);
}

SlModel *
sl_export_fixture_story_unedited (SlExportStory *ids)
{
  return story (ids, FALSE);
}

/* ------------------------------------------------------------------------------------------ */
/* Generated projects                                                                         */

static const char *const outlets[] = {
  "Northern Courier", "Eastern Gazette", "Coastal Times", "Metro Dispatch", "Valley Herald",
  "Capital Observer", "River Post", "Summit Tribune", "Plains Journal", "Island Record",
  "Border Chronicle", "Delta Bulletin",
};
static const char *const agencies[] = { "Reuters", "Associated Press", "AFP", "Yonhap", "Kyodo" };
static const char *const first_names[] = {
  "Anna", "Boris", "Chen", "Dara", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas",
};
static const char *const last_names[] = {
  "Kovacs", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quinn", "Rossi",
};
static const char *const actions[] = {
  "Talks on", "Sanctions over", "Inspection of", "Agreement on", "Exercise near", "Shipment to",
  "Vote on", "Summit about", "Report on", "Protest against",
};
static const char *const topics[] = {
  "the pipeline", "grain exports", "the border crossing", "the port of Riga", "fishing rights",
  "the nuclear plant", "rail freight", "the power grid", "airspace rules", "the free-trade zone",
  "refugee quotas", "the arms embargo",
};
static const char *const months[] = {
  "January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December",
};

typedef struct
{
  char   label[96];
  char   value[16];
  char   written[32];
  guint  category;
} Happening;

SlModel *
sl_export_fixture_project (guint n_articles, guint32 seed)
{
  SlModel *model = sl_model_new ();
  g_autoptr (GRand) rand = g_rand_new_with_seed (seed);
  guint n_happenings = MAX (n_articles * 2 / 5, 8);
  g_autofree Happening *pool = g_new0 (Happening, n_happenings);
  guint32 agency_src[G_N_ELEMENTS (agencies)];
  guint32 person_src[G_N_ELEMENTS (first_names) * G_N_ELEMENTS (last_names)];
  guint32 ministry;
  SlTime t0 = sl_time_from_ymd (2023, 1, 1);

  for (guint i = 0; i < G_N_ELEMENTS (outlets); i++)
    sl_model_add_source (model, outlets[i], SL_SOURCE_OUTLET, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (agencies); i++)
    {
      agency_src[i] = sl_model_add_source (model, agencies[i], SL_SOURCE_AGENCY, NULL);
      sl_model_source_mut (model, agency_src[i])->reliability = 'B';
      sl_model_source_mut (model, agency_src[i])->credibility = '2';
    }
  for (guint i = 0; i < G_N_ELEMENTS (person_src); i++)
    {
      char name[64];
      g_snprintf (name, sizeof name, "%s %s", first_names[i % G_N_ELEMENTS (first_names)],
                  last_names[i / G_N_ELEMENTS (first_names)]);
      person_src[i] = sl_model_add_source (model, name, SL_SOURCE_PERSON, "spokesperson");
    }
  ministry = sl_model_add_source (model, "Foreign Ministry", SL_SOURCE_GOVERNMENT, NULL);

  /* happenings: what several articles report, each on its own date */
  for (guint h = 0; h < n_happenings; h++)
    {
      Happening *hp = &pool[h];
      SlTime t = t0 + (SlTime) g_rand_int_range (rand, 0, 730) * SL_DAY;
      gint64 y;
      guint m, d;

      sl_time_to_ymd (t, &y, &m, &d);
      g_snprintf (hp->label, sizeof hp->label, "%s %s, round %u",
                  actions[g_rand_int_range (rand, 0, G_N_ELEMENTS (actions))],
                  topics[g_rand_int_range (rand, 0, G_N_ELEMENTS (topics))], h + 1);
      if (g_rand_int_range (rand, 0, 10) < 8)
        {
          g_snprintf (hp->value, sizeof hp->value, "%04" G_GINT64_FORMAT "-%02u-%02u", y, m, d);
          g_snprintf (hp->written, sizeof hp->written, "%s %u", months[m - 1], d);
        }
      else
        {
          g_snprintf (hp->value, sizeof hp->value, "%04" G_GINT64_FORMAT "-%02u", y, m);
          g_snprintf (hp->written, sizeof hp->written, "%s %" G_GINT64_FORMAT, months[m - 1], y);
        }
      hp->category = 1 + h % (SL_CATEGORY_COUNT - 1);
    }

  for (guint a = 0; a < n_articles; a++)
    {
      guint o = g_rand_int_range (rand, 0, G_N_ELEMENTS (outlets));
      guint picks[4];
      g_autoptr (GString) text = g_string_new (NULL);
      g_autofree char *path = g_strdup_printf ("generated/article-%05u.txt", a + 1);
      g_autofree char *url = NULL, *slug = g_ascii_strdown (outlets[o], -1);
      guint32 sent_begin[4], sent_end[4], tx_begin[4], tx_end[4], cue_begin[4], cue_end[4];
      guint32 doc;
      SlDoc d = { 0 };
      SlTime latest = t0;
      char dct[16];
      gint64 y;
      guint m, dd;

      for (char *p = slug; *p; p++)
        if (*p == ' ')
          *p = '-';
      /* popular happenings come up more often: the square skews towards the first ones */
      for (guint k = 0; k < 4; k++)
        {
          double r = g_rand_double (rand);
          picks[k] = (guint) (r * r * n_happenings) % n_happenings;
        }
      g_string_append_printf (text, "%s\n\n", pool[picks[0]].label);
      for (guint k = 0; k < 4; k++)
        {
          const Happening *hp = &pool[picks[k]];
          const char *agency = agencies[(a + k) % G_N_ELEMENTS (agencies)];
          guint person = (a * 7 + k * 3) % G_N_ELEMENTS (person_src);
          g_autofree char *who = g_strdup (sl_model_str (model, sl_model_source (model, person_src[person])->name));
          SlTime s, e;

          sent_begin[k] = text->len;
          g_string_append_printf (text, "According to %s, %s ", agency, who);
          cue_begin[k] = text->len;
          g_string_append (text, "said");
          cue_end[k] = text->len;
          g_string_append (text, " that the ");
          {
            g_autofree char *lower = g_utf8_strdown (hp->label, -1);
            g_string_append (text, lower);
          }
          g_string_append (text, " took place on ");
          tx_begin[k] = text->len;
          g_string_append (text, hp->written);
          tx_end[k] = text->len;
          g_string_append (text, ".");
          sent_end[k] = text->len;
          g_string_append (text, " ");
          if (sl_time_interval_from_value (hp->value, SL_MOD_NONE, &s, &e))
            latest = MAX (latest, e);
        }
      g_string_append_c (text, '\n');

      sl_time_to_ymd (latest + 2 * SL_DAY, &y, &m, &dd);
      g_snprintf (dct, sizeof dct, "%04" G_GINT64_FORMAT "-%02u-%02u", y, m, dd);
      url = g_strdup_printf ("https://%s.example/%04" G_GINT64_FORMAT "/%02u/article-%u", slug, y, m, a + 1);
      d.path = sl_model_intern (model, path);
      d.title = sl_model_intern (model, pool[picks[0]].label);
      d.outlet = sl_model_intern (model, outlets[o]);
      d.url = sl_model_intern (model, url);
      d.dct = sl_model_intern (model, dct);
      d.hash = d.path;
      d.dct_source = SL_DCT_METADATA;
      sl_date_from_value (dct, &d.dct_date);
      d.text_len = text->len;
      d.text = g_string_free (g_steal_pointer (&text), FALSE);
      doc = sl_model_add_doc (model, &d);

      for (guint k = 0; k < 4; k++)
        {
          const Happening *hp = &pool[picks[k]];
          SlTimex t = { 0 };
          SlClaim agency = { 0 }, person = { 0 };
          SlEvent ev = { 0 };
          guint32 claims[3], n = 0, tx;

          t.doc = doc;
          t.begin = tx_begin[k];
          t.end = tx_end[k];
          t.value = sl_model_intern (model, hp->value);
          t.type = SL_TIMEX_DATE;
          sl_time_interval_from_value (hp->value, SL_MOD_NONE, &t.start, &t.end_t);
          tx = sl_model_add_timex (model, &t);

          agency.doc = person.doc = doc;
          agency.source = agency_src[(a + k) % G_N_ELEMENTS (agencies)];
          agency.via = SL_NONE;
          agency.stance = SL_STANCE_REPORT;
          agency.cue = sl_model_intern (model, "According to");
          agency.content_begin = person.content_begin = sent_begin[k];
          agency.content_end = person.content_end = sent_end[k];
          claims[n++] = sl_model_add_claim (model, &agency);
          person.source = person_src[(a * 7 + k * 3) % G_N_ELEMENTS (person_src)];
          person.via = claims[0];
          person.stance = (a + k) % 5 == 0 ? SL_STANCE_ESTIMATE : SL_STANCE_ASSERT;
          person.cue = sl_model_intern (model, "said");
          person.cue_begin = cue_begin[k];
          person.cue_end = cue_end[k];
          claims[n++] = sl_model_add_claim (model, &person);
          if ((a + k) % 17 == 0)
            {
              SlClaim deny = { 0 };
              deny.doc = doc;
              deny.source = ministry;
              deny.via = SL_NONE;
              deny.stance = SL_STANCE_DENY;
              deny.cue = sl_model_intern (model, "denied");
              claims[n++] = sl_model_add_claim (model, &deny);
              ev.flags = SL_EVENT_CONTESTED;
            }

          ev.doc = doc;
          ev.label = sl_model_intern (model, hp->label);
          ev.when = t.value;
          ev.timex = tx;
          ev.category = (guint8) hp->category;
          ev.start = t.start;
          ev.end_t = t.end_t;
          ev.sentence_begin = sent_begin[k];
          ev.sentence_end = sent_end[k];
          sl_model_add_event (model, &ev, claims, n, NULL, 0);
        }
    }
  return model;
}
