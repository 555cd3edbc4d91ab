/* sl-describe.h: how the window and the presentation put the model into words — dates as a
 * person says them, an article's words, a chain of sources. GLib only. */
#pragma once

#include <glib.h>
#include "model/sl-model.h"
#include "extract/sl-attribution.h"

G_BEGIN_DECLS

/* A document's bytes [begin, end) as valid UTF-8, NULL when out of range (texts of a
 * project are read on first use). */
char       *sl_describe_slice       (SlModel *model, guint32 doc, guint32 begin, guint32 end);
/* The same with runs of white space made single spaces. */
char       *sl_describe_plain       (SlModel *model, guint32 doc, guint32 begin, guint32 end);
/* ● assert, ◐ estimate, ○ suspect, ✕ deny, ◆ report */
const char *sl_describe_stance_mark (SlStance stance);
/* "Shin Won-sik → Yonhap → Meridian Wire": who said it first, through whom, to the outlet. */
char       *sl_describe_chain       (SlModel *model, guint32 claim);

/* An article as a reader names it: its title, else its file's name, else "Untitled article". */
char       *sl_describe_article     (SlModel *model, guint32 doc);
/* "Reported by 2 articles · 1 independent origin" (then " · contested" when a mention rests
 * on a denial) for an event that several articles report; NULL when only its own does. */
char       *sl_describe_corroboration (SlModel *model, const SlEventMerge *merge, guint32 event);
/* The other articles that report the event's happening (guint32 document indices, in the
 * order of their first mention) appended to out; returns how many. */
guint       sl_describe_other_articles (SlModel *model, const SlEventMerge *merge, guint32 event,
                                        GArray *out);
/* The corroboration line followed by "Also reported in “Title” (Outlet), …", as one text;
 * NULL when only the event's own article reports it. */
char       *sl_describe_merged      (SlModel *model, const SlEventMerge *merge, guint32 event);

G_END_DECLS
