/* sl-briefing.c: the PDF briefing deck, page by page, with pango text (searchable and
 * selectable in any PDF reader), an outline for navigation and links to the articles. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include "sl-briefing.h"
#include "sl-export.h"
#include "sl-export-private.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "paint/sl-paint-style.h"
#include "paint/sl-graph-painter.h"
#include "paint/sl-timeline-painter.h"

#define DEFAULT_KEY_EVENTS 10
#define MAX_QUOTES 4
#define MAX_CHAINS 4
#define MAX_CHAIN_MENTIONS 3

void
sl_briefing_options_init (SlBriefingOptions *opts)
{
  g_return_if_fail (opts != NULL);

  memset (opts, 0, sizeof *opts);
  opts->paper = SL_BRIEFING_WIDE;
  opts->max_key_events = DEFAULT_KEY_EVENTS;
}

gboolean
sl_briefing_paper_from_string (const char *s, SlBriefingPaper *out)
{
  g_return_val_if_fail (out != NULL, FALSE);
  if (s == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (s, "16:9") == 0 || g_ascii_strcasecmp (s, "wide") == 0
      || g_ascii_strcasecmp (s, "slides") == 0)
    {
      *out = SL_BRIEFING_WIDE;
      return TRUE;
    }
  if (g_ascii_strcasecmp (s, "a4") == 0)
    {
      *out = SL_BRIEFING_A4;
      return TRUE;
    }
  return FALSE;
}

/* ------------------------------------------------------------------------------------------ */
/* Choosing the key events                                                                    */

static void
add_unique (GArray *a, guint32 v)
{
  for (guint i = 0; i < a->len; i++)
    if (g_array_index (a, guint32, i) == v)
      return;
  g_array_append_val (a, v);
}

void
sl_briefing_corroboration_self (gpointer data, SlModel *model, guint32 event,
                                SlCorroboration *out, GArray *mentions)
{
  g_autoptr (GArray) origins = g_array_new (FALSE, FALSE, sizeof (guint32));
  const SlEvent *ev;
  const guint32 *claims;
  guint n;

  g_return_if_fail (model != NULL && out != NULL && event < sl_model_n_events (model));
  ev = sl_model_event (model, event);
  claims = sl_model_event_claims (model, event, &n);
  for (guint i = 0; i < n; i++)
    {
      gboolean relay = FALSE;
      /* a claim another claim of this event came through only relays it */
      for (guint j = 0; j < n && !relay; j++)
        relay = j != i && sl_model_claim (model, claims[j])->via == claims[i];
      if (!relay)
        add_unique (origins, sl_model_claim (model, claims[i])->source);
    }
  memset (out, 0, sizeof *out);
  out->n_mentions = 1;
  out->n_articles = 1;
  out->n_origins = MAX (origins->len, 1);
  out->contested = (ev->flags & SL_EVENT_CONTESTED) != 0;
  out->primary = event;
  if (mentions)
    g_array_append_val (mentions, event);
}

typedef struct
{
  guint32 event;
  guint   articles, origins, claims;
  SlTime  start;
} Rank;

static int
rank_cmp (gconstpointer a, gconstpointer b)
{
  const Rank *x = a, *y = b;

  if (x->articles != y->articles)
    return x->articles > y->articles ? -1 : 1;
  if (x->origins != y->origins)
    return x->origins > y->origins ? -1 : 1;
  if (x->claims != y->claims)
    return x->claims > y->claims ? -1 : 1;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->event < y->event ? -1 : x->event > y->event;
}

static int
by_date_cmp (gconstpointer a, gconstpointer b, gpointer model)
{
  const SlEvent *x = sl_model_event (model, *(const guint32 *) a);
  const SlEvent *y = sl_model_event (model, *(const guint32 *) b);

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return *(const guint32 *) a < *(const guint32 *) b ? -1 : 1;
}

static SlCorroborationFunc
corroboration_func (const SlBriefingOptions *opts, gpointer *data)
{
  *data = opts->corroboration ? opts->corroboration_data : NULL;
  return opts->corroboration ? opts->corroboration : sl_briefing_corroboration_self;
}

char *
sl_briefing_choose_events (SlModel *model, const SlBriefingOptions *opts, GArray *out)
{
  g_autoptr (GArray) ranks = g_array_new (FALSE, FALSE, sizeof (Rank));
  g_autoptr (GArray) candidates = g_array_new (FALSE, FALSE, sizeof (guint32));
  SlCorroborationFunc corr;
  gpointer corr_data;
  guint max, total = 0, before = out ? out->len : 0;

  g_return_val_if_fail (model != NULL && opts != NULL && out != NULL, NULL);

  if (opts->n_key_events > 0)
    {
      for (guint i = 0; i < opts->n_key_events; i++)
        if (opts->key_events[i] < sl_model_n_events (model))
          add_unique (out, opts->key_events[i]);
      if (opts->story != NULL)
        return g_strdup_printf ("Key events: the story “%s”, %u in the analyst’s order.",
                                opts->story, out->len - before);
      return g_strdup_printf ("Key events: the %u chosen by the analyst.", out->len - before);
    }

  corr = corroboration_func (opts, &corr_data);
  if (opts->has_range)
    sl_model_events_in_range (model, opts->from, opts->to, candidates);
  else
    for (guint32 e = 0; e < sl_model_n_events (model); e++)
      g_array_append_val (candidates, e);

  for (guint i = 0; i < candidates->len; i++)
    {
      guint32 e = g_array_index (candidates, guint32, i);
      const SlEvent *ev = sl_model_event (model, e);
      SlCorroboration c;
      Rank r;
      guint n_claims;

      if (!sl_export_event_included (ev))
        continue;
      corr (corr_data, model, e, &c, NULL);
      /* one page per happening: its primary mention stands for the others */
      if (c.primary != e && c.primary < sl_model_n_events (model))
        continue;
      sl_model_event_claims (model, e, &n_claims);
      r.event = e;
      r.articles = c.n_articles;
      r.origins = c.n_origins;
      r.claims = n_claims;
      r.start = ev->start;
      g_array_append_val (ranks, r);
      total++;
    }
  g_array_sort (ranks, rank_cmp);
  max = opts->max_key_events ? opts->max_key_events : DEFAULT_KEY_EVENTS;
  for (guint i = 0; i < ranks->len && i < max; i++)
    g_array_append_val (out, g_array_index (ranks, Rank, i).event);
  g_array_sort_with_data (out, by_date_cmp, model);
  if (out->len - before == total)
    return g_strdup_printf ("Key events: all %u happenings%s, in date order.", total,
                            opts->has_range ? " in the period" : "");
  return g_strdup_printf ("Key events: the %u of %u happenings reported by the most articles, "
                          "then by the most independent origins, in date order.",
                          out->len - before, total);
}

/* ------------------------------------------------------------------------------------------ */
/* The deck                                                                                   */

typedef struct
{
  SlModel                 *model;
  const SlBriefingOptions *opts;
  SlPaintStyle             style;
  cairo_surface_t         *surface;
  cairo_t                 *cr;
  PangoLayout             *layout;
  double                   w, h, margin, foot_h;
  gboolean                 wide;
  guint                    page, n_pages;
  char                    *title;
  char                    *period;
  char                    *how_chosen;
  GArray                  *key;          /* guint32 events */
  SlCorroborationFunc      corr;
  gpointer                 corr_data;
  GArray                  *sources;      /* guint32, table order */
  guint32                 *source_events; /* events each source stands behind */
  GArray                  *docs;         /* guint32, reference order */
  double                   row_h, table_top;
  guint                    source_rows;   /* per page */
  GArray                  *ref_pages;     /* guint: the first reference of each page */
  double                  *ref_heights;
  double                   ref_number_w;  /* room for the widest "1000." */
  guint                    first_key_page, first_source_page, first_ref_page;
} Deck;

