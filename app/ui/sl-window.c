/* sl-window.c: the main window — the views, the detail pane, the links between them,
 * export, and what the window remembers between runs. Projects, loading and importing are in
 * sl-window-project.c; the analyst's edits and search in sl-window-edit.c. */
#include "config.h"

#include "sl-window-private.h"
#include "sl-describe.h"

#include <math.h>
#include <string.h>

#include "export/sl-export.h"
#include "sl-resources.h"

/* Rows listed in the detail pane; the heading still gives the full count. */
#define MAX_DETAIL_ROWS 200
#define SETTINGS_SCHEMA APPLICATION_ID

G_DEFINE_FINAL_TYPE (SlWindow, sl_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_LOADING,
  PROP_SHOW_DETAILS,
  PROP_SHOW_GRAPH,
  PROP_SHOW_DETAIL_PANE,
  PROP_LANE_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Toasts */

#define TOAST_SECONDS 6

/* The toast overlay covers the whole window and puts its toast at the bottom centre: over
 * the graph's playback bar, whose scrubber and play button took no clicks while a toast
 * showed. The toast rises to stand clear above the bar wherever the two would meet. */
static void
lift_toast (SlWindow *self)
{
  GtkWidget *overlay = GTK_WIDGET (self->toast_overlay);
  GtkWidget *toast = gtk_widget_get_last_child (overlay);
  GtkWidget *bar = sl_graph_view_get_playback_bar (self->graph);
  graphene_rect_t r;
  int lift = 0;

  if (toast == NULL || toast == adw_toast_overlay_get_child (self->toast_overlay)
      || !g_str_equal (gtk_widget_get_css_name (toast), "toast"))
    return;
  if (gtk_widget_get_mapped (bar) && gtk_widget_compute_bounds (bar, overlay, &r))
    {
      int w = gtk_widget_get_width (overlay), h = gtk_widget_get_height (overlay);
      int margin = gtk_widget_get_margin_bottom (toast), nat_w = 0, nat_h = 0;
      double x0, x1;

      gtk_widget_measure (toast, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &nat_w, NULL, NULL);
      gtk_widget_measure (toast, GTK_ORIENTATION_VERTICAL, -1, NULL, &nat_h, NULL, NULL);
      /* as the overlay places it: centred, at least 450 wide, no wider than itself */
      nat_w = MIN (MAX (nat_w, 450), w);
      x0 = (w - nat_w) / 2.0;
      x1 = x0 + nat_w;
      if (r.origin.x < x1 && r.origin.x + r.size.width > x0
          && r.origin.y + r.size.height > h - (nat_h - margin))
        lift = MAX ((int) ceil (h - r.origin.y), 0);
    }
  if (gtk_widget_get_margin_bottom (toast) != lift)
    gtk_widget_set_margin_bottom (toast, lift);
}

/* Each frame while the toast shows: the bar may appear, the panes move, the window resize. */
static gboolean
toast_tick_cb (GtkWidget *widget, GdkFrameClock *clock, gpointer user_data)
{
  lift_toast (SL_WINDOW (widget));
  return G_SOURCE_CONTINUE;
}

static void
toast_gone_cb (AdwToast *toast, SlWindow *self)
{
  if (self->toast == toast)
    {
      g_clear_weak_pointer (&self->toast);
      g_clear_handle_id (&self->toast_timeout, g_source_remove);
      if (self->toast_tick != 0)
        gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->toast_tick);
      self->toast_tick = 0;
    }
}

static void
toast_timeout_cb (gpointer user_data)
{
  SlWindow *self = user_data;
  AdwToast *toast = self->toast;

  self->toast_timeout = 0;
  if (toast != NULL)
    adw_toast_dismiss (toast);
}

/* One toast at a time, saying the latest thing: a toast still on screen takes the new words,
 * button and action in place, and its time starts again. The overlay would queue a second
 * toast until the first timed out, so after Ctrl+Z and Ctrl+Shift+Z the window still said
 * "Event renamed", then "Renaming undone" with a Redo already done; and libadwaita 1.2 must
 * not be asked to dismiss a toast still sliding in (its animation outlives the toast). */
void
sl_window_show_toast (SlWindow *self, const char *title, const char *button, const char *action)
{
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  AdwToast *toast = self->toast;

  if (toast == NULL)
    {
      toast = adw_toast_new (escaped);
      /* the window times it, so that new words get their full time */
      adw_toast_set_timeout (toast, 0);
      g_set_weak_pointer (&self->toast, toast);
      g_signal_connect_object (toast, "dismissed", G_CALLBACK (toast_gone_cb), self, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
  else
    adw_toast_set_title (toast, escaped);
  adw_toast_set_button_label (toast, button);
  adw_toast_set_action_name (toast, button != NULL ? action : NULL);
  lift_toast (self);
  if (self->toast_tick == 0)
    self->toast_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), toast_tick_cb, NULL, NULL);
  g_clear_handle_id (&self->toast_timeout, g_source_remove);
  self->toast_timeout = g_timeout_add_once (TOAST_SECONDS * 1000, toast_timeout_cb, self);
}

/* "Could not save the edit: the disk is full" */
void
sl_window_show_error (SlWindow *self, const char *what, const GError *error)
{
  g_autofree char *msg = g_strdup_printf ("%s: %s", what, error ? error->message : _("unknown error"));

  sl_window_show_toast (self, msg, NULL, NULL);
}

/* Progress */

void
sl_window_set_loading (SlWindow *self, gboolean loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static gboolean
progress_tick_cb (gpointer user_data)
{
  SlWindow *self = user_data;

  if (self->load_progress == NULL)
    gtk_progress_bar_pulse (self->progress_bar);
  else
    gtk_progress_bar_set_fraction (self->progress_bar,
                                   g_atomic_int_get (self->load_progress) / 1000.0);
  return G_SOURCE_CONTINUE;
}

void
sl_window_start_progress (SlWindow *self, const char *subtitle)
{
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  if (subtitle != NULL)
    adw_window_title_set_subtitle (self->window_title, subtitle);
  /* the timer also keeps the main loop turning while a worker runs */
  if (self->progress_source == 0)
    self->progress_source = g_timeout_add (100, progress_tick_cb, self);
  sl_window_set_loading (self, TRUE);
}

void
sl_window_stop_progress (SlWindow *self)
{
  g_clear_handle_id (&self->progress_source, g_source_remove);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
  self->load_progress = NULL;
  sl_window_set_loading (self, FALSE);
  sl_window_update_title (self);
}

/* Formatting */

static const char *
stance_label (SlStance stance)
{
  switch (stance)
    {
    case SL_STANCE_ESTIMATE: return _("estimates");
    case SL_STANCE_SUSPECT:  return _("suspects");
    case SL_STANCE_DENY:     return _("denies");
    case SL_STANCE_REPORT:   return _("reports");
    case SL_STANCE_ASSERT:
    case SL_STANCE_COUNT:
    default:                 return _("asserts");
    }
}

static const char *
source_kind_label (SlSourceKind kind)
{
  switch (kind)
    {
    case SL_SOURCE_OUTLET:       return _("News outlet");
    case SL_SOURCE_AGENCY:       return _("Government agency"); /* news agencies are outlets */
    case SL_SOURCE_GOVERNMENT:   return _("Government body");
    case SL_SOURCE_PERSON:       return _("Person");
    case SL_SOURCE_ORGANIZATION: return _("Organisation");
    case SL_SOURCE_COUNTRY:      return _("Country");
    case SL_SOURCE_UNNAMED:
    case SL_SOURCE_KIND_COUNT:
    default:                     return _("Unnamed source");
    }
}

static const char *
category_label (SlCategory category)
{
  switch (category)
    {
    case SL_CATEGORY_DIPLOMATIC: return _("Diplomatic");
    case SL_CATEGORY_MILITARY:   return _("Military");
    case SL_CATEGORY_SANCTIONS:  return _("Sanctions");
    case SL_CATEGORY_STATEMENT:  return _("Statement");
    case SL_CATEGORY_ECONOMIC:   return _("Economic");
    case SL_CATEGORY_OTHER:
    case SL_CATEGORY_COUNT:
    default:                     return _("Event");
    }
}

/* An analyst's Admiralty grade ("B2"), or "" when the source is not graded. */
static const char *
format_grade (const SlSource *src, char buf[4])
{
  buf[0] = '\0';
  if (src != NULL && (src->reliability || src->credibility))
    {
      buf[0] = src->reliability ? src->reliability : '?';
      buf[1] = src->credibility ? src->credibility : '?';
      buf[2] = '\0';
    }
  return buf;
}

/* "Shin Won-sik → Yonhap → Dan Tri": the origin first, the article's outlet last. */
/* Detail pane */

/* The pane starts at the top for something new; a refresh of what is shown keeps the place
 * the reader had scrolled to. */
static void
detail_scroll_to_top (SlWindow *self)
{
  GtkAdjustment *adj;

  adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->detail_scroller));
  gtk_adjustment_set_value (adj, gtk_adjustment_get_lower (adj));
}

