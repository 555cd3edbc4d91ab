/* sl-presentation.h: presentation mode — a full-screen window that steps through a window's
 * events as slides (large type, high contrast), zooming its own timeline to each event with an
 * inset graph of the event's sources. The main window is left untouched, so leaving the
 * presentation finds it exactly as it was. */
#pragma once

#include <adwaita.h>
#include "sl-window.h"

G_BEGIN_DECLS

#define SL_TYPE_PRESENTATION (sl_presentation_get_type ())

G_DECLARE_FINAL_TYPE (SlPresentation, sl_presentation, SL, PRESENTATION, AdwWindow)

typedef enum
{
  SL_PRESENTATION_AUTO = 0,  /* the events the window emphasises if any, else all events */
  SL_PRESENTATION_ALL,       /* every event of the model in date order */
  SL_PRESENTATION_LANE,      /* the events sharing the selected event's lane */
  SL_PRESENTATION_SELECTION, /* the events the window emphasises (a search, a source's) */
  SL_PRESENTATION_STORY,     /* the window's story, in its order, each at its saved view */
} SlPresentationScope;

/* A presentation of window's events, not yet shown; NULL when the window shows no events.
 * The first slide is an overview of them, unless the window has an event selected: then the
 * presentation opens on that event. */
SlPresentation *sl_presentation_new           (SlWindow *window, SlPresentationScope scope);
/* A presentation of the given events in the given order — hidden and deleted ones left out —
 * each shown at its view from views (start, end pairs; a pair with start >= end lets the
 * presentation choose) when views is not NULL. what names them on the overview ("Story: …").
 * It opens on the overview. NULL when none of the events can be shown. */
SlPresentation *sl_presentation_new_for_events (SlWindow      *window,
                                                const guint32 *events,
                                                guint          n_events,
                                                const SlTime  *views,
                                                const char    *what);
/* Goes full screen on the window's monitor. */
void            sl_presentation_start         (SlPresentation *self);
/* Closes the presentation and gives the keyboard back to the window it came from. */
void            sl_presentation_leave         (SlPresentation *self);

SlWindow       *sl_presentation_get_source_window (SlPresentation *self);

/* Slides: 0 is the overview, 1..n the events in date order (a story's in its own order). */
guint           sl_presentation_get_n_slides  (SlPresentation *self);
guint           sl_presentation_get_slide     (SlPresentation *self);
/* The event of a slide, SL_NONE for the overview. */
guint32         sl_presentation_get_slide_event (SlPresentation *self, guint slide);
/* Shows slide (clamped), zooming the timeline to its event over about a quarter second.
 * "notify::slide" fires at once; "notify::animating" when the zoom ends. */
void            sl_presentation_go_to         (SlPresentation *self, guint slide);
/* One slide forward or back; FALSE at either end. */
gboolean        sl_presentation_next          (SlPresentation *self);
gboolean        sl_presentation_previous      (SlPresentation *self);
/* TRUE while the timeline is still moving to the current slide. */
gboolean        sl_presentation_get_animating (SlPresentation *self);

/* A black screen (B, as presentation software has it); any step key shows the slide again. */
gboolean        sl_presentation_get_blank     (SlPresentation *self);
void            sl_presentation_set_blank     (SlPresentation *self, gboolean blank);

SlTimelineView *sl_presentation_get_timeline  (SlPresentation *self);
SlGraphView    *sl_presentation_get_graph     (SlPresentation *self);

G_END_DECLS
