/* sl-window-export.c: File → Export — a dialog with a live preview of what will be written
 * (drawn by the export painter itself, at the size of the preview), the view, format, size,
 * range and colours. It opens with the export defaults of the settings (the Preferences
 * window's), then with the choices of the session's last export. The briefing deck takes its
 * key events from the window's story, the emphasised events, or chooses them itself. */
#include "config.h"

#include "sl-window-private.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "export/sl-briefing.h"
#include "export/sl-briefing-merge.h"
#include "export/sl-export.h"
#include "extract/sl-attribution.h"

#define CHOICES_KEY "sl-export-choices"
/* the preview's longest side, in pixels */
#define PREVIEW_SIZE 560
#define PREVIEW_DELAY_MS 150

typedef enum
{
  KEY_EVENTS_STORY = 0,
  KEY_EVENTS_SELECTION,
  KEY_EVENTS_CHOSEN,
} KeyEventsFrom;

/* What the dialog asks; kept on the window between exports. */
typedef struct
{
  SlExportView    view;
  SlExportFormat  format;
  int             width, height;
  double          scale;
  gboolean        dark;
  gboolean        all;        /* every event, not the visible window */
  SlBriefingPaper paper;
  KeyEventsFrom   key_events;
  char           *folder;     /* where the last export went */
} ExportChoices;

typedef struct
{
  SlWindow       *window;     /* weak */
  GtkWindow      *dialog;
  ExportChoices   c;
  guint           preview_source;
  char           *preview_path;

  AdwComboRow    *view_row;
  AdwComboRow    *format_row;
  AdwComboRow    *paper_row;
  AdwComboRow    *range_row;
  AdwComboRow    *key_events_row;
  GtkSpinButton  *width_spin;
  GtkSpinButton  *height_spin;
  GtkSpinButton  *scale_spin;
  GtkSwitch      *dark_switch;
  GtkWidget      *image_group;
  GtkWidget      *briefing_group;
  GtkWidget      *scale_row;
  GtkPicture     *preview;
  GtkLabel       *caption;
  guint           updating;
  char          **folded_lanes; /* the timeline's folded lanes, read when options are made */
  char          **folded_categories;
} ExportDialog;

static const char *const view_nicks[] = { "timeline", "graph", "both", "briefing" };
static const char *const format_nicks[] = { "png", "svg", "pdf" };

static void
choices_free (gpointer data)
{
  ExportChoices *c = data;

  g_free (c->folder);
  g_free (c);
}

static int
nick_index (const char *const *nicks, guint n, const char *nick, int fallback)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (nicks[i], nick) == 0)
      return (int) i;
  return fallback;
}

static gboolean
has_keys (GSettings *settings)
{
  static const char *const keys[] = { "export-format", "export-view", "export-width",
                                      "export-height", "export-scale", "export-dark" };
  g_autoptr (GSettingsSchema) schema = NULL;

  if (settings == NULL)
    return FALSE;
  g_object_get (settings, "settings-schema", &schema, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if (schema == NULL || !g_settings_schema_has_key (schema, keys[i]))
      return FALSE;
  return TRUE;
}

/* The last choices are the application's, so a second window starts from them too; a window
 * without an application keeps its own. */
static GObject *
choices_owner (SlWindow *window)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));

  return app != NULL ? G_OBJECT (app) : G_OBJECT (window);
}

