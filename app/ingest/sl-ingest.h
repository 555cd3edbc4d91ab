/* sl-ingest.h: bytes on disk → SlDocument, whatever the format, with a clear error when not. */
#pragma once

#include <gio/gio.h>
#include "ingest/sl-document.h"

G_BEGIN_DECLS

#define SL_INGEST_ERROR (sl_ingest_error_quark ())

typedef enum
{
  SL_INGEST_ERROR_TOO_LARGE,
  SL_INGEST_ERROR_EMPTY,
  SL_INGEST_ERROR_BINARY,
  SL_INGEST_ERROR_ENCODING,
  SL_INGEST_ERROR_MALFORMED,
  SL_INGEST_ERROR_UNSUPPORTED,
} SlIngestError;

/* Files larger than this are refused before they are read. */
#define SL_INGEST_MAX_BYTES ((goffset) 64 * 1024 * 1024)

typedef enum
{
  SL_FORMAT_UNKNOWN = 0,
  SL_FORMAT_TEXT,
  SL_FORMAT_HTML,
  SL_FORMAT_FEED,       /* RSS 2.0, RSS 1.0 (RDF) or Atom */
  SL_FORMAT_TIMEML,
  SL_FORMAT_TIMELINEJS,
  SL_FORMAT_CSV,
} SlFormat;

GQuark      sl_ingest_error_quark (void);

/* Detects the format from content (and the name as a hint). */
SlFormat    sl_ingest_sniff       (const char *path, const char *data, gsize len);

/* Reads one file into one or more documents (a feed holds many), appended to docs
 * (SlDocument*). The error names the reason; the caller names the file. */
gboolean    sl_ingest_read        (const char *path, GPtrArray *docs, GError **error);
gboolean    sl_ingest_read_bytes  (const char *path, const char *data, gsize len,
                                   GPtrArray *docs, GError **error);

/* Reads a file that holds one document (the first, for a feed). */
SlDocument *sl_ingest_file        (const char *path, GError **error);
SlDocument *sl_ingest_bytes       (const char *path, const char *data, gsize len,
                                   GError **error);

/* Creates the array sl_ingest_read fills. */
GPtrArray  *sl_document_array_new (void);

/* Readers for one format each; data need not be NUL-terminated. */
SlDocument *sl_text_reader_read   (const char *path, const char *data, gsize len,
                                   GError **error);
SlDocument *sl_html_reader_read   (const char *path, const char *data, gsize len,
                                   GError **error);

/* Adds a document to the model (taking its text) and returns its index. */
guint32     sl_ingest_add_to_model (SlModel *model, SlDocument *doc);

G_END_DECLS

G_BEGIN_DECLS
/* Expands folders (recursively, hidden files skipped, sorted by name) into file paths. */
GPtrArray  *sl_ingest_expand_paths (const char *const *paths, guint n_paths);
G_END_DECLS
