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

#define MIN_LAYER_GAP 150.0  /* least distance between two layers' centres */
#define EDGE_ROOM 64.0       /* free run for edges between a label's end and the next layer */
#define LABEL_PAD 6.0        /* between a node's rim and its label */
#define ROW_AIR 12.0         /* between two stacked nodes (or their labels) */
#define MAX_LABEL_W 190.0
#define MAX_LABEL_H 32.0
#define MAX_SPLIT_NODES 400  /* bigger graphs keep one column per layer */
#define DEFAULT_ASPECT 2.0   /* the frame the layered layout aims to fill: twice as wide as tall */
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
  SlGraphLayoutKind kind;
  double      aspect;       /* width / height of the frame the layered layout aims at */
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
  self->aspect = DEFAULT_ASPECT;
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

void
sl_graph_layout_unpin_node (SlGraphLayout *self, guint node)
{
  g_return_if_fail (self != NULL && node < self->nodes->len);
  g_array_index (self->nodes, SlGraphNode, node).pinned = FALSE;
}

void
sl_graph_layout_set_label_size (SlGraphLayout *self, guint node, double width, double height)
{
  SlGraphNode *n;

  g_return_if_fail (self != NULL && node < self->nodes->len);
  n = &g_array_index (self->nodes, SlGraphNode, node);
  n->label_w = (float) MAX (width, 0.0);
  n->label_h = (float) MAX (height, 0.0);
}

static SlSourceKind
kind_of (SlGraphLayout *self, const SlGraphNode *node)
{
  guint8 k = sl_model_source (self->model, node->source)->kind;
  return k < SL_SOURCE_KIND_COUNT ? (SlSourceKind) k : SL_SOURCE_UNNAMED;
}

/* The drawn shapes (sl-graph-painter.c): outlets a 2.5r × 1.6r box with 0.35r corners,
 * organisations a 1.8r square with 0.25r corners, agencies and governments a hexagon of
 * radius 1.08r, people and the unnamed a circle. */
static double
extent_of (SlSourceKind kind, double r)
{
  switch (kind)
    {
    case SL_SOURCE_OUTLET:
      return r * (sqrt (0.9 * 0.9 + 0.45 * 0.45) + 0.35);
    case SL_SOURCE_ORGANIZATION:
      return r * (0.65 * G_SQRT2 + 0.25);
    case SL_SOURCE_AGENCY:
    case SL_SOURCE_GOVERNMENT:
    case SL_SOURCE_COUNTRY:
      return r * 1.08;
    case SL_SOURCE_PERSON:
    case SL_SOURCE_UNNAMED:
    default:
      return r;
    }
}

double
sl_graph_layout_node_extent (SlGraphLayout *self, guint node)
{
  const SlGraphNode *n;

  g_return_val_if_fail (self != NULL && node < self->nodes->len, 0);
  n = &g_array_index (self->nodes, SlGraphNode, node);
  return extent_of (kind_of (self, n), n->radius);
}

/* How far the shape reaches to the right of its centre. */
static double
half_width (SlGraphLayout *self, const SlGraphNode *n)
{
  SlSourceKind kind = kind_of (self, n);

  if (kind == SL_SOURCE_OUTLET)
    return n->radius * 1.25;
  if (kind == SL_SOURCE_ORGANIZATION)
    return n->radius * 0.9;
  if (kind == SL_SOURCE_PERSON || kind == SL_SOURCE_UNNAMED)
    return n->radius;
  return n->radius * 1.08;
}

static double
half_height (SlGraphLayout *self, const SlGraphNode *n)
{
  SlSourceKind kind = kind_of (self, n);

  if (kind == SL_SOURCE_OUTLET)
    return n->radius * 0.8;
  if (kind == SL_SOURCE_ORGANIZATION)
    return n->radius * 0.9;
  if (kind == SL_SOURCE_PERSON || kind == SL_SOURCE_UNNAMED)
    return n->radius;
  return n->radius * 0.94;
}

