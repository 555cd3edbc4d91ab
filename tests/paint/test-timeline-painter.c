/* test-timeline-painter.c: the timeline's viewport, axis, layout and pixels, drawn onto image
 * surfaces without a display. */
#include <math.h>
#include <cairo.h>

#include "paint/sl-timeline-painter.h"
#include "paint-fixture.h"

#define W 1200
#define H 420

static SlTimelinePainter *
story_painter (SlModel *model, SlTimelineViewport *vp)
{
  SlTimelinePainter *p = sl_timeline_painter_new ();

  sl_timeline_painter_set_model (p, model);
  sl_timeline_viewport_init (vp, 0, 1, W, H);
  g_assert_true (sl_timeline_viewport_fit (vp, model));
  return p;
}

static cairo_surface_t *
draw_to_image (SlTimelinePainter *p, const SlTimelineViewport *vp)
{
  cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) vp->width,
                                                   (int) vp->height);
  cairo_t *cr = cairo_create (s);

  sl_timeline_painter_draw (p, cr, vp);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (s);
  return s;
}

static guint32
pixel_at (cairo_surface_t *s, int x, int y)
{
  const guint8 *data = cairo_image_surface_get_data (s);
  int stride = cairo_image_surface_get_stride (s);

  g_assert_true (x >= 0 && y >= 0 && x < cairo_image_surface_get_width (s)
                 && y < cairo_image_surface_get_height (s));
  return *(const guint32 *) (data + (gsize) y * stride + (gsize) x * 4) & 0xffffff;
}

static int
channel_distance (guint32 a, const SlRgba *c)
{
  int r = (a >> 16) & 0xff, g = (a >> 8) & 0xff, b = a & 0xff;
  return abs (r - (int) (c->r * 255)) + abs (g - (int) (c->g * 255)) + abs (b - (int) (c->b * 255));
}

/* ---- viewport ---- */

static void
test_viewport_zoom_anchor (void)
{
  SlTimelineViewport vp;
  double xs[] = { 0, 137.5, 600, 1199 };

  for (guint i = 0; i < G_N_ELEMENTS (xs); i++)
    for (double f = 0.25; f <= 8; f *= 2)
      {
        double before;

        sl_timeline_viewport_init (&vp, sl_time_from_ymd (2023, 1, 1), sl_time_from_ymd (2024, 7, 1), W, H);
        before = sl_timeline_viewport_time_at (&vp, xs[i]);
        sl_timeline_viewport_zoom_at (&vp, f, xs[i]);
        /* the instant under the pointer stays under it, to well under a second */
        g_assert_cmpfloat (fabs (sl_timeline_viewport_time_at (&vp, xs[i]) - before), <, 1e-3);
        g_assert_cmpfloat (fabs (sl_timeline_viewport_x_of (&vp, before) - xs[i]), <, 1e-6);
      }

  /* zooming in past five minutes stops there */
  sl_timeline_viewport_init (&vp, 0, SL_DAY, W, H);
  for (int i = 0; i < 40; i++)
    sl_timeline_viewport_zoom_at (&vp, 2.0, 300);
  g_assert_cmpfloat (fabs ((vp.t1 - vp.t0) - SL_TIMELINE_MIN_SPAN), <, 1e-6);
}

static void
test_viewport_pan_fit (void)
{
  g_autoptr (SlModel) model = sl_fixture_story (NULL);
  SlTimelineViewport vp;
  double spp, t_at_100;
  SlTime t0, t1;

  sl_timeline_viewport_init (&vp, 0, 1000 * 60.0, W, H);
  spp = sl_timeline_viewport_seconds_per_px (&vp);
  t_at_100 = sl_timeline_viewport_time_at (&vp, 100);
  sl_timeline_viewport_pan (&vp, 100);
  /* dragging 100 px brings what was at x = 100 to x = 0; the zoom is unchanged */
  g_assert_cmpfloat (fabs (sl_timeline_viewport_time_at (&vp, 0) - t_at_100), <, 1e-6);
  g_assert_cmpfloat (fabs (sl_timeline_viewport_seconds_per_px (&vp) - spp), <, 1e-9);

  g_assert_true (sl_timeline_viewport_fit (&vp, model));
  g_assert_true (sl_model_time_bounds (model, &t0, &t1));
  g_assert_cmpfloat (vp.t0, <, (double) t0);
  g_assert_cmpfloat (vp.t1, >, (double) t1);
  /* the whole story takes most of the width */
  g_assert_cmpfloat ((t1 - t0) / (vp.t1 - vp.t0), >, 0.6);
}

/* ---- axis ---- */

static void
test_axis_scale_choice (void)
{
  static const struct
  {
    double seconds_per_px;
    SlAxisUnit minor, major;
  } cases[] = {
    { 1.0, SL_AXIS_MINUTE, SL_AXIS_DAY },                    /* 20 minutes across */
    { 60.0, SL_AXIS_HOUR, SL_AXIS_DAY },                     /* a day across */
    { 1800.0, SL_AXIS_DAY, SL_AXIS_MONTH },                  /* a month */
    { 3 * 3600.0, SL_AXIS_WEEK, SL_AXIS_MONTH },             /* half a year */
    { 86400.0, SL_AXIS_MONTH, SL_AXIS_YEAR },                /* three years */
    { 30 * 86400.0, SL_AXIS_YEAR, SL_AXIS_YEAR },            /* a century */
    { 3000 * 86400.0, SL_AXIS_YEAR, SL_AXIS_YEAR },          /* ten millennia */
  };
  double prev_step = 0;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SlAxisScale sc;
      double step_s;

      sl_axis_scale_choose (cases[i].seconds_per_px, 50, &sc);
      g_assert_cmpint (sc.minor_unit, ==, cases[i].minor);
      g_assert_cmpint (sc.major_unit, ==, cases[i].major);
      /* ticks far enough apart to be labelled, and coarser as the view widens */
      step_s = (sc.minor_unit == SL_AXIS_YEAR ? 365.2425 * 86400 : sc.minor_unit == SL_AXIS_MONTH ? 30.44 * 86400
                : sc.minor_unit == SL_AXIS_WEEK ? 7 * 86400.0 : sc.minor_unit == SL_AXIS_DAY ? 86400.0
                : sc.minor_unit == SL_AXIS_HOUR ? 3600.0 : 60.0) * sc.minor_step;
      g_assert_cmpfloat (step_s / cases[i].seconds_per_px, >=, 50 * 0.6);
      g_assert_cmpfloat (step_s, >, prev_step);
      prev_step = step_s;
    }
}

