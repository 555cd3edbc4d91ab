/* test-graph.c: the attribution graph's layout and drawing, without a display. */
#include <math.h>
#include <cairo.h>

#include "paint/sl-graph-painter.h"
#include "paint-fixture.h"

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

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/paint/graph/via-chains-in-order", test_via_chains_in_order);
  g_test_add_func ("/paint/graph/layout-deterministic", test_layout_deterministic);
  g_test_add_func ("/paint/graph/nodes-do-not-overlap", test_nodes_do_not_overlap);
  g_test_add_func ("/paint/graph/pinned-nodes-stay", test_pinned_nodes_stay);
  g_test_add_func ("/paint/graph/hit-test-and-highlight", test_painter_hit_and_highlight);
  return g_test_run ();
}
