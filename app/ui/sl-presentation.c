/* sl-presentation.c: presentation mode. The presentation has a timeline and a graph of its
 * own over the window's model, so stepping, zooming and highlighting never disturb the main
 * window; leaving simply closes this window and hands the keyboard back. */
#include "config.h"

#include "sl-presentation.h"
#include "sl-describe.h"
#include "sl-fit-bin.h"

#ifndef GETTEXT_PACKAGE
#define GETTEXT_PACKAGE "sourceline"
#endif

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "paint/sl-paint-style.h"
#include "paint/sl-timeline-painter.h"

/* The least time an event slide shows, so a one-day event keeps its neighbours in view. */
#define MIN_SPAN (60.0 * SL_DAY)
/* An event takes about a third of the width. */
#define SPAN_PER_EVENT 3.0
/* Zoom duration for a nearby event; a long way (zooming out and back in) takes longer. */
#define ZOOM_MS 250
#define ZOOM_FAR_MS 420
/* Chains of who said it shown on an event slide. */
#define MAX_CHAINS 3
/* How long the pointer stays visible after it last moved. */
#define CURSOR_HIDE_MS 2000

struct _SlPresentation
{
  AdwWindow       parent_instance;

  SlWindow       *source;         /* weak */
  SlModel        *model;
  GArray         *slides;         /* guint32: SL_NONE (the overview), then events by date */
  GArray         *emphasis;       /* guint32 events drawn emphasised throughout, may be empty */
  GArray         *views;          /* SlTime pairs, one per slide: a story's chosen view, or an
                                   * empty pair (start >= end) to fit the event */
  guint32         scope_source;   /* the source whose events these are, or SL_NONE */
  char           *heading;        /* the overview's title */
  char           *scope_text;     /* what the slides are ("Events behind Yonhap"), or NULL */
  char           *summary;        /* "11 events from 3 articles, told by 10 sources" */
  char           *period;         /* "September 2023 – May 2024" */
  SlLaneMode      lane_mode;
  SlTime          overview_t0, overview_t1;

  guint           slide;
  gboolean        blank;
  gboolean        needs_view;     /* show the slide's view once the stage has a size */
  int             last_width, last_height;
  double          type_scale;     /* the screen's height over 1080 */

  AdwAnimation   *zoom;
  double          from_c, from_s, to_c, to_s, bump;

  guint           inhibit_cookie;
  guint           cursor_timeout;
  SlEventMerge   *merge;          /* the happenings several articles report, made on first use */

  /* the words fitted to their room (fit_text_cb): for which room, type and text, and how */
  gboolean        fit_valid;
  int             fit_width, fit_height;
  double          fit_type;
  double          title_scale, body_scale; /* the scales the labels carry now */

  /* template */
  GtkStack       *stack;
  SlTimelineView *timeline;
  SlGraphView    *graph;
  GtkBox         *slide_box;
  GtkLabel       *kicker_label;
  GtkLabel       *title_label;
  GtkLabel       *date_label;
  GtkLabel       *sentence_label;
  GtkLabel       *sources_label;
  GtkLabel       *hint_label;
  GtkProgressBar *progress;
};

G_DEFINE_FINAL_TYPE (SlPresentation, sl_presentation, ADW_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_SLIDE,
  PROP_BLANK,
  PROP_ANIMATING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Text */

/* "September 2023 – May 2024": the months a set of events spans. */
static char *
format_period (SlTime start, SlTime end)
{
  g_autofree char *a = sl_time_describe_day (start, C_("month and year", "%B %Y"));
  g_autofree char *b = sl_time_describe_day (MAX (start, end - 1), C_("month and year", "%B %Y"));

  if (g_strcmp0 (a, b) == 0)
    return g_steal_pointer (&a);
  return g_strdup_printf (_("%s – %s"), a, b);
}

static const char *
category_name (SlCategory category)
{
  switch (category)
    {
    case SL_CATEGORY_DIPLOMATIC: return _("Diplomatic");
    case SL_CATEGORY_MILITARY:   return _("Military");
    case SL_CATEGORY_SANCTIONS:  return _("Sanctions");
    case SL_CATEGORY_STATEMENT:  return _("Statement");
    case SL_CATEGORY_ECONOMIC:   return _("Economic");
    case SL_CATEGORY_OTHER:
    case SL_CATEGORY_COUNT:
    default:                     return _("Event");
    }
}

/* The event's chains of attribution, one a line, each once, denials marked. */
static char *
format_sources (SlModel *model, guint32 event)
{
  const guint32 *claims;
  guint n_claims, shown = 0;
  g_autoptr (GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  GString *out = g_string_new (NULL);

  claims = sl_model_event_claims (model, event, &n_claims);
  for (guint i = 0; i < n_claims; i++)
    {
      const SlClaim *c = sl_model_claim (model, claims[i]);
      char *chain = sl_describe_chain (model, claims[i]);
      gboolean dup = *chain == '\0';

      for (guint k = 0; k < seen->len && !dup; k++)
        dup = g_str_equal (g_ptr_array_index (seen, k), chain);
      if (dup)
        {
          g_free (chain);
          continue;
        }
      g_ptr_array_add (seen, chain);
      if (shown == MAX_CHAINS)
        {
          shown++;
          continue;
        }
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append_printf (out, "%s  %s", sl_describe_stance_mark ((SlStance) c->stance), chain);
      shown++;
    }
  if (seen->len > MAX_CHAINS)
    {
      guint more = seen->len - MAX_CHAINS;

      g_string_append_c (out, '\n');
      g_string_append_printf (out, ngettext ("and %u more chain of sources",
                                             "and %u more chains of sources", more), more);
    }
  if (out->len == 0)
    g_string_append (out, _("No attributed source: the article states this itself"));
  return g_string_free (out, FALSE);
}

/* Fitting the words to the room */

typedef struct
{
  double title_scale;     /* of the title's type */
  int    title_lines;
  int    sentence_lines;  /* 0: the quotation is left out */
  double body_scale;      /* of the kicker, date, quotation and sources */
} FitStep;

/* From the slide as designed to its most compact. The quotation gives up lines first, then the
 * title shrinks (taking a fourth line once small); the chain of sources and who else reports
 * the event are never dropped, only set a little smaller at the last. */
static const FitStep fit_steps[] = {
  { 1.0,  3, 4, 1.0 },
  { 1.0,  3, 3, 1.0 },
  { 0.85, 3, 3, 1.0 },
  { 0.85, 3, 2, 1.0 },
  { 0.72, 3, 2, 1.0 },
  { 0.72, 3, 1, 0.9 },
  { 0.72, 4, 1, 0.9 },
  { 0.6,  4, 1, 0.9 },
  { 0.6,  4, 0, 0.9 },
  { 0.6,  3, 0, 0.8 },
  { 0.6,  2, 0, 0.8 },
};

static void
set_label_scale (GtkLabel *label, double scale)
{
  g_autoptr (PangoAttrList) attrs = NULL;

  if (scale != 1.0)
    {
      attrs = pango_attr_list_new ();
      pango_attr_list_insert (attrs, pango_attr_scale_new (scale));
    }
  gtk_label_set_attributes (label, attrs);
}

/* Every setter below changes nothing when given what the label has: an allocation that
 * finds the slide fitted must not queue another. */
static void
apply_fit_step (SlPresentation *self, const FitStep *step)
{
  GtkLabel *body[] = { self->kicker_label, self->date_label, self->sentence_label,
                       self->sources_label };

  if (step->title_scale != self->title_scale)
    {
      set_label_scale (self->title_label, step->title_scale);
      self->title_scale = step->title_scale;
    }
  if (step->body_scale != self->body_scale)
    {
      for (guint i = 0; i < G_N_ELEMENTS (body); i++)
        set_label_scale (body[i], step->body_scale);
      self->body_scale = step->body_scale;
    }
  gtk_label_set_lines (self->title_label, step->title_lines);
  gtk_label_set_lines (self->sentence_label, MAX (step->sentence_lines, 1));
  gtk_widget_set_visible (GTK_WIDGET (self->sentence_label),
                          step->sentence_lines > 0
                            && *gtk_label_get_text (self->sentence_label) != '\0');
}

/* The type size the labels are set in now: it follows the screen's height (set_type_scale),
 * and reaches the labels only when their style is next updated; the desktop's text scale
 * comes as the resolution. */
static double
current_type_size (SlPresentation *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self->title_label));
  const PangoFontDescription *title = pango_context_get_font_description (context);
  const PangoFontDescription *sources;

  context = gtk_widget_get_pango_context (GTK_WIDGET (self->sources_label));
  sources = pango_context_get_font_description (context);
  return (title ? pango_font_description_get_size (title) : 0)
         + (sources ? pango_font_description_get_size (sources) : 0)
         + pango_cairo_context_get_resolution (context) / 1000.0;
}

