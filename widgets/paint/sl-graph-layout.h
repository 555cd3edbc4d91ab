/* sl-graph-layout.h: the source-attribution graph of a model and where its nodes go.
 *
 * Nodes are sources; edges say how a claim travelled: an article's outlet reports or quotes a
 * source, a source cites the one it got the claim from (the claim's via chain), a source
 * denies what others assert. Arrows point towards the origin. The layered layout puts outlets
 * on the left and origins on the right, orders each layer to reduce crossings, and leaves
 * room beside each node for its label; the force-directed layout (sl-graph-force.h) suits
 * big graphs, can run on a worker thread, and keeps earlier places when the graph grows. Both
 * are deterministic: the same model (and seed) always gives the same picture. GTK-free: GLib,
 * GIO and the model.
 */
#pragma once

#include <gio/gio.h>
#include "model/sl-model.h"
#include "paint/sl-graph-force.h"

G_BEGIN_DECLS

typedef enum
{
  SL_GRAPH_EDGE_REPORTS = 0, /* outlet → source whose claim the article reports */
  SL_GRAPH_EDGE_QUOTES,      /* outlet → source whose words the article quotes */
  SL_GRAPH_EDGE_CITES,       /* intermediary → the source it passes a claim on from */
  SL_GRAPH_EDGE_DENIES,      /* denier → source of a claim it denies */
  SL_GRAPH_EDGE_KIND_COUNT
} SlGraphEdgeKind;

typedef struct
{
  guint32 source;      /* model source index */
  guint   layer;       /* 0 = outlets (left) … origins (right) */
  guint   order;       /* position within the layer, top to bottom */
  double  x, y;        /* centre, in layout units (≈ logical pixels at zoom 1) */
  double  radius;      /* half the node's size; grows with the number of claims */
  guint32 n_claims;    /* claims made by the source, counted over the model */
  gboolean pinned;     /* keeps x, y when the layout runs again */
  float   label_w;     /* room the label takes beside the node, in layout units (the painter */
  float   label_h;     /* measures it; 0 until then, and the layout guesses from the name) */
  gboolean placed;     /* x, y come from a layout run or an earlier layout of the graph */
} SlGraphNode;

typedef enum
{
  SL_GRAPH_LAYOUT_LAYERED = 0, /* chains left to right, outlets first */
  SL_GRAPH_LAYOUT_FORCE,       /* force-directed, for big or tangled graphs */
} SlGraphLayoutKind;

typedef struct
{
  guint32 from, to;    /* node indexes */
  guint8  kind;        /* SlGraphEdgeKind */
  guint32 weight;      /* how many claims travelled this way */
} SlGraphEdge;

typedef struct _SlGraphLayout SlGraphLayout;

/* Builds the nodes (one per source) and edges (merged by endpoints and kind) of model. */
SlGraphLayout     *sl_graph_layout_new            (SlModel *model);
void               sl_graph_layout_free           (SlGraphLayout *self);
SlModel           *sl_graph_layout_get_model      (SlGraphLayout *self);

/* The frame the layered layout aims to fill, width / height (2 by default): a layer much taller
 * than the rest is split into staggered sub-columns while that lets the graph be shown bigger
 * in such a frame. 0 keeps one column per layer. Takes effect at the next run. */
void               sl_graph_layout_set_aspect     (SlGraphLayout *self, double aspect);
double             sl_graph_layout_get_aspect     (SlGraphLayout *self);
/* A layered layout of a small graph laid out again for a frame of this aspect, when that
 * differs from the one it was laid out for; TRUE when the places changed. */
gboolean           sl_graph_layout_fit_aspect     (SlGraphLayout *self, double aspect);
/* Assigns layers and orders and sets x, y: outlets left, origins right, few crossings. */
void               sl_graph_layout_run_layered    (SlGraphLayout *self);

guint              sl_graph_layout_n_nodes        (SlGraphLayout *self);
const SlGraphNode *sl_graph_layout_node           (SlGraphLayout *self, guint i);
/* The node of a model source, or SL_NONE when the source has none. */
guint              sl_graph_layout_node_of_source (SlGraphLayout *self, guint32 source);
/* Moves a node and pins it so later layout runs leave it there. */
void               sl_graph_layout_pin_node       (SlGraphLayout *self, guint node, double x, double y);
/* Lets the next layout run place the node again. */
void               sl_graph_layout_unpin_node     (SlGraphLayout *self, guint node);
/* The room a node's label needs beside it (layout units); the layered layout keeps it free. */
void               sl_graph_layout_set_label_size (SlGraphLayout *self, guint node, double width,
                                                   double height);
