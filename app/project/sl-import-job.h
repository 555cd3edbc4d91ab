/* sl-import-job.h: many files in, one model out — folders expanded, each file read, duplicates
 * recognised by content, everything extracted, with per-file results, progress and cancel.
 * GTK-free: the window runs it on a worker thread, the command line runs it directly. */
#pragma once

#include <gio/gio.h>
#include "model/sl-model.h"

G_BEGIN_DECLS

typedef enum
{
  SL_IMPORT_IMPORTED = 0,
  SL_IMPORT_DUPLICATE,
  SL_IMPORT_FAILED,
} SlImportStatus;

typedef struct
{
  char           *path;
  SlImportStatus  status;
  char           *reason;      /* why it failed or whose duplicate it is; NULL when imported */
  guint           n_documents; /* a feed holds many */
  char           *note;        /* what reading it had to assume (a CSV's date order), or NULL */
} SlImportResult;

/* Called for each file as it is done, on the main context of the thread that started the
 * job; `done` of `total` files (total grows while folders are expanded). */
typedef void (*SlImportProgressFunc) (guint done, guint total, const SlImportResult *result,
                                      gpointer user_data);

typedef struct _SlImportJob SlImportJob;

SlImportJob *sl_import_job_new        (const char *const *paths, guint n_paths);
void         sl_import_job_free       (SlImportJob *job);

/* Documents already in the project: content hashes (see sl_project_content_hash) of `model`'s
 * documents count as duplicates. Call before running. */
void         sl_import_job_skip_known (SlImportJob *job, SlModel *model);
/* A publication date for every document read (the command line's --dct). */
void         sl_import_job_set_dct    (SlImportJob *job, const SlDate *dct);

/* Runs the whole job here; returns a new model with what was imported (possibly empty), or
 * NULL with G_IO_ERROR_CANCELLED. */
SlModel     *sl_import_job_run        (SlImportJob         *job,
                                       GCancellable        *cancellable,
                                       SlImportProgressFunc progress,
                                       gpointer             user_data);
/* The same on a worker thread; the job must stay alive until callback has run. */
void         sl_import_job_run_async  (SlImportJob         *job,
                                       GCancellable        *cancellable,
                                       SlImportProgressFunc progress,
                                       gpointer             progress_data,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
SlModel     *sl_import_job_run_finish (SlImportJob  *job,
                                       GAsyncResult *result,
                                       GError      **error);

/* SlImportResult*, one per file, in the order the files were read. */
GPtrArray   *sl_import_job_get_results (SlImportJob *job);
guint        sl_import_job_count      (SlImportJob *job, SlImportStatus status);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlImportJob, sl_import_job_free)

G_END_DECLS
