/* sl-project-store.h: one SQLite file per project. It holds the articles as read, what the
 * extractor found in them, and — kept apart — every correction the analyst made, keyed by
 * stable identities so that a better extractor can re-read the articles without erasing a
 * single human judgement. Every import is one transaction: a crash leaves whole documents or
 * none. */
#pragma once

#include <gio/gio.h>
#include "ingest/sl-document.h"
#include "model/sl-model.h"

G_BEGIN_DECLS

#define SL_STORE_ERROR (sl_store_error_quark ())

typedef enum
{
  SL_STORE_ERROR_NOT_A_PROJECT,
  SL_STORE_ERROR_TOO_NEW,
  SL_STORE_ERROR_CORRUPT,
  SL_STORE_ERROR_IO,
  SL_STORE_ERROR_LOCKED,
  SL_STORE_ERROR_FULL,
  SL_STORE_ERROR_READ_ONLY,
  SL_STORE_ERROR_NOTHING_TO_UNDO,
} SlStoreError;

/* "Slin" in ASCII: lets `file` and we ourselves recognise a project. */
#define SL_PROJECT_APPLICATION_ID 0x536c696e
#define SL_PROJECT_SCHEMA_VERSION 1

typedef enum
{
  SL_EDIT_EVENT_DATE = 1,    /* value: TIMEX3 value, number: SlMod */
  SL_EDIT_EVENT_LABEL,       /* value: the new label */
  SL_EDIT_EVENT_HIDDEN,      /* number: 1 hidden, 0 shown again */
  SL_EDIT_EVENT_DELETED,     /* number: 1 deleted, 0 restored */
  SL_EDIT_EVENT_NOTE,        /* value: the note, NULL to remove it */
  SL_EDIT_SOURCE_RENAME,     /* value: the new name */
  SL_EDIT_SOURCE_MERGE,      /* value: key of the source it is merged into */
  SL_EDIT_SOURCE_GRADE,      /* value: Admiralty grade such as "B2" */
  SL_EDIT_MANUAL_EVENT,      /* value: label, value2: TIMEX3 value, number: SlMod */
  SL_EDIT_GRAPH_PIN,         /* a source's node pinned or released in the graph, for undo:
                              * value: "x y" where it was put (NULL: released), value2: where it
                              * was pinned before (NULL: free). Changes no model; the pins
                              * themselves are kept in graph_pins. */
  SL_EDIT_DOC_DCT,           /* an article's publication date set by the analyst: value, a
                              * TIMEX3 date ("2024-06-16", "2024-06"); the article's dates are
                              * resolved against it (see sl_project_reextract) */
} SlEditKind;

typedef struct
{
  gint64      id;
  SlEditKind  kind;
  char       *target;   /* stable key of the event, source or article ("E:…", "S:…", "M:…",
                       * "D:…") */
  char       *value;
  char       *value2;
  gint64      number;
} SlEdit;

typedef void (*SlProgressFunc) (double fraction, gpointer user_data);

typedef struct _SlProjectStore SlProjectStore;

GQuark          sl_store_error_quark          (void);

/* Opens a project, creating it when create is TRUE and the file does not exist. A file that
 * is not a Sourceline project, or of a newer version, is refused untouched. A file the user
 * may not write is opened read-only. */
SlProjectStore *sl_project_store_open         (const char *path, gboolean create, GError **error);
/* Opens an existing project without ever writing to it ("Open read-only"). */
SlProjectStore *sl_project_store_open_read_only (const char *path, GError **error);
void            sl_project_store_close        (SlProjectStore *store);
/* Writes a copy of the project at `from` to the new file `to` ("Save As"), with what only the
 * write-ahead log holds yet; `to` must not exist. */
gboolean        sl_project_store_copy         (const char *from, const char *to, GError **error);
gboolean        sl_project_store_is_read_only (SlProjectStore *store);
const char     *sl_project_store_get_path     (SlProjectStore *store);

