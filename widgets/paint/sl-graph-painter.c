/* sl-graph-painter.c: the attribution graph onto any cairo_t.
 *
 * Labels sit beside their nodes (right first; then left, below, above) wherever they cover no
 * other node or label; in the layered layout, whose flow reads left to right, an edge leaves a
 * node from the end of its label, so a chain reads "Outlet ── Agency ── Origin". Emphasis (a
 * selected event's chain, a source and its neighbours) dims everything else.
 *
 * A frame of up to a few hundred nodes is drawn as vectors, marks of one kind batched into one
 * path. Past that the view is dense: edges and nodes go into a pixel buffer (edges one pixel
 * wide, nodes stamped from small sprites drawn once per kind and size), copied onto the target
 * in one operation, with the emphasised marks and the labels that must show (selection, hover,
 * emphasis) drawn over it as vectors. When zoomed far out over a graph with long edges, edges
 * are drawn heaviest first up to a budget of pixels, so a frame costs about the same at any
 * zoom.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include "sl-graph-painter.h"

#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#define LABEL_MAX_W 190.0   /* labels are ellipsized past this many pixels */
#define LABEL_GAP 5.0       /* between a node's rim and its label */
#define LABEL_MIN_ZOOM 0.3  /* below this, only the labels that must show */
#define MIN_CUT_W 56.0      /* a name is not cut shorter than this (pixels) */
#define SMALL_GRAPH 60      /* graphs this small always try every label */
#define DENSE_NODES 250     /* visible nodes past which nodes are drawn as pixels, labels culled */
#define DENSE_EDGES 1500    /* visible edges past which the frame is drawn into pixels */
#define EDGE_PIXEL_BUDGET 800000.0  /* pixels of edge per dense frame, heaviest edges first */
#define EDGE_VECTOR_PX 60000.0    /* more pixels of edge than this are drawn as pixels */
#define SPRITE_MAX_R 16     /* nodes bigger than this (px) are vectors even in dense frames */
#define MEASURE_LIMIT 5000  /* graphs up to this size have every label measured up front */

/* ------------------------------------------------------------------------------------------ */
/* Viewport                                                                                   */

void
sl_graph_viewport_init (SlGraphViewport *vp, double width, double height)
{
  g_return_if_fail (vp != NULL);
  vp->ox = 0;
  vp->oy = 0;
  vp->zoom = 1.0;
  vp->width = MAX (width, 1.0);
  vp->height = MAX (height, 1.0);
}

void
sl_graph_viewport_zoom_at (SlGraphViewport *vp, double factor, double x, double y)
{
  double lx, ly;

  g_return_if_fail (vp != NULL);
  g_return_if_fail (factor > 0);

  sl_graph_viewport_to_layout (vp, x, y, &lx, &ly);
  vp->zoom = CLAMP (vp->zoom * factor, SL_GRAPH_MIN_ZOOM, SL_GRAPH_MAX_ZOOM);
  vp->ox = lx - x / vp->zoom;
  vp->oy = ly - y / vp->zoom;
}

void
sl_graph_viewport_pan (SlGraphViewport *vp, double dx, double dy)
{
  g_return_if_fail (vp != NULL);
  vp->ox -= dx / vp->zoom;
  vp->oy -= dy / vp->zoom;
}

/* The screen extent of the layout at zoom z, relative to the origin: shapes scale, labels
 * (beside nodes, in pixels) do not. */
static void
fit_extent (SlGraphLayout *layout, gboolean labels, double z, double *x0, double *y0,
            double *x1, double *y1)
{
  guint n = sl_graph_layout_n_nodes (layout);

  *x0 = *y0 = G_MAXDOUBLE;
  *x1 = *y1 = -G_MAXDOUBLE;
  for (guint i = 0; i < n; i++)
    {
      const SlGraphNode *node = sl_graph_layout_node (layout, i);
      double hw, hh, lw = 0, lh = 0;

      sl_graph_layout_node_half_size (layout, i, &hw, &hh);
      if (labels)
        sl_graph_layout_label_size (layout, i, &lw, &lh);
      *x0 = MIN (*x0, (node->x - hw) * z);
      *x1 = MAX (*x1, (node->x + hw) * z + (labels ? LABEL_GAP + MIN (lw, LABEL_MAX_W) : 0));
      *y0 = MIN (*y0, MIN ((node->y - hh) * z, node->y * z - lh / 2));
      *y1 = MAX (*y1, MAX ((node->y + hh) * z, node->y * z + lh / 2));
    }
}

void
sl_graph_viewport_fit (SlGraphViewport *vp, SlGraphLayout *layout)
{
  double margin = 24, lo = SL_GRAPH_MIN_ZOOM, hi = 1.5, x0, y0, x1, y1;
  gboolean labels;

  g_return_if_fail (vp != NULL);

  if (layout == NULL || sl_graph_layout_n_nodes (layout) == 0)
    {
      vp->zoom = 1.0;
      vp->ox = -vp->width / 2;
      vp->oy = -vp->height / 2;
      return;
    }
  /* a small layered graph is first laid out for the frame's shape */
  sl_graph_layout_fit_aspect (layout, (vp->width - 2 * margin) / MAX (vp->height - 2 * margin, 1.0));
  /* small graphs show their labels: leave them room, in pixels */
  labels = sl_graph_layout_n_nodes (layout) <= 300;
  for (int it = 0; it < 40; it++)
    {
      double z = (lo + hi) / 2;
      fit_extent (layout, labels, z, &x0, &y0, &x1, &y1);
      if (x1 - x0 <= vp->width - 2 * margin && y1 - y0 <= vp->height - 2 * margin)
        lo = z;
      else
        hi = z;
    }
  vp->zoom = lo;
  fit_extent (layout, labels, lo, &x0, &y0, &x1, &y1);
  vp->ox = ((x0 + x1) / 2 - vp->width / 2) / vp->zoom;
  vp->oy = ((y0 + y1) / 2 - vp->height / 2) / vp->zoom;
}

void
sl_graph_viewport_to_screen (const SlGraphViewport *vp, double lx, double ly, double *sx,
                             double *sy)
{
  g_return_if_fail (vp != NULL);
  if (sx)
    *sx = (lx - vp->ox) * vp->zoom;
  if (sy)
    *sy = (ly - vp->oy) * vp->zoom;
}

void
sl_graph_viewport_to_layout (const SlGraphViewport *vp, double sx, double sy, double *lx,
                             double *ly)
{
  g_return_if_fail (vp != NULL);
  if (lx)
    *lx = sx / vp->zoom + vp->ox;
  if (ly)
    *ly = sy / vp->zoom + vp->oy;
}

/* ------------------------------------------------------------------------------------------ */
/* Painter                                                                                    */

typedef struct
{
  float x0, y0, x1, y1;
} Box;

enum
{
  SIDE_NONE = 0,
  SIDE_RIGHT,
  SIDE_LEFT,
  SIDE_BELOW,
  SIDE_ABOVE,
};

/* A node stamp for dense frames: premultiplied ARGB, centred on (cx, cy). */
typedef struct
{
  guint32 *px;
  int      size, c;
} Sprite;

#define SPRITE_STEPS (2 * SPRITE_MAX_R + 1)   /* radii in half pixels, 0.5 … SPRITE_MAX_R */

struct _SlGraphPainter
{
  SlModel          *model;
  SlGraphLayout    *layout;
  SlGraphLayoutKind kind;
  SlPaintStyle      style;
  guint32           selected, hover;
  guint8           *node_hl;   /* per node: emphasised */
  guint8           *edge_hl;   /* per edge: emphasised */
  gboolean          has_highlight;
  gboolean          fit_labels;  /* labels stay inside the viewport: a picture has no beyond */

  /* label text sizes in pixels at the style's font, per node; < 0 = not measured yet */
  float            *name_w, *name_h, *title_w, *title_h;
  guint             n_measured;

  /* per frame, per node */
  guint             cap;
  float            *sx, *sy, *hw, *hh;   /* screen centre and shape half sizes */
  guint8           *vis;
  guint8           *side;                 /* where its label went (SIDE_*) */
  Box              *label;                /* and its box */
  float            *label_cut;            /* > 0: the text was cut to this width (ellipsis) */
  guint8           *with_title;
  guint            *degree;                /* edges at each node */
  SlGraphViewport   last_vp;              /* the frame the label boxes belong to */
  gboolean          has_last;

  /* dense frames */
  cairo_surface_t  *raster;
  guint8           *cov;                  /* per pixel: how many plain edges cross it */
  int               cov_w, cov_h;
  guint            *edge_rank;            /* edges, most important first */
  Sprite            sprites[SL_SOURCE_KIND_COUNT][SPRITE_STEPS][2];
  guint             last_edges_drawn, last_edges_visible;
  gboolean          last_dense;

  /* playback: what was reported by the cut-off is drawn */
  SlTime            cutoff;               /* G_MAXINT64: everything */
  SlTime           *node_time, *edge_time; /* per node / edge, computed on first need */
  guint             hover_edge;           /* layout edge under the pointer, SL_NONE for none */

  struct _PendingLayout *pending;         /* a layout running on a worker thread, or NULL */
};

/* A layout of the painter's graph on a worker thread. Owned by the task; the painter only
 * points at it while it runs, and lets go (painter = NULL) when freed or given a new graph. */
typedef struct _PendingLayout
{
  SlGraphPainter *painter;
  SlGraphLayout  *base;     /* the layout it replaces, to know it is still the one drawn */
  SlGraphLayout  *next;
  GCancellable   *cancellable;
} PendingLayout;

SlGraphPainter *
sl_graph_painter_new (void)
{
  SlGraphPainter *self = g_new0 (SlGraphPainter, 1);

  sl_paint_style_init (&self->style, FALSE);
  self->selected = SL_NONE;
  self->hover = SL_NONE;
  self->kind = SL_GRAPH_LAYOUT_LAYERED;
  self->cutoff = G_MAXINT64;
  self->hover_edge = SL_NONE;
  return self;
}

static void
clear_highlight (SlGraphPainter *self)
{
  g_clear_pointer (&self->node_hl, g_free);
  g_clear_pointer (&self->edge_hl, g_free);
  self->has_highlight = FALSE;
}

/* The graph changed (or was laid out anew): its report times and edge indexes go. */
static void
clear_times (SlGraphPainter *self)
{
  g_clear_pointer (&self->node_time, g_free);
  g_clear_pointer (&self->edge_time, g_free);
  self->hover_edge = SL_NONE;
}

static gboolean
ensure_times (SlGraphPainter *self)
{
  if (self->layout == NULL)
    return FALSE;
  if (self->node_time == NULL)
    {
      self->node_time = g_new (SlTime, sl_graph_layout_n_nodes (self->layout) + 1);
      self->edge_time = g_new (SlTime, sl_graph_layout_n_edges (self->layout) + 1);
      sl_graph_layout_report_times (self->layout, self->node_time, self->edge_time);
    }
  return TRUE;
}

static gboolean
node_shown (SlGraphPainter *self, guint node)
{
  return self->cutoff == G_MAXINT64 || !ensure_times (self) || self->node_time[node] <= self->cutoff;
}

static gboolean
edge_shown (SlGraphPainter *self, guint edge)
{
  return self->cutoff == G_MAXINT64 || !ensure_times (self) || self->edge_time[edge] <= self->cutoff;
}

static void
clear_sprites (SlGraphPainter *self)
{
  for (int k = 0; k < SL_SOURCE_KIND_COUNT; k++)
    for (int s = 0; s < SPRITE_STEPS; s++)
      for (int v = 0; v < 2; v++)
        g_clear_pointer (&self->sprites[k][s][v].px, g_free);
}

static void
clear_frame (SlGraphPainter *self)
{
  g_clear_pointer (&self->name_w, g_free);
  g_clear_pointer (&self->name_h, g_free);
  g_clear_pointer (&self->title_w, g_free);
  g_clear_pointer (&self->title_h, g_free);
  g_clear_pointer (&self->sx, g_free);
  g_clear_pointer (&self->sy, g_free);
  g_clear_pointer (&self->hw, g_free);
  g_clear_pointer (&self->hh, g_free);
  g_clear_pointer (&self->vis, g_free);
  g_clear_pointer (&self->side, g_free);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->label_cut, g_free);
  g_clear_pointer (&self->with_title, g_free);
  g_clear_pointer (&self->degree, g_free);
  g_clear_pointer (&self->edge_rank, g_free);
  self->cap = 0;
  self->n_measured = 0;
  self->has_last = FALSE;
}

static void
drop_pending (SlGraphPainter *self)
{
  if (self->pending == NULL)
    return;
  g_cancellable_cancel (self->pending->cancellable);
  self->pending->painter = NULL;
  self->pending = NULL;
}

void
sl_graph_painter_free (SlGraphPainter *self)
{
  if (self == NULL)
    return;
  drop_pending (self);
  clear_highlight (self);
  clear_frame (self);
  clear_times (self);
  clear_sprites (self);
  g_clear_pointer (&self->raster, cairo_surface_destroy);
  g_clear_pointer (&self->cov, g_free);
  g_clear_pointer (&self->layout, sl_graph_layout_free);
  g_clear_pointer (&self->model, sl_model_unref);
  g_free (self);
}

