/* fuzz-project: a .sourceline project file from anyone — arbitrary bytes written to a file and
 * opened the way the window opens a project (writable), then loaded, searched and read through
 * the way the views read it: every article's text, every event's label, the edits. A file that
 * is not a good project must be refused with a message; one that opens must hold only ids
 * that point at things that exist. */
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#include "store/sl-project-store.h"

#include "fuzz-check.h"

static char *path;

static void
remove_files (void)
{
  static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *p = g_strconcat (path, suffixes[i], NULL);
      unlink (p);
    }
}

static void
read_through (SlProjectStore *store)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlModel) model = NULL;
  g_autoptr (GPtrArray) edits = NULL;
  g_autoptr (GArray) events = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) sources = g_array_new (FALSE, FALSE, sizeof (guint32));

  model = sl_project_store_load_model (store, NULL, NULL, NULL, &error);
  if (model == NULL)
    {
      check (error != NULL && error->message[0] != '\0');
      return;
    }
  for (guint i = 0; i < sl_model_n_docs (model); i++)
    {
      gsize len = 0;
      const char *text = sl_model_doc_text (model, i, &len);
      check (text == NULL || text[len] == '\0');
    }
  for (guint i = 0; i < sl_model_n_events (model); i++)
    {
      const SlEvent *e = sl_model_event (model, i);
      const guint32 *links;
      guint n;

      check (e->doc < sl_model_n_docs (model));
      check (sl_model_str (model, e->label) != NULL);
      links = sl_model_event_claims (model, i, &n);
      for (guint k = 0; k < n; k++)
        check (links[k] < sl_model_n_claims (model));
      links = sl_model_event_actors (model, i, &n);
      for (guint k = 0; k < n; k++)
        check (links[k] < sl_model_n_sources (model));
    }
  for (guint i = 0; i < sl_model_n_claims (model); i++)
    {
      const SlClaim *c = sl_model_claim (model, i);
      check (c->doc < sl_model_n_docs (model));
      check (c->source < sl_model_n_sources (model));
      check (c->via == SL_NONE || c->via < sl_model_n_claims (model));
    }
  if (sl_project_store_search (store, "veto", events, sources, NULL))
    {
      for (guint i = 0; i < events->len; i++)
        check (g_array_index (events, guint32, i) < sl_model_n_events (model));
      for (guint i = 0; i < sources->len; i++)
        check (g_array_index (sources, guint32, i) < sl_model_n_sources (model));
    }
  edits = sl_project_store_list_edits (store, NULL);
  if (edits != NULL)
    for (guint i = 0; i < edits->len; i++)
      sl_edit_apply (g_ptr_array_index (edits, i), model);
}

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GError) error = NULL;
  SlProjectStore *store;

  if (path == NULL)
    {
      int fd = g_file_open_tmp ("sl-fuzz-XXXXXX.sourceline", &path, NULL);
      check (fd >= 0);
      close (fd);
    }
  remove_files ();
  check (g_file_set_contents (path, (const char *) data, (gssize) size, NULL));

  store = sl_project_store_open (path, FALSE, &error);
  if (store == NULL)
    {
      check (error != NULL && error->domain == SL_STORE_ERROR && error->message[0] != '\0');
      return 0;
    }
  read_through (store);
  sl_project_store_close (store);
  return 0;
}
