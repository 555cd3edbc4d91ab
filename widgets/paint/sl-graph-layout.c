/* sl-graph-layout.c: the attribution graph and its layered (Sugiyama-style) layout.
 *
 * Layers come from the longest path over cites/reports/quotes edges (denials are left out of
 * layering, they often point backwards); cycles are broken at DFS back edges. Orders within
 * layers start from a DFS from the outlets and are improved by barycentre sweeps, keeping the
 * order with the fewest crossings. Vertical positions then pull each node towards its
 * neighbours while keeping a minimum gap. Every tie is broken by source index, so the result
 * depends only on the model.
 */
#include "sl-graph-layout.h"

#include <math.h>
#include <string.h>

#define LAYER_GAP 230.0
#define NODE_GAP 86.0
#define SWEEPS 12
#define MAX_COUNTED_EDGES 3000

struct _SlGraphLayout
{
  SlModel    *model;
  GArray     *nodes;        /* SlGraphNode */
  GArray     *edges;        /* SlGraphEdge */
  guint32    *source_node;  /* source → node */
  guint       n_sources;
  GHashTable *edge_index;   /* packed (from, to, kind) → edge + 1 */
  /* adjacency (CSR) over all edges, both directions */
  guint      *adj_first;
  guint      *adj;
};

static guint64
edge_key (guint from, guint to, SlGraphEdgeKind kind)
{
  return ((guint64) from << 34) | ((guint64) to << 4) | (guint64) kind;
}

static guint
edge_lookup (SlGraphLayout *self, guint from, guint to, SlGraphEdgeKind kind)
{
  guint64 key = edge_key (from, to, kind);
  gpointer v = g_hash_table_lookup (self->edge_index, &key);

  return v ? GPOINTER_TO_UINT (v) - 1 : SL_NONE;
}

static void
add_edge (SlGraphLayout *self, guint from, guint to, SlGraphEdgeKind kind)
{
  guint e;

  if (from == SL_NONE || to == SL_NONE || from == to)
    return;
  e = edge_lookup (self, from, to, kind);
  if (e == SL_NONE)
    {
      SlGraphEdge edge = { from, to, (guint8) kind, 0 };
      guint64 *key = g_new (guint64, 1);

      *key = edge_key (from, to, kind);
      e = self->edges->len;
      g_array_append_val (self->edges, edge);
      g_hash_table_insert (self->edge_index, key, GUINT_TO_POINTER (e + 1));
    }
  g_array_index (self->edges, SlGraphEdge, e).weight++;
}

/* The node of the outlet that published a document, when the outlet is a known source. */
static guint
outlet_node (SlGraphLayout *self, guint32 doc)
{
  const SlDoc *d;
  const char *name;
  guint32 src;

  if (doc >= sl_model_n_docs (self->model))
    return SL_NONE;
  d = sl_model_doc (self->model, doc);
  name = sl_model_str (self->model, d->outlet);
  if (name == NULL)
    return SL_NONE;
  src = sl_model_find_source (self->model, name);
  return src < self->n_sources ? self->source_node[src] : SL_NONE;
}

static guint
claim_node (SlGraphLayout *self, guint32 claim)
{
  guint32 src;

  if (claim >= sl_model_n_claims (self->model))
    return SL_NONE;
  src = sl_model_claim (self->model, claim)->source;
  return src < self->n_sources ? self->source_node[src] : SL_NONE;
}

static SlGraphEdgeKind
first_hand_kind (const SlClaim *c)
{
  return c->stance == SL_STANCE_REPORT ? SL_GRAPH_EDGE_REPORTS : SL_GRAPH_EDGE_QUOTES;
}

