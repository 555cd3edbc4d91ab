/* sl-briefing.h: the PDF briefing deck — a cover, the timeline overview, one page per key
 * event (its date as resolved and as written, the sentences that report it, its attribution
 * chain drawn as a small graph, corroboration and Admiralty grades), a sources table and the
 * references. Text is real PDF text: it can be searched, selected and read aloud. */
#pragma once

#include <glib.h>
#include "model/sl-model.h"

G_BEGIN_DECLS

typedef enum
{
  SL_BRIEFING_WIDE = 0, /* 16:9 slides, 960 × 540 pt */
  SL_BRIEFING_A4,       /* A4 portrait, 595 × 842 pt */
} SlBriefingPaper;

/* How well an event is backed across the project. */
typedef struct
{
  guint    n_mentions; /* events that report the same happening, this one included */
  guint    n_articles; /* distinct articles among them */
  guint    n_origins;  /* independent origins behind them (a relayed claim counts once) */
  gboolean contested;  /* a mention rests on a denial */
  guint32  primary;    /* the event that stands for the group */
  char     credibility; /* '1'..'6' suggested for the happening, 0 when none */
} SlCorroboration;

/* Fills out for event and, when mentions is not NULL, appends the group's events (guint32,
 * primary first). The extraction stage knows which events of different articles are one
 * happening; the export stage alone treats each event as its own group. */
typedef void (*SlCorroborationFunc) (gpointer         data,
                                     SlModel         *model,
                                     guint32          event,
                                     SlCorroboration *out,
                                     GArray          *mentions);

typedef struct
{
  SlBriefingPaper     paper;
  gboolean            dark;
  const char         *title;          /* NULL: the article's title or how many articles */
  const guint32      *key_events;     /* the analyst's choice, in the order to present */
  guint               n_key_events;   /* 0: the most corroborated events */
  guint               max_key_events; /* how many to choose when none are given (10) */
  gboolean            has_range;      /* the overview's range; key events are chosen in it */
  SlTime              from, to;
  SlCorroborationFunc corroboration;  /* NULL: each event on its own */
  gpointer            corroboration_data;
  const char *const  *folded_lanes;   /* categories whose overview lanes are drawn folded, as the
                                       * window folds them by category; NULL: none */
  const char         *story;          /* the name of the story key_events come from, or NULL */
} SlBriefingOptions;

void      sl_briefing_options_init      (SlBriefingOptions *opts);
gboolean  sl_briefing_paper_from_string (const char *s, SlBriefingPaper *out);

/* What the deck says of an event when given no corroboration function: the event alone, its
 * origins the far ends of its claims' chains (or its article's outlet). */
void      sl_briefing_corroboration_self (gpointer data, SlModel *model, guint32 event,
                                          SlCorroboration *out, GArray *mentions);

/* The key events the deck presents (guint32, appended to out) and a sentence for the cover
 * saying how they were chosen. Chosen events are kept in their order; otherwise the happenings
 * reported by the most articles, then by the most independent origins, then with the most
 * claims, at most max_key_events, presented in date order. */
char     *sl_briefing_choose_events     (SlModel                 *model,
                                         const SlBriefingOptions *opts,
                                         GArray                  *out);

/* Writes the deck atomically; the number of pages written goes to n_pages when not NULL. */
gboolean  sl_briefing_write             (SlModel                 *model,
                                         const SlBriefingOptions *opts,
                                         const char              *path,
                                         guint                   *n_pages,
                                         GError                 **error);

G_END_DECLS
