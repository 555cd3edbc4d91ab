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

/* The selected event index, SL_NONE for none. Emits "selection-changed" when it changes. */
guint32    sl_timeline_view_get_selected_event (SlTimelineView *self);
void       sl_timeline_view_set_selected_event (SlTimelineView *self, guint32 event);

/* Events drawn emphasised (e.g. those a selected source stands behind); others are dimmed.
 * An empty set (n == 0) clears the emphasis. */
void       sl_timeline_view_set_highlight      (SlTimelineView *self,
                                                const guint32  *events,
                                                guint           n);
/* The emphasised events, in the order given; NULL when none. */
const guint32 *sl_timeline_view_get_highlight  (SlTimelineView *self, guint *n);

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

/* The event drawn at (x, y) in widget coordinates — what a click there selects — or SL_NONE. */
guint32    sl_timeline_view_event_at           (SlTimelineView *self, double x, double y);

/* How events are grouped into lanes (by source unless changed). */
SlLaneMode sl_timeline_view_get_lane_mode      (SlTimelineView *self);
void       sl_timeline_view_set_lane_mode      (SlTimelineView *self, SlLaneMode mode);

gboolean   sl_timeline_view_get_dark           (SlTimelineView *self);
void       sl_timeline_view_set_dark           (SlTimelineView *self, gboolean dark);

G_END_DECLS
