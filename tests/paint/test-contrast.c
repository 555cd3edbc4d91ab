/* test-contrast.c: WCAG 2 contrast of the colours the painters draw with. Text must keep
 * 4.5:1 against whatever it sits on (the canvas, a tinted lane, the axis band, a graph node),
 * event marks, edges and the selection ring 3:1 against the canvas — in the light and dark
 * palettes, in their high-contrast variants (7:1 and 4.5:1), and in the presentation's
 * stage colours. */
#include <math.h>
#include <glib.h>

#include "paint/sl-paint-style.h"

static double
channel (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
luminance (const SlRgba *c)
{
  return 0.2126 * channel (c->r) + 0.7152 * channel (c->g) + 0.0722 * channel (c->b);
}

/* c painted over an opaque base, as cairo's OVER does */
static SlRgba
over (const SlRgba *c, const SlRgba *base)
{
  SlRgba out = {
    c->r * c->a + base->r * (1 - c->a),
    c->g * c->a + base->g * (1 - c->a),
    c->b * c->a + base->b * (1 - c->a),
    1,
  };
  return out;
}

static double
contrast (const SlRgba *a, const SlRgba *b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

static void
assert_contrast (const char *palette, const char *what, const SlRgba *fg, const SlRgba *bg,
                 double needed)
{
  double ratio = contrast (fg, bg);

  if (ratio < needed)
    g_error ("%s palette: %s has contrast %.2f:1, needs %.1f:1", palette, what, ratio, needed);
}

/* The grounds text and marks are drawn on: the canvas, a tinted lane, weekend shading on a
 * tinted lane, the axis band. */
static void
grounds (const SlPaintStyle *st, SlRgba out[4])
{
  out[0] = st->background;
  out[1] = over (&st->lane_alt, &st->background);
  out[2] = over (&st->weekend, &out[1]);
  out[3] = over (&st->axis_background, &st->background);
}

static void
check_palette (const char *name, const SlPaintStyle *st, double text_needed, double mark_needed)
{
  static const char *const ground_names[4] = { "canvas", "tinted lane", "weekend", "axis" };
  SlRgba ground[4];
  SlRgba node = over (&st->node_fill, &st->background);

  grounds (st, ground);
  for (guint g = 0; g < G_N_ELEMENTS (ground); g++)
    {
      g_autofree char *fg = g_strdup_printf ("text on the %s", ground_names[g]);
      g_autofree char *muted = g_strdup_printf ("secondary text on the %s", ground_names[g]);

      assert_contrast (name, fg, &st->foreground, &ground[g], text_needed);
      assert_contrast (name, muted, &st->muted, &ground[g], text_needed);
    }
  /* node labels inside a node's body */
  assert_contrast (name, "a node's label", &st->foreground, &node, text_needed);

  for (guint g = 0; g < 3; g++)
    {
      for (guint i = 0; i < SL_CATEGORY_COUNT; i++)
        {
          g_autofree char *what = g_strdup_printf ("the %s mark on the %s",
                                                   sl_paint_category_name (i), ground_names[g]);
          assert_contrast (name, what, &st->category[i], &ground[g], mark_needed);
        }
      for (guint i = 0; i < SL_SOURCE_KIND_COUNT; i++)
        {
          g_autofree char *what = g_strdup_printf ("the %s node on the %s",
                                                   sl_paint_source_kind_name (i), ground_names[g]);
          assert_contrast (name, what, &st->source_kind[i], &ground[g], mark_needed);
        }
      assert_contrast (name, "the contested marker", &st->contested, &ground[g], mark_needed);
      assert_contrast (name, "the selection ring", &st->accent, &ground[g], mark_needed);
      assert_contrast (name, "a graph edge", &st->edge, &ground[g], mark_needed);
    }
}

static void
test_light (void)
{
  SlPaintStyle st;

  sl_paint_style_init (&st, FALSE);
  check_palette ("light", &st, 4.5, 3.0);
}

static void
test_dark (void)
{
  SlPaintStyle st;

  sl_paint_style_init (&st, TRUE);
  check_palette ("dark", &st, 4.5, 3.0);
}

/* The high-contrast variants: WCAG's enhanced level for text, and marks that read as text. */
static void
test_high_contrast (void)
{
  for (int dark = 0; dark <= 1; dark++)
    {
      SlPaintStyle st, plain;

      sl_paint_style_init_high_contrast (&st, dark);
      sl_paint_style_init (&plain, dark);
      check_palette (dark ? "high-contrast dark" : "high-contrast light", &st, 7.0, 4.5);
      /* it is the same theme, only stronger */
      g_assert_cmpint (st.dark, ==, dark);
      g_assert_cmpfloat (contrast (&st.foreground, &st.background), >,
                         contrast (&plain.foreground, &plain.background));
      g_assert_cmpfloat (contrast (&st.muted, &st.background), >,
                         contrast (&plain.muted, &plain.background));
    }
}

/* The presentation's stage takes the dark palette and mixes its secondary colours towards the
 * foreground (sl-presentation.c install_style): the kicker, date, sources and hint lines. */
static void
test_presentation (void)
{
  SlPaintStyle st;
  SlRgba muted, accent, date;

  sl_paint_style_init (&st, TRUE);
  muted = sl_rgba_mix (&st.muted, &st.foreground, 0.45);
  accent = sl_rgba_mix (&st.accent, &st.foreground, 0.35);
  date = sl_rgba_mix (&st.category[SL_CATEGORY_SANCTIONS], &st.foreground, 0.2);
  assert_contrast ("presentation", "a slide's title", &st.foreground, &st.background, 7.0);
  assert_contrast ("presentation", "a slide's sources", &muted, &st.background, 7.0);
  assert_contrast ("presentation", "a slide's kicker", &accent, &st.background, 7.0);
  assert_contrast ("presentation", "a slide's date", &date, &st.background, 7.0);
}

/* The measure itself, on the figures WCAG gives: black on white is 21:1, equal colours 1:1,
 * and #767676 on white is the lightest grey that passes 4.5:1. */
static void
test_measure (void)
{
  SlRgba black = { 0, 0, 0, 1 }, white = { 1, 1, 1, 1 };
  SlRgba grey = { 0x76 / 255.0, 0x76 / 255.0, 0x76 / 255.0, 1 };
  SlRgba half = { 0, 0, 0, 0.5 };
  SlRgba mid = over (&half, &white);

  g_assert_cmpfloat_with_epsilon (contrast (&black, &white), 21.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (contrast (&white, &white), 1.0, 1e-9);
  g_assert_cmpfloat (contrast (&grey, &white), >=, 4.5);
  g_assert_cmpfloat (contrast (&grey, &white), <, 4.6);
  g_assert_cmpfloat_with_epsilon (mid.r, 0.5, 1e-9);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/paint/contrast/measure", test_measure);
  g_test_add_func ("/paint/contrast/light", test_light);
  g_test_add_func ("/paint/contrast/dark", test_dark);
  g_test_add_func ("/paint/contrast/high-contrast", test_high_contrast);
  g_test_add_func ("/paint/contrast/presentation", test_presentation);
  return g_test_run ();
}
