/* Project store: what an analyst would lose if it went wrong — articles, what was found in
 * them, and above all their own corrections, through re-extraction, crashes, full disks and
 * files that are not what they seem. */
#include <glib/gstdio.h>
#include <math.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ingest/sl-ingest.h"
#include "store/sl-project-store.h"

/* a fresh folder per run, so no earlier run can decide a result */
static char *tmpdir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

static SlDocument *
make_doc (const char *title, const char *text)
{
  SlDocument *d = sl_document_new ();

  d->path = g_strdup_printf ("/articles/%s.txt", title);
  d->title = g_strdup (title);
  d->outlet = g_strdup ("Meridian Wire");
  d->text = g_strdup (text);
  d->text_len = strlen (text);
  d->dct.year = 2024;
  d->dct.month = 5;
  d->dct.day = 2;
  d->dct.prec = SL_PREC_DAY;
  d->dct_source = SL_DCT_METADATA;
  return d;
}

static const char veto_text[] =
  "At the Security Council meeting on March 28, Russia vetoed the panel's renewal.";
static const char oil_text[] =
  "Kirby said on May 2 that Russia sent more than 165,000 barrels of oil in March.";

static guint32
add_event (SlModel *model, guint32 doc, const char *label, const char *value, guint32 timex,
           guint32 sb, guint32 se, guint32 claim, guint32 actor)
{
  SlEvent e = { 0 };

  g_assert_true (sl_time_interval_from_value (value, SL_MOD_NONE, &e.start, &e.end_t));
  e.doc = doc;
  e.label = sl_model_intern (model, label);
  e.when = sl_model_intern (model, value);
  e.timex = timex;
  e.sentence_begin = sb;
  e.sentence_end = se;
  e.category = SL_CATEGORY_DIPLOMATIC;
  return sl_model_add_event (model, &e, &claim, claim != SL_NONE, &actor, actor != SL_NONE);
}

static guint32
add_timex (SlModel *model, guint32 doc, const char *text, const char *needle, const char *value)
{
  SlTimex t = { 0 };
  const char *at = strstr (text, needle);

  g_assert_nonnull (at);
  t.doc = doc;
  t.begin = at - text;
  t.end = t.begin + strlen (needle);
  t.value = sl_model_intern (model, value);
  g_assert_true (sl_time_interval_from_value (value, SL_MOD_NONE, &t.start, &t.end_t));
  return sl_model_add_timex (model, &t);
}

/* What an extractor would find in the two articles; `extra` adds an event a better extractor
 * finds, placed first so that every index shifts. */
static SlModel *
extracted_model (gboolean extra)
{
  SlModel *model = sl_model_new ();
  g_autoptr (SlDocument) a = make_doc ("veto", veto_text);
  g_autoptr (SlDocument) b = make_doc ("oil", oil_text);
  guint32 da, db, outlet, russia, kirby, c_outlet, c_kirby, t_veto, t_may, t_march;
  SlClaim c = { .via = SL_NONE };

  da = sl_ingest_add_to_model (model, a);
  db = sl_ingest_add_to_model (model, b);
  outlet = sl_model_add_source (model, "Meridian Wire", SL_SOURCE_OUTLET, NULL);
  russia = sl_model_add_source (model, "Russia", SL_SOURCE_COUNTRY, NULL);
  kirby = sl_model_add_source (model, "John Kirby", SL_SOURCE_PERSON,
                               "US National Security Communications Advisor");
  sl_model_add_source_alias (model, kirby, "Kirby");
  c.doc = db;
  c.source = outlet;
  c.cue = sl_model_intern (model, "reports");
  c.stance = SL_STANCE_REPORT;
  c_outlet = sl_model_add_claim (model, &c);
  c.source = kirby;
  c.via = c_outlet;
  c.cue = sl_model_intern (model, "said");
  c.stance = SL_STANCE_ASSERT;
  c.said_on = sl_model_intern (model, "2024-05-02");
  c.cue_begin = 6;
  c.cue_end = 10;
  c_kirby = sl_model_add_claim (model, &c);

  t_veto = add_timex (model, da, veto_text, "March 28", "2024-03-28");
  t_may = add_timex (model, db, oil_text, "May 2", "2024-05-02");
  t_march = add_timex (model, db, oil_text, "March", "2024-03");
  if (extra)
    add_event (model, db, "Oil shipments continue", "2024-03", t_march, 0, sizeof oil_text - 1,
               SL_NONE, SL_NONE);
  add_event (model, da, "Russia vetoes panel renewal", "2024-03-28", t_veto, 0,
             sizeof veto_text - 1, SL_NONE, russia);
  add_event (model, db, "Kirby statement on oil", "2024-05-02", t_may, 0, sizeof oil_text - 1,
             c_kirby, kirby);
  return model;
}

static guint32
event_labelled (SlModel *model, const char *label)
{
  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    if (g_strcmp0 (sl_model_str (model, sl_model_event (model, e)->label), label) == 0)
      return e;
  return SL_NONE;
}

static SlProjectStore *
saved_project (const char *name, SlModel **model_out)
{
  g_autofree char *path = tmp_path (name);
  g_autoptr (GError) error = NULL;
  SlProjectStore *store = sl_project_store_open (path, TRUE, &error);
  SlModel *model = extracted_model (FALSE);

  g_assert_no_error (error);
  g_assert_true (sl_project_store_save_model (store, model, &error));
  g_assert_no_error (error);
  if (model_out)
    *model_out = model;
  else
    sl_model_unref (model);
  return store;
}

