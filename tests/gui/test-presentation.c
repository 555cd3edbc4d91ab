/* test-presentation.c: presentation mode as a presenter meets it — F5 fills the screen with
 * the window's events, a clicker's Page Down zooms the timeline to the next event and lights
 * its sources in the inset graph, B blanks the screen, Escape comes back to the window as it
 * was. Runs in-process under Xvfb, with the keys sent as real key events. */
#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "paint/sl-timeline-painter.h"
#include "ui/sl-application.h"
#include "ui/sl-presentation.h"
#include "ui/sl-window.h"

#include "gui-fixture.h"

static SlApplication *app;

static void
visible_centre (SlTimelineView *timeline, double *centre, double *span)
{
  SlTime t0, t1;

  sl_timeline_view_get_visible_range (timeline, &t0, &t1);
  *centre = (t0 + (double) t1) / 2.0;
  *span = (double) (t1 - t0);
}

/* The window's state a presentation must leave as it found it. */
typedef struct
{
  SlTime   t0, t1;
  guint32  selected;
  guint    n_highlight;
  guint32  source;
  guint    n_graph_highlight;
  char    *title;
  gboolean fullscreen;
  int      width, height;
  SlLaneMode lanes;
} WindowState;

static void
window_state_get (SlWindow *window, WindowState *state)
{
  SlTimelineView *timeline = sl_window_get_timeline (window);
  SlGraphView *graph = sl_window_get_graph (window);

  sl_timeline_view_get_visible_range (timeline, &state->t0, &state->t1);
  state->selected = sl_timeline_view_get_selected_event (timeline);
  sl_timeline_view_get_highlight (timeline, &state->n_highlight);
  state->source = sl_graph_view_get_selected_source (graph);
  sl_graph_view_get_highlight (graph, &state->n_graph_highlight);
  state->title = g_strdup (gtk_window_get_title (GTK_WINDOW (window)));
  state->fullscreen = gtk_window_is_fullscreen (GTK_WINDOW (window));
  state->width = gtk_widget_get_width (GTK_WIDGET (window));
  state->height = gtk_widget_get_height (GTK_WIDGET (window));
  state->lanes = sl_timeline_view_get_lane_mode (timeline);
}

static void
assert_same_state (const WindowState *a, const WindowState *b)
{
  g_assert_cmpint (a->t0, ==, b->t0);
  g_assert_cmpint (a->t1, ==, b->t1);
  g_assert_cmpuint (a->selected, ==, b->selected);
  g_assert_cmpuint (a->n_highlight, ==, b->n_highlight);
  g_assert_cmpuint (a->source, ==, b->source);
  g_assert_cmpuint (a->n_graph_highlight, ==, b->n_graph_highlight);
  g_assert_cmpstr (a->title, ==, b->title);
  g_assert_cmpint (a->fullscreen, ==, b->fullscreen);
  g_assert_cmpint (a->width, ==, b->width);
  g_assert_cmpint (a->height, ==, b->height);
  g_assert_cmpint (a->lanes, ==, b->lanes);
}

/* The presentation fills the monitor the window is on. */
static void
assert_fills_screen (SlPresentation *presentation)
{
  GtkWidget *widget = GTK_WIDGET (presentation);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (presentation));
  GdkMonitor *monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (widget),
                                                            surface);
  GdkRectangle geometry;

  g_assert_nonnull (monitor);
  gdk_monitor_get_geometry (monitor, &geometry);
  g_test_message ("presentation %d×%d (surface %d×%d) on a %d×%d monitor, full screen: %d",
                  gtk_widget_get_width (widget), gtk_widget_get_height (widget),
                  gdk_surface_get_width (surface), gdk_surface_get_height (surface),
                  geometry.width, geometry.height,
                  gtk_window_is_fullscreen (GTK_WINDOW (presentation)));
  g_assert_cmpint (gtk_widget_get_width (widget), ==, geometry.width);
  g_assert_cmpint (gtk_widget_get_height (widget), ==, geometry.height);
}

