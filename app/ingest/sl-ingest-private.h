/* sl-ingest-private.h: helpers shared by the readers. */
#pragma once

#include "sl-ingest.h"

G_BEGIN_DECLS

/* Returns valid UTF-8 (BOM removed, NULs refused, Windows-1252 converted) or NULL + error. */
char     *sl_ingest_to_utf8          (const char *data, gsize len, const char *charset,
                                      gsize *out_len, GError **error);
/* Parses an ISO 8601 date ("2024-05-10", "2024-05-10T08:00:00+09:00", "2024-05") or an
 * RFC 822 feed date ("Fri, 10 May 2024 08:00:00 GMT"). */
gboolean  sl_ingest_parse_date       (const char *s, SlDate *date);
/* Finds the outlet named in a dateline such as "(Dan Tri) –" or "SEOUL, May 10 (Yonhap) —"
 * at the start of a paragraph; returns a new string or NULL. */
char     *sl_ingest_dateline_outlet  (const char *text, gsize len);
/* The length of the first lines when they are a page's masthead, a breadcrumb ("Site › Section
 * › Topic") or the site's name over its sections between bars, else 0: no headline. */
gsize     sl_ingest_masthead_lines   (const char *text, gsize len);

/* Parses XML with no network, no DTD loading and no entity expansion; a document that
 * declares entities is refused (that is how "billion laughs" and XXE files work). */
gpointer  sl_ingest_read_xml         (const char *data, gsize len, const char *path,
                                      GError **error); /* xmlDocPtr */
/* An HTML fragment (feed summaries, TimelineJS text) as plain text with paragraph breaks. */
char     *sl_html_fragment_to_text   (const char *html, gsize len);
/* json-glib parses recursively with no limit: a file nested deeper than any timeline could
 * exhaust the stack. TRUE when no array or object nests deeper than max_depth. */
gboolean  sl_ingest_json_depth_ok    (const char *data, gsize len, guint max_depth);
#define SL_INGEST_MAX_JSON_DEPTH 256

/* Collapses white space and trims, and makes the text valid UTF-8 (U+FFFD for a bad byte);
 * returns a new string or NULL for NULL/empty. */
char     *sl_ingest_clean_line       (const char *s);
char     *sl_ingest_parts_value      (gint64 year, gint64 month, gint64 day);
/* Writes a structured timeline's event (its headline, from its text's first sentence when it
 * has none, then its text) into the document's text, notes where, and adds it to doc. */
void      sl_ingest_append_event     (SlDocument *doc, GString *text, SlDocumentEvent *ev);

SlDocument *sl_feed_reader_read       (const char *path, const char *data, gsize len,
                                       GPtrArray *docs, GError **error);
SlDocument *sl_timeml_reader_read     (const char *path, const char *data, gsize len,
                                       GError **error);
SlDocument *sl_timelinejs_reader_read (const char *path, const char *data, gsize len,
                                       GError **error);
SlDocument *sl_csv_reader_read        (const char *path, const char *data, gsize len,
                                       GError **error);

G_END_DECLS