/* Whether the title, at width, shows all its words at step (rather than ending in "…"). */
static gboolean
title_whole_at (SlPresentation *self, const FitStep *step, int width)
{
  g_autoptr (PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self->title_label),
                                                                   gtk_label_get_text (self->title_label));

  pango_layout_set_attributes (layout, gtk_label_get_attributes (self->title_label));
  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return pango_layout_get_line_count (layout) <= step->title_lines;
}

/* SlFitBin::fit: the first step of fit_steps at which the slide's words fit width × height
 * with the whole title, or failing that the first at which they fit at all (a title too long
 * for any step ends in "…"). The room, type and words it was chosen for are kept, so that
 * the allocations that follow leave it be. */
static void
fit_text_cb (SlFitBin *bin, int width, int height, SlPresentation *self)
{
  double type = current_type_size (self);
  guint fits = G_N_ELEMENTS (fit_steps), i;

  if (self->fit_valid && width == self->fit_width && height == self->fit_height
      && type == self->fit_type)
    return;
  for (i = 0; i < G_N_ELEMENTS (fit_steps); i++)
    {
      int natural = 0;

      apply_fit_step (self, &fit_steps[i]);
      gtk_widget_measure (GTK_WIDGET (self->slide_box), GTK_ORIENTATION_VERTICAL, width,
                          NULL, &natural, NULL, NULL);
      if (natural > height)
        continue;
      if (title_whole_at (self, &fit_steps[i], width))
        break;
      fits = MIN (fits, i);
    }
  if (i == G_N_ELEMENTS (fit_steps))
    apply_fit_step (self, &fit_steps[MIN (fits, G_N_ELEMENTS (fit_steps) - 1)]);
  self->fit_valid = TRUE;
  self->fit_width = width;
  self->fit_height = height;
  self->fit_type = type;
}

/* Viewport */

static gboolean
slide_range (SlPresentation *self, guint slide, double *centre, double *span)
{
  guint32 event = g_array_index (self->slides, guint32, slide);
  const SlEvent *ev;
  double start, end;

  if (event == SL_NONE)
    {
      *centre = (self->overview_t0 + (double) self->overview_t1) / 2.0;
      *span = (double) (self->overview_t1 - self->overview_t0);
      return *span > 0;
    }
  if (slide * 2 + 1 < self->views->len)
    {
      SlTime v0 = g_array_index (self->views, SlTime, slide * 2);
      SlTime v1 = g_array_index (self->views, SlTime, slide * 2 + 1);

      if (v0 < v1)
        {
          *centre = v0 + (v1 - (double) v0) / 2.0;
          *span = (double) (v1 - v0);
          return TRUE;
        }
    }
  ev = sl_model_event (self->model, event);
  start = (double) ev->start;
  end = MAX ((double) ev->end_t, start + SL_DAY);
  *centre = start + (end - start) / 2.0;
  *span = MAX ((end - start) * SPAN_PER_EVENT, MIN_SPAN);
  return TRUE;
}

static void
set_range (SlPresentation *self, double centre, double span)
{
  SlTime t0 = (SlTime) floor (centre - span / 2.0);
  SlTime t1 = (SlTime) ceil (centre + span / 2.0);

  sl_timeline_view_set_visible_range (self->timeline, t0, MAX (t1, t0 + 1));
}