static void
test_f5_goes_full_screen (void)
{
  SlWindow *window = gui_open_sample_window (GTK_APPLICATION (app), 1100, 760);
  SlModel *model = sl_window_get_model (window);
  SlPresentation *presentation;
  guint n_order;

  sl_model_events_by_start (model, &n_order);
  presentation = gui_press_f5 (app);
  g_assert_true (sl_presentation_get_source_window (presentation) == window);
  assert_fills_screen (presentation);

  /* an overview first, then every shown event: hidden and deleted ones never become slides */
  g_assert_cmpuint (sl_presentation_get_n_slides (presentation), ==, n_order + 1);
  g_assert_cmpuint (sl_presentation_get_slide (presentation), ==, 0);
  g_assert_cmpuint (sl_presentation_get_slide_event (presentation, 0), ==, SL_NONE);
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (presentation)),
                                   "Presentation — Sample Articles"));
  /* the stage is dark whatever the desktop's style: projectors show it best */
  g_assert_true (sl_timeline_view_get_dark (sl_presentation_get_timeline (presentation)));
  g_assert_true (sl_graph_view_get_dark (sl_presentation_get_graph (presentation)));

  /* F5 again (a clicker's start button) keeps the one presentation */
  g_action_group_activate_action (G_ACTION_GROUP (app), "present", NULL);
  g_assert_true (sl_application_get_presentation (app) == presentation);

  sl_presentation_leave (presentation);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The event's interval is centred in the visible range, with room around it. */
static void
assert_centred_on (SlPresentation *presentation, guint32 event)
{
  SlTimelineView *timeline = sl_presentation_get_timeline (presentation);
  SlModel *model = sl_timeline_view_get_model (timeline);
  const SlEvent *ev = sl_model_event (model, event);
  double centre, span, event_centre, event_end = MAX ((double) ev->end_t, ev->start + SL_DAY);
  g_autoptr (GArray) sources = g_array_new (FALSE, FALSE, sizeof (guint32));
  const guint32 *lit;
  guint n_lit;

  visible_centre (timeline, &centre, &span);
  event_centre = ev->start + (event_end - ev->start) / 2.0;
  g_assert_cmpfloat (fabs (centre - event_centre), <=, span * 0.01);
  g_assert_cmpfloat (span, >=, event_end - ev->start);
  /* it is drawn, selected, and the graph inset lights the sources behind it */
  g_assert_cmpuint (sl_timeline_view_get_selected_event (timeline), ==, event);
  g_assert_true (sl_timeline_view_get_event_position (timeline, event, NULL, NULL));
  sl_model_event_sources (model, event, sources);
  lit = sl_graph_view_get_highlight (sl_presentation_get_graph (presentation), &n_lit);
  g_assert_cmpuint (n_lit, ==, sources->len);
  for (guint i = 0; i < n_lit; i++)
    g_assert_cmpuint (lit[i], ==, g_array_index (sources, guint32, i));
}

