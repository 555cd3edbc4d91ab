/* Dated happenings in wire copy: each row is a sentence of the kind news articles use, the
 * date a reader would put the happening on, and words its label must show. The article is
 * dated Monday 2024-05-06. */
#include "extract/sl-extract.h"
#include "ingest/sl-ingest.h"

#include <string.h>

static SlExtractor *extractor;

/* The events of a one-paragraph article, one "WHEN|label" line each. */
static char *
events_of (const char *body)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *text = g_strdup_printf ("Events test\nDate: 2024-05-06\n\n%s\n", body);
  g_autoptr (SlModel) model = sl_model_new ();
  SlDocument *doc = sl_ingest_bytes ("article.txt", text, strlen (text), &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  sl_extractor_add_document (extractor, model, doc);
  sl_document_free (doc);
  for (guint32 i = 0; i < sl_model_n_events (model); i++)
    {
      const SlEvent *e = sl_model_event (model, i);
      g_string_append_printf (out, "%s|%s\n", sl_model_str (model, e->when),
                              sl_model_str (model, e->label));
    }
  return g_string_free (out, FALSE);
}

/* Whether some line dated `when` has every word of `words` (space-separated, any case) in its
 * label and none of `absent` (NULL: no such check). */
static gboolean
has_event (const char *events, const char *when, const char *words, const char *absent)
{
  g_auto (GStrv) lines = g_strsplit (events, "\n", -1);
  g_auto (GStrv) want = g_strsplit (words, " ", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *bar = strchr (lines[i], '|');
      g_autofree char *label = NULL;
      gboolean all = TRUE;

      if (bar == NULL || strncmp (lines[i], when, bar - lines[i]) != 0
          || strlen (when) != (gsize) (bar - lines[i]))
        continue;
      label = g_ascii_strdown (bar + 1, -1);
      for (guint k = 0; want[k] != NULL && all; k++)
        {
          g_autofree char *w = g_ascii_strdown (want[k], -1);
          all = strstr (label, w) != NULL;
        }
      if (all && absent != NULL)
        {
          g_autofree char *a = g_ascii_strdown (absent, -1);
          all = strstr (label, a) == NULL;
        }
      if (all)
        return TRUE;
    }
  return FALSE;
}

static gboolean
dated (const char *events, const char *when)
{
  g_autofree char *key = g_strdup_printf ("%s|", when);

  return g_str_has_prefix (events, key) || strstr (events, key) != NULL;
}

typedef struct
{
  const char *text, *when, *words, *absent;
} Row;

static void
check_rows (const Row *rows, gsize n)
{
  for (gsize i = 0; i < n; i++)
    {
      g_autofree char *events = events_of (rows[i].text);

      if (!has_event (events, rows[i].when, rows[i].words, rows[i].absent))
        g_error ("“%s”: expected an event on %s labelled with “%s”%s%s, got:\n%s", rows[i].text,
                 rows[i].when, rows[i].words, rows[i].absent ? " and without " : "",
                 rows[i].absent ? rows[i].absent : "", events);
    }
}

/* A time that opens the sentence with no comma after it dates the clause that follows. */
/* The subject of a happening: a quantity's hedge and a phrase after the head belong to it,
 * a name keeps its prepositions, and a time after the verb dates that verb, not the clause
 * after the comma. */
