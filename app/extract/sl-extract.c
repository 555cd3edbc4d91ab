/* sl-extract.c: runs the extraction stages over one document in order — the publication
 * date first, because every relative date resolves against it. */
#include "sl-extract.h"

#include "sl-attribution.h"
#include "sl-timex-tagger.h"
#include "ingest/sl-ingest.h"

struct _SlExtractor
{
  SlTimexTagger *tagger;
  SlGazetteer   *gazetteer;
  GArray        *hits;
};

SlExtractor *
sl_extractor_new (void)
{
  SlExtractor *ex = g_new0 (SlExtractor, 1);

  ex->tagger = sl_timex_tagger_new ();
  ex->gazetteer = sl_gazetteer_new_default ();
  ex->hits = g_array_new (FALSE, FALSE, sizeof (SlTimexHit));
  return ex;
}

void
sl_extractor_free (SlExtractor *ex)
{
  if (ex == NULL)
    return;
  sl_timex_tagger_free (ex->tagger);
  sl_gazetteer_free (ex->gazetteer);
  g_array_unref (ex->hits);
  g_free (ex);
}

static void
ensure_dct (SlExtractor *ex, SlModel *model, SlDoc *doc)
{
  SlDate date = { 0 };
  SlDctSource how = SL_DCT_NONE;
  char buf[32];

  if (doc->dct_date.prec != SL_PREC_NONE)
    return;
  if (sl_timex_infer_dct (ex->tagger, doc->text, doc->text_len, &date, &how))
    {
      doc->dct_date = date;
      doc->dct_source = how;
      doc->dct = sl_model_intern (model, sl_date_to_value (&date, buf, sizeof buf));
    }
}

static void
add_hits (SlExtractor *ex, SlModel *model, guint32 doc_index)
{
  for (guint i = 0; i < ex->hits->len; i++)
    {
      const SlTimexHit *hit = &g_array_index (ex->hits, SlTimexHit, i);
      SlTimex t = {
        .doc = doc_index,
        .begin = hit->begin,
        .end = hit->end,
        .value = sl_model_intern (model, hit->value),
        .type = hit->type,
        .mod = hit->mod,
        .start = hit->start,
        .end_t = hit->end_t,
      };
      sl_model_add_timex (model, &t);
    }
}

void
sl_extractor_run (SlExtractor *ex, SlModel *model, guint32 doc_index)
{
  SlDoc *doc;
  guint32 timex_first;

  g_return_if_fail (ex != NULL && model != NULL);
  doc = sl_model_doc_mut (model, doc_index);
  g_return_if_fail (doc != NULL);

  ensure_dct (ex, model, doc);
  g_array_set_size (ex->hits, 0);
  sl_timex_tag (ex->tagger, doc->text, doc->text_len,
                doc->dct_date.prec != SL_PREC_NONE ? &doc->dct_date : NULL, ex->hits);
  timex_first = sl_model_n_timexes (model);
  add_hits (ex, model, doc_index);
  sl_attribution_run (ex->gazetteer, model, doc_index, timex_first, ex->hits->len);
}

static SlCategory
category_of_group (const char *group)
{
  for (SlCategory c = SL_CATEGORY_DIPLOMATIC; group && c < SL_CATEGORY_COUNT; c++)
    if (g_ascii_strcasecmp (group, sl_category_to_string (c)) == 0)
      return c;
  return SL_CATEGORY_OTHER;
}

/* TimelineJS and CSV files state their events: they are taken as written, each credited
 * to its source when the file names one. */
static void
add_stated_events (SlModel *model, guint32 doc_index, GPtrArray *events)
{
  for (guint i = 0; i < events->len; i++)
    {
      const SlDocumentEvent *de = g_ptr_array_index (events, i);
      SlEvent ev = { 0 };
      SlTime s, e;
      guint32 claim = SL_NONE, source = SL_NONE;

      if (!sl_time_interval_from_value (de->start, SL_MOD_NONE, &ev.start, &ev.end_t))
        continue;
      if (de->end && sl_time_interval_from_value (de->end, SL_MOD_NONE, &s, &e) && e > ev.start)
        ev.end_t = e;
      ev.doc = doc_index;
      ev.label = sl_model_intern (model, de->headline ? de->headline : de->text);
      ev.when = sl_model_intern (model, de->start);
      ev.timex = SL_NONE;
      ev.category = category_of_group (de->group);
      ev.sentence_begin = de->text_begin;
      ev.sentence_end = de->text_end;
      if (de->source)
        {
          SlClaim c = { 0 };

          source = sl_model_add_source (model, de->source, SL_SOURCE_ORGANIZATION, NULL);
          c.doc = doc_index;
          c.source = source;
          c.via = SL_NONE;
          c.cue = sl_model_intern (model, "credited");
          c.stance = SL_STANCE_REPORT;
          c.content_begin = de->text_begin;
          c.content_end = de->text_end;
          claim = sl_model_add_claim (model, &c);
        }
      sl_model_add_event (model, &ev, &claim, claim != SL_NONE, &source, source != SL_NONE);
    }
}

guint32
sl_extractor_add_document (SlExtractor *ex, SlModel *model, SlDocument *doc)
{
  g_autoptr (GPtrArray) stated = NULL;
  g_autoptr (GArray) given = NULL;
  guint32 idx, timex_first;

  g_return_val_if_fail (ex != NULL && model != NULL && doc != NULL, SL_NONE);
  stated = g_steal_pointer (&doc->events);
  given = g_steal_pointer (&doc->timexes);
  idx = sl_ingest_add_to_model (model, doc);

  if (stated != NULL)
    {
      add_stated_events (model, idx, stated);
      return idx;
    }
  if (given == NULL)
    {
      sl_extractor_run (ex, model, idx);
      return idx;
    }

  /* a TimeML file's own annotations stand in for the tagger's */
  ensure_dct (ex, model, sl_model_doc_mut (model, idx));
  g_array_set_size (ex->hits, 0);
  for (guint i = 0; i < given->len; i++)
    {
      const SlDocumentTimex *t = &g_array_index (given, SlDocumentTimex, i);
      SlTimexHit hit = { .begin = t->begin, .end = t->end, .type = t->type, .mod = t->mod };

      g_strlcpy (hit.value, t->value, sizeof hit.value);
      if (!sl_time_interval_from_value (hit.value, hit.mod, &hit.start, &hit.end_t))
        hit.start = hit.end_t = 0;
      g_array_append_val (ex->hits, hit);
    }
  timex_first = sl_model_n_timexes (model);
  add_hits (ex, model, idx);
  sl_attribution_run (ex->gazetteer, model, idx, timex_first, ex->hits->len);
  return idx;
}
