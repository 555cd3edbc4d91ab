/* sl-extract.h: the extraction pipeline for one document already in the model —
 * publication date (inferred when missing), timexes, sources, claims, events. */
#pragma once

#include <glib.h>
#include "model/sl-model.h"

G_BEGIN_DECLS

typedef struct _SlExtractor SlExtractor;

/* One extractor per thread; it owns the tagger and the gazetteer. */
SlExtractor *sl_extractor_new      (void);
void         sl_extractor_free     (SlExtractor *ex);

/* Runs every stage on document `doc` of model, appending what it finds. */
void         sl_extractor_run      (SlExtractor *ex, SlModel *model, guint32 doc);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlExtractor, sl_extractor_free)

G_END_DECLS
