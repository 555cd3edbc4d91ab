/* test-settings.c: the GSettings schema the window and the Preferences bind to. What a user
 * chose must come back as the same lanes, theme and export settings, and a fresh install must
 * propose the same image as `sourceline-cli export` does with no options. */
#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gio.h>
#include <gio/gsettingsbackend.h>

#include "export/sl-export.h"
#include "paint/sl-timeline-painter.h"
#include "paint/sl-graph-layout.h"

static GSettingsSchema *
load_schema (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GSettingsSchemaSource) source =
    g_settings_schema_source_new_from_directory (SL_SCHEMA_DIR, NULL, TRUE, &error);

  g_assert_no_error (error);
  return g_settings_schema_source_lookup (source, APPLICATION_ID, FALSE);
}

static GSettings *
new_settings (GSettingsSchema *schema)
{
  g_autoptr (GSettingsBackend) backend = g_memory_settings_backend_new ();

  return g_settings_new_full (schema, backend, NULL);
}

/* Every key the UI engineers were promised, with the type they bind it as. */
static void
test_keys (void)
{
  static const struct
  {
    const char *key;
    const char *type;
  } keys[] = {
    { "window-width", "i" },       { "window-height", "i" },     { "window-maximized", "b" },
    { "last-project", "s" },       { "lane-mode", "s" },         { "theme", "s" },
    { "export-format", "s" },      { "export-view", "s" },       { "export-width", "i" },
    { "export-height", "i" },      { "export-scale", "d" },      { "export-dark", "b" },
    { "graph-visible", "b" },      { "detail-visible", "b" },    { "main-paned-position", "i" },
    { "lower-paned-position", "i" }, { "graph-layout", "s" },
  };
  g_autoptr (GSettingsSchema) schema = load_schema ();

  g_assert_nonnull (schema);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autoptr (GSettingsSchemaKey) key = NULL;

      g_assert_true (g_settings_schema_has_key (schema, keys[i].key));
      key = g_settings_schema_get_key (schema, keys[i].key);
      g_assert_cmpstr (g_variant_type_peek_string (g_settings_schema_key_get_value_type (key)),
                       ==, keys[i].type);
    }
}

/* The lane mode chosen from the window's menu (its targets are these nicks) comes back as the
 * painter's own lane mode, and nothing else is accepted. */
static void
test_lane_mode (void)
{
  static const struct
  {
    const char *nick;
    SlLaneMode mode;
  } modes[] = {
    { "source", SL_LANE_BY_SOURCE },     { "category", SL_LANE_BY_CATEGORY },
    { "document", SL_LANE_BY_DOCUMENT }, { "actor", SL_LANE_BY_ACTOR },
    { "none", SL_LANE_NONE },
  };
  g_autoptr (GSettingsSchema) schema = load_schema ();
  g_autoptr (GSettings) settings = new_settings (schema);
  g_autoptr (GSettingsSchemaKey) key = g_settings_schema_get_key (schema, "lane-mode");
  g_autoptr (GVariant) bogus = g_variant_ref_sink (g_variant_new_string ("alphabetical"));

  g_assert_cmpint (g_settings_get_enum (settings, "lane-mode"), ==, SL_LANE_BY_SOURCE);
  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_assert_true (g_settings_set_string (settings, "lane-mode", modes[i].nick));
      g_assert_cmpint (g_settings_get_enum (settings, "lane-mode"), ==, modes[i].mode);
    }
  g_assert_false (g_settings_schema_key_range_check (key, bogus));
}

/* The graph pane's Chains/Network toggle: its nicks are the names the view's layout property
 * takes, they come back as the layout's own kinds, a fresh install draws chains, and a
 * choice survives a restart. */