static void
test_axis_floor_next (void)
{
  char buf[64];
  SlTime t = sl_time_from_ymd (2024, 3, 28) + 15 * 3600 + 7 * 60;

  g_assert_cmpint (sl_axis_floor (t, SL_AXIS_MONTH, 1), ==, sl_time_from_ymd (2024, 3, 1));
  g_assert_cmpint (sl_axis_floor (t, SL_AXIS_MONTH, 3), ==, sl_time_from_ymd (2024, 1, 1));
  g_assert_cmpint (sl_axis_next (sl_time_from_ymd (2024, 11, 1), SL_AXIS_MONTH, 3), ==,
                   sl_time_from_ymd (2025, 2, 1));
  /* 2024-03-28 was a Thursday: its week starts on Monday the 25th */
  g_assert_cmpint (sl_axis_floor (t, SL_AXIS_WEEK, 1), ==, sl_time_from_ymd (2024, 3, 25));
  g_assert_cmpint (sl_axis_floor (t, SL_AXIS_HOUR, 6), ==, sl_time_from_ymd (2024, 3, 28) + 12 * 3600);
  g_assert_cmpint (sl_axis_floor (t, SL_AXIS_MINUTE, 15), ==, sl_time_from_ymd (2024, 3, 28) + 15 * 3600);
  g_assert_cmpint (sl_axis_floor (t, SL_AXIS_YEAR, 10), ==, sl_time_from_ymd (2020, 1, 1));
  g_assert_cmpint (sl_axis_floor (sl_time_from_ymd (-44, 3, 15), SL_AXIS_YEAR, 100), ==,
                   sl_time_from_ymd (-100, 1, 1));

  g_assert_cmpstr (sl_axis_format (sl_time_from_ymd (2024, 3, 1), SL_AXIS_MONTH, 1, FALSE, buf, sizeof buf), ==, "Mar");
  g_assert_cmpstr (sl_axis_format (sl_time_from_ymd (2024, 3, 1), SL_AXIS_MONTH, 1, TRUE, buf, sizeof buf), ==, "March 2024");
  g_assert_cmpstr (sl_axis_format (sl_time_from_ymd (2020, 1, 1), SL_AXIS_YEAR, 10, TRUE, buf, sizeof buf), ==, "2020s");
  g_assert_cmpstr (sl_axis_format (sl_time_from_ymd (2000, 1, 1), SL_AXIS_YEAR, 100, TRUE, buf, sizeof buf), ==, "21st century");
  g_assert_cmpstr (sl_axis_format (t, SL_AXIS_HOUR, 1, FALSE, buf, sizeof buf), ==, "15:07");
  g_assert_cmpstr (sl_axis_format (t, SL_AXIS_DAY, 1, TRUE, buf, sizeof buf), ==, "Thu 28 March 2024");
  g_assert_cmpstr (sl_axis_format (sl_time_from_ymd (-43, 1, 1), SL_AXIS_YEAR, 1, FALSE, buf, sizeof buf), ==, "44 BC");
}

/* ---- drawing ---- */

static void
test_pixels_at_event (void)
{
  SlFixtureStory ids;
  g_autoptr (SlModel) model = sl_fixture_story (&ids);
  SlTimelineViewport vp;
  SlTimelinePainter *p = story_painter (model, &vp);
  const SlPaintStyle *st = sl_timeline_painter_get_style (p);
  guint32 events[] = { ids.summit, ids.veto, ids.statement };
  cairo_surface_t *s;

  s = draw_to_image (p, &vp);
  for (guint i = 0; i < G_N_ELEMENTS (events); i++)
    {
      const SlEvent *ev = sl_model_event (model, events[i]);
      SlTimelineItem it;
      double x = sl_timeline_viewport_x_of (&vp, (ev->start + ev->end_t) / 2.0);
      guint32 px;

      g_assert_true (sl_timeline_painter_event_item (p, &vp, events[i], &it));
      /* the mark sits at the event's date */
      g_assert_cmpfloat (fabs (it.cx - x), <, 1.0);
      px = pixel_at (s, (int) round (it.cx), (int) round (it.cy));
      g_assert_cmpint (channel_distance (px, &st->background), >, 60);
      /* and carries the category's colour (the statement is a grey × of a denial-free stance) */
      if (events[i] != ids.statement)
        g_assert_cmpint (channel_distance (px, &st->category[ev->category]), <, 40);
    }
  /* far from any event, below the lanes, the canvas is plain */
  g_assert_cmpint (channel_distance (pixel_at (s, W / 2, H - 3), &st->background), <, 10);
  cairo_surface_destroy (s);
  sl_timeline_painter_free (p);
}

