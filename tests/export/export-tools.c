/* export-tools.c: poppler's pdfinfo and pdftotext, as a reader's tools would see our PDFs,
 * and the lanes read off an exported PNG. */
#include "export-tools.h"

#include <string.h>
#include <cairo.h>

char *
sl_test_run_tool (const char *tool, const char *const *args, const char *path,
                  const char *last)
{
  g_autofree char *exe = g_find_program_in_path (tool);
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  if (exe == NULL)
    {
      g_autofree char *msg = g_strdup_printf ("%s absent: install poppler-utils", tool);
      g_test_skip (msg);
      return NULL;
    }
  g_ptr_array_add (argv, exe);
  for (guint i = 0; args && args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, (gpointer) path);
  if (last)
    g_ptr_array_add (argv, (gpointer) last);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s %s failed: %s", tool, path, err);
  return out;
}

guint
sl_test_pdf_pages (const char *path, char **page_size)
{
  g_autofree char *info = sl_test_run_tool ("pdfinfo", NULL, path, NULL);
  g_auto (GStrv) lines = NULL;
  guint pages = 0;

  if (info == NULL)
    return 0;
  lines = g_strsplit (info, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      if (g_str_has_prefix (lines[i], "Pages:"))
        pages = (guint) g_ascii_strtoull (lines[i] + 6, NULL, 10);
      if (page_size && g_str_has_prefix (lines[i], "Page size:"))
        *page_size = g_strdup (g_strstrip (lines[i] + 10));
    }
  return pages;
}

char *
sl_test_pdf_text (const char *path)
{
  static const char *const args[] = { "-enc", "UTF-8", NULL };
  g_autofree char *raw = NULL;
  GString *out;
  gboolean space = FALSE;

  /* "-" after the input: the text on standard output */
  raw = sl_test_run_tool ("pdftotext", args, path, "-");
  if (raw == NULL)
    return NULL;
  out = g_string_new (NULL);
  for (const char *p = raw; *p; p++)
    {
      if (g_ascii_isspace (*p) || *p == '\f')
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

static int
pixel_distance (guint32 a, guint32 b)
{
  int d = 0;

  for (int shift = 0; shift < 24; shift += 8)
    d += ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff));
  return d;
}

guint
sl_test_png_lane_rules (const char *png, int x, int y0, int y1, int *rules, guint max)
{
  cairo_surface_t *s = cairo_image_surface_create_from_png (png);
  const guint8 *data;
  int stride, height;
  guint n = 0;

  g_assert_cmpint (cairo_surface_status (s), ==, CAIRO_STATUS_SUCCESS);
  data = cairo_image_surface_get_data (s);
  stride = cairo_image_surface_get_stride (s);
  height = cairo_image_surface_get_height (s);
  g_assert_cmpint (x, <, cairo_image_surface_get_width (s));
  y0 = MAX (y0, 1);
  y1 = MIN (y1, height - 1);
  for (int y = y0; y < y1 && n < max; y++)
    {
      guint32 above = *(const guint32 *) (data + (gsize) (y - 1) * stride + 4 * x);
      guint32 here = *(const guint32 *) (data + (gsize) y * stride + 4 * x);
      guint32 below = *(const guint32 *) (data + (gsize) (y + 1) * stride + 4 * x);

      /* a rule is one row unlike the rows on either side: lane stripes and a folded lane's
       * strip are several rows of one colour */
      if (pixel_distance (here, above) > 12 && pixel_distance (here, below) > 12)
        rules[n++] = y;
    }
  cairo_surface_destroy (s);
  return n;
}
