/* sl-window-story.c: the window's story — events in the order the analyst wants to present
 * them, each with the stretch of timeline to show it at — and the header bar's Present button,
 * whose menu chooses what to present (the story, a lane, the emphasised events, everything)
 * and holds the story's list: add the selected event, move, remove, rename.
 *
 * The story lives in the open project (sl_project_store_save_story) when it can be written;
 * otherwise it is kept for this session, and saving the articles as a project takes it along.
 * It is read lazily: whenever the window's project is no longer the one it came from.
 *
 * A project holds several stories by name. The current one is the one saved or chosen last:
 * choosing a story bumps it to the top of the project's list (sl_project_store_touch_story),
 * so the project reopens on it without a setting of its own. */
#include "config.h"

#include "sl-window-private.h"
#include "sl-application.h"
#include "sl-describe.h"

struct _SlWindowStory
{
  SlStory    *story;       /* never NULL */
  SlProject  *project;     /* the project the story belongs to (a reference), NULL for none */
  gboolean    synced;      /* project above is the window's */
  gboolean    unsaved;     /* changed while the project was busy: saved at the next chance */

  SlStory    *deleted;     /* the story deleted last, for Undo */
  SlProject  *deleted_from;

  GtkWidget  *button;      /* AdwSplitButton in the header bar */
  GtkWidget  *popover;
  GtkDropDown *picker;     /* the project's stories; choosing one makes it current */
  GtkStringList *picker_names;
  GtkWidget  *new_button;
  GtkWidget  *delete_button;
  GtkWidget  *name_entry;
  GtkListBox *list;
  GtkWidget  *empty_label;
  GtkLabel   *status_label;
  GtkWidget  *present_story_button;
  GtkWidget  *present_lane_button;
  GtkWidget  *present_emphasis_button;
  guint       rebuilding;
};

/* Keeping in step with the window's project */

static gboolean
project_writable (SlProject *project)
{
  return project != NULL && !sl_project_store_is_read_only (project->store);
}

/* Whether any event of the story is in the window's model. */
static gboolean
story_found_in_model (SlWindow *self)
{
  SlStory *story = self->story->story;

  if (self->model == NULL)
    return FALSE;
  for (guint i = 0; i < story->steps->len; i++)
    if (sl_project_find_event (self->model, g_array_index (story->steps, SlStoryStep, i).event_key)
        != SL_NONE)
      return TRUE;
  return FALSE;
}

/* Reads the story of the window's project when the window has moved to another one. */
static void
story_sync (SlWindow *self)
{
  SlWindowStory *st = self->story;
  SlProject *project = self->project;
  g_autoptr (SlStory) loaded = NULL;
  g_autoptr (GError) error = NULL;

  if (st->synced && st->project == project)
    {
      if (st->unsaved && project_writable (project) && !project->busy
          && sl_project_store_save_story (project->store, st->story, NULL))
        st->unsaved = FALSE;
      return;
    }
  if (project != NULL && project->busy)
    return;

  if (project != NULL)
    {
      g_auto (GStrv) names = sl_project_store_list_stories (project->store, &error);

      if (names != NULL && names[0] != NULL)
        loaded = sl_project_store_load_story (project->store, names[0], &error);
      if (error != NULL)
        g_warning ("Could not read the project's story: %s", error->message);
    }
  /* articles saved as a project take the story made on them along; a project opened after
   * them, about other articles, does not get it */
  if (loaded == NULL && st->project == NULL && project_writable (project)
      && story_found_in_model (self)
      && sl_project_store_save_story (project->store, st->story, NULL))
    loaded = g_steal_pointer (&st->story);
  if (loaded == NULL)
    loaded = sl_story_new (_("Story"));

  sl_story_free (st->story);
  st->story = g_steal_pointer (&loaded);
  g_clear_pointer (&st->project, sl_project_unref);
  if (project != NULL)
    st->project = sl_project_ref (project);
  st->synced = TRUE;
  st->unsaved = FALSE;
}

/* Writes the story into the project, when there is one that can be written. */
static gboolean
story_save (SlWindow *self, GError **error)
{
  SlWindowStory *st = self->story;

  if (!project_writable (st->project))
    return TRUE;
  if (st->project->busy)
    {
      st->unsaved = TRUE;
      return TRUE;
    }
  if (!sl_project_store_save_story (st->project->store, st->story, error))
    return FALSE;
  st->unsaved = FALSE;
  return TRUE;
}

/* The step of the n-th event found in the model, -1 when there is none. */
static int
step_of (SlWindow *self, guint index)
{
  SlStory *story = self->story->story;
  guint seen = 0;

  if (self->model == NULL)
    return -1;
  for (guint i = 0; i < story->steps->len; i++)
    {
      const SlStoryStep *step = &g_array_index (story->steps, SlStoryStep, i);

      if (sl_project_find_event (self->model, step->event_key) == SL_NONE)
        continue;
      if (seen++ == index)
        return (int) i;
    }
  return -1;
}

/* Public API */

