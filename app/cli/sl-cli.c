/* sl-cli.c: argument parsing and the commands of docs/cli.md. */
#include "config.h"

#include "sl-cli.h"

#include <glib/gi18n-lib.h>
#include <glib-unix.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "export/sl-briefing.h"
#include "export/sl-briefing-merge.h"
#include "export/sl-data-export.h"
#include "export/sl-export.h"
#include "extract/sl-attribution.h"
#include "extract/sl-extract.h"
#include "ingest/sl-ingest.h"
#include "paint/sl-paint-style.h"
#include "paint/sl-timeline-painter.h"
#include "project/sl-import-job.h"
#include "project/sl-reextract.h"
#include "sl-cli-tag-timeml.h"
#include "sl-json-writer.h"
#include "store/sl-project-store.h"

#define EXIT_USAGE 2

/* marked for translation; printed through _() */
static const char *const usage_text =
  N_("Usage:\n"
  "  sourceline-cli extract [--dct YYYY-MM-DD] [--with-text] [--progress] FILE|DIR...\n"
  "  sourceline-cli tag-timeml [-o OUTDIR] FILE.tml...\n"
  "  sourceline-cli import [--progress] PROJECT.sourceline FILE|DIR...\n"
  "  sourceline-cli info PROJECT.sourceline\n"
  "  sourceline-cli reextract PROJECT.sourceline\n"
  "  sourceline-cli export PROJECT.sourceline|FILE... --view timeline|graph|both\n"
  "                 --format png|svg|pdf [--width W --height H --scale S | --dpi D\n"
  "                 --paper a4|a3|letter… --portrait --from DATE --to DATE --all\n"
  "                 --lanes source|category|document|actor|none --fold LANE,LANE…\n"
  "                 --dark --title TEXT --no-legend --no-footnotes] -o OUT\n"
  "  sourceline-cli export PROJECT.sourceline|FILE... --view briefing --format pdf\n"
  "                 [--paper 16:9|a4 --events ID,ID… | --story NAME --key-events N\n"
  "                 --from DATE --to DATE --fold CATEGORY,CATEGORY… --dark\n"
  "                 --title TEXT] -o OUT.pdf\n"
  "                 (the deck's overview is always laned by category)\n"
  "  sourceline-cli export-data PROJECT.sourceline|FILE...\n"
  "                 --format timelinejs|csv|graphml|timeml|ical [--from DATE --to DATE\n"
  "                 --title TEXT] -o OUT (a folder for timeml)\n"
  "\n"
  "Reads news articles (plain text or HTML) and prints what Sourceline finds in them:\n"
  "dated events, who said what and through whom.\n");

/* "FILE: reason" on stderr; a reason that already names the file is printed as it is. */
static void
file_error (const char *path, const GError *error)
{
  if (strstr (error->message, path) != NULL)
    fprintf (stderr, "%s\n", error->message);
  else
    fprintf (stderr, "%s: %s\n", path, error->message);
}

static int
usage_error (const char *fmt, ...) G_GNUC_PRINTF (1, 2);

static int
usage_error (const char *fmt, ...)
{
  va_list ap;
  g_autofree char *msg = NULL;

  va_start (ap, fmt);
  msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  fprintf (stderr, "sourceline-cli: %s\n\n%s", msg, _(usage_text));
  return EXIT_USAGE;
}

static gboolean
is_project_path (const char *path)
{
  return g_str_has_suffix (path, ".sourceline");
}

/* Progress of a long import on stderr: redrawn in place on a terminal, a line per file and
 * phase elsewhere (--progress into a log). Ctrl+C stops after the file being read; a second
 * Ctrl+C ends at once, and the project is still unchanged, as it is written only at the end. */
typedef struct
{
  gboolean   tty;
  GPtrArray *files;      /* expanded paths, in the order the job reads them */
  GArray    *sizes;      /* guint64 bytes of each */
  guint64    total_bytes, done_bytes;
  guint      done;
  gint64     started;
  gboolean   cancelling, drawn;
  GCancellable *cancellable;
  GMainLoop *loop;
  SlImportJob *job;
  SlModel   *model;
} Progress;

static char *
format_mb (guint64 bytes)
{
  return g_strdup_printf ("%.1f MB", bytes / 1048576.0);
}

static void
progress_draw (Progress *pr, const char *phase)
{
  guint secs = (guint) ((g_get_monotonic_time () - pr->started) / G_USEC_PER_SEC);
  g_autofree char *done = format_mb (pr->done_bytes);
  g_autofree char *total = format_mb (pr->total_bytes);
  g_autofree char *what = NULL;

  if (phase != NULL)
    what = g_strdup (phase);
  else if (pr->done < pr->files->len)
    {
      g_autofree char *name = g_path_get_basename (g_ptr_array_index (pr->files, pr->done));
      g_autofree char *size = format_mb (g_array_index (pr->sizes, guint64, pr->done));
      /* TRANSLATORS: a file name, its size */
      what = g_strdup_printf (_("reading and extracting %s (%s)"), name, size);
    }
  else
    what = g_strdup (_("done"));
  if (pr->tty)
    fputs ("\r\033[K", stderr);
  /* TRANSLATORS: files done of all, megabytes done of all, what is going on, minutes:seconds */
  fprintf (stderr, _("[%u/%u files, %s of %s] %s%s %u:%02u"), pr->done, pr->files->len, done, total,
           what, pr->cancelling ? _(", stopping after this file") : "", secs / 60, secs % 60);
  fputs (pr->tty ? "" : "\n", stderr);
  fflush (stderr);
  pr->drawn = TRUE;
}

