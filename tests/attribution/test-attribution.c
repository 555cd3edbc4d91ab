/* Who said what, through whom: sources, cue families, chains and dated events, on small
 * texts written for the test and on the seed article. */
#include "extract/sl-attribution.h"
#include "extract/sl-extract.h"
#include "ingest/sl-ingest.h"

#include <string.h>

static SlExtractor *extractor;

static guint32
add_text (SlModel *model, const char *text)
{
  g_autoptr (GError) error = NULL;
  SlDocument *doc = sl_ingest_bytes ("article.txt", text, strlen (text), &error);
  guint32 idx;

  g_assert_no_error (error);
  idx = sl_extractor_add_document (extractor, model, doc);
  sl_document_free (doc);
  return idx;
}

static SlModel *
extract (const char *body)
{
  SlModel *model = sl_model_new ();
  g_autofree char *text = g_strdup_printf ("A test article\nDate: 2024-05-06\n\n%s\n", body);

  add_text (model, text);
  return model;
}

static const char *
source_name (SlModel *model, guint32 source)
{
  return sl_model_str (model, sl_model_source (model, source)->name);
}

/* The claim whose cue reads `cue` and whose source is `source` (NULL = any). */
static guint32
find_claim (SlModel *model, const char *source, const char *cue)
{
  for (guint32 i = 0; i < sl_model_n_claims (model); i++)
    {
      const SlClaim *c = sl_model_claim (model, i);
      if (g_ascii_strcasecmp (sl_model_str (model, c->cue), cue) == 0
          && (source == NULL || g_strcmp0 (source_name (model, c->source), source) == 0))
        return i;
    }
  return SL_NONE;
}

static char *
claim_span (SlModel *model, guint32 claim, char which)
{
  const SlClaim *c = sl_model_claim (model, claim);
  const char *text = sl_model_doc_text (model, c->doc, NULL);
  guint32 b = which == 's' ? c->source_begin : which == 'c' ? c->content_begin : c->cue_begin;
  guint32 e = which == 's' ? c->source_end : which == 'c' ? c->content_end : c->cue_end;

  return g_strndup (text + b, e - b);
}

/* How many claims of the model the source of this name made. */
static guint
claims_by (SlModel *model, const char *source)
{
  guint n = 0;

  for (guint32 i = 0; i < sl_model_n_claims (model); i++)
    n += g_strcmp0 (source_name (model, sl_model_claim (model, i)->source), source) == 0;
  return n;
}

static guint32
assert_claim (SlModel *model, const char *source, const char *cue, SlStance stance)
{
  guint32 i = find_claim (model, source, cue);

  if (i == SL_NONE)
    g_error ("no claim by %s with the cue “%s”", source ? source : "anyone", cue);
  g_assert_cmpstr (sl_stance_to_string (sl_model_claim (model, i)->stance), ==,
                   sl_stance_to_string (stance));
  return i;
}

static gboolean
has_alias (SlModel *model, guint32 source, const char *alias)
{
  for (guint32 it = sl_model_source (model, source)->alias_head; it != SL_NONE;)
    if (g_strcmp0 (sl_model_str (model, sl_model_source_alias_next (model, &it)), alias) == 0)
      return TRUE;
  return FALSE;
}

/* ------------------------------------------------------------------ sources */

static void
test_title_and_name (void)
{
  g_autoptr (SlModel) m = extract (
    "South Korean Defense Minister Shin Won-sik said the shipments continued. "
    "Shin added that more were expected.");
  guint32 a = assert_claim (m, "Shin Won-sik", "said", SL_STANCE_ASSERT);
  guint32 b = assert_claim (m, "Shin Won-sik", "added", SL_STANCE_ASSERT);
  const SlSource *src = sl_model_source (m, sl_model_claim (m, a)->source);

  g_assert_cmpuint (sl_model_claim (m, a)->source, ==, sl_model_claim (m, b)->source);
  g_assert_cmpint (src->kind, ==, SL_SOURCE_PERSON);
  g_assert_cmpstr (sl_model_str (m, src->title), ==, "South Korean Defense Minister");
}

static void
test_acronym_and_description (void)
{
  g_autoptr (SlModel) m = extract (
    "South Korea's National Intelligence Service (NIS) said it is looking into the reports. "
    "NIS also announced that it is monitoring shipments. "
    "\"We continue to watch,\" South Korea's intelligence agency said.");
  guint32 a = assert_claim (m, "National Intelligence Service", "said", SL_STANCE_ASSERT);
  guint32 src = sl_model_claim (m, a)->source;
  guint32 b = assert_claim (m, NULL, "announced", SL_STANCE_ASSERT);
  g_autofree char *content = NULL;

  g_assert_cmpuint (sl_model_claim (m, b)->source, ==, src);
  g_assert_cmpint (sl_model_source (m, src)->kind, ==, SL_SOURCE_AGENCY);
  g_assert_true (has_alias (m, src, "NIS"));
  g_assert_true (has_alias (m, src, "South Korea's intelligence agency"));
  g_assert_cmpuint (sl_model_n_sources (m), ==, 1);
  /* the quote before "… said" is the content */
  for (guint32 i = 0; i < sl_model_n_claims (m); i++)
    if (i != a && i != b)
      content = claim_span (m, i, 'c');
  g_assert_cmpstr (content, ==, "\"We continue to watch,\"");

  /* an acronym the text spells out where the body says nothing yet is that body later, not
   * a namesake in the gazetteer (RIA Novosti) */
  {
    g_autoptr (SlModel) ria = extract (
      "The minister said evidence gathered by the Information System Authority (RIA) and by "
      "allied services pointed to a foreign unit. The servers were flooded with requests, the "
      "RIA said.");

    assert_claim (ria, "Information System Authority", "said", SL_STANCE_ASSERT);
  }
}

static void
test_capitals_and_offices (void)
{
  g_autoptr (SlModel) m = extract (
    "Moscow said the sanctions had failed. Russia's Foreign Ministry said the claims were "
    "false. The Russian Foreign Ministry later said talks could resume.");
  guint32 a = assert_claim (m, "Russia", "said", SL_STANCE_ASSERT);

  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, a)->source)->kind, ==,
                   SL_SOURCE_GOVERNMENT);
  g_assert_cmpuint (claims_by (m, "Russian Foreign Ministry"), ==, 2);
  /* "the claims were false" is a denial */
  g_assert_cmpint (sl_model_claim (m, find_claim (m, "Russian Foreign Ministry", "said"))->stance,
                   ==, SL_STANCE_DENY);

  /* every member state speaks through its capital; a country's name may be someone's first
   * name */
  {
    g_autoptr (SlModel) chad = extract ("N'Djamena dismissed the report as false. Lilongwe said "
                                        "the kwacha would float. Jordan Henderson said the team "
                                        "would win.");
    guint32 c = assert_claim (chad, "Chad", "dismissed", SL_STANCE_DENY);
    guint32 j = assert_claim (chad, "Jordan Henderson", "said", SL_STANCE_ASSERT);

    g_assert_cmpint (sl_model_source (chad, sl_model_claim (chad, c)->source)->kind, ==,
                     SL_SOURCE_GOVERNMENT);
    assert_claim (chad, "Malawi", "said", SL_STANCE_ASSERT);
    g_assert_cmpint (sl_model_source (chad, sl_model_claim (chad, j)->source)->kind, ==,
                     SL_SOURCE_PERSON);
  }
}

/* "Jr." ends a name without hiding who speaks; a verbless aside does not either. */
static void
test_name_suffix_and_aside (void)
{
  g_autoptr (SlModel) m = extract (
    "James B. Comey Jr. said the inquiry was over. Marley Anderson, 21, a junior from Las "
    "Vegas, said she turned out at her first caucus to support the senator.");
  guint32 c1 = assert_claim (m, NULL, "said", SL_STANCE_ASSERT);
  g_autofree char *src1 = claim_span (m, c1, 's');
  guint32 c2 = SL_NONE;

  g_assert_cmpstr (src1, ==, "James B. Comey Jr.");
  for (guint32 i = 0; i < sl_model_n_claims (m); i++)
    if (i != c1)
      c2 = i;
  g_assert_cmpuint (c2, !=, SL_NONE);
  {
    g_autofree char *src2 = claim_span (m, c2, 's');
    g_autofree char *con2 = claim_span (m, c2, 'c');
    g_assert_cmpstr (src2, ==, "Marley Anderson");
    g_assert_true (g_str_has_prefix (con2, "she turned out"));
  }
}

static void
test_unnamed (void)
{
  g_autoptr (SlModel) m = sl_model_new ();
  guint32 a, b;

  add_text (m, "First\nDate: 2024-05-06\n\n(Meridian Wire) – Officials said the talks failed. "
               "A local media outlet reported that shells were found.\n");
  add_text (m, "Second\nDate: 2024-05-07\n\n(Harbor Ledger) – Officials said the talks resumed.\n");
  a = assert_claim (m, "Officials", "said", SL_STANCE_ASSERT);
  assert_claim (m, "local media outlet", "reported", SL_STANCE_REPORT);
  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, a)->source)->kind, ==,
                   SL_SOURCE_UNNAMED);
  /* officials in another article are other people */
  b = assert_claim (m, "Officials (Harbor Ledger)", "said", SL_STANCE_ASSERT);
  g_assert_cmpuint (sl_model_claim (m, a)->source, !=, sl_model_claim (m, b)->source);
}

/* A quantifier alone as the subject is part of a group: the one just named ("two of the
 * members"), the one it names after "of", or else people; never a source called "two". */
static void
test_counted (void)
{
  g_autoptr (SlModel) m = extract (
    "Nine members of the rate board met on Thursday. Seven backed a cut, while two said "
    "the rate should stay unchanged.\n\n"
    "Economists were split. Some said the bank moved too fast. Another said he expected a "
    "second cut.\n\n"
    "The plan has been criticized by some of his rivals for its cost.\n\n"
    "Many believe inflation will return.");
  guint32 two = assert_claim (m, "two of the members", "said", SL_STANCE_ASSERT);
  guint32 many = assert_claim (m, "many people", "believe", SL_STANCE_SUSPECT);
  g_autofree char *span = claim_span (m, two, 's');

  /* the text the source stands at is still the word itself */
  g_assert_cmpstr (span, ==, "two");
  assert_claim (m, "some of the economists", "said", SL_STANCE_ASSERT);
  assert_claim (m, "another of the economists", "said", SL_STANCE_ASSERT);
  assert_claim (m, "some of his rivals", "criticized", SL_STANCE_ASSERT);
  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, many)->source)->kind, ==,
                   SL_SOURCE_UNNAMED);
  for (guint32 i = 0; i < sl_model_n_sources (m); i++)
    {
      const char *name = source_name (m, i);

      g_assert_cmpstr (name, !=, "two");
      g_assert_cmpstr (name, !=, "Some");
      g_assert_cmpstr (name, !=, "Another");
    }
}

/* A government office written in lower case after its country ("Russia's foreign
 * ministry", Reuters' house style) is that country's office, one source with its
 * capitalised spelling; without a country "the government" names no office, and commentators
 * on the military do not speak for it. */
static void
test_office_in_lower_case (void)
{
  g_autoptr (SlModel) m = extract (
    "Lesotho defence ministry denies coup plot\n\n"
    "Russia's foreign ministry said on Tuesday the claims were false. "
    "The Lesotho Defense Ministry said the army was loyal. "
    "The Kenyan interior ministry said 40 people had been arrested. "
    "The government said the curfew would end. "
    "Chinese military commentators said the drill was a warning.");
  guint32 ru = assert_claim (m, "Russian Foreign Ministry", "said", SL_STANCE_DENY);
  guint32 head = assert_claim (m, "Lesotho Defense Ministry", "denies", SL_STANCE_DENY);
  guint32 body = assert_claim (m, "Lesotho Defense Ministry", "said", SL_STANCE_ASSERT);
  guint32 gov = find_claim (m, NULL, "said");

  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, ru)->source)->kind, ==,
                   SL_SOURCE_GOVERNMENT);
  g_assert_cmpuint (sl_model_claim (m, head)->source, ==, sl_model_claim (m, body)->source);
  assert_claim (m, "Kenyan Interior Ministry", "said", SL_STANCE_ASSERT);
  for (guint32 i = 0; i < sl_model_n_sources (m); i++)
    {
      g_assert_cmpstr (source_name (m, i), !=, "Government");
      g_assert_cmpstr (source_name (m, i), !=, "Chinese Military");
    }
  assert_claim (m, "Chinese military commentators", "said", SL_STANCE_ASSERT);
  g_assert_cmpuint (gov, !=, SL_NONE);
}

/* A spokesperson speaks for the body; a diplomat or an official of it is someone unnamed
 * inside it, whose word an analyst weighs differently from the body's. */
static void
test_spokesperson_and_official (void)
{
  g_autoptr (SlModel) m = extract (
    "An EU diplomat said the deal was close. "
    "A Foreign Ministry official said it was not. "
    "A European Commission spokesperson said talks would go on.");
  guint32 dip = assert_claim (m, "EU diplomat", "said", SL_STANCE_ASSERT);

  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, dip)->source)->kind, ==,
                   SL_SOURCE_UNNAMED);
  assert_claim (m, "Foreign Ministry official", "said", SL_STANCE_ASSERT);
  assert_claim (m, "European Commission", "said", SL_STANCE_ASSERT);
  g_assert_cmpuint (find_claim (m, "European Union", "said"), ==, SL_NONE);
}

/* A rank before the name in an appositive belongs to the title ("the city's police
 * commander, Colonel Andrés Quintero"), and "he said" after it is his; a local station
 * is an outlet, and a guard it cites is someone unnamed whose account comes through it (named
 * without the clause that says it is not named). */
static void
test_rank_station_and_guard (void)
{
  g_autoptr (SlModel) m = extract (
    "Police suspect that the inmates had help from inside, the city's police commander, "
    "Colonel Andrés Quintero, told reporters. A cell door had been left unlocked, he said.\n\n"
    "The local station Radio Frontera reported, citing a guard who asked not to be named, "
    "that blades had been smuggled in during visits on Saturday.");
  guint32 told = assert_claim (m, "Andrés Quintero", "told", SL_STANCE_ASSERT);
  const SlSource *q = sl_model_source (m, sl_model_claim (m, told)->source);
  guint32 rep = assert_claim (m, "Radio Frontera", "reported", SL_STANCE_REPORT);
  guint32 guard = find_claim (m, "guard", "citing");

  g_assert_cmpint (q->kind, ==, SL_SOURCE_PERSON);
  g_assert_cmpstr (sl_model_str (m, q->title), ==, "city's police commander");
  assert_claim (m, "Andrés Quintero", "said", SL_STANCE_ASSERT);
  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, rep)->source)->kind, ==,
                   SL_SOURCE_OUTLET);
  g_assert_cmpuint (guard, !=, SL_NONE);
  g_assert_cmpuint (sl_model_claim (m, guard)->via, ==, rep);
}

/* The name a group goes by is the source ("A group calling itself Maré Negra", "a militia
 * known as the Northern Shield"), in its own clause and in one joined to it; a name followed
 * by what it is ("Atlantel, the country's second-largest mobile operator,") is a company. */
static void
test_names_groups_go_by (void)
{
  g_autoptr (SlModel) m = extract (
    "Hackers broke into Atlantel, the country's second-largest mobile operator, on Sunday. "
    "A group calling itself Mare Negra posted a sample of the files on Monday and said it would "
    "release the rest. A militia known as the Northern Shield said it had closed the road. "
    "Atlantel said no bank details were taken.");
  guint32 said = assert_claim (m, "Mare Negra", "said", SL_STANCE_ASSERT);
  guint32 mil = assert_claim (m, "Northern Shield", "said", SL_STANCE_ASSERT);
  guint32 op = assert_claim (m, "Atlantel", "said", SL_STANCE_ASSERT);

  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, said)->source)->kind, ==,
                   SL_SOURCE_ORGANIZATION);
  g_assert_true (has_alias (m, sl_model_claim (m, said)->source, "group calling itself Mare Negra"));
  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, mil)->source)->kind, ==,
                   SL_SOURCE_ORGANIZATION);
  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, op)->source)->kind, ==,
                   SL_SOURCE_ORGANIZATION);
  g_assert_cmpuint (find_claim (m, "group", "said"), ==, SL_NONE);
}

/* A country's government is the country, as its capital is; "the regulator" is the public
 * body that regulates, and "the airline" the one described as a carrier; a union "of the
 * Philippines" is a body, not the country. */
static void
test_government_regulator_airline (void)
{
  g_autoptr (SlModel) m = extract (
    "The Mozambican government said the army would investigate. Maputo rejected the "
    "allegations.\n\n"
    "The Civil Aviation Authority of the Philippines said nine of the budget carrier Visayas "
    "Air's jets would stay grounded. The regulator said the checks would take a week. The airline "
    "estimates that 52,000 passengers were affected. The Aircraft Mechanics Union of the "
    "Philippines warned that inspections were rushed.");
  guint32 gov = assert_claim (m, "Mozambique", "said", SL_STANCE_ASSERT);
  guint32 cap = assert_claim (m, "Mozambique", "rejected", SL_STANCE_DENY);

  g_assert_cmpuint (sl_model_claim (m, gov)->source, ==, sl_model_claim (m, cap)->source);
  assert_claim (m, "Civil Aviation Authority of the Philippines", "said", SL_STANCE_ASSERT);
  assert_claim (m, "Visayas Air", "estimates", SL_STANCE_ESTIMATE);
  assert_claim (m, "Aircraft Mechanics Union of the Philippines", "warned", SL_STANCE_ASSERT);
  g_assert_cmpuint (find_claim (m, "Philippines", "warned"), ==, SL_NONE);
}

/* A title may name what it heads ("the firm's head of research, Owen Pryce,"); a verb of
 * going on before a gerund leaves the speaker its subject ("The minister kept saying that
 * …"), while setting about a thing is no report ("Brussels began listing vessels",
 * "regulators began recalling tablets"). */
static void
test_titles_and_aspect (void)
{
  g_autoptr (SlModel) m = extract (
    "The firm's head of research, Owen Pryce, said four tankers had loaded cargoes. "
    "The minister kept saying that the vote was rigged. "
    "Brussels began listing individual vessels in 2024. "
    "Regulators in dozens of countries began recalling blood pressure tablets.");
  guint32 said = assert_claim (m, "Owen Pryce", "said", SL_STANCE_ASSERT);

  g_assert_cmpstr (sl_model_str (m, sl_model_source (m, sl_model_claim (m, said)->source)->title),
                   ==, "firm's head of research");
  assert_claim (m, "minister", "saying", SL_STANCE_ASSERT);
  g_assert_cmpuint (find_claim (m, NULL, "listing"), ==, SL_NONE);
  g_assert_cmpuint (find_claim (m, NULL, "recalling"), ==, SL_NONE);
}

/* A body's description, then its name with its acronym, set off by commas ("Moldova's
 * counter-intelligence agency, the Intelligence and Security Service (SIS),"); what a party
 * is, then its name ("the opposition Neutrality Bloc"); "accused of" right after a noun names
 * the accused; "…, last ordered" is when the subject last did it. */
static void
test_described_bodies_and_accused (void)
{
  g_autoptr (SlModel) m = extract (
    "Moldova expels three Russian diplomats accused of spying\n\n"
    "Moldova's counter-intelligence agency, the Intelligence and Security Service (SIS), said "
    "its officers had detained the employee. The SIS said he was paid in cash. "
    "The opposition Neutrality Bloc said it suspected the government had timed the affair. "
    "Moldova, which applied to join the European Union in March 2022, last ordered a cut in "
    "Russian staff in July 2023.");
  guint32 a = assert_claim (m, "Intelligence and Security Service", "said", SL_STANCE_ASSERT);
  guint32 bloc = assert_claim (m, "Neutrality Bloc", "said", SL_STANCE_SUSPECT);

  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, a)->source)->kind, ==, SL_SOURCE_AGENCY);
  g_assert_true (has_alias (m, sl_model_claim (m, a)->source, "SIS"));
  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, bloc)->source)->kind, ==,
                   SL_SOURCE_ORGANIZATION);
  g_assert_cmpuint (find_claim (m, NULL, "accused"), ==, SL_NONE);
  g_assert_cmpuint (find_claim (m, "last", "ordered"), ==, SL_NONE);
  for (guint32 i = 0; i < sl_model_n_claims (m); i++)
    g_assert_cmpstr (source_name (m, sl_model_claim (m, i)->source), !=,
                     "Moldova's counter-intelligence agency");
}

/* ", saying …" after a denial is the denier's, not the speaker's of a clause inside what
 * was denied; a cue that closes a relative clause ("the time the manufacturer recommends")
 * credits nothing before it. */
static void
test_saying_after_nested_claim (void)
{
  g_autoptr (SlModel) m = extract (
    "The engines are built by Halcott Aero Engines, which denied that the failure pointed to "
    "a flaw in their design, saying engines of that model had flown three million times. "
    "The union warned on Monday that mechanics had been pressed to finish inspections in half "
    "the time the manufacturer recommends.");
  guint32 saying = find_claim (m, NULL, "saying");

  g_assert_cmpuint (saying, !=, SL_NONE);
  g_assert_cmpstr (source_name (m, sl_model_claim (m, saying)->source), ==, "Halcott Aero Engines");
  g_assert_cmpuint (find_claim (m, NULL, "recommends"), ==, SL_NONE);
  assert_claim (m, "union", "warned", SL_STANCE_ASSERT);
}

/* A frame that ends at a time and a comma before "but" says nothing after it: the rival's
 * refusal is hers, not the commission's announcement, and nobody passes it on. */
static void
test_frame_before_joined_clause (void)
{
  g_autoptr (SlModel) m = extract (
    "Semedo has won the runoff, according to provisional results the National Elections "
    "Commission announced late on Tuesday, but his rival, Filomena Tavares, refused to "
    "concede.");
  guint32 announced = assert_claim (m, "National Elections Commission", "announced",
                                    SL_STANCE_ASSERT);
  g_autofree char *content = claim_span (m, announced, 'c');
  guint32 refused = assert_claim (m, "Filomena Tavares", "refused", SL_STANCE_DENY);

  g_assert_null (strstr (content, "rival"));
  g_assert_cmpuint (sl_model_claim (m, refused)->via, ==, SL_NONE);
}

/* From a border-shelling story: a country's office named "the ministry" later is that
 * office; a quotation credited "as saying" at the sentence's end says what came before, by
 * a person named and then described; "In a second statement it said" is the ministry's; an
 * appositive with a relative clause still sets a body off; responding in kind is no reply. */
static void
test_shelling_story (void)
{
  g_autoptr (SlModel) m = extract (
    "Tajik troops shelled three villages overnight, Kyrgyzstan's Defence Ministry said on "
    "Monday. The ministry said Kyrgyz units fired back.\n\n"
    "At least six civilians were killed, the state news agency Ala-Too Press quoted Gulnara "
    "Tashieva, head of the provincial health department, as saying.\n\n"
    "Tajikistan's Defence Ministry rejected the account, saying that Kyrgyz soldiers fired "
    "first and that its own units had responded in proportion. In a second statement it said "
    "two border guards had been wounded.\n\n"
    "The Frontier Incident Monitor, an independent group in Osh that tracks clashes from "
    "villagers' reports, estimates that at least 240 rounds were fired.");
  guint32 first = assert_claim (m, "Kyrgyz Defense Ministry", "said", SL_STANCE_ASSERT);
  guint32 quoted = assert_claim (m, "Ala-Too Press", "quoted", SL_STANCE_REPORT);
  guint32 saying = find_claim (m, "Gulnara Tashieva", "as saying");
  guint32 rejected = assert_claim (m, "Tajik Defense Ministry", "rejected", SL_STANCE_DENY);
  guint n_kyrgyz = 0, n_tajik = 0;

  g_assert_cmpuint (saying, !=, SL_NONE);
  g_assert_cmpuint (sl_model_claim (m, saying)->via, ==, quoted);
  g_assert_cmpstr (sl_model_str (m, sl_model_source (m, sl_model_claim (m, saying)->source)->title),
                   ==, "head of the provincial health department");
  for (guint32 i = 0; i < sl_model_n_claims (m); i++)
    {
      n_kyrgyz += sl_model_claim (m, i)->source == sl_model_claim (m, first)->source;
      n_tajik += sl_model_claim (m, i)->source == sl_model_claim (m, rejected)->source;
    }
  g_assert_cmpuint (n_kyrgyz, ==, 2);
  g_assert_cmpuint (n_tajik, >=, 2);
  g_assert_cmpuint (find_claim (m, NULL, "responded"), ==, SL_NONE);
  assert_claim (m, "Frontier Incident Monitor", "estimates", SL_STANCE_ESTIMATE);
}

/* From the ninth set: a body's name with a particle and a mixed-case acronym ("the Guardia
 * di Finanza (GdF)"), a name given an acronym is a body, "Serie A" closes a name, a survey
 * "by X published on …" is X's, an honorific opens an appositive name, and a name before a
 * title and a relative clause is who speaks. */
static void
test_ninth_set_sources (void)
{
  g_autoptr (SlModel) m = extract (
    "The Guardia di Finanza (GdF), which carried out the search, said it had collected "
    "documents. Lega Serie A, which runs the top division, said it was monitoring the case. "
    "Caravan Medical Relief (CMR) said two bombs had hit the wards. A survey by Morabeza "
    "Research published on October 27 had estimated that Tavares would win. Its president, "
    "Dr. Kojo Asante-Darko, said the gap was dangerous. Riikka Salmela, chief negotiator at "
    "the union (TPU), which represents most of the staff, criticised the cuts.");
  guint32 gdf = assert_claim (m, "Guardia di Finanza", "said", SL_STANCE_ASSERT);
  guint32 cmr = assert_claim (m, "Caravan Medical Relief", "said", SL_STANCE_ASSERT);

  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, gdf)->source)->kind, ==,
                   SL_SOURCE_ORGANIZATION);
  g_assert_true (has_alias (m, sl_model_claim (m, gdf)->source, "GdF"));
  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, cmr)->source)->kind, ==,
                   SL_SOURCE_ORGANIZATION);
  assert_claim (m, "Lega Serie A", "said", SL_STANCE_ASSERT);
  assert_claim (m, "Morabeza Research", "estimated", SL_STANCE_ESTIMATE);
  assert_claim (m, "Kojo Asante-Darko", "said", SL_STANCE_ASSERT);
  assert_claim (m, "Riikka Salmela", "criticised", SL_STANCE_ASSERT);
}

/* A company named for what it makes is a company ("Deccan Biologicals"), and "It denied
 * causing the delay" is its denial. */
static void
test_company_words (void)
{
  g_autoptr (SlModel) m = extract (
    "Deccan Biologicals said the consignment had left its plant on Tuesday. It denied causing "
    "the delay, saying the ministry had paid late.");
  guint32 said = assert_claim (m, "Deccan Biologicals", "said", SL_STANCE_ASSERT);

  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, said)->source)->kind, ==,
                   SL_SOURCE_ORGANIZATION);
  assert_claim (m, "Deccan Biologicals", "denied", SL_STANCE_DENY);
}

/* A candidate's campaign is a body named for the candidate, whether the text says "her
 * campaign", "Tavares's campaign" or "the Trump campaign". */
static void
test_campaigns (void)
{
  g_autoptr (SlModel) m = extract (
    "Filomena Tavares refused to concede. Her campaign said the count was rigged. Tavares's "
    "campaign said on Wednesday it would appeal. The Trump campaign said no.");
  guint32 her = assert_claim (m, "Tavares campaign", "said", SL_STANCE_ASSERT);
  guint n = 0;

  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, her)->source)->kind, ==,
                   SL_SOURCE_ORGANIZATION);
  for (guint32 i = 0; i < sl_model_n_claims (m); i++)
    n += sl_model_claim (m, i)->source == sl_model_claim (m, her)->source;
  g_assert_cmpuint (n, ==, 2);
  assert_claim (m, "Trump campaign", "said", SL_STANCE_ASSERT);
  g_assert_cmpuint (find_claim (m, "campaign", "said"), ==, SL_NONE);
}

/* A citing phrase that opens the sentence names whom the claim after it cites; a reason
 * cited there ("Citing security concerns, …") is no one. */
static void
test_citing_opens_sentence (void)
{
  g_autoptr (SlModel) m = extract (
    "Citing a cardiologist at one of the trial sites, the health news site Ward Round "
    "reported on Thursday that two patients had died. "
    "Citing security concerns, the ministry said it would close the border.");
  guint32 rep = assert_claim (m, "Ward Round", "reported", SL_STANCE_REPORT);
  guint32 doc = find_claim (m, "cardiologist at one of the trial sites", "citing");

  g_assert_cmpuint (doc, !=, SL_NONE);
  g_assert_cmpuint (sl_model_claim (m, doc)->via, ==, rep);
  g_assert_cmpuint (find_claim (m, NULL, "said"), !=, SL_NONE);
  g_assert_cmpuint (sl_model_n_claims (m), ==, 3);
}

/* Names as the eleventh set wrote them: an acronym for a name with "for the" inside, a
 * speaker placed "near" somewhere, a word that only describes a body before its name, and a
 * saying "in a video posted on Sunday", which dates it and says nothing of its own. */
static void
test_names_eleventh_set (void)
{
  g_autoptr (SlModel) m = extract (
    "The UN Office for the Coordination of Humanitarian Affairs (OCHA) estimated that 57,000 "
    "people had fled. OCHA said aid convoys could not leave. A trader near the central market, "
    "reached by telephone, said the shooting went on for hours. The rebel Patriotic Front for "
    "Renewal (FPR) said in a video posted on Sunday, a day before the evacuation, that its "
    "fighters had taken the airport.");
  guint32 fpr;

  assert_claim (m, "UN Office for the Coordination of Humanitarian Affairs", "said", SL_STANCE_ASSERT);
  assert_claim (m, "trader near the central market", "said", SL_STANCE_ASSERT);
  fpr = assert_claim (m, "Patriotic Front for Renewal", "said", SL_STANCE_ASSERT);
  g_assert_cmpuint (sl_model_claim (m, fpr)->said_on, !=, 0);
  g_assert_cmpuint (find_claim (m, NULL, "posted"), ==, SL_NONE);
  g_assert_cmpuint (sl_model_n_claims (m), ==, 4);

  /* a description then the name, the description holding whom one works for; a place the
   * speaker is from; a noun in -ly */
  {
    g_autoptr (SlModel) w = extract (
      "A lawyer for the shepherd, Anna Stathopoulou, denied the charge. \"Nothing is left,\" "
      "said a farmer from Aris who lost his olive grove. A friend of the family said the boy "
      "was shy.");

    assert_claim (w, "Anna Stathopoulou", "denied", SL_STANCE_DENY);
    assert_claim (w, "farmer from Aris", "said", SL_STANCE_ASSERT);
    assert_claim (w, "friend of the family", "said", SL_STANCE_ASSERT);
  }
}

/* A headline that names its source by a common noun means the body's source of that cue
 * ("owner denies" over "The mine's owner, Serra Azul, denied"); a memo "it had seen" is the
 * memo, and what the memo's inspectors said came through it. */
static void
test_memo_chain_and_headline (void)
{
  g_autoptr (SlModel) m = sl_model_new ();
  guint32 paper, memo, inspectors;

  add_text (m, "Mine owner denies link to fish deaths\nDate: 2024-05-06\n\nThe mine's owner, Serra "
               "Azul, denied that the leak had killed the fish. The daily O Correio reported on "
               "Thursday, citing an internal company memo it had seen, that inspectors had warned "
               "the company that the wall was leaking.\n");
  for (guint32 i = 0; i < sl_model_n_claims (m); i++)
    if (sl_model_claim (m, i)->stance == SL_STANCE_DENY)
      g_assert_cmpstr (source_name (m, sl_model_claim (m, i)->source), ==, "Serra Azul");
  g_assert_cmpuint (sl_model_find_source (m, "owner"), ==, SL_NONE);
  paper = assert_claim (m, "O Correio", "reported", SL_STANCE_REPORT);
  memo = assert_claim (m, "internal company memo", "citing", SL_STANCE_REPORT);
  inspectors = assert_claim (m, "inspectors", "warned", SL_STANCE_ASSERT);
  g_assert_cmpuint (sl_model_claim (m, memo)->via, ==, paper);
  g_assert_cmpuint (sl_model_claim (m, inspectors)->via, ==, memo);

  /* a name and what it is ("Savinja Banka, a regional lender") makes "the bank" that body;
   * a price asked and a question asked are no claims */
  {
    g_autoptr (SlModel) b = extract ("The regulator opened an inquiry into Savinja Banka, a "
                                     "regional lender based in Celje, a day after the bank "
                                     "admitted that thieves had copied its data. The paper "
                                     "reported that the seller was asking 15,000 dollars for "
                                     "the set.");

    assert_claim (b, "Savinja Banka", "admitted", SL_STANCE_ASSERT);
    g_assert_cmpuint (find_claim (b, NULL, "asking"), ==, SL_NONE);
  }
  /* a company is no "he" */
  {
    g_autoptr (SlModel) h = extract ("Donald Trump criticised Ford. Apple Inc said it would "
                                     "build a plant. He often calls out companies by name.");

    assert_claim (h, "Donald Trump", "calls", SL_STANCE_ASSERT);
  }
}

/* "…, the minister said, according to officials.": the frame set off by commas is the
 * minister's claim, come through the officials; a note the analyst wrote is only where her
 * estimate was read, no source of its own. */
