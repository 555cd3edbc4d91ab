/* sl-reextract.c */
#include "config.h"

#include "sl-reextract.h"

#include "extract/sl-extract.h"

typedef struct
{
  SlProgressFunc progress;
  gpointer       user_data;
} Relay;

/* loading the rewritten project is the last tenth of the work */
static void
load_progress_cb (double fraction, gpointer data)
{
  Relay *relay = data;

  relay->progress (0.9 + 0.1 * fraction, relay->user_data);
}

SlModel *
sl_project_reextract (SlProjectStore *store, GCancellable *cancellable, SlProgressFunc progress,
                      gpointer user_data, GError **error)
{
  g_autoptr (GPtrArray) docs = NULL;
  g_autoptr (GHashTable) dates = NULL;
  g_autoptr (SlModel) model = NULL;
  g_autoptr (SlExtractor) ex = NULL;
  Relay relay = { progress, user_data };

  g_return_val_if_fail (store != NULL, NULL);

  if ((docs = sl_project_store_read_documents (store, cancellable, error)) == NULL
      || (dates = sl_project_store_dct_overrides (store, error)) == NULL)
    return NULL;
  model = sl_model_new ();
  ex = sl_extractor_new ();
  for (guint i = 0; i < docs->len; i++)
    {
      SlDocument *doc = g_ptr_array_index (docs, i);
      const char *value = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      if (g_hash_table_size (dates) > 0)
        {
          g_autofree char *hash = sl_project_content_hash (doc->text, doc->text_len);

          value = g_hash_table_lookup (dates, hash);
        }
      if (value != NULL && sl_date_from_value (value, &doc->dct))
        doc->dct_source = SL_DCT_GIVEN;
      sl_extractor_add_document (ex, model, doc);
      if (progress && (i % 64 == 63 || i + 1 == docs->len))
        progress (0.9 * (i + 1) / docs->len, user_data);
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error)
      || !sl_project_store_replace_model (store, model, error))
    return NULL;
  /* what the file now holds, with the analyst's edits replayed on it */
  return sl_project_store_load_model (store, cancellable, progress ? load_progress_cb : NULL,
                                      &relay, error);
}