/* Adds only the articles (no extraction results) in one transaction; articles whose text is
 * already stored (same content, white space aside) count as duplicates. */
gboolean        sl_project_store_add_documents (SlProjectStore  *store,
                                                SlDocument     **docs,
                                                guint            n_docs,
                                                guint           *n_added,
                                                guint           *n_duplicates,
                                                GError         **error);
guint           sl_project_store_n_documents  (SlProjectStore *store);

/* Reads every stored article (SlDocument*, owned by the array), in import order. */
GPtrArray      *sl_project_store_read_documents (SlProjectStore *store,
                                                 GCancellable   *cancellable,
                                                 GError        **error);

/* The content hash that identifies a document across imports and re-extractions. */
char           *sl_project_content_hash       (const char *text, gsize len);

/* Writes what `model` holds beyond what the store already has: new documents and the
 * extraction results that came with them, in one transaction. The model must be the one
 * this store loaded (or an empty one it has never saved), only appended to since. Events the
 * analyst added are kept as edits, not as extraction results. */
gboolean        sl_project_store_save_model   (SlProjectStore *store,
                                               SlModel        *model,
                                               GError        **error);

/* Replaces every extraction result with `model`'s (a re-extraction of the stored articles,
 * in the same order); the analyst's edits stay and apply to the new results. */
gboolean        sl_project_store_replace_model (SlProjectStore *store,
                                                SlModel        *model,
                                                GError        **error);

/* Builds the model from the file — articles' texts are read on first use — and applies the
 * analyst's edits. progress may be NULL. */
SlModel        *sl_project_store_load_model   (SlProjectStore *store,
                                               GCancellable   *cancellable,
                                               SlProgressFunc  progress,
                                               gpointer        user_data,
                                               GError        **error);

/* How many of the active edits found what they change in the model last loaded (an event
 * or a source a newer extractor no longer finds leaves its edit idle). */
guint           sl_project_store_n_applied_edits (SlProjectStore *store);

/* "North Korea" for ".../North Korea.sourceline": how the window and exports name a project. */
char           *sl_project_name_for_path      (const char *path);
/* Whether document doc is the analyst's own, which holds the events added by hand (not an
 * article that was read in). */
gboolean        sl_project_document_is_analysts (const SlModel *model, guint32 doc);

/* Stable keys of what edits target. */
char           *sl_project_event_key          (SlModel *model, guint32 event);
char           *sl_project_source_key         (const SlModel *model, guint32 source);
/* "D:" and the article's content hash. */
char           *sl_project_document_key       (SlModel *model, guint32 doc);
/* The publication dates the active edits give articles: content hash → TIMEX3 date, the
 * latest edit of an article winning (NULL on error). */
GHashTable     *sl_project_store_dct_overrides (SlProjectStore *store, GError **error);

/* Records an edit (clearing what could be redone) and applies it to model, if given. */
gint64          sl_project_store_add_edit     (SlProjectStore *store,
                                               SlModel        *model,
                                               SlEditKind      kind,
                                               const char     *target,
                                               const char     *value,
                                               const char     *value2,
                                               gint64          number,
                                               GError        **error);
/* Undo marks the latest edit undone; redo brings back the earliest undone one. The model
 * must then be reloaded (sl_project_store_load_model), which replays the active edits. */
gboolean        sl_project_store_undo         (SlProjectStore *store, GError **error);
gboolean        sl_project_store_redo         (SlProjectStore *store, GError **error);
gboolean        sl_project_store_can_undo     (SlProjectStore *store);
gboolean        sl_project_store_can_redo     (SlProjectStore *store);
/* The active edits, oldest first (SlEdit*, owned by the array). */
GPtrArray      *sl_project_store_list_edits   (SlProjectStore *store, GError **error);
void            sl_edit_free                  (SlEdit *edit);
/* Applies one edit to a model; returns FALSE when its target is not in the model. */
gboolean        sl_edit_apply                 (const SlEdit *edit, SlModel *model);

