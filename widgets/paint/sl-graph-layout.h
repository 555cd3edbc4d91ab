/* sl-graph-layout.h: the source-attribution graph of a model and where its nodes go.
 *
 * Nodes are sources; edges say how a claim travelled: an article's outlet reports or quotes a
 * source, a source cites the one it got the claim from (the claim's via chain), a source
 * denies what others assert. Arrows point towards the origin. The layered layout puts outlets
 * on the left and origins on the right, orders each layer to reduce crossings, and is
 * deterministic: the same model always gives the same picture. GTK-free: GLib and the model.
 */
#pragma once

#include "model/sl-model.h"

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
} SlGraphNode;

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

/* Assigns layers and orders and sets x, y: outlets left, origins right, few crossings. */
void               sl_graph_layout_run_layered    (SlGraphLayout *self);

guint              sl_graph_layout_n_nodes        (SlGraphLayout *self);
const SlGraphNode *sl_graph_layout_node           (SlGraphLayout *self, guint i);
/* The node of a model source, or SL_NONE when the source has none. */
guint              sl_graph_layout_node_of_source (SlGraphLayout *self, guint32 source);
/* Moves a node and pins it so later layout runs leave it there. */
void               sl_graph_layout_pin_node       (SlGraphLayout *self, guint node, double x, double y);

guint              sl_graph_layout_n_edges        (SlGraphLayout *self);
const SlGraphEdge *sl_graph_layout_edge           (SlGraphLayout *self, guint i);
/* The edge from → to of kind, or SL_NONE. */
guint              sl_graph_layout_find_edge      (SlGraphLayout *self, guint from, guint to,
                                                   SlGraphEdgeKind kind);

/* The edges an event's claims travelled along (each once), appended to out (guint). */
void               sl_graph_layout_event_edges    (SlGraphLayout *self, guint32 event, GArray *out);
/* How many pairs of edges cross in the current layout (a quality figure for tests, benches). */
guint              sl_graph_layout_count_crossings (SlGraphLayout *self);
/* The bounding box of all nodes, radii included; FALSE when there are none. */
gboolean           sl_graph_layout_bounds         (SlGraphLayout *self, double *x0, double *y0,
                                                   double *x1, double *y1);

const char        *sl_graph_edge_kind_to_string   (SlGraphEdgeKind kind);

G_END_DECLS
