/* sl-export.h: the painters onto PNG, SVG and PDF surfaces — the same drawing as the screen. */
#pragma once

#include <glib.h>
#include "model/sl-model.h"
#include "paint/sl-graph-layout.h"

G_BEGIN_DECLS

#define SL_EXPORT_ERROR (sl_export_error_quark ())

typedef enum
{
  SL_EXPORT_ERROR_FAILED,
  SL_EXPORT_ERROR_INVALID,
} SlExportError;

typedef enum
{
  SL_EXPORT_PNG = 0,
  SL_EXPORT_SVG,
  SL_EXPORT_PDF,
} SlExportFormat;

typedef enum
{
  SL_EXPORT_VIEW_TIMELINE = 0,
  SL_EXPORT_VIEW_GRAPH,
  SL_EXPORT_VIEW_BOTH,
  SL_EXPORT_VIEW_BRIEFING, /* the PDF briefing deck (sl-briefing.h), with its defaults */
} SlExportView;

typedef struct
{
  SlExportView   view;
  SlExportFormat format;
  int            width, height; /* in points (PDF/SVG) or pixels before scale (PNG) */
  double         scale;         /* PNG pixel density, 1.0 by default */
  gboolean       has_range;     /* otherwise the whole extent of the model */
  SlTime         from, to;
  gboolean       dark;
  guint32        selected_event;  /* SL_NONE for none */
  guint32        selected_source; /* SL_NONE for none */
  const char    *title;         /* the heading; NULL: the article's title or how many articles */
  gboolean       legend;        /* category, stance and source-kind keys at the foot (TRUE) */
  gboolean       footnotes;     /* the articles behind what is drawn, numbered, at the foot (TRUE) */
  gboolean       fit_all;       /* without a range: every event, not the core the window opens on */
  guint          lane_mode;     /* the timeline's SlLaneMode: by source (0) unless set */
  const char *const *folded_lanes; /* names of the lanes (in lane_mode) drawn folded to a
                                   * density strip, as the window folds them; NULL: none */
  double         dpi;           /* PNG: > 0 makes width and height points (1/72 inch), the pixel
                                 * density dpi (scale = dpi / 72), recorded in the file */
  SlGraphLayout *graph_layout;  /* the graph as the window lays it out (its kind, pins and,
                                 * for a force layout, places), read only; NULL: layered */
} SlExportOptions;

GQuark    sl_export_error_quark        (void);
void      sl_export_options_init       (SlExportOptions *opts);
gboolean  sl_export_format_from_string (const char *s, SlExportFormat *out);
gboolean  sl_export_view_from_string   (const char *s, SlExportView *out);
/* Guesses the format from a file name's extension. */
gboolean  sl_export_format_from_path   (const char *path, SlExportFormat *out);

/* The interval an export shows without a range: the span most events share, so that a lone
 * event decades away ("since the 1970s") does not squash the rest — what the window shows when
 * it opens — or every event with fit_all. FALSE when the model has no events. */
gboolean  sl_export_default_range      (SlModel               *model,
                                        gboolean               fit_all,
                                        SlTime                *from,
                                        SlTime                *to);

/* Writes the image atomically: a failed export never leaves a half-written file at path. */
gboolean  sl_export_image              (SlModel               *model,
                                        const SlExportOptions *opts,
                                        const char            *path,
                                        GError               **error);

G_END_DECLS
