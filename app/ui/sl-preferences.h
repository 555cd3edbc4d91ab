/* sl-preferences.h: the Preferences window — colour scheme, the lanes new windows start
 * with, and what exports propose (format, view, size, pixel density, dark colours). */
#pragma once

#include <adwaita.h>
#include "sl-application.h"

G_BEGIN_DECLS

#define SL_TYPE_PREFERENCES (sl_preferences_get_type ())

G_DECLARE_FINAL_TYPE (SlPreferences, sl_preferences, SL, PREFERENCES, AdwPreferencesWindow)

/* Edits app's settings; without settings (no schema installed) only the colour scheme can be
 * changed, for the session, and the window says so. */
SlPreferences *sl_preferences_new (SlApplication *app);

G_END_DECLS
