/* sl-graph-view.h: the source-attribution graph — sources as nodes, cites/quotes/denies as
 * edges — laid out and drawn by the GTK-free graph layout and painter. */
#pragma once

#include <gtk/gtk.h>
#include "model/sl-model.h"

G_BEGIN_DECLS

#define SL_TYPE_GRAPH_VIEW (sl_graph_view_get_type ())

G_DECLARE_FINAL_TYPE (SlGraphView, sl_graph_view, SL, GRAPH_VIEW, GtkWidget)

GtkWidget *sl_graph_view_new                 (void);

void       sl_graph_view_set_model           (SlGraphView *self, SlModel *model);
SlModel   *sl_graph_view_get_model           (SlGraphView *self);

/* The selected source index, SL_NONE for none. Emits "selection-changed" when it changes. */
guint32    sl_graph_view_get_selected_source (SlGraphView *self);
void       sl_graph_view_set_selected_source (SlGraphView *self, guint32 source);

/* Sources drawn emphasised (e.g. those behind the selected event); n == 0 clears. */
void       sl_graph_view_set_highlight       (SlGraphView    *self,
                                              const guint32  *sources,
                                              guint           n);
/* Emphasises the sources and edges an event's claims travelled through (SL_NONE clears). */
void       sl_graph_view_highlight_event     (SlGraphView *self, guint32 event);
/* Emphasises a source and the sources one edge away from it (SL_NONE clears). */
void       sl_graph_view_highlight_neighbourhood (SlGraphView *self, guint32 source);
/* The emphasised sources, in the order given; NULL when none. */
const guint32 *sl_graph_view_get_highlight   (SlGraphView *self, guint *n);

void       sl_graph_view_zoom_to_fit         (SlGraphView *self);
void       sl_graph_view_zoom_at             (SlGraphView *self, double factor, double x, double y);

/* Where a source's node is drawn, in widget coordinates; FALSE when it has none. */
gboolean   sl_graph_view_get_node_position   (SlGraphView *self,
                                              guint32      source,
                                              double      *x,
                                              double      *y);

gboolean   sl_graph_view_get_dark            (SlGraphView *self);
void       sl_graph_view_set_dark            (SlGraphView *self, gboolean dark);

G_END_DECLS
