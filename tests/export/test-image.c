/* test-image.c: exported images look as they should — compared with stored golden images
 * within a tolerance — and carry their words: labels in the SVG, text in the PDF, the
 * articles drawn on as footnotes, the density a printer needs in the PNG.
 *
 * Golden images live in tests/export/golden/. After an intended change of the look, run
 *   SL_UPDATE_GOLDEN=1 <build>/tests/export/test-image
 * look at the new PNGs, and commit them (tests/export/golden/README.md says more). */
#include <string.h>
#include <glib/gstdio.h>
#include <cairo.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "export/sl-export.h"
#include "paint/sl-timeline-painter.h"
#include "export-fixture.h"
#include "export-tools.h"

/* How far a render may drift from its golden image: antialiasing and font hinting move a
 * few edge pixels; a moved mark, a lost label or another colour moves many. */
#define GOLDEN_MAX_CHANNEL_DIFF 48      /* a pixel differs when a channel moves more than this */
#define GOLDEN_MAX_DIFFERENT    0.004   /* … and at most this share of pixels may differ */
#define GOLDEN_MAX_MEAN         1.5     /* mean absolute difference per channel, 0–255 */

static char *
tmp_dir (void)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("sl-image-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_dir (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (dir);
}

static void
export_or_fail (SlModel *model, const SlExportOptions *opts, const char *path)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (sl_export_image (model, opts, path, &error));
  g_assert_no_error (error);
}

/* The story between New Year 2023 and July 2024, as the window would show it. */
static void
story_options (SlExportOptions *opts, gboolean dark)
{
  sl_export_options_init (opts);
  opts->width = 800;
  opts->height = 450;
  opts->dark = dark;
  opts->has_range = TRUE;
  opts->from = sl_time_from_ymd (2023, 1, 1);
  opts->to = sl_time_from_ymd (2024, 8, 1);
}

static void
compare_golden (const char *name, gboolean dark)
{
  g_autoptr (SlModel) model = sl_export_fixture_story_unedited (NULL);
  g_autofree char *golden = g_test_build_filename (G_TEST_DIST, "export", "golden", name, NULL);
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = g_build_filename (dir, name, NULL);
  cairo_surface_t *a, *b;
  SlExportOptions opts;
  int w, h, sa, sb;
  guint different = 0;
  double sum = 0, share, mean;

  story_options (&opts, dark);
  export_or_fail (model, &opts, path);

  if (g_getenv ("SL_UPDATE_GOLDEN"))
    {
      g_autofree char *data = NULL;
      gsize len;
      g_assert_true (g_file_get_contents (path, &data, &len, NULL));
      g_assert_true (g_file_set_contents (golden, data, len, NULL));
      g_test_message ("wrote %s", golden);
      remove_dir (dir);
      return;
    }
  if (!g_file_test (golden, G_FILE_TEST_EXISTS))
    g_error ("%s is missing: run SL_UPDATE_GOLDEN=1 %s to make it", golden, g_get_prgname ());

  a = cairo_image_surface_create_from_png (golden);
  b = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (a), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_surface_status (b), ==, CAIRO_STATUS_SUCCESS);
  w = cairo_image_surface_get_width (a);
  h = cairo_image_surface_get_height (a);
  g_assert_cmpint (cairo_image_surface_get_width (b), ==, w);
  g_assert_cmpint (cairo_image_surface_get_height (b), ==, h);
  sa = cairo_image_surface_get_stride (a);
  sb = cairo_image_surface_get_stride (b);
  for (int y = 0; y < h; y++)
    {
      const guint32 *ra = (const guint32 *) (cairo_image_surface_get_data (a) + (gsize) y * sa);
      const guint32 *rb = (const guint32 *) (cairo_image_surface_get_data (b) + (gsize) y * sb);
      for (int x = 0; x < w; x++)
        {
          int worst = 0;
          for (int shift = 0; shift < 32; shift += 8)
            {
              int d = ABS ((int) ((ra[x] >> shift) & 0xff) - (int) ((rb[x] >> shift) & 0xff));
              worst = MAX (worst, d);
              sum += d;
            }
          if (worst > GOLDEN_MAX_CHANNEL_DIFF)
            different++;
        }
    }
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
  share = (double) different / ((double) w * h);
  mean = sum / ((double) w * h * 4);
  g_test_message ("%s: %.3f%% of pixels differ, mean difference %.3f", name, share * 100, mean);
  if (share > GOLDEN_MAX_DIFFERENT || mean > GOLDEN_MAX_MEAN)
    g_error ("%s differs from its golden image: %.3f%% of pixels (at most %.3f%%), mean %.3f "
             "(at most %.1f); the new render is %s", name, share * 100,
             GOLDEN_MAX_DIFFERENT * 100, mean, GOLDEN_MAX_MEAN, path);
  remove_dir (dir);
}