static void
test_page_down_zooms_to_next_event (void)
{
  SlWindow *window = gui_open_sample_window (GTK_APPLICATION (app), 1100, 760);
  SlModel *model = sl_window_get_model (window);
  SlPresentation *presentation = gui_press_f5 (app);
  GtkWidget *widget = GTK_WIDGET (presentation);
  const guint32 *order;
  guint n_order;
  double centre0, span0, centre, span;

  order = sl_model_events_by_start (model, &n_order);
  g_assert_cmpuint (n_order, >=, 3);
  visible_centre (sl_presentation_get_timeline (presentation), &centre0, &span0);

  /* Page Down: the first event, reached by an animated zoom */
  g_assert_true (gui_press_key (widget, GDK_KEY_Page_Down, 0));
  g_assert_cmpuint (sl_presentation_get_slide (presentation), ==, 1);
  g_assert_cmpuint (sl_presentation_get_slide_event (presentation, 1), ==, order[0]);
  g_assert_true (sl_presentation_get_animating (presentation));
  /* the first frame of the zoom still shows about what was there */
  visible_centre (sl_presentation_get_timeline (presentation), &centre, &span);
  g_assert_cmpfloat (fabs (span - span0), <=, span0 * 0.05);
  gui_spin_until_still (presentation);
  assert_centred_on (presentation, order[0]);
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (presentation)),
                                   "Presentation — 1 of "));

  /* Space and → go on; Page Up and ← come back */
  g_assert_true (gui_press_key (widget, GDK_KEY_space, 0));
  gui_spin_until_still (presentation);
  assert_centred_on (presentation, order[1]);
  g_assert_true (gui_press_key (widget, GDK_KEY_Right, 0));
  gui_spin_until_still (presentation);
  assert_centred_on (presentation, order[2]);
  g_assert_true (gui_press_key (widget, GDK_KEY_Page_Up, 0));
  gui_spin_until_still (presentation);
  assert_centred_on (presentation, order[1]);
  g_assert_true (gui_press_key (widget, GDK_KEY_Left, 0));
  gui_spin_until_still (presentation);
  assert_centred_on (presentation, order[0]);

  /* End is the last event; Page Down there stays on it */
  g_assert_true (gui_press_key (widget, GDK_KEY_End, 0));
  gui_spin_until_still (presentation);
  assert_centred_on (presentation, order[n_order - 1]);
  g_assert_true (gui_press_key (widget, GDK_KEY_Page_Down, 0));
  gui_spin_until_still (presentation);
  g_assert_cmpuint (sl_presentation_get_slide (presentation), ==, n_order);

  /* Home is the overview again: the range the window showed */
  g_assert_true (gui_press_key (widget, GDK_KEY_Home, 0));
  gui_spin_until_still (presentation);
  visible_centre (sl_presentation_get_timeline (presentation), &centre, &span);
  g_assert_cmpfloat (fabs (centre - centre0), <=, 1.0);
  g_assert_cmpfloat (fabs (span - span0), <=, 2.0);

  sl_presentation_leave (presentation);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The share of pixels that are black (every channel below 8). */
static double
black_share (SlPresentation *presentation)
{
  g_autofree guchar *pixels = NULL;
  int width, height;
  gsize stride, black = 0;

  gui_spin_until_drawn (GTK_WIDGET (presentation));
  pixels = gui_render_widget (GTK_WIDGET (presentation), &width, &height, &stride);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guchar *p = pixels + (gsize) y * stride + (gsize) x * 4;
        black += p[0] < 8 && p[1] < 8 && p[2] < 8;
      }
  return (double) black / ((double) width * height);
}

