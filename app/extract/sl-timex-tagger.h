/* sl-timex-tagger.h: finds English temporal expressions and normalises them to TIMEX3
 * (type, value, mod) against a document creation time, and infers that time from the text
 * when no metadata gives it. GLib only; no allocation per expression in the scan loop. */
#pragma once

#include <glib.h>
#include "model/sl-model.h"

G_BEGIN_DECLS

typedef struct
{
  guint32 begin, end;  /* byte offsets into the text, end exclusive */
  guint8  type;        /* SlTimexType */
  guint8  mod;         /* SlMod */
  char    value[32];   /* TIMEX3 value, NUL-terminated */
  SlTime  start, end_t;/* resolved calendar interval, both 0 when the value has none */
} SlTimexHit;

typedef struct _SlTimexTagger SlTimexTagger;

SlTimexTagger *sl_timex_tagger_new  (void);
void           sl_timex_tagger_free (SlTimexTagger *tagger);
/* The day publication dates may not follow; NULL: the system clock (the default). */
void           sl_timex_tagger_set_today (SlTimexTagger *tagger,
                                          const SlDate  *today);

/* Appends SlTimexHit records to out, in text order. dct may be NULL or of SL_PREC_NONE:
 * relative expressions then keep unresolved values (e.g. "XXXX-09", "PAST_REF"). */
void           sl_timex_tagger_set_timeml_spans (SlTimexTagger *tagger,
                                                 gboolean       apart);

void           sl_timex_tag         (SlTimexTagger *tagger,
                                     const char    *text,
                                     gsize          len,
                                     const SlDate  *dct,
                                     GArray        *out);

/* Infers the publication date from the text (datelines, latest past date mentioned,
 * "earlier this month", "last September" constraints). Returns FALSE when the text says
 * nothing usable. *source is SL_DCT_TEXT for an explicit dateline, else SL_DCT_INFERRED. */
gboolean       sl_timex_infer_dct   (SlTimexTagger *tagger,
                                     const char    *text,
                                     gsize          len,
                                     SlDate        *dct,
                                     SlDctSource   *source);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlTimexTagger, sl_timex_tagger_free)

G_END_DECLS