static void
test_golden_light (void)
{
  compare_golden ("timeline-light.png", FALSE);
}

static void
test_golden_dark (void)
{
  compare_golden ("timeline-dark.png", TRUE);
}

/* ------------------------------------------------------------------------------------------ */

static void
collect_text (xmlNode *node, GString *out)
{
  for (; node; node = node->next)
    {
      if (node->type == XML_ELEMENT_NODE && xmlStrcmp (node->name, BAD_CAST "text") == 0)
        {
          xmlChar *content = xmlNodeGetContent (node);
          g_string_append_printf (out, "%s\n", (const char *) content);
          xmlFree (content);
        }
      collect_text (node->children, out);
    }
}

static void
test_svg_labels (void)
{
  g_autoptr (SlModel) model = sl_export_fixture_story_unedited (NULL);
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "story.svg", NULL);
  g_autoptr (GString) text = g_string_new (NULL);
  SlExportOptions opts;
  xmlDoc *doc;

  story_options (&opts, FALSE);
  opts.width = 1400;
  opts.format = SL_EXPORT_SVG;
  export_or_fail (model, &opts, path);
  doc = xmlReadFile (path, NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  g_assert_cmpstr ((const char *) xmlDocGetRootElement (doc)->name, ==, "svg");
  collect_text (xmlDocGetRootElement (doc), text);
  xmlFreeDoc (doc);

  /* every event drawn, by its label; the heading; the articles drawn on */
  g_assert_nonnull (strstr (text->str, "Pipeline deal signed in Vienna\n"));
  g_assert_nonnull (strstr (text->str, "Ministry denies the route changed\n"));
  g_assert_nonnull (strstr (text->str, "Talks on the line begin\n"));
  g_assert_nonnull (strstr (text->str, "Inspectors visit the pumping stations, \"a first\"\n"));
  g_assert_nonnull (strstr (text->str, "3 articles\n"));
  g_assert_nonnull (strstr (text->str, "Sources: Northern Courier, “Pipeline deal signed in Vienna”, 14 March 2024, "
                                       "https://courier.example/2024/03/14/pipeline; Eastern Gazette"));
  /* hidden, and outside the range */
  g_assert_null (strstr (text->str, "Rumour of a second line"));
  g_assert_null (strstr (text->str, "Line to carry"));
  remove_dir (dir);
}

static void
test_pdf_text_and_options (void)
{
  g_autoptr (SlModel) model = sl_export_fixture_story_unedited (NULL);
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "story.pdf", NULL);
  g_autofree char *text = NULL, *bare = NULL;
  SlExportOptions opts;

  story_options (&opts, FALSE);
  opts.format = SL_EXPORT_PDF;
  opts.title = "Pipeline, March 2024";
  opts.from = sl_time_from_ymd (2024, 3, 1);
  opts.to = sl_time_from_ymd (2024, 4, 1);
  export_or_fail (model, &opts, path);
  if (sl_test_pdf_pages (path, NULL) == 0)
    {
      remove_dir (dir);
      return;
    }
  g_assert_cmpuint (sl_test_pdf_pages (path, NULL), ==, 1);
  text = sl_test_pdf_text (path);
  g_assert_nonnull (strstr (text, "Pipeline, March 2024"));
  /* the range, and how many of the events it holds */
  g_assert_nonnull (strstr (text, "1 Mar 2024 – 31 Mar 2024 · 3 events (3 more outside the range)"));
  g_assert_nonnull (strstr (text, "Ministry denies the route changed"));
  g_assert_nonnull (strstr (text, "Asserts"));
  g_assert_nonnull (strstr (text, "Sources: Northern Courier"));

  /* without legend and footnotes */
  opts.legend = FALSE;
  opts.footnotes = FALSE;
  export_or_fail (model, &opts, path);
  bare = sl_test_pdf_text (path);
  g_assert_null (strstr (bare, "Asserts"));
  g_assert_null (strstr (bare, "Sources:"));
  g_assert_nonnull (strstr (bare, "Ministry denies the route changed"));
  remove_dir (dir);
}

/* ------------------------------------------------------------------------------------------ */