/* The label's room: as measured by the painter, or guessed from the name's length. */
static void
label_size (SlGraphLayout *self, const SlGraphNode *n, double *w, double *h)
{
  const SlSource *src;
  const char *name, *title;

  if (n->label_w > 0)
    {
      *w = n->label_w;
      *h = n->label_h;
      return;
    }
  src = sl_model_source (self->model, n->source);
  name = sl_model_str (self->model, src->name);
  title = src->title ? sl_model_str (self->model, src->title) : NULL;
  *w = MIN (7.0 * g_utf8_strlen (name ? name : "Unnamed source", -1), MAX_LABEL_W);
  if (title && *title)
    *w = MAX (*w, MIN (6.0 * g_utf8_strlen (title, -1), MAX_LABEL_W));
  *h = title && *title ? 32 : 17;
}

void
sl_graph_layout_label_size (SlGraphLayout *self, guint node, double *width, double *height)
{
  double w, h;

  g_return_if_fail (self != NULL && node < self->nodes->len);
  label_size (self, &g_array_index (self->nodes, SlGraphNode, node), &w, &h);
  if (width)
    *width = w;
  if (height)
    *height = h;
}

void
sl_graph_layout_node_half_size (SlGraphLayout *self, guint node, double *half_w, double *half_h)
{
  const SlGraphNode *n;

  g_return_if_fail (self != NULL && node < self->nodes->len);
  n = &g_array_index (self->nodes, SlGraphNode, node);
  if (half_w)
    *half_w = half_width (self, n);
  if (half_h)
    *half_h = half_height (self, n);
}

void
sl_graph_layout_set_aspect (SlGraphLayout *self, double aspect)
{
  g_return_if_fail (self != NULL);
  self->aspect = aspect;
}

double
sl_graph_layout_get_aspect (SlGraphLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->aspect;
}

gboolean
sl_graph_layout_fit_aspect (SlGraphLayout *self, double aspect)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->kind != SL_GRAPH_LAYOUT_LAYERED || self->nodes->len == 0
      || self->nodes->len > MAX_SPLIT_NODES || !(aspect > 0) || fabs (aspect - self->aspect) < 0.05
      || !g_array_index (self->nodes, SlGraphNode, 0).placed)
    return FALSE;
  self->aspect = aspect;
  sl_graph_layout_run_layered (self);
  return TRUE;
}