static void
test_subject_phrases (void)
{
  static const Row rows[] = {
    /* a time that opens what was said stays out of the statement's label */
    { "Three days later, divers found sediment on two reefs, the officer told reporters on "
      "Thursday.", "2024-05-02", "officer tells divers found sediment", "later" },
    /* a contest named by its day is a happening on that day */
    { "The jury voted to annul the result of Saturday night's final.", "2024-05-04",
      "saturday night's final", NULL },
    /* a plural's possessive mark inside the subject keeps the subject, and its mark */
    { "Wales' financial regulator on Thursday suspended the insurer's licence, saying it had "
      "failed to pay claims.", "2024-05-02", "wales' financial regulator suspends", NULL },
    /* an acronym in brackets ends the subject's name (a statement: the body says what it
     * said) */
    { "The attack shut the hospital's systems, Ireland's Health Service Executive (HSE) said "
      "on Thursday.", "2024-05-02", "health service executive says attack shut", "(hse)" },
    /* a time right after a participle dates the participle, not the clause's verb */
    { "An inspection completed in November last year found that the firm had opened 31,000 "
      "accounts.", "2023-11", "inspection completed", "found" },
    /* whom an instruction is given to stays in the label, and so does the instruction after
     * the time (an instruction is a happening, told in the past perfect as it was written) */
    { "The paper reported on Monday that managers had told staff in early 2024 to approve new "
      "accounts within 24 hours.", "2024", "managers told staff to approve", NULL },
    /* an adverb and a participle after a number describe the noun ("212 newly infected
     * fields"), and the verb before them is the happening */
    { "The minister said inspectors had found 212 newly infected fields in the north on "
      "Thursday.", "2024-05-02", "inspectors had found 212 newly infected fields", NULL },
    /* "they" and "I" take the verb without an -s */
    { "They joined the coalition in 2019.", "2019", "they join coalition", "joins" },
    /* a description set off by commas is not the subject; the name before it is */
    { "Ramdharry, a former economist at the fund, was appointed in 2023 for a five-year term.",
      "2023", "ramdharry was appointed", NULL },
    /* a second verb after "but" has the first one's subject, though a cue stands between */
    { "The kidnappers had asked for a ransom but dropped the demand last week.", "2024-W18",
      "kidnappers drop demand", NULL },
    /* "that" after a report and its time or hearer opens the clause */
    { "The bank said on Monday that inflation, which stood at 28.4% in March, would fall.",
      "2024-03", "inflation stood", "that" },
    { "Brightcell told the Courier that it first learned of the complaints in January and had "
      "withdrawn 20,000 chargers in February.", "2024-02", "it had withdrawn", "that" },
    { "About 3,500 dock workers at the port walked off the job on Friday, after talks broke "
      "down at the weekend.", "2024-05-03", "dock workers walked off job", "talks" },
    { "Peace talks between the government and the rebels resumed in Nairobi on Friday.",
      "2024-05-03", "peace talks resumed nairobi", "rebels" },
    { "The Court of Arbitration for Sport on Friday banned the rider for four years.",
      "2024-05-03", "court of arbitration for sport bans rider", NULL },
    /* "since" with a time of its own measures the object; the verb is still in reach */
    { "Copper prices climbed to their highest level since May 2023 last week.", "2024-W18",
      "copper prices climbed highest level", NULL },
    /* a time between the subject and its auxiliary */
    { "Salvage crews on Friday were trying to contain fuel oil leaking from the tanker.",
      "2024-05-03", "salvage crews trying contain oil", NULL },
    /* the name's acronym ends the subject; a short time the label's words run into is
     * finished ("for four years", never "for four") */
    { "The Court of Arbitration for Sport (CAS) on Friday banned Slovenian cyclist Matej Kovač "
      "for four years.", "2024-05-03", "court of arbitration for sport bans kovač four years", NULL },
    /* a clock time keeps its colon, and takes the day written a few words on */
    { "A urine sample collected at 6:15 a.m. at the rider's home in Ljubljana on June 2, 2023 "
      "contained EPO.", "2023-06-02", "sample collected 6:15", NULL },
    /* a time set off by commas between the subject and its verb; a long subject keeps its
     * head, not its possessor */
    { "The Nueva Esperanza cooperative's last fatal accident, in October 2023, killed two men.",
      "2023-10", "last fatal accident kills two men", "esperanza" },
    /* a clock time just after which it happened still dates it */
    { "Residents said they had heard gunfire shortly after 11 p.m. on Friday.", "2024-05-03",
      "heard gunfire", "shortly" },
    /* a time opening the sentence without a comma, a comma later on; a participle phrase
     * inside the subject */
    { "In February a freight train carrying coal came off the track near Braniewo, blocking "
      "the line.", "2024-02", "freight train carrying coal comes off track", NULL },
    /* where a statement was made, before its "that" */
    { "The port authority said during a news conference on Friday that the strike had ended.",
      "2024-05-03", "port authority says strike had ended", NULL },
    /* a span heading the object is no time the claim was made at */
    { "The government declared three days of national mourning on Friday.", "2024-05-03",
      "declares three days of national mourning", NULL },
    /* a place set off by commas inside the subject after a fronted time; where a leak was,
     * between its noun and the time */
    { "In August 2023, the collapse of a rubbish dump at Kiteezi, on the edge of Kampala, "
      "killed more than 30 people.", "2023-08", "collapse of rubbish dump kills", NULL },
    { "A smaller leak at the SEI plant in October 2023 sent about 30 people to hospital.",
      "2023-10", "smaller leak at sei plant", NULL },
    /* a weekday and its date set off by commas between the subject and its verb; an order is
     * a happening */
    { "Britain's medicines regulator on Friday, 3 May, ordered a halt to a late-stage trial "
      "of an experimental drug.", "2024-05-03", "regulator orders halt to trial", NULL },
    /* a time that opens the clause after a semicolon dates that clause */
    { "The bank last sold gold in March 2023; a year earlier it had bought about two tonnes.",
      "2022-03", "bought two tonnes", NULL },
    { "Protests spread to the north in March; in April, security forces shot dead 40 people.",
      "2024-04", "security forces shoot dead", NULL },
    /* a long phrase of place between the verb and its time; an aside that counts the
     * object's people */
    { "A tanker ran aground in the Chacao Channel between the Chilean mainland and the island "
      "of Chiloé in the early hours of Monday.", "2024-05-06", "tanker runs aground", NULL },
    { "Measles killed 83 people, most of them young children, in neighbouring Samoa in late "
      "2019.", "2019", "measles kill 83 people", NULL },
    /* where a happening took place, over two phrases, between its noun and the time */
    { "A smaller fire in a ventilation shaft on the Blue Line in October 2021 closed two "
      "stations for a day.", "2021-10", "smaller fire closes two stations", NULL },
    /* a past progressive tells what was going on; a time of several words after "and" opens
     * a clause; telling someone to do something is a happening, as ordering it is */
    { "A record 982 patients were waiting on trolleys across Ireland on Monday.", "2024-05-06",
      "patients waiting trolleys", NULL },
    { "Flu cases rose on Thursday, and two days later the health service told hospitals to "
      "postpone all non-urgent surgery.", "2024-05-04", "tells hospitals to postpone", NULL },
    { "On Saturday, the city told about 600 households to stop using their wells.",
      "2024-05-04", "600 households stop using wells", NULL },
    /* what someone told reporters follows the "that" after where and when they told it,
     * a clock time read again in GMT included */
    { "Marine biologist Clare Azzopardi told reporters at the authority's offices at 3:30 p.m. "
      "(1330 GMT) on Monday that chains had cut trenches through the meadows.", "2024-05-06",
      "azzopardi tells chains had cut trenches", "gmt" },
    /* an appositive with a relative clause between the verb and its time */
    { "A flash flood swept through the canyon, the narrow gorge that leads into the old "
      "city, on Saturday afternoon, killing a guide.", "2024-05-04", "flash flood canyon", NULL },
    /* … or one that says what the body was then */
    { "Colombia signed a peace agreement with the FARC, then the country's largest rebel "
      "army, in 2016.", "2016", "peace agreement", NULL },
    { "Peru signed a truce with the Shining Path, then the country's largest armed group, in "
      "1999.", "1999", "truce", NULL },
    /* a verbless aside between the subject and its verb leaves the subject in the label */
    { "The recording, about four minutes long, was posted on Sunday by a news site.",
      "2024-05-05", "recording posted", NULL },
    /* a second verb after "and" has the first one's subject, with the phrase describing it */
    { "Police said two men in their twenties were stopped in a car park on Saturday, and were "
      "released without charge on Sunday.", "2024-05-05", "men released", NULL },
    /* a reporting word inside a compound noun ("a flood warning") is no verb */
    { "The weather service issued a flood warning for the highlands on Saturday.", "2024-05-04",
      "flood warning", NULL },
    /* a reporting word after "without" reports nothing and leaves the verb its event */
    { "The garment factory closed without warning on Saturday, owing 1,200 workers their wages.",
      "2024-05-04", "factory closed", NULL },
    /* two times joined by "and" between the subject and its verb: each dates the verb */
    { "Frosts on Friday night and again on Saturday night destroyed half of the grape crop.",
      "2024-05-03", "frosts destroy half of grape crop", NULL },
    { "Frosts on Friday night and again on Saturday night destroyed half of the grape crop.",
      "2024-05-04", "frosts destroy half of grape crop", NULL },
    /* "as" before a role is inside the clause, and an adverb of sequence before the verb is
     * no part of the label: "then elected" is "elect" */
    { "Lawmakers then elected the opposition leader as prime minister at 4:10 p.m. on Saturday, "
      "and she was sworn in that evening.", "2024-05-04", "lawmakers elect opposition leader as prime minister", "then" },
    { "The board appointed Kaltapau as chairwoman on Friday.", "2024-05-03",
      "board appoints kaltapau as chairwoman", NULL },
    /* a time opening a second verb phrase after "and" dates that verb, with the first
     * one's subject */
    { "Taiwan made the theft of trade secrets a crime in 2013, and in 2022 began treating the "
      "theft of key technologies as a threat to national security.", "2022",
      "taiwan begins treating theft", NULL },
    /* a reporting word after an article is a noun, the subject of what follows */
    { "A report published on Monday by a research group showed that spending had fallen.",
      "2024-05-06", "report published", NULL },
    { "The blast tore through a ballast tank on Monday.", "2024-05-06", "blast tore", NULL },
    /* a plural keeps its verb without an -s past an adverb after it */
    { "Salvadorans abroad sent home 8.5 billion dollars last year.", "2023",
      "salvadorans abroad send home", "sends" },
    /* "and" inside a body's name joins no two subjects: the body, one, bans */
    { "The Environment and Resources Authority on Monday banned boats from anchoring over the "
      "seagrass.", "2024-05-06", "environment and resources authority bans boats", NULL },
  };
  check_rows (rows, G_N_ELEMENTS (rows));
}

