/* sl-window-edit.c: the analyst's edits — from the detail pane, the context menus of the
 * timeline and the graph, and keys — each written to the project as it is made, and the
 * search bar that fades what does not match. */
#include "config.h"

#include "sl-window-private.h"
#include "sl-describe.h"

#include <string.h>

#include "sl-edit-dialog.h"

/* Edits */

static const char *
done_message (SlEditKind kind, gint64 number)
{
  switch (kind)
    {
    case SL_EDIT_EVENT_DATE:    return _("Date corrected");
    case SL_EDIT_EVENT_LABEL:   return _("Event renamed");
    case SL_EDIT_EVENT_HIDDEN:  return number ? _("Event hidden") : _("Event shown again");
    case SL_EDIT_EVENT_DELETED: return number ? _("Event deleted") : _("Event restored");
    case SL_EDIT_EVENT_NOTE:    return _("Note saved");
    case SL_EDIT_SOURCE_RENAME: return _("Source renamed");
    case SL_EDIT_SOURCE_MERGE:  return _("Sources merged");
    case SL_EDIT_SOURCE_GRADE:  return _("Source graded");
    case SL_EDIT_MANUAL_EVENT:  return _("Event added");
    default:                    return _("Changed");
    }
}

static gboolean
is_event_edit (SlEditKind kind)
{
  return kind == SL_EDIT_EVENT_DATE || kind == SL_EDIT_EVENT_LABEL || kind == SL_EDIT_EVENT_HIDDEN
         || kind == SL_EDIT_EVENT_DELETED || kind == SL_EDIT_EVENT_NOTE;
}

static gboolean
is_source_edit (SlEditKind kind)
{
  return kind == SL_EDIT_SOURCE_RENAME || kind == SL_EDIT_SOURCE_MERGE
         || kind == SL_EDIT_SOURCE_GRADE;
}

gboolean
sl_window_edit (SlWindow *self, SlEditKind kind, guint32 item, const char *value,
                const char *value2, gint64 number, GError **error)
{
  g_autoptr (SlViewState) state = NULL;
  g_autofree char *target = NULL;
  g_autofree char *into = NULL;
  SlProjectStore *store;
  guint n_before;

  g_return_val_if_fail (SL_IS_WINDOW (self), FALSE);

  if (self->project == NULL || self->model == NULL)
    {
      g_set_error (error, SL_STORE_ERROR, SL_STORE_ERROR_READ_ONLY,
                   _("Save the articles as a project to change them"));
      return FALSE;
    }
  if (!sl_window_can_edit (self))
    {
      g_set_error (error, SL_STORE_ERROR, sl_window_get_read_only (self) ? SL_STORE_ERROR_READ_ONLY
                                                                          : SL_STORE_ERROR_LOCKED,
                   sl_window_get_read_only (self)
                   ? _("This project is read-only: save a copy to change it")
                   : _("Wait until the articles are read, then change them"));
      return FALSE;
    }
  store = self->project->store;
  if ((is_event_edit (kind) && item >= sl_model_n_events (self->model))
      || (is_source_edit (kind) && item >= sl_model_n_sources (self->model))
      || (kind == SL_EDIT_SOURCE_MERGE
          && ((guint64) number >= sl_model_n_sources (self->model) || number == item)))
    {
      g_set_error (error, SL_STORE_ERROR, SL_STORE_ERROR_IO, _("Nothing to change is selected"));
      return FALSE;
    }

  if (is_event_edit (kind))
    target = sl_project_event_key (self->model, item);
  else if (is_source_edit (kind))
    target = sl_project_source_key (self->model, item);
  if (kind == SL_EDIT_SOURCE_MERGE)
    {
      into = sl_project_source_key (self->model, (guint32) number);
      value = into;
      number = 0;
    }

  state = sl_view_state_save (self);
  n_before = sl_model_n_events (self->model);
  if (sl_project_store_add_edit (store, self->model, kind, target, value, value2, number,
                                 error) < 0)
    return FALSE;

  /* what to select once the views show the change */
  if (kind == SL_EDIT_SOURCE_RENAME && value != NULL)
    {
      g_free (state->source_key);
      state->source_key = g_strconcat ("S:", value, NULL);
      state->selected = TRUE;
    }
  else if (kind == SL_EDIT_SOURCE_MERGE)
    {
      g_free (state->source_key);
      state->source_key = g_steal_pointer (&into);
      state->selected = TRUE;
    }
  else if (kind == SL_EDIT_MANUAL_EVENT && sl_model_n_events (self->model) > n_before)
    {
      g_free (state->event_key);
      state->event = sl_model_n_events (self->model) - 1;
      state->event_key = sl_project_event_key (self->model, state->event);
      state->selected = TRUE;
      g_clear_pointer (&state->source_key, g_free);
    }
  sl_window_set_model_internal (self, self->model);
  sl_view_state_restore (self, state);
  sl_window_show_toast (self, done_message (kind, number), _("Undo"), "win.undo");
  return TRUE;
}