/* Per-node arrays sized to the layout; label sizes start unmeasured. */
static void
ensure_frame (SlGraphPainter *self)
{
  guint n = self->layout ? sl_graph_layout_n_nodes (self->layout) : 0;

  if (self->cap >= n && self->sx != NULL)
    return;
  clear_frame (self);
  self->cap = n;
  self->name_w = g_new (float, n + 1);
  self->name_h = g_new (float, n + 1);
  self->title_w = g_new (float, n + 1);
  self->title_h = g_new (float, n + 1);
  for (guint i = 0; i <= n; i++)
    self->name_w[i] = -1;
  self->sx = g_new (float, n + 1);
  self->sy = g_new (float, n + 1);
  self->hw = g_new (float, n + 1);
  self->hh = g_new (float, n + 1);
  self->vis = g_new0 (guint8, n + 1);
  self->side = g_new0 (guint8, n + 1);
  self->label = g_new0 (Box, n + 1);
  self->label_cut = g_new0 (float, n + 1);
  self->with_title = g_new0 (guint8, n + 1);
  self->degree = g_new0 (guint, n + 1);
  for (guint e = 0; self->layout && e < sl_graph_layout_n_edges (self->layout); e++)
    {
      const SlGraphEdge *ed = sl_graph_layout_edge (self->layout, e);
      self->degree[ed->from]++;
      self->degree[ed->to]++;
    }
}

static PangoLayout *
graph_text_layout_for (PangoContext *context, const SlPaintStyle *st, double rel, gboolean bold)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *desc = sl_paint_style_font (st, rel, bold);

  pango_layout_set_font_description (layout, desc);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_font_description_free (desc);
  return layout;
}

static PangoLayout *
graph_text_layout (cairo_t *cr, const SlPaintStyle *st, double rel, gboolean bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = sl_paint_style_font (st, rel, bold);
  cairo_font_options_t *fo = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (fo, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), fo);
  pango_layout_context_changed (layout);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_font_description_free (desc);
  cairo_font_options_destroy (fo);
  return layout;
}

static const char *
node_name (SlGraphPainter *self, const SlGraphNode *node)
{
  const char *name = sl_model_str (self->model, sl_model_source (self->model, node->source)->name);
  return name && *name ? name : _("Unnamed source");
}

static const char *
node_title (SlGraphPainter *self, const SlGraphNode *node)
{
  const SlSource *src = sl_model_source (self->model, node->source);
  const char *title = src->title ? sl_model_str (self->model, src->title) : NULL;
  return title && *title ? title : NULL;
}

/* Measures node i's name and title with the given layouts (ellipsized at LABEL_MAX_W). */
static void
measure_label (SlGraphPainter *self, guint i, PangoLayout *name, PangoLayout *small)
{
  const SlGraphNode *node = sl_graph_layout_node (self->layout, i);
  const char *title = node_title (self, node);
  double max_w = sl_paint_style_px (&self->style, LABEL_MAX_W);
  int w, h;

  pango_layout_set_width (name, (int) (max_w * PANGO_SCALE));
  pango_layout_set_text (name, node_name (self, node), -1);
  pango_layout_get_pixel_size (name, &w, &h);
  self->name_w[i] = w;
  self->name_h[i] = h;
  self->title_w[i] = self->title_h[i] = 0;
  if (title)
    {
      pango_layout_set_width (small, (int) (max_w * PANGO_SCALE));
      pango_layout_set_text (small, title, -1);
      pango_layout_get_pixel_size (small, &w, &h);
      self->title_w[i] = w;
      self->title_h[i] = h;
    }
}

/* Measures every label of a graph small enough, so the layered layout keeps their room. */
static void
measure_all_labels (SlGraphPainter *self)
{
  guint n = sl_graph_layout_n_nodes (self->layout);
  PangoContext *context;
  PangoLayout *name, *small;
  cairo_font_options_t *fo;

  ensure_frame (self);
  if (n > MEASURE_LIMIT)
    return;
  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  fo = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (fo, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, fo);
  cairo_font_options_destroy (fo);
  name = graph_text_layout_for (context, &self->style, 1.0, FALSE);
  small = graph_text_layout_for (context, &self->style, 0.85, FALSE);
  for (guint i = 0; i < n; i++)
    {
      measure_label (self, i, name, small);
      sl_graph_layout_set_label_size (self->layout, i, MAX (self->name_w[i], self->title_w[i]),
                                      self->name_h[i] + self->title_h[i]);
    }
  g_object_unref (name);
  g_object_unref (small);
  g_object_unref (context);
}

/* Lays the current layout out with the current kind. */
static void
run_layout (SlGraphPainter *self, SlGraphLayout *previous)
{
  measure_all_labels (self);
  if (self->kind == SL_GRAPH_LAYOUT_FORCE)
    {
      SlGraphForceOptions opts;
      sl_graph_force_options_init (&opts);
      /* an earlier force layout of the graph: keep it, let newcomers settle */
      if (previous && sl_graph_layout_get_kind (previous) == SL_GRAPH_LAYOUT_FORCE
          && sl_graph_layout_take_positions (self->layout, previous) > 0)
        opts.iterations = 100;
      sl_graph_layout_run_force (self->layout, &opts, NULL, NULL, NULL, NULL);
    }
  else
    {
      /* the layered layout is computed from the model alone; pins carry over, and the shape
       * of the frame it was fitted to, so a node let go of returns to the columns on screen */
      if (previous && sl_graph_layout_get_kind (previous) == SL_GRAPH_LAYOUT_LAYERED)
        sl_graph_layout_set_aspect (self->layout, sl_graph_layout_get_aspect (previous));
      if (previous)
        for (guint i = 0; i < sl_graph_layout_n_nodes (previous); i++)
          {
            const SlGraphNode *n = sl_graph_layout_node (previous, i);
            if (n->pinned)
              {
                const char *name = sl_model_str (sl_graph_layout_get_model (previous),
                                                 sl_model_source (sl_graph_layout_get_model (previous),
                                                                  n->source)->name);
                guint32 src = name ? sl_model_find_source (self->model, name) : SL_NONE;
                guint node = src != SL_NONE ? sl_graph_layout_node_of_source (self->layout, src) : SL_NONE;
                if (node != SL_NONE)
                  sl_graph_layout_pin_node (self->layout, node, n->x, n->y);
              }
          }
      sl_graph_layout_run_layered (self->layout);
    }
}

static void
rebuild (SlGraphPainter *self)
{
  SlGraphLayout *previous = self->layout;

  drop_pending (self);
  self->layout = NULL;
  clear_highlight (self);
  clear_frame (self);
  clear_times (self);
  if (self->model != NULL)
    {
      self->layout = sl_graph_layout_new (self->model);
      run_layout (self, previous);
    }
  g_clear_pointer (&previous, sl_graph_layout_free);
}

void
sl_graph_painter_set_model (SlGraphPainter *self, SlModel *model)
{
  g_return_if_fail (self != NULL);

  if (model)
    sl_model_ref (model);
  drop_pending (self);
  clear_highlight (self);
  clear_frame (self);
  g_clear_pointer (&self->layout, sl_graph_layout_free);
  g_clear_pointer (&self->model, sl_model_unref);
  self->model = model;
  self->selected = SL_NONE;
  self->hover = SL_NONE;
  rebuild (self);
}

SlModel *
sl_graph_painter_get_model (SlGraphPainter *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->model;
}

SlGraphLayout *
sl_graph_painter_get_layout (SlGraphPainter *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->layout;
}

void
sl_graph_painter_invalidate (SlGraphPainter *self)
{
  g_return_if_fail (self != NULL);
  rebuild (self);
}

/* Lays the graph out anew with self->kind, taking pins (and for a force layout, places) from
 * from, or from the layout it replaces when from is NULL. A force layout that has a place for
 * every node is taken as it is. */
static void
replace_layout (SlGraphPainter *self, SlGraphLayout *from)
{
  SlGraphLayout *previous = self->layout;
  guint8 *node_hl = self->node_hl, *edge_hl = self->edge_hl;
  gboolean has_highlight = self->has_highlight;

  self->has_last = FALSE;
  clear_times (self);
  /* the graph is the same: keep the emphasis */
  self->node_hl = self->edge_hl = NULL;
  self->layout = sl_graph_layout_new (self->model);
  if (from == NULL)
    from = previous;
  if (self->kind == SL_GRAPH_LAYOUT_FORCE && from != previous
      && sl_graph_layout_get_kind (from) == SL_GRAPH_LAYOUT_FORCE
      && sl_graph_layout_take_positions (self->layout, from) == sl_graph_layout_n_nodes (self->layout))
    measure_all_labels (self);
  else
    run_layout (self, from);
  sl_graph_layout_free (previous);
  self->node_hl = node_hl;
  self->edge_hl = edge_hl;
  self->has_highlight = has_highlight;
}

void
sl_graph_painter_set_layout_kind (SlGraphPainter *self, SlGraphLayoutKind kind)
{
  g_return_if_fail (self != NULL);

  drop_pending (self);
  self->kind = kind;
  if (self->layout == NULL)
    return;
  /* a fresh run of the chosen kind, pins kept */
  replace_layout (self, NULL);
}

void
sl_graph_painter_follow_layout (SlGraphPainter *self, SlGraphLayout *from)
{
  g_return_if_fail (self != NULL && from != NULL);

  drop_pending (self);
  self->kind = sl_graph_layout_get_kind (from);
  if (self->layout == NULL)
    return;
  replace_layout (self, from);
}

static void
pending_layout_free (PendingLayout *pending)
{
  g_clear_pointer (&pending->next, sl_graph_layout_free);
  g_clear_object (&pending->cancellable);
  g_free (pending);
}

static void
pending_layout_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  PendingLayout *pending = g_task_get_task_data (task);
  SlGraphPainter *self = pending->painter;
  g_autoptr (GError) error = NULL;

  if (!sl_graph_layout_run_force_finish (pending->next, result, &error))
    {
      if (self != NULL && self->pending == pending)
        self->pending = NULL;
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (self == NULL || self->pending != pending || self->layout != pending->base)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               _("The graph changed while it was laid out"));
      return;
    }
  /* the same graph, so the same node and edge indexes: emphasis and sizes carry over, and
   * nodes dragged meanwhile stay where they were dropped */
  for (guint i = 0; i < sl_graph_layout_n_nodes (self->layout); i++)
    {
      const SlGraphNode *n = sl_graph_layout_node (self->layout, i);
      if (n->pinned && !sl_graph_layout_node (pending->next, i)->pinned)
        sl_graph_layout_pin_node (pending->next, i, n->x, n->y);
    }
  self->pending = NULL;
  sl_graph_layout_free (self->layout);
  self->layout = g_steal_pointer (&pending->next);
  self->kind = SL_GRAPH_LAYOUT_FORCE;
  self->has_last = FALSE;
  clear_times (self);
  g_task_return_boolean (task, TRUE);
}

void
sl_graph_painter_set_layout_kind_async (SlGraphPainter *self, SlGraphLayoutKind kind,
                                        SlGraphForceProgress progress, gpointer progress_data,
                                        GCancellable *cancellable, GAsyncReadyCallback callback,
                                        gpointer user_data)
{
  g_autoptr (GTask) task = NULL;
  PendingLayout *pending;
  SlGraphForceOptions opts;

  g_return_if_fail (self != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sl_graph_painter_set_layout_kind_async);
  if (kind != SL_GRAPH_LAYOUT_FORCE || self->layout == NULL)
    {
      sl_graph_painter_set_layout_kind (self, kind);
      g_task_return_boolean (task, TRUE);
      return;
    }
  drop_pending (self);
  pending = g_new0 (PendingLayout, 1);
  pending->painter = self;
  pending->base = self->layout;
  pending->next = sl_graph_layout_new (self->model);
  pending->cancellable = cancellable ? g_object_ref (cancellable) : g_cancellable_new ();
  g_task_set_task_data (task, pending, (GDestroyNotify) pending_layout_free);
  self->pending = pending;

  /* the labels' room as measured for the picture drawn; an earlier force layout's places */
  for (guint i = 0; i < sl_graph_layout_n_nodes (self->layout); i++)
    {
      double w, h;
      sl_graph_layout_label_size (self->layout, i, &w, &h);
      sl_graph_layout_set_label_size (pending->next, i, w, h);
    }
  sl_graph_force_options_init (&opts);
  if (sl_graph_layout_get_kind (self->layout) == SL_GRAPH_LAYOUT_FORCE)
    {
      if (sl_graph_layout_take_positions (pending->next, self->layout) > 0)
        opts.iterations = 100;
    }
  else
    for (guint i = 0; i < sl_graph_layout_n_nodes (self->layout); i++)
      {
        const SlGraphNode *n = sl_graph_layout_node (self->layout, i);
        if (n->pinned)
          sl_graph_layout_pin_node (pending->next, i, n->x, n->y);
      }
  sl_graph_layout_run_force_async (pending->next, &opts, progress, progress_data,
                                   pending->cancellable, pending_layout_done_cb,
                                   g_steal_pointer (&task));
}

