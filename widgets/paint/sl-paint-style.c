/* sl-paint-style.c: the light and dark palettes. Category hues keep their meaning in both
 * themes (blue diplomacy, red force, amber sanctions, grey statements, green money); the dark
 * variants are lifted so they keep contrast against a dark canvas. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include "sl-paint-style.h"

#include <string.h>

#define DEFAULT_FONT "Cantarell, Noto Sans, DejaVu Sans, sans-serif"

static SlRgba
hex (guint32 rgb, double a)
{
  SlRgba c = {
    ((rgb >> 16) & 0xff) / 255.0,
    ((rgb >> 8) & 0xff) / 255.0,
    (rgb & 0xff) / 255.0,
    a,
  };
  return c;
}

void
sl_paint_style_init (SlPaintStyle *style, gboolean dark)
{
  g_return_if_fail (style != NULL);

  memset (style, 0, sizeof *style);
  style->dark = dark;
  style->scale = 1.0;
  g_strlcpy (style->font_family, DEFAULT_FONT, sizeof style->font_family);
  style->font_size = 9.0;

  if (!dark)
    {
      style->background = hex (0xffffff, 1);
      style->foreground = hex (0x1e1e1e, 1);
      style->muted = hex (0x5e5c64, 1);
      style->grid = hex (0x000000, 0.09);
      style->axis_background = hex (0xf6f5f4, 1);
      style->lane_alt = hex (0x000000, 0.025);
      style->weekend = hex (0x000000, 0.035);
      style->accent = hex (0x1c71d8, 1);
      style->highlight = hex (0x3584e4, 0.22);
      style->contested = hex (0xe01b24, 1);
      style->edge = hex (0x77767b, 1);
      style->node_fill = hex (0xffffff, 1);

      style->category[SL_CATEGORY_OTHER] = hex (0x813d9c, 1);
      style->category[SL_CATEGORY_DIPLOMATIC] = hex (0x1c71d8, 1);
      style->category[SL_CATEGORY_MILITARY] = hex (0xc01c28, 1);
      /* amber and green a shade darker than GNOME's yellow 5 and green 5, so their marks keep
       * 3:1 on a shaded lane (tests/paint/test-contrast.c) */
      style->category[SL_CATEGORY_SANCTIONS] = hex (0xad7700, 1);
      style->category[SL_CATEGORY_STATEMENT] = hex (0x77767b, 1);
      style->category[SL_CATEGORY_ECONOMIC] = hex (0x229a62, 1);

      style->source_kind[SL_SOURCE_OUTLET] = hex (0x3584e4, 1);
      style->source_kind[SL_SOURCE_AGENCY] = hex (0x2190a4, 1);
      style->source_kind[SL_SOURCE_GOVERNMENT] = hex (0xc64600, 1);
      style->source_kind[SL_SOURCE_PERSON] = hex (0x9141ac, 1);
      style->source_kind[SL_SOURCE_ORGANIZATION] = hex (0x229a62, 1);
      style->source_kind[SL_SOURCE_COUNTRY] = hex (0x865e3c, 1);
      style->source_kind[SL_SOURCE_UNNAMED] = hex (0x77767b, 1);
    }
  else
    {
      style->background = hex (0x1e1e1e, 1);
      style->foreground = hex (0xf6f5f4, 1);
      style->muted = hex (0xaaa8ac, 1);
      style->grid = hex (0xffffff, 0.11);
      style->axis_background = hex (0x2a2a2e, 1);
      style->lane_alt = hex (0xffffff, 0.03);
      style->weekend = hex (0xffffff, 0.04);
      style->accent = hex (0x78aeed, 1);
      style->highlight = hex (0x78aeed, 0.25);
      style->contested = hex (0xff7b63, 1);
      style->edge = hex (0x9a9996, 1);
      style->node_fill = hex (0x303034, 1);

      style->category[SL_CATEGORY_OTHER] = hex (0xc061cb, 1);
      style->category[SL_CATEGORY_DIPLOMATIC] = hex (0x62a0ea, 1);
      style->category[SL_CATEGORY_MILITARY] = hex (0xf66151, 1);
      style->category[SL_CATEGORY_SANCTIONS] = hex (0xf5c211, 1);
      style->category[SL_CATEGORY_STATEMENT] = hex (0xaaa8ac, 1);
      style->category[SL_CATEGORY_ECONOMIC] = hex (0x33d17a, 1);

      style->source_kind[SL_SOURCE_OUTLET] = hex (0x62a0ea, 1);
      style->source_kind[SL_SOURCE_AGENCY] = hex (0x4fc3d6, 1);
      style->source_kind[SL_SOURCE_GOVERNMENT] = hex (0xffa348, 1);
      style->source_kind[SL_SOURCE_PERSON] = hex (0xc061cb, 1);
      style->source_kind[SL_SOURCE_ORGANIZATION] = hex (0x57e389, 1);
      style->source_kind[SL_SOURCE_COUNTRY] = hex (0xcdab8f, 1);
      style->source_kind[SL_SOURCE_UNNAMED] = hex (0xaaa8ac, 1);
    }
}

