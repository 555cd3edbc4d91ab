/* export-tools.h: running poppler's command-line tools on the PDFs the tests write, and reading
 * the lanes off the PNGs. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Runs `tool args… path [last]` and returns its standard output, or NULL (after g_test_skip)
 * when the tool is not installed. A tool that fails fails the test. */
char  *sl_test_run_tool   (const char *tool, const char *const *args, const char *path,
                           const char *last);
/* The page count pdfinfo reports, 0 when pdfinfo is missing (the test is then skipped). */
guint  sl_test_pdf_pages  (const char *path, char **page_size);
/* The PDF's text by pdftotext, with runs of white space made single spaces. */
char  *sl_test_pdf_text   (const char *path);

/* The timeline's lanes as a PNG shows them, read down the column at x (clear of labels and
 * marks: the lanes' left edge): the y of each one-pixel lane rule between y0 and y1, which
 * end the lanes' bands; returns how many (at most max). */
guint  sl_test_png_lane_rules (const char *png, int x, int y0, int y1, int *rules, guint max);

G_END_DECLS