/* The choices last exported with in this session, else the settings' export defaults. */
static void
choices_load (SlWindow *window, ExportChoices *out)
{
  ExportChoices *last = g_object_get_data (choices_owner (window), CHOICES_KEY);
  SlExportOptions defaults;

  if (last != NULL)
    {
      *out = *last;
      out->folder = g_strdup (last->folder);
      return;
    }
  memset (out, 0, sizeof *out);
  sl_export_options_init (&defaults);
  out->view = defaults.view;
  out->format = defaults.format;
  out->width = defaults.width;
  out->height = defaults.height;
  out->scale = defaults.scale;
  out->dark = defaults.dark;
  out->paper = SL_BRIEFING_WIDE;
  out->key_events = KEY_EVENTS_STORY;
  if (has_keys (window->settings))
    {
      g_autofree char *view = g_settings_get_string (window->settings, "export-view");
      g_autofree char *format = g_settings_get_string (window->settings, "export-format");

      out->view = (SlExportView) nick_index (view_nicks, G_N_ELEMENTS (view_nicks), view, out->view);
      out->format = (SlExportFormat) nick_index (format_nicks, G_N_ELEMENTS (format_nicks), format,
                                                 out->format);
      out->width = g_settings_get_int (window->settings, "export-width");
      out->height = g_settings_get_int (window->settings, "export-height");
      out->scale = g_settings_get_double (window->settings, "export-scale");
      out->dark = g_settings_get_boolean (window->settings, "export-dark");
    }
}

static void
choices_remember (SlWindow *window, const ExportChoices *c)
{
  ExportChoices *keep = g_new (ExportChoices, 1);

  *keep = *c;
  keep->folder = g_strdup (c->folder);
  g_object_set_data_full (choices_owner (window), CHOICES_KEY, keep, choices_free);
}

/* Options */

/* A project's exports are titled as the project ("North Korea" for North Korea.sourceline),
 * as sourceline-cli titles them; loose articles by their title or how many there are. */
static const char *
export_title (SlWindow *w)
{
  return w->project != NULL && w->title != NULL && *w->title != '\0' ? w->title : NULL;
}

static void
image_options (ExportDialog *d, SlExportOptions *opts)
{
  SlWindow *w = d->window;

  sl_export_options_init (opts);
  opts->view = d->c.view == SL_EXPORT_VIEW_BRIEFING ? SL_EXPORT_VIEW_TIMELINE : d->c.view;
  opts->format = d->c.format;
  opts->width = d->c.width;
  opts->height = d->c.height;
  opts->scale = d->c.scale;
  opts->dark = d->c.dark;
  opts->title = export_title (w);
  opts->fit_all = d->c.all;
  opts->has_range = !d->c.all;
  if (opts->has_range)
    sl_timeline_view_get_visible_range (w->timeline, &opts->from, &opts->to);
  opts->selected_event = sl_timeline_view_get_selected_event (w->timeline);
  opts->selected_source = sl_graph_view_get_selected_source (w->graph);
  opts->lane_mode = sl_timeline_view_get_lane_mode (w->timeline);
  /* the graph as laid out on screen: the layout chosen, the nodes the analyst pinned */
  opts->graph_layout = sl_graph_view_get_layout (w->graph);
  /* folded lanes stay folded in the image, as on screen */
  g_strfreev (d->folded_lanes);
  d->folded_lanes = sl_timeline_view_dup_collapsed_lanes (w->timeline, opts->lane_mode);
  opts->folded_lanes = (const char *const *) d->folded_lanes;
}

/* The categories folded in the window: the deck's overview has a lane per category. */
static const char *const *
folded_categories (ExportDialog *d)
{
  g_strfreev (d->folded_categories);
  d->folded_categories = sl_timeline_view_dup_collapsed_lanes (d->window->timeline,
                                                               SL_LANE_BY_CATEGORY);
  return (const char *const *) d->folded_categories;
}

/* The key events a deck from the window presents; empty lets the deck choose. */
static void
briefing_key_events (ExportDialog *d, GArray *out)
{
  if (d->c.key_events == KEY_EVENTS_STORY)
    sl_window_get_story_events (d->window, out, NULL);
  else if (d->c.key_events == KEY_EVENTS_SELECTION)
    {
      guint n = 0;
      const guint32 *emph = sl_timeline_view_get_highlight (d->window->timeline, &n);
      guint32 selected = sl_timeline_view_get_selected_event (d->window->timeline);

      if (n > 0)
        g_array_append_vals (out, emph, n);
      else if (selected != SL_NONE)
        g_array_append_val (out, selected);
    }
}