const char *
sl_window_get_story_name (SlWindow *self)
{
  g_return_val_if_fail (SL_IS_WINDOW (self), NULL);
  story_sync (self);
  return self->story->story->name;
}

guint
sl_window_get_story_events (SlWindow *self, GArray *events, GArray *views)
{
  guint before;

  g_return_val_if_fail (SL_IS_WINDOW (self), 0);
  g_return_val_if_fail (events != NULL, 0);

  story_sync (self);
  if (self->model == NULL)
    return 0;
  before = events->len;
  sl_story_resolve (self->story->story, self->model, events, views);
  return events->len - before;
}

static void rebuild_list (SlWindow *self);

gboolean
sl_window_story_add (SlWindow *self, guint32 event, GError **error)
{
  SlStory *story;
  g_autofree char *key = NULL;
  SlTime t0, t1;
  const SlEvent *ev;

  g_return_val_if_fail (SL_IS_WINDOW (self), FALSE);

  if (self->model == NULL || event >= sl_model_n_events (self->model))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Select an event on the timeline first"));
      return FALSE;
    }
  story_sync (self);
  story = self->story->story;
  key = sl_project_event_key (self->model, event);
  for (guint i = 0; i < story->steps->len; i++)
    if (g_str_equal (g_array_index (story->steps, SlStoryStep, i).event_key, key))
      {
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS, _("The event is already in the story"));
        return FALSE;
      }

  /* the view the analyst is looking at, when it shows the event; else the presentation
   * chooses one around it */
  ev = sl_model_event (self->model, event);
  sl_timeline_view_get_visible_range (self->timeline, &t0, &t1);
  if (!(ev->start < t1 && MAX (ev->end_t, ev->start + 1) > t0))
    t0 = t1 = 0;
  sl_story_append (story, key, t0, t1);
  if (!story_save (self, error))
    {
      g_array_set_size (story->steps, story->steps->len - 1);
      return FALSE;
    }
  rebuild_list (self);
  return TRUE;
}

gboolean
sl_window_story_remove (SlWindow *self, guint index, GError **error)
{
  int step;
  SlStoryStep kept = { 0 };

  g_return_val_if_fail (SL_IS_WINDOW (self), FALSE);
  story_sync (self);
  step = step_of (self, index);
  if (step < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("The story has no such event"));
      return FALSE;
    }
  /* take the step out without freeing it, so a failed save can put it back */
  kept = g_array_index (self->story->story->steps, SlStoryStep, step);
  g_array_index (self->story->story->steps, SlStoryStep, step).event_key = NULL;
  g_array_remove_index (self->story->story->steps, step);
  if (!story_save (self, error))
    {
      g_array_insert_val (self->story->story->steps, step, kept);
      return FALSE;
    }
  g_free (kept.event_key);
  rebuild_list (self);
  return TRUE;
}

static void
swap_steps (GArray *steps, guint a, guint b)
{
  SlStoryStep tmp = g_array_index (steps, SlStoryStep, a);

  g_array_index (steps, SlStoryStep, a) = g_array_index (steps, SlStoryStep, b);
  g_array_index (steps, SlStoryStep, b) = tmp;
}

gboolean
sl_window_story_move (SlWindow *self, guint from, guint to, GError **error)
{
  GArray *steps;
  int a, b;

  g_return_val_if_fail (SL_IS_WINDOW (self), FALSE);
  story_sync (self);
  a = step_of (self, from);
  b = step_of (self, to);
  if (a < 0 || b < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("The story has no such event"));
      return FALSE;
    }
  if (a == b)
    return TRUE;
  steps = self->story->story->steps;
  /* one place at a time, so steps of events not shown now keep their places */
  for (int i = a; i != b; i += a < b ? 1 : -1)
    swap_steps (steps, i, a < b ? i + 1 : i - 1);
  if (!story_save (self, error))
    {
      for (int i = b; i != a; i += a < b ? -1 : 1)
        swap_steps (steps, i, a < b ? i - 1 : i + 1);
      return FALSE;
    }
  rebuild_list (self);
  return TRUE;
}

static gboolean
story_rename (SlWindow *self, const char *name, GError **error)
{
  SlWindowStory *st = self->story;
  g_autofree char *old = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (name));

  story_sync (self);
  if (*stripped == '\0' || g_str_equal (stripped, st->story->name))
    return TRUE;
  if (st->project != NULL && !st->project->busy)
    {
      g_auto (GStrv) names = sl_project_store_list_stories (st->project->store, NULL);

      if (names != NULL && g_strv_contains ((const char *const *) names, stripped))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                       _("The project already has a story called “%s”"), stripped);
          return FALSE;
        }
    }
  old = g_steal_pointer (&st->story->name);
  st->story->name = g_steal_pointer (&stripped);
  if (!story_save (self, error))
    {
      g_free (st->story->name);
      st->story->name = g_steal_pointer (&old);
      return FALSE;
    }
  /* the story goes by its new name now: the old one is not a second story */
  if (project_writable (st->project) && !st->project->busy)
    sl_project_store_delete_story (st->project->store, old, NULL);
  return TRUE;
}

