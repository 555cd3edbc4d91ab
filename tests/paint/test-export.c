/* test-export.c: images written by the export stage open as what they claim to be. */
#include <string.h>
#include <glib/gstdio.h>
#include <cairo.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "export/sl-export.h"
#include "paint-fixture.h"

static char *
tmp_dir (void)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("sl-export-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static guint
count_entries (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (d))
    n++;
  return n;
}

static void
test_png (void)
{
  g_autoptr (SlModel) model = sl_fixture_story (NULL);
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "timeline.png", NULL);
  g_autoptr (GError) error = NULL;
  SlExportOptions opts;
  cairo_surface_t *s;

  sl_export_options_init (&opts);
  opts.width = 800;
  opts.height = 500;
  opts.scale = 2;
  g_assert_true (sl_export_image (model, &opts, path, &error));
  g_assert_no_error (error);

  s = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (s), ==, CAIRO_STATUS_SUCCESS);
  /* scale 2 doubles the pixels */
  g_assert_cmpint (cairo_image_surface_get_width (s), ==, 1600);
  g_assert_cmpint (cairo_image_surface_get_height (s), ==, 1000);
  cairo_surface_destroy (s);
  /* the temporary file is gone: only the image is left */
  g_assert_cmpuint (count_entries (dir), ==, 1);
  g_unlink (path);
  g_rmdir (dir);
}

/* Whether an element named `name` (with `text` as its content, when given) is in the tree. */
static gboolean
svg_has (xmlNode *node, const char *name, const char *text)
{
  for (; node; node = node->next)
    {
      if (node->type == XML_ELEMENT_NODE && xmlStrcmp (node->name, BAD_CAST name) == 0)
        {
          xmlChar *content = xmlNodeGetContent (node);
          gboolean match = text == NULL || g_strcmp0 ((const char *) content, text) == 0;
          xmlFree (content);
          if (match)
            return TRUE;
        }
      if (svg_has (node->children, name, text))
        return TRUE;
    }
  return FALSE;
}

