/* sl-graph-painter.c: the attribution graph onto any cairo_t.
 *
 * Edges are horizontal-tangent curves (the layered layout reads left to right), ending in an
 * arrowhead at the rim of the node they point to; nodes take their shape from the source's
 * kind and their ring colour from the palette; labels sit under the nodes. Emphasis (a
 * selected event's chain, a source and its neighbours) dims everything else.
 */
#include "sl-graph-painter.h"

#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

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

/* Room below the lowest node for its two label lines, in layout units. */
#define LABEL_ROOM 34.0
#define LABEL_HALF_WIDTH 100.0

void
sl_graph_viewport_fit (SlGraphViewport *vp, SlGraphLayout *layout)
{
  double x0, y0, x1, y1, margin = 24;

  g_return_if_fail (vp != NULL);

  if (layout == NULL || !sl_graph_layout_bounds (layout, &x0, &y0, &x1, &y1))
    {
      vp->zoom = 1.0;
      vp->ox = -vp->width / 2;
      vp->oy = -vp->height / 2;
      return;
    }
  /* labels are wider than nodes and hang below them */
  x0 -= LABEL_HALF_WIDTH * 0.75;
  x1 += LABEL_HALF_WIDTH * 0.75;
  y1 += LABEL_ROOM;
  vp->zoom = MIN ((vp->width - 2 * margin) / MAX (x1 - x0, 1.0),
                  (vp->height - 2 * margin) / MAX (y1 - y0, 1.0));
  vp->zoom = CLAMP (vp->zoom, SL_GRAPH_MIN_ZOOM, 1.5);
  vp->ox = (x0 + x1) / 2 - vp->width / 2 / vp->zoom;
  vp->oy = (y0 + y1) / 2 - vp->height / 2 / vp->zoom;
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

struct _SlGraphPainter
{
  SlModel       *model;
  SlGraphLayout *layout;
  SlPaintStyle   style;
  guint32        selected, hover;
  guint8        *node_hl;   /* per node: emphasised */
  guint8        *edge_hl;   /* per edge: emphasised */
  gboolean       has_highlight;
};

SlGraphPainter *
sl_graph_painter_new (void)
{
  SlGraphPainter *self = g_new0 (SlGraphPainter, 1);

  sl_paint_style_init (&self->style, FALSE);
  self->selected = SL_NONE;
  self->hover = SL_NONE;
  return self;
}

static void
clear_highlight (SlGraphPainter *self)
{
  g_clear_pointer (&self->node_hl, g_free);
  g_clear_pointer (&self->edge_hl, g_free);
  self->has_highlight = FALSE;
}

void
sl_graph_painter_free (SlGraphPainter *self)
{
  if (self == NULL)
    return;
  clear_highlight (self);
  g_clear_pointer (&self->layout, sl_graph_layout_free);
  g_clear_pointer (&self->model, sl_model_unref);
  g_free (self);
}

static void
rebuild (SlGraphPainter *self)
{
  g_autoptr (GArray) pins = g_array_new (FALSE, FALSE, sizeof (double) * 3);

  /* pinned nodes keep their places across rebuilds */
  if (self->layout)
    for (guint i = 0; i < sl_graph_layout_n_nodes (self->layout); i++)
      {
        const SlGraphNode *n = sl_graph_layout_node (self->layout, i);
        if (n->pinned)
          {
            double p[3] = { n->source, n->x, n->y };
            g_array_append_vals (pins, p, 1);
          }
      }
  clear_highlight (self);
  g_clear_pointer (&self->layout, sl_graph_layout_free);
  if (self->model == NULL)
    return;
  self->layout = sl_graph_layout_new (self->model);
  for (guint i = 0; i < pins->len; i++)
    {
      const double *p = &g_array_index (pins, double, 3 * i);
      guint node = sl_graph_layout_node_of_source (self->layout, (guint32) p[0]);
      if (node != SL_NONE)
        sl_graph_layout_pin_node (self->layout, node, p[1], p[2]);
    }
  sl_graph_layout_run_layered (self->layout);
}

void
sl_graph_painter_set_model (SlGraphPainter *self, SlModel *model)
{
  g_return_if_fail (self != NULL);

  if (model)
    sl_model_ref (model);
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

void
sl_graph_painter_set_style (SlGraphPainter *self, const SlPaintStyle *style)
{
  g_return_if_fail (self != NULL && style != NULL);
  self->style = *style;
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
/* Drawing                                                                                    */

static void
hexagon (cairo_t *cr, double cx, double cy, double r)
{
  cairo_new_path (cr);
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
  cairo_new_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* The node outline for a source kind; returns the distance from centre to rim along x. */
static void
node_path (cairo_t *cr, SlSourceKind kind, double cx, double cy, double r)
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
      cairo_new_path (cr);
      cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
      break;
    }
}

/* How far the rim is from the centre towards a direction (for arrowheads). */
static double
rim_distance (SlSourceKind kind, double r, double ux, double uy)
{
  if (kind == SL_SOURCE_OUTLET)
    {
      double hx = r * 1.25, hy = r * 0.8;
      double tx = fabs (ux) > 1e-9 ? hx / fabs (ux) : G_MAXDOUBLE;
      double ty = fabs (uy) > 1e-9 ? hy / fabs (uy) : G_MAXDOUBLE;
      return MIN (tx, ty);
    }
  if (kind == SL_SOURCE_ORGANIZATION)
    {
      double h = r * 0.9;
      double tx = fabs (ux) > 1e-9 ? h / fabs (ux) : G_MAXDOUBLE;
      double ty = fabs (uy) > 1e-9 ? h / fabs (uy) : G_MAXDOUBLE;
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

static double
node_alpha (SlGraphPainter *self, guint node)
{
  if (!self->has_highlight)
    return 1.0;
  return self->node_hl[node] ? 1.0 : 0.22;
}

/* The edge's curve in screen space: from the rim of `from` to the rim of `to`. */
static void
edge_curve (SlGraphPainter *self, const SlGraphViewport *vp, const SlGraphEdge *ed,
            double pts[8])
{
  const SlGraphNode *a = sl_graph_layout_node (self->layout, ed->from);
  const SlGraphNode *b = sl_graph_layout_node (self->layout, ed->to);
  double ax, ay, bx, by, dx, dy, len, bend, c1x, c1y, c2x, c2y, ux, uy;

  sl_graph_viewport_to_screen (vp, a->x, a->y, &ax, &ay);
  sl_graph_viewport_to_screen (vp, b->x, b->y, &bx, &by);
  dx = bx - ax;
  dy = by - ay;
  len = MAX (sqrt (dx * dx + dy * dy), 1e-6);
  if (fabs (dx) > 4 * vp->zoom)
    {
      /* left-to-right flow: leave and arrive horizontally */
      bend = dx * 0.45;
      c1x = ax + bend;
      c1y = ay;
      c2x = bx - bend;
      c2y = by;
    }
  else
    {
      /* same column: bow out to the side so the edge does not run through the nodes between */
      bend = MAX (fabs (dy) * 0.5, 40 * vp->zoom) + 50 * vp->zoom;
      c1x = ax + bend;
      c1y = ay;
      c2x = bx + bend;
      c2y = by;
    }
  /* pull the ends back to the rims along the curve's end tangents */
  ux = c1x - ax;
  uy = c1y - ay;
  len = MAX (sqrt (ux * ux + uy * uy), 1e-6);
  ux /= len;
  uy /= len;
  ax += ux * rim_distance (node_kind (self, a), a->radius, ux, uy) * vp->zoom;
  ay += uy * rim_distance (node_kind (self, a), a->radius, ux, uy) * vp->zoom;
  ux = c2x - bx;
  uy = c2y - by;
  len = MAX (sqrt (ux * ux + uy * uy), 1e-6);
  ux /= len;
  uy /= len;
  bx += ux * (rim_distance (node_kind (self, b), b->radius, ux, uy) * vp->zoom + 2);
  by += uy * (rim_distance (node_kind (self, b), b->radius, ux, uy) * vp->zoom + 2);
  pts[0] = ax;
  pts[1] = ay;
  pts[2] = c1x;
  pts[3] = c1y;
  pts[4] = c2x;
  pts[5] = c2y;
  pts[6] = bx;
  pts[7] = by;
}

static gboolean
rect_hits (const GArray *placed, const double r[4])
{
  for (guint k = 0; k < placed->len; k++)
    {
      const double *p = &g_array_index (placed, double, 4 * k);
      if (r[0] < p[2] && p[0] < r[2] && r[1] < p[3] && p[1] < r[3])
        return TRUE;
    }
  return FALSE;
}

static void
draw_edge (SlGraphPainter *self, cairo_t *cr, const SlGraphViewport *vp, guint e)
{
  const SlPaintStyle *st = &self->style;
  const SlGraphEdge *ed = sl_graph_layout_edge (self->layout, e);
  gboolean deny = ed->kind == SL_GRAPH_EDGE_DENIES;
  gboolean hl = self->has_highlight && self->edge_hl[e];
  double alpha = self->has_highlight && !hl ? 0.18 : 0.85;
  const SlRgba *c = deny ? &st->contested : hl ? &st->accent : &st->edge;
  double w = (1.2 + 0.8 * log2 ((double) MAX (ed->weight, 1u))) * (hl ? 1.6 : 1.0);
  double p[8], ux, uy, len, ah = 7 + w * 1.5;

  w = MAX (w * MIN (vp->zoom, 1.0), 0.6);
  ah *= MIN (MAX (vp->zoom, 0.4), 1.0);
  edge_curve (self, vp, ed, p);

  /* the curve stops at the arrowhead's base */
  ux = p[6] - p[4];
  uy = p[7] - p[5];
  len = MAX (sqrt (ux * ux + uy * uy), 1e-6);
  ux /= len;
  uy /= len;

  cairo_new_path (cr);
  cairo_move_to (cr, p[0], p[1]);
  cairo_curve_to (cr, p[2], p[3], p[4], p[5], p[6] - ux * ah * 0.8, p[7] - uy * ah * 0.8);
  if (deny)
    {
      double dash[2] = { 6.0, 4.0 };
      cairo_set_dash (cr, dash, 2, 0);
    }
  cairo_set_line_width (cr, w);
  sl_paint_set_color (cr, c, alpha);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  cairo_new_path (cr);
  cairo_move_to (cr, p[6], p[7]);
  cairo_line_to (cr, p[6] - ux * ah - uy * ah * 0.45, p[7] - uy * ah + ux * ah * 0.45);
  cairo_line_to (cr, p[6] - ux * ah + uy * ah * 0.45, p[7] - uy * ah - ux * ah * 0.45);
  cairo_close_path (cr);
  cairo_fill (cr);

}

/* The edge's kind at the middle of its curve, unless it would cover another label. */
static void
draw_edge_label (SlGraphPainter *self, cairo_t *cr, const SlGraphViewport *vp, guint e,
                 PangoLayout *small, GArray *placed)
{
  const SlPaintStyle *st = &self->style;
  const SlGraphEdge *ed = sl_graph_layout_edge (self->layout, e);
  gboolean deny = ed->kind == SL_GRAPH_EDGE_DENIES;
  double alpha = self->has_highlight && !self->edge_hl[e] ? 0.18 : 0.85;
  const char *text = sl_graph_edge_kind_to_string ((SlGraphEdgeKind) ed->kind);
  double p[8], mx, my, box[4];
  int tw, th;

  edge_curve (self, vp, ed, p);
  /* t = 0.55 of the Bézier: a little past the middle, away from the crowded outlet side */
  {
    double t = 0.55, u = 1 - t;
    mx = u * u * u * p[0] + 3 * u * u * t * p[2] + 3 * u * t * t * p[4] + t * t * t * p[6];
    my = u * u * u * p[1] + 3 * u * u * t * p[3] + 3 * u * t * t * p[5] + t * t * t * p[7];
  }
  pango_layout_set_width (small, -1);
  pango_layout_set_text (small, text, -1);
  pango_layout_get_pixel_size (small, &tw, &th);
  box[0] = mx - tw / 2.0 - 3;
  box[1] = my - th / 2.0;
  box[2] = mx + tw / 2.0 + 3;
  box[3] = my + th / 2.0;
  if (rect_hits (placed, box))
    return;
  g_array_append_vals (placed, box, 1);
  rounded_box (cr, box[0], box[1], box[2] - box[0], th, th / 2.0);
  sl_paint_set_color (cr, &st->background, 0.9 * alpha);
  cairo_fill (cr);
  sl_paint_set_color (cr, deny ? &st->contested : &st->muted, alpha);
  cairo_move_to (cr, mx - tw / 2.0, my - th / 2.0);
  pango_cairo_show_layout (cr, small);
}

static void
draw_node (SlGraphPainter *self, cairo_t *cr, const SlGraphViewport *vp, guint i,
           PangoLayout *small)
{
  const SlPaintStyle *st = &self->style;
  const SlGraphNode *node = sl_graph_layout_node (self->layout, i);
  SlSourceKind kind = node_kind (self, node);
  const SlRgba *kc = &st->source_kind[kind];
  double alpha = node_alpha (self, i);
  double cx, cy, r = node->radius * vp->zoom;
  gboolean sel = node->source == self->selected, hov = node->source == self->hover;

  sl_graph_viewport_to_screen (vp, node->x, node->y, &cx, &cy);
  if (cx + r * 1.3 + LABEL_HALF_WIDTH * vp->zoom < 0 || cx - r * 1.3 - LABEL_HALF_WIDTH * vp->zoom > vp->width
      || cy + r + LABEL_ROOM * vp->zoom < 0 || cy - r > vp->height)
    return;

  if (self->has_highlight && self->node_hl[i])
    {
      node_path (cr, kind, cx, cy, r + 6);
      sl_paint_set_color (cr, &st->highlight, 1.0);
      cairo_fill (cr);
    }
  node_path (cr, kind, cx, cy, r);
  sl_paint_set_color (cr, &st->node_fill, alpha);
  cairo_fill_preserve (cr);
  sl_paint_set_color (cr, kc, 0.22 * alpha);
  cairo_fill_preserve (cr);
  if (kind == SL_SOURCE_UNNAMED)
    {
      double dash[2] = { 4.0, 3.0 };
      cairo_set_dash (cr, dash, 2, 0);
    }
  cairo_set_line_width (cr, MAX (2.0 * MIN (vp->zoom, 1.0), 1.0));
  sl_paint_set_color (cr, kc, alpha);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  if (sel || hov)
    {
      node_path (cr, kind, cx, cy, r + (sel ? 4 : 3));
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
      sl_paint_set_color (cr, kc, alpha);
      cairo_move_to (cr, cx - tw / 2.0, cy - th / 2.0);
      pango_cairo_show_layout (cr, small);
    }

}

/* The name (and title) under a node, unless it would cover a label already placed. */
static void
draw_node_label (SlGraphPainter *self, cairo_t *cr, const SlGraphViewport *vp, guint i,
                 PangoLayout *name_layout, PangoLayout *name_bold, PangoLayout *small,
                 GArray *placed)
{
  const SlPaintStyle *st = &self->style;
  const SlGraphNode *node = sl_graph_layout_node (self->layout, i);
  const SlSource *src = sl_model_source (self->model, node->source);
  SlSourceKind kind = node_kind (self, node);
  gboolean sel = node->source == self->selected, hov = node->source == self->hover;
  const char *name = sl_model_str (self->model, src->name);
  const char *title = sl_model_str (self->model, src->title);
  PangoLayout *nl = sel ? name_bold : name_layout;
  double alpha = node_alpha (self, i);
  double max_w = 2 * LABEL_HALF_WIDTH * MAX (vp->zoom, 0.6);
  double cx, cy, r = node->radius * vp->zoom, top, box[4];
  int tw, th, sw = 0, sh = 0;
  gboolean with_title = title && *title && vp->zoom >= 0.6;

  sl_graph_viewport_to_screen (vp, node->x, node->y, &cx, &cy);
  top = cy + r * (kind == SL_SOURCE_OUTLET ? 0.8 : 1.05) + 3;
  pango_layout_set_width (nl, (int) (max_w * PANGO_SCALE));
  pango_layout_set_ellipsize (nl, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (nl, PANGO_ALIGN_CENTER);
  pango_layout_set_text (nl, name ? name : "Unnamed source", -1);
  pango_layout_get_pixel_size (nl, &tw, &th);
  if (with_title)
    {
      pango_layout_set_width (small, (int) (max_w * PANGO_SCALE));
      pango_layout_set_ellipsize (small, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (small, PANGO_ALIGN_CENTER);
      pango_layout_set_text (small, title, -1);
      pango_layout_get_pixel_size (small, &sw, &sh);
    }
  /* the ellipsized text is centred in max_w: its ink box is the wider of the two lines */
  box[0] = cx - MAX (MIN (tw, max_w), MIN (sw, max_w)) / 2 - 2;
  box[2] = cx + MAX (MIN (tw, max_w), MIN (sw, max_w)) / 2 + 2;
  box[1] = top;
  box[3] = top + th + sh;
  if (!sel && !hov && rect_hits (placed, box))
    {
      if (!with_title)
        return;
      /* try the name alone */
      with_title = FALSE;
      box[0] = cx - MIN (tw, max_w) / 2 - 2;
      box[2] = cx + MIN (tw, max_w) / 2 + 2;
      box[3] = top + th;
      if (rect_hits (placed, box))
        return;
    }
  g_array_append_vals (placed, box, 1);

  sl_paint_set_color (cr, &st->foreground, alpha);
  cairo_move_to (cr, cx - max_w / 2, top);
  pango_cairo_show_layout (cr, nl);
  if (with_title)
    {
      sl_paint_set_color (cr, &st->muted, alpha);
      cairo_move_to (cr, cx - max_w / 2, top + th);
      pango_cairo_show_layout (cr, small);
    }
}

/* Labels go to the selected, emphasised and most-cited sources first. */
static int
cmp_label_order (gconstpointer a, gconstpointer b, gpointer data)
{
  SlGraphPainter *self = data;
  guint x = *(const guint *) a, y = *(const guint *) b;
  const SlGraphNode *nx = sl_graph_layout_node (self->layout, x);
  const SlGraphNode *ny = sl_graph_layout_node (self->layout, y);
  int px = (nx->source == self->selected) * 4 + (nx->source == self->hover) * 2
           + (self->has_highlight && self->node_hl[x]);
  int py = (ny->source == self->selected) * 4 + (ny->source == self->hover) * 2
           + (self->has_highlight && self->node_hl[y]);

  if (px != py)
    return py - px;
  if (nx->n_claims != ny->n_claims)
    return nx->n_claims > ny->n_claims ? -1 : 1;
  return x < y ? -1 : x > y;
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

void
sl_graph_painter_draw (SlGraphPainter *self, cairo_t *cr, const SlGraphViewport *vp)
{
  const SlPaintStyle *st;
  PangoLayout *name_layout, *name_bold, *small;
  guint n_nodes, n_edges;
  gboolean labels, edge_labels;

  g_return_if_fail (self != NULL && cr != NULL && vp != NULL);

  st = &self->style;
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, vp->width, vp->height);
  cairo_clip (cr);
  sl_paint_set_color (cr, &st->background, 1.0);
  cairo_paint (cr);

  name_layout = graph_text_layout (cr, st, 1.0, FALSE);
  name_bold = graph_text_layout (cr, st, 1.0, TRUE);
  small = graph_text_layout (cr, st, 0.85, FALSE);

  if (self->layout == NULL || sl_graph_layout_n_nodes (self->layout) == 0)
    {
      const char *msg = self->model ? "No sources" : "No project open";
      int tw, th;
      pango_layout_set_text (name_layout, msg, -1);
      pango_layout_get_pixel_size (name_layout, &tw, &th);
      sl_paint_set_color (cr, &st->muted, 1.0);
      cairo_move_to (cr, (vp->width - tw) / 2, (vp->height - th) / 2);
      pango_cairo_show_layout (cr, name_layout);
    }
  else
    {
      n_nodes = sl_graph_layout_n_nodes (self->layout);
      n_edges = sl_graph_layout_n_edges (self->layout);
      /* labels are culled when zoomed far out over a big graph */
      labels = vp->zoom >= 0.45 || n_nodes <= 60;
      edge_labels = vp->zoom >= 0.7 && n_edges <= 60;

      /* dimmed edges first, emphasised ones on top */
      for (int pass = 0; pass < 2; pass++)
        for (guint e = 0; e < n_edges; e++)
          {
            gboolean hl = self->has_highlight && self->edge_hl[e];
            if ((pass == 1) != hl)
              continue;
            draw_edge (self, cr, vp, e);
          }
      for (int pass = 0; pass < 2; pass++)
        for (guint i = 0; i < n_nodes; i++)
          {
            gboolean hl = self->has_highlight && self->node_hl[i];
            if ((pass == 1) != hl)
              continue;
            draw_node (self, cr, vp, i, small);
          }

      /* labels last, most important first, none over another */
      {
        g_autoptr (GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
        g_autoptr (GArray) placed = g_array_new (FALSE, FALSE, 4 * sizeof (double));

        for (guint i = 0; i < n_nodes; i++)
          {
            const SlGraphNode *node = sl_graph_layout_node (self->layout, i);
            double cx, cy;
            gboolean must = node->source == self->selected || node->source == self->hover
                            || (self->has_highlight && self->node_hl[i]);

            sl_graph_viewport_to_screen (vp, node->x, node->y, &cx, &cy);
            if (cx < -LABEL_HALF_WIDTH || cx > vp->width + LABEL_HALF_WIDTH || cy < -LABEL_ROOM
                || cy > vp->height + LABEL_ROOM)
              continue;
            if (labels || must)
              g_array_append_val (order, i);
          }
        g_array_sort_with_data (order, cmp_label_order, self);
        for (guint k = 0; k < order->len; k++)
          draw_node_label (self, cr, vp, g_array_index (order, guint, k), name_layout, name_bold,
                           small, placed);

        /* edge kinds where they fit: the emphasised chain's first */
        for (int pass = 0; pass < 2; pass++)
          for (guint e = 0; e < n_edges; e++)
            {
              gboolean hl = self->has_highlight && self->edge_hl[e];
              if ((pass == 0) != hl)
                continue;
              if (edge_labels || (hl && vp->zoom >= 0.5))
                draw_edge_label (self, cr, vp, e, small, placed);
            }
      }
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

  g_return_val_if_fail (self != NULL && vp != NULL, SL_NONE);
  if (self->layout == NULL)
    return SL_NONE;

  for (guint i = 0; i < sl_graph_layout_n_nodes (self->layout); i++)
    {
      const SlGraphNode *node = sl_graph_layout_node (self->layout, i);
      double cx, cy, dx, dy, d, r = node->radius * vp->zoom;
      gboolean outlet = node_kind (self, node) == SL_SOURCE_OUTLET;

      sl_graph_viewport_to_screen (vp, node->x, node->y, &cx, &cy);
      dx = x - cx;
      dy = y - cy;
      d = sqrt (dx * dx + dy * dy);
      /* the shape (outlets are wider than tall), or the name under it */
      if ((outlet ? fabs (dx) <= r * 1.25 + 3 && fabs (dy) <= r * 0.8 + 3 : d <= r * 1.08 + 3)
          || (fabs (dx) <= LABEL_HALF_WIDTH * 0.6 * MAX (vp->zoom, 0.6)
              && dy > r && dy <= r + 20 * MAX (vp->zoom, 0.6)))
        if (d < best_d)
          {
            best = node->source;
            best_d = d;
          }
    }
  return best;
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
        name = sl_paint_source_kind_name (kinds[i]);
      else
        name = edges[i - G_N_ELEMENTS (kinds)] == SL_GRAPH_EDGE_REPORTS ? "reports / quotes"
               : sl_graph_edge_kind_to_string (edges[i - G_N_ELEMENTS (kinds)]);
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