static void
test_fronted_time (void)
{
  static const Row rows[] = {
    { "Last month the council opened a new bridge over the river.", "2024-04",
      "council bridge", NULL },
    { "Late on Friday a local radio station reported that the dam had cracked.", "2024-05-03",
      "radio station reports dam", NULL },
    /* a gerund that reports nothing, after the verb whose happening it is */
    { "Regulators in dozens of countries began recalling blood pressure medicines in July 2018.",
      "2018-07", "regulators begin recalling medicines", NULL },
    /* a subject of a dozen words between the comma and the verb */
    { "In June 2023, a fire on a cargo ship at a neighbouring yard killed two workers.",
      "2023-06", "fire kills two workers", NULL },
  };
  check_rows (rows, G_N_ELEMENTS (rows));
}

/* "since DATE, when …": the date bounds one thing and dates the clause after "when". */
static void
test_since_when (void)
{
  static const Row rows[] = {
    { "The port has been closed to tankers since March 2019, when a ferry sank in the harbour.",
      "2019-03", "ferry sank", NULL },
    { "Prices have doubled since 2021, when a drought and the fires that followed ruined the "
      "harvest.", "2021", "ruined harvest", NULL },
  };
  check_rows (rows, G_N_ELEMENTS (rows));
}

/* A date inside the name of a happening: "Saturday's election", "the 2015 summit". */
static void
test_named_happening (void)
{
  static const Row rows[] = {
    { "Turnout fell sharply after Saturday's local election.", "2024-05-04", "local election",
      "saturday" },
    { "The accord goes back to the 2015 climate summit in Paris.", "2015",
      "climate summit paris", NULL },
  };
  check_rows (rows, G_N_ELEMENTS (rows));
}

