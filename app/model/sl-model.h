/* sl-model.h: the in-memory project — documents, timexes, sources, claims and events held in
 * packed arrays with interned strings, indexed by time, shareable across threads by refcount.
 *
 * Indexes are 0-based; SL_NONE marks "no such item". The JSON of sourceline-cli uses index+1
 * as the id. Byte offsets index the document's UTF-8 text.
 */
#pragma once

#include <glib.h>
#include "sl-time.h"

G_BEGIN_DECLS

#define SL_NONE G_MAXUINT32

typedef enum
{
  SL_DCT_NONE = 0,
  SL_DCT_METADATA, /* the file said so (meta tag, feed date, TimeML DCT, "Date:" header) */
  SL_DCT_TEXT,     /* an explicit dateline in the text */
  SL_DCT_INFERRED, /* reasoned from the dates the text mentions */
  SL_DCT_GIVEN,    /* the user supplied it (--dct, override) */
} SlDctSource;

typedef enum
{
  SL_TIMEX_DATE = 0,
  SL_TIMEX_TIME,
  SL_TIMEX_DURATION,
  SL_TIMEX_SET,
} SlTimexType;

typedef enum
{
  SL_SOURCE_OUTLET = 0,
  SL_SOURCE_AGENCY,
  SL_SOURCE_GOVERNMENT,
  SL_SOURCE_PERSON,
  SL_SOURCE_ORGANIZATION,
  SL_SOURCE_COUNTRY,
  SL_SOURCE_UNNAMED,
  SL_SOURCE_KIND_COUNT
} SlSourceKind;

typedef enum
{
  SL_STANCE_ASSERT = 0,
  SL_STANCE_ESTIMATE,
  SL_STANCE_SUSPECT,
  SL_STANCE_DENY,
  SL_STANCE_REPORT,
  SL_STANCE_COUNT
} SlStance;

typedef enum
{
  SL_CATEGORY_OTHER = 0,
  SL_CATEGORY_DIPLOMATIC,
  SL_CATEGORY_MILITARY,
  SL_CATEGORY_SANCTIONS,
  SL_CATEGORY_STATEMENT,
  SL_CATEGORY_ECONOMIC,
  SL_CATEGORY_COUNT
} SlCategory;

typedef enum
{
  SL_EVENT_CONTESTED = 1 << 0, /* a claim supporting it is a denial */
  SL_EVENT_HIDDEN    = 1 << 1, /* the analyst hid it: out of the time index, kept in the file */
  SL_EVENT_DELETED   = 1 << 2, /* the analyst deleted it: out of the index and of exports */
  SL_EVENT_EDITED    = 1 << 3, /* an analyst's correction applies to it */
  SL_EVENT_MANUAL    = 1 << 4, /* added by the analyst, not found by the extractor */
} SlEventFlags;

typedef struct
{
  guint32 path, title, outlet, url; /* interned, 0 = none */
  guint32 dct;                      /* interned TIMEX3 value ("2024-05"), 0 = none */
  guint32 hash;                     /* interned content hash: the document's stable identity */
  guint8  dct_source;               /* SlDctSource */
  SlDate  dct_date;
  char   *text;                     /* owned, NUL-terminated UTF-8 */
  gsize   text_len;
} SlDoc;

typedef struct
{
  guint32 doc;
  guint32 begin, end;   /* bytes */
  guint32 value;        /* interned */
  guint8  type;         /* SlTimexType */
  guint8  mod;          /* SlMod */
  SlTime  start, end_t; /* resolved interval, start == end_t == 0 when none */
} SlTimex;

typedef struct
{
  guint32 name, title;  /* interned */
  guint8  kind;         /* SlSourceKind */
  guint32 alias_head;   /* index into the alias list, SL_NONE when none */
  guint32 n_claims;
  char    reliability;  /* Admiralty grade 'A'..'F', 0 when not graded */
  char    credibility;  /* '1'..'6', 0 when not graded */
  guint32 merged_into;  /* SL_NONE, or the source the analyst merged this one into */
} SlSource;