static void
test_graph_layout (void)
{
  static const struct
  {
    const char *nick;
    SlGraphLayoutKind kind;
  } layouts[] = {
    { "layered", SL_GRAPH_LAYOUT_LAYERED }, { "force", SL_GRAPH_LAYOUT_FORCE },
  };
  g_autoptr (GSettingsSchema) schema = load_schema ();
  g_autoptr (GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr (GSettings) first = g_settings_new_full (schema, backend, NULL);
  g_autoptr (GSettings) second = NULL;
  g_autoptr (GSettingsSchemaKey) key = g_settings_schema_get_key (schema, "graph-layout");
  g_autoptr (GVariant) bogus = g_variant_ref_sink (g_variant_new_string ("circular"));

  g_assert_cmpint (g_settings_get_enum (first, "graph-layout"), ==, SL_GRAPH_LAYOUT_LAYERED);
  for (guint i = 0; i < G_N_ELEMENTS (layouts); i++)
    {
      g_assert_true (g_settings_set_string (first, "graph-layout", layouts[i].nick));
      g_assert_cmpint (g_settings_get_enum (first, "graph-layout"), ==, layouts[i].kind);
    }
  g_assert_false (g_settings_schema_key_range_check (key, bogus));

  g_assert_true (g_settings_set_string (first, "graph-layout", "force"));
  second = g_settings_new_full (schema, backend, NULL);
  g_assert_cmpint (g_settings_get_enum (second, "graph-layout"), ==, SL_GRAPH_LAYOUT_FORCE);
}

/* Theme: the desktop's style unless the user picks one; a choice survives a restart. */
static void
test_theme (void)
{
  g_autoptr (GSettingsSchema) schema = load_schema ();
  g_autoptr (GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr (GSettings) first = g_settings_new_full (schema, backend, NULL);
  g_autoptr (GSettings) second = NULL;
  g_autofree char *theme = NULL;

  theme = g_settings_get_string (first, "theme");
  g_assert_cmpstr (theme, ==, "follow");
  g_assert_true (g_settings_set_string (first, "theme", "dark"));
  second = g_settings_new_full (schema, backend, NULL);
  g_clear_pointer (&theme, g_free);
  theme = g_settings_get_string (second, "theme");
  g_assert_cmpstr (theme, ==, "dark");
}

/* A fresh install's export settings are the command line's defaults, and the nicks name the
 * same formats and views as `--format` and `--view`. */
static void
test_export_defaults (void)
{
  static const char *const formats[] = { "png", "svg", "pdf" };
  static const char *const views[] = { "timeline", "graph", "both", "briefing" };
  g_autoptr (GSettingsSchema) schema = load_schema ();
  g_autoptr (GSettings) settings = new_settings (schema);
  g_autoptr (GSettingsSchemaKey) width_key = g_settings_schema_get_key (schema, "export-width");
  g_autoptr (GVariant) largest = g_variant_ref_sink (g_variant_new_int32 (20000));
  g_autoptr (GVariant) too_large = g_variant_ref_sink (g_variant_new_int32 (20001));
  SlExportOptions opts;

  sl_export_options_init (&opts);
  g_assert_cmpint (g_settings_get_enum (settings, "export-format"), ==, opts.format);
  g_assert_cmpint (g_settings_get_enum (settings, "export-view"), ==, opts.view);
  g_assert_cmpint (g_settings_get_int (settings, "export-width"), ==, opts.width);
  g_assert_cmpint (g_settings_get_int (settings, "export-height"), ==, opts.height);
  g_assert_cmpfloat (g_settings_get_double (settings, "export-scale"), ==, opts.scale);
  g_assert_cmpint (g_settings_get_boolean (settings, "export-dark"), ==, opts.dark);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      SlExportFormat format;

      g_assert_true (sl_export_format_from_string (formats[i], &format));
      g_assert_true (g_settings_set_string (settings, "export-format", formats[i]));
      g_assert_cmpint (g_settings_get_enum (settings, "export-format"), ==, format);
    }
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      SlExportView view;

      g_assert_true (sl_export_view_from_string (views[i], &view));
      g_assert_true (g_settings_set_string (settings, "export-view", views[i]));
      g_assert_cmpint (g_settings_get_enum (settings, "export-view"), ==, view);
    }
  /* the same size limit as the command line */
  g_assert_true (g_settings_schema_key_range_check (width_key, largest));
  g_assert_false (g_settings_schema_key_range_check (width_key, too_large));
}

/* The window opens at the size its template gives when nothing was saved, not maximized, with
 * both panes shown and no project to reopen. */
static void
test_window_defaults (void)
{
  g_autoptr (GSettingsSchema) schema = load_schema ();
  g_autoptr (GSettings) settings = new_settings (schema);
  g_autofree char *last = g_settings_get_string (settings, "last-project");

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1320);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 920);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  g_assert_true (g_settings_get_boolean (settings, "graph-visible"));
  g_assert_true (g_settings_get_boolean (settings, "detail-visible"));
  g_assert_cmpstr (last, ==, "");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/desktop/settings/keys", test_keys);
  g_test_add_func ("/desktop/settings/lane-mode", test_lane_mode);
  g_test_add_func ("/desktop/settings/theme", test_theme);
  g_test_add_func ("/desktop/settings/graph-layout", test_graph_layout);
  g_test_add_func ("/desktop/settings/export-defaults", test_export_defaults);
  g_test_add_func ("/desktop/settings/window-defaults", test_window_defaults);
  return g_test_run ();
}