typedef enum
{
  TEXT_PLAIN = 0,
  TEXT_BOLD = 1 << 0,
  TEXT_ITALIC = 1 << 1,
  TEXT_MEASURE = 1 << 2, /* measure only, draw nothing */
  TEXT_RIGHT = 1 << 3,
  TEXT_MIDDLE = 1 << 4,  /* ellipsize in the middle (URLs) */
  TEXT_MARKUP = 1 << 5,  /* text is pango markup */
} TextFlags;

/* Lays text out in a box `width` wide at (x, y), at rel × the body size, over at most
 * max_lines lines (0: no limit); draws it unless asked only to measure. Returns its height. */
static double
deck_text (Deck *d, double x, double y, double width, const char *text, double rel,
           TextFlags flags, const SlRgba *color, int max_lines)
{
  PangoFontDescription *desc;
  int tw, th;

  if (text == NULL || *text == '\0' || width <= 1)
    return 0;
  desc = sl_paint_style_font (&d->style, rel, (flags & TEXT_BOLD) != 0);
  if (flags & TEXT_ITALIC)
    pango_font_description_set_style (desc, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (d->layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_width (d->layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (d->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (d->layout, (flags & TEXT_MIDDLE) ? PANGO_ELLIPSIZE_MIDDLE
                                                                : PANGO_ELLIPSIZE_END);
  pango_layout_set_height (d->layout, max_lines > 0 ? -max_lines : -1000);
  pango_layout_set_alignment (d->layout, (flags & TEXT_RIGHT) ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  if (flags & TEXT_MARKUP)
    pango_layout_set_markup (d->layout, text, -1);
  else
    {
      pango_layout_set_attributes (d->layout, NULL);
      pango_layout_set_text (d->layout, text, -1);
    }
  pango_layout_get_pixel_size (d->layout, &tw, &th);
  if (!(flags & TEXT_MEASURE))
    {
      sl_paint_set_color (d->cr, color ? color : &d->style.foreground, 1.0);
      cairo_move_to (d->cr, x, y);
      pango_cairo_show_layout (d->cr, d->layout);
    }
  return th;
}

/* The width text takes on one line. */
static double
measure_width (Deck *d, const char *text, double rel)
{
  PangoFontDescription *desc = sl_paint_style_font (&d->style, rel, FALSE);
  int tw, th;

  pango_layout_set_font_description (d->layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_width (d->layout, -1);
  pango_layout_set_height (d->layout, -1);
  pango_layout_set_attributes (d->layout, NULL);
  pango_layout_set_text (d->layout, text, -1);
  pango_layout_get_pixel_size (d->layout, &tw, &th);
  return tw;
}

/* A link around whatever is drawn between begin and end. cairo quotes attribute strings with
 * single quotes, escaped with a backslash. */
static void
deck_link_begin_uri (Deck *d, const char *uri)
{
  GString *attr = g_string_new ("uri='");

  for (const char *p = uri; *p; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (attr, '\\');
      g_string_append_c (attr, *p);
    }
  g_string_append_c (attr, '\'');
  cairo_tag_begin (d->cr, CAIRO_TAG_LINK, attr->str);
  g_string_free (attr, TRUE);
}

static void
deck_link_begin_page (Deck *d, guint page)
{
  g_autofree char *attr = g_strdup_printf ("page=%u", page);
  cairo_tag_begin (d->cr, CAIRO_TAG_LINK, attr);
}

static void
deck_link_end (Deck *d)
{
  cairo_tag_end (d->cr, CAIRO_TAG_LINK);
}

static void
fill_rect (Deck *d, double x, double y, double w, double h, const SlRgba *c, double alpha)
{
  cairo_rectangle (d->cr, x, y, w, h);
  sl_paint_set_color (d->cr, c, alpha);
  cairo_fill (d->cr);
}

static double
kicker_height (Deck *d)
{
  return deck_text (d, 0, 0, d->w, "Ag", 0.8, TEXT_BOLD | TEXT_MEASURE, NULL, 1);
}

/* Background, a small kicker line and the heading; returns where the content starts. */
static double
deck_begin_page (Deck *d, const char *kicker, const char *heading, int heading_lines)
{
  double y = d->margin * 0.8, inner = d->w - 2 * d->margin;

  d->page++;
  sl_paint_set_color (d->cr, &d->style.background, 1.0);
  cairo_paint (d->cr);
  fill_rect (d, 0, 0, d->w, 4, &d->style.accent, 1.0);
  if (kicker)
    {
      g_autofree char *up = g_utf8_strup (kicker, -1);
      y += deck_text (d, d->margin, y, inner, up, 0.8, TEXT_BOLD, &d->style.accent, 1) + 2;
    }
  if (heading)
    y += deck_text (d, d->margin, y, inner, heading, 1.9, TEXT_BOLD, NULL, heading_lines);
  return y + d->margin * 0.5;
}

static void
deck_end_page (Deck *d)
{
  double y = d->h - d->foot_h + d->margin * 0.25, inner = d->w - 2 * d->margin;
  g_autofree char *num = g_strdup_printf ("%u / %u", d->page, d->n_pages);

  fill_rect (d, d->margin, d->h - d->foot_h, inner, 0.75, &d->style.grid, 2.0);
  deck_text (d, d->margin, y, inner * 0.8, d->title, 0.75, TEXT_PLAIN, &d->style.muted, 1);
  deck_text (d, d->margin + inner * 0.8, y, inner * 0.2, num, 0.75, TEXT_RIGHT, &d->style.muted, 1);
  cairo_show_page (d->cr);
}

static char *
event_date_text (SlModel *model, const SlEvent *ev)
{
  return sl_export_format_interval (ev->start, ev->end_t);
}

static char *
doc_date_text (const SlDoc *doc)
{
  char buf[32];
  SlTime s, e;

  if (doc->dct_date.prec == SL_PREC_NONE
      || !sl_time_interval_from_value (sl_date_to_value (&doc->dct_date, buf, sizeof buf),
                                       SL_MOD_NONE, &s, &e))
    return NULL;
  return sl_export_format_interval (s, e);
}

static const char *
doc_title (SlModel *model, const SlDoc *doc, char **owned)
{
  const char *t = sl_model_str (model, doc->title);
  const char *path;

  if (t && *t)
    return t;
  path = sl_model_str (model, doc->path);
  *owned = g_path_get_basename (path ? path : "untitled article");
  return *owned;
}

/* ---- Cover ---- */

static void
draw_cover (Deck *d)
{
  SlModel *model = d->model;
  double x = d->margin * 1.6, y, inner, col_w, list_x, list_y, list_w, bottom;
  g_autofree char *counts = NULL, *prepared = NULL;
  g_autoptr (GHashTable) outlets = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_events = 0;
  GDateTime *now;
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");

  d->page++;
  sl_paint_set_color (d->cr, &d->style.background, 1.0);
  cairo_paint (d->cr);
  fill_rect (d, 0, 0, d->margin * 0.6, d->h, &d->style.accent, 1.0);

  for (guint32 i = 0; i < sl_model_n_docs (model); i++)
    {
      const char *o = sl_model_str (model, sl_model_doc (model, i)->outlet);
      if (o && *o)
        g_hash_table_add (outlets, (gpointer) o);
    }
  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    if (sl_export_event_included (sl_model_event (model, e)))
      n_events++;

  inner = d->w - x - d->margin;
  col_w = d->wide ? inner * 0.52 : inner;
  y = d->h * (d->wide ? 0.2 : 0.12);
  y += deck_text (d, x, y, col_w, "Briefing", 0.95, TEXT_BOLD, &d->style.accent, 1) + 6;
  y += deck_text (d, x, y, col_w, d->title, 2.8, TEXT_BOLD, NULL, 4) + 10;
  if (d->period)
    y += deck_text (d, x, y, col_w, d->period, 1.45, TEXT_PLAIN, NULL, 2) + 8;
  counts = g_strdup_printf ("%u article%s from %u outlet%s · %u source%s · %u event%s",
                            sl_model_n_docs (model), sl_model_n_docs (model) == 1 ? "" : "s",
                            g_hash_table_size (outlets), g_hash_table_size (outlets) == 1 ? "" : "s",
                            sl_model_n_sources (model), sl_model_n_sources (model) == 1 ? "" : "s",
                            n_events, n_events == 1 ? "" : "s");
  y += deck_text (d, x, y, col_w, counts, 1.1, TEXT_PLAIN, NULL, 2) + 14;
  y += deck_text (d, x, y, col_w, d->how_chosen, 0.9, TEXT_PLAIN, &d->style.muted, 3) + 6;

  /* a reproducible build date when the environment asks for one */
  now = epoch && *epoch ? g_date_time_new_from_unix_utc (g_ascii_strtoll (epoch, NULL, 10))
                        : g_date_time_new_now_utc ();
  if (now)
    {
      g_autofree char *day = sl_export_format_day (g_date_time_to_unix (now));
      prepared = g_strdup_printf ("Prepared with Sourceline on %s", day);
      g_date_time_unref (now);
    }
  bottom = d->h - d->margin * 1.2;
  deck_text (d, x, bottom - 14, col_w, prepared, 0.8, TEXT_PLAIN, &d->style.muted, 1);

  /* contents: the key events, each a link to its page */
  if (d->wide)
    {
      list_x = x + col_w + d->margin;
      list_y = d->h * 0.2;
      list_w = d->w - list_x - d->margin;
    }
  else
    {
      list_x = x;
      list_y = y + d->margin;
      list_w = col_w;
    }
  if (d->key->len > 0 && list_y < bottom - 60)
    {
      double row_h, date_w = list_w * 0.26;
      guint shown = 0;

      /* the date column takes the longest date whole ("29 Apr – 5 May 2024" was cut to
       * "29 Apr – 5 Ma…"), up to two fifths of the list */
      for (guint i = 0; i < d->key->len; i++)
        {
          const SlEvent *ev = sl_model_event (model, g_array_index (d->key, guint32, i));
          g_autofree char *when = sl_export_format_interval_short (ev->start, ev->end_t);

          date_w = MAX (date_w, measure_width (d, when, 0.9) + 12);
        }
      date_w = MIN (date_w, list_w * 0.4);
      list_y += deck_text (d, list_x, list_y, list_w, "In this briefing", 1.0, TEXT_BOLD, NULL, 1) + 6;
      row_h = deck_text (d, 0, 0, list_w, "Ag", 0.9, TEXT_MEASURE, NULL, 1) + 5;
      for (guint i = 0; i < d->key->len; i++)
        {
          guint32 e = g_array_index (d->key, guint32, i);
          const SlEvent *ev = sl_model_event (model, e);
          g_autofree char *when = sl_export_format_interval_short (ev->start, ev->end_t);
          g_autofree char *num = g_strdup_printf ("%u", d->first_key_page + i);
          const char *label = sl_model_str (model, ev->label);

          if (list_y + 2 * row_h > bottom - 20 && i + 1 < d->key->len)
            {
              g_autofree char *more = g_strdup_printf ("… and %u more key events", d->key->len - i);
              deck_text (d, list_x, list_y, list_w, more, 0.9, TEXT_ITALIC, &d->style.muted, 1);
              break;
            }
          deck_link_begin_page (d, d->first_key_page + i);
          deck_text (d, list_x, list_y, date_w, when, 0.9, TEXT_PLAIN, &d->style.muted, 1);
          deck_text (d, list_x + date_w, list_y, list_w - date_w - 28, label ? label : "Untitled event",
                     0.9, TEXT_PLAIN, NULL, 1);
          deck_text (d, list_x + list_w - 26, list_y, 26, num, 0.9, TEXT_RIGHT, &d->style.muted, 1);
          deck_link_end (d);
          list_y += row_h;
          shown++;
        }
    }
  cairo_show_page (d->cr);
}

/* ---- Timeline overview ---- */

static void
draw_overview (Deck *d)
{
  SlExportOptions opts;
  double body_h = d->h - d->foot_h;

  sl_export_options_init (&opts);
  opts.view = SL_EXPORT_VIEW_TIMELINE;
  opts.dark = d->opts->dark;
  opts.title = d->key->len ? "Timeline overview, key events highlighted" : "Timeline overview";
  opts.footnotes = FALSE;
  opts.legend = TRUE;
  /* a handful of category lanes fit a page whatever the number of sources */
  opts.lane_mode = SL_LANE_BY_CATEGORY;
  opts.folded_lanes = d->opts->folded_lanes;
  if (d->opts->has_range)
    {
      opts.has_range = TRUE;
      opts.from = d->opts->from;
      opts.to = d->opts->to;
    }
  /* a timeline needs width: on a portrait deck its page turns landscape */
  if (!d->wide)
    {
      double t = d->w;
      d->w = d->h;
      d->h = t;
      cairo_pdf_surface_set_size (d->surface, d->w, d->h);
      body_h = d->h - d->foot_h;
    }
  d->page++;
  sl_paint_set_color (d->cr, &d->style.background, 1.0);
  cairo_paint (d->cr);
  cairo_save (d->cr);
  cairo_rectangle (d->cr, 0, 0, d->w, body_h);
  cairo_clip (d->cr);
  sl_export_draw_page (d->model, &opts, d->cr, d->w, body_h, (const guint32 *) d->key->data,
                       d->key->len, NULL);
  cairo_restore (d->cr);
  deck_end_page (d);
  if (!d->wide)
    {
      double t = d->w;
      d->w = d->h;
      d->h = t;
      cairo_pdf_surface_set_size (d->surface, d->w, d->h);
    }
}

/* ---- Key events ---- */

/* A model holding only what the chains of these events pass through: the articles' outlets,
 * the sources of their claims and the claims' via chains, so that the graph painter draws
 * exactly the attribution of the event in the project's visual language. */
static SlModel *
chain_model (SlModel *model, GArray *events)
{
  SlModel *sub = sl_model_new ();
  g_autoptr (GHashTable) smap = g_hash_table_new (NULL, NULL);
  g_autoptr (GHashTable) cmap = g_hash_table_new (NULL, NULL);
  g_autoptr (GHashTable) dmap = g_hash_table_new (NULL, NULL);
  g_autoptr (GArray) chain = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) claims = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint i = 0; i < events->len; i++)
    {
      guint32 e = g_array_index (events, guint32, i);
      const SlEvent *ev = sl_model_event (model, e);
      guint n;
      const guint32 *ec = sl_model_event_claims (model, e, &n);
      gpointer dv;
      guint32 sub_doc;
      SlEvent copy = { 0 };

      if (!g_hash_table_lookup_extended (dmap, GUINT_TO_POINTER (ev->doc), NULL, &dv))
        {
          const SlDoc *doc = sl_model_doc (model, ev->doc);
          const char *outlet = sl_model_str (model, doc->outlet);
          SlDoc nd = { 0 };

          if (outlet && *outlet)
            {
              guint32 os = sl_model_find_source (model, outlet);
              SlSourceKind kind = os != SL_NONE ? (SlSourceKind) sl_model_source (model, os)->kind
                                                : SL_SOURCE_OUTLET;
              nd.outlet = sl_model_intern (sub, outlet);
              sl_model_add_source (sub, outlet, kind, NULL);
            }
          sub_doc = sl_model_add_doc (sub, &nd);
          g_hash_table_insert (dmap, GUINT_TO_POINTER (ev->doc), GUINT_TO_POINTER (sub_doc));
        }
      else
        sub_doc = GPOINTER_TO_UINT (dv);

      g_array_set_size (claims, 0);
      for (guint k = 0; k < n; k++)
        {
          g_array_set_size (chain, 0);
          sl_model_claim_chain (model, ec[k], chain);
          /* outermost first, so each claim's via is copied before it */
          for (guint j = 0; j < chain->len; j++)
            {
              guint32 c = g_array_index (chain, guint32, j);
              const SlClaim *cl = sl_model_claim (model, c);
              gpointer v;

              if (!g_hash_table_lookup_extended (cmap, GUINT_TO_POINTER (c), NULL, &v))
                {
                  SlClaim nc = *cl;
                  const SlSource *src = sl_model_source (model, cl->source);
                  guint32 ns;

                  if (!g_hash_table_lookup_extended (smap, GUINT_TO_POINTER (cl->source), NULL, &v))
                    {
                      ns = sl_model_add_source (sub, sl_model_str (model, src->name),
                                                (SlSourceKind) src->kind,
                                                sl_model_str (model, src->title));
                      sl_model_source_mut (sub, ns)->reliability = src->reliability;
                      sl_model_source_mut (sub, ns)->credibility = src->credibility;
                      g_hash_table_insert (smap, GUINT_TO_POINTER (cl->source), GUINT_TO_POINTER (ns));
                    }
                  else
                    ns = GPOINTER_TO_UINT (v);
                  nc.doc = sub_doc;
                  nc.source = ns;
                  nc.cue = 0;
                  nc.said_on = 0;
                  if (cl->via != SL_NONE)
                    {
                      gpointer vv = g_hash_table_lookup (cmap, GUINT_TO_POINTER (cl->via));
                      nc.via = vv ? GPOINTER_TO_UINT (vv) - 1 : SL_NONE;
                    }
                  v = GUINT_TO_POINTER (sl_model_add_claim (sub, &nc) + 1);
                  g_hash_table_insert (cmap, GUINT_TO_POINTER (c), v);
                }
            }
          {
            guint32 mapped = GPOINTER_TO_UINT (g_hash_table_lookup (cmap, GUINT_TO_POINTER (ec[k]))) - 1;
            g_array_append_val (claims, mapped);
          }
        }
      /* the event itself, so a denial among its claims is drawn as one */
      copy.doc = sub_doc;
      copy.start = ev->start;
      copy.end_t = ev->end_t;
      copy.timex = SL_NONE;
      copy.flags = ev->flags;
      sl_model_add_event (sub, &copy, (const guint32 *) claims->data, claims->len, NULL, 0);
    }
  return sub;
}

static void
draw_chain_graph (Deck *d, GArray *events, double x, double y, double w, double h)
{
  g_autoptr (SlModel) sub = chain_model (d->model, events);
  SlGraphPainter *gp = sl_graph_painter_new ();
  SlGraphViewport vp;

  double x0, y0, x1, y1, s = 1.0;

  sl_graph_painter_set_style (gp, &d->style);
  sl_graph_painter_set_fit_labels (gp, TRUE);
  sl_graph_painter_set_model (gp, sub);
  /* labels keep their size when the graph is fitted: a wide chain is drawn as a reduced
   * picture of itself at zoom 1 instead, so names never pile up */
  if (sl_graph_layout_bounds (sl_graph_painter_get_layout (gp), &x0, &y0, &x1, &y1))
    s = CLAMP (MIN (w / (x1 - x0 + 200), h / (y1 - y0 + 90)), 0.5, 1.0);
  sl_graph_viewport_init (&vp, w / s, h / s);
  sl_graph_viewport_fit (&vp, sl_graph_painter_get_layout (gp));
  cairo_save (d->cr);
  cairo_translate (d->cr, x, y);
  cairo_scale (d->cr, s, s);
  sl_graph_painter_draw (gp, d->cr, &vp);
  cairo_restore (d->cr);
  sl_graph_painter_free (gp);

  cairo_rectangle (d->cr, x + 0.5, y + 0.5, w - 1, h - 1);
  sl_paint_set_color (d->cr, &d->style.grid, 2.0);
  cairo_set_line_width (d->cr, 1);
  cairo_stroke (d->cr);
}

static const char *
stance_mark (SlStance stance)
{
  switch (stance)
    {
    case SL_STANCE_ASSERT: return "●";
    case SL_STANCE_ESTIMATE: return "◐";
    case SL_STANCE_SUSPECT: return "○";
    case SL_STANCE_DENY: return "✕";
    case SL_STANCE_REPORT:
    case SL_STANCE_COUNT:
    default: return "◆";
    }
}

static const char *
credibility_meaning (char c)
{
  switch (c)
    {
    case '1': return "confirmed by other sources";
    case '2': return "probably true";
    case '3': return "possibly true";
    case '4': return "doubtful";
    case '5': return "improbable";
    default: return "truth cannot be judged";
    }
}

/* "— Harbor Ledger, 29 March 2024 · “Russia blocks …”" */
static char *
mention_credit (SlModel *model, guint32 event)
{
  const SlDoc *doc = sl_model_doc (model, sl_model_event (model, event)->doc);
  const char *outlet = sl_model_str (model, doc->outlet);
  g_autofree char *owned = NULL, *when = doc_date_text (doc);
  const char *title = doc_title (model, doc, &owned);
  GString *s = g_string_new ("— ");

  if (outlet && *outlet)
    g_string_append (s, outlet);
  if (when)
    g_string_append_printf (s, "%s%s", outlet && *outlet ? ", " : "", when);
  g_string_append_printf (s, "%s“%s”", s->len > 4 ? " · " : "", title);
  return g_string_free (s, FALSE);
}

static void
draw_key_event (Deck *d, guint index)
{
  SlModel *model = d->model;
  guint32 e = g_array_index (d->key, guint32, index);
  const SlEvent *ev = sl_model_event (model, e);
  const SlTimex *tx = ev->timex != SL_NONE && ev->timex < sl_model_n_timexes (model)
                        ? sl_model_timex (model, ev->timex) : NULL;
  const char *label = sl_model_str (model, ev->label);
  const char *when_value = sl_model_str (model, ev->when);
  const char *mod = sl_mod_to_string ((SlMod) ev->mod);
  const char *note = sl_model_event_note (model, e);
  g_autoptr (GArray) mentions = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) chain_events = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) graded = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) sources = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GString) date_line = g_string_new (NULL);
  g_autoptr (GString) corr_line = g_string_new (NULL);
  g_autoptr (GString) grade_line = g_string_new (NULL);
  g_autoptr (GHashTable) articles = g_hash_table_new (NULL, NULL);
  g_autofree char *kicker = NULL, *when = NULL, *written = NULL;
  double y, inner = d->w - 2 * d->margin, col_x, col_w, left_w, bottom, band_h, qy;
  SlCorroboration corr;
  guint n_claims;
  const guint32 *claims;

  d->corr (d->corr_data, model, e, &corr, mentions);
  if (mentions->len == 0)
    g_array_append_val (mentions, e);
  for (guint i = 0; i < mentions->len; i++)
    g_hash_table_add (articles, GUINT_TO_POINTER (sl_model_event (model, g_array_index (mentions, guint32, i))->doc));

  kicker = g_strdup_printf ("Key event %u of %u · %s%s", index + 1, d->key->len,
                            sl_paint_category_name ((SlCategory) ev->category),
                            corr.contested ? " · contested" : "");
  y = deck_begin_page (d, kicker, label && *label ? label : "Untitled event", 2);

  /* the date: resolved, and as the article wrote it */
  when = event_date_text (model, ev);
  g_string_append (date_line, when);
  if (tx)
    written = sl_export_doc_slice (model, tx->doc, tx->begin, tx->end);
  if (written)
    {
      const SlDoc *doc = sl_model_doc (model, tx->doc);
      const char *outlet = sl_model_str (model, doc->outlet);
      g_string_append_printf (date_line, " · written “%s”", written);
      if (outlet && *outlet)
        g_string_append_printf (date_line, " in %s", outlet);
    }
  if (when_value && *when_value)
    g_string_append_printf (date_line, " · TIMEX3 %s%s%s", when_value, mod ? " " : "", mod ? mod : "");
  y += deck_text (d, d->margin, y - d->margin * 0.3, inner, date_line->str, 1.05, TEXT_PLAIN,
                  &d->style.muted, 2) + d->margin * 0.2;

  /* the bottom band: corroboration and grades */
  g_string_append_printf (corr_line, "Corroboration: reported by %u article%s",
                          g_hash_table_size (articles), g_hash_table_size (articles) == 1 ? "" : "s");
  if (corr.n_mentions > g_hash_table_size (articles))
    g_string_append_printf (corr_line, " (%u mentions)", corr.n_mentions);
  g_string_append_printf (corr_line, "; %u independent origin%s", corr.n_origins,
                          corr.n_origins == 1 ? "" : "s");
  if (corr.credibility)
    g_string_append_printf (corr_line, "; suggested credibility %c, %s", corr.credibility,
                            credibility_meaning (corr.credibility));
  g_string_append_c (corr_line, '.');
  for (guint i = 0; i < mentions->len && i < MAX_CHAIN_MENTIONS; i++)
    g_array_append_val (chain_events, g_array_index (mentions, guint32, i));
  for (guint i = 0; i < chain_events->len; i++)
    sl_model_event_sources (model, g_array_index (chain_events, guint32, i), sources);
  for (guint i = 0; i < sources->len; i++)
    {
      const SlSource *s = sl_model_source (model, g_array_index (sources, guint32, i));
      g_autofree char *grade = sl_export_source_grade (s);
      if (grade)
        g_string_append_printf (grade_line, "%s%s %s", grade_line->len ? " · " : "",
                                sl_model_str (model, s->name), grade);
    }
  if (grade_line->len)
    g_string_prepend (grade_line, "Admiralty grades: ");
  else
    g_string_assign (grade_line, "Admiralty grades: none recorded yet for these sources.");
  if (corr.contested)
    g_string_append (corr_line, " Contested: a source denies it.");

  bottom = d->h - d->foot_h - d->margin * 0.4;
  band_h = deck_text (d, 0, 0, inner, corr_line->str, 0.95, TEXT_MEASURE, NULL, 2)
           + deck_text (d, 0, 0, inner, grade_line->str, 0.95, TEXT_MEASURE, NULL, 2) + 6;
  if (note && *note)
    band_h += deck_text (d, 0, 0, inner, note, 0.95, TEXT_MEASURE | TEXT_ITALIC, NULL, 2) + 4;
  {
    double by = bottom - band_h;
    fill_rect (d, d->margin, by - 6, inner, 0.75, &d->style.grid, 2.0);
    by += deck_text (d, d->margin, by, inner, corr_line->str, 0.95,
                     corr.contested ? TEXT_BOLD : TEXT_PLAIN,
                     corr.contested ? &d->style.contested : NULL, 2);
    by += deck_text (d, d->margin, by + 2, inner, grade_line->str, 0.95, TEXT_PLAIN, NULL, 2) + 2;
    if (note && *note)
      {
        g_autofree char *n = g_strdup_printf ("Analyst's note: %s", note);
        deck_text (d, d->margin, by + 4, inner, n, 0.95, TEXT_ITALIC, &d->style.muted, 2);
      }
    bottom -= band_h + d->margin * 0.5;
  }

  /* left: the sentences; right: the chain (stacked on a portrait page) */
  if (d->wide)
    {
      left_w = inner * 0.54;
      col_x = d->margin + left_w + d->margin;
      col_w = inner - left_w - d->margin;
    }
  else
    {
      left_w = inner;
      col_x = d->margin;
      col_w = inner;
    }

  qy = y;
  qy += deck_text (d, d->margin, qy, left_w, "Reported as", 0.85, TEXT_BOLD, &d->style.muted, 1) + 4;
  {
    double limit = d->wide ? bottom : y + (bottom - y) * 0.5;
    guint shown = 0;

    for (guint i = 0; i < mentions->len && shown < MAX_QUOTES; i++)
      {
        guint32 m = g_array_index (mentions, guint32, i);
        const SlEvent *mev = sl_model_event (model, m);
        g_autofree char *sentence = sl_export_doc_slice (model, mev->doc, mev->sentence_begin,
                                                         mev->sentence_end);
        g_autofree char *quoted = NULL, *credit = mention_credit (model, m);
        double qh, ch;

        if (sentence == NULL)
          continue;
        quoted = g_strdup_printf ("“%s”", sentence);
        qh = deck_text (d, 0, 0, left_w - 12, quoted, 1.0, TEXT_ITALIC | TEXT_MEASURE, NULL, 5);
        ch = deck_text (d, 0, 0, left_w - 12, credit, 0.8, TEXT_MEASURE, NULL, 1);
        if (qy + qh + ch > limit)
          break;
        fill_rect (d, d->margin, qy + 2, 3, qh + ch - 2, &d->style.category[ev->category], 1.0);
        qy += deck_text (d, d->margin + 12, qy, left_w - 12, quoted, 1.0, TEXT_ITALIC, NULL, 5);
        qy += deck_text (d, d->margin + 12, qy + 1, left_w - 12, credit, 0.8, TEXT_PLAIN,
                         &d->style.muted, 1) + 10;
        shown++;
      }
    if (shown == 0)
      qy += deck_text (d, d->margin, qy, left_w, "The article's sentence is not available.", 0.95,
                       TEXT_ITALIC, &d->style.muted, 1) + 10;
    if (mentions->len > shown && shown > 0)
      {
        g_autofree char *more = g_strdup_printf ("%u more mention%s in the references.",
                                                 mentions->len - shown,
                                                 mentions->len - shown == 1 ? "" : "s");
        qy += deck_text (d, d->margin + 12, qy, left_w - 12, more, 0.8, TEXT_ITALIC,
                         &d->style.muted, 1) + 6;
      }
  }

  /* the chain as a graph, then each claim's path in words */
  {
    double gy = d->wide ? y : qy + 6, gh, ty;
    guint lines = 0, total_claims = 0;
    g_autoptr (GHashTable) said = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

    gy += deck_text (d, col_x, gy, col_w, "Attribution", 0.85, TEXT_BOLD, &d->style.muted, 1) + 4;
    for (guint k = 0; k < chain_events->len; k++)
      {
        sl_model_event_claims (model, g_array_index (chain_events, guint32, k), &n_claims);
        total_claims += MAX (n_claims, 1);
      }
    gh = (bottom - gy) - MIN (total_claims, MAX_CHAINS) * 16 - 6;
    gh = MAX (gh, 60);
    draw_chain_graph (d, chain_events, col_x, gy, col_w, gh);
    ty = gy + gh + 6;
    for (guint k = 0; k < chain_events->len && lines < MAX_CHAINS; k++)
      {
        guint32 ce = g_array_index (chain_events, guint32, k);

        claims = sl_model_event_claims (model, ce, &n_claims);
        if (n_claims == 0)
          {
            const char *outlet = sl_model_str (model, sl_model_doc (model, sl_model_event (model, ce)->doc)->outlet);
            g_autofree char *line = g_strdup_printf ("◆ %s states it in its own words",
                                                     outlet && *outlet ? outlet : "The article");
            if (!g_hash_table_contains (said, line))
              {
                ty += deck_text (d, col_x, ty, col_w, line, 0.85, TEXT_PLAIN, NULL, 1) + 2;
                g_hash_table_add (said, g_steal_pointer (&line));
                lines++;
              }
          }
        for (guint i = 0; i < n_claims && lines < MAX_CHAINS; i++)
          {
            const SlClaim *c = sl_model_claim (model, claims[i]);
            gboolean relay = FALSE;
            g_autofree char *path = NULL, *line = NULL;
            const char *cue;

            for (guint j = 0; j < n_claims && !relay; j++)
              relay = j != i && sl_model_claim (model, claims[j])->via == claims[i];
            if (relay)
              continue;
            path = sl_export_claim_chain_text (model, claims[i]);
            cue = sl_model_str (model, c->cue);
            line = cue && *cue ? g_strdup_printf ("%s %s — “%s”", stance_mark ((SlStance) c->stance), path, cue)
                               : g_strdup_printf ("%s %s", stance_mark ((SlStance) c->stance), path);
            if (g_hash_table_contains (said, line))
              continue;
            ty += deck_text (d, col_x, ty, col_w, line, 0.85, TEXT_PLAIN,
                             c->stance == SL_STANCE_DENY ? &d->style.contested : NULL, 1) + 2;
            g_hash_table_add (said, g_steal_pointer (&line));
            lines++;
          }
      }
  }
  deck_end_page (d);
}

