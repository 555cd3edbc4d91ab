/* sl-export.c: the timeline and graph painters onto PNG, SVG and PDF surfaces, under a title
 * and the date range, above a legend and the articles drawn on. Files are written beside their
 * destination under a temporary name and renamed into place only once complete. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include "sl-export.h"
#include "sl-export-private.h"
#include "sl-briefing.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
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
  opts->legend = TRUE;
  opts->footnotes = TRUE;
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
  static const char *const names[] = { "timeline", "graph", "both", "briefing" };

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
/* The range                                                                                  */

/* The span most events share: starts beyond three interquartile ranges of the quartiles are
 * outliers (the overview strip and fit_all still show them). */
static gboolean
core_range (SlModel *model, SlTime *t0, SlTime *t1)
{
  const guint32 *order;
  guint n;
  double q1, q3, iqr, lo, hi;
  gboolean any = FALSE;

  order = sl_model_events_by_start (model, &n);
  if (n < 5)
    return FALSE;
  q1 = sl_model_event (model, order[n / 4])->start;
  q3 = sl_model_event (model, order[(3 * n) / 4])->start;
  iqr = MAX (q3 - q1, 30.0 * SL_DAY);
  lo = q1 - 3 * iqr;
  hi = q3 + 3 * iqr;
  for (guint i = 0; i < n; i++)
    {
      const SlEvent *ev = sl_model_event (model, order[i]);

      if (ev->start < lo || ev->start > hi)
        continue;
      if (!any)
        *t0 = ev->start, *t1 = MAX (ev->end_t, ev->start + 1);
      *t0 = MIN (*t0, ev->start);
      *t1 = MAX (*t1, MAX (ev->end_t, ev->start + 1));
      any = TRUE;
    }
  return any;
}

gboolean
sl_export_default_range (SlModel *model, gboolean fit_all, SlTime *from, SlTime *to)
{
  g_return_val_if_fail (model != NULL && from != NULL && to != NULL, FALSE);

  if (!fit_all && core_range (model, from, to))
    return TRUE;
  return sl_model_time_bounds (model, from, to);
}

/* ------------------------------------------------------------------------------------------ */
/* The page                                                                                   */

static PangoLayout *
text_layout (cairo_t *cr, const SlPaintStyle *st, double rel, gboolean bold)
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

#define MAX_FOOTNOTES 60

/* "Sources: Harbor Ledger, “Russia blocks …”, 29 Mar 2024; …" for the articles behind the
 * events drawn (docs: one flag per document). */
static char *
footnote_text (SlModel *model, const guint8 *docs)
{
  GString *out = g_string_new (NULL);
  guint shown = 0, more = 0;

  for (guint32 d = 0; d < sl_model_n_docs (model); d++)
    {
      const SlDoc *doc = sl_model_doc (model, d);
      const char *outlet, *title, *url;

      if (!docs[d])
        continue;
      if (shown == MAX_FOOTNOTES)
        {
          more++;
          continue;
        }
      outlet = sl_model_str (model, doc->outlet);
      title = sl_model_str (model, doc->title);
      url = sl_model_str (model, doc->url);
      g_string_append (out, shown ? "; " : "Sources: ");
      if (outlet && *outlet)
        g_string_append_printf (out, "%s, ", outlet);
      if (title && *title)
        g_string_append_printf (out, "“%s”", title);
      else
        {
          const char *path = sl_model_str (model, doc->path);
          g_autofree char *base = g_path_get_basename (path ? path : "article");
          g_string_append (out, base);
        }
      if (doc->dct_date.prec != SL_PREC_NONE)
        {
          char buf[32];
          SlTime s, e;
          if (sl_time_interval_from_value (sl_date_to_value (&doc->dct_date, buf, sizeof buf),
                                           SL_MOD_NONE, &s, &e))
            {
              g_autofree char *when = sl_export_format_interval (s, e);
              g_string_append_printf (out, ", %s", when);
            }
        }
      if (url && *url)
        g_string_append_printf (out, ", %s", url);
      shown++;
    }
  if (more)
    g_string_append_printf (out, "; and %u more article%s", more, more == 1 ? "" : "s");
  if (shown)
    g_string_append_c (out, '.');
  return g_string_free (out, FALSE);
}

