/* sl-data-export.h: the project's events and sources in formats other tools read —
 * TimelineJS JSON, CSV (RFC 4180), GraphML, TimeML with our TIMEX3 annotations and
 * iCalendar (RFC 5545). What Sourceline exports as TimelineJS or CSV it reads back as the
 * same events. */
#pragma once

#include <glib.h>
#include "model/sl-model.h"

G_BEGIN_DECLS

typedef enum
{
  SL_DATA_TIMELINEJS = 0, /* Knight Lab TimelineJS: events[] with start_date/end_date objects */
  SL_DATA_CSV,            /* one event a row, a header naming the columns */
  SL_DATA_GRAPHML,        /* nodes are sources, edges how claims travelled */
  SL_DATA_TIMEML,         /* one .tml file per article, into a folder */
  SL_DATA_ICAL,           /* the events dated to the day (or a week), as all-day events */
} SlDataFormat;

typedef struct
{
  gboolean    has_range;  /* only the events overlapping [from, to) */
  SlTime      from, to;
  const char *title;      /* NULL: the article's title or how many articles */
} SlDataExportOptions;

typedef struct
{
  guint written;  /* events (sources for GraphML, articles for TimeML) written */
  guint skipped;  /* events left out: hidden, deleted, out of range, or (iCalendar) too coarse */
} SlDataExportStats;

void      sl_data_export_options_init (SlDataExportOptions *opts);
gboolean  sl_data_format_from_string  (const char *s, SlDataFormat *out);
/* Guesses the format from the name: .json, .csv, .graphml, .ics; a folder or .tml: TimeML. */
gboolean  sl_data_format_from_path    (const char *path, SlDataFormat *out);
const char *sl_data_format_to_string  (SlDataFormat format);

/* The export as text (every format but TimeML, which is one file per article). */
char     *sl_data_export_to_string    (SlModel                   *model,
                                       SlDataFormat               format,
                                       const SlDataExportOptions *opts,
                                       SlDataExportStats         *stats,
                                       GError                   **error);

/* One article as TimeML: its text with our TIMEX3 annotations and its DCT. */
char     *sl_data_export_timeml_doc   (SlModel                   *model,
                                       guint32                    doc,
                                       GError                   **error);

/* Writes the export at path atomically; for TimeML path is a folder (created when missing)
 * that receives one NAME.tml per article, or a .tml file when the project has one article. */
gboolean  sl_data_export              (SlModel                   *model,
                                       SlDataFormat               format,
                                       const SlDataExportOptions *opts,
                                       const char                *path,
                                       SlDataExportStats         *stats,
                                       GError                   **error);

G_END_DECLS
