/* sl-timeline-view.c: the timeline widget. It owns a viewport and a painter and turns pointer,
 * touch and key input into viewport changes and selections; all drawing and hit testing is
 * the painter's, so the screen and the exported images agree. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include "sl-timeline-view.h"
#include "sl-view-input.h"

#include <math.h>
#include <string.h>

#include "paint/sl-paint-style.h"
#include "paint/sl-timeline-painter.h"

/* Height of the overview strip under the lanes, in logical pixels. */
#define OVERVIEW_HEIGHT 36.0
/* A press that moves less than this is a click, not a drag. */
#define CLICK_SLOP 4.0
/* Zoom per wheel notch and per key press. */
#define WHEEL_ZOOM 1.25
#define KEY_ZOOM 1.5
/* Share of the width one arrow key press pans. */
#define KEY_PAN 0.1

typedef enum
{
  DRAG_PAN = 0,   /* the content follows the pointer */
  DRAG_OVERVIEW,  /* the overview strip's window follows the pointer */
  DRAG_BAND,      /* Shift+drag in the lanes: a rubber band selecting the events in it */
  DRAG_BRUSH,     /* drag along the axis: a brushed time range */
} DragMode;

struct _SlTimelineView
{
  GtkWidget           parent_instance;

  SlTimelinePainter  *painter;
  SlTimelineViewport  vp;
  SlModel            *model;
  GArray             *highlight;       /* guint32 events, as given */
  guint32             selected;
  GArray             *chosen;          /* guint32, sorted: a multi-selection (≥ 2 events) */
  gboolean            has_brush;
  SlTime              brush0, brush1;
  guint32             hover;
  gboolean            dark;
  gboolean            high_contrast;
  gboolean            needs_fit;       /* fit once the widget has a size */

  /* pointer state */
  double              pointer_x, pointer_y;
  SlTimelineViewport  drag_start_vp;
  double              drag_x, drag_y;
  gboolean            drag_moved;
  DragMode            drag_mode;
  gboolean            pressed;         /* a button is down: the drag owns the cursor */
  double              band_x, band_y;  /* the rubber band's moving corner */
  double              drag_lane_px;
  SlTimelineViewport  zoom_start_vp;
};

G_DEFINE_FINAL_TYPE (SlTimelineView, sl_timeline_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_SELECTED_EVENT,
  PROP_DARK,
  PROP_HIGH_CONTRAST,
  N_PROPS
};

enum
{
  SELECTION_CHANGED,
  SELECTED_EVENTS_CHANGED,
  BRUSH_CHANGED,
  EVENT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static double
lanes_height (SlTimelineView *self)
{
  return MAX (1.0, gtk_widget_get_height (GTK_WIDGET (self)) - OVERVIEW_HEIGHT);
}

static gboolean
has_size (SlTimelineView *self)
{
  return gtk_widget_get_width (GTK_WIDGET (self)) > 0 && gtk_widget_get_height (GTK_WIDGET (self)) > 0;
}

/* Keeps the viewport's size in step with the widget before anything reads it. */
static void
sync_size (SlTimelineView *self)
{
  double w = MAX (1, gtk_widget_get_width (GTK_WIDGET (self)));
  double h = lanes_height (self);

  if (self->vp.width != w || self->vp.height != h)
    sl_timeline_viewport_set_size (&self->vp, w, h);
}

/* The span most events share: a lone event decades away (an article's "since the 1970s")
 * would otherwise squash everything else into a few pixels. Outliers are starts beyond three
 * interquartile ranges of the quartiles; the overview strip still shows them. */
static gboolean
core_range (SlModel *model, double *t0, double *t1)
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
      *t0 = MIN (*t0, (double) ev->start);
      *t1 = MAX (*t1, (double) MAX (ev->end_t, ev->start + 1));
      any = TRUE;
    }
  return any;
}

/* Fits the core of the events; when the view already shows exactly that, fits everything,
 * so pressing fit twice reaches the outliers. */
static void
fit_now (SlTimelineView *self)
{
  SlTimelineViewport all, core;
  double t0, t1;

  sync_size (self);
  all = self->vp;
  if (self->model == NULL || !sl_timeline_viewport_fit (&all, self->model))
    {
      self->vp = all;
    }
  else if (core_range (self->model, &t0, &t1))
    {
      double span, tol;

      core = self->vp;
      sl_timeline_viewport_show_range (&core, t0, t1);
      /* the same room for labels after the last event that a whole fit leaves */
      core.t1 += (core.t1 - core.t0) * 0.22;
      span = core.t1 - core.t0;
      tol = span * 0.01;
      if (!self->needs_fit && fabs (self->vp.t0 - core.t0) < tol && fabs (self->vp.t1 - core.t1) < tol)
        self->vp = all;
      else
        self->vp = core;
    }
  else
    self->vp = all;
  self->vp.lane_offset = 0;
  self->needs_fit = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Text and sizes follow the desktop font and text scale. */
static void
update_style (SlTimelineView *self)
{
  SlPaintStyle style;
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *font = pango_context_get_font_description (context);
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (self));
  int dpi = 0;

  if (self->high_contrast)
    sl_paint_style_init_high_contrast (&style, self->dark);
  else
    sl_paint_style_init (&style, self->dark);
  if (font != NULL)
    sl_paint_style_set_font (&style, pango_font_description_get_family (font),
                             pango_font_description_get_size (font) / (double) PANGO_SCALE);
  if (settings != NULL)
    g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  if (dpi > 0)
    style.scale = CLAMP (dpi / (96.0 * 1024.0), 0.5, 3.0);
  sl_timeline_painter_set_style (self->painter, &style);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* "Name — September 2023": the date at its precision, in the detail pane's words. */
static char *
describe_event (SlTimelineView *self, guint32 event)
{
  const SlEvent *ev = sl_model_event (self->model, event);
  const char *label = sl_model_str (self->model, ev->label);
  g_autofree char *when = sl_time_describe_interval (ev->start, ev->end_t);

  if (label == NULL || *label == '\0')
    label = _("Untitled event");
  /* TRANSLATORS: an event's name and its date: "Summit — September 2023" */
  return g_strdup_printf (_("%s — %s"), label, when);
}

static void
update_accessible (SlTimelineView *self)
{
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;
  guint n = self->model ? sl_model_n_events (self->model) : 0;

  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Timeline, %u event", "Timeline, %u events", n),
                           n);
  if (self->chosen->len > 0)
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event selected",
                                                "%u events selected", self->chosen->len),
                                   self->chosen->len);
  else if (self->selected != SL_NONE)
    {
      g_autofree char *what = describe_event (self, self->selected);
      description = g_strdup_printf (_("Selected: %s"), what);
    }
  else
    description = g_strdup (_("No event selected. Left and Right select events, "
                              "plus and minus zoom, 0 shows everything, C folds a lane, "
                              "Control+A selects the events in view, B brushes the visible range."));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/* Selection */

