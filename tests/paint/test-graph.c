/* test-graph.c: the attribution graph's layout and drawing, without a display. */
#include <math.h>
#include <cairo.h>

#include "paint/sl-graph-painter.h"
#include "paint/sl-graph-force.h"
#include "paint-fixture.h"
#include "graph-fixture.h"

/* A random graph of n nodes and m distinct edges (no loops), deterministic for a seed. */
typedef struct
{
  guint    n, m;
  guint32 *from, *to;
  double  *x, *y, *r;
  guint8  *flags;
} RandomGraph;

static RandomGraph *
random_graph (guint n, guint m, guint32 seed)
{
  RandomGraph *g = g_new0 (RandomGraph, 1);
  g_autoptr (GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree gint64 *keys = g_new (gint64, m);

  g->n = n;
  g->from = g_new (guint32, m);
  g->to = g_new (guint32, m);
  g->x = g_new0 (double, n);
  g->y = g_new0 (double, n);
  g->r = g_new (double, n);
  g->flags = g_new0 (guint8, n);
  for (guint i = 0; i < n; i++)
    g->r[i] = 10 + g_rand_double_range (rand, 0, 10);
  while (g->m < m)
    {
      guint32 a = g_rand_int_range (rand, 0, (gint32) n), b = g_rand_int_range (rand, 0, (gint32) n);
      keys[g->m] = (gint64) MIN (a, b) * n + MAX (a, b);
      if (a == b || g_hash_table_contains (seen, &keys[g->m]))
        continue;
      g_hash_table_add (seen, &keys[g->m]);
      g->from[g->m] = a;
      g->to[g->m] = b;
      g->m++;
    }
  return g;
}

static void
random_graph_free (RandomGraph *g)
{
  g_free (g->from);
  g_free (g->to);
  g_free (g->x);
  g_free (g->y);
  g_free (g->r);
  g_free (g->flags);
  g_free (g);
}

static SlGraphForceProblem
problem_of (RandomGraph *g)
{
  SlGraphForceProblem p = { g->n, g->x, g->y, g->r, g->flags, g->m, g->from, g->to };
  return p;
}

/* The tree's repulsion against every pair summed exactly, on the places a layout gives and
 * on a clustered scatter: overall within 1%, and no node off by more than 1% of the typical
 * force. */
static void
check_tree_forces (guint n, const double *x, const double *y, const char *what)
{
  g_autofree double *ex = g_new (double, n), *ey = g_new (double, n);
  g_autofree double *tx = g_new (double, n), *ty = g_new (double, n);
  SlGraphForceOptions opts;
  double err2 = 0, f2 = 0, worst = 0, rms;

  sl_graph_force_options_init (&opts);
  sl_graph_force_repulsion (n, x, y, NULL, 0, ex, ey);
  sl_graph_force_repulsion (n, x, y, NULL, opts.theta, tx, ty);
  for (guint i = 0; i < n; i++)
    {
      err2 += (tx[i] - ex[i]) * (tx[i] - ex[i]) + (ty[i] - ey[i]) * (ty[i] - ey[i]);
      f2 += ex[i] * ex[i] + ey[i] * ey[i];
    }
  rms = sqrt (f2 / n);
  for (guint i = 0; i < n; i++)
    worst = MAX (worst, hypot (tx[i] - ex[i], ty[i] - ey[i]) / rms);
  g_test_message ("%s, %u nodes: tree vs exact, overall %.2e, worst node %.2e of the typical force",
                  what, n, sqrt (err2 / f2), worst);
  g_assert_cmpfloat (sqrt (err2 / f2), <=, 0.01);
  g_assert_cmpfloat (worst, <=, 0.01);
}

static void
test_force_tree_accuracy (void)
{
  guint sizes[] = { 60, 400, 1500 };

  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      RandomGraph *g = random_graph (sizes[k], 3 * sizes[k], 7 + k);
      SlGraphForceProblem p = problem_of (g);
      SlGraphForceOptions opts;
      g_autoptr (GRand) rand = g_rand_new_with_seed (k);
      g_autofree double *cx = g_new (double, g->n), *cy = g_new (double, g->n);

      sl_graph_force_options_init (&opts);
      opts.iterations = 100;
      g_assert_true (sl_graph_force_layout (&p, &opts, NULL, NULL, NULL, NULL));
      check_tree_forces (g->n, g->x, g->y, "laid-out graph");
      /* a third of the nodes in a tight clump, the rest scattered */
      for (guint i = 0; i < g->n; i++)
        {
          gboolean clump = i % 3 == 0;
          cx[i] = g_rand_double_range (rand, 0, clump ? 40 : 1000) + (clump ? 300 : 0);
          cy[i] = g_rand_double_range (rand, 0, clump ? 25 : 1000) + (clump ? 600 : 0);
        }
      check_tree_forces (g->n, cx, cy, "clumped scatter");
      random_graph_free (g);
    }
}

static void
test_force_deterministic (void)
{
  RandomGraph *a = random_graph (2500, 7500, 11), *b = random_graph (2500, 7500, 11);
  SlGraphForceProblem pa = problem_of (a), pb = problem_of (b);
  SlGraphForceOptions opts;

  sl_graph_force_options_init (&opts);
  opts.iterations = 60;
  opts.seed = 5;
  /* one thread and three threads: the same numbers */
  opts.n_threads = 1;
  g_assert_true (sl_graph_force_layout (&pa, &opts, NULL, NULL, NULL, NULL));
  opts.n_threads = 3;
  g_assert_true (sl_graph_force_layout (&pb, &opts, NULL, NULL, NULL, NULL));
  for (guint i = 0; i < a->n; i++)
    {
      g_assert_cmpfloat (a->x[i], ==, b->x[i]);
      g_assert_cmpfloat (a->y[i], ==, b->y[i]);
    }
  /* another seed, another picture */
  opts.seed = 6;
  g_assert_true (sl_graph_force_layout (&pb, &opts, NULL, NULL, NULL, NULL));
  g_assert_cmpfloat (a->x[0], !=, b->x[0]);
  random_graph_free (a);
  random_graph_free (b);
}

