/* sl-timeline-view.h: the zoomable timeline — events of a model on a date axis, drawn by the
 * GTK-free timeline painter, with pointer, touch and keyboard navigation. */
#pragma once

#include <gtk/gtk.h>
#include "model/sl-model.h"
#include "paint/sl-timeline-painter.h"

G_BEGIN_DECLS

#define SL_TYPE_TIMELINE_VIEW (sl_timeline_view_get_type ())

G_DECLARE_FINAL_TYPE (SlTimelineView, sl_timeline_view, SL, TIMELINE_VIEW, GtkWidget)

GtkWidget *sl_timeline_view_new                (void);

void       sl_timeline_view_set_model          (SlTimelineView *self, SlModel *model);
SlModel   *sl_timeline_view_get_model          (SlTimelineView *self);

/* The selected event index, SL_NONE for none. Emits "selection-changed" when it changes;
 * Enter on it emits "event-activated". */
guint32    sl_timeline_view_get_selected_event (SlTimelineView *self);
void       sl_timeline_view_set_selected_event (SlTimelineView *self, guint32 event);

/* Events drawn emphasised (e.g. those a selected source stands behind); others are dimmed.
 * An empty set (n == 0) clears the emphasis. */
void       sl_timeline_view_set_highlight      (SlTimelineView *self,
                                                const guint32  *events,
                                                guint           n);
/* The emphasised events, in the order given; NULL when none. */
const guint32 *sl_timeline_view_get_highlight  (SlTimelineView *self, guint *n);
/* When none of the emphasised events is on screen, pans and scrolls the lanes to the earliest
 * of them, keeping the zoom. */
void       sl_timeline_view_reveal_highlight   (SlTimelineView *self);

/* The visible time range [t0, t1). */
void       sl_timeline_view_get_visible_range  (SlTimelineView *self, SlTime *t0, SlTime *t1);
void       sl_timeline_view_set_visible_range  (SlTimelineView *self, SlTime t0, SlTime t1);
void       sl_timeline_view_zoom_to_fit        (SlTimelineView *self);
/* factor > 1 zooms in, keeping the time under x (in widget coordinates) in place. */
void       sl_timeline_view_zoom_at            (SlTimelineView *self, double factor, double x);

/* Where an event is drawn, in widget coordinates; FALSE when it is not on screen. */
gboolean   sl_timeline_view_get_event_position (SlTimelineView *self,
                                                guint32         event,
                                                double         *x,
                                                double         *y);

/* What the tooltip at (x, y) says — "Summit — September 2023", the date at its precision —
 * or NULL when it says nothing. */
char      *sl_timeline_view_describe_at        (SlTimelineView *self, double x, double y);
/* The event drawn at (x, y) in widget coordinates — what a click there selects — or SL_NONE. */
guint32    sl_timeline_view_event_at           (SlTimelineView *self, double x, double y);

/* How events are grouped into lanes (by source unless changed). */
SlLaneMode sl_timeline_view_get_lane_mode      (SlTimelineView *self);
void       sl_timeline_view_set_lane_mode      (SlTimelineView *self, SlLaneMode mode);

/* Several events selected at once: a Shift+drag rubber band in the lanes catches every event
 * whose mark is drawn inside it; Ctrl+A catches every event drawn in view. Emits
 * "selected-events-changed" when such a set is made or let go. The getter returns that set
 * (sorted), or the single selected event, or NULL with *n = 0. Setting fewer than two events
 * selects that one (or nothing). Escape lets go of the selection and the brush. */
const guint32 *sl_timeline_view_get_selected_events (SlTimelineView *self, guint *n);
void       sl_timeline_view_set_selected_events (SlTimelineView *self,
                                                 const guint32  *events,
                                                 guint           n);
/* Selects what a rubber band between the corners (widget coordinates) catches; returns how
 * many events that is. */
guint      sl_timeline_view_select_in_rect     (SlTimelineView *self,
                                                double x0, double y0, double x1, double y1);

/* The brushed time range [t0, t1): dragging along the axis strip sets it (B brushes the
 * visible range), a click on the axis or Escape lets it go. Emits "brush-changed". */
gboolean   sl_timeline_view_get_brush          (SlTimelineView *self, SlTime *t0, SlTime *t1);
void       sl_timeline_view_set_brush          (SlTimelineView *self, SlTime t0, SlTime t1);
void       sl_timeline_view_clear_brush        (SlTimelineView *self);

/* Lanes fold to a thin density strip: a click on a lane's header (or C, on the selected
 * event's lane) folds or opens it. Folding is kept by lane name across model changes. */
guint      sl_timeline_view_lane_header_at     (SlTimelineView *self, double x, double y);
guint      sl_timeline_view_lane_of_event      (SlTimelineView *self, guint32 event);
gboolean   sl_timeline_view_get_lane_collapsed (SlTimelineView *self, guint lane);
void       sl_timeline_view_set_lane_collapsed (SlTimelineView *self, guint lane,
                                                gboolean collapsed);
/* The names of the lanes folded in mode (the current lane mode or another), sorted; free with
 * g_strfreev. An export passes them on to fold the same lanes. */
char     **sl_timeline_view_dup_collapsed_lanes (SlTimelineView *self, SlLaneMode mode);

gboolean   sl_timeline_view_get_dark           (SlTimelineView *self);
void       sl_timeline_view_set_dark           (SlTimelineView *self, gboolean dark);
gboolean   sl_timeline_view_get_high_contrast  (SlTimelineView *self);
void       sl_timeline_view_set_high_contrast  (SlTimelineView *self, gboolean high_contrast);

G_END_DECLS
