/* fuzz-timex: the temporal tagger and publication-date inference on arbitrary bytes.
 * The first four bytes choose a DCT (possibly an impossible one, which must be refused);
 * the rest is the text. Every hit must lie inside the text, in order, without overlap,
 * with a NUL-terminated value, and any calendar interval it claims must be non-empty. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract/sl-timex-tagger.h"

static SlTimexTagger *tagger;
static GArray *hits;

static void
check (gboolean ok)
{
  if (!ok)
    abort ();
}

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  SlDate dct = { 0 };
  const char *text;
  gsize len;
  guint32 prev_end = 0;

  if (tagger == NULL)
    {
      tagger = sl_timex_tagger_new ();
      hits = g_array_new (FALSE, FALSE, sizeof (SlTimexHit));
    }
  if (size >= 4)
    {
      dct.year = 1 + (gint32) ((data[0] | (data[1] << 8)) % 12000);
      dct.month = data[2] % 13;
      dct.day = data[3] % 33;
      dct.prec = dct.month == 0 ? SL_PREC_YEAR : dct.day == 0 ? SL_PREC_MONTH : SL_PREC_DAY;
      text = (const char *) data + 4;
      len = size - 4;
    }
  else
    {
      text = (const char *) data;
      len = size;
    }

  g_array_set_size (hits, 0);
  sl_timex_tag (tagger, text, len, size >= 4 && (data[2] & 0x80) == 0 ? &dct : NULL, hits);
  for (guint i = 0; i < hits->len; i++)
    {
      const SlTimexHit *hit = &g_array_index (hits, SlTimexHit, i);

      check (hit->begin < hit->end);
      check (hit->end <= len);
      check (hit->begin >= prev_end);
      check (memchr (hit->value, 0, sizeof hit->value) != NULL);
      check (hit->value[0] != '\0');
      check (hit->type <= SL_TIMEX_SET);
      check (hit->mod < SL_MOD_COUNT);
      check ((hit->start == 0 && hit->end_t == 0) || hit->start < hit->end_t);
      prev_end = hit->end;
    }

  {
    SlDate inferred;
    SlDctSource source;
    char buf[32];

    if (sl_timex_infer_dct (tagger, text, len, &inferred, &source))
      {
        SlTime s, e;
        check (source == SL_DCT_TEXT || source == SL_DCT_INFERRED);
        sl_date_to_value (&inferred, buf, sizeof buf);
        check (sl_time_interval_from_value (buf, SL_MOD_NONE, &s, &e) && s < e);
      }
  }
  return 0;
}