static void
test_force_pinned_and_apart (void)
{
  RandomGraph *g = random_graph (3000, 9000, 12);
  SlGraphForceProblem p = problem_of (g);
  SlGraphForceOptions opts;
  double sum = 0, sum2 = 0, mean;

  /* a few nodes dragged by the user, one of them onto another's place */
  for (guint i = 0; i < g->n; i += 500)
    {
      g->flags[i] = SL_GRAPH_FORCE_PINNED;
      g->x[i] = 300.0 * (i / 500) - 900;
      g->y[i] = i % 1000 ? 400 : -400;
    }
  g->flags[7] = SL_GRAPH_FORCE_PINNED;
  g->x[7] = -900;
  g->y[7] = -400;
  sl_graph_force_options_init (&opts);
  opts.iterations = 80;
  g_assert_true (sl_graph_force_layout (&p, &opts, NULL, NULL, NULL, NULL));
  for (guint i = 0; i < g->n; i += 500)
    {
      g_assert_cmpfloat (g->x[i], ==, 300.0 * (i / 500) - 900);
      g_assert_cmpfloat (g->y[i], ==, i % 1000 ? 400 : -400);
    }
  g_assert_cmpfloat (g->x[7], ==, -900);
  g_assert_cmpfloat (g->y[7], ==, -400);
  /* the two pinned on one spot are the only overlap */
  g_assert_cmpuint (sl_graph_force_count_overlaps (g->n, g->x, g->y, g->r), ==, 1);
  g->flags[7] = 0;
  g->x[7] = g->y[7] = 0;
  g_assert_true (sl_graph_force_layout (&p, &opts, NULL, NULL, NULL, NULL));
  g_assert_cmpuint (sl_graph_force_count_overlaps (g->n, g->x, g->y, g->r), ==, 0);
  /* edges come out of similar lengths, not a few huge and the rest collapsed */
  for (guint e = 0; e < g->m; e++)
    {
      double d = hypot (g->x[g->from[e]] - g->x[g->to[e]], g->y[g->from[e]] - g->y[g->to[e]]);
      sum += d;
      sum2 += d * d;
    }
  mean = sum / g->m;
  g_test_message ("edge length mean %.1f, spread (sd / mean) %.2f", mean, sqrt (sum2 / g->m - mean * mean) / mean);
  g_assert_cmpfloat (sqrt (sum2 / g->m - mean * mean) / mean, <, 0.6);
  random_graph_free (g);
}

static void
cancel_halfway (double fraction, gpointer data)
{
  if (fraction >= 0.5)
    g_cancellable_cancel (data);
}

static void
test_force_cancel (void)
{
  RandomGraph *g = random_graph (800, 2400, 13);
  SlGraphForceProblem p = problem_of (g);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < g->n; i++)
    g->x[i] = g->y[i] = 7;
  g_assert_false (sl_graph_force_layout (&p, NULL, cancel_halfway, cancellable, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  /* untouched */
  for (guint i = 0; i < g->n; i++)
    g_assert_cmpfloat (g->x[i], ==, 7);
  random_graph_free (g);
}

/* Every via chain reads left to right: outlet, then each intermediary, then the origin. */
static void
assert_chains_in_order (SlModel *model, SlGraphLayout *layout)
{
  g_autoptr (GArray) chain = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint checked = 0;

  for (guint32 c = 0; c < sl_model_n_claims (model); c++)
    {
      g_array_set_size (chain, 0);
      sl_model_claim_chain (model, c, chain);
      for (guint k = 0; k + 1 < chain->len; k++)
        {
          guint a = sl_graph_layout_node_of_source (layout, sl_model_claim (model, g_array_index (chain, guint32, k))->source);
          guint b = sl_graph_layout_node_of_source (layout, sl_model_claim (model, g_array_index (chain, guint32, k + 1))->source);
          if (a == b)
            continue;
          g_assert_cmpfloat (sl_graph_layout_node (layout, a)->x, <, sl_graph_layout_node (layout, b)->x);
          g_assert_cmpuint (sl_graph_layout_node (layout, a)->layer, <, sl_graph_layout_node (layout, b)->layer);
          checked++;
        }
    }
  g_assert_cmpuint (checked, >, 0);
}

static void
test_via_chains_in_order (void)
{
  SlFixtureStory ids;
  g_autoptr (SlModel) story = sl_fixture_story (&ids);
  g_autoptr (SlModel) generated = sl_fixture_generated (400, 30, 2, 3);
  SlGraphLayout *layout = sl_graph_layout_new (story);
  const SlGraphNode *outlet, *yonhap, *shin;

  sl_graph_layout_run_layered (layout);
  assert_chains_in_order (story, layout);
  /* Dan Tri → Yonhap → Shin Won-sik, outlets on the left */
  outlet = sl_graph_layout_node (layout, sl_graph_layout_node_of_source (layout, ids.src_outlet));
  yonhap = sl_graph_layout_node (layout, sl_graph_layout_node_of_source (layout, ids.src_yonhap));
  shin = sl_graph_layout_node (layout, sl_graph_layout_node_of_source (layout, ids.src_shin));
  g_assert_cmpuint (outlet->layer, ==, 0);
  g_assert_cmpfloat (outlet->x, <, yonhap->x);
  g_assert_cmpfloat (yonhap->x, <, shin->x);
  g_assert_cmpuint (sl_graph_layout_find_edge (layout, sl_graph_layout_node_of_source (layout, ids.src_yonhap),
                                               sl_graph_layout_node_of_source (layout, ids.src_shin),
                                               SL_GRAPH_EDGE_CITES), !=, SL_NONE);
  g_assert_cmpuint (sl_graph_layout_find_edge (layout, sl_graph_layout_node_of_source (layout, ids.src_mfa),
                                               sl_graph_layout_node_of_source (layout, ids.src_kirby),
                                               SL_GRAPH_EDGE_DENIES), !=, SL_NONE);
  g_assert_cmpuint (sl_graph_layout_count_crossings (layout), ==, 0);
  sl_graph_layout_free (layout);

  layout = sl_graph_layout_new (generated);
  sl_graph_layout_run_layered (layout);
  assert_chains_in_order (generated, layout);
  sl_graph_layout_free (layout);
}

static void
test_layout_deterministic (void)
{
  g_autoptr (SlModel) a = sl_fixture_generated (500, 40, 2, 9);
  g_autoptr (SlModel) b = sl_fixture_generated (500, 40, 2, 9);
  SlGraphLayout *la = sl_graph_layout_new (a), *lb = sl_graph_layout_new (b);

  sl_graph_layout_run_layered (la);
  sl_graph_layout_run_layered (lb);
  g_assert_cmpuint (sl_graph_layout_n_nodes (la), ==, sl_graph_layout_n_nodes (lb));
  for (guint i = 0; i < sl_graph_layout_n_nodes (la); i++)
    {
      g_assert_cmpfloat (sl_graph_layout_node (la, i)->x, ==, sl_graph_layout_node (lb, i)->x);
      g_assert_cmpfloat (sl_graph_layout_node (la, i)->y, ==, sl_graph_layout_node (lb, i)->y);
    }
  /* and running it again changes nothing */
  sl_graph_layout_run_layered (la);
  for (guint i = 0; i < sl_graph_layout_n_nodes (la); i++)
    g_assert_cmpfloat (sl_graph_layout_node (la, i)->y, ==, sl_graph_layout_node (lb, i)->y);
  sl_graph_layout_free (la);
  sl_graph_layout_free (lb);
}

static void
test_nodes_do_not_overlap (void)
{
  g_autoptr (SlModel) model = sl_fixture_generated (600, 50, 2, 4);
  SlGraphLayout *layout = sl_graph_layout_new (model);
  guint n;

  sl_graph_layout_run_layered (layout);
  n = sl_graph_layout_n_nodes (layout);
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        const SlGraphNode *p = sl_graph_layout_node (layout, i), *q = sl_graph_layout_node (layout, j);
        double d = hypot (p->x - q->x, p->y - q->y);
        g_assert_cmpfloat (d, >=, p->radius + q->radius);
      }
  sl_graph_layout_free (layout);
}

