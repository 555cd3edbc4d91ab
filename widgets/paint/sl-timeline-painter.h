/* sl-timeline-painter.h: draws a model's events on a date axis onto any cairo_t — the screen,
 * a PNG, an SVG or a PDF page — for a viewport (visible [t0, t1), size, vertical lane scroll).
 *
 * Events sit in lanes (by source by default), stacked in rows so marks and labels never
 * overlap; uncertain dates are soft-edged bands; dense stretches aggregate into density bars.
 * The layout is computed for a viewport and cached: panning reuses it, zooming recomputes only
 * the lanes on screen. GTK-free: cairo, pango, GLib and the model only.
 */
#pragma once

#include <cairo.h>
#include "model/sl-model.h"
#include "paint/sl-paint-style.h"

G_BEGIN_DECLS

/* ---- Viewport: the visible time interval and the pixels it maps onto ---- */

#define SL_TIMELINE_MIN_SPAN (5.0 * 60.0)                    /* five minutes */
#define SL_TIMELINE_MAX_SPAN (20000.0 * 365.2425 * 86400.0)  /* twenty millennia */

typedef struct
{
  double t0, t1;        /* visible [t0, t1) in seconds since 1970 UTC; x = 0 is t0 */
  double width, height; /* drawing area in logical pixels */
  double lane_offset;   /* lanes scrolled off the top (fraction = part of the first lane) */
} SlTimelineViewport;

/* Sets the visible interval and size; lane_offset becomes 0. */
void     sl_timeline_viewport_init          (SlTimelineViewport *vp, double t0, double t1,
                                             double width, double height);
/* Seconds per pixel at this zoom. */
double   sl_timeline_viewport_seconds_per_px (const SlTimelineViewport *vp);
/* The x of an instant (may lie outside [0, width]). */
double   sl_timeline_viewport_x_of          (const SlTimelineViewport *vp, double t);
/* The instant under x. */
double   sl_timeline_viewport_time_at       (const SlTimelineViewport *vp, double x);
/* factor > 1 zooms in; the instant under x stays under x. The span is clamped to
 * [SL_TIMELINE_MIN_SPAN, SL_TIMELINE_MAX_SPAN]. */
void     sl_timeline_viewport_zoom_at       (SlTimelineViewport *vp, double factor, double x);
/* Moves the view by dx pixels (dx > 0 shows later times, as dragging the content leftwards). */
void     sl_timeline_viewport_pan           (SlTimelineViewport *vp, double dx);
/* Resizes keeping the visible interval. */
void     sl_timeline_viewport_set_size      (SlTimelineViewport *vp, double width, double height);
/* Shows the interval [t0, t1) with a small margin on both sides (at least a day wide). */
void     sl_timeline_viewport_show_range    (SlTimelineViewport *vp, double t0, double t1);
/* Shows every event of the model, with room on the right for the last labels (the current
 * year when it has none); FALSE when empty. */
gboolean sl_timeline_viewport_fit           (SlTimelineViewport *vp, SlModel *model);

/* ---- Axis: which ticks and labels to draw at a scale ---- */

typedef enum
{
  SL_AXIS_MINUTE = 0,
  SL_AXIS_HOUR,
  SL_AXIS_DAY,
  SL_AXIS_WEEK,        /* Monday-aligned */
  SL_AXIS_MONTH,
  SL_AXIS_YEAR,
} SlAxisUnit;

typedef struct
{
  SlAxisUnit minor_unit;  /* lower row: ticks and short labels ("Mar", "28", "15:00") */
  guint      minor_step;  /* e.g. 15 minutes, 3 months, 50 years */
  SlAxisUnit major_unit;  /* upper row: the enclosing period ("2024", "March 2024") */
  guint      major_step;
} SlAxisScale;

/* Picks the finest minor tick whose spacing at seconds_per_px is at least min_spacing_px
 * (day and week ticks, whose labels are two digits, need only 0.6 of it). */
void     sl_axis_scale_choose               (double seconds_per_px, double min_spacing_px,
                                             SlAxisScale *out);
/* The tick boundary at or before t for unit × step (calendar-aligned: months, years, Mondays). */
SlTime   sl_axis_floor                      (SlTime t, SlAxisUnit unit, guint step);
/* The tick boundary after tick t (t must be a boundary). */
SlTime   sl_axis_next                       (SlTime t, SlAxisUnit unit, guint step);
/* A label for the tick at t: short for the minor row ("Mar"), long for the major ("March 2024"). */
char    *sl_axis_format                     (SlTime t, SlAxisUnit unit, guint step,
                                             gboolean major, char *buf, gsize len);

