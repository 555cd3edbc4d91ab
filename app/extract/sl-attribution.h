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

/* An empty gazetteer, and records added to one from text in the line format documented in
 * data/gazetteer/README.md; origin names the text in error messages ("file:line: …"). */
SlGazetteer *sl_gazetteer_new_empty   (void);
gboolean     sl_gazetteer_load_data   (SlGazetteer *gaz,
                                       const char  *data,
                                       gsize        len,
                                       const char  *origin,
                                       GError     **error);
gboolean     sl_gazetteer_load_file   (SlGazetteer *gaz,
                                       const char  *path,
                                       GError     **error);
/* The canonical name a gazetteer gives to a name or alias ("US" → "United States"), or NULL. */
const char  *sl_gazetteer_canonical   (SlGazetteer *gaz,
                                       const char  *name);

/* Adds sources, claims and events for document `doc`. timex_first/n_timex delimit the
 * document's timexes in the model. */
void         sl_attribution_run       (SlGazetteer *gaz,
                                       SlModel     *model,
                                       guint32      doc,
                                       guint32      timex_first,
                                       guint        n_timex);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlGazetteer, sl_gazetteer_free)

G_END_DECLS
