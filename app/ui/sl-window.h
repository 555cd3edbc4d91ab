/* sl-window.h: the main window — a timeline above a source graph and a detail pane, all
 * showing one model and linked by selection. */
#pragma once

#include <adwaita.h>
#include "model/sl-model.h"
#include "store/sl-project-store.h"
#include "sl-timeline-view.h"
#include "sl-graph-view.h"

G_BEGIN_DECLS

#define SL_TYPE_WINDOW (sl_window_get_type ())

G_DECLARE_FINAL_TYPE (SlWindow, sl_window, SL, WINDOW, AdwApplicationWindow)

SlWindow       *sl_window_new            (GtkApplication *app);

/* Reads articles, folders of articles or a .sourceline project off the main thread, then
 * shows them (replacing what was shown). Files that cannot be read are named in a toast.
 * Articles opened this way are not saved until Save As makes them a project. */
void            sl_window_open_paths     (SlWindow *self, const char *const *paths, guint n_paths);
void            sl_window_open_files     (SlWindow *self, GFile **files, guint n_files);
/* Opens the bundled sample articles. */
void            sl_window_open_sample    (SlWindow *self);

/* Creates an empty project at path (replacing a file there) and shows it. */
gboolean        sl_window_new_project    (SlWindow *self, const char *path, GError **error);
/* Saves what is shown as a project at path and continues in it: articles shown become the
 * project's, an open project is copied (with its edits and undo history). */
gboolean        sl_window_save_as        (SlWindow *self, const char *path, GError **error);
/* The open project's file, NULL when what is shown is not a project. */
const char     *sl_window_get_project_path (SlWindow *self);
/* TRUE when the open project cannot be changed (the file is read-only). */
gboolean        sl_window_get_read_only  (SlWindow *self);

/* Adds articles, folders (recursively) to what is shown: into the open project, saved at
 * once as one transaction, or else into the unsaved view. Runs on a worker thread with a
 * dialog of per-file results (imported, duplicate, failed and why) and a Cancel button. */
void            sl_window_import_paths   (SlWindow *self, const char *const *paths, guint n_paths);
/* Adds plain text (pasted) as a new article. */
void            sl_window_import_text    (SlWindow *self, const char *text);
/* The dialog of the running or last import, NULL before the first. */
GtkWindow      *sl_window_get_import_dialog (SlWindow *self);

/* Records an analyst's edit in the project and shows it. item is the event index for the
 * event kinds, the source index for the source kinds, ignored for SL_EDIT_MANUAL_EVENT.
 * Fails when no writable project is open. */
gboolean        sl_window_edit           (SlWindow   *self,
                                          SlEditKind  kind,
                                          guint32     item,
                                          const char *value,
                                          const char *value2,
                                          gint64      number,
                                          GError    **error);
/* Sets the publication date of the model's document doc ("2024-06-12", "2024-06", "2024")
 * and reads the project's articles again, each against its date, off the main thread (the
 * window is busy meanwhile); undone like any edit. FALSE with an error when there is no
 * project, it cannot change now, or the value is no day, month or year. */
gboolean        sl_window_set_publication_date (SlWindow   *self,
                                                guint32     doc,
                                                const char *value,
                                                GError    **error);
/* Undo and redo the project's latest edit; the model is rebuilt from the file off the main
 * thread ("loading" while it runs), keeping the view and the selection. A graph pin changes
 * no model: it is put back (or let go) at once. */
gboolean        sl_window_undo           (SlWindow *self, GError **error);
gboolean        sl_window_redo           (SlWindow *self, GError **error);
/* What Undo would take back and Redo bring back, as the project menu names them
 * ("Pin “Reuters”", "Date Correction"); NULL when there is nothing. Pinning a node in the
 * graph (dragging it) and releasing it (U) are edits like the others. */
char           *sl_window_dup_undo_label (SlWindow *self);
char           *sl_window_dup_redo_label (SlWindow *self);

/* Shows the search bar with text and filters the views at once: events and sources that do
 * not match fade. An empty text clears the search. */
void            sl_window_search         (SlWindow *self, const char *text);

/* TRUE while articles, pasted text or a project are being read, imported or rebuilt (after
 * undo); "notify::loading" fires when that changes. */
gboolean        sl_window_get_loading    (SlWindow *self);
/* The model shown, NULL before anything has been read. */
SlModel        *sl_window_get_model      (SlWindow *self);

SlTimelineView *sl_window_get_timeline   (SlWindow *self);
SlGraphView    *sl_window_get_graph      (SlWindow *self);

/* Writes the views as shown to path; the format follows the extension (.png, .svg, .pdf). */
gboolean        sl_window_export_to_path (SlWindow *self, const char *path, GError **error);

/* The folder holding the bundled sample articles: $SL_DATA_DIR/samples, else the installed
 * data folder, else the source tree's. */
char           *sl_window_find_sample_dir (void);

/* The window's story (sl-window-story.c): events to present in the analyst's order, each
 * with the part of the timeline to show it at. Saved in the open project when it can be
 * written, else kept for this session; the project's most recently saved (or chosen) story
 * is the one shown. */
const char     *sl_window_get_story_name (SlWindow *self);
/* Appends the story's events found in the model (guint32), in order, and when views is not
 * NULL their views (SlTime start, end pairs); returns how many. */
guint           sl_window_get_story_events (SlWindow *self, GArray *events, GArray *views);
/* Adds event at the end of the story, to be shown at the timeline's visible range. */
gboolean        sl_window_story_add      (SlWindow *self, guint32 event, GError **error);
/* Removes or moves the story's n-th event (as sl_window_get_story_events lists them). */
gboolean        sl_window_story_remove   (SlWindow *self, guint index, GError **error);
gboolean        sl_window_story_move     (SlWindow *self, guint from, guint to, GError **error);
/* A project holds several stories, one of them current (the one listed, presented by F5 and
 * exported): the most recently saved or chosen, so the project remembers the choice. The
 * names, sorted, the current one among them (free with g_strfreev). */
char          **sl_window_list_stories   (SlWindow *self);
/* Makes the project's story called name the current one. */
gboolean        sl_window_switch_story   (SlWindow *self, const char *name, GError **error);
/* Starts an empty story and makes it current; name NULL picks "Story 2", "Story 3", … */
gboolean        sl_window_new_story      (SlWindow *self, const char *name, GError **error);
gboolean        sl_window_rename_story   (SlWindow *self, const char *name, GError **error);
/* Deletes the current story (a toast offers Undo) and makes the most recent other one, or a
 * new empty one, current. */
gboolean        sl_window_delete_story   (SlWindow *self, GError **error);
/* Brings back the story deleted last, as the current one. */
gboolean        sl_window_undo_delete_story (SlWindow *self, GError **error);
/* Shows the export dialog (sl-window-export.c): a live preview, the settings' export
 * defaults at first, the choices of the session's last export after. */
GtkWindow      *sl_window_show_export_dialog (SlWindow *self);
/* Writes what the export dialog shows to path (its Export button, without asking for a
 * file), remembers its choices and closes it. */
gboolean        sl_window_export_dialog_save (GtkWindow *dialog, const char *path, GError **error);

G_END_DECLS