static int
cmp_event (gconstpointer a, gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;
  return x < y ? -1 : x > y;
}

/* Drops the multi-selection; TRUE when there was one (the caller emits). */
static gboolean
drop_chosen (SlTimelineView *self)
{
  if (self->chosen->len == 0)
    return FALSE;
  g_array_set_size (self->chosen, 0);
  sl_timeline_painter_set_selection (self->painter, NULL, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

/* One selected event replaces a multi-selection; "selection-changed" comes first, so that a
 * listener to "selected-events-changed" already sees the single event. */
static void
set_selected (SlTimelineView *self, guint32 event, gboolean emit)
{
  gboolean dropped;

  if (self->model == NULL || event >= sl_model_n_events (self->model))
    event = SL_NONE;
  dropped = event != SL_NONE && drop_chosen (self);
  if (self->selected != event)
    {
      self->selected = event;
      sl_timeline_painter_set_selected (self->painter, event);
      update_accessible (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_EVENT]);
      if (emit)
        g_signal_emit (self, signals[SELECTION_CHANGED], 0);
    }
  if (dropped && emit)
    g_signal_emit (self, signals[SELECTED_EVENTS_CHANGED], 0);
}

/* Several events selected at once (n ≥ 2): the single selection is dropped first. Fewer
 * than two select that one event, or nothing. */
static void
set_chosen (SlTimelineView *self, const guint32 *events, guint n)
{
  g_autoptr (GArray) valid = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint n_events = self->model ? sl_model_n_events (self->model) : 0;

  for (guint i = 0; i < n; i++)
    if (events[i] < n_events)
      g_array_append_val (valid, events[i]);
  g_array_sort (valid, cmp_event);
  for (guint i = 1; i < valid->len;)
    if (g_array_index (valid, guint32, i) == g_array_index (valid, guint32, i - 1))
      g_array_remove_index (valid, i);
    else
      i++;

  if (valid->len < 2)
    {
      gboolean dropped = drop_chosen (self);
      set_selected (self, valid->len == 1 ? g_array_index (valid, guint32, 0) : SL_NONE, TRUE);
      if (dropped && valid->len == 0)
        g_signal_emit (self, signals[SELECTED_EVENTS_CHANGED], 0);
      return;
    }
  if (valid->len == self->chosen->len
      && memcmp (valid->data, self->chosen->data, valid->len * sizeof (guint32)) == 0)
    return;
  set_selected (self, SL_NONE, TRUE);
  g_array_set_size (self->chosen, 0);
  g_array_append_vals (self->chosen, valid->data, valid->len);
  sl_timeline_painter_set_selection (self->painter, (const guint32 *) valid->data, valid->len);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[SELECTED_EVENTS_CHANGED], 0);
}

static void
set_brush (SlTimelineView *self, gboolean has_brush, SlTime t0, SlTime t1)
{
  if (t1 < t0)
    {
      SlTime t = t0;
      t0 = t1;
      t1 = t;
    }
  has_brush = has_brush && t1 > t0;
  if (!has_brush)
    t0 = t1 = 0;
  if (self->has_brush == has_brush && self->brush0 == t0 && self->brush1 == t1)
    return;
  self->has_brush = has_brush;
  self->brush0 = t0;
  self->brush1 = t1;
  sl_timeline_painter_set_brush (self->painter, has_brush, t0, t1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[BRUSH_CHANGED], 0);
}

static void scroll_lanes (SlTimelineView *self, double lanes);

/* Pans (and scrolls lanes) so that the event is on screen, keeping the zoom. */
static void
reveal_event (SlTimelineView *self, guint32 event)
{
  const SlEvent *ev;
  SlTimelineItem item;
  double x, margin, right;

  if (self->model == NULL || event == SL_NONE || !has_size (self))
    return;
  sync_size (self);
  /* labels run to the right of their marks: keep room for one there */
  margin = self->vp.width * 0.08;
  right = self->vp.width - MIN (self->vp.width * 0.3, 260.0);
  if (sl_timeline_painter_event_item (self->painter, &self->vp, event, &item)
      && item.cx >= margin && item.cx <= right)
    return;

  /* scroll no further than needed, as a text view does, plus a little lead */
  ev = sl_model_event (self->model, event);
  x = sl_timeline_viewport_x_of (&self->vp, (double) ev->start + (ev->end_t - ev->start) / 2.0);
  if (x < margin)
    sl_timeline_viewport_pan (&self->vp, x - margin - self->vp.width * 0.1);
  else if (x > right)
    sl_timeline_viewport_pan (&self->vp, x - right + self->vp.width * 0.1);
  if (!sl_timeline_painter_event_item (self->painter, &self->vp, event, &item))
    {
      /* still not placed: its lane is scrolled away; scrolled to the top, unless the lanes
       * below it would leave the rest of the view empty */
      self->vp.lane_offset = sl_timeline_painter_lane_of_event (self->painter, event);
      scroll_lanes (self, 0);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The event step positions away from the selection in time order; from nothing, the first
 * event on screen (or the first/last overall). */
static guint32
neighbour_event (SlTimelineView *self, int step)
{
  const guint32 *order;
  guint n, pos;

  if (self->model == NULL)
    return SL_NONE;
  order = sl_model_events_by_start (self->model, &n);
  if (n == 0)
    return SL_NONE;

  if (self->selected == SL_NONE)
    {
      double mid_t = sl_timeline_viewport_time_at (&self->vp, step > 0 ? 0.0 : self->vp.width);
      guint lo = 0, hi = n;

      /* first event starting at or after the left edge (or last before the right edge) */
      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;
          if ((double) sl_model_event (self->model, order[mid])->start < mid_t)
            lo = mid + 1;
          else
            hi = mid;
        }
      if (step > 0)
        return order[MIN (lo, n - 1)];
      return order[lo > 0 ? lo - 1 : 0];
    }
  else
    {
      SlTime start = sl_model_event (self->model, self->selected)->start;
      guint lo = 0, hi = n;

      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;
          if (sl_model_event (self->model, order[mid])->start < start)
            lo = mid + 1;
          else
            hi = mid;
        }
      for (pos = lo; pos < n && order[pos] != self->selected; pos++)
        ;
      if (pos >= n)
        return SL_NONE;
      if (step > 0)
        return pos + 1 < n ? order[pos + 1] : SL_NONE;
      return pos > 0 ? order[pos - 1] : SL_NONE;
    }
}