static void
build_adjacency (SlGraphLayout *self)
{
  guint n = self->nodes->len, m = self->edges->len;
  g_autofree guint *fill = g_new0 (guint, n + 1);

  g_free (self->adj_first);
  g_free (self->adj);
  self->adj_first = g_new0 (guint, n + 1);
  self->adj = g_new (guint, 2 * (gsize) m + 1);
  for (guint e = 0; e < m; e++)
    {
      const SlGraphEdge *ed = &g_array_index (self->edges, SlGraphEdge, e);
      self->adj_first[ed->from + 1]++;
      self->adj_first[ed->to + 1]++;
    }
  for (guint i = 0; i < n; i++)
    self->adj_first[i + 1] += self->adj_first[i];
  for (guint e = 0; e < m; e++)
    {
      const SlGraphEdge *ed = &g_array_index (self->edges, SlGraphEdge, e);
      self->adj[self->adj_first[ed->from] + fill[ed->from]++] = e;
      self->adj[self->adj_first[ed->to] + fill[ed->to]++] = e;
    }
}

SlGraphLayout *
sl_graph_layout_new (SlModel *model)
{
  SlGraphLayout *self;
  guint n_claims, n_events;

  g_return_val_if_fail (model != NULL, NULL);

  self = g_new0 (SlGraphLayout, 1);
  self->model = sl_model_ref (model);
  self->nodes = g_array_new (FALSE, TRUE, sizeof (SlGraphNode));
  self->edges = g_array_new (FALSE, TRUE, sizeof (SlGraphEdge));
  self->edge_index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->n_sources = sl_model_n_sources (model);
  self->source_node = g_new (guint32, MAX (self->n_sources, 1));

  for (guint32 s = 0; s < self->n_sources; s++)
    {
      SlGraphNode node = { 0 };
      node.source = s;
      self->source_node[s] = self->nodes->len;
      g_array_append_val (self->nodes, node);
    }

  n_claims = sl_model_n_claims (model);
  for (guint32 c = 0; c < n_claims; c++)
    {
      const SlClaim *claim = sl_model_claim (model, c);
      guint to = claim_node (self, c);

      if (to != SL_NONE)
        g_array_index (self->nodes, SlGraphNode, to).n_claims++;
      if (claim->via != SL_NONE && claim->via < n_claims)
        add_edge (self, claim_node (self, claim->via), to, SL_GRAPH_EDGE_CITES);
      else
        add_edge (self, outlet_node (self, claim->doc), to, first_hand_kind (claim));
    }

  /* a denial answers the other claims behind the same event */
  n_events = sl_model_n_events (model);
  for (guint32 e = 0; e < n_events; e++)
    {
      guint n;
      const guint32 *claims = sl_model_event_claims (model, e, &n);

      for (guint i = 0; i < n; i++)
        {
          if (claims[i] >= n_claims || sl_model_claim (model, claims[i])->stance != SL_STANCE_DENY)
            continue;
          for (guint j = 0; j < n; j++)
            if (j != i && claims[j] < n_claims
                && sl_model_claim (model, claims[j])->stance != SL_STANCE_DENY)
              add_edge (self, claim_node (self, claims[i]), claim_node (self, claims[j]),
                        SL_GRAPH_EDGE_DENIES);
        }
    }

  for (guint i = 0; i < self->nodes->len; i++)
    {
      SlGraphNode *node = &g_array_index (self->nodes, SlGraphNode, i);
      node->radius = MIN (16.0 + 4.0 * log2 (1.0 + node->n_claims), 30.0);
    }
  build_adjacency (self);
  return self;
}

void
sl_graph_layout_free (SlGraphLayout *self)
{
  if (self == NULL)
    return;
  sl_model_unref (self->model);
  g_array_unref (self->nodes);
  g_array_unref (self->edges);
  g_hash_table_unref (self->edge_index);
  g_free (self->source_node);
  g_free (self->adj_first);
  g_free (self->adj);
  g_free (self);
}

SlModel *
sl_graph_layout_get_model (SlGraphLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->model;
}

guint
sl_graph_layout_n_nodes (SlGraphLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->nodes->len;
}

const SlGraphNode *
sl_graph_layout_node (SlGraphLayout *self, guint i)
{
  g_return_val_if_fail (self != NULL && i < self->nodes->len, NULL);
  return &g_array_index (self->nodes, SlGraphNode, i);
}

guint
sl_graph_layout_node_of_source (SlGraphLayout *self, guint32 source)
{
  g_return_val_if_fail (self != NULL, SL_NONE);
  return source < self->n_sources ? self->source_node[source] : SL_NONE;
}

