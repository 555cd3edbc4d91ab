/* test-preferences.c: the Preferences window, the colour scheme it sets, the settings it
 * saves and what new windows take from them; the app-level shortcuts and the shortcuts
 * window that lists them; the About window. Without the settings schema the app runs on
 * defaults instead of aborting. Runs in-process under Xvfb. */
#include "config.h"

#include <adwaita.h>
#include <string.h>
#include <glib/gstdio.h>

#include "ui/sl-application.h"
#include "ui/sl-preferences.h"
#include "ui/sl-window.h"

#include "gui-fixture.h"


static void
assert_setting (GSettings *settings, const char *key, const char *expected)
{
  g_autofree char *value = g_settings_get_string (settings, key);

  g_assert_cmpstr (value, ==, expected);
}
static SlApplication *app;

static gpointer
template_child (gpointer widget, const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), SL_TYPE_PREFERENCES, name);

  g_assert_nonnull (child);
  return child;
}

static SlPreferences *
open_preferences (void)
{
  GtkWindow *prefs;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  prefs = sl_application_show_preferences (app);
  g_assert_true (SL_IS_PREFERENCES (prefs));
  while (!gtk_widget_get_mapped (GTK_WIDGET (prefs)))
    g_main_context_iteration (NULL, TRUE);
  return SL_PREFERENCES (prefs);
}

static void
test_theme_changes_color_scheme (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  GSettings *settings = sl_application_get_settings (app);
  SlPreferences *prefs;
  AdwComboRow *row;

  g_assert_nonnull (settings);
  prefs = open_preferences ();
  row = template_child (prefs, "theme_row");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, SL_THEME_FOLLOW);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);

  /* Dark: the style manager is forced dark, and it is saved */
  adw_combo_row_set_selected (row, SL_THEME_DARK);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (style));
  g_assert_cmpint (g_settings_get_enum (settings, "theme"), ==, SL_THEME_DARK);
  g_assert_cmpint (sl_application_get_theme (app), ==, SL_THEME_DARK);

  /* Light */
  adw_combo_row_set_selected (row, SL_THEME_LIGHT);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_false (adw_style_manager_get_dark (style));
  g_assert_cmpint (g_settings_get_enum (settings, "theme"), ==, SL_THEME_LIGHT);

  /* a change made elsewhere (gsettings, another instance) shows and applies here too */
  g_settings_set_string (settings, "theme", "dark");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, SL_THEME_DARK);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_DARK);

  /* Follow System hands the choice back to the desktop */
  adw_combo_row_set_selected (row, SL_THEME_FOLLOW);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);
  assert_setting (settings, "theme", "follow");

  gtk_window_destroy (GTK_WINDOW (prefs));
}