static void
test_svg (void)
{
  g_autoptr (SlModel) model = sl_fixture_story (NULL);
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "both.svg", NULL);
  g_autoptr (GError) error = NULL;
  SlExportOptions opts;
  xmlDoc *doc;
  xmlNode *root;
  xmlChar *width;

  sl_export_options_init (&opts);
  opts.view = SL_EXPORT_VIEW_BOTH;
  g_assert_true (sl_export_format_from_path (path, &opts.format));
  g_assert_cmpint (opts.format, ==, SL_EXPORT_SVG);
  opts.width = 1200;
  opts.height = 900;
  g_assert_true (sl_export_image (model, &opts, path, &error));
  g_assert_no_error (error);

  doc = xmlReadFile (path, NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  root = xmlDocGetRootElement (doc);
  g_assert_cmpstr ((const char *) root->name, ==, "svg");
  width = xmlGetProp (root, BAD_CAST "width");
  g_assert_nonnull (width);
  g_assert_cmpfloat (g_ascii_strtod ((const char *) width, NULL), ==, 1200);
  /* the labels are drawn (as glyphs) and present as text, for search and selection */
  g_assert_true (svg_has (root->children, "use", NULL));
  g_assert_true (svg_has (root->children, "text", "Veto ends the UN sanctions monitoring panel"));
  g_assert_true (svg_has (root->children, "text", "John Kirby"));
  xmlFree (width);
  xmlFreeDoc (doc);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_pdf (void)
{
  g_autoptr (SlModel) model = sl_fixture_story (NULL);
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "graph.pdf", NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *data = NULL;
  gsize len;
  SlExportOptions opts;
  guint pages = 0;

  sl_export_options_init (&opts);
  opts.view = SL_EXPORT_VIEW_GRAPH;
  opts.format = SL_EXPORT_PDF;
  g_assert_true (sl_export_image (model, &opts, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  g_assert_cmpuint (len, >, 1000);
  g_assert_true (memcmp (data, "%PDF-", 5) == 0);
  /* one page: count page objects, not the page tree */
  for (const char *p = data; (p = memmem (p, len - (p - data), "/Type /Page", 11)) != NULL; p++)
    if (p[11] != 's')
      pages++;
  g_assert_cmpuint (pages, ==, 1);
  g_assert_nonnull (memmem (data + len - MIN (len, 32), MIN (len, 32), "%%EOF", 5));
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_failures_leave_nothing (void)
{
  g_autoptr (SlModel) model = sl_fixture_story (NULL);
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "keep.png", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "out.png", NULL);
  g_autofree char *data = NULL;
  g_autoptr (GError) error = NULL;
  SlExportOptions opts;

  /* an earlier file survives an export that fails */
  g_assert_true (g_file_set_contents (path, "earlier", -1, NULL));
  sl_export_options_init (&opts);
  opts.width = 50000;
  g_assert_false (sl_export_image (model, &opts, path, &error));
  g_assert_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  g_assert_cmpstr (data, ==, "earlier");

  /* a folder that does not exist is an error with a message, not a crash */
  sl_export_options_init (&opts);
  g_assert_false (sl_export_image (model, &opts, missing, &error));
  g_assert_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "no-such-folder"));
  g_assert_cmpuint (count_entries (dir), ==, 1);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_names (void)
{
  SlExportFormat f;
  SlExportView v;

  g_assert_true (sl_export_format_from_string ("PDF", &f));
  g_assert_cmpint (f, ==, SL_EXPORT_PDF);
  g_assert_false (sl_export_format_from_string ("gif", &f));
  g_assert_true (sl_export_format_from_path ("/a/b.c/out.svg", &f));
  g_assert_cmpint (f, ==, SL_EXPORT_SVG);
  g_assert_false (sl_export_format_from_path ("/a/b.png/out", &f));
  g_assert_true (sl_export_view_from_string ("both", &v));
  g_assert_cmpint (v, ==, SL_EXPORT_VIEW_BOTH);
}

/* The pixels of a PNG export of the graph view, laid out as layout has it (NULL: afresh). */
static cairo_surface_t *
export_graph (SlModel *model, SlGraphLayout *layout, const char *path)
{
  g_autoptr (GError) error = NULL;
  SlExportOptions opts;
  cairo_surface_t *s;

  sl_export_options_init (&opts);
  opts.view = SL_EXPORT_VIEW_GRAPH;
  opts.width = 700;
  opts.height = 450;
  opts.graph_layout = layout;
  g_assert_true (sl_export_image (model, &opts, path, &error));
  g_assert_no_error (error);
  s = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (s), ==, CAIRO_STATUS_SUCCESS);
  return s;
}

static guint
pixels_differing (cairo_surface_t *a, cairo_surface_t *b)
{
  int stride = cairo_image_surface_get_stride (a), h = cairo_image_surface_get_height (a);
  const guint32 *pa = (const guint32 *) cairo_image_surface_get_data (a);
  const guint32 *pb = (const guint32 *) cairo_image_surface_get_data (b);
  guint n = 0;

  g_assert_cmpint (stride, ==, cairo_image_surface_get_stride (b));
  for (int i = 0; i < stride / 4 * h; i++)
    n += pa[i] != pb[i];
  return n;
}

/* The window's graph as laid out on screen goes into the image: a node the analyst dragged
 * far from the others is drawn far from them; an untouched layered layout changes nothing. */
static void
test_graph_as_laid_out (void)
{
  SlFixtureStory ids;
  g_autoptr (SlModel) model = sl_fixture_story (&ids);
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "graph.png", NULL);
  SlGraphLayout *window = sl_graph_layout_new (model);
  cairo_surface_t *fresh, *same, *pinned;
  double x0, y0, x1, y1;

  sl_graph_layout_run_layered (window);
  fresh = export_graph (model, NULL, path);
  same = export_graph (model, window, path);
  g_assert_cmpuint (pixels_differing (fresh, same), ==, 0);

  g_assert_true (sl_graph_layout_bounds (window, &x0, &y0, &x1, &y1));
  sl_graph_layout_pin_node (window, sl_graph_layout_node_of_source (window, ids.src_rusi),
                            x0 - 4 * (x1 - x0), y1);
  pinned = export_graph (model, window, path);
  /* the graph is drawn anew, small beside the far node (some 24,000 pixels differ here; the
   * legend, title and sources at the foot are the same) */
  g_assert_cmpuint (pixels_differing (fresh, pinned), >, 10000);
  cairo_surface_destroy (fresh);
  cairo_surface_destroy (same);
  cairo_surface_destroy (pinned);
  sl_graph_layout_free (window);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/paint/export/png", test_png);
  g_test_add_func ("/paint/export/svg", test_svg);
  g_test_add_func ("/paint/export/pdf", test_pdf);
  g_test_add_func ("/paint/export/failures-leave-nothing", test_failures_leave_nothing);
  g_test_add_func ("/paint/export/names", test_names);
  g_test_add_func ("/paint/export/graph-as-laid-out", test_graph_as_laid_out);
  return g_test_run ();
}
