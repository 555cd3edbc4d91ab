/* sl-application.c: one window per activation or per set of opened files; app-wide actions
 * and the keyboard accelerators of every window action. */
#include "config.h"

#include "sl-application.h"
#include "sl-window.h"

struct _SlApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (SlApplication, sl_application, ADW_TYPE_APPLICATION)

static void
sl_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      SlWindow *win = sl_window_new (GTK_APPLICATION (app));

      /* a first run shows something worth looking at rather than an empty frame */
      sl_window_open_sample (win);
      window = GTK_WINDOW (win);
    }
  gtk_window_present (window);
}

static void
sl_application_open (GApplication *app, GFile **files, int n_files, const char *hint)
{
  SlWindow *win = sl_window_new (GTK_APPLICATION (app));

  sl_window_open_files (win, files, (guint) n_files);
  gtk_window_present (GTK_WINDOW (win));
}

static void
quit_action_cb (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
new_window_action_cb (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SlWindow *win = sl_window_new (GTK_APPLICATION (user_data));

  sl_window_open_sample (win);
  gtk_window_present (GTK_WINDOW (win));
}

static void
about_action_cb (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Sourceline developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-name", "Sourceline",
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "comments", "See dated events from news articles on a timeline, "
                                    "linked to who said what, through whom.",
                        "developers", developers,
                        "license-type", GTK_LICENSE_GPL_3_0,
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { .name = "quit", .activate = quit_action_cb },
  { .name = "new-window", .activate = new_window_action_cb },
  { .name = "about", .activate = about_action_cb },
};

static void
sl_application_startup (GApplication *app)
{
  static const struct
  {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.new-window", { "<Control>n", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.export", { "<Control>e", NULL } },
    { "win.zoom-fit", { "<Control>0", NULL } },
    { "win.zoom-in", { "<Control>plus", "<Control>equal", NULL } },
    { "win.zoom-out", { "<Control>minus", NULL } },
    { "win.show-details", { "F9", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
  };

  G_APPLICATION_CLASS (sl_application_parent_class)->startup (app);
  gtk_window_set_default_icon_name (APPLICATION_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action,
                                           accels[i].accels);
}

static void
sl_application_class_init (SlApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = sl_application_activate;
  app_class->open = sl_application_open;
  app_class->startup = sl_application_startup;
}

static void
sl_application_init (SlApplication *self)
{
}

SlApplication *
sl_application_new (void)
{
  return g_object_new (SL_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/org/sourceline/Sourceline",
                       NULL);
}