typedef struct
{
  guint32 doc, source;
  guint32 via;          /* claim through which this one reached the article, or SL_NONE */
  guint32 cue;          /* interned cue text as written */
  guint8  stance;       /* SlStance */
  guint32 said_on;      /* interned TIMEX3 value, 0 = unknown */
  SlTime  said_start, said_end;
  guint32 cue_begin, cue_end;
  guint32 source_begin, source_end;
  guint32 content_begin, content_end;
} SlClaim;

typedef struct
{
  guint32 doc;
  guint32 label;        /* interned */
  guint32 when;         /* interned TIMEX3 value */
  guint32 timex;        /* the timex that dates it, or SL_NONE */
  guint8  mod;          /* SlMod */
  guint8  category;     /* SlCategory */
  guint8  flags;        /* SlEventFlags */
  SlTime  start, end_t; /* [start, end_t) */
  guint32 sentence_begin, sentence_end;
  guint32 links_first;  /* into the link array: n_claims claim indexes, then n_actors sources */
  guint16 n_claims, n_actors;
} SlEvent;

typedef struct _SlModel SlModel;

SlModel       *sl_model_new                 (void);
SlModel       *sl_model_ref                 (SlModel *model);
void           sl_model_unref               (SlModel *model);

guint32        sl_model_intern              (SlModel *model, const char *s);
guint32        sl_model_intern_len          (SlModel *model, const char *s, gssize len);
const char    *sl_model_str                 (const SlModel *model, guint32 id);

/* Documents. The model takes ownership of text. A document's text may be left NULL and
 * read on first use through the text loader (large projects keep texts in the file). */
guint32        sl_model_add_doc             (SlModel *model, const SlDoc *doc);
guint          sl_model_n_docs              (const SlModel *model);
const SlDoc   *sl_model_doc                 (const SlModel *model, guint32 i);
SlDoc         *sl_model_doc_mut             (SlModel *model, guint32 i);

typedef char *(*SlTextLoader) (gpointer data, guint32 doc, gsize *len);
void           sl_model_set_text_loader     (SlModel *model, SlTextLoader loader, gpointer data,
                                             GDestroyNotify destroy);
/* The document's text, loaded on first use; NULL only when it cannot be had. */
const char    *sl_model_doc_text            (SlModel *model, guint32 doc, gsize *len);

/* Makes room for this many more items, so that loading a large project does not grow (and
 * fragment) its arrays step by step. */
void           sl_model_reserve             (SlModel *model, guint docs, guint timexes,
                                             guint sources, guint claims, guint events,
                                             guint links, guint strings);

/* n strings read from elsewhere on first use (a large project's event labels stay in the
 * file until drawn): returns the id of the first; string k of the range comes from
 * loader (data, k). One such range per model. */
typedef char *(*SlStringLoader) (gpointer data, guint32 k);
guint32        sl_model_add_lazy_strings    (SlModel *model, guint n, SlStringLoader loader,
                                             gpointer data, GDestroyNotify destroy);

/* Strings that are rarely shared (labels): stored without deduplication, saving the
 * intern table's memory. */
guint32        sl_model_add_string          (SlModel *model, const char *s);

/* Notes the analyst attached to events. */
void           sl_model_set_event_note      (SlModel *model, guint32 event, const char *note);
const char    *sl_model_event_note          (const SlModel *model, guint32 event);
/* The stable identity of an event the analyst added (the project store's key). */
void           sl_model_set_event_key       (SlModel *model, guint32 event, const char *key);
const char    *sl_model_event_key           (const SlModel *model, guint32 event);
SlEvent       *sl_model_event_mut           (SlModel *model, guint32 event);
/* Call after changing events' dates or flags so the time index is rebuilt. */
void           sl_model_events_changed      (SlModel *model);
/* Grows whenever events are added or changed: views compare it to know their caches are stale. */
guint          sl_model_events_generation   (const SlModel *model);
/* Moves every claim of source `from` to `into` and marks `from` merged. */
void           sl_model_merge_sources       (SlModel *model, guint32 from, guint32 into);