/* Several stories */

static int
collate_cb (gconstpointer a, gconstpointer b)
{
  return g_utf8_collate (*(char *const *) a, *(char *const *) b);
}

char **
sl_window_list_stories (SlWindow *self)
{
  SlWindowStory *st;
  GPtrArray *names;

  g_return_val_if_fail (SL_IS_WINDOW (self), NULL);

  story_sync (self);
  st = self->story;
  names = g_ptr_array_new ();
  if (st->project != NULL && !st->project->busy)
    {
      g_auto (GStrv) stored = sl_project_store_list_stories (st->project->store, NULL);

      for (guint i = 0; stored != NULL && stored[i] != NULL; i++)
        g_ptr_array_add (names, g_strdup (stored[i]));
    }
  /* the current story, even before its first event saves it */
  if (!g_ptr_array_find_with_equal_func (names, st->story->name, g_str_equal, NULL))
    g_ptr_array_add (names, g_strdup (st->story->name));
  g_ptr_array_sort (names, collate_cb);
  g_ptr_array_add (names, NULL);
  return (char **) g_ptr_array_free (names, FALSE);
}

/* The project that can take a new or deleted story, else FALSE with a message for the user. */
static gboolean
check_writable (SlWindow *self, GError **error)
{
  SlProject *project = self->story->project;

  if (project == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Save the articles as a project to keep more than one story"));
      return FALSE;
    }
  if (!project_writable (project))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY,
                   _("The project is read-only: its stories cannot be changed"));
      return FALSE;
    }
  if (project->busy)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_BUSY,
                   _("The project is busy; try again in a moment"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
story_exists (SlWindow *self, const char *name)
{
  g_auto (GStrv) names = sl_window_list_stories (self);

  return g_strv_contains ((const char *const *) names, name);
}

/* Puts story in the window as the current one (taking it). */
static void
set_current (SlWindow *self, SlStory *story)
{
  SlWindowStory *st = self->story;

  sl_story_free (st->story);
  st->story = story;
  st->unsaved = FALSE;
  rebuild_list (self);
}

gboolean
sl_window_switch_story (SlWindow *self, const char *name, GError **error)
{
  SlWindowStory *st;
  g_autoptr (SlStory) loaded = NULL;

  g_return_val_if_fail (SL_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  story_sync (self);
  st = self->story;
  if (g_str_equal (name, st->story->name))
    return TRUE;
  if (st->project == NULL || st->project->busy)
    return check_writable (self, error);
  loaded = sl_project_store_load_story (st->project->store, name, error);
  if (loaded == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     _("The project has no story called “%s”"), name);
      return FALSE;
    }
  /* the project remembers the choice: it opens on this story next time */
  if (project_writable (st->project)
      && !sl_project_store_touch_story (st->project->store, name, error))
    return FALSE;
  set_current (self, g_steal_pointer (&loaded));
  return TRUE;
}

gboolean
sl_window_new_story (SlWindow *self, const char *name, GError **error)
{
  g_autofree char *chosen = NULL;
  g_autoptr (SlStory) story = NULL;

  g_return_val_if_fail (SL_IS_WINDOW (self), FALSE);

  story_sync (self);
  if (!check_writable (self, error))
    return FALSE;
  if (name != NULL)
    {
      chosen = g_strstrip (g_strdup (name));
      if (*chosen == '\0')
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       _("A story needs a name"));
          return FALSE;
        }
      if (story_exists (self, chosen))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                       _("The project already has a story called “%s”"), chosen);
          return FALSE;
        }
    }
  else
    {
      g_auto (GStrv) names = sl_window_list_stories (self);

      for (guint n = g_strv_length (names) + 1;; n++)
        {
          g_free (chosen);
          /* TRANSLATORS: the name of a new story: "Story 2" */
          chosen = g_strdup_printf (_("Story %u"), n);
          if (!g_strv_contains ((const char *const *) names, chosen))
            break;
        }
    }
  story = sl_story_new (chosen);
  if (!sl_project_store_save_story (self->story->project->store, story, error))
    return FALSE;
  set_current (self, g_steal_pointer (&story));
  return TRUE;
}

