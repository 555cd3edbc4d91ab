/* sl-edit-dialog.c: each dialog is an AdwMessageDialog with its fields as the extra child;
 * a small Request struct rides on the dialog and calls back once on Apply. */
#include "config.h"

#include "sl-edit-dialog.h"
#include "sl-describe.h"

#include <string.h>

#include "sl-window-private.h"
#include "extract/sl-timex-tagger.h"

typedef struct
{
  SlEditDialogFunc func;
  gpointer         user_data;
  GDestroyNotify   destroy;
  GtkWidget       *text;      /* GtkEntry or GtkTextView, NULL when none */
  GtkWidget       *value;     /* GtkEntry of the date */
  GtkWidget       *mod;       /* GtkDropDown of the qualifier */
  GtkWidget       *preview;   /* GtkLabel under the date */
  GtkWidget       *first;     /* GtkDropDown: reliability, or the source chosen */
  GtkWidget       *second;    /* GtkDropDown: credibility */
  gboolean         allow_empty;
  gboolean         plain_date; /* a day, a month or a year, without qualifier */
} Request;

static void
request_free (Request *req)
{
  if (req->destroy)
    req->destroy (req->user_data);
  g_free (req);
}

static const struct
{
  SlMod       mod;
  const char *label;
} mods[] = {
  { SL_MOD_NONE, N_("Exactly") },
  { SL_MOD_APPROX, N_("About") },
  { SL_MOD_START, N_("Early in") },
  { SL_MOD_MID, N_("Mid") },
  { SL_MOD_END, N_("Late in") },
  { SL_MOD_BEFORE, N_("Before") },
  { SL_MOD_AFTER, N_("After") },
  { SL_MOD_ON_OR_BEFORE, N_("On or before") },
  { SL_MOD_ON_OR_AFTER, N_("On or after") },
  { SL_MOD_LESS_THAN, N_("Less than") },
  { SL_MOD_MORE_THAN, N_("More than") },
  { SL_MOD_EQUAL_OR_LESS, N_("At most") },
  { SL_MOD_EQUAL_OR_MORE, N_("At least") },
};

guint
sl_edit_dialog_n_mods (void)
{
  return G_N_ELEMENTS (mods);
}

SlMod
sl_edit_dialog_mod_at (guint i)
{
  return i < G_N_ELEMENTS (mods) ? mods[i].mod : SL_MOD_NONE;
}

const char *
sl_edit_dialog_mod_label (SlMod mod)
{
  for (guint i = 0; i < G_N_ELEMENTS (mods); i++)
    if (mods[i].mod == mod)
      return _(mods[i].label);
  return _(mods[0].label);
}

static char *
get_text (Request *req)
{
  if (req->text == NULL)
    return NULL;
  if (GTK_IS_TEXT_VIEW (req->text))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (req->text));
      GtkTextIter a, b;

      gtk_text_buffer_get_bounds (buffer, &a, &b);
      return g_strstrip (gtk_text_buffer_get_text (buffer, &a, &b, FALSE));
    }
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (req->text))));
}

/* Whether the text names a month in words: a run of three letters or more. */
static gboolean
has_word (const char *text)
{
  guint run = 0;

  for (const char *p = text; *p; p++)
    {
      run = g_ascii_isalpha (*p) ? run + 1 : 0;
      if (run >= 3)
        return TRUE;
    }
  return FALSE;
}

/* A whole date as people write it ("March 28, 2024", "28 March 2024", "April 2024"), read by
 * the extractor's date tagger into its TIMEX3 value; NULL when the text is not one complete
 * calendar date (a relative one, "last September", has no year to stand on here). Digits
 * alone are left to the strict value: a mistyped "2024-03-3x" must not pass for a day, and
 * "03/04/2024" means different days on either side of the Atlantic. */
static char *
written_date_value (const char *text)
{
  g_autoptr (SlTimexTagger) tagger = sl_timex_tagger_new ();
  g_autoptr (GArray) hits = g_array_new (FALSE, FALSE, sizeof (SlTimexHit));
  gsize len = strlen (text);
  const SlTimexHit *hit;
  SlTime t0, t1;

  if (len == 0 || !has_word (text))
    return NULL;
  sl_timex_tag (tagger, text, len, NULL, hits);
  if (hits->len != 1)
    return NULL;
  hit = &g_array_index (hits, SlTimexHit, 0);
  /* the whole field, as one plain date: a qualifier is the drop-down's to say */
  if (hit->begin != 0 || hit->end != len || hit->mod != SL_MOD_NONE
      || !sl_time_interval_from_value (hit->value, SL_MOD_NONE, &t0, &t1))
    return NULL;
  return g_strdup (hit->value);
}

