/* test-locale-dates.c: the time axis writes months and weekdays in the user's language. A
 * child process runs with LC_TIME set to German — a locale installed on the system, or one
 * compiled for the test with localedef from the system's locale sources — and reads the
 * axis labels; with neither available the test says so and skips. */
#include <locale.h>
#include <string.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "paint/sl-timeline-painter.h"

#define GERMAN "de_DE.UTF-8"

/* In the C locale the labels are the English names, as before. */
static void
test_c_locale (void)
{
  SlTime t = sl_time_from_ymd (2024, 3, 15);
  char buf[128];

  g_assert_cmpstr (sl_axis_format (t, SL_AXIS_MONTH, 1, FALSE, buf, sizeof buf), ==, "Mar");
  g_assert_cmpstr (sl_axis_format (t, SL_AXIS_MONTH, 1, TRUE, buf, sizeof buf), ==, "March 2024");
  g_assert_cmpstr (sl_axis_format (t, SL_AXIS_DAY, 1, TRUE, buf, sizeof buf), ==,
                   "Fri 15 March 2024");
}

static void
test_german_child (void)
{
  SlTime t = sl_time_from_ymd (2024, 3, 15);
  char buf[128];

  /* the names are read once, at the first label: the locale is set before */
  g_assert_nonnull (setlocale (LC_CTYPE, "C.UTF-8"));
  g_assert_nonnull (setlocale (LC_TIME, GERMAN));
  g_assert_cmpstr (sl_axis_format (t, SL_AXIS_MONTH, 1, FALSE, buf, sizeof buf), ==, "Mär");
  g_assert_cmpstr (sl_axis_format (t, SL_AXIS_MONTH, 1, TRUE, buf, sizeof buf), ==, "März 2024");
  sl_axis_format (t, SL_AXIS_DAY, 1, TRUE, buf, sizeof buf);
  g_assert_nonnull (strstr (buf, "Fr"));
  g_assert_nonnull (strstr (buf, "März"));
  g_assert_null (strstr (buf, "March"));
  /* a month the languages spell alike stays itself */
  g_assert_cmpstr (sl_axis_format (sl_time_from_ymd (2024, 11, 1), SL_AXIS_MONTH, 1, TRUE, buf,
                                   sizeof buf), ==, "November 2024");
}

/* A German locale for the child: the installed one, or one compiled into a temporary folder
 * (LOCPATH) from the system's locale sources. NULL when there is neither. */
static char *
provide_german (char **why)
{
  const char *saved = setlocale (LC_TIME, NULL);
  g_autofree char *keep = g_strdup (saved);
  g_autofree char *localedef = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *target = NULL;
  g_autoptr (GError) error = NULL;
  int status = 0;

  if (setlocale (LC_TIME, GERMAN) != NULL)
    {
      setlocale (LC_TIME, keep);
      return g_strdup ("");
    }
  localedef = g_find_program_in_path ("localedef");
  if (localedef == NULL || !g_file_test ("/usr/share/i18n/locales/de_DE", G_FILE_TEST_EXISTS))
    {
      *why = g_strdup ("no German locale is installed and localedef or its sources are absent "
                       "(locale -a lists what there is)");
      return NULL;
    }
  dir = g_dir_make_tmp ("sl-locale-XXXXXX", &error);
  g_assert_no_error (error);
  target = g_build_filename (dir, GERMAN, NULL);
  {
    const char *argv[] = { localedef, "-i", "de_DE", "-f", "UTF-8", target, NULL };

    if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL
                       | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &error)
        || !g_spawn_check_wait_status (status, NULL))
      {
        *why = g_strdup_printf ("localedef could not compile %s", GERMAN);
        return NULL;
      }
  }
  return g_steal_pointer (&dir);
}

static void
remove_tree (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);
        remove_tree (child);
      }
  g_remove (path);
}

static void
test_german (void)
{
  g_autofree char *why = NULL;
  g_autofree char *locpath = provide_german (&why);

  if (locpath == NULL)
    {
      g_test_skip (why);
      return;
    }
  /* the child inherits the environment: glibc looks for the compiled locale there */
  if (*locpath != '\0')
    g_setenv ("LOCPATH", locpath, TRUE);
  g_test_trap_subprocess ("/paint/locale-dates/german/subprocess", 0,
                          G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_unsetenv ("LOCPATH");
  if (*locpath != '\0')
    remove_tree (locpath);
  g_test_trap_assert_passed ();
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/paint/locale-dates/c", test_c_locale);
  g_test_add_func ("/paint/locale-dates/german", test_german);
  g_test_add_func ("/paint/locale-dates/german/subprocess", test_german_child);
  return g_test_run ();
}