static void
report_edit (SlWindow *self, SlEditKind kind, guint32 item, const char *value,
             const char *value2, gint64 number)
{
  g_autoptr (GError) error = NULL;

  if (!sl_window_edit (self, kind, item, value, value2, number, &error))
    sl_window_show_error (self, _("Could not make the change"), error);
}

/* An edit dialog remembers what it edits; the window outlives it (it is transient). */
typedef struct
{
  SlWindow  *self;
  SlEditKind kind;
  guint32    item;
} EditTarget;

static gpointer
edit_target_new (SlWindow *self, SlEditKind kind, guint32 item)
{
  EditTarget *t = g_new0 (EditTarget, 1);

  t->self = g_object_ref (self);
  t->kind = kind;
  t->item = item;
  return t;
}

static void
edit_target_free (gpointer data)
{
  EditTarget *t = data;

  g_object_unref (t->self);
  g_free (t);
}

static void
edit_dialog_done_cb (const char *text, const char *value, gint64 number, gpointer data)
{
  EditTarget *t = data;

  switch (t->kind)
    {
    case SL_EDIT_EVENT_DATE:
      report_edit (t->self, t->kind, t->item, value, NULL, number);
      break;
    case SL_EDIT_EVENT_LABEL:
    case SL_EDIT_EVENT_NOTE:
    case SL_EDIT_SOURCE_RENAME:
      report_edit (t->self, t->kind, t->item, text, NULL, 0);
      break;
    case SL_EDIT_SOURCE_GRADE:
      report_edit (t->self, t->kind, t->item, value, NULL, 0);
      break;
    case SL_EDIT_MANUAL_EVENT:
      report_edit (t->self, t->kind, SL_NONE, text, value, number);
      break;
    case SL_EDIT_DOC_DCT:
      {
        g_autoptr (GError) error = NULL;

        if (!sl_window_set_publication_date (t->self, t->item, value, &error))
          sl_window_show_error (t->self, _("Could not set the publication date"), error);
        break;
      }
    case SL_EDIT_SOURCE_MERGE:
      {
        /* number indexes the names offered: sources other than this one, not merged away */
        guint32 into = SL_NONE;
        gint64 k = number;

        for (guint32 s = 0; s < sl_model_n_sources (t->self->model) && into == SL_NONE; s++)
          {
            const SlSource *src = sl_model_source (t->self->model, s);

            if (s == t->item || src->merged_into != SL_NONE)
              continue;
            if (k-- == 0)
              into = s;
          }
        if (into != SL_NONE)
          report_edit (t->self, t->kind, t->item, NULL, NULL, into);
        break;
      }
    default:
      break;
    }
}

/* The event or source the detail pane describes: the selection, or the search's first match. */
static guint32
selected_event (SlWindow *self)
{
  guint32 e = self->detail_event;

  return self->model && e < sl_model_n_events (self->model) ? e : SL_NONE;
}

static guint32
selected_source (SlWindow *self)
{
  guint32 s = self->detail_source;

  return self->model && s < sl_model_n_sources (self->model) ? s : SL_NONE;
}

/* Edits need a project: unsaved articles are saved as one first. */
static gboolean
ensure_project (SlWindow *self, const char *action_name)
{
  if (self->project != NULL)
    return TRUE;
  sl_window_ask_save_as (self, action_name);
  return FALSE;
}

static void
event_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SlWindow *self = SL_WINDOW (widget);
  guint32 e = selected_event (self);
  const SlEvent *ev;
  const char *label;

  if (e == SL_NONE || !ensure_project (self, action_name))
    return;
  ev = sl_model_event (self->model, e);
  label = sl_model_str (self->model, ev->label);

  if (g_str_equal (action_name, "win.edit-date"))
    {
      const char *when = ev->when ? sl_model_str (self->model, ev->when) : NULL;
      g_autofree char *body = g_strdup_printf (_("When did “%s” happen? The article’s words "
                                                 "stay as they are; the timeline follows your "
                                                 "date."), label);

      sl_edit_dialog_date (GTK_WINDOW (self), _("Correct the Date"), body, FALSE, NULL, when,
                           (SlMod) ev->mod, edit_dialog_done_cb,
                           edit_target_new (self, SL_EDIT_EVENT_DATE, e), edit_target_free);
    }
  else if (g_str_equal (action_name, "win.rename-event"))
    sl_edit_dialog_text (GTK_WINDOW (self), _("Rename the Event"),
                         _("The name shown on the timeline and in exports."), label, _("_Rename"),
                         FALSE, FALSE, edit_dialog_done_cb,
                         edit_target_new (self, SL_EDIT_EVENT_LABEL, e), edit_target_free);
  else if (g_str_equal (action_name, "win.edit-note"))
    sl_edit_dialog_text (GTK_WINDOW (self), _("Note"), label,
                         sl_model_event_note (self->model, e), _("_Save"), TRUE, TRUE,
                         edit_dialog_done_cb, edit_target_new (self, SL_EDIT_EVENT_NOTE, e),
                         edit_target_free);
  else if (g_str_equal (action_name, "win.hide-event"))
    report_edit (self, SL_EDIT_EVENT_HIDDEN, e, NULL, NULL, 1);
  else if (g_str_equal (action_name, "win.delete-event"))
    report_edit (self, SL_EDIT_EVENT_DELETED, e, NULL, NULL, 1);
}