static void
detail_scroll_to_top_if_new (SlWindow *self, guint32 event, guint32 source)
{
  if (event == self->detail_event && source == self->detail_source
      && g_strcmp0 (gtk_stack_get_visible_child_name (self->detail_stack), "detail") == 0)
    return;
  detail_scroll_to_top (self);
}

/* The pane's page is about to change under the focus: the focus leaves it first (whoever
 * rebuilds the pane gives it back, restore_detail_focus()). Left on a widget the crossfade
 * still draws as it goes, it made GTK warn that it is no widget. */
static void
release_detail_focus (SlWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->detail_stack)))
    gtk_root_set_focus (GTK_ROOT (self), NULL);
}

static void
show_empty_detail (SlWindow *self)
{
  release_detail_focus (self);
  /* "Nothing Selected" is centred in what the pane shows, not below a long page's scroll */
  detail_scroll_to_top (self);
  self->detail_event = self->detail_source = SL_NONE;
  gtk_stack_set_visible_child_name (self->detail_stack, "empty");
}

static void
clear_detail (SlWindow *self)
{
  GtkWidget *child;

  release_detail_focus (self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->detail_box))) != NULL)
    gtk_box_remove (self->detail_box, child);
}

static GtkWidget *
add_label (SlWindow *self, const char *text, const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    {
      g_auto (GStrv) classes = g_strsplit (css_class, " ", -1);

      for (guint i = 0; classes[i]; i++)
        {
          gtk_widget_add_css_class (label, classes[i]);
          /* headings name what follows, they are no text to copy: a selectable label is a
           * Tab stop, and Tab would stop on each and select it on the way to the sources */
          if (g_str_equal (classes[i], "heading") || g_str_equal (classes[i], "caption-heading"))
            gtk_label_set_selectable (GTK_LABEL (label), FALSE);
        }
    }
  gtk_box_append (self->detail_box, label);
  return label;
}

static GtkListBox *
add_list (SlWindow *self, const char *heading)
{
  GtkWidget *list = gtk_list_box_new ();

  add_label (self, heading, "heading sl-section");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, heading,
                                  -1);
  gtk_box_append (self->detail_box, list);
  return GTK_LIST_BOX (list);
}

static GtkWidget *
add_row (GtkListBox *list, const char *title, const char *subtitle, const char *mark,
         gboolean activatable)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  if (mark != NULL)
    {
      GtkWidget *glyph = gtk_label_new (mark);

      gtk_widget_add_css_class (glyph, "sl-stance");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), glyph);
    }
  if (activatable)
    {
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
    }
  gtk_list_box_append (list, row);
  return row;
}

/* The row is about to be replaced with the page it opens: a focus left on it would be lost
 * with it, so it moves to the view that shows what was opened (the keys go on from there). */
static void
move_focus_from_detail (SlWindow *self, GtkListBoxRow *row, GtkWidget *view)
{
  if (gtk_widget_has_focus (GTK_WIDGET (row))
      || gtk_root_get_focus (GTK_ROOT (self)) == GTK_WIDGET (row))
    gtk_widget_grab_focus (view);
}

static void
source_row_activated_cb (GtkListBox *list, GtkListBoxRow *row, SlWindow *self)
{
  guint32 source = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "sl-source"));

  if (source == 0)
    return;
  move_focus_from_detail (self, row, GTK_WIDGET (self->graph));
  sl_window_select_source (self, source - 1);
}

static void
event_row_activated_cb (GtkListBox *list, GtkListBoxRow *row, SlWindow *self)
{
  guint32 event = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "sl-event"));

  if (event == 0)
    return;
  move_focus_from_detail (self, row, GTK_WIDGET (self->timeline));
  sl_window_select_event (self, event - 1);
}

/* "Military · Contested · Corrected by you" */
static char *
event_caption (const SlEvent *ev)
{
  GString *out = g_string_new (category_label ((SlCategory) ev->category));

  if (ev->flags & SL_EVENT_CONTESTED)
    g_string_append_printf (out, " · %s", _("Contested"));
  if (ev->flags & SL_EVENT_MANUAL)
    g_string_append_printf (out, " · %s", _("Added by you"));
  else if (ev->flags & SL_EVENT_EDITED)
    g_string_append_printf (out, " · %s", _("Corrected by you"));
  if (ev->flags & SL_EVENT_HIDDEN)
    g_string_append_printf (out, " · %s", _("Hidden"));
  if (ev->flags & SL_EVENT_DELETED)
    g_string_append_printf (out, " · %s", _("Deleted"));
  return g_string_free (out, FALSE);
}

/* The grouping of the model's events into happenings, computed again only when the model or
 * its events changed since the last time. */
static SlEventMerge *
window_event_merge (SlWindow *self)
{
  guint generation = sl_model_events_generation (self->model);

  if (self->merge != NULL
      && (sl_event_merge_model (self->merge) != self->model
          || self->merge_generation != generation))
    g_clear_pointer (&self->merge, sl_event_merge_free);
  if (self->merge == NULL)
    {
      self->merge = sl_event_merge_new (self->model);
      self->merge_generation = generation;
    }
  return self->merge;
}

/* When other articles report the event's happening too: how many articles and independent
 * origins, and a row per other article that leads to its mention. */
static void
add_corroboration (SlWindow *self, guint32 event)
{
  SlModel *model = self->model;
  SlEventMerge *merge = window_event_merge (self);
  g_autofree char *line = sl_describe_corroboration (model, merge, event);
  g_autoptr (GArray) others = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) group = g_array_new (FALSE, FALSE, sizeof (guint32));
  GtkListBox *list;

  if (line == NULL)
    return;
  sl_describe_other_articles (model, merge, event, others);
  sl_event_merge_mentions (merge, event, group);
  list = add_list (self, line);
  g_signal_connect_object (list, "row-activated", G_CALLBACK (event_row_activated_cb), self, 0);
  for (guint i = 0; i < others->len && i < MAX_DETAIL_ROWS; i++)
    {
      guint32 doc = g_array_index (others, guint32, i);
      const SlDoc *d = sl_model_doc (model, doc);
      const char *outlet = d->outlet ? sl_model_str (model, d->outlet) : NULL;
      g_autofree char *name = sl_describe_article (model, doc);
      guint32 mention = SL_NONE;
      GtkWidget *row;

      for (guint k = 0; k < group->len && mention == SL_NONE; k++)
        if (sl_model_event (model, g_array_index (group, guint32, k))->doc == doc)
          mention = g_array_index (group, guint32, k);
      row = add_row (list, name, outlet && *outlet ? outlet : _("Unknown outlet"), NULL,
                     mention != SL_NONE);
      if (mention != SL_NONE)
        g_object_set_data (G_OBJECT (row), "sl-event", GUINT_TO_POINTER (mention + 1));
    }
}