/* t runs 0 → 1 (already eased). The span moves evenly on a log scale, so zooming in feels as
 * fast as zooming out; between two far-apart events it widens on the way, so the audience sees
 * where the next one lies. */
static void
zoom_step_cb (double t, gpointer user_data)
{
  SlPresentation *self = user_data;
  double c = self->from_c + (self->to_c - self->from_c) * t;
  double s = exp (log (self->from_s) + (log (self->to_s) - log (self->from_s)) * t);

  s *= pow (self->bump, sin (G_PI * t));
  set_range (self, c, s);
}

static void
zoom_done_cb (AdwAnimation *animation, SlPresentation *self)
{
  if (animation != self->zoom)
    return;
  g_clear_object (&self->zoom);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANIMATING]);
}

static void
stop_zoom (SlPresentation *self)
{
  if (self->zoom == NULL)
    return;
  /* pausing keeps the view where it is; the next move starts from there */
  adw_animation_pause (self->zoom);
  g_clear_object (&self->zoom);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANIMATING]);
}

/* Points the timeline and the graph at the current slide; animate zooms there from the view
 * shown now. */
static void
show_view (SlPresentation *self, gboolean animate)
{
  guint32 event = g_array_index (self->slides, guint32, self->slide);
  double centre, span;
  SlTime t0, t1;
  AdwAnimationTarget *target;

  stop_zoom (self);
  sl_timeline_view_get_visible_range (self->timeline, &t0, &t1);

  if (!slide_range (self, self->slide, &centre, &span))
    {
      sl_timeline_view_zoom_to_fit (self->timeline);
      sl_timeline_view_get_visible_range (self->timeline, &self->overview_t0, &self->overview_t1);
      slide_range (self, self->slide, &centre, &span);
    }

  /* select at the destination, so the timeline scrolls its lanes to the event there */
  set_range (self, centre, span);
  sl_timeline_view_set_selected_event (self->timeline, event);

  if (event != SL_NONE)
    sl_graph_view_highlight_event (self->graph, event);
  else if (self->scope_source != SL_NONE)
    sl_graph_view_highlight_neighbourhood (self->graph, self->scope_source);
  else
    {
      sl_graph_view_highlight_event (self->graph, SL_NONE);
      sl_graph_view_zoom_to_fit (self->graph);
    }

  if (!animate || !gtk_widget_get_mapped (GTK_WIDGET (self->timeline)) || t1 <= t0)
    return;

  self->from_c = (t0 + (double) t1) / 2.0;
  self->from_s = (double) (t1 - t0);
  self->to_c = centre;
  self->to_s = span;
  self->bump = MAX (1.0, 1.2 * fabs (self->to_c - self->from_c) / sqrt (self->from_s * self->to_s));
  if (fabs (self->to_c - self->from_c) < 1.0 && fabs (self->to_s - self->from_s) < 1.0)
    return;
  set_range (self, self->from_c, self->from_s);

  target = adw_callback_animation_target_new (zoom_step_cb, self, NULL);
  self->zoom = adw_timed_animation_new (GTK_WIDGET (self->timeline), 0.0, 1.0,
                                        self->bump > 1.5 ? ZOOM_FAR_MS : ZOOM_MS, target);
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->zoom), ADW_EASE_IN_OUT_CUBIC);
  g_signal_connect (self->zoom, "done", G_CALLBACK (zoom_done_cb), self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANIMATING]);
  adw_animation_play (self->zoom);
}

/* Slides */

/* The overview's period and counts, worked out once: a large project has many slides. */
static void
describe_slides (SlPresentation *self)
{
  SlTime t0 = G_MAXINT64, t1 = G_MININT64;
  guint n_events = self->slides->len - 1, n_docs, n_sources;
  g_autoptr (GHashTable) docs = g_hash_table_new (NULL, NULL);
  g_autoptr (GHashTable) seen_sources = g_hash_table_new (NULL, NULL);
  g_autoptr (GArray) sources = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autofree char *ev_text = NULL;
  g_autofree char *doc_text_ = NULL;
  g_autofree char *src_text = NULL;

  for (guint i = 1; i < self->slides->len; i++)
    {
      guint32 e = g_array_index (self->slides, guint32, i);
      const SlEvent *ev = sl_model_event (self->model, e);

      t0 = MIN (t0, ev->start);
      t1 = MAX (t1, MAX (ev->end_t, ev->start + 1));
      g_hash_table_add (docs, GUINT_TO_POINTER (ev->doc + 1));
      g_array_set_size (sources, 0);
      sl_model_event_sources (self->model, e, sources);
      for (guint k = 0; k < sources->len; k++)
        g_hash_table_add (seen_sources, GUINT_TO_POINTER (g_array_index (sources, guint32, k) + 1));
    }
  n_docs = g_hash_table_size (docs);
  n_sources = g_hash_table_size (seen_sources);
  ev_text = g_strdup_printf (ngettext ("%u event", "%u events", n_events), n_events);
  doc_text_ = g_strdup_printf (ngettext ("%u article", "%u articles", n_docs), n_docs);
  src_text = g_strdup_printf (ngettext ("%u source", "%u sources", n_sources), n_sources);
  /* TRANSLATORS: "11 events from 3 articles, told by 12 sources" */
  self->summary = g_strdup_printf (_("%s from %s, told by %s"), ev_text, doc_text_, src_text);
  self->period = format_period (t0, t1);
}

