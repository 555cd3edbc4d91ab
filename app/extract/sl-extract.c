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

void
sl_extractor_run (SlExtractor *ex, SlModel *model, guint32 doc_index)
{
  SlDoc *doc;
  guint32 timex_first;

  g_return_if_fail (ex != NULL && model != NULL);
  doc = sl_model_doc_mut (model, doc_index);
  g_return_if_fail (doc != NULL);

  if (doc->dct_date.prec == SL_PREC_NONE)
    {
      SlDate date = { 0 };
      SlDctSource how = SL_DCT_NONE;

      if (sl_timex_infer_dct (ex->tagger, doc->text, doc->text_len, &date, &how))
        {
          char buf[32];
          doc->dct_date = date;
          doc->dct_source = how;
          doc->dct = sl_model_intern (model, sl_date_to_value (&date, buf, sizeof buf));
        }
    }

  g_array_set_size (ex->hits, 0);
  sl_timex_tag (ex->tagger, doc->text, doc->text_len,
                doc->dct_date.prec != SL_PREC_NONE ? &doc->dct_date : NULL, ex->hits);

  timex_first = sl_model_n_timexes (model);
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

  sl_attribution_run (ex->gazetteer, model, doc_index, timex_first, ex->hits->len);
}

guint32
sl_extractor_add_document (SlExtractor *ex, SlModel *model, SlDocument *doc)
{
  guint32 idx;

  g_return_val_if_fail (ex != NULL && model != NULL && doc != NULL, SL_NONE);
  idx = sl_ingest_add_to_model (model, doc);
  sl_extractor_run (ex, model, idx);
  return idx;
}