static void
show_event_detail (SlWindow *self, guint32 event)
{
  SlModel *model = self->model;
  const SlEvent *ev = sl_model_event (model, event);
  const SlDoc *doc = sl_model_doc (model, ev->doc);
  const SlTimex *tx = ev->timex != SL_NONE ? sl_model_timex (model, ev->timex) : NULL;
  const guint32 *claims;
  guint n_claims;
  g_autofree char *when = sl_time_describe_interval (ev->start, ev->end_t);
  g_autofree char *written = tx ? sl_describe_slice (model, ev->doc, tx->begin, tx->end) : NULL;
  g_autofree char *sentence = sl_describe_plain (model, ev->doc, ev->sentence_begin, ev->sentence_end);
  g_autofree char *caption = event_caption (ev);
  g_autofree char *date_line = NULL;
  const char *label = sl_model_str (model, ev->label);
  const char *mod = sl_mod_to_string ((SlMod) ev->mod);
  const char *note = sl_model_event_note (model, event);
  GtkListBox *list;

  detail_scroll_to_top_if_new (self, event, SL_NONE);
  clear_detail (self);
  self->detail_event = event;
  self->detail_source = SL_NONE;

  add_label (self, caption, "caption-heading dim-label");
  add_label (self, label && *label ? label : _("Untitled event"), "title-2 sl-event-label");

  if (written != NULL && mod != NULL)
    date_line = g_strdup_printf (_("%s · written “%s” (%s)"), when, written, mod);
  else if (written != NULL)
    date_line = g_strdup_printf (_("%s · written “%s”"), when, written);
  else if (mod != NULL)
    date_line = g_strdup_printf ("%s (%s)", when, mod);
  else
    date_line = g_strdup (when);
  add_label (self, date_line, "sl-date");

  sl_window_add_edit_buttons (self, self->detail_box, FALSE);

  if (note != NULL && *note != '\0')
    {
      GtkWidget *quote = add_label (self, note, "sl-note card");

      gtk_accessible_update_property (GTK_ACCESSIBLE (quote), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Your note"), -1);
    }

  if (sentence != NULL)
    {
      GtkWidget *quote = add_label (self, sentence, "sl-sentence card");
      gtk_widget_set_margin_top (quote, 6);
    }

  claims = sl_model_event_claims (model, event, &n_claims);
  if (n_claims > 0)
    {
      g_autofree char *heading = NULL;

      heading = n_claims == 1 ? g_strdup (_("Attribution"))
                              : g_strdup_printf (_("Attribution (%u claims)"), n_claims);
      list = add_list (self, heading);
      g_signal_connect_object (list, "row-activated", G_CALLBACK (source_row_activated_cb),
                               self, 0);
      for (guint i = 0; i < n_claims && i < MAX_DETAIL_ROWS; i++)
        {
          const SlClaim *c = sl_model_claim (model, claims[i]);
          g_autofree char *chain = sl_describe_chain (model, claims[i]);
          const char *cue = c->cue ? sl_model_str (model, c->cue) : NULL;
          char grade[4];
          GString *sub = g_string_new (stance_label ((SlStance) c->stance));
          g_autofree char *subtitle = NULL;
          GtkWidget *row;

          format_grade (sl_model_source (model, c->source), grade);
          if (cue && *cue)
            g_string_append_printf (sub, " · “%s”", cue);
          if (*grade)
            g_string_append_printf (sub, " · %s", grade);
          subtitle = g_string_free (sub, FALSE);
          row = add_row (list, chain, subtitle, sl_describe_stance_mark ((SlStance) c->stance), TRUE);

          g_object_set_data (G_OBJECT (row), "sl-source", GUINT_TO_POINTER (c->source + 1));
          if (c->stance == SL_STANCE_DENY)
            gtk_widget_add_css_class (row, "sl-denial");
        }
    }
  else if (!(ev->flags & SL_EVENT_MANUAL))
    add_label (self, _("No attributed source: the article states this itself."),
               "dim-label sl-section");

  if (doc != NULL && !(ev->flags & SL_EVENT_MANUAL))
    {
      const char *title = doc->title ? sl_model_str (model, doc->title) : NULL;
      const char *outlet = doc->outlet ? sl_model_str (model, doc->outlet) : NULL;
      const char *path = doc->path ? sl_model_str (model, doc->path) : NULL;
      g_autofree char *base = path && *path ? g_path_get_basename (path) : NULL;
      GString *sub = g_string_new (outlet && *outlet ? outlet : _("Unknown outlet"));
      g_autofree char *subtitle = NULL;

      if (doc->dct_date.prec != SL_PREC_NONE)
        {
          SlTime t0, t1;
          char value[32];

          sl_date_to_value (&doc->dct_date, value, sizeof value);
          if (sl_time_interval_from_value (value, SL_MOD_NONE, &t0, &t1))
            {
              g_autofree char *day = sl_time_describe_interval (t0, t1);

              g_string_append_printf (sub, doc->dct_source == SL_DCT_INFERRED
                                           ? _(" · published %s (date inferred)")
                                           : _(" · published %s"), day);
            }
        }
      subtitle = g_string_free (sub, FALSE);
      list = add_list (self, _("Article"));
      {
        GtkWidget *row = add_row (list, title && *title ? title : (base ? base : _("Untitled article")),
                                  subtitle, NULL, FALSE);
        GtkWidget *button = gtk_button_new_from_icon_name ("x-office-calendar-symbolic");

        gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
        gtk_widget_add_css_class (button, "flat");
        gtk_widget_set_tooltip_text (button, _("Set the publication date (Ctrl+Alt+D)"));
        gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        _("Set the Publication Date"), -1);
        gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.set-publication-date");
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      }
    }

  if (!(ev->flags & SL_EVENT_MANUAL))
    add_corroboration (self, event);

  gtk_stack_set_visible_child_name (self->detail_stack, "detail");
}

static int
compare_collated (gconstpointer a, gconstpointer b)
{
  return g_utf8_collate (*(const char *const *) a, *(const char *const *) b);
}

static void
show_source_detail (SlWindow *self, guint32 source)
{
  SlModel *model = self->model;
  const SlSource *src = sl_model_source (model, source);
  const char *name = sl_model_str (model, src->name);
  const char *title = src->title ? sl_model_str (model, src->title) : NULL;
  g_autoptr (GPtrArray) aliases = g_ptr_array_new ();
  g_autoptr (GArray) events = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) mine = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint32 it = src->alias_head;
  guint32 alias;
  guint n_claims = sl_model_n_claims (model);
  GtkListBox *list;
  char grade[4];

  detail_scroll_to_top_if_new (self, SL_NONE, source);
  clear_detail (self);
  self->detail_event = SL_NONE;
  self->detail_source = source;
  add_label (self, source_kind_label ((SlSourceKind) src->kind), "caption-heading dim-label");
  add_label (self, name && *name ? name : _("Unnamed source"), "title-2 sl-source-name");
  if (title && *title)
    add_label (self, title, "sl-date");
  if (*format_grade (src, grade))
    {
      g_autofree char *line = g_strdup_printf (_("Graded %s: reliability %c, credibility %c"),
                                               grade, grade[0], grade[1]);
      add_label (self, line, "sl-date sl-grade");
    }

  while ((alias = sl_model_source_alias_next (model, &it)) != 0)
    {
      const char *a = sl_model_str (model, alias);

      if (a == NULL || *a == '\0' || (name && g_ascii_strcasecmp (a, name) == 0))
        continue;
      g_ptr_array_add (aliases, (gpointer) a);
    }
  if (aliases->len > 0)
    {
      g_autofree char *joined = NULL;
      g_autofree char *line = NULL;

      /* in the order of the alphabet: the order they were met in is not kept in a project,
       * and the same source read differently once saved and opened again */
      g_ptr_array_sort (aliases, compare_collated);
      g_ptr_array_add (aliases, NULL);
      joined = g_strjoinv (", ", (char **) aliases->pdata);
      line = g_strdup_printf (_("Also written as %s"), joined);
      add_label (self, line, "dim-label");
    }

  sl_window_add_edit_buttons (self, self->detail_box, TRUE);

  for (guint32 i = 0; i < n_claims; i++)
    if (sl_model_claim (model, i)->source == source)
      g_array_append_val (mine, i);
  if (mine->len > 0)
    {
      g_autofree char *heading = g_strdup_printf (_("Claims (%u)"), mine->len);

      list = add_list (self, heading);
      for (guint i = 0; i < mine->len && i < MAX_DETAIL_ROWS; i++)
        {
          const SlClaim *c = sl_model_claim (model, g_array_index (mine, guint32, i));
          const SlDoc *doc = sl_model_doc (model, c->doc);
          g_autofree char *content = sl_describe_plain (model, c->doc, c->content_begin, c->content_end);
          const char *cue = c->cue ? sl_model_str (model, c->cue) : "";
          const char *doc_title = doc && doc->title ? sl_model_str (model, doc->title) : NULL;
          GString *sub = g_string_new (stance_label ((SlStance) c->stance));
          g_autofree char *subtitle = NULL;
          g_autofree char *line = g_strdup (content && *content ? content
                                            : (*cue ? cue : _("(no wording kept)")));

          if (*cue)
            g_string_append_printf (sub, " · “%s”", cue);
          if (doc_title && *doc_title)
            g_string_append_printf (sub, " · %s", doc_title);
          subtitle = g_string_free (sub, FALSE);
          add_row (list, line, subtitle, sl_describe_stance_mark ((SlStance) c->stance), FALSE);
        }
    }

  sl_model_source_events (model, source, events);
  if (events->len > 0)
    {
      g_autofree char *heading = g_strdup_printf (_("Events (%u)"), events->len);

      list = add_list (self, heading);
      g_signal_connect_object (list, "row-activated", G_CALLBACK (event_row_activated_cb),
                               self, 0);
      for (guint i = 0; i < events->len && i < MAX_DETAIL_ROWS; i++)
        {
          guint32 e = g_array_index (events, guint32, i);
          const SlEvent *ev = sl_model_event (model, e);
          g_autofree char *when = sl_time_describe_interval (ev->start, ev->end_t);
          GtkWidget *row = add_row (list, sl_model_str (model, ev->label), when, NULL, TRUE);

          g_object_set_data (G_OBJECT (row), "sl-event", GUINT_TO_POINTER (e + 1));
        }
    }

  gtk_stack_set_visible_child_name (self->detail_stack, "detail");
}