static void
test_b_blanks_the_screen (void)
{
  SlWindow *window = gui_open_sample_window (GTK_APPLICATION (app), 1100, 760);
  SlPresentation *presentation = gui_press_f5 (app);
  GtkWidget *widget = GTK_WIDGET (presentation);

  g_assert_true (gui_press_key (widget, GDK_KEY_Page_Down, 0));
  gui_spin_until_still (presentation);
  g_assert_cmpfloat (black_share (presentation), <, 0.5);

  g_assert_true (gui_press_key (widget, GDK_KEY_b, 0));
  g_assert_true (sl_presentation_get_blank (presentation));
  /* wait out the crossfade: every pixel is black */
  while (gtk_widget_get_mapped (GTK_WIDGET (sl_presentation_get_timeline (presentation))))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpfloat (black_share (presentation), ==, 1.0);

  /* a step key brings the same slide back rather than moving on */
  g_assert_true (gui_press_key (widget, GDK_KEY_Page_Down, 0));
  g_assert_false (sl_presentation_get_blank (presentation));
  g_assert_cmpuint (sl_presentation_get_slide (presentation), ==, 1);
  /* B again blanks, and B once more shows the slide */
  g_assert_true (gui_press_key (widget, GDK_KEY_B, 0));
  g_assert_true (sl_presentation_get_blank (presentation));
  g_assert_true (gui_press_key (widget, GDK_KEY_b, 0));
  g_assert_false (sl_presentation_get_blank (presentation));
  g_assert_cmpuint (sl_presentation_get_slide (presentation), ==, 1);

  sl_presentation_leave (presentation);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
presentation_gone_cb (gpointer data, GObject *where_the_object_was)
{
  *(gboolean *) data = TRUE;
}

static void
test_escape_restores_window (void)
{
  SlWindow *window = gui_open_sample_window (GTK_APPLICATION (app), 1100, 760);
  SlModel *model = sl_window_get_model (window);
  SlTimelineView *timeline = sl_window_get_timeline (window);
  const guint32 *order;
  guint n_order;
  WindowState before, after;
  SlPresentation *presentation;
  gboolean gone = FALSE;

  /* a window the user has worked in: zoomed and an event selected */
  order = sl_model_events_by_start (model, &n_order);
  sl_timeline_view_zoom_at (timeline, 1.7, 200);
  sl_timeline_view_set_selected_event (timeline, order[n_order / 2]);
  gui_spin_until_drawn (GTK_WIDGET (timeline));
  window_state_get (window, &before);

  presentation = gui_press_f5 (app);
  g_object_weak_ref (G_OBJECT (presentation), presentation_gone_cb, &gone);
  /* it opens on the selected event, and stepping there does not touch the window */
  g_assert_cmpuint (sl_presentation_get_slide_event (presentation,
                                                     sl_presentation_get_slide (presentation)),
                    ==, order[n_order / 2]);
  assert_centred_on (presentation, order[n_order / 2]);
  gui_press_key (GTK_WIDGET (presentation), GDK_KEY_Page_Down, 0);
  gui_press_key (GTK_WIDGET (presentation), GDK_KEY_Page_Down, 0);
  gui_spin_until_still (presentation);

  g_assert_true (gui_press_key (GTK_WIDGET (presentation), GDK_KEY_Escape, 0));
  while (!gone)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (sl_application_get_presentation (app));
  gui_spin_until_drawn (GTK_WIDGET (timeline));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  window_state_get (window, &after);
  assert_same_state (&before, &after);

  g_free (before.title);
  g_free (after.title);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A selected source's events (what the window emphasises) become the slides. */
static void
test_selected_source_events_are_slides (void)
{
  SlWindow *window = gui_open_sample_window (GTK_APPLICATION (app), 1100, 760);
  SlModel *model = sl_window_get_model (window);
  SlGraphView *graph = sl_window_get_graph (window);
  SlTimelineView *timeline = sl_window_get_timeline (window);
  SlPresentation *presentation;
  const guint32 *lit;
  guint n_lit = 0, n_slides;
  guint32 source = SL_NONE;
  SlTime last = G_MININT64;

  /* the source standing behind the most events, but not all of them */
  for (guint32 s = 0, best = 0; s < sl_model_n_sources (model); s++)
    {
      g_autoptr (GArray) events = g_array_new (FALSE, FALSE, sizeof (guint32));

      sl_model_source_events (model, s, events);
      if (events->len > best && events->len < sl_model_n_events (model))
        best = events->len, source = s;
    }
  g_assert_cmpuint (source, !=, SL_NONE);
  sl_graph_view_set_selected_source (graph, source);
  lit = sl_timeline_view_get_highlight (timeline, &n_lit);
  g_assert_cmpuint (n_lit, >, 0);

  presentation = gui_press_f5 (app);
  n_slides = sl_presentation_get_n_slides (presentation);
  g_assert_cmpuint (n_slides, ==, n_lit + 1);
  for (guint i = 1; i < n_slides; i++)
    {
      guint32 e = sl_presentation_get_slide_event (presentation, i);
      gboolean found = FALSE;

      for (guint k = 0; k < n_lit && !found; k++)
        found = lit[k] == e;
      g_assert_true (found);
      g_assert_cmpint (sl_model_event (model, e)->start, >=, last);
      last = sl_model_event (model, e)->start;
    }
  /* the overview names the source, and the inset lights its neighbourhood */
  g_assert_cmpuint (sl_graph_view_get_selected_source (graph), ==, source);
  sl_graph_view_get_highlight (sl_presentation_get_graph (presentation), &n_lit);
  g_assert_cmpuint (n_lit, >, 0);

  sl_presentation_leave (presentation);
  gtk_window_destroy (GTK_WINDOW (window));
}

static double
luminance (const guchar *p) /* B G R A */
{
  double c[3];

  for (int i = 0; i < 3; i++)
    {
      double v = p[2 - i] / 255.0;
      c[i] = v <= 0.03928 ? v / 12.92 : pow ((v + 0.055) / 1.055, 2.4);
    }
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

/* The strongest WCAG contrast between any pixel of the label and the stage behind it. */
static double
label_contrast (SlPresentation *presentation, const guchar *pixels, gsize stride, const char *name)
{
  GtkWidget *label = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (presentation),
                                                                SL_TYPE_PRESENTATION, name));
  graphene_rect_t bounds;
  double bg, best = 1.0;

  g_assert_true (gtk_widget_compute_bounds (label, GTK_WIDGET (presentation), &bounds));
  /* the stage just left of the text */
  bg = luminance (pixels + (gsize) (bounds.origin.y + 2) * stride
                  + (gsize) (bounds.origin.x - 4) * 4);
  for (int y = bounds.origin.y; y < bounds.origin.y + bounds.size.height; y++)
    for (int x = bounds.origin.x; x < bounds.origin.x + bounds.size.width; x++)
      {
        double l = luminance (pixels + (gsize) y * stride + (gsize) x * 4);
        best = MAX (best, (MAX (l, bg) + 0.05) / (MIN (l, bg) + 0.05));
      }
  return best;
}

static double
label_font_size (SlPresentation *presentation, const char *name)
{
  GtkLabel *label = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (presentation),
                                                              SL_TYPE_PRESENTATION, name));
  PangoContext *context = pango_layout_get_context (gtk_label_get_layout (label));

  return pango_font_description_get_size (pango_context_get_font_description (context))
         / (double) PANGO_SCALE;
}