static gboolean
write_briefing (ExportDialog *d, const char *path, guint *n_pages, GError **error)
{
  SlModel *model = d->window->model;
  SlBriefingOptions bopts;
  g_autoptr (GArray) keys = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (SlEventMerge) merge = sl_event_merge_new (model);

  briefing_key_events (d, keys);
  sl_briefing_options_init (&bopts);
  bopts.paper = d->c.paper;
  bopts.dark = d->c.dark;
  bopts.title = export_title (d->window);
  bopts.key_events = (const guint32 *) keys->data;
  bopts.n_key_events = keys->len;
  if (!d->c.all)
    {
      bopts.has_range = TRUE;
      sl_timeline_view_get_visible_range (d->window->timeline, &bopts.from, &bopts.to);
    }
  bopts.folded_lanes = folded_categories (d);
  bopts.corroboration = sl_briefing_corroboration_merged;
  bopts.corroboration_data = merge;
  if (d->c.key_events == KEY_EVENTS_STORY && keys->len > 0)
    bopts.story = sl_window_get_story_name (d->window);
  return sl_briefing_write (model, &bopts, path, n_pages, error);
}

/* Preview */

static char *
briefing_caption (ExportDialog *d)
{
  g_autoptr (GArray) keys = g_array_new (FALSE, FALSE, sizeof (guint32));
  const char *from;

  briefing_key_events (d, keys);
  if (keys->len == 0)
    return g_strdup (_("Briefing deck (PDF): a cover, the timeline overview, the most "
                       "corroborated events a page each, the sources and the references"));
  from = d->c.key_events == KEY_EVENTS_STORY ? _("the story’s events")
                                             : _("the emphasised events");
  /* TRANSLATORS: "Briefing deck (PDF): a cover, the timeline overview, 5 pages for the story's
   * events, the sources and the references" */
  return g_strdup_printf (ngettext ("Briefing deck (PDF): a cover, the timeline overview, %u page "
                                    "for %s, the sources and the references",
                                    "Briefing deck (PDF): a cover, the timeline overview, %u pages "
                                    "for %s, the sources and the references", keys->len),
                          keys->len, from);
}

static gboolean
preview_cb (gpointer user_data)
{
  ExportDialog *d = user_data;
  SlExportOptions opts;
  g_autoptr (GError) error = NULL;
  g_autofree char *caption = NULL;
  double fit;

  d->preview_source = 0;
  if (d->window == NULL || d->window->model == NULL)
    return G_SOURCE_REMOVE;

  /* the deck opens on its overview: the preview shows that, a slide's shape */
  image_options (d, &opts);
  if (d->c.view == SL_EXPORT_VIEW_BRIEFING)
    {
      opts.width = d->c.paper == SL_BRIEFING_A4 ? 595 : 960;
      opts.height = d->c.paper == SL_BRIEFING_A4 ? 842 : 540;
      /* drawn as the deck draws its overview: a lane per category */
      opts.lane_mode = SL_LANE_BY_CATEGORY;
      opts.folded_lanes = folded_categories (d);
    }
  /* the same drawing as the file, only smaller: the painter lays out at the export size */
  fit = (double) PREVIEW_SIZE / MAX (opts.width, opts.height);
  opts.format = SL_EXPORT_PNG;
  opts.dpi = 0;
  opts.scale = MIN (fit, opts.scale > 0 ? opts.scale : 1.0);
  if (!sl_export_image (d->window->model, &opts, d->preview_path, &error))
    {
      gtk_picture_set_paintable (d->preview, NULL);
      gtk_label_set_text (d->caption, error->message);
      return G_SOURCE_REMOVE;
    }
  {
    g_autoptr (GFile) file = g_file_new_for_path (d->preview_path);
    g_autoptr (GdkTexture) texture = gdk_texture_new_from_file (file, &error);

    gtk_picture_set_paintable (d->preview, GDK_PAINTABLE (texture));
  }

  if (d->c.view == SL_EXPORT_VIEW_BRIEFING)
    caption = briefing_caption (d);
  else if (d->c.format == SL_EXPORT_PNG)
    /* TRANSLATORS: "PNG image, 3200 × 1800 pixels" */
    caption = g_strdup_printf (_("PNG image, %d × %d pixels"),
                               (int) (d->c.width * d->c.scale + 0.5),
                               (int) (d->c.height * d->c.scale + 0.5));
  else
    /* TRANSLATORS: "PDF document, 1600 × 900 points, text selectable" */
    caption = g_strdup_printf (_("%s, %d × %d points, text selectable"),
                               d->c.format == SL_EXPORT_SVG ? _("SVG drawing") : _("PDF document"),
                               d->c.width, d->c.height);
  gtk_label_set_text (d->caption, caption);
  return G_SOURCE_REMOVE;
}