static void
source_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SlWindow *self = SL_WINDOW (widget);
  guint32 s = selected_source (self);
  const SlSource *src;
  const char *name;

  if (s == SL_NONE || !ensure_project (self, action_name))
    return;
  src = sl_model_source (self->model, s);
  name = sl_model_str (self->model, src->name);

  if (g_str_equal (action_name, "win.rename-source"))
    sl_edit_dialog_text (GTK_WINDOW (self), _("Rename the Source"),
                         _("The old name stays known as another way of writing it."), name,
                         _("_Rename"), FALSE, FALSE, edit_dialog_done_cb,
                         edit_target_new (self, SL_EDIT_SOURCE_RENAME, s), edit_target_free);
  else if (g_str_equal (action_name, "win.grade-source"))
    {
      char grade[3] = { src->reliability, src->credibility, '\0' };

      sl_edit_dialog_grade (GTK_WINDOW (self), name, src->reliability ? grade : NULL,
                            edit_dialog_done_cb, edit_target_new (self, SL_EDIT_SOURCE_GRADE, s),
                            edit_target_free);
    }
  else if (g_str_equal (action_name, "win.merge-source"))
    {
      g_autoptr (GPtrArray) names = g_ptr_array_new ();
      g_autofree char *heading = g_strdup_printf (_("Merge “%s” Into…"), name);

      for (guint32 o = 0; o < sl_model_n_sources (self->model); o++)
        {
          const SlSource *other = sl_model_source (self->model, o);

          if (o != s && other->merged_into == SL_NONE)
            g_ptr_array_add (names, (gpointer) sl_model_str (self->model, other->name));
        }
      g_ptr_array_add (names, NULL);
      sl_edit_dialog_choose (GTK_WINDOW (self), heading,
                             _("Its claims become the other source’s; its name becomes another "
                               "way of writing that source’s."),
                             (const char *const *) names->pdata, _("_Merge"), edit_dialog_done_cb,
                             edit_target_new (self, SL_EDIT_SOURCE_MERGE, s), edit_target_free);
    }
}

/* Publication dates */

/* The articles the publication-date chooser offers, in its order: those with no date first
 * (the ones whose weekdays and "last year" stay off the timeline), then the rest; the
 * analyst's own document is none. */
static GArray *
articles_to_date (SlWindow *self)
{
  GArray *docs = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (int dated = 0; dated < 2; dated++)
    for (guint32 d = 0; d < sl_model_n_docs (self->model); d++)
      {
        const SlDoc *doc = sl_model_doc (self->model, d);

        if (sl_window_doc_is_article (self, d) && (doc->dct_date.prec != SL_PREC_NONE) == dated)
          g_array_append_val (docs, d);
      }
  return docs;
}

/* "the article's page gives 10 May 2024", "no date found in the article" */
static char *
describe_dct (SlWindow *self, guint32 d)
{
  const SlDoc *doc = sl_model_doc (self->model, d);
  g_autofree char *when = NULL;
  char value[32];
  SlTime t0, t1;

  if (doc->dct_date.prec == SL_PREC_NONE)
    return g_strdup (_("No publication date was found in it."));
  sl_date_to_value (&doc->dct_date, value, sizeof value);
  when = sl_time_interval_from_value (value, SL_MOD_NONE, &t0, &t1)
         ? sl_time_describe_interval (t0, t1) : g_strdup (value);
  switch ((SlDctSource) doc->dct_source)
    {
    case SL_DCT_METADATA:
      return g_strdup_printf (_("Its file gives %s."), when);
    case SL_DCT_TEXT:
      return g_strdup_printf (_("Its dateline gives %s."), when);
    case SL_DCT_INFERRED:
      return g_strdup_printf (_("Sourceline inferred %s from the dates it mentions."), when);
    case SL_DCT_GIVEN:
      return g_strdup_printf (_("You set %s."), when);
    case SL_DCT_NONE:
    default:
      return g_strdup_printf (_("Dated %s."), when);
    }
}

static const char *
article_name (SlWindow *self, guint32 d)
{
  const SlDoc *doc = sl_model_doc (self->model, d);
  const char *title = doc->title ? sl_model_str (self->model, doc->title) : NULL;
  const char *path = doc->path ? sl_model_str (self->model, doc->path) : NULL;

  return title && *title ? title : path && *path ? path : _("Untitled article");
}