/* Large type and high contrast: the event's label at least 2.5 times the desktop's text, and
 * every line of the slide at WCAG AAA contrast (7:1) or better. */
static void
test_large_high_contrast_type (void)
{
  SlWindow *window = gui_open_sample_window (GTK_APPLICATION (app), 1100, 760);
  SlPresentation *presentation = gui_press_f5 (app);
  g_autofree char *font_name = NULL;
  g_autoptr (PangoFontDescription) desktop = NULL;
  g_autofree guchar *pixels = NULL;
  static const char *const labels[] = { "kicker_label", "title_label", "date_label",
                                        "sentence_label", "sources_label" };
  int width, height;
  gsize stride;

  g_object_get (gtk_settings_get_default (), "gtk-font-name", &font_name, NULL);
  desktop = pango_font_description_from_string (font_name);
  g_assert_true (gui_press_key (GTK_WIDGET (presentation), GDK_KEY_Page_Down, 0));
  gui_spin_until_still (presentation);
  gui_spin_until_drawn (GTK_WIDGET (presentation));

  g_assert_cmpfloat (label_font_size (presentation, "title_label"), >=,
                     2.5 * pango_font_description_get_size (desktop) / PANGO_SCALE);
  g_assert_cmpfloat (label_font_size (presentation, "sentence_label"), >=,
                     1.5 * pango_font_description_get_size (desktop) / PANGO_SCALE);

  pixels = gui_render_widget (GTK_WIDGET (presentation), &width, &height, &stride);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      double contrast = label_contrast (presentation, pixels, stride, labels[i]);

      g_test_message ("%s: contrast %.1f:1", labels[i], contrast);
      g_assert_cmpfloat (contrast, >=, 7.0);
    }

  sl_presentation_leave (presentation);
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
slide_part (SlPresentation *presentation, const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (presentation),
                                                    SL_TYPE_PRESENTATION, name));
}