static void
test_pinned_nodes_stay (void)
{
  SlFixtureStory ids;
  g_autoptr (SlModel) model = sl_fixture_story (&ids);
  SlGraphLayout *layout = sl_graph_layout_new (model);
  guint node = sl_graph_layout_node_of_source (layout, ids.src_rusi);

  sl_graph_layout_pin_node (layout, node, 1234, -56);
  sl_graph_layout_run_layered (layout);
  g_assert_cmpfloat (sl_graph_layout_node (layout, node)->x, ==, 1234);
  g_assert_cmpfloat (sl_graph_layout_node (layout, node)->y, ==, -56);
  sl_graph_layout_free (layout);
}

static void
test_painter_hit_and_highlight (void)
{
  SlFixtureStory ids;
  g_autoptr (SlModel) model = sl_fixture_story (&ids);
  SlGraphPainter *p = sl_graph_painter_new ();
  SlGraphViewport vp;
  cairo_surface_t *s;
  cairo_t *cr;
  double x, y;

  sl_graph_painter_set_model (p, model);
  sl_graph_viewport_init (&vp, 900, 420);
  sl_graph_viewport_fit (&vp, sl_graph_painter_get_layout (p));

  for (guint32 src = 0; src < sl_model_n_sources (model); src++)
    {
      g_assert_true (sl_graph_painter_node_position (p, &vp, src, &x, &y));
      g_assert_true (x > 0 && x < vp.width && y > 0 && y < vp.height);
      g_assert_cmpuint (sl_graph_painter_hit_test (p, &vp, x, y), ==, src);
    }

  /* the statement's chain: the outlet, Kirby and the ministry that denies; not Yonhap */
  sl_graph_painter_highlight_event (p, ids.statement);
  g_assert_true (sl_graph_painter_is_highlighted (p, ids.src_kirby));
  g_assert_true (sl_graph_painter_is_highlighted (p, ids.src_mfa));
  g_assert_true (sl_graph_painter_is_highlighted (p, ids.src_outlet));
  g_assert_false (sl_graph_painter_is_highlighted (p, ids.src_yonhap));

  /* the highlighted node's pixels are drawn, the dimmed ones paler */
  s = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 900, 420);
  cr = cairo_create (s);
  sl_graph_painter_draw (p, cr, &vp);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (s);

  /* zooming about a point keeps it in place */
  sl_graph_painter_node_position (p, &vp, ids.src_shin, &x, &y);
  sl_graph_viewport_zoom_at (&vp, 1.7, x, y);
  {
    double x2, y2;
    sl_graph_painter_node_position (p, &vp, ids.src_shin, &x2, &y2);
    g_assert_cmpfloat (fabs (x2 - x), <, 1e-6);
    g_assert_cmpfloat (fabs (y2 - y), <, 1e-6);
  }
  sl_graph_painter_free (p);
}