static guint32
be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static guint32
crc32_png (const guint8 *data, gsize len)
{
  guint32 c = 0xffffffffu;

  for (gsize i = 0; i < len; i++)
    {
      c ^= data[i];
      for (int k = 0; k < 8; k++)
        c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
    }
  return ~c;
}

static void
test_png_dpi (void)
{
  g_autoptr (SlModel) model = sl_export_fixture_story_unedited (NULL);
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "a6.png", NULL);
  g_autofree guint8 *data = NULL;
  gsize len, pos = 8;
  gboolean phys = FALSE;
  SlExportOptions opts;
  cairo_surface_t *s;

  /* A6 landscape in points at 300 dpi: 1750 × 1242 pixels */
  sl_export_options_init (&opts);
  opts.width = 420;
  opts.height = 298;
  opts.dpi = 300;
  export_or_fail (model, &opts, path);
  s = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (s), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (s), ==, 1750);
  g_assert_cmpint (cairo_image_surface_get_height (s), ==, 1242);
  cairo_surface_destroy (s);

  /* every chunk's CRC holds; pHYs says 300 dpi (11811 pixels a metre) right after IHDR */
  g_assert_true (g_file_get_contents (path, (char **) &data, &len, NULL));
  while (pos + 12 <= len)
    {
      guint32 n = be32 (data + pos);
      g_assert_cmpuint (pos + 12 + n, <=, len);
      g_assert_cmpuint (crc32_png (data + pos + 4, n + 4), ==, be32 (data + pos + 8 + n));
      if (memcmp (data + pos + 4, "pHYs", 4) == 0)
        {
          g_assert_cmpuint (pos, ==, 33);
          g_assert_cmpuint (be32 (data + pos + 8), ==, 11811);
          g_assert_cmpuint (be32 (data + pos + 12), ==, 11811);
          g_assert_cmpuint (data[pos + 16], ==, 1);
          phys = TRUE;
        }
      pos += 12 + n;
    }
  g_assert_cmpuint (pos, ==, len);
  g_assert_true (phys);
  remove_dir (dir);
}

static guint32
pixel_at (const char *path, int x, int y)
{
  cairo_surface_t *s = cairo_image_surface_create_from_png (path);
  guint32 v;

  g_assert_cmpint (cairo_surface_status (s), ==, CAIRO_STATUS_SUCCESS);
  v = *(const guint32 *) (cairo_image_surface_get_data (s) + (gsize) y * cairo_image_surface_get_stride (s) + 4 * x);
  cairo_surface_destroy (s);
  return v;
}

/* Rows of the image whose last columns before x_edge hold text ink: dark, neutral pixels on
 * the light canvas (marks are coloured, grid lines pale). */
static guint
ink_rows_before (const char *path, int x_edge, int columns)
{
  cairo_surface_t *s = cairo_image_surface_create_from_png (path);
  const guchar *data;
  int stride, h;
  guint rows = 0;

  g_assert_cmpint (cairo_surface_status (s), ==, CAIRO_STATUS_SUCCESS);
  data = cairo_image_surface_get_data (s);
  stride = cairo_image_surface_get_stride (s);
  h = cairo_image_surface_get_height (s);
  for (int y = 0; y < h; y++)
    for (int x = x_edge - columns; x < x_edge; x++)
      {
        guint32 v = *(const guint32 *) (data + (gsize) y * stride + 4 * x);
        int r = (v >> 16) & 0xff, g = (v >> 8) & 0xff, b = v & 0xff;

        if (MAX (r, MAX (g, b)) < 110 && MAX (r, MAX (g, b)) - MIN (r, MIN (g, b)) < 40)
          {
            rows++;
            break;
          }
      }
  cairo_surface_destroy (s);
  return rows;
}

/* A label too long for the room left before the picture's right edge ends in an ellipsis
 * before it: no letters are sliced by the edge, in the timeline alone or beside the graph, and
 * the graph's names keep inside its side of a "both" picture. */