static void
show_text (SlPresentation *self)
{
  guint32 event = g_array_index (self->slides, guint32, self->slide);
  guint n_events = self->slides->len - 1;
  g_autofree char *kicker = NULL;
  g_autofree char *title = NULL;

  if (event == SL_NONE)
    {
      if (self->summary == NULL)
        describe_slides (self);
      gtk_label_set_text (self->kicker_label, self->scope_text ? self->scope_text : _("Overview"));
      gtk_label_set_text (self->title_label, self->heading);
      gtk_label_set_text (self->date_label, self->period);
      gtk_label_set_text (self->sentence_label, self->summary);
      gtk_widget_remove_css_class (GTK_WIDGET (self->sentence_label), "sl-quote");
      gtk_label_set_text (self->sources_label, _("Press Page Down or Space to begin"));
      title = g_strdup_printf (_("Presentation — %s"), self->heading);
    }
  else
    {
      SlModel *model = self->model;
      const SlEvent *ev = sl_model_event (model, event);
      const SlTimex *tx = ev->timex != SL_NONE ? sl_model_timex (model, ev->timex) : NULL;
      const char *label = sl_model_str (model, ev->label);
      g_autofree char *when = sl_time_describe_interval (ev->start, ev->end_t);
      g_autofree char *written = tx ? sl_describe_plain (model, ev->doc, tx->begin, tx->end) : NULL;
      g_autofree char *sentence = sl_describe_plain (model, ev->doc, ev->sentence_begin, ev->sentence_end);
      g_autofree char *quoted = NULL;
      g_autofree char *date_line = NULL;
      g_autofree char *sources = format_sources (model, event);
      g_autofree char *merged = NULL;

      if (label == NULL || *label == '\0')
        label = _("Untitled event");
      /* TRANSLATORS: the category of an event, its place in the presentation ("3 of 11") */
      kicker = g_strdup_printf (_("%s · %u of %u"), category_name ((SlCategory) ev->category),
                                self->slide, n_events);
      if (ev->flags & SL_EVENT_CONTESTED)
        {
          char *tmp = g_strdup_printf (_("%s · Contested"), kicker);
          g_free (kicker);
          kicker = tmp;
        }
      /* "written" tells something only when the words differ from the date shown; the
       * words carry their own "early", "about", "before" */
      if (written != NULL && g_utf8_collate (written, when) == 0)
        g_clear_pointer (&written, g_free);
      if (written != NULL)
        /* TRANSLATORS: the resolved date, then the article's words for it */
        date_line = g_strdup_printf (_("%s · written “%s”"), when, written);
      else
        date_line = g_strdup (when);
      if (sentence != NULL)
        quoted = g_strdup_printf (_("“%s”"), sentence);

      gtk_label_set_text (self->kicker_label, kicker);
      gtk_label_set_text (self->title_label, label);
      gtk_label_set_text (self->date_label, date_line);
      gtk_label_set_text (self->sentence_label, quoted ? quoted : "");
      gtk_widget_add_css_class (GTK_WIDGET (self->sentence_label), "sl-quote");
      if (self->merge == NULL)
        self->merge = sl_event_merge_new (model);
      merged = sl_describe_merged (model, self->merge, event);
      if (merged != NULL)
        {
          /* the chains of this article, then who else reports it */
          char *tmp = g_strdup_printf ("%s\n\n%s", sources, merged);

          g_free (sources);
          sources = tmp;
        }
      gtk_label_set_text (self->sources_label, sources);
      /* TRANSLATORS: the window title while presenting: an event's place and its label */
      title = g_strdup_printf (_("Presentation — %u of %u: %s"), self->slide, n_events, label);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->sentence_label),
                          *gtk_label_get_text (self->sentence_label) != '\0');
  /* new words: fitted afresh to the room at the next allocation */
  self->fit_valid = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), self->slide == 0);
  gtk_progress_bar_set_fraction (self->progress,
                                 n_events > 0 ? (double) self->slide / n_events : 1.0);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
show_slide (SlPresentation *self, gboolean animate)
{
  show_text (self);
  if (gtk_widget_get_width (GTK_WIDGET (self->timeline)) > 0)
    show_view (self, animate);
  else
    self->needs_view = TRUE;
}

/* Building the slide list */

static int
compare_by_start_cb (gconstpointer a, gconstpointer b, gpointer user_data)
{
  const guint *rank = user_data;
  guint ra = rank[*(const guint32 *) a], rb = rank[*(const guint32 *) b];

  return ra < rb ? -1 : ra > rb;
}

/* The events to show, in date order; hidden and deleted events are not in the time order, so
 * they never become slides. */
static void
collect_slides (SlPresentation *self, SlPresentationScope scope)
{
  SlModel *model = self->model;
  SlTimelineView *main_timeline = sl_window_get_timeline (self->source);
  SlGraphView *main_graph = sl_window_get_graph (self->source);
  guint32 selected = sl_timeline_view_get_selected_event (main_timeline);
  const guint32 *order;
  guint n_order, n_emph = 0;
  const guint32 *emph = sl_timeline_view_get_highlight (main_timeline, &n_emph);
  g_autofree guint *rank = NULL;
  guint n_events = sl_model_n_events (model);

  order = sl_model_events_by_start (model, &n_order);
  rank = g_new (guint, n_events + 1);
  for (guint i = 0; i < n_events; i++)
    rank[i] = G_MAXUINT;
  for (guint i = 0; i < n_order; i++)
    rank[order[i]] = i;

  self->scope_source = SL_NONE;
  if (scope == SL_PRESENTATION_SELECTION)
    scope = SL_PRESENTATION_AUTO;
  if (scope == SL_PRESENTATION_STORY)
    scope = SL_PRESENTATION_ALL; /* a window without a story shows everything */
  if (scope == SL_PRESENTATION_AUTO)
    scope = n_emph > 0 ? SL_PRESENTATION_AUTO : SL_PRESENTATION_ALL;
  if (scope == SL_PRESENTATION_LANE && (selected == SL_NONE || rank[selected] == G_MAXUINT))
    scope = SL_PRESENTATION_ALL;

  switch (scope)
    {
    case SL_PRESENTATION_AUTO:
      {
        guint32 source = sl_graph_view_get_selected_source (main_graph);

        for (guint i = 0; i < n_emph; i++)
          if (emph[i] < n_events && rank[emph[i]] != G_MAXUINT)
            g_array_append_val (self->emphasis, emph[i]);
        g_array_sort_with_data (self->emphasis, compare_by_start_cb, rank);
        if (source != SL_NONE && source < sl_model_n_sources (model))
          {
            self->scope_source = source;
            self->scope_text = g_strdup_printf (_("What %s stands behind"),
                                                sl_model_str (model, sl_model_source (model, source)->name));
          }
        else
          self->scope_text = g_strdup (_("The emphasised events"));
        g_array_append_vals (self->slides, self->emphasis->data, self->emphasis->len);
      }
      break;
    case SL_PRESENTATION_LANE:
      {
        SlTimelinePainter *painter = sl_timeline_painter_new ();
        guint lane;

        sl_timeline_painter_set_model (painter, model);
        sl_timeline_painter_set_lane_mode (painter, self->lane_mode);
        lane = sl_timeline_painter_lane_of_event (painter, selected);
        for (guint i = 0; i < n_order; i++)
          if (sl_timeline_painter_lane_of_event (painter, order[i]) == lane)
            g_array_append_val (self->emphasis, order[i]);
        if (lane != SL_NONE)
          self->scope_text = g_strdup_printf (_("Lane: %s"),
                                              sl_timeline_painter_lane_name (painter, lane));
        sl_timeline_painter_free (painter);
        g_array_append_vals (self->slides, self->emphasis->data, self->emphasis->len);
      }
      break;
    case SL_PRESENTATION_ALL:
    default:
      g_array_append_vals (self->slides, order, n_order);
      break;
    }
}

