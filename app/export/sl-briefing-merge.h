/* sl-briefing-merge.h: the briefing deck's corroboration from the extraction stage's grouping
 * of events that several articles report — one happening, all its mentions and origins. The
 * seam between the export stage (which knows decks) and the extract stage (which knows
 * merging), shared by the command line, the window and the benchmark. */
#pragma once

#include "export/sl-briefing.h"
#include "extract/sl-attribution.h"

G_BEGIN_DECLS

/* An SlCorroborationFunc; data is the SlEventMerge of the model. mentions, when given, gets
 * the event itself first, then the other articles' mentions. */
void sl_briefing_corroboration_merged (gpointer         data,
                                       SlModel         *model,
                                       guint32          event,
                                       SlCorroboration *out,
                                       GArray          *mentions);

G_END_DECLS
