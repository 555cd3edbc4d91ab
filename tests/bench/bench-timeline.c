/* bench-timeline: the timeline painter over generated data onto a 1920×1080 image surface,
 * sweeping the zoom from the whole range down to one day and panning at several zooms.
 *
 *   bench-timeline [EVENTS [LANES [YEARS]]]     (default 1000000 200 10)
 *
 * Prints one JSON line: events, the first frame after the model is loaded (the painter's lane
 * index included; fonts already loaded, as in a running window), the median and worst of the
 * following frames, and the index's size; beside the wall-clock figures, the CPU time this
 * thread spent (on a machine shared with other work the wall clock also counts waiting). SL_BENCH_VERBOSE=1 prints every frame on stderr. */
#include <math.h>
#include <stdlib.h>
#include <time.h>
#include <cairo.h>

#include "paint/sl-timeline-painter.h"
#include "paint-fixture.h"

static int
cmp_double (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* CPU time of this thread: on a shared machine, the part of a frame that is our own work */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

int
main (int argc, char **argv)
{
  guint n_events = argc > 1 ? (guint) strtoul (argv[1], NULL, 10) : 1000000;
  guint n_lanes = argc > 2 ? (guint) strtoul (argv[2], NULL, 10) : 200;
  double years = argc > 3 ? g_ascii_strtod (argv[3], NULL) : 10;
  g_autoptr (SlModel) model = NULL;
  g_autoptr (GArray) frames = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));
  double c;
  SlTimelinePainter *painter;
  SlTimelineViewport vp, full;
  cairo_surface_t *surface;
  cairo_t *cr;
  double t, first_ms, first_cpu, load_ms, median, worst = 0, span_full, span_day = SL_DAY;
  SlTime t0, t1;
  guint steps = 48;

  t = now_ms ();
  model = sl_fixture_generated (n_events, n_lanes, years, 42);
  /* "loaded": the model with its time index, as after opening a project */
  sl_model_time_bounds (model, &t0, &t1);
  load_ms = now_ms () - t;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
  cr = cairo_create (surface);

  /* the window has drawn text before a project opens: fonts are loaded outside the timing */
  painter = sl_timeline_painter_new ();
  sl_timeline_viewport_init (&vp, 0, SL_DAY, 1920, 1080);
  sl_timeline_painter_draw (painter, cr, &vp);
  sl_timeline_painter_free (painter);

  t = now_ms ();
  c = cpu_ms ();
  painter = sl_timeline_painter_new ();
  sl_timeline_painter_set_model (painter, model);
  sl_timeline_viewport_init (&vp, 0, 1, 1920, 1080);
  sl_timeline_viewport_fit (&vp, model);
  sl_timeline_painter_draw (painter, cr, &vp);
  cairo_surface_flush (surface);
  first_ms = now_ms () - t;
  first_cpu = cpu_ms () - c;
  full = vp;

  /* zoom sweep about a point a third of the way in: whole range → one day, then back out */
  span_full = full.t1 - full.t0;
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i <= steps; i++)
      {
        double f = pass == 0 ? (double) i / steps : 1.0 - (double) i / steps;
        double span = span_full * pow (span_day / span_full, f);
        double anchor = full.t0 + span_full * 0.37;

        vp.t0 = anchor - span * 0.37;
        vp.t1 = vp.t0 + span;
        t = now_ms ();
        c = cpu_ms ();
        sl_timeline_painter_draw (painter, cr, &vp);
        cairo_surface_flush (surface);
        t = now_ms () - t;
        c = cpu_ms () - c;
        g_array_append_val (frames, t);
        g_array_append_val (cpu, c);
        if (g_getenv ("SL_BENCH_VERBOSE"))
          g_printerr ("zoom span %.0f days: %.2f ms\n", span / SL_DAY, t);
      }

  /* panning: a drag of 40 px per frame at a month, a week and a day across */
  {
    double spans[] = { 30 * span_day, 7 * span_day, span_day, span_full / 8 };
    for (guint s = 0; s < G_N_ELEMENTS (spans); s++)
      {
        vp.t0 = full.t0 + span_full * 0.5;
        vp.t1 = vp.t0 + spans[s];
        for (guint i = 0; i < 40; i++)
          {
            sl_timeline_viewport_pan (&vp, 40);
            t = now_ms ();
            c = cpu_ms ();
            sl_timeline_painter_draw (painter, cr, &vp);
            cairo_surface_flush (surface);
            t = now_ms () - t;
            c = cpu_ms () - c;
            g_array_append_val (frames, t);
            g_array_append_val (cpu, c);
            if (g_getenv ("SL_BENCH_VERBOSE"))
              g_printerr ("pan span %.1f days: %.2f ms\n", spans[s] / SL_DAY, t);
          }
      }
  }

  for (guint i = 0; i < frames->len; i++)
    worst = MAX (worst, g_array_index (frames, double, i));
  g_array_sort (frames, cmp_double);
  median = g_array_index (frames, double, frames->len / 2);
  g_array_sort (cpu, cmp_double);

  g_print ("{\"events\":%u,\"first_frame_ms\":%.2f,\"frame_median_ms\":%.2f,\"frame_max_ms\":%.2f,"
           "\"frames\":%u,\"lanes\":%u,\"index_bytes_per_event\":%.1f,\"model_load_ms\":%.0f,"
           "\"cpu_median_ms\":%.2f,\"cpu_max_ms\":%.2f,\"first_frame_cpu_ms\":%.2f}\n",
           n_events, first_ms, median, worst, frames->len, sl_timeline_painter_n_lanes (painter),
           n_events ? (double) sl_timeline_painter_index_bytes (painter) / n_events : 0.0,
           load_ms, g_array_index (cpu, double, cpu->len / 2), g_array_index (cpu, double, cpu->len - 1),
           first_cpu);

  if (g_getenv ("SL_BENCH_PNG"))
    cairo_surface_write_to_png (surface, g_getenv ("SL_BENCH_PNG"));
  sl_timeline_painter_free (painter);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return 0;
}