/* ---- Sources ---- */

static int
source_order_cmp (gconstpointer a, gconstpointer b, gpointer data)
{
  Deck *d = data;
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;
  const SlSource *sx = sl_model_source (d->model, x), *sy = sl_model_source (d->model, y);

  if (sx->n_claims != sy->n_claims)
    return sx->n_claims > sy->n_claims ? -1 : 1;
  if (d->source_events[x] != d->source_events[y])
    return d->source_events[x] > d->source_events[y] ? -1 : 1;
  return g_utf8_collate (sl_model_str (d->model, sx->name) ? sl_model_str (d->model, sx->name) : "",
                         sl_model_str (d->model, sy->name) ? sl_model_str (d->model, sy->name) : "");
}

static void
prepare_sources (Deck *d)
{
  SlModel *model = d->model;
  guint n = sl_model_n_sources (model);
  g_autoptr (GArray) srcs = g_array_new (FALSE, FALSE, sizeof (guint32));

  d->source_events = g_new0 (guint32, n + 1);
  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    {
      if (!sl_export_event_included (sl_model_event (model, e)))
        continue;
      g_array_set_size (srcs, 0);
      sl_model_event_sources (model, e, srcs);
      for (guint i = 0; i < srcs->len; i++)
        d->source_events[g_array_index (srcs, guint32, i)]++;
    }
  d->sources = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint32 s = 0; s < n; s++)
    if (sl_model_source (model, s)->merged_into == SL_NONE)
      g_array_append_val (d->sources, s);
  g_array_sort_with_data (d->sources, source_order_cmp, d);
}

