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
  g_free (doc->note);
  g_clear_pointer (&doc->events, g_ptr_array_unref);
  g_clear_pointer (&doc->timexes, g_array_unref);
  g_free (doc);
}

SlDocumentEvent *
sl_document_event_new (void)
{
  return g_new0 (SlDocumentEvent, 1);
}

void
sl_document_event_free (SlDocumentEvent *ev)
{
  if (ev == NULL)
    return;
  g_free (ev->headline);
  g_free (ev->text);
  g_free (ev->start);
  g_free (ev->end);
  g_free (ev->group);
  g_free (ev->source);
  g_free (ev->url);
  g_free (ev);
}

void
sl_document_add_event (SlDocument *doc, SlDocumentEvent *ev)
{
  g_return_if_fail (doc != NULL && ev != NULL);
  if (doc->events == NULL)
    doc->events = g_ptr_array_new_with_free_func ((GDestroyNotify) sl_document_event_free);
  g_ptr_array_add (doc->events, ev);
}