static int
cmp_double (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

/* Adding an article to a laid-out graph: the sources already there stay about where they
 * were, the new ones land beside the sources they cite. */
static void
test_force_incremental (void)
{
  g_autofree guint32 *from = NULL, *to = NULL;
  g_autoptr (SlModel) before = NULL;
  g_autoptr (SlModel) after = NULL;
  SlGraphLayout *la, *lb;
  SlGraphForceOptions opts;
  double mean, spread, median, p90;
  guint n_old;
  g_autofree double *moved = NULL;

  sl_graph_fixture_random_edges (400, 900, 21, &from, &to);
  before = sl_graph_fixture_model (400, from, to, 900);
  after = sl_graph_fixture_model (400, from, to, 900);
  sl_graph_fixture_add_article (after, 6, 2, 22);

  la = sl_graph_layout_new (before);
  g_assert_true (sl_graph_layout_run_force (la, NULL, NULL, NULL, NULL, NULL));
  g_assert_cmpint (sl_graph_layout_get_kind (la), ==, SL_GRAPH_LAYOUT_FORCE);
  g_assert_true (sl_graph_layout_edge_lengths (la, &mean, &spread));
  g_assert_cmpuint (sl_graph_layout_count_overlaps (la), ==, 0);

  lb = sl_graph_layout_new (after);
  n_old = sl_graph_layout_n_nodes (la);
  g_assert_cmpuint (sl_graph_layout_n_nodes (lb), ==, n_old + 6);
  g_assert_cmpuint (sl_graph_layout_take_positions (lb, la), ==, n_old);
  sl_graph_force_options_init (&opts);
  opts.iterations = 100;
  g_assert_true (sl_graph_layout_run_force (lb, &opts, NULL, NULL, NULL, NULL));
  g_assert_cmpuint (sl_graph_layout_count_overlaps (lb), ==, 0);

  moved = g_new (double, n_old);
  for (guint i = 0; i < n_old; i++)
    {
      const SlGraphNode *a = sl_graph_layout_node (la, i);
      const SlGraphNode *b = sl_graph_layout_node (lb, sl_graph_layout_node_of_source (lb, a->source));
      moved[i] = hypot (a->x - b->x, a->y - b->y) / mean;
    }
  qsort (moved, n_old, sizeof (double), cmp_double);
  median = moved[n_old / 2];
  p90 = moved[n_old * 9 / 10];
  g_test_message ("existing nodes moved: median %.3f, 90th percentile %.3f, most %.3f of the mean edge (%.0f)",
                  median, p90, moved[n_old - 1], mean);
  g_assert_cmpfloat (median, <, 0.1);
  g_assert_cmpfloat (p90, <, 0.3);

  /* each newcomer near the sources it cites */
  for (guint i = n_old; i < sl_graph_layout_n_nodes (lb); i++)
    {
      const SlGraphNode *node = sl_graph_layout_node (lb, i);
      double sx = 0, sy = 0;
      guint cnt = 0;
      for (guint e = 0; e < sl_graph_layout_n_edges (lb); e++)
        {
          const SlGraphEdge *ed = sl_graph_layout_edge (lb, e);
          if (ed->to == i || ed->from == i)
            {
              const SlGraphNode *other = sl_graph_layout_node (lb, ed->to == i ? ed->from : ed->to);
              sx += other->x;
              sy += other->y;
              cnt++;
            }
        }
      g_assert_cmpuint (cnt, >, 0);
      g_assert_cmpfloat (hypot (node->x - sx / cnt, node->y - sy / cnt), <, 1.5 * mean);
    }
  sl_graph_layout_free (la);
  sl_graph_layout_free (lb);
}

typedef struct
{
  GMainLoop    *loop;
  GThread      *main_thread;
  GAsyncResult *result;
  double        last;
  guint         calls;
} AsyncState;

static void
async_progress (double fraction, gpointer data)
{
  AsyncState *st = data;

  g_assert_true (g_thread_self () == st->main_thread);
  g_assert_cmpfloat (fraction, >=, st->last);
  st->last = fraction;
  st->calls++;
}

static void
async_done (GObject *source, GAsyncResult *result, gpointer data)
{
  AsyncState *st = data;

  st->result = g_object_ref (result);
  g_main_loop_quit (st->loop);
}

/* Laid out on a worker thread: the window keeps its places until the result is taken, a pin
 * made meanwhile holds, and progress arrives on the main thread. */
static void
test_force_async_and_pins (void)
{
  g_autofree guint32 *from = NULL, *to = NULL;
  g_autoptr (SlModel) model = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree double *before = NULL;
  SlGraphLayout *layout;
  SlGraphForceOptions opts;
  AsyncState st = { 0 };
  guint n, moved = 0;

  sl_graph_fixture_random_edges (3000, 9000, 31, &from, &to);
  model = sl_graph_fixture_model (3000, from, to, 9000);
  layout = sl_graph_layout_new (model);
  sl_graph_layout_run_layered (layout);
  sl_graph_layout_pin_node (layout, 17, -5000, 5000);
  n = sl_graph_layout_n_nodes (layout);
  before = g_new (double, n);
  for (guint i = 0; i < n; i++)
    before[i] = sl_graph_layout_node (layout, i)->x;

  st.loop = g_main_loop_new (NULL, FALSE);
  st.main_thread = g_thread_self ();
  sl_graph_force_options_init (&opts);
  opts.iterations = 60;
  sl_graph_layout_run_force_async (layout, &opts, async_progress, &st, NULL, async_done, &st);
  /* the user drags a node while it runs */
  sl_graph_layout_pin_node (layout, 230, 4000, -4000);
  for (guint i = 0; i < n; i++)
    if (i != 230)
      g_assert_cmpfloat (sl_graph_layout_node (layout, i)->x, ==, before[i]);
  g_main_loop_run (st.loop);
  g_assert_true (sl_graph_layout_run_force_finish (layout, st.result, &error));
  g_assert_no_error (error);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_assert_cmpint (sl_graph_layout_get_kind (layout), ==, SL_GRAPH_LAYOUT_FORCE);
  g_assert_cmpfloat (sl_graph_layout_node (layout, 17)->x, ==, -5000);
  g_assert_cmpfloat (sl_graph_layout_node (layout, 17)->y, ==, 5000);
  g_assert_cmpfloat (sl_graph_layout_node (layout, 230)->x, ==, 4000);
  g_assert_cmpfloat (sl_graph_layout_node (layout, 230)->y, ==, -4000);
  for (guint i = 0; i < n; i++)
    moved += sl_graph_layout_node (layout, i)->x != before[i];
  g_assert_cmpuint (moved, >, n / 2);
  g_assert_cmpuint (st.calls, >, 10);
  g_assert_cmpfloat (st.last, >=, 0.99);

  g_object_unref (st.result);
  g_main_loop_unref (st.loop);
  sl_graph_layout_free (layout);
}

/* One outlet reporting a dozen sources with long names, two of which pass claims on: the
 * shape of a single article's graph, tall in one column. */
static SlModel *
dozen_sources_model (void)
{
  static const struct { const char *name; SlSourceKind kind; const char *title; } sources[] = {
    { "White House", SL_SOURCE_GOVERNMENT, NULL },
    { "John Kirby", SL_SOURCE_PERSON, "US National Security Council spokesman" },
    { "Pentagon", SL_SOURCE_AGENCY, NULL },
    { "South Korea", SL_SOURCE_GOVERNMENT, NULL },
    { "Yonhap", SL_SOURCE_OUTLET, NULL },
    { "National Intelligence Service", SL_SOURCE_AGENCY, NULL },
    { "Russian Foreign Ministry", SL_SOURCE_GOVERNMENT, NULL },
    { "Reuters", SL_SOURCE_OUTLET, NULL },
    { "United States", SL_SOURCE_COUNTRY, NULL },
    { "Russia's envoy", SL_SOURCE_UNNAMED, NULL },
    { "Ministry of Unification", SL_SOURCE_GOVERNMENT, NULL },
    { "Analysts at the Institute", SL_SOURCE_ORGANIZATION, NULL },
  };
  SlModel *model = sl_model_new ();
  SlDoc d = { 0 };
  guint32 doc, ids[G_N_ELEMENTS (sources)], shin, rusi;

  d.title = sl_model_intern (model, "Shipments across the border");
  d.outlet = sl_model_intern (model, "Meridian Wire");
  d.text = g_strdup ("");
  doc = sl_model_add_doc (model, &d);
  sl_model_add_source (model, "Meridian Wire", SL_SOURCE_OUTLET, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      SlClaim c = { 0 };
      ids[i] = sl_model_add_source (model, sources[i].name, sources[i].kind, sources[i].title);
      c.doc = doc;
      c.source = ids[i];
      c.via = SL_NONE;
      c.stance = i % 3 ? SL_STANCE_ASSERT : SL_STANCE_REPORT;
      sl_model_add_claim (model, &c);
    }
  shin = sl_model_add_source (model, "Shin Won-sik", SL_SOURCE_PERSON, "Defense Minister");
  rusi = sl_model_add_source (model, "RUSI", SL_SOURCE_ORGANIZATION, NULL);
  for (guint k = 0; k < 2; k++)
    {
      SlClaim outer = { 0 }, inner = { 0 };
      outer.doc = inner.doc = doc;
      outer.source = ids[k == 0 ? 4 : 7];
      outer.via = SL_NONE;
      inner.source = k == 0 ? shin : rusi;
      inner.via = sl_model_add_claim (model, &outer);
      sl_model_add_claim (model, &inner);
    }
  return model;
}

static gboolean
boxes_meet (const double a[4], const double b[4])
{
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/* In a pane of the window's shape every source is named, and no name covers another name or
 * another source's node. */
static void
check_labels_readable (SlModel *model, double width, double height)
{
  SlGraphPainter *p = sl_graph_painter_new ();
  SlGraphViewport vp;
  SlGraphLayout *layout;
  cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
  cairo_t *cr = cairo_create (s);
  guint n;
  g_autofree double *label = NULL, *shape = NULL;

  sl_graph_painter_set_model (p, model);
  layout = sl_graph_painter_get_layout (p);
  sl_graph_viewport_init (&vp, width, height);
  sl_graph_viewport_fit (&vp, layout);
  sl_graph_painter_draw (p, cr, &vp);
  n = sl_graph_layout_n_nodes (layout);
  label = g_new (double, 4 * n);
  shape = g_new (double, 4 * n);
  for (guint i = 0; i < n; i++)
    {
      const SlGraphNode *node = sl_graph_layout_node (layout, i);
      double x, y, hw, hh;

      g_assert_true (sl_graph_painter_label_box (p, node->source, &label[4 * i], &label[4 * i + 1],
                                                 &label[4 * i + 2], &label[4 * i + 3]));
      sl_graph_painter_node_position (p, &vp, node->source, &x, &y);
      sl_graph_layout_node_half_size (layout, i, &hw, &hh);
      shape[4 * i] = x - hw * vp.zoom;
      shape[4 * i + 1] = y - hh * vp.zoom;
      shape[4 * i + 2] = x + hw * vp.zoom;
      shape[4 * i + 3] = y + hh * vp.zoom;
      /* on screen */
      g_assert_cmpfloat (label[4 * i], >=, 0);
      g_assert_cmpfloat (label[4 * i + 2], <=, width);
      g_assert_cmpfloat (label[4 * i + 1], >=, 0);
      g_assert_cmpfloat (label[4 * i + 3], <=, height);
    }
  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < n; j++)
      if (i != j)
        {
          g_assert_false (boxes_meet (&label[4 * i], &shape[4 * j]));
          if (i < j)
            g_assert_false (boxes_meet (&label[4 * i], &label[4 * j]));
        }
  cairo_destroy (cr);
  cairo_surface_destroy (s);
  sl_graph_painter_free (p);
}

static void
test_labels_readable (void)
{
  SlFixtureStory ids;
  g_autoptr (SlModel) story = sl_fixture_story (&ids);
  g_autoptr (SlModel) dozen = dozen_sources_model ();

  check_labels_readable (story, 900, 420);
  check_labels_readable (story, 500, 300);
  /* the window's graph pane, and a squarer one */
  check_labels_readable (dozen, 710, 310);
  check_labels_readable (dozen, 600, 500);
}

/* The layered layout keeps an outlet's chains in order even when a tall layer is split into
 * sub-columns for a wide pane. */
static void
test_split_layers_keep_order (void)
{
  g_autoptr (SlModel) dozen = dozen_sources_model ();
  SlGraphLayout *layout = sl_graph_layout_new (dozen);
  gboolean split = FALSE;
  double x0 = G_MAXDOUBLE;

  sl_graph_layout_set_aspect (layout, 2.3);
  sl_graph_layout_run_layered (layout);
  assert_chains_in_order (dozen, layout);
  for (guint i = 0; i < sl_graph_layout_n_nodes (layout); i++)
    {
      const SlGraphNode *node = sl_graph_layout_node (layout, i);
      if (node->layer != 1)
        continue;
      if (x0 != G_MAXDOUBLE && node->x != x0)
        split = TRUE;
      x0 = MIN (x0, node->x);
    }
  g_assert_true (split);
  /* no two shapes overlap */
  for (guint i = 0; i < sl_graph_layout_n_nodes (layout); i++)
    for (guint j = i + 1; j < sl_graph_layout_n_nodes (layout); j++)
      {
        const SlGraphNode *a = sl_graph_layout_node (layout, i), *b = sl_graph_layout_node (layout, j);
        double wa, ha, wb, hb;
        sl_graph_layout_node_half_size (layout, i, &wa, &ha);
        sl_graph_layout_node_half_size (layout, j, &wb, &hb);
        g_assert_true (fabs (a->x - b->x) >= wa + wb || fabs (a->y - b->y) >= ha + hb);
      }
  /* no split asked for: one column per layer */
  sl_graph_layout_set_aspect (layout, 0);
  sl_graph_layout_run_layered (layout);
  for (guint i = 0; i < sl_graph_layout_n_nodes (layout); i++)
    if (sl_graph_layout_node (layout, i)->layer == 1)
      g_assert_cmpfloat (sl_graph_layout_node (layout, i)->x, ==, x0);
  sl_graph_layout_free (layout);
}

/* Thousands of nodes: the frame is drawn as pixels where the nodes are, labels are culled
 * except the selected source's, and choosing the force layout keeps nodes apart. */
static void
test_dense_frame (void)
{
  g_autofree guint32 *from = NULL, *to = NULL;
  g_autoptr (SlModel) model = NULL;
  SlGraphPainter *p = sl_graph_painter_new ();
  SlGraphLayout *layout;
  SlGraphViewport vp;
  cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 960, 540);
  cairo_t *cr = cairo_create (s);
  gboolean dense;
  guint drawn, visible, labelled = 0, marked = 0, checked = 0;
  double x, y;
  guint32 picked = 123;

  sl_graph_fixture_random_edges (3000, 9000, 41, &from, &to);
  model = sl_graph_fixture_model (3000, from, to, 9000);
  sl_graph_painter_set_model (p, model);
  sl_graph_painter_set_layout_kind (p, SL_GRAPH_LAYOUT_FORCE);
  layout = sl_graph_painter_get_layout (p);
  g_assert_cmpint (sl_graph_layout_get_kind (layout), ==, SL_GRAPH_LAYOUT_FORCE);
  g_assert_cmpuint (sl_graph_layout_count_overlaps (layout), ==, 0);
  sl_graph_painter_set_selected (p, picked);
  sl_graph_viewport_init (&vp, 960, 540);
  sl_graph_viewport_fit (&vp, layout);
  sl_graph_painter_draw (p, cr, &vp);
  cairo_surface_flush (s);
  sl_graph_painter_frame_info (p, &dense, &drawn, &visible);
  g_assert_true (dense);
  g_assert_cmpuint (drawn, >, 0);
  g_assert_cmpuint (drawn, <=, visible);
  for (guint32 src = 0; src < sl_model_n_sources (model); src++)
    labelled += sl_graph_painter_label_box (p, src, NULL, NULL, NULL, NULL);
  g_assert_cmpuint (labelled, ==, 1);
  g_assert_true (sl_graph_painter_label_box (p, picked, NULL, NULL, NULL, NULL));
  /* the pixel under a node is not the background */
  for (guint32 src = 0; src < sl_model_n_sources (model); src += 37)
    {
      const guint32 *px = (const guint32 *) cairo_image_surface_get_data (s);
      int stride = cairo_image_surface_get_stride (s) / 4;
      g_assert_true (sl_graph_painter_node_position (p, &vp, src, &x, &y));
      if (x < 2 || y < 2 || x > 957 || y > 537)
        continue;
      checked++;
      marked += (px[(int) y * stride + (int) x] & 0xffffff) != 0xffffff;
    }
  g_assert_cmpuint (checked, >, 50);
  g_assert_cmpuint (marked, ==, checked);
  /* the hit test finds the selected node where it is drawn */
  sl_graph_painter_node_position (p, &vp, picked, &x, &y);
  g_assert_cmpuint (sl_graph_painter_hit_test (p, &vp, x, y), ==, picked);

  cairo_destroy (cr);
  cairo_surface_destroy (s);
  sl_graph_painter_free (p);
}

