/* sl-reextract.h: reads a project's articles again — with a newer extractor, or after the
 * analyst set an article's publication date — and puts the results in place of the old ones.
 * GTK-free: the window runs it on a worker thread, the command line runs it directly. */
#pragma once

#include <gio/gio.h>
#include "model/sl-model.h"
#include "store/sl-project-store.h"

G_BEGIN_DECLS

/* Extracts every stored article again, each against the publication date the active edits
 * give it (SL_EDIT_DOC_DCT) or else its own, and replaces the stored results in one
 * transaction. Returns the model the project now holds, the analyst's edits applied; NULL
 * with an error (G_IO_ERROR_CANCELLED when cancelled) leaves the project as it was. progress
 * may be NULL; it is called on the calling thread. */
SlModel *sl_project_reextract (SlProjectStore *store,
                               GCancellable   *cancellable,
                               SlProgressFunc  progress,
                               gpointer        user_data,
                               GError        **error);

G_END_DECLS