/* Input */

static void
show_cursor (SlPresentation *self, gboolean show)
{
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), show ? NULL : "none");
}

static gboolean
hide_cursor_cb (gpointer user_data)
{
  SlPresentation *self = user_data;

  self->cursor_timeout = 0;
  show_cursor (self, FALSE);
  return G_SOURCE_REMOVE;
}

static void
motion_cb (GtkEventControllerMotion *controller, double x, double y, SlPresentation *self)
{
  show_cursor (self, TRUE);
  g_clear_handle_id (&self->cursor_timeout, g_source_remove);
  self->cursor_timeout = g_timeout_add (CURSOR_HIDE_MS, hide_cursor_cb, self);
}

/* What presentation clickers send: Page Down/Up, and on some Space, arrows, B or "." to blank,
 * F5/Shift+F5 and Escape for their start/stop button. */
static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                SlPresentation        *self)
{
  int step = 0;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_n:
      step = (state & GDK_SHIFT_MASK) && keyval == GDK_KEY_space ? -1 : 1;
      break;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
    case GDK_KEY_BackSpace:
    case GDK_KEY_p:
      step = -1;
      break;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      sl_presentation_set_blank (self, FALSE);
      sl_presentation_go_to (self, 0);
      return TRUE;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      sl_presentation_set_blank (self, FALSE);
      sl_presentation_go_to (self, self->slides->len - 1);
      return TRUE;
    case GDK_KEY_b:
    case GDK_KEY_B:
    case GDK_KEY_period:
    case GDK_KEY_KP_Decimal:
      sl_presentation_set_blank (self, !self->blank);
      return TRUE;
    case GDK_KEY_Escape:
      sl_presentation_leave (self);
      return TRUE;
    case GDK_KEY_F5:
      /* a clicker's start button pressed again while presenting */
      return TRUE;
    default:
      return FALSE;
    }

  if (self->blank)
    {
      /* the first press after blanking brings the same slide back */
      sl_presentation_set_blank (self, FALSE);
      return TRUE;
    }
  if (step > 0)
    sl_presentation_next (self);
  else
    sl_presentation_previous (self);
  return TRUE;
}

static void
click_pressed_cb (GtkGestureClick *gesture, int n_press, double x, double y, SlPresentation *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (self->blank)
    sl_presentation_set_blank (self, FALSE);
  else if (button == GDK_BUTTON_SECONDARY)
    sl_presentation_previous (self);
  else
    sl_presentation_next (self);
}

/* Style: high contrast on the dark palette the painters use, so the stage, the timeline and
 * the graph share one background. */
static void
install_style (GdkDisplay *display)
{
  static GQuark quark = 0;
  g_autoptr (GtkCssProvider) provider = NULL;
  g_autofree char *css = NULL;
  SlPaintStyle style;
  char bg[8], fg[8], muted[8], accent[8], date[8];

  if (quark == 0)
    quark = g_quark_from_static_string ("sl-presentation-style");
  if (display == NULL || g_object_get_qdata (G_OBJECT (display), quark) != NULL)
    return;

#define HEX(buf, c) g_snprintf (buf, sizeof buf, "#%02x%02x%02x", (int) lround ((c).r * 255), \
                                (int) lround ((c).g * 255), (int) lround ((c).b * 255))
  sl_paint_style_init (&style, TRUE);
  HEX (bg, style.background);
  HEX (fg, style.foreground);
  HEX (muted, sl_rgba_mix (&style.muted, &style.foreground, 0.45));
  HEX (accent, sl_rgba_mix (&style.accent, &style.foreground, 0.35));
  HEX (date, sl_rgba_mix (&style.category[SL_CATEGORY_SANCTIONS], &style.foreground, 0.2));
#undef HEX

  css = g_strdup_printf (
    "window.sl-presentation, window.sl-presentation .sl-stage-blank { background-color: %s; color: %s; }\n"
    "window.sl-presentation .sl-stage-blank { background-color: black; }\n"
    /* without a compositor GTK frames windows (solid-csd), full screen ones too */
    "window.sl-presentation.fullscreen { margin: 0; padding: 0; border-radius: 0; box-shadow: none; }\n"
            "window.sl-presentation .sl-stage-inset { border: 2px solid alpha(%s, 0.35); border-radius: 14px; }\n"
    "window.sl-presentation .sl-slide-kicker { font-weight: 800; color: %s; }\n"
    "window.sl-presentation .sl-slide-title { font-weight: 800; }\n"
    "window.sl-presentation .sl-slide-date { font-weight: 600; color: %s; }\n"
        "window.sl-presentation .sl-slide-sentence.sl-quote { font-style: italic; }\n"
    "window.sl-presentation .sl-slide-sources { color: %s; }\n"
    "window.sl-presentation .sl-slide-hint { color: %s; }\n"
    "window.sl-presentation .sl-slide-progress trough { min-height: 4px; background: transparent; border-radius: 0; }\n"
    "window.sl-presentation .sl-slide-progress progress { min-height: 4px; background: %s; border-radius: 0; }\n",
    bg, fg, fg, accent, date, muted, muted, accent);

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (provider, css, -1);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_qdata_full (G_OBJECT (display), quark, g_object_ref (provider), g_object_unref);
}