static void
test_documents_round_trip (void)
{
  g_autofree char *path = tmp_path ("docs.sourceline");
  g_autoptr (GError) error = NULL;
  g_autoptr (SlDocument) a = make_doc ("veto", "Russia vetoed the resolution on March 28.");
  g_autoptr (SlDocument) b = make_doc ("oil", "Kirby said on May 2 that oil was shipped.");
  /* the same article saved twice, with different line breaks */
  g_autoptr (SlDocument) a2 = make_doc ("veto-copy", "Russia vetoed the resolution\non March 28.");
  SlDocument *batch[] = { a, b, a2 };
  guint added = 0, dups = 0;

  {
    g_autoptr (SlProjectStore) store = sl_project_store_open (path, TRUE, &error);
    g_assert_no_error (error);
    g_assert_true (sl_project_store_add_documents (store, batch, 3, &added, &dups, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (added, ==, 2);
    g_assert_cmpuint (dups, ==, 1);
  }
  {
    g_autoptr (SlProjectStore) store = sl_project_store_open (path, FALSE, &error);
    g_autoptr (GPtrArray) docs = NULL;
    SlDocument *first;

    g_assert_no_error (error);
    g_assert_cmpuint (sl_project_store_n_documents (store), ==, 2);
    docs = sl_project_store_read_documents (store, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (docs->len, ==, 2);
    first = g_ptr_array_index (docs, 0);
    g_assert_cmpstr (first->title, ==, "veto");
    g_assert_cmpstr (first->outlet, ==, "Meridian Wire");
    g_assert_cmpstr (first->text, ==, "Russia vetoed the resolution on March 28.");
    g_assert_cmpint (first->dct.day, ==, 2);
    g_assert_cmpint (first->dct_source, ==, SL_DCT_METADATA);
  }
}

static void
test_model_round_trip (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlModel) before = NULL;
  g_autoptr (SlModel) after = NULL;
  g_autoptr (GArray) chain = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint32 kirby_event, kirby;
  const SlEvent *e;
  gsize len;

  g_clear_pointer (&before, sl_model_unref);
  {
    g_autoptr (SlProjectStore) store = saved_project ("model.sourceline", &before);
  }
  {
    g_autofree char *path = tmp_path ("model.sourceline");
    g_autoptr (SlProjectStore) store = sl_project_store_open (path, FALSE, &error);
    g_assert_no_error (error);
    after = sl_project_store_load_model (store, NULL, NULL, NULL, &error);
    g_assert_no_error (error);
  }
  /* the model outlives its store: texts still come from the file */
  g_assert_cmpuint (sl_model_n_docs (after), ==, 2);
  g_assert_cmpstr (sl_model_doc_text (after, 1, &len), ==, oil_text);
  g_assert_cmpuint (len, ==, strlen (oil_text));
  g_assert_cmpstr (sl_model_str (after, sl_model_doc (after, 0)->dct), ==, "2024-05-02");
  g_assert_cmpuint (sl_model_n_sources (after), ==, 3);
  g_assert_cmpuint (sl_model_n_claims (after), ==, 2);
  g_assert_cmpuint (sl_model_n_timexes (after), ==, 3);
  g_assert_cmpuint (sl_model_n_events (after), ==, 2);

  kirby = sl_model_find_source (after, "Kirby");
  g_assert_cmpuint (kirby, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (after, sl_model_source (after, kirby)->title), ==,
                   "US National Security Communications Advisor");
  kirby_event = event_labelled (after, "Kirby statement on oil");
  e = sl_model_event (after, kirby_event);
  g_assert_cmpint (e->start, ==, sl_time_from_ymd (2024, 5, 2));
  g_assert_cmpint (e->category, ==, SL_CATEGORY_DIPLOMATIC);
  /* the via chain survives: outlet → Kirby */
  sl_model_event_sources (after, kirby_event, chain);
  g_assert_cmpuint (chain->len, ==, 2);
  g_assert_cmpstr (sl_model_str (after, sl_model_source (after, g_array_index (chain, guint32, 0))->name),
                   ==, "Meridian Wire");
  g_assert_cmpuint (g_array_index (chain, guint32, 1), ==, kirby);
  g_assert_cmpstr (sl_model_str (after, sl_model_claim (after, 1)->said_on), ==, "2024-05-02");
}

/* "…, Reuters said on April 25, citing RUSI": the cited claim comes first in the text but goes
 * through one found after it. */
static void
test_forward_via (void)
{
  g_autofree char *path = tmp_path ("forward.sourceline");
  g_autoptr (GError) error = NULL;
  g_autoptr (SlModel) model = extracted_model (FALSE);
  g_autoptr (SlModel) back = NULL;
  SlClaim c = { .via = SL_NONE, .doc = 1 };
  guint32 rusi, reuters, first;

  c.source = sl_model_add_source (model, "RUSI", SL_SOURCE_ORGANIZATION, NULL);
  rusi = sl_model_add_claim (model, &c);
  c.source = sl_model_add_source (model, "Reuters", SL_SOURCE_OUTLET, NULL);
  reuters = sl_model_add_claim (model, &c);
  sl_model_claim_mut (model, rusi)->via = reuters;
  {
    g_autoptr (SlProjectStore) store = sl_project_store_open (path, TRUE, &error);
    g_assert_true (sl_project_store_save_model (store, model, &error));
    g_assert_no_error (error);
    back = sl_project_store_load_model (store, NULL, NULL, NULL, &error);
    g_assert_no_error (error);
  }
  first = sl_model_n_claims (back) - 2;
  g_assert_cmpuint (sl_model_claim (back, first)->via, ==, first + 1);
  g_assert_cmpstr (sl_model_str (back, sl_model_source (back, sl_model_claim (back, first + 1)->source)->name),
                   ==, "Reuters");
}

/* How SQLite would look up the claims that name claim 1 as their via: the check it makes for
 * every claim saved once one claim points forward. */
static char *
via_lookup_plan (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *st = NULL;
  GString *plan = g_string_new (NULL);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "EXPLAIN QUERY PLAN SELECT 1 FROM claims WHERE via = 1",
                                       -1, &st, NULL), ==, SQLITE_OK);
  while (sqlite3_step (st) == SQLITE_ROW)
    g_string_append_printf (plan, "%s\n", (const char *) sqlite3_column_text (st, 3));
  sqlite3_finalize (st);
  sqlite3_close (db);
  return g_string_free (plan, FALSE);
}