static gboolean
event_folded (SlTimelineView *self, guint32 event)
{
  guint lane = sl_timeline_painter_lane_of_event (self->painter, event);

  return lane < sl_timeline_painter_n_lanes (self->painter)
         && sl_timeline_painter_get_lane_collapsed (self->painter, lane);
}

/* Steps to the next event in time, passing over those in folded lanes: their rows are out of
 * sight, so the keyboard leaves them alone too. */
static gboolean
select_neighbour (SlTimelineView *self, int step)
{
  guint32 keep = self->selected, next;
  guint guard = 0, limit = self->model ? sl_model_n_events (self->model) : 0;

  next = neighbour_event (self, step);
  while (next != SL_NONE && event_folded (self, next) && guard++ < limit)
    {
      self->selected = next;
      next = neighbour_event (self, step);
    }
  self->selected = keep;
  if (next == SL_NONE || event_folded (self, next))
    return FALSE;
  set_selected (self, next, TRUE);
  reveal_event (self, next);
  return TRUE;
}

static gboolean
select_end (SlTimelineView *self, gboolean last)
{
  const guint32 *order;
  guint n;

  if (self->model == NULL)
    return FALSE;
  order = sl_model_events_by_start (self->model, &n);
  if (n == 0)
    return FALSE;
  set_selected (self, order[last ? n - 1 : 0], TRUE);
  reveal_event (self, self->selected);
  return TRUE;
}

/* Input */