#define FOOTNOTE_LINES 4

void
sl_export_draw_page (SlModel *model, const SlExportOptions *opts, cairo_t *cr, double width,
                     double height, const guint32 *highlight, guint n_highlight, GString *layer)
{
  SlPaintStyle style;
  SlTimelinePainter *tp = NULL;
  SlGraphPainter *gp = NULL;
  g_autofree char *title = opts->title ? g_strdup (opts->title) : sl_export_model_title (model);
  g_autofree char *subtitle = NULL;
  g_autofree char *notes = NULL;
  g_autofree guint8 *docs = g_new0 (guint8, sl_model_n_docs (model) + 1);
  g_autoptr (GArray) visible = g_array_new (FALSE, FALSE, sizeof (guint32));
  PangoLayout *lt, *ls, *lf = NULL;
  double margin = 20, head_h, legend_h = 0, foot_h = 0, body_y, body_h;
  int tw, th, sw, sh;
  SlTimelineViewport tvp;
  SlTime d0 = 0, d1 = 0;
  gboolean dated;
  guint n_events = 0, n_outside = 0;

  sl_paint_style_init (&style, opts->dark);
  sl_paint_set_color (cr, &style.background, 1.0);
  cairo_paint (cr);

  if (opts->view != SL_EXPORT_VIEW_GRAPH)
    {
      tp = sl_timeline_painter_new ();
      sl_timeline_painter_set_style (tp, &style);
      sl_timeline_painter_set_model (tp, model);
      /* a picture's edge must not slice a label: it ends in an ellipsis before it */
      sl_timeline_painter_set_fit_labels (tp, TRUE);
      if (opts->lane_mode <= SL_LANE_NONE)
        sl_timeline_painter_set_lane_mode (tp, (SlLaneMode) opts->lane_mode);
      if (opts->folded_lanes != NULL)
        sl_timeline_painter_set_collapsed_names (tp, sl_timeline_painter_get_lane_mode (tp),
                                                 opts->folded_lanes);
    }
  if (opts->view == SL_EXPORT_VIEW_GRAPH || opts->view == SL_EXPORT_VIEW_BOTH)
    {
      gp = sl_graph_painter_new ();
      sl_graph_painter_set_style (gp, &style);
      sl_graph_painter_set_fit_labels (gp, TRUE);
      sl_graph_painter_set_model (gp, model);
      if (opts->graph_layout != NULL)
        sl_graph_painter_follow_layout (gp, opts->graph_layout);
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
  if (tp && n_highlight > 0)
    sl_timeline_painter_set_highlight (tp, highlight, n_highlight);

  /* the visible range: asked for, or the events' */
  sl_timeline_viewport_init (&tvp, 0, 1, width, height);
  if (opts->has_range)
    {
      tvp.t0 = (double) opts->from;
      tvp.t1 = (double) opts->to;
      d0 = opts->from;
      d1 = opts->to;
      dated = TRUE;
    }
  else if ((dated = sl_export_default_range (model, opts->fit_all, &d0, &d1)))
    {
      double tl_w = opts->view == SL_EXPORT_VIEW_BOTH ? floor (width * 0.62) : width;
      double room = MIN (260.0, tl_w * 0.3);

      sl_timeline_viewport_show_range (&tvp, (double) d0, (double) d1);
      /* room after the last event for its label */
      tvp.t1 += (tvp.t1 - tvp.t0) * room / MAX (tl_w - room, 1.0);
    }

  /* what the range holds: the events drawn and the articles behind them */
  if (dated)
    sl_model_events_in_range (model, (SlTime) floor (tvp.t0), (SlTime) ceil (tvp.t1), visible);
  for (guint i = 0; i < visible->len; i++)
    {
      const SlEvent *ev = sl_model_event (model, g_array_index (visible, guint32, i));
      if (!sl_export_event_included (ev))
        continue;
      n_events++;
      if (tp && ev->doc < sl_model_n_docs (model))
        docs[ev->doc] = 1;
    }
  if (gp)
    for (guint32 c = 0; c < sl_model_n_claims (model); c++)
      {
        guint32 d = sl_model_claim (model, c)->doc;
        if (d < sl_model_n_docs (model))
          docs[d] = 1;
      }
  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    if (sl_export_event_included (sl_model_event (model, e)))
      n_outside++;
  n_outside = n_outside > n_events ? n_outside - n_events : 0;

  /* heading */
  lt = text_layout (cr, &style, 1.7, TRUE);
  ls = text_layout (cr, &style, 1.05, FALSE);
  if (dated && d1 > d0)
    {
      g_autofree char *a = sl_export_format_day_short (d0);
      g_autofree char *b = sl_export_format_day_short (d1 - (d1 - d0 >= SL_DAY ? 1 : 0));
      g_autofree char *outside = n_outside
        ? g_strdup_printf (" (%u more outside the range)", n_outside) : g_strdup ("");

      subtitle = g_strdup_printf ("%s – %s  ·  %u event%s%s, %u source%s, %u article%s", a, b,
                                  n_events, n_events == 1 ? "" : "s", outside,
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
  text_layer_add (layer, margin, margin * 0.8 + th + 2 + sh * 0.8, subtitle);
  head_h = margin * 0.8 + th + 2 + sh + margin * 0.6;
  g_object_unref (lt);
  g_object_unref (ls);

  /* the foot: legend, then the articles drawn on */
  if (opts->legend)
    legend_h = legend_height (tp, gp, width - 2 * margin) + margin;
  if (opts->footnotes)
    {
      notes = footnote_text (model, docs);
      if (*notes)
        {
          int fw, fh;

          lf = text_layout (cr, &style, 0.85, FALSE);
          pango_layout_set_width (lf, (int) ((width - 2 * margin) * PANGO_SCALE));
          pango_layout_set_wrap (lf, PANGO_WRAP_WORD_CHAR);
          pango_layout_set_height (lf, -FOOTNOTE_LINES);
          pango_layout_set_text (lf, notes, -1);
          pango_layout_get_pixel_size (lf, &fw, &fh);
          foot_h = fh + margin * (opts->legend ? 0.5 : 1.0);
        }
    }
  body_y = head_h;
  body_h = MAX (height - head_h - legend_h - foot_h, 40);

  /* views: "both" puts the graph beside the timeline, where its layered columns fit */
  {
    double tw_view = gp && tp ? floor (width * 0.62) : width;

    if (tp)
      {
        SlTimelineViewport vp = tvp;

        sl_timeline_viewport_set_size (&vp, tw_view, body_h);
        cairo_save (cr);
        cairo_rectangle (cr, 0, body_y, tw_view, body_h);
        cairo_clip (cr);
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
        cairo_rectangle (cr, gx, body_y, width - gx, body_h);
        cairo_clip (cr);
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

  /* legend and footnotes along the foot */
  if (legend_h > 0 || foot_h > 0)
    {
      double ly = height - legend_h - foot_h;

      cairo_rectangle (cr, 0, ly, width, 1);
      sl_paint_set_color (cr, &style.grid, 2.0);
      cairo_fill (cr);
      ly += margin / 2;
      if (legend_h > 0)
        {
          if (tp)
            ly += sl_timeline_painter_draw_legend (tp, cr, margin, ly, width - 2 * margin);
          if (gp)
            ly += sl_graph_painter_draw_legend (gp, cr, margin, ly, width - 2 * margin);
          ly += margin / 2;
        }
      if (lf)
        {
          sl_paint_set_color (cr, &style.muted, 1.0);
          cairo_move_to (cr, margin, ly);
          pango_cairo_show_layout (cr, lf);
          text_layer_add (layer, margin, ly + 10, notes);
        }
    }
  g_clear_object (&lf);

  sl_timeline_painter_free (tp);
  sl_graph_painter_free (gp);
}

/* ------------------------------------------------------------------------------------------ */
/* Writing                                                                                    */

typedef struct
{
  SlExportFile *file;
  FILE         *fp;
  int           error;  /* errno of the first failed write */
  GByteArray   *buffer; /* when set, output is kept here instead (SVG, to add the text layer) */
  guint32       png_ppm; /* PNG pixels per metre to record, 0 for none */
  gsize         written;
} Sink;

/* The PNG CRC (ISO 3309), for the one chunk we add. */
static guint32
png_crc (const guint8 *data, gsize len)
{
  guint32 c = 0xffffffffu;

  for (gsize i = 0; i < len; i++)
    {
      c ^= data[i];
      for (int k = 0; k < 8; k++)
        c = (c >> 1) ^ (0xedb88320u & (0u - (c & 1u)));
    }
  return c ^ 0xffffffffu;
}

static gboolean
sink_put (Sink *sink, const void *data, gsize length)
{
  if (length && fwrite (data, 1, length, sink->fp) != length)
    {
      sink->error = errno ? errno : EIO;
      return FALSE;
    }
  sink->written += length;
  return TRUE;
}

/* A pHYs chunk right after IHDR (8 bytes of signature, 25 of IHDR) tells printers the dpi. */
#define PNG_IHDR_END 33

static gboolean
sink_put_phys (Sink *sink)
{
  guint8 chunk[21];
  guint32 crc;

  chunk[0] = 0, chunk[1] = 0, chunk[2] = 0, chunk[3] = 9;
  memcpy (chunk + 4, "pHYs", 4);
  for (int i = 0; i < 2; i++)
    {
      chunk[8 + 4 * i] = (guint8) (sink->png_ppm >> 24);
      chunk[9 + 4 * i] = (guint8) (sink->png_ppm >> 16);
      chunk[10 + 4 * i] = (guint8) (sink->png_ppm >> 8);
      chunk[11 + 4 * i] = (guint8) sink->png_ppm;
    }
  chunk[16] = 1; /* unit: metre */
  crc = png_crc (chunk + 4, 13);
  chunk[17] = (guint8) (crc >> 24), chunk[18] = (guint8) (crc >> 16);
  chunk[19] = (guint8) (crc >> 8), chunk[20] = (guint8) crc;
  return sink_put (sink, chunk, sizeof chunk);
}

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
  if (sink->png_ppm && sink->written < PNG_IHDR_END && sink->written + length >= PNG_IHDR_END)
    {
      gsize head = PNG_IHDR_END - sink->written;
      if (!sink_put (sink, data, head) || !sink_put_phys (sink)
          || !sink_put (sink, data + head, length - head))
        return CAIRO_STATUS_WRITE_ERROR;
      return CAIRO_STATUS_SUCCESS;
    }
  return sink_put (sink, data, length) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static double
png_scale (const SlExportOptions *opts)
{
  return opts->dpi > 0 ? opts->dpi / 72.0 : opts->scale;
}

static gboolean
render (SlModel *model, const SlExportOptions *opts, Sink *sink, GError **error)
{
  cairo_surface_t *surface = NULL;
  cairo_status_t status;
  cairo_t *cr;
  double w = opts->width, h = opts->height, scale = png_scale (opts);

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
        g_autofree char *title = opts->title ? g_strdup (opts->title) : sl_export_model_title (model);
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Sourceline");
      }
      break;
    case SL_EXPORT_PNG:
    default:
      /* 420 pt at 300 dpi is 1750 pixels, not 1751 by a rounding error */
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (w * scale - 1e-6),
                                            (int) ceil (h * scale - 1e-6));
      if (opts->dpi > 0)
        sink->png_ppm = (guint32) floor (opts->dpi / 0.0254 + 0.5);
      break;
    }
  status = cairo_surface_status (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_FAILED,
                   _("Could not create the image: %s"), cairo_status_to_string (status));
      cairo_surface_destroy (surface);
      g_clear_pointer (&sink->buffer, g_byte_array_unref);
      return FALSE;
    }

  cr = cairo_create (surface);
  if (opts->format == SL_EXPORT_PNG)
    cairo_scale (cr, scale, scale);
  sl_export_draw_page (model, opts, cr, w, h, NULL, 0, layer);
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
                   _("Could not write the image: %s"), g_strerror (sink->error));
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_FAILED,
                   _("Could not draw the image: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_options (const SlExportOptions *opts, GError **error)
{
  if ((guint) opts->format > SL_EXPORT_PDF || (guint) opts->view > SL_EXPORT_VIEW_BRIEFING)
    {
      g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_INVALID, _("Unknown export format or view"));
      return FALSE;
    }
  if (opts->view == SL_EXPORT_VIEW_BRIEFING && opts->format != SL_EXPORT_PDF)
    {
      g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_INVALID,
                   _("The briefing deck is a PDF: use the pdf format"));
      return FALSE;
    }
  if (opts->width < 16 || opts->height < 16 || opts->width > MAX_SIDE || opts->height > MAX_SIDE)
    {
      g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_INVALID,
                   _("Image size %d × %d is out of range (16 to %d on each side)"), opts->width,
                   opts->height, MAX_SIDE);
      return FALSE;
    }
  if (opts->dpi < 0 || opts->dpi > 2400)
    {
      g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_INVALID,
                   _("A density of %g dpi is out of range (1 to 2400)"), opts->dpi);
      return FALSE;
    }
  if (opts->format == SL_EXPORT_PNG)
    {
      double scale = png_scale (opts);
      double pw = opts->width * scale, ph = opts->height * scale;
      if (!(scale > 0) || scale > 40 || pw > 32767 || ph > 32767 || pw * ph > MAX_PNG_PIXELS)
        {
          g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_INVALID,
                       _("A PNG of %.0f × %.0f pixels is too large (at most 32767 on a side and "
                       "%.0f million pixels)"), pw, ph, MAX_PNG_PIXELS / 1e6);
          return FALSE;
        }
    }
  if (opts->has_range && opts->to <= opts->from)
    {
      g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_INVALID,
                   _("The date range ends before it starts"));
      return FALSE;
    }
  return TRUE;
}

