/* sl-edit-dialog.h: the small dialogs an analyst's edit asks for — a text, a date with its
 * qualifier, an Admiralty grade, another source — as message dialogs whose Apply button is
 * enabled only for a value the project will take. */
#pragma once

#include <adwaita.h>
#include "model/sl-model.h"

G_BEGIN_DECLS

/* Called once, on Apply only. text is the entered text (label, name, note; NULL when the
 * dialog asks for none), value the TIMEX3 value or grade, number the SlMod or the index
 * chosen. */
typedef void (*SlEditDialogFunc) (const char *text,
                                  const char *value,
                                  gint64      number,
                                  gpointer    user_data);

/* A one-line text (multiline for notes). allow_empty lets Apply remove a note. */
GtkWindow *sl_edit_dialog_text   (GtkWindow       *parent,
                                  const char      *heading,
                                  const char      *body,
                                  const char      *initial,
                                  const char      *apply_label,
                                  gboolean         multiline,
                                  gboolean         allow_empty,
                                  SlEditDialogFunc func,
                                  gpointer         user_data,
                                  GDestroyNotify   destroy);

/* A date as a TIMEX3 value ("2024-03-28", "2024-03", "2024-Q1") or written out in full
 * ("March 28, 2024", read into its value) with a qualifier (about,
 * early, before …), previewed as the interval it means; with_label adds a label field
 * (a new event). */
GtkWindow *sl_edit_dialog_date   (GtkWindow       *parent,
                                  const char      *heading,
                                  const char      *body,
                                  gboolean         with_label,
                                  const char      *initial_label,
                                  const char      *initial_value,
                                  SlMod            initial_mod,
                                  SlEditDialogFunc func,
                                  gpointer         user_data,
                                  GDestroyNotify   destroy);

/* A day, a month or a year ("2024-06-12", "2024-06", "2024") with no qualifier, previewed
 * as the interval it means: an article's publication date. */
GtkWindow *sl_edit_dialog_day    (GtkWindow       *parent,
                                  const char      *heading,
                                  const char      *body,
                                  const char      *initial_value,
                                  SlEditDialogFunc func,
                                  gpointer         user_data,
                                  GDestroyNotify   destroy);

/* Reliability A–F and credibility 1–6; value is the grade ("B2"). */
GtkWindow *sl_edit_dialog_grade  (GtkWindow       *parent,
                                  const char      *source_name,
                                  const char      *initial,
                                  SlEditDialogFunc func,
                                  gpointer         user_data,
                                  GDestroyNotify   destroy);

/* One of names (NULL-terminated); number is the index chosen. */
GtkWindow *sl_edit_dialog_choose (GtkWindow         *parent,
                                  const char        *heading,
                                  const char        *body,
                                  const char *const *names,
                                  const char        *apply_label,
                                  SlEditDialogFunc   func,
                                  gpointer           user_data,
                                  GDestroyNotify     destroy);

/* The widget a test fills in: the dialog's entry (or text view) for its text, date value. */
GtkWidget *sl_edit_dialog_get_text_widget  (GtkWindow *dialog);
GtkWidget *sl_edit_dialog_get_value_widget (GtkWindow *dialog);

/* The qualifiers offered, in menu order, and the words shown for them. */
guint       sl_edit_dialog_n_mods    (void);
SlMod       sl_edit_dialog_mod_at    (guint i);
const char *sl_edit_dialog_mod_label (SlMod mod);

G_END_DECLS
