/* sl-cli-tag-timeml.h: `sourceline-cli tag-timeml [-o OUTDIR] FILE.tml…` — re-tags TimeML
 * documents with Sourceline's TIMEX3 annotations so TempEval-3 scorers can judge them. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* argv[0] is "tag-timeml". Exit status 0 success, 1 some input failed, 2 bad usage. */
int sl_cli_tag_timeml (int argc, char **argv);

/* Re-tags one TimeML document held in memory; returns the new document's XML text. */
char *sl_cli_tag_timeml_buffer (const char *xml, gsize len, GError **error);

G_END_DECLS