/* The pixel at (x, y) of an ARGB32 surface, alpha dropped. */
static guint32
pixel_at (cairo_surface_t *s, double x, double y)
{
  const guint8 *data = cairo_image_surface_get_data (s);
  int stride = cairo_image_surface_get_stride (s);

  cairo_surface_flush (s);
  return ((const guint32 *) (data + (int) y * stride))[(int) x] & 0xffffff;
}

static cairo_surface_t *
draw_frame (SlGraphPainter *p, const SlGraphViewport *vp)
{
  cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) vp->width,
                                                   (int) vp->height);
  cairo_t *cr = cairo_create (s);

  sl_graph_painter_draw (p, cr, vp);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  return s;
}

/* Playing the graph back: before an article's date none of the edges its claims made are
 * drawn, nor the sources only it mentions; from its date on they are. */
static void
test_playback_cutoff (void)
{
  SlFixtureStory ids;
  g_autoptr (SlModel) model = sl_fixture_story (&ids);
  g_autoptr (GArray) edges = g_array_new (FALSE, FALSE, sizeof (guint));
  SlGraphPainter *p = sl_graph_painter_new ();
  SlGraphLayout *layout;
  SlGraphViewport vp;
  SlTime first = 0, last = 0, april = sl_time_from_ymd (2024, 4, 15);
  SlTime may = sl_time_from_ymd (2024, 5, 2);
  cairo_surface_t *s;
  double x, y;
  guint32 background;

  sl_graph_painter_set_model (p, model);
  layout = sl_graph_painter_get_layout (p);
  sl_graph_viewport_init (&vp, 900, 420);
  sl_graph_viewport_fit (&vp, layout);

  /* the two articles are of April and May 2024 */
  g_assert_true (sl_graph_painter_time_span (p, &first, &last));
  g_assert_cmpint (first, ==, sl_time_from_ymd (2024, 4, 1));
  g_assert_cmpint (last, ==, sl_time_from_ymd (2024, 5, 1));

  /* RUSI's finding, passed on by Reuters, came out in the May article only */
  sl_graph_layout_event_edges (layout, ids.early_april, edges);
  g_assert_cmpuint (edges->len, ==, 2);

  /* everything shows by default */
  g_assert_cmpint (sl_graph_painter_get_time_cutoff (p), ==, G_MAXINT64);
  for (guint i = 0; i < edges->len; i++)
    g_assert_true (sl_graph_painter_edge_shown (p, g_array_index (edges, guint, i)));
  g_assert_true (sl_graph_painter_node_position (p, &vp, ids.src_yonhap, &x, &y));
  s = draw_frame (p, &vp);
  background = pixel_at (s, 2, 2);
  g_assert_cmpuint (pixel_at (s, x, y), !=, background);
  cairo_surface_destroy (s);

  /* mid-April: the May article's finding and the denial are not out yet */
  sl_graph_painter_set_time_cutoff (p, april);
  for (guint i = 0; i < edges->len; i++)
    g_assert_false (sl_graph_painter_edge_shown (p, g_array_index (edges, guint, i)));
  g_assert_false (sl_graph_painter_source_shown (p, ids.src_yonhap));
  g_assert_false (sl_graph_painter_source_shown (p, ids.src_mfa));
  /* Kirby spoke in the April article too, and the outlet carried it */
  g_assert_true (sl_graph_painter_source_shown (p, ids.src_kirby));
  g_assert_true (sl_graph_painter_source_shown (p, ids.src_outlet));
  g_assert_true (sl_graph_painter_edge_shown (p, sl_graph_layout_find_edge (
    layout, sl_graph_layout_node_of_source (layout, ids.src_outlet),
    sl_graph_layout_node_of_source (layout, ids.src_kirby), SL_GRAPH_EDGE_QUOTES)));
  s = draw_frame (p, &vp);
  g_assert_cmpuint (pixel_at (s, x, y), ==, background);
  g_assert_cmpuint (sl_graph_painter_hit_test (p, &vp, x, y), ==, SL_NONE);
  cairo_surface_destroy (s);

  /* after the May article: all of it */
  sl_graph_painter_set_time_cutoff (p, may);
  for (guint i = 0; i < edges->len; i++)
    g_assert_true (sl_graph_painter_edge_shown (p, g_array_index (edges, guint, i)));
  g_assert_true (sl_graph_painter_source_shown (p, ids.src_yonhap));
  s = draw_frame (p, &vp);
  g_assert_cmpuint (pixel_at (s, x, y), !=, background);
  g_assert_cmpuint (sl_graph_painter_hit_test (p, &vp, x, y), ==, ids.src_yonhap);
  cairo_surface_destroy (s);

  /* before anything was reported: an empty canvas */
  sl_graph_painter_set_time_cutoff (p, sl_time_from_ymd (2024, 1, 1));
  for (guint32 src = 0; src < sl_model_n_sources (model); src++)
    g_assert_false (sl_graph_painter_source_shown (p, src));
  for (guint e = 0; e < sl_graph_layout_n_edges (layout); e++)
    g_assert_false (sl_graph_painter_edge_shown (p, e));
  sl_graph_painter_free (p);
}

