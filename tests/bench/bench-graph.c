/* bench-graph: the force layout and the graph painter on random graphs (N nodes, 3N distinct
 * edges, the attribution graph of a generated model), 300 force steps, drawn onto a
 * 1920×1080 image surface.
 *
 *   bench-graph [N …]            (default 10000 100000)
 *
 * For each size, the layout runs SL_BENCH_RUNS times (default 3) from scratch; then frames
 * are drawn at the fitted view and zoomed 2×, 4×, 8× and 16× at nine places each, three
 * rounds. Prints one JSON line per size:
 *   {"nodes":N,"edges":E,"layout_s":median,"frame_ms":median,"overlaps":…, …}
 * with the spread of the runs (min, max), the CPU time of the layout (all threads), the
 * steps at the finest level, the edge-length mean and spread (sd / mean) of the result, and
 * the worst frame; then what a pointer costs moving over the graph (finding the edge under it,
 * median of 60 points at the fitted view and zoomed 4×) and what the first playback frame
 * costs (report times worked out, then a frame drawn at a cut-off). SL_BENCH_THREADS sets the layout's threads (default: one per core). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <cairo.h>

#include "paint/sl-graph-painter.h"
#include "graph-fixture.h"

static int
cmp_double (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double
now_s (void)
{
  return g_get_monotonic_time () / 1e6;
}

static double
cpu_s (clockid_t clock)
{
  struct timespec ts;

  clock_gettime (clock, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double
median_of (GArray *values)
{
  g_array_sort (values, (GCompareFunc) cmp_double);
  return values->len ? g_array_index (values, double, values->len / 2) : 0;
}

static void
bench_size (guint n, guint runs, guint threads)
{
  g_autofree guint32 *from = NULL, *to = NULL;
  g_autoptr (SlModel) model = NULL;
  g_autoptr (GArray) layout_s = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) layout_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) frames = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) frames_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  SlGraphForceOptions opts;
  SlGraphPainter *painter;
  SlGraphLayout *layout;
  SlGraphViewport fit, vp;
  cairo_surface_t *surface;
  cairo_t *cr;
  g_autoptr (GArray) hits = g_array_new (FALSE, FALSE, sizeof (double));
  double t, build_s, mean = 0, spread = 0, worst = 0, lmin, lmax, playback_ms;
  guint overlaps = 0, m = 3 * n;

  t = now_s ();
  sl_graph_fixture_random_edges (n, m, 42, &from, &to);
  model = sl_graph_fixture_model (n, from, to, m);
  build_s = now_s () - t;

  sl_graph_force_options_init (&opts);
  opts.n_threads = threads;
  for (guint r = 0; r < runs; r++)
    {
      double c0 = cpu_s (CLOCK_PROCESS_CPUTIME_ID), w;

      layout = sl_graph_layout_new (model);
      t = now_s ();
      if (!sl_graph_layout_run_force (layout, &opts, NULL, NULL, NULL, NULL))
        g_error ("layout failed");
      w = now_s () - t;
      c0 = cpu_s (CLOCK_PROCESS_CPUTIME_ID) - c0;
      g_array_append_val (layout_s, w);
      g_array_append_val (layout_cpu, c0);
      if (r == runs - 1)
        {
          overlaps = sl_graph_layout_count_overlaps (layout);
          sl_graph_layout_edge_lengths (layout, &mean, &spread);
        }
      sl_graph_layout_free (layout);
    }
  lmin = g_array_index (layout_s, double, 0);
  lmax = lmin;
  for (guint r = 0; r < layout_s->len; r++)
    {
      lmin = MIN (lmin, g_array_index (layout_s, double, r));
      lmax = MAX (lmax, g_array_index (layout_s, double, r));
    }

  /* the painter draws the graph as a window would after a force layout */
  painter = sl_graph_painter_new ();
  sl_graph_painter_set_model (painter, model);
  layout = sl_graph_painter_get_layout (painter);
  sl_graph_layout_run_force (layout, &opts, NULL, NULL, NULL, NULL);
  sl_graph_painter_layout_changed (painter);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
  cr = cairo_create (surface);
  sl_graph_viewport_init (&fit, 1920, 1080);
  sl_graph_viewport_fit (&fit, layout);
  /* fonts and sprites loaded, as in a running window */
  sl_graph_painter_draw (painter, cr, &fit);
  for (guint round = 0; round < 3; round++)
    for (guint z = 0; z < 5; z++)
      for (guint place = 0; place < (z == 0 ? 1u : 9u); place++)
        {
          double w0, c0;
          vp = fit;
          if (z > 0)
            {
              /* a 3 × 3 grid of points over the middle of the fitted view */
              double px = 1920 * (0.25 + 0.25 * (place % 3)), py = 1080 * (0.25 + 0.25 * (place / 3));
              sl_graph_viewport_zoom_at (&vp, pow (2, z), px, py);
            }
          c0 = cpu_s (CLOCK_THREAD_CPUTIME_ID);
          w0 = now_s ();
          sl_graph_painter_draw (painter, cr, &vp);
          cairo_surface_flush (surface);
          w0 = (now_s () - w0) * 1000;
          c0 = (cpu_s (CLOCK_THREAD_CPUTIME_ID) - c0) * 1000;
          g_array_append_val (frames, w0);
          g_array_append_val (frames_cpu, c0);
          worst = MAX (worst, w0);
          if (g_getenv ("SL_BENCH_VERBOSE"))
            g_printerr ("zoom %.4f frame %.2f ms (cpu %.2f)\n", vp.zoom, w0, c0);
        }
  /* a pointer moving over the graph: the edge under it, at the fitted view and zoomed in */
  {
    g_autoptr (GRand) rand = g_rand_new_with_seed (7);

    for (guint z = 0; z < 2; z++)
      {
        vp = fit;
        if (z > 0)
          sl_graph_viewport_zoom_at (&vp, 4, 960, 540);
        sl_graph_painter_draw (painter, cr, &vp);
        for (guint k = 0; k < 30; k++)
          {
            double x = g_rand_double_range (rand, 0, 1920), y = g_rand_double_range (rand, 0, 1080);
            double w0 = now_s ();

            sl_graph_painter_edge_hit_test (painter, &vp, x, y);
            w0 = (now_s () - w0) * 1000;
            g_array_append_val (hits, w0);
          }
      }
  }
  /* the first frame of a playback: report times worked out, then drawn at a cut-off */
  t = now_s ();
  sl_graph_painter_set_time_cutoff (painter, 0);
  sl_graph_painter_draw (painter, cr, &fit);
  cairo_surface_flush (surface);
  playback_ms = (now_s () - t) * 1000;
  sl_graph_painter_set_time_cutoff (painter, G_MAXINT64);

  if (g_getenv ("SL_BENCH_PNG"))
    {
      sl_graph_painter_draw (painter, cr, &fit);
      cairo_surface_write_to_png (surface, g_getenv ("SL_BENCH_PNG"));
    }

  printf ("{\"nodes\":%u,\"edges\":%u,\"layout_s\":%.3f,\"frame_ms\":%.2f,\"overlaps\":%u,"
          "\"layout_s_min\":%.3f,\"layout_s_max\":%.3f,\"layout_cpu_s\":%.3f,\"runs\":%u,"
          "\"steps\":%u,\"edge_len_mean\":%.1f,\"edge_len_spread\":%.3f,"
          "\"frame_ms_max\":%.2f,\"frame_cpu_ms\":%.2f,\"frames\":%u,\"model_s\":%.3f,"
          "\"edge_hit_ms\":%.3f,\"playback_first_frame_ms\":%.2f}\n",
          n, sl_graph_layout_n_edges (layout), median_of (layout_s), median_of (frames), overlaps,
          lmin, lmax, median_of (layout_cpu), runs, opts.iterations, mean, spread, worst,
          median_of (frames_cpu), frames->len, build_s, median_of (hits), playback_ms);
  fflush (stdout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  sl_graph_painter_free (painter);
}

int
main (int argc, char **argv)
{
  guint runs = g_getenv ("SL_BENCH_RUNS") ? (guint) atoi (g_getenv ("SL_BENCH_RUNS")) : 3;
  guint threads = g_getenv ("SL_BENCH_THREADS") ? (guint) atoi (g_getenv ("SL_BENCH_THREADS")) : 0;

  if (argc > 1)
    for (int i = 1; i < argc; i++)
      bench_size ((guint) strtoul (argv[i], NULL, 10), MAX (runs, 1u), threads);
  else
    {
      bench_size (10000, MAX (runs, 1u), threads);
      bench_size (100000, MAX (runs, 1u), threads);
    }
  return 0;
}
