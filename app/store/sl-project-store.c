/* sl-project-store.c */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include "sl-project-store.h"

#include <errno.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

G_DEFINE_QUARK (sl-store-error-quark, sl_store_error)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

struct _SlProjectStore
{
  sqlite3  *db;
  char     *path;
  char     *db_name;       /* what further connections open: the path, or an immutable URI */
  int       db_flags;      /* and how */
  gboolean  read_only;

  /* how much of the model this store holds (see sl_project_store_save_model) */
  guint     saved_docs, saved_sources, saved_claims, saved_timexes, saved_events;
  guint     saved_machine; /* events rows: their ids run 1..saved_machine, in model order */
  GArray   *manual;        /* model indexes of the analyst's events (not rows), ascending */
  guint     edits_applied; /* how many edits found their target in the last model loaded */
};

static const char schema_v1[] =
  "CREATE TABLE documents ("
  "  id INTEGER PRIMARY KEY,"
  "  hash TEXT NOT NULL UNIQUE,"
  "  path TEXT, title TEXT, outlet TEXT, url TEXT, author TEXT,"
  "  dct TEXT, dct_source INTEGER NOT NULL DEFAULT 0,"
  "  text TEXT NOT NULL,"
  "  added TEXT NOT NULL DEFAULT (datetime('now')));"
  /* extraction results: derived from documents, rewritten by a re-extraction */
  "CREATE TABLE sources ("
  "  id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind INTEGER NOT NULL, title TEXT);"
  "CREATE TABLE source_aliases ("
  "  source INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE, alias TEXT NOT NULL,"
  "  PRIMARY KEY (source, alias)) WITHOUT ROWID;"
  "CREATE TABLE timexes ("
  "  id INTEGER PRIMARY KEY, doc INTEGER NOT NULL REFERENCES documents(id),"
  "  \"begin\" INTEGER, \"end\" INTEGER, type INTEGER, mod INTEGER, value TEXT,"
  "  start INTEGER, end_t INTEGER);"
  "CREATE TABLE claims ("
  "  id INTEGER PRIMARY KEY, doc INTEGER NOT NULL REFERENCES documents(id),"
  "  source INTEGER NOT NULL REFERENCES sources(id),"
  /* a claim may come through one found later in the sentence ("…, Reuters said, citing
   * RUSI"): checked at commit, not row by row */
  "  via INTEGER REFERENCES claims(id) DEFERRABLE INITIALLY DEFERRED,"
  "  cue TEXT, stance INTEGER, said_on TEXT, said_start INTEGER, said_end INTEGER,"
  "  cue_begin INTEGER, cue_end INTEGER, source_begin INTEGER, source_end INTEGER,"
  "  content_begin INTEGER, content_end INTEGER);"
  "CREATE TABLE events ("
  "  id INTEGER PRIMARY KEY, doc INTEGER NOT NULL REFERENCES documents(id),"
  "  label TEXT, \"when\" TEXT, timex INTEGER, mod INTEGER, category INTEGER, flags INTEGER,"
  "  start INTEGER, end_t INTEGER, sentence_begin INTEGER, sentence_end INTEGER,"
  "  claims BLOB, actors BLOB);"
  "CREATE VIRTUAL TABLE events_fts USING fts5 (label, sentence, content='');"
  "CREATE VIRTUAL TABLE sources_fts USING fts5 (names, content='');"
  /* the analyst's judgements: never touched by extraction */
  "CREATE TABLE edits ("
  "  id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, target TEXT NOT NULL,"
  "  value TEXT, value2 TEXT, number INTEGER, undone INTEGER NOT NULL DEFAULT 0,"
  "  made TEXT NOT NULL DEFAULT (datetime('now')));";

/* A project is untrusted input (mailed by anyone): every connection to one refuses to let
 * the file's schema act — no triggers fire, no views are read, no function the schema names
 * runs unless SQLite marks it harmless, and the file cannot be corrupted through SQL. */
static void
harden (sqlite3 *db)
{
  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, NULL);
}

static int
error_code_for (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return SL_STORE_ERROR_LOCKED;
    case SQLITE_FULL:
      return SL_STORE_ERROR_FULL;
    case SQLITE_READONLY:
      return SL_STORE_ERROR_READ_ONLY;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return SL_STORE_ERROR_CORRUPT;
    default:
      return SL_STORE_ERROR_IO;
    }
}

/* A message a person can act on, for the SQLite result code rc. */
static gboolean
sql_fail (SlProjectStore *store, int rc, GError **error, const char *what)
{
  const char *detail = store->db ? sqlite3_errmsg (store->db) : sqlite3_errstr (rc);
  int code = error_code_for (rc);
  int sys = store->db ? sqlite3_system_errno (store->db) : 0;
  int ext = store->db ? sqlite3_extended_errcode (store->db) : rc;

  /* a write refused by the disk or a quota reads as I/O trouble; say what it is */
  if ((rc & 0xff) == SQLITE_IOERR
      && (sys == ENOSPC || sys == EFBIG || sys == EDQUOT || ext == SQLITE_IOERR_WRITE))
    code = SL_STORE_ERROR_FULL;

  switch (code)
    {
    case SL_STORE_ERROR_LOCKED:
      g_set_error (error, SL_STORE_ERROR, code,
                   _("%s: the project is locked by another program; close it there and retry"),
                   what);
      break;
    case SL_STORE_ERROR_FULL:
      g_set_error (error, SL_STORE_ERROR, code,
                   _("%s: the disk is full or refused the write; nothing was changed in the "
                   "project"), what);
      break;
    case SL_STORE_ERROR_CORRUPT:
      g_set_error (error, SL_STORE_ERROR, code,
                   _("%s: the project file is damaged (%s)"), what, detail);
      break;
    case SL_STORE_ERROR_READ_ONLY:
      g_set_error (error, SL_STORE_ERROR, code, _("%s: the project is read-only"), what);
      break;
    default:
      g_set_error (error, SL_STORE_ERROR, code, "%s: %s", what, detail);
      break;
    }
  return FALSE;
}

static gboolean
exec (SlProjectStore *store, const char *sql, const char *what, GError **error)
{
  int rc = sqlite3_exec (store->db, sql, NULL, NULL, NULL);

  return rc == SQLITE_OK || sql_fail (store, rc, error, what);
}

static void
rollback (SlProjectStore *store)
{
  if (!sqlite3_get_autocommit (store->db))
    sqlite3_exec (store->db, "ROLLBACK", NULL, NULL, NULL);
}

static sqlite3_stmt *
prepare (SlProjectStore *store, const char *sql, GError **error)
{
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2 (store->db, sql, -1, &st, NULL);

  if (rc != SQLITE_OK)
    {
      sql_fail (store, rc, error, "reading the project");
      return NULL;
    }
  return st;
}

static gint64
query_int (SlProjectStore *store, const char *sql)
{
  g_autoptr (sqlite3_stmt) st = NULL;

  if (sqlite3_prepare_v2 (store->db, sql, -1, &st, NULL) != SQLITE_OK
      || sqlite3_step (st) != SQLITE_ROW)
    return -1;
  return sqlite3_column_int64 (st, 0);
}

/* The first 16 bytes of every SQLite file; anything else is not a project. */
static gboolean
file_is_sqlite (const char *path, gboolean *exists, gsize *size, GError **error)
{
  char head[16];
  FILE *f = fopen (path, "rb");
  gsize n;

  *exists = f != NULL;
  *size = 0;
  if (f == NULL)
    {
      if (errno != ENOENT)
        {
          g_set_error (error, SL_STORE_ERROR, SL_STORE_ERROR_IO, _("“%s” cannot be read: %s"),
                       path, g_strerror (errno));
          return FALSE;
        }
      return TRUE;
    }
  n = fread (head, 1, sizeof head, f);
  fclose (f);
  *size = n;
  if (n == 0)
    return TRUE; /* an empty file becomes a new project */
  if (n < sizeof head || memcmp (head, "SQLite format 3", 16) != 0)
    {
      g_set_error (error, SL_STORE_ERROR, SL_STORE_ERROR_NOT_A_PROJECT,
                   _("“%s” is not a Sourceline project (it is not an SQLite file)"), path);
      return FALSE;
    }
  return TRUE;
}

static gboolean ensure_claims_via_index (SlProjectStore *store, GError **error);
static gboolean ensure_graph_pins_table (SlProjectStore *store, GError **error);
static gboolean ensure_story_tables (SlProjectStore *store, GError **error);
static SlProjectStore *open_store (const char *path, gboolean create, gboolean read_only,
                                   GError **error);

SlProjectStore *
sl_project_store_open (const char *path, gboolean create, GError **error)
{
  return open_store (path, create, FALSE, error);
}

SlProjectStore *
sl_project_store_open_read_only (const char *path, GError **error)
{
  return open_store (path, FALSE, TRUE, error);
}

/* A project in WAL mode is read through a shared-memory file beside it, which SQLite cannot
 * create in a folder the user may not write (a colleague's share, a mounted archive, a
 * read-only medium): reading it then fails with "read-only". When no write-ahead log is
 * waiting beside the file, the file alone is the whole project and can be read as
 * immutable. TRUE when the store was reopened so. */
static gboolean
reopen_immutable (SlProjectStore *store)
{
  g_autofree char *wal = g_strconcat (store->path, "-wal", NULL);
  g_autofree char *absolute = g_canonicalize_filename (store->path, NULL);
  g_autofree char *uri = NULL;
  g_autofree char *immutable = NULL;
  GStatBuf st;
  int rc;

  if ((sqlite3_errcode (store->db) & 0xff) != SQLITE_READONLY
      && (sqlite3_errcode (store->db) & 0xff) != SQLITE_CANTOPEN)
    return FALSE;
  if (g_stat (wal, &st) == 0 && st.st_size > 0)
    return FALSE; /* unfinished writes: reading the file alone would miss them */
  uri = g_filename_to_uri (absolute, NULL, NULL);
  if (uri == NULL)
    return FALSE;
  immutable = g_strconcat (uri, "?immutable=1", NULL);
  sqlite3_close (store->db);
  store->db = NULL;
  rc = sqlite3_open_v2 (immutable, &store->db,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);
  if (store->db)
    harden (store->db);
  g_free (store->db_name);
  store->db_name = g_steal_pointer (&immutable);
  store->db_flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
  return rc == SQLITE_OK;
}

