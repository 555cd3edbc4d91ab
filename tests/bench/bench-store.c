/* bench-store: a project of N generated events (default 1,000,000) with realistic field
 * sizes — written, opened to a drawable model, its resident memory, and a full-text query.
 * Prints one JSON line: {"events":N,"write_s":…,"open_s":…,"rss_mb":…,"fts_ms":…} */
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ingest/sl-ingest.h"
#include "store/sl-project-store.h"

static const char *const words[] = {
  "ministry", "shipments", "council", "sanctions", "missile", "border", "talks", "summit",
  "envoy", "port", "cargo", "satellite", "report", "officials", "vote", "resolution", "panel",
  "oil", "barrels", "artillery", "containers", "agency", "minister", "statement", "denial",
  "exercise", "launch", "treaty", "inspection", "delegation", "parliament", "election",
};

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

static double
rss_mb (void)
{
  long pages = 0, resident = 0;
  FILE *f = fopen ("/proc/self/statm", "r");

  if (f && fscanf (f, "%ld %ld", &pages, &resident) != 2)
    resident = 0;
  if (f)
    fclose (f);
  return resident * (double) sysconf (_SC_PAGESIZE) / (1024.0 * 1024.0);
}

static void
sentence (GString *s, GRand *rand, guint n_words)
{
  for (guint w = 0; w < n_words; w++)
    g_string_append_printf (s, "%s%s", w ? " " : "",
                            words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
  g_string_append (s, ". ");
}

static SlModel *
generate (guint n_events, GRand *rand)
{
  SlModel *model = sl_model_new ();
  guint per_doc = 20, n_docs = (n_events + per_doc - 1) / per_doc, n_sources = 5000;
  GString *text = g_string_new (NULL);
  GString *label = g_string_new (NULL);
  guint made = 0;

  for (guint s = 0; s < n_sources; s++)
    {
      g_autofree char *name = g_strdup_printf ("Source %u %s", s,
                                               words[s % G_N_ELEMENTS (words)]);
      guint32 src = sl_model_add_source (model, name, s % SL_SOURCE_KIND_COUNT, NULL);
      g_autofree char *alias = g_strdup_printf ("S%u", s);
      sl_model_add_source_alias (model, src, alias);
    }
  for (guint d = 0; d < n_docs; d++)
    {
      SlDoc doc = { 0 };
      guint32 di;
      g_autofree char *title = g_strdup_printf ("Report %u on %s", d,
                                                words[d % G_N_ELEMENTS (words)]);

      g_string_truncate (text, 0);
      for (guint k = 0; k < per_doc; k++)
        sentence (text, rand, 14 + g_rand_int_range (rand, 0, 10));
      doc.title = sl_model_intern (model, title);
      doc.outlet = sl_model_intern (model, "Meridian Wire");
      doc.dct = sl_model_intern (model, "2024-05-06");
      doc.text = g_strdup (text->str);
      doc.text_len = text->len;
      di = sl_model_add_doc (model, &doc);

      for (guint k = 0; k < per_doc && made < n_events; k++, made++)
        {
          SlEvent ev = { 0 };
          SlClaim c = { .via = SL_NONE };
          guint32 claim = SL_NONE, actor = g_rand_int_range (rand, 0, n_sources);
          gint64 day = g_rand_int_range (rand, 0, 365 * 30);

          g_string_truncate (label, 0);
          sentence (label, rand, 6);
          ev.doc = di;
          ev.label = sl_model_add_string (model, label->str);
          ev.when = sl_model_intern (model, "2024");
          ev.timex = SL_NONE;
          ev.start = sl_time_from_ymd (1995, 1, 1) + day * SL_DAY;
          ev.end_t = ev.start + (k % 5 == 0 ? 31 : 1) * SL_DAY;
          ev.category = k % SL_CATEGORY_COUNT;
          ev.sentence_begin = 0;
          ev.sentence_end = 60;
          if (k % 5 < 3)
            {
              c.doc = di;
              c.source = actor;
              c.cue = sl_model_intern (model, "said");
              claim = sl_model_add_claim (model, &c);
            }
          sl_model_add_event (model, &ev, &claim, claim != SL_NONE, &actor, 1);
        }
    }
  g_string_free (text, TRUE);
  g_string_free (label, TRUE);
  return model;
}

/* The child: open, load, index, query; prints "open_s rss_mb fts_ms hits". */
static int
load_and_report (const char *path)
{
  double base = rss_mb (), t0 = now (), open_s, fts_ms;
  g_autoptr (GError) error = NULL;
  g_autoptr (SlProjectStore) store = NULL;
  g_autoptr (SlModel) model = NULL;
  g_autoptr (GArray) hits = g_array_new (FALSE, FALSE, sizeof (guint32));
  SlTime a, b;

  store = sl_project_store_open (path, FALSE, &error);
  model = store ? sl_project_store_load_model (store, NULL, NULL, NULL, &error) : NULL;
  if (model == NULL)
    g_error ("%s", error->message);
  sl_model_time_bounds (model, &a, &b); /* builds the time index the views draw from */
  open_s = now () - t0;

  t0 = now ();
  if (!sl_project_store_search (store, "satellite inspection", hits, NULL, &error))
    g_error ("%s", error->message);
  fts_ms = (now () - t0) * 1000;
  printf ("%.3f %.1f %.1f %u\n", open_s, rss_mb () - base, fts_ms, hits->len);
  return 0;
}

int
main (int argc, char **argv)
{
  guint n_events = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 1000000;
  g_autofree char *dir = g_dir_make_tmp ("bench-store-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.sourceline", NULL);
  GRand *rand = g_rand_new_with_seed (11);
  g_autoptr (GError) error = NULL;
  double t0, write_s;
  char result[256] = "";

  if (argc == 3 && g_str_equal (argv[1], "--load"))
    return load_and_report (argv[2]);

  {
    g_autoptr (SlModel) model = generate (n_events, rand);
    g_autoptr (SlProjectStore) store = sl_project_store_open (path, TRUE, &error);
    if (store == NULL)
      g_error ("%s", error->message);
    t0 = now ();
    if (!sl_project_store_save_model (store, model, &error))
      g_error ("%s", error->message);
    write_s = now () - t0;
  }

  /* open in a fresh process (not a fork, whose heap is full of the generated model), so its
   * resident memory is the loaded model's alone */
  {
    g_autofree char *out = NULL;
    const char *child_argv[] = { argv[0], "--load", path, NULL };
    int status = 0;

    if (!g_spawn_sync (NULL, (char **) child_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                       &status, &error) || !g_spawn_check_wait_status (status, &error))
      g_error ("the loading process failed: %s", error->message);
    g_strlcpy (result, out, sizeof result);
  }
  {
    double open_s = 0, rss = 0, fts_ms = 0;
    guint hits = 0;
    struct stat st;

    if (sscanf (result, "%lf %lf %lf %u", &open_s, &rss, &fts_ms, &hits) != 4)
      g_error ("unexpected result %s", result);
    stat (path, &st);
    g_print ("{\"events\":%u,\"write_s\":%.2f,\"open_s\":%.3f,\"rss_mb\":%.1f,\"fts_ms\":%.1f,"
             "\"fts_hits\":%u,\"file_mb\":%.0f}\n", n_events, write_s, open_s, rss, fts_ms, hits,
             st.st_size / 1e6);
  }
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    if (!g_getenv ("SL_BENCH_KEEP")) g_unlink (path);
    g_unlink (wal);
    g_unlink (shm);
    g_rmdir (dir);
  }
  g_rand_free (rand);
  return 0;
}