/* A presentation of every event on a screen of width × height, on the given slide, laid out
 * and painted: a window of that size (Xvfb has one monitor size), set up as F5 would. */
static SlPresentation *
present_at_size (SlWindow *window, guint slide, int width, int height)
{
  SlPresentation *presentation = sl_presentation_new (window, SL_PRESENTATION_ALL);
  GtkWidget *widget = GTK_WIDGET (presentation);

  gtk_window_set_default_size (GTK_WINDOW (presentation), width, height);
  gtk_widget_add_css_class (widget, "fullscreen"); /* no frame, as on the screen it fills */
  gtk_window_present (GTK_WINDOW (presentation));
  gui_spin_until_drawn (widget);
  g_assert_cmpint (gtk_widget_get_width (widget), ==, width);
  g_assert_cmpint (gtk_widget_get_height (widget), ==, height);
  sl_presentation_go_to (presentation, slide);
  gui_spin_until_still (presentation);
  gui_spin_until_drawn (widget);
  /* the type follows the height: a second frame sets the words in it */
  gui_spin_briefly ();
  gui_spin_until_drawn (widget);
  return presentation;
}

static void
save_screenshot (SlPresentation *presentation, const char *name)
{
  const char *dir = g_getenv ("SL_SCREENSHOT_DIR");
  g_autofree char *path = NULL;
  g_autoptr (GdkPaintable) paintable = NULL;
  g_autoptr (GtkSnapshot) snapshot = NULL;
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  int w = gtk_widget_get_width (GTK_WIDGET (presentation));
  int h = gtk_widget_get_height (GTK_WIDGET (presentation));

  if (dir == NULL || *dir == '\0')
    return;
  path = g_build_filename (dir, name, NULL);
  paintable = gtk_widget_paintable_new (GTK_WIDGET (presentation));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), w, h);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (presentation)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, w, h));
  gdk_texture_save_to_png (texture, path);
  g_test_message ("saved %s", path);
}

/* A long headline on a slide that also says who else reports the event: on a projector's
 * screens from 1024 × 768 to 1600 × 1000 (the test display) the title wraps (and shrinks) to fit, and every line
 * of who said it, "Reported by" included, is on the screen in full, above the stage's edge. */