/* The label's room: as set, or guessed from the name's and title's lengths. */
void               sl_graph_layout_label_size     (SlGraphLayout *self, guint node, double *width,
                                                   double *height);
/* How far the node's drawn shape reaches right (and left) of its centre, and up (and down). */
void               sl_graph_layout_node_half_size (SlGraphLayout *self, guint node,
                                                   double *half_width, double *half_height);
/* The radius of the disc the node's drawn shape fits in (outlets are wide boxes). */
double             sl_graph_layout_node_extent    (SlGraphLayout *self, guint node);
/* Which layout last set the positions. */
SlGraphLayoutKind  sl_graph_layout_get_kind       (SlGraphLayout *self);

/* Takes the places (and pins) of the sources previous laid out too, matched by name, so that
 * a graph rebuilt after an article was added keeps its picture; sources new to the graph are
 * put beside their placed neighbours. Returns how many nodes got a place. */
guint              sl_graph_layout_take_positions (SlGraphLayout *self, SlGraphLayout *previous);

/* Force-directed placement (opts NULL: the defaults of sl_graph_force_options_init). Nodes
 * that already have a place (sl_graph_layout_take_positions) start there and move little;
 * pinned nodes do not move. Runs on the calling thread; progress is called on it. FALSE with
 * G_IO_ERROR_CANCELLED, positions unchanged, when cancelled. */
gboolean           sl_graph_layout_run_force      (SlGraphLayout *self,
                                                   const SlGraphForceOptions *opts,
                                                   SlGraphForceProgress progress,
                                                   gpointer progress_data,
                                                   GCancellable *cancellable, GError **error);
/* The same on a worker thread: the graph is copied first, so the layout can be drawn, hit
 * tested and pinned meanwhile, and progress (throttled to whole percents) and callback run in
 * the thread-default main context of the caller. _finish writes the new places into the
 * layout, except into nodes pinned in the meantime. Keep self alive until the callback; to
 * drop it earlier cancel first and do not call _finish. */
void               sl_graph_layout_run_force_async  (SlGraphLayout *self,
                                                     const SlGraphForceOptions *opts,
                                                     SlGraphForceProgress progress,
                                                     gpointer progress_data,
                                                     GCancellable *cancellable,
                                                     GAsyncReadyCallback callback,
                                                     gpointer user_data);
gboolean           sl_graph_layout_run_force_finish (SlGraphLayout *self, GAsyncResult *result,
                                                     GError **error);

guint              sl_graph_layout_n_edges        (SlGraphLayout *self);
const SlGraphEdge *sl_graph_layout_edge           (SlGraphLayout *self, guint i);
/* The edge from → to of kind, or SL_NONE. */
guint              sl_graph_layout_find_edge      (SlGraphLayout *self, guint from, guint to,
                                                   SlGraphEdgeKind kind);

/* The edges an event's claims travelled along (each once), appended to out (guint). */
void               sl_graph_layout_event_edges    (SlGraphLayout *self, guint32 event, GArray *out);
/* How many pairs of edges cross in the current layout (a quality figure for tests, benches). */
guint              sl_graph_layout_count_crossings (SlGraphLayout *self);
/* Pairs of nodes whose shapes' discs overlap (sl_graph_layout_node_extent). */
guint              sl_graph_layout_count_overlaps (SlGraphLayout *self);
/* The mean edge length and its spread (standard deviation / mean); FALSE without edges. */
gboolean           sl_graph_layout_edge_lengths   (SlGraphLayout *self, double *mean,
                                                   double *spread);
/* The bounding box of all nodes, radii included; FALSE when there are none. */
gboolean           sl_graph_layout_bounds         (SlGraphLayout *self, double *x0, double *y0,
                                                   double *x1, double *y1);

/* When each node and edge was first reported, for playing the graph back over time: an edge
 * at the earliest publication of an article carrying a claim that travelled along it (when the
 * article is undated, when the claim was said), a denial once both sides were reported, a node
 * at its first claim or edge. SL_GRAPH_TIME_UNKNOWN for what has no date: always shown.
 * node_times holds n_nodes entries, edge_times n_edges; either may be NULL. */
#define SL_GRAPH_TIME_UNKNOWN G_MININT64
void               sl_graph_layout_report_times   (SlGraphLayout *self, SlTime *node_times,
                                                   SlTime *edge_times);
/* The time a claim was reported: its article's date, else when it was said, else
 * SL_GRAPH_TIME_UNKNOWN. */
SlTime             sl_graph_claim_report_time     (SlModel *model, guint32 claim);

const char        *sl_graph_edge_kind_to_string   (SlGraphEdgeKind kind);

G_END_DECLS
