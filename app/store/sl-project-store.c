/* sl-project-store.c */
#include "sl-project-store.h"

#include <sqlite3.h>
#include <stdio.h>
#include <string.h>


G_DEFINE_QUARK (sl-store-error-quark, sl_store_error)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

struct _SlProjectStore
{
  sqlite3 *db;
  char    *path;
};

static const char schema_v1[] =
  "CREATE TABLE documents ("
  "  id INTEGER PRIMARY KEY,"
  "  hash TEXT NOT NULL UNIQUE,"
  "  path TEXT, title TEXT, outlet TEXT, url TEXT, author TEXT,"
  "  dct TEXT, dct_source INTEGER NOT NULL DEFAULT 0,"
  "  text TEXT NOT NULL,"
  "  added TEXT NOT NULL DEFAULT (datetime('now')));";

static gboolean
sql_error (SlProjectStore *store, GError **error, SlStoreError code, const char *what)
{
  g_set_error (error, SL_STORE_ERROR, code, "%s: %s", what, sqlite3_errmsg (store->db));
  return FALSE;
}

static gboolean
exec (SlProjectStore *store, const char *sql, GError **error)
{
  char *msg = NULL;

  if (sqlite3_exec (store->db, sql, NULL, NULL, &msg) != SQLITE_OK)
    {
      g_set_error (error, SL_STORE_ERROR, SL_STORE_ERROR_IO, "%s", msg ? msg : "SQLite failed");
      sqlite3_free (msg);
      return FALSE;
    }
  return TRUE;
}

static int
pragma_int (SlProjectStore *store, const char *pragma)
{
  g_autoptr (sqlite3_stmt) st = NULL;
  g_autofree char *sql = g_strdup_printf ("PRAGMA %s", pragma);

  if (sqlite3_prepare_v2 (store->db, sql, -1, &st, NULL) != SQLITE_OK
      || sqlite3_step (st) != SQLITE_ROW)
    return -1;
  return sqlite3_column_int (st, 0);
}

/* The first 16 bytes of every SQLite file; anything else is not a project. */
static gboolean
file_is_sqlite (const char *path, gboolean *exists, GError **error)
{
  char head[16];
  FILE *f = fopen (path, "rb");
  gsize n;

  *exists = f != NULL;
  if (f == NULL)
    return TRUE;
  n = fread (head, 1, sizeof head, f);
  fclose (f);
  if (n == 0)
    return TRUE; /* an empty file becomes a new project */
  if (n < sizeof head || memcmp (head, "SQLite format 3", 16) != 0)
    {
      g_set_error (error, SL_STORE_ERROR, SL_STORE_ERROR_NOT_A_PROJECT,
                   "“%s” is not a Sourceline project (it is not an SQLite file)", path);
      return FALSE;
    }
  return TRUE;
}