/* The pane's control that has the focus, as a key to find its like in the rebuilt pane: its
 * action ("win.grade-source"), "menu" for the menu of more changes, "" for anything else in
 * the pane; NULL when the focus is outside the pane. */
static char *
detail_focus_key (SlWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->detail_box)))
    return NULL;
  for (GtkWidget *w = focus; w != GTK_WIDGET (self->detail_box); w = gtk_widget_get_parent (w))
    {
      if (GTK_IS_MENU_BUTTON (w))
        return g_strdup ("menu");
      if (GTK_IS_ACTIONABLE (w) && gtk_actionable_get_action_name (GTK_ACTIONABLE (w)) != NULL)
        return g_strdup (gtk_actionable_get_action_name (GTK_ACTIONABLE (w)));
    }
  return g_strdup ("");
}

static GtkWidget *
find_detail_control (GtkWidget *widget, const char *key)
{
  if (g_str_equal (key, "menu") ? GTK_IS_MENU_BUTTON (widget)
      : GTK_IS_ACTIONABLE (widget)
        && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), key) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_detail_control (child, key);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
first_edit_button (SlWindow *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->detail_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_has_css_class (child, "sl-edit-buttons"))
      return gtk_widget_get_first_child (child);
  return NULL;
}

/* Gives the focus back to the like of the control that had it (detail_focus_key()) in the
 * rebuilt pane: an edit made from the pane's buttons rebuilds the pane under the focus, and
 * GTK would hand it to the first thing that takes it, the title, and select the title. */
static void
restore_detail_focus (SlWindow *self, const char *key)
{
  GtkWidget *control;

  if (key == NULL)
    return;
  control = find_detail_control (GTK_WIDGET (self->detail_box), key);
  /* what has no like in the new pane gives the focus to the pane's first button, and a pane
   * with none (the event was deleted) to the timeline */
  if (control == NULL)
    control = first_edit_button (self);
  if (control == NULL || !gtk_widget_grab_focus (control))
    gtk_widget_grab_focus (GTK_WIDGET (self->timeline));
}

/* Shows what is selected again, after the model changed under it. */
void
sl_window_refresh_detail (SlWindow *self)
{
  guint32 event = sl_timeline_view_get_selected_event (self->timeline);
  guint32 source = sl_graph_view_get_selected_source (self->graph);
  g_autofree char *focus_key = detail_focus_key (self);

  if (self->model != NULL && event != SL_NONE && event < sl_model_n_events (self->model))
    show_event_detail (self, event);
  else if (self->model != NULL && source != SL_NONE && source < sl_model_n_sources (self->model))
    show_source_detail (self, source);
  else
    show_empty_detail (self);
  sl_window_update_actions (self);
  restore_detail_focus (self, focus_key);
}

/* Linking */

void
sl_window_select_event (SlWindow *self, guint32 event)
{
  self->syncing++;
  sl_timeline_view_set_selected_event (self->timeline, event);
  sl_graph_view_set_selected_source (self->graph, SL_NONE);
  sl_timeline_view_set_highlight (self->timeline, NULL, 0);
  sl_graph_view_highlight_event (self->graph, event);
  if (self->model != NULL && event != SL_NONE && event < sl_model_n_events (self->model))
    show_event_detail (self, event);
  else
    {
      show_empty_detail (self);
      /* with nothing selected, the search's fading comes back */
      sl_window_apply_search (self);
    }
  self->syncing--;
  sl_window_update_actions (self);
}

void
sl_window_select_source (SlWindow *self, guint32 source)
{
  g_autoptr (GArray) events = g_array_new (FALSE, FALSE, sizeof (guint32));

  self->syncing++;
  sl_graph_view_set_selected_source (self->graph, source);
  sl_timeline_view_set_selected_event (self->timeline, SL_NONE);
  sl_graph_view_highlight_neighbourhood (self->graph, source);
  if (self->model != NULL && source != SL_NONE && source < sl_model_n_sources (self->model))
    {
      sl_model_source_events (self->model, source, events);
      sl_timeline_view_set_highlight (self->timeline, (const guint32 *) events->data, events->len);
      /* what it claimed is what the analyst looks for: on screen, not in lanes scrolled away */
      sl_timeline_view_reveal_highlight (self->timeline);
      show_source_detail (self, source);
    }
  else
    {
      sl_timeline_view_set_highlight (self->timeline, NULL, 0);
      show_empty_detail (self);
      sl_window_apply_search (self);
    }
  self->syncing--;
  sl_window_update_actions (self);
}

static void
timeline_selection_changed_cb (SlWindow *self, SlTimelineView *timeline)
{
  if (self->syncing == 0)
    sl_window_select_event (self, sl_timeline_view_get_selected_event (timeline));
}

/* Enter on the selected event: into its sources, the first row of its attribution in the
 * detail pane (Enter there opens the source), or the pane's first control when it has none. */
static void
timeline_event_activated_cb (SlWindow *self, SlTimelineView *timeline)
{
  GtkWidget *target = NULL;

  if (self->detail_event == SL_NONE
      || self->detail_event != sl_timeline_view_get_selected_event (timeline))
    return;
  /* the detail pane shows the sources: hidden (F9, Shift+F9), it comes back for them */
  g_object_set (self, "show-details", TRUE, "show-detail-pane", TRUE, NULL);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->detail_box));
       child != NULL && target == NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (!GTK_IS_LIST_BOX (child))
        continue;
      for (GtkWidget *row = gtk_widget_get_first_child (child); row != NULL && target == NULL;
           row = gtk_widget_get_next_sibling (row))
        if (GTK_IS_LIST_BOX_ROW (row) && g_object_get_data (G_OBJECT (row), "sl-source") != NULL)
          target = row;
    }
  if (target != NULL)
    gtk_widget_grab_focus (target);
  else
    gtk_widget_child_focus (GTK_WIDGET (self->detail_box), GTK_DIR_TAB_FORWARD);
}

static void
graph_selection_changed_cb (SlWindow *self, SlGraphView *graph)
{
  if (self->syncing == 0)
    sl_window_select_source (self, sl_graph_view_get_selected_source (graph));
}

/* Escape that no view took (the timeline lets go of its own events and range; the graph and
 * the detail pane have nothing of their own to let go of) clears a selected source too: the
 * user pressed it to see everything again, wherever the focus was. */
static gboolean
window_key_pressed_cb (SlWindow *self, guint keyval, guint keycode, GdkModifierType state,
                       GtkEventControllerKey *controller)
{
  if (keyval != GDK_KEY_Escape
      || (state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)))
    return FALSE;
  if (sl_timeline_view_get_selected_event (self->timeline) == SL_NONE
      && sl_graph_view_get_selected_source (self->graph) == SL_NONE)
    return FALSE;
  sl_window_select_event (self, SL_NONE);
  return TRUE;
}