static void
progress_end (Progress *pr)
{
  if (pr->tty && pr->drawn)
    fputs ("\r\033[K", stderr);
  pr->drawn = FALSE;
}

static void
progress_file_cb (guint done, guint total, const SlImportResult *result, gpointer user_data)
{
  Progress *pr = user_data;

  pr->done = done;
  pr->done_bytes = 0;
  for (guint i = 0; i < done && i < pr->sizes->len; i++)
    pr->done_bytes += g_array_index (pr->sizes, guint64, i);
  progress_draw (pr, NULL);
}

static gboolean
progress_tick_cb (gpointer user_data)
{
  progress_draw (user_data, NULL);
  return G_SOURCE_CONTINUE;
}

static gboolean
progress_interrupt_cb (gpointer user_data)
{
  Progress *pr = user_data;

  pr->cancelling = TRUE;
  g_cancellable_cancel (pr->cancellable);
  progress_draw (pr, NULL);
  return G_SOURCE_REMOVE; /* the next Ctrl+C ends the program */
}

static void
progress_job_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  Progress *pr = user_data;

  pr->model = sl_import_job_run_finish (pr->job, result, NULL);
  g_main_loop_quit (pr->loop);
}

/* Runs the job off this thread, drawing progress until it is done; NULL when cancelled. */
static SlModel *
run_with_progress (SlImportJob *job, const char *const *paths, guint n_paths)
{
  g_autoptr (GMainContext) context = g_main_context_new ();
  g_autoptr (GPtrArray) files = sl_ingest_expand_paths (paths, n_paths);
  g_autoptr (GArray) sizes = g_array_new (FALSE, TRUE, sizeof (guint64));
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GMainLoop) loop = NULL;
  GSource *tick, *interrupt;
  Progress pr = { 0 };

  for (guint i = 0; i < files->len; i++)
    {
      GStatBuf st;
      guint64 size = g_stat (g_ptr_array_index (files, i), &st) == 0 && S_ISREG (st.st_mode)
                       ? (guint64) st.st_size : 0;
      g_array_append_val (sizes, size);
      pr.total_bytes += size;
    }
  pr.tty = isatty (STDERR_FILENO);
  pr.files = files;
  pr.sizes = sizes;
  pr.started = g_get_monotonic_time ();
  pr.cancellable = cancellable;

  g_main_context_push_thread_default (context);
  pr.loop = loop = g_main_loop_new (context, FALSE);
  tick = g_timeout_source_new (pr.tty ? 250 : 10000);
  g_source_set_callback (tick, progress_tick_cb, &pr, NULL);
  g_source_attach (tick, context);
  interrupt = g_unix_signal_source_new (SIGINT);
  g_source_set_callback (interrupt, progress_interrupt_cb, &pr, NULL);
  g_source_attach (interrupt, context);
  progress_draw (&pr, NULL);
  pr.job = job;
  sl_import_job_run_async (job, cancellable, progress_file_cb, &pr, progress_job_done_cb, &pr);
  g_main_loop_run (loop);
  progress_end (&pr);
  g_source_destroy (tick);
  g_source_unref (tick);
  g_source_destroy (interrupt);
  g_source_unref (interrupt);
  g_main_context_pop_thread_default (context);
  if (pr.model == NULL)
    fprintf (stderr, _("Stopped: nothing was imported, and the project is unchanged.\n"));
  return pr.model;
}

/* Reads and extracts every article among paths (folders expanded), skipping what `known`
 * already holds; failures are named on stderr, the rest go on. With progress, the job runs on
 * a worker while stderr shows how far it is; NULL then means the user stopped it. */
static SlModel *
import_articles (const char *const *paths, guint n_paths, const SlDate *dct, SlModel *known,
                 gboolean progress, guint *imported, guint *duplicates, guint *failed)
{
  g_autoptr (SlImportJob) job = sl_import_job_new (paths, n_paths);
  GPtrArray *results;
  SlModel *model;

  if (dct && dct->prec != SL_PREC_NONE)
    sl_import_job_set_dct (job, dct);
  if (known)
    sl_import_job_skip_known (job, known);
  model = progress ? run_with_progress (job, paths, n_paths) : sl_import_job_run (job, NULL, NULL, NULL);
  results = sl_import_job_get_results (job);
  for (guint i = 0; i < results->len; i++)
    {
      const SlImportResult *r = g_ptr_array_index (results, i);
      if (r->status == SL_IMPORT_FAILED)
        fprintf (stderr, "%s: %s\n", r->path, r->reason);
      else if (r->note != NULL)
        fprintf (stderr, _("%s: note: %s\n"), r->path, r->note);
    }
  if (imported)
    *imported = sl_import_job_count (job, SL_IMPORT_IMPORTED);
  if (duplicates)
    *duplicates = sl_import_job_count (job, SL_IMPORT_DUPLICATE);
  *failed += sl_import_job_count (job, SL_IMPORT_FAILED);
  return model;
}