static void
test_according_after_frame (void)
{
  g_autoptr (SlModel) m = extract (
    "Fuel prices will rise, the minister said, according to officials. "
    "Wheat prices will rise by 15%, Madina Akhmetova, an analyst at the brokerage Tengri "
    "Capital, estimates, according to a note to clients.");
  guint32 minister = assert_claim (m, "minister", "said", SL_STANCE_ASSERT);
  guint32 officials = assert_claim (m, "officials", "according to", SL_STANCE_ASSERT);
  guint32 analyst = assert_claim (m, "Madina Akhmetova", "estimates", SL_STANCE_ESTIMATE);
  g_autofree char *content = claim_span (m, analyst, 'c');

  g_assert_cmpuint (sl_model_claim (m, minister)->via, ==, officials);
  g_assert_cmpuint (sl_model_claim (m, analyst)->via, ==, SL_NONE);
  g_assert_cmpstr (content, ==, "Wheat prices will rise by 15%");
  g_assert_cmpuint (sl_model_n_claims (m), ==, 3);
}

/* "The centre said, in a notice quoted by the agency, that …": the centre's words came
 * through the agency that quoted them; "the mother of one of the engineers" is the mother. */
static void
test_quoted_aside (void)
{
  g_autoptr (SlModel) m = extract (
    "The maritime centre said, in a notice quoted by the Lagoon Press Agency, that it "
    "suspected the gang had sailed from the delta. \"The line went dead,\" the mother of one "
    "of the engineers told reporters.");
  guint32 centre = assert_claim (m, "maritime centre", "said", SL_STANCE_SUSPECT);
  guint32 agency = assert_claim (m, "Lagoon Press Agency", "quoted", SL_STANCE_REPORT);

  g_assert_cmpuint (sl_model_claim (m, centre)->via, ==, agency);
  g_assert_cmpuint (sl_model_claim (m, agency)->via, ==, SL_NONE);
  assert_claim (m, "mother of one of the engineers", "told", SL_STANCE_ASSERT);
}

/* "The spokesman was quoted by the agency Watan Press as saying …" and "Watan Press quoted
 * the ministry's spokesman, Faker Bouzid, as saying …": the agency reports, and the
 * spokesman's words come through it, in either voice. An order given is no claim. */
static void
test_quoted_by_agent (void)
{
  g_autoptr (SlModel) m = extract (
    "Governor Mourad Jlassi ordered the plant shut on Tuesday, and the Interior Ministry's "
    "spokesman, Faker Bouzid, was quoted by the state news agency Watan Press as saying that "
    "prosecutors had opened an investigation.\n\n"
    "The state news agency Watan Press quoted the ministry's spokeswoman, Leila Mansour, as "
    "saying that the plant would stay shut.\n\n"
    "The broadcaster Nordlys Radio quoted a glaciologist who has studied the lake since the "
    "flood, who asked not to be named, as saying that such drainages had become common.\n\n"
    "Geologists found gas bubbling from three vents, according to the news site Absheron "
    "Xeber, which quoted the governor's deputy, Leyla Aliyeva, as saying that a second blast "
    "could not be ruled out.");
  guint32 agency = assert_claim (m, "Watan Press", "quoted", SL_STANCE_REPORT);
  guint32 spokesman = assert_claim (m, "Faker Bouzid", "as saying", SL_STANCE_ASSERT);
  guint32 spokeswoman = find_claim (m, "Leila Mansour", "as saying");

  g_assert_cmpuint (sl_model_claim (m, spokesman)->via, ==, agency);
  g_assert_cmpuint (spokeswoman, !=, SL_NONE);
  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, spokeswoman)->source)->kind, ==,
                   SL_SOURCE_PERSON);
  g_assert_cmpstr (source_name (m, sl_model_claim (m, sl_model_claim (m, spokeswoman)->via)->source),
                   ==, "Watan Press");
  for (guint32 i = 0; i < sl_model_n_claims (m); i++)
    g_assert_cmpstr (source_name (m, sl_model_claim (m, i)->source), !=, "Mourad Jlassi");
  /* the one quoted, with a long description, without the aside asking for anonymity */
  {
    guint32 radio = assert_claim (m, "Nordlys Radio", "quoted", SL_STANCE_REPORT);
    guint32 expert = assert_claim (m, "glaciologist who has studied the lake since the flood", "as saying",
                                   SL_STANCE_ASSERT);

    g_assert_cmpuint (sl_model_claim (m, expert)->via, ==, radio);
  }
  /* "according to the site, which quoted X as saying that …": X said what follows, and X's
   * words came through the site */
  {
    guint32 site = assert_claim (m, "Absheron Xeber", "according to", SL_STANCE_REPORT);
    guint32 deputy = find_claim (m, "Leyla Aliyeva", "as saying");
    g_autofree char *said = NULL;

    g_assert_cmpuint (deputy, !=, SL_NONE);
    said = claim_span (m, deputy, 'c');
    g_assert_true (g_str_has_prefix (said, "a second blast could not be ruled out"));
    g_assert_cmpuint (sl_model_claim (m, deputy)->via, ==, site);
  }
}

/* "The regulator" is a public body of the article, never a company it regulates, whether the
 * company's name or the text says it is one; "A police spokeswoman in Lodwar, Grace Akai,"
 * is Grace Akai; "the Nairobi daily The Equator" keeps its article in its name. */
static void
test_regulator_spokeswoman_paper (void)
{
  g_autoptr (SlModel) m = extract (
    "Brightcell Electronics said it was cooperating. The regulator suspects that thousands "
    "were sold.\n\n"
    "Savinja Banka, a regional lender, said its data was safe. The watchdog said it would "
    "investigate.\n\n"
    "A police spokeswoman in Lodwar, Grace Akai, denied that detectives had reached any "
    "conclusion.\n\n"
    "Four people died, Commissioner Joseph Lemeki was quoted by the Nairobi daily The Equator "
    "as saying. The Nairobi daily The Equator reported that the fire spread.");
  guint32 lemeki = assert_claim (m, "Joseph Lemeki", "as saying", SL_STANCE_ASSERT);

  assert_claim (m, "regulator", "suspects", SL_STANCE_SUSPECT);
  assert_claim (m, "watchdog", "said", SL_STANCE_ASSERT);
  assert_claim (m, "Grace Akai", "denied", SL_STANCE_DENY);
  g_assert_cmpstr (source_name (m, sl_model_claim (m, sl_model_claim (m, lemeki)->via)->source),
                   ==, "The Equator");
  assert_claim (m, "The Equator", "reported", SL_STANCE_REPORT);
}

/* "…,” a nurse told the news agency Halyard Press in an interview published on Saturday":
 * the agency published what she told it, and her words reached us through it; told "by
 * telephone", the hearer passes nothing on. */
static void
test_interview_published (void)
{
  g_autoptr (SlModel) m = extract (
    "\"We carried the children out,\" a nurse told the news agency Halyard Press in an "
    "interview published on Saturday. \"The line went dead,\" a mother told the news agency "
    "Halyard Press by telephone.");
  guint32 agency = assert_claim (m, "Halyard Press", "published", SL_STANCE_REPORT);
  guint32 nurse = assert_claim (m, "nurse", "told", SL_STANCE_ASSERT);
  guint32 mother = assert_claim (m, "mother", "told", SL_STANCE_ASSERT);
  g_autofree char *content = claim_span (m, nurse, 'c');

  g_assert_cmpuint (sl_model_claim (m, nurse)->via, ==, agency);
  g_assert_cmpuint (sl_model_claim (m, mother)->via, ==, SL_NONE);
  g_assert_cmpstr (content, ==, "\"We carried the children out,\"");
}

/* "The Observatory estimates …" after "the Climate Finance Observatory" is that body, an
 * organisation by the word its name ends with. */
static void
test_body_by_last_word (void)
{
  g_autoptr (SlModel) m = extract (
    "Only a fraction has been pledged, according to an analysis by the Climate Finance "
    "Observatory, a research group based in Lisbon.\n\n"
    "The Observatory estimates that public climate finance fell by about 8% last year.");
  guint32 est = assert_claim (m, "Climate Finance Observatory", "estimates", SL_STANCE_ESTIMATE);

  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, est)->source)->kind, ==,
                   SL_SOURCE_ORGANIZATION);
  g_assert_cmpuint (find_claim (m, "Observatory", "estimates"), ==, SL_NONE);
}

/* A body's name may hold a place ("the Association of Hungarian Insurers", "the Cyprus
 * Chamber of Commerce"); a treasury, a museum and a programme are bodies; a town clerk and a
 * party leader are people with titles; "the quotas announced so far … exceed" and "a
 * heatwave pushed the temperature to …" are no claims. */
static void
test_body_names (void)
{
  g_autoptr (SlModel) m = extract (
    "The Association of Hungarian Insurers said claims would rise.\n\n"
    "The Cyprus Chamber of Commerce said shops had closed.\n\n"
    "The National Treasury said the money was spent.\n\n"
    "The World Food Programme warned of famine.\n\n"
    "Town clerk Sibusiso Ncube said the dams were low.\n\n"
    "Green and Farmers' List leader Martins Ozols said the result was close.\n\n"
    "The fleet may catch less, and the quotas announced so far for next year already exceed "
    "the advice, the council said.\n\n"
    "Power cuts hit the island as a heatwave pushed the temperature to 45 degrees.\n\n"
    "Forecasters expect rain, but a meteorologist with the agency, Priya Nandakumar, estimated "
    "that less than 5 millimetres would fall.\n\n"
    "Environment Canada said rain would reach the region next week.");
  static const struct
  {
    const char *name, *cue;
    SlSourceKind kind;
  } rows[] = {
    { "Association of Hungarian Insurers", "said", SL_SOURCE_ORGANIZATION },
    { "Cyprus Chamber of Commerce", "said", SL_SOURCE_ORGANIZATION },
    { "National Treasury", "said", SL_SOURCE_AGENCY },
    { "World Food Programme", "warned", SL_SOURCE_ORGANIZATION },
    { "Sibusiso Ncube", "said", SL_SOURCE_PERSON },
    /* a title after "and" keeps the party's name in it */
    { "Martins Ozols", "said", SL_SOURCE_PERSON },
    /* a national agency named after its country is not the country */
    { "Environment Canada", "said", SL_SOURCE_AGENCY },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      guint32 c = find_claim (m, rows[i].name, rows[i].cue);

      if (c == SL_NONE)
        g_error ("no claim by %s", rows[i].name);
      g_assert_cmpint (sl_model_source (m, sl_model_claim (m, c)->source)->kind, ==, rows[i].kind);
    }
  g_assert_cmpstr (sl_model_str (m, sl_model_source (m, sl_model_claim (m, find_claim (m, "Sibusiso Ncube", "said"))->source)->title),
                   ==, "Town clerk");
  g_assert_cmpstr (sl_model_str (m, sl_model_source (m, sl_model_claim (m, assert_claim (m, "Priya Nandakumar", "estimated", SL_STANCE_ESTIMATE))->source)->title),
                   ==, "meteorologist with the agency");
  /* a participle that describes a noun, the clause's verb after it, reports nothing */
  g_assert_cmpuint (find_claim (m, NULL, "announced"), ==, SL_NONE);
  /* nor does a happening speak */
  g_assert_cmpuint (find_claim (m, NULL, "pushed"), ==, SL_NONE);
}

/* A company's first word alone is the company the text named in full ("Norrsken" after
 * "the Swedish start-up Norrsken Aerospace", "Brightcell" after "Brightcell Electronics"),
 * and a company a chain or a maker is described as is no person; a foundation named after
 * someone is not what the surname alone means. */
static void
test_company_short_names (void)
{
  g_autoptr (SlModel) m = extract (
    "A launcher built by the Swedish start-up Norrsken Aerospace broke apart on Tuesday. "
    "Brightcell Electronics said its chargers were safe.\n\n"
    "Norrsken said it would try again. Brightcell told the Courier that it had withdrawn "
    "20,000 chargers.\n\n"
    "The deal would merge the grocery chains Harbourfresh and Valley Foods. Harbourfresh said "
    "the merger would save money.\n\n"
    "The Clinton Foundation said the gift was legal. Clinton said she was proud of it.\n\n"
    "His former team, Adria-Velo, which dismissed him in July, said it had cooperated. "
    "Dumitrescu dismissed her complaint as baseless.\n\n"
    "Terminal operator Deltaport Container Terminals called the strike disproportionate. "
    "The track manager, Northern Rail Infrastructure, denied that any warning had been "
    "ignored.\n\n"
    "The Mwanza daily Sauti ya Ziwa reported that the ferry had failed an inspection. Union "
    "negotiator Sanne de Wit said the talks had failed.");
  guint32 norrsken = assert_claim (m, "Norrsken Aerospace", "said", SL_STANCE_ASSERT);
  guint32 harbour = assert_claim (m, "Harbourfresh", "said", SL_STANCE_ASSERT);
  guint32 clinton = assert_claim (m, "Clinton", "said", SL_STANCE_ASSERT);

  assert_claim (m, "Brightcell Electronics", "told", SL_STANCE_ASSERT);
  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, norrsken)->source)->kind, ==,
                   SL_SOURCE_ORGANIZATION);
  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, harbour)->source)->kind, ==,
                   SL_SOURCE_ORGANIZATION);
  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, clinton)->source)->kind, ==,
                   SL_SOURCE_PERSON);
  /* a name set off after "his former team," is the team; dismissing him fired him, while
   * dismissing her complaint denied it */
  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, assert_claim (m, "Adria-Velo", "said", SL_STANCE_ASSERT))->source)->kind,
                   ==, SL_SOURCE_ORGANIZATION);
  g_assert_cmpuint (find_claim (m, "Adria-Velo", "dismissed"), ==, SL_NONE);
  assert_claim (m, "Dumitrescu", "dismissed", SL_STANCE_DENY);
  /* a name with a particle inside ("ya", "de") is still the name after its description */
  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, assert_claim (m, "Sauti ya Ziwa", "reported", SL_STANCE_REPORT))->source)->kind,
                   ==, SL_SOURCE_OUTLET);
  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, assert_claim (m, "Sanne de Wit", "said", SL_STANCE_ASSERT))->source)->kind,
                   ==, SL_SOURCE_PERSON);
  /* an operator describes a company; a company's name after a role is the company */
  g_assert_cmpuint (find_claim (m, "Deltaport Container Terminals", "called"), !=, SL_NONE);
  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, assert_claim (m, "Northern Rail Infrastructure", "denied", SL_STANCE_DENY))->source)->kind,
                   ==, SL_SOURCE_ORGANIZATION);
}

/* A headline's second verb after a comma has the first one's subject when a clause follows
 * it ("…, says officers face discipline"); one word after it is still a credit. */
static void
test_headline_second_verb (void)
{
  g_autoptr (SlModel) m = sl_model_new ();
  guint32 says;
  g_autofree char *content = NULL;

  add_text (m, "Ministry denies coup attempt, says officers face discipline\n"
               "Date: 2026-05-14\n\n(Highveld Press) – The ministry spoke on Thursday.\n");
  /* (the headline's capital is the sentence's, the ministry unnamed) */
  says = assert_claim (m, "ministry", "says", SL_STANCE_ASSERT);
  content = claim_span (m, says, 'c');
  g_assert_cmpstr (content, ==, "officers face discipline");
  g_assert_cmpuint (find_claim (m, "officers face discipline", "says"), ==, SL_NONE);
}

/* Words that are no names: a group written with a capital ("Democrats"), an adverb in a
 * title-case headline ("Trump Just Announced"), the "what" of a free relative, and the
 * "there" of "there are fears …"; the voters a poll asked are not what speaks. */
static void
test_not_names (void)
{
  g_autoptr (SlModel) m = sl_model_new ();
  guint32 dem;

  add_text (m, "Trump Just Announced Who He Would Back\nDate: 2024-05-06\n\n"
               "Democrats said the bill would fail.\n\n"
               "As thousands arrive for the festival, there are fears the crowds will spread the "
               "virus.\n\n"
               "What Kirby did not say was whether the ships had left.\n\n"
               "The rally was smaller than planned, The Post reported.\n\n"
               "In response, Twitter said it had removed the accounts.\n\n"
               "A poll of 1,000 likely voters shows that the mayor leads.\n\n"
               "A survey of small businesses found that sales fell.\n\n"
               "Video of the incident shows the officer with his hands up.\n");
  dem = assert_claim (m, "Democrats", "said", SL_STANCE_ASSERT);
  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, dem)->source)->kind, ==,
                   SL_SOURCE_UNNAMED);
  g_assert_cmpuint (find_claim (m, "there", "fears"), ==, SL_NONE);
  /* a poll or a survey of somebody reports, not the ones it asked */
  g_assert_cmpuint (find_claim (m, "poll of 1,000 likely voters", "shows"), !=, SL_NONE);
  g_assert_cmpuint (find_claim (m, "survey of small businesses", "found"), !=, SL_NONE);
  g_assert_cmpuint (find_claim (m, "Video of the incident", "shows"), !=, SL_NONE);
  /* a masthead word after "the" is a paper; a platform is a body */
  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, assert_claim (m, "Post", "reported", SL_STANCE_REPORT))->source)->kind,
                   ==, SL_SOURCE_OUTLET);
  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, assert_claim (m, "Twitter", "said", SL_STANCE_ASSERT))->source)->kind,
                   ==, SL_SOURCE_ORGANIZATION);
  for (guint32 i = 0; i < sl_model_n_sources (m); i++)
    {
      g_assert_cmpstr (source_name (m, i), !=, "Trump Just");
      g_assert_cmpstr (source_name (m, i), !=, "What Kirby");
    }
}

/* "He's claiming that …" is "he is"; "Donald Trump's claim that …" and "the opposition's
 * allegation that …" are claims of their owners. */
static void
test_contraction_and_owned_claim (void)
{
  g_autoptr (SlModel) m = extract (
    "Senator Mark Oduya said the count was wrong. He’s claiming that voting fraud is a big "
    "problem.\n\n"
    "Politifact checked Donald Trump’s claim that there have been thousands of shootings in "
    "Chicago.\n\n"
    "The ministry rejected the opposition's allegation that the vote was rigged.");
  guint32 claim = assert_claim (m, "Donald Trump", "claim", SL_STANCE_ASSERT);
  g_autofree char *content = claim_span (m, claim, 'c');

  assert_claim (m, "Mark Oduya", "claiming", SL_STANCE_ASSERT);
  assert_claim (m, "opposition", "allegation", SL_STANCE_ASSERT);
  assert_claim (m, "ministry", "rejected", SL_STANCE_DENY);
  g_assert_cmpstr (content, ==, "there have been thousands of shootings in Chicago");
}

/* A quotation that ends its own sentence is credited by the next: "“Why not …?” Vitter
 * demanded." (a verb that usually wants a clause), "“So why …?” a narrator in the ad asks."
 * (an -s form after a phrase with a preposition, not a plural noun). */
static void
test_credit_after_question (void)
{
  g_autoptr (SlModel) m = extract (
    "The bank was fined on Monday. “Why not break it up?” Vitter demanded.\n\n"
    "The ad ran on Monday. “So why didn’t he pay?” a narrator in the Clinton ad asks.");
  guint32 demanded = assert_claim (m, "Vitter", "demanded", SL_STANCE_ASSERT);
  g_autofree char *content = claim_span (m, demanded, 'c');

  g_assert_cmpstr (content, ==, "“Why not break it up?”");
  assert_claim (m, "narrator in the Clinton ad", "asks", SL_STANCE_ASSERT);
}

static void
test_pronoun (void)
{
  g_autoptr (SlModel) m = extract (
    "US National Security Communications Advisor John Kirby spoke to reporters on Monday. "
    "Kirby said Russia sent oil. He said the transfers broke the cap.");

  g_assert_cmpuint (sl_model_n_claims (m), ==, 2);
  g_assert_cmpuint (claims_by (m, "Kirby") + claims_by (m, "John Kirby"), ==, 2);
}

/* "It" goes on about the one-word name before it, which is then a company; an "it" that
 * refers to nobody found is no source called "It" */
static void
test_it_company (void)
{
  g_autoptr (SlModel) m = extract (
    "The vaccine prevented 54% of cases, Oresund said. It estimates that the shot could "
    "prevent 90,000 admissions a year.");
  g_autoptr (SlModel) nobody = extract ("It said the plan would fail.");
  guint32 i = assert_claim (m, "Oresund", "estimates", SL_STANCE_ESTIMATE);

  g_assert_cmpuint (sl_model_source (m, sl_model_claim (m, i)->source)->kind, ==,
                    SL_SOURCE_ORGANIZATION);
  g_assert_cmpuint (sl_model_n_claims (m), ==, 2);
  g_assert_cmpuint (sl_model_n_claims (nobody), ==, 0);
  g_assert_cmpuint (sl_model_n_sources (nobody), ==, 0);

  /* so does the "it" of a frame that closes the next sentence */
  {
    g_autoptr (SlModel) frame = extract (
      "Vinea said it had received 600 claims for frost damage. Fewer than one in five "
      "growers had frost cover, it estimated.");

    assert_claim (frame, "Vinea", "estimated", SL_STANCE_ESTIMATE);
  }

  /* another name after the speaker may be what "it" is: the speaker stays a person and
   * says nothing of it */
  {
    g_autoptr (SlModel) other = extract (
      "Trump and other Republicans pointed at what they called the failure to counter "
      "Islamic State militants. It has seized large parts of Iraq and vowed a wider war.");

    g_assert_cmpuint (sl_model_source (other, sl_model_claim (other, 0)->source)->kind, ==,
                      SL_SOURCE_PERSON);
    g_assert_cmpuint (find_claim (other, NULL, "vowed"), ==, SL_NONE);
  }
}

/* "The Betting, Gaming and Lotteries Commission (BGLC)": a list of words opens the name, and
 * the acronym and "the commission" stand for the whole of it */
static void
test_listed_commission (void)
{
  g_autoptr (SlModel) m = extract (
    "Police left. The Betting, Gaming and Lotteries Commission (BGLC) said the numbers were "
    "identical. The commission said draws would resume next week. The BGLC said the machines "
    "would be audited.");

  g_assert_cmpuint (sl_model_n_claims (m), ==, 3);
  g_assert_cmpuint (claims_by (m, "Betting, Gaming and Lotteries Commission"), ==, 3);
}

/* "said …, and expects …": the speaker's second verb, an estimate, is a second claim, and the
 * first ends before it; a second verb that asserts again is left to the first */
static void
test_joined_estimate (void)
{
  g_autoptr (SlModel) m = extract (
    "Constitutional lawyer Ramiro Ayala said the constitution gave the president broad power "
    "to pardon, and expects the court to take at least 30 days to rule.");
  guint32 said = assert_claim (m, "Ramiro Ayala", "said", SL_STANCE_ASSERT);
  guint32 expects = assert_claim (m, "Ramiro Ayala", "expects", SL_STANCE_ESTIMATE);
  const SlClaim *c = sl_model_claim (m, said);

  g_assert_cmpuint (sl_model_n_claims (m), ==, 2);
  g_assert_cmpint (c->via, ==, SL_NONE);
  g_assert_cmpint (sl_model_claim (m, expects)->via, ==, SL_NONE);
}

/* "Germany's national weather service, the Deutscher Wetterdienst (DWD)": the name after a
 * body's noun is that body, not a person; "the weather service" later is it, and so is "It" */
static void
test_named_service (void)
{
  g_autoptr (SlModel) m = extract (
    "Germany's national weather service, the Deutscher Wetterdienst (DWD), on Thursday "
    "confirmed a new national record. The weather service rejected suggestions that a hedge "
    "had trapped heat. It expects temperatures of 38 degrees for the next three days.");
  guint32 c = assert_claim (m, "Deutscher Wetterdienst", "confirmed", SL_STANCE_ASSERT);

  g_assert_cmpuint (sl_model_source (m, sl_model_claim (m, c)->source)->kind, ==, SL_SOURCE_AGENCY);
  assert_claim (m, "Deutscher Wetterdienst", "rejected", SL_STANCE_DENY);
  assert_claim (m, "Deutscher Wetterdienst", "expects", SL_STANCE_ESTIMATE);
}

/* "The No Nukes Valley committee": a capitalised "No" opens the name, and "the committee"
 * after it is that committee */
static void
test_named_committee (void)
{
  g_autoptr (SlModel) m = extract (
    "Police cleared the line. The No Nukes Valley committee, which organised the blockade, "
    "said 40 of its members had been hurt. The committee estimated that 600 people took "
    "part.");

  assert_claim (m, "No Nukes Valley committee", "said", SL_STANCE_ASSERT);
  assert_claim (m, "No Nukes Valley committee", "estimated", SL_STANCE_ESTIMATE);
}

/* "the payments company Amberpay": the name is a company's, and "the company" is it */
static void
test_described_company (void)
{
  g_autoptr (SlModel) m = extract (
    "The central bank fined the payments company Amberpay on Wednesday. Amberpay said it "
    "would appeal. The company said it had hired 120 compliance staff.");
  guint n = 0;

  for (guint32 i = 0; i < sl_model_n_claims (m); i++)
    {
      const SlSource *src = sl_model_source (m, sl_model_claim (m, i)->source);

      g_assert_cmpstr (sl_model_str (m, src->name), ==, "Amberpay");
      g_assert_cmpuint (src->kind, ==, SL_SOURCE_ORGANIZATION);
      n++;
    }
  g_assert_cmpuint (n, ==, 2);

  /* "the company" is the latest company described before it, not one described later */
  {
    g_autoptr (SlModel) later = extract (
      "The payments company Amberpay said its fees would rise. The company said it had two "
      "million users. Analysts said the rival company Zentro would gain customers.");

    g_assert_cmpuint (find_claim (later, "Zentro", "said"), ==, SL_NONE);
    g_assert_cmpuint (find_claim (later, "Amberpay", "said"), !=, SL_NONE);
  }

  /* a body named before it spoke: "the bank" is the Czech National Bank, the Reserve Bank
   * of Malawi with all its name */
  {
    g_autoptr (SlModel) cnb = extract (
      "The Czech National Bank cut its main rate on Wednesday. Five of the seven board members "
      "voted for the cut, the bank said in a statement.");
    g_autoptr (SlModel) rbm = extract (
      "The Reserve Bank of Malawi devalued the kwacha on Monday. The bank said reserves had "
      "fallen to two weeks of imports.");

    g_autoptr (SlModel) boe = extract (
      "The Bank of England held rates. The bank said inflation would fall.");
    g_autoptr (SlModel) place = extract (
      "Troops raided towns in the West Bank. The bank said the loans were safe.");

    assert_claim (cnb, "Czech National Bank", "said", SL_STANCE_ASSERT);
    assert_claim (rbm, "Reserve Bank of Malawi", "said", SL_STANCE_ASSERT);
    assert_claim (boe, "Bank of England", "said", SL_STANCE_ASSERT);
    g_assert_cmpuint (find_claim (place, "West Bank", "said"), ==, SL_NONE);
  }
}

/* "the La Paz daily Página Andina, which cited the brother of a survivor": the paper is the
 * name after its noun (not Bolivia, by its capital), and a relative cited through it is a
 * source of their own */
static void
test_described_paper (void)
{
  g_autoptr (SlModel) m = extract (
    "According to the La Paz daily Página Andina, which cited the brother of one of the "
    "survivors, the men had been trapped for two days.");
  guint32 paper = assert_claim (m, "Página Andina", "According to", SL_STANCE_REPORT);
  guint32 brother = assert_claim (m, "brother of one of the survivors", "cited",
                                  SL_STANCE_ASSERT);

  g_assert_cmpuint (sl_model_source (m, sl_model_claim (m, paper)->source)->kind, ==,
                    SL_SOURCE_OUTLET);
  g_assert_cmpuint (sl_model_claim (m, brother)->via, ==, paper);

  /* a news site, a tabloid; a paper's name with its particles */
  {
    static const char *const described[][2] = {
      { "The Bucharest news site Cronica Sport reported that the vote was rigged.", "Cronica Sport" },
      { "The Hamburg tabloid Morgenblatt reported that the museum sold two masks.", "Morgenblatt" },
      { "The Brussels daily Le Courrier du Soir reported that licences were suspended.",
        "Le Courrier du Soir" },
    };

    for (guint k = 0; k < G_N_ELEMENTS (described); k++)
      {
        g_autoptr (SlModel) d = extract (described[k][0]);
        guint32 i = assert_claim (d, described[k][1], "reported", SL_STANCE_REPORT);

        g_assert_cmpuint (sl_model_source (d, sl_model_claim (d, i)->source)->kind, ==,
                          SL_SOURCE_OUTLET);
      }
  }
}

/* ------------------------------------------------------------------ cue families */

typedef struct
{
  const char *text, *source, *cue;
  SlStance stance;
  const char *content;
} CueCase;

/* Stations and papers by their names: "Radio Norrland", "Nordic TV", "The Times" report;
 * a station a speaker told is an outlet of the story too */
static void
test_station_names (void)
{
  static const char *const reporters[][2] = {
    { "Radio Norrland reported that the launch had failed.", "Radio Norrland" },
    { "Nordic TV reported that the launch had failed.", "Nordic TV" },
    { "The Times reported that the launch had failed.", "Times" },
  };
  g_autoptr (SlModel) told = extract ("Chief executive Elin Strand told Radio Norrland that the "
                                      "company still hoped to fly again.");
  gboolean station = FALSE;

  for (guint k = 0; k < G_N_ELEMENTS (reporters); k++)
    {
      g_autoptr (SlModel) m = extract (reporters[k][0]);
      guint32 i = assert_claim (m, reporters[k][1], "reported", SL_STANCE_REPORT);

      g_assert_cmpuint (sl_model_source (m, sl_model_claim (m, i)->source)->kind, ==,
                        SL_SOURCE_OUTLET);
    }
  for (guint32 i = 0; i < sl_model_n_sources (told); i++)
    station = station || (g_strcmp0 (source_name (told, i), "Radio Norrland") == 0
                          && sl_model_source (told, i)->kind == SL_SOURCE_OUTLET);
  g_assert_true (station);
}

static void
test_cue_family (gconstpointer data)
{
  const CueCase *cc = data;
  g_autoptr (SlModel) m = extract (cc->text);
  guint32 i = assert_claim (m, cc->source, cc->cue, cc->stance);

  if (cc->content)
    {
      g_autofree char *content = claim_span (m, i, 'c');
      g_assert_cmpstr (content, ==, cc->content);
    }
}