/* Saving a long article whose claims point forward must not scan the claims table once per
 * claim (a 50 MB article took a quarter of an hour): the via lookup goes through an index, in
 * new projects and in projects written before the index existed. */
static void
test_via_lookup_indexed (void)
{
  g_autofree char *path = tmp_path ("via-index.sourceline");
  g_autoptr (GError) error = NULL;
  g_autofree char *plan = NULL;

  {
    g_autoptr (SlProjectStore) store = sl_project_store_open (path, TRUE, &error);
    g_assert_no_error (error);
  }
  plan = via_lookup_plan (path);
  g_test_message ("plan: %s", plan);
  g_assert_nonnull (strstr (plan, "INDEX"));
  g_assert_null (strstr (plan, "SCAN claims\n"));

  /* an older project, without the index: opening it for writing adds it */
  {
    sqlite3 *db = NULL;
    g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "DROP INDEX claims_via", NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (db);
  }
  g_clear_pointer (&plan, g_free);
  plan = via_lookup_plan (path);
  g_assert_null (strstr (plan, "INDEX"));
  {
    g_autoptr (SlProjectStore) store = sl_project_store_open (path, TRUE, &error);
    g_assert_no_error (error);
  }
  g_clear_pointer (&plan, g_free);
  plan = via_lookup_plan (path);
  g_assert_nonnull (strstr (plan, "INDEX"));
}