static void
queue_preview (ExportDialog *d)
{
  g_clear_handle_id (&d->preview_source, g_source_remove);
  d->preview_source = g_timeout_add (PREVIEW_DELAY_MS, preview_cb, d);
}

/* Reading the controls */

static void
sync_sensitivity (ExportDialog *d)
{
  gboolean briefing = d->c.view == SL_EXPORT_VIEW_BRIEFING;

  gtk_widget_set_visible (d->image_group, !briefing);
  gtk_widget_set_visible (d->briefing_group, briefing);
  gtk_widget_set_sensitive (d->scale_row, d->c.format == SL_EXPORT_PNG);
}

static void
controls_changed_cb (ExportDialog *d)
{
  if (d->updating > 0)
    return;
  d->c.view = (SlExportView) adw_combo_row_get_selected (d->view_row);
  d->c.format = (SlExportFormat) adw_combo_row_get_selected (d->format_row);
  d->c.paper = (SlBriefingPaper) adw_combo_row_get_selected (d->paper_row);
  d->c.all = adw_combo_row_get_selected (d->range_row) == 1;
  d->c.key_events = (KeyEventsFrom) adw_combo_row_get_selected (d->key_events_row);
  d->c.width = gtk_spin_button_get_value_as_int (d->width_spin);
  d->c.height = gtk_spin_button_get_value_as_int (d->height_spin);
  d->c.scale = gtk_spin_button_get_value (d->scale_spin);
  d->c.dark = gtk_switch_get_active (d->dark_switch);
  sync_sensitivity (d);
  queue_preview (d);
}

static void
controls_set (ExportDialog *d)
{
  d->updating++;
  adw_combo_row_set_selected (d->view_row, d->c.view);
  adw_combo_row_set_selected (d->format_row, d->c.format);
  adw_combo_row_set_selected (d->paper_row, d->c.paper);
  adw_combo_row_set_selected (d->range_row, d->c.all ? 1 : 0);
  adw_combo_row_set_selected (d->key_events_row, d->c.key_events);
  gtk_spin_button_set_value (d->width_spin, d->c.width);
  gtk_spin_button_set_value (d->height_spin, d->c.height);
  gtk_spin_button_set_value (d->scale_spin, d->c.scale);
  gtk_switch_set_active (d->dark_switch, d->c.dark);
  d->updating--;
  sync_sensitivity (d);
}

/* Writing */

static const char *
extension (ExportDialog *d)
{
  if (d->c.view == SL_EXPORT_VIEW_BRIEFING)
    return "pdf";
  return format_nicks[d->c.format];
}

/* Writes the export to path with the dialog's choices, which the window then remembers. */
static gboolean
export_write (ExportDialog *d, const char *path, GError **error)
{
  SlWindow *w = d->window;
  gboolean ok;

  if (w == NULL || w->model == NULL)
    {
      g_set_error (error, SL_EXPORT_ERROR, SL_EXPORT_ERROR_INVALID, _("Nothing to export yet"));
      return FALSE;
    }
  if (d->c.view == SL_EXPORT_VIEW_BRIEFING)
    ok = write_briefing (d, path, NULL, error);
  else
    {
      SlExportOptions opts;

      image_options (d, &opts);
      ok = sl_export_image (w->model, &opts, path, error);
    }
  if (!ok)
    return FALSE;
  g_free (w->last_export);
  w->last_export = g_strdup (path);
  g_free (d->c.folder);
  d->c.folder = g_path_get_dirname (path);
  choices_remember (w, &d->c);
  return TRUE;
}