static void
draw_table_header (Deck *d, double y, const char *const *names, const double *cols,
                   const TextFlags *align, guint n)
{
  double inner = d->w - 2 * d->margin;

  for (guint c = 0; c < n; c++)
    {
      double x0 = d->margin + cols[c] * inner, x1 = d->margin + cols[c + 1] * inner;
      deck_text (d, x0 + 4, y, x1 - x0 - 8, names[c], 0.8, TEXT_BOLD | align[c], &d->style.muted, 1);
    }
  fill_rect (d, d->margin, y + d->row_h - 3, inner, 0.75, &d->style.grid, 3.0);
}

static void
draw_sources_page (Deck *d, guint first, gboolean continued)
{
  static const char *const names[] = { "Source", "Kind", "Claims", "Events", "Grade" };
  static const double cols[] = { 0, 0.5, 0.68, 0.78, 0.88, 1.0 };
  static const TextFlags align[] = { 0, 0, TEXT_RIGHT, TEXT_RIGHT, TEXT_RIGHT };
  double y, inner = d->w - 2 * d->margin;

  y = deck_begin_page (d, continued ? "Sources, continued" : "Sources", "Who the events rest on", 1);
  y = d->table_top;
  draw_table_header (d, y, names, cols, align, G_N_ELEMENTS (names));
  y += d->row_h;
  if (d->sources->len == 0)
    deck_text (d, d->margin + 4, y, inner, "No sources were found in these articles.", 0.85,
               TEXT_ITALIC, &d->style.muted, 1);
  for (guint r = first; r < d->sources->len && r < first + d->source_rows; r++)
    {
      guint32 s = g_array_index (d->sources, guint32, r);
      const SlSource *src = sl_model_source (d->model, s);
      const char *name = sl_model_str (d->model, src->name);
      const char *title = sl_model_str (d->model, src->title);
      g_autofree char *grade = sl_export_source_grade (src);
      g_autofree char *who = title && *title ? g_strdup_printf ("%s, %s", name, title) : g_strdup (name);
      char claims[16], events[16];
      const char *cells[5];

      g_snprintf (claims, sizeof claims, "%u", src->n_claims);
      g_snprintf (events, sizeof events, "%u", d->source_events[s]);
      cells[0] = who;
      cells[1] = sl_paint_source_kind_name ((SlSourceKind) src->kind);
      cells[2] = claims;
      cells[3] = events;
      cells[4] = grade ? grade : "—";
      if ((r - first) % 2 == 1)
        fill_rect (d, d->margin, y - 2, inner, d->row_h, &d->style.lane_alt, 1.0);
      for (guint c = 0; c < G_N_ELEMENTS (names); c++)
        {
          double x0 = d->margin + cols[c] * inner, x1 = d->margin + cols[c + 1] * inner;
          deck_text (d, x0 + 4, y, x1 - x0 - 8, cells[c], 0.8, align[c],
                     c == 4 && !grade ? &d->style.muted : NULL, 1);
        }
      y += d->row_h;
    }
  deck_end_page (d);
}

