/* sl-window.h: the main window — a timeline above a source graph and a detail pane, all
 * showing one model and linked by selection. */
#pragma once

#include <adwaita.h>
#include "model/sl-model.h"
#include "sl-timeline-view.h"
#include "sl-graph-view.h"

G_BEGIN_DECLS

#define SL_TYPE_WINDOW (sl_window_get_type ())

G_DECLARE_FINAL_TYPE (SlWindow, sl_window, SL, WINDOW, AdwApplicationWindow)

SlWindow       *sl_window_new            (GtkApplication *app);

/* Reads articles, folders of articles or .sourceline projects off the main thread, then
 * shows them (replacing what was shown). Files that cannot be read are named in a toast. */
void            sl_window_open_paths     (SlWindow *self, const char *const *paths, guint n_paths);
void            sl_window_open_files     (SlWindow *self, GFile **files, guint n_files);
/* Opens the bundled sample articles. */
void            sl_window_open_sample    (SlWindow *self);

/* TRUE while articles are being read; "notify::loading" fires when that changes. */
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

G_END_DECLS