static void
test_long_title_fits_small_screens (void)
{
  static const int sizes[][2] = { { 1600, 1000 }, { 1400, 900 }, { 1366, 768 },
                                  { 1280, 720 }, { 1024, 768 } };
  static const char long_title[] =
    "Russia vetoes the renewal of the United Nations panel of experts that monitored "
    "sanctions against North Korea for fifteen years";
  SlWindow *window = gui_open_sample_window (GTK_APPLICATION (app), 1100, 760);
  SlModel *model = sl_window_get_model (window);
  SlPresentation *presentation = gui_press_f5 (app);
  GtkLabel *sources = GTK_LABEL (slide_part (presentation, "sources_label"));
  guint slide = 0;

  /* the first slide that says who else reports its event */
  for (guint i = 1; i < sl_presentation_get_n_slides (presentation) && slide == 0; i++)
    {
      sl_presentation_go_to (presentation, i);
      if (strstr (gtk_label_get_text (sources), "Reported by") != NULL)
        slide = i;
    }
  g_assert_cmpuint (slide, >, 0);
  sl_model_event_mut (model, sl_presentation_get_slide_event (presentation, slide))->label =
    sl_model_intern (model, long_title);
  sl_presentation_leave (presentation);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *name = g_strdup_printf ("long-title-%dx%d.png", sizes[i][0], sizes[i][1]);
      graphene_rect_t words, t, d, s;
      GtkLabel *title;
      GtkWidget *stage_words, *date;

      presentation = present_at_size (window, slide, sizes[i][0], sizes[i][1]);
      title = GTK_LABEL (slide_part (presentation, "title_label"));
      sources = GTK_LABEL (slide_part (presentation, "sources_label"));
      date = slide_part (presentation, "date_label");
      /* the lower half of the stage, inside its margins: the words and the inset graph */
      stage_words = gtk_widget_get_ancestor (GTK_WIDGET (sources), GTK_TYPE_GRID);
      g_assert_cmpstr (gtk_label_get_text (title), ==, long_title);
      g_assert_true (gtk_widget_compute_bounds (stage_words, GTK_WIDGET (presentation), &words));
      g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (title), GTK_WIDGET (presentation), &t));
      g_assert_true (gtk_widget_compute_bounds (date, GTK_WIDGET (presentation), &d));
      g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (sources), GTK_WIDGET (presentation), &s));
      g_test_message ("%d×%d: title %.0f–%.0f, sources %.0f–%.0f, room for the words to %.0f",
                      sizes[i][0], sizes[i][1], t.origin.y, t.origin.y + t.size.height,
                      s.origin.y, s.origin.y + s.size.height, words.origin.y + words.size.height);
      save_screenshot (presentation, name);

      /* the whole of who said it, on screen and above the foot of the stage */
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (sources)));
      g_assert_nonnull (strstr (gtk_label_get_text (sources), "Reported by"));
      g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (sources)));
      g_assert_cmpfloat (s.origin.y + s.size.height, <=, words.origin.y + words.size.height);
      g_assert_cmpfloat (s.origin.y + s.size.height, <=, sizes[i][1]);
      /* the headline wraps and shrinks rather than losing words, and nothing overlaps it */
      g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (title)));
      g_assert_cmpfloat (t.origin.y, >=, words.origin.y);
      g_assert_cmpfloat (t.origin.y + t.size.height, <=, d.origin.y);
      gtk_window_destroy (GTK_WINDOW (presentation));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* app.present-scope('lane'): the events sharing the selected event's lane, opening on it. */