static void
ask_publication_date (SlWindow *self, guint32 d)
{
  const SlDoc *doc = sl_model_doc (self->model, d);
  g_autofree char *how = describe_dct (self, d);
  g_autofree char *body = g_strdup_printf (_("“%s”. %s Its weekdays and relative dates "
                                             "(“on Monday”, “last year”) are read against the "
                                             "date you set."), article_name (self, d), how);
  char value[32] = "";

  if (doc->dct_date.prec != SL_PREC_NONE)
    sl_date_to_value (&doc->dct_date, value, sizeof value);
  sl_edit_dialog_day (GTK_WINDOW (self), _("Publication Date"), body, value,
                      edit_dialog_done_cb, edit_target_new (self, SL_EDIT_DOC_DCT, d),
                      edit_target_free);
}

static void
article_chosen_cb (const char *text, const char *value, gint64 number, gpointer data)
{
  EditTarget *t = data;
  g_autoptr (GArray) docs = NULL;

  if (t->self->model == NULL)
    return;
  docs = articles_to_date (t->self);
  if (number >= 0 && (guint) number < docs->len)
    ask_publication_date (t->self, g_array_index (docs, guint32, number));
}

static void
publication_date_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SlWindow *self = SL_WINDOW (widget);
  guint32 e = selected_event (self);
  g_autoptr (GArray) docs = NULL;

  if (self->model == NULL || !ensure_project (self, action_name))
    return;
  /* the article of the event in the detail pane; otherwise the reader picks one */
  if (e != SL_NONE && !(sl_model_event (self->model, e)->flags & SL_EVENT_MANUAL))
    {
      ask_publication_date (self, sl_model_event (self->model, e)->doc);
      return;
    }
  docs = articles_to_date (self);
  if (docs->len == 0)
    sl_window_show_toast (self, _("There are no articles to date yet: import some first"),
                          _("Import…"), "win.import");
  else if (docs->len == 1)
    ask_publication_date (self, g_array_index (docs, guint32, 0));
  else if (docs->len > 1)
    {
      g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < docs->len; i++)
        {
          guint32 d = g_array_index (docs, guint32, i);

          g_ptr_array_add (names, sl_model_doc (self->model, d)->dct_date.prec == SL_PREC_NONE
                                  ? g_strdup_printf (_("%s (no date)"), article_name (self, d))
                                  : g_strdup (article_name (self, d)));
        }
      g_ptr_array_add (names, NULL);
      sl_edit_dialog_choose (GTK_WINDOW (self), _("Publication Date of…"),
                             _("Choose the article whose publication date to set."),
                             (const char *const *) names->pdata, _("_Next"), article_chosen_cb,
                             edit_target_new (self, SL_EDIT_DOC_DCT, SL_NONE), edit_target_free);
    }
}

static void
add_event_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SlWindow *self = SL_WINDOW (widget);
  char value[32] = "";
  SlTime t = self->context_time;

  if (self->model == NULL || !ensure_project (self, action_name))
    return;
  if (t == 0 && sl_model_n_events (self->model) > 0)
    {
      SlTime t0, t1;

      sl_timeline_view_get_visible_range (self->timeline, &t0, &t1);
      t = t0 + (t1 - t0) / 2;
    }
  if (t != 0)
    sl_time_format_day (t - ((t % SL_DAY) + SL_DAY) % SL_DAY, value, sizeof value);
  self->context_time = 0;
  sl_edit_dialog_date (GTK_WINDOW (self), _("Add an Event"),
                       _("An event the articles do not date, or do not mention. It is kept "
                         "apart from what Sourceline found."),
                       TRUE, NULL, value, SL_MOD_NONE, edit_dialog_done_cb,
                       edit_target_new (self, SL_EDIT_MANUAL_EVENT, SL_NONE), edit_target_free);
}

/* Hidden and deleted events, listed to be brought back one by one. */

static void
bring_back_clicked_cb (GtkButton *button, SlWindow *self)
{
  guint32 e = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "sl-event")) - 1;
  GtkWidget *dialog = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_MESSAGE_DIALOG);
  const SlEvent *ev;

  if (self->model == NULL || e >= sl_model_n_events (self->model))
    return;
  ev = sl_model_event (self->model, e);
  if (dialog != NULL)
    gtk_window_close (GTK_WINDOW (dialog));
  if (ev->flags & SL_EVENT_DELETED)
    report_edit (self, SL_EDIT_EVENT_DELETED, e, NULL, NULL, 0);
  else
    report_edit (self, SL_EDIT_EVENT_HIDDEN, e, NULL, NULL, 0);
}

