/* sl-application.h: the Sourceline application — windows, app-wide actions and accelerators,
 * the settings, the colour scheme, presentation mode and the Preferences window. */
#pragma once

#include <adwaita.h>
#include "sl-window.h"
#include "sl-presentation.h"

G_BEGIN_DECLS

#define SL_TYPE_APPLICATION (sl_application_get_type ())

G_DECLARE_FINAL_TYPE (SlApplication, sl_application, SL, APPLICATION, AdwApplication)

/* The nicks of the settings' "theme" key, in this order. */
typedef enum
{
  SL_THEME_FOLLOW = 0,  /* the desktop's light or dark style */
  SL_THEME_LIGHT,
  SL_THEME_DARK,
} SlTheme;

SlApplication  *sl_application_new             (void);

/* Settings of schema org.sourceline.Sourceline, or NULL when that schema is not installed
 * (running from a build folder without GSETTINGS_SCHEMA_DIR): everything then keeps its
 * default and nothing is saved. Valid after startup. */
GSettings      *sl_application_get_settings    (SlApplication *self);

/* The colour scheme, applied through AdwStyleManager and saved when settings are available.
 * "notify::theme" fires when it changes, from here or from the settings. */
SlTheme         sl_application_get_theme       (SlApplication *self);
void            sl_application_set_theme       (SlApplication *self, SlTheme theme);

/* Presents window's events full screen (what F5 does); NULL when it has none to show. */
SlPresentation *sl_application_present         (SlApplication       *self,
                                                SlWindow            *window,
                                                SlPresentationScope  scope);
/* The presentation running, NULL when none is. */
SlPresentation *sl_application_get_presentation (SlApplication *self);

/* Opens (or raises) the Preferences window over the active window. */
GtkWindow      *sl_application_show_preferences (SlApplication *self);

G_END_DECLS