static const CueCase cue_cases[] = {
  { "The minister said on Monday that the talks had failed.", "minister", "said",
    SL_STANCE_ASSERT, "the talks had failed" },
  /* taking back a permit is a deed; what is said beside it is the claim */
  { "The council on Thursday withdrew the permit for the races, saying an audit had found too "
    "few marshals.", "council", "saying", SL_STANCE_ASSERT, "an audit had found too few marshals" },
  { "The senator on Friday withdrew his accusation.", "senator", "withdrew", SL_STANCE_DENY,
    "his accusation" },
  /* people who know of a record speak for themselves; the record does not make them report */
  { "According to the daily Oberland Anzeiger, which cited two people familiar with the "
    "investigation, the regulator noticed unusual transfers.", "people familiar with the investigation",
    "cited", SL_STANCE_ASSERT, "the regulator noticed unusual transfers" },
  /* figures called exaggerated are disputed */
  { "The minister called the union's figures exaggerated.", "minister", "called", SL_STANCE_DENY,
    "the union's figures exaggerated" },
  /* agreeing that something is so says it; agreeing to do it (below, no claim) does not */
  { "The two sides agreed on Monday that the talks would resume.", "sides", "agreed",
    SL_STANCE_ASSERT, "the talks would resume" },
  /* an aside set off by commas before "that" */
  { "The department warned on Monday, three days before landfall, that the storm would "
    "strengthen.", "department", "warned", SL_STANCE_ASSERT, "the storm would strengthen" },
  { "Kim Jong Un told reporters that the launch was a success.", "Kim Jong Un", "told",
    SL_STANCE_ASSERT, "the launch was a success" },
  { "South Korea estimates that the North sent 6,700 containers.", "South Korea", "estimates",
    SL_STANCE_ESTIMATE, "the North sent 6,700 containers" },
  { "The Pentagon announced that it would send more aid.", "Pentagon", "announced",
    SL_STANCE_ASSERT, "it would send more aid" },
  { "According to Yonhap, the launch failed.", "Yonhap", "According to", SL_STANCE_REPORT,
    "the launch failed" },
  { "The launch failed, according to officials.", "officials", "according to",
    SL_STANCE_ASSERT, "The launch failed" },
  { "Reuters reported that the ship left port.", "Reuters", "reported", SL_STANCE_REPORT,
    "the ship left port" },
  { "Photos released by a Ukrainian photographer showed Korean letters on the casing.",
    "Ukrainian photographer", "showed", SL_STANCE_REPORT, "Korean letters on the casing" },
  { "South Korea and some Western countries suspect Pyongyang of supplying shells.",
    "South Korea", "suspect", SL_STANCE_SUSPECT, NULL },
  { "Analysts believe the North is preparing a test.", "Analysts", "believe",
    SL_STANCE_SUSPECT, "the North is preparing a test" },
  { "The Kremlin denied the accusations.", "Kremlin", "denied", SL_STANCE_DENY,
    "the accusations" },
  { "China rejected the report as slander.", "China", "rejected", SL_STANCE_DENY, NULL },
  { "The ministry dismissed the claims.", "ministry", "dismissed", SL_STANCE_DENY, NULL },
  { "The Kremlin called the accusations baseless.", "Kremlin", "called", SL_STANCE_DENY, NULL },
  { "Russia's Foreign Ministry said the accusations were `baseless and unfounded.`",
    "Russian Foreign Ministry", "said", SL_STANCE_DENY, NULL },
  { "The US claims that the threat could change.", "United States", "claims",
    SL_STANCE_ASSERT, "the threat could change" },
  /* a retort beside its quotation */
  { "\"That would be good,\" Smith shot back.", "Smith", "shot back", SL_STANCE_ASSERT,
    "\"That would be good,\"" },
  { "Trump fired back: \"Let me talk.\"", "Trump", "fired back", SL_STANCE_ASSERT, NULL },
  { "A recent report by a local media outlet that shells were found drew attention.",
    "local media outlet", "report", SL_STANCE_REPORT, NULL },
  { "Satellite images published by the British RUSI institute show a ship in port.",
    "RUSI", "published", SL_STANCE_REPORT, NULL },
  /* the time of the publishing between it and its agent; the agent's seat is no part of its
   * name */
  { "Satellite images published on Monday by the Hamburg-based Institute for Coastal Security "
    "showed burned tanks.", "Institute for Coastal Security", "published", SL_STANCE_REPORT,
    NULL },
  { "The toll rose to 40, according to the London-based Syrian Observatory for Human Rights.",
    "Syrian Observatory for Human Rights", "according to", SL_STANCE_ASSERT, "The toll rose to 40" },
  { "\"The talks are over,\" said the envoy.", "envoy", "said", SL_STANCE_ASSERT,
    "\"The talks are over,\"" },
  /* the other spelling of a verb has its regular forms too */
  { "The senator emphasised that the bill would pass.", "senator", "emphasised",
    SL_STANCE_ASSERT, "the bill would pass" },
  { "The governor criticised the budget as reckless.", "governor", "criticised",
    SL_STANCE_ASSERT, NULL },
  /* plans, wishes and expectations before "to" or "that" */
  { "The mayor wants to double the number of buses.", "mayor", "wants", SL_STANCE_ASSERT,
    NULL },
  { "The ministry plans to close three embassies.", "ministry", "plans", SL_STANCE_ASSERT,
    NULL },
  { "Analysts expect that exports will fall.", "Analysts", "expect", SL_STANCE_ESTIMATE,
    "exports will fall" },
  { "The union demanded that the plant stay open.", "union", "demanded", SL_STANCE_ASSERT,
    "the plant stay open" },
  { "The governor pledged to rebuild the bridge.", "governor", "pledged", SL_STANCE_ASSERT,
    NULL },
  /* a gerund after "by", "for", "after": the clause's subject said it */
  { "The mayor opened the meeting by saying that the budget was balanced.", "mayor", "saying",
    SL_STANCE_ASSERT, "the budget was balanced" },
  /* a transcript quoted whole: each turn opens with its mark and the speaker's name */
  { "\"MODERATOR: We begin with the budget vote tonight.", "MODERATOR", ":",
    SL_STANCE_ASSERT, NULL },
  /* an age and a description between a speaker and the verb; a plural possessive */
  { "Mina Cho, 21, a student from Busan, said she would vote early.", "Mina Cho", "said",
    SL_STANCE_ASSERT, "she would vote early" },
  { "Dan Hales, the Greens’ campaign manager, said the goal was met.", "Dan Hales", "said",
    SL_STANCE_ASSERT, "the goal was met" },
  /* plural speakers: a capital that only opens the sentence, an irregular plural */
  { "Aides to Mayor Lee say the budget is short.", "Aides to Mayor Lee", "say",
    SL_STANCE_ASSERT, "the budget is short" },
  { "The women say the clinic closed early.", "women", "say", SL_STANCE_ASSERT,
    "the clinic closed early" },
  /* a report with its time; a reporter known only by its proper name */
  /* a citing phrase's clause that only says the speakers are not named names no one */
  { "The agency reported the move, citing two diplomats who spoke on condition of anonymity.",
    "diplomats", "citing", SL_STANCE_ASSERT, NULL },
  { "Reuters reported on Tuesday that the mill had closed.", "Reuters", "reported",
    SL_STANCE_REPORT, "the mill had closed" },
  { "The mill had closed, the news site Baltic Wire reported.", "Baltic Wire",
    "reported", SL_STANCE_REPORT, "The mill had closed" },
  /* a gerund after a negated auxiliary, after a comma and an adverb, after a poll's share */
  { "The mayor isn’t saying when the bridge will open.", "mayor", "saying", SL_STANCE_ASSERT,
    NULL },
  { "The council met for hours, eventually saying the vote would wait.", "council", "saying",
    SL_STANCE_ASSERT, "the vote would wait" },
  { "Most backed the plan, with 60 percent saying it was fair.", "60 percent", "saying",
    SL_STANCE_ASSERT, "it was fair" },
  /* a restrictive relative clause between the speaker and the verb */
  { "Two officials who spoke on condition of anonymity said the talks had stalled.", "officials",
    "said", SL_STANCE_ASSERT, "the talks had stalled" },
  { "Residents who fled the fire said the smoke was thick.", "Residents", "said",
    SL_STANCE_ASSERT, "the smoke was thick" },
  /* "estimated" as a verb, not as "an estimated 500"; an accusation asserts */
  { "The commission estimated turnout at 58 percent.", "commission", "estimated",
    SL_STANCE_ESTIMATE, "turnout at 58 percent" },
  { "Residents accused the company of ignoring the warnings.", "Residents", "accused",
    SL_STANCE_ASSERT, NULL },
  /* a "whose" clause between the speaker and the verb */
  { "Mary Keane, whose operation was cancelled an hour before it was due to begin, said the "
    "ward was chaotic.", "Mary Keane", "said", SL_STANCE_ASSERT, "the ward was chaotic" },
  /* an -ing word after a determiner describes the speakers */
  { "Many developing countries argue that the list is unfair.", "developing countries", "argue",
    SL_STANCE_ASSERT, "the list is unfair" },
  /* a description and its name after the content: not two parentheticals; the name is who */
  { "The ward was full, her deputy, Joon Park, said.", "Joon Park", "said", SL_STANCE_ASSERT,
    "The ward was full" },
  /* a participle's aside before the verb; the object after "called" is no speaker */
  { "Gov. Ana Reyes, hoping to win in the north, called the mayor a coward.", "Ana Reyes",
    "called", SL_STANCE_ASSERT, NULL },
  /* a reporting participle that only describes the finding's subject */
  { "The audit published Tuesday showed that the fund had shrunk.", "audit", "showed",
    SL_STANCE_REPORT, "the fund had shrunk" },
  /* a negation clitic, curly or straight; an appositive holding a noun that is also a cue */
  { "The minister hasn’t confirmed that the plant will close.", "minister", "confirmed",
    SL_STANCE_ASSERT, NULL },
  { "Lena Ortiz, a talk show host at a radio station in Leeds, said the show would end.",
    "Lena Ortiz", "said", SL_STANCE_ASSERT, "the show would end" },
  /* a prepositional phrase with its article inside the speaker; "by" after a name's verb
   * says how, not who */
  { "A source familiar with the talks said the deal was close.", "source familiar with the talks",
    "said", SL_STANCE_ASSERT, "the deal was close" },
  { "“It is over,” Kim said by telephone.", "Kim", "said", SL_STANCE_ASSERT, "“It is over,”" },
  { "“It is over,” Kim told reporters after the board meeting, which ended at 2 p.m.", "Kim",
    "told", SL_STANCE_ASSERT, "“It is over,”" },
  /* a party tag after an inverted speaker; an adverbial aside before the verb */
  { "“We must wait,” said Sen. Mark Oduya (D-Pa.), a member of the panel.", "Mark Oduya",
    "said", SL_STANCE_ASSERT, NULL },
  { "The mayor, after the storm hit the port in March, said the docks would reopen.", "mayor",
    "said", SL_STANCE_ASSERT, "the docks would reopen" },
  /* an inverted speaker described by a participle */
  { "“The money is there,” said one official involved in the talks.", "one official", "said",
    SL_STANCE_ASSERT, NULL },
  /* "as she noted that …" reports; "another" can speak */
  { "The mayor smiled as she noted that the budget was balanced.", "she", "noted",
    SL_STANCE_ASSERT, "the budget was balanced" },
  { "“The vote was rigged,” wrote another.", "another person", "wrote", SL_STANCE_ASSERT, NULL },
  /* "since" and "long" between the auxiliary and the verb */
  { "The mayor has since said that the road will reopen.", "mayor", "said", SL_STANCE_ASSERT,
    "the road will reopen" },
  /* a parenthetical between dashes */
  { "Ruth Baek — a nurse at the clinic for ten years — told reporters the ward was full.",
    "Ruth Baek", "told", SL_STANCE_ASSERT, "the ward was full" },
  /* a modifier in -ing before the noun that reports */
  { "Turnout fell, according to the polling average.", "polling average", "according to",
    SL_STANCE_REPORT, "Turnout fell" },
  /* a quantifier floated between the speakers and the verb */
  { "The auditors all suggested that the deal was unlawful.", "auditors", "suggested",
    SL_STANCE_SUSPECT, "the deal was unlawful" },
  { "Farmers worry that the river will flood again.", "Farmers", "worry", SL_STANCE_SUSPECT,
    "the river will flood again" },
  /* a suspicion said not to exist is no suspicion of the speaker's */
  { "The police chief said the inquiry had only begun and that nobody was suspected of a "
    "crime.", "police chief", "said", SL_STANCE_ASSERT, NULL },
  /* what reached us through ", said X" ends before that frame */
  { "Some currency traders suspect the bank will tolerate a weaker koruna, said Ondrej Vlk, an "
    "analyst.", "currency traders", "suspect", SL_STANCE_SUSPECT,
    "the bank will tolerate a weaker koruna" },
  /* a second verb of the speaker's ("and suspected") is a claim of its own, not the stance of
   * what was said */
  { "The mayor said the dyke had waited years for repairs and suspected that the money had "
    "been spent elsewhere.", "mayor", "said", SL_STANCE_ASSERT, NULL },
  { "The mayor said the dyke had waited years for repairs and suspected that the money had "
    "been spent elsewhere.", "mayor", "suspected", SL_STANCE_SUSPECT,
    "the money had been spent elsewhere" },
  /* a phrase's gerund is a gerund, not a passive past: "is calling for" */
  { "The governor is calling for a review of the contracts.", "governor", "calling for",
    SL_STANCE_ASSERT, "a review of the contracts" },
  /* adverbs between the auxiliary and the gerund */
  { "The union is once again demanding that the plant stay open.", "union", "demanding",
    SL_STANCE_ASSERT, "the plant stay open" },
  /* an inquiry's panel finds things as a report does */
  { "An appeals panel found that the contract had been broken.", "appeals panel", "found",
    SL_STANCE_REPORT, "the contract had been broken" },
  /* the verb first, then the speaker, at the head of the sentence */
  { "Said Collins: \"The numbers do not add up.\"", "Collins", "Said", SL_STANCE_ASSERT,
    NULL },
  /* a gerund after a name: that person said it */
  { "The video shows Senator Maria Lopez saying that the vote was rigged.", "Maria Lopez",
    "saying", SL_STANCE_ASSERT, "the vote was rigged" },
  /* "-s" after a phrase with a preposition is the verb when a clause follows it */
  { "A spokesman for the mayor says the bridge will reopen in June.", "spokesman for the mayor",
    "says", SL_STANCE_ASSERT, "the bridge will reopen in June" },
  { "The Board of Elections says there were no errors in the count.", "Board of Elections",
    "says", SL_STANCE_ASSERT, "there were no errors in the count" },
  /* a hyphenated adjective is read with the source but names no part of it; a noun used as
   * a modifier is part of the source */
  { "Rents rose 9 percent, according to the left-leaning Housing Institute.",
    "Housing Institute", "according to", SL_STANCE_ASSERT, "Rents rose 9 percent" },
  { "The host mocked the guests, according to show staff.", "show staff", "according to",
    SL_STANCE_ASSERT, "The host mocked the guests" },
  /* a quantifier alone is the subject at the head of a clause, named for what it counts */
  { "Some believe the new tariff will raise prices.", "some people", "believe", SL_STANCE_SUSPECT,
    "the new tariff will raise prices" },
  { "One analyst praised the budget; another said it would not last a year.", "another analyst",
    "said", SL_STANCE_ASSERT, "it would not last a year" },
  /* "her" as the hearer, not a determiner, when a phrase of its own follows */
  { "The pilot told her the ferry would run.", "pilot", "told", SL_STANCE_ASSERT,
    "the ferry would run" },
  /* a number with a slash inside the speaker's description */
  { "“The levee will hold,” said 24/7 dispatcher Ana Ruiz.", "24/7 dispatcher Ana Ruiz", "said",
    SL_STANCE_ASSERT, NULL },
  /* a poll framing the sentence reports what follows its comma */
  { "In a KTV/Harbor Gazette poll released Sunday, 41 percent backed the levy.",
    "KTV/Harbor Gazette poll", "In", SL_STANCE_REPORT, "41 percent backed the levy" },
  /* findings: "polling" is a noun, "data" a plural */
  { "Recent polling shows that the mayor trails by four points.", "Recent polling", "shows",
    SL_STANCE_REPORT, "the mayor trails by four points" },
  { "The city's data show the rate fell last year.", "city's data", "show", SL_STANCE_REPORT,
    "the rate fell last year" },
  /* an adverbial passive whose agent speaks */
  { "As reported by the Harbor Gazette, the ferry will stop running in May.", "Harbor Gazette",
    "reported", SL_STANCE_REPORT, "the ferry will stop running in May" },
  { "Asked by a reporter whether the plant would close, the mayor said no.", "reporter",
    "Asked", SL_STANCE_ASSERT, "whether the plant would close" },
  /* "read" reports the words of a text quoted beside it */
  { "“The plant will close in March,” the memo read.", "memo", "read", SL_STANCE_ASSERT,
    "“The plant will close in March,”" },
  /* a poll's share of the people asked */
  { "About four in 10 said the city was on the wrong track.", "four in 10", "said",
    SL_STANCE_ASSERT, "the city was on the wrong track" },
  { "Asked about the tax, 38% say it should go.", "38%", "say", SL_STANCE_ASSERT,
    "it should go" },
  { "Nearly nine out of 10 voters say the roads are worse.", "nine out of 10 voters", "say",
    SL_STANCE_ASSERT, "the roads are worse" },
  /* "many of whom": the noun before it speaks */
  { "The plan angered local farmers, many of whom say the canal will dry their fields.",
    "local farmers", "say", SL_STANCE_ASSERT, "the canal will dry their fields" },
  /* a verb that wants a clause takes the quotation before it */
  { "“Is this what you call oversight,” Ramos demanded.", "Ramos", "demanded",
    SL_STANCE_ASSERT, "“Is this what you call oversight,”" },
  /* "according to", "citing": an outlet or a document reports, a person or a body asserts */
  { "According to the fire service, the blaze was contained on Monday.", "fire service",
    "According to", SL_STANCE_ASSERT, "the blaze was contained on Monday" },
  { "According to the state-owned Matabele Herald, the pipes leak.", NULL, "According to",
    SL_STANCE_REPORT, "the pipes leak" },
  { "The board had argued for a cut, the Daily Ledger reported, citing two people familiar "
    "with the talks.", "people familiar with the talks", "citing", SL_STANCE_ASSERT, NULL },
  /* a time opening the sentence is not part of who speaks */
  { "Last week officials said the plan was dead.", "officials", "said", SL_STANCE_ASSERT,
    "the plan was dead" },
  /* a ministry that lists its fields is one name; a figure put on a long phrase */
  { "Norway's Ministry of Trade, Industry and Fisheries rejected the accusation.",
    "Ministry of Trade, Industry and Fisheries", "rejected", SL_STANCE_DENY, "the accusation" },
  { "The Ministry of the Environment, Energy and Climate said it had sent two boilers north.",
    "Ministry of the Environment, Energy and Climate", "said", SL_STANCE_ASSERT,
    "it had sent two boilers north" },
  /* the one at such a body, past a clause that keeps the speaker unnamed */
  { "An official at the Ministry of Higher Education, Science and Innovation who asked not to "
    "be named said two colleges were under investigation.",
    "official at the Ministry of Higher Education, Science and Innovation", "said",
    SL_STANCE_ASSERT, "two colleges were under investigation" },
  { "A senior official at the Ministry of Trade, Industry and Fisheries said the quota stood.",
    "senior official at the Ministry of Trade, Industry and Fisheries", "said", SL_STANCE_ASSERT,
    "the quota stood" },
  { "Lerato Mofokeng, an analyst, put the number of soldiers who have not been paid since "
    "January at about 400.", "Lerato Mofokeng", "put", SL_STANCE_ESTIMATE, NULL },
  /* a passive quotation: the one quoted speaks */
  { "Mokhethi was quoted as saying that no tanks were seen.", "Mokhethi", "quoted as saying",
    SL_STANCE_ASSERT, "no tanks were seen" },
  { "“We did not see any tanks,” Mokhethi was quoted as saying.", "Mokhethi",
    "quoted as saying", SL_STANCE_ASSERT, "“We did not see any tanks,”" },
  { "A member of the jury was cited by the daily Notisia di Punda as saying that two judges "
    "had kept quiet.", "member of the jury", "as saying", SL_STANCE_ASSERT,
    "two judges had kept quiet" },
  /* a seat in a body before a name is the person's title */
  { "Member of Parliament Khalid Bu-Hazza wrote that he had received 400 complaints.",
    "Khalid Bu-Hazza", "wrote", SL_STANCE_ASSERT, "he had received 400 complaints" },
  /* a society is a body, which "it" names again after "and" */
  { "Member of parliament Khalid Bu-Hazza wrote that he had 400 complaints. The Consumer Rights "
    "Society estimated the loss at 2 million dinars, and it suspects that some bills went "
    "unnoticed.", "Consumer Rights Society", "suspects", SL_STANCE_SUSPECT,
    "some bills went unnoticed" },
  /* a speaker set off by a comma after the whole clause, the cue closing the sentence with
   * only where and when after it */
  { "A replacement part is not expected before late October, Health Minister Lagi Tuimavave "
    "testified before a parliamentary committee on Thursday.", "Lagi Tuimavave", "testified",
    SL_STANCE_ASSERT, "A replacement part is not expected before late October" },
  /* the noun a "whose" clause follows speaks, not the clause's last noun */
  { "A woman whose father was flown to Auckland on Sunday after a suspected stroke told the "
    "broadcaster Apia Wave FM that he had waited three days.", "woman", "told", SL_STANCE_ASSERT,
    "he had waited three days" },
  /* a hospital's radiographer is someone of a trade who speaks for no body */
  { "A radiographer at the hospital was quoted by the weekly Pacific Tide as saying that the "
    "scanner had overheated.", "radiographer at the hospital", "as saying", SL_STANCE_ASSERT,
    "the scanner had overheated" },
  /* "reckons" puts a figure on it; a trade's workers are unnamed people */
  { "The Western Cane Growers Association reckons that its members are losing about 9,000 "
    "tonnes of cane a day.", "Western Cane Growers Association", "reckons", SL_STANCE_ESTIMATE,
    "its members are losing about 9,000 tonnes of cane a day" },
  { "The boiler had leaked twice, according to the daily Fiji Ledger, which cited two "
    "boilermakers at the mill.", "boilermakers at the mill", "cited", SL_STANCE_ASSERT, NULL },
  /* a body told by its kind before the text names it is the body named later … */
  { "About 300 crane operators stopped work on Wednesday, their union said. The strike began "
    "at 6 a.m., the secretary general of the Doraleh Port Workers' Union, Idriss Moussa Ali, "
    "told reporters.", "Doraleh Port Workers' Union", "said", SL_STANCE_ASSERT,
    "About 300 crane operators stopped work on Wednesday" },
  /* … but after a body was named, the kind need not be the later one's */
  { "Global Affairs Canada said it had summoned the envoy. The crew left before a Canadian vessel arrived, "
    "the department said. The State Department said the island was American.", "department",
    "said", SL_STANCE_ASSERT, "The crew left before a Canadian vessel arrived" },
  /* a hearer whose name holds little words ends where "that" opens what was said */
  { "A driver told the Djibouti daily Le Courrier de la Corne that managers had threatened "
    "strikers.", "driver", "told", SL_STANCE_ASSERT, "managers had threatened strikers" },
  /* a reporting word that names a kind of work ("claims manager") is no verb */
  { "A former claims manager said staff were told to delay payouts.", "former claims manager",
    "said", SL_STANCE_ASSERT, "staff were told to delay payouts" },
  /* a news agency by its description reports */
  { "The troops moved, the Caribbean news agency Antilles Press said.", "Antilles Press", "said",
    SL_STANCE_REPORT, "The troops moved" },
  { "According to the Kalulu News Agency, the mission will arrive in February.",
    "Kalulu News Agency", "According to", SL_STANCE_REPORT, NULL },
  /* a common plural opening the sentence keeps its phrase; a councillor is a title */
  { "Herders in the Inchiri region suspect that spraying has poisoned their goats.",
    "Herders in the Inchiri region", "suspect", SL_STANCE_SUSPECT,
    "spraying has poisoned their goats" },
  { "The wells are safe, a local councillor, Aminetou Mint Ahmed, told the radio.",
    "Aminetou Mint Ahmed", "told", SL_STANCE_ASSERT, NULL },
  /* a name after a noun and its relative clause names that noun */
  { "The cooperative that holds the concession, San Cayetano, denied doing any blasting.",
    "San Cayetano", "denied", SL_STANCE_DENY, "doing any blasting" },
  { "The contractor that maintains the plant, Meditech Gas Services, denied skipping any "
    "inspection.", "Meditech Gas Services", "denied", SL_STANCE_DENY, "skipping any inspection" },
  /* a company's abbreviation with its dot, a body's name with a plural's mark, and an
   * honorific before a name and what the person is */
  { "The developer, Harbour Gate Cruise Terminal Ltd., rejected the finding.",
    "Harbour Gate Cruise Terminal Ltd", "rejected", SL_STANCE_DENY, "the finding" },
  { "The strike will go on, the secretary general of the Port Workers' Union, Idriss Moussa "
    "Ali, told reporters.", "Idriss Moussa Ali", "told", SL_STANCE_ASSERT, "The strike will go on" },
  { "The daily Al-Mashriq quoted Dr. Salim Haddad, head of the Syndicate of Private Hospitals, "
    "as saying that two hospitals ran on batteries.", "Salim Haddad", "as saying",
    SL_STANCE_ASSERT, "two hospitals ran on batteries" },
  /* a figure put on something is an estimate */
  { "Its chairman, Mthulisi Dube, put the losses at as much as 40%.", "Mthulisi Dube", "put",
    SL_STANCE_ESTIMATE, "the losses at as much as 40%" },
  /* a participle's aside with its agent; where it was said before "that" */
  { "The three-member panel, led by retired judge Marc Verhaeghe, said in its report that "
    "inspections had been skipped.", "three-member panel", "said", SL_STANCE_ASSERT,
    "inspections had been skipped" },
  /* names with particles, and bodies named "<head> for/on …" to their end */
  { "Vale do Ave said the transfer broke the rules.", "Vale do Ave", "said", SL_STANCE_ASSERT,
    "the transfer broke the rules" },
  { "The European Centre for Disease Prevention and Control said the risk was low.",
    "European Centre for Disease Prevention and Control", "said", SL_STANCE_ASSERT,
    "the risk was low" },
  { "The Institute for Fiscal Studies said taxes would rise.", "Institute for Fiscal Studies",
    "said", SL_STANCE_ASSERT, "taxes would rise" },
  /* a company's abbreviated word keeps its dot out of the name and the phrase whole */
  { "Acme Corp. denied the claim.", "Acme Corp", "denied", SL_STANCE_DENY, "the claim" },
  /* what is said in a relative clause ends with it, past a quotation's closing mark */
  { "Humphrey, who called Trump a \"sociopath,\" said he did not believe it.", "Humphrey", "called",
    SL_STANCE_ASSERT, "Trump a \"sociopath,\"" },
  { "Humphrey, who calls Trump a sociopath, said he did not believe it.", "Humphrey", "calls",
    SL_STANCE_ASSERT, "Trump a sociopath" },
  /* an aside that ends in a quotation closes with the mark after its comma */
  { "Humphrey, who called Trump a \"sociopath,\" said he did not believe it.", "Humphrey", "said",
    SL_STANCE_ASSERT, "he did not believe it" },
  { "Mr. Manafort, citing \"the unique magic of Trump,\" said the candidate could win.", "Manafort",
    "said", SL_STANCE_ASSERT, "the candidate could win" },
  /* words that describe a person before the name set off after a title, with no article,
   * and a particle inside the name */
  { "\"We will cancel night shifts,\" the array's director, Dutch physicist Maarten de Vries, said.",
    "Maarten de Vries", "said", SL_STANCE_ASSERT, NULL },
  { "Its lawyer, human rights advocate Jan Bakker, said the ruling was wrong.", "Jan Bakker", "said",
    SL_STANCE_ASSERT, "the ruling was wrong" },
  /* a place after "in" closes a record's phrase: the record finds, not the place */
  { "An audit of a hospital in Tampere has found that patients were removed from the lists.",
    "audit of a hospital in Tampere", "found", SL_STANCE_REPORT, "patients were removed from the lists" },
  /* a title with a word before it at the head of the sentence, a name, then whom the person
   * serves */
  { "Marine scientist Kavita Ramsaran of the Gulf of Paria Marine Institute estimated that 300 "
    "barrels leaked.", "Kavita Ramsaran", "estimated", SL_STANCE_ESTIMATE, "300 barrels leaked" },
  /* a ranger, a warden or a keeper speaks unnamed, through the paper that cited them */
  { "According to the daily Dolenjski Glas, which cited a forest ranger in Kocevje, the bear had "
    "been fed by campers.", "forest ranger in Kocevje", "cited", SL_STANCE_ASSERT,
    "the bear had been fed by campers" },
  /* a relative clause on the hearer comes before what was told */
  { "Two nurses told the daily Sanomat, which published their accounts on Saturday, that managers "
    "had been given targets.", "nurses", "told", SL_STANCE_ASSERT, "managers had been given targets" },
  /* a country's name with "and" in it is one name, not two speakers */
  { "Trinidad and Tobago's state pipeline operator said it would pay compensation.",
    "Trinidad and Tobago's state pipeline operator", "said", SL_STANCE_ASSERT, "it would pay compensation" },
  /* a comma after a name's bracket closes no aside */
  { "Sen. Jack Reed (D-R.I.), said on Tuesday that he had not read the bill.", "Jack Reed", "said",
    SL_STANCE_ASSERT, "he had not read the bill" },
  /* a first name spelled as a modal, after the cue */
  { "\"It is a pretty expensive model,\" said Will Doyle, a professor at Vanderbilt University.",
    "Will Doyle", "said", SL_STANCE_ASSERT, NULL },
  { "Vale Mining Ltd. said on Monday that the dam was safe.", "Vale Mining Ltd", "said", SL_STANCE_ASSERT,
    "the dam was safe" },
  /* a record named for the body it came from is that body's word */
  { "Officers found a lighter in the truck, according to a police statement.", "police",
    "according to", SL_STANCE_REPORT, NULL },
  { "A ministry statement said the dam had cracked.", "ministry", "said", SL_STANCE_ASSERT,
    "the dam had cracked" },
  /* a participle's aside between the subject and its verb; after "said", a phrase with an
   * auxiliary after it starts the content, it does not speak */
  { "The study, published on Monday, found that prices rose.", "study", "found",
    SL_STANCE_REPORT, "prices rose" },
  { "A report by a United Nations panel, published in October, said machine guns of the same "
    "type had been found in Sudan.", NULL, "said", SL_STANCE_ASSERT,
    "machine guns of the same type had been found in Sudan" },
  /* "who" followed by a speaker: the speaker's clause, not a relative clause's verb */
  { "A witness who officials said saw the attack spoke to reporters.", "officials", "said",
    SL_STANCE_ASSERT, NULL },
  /* a name set off after an office somewhere, or after words that describe the person */
  { "The mayor of Csongrád, Erzsébet Varga, said the dyke had leaked.", "Erzsébet Varga",
    "said", SL_STANCE_ASSERT, "the dyke had leaked" },
  { "His challenger, the former Olympic champion Ioana Marin, said 11 clubs were barred.",
    "Ioana Marin", "said", SL_STANCE_ASSERT, "11 clubs were barred" },
  /* unnamed people known by what they know or whom they are near */
  { "Two people familiar with the plans said the firm would cut jobs.",
    "people familiar with the plans", "said", SL_STANCE_ASSERT, "the firm would cut jobs" },
  { "Sources close to the minister said he would resign.", "Sources close to the minister",
    "said", SL_STANCE_ASSERT, "he would resign" },
  { "According to people familiar with the company's plans, it will cut jobs.",
    "people familiar with the company's plans", "According to", SL_STANCE_ASSERT,
    "it will cut jobs" },
  /* "suspected" marks suspicion as a verb too; another subject's suspicion is not the
   * speaker's */
  { "Investigators suspected a fault in the steering gear.", "Investigators", "suspected",
    SL_STANCE_SUSPECT, "a fault in the steering gear" },
  { "A person familiar with the inquiry said investigators suspected a fault.",
    "person familiar with the inquiry", "said", SL_STANCE_ASSERT, NULL },
  /* a titled name, then whom the person serves; a word's irregular plural names a group */
  { "Inspector Maria Byrne of the Dublin police said the road was shut.", "Maria Byrne",
    "said", SL_STANCE_ASSERT, "the road was shut" },
  { "Fishermen in the port of Pargua said the smell of fuel had reached the beach.",
    "Fishermen in the port of Pargua", "said", SL_STANCE_ASSERT,
    "the smell of fuel had reached the beach" },
  { "Laurence Cormier of the Grand Manan Fishermen's Association estimated that about 40 "
    "boats had lost gear.", "Laurence Cormier", "estimated", SL_STANCE_ESTIMATE,
    "about 40 boats had lost gear" },
  { "The conservative commentator Jonah Goldberg of the National Review said it was bad.",
    "Jonah Goldberg", "said", SL_STANCE_ASSERT, "it was bad" },
  /* a capitalised "Executive" closing a body's name; a body's noun and name inside an office
   * before a person's name */
  { "The Health and Safety Executive (HSE) said it had opened an investigation.",
    "Health and Safety Executive", "said", SL_STANCE_ASSERT, "it had opened an investigation" },
  { "The head of the pilots' union SUTA, Diego Ferreira, said members had not been paid.",
    "Diego Ferreira", "said", SL_STANCE_ASSERT, "members had not been paid" },
  /* a person's plain name, or a company's, set off after any common noun */
  { "One of the island's two lightkeepers, Gordon MacKay, told the agency that the sailors "
    "had left.", "Gordon MacKay", "told", SL_STANCE_ASSERT, "the sailors had left" },
  { "The importer named in the shipping documents, Sika Distribution, denied any link to the "
    "cargo.", "Sika Distribution", "denied", SL_STANCE_DENY, NULL },
  { "\u201cWe will not let them disappear,\u201d said the park's senior warden, Grace Tembo.",
    "Grace Tembo", "said", SL_STANCE_ASSERT, NULL },
  /* a particle inside the name after a title; an ampersand inside a firm's name */
  { "The fund's former chief executive, Pieter van Wyk, denied that he had owned the "
    "companies.", "Pieter van Wyk", "denied", SL_STANCE_DENY, "he had owned the companies" },
  { "The auditing firm, Greyling & Partners, rejected that, saying its reports had flagged "
    "the valuations.", "Greyling & Partners", "rejected", SL_STANCE_DENY, NULL },
  { "Kiptoo & Ochieng said the lender had failed.", "Kiptoo & Ochieng", "said",
    SL_STANCE_ASSERT, "the lender had failed" },
  { "The city's water utility, Acque del Golfo, denied that its pipe had caused the collapse.",
    "Acque del Golfo", "denied", SL_STANCE_DENY, "its pipe had caused the collapse" },
  /* a capitalised preposition opening a name after the noun that describes it */
  { "The residents' committee Via Roma Viva said it would appeal.", "Via Roma Viva", "said",
    SL_STANCE_ASSERT, "it would appeal" },
  /* a quotation before a frame whose article its source leaves out; a comma before such a
   * frame with its citing phrase */
  { "\u201cFreedom of worship cannot depend on parking,\u201d the three judges wrote in a "
    "22-page decision.", "judges", "wrote", SL_STANCE_ASSERT,
    "\u201cFreedom of worship cannot depend on parking,\u201d" },
  { "The tanker turned back, the two officials said, citing port records.", "officials",
    "said", SL_STANCE_ASSERT, "The tanker turned back" },
  /* the hearer, then when, then "that" */
  { "Transport Minister Aoife Brennan told the public broadcaster RTÉ on Wednesday morning "
    "that lost fares would be recovered.", "Aoife Brennan", "told", SL_STANCE_ASSERT,
    "lost fares would be recovered" },
  /* a noun the lexicon does not know, then a person's plain name */
  { "Montenegrin grandmaster Vuk Radonjić said he had suspected the winner for years.",
    "Vuk Radonjić", "said", SL_STANCE_SUSPECT, NULL },
  /* a relative clause set off by commas that holds a date with a comma of its own */
  { "The Department of Meteorology, which issued its highest heat warning on Monday, July 13, "
    "expects temperatures to stay high.", "Department of Meteorology", "expects",
    SL_STANCE_ESTIMATE, "temperatures to stay high" },
  /* a time that says how early or late, between the verb and "that" */
  { "Some engineers suspected as early as April that the pump was faulty.", "engineers",
    "suspected", SL_STANCE_SUSPECT, "the pump was faulty" },
  { "The company said as recently as March that the valve was safe.", "company", "said",
    SL_STANCE_ASSERT, "the valve was safe" },
  { "Cases rose sharply, according to the European Centre for Disease Prevention and Control.",
    "European Centre for Disease Prevention and Control", "according to", SL_STANCE_ASSERT,
    "Cases rose sharply" },
  /* an aspectual chain keeps the subject: the act is the verb after "to" */
  { "Okafor went on to say that the audit was late.", "Okafor", "say", SL_STANCE_ASSERT,
    "the audit was late" },
  { "The union has continued to insist the pay offer is too low.", "union", "insist",
    SL_STANCE_ASSERT, "the pay offer is too low" },
  { "The memo goes on to warn that the dam could fail.", "memo", "warn", SL_STANCE_ASSERT,
    "the dam could fail" },
  /* a relative clause between speaker and verb: the head speaks; set off by commas, the
   * clause's own claim ends with it */
  { "People who live near the dam said it should never have been built.", "People", "said",
    SL_STANCE_ASSERT, "it should never have been built" },
  { "The minister, who denied the report, said the talks would go on.", "minister", "denied",
    SL_STANCE_DENY, "the report" },
};

