/* sl-graph-painter.h: draws the source-attribution graph (sl-graph-layout.h) onto any cairo_t:
 * nodes shaped by source kind (outlet: rounded rectangle, agency/government: hexagon, person:
 * circle, unnamed: dashed circle) with a ring for an Admiralty grade, edges with arrowheads
 * towards the origin, denials red and dashed, labels beside the nodes where they cover nothing,
 * and the emphasis of a selected event's chain. Views of thousands of nodes are drawn into a
 * pixel buffer (edges thinned to a budget when zoomed far out) with only the emphasised marks
 * and their labels on top as vectors. GTK-free. */
#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include "model/sl-model.h"
#include "paint/sl-paint-style.h"
#include "paint/sl-graph-layout.h"

G_BEGIN_DECLS

/* ---- Viewport: screen = (layout − origin) × zoom ---- */

#define SL_GRAPH_MIN_ZOOM 0.02
#define SL_GRAPH_MAX_ZOOM 8.0

typedef struct
{
  double ox, oy;        /* the layout point drawn at the top-left corner */
  double zoom;          /* screen pixels per layout unit */
  double width, height; /* drawing area in logical pixels */
} SlGraphViewport;

/* Identity mapping of a width × height area. */
void     sl_graph_viewport_init     (SlGraphViewport *vp, double width, double height);
/* factor > 1 zooms in keeping the layout point under (x, y) in place; zoom is clamped. */
void     sl_graph_viewport_zoom_at  (SlGraphViewport *vp, double factor, double x, double y);
/* Moves the content by (dx, dy) screen pixels, as dragging it. */
void     sl_graph_viewport_pan      (SlGraphViewport *vp, double dx, double dy);
/* Shows the whole layout centred with a margin, the labels of small graphs included, never
 * magnifying beyond 1.5×. A small layered layout is first laid out again for the frame's
 * shape (sl_graph_layout_fit_aspect), so fitting can move its nodes. */
void     sl_graph_viewport_fit      (SlGraphViewport *vp, SlGraphLayout *layout);
/* Layout → screen and back. */
void     sl_graph_viewport_to_screen (const SlGraphViewport *vp, double lx, double ly,
                                      double *sx, double *sy);
void     sl_graph_viewport_to_layout (const SlGraphViewport *vp, double sx, double sy,
                                      double *lx, double *ly);

/* ---- Painter ---- */

typedef struct _SlGraphPainter SlGraphPainter;

SlGraphPainter     *sl_graph_painter_new              (void);
void                sl_graph_painter_free             (SlGraphPainter *self);

/* Takes a reference on model, builds its graph and runs the layered layout (NULL clears). */
void                sl_graph_painter_set_model        (SlGraphPainter *self, SlModel *model);
SlModel            *sl_graph_painter_get_model        (SlGraphPainter *self);
/* The layout drawn (owned by the painter; NULL without a model). */
SlGraphLayout      *sl_graph_painter_get_layout       (SlGraphPainter *self);
/* Call after the model changed: rebuilds the graph and lays it out again, pins kept; a force
 * layout keeps the places of the sources it had (new ones settle beside their neighbours). */
void                sl_graph_painter_invalidate       (SlGraphPainter *self);

/* Chooses the layout and lays the graph out again on this thread: fine for a few thousand
 * nodes; for more, run sl_graph_layout_run_force_async() on the painter's layout and call
 * sl_graph_painter_layout_changed() when it is done. */
void                sl_graph_painter_set_layout_kind  (SlGraphPainter *self, SlGraphLayoutKind kind);
SlGraphLayoutKind   sl_graph_painter_get_layout_kind  (SlGraphPainter *self);
/* Lays the graph out as another painter's layout of the same articles has it (a window's,
 * for an export): its kind and pins, matched by source name; a force layout's places too, as
 * they are when every source has one. */
void                sl_graph_painter_follow_layout    (SlGraphPainter *self, SlGraphLayout *from);
/* The same on a worker thread, for big graphs: the graph is laid out anew (a force layout
 * from the places it had, pins kept) while the current picture stays drawn, hit tested and
 * pinned; when done the new places replace it and callback runs in the caller's thread-default
 * main context. A layered layout is computed at once. Cancelled, or overtaken by a new model,
 * the picture stays as it was and _finish fails with G_IO_ERROR_CANCELLED. Freeing the
 * painter meanwhile cancels the run (the callback still runs). */
void                sl_graph_painter_set_layout_kind_async  (SlGraphPainter      *self,
                                                             SlGraphLayoutKind    kind,
                                                             SlGraphForceProgress progress,
                                                             gpointer             progress_data,
                                                             GCancellable        *cancellable,
                                                             GAsyncReadyCallback  callback,
                                                             gpointer             user_data);
gboolean            sl_graph_painter_set_layout_kind_finish (SlGraphPainter *self,
                                                             GAsyncResult   *result,
                                                             GError        **error);