/* A project, or article files, → a model. Failures are named on stderr and counted. */
static SlModel *
load_inputs (const char *const *paths, guint n_paths, guint *failed)
{
  g_autoptr (GPtrArray) articles = g_ptr_array_new ();
  g_autoptr (SlModel) model = NULL;

  *failed = 0;
  for (guint i = 0; i < n_paths; i++)
    {
      if (is_project_path (paths[i]))
        {
          g_autoptr (GError) error = NULL;
          g_autoptr (SlProjectStore) store = sl_project_store_open (paths[i], FALSE, &error);

          if (model != NULL)
            {
              fprintf (stderr, _("%s: only one project can be read at a time\n"), paths[i]);
              (*failed)++;
              continue;
            }
          if (store)
            model = sl_project_store_load_model (store, NULL, NULL, NULL, &error);
          if (model == NULL)
            {
              file_error (paths[i], error);
              (*failed)++;
            }
        }
      else
        g_ptr_array_add (articles, (gpointer) paths[i]);
    }
  if (model == NULL)
    model = sl_model_new ();
  if (articles->len)
    {
      g_autoptr (SlModel) fresh = import_articles ((const char *const *) articles->pdata,
                                                   articles->len, NULL, model, FALSE, NULL, NULL,
                                                   failed);
      sl_model_append (model, fresh);
    }
  return g_steal_pointer (&model);
}

/* The "merged_events" of the extract JSON: every happening reported by more than one
 * article, with its mentions (event ids per article), how many articles report it, the
 * independent origins behind it and whether it is contested. Ids are those of "events",
 * "documents" and "sources". */
static JsonNode *
merged_events (SlModel *model)
{
  g_autoptr (SlEventMerge) merge = sl_event_merge_new (model);
  g_autoptr (JsonBuilder) b = json_builder_new ();
  g_autoptr (GArray) group = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) docs = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) origins = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint id = 0;

  json_builder_begin_array (b);
  for (guint32 e = 0; e < sl_model_n_events (model); e++)
    {
      SlEventMergeSummary sum;
      char grade[2] = { 0, 0 };

      if (sl_event_merge_primary (merge, e) != e)
        continue; /* each group once, at its primary event */
      sl_event_merge_summarize (merge, e, &sum);
      if (sum.n_articles < 2)
        continue;
      g_array_set_size (group, 0);
      g_array_set_size (docs, 0);
      g_array_set_size (origins, 0);
      sl_event_merge_mentions (merge, e, group);
      sl_event_merge_articles (merge, e, docs);
      sl_event_merge_origins (merge, e, origins);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_int_value (b, ++id);
      json_builder_set_member_name (b, "event");
      json_builder_add_int_value (b, (gint64) e + 1);
      json_builder_set_member_name (b, "label");
      json_builder_add_string_value (b, sl_model_str (model, sl_model_event (model, e)->label));
      json_builder_set_member_name (b, "mentions");
      json_builder_begin_array (b);
      for (guint d = 0; d < docs->len; d++)
        {
          guint32 doc = g_array_index (docs, guint32, d);

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "doc");
          json_builder_add_int_value (b, (gint64) doc + 1);
          json_builder_set_member_name (b, "events");
          json_builder_begin_array (b);
          for (guint k = 0; k < group->len; k++)
            {
              const SlEvent *ev = sl_model_event (model, g_array_index (group, guint32, k));

              if (ev->doc == doc && !(ev->flags & SL_EVENT_DELETED))
                json_builder_add_int_value (b, (gint64) g_array_index (group, guint32, k) + 1);
            }
          json_builder_end_array (b);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_set_member_name (b, "n_mentions");
      json_builder_add_int_value (b, sum.n_mentions);
      json_builder_set_member_name (b, "n_articles");
      json_builder_add_int_value (b, sum.n_articles);
      json_builder_set_member_name (b, "n_origins");
      json_builder_add_int_value (b, sum.n_origins);
      /* the named origins; an article that states the event itself without a known outlet
       * counts in n_origins but has no source to name */
      json_builder_set_member_name (b, "origins");
      json_builder_begin_array (b);
      for (guint k = 0; k < origins->len; k++)
        json_builder_add_int_value (b, (gint64) g_array_index (origins, guint32, k) + 1);
      json_builder_end_array (b);
      json_builder_set_member_name (b, "contested");
      json_builder_add_boolean_value (b, sum.contested);
      grade[0] = sum.credibility;
      json_builder_set_member_name (b, "credibility");
      json_builder_add_string_value (b, grade);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  return json_builder_get_root (b);
}