/* Several events and time ranges: the graph lights the sources behind them */

/* Appends to out, in source order and once each, the sources behind any of events. */
static void
sources_behind (SlModel *model, const guint32 *events, guint n, GArray *out)
{
  g_autoptr (GArray) behind = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint n_sources = sl_model_n_sources (model);
  g_autofree guint8 *lit = g_new0 (guint8, n_sources + 1);

  for (guint i = 0; i < n; i++)
    {
      const SlEvent *ev = sl_model_event (model, events[i]);

      if (ev->flags & (SL_EVENT_HIDDEN | SL_EVENT_DELETED))
        continue;
      g_array_set_size (behind, 0);
      sl_model_event_sources (model, events[i], behind);
      for (guint k = 0; k < behind->len; k++)
        if (g_array_index (behind, guint32, k) < n_sources)
          lit[g_array_index (behind, guint32, k)] = 1;
    }
  for (guint32 src = 0; src < n_sources; src++)
    if (lit[src])
      g_array_append_val (out, src);
}

/* Lights sources in the graph; none found dims them all rather than lighting everything. */
static void
light_sources (SlWindow *self, GArray *sources)
{
  static const guint32 nothing = SL_NONE;

  if (sources->len > 0)
    sl_graph_view_set_highlight (self->graph, (const guint32 *) sources->data, sources->len);
  else
    sl_graph_view_set_highlight (self->graph, &nothing, 1);
}

/* The detail pane for several events: how many, then each with its date. */
static void
show_events_summary (SlWindow *self, const char *heading, const char *line,
                     const guint32 *events, guint n)
{
  GtkListBox *list;

  detail_scroll_to_top_if_new (self, SL_NONE, SL_NONE);
  clear_detail (self);
  self->detail_event = self->detail_source = SL_NONE;
  add_label (self, heading, "title-2");
  add_label (self, line, "dim-label");
  if (n > 0)
    {
      list = add_list (self, _("Events"));
      g_signal_connect_object (list, "row-activated", G_CALLBACK (event_row_activated_cb),
                               self, 0);
      for (guint i = 0; i < n && i < MAX_DETAIL_ROWS; i++)
        {
          const SlEvent *ev = sl_model_event (self->model, events[i]);
          g_autofree char *when = sl_time_describe_interval (ev->start, ev->end_t);
          GtkWidget *row = add_row (list, sl_model_str (self->model, ev->label), when, NULL, TRUE);

          g_object_set_data (G_OBJECT (row), "sl-event", GUINT_TO_POINTER (events[i] + 1));
        }
    }
  gtk_stack_set_visible_child_name (self->detail_stack, "detail");
}

static void
show_multi_selection (SlWindow *self, const guint32 *events, guint n)
{
  g_autoptr (GArray) sources = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autofree char *heading = NULL, *line = NULL;

  sources_behind (self->model, events, n, sources);
  light_sources (self, sources);
  heading = g_strdup_printf (ngettext ("%u event selected", "%u events selected", n), n);
  line = g_strdup_printf (ngettext ("Their %u source is lit in the graph",
                                    "Their %u sources are lit in the graph", sources->len),
                          sources->len);
  show_events_summary (self, heading, line, events, n);
}

static void
timeline_events_selected_cb (SlWindow *self, SlTimelineView *timeline)
{
  guint n;
  const guint32 *events = sl_timeline_view_get_selected_events (timeline, &n);

  if (self->syncing > 0 || self->model == NULL)
    return;
  if (n < 2)
    {
      /* back to one event or none: the single selection's linking */
      sl_window_select_event (self, sl_timeline_view_get_selected_event (timeline));
      return;
    }
  self->syncing++;
  sl_graph_view_set_selected_source (self->graph, SL_NONE);
  sl_timeline_view_set_highlight (self->timeline, NULL, 0);
  show_multi_selection (self, events, n);
  self->syncing--;
  sl_window_update_actions (self);
}

/* A brushed range lights only the sources with claims on events in it; letting it go brings
 * back what the selection lit. */
static void
timeline_brush_changed_cb (SlWindow *self, SlTimelineView *timeline)
{
  SlTime t0, t1;
  guint n;
  const guint32 *events = sl_timeline_view_get_selected_events (timeline, &n);
  guint32 source = sl_graph_view_get_selected_source (self->graph);
  g_autoptr (GArray) in_range = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) sources = g_array_new (FALSE, FALSE, sizeof (guint32));

  if (self->model == NULL)
    return;
  self->syncing++;
  if (sl_timeline_view_get_brush (timeline, &t0, &t1))
    {
      sl_model_events_in_range (self->model, t0, t1, in_range);
      sources_behind (self->model, (const guint32 *) in_range->data, in_range->len, sources);
      light_sources (self, sources);
      if (n == 0 && source == SL_NONE)
        {
          g_autofree char *when = sl_time_describe_interval (t0, t1);
          g_autofree char *ev = g_strdup_printf (ngettext ("%u event", "%u events", in_range->len),
                                                 in_range->len);
          g_autofree char *line = g_strdup_printf (ngettext ("%s · %u source with claims in the range",
                                                             "%s · %u sources with claims in the range",
                                                             sources->len),
                                                   ev, sources->len);

          show_events_summary (self, when, line, (const guint32 *) in_range->data, in_range->len);
        }
    }
  else if (n >= 2)
    show_multi_selection (self, events, n);
  else if (n == 1)
    sl_graph_view_highlight_event (self->graph, events[0]);
  else if (source != SL_NONE)
    sl_graph_view_highlight_neighbourhood (self->graph, source);
  else
    {
      sl_graph_view_set_highlight (self->graph, NULL, 0);
      sl_window_apply_search (self);
      show_empty_detail (self);
    }
  self->syncing--;
}

/* "37 articles · 112 events · Sep 2023 – Aug 2024" */
static char *
describe_model (SlModel *model)
{
  guint n_docs = sl_model_n_docs (model);
  g_autofree guint8 *analysts = g_new0 (guint8, n_docs + 1);
  guint n_events = 0;
  SlTime t0 = G_MAXINT64, t1 = G_MININT64;
  const SlEvent *first = NULL, *last = NULL;
  GString *out = g_string_new (NULL);

  /* the span of what is drawn: hidden events and undated ones (no interval) left out */
  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    {
      const SlEvent *ev = sl_model_event (model, e);

      /* events added by hand live in a document of the analyst's own, not an article */
      if ((ev->flags & SL_EVENT_MANUAL) && ev->doc < n_docs && !analysts[ev->doc]
          && sl_model_doc (model, ev->doc)->path == 0)
        {
          analysts[ev->doc] = 1;
          n_docs--;
        }
      if (ev->flags & (SL_EVENT_HIDDEN | SL_EVENT_DELETED))
        continue;
      n_events++;
      if (ev->start == 0 && ev->end_t == 0)
        continue;
      /* (of two that start together, the longer: "2024" is the span's start, not "Jan") */
      if (ev->start < t0 || (ev->start == t0 && ev->end_t > first->end_t))
        {
          t0 = ev->start;
          first = ev;
        }
      if (MAX (ev->end_t, ev->start + 1) > t1)
        {
          t1 = MAX (ev->end_t, ev->start + 1);
          last = ev;
        }
    }
  g_string_append_printf (out, ngettext ("%'u article", "%'u articles", n_docs), n_docs);
  g_string_append (out, " · ");
  g_string_append_printf (out, ngettext ("%'u event", "%'u events", n_events), n_events);
  if (first != NULL && t1 > t0)
    {
      g_autofree char *span = sl_time_describe_span (first->start, first->end_t, last->start, last->end_t);

      g_string_append_printf (out, " · %s", span);
    }
  return g_string_free (out, FALSE);
}

/* The window is named after what it shows, so the window list and screen readers tell
 * windows apart; the subtitle sums it up. */