gboolean
sl_window_rename_story (SlWindow *self, const char *name, GError **error)
{
  g_return_val_if_fail (SL_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (!story_rename (self, name, error))
    return FALSE;
  rebuild_list (self);
  return TRUE;
}

gboolean
sl_window_delete_story (SlWindow *self, GError **error)
{
  SlWindowStory *st;
  g_autoptr (SlStory) next = NULL;
  g_auto (GStrv) names = NULL;
  g_autofree char *msg = NULL;

  g_return_val_if_fail (SL_IS_WINDOW (self), FALSE);

  story_sync (self);
  st = self->story;
  if (!check_writable (self, error))
    return FALSE;
  if (!sl_project_store_delete_story (st->project->store, st->story->name, error))
    return FALSE;

  /* kept whole for Undo, which saves it again */
  sl_story_free (st->deleted);
  st->deleted = g_steal_pointer (&st->story);
  g_clear_pointer (&st->deleted_from, sl_project_unref);
  st->deleted_from = sl_project_ref (st->project);

  names = sl_project_store_list_stories (st->project->store, NULL);
  if (names != NULL && names[0] != NULL)
    next = sl_project_store_load_story (st->project->store, names[0], NULL);
  if (next == NULL)
    next = sl_story_new (_("Story"));
  st->story = g_steal_pointer (&next);
  rebuild_list (self);

  /* TRANSLATORS: a toast after deleting a story, with its name; its button undoes it */
  msg = g_strdup_printf (_("Story “%s” deleted"), st->deleted->name);
  sl_window_show_toast (self, msg, _("Undo"), "win.story-undo-delete");
  return TRUE;
}

gboolean
sl_window_undo_delete_story (SlWindow *self, GError **error)
{
  SlWindowStory *st;
  g_autoptr (SlStory) story = NULL;

  g_return_val_if_fail (SL_IS_WINDOW (self), FALSE);

  story_sync (self);
  st = self->story;
  if (st->deleted == NULL || st->deleted_from != st->project)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("No deleted story to bring back"));
      return FALSE;
    }
  if (!check_writable (self, error))
    return FALSE;
  if (story_exists (self, st->deleted->name) && !g_str_equal (st->deleted->name, st->story->name))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("The project already has a story called “%s”"), st->deleted->name);
      return FALSE;
    }
  if (!sl_project_store_save_story (st->project->store, st->deleted, error))
    return FALSE;
  story = g_steal_pointer (&st->deleted);
  g_clear_pointer (&st->deleted_from, sl_project_unref);
  set_current (self, g_steal_pointer (&story));
  return TRUE;
}

/* The list in the Present menu */

static void
show_error (SlWindow *self, const char *what, GError *error)
{
  sl_window_show_error (self, what, error);
}

static guint
row_index (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW);

  return row ? (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) : G_MAXUINT;
}

static void
focus_row (SlWindow *self, guint index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->story->list, (int) index);

  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
move_row (SlWindow *self, guint index, int delta)
{
  g_autoptr (GError) error = NULL;
  guint n = 0;

  while (gtk_list_box_get_row_at_index (self->story->list, (int) n) != NULL)
    n++;
  if ((delta < 0 && index == 0) || (delta > 0 && index + 1 >= n) || index >= n)
    return;
  if (!sl_window_story_move (self, index, index + delta, &error))
    show_error (self, _("Could not change the story"), error);
  else
    focus_row (self, index + delta);
}

static void
remove_row (SlWindow *self, guint index)
{
  g_autoptr (GError) error = NULL;

  if (!sl_window_story_remove (self, index, &error))
    show_error (self, _("Could not change the story"), error);
  else
    focus_row (self, index > 0 ? index - 1 : 0);
}

static void
up_clicked_cb (GtkButton *button, SlWindow *self)
{
  move_row (self, row_index (GTK_WIDGET (button)), -1);
}

static void
down_clicked_cb (GtkButton *button, SlWindow *self)
{
  move_row (self, row_index (GTK_WIDGET (button)), 1);
}

static void
remove_clicked_cb (GtkButton *button, SlWindow *self)
{
  remove_row (self, row_index (GTK_WIDGET (button)));
}

/* Alt+Up and Alt+Down move the focused event, Delete removes it. */
static gboolean
list_key_cb (GtkEventControllerKey *controller, guint keyval, guint keycode,
             GdkModifierType state, SlWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self->story->list)));
  guint index;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->story->list)))
    return FALSE;
  index = GTK_IS_LIST_BOX_ROW (focus) ? (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (focus))
                                      : row_index (focus);
  if (index == G_MAXUINT)
    return FALSE;
  if ((state & GDK_ALT_MASK) && (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up))
    move_row (self, index, -1);
  else if ((state & GDK_ALT_MASK) && (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down))
    move_row (self, index, 1);
  else if (keyval == GDK_KEY_Delete || keyval == GDK_KEY_KP_Delete)
    remove_row (self, index);
  else
    return FALSE;
  return TRUE;
}

/* Enter or a click on an event shows it as the story will: selected, at its view. */
static void
row_activated_cb (GtkListBox *list, GtkListBoxRow *row, SlWindow *self)
{
  g_autoptr (GArray) events = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) views = g_array_new (FALSE, FALSE, sizeof (SlTime));
  guint index = (guint) gtk_list_box_row_get_index (row);
  SlTime t0, t1;

  sl_window_get_story_events (self, events, views);
  if (index >= events->len)
    return;
  t0 = g_array_index (views, SlTime, 2 * index);
  t1 = g_array_index (views, SlTime, 2 * index + 1);
  if (t0 < t1)
    sl_timeline_view_set_visible_range (self->timeline, t0, t1);
  sl_window_select_event (self, g_array_index (events, guint32, index));
}