static char *
get_value (Request *req)
{
  if (req->value != NULL)
    {
      char *value = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (req->value))));
      SlTime t0, t1;

      if (*value != '\0' && !sl_time_interval_from_value (value, SL_MOD_NONE, &t0, &t1))
        {
          char *written = written_date_value (value);

          if (written != NULL)
            {
              g_free (value);
              value = written;
            }
        }
      return value;
    }
  if (req->first != NULL && req->second != NULL)
    {
      guint r = gtk_drop_down_get_selected (GTK_DROP_DOWN (req->first));
      guint c = gtk_drop_down_get_selected (GTK_DROP_DOWN (req->second));

      if (r < 6 && c < 6)
        return g_strdup_printf ("%c%c", 'A' + r, '1' + c);
    }
  return NULL;
}

static SlMod
get_mod (Request *req)
{
  return req->mod ? sl_edit_dialog_mod_at (gtk_drop_down_get_selected (GTK_DROP_DOWN (req->mod)))
                  : SL_MOD_NONE;
}

/* Whether Apply may be pressed, and the date's meaning under its field. */
static void
validate (AdwMessageDialog *dialog)
{
  Request *req = g_object_get_data (G_OBJECT (dialog), "sl-request");
  g_autofree char *text = get_text (req);
  gboolean ok = TRUE;

  if (req->text != NULL && !req->allow_empty && (text == NULL || *text == '\0'))
    ok = FALSE;
  if (req->value != NULL)
    {
      g_autofree char *value = get_value (req);
      SlTime t0, t1;
      SlDate date;

      if (value != NULL && *value != '\0'
          && sl_time_interval_from_value (value, get_mod (req), &t0, &t1)
          && (!req->plain_date
              || (sl_date_from_value (value, &date)
                  && (date.prec == SL_PREC_DAY || date.prec == SL_PREC_MONTH
                      || date.prec == SL_PREC_YEAR))))
        {
          g_autofree char *when = sl_time_describe_interval (t0, t1);
          g_autofree char *line = g_strdup_printf (_("Means %s"), when);

          gtk_label_set_label (GTK_LABEL (req->preview), line);
          gtk_widget_remove_css_class (req->preview, "error");
        }
      else
        {
          if (req->plain_date)
            gtk_label_set_label (GTK_LABEL (req->preview),
                                 value && *value ? _("Not a day, month or year: write it as "
                                                     "2024-06-12, 12 June 2024, 2024-06 or 2024")
                                                 : _("Write the date as 2024-06-12, 12 June 2024, "
                                                     "2024-06 or 2024"));
          else
            gtk_label_set_label (GTK_LABEL (req->preview),
                                 value && *value ? _("Not a date: write it as 2024-03-28, "
                                                     "28 March 2024, 2024-03, 2024-Q1 or 2024")
                                                 : _("Write the date as 2024-03-28, 28 March 2024, "
                                                     "2024-03, 2024-Q1 or 2024"));
          gtk_widget_add_css_class (req->preview, "error");
          ok = FALSE;
        }
    }
  if (req->first != NULL && req->second == NULL
      && gtk_drop_down_get_selected (GTK_DROP_DOWN (req->first)) == GTK_INVALID_LIST_POSITION)
    ok = FALSE;
  adw_message_dialog_set_response_enabled (dialog, "apply", ok);
}

static void
response_cb (AdwMessageDialog *dialog, const char *response, gpointer data)
{
  Request *req = g_object_get_data (G_OBJECT (dialog), "sl-request");
  g_autofree char *text = NULL;
  g_autofree char *value = NULL;
  gint64 number;

  if (g_strcmp0 (response, "apply") != 0
      || !adw_message_dialog_get_response_enabled (dialog, "apply"))
    return;
  text = get_text (req);
  value = get_value (req);
  if (req->value != NULL)
    number = get_mod (req);
  else if (req->first != NULL && req->second == NULL)
    number = gtk_drop_down_get_selected (GTK_DROP_DOWN (req->first));
  else
    number = 0;
  if (text != NULL && *text == '\0')
    g_clear_pointer (&text, g_free);
  req->func (text, value, number, req->user_data);
}

static AdwMessageDialog *
new_dialog (GtkWindow *parent, const char *heading, const char *body, const char *apply_label,
            SlEditDialogFunc func, gpointer user_data, GDestroyNotify destroy, Request **out)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));
  Request *req = g_new0 (Request, 1);

  req->func = func;
  req->user_data = user_data;
  req->destroy = destroy;
  g_object_set_data_full (G_OBJECT (dialog), "sl-request", req, (GDestroyNotify) request_free);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "apply", apply_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "apply");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), NULL);
  *out = req;
  return dialog;
}

static void
changed_cb (GObject *widget, GParamSpec *pspec, AdwMessageDialog *dialog)
{
  validate (dialog);
}

static void
editable_changed_cb (GtkEditable *editable, AdwMessageDialog *dialog)
{
  validate (dialog);
}