static void
test_lane_events_are_slides (void)
{
  SlWindow *window = gui_open_sample_window (GTK_APPLICATION (app), 1100, 760);
  SlModel *model = sl_window_get_model (window);
  SlTimelineView *timeline = sl_window_get_timeline (window);
  SlTimelinePainter *painter = sl_timeline_painter_new ();
  g_autoptr (GArray) lane_events = g_array_new (FALSE, FALSE, sizeof (guint32));
  SlPresentation *presentation;
  guint n_order, lane, in_lane = 0, n_slides;
  guint32 chosen = SL_NONE;

  /* an event whose lane holds more than it and less than everything */
  sl_timeline_painter_set_model (painter, model);
  sl_timeline_painter_set_lane_mode (painter, sl_timeline_view_get_lane_mode (timeline));
  sl_model_events_by_start (model, &n_order);
  chosen = gui_event_in_partial_lane (timeline, model, lane_events);
  in_lane = lane_events->len;
  g_assert_cmpuint (chosen, !=, SL_NONE);
  lane = sl_timeline_painter_lane_of_event (painter, chosen);
  sl_timeline_view_set_selected_event (timeline, chosen);

  g_action_group_activate_action (G_ACTION_GROUP (app), "present-scope",
                                  g_variant_new_string ("lane"));
  presentation = gui_presentation_shown (app);
  n_slides = sl_presentation_get_n_slides (presentation);
  g_assert_cmpuint (n_slides, ==, in_lane + 1);
  for (guint i = 1; i < n_slides; i++)
    g_assert_cmpuint (sl_timeline_painter_lane_of_event (painter,
                                                         sl_presentation_get_slide_event (presentation, i)),
                      ==, lane);
  g_assert_cmpuint (sl_presentation_get_slide_event (presentation,
                                                     sl_presentation_get_slide (presentation)),
                    ==, chosen);
  assert_centred_on (presentation, chosen);
  sl_presentation_leave (presentation);

  /* 'all' takes every event whatever is selected */
  g_action_group_activate_action (G_ACTION_GROUP (app), "present-scope",
                                  g_variant_new_string ("all"));
  presentation = sl_application_get_presentation (app);
  g_assert_nonnull (presentation);
  g_assert_cmpuint (sl_presentation_get_n_slides (presentation), ==, n_order + 1);
  sl_presentation_leave (presentation);

  sl_timeline_painter_free (painter);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* With SL_SCREENSHOT_DIR set, keeps a picture of every slide. */
static void
test_screenshots (void)
{
  const char *dir = g_getenv ("SL_SCREENSHOT_DIR");
  SlWindow *window;
  SlPresentation *presentation;

  if (dir == NULL || *dir == '\0')
    {
      g_test_skip ("SL_SCREENSHOT_DIR is not set");
      return;
    }
  window = gui_open_sample_window (GTK_APPLICATION (app), 1100, 760);
  presentation = gui_press_f5 (app);
  for (guint i = 0; i < sl_presentation_get_n_slides (presentation); i++)
    {
      g_autofree char *name = g_strdup_printf ("presentation-%02u.png", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr (GskRenderNode) node = NULL;
      g_autoptr (GdkTexture) texture = NULL;
      int w = gtk_widget_get_width (GTK_WIDGET (presentation));
      int h = gtk_widget_get_height (GTK_WIDGET (presentation));

      gui_spin_until_still (presentation);
      /* a paintable gives no picture of a window it is asked about too often in one frame */
      for (guint tries = 0; node == NULL && tries < 20; tries++)
        {
          g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (presentation));
          g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();

          gui_spin_until_drawn (GTK_WIDGET (presentation));
          gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), w, h);
          node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
        }
      g_assert_nonnull (node);
      texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (presentation)),
                                             node, &GRAPHENE_RECT_INIT (0, 0, w, h));
      g_assert_true (gdk_texture_save_to_png (texture, path));
      g_test_message ("saved %s", path);
      gui_press_key (GTK_WIDGET (presentation), GDK_KEY_Page_Down, 0);
    }
  sl_presentation_leave (presentation);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  g_set_application_name ("Sourceline");
  /* nothing here reads the accessibility tree; a bus left behind by an earlier test of the
   * same session must not turn into a critical */
  g_setenv ("GTK_A11Y", "none", TRUE);
  /* the zoom between slides is animated here: the tests wait for it to end */
  if (!gui_init_display (TRUE))
    return 77;

  app = gui_register_app ();

  g_test_add_func ("/gui/presentation/f5-full-screen", test_f5_goes_full_screen);
  g_test_add_func ("/gui/presentation/page-down-zooms-to-next", test_page_down_zooms_to_next_event);
  g_test_add_func ("/gui/presentation/b-blanks", test_b_blanks_the_screen);
  g_test_add_func ("/gui/presentation/escape-restores-window", test_escape_restores_window);
  g_test_add_func ("/gui/presentation/source-events-are-slides",
                   test_selected_source_events_are_slides);
  g_test_add_func ("/gui/presentation/large-high-contrast-type", test_large_high_contrast_type);
  g_test_add_func ("/gui/presentation/lane-events-are-slides", test_lane_events_are_slides);
  g_test_add_func ("/gui/presentation/long-title-fits-small-screens",
                   test_long_title_fits_small_screens);
  g_test_add_func ("/gui/presentation/screenshots", test_screenshots);

  ret = g_test_run ();
  g_object_unref (app);
  return ret;
}