/* The same, with a toast that says how it went. */
static gboolean
export_to (ExportDialog *d, const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *msg = NULL;

  if (!export_write (d, path, &error))
    {
      g_autofree char *what = g_strdup_printf (_("Could not export “%s”"), base);

      if (d->window != NULL)
        sl_window_show_error (d->window, what, error);
      return FALSE;
    }
  msg = g_strdup_printf (_("Exported “%s”"), base);
  sl_window_show_toast (d->window, msg, _("Open"), "win.open-export");
  return TRUE;
}

gboolean
sl_window_export_dialog_save (GtkWindow *dialog, const char *path, GError **error)
{
  ExportDialog *d;

  g_return_val_if_fail (GTK_IS_WINDOW (dialog), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  d = g_object_get_data (G_OBJECT (dialog), "sl-export-dialog");
  g_return_val_if_fail (d != NULL, FALSE);
  if (!export_write (d, path, error))
    return FALSE;
  gtk_window_destroy (dialog);
  return TRUE;
}

static void
chooser_response_cb (GtkNativeDialog *native, int response, ExportDialog *d)
{
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  g_object_unref (native);
  if (file == NULL || d->window == NULL)
    return;
  path = g_file_get_path (file);
  if (path == NULL)
    {
      sl_window_show_toast (d->window, _("Could not export: only local files can be written"),
                            NULL, NULL);
      return;
    }
  /* the name typed decides nothing: the chosen format gets its extension */
  if (!g_str_has_suffix (path, extension (d)))
    {
      char *fixed = g_strconcat (path, ".", extension (d), NULL);

      g_free (path);
      path = fixed;
    }
  if (export_to (d, path))
    gtk_window_destroy (d->dialog);
}

static void
export_clicked_cb (GtkButton *button, ExportDialog *d)
{
  GtkFileChooserNative *native;
  g_autofree char *name = NULL;

  native = gtk_file_chooser_native_new (_("Save Export As"), d->dialog, GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  /* TRANSLATORS: file names proposed for an export; keep the extension after the dot */
  name = g_strdup_printf ("%s.%s", d->c.view == SL_EXPORT_VIEW_BRIEFING ? _("briefing")
                                   : d->c.view == SL_EXPORT_VIEW_GRAPH ? _("sources")
                                   : _("timeline"), extension (d));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  if (d->c.folder != NULL)
    {
      g_autoptr (GFile) folder = g_file_new_for_path (d->c.folder);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
    }
  g_signal_connect (native, "response", G_CALLBACK (chooser_response_cb), d);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* Building the dialog */

static AdwComboRow *
combo_row (AdwPreferencesGroup *group, const char *title, const char *const *items,
           ExportDialog *d)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
  g_autoptr (GtkStringList) model = gtk_string_list_new (items);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (controls_changed_cb), d);
  adw_preferences_group_add (group, GTK_WIDGET (row));
  return row;
}

static GtkWidget *
suffix_row (AdwPreferencesGroup *group, const char *title, GtkWidget *suffix)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), suffix);
  adw_preferences_group_add (group, row);
  return row;
}

static GtkSpinButton *
spin (ExportDialog *d, double min, double max, double step, guint digits)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (min, max, step);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), digits);
  g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (controls_changed_cb), d);
  return GTK_SPIN_BUTTON (spin);
}

