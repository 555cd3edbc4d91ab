/* fuzz-extract: the whole extraction pipeline — header lines, sentences, timexes, the
 * publication date, sources, claims, events — on arbitrary bytes read as a plain-text article.
 * Whatever the extractor finds must point inside the article's text, refer to things that
 * exist, and a claim's `via` chain must end (no cycle). */
#include <stdint.h>
#include <stdlib.h>

#include "extract/sl-extract.h"
#include "ingest/sl-ingest.h"

#include "fuzz-check.h"

static SlExtractor *extractor;

static void
check_span (guint32 begin, guint32 end, gsize len)
{
  check (begin <= end);
  check (end <= len);
}

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (SlModel) model = NULL;
  g_autoptr (SlDocument) doc = NULL;
  const char *text;
  gsize len = 0;
  guint32 d;

  if (extractor == NULL)
    extractor = sl_extractor_new ();
  /* a reader refusing the bytes (binary, bad encoding) is a correct answer */
  doc = sl_text_reader_read ("fuzz.txt", (const char *) data, size, NULL);
  if (doc == NULL)
    return 0;
  model = sl_model_new ();
  d = sl_extractor_add_document (extractor, model, doc);
  text = sl_model_doc_text (model, d, &len);
  check (text != NULL && text[len] == '\0');

  for (guint i = 0; i < sl_model_n_timexes (model); i++)
    {
      const SlTimex *t = sl_model_timex (model, i);
      check_span (t->begin, t->end, len);
      check (t->begin < t->end);
    }
  for (guint i = 0; i < sl_model_n_claims (model); i++)
    {
      const SlClaim *c = sl_model_claim (model, i);
      guint32 via = c->via;
      guint steps = 0;

      check (c->doc == d);
      check (c->source < sl_model_n_sources (model));
      check_span (c->cue_begin, c->cue_end, len);
      check_span (c->source_begin, c->source_end, len);
      check_span (c->content_begin, c->content_end, len);
      while (via != SL_NONE)
        {
          check (via < sl_model_n_claims (model));
          check (++steps <= sl_model_n_claims (model));
          via = sl_model_claim (model, via)->via;
        }
    }
  for (guint i = 0; i < sl_model_n_events (model); i++)
    {
      const SlEvent *e = sl_model_event (model, i);
      const guint32 *claims, *actors;
      guint n_claims, n_actors;

      check (e->doc == d);
      check (e->start <= e->end_t);
      check_span (e->sentence_begin, e->sentence_end, len);
      check (e->timex == SL_NONE || e->timex < sl_model_n_timexes (model));
      claims = sl_model_event_claims (model, i, &n_claims);
      for (guint k = 0; k < n_claims; k++)
        check (claims[k] < sl_model_n_claims (model));
      actors = sl_model_event_actors (model, i, &n_actors);
      for (guint k = 0; k < n_actors; k++)
        check (actors[k] < sl_model_n_sources (model));
    }
  return 0;
}
