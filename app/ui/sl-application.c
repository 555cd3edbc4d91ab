/* sl-application.c: one window per activation or per set of opened files; app-wide actions
 * (present, preferences, about, new window, quit), the keyboard accelerators of every window
 * action, the settings and the colour scheme they choose. */
#include "config.h"

#ifndef GETTEXT_PACKAGE
#define GETTEXT_PACKAGE "sourceline"
#endif

#include <glib/gi18n.h>

#include "sl-application.h"
#include "sl-preferences.h"
#include "sl-window.h"

struct _SlApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;      /* NULL when the schema is not installed */
  SlTheme         theme;
  SlPresentation *presentation;  /* weak */
  GtkWindow      *preferences;   /* weak */
};

G_DEFINE_FINAL_TYPE (SlApplication, sl_application, ADW_TYPE_APPLICATION)

enum
{
  PROP_0,
  PROP_THEME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const theme_nicks[] = { "follow", "light", "dark" };

/* Settings */

/* The settings when the installed schema has the keys this build reads; an older or missing
 * schema means defaults, never an abort. */
static GSettings *
load_settings (void)
{
  static const char *const keys[] = { "theme", "lane-mode", "export-format", "export-view",
                                      "export-width", "export-height", "export-scale",
                                      "export-dark" };
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL)
    {
      g_debug ("The settings schema %s is not installed: settings keep their defaults "
               "and are not saved", APPLICATION_ID);
      return NULL;
    }
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if (!g_settings_schema_has_key (schema, keys[i]))
      {
        g_debug ("The installed settings schema %s has no key “%s”: settings keep their "
                 "defaults and are not saved", APPLICATION_ID, keys[i]);
        return NULL;
      }
  return g_settings_new_full (schema, NULL, NULL);
}

static void
apply_theme (SlApplication *self, SlTheme theme)
{
  static const AdwColorScheme schemes[] = {
    [SL_THEME_FOLLOW] = ADW_COLOR_SCHEME_DEFAULT,
    [SL_THEME_LIGHT] = ADW_COLOR_SCHEME_FORCE_LIGHT,
    [SL_THEME_DARK] = ADW_COLOR_SCHEME_FORCE_DARK,
  };

  if (theme > SL_THEME_DARK)
    theme = SL_THEME_FOLLOW;
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), schemes[theme]);
  if (self->theme != theme)
    {
      self->theme = theme;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_THEME]);
    }
}

static void
theme_changed_cb (GSettings *settings, const char *key, SlApplication *self)
{
  apply_theme (self, (SlTheme) g_settings_get_enum (settings, "theme"));
}

static SlWindow *
new_window (SlApplication *self)
{
  /* the window reads its own settings (size, panes, lanes) */
  return sl_window_new (GTK_APPLICATION (self));
}

/* The main window a window-level command is meant for: the active one, else the one used
 * last (the Preferences or a presentation may be the active window). */
static SlWindow *
target_window (SlApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (SL_IS_WINDOW (l->data))
      return l->data;
  return NULL;
}

/* GApplication */

static void
sl_application_activate (GApplication *app)
{
  SlApplication *self = SL_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      SlWindow *win = new_window (self);

      /* a first run shows something worth looking at rather than an empty frame */
      sl_window_open_sample (win);
      window = GTK_WINDOW (win);
    }
  gtk_window_present (window);
}

static void
sl_application_open (GApplication *app, GFile **files, int n_files, const char *hint)
{
  SlWindow *win = new_window (SL_APPLICATION (app));

  sl_window_open_files (win, files, (guint) n_files);
  gtk_window_present (GTK_WINDOW (win));
}

/* Actions */

