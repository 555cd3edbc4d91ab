/* sl-cli.h: sourceline-cli, the headless commands over the same libraries as the window. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit status: 0 success, 1 some input failed (each named on stderr), 2 bad usage. */
int sl_cli_main (int argc, char **argv);

G_END_DECLS