/* ---- References ---- */

static int
doc_order_cmp (gconstpointer a, gconstpointer b, gpointer model)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;
  const SlDoc *dx = sl_model_doc (model, x), *dy = sl_model_doc (model, y);
  SlTime tx = G_MAXINT64, ty = G_MAXINT64, e;
  char buf[32];

  if (dx->dct_date.prec != SL_PREC_NONE)
    sl_time_interval_from_value (sl_date_to_value (&dx->dct_date, buf, sizeof buf), SL_MOD_NONE, &tx, &e);
  if (dy->dct_date.prec != SL_PREC_NONE)
    sl_time_interval_from_value (sl_date_to_value (&dy->dct_date, buf, sizeof buf), SL_MOD_NONE, &ty, &e);
  if (tx != ty)
    return tx < ty ? -1 : 1;
  return x < y ? -1 : x > y;
}


/* "<b>Harbor Ledger</b>, 29 March 2024. Russia blocks renewal …" */
static char *
reference_markup (Deck *d, guint32 i)
{
  const SlDoc *doc = sl_model_doc (d->model, i);
  const char *outlet = sl_model_str (d->model, doc->outlet);
  g_autofree char *owned = NULL, *when = doc_date_text (doc);
  const char *title = doc_title (d->model, doc, &owned);
  GString *s = g_string_new (NULL);

  if (outlet && *outlet)
    {
      g_autofree char *o = g_markup_escape_text (outlet, -1);
      g_string_append_printf (s, "<b>%s</b>", o);
    }
  else
    g_string_append (s, "<b>Unknown outlet</b>");
  if (when)
    g_string_append_printf (s, ", %s%s", when, doc->dct_source == SL_DCT_INFERRED ? " (date inferred)" : "");
  else
    g_string_append (s, ", undated");
  {
    g_autofree char *t = g_markup_escape_text (title, -1);
    g_string_append_printf (s, ". %s%s", t, g_str_has_suffix (title, ".") ? "" : ".");
  }
  return g_string_free (s, FALSE);
}

