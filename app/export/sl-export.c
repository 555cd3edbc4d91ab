/* sl-export.c: the timeline and graph painters onto PNG, SVG and PDF surfaces, under a title,
 * the date range and a legend. Files are written beside their destination under a temporary
 * name and renamed into place only once complete. */
#include "sl-export.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>

#include "paint/sl-paint-style.h"
#include "paint/sl-timeline-painter.h"
#include "paint/sl-graph-painter.h"

#define DEFAULT_WIDTH 1600
#define DEFAULT_HEIGHT 900
#define MAX_SIDE 20000
#define MAX_PNG_PIXELS (400.0 * 1000 * 1000) /* 1.6 GB of ARGB */

G_DEFINE_QUARK (sl-export-error-quark, sl_export_error)

void
sl_export_options_init (SlExportOptions *opts)
{
  g_return_if_fail (opts != NULL);

  memset (opts, 0, sizeof *opts);
  opts->view = SL_EXPORT_VIEW_TIMELINE;
  opts->format = SL_EXPORT_PNG;
  opts->width = DEFAULT_WIDTH;
  opts->height = DEFAULT_HEIGHT;
  opts->scale = 1.0;
  opts->has_range = FALSE;
  opts->dark = FALSE;
  opts->selected_event = SL_NONE;
  opts->selected_source = SL_NONE;
}

gboolean
sl_export_format_from_string (const char *s, SlExportFormat *out)
{
  static const char *const names[] = { "png", "svg", "pdf" };

  g_return_val_if_fail (out != NULL, FALSE);
  if (s == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (s, names[i]) == 0)
      {
        *out = (SlExportFormat) i;
        return TRUE;
      }
  return FALSE;
}

gboolean
sl_export_view_from_string (const char *s, SlExportView *out)
{
  static const char *const names[] = { "timeline", "graph", "both" };

  g_return_val_if_fail (out != NULL, FALSE);
  if (s == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (s, names[i]) == 0)
      {
        *out = (SlExportView) i;
        return TRUE;
      }
  return FALSE;
}

gboolean
sl_export_format_from_path (const char *path, SlExportFormat *out)
{
  const char *dot;

  g_return_val_if_fail (out != NULL, FALSE);
  if (path == NULL)
    return FALSE;
  dot = strrchr (path, '.');
  if (dot == NULL || strchr (dot, G_DIR_SEPARATOR) != NULL)
    return FALSE;
  return sl_export_format_from_string (dot + 1, out);
}

/* ------------------------------------------------------------------------------------------ */
/* The page                                                                                   */

static char *
format_day (SlTime t)
{
  static const char *const months[12] = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  };
  gint64 y;
  guint m, d;

  sl_time_to_ymd (t, &y, &m, &d);
  return g_strdup_printf ("%u %s %" G_GINT64_FORMAT, d, months[m - 1], y);
}

/* The heading: an article's own title, or how many articles from which outlet. */
static char *
page_title (SlModel *model)
{
  guint n_docs = sl_model_n_docs (model);
  const char *outlet = NULL;
  gboolean one_outlet = TRUE;

  if (n_docs == 1)
    {
      const char *t = sl_model_str (model, sl_model_doc (model, 0)->title);
      if (t && *t)
        return g_strdup (t);
    }
  for (guint i = 0; i < n_docs; i++)
    {
      const char *o = sl_model_str (model, sl_model_doc (model, i)->outlet);
      if (o == NULL || (outlet && g_strcmp0 (o, outlet) != 0))
        one_outlet = FALSE;
      outlet = outlet ? outlet : o;
    }
  if (n_docs == 0)
    return g_strdup ("Sourceline");
  if (one_outlet && outlet)
    return g_strdup_printf ("%u article%s from %s", n_docs, n_docs == 1 ? "" : "s", outlet);
  return g_strdup_printf ("%u articles", n_docs);
}

static PangoLayout *
heading_layout (cairo_t *cr, const SlPaintStyle *st, double rel, gboolean bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = sl_paint_style_font (st, rel, bold);

  pango_layout_set_font_description (layout, desc);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_font_description_free (desc);
  return layout;
}

/* Height the legends need at this width, measured on a scratch surface. */
static double
legend_height (SlTimelinePainter *tp, SlGraphPainter *gp, double width)
{
  cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 8, 8);
  cairo_t *cr = cairo_create (s);
  double h = 0;

  if (tp)
    h += sl_timeline_painter_draw_legend (tp, cr, 0, 0, width);
  if (gp)
    h += sl_graph_painter_draw_legend (gp, cr, 0, 0, width);
  cairo_destroy (cr);
  cairo_surface_destroy (s);
  return h;
}