static void
zoom_at (SlTimelineView *self, double factor, double x)
{
  sync_size (self);
  sl_timeline_viewport_zoom_at (&self->vp, factor, x);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Pixels per lane near the top of the view, measured from where the painter put the first
 * row of consecutive lanes; lanes vary in height, so this is only for turning drags into
 * lane scrolling. */
static double
estimate_lane_px (SlTimelineView *self)
{
  const SlTimelineItem *items;
  guint n_items;
  guint best_lane = G_MAXUINT, next_lane = G_MAXUINT;
  double best_y = 0, next_y = 0;

  items = sl_timeline_painter_layout (self->painter, &self->vp, &n_items);
  for (guint i = 0; i < n_items; i++)
    {
      if (items[i].row != 0)
        continue;
      if (items[i].lane < best_lane)
        {
          next_lane = best_lane, next_y = best_y;
          best_lane = items[i].lane, best_y = items[i].cy;
        }
      else if (items[i].lane > best_lane && items[i].lane < next_lane)
        next_lane = items[i].lane, next_y = items[i].cy;
    }
  if (best_lane != G_MAXUINT && next_lane != G_MAXUINT && next_y > best_y)
    return (next_y - best_y) / (next_lane - best_lane);
  return sl_paint_style_px (sl_timeline_painter_get_style (self->painter), 50.0);
}

/* Scrolls by a number of lanes, never past the point where the last lane's foot is at the
 * foot of the view. */
static void
scroll_lanes (SlTimelineView *self, double lanes)
{
  double max = sl_timeline_painter_max_lane_offset (self->painter, &self->vp);

  self->vp.lane_offset = CLAMP (self->vp.lane_offset + lanes, 0.0, max);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller, double dx, double dy, SlTimelineView *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean wheel = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL;

  sync_size (self);
  if (state & GDK_SHIFT_MASK)
    {
      /* Shift turns the wheel into lane scrolling, as in other wide canvases */
      scroll_lanes (self, wheel ? dy : dy / 40.0);
      if (dx != 0)
        sl_timeline_viewport_pan (&self->vp, wheel ? dx * 60.0 : dx);
      return TRUE;
    }
  if (dx != 0)
    sl_timeline_viewport_pan (&self->vp, wheel ? dx * 60.0 : dx);
  if (dy != 0)
    {
      double factor = wheel ? pow (WHEEL_ZOOM, -dy) : exp (-dy * 0.01);
      sl_timeline_viewport_zoom_at (&self->vp, factor, self->pointer_x);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

static void
motion_cb (GtkEventControllerMotion *controller, double x, double y, SlTimelineView *self)
{
  guint32 hover = SL_NONE;
  gboolean on_header = FALSE;

  self->pointer_x = x;
  self->pointer_y = y;
  if (self->model != NULL && y < lanes_height (self))
    {
      sync_size (self);
      hover = sl_timeline_painter_hit_test (self->painter, &self->vp, x, y);
      on_header = hover == SL_NONE
                  && sl_timeline_painter_lane_header_at (self->painter, &self->vp, x, y) != SL_NONE;
    }
  /* a lane's header folds it on a click: it points like a button does */
  if (!self->pressed)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), on_header ? "pointer" : NULL);
  if (hover != self->hover)
    {
      self->hover = hover;
      sl_timeline_painter_set_hover (self->painter, hover);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
leave_cb (GtkEventControllerMotion *controller, SlTimelineView *self)
{
  if (self->hover != SL_NONE)
    {
      self->hover = SL_NONE;
      sl_timeline_painter_set_hover (self->painter, SL_NONE);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

/* The overview strip spans the model's whole extent: x there maps linearly onto it. */
static void
center_from_overview (SlTimelineView *self, double x)
{
  SlTime t0, t1;
  double span, center, w = MAX (1.0, self->vp.width);

  if (self->model == NULL || !sl_model_time_bounds (self->model, &t0, &t1) || t1 <= t0)
    return;
  span = self->vp.t1 - self->vp.t0;
  center = t0 + (t1 - t0) * CLAMP (x / w, 0.0, 1.0);
  self->vp.t0 = center - span / 2.0;
  self->vp.t1 = center + span / 2.0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The time under x, whole seconds, for a brush edge. */
static SlTime
brush_time_at (SlTimelineView *self, double x)
{
  return (SlTime) floor (sl_timeline_viewport_time_at (&self->vp, CLAMP (x, 0.0, self->vp.width)));
}

static void
drag_begin_cb (GtkGestureDrag *gesture, double x, double y, SlTimelineView *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));
  double axis_h = sl_timeline_painter_axis_height (self->painter);

  sync_size (self);
  self->drag_start_vp = self->vp;
  self->drag_x = x;
  self->drag_y = y;
  self->band_x = x;
  self->band_y = y;
  self->drag_moved = FALSE;
  self->pressed = TRUE;
  if (y >= lanes_height (self))
    self->drag_mode = DRAG_OVERVIEW;
  else if (button == GDK_BUTTON_PRIMARY && y < axis_h)
    self->drag_mode = DRAG_BRUSH;
  else if (button == GDK_BUTTON_PRIMARY && (state & GDK_SHIFT_MASK))
    self->drag_mode = DRAG_BAND;
  else
    self->drag_mode = DRAG_PAN;
  self->drag_lane_px = estimate_lane_px (self);
  if (gtk_widget_get_focusable (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self));
  if (self->drag_mode == DRAG_OVERVIEW)
    center_from_overview (self, x);
}

static void
drag_update_cb (GtkGestureDrag *gesture, double dx, double dy, SlTimelineView *self)
{
  if (!self->drag_moved && hypot (dx, dy) < CLICK_SLOP)
    return;
  if (!self->drag_moved)
    {
      const char *cursor = NULL;

      self->drag_moved = TRUE;
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      if (self->drag_mode == DRAG_PAN)
        cursor = "grabbing";
      else if (self->drag_mode == DRAG_BAND)
        cursor = "crosshair";
      else if (self->drag_mode == DRAG_BRUSH)
        cursor = "col-resize";
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), cursor);
    }
  switch (self->drag_mode)
    {
    case DRAG_OVERVIEW:
      center_from_overview (self, self->drag_x + dx);
      return;
    case DRAG_BAND:
      self->band_x = self->drag_x + dx;
      self->band_y = self->drag_y + dy;
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    case DRAG_BRUSH:
      /* shaded as it is drawn; the listeners hear of it when the button is let go */
      self->has_brush = TRUE;
      self->brush0 = brush_time_at (self, MIN (self->drag_x, self->drag_x + dx));
      self->brush1 = brush_time_at (self, MAX (self->drag_x, self->drag_x + dx));
      sl_timeline_painter_set_brush (self->painter, TRUE, self->brush0, self->brush1);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    case DRAG_PAN:
    default:
      break;
    }
  self->vp = self->drag_start_vp;
  sl_timeline_viewport_pan (&self->vp, -dx);
  /* dragging up shows the lanes below */
  self->vp.lane_offset = self->drag_start_vp.lane_offset;
  scroll_lanes (self, -dy / MAX (8.0, self->drag_lane_px));
}

static void
drag_end_cb (GtkGestureDrag *gesture, double dx, double dy, SlTimelineView *self)
{
  guint lane;

  self->pressed = FALSE;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), NULL);
  if (self->drag_mode == DRAG_BAND && self->drag_moved)
    {
      g_autoptr (GArray) caught = g_array_new (FALSE, FALSE, sizeof (guint32));

      sl_timeline_painter_events_in_rect (self->painter, &self->vp, self->drag_x, self->drag_y,
                                          self->drag_x + dx, self->drag_y + dy, caught);
      self->drag_moved = FALSE;
      gtk_widget_queue_draw (GTK_WIDGET (self));
      set_chosen (self, (const guint32 *) caught->data, caught->len);
      return;
    }
  if (self->drag_mode == DRAG_BRUSH)
    {
      /* a click on the axis lets go of the range; a drag sets it */
      SlTime t0 = brush_time_at (self, MIN (self->drag_x, self->drag_x + dx));
      SlTime t1 = brush_time_at (self, MAX (self->drag_x, self->drag_x + dx));

      /* the drag already shaded it: make the state differ so set_brush announces it */
      if (self->drag_moved)
        self->has_brush = FALSE;
      set_brush (self, self->drag_moved, t0, t1);
      self->drag_moved = FALSE;
      return;
    }
  if (self->drag_moved || self->drag_mode == DRAG_OVERVIEW)
    return;
  if (gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture)) != GDK_BUTTON_PRIMARY)
    return;
  /* a click on a lane's header folds or opens the lane */
  lane = sl_timeline_view_lane_header_at (self, self->drag_x, self->drag_y);
  if (lane != SL_NONE)
    {
      sl_timeline_view_set_lane_collapsed (self, lane,
                                           !sl_timeline_painter_get_lane_collapsed (self->painter, lane));
      return;
    }
  /* a click: select what is under it, or clear when it is empty */
  set_selected (self, sl_timeline_view_event_at (self, self->drag_x, self->drag_y), TRUE);
  if (self->selected == SL_NONE && drop_chosen (self))
    {
      update_accessible (self);
      g_signal_emit (self, signals[SELECTED_EVENTS_CHANGED], 0);
    }
}

static void
zoom_begin_cb (GtkGesture *gesture, GdkEventSequence *sequence, SlTimelineView *self)
{
  sync_size (self);
  self->zoom_start_vp = self->vp;
}