static void
show_hidden_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SlWindow *self = SL_WINDOW (widget);
  GtkWidget *dialog, *scroller, *list;
  guint n = 0;

  if (self->model == NULL)
    return;
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Hidden and deleted events"), -1);
  for (guint32 e = 0; e < sl_model_n_events (self->model); e++)
    {
      const SlEvent *ev = sl_model_event (self->model, e);
      g_autofree char *when = NULL;
      g_autofree char *sub = NULL;
      GtkWidget *row, *button;
      gboolean deleted = (ev->flags & SL_EVENT_DELETED) != 0;

      if (!(ev->flags & (SL_EVENT_HIDDEN | SL_EVENT_DELETED)))
        continue;
      when = sl_time_describe_interval (ev->start, ev->end_t);
      sub = g_strdup_printf ("%s · %s", when, deleted ? _("Deleted") : _("Hidden"));
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     sl_model_str (self->model, ev->label));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sub);
      button = gtk_button_new_with_mnemonic (deleted ? _("_Restore") : _("_Show"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (button), "sl-event", GUINT_TO_POINTER (e + 1));
      g_signal_connect_object (button, "clicked", G_CALLBACK (bring_back_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      n++;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Hidden and Deleted Events"),
                                   n == 0 ? _("Every event is shown.")
                                          : _("They stay in the project, out of the timeline "
                                              "and the exports, until you bring them back."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  if (n > 0)
    {
      scroller = gtk_scrolled_window_new ();
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                      GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
      gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 360);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);
    }
  else
    g_object_unref (g_object_ref_sink (list));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* F2 renames what is selected, an event or a source. */
static void
rename_selection_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SlWindow *self = SL_WINDOW (widget);

  if (selected_event (self) != SL_NONE)
    gtk_widget_activate_action (widget, "win.rename-event", NULL);
  else if (selected_source (self) != SL_NONE)
    gtk_widget_activate_action (widget, "win.rename-source", NULL);
}

/* Context menus */

static void
popup_menu (SlWindow *self, GtkWidget *over, GMenuModel *menu, double x, double y)
{
  GdkRectangle rect = { (int) x, (int) y, 1, 1 };
  graphene_point_t p;

  if (!gtk_widget_compute_point (over, GTK_WIDGET (self->main_paned),
                                 &GRAPHENE_POINT_INIT ((float) x, (float) y), &p))
    return;
  rect.x = (int) p.x;
  rect.y = (int) p.y;
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->context_popover), menu);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_popover), &rect);
  gtk_popover_popup (GTK_POPOVER (self->context_popover));
}

static SlTime
time_at (SlWindow *self, double x)
{
  SlTime t0, t1;
  int width = gtk_widget_get_width (GTK_WIDGET (self->timeline));

  sl_timeline_view_get_visible_range (self->timeline, &t0, &t1);
  if (width <= 0 || t1 <= t0)
    return 0;
  return t0 + (SlTime) ((double) (t1 - t0) * CLAMP (x / width, 0.0, 1.0));
}

static void
timeline_context_cb (GtkGestureClick *gesture, int n_press, double x, double y, SlWindow *self)
{
  guint32 event;

  if (self->model == NULL)
    return;
  event = sl_timeline_view_event_at (self->timeline, x, y);
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  /* "Add Event" from this menu dates the new event on the day under the pointer */
  self->context_time = time_at (self, x);
  if (event != SL_NONE)
    {
      sl_window_select_event (self, event);
      popup_menu (self, GTK_WIDGET (self->timeline), self->event_menu, x, y);
    }
  else
    {
      g_autoptr (GMenu) menu = g_menu_new ();

      g_menu_append (menu, _("_Add Event Here…"), "win.add-event");
      popup_menu (self, GTK_WIDGET (self->timeline), G_MENU_MODEL (menu), x, y);
    }
}

/* The node nearest to (x, y), within reach of a click. */
static guint32
source_at (SlWindow *self, double x, double y)
{
  guint32 best = SL_NONE;
  double best_d = 24.0 * 24.0;

  for (guint32 s = 0; self->model && s < sl_model_n_sources (self->model); s++)
    {
      double nx, ny, d;

      if (!sl_graph_view_get_node_position (self->graph, s, &nx, &ny))
        continue;
      d = (nx - x) * (nx - x) + (ny - y) * (ny - y);
      if (d < best_d)
        {
          best_d = d;
          best = s;
        }
    }
  return best;
}

static void
graph_context_cb (GtkGestureClick *gesture, int n_press, double x, double y, SlWindow *self)
{
  guint32 source = source_at (self, x, y);

  if (source == SL_NONE)
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  sl_window_select_source (self, source);
  popup_menu (self, GTK_WIDGET (self->graph), self->source_menu, x, y);
}