static GtkWidget *
icon_button (const char *icon, const char *tooltip, GCallback cb, SlWindow *self)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_focus_on_click (button, FALSE);
  g_signal_connect_object (button, "clicked", cb, self, 0);
  return button;
}

static GtkWidget *
story_row (SlWindow *self, guint index, guint n, guint32 event)
{
  const SlEvent *ev = sl_model_event (self->model, event);
  const char *label = sl_model_str (self->model, ev->label);
  g_autofree char *when = sl_time_describe_interval (ev->start, ev->end_t);
  g_autofree char *number = g_strdup_printf ("%u", index + 1);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *num = gtk_label_new (number);
  GtkWidget *title, *date, *up, *down;

  if (label == NULL || *label == '\0')
    label = _("Untitled event");
  gtk_widget_add_css_class (num, "dim-label");
  gtk_widget_add_css_class (num, "numeric");
  gtk_label_set_width_chars (GTK_LABEL (num), 2);
  title = gtk_label_new (label);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 34);
  date = gtk_label_new (when);
  gtk_label_set_xalign (GTK_LABEL (date), 0);
  gtk_widget_add_css_class (date, "dim-label");
  gtk_widget_add_css_class (date, "caption");
  gtk_box_append (GTK_BOX (text), title);
  gtk_box_append (GTK_BOX (text), date);
  gtk_widget_set_hexpand (text, TRUE);

  up = icon_button ("go-up-symbolic", _("Move Up (Alt+Up)"), G_CALLBACK (up_clicked_cb), self);
  down = icon_button ("go-down-symbolic", _("Move Down (Alt+Down)"), G_CALLBACK (down_clicked_cb), self);
  gtk_widget_set_sensitive (up, index > 0);
  gtk_widget_set_sensitive (down, index + 1 < n);

  gtk_box_append (GTK_BOX (box), num);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), up);
  gtk_box_append (GTK_BOX (box), down);
  gtk_box_append (GTK_BOX (box),
                  icon_button ("list-remove-symbolic", _("Remove from Story (Delete)"),
                               G_CALLBACK (remove_clicked_cb), self));
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 2);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  /* TRANSLATORS: how a screen reader names a story's row: "3. Russia vetoes …, 28 March 2024" */
  {
    g_autofree char *name = g_strdup_printf (_("%u. %s, %s"), index + 1, label, when);

    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  }
  return row;
}

static void
rebuild_list (SlWindow *self)
{
  SlWindowStory *st = self->story;
  g_autoptr (GArray) events = g_array_new (FALSE, FALSE, sizeof (guint32));
  GtkWidget *child;
  const char *status = NULL;

  if (st == NULL || st->list == NULL)
    return;
  st->rebuilding++;
  sl_window_get_story_events (self, events, NULL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (st->list))) != NULL)
    gtk_list_box_remove (st->list, child);
  for (guint i = 0; i < events->len; i++)
    gtk_list_box_append (st->list, story_row (self, i, events->len,
                                              g_array_index (events, guint32, i)));
  gtk_widget_set_visible (GTK_WIDGET (st->list), events->len > 0);
  gtk_widget_set_visible (st->empty_label, events->len == 0);
  gtk_widget_set_sensitive (st->present_story_button, events->len > 0);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (st->name_entry)), st->story->name) != 0)
    gtk_editable_set_text (GTK_EDITABLE (st->name_entry), st->story->name);
  {
    g_auto (GStrv) names = sl_window_list_stories (self);
    guint n_old = g_list_model_get_n_items (G_LIST_MODEL (st->picker_names));
    guint current = 0;

    gtk_string_list_splice (st->picker_names, 0, n_old, (const char *const *) names);
    for (guint i = 0; names[i] != NULL; i++)
      if (g_str_equal (names[i], st->story->name))
        current = i;
    gtk_drop_down_set_selected (st->picker, current);
    gtk_widget_set_sensitive (GTK_WIDGET (st->picker), names[1] != NULL);
    gtk_widget_set_sensitive (st->new_button, project_writable (st->project));
    gtk_widget_set_sensitive (st->delete_button, project_writable (st->project));
  }

  if (st->project == NULL)
    status = _("Kept until the window closes; save the articles as a project to keep it.");
  else if (!project_writable (st->project))
    status = _("The project is read-only: changes last until it closes.");
  gtk_label_set_text (st->status_label, status ? status : "");
  gtk_widget_set_visible (GTK_WIDGET (st->status_label), status != NULL);
  st->rebuilding--;
}

static void
picker_selected_cb (GtkDropDown *picker, GParamSpec *pspec, SlWindow *self)
{
  g_autoptr (GError) error = NULL;
  guint selected = gtk_drop_down_get_selected (picker);
  const char *name;

  if (self->story == NULL || self->story->rebuilding > 0 || selected == GTK_INVALID_LIST_POSITION)
    return;
  name = gtk_string_list_get_string (self->story->picker_names, selected);
  if (name != NULL && !sl_window_switch_story (self, name, &error))
    {
      show_error (self, _("Could not open the story"), error);
      rebuild_list (self);
    }
}