SlGraphLayoutKind
sl_graph_layout_get_kind (SlGraphLayout *self)
{
  g_return_val_if_fail (self != NULL, SL_GRAPH_LAYOUT_LAYERED);
  return self->kind;
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
barycentre_layer (SlGraphLayout *self, guint layer, int side, GArray *keys,
                  const guint *members, guint n_members)
{
  g_array_set_size (keys, 0);
  for (guint m = 0; m < n_members; m++)
    {
      guint i = members[m];
      const SlGraphNode *node = &g_array_index (self->nodes, SlGraphNode, i);
      double sum = 0;
      guint cnt = 0;
      OrderKey k;

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
  g_autofree guint *members = g_new (guint, n + 1);
  g_autofree guint *member_first = g_new0 (guint, n_layers + 1);
  g_autofree guint *member_fill = g_new0 (guint, n_layers + 1);
  guint best_crossings;
  gboolean counted;

  /* each layer's nodes, in node order */
  for (guint i = 0; i < n; i++)
    member_first[g_array_index (self->nodes, SlGraphNode, i).layer + 1]++;
  for (guint l = 0; l < n_layers; l++)
    member_first[l + 1] += member_first[l];
  for (guint i = 0; i < n; i++)
    {
      guint l = g_array_index (self->nodes, SlGraphNode, i).layer;
      members[member_first[l] + member_fill[l]++] = i;
    }

  /* initial orders: depth-first from each left-most node, so chains start out together */
  for (guint layer = 0; layer < n_layers; layer++)
    for (guint k = member_first[layer]; k < member_first[layer + 1]; k++)
      {
        guint sp = 0, root = members[k];
        if (seen[root])
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
          barycentre_layer (self, layer, -1, keys, members + member_first[layer],
                            member_first[layer + 1] - member_first[layer]);
      else
        for (guint layer = n_layers - 1; layer-- > 0;)
          barycentre_layer (self, layer, +1, keys, members + member_first[layer],
                            member_first[layer + 1] - member_first[layer]);
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

/* The least distance between the centres of two nodes stacked in a layer: each label sits
 * beside its node, centred on it, so the taller of shape and label counts, plus some air. */
static double
stack_gap (SlGraphLayout *self, guint upper, guint lower)
{
  const SlGraphNode *a = &g_array_index (self->nodes, SlGraphNode, upper);
  const SlGraphNode *b = &g_array_index (self->nodes, SlGraphNode, lower);
  double wa, ha, wb, hb;

  label_size (self, a, &wa, &ha);
  label_size (self, b, &wb, &hb);
  return MAX (half_height (self, a), ha / 2) + MAX (half_height (self, b), hb / 2) + ROW_AIR;
}

/* Per layer: how far its nodes reach right of their centres (shape, gap, label) and left. */
static void
layer_reach (SlGraphLayout *self, guint n_layers, double *reach, double *left)
{
  for (guint l = 0; l < n_layers; l++)
    reach[l] = left[l] = 0;
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const SlGraphNode *node = &g_array_index (self->nodes, SlGraphNode, i);
      double w, h;

      label_size (self, node, &w, &h);
      reach[node->layer] = MAX (reach[node->layer], half_width (self, node) + LABEL_PAD + w);
      left[node->layer] = MAX (left[node->layer], half_width (self, node));
    }
}

/* Where each layer's column stands, far enough right of the previous one for its labels and
 * a run of edge; a layer split into staggered sub-columns (split[l] > 1) takes one more
 * column width, sub[l], per extra sub-column. */
static void
layer_columns (guint n_layers, const guint *split, const double *reach, const double *left,
               double *column, double *sub)
{
  for (guint l = 0; l < n_layers; l++)
    sub[l] = reach[l] + EDGE_ROOM / 2 + left[l];
  column[0] = 0;
  for (guint l = 1; l < n_layers; l++)
    column[l] = column[l - 1] + (split[l - 1] - 1) * sub[l - 1]
                + MAX (MIN_LAYER_GAP, reach[l - 1] + EDGE_ROOM + left[l]);
}

/* How big the drawing can be shown in a frame of the layout's aspect (relative units). */
static double
frame_zoom (SlGraphLayout *self, guint n_layers, const guint *split, const double *height,
            const double *reach, const double *left, double *column, double *sub)
{
  double width, tallest = 0;

  layer_columns (n_layers, split, reach, left, column, sub);
  width = left[0] + column[n_layers - 1] + (split[n_layers - 1] - 1) * sub[n_layers - 1]
          + reach[n_layers - 1];
  for (guint l = 0; l < n_layers; l++)
    tallest = MAX (tallest, height[l] / split[l]);
  tallest += 2 * MAX_LABEL_H;
  return MIN (self->aspect / MAX (width, 1.0), 1.0 / MAX (tallest, 1.0));
}

/* Tall layers are split into two or three staggered sub-columns while that lets the whole
 * graph be shown bigger in a frame of the layout's aspect: a wide, low pane then holds an
 * outlet citing a dozen sources without shrinking its labels away. */
static void
choose_splits (SlGraphLayout *self, guint n_layers, const guint *by_layer,
               const guint *layer_first, guint *split)
{
  g_autofree double *height = g_new0 (double, n_layers + 1);
  g_autofree double *reach = g_new0 (double, n_layers + 1);
  g_autofree double *left = g_new0 (double, n_layers + 1);
  g_autofree double *column = g_new0 (double, n_layers + 1);
  g_autofree double *sub = g_new0 (double, n_layers + 1);

  layer_reach (self, n_layers, reach, left);
  for (guint l = 0; l < n_layers; l++)
    {
      split[l] = 1;
      for (guint p = layer_first[l]; p + 1 < layer_first[l + 1]; p++)
        height[l] += stack_gap (self, by_layer[p], by_layer[p + 1]);
    }
  if (self->aspect <= 0 || self->nodes->len > MAX_SPLIT_NODES)
    return;
  for (;;)
    {
      double best = frame_zoom (self, n_layers, split, height, reach, left, column, sub) * 1.05;
      guint best_l = G_MAXUINT;

      for (guint l = 0; l < n_layers; l++)
        {
          double z;
          if (split[l] >= 3 || layer_first[l + 1] - layer_first[l] < 3 * (split[l] + 1))
            continue;
          split[l]++;
          z = frame_zoom (self, n_layers, split, height, reach, left, column, sub);
          split[l]--;
          if (z > best)
            {
              best = z;
              best_l = l;
            }
        }
      if (best_l == G_MAXUINT)
        break;
      split[best_l]++;
    }
}

/* The least height of the node at position p of a layer starting at a, given the heights of
 * the nodes above it: a stacking gap below the node split places before (same sub-column),
 * and a split-th of one below the node just before. */
static double
stacked_y (SlGraphLayout *self, const guint *by_layer, guint a, guint p, guint split)
{
  const SlGraphNode *prev = &g_array_index (self->nodes, SlGraphNode, by_layer[p - 1]);
  double y = prev->y + stack_gap (self, by_layer[p - 1], by_layer[p]) / split;

  if (p >= a + split)
    {
      const SlGraphNode *above = &g_array_index (self->nodes, SlGraphNode, by_layer[p - split]);
      y = MAX (y, above->y + stack_gap (self, by_layer[p - split], by_layer[p]));
    }
  return y;
}

/* Vertical positions: each node pulled to the mean height of its neighbours, nodes of a layer
 * kept in order and a stacking gap apart, the layer shifted back to its mean desire. */
static void
assign_coordinates (SlGraphLayout *self, guint n_layers)
{
  guint n = self->nodes->len;
  g_autofree guint *by_layer = g_new (guint, n + 1);
  g_autofree guint *layer_first = g_new0 (guint, n_layers + 1);
  g_autofree double *want = g_new (double, n + 1);
  g_autofree double *column = g_new (double, n_layers + 1);
  g_autofree double *sub = g_new (double, n_layers + 1);
  g_autofree double *reach = g_new (double, n_layers + 1);
  g_autofree double *left = g_new (double, n_layers + 1);
  g_autofree guint *split = g_new (guint, n_layers + 1);

  for (guint i = 0; i < n; i++)
    layer_first[g_array_index (self->nodes, SlGraphNode, i).layer + 1]++;
  for (guint l = 0; l < n_layers; l++)
    layer_first[l + 1] += layer_first[l];
  for (guint i = 0; i < n; i++)
    {
      const SlGraphNode *node = &g_array_index (self->nodes, SlGraphNode, i);
      by_layer[layer_first[node->layer] + node->order] = i;
    }
  choose_splits (self, n_layers, by_layer, layer_first, split);
  layer_reach (self, n_layers, reach, left);
  layer_columns (n_layers, split, reach, left, column, sub);

  /* start from the layers stacked tight and centred on each other; in a split layer the
   * k-th node goes to sub-column k mod split, half (a third) a gap below the one before */
  for (guint l = 0; l < n_layers; l++)
    {
      guint a = layer_first[l], b = layer_first[l + 1];
      double height = 0;

      for (guint p = a; p < b; p++)
        {
          SlGraphNode *node = &g_array_index (self->nodes, SlGraphNode, by_layer[p]);
          if (!node->pinned)
            {
              node->x = column[l] + ((p - a) % split[l]) * sub[l];
              node->y = p == a ? 0 : MAX (stacked_y (self, by_layer, a, p, split[l]), 0.0);
            }
          height = MAX (height, node->y);
        }
      for (guint p = a; p < b; p++)
        {
          SlGraphNode *node = &g_array_index (self->nodes, SlGraphNode, by_layer[p]);
          if (!node->pinned)
            node->y -= height / 2;
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
        /* in order, no closer than the gap (a split layer: to the node above in the same
         * sub-column, and a share of it to the one before) */
        for (guint p = a; p < b; p++)
          {
            SlGraphNode *node = &g_array_index (self->nodes, SlGraphNode, by_layer[p]);
            double y = want[by_layer[p]];
            if (p > a)
              y = MAX (y, stacked_y (self, by_layer, a, p, split[l]));
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
  for (guint i = 0; i < self->nodes->len; i++)
    g_array_index (self->nodes, SlGraphNode, i).placed = TRUE;
  self->kind = SL_GRAPH_LAYOUT_LAYERED;
}

/* ------------------------------------------------------------------------------------------ */
/* Force-directed layout                                                                      */

guint
sl_graph_layout_take_positions (SlGraphLayout *self, SlGraphLayout *previous)
{
  g_autoptr (GHashTable) by_name = NULL;
  guint taken = 0;

  g_return_val_if_fail (self != NULL, 0);
  if (previous == NULL)
    return 0;

  by_name = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < previous->nodes->len; i++)
    {
      const SlGraphNode *node = &g_array_index (previous->nodes, SlGraphNode, i);
      const char *name = sl_model_str (previous->model,
                                       sl_model_source (previous->model, node->source)->name);
      if (name && node->placed)
        g_hash_table_insert (by_name, (gpointer) name, GUINT_TO_POINTER (i + 1));
    }
  for (guint i = 0; i < self->nodes->len; i++)
    {
      SlGraphNode *node = &g_array_index (self->nodes, SlGraphNode, i);
      const char *name = sl_model_str (self->model, sl_model_source (self->model, node->source)->name);
      guint old = name ? GPOINTER_TO_UINT (g_hash_table_lookup (by_name, name)) : 0;
      const SlGraphNode *was;

      if (old == 0)
        continue;
      was = &g_array_index (previous->nodes, SlGraphNode, old - 1);
      node->x = was->x;
      node->y = was->y;
      node->pinned = was->pinned;
      node->placed = TRUE;
      taken++;
    }
  self->kind = previous->kind;
  /* newcomers beside their placed neighbours, wave after wave; the rest near the middle */
  if (taken > 0 && taken < self->nodes->len)
    {
      guint n = self->nodes->len;
      g_autofree guint8 *known = g_new0 (guint8, n);
      double cx = 0, cy = 0, x0, y0, x1, y1;
      gboolean changed = TRUE;
      guint round = 0;

      sl_graph_layout_bounds (self, &x0, &y0, &x1, &y1);
      for (guint i = 0; i < n; i++)
        {
          const SlGraphNode *node = &g_array_index (self->nodes, SlGraphNode, i);
          known[i] = node->placed;
          if (node->placed)
            {
              cx += node->x;
              cy += node->y;
            }
        }
      cx /= taken;
      cy /= taken;
      while (changed)
        {
          changed = FALSE;
          round++;
          for (guint i = 0; i < n; i++)
            {
              SlGraphNode *node = &g_array_index (self->nodes, SlGraphNode, i);
              double sx = 0, sy = 0;
              guint cnt = 0;
              if (known[i])
                continue;
              for (guint k = self->adj_first[i]; k < self->adj_first[i + 1]; k++)
                {
                  const SlGraphEdge *ed = &g_array_index (self->edges, SlGraphEdge, self->adj[k]);
                  guint other = ed->from == i ? ed->to : ed->from;
                  if (known[other] && known[other] < round + 1)
                    {
                      sx += g_array_index (self->nodes, SlGraphNode, other).x;
                      sy += g_array_index (self->nodes, SlGraphNode, other).y;
                      cnt++;
                    }
                }
              if (cnt == 0)
                continue;
              /* a little off the mean, so two newcomers of one neighbour do not coincide */
              node->x = sx / cnt + 40.0 * cos (i * 2.399963);
              node->y = sy / cnt + 40.0 * sin (i * 2.399963);
              known[i] = (guint8) MIN (round + 1, 255u);
              changed = TRUE;
            }
        }
      for (guint i = 0; i < n; i++)
        if (!known[i])
          {
            SlGraphNode *node = &g_array_index (self->nodes, SlGraphNode, i);
            node->x = cx + 0.5 * (x1 - x0) * cos (i * 2.399963);
            node->y = cy + 0.5 * (y1 - y0) * sin (i * 2.399963);
          }
    }
  return taken;
}

/* A copy of what the force layout needs, so it can run without touching the layout. */
typedef struct
{
  SlGraphForceProblem  problem;
  SlGraphForceOptions  opts;
  double              *x, *y, *radius;
  guint8              *flags;
  guint32             *from, *to;
  /* progress, forwarded to the caller's main context */
  SlGraphForceProgress progress;
  gpointer             progress_data;
  GMainContext        *context;
  int                  last_percent;
} ForceJob;

static ForceJob *
force_job_new (SlGraphLayout *self, const SlGraphForceOptions *opts)
{
  ForceJob *job = g_new0 (ForceJob, 1);
  guint n = self->nodes->len, m = self->edges->len;

  if (opts)
    job->opts = *opts;
  else
    sl_graph_force_options_init (&job->opts);
  job->x = g_new (double, n + 1);
  job->y = g_new (double, n + 1);
  job->radius = g_new (double, n + 1);
  job->flags = g_new0 (guint8, n + 1);
  job->from = g_new (guint32, m + 1);
  job->to = g_new (guint32, m + 1);
  for (guint i = 0; i < n; i++)
    {
      const SlGraphNode *node = &g_array_index (self->nodes, SlGraphNode, i);
      job->x[i] = node->x;
      job->y[i] = node->y;
      job->radius[i] = extent_of (kind_of (self, node), node->radius);
      if (node->pinned)
        job->flags[i] = SL_GRAPH_FORCE_PINNED;
      else if (node->placed && self->kind == SL_GRAPH_LAYOUT_FORCE)
        job->flags[i] = SL_GRAPH_FORCE_PLACED;
    }
  for (guint e = 0; e < m; e++)
    {
      const SlGraphEdge *ed = &g_array_index (self->edges, SlGraphEdge, e);
      job->from[e] = ed->from;
      job->to[e] = ed->to;
    }
  job->problem.n_nodes = n;
  job->problem.x = job->x;
  job->problem.y = job->y;
  job->problem.radius = job->radius;
  job->problem.flags = job->flags;
  job->problem.n_edges = m;
  job->problem.from = job->from;
  job->problem.to = job->to;
  job->last_percent = -1;
  return job;
}

static void
force_job_free (gpointer data)
{
  ForceJob *job = data;

  g_free (job->x);
  g_free (job->y);
  g_free (job->radius);
  g_free (job->flags);
  g_free (job->from);
  g_free (job->to);
  if (job->context)
    g_main_context_unref (job->context);
  g_free (job);
}

/* The job's places into the layout; nodes pinned meanwhile keep theirs. */
static void
force_job_apply (SlGraphLayout *self, ForceJob *job)
{
  guint n = MIN (self->nodes->len, job->problem.n_nodes);

  for (guint i = 0; i < n; i++)
    {
      SlGraphNode *node = &g_array_index (self->nodes, SlGraphNode, i);
      if (!node->pinned)
        {
          node->x = job->x[i];
          node->y = job->y[i];
        }
      node->placed = TRUE;
    }
  self->kind = SL_GRAPH_LAYOUT_FORCE;
}

gboolean
sl_graph_layout_run_force (SlGraphLayout *self, const SlGraphForceOptions *opts,
                           SlGraphForceProgress progress, gpointer progress_data,
                           GCancellable *cancellable, GError **error)
{
  ForceJob *job;
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  job = force_job_new (self, opts);
  ok = sl_graph_force_layout (&job->problem, &job->opts, progress, progress_data, cancellable,
                              error);
  if (ok)
    force_job_apply (self, job);
  force_job_free (job);
  return ok;
}

typedef struct
{
  SlGraphForceProgress progress;
  gpointer             data;
  double               fraction;
} ProgressCall;

static gboolean
progress_in_context (gpointer p)
{
  ProgressCall *call = p;

  call->progress (call->fraction, call->data);
  return G_SOURCE_REMOVE;
}

static void
forward_progress (double fraction, gpointer data)
{
  ForceJob *job = data;
  int percent = (int) (fraction * 100);
  ProgressCall *call;

  if (job->progress == NULL || percent == job->last_percent)
    return;
  job->last_percent = percent;
  call = g_new (ProgressCall, 1);
  call->progress = job->progress;
  call->data = job->progress_data;
  call->fraction = fraction;
  g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, progress_in_context, call, g_free);
}

static void
force_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  ForceJob *job = data;
  GError *error = NULL;

  if (sl_graph_force_layout (&job->problem, &job->opts, forward_progress, job, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
sl_graph_layout_run_force_async (SlGraphLayout *self, const SlGraphForceOptions *opts,
                                 SlGraphForceProgress progress, gpointer progress_data,
                                 GCancellable *cancellable, GAsyncReadyCallback callback,
                                 gpointer user_data)
{
  g_autoptr (GTask) task = NULL;
  ForceJob *job;

  g_return_if_fail (self != NULL);

  job = force_job_new (self, opts);
  job->progress = progress;
  job->progress_data = progress_data;
  job->context = g_main_context_ref_thread_default ();
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sl_graph_layout_run_force_async);
  g_task_set_task_data (task, job, force_job_free);
  /* a cancelled run returns at once, whatever its progress */
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, force_thread);
}

gboolean
sl_graph_layout_run_force_finish (SlGraphLayout *self, GAsyncResult *result, GError **error)
{
  GTask *task;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_async_result_is_tagged (result, sl_graph_layout_run_force_async), FALSE);

  task = G_TASK (result);
  if (!g_task_propagate_boolean (task, error))
    return FALSE;
  force_job_apply (self, g_task_get_task_data (task));
  return TRUE;
}

guint
sl_graph_layout_count_overlaps (SlGraphLayout *self)
{
  guint n;
  g_autofree double *x = NULL, *y = NULL, *r = NULL;

  g_return_val_if_fail (self != NULL, 0);
  n = self->nodes->len;
  x = g_new (double, n + 1);
  y = g_new (double, n + 1);
  r = g_new (double, n + 1);
  for (guint i = 0; i < n; i++)
    {
      const SlGraphNode *node = &g_array_index (self->nodes, SlGraphNode, i);
      x[i] = node->x;
      y[i] = node->y;
      r[i] = extent_of (kind_of (self, node), node->radius);
    }
  return sl_graph_force_count_overlaps (n, x, y, r);
}

gboolean
sl_graph_layout_edge_lengths (SlGraphLayout *self, double *mean, double *spread)
{
  double sum = 0, sum2 = 0, mu;
  guint m;

  g_return_val_if_fail (self != NULL, FALSE);
  m = self->edges->len;
  if (m == 0)
    return FALSE;
  for (guint e = 0; e < m; e++)
    {
      const SlGraphEdge *ed = &g_array_index (self->edges, SlGraphEdge, e);
      const SlGraphNode *a = &g_array_index (self->nodes, SlGraphNode, ed->from);
      const SlGraphNode *b = &g_array_index (self->nodes, SlGraphNode, ed->to);
      double d = hypot (a->x - b->x, a->y - b->y);
      sum += d;
      sum2 += d * d;
    }
  mu = sum / m;
  if (mean)
    *mean = mu;
  if (spread)
    *spread = mu > 0 ? sqrt (MAX (sum2 / m - mu * mu, 0.0)) / mu : 0;
  return TRUE;
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

/* Playback times */

SlTime
sl_graph_claim_report_time (SlModel *model, guint32 claim)
{
  const SlClaim *c;
  SlTime start, end;

  g_return_val_if_fail (model != NULL, SL_GRAPH_TIME_UNKNOWN);
  if (claim >= sl_model_n_claims (model))
    return SL_GRAPH_TIME_UNKNOWN;
  c = sl_model_claim (model, claim);
  if (c->doc < sl_model_n_docs (model))
    {
      const SlDoc *d = sl_model_doc (model, c->doc);
      const char *value = d->dct ? sl_model_str (model, d->dct) : NULL;
      char buf[32];

      if ((value == NULL || *value == '\0') && d->dct_date.prec != SL_PREC_NONE)
        value = sl_date_to_value (&d->dct_date, buf, sizeof buf);
      if (value != NULL && *value != '\0'
          && sl_time_interval_from_value (value, SL_MOD_NONE, &start, &end))
        return start;
    }
  if (c->said_on != 0 && c->said_end > c->said_start)
    return c->said_start;
  return SL_GRAPH_TIME_UNKNOWN;
}

static inline void
earliest (SlTime *slot, SlTime t)
{
  if (t < *slot)
    *slot = t;
}

void
sl_graph_layout_report_times (SlGraphLayout *self, SlTime *node_times, SlTime *edge_times)
{
  guint n, m, n_claims, n_events;
  g_autofree SlTime *claim_time = NULL;
  g_autofree SlTime *edges = NULL;

  g_return_if_fail (self != NULL);

  n = self->nodes->len;
  m = self->edges->len;
  n_claims = sl_model_n_claims (self->model);
  claim_time = g_new (SlTime, n_claims + 1);
  edges = g_new (SlTime, m + 1);
  for (guint e = 0; e < m; e++)
    edges[e] = G_MAXINT64;
  if (node_times != NULL)
    for (guint i = 0; i < n; i++)
      node_times[i] = G_MAXINT64;

  /* the same walk that made the edges, keeping the earliest report of each */
  for (guint32 c = 0; c < n_claims; c++)
    {
      const SlClaim *claim = sl_model_claim (self->model, c);
      guint to = claim_node (self, c), from, e;

      claim_time[c] = sl_graph_claim_report_time (self->model, c);
      if (to != SL_NONE && node_times != NULL)
        earliest (&node_times[to], claim_time[c]);
      if (claim->via != SL_NONE && claim->via < n_claims)
        from = claim_node (self, claim->via), e = edge_lookup (self, from, to, SL_GRAPH_EDGE_CITES);
      else
        from = outlet_node (self, claim->doc), e = edge_lookup (self, from, to, first_hand_kind (claim));
      if (from != SL_NONE && to != SL_NONE && e != SL_NONE)
        earliest (&edges[e], claim_time[c]);
    }
  n_events = sl_model_n_events (self->model);
  for (guint32 ev = 0; ev < n_events; ev++)
    {
      guint k;
      const guint32 *claims = sl_model_event_claims (self->model, ev, &k);

      for (guint i = 0; i < k; i++)
        {
          if (claims[i] >= n_claims
              || sl_model_claim (self->model, claims[i])->stance != SL_STANCE_DENY)
            continue;
          for (guint j = 0; j < k; j++)
            {
              guint e;

              if (j == i || claims[j] >= n_claims
                  || sl_model_claim (self->model, claims[j])->stance == SL_STANCE_DENY)
                continue;
              e = edge_lookup (self, claim_node (self, claims[i]), claim_node (self, claims[j]),
                               SL_GRAPH_EDGE_DENIES);
              /* a denial is seen once both the claim and its denial are out */
              if (e != SL_NONE)
                earliest (&edges[e], MAX (claim_time[claims[i]], claim_time[claims[j]]));
            }
        }
    }
  for (guint e = 0; e < m; e++)
    {
      const SlGraphEdge *ed = &g_array_index (self->edges, SlGraphEdge, e);

      if (edges[e] == G_MAXINT64)
        edges[e] = SL_GRAPH_TIME_UNKNOWN;
      if (node_times != NULL)
        {
          earliest (&node_times[ed->from], edges[e]);
          earliest (&node_times[ed->to], edges[e]);
        }
    }
  if (node_times != NULL)
    for (guint i = 0; i < n; i++)
      if (node_times[i] == G_MAXINT64)
        node_times[i] = SL_GRAPH_TIME_UNKNOWN;
  if (edge_times != NULL)
    memcpy (edge_times, edges, m * sizeof (SlTime));
}