/* Shift+F10 or the Menu key: the selection's menu, where it is drawn. */
static void
context_menu_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SlWindow *self = SL_WINDOW (widget);
  guint32 e = selected_event (self), s = selected_source (self);
  double x, y;

  if (e != SL_NONE && sl_timeline_view_get_event_position (self->timeline, e, &x, &y))
    popup_menu (self, GTK_WIDGET (self->timeline), self->event_menu, x, y);
  else if (s != SL_NONE && sl_graph_view_get_node_position (self->graph, s, &x, &y))
    popup_menu (self, GTK_WIDGET (self->graph), self->source_menu, x, y);
}

/* The edit buttons under the heading of the detail pane. */
void
sl_window_add_edit_buttons (SlWindow *self, GtkBox *box, gboolean for_source)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *more = gtk_menu_button_new ();
  const struct
  {
    const char *label, *action, *tooltip;
  } *buttons, event_buttons[] = {
    { N_("Correct _Date…"), "win.edit-date", N_("Correct the date (Ctrl+D)") },
    { N_("_Rename…"), "win.rename-event", N_("Rename the event (F2)") },
  }, source_buttons[] = {
    { N_("_Rename…"), "win.rename-source", N_("Rename the source (F2)") },
    { N_("_Grade…"), "win.grade-source", N_("Grade its reliability, A–F and 1–6") },
  };

  buttons = for_source ? source_buttons : event_buttons;
  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_(buttons[i].label));

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), buttons[i].action);
      gtk_widget_set_tooltip_text (button, _(buttons[i].tooltip));
      gtk_box_append (GTK_BOX (row), button);
    }
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (more), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (more),
                                  for_source ? self->source_menu : self->event_menu);
  gtk_widget_set_tooltip_text (more, for_source ? _("More changes to the source")
                                                : _("More changes to the event"));
  gtk_box_append (GTK_BOX (row), more);
  gtk_widget_add_css_class (row, "sl-edit-buttons");
  gtk_box_append (box, row);
}

/* Search */

static gboolean
contains_all (const char *haystack, char **words)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL || *haystack == '\0')
    return FALSE;
  folded = g_utf8_casefold (haystack, -1);
  for (guint i = 0; words[i]; i++)
    if (strstr (folded, words[i]) == NULL)
      return FALSE;
  return TRUE;
}

static gboolean
event_text_matches (SlModel *model, guint32 e, char **words, gboolean with_sentence)
{
  const SlEvent *ev = sl_model_event (model, e);
  const char *label = sl_model_str (model, ev->label);
  const char *note = sl_model_event_note (model, e);
  g_autofree char *joined = NULL;
  g_autofree char *sentence = NULL;

  if (with_sentence && ev->sentence_end > ev->sentence_begin)
    {
      gsize len = 0;
      const char *text = sl_model_doc_text (model, ev->doc, &len);

      if (text != NULL && ev->sentence_end <= len)
        sentence = g_strndup (text + ev->sentence_begin, ev->sentence_end - ev->sentence_begin);
    }
  joined = g_strjoin ("\n", label ? label : "", note ? note : "", sentence ? sentence : "", NULL);
  return contains_all (joined, words);
}

static gboolean
source_matches (SlModel *model, guint32 s, char **words)
{
  const SlSource *src = sl_model_source (model, s);
  guint32 it = src->alias_head, alias;
  g_autoptr (GString) names = g_string_new (sl_model_str (model, src->name));

  if (src->title)
    g_string_append_printf (names, "\n%s", sl_model_str (model, src->title));
  while ((alias = sl_model_source_alias_next (model, &it)) != 0)
    g_string_append_printf (names, "\n%s", sl_model_str (model, alias));
  return contains_all (names->str, words);
}

/* Finds the events and sources text matches: the project's full-text index where there is
 * one (plus what the analyst changed since it was written), the model's own words otherwise.
 * Events come out in time order, without hidden or deleted ones; sources are those named and
 * those behind the events found. Linear in the model, so a large project searches as fast as
 * its index answers. */
