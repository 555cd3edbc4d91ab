/* sl-graph-force.h: force-directed placement for graphs of any size, on plain arrays.
 *
 * Every pair of nodes pushes apart (strength 1 / distance), every edge pulls its ends together
 * (distance² / K), a weak pull towards the middle keeps loose pieces near; the pairwise push is
 * summed with a Barnes–Hut tree whose cells carry complex multipole moments (and pairs of distant cells meet through local
 * expansions), so it costs
 * O(n log n) per step. Large graphs are coarsened first (edge matching, level by level), laid
 * out coarse, then refined level by level. A last pass pushes apart nodes whose discs overlap.
 *
 * Deterministic: the same problem, options and seed give the same positions whatever the
 * number of threads. Runs on any thread (GLib and GIO only); progress is reported on the
 * calling thread and a GCancellable stops it between steps, leaving the input untouched.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  SL_GRAPH_FORCE_PINNED = 1 << 0, /* stays where it is */
  SL_GRAPH_FORCE_PLACED = 1 << 1, /* has a place from an earlier run: starts there, stays near */
} SlGraphForceFlags;

typedef struct
{
  guint    iterations;  /* force steps in all, over every level (300) */
  guint    fine_iterations; /* of which at the finest level when coarsened (0: a quarter, at
                             * least 20); the coarser levels share the rest evenly */
  guint32  seed;        /* where unplaced nodes start; the same seed gives the same layout */
  double   theta;       /* Barnes–Hut opening ratio: a cell acts as one body when its radius is
                         * below theta × its distance (0.7) */
  guint    n_threads;   /* 0: one per processor, at most 8 */
  gboolean multilevel;  /* coarsen graphs of more than a few hundred nodes first (TRUE) */
  double   edge_length; /* ideal edge length K in layout units; 0 derives it from the radii */
  double   gap;         /* least free space kept between two node discs (6) */
} SlGraphForceOptions;

/* Called after each step with the fraction of the work done (0…1). */
typedef void (*SlGraphForceProgress) (double fraction, gpointer user_data);

typedef struct
{
  guint          n_nodes;
  double        *x, *y;   /* in: where pinned and placed nodes are; out: every node's place */
  const double  *radius;  /* each node's disc (nodes must not overlap), NULL = all 10 */
  const guint8  *flags;   /* SlGraphForceFlags per node, NULL = none */
  guint          n_edges;
  const guint32 *from;    /* edge endpoints (direction does not matter) */
  const guint32 *to;
} SlGraphForceProblem;

void     sl_graph_force_options_init   (SlGraphForceOptions *opts);

/* Lays the problem out in place. FALSE with G_IO_ERROR_CANCELLED when cancelled, and then
 * x and y are as they were. */
gboolean sl_graph_force_layout         (const SlGraphForceProblem *problem,
                                        const SlGraphForceOptions *opts,
                                        SlGraphForceProgress progress, gpointer user_data,
                                        GCancellable *cancellable, GError **error);

/* The repulsion on each node from all the others, Σ q_i q_j (p_i − p_j) / |p_i − p_j|²,
 * with the Barnes–Hut tree at theta, or exactly (every pair) when theta is 0; q may be NULL
 * (all 1). For tests and benchmarks. */
void     sl_graph_force_repulsion      (guint n, const double *x, const double *y,
                                        const double *q, double theta,
                                        double *fx, double *fy);

/* Pairs of nodes whose discs overlap (distance < r_i + r_j); radius NULL = all 10. */
guint    sl_graph_force_count_overlaps (guint n, const double *x, const double *y,
                                        const double *radius);

G_END_DECLS
