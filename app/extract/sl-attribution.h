/* sl-attribution.h: sentences, sources, claims (with via chains) and dated events of one
 * document, given its timexes (already in the model). GLib only. */
#pragma once

#include <glib.h>
#include "model/sl-model.h"

G_BEGIN_DECLS

typedef struct _SlGazetteer SlGazetteer;

/* Loads the built-in gazetteer plus any *.txt in the user's data dir
 * ($XDG_DATA_HOME/sourceline/gazetteer). */
SlGazetteer *sl_gazetteer_new_default (void);
void         sl_gazetteer_free        (SlGazetteer *gaz);

/* Adds sources, claims and events for document `doc`. timex_first/n_timex delimit the
 * document's timexes in the model. */
void         sl_attribution_run       (SlGazetteer *gaz,
                                       SlModel     *model,
                                       guint32      doc,
                                       guint32      timex_first,
                                       guint        n_timex);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlGazetteer, sl_gazetteer_free)

G_END_DECLS