static void
dialog_destroy_cb (GtkWidget *widget, ExportDialog *d)
{
  g_clear_handle_id (&d->preview_source, g_source_remove);
  if (d->preview_path != NULL)
    g_unlink (d->preview_path);
  g_free (d->preview_path);
  g_free (d->c.folder);
  g_strfreev (d->folded_lanes);
  g_strfreev (d->folded_categories);
  g_clear_weak_pointer (&d->window);
  g_free (d);
}

GtkWindow *
sl_window_show_export_dialog (SlWindow *self)
{
  static const char *const views[] = { N_("Timeline"), N_("Source Graph"), N_("Both, Side by Side"),
                                       N_("Briefing Deck (PDF)"), NULL };
  static const char *const formats[] = { N_("PNG Image"), N_("SVG Drawing"), N_("PDF Document"), NULL };
  static const char *const papers[] = { N_("Slides, 16:9"), N_("A4 Portrait"), NULL };
  static const char *const ranges[] = { N_("The Visible Window"), N_("All Events"), NULL };
  static const char *const keys[] = { N_("The Story"), N_("The Emphasised Events"),
                                      N_("The Most Corroborated"), NULL };
  const char *const *lists[] = { views, formats, papers, ranges, keys };
  /* gettext's strings live as long as the program: nothing to free */
  const char *translated[5][6] = { { NULL } };
  ExportDialog *d;
  GtkWidget *dialog, *toolbar, *header, *export_button, *cancel, *content, *side, *frame;
  AdwPreferencesGroup *what, *image, *briefing;
  int fd;

  g_return_val_if_fail (SL_IS_WINDOW (self), NULL);
  if (self->model == NULL)
    return NULL;

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; lists[l][i] != NULL; i++)
      translated[l][i] = _(lists[l][i]);

  d = g_new0 (ExportDialog, 1);
  g_set_weak_pointer (&d->window, self);
  choices_load (self, &d->c);
  fd = g_file_open_tmp ("sourceline-preview-XXXXXX.png", &d->preview_path, NULL);
  if (fd >= 0)
    close (fd);
  else
    d->preview_path = g_build_filename (g_get_tmp_dir (), "sourceline-preview.png", NULL);

  dialog = adw_window_new ();
  d->dialog = GTK_WINDOW (dialog);
  gtk_window_set_title (d->dialog, _("Export"));
  gtk_window_set_transient_for (d->dialog, GTK_WINDOW (self));
  gtk_window_set_modal (d->dialog, TRUE);
  gtk_window_set_default_size (d->dialog, 1000, 620);
  g_signal_connect (dialog, "destroy", G_CALLBACK (dialog_destroy_cb), d);
  g_object_set_data (G_OBJECT (dialog), "sl-export-dialog", d);
  {
    /* Escape cancels, as in any dialog */
    GtkEventController *escape = gtk_shortcut_controller_new ();

    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (escape),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                            gtk_named_action_new ("window.close")));
    gtk_widget_add_controller (dialog, escape);
  }

  toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), dialog);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  export_button = gtk_button_new_with_mnemonic (_("_Export…"));
  gtk_widget_add_css_class (export_button, "suggested-action");
  g_signal_connect (export_button, "clicked", G_CALLBACK (export_clicked_cb), d);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), export_button);
  gtk_box_append (GTK_BOX (toolbar), header);

  content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  gtk_widget_set_margin_start (content, 18);
  gtk_widget_set_margin_end (content, 18);
  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_vexpand (content, TRUE);

  /* the preview */
  side = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_set_hexpand (side, TRUE);
  frame = gtk_frame_new (NULL);
  d->preview = GTK_PICTURE (gtk_picture_new ());
  gtk_picture_set_can_shrink (d->preview, TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (d->preview), PREVIEW_SIZE, PREVIEW_SIZE * 9 / 16);
  gtk_widget_set_vexpand (GTK_WIDGET (d->preview), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (d->preview), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Preview of the export"), -1);
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (d->preview));
  gtk_box_append (GTK_BOX (side), frame);
  gtk_widget_set_name (GTK_WIDGET (d->preview), "export-preview");
  d->caption = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (d->caption), "export-caption");
  gtk_label_set_wrap (d->caption, TRUE);
  gtk_label_set_xalign (d->caption, 0);
  gtk_widget_add_css_class (GTK_WIDGET (d->caption), "dim-label");
  gtk_box_append (GTK_BOX (side), GTK_WIDGET (d->caption));
  gtk_box_append (GTK_BOX (content), side);

  /* the settings */
  side = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_size_request (side, 340, -1);
  what = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  d->view_row = combo_row (what, _("_View"), (const char *const *) translated[0], d);
  d->range_row = combo_row (what, _("_Range"), (const char *const *) translated[3], d);
  d->dark_switch = GTK_SWITCH (gtk_switch_new ());
  g_signal_connect_swapped (d->dark_switch, "notify::active", G_CALLBACK (controls_changed_cb), d);
  suffix_row (what, _("_Dark Colors"), GTK_WIDGET (d->dark_switch));
  gtk_box_append (GTK_BOX (side), GTK_WIDGET (what));

  image = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (image, _("Image"));
  d->format_row = combo_row (image, _("_Format"), (const char *const *) translated[1], d);
  gtk_widget_set_name (GTK_WIDGET (d->view_row), "export-view");
  gtk_widget_set_name (GTK_WIDGET (d->range_row), "export-range");
  gtk_widget_set_name (GTK_WIDGET (d->dark_switch), "export-dark");
  gtk_widget_set_name (GTK_WIDGET (d->format_row), "export-format");
  d->width_spin = spin (d, 16, 20000, 10, 0);
  gtk_widget_set_name (GTK_WIDGET (d->width_spin), "export-width");
  suffix_row (image, _("_Width"), GTK_WIDGET (d->width_spin));
  d->height_spin = spin (d, 16, 20000, 10, 0);
  gtk_widget_set_name (GTK_WIDGET (d->height_spin), "export-height");
  suffix_row (image, _("_Height"), GTK_WIDGET (d->height_spin));
  d->scale_spin = spin (d, 0.25, 16, 0.25, 2);
  gtk_widget_set_name (GTK_WIDGET (d->scale_spin), "export-scale");
  d->scale_row = suffix_row (image, _("Pixel _Density (PNG)"), GTK_WIDGET (d->scale_spin));
  d->image_group = GTK_WIDGET (image);
  gtk_box_append (GTK_BOX (side), d->image_group);

  briefing = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (briefing, _("Briefing"));
  d->paper_row = combo_row (briefing, _("_Pages"), (const char *const *) translated[2], d);
  d->key_events_row = combo_row (briefing, _("_Key Events"), (const char *const *) translated[4], d);
  gtk_widget_set_name (GTK_WIDGET (d->paper_row), "export-paper");
  gtk_widget_set_name (GTK_WIDGET (d->key_events_row), "export-key-events");
  d->briefing_group = GTK_WIDGET (briefing);
  gtk_box_append (GTK_BOX (side), d->briefing_group);
  gtk_box_append (GTK_BOX (content), side);

  gtk_box_append (GTK_BOX (toolbar), content);
  adw_window_set_content (ADW_WINDOW (dialog), toolbar);
  gtk_window_set_default_widget (d->dialog, export_button);

  controls_set (d);
  preview_cb (d);
  gtk_window_present (d->dialog);
  /* Return exports at once with what the preview shows */
  gtk_widget_grab_focus (export_button);
  return d->dialog;
}

static void
export_briefing_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SlWindow *self = SL_WINDOW (widget);
  GtkWindow *dialog = sl_window_show_export_dialog (self);
  ExportDialog *d;

  if (dialog == NULL)
    return;
  d = g_object_get_data (G_OBJECT (dialog), "sl-export-dialog");
  if (d != NULL)
    adw_combo_row_set_selected (d->view_row, SL_EXPORT_VIEW_BRIEFING);
}

void
sl_window_export_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-briefing", NULL,
                                   export_briefing_action_cb);
}
