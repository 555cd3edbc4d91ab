/* fuzz-check.h: how the fuzz targets state an invariant. */
#pragma once

#include <stdlib.h>
#include <glib.h>

/* A broken invariant aborts (libFuzzer keeps the input) and says which, where. */
#define check(ok) \
  G_STMT_START { \
    if (!(ok)) \
      { \
        g_printerr ("%s:%d: %s does not hold\n", __FILE__, __LINE__, #ok); \
        abort (); \
      } \
  } G_STMT_END
