/* sl-import-dialog.h: what an import is doing — a progress bar, one row per file read
 * (imported, duplicate, or failed with the reason) and a Cancel button that becomes Close. */
#pragma once

#include <adwaita.h>
#include "project/sl-import-job.h"

G_BEGIN_DECLS

#define SL_TYPE_IMPORT_DIALOG (sl_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SlImportDialog, sl_import_dialog, SL, IMPORT_DIALOG, AdwWindow)

/* target names what the articles go into ("North Korea", "the sample"). */
SlImportDialog *sl_import_dialog_new          (GtkWindow *parent, const char *target);

/* done of total files read; total may still grow while folders are walked. */
void            sl_import_dialog_set_progress (SlImportDialog       *self,
                                               guint                 done,
                                               guint                 total);
void            sl_import_dialog_add_result   (SlImportDialog       *self,
                                               const SlImportResult *result);
/* The import ended: cancelled, failed to save (error), or done. The button becomes Close. */
void            sl_import_dialog_finish       (SlImportDialog       *self,
                                               gboolean              cancelled,
                                               const GError         *error);
gboolean        sl_import_dialog_get_finished (SlImportDialog       *self);

/* Files reported so far, in the order read, and how many had each outcome. */
guint           sl_import_dialog_get_n_results (SlImportDialog      *self);
gboolean        sl_import_dialog_get_result   (SlImportDialog       *self,
                                               guint                 i,
                                               SlImportStatus       *status,
                                               const char          **path,
                                               const char          **reason);
guint           sl_import_dialog_count        (SlImportDialog       *self,
                                               SlImportStatus        status);
/* What reading result i had to assume (a CSV file's date order), or NULL. */
const char     *sl_import_dialog_get_note     (SlImportDialog       *self,
                                               guint                 i);
/* The summary line shown at the end ("3 imported · 1 duplicate · 1 failed"). */
const char     *sl_import_dialog_get_summary  (SlImportDialog       *self);

G_END_DECLS