static void
test_dark_theme_reaches_the_views (void)
{
  SlWindow *window = sl_window_new (GTK_APPLICATION (app));

  gtk_window_present (GTK_WINDOW (window));
  sl_application_set_theme (app, SL_THEME_DARK);
  g_assert_true (sl_timeline_view_get_dark (sl_window_get_timeline (window)));
  g_assert_true (sl_graph_view_get_dark (sl_window_get_graph (window)));
  sl_application_set_theme (app, SL_THEME_LIGHT);
  g_assert_false (sl_timeline_view_get_dark (sl_window_get_timeline (window)));
  g_assert_false (sl_graph_view_get_dark (sl_window_get_graph (window)));
  sl_application_set_theme (app, SL_THEME_FOLLOW);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_export_defaults_saved (void)
{
  GSettings *settings = sl_application_get_settings (app);
  SlPreferences *prefs = open_preferences ();

  /* the rows show what is stored */
  g_assert_cmpfloat (gtk_adjustment_get_value (template_child (prefs, "width_adjustment")), ==,
                     g_settings_get_int (settings, "export-width"));
  g_assert_cmpfloat (gtk_adjustment_get_value (template_child (prefs, "scale_adjustment")), ==,
                     g_settings_get_double (settings, "export-scale"));

  /* a 4K, double-density PDF of both views in dark colours */
  adw_combo_row_set_selected (template_child (prefs, "format_row"), 2);
  adw_combo_row_set_selected (template_child (prefs, "view_row"), 2);
  gtk_adjustment_set_value (template_child (prefs, "width_adjustment"), 3840);
  gtk_adjustment_set_value (template_child (prefs, "height_adjustment"), 2160);
  gtk_adjustment_set_value (template_child (prefs, "scale_adjustment"), 2.0);
  gtk_switch_set_active (template_child (prefs, "dark_switch"), TRUE);

  assert_setting (settings, "export-format", "pdf");
  assert_setting (settings, "export-view", "both");
  g_assert_cmpint (g_settings_get_int (settings, "export-width"), ==, 3840);
  g_assert_cmpint (g_settings_get_int (settings, "export-height"), ==, 2160);
  g_assert_cmpfloat (g_settings_get_double (settings, "export-scale"), ==, 2.0);
  g_assert_true (g_settings_get_boolean (settings, "export-dark"));

  /* reopened, the window shows them */
  gtk_window_destroy (GTK_WINDOW (prefs));
  prefs = open_preferences ();
  g_assert_cmpuint (adw_combo_row_get_selected (template_child (prefs, "format_row")), ==, 2);
  g_assert_cmpfloat (gtk_adjustment_get_value (template_child (prefs, "width_adjustment")), ==, 3840);
  g_assert_true (gtk_switch_get_active (template_child (prefs, "dark_switch")));
  gtk_window_destroy (GTK_WINDOW (prefs));

  g_settings_reset (settings, "export-format");
  g_settings_reset (settings, "export-view");
  g_settings_reset (settings, "export-width");
  g_settings_reset (settings, "export-height");
  g_settings_reset (settings, "export-scale");
  g_settings_reset (settings, "export-dark");
}

static void
test_lanes_for_new_windows (void)
{
  GSettings *settings = sl_application_get_settings (app);
  SlPreferences *prefs = open_preferences ();
  GtkWindow *window;

  adw_combo_row_set_selected (template_child (prefs, "lanes_row"), 1);
  assert_setting (settings, "lane-mode", "category");
  gtk_window_destroy (GTK_WINDOW (prefs));

  /* Ctrl+N's window groups its timeline by category */
  g_action_group_activate_action (G_ACTION_GROUP (app), "new-window", NULL);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (!SL_IS_WINDOW (window))
    window = gtk_application_get_windows (GTK_APPLICATION (app))->data;
  g_assert_true (SL_IS_WINDOW (window));
  g_assert_cmpint (sl_timeline_view_get_lane_mode (sl_window_get_timeline (SL_WINDOW (window))),
                   ==, SL_LANE_BY_CATEGORY);
  while (sl_window_get_loading (SL_WINDOW (window)))
    g_main_context_iteration (NULL, TRUE);
  gtk_window_destroy (window);
  g_settings_reset (settings, "lane-mode");
}

/* Every GtkShortcutsShortcut under widget. */
static void
collect_shortcuts (GtkWidget *widget, GPtrArray *out)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    g_ptr_array_add (out, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    collect_shortcuts (child, out);
}

static gboolean
listed (GPtrArray *shortcuts, const char *action, const char *accel)
{
  guint key, key2;
  GdkModifierType mods, mods2;

  gtk_accelerator_parse (accel, &key, &mods);
  for (guint i = 0; i < shortcuts->len; i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *accelerator = NULL;

      g_object_get (shortcuts->pdata[i], "action-name", &name, "accelerator", &accelerator, NULL);
      if (action != NULL && g_strcmp0 (name, action) == 0)
        return TRUE;
      if (accelerator != NULL)
        {
          g_auto (GStrv) parts = g_strsplit (accelerator, " ", -1);

          for (guint k = 0; parts[k]; k++)
            if (gtk_accelerator_parse (parts[k], &key2, &mods2)
                && gdk_keyval_to_lower (key2) == gdk_keyval_to_lower (key) && mods2 == mods)
              return TRUE;
        }
    }
  return FALSE;
}

static void
test_shortcuts (void)
{
  static const struct
  {
    const char *action, *accel;
  } expected[] = {
    { "app.quit", "<Control>q" },
    { "app.new-window", "<Control>n" },
    { "app.present", "F5" },
    { "app.preferences", "<Control>comma" },
    { "win.show-help-overlay", "<Control>question" },
    { "win.show-help-overlay", "F1" },
  };
  /* issue 10's shortcuts */
  static const char *const issue_keys[] = {
    "<Control>o", "<Control>i", "<Control>e", "<Control>f", "F5", "<Control>z", "<Control>0",
    "<Control>plus", "<Control>minus", "<Control>question", "<Control>comma", "<Control>q",
    "<Control>n",
    /* the views' own keys: timeline, source graph, story list */
    "c", "<Control>a", "b", "Escape", "space", "bracketleft", "bracketright", "slash", "u",
    "<Control>b", "<Shift>F5", "<Alt>Up", "<Alt>Down", "Delete",
  };
  g_auto (GStrv) actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  SlWindow *window = sl_window_new (GTK_APPLICATION (app));
  GtkShortcutsWindow *overlay;
  g_autoptr (GPtrArray) shortcuts = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto (GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                     expected[i].action);
      g_assert_true (g_strv_contains ((const char *const *) accels, expected[i].accel));
    }

  /* the shortcuts window (Ctrl+? and F1) lists every accelerator the app sets, and the keys a
   * presentation answers to */
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  collect_shortcuts (GTK_WIDGET (overlay), shortcuts);
  g_assert_cmpuint (shortcuts->len, >, 0);
  for (guint i = 0; actions[i]; i++)
    {
      g_auto (GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                     actions[i]);
      g_autofree char *action = NULL;

      /* descriptions carry the target: "win.lane-mode::source" */
      action = g_strndup (actions[i], strcspn (actions[i], ":("));
      for (guint k = 0; accels[k]; k++)
        {
          if (!listed (shortcuts, action, accels[k]))
            g_error ("the shortcuts window does not list %s (%s)", accels[k], actions[i]);
        }
    }
  /* the issue's list, whoever binds them (the app or the window) */
  for (guint i = 0; i < G_N_ELEMENTS (issue_keys); i++)
    if (!listed (shortcuts, NULL, issue_keys[i]))
      g_error ("the shortcuts window does not list %s", issue_keys[i]);
  /* the pointer's own moves: a rubber band (Shift+drag) and a brush (drag on the axis) */
  {
    guint gestures = 0;

    for (guint i = 0; i < shortcuts->len; i++)
      {
        GtkShortcutType type;
        g_autofree char *subtitle = NULL;

        g_object_get (shortcuts->pdata[i], "shortcut-type", &type, "subtitle", &subtitle, NULL);
        if (type == GTK_SHORTCUT_GESTURE && subtitle != NULL && *subtitle != '\0')
          gestures++;
      }
    g_assert_cmpuint (gestures, >=, 2);
  }
  /* the window's own key bindings */
  {
    g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
    guint n_bindings = 0;

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

        if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
          continue;
        for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (controller)); k++)
          {
            g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), k);
            GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
            GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
            g_autofree char *accel = NULL;
            const char *name;

            if (!GTK_IS_NAMED_ACTION (action) || !GTK_IS_KEYVAL_TRIGGER (trigger))
              continue;
            name = gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
            if (!g_str_has_prefix (name, "win."))
              continue;
            accel = gtk_accelerator_name (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                                          gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)));
            n_bindings++;
            /* a binding added since the shortcuts window was written is reported, not failed:
             * the window grows its keys in its own files */
            if (!listed (shortcuts, NULL, accel))
              g_test_message ("not in the shortcuts window: %s (%s)", accel, name);
          }
      }
    g_test_message ("%u window key bindings checked", n_bindings);
  }
  g_assert_true (listed (shortcuts, NULL, "Page_Down"));
  g_assert_true (listed (shortcuts, NULL, "Page_Up"));
  g_assert_true (listed (shortcuts, NULL, "b"));
  g_assert_true (listed (shortcuts, NULL, "Escape"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_about (void)
{
  GtkWindow *about = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
    if (ADW_IS_ABOUT_WINDOW (l->data))
      about = l->data;
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_application_name (ADW_ABOUT_WINDOW (about)), ==,
                   "Sourceline");
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_window_get_application_icon (ADW_ABOUT_WINDOW (about)), ==,
                   APPLICATION_ID);
  gtk_window_destroy (about);
}