void
sl_window_update_title (SlWindow *self)
{
  g_autofree char *window_title = NULL;
  g_autofree char *subtitle = NULL;

  if (self->title != NULL)
    {
      window_title = g_strdup_printf (_("%s — Sourceline"), self->title);
      adw_window_title_set_title (self->window_title, self->title);
      gtk_window_set_title (GTK_WINDOW (self), window_title);
    }
  else
    {
      adw_window_title_set_title (self->window_title, _("Sourceline"));
      gtk_window_set_title (GTK_WINDOW (self), _("Sourceline"));
    }
  if (self->loading)
    return;
  if (self->model != NULL)
    subtitle = describe_model (self->model);
  if (subtitle != NULL && sl_window_get_read_only (self))
    {
      g_autofree char *ro = g_strdup_printf (_("%s · read-only"), subtitle);
      g_free (subtitle);
      subtitle = g_steal_pointer (&ro);
    }
  else if (subtitle != NULL && self->project == NULL)
    {
      g_autofree char *unsaved = g_strdup_printf (_("%s · not saved"), subtitle);
      g_free (subtitle);
      subtitle = g_steal_pointer (&unsaved);
    }
  adw_window_title_set_subtitle (self->window_title, subtitle ? subtitle : "");
}

/* The welcome page while nothing (or an empty project) is shown; the views otherwise. */
void
sl_window_update_content (SlWindow *self)
{
  gboolean empty = self->model == NULL
                   || (sl_model_n_docs (self->model) == 0 && sl_model_n_events (self->model) == 0);

  if (empty && self->project != NULL)
    {
      g_autofree char *title = g_strdup_printf (_("“%s” Is Empty"), self->title);

      adw_status_page_set_title (self->welcome_page, title);
      adw_status_page_set_description (self->welcome_page,
                                       _("Import articles into the project, or drop them here. "
                                         "Everything you import is saved in it at once."));
      gtk_widget_set_visible (self->welcome_sample_button, FALSE);
    }
  else
    {
      adw_status_page_set_title (self->welcome_page, _("Welcome to Sourceline"));
      adw_status_page_set_description (self->welcome_page,
                                       _("See when things happened and who said so. Drop "
                                         "articles here, import a folder of them, or look at "
                                         "the sample first."));
      gtk_widget_set_visible (self->welcome_sample_button, TRUE);
    }
  if (!empty && g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "main") != 0)
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

      gtk_stack_set_visible_child_name (self->content_stack, "main");
      /* the articles are shown: the keys that walk the events work at once, unless the user
       * is typing a search (the welcome page's buttons, now hidden, or the header bar's,
       * give way) */
      if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->search_bar)))
        gtk_widget_grab_focus (GTK_WIDGET (self->timeline));
    }
  else
    gtk_stack_set_visible_child_name (self->content_stack, empty ? "welcome" : "main");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", !empty);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-fit", !empty);
  sl_window_story_update (self);
}

/* Shows model in the views. The same model again (edited or grown in place) is shown
 * anew too: the views lay out and shape text once per model. */
void
sl_window_set_model_internal (SlWindow *self, SlModel *model)
{
  g_autoptr (GArray) pinned = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) places = g_array_new (FALSE, FALSE, sizeof (double));

  /* the same model grown in place keeps its sources' indexes, and so its pinned nodes */
  if (model != NULL && model == self->model)
    {
      sl_graph_view_get_pinned (self->graph, pinned);
      for (guint i = 0; i < pinned->len; i++)
        {
          double xy[2] = { 0, 0 };
          sl_graph_view_get_pin (self->graph, g_array_index (pinned, guint32, i), &xy[0], &xy[1]);
          g_array_append_vals (places, xy, 2);
        }
    }
  if (model != self->model)
    {
      if (model != NULL)
        sl_model_ref (model);
      g_clear_pointer (&self->model, sl_model_unref);
      self->model = model;
    }

  sl_window_update_banner (self);
  self->syncing++;
  sl_timeline_view_set_model (self->timeline, model);
  sl_graph_view_set_model (self->graph, model);
  if (!sl_window_restore_graph_pins (self) && pinned->len > 0)
    sl_graph_view_set_pins (self->graph, (const guint32 *) pinned->data,
                            (const double *) places->data, pinned->len);
  self->syncing--;
  sl_window_select_event (self, SL_NONE);

  sl_window_update_title (self);
  sl_window_update_content (self);
  sl_window_update_actions (self);
}

/* View state kept across a rebuild of the model */

SlViewState *
sl_view_state_save (SlWindow *self)
{
  SlViewState *state = g_new0 (SlViewState, 1);
  guint n_events = self->model ? sl_model_n_events (self->model) : 0;
  guint n_sources = self->model ? sl_model_n_sources (self->model) : 0;

  state->event = self->detail_event;
  if (n_events > 0 && gtk_widget_get_width (GTK_WIDGET (self->timeline)) > 0)
    {
      sl_timeline_view_get_visible_range (self->timeline, &state->t0, &state->t1);
      state->has_range = state->t1 > state->t0;
    }
  if (state->event < n_events)
    {
      state->event_key = sl_project_event_key (self->model, state->event);
      state->selected = sl_timeline_view_get_selected_event (self->timeline) == state->event;
    }
  else
    state->event = SL_NONE;
  if (self->detail_source < n_sources)
    {
      state->source_key = sl_project_source_key (self->model, self->detail_source);
      state->selected = sl_graph_view_get_selected_source (self->graph) == self->detail_source;
    }
  state->focus_key = detail_focus_key (self);
  return state;
}

static guint32
find_event_by_key (SlModel *model, guint32 hint, const char *key)
{
  guint n = sl_model_n_events (model);
  g_auto (GStrv) parts = g_str_has_prefix (key, "E:") ? g_strsplit (key + 2, ":", 3) : NULL;
  /* "E:<article>:<sentence start>:…": only events starting their sentence there can match */
  gboolean by_sentence = parts != NULL && g_strv_length (parts) == 3;
  guint32 sentence = by_sentence ? (guint32) g_ascii_strtoull (parts[1], NULL, 10) : 0;

  /* machine events keep their index across a reload: try it before scanning */
  if (hint < n)
    {
      g_autofree char *k = sl_project_event_key (model, hint);

      if (g_strcmp0 (k, key) == 0)
        return hint;
    }
  for (guint32 e = 0; e < n; e++)
    {
      g_autofree char *k = NULL;

      const SlEvent *ev = sl_model_event (model, e);

      if ((by_sentence && ev->sentence_begin != sentence)
          || (g_str_has_prefix (key, "M:") && !(ev->flags & SL_EVENT_MANUAL)))
        continue;
      k = sl_project_event_key (model, e);
      if (g_strcmp0 (k, key) == 0)
        return e;
    }
  return SL_NONE;
}

/* Describes event in the detail pane without selecting it: the search's fading stays. */
void
sl_window_describe_event (SlWindow *self, guint32 event)
{
  sl_window_select_event (self, event);
  self->syncing++;
  sl_timeline_view_set_selected_event (self->timeline, SL_NONE);
  sl_graph_view_highlight_event (self->graph, SL_NONE);
  self->syncing--;
  sl_window_apply_search (self);
}

void
sl_view_state_restore (SlWindow *self, SlViewState *state)
{
  guint32 event = SL_NONE, source = SL_NONE;

  if (state == NULL || self->model == NULL)
    return;
  if (state->has_range)
    sl_timeline_view_set_visible_range (self->timeline, state->t0, state->t1);
  /* the search finds again what it found, in the rebuilt model */
  sl_window_rerun_search (self);
  if (state->event_key != NULL)
    event = find_event_by_key (self->model, state->event, state->event_key);
  if (event != SL_NONE && (sl_model_event (self->model, event)->flags
                           & (SL_EVENT_HIDDEN | SL_EVENT_DELETED)))
    event = SL_NONE;
  if (state->source_key != NULL)
    source = sl_model_find_source (self->model, state->source_key + 2);
  if (event != SL_NONE && state->selected)
    sl_window_select_event (self, event);
  else if (event != SL_NONE)
    sl_window_describe_event (self, event);
  else if (source != SL_NONE)
    sl_window_select_source (self, source);
  /* selecting may have panned; the range the user was looking at wins */
  if (state->has_range)
    sl_timeline_view_set_visible_range (self->timeline, state->t0, state->t1);
  restore_detail_focus (self, state->focus_key);
}

