/* sl-import-dialog.c: rows for what went wrong are always listed; rows for files imported
 * cleanly stop after MAX_IMPORTED_ROWS so that a folder of ten thousand articles does not
 * build ten thousand widgets (the summary still counts them all). */
#include "config.h"

#include "sl-import-dialog.h"

#include <glib/gi18n.h>

#define MAX_IMPORTED_ROWS 300

typedef struct
{
  char          *path;
  char          *reason;
  char          *note;
  SlImportStatus status;
} Result;

struct _SlImportDialog
{
  AdwWindow parent_instance;

  AdwWindowTitle *title;
  GtkButton      *close_button;
  GtkLabel       *status_label;
  GtkProgressBar *progress_bar;
  GtkListBox     *results_list;

  GArray         *results;      /* Result */
  guint           counts[3];    /* by SlImportStatus */
  guint           n_documents;  /* articles imported (a feed counts each item) */
  guint           n_notes;      /* files read on an assumption the reader should know */
  guint           hidden_rows;  /* imported files not listed */
  GtkWidget      *more_row;
  char           *summary;
  gboolean        finished;
};

G_DEFINE_FINAL_TYPE (SlImportDialog, sl_import_dialog, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_CANCEL,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
result_clear (gpointer data)
{
  Result *r = data;

  g_free (r->path);
  g_free (r->reason);
  g_free (r->note);
}

static void
close_clicked_cb (SlImportDialog *self)
{
  if (!self->finished)
    g_signal_emit (self, signals[SIGNAL_CANCEL], 0);
  else
    gtk_window_close (GTK_WINDOW (self));
}

/* Closing the window while reading cancels the import rather than hiding it. */
static gboolean
sl_import_dialog_close_request (GtkWindow *window)
{
  SlImportDialog *self = SL_IMPORT_DIALOG (window);

  if (!self->finished)
    {
      g_signal_emit (self, signals[SIGNAL_CANCEL], 0);
      return TRUE;
    }
  return GTK_WINDOW_CLASS (sl_import_dialog_parent_class)->close_request (window);
}

static void
sl_import_dialog_finalize (GObject *object)
{
  SlImportDialog *self = SL_IMPORT_DIALOG (object);

  g_array_unref (self->results);
  g_free (self->summary);
  G_OBJECT_CLASS (sl_import_dialog_parent_class)->finalize (object);
}

static void
sl_import_dialog_class_init (SlImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->finalize = sl_import_dialog_finalize;
  window_class->close_request = sl_import_dialog_close_request;

  /* the user asked to stop reading; the dialog stays until finish() */
  signals[SIGNAL_CANCEL] = g_signal_new ("cancel", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/sourceline/Sourceline/ui/sl-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SlImportDialog, title);
  gtk_widget_class_bind_template_child (widget_class, SlImportDialog, close_button);
  gtk_widget_class_bind_template_child (widget_class, SlImportDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, SlImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, SlImportDialog, results_list);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sl_import_dialog_init (SlImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->results = g_array_new (FALSE, TRUE, sizeof (Result));
  g_array_set_clear_func (self->results, result_clear);
  g_signal_connect_object (self->close_button, "clicked", G_CALLBACK (close_clicked_cb), self,
                           G_CONNECT_SWAPPED);
}

SlImportDialog *
sl_import_dialog_new (GtkWindow *parent, const char *target)
{
  SlImportDialog *self = g_object_new (SL_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);

  if (target != NULL)
    {
      g_autofree char *sub = g_strdup_printf (_("Into “%s”"), target);

      adw_window_title_set_subtitle (self->title, sub);
    }
  return self;
}

void
sl_import_dialog_set_progress (SlImportDialog *self, guint done, guint total)
{
  g_autofree char *text = NULL;

  g_return_if_fail (SL_IS_IMPORT_DIALOG (self));
  if (self->finished || total == 0)
    return;
  text = g_strdup_printf (ngettext ("Read %u of %u file…", "Read %u of %u files…", total),
                          done, total);
  gtk_label_set_label (self->status_label, text);
  gtk_progress_bar_set_fraction (self->progress_bar, (double) done / total);
}

static const char *
status_icon (SlImportStatus status)
{
  switch (status)
    {
    case SL_IMPORT_DUPLICATE: return "edit-copy-symbolic";
    case SL_IMPORT_FAILED:    return "dialog-warning-symbolic";
    case SL_IMPORT_IMPORTED:
    default:                  return "object-select-symbolic";
    }
}

static char *
describe_result (const SlImportResult *r)
{
  switch (r->status)
    {
    case SL_IMPORT_DUPLICATE:
      return r->reason ? g_strdup_printf (_("Already imported: %s"), r->reason)
                       : g_strdup (_("Already imported"));
    case SL_IMPORT_FAILED:
      return g_strdup_printf (_("Not imported: %s"), r->reason ? r->reason : _("unknown error"));
    case SL_IMPORT_IMPORTED:
    default:
      {
        g_autofree char *done = r->n_documents > 1
                                ? g_strdup_printf (ngettext ("Imported %u article",
                                                             "Imported %u articles",
                                                             r->n_documents), r->n_documents)
                                : g_strdup (_("Imported"));
        /* TRANSLATORS: "Imported 12 articles — dates read day first (…)" */
        return r->note ? g_strdup_printf (_("%s — %s"), done, r->note) : g_steal_pointer (&done);
      }
    }
}

void
sl_import_dialog_add_result (SlImportDialog *self, const SlImportResult *r)
{
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  GtkWidget *row, *icon;
  Result copy;

  g_return_if_fail (SL_IS_IMPORT_DIALOG (self));
  g_return_if_fail (r != NULL);

  copy.path = g_strdup (r->path);
  copy.reason = g_strdup (r->reason);
  copy.note = g_strdup (r->note);
  copy.status = r->status;
  g_array_append_val (self->results, copy);
  if ((guint) r->status < G_N_ELEMENTS (self->counts))
    self->counts[r->status]++;
  if (r->status == SL_IMPORT_IMPORTED)
    self->n_documents += MAX (r->n_documents, 1);
  if (r->note != NULL && r->status == SL_IMPORT_IMPORTED)
    self->n_notes++;

  if (r->status == SL_IMPORT_IMPORTED && r->note == NULL
      && self->counts[SL_IMPORT_IMPORTED] > MAX_IMPORTED_ROWS)
    {
      g_autofree char *more = NULL;

      self->hidden_rows++;
      more = g_strdup_printf (ngettext ("%u more file imported", "%u more files imported",
                                        self->hidden_rows), self->hidden_rows);
      if (self->more_row == NULL)
        {
          self->more_row = adw_action_row_new ();
          gtk_list_box_append (self->results_list, self->more_row);
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->more_row), more);
      return;
    }

  name = r->path ? g_path_get_basename (r->path) : g_strdup (_("Pasted text"));
  text = describe_result (r);
  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  if (r->path != NULL)
    gtk_widget_set_tooltip_text (row, r->path);
  icon = gtk_image_new_from_icon_name (r->status == SL_IMPORT_IMPORTED && r->note != NULL
                                       ? "dialog-information-symbolic" : status_icon (r->status));
  gtk_widget_add_css_class (icon, r->status == SL_IMPORT_FAILED ? "error"
                                  : r->status == SL_IMPORT_DUPLICATE ? "warning"
                                  : r->note != NULL ? "accent" : "success");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  /* what went wrong, or what was assumed, is what the reader came for: it goes before the
   * clean rows */
  if (r->status != SL_IMPORT_IMPORTED || r->note != NULL)
    {
      guint pos = 0;

      for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (self->results_list));
           c != NULL; c = gtk_widget_get_next_sibling (c))
        if (g_object_get_data (G_OBJECT (c), "sl-problem") != NULL)
          pos++;
      g_object_set_data (G_OBJECT (row), "sl-problem", GINT_TO_POINTER (1));
      gtk_list_box_insert (self->results_list, row, (int) pos);
    }
  else if (self->more_row != NULL)
    gtk_list_box_insert (self->results_list, row,
                         gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self->more_row)));
  else
    gtk_list_box_append (self->results_list, row);
}

