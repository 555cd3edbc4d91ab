/* sl-graph-view.c: the attribution graph widget. Layout and drawing belong to the graph
 * painter; this widget keeps the viewport, the selection and the emphasis, and maps input. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include "sl-graph-view.h"
#include "sl-view-input.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "paint/sl-graph-layout.h"
#include "paint/sl-graph-painter.h"
#include "paint/sl-paint-style.h"

#define CLICK_SLOP 4.0
#define WHEEL_ZOOM 1.2
#define KEY_ZOOM 1.4
#define KEY_PAN 48.0
#define PLAY_SECONDS 8.0   /* a playback runs from the first report to the last in this long */
#define BAR_MARGIN 6
#define COMPACT_HEIGHT 320 /* a shorter pane puts its controls in one row along the bottom */
#define ASYNC_NODES 1500   /* graphs bigger than this switch to the force layout on a worker thread */

struct _SlGraphView
{
  GtkWidget        parent_instance;

  SlGraphPainter  *painter;
  SlGraphViewport  vp;
  SlModel         *model;
  GArray          *highlight;    /* guint32 sources */
  GArray          *key_order;    /* guint32 sources in reading order (layer, then order) */
  guint32          selected;
  guint32          hover;
  gboolean         dark;
  gboolean         high_contrast;
  gboolean         needs_fit;
  gboolean         user_moved;   /* panned or zoomed by hand since the last fit */
  gboolean         showing_all;  /* the last fit showed the whole graph, however small */

  double           pointer_x, pointer_y;
  SlGraphViewport  drag_start_vp;
  double           drag_x, drag_y;
  gboolean         drag_moved;
  SlGraphViewport  zoom_start_vp;

  /* dragging a node pins it */
  guint            drag_node;     /* layout node being dragged, SL_NONE when panning */
  double           drag_off_x, drag_off_y; /* node centre − pointer, layout units */
  gboolean         drag_ignored;  /* the press went to one of the pane's controls */
  guint            hover_edge;    /* layout edge under the pointer, SL_NONE for none */

  /* the pane's own controls, over the graph: search and layout on top, playback below */
  GtkWidget       *top_bar;
  GtkWidget       *search_button; /* stands for the search entry in a compact pane */
  GtkWidget       *search_entry;
  GtkWidget       *layered_button;
  GtkWidget       *force_button;
  GtkWidget       *progress_label;
  GtkWidget       *bottom_bar;
  GtkWidget       *play_button;
  GtkWidget       *scale;
  GtkWidget       *time_label;
  guint            syncing_controls;
  gboolean         hide_controls;  /* a picture only: no search, layout or playback bars */
  gboolean         compact;        /* a short pane: one slim row of controls at the bottom */

  /* the layout chosen; a big graph gets it from a worker thread */
  SlGraphLayoutKind wanted_kind;
  GCancellable    *layout_cancel;

  /* playback */
  gboolean         has_span;
  SlTime           span_first, span_last;
  guint            tick_id;
  gint64           last_frame_time;
};

G_DEFINE_FINAL_TYPE (SlGraphView, sl_graph_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_SELECTED_SOURCE,
  PROP_DARK,
  PROP_HIGH_CONTRAST,
  PROP_LAYOUT,
  PROP_PLAYING,
  N_PROPS
};

enum
{
  SELECTION_CHANGED,
  SOURCE_PINNED,
  SOURCE_UNPINNED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];

static void apply_wanted_kind (SlGraphView *self);
static guint signals[N_SIGNALS];

static gboolean
has_size (SlGraphView *self)
{
  return gtk_widget_get_width (GTK_WIDGET (self)) > 0 && gtk_widget_get_height (GTK_WIDGET (self)) > 0;
}

static void
sync_size (SlGraphView *self)
{
  self->vp.width = MAX (1, gtk_widget_get_width (GTK_WIDGET (self)));
  self->vp.height = MAX (1, gtk_widget_get_height (GTK_WIDGET (self)));
}

/* Below this zoom the labels, drawn at text size, pile onto each other. */
#define READABLE_ZOOM 0.6

/* Fits the whole graph when that leaves it readable; otherwise shows it at the smallest
 * readable zoom from its top left, and dragging or scrolling reaches the rest. Fitting again
 * from there shows the whole graph, however small. */
static double
bar_band (GtkWidget *bar)
{
  int height = 0;

  if (bar == NULL || !gtk_widget_get_visible (bar))
    return 0;
  gtk_widget_measure (bar, GTK_ORIENTATION_VERTICAL, -1, NULL, &height, NULL, NULL);
  return height + BAR_MARGIN;
}

/* The bands the controls cover at the top and the bottom of the pane. */
static void
control_bands (SlGraphView *self, double *top, double *bottom)
{
  *top = bar_band (self->top_bar);
  *bottom = bar_band (self->bottom_bar);
  /* a compact pane has its one row of controls along the bottom */
  if (self->compact)
    {
      *bottom = MAX (*top, *bottom);
      *top = 0;
    }
}

/* The y of the topmost node of the graph's first column (those at its left edge, x0). */
static double
first_column_top (SlGraphLayout *layout, double x0)
{
  double top = G_MAXDOUBLE;

  for (guint i = 0; i < sl_graph_layout_n_nodes (layout); i++)
    {
      const SlGraphNode *node = sl_graph_layout_node (layout, i);

      if (node->x - node->radius <= x0 + 1.0)
        top = MIN (top, node->y);
    }
  return top;
}

static void
fit_now (SlGraphView *self)
{
  SlGraphLayout *layout = sl_graph_painter_get_layout (self->painter);
  SlGraphViewport all, readable;
  double x0, y0, x1, y1;
  double top, bottom;

  control_bands (self, &top, &bottom);
  sync_size (self);
  if (layout != NULL)
    {
      /* the graph fits between the controls drawn over it */
      all = self->vp;
      if (all.height - top - bottom >= 120)
        all.height -= top + bottom;
      else
        top = 0;
      sl_graph_viewport_fit (&all, layout);
      all.oy -= top / all.zoom;
      all.height = self->vp.height;
      readable = all;
      if (all.zoom < READABLE_ZOOM && sl_graph_layout_bounds (layout, &x0, &y0, &x1, &y1))
        {
          double cx = all.ox + all.width / 2.0 / all.zoom;

          readable.zoom = READABLE_ZOOM;
          /* from its left as from its top: centred, a graph wider than the pane lost half of
           * its first column, the outlets where every chain starts, at the pane's left edge */
          readable.ox = MIN (cx - readable.width / 2.0 / readable.zoom, x0 - 24.0 / readable.zoom);
          readable.oy = y0 - (24.0 + top) / readable.zoom;
          /* a graph taller than the pane: its first column (outlets, centred on what they
           * carry) may begin below the pane's foot; the view then begins at its first node */
          {
            double first = first_column_top (layout, x0);
            double foot = readable.oy + (readable.height - bottom - 24.0) / readable.zoom;

            if (first > foot)
              readable.oy = first - (24.0 + top) / readable.zoom;
          }
        }
      self->showing_all = !self->needs_fit && fabs (self->vp.zoom - readable.zoom) < 1e-6
                          && fabs (self->vp.ox - readable.ox) < 1.0
                          && fabs (self->vp.oy - readable.oy) < 1.0;
      self->vp = self->showing_all ? all : readable;
    }
  self->needs_fit = FALSE;
  self->user_moved = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
update_style (SlGraphView *self)
{
  SlPaintStyle style;
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *font = pango_context_get_font_description (context);
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (self));
  int dpi = 0;

  if (self->high_contrast)
    sl_paint_style_init_high_contrast (&style, self->dark);
  else
    sl_paint_style_init (&style, self->dark);
  if (font != NULL)
    sl_paint_style_set_font (&style, pango_font_description_get_family (font),
                             pango_font_description_get_size (font) / (double) PANGO_SCALE);
  if (settings != NULL)
    g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  if (dpi > 0)
    style.scale = CLAMP (dpi / (96.0 * 1024.0), 0.5, 3.0);
  sl_graph_painter_set_style (self->painter, &style);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static char *
describe_source (SlGraphView *self, guint32 source)
{
  const SlSource *src = sl_model_source (self->model, source);
  const char *name = sl_model_str (self->model, src->name);
  const char *title = src->title ? sl_model_str (self->model, src->title) : NULL;
  const char *kind = _(sl_paint_source_kind_name ((SlSourceKind) src->kind));

  if (name == NULL || *name == '\0')
    name = _("Unnamed source");
  if (title != NULL && *title != '\0')
    /* TRANSLATORS: a source in the graph: its name, its title, its kind, how many claims */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %s (%s), %u claim",
                                         "%s, %s (%s), %u claims", src->n_claims),
                            name, title, kind, src->n_claims);
  /* TRANSLATORS: a source in the graph: its name, its kind, how many claims */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (%s), %u claim", "%s (%s), %u claims",
                                       src->n_claims),
                          name, kind, src->n_claims);
}

