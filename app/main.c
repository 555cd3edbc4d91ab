/* main.c: the Sourceline window program. */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ui/sl-application.h"

int
main (int argc, char *argv[])
{
  g_autoptr (SlApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = sl_application_new ();
  g_set_application_name (_("Sourceline"));
  return g_application_run (G_APPLICATION (app), argc, argv);
}
