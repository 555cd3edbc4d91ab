/* sl-export-private.h: what the export stage's files share — files written atomically, dates
 * and text as a reader sees them, and which events an export carries. */
#pragma once

#include <stdio.h>
#include <glib.h>
#include <cairo.h>
#include "model/sl-model.h"
#include "sl-export.h"
#include "sl-data-export.h"

G_BEGIN_DECLS

/* ---- Files written beside their destination and renamed into place once complete ---- */

typedef struct _SlExportFile SlExportFile;

/* Opens a temporary file in path's folder. */
SlExportFile *sl_export_file_new      (const char *path, GError **error);
FILE         *sl_export_file_stream   (SlExportFile *file);
/* Remembers the first failed write (errno); commit then reports it. */
void          sl_export_file_set_errno (SlExportFile *file, int err);
/* Flushes, syncs and renames the file into place; frees file whatever the outcome. */
gboolean      sl_export_file_commit   (SlExportFile *file, GError **error);
/* Removes the temporary file and frees file. */
void          sl_export_file_abort    (SlExportFile *file);

/* ---- Dates and text ---- */

/* "28 March 2024" (UTC, English month names whatever the locale). */
char       *sl_export_format_day       (SlTime t);
/* "28 Mar 2024". */
char       *sl_export_format_day_short (SlTime t);
/* [start, end) as a reader says it: "28 March 2024", "March 2024", "2024", "the 1970s",
 * "1 – 10 April 2024", "28 March 2024, 15:00 UTC". */
char       *sl_export_format_interval  (SlTime start, SlTime end);
/* The same with abbreviated month names and "1970s". */
char       *sl_export_format_interval_short (SlTime start, SlTime end);
/* Bytes [begin, end) of a document's text, valid UTF-8 with runs of white space collapsed;
 * NULL when the text cannot be had or the span is empty. */
char       *sl_export_doc_slice        (SlModel *model, guint32 doc, guint32 begin, guint32 end);
/* The heading of an export: one article's title, or how many articles from which outlet. */
char       *sl_export_model_title      (SlModel *model);

/* Whether an export carries the event: the analyst's hidden and deleted events stay out, and
 * so do events with no calendar interval. */
gboolean    sl_export_event_included   (const SlEvent *ev);
/* The dates a structured export writes for an event, so that reading them back gives the
 * same interval: the TIMEX3 value when it alone says [start, end) ("2024-03", end NULL),
 * else the first and the last year, month or day ("2024-04-01", "2024-04-10"). Without
 * months, month values are written as their first and last days ("2024-03" is read by fewer
 * tools than "2024-03-01" – "2024-03-31"). Free with g_free. */
void        sl_export_event_dates      (SlModel *model, const SlEvent *ev, gboolean months,
                                        char **start, char **end);
/* Splits a TIMEX3 date value "2024-03-28" into numbers; month and day 0 when absent. */
gboolean    sl_export_value_parts      (const char *value, gint64 *year, guint *month,
                                        guint *day);
/* The name of the source most events claim: the origin of the event's first claim chain,
 * else the outlet of its article, else NULL. */
const char *sl_export_event_source     (SlModel *model, guint32 event);
/* "Shin Won-sik via Yonhap via Meridian Wire": a claim's chain, origin first. */
char       *sl_export_claim_chain_text (SlModel *model, guint32 claim);
/* "B2" when the source is graded, else NULL. */
char       *sl_export_source_grade     (const SlSource *src);

/* ---- XML formats (sl-xml-export.c) ---- */

/* GraphML of the sources (nodes) and how claims travelled between them (edges). */
char       *sl_export_graphml          (SlModel                   *model,
                                        const SlDataExportOptions *opts,
                                        SlDataExportStats         *stats,
                                        GError                   **error);

/* ---- Pages ---- */

/* Draws the image export's page (heading, views, legend, footnotes) onto cr, width × height
 * in user units. highlight (n > 0) emphasises those events on the timeline and dims the rest.
 * layer, when given, collects an SVG text layer of the drawn labels. */
void        sl_export_draw_page        (SlModel               *model,
                                        const SlExportOptions *opts,
                                        cairo_t               *cr,
                                        double                 width,
                                        double                 height,
                                        const guint32         *highlight,
                                        guint                  n_highlight,
                                        GString               *layer);

G_END_DECLS