static void
update_accessible (SlGraphView *self)
{
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;
  SlGraphLayout *layout = sl_graph_painter_get_layout (self->painter);
  guint n = layout ? sl_graph_layout_n_nodes (layout) : 0;

  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Source graph, %u source",
                                        "Source graph, %u sources", n), n);
  if (self->selected != SL_NONE)
    {
      g_autofree char *what = describe_source (self, self->selected);
      description = g_strdup_printf (_("Selected: %s"), what);
    }
  else if (self->highlight->len > 0)
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u source highlighted",
                                                "%u sources highlighted", self->highlight->len),
                                   self->highlight->len);
  else
    description = g_strdup (_("No source selected. Left and Right select sources, "
                              "plus and minus zoom, 0 shows everything, slash finds a source, "
                              "Space plays the reports over time, U releases a dragged node."));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static int
compare_nodes (const void *a, const void *b, void *user_data)
{
  SlGraphLayout *layout = user_data;
  const SlGraphNode *na = sl_graph_layout_node (layout, sl_graph_layout_node_of_source (layout, *(const guint32 *) a));
  const SlGraphNode *nb = sl_graph_layout_node (layout, sl_graph_layout_node_of_source (layout, *(const guint32 *) b));

  if (na->layer != nb->layer)
    return na->layer < nb->layer ? -1 : 1;
  if (na->order != nb->order)
    return na->order < nb->order ? -1 : 1;
  return 0;
}

/* Keyboard order: left to right by layer, top to bottom within one, as a reader scans. */
static void
rebuild_key_order (SlGraphView *self)
{
  SlGraphLayout *layout = sl_graph_painter_get_layout (self->painter);

  g_array_set_size (self->key_order, 0);
  if (layout == NULL)
    return;
  for (guint i = 0; i < sl_graph_layout_n_nodes (layout); i++)
    {
      guint32 source = sl_graph_layout_node (layout, i)->source;
      g_array_append_val (self->key_order, source);
    }
  g_qsort_with_data (self->key_order->data, self->key_order->len, sizeof (guint32),
                     (GCompareDataFunc) compare_nodes, layout);
}

static void
set_selected (SlGraphView *self, guint32 source, gboolean emit)
{
  if (self->model == NULL || source >= sl_model_n_sources (self->model))
    source = SL_NONE;
  if (self->selected == source)
    return;
  self->selected = source;
  sl_graph_painter_set_selected (self->painter, source);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_SOURCE]);
  if (emit)
    g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

static void
reveal_source (SlGraphView *self, guint32 source)
{
  double x, y, margin = 24.0;

  if (source == SL_NONE || !has_size (self))
    return;
  sync_size (self);
  if (!sl_graph_painter_node_position (self->painter, &self->vp, source, &x, &y))
    return;
  if (x < margin || x > self->vp.width - margin || y < margin || y > self->vp.height - margin)
    sl_graph_viewport_pan (&self->vp, self->vp.width / 2.0 - x, self->vp.height / 2.0 - y);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Pans so the emphasised nodes are on screen (centred on them when some are not). */
static void
reveal_highlight (SlGraphView *self)
{
  SlGraphLayout *layout = sl_graph_painter_get_layout (self->painter);
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  double margin = 32.0, top, bottom;
  gboolean any = FALSE;

  if (self->highlight->len == 0 || layout == NULL || !has_size (self))
    return;
  if (self->needs_fit)
    fit_now (self);
  sync_size (self);
  control_bands (self, &top, &bottom);
  /* every node the painter lights: the sources, and the outlets that carried their words */
  for (guint i = 0; i < sl_graph_layout_n_nodes (layout); i++)
    {
      guint32 source = sl_graph_layout_node (layout, i)->source;
      double x, y;

      if (!sl_graph_painter_is_highlighted (self->painter, source)
          || !sl_graph_painter_node_position (self->painter, &self->vp, source, &x, &y))
        continue;
      x0 = MIN (x0, x), y0 = MIN (y0, y), x1 = MAX (x1, x), y1 = MAX (y1, y);
      any = TRUE;
    }
  if (!any || (x0 >= margin && y0 >= top + margin && x1 <= self->vp.width - margin
               && y1 <= self->vp.height - bottom - margin))
    return;
  /* a chain wider or taller than that room is shown whole, smaller */
  {
    double room_w = self->vp.width - 2 * margin, room_h = self->vp.height - top - bottom - 2 * margin;
    double factor = MIN (room_w / MAX (x1 - x0, 1.0), room_h / MAX (y1 - y0, 1.0));

    if (factor < 1.0 && room_w > 0 && room_h > 0)
      {
        double cx = (x0 + x1) / 2.0, cy = (y0 + y1) / 2.0, zoom = self->vp.zoom;

        sl_graph_viewport_zoom_at (&self->vp, factor, cx, cy);
        factor = self->vp.zoom / zoom; /* as the viewport clamped it */
        x0 = cx + (x0 - cx) * factor, x1 = cx + (x1 - cx) * factor;
        y0 = cy + (y0 - cy) * factor, y1 = cy + (y1 - cy) * factor;
      }
  }
  /* into the middle of what the controls leave uncovered */
  sl_graph_viewport_pan (&self->vp, self->vp.width / 2.0 - (x0 + x1) / 2.0,
                         (top + self->vp.height - bottom) / 2.0 - (y0 + y1) / 2.0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
select_neighbour (SlGraphView *self, int step)
{
  guint n = self->key_order->len;
  guint pos = n;

  if (n == 0)
    return FALSE;
  if (self->selected != SL_NONE)
    for (pos = 0; pos < n && g_array_index (self->key_order, guint32, pos) != self->selected; pos++)
      ;
  if (pos >= n)
    pos = step > 0 ? 0 : n - 1;
  else if (step > 0 && pos + 1 < n)
    pos++;
  else if (step < 0 && pos > 0)
    pos--;
  else
    return FALSE;
  set_selected (self, g_array_index (self->key_order, guint32, pos), TRUE);
  reveal_source (self, self->selected);
  return TRUE;
}

/* The pane's controls */

/* TRUE when (x, y) is over one of the controls drawn over the graph. */
static gboolean
over_controls (SlGraphView *self, double x, double y)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);

  return picked != NULL && picked != GTK_WIDGET (self);
}

static void
centre_on_source (SlGraphView *self, guint32 source)
{
  double x, y;

  if (source == SL_NONE || !has_size (self))
    return;
  if (self->needs_fit)
    fit_now (self);
  sync_size (self);
  if (!sl_graph_painter_node_position (self->painter, &self->vp, source, &x, &y))
    return;
  sl_graph_viewport_pan (&self->vp, self->vp.width / 2.0 - x, self->vp.height / 2.0 - y);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_hover_edge (SlGraphView *self, guint edge)
{
  if (self->hover_edge == edge)
    return;
  self->hover_edge = edge;
  sl_graph_painter_set_hover_edge (self->painter, edge);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
sync_layout_buttons (SlGraphView *self)
{
  gboolean force = self->wanted_kind == SL_GRAPH_LAYOUT_FORCE;

  self->syncing_controls++;
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->force_button), force);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->layered_button), !force);
  self->syncing_controls--;
}

static void
layout_toggled_cb (GtkToggleButton *button, SlGraphView *self)
{
  if (self->syncing_controls > 0 || !gtk_toggle_button_get_active (button))
    return;
  sl_graph_view_set_layout_name (self, GTK_WIDGET (button) == self->force_button ? "force" : "layered");
}

static void
search_changed_cb (GtkSearchEntry *entry, SlGraphView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  if (text != NULL && *text != '\0')
    sl_graph_view_focus_source (self, text);
}

static void
search_activate_cb (GtkSearchEntry *entry, SlGraphView *self)
{
  /* Enter: the found source, and the keys that walk the graph from it */
  if (sl_graph_view_focus_source (self, gtk_editable_get_text (GTK_EDITABLE (entry))) != SL_NONE)
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
search_stop_cb (GtkSearchEntry *entry, SlGraphView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self));
  /* a compact pane folds the entry back behind its button */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->search_button), FALSE);
}

/* Which of the search entry and its button a pane shows: a compact one keeps the entry behind
 * the button until it is wanted, or while it holds a search. */
static void
sync_search_controls (SlGraphView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  gboolean open = !self->compact
                  || gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->search_button))
                  || (text != NULL && *text != '\0');

  gtk_widget_set_visible (self->search_button, self->compact);
  gtk_widget_set_visible (self->search_entry, open);
}