/* Pointing at the middle of an edge finds that edge, and its label says what it is. */
static void
test_edge_hit_test (void)
{
  SlFixtureStory ids;
  g_autoptr (SlModel) model = sl_fixture_story (&ids);
  SlGraphPainter *p = sl_graph_painter_new ();
  SlGraphLayout *layout;
  SlGraphViewport vp;
  cairo_surface_t *s;
  guint found = 0;

  sl_graph_painter_set_model (p, model);
  /* the force layout draws edges straight from rim to rim: their midpoints are on them */
  sl_graph_painter_set_layout_kind (p, SL_GRAPH_LAYOUT_FORCE);
  layout = sl_graph_painter_get_layout (p);
  sl_graph_viewport_init (&vp, 1000, 600);
  sl_graph_viewport_fit (&vp, layout);
  s = draw_frame (p, &vp);
  cairo_surface_destroy (s);

  /* far from every mark: nothing */
  g_assert_cmpuint (sl_graph_painter_edge_hit_test (p, &vp, -50, -50), ==, SL_NONE);
  for (guint e = 0; e < sl_graph_layout_n_edges (layout); e++)
    {
      const SlGraphEdge *ed = sl_graph_layout_edge (layout, e);
      double ax, ay, bx, by, nx, ny, len;
      guint hit;

      sl_graph_viewport_to_screen (&vp, sl_graph_layout_node (layout, ed->from)->x,
                                   sl_graph_layout_node (layout, ed->from)->y, &ax, &ay);
      sl_graph_viewport_to_screen (&vp, sl_graph_layout_node (layout, ed->to)->x,
                                   sl_graph_layout_node (layout, ed->to)->y, &bx, &by);
      hit = sl_graph_painter_edge_hit_test (p, &vp, (ax + bx) / 2, (ay + by) / 2);
      /* another edge may cross there, but then that one is under the pointer */
      g_assert_cmpuint (hit, !=, SL_NONE);
      if (hit == e)
        found++;
      /* 30 pixels to the side of its middle the edge is not hit */
      len = MAX (hypot (bx - ax, by - ay), 1e-6);
      nx = -(by - ay) / len;
      ny = (bx - ax) / len;
      g_assert_cmpuint (sl_graph_painter_edge_hit_test (p, &vp, (ax + bx) / 2 + 30 * nx,
                                                        (ay + by) / 2 + 30 * ny), !=, e);
    }
  g_assert_cmpuint (found, >=, sl_graph_layout_n_edges (sl_graph_painter_get_layout (p)) - 1);

  /* the label says the kind and how many claims took the edge */
  layout = sl_graph_painter_get_layout (p);
  {
    guint e = sl_graph_layout_find_edge (layout, sl_graph_layout_node_of_source (layout, ids.src_yonhap),
                                         sl_graph_layout_node_of_source (layout, ids.src_shin),
                                         SL_GRAPH_EDGE_CITES);
    g_autofree char *label = NULL;

    g_assert_cmpuint (e, !=, SL_NONE);
    label = sl_graph_painter_edge_label (p, e);
    g_assert_cmpstr (label, ==, "cites \u00d71");
    /* hovered, it is drawn (over the rest) without trouble */
    sl_graph_painter_set_hover_edge (p, e);
    g_assert_cmpuint (sl_graph_painter_get_hover_edge (p), ==, e);
    s = draw_frame (p, &vp);
    cairo_surface_destroy (s);
    /* hidden by playback, it is neither hovered nor hit */
    sl_graph_painter_set_time_cutoff (p, sl_time_from_ymd (2024, 4, 15));
    g_assert_cmpuint (sl_graph_painter_get_hover_edge (p), ==, SL_NONE);
  }
  sl_graph_painter_free (p);
}