gboolean
sl_graph_painter_set_layout_kind_finish (SlGraphPainter *self, GAsyncResult *result,
                                         GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

SlGraphLayoutKind
sl_graph_painter_get_layout_kind (SlGraphPainter *self)
{
  g_return_val_if_fail (self != NULL, SL_GRAPH_LAYOUT_LAYERED);
  return self->kind;
}

void
sl_graph_painter_layout_changed (SlGraphPainter *self)
{
  g_return_if_fail (self != NULL);
  self->has_last = FALSE;
  if (self->layout)
    self->kind = sl_graph_layout_get_kind (self->layout);
}

void
sl_graph_painter_set_fit_labels (SlGraphPainter *self, gboolean fit)
{
  g_return_if_fail (self != NULL);
  self->fit_labels = !!fit;
  self->has_last = FALSE;
}

void
sl_graph_painter_set_style (SlGraphPainter *self, const SlPaintStyle *style)
{
  gboolean text_changed;

  g_return_if_fail (self != NULL && style != NULL);
  text_changed = self->style.scale != style->scale || self->style.font_size != style->font_size
                 || strcmp (self->style.font_family, style->font_family) != 0;
  self->style = *style;
  clear_sprites (self);
  /* the layered layout leaves room for labels: new text sizes, new room */
  if (text_changed && self->layout != NULL)
    {
      for (guint i = 0; i < self->cap; i++)
        self->name_w[i] = -1;
      self->has_last = FALSE;
      if (self->kind == SL_GRAPH_LAYOUT_LAYERED)
        sl_graph_painter_set_layout_kind (self, SL_GRAPH_LAYOUT_LAYERED);
    }
}

const SlPaintStyle *
sl_graph_painter_get_style (SlGraphPainter *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->style;
}

void
sl_graph_painter_set_selected (SlGraphPainter *self, guint32 source)
{
  g_return_if_fail (self != NULL);
  self->selected = source;
}

guint32
sl_graph_painter_get_selected (SlGraphPainter *self)
{
  g_return_val_if_fail (self != NULL, SL_NONE);
  return self->selected;
}

void
sl_graph_painter_set_hover (SlGraphPainter *self, guint32 source)
{
  g_return_if_fail (self != NULL);
  self->hover = source;
}

static gboolean
alloc_highlight (SlGraphPainter *self)
{
  clear_highlight (self);
  if (self->layout == NULL)
    return FALSE;
  self->node_hl = g_new0 (guint8, sl_graph_layout_n_nodes (self->layout) + 1);
  self->edge_hl = g_new0 (guint8, sl_graph_layout_n_edges (self->layout) + 1);
  self->has_highlight = TRUE;
  return TRUE;
}

void
sl_graph_painter_set_highlight (SlGraphPainter *self, const guint32 *sources, guint n)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (n == 0 || sources != NULL);

  clear_highlight (self);
  if (n == 0 || !alloc_highlight (self))
    return;
  for (guint i = 0; i < n; i++)
    {
      guint node = sl_graph_layout_node_of_source (self->layout, sources[i]);
      if (node != SL_NONE)
        self->node_hl[node] = 1;
    }
  for (guint e = 0; e < sl_graph_layout_n_edges (self->layout); e++)
    {
      const SlGraphEdge *ed = sl_graph_layout_edge (self->layout, e);
      self->edge_hl[e] = self->node_hl[ed->from] && self->node_hl[ed->to];
    }
}

void
sl_graph_painter_highlight_event (SlGraphPainter *self, guint32 event)
{
  g_autoptr (GArray) edges = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) sources = g_array_new (FALSE, FALSE, sizeof (guint32));

  g_return_if_fail (self != NULL);

  clear_highlight (self);
  if (self->model == NULL || event >= sl_model_n_events (self->model) || !alloc_highlight (self))
    return;
  sl_model_event_sources (self->model, event, sources);
  sl_graph_layout_event_edges (self->layout, event, edges);
  for (guint i = 0; i < sources->len; i++)
    {
      guint node = sl_graph_layout_node_of_source (self->layout, g_array_index (sources, guint32, i));
      if (node != SL_NONE)
        self->node_hl[node] = 1;
    }
  for (guint i = 0; i < edges->len; i++)
    {
      guint e = g_array_index (edges, guint, i);
      const SlGraphEdge *ed = sl_graph_layout_edge (self->layout, e);
      self->edge_hl[e] = 1;
      /* the outlet that carried the chain lights up with it */
      self->node_hl[ed->from] = self->node_hl[ed->to] = 1;
    }
  /* an event its article states without attributing it ("No attributed source: the article
   * states this itself") rests on the article's outlet: that lights up, not nothing at all */
  if (sources->len == 0 && edges->len == 0)
    {
      const SlEvent *ev = sl_model_event (self->model, event);
      const char *outlet = ev->doc < sl_model_n_docs (self->model)
                           ? sl_model_str (self->model, sl_model_doc (self->model, ev->doc)->outlet)
                           : NULL;
      guint32 source = outlet && *outlet ? sl_model_find_source (self->model, outlet) : SL_NONE;
      guint node = source != SL_NONE ? sl_graph_layout_node_of_source (self->layout, source) : SL_NONE;

      if (node != SL_NONE)
        self->node_hl[node] = 1;
    }
}

gboolean
sl_graph_painter_is_highlighted (SlGraphPainter *self, guint32 source)
{
  guint node;

  g_return_val_if_fail (self != NULL, FALSE);
  if (!self->has_highlight || self->layout == NULL)
    return FALSE;
  node = sl_graph_layout_node_of_source (self->layout, source);
  return node != SL_NONE && self->node_hl[node];
}

/* ------------------------------------------------------------------------------------------ */
/* Shapes                                                                                     */