static void
search_button_toggled_cb (GtkToggleButton *button, SlGraphView *self)
{
  gboolean active = gtk_toggle_button_get_active (button);

  if (!active)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  sync_search_controls (self);
  if (active)
    gtk_widget_grab_focus (self->search_entry);
  else if (gtk_widget_get_focus_child (self->top_bar) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

/* Opens the search, in a compact pane from behind its button, and puts the cursor in it. */
static void
open_search (SlGraphView *self)
{
  if (self->compact)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->search_button), TRUE);
  gtk_widget_grab_focus (self->search_entry);
}

/* A short pane (a small window, or a big timeline above) would be mostly its two bars: its
 * controls share one slim row along the bottom instead, the search behind a button and the
 * playback's date in the scrubber's tooltip. */
static void
set_compact (SlGraphView *self, gboolean compact)
{
  if (self->compact == compact)
    return;
  self->compact = compact;
  if (compact)
    gtk_widget_add_css_class (GTK_WIDGET (self), "sl-compact");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "sl-compact");
  gtk_widget_set_visible (self->time_label, !compact);
  sync_search_controls (self);
  /* the graph fits the room the controls now leave */
  self->needs_fit = TRUE;
}

static gboolean
wants_compact (SlGraphView *self, int height)
{
  return !self->hide_controls && height > 0 && height < COMPACT_HEIGHT;
}

/* Playback: the scrubber runs 0 … 1 over the span of dated reports; 1 shows everything. */

static double
value_of_cutoff (SlGraphView *self, SlTime cutoff)
{
  if (!self->has_span || cutoff >= self->span_last)
    return 1.0;
  if (cutoff <= self->span_first)
    return 0.0;
  return (double) (cutoff - self->span_first) / (double) (self->span_last - self->span_first);
}

static SlTime
cutoff_of_value (SlGraphView *self, double value)
{
  if (!self->has_span || value >= 1.0)
    return G_MAXINT64;
  value = MAX (value, 0.0);
  return self->span_first + (SlTime) llround (value * (double) (self->span_last - self->span_first));
}

static void
update_time_label (SlGraphView *self)
{
  SlTime cutoff = sl_graph_painter_get_time_cutoff (self->painter);
  g_autofree char *text = NULL;

  if (cutoff == G_MAXINT64)
    text = g_strdup (_("All reports"));
  else
    /* TRANSLATORS: the playback position of the graph: the reports made up to a day */
    {
      g_autoptr (GDateTime) dt = g_date_time_new_from_unix_utc (cutoff);
      /* the day in the user's language, as the timeline's tooltips write it */
      g_autofree char *day = dt ? g_date_time_format (dt, C_("full date", "%-d %B %Y"))
                                : g_strdup ("?");

      text = g_strdup_printf (_("Reported by %s"), day);
    }
  gtk_label_set_text (GTK_LABEL (self->time_label), text);
  /* a compact pane hides the label: the scrubber tells the date when pointed at */
  gtk_widget_set_tooltip_text (self->scale, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scale),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text, -1);
}