static void
layout_switched_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GError **error = user_data;

  if (!sl_graph_painter_set_layout_kind_finish (NULL, result, error) && *error == NULL)
    g_assert_not_reached ();
  if (*error == NULL)
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "done");
}

/* Switching a big graph to the force layout on a worker thread: the old picture stays until
 * the new one is ready, a node dragged meanwhile stays where it was dropped, and freeing the
 * painter midway is safe. */
static void
test_async_layout_switch (void)
{
  g_autofree guint32 *from = NULL, *to = NULL;
  g_autoptr (SlModel) model = NULL;
  SlGraphPainter *p = sl_graph_painter_new ();
  SlGraphLayout *before;
  GError *error = NULL;
  double x0, y0;

  sl_graph_fixture_random_edges (600, 1500, 11, &from, &to);
  model = sl_graph_fixture_model (600, from, to, 1500);
  sl_graph_painter_set_model (p, model);
  before = sl_graph_painter_get_layout (p);
  x0 = sl_graph_layout_node (before, 5)->x;
  y0 = sl_graph_layout_node (before, 5)->y;

  sl_graph_painter_set_layout_kind_async (p, SL_GRAPH_LAYOUT_FORCE, NULL, NULL, NULL,
                                          layout_switched_cb, &error);
  /* still the layered picture, and a node can be dragged in it */
  g_assert_true (sl_graph_painter_get_layout (p) == before);
  g_assert_cmpint (sl_graph_painter_get_layout_kind (p), ==, SL_GRAPH_LAYOUT_LAYERED);
  sl_graph_layout_pin_node (before, 7, 1234.0, -567.0);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_cmpint (sl_graph_painter_get_layout_kind (p), ==, SL_GRAPH_LAYOUT_FORCE);
  g_assert_cmpint (sl_graph_layout_get_kind (sl_graph_painter_get_layout (p)), ==, SL_GRAPH_LAYOUT_FORCE);
  g_assert_true (hypot (sl_graph_layout_node (sl_graph_painter_get_layout (p), 5)->x - x0,
                        sl_graph_layout_node (sl_graph_painter_get_layout (p), 5)->y - y0) > 1.0);
  g_assert_true (sl_graph_layout_node (sl_graph_painter_get_layout (p), 7)->pinned);
  g_assert_cmpfloat (sl_graph_layout_node (sl_graph_painter_get_layout (p), 7)->x, ==, 1234.0);
  g_assert_cmpfloat (sl_graph_layout_node (sl_graph_painter_get_layout (p), 7)->y, ==, -567.0);
  g_assert_cmpuint (sl_graph_layout_count_overlaps (sl_graph_painter_get_layout (p)), ==, 0);

  /* back to layered, then force again but the painter goes away midway */
  sl_graph_painter_set_layout_kind (p, SL_GRAPH_LAYOUT_LAYERED);
  sl_graph_painter_set_layout_kind_async (p, SL_GRAPH_LAYOUT_FORCE, NULL, NULL, NULL,
                                          layout_switched_cb, &error);
  sl_graph_painter_free (p);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
}