/* Type sizes follow the screen, as a slide's do: these are for a stage 1080 pixels high, and
 * scale goes with the height (in steps, so a resize settles). Points keep the desktop's text
 * scale in force as well. */
static void
set_type_scale (GdkDisplay *display, double scale)
{
  static const struct
  {
    const char *selector;
    double      pt;
  } sizes[] = {
    { "timelineview", 13 },
    { "graphview", 12 },
    { ".sl-slide-kicker", 17 },
    { ".sl-slide-title", 38 },
    { ".sl-slide-date", 22 },
    { ".sl-slide-sentence", 20 },
    { ".sl-slide-sources", 17 },
    { ".sl-slide-hint", 12 },
  };
  static GQuark quark = 0;
  GtkCssProvider *provider;
  GString *css = g_string_new (NULL);

  if (quark == 0)
    quark = g_quark_from_static_string ("sl-presentation-type");
  provider = g_object_get_qdata (G_OBJECT (display), quark);
  if (provider == NULL)
    {
      provider = gtk_css_provider_new ();
      gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      g_object_set_qdata_full (G_OBJECT (display), quark, provider, g_object_unref);
    }
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      char pt[G_ASCII_DTOSTR_BUF_SIZE];

      /* on a small screen the type shrinks less than the screen, or the timeline's and the
       * graph's labels would fall below what a room can read */
      g_ascii_formatd (pt, sizeof pt, "%.1f", sizes[i].pt * MAX (scale, 0.75));
      g_string_append_printf (css, "window.sl-presentation %s { font-size: %spt; }\n",
                              sizes[i].selector, pt);
    }
  gtk_css_provider_load_from_data (provider, css->str, (gssize) css->len);
  g_string_free (css, TRUE);
}

/* GtkWindow */

static gboolean
sl_presentation_close_request (GtkWindow *window)
{
  SlPresentation *self = SL_PRESENTATION (window);
  GtkApplication *app = gtk_window_get_application (window);

  stop_zoom (self);
  g_clear_handle_id (&self->cursor_timeout, g_source_remove);
  if (self->inhibit_cookie != 0 && app != NULL)
    gtk_application_uninhibit (app, self->inhibit_cookie);
  self->inhibit_cookie = 0;
  if (self->source != NULL)
    gtk_window_present (GTK_WINDOW (self->source));
  return GTK_WINDOW_CLASS (sl_presentation_parent_class)->close_request (window);
}

static void
sl_presentation_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  SlPresentation *self = SL_PRESENTATION (widget);

  double scale = CLAMP (round (height / 1080.0 * 20.0) / 20.0, 0.55, 2.0);

  GTK_WIDGET_CLASS (sl_presentation_parent_class)->size_allocate (widget, width, height, baseline);
  if (scale != self->type_scale)
    {
      self->type_scale = scale;
      set_type_scale (gtk_widget_get_display (widget), scale);
    }
  /* the first size, and a new one (going full screen), scroll the lanes to the event again */
  if (self->needs_view || ((width != self->last_width || height != self->last_height)
                           && self->zoom == NULL))
    {
      self->needs_view = FALSE;
      show_view (self, FALSE);
    }
  self->last_width = width;
  self->last_height = height;
}

/* GObject */

static void
sl_presentation_dispose (GObject *object)
{
  SlPresentation *self = SL_PRESENTATION (object);

  stop_zoom (self);
  g_clear_handle_id (&self->cursor_timeout, g_source_remove);
  g_clear_weak_pointer (&self->source);
  gtk_widget_dispose_template (GTK_WIDGET (self), SL_TYPE_PRESENTATION);
  G_OBJECT_CLASS (sl_presentation_parent_class)->dispose (object);
}

static void
sl_presentation_finalize (GObject *object)
{
  SlPresentation *self = SL_PRESENTATION (object);

  g_clear_pointer (&self->merge, sl_event_merge_free);
  g_clear_pointer (&self->model, sl_model_unref);
  g_clear_pointer (&self->slides, g_array_unref);
  g_clear_pointer (&self->emphasis, g_array_unref);
  g_clear_pointer (&self->views, g_array_unref);
  g_free (self->heading);
  g_free (self->scope_text);
  g_free (self->summary);
  g_free (self->period);
  G_OBJECT_CLASS (sl_presentation_parent_class)->finalize (object);
}