static void
apply_cutoff (SlGraphView *self, SlTime cutoff)
{
  sl_graph_painter_set_time_cutoff (self->painter, cutoff);
  if (self->hover != SL_NONE && !sl_graph_painter_source_shown (self->painter, self->hover))
    {
      self->hover = SL_NONE;
      sl_graph_painter_set_hover (self->painter, SL_NONE);
    }
  self->hover_edge = sl_graph_painter_get_hover_edge (self->painter);
  update_time_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
scale_changed_cb (GtkRange *range, SlGraphView *self)
{
  if (self->syncing_controls == 0)
    apply_cutoff (self, cutoff_of_value (self, gtk_range_get_value (range)));
}

static void
set_scale_value (SlGraphView *self, double value)
{
  self->syncing_controls++;
  gtk_range_set_value (GTK_RANGE (self->scale), value);
  self->syncing_controls--;
}

static void
update_play_button (SlGraphView *self)
{
  gboolean playing = self->tick_id != 0;

  gtk_button_set_icon_name (GTK_BUTTON (self->play_button),
                            playing ? "media-playback-pause-symbolic" : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (self->play_button,
                               playing ? _("Pause playback (Space)") : _("Play the reports over time (Space)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->play_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, playing ? _("Pause") : _("Play"), -1);
}

static void
stop_ticking (SlGraphView *self)
{
  if (self->tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
  self->tick_id = 0;
}

static gboolean
play_tick_cb (GtkWidget *widget, GdkFrameClock *clock, gpointer user_data)
{
  SlGraphView *self = SL_GRAPH_VIEW (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double value = gtk_range_get_value (GTK_RANGE (self->scale));

  if (self->last_frame_time != 0 && now > self->last_frame_time)
    value += (double) (now - self->last_frame_time) / G_USEC_PER_SEC / PLAY_SECONDS;
  self->last_frame_time = now;
  if (value >= 1.0)
    {
      /* the end: everything shows, and the button offers to play again */
      self->tick_id = 0;
      set_scale_value (self, 1.0);
      apply_cutoff (self, G_MAXINT64);
      update_play_button (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
      return G_SOURCE_REMOVE;
    }
  set_scale_value (self, value);
  apply_cutoff (self, cutoff_of_value (self, value));
  return G_SOURCE_CONTINUE;
}

static void
play_clicked_cb (GtkButton *button, SlGraphView *self)
{
  sl_graph_view_set_playing (self, self->tick_id == 0);
}

/* The span of dated reports; without one (or with a single date) there is nothing to play. */
static void
update_span (SlGraphView *self)
{
  stop_ticking (self);
  self->has_span = self->model != NULL
                   && sl_graph_painter_time_span (self->painter, &self->span_first, &self->span_last)
                   && self->span_last > self->span_first;
  gtk_widget_set_visible (self->bottom_bar, self->has_span && !self->hide_controls);
  set_scale_value (self, 1.0);
  apply_cutoff (self, G_MAXINT64);
  update_play_button (self);
}

static void
build_controls (SlGraphView *self)
{
  GtkWidget *toggles;

  self->top_bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (self->top_bar, "toolbar");
  gtk_widget_add_css_class (self->top_bar, "osd");
  gtk_widget_set_parent (self->top_bar, GTK_WIDGET (self));

  self->search_button = gtk_toggle_button_new ();
  gtk_button_set_icon_name (GTK_BUTTON (self->search_button), "system-search-symbolic");
  gtk_widget_set_tooltip_text (self->search_button, _("Find a Source (/)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Find a source in the graph"), -1);
  gtk_widget_set_visible (self->search_button, FALSE);
  g_signal_connect (self->search_button, "toggled", G_CALLBACK (search_button_toggled_cb), self);
  gtk_box_append (GTK_BOX (self->top_bar), self->search_button);

  self->search_entry = gtk_search_entry_new ();
  g_object_set (self->search_entry, "placeholder-text", _("Find a source"), NULL);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->search_entry), 14);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Find a source in the graph"), -1);
  g_signal_connect (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect (self->search_entry, "activate", G_CALLBACK (search_activate_cb), self);
  g_signal_connect (self->search_entry, "stop-search", G_CALLBACK (search_stop_cb), self);
  gtk_box_append (GTK_BOX (self->top_bar), self->search_entry);

  toggles = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (toggles, "linked");
  self->layered_button = gtk_toggle_button_new_with_label (_("Chains"));
  gtk_widget_set_tooltip_text (self->layered_button,
                               _("Layered layout: outlets on the left, origins on the right"));
  self->force_button = gtk_toggle_button_new_with_label (_("Network"));
  gtk_widget_set_tooltip_text (self->force_button, _("Force-directed layout, for big graphs"));
  gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (self->force_button),
                               GTK_TOGGLE_BUTTON (self->layered_button));
  g_signal_connect (self->layered_button, "toggled", G_CALLBACK (layout_toggled_cb), self);
  g_signal_connect (self->force_button, "toggled", G_CALLBACK (layout_toggled_cb), self);
  gtk_box_append (GTK_BOX (toggles), self->layered_button);
  gtk_box_append (GTK_BOX (toggles), self->force_button);
  self->progress_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->progress_label, "caption");
  gtk_widget_add_css_class (self->progress_label, "numeric");
  gtk_widget_set_visible (self->progress_label, FALSE);
  gtk_box_append (GTK_BOX (self->top_bar), self->progress_label);
  gtk_box_append (GTK_BOX (self->top_bar), toggles);
  sync_layout_buttons (self);

  self->bottom_bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (self->bottom_bar, "toolbar");
  gtk_widget_add_css_class (self->bottom_bar, "osd");
  gtk_widget_set_parent (self->bottom_bar, GTK_WIDGET (self));
  self->play_button = gtk_button_new ();
  gtk_widget_add_css_class (self->play_button, "circular");
  g_signal_connect (self->play_button, "clicked", G_CALLBACK (play_clicked_cb), self);
  gtk_box_append (GTK_BOX (self->bottom_bar), self->play_button);
  self->scale = gtk_scale_new_with_range (GTK_ORIENTATION_HORIZONTAL, 0.0, 1.0, 0.01);
  gtk_scale_set_draw_value (GTK_SCALE (self->scale), FALSE);
  gtk_range_set_increments (GTK_RANGE (self->scale), 0.01, 0.1);
  gtk_widget_set_hexpand (self->scale, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scale),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reports up to"), -1);
  g_signal_connect (self->scale, "value-changed", G_CALLBACK (scale_changed_cb), self);
  gtk_box_append (GTK_BOX (self->bottom_bar), self->scale);
  self->time_label = gtk_label_new (NULL);
  gtk_label_set_width_chars (GTK_LABEL (self->time_label), 22);
  gtk_label_set_xalign (GTK_LABEL (self->time_label), 0.0);
  gtk_widget_add_css_class (self->time_label, "caption");
  gtk_widget_add_css_class (self->time_label, "numeric");
  gtk_box_append (GTK_BOX (self->bottom_bar), self->time_label);
  gtk_widget_set_visible (self->bottom_bar, FALSE);
  set_scale_value (self, 1.0);
  update_time_label (self);
  update_play_button (self);
}

static guint32
find_source (SlGraphView *self, const char *text)
{
  SlGraphLayout *layout = sl_graph_painter_get_layout (self->painter);
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));
  g_autofree char *query = NULL;
  guint32 best = SL_NONE, best_claims = 0;
  int best_rank = 3;

  if (layout == NULL || *stripped == '\0')
    return SL_NONE;
  query = g_utf8_casefold (stripped, -1);
  for (guint i = 0; i < sl_graph_layout_n_nodes (layout); i++)
    {
      guint32 source = sl_graph_layout_node (layout, i)->source;
      const SlSource *src = sl_model_source (self->model, source);
      const char *name = sl_model_str (self->model, src->name);
      g_autofree char *folded = NULL;
      const char *at;
      int rank;

      if (name == NULL || *name == '\0' || src->merged_into != SL_NONE)
        continue;
      folded = g_utf8_casefold (name, -1);
      at = strstr (folded, query);
      if (at == NULL)
        continue;
      rank = strcmp (folded, query) == 0 ? 0 : at == folded ? 1 : 2;
      if (rank < best_rank || (rank == best_rank && src->n_claims > best_claims))
        {
          best = source;
          best_rank = rank;
          best_claims = src->n_claims;
        }
    }
  return best;
}

static char *
describe_edge (SlGraphView *self, guint edge)
{
  SlGraphLayout *layout = sl_graph_painter_get_layout (self->painter);
  const SlGraphEdge *ed;
  g_autofree char *label = NULL;
  const char *from, *to;

  if (layout == NULL || edge >= sl_graph_layout_n_edges (layout))
    return NULL;
  ed = sl_graph_layout_edge (layout, edge);
  from = sl_model_str (self->model, sl_model_source (self->model,
                                                     sl_graph_layout_node (layout, ed->from)->source)->name);
  to = sl_model_str (self->model, sl_model_source (self->model,
                                                   sl_graph_layout_node (layout, ed->to)->source)->name);
  label = sl_graph_painter_edge_label (self->painter, edge);
  return g_strdup_printf ("%s \u2192 %s: %s", from && *from ? from : _("Unnamed source"),
                          to && *to ? to : _("Unnamed source"), label);
}

/* Input */

static void
zoom_at (SlGraphView *self, double factor, double x, double y)
{
  sync_size (self);
  sl_graph_viewport_zoom_at (&self->vp, factor, x, y);
  self->user_moved = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
pan (SlGraphView *self, double dx, double dy)
{
  sl_graph_viewport_pan (&self->vp, dx, dy);
  self->user_moved = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller, double dx, double dy, SlGraphView *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean wheel = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL;

  if (over_controls (self, self->pointer_x, self->pointer_y))
    return FALSE;
  sync_size (self);
  if (state & GDK_SHIFT_MASK)
    {
      /* Shift scrolls sideways, as in other canvases */
      pan (self, wheel ? -dy * 40.0 : -dy, wheel ? -dx * 40.0 : -dx);
      return TRUE;
    }
  if (dx != 0)
    pan (self, wheel ? -dx * 40.0 : -dx, 0);
  if (dy != 0)
    zoom_at (self, wheel ? pow (WHEEL_ZOOM, -dy) : exp (-dy * 0.01), self->pointer_x, self->pointer_y);
  return TRUE;
}

static void
motion_cb (GtkEventControllerMotion *controller, double x, double y, SlGraphView *self)
{
  guint32 hover = SL_NONE;
  guint edge = SL_NONE;

  self->pointer_x = x;
  self->pointer_y = y;
  if (self->model != NULL && self->drag_node == SL_NONE && !over_controls (self, x, y))
    {
      sync_size (self);
      hover = sl_graph_painter_hit_test (self->painter, &self->vp, x, y);
      /* an edge when no node is under the pointer: it shows its kind and count (not in a
       * view of thousands of nodes drawn as pixels, where edges are thinned out) */
      gboolean dense = FALSE;

      sl_graph_painter_frame_info (self->painter, &dense, NULL, NULL);
      if (hover == SL_NONE && !dense)
        edge = sl_graph_painter_edge_hit_test (self->painter, &self->vp, x, y);
    }
  set_hover_edge (self, edge);
  if (hover != self->hover)
    {
      self->hover = hover;
      sl_graph_painter_set_hover (self->painter, hover);
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), hover != SL_NONE ? "pointer" : NULL);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
leave_cb (GtkEventControllerMotion *controller, SlGraphView *self)
{
  set_hover_edge (self, SL_NONE);
  if (self->hover != SL_NONE)
    {
      self->hover = SL_NONE;
      sl_graph_painter_set_hover (self->painter, SL_NONE);
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), NULL);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
drag_begin_cb (GtkGestureDrag *gesture, double x, double y, SlGraphView *self)
{
  SlGraphLayout *layout = sl_graph_painter_get_layout (self->painter);
  guint button;

  self->drag_node = SL_NONE;
  self->drag_ignored = over_controls (self, x, y);
  if (self->drag_ignored)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  sync_size (self);
  self->drag_start_vp = self->vp;
  self->drag_x = x;
  self->drag_y = y;
  self->drag_moved = FALSE;
  /* pressed on a node: dragging moves it (and pins it there) instead of the view */
  button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));
  if (layout != NULL && (button == GDK_BUTTON_PRIMARY || button == 0))
    {
      guint32 source = sl_graph_painter_hit_test (self->painter, &self->vp, x, y);
      guint node = source != SL_NONE ? sl_graph_layout_node_of_source (layout, source) : SL_NONE;

      if (node != SL_NONE)
        {
          const SlGraphNode *n = sl_graph_layout_node (layout, node);
          double lx, ly;

          sl_graph_viewport_to_layout (&self->vp, x, y, &lx, &ly);
          self->drag_node = node;
          self->drag_off_x = n->x - lx;
          self->drag_off_y = n->y - ly;
        }
    }
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
drag_update_cb (GtkGestureDrag *gesture, double dx, double dy, SlGraphView *self)
{
  SlGraphLayout *layout = sl_graph_painter_get_layout (self->painter);

  if (self->drag_ignored || (!self->drag_moved && hypot (dx, dy) < CLICK_SLOP))
    return;
  if (!self->drag_moved)
    {
      self->drag_moved = TRUE;
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
      set_hover_edge (self, SL_NONE);
    }
  if (self->drag_node != SL_NONE && layout != NULL
      && self->drag_node < sl_graph_layout_n_nodes (layout))
    {
      double lx, ly;

      sl_graph_viewport_to_layout (&self->vp, self->drag_x + dx, self->drag_y + dy, &lx, &ly);
      sl_graph_layout_pin_node (layout, self->drag_node, lx + self->drag_off_x, ly + self->drag_off_y);
      sl_graph_painter_layout_changed (self->painter);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }
  self->vp = self->drag_start_vp;
  pan (self, dx, dy);
}

static void
drag_end_cb (GtkGestureDrag *gesture, double dx, double dy, SlGraphView *self)
{
  SlGraphLayout *layout = sl_graph_painter_get_layout (self->painter);
  guint node = self->drag_node;

  self->drag_node = SL_NONE;
  if (self->drag_ignored)
    return;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), self->hover != SL_NONE ? "pointer" : NULL);
  if (self->drag_moved && node != SL_NONE && layout != NULL && node < sl_graph_layout_n_nodes (layout))
    {
      /* the node stays where it was put; whoever keeps the project keeps the pin */
      g_signal_emit (self, signals[SOURCE_PINNED], 0, sl_graph_layout_node (layout, node)->source);
      return;
    }
  if (self->drag_moved)
    return;
  if (gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture)) != GDK_BUTTON_PRIMARY)
    return;
  if (self->model != NULL)
    set_selected (self, sl_graph_painter_hit_test (self->painter, &self->vp,
                                                   self->drag_x, self->drag_y), TRUE);
}