/* Run in a process of its own whose settings have no Sourceline schema. */
static void
test_no_schema_child (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  SlPreferences *prefs;

  if (sl_application_get_settings (app) != NULL)
    {
      g_test_skip ("the schema is installed on this machine");
      return;
    }
  prefs = open_preferences ();
  /* the window says the settings are not kept, and only the style can change */
  g_assert_true (gtk_widget_get_visible (template_child (prefs, "unsaved_group")));
  g_assert_false (gtk_widget_get_sensitive (template_child (prefs, "export_group")));
  g_assert_false (gtk_widget_get_sensitive (template_child (prefs, "timeline_group")));
  g_assert_cmpfloat (gtk_adjustment_get_value (template_child (prefs, "width_adjustment")), ==, 1600);
  adw_combo_row_set_selected (template_child (prefs, "theme_row"), SL_THEME_DARK);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_cmpint (sl_application_get_theme (app), ==, SL_THEME_DARK);
  gtk_window_destroy (GTK_WINDOW (prefs));

  /* and a new window still opens, on the default lanes */
  g_action_group_activate_action (G_ACTION_GROUP (app), "new-window", NULL);
  g_assert_nonnull (gtk_application_get_windows (GTK_APPLICATION (app)));
}

static void
test_no_schema (void)
{
  g_test_trap_subprocess ("/gui/preferences/no-schema/subprocess", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

int
main (int argc, char *argv[])
{
  g_autofree char *empty_dir = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);
  g_set_application_name ("Sourceline");
  /* nothing here reads the accessibility tree; a bus left behind by an earlier test of the
   * same session must not turn into a critical */
  g_setenv ("GTK_A11Y", "none", TRUE);
  if (g_test_subprocess ())
    {
      /* the build's schema out of reach: GTK's and the desktop's stay, as on a machine
       * where Sourceline runs from its build folder */
      empty_dir = g_dir_make_tmp ("sourceline-noschema-XXXXXX", NULL);
      g_setenv ("GSETTINGS_SCHEMA_DIR", empty_dir, TRUE);
    }
  else
    g_setenv ("GSETTINGS_SCHEMA_DIR", SL_SCHEMA_DIR, TRUE);

  if (!gui_init_display (FALSE))
    return 77;

  app = gui_register_app ();

  g_test_add_func ("/gui/preferences/theme-changes-color-scheme", test_theme_changes_color_scheme);
  g_test_add_func ("/gui/preferences/dark-theme-reaches-views", test_dark_theme_reaches_the_views);
  g_test_add_func ("/gui/preferences/export-defaults-saved", test_export_defaults_saved);
  g_test_add_func ("/gui/preferences/lanes-for-new-windows", test_lanes_for_new_windows);
  g_test_add_func ("/gui/preferences/no-schema", test_no_schema);
  g_test_add_func ("/gui/preferences/no-schema/subprocess", test_no_schema_child);
  g_test_add_func ("/gui/shortcuts/listed", test_shortcuts);
  g_test_add_func ("/gui/about", test_about);

  ret = g_test_run ();
  g_object_unref (app);
  if (empty_dir != NULL)
    g_rmdir (empty_dir);
  return ret;
}