static void
test_labels_end_before_edge (void)
{
  g_autoptr (SlModel) model = sl_export_fixture_story_unedited (NULL);
  g_autofree char *dir = tmp_dir ();
  g_autofree char *timeline = g_build_filename (dir, "timeline.png", NULL);
  g_autofree char *both = g_build_filename (dir, "both.png", NULL);
  SlExportOptions opts;
  SlEvent ev = { 0 };

  /* the latest event of the story, with a headline as long as some are */
  ev.label = sl_model_intern (model, "Regulators in three countries open a joint review of "
                                     "the pipeline consortium's financing arrangements");
  ev.when = sl_model_intern (model, "2024-07-20");
  ev.timex = SL_NONE;
  g_assert_true (sl_time_interval_from_value ("2024-07-20", SL_MOD_NONE, &ev.start, &ev.end_t));
  sl_model_add_event (model, &ev, NULL, 0, NULL, 0);

  story_options (&opts, FALSE);
  opts.legend = FALSE;
  opts.footnotes = FALSE;
  opts.title = "Pipeline";
  export_or_fail (model, &opts, timeline);
  g_assert_cmpuint (ink_rows_before (timeline, opts.width, 3), ==, 0);

  /* "both": the timeline's edge is where the graph begins */
  opts.view = SL_EXPORT_VIEW_BOTH;
  opts.width = 1000;
  opts.height = 600;
  export_or_fail (model, &opts, both);
  g_assert_cmpuint (ink_rows_before (both, opts.width * 62 / 100, 3), ==, 0);

  /* nor do the graph's names beside it start before its left edge */
  g_assert_cmpuint (ink_rows_before (both, opts.width * 62 / 100 + 5, 4), ==, 0);
  /* the long label is still drawn, up to the room it has */
  g_assert_cmpuint (ink_rows_before (both, opts.width * 62 / 100 - 30, 20), >, 0);
  remove_dir (dir);
}

static void
test_png_size_and_theme (void)
{
  g_autoptr (SlModel) model = sl_export_fixture_story_unedited (NULL);
  g_autofree char *dir = tmp_dir ();
  g_autofree char *light = g_build_filename (dir, "light.png", NULL);
  g_autofree char *dark = g_build_filename (dir, "dark.png", NULL);
  SlExportOptions opts;
  cairo_surface_t *s;
  guint32 lp, dp;

  /* any pixel size: a 4K frame as 1920 × 1080 at scale 2 */
  sl_export_options_init (&opts);
  opts.width = 1920;
  opts.height = 1080;
  opts.scale = 2;
  export_or_fail (model, &opts, light);
  s = cairo_image_surface_create_from_png (light);
  g_assert_cmpint (cairo_image_surface_get_width (s), ==, 3840);
  g_assert_cmpint (cairo_image_surface_get_height (s), ==, 2160);
  cairo_surface_destroy (s);

  opts.scale = 1;
  opts.width = 300;
  opts.height = 200;
  export_or_fail (model, &opts, light);
  opts.dark = TRUE;
  export_or_fail (model, &opts, dark);
  /* the canvas in the top corner: white, and near black */
  lp = pixel_at (light, 2, 2);
  dp = pixel_at (dark, 2, 2);
  g_assert_cmpuint ((lp >> 8) & 0xff, >, 230);
  g_assert_cmpuint ((dp >> 8) & 0xff, <, 60);
  remove_dir (dir);
}

static void
test_default_range_skips_outliers (void)
{
  g_autoptr (SlModel) model = sl_export_fixture_story_unedited (NULL);
  SlEvent ev = { 0 };
  SlTime from, to;

  /* "weapons made in the 1970s": decades before everything else */
  ev.label = sl_model_intern (model, "Compressor stations built");
  ev.when = sl_model_intern (model, "197");
  ev.timex = SL_NONE;
  g_assert_true (sl_time_interval_from_value ("197", SL_MOD_NONE, &ev.start, &ev.end_t));
  sl_model_add_event (model, &ev, NULL, 0, NULL, 0);

  g_assert_true (sl_export_default_range (model, FALSE, &from, &to));
  g_assert_cmpint (from, ==, sl_time_from_ymd (2023, 1, 1));
  g_assert_cmpint (to, ==, sl_time_from_ymd (2027, 1, 1));
  g_assert_true (sl_export_default_range (model, TRUE, &from, &to));
  g_assert_cmpint (from, ==, sl_time_from_ymd (1970, 1, 1));
}

/* A project where the analyst hid one event and deleted another exports without them. Run in
 * a subprocess: a crash in the painters fails this test alone. */