/* A reporting verb with the time before what it reports: the report is the happening. */
static void
test_dated_report (void)
{
  static const Row rows[] = {
    { "The ministry announced 40 new hospital beds on Friday, and the army sent tents.",
      "2024-05-03", "ministry announces hospital beds", "army" },
    { "The auditor said in a review in March that half of the money was missing.", "2024-03",
      "auditor says missing", "review" },
  };
  check_rows (rows, G_N_ELEMENTS (rows));
}

/* A reporting verb that carries no claim ("was reported", "been blamed") is a plain verb. */
static void
test_reporting_verb_as_verb (void)
{
  static const Row rows[] = {
    { "The first leak was reported in the third quarter of 2022.", "2022-Q3",
      "leak was reported", NULL },
    { "Cheap heaters had been blamed for 30 fires in the region last year.", "2023",
      "heaters blamed fires", NULL },
  };
  check_rows (rows, G_N_ELEMENTS (rows));
}

/* "one that closed the motorway in February": the verb of a relative clause after "that",
 * with the noun before it as its subject. "before dawn" belongs to the time. */
static void
test_clause_shapes (void)
{
  static const Row rows[] = {
    { "Police counted 12 crashes, including one that closed the motorway in February.",
      "2024-02", "one motorway", NULL },
    { "The storm hit before dawn on Thursday, cutting power.", "2024-05-02", "storm hit", NULL },
    { "Exports fell by 12% in March.", "2024-03", "exports fell 12%", NULL },
  };
  check_rows (rows, G_N_ELEMENTS (rows));
}