static void
test_uncertain_band (void)
{
  SlFixtureStory ids;
  g_autoptr (SlModel) model = sl_fixture_story (&ids);
  SlTimelineViewport vp;
  SlTimelinePainter *p = story_painter (model, &vp);
  const SlPaintStyle *st = sl_timeline_painter_get_style (p);
  SlTimelineItem it;
  cairo_surface_t *s;
  double x_mid, x_edge, x_out;
  int d_mid, d_edge, d_out;

  /* "early April 2024" spans April 1–10: zoom so that is wide */
  sl_timeline_viewport_show_range (&vp, (double) sl_time_from_ymd (2024, 3, 20),
                                   (double) sl_time_from_ymd (2024, 4, 25));
  g_assert_true (sl_timeline_painter_event_item (p, &vp, ids.early_april, &it));
  s = draw_to_image (p, &vp);
  x_mid = sl_timeline_viewport_x_of (&vp, (double) sl_time_from_ymd (2024, 4, 4));
  x_edge = sl_timeline_viewport_x_of (&vp, (double) sl_time_from_ymd (2024, 4, 1) + 3 * 3600);
  /* noon on a weekday: away from the day's grid line and the weekend shading */
  x_out = sl_timeline_viewport_x_of (&vp, (double) sl_time_from_ymd (2024, 3, 28) + SL_DAY / 2);
  /* off the mark but inside the band's height */
  d_mid = channel_distance (pixel_at (s, (int) x_mid, (int) it.cy + 6), &st->background);
  d_edge = channel_distance (pixel_at (s, (int) x_edge, (int) it.cy + 6), &st->background);
  d_out = channel_distance (pixel_at (s, (int) x_out, (int) it.cy + 6), &st->background);
  g_assert_cmpint (d_mid, >, 30);        /* the band is drawn across the days it may fall on */
  g_assert_cmpint (d_edge, <, d_mid);    /* with soft edges */
  g_assert_cmpint (d_out, <, 12);        /* and nothing before April */
  /* the band covers April 1 to 10, not just a point */
  g_assert_cmpfloat (it.x1 - it.x0, >, 8 * SL_DAY / sl_timeline_viewport_seconds_per_px (&vp));
  cairo_surface_destroy (s);
  sl_timeline_painter_free (p);
}

static void
test_hit_test_agrees (void)
{
  g_autoptr (SlModel) model = sl_fixture_generated (300, 6, 2, 11);
  SlTimelineViewport vp;
  SlTimelinePainter *p = story_painter (model, &vp);
  const SlTimelineItem *items;
  guint n, hits = 0;

  sl_timeline_viewport_zoom_at (&vp, 3, W / 2.0);
  items = sl_timeline_painter_layout (p, &vp, &n);
  g_assert_cmpuint (n, >, 10);
  for (guint i = 0; i < n; i++)
    {
      SlTimelineItem it = items[i];
      if (it.cx < 0 || it.cx >= W)
        continue;
      /* clicking a mark's centre selects that event */
      g_assert_cmpuint (sl_timeline_painter_hit_test (p, &vp, it.cx, it.cy), ==, it.event);
      items = sl_timeline_painter_layout (p, &vp, &n);
      hits++;
    }
  g_assert_cmpuint (hits, >, 10);
  /* the axis is not an event */
  g_assert_cmpuint (sl_timeline_painter_hit_test (p, &vp, W / 2.0, 5), ==, SL_NONE);
  sl_timeline_painter_free (p);
}

static gboolean
boxes_overlap (double ax0, double ay0, double ax1, double ay1, double bx0, double by0,
               double bx1, double by1)
{
  return ax0 < bx1 && bx0 < ax1 && ay0 < by1 && by0 < ay1;
}

static void
test_labels_never_overlap (void)
{
  guint checked_labels = 0;

  for (guint32 seed = 1; seed <= 6; seed++)
    {
      g_autoptr (SlModel) model = sl_fixture_generated (150 + seed * 60, 1 + seed % 4, 1 + seed, seed);
      SlTimelineViewport vp;
      SlTimelinePainter *p = story_painter (model, &vp);
      double zooms[] = { 1, 2.5, 7, 30 };

      for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
        {
          const SlTimelineItem *it;
          guint n;
          SlTimelineViewport v = vp;

          sl_timeline_viewport_zoom_at (&v, zooms[z], W * (0.2 + fmod (0.15 * seed, 0.6)));
          it = sl_timeline_painter_layout (p, &v, &n);
          for (guint i = 0; i < n; i++)
            {
              if (it[i].has_label)
                {
                  checked_labels++;
                  /* a label is right of its own mark */
                  g_assert_cmpfloat (it[i].lx0, >=, it[i].cx);
                }
              for (guint j = 0; j < n; j++)
                {
                  if (i == j)
                    continue;
                  /* no label over another label */
                  if (it[i].has_label && it[j].has_label && i < j)
                    g_assert_false (boxes_overlap (it[i].lx0, it[i].ly0, it[i].lx1, it[i].ly1,
                                                   it[j].lx0, it[j].ly0, it[j].lx1, it[j].ly1));
                  /* no label over another event's mark */
                  if (it[i].has_label)
                    g_assert_false (boxes_overlap (it[i].lx0, it[i].ly0, it[i].lx1, it[i].ly1,
                                                   it[j].cx - 5, it[j].cy - 5, it[j].cx + 5, it[j].cy + 5));
                  /* no two marks on top of each other */
                  if (i < j)
                    g_assert_false (boxes_overlap (it[i].cx - 5, it[i].cy - 5, it[i].cx + 5, it[i].cy + 5,
                                                   it[j].cx - 5, it[j].cy - 5, it[j].cx + 5, it[j].cy + 5));
                }
            }
        }
      sl_timeline_painter_free (p);
    }
  g_assert_cmpuint (checked_labels, >, 100);
}