/* Appends an invisible, selectable copy of a drawn label to an SVG text layer. */
static void
text_layer_add (GString *layer, double x, double y, const char *text)
{
  g_autofree char *escaped = NULL;

  if (layer == NULL || text == NULL || *text == '\0')
    return;
  escaped = g_markup_escape_text (text, -1);
  g_string_append_printf (layer, "<text x=\"%.1f\" y=\"%.1f\">%s</text>\n", x, y, escaped);
}

static void
draw_page (SlModel *model, const SlExportOptions *opts, cairo_t *cr, double width,
           double height, GString *layer)
{
  SlPaintStyle style;
  SlTimelinePainter *tp = NULL;
  SlGraphPainter *gp = NULL;
  g_autofree char *title = page_title (model);
  g_autofree char *subtitle = NULL;
  PangoLayout *lt, *ls;
  double margin = 20, head_h, legend_h, body_y, body_h, x0 = 0, x1 = 0;
  int tw, th, sw, sh;
  SlTimelineViewport tvp;

  sl_paint_style_init (&style, opts->dark);
  sl_paint_set_color (cr, &style.background, 1.0);
  cairo_paint (cr);

  if (opts->view != SL_EXPORT_VIEW_GRAPH)
    {
      tp = sl_timeline_painter_new ();
      sl_timeline_painter_set_style (tp, &style);
      sl_timeline_painter_set_model (tp, model);
    }
  if (opts->view != SL_EXPORT_VIEW_TIMELINE)
    {
      gp = sl_graph_painter_new ();
      sl_graph_painter_set_style (gp, &style);
      sl_graph_painter_set_model (gp, model);
    }

  /* selection, as on screen: an event lights up its chain, a source its events */
  if (opts->selected_event != SL_NONE && opts->selected_event < sl_model_n_events (model))
    {
      if (tp)
        sl_timeline_painter_set_selected (tp, opts->selected_event);
      if (gp)
        sl_graph_painter_highlight_event (gp, opts->selected_event);
    }
  else if (opts->selected_source != SL_NONE && opts->selected_source < sl_model_n_sources (model))
    {
      g_autoptr (GArray) events = g_array_new (FALSE, FALSE, sizeof (guint32));
      sl_model_source_events (model, opts->selected_source, events);
      if (tp)
        sl_timeline_painter_set_highlight (tp, (const guint32 *) events->data, events->len);
      if (gp)
        {
          sl_graph_painter_set_selected (gp, opts->selected_source);
          sl_graph_painter_set_highlight (gp, &opts->selected_source, 1);
        }
    }

  /* the visible range: asked for, or every event */
  sl_timeline_viewport_init (&tvp, 0, 1, width, height);
  if (opts->has_range)
    {
      tvp.t0 = (double) opts->from;
      tvp.t1 = (double) opts->to;
      x0 = opts->from;
      x1 = opts->to;
    }
  else
    {
      SlTime a, b;
      sl_timeline_viewport_fit (&tvp, model);
      if (sl_model_time_bounds (model, &a, &b))
        {
          x0 = (double) a;
          x1 = (double) b;
        }
    }

  /* heading */
  lt = heading_layout (cr, &style, 1.7, TRUE);
  ls = heading_layout (cr, &style, 1.05, FALSE);
  if (x1 > x0)
    {
      g_autofree char *d0 = format_day ((SlTime) x0);
      g_autofree char *d1 = format_day ((SlTime) x1 - (x1 - x0 >= SL_DAY ? 1 : 0));
      subtitle = g_strdup_printf ("%s – %s  ·  %u event%s, %u source%s, %u article%s", d0, d1,
                                  sl_model_n_events (model), sl_model_n_events (model) == 1 ? "" : "s",
                                  sl_model_n_sources (model), sl_model_n_sources (model) == 1 ? "" : "s",
                                  sl_model_n_docs (model), sl_model_n_docs (model) == 1 ? "" : "s");
    }
  else
    subtitle = g_strdup ("No dated events");
  pango_layout_set_width (lt, (int) ((width - 2 * margin) * PANGO_SCALE));
  pango_layout_set_text (lt, title, -1);
  pango_layout_get_pixel_size (lt, &tw, &th);
  pango_layout_set_width (ls, (int) ((width - 2 * margin) * PANGO_SCALE));
  pango_layout_set_text (ls, subtitle, -1);
  pango_layout_get_pixel_size (ls, &sw, &sh);
  sl_paint_set_color (cr, &style.foreground, 1.0);
  cairo_move_to (cr, margin, margin * 0.8);
  pango_cairo_show_layout (cr, lt);
  text_layer_add (layer, margin, margin * 0.8 + th * 0.8, title);
  sl_paint_set_color (cr, &style.muted, 1.0);
  cairo_move_to (cr, margin, margin * 0.8 + th + 2);
  pango_cairo_show_layout (cr, ls);
  head_h = margin * 0.8 + th + 2 + sh + margin * 0.6;
  g_object_unref (lt);
  g_object_unref (ls);

  legend_h = legend_height (tp, gp, width - 2 * margin) + margin;
  body_y = head_h;
  body_h = MAX (height - head_h - legend_h, 40);

  /* views: "both" puts the graph beside the timeline, where its layered columns fit */
  {
    double tw_view = gp && tp ? floor (width * 0.62) : width;

    if (tp)
      {
        SlTimelineViewport vp = tvp;

        sl_timeline_viewport_set_size (&vp, tw_view, body_h);
        if (!opts->has_range)
          sl_timeline_viewport_fit (&vp, model);
        cairo_save (cr);
        cairo_translate (cr, 0, body_y);
        sl_timeline_painter_draw (tp, cr, &vp);
        cairo_restore (cr);
        if (layer)
          {
            guint n;
            const SlTimelineItem *items = sl_timeline_painter_layout (tp, &vp, &n);
            for (guint i = 0; i < n; i++)
              if (items[i].has_label && items[i].lx0 < tw_view)
                text_layer_add (layer, MAX (items[i].lx0, 0), body_y + items[i].ly1 - 3,
                                sl_model_str (model, sl_model_event (model, items[i].event)->label));
          }
      }
    if (gp)
      {
        SlGraphViewport gvp;
        double gx = tp ? tw_view : 0;

        if (tp)
          {
            cairo_rectangle (cr, gx, body_y, 1, body_h);
            sl_paint_set_color (cr, &style.grid, 2.0);
            cairo_fill (cr);
            gx += 1;
          }
        sl_graph_viewport_init (&gvp, width - gx, body_h);
        sl_graph_viewport_fit (&gvp, sl_graph_painter_get_layout (gp));
        cairo_save (cr);
        cairo_translate (cr, gx, body_y);
        sl_graph_painter_draw (gp, cr, &gvp);
        cairo_restore (cr);
        if (layer)
          for (guint32 src = 0; src < sl_model_n_sources (model); src++)
            {
              double x, y;
              if (sl_graph_painter_node_position (gp, &gvp, src, &x, &y)
                  && x >= 0 && x < gvp.width && y >= 0 && y < gvp.height)
                text_layer_add (layer, gx + x, body_y + y,
                                sl_model_str (model, sl_model_source (model, src)->name));
            }
      }
  }

  /* legend along the foot */
  {
    double ly = height - legend_h + margin / 2;
    cairo_rectangle (cr, 0, height - legend_h, width, 1);
    sl_paint_set_color (cr, &style.grid, 2.0);
    cairo_fill (cr);
    if (tp)
      ly += sl_timeline_painter_draw_legend (tp, cr, margin, ly, width - 2 * margin);
    if (gp)
      sl_graph_painter_draw_legend (gp, cr, margin, ly, width - 2 * margin);
  }

  sl_timeline_painter_free (tp);
  sl_graph_painter_free (gp);
}