void
sl_view_state_free (SlViewState *state)
{
  if (state == NULL)
    return;
  g_free (state->event_key);
  g_free (state->source_key);
  g_free (state->focus_key);
  g_free (state);
}

/* Export */

gboolean
sl_window_export_to_path (SlWindow *self, const char *path, GError **error)
{
  SlExportOptions opts;
  SlExportFormat format;
  g_auto (GStrv) folded = NULL;

  g_return_val_if_fail (SL_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->model == NULL)
    {
      g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_INVALID, _("Nothing to export yet"));
      return FALSE;
    }
  if (!sl_export_format_from_path (path, &format))
    {
      g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_INVALID,
                   _("Unknown image type: name the file .png, .svg or .pdf"));
      return FALSE;
    }

  sl_export_options_init (&opts);
  opts.format = format;
  /* what the window shows: both views, or the timeline alone when the lower half is hidden */
  opts.view = self->show_details && self->show_graph ? SL_EXPORT_VIEW_BOTH
                                                     : SL_EXPORT_VIEW_TIMELINE;
  opts.has_range = TRUE;
  sl_timeline_view_get_visible_range (self->timeline, &opts.from, &opts.to);
  opts.selected_event = sl_timeline_view_get_selected_event (self->timeline);
  opts.selected_source = sl_graph_view_get_selected_source (self->graph);
  /* paper is white: documents are drawn light whatever the screen shows */
  opts.dark = format == SL_EXPORT_PNG && sl_timeline_view_get_dark (self->timeline);
  /* the lanes as the timeline groups and folds them */
  opts.lane_mode = sl_timeline_view_get_lane_mode (self->timeline);
  folded = sl_timeline_view_dup_collapsed_lanes (self->timeline, opts.lane_mode);
  opts.folded_lanes = (const char *const *) folded;
  /* the graph as laid out on screen, pins included */
  opts.graph_layout = sl_graph_view_get_layout (self->graph);

  return sl_export_image (self->model, &opts, path, error);
}

static void
export_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  sl_window_show_export_dialog (SL_WINDOW (widget));
}

static void
open_export_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SlWindow *self = SL_WINDOW (widget);
  g_autoptr (GFile) file = NULL;
  g_autofree char *uri = NULL;

  if (self->last_export == NULL)
    return;
  file = g_file_new_for_path (self->last_export);
  uri = g_file_get_uri (file);
  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

/* View actions: they act on the timeline, the view a briefing is about */

static void
zoom_fit_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SlWindow *self = SL_WINDOW (widget);

  sl_timeline_view_zoom_to_fit (self->timeline);
  sl_graph_view_zoom_to_fit (self->graph);
}

static void
zoom_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SlWindow *self = SL_WINDOW (widget);
  double factor = g_str_equal (action_name, "win.zoom-in") ? 1.5 : 1.0 / 1.5;

  sl_timeline_view_zoom_at (self->timeline, factor,
                            gtk_widget_get_width (GTK_WIDGET (self->timeline)) / 2.0);
}

/* The lower half shows when asked for and when one of its panes is; F9 hides both at once,
 * the graph and the detail pane each have their own toggle too. */
static void
update_panes (SlWindow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->graph), self->show_graph);
  gtk_widget_set_visible (self->detail_scroller, self->show_detail_pane);
  gtk_widget_set_visible (GTK_WIDGET (self->lower_paned),
                          self->show_details && (self->show_graph || self->show_detail_pane));
}

static void
set_pane_shown (SlWindow *self, gboolean *field, guint prop, const char *key, gboolean show)
{
  show = !!show;
  if (*field == show)
    return;
  *field = show;
  update_panes (self);
  if (key != NULL && self->settings != NULL)
    g_settings_set_boolean (self->settings, key, show);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_show_details (SlWindow *self, gboolean show)
{
  set_pane_shown (self, &self->show_details, PROP_SHOW_DETAILS, NULL, show);
}

static const char *const lane_mode_names[] = { "source", "category", "document", "actor", "none" };

static const char *
get_lane_mode (SlWindow *self)
{
  SlLaneMode mode = sl_timeline_view_get_lane_mode (self->timeline);

  return (guint) mode < G_N_ELEMENTS (lane_mode_names) ? lane_mode_names[mode] : "source";
}

static void
set_lane_mode (SlWindow *self, const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (lane_mode_names); i++)
    if (g_strcmp0 (name, lane_mode_names[i]) == 0 && g_strcmp0 (get_lane_mode (self), name) != 0)
      {
        sl_timeline_view_set_lane_mode (self->timeline, (SlLaneMode) i);
        if (self->settings != NULL)
          g_settings_set_string (self->settings, "lane-mode", name);
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANE_MODE]);
      }
}

/* Settings: size, panes and lanes come back as they were left. Without the schema installed
 * (a build tree run without GSETTINGS_SCHEMA_DIR) the window simply does not remember. */

static GSettings *
settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, SETTINGS_SCHEMA, TRUE);
  static const char *const keys[] = {
    "window-width", "window-height", "window-maximized", "main-paned-position",
    "lower-paned-position", "lane-mode", "last-project", "graph-visible", "detail-visible",
  };

  if (schema == NULL)
    return NULL;
  /* an older schema without a key we use would abort in g_settings_get: refuse it */
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if (!g_settings_schema_has_key (schema, keys[i]))
      return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

/* Clamps a window size to the largest screen: the default (1320 × 920) or a size left on a
 * big external screen must not open cut off on a laptop's 1366 × 768. A display whose
 * screens are not known yet leaves the size as it is. */
static void
fit_to_screens (GtkWidget *widget, int *width, int *height)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (widget));
  int max_w = 0, max_h = 0;

  for (guint i = 0; monitors != NULL && i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr (GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor, &geometry);
      max_w = MAX (max_w, geometry.width);
      max_h = MAX (max_h, geometry.height);
    }
  if (max_w < 360 || max_h < 294)
    return;
  /* room for the desktop's own bars and the window's frame */
  *width = MIN (*width, max_w * 95 / 100);
  *height = MIN (*height, max_h * 90 / 100);
}