static int
cmd_extract (int argc, char **argv)
{
  g_autofree char *dct = NULL;
  gboolean with_text = FALSE, progress = FALSE;
  g_auto (GStrv) files = NULL;
  GOptionEntry entries[] = {
    { "dct", 0, 0, G_OPTION_ARG_STRING, &dct, "Publication date of every file", "YYYY-MM-DD" },
    { "with-text", 0, 0, G_OPTION_ARG_NONE, &with_text, "Include each document's text", NULL },
    { "progress", 0, 0, G_OPTION_ARG_NONE, &progress, "Show progress on stderr (the default on a terminal)", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE…" },
    { NULL }
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("FILE… — print what the articles say");
  g_autoptr (GError) error = NULL;
  g_autoptr (SlModel) model = NULL;
  g_autoptr (JsonNode) merged = NULL;
  SlDate given = { 0 };
  guint failed;

  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    return usage_error ("%s", error->message);
  if (files == NULL || files[0] == NULL)
    return usage_error (_("extract needs at least one file"));
  if (dct && !sl_date_from_value (dct, &given))
    return usage_error (_("--dct \"%s\" is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)"), dct);

  failed = 0;
  model = import_articles ((const char *const *) files, g_strv_length (files),
                           dct ? &given : NULL, NULL, progress || isatty (STDERR_FILENO), NULL,
                           NULL, &failed);
  if (model == NULL)
    return 1;

  merged = merged_events (model);
  sl_json_write_model (model, with_text, "merged_events", merged, stdout);
  fputc ('\n', stdout);
  return failed ? 1 : 0;
}

static int
cmd_import (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlProjectStore) store = NULL;
  g_autoptr (SlModel) model = NULL;
  g_autoptr (SlModel) fresh = NULL;
  guint failed = 0, added = 0, dups = 0;
  gboolean progress = isatty (STDERR_FILENO);
  gint64 saving = 0;

  /* "import --progress PROJECT FILE…": the option shows progress into a pipe or a log too */
  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--progress"))
      {
        progress = TRUE;
        memmove (argv + i, argv + i + 1, (argc - i - 1) * sizeof *argv);
        argc--, i--;
      }
  if (argc < 3)
    return usage_error (_("import needs a project file and at least one article"));
  if (!is_project_path (argv[1]))
    return usage_error (_("\"%s\": project files end in .sourceline"), argv[1]);

  store = sl_project_store_open (argv[1], TRUE, &error);
  if (store)
    model = sl_project_store_load_model (store, NULL, NULL, NULL, &error);
  if (model == NULL)
    {
      file_error (argv[1], error);
      return 1;
    }
  fresh = import_articles ((const char *const *) argv + 2, argc - 2, NULL, model, progress,
                           &added, &dups, &failed);
  if (fresh == NULL)
    return 1;
  sl_model_append (model, fresh);
  /* the appended copy is all that is saved: the fresh one's memory goes back first */
  g_clear_pointer (&fresh, sl_model_unref);
  if (progress)
    {
      saving = g_get_monotonic_time ();
      fprintf (stderr, _("Saving %s…%s"), argv[1], isatty (STDERR_FILENO) ? "" : "\n");
      fflush (stderr);
    }
  /* the articles and what was found in them land together, or not at all */
  if (!sl_project_store_save_model (store, model, &error))
    {
      if (progress && isatty (STDERR_FILENO))
        fputs ("\n", stderr);
      file_error (argv[1], error);
      return 1;
    }
  if (progress)
    fprintf (stderr, isatty (STDERR_FILENO) ? _("\r\033[KSaved in %.1f s\n") : _("Saved in %.1f s\n"),
             (g_get_monotonic_time () - saving) / (double) G_USEC_PER_SEC);
  printf ("%u imported, %u duplicate, %u failed\n", added, dups, failed);
  return failed ? 1 : 0;
}

static int
cmd_reextract (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlProjectStore) store = NULL;
  g_autoptr (SlModel) model = NULL;
  g_autoptr (GPtrArray) edits = NULL;

  if (argc != 2 || !is_project_path (argv[1]))
    return usage_error (_("reextract takes one project file"));
  store = sl_project_store_open (argv[1], FALSE, &error);
  if (store == NULL || (model = sl_project_reextract (store, NULL, NULL, NULL, &error)) == NULL
      || (edits = sl_project_store_list_edits (store, &error)) == NULL)
    {
      file_error (argv[1], error);
      return 1;
    }
  printf ("%u documents re-read: %u events, %u sources; %u of %u edits apply\n",
          sl_project_store_n_documents (store), sl_model_n_events (model),
          sl_model_n_sources (model), sl_project_store_n_applied_edits (store), edits->len);
  return 0;
}

static int
cmd_info (int argc, char **argv)
{
  g_autoptr (SlModel) model = NULL;
  SlTime t0, t1;
  guint failed;

  if (argc != 2)
    return usage_error (_("info takes one project file"));
  if (!g_file_test (argv[1], G_FILE_TEST_EXISTS))
    {
      fprintf (stderr, _("%s: no such file\n"), argv[1]);
      return 1;
    }
  model = load_inputs ((const char *const *) argv + 1, 1, &failed);
  if (failed)
    return 1;

  printf ("documents: %u\nevents: %u\nsources: %u\nclaims: %u\n", sl_model_n_docs (model),
          sl_model_n_events (model), sl_model_n_sources (model), sl_model_n_claims (model));
  if (sl_model_time_bounds (model, &t0, &t1))
    {
      char a[32], b[32];
      printf ("from: %s\nto: %s\n", sl_time_format_day (t0, a, sizeof a),
              sl_time_format_day (t1 > t0 ? t1 - 1 : t0, b, sizeof b));
    }
  for (guint32 i = 0; i < sl_model_n_sources (model); i++)
    {
      const SlSource *s = sl_model_source (model, i);
      printf ("source: %s (%s, %u claims)\n", sl_model_str (model, s->name),
              sl_source_kind_to_string (s->kind), s->n_claims);
    }
  return 0;
}

static gboolean
parse_day (const char *s, SlTime *t)
{
  SlDate d;
  SlTime end;

  if (!sl_date_from_value (s, &d))
    return FALSE;
  return sl_time_interval_from_value (s, SL_MOD_NONE, t, &end);
}

