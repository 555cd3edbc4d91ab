/* sl-document.c */
#include "sl-document.h"

SlDocument *
sl_document_new (void)
{
  return g_new0 (SlDocument, 1);
}

void
sl_document_free (SlDocument *doc)
{
  if (doc == NULL)
    return;
  g_free (doc->path);
  g_free (doc->title);
  g_free (doc->outlet);
  g_free (doc->url);
  g_free (doc->author);
  g_free (doc->text);
  g_free (doc);
}