static void
load_settings (SlWindow *self)
{
  g_autofree char *lane = NULL;
  int width, height;

  if (self->settings == NULL)
    return;
  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");
  fit_to_screens (GTK_WIDGET (self), &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  gtk_paned_set_position (self->main_paned,
                          g_settings_get_int (self->settings, "main-paned-position"));
  gtk_paned_set_position (self->lower_paned,
                          g_settings_get_int (self->settings, "lower-paned-position"));
  lane = g_settings_get_string (self->settings, "lane-mode");
  set_lane_mode (self, lane);
  self->show_graph = g_settings_get_boolean (self->settings, "graph-visible");
  self->show_detail_pane = g_settings_get_boolean (self->settings, "detail-visible");
  update_panes (self);
}

static void
save_settings (SlWindow *self)
{
  int width = 0, height = 0;
  gboolean maximized;

  if (self->settings == NULL)
    return;
  maximized = gtk_window_is_maximized (GTK_WINDOW (self));
  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized", maximized);
  /* the size to come back to when unmaximised */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (width >= 360 && height >= 294)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  if (gtk_widget_get_visible (GTK_WIDGET (self->content_stack))
      && gtk_widget_get_height (GTK_WIDGET (self->main_paned)) > 0)
    {
      g_settings_set_int (self->settings, "main-paned-position",
                          CLAMP (gtk_paned_get_position (self->main_paned), 0, 32767));
      if (self->show_details)
        g_settings_set_int (self->settings, "lower-paned-position",
                            CLAMP (gtk_paned_get_position (self->lower_paned), 0, 32767));
    }
  g_settings_set_string (self->settings, "lane-mode", get_lane_mode (self));
  g_settings_set_string (self->settings, "last-project",
                         self->project != NULL ? self->project->path : "");
  g_settings_apply (self->settings);
}

static gboolean
sl_window_close_request (GtkWindow *window)
{
  save_settings (SL_WINDOW (window));
  return GTK_WINDOW_CLASS (sl_window_parent_class)->close_request (window);
}

/* Quitting destroys windows without asking them to close: they remember then. */
static void
sl_window_unrealize (GtkWidget *widget)
{
  SlWindow *self = SL_WINDOW (widget);

  save_settings (self);
  if (self->settings != NULL)
    g_settings_sync ();
  GTK_WIDGET_CLASS (sl_window_parent_class)->unrealize (widget);
}

/* GObject */

static void
sl_window_dispose (GObject *object)
{
  SlWindow *self = SL_WINDOW (object);

  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  self->load_progress = NULL;
  sl_window_project_dispose (self);
  sl_window_edit_dispose (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SL_TYPE_WINDOW);
  sl_window_story_dispose (self);
  g_clear_handle_id (&self->toast_timeout, g_source_remove);
  g_clear_weak_pointer (&self->toast);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (sl_window_parent_class)->dispose (object);
}

static void
sl_window_finalize (GObject *object)
{
  SlWindow *self = SL_WINDOW (object);

  g_clear_pointer (&self->merge, sl_event_merge_free);
  g_clear_pointer (&self->model, sl_model_unref);
  g_free (self->last_export);
  g_free (self->title);
  g_free (self->save_name);
  G_OBJECT_CLASS (sl_window_parent_class)->finalize (object);
}

static void
sl_window_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SlWindow *self = SL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    case PROP_SHOW_DETAILS:
      g_value_set_boolean (value, self->show_details);
      break;
    case PROP_SHOW_GRAPH:
      g_value_set_boolean (value, self->show_graph);
      break;
    case PROP_SHOW_DETAIL_PANE:
      g_value_set_boolean (value, self->show_detail_pane);
      break;
    case PROP_LANE_MODE:
      g_value_set_string (value, self->timeline ? get_lane_mode (self) : "source");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_window_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  SlWindow *self = SL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SHOW_DETAILS:
      set_show_details (self, g_value_get_boolean (value));
      break;
    case PROP_SHOW_GRAPH:
      set_pane_shown (self, &self->show_graph, PROP_SHOW_GRAPH, "graph-visible",
                      g_value_get_boolean (value));
      break;
    case PROP_SHOW_DETAIL_PANE:
      set_pane_shown (self, &self->show_detail_pane, PROP_SHOW_DETAIL_PANE, "detail-visible",
                      g_value_get_boolean (value));
      break;
    case PROP_LANE_MODE:
      set_lane_mode (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_window_class_init (SlWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sl_window_dispose;
  object_class->finalize = sl_window_finalize;
  object_class->get_property = sl_window_get_property;
  object_class->set_property = sl_window_set_property;
  window_class->close_request = sl_window_close_request;
  widget_class->unrealize = sl_window_unrealize;

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* the graph and the detail pane; hiding them gives the timeline the whole window */
  properties[PROP_SHOW_DETAILS] =
    g_param_spec_boolean ("show-details", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_GRAPH] =
    g_param_spec_boolean ("show-graph", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_DETAIL_PANE] =
    g_param_spec_boolean ("show-detail-pane", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* what the timeline's lanes group by: "source", "category", "document", "actor", "none" */
  properties[PROP_LANE_MODE] =
    g_param_spec_string ("lane-mode", NULL, NULL, "source",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* referencing the resource bundle keeps it (and its self-registering constructor) in the
   * link when the UI comes from a static library */
  (void) sl_get_resource ();
  g_type_ensure (SL_TYPE_TIMELINE_VIEW);
  g_type_ensure (SL_TYPE_GRAPH_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/sourceline/Sourceline/ui/sl-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SlWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, welcome_sample_button);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, recent_box);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, recent_list);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, search_status);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, banner_button);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, main_paned);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, lower_paned);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, detail_scroller);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, timeline);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, graph);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, detail_box);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, event_menu);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, source_menu);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, recent_section);

  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action_cb);
  gtk_widget_class_install_action (widget_class, "win.open-export", NULL, open_export_action_cb);
  gtk_widget_class_install_action (widget_class, "win.zoom-fit", NULL, zoom_fit_action_cb);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action_cb);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action_cb);
  gtk_widget_class_install_property_action (widget_class, "win.show-details", "show-details");
  gtk_widget_class_install_property_action (widget_class, "win.show-graph", "show-graph");
  gtk_widget_class_install_property_action (widget_class, "win.show-detail-pane",
                                            "show-detail-pane");
  gtk_widget_class_install_property_action (widget_class, "win.lane-mode", "lane-mode");

  /* the application sets these too; the window's own keep them working in any application */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.show-details", NULL);
  /* F8 and F6 belong to the panes (they move between their handles) */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, GDK_CONTROL_MASK,
                                       "win.show-graph", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, GDK_SHIFT_MASK,
                                       "win.show-detail-pane", NULL);

  sl_window_project_class_init (widget_class);
  sl_window_edit_class_init (widget_class);
  sl_window_story_class_init (widget_class);
  sl_window_export_class_init (widget_class);
}

static void
sl_window_init (SlWindow *self)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  self->show_details = self->show_graph = self->show_detail_pane = TRUE;
  self->detail_event = self->detail_source = SL_NONE;
  gtk_widget_init_template (GTK_WIDGET (self));

  g_object_bind_property (style, "dark", self->timeline, "dark", G_BINDING_SYNC_CREATE);
  g_object_bind_property (style, "dark", self->graph, "dark", G_BINDING_SYNC_CREATE);
  /* the desktop's high-contrast setting switches the painters to their high-contrast palette */
  g_object_bind_property (style, "high-contrast", self->timeline, "high-contrast",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (style, "high-contrast", self->graph, "high-contrast",
                          G_BINDING_SYNC_CREATE);

  g_signal_connect_object (self->timeline, "selection-changed",
                           G_CALLBACK (timeline_selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->graph, "selection-changed",
                           G_CALLBACK (graph_selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline, "selected-events-changed",
                           G_CALLBACK (timeline_events_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline, "brush-changed",
                           G_CALLBACK (timeline_brush_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline, "event-activated",
                           G_CALLBACK (timeline_event_activated_cb), self, G_CONNECT_SWAPPED);
  {
    /* bubble phase: after the focused view and entry have had their say */
    GtkEventController *keys = gtk_event_controller_key_new ();

    g_signal_connect_object (keys, "key-pressed", G_CALLBACK (window_key_pressed_cb), self,
                             G_CONNECT_SWAPPED);
    gtk_widget_add_controller (GTK_WIDGET (self), keys);
  }

  self->settings = settings_new ();
  load_settings (self);

  /* the graph's layout: its pane's buttons, win.graph-layout and the setting move together */
  {
    g_autoptr (GPropertyAction) action = g_property_action_new ("graph-layout", self->graph, "layout");
    g_autoptr (GSettingsSchema) schema = NULL;

    g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (action));
    if (self->settings != NULL)
      g_object_get (self->settings, "settings-schema", &schema, NULL);
    if (schema != NULL && g_settings_schema_has_key (schema, "graph-layout"))
      g_settings_bind (self->settings, "graph-layout", self->graph, "layout", G_SETTINGS_BIND_DEFAULT);
  }
  g_signal_connect_object (self->graph, "source-pinned", G_CALLBACK (sl_window_save_graph_pin), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->graph, "source-unpinned", G_CALLBACK (sl_window_remove_graph_pin),
                           self, G_CONNECT_SWAPPED);

  sl_window_project_init (self);
  sl_window_edit_init (self);
  sl_window_story_init (self);
  sl_window_update_content (self);
  sl_window_update_actions (self);
}

SlWindow *
sl_window_new (GtkApplication *app)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (app), NULL);
  return g_object_new (SL_TYPE_WINDOW, "application", app, NULL);
}

gboolean
sl_window_get_loading (SlWindow *self)
{
  g_return_val_if_fail (SL_IS_WINDOW (self), FALSE);
  return self->loading;
}

SlModel *
sl_window_get_model (SlWindow *self)
{
  g_return_val_if_fail (SL_IS_WINDOW (self), NULL);
  return self->model;
}

SlTimelineView *
sl_window_get_timeline (SlWindow *self)
{
  g_return_val_if_fail (SL_IS_WINDOW (self), NULL);
  return self->timeline;
}

SlGraphView *
sl_window_get_graph (SlWindow *self)
{
  g_return_val_if_fail (SL_IS_WINDOW (self), NULL);
  return self->graph;
}
