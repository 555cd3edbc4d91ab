/* sl-attribution.h: sentences, sources, claims (with via chains) and dated events of one
 * document, given its timexes (already in the model). GLib only. */
#pragma once

#include <glib.h>
#include "model/sl-model.h"

G_BEGIN_DECLS

typedef struct _SlGazetteer SlGazetteer;

/* Loads the built-in gazetteer plus any *.txt in the user's data dir
 * ($XDG_DATA_HOME/sourceline/gazetteer). */
SlGazetteer *sl_gazetteer_new_default (void);
void         sl_gazetteer_free        (SlGazetteer *gaz);

/* An empty gazetteer, and records added to one from text in the line format documented in
 * data/gazetteer/README.md; origin names the text in error messages ("file:line: …"). */
SlGazetteer *sl_gazetteer_new_empty   (void);
gboolean     sl_gazetteer_load_data   (SlGazetteer *gaz,
                                       const char  *data,
                                       gsize        len,
                                       const char  *origin,
                                       GError     **error);
gboolean     sl_gazetteer_load_file   (SlGazetteer *gaz,
                                       const char  *path,
                                       GError     **error);
/* The canonical name a gazetteer gives to a name or alias ("US" → "United States"), or NULL. */
const char  *sl_gazetteer_canonical   (SlGazetteer *gaz,
                                       const char  *name);

/* Adds sources, claims and events for document `doc`. timex_first/n_timex delimit the
 * document's timexes in the model. */
void         sl_attribution_run       (SlGazetteer *gaz,
                                       SlModel     *model,
                                       guint32      doc,
                                       guint32      timex_first,
                                       guint        n_timex);

/* Copies document `doc` of `src` (text, timexes, its sources, claims and events) into `dst`,
 * merging sources by name: extraction can run in a scratch model per thread and land in the
 * project model afterwards. Returns the document's index in dst. */
guint32      sl_attribution_copy_document (SlModel       *dst,
                                           SlModel       *src,
                                           guint32        doc);

/* Events of different articles that report the same happening (overlapping dates, the same
 * trigger or words, shared actors) grouped into one event with several mentions. */
typedef struct _SlEventMerge SlEventMerge;

/* Groups the model's events as they are now. */
SlEventMerge *sl_event_merge_new        (SlModel            *model);
void          sl_event_merge_free       (SlEventMerge       *merge);
/* The event that stands for the group of `event` (the earliest mention). */
guint32       sl_event_merge_primary    (const SlEventMerge *merge,
                                         guint32             event);
/* The events of the group (one per mention), primary first; returns how many. */
guint         sl_event_merge_mentions   (const SlEventMerge *merge,
                                         guint32             event,
                                         GArray             *out);
/* Independent origins behind the group: the sources at the far end of every mention's
 * attribution chains, or the reporting outlet for what an article states itself. Reuters
 * citing RUSI and an outlet citing Reuters citing RUSI are one origin. Returns how many. */
guint         sl_event_merge_origins    (const SlEventMerge *merge,
                                         guint32             event,
                                         GArray             *out);
/* Whether any mention of the group rests on a denial. */
gboolean      sl_event_merge_contested  (const SlEventMerge *merge,
                                         guint32             event);
guint         sl_event_merge_n_groups   (const SlEventMerge *merge);
/* The model the grouping was made from. */
SlModel      *sl_event_merge_model      (const SlEventMerge *merge);

/* What the group of an event amounts to, as the briefing deck, the command line's JSON and
 * the window's detail pane say it. */
typedef struct
{
  guint    n_mentions;  /* events reporting the happening, this one included */
  guint    n_articles;  /* distinct articles among them */
  guint    n_origins;   /* independent origins (a relayed claim counts once) */
  gboolean contested;   /* a mention rests on a denial */
  guint32  primary;     /* the event that stands for the group */
  char     credibility; /* suggested Admiralty credibility, '1'..'6' */
} SlEventMergeSummary;

void          sl_event_merge_summarize  (const SlEventMerge  *merge,
                                         guint32              event,
                                         SlEventMergeSummary *out);
/* The articles (document indices) that report the group of `event`, the article of `event`
 * first, then the others in the order of their first mention; returns how many. */
guint         sl_event_merge_articles   (const SlEventMerge *merge,
                                         guint32             event,
                                         GArray             *out);

/* Suggested Admiralty grades, which the analyst may override: the reliability of a source
 * ('A'..'F', from its kind and how it is named) and the credibility of an event ('1'..'6',
 * from independent corroboration and denials). */
char          sl_attribution_suggest_reliability (const SlModel      *model,
                                                  guint32             source);
char          sl_attribution_suggest_credibility (const SlEventMerge *merge,
                                                  guint32             event);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlGazetteer, sl_gazetteer_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlEventMerge, sl_event_merge_free)

G_END_DECLS