/* Nouns that name happenings in wire copy: proceedings, accidents; a noun that would stand
 * alone keeps its day ("Sunday's debate"). */
static void
test_event_nouns (void)
{
  static const Row rows[] = {
    { "The judge adjourned the case after a brief hearing on April 29.", "2024-04-29",
      "hearing", NULL },
    { "Police said there had been three collisions on the bridge in the first half of 2023.",
      "2023-H1", "collisions bridge", NULL },
    { "Viewers switched off during Sunday's debate.", "2024-05-05", "sunday's debate", NULL },
    /* in a phrase after its clause's verb, the noun says how: the verb is the happening */
    { "Rebels seized the town in a surprise offensive last week.", "2024-W18",
      "rebels seize town in surprise offensive", NULL },
  };
  check_rows (rows, G_N_ELEMENTS (rows));
}

/* Verb shapes: "had run out" (a participle like its base), "ended without agreement" (the
 * ending happened, not the agreement), "ships" before a past time (a noun, not a verb), and
 * "by" with a past time (the happening is done by then). */
static void
test_verb_shapes (void)
{
  static const Row rows[] = {
    { "Two pharmacies had run out of insulin on Thursday.", "2024-05-02", "pharmacies run out",
      NULL },
    { "The mediation ended without agreement in March.", "2024-03", "mediation ended", NULL },
    { "The terminal handled 2 million tonnes of incoming ships last year.", "2023",
      "terminal handled tonnes", NULL },
    { "Floodwater had reached the old town by Saturday afternoon.", "2024-05-04",
      "floodwater reached town", NULL },
  };
  check_rows (rows, G_N_ELEMENTS (rows));
}

/* Who did it, when the subject is not next to the verb: past an appositive participle, before
 * "but", or two nouns joined by "and" (which take a plural verb); the subject of the
 * participle phrase itself; the object of a verb in a reduced relative clause. */