static void
name_activate_cb (GtkEntry *entry, SlWindow *self)
{
  g_autoptr (GError) error = NULL;

  if (self->story == NULL || self->story->rebuilding > 0)
    return;
  if (!story_rename (self, gtk_editable_get_text (GTK_EDITABLE (entry)), &error))
    show_error (self, _("Could not rename the story"), error);
  rebuild_list (self);
}

static void
name_focus_leave_cb (GtkEventControllerFocus *controller, SlWindow *self)
{
  if (self->story == NULL)
    return;
  name_activate_cb (GTK_ENTRY (self->story->name_entry), self);
}

/* A scope with nothing in it presented every event instead, under a name that promised
 * fewer: with no event selected, or none emphasised, its button is greyed and says why. */
static void
update_scope_buttons (SlWindow *self)
{
  SlWindowStory *st = self->story;
  gboolean has_event = sl_timeline_view_get_selected_event (self->timeline) != SL_NONE;
  guint n_emphasised = 0;

  sl_timeline_view_get_highlight (self->timeline, &n_emphasised);
  gtk_widget_set_sensitive (st->present_lane_button, has_event);
  gtk_widget_set_tooltip_text (st->present_lane_button,
                               has_event ? NULL : _("Select an event on the timeline first"));
  gtk_widget_set_sensitive (st->present_emphasis_button, n_emphasised > 0);
  gtk_widget_set_tooltip_text (st->present_emphasis_button,
                               n_emphasised > 0 ? NULL
                               : _("Pick a source or search for events first"));
}

static void
popover_show_cb (GtkPopover *popover, SlWindow *self)
{
  rebuild_list (self);
  update_scope_buttons (self);
}

/* Actions */

static guint32
chosen_event (SlWindow *self)
{
  guint32 e = sl_timeline_view_get_selected_event (self->timeline);

  return e != SL_NONE ? e : self->detail_event;
}

static void
story_add_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SlWindow *self = SL_WINDOW (widget);
  g_autoptr (GError) error = NULL;
  guint32 event = chosen_event (self);

  if (!sl_window_story_add (self, event, &error))
    {
      sl_window_show_toast (self, error->message, NULL, NULL);
      return;
    }
  {
    g_autoptr (GArray) events = g_array_new (FALSE, FALSE, sizeof (guint32));
    g_autofree char *msg = NULL;

    sl_window_get_story_events (self, events, NULL);
    /* TRANSLATORS: a toast after adding an event to the story: its name, how many it holds */
    msg = g_strdup_printf (ngettext ("Added to “%s” (%u event)", "Added to “%s” (%u events)",
                                     events->len),
                           self->story->story->name, events->len);
    /* one toast counts the additions, rather than a queue of them */
    sl_window_show_toast (self, msg, _("Show"), "win.show-story");
  }
}

static void
story_new_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SlWindow *self = SL_WINDOW (widget);
  g_autoptr (GError) error = NULL;

  if (!sl_window_new_story (self, NULL, &error))
    {
      show_error (self, _("Could not start a story"), error);
      return;
    }
  /* a new story wants a name first */
  if (gtk_widget_get_visible (self->story->popover))
    {
      gtk_widget_grab_focus (self->story->name_entry);
      gtk_editable_select_region (GTK_EDITABLE (self->story->name_entry), 0, -1);
    }
}

static void
story_switch_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SlWindow *self = SL_WINDOW (widget);
  g_autoptr (GError) error = NULL;

  if (!sl_window_switch_story (self, g_variant_get_string (param, NULL), &error))
    show_error (self, _("Could not open the story"), error);
}

static void
story_delete_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SlWindow *self = SL_WINDOW (widget);
  g_autoptr (GError) error = NULL;

  if (!sl_window_delete_story (self, &error))
    show_error (self, _("Could not delete the story"), error);
}

static void
story_undo_delete_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SlWindow *self = SL_WINDOW (widget);
  g_autoptr (GError) error = NULL;

  if (!sl_window_undo_delete_story (self, &error))
    show_error (self, _("Could not bring the story back"), error);
}

static void
show_story_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SlWindow *self = SL_WINDOW (widget);

  if (!gtk_widget_get_visible (self->story->button))
    return;
  gtk_popover_popup (GTK_POPOVER (self->story->popover));
  gtk_widget_grab_focus (GTK_WIDGET (self->story->list));
  focus_row (self, 0);
}