static double
reference_height (Deck *d, guint32 i)
{
  double inner = d->w - 2 * d->margin - d->ref_number_w;
  g_autofree char *markup = reference_markup (d, i);
  const char *url = sl_model_str (d->model, sl_model_doc (d->model, i)->url);
  double h = deck_text (d, 0, 0, inner, markup, 0.85, TEXT_MARKUP | TEXT_MEASURE, NULL, 3);

  if (url && *url)
    h += deck_text (d, 0, 0, inner, url, 0.8, TEXT_MIDDLE | TEXT_MEASURE, NULL, 1);
  return h + 6;
}

/* Splits the references into pages by their measured heights. */
static void
paginate_references (Deck *d)
{
  double avail = d->h - d->foot_h - d->table_top - d->margin * 0.3, used = 0;
  g_autofree char *widest = g_strdup_printf ("%u.", MAX (d->docs->len, 1));

  d->ref_number_w = measure_width (d, widest, 0.85) + 8;

  d->ref_pages = g_array_new (FALSE, FALSE, sizeof (guint));
  d->ref_heights = g_new (double, d->docs->len + 1);
  g_array_append_val (d->ref_pages, (guint) { 0 });
  for (guint r = 0; r < d->docs->len; r++)
    {
      double h = reference_height (d, g_array_index (d->docs, guint32, r));

      d->ref_heights[r] = h;
      if (used > 0 && used + h > avail)
        {
          g_array_append_val (d->ref_pages, r);
          used = 0;
        }
      used += h;
    }
}