static void
quit_action_cb (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
new_window_action_cb (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SlWindow *win = new_window (SL_APPLICATION (user_data));

  sl_window_open_sample (win);
  gtk_window_present (GTK_WINDOW (win));
}

static void
present_action_cb (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SlApplication *self = SL_APPLICATION (user_data);
  SlWindow *win = target_window (self);
  SlPresentationScope scope = SL_PRESENTATION_AUTO;

  if (param != NULL && g_str_equal (g_variant_get_string (param, NULL), "lane"))
    scope = SL_PRESENTATION_LANE;
  else if (param != NULL && g_str_equal (g_variant_get_string (param, NULL), "all"))
    scope = SL_PRESENTATION_ALL;
  if (win != NULL)
    sl_application_present (self, win, scope);
}

static void
preferences_action_cb (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  sl_application_show_preferences (SL_APPLICATION (user_data));
}

static void
about_action_cb (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Sourceline developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-name", _("Sourceline"),
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Sourceline developers"),
                        "comments", _("See dated events from news articles on a timeline, "
                                      "linked to who said what, through whom."),
                        "developers", developers,
                        /* TRANSLATORS: your name, to be credited in the About window */
                        "translator-credits", _("translator-credits"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { .name = "quit", .activate = quit_action_cb },
  { .name = "new-window", .activate = new_window_action_cb },
  { .name = "present", .activate = present_action_cb },
  /* "lane": the selected event's lane; "all": every event, whatever is emphasised */
  { .name = "present-scope", .activate = present_action_cb, .parameter_type = "s" },
  { .name = "preferences", .activate = preferences_action_cb },
  { .name = "about", .activate = about_action_cb },
};

static void
sl_application_startup (GApplication *app)
{
  SlApplication *self = SL_APPLICATION (app);
  static const struct
  {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.new-window", { "<Control>n", NULL } },
    { "app.present", { "F5", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.export", { "<Control>e", NULL } },
    { "win.zoom-fit", { "<Control>0", NULL } },
    { "win.zoom-in", { "<Control>plus", "<Control>equal", NULL } },
    { "win.zoom-out", { "<Control>minus", NULL } },
    { "win.show-details", { "F9", NULL } },
    { "win.show-graph", { "<Control>F9", NULL } },
    { "win.show-detail-pane", { "<Shift>F9", NULL } },
    { "win.show-help-overlay", { "<Control>question", "F1", NULL } },
  };

  G_APPLICATION_CLASS (sl_application_parent_class)->startup (app);
  gtk_window_set_default_icon_name (APPLICATION_ID);

  self->settings = load_settings ();
  if (self->settings != NULL)
    {
      g_signal_connect_object (self->settings, "changed::theme", G_CALLBACK (theme_changed_cb),
                               self, 0);
      apply_theme (self, (SlTheme) g_settings_get_enum (self->settings, "theme"));
    }

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action,
                                           accels[i].accels);
}

static void
sl_application_shutdown (GApplication *app)
{
  SlApplication *self = SL_APPLICATION (app);

  /* write pending changes before the process ends */
  if (self->settings != NULL)
    g_settings_sync ();
  G_APPLICATION_CLASS (sl_application_parent_class)->shutdown (app);
}

/* GObject */

static void
sl_application_dispose (GObject *object)
{
  SlApplication *self = SL_APPLICATION (object);

  g_clear_weak_pointer (&self->presentation);
  g_clear_weak_pointer (&self->preferences);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (sl_application_parent_class)->dispose (object);
}

static void
sl_application_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SlApplication *self = SL_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_THEME:
      g_value_set_uint (value, self->theme);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_application_set_property (GObject *object, guint prop_id, const GValue *value,
                             GParamSpec *pspec)
{
  SlApplication *self = SL_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_THEME:
      sl_application_set_theme (self, (SlTheme) g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_application_class_init (SlApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = sl_application_dispose;
  object_class->get_property = sl_application_get_property;
  object_class->set_property = sl_application_set_property;

  app_class->activate = sl_application_activate;
  app_class->open = sl_application_open;
  app_class->startup = sl_application_startup;
  app_class->shutdown = sl_application_shutdown;

  /* an SlTheme */
  properties[PROP_THEME] =
    g_param_spec_uint ("theme", NULL, NULL, SL_THEME_FOLLOW, SL_THEME_DARK, SL_THEME_FOLLOW,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sl_application_init (SlApplication *self)
{
  self->theme = SL_THEME_FOLLOW;
}

/* Public API */

SlApplication *
sl_application_new (void)
{
  return g_object_new (SL_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/org/sourceline/Sourceline",
                       NULL);
}

GSettings *
sl_application_get_settings (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), NULL);
  return self->settings;
}

SlTheme
sl_application_get_theme (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), SL_THEME_FOLLOW);
  return self->theme;
}

void
sl_application_set_theme (SlApplication *self, SlTheme theme)
{
  g_return_if_fail (SL_IS_APPLICATION (self));
  g_return_if_fail (theme <= SL_THEME_DARK);

  /* the settings' change signal applies it; without settings it is applied here */
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "theme", theme_nicks[theme]);
  apply_theme (self, theme);
}

static void
presentation_destroy_cb (GtkWidget *widget, SlApplication *self)
{
  if (self->presentation == SL_PRESENTATION (widget))
    g_clear_weak_pointer (&self->presentation);
}

SlPresentation *
sl_application_present (SlApplication *self, SlWindow *window, SlPresentationScope scope)
{
  SlPresentation *presentation;

  g_return_val_if_fail (SL_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (SL_IS_WINDOW (window), NULL);

  /* one at a time: F5 again (a clicker's start button) keeps the one running */
  if (self->presentation != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->presentation));
      return self->presentation;
    }
  presentation = sl_presentation_new (window, scope);
  if (presentation == NULL)
    return NULL;
  g_set_weak_pointer (&self->presentation, presentation);
  g_signal_connect_object (presentation, "destroy", G_CALLBACK (presentation_destroy_cb), self, 0);
  sl_presentation_start (presentation);
  return presentation;
}

SlPresentation *
sl_application_get_presentation (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), NULL);
  return self->presentation;
}

GtkWindow *
sl_application_show_preferences (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), NULL);

  if (self->preferences == NULL)
    {
      GtkWindow *parent = GTK_WINDOW (target_window (self));
      GtkWindow *prefs = GTK_WINDOW (sl_preferences_new (self));

      if (parent != NULL)
        gtk_window_set_transient_for (prefs, parent);
      g_set_weak_pointer (&self->preferences, prefs);
    }
  gtk_window_present (self->preferences);
  return self->preferences;
}