/* Page sizes in points (1/72 inch), landscape. */
static gboolean
paper_size (const char *name, int *w, int *h)
{
  static const struct { const char *name; int w, h; } sizes[] = {
    { "a5", 595, 420 }, { "a4", 842, 595 }, { "a3", 1191, 842 }, { "a2", 1684, 1191 },
    { "a1", 2384, 1684 }, { "a0", 3370, 2384 }, { "letter", 792, 612 }, { "legal", 1008, 612 },
    { "tabloid", 1224, 792 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    if (g_ascii_strcasecmp (name, sizes[i].name) == 0)
      {
        *w = sizes[i].w;
        *h = sizes[i].h;
        return TRUE;
      }
  return FALSE;
}

/* "3,7,12" (event ids as in the extract JSON, 1-based) → event indexes. */
static gboolean
parse_event_ids (const char *s, guint n_events, GArray *out, char **bad)
{
  g_auto (GStrv) parts = g_strsplit (s, ",", -1);

  for (guint i = 0; parts[i]; i++)
    {
      const char *p = g_strstrip (parts[i]);
      char *end = NULL;
      guint64 id;

      if (*p == '\0')
        continue;
      id = g_ascii_strtoull (p, &end, 10);
      if (end == p || *end != '\0' || id == 0 || id > n_events)
        {
          *bad = g_strdup (p);
          return FALSE;
        }
      g_array_append_vals (out, &(guint32) { (guint32) (id - 1) }, 1);
    }
  return TRUE;
}

/* The events of the story called name in the project among inputs, in the story's order;
 * FALSE (said on stderr) when there is no project or no such story, or none of its events is
 * in the project any more. */
static gboolean
story_events (const char *const *inputs, const char *name, SlModel *model, GArray *out)
{
  const char *project = NULL;
  g_autoptr (SlProjectStore) store = NULL;
  g_autoptr (SlStory) story = NULL;
  g_autoptr (GError) error = NULL;

  for (guint i = 0; inputs[i] != NULL && project == NULL; i++)
    if (is_project_path (inputs[i]))
      project = inputs[i];
  if (project == NULL)
    {
      fprintf (stderr, _("--story: stories are kept in projects; give a .sourceline project\n"));
      return FALSE;
    }
  store = sl_project_store_open_read_only (project, &error);
  if (store != NULL)
    story = sl_project_store_load_story (store, name, &error);
  if (error != NULL)
    {
      file_error (project, error);
      return FALSE;
    }
  if (story == NULL)
    {
      g_auto (GStrv) names = sl_project_store_list_stories (store, NULL);
      g_autofree char *list = names && names[0] ? g_strjoinv ("”, “", names) : NULL;

      if (list != NULL)
        fprintf (stderr, _("%s: no story called “%s”; it has “%s”\n"), project, name, list);
      else
        fprintf (stderr, _("%s: no story called “%s”; the project has no stories yet\n"), project,
                 name);
      return FALSE;
    }
  sl_story_resolve (story, model, out, NULL);
  if (out->len == 0)
    {
      fprintf (stderr, _("%s: none of the events of the story “%s” is in the project any more\n"),
               project, name);
      return FALSE;
    }
  return TRUE;
}

/* --lanes values, in SlLaneMode order */
static const char *const lane_mode_names[] = { "source", "category", "document", "actor", "none" };

static gboolean
lane_mode_from_string (const char *s, SlLaneMode *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (lane_mode_names); i++)
    if (g_ascii_strcasecmp (s, lane_mode_names[i]) == 0)
      {
        *out = (SlLaneMode) i;
        return TRUE;
      }
  return FALSE;
}

/* A name as a user may type what they read: case, width and composed forms set aside. */
static char *
lane_key (const char *name)
{
  g_autofree char *norm = g_utf8_normalize (name, -1, G_NORMALIZE_ALL);
  g_autofree char *trimmed = g_strstrip (g_strdup (norm ? norm : name));

  return g_utf8_casefold (trimmed, -1);
}

/* The lane among names (as the timeline draws them on its headers, in mode) that a user's
 * want stands for: the name itself, or it in any case; a category also by its English name
 * in a translated session; a name cut short with "…" or "..." (as a long header is drawn) by
 * the one lane it begins. NULL when none, or when a shortened name fits several. */
static const char *
match_lane (GPtrArray *names, SlLaneMode mode, const char *want)
{
  g_autofree char *key = lane_key (want);
  const char *found = NULL;
  guint n_found = 0;
  gsize len;

  if (*key == '\0')
    return NULL;
  for (guint i = 0; i < names->len; i++)
    if (g_str_equal (want, g_ptr_array_index (names, i)))
      return g_ptr_array_index (names, i);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *lk = lane_key (g_ptr_array_index (names, i));
      if (g_str_equal (key, lk))
        return g_ptr_array_index (names, i);
    }
  if (mode == SL_LANE_BY_CATEGORY)
    for (guint c = 0; c < SL_CATEGORY_COUNT; c++)
      {
        const char *english = sl_paint_category_name ((SlCategory) c);
        g_autofree char *ek = lane_key (english);

        if (!g_str_equal (key, ek))
          continue;
        for (guint i = 0; i < names->len; i++)
          if (g_str_equal (_(english), g_ptr_array_index (names, i)))
            return g_ptr_array_index (names, i);
      }
  /* the key is in compatibility form, where "…" is "..." */
  if (!g_str_has_suffix (key, "..."))
    return NULL;
  len = strlen (key) - 3;
  while (len > 0 && g_ascii_isspace (key[len - 1]))
    len--;
  if (len == 0)
    return NULL;
  key[len] = '\0';
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *lk = lane_key (g_ptr_array_index (names, i));
      if (g_str_has_prefix (lk, key))
        {
          found = g_ptr_array_index (names, i);
          n_found++;
        }
    }
  return n_found == 1 ? found : NULL;
}