void
sl_graph_layout_pin_node (SlGraphLayout *self, guint node, double x, double y)
{
  SlGraphNode *n;

  g_return_if_fail (self != NULL && node < self->nodes->len);
  n = &g_array_index (self->nodes, SlGraphNode, node);
  n->x = x;
  n->y = y;
  n->pinned = TRUE;
}

guint
sl_graph_layout_n_edges (SlGraphLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->edges->len;
}

const SlGraphEdge *
sl_graph_layout_edge (SlGraphLayout *self, guint i)
{
  g_return_val_if_fail (self != NULL && i < self->edges->len, NULL);
  return &g_array_index (self->edges, SlGraphEdge, i);
}

guint
sl_graph_layout_find_edge (SlGraphLayout *self, guint from, guint to, SlGraphEdgeKind kind)
{
  g_return_val_if_fail (self != NULL, SL_NONE);
  return edge_lookup (self, from, to, kind);
}

static void
append_edge_once (GArray *out, guint start, guint e)
{
  if (e == SL_NONE)
    return;
  for (guint i = start; i < out->len; i++)
    if (g_array_index (out, guint, i) == e)
      return;
  g_array_append_val (out, e);
}

void
sl_graph_layout_event_edges (SlGraphLayout *self, guint32 event, GArray *out)
{
  g_autoptr (GArray) chain = g_array_new (FALSE, FALSE, sizeof (guint32));
  const guint32 *claims;
  guint n, start;
  SlModel *model;

  g_return_if_fail (self != NULL && out != NULL);
  model = self->model;
  g_return_if_fail (event < sl_model_n_events (model));

  start = out->len;
  claims = sl_model_event_claims (model, event, &n);
  for (guint i = 0; i < n; i++)
    {
      const SlClaim *outer;

      g_array_set_size (chain, 0);
      sl_model_claim_chain (model, claims[i], chain);
      if (chain->len == 0)
        continue;
      outer = sl_model_claim (model, g_array_index (chain, guint32, 0));
      append_edge_once (out, start,
                        edge_lookup (self, outlet_node (self, outer->doc),
                                     claim_node (self, g_array_index (chain, guint32, 0)),
                                     first_hand_kind (outer)));
      for (guint k = 0; k + 1 < chain->len; k++)
        append_edge_once (out, start,
                          edge_lookup (self, claim_node (self, g_array_index (chain, guint32, k)),
                                       claim_node (self, g_array_index (chain, guint32, k + 1)),
                                       SL_GRAPH_EDGE_CITES));
      for (guint j = 0; j < n; j++)
        if (j != i)
          append_edge_once (out, start,
                            edge_lookup (self, claim_node (self, claims[i]),
                                         claim_node (self, claims[j]), SL_GRAPH_EDGE_DENIES));
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Layered layout                                                                             */

static gboolean
layering_edge (const SlGraphEdge *e)
{
  return e->kind != SL_GRAPH_EDGE_DENIES;
}

/* Marks edges that close a cycle (DFS back edges, iterative) so layering sees a DAG. */
static void
find_back_edges (SlGraphLayout *self, gboolean *back)
{
  guint n = self->nodes->len;
  g_autofree guint8 *state = g_new0 (guint8, n);  /* 0 new, 1 on stack, 2 done */
  g_autofree guint *stack = g_new (guint, n + 1);
  g_autofree guint *it = g_new (guint, n + 1);

  for (guint root = 0; root < n; root++)
    {
      guint sp = 0;

      if (state[root])
        continue;
      stack[sp] = root;
      it[sp] = self->adj_first[root];
      state[root] = 1;
      sp++;
      while (sp > 0)
        {
          guint v = stack[sp - 1];
          if (it[sp - 1] < self->adj_first[v + 1])
            {
              guint e = self->adj[it[sp - 1]++];
              const SlGraphEdge *ed = &g_array_index (self->edges, SlGraphEdge, e);
              if (ed->from != v || !layering_edge (ed))
                continue;
              if (state[ed->to] == 1)
                back[e] = TRUE;
              else if (state[ed->to] == 0)
                {
                  state[ed->to] = 1;
                  stack[sp] = ed->to;
                  it[sp] = self->adj_first[ed->to];
                  sp++;
                }
            }
          else
            {
              state[v] = 2;
              sp--;
            }
        }
    }
}

static void
assign_layers (SlGraphLayout *self, guint *n_layers)
{
  guint n = self->nodes->len, m = self->edges->len, max_layer = 0;
  g_autofree gboolean *back = g_new0 (gboolean, m + 1);
  g_autofree guint *indeg = g_new0 (guint, n + 1);
  g_autofree guint *queue = g_new (guint, n + 1);
  g_autofree gboolean *linked = g_new0 (gboolean, n + 1);
  guint qh = 0, qt = 0;

  find_back_edges (self, back);
  for (guint e = 0; e < m; e++)
    {
      const SlGraphEdge *ed = &g_array_index (self->edges, SlGraphEdge, e);
      linked[ed->from] = linked[ed->to] = TRUE;
      if (layering_edge (ed) && !back[e])
        indeg[ed->to]++;
    }
  for (guint i = 0; i < n; i++)
    {
      g_array_index (self->nodes, SlGraphNode, i).layer = 0;
      if (indeg[i] == 0)
        queue[qt++] = i;
    }
  /* longest path in topological order: each node one layer right of its furthest reporter */
  while (qh < qt)
    {
      guint v = queue[qh++];
      guint lv = g_array_index (self->nodes, SlGraphNode, v).layer;
      for (guint k = self->adj_first[v]; k < self->adj_first[v + 1]; k++)
        {
          guint e = self->adj[k];
          const SlGraphEdge *ed = &g_array_index (self->edges, SlGraphEdge, e);
          SlGraphNode *to;
          if (ed->from != v || !layering_edge (ed) || back[e])
            continue;
          to = &g_array_index (self->nodes, SlGraphNode, ed->to);
          to->layer = MAX (to->layer, lv + 1);
          if (--indeg[ed->to] == 0)
            queue[qt++] = ed->to;
        }
    }
  for (guint i = 0; i < n; i++)
    max_layer = MAX (max_layer, g_array_index (self->nodes, SlGraphNode, i).layer);
  /* sources in no chain: outlets with the outlets, the rest in the first column of origins */
  for (guint i = 0; i < n; i++)
    {
      SlGraphNode *node = &g_array_index (self->nodes, SlGraphNode, i);
      if (!linked[i])
        node->layer = sl_model_source (self->model, node->source)->kind == SL_SOURCE_OUTLET
                      || max_layer == 0 ? 0 : 1;
    }
  *n_layers = MAX (max_layer + 1, 1u);
  for (guint i = 0; i < n; i++)
    *n_layers = MAX (*n_layers, g_array_index (self->nodes, SlGraphNode, i).layer + 1);
}

typedef struct
{
  guint  node;
  double key;
} OrderKey;

static int
cmp_order_key (gconstpointer a, gconstpointer b)
{
  const OrderKey *x = a, *y = b;

  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return x->node < y->node ? -1 : x->node > y->node;
}

/* Crossings between edges joining adjacent layers, counted from the orders alone. */
static guint
count_order_crossings (SlGraphLayout *self)
{
  guint m = self->edges->len, crossings = 0;

  for (guint a = 0; a < m; a++)
    {
      const SlGraphEdge *ea = &g_array_index (self->edges, SlGraphEdge, a);
      const SlGraphNode *a0 = &g_array_index (self->nodes, SlGraphNode, ea->from);
      const SlGraphNode *a1 = &g_array_index (self->nodes, SlGraphNode, ea->to);
      if (a0->layer + 1 != a1->layer)
        continue;
      for (guint b = a + 1; b < m; b++)
        {
          const SlGraphEdge *eb = &g_array_index (self->edges, SlGraphEdge, b);
          const SlGraphNode *b0 = &g_array_index (self->nodes, SlGraphNode, eb->from);
          const SlGraphNode *b1 = &g_array_index (self->nodes, SlGraphNode, eb->to);
          if (b0->layer != a0->layer || b1->layer != a1->layer)
            continue;
          if (((int) a0->order - (int) b0->order) * ((int) a1->order - (int) b1->order) < 0)
            crossings++;
        }
    }
  return crossings;
}

/* Reorders one layer by the mean order of its neighbours in the layer on the given side. */
static void
barycentre_layer (SlGraphLayout *self, guint layer, int side, GArray *keys)
{
  g_array_set_size (keys, 0);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const SlGraphNode *node = &g_array_index (self->nodes, SlGraphNode, i);
      double sum = 0;
      guint cnt = 0;
      OrderKey k;

      if (node->layer != layer)
        continue;
      for (guint a = self->adj_first[i]; a < self->adj_first[i + 1]; a++)
        {
          const SlGraphEdge *ed = &g_array_index (self->edges, SlGraphEdge, self->adj[a]);
          const SlGraphNode *other = &g_array_index (self->nodes, SlGraphNode,
                                                     ed->from == i ? ed->to : ed->from);
          if ((int) other->layer - (int) layer == side)
            {
              sum += other->order;
              cnt++;
            }
        }
      k.node = i;
      /* nodes without neighbours on that side keep their place */
      k.key = cnt ? sum / cnt : node->order;
      g_array_append_val (keys, k);
    }
  g_array_sort (keys, cmp_order_key);
  for (guint p = 0; p < keys->len; p++)
    g_array_index (self->nodes, SlGraphNode, g_array_index (keys, OrderKey, p).node).order = p;
}

static void
order_layers (SlGraphLayout *self, guint n_layers)
{
  guint n = self->nodes->len;
  g_autofree guint *fill = g_new0 (guint, n_layers);
  g_autofree guint *best = g_new (guint, n + 1);
  g_autofree guint *stack = g_new (guint, n + 1);
  g_autofree gboolean *seen = g_new0 (gboolean, n + 1);
  g_autoptr (GArray) keys = g_array_new (FALSE, FALSE, sizeof (OrderKey));
  guint best_crossings;
  gboolean counted;

  /* initial orders: depth-first from each left-most node, so chains start out together */
  for (guint layer = 0; layer < n_layers; layer++)
    for (guint root = 0; root < n; root++)
      {
        guint sp = 0;
        if (seen[root] || g_array_index (self->nodes, SlGraphNode, root).layer != layer)
          continue;
        stack[sp++] = root;
        seen[root] = TRUE;
        while (sp > 0)
          {
            guint v = stack[--sp];
            SlGraphNode *node = &g_array_index (self->nodes, SlGraphNode, v);
            node->order = fill[node->layer]++;
            for (guint a = self->adj_first[v + 1]; a > self->adj_first[v]; a--)
              {
                const SlGraphEdge *ed = &g_array_index (self->edges, SlGraphEdge, self->adj[a - 1]);
                if (ed->from == v && !seen[ed->to])
                  {
                    seen[ed->to] = TRUE;
                    stack[sp++] = ed->to;
                  }
              }
          }
      }

  /* counting crossings is quadratic in the edges: large graphs keep the last sweep */
  counted = self->edges->len <= MAX_COUNTED_EDGES;
  best_crossings = counted ? count_order_crossings (self) : G_MAXUINT;
  for (guint i = 0; i < n; i++)
    best[i] = g_array_index (self->nodes, SlGraphNode, i).order;
  for (guint sweep = 0; sweep < SWEEPS && best_crossings > 0; sweep++)
    {
      guint c;
      if (sweep % 2 == 0)
        for (guint layer = 1; layer < n_layers; layer++)
          barycentre_layer (self, layer, -1, keys);
      else
        for (guint layer = n_layers - 1; layer-- > 0;)
          barycentre_layer (self, layer, +1, keys);
      c = counted ? count_order_crossings (self) : G_MAXUINT - 1 - sweep;
      if (c < best_crossings)
        {
          best_crossings = c;
          for (guint i = 0; i < n; i++)
            best[i] = g_array_index (self->nodes, SlGraphNode, i).order;
        }
    }
  for (guint i = 0; i < n; i++)
    g_array_index (self->nodes, SlGraphNode, i).order = best[i];
}

/* The least distance between the centres of two nodes stacked in a layer: their radii, the
 * label under the upper one (a name, and a title when it has one) and some air. */
static double
stack_gap (SlGraphLayout *self, guint upper, guint lower)
{
  const SlGraphNode *a = &g_array_index (self->nodes, SlGraphNode, upper);
  const SlGraphNode *b = &g_array_index (self->nodes, SlGraphNode, lower);
  const SlSource *src = sl_model_source (self->model, a->source);
  double label = 18 + (src->title ? 14 : 0);

  return MAX (a->radius + b->radius + label + 14, NODE_GAP * 0.6);
}

/* Vertical positions: each node pulled to the mean height of its neighbours, nodes of a layer
 * kept in order and at least NODE_GAP apart, the layer shifted back to its mean desire. */
static void
assign_coordinates (SlGraphLayout *self, guint n_layers)
{
  guint n = self->nodes->len;
  g_autofree guint *by_layer = g_new (guint, n + 1);
  g_autofree guint *layer_first = g_new0 (guint, n_layers + 1);
  g_autofree double *want = g_new (double, n + 1);

  for (guint i = 0; i < n; i++)
    layer_first[g_array_index (self->nodes, SlGraphNode, i).layer + 1]++;
  for (guint l = 0; l < n_layers; l++)
    layer_first[l + 1] += layer_first[l];
  for (guint i = 0; i < n; i++)
    {
      const SlGraphNode *node = &g_array_index (self->nodes, SlGraphNode, i);
      by_layer[layer_first[node->layer] + node->order] = i;
    }

  /* start from the layers stacked tight and centred on each other */
  for (guint l = 0; l < n_layers; l++)
    {
      double y = 0, height = 0;
      for (guint p = layer_first[l]; p + 1 < layer_first[l + 1]; p++)
        height += stack_gap (self, by_layer[p], by_layer[p + 1]);
      y = -height / 2;
      for (guint p = layer_first[l]; p < layer_first[l + 1]; p++)
        {
          SlGraphNode *node = &g_array_index (self->nodes, SlGraphNode, by_layer[p]);
          if (!node->pinned)
            {
              node->x = node->layer * LAYER_GAP;
              node->y = y;
            }
          if (p + 1 < layer_first[l + 1])
            y += stack_gap (self, by_layer[p], by_layer[p + 1]);
        }
    }

  for (guint round = 0; round < 8; round++)
    for (guint l = 0; l < n_layers; l++)
      {
        guint a = layer_first[l], b = layer_first[l + 1];
        double shift = 0;

        for (guint p = a; p < b; p++)
          {
            guint v = by_layer[p];
            const SlGraphNode *node = &g_array_index (self->nodes, SlGraphNode, v);
            double sum = 0;
            guint cnt = 0;
            for (guint k = self->adj_first[v]; k < self->adj_first[v + 1]; k++)
              {
                const SlGraphEdge *ed = &g_array_index (self->edges, SlGraphEdge, self->adj[k]);
                const SlGraphNode *other = &g_array_index (self->nodes, SlGraphNode,
                                                           ed->from == v ? ed->to : ed->from);
                if (other->layer != node->layer)
                  {
                    sum += other->y;
                    cnt++;
                  }
              }
            want[v] = cnt ? sum / cnt : node->y;
          }
        /* in order, no closer than the gap */
        for (guint p = a; p < b; p++)
          {
            SlGraphNode *node = &g_array_index (self->nodes, SlGraphNode, by_layer[p]);
            double y = want[by_layer[p]];
            if (p > a)
              y = MAX (y, g_array_index (self->nodes, SlGraphNode, by_layer[p - 1]).y
                          + stack_gap (self, by_layer[p - 1], by_layer[p]));
            if (!node->pinned)
              node->y = y;
          }
        for (guint p = a; p < b; p++)
          shift += want[by_layer[p]] - g_array_index (self->nodes, SlGraphNode, by_layer[p]).y;
        if (b > a)
          {
            shift /= (b - a);
            for (guint p = a; p < b; p++)
              {
                SlGraphNode *node = &g_array_index (self->nodes, SlGraphNode, by_layer[p]);
                if (!node->pinned)
                  node->y += shift;
              }
          }
      }

  /* the top node at y = 0 */
  {
    double top = G_MAXDOUBLE;
    for (guint i = 0; i < n; i++)
      top = MIN (top, g_array_index (self->nodes, SlGraphNode, i).y);
    for (guint i = 0; i < n; i++)
      {
        SlGraphNode *node = &g_array_index (self->nodes, SlGraphNode, i);
        if (!node->pinned && top != G_MAXDOUBLE)
          node->y -= top;
      }
  }
}

void
sl_graph_layout_run_layered (SlGraphLayout *self)
{
  guint n_layers = 1;

  g_return_if_fail (self != NULL);
  if (self->nodes->len == 0)
    return;
  assign_layers (self, &n_layers);
  order_layers (self, n_layers);
  assign_coordinates (self, n_layers);
}

/* ------------------------------------------------------------------------------------------ */
/* Figures                                                                                    */

static gboolean
segments_cross (double ax, double ay, double bx, double by, double cx, double cy, double dx,
                double dy)
{
  double d1 = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  double d2 = (bx - ax) * (dy - ay) - (by - ay) * (dx - ax);
  double d3 = (dx - cx) * (ay - cy) - (dy - cy) * (ax - cx);
  double d4 = (dx - cx) * (by - cy) - (dy - cy) * (bx - cx);

  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

guint
sl_graph_layout_count_crossings (SlGraphLayout *self)
{
  guint m, crossings = 0;

  g_return_val_if_fail (self != NULL, 0);
  m = self->edges->len;
  for (guint a = 0; a < m; a++)
    {
      const SlGraphEdge *ea = &g_array_index (self->edges, SlGraphEdge, a);
      const SlGraphNode *p = &g_array_index (self->nodes, SlGraphNode, ea->from);
      const SlGraphNode *q = &g_array_index (self->nodes, SlGraphNode, ea->to);
      for (guint b = a + 1; b < m; b++)
        {
          const SlGraphEdge *eb = &g_array_index (self->edges, SlGraphEdge, b);
          const SlGraphNode *r = &g_array_index (self->nodes, SlGraphNode, eb->from);
          const SlGraphNode *s = &g_array_index (self->nodes, SlGraphNode, eb->to);
          /* edges sharing an end meet there; that is not a crossing */
          if (ea->from == eb->from || ea->from == eb->to || ea->to == eb->from || ea->to == eb->to)
            continue;
          crossings += segments_cross (p->x, p->y, q->x, q->y, r->x, r->y, s->x, s->y);
        }
    }
  return crossings;
}

gboolean
sl_graph_layout_bounds (SlGraphLayout *self, double *x0, double *y0, double *x1, double *y1)
{
  double a = G_MAXDOUBLE, b = G_MAXDOUBLE, c = -G_MAXDOUBLE, d = -G_MAXDOUBLE;

  g_return_val_if_fail (self != NULL, FALSE);
  if (self->nodes->len == 0)
    return FALSE;
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const SlGraphNode *node = &g_array_index (self->nodes, SlGraphNode, i);
      a = MIN (a, node->x - node->radius);
      b = MIN (b, node->y - node->radius);
      c = MAX (c, node->x + node->radius);
      d = MAX (d, node->y + node->radius);
    }
  if (x0)
    *x0 = a;
  if (y0)
    *y0 = b;
  if (x1)
    *x1 = c;
  if (y1)
    *y1 = d;
  return TRUE;
}

const char *
sl_graph_edge_kind_to_string (SlGraphEdgeKind kind)
{
  static const char *const names[SL_GRAPH_EDGE_KIND_COUNT] = {
    "reports", "quotes", "cites", "denies",
  };
  return (guint) kind < SL_GRAPH_EDGE_KIND_COUNT ? names[kind] : "cites";
}