static void
test_subjects (void)
{
  static const Row rows[] = {
    { "The ferry Northern Star, carrying 300 passengers, was struck by a cargo ship on Friday.",
      "2024-05-03", "ferry northern star was struck", NULL },
    { "The mayor had considered a toll on lorries but dropped the plan last month.", "2024-04",
      "mayor drops plan", NULL },
    { "Prices have doubled since 2021, when a drought and the fires that followed ruined the "
      "harvest.", "2021", "drought and fires ruined", NULL },
    { "Farmers and traders blocked the highway on Thursday.", "2024-05-02",
      "farmers and traders block highway", NULL },
    { "The ship, seized by pirates in 2019, was released on Friday.", "2019",
      "ship seized by pirates", NULL },
    { "The ship, seized by pirates in 2019, was released on Friday.", "2024-05-03",
      "ship was released", NULL },
    { "Activist Dana Ruiz, who was jailed in 2021 and freed last month, called for calm.",
      "2024-04", "dana ruiz freed", NULL },
    { "Talks between the two sides broke down on April 20.", "2024-04-20",
      "talks between two sides break down", NULL },
    /* "the bridge the army built": the noun before the subject is the object */
    { "The bridge the army built in 2019 was closed for repairs.", "2019", "army builds bridge",
      NULL },
    /* …but a verb before the noun phrase is no object */
    { "The council voted to adopt the rules passed in 2010.", "2010", "rules passed", "adopt" },
  };
  check_rows (rows, G_N_ELEMENTS (rows));
}

/* Labels that keep what matters: the -ing verb an event noun is the object of, an ordinal
 * on the subject, a report's content after "citing …, that" with its own verb, the
 * currency of an amount, a particle ("turned over"); not an aside (", which it believes
 * …"). */
static void
test_label_parts (void)
{
  static const Row rows[] = {
    { "Norland, which began leaving the Antarctic Treaty in January 2020, sent no envoy.",
      "2020-01", "norland begins leaving antarctic treaty", NULL },
    { "The first infections were confirmed on Tuesday.", "2024-04-30",
      "first infections were confirmed", NULL },
    /* the subject's name set off after it, then the time and the verb */
    { "The racing authority, the Manx Motorsport Council, on Thursday closed the course for "
      "the races.", "2024-05-02", "manx motorsport council closes course", NULL },
    /* a participle and its time set off after a noun: the noun is what happened to, not the
     * sentence's subject */
    { "The union is fighting the company's plan, announced last month, to cut 420 of the "
      "plant's jobs.", "2024-04", "company's plan to cut 420 announced", "union" },
    { "The Daily Ledger reported on Friday, citing two officials, that the agency suspects "
      "hundreds of the meters were faulty.", "2024-05-03",
      "daily ledger reports agency suspects meters", "citing" },
    { "The insurer paid $5 million to the families in March.", "2024-03",
      "insurer pays $5 million", NULL },
    { "Management of the course was turned over in 2013 to a private firm.", "2013",
      "was turned over", NULL },
    { "The watchdog said on Friday that banks had hidden losses, which it believes cost "
      "savers millions.", "2024-05-03", "watchdog says banks had hidden losses", "believes" },
    /* an -ing noun after the word that describes it is the subject; a place set off after
     * "near" stays inside the clause */
    { "Food poisoning struck about 180 guests at a wedding in the village of Shushicë, near "
      "Elbasan, on Friday night, the institute said on Saturday.", "2024-05-03",
      "food poisoning struck guests", NULL },
    /* … and so does a place told by its bearing from another, or as the two ends of a route */
    { "Thieves cut a panel from the excavation at Ulpiana, south of Pristina, overnight on "
      "Saturday, the culture ministry said on Monday.", "2024-05-04", "thieves cut panel", NULL },
    { "The Gambia suspended its busiest ferry crossing, between Banjul and Barra, on Tuesday "
      "after a vessel lost power, the ministry said.", "2024-04-30", "suspends busiest ferry crossing",
      NULL },
    /* a dateline's city may hold an abbreviation and a possessive */
    { "ST. GEORGE'S \xe2\x80\x94 Grenada on Tuesday stopped approving new citizenship applications, "
      "the committee said.", "2024-04-30", "grenada stops approving new citizenship applications",
      "george" },
    /* an entry in a register is a happening, not words */
    { "The bridge was rebuilt in 2004; UNESCO listed it as a World Heritage site the following "
      "year.", "2005", "unesco lists it as world heritage site", NULL },
    /* a list in the object, and a long one, stay in the clause of the verb before them */
    { "North Macedonia banned swimming, fishing and the use of lake water for drinking along "
      "a 12-kilometre stretch of Lake Ohrid's northern shore on Tuesday.", "2024-04-30",
      "north macedonia bans swimming", NULL },
    /* a relative clause opened by "that" describes the subject, whose verb comes after it */
    { "A male jaguar that escaped from a private zoo on the edge of the city was recaptured "
      "in a garden on Friday.", "2024-05-03", "male jaguar recaptured", "city" },
    { "The jaguar that escaped on Tuesday was recaptured.", "2024-04-30", "jaguar escaped",
      NULL },
    /* a plea is a happening of the trial, and its "not" stays; so is a time fronted before
     * it, and a name set off after a common noun is who pleaded */
    { "Three former managers pleaded not guilty to fraud on Wednesday.", "2024-05-01",
      "managers plead not guilty", NULL },
    { "In 2012, the hotelier pleaded guilty to making straw donations.", "2012",
      "hotelier pleads guilty", NULL },
    { "A former congressman, Mark Siljander, pleaded guilty in July 2010 to illegal lobbying.",
      "2010-07", "mark siljander pleads guilty", "congressman" },
    /* a participle that describes the subject is passed over to the clause's own verb */
    { "The agency said on Friday that a tanker embargoed for carrying fuel to the rebels was "
      "found moored off the coast.", "2024-05-03", "tanker was found moored", "carrying" },
  };
  check_rows (rows, G_N_ELEMENTS (rows));
}