/* Save As of an open project: the copy holds what the write-ahead log still holds. */
static void
test_copy_open_project (void)
{
  g_autofree char *to = tmp_path ("copy.sourceline");
  g_autoptr (GError) error = NULL;
  g_autoptr (SlModel) model = NULL;
  g_autoptr (SlProjectStore) store = saved_project ("original.sourceline", &model);
  g_autofree char *key = sl_project_event_key (model, 0);
  g_autofree char *from = tmp_path ("original.sourceline");

  g_assert_cmpint (sl_project_store_add_edit (store, model, SL_EDIT_EVENT_LABEL, key, "Copied",
                                              NULL, 0, &error), >, 0);
  g_assert_true (sl_project_store_copy (from, to, &error));
  g_assert_no_error (error);
  {
    g_autoptr (SlProjectStore) copy = sl_project_store_open (to, FALSE, &error);
    g_autoptr (SlModel) back = sl_project_store_load_model (copy, NULL, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (sl_model_n_events (back), ==, 2);
    g_assert_cmpuint (event_labelled (back, "Copied"), !=, SL_NONE);
  }
  /* an existing file is not overwritten */
  g_assert_false (sl_project_store_copy (from, to, &error));
  g_assert_nonnull (error);
}

static void
test_incremental_save (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = tmp_path ("grow.sourceline");
  g_autoptr (SlDocument) c = make_doc ("third", "A third article appeared on May 6.");

  {
    g_autoptr (SlProjectStore) store = saved_project ("grow.sourceline", NULL);
    g_autoptr (SlModel) model = sl_project_store_load_model (store, NULL, NULL, NULL, &error);
    guint32 doc;

    g_assert_no_error (error);
    doc = sl_ingest_add_to_model (model, c);
    add_event (model, doc, "Third article", "2024-05-06", SL_NONE, 0, 10, SL_NONE, SL_NONE);
    g_assert_true (sl_project_store_save_model (store, model, &error));
    g_assert_no_error (error);
  }
  {
    g_autoptr (SlProjectStore) store = sl_project_store_open (path, FALSE, &error);
    g_autoptr (SlModel) model = sl_project_store_load_model (store, NULL, NULL, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (sl_model_n_docs (model), ==, 3);
    g_assert_cmpuint (sl_model_n_events (model), ==, 3);
    g_assert_cmpuint (event_labelled (model, "Third article"), !=, SL_NONE);
    g_assert_cmpstr (sl_model_doc_text (model, 2, NULL), ==, "A third article appeared on May 6.");
  }
}

/* One edit of every kind, then a re-extraction that finds more and shifts every index:
 * every judgement is still there. */
static void
test_edits_survive_reextraction (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlModel) model = NULL;
  g_autoptr (SlProjectStore) store = saved_project ("edits.sourceline", &model);
  g_autoptr (SlModel) again = NULL;
  g_autoptr (SlModel) reread = NULL;
  g_autofree char *veto_key = sl_project_event_key (model, event_labelled (model, "Russia vetoes panel renewal"));
  g_autofree char *kirby_key = sl_project_event_key (model, event_labelled (model, "Kirby statement on oil"));
  g_autofree char *kirby_src = sl_project_source_key (model, sl_model_find_source (model, "John Kirby"));
  g_autofree char *russia_src = sl_project_source_key (model, sl_model_find_source (model, "Russia"));
  g_autofree char *outlet_src = sl_project_source_key (model, sl_model_find_source (model, "Meridian Wire"));
  guint32 e, s;
  GArray *found;

  g_assert_cmpint (sl_project_store_add_edit (store, model, SL_EDIT_EVENT_DATE, veto_key,
                                              "2024-03-27", NULL, SL_MOD_NONE, &error), >, 0);
  g_assert_cmpint (sl_project_store_add_edit (store, model, SL_EDIT_EVENT_LABEL, veto_key,
                                              "Russia blocks the sanctions panel", NULL, 0, &error), >, 0);
  g_assert_cmpint (sl_project_store_add_edit (store, model, SL_EDIT_EVENT_NOTE, veto_key,
                                              "Check the vote count", NULL, 0, &error), >, 0);
  g_assert_cmpint (sl_project_store_add_edit (store, model, SL_EDIT_EVENT_HIDDEN, kirby_key,
                                              NULL, NULL, 1, &error), >, 0);
  g_assert_cmpint (sl_project_store_add_edit (store, model, SL_EDIT_SOURCE_GRADE, kirby_src,
                                              "B2", NULL, 0, &error), >, 0);
  g_assert_cmpint (sl_project_store_add_edit (store, model, SL_EDIT_SOURCE_RENAME, russia_src,
                                              "Russian Federation", NULL, 0, &error), >, 0);
  g_assert_cmpint (sl_project_store_add_edit (store, model, SL_EDIT_SOURCE_MERGE, outlet_src,
                                              "S:john kirby", NULL, 0, &error), >, 0);
  g_assert_cmpint (sl_project_store_add_edit (store, model, SL_EDIT_MANUAL_EVENT, NULL,
                                              "Panel's mandate expires", "2024-04-30",
                                              SL_MOD_NONE, &error), >, 0);
  g_assert_no_error (error);
  /* the edits already show in the model they were made on */
  e = event_labelled (model, "Russia blocks the sanctions panel");
  g_assert_cmpuint (e, !=, SL_NONE);
  g_assert_cmpint (sl_model_event (model, e)->start, ==, sl_time_from_ymd (2024, 3, 27));

  /* a better extractor runs over the same articles */
  again = extracted_model (TRUE);
  g_assert_true (sl_project_store_replace_model (store, again, &error));
  g_assert_no_error (error);
  reread = sl_project_store_load_model (store, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  e = event_labelled (reread, "Russia blocks the sanctions panel");
  g_assert_cmpuint (e, !=, SL_NONE);
  g_assert_cmpstr (sl_model_str (reread, sl_model_event (reread, e)->when), ==, "2024-03-27");
  g_assert_cmpint (sl_model_event (reread, e)->start, ==, sl_time_from_ymd (2024, 3, 27));
  g_assert_cmpstr (sl_model_event_note (reread, e), ==, "Check the vote count");
  g_assert_true (sl_model_event (reread, e)->flags & SL_EVENT_EDITED);

  e = event_labelled (reread, "Kirby statement on oil");
  g_assert_true (sl_model_event (reread, e)->flags & SL_EVENT_HIDDEN);
  /* hidden events leave the views */
  found = g_array_new (FALSE, FALSE, sizeof (guint32));
  sl_model_events_in_range (reread, sl_time_from_ymd (2024, 5, 1), sl_time_from_ymd (2024, 5, 3), found);
  g_assert_cmpuint (found->len, ==, 0);
  g_array_unref (found);

  s = sl_model_find_source (reread, "John Kirby");
  g_assert_cmpint (sl_model_source (reread, s)->reliability, ==, 'B');
  g_assert_cmpint (sl_model_source (reread, s)->credibility, ==, '2');
  g_assert_cmpstr (sl_model_str (reread, sl_model_source (reread, sl_model_find_source (reread, "Russia"))->name),
                   ==, "Russian Federation");
  /* the outlet was merged into Kirby: its claims are his now */
  g_assert_cmpuint (sl_model_source (reread, sl_model_find_source (reread, "Meridian Wire"))->merged_into, ==, SL_NONE);
  g_assert_cmpuint (sl_model_find_source (reread, "Meridian Wire"), ==, s);
  g_assert_cmpuint (sl_model_source (reread, s)->n_claims, ==, 2);

  e = event_labelled (reread, "Panel's mandate expires");
  g_assert_cmpuint (e, !=, SL_NONE);
  g_assert_true (sl_model_event (reread, e)->flags & SL_EVENT_MANUAL);
  g_assert_cmpint (sl_model_event (reread, e)->start, ==, sl_time_from_ymd (2024, 4, 30));
  /* the better extractor's own new event is there too */
  g_assert_cmpuint (event_labelled (reread, "Oil shipments continue"), !=, SL_NONE);
}

static void
test_undo_redo (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlModel) model = NULL;
  g_autoptr (SlProjectStore) store = saved_project ("undo.sourceline", &model);
  g_autofree char *veto_key = sl_project_event_key (model, event_labelled (model, "Russia vetoes panel renewal"));
  SlModel *m;

  g_assert_false (sl_project_store_can_undo (store));
  sl_project_store_add_edit (store, model, SL_EDIT_EVENT_LABEL, veto_key, "First", NULL, 0, &error);
  sl_project_store_add_edit (store, model, SL_EDIT_EVENT_LABEL, veto_key, "Second", NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_true (sl_project_store_can_undo (store));
  g_assert_false (sl_project_store_can_redo (store));

  g_assert_true (sl_project_store_undo (store, &error));
  m = sl_project_store_load_model (store, NULL, NULL, NULL, &error);
  g_assert_cmpuint (event_labelled (m, "First"), !=, SL_NONE);
  g_assert_cmpuint (event_labelled (m, "Second"), ==, SL_NONE);
  sl_model_unref (m);
  g_assert_true (sl_project_store_can_redo (store));

  g_assert_true (sl_project_store_redo (store, &error));
  m = sl_project_store_load_model (store, NULL, NULL, NULL, &error);
  g_assert_cmpuint (event_labelled (m, "Second"), !=, SL_NONE);
  sl_model_unref (m);

  /* undo twice, then a new edit: nothing is left to redo */
  sl_project_store_undo (store, NULL);
  sl_project_store_undo (store, NULL);
  g_assert_false (sl_project_store_can_undo (store));
  g_assert_false (sl_project_store_undo (store, &error));
  g_assert_error (error, SL_STORE_ERROR, SL_STORE_ERROR_NOTHING_TO_UNDO);
  g_clear_error (&error);
  sl_project_store_add_edit (store, NULL, SL_EDIT_EVENT_LABEL, veto_key, "Third", NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_false (sl_project_store_can_redo (store));
}

static void
test_search (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlModel) model = NULL;
  g_autoptr (SlProjectStore) store = saved_project ("search.sourceline", &model);
  g_autoptr (GArray) events = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) sources = g_array_new (FALSE, FALSE, sizeof (guint32));

  g_assert_true (sl_project_store_search (store, "veto", events, sources, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 1);
  g_assert_cmpuint (g_array_index (events, guint32, 0), ==,
                    event_labelled (model, "Russia vetoes panel renewal"));
  g_array_set_size (events, 0);
  /* words of the sentence count, not only the label; prefixes match as you type */
  g_assert_true (sl_project_store_search (store, "barr", events, NULL, &error));
  g_assert_cmpuint (events->len, ==, 1);
  g_assert_true (sl_project_store_search (store, "kirb", NULL, sources, &error));
  g_assert_cmpuint (sources->len, ==, 1);
  g_assert_cmpuint (g_array_index (sources, guint32, 0), ==, sl_model_find_source (model, "Kirby"));
  /* search syntax typed by a user is text, not a query language */
  g_array_set_size (events, 0);
  g_assert_true (sl_project_store_search (store, "\"NEAR( OR *", events, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 0);
}

static void
test_foreign_files_untouched (void)
{
  g_autofree char *text = tmp_path ("notes.sourceline");
  g_autofree char *other = tmp_path ("other.sourceline");
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr (GError) error = NULL;
  SlProjectStore *store;
  gsize len = 0;

  g_assert_true (g_file_set_contents (text, "these are my notes\n", -1, NULL));
  store = sl_project_store_open (text, TRUE, &error);
  g_assert_null (store);
  g_assert_error (error, SL_STORE_ERROR, SL_STORE_ERROR_NOT_A_PROJECT);
  g_assert_nonnull (strstr (error->message, "not a Sourceline project"));
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (text, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "these are my notes\n");
  g_clear_pointer (&after, g_free);

  /* an SQLite database of another program */
  {
    sqlite3 *db;
    g_assert_cmpint (sqlite3_open (other, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", NULL, NULL,
                                   NULL), ==, SQLITE_OK);
    sqlite3_close (db);
  }
  g_assert_true (g_file_get_contents (other, &before, &len, NULL));
  store = sl_project_store_open (other, TRUE, &error);
  g_assert_null (store);
  g_assert_error (error, SL_STORE_ERROR, SL_STORE_ERROR_NOT_A_PROJECT);
  g_assert_nonnull (strstr (error->message, "another program"));
  g_assert_true (g_file_get_contents (other, &after, NULL, NULL));
  g_assert_cmpmem (before, len, after, len);
}

static void
test_too_new_untouched (void)
{
  g_autofree char *path = tmp_path ("future.sourceline");
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr (GError) error = NULL;
  gsize len = 0, len2 = 0;

  sl_project_store_close (saved_project ("future.sourceline", NULL));
  {
    sqlite3 *db;
    g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (db);
  }
  g_assert_true (g_file_get_contents (path, &before, &len, NULL));
  g_assert_null (sl_project_store_open (path, FALSE, &error));
  g_assert_error (error, SL_STORE_ERROR, SL_STORE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer Sourceline"));
  g_assert_true (g_file_get_contents (path, &after, &len2, NULL));
  g_assert_cmpmem (before, len, after, len2);
}

static void
test_truncated_project (void)
{
  g_autofree char *path = tmp_path ("cut.sourceline");
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  gsize len = 0;

  sl_project_store_close (saved_project ("cut.sourceline", NULL));
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 4096);
  /* a mail attachment cut short */
  g_assert_true (g_file_set_contents (path, contents, len / 3, NULL));
  {
    g_autoptr (SlProjectStore) store = sl_project_store_open (path, FALSE, &error);
    g_autoptr (SlModel) model = store ? sl_project_store_load_model (store, NULL, NULL, NULL, &error) : NULL;
    g_assert_null (model);
    g_assert_nonnull (error);
    g_assert_true (error->code == SL_STORE_ERROR_CORRUPT || error->code == SL_STORE_ERROR_NOT_A_PROJECT);
  }
}

static void
test_read_only (void)
{
  g_autofree char *path = tmp_path ("ro.sourceline");
  g_autoptr (GError) error = NULL;
  g_autoptr (SlProjectStore) store = NULL;
  g_autoptr (SlModel) model = NULL;
  g_autofree char *key = NULL;

  sl_project_store_close (saved_project ("ro.sourceline", NULL));
  store = sl_project_store_open_read_only (path, &error);
  g_assert_no_error (error);
  g_assert_true (sl_project_store_is_read_only (store));
  model = sl_project_store_load_model (store, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sl_model_n_events (model), ==, 2);
  key = sl_project_event_key (model, 0);
  g_assert_cmpint (sl_project_store_add_edit (store, model, SL_EDIT_EVENT_LABEL, key, "x", NULL, 0,
                                              &error), <, 0);
  g_assert_error (error, SL_STORE_ERROR, SL_STORE_ERROR_READ_ONLY);
  g_assert_false (sl_project_store_can_undo (store));
}

/* A project in a folder the user may not write (a colleague's share, a mounted archive):
 * SQLite cannot make the shared-memory file it reads a WAL project through, and the project
 * must still open for reading, texts included. A dangling link in place of that file stands
 * in for the unwritable folder, so the test also holds when run as root. */
static void
test_read_only_folder (void)
{
  g_autofree char *path = tmp_path ("shared.sourceline");
  g_autofree char *shm = tmp_path ("shared.sourceline-shm");
  g_autoptr (GError) error = NULL;
  g_autoptr (SlProjectStore) store = NULL;
  g_autoptr (SlModel) model = NULL;
  gsize len;

  sl_project_store_close (saved_project ("shared.sourceline", NULL));
  g_assert_cmpint (symlink ("/nonexistent/folder/shm", shm), ==, 0);
  store = sl_project_store_open_read_only (path, &error);
  g_assert_no_error (error);
  model = sl_project_store_load_model (store, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sl_model_n_events (model), ==, 2);
  g_assert_cmpstr (sl_model_doc_text (model, 1, &len), ==, oil_text);
  g_clear_pointer (&model, sl_model_unref);
  g_clear_pointer (&store, sl_project_store_close);
  g_assert_cmpint (g_unlink (shm), ==, 0);
}

static void
test_locked (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = tmp_path ("locked.sourceline");
  g_autoptr (SlModel) model = NULL;
  g_autoptr (SlProjectStore) store = saved_project ("locked.sourceline", &model);
  g_autofree char *key = sl_project_event_key (model, 0);
  sqlite3 *other;

  /* another program holds the write lock */
  g_assert_cmpint (sqlite3_open (path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sl_project_store_add_edit (store, model, SL_EDIT_EVENT_LABEL, key, "x", NULL,
                                              0, &error), <, 0);
  g_assert_error (error, SL_STORE_ERROR, SL_STORE_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "locked"));
  g_clear_error (&error);
  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);
  /* once released, the same edit goes through */
  g_assert_cmpint (sl_project_store_add_edit (store, model, SL_EDIT_EVENT_LABEL, key, "x", NULL,
                                              0, &error), >, 0);
  g_assert_no_error (error);
}

/* The disk fills during an import: a clear message, and the project as it was. */
static void
test_full_disk (void)
{
  g_autofree char *path = tmp_path ("full.sourceline");
  g_autoptr (GError) error = NULL;
  pid_t pid;
  int status = 0;

  sl_project_store_close (saved_project ("full.sourceline", NULL));
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      struct rlimit lim;
      g_autoptr (SlProjectStore) store = NULL;
      g_autoptr (SlModel) model = NULL;
      GString *big = g_string_new (NULL);
      g_autoptr (GError) child_error = NULL;
      struct stat st;

      stat (path, &st);
      /* files may grow by a few pages, not by the megabytes this import needs */
      lim.rlim_cur = lim.rlim_max = st.st_size + 64 * 1024;
      signal (SIGXFSZ, SIG_IGN);
      setrlimit (RLIMIT_FSIZE, &lim);
      store = sl_project_store_open (path, FALSE, &child_error);
      model = store ? sl_project_store_load_model (store, NULL, NULL, NULL, &child_error) : NULL;
      if (model == NULL)
        _exit (10);
      for (guint i = 0; i < 40000; i++)
        g_string_append_printf (big, "Paragraph %u of a very long report on shipments. ", i);
      {
        SlDocument *d = make_doc ("huge", big->str);
        sl_ingest_add_to_model (model, d);
        sl_document_free (d);
      }
      if (sl_project_store_save_model (store, model, &child_error))
        _exit (11);
      /* the user is told plainly */
      _exit (child_error->code == SL_STORE_ERROR_FULL && strstr (child_error->message, "disk is full")
             ? 0 : 12);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  {
    g_autoptr (SlProjectStore) store = sl_project_store_open (path, FALSE, &error);
    g_autoptr (SlModel) model = sl_project_store_load_model (store, NULL, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (sl_model_n_docs (model), ==, 2);
    g_assert_cmpuint (sl_model_n_events (model), ==, 2);
  }
}

static void
test_missing_file_not_created (void)
{
  g_autofree char *path = tmp_path ("nope.sourceline");
  g_autoptr (GError) error = NULL;

  g_assert_null (sl_project_store_open (path, FALSE, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* A node the analyst dragged in the graph is where they left it after closing and reopening
 * the project; an older file without the table, or a read-only open, simply has no pins. */
static void
test_graph_pins (void)
{
  g_autofree char *path = tmp_path ("pins.sourceline");
  g_autoptr (GError) error = NULL;
  g_autoptr (SlModel) model = NULL;
  g_autofree char *key0 = NULL;
  g_autofree char *key1 = NULL;
  sqlite3 *db;

  {
    g_autoptr (SlProjectStore) store = saved_project ("pins.sourceline", &model);

    g_assert_cmpuint (sl_model_n_sources (model), >=, 2);
    key0 = sl_project_source_key (model, 0);
    key1 = sl_project_source_key (model, 1);
    g_assert_true (sl_project_store_set_graph_pin (store, key0, 120.5, -40.25, &error));
    g_assert_no_error (error);
    g_assert_true (sl_project_store_set_graph_pin (store, key1, 3, 4, &error));
    g_assert_no_error (error);
    /* dragged again: the pin moves, it is not doubled */
    g_assert_true (sl_project_store_set_graph_pin (store, key1, 300, 400, &error));
    g_assert_no_error (error);
    g_assert_false (sl_project_store_set_graph_pin (store, key1, NAN, 0, &error));
    g_assert_error (error, SL_STORE_ERROR, SL_STORE_ERROR_IO);
    g_clear_error (&error);
  }
  {
    g_autoptr (SlProjectStore) store = sl_project_store_open_read_only (path, &error);
    g_autoptr (GPtrArray) pins = NULL;
    g_autoptr (SlModel) loaded = NULL;
    gboolean seen0 = FALSE, seen1 = FALSE;

    g_assert_no_error (error);
    pins = sl_project_store_list_graph_pins (store, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (pins->len, ==, 2);
    loaded = sl_project_store_load_model (store, NULL, NULL, NULL, &error);
    g_assert_no_error (error);
    for (guint i = 0; i < pins->len; i++)
      {
        const SlGraphPin *pin = g_ptr_array_index (pins, i);
        /* the key still names a source of the model read back */
        g_assert_cmpuint (sl_model_find_source (loaded, pin->source_key + 2), !=, SL_NONE);
        if (g_strcmp0 (pin->source_key, key0) == 0)
          {
            seen0 = TRUE;
            g_assert_cmpfloat_with_epsilon (pin->x, 120.5, 1e-9);
            g_assert_cmpfloat_with_epsilon (pin->y, -40.25, 1e-9);
          }
        else if (g_strcmp0 (pin->source_key, key1) == 0)
          {
            seen1 = TRUE;
            g_assert_cmpfloat_with_epsilon (pin->x, 300, 1e-9);
            g_assert_cmpfloat_with_epsilon (pin->y, 400, 1e-9);
          }
      }
    g_assert_true (seen0 && seen1);
    /* read-only: pins cannot be changed */
    g_assert_false (sl_project_store_set_graph_pin (store, key0, 1, 1, &error));
    g_assert_error (error, SL_STORE_ERROR, SL_STORE_ERROR_READ_ONLY);
    g_clear_error (&error);
  }
  {
    g_autoptr (SlProjectStore) store = sl_project_store_open (path, FALSE, &error);
    g_autoptr (GPtrArray) pins = NULL;

    g_assert_no_error (error);
    g_assert_true (sl_project_store_remove_graph_pin (store, key0, &error));
    g_assert_no_error (error);
    g_assert_true (sl_project_store_remove_graph_pin (store, "S:nobody", &error));
    g_assert_no_error (error);
    pins = sl_project_store_list_graph_pins (store, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (pins->len, ==, 1);
    g_assert_cmpstr (((SlGraphPin *) g_ptr_array_index (pins, 0))->source_key, ==, key1);
  }

  /* a project written before pins existed: no table, no pins, and opened read-only it stays so */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DROP TABLE graph_pins", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  {
    g_autoptr (SlProjectStore) store = sl_project_store_open_read_only (path, &error);
    g_autoptr (GPtrArray) pins = NULL;

    g_assert_no_error (error);
    pins = sl_project_store_list_graph_pins (store, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (pins->len, ==, 0);
  }
  {
    /* opened writable, it gains the table and keeps its version */
    g_autoptr (SlProjectStore) store = sl_project_store_open (path, FALSE, &error);
    sqlite3_stmt *st = NULL;

    g_assert_no_error (error);
    g_assert_true (sl_project_store_set_graph_pin (store, key0, 7, 8, &error));
    g_assert_no_error (error);
    g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &st, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (st), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (st, 0), ==, SL_PROJECT_SCHEMA_VERSION);
    sqlite3_finalize (st);
    sqlite3_close (db);
  }
}

/* A story saved, the project closed and opened again, the articles re-extracted with every
 * index shifted: the story still names the same events in the same order, with the views
 * chosen for them. */
static void
test_story_round_trip (void)
{
  g_autofree char *path = tmp_path ("story.sourceline");
  g_autoptr (GError) error = NULL;
  g_autoptr (SlModel) model = NULL;
  g_autoptr (SlStory) story = sl_story_new ("Oil and the veto");
  g_autoptr (SlStory) other = sl_story_new ("Second look");
  guint32 veto, kirby;

  {
    g_autoptr (SlProjectStore) store = saved_project ("story.sourceline", &model);
    g_autofree char *veto_key = NULL;
    g_autofree char *kirby_key = NULL;

    veto = event_labelled (model, "Russia vetoes panel renewal");
    kirby = event_labelled (model, "Kirby statement on oil");
    veto_key = sl_project_event_key (model, veto);
    kirby_key = sl_project_event_key (model, kirby);
    /* not in date order: the analyst's order is the story's */
    sl_story_append (story, kirby_key, sl_time_from_ymd (2024, 4, 1), sl_time_from_ymd (2024, 6, 1));
    sl_story_append (story, veto_key, sl_time_from_ymd (2024, 3, 1), sl_time_from_ymd (2024, 4, 1));
    g_assert_true (sl_project_store_save_story (store, story, &error));
    g_assert_no_error (error);
    sl_story_append (other, veto_key, 0, 0);
    g_assert_true (sl_project_store_save_story (store, other, &error));
    g_assert_no_error (error);
    /* saving again replaces, never duplicates */
    g_assert_true (sl_project_store_save_story (store, story, &error));
    g_assert_no_error (error);
  }
  {
    g_autoptr (SlProjectStore) store = sl_project_store_open (path, FALSE, &error);
    g_autoptr (SlModel) again = extracted_model (TRUE);
    g_autoptr (SlModel) reread = NULL;
    g_autoptr (SlStory) loaded = NULL;
    g_autoptr (GArray) events = g_array_new (FALSE, FALSE, sizeof (guint32));
    g_autoptr (GArray) views = g_array_new (FALSE, FALSE, sizeof (SlTime));
    g_auto (GStrv) names = NULL;

    g_assert_no_error (error);
    names = sl_project_store_list_stories (store, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_strv_length (names), ==, 2);
    /* the one saved last comes first */
    g_assert_cmpstr (names[0], ==, "Oil and the veto");
    g_assert_cmpstr (names[1], ==, "Second look");

    g_assert_true (sl_project_store_replace_model (store, again, &error));
    g_assert_no_error (error);
    reread = sl_project_store_load_model (store, NULL, NULL, NULL, &error);
    g_assert_no_error (error);
    loaded = sl_project_store_load_story (store, "Oil and the veto", &error);
    g_assert_no_error (error);
    g_assert_nonnull (loaded);
    g_assert_cmpuint (loaded->steps->len, ==, 2);
    sl_story_resolve (loaded, reread, events, views);
    g_assert_cmpuint (events->len, ==, 2);
    g_assert_cmpstr (sl_model_str (reread, sl_model_event (reread, g_array_index (events, guint32, 0))->label),
                     ==, "Kirby statement on oil");
    g_assert_cmpstr (sl_model_str (reread, sl_model_event (reread, g_array_index (events, guint32, 1))->label),
                     ==, "Russia vetoes panel renewal");
    /* the indexes moved (a new event came first), the keys did not */
    g_assert_cmpuint (g_array_index (events, guint32, 0), !=, kirby);
    g_assert_cmpint (g_array_index (views, SlTime, 0), ==, sl_time_from_ymd (2024, 4, 1));
    g_assert_cmpint (g_array_index (views, SlTime, 3), ==, sl_time_from_ymd (2024, 4, 1));

    g_assert_null (sl_project_store_load_story (store, "No such story", &error));
    g_assert_no_error (error);
    g_assert_true (sl_project_store_delete_story (store, "Second look", &error));
    g_assert_no_error (error);
    g_clear_pointer (&names, g_strfreev);
    names = sl_project_store_list_stories (store, &error);
    g_assert_cmpuint (g_strv_length (names), ==, 1);
  }
}

/* A project written before stories existed opens read-only without them, untouched. */
static void
test_story_older_file (void)
{
  g_autofree char *path = tmp_path ("story-old.sourceline");
  g_autoptr (GError) error = NULL;
  g_autoptr (SlProjectStore) store = NULL;
  g_autoptr (SlStory) story = sl_story_new ("Anything");
  g_auto (GStrv) names = NULL;
  sqlite3 *db;

  sl_project_store_close (saved_project ("story-old.sourceline", NULL));
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DROP TABLE story_steps; DROP TABLE stories;", NULL, NULL,
                                 NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = sl_project_store_open_read_only (path, &error);
  g_assert_no_error (error);
  names = sl_project_store_list_stories (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (names), ==, 0);
  g_assert_null (sl_project_store_load_story (store, "Anything", &error));
  g_assert_no_error (error);
  g_assert_false (sl_project_store_save_story (store, story, &error));
  g_assert_error (error, SL_STORE_ERROR, SL_STORE_ERROR_READ_ONLY);
  sl_project_store_close (g_steal_pointer (&store));

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "SELECT 1 FROM stories", NULL, NULL, NULL), !=, SQLITE_OK);
  sqlite3_close (db);
  /* opened writable, it gains the tables and keeps its version */
  g_clear_error (&error);
  store = sl_project_store_open (path, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "SELECT 1 FROM stories", NULL, NULL, NULL), ==, SQLITE_OK);
  {
    sqlite3_stmt *st = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &st, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (st), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (st, 0), ==, SL_PROJECT_SCHEMA_VERSION);
    sqlite3_finalize (st);
  }
  sqlite3_close (db);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  tmpdir = g_dir_make_tmp ("sourceline-store-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);
  g_test_add_func ("/store/documents-round-trip", test_documents_round_trip);
  g_test_add_func ("/store/model-round-trip", test_model_round_trip);
  g_test_add_func ("/store/forward-via", test_forward_via);
  g_test_add_func ("/store/via-lookup-indexed", test_via_lookup_indexed);
  g_test_add_func ("/store/copy-open-project", test_copy_open_project);
  g_test_add_func ("/store/incremental-save", test_incremental_save);
  g_test_add_func ("/store/edits-survive-reextraction", test_edits_survive_reextraction);
  g_test_add_func ("/store/undo-redo", test_undo_redo);
  g_test_add_func ("/store/search", test_search);
  g_test_add_func ("/store/foreign-files-untouched", test_foreign_files_untouched);
  g_test_add_func ("/store/too-new-untouched", test_too_new_untouched);
  g_test_add_func ("/store/truncated-project", test_truncated_project);
  g_test_add_func ("/store/read-only", test_read_only);
  g_test_add_func ("/store/read-only-folder", test_read_only_folder);
  g_test_add_func ("/store/locked", test_locked);
  g_test_add_func ("/store/full-disk", test_full_disk);
  g_test_add_func ("/store/missing-file-not-created", test_missing_file_not_created);
  g_test_add_func ("/store/graph-pins", test_graph_pins);
  g_test_add_func ("/store/story-round-trip", test_story_round_trip);
  g_test_add_func ("/store/story-older-file", test_story_older_file);
  return g_test_run ();
}