static void
test_analyst_edits (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr (SlModel) model = sl_export_fixture_story (NULL);
      g_autofree char *dir = tmp_dir ();
      g_autofree char *path = g_build_filename (dir, "edited.svg", NULL);
      g_autofree char *svg = NULL;
      SlExportOptions opts;

      story_options (&opts, FALSE);
      opts.view = SL_EXPORT_VIEW_BOTH;
      opts.format = SL_EXPORT_SVG;
      /* tall enough for every lane: an event under the "more lanes below" band is not shown */
      opts.height = 600;
      export_or_fail (model, &opts, path);
      g_assert_true (g_file_get_contents (path, &svg, NULL, NULL));
      g_assert_nonnull (strstr (svg, "Ministry denies the route changed"));
      g_assert_null (strstr (svg, "Rumour of a second line"));
      g_assert_null (strstr (svg, "Duplicate of the signing"));
      remove_dir (dir);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* A lane folded in the window is folded in the image: its band shrinks to the header over a
 * thin density strip, the lanes under it move up and keep their heights, and its events are
 * not drawn. */
static void
test_folded_lane (void)
{
  g_autoptr (SlModel) model = sl_export_fixture_story_unedited (NULL);
  g_autofree char *dir = tmp_dir ();
  g_autofree char *open_png = g_build_filename (dir, "open.png", NULL);
  g_autofree char *folded_png = g_build_filename (dir, "folded.png", NULL);
  g_autofree char *folded_svg = g_build_filename (dir, "folded.svg", NULL);
  g_autofree char *open_svg = g_build_filename (dir, "open.svg", NULL);
  g_autofree char *svg = NULL;
  SlTimelinePainter *tp = sl_timeline_painter_new ();
  const char *folded[] = { NULL, NULL };
  int open_rules[16], folded_rules[16];
  guint n_open, n_folded;
  SlExportOptions opts;

  /* the top lane's name, as the window's painter would report it */
  sl_timeline_painter_set_model (tp, model);
  g_assert_cmpuint (sl_timeline_painter_n_lanes (tp), >=, 3);
  folded[0] = sl_timeline_painter_lane_name (tp, 0);

  story_options (&opts, FALSE);
  opts.legend = FALSE;
  opts.footnotes = FALSE;
  export_or_fail (model, &opts, open_png);
  opts.folded_lanes = folded;
  export_or_fail (model, &opts, folded_png);

  n_open = sl_test_png_lane_rules (open_png, 2, 0, opts.height, open_rules, G_N_ELEMENTS (open_rules));
  n_folded = sl_test_png_lane_rules (folded_png, 2, 0, opts.height, folded_rules, G_N_ELEMENTS (folded_rules));
  /* the axis's rule, then one rule under each lane: as many lanes either way */
  g_assert_cmpuint (n_open, >=, 4);
  g_assert_cmpuint (n_folded, ==, n_open);
  g_assert_cmpint (folded_rules[0], ==, open_rules[0]);
  /* the folded lane is a header and a strip: well under the open lane's height */
  g_assert_cmpint (folded_rules[1] - folded_rules[0], >, 10);
  g_assert_cmpint (4 * (folded_rules[1] - folded_rules[0]), <=, 3 * (open_rules[1] - open_rules[0]));
  /* the lanes under it moved up and kept their heights */
  g_assert_cmpint (folded_rules[1], <, open_rules[1]);
  for (guint i = 2; i < n_open; i++)
    g_assert_cmpint (folded_rules[i] - folded_rules[i - 1], ==, open_rules[i] - open_rules[i - 1]);

  /* its event is counted in the strip, not drawn with its label */
  opts.format = SL_EXPORT_SVG;
  export_or_fail (model, &opts, folded_svg);
  opts.folded_lanes = NULL;
  export_or_fail (model, &opts, open_svg);
  g_assert_true (g_file_get_contents (open_svg, &svg, NULL, NULL));
  g_assert_nonnull (strstr (svg, "Talks on the line begin"));
  g_clear_pointer (&svg, g_free);
  g_assert_true (g_file_get_contents (folded_svg, &svg, NULL, NULL));
  g_assert_null (strstr (svg, "Talks on the line begin"));
  g_assert_nonnull (strstr (svg, "Pipeline deal signed in Vienna"));

  sl_timeline_painter_free (tp);
  remove_dir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/export/image/golden/timeline-light", test_golden_light);
  g_test_add_func ("/export/image/golden/timeline-dark", test_golden_dark);
  g_test_add_func ("/export/image/svg-labels", test_svg_labels);
  g_test_add_func ("/export/image/pdf-text-and-options", test_pdf_text_and_options);
  g_test_add_func ("/export/image/png-dpi", test_png_dpi);
  g_test_add_func ("/export/image/png-size-and-theme", test_png_size_and_theme);
  g_test_add_func ("/export/image/labels-end-before-edge", test_labels_end_before_edge);
  g_test_add_func ("/export/image/default-range-skips-outliers", test_default_range_skips_outliers);
  g_test_add_func ("/export/image/analyst-edits/hidden-and-deleted", test_analyst_edits);
  g_test_add_func ("/export/image/folded-lane", test_folded_lane);
  return g_test_run ();
}
