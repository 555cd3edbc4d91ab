/* sl-window-private.h: the window's state, shared by the files that make up SlWindow —
 * sl-window.c (views, detail pane, linking, export), sl-window-project.c (projects, loading,
 * import, undo) and sl-window-edit.c (the analyst's edits and search). */
#pragma once

#include "sl-window.h"

#include <glib/gi18n.h>

#include "project/sl-import-job.h"
#include "sl-import-dialog.h"
#include "store/sl-project-store.h"

G_BEGIN_DECLS

/* A project file held open. Shared (reference counted) with a worker that reloads the model
 * from it, so the window can move on to another file while the worker finishes; `busy` is
 * set while a worker uses the store, and the main thread leaves the store alone then. */
typedef struct
{
  SlProjectStore *store;
  char           *path;
  gboolean        busy;   /* main thread only */
} SlProject;

SlProject *sl_project_new   (SlProjectStore *store);
SlProject *sl_project_ref   (SlProject *project);
void       sl_project_unref (SlProject *project);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlProject, sl_project_unref)

/* What to bring back after the model is rebuilt (undo, redo, an import, Save As). */
typedef struct
{
  gboolean has_range;
  SlTime   t0, t1;
  guint32  event;        /* index before the rebuild, SL_NONE for none */
  char    *event_key;    /* the event described in the detail pane */
  char    *source_key;   /* "S:name" of the source described, NULL for none */
  gboolean selected;     /* described because selected (not as the search's first match) */
  char    *focus_key;    /* the detail pane's control with the focus, NULL when elsewhere */
} SlViewState;

struct _SlWindow
{
  AdwApplicationWindow parent_instance;

  /* template */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  GtkProgressBar  *progress_bar;
  GtkStack        *content_stack;
  AdwStatusPage   *welcome_page;
  GtkWidget       *welcome_sample_button;
  GtkWidget       *recent_box;
  GtkListBox      *recent_list;
  GtkSearchBar    *search_bar;
  GtkToggleButton *search_button;
  GtkSearchEntry  *search_entry;
  GtkLabel        *search_status;
  GtkRevealer     *banner_revealer;
  GtkLabel        *banner_label;
  GtkButton       *banner_button;
  GtkPaned        *main_paned;
  GtkPaned        *lower_paned;
  GtkWidget       *detail_scroller;
  SlTimelineView  *timeline;
  SlGraphView     *graph;
  GtkStack        *detail_stack;
  GtkBox          *detail_box;
  GMenuModel      *event_menu;
  GMenuModel      *source_menu;
  GMenu           *recent_section;

  /* what is shown */
  SlModel         *model;
  SlProject       *project;       /* NULL when what is shown is not saved in a project */
  char            *title;         /* "Sample Articles", a project's or a file's name */
  char            *save_name;     /* what Save As proposes for articles opened by name */
  gboolean         is_sample;

  /* loading: reading articles, or a project's model */
  GCancellable    *load_cancellable;
  gint            *load_progress; /* per-mille, written by the worker (atomic); NULL when pulsing */
  guint            progress_source;
  gboolean         loading;

  /* importing into what is shown */
  SlImportJob     *import_job;
  GCancellable    *import_cancellable;
  SlImportDialog  *import_dialog;
  gboolean         pasting;       /* pasted text is being read */

  /* search */
  char            *search_text;
  GArray          *search_events;  /* guint32 */
  GArray          *search_sources; /* guint32 */

  /* an edit waiting for the articles to be saved as a project */
  char            *pending_action;

  /* what the detail pane describes, and the edit actions change */
  guint32          detail_event;
  guint32          detail_source;

  /* right-clicked time on the timeline, for "Add Event"; 0 when none */
  SlTime           context_time;
  GtkWidget       *context_popover;

