/* graph-fixture.h: models whose attribution graphs are random graphs of any size, for the
 * graph layout tests and bench-graph. */
#pragma once

#include "model/sl-model.h"

G_BEGIN_DECLS

/* m distinct random edges over n nodes, no loops; deterministic for a seed (arrays g_free). */
void     sl_graph_fixture_random_edges (guint n, guint m, guint32 seed,
                                        guint32 **from, guint32 **to);

/* A model whose attribution graph has exactly these edges: n sources ("Source 1" …, kinds
 * in turn) in one article, and for each edge a → b a claim by a that b passes on, so the
 * layout sees "b cites a". */
SlModel *sl_graph_fixture_model        (guint n, const guint32 *from, const guint32 *to,
                                        guint m);

/* Adds one more article: n_new sources new to the model, each passing on claims of
 * links_each sources already there (chosen at random for seed). */
void     sl_graph_fixture_add_article  (SlModel *model, guint n_new, guint links_each,
                                        guint32 seed);

G_END_DECLS