/* A known news verb with an object reads as a headline, in the present tense, plural for
 * plurals without an -s ("gunmen", "police"). */
static void
test_headline_tense (void)
{
  static const Row rows[] = {
    { "Last month the council opened a new bridge over the river.", "2024-04",
      "council opens new bridge", NULL },
    { "A tanker rammed a fishing boat near the port on Saturday.", "2024-05-04",
      "tanker rams fishing boat", NULL },
    { "Police counted 12 crashes, including one that closed the motorway in February.",
      "2024-02", "one closes motorway", NULL },
    { "Gunmen killed 12 people in the north on Sunday, police said on Monday.", "2024-05-05",
      "gunmen kill 12 people", NULL },
    { "Gunmen killed 12 people in the north on Sunday, police said on Monday.", "2024-05-06",
      "police say", NULL },
  };
  check_rows (rows, G_N_ELEMENTS (rows));
}

/* An event is dated by its day, even when the text gives the time of day; a plural that
 * opens the sentence takes a plural verb. */
static void
test_day_of_time (void)
{
  g_autofree char *events = events_of ("Rescuers reached the village on Saturday night.");

  g_assert_true (has_event (events, "2024-05-04", "rescuers reach village", NULL));
  g_assert_null (strstr (events, "2024-05-04T"));
}

/* No event: the ends of a span, a yardstick, what only might have happened, the main clause
 * after a fronted "since …" whose time dates something else, a year that describes a thing
 * ("the 2017 model", "2005 levels"), a name that holds a day word ("USA
 * Today"); and a passive report is not labelled from the words before it. */
