/* paint-fixture.h: models the painter tests and benchmarks draw — a small hand-made story
 * and generated data of any size. */
#pragma once

#include "model/sl-model.h"

G_BEGIN_DECLS

/* Indexes of the hand-made story's named events and sources. */
typedef struct
{
  guint32 summit, veto, statement, early_april, year_band, exercise, denial;
  guint32 src_outlet, src_yonhap, src_shin, src_reuters, src_rusi, src_kirby, src_mfa;
} SlFixtureStory;

/* A two-article story about arms transfers (public facts, our own wording): months, days,
 * an "early April", a whole year, a precise ten-day interval, a denial and via chains. */
SlModel *sl_fixture_story       (SlFixtureStory *ids);

/* n_events random events over years_span years from 2000, spread over n_lanes sources
 * (each event has one claim by its lane's source, some via an agency), with a mix of day,
 * month, mod START and year precisions. Deterministic for a seed. */
SlModel *sl_fixture_generated   (guint n_events, guint n_lanes, double years_span, guint32 seed);

G_END_DECLS