SlProjectStore *
sl_project_store_open (const char *path, gboolean create, GError **error)
{
  g_autoptr (SlProjectStore) store = g_new0 (SlProjectStore, 1);
  gboolean exists = FALSE;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
  int app_id, version;

  g_return_val_if_fail (path != NULL, NULL);

  if (!file_is_sqlite (path, &exists, error))
    return NULL;
  if (!exists && !create)
    {
      g_set_error (error, SL_STORE_ERROR, SL_STORE_ERROR_IO, "“%s” does not exist", path);
      return NULL;
    }
  if (create)
    flags |= SQLITE_OPEN_CREATE;

  store->path = g_strdup (path);
  if (sqlite3_open_v2 (path, &store->db, flags, NULL) != SQLITE_OK)
    {
      sql_error (store, error, SL_STORE_ERROR_IO, path);
      return NULL;
    }
  /* a project is untrusted input: no triggers or views may run our functions */
  sqlite3_db_config (store->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (store->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_busy_timeout (store->db, 2000);

  app_id = pragma_int (store, "application_id");
  version = pragma_int (store, "user_version");
  if (app_id < 0 || version < 0)
    {
      sql_error (store, error, SL_STORE_ERROR_CORRUPT, path);
      return NULL;
    }

  if (app_id == 0 && version == 0 && pragma_int (store, "page_count") <= 1)
    {
      /* a new project */
      g_autofree char *sql = g_strdup_printf ("BEGIN; %s PRAGMA application_id = %d;"
                                              " PRAGMA user_version = %d; COMMIT;",
                                              schema_v1, SL_PROJECT_APPLICATION_ID,
                                              SL_PROJECT_SCHEMA_VERSION);
      if (!exec (store, sql, error))
        return NULL;
    }
  else if (app_id != SL_PROJECT_APPLICATION_ID)
    {
      g_set_error (error, SL_STORE_ERROR, SL_STORE_ERROR_NOT_A_PROJECT,
                   "“%s” is an SQLite database of another program, not a Sourceline project",
                   path);
      return NULL;
    }
  else if (version > SL_PROJECT_SCHEMA_VERSION)
    {
      g_set_error (error, SL_STORE_ERROR, SL_STORE_ERROR_TOO_NEW,
                   "“%s” was written by a newer Sourceline (project version %d; this one "
                   "reads up to %d)", path, version, SL_PROJECT_SCHEMA_VERSION);
      return NULL;
    }

  if (!exec (store, "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL;", error))
    return NULL;
  return g_steal_pointer (&store);
}

void
sl_project_store_close (SlProjectStore *store)
{
  if (store == NULL)
    return;
  if (store->db)
    sqlite3_close (store->db);
  g_free (store->path);
  g_free (store);
}

static void
bind_text_or_null (sqlite3_stmt *st, int col, const char *s)
{
  if (s)
    sqlite3_bind_text (st, col, s, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (st, col);
}

/* Two copies of an article differ in white space at most; hash what is left. */
static char *
content_hash (const char *text, gsize len)
{
  g_autoptr (GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  gsize start = 0;

  for (gsize i = 0; i <= len; i++)
    if (i == len || g_ascii_isspace (text[i]))
      {
        if (i > start)
          {
            g_checksum_update (sum, (const guchar *) text + start, i - start);
            g_checksum_update (sum, (const guchar *) " ", 1);
          }
        start = i + 1;
      }
  return g_strdup (g_checksum_get_string (sum));
}

gboolean
sl_project_store_add_documents (SlProjectStore *store, SlDocument **docs, guint n_docs,
                                guint *n_added, guint *n_duplicates, GError **error)
{
  g_autoptr (sqlite3_stmt) st = NULL;
  guint added = 0, dups = 0;

  g_return_val_if_fail (store != NULL, FALSE);

  if (!exec (store, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (sqlite3_prepare_v2 (store->db,
                          "INSERT OR IGNORE INTO documents (hash, path, title, outlet, url, author,"
                          " dct, dct_source, text) VALUES (?,?,?,?,?,?,?,?,?)",
                          -1, &st, NULL) != SQLITE_OK)
    {
      sql_error (store, error, SL_STORE_ERROR_IO, "preparing the import");
      exec (store, "ROLLBACK", NULL);
      return FALSE;
    }
  for (guint i = 0; i < n_docs; i++)
    {
      SlDocument *d = docs[i];
      g_autofree char *hash = content_hash (d->text, d->text_len);
      char dct[32];

      sqlite3_reset (st);
      sqlite3_bind_text (st, 1, hash, -1, SQLITE_TRANSIENT);
      bind_text_or_null (st, 2, d->path);
      bind_text_or_null (st, 3, d->title);
      bind_text_or_null (st, 4, d->outlet);
      bind_text_or_null (st, 5, d->url);
      bind_text_or_null (st, 6, d->author);
      bind_text_or_null (st, 7, d->dct.prec != SL_PREC_NONE
                                   ? sl_date_to_value (&d->dct, dct, sizeof dct) : NULL);
      sqlite3_bind_int (st, 8, d->dct_source);
      sqlite3_bind_text (st, 9, d->text, (int) d->text_len, SQLITE_TRANSIENT);
      if (sqlite3_step (st) != SQLITE_DONE)
        {
          sql_error (store, error, SL_STORE_ERROR_IO, "writing the project");
          exec (store, "ROLLBACK", NULL);
          return FALSE;
        }
      if (sqlite3_changes (store->db) > 0)
        added++;
      else
        dups++;
    }
  if (!exec (store, "COMMIT", error))
    {
      exec (store, "ROLLBACK", NULL);
      return FALSE;
    }
  if (n_added)
    *n_added = added;
  if (n_duplicates)
    *n_duplicates = dups;
  return TRUE;
}

guint
sl_project_store_n_documents (SlProjectStore *store)
{
  g_autoptr (sqlite3_stmt) st = NULL;

  g_return_val_if_fail (store != NULL, 0);
  if (sqlite3_prepare_v2 (store->db, "SELECT count(*) FROM documents", -1, &st, NULL) != SQLITE_OK
      || sqlite3_step (st) != SQLITE_ROW)
    return 0;
  return sqlite3_column_int (st, 0);
}

static char *
column_dup (sqlite3_stmt *st, int col)
{
  const unsigned char *s = sqlite3_column_text (st, col);
  return s ? g_strdup ((const char *) s) : NULL;
}

GPtrArray *
sl_project_store_read_documents (SlProjectStore *store, GCancellable *cancellable,
                                 GError **error)
{
  g_autoptr (sqlite3_stmt) st = NULL;
  g_autoptr (GPtrArray) docs = g_ptr_array_new_with_free_func ((GDestroyNotify) sl_document_free);
  int rc;

  g_return_val_if_fail (store != NULL, NULL);

  if (sqlite3_prepare_v2 (store->db,
                          "SELECT path, title, outlet, url, author, dct, dct_source, text"
                          " FROM documents ORDER BY id", -1, &st, NULL) != SQLITE_OK)
    {
      sql_error (store, error, SL_STORE_ERROR_CORRUPT, "reading the project");
      return NULL;
    }
  while ((rc = sqlite3_step (st)) == SQLITE_ROW)
    {
      g_autoptr (SlDocument) d = sl_document_new ();
      g_autofree char *dct = NULL;
      const char *text = (const char *) sqlite3_column_text (st, 7);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      if (text == NULL || !g_utf8_validate (text, sqlite3_column_bytes (st, 7), NULL))
        continue; /* a row another program damaged; the rest of the project still opens */
      d->path = column_dup (st, 0);
      d->title = column_dup (st, 1);
      d->outlet = column_dup (st, 2);
      d->url = column_dup (st, 3);
      d->author = column_dup (st, 4);
      dct = column_dup (st, 5);
      if (dct && sl_date_from_value (dct, &d->dct))
        d->dct_source = CLAMP (sqlite3_column_int (st, 6), SL_DCT_NONE, SL_DCT_GIVEN);
      d->text_len = sqlite3_column_bytes (st, 7);
      d->text = g_strndup (text, d->text_len);
      g_ptr_array_add (docs, g_steal_pointer (&d));
    }
  if (rc != SQLITE_DONE)
    {
      sql_error (store, error, SL_STORE_ERROR_CORRUPT, "reading the project");
      return NULL;
    }
  return g_steal_pointer (&docs);
}