static void
test_lanes_by_source (void)
{
  SlFixtureStory ids;
  g_autoptr (SlModel) model = sl_fixture_story (&ids);
  SlTimelinePainter *p = sl_timeline_painter_new ();
  guint lane;

  sl_timeline_painter_set_model (p, model);
  lane = sl_timeline_painter_lane_of_event (p, ids.statement);
  g_assert_cmpstr (sl_timeline_painter_lane_name (p, lane), ==, "John Kirby");
  g_assert_cmpuint (sl_timeline_painter_lane_of_event (p, ids.veto), ==, lane);
  g_assert_cmpstr (sl_timeline_painter_lane_name (p, sl_timeline_painter_lane_of_event (p, ids.summit)), ==, "Yonhap");
  /* lanes read in the order their stories begin: the 2023 trade band first */
  g_assert_cmpstr (sl_timeline_painter_lane_name (p, 0), ==, "Dan Tri");

  sl_timeline_painter_set_lane_mode (p, SL_LANE_BY_CATEGORY);
  g_assert_cmpstr (sl_timeline_painter_lane_name (p, sl_timeline_painter_lane_of_event (p, ids.veto)), ==, "Sanctions");
  sl_timeline_painter_set_lane_mode (p, SL_LANE_NONE);
  g_assert_cmpuint (sl_timeline_painter_n_lanes (p), ==, 1);
  sl_timeline_painter_free (p);
}

static void
test_dense_lanes_aggregate (void)
{
  g_autoptr (SlModel) model = sl_fixture_generated (20000, 4, 3, 5);
  SlTimelineViewport vp;
  SlTimelinePainter *p = story_painter (model, &vp);
  const SlTimelineItem *items;
  guint n;
  cairo_surface_t *s;

  /* zoomed out over 20,000 events: nothing is laid out one by one, density bars are drawn */
  items = sl_timeline_painter_layout (p, &vp, &n);
  (void) items;
  g_assert_cmpuint (n, ==, 0);
  s = draw_to_image (p, &vp);
  {
    const SlPaintStyle *st = sl_timeline_painter_get_style (p);
    guint inked = 0;
    double axis = sl_timeline_painter_axis_height (p);
    for (int x = 0; x < W; x += 7)
      for (int y = (int) axis + 2; y < H; y += 3)
        inked += channel_distance (pixel_at (s, x, y), &st->background) > 40;
    g_assert_cmpuint (inked, >, 500);
  }
  cairo_surface_destroy (s);

  /* zoomed into a few days the same lanes split into single events */
  sl_timeline_viewport_show_range (&vp, (double) sl_time_from_ymd (2001, 5, 1),
                                   (double) sl_time_from_ymd (2001, 5, 5));
  sl_timeline_painter_layout (p, &vp, &n);
  g_assert_cmpuint (n, >, 5);
  sl_timeline_painter_free (p);
}

static void
test_histogram_counts (void)
{
  g_autoptr (SlModel) model = sl_fixture_generated (5000, 3, 2, 21);
  SlTimelinePainter *p = sl_timeline_painter_new ();
  SlTimelineViewport vp;
  guint bins[97], grand = 0, expected_all = 0;
  SlTime t0 = sl_time_from_ymd (2000, 6, 1), t1 = sl_time_from_ymd (2001, 3, 1);

  sl_timeline_painter_set_model (p, model);
  sl_timeline_viewport_init (&vp, (double) t0, (double) t1, 1000, 600);
  for (guint lane = 0; lane < sl_timeline_painter_n_lanes (p); lane++)
    {
      guint expected = 0, total = sl_timeline_painter_lane_histogram (p, &vp, lane, bins, G_N_ELEMENTS (bins));
      guint sum = 0;

      for (guint i = 0; i < G_N_ELEMENTS (bins); i++)
        sum += bins[i];
      /* counted by brute force: the lane's events starting in the visible interval */
      for (guint32 e = 0; e < sl_model_n_events (model); e++)
        if (sl_timeline_painter_lane_of_event (p, e) == lane
            && sl_model_event (model, e)->start >= t0 && sl_model_event (model, e)->start < t1)
          expected++;
      g_assert_cmpuint (sum, ==, total);
      g_assert_cmpuint (total, ==, expected);
      /* and each bar counts exactly the starts between its edges */
      {
        guint want[G_N_ELEMENTS (bins)] = { 0 };
        double bin_s = (vp.width / G_N_ELEMENTS (bins)) * sl_timeline_viewport_seconds_per_px (&vp);

        for (guint32 e = 0; e < sl_model_n_events (model); e++)
          {
            SlTime st = sl_model_event (model, e)->start;

            if (sl_timeline_painter_lane_of_event (p, e) != lane)
              continue;
            for (guint i = 0; i < G_N_ELEMENTS (bins); i++)
              if (st >= (SlTime) floor (vp.t0 + i * bin_s) && st < (SlTime) floor (vp.t0 + (i + 1) * bin_s))
                want[i]++;
          }
        for (guint i = 0; i < G_N_ELEMENTS (bins); i++)
          g_assert_cmpuint (bins[i], ==, want[i]);
      }
      /* a few wide bins, each crowded, counted the other way, agree with the fine ones */
      {
        guint wide[4], fine_total = 0;
        double x_edge = vp.width / 4;

        sl_timeline_painter_lane_histogram (p, &vp, lane, wide, 4);
        for (guint w = 0; w < 4; w++)
          {
            guint in_fine = 0;
            for (guint i = 0; i < G_N_ELEMENTS (bins); i++)
              {
                double x0 = i * vp.width / G_N_ELEMENTS (bins);
                /* the fine bins wholly inside this wide one */
                if (x0 >= w * x_edge && x0 + vp.width / G_N_ELEMENTS (bins) <= (w + 1) * x_edge)
                  in_fine += bins[i];
              }
            g_assert_cmpuint (wide[w], >=, in_fine);
            fine_total += wide[w];
          }
        g_assert_cmpuint (fine_total, ==, total);
      }
      grand += total;
    }
  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    expected_all += sl_model_event (model, e)->start >= t0 && sl_model_event (model, e)->start < t1;
  /* every event in view is in exactly one lane's bars */
  g_assert_cmpuint (grand, ==, expected_all);
  g_assert_cmpuint (grand, >, 1000);
  sl_timeline_painter_free (p);
}