static void
test_no_speaker (void)
{
  /* passives and adverbs mark hearsay but name nobody: no claim */
  g_autoptr (SlModel) m = extract (
    "Pyongyang is believed to be able to buy parts. The number is said to be enough for "
    "3 million shells. A ship embargoed for allegedly carrying weapons was found in China. "
    "According to UN sanctions, North Korea may not import more oil. "
    "Shells found on Tuesday were old. Crates shown in photos were empty. "
    "An estimated 500 people fled. Costs estimated at 5 billion dollars rose. The damage was "
    "estimated at 2 million. The mayor declined to say whether the dam was safe. The "
    "ferry will continue to run until June. Prices went on to rise. His agent did not "
    "respond to requests for comment. The mayor would not say to whom the money went. The "
    "council put pressure on the mayor at the meeting. The national avalanche warning service "
    "had rated the danger at four. Venezuela has claimed the Essequibo for a century. "
    "Neither side has agreed to a ceasefire. No one expected the vote to pass. Peace talks "
    "between the government and the rebels resumed in Nairobi. None of the ministers said "
    "the budget was final. Drones packed with explosives struck an oil refinery early on "
    "Sunday, setting fire to two storage tanks. The labour minister, Jordi Pons, called both "
    "sides to talks. The mayor called the union leaders to an emergency meeting. "
    "Troops fired back when the convoy came under "
    "attack. Rebels shot down a helicopter near the border. A court in Patras sentenced a "
    "beekeeper to 12 years in prison. The government declared a state of emergency in the "
    "province. The health service told hospitals to postpone all surgery. Boats work the "
    "waters around the island, known as the grey zone. Sirens sounded in the village at 2:30 "
    "a.m. The crew landed on a rocky outcrop claimed by both countries. The reactor will stay "
    "offline after inspectors found cracks in a weld. Three managers pleaded not guilty to "
    "fraud. A fourth pleaded guilty last year. The auditors had known about the losses for "
    "years. The town had spent about 18,000 euros defending the permit in court. The city "
    "closed the beach after laboratory tests confirmed a toxic bloom. The clinic apologised "
    "as soon as a DNA test confirmed the mistake. A waste-to-energy plant promised there "
    "since 2019 has yet to open. The strike was called by the Union of Nickel Workers, which "
    "is fighting the company's plan, announced last month, to cut 420 jobs. Commanders from "
    "both armies agreed to pull heavy weapons back. Paris would extend the guarantee only if "
    "unions agreed on a rescue plan. "
    "Sugar exports earned Fiji about 190 million dollars, and the "
    "ministry ignored repeated warnings from staff. UNESCO listed it as a World Heritage site "
    "the following year.");

  g_assert_cmpuint (sl_model_n_claims (m), ==, 0);
}

/* "Residents who oppose the dam said …": the clause says which residents speak; "oppose"
 * is no second claim, and the dam is no speaker */
static void
test_restrictive_clause (void)
{
  g_autoptr (SlModel) m = extract ("Residents who oppose the dam said it should never have "
                                   "been built.");

  g_assert_cmpuint (sl_model_n_claims (m), ==, 1);
  assert_claim (m, "Residents", "said", SL_STANCE_ASSERT);
}

/* "Analysts polled by Reuters expected a cut": the poll is the outlet's report, and the
 * analysts' expectation reaches the article through it */
static void
test_poll_chain (void)
{
  g_autoptr (SlModel) m = extract ("Eleven of 18 analysts polled by the Lowland Times last week "
                                   "expected a cut.");
  guint32 poll = assert_claim (m, "Lowland Times", "polled", SL_STANCE_REPORT);
  guint32 view = assert_claim (m, "analysts", "expected", SL_STANCE_ESTIMATE);

  g_assert_cmpuint (sl_model_claim (m, view)->via, ==, poll);
}

/* "denied …, saying …": the participle gives the denial's reasons, one reporting act; after
 * "said" an "adding" is a second statement */
static void
test_denial_reasons (void)
{
  g_autoptr (SlModel) m = extract (
    "The mayor denied that the dam had leaked, saying the gauges were faulty. Ruiz rejected "
    "the report, calling it speculation. Ortega said the plan was dead, adding that talks "
    "were over.");
  guint deny = 0;

  for (guint32 i = 0; i < sl_model_n_claims (m); i++)
    deny += sl_model_claim (m, i)->stance == SL_STANCE_DENY;
  g_assert_cmpuint (sl_model_n_claims (m), ==, 4);
  g_assert_cmpuint (deny, ==, 2);
  assert_claim (m, "Ortega", "adding", SL_STANCE_ASSERT);

  /* a reason folded into the denial tells no event of its own, even with a time of its own
   * (this once followed a claim that was no longer there) */
  {
    g_autoptr (SlModel) r = extract ("The ministry rejected the report as baseless, calling it "
                                     "a smear earlier this month.");

    g_assert_cmpuint (sl_model_n_claims (r), ==, 1);
    assert_claim (r, "ministry", "rejected", SL_STANCE_DENY);
  }
  /* an accusation's grounds are the accusation's too */
  {
    g_autoptr (SlModel) a = extract ("The charity accused the coastguard of delaying the "
                                     "rescue, saying it had passed on the position hours earlier.");

    g_assert_cmpuint (sl_model_n_claims (a), ==, 1);
    assert_claim (a, "charity", "accused", SL_STANCE_ASSERT);
  }
  /* what the folded reason cites comes through the denial */
  {
    g_autoptr (SlModel) c = extract ("The company denied the allegations, saying Reuters had "
                                     "reported that the mine was closed.");
    guint32 denial = assert_claim (c, "company", "denied", SL_STANCE_DENY);
    guint32 reuters = assert_claim (c, "Reuters", "reported", SL_STANCE_REPORT);

    g_assert_cmpuint (sl_model_claim (c, reuters)->via, ==, denial);
  }
  /* "telling" a paper is the same act, and the paper is one of the story's outlets */
  {
    g_autoptr (SlModel) t = extract ("Dumitrescu dismissed her complaint as baseless, telling "
                                     "the sports daily Arena Zilei that the vote was fair.");
    gboolean paper = FALSE;

    g_assert_cmpuint (sl_model_n_claims (t), ==, 1);
    assert_claim (t, "Dumitrescu", "dismissed", SL_STANCE_DENY);
    for (guint32 i = 0; i < sl_model_n_sources (t); i++)
      paper = paper || (g_strcmp0 (source_name (t, i), "Arena Zilei") == 0
                        && sl_model_source (t, i)->kind == SL_SOURCE_OUTLET);
    g_assert_true (paper);
  }
  /* an estimate's reasons are part of it too */
  {
    g_autoptr (SlModel) e = extract ("The cooperative put the death toll at five, saying the "
                                     "count was final.");

    g_assert_cmpuint (sl_model_n_claims (e), ==, 1);
    assert_claim (e, "cooperative", "put", SL_STANCE_ESTIMATE);
  }
}

/* "X suspects …, the club's lawyer, Marta Pinheiro, told reporters in Guimarães": the
 * lawyer's frame holds X's claim, which ends where the frame begins; where it was said is
 * no content */
static void
test_inverted_frame_aside (void)
{
  g_autoptr (SlModel) m = extract (
    "Vale do Ave suspects that the player was approached in May, the club's lawyer, Marta "
    "Pinheiro, told reporters in Guimarães.");
  guint32 told = assert_claim (m, "Marta Pinheiro", "told", SL_STANCE_ASSERT);
  guint32 club = assert_claim (m, "Vale do Ave", "suspects", SL_STANCE_SUSPECT);
  g_autofree char *content = claim_span (m, club, 'c');

  g_assert_cmpuint (sl_model_claim (m, club)->via, ==, told);
  g_assert_cmpstr (content, ==, "the player was approached in May");
}

/* "X reported, citing Y, that Z had warned …": three links, Z through Y through X, and
 * what X reported starts after "that" */
static void
test_three_link_chain (void)
{
  g_autoptr (SlModel) m = extract (
    "The Harbour Ledger reported on Monday, citing two officials, that the army had warned "
    "in May that the dam could fail.");
  guint32 paper = assert_claim (m, "Harbour Ledger", "reported", SL_STANCE_REPORT);
  guint32 officials = assert_claim (m, "officials", "citing", SL_STANCE_ASSERT);
  guint32 army = assert_claim (m, "army", "warned", SL_STANCE_ASSERT);
  g_autofree char *content = claim_span (m, paper, 'c');

  g_assert_cmpuint (sl_model_claim (m, officials)->via, ==, paper);
  g_assert_cmpuint (sl_model_claim (m, army)->via, ==, officials);
  g_assert_cmpstr (content, ==, "the army had warned in May that the dam could fail");
}

/* "said they suspected …": the speaker's own belief is the stance of what they said */
static void
test_belief_of_speaker (void)
{
  g_autoptr (SlModel) m = extract (
    "Two of the panel's members, speaking on condition of anonymity, said they suspected the "
    "trial had been too small. The central bank fined Amberpay on Tuesday. Lithuania's "
    "Financial Crime Investigation Service said it had opened an inquiry and suspected that "
    "two clients were shell companies. The ministry said investigators believe the fault was "
    "in the steering gear.");
  guint suspect = 0;

  for (guint32 i = 0; i < sl_model_n_claims (m); i++)
    suspect += sl_model_claim (m, i)->stance == SL_STANCE_SUSPECT
               && g_strcmp0 (sl_model_str (m, sl_model_claim (m, i)->cue), "said") == 0;
  g_assert_cmpuint (sl_model_n_claims (m), ==, 4);
  g_assert_cmpuint (suspect, ==, 2);
  assert_claim (m, "investigators", "believe", SL_STANCE_SUSPECT);
}

static void
test_clause_frame (void)
{
  /* "plans", "wants" as nouns or without an infinitive report nothing */
  g_autoptr (SlModel) m = extract (
    "Engineers drew up plans to widen the road. Their savings plans that pay well are rare. "
    "Voters got what they wanted. The panel rated most of the party's claims as false. "
    "He was mocked for making dubious medical claims on air. A group called Safe Streets "
    "formed. The fund, called Bridge, pays well. She called in to a radio show. A tanker "
    "suspected of carrying fuel left port. A clerk believed to be the thief fled. The "
    "judge read the verdict. The mayor has a lead in the polls. The city did not unveil "
    "plans to widen the road. The council has no immediate plans to close it.\n\n"
    /* a title-case headline: "Calls" has an object and what it is called, not a speaker */
    "Mayor Wins Vote, Calls Council Reckless\n\n");

  g_assert_cmpuint (sl_model_n_claims (m), ==, 0);
}

static void
test_coordinated_claims (void)
{
  /* two speakers in coordinated clauses: neither reached us through the other, and the
   * first one's words end where the second clause begins; an embedded report still does */
  g_autoptr (SlModel) m = extract ("Ortiz said the ferry would run, while Okafor said it would not. "
                                   "Ortiz said Okafor told him the ferry would run.");
  guint32 ortiz = assert_claim (m, "Ortiz", "said", SL_STANCE_ASSERT);
  guint32 okafor = assert_claim (m, "Okafor", "said", SL_STANCE_ASSERT);
  guint32 told = assert_claim (m, "Okafor", "told", SL_STANCE_ASSERT);
  g_autofree char *content = claim_span (m, ortiz, 'c');

  g_assert_cmpstr (content, ==, "the ferry would run");
  g_assert_cmpuint (sl_model_claim (m, okafor)->via, ==, SL_NONE);
  g_assert_cmpuint (sl_model_claim (m, told)->via, !=, SL_NONE);
}

static void
test_one_claim_per_statement (void)
{
  /* "released" and "saying" report the same statement: one claim, by the ministry, and the
   * statement it released is no speaker */
  g_autoptr (SlModel) m = extract ("The ministry released a statement saying the talks had failed. "
                                   "The agency put out a memo saying the port was shut.");

  g_assert_cmpuint (sl_model_n_claims (m), ==, 2);
  g_assert_cmpstr (source_name (m, sl_model_claim (m, 0)->source), ==, "ministry");
  g_assert_cmpstr (source_name (m, sl_model_claim (m, 1)->source), ==, "agency");
}

static void
test_labels (void)
{
  /* an editorial label or an interview's Q and A before a colon speaks for nobody; a
   * named speaker before a colon does */
  g_autoptr (SlModel) m = extract (
    "Correction: An earlier version gave the wrong date.\n\n"
    "Editor's Note: This story has been updated.\n\n"
    "Q: Why are you running?\n\n"
    "A: Because the city needs a plan.\n\n"
    "PARK: We will fund the bridge.");

  g_assert_cmpuint (sl_model_n_claims (m), ==, 1);
  assert_claim (m, "PARK", ":", SL_STANCE_ASSERT);
}

static void
test_inside_quotation (void)
{
  /* what a quoted speaker says others said is part of the quotation, across its sentences
   * and in every style of mark; the speaker's own claim stays */
  g_autoptr (SlModel) m = extract (
    "“We met them twice. Then the minister said the deal was off,” Lee said.\n\n"
    "\"Our lawyers told us it was legal,\" Park told reporters.\n\n"
    "''The board announced nothing,'' Cho said.\n\n"
    "Han said the vote would go ahead.\n\n"
    /* a mark never closed in its paragraph is not trusted */
    "The memo was marked \"urgent by staff. Moon said the road would open.");

  g_assert_cmpuint (sl_model_n_claims (m), ==, 5);
  assert_claim (m, "Moon", "said", SL_STANCE_ASSERT);
  assert_claim (m, "Lee", "said", SL_STANCE_ASSERT);
  assert_claim (m, "Park", "told", SL_STANCE_ASSERT);
  assert_claim (m, "Cho", "said", SL_STANCE_ASSERT);
  assert_claim (m, "Han", "said", SL_STANCE_ASSERT);
  g_assert_cmpuint (find_claim (m, "minister", "said"), ==, SL_NONE);
}

static void
test_run_on_sentence (void)
{
  /* a 60,000-word sentence with 20,000 cues: every one is read, none twice */
  GString *body = g_string_new (NULL);
  g_autoptr (SlModel) m = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < 20000; i++)
    g_string_append (body, "Kim said so, ");
  text = g_string_free (body, FALSE);
  m = extract (text);
  g_assert_cmpuint (sl_model_n_claims (m), ==, 20000);
  g_assert_cmpuint (sl_model_n_sources (m), ==, 1);
}

/* ------------------------------------------------------------------ chains */

static void
test_chain_according_to (void)
{
  g_autoptr (SlModel) m = extract (
    "According to Yonhap news agency, South Korean Defense Minister Shin Won-sik estimates "
    "that Pyongyang sent Moscow roughly 6,700 containers of shells.");
  guint32 y = assert_claim (m, "Yonhap", "According to", SL_STANCE_REPORT);
  guint32 s = assert_claim (m, "Shin Won-sik", "estimates", SL_STANCE_ESTIMATE);

  g_assert_cmpuint (sl_model_claim (m, s)->via, ==, y);
  g_assert_cmpuint (sl_model_claim (m, y)->via, ==, SL_NONE);
}

static void
test_chain_citing (void)
{
  g_autoptr (SlModel) m = extract (
    "Reuters on April 25, citing imagery published by the British RUSI institute, "
    "said that a sanctioned Russian freighter had been seen at anchor off China.");
  guint32 r = assert_claim (m, "Reuters", "said", SL_STANCE_REPORT);
  guint32 u = assert_claim (m, "RUSI", "published", SL_STANCE_REPORT);
  g_autofree char *content = claim_span (m, r, 'c');

  g_assert_cmpuint (sl_model_claim (m, u)->via, ==, r);
  g_assert_cmpstr (sl_model_str (m, sl_model_claim (m, r)->said_on), ==, "2024-04-25");
  g_assert_cmpstr (content, ==, "a sanctioned Russian freighter had been seen at anchor off China");
}

/* The credit after the content, with the citation last: the cited source comes through the
 * outlet, and the outlet must not in turn be taken to come through what it cites (a chain
 * that loops never reaches the article). */
static void
test_chain_citing_after (void)
{
  g_autoptr (SlModel) m = extract (
    "A tanker under sanctions was photographed in a Chinese harbour, Reuters said on "
    "Friday, citing satellite pictures published by the British RUSI institute.");
  guint32 a = assert_claim (m, "Reuters", "said", SL_STANCE_REPORT);
  guint32 p = assert_claim (m, "RUSI", "published", SL_STANCE_REPORT);

  g_assert_cmpuint (sl_model_claim (m, p)->via, ==, a);
  g_assert_cmpuint (sl_model_claim (m, a)->via, ==, SL_NONE);
}

static void
test_chain_quoted (void)
{
  g_autoptr (SlModel) m = extract (
    "Yonhap quoted a military official as saying that the launch failed.");
  guint32 y = assert_claim (m, "Yonhap", "quoted", SL_STANCE_REPORT);
  guint32 o = assert_claim (m, "military official", "as saying", SL_STANCE_ASSERT);

  g_assert_cmpuint (sl_model_claim (m, o)->via, ==, y);
}

/* Who is meant: a plural body is not the one named before it, a name before a lowercase
 * head is a name (even where the article has an outlet of that kind), and people familiar
 * with a matter are someone to cite. */
static void
test_sources_named_and_plural (void)
{
  g_autoptr (SlModel) m = extract (
    "CAIRO, May 6 (Coastal Courier) – Negotiators returned to Cairo on Monday.\n\n"
    "According to the Al-Qahera News channel, the delegations will meet again.\n\n"
    "The United Nations said that only 40 aid trucks entered Gaza. Rights groups warned "
    "that the crossing must reopen.\n\n"
    "Burns will join the talks, the Wall Street Journal reported, citing people familiar with "
    "the matter.\n\n"
    "According to Radio Tahoult, which cited the deputy mayor of the district, Mohamed Ag "
    "Alhassane, nine children were among the dead.\n\n"
    "The audit was ordered to punish Radonjić, who has said the merger plan is unlawful.\n\n"
    "A village chief in Vatomandry, Fidèle Randrianarisoa, denied that anyone had threatened "
    "the nurses, saying villagers had only asked the teams to come back with a doctor.\n\n"
    "The bill now goes to President Joe Biden, who said he would sign it.\n\n"
    "The German Weather Service said rain would continue. Later the Weather Service said "
    "the rivers had crested. The South Korean National Intelligence Service said the launch "
    "failed.\n\n"
    "A nurse at the regional hospital in Ourossogui said six patients were in isolation.\n\n"
    "Malta's Environment and Resources Authority banned anchoring on Monday. The authority "
    "denied that the ban had been delayed.\n\n"
    "According to the weekly Il-Port, which cited a skipper who takes tourists to the lagoon, "
    "80 yachts anchored in the bay.\n\n"
    "A conservator at the National Museum in Paro said the silk showed no new damage.\n\n"
    "Lawyers for a group of about 3,000 savers suspect that the money was moved abroad.\n\n"
    "The strike, called by the drivers' union Collectif des Routiers du Corridor, began on "
    "Tuesday. The union claimed that the scales read high.\n\n"
    "The receiver, lawyer Park Seon-woo, told reporters that the buyer would keep the crews. "
    "The Busan Seafarers' Solidarity Union rejected the sale. The union suspects that the "
    "buyer will scrap four ships.\n\n"
    "Haedong Bulk Lines, founded in the 1970s, filed for court receivership in March 2024 "
    "after freight rates fell, owing creditors about 1.1 billion dollars.\n\n"
    "Rift Valley fever, first identified in Kenya in the 1930s, spreads through mosquito "
    "bites. Opposition MPs said the sirens in the eastern suburbs had sounded too late. A "
    "hydrologist sounded the alarm that the river would burst its banks.\n\n"
    "The grid operator has refused to connect the data centre before 2029, the developer, "
    "Vadehav Data, said on Friday, leaving the project on hold.\n\n"
    "Spokesman Ahmad al-Mutairi told reporters that inspectors had stopped 37 riders. He added "
    "that the ban would be enforced until August.\n\n"
    "The federation has moved the race to Augsburg, the canoe centre's director said. Director "
    "Marián Kollár said the river rose by four metres. The sports body's integrity unit said the "
    "payments were hidden. The head of the integrity unit, Andrew Leckie, said two clubs were "
    "involved.");
  guint32 paper = assert_claim (m, "The Wall Street Journal", "reported", SL_STANCE_REPORT);
  guint32 people = assert_claim (m, "people familiar with the matter", "citing", SL_STANCE_ASSERT);

  assert_claim (m, "Al-Qahera News", "According to", SL_STANCE_REPORT);
  assert_claim (m, "Rights groups", "warned", SL_STANCE_ASSERT);
  /* "goes to" after an adverb is a verb, not a noun with its phrase */
  assert_claim (m, "Joe Biden", "said", SL_STANCE_ASSERT);
  g_assert_cmpuint (find_claim (m, "United Nations", "warned"), ==, SL_NONE);
  g_assert_cmpuint (sl_model_claim (m, people)->via, ==, paper);
  /* "anyone" inside a denial is nobody who said anything */
  assert_claim (m, "Fidèle Randrianarisoa", "denied", SL_STANCE_DENY);
  g_assert_cmpuint (find_claim (m, "anyone", "threatened"), ==, SL_NONE);
  /* the verb of an infinitive is no part of the name after it */
  assert_claim (m, "Radonjić", "said", SL_STANCE_ASSERT);
  /* an office cited, then the name of who holds it: the name is cited */
  {
    guint32 radio = assert_claim (m, "Radio Tahoult", "According to", SL_STANCE_REPORT);
    guint32 mayor = assert_claim (m, "Mohamed Ag Alhassane", "cited", SL_STANCE_ASSERT);

    g_assert_cmpuint (sl_model_claim (m, mayor)->via, ==, radio);
  }
  /* a demonym names a service that has no name of its own, and the shorter name finds it;
   * a "National …" service is named without it */
  {
    guint weather = 0;

    for (guint32 i = 0; i < sl_model_n_claims (m); i++)
      weather += g_strcmp0 (source_name (m, sl_model_claim (m, i)->source), "German Weather Service") == 0;
    g_assert_cmpuint (weather, ==, 2);
  }
  assert_claim (m, "National Intelligence Service", "said", SL_STANCE_ASSERT);
  /* a place at the end of a speaker's second phrase is where, not who */
  assert_claim (m, "nurse at the regional hospital in Ourossogui", "said", SL_STANCE_ASSERT);
  g_assert_cmpuint (find_claim (m, "Ourossogui", "said"), ==, SL_NONE);
  /* after a country's possessive, "and" joins the words of one body's name */
  assert_claim (m, "Environment and Resources Authority", "denied", SL_STANCE_DENY);
  /* someone unnamed who is cited, or who works at a body, is known by the whole phrase,
   * where the body is and a hedged count included */
  {
    guint32 weekly = assert_claim (m, "Il-Port", "According to", SL_STANCE_REPORT);
    guint32 skipper = assert_claim (m, "skipper who takes tourists to the lagoon", "cited", SL_STANCE_ASSERT);

    g_assert_cmpuint (sl_model_claim (m, skipper)->via, ==, weekly);
  }
  assert_claim (m, "conservator at the National Museum in Paro", "said", SL_STANCE_ASSERT);
  assert_claim (m, "Lawyers for a group of about 3,000 savers", "suspect", SL_STANCE_SUSPECT);
  /* a body's name holds its particles ("des", "du"), and "the union" is that body; a strike
   * called by it is no claim */
  assert_claim (m, "Collectif des Routiers du Corridor", "claimed", SL_STANCE_ASSERT);
  g_assert_cmpuint (find_claim (m, "strike", "called"), ==, SL_NONE);
  /* a receiver is an office, and the name after it set off by commas holds it; a plural's
   * mark stands inside a body's name, which "the union" then finds whole */
  assert_claim (m, "Park Seon-woo", "told", SL_STANCE_ASSERT);
  assert_claim (m, "Busan Seafarers' Solidarity Union", "suspects", SL_STANCE_SUSPECT);
  /* filing for a court's protection says nothing */
  g_assert_cmpuint (claims_by (m, "Haedong Bulk Lines"), ==, 0);
  /* a participle set off after a noun tells of the noun; a sound made is no report, an
   * alarm sounded is */
  g_assert_cmpuint (claims_by (m, "Rift Valley fever"), ==, 0);
  g_assert_cmpuint (claims_by (m, "sirens in the eastern suburbs"), ==, 0);
  assert_claim (m, "Opposition MPs", "said", SL_STANCE_ASSERT);
  assert_claim (m, "hydrologist", "sounded", SL_STANCE_ASSERT);
  /* (a speaker's name set off by commas before "said on Friday," is no such aside) */
  assert_claim (m, "Vadehav Data", "said", SL_STANCE_ASSERT);
  /* a name joined to its Arabic article by a hyphen is still a name, whom "he" then means */
  g_assert_cmpuint (claims_by (m, "Ahmad al-Mutairi"), ==, 2);
  /* an office left unnamed and later named with its holder is that person (a body's unit is
   * no office its head holds) */
  g_assert_cmpuint (claims_by (m, "Marián Kollár"), ==, 2);
  g_assert_cmpuint (claims_by (m, "Andrew Leckie"), ==, 1);
}

/* A country that ends a body's name is part of the name; someone who speaks for a body,
 * or works at one, credits it; names met on the way are not kept as sources. */
/* A body named with "by" inside its name is the one "the committee" means later. */
static void
test_body_named_with_by (void)
{
  g_autoptr (SlModel) m = extract ("Grenada stopped approving new applications, the government's "
                                   "Citizenship by Investment Committee said. About 480 applicants "
                                   "had bought shares, the committee said.");

  g_assert_cmpuint (sl_model_n_claims (m), ==, 2);
  for (guint i = 0; i < 2; i++)
    g_assert_cmpstr (source_name (m, sl_model_claim (m, i)->source), ==,
                     "Citizenship by Investment Committee");
  g_assert_cmpuint (sl_model_n_sources (m), ==, 1);
}

static void
test_sources_bodies (void)
{
  const struct { const char *text, *source; gboolean titled; } rows[] = {
    { "The Geophysical Institute of Peru said the fault was still moving.",
      "Geophysical Institute of Peru", FALSE },
    { "The Communications Authority of Kenya said the outage was over.",
      "Communications Authority of Kenya", FALSE },
    { "Consumer Watch Australia said the chargers were unsafe.",
      "Consumer Watch Australia", FALSE },
    { "Radio Mozambique reported that the river had burst its banks.", "Radio Mozambique",
      FALSE },
    { "The Interior Ministry of Ukraine said two drones were downed.",
      "Ukrainian Interior Ministry", FALSE },
    { "The President of Peru said the aid would arrive.", "Peru", FALSE },
    { "A spokeswoman for the Red Cross in Lima said the roads were cut.", "Red Cross",
      FALSE },
    { "A spokesman for the State Department said the talks would resume.",
      "State Department", FALSE },
    /* (people who work at a body are people of their own, the body no source: the news
     * annotations name "analysts at Sika Capital") */
    { "Trade analysts at Lindqvist Economics said the tariffs would bite.",
      "Trade analysts at Lindqvist Economics", FALSE },
    { "Geologists at the National University of Arequipa said the fault was longer.",
      "Geologists at the National University of Arequipa", FALSE },
    { "Lawyers for both sides said the ruling was narrow.", "Lawyers for both sides",
      FALSE },
    { "The Office of the Data Protection Commissioner said it would appeal.",
      "Office of the Data Protection Commissioner", FALSE },
    { "The Maritime and Port Authority of Singapore said the channel was shut.",
      "Maritime and Port Authority of Singapore", FALSE },
    { "Russia and China said the plan was unfair.", "Russia", FALSE },
    { "The bloc's trade commissioner, Anna Berg, rejected the plan as unworkable.",
      "Anna Berg", TRUE },
    { "The firm's chief executive, Omar Haddad, said sales had fallen.", "Omar Haddad", TRUE },
    { "The Minister of State for Trade, Ruth Adeyemi, said the port would reopen.",
      "Ruth Adeyemi", TRUE },
    { "Police in Kerala said the road would stay shut.", "Kerala police", FALSE },
    { "More than 1,200 workers said they had not been paid since June.", "workers", FALSE },
    { "The rebels' chief negotiator, James Both Kuol, accused the army of shelling villages.",
      "James Both Kuol", TRUE },
    { "The chain's parent company, the Dunedin-based Otago Holdings, said its board would meet.",
      "Otago Holdings", FALSE },
    { "The Organization for Security and Co-operation in Europe (OSCE) said the vote was fair.",
      "Organization for Security and Co-operation in Europe", FALSE },
    { "The Court of Arbitration for Sport (CAS) said the ban would stand.",
      "Court of Arbitration for Sport", FALSE },
    { "The Kamloops Herald reported that the fire had grown.", "Kamloops Herald", FALSE },
    { "The strike cost millions, according to the employers' federation Havenwerk.",
      "Havenwerk", FALSE },
    { "The teachers' union said the strike would go on.", "teachers' union", FALSE },
    /* "by" inside a body's name; an abbreviation's dot inside a person's */
    { "Grenada stopped approving applications, the government's Citizenship by Investment "
      "Committee said.", "Citizenship by Investment Committee", FALSE },
    { "Finance Minister Kareem St. Bernard disclosed in parliament that the firm had paid "
      "only 3 million.", "Kareem St. Bernard", TRUE },
    /* people who work at a body are people of their own; its spokesperson is its voice */
    { "Two engineers at the Public Utilities Board said seawater had flooded 11 wells.",
      "engineers at the Public Utilities Board", FALSE },
    { "A spokeswoman for the Public Utilities Board said seawater had flooded 11 wells.",
      "Public Utilities Board", FALSE },
    /* a participle says whom the people before it work for */
    { "Lawyers representing the families said they would appeal.",
      "Lawyers representing the families", FALSE },
    { "Two lawyers acting for other foundations, who asked not to be named, said they suspected "
      "that three more funds had been emptied.", "lawyers acting for other foundations", FALSE },
    /* a title, then the name and the body the person is from */
    { "Nodules covered 40% of the floor, the survey's chief scientist, Hana Whitfield of the "
      "University of Auckland, told reporters.", "Hana Whitfield", TRUE },
    /* a seat in a body, written in lower case, then the person */
    { "The count was rigged, opposition member of parliament Ana Ruiz said.", "Ana Ruiz", TRUE },
    /* a one-word outlet's name after a given name is a person's family name */
    { "Former New York mayor Michael Bloomberg said the plan would pay for itself.",
      "Michael Bloomberg", TRUE },
    { "The actor Michael J. Fox said the foundation would fund three new trials.", "Michael J. Fox",
      FALSE },
    /* a body's name may hold a possessive, or particles as a French one does */
    { "An investors' group, the Alzette Depositors' Collective, estimated that 2,300 investors "
      "had money tied up.", "Alzette Depositors' Collective", FALSE },
    { "The Commission de Surveillance du Secteur Financier (CSSF) said it had asked the court "
      "to intervene.", "Commission de Surveillance du Secteur Financier", FALSE },
    /* "calculated" puts a figure on it; "a preprint posted online" only says where */
    { "In a preprint posted online on May 2, the institute's researchers calculated that no "
      "more than 30 clouded leopards live in the park.", "institute's researchers", FALSE },
    /* an -ed form between a past verb and its plural noun describes the noun */
    { "Opposition lawmaker Leota Sione Faleolo suspects that the ministry ignored repeated "
      "warnings from hospital staff.", "Leota Sione Faleolo", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr (SlModel) m = extract (rows[i].text);

      g_test_message ("%s", rows[i].text);
      g_assert_cmpuint (sl_model_n_claims (m), ==, 1);
      g_assert_cmpstr (source_name (m, sl_model_claim (m, 0)->source), ==, rows[i].source);
      /* "Trade analysts", "the Red Cross in Lima": read on the way, credited with nothing */
      g_assert_cmpuint (sl_model_n_sources (m), ==, 1);
      /* an appositive's title stays with the person */
      if (rows[i].titled)
        g_assert_cmpuint (sl_model_source (m, sl_model_claim (m, 0)->source)->title, !=, 0);
    }
}

/* After "Michael Bloomberg said", "Bloomberg said" is the man again, not the news agency
 * the gazetteer knows by that word; the outlet is still itself where no one has that name. */
static void
test_family_name_of_outlet (void)
{
  g_autoptr (SlModel) m = extract ("Michael Bloomberg said the plan would pay for itself.\n\n"
                                   "Bloomberg said the city would not raise taxes.");
  g_autoptr (SlModel) agency = extract ("Bloomberg reported that the plan would pay for itself.");

  g_assert_cmpuint (sl_model_n_claims (m), ==, 2);
  g_assert_cmpuint (sl_model_n_sources (m), ==, 1);
  g_assert_cmpstr (source_name (m, sl_model_claim (m, 1)->source), ==, "Michael Bloomberg");
  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, 1)->source)->kind, ==, SL_SOURCE_PERSON);
  g_assert_cmpuint (sl_model_n_claims (agency), ==, 1);
  g_assert_cmpint (sl_model_source (agency, sl_model_claim (agency, 0)->source)->kind, ==, SL_SOURCE_OUTLET);
}