static void
present_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SlWindow *self = SL_WINDOW (widget);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  const char *what = g_variant_get_string (param, NULL);
  SlPresentationScope scope = SL_PRESENTATION_AUTO;
  SlPresentation *presentation;

  if (g_str_equal (what, "story"))
    scope = SL_PRESENTATION_STORY;
  else if (g_str_equal (what, "lane"))
    scope = SL_PRESENTATION_LANE;
  else if (g_str_equal (what, "selection"))
    scope = SL_PRESENTATION_SELECTION;
  else if (g_str_equal (what, "all"))
    scope = SL_PRESENTATION_ALL;

  gtk_popover_popdown (GTK_POPOVER (self->story->popover));
  if (SL_IS_APPLICATION (app))
    presentation = sl_application_present (SL_APPLICATION (app), self, scope);
  else
    {
      presentation = sl_presentation_new (self, scope);
      if (presentation != NULL)
        sl_presentation_start (presentation);
    }
  if (presentation == NULL)
    sl_window_show_toast (self, scope == SL_PRESENTATION_STORY
                                  ? _("The story is empty: add events to it first (Ctrl+B)")
                                  : _("There are no events to present"), NULL, NULL);
}

/* Building the button and its menu */

static GtkWidget *
menu_button (const char *label, const char *target)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.present");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", target);
  gtk_label_set_xalign (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), 0);
  return button;
}

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_top (label, 6);
  return label;
}

