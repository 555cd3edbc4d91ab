/* export-fixture.h: models the export tests and bench-export draw from — a small hand-made
 * story with texts, timexes, graded sources, via chains, a denial and a hidden event, and
 * generated projects of any number of articles whose events recur across articles. */
#pragma once

#include "model/sl-model.h"

G_BEGIN_DECLS

typedef struct
{
  guint32 doc_courier, doc_gazette, doc_wire;
  guint32 signing, signing_gazette, capacity, denial, talks, inspections, hidden, deleted;
  guint32 src_courier, src_gazette, src_officials, src_reuters, src_institute, src_ministry;
} SlExportStory;

/* Three articles about a pipeline deal (invented, our own wording). Reuters is graded B2 and
 * the institute C3; "Pipeline deal signed in Vienna" is reported by two articles; the analyst
 * has hidden one event and deleted another. */
SlModel *sl_export_fixture_story   (SlExportStory *ids);
/* The same story before the analyst hid one event and deleted another (hidden and deleted are
 * SL_NONE). */
SlModel *sl_export_fixture_story_unedited (SlExportStory *ids);

/* n_articles generated articles from a dozen outlets over 2023–2024, each with a text, four
 * dated events drawn from a pool of recurring happenings (so several articles report each),
 * claims through agencies to named people, and some denials. Deterministic for a seed. */
SlModel *sl_export_fixture_project (guint n_articles, guint32 seed);

G_END_DECLS