static void
sl_presentation_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SlPresentation *self = SL_PRESENTATION (object);

  switch (prop_id)
    {
    case PROP_SLIDE:
      g_value_set_uint (value, self->slide);
      break;
    case PROP_BLANK:
      g_value_set_boolean (value, self->blank);
      break;
    case PROP_ANIMATING:
      g_value_set_boolean (value, self->zoom != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_presentation_set_property (GObject *object, guint prop_id, const GValue *value,
                              GParamSpec *pspec)
{
  SlPresentation *self = SL_PRESENTATION (object);

  switch (prop_id)
    {
    case PROP_SLIDE:
      sl_presentation_go_to (self, g_value_get_uint (value));
      break;
    case PROP_BLANK:
      sl_presentation_set_blank (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_presentation_class_init (SlPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sl_presentation_dispose;
  object_class->finalize = sl_presentation_finalize;
  object_class->get_property = sl_presentation_get_property;
  object_class->set_property = sl_presentation_set_property;
  widget_class->size_allocate = sl_presentation_size_allocate;
  window_class->close_request = sl_presentation_close_request;

  properties[PROP_SLIDE] =
    g_param_spec_uint ("slide", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BLANK] =
    g_param_spec_boolean ("blank", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ANIMATING] =
    g_param_spec_boolean ("animating", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SL_TYPE_TIMELINE_VIEW);
  g_type_ensure (SL_TYPE_GRAPH_VIEW);
  g_type_ensure (SL_TYPE_FIT_BIN);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/sourceline/Sourceline/ui/sl-presentation.ui");
  gtk_widget_class_bind_template_child (widget_class, SlPresentation, stack);
  gtk_widget_class_bind_template_child (widget_class, SlPresentation, timeline);
  gtk_widget_class_bind_template_child (widget_class, SlPresentation, graph);
  gtk_widget_class_bind_template_child (widget_class, SlPresentation, slide_box);
  gtk_widget_class_bind_template_child (widget_class, SlPresentation, kicker_label);
  gtk_widget_class_bind_template_child (widget_class, SlPresentation, title_label);
  gtk_widget_class_bind_template_child (widget_class, SlPresentation, date_label);
  gtk_widget_class_bind_template_child (widget_class, SlPresentation, sentence_label);
  gtk_widget_class_bind_template_child (widget_class, SlPresentation, sources_label);
  gtk_widget_class_bind_template_child (widget_class, SlPresentation, hint_label);
  gtk_widget_class_bind_template_child (widget_class, SlPresentation, progress);
  gtk_widget_class_bind_template_callback (widget_class, fit_text_cb);
}

static void
sl_presentation_init (SlPresentation *self)
{
  GtkEventController *controller;
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));
  install_style (gtk_widget_get_display (GTK_WIDGET (self)));
  self->type_scale = 1.0;
  self->title_scale = 1.0;
  self->body_scale = 1.0;
  set_type_scale (gtk_widget_get_display (GTK_WIDGET (self)), self->type_scale);
  self->slides = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->emphasis = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->views = g_array_new (FALSE, TRUE, sizeof (SlTime));
  self->scope_source = SL_NONE;

  /* the stage is always dark: a projector shows it best */
  sl_timeline_view_set_dark (self->timeline, TRUE);
  sl_graph_view_set_dark (self->graph, TRUE);
  /* the inset is a picture the room looks at: the pane's search, layout and playback controls
   * would cover half of it and cannot be used from the stage */
  sl_graph_view_set_show_controls (self->graph, FALSE);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/* Public API */

/* The window's title without the application's name: what the window shows. */
static char *
heading_for_window (SlWindow *window)
{
  const char *title = gtk_window_get_title (GTK_WINDOW (window));
  const char *names[] = { g_get_application_name (), _("Sourceline"), "Sourceline" };

  if (title == NULL || *title == '\0')
    return g_strdup (_("Timeline"));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *suffix = NULL;

      if (names[i] == NULL)
        continue;
      if (g_str_equal (title, names[i]))
        return g_strdup (_("Timeline"));
      suffix = g_strdup_printf (" — %s", names[i]);
      if (g_str_has_suffix (title, suffix) && strlen (title) > strlen (suffix))
        return g_strndup (title, strlen (title) - strlen (suffix));
    }
  return g_strdup (title);
}

/* The presentation object for window, with no slides yet but the overview. */
static SlPresentation *
presentation_begin (SlWindow *window)
{
  SlPresentation *self;
  SlModel *model = sl_window_get_model (window);
  SlTimelineView *main_timeline = sl_window_get_timeline (window);
  guint32 overview = SL_NONE;
  SlTime none = 0;

  self = g_object_new (SL_TYPE_PRESENTATION,
                       "application", gtk_window_get_application (GTK_WINDOW (window)),
                       "transient-for", window,
                       NULL);
  g_set_weak_pointer (&self->source, window);
  self->model = sl_model_ref (model);
  self->lane_mode = sl_timeline_view_get_lane_mode (main_timeline);
  self->heading = heading_for_window (window);
  sl_timeline_view_get_visible_range (main_timeline, &self->overview_t0, &self->overview_t1);
  g_array_append_val (self->slides, overview);
  g_array_append_val (self->views, none);
  g_array_append_val (self->views, none);
  return self;
}

/* Shows the slides collected, or destroys the presentation when there are none. */
static SlPresentation *
presentation_finish (SlPresentation *self, gboolean from_start)
{
  SlTimelineView *main_timeline = sl_window_get_timeline (self->source);
  guint32 selected;

  if (self->slides->len < 2)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }

  sl_timeline_view_set_model (self->timeline, self->model);
  sl_timeline_view_set_lane_mode (self->timeline, self->lane_mode);
  sl_timeline_view_set_highlight (self->timeline, (const guint32 *) self->emphasis->data,
                                  self->emphasis->len);
  sl_graph_view_set_model (self->graph, self->model);

  /* open on the selected event when it is one of the slides */
  selected = from_start ? SL_NONE : sl_timeline_view_get_selected_event (main_timeline);
  self->slide = 0;
  for (guint i = 1; i < self->slides->len && selected != SL_NONE; i++)
    if (g_array_index (self->slides, guint32, i) == selected)
      {
        self->slide = i;
        break;
      }
  show_slide (self, FALSE);
  return self;
}

/* Events in the given order, each with its view; those not on the timeline are left out. */
static void
add_event_slides (SlPresentation *self, const guint32 *events, guint n_events,
                  const SlTime *views)
{
  guint n_order;
  const guint32 *order = sl_model_events_by_start (self->model, &n_order);
  guint n_model = sl_model_n_events (self->model);
  g_autofree guint8 *shown = g_new0 (guint8, n_model + 1);

  for (guint i = 0; i < n_order; i++)
    shown[order[i]] = 1;
  for (guint i = 0; i < n_events; i++)
    {
      guint32 e = events[i];
      SlTime v0 = views ? views[2 * i] : 0, v1 = views ? views[2 * i + 1] : 0;

      if (e >= n_model || !shown[e])
        continue;
      g_array_append_val (self->slides, e);
      g_array_append_val (self->emphasis, e);
      g_array_append_val (self->views, v0);
      g_array_append_val (self->views, v1);
    }
}

static SlPresentation *
new_for_story (SlWindow *window)
{
  g_autoptr (GArray) events = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) views = g_array_new (FALSE, FALSE, sizeof (SlTime));
  g_autofree char *what = NULL;

  if (sl_window_get_story_events (window, events, views) == 0)
    return NULL;
  /* TRANSLATORS: the overview's kicker when presenting a story, with the story's name */
  what = g_strdup_printf (_("Story: %s"), sl_window_get_story_name (window));
  return sl_presentation_new_for_events (window, (const guint32 *) events->data, events->len,
                                         (const SlTime *) views->data, what);
}

SlPresentation *
sl_presentation_new (SlWindow *window, SlPresentationScope scope)
{
  SlPresentation *self;

  g_return_val_if_fail (SL_IS_WINDOW (window), NULL);

  if (sl_window_get_model (window) == NULL)
    return NULL;
  if (scope == SL_PRESENTATION_AUTO || scope == SL_PRESENTATION_STORY)
    {
      self = new_for_story (window);
      if (self != NULL || scope == SL_PRESENTATION_STORY)
        return self;
    }

  self = presentation_begin (window);
  collect_slides (self, scope);
  /* the events chose their own views */
  g_array_set_size (self->views, self->slides->len * 2);
  return presentation_finish (self, FALSE);
}

SlPresentation *
sl_presentation_new_for_events (SlWindow      *window,
                                const guint32 *events,
                                guint          n_events,
                                const SlTime  *views,
                                const char    *what)
{
  SlPresentation *self;

  g_return_val_if_fail (SL_IS_WINDOW (window), NULL);
  g_return_val_if_fail (events != NULL || n_events == 0, NULL);

  if (sl_window_get_model (window) == NULL)
    return NULL;
  self = presentation_begin (window);
  self->scope_text = g_strdup (what);
  add_event_slides (self, events, n_events, views);
  /* a story is told from its beginning, whatever the window has selected */
  return presentation_finish (self, TRUE);
}

void
sl_presentation_start (SlPresentation *self)
{
  GtkWindow *window;
  GdkMonitor *monitor = NULL;
  GtkApplication *app;

  g_return_if_fail (SL_IS_PRESENTATION (self));

  window = GTK_WINDOW (self);
  if (self->source != NULL && gtk_widget_get_realized (GTK_WIDGET (self->source)))
    {
      GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self->source));

      monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (self)),
                                                    surface);
    }
  if (monitor != NULL)
    {
      GdkRectangle geometry;

      /* the size the screen has, also where no window manager honours full screen */
      gdk_monitor_get_geometry (monitor, &geometry);
      gtk_window_set_default_size (window, geometry.width, geometry.height);
      gtk_window_fullscreen_on_monitor (window, monitor);
    }
  else
    gtk_window_fullscreen (window);
  gtk_window_present (window);

  app = gtk_window_get_application (window);
  if (app != NULL && self->inhibit_cookie == 0)
    self->inhibit_cookie = gtk_application_inhibit (app, window, GTK_APPLICATION_INHIBIT_IDLE,
                                                    _("Presenting"));
  self->cursor_timeout = g_timeout_add (CURSOR_HIDE_MS, hide_cursor_cb, self);
}