/* What a document says is credited to whoever made it: "according to an analysis by X",
 * "citing an exit poll by X", "citing incident reports from X", "figures the commission
 * published"; the participle that describes the document is no claim of its own. */
static void
test_document_makers (void)
{
  g_autoptr (SlModel) m = extract (
    "Aid fell 8 percent, according to an analysis published on Monday by the Harbour "
    "Policy Institute.\n\n"
    "Turnout was 58 percent, according to preliminary figures the commission published.\n\n"
    "The Greens won 31 percent, the broadcaster said, citing an exit poll by Nordic Opinion "
    "Research.\n\n"
    "The union, citing incident reports from Fire and Rescue NSW, said the fires had "
    "doubled.");
  guint32 broadcaster = assert_claim (m, "broadcaster", "said", SL_STANCE_ASSERT);
  guint32 poll = assert_claim (m, "Nordic Opinion Research", "citing", SL_STANCE_REPORT);
  guint32 uni = assert_claim (m, "union", "said", SL_STANCE_ASSERT);
  guint32 fire = assert_claim (m, "Fire and Rescue NSW", "citing", SL_STANCE_REPORT);

  assert_claim (m, "Harbour Policy Institute", "according to", SL_STANCE_REPORT);
  assert_claim (m, "commission", "according to", SL_STANCE_REPORT);
  g_assert_cmpuint (find_claim (m, NULL, "published"), ==, SL_NONE);
  g_assert_cmpuint (sl_model_claim (m, poll)->via, ==, broadcaster);
  g_assert_cmpuint (sl_model_claim (m, fire)->via, ==, uni);
}

/* A company's name reads as a company, and a sentence that opens with "It" goes on about
 * the body that spoke in the sentence before, not the last body named. */
static void
test_it_continues (void)
{
  g_autoptr (SlModel) m = extract (
    "The Consumer Commission said the chargers could overheat.\n\n"
    "Harbourlight Electronics said it was cooperating with the commission. It rejected "
    "suggestions that its chargers had caused the fire.");
  guint32 said = assert_claim (m, "Harbourlight Electronics", "said", SL_STANCE_ASSERT);
  guint32 rejected = assert_claim (m, "Harbourlight Electronics", "rejected", SL_STANCE_DENY);

  g_assert_cmpuint (sl_model_claim (m, said)->source, ==, sl_model_claim (m, rejected)->source);
  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, said)->source)->kind, ==,
                   SL_SOURCE_ORGANIZATION);
}

/* With no speaker in the sentence before, "It" goes on about the name that sentence opened
 * with, not the last speaker before it. */
static void
test_it_after_doer (void)
{
  g_autoptr (SlModel) m = extract (
    "According to the agency Cape Press, the minister, Naledi Ferreira, said the outbreak "
    "was contained.\n\n"
    "Southern Turf, which runs the racecourses, cancelled Saturday's meeting. It estimated that "
    "each lost meeting would cost 7 million rand.");
  guint32 est = assert_claim (m, "Southern Turf", "estimated", SL_STANCE_ESTIMATE);

  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, est)->source)->kind, ==,
                   SL_SOURCE_ORGANIZATION);
}

/* "Others" is nobody's name: a "she" after it is the woman who spoke before. */
static void
test_others_is_no_name (void)
{
  g_autoptr (SlModel) m = extract (
    "Sarah Quinn, an analyst, said prices would rise. Others suspect the ruling will draw "
    "new chains to the market, she added.");
  guint32 others = assert_claim (m, "Others", "suspect", SL_STANCE_SUSPECT);
  guint32 added = assert_claim (m, "Sarah Quinn", "added", SL_STANCE_ASSERT);

  g_assert_cmpuint (sl_model_claim (m, others)->via, ==, added);
  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, others)->source)->kind, ==,
                   SL_SOURCE_UNNAMED);
}

/* An outlet told something is a source the article names, though the claim is the
 * teller's; other hearers are not kept. */
static void
test_hearer_outlets (void)
{
  g_autoptr (SlModel) m = extract (
    "Quispe told the local broadcaster Radio Andes that the road was cut. The mayor told "
    "Reuters the crews were tired. Smith told reporters that he was tired. \"One photograph "
    "is not a record,\" the director, Haji Rosli Yusof, told the broadcaster Radio Temburong. "
    "Two men were released, police spokeswoman Valbona Rexhepi told the broadcaster RTV Iliria.");

  assert_claim (m, "Quispe", "told", SL_STANCE_ASSERT);
  g_assert_cmpint (sl_model_source (m, sl_model_find_source (m, "Radio Andes"))->kind, ==,
                   SL_SOURCE_OUTLET);
  g_assert_cmpuint (sl_model_find_source (m, "Reuters"), !=, SL_NONE);
  /* (a hearer after a quotation too) */
  g_assert_cmpuint (sl_model_find_source (m, "Radio Temburong"), !=, SL_NONE);
  /* (and after what was said, with no quotation: what was said is the clause before) */
  g_assert_cmpuint (sl_model_find_source (m, "RTV Iliria"), !=, SL_NONE);
  {
    guint32 c = assert_claim (m, "Valbona Rexhepi", "told", SL_STANCE_ASSERT);
    g_autofree char *content = claim_span (m, c, 'c');

    g_assert_cmpstr (content, ==, "Two men were released");
  }
  g_assert_cmpuint (sl_model_find_source (m, "reporters"), ==, SL_NONE);
  for (guint32 i = 0; i < sl_model_n_claims (m); i++)
    g_assert_cmpstr (source_name (m, sl_model_claim (m, i)->source), !=, "Radio Andes");
}

/* What someone says another did or said is part of their own claim ("said the weather
 * service had forecast …"); a suspicion held inside it is a claim of its own, through them. */
static void
test_claims_told_inside (void)
{
  g_autoptr (SlModel) m = extract (
    "The weather service had forecast a tide of 2.9 metres, its chief forecaster, Rosita "
    "Tekee, said.\n\n"
    "A person familiar with the investigation said investigators suspected a fault in the "
    "steering gear.\n\n"
    "The engine maker Halcott Aero denied that the failure pointed to a flaw in its design.\n\n"
    "The consultancy, Vandamme Ingenieurs, confirmed on Thursday that the city's engineers had "
    "warned the council in 2021.\n\n"
    "The port operator dismissed that as baseless, saying a fault in the compressor had been "
    "found by an engineer.");
  guint32 person = assert_claim (m, "person familiar with the investigation", "said", SL_STANCE_ASSERT);
  guint32 suspected = assert_claim (m, "investigators", "suspected", SL_STANCE_SUSPECT);

  assert_claim (m, "Rosita Tekee", "said", SL_STANCE_ASSERT);
  g_assert_cmpuint (find_claim (m, NULL, "forecast"), ==, SL_NONE);
  g_assert_cmpuint (sl_model_claim (m, suspected)->via, ==, person);
  /* what is denied or confirmed holds what others did, as what is said does */
  assert_claim (m, "Halcott Aero", "denied", SL_STANCE_DENY);
  assert_claim (m, "Vandamme Ingenieurs", "confirmed", SL_STANCE_ASSERT);
  g_assert_cmpuint (find_claim (m, NULL, "pointed to"), ==, SL_NONE);
  g_assert_cmpuint (find_claim (m, NULL, "warned"), ==, SL_NONE);
  /* (a finding told in the passive, inside a denial's reason) */
  assert_claim (m, "port operator", "dismissed", SL_STANCE_DENY);
  g_assert_cmpuint (find_claim (m, NULL, "found"), ==, SL_NONE);
  g_assert_cmpuint (sl_model_n_claims (m), ==, 6);
}

/* "X told the broadcaster Z, which reported …, that …": what X said reached us through Z. */
static void
test_told_outlet_which_reported (void)
{
  g_autoptr (SlModel) m = extract (
    "Two engineers at the utility, who asked not to be named, told the broadcaster Nareau FM, "
    "which reported on Thursday morning, that seawater had flooded 11 wells.\n\n"
    "A former bookkeeper at the firm told the Swiss broadcaster Radio S\xc3\xa4ntis, which aired "
    "the interview on Monday, that two sets of accounts had been kept.");
  guint32 told = assert_claim (m, "engineers at the utility", "told", SL_STANCE_ASSERT);
  guint32 reported = assert_claim (m, "Nareau FM", "reported", SL_STANCE_REPORT);
  guint32 bookkeeper = assert_claim (m, "former bookkeeper at the firm", "told", SL_STANCE_ASSERT);

  g_assert_cmpuint (sl_model_claim (m, told)->via, ==, reported);
  /* (a broadcaster airs what it was told) */
  g_assert_cmpuint (sl_model_claim (m, bookkeeper)->via, ==,
                    assert_claim (m, "Radio S\xc3\xa4ntis", "aired", SL_STANCE_REPORT));
}

/* "…, which cited …" chains like "citing"; after an inverted credit, a citing phrase is
 * whom it came from and the clause before is the content. */
static void
test_relative_citing (void)
{
  g_autoptr (SlModel) m = extract (
    "Two guards were hurt, according to the Lake Ledger, which cited two police officers.\n\n"
    "The Harbour Times, which cited data from the ship-tracking firm ShipWatch, said the "
    "tanker turned.\n\n"
    "According to the Bay Courier, which cited two nurses who asked not to be named, the ward "
    "was closed.\n\n"
    "The ferry sank, the Coast Herald reported, citing two crew members.\n\n"
    "According to the Bay Ledger, which cited three people close to the talks, the chain had "
    "been sold.\n\n"
    "Valley Rail, citing its own track inspectors, said the line would stay shut.\n\n"
    "The agency said it did not comment on investigations.\n\n"
    "The Post, citing people briefed on the inquiry, said the gang had struck before.\n\n"
    "The nets are held at the port, according to the broadcaster Radio Inkingi, citing two "
    "officials at the ministry who asked not to be named.\n\n"
    "According to the Douglas weekly The Manx Mercury, which cited three marshals who worked at "
    "the meeting, some volunteers left their posts.\n\n"
    "One child in four is malnourished, the charity said, citing a survey carried out by the "
    "Nutrition Cluster.");
  guint32 ledger = assert_claim (m, "Lake Ledger", "according to", SL_STANCE_REPORT);
  guint32 officers = assert_claim (m, "police officers", "cited", SL_STANCE_ASSERT);
  guint32 times = assert_claim (m, "Harbour Times", "said", SL_STANCE_REPORT);
  guint32 watch = assert_claim (m, "ShipWatch", "cited", SL_STANCE_REPORT);
  guint32 herald = assert_claim (m, "Coast Herald", "reported", SL_STANCE_REPORT);
  g_autofree char *content = claim_span (m, herald, 'c');

  g_assert_cmpuint (sl_model_claim (m, officers)->via, ==, ledger);
  {
    guint32 courier = assert_claim (m, "Bay Courier", "According to", SL_STANCE_REPORT);
    guint32 nurses = assert_claim (m, "nurses", "cited", SL_STANCE_ASSERT);
    g_autofree char *said = claim_span (m, courier, 'c');

    g_assert_cmpuint (sl_model_claim (m, nurses)->via, ==, courier);
    g_assert_cmpstr (said, ==, "the ward was closed");
  }
  g_assert_cmpuint (sl_model_claim (m, watch)->via, ==, times);
  g_assert_cmpstr (content, ==, "The ferry sank");
  g_assert_cmpuint (sl_model_claim (m, assert_claim (m, "crew members", "citing", SL_STANCE_ASSERT))->via,
                    ==, herald);
  g_assert_cmpuint (sl_model_claim (m, assert_claim (m, "people close to the talks", "cited",
                                                     SL_STANCE_ASSERT))->via,
                    ==, assert_claim (m, "Bay Ledger", "According to", SL_STANCE_REPORT));
  g_assert_cmpuint (sl_model_claim (m, assert_claim (m, "track inspectors", "citing",
                                                     SL_STANCE_ASSERT))->via,
                    ==, find_claim (m, "Valley Rail", "said"));
  /* someone unnamed keeps their whole description */
  g_assert_cmpuint (find_claim (m, "people briefed on the inquiry", "citing"), !=, SL_NONE);
  /* (but why they go unnamed is not part of it) */
  g_assert_cmpuint (find_claim (m, "officials at the ministry", "citing"), !=, SL_NONE);
  /* (people on the scene; the description keeps its count as the text wrote it) */
  {
    guint32 marshals = assert_claim (m, "marshals who worked at the meeting", "cited", SL_STANCE_ASSERT);

    g_assert_cmpuint (sl_model_claim (m, marshals)->via, ==,
                      assert_claim (m, "The Manx Mercury", "According to", SL_STANCE_REPORT));
    g_assert_true (has_alias (m, sl_model_claim (m, marshals)->source,
                              "three marshals who worked at the meeting"));
  }
  /* the maker of what is cited, after a verb with its particle */
  g_assert_cmpuint (sl_model_claim (m, assert_claim (m, "Nutrition Cluster", "carried out",
                                                     SL_STANCE_REPORT))->via,
                    ==, find_claim (m, "charity", "said"));
  /* saying it does not comment is no claim */
  g_assert_cmpuint (find_claim (m, "agency", "said"), ==, SL_NONE);
}

/* The agent of a participle says who asked the speakers, not who speaks: "Economists polled
 * by Reuters forecast …"; the participle itself reports nothing. A document's publisher
 * still speaks through it ("photos released by a photographer showed"). */
static void
test_polled_by (void)
{
  g_autoptr (SlModel) m = extract (
    "Economists polled by Reuters had forecast a 1.2% contraction.\n\n"
    "Voters questioned by the Times said they were undecided.\n\n"
    "Photos released by a Ukrainian photographer showed Korean letters on a missile.");

  assert_claim (m, "Economists", "forecast", SL_STANCE_ESTIMATE);
  assert_claim (m, "Voters", "said", SL_STANCE_ASSERT);
  assert_claim (m, "Ukrainian photographer", "showed", SL_STANCE_REPORT);
  g_assert_cmpuint (find_claim (m, "Reuters", "forecast"), ==, SL_NONE);
  g_assert_cmpuint (find_claim (m, NULL, "questioned"), ==, SL_NONE);
  g_assert_cmpuint (sl_model_n_claims (m), ==, 3);
}

/* "told the Financial Times last year": the hearer and the time are not the content, so the
 * content is the clause before the credit; the urging told inside it is part of what the
 * officials told, not a claim of its own (as the seed's annotation has it). In "…, which it
 * says …" the pronoun is the sentence's subject, not the body named last. */
static void
test_hearer_and_relative_it (void)
{
  g_autoptr (SlModel) m = extract (
    "Washington has urged Ukraine to stop such strikes, U.S. officials told the Financial "
    "Times last year.\n\n"
    "The ministry said 38 drones were destroyed. Kyiv has stepped up attacks on energy sites, "
    "which it says are legitimate targets.");
  guint32 told = assert_claim (m, "U.S. officials", "told", SL_STANCE_ASSERT);
  const SlClaim *t = sl_model_claim (m, told);
  gsize len;
  const char *text = sl_model_doc_text (m, 0, &len);

  g_assert_cmpuint (find_claim (m, "United States", "urged"), ==, SL_NONE);
  g_assert_true (g_str_has_prefix (text + t->content_begin, "Washington has urged"));
  assert_claim (m, "Ukraine", "says", SL_STANCE_ASSERT);
  g_assert_cmpuint (find_claim (m, "ministry", "says"), ==, SL_NONE);
}

/* ------------------------------------------------------------------ events */

static guint32
find_event (SlModel *m, const char *when)
{
  for (guint32 i = 0; i < sl_model_n_events (m); i++)
    if (g_strcmp0 (sl_model_str (m, sl_model_event (m, i)->when), when) == 0)
      return i;
  return SL_NONE;
}

static void
test_event_fronted_time (void)
{
  g_autoptr (SlModel) m = extract (
    "At a Security Council session on March 28, Russia vetoed a resolution "
    "renewing the experts' mandate.");
  guint32 e = find_event (m, "2024-03-28");
  const char *label;

  g_assert_cmpuint (e, !=, SL_NONE);
  label = sl_model_str (m, sl_model_event (m, e)->label);
  g_assert_true (g_str_has_prefix (label, "Russia vetoes resolution"));
  g_assert_cmpint (sl_model_event (m, e)->category, ==, SL_CATEGORY_DIPLOMATIC);
  g_assert_cmpuint (sl_model_n_events (m), ==, 1);
}

/* A time that opens the sentence on its own, set off by a comma, dates the main clause after
 * it; its subject keeps its prepositional phrase. DCT 2024-05-06 (a Monday). */
static void
test_event_fronted_bare_time (void)
{
  g_autoptr (SlModel) m = extract (
    "Last year, a similar collision near the shoal prompted talks between the two foreign "
    "ministers.\n\n"
    "Last week, officials said the talks had stalled.");
  guint32 year = find_event (m, "2023");
  guint32 week = find_event (m, "2024-W18");
  guint32 said = assert_claim (m, "officials", "said", SL_STANCE_ASSERT);

  g_assert_cmpuint (year, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, year)->label), ==,
                   "Similar collision near shoal prompted talks between two foreign ministers");
  /* the report is dated by the fronted time: it was said last week */
  g_assert_cmpstr (sl_model_str (m, sl_model_claim (m, said)->said_on), ==, "2024-W18");
  g_assert_cmpuint (week, !=, SL_NONE);
  g_assert_cmpint (sl_model_event (m, week)->category, ==, SL_CATEGORY_STATEMENT);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, week)->label), ==,
                   "Officials say talks had stalled");
}

/* Labels read as headlines: a plural subject takes no -s, the accused is named, and a second
 * report joined by "and" is left to its own claim. */
static void
test_event_label_wording (void)
{
  g_autoptr (SlModel) m = extract (
    "In 2019, the two countries signed a trade agreement.\n\n"
    "In 2021, floods in western Germany killed more than 180 people.\n\n"
    "The Philippines accused China on Sunday of firing water cannon at a supply boat.\n\n"
    "Kirby said on May 2 that Washington stands with its ally and warned that an attack on "
    "its ships would invoke the treaty.\n\n"
    "A spokesman said the patrol boat had “deliberately rammed” a Chinese ship on Saturday.\n\n"
    "The refinery, which processes crude from the Caspian, was also targeted in March 2023.\n\n"
    "Kremlin spokesman Dmitry Peskov on Thursday dismissed reports of secret talks as "
    "“fiction”, Interfax reported.\n\n"
    "The test came a week after Kim visited a munitions factory, KCNA reported on April 12, "
    "and two months after the veto.\n\n"
    "The European Commission, which proposed the plan in January, welcomed the vote.\n\n"
    "Keron Blair called for more school investment in a statement on Friday.");
  guint32 signed_ = find_event (m, "2019");
  guint32 accused = find_event (m, "2024-05-05");
  guint32 said = find_event (m, "2024-05-02");

  g_assert_cmpuint (signed_, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, signed_)->label), ==,
                   "Two countries sign trade agreement");
  g_assert_cmpuint (find_event (m, "2021"), !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, find_event (m, "2021"))->label), ==,
                   "Floods in western Germany kill more than 180 people");
  g_assert_cmpuint (accused, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, accused)->label), ==,
                   "Philippines accuses China of firing water cannon at supply boat");
  g_assert_cmpuint (said, !=, SL_NONE);
  g_assert_true (g_str_has_suffix (sl_model_str (m, sl_model_event (m, said)->label),
                                   "says Washington stands with ally"));
  /* a few quoted words inside the clause do not hide its verb, nor its adverb the subject */
  g_assert_cmpuint (find_event (m, "2024-05-04"), !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, find_event (m, "2024-05-04"))->label), ==,
                   "Patrol boat had deliberately rammed Chinese ship");
  /* the credit of the outer report is not part of the label */
  {
    gboolean found = FALSE;

    for (guint32 e = 0; e < sl_model_n_events (m); e++)
      if (g_str_has_prefix (sl_model_str (m, sl_model_event (m, e)->label), "Dmitry Peskov"))
        {
          g_assert_cmpstr (sl_model_str (m, sl_model_event (m, e)->label), ==,
                           "Dmitry Peskov dismisses reports of secret talks as fiction");
          found = TRUE;
        }
    g_assert_true (found);
  }
  /* a report whose content is a thing and a time was made then; a phrasal verb conjugated */
  g_assert_cmpuint (find_event (m, "2024-01"), !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, find_event (m, "2024-01"))->label), ==,
                   "European Commission proposes plan");
  g_assert_cmpuint (find_event (m, "2024-05-03"), !=, SL_NONE);
  g_assert_true (g_str_has_prefix (sl_model_str (m, sl_model_event (m, find_event (m, "2024-05-03"))->label),
                                   "Keron Blair calls for more school investment"));
  /* a credit in mid-sentence, with its time, ends the label */
  g_assert_cmpuint (find_event (m, "2024-04-12"), !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, find_event (m, "2024-04-12"))->label), ==,
                   "KCNA reports test came week after Kim visited munitions factory");
  /* the subject before a relative clause set off by commas */
  g_assert_cmpuint (find_event (m, "2023-03"), !=, SL_NONE);
  g_assert_true (g_str_has_prefix (sl_model_str (m, sl_model_event (m, find_event (m, "2023-03"))->label),
                                   "Refinery was also targeted"));
}

/* Each date of a list gets a label with its own date, not its neighbour's; a short time
 * at the end of a label is never cut off inside; what was said in a relative clause ends
 * with the clause, and a hearer's name holds its "of". */
/* One happening dated three ways in its sentence is one event; "…, who was released on
 * Tuesday" tells of the noun before the comma. */
static void
test_event_one_per_happening (void)
{
  g_autoptr (SlModel) m = extract ("The ruling was posted on the website at 11 a.m. Central "
                                   "European Time (1000 GMT) on Monday.");
  g_autoptr (SlModel) r = extract ("Police arrested the driver, who was released on Tuesday.");

  g_assert_cmpuint (sl_model_n_events (m), ==, 1);
  g_assert_cmpuint (sl_model_n_events (r), ==, 1);
  g_assert_true (g_str_has_prefix (sl_model_str (r, sl_model_event (r, 0)->label), "Driver was released"));

  /* (an -ing noun before the comma: "its ruling, which was posted") */
  {
    g_autoptr (SlModel) p = extract ("The panel issued its ruling, which was posted on the "
                                     "website on Monday.");

    g_assert_cmpuint (sl_model_n_events (p), ==, 1);
    g_assert_true (g_str_has_prefix (sl_model_str (p, sl_model_event (p, 0)->label), "Ruling was posted"));
  }
}

/* "The ministry last week cut its forecast for this year's harvest": a time between the
 * subject and its verb needs no preposition, and a time that only says which harvest dates
 * nothing. */
static void
test_event_bare_time_before_verb (void)
{
  g_autoptr (SlModel) m = extract ("The ministry last week cut its forecast for this year's "
                                   "harvest to 12.4 million tonnes.");

  g_assert_cmpuint (sl_model_n_events (m), ==, 1);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, 0)->label), ==,
                   "Ministry cuts forecast for this year's harvest to 12.4 million tonnes");
}

/* A participle after the object of an earlier verb tells what happened to that object
 * ("It beats the 41.2 degrees measured at Duisburg on 25 July 2019"); figures a body
 * published, or a clause joined on, are no such phrase. */
static void
test_event_reduced_relative (void)
{
  g_autoptr (SlModel) m = extract (
    "SEOUL, Sept. 17, 2026 - The reading beats by half a degree the 41.2 degrees measured at "
    "Duisburg, in western Germany, on 25 July 2019. Deputies expanded a similar program "
    "launched in 2012 for young migrants.");
  const char *labels[] = { "41.2 degrees measured at Duisburg", "Similar program launched" };

  for (guint k = 0; k < G_N_ELEMENTS (labels); k++)
    {
      gboolean found = FALSE;

      for (guint32 i = 0; i < sl_model_n_events (m) && !found; i++)
        found = g_strcmp0 (sl_model_str (m, sl_model_event (m, i)->label), labels[k]) == 0;
      if (!found)
        g_error ("no event labelled “%s”", labels[k]);
    }
}

static void
test_event_label_times (void)
{
  g_autoptr (SlModel) m = extract (
    "The factory opened in 2019 and 2021 in two phases.\n\n"
    "The Brussels daily Le Courrier du Soir reported on Tuesday that no Belgian diplomat had "
    "inspected a delivery in Chad since March of last year.\n\n"
    "The Arms Transfer Observatory, which asked the Council of State last month to cancel the "
    "licences, said it suspected that parts were still reaching Chad.\n\n"
    "The paper reported on Thursday that managers had told staff in early 2024 to approve new "
    "accounts within 24 hours to meet growth targets.");
  guint32 first = find_event (m, "2019"), second = find_event (m, "2021");
  guint32 tuesday = find_event (m, "2024-04-30");
  guint32 asked = assert_claim (m, "Arms Transfer Observatory", "asked", SL_STANCE_ASSERT);
  g_autofree char *content = claim_span (m, asked, 'c');

  g_assert_cmpuint (first, !=, SL_NONE);
  g_assert_cmpuint (second, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, first)->label), ==, "Factory opened in 2019");
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, second)->label), ==, "Factory opened in 2021");
  g_assert_cmpuint (tuesday, !=, SL_NONE);
  g_assert_true (g_str_has_suffix (sl_model_str (m, sl_model_event (m, tuesday)->label),
                                   "since March of last year"));
  g_assert_cmpstr (content, ==, "to cancel the licences");
  /* a label cut short keeps a name without its "'s", and ends on no auxiliary or "not" */
  {
    g_autoptr (SlModel) cut = extract (
      "The Times said in 1995 that it had received anonymously the first three pages of the "
      "Republican nominee Donald Trump's 1995 state income tax returns filed in New Jersey and "
      "Connecticut.\n\n"
      "The mayor said on Thursday that some residents in the northern districts may not vote "
      "because of frustration that this is not going to change anything at all.");

    g_assert_cmpuint (find_event (cut, "1995"), !=, SL_NONE);
    g_assert_true (g_str_has_suffix (sl_model_str (cut, sl_model_event (cut, find_event (cut, "1995"))->label),
                                     "nominee Donald Trump"));
    g_assert_cmpuint (find_event (cut, "2024-05-02"), !=, SL_NONE);
    g_assert_cmpstr (sl_model_str (cut, sl_model_event (cut, find_event (cut, "2024-05-02"))->label), ==,
                     "Mayor says some residents may not vote because of frustration");
  }
  /* a label cut short does not end on a preposition ("… within") */
  g_assert_cmpuint (find_event (m, "2024-05-02"), !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, find_event (m, "2024-05-02"))->label), ==,
                   "Paper reports managers had told staff in early 2024 to approve new accounts");
}

/* A company introduced by what it does ("the seafood processor Cape Harvest Foods") is
 * "the company" later, "it" after that, and "Cape Harvest" for short; a letter from it
 * reaches us through whoever cites it; and turning down an offer is an act, not a denial. */
static void
test_company_by_its_trade (void)
{
  g_autoptr (SlModel) m = extract (
    "The seafood processor Cape Harvest Foods locked out 430 workers on Tuesday, after the "
    "union rejected its final wage offer.\n\n"
    "The company said the union had voted down raises. It had warned last week that it "
    "would close the gates.\n\n"
    "Cape Harvest dismissed that as baseless, saying every pound of crab would be processed.\n\n"
    "The broadcaster Bayview Radio, citing a letter from the company to fish harvesters, said "
    "the plant would not buy crab.");
  guint32 said = assert_claim (m, "Cape Harvest Foods", "said", SL_STANCE_ASSERT);
  guint32 radio = assert_claim (m, "Bayview Radio", "said", SL_STANCE_REPORT);
  guint32 letter = assert_claim (m, "Cape Harvest Foods", "citing", SL_STANCE_ASSERT);

  assert_claim (m, "Cape Harvest Foods", "warned", SL_STANCE_ASSERT);
  assert_claim (m, "Cape Harvest Foods", "dismissed", SL_STANCE_DENY);
  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, said)->source)->kind, ==,
                   SL_SOURCE_ORGANIZATION);
  g_assert_cmpuint (sl_model_claim (m, letter)->via, ==, radio);
  g_assert_cmpuint (find_claim (m, NULL, "rejected"), ==, SL_NONE);
}

/* A body named before is "the array" by the last word of its name, and so is its board
 * ("the array's governing board"); a letter from it, cited by an outlet, holds its words. A
 * promise the farmers tell of is part of what they said, not the array's own claim. */
static void
test_lowercase_body_name (void)
{
  g_autoptr (SlModel) m = extract (
    "Namibia froze its payments to the Gamsberg Gamma Array, a European-led telescope.\n\n"
    "According to the weekly Khomas Observer, which cited a letter from the array's governing "
    "board, the partners warned Namibia that it would lose its seat.\n\n"
    "Farmers said the array had promised to pay for repairs.");
  guint32 paper = assert_claim (m, "Khomas Observer", "According to", SL_STANCE_REPORT);
  guint32 letter = assert_claim (m, "Gamsberg Gamma Array", "cited", SL_STANCE_ASSERT);

  g_assert_cmpuint (sl_model_claim (m, letter)->via, ==, paper);
  assert_claim (m, "Farmers", "said", SL_STANCE_ASSERT);
  g_assert_cmpuint (find_claim (m, "Gamsberg Gamma Array", "promised"), ==, SL_NONE);
}

/* A name set off by commas after a role may carry its own title in lower case ("His
 * challenger, councillor Priya Natarajan,") or the noun of its body ("The system's provider,
 * the Toronto-based company BallotLine,"); the name is who speaks, and "she" after it. */
static void
test_appositive_with_title (void)
{
  g_autoptr (SlModel) m = extract (
    "His challenger, councillor Priya Natarajan, said she would ask for a recount. She "
    "suspects that the extension favoured the mayor.\n\n"
    "The system's provider, the Toronto-based company BallotLine, said the outage was caused "
    "by a faulty update.\n\n"
    "\"We lost them to a ladder,\" the monastery's prior, Father Tomasz Wrona, told a radio "
    "station.\n\n"
    "The cable was cut about 37 kilometres west of Tongatapu, the cable's operator, Kingdom "
    "Fibre Ltd, said.\n\n"
    "The head of the cabin and flight crew union SUTA, Diego Ferreira, said members had not "
    "been paid. The finance director of the state-owned Botswana Livestock Corporation (BLC), "
    "Boitumelo Sebego, estimated that the ban would cost 45 million pula. The Speaker, "
    "Georges Malapa, said he had refused to adjourn the sitting.");
  guint32 ballot = assert_claim (m, "BallotLine", "said", SL_STANCE_ASSERT);

  /* (two nouns joined inside the title; a compound before the body's name) */
  assert_claim (m, "Diego Ferreira", "said", SL_STANCE_ASSERT);
  assert_claim (m, "Boitumelo Sebego", "estimated", SL_STANCE_ESTIMATE);
  /* (an office written with a capital after "the") */
  assert_claim (m, "Georges Malapa", "said", SL_STANCE_ASSERT);

  /* (a place after "west of" ends what was said: the operator's name is who said it) */
  assert_claim (m, "Kingdom Fibre Ltd", "said", SL_STANCE_ASSERT);

  /* (a church office is a title too, before the name and within it) */
  assert_claim (m, "Tomasz Wrona", "told", SL_STANCE_ASSERT);

  assert_claim (m, "Priya Natarajan", "said", SL_STANCE_ASSERT);
  assert_claim (m, "Priya Natarajan", "suspects", SL_STANCE_SUSPECT);
  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, ballot)->source)->kind, ==,
                   SL_SOURCE_ORGANIZATION);
}

/* A country's ministry first met doing something ("Kyrgyzstan's foreign ministry summoned
 * …") is "the ministry" that speaks later, and "It" after it, not the article's outlet. */
static void
test_ministry_named_by_country (void)
{
  g_autoptr (SlModel) m = extract (
    "BISHKEK, 3 May (Ala-Too Wire) - Kyrgyzstan's foreign ministry summoned Kazakhstan's "
    "ambassador on Tuesday over tighter border checks.\n\n"
    "The ministry said the deputy minister had handed the ambassador a note. It said the "
    "queues were costing exporters about 2 million dollars every day.");
  guint32 first = assert_claim (m, "Kyrgyz Foreign Ministry", "said", SL_STANCE_ASSERT);

  for (guint32 c = 0; c < sl_model_n_claims (m); c++)
    g_assert_cmpuint (sl_model_claim (m, c)->source, ==, sl_model_claim (m, first)->source);
  g_assert_cmpuint (sl_model_n_claims (m), ==, 2);
}

/* When what follows a verb of speaking is only where or how long ("spoke for about five
 * minutes"), the article that opens the sentence is not what was said. */
static void
test_article_is_no_content (void)
{
  g_autoptr (SlModel) m = extract ("The two women spoke for about five minutes.");

  for (guint32 c = 0; c < sl_model_n_claims (m); c++)
    {
      const SlClaim *cl = sl_model_claim (m, c);

      g_assert_cmpuint (cl->content_end - cl->content_begin, >, 3);
    }
}

