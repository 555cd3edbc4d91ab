/* sl-document.h: what ingest hands to extraction — one article's plain text and metadata. */
#pragma once

#include <glib.h>
#include "model/sl-model.h"

G_BEGIN_DECLS

/* An event a structured file (TimelineJS, CSV) states outright, imported as such. */
typedef struct
{
  char *headline;
  char *text;
  char *start;   /* TIMEX3 value: "2024-03-28", "2024-03", "2024" */
  char *end;     /* NULL for an instant or a single date */
  char *group;
  char *source;  /* who it is credited to, NULL when nobody */
  char *url;
  guint32 text_begin, text_end; /* bytes of this event's lines in the document text */
} SlDocumentEvent;

/* A TIMEX3 annotation a TimeML file already carries, kept when asked. */
typedef struct
{
  guint32 begin, end; /* bytes into text */
  guint8  type;       /* SlTimexType */
  guint8  mod;        /* SlMod */
  char    value[32];
} SlDocumentTimex;

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
  GPtrArray  *events;    /* SlDocumentEvent*, NULL for prose articles */
  GArray     *timexes;   /* SlDocumentTimex the file carried (TimeML), else NULL */
  char       *note;      /* what the reader had to assume, for the import report; or NULL */
} SlDocument;

SlDocument *sl_document_new  (void);
void        sl_document_free (SlDocument *doc);

SlDocumentEvent *sl_document_event_new  (void);
void             sl_document_event_free (SlDocumentEvent *ev);
/* Appends an event, creating the events array on first use; takes ownership. */
void             sl_document_add_event  (SlDocument *doc, SlDocumentEvent *ev);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlDocument, sl_document_free)

G_END_DECLS