/* ---- Painter ---- */

typedef enum
{
  SL_LANE_BY_SOURCE = 0,  /* who says so: the source of the event's first claim */
  SL_LANE_BY_CATEGORY,
  SL_LANE_BY_DOCUMENT,
  SL_LANE_BY_ACTOR,
  SL_LANE_NONE,           /* one lane for everything */
} SlLaneMode;

/* One placed event in viewport coordinates (the layout the drawing and hit test share). */
typedef struct
{
  guint32 event;
  guint   lane;
  guint   row;
  double  x0, y0, x1, y1;       /* the mark or bar (band) */
  double  cx, cy;               /* the mark's centre: where the event "is" */
  gboolean has_label;
  double  lx0, ly0, lx1, ly1;   /* the label's box when has_label */
} SlTimelineItem;

typedef struct _SlTimelinePainter SlTimelinePainter;

SlTimelinePainter   *sl_timeline_painter_new            (void);
void                 sl_timeline_painter_free           (SlTimelinePainter *self);

/* Takes a reference on model (NULL clears); the lane index is rebuilt on the next draw. */
void                 sl_timeline_painter_set_model      (SlTimelinePainter *self, SlModel *model);
SlModel             *sl_timeline_painter_get_model      (SlTimelinePainter *self);
/* Call after adding events to the model: drops the lane index and the cached layout. */
void                 sl_timeline_painter_invalidate     (SlTimelinePainter *self);

/* Copies the style (palette, font, scale); the layout is redone for the new sizes. */
void                 sl_timeline_painter_set_style      (SlTimelinePainter *self,
                                                         const SlPaintStyle *style);
const SlPaintStyle  *sl_timeline_painter_get_style      (SlTimelinePainter *self);

void                 sl_timeline_painter_set_lane_mode  (SlTimelinePainter *self, SlLaneMode mode);
SlLaneMode           sl_timeline_painter_get_lane_mode  (SlTimelinePainter *self);
guint                sl_timeline_painter_n_lanes        (SlTimelinePainter *self);
/* The lane's title as drawn ("Yonhap", "Military", an article title). */
const char          *sl_timeline_painter_lane_name      (SlTimelinePainter *self, guint lane);
/* The lane an event sits in. */
guint                sl_timeline_painter_lane_of_event  (SlTimelinePainter *self, guint32 event);

/* The selected event (SL_NONE for none): drawn with a ring and its label always shown. */
void                 sl_timeline_painter_set_selected   (SlTimelinePainter *self, guint32 event);
guint32              sl_timeline_painter_get_selected   (SlTimelinePainter *self);
/* The event under the pointer (SL_NONE for none): drawn with a light ring. */
void                 sl_timeline_painter_set_hover      (SlTimelinePainter *self, guint32 event);
/* Events drawn emphasised, the others dimmed; n == 0 clears. */
void                 sl_timeline_painter_set_highlight  (SlTimelinePainter *self,
                                                         const guint32 *events, guint n);
gboolean             sl_timeline_painter_is_highlighted (SlTimelinePainter *self, guint32 event);
/* A brushed time range shaded on the axis and the lanes; has_brush FALSE clears. */
void                 sl_timeline_painter_set_brush      (SlTimelinePainter *self, gboolean has_brush,
                                                         SlTime t0, SlTime t1);
/* Several selected events (a rubber band's catch), each drawn with the selection ring and
 * laid out before the others so their labels show; n == 0 clears. */
void                 sl_timeline_painter_set_selection  (SlTimelinePainter *self,
                                                         const guint32 *events, guint n);
gboolean             sl_timeline_painter_is_chosen      (SlTimelinePainter *self, guint32 event);

/* A folded lane is drawn as its header over a thin strip shaded by how many of its events
 * start there; its events are not placed (no marks, labels or hits). Folding is remembered by
 * the lane's name (the source, category or article it stands for) for each lane mode, so it
 * survives the model changing, being rebuilt, and lanes being renumbered. */
void                 sl_timeline_painter_set_lane_collapsed (SlTimelinePainter *self, guint lane,
                                                             gboolean collapsed);