/* "denied that …, saying in a statement on Monday evening that …" is one act, made when the
 * gerund says: the denial is dated and becomes a statement on the timeline. */
static void
test_gerund_dates_denial (void)
{
  g_autoptr (SlModel) m = extract (
    "The mining company denied that the leak had killed the fish, saying in a statement on "
    "Thursday that the river had been tested twice.");
  guint32 denied = assert_claim (m, "mining company", "denied", SL_STANCE_DENY);
  guint32 thu = find_event (m, "2024-05-02");

  g_assert_cmpstr (sl_model_str (m, sl_model_claim (m, denied)->said_on), ==, "2024-05-02");
  g_assert_cmpuint (thu, !=, SL_NONE);
  g_assert_cmpint (sl_model_event (m, thu)->category, ==, SL_CATEGORY_STATEMENT);
}

/* A time between a document and its gerund says when it was said; the phrase before the
 * time says who ("The town released a statement Wednesday saying …"), and the event's label
 * names the document without the time. A time is never a source, and one after a source
 * only dates it ("according to a study last year"). */
static void
test_time_before_gerund (void)
{
  g_autoptr (SlModel) m = extract (
    "The town released a statement Wednesday saying the comments were baseless.\n\n"
    "The ministry sent a letter on Monday alleging that the vote was rigged.\n\n"
    "Japan issued a statement on Friday expressing concern over the drills.\n\n"
    "The figure rose sharply, according to a study last year.");
  guint32 town = find_claim (m, "town", "released");
  guint32 ministry = find_claim (m, "ministry", "sent");
  guint32 wed = find_event (m, "2024-05-01");
  guint32 mon = find_event (m, "2024-05-06");

  g_assert_cmpuint (town, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_claim (m, town)->said_on), ==, "2024-05-01");
  g_assert_cmpuint (ministry, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_claim (m, ministry)->said_on), ==, "2024-05-06");
  assert_claim (m, "study", "according to", SL_STANCE_REPORT);
  for (guint32 c = 0; c < sl_model_n_claims (m); c++)
    {
      const char *name = source_name (m, sl_model_claim (m, c)->source);

      g_assert_cmpstr (name, !=, "Friday");
      g_assert_cmpstr (name, !=, "Wednesday");
      g_assert_cmpstr (name, !=, "Monday");
    }
  g_assert_cmpuint (wed, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, wed)->label), ==,
                   "Town released statement saying comments were baseless");
  g_assert_cmpuint (mon, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, mon)->label), ==,
                   "Ministry sent letter alleging vote was rigged");
}

static void
test_event_statement (void)
{
  g_autoptr (SlModel) m = extract (
    "US National Security Communications Advisor John Kirby said on May 2 that Moscow "
    "had sent Pyongyang over 165,000 barrels of refined oil in March.");
  guint32 said = find_event (m, "2024-05-02");
  guint32 oil = find_event (m, "2024-03");
  guint32 kirby = assert_claim (m, "John Kirby", "said", SL_STANCE_ASSERT);
  guint n;
  const guint32 *claims;

  /* two time axes: when it was said, and when it happened */
  g_assert_cmpuint (said, !=, SL_NONE);
  g_assert_cmpuint (oil, !=, SL_NONE);
  g_assert_cmpint (sl_model_event (m, said)->category, ==, SL_CATEGORY_STATEMENT);
  g_assert_nonnull (strstr (sl_model_str (m, sl_model_event (m, oil)->label), "barrels of refined oil"));
  claims = sl_model_event_claims (m, oil, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (claims[0], ==, kirby);
  g_assert_cmpstr (sl_model_str (m, sl_model_claim (m, kirby)->said_on), ==, "2024-05-02");
}

static void
test_event_noun_and_bounds (void)
{
  g_autoptr (SlModel) m = extract (
    "North Korea has shipped shells to Russia since September 2023, after the summit between "
    "the two leaders last September. Officials expect more trade in the next decade.");
  guint32 e = find_event (m, "2023-09");

  /* "since September 2023" bounds the shipping; the summit is the dated event; the future
   * is no event yet */
  g_assert_cmpuint (e, !=, SL_NONE);
  g_assert_nonnull (strstr (sl_model_str (m, sl_model_event (m, e)->label), "Summit"));
  g_assert_cmpuint (sl_model_n_events (m), ==, 1);
}

static void
test_event_contested (void)
{
  g_autoptr (SlModel) m = extract (
    "Russia's Foreign Ministry said earlier this month that the accusations are baseless.");
  guint32 e = find_event (m, "2024-05");

  g_assert_cmpuint (e, !=, SL_NONE);
  g_assert_true (sl_model_event (m, e)->flags & SL_EVENT_CONTESTED);
}

/* An -ing word between a determiner or an adjective and its noun describes the noun: the
 * speaker is the whole phrase. A long name with its acronym still makes a speaker. */
static void
test_ing_modifier_sources (void)
{
  g_autoptr (SlModel) m = extract (
    "Two executives at Asian shipping lines, speaking on condition of anonymity, estimated "
    "that freight rates could rise by 15%.\n\n"
    "Avalanches kill about six people a year in Norway, according to the national warning "
    "service.\n\n"
    "The election observation mission of the Organization for Security and Co-operation in "
    "Europe (OSCE) said the vote had been competitive.");

  assert_claim (m, "executives at Asian shipping lines", "estimated", SL_STANCE_ESTIMATE);
  assert_claim (m, "national warning service", "according to", SL_STANCE_ASSERT);
  assert_claim (m, "election observation mission of the Organization for Security and "
                   "Co-operation in Europe", "said", SL_STANCE_ASSERT);
  g_assert_cmpuint (sl_model_n_claims (m), ==, 3);
}

/* "Local mountain guide Anders Sollid estimated …": a description before a name, even one
 * that opens the sentence, is the person's title, and "he" in the next sentence is him. */
static void
test_description_title (void)
{
  g_autoptr (SlModel) m = extract (
    "Police spokeswoman Ingrid Haetta said the search was over.\n\n"
    "Local mountain guide Anders Sollid estimated that the slab was 300 metres wide. "
    "\"That gully is a trap,\" he told the regional broadcaster Radio Nordkalotten.");
  guint32 est = assert_claim (m, "Anders Sollid", "estimated", SL_STANCE_ESTIMATE);
  guint32 told = assert_claim (m, "Anders Sollid", "told", SL_STANCE_ASSERT);
  const SlSource *src = sl_model_source (m, sl_model_claim (m, est)->source);

  g_assert_cmpuint (sl_model_claim (m, told)->source, ==, sl_model_claim (m, est)->source);
  g_assert_cmpint (src->kind, ==, SL_SOURCE_PERSON);
  g_assert_cmpstr (sl_model_str (m, src->title), ==, "local mountain guide");
}

/* Asking for something, or asking someone to do it, is a request, not a statement; asking
 * whether is still a report of the question. Telling someone to do a thing is an
 * instruction, turning down a request an act, and adding an amount to a cost arithmetic;
 * "first call on" a thing is a right to it, and writing to someone without the words written
 * tells of a letter sent. An adverb before the verb leaves the subject in
 * the event's label. DCT 2024-05-06. */
static void
test_request_is_no_claim (void)
{
  g_autoptr (SlModel) m = extract (
    "The kidnappers had asked for a ransom of two million dollars.\n\n"
    "The prime minister's office asked the governor last week to step down.\n\n"
    "Ethiopia asked Djibouti's government to keep fuel shipments moving.\n\n"
    "Tanzania formally asked for the objects in March 2024.\n\n"
    "The state government asked the federal government for 4,000 vials.\n\n"
    "The regional court rejected the company's request to hear two more witnesses.\n\n"
    "The city told about 600 households to stop using their wells.\n\n"
    "The plant closed without warning, and its owner left without saying where he went.\n\n"
    "The low river was adding about 9 dollars a tonne to the cost of shipping grain.\n\n"
    "Hospitals would have first call on the satellite link.\n\n"
    "The landowners' association wrote to the prime minister last Thursday.");
  guint32 e = find_event (m, "2024-03");

  g_assert_cmpuint (sl_model_n_claims (m), ==, 0);
  g_assert_cmpuint (e, !=, SL_NONE);
  g_assert_true (g_str_has_prefix (sl_model_str (m, sl_model_event (m, e)->label), "Tanzania"));
}

/* "Halvorsen, based in Aarhus, Denmark, said": the place's country, set off by commas, and
 * the participle's aside before it both leave the speaker; "…, a local councillor, Aminetou
 * Mint Ahmed, told reporters" still names the councillor. */
static void
test_aside_with_place (void)
{
  g_autoptr (SlModel) m = extract (
    "Halvorsen, based in Aarhus, Denmark, said it would appeal the ruling.\n\n"
    "Halvorsen, which is based in Aarhus, Denmark, said it would ask for a stay.\n\n"
    "Herders suspect that spraying has poisoned their goats, a local councillor, Aminetou "
    "Mint Ahmed, told reporters.");

  g_assert_cmpuint (find_claim (m, "Aarhus", "said"), ==, SL_NONE);
  assert_claim (m, "Aminetou Mint Ahmed", "told", SL_STANCE_ASSERT);
  g_assert_cmpuint (claims_by (m, "Halvorsen"), ==, 2);
}

/* "The Singapore importer that bought most of the wine said": a restrictive clause opened
 * by "that" says which importer speaks, as one opened by "who" does. */
static void
test_that_clause_speaker (void)
{
  g_autoptr (SlModel) m = extract (
    "The Singapore importer that bought most of the wine said on Monday it had been "
    "deceived.");

  assert_claim (m, "Singapore importer", "said", SL_STANCE_ASSERT);
  g_assert_cmpuint (sl_model_n_claims (m), ==, 1);
}

/* An inverted credit whose title is followed by the name set off by commas names that
 * person: "…," said Clearwater Relief's director, Anneke Bos, who met them. */
static void
test_inverted_title_then_name (void)
{
  g_autoptr (SlModel) m = extract (
    "\"They are tired, but they are safe,\" said Clearwater Relief's director, Anneke Bos, "
    "who met them at the airport.\n\n"
    "\"We are relieved,\" said the charity's director, Anneke Bos.");

  g_assert_cmpuint (claims_by (m, "Anneke Bos"), ==, 2);
  g_assert_cmpuint (sl_model_n_claims (m), ==, 2);
}

/* A "he" that opens a sentence is the subject of the sentence before, not the last name in
 * it; a surname there is the full name given earlier. */
static void
test_he_is_previous_subject (void)
{
  g_autoptr (SlModel) m = extract (
    "The court dismissed a petition by opposition candidate Mwila Chanda. The chairman, "
    "Peter Zulu, said the count had been fair.\n\n"
    "Chanda lost the vote to the ruling party's Bwalya Mulenga by 4,000 votes. He filed his "
    "petition two days later, accusing the commission of fraud.");

  assert_claim (m, "Mwila Chanda", "accusing", SL_STANCE_ASSERT);
  g_assert_cmpuint (find_claim (m, "Bwalya Mulenga", "accusing"), ==, SL_NONE);
  g_assert_cmpuint (find_claim (m, "Peter Zulu", "accusing"), ==, SL_NONE);
}

/* "executives charged over fake wine" names the charged, not who charges; "the only known
 * collision" is a description. "Prosecutors charged the executives with fraud" stays a
 * suspicion. */
static void
test_charged_and_known (void)
{
  g_autoptr (SlModel) m = extract (
    "Bordeaux merchant's executives charged over fake Pauillac.\n\n"
    "The only known accidental collision between two satellites happened in February 2009.\n\n"
    "Prosecutors charged the two executives with fraud on Monday.");

  assert_claim (m, "Prosecutors", "charged", SL_STANCE_SUSPECT);
  g_assert_cmpuint (sl_model_n_claims (m), ==, 1);
}

/* An article whose publication date is inferred only to its month still puts "on Tuesday"
 * on the timeline, over the Tuesdays it may be; and a thing that "broke apart" is a
 * happening, not a report. */
static void
test_event_weekday_month_dct (void)
{
  g_autoptr (SlModel) m = sl_model_new ();
  const SlEvent *ev;
  char buf[32];

  add_text (m, "A small rocket built by Norrsken broke apart on Tuesday, the company said. "
               "Its first flight, in November 2023, ten months ago, carried a test satellite.\n");
  g_assert_cmpuint (sl_model_n_events (m), ==, 1);
  ev = sl_model_event (m, 0);
  g_assert_cmpstr (sl_model_str (m, ev->label), ==, "Small rocket built by Norrsken breaks apart");
  g_assert_cmpstr (sl_time_format_day (ev->start, buf, sizeof buf), ==, "2024-08-27");
  g_assert_cmpstr (sl_time_format_day (ev->end_t - 1, buf, sizeof buf), ==, "2024-09-24");
  g_assert_cmpuint (sl_model_n_claims (m), ==, 1);
  g_assert_cmpstr (sl_model_str (m, sl_model_claim (m, 0)->cue), ==, "said");
}

/* "after" with a noun and no verb is a preposition inside the clause, so the time at the
 * end still dates the verb; a participle's phrase leaves the label with it. "after the vote
 * on Saturday" is the vote's time, not the decision's. DCT 2024-05-06, a Monday. */
static void
test_event_after_noun (void)
{
  g_autoptr (SlModel) m = extract (
    "A small satellite launcher built by the start-up Norrsken Aerospace broke apart two "
    "minutes after lift-off from the pad on Tuesday.\n\n"
    "The decision came ten days after the vote on Saturday, the agency said.");

  guint32 e = find_event (m, "2024-04-30");
  guint32 vote = find_event (m, "2024-05-04");

  g_assert_cmpuint (sl_model_n_events (m), ==, 2);
  g_assert_cmpuint (e, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, e)->label), ==,
                   "Small satellite launcher breaks apart two minutes after lift-off from pad");
  /* the vote is what Saturday dates; the decision came later */
  g_assert_cmpuint (vote, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, vote)->label), ==, "Vote");
}

/* A verb of happening after a determiner, a possessive or an ordinal is its noun, and the
 * time after it dates it; not after "that", where it is the verb of a relative clause. */
static void
test_event_trigger_noun (void)
{
  g_autoptr (SlModel) m = extract (
    "The rocket, whose first launch in November 2023 placed a test satellite in orbit, was "
    "grounded.\n\n"
    "The collapse of a footbridge that killed two people last October was caused by rust, "
    "the panel said.");
  guint32 launch = find_event (m, "2023-11");
  guint32 killed = find_event (m, "2023-10");

  g_assert_cmpuint (launch, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, launch)->label), ==, "First launch");
  g_assert_cmpuint (killed, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, killed)->label), ==,
                   "Footbridge kills two people");
}

/* Labels that keep the grammar of their sentence: a participle that only describes a noun
 * ("soldiers seen around the capital") stays a participle; a measure's participle ("a
 * three-year suspended sentence") is no verb, and a "whose" clause is skipped to find the
 * subject; a participle phrase set off by commas ("talks …, hosted by Brazil, broke down") is
 * no subject. DCT 2024-05-06, a Monday. */
static void
test_event_label_participles (void)
{
  g_autoptr (SlModel) m = extract (
    "The ministry said the soldiers seen around the capital on Sunday night had been taking "
    "part in a drill.\n\n"
    "Its former chief executive, Pavol Horak, whose testimony was central to the case, was "
    "given a three-year suspended sentence in a plea deal last year.\n\n"
    "The report came weeks after talks between the two countries, hosted by Brazil, broke "
    "down in Brasilia on Thursday, April 4, without agreement.");
  guint32 seen = find_event (m, "2024-05-05");
  guint32 sentence = find_event (m, "2023");
  guint32 talks = find_event (m, "2024-04-04");

  g_assert_cmpuint (seen, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, seen)->label), ==,
                   "Soldiers seen around capital");
  g_assert_cmpuint (sentence, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, sentence)->label), ==,
                   "Pavol Horak was given three-year suspended sentence in plea deal");
  g_assert_cmpuint (talks, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, talks)->label), ==,
                   "Talks between two countries break down in Brasilia");
}

/* An -ing noun closing the subject ("a compromise wording", "the shelling") keeps the
 * subject in the label. DCT 2024-05-06, a Monday. */
static void
test_event_label_ing_noun (void)
{
  g_autoptr (SlModel) m = extract (
    "Two council diplomats said talks on a compromise wording had broken down on Wednesday.");
  guint32 e = find_event (m, "2024-05-01");

  g_assert_cmpuint (e, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, e)->label), ==,
                   "Talks on compromise wording had broken down");
}

/* "shut" is its own past; a time opening a clause joined by "and" dates that clause; a
 * time inside a relative clause dates its verb, not the main one; "One of the ships, the
 * Vela Mira, was boarded" is the Vela Mira's event. DCT 2024-05-06, a Monday. */
static void
test_event_joined_clause_and_shut (void)
{
  g_autoptr (SlModel) m = extract (
    "In October 2023 an engine of the same model shut down on a flight to Davao.\n\n"
    "Guards raised the alarm shortly before 3 a.m., the ministry said, and by Sunday afternoon "
    "police had caught 14 of the fugitives.\n\n"
    "An upsurge that began in 2003 spread to more than 20 countries.\n\n"
    "One of the listed ships, the Vela Mira, was boarded by the coastguard in January.\n\n"
    "He was arrested in Douala, Cameroon, in March 2022 on a warrant.\n\n"
    "The regulator took control of Banco Mirador, a regional lender based in Hermosillo, on "
    "Friday, May 3, after a run on its deposits.\n\n"
    "Belhadj was arrested once before, in February 2021, after reporting on migrants.\n\n"
    "He said inspectors had found notes when they searched the companies' offices last "
    "August.\n\n"
    "\"Everything he knows, he has published,\" his editor, Leila Mansouri, wrote in a "
    "front-page editorial on Wednesday.\n\n"
    "The two republics fought over their poorly marked frontier in April 2021 and again in "
    "September 2022.\n\n"
    "Drones packed with explosives struck a refinery on Saturday.\n\n"
    "Filomena Tavares conceded in March. Tavares took 47.4% in February.");
  guint32 fought = find_event (m, "2022-09");
  guint32 drones = find_event (m, "2024-05-04");
  guint32 took = find_event (m, "2024-02");
  guint32 once = find_event (m, "2021-02");
  guint32 searched = find_event (m, "2023-08");
  guint32 wrote = find_event (m, "2024-05-01");
  guint32 shut = find_event (m, "2023-10");
  guint32 arrested = find_event (m, "2022-03");
  guint32 control = find_event (m, "2024-05-03");
  guint32 boarded = find_event (m, "2024-01");
  guint32 caught = find_event (m, "2024-05-05");
  guint32 began = find_event (m, "2003");

  g_assert_cmpuint (shut, !=, SL_NONE);
  g_assert_true (g_str_has_prefix (sl_model_str (m, sl_model_event (m, shut)->label),
                                   "Engine of same model shuts down"));
  g_assert_cmpuint (caught, !=, SL_NONE);
  g_assert_true (g_str_has_prefix (sl_model_str (m, sl_model_event (m, caught)->label),
                                   "Police had caught 14"));
  g_assert_cmpuint (began, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, began)->label), ==, "Upsurge began in 2003");
  /* a name set off after its description is what the label calls it */
  g_assert_cmpuint (boarded, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, boarded)->label), ==,
                   "Vela Mira was boarded by coastguard");
  /* a place's country or an appositive set off before the time is inside the clause, and
   * left out of the label */
  g_assert_cmpuint (arrested, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, arrested)->label), ==, "He was arrested in Douala");
  g_assert_cmpuint (control, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, control)->label), ==,
                   "Regulator takes control of Banco Mirador");
  /* "once" after a verb is how often; a time set off by commas dates the clause before it;
   * a plural possessive's mark is no quotation; a day close after a quotation's cue dates
   * the statement */
  g_assert_cmpuint (once, !=, SL_NONE);
  g_assert_true (g_str_has_prefix (sl_model_str (m, sl_model_event (m, once)->label),
                                   "Belhadj was arrested"));
  g_assert_cmpuint (searched, !=, SL_NONE);
  g_assert_cmpuint (wrote, !=, SL_NONE);
  g_assert_true (g_str_has_prefix (sl_model_str (m, sl_model_event (m, wrote)->label),
                                   "Leila Mansouri writes"));
  /* a participle after an adverb and a possessive describes the noun; the earlier time of a
   * list ("in April 2021 and again in …") stays out of the later one's label */
  g_assert_cmpuint (fought, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, fought)->label), ==,
                   "Two republics fought over poorly marked frontier");
  /* the verb agrees with the head before a participle, and a surname in -s is one person */
  g_assert_cmpuint (drones, !=, SL_NONE);
  g_assert_true (g_str_has_prefix (sl_model_str (m, sl_model_event (m, drones)->label),
                                   "Drones packed with explosives strike"));
  g_assert_cmpuint (took, !=, SL_NONE);
  g_assert_true (g_str_has_prefix (sl_model_str (m, sl_model_event (m, took)->label), "Tavares takes"));
}

/* An unnamed source is also known by the clause that tells which one it is, but not by the
 * one that tells why it is unnamed. */
static void
test_described_unnamed (void)
{
  g_autoptr (SlModel) m = extract (
    "A student who failed the exam said a go-between had offered her a place. A senior "
    "diplomat who asked not to be named said the talks had failed.");
  guint32 student = sl_model_claim (m, assert_claim (m, "student", "said", SL_STANCE_ASSERT))->source;
  guint32 diplomat = sl_model_claim (m, assert_claim (m, "senior diplomat", "said", SL_STANCE_ASSERT))->source;

  g_assert_true (has_alias (m, student, "A student who failed the exam"));
  g_assert_false (has_alias (m, diplomat, "A senior diplomat who asked not to be named"));
}

/* A record no one is named as making (data, images) is part of what the speaker who passes it
 * on says; one whose maker was named before is that maker's. */
static void
test_records_inside_claims (void)
{
  g_autoptr (SlModel) m = extract (
    "The shipping company rejected the suggestion, saying data from the ship's voyage "
    "recorder showed it moving at under three knots. According to the consultancy Zeelink "
    "Analytics, which cited vessel-tracking data, nine ships were waiting. Foreign Minister "
    "Carolina Solís told reporters that two dredgers had been working near the river's mouth "
    "since mid-October and that satellite images taken last week showed fresh mounds of "
    "sediment on the Costa Rican bank.");

  g_autoptr (SlModel) made = extract (
    "More than 400 buildings were burned, according to satellite images published on Wednesday "
    "by the research group Open Conflict Imagery. The images, taken by commercial satellites, "
    "show rows of houses reduced to ash.");

  /* the images named again are their maker's */
  g_assert_cmpuint (find_claim (made, "Open Conflict Imagery", "show"), !=, SL_NONE);
  assert_claim (m, "shipping company", "rejected", SL_STANCE_DENY);
  assert_claim (m, "Zeelink Analytics", "According to", SL_STANCE_ASSERT);
  for (guint32 i = 0; i < sl_model_n_claims (m); i++)
    {
      g_assert_null (strstr (source_name (m, sl_model_claim (m, i)->source), "data"));
      g_assert_null (strstr (source_name (m, sl_model_claim (m, i)->source), "images"));
    }
}

/* "…, the statement said": a document named by its kind alone speaks for whoever issued it a
 * sentence or two before; it is no source of its own. */
static void
test_document_named_again (void)
{
  g_autoptr (SlModel) m = extract (
    "The Tarn prosecutor's office said in a statement on Wednesday that it suspected the club's "
    "directors of fraud. Two other directors have been placed under investigation, the statement "
    "said.\n\n"
    "The three-member panel said in its report that two cables had corroded. The city had "
    "postponed the inspection twice, the report said.");

  g_assert_cmpuint (claims_by (m, "Tarn prosecutor's office"), ==, 2);
  g_assert_cmpuint (claims_by (m, "three-member panel"), ==, 2);
  for (guint32 i = 0; i < sl_model_n_sources (m); i++)
    {
      g_assert_cmpstr (sl_model_str (m, sl_model_source (m, i)->name), !=, "statement");
      g_assert_cmpstr (sl_model_str (m, sl_model_source (m, i)->name), !=, "report");
    }
}

/* What unnamed finders found or instruments showed, passed on by a speaker, is the speaker's
 * claim: the finders are no source of their own, though their finding is still a dated
 * happening. */
static void
test_findings_inside_claims (void)
{
  g_autoptr (SlModel) m = extract (
    "The buoys, which report twice an hour, showed that the ice had thinned overnight, "
    "glaciologist Mette Holm said. Officers found a knife under the seat, according to a police "
    "statement. A teacher who asked not to be named said her colleagues had first found answer "
    "sheets for sale in the spring of 2023.");

  assert_claim (m, "Mette Holm", "said", SL_STANCE_ASSERT);
  assert_claim (m, "teacher", "said", SL_STANCE_ASSERT);
  g_assert_cmpuint (find_claim (m, NULL, "showed"), ==, SL_NONE);
  g_assert_cmpuint (find_claim (m, NULL, "found"), ==, SL_NONE);
  for (guint32 i = 0; i < sl_model_n_sources (m); i++)
    {
      const char *name = source_name (m, i);

      g_assert_null (strstr (name, "buoys"));
      g_assert_null (strstr (name, "Officers"));
      g_assert_null (strstr (name, "colleagues"));
    }
  /* (the colleagues' finding keeps its date) */
  {
    gboolean found = FALSE;

    for (guint32 i = 0; i < sl_model_n_events (m); i++)
      found |= g_strcmp0 (sl_model_str (m, sl_model_event (m, i)->when), "2023-SP") == 0
               && strstr (sl_model_str (m, sl_model_event (m, i)->label), "found") != NULL;
    g_assert_true (found);
  }
}

/* Professions the word lists did not know yet speak when cited or quoted: "citing an
 * agronomist in Nyabihu district", "quoting a deacon at the church". */
static void
test_cited_professions (void)
{
  g_autoptr (SlModel) m = extract (
    "The daily Umuseke reported on Wednesday, citing an agronomist in Rubavu district, that "
    "farmers had stopped spraying. The weekly Addis Voice, quoting a deacon at the church, "
    "reported that rain had been dripping through the roof.");
  guint32 agronomist = assert_claim (m, "agronomist in Rubavu district", "citing", SL_STANCE_ASSERT);
  guint32 deacon = assert_claim (m, "deacon at the church", "quoting", SL_STANCE_ASSERT);

  g_assert_cmpstr (source_name (m, sl_model_claim (m, sl_model_claim (m, agronomist)->via)->source), ==,
                   "Umuseke");
  g_assert_cmpstr (source_name (m, sl_model_claim (m, sl_model_claim (m, deacon)->via)->source), ==,
                   "Addis Voice");
}

/* "dismissed as baseless suggestions that …": one denial; the adjective is no speaker and
 * the noun no cue. */
static void
test_dismissed_as_adjective (void)
{
  g_autoptr (SlModel) m = extract (
    "The launch broker dismissed as baseless suggestions that its dispenser had damaged the "
    "satellite. The port rejected as false claims that the crane had failed.");

  assert_claim (m, "launch broker", "dismissed", SL_STANCE_DENY);
  assert_claim (m, "port", "rejected", SL_STANCE_DENY);
  g_assert_cmpuint (sl_model_n_claims (m), ==, 2);
}

/* "seed" is a noun, not a past of "see" (a cue in "sees the deal as …"). */
static void
test_seed_is_no_cue (void)
{
  g_autoptr (SlModel) m = extract (
    "The board gave resistant seed to about 9,000 farmers in January. Uganda has stopped "
    "imports of Rwandan seed potatoes.");

  g_assert_cmpuint (sl_model_n_claims (m), ==, 0);
}

/* "told the site", after the site's own report: the claim reaches the article through it; a
 * named outlet that only heard the claim passes nothing on. */
static void
test_told_the_site (void)
{
  g_autoptr (SlModel) m = extract (
    "The news site Caspian Post quoted the mayor as saying the road would stay shut. A farmer "
    "who lost 40 sheep told the site that the ground had been shaking for weeks.\n\n"
    "A lawmaker, Rena Aliyeva, told the broadcaster Radio Absheron that she would ask for an "
    "inquiry.");
  guint32 farmer = assert_claim (m, "farmer", "told", SL_STANCE_ASSERT);
  guint32 lawmaker = assert_claim (m, "Rena Aliyeva", "told", SL_STANCE_ASSERT);
  guint32 via = sl_model_claim (m, farmer)->via;

  g_assert_cmpuint (via, !=, SL_NONE);
  g_assert_cmpstr (source_name (m, sl_model_claim (m, via)->source), ==, "Caspian Post");
  g_assert_cmpuint (sl_model_claim (m, lawmaker)->via, ==, SL_NONE);
}

/* A harbour master is a title: the name after it, past a rank, is the speaker, and "he" later
 * is that person, not the ship named in between. */
static void
test_harbour_master (void)
{
  g_autoptr (SlModel) m = extract (
    "The port authority's harbour master, Captain Ines Morel, said the fire broke out on the "
    "trawler Estrela do Mar late on Sunday. All 14 crew members got off unhurt, he said.");

  g_assert_cmpuint (claims_by (m, "Ines Morel"), ==, 2);
}

/* A title line's "X found in Y" is a passive: X was found, and is no source. */
static void
test_found_in_headline (void)
{
  g_autoptr (SlModel) m = extract (
    "Lead found in tap water at three schools near the smelter\n\n"
    "(Coast Wire) – Seven in ten taps tested had more lead than is safe, the chemist who led "
    "the study said on Tuesday.");

  assert_claim (m, "chemist", "said", SL_STANCE_ASSERT);
  g_assert_cmpuint (find_claim (m, NULL, "found"), ==, SL_NONE);
  g_assert_cmpuint (sl_model_n_claims (m), ==, 1);
}

/* "the coastguard" alone, after one country's coastguard was named, is that coastguard. */
static void
test_office_named_again (void)
{
  g_autoptr (SlModel) m = extract (
    "Forty people were rescued on Monday, Italy's coastguard said. The coastguard denied that "
    "its boats had been slow to respond.");
  guint32 said = assert_claim (m, NULL, "said", SL_STANCE_ASSERT);
  guint32 denied = assert_claim (m, NULL, "denied", SL_STANCE_DENY);

  g_assert_cmpuint (sl_model_claim (m, said)->source, ==, sl_model_claim (m, denied)->source);
}

/* "The company" is the company named before, not a union named since. */
static void
test_company_is_no_union (void)
{
  g_autoptr (SlModel) m = extract (
    "A fire shut the Green Line on Tuesday, the operator Metropolitano de Lisboa said.\n\n"
    "The Metro Drivers' Union (SMM) said it suspected that cuts to maintenance crews had left "
    "smoke detectors unchecked. The company denied the claim, saying every detector had been "
    "tested in November.");
  guint32 denial = assert_claim (m, NULL, "denied", SL_STANCE_DENY);

  g_assert_cmpstr (source_name (m, sl_model_claim (m, denial)->source), ==, "Metropolitano de Lisboa");
}

/* An outlet told something is named whole, over a name's little words, and after a time. */
static void
test_hearer_outlet_names (void)
{
  g_autoptr (SlModel) m = extract (
    "Its chief executive, Paulo Valente, told the sports daily Diário do Desporto that "
    "audiences had fallen.\n\n"
    "Transport Minister Aoife Brennan told the public broadcaster RTÉ on Wednesday morning that "
    "lost fares would be recovered.");
  guint32 paper = sl_model_find_source (m, "Diário do Desporto");

  g_assert_cmpuint (paper, !=, SL_NONE);
  g_assert_cmpint (sl_model_source (m, paper)->kind, ==, SL_SOURCE_OUTLET);
  g_assert_cmpuint (sl_model_find_source (m, "Diário"), ==, SL_NONE);
  g_assert_cmpuint (sl_model_find_source (m, "RTÉ"), !=, SL_NONE);
  assert_claim (m, "Paulo Valente", "told", SL_STANCE_ASSERT);
}

/* From a central bank's gold sale: "the Central Bank of Ecuador (BCE)" is Ecuador's central
 * bank, and so is "its board" in a frame after a sentence that opens with the bank; a
 * spokeswoman for a body named with its acronym is the person named after her; a broadcaster
 * told something "on Monday" is an outlet of the article; an approval is a happening, and a
 * participle after a noun a preposition governs reports nothing. */
static void
test_central_bank_story (void)
{
  g_autoptr (SlModel) m = extract (
    "Ecuador's central bank will sell about eight tonnes of gold, roughly a third of its "
    "reserves, its board said on Tuesday.\n\n"
    "The Central Bank of Ecuador (BCE) said the gold would be sold in London. The BCE dismissed "
    "the report as false.\n\n"
    "Finance Minister Lucía Andrade told the Quito broadcaster Radio Equinoccio on Monday that "
    "the government had no cheaper option.\n\n"
    "A spokeswoman for the International Monetary Fund (IMF), Helena Marsh, said the fund did "
    "not object. The IMF approved a loan programme for Ecuador in 2024.\n\n"
    "Pablo Cevallos believes the government will use the gold to pay for a wage rise promised "
    "for next year.");
  guint32 lead = assert_claim (m, NULL, "said", SL_STANCE_ASSERT);
  guint32 named = find_claim (m, "Ecuadorian Central Bank", "said");
  guint32 denial = assert_claim (m, NULL, "dismissed", SL_STANCE_DENY);
  guint32 andrade = assert_claim (m, "Lucía Andrade", "told", SL_STANCE_ASSERT);
  g_autofree char *content = claim_span (m, andrade, 'c');

  g_assert_cmpstr (source_name (m, sl_model_claim (m, lead)->source), ==, "Ecuadorian Central Bank");
  g_assert_cmpuint (sl_model_claim (m, denial)->source, ==, sl_model_claim (m, lead)->source);
  g_assert_cmpuint (named, !=, SL_NONE);
  g_assert_true (g_str_has_prefix (content, "the government had"));
  g_assert_cmpuint (sl_model_find_source (m, "Radio Equinoccio"), !=, SL_NONE);
  assert_claim (m, "Helena Marsh", "said", SL_STANCE_ASSERT);
  g_assert_cmpuint (find_claim (m, NULL, "approved"), ==, SL_NONE);
  g_assert_cmpuint (find_claim (m, NULL, "promised"), ==, SL_NONE);
  g_assert_cmpuint (find_event (m, "2024"), !=, SL_NONE);
}