static void
test_selection_and_dark (void)
{
  SlFixtureStory ids;
  g_autoptr (SlModel) model = sl_fixture_story (&ids);
  SlTimelineViewport vp;
  SlTimelinePainter *p = story_painter (model, &vp);
  SlPaintStyle dark;
  SlTimelineItem it;
  cairo_surface_t *a, *b;
  guint32 pa, pb;

  g_assert_true (sl_timeline_painter_event_item (p, &vp, ids.veto, &it));
  a = draw_to_image (p, &vp);
  sl_timeline_painter_set_selected (p, ids.statement);
  g_assert_cmpuint (sl_timeline_painter_get_selected (p), ==, ids.statement);
  b = draw_to_image (p, &vp);
  /* selecting another event dims the veto's mark */
  pa = pixel_at (a, (int) it.cx, (int) it.cy);
  pb = pixel_at (b, (int) it.cx, (int) it.cy);
  g_assert_cmpint (channel_distance (pb, &sl_timeline_painter_get_style (p)->background), <,
                   channel_distance (pa, &sl_timeline_painter_get_style (p)->background));
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);

  sl_paint_style_init (&dark, TRUE);
  sl_timeline_painter_set_style (p, &dark);
  a = draw_to_image (p, &vp);
  g_assert_cmpint (channel_distance (pixel_at (a, W / 2, H - 3), &dark.background), <, 10);
  cairo_surface_destroy (a);
  sl_timeline_painter_free (p);
}

/* The y of a lane's header row, found as a user finds it: by pointing down the left edge. */
static double
header_y (SlTimelinePainter *p, const SlTimelineViewport *vp, guint lane)
{
  for (double y = sl_timeline_painter_axis_height (p); y < vp->height; y += 1)
    if (sl_timeline_painter_lane_header_at (p, vp, 30, y) == lane)
      return y;
  return -1;
}