void
sl_presentation_leave (SlPresentation *self)
{
  g_return_if_fail (SL_IS_PRESENTATION (self));
  gtk_window_close (GTK_WINDOW (self));
}

SlWindow *
sl_presentation_get_source_window (SlPresentation *self)
{
  g_return_val_if_fail (SL_IS_PRESENTATION (self), NULL);
  return self->source;
}

guint
sl_presentation_get_n_slides (SlPresentation *self)
{
  g_return_val_if_fail (SL_IS_PRESENTATION (self), 0);
  return self->slides->len;
}

guint
sl_presentation_get_slide (SlPresentation *self)
{
  g_return_val_if_fail (SL_IS_PRESENTATION (self), 0);
  return self->slide;
}

guint32
sl_presentation_get_slide_event (SlPresentation *self, guint slide)
{
  g_return_val_if_fail (SL_IS_PRESENTATION (self), SL_NONE);
  g_return_val_if_fail (slide < self->slides->len, SL_NONE);
  return g_array_index (self->slides, guint32, slide);
}

void
sl_presentation_go_to (SlPresentation *self, guint slide)
{
  g_return_if_fail (SL_IS_PRESENTATION (self));

  slide = MIN (slide, self->slides->len - 1);
  if (slide == self->slide)
    return;
  self->slide = slide;
  show_slide (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SLIDE]);
}

gboolean
sl_presentation_next (SlPresentation *self)
{
  g_return_val_if_fail (SL_IS_PRESENTATION (self), FALSE);

  if (self->slide + 1 >= self->slides->len)
    return FALSE;
  sl_presentation_go_to (self, self->slide + 1);
  return TRUE;
}

gboolean
sl_presentation_previous (SlPresentation *self)
{
  g_return_val_if_fail (SL_IS_PRESENTATION (self), FALSE);

  if (self->slide == 0)
    return FALSE;
  sl_presentation_go_to (self, self->slide - 1);
  return TRUE;
}

gboolean
sl_presentation_get_animating (SlPresentation *self)
{
  g_return_val_if_fail (SL_IS_PRESENTATION (self), FALSE);
  return self->zoom != NULL;
}

gboolean
sl_presentation_get_blank (SlPresentation *self)
{
  g_return_val_if_fail (SL_IS_PRESENTATION (self), FALSE);
  return self->blank;
}

void
sl_presentation_set_blank (SlPresentation *self, gboolean blank)
{
  g_return_if_fail (SL_IS_PRESENTATION (self));

  blank = !!blank;
  if (self->blank == blank)
    return;
  self->blank = blank;
  gtk_stack_set_visible_child_name (self->stack, blank ? "blank" : "slides");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BLANK]);
}

SlTimelineView *
sl_presentation_get_timeline (SlPresentation *self)
{
  g_return_val_if_fail (SL_IS_PRESENTATION (self), NULL);
  return self->timeline;
}

SlGraphView *
sl_presentation_get_graph (SlPresentation *self)
{
  g_return_val_if_fail (SL_IS_PRESENTATION (self), NULL);
  return self->graph;
}