/* From a canal, a leak and a bribery trial: "said a spokeswoman for the VDR, Anke Behrens"
 * names her; "expects most of those admitted to recover" is an expectation; a fund named
 * with its acronym is a body; opening an investigation is a happening, not a claim, and so
 * is opening proceedings by "European football's governing body UEFA". */
static void
test_canal_leak_trial (void)
{
  g_autoptr (SlModel) m = extract (
    "\u201cThe detour can wipe out the profit of a trip,\u201d said a spokeswoman for the VDR, "
    "Anke Behrens.\n\n"
    "The health ministry expects most of those admitted to recover fully within a week.\n\n"
    "The Croatian Health Insurance Fund (HZZO) estimates that it overpaid about 6 million "
    "euros.\n\n"
    "Prosecutors opened the investigation in March 2024.\n\n"
    "European football's governing body UEFA on Friday opened disciplinary proceedings against "
    "the club.");

  assert_claim (m, "Anke Behrens", "said", SL_STANCE_ASSERT);
  assert_claim (m, "health ministry", "expects", SL_STANCE_ESTIMATE);
  assert_claim (m, "Croatian Health Insurance Fund", "estimates", SL_STANCE_ESTIMATE);
  g_assert_cmpuint (find_claim (m, NULL, "opened"), ==, SL_NONE);
  g_assert_cmpuint (find_event (m, "2024-03"), !=, SL_NONE);
  g_assert_cmpuint (find_event (m, "2024-05-03"), !=, SL_NONE);
}

/* From a border closure: an office "for Sierra Leone's Ministry of Defence" and a command
 * "of Sierra Leone's border battalion" before a name are that person's; she adds to what she
 * said, passing on nothing of her own; "drivers at the Gbalamuya side of the crossing" speak. */
static void
test_border_story (void)
{
  g_autoptr (SlModel) m = extract (
    "\u201cOur patrol was fired on without warning,\u201d a spokeswoman for Sierra Leone's "
    "Ministry of Defence, Fatmata Kamara, said, adding that one soldier had been killed.\n\n"
    "The commander of Sierra Leone's border battalion, Lieutenant-Colonel Ibrahim Turay, said "
    "both armies had reinforced their positions.\n\n"
    "The union estimated that its members were losing money, and drivers at the Gbalamuya side "
    "of the crossing said about 600 lorries were queuing.");
  guint32 adding = assert_claim (m, "Fatmata Kamara", "adding", SL_STANCE_ASSERT);

  assert_claim (m, "Fatmata Kamara", "said", SL_STANCE_ASSERT);
  g_assert_cmpuint (sl_model_claim (m, adding)->via, ==, SL_NONE);
  g_assert_cmpuint (find_claim (m, "Lieutenant-Colonel Ibrahim Turay", "said"), !=, SL_NONE);
  assert_claim (m, "drivers at the Gbalamuya side of the crossing", "said", SL_STANCE_ASSERT);

  /* after a fronted "According to the agency X,", the office and the name set off after it
   * speak through the agency; a title with what it is for, then the name; an owner "of one
   * of the boats" is the person named after him */
  {
    g_autoptr (SlModel) f = extract (
      "According to the Lima news agency Prensa Pacífico, a prosecutor in Piura, Rosa "
      "Villanueva, said the three captains would be charged.\n\n"
      "State Minister for Disaster Preparedness Rose Nabwire said the government would move "
      "600 families.\n\n"
      "The owner of one of the boats, Wilmer Quiñónez, told the Manta radio station Radio "
      "Océano that his crew had been on their side of the boundary.");
    guint32 agency = assert_claim (f, "Prensa Pacífico", "According to", SL_STANCE_REPORT);
    guint32 prosecutor = assert_claim (f, "Rosa Villanueva", "said", SL_STANCE_ASSERT);
    guint32 minister = assert_claim (f, "Rose Nabwire", "said", SL_STANCE_ASSERT);

    g_assert_cmpuint (sl_model_claim (f, prosecutor)->via, ==, agency);
    g_assert_cmpstr (sl_model_str (f, sl_model_source (f, sl_model_claim (f, minister)->source)->title),
                     ==, "State Minister for Disaster Preparedness");
    assert_claim (f, "Wilmer Quiñónez", "told", SL_STANCE_ASSERT);
  }

  /* an acronym set off after a body's noun is its name; "said" after asides with only its
   * speaker after it is an inverted credit ("…, at the northern gate, said the governor of
   * Haut-Katanga province, Albertine Kasongo.") */
  {
    g_autoptr (SlModel) a = extract (
      "The UN refugee agency, UNHCR, projected that it would need about $6 million. The grid "
      "operator, MEPSO, said the outage was caused by a fault.\n\n"
      "The crush began an hour before kick-off, at the northern gate of the stadium, said the "
      "governor of Haut-Katanga province, Albertine Kasongo.");

    assert_claim (a, "UNHCR", "projected", SL_STANCE_ESTIMATE);
    assert_claim (a, "MEPSO", "said", SL_STANCE_ASSERT);
    assert_claim (a, "Albertine Kasongo", "said", SL_STANCE_ASSERT);
  }

  /* "said detectives suspected …": the detectives' suspicion, passed on by whoever said it;
   * "men suspected of smuggling" are no speakers */
  {
    g_autoptr (SlModel) d = extract (
      "Two people familiar with the investigation said detectives suspected the fire had been "
      "started deliberately. Three men suspected of smuggling were arrested.");
    guint32 people = assert_claim (d, "people familiar with the investigation", "said",
                                   SL_STANCE_ASSERT);
    guint32 detectives = assert_claim (d, "detectives", "suspected", SL_STANCE_SUSPECT);

    g_assert_cmpuint (sl_model_claim (d, detectives)->via, ==, people);
    g_assert_cmpuint (sl_model_n_claims (d), ==, 2);
  }
}

/* A country's own body named after its possessive ("Finland's National Bureau of
 * Investigation") is that body, an agency; an event is categorised by a noun or verb of
 * happening before a noun used as a modifier ("a ship manager … on its sanctions list"). */
static void
test_country_body_and_category (void)
{
  g_autoptr (SlModel) m = extract (
    "Finland's National Bureau of Investigation suspects that the anchor was dropped on "
    "purpose.\n\n"
    "The European Union on Monday put a Dubai-based ship manager on its sanctions list.");
  guint32 nbi = assert_claim (m, "National Bureau of Investigation", "suspects", SL_STANCE_SUSPECT);
  guint32 e = find_event (m, "2024-05-06");

  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, nbi)->source)->kind, ==, SL_SOURCE_AGENCY);
  g_assert_cmpuint (e, !=, SL_NONE);
  g_assert_cmpint (sl_model_event (m, e)->category, ==, SL_CATEGORY_SANCTIONS);

  /* the clause that says why ("after 14 patients developed …") gives no category */
  {
    g_autoptr (SlModel) h = extract ("The regulator on Monday halted a trial of the drug after "
                                     "14 patients developed heart problems.");
    guint32 halt = find_event (h, "2024-05-06");

    g_assert_cmpuint (halt, !=, SL_NONE);
    g_assert_cmpint (sl_model_event (h, halt)->category, !=, SL_CATEGORY_MILITARY);
  }
}

/* From a strike and a detention story: a mediator is titled; a paper described once
 * ("the independent daily Le Courrier de Carthage") is an outlet when it later speaks;
 * issuing a visa says nothing; "the company" after "Karavel Motor" is that company; "talks
 * between the carmaker and the union" keep their pair in a label. DCT 2024-05-06. */
static void
test_strike_and_detention (void)
{
  g_autoptr (SlModel) m = extract (
    "Karim Belhadj writes for the independent daily Le Courrier de Carthage. Le Courrier de "
    "Carthage rejected the accusation as absurd. Paris, which issued his visa, said it was "
    "following the case.\n\n"
    "Karavel Motor said production had been halted. The company denied the union's "
    "accusation. Labour ministry mediator Nurhan Ceylan said the sides were close.\n\n"
    "Workers walked out over pay on Friday, and talks between the carmaker and the union "
    "broke up on Sunday.");
  guint32 paper = assert_claim (m, "Le Courrier de Carthage", "rejected", SL_STANCE_DENY);
  guint32 denied = assert_claim (m, "Karavel Motor", "denied", SL_STANCE_DENY);
  guint32 med = assert_claim (m, "Nurhan Ceylan", "said", SL_STANCE_ASSERT);
  guint32 talks = find_event (m, "2024-05-05");

  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, paper)->source)->kind, ==, SL_SOURCE_OUTLET);
  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, denied)->source)->kind, ==,
                   SL_SOURCE_ORGANIZATION);
  g_assert_cmpstr (sl_model_str (m, sl_model_source (m, sl_model_claim (m, med)->source)->title),
                   ==, "Labour ministry mediator");
  g_assert_cmpuint (find_claim (m, NULL, "issued"), ==, SL_NONE);
  g_assert_cmpuint (talks, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, talks)->label), ==,
                   "Talks between carmaker and union break up");
}

/* A relative clause inside the subject: its verb is about the person before "who", and the
 * main verb's subject is that person, not the time inside the clause. DCT 2024-05-06. */
static void
test_event_label_relative_subject (void)
{
  g_autoptr (SlModel) m = extract (
    "A shepherd from the same valley who was detained on March 3 was released two days "
    "later, the group said.");
  guint32 detained = find_event (m, "2024-03-03");
  guint32 released = find_event (m, "2024-03-05");

  g_assert_cmpuint (detained, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, detained)->label), ==,
                   "Shepherd from same valley was detained on March 3");
  g_assert_cmpuint (released, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, released)->label), ==,
                   "Shepherd from same valley was released two days later");
}

/* "The bank estimates that inflation, which stood at 28.4% in December, will peak": the
 * relative clause's subject is the inflation, without the "that" that opens the estimate.
 * DCT 2024-05-06. */
static void
test_event_label_which_after_that (void)
{
  g_autoptr (SlModel) m = extract (
    "The bank estimates that inflation, which stood at 28.4% in December, will peak at 35%.");
  guint32 stood = find_event (m, "2023-12");

  g_assert_cmpuint (stood, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, stood)->label), ==, "Inflation stood at 28.4%");
}

/* "He" or "she" opening a label is who they are: the subject of the sentence before, not
 * the last name in it. DCT 2024-05-06. */
static void
test_event_label_pronoun (void)
{
  g_autoptr (SlModel) m = extract (
    "Anna Berg lost the vote on April 2 to Jan Holm by 400 votes. She filed her petition two "
    "days later.");
  guint32 filed = find_event (m, "2024-04-04");

  g_assert_cmpuint (filed, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, filed)->label), ==, "Anna Berg files petition");
  /* no source was made of her for a label */
  g_assert_cmpuint (sl_model_n_sources (m), ==, 0);

  /* a person named before "he" in the same sentence, however often named later */
  {
    g_autoptr (SlModel) later = extract ("Jan Bakker told reporters that he resigned on Monday. "
                                         "Bakker later said the talks would continue.");
    guint32 resigned = find_event (later, "2024-05-06");

    g_assert_cmpuint (resigned, !=, SL_NONE);
    g_assert_cmpstr (sl_model_str (later, sl_model_event (later, resigned)->label), ==,
                     "Jan Bakker resigned on Monday");
  }
}

/* Sentences that make exactly the claims listed, and no others: the senses of a cue word
 * that report and those that do not. */
typedef struct
{
  const char *text;
  struct
  {
    const char *source, *cue;
    SlStance    stance;
  } claims[4];
  guint n;
} OnlyClaims;

static const OnlyClaims only_claims[] = {
  /* a match called off was cancelled, and refusing to climb is a deed; refusing to release
   * one's papers still takes a stand */
  { "The final was called off on Sunday.\n\n"
    "The morning shift refused to climb into the cranes.\n\n"
    "The senator refuses to release his tax returns.",
    { { "senator", "refuses", SL_STANCE_DENY } }, 1 },
  /* a record of something is the subject of "shows", not a plural noun "shows"; "TV shows"
   * stays a noun, and a record that goes on "in Kyiv" lends the city no words */
  { "An analysis of the filings shows Democratic groups outpacing Republicans.\n\n"
    "Video of the incident shows him with his hands in the air.\n\n"
    "A review of newly released records shows the agency lost files.\n\n"
    "Fans of the TV shows gathered outside.\n\n"
    "A review of his work in Kyiv shows how politics and business converged.",
    { { "analysis of the filings", "shows", SL_STANCE_REPORT },
      { "Video of the incident", "shows", SL_STANCE_REPORT },
      { "review of newly released records", "shows", SL_STANCE_REPORT } }, 3 },
  /* a form in -s read as a noun elsewhere reports after a subject and before a clause in
   * "that", but not as the noun of a relative clause */
  { "A page on the campaign's website states that couples would receive six weeks of leave.\n\n"
    "Hadley charges that the donors were promised favours.\n\n"
    "The mayor recalls that the plant closed in 1998.\n\n"
    "The senator faces charges that could end her career.\n\n"
    "Voters in the states that Obama won were loyal.\n\n"
    "The firm must follow existing party rules that bind its members.",
    { { "campaign's website", "states", SL_STANCE_ASSERT },
      { "Hadley", "charges", SL_STANCE_SUSPECT },
      { "mayor", "recalls", SL_STANCE_ASSERT } }, 3 },
  /* a person who shows something displays it ("showed no sign of", "showed up"); a record
   * shows what it found, and a person shows that something is so */
  { "Senator Hadley showed no sign of backing down.\n\n"
    "Governor Adeyemi showed up at the rally on Friday.\n\n"
    "Hadley showed that the figures had been changed.\n\n"
    "The video shows the officer with a rifle.",
    { { "Hadley", "showed", SL_STANCE_REPORT }, { "video", "shows", SL_STANCE_REPORT } }, 2 },
  /* "call" names ("called the strike a crime") or demands ("called to ban"), but also
   * phones, convenes and summons, which report nothing */
  { "Kabul called the strike \"a crime against the sick\".\n\n"
    "Moore called Mr. Obama's remarks a true wake-up call.\n\n"
    "Hadley called to ban the imports.\n\n"
    "Clinton called Alicia Machado on Friday to express her gratitude.\n\n"
    "The council called an emergency meeting to discuss the test.\n\n"
    "The club called an extraordinary shareholders' meeting for Oct. 10.\n\n"
    "Reservists, called to service by the governor, patrolled the streets.\n\n"
    "The minister spoke at a news conference that officials had called at short notice.\n\n"
    "He called at 9 p.m. to say he was safe.\n\n"
    "Pepper called Friday's decision a huge win.",
    { { "Afghanistan", "called", SL_STANCE_ASSERT },
      { "Moore", "called", SL_STANCE_ASSERT },
      { "Pepper", "called", SL_STANCE_ASSERT },
      { "Hadley", "called", SL_STANCE_ASSERT } }, 4 },
  /* a worry held by the subject of "be" before a clause is that subject's suspicion, but
   * "it is feared that …" names no one and "as far as the ministry is concerned" is no claim */
  { "Many farmers are worried that the dam will fail.\n\n"
    "Officials are concerned that the river will rise again.\n\n"
    "It is feared that dozens of houses were lost.\n\n"
    "As far as the ministry is concerned, the matter is closed.",
    { { "farmers", "worried", SL_STANCE_SUSPECT },
      { "Officials", "concerned", SL_STANCE_SUSPECT } }, 2 },
  /* a vote for someone is a view the voter holds; a ballot cast with no choice named is an
   * act, and the count of voters who cast one is no source */
  { "Doyle estimated that about 4,100 of the town's 11,800 eligible voters had cast a ballot "
    "before the outage.\n\n"
    "About 4,100 voters had cast a ballot before the outage.\n\n"
    "About 900 residents cast their ballots on Sunday.\n\n"
    "Many Republicans cast their votes for Cruz in Iowa.",
    { { "Doyle", "estimated", SL_STANCE_ESTIMATE },
      { "Republicans", "cast", SL_STANCE_ASSERT } }, 2 },
  /* a record that opens its clause, with its maker after "by", speaks through the clause's
   * verb: the maker finds, once, and publishing the report is no second claim */
  { "A report published by Chile's Superintendency of the Environment in March found that the "
    "pens had been poorly anchored.",
    { { "Superintendency of the Environment", "found", SL_STANCE_REPORT } }, 1 },
  /* a participle between a noun and the clause's own verb describes the noun ("the children
   * admitted arrived"), while a participle after "said" opens what was said; an adverb of
   * how often is no part of who speaks */
  { "The association estimated that about four in ten of the children admitted arrived with "
    "warning signs.\n\n"
    "The police said detained protesters had been freed.\n\n"
    "The minister twice said the plan was dead.",
    { { "association", "estimated", SL_STANCE_ESTIMATE },
      { "police", "said", SL_STANCE_ASSERT },
      { "minister", "said", SL_STANCE_ASSERT } }, 3 },
  /* records an agent obtained agree with the bare verb ("Documents obtained by Reuters show");
   * the subject of a clause in "that" after a report is no frame for the words before it */
  { "Documents obtained by Reuters show that the ministry knew of the risk.\n\n"
    "The audit showed that the payments continued.",
    { { "Reuters", "show", SL_STANCE_REPORT }, { "audit", "showed", SL_STANCE_REPORT } }, 2 },
  /* a participle set off after a noun describes it: posting a statement or being asked
   * reports nothing */
  { "The council's statement, posted on its website, carried no date.\n\n"
    "Kim, asked about the plan on Monday, said it was dead.",
    { { "Kim", "said", SL_STANCE_ASSERT } }, 1 },
  /* putting out nothing says nothing, but a claim made without proof is still made; a
   * health district is a public body */
  { "The district's board met but issued no statement afterwards.\n\n"
    "The police statement gave no total for the money involved.\n\n"
    "He offered no proof that the count had been rigged.\n\n"
    "Pirkka Health District said it had put 1,900 patients back on the lists.",
    { { "He", "offered", SL_STANCE_ASSERT }, { "Pirkka Health District", "said", SL_STANCE_ASSERT } }, 2 },
  /* pulling out says nothing; withdrawing one's support takes a position back */
  { "The auction raised less than half the sum, after one of the three bidders withdrew before "
    "the first round.\n\n"
    "The candidate withdrew from the race on Monday.\n\n"
    "Clinton withdrew her support for the trade deal.",
    { { "Clinton", "withdrew", SL_STANCE_DENY } }, 1 },
};

static void
test_only_claims (void)
{
  for (guint r = 0; r < G_N_ELEMENTS (only_claims); r++)
    {
      const OnlyClaims *row = &only_claims[r];
      g_autoptr (SlModel) m = extract (row->text);

      for (guint k = 0; k < row->n; k++)
        assert_claim (m, row->claims[k].source, row->claims[k].cue, row->claims[k].stance);
      g_assert_cmpuint (sl_model_n_claims (m), ==, row->n);
    }
}

/* A body's name may run on through "of the" ("the Department of the Environment", "Chile's
 * Superintendency of the Environment"): it is one body of the kind its head word says, not
 * someone unnamed or a person called "Environment". */
static void
test_body_of_the (void)
{
  g_autoptr (SlModel) m = extract (
    "Chile's Superintendency of the Environment said the pens had been poorly anchored.\n\n"
    "The Department of the Environment said the pens failed.\n\n"
    "The Institute of the Americas said trade would slow.\n\n"
    "Norway's Labour Inspectorate said the site was unsafe.");
  static const struct
  {
    const char  *name;
    SlSourceKind kind;
  } bodies[] = {
    { "Superintendency of the Environment", SL_SOURCE_AGENCY },
    { "Department of the Environment", SL_SOURCE_AGENCY },
    { "Institute of the Americas", SL_SOURCE_ORGANIZATION },
    { "Labour Inspectorate", SL_SOURCE_AGENCY },
  };

  for (guint k = 0; k < G_N_ELEMENTS (bodies); k++)
    {
      guint32 c = assert_claim (m, bodies[k].name, "said", SL_STANCE_ASSERT);

      g_assert_cmpstr (sl_model_str (m, sl_model_source (m, sl_model_claim (m, c)->source)->name), ==,
                       bodies[k].name);
      g_assert_cmpint (sl_model_source (m, sl_model_claim (m, c)->source)->kind, ==, bodies[k].kind);
    }
}

/* A body described without a name ("the city's police department") is the same source when
 * the text goes on with "the department" or "It". */
static void
test_unnamed_body_again (void)
{
  g_autoptr (SlModel) m = extract (
    "Police arrested the director of a tutoring company, the city's police department said.\n\n"
    "He was detained at his home, the department said in a statement. It said buyers had paid "
    "about 50 million dong for each degree.");
  guint32 a = assert_claim (m, "city's police department", "said", SL_STANCE_ASSERT);

  g_assert_cmpuint (sl_model_n_sources (m), ==, 1);
  g_assert_cmpuint (sl_model_n_claims (m), ==, 3);
  for (guint32 c = 0; c < sl_model_n_claims (m); c++)
    g_assert_cmpuint (sl_model_claim (m, c)->source, ==, sl_model_claim (m, a)->source);
}

/* A headline's record that the body names more fully ("Audit finds …" over "An audit of a
 * hospital in Tampere has found …") is the body's claim, made once. */
static void
test_headline_record_repeat (void)
{
  g_autoptr (SlModel) m = sl_model_new ();

  add_text (m, "Audit finds Finnish hospital struck patients off surgery lists\n\n"
               "An audit of a hospital in Tampere has found that about 2,600 patients were removed "
               "from surgical waiting lists without being treated.\n");
  assert_claim (m, "audit of a hospital in Tampere", "found", SL_STANCE_REPORT);
  g_assert_cmpuint (sl_model_n_claims (m), ==, 1);
}

/* A noun for a kind of company before a name makes the name a company's, not a person's:
 * "the ride-hailing app Jolda", "the Croatian drug distributor Medikor". */
static void
test_company_kind_noun (void)
{
  g_autoptr (SlModel) m = extract (
    "The city ordered the ride-hailing app Jolda to stop taking bookings. Jolda said it would "
    "challenge the ban in court.\n\n"
    "Four former managers of the Croatian drug distributor Medikor went on trial. Medikor said "
    "it had cooperated with investigators.\n\n"
    "The third bidder, Lanna Digital, had pulled out. Lanna Digital said the price was too high.\n\n"
    "Energinet has refused to connect the data centre, the developer, Vadehav Data, said.\n\n"
    "The builder, Constructora Cumbres del Norte, said every delivery had been made.\n\n"
    "The officer was quoted by the student newspaper The Current as saying the logs were detailed.");
  const char *const names[] = { "Jolda", "Medikor", "Lanna Digital", "Vadehav Data",
                                "Constructora Cumbres del Norte" };
  guint32 paper = assert_claim (m, "The Current", "quoted", SL_STANCE_REPORT);

  g_assert_cmpint (sl_model_source (m, sl_model_claim (m, paper)->source)->kind, ==, SL_SOURCE_OUTLET);

  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      guint32 c = assert_claim (m, names[k], "said", SL_STANCE_ASSERT);

      g_assert_cmpint (sl_model_source (m, sl_model_claim (m, c)->source)->kind, ==, SL_SOURCE_ORGANIZATION);
    }
}

/* A surname spelled as a modal ("Theresa May", "George Will") is part of the name, and the
 * month in "met in May" stays a date; a profession that opens the sentence before a name
 * ("Columnist George Will") is the person's title, not a word of the name. */
static void
test_modal_surname (void)
{
  g_autoptr (SlModel) m = extract (
    "Prime Minister Theresa May said this week that the country would leave the bloc.\n\n"
    "Columnist George Will wrote that the party had lost its way.\n\n"
    "The two leaders met in May, an aide said.");
  guint32 may = assert_claim (m, "Theresa May", "said", SL_STANCE_ASSERT);
  gboolean month = FALSE;

  assert_claim (m, "George Will", "wrote", SL_STANCE_ASSERT);
  assert_claim (m, "aide", "said", SL_STANCE_ASSERT);
  g_assert_cmpuint (sl_model_claim (m, may)->source, !=, SL_NONE);
  for (guint32 i = 0; i < sl_model_n_timexes (m); i++)
    {
      const SlTimex *t = sl_model_timex (m, i);
      const char *text = sl_model_doc (m, t->doc)->text;

      month |= t->end - t->begin == 3 && strncmp (text + t->begin, "May", 3) == 0;
    }
  g_assert_true (month);
}

/* A one-word subject capitalised only because it opens its sentence (a headline's
 * "Regulator") is the common noun the text writes in lower case, not a person. */
static void
test_sentence_capital_source (void)
{
  g_autoptr (SlModel) m = sl_model_new ();
  gboolean lower = FALSE;

  add_text (m, "Regulator orders recall of power banks after fires\nDate: 2025-11-18\n\n"
               "Regulator warns the devices could ignite while charging, and the regulator "
               "said on Tuesday that 14 fires had been reported.\n");
  for (guint32 i = 0; i < sl_model_n_sources (m); i++)
    {
      g_assert_cmpstr (source_name (m, i), !=, "Regulator");
      if (g_strcmp0 (source_name (m, i), "regulator") == 0)
        {
          lower = TRUE;
          g_assert_cmpint (sl_model_source (m, i)->kind, ==, SL_SOURCE_UNNAMED);
        }
    }
  g_assert_true (lower);

  /* a surname the text also writes in lower case ("a dull brown") is still the name */
  {
    g_autoptr (SlModel) named = extract ("Gordon Brown spoke in Leeds on Friday. The hall was "
                                         "painted a dull brown colour.\n\n"
                                         "Brown said the government had failed.");

    assert_claim (named, "Brown", "said", SL_STANCE_ASSERT);
  }
}

/* A dateline of a city in capitals and a dash, with no outlet, is not what was said; a
 * count before the people counted leaves the label their name. DCT 2024-05-06. */
static void
test_dateline_without_outlet (void)
{
  g_autoptr (SlModel) m = extract (
    "DARMSTADT, Germany — A satellite could collide with a rocket stage on Friday, its "
    "operator warned on Wednesday.\n\n"
    "NAIROBI — Tens of thousands of secondary school teachers in Kenya stayed away from "
    "classes on Monday.");
  g_autofree char *content = NULL;
  guint32 strike = find_event (m, "2024-05-06");

  g_assert_cmpuint (sl_model_n_claims (m), ==, 1);
  content = claim_span (m, 0, 'c');
  g_assert_true (g_str_has_prefix (content, "A satellite could collide"));
  g_assert_cmpuint (strike, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, strike)->label), ==,
                   "Secondary school teachers in Kenya stayed away from classes");
  /* a name in capitals and an aside between dashes is no dateline */
  {
    g_autoptr (SlModel) aside = extract ("NATO Secretary-General Mark Rutte — speaking in "
                                         "Brussels on Tuesday — said allies would meet.");

    g_assert_cmpuint (sl_model_n_claims (aside), ==, 1);
  }
}

/* A subject with "of" before a name ("the Munich division of the Unified Patent Court on
 * Tuesday revoked") is one phrase, and a label never ends inside a name: it takes the name
 * whole when two words finish it. DCT 2024-05-06. */
static void
test_event_label_whole_names (void)
{
  g_autoptr (SlModel) m = extract (
    "The Munich local division of the Unified Patent Court on Tuesday revoked a patent.");
  guint32 revoked = find_event (m, "2024-04-30");

  g_assert_cmpuint (revoked, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, revoked)->label), ==,
                   "Munich local division of Unified Patent Court revokes patent");
}

/* A statement's label writes a word that opens the sentence as the text writes it elsewhere
 * ("rescuers"), and leaves a name alone ("New Delhi"). DCT 2024-05-06. */
static void
test_event_label_sentence_capital (void)
{
  g_autoptr (SlModel) m = extract (
    "Rescuers recovered the bodies of three skiers on Sunday, police said on Monday.\n\n"
    "New Delhi had asked for talks in March, the ministry said on Friday.");
  guint32 police = find_event (m, "2024-05-06");
  guint32 ministry = find_event (m, "2024-05-03");

  g_assert_cmpuint (police, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, police)->label), ==,
                   "Police say rescuers recovered bodies of three skiers on Sunday");
  g_assert_cmpuint (ministry, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, ministry)->label), ==,
                   "Ministry says New Delhi had asked for talks in March");
}

/* An "it" in what a body said is that body; in what a person said it is not them. */
static void
test_event_label_it (void)
{
  g_autoptr (SlModel) m = extract (
    "Meghna Pharmaceuticals said it had stopped making the tablets in March.\n\n"
    "Jane Moss said it had rained hard on April 3.");
  guint32 stopped = find_event (m, "2024-03");
  guint32 rained = find_event (m, "2024-04-03");

  g_assert_cmpuint (stopped, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, stopped)->label), ==,
                   "Meghna Pharmaceuticals had stopped making tablets");
  g_assert_cmpuint (rained, !=, SL_NONE);
  g_assert_true (g_str_has_prefix (sl_model_str (m, sl_model_event (m, rained)->label), "It "));
}

/* An "it" opening a "when" clause is the thing the sentence opens with, unless something
 * else is named between them. DCT 2024-05-06, a Monday. */
static void
test_event_label_it_when (void)
{
  g_autoptr (SlModel) m = extract (
    "The two-car train was carrying 61 passengers when it left the track on Tuesday.\n\n"
    "The fine is the largest the bank has imposed on a firm since it began licensing them "
    "in 2016.");
  guint32 derailed = find_event (m, "2024-04-30");
  guint32 licensing = find_event (m, "2016");

  g_assert_cmpuint (derailed, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, derailed)->label), ==,
                   "Two-car train leaves track");
  g_assert_cmpuint (licensing, !=, SL_NONE);
  g_assert_true (g_str_has_prefix (sl_model_str (m, sl_model_event (m, licensing)->label), "It "));
}

/* A label that ends on its time has the whole time, never a piece of it ("… last"), and of
 * a long time its first words. DCT 2024-05-06. */
static void
test_event_label_whole_time (void)
{
  g_autoptr (SlModel) m = extract (
    "The ban was backdated to June 14 last year.\n\n"
    "The collapse happened at about 11 p.m. on Friday, May 3, as a shift was laying charges.");
  guint32 ban = find_event (m, "2023-06-14");
  guint32 collapse = find_event (m, "2024-05-03");

  g_assert_cmpuint (ban, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, ban)->label), ==,
                   "Ban was backdated to June 14 last year");
  g_assert_cmpuint (collapse, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, collapse)->label), ==,
                   "Collapse happened at about 11 p.m.");
}

/* "Tuesday's attempt …" dates the event by the weekday, and the label drops the weekday's
 * "'s" with it. DCT 2024-05-06, a Monday. */
static void
test_event_label_possessive_time (void)
{
  g_autoptr (SlModel) m = extract (
    "Tuesday's launch attempt had already been postponed twice because of strong winds.");
  guint32 e = find_event (m, "2024-04-30");

  g_assert_cmpuint (e, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, e)->label), ==,
                   "Launch attempt had already been postponed twice because of strong winds");
}

/* Declining to comment says nothing: no claim, no source, no contest. Refusing to accept
 * something still rejects it. */
