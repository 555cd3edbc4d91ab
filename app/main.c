/* main.c: the Sourceline window program. */
#include "config.h"

#include "ui/sl-application.h"

int
main (int argc, char *argv[])
{
  g_autoptr (SlApplication) app = sl_application_new ();

  g_set_application_name ("Sourceline");
  return g_application_run (G_APPLICATION (app), argc, argv);
}