static void
build_popover (SlWindow *self)
{
  SlWindowStory *st = self->story;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *scroller, *add, *name_row;
  GtkEventController *controller;

  gtk_box_append (GTK_BOX (box), heading (_("Present")));
  st->present_story_button = menu_button (_("The _Story (F5)"), "story");
  gtk_box_append (GTK_BOX (box), st->present_story_button);
  st->present_lane_button = menu_button (_("The Selected Event’s _Lane"), "lane");
  gtk_box_append (GTK_BOX (box), st->present_lane_button);
  st->present_emphasis_button = menu_button (_("The _Emphasised Events"), "selection");
  gtk_box_append (GTK_BOX (box), st->present_emphasis_button);
  gtk_box_append (GTK_BOX (box), menu_button (_("_All Events"), "all"));
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));

  /* which story: the project's stories, a new one, deleting this one */
  {
    GtkWidget *picker_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
    GtkWidget *label = heading (_("S_tory"));

    gtk_label_set_use_underline (GTK_LABEL (label), TRUE);
    st->picker_names = gtk_string_list_new (NULL);
    st->picker = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (st->picker_names)),
                                                   NULL));
    gtk_widget_set_hexpand (GTK_WIDGET (st->picker), TRUE);
    gtk_widget_set_tooltip_text (GTK_WIDGET (st->picker),
                                 _("The story to edit and present; the project keeps several"));
    gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (st->picker));
    gtk_accessible_update_property (GTK_ACCESSIBLE (st->picker), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Current story"), -1);
    g_signal_connect_object (st->picker, "notify::selected", G_CALLBACK (picker_selected_cb),
                             self, 0);
    st->new_button = gtk_button_new_from_icon_name ("list-add-symbolic");
    gtk_widget_set_tooltip_text (st->new_button, _("New Story"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (st->new_button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, _("New Story"), -1);
    gtk_actionable_set_action_name (GTK_ACTIONABLE (st->new_button), "win.story-new");
    st->delete_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
    gtk_widget_set_tooltip_text (st->delete_button, _("Delete Story"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (st->delete_button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, _("Delete Story"), -1);
    gtk_actionable_set_action_name (GTK_ACTIONABLE (st->delete_button), "win.story-delete");
    gtk_box_append (GTK_BOX (picker_row), label);
    gtk_box_append (GTK_BOX (picker_row), GTK_WIDGET (st->picker));
    gtk_box_append (GTK_BOX (picker_row), st->new_button);
    gtk_box_append (GTK_BOX (picker_row), st->delete_button);
    gtk_box_append (GTK_BOX (box), picker_row);
  }

  name_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  {
    GtkWidget *label = gtk_label_new_with_mnemonic (_("_Name"));

    gtk_widget_set_margin_start (label, 6);
    gtk_label_set_xalign (GTK_LABEL (label), 0);
    gtk_box_append (GTK_BOX (name_row), label);
    st->name_entry = gtk_entry_new ();
    gtk_label_set_mnemonic_widget (GTK_LABEL (label), st->name_entry);
  }
  gtk_widget_set_hexpand (st->name_entry, TRUE);
  gtk_widget_set_tooltip_text (st->name_entry, _("The story’s name; Enter renames it"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (st->name_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Story name"), -1);
  g_signal_connect_object (st->name_entry, "activate", G_CALLBACK (name_activate_cb), self, 0);
  controller = gtk_event_controller_focus_new ();
  g_signal_connect_object (controller, "leave", G_CALLBACK (name_focus_leave_cb), self, 0);
  gtk_widget_add_controller (st->name_entry, controller);
  gtk_box_append (GTK_BOX (name_row), st->name_entry);
  gtk_box_append (GTK_BOX (box), name_row);

  st->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (st->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (st->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (st->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Events of the story, in the order presented"), -1);
  g_signal_connect_object (st->list, "row-activated", G_CALLBACK (row_activated_cb), self, 0);
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (list_key_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (st->list), controller);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 420);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (st->list));
  gtk_box_append (GTK_BOX (box), scroller);

  st->empty_label = gtk_label_new (_("No events yet. Select one on the timeline and add it; "
                                     "the story keeps the view you see then."));
  gtk_label_set_wrap (GTK_LABEL (st->empty_label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (st->empty_label), 36);
  gtk_label_set_xalign (GTK_LABEL (st->empty_label), 0);
  gtk_widget_add_css_class (st->empty_label, "dim-label");
  gtk_widget_set_margin_start (st->empty_label, 6);
  gtk_box_append (GTK_BOX (box), st->empty_label);

  add = gtk_button_new_with_mnemonic (_("_Add Selected Event (Ctrl+B)"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "win.story-add");
  gtk_box_append (GTK_BOX (box), add);

  st->status_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (st->status_label, TRUE);
  gtk_label_set_max_width_chars (st->status_label, 36);
  gtk_label_set_xalign (st->status_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (st->status_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (st->status_label), "caption");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (st->status_label));

  gtk_widget_set_size_request (box, 360, -1);
  st->popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (st->popover), box);
  g_signal_connect_object (st->popover, "show", G_CALLBACK (popover_show_cb), self, 0);
}

void
sl_window_story_update (SlWindow *self)
{
  gboolean shown = self->model != NULL && sl_model_n_events (self->model) > 0;

  if (self->story == NULL)
    return;
  gtk_widget_set_visible (self->story->button, shown);
}

/* The window's parts */

void
sl_window_story_class_init (GtkWidgetClass *widget_class)
{
  /* not fields of SlWindow: fetched by id where the story adds to them */
  gtk_widget_class_bind_template_child_full (widget_class, "header_bar", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "project_menu", FALSE, 0);

  gtk_widget_class_install_action (widget_class, "win.story-add", NULL, story_add_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-story", NULL, show_story_action_cb);
  gtk_widget_class_install_action (widget_class, "win.story-new", NULL, story_new_action_cb);
  gtk_widget_class_install_action (widget_class, "win.story-switch", "s", story_switch_action_cb);
  gtk_widget_class_install_action (widget_class, "win.story-delete", NULL, story_delete_action_cb);
  gtk_widget_class_install_action (widget_class, "win.story-undo-delete", NULL,
                                   story_undo_delete_action_cb);
  /* "auto" (the story if any, as F5), "story", "lane", "selection", "all" */
  gtk_widget_class_install_action (widget_class, "win.present", "s", present_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_b, GDK_CONTROL_MASK,
                                       "win.story-add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, GDK_SHIFT_MASK,
                                       "win.show-story", NULL);
}

void
sl_window_story_init (SlWindow *self)
{
  SlWindowStory *st = g_new0 (SlWindowStory, 1);
  GObject *header = gtk_widget_get_template_child (GTK_WIDGET (self), SL_TYPE_WINDOW, "header_bar");
  GObject *project_menu = gtk_widget_get_template_child (GTK_WIDGET (self), SL_TYPE_WINDOW,
                                                         "project_menu");
  g_autoptr (GMenuItem) item = NULL;
  g_autoptr (GMenu) section = NULL;

  self->story = st;
  st->story = sl_story_new (_("Story"));
  build_popover (self);

  st->button = adw_split_button_new ();
  adw_split_button_set_label (ADW_SPLIT_BUTTON (st->button), _("Present"));
  adw_split_button_set_popover (ADW_SPLIT_BUTTON (st->button), GTK_POPOVER (st->popover));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (st->button), "win.present");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (st->button), "s", "auto");
  gtk_widget_set_tooltip_text (st->button, _("Present Full Screen (F5): the story if there is one"));
  adw_split_button_set_dropdown_tooltip (ADW_SPLIT_BUTTON (st->button),
                                         _("Choose What to Present, and Edit the Story (Shift+F5)"));
  if (ADW_IS_HEADER_BAR (header))
    adw_header_bar_pack_end (ADW_HEADER_BAR (header), st->button);

  /* the event's menu (right click, Menu key) offers the story too */
  item = g_menu_item_new (_("Add to _Story"), "win.story-add");
  if (G_IS_MENU (self->event_menu))
    {
      section = g_menu_new ();
      g_menu_append_item (section, item);
      g_menu_append_section (G_MENU (self->event_menu), NULL, G_MENU_MODEL (section));
    }
  if (G_IS_MENU (project_menu))
    {
      g_autoptr (GMenu) export_section = g_menu_new ();

      g_menu_append (export_section, _("Export _Briefing…"), "win.export-briefing");
      g_menu_append_section (G_MENU (project_menu), NULL, G_MENU_MODEL (export_section));
    }

  sl_window_story_update (self);
}

void
sl_window_story_dispose (SlWindow *self)
{
  SlWindowStory *st = self->story;

  if (st == NULL)
    return;
  self->story = NULL;
  g_clear_pointer (&st->story, sl_story_free);
  g_clear_pointer (&st->project, sl_project_unref);
  g_clear_pointer (&st->deleted, sl_story_free);
  g_clear_pointer (&st->deleted_from, sl_project_unref);
  g_clear_object (&st->picker_names);
  g_free (st);
}