static void
find_matches (SlWindow *self, const char *text, GArray *events, GArray *sources)
{
  SlModel *model = self->model;
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_auto (GStrv) raw_words = g_strsplit_set (folded, " \t\n", -1);
  g_autoptr (GStrvBuilder) b = g_strv_builder_new ();
  g_auto (GStrv) words = NULL;
  g_autofree guint8 *hit = NULL;
  g_autofree guint8 *lit = NULL;
  g_autoptr (GArray) found = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) behind = g_array_new (FALSE, FALSE, sizeof (guint32));
  const guint32 *by_start;
  gboolean indexed = FALSE;
  guint n_events, n_sources, n_by_start = 0;

  for (guint i = 0; raw_words[i]; i++)
    if (*raw_words[i] != '\0')
      g_strv_builder_add (b, raw_words[i]);
  words = g_strv_builder_end (b);
  if (words[0] == NULL || model == NULL)
    return;
  n_events = sl_model_n_events (model);
  n_sources = sl_model_n_sources (model);

  if (self->project != NULL && !self->project->busy)
    indexed = sl_project_store_search (self->project->store, text, found, NULL, NULL);
  for (guint32 e = 0; e < n_events; e++)
    {
      const SlEvent *ev = sl_model_event (model, e);

      /* the index holds what the extractor wrote; renamed and added events are read here */
      if (indexed && !(ev->flags & (SL_EVENT_EDITED | SL_EVENT_MANUAL)))
        continue;
      if (event_text_matches (model, e, words, !indexed))
        g_array_append_val (found, e);
    }

  /* in time order, through the time index (which leaves hidden and deleted events out) */
  hit = g_new0 (guint8, n_events + 1);
  for (guint i = 0; i < found->len; i++)
    {
      guint32 e = g_array_index (found, guint32, i);

      if (e < n_events)
        hit[e] = 1;
    }
  by_start = sl_model_events_by_start (model, &n_by_start);
  for (guint i = 0; i < n_by_start; i++)
    if (hit[by_start[i]])
      {
        const SlEvent *ev = sl_model_event (model, by_start[i]);

        if (!(ev->flags & (SL_EVENT_HIDDEN | SL_EVENT_DELETED)))
          g_array_append_val (events, by_start[i]);
      }

  lit = g_new0 (guint8, n_sources + 1);
  for (guint32 s = 0; s < n_sources; s++)
    if (sl_model_source (model, s)->merged_into == SL_NONE && source_matches (model, s, words))
      lit[s] = 1;
  /* an event found lights the sources behind it */
  for (guint i = 0; i < events->len; i++)
    {
      g_array_set_size (behind, 0);
      sl_model_event_sources (model, g_array_index (events, guint32, i), behind);
      for (guint k = 0; k < behind->len; k++)
        if (g_array_index (behind, guint32, k) < n_sources)
          lit[g_array_index (behind, guint32, k)] = 1;
    }
  for (guint32 s = 0; s < n_sources; s++)
    if (lit[s])
      g_array_append_val (sources, s);
}

/* The search's fading, unless a selection's emphasis is shown instead. */
void
sl_window_apply_search (SlWindow *self)
{
  static const guint32 nothing = SL_NONE;
  gboolean active = self->search_text != NULL && *self->search_text != '\0';

  if (self->model == NULL || self->timeline == NULL)
    return;
  if (sl_timeline_view_get_selected_event (self->timeline) != SL_NONE
      || sl_graph_view_get_selected_source (self->graph) != SL_NONE)
    return;
  if (!active)
    {
      sl_timeline_view_set_highlight (self->timeline, NULL, 0);
      sl_graph_view_set_highlight (self->graph, NULL, 0);
      return;
    }
  /* no match fades everything: an emphasis on nothing */
  if (self->search_events->len > 0)
    sl_timeline_view_set_highlight (self->timeline, (const guint32 *) self->search_events->data,
                                    self->search_events->len);
  else
    sl_timeline_view_set_highlight (self->timeline, &nothing, 1);
  if (self->search_sources->len > 0)
    sl_graph_view_set_highlight (self->graph, (const guint32 *) self->search_sources->data,
                                 self->search_sources->len);
  else
    sl_graph_view_set_highlight (self->graph, &nothing, 1);
}

static void
run_search (SlWindow *self, const char *text)
{
  g_autofree char *status = NULL;
  gboolean active;

  g_free (self->search_text);
  self->search_text = g_strstrip (g_strdup (text ? text : ""));
  active = *self->search_text != '\0';
  g_array_set_size (self->search_events, 0);
  g_array_set_size (self->search_sources, 0);
  if (active)
    find_matches (self, self->search_text, self->search_events, self->search_sources);

  if (!active)
    status = g_strdup ("");
  else if (self->search_events->len == 0 && self->search_sources->len == 0)
    status = g_strdup (_("No matches"));
  else
    {
      g_autofree char *ev = g_strdup_printf (ngettext ("%u event", "%u events",
                                                       self->search_events->len),
                                             self->search_events->len);
      g_autofree char *src = g_strdup_printf (ngettext ("%u source", "%u sources",
                                                        self->search_sources->len),
                                              self->search_sources->len);

      status = g_strdup_printf ("%s · %s", ev, src);
    }
  gtk_label_set_label (self->search_status, status);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, status, -1);

  if (self->model == NULL)
    return;
  /* what the search finds replaces the selection's emphasis; the first match is described */
  if (active)
    sl_window_select_event (self, SL_NONE);
  sl_window_apply_search (self);
  if (active && self->search_events->len > 0)
    /* shown, not selected: selecting would light its own sources instead */
    sl_window_describe_event (self, g_array_index (self->search_events, guint32, 0));
  else if (!active)
    sl_window_refresh_detail (self);
}

/* After the model was rebuilt: the same words, found again. */
void
sl_window_rerun_search (SlWindow *self)
{
  g_autofree char *text = g_strdup (self->search_text);

  if (text != NULL && *text != '\0')
    run_search (self, text);
}