/* "“A”, “B”, “C” and 9 more" for a warning: at most a dozen names. */
static char *
lane_list (GPtrArray *names)
{
  GString *s = g_string_new (NULL);
  const guint shown = MIN (names->len, 12);

  for (guint i = 0; i < shown; i++)
    g_string_append_printf (s, "%s“%s”", i ? ", " : "", (const char *) g_ptr_array_index (names, i));
  if (names->len > shown)
    g_string_append_printf (s, _(" and %u more"), names->len - shown);
  return g_string_free (s, FALSE);
}

/* The lanes to draw folded, as the timeline names them in mode, from --fold values: each a
 * lane's name or a comma-separated list of them (a value that is itself a lane's name, commas
 * and all, is taken whole). A name that matches no lane is said on stderr with the lanes there
 * are, and left out. */
static char **
resolve_folds (SlModel *model, SlLaneMode mode, const char *const *values)
{
  SlTimelinePainter *tp = sl_timeline_painter_new ();
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  g_autoptr (GPtrArray) folded = g_ptr_array_new_with_free_func (g_free);

  sl_timeline_painter_set_model (tp, model);
  sl_timeline_painter_set_lane_mode (tp, mode);
  for (guint i = 0; i < sl_timeline_painter_n_lanes (tp); i++)
    g_ptr_array_add (names, (gpointer) sl_timeline_painter_lane_name (tp, i));

  for (guint v = 0; values[v] != NULL; v++)
    {
      const char *whole = match_lane (names, mode, values[v]);
      g_auto (GStrv) parts = NULL;

      if (whole != NULL)
        {
          g_ptr_array_add (folded, g_strdup (whole));
          continue;
        }
      parts = g_strsplit (values[v], ",", -1);
      for (guint i = 0; parts[i] != NULL; i++)
        {
          const char *want = g_strstrip (parts[i]);
          const char *lane;

          if (*want == '\0')
            continue;
          lane = match_lane (names, mode, want);
          if (lane != NULL)
            g_ptr_array_add (folded, g_strdup (lane));
          else if (names->len == 0)
            fprintf (stderr, _("sourceline-cli: --fold: no lane is called “%s”: there are no "
                               "events, so no lanes\n"), want);
          else
            {
              g_autofree char *list = lane_list (names);
              fprintf (stderr, _("sourceline-cli: --fold: no lane is called “%s” when laned by "
                                 "%s; the lanes are %s\n"), want, lane_mode_names[mode], list);
            }
        }
    }
  g_ptr_array_add (folded, NULL);
  sl_timeline_painter_free (tp);
  return (char **) g_ptr_array_free (g_steal_pointer (&folded), FALSE);
}