static void
hexagon (cairo_t *cr, double cx, double cy, double r)
{
  for (int i = 0; i < 6; i++)
    {
      double a = G_PI / 3 * i;
      double x = cx + r * cos (a), y = cy + r * sin (a);
      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_close_path (cr);
}

static void
rounded_box (cairo_t *cr, double x, double y, double w, double h, double r)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* Adds the node outline for a source kind to the current path. */
static void
node_subpath (cairo_t *cr, SlSourceKind kind, double cx, double cy, double r)
{
  switch (kind)
    {
    case SL_SOURCE_OUTLET:
      rounded_box (cr, cx - r * 1.25, cy - r * 0.8, r * 2.5, r * 1.6, r * 0.35);
      break;
    case SL_SOURCE_AGENCY:
    case SL_SOURCE_GOVERNMENT:
    case SL_SOURCE_COUNTRY:
      hexagon (cr, cx, cy, r * 1.08);
      break;
    case SL_SOURCE_ORGANIZATION:
      rounded_box (cr, cx - r * 0.9, cy - r * 0.9, r * 1.8, r * 1.8, r * 0.25);
      break;
    case SL_SOURCE_PERSON:
    case SL_SOURCE_UNNAMED:
    default:
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
      cairo_close_path (cr);
      break;
    }
}

static void
node_path (cairo_t *cr, SlSourceKind kind, double cx, double cy, double r)
{
  cairo_new_path (cr);
  node_subpath (cr, kind, cx, cy, r);
}

static double
half_w_factor (SlSourceKind kind)
{
  switch (kind)
    {
    case SL_SOURCE_OUTLET:
      return 1.25;
    case SL_SOURCE_ORGANIZATION:
      return 0.9;
    case SL_SOURCE_PERSON:
    case SL_SOURCE_UNNAMED:
      return 1.0;
    default:
      return 1.08;
    }
}

static double
half_h_factor (SlSourceKind kind)
{
  switch (kind)
    {
    case SL_SOURCE_OUTLET:
      return 0.8;
    case SL_SOURCE_ORGANIZATION:
      return 0.9;
    case SL_SOURCE_PERSON:
    case SL_SOURCE_UNNAMED:
      return 1.0;
    default:
      return 0.94;
    }
}

/* How far the rim is from the centre towards a direction (for arrowheads). */
static double
rim_distance (SlSourceKind kind, double r, double ux, double uy)
{
  if (kind == SL_SOURCE_OUTLET || kind == SL_SOURCE_ORGANIZATION)
    {
      double hx = r * half_w_factor (kind), hy = r * half_h_factor (kind);
      double tx = fabs (ux) > 1e-9 ? hx / fabs (ux) : G_MAXDOUBLE;
      double ty = fabs (uy) > 1e-9 ? hy / fabs (uy) : G_MAXDOUBLE;
      return MIN (tx, ty);
    }
  return r * (kind == SL_SOURCE_PERSON || kind == SL_SOURCE_UNNAMED ? 1.0 : 1.0);
}

static SlSourceKind
node_kind (SlGraphPainter *self, const SlGraphNode *node)
{
  guint8 k = sl_model_source (self->model, node->source)->kind;
  return k < SL_SOURCE_KIND_COUNT ? (SlSourceKind) k : SL_SOURCE_UNNAMED;
}

static gboolean
node_emphasised (SlGraphPainter *self, guint i)
{
  return self->has_highlight && self->node_hl[i];
}

static gboolean
node_must_label (SlGraphPainter *self, guint i)
{
  guint32 src = sl_graph_layout_node (self->layout, i)->source;
  return src == self->selected || src == self->hover || node_emphasised (self, i);
}

static double
node_alpha (SlGraphPainter *self, guint node)
{
  if (!self->has_highlight)
    return 1.0;
  return self->node_hl[node] ? 1.0 : 0.22;
}

/* ------------------------------------------------------------------------------------------ */
/* Where things are this frame                                                                */

/* Screen centre and shape size of every node; returns how many can be seen. */
static guint
frame_positions (SlGraphPainter *self, const SlGraphViewport *vp)
{
  guint n = sl_graph_layout_n_nodes (self->layout), n_vis = 0;

  for (guint i = 0; i < n; i++)
    {
      const SlGraphNode *node = sl_graph_layout_node (self->layout, i);
      SlSourceKind kind = node_kind (self, node);
      double r = node->radius * vp->zoom;
      float x = (float) ((node->x - vp->ox) * vp->zoom), y = (float) ((node->y - vp->oy) * vp->zoom);

      self->sx[i] = x;
      self->sy[i] = y;
      self->hw[i] = (float) (r * half_w_factor (kind));
      self->hh[i] = (float) (r * half_h_factor (kind));
      self->vis[i] = x + self->hw[i] >= 0 && x - self->hw[i] <= vp->width
                     && y + self->hh[i] >= 0 && y - self->hh[i] <= vp->height
                     && node_shown (self, i);
      self->side[i] = SIDE_NONE;
      n_vis += self->vis[i];
    }
  return n_vis;
}

static gboolean
edge_visible (SlGraphPainter *self, const SlGraphViewport *vp, const SlGraphEdge *ed)
{
  float ax = self->sx[ed->from], ay = self->sy[ed->from];
  float bx = self->sx[ed->to], by = self->sy[ed->to];

  return MAX (ax, bx) >= 0 && MIN (ax, bx) <= vp->width && MAX (ay, by) >= 0
         && MIN (ay, by) <= vp->height;
}

/* A uniform grid of boxes in screen space, to find what a label would cover. */
typedef struct
{
  double  cell;
  int     cols, rows;
  int    *head;     /* per cell: first link, −1 for none */
  GArray *links;    /* pairs: box, next link */
  GArray *boxes;    /* Box */
  GArray *owners;   /* the node a box belongs to */
} BoxGrid;

static void
box_grid_init (BoxGrid *g, double width, double height)
{
  g->cell = 64;
  g->cols = (int) (width / g->cell) + 1;
  g->rows = (int) (height / g->cell) + 1;
  g->head = g_new (int, g->cols * g->rows);
  for (int c = 0; c < g->cols * g->rows; c++)
    g->head[c] = -1;
  g->links = g_array_new (FALSE, FALSE, 2 * sizeof (int));
  g->boxes = g_array_new (FALSE, FALSE, sizeof (Box));
  g->owners = g_array_new (FALSE, FALSE, sizeof (guint));
}

static void
box_grid_clear (BoxGrid *g)
{
  g_free (g->head);
  g_array_unref (g->links);
  g_array_unref (g->boxes);
  g_array_unref (g->owners);
}

static void
box_grid_span (const BoxGrid *g, const Box *b, int *c0, int *r0, int *c1, int *r1)
{
  *c0 = CLAMP ((int) floor (b->x0 / g->cell), 0, g->cols - 1);
  *c1 = CLAMP ((int) floor (b->x1 / g->cell), 0, g->cols - 1);
  *r0 = CLAMP ((int) floor (b->y0 / g->cell), 0, g->rows - 1);
  *r1 = CLAMP ((int) floor (b->y1 / g->cell), 0, g->rows - 1);
}

static void
box_grid_add (BoxGrid *g, const Box *b, guint owner)
{
  int c0, r0, c1, r1, index = (int) g->boxes->len;

  g_array_append_val (g->boxes, *b);
  g_array_append_val (g->owners, owner);
  box_grid_span (g, b, &c0, &r0, &c1, &r1);
  for (int r = r0; r <= r1; r++)
    for (int c = c0; c <= c1; c++)
      {
        int link[2] = { index, g->head[r * g->cols + c] };
        g->head[r * g->cols + c] = (int) g->links->len;
        g_array_append_vals (g->links, link, 1);
      }
}

/* Whether b overlaps a box of another owner than `owner`. */
static gboolean
box_grid_hits (const BoxGrid *g, const Box *b, guint owner)
{
  int c0, r0, c1, r1;

  box_grid_span (g, b, &c0, &r0, &c1, &r1);
  for (int r = r0; r <= r1; r++)
    for (int c = c0; c <= c1; c++)
      for (int l = g->head[r * g->cols + c]; l >= 0; l = g_array_index (g->links, int, 2 * l + 1))
        {
          int k = g_array_index (g->links, int, 2 * l);
          const Box *o = &g_array_index (g->boxes, Box, k);
          if (g_array_index (g->owners, guint, k) != owner && b->x0 < o->x1 && o->x0 < b->x1
              && b->y0 < o->y1 && o->y0 < b->y1)
            return TRUE;
        }
  return FALSE;
}

static void
ensure_measured (SlGraphPainter *self, guint i, PangoLayout *name, PangoLayout *small)
{
  if (self->name_w[i] < 0)
    measure_label (self, i, name, small);
}

/* The label box of node i on a side, w × h pixels. */
static Box
label_box_at (SlGraphPainter *self, guint i, int side, double w, double h)
{
  double x = self->sx[i], y = self->sy[i], hw = self->hw[i], hh = self->hh[i];
  Box b;

  switch (side)
    {
    case SIDE_LEFT:
      b.x0 = (float) (x - hw - LABEL_GAP - w);
      b.y0 = (float) (y - h / 2);
      break;
    case SIDE_BELOW:
      b.x0 = (float) (x - w / 2);
      b.y0 = (float) (y + hh + 2);
      break;
    case SIDE_ABOVE:
      b.x0 = (float) (x - w / 2);
      b.y0 = (float) (y - hh - 2 - h);
      break;
    case SIDE_RIGHT:
    default:
      b.x0 = (float) (x + hw + LABEL_GAP);
      b.y0 = (float) (y - h / 2);
      break;
    }
  b.x1 = b.x0 + (float) w;
  b.y1 = b.y0 + (float) h;
  return b;
}

/* Whether a label box may be chosen: anywhere on screen, where the view pans; inside the
 * viewport in a picture. */
static gboolean
box_allowed (const SlGraphPainter *self, const SlGraphViewport *vp, const Box *b)
{
  return !self->fit_labels || (b->x0 >= 0 && b->x1 <= vp->width && b->y0 >= 0
                               && b->y1 <= vp->height);
}

/* In a picture a label above or below its node slides along it to stay clear of the sides,
 * as far as it still spans the node's centre. */
static void
slide_inside (const SlGraphPainter *self, const SlGraphViewport *vp, int side, guint i, Box *b)
{
  float shift = 0;

  if (!self->fit_labels || (side != SIDE_ABOVE && side != SIDE_BELOW))
    return;
  if (b->x0 < 0)
    shift = -b->x0;
  else if (b->x1 > vp->width)
    shift = (float) vp->width - b->x1;
  if (b->x0 + shift <= self->sx[i] && b->x1 + shift >= self->sx[i])
    {
      b->x0 += shift;
      b->x1 += shift;
    }
}

/* Labels go to the selected, hovered and emphasised sources first, then the most cited. */
static int
cmp_label_order (gconstpointer a, gconstpointer b, gpointer data)
{
  SlGraphPainter *self = data;
  guint x = *(const guint *) a, y = *(const guint *) b;
  const SlGraphNode *nx = sl_graph_layout_node (self->layout, x);
  const SlGraphNode *ny = sl_graph_layout_node (self->layout, y);
  int px = (nx->source == self->selected) * 4 + (nx->source == self->hover) * 2
           + node_emphasised (self, x);
  int py = (ny->source == self->selected) * 4 + (ny->source == self->hover) * 2
           + node_emphasised (self, y);

  if (px != py)
    return py - px;
  /* the sources with most claims and links: an outlet reporting many claims none itself */
  if (nx->n_claims + self->degree[x] != ny->n_claims + self->degree[y])
    return nx->n_claims + self->degree[x] > ny->n_claims + self->degree[y] ? -1 : 1;
  return x < y ? -1 : x > y;
}

/* Decides where each label goes: beside its node where it covers no other node or label,
 * trying the sides in turn, with its title when there is room; labels that must show go
 * first and always find a place. */
static void
place_labels (SlGraphPainter *self, const SlGraphViewport *vp, gboolean all_labels,
              PangoLayout *name, PangoLayout *small)
{
  static const int order_layered[] = { SIDE_RIGHT, SIDE_BELOW, SIDE_ABOVE, SIDE_LEFT };
  static const int order_free[] = { SIDE_RIGHT, SIDE_LEFT, SIDE_BELOW, SIDE_ABOVE };
  const int *sides = self->kind == SL_GRAPH_LAYOUT_LAYERED ? order_layered : order_free;
  guint n = sl_graph_layout_n_nodes (self->layout);
  g_autoptr (GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  BoxGrid grid;
  gboolean titles = vp->zoom >= 0.6;

  box_grid_init (&grid, vp->width, vp->height);
  for (guint i = 0; i < n; i++)
    {
      gboolean near;

      if (!node_shown (self, i))
        continue;
      if (!self->vis[i] && !(self->sx[i] > -LABEL_MAX_W && self->sx[i] < vp->width + LABEL_MAX_W
                             && self->sy[i] > -40 && self->sy[i] < vp->height + 40))
        continue;
      near = TRUE;
      if (self->vis[i])
        {
          Box b = { self->sx[i] - self->hw[i] - 2, self->sy[i] - self->hh[i] - 2,
                    self->sx[i] + self->hw[i] + 2, self->sy[i] + self->hh[i] + 2 };
          box_grid_add (&grid, &b, i);
        }
      if (near && (all_labels || node_must_label (self, i)))
        g_array_append_val (order, i);
    }
  g_array_sort_with_data (order, cmp_label_order, self);

  for (guint k = 0; k < order->len; k++)
    {
      guint i = g_array_index (order, guint, k);
      gboolean must = node_must_label (self, i);
      double nw, nh, tw = 0, th = 0;
      int chosen = SIDE_NONE;
      gboolean with_title = FALSE;
      Box box = { 0 };

      ensure_measured (self, i, name, small);
      nw = self->name_w[i];
      nh = self->name_h[i];
      if (titles && self->title_h[i] > 0)
        {
          tw = self->title_w[i];
          th = self->title_h[i];
        }
      /* side by side in order of preference: with the title, the name alone, the name cut
       * short (beside the node, down to a few letters) */
      self->label_cut[i] = 0;
      for (int s = 0; s < 4 && chosen == SIDE_NONE; s++)
        for (int pass = th > 0 ? 0 : 1; pass < 3 && chosen == SIDE_NONE; pass++)
          {
            double w = pass == 0 ? MAX (nw, tw) : nw, h = pass == 0 ? nh + th : nh;
            Box b = label_box_at (self, i, sides[s], w, h);

            slide_inside (self, vp, sides[s], i, &b);
            if (pass == 2)
              {
                if (sides[s] != SIDE_RIGHT && sides[s] != SIDE_LEFT)
                  continue;
                /* the longest cut that fits */
                for (w = nw * 0.8; w >= MIN_CUT_W; w *= 0.8)
                  {
                    b = label_box_at (self, i, sides[s], w, h);
                    if (box_allowed (self, vp, &b) && !box_grid_hits (&grid, &b, i))
                      break;
                  }
                if (w < MIN_CUT_W)
                  continue;
              }
            if (box_allowed (self, vp, &b) && !box_grid_hits (&grid, &b, i))
              {
                chosen = sides[s];
                with_title = pass == 0;
                box = b;
                if (pass == 2)
                  self->label_cut[i] = (float) w;
              }
          }
      if (chosen == SIDE_NONE && must)
        {
          chosen = sides[0];
          box = label_box_at (self, i, chosen, nw, nh);
          /* in a picture, cut to the room before the edge rather than sliced by it */
          if (self->fit_labels && box.x1 > vp->width && vp->width - box.x0 >= MIN_CUT_W)
            {
              box.x1 = (float) vp->width;
              self->label_cut[i] = box.x1 - box.x0;
            }
        }
      if (chosen == SIDE_NONE)
        continue;
      self->side[i] = (guint8) chosen;
      self->label[i] = box;
      self->with_title[i] = with_title;
      box_grid_add (&grid, &box, i);
    }
  box_grid_clear (&grid);
}

/* ------------------------------------------------------------------------------------------ */
/* Edges                                                                                      */

/* The edge in screen space as a cubic Bézier p0 c1 c2 p3, ending at the arrow's tip. In the
 * layered layout an edge running right leaves from the end of its source's label and both
 * ends leave and arrive horizontally; an edge within a column bows out to the left, away
 * from the labels. In the force layout edges are straight, rim to rim. */
static void
edge_points (SlGraphPainter *self, const SlGraphViewport *vp, const SlGraphEdge *ed,
             double p[8])
{
  const SlGraphNode *a = sl_graph_layout_node (self->layout, ed->from);
  const SlGraphNode *b = sl_graph_layout_node (self->layout, ed->to);
  double ax = self->sx[ed->from], ay = self->sy[ed->from];
  double bx = self->sx[ed->to], by = self->sy[ed->to];
  double hwa = self->hw[ed->from], hwb = self->hw[ed->to];

  if (self->kind == SL_GRAPH_LAYOUT_LAYERED && bx - ax > hwa + hwb + 4)
    {
      double sx = self->side[ed->from] == SIDE_RIGHT ? self->label[ed->from].x1 + 4 : ax + hwa;
      double ex = bx - hwb - 2, bend;

      /* a label reaching past the target: leave from the rim instead */
      if (sx > ex - 12)
        sx = ax + hwa;
      bend = (ex - sx) * 0.45;
      p[0] = sx;
      p[1] = ay;
      p[2] = sx + bend;
      p[3] = ay;
      p[4] = ex - bend;
      p[5] = by;
      p[6] = ex;
      p[7] = by;
      return;
    }
  if (self->kind == SL_GRAPH_LAYOUT_LAYERED && fabs (bx - ax) <= hwa + hwb + 4)
    {
      double bend = MAX (fabs (by - ay) * 0.35, 24.0) + MAX (hwa, hwb);
      p[0] = ax - hwa;
      p[1] = ay;
      p[2] = ax - hwa - bend;
      p[3] = ay;
      p[4] = bx - hwb - bend;
      p[5] = by;
      p[6] = bx - hwb - 2;
      p[7] = by;
      return;
    }
  {
    double dx = bx - ax, dy = by - ay, len = MAX (sqrt (dx * dx + dy * dy), 1e-6);
    double ux = dx / len, uy = dy / len;
    double ra = rim_distance (node_kind (self, a), a->radius, ux, uy) * vp->zoom;
    double rb = rim_distance (node_kind (self, b), b->radius, ux, uy) * vp->zoom + 2;

    if (ra + rb >= len)
      ra = rb = 0;
    p[0] = ax + ux * ra;
    p[1] = ay + uy * ra;
    p[6] = bx - ux * rb;
    p[7] = by - uy * rb;
    p[2] = p[0] + (p[6] - p[0]) / 3;
    p[3] = p[1] + (p[7] - p[1]) / 3;
    p[4] = p[0] + 2 * (p[6] - p[0]) / 3;
    p[5] = p[1] + 2 * (p[7] - p[1]) / 3;
  }
}

static double
edge_width (SlGraphPainter *self, const SlGraphViewport *vp, guint e)
{
  const SlGraphEdge *ed = sl_graph_layout_edge (self->layout, e);
  gboolean hl = self->has_highlight && self->edge_hl[e];
  double w = (1.2 + 0.8 * log2 ((double) MAX (ed->weight, 1u))) * (hl ? 1.6 : 1.0);

  return MAX (w * MIN (vp->zoom, 1.0), 0.6);
}

/* Adds the edge's curve (stopping at the arrowhead's base) to the path, and its arrowhead to
 * the arrows path. */
static void
edge_subpaths (SlGraphPainter *self, const SlGraphViewport *vp, guint e, double w, cairo_t *cr,
               GArray *arrows)
{
  const SlGraphEdge *ed = sl_graph_layout_edge (self->layout, e);
  double p[8], ux, uy, len, ah = (7 + w * 1.5) * MIN (MAX (vp->zoom, 0.4), 1.0);
  double tri[6];

  edge_points (self, vp, ed, p);
  ux = p[6] - p[4];
  uy = p[7] - p[5];
  len = sqrt (ux * ux + uy * uy);
  if (len < 1e-6)
    {
      ux = p[6] - p[0];
      uy = p[7] - p[1];
      len = MAX (sqrt (ux * ux + uy * uy), 1e-6);
    }
  ux /= len;
  uy /= len;
  cairo_move_to (cr, p[0], p[1]);
  cairo_curve_to (cr, p[2], p[3], p[4], p[5], p[6] - ux * ah * 0.8, p[7] - uy * ah * 0.8);
  tri[0] = p[6];
  tri[1] = p[7];
  tri[2] = p[6] - ux * ah - uy * ah * 0.45;
  tri[3] = p[7] - uy * ah + ux * ah * 0.45;
  tri[4] = p[6] - ux * ah + uy * ah * 0.45;
  tri[5] = p[7] - uy * ah - ux * ah * 0.45;
  g_array_append_vals (arrows, tri, 6);
}

/* Edges of one look (denial or not, emphasised or not) batched by width: one stroke per
 * width, one fill for all their arrowheads. `which` picks edges: 0 dimmed or plain, 1
 * emphasised. */
static void
draw_edges_vector (SlGraphPainter *self, cairo_t *cr, const SlGraphViewport *vp, int which,
                   const guint8 *visible)
{
  const SlPaintStyle *st = &self->style;
  guint m = sl_graph_layout_n_edges (self->layout);
  g_autoptr (GArray) arrows = g_array_new (FALSE, FALSE, sizeof (double));

  for (int deny = 0; deny < 2; deny++)
    {
      gboolean hl = which == 1;
      double alpha = self->has_highlight && !hl ? 0.18 : 0.85;
      const SlRgba *c = deny ? &st->contested : hl ? &st->accent : &st->edge;
      int max_bucket = 0;

      for (guint e = 0; e < m; e++)
        {
          const SlGraphEdge *ed = sl_graph_layout_edge (self->layout, e);
          if (!visible[e] || (ed->kind == SL_GRAPH_EDGE_DENIES) != deny
              || (self->has_highlight && self->edge_hl[e]) != hl)
            continue;
          max_bucket = MAX (max_bucket, (int) lround (edge_width (self, vp, e) * 2));
        }
      g_array_set_size (arrows, 0);
      for (int bucket = 0; bucket <= max_bucket; bucket++)
        {
          gboolean any = FALSE;
          cairo_new_path (cr);
          for (guint e = 0; e < m; e++)
            {
              const SlGraphEdge *ed = sl_graph_layout_edge (self->layout, e);
              double w;
              if (!visible[e] || (ed->kind == SL_GRAPH_EDGE_DENIES) != deny
                  || (self->has_highlight && self->edge_hl[e]) != hl)
                continue;
              w = edge_width (self, vp, e);
              if ((int) lround (w * 2) != bucket)
                continue;
              edge_subpaths (self, vp, e, w, cr, arrows);
              any = TRUE;
            }
          if (!any)
            continue;
          if (deny)
            {
              double dash[2] = { 6.0, 4.0 };
              cairo_set_dash (cr, dash, 2, 0);
            }
          cairo_set_line_width (cr, bucket / 2.0);
          sl_paint_set_color (cr, c, alpha);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
        }
      if (arrows->len > 0)
        {
          cairo_new_path (cr);
          for (guint k = 0; k < arrows->len; k += 6)
            {
              const double *t = &g_array_index (arrows, double, k);
              cairo_move_to (cr, t[0], t[1]);
              cairo_line_to (cr, t[2], t[3]);
              cairo_line_to (cr, t[4], t[5]);
              cairo_close_path (cr);
            }
          sl_paint_set_color (cr, c, alpha);
          cairo_fill (cr);
        }
    }
}

/* The edge's kind at the middle of its curve, unless it would cover a label or node. */
static void
draw_edge_label (SlGraphPainter *self, cairo_t *cr, const SlGraphViewport *vp, guint e,
                 PangoLayout *small, GArray *placed)
{
  const SlPaintStyle *st = &self->style;
  const SlGraphEdge *ed = sl_graph_layout_edge (self->layout, e);
  gboolean deny = ed->kind == SL_GRAPH_EDGE_DENIES;
  double alpha = self->has_highlight && !self->edge_hl[e] ? 0.4 : 0.9;
  const char *text = sl_graph_edge_kind_to_string ((SlGraphEdgeKind) ed->kind);
  double p[8], mx, my, t = 0.5, u = 0.5;
  Box box;
  int tw, th;

  edge_points (self, vp, ed, p);
  mx = u * u * u * p[0] + 3 * u * u * t * p[2] + 3 * u * t * t * p[4] + t * t * t * p[6];
  my = u * u * u * p[1] + 3 * u * u * t * p[3] + 3 * u * t * t * p[5] + t * t * t * p[7];
  pango_layout_set_width (small, -1);
  pango_layout_set_text (small, text, -1);
  pango_layout_get_pixel_size (small, &tw, &th);
  box.x0 = (float) (mx - tw / 2.0 - 3);
  box.y0 = (float) (my - th / 2.0);
  box.x1 = (float) (mx + tw / 2.0 + 3);
  box.y1 = (float) (my + th / 2.0);
  for (guint k = 0; k < placed->len; k++)
    {
      const Box *o = &g_array_index (placed, Box, k);
      if (box.x0 < o->x1 && o->x0 < box.x1 && box.y0 < o->y1 && o->y0 < box.y1)
        return;
    }
  g_array_append_val (placed, box);
  rounded_box (cr, box.x0, box.y0, box.x1 - box.x0, th, th / 2.0);
  sl_paint_set_color (cr, &st->background, 0.9 * alpha);
  cairo_fill (cr);
  sl_paint_set_color (cr, deny ? &st->contested : &st->muted, alpha);
  cairo_move_to (cr, mx - tw / 2.0, my - th / 2.0);
  pango_cairo_show_layout (cr, small);
}

static void
bezier_at (const double p[8], double t, double *x, double *y)
{
  double u = 1 - t;

  *x = u * u * u * p[0] + 3 * u * u * t * p[2] + 3 * u * t * t * p[4] + t * t * t * p[6];
  *y = u * u * u * p[1] + 3 * u * u * t * p[3] + 3 * u * t * t * p[5] + t * t * t * p[7];
}

/* The edge under the pointer: drawn over everything, thicker, with its kind and count. */
static void
draw_hover_edge (SlGraphPainter *self, cairo_t *cr, const SlGraphViewport *vp, guint e,
                 PangoLayout *small)
{
  const SlPaintStyle *st = &self->style;
  const SlGraphEdge *ed = sl_graph_layout_edge (self->layout, e);
  const SlRgba *c = ed->kind == SL_GRAPH_EDGE_DENIES ? &st->contested : &st->accent;
  g_autoptr (GArray) arrows = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *text = sl_graph_painter_edge_label (self, e);
  double w = edge_width (self, vp, e) + 1.5, p[8], mx, my;
  int tw, th;

  cairo_save (cr);
  cairo_new_path (cr);
  edge_subpaths (self, vp, e, w, cr, arrows);
  if (ed->kind == SL_GRAPH_EDGE_DENIES)
    {
      double dash[2] = { 6.0, 4.0 };
      cairo_set_dash (cr, dash, 2, 0);
    }
  cairo_set_line_width (cr, w);
  sl_paint_set_color (cr, c, 1.0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  for (guint k = 0; k + 5 < arrows->len; k += 6)
    {
      const double *t = &g_array_index (arrows, double, k);
      cairo_move_to (cr, t[0], t[1]);
      cairo_line_to (cr, t[2], t[3]);
      cairo_line_to (cr, t[4], t[5]);
      cairo_close_path (cr);
    }
  cairo_fill (cr);

  edge_points (self, vp, ed, p);
  bezier_at (p, 0.5, &mx, &my);
  pango_layout_set_width (small, -1);
  pango_layout_set_text (small, text, -1);
  pango_layout_get_pixel_size (small, &tw, &th);
  rounded_box (cr, mx - tw / 2.0 - 5, my - th / 2.0 - 2, tw + 10, th + 4, (th + 4) / 2.0);
  sl_paint_set_color (cr, &st->background, 0.95);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, 1.0);
  sl_paint_set_color (cr, c, 1.0);
  cairo_stroke (cr);
  sl_paint_set_color (cr, &st->foreground, 1.0);
  cairo_move_to (cr, mx - tw / 2.0, my - th / 2.0);
  pango_cairo_show_layout (cr, small);
  cairo_restore (cr);
}

/* ------------------------------------------------------------------------------------------ */
/* Nodes                                                                                      */

static const SlRgba *
grade_color (const SlPaintStyle *st, char reliability)
{
  switch (reliability)
    {
    case 'A':
    case 'B':
      return &st->category[SL_CATEGORY_ECONOMIC];
    case 'C':
      return &st->category[SL_CATEGORY_SANCTIONS];
    case 'D':
    case 'E':
    case 'F':
      return &st->contested;
    default:
      return NULL;
    }
}

/* Nodes of one kind and look batched into one path: body, tint, rim. `which`: 0 plain or
 * dimmed, 1 emphasised. */
static void
draw_nodes_vector (SlGraphPainter *self, cairo_t *cr, const SlGraphViewport *vp, int which,
                   gboolean skip_small)
{
  const SlPaintStyle *st = &self->style;
  guint n = sl_graph_layout_n_nodes (self->layout);
  double lw = MAX (2.0 * MIN (vp->zoom, 1.0), 1.0);

  /* halos behind emphasised nodes */
  if (which == 1)
    {
      cairo_new_path (cr);
      for (guint i = 0; i < n; i++)
        if (self->vis[i] && node_emphasised (self, i))
          {
            const SlGraphNode *node = sl_graph_layout_node (self->layout, i);
            node_subpath (cr, node_kind (self, node), self->sx[i], self->sy[i],
                          node->radius * vp->zoom + 6);
          }
      sl_paint_set_color (cr, &st->highlight, 1.0);
      cairo_fill (cr);
    }
  for (int k = 0; k < SL_SOURCE_KIND_COUNT; k++)
    {
      const SlRgba *kc = &st->source_kind[k];
      double alpha = which == 1 || !self->has_highlight ? 1.0 : 0.22;
      gboolean any = FALSE;

      cairo_new_path (cr);
      for (guint i = 0; i < n; i++)
        {
          const SlGraphNode *node = sl_graph_layout_node (self->layout, i);
          if (!self->vis[i] || (int) node_kind (self, node) != k
              || node_emphasised (self, i) != (which == 1))
            continue;
          if (skip_small && node->radius * vp->zoom <= SPRITE_MAX_R
              && !node_must_label (self, i))
            continue;
          node_subpath (cr, (SlSourceKind) k, self->sx[i], self->sy[i], node->radius * vp->zoom);
          any = TRUE;
        }
      if (!any)
        continue;
      /* the body: the node colour with a fifth of the kind's hue, in one fill */
      {
        SlRgba body = sl_rgba_mix (&st->node_fill, kc, 0.22);
        body.a = st->node_fill.a;
        sl_paint_set_color (cr, &body, alpha);
        cairo_fill_preserve (cr);
      }
      if (k == SL_SOURCE_UNNAMED)
        {
          double dash[2] = { 4.0, 3.0 };
          cairo_set_dash (cr, dash, 2, 0);
        }
      cairo_set_line_width (cr, lw);
      sl_paint_set_color (cr, kc, alpha);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
}

/* What only a few nodes carry: grade rings, the selection and hover rings, claim counts. */
static void
draw_node_details (SlGraphPainter *self, cairo_t *cr, const SlGraphViewport *vp,
                   PangoLayout *small, gboolean dense)
{
  const SlPaintStyle *st = &self->style;
  guint n = sl_graph_layout_n_nodes (self->layout);

  for (guint i = 0; i < n; i++)
    {
      const SlGraphNode *node;
      const SlSource *src;
      SlSourceKind kind;
      double r, alpha;
      gboolean sel, hov;
      const SlRgba *grade;

      if (!self->vis[i])
        continue;
      node = sl_graph_layout_node (self->layout, i);
      sel = node->source == self->selected;
      hov = node->source == self->hover;
      r = node->radius * vp->zoom;
      if (dense && !sel && !hov && !(node_emphasised (self, i) && r > SPRITE_MAX_R))
        continue;
      src = sl_model_source (self->model, node->source);
      kind = node_kind (self, node);
      alpha = node_alpha (self, i);
      grade = grade_color (st, src->reliability);
      if (grade && r >= 6)
        {
          node_path (cr, kind, self->sx[i], self->sy[i], r + 2.5);
          cairo_set_line_width (cr, 2.0);
          sl_paint_set_color (cr, grade, alpha);
          cairo_stroke (cr);
        }
      if (sel || hov)
        {
          node_path (cr, kind, self->sx[i], self->sy[i], r + (sel ? 5 : 4));
          cairo_set_line_width (cr, sel ? 2.5 : 1.5);
          sl_paint_set_color (cr, sel ? &st->accent : &st->muted, sel ? 1.0 : 0.8);
          cairo_stroke (cr);
        }
      /* the number of claims inside, when the node is big enough to hold it */
      if (r >= 11 && node->n_claims > 0)
        {
          char num[16];
          int tw, th;
          g_snprintf (num, sizeof num, "%u", node->n_claims);
          pango_layout_set_width (small, -1);
          pango_layout_set_text (small, num, -1);
          pango_layout_get_pixel_size (small, &tw, &th);
          sl_paint_set_color (cr, &st->source_kind[kind], alpha);
          cairo_move_to (cr, self->sx[i] - tw / 2.0, self->sy[i] - th / 2.0);
          pango_cairo_show_layout (cr, small);
        }
    }
}

static void
draw_labels (SlGraphPainter *self, cairo_t *cr, PangoLayout *name, PangoLayout *bold,
             PangoLayout *small)
{
  const SlPaintStyle *st = &self->style;
  guint n = sl_graph_layout_n_nodes (self->layout);
  double max_w = sl_paint_style_px (st, LABEL_MAX_W);

  pango_layout_set_width (name, (int) (max_w * PANGO_SCALE));
  pango_layout_set_width (bold, (int) (max_w * PANGO_SCALE));
  pango_layout_set_width (small, (int) (max_w * PANGO_SCALE));
  for (guint i = 0; i < n; i++)
    {
      const SlGraphNode *node;
      const Box *b;
      PangoLayout *nl;
      double alpha, w, x;
      const char *title;

      if (self->side[i] == SIDE_NONE)
        continue;
      node = sl_graph_layout_node (self->layout, i);
      b = &self->label[i];
      nl = node->source == self->selected ? bold : name;
      alpha = node_alpha (self, i);
      w = b->x1 - b->x0;
      /* names align towards their node */
      x = self->side[i] == SIDE_LEFT ? b->x1 - MIN (self->name_w[i], w)
          : self->side[i] == SIDE_RIGHT ? b->x0 : b->x0 + (w - self->name_w[i]) / 2;
      pango_layout_set_width (nl, (int) ((self->label_cut[i] > 0 ? self->label_cut[i] : max_w)
                                         * PANGO_SCALE));
      pango_layout_set_text (nl, node_name (self, node), -1);
      /* a veil of the background under the text, so edges passing behind do not cross it */
      rounded_box (cr, b->x0 - 2, b->y0, w + 4, b->y1 - b->y0, 3);
      sl_paint_set_color (cr, &st->background, 0.75 * alpha);
      cairo_fill (cr);
      sl_paint_set_color (cr, &st->foreground, alpha);
      cairo_move_to (cr, x, b->y0);
      pango_cairo_show_layout (cr, nl);
      title = node_title (self, node);
      if (self->with_title[i] && title)
        {
          x = self->side[i] == SIDE_LEFT ? b->x1 - self->title_w[i]
              : self->side[i] == SIDE_RIGHT ? b->x0 : b->x0 + (w - self->title_w[i]) / 2;
          pango_layout_set_text (small, title, -1);
          sl_paint_set_color (cr, &st->muted, alpha);
          cairo_move_to (cr, x, b->y0 + self->name_h[i]);
          pango_cairo_show_layout (cr, small);
        }
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Dense frames: pixels                                                                       */

static inline guint32
premultiply (const SlRgba *c, double alpha)
{
  double a = CLAMP (c->a * alpha, 0.0, 1.0);
  guint32 a8 = (guint32) lround (a * 255);

  return a8 << 24 | (guint32) lround (c->r * a * 255) << 16 | (guint32) lround (c->g * a * 255) << 8
         | (guint32) lround (c->b * a * 255);
}

/* Porter–Duff over, premultiplied, with the usual ×257 / 65536 approximation of / 255. */
static inline guint32
over (guint32 dst, guint32 src)
{
  guint32 ia = 255 - (src >> 24);
  guint32 rb = (dst & 0x00ff00ff) * ia + 0x00800080;
  guint32 ag = ((dst >> 8) & 0x00ff00ff) * ia + 0x00800080;

  rb = ((rb + ((rb >> 8) & 0x00ff00ff)) >> 8) & 0x00ff00ff;
  ag = (ag + ((ag >> 8) & 0x00ff00ff)) & 0xff00ff00;
  return src + rb + ag;
}

/* Clips the segment to [0, w) × [0, h) (Liang–Barsky); FALSE when nothing is left. */
static gboolean
clip_segment (double w, double h, double *x0, double *y0, double *x1, double *y1)
{
  double t0 = 0, t1 = 1, dx = *x1 - *x0, dy = *y1 - *y0;
  double p[4] = { -dx, dx, -dy, dy };
  double q[4] = { *x0, w - 1e-3 - *x0, *y0, h - 1e-3 - *y0 };

  for (int k = 0; k < 4; k++)
    {
      if (p[k] == 0)
        {
          if (q[k] < 0)
            return FALSE;
          continue;
        }
      {
        double r = q[k] / p[k];
        if (p[k] < 0)
          t0 = MAX (t0, r);
        else
          t1 = MIN (t1, r);
      }
      if (t0 > t1)
        return FALSE;
    }
  *x1 = *x0 + t1 * dx;
  *y1 = *y0 + t1 * dy;
  *x0 = *x0 + t0 * dx;
  *y0 = *y0 + t0 * dy;
  return TRUE;
}

/* A one-pixel line, one pixel per step along its longer axis (16.16 fixed point). */
static void
raster_line (guint32 *px, int stride, double x0, double y0, double x1, double y1, guint32 src)
{
  double dx = x1 - x0, dy = y1 - y0;
  int steps = (int) MAX (fabs (dx), fabs (dy));
  gint32 fx, fy, sx, sy;

  if (steps == 0)
    {
      guint32 *d = px + (int) y0 * stride + (int) x0;
      *d = over (*d, src);
      return;
    }
  fx = (gint32) (x0 * 65536);
  fy = (gint32) (y0 * 65536);
  sx = (gint32) (dx / steps * 65536);
  sy = (gint32) (dy / steps * 65536);
  for (int k = 0; k <= steps; k++)
    {
      guint32 *d = px + (fy >> 16) * stride + (fx >> 16);
      *d = over (*d, src);
      fx += sx;
      fy += sy;
    }
}

/* A one-pixel line counted into a coverage buffer: each pixel keeps how many lines cross it
 * (up to 255), the colour comes later from a table. */
static void
count_line (guint8 *cov, int stride, double x0, double y0, double x1, double y1)
{
  double dx = x1 - x0, dy = y1 - y0;
  int steps = (int) MAX (fabs (dx), fabs (dy));
  gint32 fx = (gint32) (x0 * 65536), fy = (gint32) (y0 * 65536), sx, sy;

  if (steps == 0)
    {
      guint8 *d = cov + (int) y0 * stride + (int) x0;
      *d += *d < 255;
      return;
    }
  sx = (gint32) (dx / steps * 65536);
  sy = (gint32) (dy / steps * 65536);
  for (int k = 0; k <= steps; k++)
    {
      guint8 *d = cov + (fy >> 16) * stride + (fx >> 16);
      *d += *d < 255;
      fx += sx;
      fy += sy;
    }
}

/* The stamp of a node of a kind at radius (step + 1) / 2 pixels, plain or dimmed. */
static const Sprite *
sprite_for (SlGraphPainter *self, SlSourceKind kind, int step, int dim)
{
  Sprite *sp = &self->sprites[kind][step][dim];
  const SlPaintStyle *st = &self->style;

  if (sp->px == NULL)
    {
      double r = (step + 1) / 2.0, alpha = dim ? 0.22 : 1.0;
      int size = 2 * (int) ceil (r * 1.4) + 4;
      cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
      cairo_t *cr = cairo_create (s);
      int stride = cairo_image_surface_get_stride (s);
      const guint8 *data;

      sp->size = size;
      sp->c = size / 2;
      node_path (cr, kind, sp->c + 0.5, sp->c + 0.5, r);
      sl_paint_set_color (cr, &st->node_fill, alpha);
      cairo_fill_preserve (cr);
      sl_paint_set_color (cr, &st->source_kind[kind], (r < 2.5 ? 0.8 : 0.22) * alpha);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, r < 2.5 ? 0.8 : 1.0);
      if (kind == SL_SOURCE_UNNAMED && r >= 4)
        {
          double dash[2] = { 3.0, 2.0 };
          cairo_set_dash (cr, dash, 2, 0);
        }
      sl_paint_set_color (cr, &st->source_kind[kind], alpha);
      cairo_stroke (cr);
      cairo_destroy (cr);
      cairo_surface_flush (s);
      data = cairo_image_surface_get_data (s);
      sp->px = g_new (guint32, size * size);
      for (int y = 0; y < size; y++)
        memcpy (sp->px + y * size, data + y * stride, size * sizeof (guint32));
      cairo_surface_destroy (s);
    }
  return sp;
}

static void
raster_sprite (guint32 *px, int stride, int w, int h, const Sprite *sp, int cx, int cy)
{
  int x0 = cx - sp->c, y0 = cy - sp->c;
  int ya = MAX (0, -y0), yb = MIN (sp->size, h - y0), xa = MAX (0, -x0), xb = MIN (sp->size, w - x0);

  for (int y = ya; y < yb; y++)
    {
      const guint32 *s = sp->px + y * sp->size;
      guint32 *d = px + (y0 + y) * stride + x0;
      for (int x = xa; x < xb; x++)
        {
          guint32 a = s[x] >> 24;
          if (a == 255)
            d[x] = s[x];
          else if (a)
            d[x] = over (d[x], s[x]);
        }
    }
}

typedef struct
{
  guint  e;
  double key;
} RankKey;

static int
cmp_rank (gconstpointer a, gconstpointer b)
{
  const RankKey *x = a, *y = b;

  if (x->key != y->key)
    return x->key > y->key ? -1 : 1;
  return x->e < y->e ? -1 : x->e > y->e;
}

/* Edges most worth drawing first: heaviest, then in a fixed scattered order so a thinned
 * frame samples the whole graph evenly. */
static void
ensure_edge_rank (SlGraphPainter *self)
{
  guint m = sl_graph_layout_n_edges (self->layout);
  g_autofree RankKey *keys = NULL;

  if (self->edge_rank)
    return;
  keys = g_new (RankKey, m + 1);
  for (guint e = 0; e < m; e++)
    {
      guint32 h = e * 2654435761u;
      h ^= h >> 15;
      keys[e].e = e;
      keys[e].key = sl_graph_layout_edge (self->layout, e)->weight + (h & 0xffff) / 65536.0;
    }
  qsort (keys, m, sizeof (RankKey), cmp_rank);
  self->edge_rank = g_new (guint, m + 1);
  for (guint e = 0; e < m; e++)
    self->edge_rank[e] = keys[e].e;
}

/* The target's pixels, when cr draws straight onto an image surface at whole-pixel offsets
 * and scale 1: dense frames then write there directly instead of copying a buffer over. */
static guint32 *
direct_pixels (cairo_t *cr, const SlGraphViewport *vp, int *stride)
{
  cairo_surface_t *target = cairo_get_group_target (cr);
  cairo_matrix_t mtx;
  double ox, oy, dsx, dsy;
  int x0, y0;
  cairo_format_t format;

  if (target != cairo_get_target (cr) || cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE)
    return NULL;
  format = cairo_image_surface_get_format (target);
  if (format != CAIRO_FORMAT_ARGB32 && format != CAIRO_FORMAT_RGB24)
    return NULL;
  cairo_get_matrix (cr, &mtx);
  cairo_surface_get_device_offset (target, &ox, &oy);
  cairo_surface_get_device_scale (target, &dsx, &dsy);
  if (mtx.xx != 1 || mtx.yy != 1 || mtx.xy != 0 || mtx.yx != 0 || dsx != 1 || dsy != 1
      || ox != 0 || oy != 0 || mtx.x0 != floor (mtx.x0) || mtx.y0 != floor (mtx.y0))
    return NULL;
  x0 = (int) mtx.x0;
  y0 = (int) mtx.y0;
  /* the whole viewport must lie on the surface */
  if (x0 < 0 || y0 < 0 || x0 + (int) ceil (vp->width) > cairo_image_surface_get_width (target)
      || y0 + (int) ceil (vp->height) > cairo_image_surface_get_height (target))
    return NULL;
  cairo_surface_flush (target);
  *stride = cairo_image_surface_get_stride (target) / 4;
  return (guint32 *) cairo_image_surface_get_data (target) + y0 * *stride + x0;
}

/* Plain edges (and, when raster_nodes, the small plain nodes) as pixels over the background:
 * straight into the target when it is an image surface, else into a buffer copied onto it in
 * one operation. */

/* The legend's words for a kind of edge; sl_graph_edge_kind_to_string() keeps the English
 * keys that files use. */
static const char *
edge_kind_label (SlGraphEdgeKind kind)
{
  switch (kind)
    {
    case SL_GRAPH_EDGE_REPORTS:
      /* TRANSLATORS: the legend of the source graph: an arrow for reporting or quoting */
      return _("reports / quotes");
    case SL_GRAPH_EDGE_QUOTES:
      return _("quotes");
    case SL_GRAPH_EDGE_DENIES:
      return _("denies");
    case SL_GRAPH_EDGE_CITES:
    default:
      return _("cites");
    }
}

static void
draw_dense (SlGraphPainter *self, cairo_t *cr, const SlGraphViewport *vp, const guint8 *visible,
            gboolean raster_nodes)
{
  const SlPaintStyle *st = &self->style;
  guint n = sl_graph_layout_n_nodes (self->layout), m = sl_graph_layout_n_edges (self->layout);
  double sx_scale = 1, sy_scale = 1, scale = 1, total = 0, budget;
  int w, h, stride;
  guint32 *px, bg, edge_c, deny_c;
  guint drawn = 0, n_visible = 0, n_denials = 0;
  gboolean direct;

  px = direct_pixels (cr, vp, &stride);
  direct = px != NULL;
  if (!direct)
    {
      cairo_surface_get_device_scale (cairo_get_target (cr), &sx_scale, &sy_scale);
      scale = CLAMP (MAX (sx_scale, sy_scale), 1.0, 3.0);
    }
  w = (int) ceil (vp->width * scale);
  h = (int) ceil (vp->height * scale);
  if (!direct)
    {
      if (self->raster == NULL || cairo_image_surface_get_width (self->raster) != w
          || cairo_image_surface_get_height (self->raster) != h)
        {
          g_clear_pointer (&self->raster, cairo_surface_destroy);
          self->raster = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
        }
      cairo_surface_flush (self->raster);
      px = (guint32 *) cairo_image_surface_get_data (self->raster);
      stride = cairo_image_surface_get_stride (self->raster) / 4;
    }
  bg = premultiply (&st->background, 1.0);
  if (self->cov_w != w || self->cov_h != h)
    {
      g_free (self->cov);
      self->cov = g_malloc ((gsize) w * h);
      self->cov_w = w;
      self->cov_h = h;
    }
  memset (self->cov, 0, (gsize) w * h);

  /* edges, thinned to a budget of pixels when they are many and long: plain ones counted
   * into the coverage buffer (what repeated blending of one colour gives depends only on how
   * many lines cross a pixel), denials blended afterwards */
  edge_c = premultiply (&st->edge, self->has_highlight ? 0.10 : 0.30);
  deny_c = premultiply (&st->contested, self->has_highlight ? 0.15 : 0.45);
  for (guint e = 0; e < m; e++)
    if (visible[e])
      {
        const SlGraphEdge *ed = sl_graph_layout_edge (self->layout, e);
        total += MAX (fabs (self->sx[ed->to] - self->sx[ed->from]),
                      fabs (self->sy[ed->to] - self->sy[ed->from]));
        n_visible++;
      }
  ensure_edge_rank (self);
  budget = EDGE_PIXEL_BUDGET / (scale * scale);
  total = 0;
  for (guint k = 0; k < m && total < budget; k++)
    {
      guint e = self->edge_rank[k];
      const SlGraphEdge *ed = sl_graph_layout_edge (self->layout, e);
      double x0, y0, x1, y1;

      if (!visible[e] || (self->has_highlight && self->edge_hl[e]))
        continue;
      x0 = self->sx[ed->from] * scale;
      y0 = self->sy[ed->from] * scale;
      x1 = self->sx[ed->to] * scale;
      y1 = self->sy[ed->to] * scale;
      if (!clip_segment (w, h, &x0, &y0, &x1, &y1))
        continue;
      if (ed->kind == SL_GRAPH_EDGE_DENIES)
        n_denials++;
      else
        count_line (self->cov, w, x0, y0, x1, y1);
      total += MAX (fabs (x1 - x0), fabs (y1 - y0)) + 1;
      drawn++;
    }
  self->last_edges_drawn = drawn;
  self->last_edges_visible = n_visible;

  /* background and counted edges in one pass through a table of blends */
  {
    guint32 lut[256];
    lut[0] = bg;
    for (int k = 1; k < 256; k++)
      lut[k] = over (lut[k - 1], edge_c);
    for (int y = 0; y < h; y++)
      {
        const guint8 *c = self->cov + (gsize) y * w;
        guint32 *d = px + y * stride;
        for (int x = 0; x < w; x++)
          d[x] = lut[c[x]];
      }
  }
  /* denials, red, over them */
  total = 0;
  for (guint k = 0; k < m && n_denials > 0 && total < budget; k++)
    {
      guint e = self->edge_rank[k];
      const SlGraphEdge *ed = sl_graph_layout_edge (self->layout, e);
      double x0, y0, x1, y1;

      if (!visible[e] || ed->kind != SL_GRAPH_EDGE_DENIES || (self->has_highlight && self->edge_hl[e]))
        continue;
      x0 = self->sx[ed->from] * scale;
      y0 = self->sy[ed->from] * scale;
      x1 = self->sx[ed->to] * scale;
      y1 = self->sy[ed->to] * scale;
      if (!clip_segment (w, h, &x0, &y0, &x1, &y1))
        continue;
      raster_line (px, stride, x0, y0, x1, y1, deny_c);
      total += MAX (fabs (x1 - x0), fabs (y1 - y0)) + 1;
    }

  /* small nodes stamped; the emphasised and big ones are drawn as vectors afterwards */
  for (guint i = 0; i < n && raster_nodes; i++)
    {
      const SlGraphNode *node;
      double r;
      int step;

      if (!self->vis[i] || node_emphasised (self, i))
        continue;
      node = sl_graph_layout_node (self->layout, i);
      r = node->radius * vp->zoom * scale;
      if (r > SPRITE_MAX_R)
        continue;
      step = CLAMP ((int) lround (r * 2) - 1, 0, SPRITE_STEPS - 1);
      raster_sprite (px, stride, w, h,
                     sprite_for (self, node_kind (self, node), step, self->has_highlight),
                     (int) floor (self->sx[i] * scale), (int) floor (self->sy[i] * scale));
    }
  if (direct)
    {
      cairo_surface_t *target = cairo_get_target (cr);
      cairo_matrix_t mtx;
      cairo_get_matrix (cr, &mtx);
      cairo_surface_mark_dirty_rectangle (target, (int) mtx.x0, (int) mtx.y0, w, h);
      return;
    }
  cairo_surface_mark_dirty (self->raster);
  cairo_surface_set_device_scale (self->raster, scale, scale);
  cairo_save (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_set_source_surface (cr, self->raster, 0, 0);
  cairo_rectangle (cr, 0, 0, vp->width, vp->height);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* ------------------------------------------------------------------------------------------ */
/* The frame                                                                                  */

void
sl_graph_painter_draw (SlGraphPainter *self, cairo_t *cr, const SlGraphViewport *vp)
{
  const SlPaintStyle *st;
  PangoLayout *name_layout, *name_bold, *small;

  g_return_if_fail (self != NULL && cr != NULL && vp != NULL);

  st = &self->style;
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, vp->width, vp->height);
  cairo_clip (cr);

  name_layout = graph_text_layout (cr, st, 1.0, FALSE);
  name_bold = graph_text_layout (cr, st, 1.0, TRUE);
  small = graph_text_layout (cr, st, 0.85, FALSE);
  pango_layout_set_ellipsize (name_layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_ellipsize (name_bold, PANGO_ELLIPSIZE_END);
  pango_layout_set_ellipsize (small, PANGO_ELLIPSIZE_END);

  if (self->layout == NULL || sl_graph_layout_n_nodes (self->layout) == 0)
    {
      const char *msg = self->model ? _("No sources") : _("No project open");
      int tw, th;
      sl_paint_set_color (cr, &st->background, 1.0);
      cairo_paint (cr);
      pango_layout_set_text (name_layout, msg, -1);
      pango_layout_get_pixel_size (name_layout, &tw, &th);
      sl_paint_set_color (cr, &st->muted, 1.0);
      cairo_move_to (cr, (vp->width - tw) / 2, (vp->height - th) / 2);
      pango_cairo_show_layout (cr, name_layout);
      self->has_last = FALSE;
    }
  else
    {
      guint n = sl_graph_layout_n_nodes (self->layout), m = sl_graph_layout_n_edges (self->layout);
      g_autofree guint8 *visible = g_new (guint8, m + 1);
      guint n_vis, n_vis_edges = 0;
      double edge_px = 0;
      gboolean dense, all_labels, raster_nodes, raster_edges;

      ensure_frame (self);
      n_vis = frame_positions (self, vp);
      for (guint e = 0; e < m; e++)
        {
          const SlGraphEdge *ed = sl_graph_layout_edge (self->layout, e);
          visible[e] = edge_visible (self, vp, ed) && edge_shown (self, e);
          if (visible[e])
            {
              double x0 = self->sx[ed->from], y0 = self->sy[ed->from];
              double x1 = self->sx[ed->to], y1 = self->sy[ed->to];
              n_vis_edges++;
              if (clip_segment (vp->width, vp->height, &x0, &y0, &x1, &y1))
                edge_px += MAX (fabs (x1 - x0), fabs (y1 - y0));
            }
        }
      /* many nodes: all in pixels; many (or long) edges: the edges in pixels */
      raster_nodes = n_vis > DENSE_NODES;
      raster_edges = raster_nodes || n_vis_edges > DENSE_EDGES || edge_px > EDGE_VECTOR_PX;
      dense = raster_nodes;
      self->last_dense = dense;
      /* labels are culled by zoom and by crowding; the ones that must show always do */
      all_labels = !dense && (vp->zoom >= LABEL_MIN_ZOOM || n <= SMALL_GRAPH);
      place_labels (self, vp, all_labels, name_layout, small);

      if (raster_edges)
        draw_dense (self, cr, vp, visible, raster_nodes);
      else
        {
          sl_paint_set_color (cr, &st->background, 1.0);
          cairo_paint (cr);
          self->last_edges_drawn = self->last_edges_visible = n_vis_edges;
          draw_edges_vector (self, cr, vp, 0, visible);
        }
      draw_edges_vector (self, cr, vp, 1, visible);
      draw_nodes_vector (self, cr, vp, 0, raster_nodes);
      draw_nodes_vector (self, cr, vp, 1, FALSE);
      draw_node_details (self, cr, vp, small, dense);
      draw_labels (self, cr, name_layout, name_bold, small);

      /* edge kinds on the emphasised chain and around the hovered node */
      {
        g_autoptr (GArray) placed = g_array_new (FALSE, FALSE, sizeof (Box));
        guint hover_node = self->hover != SL_NONE
                           ? sl_graph_layout_node_of_source (self->layout, self->hover) : SL_NONE;
        guint shown = 0;

        for (guint i = 0; i < n; i++)
          if (self->side[i] != SIDE_NONE)
            g_array_append_val (placed, self->label[i]);
        for (guint i = 0; i < n; i++)
          if (self->vis[i])
            {
              Box b = { self->sx[i] - self->hw[i], self->sy[i] - self->hh[i],
                        self->sx[i] + self->hw[i], self->sy[i] + self->hh[i] };
              if (placed->len < 4000)
                g_array_append_val (placed, b);
            }
        for (guint e = 0; e < m && shown < 40; e++)
          {
            const SlGraphEdge *ed = sl_graph_layout_edge (self->layout, e);
            gboolean hl = self->has_highlight && self->edge_hl[e];
            gboolean hovered = hover_node != SL_NONE && (ed->from == hover_node || ed->to == hover_node);
            if (!visible[e] || !(hovered || (hl && vp->zoom >= 0.5)))
              continue;
            draw_edge_label (self, cr, vp, e, small, placed);
            shown++;
          }
      }
      if (self->hover_edge < m && visible[self->hover_edge])
        draw_hover_edge (self, cr, vp, self->hover_edge, small);
      self->last_vp = *vp;
      self->has_last = TRUE;
    }

  g_object_unref (name_layout);
  g_object_unref (name_bold);
  g_object_unref (small);
  cairo_restore (cr);
}

guint32
sl_graph_painter_hit_test (SlGraphPainter *self, const SlGraphViewport *vp, double x, double y)
{
  guint32 best = SL_NONE;
  double best_d = G_MAXDOUBLE;
  gboolean same_frame;

  g_return_val_if_fail (self != NULL && vp != NULL, SL_NONE);
  if (self->layout == NULL)
    return SL_NONE;

  same_frame = self->has_last && memcmp (&self->last_vp, vp, sizeof *vp) == 0;
  for (guint i = 0; i < sl_graph_layout_n_nodes (self->layout); i++)
    {
      const SlGraphNode *node = sl_graph_layout_node (self->layout, i);
      SlSourceKind kind = node_kind (self, node);
      double cx, cy, dx, dy, d, r = node->radius * vp->zoom;
      gboolean hit;

      if (!node_shown (self, i))
        continue;
      sl_graph_viewport_to_screen (vp, node->x, node->y, &cx, &cy);
      dx = x - cx;
      dy = y - cy;
      d = sqrt (dx * dx + dy * dy);
      /* the shape (outlets are wider than tall) with a little slack */
      hit = fabs (dx) <= r * half_w_factor (kind) + 3 && fabs (dy) <= r * half_h_factor (kind) + 3
            && (kind == SL_SOURCE_OUTLET || kind == SL_SOURCE_ORGANIZATION || d <= r * 1.08 + 3);
      /* or its label as last drawn */
      if (!hit && same_frame && i < self->cap && self->side[i] != SIDE_NONE)
        {
          const Box *b = &self->label[i];
          if (x >= b->x0 && x <= b->x1 && y >= b->y0 && y <= b->y1)
            {
              hit = TRUE;
              d = MAX (d, r + 1);
            }
        }
      if (hit && d < best_d)
        {
          best = node->source;
          best_d = d;
        }
    }
  return best;
}

gboolean
sl_graph_painter_label_box (SlGraphPainter *self, guint32 source, double *x0, double *y0,
                            double *x1, double *y1)
{
  guint node;
  const Box *b;

  g_return_val_if_fail (self != NULL, FALSE);
  if (self->layout == NULL || !self->has_last)
    return FALSE;
  node = sl_graph_layout_node_of_source (self->layout, source);
  if (node == SL_NONE || node >= self->cap || self->side[node] == SIDE_NONE)
    return FALSE;
  b = &self->label[node];
  if (x0)
    *x0 = b->x0;
  if (y0)
    *y0 = b->y0;
  if (x1)
    *x1 = b->x1;
  if (y1)
    *y1 = b->y1;
  return TRUE;
}

void
sl_graph_painter_frame_info (SlGraphPainter *self, gboolean *dense, guint *edges_drawn,
                             guint *edges_visible)
{
  g_return_if_fail (self != NULL);
  if (dense)
    *dense = self->last_dense;
  if (edges_drawn)
    *edges_drawn = self->last_edges_drawn;
  if (edges_visible)
    *edges_visible = self->last_edges_visible;
}

gboolean
sl_graph_painter_node_position (SlGraphPainter *self, const SlGraphViewport *vp,
                                guint32 source, double *x, double *y)
{
  guint node;
  const SlGraphNode *n;

  g_return_val_if_fail (self != NULL && vp != NULL, FALSE);
  if (self->layout == NULL)
    return FALSE;
  node = sl_graph_layout_node_of_source (self->layout, source);
  if (node == SL_NONE)
    return FALSE;
  n = sl_graph_layout_node (self->layout, node);
  sl_graph_viewport_to_screen (vp, n->x, n->y, x, y);
  return TRUE;
}


/* ------------------------------------------------------------------------------------------ */
/* Legend                                                                                     */

double
sl_graph_painter_draw_legend (SlGraphPainter *self, cairo_t *cr, double x, double y,
                              double width)
{
  static const SlSourceKind kinds[] = {
    SL_SOURCE_OUTLET, SL_SOURCE_AGENCY, SL_SOURCE_GOVERNMENT, SL_SOURCE_PERSON,
    SL_SOURCE_ORGANIZATION, SL_SOURCE_COUNTRY, SL_SOURCE_UNNAMED,
  };
  static const SlGraphEdgeKind edges[] = {
    SL_GRAPH_EDGE_REPORTS, SL_GRAPH_EDGE_CITES, SL_GRAPH_EDGE_DENIES,
  };
  const SlPaintStyle *st;
  PangoLayout *text;
  double r, row_h, gap, cx = x, cy = y, sw;
  int tw, th;

  g_return_val_if_fail (self != NULL && cr != NULL, 0);

  st = &self->style;
  cairo_save (cr);
  text = graph_text_layout (cr, st, 0.9, FALSE);
  pango_layout_set_text (text, "Ag", -1);
  pango_layout_get_pixel_size (text, &tw, &th);
  r = sl_paint_style_px (st, 7);
  row_h = MAX (th, 2 * r) + sl_paint_style_px (st, 8);
  gap = sl_paint_style_px (st, 18);
  sw = sl_paint_style_px (st, 30);

  for (guint i = 0; i < G_N_ELEMENTS (kinds) + G_N_ELEMENTS (edges); i++)
    {
      gboolean is_edge = i >= G_N_ELEMENTS (kinds);
      const char *name;
      double mark_w, w, my;

      if (!is_edge)
        name = _(sl_paint_source_kind_name (kinds[i]));
      else
        name = edge_kind_label (edges[i - G_N_ELEMENTS (kinds)]);
      pango_layout_set_text (text, name, -1);
      pango_layout_get_pixel_size (text, &tw, &th);
      mark_w = is_edge ? sw : 2.6 * r;
      w = mark_w + 6 + tw;
      /* edges start on a fresh row */
      if ((cx > x && cx + w > x + width) || (is_edge && i == G_N_ELEMENTS (kinds)))
        {
          cx = x;
          cy += row_h;
        }
      my = cy + row_h / 2 - sl_paint_style_px (st, 3);
      if (!is_edge)
        {
          const SlRgba *kc = &st->source_kind[kinds[i]];
          node_path (cr, kinds[i], cx + mark_w / 2, my, r);
          sl_paint_set_color (cr, &st->node_fill, 1.0);
          cairo_fill_preserve (cr);
          sl_paint_set_color (cr, kc, 0.22);
          cairo_fill_preserve (cr);
          if (kinds[i] == SL_SOURCE_UNNAMED)
            {
              double dash[2] = { 3.0, 2.0 };
              cairo_set_dash (cr, dash, 2, 0);
            }
          cairo_set_line_width (cr, 1.5);
          sl_paint_set_color (cr, kc, 1.0);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
        }
      else
        {
          gboolean deny = edges[i - G_N_ELEMENTS (kinds)] == SL_GRAPH_EDGE_DENIES;
          double ah = 6;
          if (deny)
            {
              double dash[2] = { 5.0, 3.0 };
              cairo_set_dash (cr, dash, 2, 0);
            }
          cairo_move_to (cr, cx, my);
          cairo_line_to (cr, cx + sw - ah, my);
          cairo_set_line_width (cr, 1.5);
          sl_paint_set_color (cr, deny ? &st->contested : &st->edge, 1.0);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
          cairo_move_to (cr, cx + sw, my);
          cairo_line_to (cr, cx + sw - ah, my - ah * 0.45);
          cairo_line_to (cr, cx + sw - ah, my + ah * 0.45);
          cairo_close_path (cr);
          cairo_fill (cr);
        }
      sl_paint_set_color (cr, &st->foreground, 1.0);
      cairo_move_to (cr, cx + mark_w + 6, cy + (row_h - th) / 2 - sl_paint_style_px (st, 3));
      pango_cairo_show_layout (cr, text);
      cx += w + gap;
    }
  g_object_unref (text);
  cairo_restore (cr);
  return cy + row_h - y;
}

/* ------------------------------------------------------------------------------------------ */
/* Playback and edges under the pointer                                                       */

void
sl_graph_painter_set_time_cutoff (SlGraphPainter *self, SlTime cutoff)
{
  g_return_if_fail (self != NULL);
  if (self->cutoff == cutoff)
    return;
  self->cutoff = cutoff;
  self->has_last = FALSE;
  if (self->hover_edge != SL_NONE && !edge_shown (self, self->hover_edge))
    self->hover_edge = SL_NONE;
}

SlTime
sl_graph_painter_get_time_cutoff (SlGraphPainter *self)
{
  g_return_val_if_fail (self != NULL, G_MAXINT64);
  return self->cutoff;
}

gboolean
sl_graph_painter_time_span (SlGraphPainter *self, SlTime *first, SlTime *last)
{
  SlTime lo = G_MAXINT64, hi = G_MININT64;

  g_return_val_if_fail (self != NULL, FALSE);
  if (!ensure_times (self))
    return FALSE;
  for (guint i = 0; i < sl_graph_layout_n_nodes (self->layout); i++)
    if (self->node_time[i] != SL_GRAPH_TIME_UNKNOWN)
      lo = MIN (lo, self->node_time[i]);
  for (guint e = 0; e < sl_graph_layout_n_edges (self->layout); e++)
    if (self->edge_time[e] != SL_GRAPH_TIME_UNKNOWN)
      hi = MAX (hi, self->edge_time[e]), lo = MIN (lo, self->edge_time[e]);
  /* nodes first seen through their own claims can come later than any edge */
  for (guint i = 0; i < sl_graph_layout_n_nodes (self->layout); i++)
    if (self->node_time[i] != SL_GRAPH_TIME_UNKNOWN)
      hi = MAX (hi, self->node_time[i]);
  if (lo > hi)
    return FALSE;
  if (first)
    *first = lo;
  if (last)
    *last = hi;
  return TRUE;
}

gboolean
sl_graph_painter_source_shown (SlGraphPainter *self, guint32 source)
{
  guint node;

  g_return_val_if_fail (self != NULL, FALSE);
  if (self->layout == NULL)
    return FALSE;
  node = sl_graph_layout_node_of_source (self->layout, source);
  return node != SL_NONE && node_shown (self, node);
}

gboolean
sl_graph_painter_edge_shown (SlGraphPainter *self, guint edge)
{
  g_return_val_if_fail (self != NULL, FALSE);
  if (self->layout == NULL || edge >= sl_graph_layout_n_edges (self->layout))
    return FALSE;
  return edge_shown (self, edge);
}

static double
segment_distance (double px, double py, double ax, double ay, double bx, double by)
{
  double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy, t = 0;

  if (len2 > 1e-12)
    t = CLAMP (((px - ax) * dx + (py - ay) * dy) / len2, 0.0, 1.0);
  return hypot (px - (ax + t * dx), py - (ay + t * dy));
}

guint
sl_graph_painter_edge_hit_test (SlGraphPainter *self, const SlGraphViewport *vp, double x,
                                double y)
{
  guint best = SL_NONE, m;
  double best_d = G_MAXDOUBLE;

  g_return_val_if_fail (self != NULL && vp != NULL, SL_NONE);
  if (self->layout == NULL || sl_graph_layout_n_nodes (self->layout) == 0)
    return SL_NONE;

  /* the curves as last drawn; for another viewport, worked out afresh (labels not placed) */
  if (!(self->has_last && self->sx != NULL && memcmp (&self->last_vp, vp, sizeof *vp) == 0))
    {
      ensure_frame (self);
      frame_positions (self, vp);
      self->has_last = FALSE;
    }
  m = sl_graph_layout_n_edges (self->layout);
  for (guint e = 0; e < m; e++)
    {
      const SlGraphEdge *ed = sl_graph_layout_edge (self->layout, e);
      double p[8], slack = edge_width (self, vp, e) / 2 + 4, px, py, d = G_MAXDOUBLE;
      double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

      if (!edge_shown (self, e) || !edge_visible (self, vp, ed))
        continue;
      /* straight edges run between the centres: far from that line, far from the edge */
      if (self->kind != SL_GRAPH_LAYOUT_LAYERED
          && segment_distance (x, y, self->sx[ed->from], self->sy[ed->from], self->sx[ed->to],
                               self->sy[ed->to]) > slack)
        continue;
      edge_points (self, vp, ed, p);
      /* the curve stays within its control points' box */
      for (int k = 0; k < 8; k += 2)
        {
          x0 = MIN (x0, p[k]), x1 = MAX (x1, p[k]);
          y0 = MIN (y0, p[k + 1]), y1 = MAX (y1, p[k + 1]);
        }
      if (x < x0 - slack || x > x1 + slack || y < y0 - slack || y > y1 + slack)
        continue;
      if (self->kind != SL_GRAPH_LAYOUT_LAYERED)
        {
          /* drawn straight from rim to rim */
          d = segment_distance (x, y, p[0], p[1], p[6], p[7]);
          if (d <= slack && d < best_d)
            {
              best = e;
              best_d = d;
            }
          continue;
        }
      px = p[0];
      py = p[1];
      for (int k = 1; k <= 24; k++)
        {
          double qx, qy;

          bezier_at (p, k / 24.0, &qx, &qy);
          d = MIN (d, segment_distance (x, y, px, py, qx, qy));
          px = qx;
          py = qy;
        }
      if (d <= slack && d < best_d)
        {
          best = e;
          best_d = d;
        }
    }
  return best;
}

void
sl_graph_painter_set_hover_edge (SlGraphPainter *self, guint edge)
{
  g_return_if_fail (self != NULL);
  if (self->layout == NULL || edge >= sl_graph_layout_n_edges (self->layout))
    edge = SL_NONE;
  self->hover_edge = edge;
}

guint
sl_graph_painter_get_hover_edge (SlGraphPainter *self)
{
  g_return_val_if_fail (self != NULL, SL_NONE);
  return self->hover_edge;
}

char *
sl_graph_painter_edge_label (SlGraphPainter *self, guint edge)
{
  const SlGraphEdge *ed;

  g_return_val_if_fail (self != NULL, NULL);
  if (self->layout == NULL || edge >= sl_graph_layout_n_edges (self->layout))
    return NULL;
  ed = sl_graph_layout_edge (self->layout, edge);
  return g_strdup_printf ("%s \u00d7%u", sl_graph_edge_kind_to_string ((SlGraphEdgeKind) ed->kind),
                          ed->weight);
}
