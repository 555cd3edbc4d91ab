/* sl-cli-main.c */
#include <locale.h>

#include "sl-cli.h"

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  return sl_cli_main (argc, argv);
}