static void
test_event_no_comment (void)
{
  const struct { const char *text; gboolean claim; } rows[] = {
    { "The embassy declined on Tuesday to comment on the collision.", FALSE },
    { "The embassy refused on Tuesday to say how many ships were there.", FALSE },
    { "A ministry spokeswoman declined on Tuesday to discuss the talks.", FALSE },
    { "The embassy declined comment.", FALSE },
    { "The embassy refused on Tuesday to accept the findings of the inquiry.", TRUE },
    { "The embassy denied on Tuesday that its ship rammed the boat.", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr (SlModel) m = extract (rows[i].text);
      guint32 e = find_event (m, "2024-04-30");

      g_test_message ("%s", rows[i].text);
      g_assert_cmpuint (sl_model_n_claims (m), ==, (rows[i].claim ? 1u : 0u));
      g_assert_cmpuint (sl_model_n_sources (m), ==, (rows[i].claim ? 1u : 0u));
      if (rows[i].claim)
        {
          g_assert_cmpuint (e, !=, SL_NONE);
          g_assert_true (sl_model_event (m, e)->flags & SL_EVENT_CONTESTED);
        }
      else
        g_assert_cmpuint (e, ==, SL_NONE);
    }
}

/* ------------------------------------------------------------------ the seed */

static SlModel *
seed_model (void)
{
  const char *shared = g_getenv ("SL_SHARED_DIR");
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  gsize len;
  SlModel *model;
  g_autoptr (GError) error = NULL;
  SlDocument *doc;

  if (shared == NULL)
    return NULL;
  path = g_build_filename (shared, "seeds", "000_f6b753949e5181a4.txt", NULL);
  if (!g_file_get_contents (path, &data, &len, NULL))
    return NULL;
  model = sl_model_new ();
  doc = sl_ingest_bytes (path, data, len, &error);
  g_assert_no_error (error);
  sl_extractor_add_document (extractor, model, doc);
  sl_document_free (doc);
  return model;
}

static void
test_seed_chains (void)
{
  g_autoptr (SlModel) m = seed_model ();
  guint32 y, shin, reuters, rusi;

  if (m == NULL)
    {
      g_test_skip ("the seed article is absent ($SL_SHARED_DIR/seeds)");
      return;
    }
  y = assert_claim (m, "Yonhap", "According to", SL_STANCE_REPORT);
  shin = assert_claim (m, "Shin Won-sik", "estimates", SL_STANCE_ESTIMATE);
  reuters = assert_claim (m, "Reuters", "said", SL_STANCE_REPORT);
  rusi = assert_claim (m, "RUSI", "published", SL_STANCE_REPORT);
  g_assert_cmpuint (sl_model_claim (m, shin)->via, ==, y);
  g_assert_cmpuint (sl_model_claim (m, rusi)->via, ==, reuters);
  g_assert_cmpstr (sl_model_str (m, sl_model_claim (m, reuters)->said_on), ==, "2024-04-25");
  /* the article's outlet is a source, the root of what it reports */
  g_assert_cmpuint (sl_model_find_source (m, "Dan Tri"), !=, SL_NONE);
}

static void
test_seed_denial (void)
{
  g_autoptr (SlModel) m = seed_model ();
  guint32 fm, e;

  if (m == NULL)
    {
      g_test_skip ("the seed article is absent ($SL_SHARED_DIR/seeds)");
      return;
    }
  fm = assert_claim (m, "Russian Foreign Ministry", "said", SL_STANCE_DENY);
  g_assert_cmpstr (sl_model_str (m, sl_model_claim (m, fm)->said_on), ==, "2024-05");
  e = find_event (m, "2024-05");
  g_assert_cmpuint (e, !=, SL_NONE);
  g_assert_true (sl_model_event (m, e)->flags & SL_EVENT_CONTESTED);
  g_assert_nonnull (strstr (sl_model_str (m, sl_model_event (m, e)->label), "baseless"));
}

static void
test_seed_summit (void)
{
  g_autoptr (SlModel) m = seed_model ();
  guint32 e;
  gboolean summit = FALSE;

  if (m == NULL)
    {
      g_test_skip ("the seed article is absent ($SL_SHARED_DIR/seeds)");
      return;
    }
  /* "the summit between the two leaders last September" is an event of September 2023,
   * while "since September 2023" is not one */
  for (e = 0; e < sl_model_n_events (m); e++)
    if (g_strcmp0 (sl_model_str (m, sl_model_event (m, e)->when), "2023-09") == 0)
      {
        g_assert_false (summit);
        summit = strstr (sl_model_str (m, sl_model_event (m, e)->label), "Summit") != NULL;
        g_assert_true (summit);
        g_assert_cmpint (sl_model_event (m, e)->category, ==, SL_CATEGORY_DIPLOMATIC);
      }
  g_assert_true (summit);
}

static void
test_seed_sources (void)
{
  g_autoptr (SlModel) m = seed_model ();
  guint32 nis, kirby;

  if (m == NULL)
    {
      g_test_skip ("the seed article is absent ($SL_SHARED_DIR/seeds)");
      return;
    }
  nis = sl_model_find_source (m, "NIS");
  g_assert_cmpuint (nis, !=, SL_NONE);
  g_assert_cmpstr (source_name (m, nis), ==, "National Intelligence Service");
  g_assert_cmpuint (sl_model_find_source (m, "South Korea’s intelligence agency"), ==, nis);
  g_assert_cmpuint (sl_model_source (m, nis)->n_claims, ==, 3);
  kirby = sl_model_find_source (m, "John Kirby");
  g_assert_cmpuint (kirby, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_source (m, kirby)->title), ==,
                   "US National Security Communications Advisor");
  g_assert_cmpstr (source_name (m, sl_model_find_source (m, "US")), ==, "United States");
  g_assert_cmpuint (sl_model_find_source (m, "KCNA"), !=, SL_NONE);
}

/* ------------------------------------------------------------------ across articles */

static guint32
find_event_in (SlModel *m, guint32 doc, const char *when)
{
  for (guint32 i = 0; i < sl_model_n_events (m); i++)
    if (sl_model_event (m, i)->doc == doc
        && g_strcmp0 (sl_model_str (m, sl_model_event (m, i)->when), when) == 0)
      return i;
  return SL_NONE;
}

/* Claims and event labels of one document, as "cue|source span|stance|said_on" and
 * "label|when" lines, for comparing two readings of it. */
static char *
reading_of (SlModel *m, guint32 doc)
{
  GString *out = g_string_new (NULL);
  const char *text = sl_model_doc_text (m, doc, NULL);

  for (guint32 i = 0; i < sl_model_n_claims (m); i++)
    {
      const SlClaim *c = sl_model_claim (m, i);
      if (c->doc == doc)
        g_string_append_printf (out, "%s|%.*s|%s|%s\n", sl_model_str (m, c->cue),
                                (int) (c->source_end - c->source_begin), text + c->source_begin,
                                sl_stance_to_string (c->stance),
                                c->said_on ? sl_model_str (m, c->said_on) : "");
    }
  for (guint32 i = 0; i < sl_model_n_events (m); i++)
    if (sl_model_event (m, i)->doc == doc)
      g_string_append_printf (out, "%s|%s\n", sl_model_str (m, sl_model_event (m, i)->label),
                              sl_model_str (m, sl_model_event (m, i)->when));
  return g_string_free (out, FALSE);
}

/* An article reads the same whatever was imported with it: "those" is no source because
 * another article had a speaker called "Those", and another article's unnamed government
 * (renamed "government (document 2)" in the project) keeps its plain name in the label. */
static void
test_reading_alone (void)
{
  static const char *const first =
    "Survey\nDate: 2024-05-06\n\nThose who said the economy mattered most backed the senator, "
    "a survey found. The government said on Friday that talks with the union would resume.\n";
  static const char *const second =
    "Outreach\nDate: 2024-05-07\n\nThe senator wants to reach out to those who might "
    "normally oppose him. The government on Saturday declared three days of national "
    "mourning after the flood.\n";
  g_autoptr (SlModel) alone = sl_model_new ();
  g_autoptr (SlModel) both = sl_model_new ();
  g_autofree char *read_alone = NULL, *read_after = NULL;

  read_alone = reading_of (alone, add_text (alone, second));
  add_text (both, first);
  read_after = reading_of (both, add_text (both, second));
  g_assert_nonnull (strstr (read_alone, "Government declares three days of national mourning"));
  g_assert_cmpstr (read_after, ==, read_alone);

  /* a title another article gave a name does not decide who "the president" is here */
  {
    g_autoptr (SlModel) one = sl_model_new ();
    g_autoptr (SlModel) two = sl_model_new ();
    g_autofree char *r1 = NULL, *r2 = NULL;
    static const char *const titled =
      "Obama\nDate: 2024-05-06\n\nPresident Barack Obama said the economy was growing. Obama "
      "added that jobs were plentiful.\n";
    static const char *const untitled =
      "Obama again\nDate: 2024-05-07\n\nMr. Obama said on Saturday that the economy was "
      "growing. The president told supporters he would campaign hard.\n";

    guint32 said = SL_NONE, told = SL_NONE, doc;

    r1 = reading_of (one, add_text (one, untitled));
    add_text (two, titled);
    doc = add_text (two, untitled);
    r2 = reading_of (two, doc);
    g_assert_cmpstr (r2, ==, r1);
    /* here "The president told" is not Obama, whom this article gave no title */
    for (guint32 i = 0; i < sl_model_n_claims (two); i++)
      if (sl_model_claim (two, i)->doc == doc)
        {
          if (g_strcmp0 (sl_model_str (two, sl_model_claim (two, i)->cue), "said") == 0)
            said = sl_model_claim (two, i)->source;
          else if (g_strcmp0 (sl_model_str (two, sl_model_claim (two, i)->cue), "told") == 0)
            told = sl_model_claim (two, i)->source;
        }
    g_assert_cmpuint (said, !=, SL_NONE);
    g_assert_cmpuint (told, !=, SL_NONE);
    g_assert_cmpuint (told, !=, said);
  }
}

static void
test_merge_veto (void)
{
  g_autoptr (SlModel) m = sl_model_new ();
  g_autoptr (SlEventMerge) merge = NULL;
  g_autoptr (GArray) mentions = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) origins = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint32 a, b, c, ea, eb, ec;

  a = add_text (m, "Russia vetoes panel renewal\nDate: 2024-03-28\n\n(Reuters) – Russia on "
                   "Thursday vetoed a United Nations Security Council resolution to extend the "
                   "mandate of the panel of experts that monitors sanctions against North Korea.\n");
  b = add_text (m, "North Korea panel to close\nDate: 2024-03-29\n\n(Harbor Ledger) – At the "
                   "Security Council meeting on March 28, Russia vetoed a resolution to renew the "
                   "mandate of the panel of experts, Reuters reported.\n");
  c = add_text (m, "Floods\nDate: 2024-03-29\n\n(Harbor Ledger) – Heavy rain flooded the "
                   "capital on March 28.\n");
  ea = find_event_in (m, a, "2024-03-28");
  eb = find_event_in (m, b, "2024-03-28");
  ec = find_event_in (m, c, "2024-03-28");
  g_assert_cmpuint (ea, !=, SL_NONE);
  g_assert_cmpuint (eb, !=, SL_NONE);
  g_assert_cmpuint (ec, !=, SL_NONE);

  merge = sl_event_merge_new (m);
  /* one event, two mentions; the flood on the same day stays apart */
  g_assert_cmpuint (sl_event_merge_primary (merge, eb), ==, ea);
  g_assert_cmpuint (sl_event_merge_mentions (merge, ea, mentions), ==, 2);
  g_assert_cmpuint (g_array_index (mentions, guint32, 0), ==, ea);
  g_assert_cmpuint (g_array_index (mentions, guint32, 1), ==, eb);
  g_assert_cmpuint (sl_event_merge_primary (merge, ec), ==, ec);
  g_assert_cmpuint (sl_event_merge_n_groups (merge), ==, sl_model_n_events (m) - 1);
  /* Reuters reporting it and an outlet citing Reuters are one origin */
  g_assert_cmpuint (sl_event_merge_origins (merge, eb, origins), ==, 1);
  g_assert_cmpstr (source_name (m, g_array_index (origins, guint32, 0)), ==, "Reuters");
  g_assert_cmpint (sl_attribution_suggest_credibility (merge, ea), ==, '3');
  g_assert_false (sl_event_merge_contested (merge, ea));
}

/* Two articles that only share a month: an arrest and a lawsuit in March 2024 are two
 * happenings, however alike their labels' dates. */
static void
test_merge_not_by_date_words (void)
{
  g_autoptr (SlModel) m = sl_model_new ();
  g_autoptr (SlEventMerge) merge = NULL;
  guint32 a, b, ea, eb;

  a = add_text (m, "Deputy mayor jailed\nDate: 2025-06-12\n\n(Tatra Wire) – The former deputy "
                   "mayor, Bielik, was arrested in March 2024 and spent four months in custody.\n");
  b = add_text (m, "Patent ruling\nDate: 2025-11-04\n\n(Health Wire) – The case was brought in "
                   "March 2024 by the generics maker Corvina.\n");
  ea = find_event_in (m, a, "2024-03");
  eb = find_event_in (m, b, "2024-03");
  g_assert_cmpuint (ea, !=, SL_NONE);
  g_assert_cmpuint (eb, !=, SL_NONE);
  merge = sl_event_merge_new (m);
  g_assert_cmpuint (sl_event_merge_primary (merge, eb), ==, eb);
  g_assert_cmpuint (sl_event_merge_primary (merge, ea), ==, ea);
}

/* A label of one word besides its date ("Vote") meets the same word dated the same way. */
static void
test_merge_one_word_label (void)
{
  g_autoptr (SlModel) m = sl_model_new ();
  g_autoptr (SlEventMerge) merge = NULL;
  guint32 a, b, ea, eb;

  a = add_text (m, "Runoff\nDate: 2024-05-06\n\n(Tatra Wire) – Turnout fell after the vote on "
                   "Saturday, officials said.\n");
  b = add_text (m, "Runoff ends\nDate: 2024-05-07\n\n(Health Wire) – Turnout was low in the vote "
                   "on Saturday, May 4.\n");
  ea = find_event_in (m, a, "2024-05-04");
  eb = find_event_in (m, b, "2024-05-04");
  g_assert_cmpuint (ea, !=, SL_NONE);
  g_assert_cmpuint (eb, !=, SL_NONE);
  merge = sl_event_merge_new (m);
  g_assert_cmpuint (sl_event_merge_primary (merge, eb), ==, sl_event_merge_primary (merge, ea));
}

static void
test_merge_origins_and_denial (void)
{
  g_autoptr (SlModel) m = sl_model_new ();
  g_autoptr (SlEventMerge) merge = NULL;
  guint32 a, ea;

  a = add_text (m, "Oil\nDate: 2024-05-03\n\n(Meridian Wire) – US officials said on May 2 that "
                   "Russia shipped 165,000 barrels of refined oil to North Korea in March.\n");
  add_text (m, "Oil\nDate: 2024-05-04\n\n(Harbor Ledger) – South Korean officials said that "
               "Russia shipped 165,000 barrels of refined oil to North Korea in March.\n");
  add_text (m, "Oil\nDate: 2024-05-05\n\n(Dan Tri) – Japanese analysts said Russia shipped "
               "165,000 barrels of refined oil to North Korea in March.\n");
  add_text (m, "Oil\nDate: 2024-05-06\n\n(Dan Tri) – Moscow denied that Russia shipped "
               "165,000 barrels of refined oil to North Korea in March.\n");
  ea = find_event_in (m, a, "2024-03");
  g_assert_cmpuint (ea, !=, SL_NONE);
  merge = sl_event_merge_new (m);
  g_assert_cmpuint (sl_event_merge_mentions (merge, ea, NULL), ==, 4);
  /* three who said so and one who denied it: four origins, contested */
  g_assert_cmpuint (sl_event_merge_origins (merge, ea, NULL), ==, 4);
  g_assert_true (sl_event_merge_contested (merge, ea));
  g_assert_cmpint (sl_attribution_suggest_credibility (merge, ea), ==, '3');
}

/* Two outlets credit the same agency, once as "the island's Central Weather Administration":
 * one origin, not two; and the quake that hit is no speaker. */
static void
test_merge_one_agency (void)
{
  g_autoptr (SlModel) m = sl_model_new ();
  g_autoptr (SlEventMerge) merge = NULL;
  guint32 a, b, ea;

  a = add_text (m, "Quake\nDate: 2024-04-23\n\n(Harbor Ledger) – A magnitude 6.1 earthquake "
                   "struck Taiwan's eastern Hualien county early on Tuesday, the island's Central "
                   "Weather Administration said.\n");
  b = add_text (m, "Quake\nDate: 2024-04-23\n\n(Coastal Courier) – A strong earthquake hit "
                   "eastern Taiwan on Tuesday, according to Taiwan's Central Weather "
                   "Administration.\n");
  ea = find_event_in (m, a, "2024-04-23");
  g_assert_cmpuint (ea, !=, SL_NONE);
  g_assert_cmpuint (find_event_in (m, b, "2024-04-23"), !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (m, sl_model_event (m, ea)->label), ==,
                   "Magnitude 6.1 earthquake strikes Taiwan's eastern Hualien county");
  assert_claim (m, "Central Weather Administration", "said", SL_STANCE_ASSERT);
  assert_claim (m, "Central Weather Administration", "according to", SL_STANCE_ASSERT);
  g_assert_cmpuint (find_claim (m, NULL, "hit"), ==, SL_NONE);
  merge = sl_event_merge_new (m);
  g_assert_cmpuint (sl_event_merge_mentions (merge, ea, NULL), ==, 2);
  g_assert_cmpuint (sl_event_merge_origins (merge, ea, NULL), ==, 1);
}

static void
test_merge_samples (void)
{
  const char *data = g_getenv ("SL_DATA_DIR");
  const char *files[] = { "security-council-veto.html", "seoul-estimate.txt" };
  g_autoptr (SlModel) m = sl_model_new ();
  g_autoptr (SlEventMerge) merge = NULL;
  guint32 ev[2];

  if (data == NULL)
    {
      g_test_skip ("SL_DATA_DIR is not set");
      return;
    }
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *path = g_build_filename (data, "samples", files[i], NULL);
      g_autoptr (GError) error = NULL;
      SlDocument *doc = sl_ingest_file (path, &error);
      guint32 d;

      g_assert_no_error (error);
      d = sl_extractor_add_document (extractor, m, doc);
      sl_document_free (doc);
      ev[i] = find_event_in (m, d, "2024-03-28");
      g_assert_cmpuint (ev[i], !=, SL_NONE);
    }
  merge = sl_event_merge_new (m);
  /* both sample articles report the March 28 veto: one event, two mentions */
  g_assert_cmpuint (sl_event_merge_primary (merge, ev[1]), ==, ev[0]);
  g_assert_cmpuint (sl_event_merge_mentions (merge, ev[0], NULL), ==, 2);
}

static void
test_copy_document (void)
{
  const char *texts[] = {
    "First\nDate: 2024-05-06\n\n(Meridian Wire) – Officials said on May 2 that the talks "
    "failed. According to Yonhap, Defense Minister Shin Won-sik estimates that 6,700 "
    "containers were shipped.\n",
    "Second\nDate: 2024-05-07\n\n(Harbor Ledger) – Officials said the talks resumed. "
    "Shin said on May 3 that shipments continued.\n",
  };
  g_autoptr (SlModel) direct = sl_model_new ();
  g_autoptr (SlModel) copied = sl_model_new ();

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (SlModel) scratch = sl_model_new ();
      add_text (direct, texts[i]);
      add_text (scratch, texts[i]);
      g_assert_cmpuint (sl_attribution_copy_document (copied, scratch, 0), ==, i);
    }
  /* extracting in scratch models and copying gives the project the same picture */
  g_assert_cmpuint (sl_model_n_docs (copied), ==, 2);
  g_assert_cmpuint (sl_model_n_claims (copied), ==, sl_model_n_claims (direct));
  g_assert_cmpuint (sl_model_n_events (copied), ==, sl_model_n_events (direct));
  g_assert_cmpuint (sl_model_n_timexes (copied), ==, sl_model_n_timexes (direct));
  g_assert_cmpuint (sl_model_find_source (copied, "Officials (Harbor Ledger)"), !=, SL_NONE);
  g_assert_cmpuint (sl_model_claim (copied, find_claim (copied, "Shin Won-sik", "estimates"))->via,
                    ==, find_claim (copied, "Yonhap", "According to"));
  g_assert_cmpstr (sl_model_doc_text (copied, 1, NULL), ==, sl_model_doc_text (direct, 1, NULL));
}

static void
test_reliability (void)
{
  g_autoptr (SlModel) m = extract (
    "Reuters reported that the ship left. Officials said it sank. John Kirby said it was "
    "found.");

  g_assert_cmpint (sl_attribution_suggest_reliability (m, sl_model_find_source (m, "Reuters")), ==, 'B');
  g_assert_cmpint (sl_attribution_suggest_reliability (m, sl_model_find_source (m, "Officials")), ==, 'F');
  g_assert_cmpint (sl_attribution_suggest_reliability (m, sl_model_find_source (m, "John Kirby")), ==, 'D');
  /* the analyst's grade wins */
  sl_model_source_mut (m, sl_model_find_source (m, "Officials"))->reliability = 'C';
  g_assert_cmpint (sl_attribution_suggest_reliability (m, sl_model_find_source (m, "Officials")), ==, 'C');
}

int
main (int argc, char **argv)
{
  int ret;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  extractor = sl_extractor_new ();
  g_test_add_func ("/attribution/named-committee", test_named_committee);
  g_test_add_func ("/attribution/named-service", test_named_service);
  g_test_add_func ("/attribution/joined-estimate", test_joined_estimate);
  g_test_add_func ("/attribution/listed-commission", test_listed_commission);
  g_test_add_func ("/attribution/sources/title-and-name", test_title_and_name);
  g_test_add_func ("/attribution/sources/acronym-and-description", test_acronym_and_description);
  g_test_add_func ("/attribution/sources/capitals-and-offices", test_capitals_and_offices);
  g_test_add_func ("/attribution/claims/according-after-frame", test_according_after_frame);
  g_test_add_func ("/attribution/claims/memo-chain-and-headline", test_memo_chain_and_headline);
  g_test_add_func ("/attribution/sources/names-eleventh-set", test_names_eleventh_set);
  g_test_add_func ("/attribution/claims/quoted-aside", test_quoted_aside);
  g_test_add_func ("/attribution/claims/quoted-by-agent", test_quoted_by_agent);
  g_test_add_func ("/attribution/sources/described-unnamed", test_described_unnamed);
  g_test_add_func ("/attribution/chains/records-inside-claims", test_records_inside_claims);
  g_test_add_func ("/attribution/chains/document-named-again", test_document_named_again);
  g_test_add_func ("/attribution/chains/findings-inside-claims", test_findings_inside_claims);
  g_test_add_func ("/attribution/sources/found-in-headline", test_found_in_headline);
  g_test_add_func ("/attribution/sources/harbour-master", test_harbour_master);
  g_test_add_func ("/attribution/chains/told-the-site", test_told_the_site);
  g_test_add_func ("/attribution/sources/seed-is-no-cue", test_seed_is_no_cue);
  g_test_add_func ("/attribution/sources/dismissed-as-adjective", test_dismissed_as_adjective);
  g_test_add_func ("/attribution/chains/cited-professions", test_cited_professions);
  g_test_add_func ("/attribution/sources/office-named-again", test_office_named_again);
  g_test_add_func ("/attribution/sources/company-is-no-union", test_company_is_no_union);
  g_test_add_func ("/attribution/sources/hearer-outlet-names", test_hearer_outlet_names);
  g_test_add_func ("/attribution/sources/central-bank-story", test_central_bank_story);
  g_test_add_func ("/attribution/claims/canal-leak-trial", test_canal_leak_trial);
  g_test_add_func ("/attribution/sources/border-story", test_border_story);
  g_test_add_func ("/attribution/sources/regulator-spokeswoman-paper", test_regulator_spokeswoman_paper);
  g_test_add_func ("/attribution/claims/interview-published", test_interview_published);
  g_test_add_func ("/attribution/sources/unnamed", test_unnamed);
  g_test_add_func ("/attribution/sources/counted", test_counted);
  g_test_add_func ("/attribution/sources/body-by-last-word", test_body_by_last_word);
  g_test_add_func ("/attribution/sources/body-names", test_body_names);
  g_test_add_func ("/attribution/sources/company-short-names", test_company_short_names);
  g_test_add_func ("/attribution/claims/headline-second-verb", test_headline_second_verb);
  g_test_add_func ("/attribution/sources/not-names", test_not_names);
  g_test_add_func ("/attribution/claims/contraction-and-owned", test_contraction_and_owned_claim);
  g_test_add_func ("/attribution/claims/credit-after-question", test_credit_after_question);
  g_test_add_func ("/attribution/events/label-times", test_event_label_times);
  g_test_add_func ("/attribution/events/reduced-relative", test_event_reduced_relative);
  g_test_add_func ("/attribution/events/one-per-happening", test_event_one_per_happening);
  g_test_add_func ("/attribution/events/bare-time-before-verb", test_event_bare_time_before_verb);
  g_test_add_func ("/attribution/sources/name-suffix-and-aside", test_name_suffix_and_aside);
  g_test_add_func ("/attribution/sources/pronoun", test_pronoun);
  g_test_add_func ("/attribution/sources/it-company", test_it_company);
  g_test_add_func ("/attribution/sources/station-names", test_station_names);
  g_test_add_func ("/attribution/sources/described-company", test_described_company);
  g_test_add_func ("/attribution/sources/described-paper", test_described_paper);
  for (guint i = 0; i < G_N_ELEMENTS (cue_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/attribution/cues/%s-%u", cue_cases[i].cue, i);
      for (char *p = name; *p; p++)
        if (*p == ' ')
          *p = '-';
      g_test_add_data_func (name, &cue_cases[i], test_cue_family);
    }
  g_test_add_func ("/attribution/cues/no-speaker", test_no_speaker);
  g_test_add_func ("/attribution/cues/denial-reasons", test_denial_reasons);
  g_test_add_func ("/attribution/chains/inverted-frame-aside", test_inverted_frame_aside);
  g_test_add_func ("/attribution/chains/three-links", test_three_link_chain);
  g_test_add_func ("/attribution/cues/belief-of-speaker", test_belief_of_speaker);
  g_test_add_func ("/attribution/cues/run-on-sentence", test_run_on_sentence);
  g_test_add_func ("/attribution/cues/inside-quotation", test_inside_quotation);
  g_test_add_func ("/attribution/cues/labels", test_labels);
  g_test_add_func ("/attribution/cues/one-claim-per-statement", test_one_claim_per_statement);
  g_test_add_func ("/attribution/chains/coordinated-claims", test_coordinated_claims);
  g_test_add_func ("/attribution/cues/clause-frame", test_clause_frame);
  g_test_add_func ("/attribution/chains/according-to", test_chain_according_to);
  g_test_add_func ("/attribution/chains/citing", test_chain_citing);
  g_test_add_func ("/attribution/chains/citing-after", test_chain_citing_after);
  g_test_add_func ("/attribution/chains/quoted-as-saying", test_chain_quoted);
  g_test_add_func ("/attribution/sources/named-and-plural", test_sources_named_and_plural);
  g_test_add_func ("/attribution/sources/bodies", test_sources_bodies);
  g_test_add_func ("/attribution/sources/body-named-with-by", test_body_named_with_by);
  g_test_add_func ("/attribution/sources/family-name-of-outlet", test_family_name_of_outlet);
  g_test_add_func ("/attribution/claims/document-makers", test_document_makers);
  g_test_add_func ("/attribution/chains/relative-citing", test_relative_citing);
  g_test_add_func ("/attribution/sources/it-continues", test_it_continues);
  g_test_add_func ("/attribution/sources/it-after-doer", test_it_after_doer);
  g_test_add_func ("/attribution/sources/hearer-outlets", test_hearer_outlets);
  g_test_add_func ("/attribution/chains/told-outlet-which-reported", test_told_outlet_which_reported);
  g_test_add_func ("/attribution/chains/claims-told-inside", test_claims_told_inside);
  g_test_add_func ("/attribution/sources/others-is-no-name", test_others_is_no_name);
  g_test_add_func ("/attribution/sources/polled-by", test_polled_by);
  g_test_add_func ("/attribution/sources/ing-modifier", test_ing_modifier_sources);
  g_test_add_func ("/attribution/sources/description-title", test_description_title);
  g_test_add_func ("/attribution/sources/aside-with-place", test_aside_with_place);
  g_test_add_func ("/attribution/sources/that-clause", test_that_clause_speaker);
  g_test_add_func ("/attribution/sources/inverted-title-name", test_inverted_title_then_name);
  g_test_add_func ("/attribution/sources/office-lower-case", test_office_in_lower_case);
  g_test_add_func ("/attribution/sources/spokesperson-official", test_spokesperson_and_official);
  g_test_add_func ("/attribution/sources/rank-station-guard", test_rank_station_and_guard);
  g_test_add_func ("/attribution/chains/citing-opens-sentence", test_citing_opens_sentence);
  g_test_add_func ("/attribution/cues/saying-after-nested", test_saying_after_nested_claim);
  g_test_add_func ("/attribution/claims/frame-before-joined-clause",
                   test_frame_before_joined_clause);
  g_test_add_func ("/attribution/sources/ninth-set", test_ninth_set_sources);
  g_test_add_func ("/attribution/sources/campaigns", test_campaigns);
  g_test_add_func ("/attribution/sources/company-words", test_company_words);
  g_test_add_func ("/attribution/chains/shelling-story", test_shelling_story);
  g_test_add_func ("/attribution/sources/country-body-category", test_country_body_and_category);
  g_test_add_func ("/attribution/sources/names-groups-go-by", test_names_groups_go_by);
  g_test_add_func ("/attribution/sources/titles-and-aspect", test_titles_and_aspect);
  g_test_add_func ("/attribution/sources/described-bodies-accused", test_described_bodies_and_accused);
  g_test_add_func ("/attribution/sources/government-regulator-airline",
                   test_government_regulator_airline);
  g_test_add_func ("/attribution/sources/he-previous-subject", test_he_is_previous_subject);
  g_test_add_func ("/attribution/sources/hearer-and-relative-it", test_hearer_and_relative_it);
  g_test_add_func ("/attribution/events/fronted-time", test_event_fronted_time);
  g_test_add_func ("/attribution/events/fronted-bare-time", test_event_fronted_bare_time);
  g_test_add_func ("/attribution/events/label-wording", test_event_label_wording);
  g_test_add_func ("/attribution/events/time-before-gerund", test_time_before_gerund);
  g_test_add_func ("/attribution/events/statement-and-content", test_event_statement);
  g_test_add_func ("/attribution/events/noun-and-bounds", test_event_noun_and_bounds);
  g_test_add_func ("/attribution/events/contested", test_event_contested);
  g_test_add_func ("/attribution/claims/no-comment-is-no-claim", test_event_no_comment);
  g_test_add_func ("/attribution/claims/request-is-no-claim", test_request_is_no_claim);
  g_test_add_func ("/attribution/claims/charged-and-known", test_charged_and_known);
  g_test_add_func ("/attribution/events/weekday-month-dct", test_event_weekday_month_dct);
  g_test_add_func ("/attribution/events/label-possessive-time", test_event_label_possessive_time);
  g_test_add_func ("/attribution/events/after-noun", test_event_after_noun);
  g_test_add_func ("/attribution/events/trigger-noun", test_event_trigger_noun);
  g_test_add_func ("/attribution/events/label-participles", test_event_label_participles);
  g_test_add_func ("/attribution/events/label-ing-noun", test_event_label_ing_noun);
  g_test_add_func ("/attribution/sources/strike-and-detention", test_strike_and_detention);
  g_test_add_func ("/attribution/events/joined-clause-and-shut", test_event_joined_clause_and_shut);
  g_test_add_func ("/attribution/events/label-relative-subject", test_event_label_relative_subject);
  g_test_add_func ("/attribution/events/label-which-after-that", test_event_label_which_after_that);
  g_test_add_func ("/attribution/events/label-whole-time", test_event_label_whole_time);
  g_test_add_func ("/attribution/events/label-pronoun", test_event_label_pronoun);
  g_test_add_func ("/attribution/events/label-it", test_event_label_it);
  g_test_add_func ("/attribution/events/label-it-when", test_event_label_it_when);
  g_test_add_func ("/attribution/events/label-sentence-capital", test_event_label_sentence_capital);
  g_test_add_func ("/attribution/events/label-whole-names", test_event_label_whole_names);
  g_test_add_func ("/attribution/dateline-without-outlet", test_dateline_without_outlet);
  g_test_add_func ("/attribution/sentence-capital-source", test_sentence_capital_source);
  g_test_add_func ("/attribution/seed/chains", test_seed_chains);
  g_test_add_func ("/attribution/seed/denial", test_seed_denial);
  g_test_add_func ("/attribution/seed/summit", test_seed_summit);
  g_test_add_func ("/attribution/seed/sources", test_seed_sources);
  g_test_add_func ("/attribution/merge/reading-alone", test_reading_alone);
  g_test_add_func ("/attribution/claims/restrictive-clause", test_restrictive_clause);
  g_test_add_func ("/attribution/chains/poll", test_poll_chain);
  g_test_add_func ("/attribution/merge/veto", test_merge_veto);
  g_test_add_func ("/attribution/merge/not-by-date-words", test_merge_not_by_date_words);
  g_test_add_func ("/attribution/merge/one-word-label", test_merge_one_word_label);
  g_test_add_func ("/attribution/merge/origins-and-denial", test_merge_origins_and_denial);
  g_test_add_func ("/attribution/merge/one-agency", test_merge_one_agency);
  g_test_add_func ("/attribution/merge/samples", test_merge_samples);
  g_test_add_func ("/attribution/merge/copy-document", test_copy_document);
  g_test_add_func ("/attribution/merge/reliability", test_reliability);
  g_test_add_func ("/attribution/sources/modal-surname", test_modal_surname);
  g_test_add_func ("/attribution/sources/body-of-the", test_body_of_the);
  g_test_add_func ("/attribution/sources/company-kind-noun", test_company_kind_noun);
  g_test_add_func ("/attribution/sources/unnamed-body-again", test_unnamed_body_again);
  g_test_add_func ("/attribution/claims/headline-record-repeat", test_headline_record_repeat);
  g_test_add_func ("/attribution/claims/only-these", test_only_claims);
  g_test_add_func ("/attribution/claims/gerund-dates-denial", test_gerund_dates_denial);
  g_test_add_func ("/attribution/claims/article-is-no-content", test_article_is_no_content);
  g_test_add_func ("/attribution/sources/company-by-its-trade", test_company_by_its_trade);
  g_test_add_func ("/attribution/sources/lowercase-body-name", test_lowercase_body_name);
  g_test_add_func ("/attribution/sources/appositive-with-title", test_appositive_with_title);
  g_test_add_func ("/attribution/sources/ministry-named-by-country", test_ministry_named_by_country);
  ret = g_test_run ();
  sl_extractor_free (extractor);
  return ret;
}