gboolean
sl_export_image (SlModel *model, const SlExportOptions *opts, const char *path, GError **error)
{
  Sink sink = { 0 };
  gboolean ok;

  g_return_val_if_fail (model != NULL && opts != NULL && path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_options (opts, error))
    return FALSE;
  if (opts->view == SL_EXPORT_VIEW_BRIEFING)
    {
      SlBriefingOptions bopts;

      sl_briefing_options_init (&bopts);
      bopts.dark = opts->dark;
      bopts.title = opts->title;
      /* the deck's overview lanes are by category: the folds hold only if the caller's were */
      if (opts->lane_mode == SL_LANE_BY_CATEGORY)
        bopts.folded_lanes = opts->folded_lanes;
      if (opts->has_range)
        {
          bopts.has_range = TRUE;
          bopts.from = opts->from;
          bopts.to = opts->to;
        }
      return sl_briefing_write (model, &bopts, path, NULL, error);
    }

  sink.file = sl_export_file_new (path, error);
  if (sink.file == NULL)
    return FALSE;
  sink.fp = sl_export_file_stream (sink.file);
  ok = render (model, opts, &sink, error);
  if (!ok)
    {
      sl_export_file_abort (sink.file);
      return FALSE;
    }
  return sl_export_file_commit (sink.file, error);
}