void
sl_import_dialog_finish (SlImportDialog *self, gboolean cancelled, const GError *error)
{
  GString *summary = g_string_new (NULL);

  g_return_if_fail (SL_IS_IMPORT_DIALOG (self));
  if (self->finished)
    return;
  self->finished = TRUE;

  if (error != NULL)
    g_string_append_printf (summary, _("Nothing was imported: %s"), error->message);
  else if (cancelled)
    g_string_append (summary, _("Import cancelled: nothing was added."));
  else
    {
      g_string_append_printf (summary, ngettext ("%u article imported", "%u articles imported",
                                                 self->n_documents), self->n_documents);
      if (self->counts[SL_IMPORT_DUPLICATE] > 0)
        g_string_append_printf (summary, ngettext (" · %u duplicate", " · %u duplicates",
                                                   self->counts[SL_IMPORT_DUPLICATE]),
                                self->counts[SL_IMPORT_DUPLICATE]);
      if (self->counts[SL_IMPORT_FAILED] > 0)
        g_string_append_printf (summary, ngettext (" · %u file not read", " · %u files not read",
                                                   self->counts[SL_IMPORT_FAILED]),
                                self->counts[SL_IMPORT_FAILED]);
      if (self->n_notes > 0)
        g_string_append_printf (summary, ngettext (" · %u file read on an assumption",
                                                   " · %u files read on an assumption",
                                                   self->n_notes),
                                self->n_notes);
    }
  g_free (self->summary);
  self->summary = g_string_free (summary, FALSE);

  adw_window_title_set_title (self->title, cancelled ? _("Import Cancelled")
                                           : error ? _("Import Failed") : _("Import Finished"));
  gtk_label_set_label (self->status_label, self->summary);
  gtk_progress_bar_set_fraction (self->progress_bar, cancelled || error ? 0.0 : 1.0);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
  gtk_button_set_label (self->close_button, _("_Close"));
  gtk_widget_add_css_class (GTK_WIDGET (self->close_button), "suggested-action");
  gtk_widget_grab_focus (GTK_WIDGET (self->close_button));
}