static void
draw_references_page (Deck *d, guint page)
{
  guint first = g_array_index (d->ref_pages, guint, page);
  guint last = page + 1 < d->ref_pages->len ? g_array_index (d->ref_pages, guint, page + 1)
                                            : d->docs->len;
  double y, inner = d->w - 2 * d->margin - d->ref_number_w;

  deck_begin_page (d, page > 0 ? "References, continued" : "References",
                   "The articles this briefing draws on", 1);
  y = d->table_top;
  if (d->docs->len == 0)
    deck_text (d, d->margin, y, inner, "No articles.", 0.85, TEXT_ITALIC, &d->style.muted, 1);
  for (guint r = first; r < last; r++)
    {
      guint32 i = g_array_index (d->docs, guint32, r);
      const char *url = sl_model_str (d->model, sl_model_doc (d->model, i)->url);
      g_autofree char *markup = reference_markup (d, i);
      g_autofree char *num = g_strdup_printf ("%u.", r + 1);
      double ty = y;

      deck_text (d, d->margin, ty, d->ref_number_w - 6, num, 0.85, TEXT_RIGHT, &d->style.muted, 1);
      ty += deck_text (d, d->margin + d->ref_number_w, ty, inner, markup, 0.85, TEXT_MARKUP, NULL, 3);
      if (url && *url)
        {
          deck_link_begin_uri (d, url);
          deck_text (d, d->margin + d->ref_number_w, ty, inner, url, 0.8, TEXT_MIDDLE, &d->style.accent, 1);
          deck_link_end (d);
        }
      y += d->ref_heights[r];
    }
  deck_end_page (d);
}

/* ------------------------------------------------------------------------------------------ */
/* Writing                                                                                    */

static cairo_status_t
write_cb (void *closure, const unsigned char *data, unsigned int length)
{
  SlExportFile *file = closure;

  if (fwrite (data, 1, length, sl_export_file_stream (file)) != length)
    {
      sl_export_file_set_errno (file, errno);
      return CAIRO_STATUS_WRITE_ERROR;
    }
  return CAIRO_STATUS_SUCCESS;
}

/* One end of the period, at the precision of the event that bounds it: a year-long event
 * starts "2022", not "1 January 2022"; "early 2023" (January to April) starts "January 2023";
 * anything else on its day. */
static char *
period_end_text (const SlEvent *ev, gboolean last)
{
  g_autofree char *whole = sl_export_format_interval (ev->start, ev->end_t);
  SlTime t = last ? MAX (ev->start, ev->end_t - 1) : ev->start;
  gint64 y0, y1, y;
  guint m0, m1, d0, d1, m, d;

  /* a single day, month, year or decade is written without a dash */
  if (strstr (whole, "–") == NULL)
    return g_steal_pointer (&whole);
  sl_time_to_ymd (ev->start, &y0, &m0, &d0);
  sl_time_to_ymd (ev->end_t, &y1, &m1, &d1);
  sl_time_to_ymd (t, &y, &m, &d);
  if (ev->start % SL_DAY == 0 && ev->end_t % SL_DAY == 0 && d0 == 1 && d1 == 1)
    {
      if (m0 == 1 && m1 == 1)
        return sl_export_format_interval (sl_time_from_ymd (y, 1, 1), sl_time_from_ymd (y + 1, 1, 1));
      return sl_export_format_interval (sl_time_from_ymd (y, m, 1),
                                        m == 12 ? sl_time_from_ymd (y + 1, 1, 1)
                                                : sl_time_from_ymd (y, m + 1, 1));
    }
  return sl_export_format_day (t);
}

/* The period the deck covers: a range given is named by its days; otherwise what the
 * overview draws widened to every key event (a stray "1970s" the overview leaves out is still
 * in the list), from the date of the event that starts it to that of the event that ends it,
 * each at its precision — so the cover agrees with the first and the last key event it lists:
 * "2022 – 5 May 2024" above "2022 … 29 Apr – 5 May 2024", not "1 January 2022 – …" above
 * "1970s … 2022 …". */