void
sl_paint_style_init_high_contrast (SlPaintStyle *style, gboolean dark)
{
  g_return_if_fail (style != NULL);

  /* the same hues, pushed to the ends: black on white or white on black, every mark at
   * least 4.5:1 and text at least 7:1 against the canvas */
  sl_paint_style_init (style, dark);
  if (!dark)
    {
      style->foreground = hex (0x000000, 1);
      style->muted = hex (0x3d3846, 1);
      style->grid = hex (0x000000, 0.3);
      style->axis_background = hex (0xffffff, 1);
      style->lane_alt = hex (0x000000, 0.04);
      style->weekend = hex (0x000000, 0.06);
      style->accent = hex (0x1a5fb4, 1);
      style->highlight = hex (0x1a5fb4, 0.3);
      style->contested = hex (0xa51d2d, 1);
      style->edge = hex (0x3d3846, 1);

      style->category[SL_CATEGORY_OTHER] = hex (0x613583, 1);
      style->category[SL_CATEGORY_DIPLOMATIC] = hex (0x1a5fb4, 1);
      style->category[SL_CATEGORY_MILITARY] = hex (0xa51d2d, 1);
      style->category[SL_CATEGORY_SANCTIONS] = hex (0x865e00, 1);
      style->category[SL_CATEGORY_STATEMENT] = hex (0x5e5c64, 1);
      style->category[SL_CATEGORY_ECONOMIC] = hex (0x1d6b45, 1);

      style->source_kind[SL_SOURCE_OUTLET] = hex (0x1a5fb4, 1);
      style->source_kind[SL_SOURCE_AGENCY] = hex (0x0e6677, 1);
      style->source_kind[SL_SOURCE_GOVERNMENT] = hex (0x9a3600, 1);
      style->source_kind[SL_SOURCE_PERSON] = hex (0x613583, 1);
      style->source_kind[SL_SOURCE_ORGANIZATION] = hex (0x1d6b45, 1);
      style->source_kind[SL_SOURCE_COUNTRY] = hex (0x63452c, 1);
      style->source_kind[SL_SOURCE_UNNAMED] = hex (0x5e5c64, 1);
    }
  else
    {
      style->background = hex (0x000000, 1);
      style->foreground = hex (0xffffff, 1);
      style->muted = hex (0xdeddda, 1);
      style->grid = hex (0xffffff, 0.3);
      style->axis_background = hex (0x000000, 1);
      style->lane_alt = hex (0xffffff, 0.06);
      style->weekend = hex (0xffffff, 0.08);
      style->accent = hex (0x99c1f1, 1);
      style->highlight = hex (0x99c1f1, 0.3);
      style->contested = hex (0xff8f7e, 1);
      style->edge = hex (0xc0bfbc, 1);
      style->node_fill = hex (0x000000, 1);

      style->category[SL_CATEGORY_OTHER] = hex (0xdc8add, 1);
      style->category[SL_CATEGORY_DIPLOMATIC] = hex (0x99c1f1, 1);
      style->category[SL_CATEGORY_MILITARY] = hex (0xff8f7e, 1);
      style->category[SL_CATEGORY_SANCTIONS] = hex (0xf8e45c, 1);
      style->category[SL_CATEGORY_STATEMENT] = hex (0xc0bfbc, 1);
      style->category[SL_CATEGORY_ECONOMIC] = hex (0x8ff0a4, 1);

      style->source_kind[SL_SOURCE_OUTLET] = hex (0x99c1f1, 1);
      style->source_kind[SL_SOURCE_AGENCY] = hex (0x7fe0f0, 1);
      style->source_kind[SL_SOURCE_GOVERNMENT] = hex (0xffbe6f, 1);
      style->source_kind[SL_SOURCE_PERSON] = hex (0xdc8add, 1);
      style->source_kind[SL_SOURCE_ORGANIZATION] = hex (0x8ff0a4, 1);
      style->source_kind[SL_SOURCE_COUNTRY] = hex (0xe0c2a8, 1);
      style->source_kind[SL_SOURCE_UNNAMED] = hex (0xc0bfbc, 1);
    }
}