gboolean
sl_import_dialog_get_finished (SlImportDialog *self)
{
  g_return_val_if_fail (SL_IS_IMPORT_DIALOG (self), FALSE);
  return self->finished;
}

guint
sl_import_dialog_get_n_results (SlImportDialog *self)
{
  g_return_val_if_fail (SL_IS_IMPORT_DIALOG (self), 0);
  return self->results->len;
}

gboolean
sl_import_dialog_get_result (SlImportDialog *self, guint i, SlImportStatus *status,
                             const char **path, const char **reason)
{
  const Result *r;

  g_return_val_if_fail (SL_IS_IMPORT_DIALOG (self), FALSE);
  if (i >= self->results->len)
    return FALSE;
  r = &g_array_index (self->results, Result, i);
  if (status)
    *status = r->status;
  if (path)
    *path = r->path;
  if (reason)
    *reason = r->reason;
  return TRUE;
}

const char *
sl_import_dialog_get_note (SlImportDialog *self, guint i)
{
  g_return_val_if_fail (SL_IS_IMPORT_DIALOG (self), NULL);
  return i < self->results->len ? g_array_index (self->results, Result, i).note : NULL;
}

guint
sl_import_dialog_count (SlImportDialog *self, SlImportStatus status)
{
  g_return_val_if_fail (SL_IS_IMPORT_DIALOG (self), 0);
  return (guint) status < G_N_ELEMENTS (self->counts) ? self->counts[status] : 0;
}

const char *
sl_import_dialog_get_summary (SlImportDialog *self)
{
  g_return_val_if_fail (SL_IS_IMPORT_DIALOG (self), NULL);
  return self->summary;
}
