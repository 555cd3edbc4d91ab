/* Kill -9 during a large import, twenty times at random moments: the project always opens,
 * holds whole imports or none, and every earlier edit is intact. Drives the real
 * sourceline-cli ($SL_CLI) as a separate process. */
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "store/sl-project-store.h"

#define N_ARTICLES 400

static char *tmpdir;

static void
write_articles (const char *dir)
{
  static const char *const places[] = { "Seoul", "Tokyo", "Vladivostok", "Geneva", "New York" };

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  for (guint i = 0; i < N_ARTICLES; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/article-%03u.txt", dir, i);
      g_autofree char *text = g_strdup_printf (
        "Title: Report %u\nDate: 2024-05-%02u\nSource: Meridian Wire\n\n"
        "%s, May %u (Meridian Wire) – Officials said on Monday that talks number %u would "
        "resume next week. According to Yonhap news agency, the ministry estimates that "
        "%u containers were shipped since September 2023. Russia's Foreign Ministry said "
        "the accusations were baseless.\n",
        i, 1 + i % 28, places[i % G_N_ELEMENTS (places)], 1 + i % 28, i, 100 + i);
      g_assert_true (g_file_set_contents (path, text, -1, NULL));
    }
}

static gboolean
copy_file (const char *from, const char *to)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  return g_file_get_contents (from, &contents, &len, NULL)
         && g_file_set_contents (to, contents, len, NULL);
}

static void
test_kill_during_import (void)
{
  const char *cli = g_getenv ("SL_CLI");
  const char *data = g_getenv ("SL_DATA_DIR");
  g_autofree char *articles = g_build_filename (tmpdir, "articles", NULL);
  g_autofree char *base = g_build_filename (tmpdir, "base.sourceline", NULL);
  g_autofree char *samples = NULL;
  g_autofree char *edit_key = NULL;
  guint base_docs, completed = 0, interrupted = 0, rounds = 0;
  gint64 full_us, max_delay;
  GRand *rand = g_rand_new_with_seed (20240328);

  if (cli == NULL || data == NULL)
    {
      g_test_skip ("SL_CLI and SL_DATA_DIR are set by the test suite");
      return;
    }
  samples = g_build_filename (data, "samples", NULL);
  write_articles (articles);

  /* the base project: the samples, and an edit the analyst made */
  {
    const char *argv[] = { cli, "import", base, samples, NULL };
    int status;
    g_autoptr (GError) error = NULL;
    g_autoptr (SlProjectStore) store = NULL;
    g_autoptr (SlModel) model = NULL;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL,
                                 NULL, NULL, NULL, &status, &error));
    g_assert_no_error (error);
    store = sl_project_store_open (base, FALSE, &error);
    model = sl_project_store_load_model (store, NULL, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (sl_model_n_events (model), >, 0);
    base_docs = sl_model_n_docs (model);
    edit_key = sl_project_event_key (model, 0);
    g_assert_cmpint (sl_project_store_add_edit (store, model, SL_EDIT_EVENT_LABEL, edit_key,
                                                "Checked by the analyst", NULL, 0, &error), >, 0);
  }

  /* how long a whole import takes, so that kills land all through it */
  {
    g_autofree char *path = g_build_filename (tmpdir, "timing.sourceline", NULL);
    const char *argv[] = { cli, "import", path, articles, NULL };
    gint64 t0 = g_get_monotonic_time ();
    g_assert_true (copy_file (base, path));
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL,
                                 NULL, NULL, NULL, NULL, NULL));
    full_us = MAX (g_get_monotonic_time () - t0, 20000);
  }

  /* Kills land at random points of an import's time. An import that finished before its kill
   * (the machine was faster than when timed) halves the window, so that the test keeps
   * interrupting imports however busy the machine is, rather than proving nothing. */
  max_delay = MIN (full_us * 9 / 10, G_MAXINT32);
  for (guint round = 0; round < 80 && (round < 20 || interrupted < 10); round++)
    {
      g_autofree char *path = g_strdup_printf ("%s/round-%02u.sourceline", tmpdir, round);
      const char *argv[] = { cli, "import", path, articles, NULL };
      g_autoptr (GError) error = NULL;
      g_autoptr (SlProjectStore) store = NULL;
      g_autoptr (SlModel) model = NULL;
      g_autoptr (GPtrArray) edits = NULL;
      GPid pid;
      int status = 0;
      guint docs;

      rounds++;

      g_assert_true (copy_file (base, path));
      g_assert_true (g_spawn_async (NULL, (char **) argv, NULL,
                                    G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL
                                      | G_SPAWN_STDERR_TO_DEV_NULL,
                                    NULL, NULL, &pid, &error));
      g_usleep (g_rand_int_range (rand, 0, (gint32) MAX (max_delay, 1)));
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
      g_spawn_close_pid (pid);
      if (WIFSIGNALED (status))
        interrupted++;
      else
        max_delay /= 2;

      store = sl_project_store_open (path, FALSE, &error);
      g_assert_no_error (error);
      model = sl_project_store_load_model (store, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
      docs = sl_model_n_docs (model);
      /* the import is one transaction: all of it or none of it */
      g_assert_true (docs == base_docs || docs == base_docs + N_ARTICLES);
      completed += docs == base_docs + N_ARTICLES;
      edits = sl_project_store_list_edits (store, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (edits->len, ==, 1);
      g_assert_cmpstr (((SlEdit *) g_ptr_array_index (edits, 0))->value, ==, "Checked by the analyst");
      g_assert_cmpstr (sl_model_str (model, sl_model_event (model, 0)->label), ==,
                       "Checked by the analyst");
    }
  g_test_message ("%u rounds: %u killed mid-import, %u imports completed first", rounds,
                  interrupted, completed);
  /* the kills must really have interrupted imports, or the test proved nothing */
  g_assert_cmpuint (interrupted, >=, 10);
  g_rand_free (rand);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  tmpdir = g_dir_make_tmp ("sourceline-crash-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);
  g_test_add_func ("/store/kill-during-import", test_kill_during_import);
  return g_test_run ();
}
