/* sl-paint-style.h: the colours, font and scale every painter draws with — one palette that
 * reads on light and dark backgrounds, so the screen and every export agree. GTK-free. */
#pragma once

#include <cairo.h>
#include <pango/pango.h>
#include "model/sl-model.h"

G_BEGIN_DECLS

typedef struct
{
  double r, g, b, a;
} SlRgba;

typedef struct
{
  gboolean dark;
  double   scale;              /* multiplies every size in logical pixels (text scale, 1.0) */
  char     font_family[64];    /* pango family list, "Cantarell, Noto Sans, sans-serif" */
  double   font_size;          /* body size in points before scale */

  SlRgba   background;         /* canvas */
  SlRgba   foreground;         /* labels */
  SlRgba   muted;              /* secondary text, lane names, minor ticks */
  SlRgba   grid;               /* tick lines */
  SlRgba   axis_background;    /* the two-row axis band */
  SlRgba   lane_alt;           /* every other lane's tint */
  SlRgba   weekend;            /* weekend shading at day scale */
  SlRgba   accent;             /* selection ring, highlighted edges */
  SlRgba   highlight;          /* highlight halo behind emphasised marks and nodes */
  SlRgba   contested;          /* contested marker and deny edges */
  SlRgba   edge;               /* ordinary graph edges */
  SlRgba   node_fill;          /* graph node body */
  SlRgba   category[SL_CATEGORY_COUNT];
  SlRgba   source_kind[SL_SOURCE_KIND_COUNT];
} SlPaintStyle;

/* Fills style with the light or dark palette, the default font and scale 1. */
void                  sl_paint_style_init        (SlPaintStyle *style, gboolean dark);
/* Sets the font family (NULL keeps it) and size in points (<= 0 keeps it). */
void                  sl_paint_style_set_font    (SlPaintStyle *style, const char *family,
                                                  double size);
/* A new font description at rel × the body size (scaled); bold when asked. */
PangoFontDescription *sl_paint_style_font        (const SlPaintStyle *style, double rel,
                                                  gboolean bold);
/* A size in logical pixels multiplied by the style's scale. */
double                sl_paint_style_px          (const SlPaintStyle *style, double px);

/* cairo_set_source_rgba with an extra alpha factor (1.0 for the colour as is). */
void                  sl_paint_set_color         (cairo_t *cr, const SlRgba *c, double alpha);
/* c mixed towards other by t (0 = c, 1 = other), alpha from c. */
SlRgba                sl_rgba_mix                (const SlRgba *c, const SlRgba *other, double t);

/* Human names for the legend ("Diplomatic", "Military", …). */
const char           *sl_paint_category_name     (SlCategory category);
const char           *sl_paint_source_kind_name  (SlSourceKind kind);
const char           *sl_paint_stance_name       (SlStance stance);

/* The high-contrast variant of the light or dark palette (the desktop's high-contrast
 * setting): black or white text, every mark at least 4.5:1 against the canvas. */
void                  sl_paint_style_init_high_contrast (SlPaintStyle *style, gboolean dark);

G_END_DECLS