/* ------------------------------------------------------------------------------------------ */
/* Writing                                                                                    */

typedef struct
{
  FILE       *fp;
  int         error;  /* errno of the first failed write */
  GByteArray *buffer; /* when set, output is kept here instead (SVG, to add the text layer) */
} Sink;

static cairo_status_t
sink_write_cb (void *closure, const unsigned char *data, unsigned int length)
{
  Sink *sink = closure;

  if (sink->error)
    return CAIRO_STATUS_WRITE_ERROR;
  if (sink->buffer)
    {
      g_byte_array_append (sink->buffer, data, length);
      return CAIRO_STATUS_SUCCESS;
    }
  if (fwrite (data, 1, length, sink->fp) != length)
    {
      sink->error = errno ? errno : EIO;
      return CAIRO_STATUS_WRITE_ERROR;
    }
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
render (SlModel *model, const SlExportOptions *opts, Sink *sink, GError **error)
{
  cairo_surface_t *surface = NULL;
  cairo_status_t status;
  cairo_t *cr;
  double w = opts->width, h = opts->height;

  g_autoptr (GString) layer = NULL;

  switch (opts->format)
    {
    case SL_EXPORT_SVG:
      layer = g_string_new (NULL);
      sink->buffer = g_byte_array_new ();
      surface = cairo_svg_surface_create_for_stream (sink_write_cb, sink, w, h);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      break;
    case SL_EXPORT_PDF:
      surface = cairo_pdf_surface_create_for_stream (sink_write_cb, sink, w, h);
      {
        g_autofree char *title = page_title (model);
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Sourceline");
      }
      break;
    case SL_EXPORT_PNG:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (w * opts->scale),
                                            (int) ceil (h * opts->scale));
      break;
    }
  status = cairo_surface_status (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_FAILED,
                   "Could not create the image: %s", cairo_status_to_string (status));
      cairo_surface_destroy (surface);
      g_clear_pointer (&sink->buffer, g_byte_array_unref);
      return FALSE;
    }

  cr = cairo_create (surface);
  if (opts->format == SL_EXPORT_PNG)
    cairo_scale (cr, opts->scale, opts->scale);
  draw_page (model, opts, cr, w, h, layer);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && opts->format == SL_EXPORT_PNG)
    status = cairo_surface_write_to_png_stream (surface, sink_write_cb, sink);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (sink->buffer)
    {
      /* cairo draws text as glyph outlines: an invisible copy of the labels makes the SVG
       * searchable and its text selectable, as the PDF's is */
      g_autoptr (GByteArray) svg = g_steal_pointer (&sink->buffer);
      const char *data = (const char *) svg->data;
      const char *end = NULL;

      for (gsize k = svg->len; k >= 6 && end == NULL; k--)
        if (memcmp (data + k - 6, "</svg>", 6) == 0)
          end = data + k - 6;
      if (status == CAIRO_STATUS_SUCCESS && !sink->error)
        {
          gsize head = end ? (gsize) (end - data) : svg->len;
          if (fwrite (data, 1, head, sink->fp) != head
              || fprintf (sink->fp, "<g id=\"text-layer\" fill-opacity=\"0\" font-size=\"12\">\n%s</g>\n",
                          layer->str) < 0
              || fwrite (data + head, 1, svg->len - head, sink->fp) != svg->len - head)
            sink->error = errno ? errno : EIO;
        }
    }
  if (sink->error)
    {
      g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_FAILED,
                   "Could not write the image: %s", g_strerror (sink->error));
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_FAILED,
                   "Could not draw the image: %s", cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_options (const SlExportOptions *opts, GError **error)
{
  if ((guint) opts->format > SL_EXPORT_PDF || (guint) opts->view > SL_EXPORT_VIEW_BOTH)
    {
      g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_INVALID, "Unknown export format or view");
      return FALSE;
    }
  if (opts->width < 16 || opts->height < 16 || opts->width > MAX_SIDE || opts->height > MAX_SIDE)
    {
      g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_INVALID,
                   "Image size %d × %d is out of range (16 to %d on each side)", opts->width,
                   opts->height, MAX_SIDE);
      return FALSE;
    }
  if (opts->format == SL_EXPORT_PNG)
    {
      double pw = opts->width * opts->scale, ph = opts->height * opts->scale;
      if (!(opts->scale > 0) || opts->scale > 16 || pw > 32767 || ph > 32767
          || pw * ph > MAX_PNG_PIXELS)
        {
          g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_INVALID,
                       "A PNG of %.0f × %.0f pixels is too large (at most 32767 on a side and "
                       "%.0f million pixels)", pw, ph, MAX_PNG_PIXELS / 1e6);
          return FALSE;
        }
    }
  if (opts->has_range && opts->to <= opts->from)
    {
      g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_INVALID,
                   "The date range ends before it starts");
      return FALSE;
    }
  return TRUE;
}

