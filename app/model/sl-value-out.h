/* sl-value-out.h: TIMEX3 values and the like written without printf (sl_date_to_value(),
 * the timex tagger's values). Not installed; inline helpers only. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A value written piece by piece, as g_snprintf (buf, size, …) would write it: at most
 * size - 1 bytes, then a NUL. A printf call costs some hundreds of instructions for these
 * few bytes, and values are written at every match. */
typedef struct
{
  char *p, *last; /* last: where the NUL goes when the buffer is full */
} SlValueOut;

static inline SlValueOut
sl_value_out_start (char *buf, gsize size)
{
  return (SlValueOut) { buf, buf + size - 1 };
}

static inline void
sl_value_out_c (SlValueOut *o, char ch)
{
  if (o->p < o->last)
    *o->p++ = ch;
}

static inline void
sl_value_out_s (SlValueOut *o, const char *s)
{
  while (*s)
    sl_value_out_c (o, *s++);
}

/* n in decimal, zero-padded to width digits: "%0*u" (width 0: "%u") */
static inline void
sl_value_out_u (SlValueOut *o, guint64 n, guint width)
{
  char tmp[24];
  guint k = 0;

  do
    {
      tmp[k++] = (char) ('0' + n % 10);
      n /= 10;
    }
  while (n != 0);
  while (k < width && k < sizeof tmp)
    tmp[k++] = '0';
  while (k > 0)
    sl_value_out_c (o, tmp[--k]);
}

/* "%0*d": the width counts the sign */
static inline void
sl_value_out_i (SlValueOut *o, gint64 n, guint width)
{
  if (n < 0)
    {
      sl_value_out_c (o, '-');
      sl_value_out_u (o, (guint64) 0 - (guint64) n, width > 1 ? width - 1 : 0);
    }
  else
    sl_value_out_u (o, (guint64) n, width);
}

static inline void
sl_value_out_end (SlValueOut *o)
{
  *o->p = '\0';
}

G_END_DECLS