/* Enter in an entry applies, as the default button would. */
static void
entry_activate_cb (GtkEntry *entry, AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "apply"))
    {
      adw_message_dialog_response (dialog, "apply");
      /* a response button closes the dialog itself; so must Enter */
      gtk_window_close (GTK_WINDOW (dialog));
    }
}

static GtkWidget *
new_entry (AdwMessageDialog *dialog, const char *initial, const char *accessible_name)
{
  GtkWidget *entry = gtk_entry_new ();

  if (initial != NULL)
    gtk_editable_set_text (GTK_EDITABLE (entry), initial);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_name, -1);
  g_signal_connect (entry, "changed", G_CALLBACK (editable_changed_cb), dialog);
  g_signal_connect (entry, "activate", G_CALLBACK (entry_activate_cb), dialog);
  return entry;
}

static GtkWidget *
caption (const char *text, GtkWidget *mnemonic_widget)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_add_css_class (label, "heading");
  if (mnemonic_widget)
    gtk_label_set_mnemonic_widget (GTK_LABEL (label), mnemonic_widget);
  return label;
}

static void
present (AdwMessageDialog *dialog, GtkWidget *box, GtkWidget *focus)
{
  adw_message_dialog_set_extra_child (dialog, box);
  validate (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  if (focus)
    gtk_widget_grab_focus (focus);
}

GtkWindow *
sl_edit_dialog_text (GtkWindow *parent, const char *heading, const char *body,
                     const char *initial, const char *apply_label, gboolean multiline,
                     gboolean allow_empty, SlEditDialogFunc func, gpointer user_data,
                     GDestroyNotify destroy)
{
  Request *req;
  AdwMessageDialog *dialog = new_dialog (parent, heading, body, apply_label, func, user_data,
                                         destroy, &req);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  req->allow_empty = allow_empty;
  if (multiline)
    {
      GtkWidget *scroller = gtk_scrolled_window_new ();
      GtkTextBuffer *buffer;

      req->text = gtk_text_view_new ();
      gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (req->text), GTK_WRAP_WORD_CHAR);
      gtk_text_view_set_top_margin (GTK_TEXT_VIEW (req->text), 6);
      gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (req->text), 6);
      gtk_text_view_set_left_margin (GTK_TEXT_VIEW (req->text), 6);
      gtk_text_view_set_right_margin (GTK_TEXT_VIEW (req->text), 6);
      gtk_accessible_update_property (GTK_ACCESSIBLE (req->text), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      heading, -1);
      buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (req->text));
      if (initial != NULL)
        gtk_text_buffer_set_text (buffer, initial, -1);
      g_signal_connect_object (buffer, "changed", G_CALLBACK (editable_changed_cb), dialog, 0);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), req->text);
      gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 96);
      gtk_widget_add_css_class (scroller, "card");
      gtk_box_append (GTK_BOX (box), scroller);
    }
  else
    {
      req->text = new_entry (dialog, initial, heading);
      gtk_box_append (GTK_BOX (box), req->text);
    }
  present (dialog, box, req->text);
  return GTK_WINDOW (dialog);
}

GtkWindow *
sl_edit_dialog_date (GtkWindow *parent, const char *heading, const char *body,
                     gboolean with_label, const char *initial_label, const char *initial_value,
                     SlMod initial_mod, SlEditDialogFunc func, gpointer user_data,
                     GDestroyNotify destroy)
{
  Request *req;
  AdwMessageDialog *dialog = new_dialog (parent, heading, body,
                                         with_label ? _("_Add") : _("_Apply"), func, user_data,
                                         destroy, &req);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);

  if (with_label)
    {
      req->text = new_entry (dialog, initial_label, _("What happened"));
      gtk_box_append (GTK_BOX (box), caption (_("_What happened"), req->text));
      gtk_box_append (GTK_BOX (box), req->text);
    }

  for (guint i = 0; i < G_N_ELEMENTS (mods); i++)
    gtk_string_list_append (names, _(mods[i].label));
  req->mod = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (req->mod), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Qualifier"), -1);
  for (guint i = 0; i < G_N_ELEMENTS (mods); i++)
    if (mods[i].mod == initial_mod)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (req->mod), i);
  g_signal_connect (req->mod, "notify::selected", G_CALLBACK (changed_cb), dialog);

  req->value = new_entry (dialog, initial_value, _("Date"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (req->value), "2024-03-28");
  gtk_widget_set_hexpand (req->value, TRUE);
  gtk_box_append (GTK_BOX (row), req->mod);
  gtk_box_append (GTK_BOX (row), req->value);
  gtk_box_append (GTK_BOX (box), caption (_("_Date"), req->value));
  gtk_box_append (GTK_BOX (box), row);

  req->preview = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (req->preview), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (req->preview), TRUE);
  gtk_widget_add_css_class (req->preview, "caption");
  gtk_box_append (GTK_BOX (box), req->preview);

  present (dialog, box, with_label ? req->text : req->value);
  return GTK_WINDOW (dialog);
}