gboolean             sl_timeline_painter_get_lane_collapsed (SlTimelinePainter *self, guint lane);
/* The names of the lanes folded in mode, sorted (NULL-terminated; free with g_strfreev): what
 * an export needs to fold the same lanes as the screen. */
char               **sl_timeline_painter_dup_collapsed_names (SlTimelinePainter *self,
                                                              SlLaneMode         mode);
/* Folds exactly the lanes named in names (NULL-terminated; NULL folds none) in mode. */
void                 sl_timeline_painter_set_collapsed_names (SlTimelinePainter *self,
                                                              SlLaneMode         mode,
                                                              const char *const *names);
/* Whether open lanes' headers show the ▾ fold mark (on screen, where a click folds; exports
 * leave it out). Off by default. */
void                 sl_timeline_painter_set_fold_marks (SlTimelinePainter *self, gboolean show);
/* Whether a label that would run past the viewport's right edge is ellipsized to end before
 * it (or left out when not even a few letters fit). For exports: a still picture has nothing
 * beyond its edge. Off by default: the window pans, so there the edge simply passes over a
 * label and each label keeps one cached shaping. */
void                 sl_timeline_painter_set_fit_labels (SlTimelinePainter *self, gboolean fit);
/* The lane whose header (fold mark, name and count) is drawn at (x, y), or SL_NONE. */
guint                sl_timeline_painter_lane_header_at (SlTimelinePainter *self,
                                                         const SlTimelineViewport *vp,
                                                         double x, double y);
/* Appends to out (guint32) the events whose marks are drawn inside the rectangle with
 * corners (x0, y0) and (x1, y1); returns how many. */
guint                sl_timeline_painter_events_in_rect (SlTimelinePainter *self,
                                                         const SlTimelineViewport *vp,
                                                         double x0, double y0,
                                                         double x1, double y1, GArray *out);

/* A lane's events counted by start time into n_bins equal bins across vp's visible interval
 * (what a density lane draws); returns the total counted. */
guint                sl_timeline_painter_lane_histogram (SlTimelinePainter *self,
                                                         const SlTimelineViewport *vp,
                                                         guint lane, guint *bins, guint n_bins);

/* Bytes held by the lane index (per-lane sorted event numbers and start times). */
gsize                sl_timeline_painter_index_bytes    (SlTimelinePainter *self);

/* Height of the two-row axis band at the top, in logical pixels. */
double               sl_timeline_painter_axis_height    (SlTimelinePainter *self);
/* The furthest vp's lanes can scroll (a lane_offset): the last lane's foot at the foot of the
 * view, above the band that counts the lanes out of sight; 0 when every lane fits. */
double               sl_timeline_painter_max_lane_offset (SlTimelinePainter *self,
                                                          const SlTimelineViewport *vp);

/* Draws background, axis, lanes and events for vp onto cr (user space = logical pixels). */
void                 sl_timeline_painter_draw           (SlTimelinePainter *self, cairo_t *cr,
                                                         const SlTimelineViewport *vp);
/* Draws an overview strip of the whole model (density by time) with the window of vp marked,
 * into the rectangle [0, width) × [0, height). */
void                 sl_timeline_painter_draw_overview  (SlTimelinePainter *self, cairo_t *cr,
                                                         const SlTimelineViewport *vp,
                                                         double width, double height);

/* Draws the legend (category colours, stance marks, date bands, contested ring) starting at
 * (x, y), wrapping within width; returns the height it took. */
double               sl_timeline_painter_draw_legend    (SlTimelinePainter *self, cairo_t *cr,
                                                         double x, double y, double width);

/* The placed events for vp (the same layout draw uses); valid until the next call on self. */
const SlTimelineItem *sl_timeline_painter_layout        (SlTimelinePainter *self,
                                                         const SlTimelineViewport *vp,
                                                         guint *n_items);
/* The event drawn at (x, y) — mark, band or label — or SL_NONE. */
guint32              sl_timeline_painter_hit_test       (SlTimelinePainter *self,
                                                         const SlTimelineViewport *vp,
                                                         double x, double y);
/* Where the event is drawn for vp; FALSE when it is not placed on screen. */
gboolean             sl_timeline_painter_event_item     (SlTimelinePainter *self,
                                                         const SlTimelineViewport *vp,
                                                         guint32 event, SlTimelineItem *out);

G_END_DECLS