static SlProjectStore *
open_store (const char *path, gboolean create, gboolean read_only, GError **error)
{
  g_autoptr (SlProjectStore) store = g_new0 (SlProjectStore, 1);
  gboolean exists = FALSE;
  gsize head = 0;
  int flags = SQLITE_OPEN_NOMUTEX;
  gint64 app_id, version;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  store->manual = g_array_new (FALSE, FALSE, sizeof (guint32));
  if (!file_is_sqlite (path, &exists, &head, error))
    return NULL;
  if (!exists && !create)
    {
      g_set_error (error, SL_STORE_ERROR, SL_STORE_ERROR_IO, _("“%s” does not exist"), path);
      return NULL;
    }
  store->read_only = read_only || (exists && access (path, W_OK) != 0);
  flags |= store->read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (create && !exists)
    flags |= SQLITE_OPEN_CREATE;

  store->path = g_strdup (path);
  store->db_name = g_strdup (path);
  store->db_flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX;
  rc = sqlite3_open_v2 (path, &store->db, flags, NULL);
  if (rc != SQLITE_OK)
    {
      sql_fail (store, rc, error, path);
      return NULL;
    }
  harden (store->db);
  sqlite3_busy_timeout (store->db, 1500);

  app_id = query_int (store, "PRAGMA application_id");
  if (app_id < 0 && store->read_only && reopen_immutable (store))
    app_id = query_int (store, "PRAGMA application_id");
  version = query_int (store, "PRAGMA user_version");
  if (app_id < 0 || version < 0)
    {
      rc = sqlite3_errcode (store->db);
      sql_fail (store, rc == SQLITE_OK ? SQLITE_CORRUPT : rc, error, path);
      return NULL;
    }

  if (app_id == 0 && version == 0 && query_int (store, "PRAGMA page_count") <= 0)
    {
      /* a new project */
      g_autofree char *sql = g_strdup_printf ("BEGIN; %s PRAGMA application_id = %d;"
                                              " PRAGMA user_version = %d; COMMIT;",
                                              schema_v1, SL_PROJECT_APPLICATION_ID,
                                              SL_PROJECT_SCHEMA_VERSION);
      if (store->read_only)
        {
          g_set_error (error, SL_STORE_ERROR, SL_STORE_ERROR_READ_ONLY,
                       _("“%s” is empty and read-only"), path);
          return NULL;
        }
      if (!exec (store, sql, "creating the project", error))
        {
          rollback (store);
          return NULL;
        }
    }
  else if (app_id != SL_PROJECT_APPLICATION_ID)
    {
      g_set_error (error, SL_STORE_ERROR, SL_STORE_ERROR_NOT_A_PROJECT,
                   _("“%s” is an SQLite database of another program, not a Sourceline project"),
                   path);
      return NULL;
    }
  else if (version > SL_PROJECT_SCHEMA_VERSION)
    {
      g_set_error (error, SL_STORE_ERROR, SL_STORE_ERROR_TOO_NEW,
                   _("“%s” was written by a newer Sourceline (project version %lld; this one reads up to %d)"),
                   path, (long long) version, SL_PROJECT_SCHEMA_VERSION);
      return NULL;
    }
  else if (query_int (store, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                             "('documents','sources','claims','events','edits')") != 5)
    {
      g_set_error (error, SL_STORE_ERROR, SL_STORE_ERROR_CORRUPT,
                   _("“%s” is missing parts of a Sourceline project"), path);
      return NULL;
    }

  if (!store->read_only
      && !exec (store, "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL;"
                       " PRAGMA synchronous = NORMAL;", path, error))
    return NULL;
  if (!store->read_only
      && (!ensure_claims_via_index (store, error) || !ensure_graph_pins_table (store, error)
          || !ensure_story_tables (store, error)))
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
  g_array_unref (store->manual);
  g_free (store->path);
  g_free (store->db_name);
  g_free (store);
}