static void
test_collapse_lane (void)
{
  SlFixtureStory ids;
  g_autoptr (SlModel) model = sl_fixture_story (&ids);
  SlTimelineViewport vp;
  SlTimelinePainter *p = story_painter (model, &vp);
  const SlPaintStyle *st = sl_timeline_painter_get_style (p);
  guint lane = sl_timeline_painter_lane_of_event (p, ids.veto), later = SL_NONE, n;
  SlTimelineItem veto, other, moved;
  const SlTimelineItem *items;
  cairo_surface_t *s;
  double hy, strip_y, open_h;
  SlTime t0, t1;
  SlEvent extra = { 0 };

  g_assert_true (sl_timeline_painter_event_item (p, &vp, ids.veto, &veto));
  /* an event in a lane further down, to see the lanes below move up */
  for (guint32 e = 0; e < sl_model_n_events (model) && later == SL_NONE; e++)
    if (sl_timeline_painter_lane_of_event (p, e) > lane
        && sl_timeline_painter_event_item (p, &vp, e, &other))
      later = e;
  g_assert_cmpuint (later, !=, SL_NONE);
  hy = header_y (p, &vp, lane);
  g_assert_cmpfloat (hy, >, 0);
  g_assert_cmpfloat (hy, <, veto.cy);
  s = draw_to_image (p, &vp);
  g_assert_cmpint (channel_distance (pixel_at (s, (int) veto.cx, (int) veto.cy),
                                     &st->category[SL_CATEGORY_SANCTIONS]), <, 60);
  cairo_surface_destroy (s);
  open_h = other.cy;

  /* a click on the header folds the lane: its events are no longer drawn or hit */
  g_assert_cmpuint (sl_timeline_painter_lane_header_at (p, &vp, 30, hy), ==, lane);
  sl_timeline_painter_set_lane_collapsed (p, lane, TRUE);
  g_assert_true (sl_timeline_painter_get_lane_collapsed (p, lane));
  g_assert_false (sl_timeline_painter_event_item (p, &vp, ids.veto, NULL));
  g_assert_false (sl_timeline_painter_event_item (p, &vp, ids.statement, NULL));
  items = sl_timeline_painter_layout (p, &vp, &n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (items[i].lane, !=, lane);
  g_assert_cmpuint (sl_timeline_painter_hit_test (p, &vp, veto.cx, veto.cy), !=, ids.veto);
  g_assert_true (sl_timeline_painter_event_item (p, &vp, later, &moved));
  g_assert_cmpfloat (moved.cy, <, open_h);

  /* the fold leaves a thin strip inked where the lane's events start */
  s = draw_to_image (p, &vp);
  strip_y = header_y (p, &vp, lane) + sl_timeline_painter_axis_height (p) / 2;
  {
    double x = sl_timeline_viewport_x_of (&vp, (double) sl_model_event (model, ids.veto)->start);
    int ink = 0;
    for (int dx = -3; dx <= 3; dx++)
      ink = MAX (ink, channel_distance (pixel_at (s, (int) x + dx, (int) strip_y), &st->background));
    /* strongly inked where the lane's events start; only a faint band where none do */
    g_assert_cmpint (ink, >, 100);
    g_assert_cmpint (channel_distance (pixel_at (s, 2, (int) strip_y), &st->background), <, 80);
    g_assert_cmpint (channel_distance (pixel_at (s, 2, (int) strip_y), &st->background), >, 5);
  }
  cairo_surface_destroy (s);

  /* the fold is kept by what the lane stands for: through a growing model and a change of
   * lane mode and back */
  extra.doc = sl_model_event (model, ids.veto)->doc;
  extra.label = sl_model_intern (model, "A later meeting");
  extra.when = sl_model_intern (model, "2030-01-02");
  sl_model_time_bounds (model, &t0, &t1);
  extra.start = t1 + 3 * SL_DAY;
  extra.end_t = extra.start + SL_DAY;
  sl_model_add_event (model, &extra, NULL, 0, NULL, 0);
  sl_timeline_painter_invalidate (p);
  lane = sl_timeline_painter_lane_of_event (p, ids.veto);
  g_assert_true (sl_timeline_painter_get_lane_collapsed (p, lane));
  sl_timeline_painter_set_lane_mode (p, SL_LANE_BY_CATEGORY);
  g_assert_false (sl_timeline_painter_get_lane_collapsed (p, sl_timeline_painter_lane_of_event (p, ids.veto)));
  sl_timeline_painter_set_lane_mode (p, SL_LANE_BY_SOURCE);
  lane = sl_timeline_painter_lane_of_event (p, ids.veto);
  g_assert_true (sl_timeline_painter_get_lane_collapsed (p, lane));
  /* and through the project being read again into a new model */
  {
    SlFixtureStory ids2;
    g_autoptr (SlModel) again = sl_fixture_story (&ids2);

    sl_timeline_painter_set_model (p, again);
    lane = sl_timeline_painter_lane_of_event (p, ids2.veto);
    g_assert_true (sl_timeline_painter_get_lane_collapsed (p, lane));
    g_assert_false (sl_timeline_painter_get_lane_collapsed (p, sl_timeline_painter_lane_of_event (p, ids2.summit)));
    sl_timeline_painter_set_model (p, model);
    lane = sl_timeline_painter_lane_of_event (p, ids.veto);
  }

  /* a second click opens it again: its rows come back where they were */
  hy = header_y (p, &vp, lane);
  g_assert_cmpuint (sl_timeline_painter_lane_header_at (p, &vp, 30, hy), ==, lane);
  sl_timeline_painter_set_lane_collapsed (p, lane, FALSE);
  g_assert_true (sl_timeline_painter_event_item (p, &vp, ids.veto, &moved));
  g_assert_cmpfloat (fabs (moved.cy - veto.cy), <, 0.5);
  g_assert_cmpuint (sl_timeline_painter_hit_test (p, &vp, moved.cx, moved.cy), ==, ids.veto);
  /* the header is a control only where it is drawn: far right on the header row is not */
  g_assert_cmpuint (sl_timeline_painter_lane_header_at (p, &vp, W - 5, hy), ==, SL_NONE);
  sl_timeline_painter_free (p);
}

/* When lanes lie below the screen, a band at the foot says so; events that would sit under
 * it are neither drawn there nor picked by a click on it. */
static void
test_footer_hides_nothing_clickable (void)
{
  g_autoptr (SlModel) model = sl_fixture_generated (3000, 30, 2.0, 7);
  SlTimelinePainter *p = sl_timeline_painter_new ();
  SlTimelineViewport vp;
  double band;
  guint under_band = 0;

  sl_timeline_painter_set_model (p, model);
  g_assert_cmpuint (sl_timeline_painter_n_lanes (p), ==, 30);
  /* the footer is one axis row high */
  band = sl_timeline_painter_axis_height (p) / 2;
  for (int h = 240; h <= 460; h += 5)
    {
      const SlTimelineItem *items;
      guint n;

      /* a taller screen: what it shows in the band's rows */
      sl_timeline_viewport_init (&vp, 0, 1, W, h + band);
      g_assert_true (sl_timeline_viewport_fit (&vp, model));
      items = sl_timeline_painter_layout (p, &vp, &n);
      for (guint i = 0; i < n; i++)
        if (items[i].cy > h - band && items[i].cy <= h)
          under_band++;

      sl_timeline_viewport_init (&vp, 0, 1, W, h);
      g_assert_true (sl_timeline_viewport_fit (&vp, model));
      items = sl_timeline_painter_layout (p, &vp, &n);
      g_assert_cmpuint (n, >, 0);
      for (guint i = 0; i < n; i++)
        {
          g_assert_cmpfloat (items[i].cy, <=, h - band);
          g_assert_cmpuint (sl_timeline_painter_hit_test (p, &vp, items[i].cx, h - band / 2), !=,
                            items[i].event);
        }
    }
  /* the sweep did put events where the band is */
  g_assert_cmpuint (under_band, >, 0);
  sl_timeline_painter_free (p);
}

static void
test_events_in_rect (void)
{
  g_autoptr (SlModel) model = sl_fixture_generated (400, 3, 1, 17);
  g_autoptr (GArray) got = g_array_new (FALSE, FALSE, sizeof (guint32));
  SlTimelineViewport vp;
  SlTimelinePainter *p = story_painter (model, &vp);
  const SlTimelineItem *items;
  guint n, expected = 0, hits = 0;
  double x0 = W * 0.3, x1 = W * 0.6, y0, y1;
  cairo_surface_t *a, *b;

  /* a few weeks across: events are drawn one by one */
  sl_timeline_viewport_show_range (&vp, (double) sl_time_from_ymd (2000, 3, 1),
                                   (double) sl_time_from_ymd (2000, 4, 1));
  items = sl_timeline_painter_layout (p, &vp, &n);
  g_assert_cmpuint (n, >, 10);
  y0 = sl_timeline_painter_axis_height (p);
  y1 = vp.height;
  g_assert_cmpuint (sl_timeline_painter_events_in_rect (p, &vp, x1, y1, x0, y0, got), ==, got->len);
  /* exactly the events whose marks are drawn in the band: each one is what a click on its
   * mark hits, and every mark there is caught */
  items = sl_timeline_painter_layout (p, &vp, &n);
  for (guint i = 0; i < n; i++)
    if (items[i].cx >= x0 && items[i].cx <= x1)
      expected++;
  g_assert_cmpuint (got->len, ==, expected);
  g_assert_cmpuint (got->len, >, 3);
  for (guint i = 0; i < got->len; i++)
    {
      guint32 e = g_array_index (got, guint32, i);
      SlTimelineItem it;
      double t = (sl_model_event (model, e)->start + sl_model_event (model, e)->end_t) / 2.0;

      g_assert_true (sl_timeline_painter_event_item (p, &vp, e, &it));
      g_assert_cmpuint (sl_timeline_painter_hit_test (p, &vp, it.cx, it.cy), ==, e);
      /* and its date lies in the band's time span (a mark sits within its interval) */
      g_assert_cmpfloat (t, >=, sl_timeline_viewport_time_at (&vp, x0) - SL_DAY);
      g_assert_cmpfloat (t, <=, sl_timeline_viewport_time_at (&vp, x1) + SL_DAY);
      hits++;
    }

  /* the caught events are drawn ringed as selected */
  a = draw_to_image (p, &vp);
  sl_timeline_painter_set_selection (p, (const guint32 *) got->data, got->len);
  g_assert_true (sl_timeline_painter_is_chosen (p, g_array_index (got, guint32, 0)));
  b = draw_to_image (p, &vp);
  {
    SlTimelineItem it;
    guint changed = 0;
    g_assert_true (sl_timeline_painter_event_item (p, &vp, g_array_index (got, guint32, 0), &it));
    for (int dx = -10; dx <= 10; dx++)
      changed += pixel_at (a, (int) it.cx + dx, (int) it.cy) != pixel_at (b, (int) it.cx + dx, (int) it.cy);
    g_assert_cmpuint (changed, >, 2);
  }
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
  g_assert_cmpuint (hits, ==, got->len);
  sl_timeline_painter_free (p);
}

/* Where each placed event is: (cx, cy) by event, and whether its label shows. */
static GHashTable *
placed (SlTimelinePainter *p, const SlTimelineViewport *vp)
{
  GHashTable *at = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  const SlTimelineItem *items;
  guint n = 0;

  items = sl_timeline_painter_layout (p, vp, &n);
  for (guint i = 0; i < n; i++)
    g_hash_table_insert (at, GUINT_TO_POINTER (items[i].event),
                         g_memdup2 (&items[i], sizeof items[i]));
  return at;
}

/* Counts the events placed with a label in before that moved, or lost the label, in after. */
static guint
moved (GHashTable *before, GHashTable *after)
{
  GHashTableIter iter;
  gpointer key, value;
  guint n = 0;

  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const SlTimelineItem *a = value, *b = g_hash_table_lookup (after, key);

      if (!a->has_label)
        continue;
      if (b == NULL || !b->has_label || fabs (a->cx - b->cx) > 0.01 || fabs (a->cy - b->cy) > 0.01)
        n++;
    }
  return n;
}