static void
zoom_scale_changed_cb (GtkGestureZoom *gesture, double scale, SlTimelineView *self)
{
  double cx, cy;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &cx, &cy))
    cx = self->vp.width / 2.0;
  self->vp = self->zoom_start_vp;
  sl_timeline_viewport_zoom_at (&self->vp, scale, cx);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                SlTimelineView        *self)
{
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;
  gboolean ctrl = (state & GDK_CONTROL_MASK) != 0;

  if (state & (GDK_ALT_MASK | GDK_SUPER_MASK))
    return FALSE;
  sync_size (self);

  switch (keyval)
    {
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      zoom_at (self, KEY_ZOOM, self->vp.width / 2.0);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      zoom_at (self, 1.0 / KEY_ZOOM, self->vp.width / 2.0);
      return TRUE;
    case GDK_KEY_0:
    case GDK_KEY_KP_0:
      if (ctrl)
        return FALSE; /* the window's Ctrl+0 fits both views */
      fit_now (self);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      if (shift || ctrl)
        {
          sl_timeline_viewport_pan (&self->vp, -self->vp.width * KEY_PAN);
          gtk_widget_queue_draw (GTK_WIDGET (self));
          return TRUE;
        }
      select_neighbour (self, -1);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      if (shift || ctrl)
        {
          sl_timeline_viewport_pan (&self->vp, self->vp.width * KEY_PAN);
          gtk_widget_queue_draw (GTK_WIDGET (self));
          return TRUE;
        }
      select_neighbour (self, +1);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      scroll_lanes (self, -1.0);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      scroll_lanes (self, 1.0);
      return TRUE;
    case GDK_KEY_Page_Up:
      scroll_lanes (self, -5.0);
      return TRUE;
    case GDK_KEY_Page_Down:
      scroll_lanes (self, 5.0);
      return TRUE;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      return select_end (self, FALSE);
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      return select_end (self, TRUE);
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
      if (ctrl)
        return FALSE;
      /* at the last event Tab moves on to the next widget: no keyboard trap */
      return select_neighbour (self, +1);
    case GDK_KEY_ISO_Left_Tab:
      if (ctrl)
        return FALSE;
      return select_neighbour (self, -1);
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      if (self->selected == SL_NONE || shift || ctrl)
        return FALSE;
      g_signal_emit (self, signals[EVENT_ACTIVATED], 0);
      return TRUE;
    case GDK_KEY_Escape:
      if (self->selected == SL_NONE && self->chosen->len == 0 && !self->has_brush)
        return FALSE;
      /* one press lets go of everything: the selection, a rubber band's catch, the range */
      set_chosen (self, NULL, 0);
      set_brush (self, FALSE, 0, 0);
      return TRUE;
    case GDK_KEY_c:
    case GDK_KEY_C:
      {
        /* folds or opens the lane of the selected event (or the topmost lane) */
        guint32 at = self->selected != SL_NONE ? self->selected
                     : self->chosen->len > 0 ? g_array_index (self->chosen, guint32, 0) : SL_NONE;
        guint lane = at != SL_NONE ? sl_timeline_painter_lane_of_event (self->painter, at)
                                   : (guint) floor (self->vp.lane_offset);

        if (ctrl || lane >= sl_timeline_painter_n_lanes (self->painter))
          return FALSE;
        sl_timeline_view_set_lane_collapsed (self, lane,
                                             !sl_timeline_painter_get_lane_collapsed (self->painter, lane));
        return TRUE;
      }
    case GDK_KEY_a:
    case GDK_KEY_A:
      {
        /* Ctrl+A: every event drawn in view, as a rubber band over the whole view would */
        g_autoptr (GArray) caught = g_array_new (FALSE, FALSE, sizeof (guint32));

        if (!ctrl || self->model == NULL)
          return FALSE;
        sl_timeline_painter_events_in_rect (self->painter, &self->vp, 0, 0, self->vp.width,
                                            self->vp.height, caught);
        set_chosen (self, (const guint32 *) caught->data, caught->len);
        return TRUE;
      }
    case GDK_KEY_b:
    case GDK_KEY_B:
      /* the keyboard's brush: the visible range, or letting go of the one there is */
      if (ctrl || self->model == NULL)
        return FALSE;
      if (self->has_brush)
        set_brush (self, FALSE, 0, 0);
      else
        set_brush (self, TRUE, brush_time_at (self, 0), brush_time_at (self, self->vp.width));
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  SlTimelineView *self = SL_TIMELINE_VIEW (widget);
  guint32 event;
  g_autofree char *text = NULL;

  if (self->model == NULL)
    return FALSE;
  sync_size (self);
  if (keyboard)
    {
      event = self->selected;
      if (event == SL_NONE)
        return FALSE;
      text = describe_event (self, event);
    }
  else
    text = sl_timeline_view_describe_at (self, x, y);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

char *
sl_timeline_view_describe_at (SlTimelineView *self, double x, double y)
{
  guint32 event;

  g_return_val_if_fail (SL_IS_TIMELINE_VIEW (self), NULL);
  if (self->model == NULL)
    return NULL;
  sync_size (self);
  if (y >= lanes_height (self))
    return g_strdup (_("Overview of all events: click or drag to move the view"));
  event = sl_timeline_painter_hit_test (self->painter, &self->vp, x, y);
  return event == SL_NONE ? NULL : describe_event (self, event);
}

/* GtkWidget */

static void
sl_timeline_view_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  SlTimelineView *self = SL_TIMELINE_VIEW (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double lanes_h = lanes_height (self);
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;
  if (self->needs_fit)
    fit_now (self);
  sync_size (self);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, lanes_h);
  cairo_clip (cr);
  sl_timeline_painter_draw (self->painter, cr, &self->vp);
  if (self->drag_mode == DRAG_BAND && self->drag_moved)
    {
      /* the rubber band: a tinted box with a crisp edge */
      const SlPaintStyle *st = sl_timeline_painter_get_style (self->painter);
      double x0 = MIN (self->drag_x, self->band_x), x1 = MAX (self->drag_x, self->band_x);
      double y0 = MIN (self->drag_y, self->band_y), y1 = MAX (self->drag_y, self->band_y);

      cairo_rectangle (cr, floor (x0) + 0.5, floor (y0) + 0.5, floor (x1 - x0), floor (y1 - y0));
      sl_paint_set_color (cr, &st->accent, 0.12);
      cairo_fill_preserve (cr);
      sl_paint_set_color (cr, &st->accent, 0.9);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
    }
  cairo_restore (cr);

  cairo_save (cr);
  cairo_translate (cr, 0, lanes_h);
  cairo_rectangle (cr, 0, 0, width, OVERVIEW_HEIGHT);
  cairo_clip (cr);
  sl_timeline_painter_draw_overview (self->painter, cr, &self->vp, width, OVERVIEW_HEIGHT);
  cairo_restore (cr);
  cairo_destroy (cr);
}

static void
sl_timeline_view_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  SlTimelineView *self = SL_TIMELINE_VIEW (widget);

  if (self->needs_fit && width > 0 && height > 0)
    fit_now (self);
  else
    sync_size (self);
}