static void
test_not_happenings (void)
{
  g_autofree char *span = events_of ("The heaters were sold between June 2022 and May 2023.");
  g_autofree char *modal = events_of ("Officials said the inquiry could have ended in April.");
  g_autofree char *than = events_of ("The mine produced less ore than last year.");
  g_autofree char *since = events_of ("Since taking office in 2022, the governor has raised "
                                      "rates twice.");
  g_autofree char *model = events_of ("A slide shows what the 2017 model would cost with a tariff.");
  g_autofree char *levels = events_of ("Emissions fell to 30 percent below 2005 levels.");
  g_autofree char *paper = events_of ("\u201cWe were there legally,\u201d Figueroa told USA Today.");
  g_autofree char *passive = events_of ("For instance, calls for an inquiry were rejected by the "
                                        "council in 2015.");
  /* the denial is not dated by the time of what it denies */
  g_autofree char *gerund = events_of ("The cooperative denied doing any blasting that week.");
  /* a time in a relative clause before the verb is no time of the verb */
  g_autofree char *relative = events_of ("The weather service, which issued a heat warning on "
                                         "Friday, May 3, expects temperatures to stay high.");
  /* clock times on days written after "on" bound a span as the days alone would */
  g_autofree char *clocks = events_of ("Monitors counted 43 violations between 6 p.m. on Tuesday "
                                       "and 5 a.m. on Wednesday.");
  /* the day of a clock time dates one happening, not a second one from its "when" clause */
  g_autofree char *stoppage = events_of ("The stoppage began shortly after 11 p.m. on Sunday, when "
                                         "the night shift downed tools.");

  /* a time given again in GMT in brackets dates nothing of its own, though it falls on the
   * day before */
  {
    g_autofree char *gmt = events_of ("The first guests reached the hospital at around 1 a.m. "
                                      "on Sunday (2300 GMT) with a high fever.");

    g_assert_true (dated (gmt, "2024-05-05"));
    g_assert_false (dated (gmt, "2024-05-04"));
  }
  /* a participle that describes a noun, before a clause in "would", is no happening */
  {
    g_autofree char *refund = events_of ("The minister said that tickets bought for this week "
                                         "would be refunded.");

    g_assert_false (dated (refund, "2024-W19"));
  }
  /* nor is what a noun of happening would do in the season already under way */
  {
    g_autofree char *cost = events_of ("Vella said the ban would cost operators about 4 million "
                                       "euros this spring.");

    g_assert_false (dated (cost, "2024-SP"));
  }
  /* what would have been had something else not happened is no happening */
  {
    g_autofree char *would = events_of ("Biologists estimated that a jaguar can travel 20 "
                                        "kilometres a day, far enough to have reached the forest "
                                        "by Monday evening had it not been found.");

    g_assert_false (dated (would, "2024-05-06"));
  }
  g_assert_false (dated (clocks, "2024-04-30"));
  g_assert_false (dated (clocks, "2024-05-01"));
  g_assert_true (has_event (stoppage, "2024-05-05", "stoppage began", NULL));
  g_assert_false (has_event (stoppage, "2024-05-05", "night shift", NULL));
  g_assert_false (dated (span, "2022-06"));
  g_assert_false (dated (span, "2023-05"));
  g_assert_false (dated (modal, "2024-04"));
  g_assert_false (dated (than, "2023"));
  g_assert_false (dated (since, "2022"));
  g_assert_false (dated (model, "2017"));
  g_assert_false (dated (levels, "2005"));
  g_assert_false (dated (paper, "2024-05-06"));
  g_assert_null (strstr (passive, "instance"));
  g_assert_null (strstr (gerund, "denies"));
  g_assert_null (strstr (relative, "xpects"));
}

int
main (int argc, char **argv)
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  extractor = sl_extractor_new ();
  g_test_add_func ("/events-news/fronted-time", test_fronted_time);
  g_test_add_func ("/events-news/subject-phrases", test_subject_phrases);
  g_test_add_func ("/events-news/since-when", test_since_when);
  g_test_add_func ("/events-news/named-happening", test_named_happening);
  g_test_add_func ("/events-news/dated-report", test_dated_report);
  g_test_add_func ("/events-news/reporting-verb-as-verb", test_reporting_verb_as_verb);
  g_test_add_func ("/events-news/clause-shapes", test_clause_shapes);
  g_test_add_func ("/events-news/event-nouns", test_event_nouns);
  g_test_add_func ("/events-news/verb-shapes", test_verb_shapes);
  g_test_add_func ("/events-news/headline-tense", test_headline_tense);
  g_test_add_func ("/events-news/subjects", test_subjects);
  g_test_add_func ("/events-news/label-parts", test_label_parts);
  g_test_add_func ("/events-news/day-of-time", test_day_of_time);
  g_test_add_func ("/events-news/not-happenings", test_not_happenings);
  ret = g_test_run ();
  sl_extractor_free (extractor);
  return ret;
}
