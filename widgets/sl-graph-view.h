/* sl-graph-view.h: the source-attribution graph — sources as nodes, cites/quotes/denies as
 * edges — laid out and drawn by the GTK-free graph layout and painter. */
#pragma once

#include <gtk/gtk.h>
#include "model/sl-model.h"
#include "paint/sl-graph-layout.h"

G_BEGIN_DECLS

#define SL_TYPE_GRAPH_VIEW (sl_graph_view_get_type ())

G_DECLARE_FINAL_TYPE (SlGraphView, sl_graph_view, SL, GRAPH_VIEW, GtkWidget)

GtkWidget *sl_graph_view_new                 (void);

void       sl_graph_view_set_model           (SlGraphView *self, SlModel *model);
SlModel   *sl_graph_view_get_model           (SlGraphView *self);
/* The playback bar along the pane's foot (play button, scrubber, date), for what must not
 * cover it. */
GtkWidget *sl_graph_view_get_playback_bar    (SlGraphView *self);

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
/* Where a source's label was drawn in the last frame, in widget coordinates; FALSE when it
 * was not drawn. */
gboolean   sl_graph_view_get_label_box       (SlGraphView *self,
                                              guint32      source,
                                              double      *x0,
                                              double      *y0,
                                              double      *x1,
                                              double      *y1);

gboolean   sl_graph_view_get_dark            (SlGraphView *self);
void       sl_graph_view_set_dark            (SlGraphView *self, gboolean dark);
gboolean   sl_graph_view_get_high_contrast   (SlGraphView *self);
void       sl_graph_view_set_high_contrast   (SlGraphView *self, gboolean high_contrast);

/* ---- Layout chooser ---- */

/* "layered" (chains left to right) or "force" (force-directed); also the "layout" property,
 * which the pane's own toggle buttons change. An unknown name is ignored. */
void        sl_graph_view_set_layout_name  (SlGraphView *self, const char *name);
const char *sl_graph_view_get_layout_name  (SlGraphView *self);
/* The layout drawn now, pins included (owned by the view; NULL without a model). */
SlGraphLayout *sl_graph_view_get_layout    (SlGraphView *self);

/* ---- Pins: nodes the user dragged stay where they were put ---- */

/* Pins these sources' nodes at (xy[2i], xy[2i+1]) in layout units and lays the rest of the
 * graph out around them. Emits nothing; dragging a node emits "source-pinned" (source). */
void        sl_graph_view_set_pins         (SlGraphView   *self,
                                            const guint32 *sources,
                                            const double  *xy,
                                            guint          n);
/* Where a pinned source's node is, in layout units; FALSE when it is not pinned. */
gboolean    sl_graph_view_get_pin          (SlGraphView *self, guint32 source, double *x,
                                            double *y);
/* Releases a source's node, lays the graph out again and emits "source-unpinned" (source);
 * the key U does it for the selected source. FALSE when the node was not pinned. */
gboolean    sl_graph_view_unpin_source     (SlGraphView *self, guint32 source);
/* Appends the pinned sources to out (guint32). */
void        sl_graph_view_get_pinned       (SlGraphView *self, GArray *out);

/* ---- Playback over time ---- */

/* Shows only what had been reported by cutoff; G_MAXINT64 shows everything. Moves the
 * scrubber under the graph. */
void        sl_graph_view_set_time_cutoff  (SlGraphView *self, SlTime cutoff);
SlTime      sl_graph_view_get_time_cutoff  (SlGraphView *self);
/* Plays the reports from the first (or from the scrubber, when it is not at the end) to the
 * last, in a few seconds; stops there. */
void        sl_graph_view_set_playing      (SlGraphView *self, gboolean playing);
/* Whether a source's node is drawn at the current cut-off (FALSE when it has none). */
gboolean    sl_graph_view_is_source_shown  (SlGraphView *self, guint32 source);
gboolean    sl_graph_view_get_playing      (SlGraphView *self);

/* ---- Edges and search ---- */

/* The edge under (x, y) in widget coordinates, described as "Yonhap → Shin Won-sik: cites ×1";
 * NULL when none. */
char       *sl_graph_view_describe_edge_at (SlGraphView *self, double x, double y);
/* Selects and centres the source whose name best matches text (case aside: a whole name, then
 * a name that starts with it, then one that holds it; more claims first); returns it, or
 * SL_NONE when none matches. */
guint32     sl_graph_view_focus_source     (SlGraphView *self, const char *text);

/* ---- Controls ---- */

/* Whether the pane's own controls (find a source, the layout chooser, the playback bar) are
 * drawn over the graph; TRUE by default. A graph shown as a picture, as the presentation's
 * inset is, hides them and gives their room to the graph, and keeps its labels inside its
 * edges as an exported image does: nobody can pan it to read what an edge cut off. */
void        sl_graph_view_set_show_controls (SlGraphView *self, gboolean show);
gboolean    sl_graph_view_get_show_controls (SlGraphView *self);

G_END_DECLS