/* Click an event in a lane's second row, or pick a source whose events lie in one: the lane
 * reflowed to put the picked ones in its first row, so the event clicked jumped away from
 * the pointer and its neighbour took its place. Picking leaves every labelled event where it
 * was; an event shown without its label (a crowded lane) still gets one when picked. */
static void
test_picking_keeps_rows (void)
{
  g_autoptr (SlModel) story = sl_fixture_story (NULL);
  g_autoptr (SlModel) crowded = sl_fixture_generated (400, 4, 1.0, 7);
  SlModel *models[] = { story, crowded };
  guint second_row = 0, unlabelled = 0;

  for (guint m = 0; m < G_N_ELEMENTS (models); m++)
    {
      SlTimelineViewport vp;
      SlTimelinePainter *p = story_painter (models[m], &vp);
      g_autoptr (GHashTable) before = placed (p, &vp);
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, before);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          const SlTimelineItem *it = value;
          guint32 e = GPOINTER_TO_UINT (key);
          g_autoptr (GHashTable) after = NULL;

          if (it->has_label)
            {
              /* selected, then highlighted as a picked source's events are */
              sl_timeline_painter_set_selected (p, e);
              after = placed (p, &vp);
              g_assert_cmpuint (moved (before, after), ==, 0);
              g_clear_pointer (&after, g_hash_table_unref);
              sl_timeline_painter_set_selected (p, SL_NONE);
              sl_timeline_painter_set_highlight (p, &e, 1);
              after = placed (p, &vp);
              g_assert_cmpuint (moved (before, after), ==, 0);
              sl_timeline_painter_set_highlight (p, NULL, 0);
              second_row += it->row > 0;
            }
          else
            {
              const SlTimelineItem *now;

              sl_timeline_painter_set_selected (p, e);
              after = placed (p, &vp);
              now = g_hash_table_lookup (after, key);
              g_assert_nonnull (now);
              g_assert_true (now->has_label);
              sl_timeline_painter_set_selected (p, SL_NONE);
              unlabelled++;
            }
        }
      sl_timeline_painter_free (p);
    }
  g_test_message ("%u labelled events below a first row, %u placed without a label",
                  second_row, unlabelled);
  g_assert_cmpuint (second_row, >, 0);
  g_assert_cmpuint (unlabelled, >, 0);
}

