/* bench-export.c: the export stage at the sizes issue 9 names. One JSON line per case:
 *   png:      a 3840 × 2160 PNG of a 100,000-event timeline        (target ≤ 1.5 s)
 *   briefing: the PDF deck of 20 key events from 1,000 articles      (target ≤ 3 s)
 *   pdf:      a vector PDF of the timeline with 10,000 visible events (target ≤ 5 MB)
 * Times are wall-clock seconds of the whole export, file written; the median of three runs.
 * With SL_BENCH_KEEP=DIR the files are left in DIR to be looked at. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>

#include "export/sl-briefing.h"
#include "export/sl-briefing-merge.h"
#include "export/sl-export.h"
#include "extract/sl-attribution.h"
#include "export-fixture.h"
#include "paint-fixture.h"

#define RUNS 3

static gboolean remove_files = TRUE;

static void
done_with (const char *path)
{
  if (remove_files)
    done_with (path);
}

static int
cmp_double (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double
median (double *v, guint n)
{
  qsort (v, n, sizeof *v, (int (*) (const void *, const void *)) cmp_double);
  return v[n / 2];
}

static goffset
file_size (const char *path)
{
  GStatBuf st;
  return g_stat (path, &st) == 0 ? (goffset) st.st_size : -1;
}

static void
bench_png (const char *dir)
{
  g_autoptr (SlModel) model = sl_fixture_generated (100000, 24, 20.0, 42);
  g_autofree char *path = g_build_filename (dir, "timeline-4k.png", NULL);
  double times[RUNS];
  SlExportOptions opts;

  sl_export_options_init (&opts);
  opts.width = 3840;
  opts.height = 2160;
  opts.fit_all = TRUE;
  for (guint r = 0; r < RUNS; r++)
    {
      g_autoptr (GError) error = NULL;
      gint64 t0 = g_get_monotonic_time ();

      if (!sl_export_image (model, &opts, path, &error))
        g_error ("%s", error->message);
      times[r] = (g_get_monotonic_time () - t0) / 1e6;
    }
  printf ("{\"bench\":\"export\",\"case\":\"png\",\"events\":%u,\"width\":3840,\"height\":2160,"
          "\"seconds\":%.3f,\"bytes\":%" G_GOFFSET_FORMAT ",\"target_seconds\":1.5}\n",
          sl_model_n_events (model), median (times, RUNS), file_size (path));
  done_with (path);
}

static void
bench_briefing (const char *dir)
{
  g_autoptr (SlModel) model = sl_export_fixture_project (1000, 42);
  g_autofree char *path = g_build_filename (dir, "briefing.pdf", NULL);
  double times[RUNS];
  guint pages = 0;

  for (guint r = 0; r < RUNS; r++)
    {
      g_autoptr (GError) error = NULL;
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr (SlEventMerge) merge = sl_event_merge_new (model);
      SlBriefingOptions opts;

      sl_briefing_options_init (&opts);
      opts.max_key_events = 20;
      opts.corroboration = sl_briefing_corroboration_merged;
      opts.corroboration_data = merge;
      if (!sl_briefing_write (model, &opts, path, &pages, &error))
        g_error ("%s", error->message);
      times[r] = (g_get_monotonic_time () - t0) / 1e6;
    }
  printf ("{\"bench\":\"export\",\"case\":\"briefing\",\"articles\":%u,\"events\":%u,"
          "\"key_events\":20,\"pages\":%u,\"seconds\":%.3f,\"bytes\":%" G_GOFFSET_FORMAT
          ",\"target_seconds\":3}\n",
          sl_model_n_docs (model), sl_model_n_events (model), pages, median (times, RUNS),
          file_size (path));
  done_with (path);
}

static void
bench_pdf (const char *dir)
{
  /* 10,000 events over two years in ten lanes: all of them on the page */
  g_autoptr (SlModel) model = sl_fixture_generated (10000, 10, 2.0, 42);
  g_autofree char *path = g_build_filename (dir, "timeline.pdf", NULL);
  g_autoptr (GArray) visible = g_array_new (FALSE, FALSE, sizeof (guint32));
  double times[RUNS];
  SlExportOptions opts;
  SlTime a, b;

  sl_export_options_init (&opts);
  opts.format = SL_EXPORT_PDF;
  opts.fit_all = TRUE;
  sl_model_time_bounds (model, &a, &b);
  sl_model_events_in_range (model, a, b, visible);
  for (guint r = 0; r < RUNS; r++)
    {
      g_autoptr (GError) error = NULL;
      gint64 t0 = g_get_monotonic_time ();

      if (!sl_export_image (model, &opts, path, &error))
        g_error ("%s", error->message);
      times[r] = (g_get_monotonic_time () - t0) / 1e6;
    }
  printf ("{\"bench\":\"export\",\"case\":\"pdf\",\"visible_events\":%u,\"width\":%d,\"height\":%d,"
          "\"seconds\":%.3f,\"bytes\":%" G_GOFFSET_FORMAT ",\"target_bytes\":5000000}\n",
          visible->len, opts.width, opts.height, median (times, RUNS), file_size (path));
  done_with (path);
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  const char *keep = g_getenv ("SL_BENCH_KEEP");
  g_autofree char *dir = keep ? g_strdup (keep) : g_dir_make_tmp ("bench-export-XXXXXX", &error);

  if (dir == NULL)
    g_error ("%s", error->message);
  remove_files = keep == NULL;
  bench_png (dir);
  bench_briefing (dir);
  bench_pdf (dir);
  if (remove_files)
    g_rmdir (dir);
  return 0;
}
