/* Fuzz target for one ingest reader, chosen at build time by SL_FUZZ_FORMAT: whatever the
 * bytes, the reader returns documents or an error, never crashes, hangs or leaks. */
#include <stdint.h>

#include "ingest/sl-ingest-private.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GPtrArray) docs = sl_document_array_new ();
  g_autoptr (GError) error = NULL;
  const char *bytes = (const char *) data;
  SlDocument *doc = NULL;

#if SL_FUZZ_FORMAT == 1
  doc = sl_html_reader_read ("fuzz.html", bytes, size, &error);
#elif SL_FUZZ_FORMAT == 2
  sl_feed_reader_read ("fuzz.xml", bytes, size, docs, &error);
#elif SL_FUZZ_FORMAT == 3
  doc = sl_timeml_reader_read ("fuzz.tml", bytes, size, &error);
#elif SL_FUZZ_FORMAT == 4
  doc = sl_timelinejs_reader_read ("fuzz.json", bytes, size, &error);
#elif SL_FUZZ_FORMAT == 5
  doc = sl_csv_reader_read ("fuzz.csv", bytes, size, &error);
#else
  sl_ingest_read_bytes ("fuzz", bytes, size, docs, &error);
#endif
  g_assert (doc != NULL || docs->len > 0 || error != NULL);
  if (doc)
    g_assert (g_utf8_validate (doc->text, doc->text_len, NULL));
  for (guint i = 0; i < docs->len; i++)
    {
      SlDocument *d = g_ptr_array_index (docs, i);
      g_assert (g_utf8_validate (d->text, d->text_len, NULL));
    }
  sl_document_free (doc);
  return 0;
}
