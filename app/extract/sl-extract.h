/* sl-extract.h: the extraction pipeline for one document already in the model —
 * publication date (inferred when missing), timexes, sources, claims, events. */
#pragma once

#include <glib.h>
#include "model/sl-model.h"
#include "ingest/sl-document.h"

G_BEGIN_DECLS

typedef struct _SlExtractor SlExtractor;

/* One extractor per thread; it owns the tagger and the gazetteer. */
SlExtractor *sl_extractor_new      (void);
void         sl_extractor_free     (SlExtractor *ex);

/* Runs every stage on document `doc` of model, appending what it finds. */
void         sl_extractor_run      (SlExtractor *ex, SlModel *model, guint32 doc);

/* Adds an ingested document to the model (taking its text) and runs every stage on it.
 * Returns the document's index. */
guint32      sl_extractor_add_document (SlExtractor *ex, SlModel *model, SlDocument *doc);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlExtractor, sl_extractor_free)

G_END_DECLS