static void
sl_timeline_view_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  SlTimelineView *self = SL_TIMELINE_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = 800;
    }
  else
    {
      double axis = sl_timeline_painter_axis_height (self->painter);
      *minimum = (int) ceil (axis + OVERVIEW_HEIGHT + 48);
      *natural = MAX (*minimum, 320);
    }
}

static void
sl_timeline_view_css_changed (GtkWidget *widget, GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (sl_timeline_view_parent_class)->css_changed (widget, change);
  update_style (SL_TIMELINE_VIEW (widget));
}

/* GObject */

static void
sl_timeline_view_finalize (GObject *object)
{
  SlTimelineView *self = SL_TIMELINE_VIEW (object);

  g_clear_pointer (&self->painter, sl_timeline_painter_free);
  g_clear_pointer (&self->model, sl_model_unref);
  g_clear_pointer (&self->highlight, g_array_unref);
  g_clear_pointer (&self->chosen, g_array_unref);
  G_OBJECT_CLASS (sl_timeline_view_parent_class)->finalize (object);
}

static void
sl_timeline_view_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SlTimelineView *self = SL_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED_EVENT:
      g_value_set_uint (value, self->selected);
      break;
    case PROP_DARK:
      g_value_set_boolean (value, self->dark);
      break;
    case PROP_HIGH_CONTRAST:
      g_value_set_boolean (value, self->high_contrast);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_timeline_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SlTimelineView *self = SL_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED_EVENT:
      sl_timeline_view_set_selected_event (self, g_value_get_uint (value));
      break;
    case PROP_DARK:
      sl_timeline_view_set_dark (self, g_value_get_boolean (value));
      break;
    case PROP_HIGH_CONTRAST:
      sl_timeline_view_set_high_contrast (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_timeline_view_class_init (SlTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sl_timeline_view_finalize;
  object_class->get_property = sl_timeline_view_get_property;
  object_class->set_property = sl_timeline_view_set_property;

  widget_class->snapshot = sl_timeline_view_snapshot;
  widget_class->size_allocate = sl_timeline_view_size_allocate;
  widget_class->measure = sl_timeline_view_measure;
  widget_class->css_changed = sl_timeline_view_css_changed;

  properties[PROP_SELECTED_EVENT] =
    g_param_spec_uint ("selected-event", NULL, NULL, 0, G_MAXUINT32, SL_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DARK] =
    g_param_spec_boolean ("dark", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* the desktop's high-contrast setting: the painters' high-contrast palette */
  properties[PROP_HIGH_CONTRAST] =
    g_param_spec_boolean ("high-contrast", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* emitted when the user (or the API) changes the selected event */
  signals[SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* emitted when a multi-selection (a rubber band's catch, Ctrl+A) is made or let go */
  signals[SELECTED_EVENTS_CHANGED] =
    g_signal_new ("selected-events-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* emitted when the brushed time range is set (a drag along the axis ends) or let go */
  signals[BRUSH_CHANGED] =
    g_signal_new ("brush-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Enter on the selected event: the user wants to go into it (its sources) */
  signals[EVENT_ACTIVATED] =
    g_signal_new ("event-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "timelineview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sl_timeline_view_init (SlTimelineView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  SlTime now = g_get_real_time () / G_USEC_PER_SEC;

  self->painter = sl_timeline_painter_new ();
  sl_timeline_painter_set_fold_marks (self->painter, TRUE);
  self->highlight = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->chosen = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->selected = SL_NONE;
  self->hover = SL_NONE;
  sl_timeline_viewport_init (&self->vp, now - 365 * SL_DAY, now, 800, 300);
  update_style (self);

  sl_view_input_install (widget, &(SlViewInput) {
                           .scroll = G_CALLBACK (scroll_cb),
                           .motion = G_CALLBACK (motion_cb),
                           .leave = G_CALLBACK (leave_cb),
                           .drag_begin = G_CALLBACK (drag_begin_cb),
                           .drag_update = G_CALLBACK (drag_update_cb),
                           .drag_end = G_CALLBACK (drag_end_cb),
                           .zoom_begin = G_CALLBACK (zoom_begin_cb),
                           .zoom_scale_changed = G_CALLBACK (zoom_scale_changed_cb),
                           .key_pressed = G_CALLBACK (key_pressed_cb),
                           .query_tooltip = G_CALLBACK (query_tooltip_cb),
                         });

  update_accessible (self);
}

/* Public API */

GtkWidget *
sl_timeline_view_new (void)
{
  return g_object_new (SL_TYPE_TIMELINE_VIEW, NULL);
}

void
sl_timeline_view_set_model (SlTimelineView *self, SlModel *model)
{
  g_return_if_fail (SL_IS_TIMELINE_VIEW (self));

  if (model != NULL)
    sl_model_ref (model);
  g_clear_pointer (&self->model, sl_model_unref);
  self->model = model;

  sl_timeline_painter_set_model (self->painter, model);
  g_array_set_size (self->highlight, 0);
  sl_timeline_painter_set_highlight (self->painter, NULL, 0);
  self->hover = SL_NONE;
  sl_timeline_painter_set_hover (self->painter, SL_NONE);
  set_selected (self, SL_NONE, TRUE);
  if (drop_chosen (self))
    g_signal_emit (self, signals[SELECTED_EVENTS_CHANGED], 0);
  /* like the selection, a brushed range belongs to what was shown before */
  set_brush (self, FALSE, 0, 0);
  self->needs_fit = TRUE;
  if (has_size (self))
    fit_now (self);
  update_accessible (self);
}

SlModel *
sl_timeline_view_get_model (SlTimelineView *self)
{
  g_return_val_if_fail (SL_IS_TIMELINE_VIEW (self), NULL);
  return self->model;
}

guint32
sl_timeline_view_get_selected_event (SlTimelineView *self)
{
  g_return_val_if_fail (SL_IS_TIMELINE_VIEW (self), SL_NONE);
  return self->selected;
}

void
sl_timeline_view_set_selected_event (SlTimelineView *self, guint32 event)
{
  g_return_if_fail (SL_IS_TIMELINE_VIEW (self));
  set_selected (self, event, TRUE);
  /* selecting nothing lets go of a multi-selection too */
  if (self->selected == SL_NONE && drop_chosen (self))
    {
      update_accessible (self);
      g_signal_emit (self, signals[SELECTED_EVENTS_CHANGED], 0);
    }
  reveal_event (self, self->selected);
}

void
sl_timeline_view_set_highlight (SlTimelineView *self, const guint32 *events, guint n)
{
  g_return_if_fail (SL_IS_TIMELINE_VIEW (self));
  g_return_if_fail (events != NULL || n == 0);

  g_array_set_size (self->highlight, 0);
  if (n > 0)
    g_array_append_vals (self->highlight, events, n);
  sl_timeline_painter_set_highlight (self->painter, events, n);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const guint32 *
sl_timeline_view_get_highlight (SlTimelineView *self, guint *n)
{
  g_return_val_if_fail (SL_IS_TIMELINE_VIEW (self), NULL);

  if (n != NULL)
    *n = self->highlight->len;
  return self->highlight->len > 0 ? (const guint32 *) self->highlight->data : NULL;
}

void
sl_timeline_view_reveal_highlight (SlTimelineView *self)
{
  const SlTimelineItem *items;
  guint n_items;
  guint32 first = SL_NONE;

  g_return_if_fail (SL_IS_TIMELINE_VIEW (self));

  if (self->model == NULL || self->highlight->len == 0 || !has_size (self))
    return;
  if (self->needs_fit)
    fit_now (self);
  sync_size (self);
  items = sl_timeline_painter_layout (self->painter, &self->vp, &n_items);
  for (guint i = 0; i < n_items; i++)
    if (sl_timeline_painter_is_highlighted (self->painter, items[i].event))
      return;
  for (guint i = 0; i < self->highlight->len; i++)
    {
      guint32 e = g_array_index (self->highlight, guint32, i);

      if (e >= sl_model_n_events (self->model)
          || sl_timeline_painter_lane_of_event (self->painter, e) == SL_NONE)
        continue;
      if (first == SL_NONE || sl_model_event (self->model, e)->start
                              < sl_model_event (self->model, first)->start)
        first = e;
    }
  reveal_event (self, first);
}

void
sl_timeline_view_get_visible_range (SlTimelineView *self, SlTime *t0, SlTime *t1)
{
  g_return_if_fail (SL_IS_TIMELINE_VIEW (self));

  if (self->needs_fit && has_size (self))
    fit_now (self);
  if (t0 != NULL)
    *t0 = (SlTime) floor (self->vp.t0);
  if (t1 != NULL)
    *t1 = (SlTime) ceil (self->vp.t1);
}

void
sl_timeline_view_set_visible_range (SlTimelineView *self, SlTime t0, SlTime t1)
{
  g_return_if_fail (SL_IS_TIMELINE_VIEW (self));
  g_return_if_fail (t1 > t0);

  sync_size (self);
  self->needs_fit = FALSE;
  self->vp.t0 = (double) t0;
  self->vp.t1 = (double) t1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
sl_timeline_view_zoom_to_fit (SlTimelineView *self)
{
  g_return_if_fail (SL_IS_TIMELINE_VIEW (self));

  if (has_size (self))
    fit_now (self);
  else
    self->needs_fit = TRUE;
}

void
sl_timeline_view_zoom_at (SlTimelineView *self, double factor, double x)
{
  g_return_if_fail (SL_IS_TIMELINE_VIEW (self));
  g_return_if_fail (factor > 0);

  if (self->needs_fit && has_size (self))
    fit_now (self);
  zoom_at (self, factor, x);
}

gboolean
sl_timeline_view_get_event_position (SlTimelineView *self, guint32 event, double *x, double *y)
{
  SlTimelineItem item;

  g_return_val_if_fail (SL_IS_TIMELINE_VIEW (self), FALSE);

  if (self->model == NULL || event == SL_NONE || !has_size (self))
    return FALSE;
  if (self->needs_fit)
    fit_now (self);
  sync_size (self);
  if (!sl_timeline_painter_event_item (self->painter, &self->vp, event, &item))
    return FALSE;
  if (item.cx < 0 || item.cx > self->vp.width || item.cy < 0 || item.cy > self->vp.height)
    return FALSE;
  if (x != NULL)
    *x = item.cx;
  if (y != NULL)
    *y = item.cy;
  return TRUE;
}

guint32
sl_timeline_view_event_at (SlTimelineView *self, double x, double y)
{
  g_return_val_if_fail (SL_IS_TIMELINE_VIEW (self), SL_NONE);

  if (self->model == NULL || y < 0 || y >= lanes_height (self))
    return SL_NONE;
  if (self->needs_fit && has_size (self))
    fit_now (self);
  sync_size (self);
  return sl_timeline_painter_hit_test (self->painter, &self->vp, x, y);
}

SlLaneMode
sl_timeline_view_get_lane_mode (SlTimelineView *self)
{
  g_return_val_if_fail (SL_IS_TIMELINE_VIEW (self), SL_LANE_BY_SOURCE);
  return sl_timeline_painter_get_lane_mode (self->painter);
}

void
sl_timeline_view_set_lane_mode (SlTimelineView *self, SlLaneMode mode)
{
  g_return_if_fail (SL_IS_TIMELINE_VIEW (self));
  g_return_if_fail (mode <= SL_LANE_NONE);

  if (sl_timeline_painter_get_lane_mode (self->painter) == mode)
    return;
  sl_timeline_painter_set_lane_mode (self->painter, mode);
  self->vp.lane_offset = 0;
  if (self->selected != SL_NONE)
    reveal_event (self, self->selected);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
sl_timeline_view_get_dark (SlTimelineView *self)
{
  g_return_val_if_fail (SL_IS_TIMELINE_VIEW (self), FALSE);
  return self->dark;
}

void
sl_timeline_view_set_dark (SlTimelineView *self, gboolean dark)
{
  g_return_if_fail (SL_IS_TIMELINE_VIEW (self));

  dark = !!dark;
  if (self->dark == dark)
    return;
  self->dark = dark;
  update_style (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
}

const guint32 *
sl_timeline_view_get_selected_events (SlTimelineView *self, guint *n)
{
  g_return_val_if_fail (SL_IS_TIMELINE_VIEW (self), NULL);

  if (self->chosen->len > 0)
    {
      if (n != NULL)
        *n = self->chosen->len;
      return (const guint32 *) self->chosen->data;
    }
  if (n != NULL)
    *n = self->selected != SL_NONE;
  return self->selected != SL_NONE ? &self->selected : NULL;
}

void
sl_timeline_view_set_selected_events (SlTimelineView *self, const guint32 *events, guint n)
{
  g_return_if_fail (SL_IS_TIMELINE_VIEW (self));
  g_return_if_fail (events != NULL || n == 0);
  set_chosen (self, events, n);
}

guint
sl_timeline_view_select_in_rect (SlTimelineView *self, double x0, double y0, double x1, double y1)
{
  g_autoptr (GArray) caught = g_array_new (FALSE, FALSE, sizeof (guint32));

  g_return_val_if_fail (SL_IS_TIMELINE_VIEW (self), 0);

  if (self->model == NULL || !has_size (self))
    return 0;
  if (self->needs_fit)
    fit_now (self);
  sync_size (self);
  sl_timeline_painter_events_in_rect (self->painter, &self->vp, x0, y0, x1, y1, caught);
  set_chosen (self, (const guint32 *) caught->data, caught->len);
  return caught->len;
}

gboolean
sl_timeline_view_get_brush (SlTimelineView *self, SlTime *t0, SlTime *t1)
{
  g_return_val_if_fail (SL_IS_TIMELINE_VIEW (self), FALSE);

  if (t0 != NULL)
    *t0 = self->brush0;
  if (t1 != NULL)
    *t1 = self->brush1;
  return self->has_brush;
}

void
sl_timeline_view_set_brush (SlTimelineView *self, SlTime t0, SlTime t1)
{
  g_return_if_fail (SL_IS_TIMELINE_VIEW (self));
  set_brush (self, TRUE, t0, t1);
}

void
sl_timeline_view_clear_brush (SlTimelineView *self)
{
  g_return_if_fail (SL_IS_TIMELINE_VIEW (self));
  set_brush (self, FALSE, 0, 0);
}

guint
sl_timeline_view_lane_header_at (SlTimelineView *self, double x, double y)
{
  g_return_val_if_fail (SL_IS_TIMELINE_VIEW (self), SL_NONE);

  if (self->model == NULL || !has_size (self) || y < 0 || y >= lanes_height (self))
    return SL_NONE;
  if (self->needs_fit)
    fit_now (self);
  sync_size (self);
  return sl_timeline_painter_lane_header_at (self->painter, &self->vp, x, y);
}

guint
sl_timeline_view_lane_of_event (SlTimelineView *self, guint32 event)
{
  g_return_val_if_fail (SL_IS_TIMELINE_VIEW (self), SL_NONE);
  return sl_timeline_painter_lane_of_event (self->painter, event);
}

gboolean
sl_timeline_view_get_lane_collapsed (SlTimelineView *self, guint lane)
{
  g_return_val_if_fail (SL_IS_TIMELINE_VIEW (self), FALSE);

  if (lane >= sl_timeline_painter_n_lanes (self->painter))
    return FALSE;
  return sl_timeline_painter_get_lane_collapsed (self->painter, lane);
}

void
sl_timeline_view_set_lane_collapsed (SlTimelineView *self, guint lane, gboolean collapsed)
{
  g_return_if_fail (SL_IS_TIMELINE_VIEW (self));
  g_return_if_fail (lane < sl_timeline_painter_n_lanes (self->painter));

  sl_timeline_painter_set_lane_collapsed (self->painter, lane, collapsed);
  /* lanes below moved: keep the scrolled position within range */
  scroll_lanes (self, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

char **
sl_timeline_view_dup_collapsed_lanes (SlTimelineView *self, SlLaneMode mode)
{
  g_return_val_if_fail (SL_IS_TIMELINE_VIEW (self), NULL);
  g_return_val_if_fail ((guint) mode <= SL_LANE_NONE, NULL);

  return sl_timeline_painter_dup_collapsed_names (self->painter, mode);
}

gboolean
sl_timeline_view_get_high_contrast (SlTimelineView *self)
{
  g_return_val_if_fail (SL_IS_TIMELINE_VIEW (self), FALSE);
  return self->high_contrast;
}

void
sl_timeline_view_set_high_contrast (SlTimelineView *self, gboolean high_contrast)
{
  g_return_if_fail (SL_IS_TIMELINE_VIEW (self));

  high_contrast = !!high_contrast;
  if (self->high_contrast == high_contrast)
    return;
  self->high_contrast = high_contrast;
  update_style (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGH_CONTRAST]);
}