  GSettings       *settings;      /* NULL when the schema is not installed */
  gboolean         show_details;  /* the lower half: graph and detail pane */
  gboolean         show_graph;
  gboolean         show_detail_pane;
  guint            syncing;       /* > 0 while the window itself moves selections */
  guint            pin_replaying; /* > 0 while undo or redo moves a graph pin: not a new edit */
  char            *last_export;   /* path, for the toast's "Open" button */
  AdwToast        *toast;         /* weak: the toast on screen, NULL once it is dismissed */
  guint            toast_timeout; /* dismisses it */
  guint            toast_tick;    /* keeps it above the graph's playback bar while shown */

  struct _SlWindowStory *story;   /* sl-window-story.c */

  /* events of several articles grouped into happenings, for the detail pane; rebuilt when
   * the model or its events change */
  struct _SlEventMerge *merge;  /* extract/sl-attribution.h */
  guint            merge_generation;
};

/* sl-window.c */
void     sl_window_show_toast       (SlWindow *self, const char *title, const char *button,
                                     const char *action);
void     sl_window_show_error       (SlWindow *self, const char *what, const GError *error);
void     sl_window_set_model_internal (SlWindow *self, SlModel *model);
void     sl_window_update_title     (SlWindow *self);
void     sl_window_update_content   (SlWindow *self);
void     sl_window_select_event     (SlWindow *self, guint32 event);
void     sl_window_select_source    (SlWindow *self, guint32 source);
void     sl_window_describe_event   (SlWindow *self, guint32 event);
void     sl_window_set_loading      (SlWindow *self, gboolean loading);
void     sl_window_start_progress   (SlWindow *self, const char *subtitle);
void     sl_window_stop_progress    (SlWindow *self);
void     sl_window_refresh_detail   (SlWindow *self);

SlViewState *sl_view_state_save     (SlWindow *self);
void     sl_view_state_restore      (SlWindow *self, SlViewState *state);
void     sl_view_state_free         (SlViewState *state);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlViewState, sl_view_state_free)

/* sl-window-project.c */
void     sl_window_project_class_init (GtkWidgetClass *widget_class);
void     sl_window_project_init     (SlWindow *self);
void     sl_window_project_dispose  (SlWindow *self);
void     sl_window_update_actions   (SlWindow *self);
gboolean sl_window_can_edit         (SlWindow *self);
gboolean sl_window_is_busy          (SlWindow *self);
void     sl_window_reload_project   (SlWindow *self, const char *target);
/* Whether document doc is an article read in (not the analyst's own, which holds the events
 * added by hand). */
gboolean sl_window_doc_is_article  (SlWindow *self, guint32 doc);
/* The banner over the views: a read-only project, or articles with no publication date. */
void     sl_window_update_banner    (SlWindow *self);
void     sl_window_ask_save_as      (SlWindow *self, const char *then_action);
void     sl_window_update_recent    (SlWindow *self);
/* Pins the graph's nodes where the project keeps them; FALSE when no project could say. */
gboolean sl_window_restore_graph_pins (SlWindow *self);
/* Keeps the place a node was dragged to in the project, when one is open for writing. */
void     sl_window_save_graph_pin   (SlWindow *self, guint32 source);
/* Forgets a released node's place in the project. */
void     sl_window_remove_graph_pin (SlWindow *self, guint32 source);

/* sl-window-edit.c */
void     sl_window_edit_class_init  (GtkWidgetClass *widget_class);
void     sl_window_edit_init        (SlWindow *self);
void     sl_window_edit_dispose     (SlWindow *self);
void     sl_window_apply_search     (SlWindow *self);
void     sl_window_rerun_search     (SlWindow *self);
void     sl_window_add_edit_buttons (SlWindow *self, GtkBox *box, gboolean for_source);

/* sl-window-story.c */
typedef struct _SlWindowStory SlWindowStory;
void     sl_window_story_class_init (GtkWidgetClass *widget_class);
void     sl_window_story_init       (SlWindow *self);
void     sl_window_story_dispose    (SlWindow *self);
/* Shows the Present button when there are events to present. */
void     sl_window_story_update     (SlWindow *self);

/* sl-window-export.c */
void     sl_window_export_class_init (GtkWidgetClass *widget_class);

G_END_DECLS
