/* sl-document.h: what ingest hands to extraction — one article's plain text and metadata. */
#pragma once

#include <glib.h>
#include "model/sl-model.h"

G_BEGIN_DECLS

typedef struct
{
  char       *path;
  char       *title;
  char       *outlet;
  char       *url;
  char       *author;
  char       *text;      /* UTF-8, NUL-terminated */
  gsize       text_len;
  SlDate      dct;       /* prec SL_PREC_NONE when unknown */
  SlDctSource dct_source;
} SlDocument;

SlDocument *sl_document_new  (void);
void        sl_document_free (SlDocument *doc);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlDocument, sl_document_free)

G_END_DECLS