/* Call after the layout's places changed outside the painter (an async run, a drag). */
void                sl_graph_painter_layout_changed   (SlGraphPainter *self);

/* Whether labels are only placed inside the viewport (another side, or cut short with an
 * ellipsis, when the one they would take runs past an edge). For exports: a still picture
 * has nothing beyond its edges. Off by default: the window pans. */
void                sl_graph_painter_set_fit_labels   (SlGraphPainter *self, gboolean fit);
void                sl_graph_painter_set_style        (SlGraphPainter *self,
                                                       const SlPaintStyle *style);
const SlPaintStyle *sl_graph_painter_get_style        (SlGraphPainter *self);

/* The selected source (SL_NONE for none): ringed, its label always shown. */
void                sl_graph_painter_set_selected     (SlGraphPainter *self, guint32 source);
guint32             sl_graph_painter_get_selected     (SlGraphPainter *self);
/* The source under the pointer (SL_NONE for none). */
void                sl_graph_painter_set_hover        (SlGraphPainter *self, guint32 source);
/* Emphasises these sources and the edges between them; everything else is dimmed.
 * n == 0 clears. */
void                sl_graph_painter_set_highlight    (SlGraphPainter *self,
                                                       const guint32 *sources, guint n);
/* Emphasises exactly the sources and edges an event's claims travelled through. */
void                sl_graph_painter_highlight_event  (SlGraphPainter *self, guint32 event);
gboolean            sl_graph_painter_is_highlighted   (SlGraphPainter *self, guint32 source);

/* Draws background, edges, nodes and labels for vp onto cr (user space = logical pixels). */
void                sl_graph_painter_draw             (SlGraphPainter *self, cairo_t *cr,
                                                       const SlGraphViewport *vp);
/* Draws the legend (node shapes by source kind, edge kinds) starting at (x, y), wrapping
 * within width; returns the height it took. */
double              sl_graph_painter_draw_legend      (SlGraphPainter *self, cairo_t *cr,
                                                       double x, double y, double width);
/* The source whose node (or, as last drawn, its label) is at (x, y), or SL_NONE. */
guint32             sl_graph_painter_hit_test         (SlGraphPainter *self,
                                                       const SlGraphViewport *vp,
                                                       double x, double y);
/* Where a source's label went in the last frame drawn (screen box); FALSE when it was not
 * drawn (culled by zoom or crowding) or the source has no node. */
gboolean            sl_graph_painter_label_box        (SlGraphPainter *self, guint32 source,
                                                       double *x0, double *y0,
                                                       double *x1, double *y1);
/* How the last frame was drawn: nodes in pixels (a dense view), and how many of the visible
 * edges were drawn (fewer when thinned to the pixel budget). */
void                sl_graph_painter_frame_info       (SlGraphPainter *self, gboolean *dense,
                                                       guint *edges_drawn, guint *edges_visible);
/* Where a source's node is drawn for vp; FALSE when it has no node. */
gboolean            sl_graph_painter_node_position    (SlGraphPainter *self,
                                                       const SlGraphViewport *vp,
                                                       guint32 source, double *x, double *y);

/* ---- Playback over time ---- */

/* Draws only what had been reported by cutoff (sl_graph_layout_report_times): edges whose
 * first report is later, and nodes none of whose claims or edges were out yet, are left out of
 * the frame and of hit tests. G_MAXINT64 (the default) shows everything. */
void                sl_graph_painter_set_time_cutoff  (SlGraphPainter *self, SlTime cutoff);
SlTime              sl_graph_painter_get_time_cutoff  (SlGraphPainter *self);
/* The first and last dated report in the graph; FALSE when nothing in it is dated. */
gboolean            sl_graph_painter_time_span        (SlGraphPainter *self, SlTime *first,
                                                       SlTime *last);
/* Whether a source's node, or an edge (layout index), is shown at the current cut-off. */
gboolean            sl_graph_painter_source_shown     (SlGraphPainter *self, guint32 source);
gboolean            sl_graph_painter_edge_shown       (SlGraphPainter *self, guint edge);

/* ---- Edges under the pointer ---- */

/* The shown edge (layout index) whose drawn curve passes within a few pixels of (x, y), the
 * nearest when several do, or SL_NONE. */
guint               sl_graph_painter_edge_hit_test    (SlGraphPainter *self,
                                                       const SlGraphViewport *vp,
                                                       double x, double y);
/* The edge under the pointer (SL_NONE for none): drawn emphasised with its kind and count. */
void                sl_graph_painter_set_hover_edge   (SlGraphPainter *self, guint edge);
guint               sl_graph_painter_get_hover_edge   (SlGraphPainter *self);
/* An edge's label as drawn on hover: its kind and how many claims took it ("cites ×3"). */
char               *sl_graph_painter_edge_label       (SlGraphPainter *self, guint edge);

G_END_DECLS