void
sl_window_search (SlWindow *self, const char *text)
{
  g_return_if_fail (SL_IS_WINDOW (self));

  gtk_search_bar_set_search_mode (self->search_bar, text != NULL && *text != '\0');
  self->syncing++;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  self->syncing--;
  run_search (self, text);
}

static void
search_changed_cb (GtkSearchEntry *entry, SlWindow *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  /* the entry reports a pause in typing; text set by the window was searched already */
  if (self->syncing == 0 && g_strcmp0 (text, self->search_text ? self->search_text : "") != 0)
    run_search (self, text);
}

static void
search_activate_cb (GtkSearchEntry *entry, SlWindow *self)
{
  /* Enter goes to the first match */
  if (self->search_events->len > 0)
    {
      guint32 first = g_array_index (self->search_events, guint32, 0);

      sl_window_select_event (self, first);
      gtk_widget_grab_focus (GTK_WIDGET (self->timeline));
    }
}

static void
stop_search_cb (GtkSearchEntry *entry, SlWindow *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
search_mode_cb (GtkSearchBar *bar, GParamSpec *pspec, SlWindow *self)
{
  if (!gtk_search_bar_get_search_mode (bar))
    {
      if (self->search_text != NULL && *self->search_text != '\0')
        {
          self->syncing++;
          gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
          self->syncing--;
          run_search (self, "");
        }
      gtk_widget_grab_focus (GTK_WIDGET (self->timeline));
    }
}

static void
search_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SlWindow *self = SL_WINDOW (widget);

  /* Ctrl+F opens the bar, or brings the keyboard back to it */
  if (gtk_search_bar_get_search_mode (self->search_bar)
      && gtk_widget_has_focus (GTK_WIDGET (self->search_entry)) == FALSE
      && gtk_widget_get_focus_child (GTK_WIDGET (self->search_entry)) == NULL)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
      return;
    }
  gtk_search_bar_set_search_mode (self->search_bar,
                                  !gtk_search_bar_get_search_mode (self->search_bar));
  if (gtk_search_bar_get_search_mode (self->search_bar))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Setup */

void
sl_window_edit_class_init (GtkWidgetClass *widget_class)
{
  static const char *const event_actions[] = {
    "win.edit-date", "win.rename-event", "win.edit-note", "win.hide-event", "win.delete-event",
  };
  static const char *const source_actions[] = {
    "win.rename-source", "win.merge-source", "win.grade-source",
  };

  for (guint i = 0; i < G_N_ELEMENTS (event_actions); i++)
    gtk_widget_class_install_action (widget_class, event_actions[i], NULL, event_action_cb);
  for (guint i = 0; i < G_N_ELEMENTS (source_actions); i++)
    gtk_widget_class_install_action (widget_class, source_actions[i], NULL, source_action_cb);
  gtk_widget_class_install_action (widget_class, "win.add-event", NULL, add_event_action_cb);
  gtk_widget_class_install_action (widget_class, "win.set-publication-date", NULL,
                                   publication_date_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-hidden", NULL, show_hidden_action_cb);
  gtk_widget_class_install_action (widget_class, "win.rename-selection", NULL,
                                   rename_selection_action_cb);
  gtk_widget_class_install_action (widget_class, "win.context-menu", NULL, context_menu_action_cb);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "win.rename-selection", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "win.edit-date", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK | GDK_ALT_MASK,
                                       "win.set-publication-date", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "win.delete-event", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_h, GDK_CONTROL_MASK, "win.hide-event", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.add-event", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "win.context-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "win.context-menu", NULL);
}

void
sl_window_edit_init (SlWindow *self)
{
  GtkGesture *gesture;

  self->search_events = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->search_sources = g_array_new (FALSE, FALSE, sizeof (guint32));

  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb),
                           self, 0);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (search_activate_cb),
                           self, 0);
  g_signal_connect_object (self->search_entry, "stop-search", G_CALLBACK (stop_search_cb),
                           self, 0);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (search_mode_cb), self, 0);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_object_bind_property (self->search_bar, "search-mode-enabled", self->search_button, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  self->context_popover = gtk_popover_menu_new_from_model (NULL);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_popover), FALSE);
  gtk_widget_set_halign (self->context_popover, GTK_ALIGN_START);
  gtk_widget_set_parent (self->context_popover, GTK_WIDGET (self->main_paned));

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (gesture, "pressed", G_CALLBACK (timeline_context_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->timeline), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (gesture, "pressed", G_CALLBACK (graph_context_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->graph), GTK_EVENT_CONTROLLER (gesture));
}

void
sl_window_edit_dispose (SlWindow *self)
{
  g_clear_pointer (&self->context_popover, gtk_widget_unparent);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->search_events, g_array_unref);
  g_clear_pointer (&self->search_sources, g_array_unref);
}
