/* sl-project-store.h: one SQLite file per project. Articles are stored as read; what the
 * extractor finds is derived from them again on open (by the caller), so a better
 * extractor improves old projects. Every import batch is one transaction: a crash leaves whole documents or none. */
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
} SlStoreError;

/* "Sline" in ASCII: lets `file` and we ourselves recognise a project. */
#define SL_PROJECT_APPLICATION_ID 0x536c696e
#define SL_PROJECT_SCHEMA_VERSION 1

typedef struct _SlProjectStore SlProjectStore;

GQuark          sl_store_error_quark          (void);

/* Opens a project, creating it when create is TRUE and the file does not exist. A file that
 * is not a Sourceline project is refused untouched. */
SlProjectStore *sl_project_store_open         (const char *path, gboolean create, GError **error);
void            sl_project_store_close        (SlProjectStore *store);

/* Adds the documents in one transaction; documents whose text is already stored (same
 * content hash) are counted as duplicates and skipped. */
gboolean        sl_project_store_add_documents (SlProjectStore  *store,
                                                SlDocument     **docs,
                                                guint            n_docs,
                                                guint           *n_added,
                                                guint           *n_duplicates,
                                                GError         **error);

guint           sl_project_store_n_documents  (SlProjectStore *store);

/* Reads every stored document (SlDocument*, owned by the array), in import order. */
GPtrArray      *sl_project_store_read_documents (SlProjectStore *store,
                                                 GCancellable   *cancellable,
                                                 GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlProjectStore, sl_project_store_close)

G_END_DECLS