GtkWindow *
sl_edit_dialog_day (GtkWindow *parent, const char *heading, const char *body,
                    const char *initial_value, SlEditDialogFunc func, gpointer user_data,
                    GDestroyNotify destroy)
{
  Request *req;
  AdwMessageDialog *dialog = new_dialog (parent, heading, body, _("_Apply"), func, user_data,
                                         destroy, &req);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  req->plain_date = TRUE;
  req->value = new_entry (dialog, initial_value, _("Date"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (req->value), "2024-06-12");
  gtk_box_append (GTK_BOX (box), caption (_("_Date"), req->value));
  gtk_box_append (GTK_BOX (box), req->value);

  req->preview = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (req->preview), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (req->preview), TRUE);
  gtk_widget_add_css_class (req->preview, "caption");
  gtk_box_append (GTK_BOX (box), req->preview);

  present (dialog, box, req->value);
  return GTK_WINDOW (dialog);
}

GtkWindow *
sl_edit_dialog_grade (GtkWindow *parent, const char *source_name, const char *initial,
                      SlEditDialogFunc func, gpointer user_data, GDestroyNotify destroy)
{
  static const char *const reliability[] = {
    N_("A — Completely reliable"), N_("B — Usually reliable"), N_("C — Fairly reliable"),
    N_("D — Not usually reliable"), N_("E — Unreliable"), N_("F — Reliability cannot be judged"),
  };
  static const char *const credibility[] = {
    N_("1 — Confirmed by other sources"), N_("2 — Probably true"), N_("3 — Possibly true"),
    N_("4 — Doubtful"), N_("5 — Improbable"), N_("6 — Truth cannot be judged"),
  };
  g_autofree char *heading = g_strdup_printf (_("Grade “%s”"), source_name);
  Request *req;
  AdwMessageDialog *dialog = new_dialog (parent, heading,
                                         _("The Admiralty grade: how reliable the source has "
                                           "been, and how credible this information is."),
                                         _("_Grade"), func, user_data, destroy, &req);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autoptr (GtkStringList) r = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) c = gtk_string_list_new (NULL);

  for (guint i = 0; i < 6; i++)
    {
      gtk_string_list_append (r, _(reliability[i]));
      gtk_string_list_append (c, _(credibility[i]));
    }
  req->first = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (r)), NULL);
  req->second = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (c)), NULL);
  if (initial != NULL && strlen (initial) == 2)
    {
      if (initial[0] >= 'A' && initial[0] <= 'F')
        gtk_drop_down_set_selected (GTK_DROP_DOWN (req->first), initial[0] - 'A');
      if (initial[1] >= '1' && initial[1] <= '6')
        gtk_drop_down_set_selected (GTK_DROP_DOWN (req->second), initial[1] - '1');
    }
  else
    {
      /* F6, "cannot be judged", is what an ungraded source honestly is */
      gtk_drop_down_set_selected (GTK_DROP_DOWN (req->first), 5);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (req->second), 5);
    }
  gtk_box_append (GTK_BOX (box), caption (_("_Reliability of the source"), req->first));
  gtk_box_append (GTK_BOX (box), req->first);
  gtk_box_append (GTK_BOX (box), caption (_("_Credibility of the information"), req->second));
  gtk_box_append (GTK_BOX (box), req->second);
  present (dialog, box, req->first);
  return GTK_WINDOW (dialog);
}

GtkWindow *
sl_edit_dialog_choose (GtkWindow *parent, const char *heading, const char *body,
                       const char *const *names, const char *apply_label,
                       SlEditDialogFunc func, gpointer user_data, GDestroyNotify destroy)
{
  Request *req;
  AdwMessageDialog *dialog = new_dialog (parent, heading, body, apply_label, func, user_data,
                                         destroy, &req);
  g_autoptr (GtkStringList) list = gtk_string_list_new (names);
  GtkExpression *expr = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  req->first = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (list)), expr);
  /* long lists of sources: type to find one */
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (req->first), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (req->first), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  heading, -1);
  g_signal_connect (req->first, "notify::selected", G_CALLBACK (changed_cb), dialog);
  present (dialog, req->first, req->first);
  return GTK_WINDOW (dialog);
}

GtkWidget *
sl_edit_dialog_get_text_widget (GtkWindow *dialog)
{
  Request *req = g_object_get_data (G_OBJECT (dialog), "sl-request");

  return req ? req->text : NULL;
}

GtkWidget *
sl_edit_dialog_get_value_widget (GtkWindow *dialog)
{
  Request *req = g_object_get_data (G_OBJECT (dialog), "sl-request");

  return req ? (req->value ? req->value : req->first) : NULL;
}