guint32        sl_model_add_timex           (SlModel *model, const SlTimex *timex);
guint          sl_model_n_timexes           (const SlModel *model);
const SlTimex *sl_model_timex               (const SlModel *model, guint32 i);

/* Sources are merged by case-insensitive name or alias: adding a known name returns it. */
guint32        sl_model_find_source         (const SlModel *model, const char *name_or_alias);
guint32        sl_model_add_source          (SlModel *model, const char *name, SlSourceKind kind,
                                             const char *title);
void           sl_model_add_source_alias    (SlModel *model, guint32 source, const char *alias);
/* Removes the sources from index `first` on that no claim cites, no event names as an actor
 * and `keep` (one flag per such source, or NULL) does not hold; the rest close up in order
 * and every reference to them follows. Only claims from first_claim and events from
 * first_event on may refer to such sources (the ones read with them). Returns how many
 * went. For the names a reading met on its way to the sources it credits. */
guint          sl_model_prune_sources       (SlModel *model, guint32 first, guint32 first_claim,
                                             guint32 first_event, const gboolean *keep);
guint          sl_model_n_sources           (const SlModel *model);
const SlSource *sl_model_source             (const SlModel *model, guint32 i);
SlSource      *sl_model_source_mut          (SlModel *model, guint32 i);
/* Iterates aliases: start with it = source->alias_head; returns the interned string. */
guint32        sl_model_source_alias_next   (const SlModel *model, guint32 *it);

guint32        sl_model_add_claim           (SlModel *model, const SlClaim *claim);
guint          sl_model_n_claims            (const SlModel *model);
const SlClaim *sl_model_claim               (const SlModel *model, guint32 i);
SlClaim       *sl_model_claim_mut           (SlModel *model, guint32 i);

/* claims/actors are copied into the link array; links_first/n_* of ev are ignored. */
guint32        sl_model_add_event           (SlModel *model, const SlEvent *ev,
                                             const guint32 *claims, guint n_claims,
                                             const guint32 *actors, guint n_actors);
guint          sl_model_n_events            (const SlModel *model);
const SlEvent *sl_model_event               (const SlModel *model, guint32 i);
const guint32 *sl_model_event_claims        (const SlModel *model, guint32 i, guint *n);
const guint32 *sl_model_event_actors        (const SlModel *model, guint32 i, guint *n);

/* Moves everything `other` holds into model: documents (their texts are taken), timexes,
 * sources (merged by name or alias), claims and events, with every reference remapped.
 * `other` is left empty of texts and must not be used after. Lets a worker thread extract
 * into a model of its own while the window keeps drawing this one. */
void           sl_model_append              (SlModel *model, SlModel *other);

/* Time index: built lazily after additions; queries are binary searches, not scans. */
gboolean       sl_model_time_bounds         (SlModel *model, SlTime *t0, SlTime *t1);
/* Appends to out (guint32) every event overlapping [t0, t1), ordered by start. */
void           sl_model_events_in_range     (SlModel *model, SlTime t0, SlTime t1, GArray *out);
/* Events ordered by start time: position → event index (valid until the next addition). */
const guint32 *sl_model_events_by_start     (SlModel *model, guint *n);

/* Linking: the sources behind an event (its claims' sources and their via chains, each once),
 * and the events a source stands behind (directly or as a link in a chain). */
void           sl_model_event_sources       (const SlModel *model, guint32 event, GArray *out);
void           sl_model_source_events       (const SlModel *model, guint32 source, GArray *out);
/* The chain of a claim from the article's outlet to its origin, outermost first. */
void           sl_model_claim_chain         (const SlModel *model, guint32 claim, GArray *out);

const char    *sl_source_kind_to_string     (SlSourceKind kind);
const char    *sl_stance_to_string          (SlStance stance);
const char    *sl_category_to_string        (SlCategory category);
const char    *sl_dct_source_to_string      (SlDctSource source);
const char    *sl_timex_type_to_string      (SlTimexType type);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlModel, sl_model_unref)

G_END_DECLS