static int
cmd_export (int argc, char **argv)
{
  g_autofree char *view = NULL, *format = NULL, *output = NULL, *from = NULL, *to = NULL;
  g_autofree char *title = NULL, *paper = NULL, *events = NULL, *story = NULL, *lanes = NULL;
  g_auto (GStrv) inputs = NULL, fold = NULL, folded = NULL;
  int width = 0, height = 0, key_events = 0;
  double scale = 0, dpi = 0;
  gboolean dark = FALSE, no_legend = FALSE, no_footnotes = FALSE, all = FALSE, portrait = FALSE;
  GOptionEntry entries[] = {
    { "view", 0, 0, G_OPTION_ARG_STRING, &view, "timeline, graph, both or briefing", "VIEW" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, "png, svg or pdf", "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Output file", "OUT" },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, "Width", "W" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, "Height", "H" },
    { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &scale, "Pixel density of PNG output", "S" },
    { "dpi", 0, 0, G_OPTION_ARG_DOUBLE, &dpi, "PNG dots per inch (sizes in points)", "DPI" },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper, "Page size: a4, a3, letter…; briefing: 16:9 or a4", "SIZE" },
    { "portrait", 0, 0, G_OPTION_ARG_NONE, &portrait, "Portrait page", NULL },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, "First date shown", "DATE" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, "Last date shown", "DATE" },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, "Every event, outliers included", NULL },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Dark colours", NULL },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, "Heading", "TEXT" },
    { "no-legend", 0, 0, G_OPTION_ARG_NONE, &no_legend, "Leave the legend out", NULL },
    { "no-footnotes", 0, 0, G_OPTION_ARG_NONE, &no_footnotes, "Leave the articles list out", NULL },
    { "lanes", 0, 0, G_OPTION_ARG_STRING, &lanes, "Timeline lanes by source (the default), category, document, actor or none; a briefing's overview is always by category", "LANES" },
    { "fold", 0, 0, G_OPTION_ARG_STRING_ARRAY, &fold, "Lanes drawn folded to a thin strip, named as their headers read (a briefing: categories)", "LANE,LANE…" },
    { "events", 0, 0, G_OPTION_ARG_STRING, &events, "Briefing: key event ids", "ID,ID…" },
    { "key-events", 0, 0, G_OPTION_ARG_INT, &key_events, "Briefing: how many to choose", "N" },
    { "story", 0, 0, G_OPTION_ARG_STRING, &story, "Briefing: a story saved in the project, in its order", "NAME" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &inputs, NULL, "INPUT…" },
    { NULL }
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("PROJECT|FILE… — draw an image");
  g_autoptr (GError) error = NULL;
  g_autoptr (SlModel) model = NULL;
  SlExportOptions opts;
  SlLaneMode lane_mode = SL_LANE_BY_SOURCE;
  guint failed;

  sl_export_options_init (&opts);
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    return usage_error ("%s", error->message);
  if (inputs == NULL || inputs[0] == NULL)
    return usage_error (_("export needs a project or article files"));
  if (output == NULL)
    return usage_error (_("export needs -o OUT"));
  if (view && !sl_export_view_from_string (view, &opts.view))
    return usage_error (_("unknown view \"%s\" (timeline, graph, both or briefing)"), view);
  if (format ? !sl_export_format_from_string (format, &opts.format)
             : !sl_export_format_from_path (output, &opts.format))
    return usage_error (_("unknown format \"%s\" (png, svg or pdf)"), format ? format : output);
  if (opts.view == SL_EXPORT_VIEW_BRIEFING && opts.format != SL_EXPORT_PDF)
    return usage_error (_("the briefing deck is a PDF: use --format pdf"));
  if (width < 0 || height < 0 || width > 20000 || height > 20000 || scale < 0 || scale > 16)
    return usage_error (_("size out of range (at most 20000 × 20000, scale at most 16)"));
  if (dpi < 0 || dpi > 2400 || (dpi > 0 && scale > 0))
    return usage_error (_("--dpi takes 1 to 2400 and replaces --scale"));
  if (key_events < 0 || key_events > 1000)
    return usage_error (_("--key-events takes 1 to 1000"));
  if (story && opts.view != SL_EXPORT_VIEW_BRIEFING)
    return usage_error (_("--story chooses a briefing's key events: use it with --view briefing"));
  if (story && events)
    return usage_error (_("--story and --events both choose the key events: give one of them"));
  if (lanes && !lane_mode_from_string (lanes, &lane_mode))
    return usage_error (_("unknown lanes \"%s\" (source, category, document, actor or none)"),
                        lanes);
  if ((lanes || fold) && opts.view == SL_EXPORT_VIEW_GRAPH)
    return usage_error (_("--lanes and --fold shape the timeline; --view graph draws none"));
  if (opts.view == SL_EXPORT_VIEW_BRIEFING && lanes && lane_mode != SL_LANE_BY_CATEGORY)
    return usage_error (_("a briefing's overview is always laned by category: leave --lanes out "
                          "(--fold takes categories)"));
  if (opts.view == SL_EXPORT_VIEW_BRIEFING)
    lane_mode = SL_LANE_BY_CATEGORY;
  opts.lane_mode = lane_mode;
  if (paper && opts.view != SL_EXPORT_VIEW_BRIEFING)
    {
      int pw, ph;
      if (!paper_size (paper, &pw, &ph))
        return usage_error (_("unknown paper \"%s\" (a0 to a5, letter, legal, tabloid)"), paper);
      opts.width = portrait ? ph : pw;
      opts.height = portrait ? pw : ph;
    }
  if (width)
    opts.width = width;
  if (height)
    opts.height = height;
  if (scale > 0)
    opts.scale = scale;
  opts.dpi = dpi;
  opts.dark = dark;
  /* a project's image or deck is titled as the project, as the window titles it */
  if (title == NULL && inputs[1] == NULL && is_project_path (inputs[0]))
    title = sl_project_name_for_path (inputs[0]);
  opts.title = title;
  opts.legend = !no_legend;
  opts.footnotes = !no_footnotes;
  opts.fit_all = all;
  if (from || to)
    {
      SlTime end;
      opts.has_range = TRUE;
      if (!from || !to || !parse_day (from, &opts.from) || !parse_day (to, &opts.to))
        return usage_error (_("--from and --to take dates such as 2024-03-28, together"));
      /* --to names the last day shown */
      sl_time_interval_from_value (to, SL_MOD_NONE, &end, &opts.to);
      if (opts.to <= opts.from)
        return usage_error (_("--to must come after --from"));
    }

  model = load_inputs ((const char *const *) inputs, g_strv_length (inputs), &failed);
  if (fold != NULL)
    {
      folded = resolve_folds (model, lane_mode, (const char *const *) fold);
      opts.folded_lanes = (const char *const *) folded;
    }
  if (opts.view == SL_EXPORT_VIEW_BRIEFING)
    {
      SlBriefingOptions bopts;
      g_autoptr (GArray) chosen = g_array_new (FALSE, FALSE, sizeof (guint32));
      g_autoptr (SlEventMerge) merge = sl_event_merge_new (model);
      g_autofree char *bad = NULL;
      guint pages = 0;

      sl_briefing_options_init (&bopts);
      if (paper && !sl_briefing_paper_from_string (paper, &bopts.paper))
        return usage_error (_("unknown briefing paper \"%s\" (16:9 or a4)"), paper);
      if (events && !parse_event_ids (events, sl_model_n_events (model), chosen, &bad))
        return usage_error (_("--events: \"%s\" is not an event id (1 to %u)"), bad,
                            sl_model_n_events (model));
      if (story && !story_events ((const char *const *) inputs, story, model, chosen))
        return 1;
      bopts.dark = dark;
      bopts.title = title;
      bopts.key_events = (const guint32 *) chosen->data;
      bopts.n_key_events = chosen->len;
      if (key_events > 0)
        bopts.max_key_events = (guint) key_events;
      bopts.has_range = opts.has_range;
      bopts.from = opts.from;
      bopts.to = opts.to;
      bopts.corroboration = sl_briefing_corroboration_merged;
      bopts.corroboration_data = merge;
      bopts.story = story;
      bopts.folded_lanes = opts.folded_lanes;
      if (!sl_briefing_write (model, &bopts, output, &pages, &error))
        {
          file_error (output, error);
          return 1;
        }
      return failed ? 1 : 0;
    }
  if (!sl_export_image (model, &opts, output, &error))
    {
      file_error (output, error);
      return 1;
    }
  return failed ? 1 : 0;
}