static char *
period_text (SlModel *model, const SlBriefingOptions *opts, GArray *key)
{
  SlTime a, b;
  const SlEvent *first = NULL, *last = NULL;
  g_autofree char *x = NULL, *y = NULL;

  if (opts->has_range)
    {
      /* the day of the range's last instant, as the overview's subtitle names it: a range
       * ending at 07:00 on 11 January ends on the 11th, not the 10th */
      x = sl_export_format_day (opts->from);
      y = sl_export_format_day (opts->to > opts->from ? opts->to - 1 : opts->from);
    }
  else
    {
      gboolean any = sl_export_default_range (model, FALSE, &a, &b);

      for (guint i = 0; i < key->len; i++)
        {
          const SlEvent *ev = sl_model_event (model, g_array_index (key, guint32, i));

          a = any ? MIN (a, ev->start) : ev->start;
          b = any ? MAX (b, ev->end_t) : ev->end_t;
          any = TRUE;
        }
      if (!any)
        return NULL;
      for (guint32 e = 0; e < sl_model_n_events (model); e++)
        {
          const SlEvent *ev = sl_model_event (model, e);

          if (!sl_export_event_included (ev) || ev->start < a || ev->end_t > b)
            continue;
          /* of events starting together the longest, whose precision is the coarsest */
          if (first == NULL || ev->start < first->start
              || (ev->start == first->start && ev->end_t > first->end_t))
            first = ev;
          if (last == NULL || ev->end_t > last->end_t
              || (ev->end_t == last->end_t && ev->start < last->start))
            last = ev;
        }
      if (first == NULL)
        return NULL;
      x = period_end_text (first, FALSE);
      y = period_end_text (last, TRUE);
    }
  return g_strcmp0 (x, y) == 0 ? g_steal_pointer (&x) : g_strdup_printf ("%s – %s", x, y);
}

static guint
pages_for (guint rows, guint per_page)
{
  return rows == 0 ? 1 : (rows + per_page - 1) / per_page;
}

static void
add_outline (Deck *d, int parent, const char *name, guint page, int *id)
{
  g_autofree char *attr = g_strdup_printf ("page=%u", page);
  int got = cairo_pdf_surface_add_outline (d->surface, parent, name, attr,
                                           id ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);
  if (id)
    *id = got;
}

gboolean
sl_briefing_write (SlModel *model, const SlBriefingOptions *opts, const char *path,
                   guint *n_pages, GError **error)
{
  Deck deck = { 0 }, *d = &deck;
  SlExportFile *file;
  cairo_status_t status;
  gboolean ok;
  double content_h;
  int key_outline = 0;

  g_return_val_if_fail (model != NULL && opts != NULL && path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (opts->has_range && opts->to <= opts->from)
    {
      g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_INVALID,
                   _("The date range ends before it starts"));
      return FALSE;
    }
  file = sl_export_file_new (path, error);
  if (file == NULL)
    return FALSE;

  d->model = model;
  d->opts = opts;
  d->wide = opts->paper != SL_BRIEFING_A4;
  d->w = d->wide ? 960 : 595;
  d->h = d->wide ? 540 : 842;
  d->margin = d->wide ? 36 : 40;
  sl_paint_style_init (&d->style, opts->dark);
  /* slides are read from across a room; a page at arm's length */
  sl_paint_style_set_font (&d->style, NULL, d->wide ? 10.0 : 8.0);
  d->corr = corroboration_func (opts, &d->corr_data);
  d->title = opts->title ? g_strdup (opts->title) : sl_export_model_title (model);
  d->key = g_array_new (FALSE, FALSE, sizeof (guint32));
  d->how_chosen = sl_briefing_choose_events (model, opts, d->key);
  d->period = period_text (model, opts, d->key);
  prepare_sources (d);
  d->docs = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint32 i = 0; i < sl_model_n_docs (model); i++)
    g_array_append_val (d->docs, i);
  g_array_sort_with_data (d->docs, doc_order_cmp, model);

  d->surface = cairo_pdf_surface_create_for_stream (write_cb, file, d->w, d->h);
  d->cr = cairo_create (d->surface);
  d->layout = pango_cairo_create_layout (d->cr);
  cairo_pdf_surface_set_metadata (d->surface, CAIRO_PDF_METADATA_TITLE, d->title);
  cairo_pdf_surface_set_metadata (d->surface, CAIRO_PDF_METADATA_SUBJECT, "Briefing");
  cairo_pdf_surface_set_metadata (d->surface, CAIRO_PDF_METADATA_CREATOR, "Sourceline");

  /* the table pages' geometry, measured once, so every page knows the page count */
  d->foot_h = deck_text (d, 0, 0, d->w, "Ag", 0.75, TEXT_MEASURE, NULL, 1) + d->margin * 0.6;
  d->row_h = deck_text (d, 0, 0, d->w, "Ag", 0.8, TEXT_MEASURE, NULL, 1) + 5;
  d->table_top = d->margin * 0.8 + kicker_height (d) + 2
                 + deck_text (d, 0, 0, d->w, "Ag", 1.9, TEXT_BOLD | TEXT_MEASURE, NULL, 1)
                 + d->margin * 0.5;
  content_h = d->h - d->foot_h - d->table_top - d->row_h - d->margin * 0.3;
  d->source_rows = MAX ((guint) (content_h / d->row_h), 1);
  paginate_references (d);
  d->first_key_page = 3;
  d->first_source_page = d->first_key_page + d->key->len;
  d->first_ref_page = d->first_source_page + pages_for (d->sources->len, d->source_rows);
  d->n_pages = d->first_ref_page + d->ref_pages->len - 1;

  add_outline (d, CAIRO_PDF_OUTLINE_ROOT, "Cover", 1, NULL);
  draw_cover (d);
  add_outline (d, CAIRO_PDF_OUTLINE_ROOT, "Timeline overview", 2, NULL);
  draw_overview (d);
  if (d->key->len)
    add_outline (d, CAIRO_PDF_OUTLINE_ROOT, "Key events", d->first_key_page, &key_outline);
  for (guint i = 0; i < d->key->len; i++)
    {
      const char *label = sl_model_str (model, sl_model_event (model, g_array_index (d->key, guint32, i))->label);
      add_outline (d, key_outline, label && *label ? label : "Untitled event", d->first_key_page + i, NULL);
      draw_key_event (d, i);
    }
  add_outline (d, CAIRO_PDF_OUTLINE_ROOT, "Sources", d->first_source_page, NULL);
  for (guint r = 0, k = 0; r < MAX (d->sources->len, 1); r += d->source_rows, k++)
    draw_sources_page (d, r, k > 0);
  add_outline (d, CAIRO_PDF_OUTLINE_ROOT, "References", d->first_ref_page, NULL);
  for (guint p = 0; p < d->ref_pages->len; p++)
    draw_references_page (d, p);
  g_warn_if_fail (d->page == d->n_pages);

  status = cairo_status (d->cr);
  g_object_unref (d->layout);
  cairo_destroy (d->cr);
  cairo_surface_finish (d->surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (d->surface);
  cairo_surface_destroy (d->surface);

  if (n_pages)
    *n_pages = d->page;
  g_free (d->title);
  g_free (d->period);
  g_free (d->how_chosen);
  g_array_unref (d->key);
  g_array_unref (d->sources);
  g_array_unref (d->docs);
  g_array_unref (d->ref_pages);
  g_free (d->ref_heights);
  g_free (d->source_events);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      sl_export_file_abort (file);
      g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_FAILED,
                   _("Could not write the briefing: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  ok = sl_export_file_commit (file, error);
  return ok;
}