gboolean
sl_project_store_copy (const char *from, const char *to, GError **error)
{
  SlProjectStore tmp = { 0 };
  sqlite3_stmt *st = NULL;
  int rc;

  g_return_val_if_fail (from != NULL && to != NULL, FALSE);
  rc = sqlite3_open_v2 (from, &tmp.db, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    {
      harden (tmp.db);
      rc = sqlite3_prepare_v2 (tmp.db, "VACUUM INTO ?", -1, &st, NULL);
    }
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (st, 1, to, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (st);
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  if (rc != SQLITE_OK)
    sql_fail (&tmp, rc, error, "copying the project");
  sqlite3_finalize (st);
  sqlite3_close (tmp.db);
  return rc == SQLITE_OK;
}

gboolean
sl_project_store_is_read_only (SlProjectStore *store)
{
  g_return_val_if_fail (store != NULL, TRUE);
  return store->read_only;
}

const char *
sl_project_store_get_path (SlProjectStore *store)
{
  g_return_val_if_fail (store != NULL, NULL);
  return store->path;
}

static gboolean
writable (SlProjectStore *store, GError **error)
{
  if (store->read_only)
    {
      g_set_error (error, SL_STORE_ERROR, SL_STORE_ERROR_READ_ONLY,
                   _("“%s” is read-only; save a copy to change it"), store->path);
      return FALSE;
    }
  return TRUE;
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
char *
sl_project_content_hash (const char *text, gsize len)
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
  return g_strndup (g_checksum_get_string (sum), 32);
}

static gboolean
insert_document (SlProjectStore *store, sqlite3_stmt *st, gint64 id, const char *hash,
                 const char *path, const char *title, const char *outlet, const char *url,
                 const char *author, const char *dct, int dct_source, const char *text,
                 gsize text_len, gboolean *added, GError **error)
{
  int rc;

  sqlite3_reset (st);
  if (id > 0)
    sqlite3_bind_int64 (st, 1, id);
  else
    sqlite3_bind_null (st, 1);
  sqlite3_bind_text (st, 2, hash, -1, SQLITE_TRANSIENT);
  bind_text_or_null (st, 3, path);
  bind_text_or_null (st, 4, title);
  bind_text_or_null (st, 5, outlet);
  bind_text_or_null (st, 6, url);
  bind_text_or_null (st, 7, author);
  bind_text_or_null (st, 8, dct);
  sqlite3_bind_int (st, 9, dct_source);
  sqlite3_bind_text (st, 10, text ? text : "", (int) text_len, SQLITE_STATIC);
  rc = sqlite3_step (st);
  if (rc != SQLITE_DONE)
    return sql_fail (store, rc, error, "writing the project");
  *added = sqlite3_changes (store->db) > 0;
  return TRUE;
}

static const char insert_document_sql[] =
  "INSERT OR IGNORE INTO documents (id, hash, path, title, outlet, url, author, dct,"
  " dct_source, text) VALUES (?,?,?,?,?,?,?,?,?,?)";

gboolean
sl_project_store_add_documents (SlProjectStore *store, SlDocument **docs, guint n_docs,
                                guint *n_added, guint *n_duplicates, GError **error)
{
  g_autoptr (sqlite3_stmt) st = NULL;
  guint added = 0, dups = 0;

  g_return_val_if_fail (store != NULL, FALSE);
  if (!writable (store, error) || !exec (store, "BEGIN IMMEDIATE", "importing", error))
    return FALSE;
  if ((st = prepare (store, insert_document_sql, error)) == NULL)
    {
      rollback (store);
      return FALSE;
    }
  for (guint i = 0; i < n_docs; i++)
    {
      SlDocument *d = docs[i];
      g_autofree char *hash = sl_project_content_hash (d->text, d->text_len);
      char dct[32];
      gboolean was_added = FALSE;

      if (!insert_document (store, st, 0, hash, d->path, d->title, d->outlet, d->url, d->author,
                            d->dct.prec != SL_PREC_NONE
                              ? sl_date_to_value (&d->dct, dct, sizeof dct) : NULL,
                            d->dct_source, d->text, d->text_len, &was_added, error))
        {
          rollback (store);
          return FALSE;
        }
      was_added ? added++ : dups++;
    }
  if (!exec (store, "COMMIT", "importing", error))
    {
      rollback (store);
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
  g_return_val_if_fail (store != NULL, 0);
  return MAX (query_int (store, "SELECT count(*) FROM documents"), 0);
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

  st = prepare (store, "SELECT path, title, outlet, url, author, dct, dct_source, text"
                       " FROM documents ORDER BY id", error);
  if (st == NULL)
    return NULL;
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
      sql_fail (store, rc, error, "reading the project");
      return NULL;
    }
  return g_steal_pointer (&docs);
}

/* ——— extraction results ——— */

static void
bind_str (sqlite3_stmt *st, int col, const SlModel *model, guint32 id)
{
  bind_text_or_null (st, col, sl_model_str (model, id));
}

static void
bind_index (sqlite3_stmt *st, int col, guint32 index)
{
  if (index == SL_NONE)
    sqlite3_bind_null (st, col);
  else
    sqlite3_bind_int64 (st, col, (gint64) index + 1);
}

static gboolean
step_done (SlProjectStore *store, sqlite3_stmt *st, GError **error)
{
  int rc = sqlite3_step (st);

  sqlite3_reset (st);
  return rc == SQLITE_DONE || sql_fail (store, rc, error, "writing the project");
}

static const SlDoc *
doc_with_hash (SlModel *model, guint32 i)
{
  SlDoc *d = sl_model_doc_mut (model, i);

  if (d->hash == 0)
    {
      gsize len;
      const char *text = sl_model_doc_text (model, i, &len);
      g_autofree char *hash = sl_project_content_hash (text ? text : "", text ? len : 0);
      d = sl_model_doc_mut (model, i);
      d->hash = sl_model_intern (model, hash);
    }
  return d;
}

static gboolean
write_tail (SlProjectStore *store, SlModel *model, GError **error)
{
  g_autoptr (sqlite3_stmt) doc_st = NULL, src_st = NULL, alias_st = NULL, tx_st = NULL;
  g_autoptr (sqlite3_stmt) cl_st = NULL, ev_st = NULL, efts_st = NULL, sfts_st = NULL;
  guint n_docs = sl_model_n_docs (model), n_sources = sl_model_n_sources (model);
  guint n_claims = sl_model_n_claims (model), n_timexes = sl_model_n_timexes (model);
  guint n_events = sl_model_n_events (model);

  if (!(doc_st = prepare (store, insert_document_sql, error))
      || !(src_st = prepare (store, "INSERT INTO sources (id, name, kind, title) VALUES (?,?,?,?)",
                             error))
      || !(alias_st = prepare (store, "INSERT OR IGNORE INTO source_aliases VALUES (?,?)", error))
      || !(tx_st = prepare (store, "INSERT INTO timexes VALUES (?,?,?,?,?,?,?,?,?)", error))
      || !(cl_st = prepare (store, "INSERT INTO claims VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                            error))
      || !(ev_st = prepare (store, "INSERT INTO events (id, doc, label, \"when\", timex, mod,"
                                   " category, flags, start, end_t, sentence_begin,"
                                   " sentence_end, claims, actors)"
                                   " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", error))
      || !(efts_st = prepare (store, "INSERT INTO events_fts (rowid, label, sentence)"
                                     " VALUES (?,?,?)", error))
      || !(sfts_st = prepare (store, "INSERT INTO sources_fts (rowid, names) VALUES (?,?)",
                              error)))
    return FALSE;

  for (guint32 i = store->saved_docs; i < n_docs; i++)
    {
      const SlDoc *d = doc_with_hash (model, i);
      gsize len;
      const char *text = sl_model_doc_text (model, i, &len);
      gboolean added;

      d = sl_model_doc (model, i);
      if (!insert_document (store, doc_st, (gint64) i + 1, sl_model_str (model, d->hash),
                            sl_model_str (model, d->path), sl_model_str (model, d->title),
                            sl_model_str (model, d->outlet), sl_model_str (model, d->url), NULL,
                            sl_model_str (model, d->dct), d->dct_source, text, len, &added,
                            error))
        return FALSE;
      if (!added)
        {
          g_set_error (error, SL_STORE_ERROR, SL_STORE_ERROR_IO,
                       _("“%s” is already in the project"), sl_model_str (model, d->path));
          return FALSE;
        }
    }

  for (guint32 i = store->saved_sources; i < n_sources; i++)
    {
      const SlSource *s = sl_model_source (model, i);
      g_autoptr (GString) names = g_string_new (sl_model_str (model, s->name));

      sqlite3_bind_int64 (src_st, 1, (gint64) i + 1);
      bind_str (src_st, 2, model, s->name);
      sqlite3_bind_int (src_st, 3, s->kind);
      bind_str (src_st, 4, model, s->title);
      if (!step_done (store, src_st, error))
        return FALSE;
      for (guint32 it = s->alias_head; it != SL_NONE;)
        g_string_append_printf (names, " %s",
                                sl_model_str (model, sl_model_source_alias_next (model, &it)));
      sqlite3_bind_int64 (sfts_st, 1, (gint64) i + 1);
      sqlite3_bind_text (sfts_st, 2, names->str, -1, SQLITE_TRANSIENT);
      if (!step_done (store, sfts_st, error))
        return FALSE;
    }
  /* aliases can grow on sources stored earlier, when a new article names them anew */
  for (guint32 i = 0; i < n_sources; i++)
    {
      const SlSource *s = sl_model_source (model, i);
      for (guint32 it = s->alias_head; it != SL_NONE;)
        {
          sqlite3_bind_int64 (alias_st, 1, (gint64) i + 1);
          bind_str (alias_st, 2, model, sl_model_source_alias_next (model, &it));
          if (!step_done (store, alias_st, error))
            return FALSE;
        }
    }

  for (guint32 i = store->saved_timexes; i < n_timexes; i++)
    {
      const SlTimex *t = sl_model_timex (model, i);
      sqlite3_bind_int64 (tx_st, 1, (gint64) i + 1);
      sqlite3_bind_int64 (tx_st, 2, (gint64) t->doc + 1);
      sqlite3_bind_int (tx_st, 3, t->begin);
      sqlite3_bind_int (tx_st, 4, t->end);
      sqlite3_bind_int (tx_st, 5, t->type);
      sqlite3_bind_int (tx_st, 6, t->mod);
      bind_str (tx_st, 7, model, t->value);
      sqlite3_bind_int64 (tx_st, 8, t->start);
      sqlite3_bind_int64 (tx_st, 9, t->end_t);
      if (!step_done (store, tx_st, error))
        return FALSE;
    }

  for (guint32 i = store->saved_claims; i < n_claims; i++)
    {
      const SlClaim *c = sl_model_claim (model, i);
      sqlite3_bind_int64 (cl_st, 1, (gint64) i + 1);
      sqlite3_bind_int64 (cl_st, 2, (gint64) c->doc + 1);
      sqlite3_bind_int64 (cl_st, 3, (gint64) c->source + 1);
      bind_index (cl_st, 4, c->via);
      bind_str (cl_st, 5, model, c->cue);
      sqlite3_bind_int (cl_st, 6, c->stance);
      bind_str (cl_st, 7, model, c->said_on);
      sqlite3_bind_int64 (cl_st, 8, c->said_start);
      sqlite3_bind_int64 (cl_st, 9, c->said_end);
      sqlite3_bind_int (cl_st, 10, c->cue_begin);
      sqlite3_bind_int (cl_st, 11, c->cue_end);
      sqlite3_bind_int (cl_st, 12, c->source_begin);
      sqlite3_bind_int (cl_st, 13, c->source_end);
      sqlite3_bind_int (cl_st, 14, c->content_begin);
      sqlite3_bind_int (cl_st, 15, c->content_end);
      if (!step_done (store, cl_st, error))
        return FALSE;
    }

  for (guint32 i = store->saved_events; i < n_events; i++)
    {
      const SlEvent *e = sl_model_event (model, i);
      guint nc, na;
      const guint32 *claims = sl_model_event_claims (model, i, &nc);
      const guint32 *actors = sl_model_event_actors (model, i, &na);
      gint64 id;

      if (e->flags & SL_EVENT_MANUAL)
        {
          /* the analyst's own events live in the edits */
          g_array_append_val (store->manual, i);
          continue;
        }
      id = store->saved_machine + 1;
      sqlite3_bind_int64 (ev_st, 1, id);
      sqlite3_bind_int64 (ev_st, 2, (gint64) e->doc + 1);
      bind_str (ev_st, 3, model, e->label);
      bind_str (ev_st, 4, model, e->when);
      bind_index (ev_st, 5, e->timex);
      sqlite3_bind_int (ev_st, 6, e->mod);
      sqlite3_bind_int (ev_st, 7, e->category);
      /* the analyst's flags are edits, not extraction results */
      sqlite3_bind_int (ev_st, 8, e->flags & SL_EVENT_CONTESTED);
      sqlite3_bind_int64 (ev_st, 9, e->start);
      sqlite3_bind_int64 (ev_st, 10, e->end_t);
      sqlite3_bind_int (ev_st, 11, e->sentence_begin);
      sqlite3_bind_int (ev_st, 12, e->sentence_end);
      sqlite3_bind_blob (ev_st, 13, claims, nc * sizeof (guint32), SQLITE_STATIC);
      sqlite3_bind_blob (ev_st, 14, actors, na * sizeof (guint32), SQLITE_STATIC);
      if (!step_done (store, ev_st, error))
        return FALSE;
      store->saved_machine++;

      {
        gsize len;
        const char *text = sl_model_doc_text (model, e->doc, &len);
        sqlite3_bind_int64 (efts_st, 1, id);
        bind_str (efts_st, 2, model, e->label);
        if (text && e->sentence_end > e->sentence_begin && e->sentence_end <= len)
          sqlite3_bind_text (efts_st, 3, text + e->sentence_begin,
                             e->sentence_end - e->sentence_begin, SQLITE_STATIC);
        else
          sqlite3_bind_null (efts_st, 3);
        if (!step_done (store, efts_st, error))
          return FALSE;
      }
    }
  return TRUE;
}

/* What the store believes it holds, to restore when a write is rolled back. */
typedef struct
{
  guint   docs, sources, claims, timexes, events, machine;
  GArray *manual;
} Saved;

static void
saved_take (SlProjectStore *store, Saved *snap)
{
  snap->docs = store->saved_docs;
  snap->sources = store->saved_sources;
  snap->claims = store->saved_claims;
  snap->timexes = store->saved_timexes;
  snap->events = store->saved_events;
  snap->machine = store->saved_machine;
  snap->manual = g_array_copy (store->manual);
}

static void
saved_restore (SlProjectStore *store, Saved *snap)
{
  store->saved_docs = snap->docs;
  store->saved_sources = snap->sources;
  store->saved_claims = snap->claims;
  store->saved_timexes = snap->timexes;
  store->saved_events = snap->events;
  store->saved_machine = snap->machine;
  g_array_unref (store->manual);
  store->manual = g_steal_pointer (&snap->manual);
}

static void
mark_saved (SlProjectStore *store, SlModel *model)
{
  store->saved_docs = sl_model_n_docs (model);
  store->saved_sources = sl_model_n_sources (model);
  store->saved_claims = sl_model_n_claims (model);
  store->saved_timexes = sl_model_n_timexes (model);
  store->saved_events = sl_model_n_events (model);
}

gboolean
sl_project_store_save_model (SlProjectStore *store, SlModel *model, GError **error)
{
  Saved snap;

  g_return_val_if_fail (store != NULL && model != NULL, FALSE);

  if (!writable (store, error) || !exec (store, "BEGIN IMMEDIATE", "saving", error))
    return FALSE;
  /* a large batch spills fewer pages with a bigger cache; reading needs no more than the
   * default, and keeps the window's memory small */
  exec (store, "PRAGMA cache_size = -32768", "saving", NULL);
  saved_take (store, &snap);
  if (!write_tail (store, model, error) || !exec (store, "COMMIT", "saving", error))
    {
      rollback (store);
      saved_restore (store, &snap);
      exec (store, "PRAGMA cache_size = -2000", "saving", NULL);
      return FALSE;
    }
  g_array_unref (snap.manual);
  exec (store, "PRAGMA cache_size = -2000", "saving", NULL);
  mark_saved (store, model);
  return TRUE;
}

gboolean
sl_project_store_replace_model (SlProjectStore *store, SlModel *model, GError **error)
{
  Saved snap;

  g_return_val_if_fail (store != NULL && model != NULL, FALSE);

  if (!writable (store, error) || !exec (store, "BEGIN IMMEDIATE", "re-extracting", error))
    return FALSE;
  exec (store, "PRAGMA cache_size = -32768", "re-extracting", NULL);
  saved_take (store, &snap);
  /* documents stay; everything derived from them is written anew */
  store->saved_docs = MIN ((guint) sl_project_store_n_documents (store), sl_model_n_docs (model));
  store->saved_sources = store->saved_claims = store->saved_timexes = store->saved_events = 0;
  store->saved_machine = 0;
  g_array_set_size (store->manual, 0);
  if (!exec (store, "INSERT INTO events_fts (events_fts) VALUES ('delete-all');"
                    " INSERT INTO sources_fts (sources_fts) VALUES ('delete-all');"
                    " DELETE FROM events; DELETE FROM claims; DELETE FROM timexes;"
                    " DELETE FROM source_aliases; DELETE FROM sources;", "re-extracting", error)
      || !write_tail (store, model, error) || !exec (store, "COMMIT", "re-extracting", error))
    {
      rollback (store);
      saved_restore (store, &snap);
      exec (store, "PRAGMA cache_size = -2000", "re-extracting", NULL);
      return FALSE;
    }
  g_array_unref (snap.manual);
  exec (store, "PRAGMA cache_size = -2000", "re-extracting", NULL);
  mark_saved (store, model);
  return TRUE;
}

static guint32
intern_column (SlModel *model, sqlite3_stmt *st, int col)
{
  const unsigned char *s = sqlite3_column_text (st, col);
  /* SQLite's text is NUL-terminated: no copy needed to look it up */
  return s ? sl_model_intern (model, (const char *) s) : 0;
}

/* An id read from the file, as a model index; anything out of range becomes SL_NONE. */
static guint32
index_column (sqlite3_stmt *st, int col, guint limit)
{
  gint64 v;

  if (sqlite3_column_type (st, col) == SQLITE_NULL)
    return SL_NONE;
  v = sqlite3_column_int64 (st, col);
  return v >= 1 && v <= limit ? (guint32) (v - 1) : SL_NONE;
}

/* Texts and event labels are read on first use through a connection of the model's own,
 * so a model can outlive its store. Shared by the two loaders, freed with the last. */
typedef struct
{
  gatomicrefcount ref;
  sqlite3 *db;
  sqlite3_stmt *text_st;
  sqlite3_stmt *label_st;
} FileReader;

static void
file_reader_unref (gpointer data)
{
  FileReader *r = data;

  if (!g_atomic_ref_count_dec (&r->ref))
    return;
  sqlite3_finalize (r->text_st);
  sqlite3_finalize (r->label_st);
  sqlite3_close (r->db);
  g_free (r);
}

static FileReader *
file_reader_new (const char *db_name, int db_flags, GError **error)
{
  FileReader *r = g_new0 (FileReader, 1);

  g_atomic_ref_count_init (&r->ref);
  if (sqlite3_open_v2 (db_name, &r->db, db_flags, NULL) != SQLITE_OK
      || sqlite3_prepare_v2 (r->db, "SELECT text FROM documents WHERE id = ?", -1, &r->text_st,
                             NULL) != SQLITE_OK
      || sqlite3_prepare_v2 (r->db, "SELECT label FROM events WHERE id = ?", -1, &r->label_st,
                             NULL) != SQLITE_OK)
    {
      g_set_error (error, SL_STORE_ERROR, SL_STORE_ERROR_IO, _("reading the project: %s"),
                   r->db ? sqlite3_errmsg (r->db) : "out of memory");
      file_reader_unref (r);
      return NULL;
    }
  harden (r->db);
  return r;
}

static char *
read_one (sqlite3_stmt *st, gint64 id, gsize *len)
{
  char *out = NULL;

  sqlite3_reset (st);
  sqlite3_bind_int64 (st, 1, id);
  if (sqlite3_step (st) == SQLITE_ROW)
    {
      const char *s = (const char *) sqlite3_column_text (st, 0);
      gsize n = sqlite3_column_bytes (st, 0);
      if (s && g_utf8_validate (s, n, NULL))
        {
          out = g_strndup (s, n);
          if (len)
            *len = n;
        }
    }
  sqlite3_reset (st);
  return out;
}

static char *
load_text (gpointer data, guint32 doc, gsize *len)
{
  return read_one (((FileReader *) data)->text_st, (gint64) doc + 1, len);
}

/* label k of the lazy range is the label of events row k + 1 */
static char *
load_label (gpointer data, guint32 k)
{
  return read_one (((FileReader *) data)->label_st, (gint64) k + 1, NULL);
}

/* Events are the bulk of a large project: they are read on a second connection, on a
 * worker thread, while this one reads the claims. The worker fills a scratch model (its own
 * strings, links checked against the counts read before it started); the main thread then
 * moves the events across. */
typedef struct
{
  char         *path;       /* the store's db_name */
  int           flags;
  guint         n_docs, n_timexes, n_claims, n_sources;
  gint64        n_rows;
  GCancellable *cancellable;
  SlModel      *scratch;
  GError       *error;
} EventReader;

static gpointer
read_events_thread (gpointer data)
{
  EventReader *r = data;
  sqlite3 *db = NULL;
  sqlite3_stmt *st = NULL;
  g_autoptr (GArray) links = g_array_new (FALSE, FALSE, sizeof (guint32));
  gint64 row = 0;
  int rc;

  r->scratch = sl_model_new ();
  sl_model_reserve (r->scratch, 0, 0, 0, 0, r->n_rows, r->n_rows * 2, 0);
  if (sqlite3_open_v2 (r->path, &db, r->flags, NULL) != SQLITE_OK
      || (harden (db), sqlite3_exec (db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
      || sqlite3_prepare_v2 (db, "SELECT id, doc, \"when\", timex, mod, category, flags,"
                                 " start, end_t, sentence_begin, sentence_end, claims, actors"
                                 " FROM events ORDER BY id", -1, &st, NULL) != SQLITE_OK)
    {
      g_set_error (&r->error, SL_STORE_ERROR, SL_STORE_ERROR_IO, _("reading the project: %s"),
                   db ? sqlite3_errmsg (db) : "out of memory");
      goto out;
    }
  while ((rc = sqlite3_step (st)) == SQLITE_ROW)
    {
      SlEvent e = { 0 };
      const guint32 *blob;
      guint nc, na;
      const unsigned char *when;
      gint64 id = sqlite3_column_int64 (st, 0);

      if (id != row + 1 || id > r->n_rows)
        {
          g_set_error (&r->error, SL_STORE_ERROR, SL_STORE_ERROR_CORRUPT,
                       _("the project file is damaged (event ids are not in sequence)"));
          goto out;
        }
      if ((++row & 0xffff) == 0 && g_cancellable_set_error_if_cancelled (r->cancellable, &r->error))
        goto out;
      /* an event of no known article is kept out of the views, not dropped, so that row
       * numbers and label ids stay aligned */
      if ((e.doc = index_column (st, 1, r->n_docs)) == SL_NONE)
        {
          /* (with no article at all there is none to hang it on) */
          if (r->n_docs == 0)
            {
              g_set_error (&r->error, SL_STORE_ERROR, SL_STORE_ERROR_CORRUPT,
                           _("the project file is damaged (events but no articles)"));
              goto out;
            }
          e.doc = 0;
          e.flags |= SL_EVENT_DELETED;
        }
      when = sqlite3_column_text (st, 2);
      e.when = when ? sl_model_intern (r->scratch, (const char *) when) : 0;
      e.timex = index_column (st, 3, r->n_timexes);
      e.mod = CLAMP (sqlite3_column_int (st, 4), 0, SL_MOD_COUNT - 1);
      e.category = CLAMP (sqlite3_column_int (st, 5), 0, SL_CATEGORY_COUNT - 1);
      e.flags |= sqlite3_column_int (st, 6) & SL_EVENT_CONTESTED;
      e.start = sqlite3_column_int64 (st, 7);
      e.end_t = sqlite3_column_int64 (st, 8);
      /* a time no article can give (out of order, or ages away) is kept out of the views,
       * like an event of no known article */
      if (!sl_time_interval_sane (e.start, e.end_t))
        {
          e.start = e.end_t = 0;
          e.flags |= SL_EVENT_DELETED;
        }
      e.sentence_begin = sqlite3_column_int (st, 9);
      e.sentence_end = sqlite3_column_int (st, 10);

      /* links are checked against what exists: a crafted file cannot point outside */
      g_array_set_size (links, 0);
      blob = sqlite3_column_blob (st, 11);
      nc = MIN (sqlite3_column_bytes (st, 11) / sizeof (guint32), G_MAXUINT16);
      for (guint k = 0; blob && k < nc; k++)
        if (blob[k] < r->n_claims)
          g_array_append_val (links, blob[k]);
      nc = links->len;
      blob = sqlite3_column_blob (st, 12);
      na = MIN (sqlite3_column_bytes (st, 12) / sizeof (guint32), G_MAXUINT16);
      for (guint k = 0; blob && k < na; k++)
        if (blob[k] < r->n_sources)
          g_array_append_val (links, blob[k]);
      na = links->len - nc;
      /* an empty array has no storage to point into */
      sl_model_add_event (r->scratch, &e, nc ? (const guint32 *) links->data : NULL, nc,
                          na ? (const guint32 *) links->data + nc : NULL, na);
    }
  if (rc != SQLITE_DONE)
    g_set_error (&r->error, SL_STORE_ERROR, error_code_for (rc), _("reading the project: %s"),
                 sqlite3_errmsg (db));
  else if (row != r->n_rows)
    g_set_error (&r->error, SL_STORE_ERROR, SL_STORE_ERROR_CORRUPT,
                 _("the project file changed while it was read; open it again"));
out:
  sqlite3_finalize (st);
  if (db)
    sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  sqlite3_close (db);
  return NULL;
}

/* Moves the worker's events into the model: labels become lazy strings of the file, `when`
 * values are re-interned through a small map (they are few distinct dates). */
static void
take_events (SlModel *model, SlModel *scratch, guint32 label_base)
{
  g_autoptr (GHashTable) when_map = g_hash_table_new (NULL, NULL);
  guint n = sl_model_n_events (scratch);

  for (guint32 i = 0; i < n; i++)
    {
      SlEvent e = *sl_model_event (scratch, i);
      guint nc, na;
      const guint32 *claims = sl_model_event_claims (scratch, i, &nc);
      const guint32 *actors = sl_model_event_actors (scratch, i, &na);
      gpointer mapped;

      if (e.when)
        {
          if (!g_hash_table_lookup_extended (when_map, GUINT_TO_POINTER (e.when), NULL, &mapped))
            {
              mapped = GUINT_TO_POINTER (sl_model_intern (model, sl_model_str (scratch, e.when)));
              g_hash_table_insert (when_map, GUINT_TO_POINTER (e.when), mapped);
            }
          e.when = GPOINTER_TO_UINT (mapped);
        }
      e.label = label_base + i;
      sl_model_add_event (model, &e, claims, nc, actors, na);
    }
}

/* Claims, on the main connection while the worker reads the events. */
static gboolean
load_claims (SlProjectStore *store, SlModel *model, guint n_docs, guint n_sources,
             GError **error)
{
  g_autoptr (sqlite3_stmt) st = NULL;
  g_autoptr (GArray) vias = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  if (!(st = prepare (store, "SELECT id, doc, source, via, cue, stance, said_on, said_start,"
                             " said_end, cue_begin, cue_end, source_begin, source_end,"
                             " content_begin, content_end FROM claims ORDER BY id", error)))
    return FALSE;
  while ((rc = sqlite3_step (st)) == SQLITE_ROW)
    {
      SlClaim c = { 0 };
      guint n = sl_model_n_claims (model);

      c.doc = index_column (st, 1, n_docs);
      c.source = index_column (st, 2, n_sources);
      /* via may point forward: set once every claim is in */
      c.via = SL_NONE;
      {
        gint64 v = sqlite3_column_type (st, 3) == SQLITE_NULL ? 0 : sqlite3_column_int64 (st, 3);
        g_array_append_val (vias, v);
      }
      if (sqlite3_column_int64 (st, 0) != (gint64) n + 1 || c.doc == SL_NONE
          || c.source == SL_NONE)
        {
          g_set_error (error, SL_STORE_ERROR, SL_STORE_ERROR_CORRUPT,
                       _("the project file is damaged (claim %lld)"),
                       (long long) sqlite3_column_int64 (st, 0));
          return FALSE;
        }
      c.cue = intern_column (model, st, 4);
      c.stance = CLAMP (sqlite3_column_int (st, 5), 0, SL_STANCE_COUNT - 1);
      c.said_on = intern_column (model, st, 6);
      c.said_start = sqlite3_column_int64 (st, 7);
      c.said_end = sqlite3_column_int64 (st, 8);
      if (!sl_time_interval_sane (c.said_start, c.said_end))
        c.said_start = c.said_end = 0;
      c.cue_begin = sqlite3_column_int (st, 9);
      c.cue_end = sqlite3_column_int (st, 10);
      c.source_begin = sqlite3_column_int (st, 11);
      c.source_end = sqlite3_column_int (st, 12);
      c.content_begin = sqlite3_column_int (st, 13);
      c.content_end = sqlite3_column_int (st, 14);
      sl_model_add_claim (model, &c);
    }
  if (rc != SQLITE_DONE)
    return sql_fail (store, rc, error, "reading the project");
  for (guint32 i = 0; i < vias->len; i++)
    {
      gint64 v = g_array_index (vias, gint64, i);
      /* checked against what exists, and never a claim through itself */
      if (v >= 1 && v <= (gint64) vias->len && v - 1 != i)
        sl_model_claim_mut (model, i)->via = (guint32) (v - 1);
    }
  return TRUE;
}

static gboolean
load_rows (SlProjectStore *store, SlModel *model, FileReader *reader, GCancellable *cancellable,
           SlProgressFunc progress, gpointer user_data, GError **error)
{
  g_autoptr (sqlite3_stmt) st = NULL;
  gint64 n_events_total = MAX (query_int (store, "SELECT count(*) FROM events"), 0);
  guint32 label_base;
  gint64 n_claims_total = MAX (query_int (store, "SELECT count(*) FROM claims"), 0);

  /* sized once: growing arrays of a million items step by step leaves holes behind */
  sl_model_reserve (model, MAX (query_int (store, "SELECT count(*) FROM documents"), 0),
                    MAX (query_int (store, "SELECT count(*) FROM timexes"), 0),
                    MAX (query_int (store, "SELECT count(*) FROM sources"), 0), n_claims_total,
                    n_events_total, n_events_total + n_claims_total, 0);
  guint n_docs, n_sources;
  int rc;

  /* documents, texts left in the file until needed */
  if (!(st = prepare (store, "SELECT id, hash, path, title, outlet, url, dct, dct_source"
                             " FROM documents ORDER BY id", error)))
    return FALSE;
  while ((rc = sqlite3_step (st)) == SQLITE_ROW)
    {
      SlDoc d = { 0 };
      if (sqlite3_column_int64 (st, 0) != (gint64) sl_model_n_docs (model) + 1)
        {
          g_set_error (error, SL_STORE_ERROR, SL_STORE_ERROR_CORRUPT,
                       _("the project file is damaged (document ids are not in sequence)"));
          return FALSE;
        }
      d.hash = intern_column (model, st, 1);
      d.path = intern_column (model, st, 2);
      d.title = intern_column (model, st, 3);
      d.outlet = intern_column (model, st, 4);
      d.url = intern_column (model, st, 5);
      d.dct = intern_column (model, st, 6);
      if (d.dct && sl_date_from_value (sl_model_str (model, d.dct), &d.dct_date))
        d.dct_source = CLAMP (sqlite3_column_int (st, 7), SL_DCT_NONE, SL_DCT_GIVEN);
      else
        d.dct = 0;
      sl_model_add_doc (model, &d);
    }
  if (rc != SQLITE_DONE)
    return sql_fail (store, rc, error, "reading the project");
  g_clear_pointer (&st, sqlite3_finalize);
  n_docs = sl_model_n_docs (model);

  if (!(st = prepare (store, "SELECT id, name, kind, title FROM sources ORDER BY id", error)))
    return FALSE;
  while ((rc = sqlite3_step (st)) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (st, 1);
      guint32 got;

      if (sqlite3_column_int64 (st, 0) != (gint64) sl_model_n_sources (model) + 1)
        {
          g_set_error (error, SL_STORE_ERROR, SL_STORE_ERROR_CORRUPT,
                       _("the project file is damaged (source ids are not in sequence)"));
          return FALSE;
        }
      /* every source has a name, in UTF-8: the model and the views rely on it */
      if (name == NULL || *name == '\0' || !g_utf8_validate (name, -1, NULL))
        {
          g_set_error (error, SL_STORE_ERROR, SL_STORE_ERROR_CORRUPT,
                       _("the project file is damaged (source %u has no readable name)"),
                       sl_model_n_sources (model) + 1);
          return FALSE;
        }
      got = sl_model_add_source (model, name, CLAMP (sqlite3_column_int (st, 2), 0,
                                                     SL_SOURCE_KIND_COUNT - 1),
                                 (const char *) sqlite3_column_text (st, 3));
      if (got != sl_model_n_sources (model) - 1)
        {
          g_set_error (error, SL_STORE_ERROR, SL_STORE_ERROR_CORRUPT,
                       _("the project file is damaged (source “%s” appears twice)"), name);
          return FALSE;
        }
    }
  if (rc != SQLITE_DONE)
    return sql_fail (store, rc, error, "reading the project");
  g_clear_pointer (&st, sqlite3_finalize);
  n_sources = sl_model_n_sources (model);

  if (!(st = prepare (store, "SELECT source, alias FROM source_aliases", error)))
    return FALSE;
  while ((rc = sqlite3_step (st)) == SQLITE_ROW)
    {
      guint32 s = index_column (st, 0, n_sources);
      const char *alias = (const char *) sqlite3_column_text (st, 1);

      /* an alias that says nothing is skipped, like one of no known source */
      if (s != SL_NONE && alias != NULL && *alias != '\0' && g_utf8_validate (alias, -1, NULL))
        sl_model_add_source_alias (model, s, alias);
    }
  g_clear_pointer (&st, sqlite3_finalize);

  if (!(st = prepare (store, "SELECT doc, \"begin\", \"end\", type, mod, value, start, end_t"
                             " FROM timexes ORDER BY id", error)))
    return FALSE;
  while ((rc = sqlite3_step (st)) == SQLITE_ROW)
    {
      SlTimex t = { 0 };
      if ((t.doc = index_column (st, 0, n_docs)) == SL_NONE)
        continue;
      t.begin = sqlite3_column_int (st, 1);
      t.end = sqlite3_column_int (st, 2);
      t.type = CLAMP (sqlite3_column_int (st, 3), 0, SL_TIMEX_SET);
      t.mod = CLAMP (sqlite3_column_int (st, 4), 0, SL_MOD_COUNT - 1);
      t.value = intern_column (model, st, 5);
      t.start = sqlite3_column_int64 (st, 6);
      t.end_t = sqlite3_column_int64 (st, 7);
      if (!sl_time_interval_sane (t.start, t.end_t))
        t.start = t.end_t = 0;
      sl_model_add_timex (model, &t);
    }
  g_clear_pointer (&st, sqlite3_finalize);

  {
    EventReader job = { store->db_name, store->db_flags, n_docs, sl_model_n_timexes (model),
                        (guint) n_claims_total, n_sources, n_events_total, cancellable, NULL,
                        NULL };
    GThread *thread = g_thread_new ("sl-read-events", read_events_thread, &job);
    gboolean ok = load_claims (store, model, n_docs, n_sources, error);

    g_thread_join (thread);
    /* the events' links were checked against the count of claims; a file whose count and
     * rows disagree (a damaged index answers the count) would let them point past the end */
    if (ok && !job.error && sl_model_n_claims (model) != (guint) n_claims_total)
      {
        g_set_error (&job.error, SL_STORE_ERROR, SL_STORE_ERROR_CORRUPT,
                     _("the project file is damaged (%u claims listed, %u found)"),
                     (guint) n_claims_total, sl_model_n_claims (model));
      }
    if (!ok || job.error)
      {
        if (ok)
          g_propagate_error (error, job.error);
        else
          g_clear_error (&job.error);
        g_clear_pointer (&job.scratch, sl_model_unref);
        return FALSE;
      }
    /* labels stay in the file until a view draws them */
    g_atomic_ref_count_inc (&reader->ref);
    label_base = sl_model_add_lazy_strings (model, n_events_total, load_label, reader,
                                            file_reader_unref);
    take_events (model, job.scratch, label_base);
    g_clear_pointer (&job.scratch, sl_model_unref);
  }

  if (progress)
    progress (0.95, user_data);
  return TRUE;
}

SlModel *
sl_project_store_load_model (SlProjectStore *store, GCancellable *cancellable,
                             SlProgressFunc progress, gpointer user_data, GError **error)
{
  g_autoptr (SlModel) model = sl_model_new ();
  g_autoptr (GPtrArray) edits = NULL;
  FileReader *reader;
  gboolean ok;

  g_return_val_if_fail (store != NULL, NULL);

  if ((reader = file_reader_new (store->db_name, store->db_flags, error)) == NULL)
    return NULL;
  sl_model_set_text_loader (model, load_text, reader, file_reader_unref);

  /* one snapshot: a concurrent writer cannot tear what we read */
  if (!exec (store, "BEGIN", "reading the project", error))
    return NULL;
  ok = load_rows (store, model, reader, cancellable, progress, user_data, error);
  exec (store, "COMMIT", "reading the project", NULL);
  if (!ok)
    return NULL;
  mark_saved (store, model);
  store->saved_machine = sl_model_n_events (model);
  g_array_set_size (store->manual, 0);

  edits = sl_project_store_list_edits (store, error);
  if (edits == NULL)
    return NULL;
  store->edits_applied = 0;
  for (guint i = 0; i < edits->len; i++)
    store->edits_applied += sl_edit_apply (g_ptr_array_index (edits, i), model);
  /* events the edits added are the analyst's, not rows */
  for (guint32 i = store->saved_events; i < sl_model_n_events (model); i++)
    g_array_append_val (store->manual, i);
  store->saved_events = sl_model_n_events (model);
  if (progress)
    progress (1.0, user_data);
  return g_steal_pointer (&model);
}

/* ——— the analyst's edits ——— */

char *
sl_project_event_key (SlModel *model, guint32 event)
{
  const SlEvent *e;
  const SlDoc *d;

  g_return_val_if_fail (model != NULL && event < sl_model_n_events (model), NULL);
  e = sl_model_event (model, event);
  if (e->flags & SL_EVENT_MANUAL)
    return g_strdup (sl_model_event_key (model, event));
  d = doc_with_hash (model, e->doc);
  /* the article, the sentence and the words that date it: stable across extractor versions */
  if (e->timex != SL_NONE && e->timex < sl_model_n_timexes (model))
    return g_strdup_printf ("E:%s:%u:%u", sl_model_str (model, d->hash), e->sentence_begin,
                            sl_model_timex (model, e->timex)->begin);
  /* an event stated by a structured file has no timex: its own lines identify it */
  return g_strdup_printf ("E:%s:%u:S%u", sl_model_str (model, d->hash), e->sentence_begin,
                          e->sentence_end);
}

char *
sl_project_source_key (const SlModel *model, guint32 source)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (model != NULL && source < sl_model_n_sources (model), NULL);
  folded = g_utf8_casefold (sl_model_str (model, sl_model_source (model, source)->name), -1);
  return g_strconcat ("S:", folded, NULL);
}

guint
sl_project_store_n_applied_edits (SlProjectStore *store)
{
  g_return_val_if_fail (store != NULL, 0);
  return store->edits_applied;
}

char *
sl_project_document_key (SlModel *model, guint32 doc)
{
  g_return_val_if_fail (model != NULL && doc < sl_model_n_docs (model), NULL);
  return g_strconcat ("D:", sl_model_str (model, doc_with_hash (model, doc)->hash), NULL);
}

GHashTable *
sl_project_store_dct_overrides (SlProjectStore *store, GError **error)
{
  g_autoptr (GPtrArray) edits = NULL;
  GHashTable *dates;

  g_return_val_if_fail (store != NULL, NULL);
  if ((edits = sl_project_store_list_edits (store, error)) == NULL)
    return NULL;
  dates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < edits->len; i++)
    {
      const SlEdit *e = g_ptr_array_index (edits, i);
      SlDate date;

      if (e->kind == SL_EDIT_DOC_DCT && g_str_has_prefix (e->target, "D:") && e->value != NULL
          && sl_date_from_value (e->value, &date))
        g_hash_table_insert (dates, g_strdup (e->target + 2), g_strdup (e->value));
    }
  return dates;
}

void
sl_edit_free (SlEdit *edit)
{
  if (edit == NULL)
    return;
  g_free (edit->target);
  g_free (edit->value);
  g_free (edit->value2);
  g_free (edit);
}

/* "E:<hash>:<sentence begin>:<timex begin>" or "E:<hash>:<sentence begin>:S<sentence end>",
 * matched by numbers, not by formatting every event's key: a project of a million events
 * replays its edits in a blink. */
static guint32
find_event_by_key (SlModel *model, const char *key)
{
  g_auto (GStrv) parts = NULL;
  guint32 doc = SL_NONE, sb, third;
  gboolean by_end;
  guint n_docs = sl_model_n_docs (model), n_timexes = sl_model_n_timexes (model);

  if (!g_str_has_prefix (key, "E:"))
    return SL_NONE;
  parts = g_strsplit (key + 2, ":", 4);
  if (g_strv_length (parts) != 3)
    return SL_NONE;
  sb = (guint32) g_ascii_strtoull (parts[1], NULL, 10);
  by_end = parts[2][0] == 'S';
  third = (guint32) g_ascii_strtoull (parts[2] + by_end, NULL, 10);
  for (guint32 i = 0; i < n_docs && doc == SL_NONE; i++)
    if (g_strcmp0 (sl_model_str (model, doc_with_hash (model, i)->hash), parts[0]) == 0)
      doc = i;
  if (doc == SL_NONE)
    return SL_NONE;
  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    {
      const SlEvent *ev = sl_model_event (model, e);
      gboolean dated = ev->timex != SL_NONE && ev->timex < n_timexes;

      if (ev->doc != doc || ev->sentence_begin != sb || (ev->flags & SL_EVENT_MANUAL))
        continue;
      if (by_end ? (!dated && ev->sentence_end == third)
                 : (dated && sl_model_timex (model, ev->timex)->begin == third))
        return e;
    }
  return SL_NONE;
}

static guint32
find_source_by_key (const SlModel *model, const char *key)
{
  if (!g_str_has_prefix (key, "S:"))
    return SL_NONE;
  return sl_model_find_source (model, key + 2);
}

static guint32
manual_event (SlModel *model, const char *key)
{
  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    if ((sl_model_event (model, e)->flags & SL_EVENT_MANUAL)
        && g_strcmp0 (sl_model_event_key (model, e), key) == 0)
      return e;
  return SL_NONE;
}

char *
sl_project_name_for_path (const char *path)
{
  char *name;
  gsize n, suffix = strlen (".sourceline");

  g_return_val_if_fail (path != NULL, NULL);
  name = g_path_get_basename (path);
  n = strlen (name);
  if (n > suffix && g_str_has_suffix (name, ".sourceline"))
    name[n - suffix] = '\0';
  return name;
}

gboolean
sl_project_document_is_analysts (const SlModel *model, guint32 doc)
{
  const SlDoc *d;

  g_return_val_if_fail (model != NULL, FALSE);
  if (doc >= sl_model_n_docs (model))
    return FALSE;
  d = sl_model_doc (model, doc);
  /* told by its key: its text, like the articles', may not be read yet */
  return d->path == 0 && d->hash != 0 && g_str_equal (sl_model_str (model, d->hash), "analyst");
}

/* Manual events belong to a document of the analyst's own, made on first need. */
static guint32
analyst_document (SlModel *model)
{
  SlDoc d = { 0 };

  for (guint32 i = 0; i < sl_model_n_docs (model); i++)
    if (sl_project_document_is_analysts (model, i))
      return i;
  d.title = sl_model_intern (model, "Added by the analyst");
  d.hash = sl_model_intern (model, "analyst");
  d.text = g_strdup ("");
  return sl_model_add_doc (model, &d);
}

gboolean
sl_edit_apply (const SlEdit *edit, SlModel *model)
{
  guint32 target;

  g_return_val_if_fail (edit != NULL && model != NULL, FALSE);

  switch (edit->kind)
    {
    case SL_EDIT_EVENT_DATE:
    case SL_EDIT_EVENT_LABEL:
    case SL_EDIT_EVENT_HIDDEN:
    case SL_EDIT_EVENT_DELETED:
    case SL_EDIT_EVENT_NOTE:
      {
        SlEvent *e;
        target = g_str_has_prefix (edit->target, "M:") ? manual_event (model, edit->target)
                                                        : find_event_by_key (model, edit->target);
        if (target == SL_NONE)
          return FALSE;
        e = sl_model_event_mut (model, target);
        if (edit->kind == SL_EDIT_EVENT_DATE)
          {
            SlTime s, t;
            if (edit->value == NULL
                || !sl_time_interval_from_value (edit->value, (SlMod) edit->number, &s, &t))
              return FALSE;
            e->when = sl_model_intern (model, edit->value);
            e->mod = CLAMP (edit->number, 0, SL_MOD_COUNT - 1);
            e->start = s;
            e->end_t = t;
          }
        else if (edit->kind == SL_EDIT_EVENT_LABEL && edit->value)
          e->label = sl_model_intern (model, edit->value);
        else if (edit->kind == SL_EDIT_EVENT_HIDDEN)
          e->flags = edit->number ? (e->flags | SL_EVENT_HIDDEN) : (e->flags & ~SL_EVENT_HIDDEN);
        else if (edit->kind == SL_EDIT_EVENT_DELETED)
          e->flags = edit->number ? (e->flags | SL_EVENT_DELETED) : (e->flags & ~SL_EVENT_DELETED);
        else if (edit->kind == SL_EDIT_EVENT_NOTE)
          sl_model_set_event_note (model, target, edit->value);
        e = sl_model_event_mut (model, target);
        e->flags |= SL_EVENT_EDITED;
        sl_model_events_changed (model);
        return TRUE;
      }
    case SL_EDIT_SOURCE_RENAME:
      {
        SlSource *s;
        guint32 old_name;
        if ((target = find_source_by_key (model, edit->target)) == SL_NONE || edit->value == NULL)
          return FALSE;
        s = sl_model_source_mut (model, target);
        old_name = s->name;
        s->name = sl_model_intern (model, edit->value);
        sl_model_add_source_alias (model, target, sl_model_str (model, old_name));
        return TRUE;
      }
    case SL_EDIT_SOURCE_MERGE:
      {
        guint32 into;
        if ((target = find_source_by_key (model, edit->target)) == SL_NONE
            || edit->value == NULL || (into = find_source_by_key (model, edit->value)) == SL_NONE)
          return FALSE;
        sl_model_merge_sources (model, target, into);
        sl_model_events_changed (model);
        return TRUE;
      }
    case SL_EDIT_SOURCE_GRADE:
      {
        SlSource *s;
        if ((target = find_source_by_key (model, edit->target)) == SL_NONE || edit->value == NULL
            || strlen (edit->value) != 2 || edit->value[0] < 'A' || edit->value[0] > 'F'
            || edit->value[1] < '1' || edit->value[1] > '6')
          return FALSE;
        s = sl_model_source_mut (model, target);
        s->reliability = edit->value[0];
        s->credibility = edit->value[1];
        return TRUE;
      }
    case SL_EDIT_MANUAL_EVENT:
      {
        SlEvent e = { 0 };
        guint32 idx;
        if (edit->value == NULL || edit->value2 == NULL
            || !sl_time_interval_from_value (edit->value2, (SlMod) edit->number, &e.start, &e.end_t))
          return FALSE;
        e.doc = analyst_document (model);
        e.label = sl_model_intern (model, edit->value);
        e.when = sl_model_intern (model, edit->value2);
        e.mod = CLAMP (edit->number, 0, SL_MOD_COUNT - 1);
        e.timex = SL_NONE;
        e.flags = SL_EVENT_MANUAL;
        idx = sl_model_add_event (model, &e, NULL, 0, NULL, 0);
        /* its key lets later edits (date, label, note, deletion) find it */
        sl_model_set_event_key (model, idx, edit->target);
        return TRUE;
      }
    case SL_EDIT_GRAPH_PIN:
      /* the pin lives in graph_pins; the edit only lets Undo put it back */
      return find_source_by_key (model, edit->target) != SL_NONE;
    case SL_EDIT_DOC_DCT:
      {
        /* the dates were resolved against it when the articles were read again; here the
         * article only says so */
        SlDate date;
        SlDoc *d;
        if (!g_str_has_prefix (edit->target, "D:") || edit->value == NULL
            || !sl_date_from_value (edit->value, &date) || date.prec == SL_PREC_NONE)
          return FALSE;
        for (guint32 i = 0; i < sl_model_n_docs (model); i++)
          if (g_strcmp0 (sl_model_str (model, doc_with_hash (model, i)->hash),
                         edit->target + 2) == 0)
            {
              guint32 value = sl_model_intern (model, edit->value);

              d = sl_model_doc_mut (model, i);
              d->dct_date = date;
              d->dct = value;
              d->dct_source = SL_DCT_GIVEN;
              return TRUE;
            }
        return FALSE;
      }
    default:
      return FALSE;
    }
}

gint64
sl_project_store_add_edit (SlProjectStore *store, SlModel *model, SlEditKind kind,
                           const char *target, const char *value, const char *value2,
                           gint64 number, GError **error)
{
  g_autoptr (sqlite3_stmt) st = NULL;
  g_autofree char *manual_key = NULL;
  SlEdit edit = { 0 };
  int rc;

  g_return_val_if_fail (store != NULL, -1);
  if (kind == SL_EDIT_MANUAL_EVENT && target == NULL)
    target = manual_key = g_strdup_printf ("M:%" G_GINT64_FORMAT ":%08x",
                                           g_get_real_time (), g_random_int ());
  g_return_val_if_fail (target != NULL, -1);
  if (!writable (store, error) || !exec (store, "BEGIN IMMEDIATE", "saving the edit", error))
    return -1;
  /* a new edit ends what could be redone */
  if (!exec (store, "DELETE FROM edits WHERE undone = 1", "saving the edit", error)
      || !(st = prepare (store, "INSERT INTO edits (kind, target, value, value2, number)"
                                " VALUES (?,?,?,?,?)", error)))
    {
      rollback (store);
      return -1;
    }
  sqlite3_bind_int (st, 1, kind);
  sqlite3_bind_text (st, 2, target, -1, SQLITE_TRANSIENT);
  bind_text_or_null (st, 3, value);
  bind_text_or_null (st, 4, value2);
  sqlite3_bind_int64 (st, 5, number);
  if ((rc = sqlite3_step (st)) != SQLITE_DONE || !exec (store, "COMMIT", "saving the edit", error))
    {
      if (rc != SQLITE_DONE)
        sql_fail (store, rc, error, "saving the edit");
      rollback (store);
      return -1;
    }
  edit.id = sqlite3_last_insert_rowid (store->db);
  edit.kind = kind;
  edit.target = (char *) target;
  edit.value = (char *) value;
  edit.value2 = (char *) value2;
  edit.number = number;
  if (model)
    {
      guint before = sl_model_n_events (model);
      sl_edit_apply (&edit, model);
      if (sl_model_n_events (model) > before && store->saved_events == before)
        {
          /* a manual event: the model grew, but not with extraction results */
          g_array_append_val (store->manual, before);
          store->saved_events = sl_model_n_events (model);
        }
    }
  return edit.id;
}

static gboolean
set_undone (SlProjectStore *store, const char *sql, GError **error)
{
  if (!writable (store, error))
    return FALSE;
  if (!exec (store, sql, "undoing", error))
    return FALSE;
  if (sqlite3_changes (store->db) == 0)
    {
      g_set_error (error, SL_STORE_ERROR, SL_STORE_ERROR_NOTHING_TO_UNDO, _("nothing to undo or redo"));
      return FALSE;
    }
  return TRUE;
}

gboolean
sl_project_store_undo (SlProjectStore *store, GError **error)
{
  g_return_val_if_fail (store != NULL, FALSE);
  return set_undone (store, "UPDATE edits SET undone = 1 WHERE id ="
                            " (SELECT max(id) FROM edits WHERE undone = 0)", error);
}

gboolean
sl_project_store_redo (SlProjectStore *store, GError **error)
{
  g_return_val_if_fail (store != NULL, FALSE);
  return set_undone (store, "UPDATE edits SET undone = 0 WHERE id ="
                            " (SELECT min(id) FROM edits WHERE undone = 1)", error);
}

gboolean
sl_project_store_can_undo (SlProjectStore *store)
{
  return !store->read_only && query_int (store, "SELECT count(*) FROM edits WHERE undone = 0") > 0;
}

gboolean
sl_project_store_can_redo (SlProjectStore *store)
{
  return !store->read_only && query_int (store, "SELECT count(*) FROM edits WHERE undone = 1") > 0;
}

GPtrArray *
sl_project_store_list_edits (SlProjectStore *store, GError **error)
{
  g_autoptr (sqlite3_stmt) st = NULL;
  GPtrArray *edits;
  int rc;

  g_return_val_if_fail (store != NULL, NULL);
  if (!(st = prepare (store, "SELECT id, kind, target, value, value2, number FROM edits"
                             " WHERE undone = 0 ORDER BY id", error)))
    return NULL;
  edits = g_ptr_array_new_with_free_func ((GDestroyNotify) sl_edit_free);
  while ((rc = sqlite3_step (st)) == SQLITE_ROW)
    {
      SlEdit *e = g_new0 (SlEdit, 1);
      e->id = sqlite3_column_int64 (st, 0);
      e->kind = sqlite3_column_int (st, 1);
      e->target = column_dup (st, 2);
      e->value = column_dup (st, 3);
      e->value2 = column_dup (st, 4);
      e->number = sqlite3_column_int64 (st, 5);
      if (e->target == NULL)
        sl_edit_free (e);
      else
        g_ptr_array_add (edits, e);
    }
  if (rc != SQLITE_DONE)
    {
      g_ptr_array_unref (edits);
      sql_fail (store, rc, error, "reading the edits");
      return NULL;
    }
  return edits;
}

/* ——— search ——— */

/* Each word of what the user typed, quoted (so FTS5 syntax cannot be injected) and matched
 * as a prefix, all words required. */
static char *
fts_query (const char *query)
{
  g_auto (GStrv) words = g_strsplit_set (query, " \t\n", -1);
  GString *q = g_string_new (NULL);

  for (guint i = 0; words[i]; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (q->len)
        g_string_append_c (q, ' ');
      g_string_append_c (q, '"');
      for (const char *c = words[i]; *c; c++)
        {
          if (*c == '"')
            g_string_append_c (q, '"');
          g_string_append_c (q, *c);
        }
      g_string_append (q, "\"*");
    }
  return g_string_free (q, q->len == 0);
}

/* Row id → model index: rows are the machine events in model order, with the analyst's
 * events interleaved in the model only. */
static gint64
event_index_of_id (SlProjectStore *store, gint64 id)
{
  gint64 idx = id - 1;

  if (id < 1 || id > store->saved_machine)
    return -1;
  for (guint k = 0; k < store->manual->len; k++)
    if (g_array_index (store->manual, guint32, k) <= idx)
      idx++;
  return idx;
}

gboolean
sl_project_store_search (SlProjectStore *store, const char *query, GArray *events,
                         GArray *sources, GError **error)
{
  g_autofree char *q = NULL;
  int rc;

  g_return_val_if_fail (store != NULL && query != NULL, FALSE);
  if ((q = fts_query (query)) == NULL)
    return TRUE;

  if (events)
    {
      g_autoptr (sqlite3_stmt) st = prepare (store, "SELECT rowid FROM events_fts"
                                                    " WHERE events_fts MATCH ?", error);
      if (st == NULL)
        return FALSE;
      sqlite3_bind_text (st, 1, q, -1, SQLITE_TRANSIENT);
      while ((rc = sqlite3_step (st)) == SQLITE_ROW)
        {
          gint64 idx = event_index_of_id (store, sqlite3_column_int64 (st, 0));
          if (idx >= 0)
            {
              guint32 v = idx;
              g_array_append_val (events, v);
            }
        }
      if (rc != SQLITE_DONE)
        return sql_fail (store, rc, error, "searching");
    }
  if (sources)
    {
      g_autoptr (sqlite3_stmt) st = prepare (store, "SELECT rowid FROM sources_fts"
                                                    " WHERE sources_fts MATCH ?", error);
      if (st == NULL)
        return FALSE;
      sqlite3_bind_text (st, 1, q, -1, SQLITE_TRANSIENT);
      while ((rc = sqlite3_step (st)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (st, 0);
          if (id >= 1 && id <= store->saved_sources)
            {
              guint32 v = id - 1;
              g_array_append_val (sources, v);
            }
        }
      if (rc != SQLITE_DONE)
        return sql_fail (store, rc, error, "searching");
    }
  return TRUE;
}

/* Graph pins */

/* Made on every writable open, so projects written before pins existed gain the table; the
 * schema version stays, as older readers ignore a table they do not know. */
/* claims.via is a deferred foreign key into claims itself. Once one claim points forward (to
 * a claim later in its sentence), SQLite checks every claim inserted after it for rows that
 * name it as their via: without this index each check scans the whole table, and saving an
 * article with a million claims took a quarter of an hour. Older projects get it on opening. */
static gboolean
ensure_claims_via_index (SlProjectStore *store, GError **error)
{
  return exec (store, "CREATE INDEX IF NOT EXISTS claims_via ON claims (via)",
               "preparing the project", error);
}

static gboolean
ensure_graph_pins_table (SlProjectStore *store, GError **error)
{
  return exec (store,
               "CREATE TABLE IF NOT EXISTS graph_pins ("
               "  source_key TEXT PRIMARY KEY, x REAL NOT NULL, y REAL NOT NULL)",
               "preparing the project", error);
}

static gboolean
has_graph_pins_table (SlProjectStore *store)
{
  return query_int (store, "SELECT count(*) FROM sqlite_schema"
                           " WHERE type = 'table' AND name = 'graph_pins'") == 1;
}

void
sl_graph_pin_free (SlGraphPin *pin)
{
  if (pin == NULL)
    return;
  g_free (pin->source_key);
  g_free (pin);
}

static gboolean
run_pin_statement (SlProjectStore *store, const char *sql, const char *key, double x, double y,
                   gboolean with_place, GError **error)
{
  g_autoptr (sqlite3_stmt) st = NULL;
  int rc;

  if (!writable (store, error))
    return FALSE;
  if (!has_graph_pins_table (store) && !ensure_graph_pins_table (store, error))
    return FALSE;
  st = prepare (store, sql, error);
  if (st == NULL)
    return FALSE;
  sqlite3_bind_text (st, 1, key, -1, SQLITE_TRANSIENT);
  if (with_place)
    {
      sqlite3_bind_double (st, 2, x);
      sqlite3_bind_double (st, 3, y);
    }
  rc = sqlite3_step (st);
  if (rc != SQLITE_DONE)
    return sql_fail (store, rc, error, "saving the graph layout");
  return TRUE;
}

gboolean
sl_project_store_set_graph_pin (SlProjectStore *store, const char *source_key, double x,
                                double y, GError **error)
{
  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (source_key != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!isfinite (x) || !isfinite (y))
    {
      g_set_error (error, SL_STORE_ERROR, SL_STORE_ERROR_IO,
                   _("The node of “%s” has no valid place to pin it at"), source_key);
      return FALSE;
    }
  return run_pin_statement (store,
                            "INSERT INTO graph_pins (source_key, x, y) VALUES (?1, ?2, ?3)"
                            " ON CONFLICT (source_key) DO UPDATE SET x = excluded.x, y = excluded.y",
                            source_key, x, y, TRUE, error);
}

gboolean
sl_project_store_remove_graph_pin (SlProjectStore *store, const char *source_key, GError **error)
{
  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (source_key != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return run_pin_statement (store, "DELETE FROM graph_pins WHERE source_key = ?1",
                            source_key, 0, 0, FALSE, error);
}

GPtrArray *
sl_project_store_list_graph_pins (SlProjectStore *store, GError **error)
{
  g_autoptr (GPtrArray) pins = g_ptr_array_new_with_free_func ((GDestroyNotify) sl_graph_pin_free);
  g_autoptr (sqlite3_stmt) st = NULL;
  int rc;

  g_return_val_if_fail (store != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!has_graph_pins_table (store))
    return g_steal_pointer (&pins);
  st = prepare (store, "SELECT source_key, x, y FROM graph_pins ORDER BY source_key", error);
  if (st == NULL)
    return NULL;
  while ((rc = sqlite3_step (st)) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (st, 0);
      SlGraphPin *pin;

      if (key == NULL)
        continue;
      pin = g_new0 (SlGraphPin, 1);
      pin->source_key = g_strdup (key);
      pin->x = sqlite3_column_double (st, 1);
      pin->y = sqlite3_column_double (st, 2);
      if (isfinite (pin->x) && isfinite (pin->y))
        g_ptr_array_add (pins, pin);
      else
        sl_graph_pin_free (pin);
    }
  if (rc != SQLITE_DONE)
    {
      sql_fail (store, rc, error, "reading the graph layout");
      return NULL;
    }
  return g_steal_pointer (&pins);
}

/* ——— stories ——— */

/* Added beside schema version 1 without changing it: a file without these tables is still a
 * version-1 project, it just has no stories yet. */
static const char story_schema[] =
  "CREATE TABLE IF NOT EXISTS stories ("
  "  id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
  /* a counter, not a clock: the story saved last is first in the list */
  "  saved INTEGER NOT NULL DEFAULT 0);"
  "CREATE TABLE IF NOT EXISTS story_steps ("
  "  story INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL, event_key TEXT NOT NULL,"
  "  view_start INTEGER, view_end INTEGER,"
  "  PRIMARY KEY (story, position));";

static gboolean
ensure_story_tables (SlProjectStore *store, GError **error)
{
  return exec (store, story_schema, "preparing the project's stories", error);
}

static gboolean
has_story_tables (SlProjectStore *store)
{
  return query_int (store, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                           "('stories','story_steps')") == 2;
}

static void
story_step_clear (gpointer data)
{
  SlStoryStep *step = data;

  g_free (step->event_key);
}

SlStory *
sl_story_new (const char *name)
{
  SlStory *story;

  g_return_val_if_fail (name != NULL, NULL);
  story = g_new0 (SlStory, 1);
  story->name = g_strdup (name);
  story->steps = g_array_new (FALSE, TRUE, sizeof (SlStoryStep));
  g_array_set_clear_func (story->steps, story_step_clear);
  return story;
}

void
sl_story_free (SlStory *story)
{
  if (story == NULL)
    return;
  g_free (story->name);
  g_array_unref (story->steps);
  g_free (story);
}

void
sl_story_append (SlStory *story, const char *event_key, SlTime view_start, SlTime view_end)
{
  SlStoryStep step = { 0 };

  g_return_if_fail (story != NULL && event_key != NULL);
  step.event_key = g_strdup (event_key);
  step.view_start = view_start;
  step.view_end = view_end;
  g_array_append_val (story->steps, step);
}

char **
sl_project_store_list_stories (SlProjectStore *store, GError **error)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (sqlite3_stmt) st = NULL;
  int rc;

  g_return_val_if_fail (store != NULL, NULL);
  if (has_story_tables (store))
    {
      st = prepare (store, "SELECT name FROM stories ORDER BY saved DESC, id DESC", error);
      if (st == NULL)
        return NULL;
      while ((rc = sqlite3_step (st)) == SQLITE_ROW)
        g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (st, 0)));
      if (rc != SQLITE_DONE)
        {
          sql_fail (store, rc, error, "reading the project's stories");
          return NULL;
        }
    }
  g_ptr_array_add (names, NULL);
  g_ptr_array_set_free_func (names, NULL);
  return (char **) g_ptr_array_steal (names, NULL);
}

SlStory *
sl_project_store_load_story (SlProjectStore *store, const char *name, GError **error)
{
  g_autoptr (sqlite3_stmt) st = NULL;
  g_autoptr (SlStory) story = NULL;
  gint64 id;
  int rc;

  g_return_val_if_fail (store != NULL && name != NULL, NULL);
  if (!has_story_tables (store))
    return NULL;
  st = prepare (store, "SELECT id FROM stories WHERE name = ?", error);
  if (st == NULL)
    return NULL;
  sqlite3_bind_text (st, 1, name, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (st);
  if (rc == SQLITE_DONE)
    return NULL;
  if (rc != SQLITE_ROW)
    {
      sql_fail (store, rc, error, "reading the project's stories");
      return NULL;
    }
  id = sqlite3_column_int64 (st, 0);
  g_clear_pointer (&st, sqlite3_finalize);

  story = sl_story_new (name);
  st = prepare (store, "SELECT event_key, view_start, view_end FROM story_steps"
                       " WHERE story = ? ORDER BY position", error);
  if (st == NULL)
    return NULL;
  sqlite3_bind_int64 (st, 1, id);
  while ((rc = sqlite3_step (st)) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (st, 0);

      if (key != NULL)
        sl_story_append (story, key, sqlite3_column_int64 (st, 1), sqlite3_column_int64 (st, 2));
    }
  if (rc != SQLITE_DONE)
    {
      sql_fail (store, rc, error, "reading the project's stories");
      return NULL;
    }
  return g_steal_pointer (&story);
}

gboolean
sl_project_store_save_story (SlProjectStore *store, const SlStory *story, GError **error)
{
  g_autoptr (sqlite3_stmt) st = NULL;
  gint64 id;
  int rc;

  g_return_val_if_fail (store != NULL && story != NULL && story->name != NULL, FALSE);
  if (!writable (store, error) || !ensure_story_tables (store, error))
    return FALSE;
  if (!exec (store, "BEGIN IMMEDIATE", "saving the story", error))
    return FALSE;

  st = prepare (store, "INSERT INTO stories (name, saved)"
                       " VALUES (?1, (SELECT coalesce (max (saved), 0) + 1 FROM stories))"
                       " ON CONFLICT (name) DO UPDATE SET saved = excluded.saved RETURNING id",
                error);
  if (st == NULL)
    goto fail;
  sqlite3_bind_text (st, 1, story->name, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (st);
  if (rc != SQLITE_ROW)
    {
      sql_fail (store, rc, error, "saving the story");
      goto fail;
    }
  id = sqlite3_column_int64 (st, 0);
  g_clear_pointer (&st, sqlite3_finalize);

  st = prepare (store, "DELETE FROM story_steps WHERE story = ?", error);
  if (st == NULL)
    goto fail;
  sqlite3_bind_int64 (st, 1, id);
  if (!step_done (store, st, error))
    goto fail;
  g_clear_pointer (&st, sqlite3_finalize);

  st = prepare (store, "INSERT INTO story_steps (story, position, event_key, view_start, view_end)"
                       " VALUES (?, ?, ?, ?, ?)", error);
  if (st == NULL)
    goto fail;
  for (guint i = 0; i < story->steps->len; i++)
    {
      const SlStoryStep *step = &g_array_index (story->steps, SlStoryStep, i);

      sqlite3_reset (st);
      sqlite3_bind_int64 (st, 1, id);
      sqlite3_bind_int64 (st, 2, i);
      sqlite3_bind_text (st, 3, step->event_key, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (st, 4, step->view_start);
      sqlite3_bind_int64 (st, 5, step->view_end);
      if (!step_done (store, st, error))
        goto fail;
    }
  g_clear_pointer (&st, sqlite3_finalize);
  if (exec (store, "COMMIT", "saving the story", error))
    return TRUE;

fail:
  g_clear_pointer (&st, sqlite3_finalize);
  rollback (store);
  return FALSE;
}

gboolean
sl_project_store_delete_story (SlProjectStore *store, const char *name, GError **error)
{
  g_autoptr (sqlite3_stmt) st = NULL;

  g_return_val_if_fail (store != NULL && name != NULL, FALSE);
  if (!writable (store, error))
    return FALSE;
  if (!has_story_tables (store))
    return TRUE;
  if (!exec (store, "BEGIN IMMEDIATE", "deleting the story", error))
    return FALSE;
  st = prepare (store, "DELETE FROM story_steps WHERE story IN"
                       " (SELECT id FROM stories WHERE name = ?1)", error);
  if (st != NULL)
    {
      sqlite3_bind_text (st, 1, name, -1, SQLITE_TRANSIENT);
      if (step_done (store, st, error))
        {
          g_clear_pointer (&st, sqlite3_finalize);
          st = prepare (store, "DELETE FROM stories WHERE name = ?", error);
          if (st != NULL)
            {
              sqlite3_bind_text (st, 1, name, -1, SQLITE_TRANSIENT);
              if (step_done (store, st, error)
                  && exec (store, "COMMIT", "deleting the story", error))
                return TRUE;
            }
        }
    }
  rollback (store);
  return FALSE;
}

guint32
sl_project_find_event (SlModel *model, const char *key)
{
  g_return_val_if_fail (model != NULL, SL_NONE);
  if (key == NULL)
    return SL_NONE;
  if (g_str_has_prefix (key, "E:"))
    return find_event_by_key (model, key);
  return manual_event (model, key);
}

void
sl_story_resolve (const SlStory *story, SlModel *model, GArray *events, GArray *views)
{
  g_return_if_fail (story != NULL && model != NULL && events != NULL);
  for (guint i = 0; i < story->steps->len; i++)
    {
      const SlStoryStep *step = &g_array_index (story->steps, SlStoryStep, i);
      guint32 e = sl_project_find_event (model, step->event_key);

      if (e == SL_NONE)
        continue;
      g_array_append_val (events, e);
      if (views != NULL)
        {
          g_array_append_val (views, step->view_start);
          g_array_append_val (views, step->view_end);
        }
    }
}

gboolean
sl_project_store_touch_story (SlProjectStore *store, const char *name, GError **error)
{
  g_autoptr (sqlite3_stmt) st = NULL;

  g_return_val_if_fail (store != NULL && name != NULL, FALSE);
  if (!writable (store, error))
    return FALSE;
  if (has_story_tables (store))
    {
      st = prepare (store, "UPDATE stories SET saved = (SELECT max (saved) + 1 FROM stories)"
                           " WHERE name = ?", error);
      if (st == NULL)
        return FALSE;
      sqlite3_bind_text (st, 1, name, -1, SQLITE_TRANSIENT);
      if (!step_done (store, st, error))
        return FALSE;
      if (sqlite3_changes (store->db) > 0)
        return TRUE;
    }
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
               _("The project has no story called “%s”"), name);
  return FALSE;
}

static SlEdit *
peek_edit (SlProjectStore *store, const char *sql, GError **error)
{
  g_autoptr (sqlite3_stmt) st = NULL;
  SlEdit *e;
  int rc;

  if (!(st = prepare (store, sql, error)))
    return NULL;
  rc = sqlite3_step (st);
  if (rc == SQLITE_DONE)
    return NULL;
  if (rc != SQLITE_ROW)
    {
      sql_fail (store, rc, error, "reading the edits");
      return NULL;
    }
  e = g_new0 (SlEdit, 1);
  e->id = sqlite3_column_int64 (st, 0);
  e->kind = sqlite3_column_int (st, 1);
  e->target = column_dup (st, 2);
  e->value = column_dup (st, 3);
  e->value2 = column_dup (st, 4);
  e->number = sqlite3_column_int64 (st, 5);
  if (e->target == NULL)
    g_clear_pointer (&e, sl_edit_free);
  return e;
}

SlEdit *
sl_project_store_peek_undo (SlProjectStore *store, GError **error)
{
  g_return_val_if_fail (store != NULL, NULL);
  return peek_edit (store, "SELECT id, kind, target, value, value2, number FROM edits"
                           " WHERE undone = 0 ORDER BY id DESC LIMIT 1", error);
}

SlEdit *
sl_project_store_peek_redo (SlProjectStore *store, GError **error)
{
  g_return_val_if_fail (store != NULL, NULL);
  return peek_edit (store, "SELECT id, kind, target, value, value2, number FROM edits"
                           " WHERE undone = 1 ORDER BY id LIMIT 1", error);
}