void
sl_paint_style_set_font (SlPaintStyle *style, const char *family, double size)
{
  g_return_if_fail (style != NULL);

  if (family != NULL && *family != '\0')
    g_strlcpy (style->font_family, family, sizeof style->font_family);
  if (size > 0)
    style->font_size = size;
}

PangoFontDescription *
sl_paint_style_font (const SlPaintStyle *style, double rel, gboolean bold)
{
  PangoFontDescription *desc;

  g_return_val_if_fail (style != NULL, NULL);

  desc = pango_font_description_new ();
  pango_font_description_set_family (desc, style->font_family);
  /* absolute size in device units: points would be resolution-dependent across surfaces */
  pango_font_description_set_absolute_size (desc, style->font_size * 96.0 / 72.0 * rel
                                                  * style->scale * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  return desc;
}

double
sl_paint_style_px (const SlPaintStyle *style, double px)
{
  g_return_val_if_fail (style != NULL, px);
  return px * style->scale;
}

void
sl_paint_set_color (cairo_t *cr, const SlRgba *c, double alpha)
{
  cairo_set_source_rgba (cr, c->r, c->g, c->b, c->a * alpha);
}

SlRgba
sl_rgba_mix (const SlRgba *c, const SlRgba *other, double t)
{
  SlRgba m = {
    c->r + (other->r - c->r) * t,
    c->g + (other->g - c->g) * t,
    c->b + (other->b - c->b) * t,
    c->a,
  };
  return m;
}

const char *
sl_paint_category_name (SlCategory category)
{
  static const char *const names[SL_CATEGORY_COUNT] = {
    /* the English names stay in data exports; on screen they go through _() */
    N_("Other"), N_("Diplomatic"), N_("Military"), N_("Sanctions"), N_("Statement"),
    N_("Economic"),
  };
  return (guint) category < SL_CATEGORY_COUNT ? names[category] : "Other";
}

const char *
sl_paint_source_kind_name (SlSourceKind kind)
{
  /* an agency is a state's (the Pentagon, a central bank): news agencies are outlets */
  static const char *const names[SL_SOURCE_KIND_COUNT] = {
    N_("Outlet"), N_("Agency"), N_("Government"), N_("Person"), N_("Organisation"),
    N_("Country"), N_("Unnamed"),
  };
  return (guint) kind < SL_SOURCE_KIND_COUNT ? names[kind] : "Unnamed";
}

const char *
sl_paint_stance_name (SlStance stance)
{
  static const char *const names[SL_STANCE_COUNT] = {
    N_("Asserts"), N_("Estimates"), N_("Suspects"), N_("Denies"), N_("Reports"),
  };
  return (guint) stance < SL_STANCE_COUNT ? names[stance] : "Asserts";
}