/* Full-text search over event labels, their sentences and source names. Appends matching
 * event indexes to events and source indexes to sources (either may be NULL). */
gboolean        sl_project_store_search       (SlProjectStore *store,
                                               const char     *query,
                                               GArray         *events,
                                               GArray         *sources,
                                               GError        **error);

/* Graph pins: where the analyst dragged a source's node in the attribution graph, in layout
 * units, keyed by the source's stable key (sl_project_source_key) so they survive a
 * re-extraction. Kept in their own table, made when a project is opened writable; a read-only
 * project or an older file without the table simply has none. */
typedef struct
{
  char   *source_key;
  double  x, y;
} SlGraphPin;

void            sl_graph_pin_free             (SlGraphPin *pin);
/* Records (or moves) the pin of a source. */
gboolean        sl_project_store_set_graph_pin (SlProjectStore *store,
                                                const char     *source_key,
                                                double          x,
                                                double          y,
                                                GError        **error);
/* Forgets a source's pin; no error when it had none. */
gboolean        sl_project_store_remove_graph_pin (SlProjectStore *store,
                                                   const char     *source_key,
                                                   GError        **error);
/* Every pin (SlGraphPin*, owned by the array), ordered by key; empty when there are none. */
GPtrArray      *sl_project_store_list_graph_pins (SlProjectStore *store, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlGraphPin, sl_graph_pin_free)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlProjectStore, sl_project_store_close)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlEdit, sl_edit_free)

/* ——— stories: an ordered list of events, each with the part of the timeline to show it at ———
 * Kept in tables of their own, created when a project is opened writable; a read-only or
 * older file simply has none. Steps name events by their stable keys, so a story survives
 * re-extraction as the analyst's edits do. */

typedef struct
{
  char   *event_key;          /* sl_project_event_key () */
  SlTime  view_start, view_end; /* the timeline's visible range; equal when none was kept */
} SlStoryStep;

typedef struct
{
  char   *name;
  GArray *steps;              /* SlStoryStep, in the order to present */
} SlStory;

SlStory        *sl_story_new                  (const char *name);
void            sl_story_free                 (SlStory *story);
void            sl_story_append               (SlStory *story, const char *event_key,
                                               SlTime view_start, SlTime view_end);

/* Names of the stored stories, the most recently saved first (NULL-terminated; empty when
 * there are none). */
char          **sl_project_store_list_stories (SlProjectStore *store, GError **error);
/* The story called name, or NULL with no error when there is none by that name. */
SlStory        *sl_project_store_load_story   (SlProjectStore *store,
                                               const char     *name,
                                               GError        **error);
/* Replaces the story of the same name (or adds it), in one transaction. */
gboolean        sl_project_store_save_story   (SlProjectStore *store,
                                               const SlStory  *story,
                                               GError        **error);
gboolean        sl_project_store_delete_story (SlProjectStore *store,
                                               const char     *name,
                                               GError        **error);
/* The event a stable key names in model ("E:…" or an analyst's "M:…"), SL_NONE if none. */
guint32         sl_project_find_event         (SlModel *model, const char *key);
/* The events of a story found in model, in its order (guint32; steps whose event is gone are
 * left out), with their viewports (SlTime pairs) appended to views when not NULL. */
void            sl_story_resolve              (const SlStory *story,
                                               SlModel       *model,
                                               GArray        *events,
                                               GArray        *views);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlStory, sl_story_free)

/* The edit Undo would take back (the latest active one) or Redo would bring back (the earliest
 * undone), or NULL (with no error) when there is none. */
SlEdit         *sl_project_store_peek_undo    (SlProjectStore *store, GError **error);
SlEdit         *sl_project_store_peek_redo    (SlProjectStore *store, GError **error);

/* Makes the story called name the most recently saved one (first in the list, the one a
 * window opens on) without rewriting its steps; FALSE with an error when there is none. */
gboolean        sl_project_store_touch_story  (SlProjectStore *store,
                                               const char     *name,
                                               GError        **error);

G_END_DECLS