/* An export draws the graph as the window lays it out: a fresh painter following the
 * window's takes its layout kind, its pins and a force layout's places exactly. */
static void
test_follow_layout (void)
{
  SlFixtureStory ids;
  g_autoptr (SlModel) model = sl_fixture_story (&ids);
  SlGraphPainter *window = sl_graph_painter_new ();
  SlGraphLayout *shown, *copy;
  guint node;

  sl_graph_painter_set_model (window, model);
  sl_graph_painter_set_layout_kind (window, SL_GRAPH_LAYOUT_FORCE);
  shown = sl_graph_painter_get_layout (window);
  node = sl_graph_layout_node_of_source (shown, ids.src_rusi);
  sl_graph_layout_pin_node (shown, node, 1234, -56);

  for (guint round = 0; round < 2; round++)
    {
      SlGraphPainter *export = sl_graph_painter_new ();

      sl_graph_painter_set_model (export, model);
      g_assert_cmpint (sl_graph_painter_get_layout_kind (export), ==, SL_GRAPH_LAYOUT_LAYERED);
      sl_graph_painter_follow_layout (export, shown);
      copy = sl_graph_painter_get_layout (export);
      g_assert_cmpint (sl_graph_painter_get_layout_kind (export), ==,
                       sl_graph_layout_get_kind (shown));
      g_assert_cmpuint (sl_graph_layout_n_nodes (copy), ==, sl_graph_layout_n_nodes (shown));
      /* the pinned node where it was put, still pinned; every other node where it is shown */
      g_assert_true (sl_graph_layout_node (copy, node)->pinned);
      g_assert_cmpfloat (sl_graph_layout_node (copy, node)->x, ==, 1234);
      g_assert_cmpfloat (sl_graph_layout_node (copy, node)->y, ==, -56);
      for (guint i = 0; i < sl_graph_layout_n_nodes (shown); i++)
        {
          g_assert_cmpfloat (sl_graph_layout_node (copy, i)->x, ==, sl_graph_layout_node (shown, i)->x);
          g_assert_cmpfloat (sl_graph_layout_node (copy, i)->y, ==, sl_graph_layout_node (shown, i)->y);
        }
      sl_graph_painter_free (export);
      /* the layered layout, the pin kept */
      sl_graph_painter_set_layout_kind (window, SL_GRAPH_LAYOUT_LAYERED);
      shown = sl_graph_painter_get_layout (window);
      g_assert_true (sl_graph_layout_node (shown, node)->pinned);
    }
  sl_graph_painter_free (window);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/paint/graph/via-chains-in-order", test_via_chains_in_order);
  g_test_add_func ("/paint/graph/layout-deterministic", test_layout_deterministic);
  g_test_add_func ("/paint/graph/nodes-do-not-overlap", test_nodes_do_not_overlap);
  g_test_add_func ("/paint/graph/pinned-nodes-stay", test_pinned_nodes_stay);
  g_test_add_func ("/paint/graph/hit-test-and-highlight", test_painter_hit_and_highlight);
  g_test_add_func ("/paint/graph/labels-readable", test_labels_readable);
  g_test_add_func ("/paint/graph/split-layers-keep-order", test_split_layers_keep_order);
  g_test_add_func ("/paint/graph/dense-frame", test_dense_frame);
  g_test_add_func ("/paint/graph/playback-cutoff", test_playback_cutoff);
  g_test_add_func ("/paint/graph/edge-hit-test", test_edge_hit_test);
  g_test_add_func ("/paint/graph/async-layout-switch", test_async_layout_switch);
  g_test_add_func ("/paint/graph/follow-layout", test_follow_layout);
  g_test_add_func ("/paint/graph/force/tree-accuracy", test_force_tree_accuracy);
  g_test_add_func ("/paint/graph/force/deterministic", test_force_deterministic);
  g_test_add_func ("/paint/graph/force/pinned-and-apart", test_force_pinned_and_apart);
  g_test_add_func ("/paint/graph/force/cancel", test_force_cancel);
  g_test_add_func ("/paint/graph/force/adding-an-article-moves-little", test_force_incremental);
  g_test_add_func ("/paint/graph/force/async-and-pins", test_force_async_and_pins);
  return g_test_run ();
}