static int
cmd_export_data (int argc, char **argv)
{
  g_autofree char *format = NULL, *output = NULL, *from = NULL, *to = NULL, *title = NULL;
  g_auto (GStrv) inputs = NULL;
  GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, "timelinejs, csv, graphml, timeml or ical", "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Output file (a folder for timeml)", "OUT" },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, "First date of the events", "DATE" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, "Last date of the events", "DATE" },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, "Title of the timeline or calendar", "TEXT" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &inputs, NULL, "INPUT…" },
    { NULL }
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("PROJECT|FILE… — write events for other tools");
  g_autoptr (GError) error = NULL;
  g_autoptr (SlModel) model = NULL;
  SlDataExportOptions opts;
  SlDataExportStats stats = { 0 };
  SlDataFormat fmt;
  guint failed;

  sl_data_export_options_init (&opts);
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    return usage_error ("%s", error->message);
  if (inputs == NULL || inputs[0] == NULL)
    return usage_error (_("export-data needs a project or article files"));
  if (output == NULL)
    return usage_error (_("export-data needs -o OUT"));
  if (format ? !sl_data_format_from_string (format, &fmt) : !sl_data_format_from_path (output, &fmt))
    return usage_error (_("unknown data format \"%s\" (timelinejs, csv, graphml, timeml or ical)"),
                        format ? format : output);
  if (from || to)
    {
      SlTime end;
      opts.has_range = TRUE;
      if (!from || !to || !parse_day (from, &opts.from) || !parse_day (to, &opts.to))
        return usage_error (_("--from and --to take dates such as 2024-03-28, together"));
      sl_time_interval_from_value (to, SL_MOD_NONE, &end, &opts.to);
      if (opts.to <= opts.from)
        return usage_error (_("--to must come after --from"));
    }
  opts.title = title;

  model = load_inputs ((const char *const *) inputs, g_strv_length (inputs), &failed);
  if (!sl_data_export (model, fmt, &opts, output, &stats, &error))
    {
      file_error (output, error);
      return 1;
    }
  if (fmt == SL_DATA_GRAPHML)
    fprintf (stderr, g_dngettext (GETTEXT_PACKAGE, "%s: %u source written",
                                  "%s: %u sources written", stats.written), output, stats.written);
  else if (fmt == SL_DATA_TIMEML)
    fprintf (stderr, g_dngettext (GETTEXT_PACKAGE, "%s: %u article written",
                                  "%s: %u articles written", stats.written), output, stats.written);
  else
    fprintf (stderr, g_dngettext (GETTEXT_PACKAGE, "%s: %u event written",
                                  "%s: %u events written", stats.written), output, stats.written);
  if (stats.skipped && fmt != SL_DATA_GRAPHML && fmt != SL_DATA_TIMEML)
    fprintf (stderr, _(", %u left out (%s)"), stats.skipped,
             fmt == SL_DATA_ICAL ? _("hidden, out of range, or not dated to the day or week")
                                 : _("hidden, deleted or out of range"));
  fputc ('\n', stderr);
  return failed ? 1 : 0;
}

int
sl_cli_main (int argc, char **argv)
{
  const char *cmd;

  if (argc < 2)
    return usage_error (_("no command given"));
  cmd = argv[1];
  if (g_str_equal (cmd, "--help") || g_str_equal (cmd, "-h") || g_str_equal (cmd, "help"))
    {
      fputs (_(usage_text), stdout);
      return 0;
    }
  if (g_str_equal (cmd, "--version"))
    {
      printf ("sourceline-cli %s\n", PACKAGE_VERSION);
      return 0;
    }
  if (g_str_equal (cmd, "extract"))
    return cmd_extract (argc - 1, argv + 1);
  if (g_str_equal (cmd, "import"))
    return cmd_import (argc - 1, argv + 1);
  if (g_str_equal (cmd, "tag-timeml"))
    return sl_cli_tag_timeml (argc - 1, argv + 1);
  if (g_str_equal (cmd, "reextract"))
    return cmd_reextract (argc - 1, argv + 1);
  if (g_str_equal (cmd, "info"))
    return cmd_info (argc - 1, argv + 1);
  if (g_str_equal (cmd, "export"))
    return cmd_export (argc - 1, argv + 1);
  if (g_str_equal (cmd, "export-data"))
    return cmd_export_data (argc - 1, argv + 1);
  return usage_error (_("unknown command \"%s\""), cmd);
}
