/* sl-preferences.c: the Preferences window. Rows are bound to the settings, so a change is
 * saved as it is made; the colour scheme goes through the application, which applies it. */
#include "config.h"

#ifndef GETTEXT_PACKAGE
#define GETTEXT_PACKAGE "sourceline"
#endif

#include <glib/gi18n.h>

#include "sl-preferences.h"

struct _SlPreferences
{
  AdwPreferencesWindow parent_instance;

  SlApplication       *app;

  AdwPreferencesGroup *unsaved_group;
  AdwPreferencesGroup *timeline_group;
  AdwPreferencesGroup *export_group;
  AdwComboRow         *theme_row;
  AdwComboRow         *lanes_row;
  AdwComboRow         *format_row;
  AdwComboRow         *view_row;
  GtkAdjustment       *width_adjustment;
  GtkAdjustment       *height_adjustment;
  GtkAdjustment       *scale_adjustment;
  GtkSwitch           *dark_switch;
};

G_DEFINE_FINAL_TYPE (SlPreferences, sl_preferences, ADW_TYPE_PREFERENCES_WINDOW)

/* The nicks of the schema's enums, in the order the rows list them. */
static const char *const lane_nicks[] = { "source", "category", "document", "actor", "none", NULL };
static const char *const format_nicks[] = { "png", "svg", "pdf", NULL };
static const char *const view_nicks[] = { "timeline", "graph", "both", "briefing", NULL };

/* An enum key's nick ↔ a combo row's position. */
static gboolean
nick_to_position (GValue *value, GVariant *variant, gpointer user_data)
{
  const char *const *nicks = user_data;
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; nicks[i]; i++)
    if (g_str_equal (nicks[i], nick))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
position_to_nick (const GValue *value, const GVariantType *type, gpointer user_data)
{
  const char *const *nicks = user_data;
  guint position = g_value_get_uint (value);

  if (position >= g_strv_length ((char **) nicks))
    return NULL;
  return g_variant_new_string (nicks[position]);
}

static void
bind_combo (GSettings *settings, const char *key, AdwComboRow *row, const char *const *nicks)
{
  g_settings_bind_with_mapping (settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                nick_to_position, position_to_nick, (gpointer) nicks, NULL);
}

static void
theme_row_changed_cb (AdwComboRow *row, GParamSpec *pspec, SlPreferences *self)
{
  guint selected = adw_combo_row_get_selected (row);

  if (selected <= SL_THEME_DARK && selected != sl_application_get_theme (self->app))
    sl_application_set_theme (self->app, (SlTheme) selected);
}

static void
app_theme_changed_cb (SlApplication *app, GParamSpec *pspec, SlPreferences *self)
{
  guint theme = sl_application_get_theme (app);

  if (adw_combo_row_get_selected (self->theme_row) != theme)
    adw_combo_row_set_selected (self->theme_row, theme);
}

static void
sl_preferences_dispose (GObject *object)
{
  SlPreferences *self = SL_PREFERENCES (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SL_TYPE_PREFERENCES);
  g_clear_object (&self->app);
  G_OBJECT_CLASS (sl_preferences_parent_class)->dispose (object);
}

static void
sl_preferences_class_init (SlPreferencesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sl_preferences_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/sourceline/Sourceline/ui/sl-preferences.ui");
  gtk_widget_class_bind_template_child (widget_class, SlPreferences, unsaved_group);
  gtk_widget_class_bind_template_child (widget_class, SlPreferences, timeline_group);
  gtk_widget_class_bind_template_child (widget_class, SlPreferences, export_group);
  gtk_widget_class_bind_template_child (widget_class, SlPreferences, theme_row);
  gtk_widget_class_bind_template_child (widget_class, SlPreferences, lanes_row);
  gtk_widget_class_bind_template_child (widget_class, SlPreferences, format_row);
  gtk_widget_class_bind_template_child (widget_class, SlPreferences, view_row);
  gtk_widget_class_bind_template_child (widget_class, SlPreferences, width_adjustment);
  gtk_widget_class_bind_template_child (widget_class, SlPreferences, height_adjustment);
  gtk_widget_class_bind_template_child (widget_class, SlPreferences, scale_adjustment);
  gtk_widget_class_bind_template_child (widget_class, SlPreferences, dark_switch);
}

static void
sl_preferences_init (SlPreferences *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

SlPreferences *
sl_preferences_new (SlApplication *app)
{
  SlPreferences *self;
  GSettings *settings;

  g_return_val_if_fail (SL_IS_APPLICATION (app), NULL);

  self = g_object_new (SL_TYPE_PREFERENCES, "application", app, NULL);
  self->app = g_object_ref (app);

  adw_combo_row_set_selected (self->theme_row, sl_application_get_theme (app));
  g_signal_connect_object (self->theme_row, "notify::selected",
                           G_CALLBACK (theme_row_changed_cb), self, 0);
  g_signal_connect_object (app, "notify::theme", G_CALLBACK (app_theme_changed_cb), self, 0);

  settings = sl_application_get_settings (app);
  if (settings != NULL)
    {
      bind_combo (settings, "lane-mode", self->lanes_row, lane_nicks);
      bind_combo (settings, "export-format", self->format_row, format_nicks);
      bind_combo (settings, "export-view", self->view_row, view_nicks);
      g_settings_bind (settings, "export-width", self->width_adjustment, "value",
                       G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "export-height", self->height_adjustment, "value",
                       G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "export-scale", self->scale_adjustment, "value",
                       G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "export-dark", self->dark_switch, "active",
                       G_SETTINGS_BIND_DEFAULT);
    }
  else
    {
      /* the rows show the defaults, which cannot be changed without somewhere to keep them */
      gtk_widget_set_visible (GTK_WIDGET (self->unsaved_group), TRUE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->timeline_group), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->export_group), FALSE);
    }
  return self;
}