static void
zoom_begin_cb (GtkGesture *gesture, GdkEventSequence *sequence, SlGraphView *self)
{
  sync_size (self);
  self->zoom_start_vp = self->vp;
}

static void
zoom_scale_changed_cb (GtkGestureZoom *gesture, double scale, SlGraphView *self)
{
  double cx, cy;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &cx, &cy))
    {
      cx = self->vp.width / 2.0;
      cy = self->vp.height / 2.0;
    }
  self->vp = self->zoom_start_vp;
  zoom_at (self, scale, cx, cy);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                SlGraphView           *self)
{
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;
  gboolean ctrl = (state & GDK_CONTROL_MASK) != 0;
  gboolean move = shift || ctrl;

  if (state & (GDK_ALT_MASK | GDK_SUPER_MASK))
    return FALSE;
  /* typing in the search entry, or working the scrubber: those keys are theirs */
  if (gtk_widget_get_focus_child (GTK_WIDGET (self)) != NULL)
    return FALSE;
  sync_size (self);

  switch (keyval)
    {
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      if (!self->has_span || move)
        return FALSE;
      sl_graph_view_set_playing (self, self->tick_id == 0);
      return TRUE;
    case GDK_KEY_bracketleft:
    case GDK_KEY_bracketright:
      /* step the playback by a twentieth of its span */
      if (!self->has_span)
        return FALSE;
      {
        double v = gtk_range_get_value (GTK_RANGE (self->scale))
                   + (keyval == GDK_KEY_bracketleft ? -0.05 : 0.05);
        gtk_range_set_value (GTK_RANGE (self->scale), CLAMP (v, 0.0, 1.0));
      }
      return TRUE;
    case GDK_KEY_slash:
      if (self->hide_controls)
        return FALSE;
      open_search (self);
      return TRUE;
    case GDK_KEY_u:
    case GDK_KEY_U:
      return self->selected != SL_NONE && sl_graph_view_unpin_source (self, self->selected);
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      zoom_at (self, KEY_ZOOM, self->vp.width / 2.0, self->vp.height / 2.0);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      zoom_at (self, 1.0 / KEY_ZOOM, self->vp.width / 2.0, self->vp.height / 2.0);
      return TRUE;
    case GDK_KEY_0:
    case GDK_KEY_KP_0:
      if (ctrl)
        return FALSE;
      fit_now (self);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      if (move)
        pan (self, KEY_PAN, 0);
      else
        select_neighbour (self, -1);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      if (move)
        pan (self, -KEY_PAN, 0);
      else
        select_neighbour (self, +1);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      if (move)
        pan (self, 0, KEY_PAN);
      else
        select_neighbour (self, -1);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (move)
        pan (self, 0, -KEY_PAN);
      else
        select_neighbour (self, +1);
      return TRUE;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      if (self->key_order->len == 0)
        return FALSE;
      set_selected (self, g_array_index (self->key_order, guint32, 0), TRUE);
      reveal_source (self, self->selected);
      return TRUE;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      if (self->key_order->len == 0)
        return FALSE;
      set_selected (self, g_array_index (self->key_order, guint32, self->key_order->len - 1), TRUE);
      reveal_source (self, self->selected);
      return TRUE;
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
      if (ctrl)
        return FALSE;
      return select_neighbour (self, +1);
    case GDK_KEY_ISO_Left_Tab:
      if (ctrl)
        return FALSE;
      return select_neighbour (self, -1);
    case GDK_KEY_Escape:
      if (self->selected == SL_NONE)
        return FALSE;
      set_selected (self, SL_NONE, TRUE);
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  SlGraphView *self = SL_GRAPH_VIEW (widget);
  g_autofree char *text = NULL;
  guint32 source;

  if (self->model == NULL || (!keyboard && over_controls (self, x, y)))
    return FALSE;
  sync_size (self);
  source = keyboard ? self->selected : sl_graph_painter_hit_test (self->painter, &self->vp, x, y);
  if (source == SL_NONE && !keyboard)
    {
      text = sl_graph_view_describe_edge_at (self, x, y);
      if (text == NULL)
        return FALSE;
      gtk_tooltip_set_text (tooltip, text);
      return TRUE;
    }
  if (source == SL_NONE)
    return FALSE;
  text = describe_source (self, source);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* GtkWidget */

static void
sl_graph_view_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  SlGraphView *self = SL_GRAPH_VIEW (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;
  if (self->needs_fit)
    fit_now (self);
  sync_size (self);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  sl_graph_painter_draw (self->painter, cr, &self->vp);
  cairo_destroy (cr);
  gtk_widget_snapshot_child (widget, self->top_bar, snapshot);
  gtk_widget_snapshot_child (widget, self->bottom_bar, snapshot);
}

/* The search and layout controls at the top right, the playback bar along the bottom; in a
 * compact pane both in one row along the bottom, the playback on the left. */
static void
allocate_controls (SlGraphView *self, int width, int height)
{
  int min = 0, nat = 0, top_w = 0, top_h = 0, h = 0;
  gboolean top_shown = gtk_widget_get_visible (self->top_bar);

  if (gtk_widget_get_visible (self->bottom_bar))
    gtk_widget_measure (self->bottom_bar, GTK_ORIENTATION_VERTICAL, -1, NULL, &h, NULL, NULL);
  if (top_shown)
    {
      gtk_widget_measure (self->top_bar, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
      top_w = MIN (nat, MAX (width - 2 * BAR_MARGIN, min));
      gtk_widget_measure (self->top_bar, GTK_ORIENTATION_VERTICAL, top_w, NULL, &top_h, NULL, NULL);
      if (self->compact)
        top_h = MAX (top_h, h);
      gtk_widget_size_allocate (self->top_bar,
                                &(GtkAllocation) { MAX (width - top_w - BAR_MARGIN, 0),
                                                   self->compact ? MAX (height - top_h - BAR_MARGIN, 0)
                                                                 : BAR_MARGIN,
                                                   top_w, top_h },
                                -1);
    }
  if (gtk_widget_get_visible (self->bottom_bar))
    {
      int w = MAX (width - 2 * BAR_MARGIN, 0);

      if (self->compact && top_shown)
        {
          w -= top_w + BAR_MARGIN;
          h = MAX (h, top_h);
        }
      gtk_widget_measure (self->bottom_bar, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      w = MAX (w, min);
      if (!self->compact)
        gtk_widget_measure (self->bottom_bar, GTK_ORIENTATION_VERTICAL, w, NULL, &h, NULL, NULL);
      gtk_widget_size_allocate (self->bottom_bar,
                                &(GtkAllocation) { BAR_MARGIN, MAX (height - h - BAR_MARGIN, 0), w, h },
                                -1);
    }
}

static void
sl_graph_view_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  SlGraphView *self = SL_GRAPH_VIEW (widget);
  gboolean resized = self->vp.width > 1 && self->vp.height > 1 && width > 0 && height > 0
                     && (width != self->vp.width || height != self->vp.height);
  double old_width = self->vp.width, old_height = self->vp.height;

  /* decided here, as AdwLeaflet folds: the bars' new sizes settle in the next layout */
  set_compact (self, wants_compact (self, height));
  /* a new size (the window resized, a pane dragged or hidden): a view the user has not moved
   * is fitted again as it was, one they moved keeps its centre, and the lit chain stays in
   * sight. The view kept its top left corner: a grown pane left the graph huddled in that
   * corner, a shrunk one cut the lit sources off at its edge. */
  if (width > 0 && height > 0 && (self->needs_fit || (resized && !self->user_moved)))
    {
      gboolean whole = self->showing_all && !self->needs_fit;

      self->needs_fit = TRUE;
      fit_now (self);
      if (whole)
        fit_now (self);
      if (resized)
        reveal_highlight (self);
    }
  else if (resized)
    {
      sync_size (self);
      sl_graph_viewport_pan (&self->vp, (width - old_width) / 2.0, (height - old_height) / 2.0);
      reveal_highlight (self);
    }
  else
    sync_size (self);
  allocate_controls (self, width, height);
}

static void
sl_graph_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  SlGraphView *self = SL_GRAPH_VIEW (widget);
  int top = 0, bottom = 0;

  /* room for the controls drawn over the graph */
  if (gtk_widget_get_visible (self->top_bar))
    gtk_widget_measure (self->top_bar, orientation, -1, &top, NULL, NULL, NULL);
  if (gtk_widget_get_visible (self->bottom_bar))
    gtk_widget_measure (self->bottom_bar, orientation, -1, &bottom, NULL, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = MAX (120, MAX (top, bottom) + 2 * BAR_MARGIN);
  else
    /* short of the room for both bars, they share one row (see set_compact) */
    *minimum = MAX (120, MAX (top, bottom) + 2 * BAR_MARGIN);
  *natural = MAX (*minimum, orientation == GTK_ORIENTATION_HORIZONTAL ? 640 : 320);
}

static void
sl_graph_view_css_changed (GtkWidget *widget, GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (sl_graph_view_parent_class)->css_changed (widget, change);
  update_style (SL_GRAPH_VIEW (widget));
}

/* GObject */

static void
sl_graph_view_dispose (GObject *object)
{
  SlGraphView *self = SL_GRAPH_VIEW (object);

  stop_ticking (self);
  if (self->layout_cancel != NULL)
    g_cancellable_cancel (self->layout_cancel);
  g_clear_object (&self->layout_cancel);
  g_clear_pointer (&self->top_bar, gtk_widget_unparent);
  g_clear_pointer (&self->bottom_bar, gtk_widget_unparent);
  G_OBJECT_CLASS (sl_graph_view_parent_class)->dispose (object);
}

static void
sl_graph_view_finalize (GObject *object)
{
  SlGraphView *self = SL_GRAPH_VIEW (object);

  g_clear_pointer (&self->painter, sl_graph_painter_free);
  g_clear_pointer (&self->model, sl_model_unref);
  g_clear_pointer (&self->highlight, g_array_unref);
  g_clear_pointer (&self->key_order, g_array_unref);
  G_OBJECT_CLASS (sl_graph_view_parent_class)->finalize (object);
}

static void
sl_graph_view_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SlGraphView *self = SL_GRAPH_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED_SOURCE:
      g_value_set_uint (value, self->selected);
      break;
    case PROP_DARK:
      g_value_set_boolean (value, self->dark);
      break;
    case PROP_HIGH_CONTRAST:
      g_value_set_boolean (value, self->high_contrast);
      break;
    case PROP_LAYOUT:
      g_value_set_string (value, sl_graph_view_get_layout_name (self));
      break;
    case PROP_PLAYING:
      g_value_set_boolean (value, self->tick_id != 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_graph_view_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  SlGraphView *self = SL_GRAPH_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED_SOURCE:
      sl_graph_view_set_selected_source (self, g_value_get_uint (value));
      break;
    case PROP_DARK:
      sl_graph_view_set_dark (self, g_value_get_boolean (value));
      break;
    case PROP_HIGH_CONTRAST:
      sl_graph_view_set_high_contrast (self, g_value_get_boolean (value));
      break;
    case PROP_LAYOUT:
      sl_graph_view_set_layout_name (self, g_value_get_string (value));
      break;
    case PROP_PLAYING:
      sl_graph_view_set_playing (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_graph_view_class_init (SlGraphViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sl_graph_view_dispose;
  object_class->finalize = sl_graph_view_finalize;
  object_class->get_property = sl_graph_view_get_property;
  object_class->set_property = sl_graph_view_set_property;

  widget_class->snapshot = sl_graph_view_snapshot;
  widget_class->size_allocate = sl_graph_view_size_allocate;
  widget_class->measure = sl_graph_view_measure;
  widget_class->css_changed = sl_graph_view_css_changed;

  properties[PROP_SELECTED_SOURCE] =
    g_param_spec_uint ("selected-source", NULL, NULL, 0, G_MAXUINT32, SL_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DARK] =
    g_param_spec_boolean ("dark", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* the desktop's high-contrast setting: the painters' high-contrast palette */
  properties[PROP_HIGH_CONTRAST] =
    g_param_spec_boolean ("high-contrast", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* "layered" or "force" */
  properties[PROP_LAYOUT] =
    g_param_spec_string ("layout", NULL, NULL, "layered",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAYING] =
    g_param_spec_boolean ("playing", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* emitted when the user (or the API) changes the selected source */
  signals[SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* emitted when the user dropped a dragged node: it is pinned there (the source's index) */
  signals[SOURCE_PINNED] =
    g_signal_new ("source-pinned", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  /* emitted when a pinned node was released (the source's index) */
  signals[SOURCE_UNPINNED] =
    g_signal_new ("source-unpinned", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_css_name (widget_class, "graphview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sl_graph_view_init (SlGraphView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  self->painter = sl_graph_painter_new ();
  self->highlight = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->key_order = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->selected = SL_NONE;
  self->hover = SL_NONE;
  self->hover_edge = SL_NONE;
  self->drag_node = SL_NONE;
  sl_graph_viewport_init (&self->vp, 640, 320);
  build_controls (self);
  update_style (self);

  sl_view_input_install (widget, &(SlViewInput) {
                           .scroll = G_CALLBACK (scroll_cb),
                           .motion = G_CALLBACK (motion_cb),
                           .leave = G_CALLBACK (leave_cb),
                           .drag_begin = G_CALLBACK (drag_begin_cb),
                           .drag_update = G_CALLBACK (drag_update_cb),
                           .drag_end = G_CALLBACK (drag_end_cb),
                           .zoom_begin = G_CALLBACK (zoom_begin_cb),
                           .zoom_scale_changed = G_CALLBACK (zoom_scale_changed_cb),
                           .key_pressed = G_CALLBACK (key_pressed_cb),
                           .query_tooltip = G_CALLBACK (query_tooltip_cb),
                         });

  update_accessible (self);
}

/* Public API */

GtkWidget *
sl_graph_view_new (void)
{
  return g_object_new (SL_TYPE_GRAPH_VIEW, NULL);
}

void
sl_graph_view_set_model (SlGraphView *self, SlModel *model)
{
  gboolean big;

  g_return_if_fail (SL_IS_GRAPH_VIEW (self));

  if (model != NULL)
    sl_model_ref (model);
  g_clear_pointer (&self->model, sl_model_unref);
  self->model = model;

  if (self->layout_cancel != NULL)
    g_cancellable_cancel (self->layout_cancel);
  g_clear_object (&self->layout_cancel);
  gtk_widget_set_visible (self->progress_label, FALSE);
  /* a big graph is first drawn in layers, then laid out by force on a worker thread */
  big = model != NULL && sl_model_n_sources (model) > ASYNC_NODES;
  sl_graph_painter_set_model (self->painter, NULL);
  sl_graph_painter_set_layout_kind (self->painter, big ? SL_GRAPH_LAYOUT_LAYERED : self->wanted_kind);
  sl_graph_painter_set_model (self->painter, model);
  rebuild_key_order (self);
  g_array_set_size (self->highlight, 0);
  sl_graph_painter_set_highlight (self->painter, NULL, 0);
  self->hover = SL_NONE;
  sl_graph_painter_set_hover (self->painter, SL_NONE);
  self->hover_edge = SL_NONE;
  self->drag_node = SL_NONE;
  update_span (self);
  set_selected (self, SL_NONE, TRUE);
  self->needs_fit = TRUE;
  if (has_size (self))
    fit_now (self);
  update_accessible (self);
  if (big && self->wanted_kind == SL_GRAPH_LAYOUT_FORCE)
    apply_wanted_kind (self);
}

SlModel *
sl_graph_view_get_model (SlGraphView *self)
{
  g_return_val_if_fail (SL_IS_GRAPH_VIEW (self), NULL);
  return self->model;
}

GtkWidget *
sl_graph_view_get_playback_bar (SlGraphView *self)
{
  g_return_val_if_fail (SL_IS_GRAPH_VIEW (self), NULL);
  return self->bottom_bar;
}

guint32
sl_graph_view_get_selected_source (SlGraphView *self)
{
  g_return_val_if_fail (SL_IS_GRAPH_VIEW (self), SL_NONE);
  return self->selected;
}

void
sl_graph_view_set_selected_source (SlGraphView *self, guint32 source)
{
  g_return_if_fail (SL_IS_GRAPH_VIEW (self));
  set_selected (self, source, TRUE);
  reveal_source (self, self->selected);
}

void
sl_graph_view_set_highlight (SlGraphView *self, const guint32 *sources, guint n)
{
  g_return_if_fail (SL_IS_GRAPH_VIEW (self));
  g_return_if_fail (sources != NULL || n == 0);

  g_array_set_size (self->highlight, 0);
  if (n > 0)
    g_array_append_vals (self->highlight, sources, n);
  sl_graph_painter_set_highlight (self->painter, sources, n);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
sl_graph_view_highlight_event (SlGraphView *self, guint32 event)
{
  g_return_if_fail (SL_IS_GRAPH_VIEW (self));

  g_array_set_size (self->highlight, 0);
  if (self->model == NULL || event == SL_NONE || event >= sl_model_n_events (self->model))
    {
      sl_graph_painter_set_highlight (self->painter, NULL, 0);
    }
  else
    {
      sl_model_event_sources (self->model, event, self->highlight);
      sl_graph_painter_highlight_event (self->painter, event);
      /* an article's own statement: the painter lights its outlet, which comes into view */
      for (guint32 s = 0; self->highlight->len == 0 && s < sl_model_n_sources (self->model); s++)
        if (sl_graph_painter_is_highlighted (self->painter, s))
          g_array_append_val (self->highlight, s);
      reveal_highlight (self);
    }
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
sl_graph_view_highlight_neighbourhood (SlGraphView *self, guint32 source)
{
  SlGraphLayout *layout;
  guint node;

  g_return_if_fail (SL_IS_GRAPH_VIEW (self));

  g_array_set_size (self->highlight, 0);
  layout = sl_graph_painter_get_layout (self->painter);
  node = layout && source != SL_NONE ? sl_graph_layout_node_of_source (layout, source) : SL_NONE;
  if (node != SL_NONE)
    {
      g_array_append_val (self->highlight, source);
      for (guint i = 0; i < sl_graph_layout_n_edges (layout); i++)
        {
          const SlGraphEdge *edge = sl_graph_layout_edge (layout, i);
          guint other = edge->from == node ? edge->to : edge->to == node ? edge->from : SL_NONE;
          guint32 s;
          gboolean seen = FALSE;

          if (other == SL_NONE)
            continue;
          s = sl_graph_layout_node (layout, other)->source;
          for (guint k = 0; k < self->highlight->len && !seen; k++)
            seen = g_array_index (self->highlight, guint32, k) == s;
          if (!seen)
            g_array_append_val (self->highlight, s);
        }
    }
  sl_graph_painter_set_highlight (self->painter, (const guint32 *) self->highlight->data,
                                  self->highlight->len);
  reveal_highlight (self);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const guint32 *
sl_graph_view_get_highlight (SlGraphView *self, guint *n)
{
  g_return_val_if_fail (SL_IS_GRAPH_VIEW (self), NULL);

  if (n != NULL)
    *n = self->highlight->len;
  return self->highlight->len > 0 ? (const guint32 *) self->highlight->data : NULL;
}

void
sl_graph_view_zoom_to_fit (SlGraphView *self)
{
  g_return_if_fail (SL_IS_GRAPH_VIEW (self));

  if (has_size (self))
    fit_now (self);
  else
    self->needs_fit = TRUE;
}

void
sl_graph_view_zoom_at (SlGraphView *self, double factor, double x, double y)
{
  g_return_if_fail (SL_IS_GRAPH_VIEW (self));
  g_return_if_fail (factor > 0);

  if (self->needs_fit && has_size (self))
    fit_now (self);
  zoom_at (self, factor, x, y);
}

gboolean
sl_graph_view_get_node_position (SlGraphView *self, guint32 source, double *x, double *y)
{
  g_return_val_if_fail (SL_IS_GRAPH_VIEW (self), FALSE);

  if (self->model == NULL || source == SL_NONE)
    return FALSE;
  if (self->needs_fit && has_size (self))
    fit_now (self);
  sync_size (self);
  return sl_graph_painter_node_position (self->painter, &self->vp, source, x, y);
}

gboolean
sl_graph_view_get_label_box (SlGraphView *self, guint32 source, double *x0, double *y0,
                             double *x1, double *y1)
{
  g_return_val_if_fail (SL_IS_GRAPH_VIEW (self), FALSE);

  if (self->model == NULL || source == SL_NONE)
    return FALSE;
  return sl_graph_painter_label_box (self->painter, source, x0, y0, x1, y1);
}

gboolean
sl_graph_view_get_dark (SlGraphView *self)
{
  g_return_val_if_fail (SL_IS_GRAPH_VIEW (self), FALSE);
  return self->dark;
}

void
sl_graph_view_set_dark (SlGraphView *self, gboolean dark)
{
  g_return_if_fail (SL_IS_GRAPH_VIEW (self));

  dark = !!dark;
  if (self->dark == dark)
    return;
  self->dark = dark;
  update_style (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
}

/* Layout chooser */

/* The layout is in place: keys, hover and the frame follow it. */
static void
layout_replaced (SlGraphView *self)
{
  rebuild_key_order (self);
  self->hover_edge = SL_NONE;
  self->needs_fit = TRUE;
  if (has_size (self))
    fit_now (self);
  if (self->selected != SL_NONE)
    reveal_source (self, self->selected);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

typedef struct
{
  SlGraphView  *view;
  GCancellable *cancellable;
} LayoutRun;

static void
layout_progress_cb (double fraction, gpointer user_data)
{
  SlGraphView *self = user_data;
  g_autofree char *text = g_strdup_printf (_("Laying out\u2026 %d%%"), (int) lround (fraction * 100));

  if (self->progress_label != NULL)
    gtk_label_set_text (GTK_LABEL (self->progress_label), text);
}

static void
layout_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  LayoutRun *run = user_data;
  SlGraphView *self = run->view;
  g_autoptr (GError) error = NULL;
  gboolean ok = sl_graph_painter_set_layout_kind_finish (self->painter, result, &error);

  /* a later choice (or a new model) took over: its own run reports */
  if (run->cancellable == self->layout_cancel && self->top_bar != NULL)
    {
      g_clear_object (&self->layout_cancel);
      gtk_widget_set_visible (self->progress_label, FALSE);
      gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_BUSY, FALSE, -1);
      if (ok)
        layout_replaced (self);
      else if (self->wanted_kind != sl_graph_painter_get_layout_kind (self->painter))
        {
          /* it did not happen: say what is shown */
          self->wanted_kind = sl_graph_painter_get_layout_kind (self->painter);
          sync_layout_buttons (self);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAYOUT]);
        }
    }
  g_object_unref (run->cancellable);
  g_object_unref (run->view);
  g_free (run);
}

/* Lays the graph out in the wanted kind: a big graph's force layout on a worker thread, with
 * its progress beside the buttons. */
static void
apply_wanted_kind (SlGraphView *self)
{
  SlGraphLayout *layout = sl_graph_painter_get_layout (self->painter);

  if (self->layout_cancel != NULL)
    g_cancellable_cancel (self->layout_cancel);
  g_clear_object (&self->layout_cancel);
  gtk_widget_set_visible (self->progress_label, FALSE);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_BUSY, FALSE, -1);
  if (layout != NULL && self->wanted_kind == SL_GRAPH_LAYOUT_FORCE
      && sl_graph_layout_n_nodes (layout) > ASYNC_NODES)
    {
      LayoutRun *run = g_new0 (LayoutRun, 1);

      self->layout_cancel = g_cancellable_new ();
      run->view = g_object_ref (self);
      run->cancellable = g_object_ref (self->layout_cancel);
      gtk_label_set_text (GTK_LABEL (self->progress_label), _("Laying out\u2026"));
      gtk_widget_set_visible (self->progress_label, TRUE);
      /* a screen reader hears that the graph is being laid out, and when it is done */
      gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_BUSY, TRUE, -1);
      sl_graph_painter_set_layout_kind_async (self->painter, SL_GRAPH_LAYOUT_FORCE,
                                              layout_progress_cb, self, self->layout_cancel,
                                              layout_done_cb, run);
      return;
    }
  if (self->wanted_kind != sl_graph_painter_get_layout_kind (self->painter))
    {
      sl_graph_painter_set_layout_kind (self->painter, self->wanted_kind);
      if (layout != NULL)
        layout_replaced (self);
    }
}

/* A big force layout (or one already running) is laid out again on the worker thread, the
 * pins as they are now kept; FALSE when the caller should lay out here. */
static gboolean
relayout_in_background (SlGraphView *self)
{
  SlGraphLayout *layout = sl_graph_painter_get_layout (self->painter);

  if (layout == NULL || self->wanted_kind != SL_GRAPH_LAYOUT_FORCE
      || sl_graph_layout_n_nodes (layout) <= ASYNC_NODES)
    return FALSE;
  apply_wanted_kind (self);
  return TRUE;
}

void
sl_graph_view_set_layout_name (SlGraphView *self, const char *name)
{
  SlGraphLayoutKind kind;

  g_return_if_fail (SL_IS_GRAPH_VIEW (self));

  if (g_strcmp0 (name, "force") == 0)
    kind = SL_GRAPH_LAYOUT_FORCE;
  else if (g_strcmp0 (name, "layered") == 0)
    kind = SL_GRAPH_LAYOUT_LAYERED;
  else
    return;
  if (kind != self->wanted_kind)
    {
      self->wanted_kind = kind;
      apply_wanted_kind (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAYOUT]);
    }
  sync_layout_buttons (self);
}

const char *
sl_graph_view_get_layout_name (SlGraphView *self)
{
  g_return_val_if_fail (SL_IS_GRAPH_VIEW (self), "layered");
  return self->wanted_kind == SL_GRAPH_LAYOUT_FORCE ? "force" : "layered";
}

SlGraphLayout *
sl_graph_view_get_layout (SlGraphView *self)
{
  g_return_val_if_fail (SL_IS_GRAPH_VIEW (self), NULL);
  return sl_graph_painter_get_layout (self->painter);
}

/* Pins */

void
sl_graph_view_set_pins (SlGraphView *self, const guint32 *sources, const double *xy, guint n)
{
  SlGraphLayout *layout;
  guint pinned = 0;

  g_return_if_fail (SL_IS_GRAPH_VIEW (self));
  g_return_if_fail (n == 0 || (sources != NULL && xy != NULL));

  layout = sl_graph_painter_get_layout (self->painter);
  if (layout == NULL)
    return;
  for (guint i = 0; i < n; i++)
    {
      guint node = sl_graph_layout_node_of_source (layout, sources[i]);

      if (node == SL_NONE || !isfinite (xy[2 * i]) || !isfinite (xy[2 * i + 1]))
        continue;
      sl_graph_layout_pin_node (layout, node, xy[2 * i], xy[2 * i + 1]);
      pinned++;
    }
  if (pinned == 0)
    return;
  /* the rest of the graph settles around the pins */
  if (relayout_in_background (self))
    return;
  sl_graph_painter_set_layout_kind (self->painter, sl_graph_painter_get_layout_kind (self->painter));
  layout_replaced (self);
}

gboolean
sl_graph_view_get_pin (SlGraphView *self, guint32 source, double *x, double *y)
{
  SlGraphLayout *layout;
  guint node;
  const SlGraphNode *n;

  g_return_val_if_fail (SL_IS_GRAPH_VIEW (self), FALSE);

  layout = sl_graph_painter_get_layout (self->painter);
  node = layout != NULL && source != SL_NONE ? sl_graph_layout_node_of_source (layout, source) : SL_NONE;
  if (node == SL_NONE)
    return FALSE;
  n = sl_graph_layout_node (layout, node);
  if (!n->pinned)
    return FALSE;
  if (x)
    *x = n->x;
  if (y)
    *y = n->y;
  return TRUE;
}

gboolean
sl_graph_view_unpin_source (SlGraphView *self, guint32 source)
{
  SlGraphLayout *layout;
  guint node;

  g_return_val_if_fail (SL_IS_GRAPH_VIEW (self), FALSE);

  layout = sl_graph_painter_get_layout (self->painter);
  node = layout != NULL && source != SL_NONE ? sl_graph_layout_node_of_source (layout, source) : SL_NONE;
  if (node == SL_NONE || !sl_graph_layout_node (layout, node)->pinned)
    return FALSE;
  sl_graph_layout_unpin_node (layout, node);
  /* the layout places it again, the other pins kept */
  if (!relayout_in_background (self))
    {
      sl_graph_painter_set_layout_kind (self->painter, sl_graph_painter_get_layout_kind (self->painter));
      rebuild_key_order (self);
      self->hover_edge = SL_NONE;
      reveal_source (self, source);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  g_signal_emit (self, signals[SOURCE_UNPINNED], 0, source);
  return TRUE;
}

void
sl_graph_view_get_pinned (SlGraphView *self, GArray *out)
{
  SlGraphLayout *layout;

  g_return_if_fail (SL_IS_GRAPH_VIEW (self));
  g_return_if_fail (out != NULL);

  layout = sl_graph_painter_get_layout (self->painter);
  for (guint i = 0; layout != NULL && i < sl_graph_layout_n_nodes (layout); i++)
    {
      const SlGraphNode *n = sl_graph_layout_node (layout, i);
      if (n->pinned)
        g_array_append_val (out, n->source);
    }
}

/* Playback */

void
sl_graph_view_set_time_cutoff (SlGraphView *self, SlTime cutoff)
{
  g_return_if_fail (SL_IS_GRAPH_VIEW (self));

  set_scale_value (self, value_of_cutoff (self, cutoff));
  apply_cutoff (self, self->has_span ? cutoff : G_MAXINT64);
}

SlTime
sl_graph_view_get_time_cutoff (SlGraphView *self)
{
  g_return_val_if_fail (SL_IS_GRAPH_VIEW (self), G_MAXINT64);
  return sl_graph_painter_get_time_cutoff (self->painter);
}

void
sl_graph_view_set_playing (SlGraphView *self, gboolean playing)
{
  g_return_if_fail (SL_IS_GRAPH_VIEW (self));

  playing = playing && self->has_span;
  if (playing == (self->tick_id != 0))
    return;
  if (playing)
    {
      /* from the start, unless the scrubber was left part way */
      if (gtk_range_get_value (GTK_RANGE (self->scale)) >= 1.0)
        {
          set_scale_value (self, 0.0);
          apply_cutoff (self, cutoff_of_value (self, 0.0));
        }
      self->last_frame_time = 0;
      self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), play_tick_cb, NULL, NULL);
    }
  else
    stop_ticking (self);
  update_play_button (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
}

gboolean
sl_graph_view_is_source_shown (SlGraphView *self, guint32 source)
{
  g_return_val_if_fail (SL_IS_GRAPH_VIEW (self), FALSE);
  return sl_graph_painter_source_shown (self->painter, source);
}

gboolean
sl_graph_view_get_playing (SlGraphView *self)
{
  g_return_val_if_fail (SL_IS_GRAPH_VIEW (self), FALSE);
  return self->tick_id != 0;
}

/* Edges and search */

char *
sl_graph_view_describe_edge_at (SlGraphView *self, double x, double y)
{
  g_return_val_if_fail (SL_IS_GRAPH_VIEW (self), NULL);

  if (self->model == NULL)
    return NULL;
  if (self->needs_fit && has_size (self))
    fit_now (self);
  sync_size (self);
  return describe_edge (self, sl_graph_painter_edge_hit_test (self->painter, &self->vp, x, y));
}

guint32
sl_graph_view_focus_source (SlGraphView *self, const char *text)
{
  guint32 source;

  g_return_val_if_fail (SL_IS_GRAPH_VIEW (self), SL_NONE);

  if (self->model == NULL)
    return SL_NONE;
  source = find_source (self, text);
  if (source == SL_NONE)
    return SL_NONE;
  /* centred first: picking it then lights its neighbourhood (the window does), and that
   * brings every lit node into view; centred after, the neighbours fell off the edges */
  centre_on_source (self, source);
  set_selected (self, source, TRUE);
  return source;
}

gboolean
sl_graph_view_get_high_contrast (SlGraphView *self)
{
  g_return_val_if_fail (SL_IS_GRAPH_VIEW (self), FALSE);
  return self->high_contrast;
}

void
sl_graph_view_set_high_contrast (SlGraphView *self, gboolean high_contrast)
{
  g_return_if_fail (SL_IS_GRAPH_VIEW (self));

  high_contrast = !!high_contrast;
  if (self->high_contrast == high_contrast)
    return;
  self->high_contrast = high_contrast;
  update_style (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGH_CONTRAST]);
}

/* ---- Controls ---- */

void
sl_graph_view_set_show_controls (SlGraphView *self, gboolean show)
{
  g_return_if_fail (SL_IS_GRAPH_VIEW (self));

  show = !!show;
  if (self->hide_controls == !show)
    return;
  self->hide_controls = !show;
  sl_graph_painter_set_fit_labels (self->painter, !show);
  gtk_widget_set_visible (self->top_bar, show);
  gtk_widget_set_visible (self->bottom_bar, show && self->has_span);
  /* the graph takes the room the bars had */
  self->needs_fit = TRUE;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

gboolean
sl_graph_view_get_show_controls (SlGraphView *self)
{
  g_return_val_if_fail (SL_IS_GRAPH_VIEW (self), TRUE);
  return !self->hide_controls;
}