/* Whether any pixel of column x between y0 and y1 differs from the background. */
static gboolean
column_inked (cairo_surface_t *s, int x, int y0, int y1, const SlRgba *background)
{
  for (int y = y0; y <= y1; y++)
    if (channel_distance (pixel_at (s, x, y), background) > 24)
      return TRUE;
  return FALSE;
}

/* A contested event's mark wears a red dashed ring a little wider than the mark; its label
 * was placed after the mark alone, so the ring touched the label's first letter ("⊗Russian
 * Foreign Ministry says…"). The label keeps the same clear space after the ring that other
 * labels keep after their marks. */
static void
test_contested_label_clear (void)
{
  SlFixtureStory ids;
  g_autoptr (SlModel) model = sl_fixture_story (&ids);
  SlTimelineViewport vp;
  SlTimelinePainter *p = story_painter (model, &vp);
  const SlPaintStyle *st = sl_timeline_painter_get_style (p);
  guint checked = 0;
  cairo_surface_t *s;

  s = draw_to_image (p, &vp);
  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    {
      SlTimelineItem it;
      int x, clear = 0, top, bottom;

      if (!sl_timeline_painter_event_item (p, &vp, e, &it) || !it.has_label
          || it.x1 - it.x0 > 30 || it.lx0 >= vp.width)
        continue;
      /* from the mark's centre rightwards: ink (mark, ring), then clear columns, then text */
      top = (int) it.y0 - 4;
      bottom = (int) it.y1 + 4;
      for (x = (int) it.cx;
           x < (int) it.lx0 + 12 && column_inked (s, x, top, bottom, &st->background); x++)
        ;
      for (; x < (int) it.lx0 + 12 && !column_inked (s, x, top, bottom, &st->background); x++)
        clear++;
      g_test_message ("event %u%s: %d clear columns between mark and label", e,
                      sl_model_event (model, e)->flags & SL_EVENT_CONTESTED ? " (contested)" : "",
                      clear);
      g_assert_cmpint (clear, >=, 2);
      checked += (sl_model_event (model, e)->flags & SL_EVENT_CONTESTED) != 0;
    }
  g_assert_cmpuint (checked, >, 0);
  cairo_surface_destroy (s);
  sl_timeline_painter_free (p);
}

/* Lanes scrolled off the top (a search scrolled to its match, or Down was pressed) left no
 * trace: the band at the foot counted only the lanes below, and with none below there was
 * nothing to say that lanes were hidden above. The band now counts either. */
static void
test_footer_counts_lanes_above (void)
{
  g_autoptr (SlModel) model = sl_fixture_story (NULL);
  SlTimelineViewport vp;
  SlTimelinePainter *p = story_painter (model, &vp);
  const SlPaintStyle *st = sl_timeline_painter_get_style (p);
  guint n = sl_timeline_painter_n_lanes (p);
  cairo_surface_t *s;

  g_assert_cmpuint (n, >, 2);
  /* every lane on screen: no band */
  s = draw_to_image (p, &vp);
  g_assert_cmpint (channel_distance (pixel_at (s, W / 2, H - 3), &st->background), <, 10);
  cairo_surface_destroy (s);

  /* scrolled to the last lane: none below, the others above; the band is drawn */
  vp.lane_offset = n - 1;
  s = draw_to_image (p, &vp);
  g_assert_cmpint (channel_distance (pixel_at (s, W / 2, H - 3), &st->axis_background), <, 10);
  g_assert_cmpint (channel_distance (pixel_at (s, W / 2, H - 3), &st->background), >, 10);
  cairo_surface_destroy (s);
  sl_timeline_painter_free (p);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/paint/viewport/zoom-keeps-anchor", test_viewport_zoom_anchor);
  g_test_add_func ("/paint/viewport/pan-and-fit", test_viewport_pan_fit);
  g_test_add_func ("/paint/axis/scale-choice", test_axis_scale_choice);
  g_test_add_func ("/paint/axis/floor-next-format", test_axis_floor_next);
  g_test_add_func ("/paint/timeline/pixels-at-event-dates", test_pixels_at_event);
  g_test_add_func ("/paint/timeline/uncertain-band", test_uncertain_band);
  g_test_add_func ("/paint/timeline/hit-test-agrees", test_hit_test_agrees);
  g_test_add_func ("/paint/timeline/labels-never-overlap", test_labels_never_overlap);
  g_test_add_func ("/paint/timeline/lanes-by-source", test_lanes_by_source);
  g_test_add_func ("/paint/timeline/dense-lanes-aggregate", test_dense_lanes_aggregate);
  g_test_add_func ("/paint/timeline/histogram-counts-its-events", test_histogram_counts);
  g_test_add_func ("/paint/timeline/selection-and-dark", test_selection_and_dark);
  g_test_add_func ("/paint/timeline/picking-keeps-rows", test_picking_keeps_rows);
  g_test_add_func ("/paint/timeline/contested-label-clear", test_contested_label_clear);
  g_test_add_func ("/paint/timeline/collapse-lane", test_collapse_lane);
  g_test_add_func ("/paint/timeline/rubber-band-catches-drawn-events", test_events_in_rect);
  g_test_add_func ("/paint/timeline/footer-hides-nothing-clickable", test_footer_hides_nothing_clickable);
  g_test_add_func ("/paint/timeline/footer-counts-lanes-above", test_footer_counts_lanes_above);
  return g_test_run ();
}