gboolean
sl_export_image (SlModel *model, const SlExportOptions *opts, const char *path, GError **error)
{
  g_autofree char *dir = NULL, *base = NULL, *tmpl = NULL;
  Sink sink = { NULL, 0 };
  int fd, saved;
  gboolean ok;

  g_return_val_if_fail (model != NULL && opts != NULL && path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_options (opts, error))
    return FALSE;

  /* a temporary file in the destination's folder, so the final rename is atomic */
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmpl = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  fd = g_mkstemp_full (tmpl, O_WRONLY | O_CREAT | O_EXCL, 0644);
  if (fd < 0)
    {
      saved = errno;
      g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_FAILED,
                   "Could not write in %s: %s", dir, g_strerror (saved));
      return FALSE;
    }
  sink.fp = fdopen (fd, "wb");
  if (sink.fp == NULL)
    {
      saved = errno;
      close (fd);
      g_unlink (tmpl);
      g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_FAILED,
                   "Could not write in %s: %s", dir, g_strerror (saved));
      return FALSE;
    }

  ok = render (model, opts, &sink, error);
  if (fflush (sink.fp) != 0 || fsync (fileno (sink.fp)) != 0)
    {
      saved = errno;
      if (ok)
        g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_FAILED,
                     "Could not write %s: %s", path, g_strerror (saved));
      ok = FALSE;
    }
  if (fclose (sink.fp) != 0 && ok)
    {
      saved = errno;
      g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_FAILED, "Could not write %s: %s",
                   path, g_strerror (saved));
      ok = FALSE;
    }
  if (ok && g_rename (tmpl, path) != 0)
    {
      saved = errno;
      g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_FAILED, "Could not write %s: %s",
                   path, g_strerror (saved));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (tmpl);
  return ok;
}
