/* sl-cue-model.h: a small trained detector of reporting cues that the hand lexicon lacks
 * ("voiced support", "expect", "seemed"). A token's context becomes hashed features; a
 * logistic model over them, trained on PolNeAR's gold attributions by
 * tests/attribution/train-cue-model.c, scores whether the token heads a cue. The shipped
 * weights live in data/models/cue-model.txt (compiled in). GLib only; not for other stages. */
#pragma once

#include "sl-attribution-private.h"

G_BEGIN_DECLS

/* Most features one token yields. */
#define SL_CUE_MAX_FEATURES 48

typedef struct _SlCueModel SlCueModel;

/* One weight of a model being written: key is a feature hash masked to the model's bits. */
typedef struct
{
  guint32 key;
  float   weight;
} SlCueWeight;

/* The model every extraction uses: the compiled-in one, read once and shared read-only by
 * all threads; NULL when it is missing or damaged (extraction then uses the lexicon only). */
const SlCueModel *sl_cue_model_get_default (void);
/* Replaces the model later extractions use (NULL: none), for the trainer's cross-validation.
 * Must not run while another thread extracts. The caller keeps ownership. */
void              sl_cue_model_set_default (const SlCueModel *model);

/* Reads a model in the text format that sl_cue_model_to_data writes. */
SlCueModel *sl_cue_model_new_from_data (const char *data,
                                        gsize       len,
                                        GError    **error);
/* A model from weights: bits is the width of the feature keys, gate the hashes of words that
 * may head a cue (sl_cue_word_hash), threshold the probability from which a token counts. */
SlCueModel *sl_cue_model_new           (guint              bits,
                                        double             threshold,
                                        const guint32     *gate,
                                        guint              n_gate,
                                        const SlCueWeight *weights,
                                        guint              n_weights);
void        sl_cue_model_free          (SlCueModel *model);
/* The model in its text format (newly allocated, NUL-terminated). */
char       *sl_cue_model_to_data       (const SlCueModel *model,
                                        gsize            *len);

double      sl_cue_model_threshold     (const SlCueModel *model);
/* The probability under which a claim of the lexicon is dropped (0: none is). */
double      sl_cue_model_keep          (const SlCueModel *model);
void        sl_cue_model_set_keep      (SlCueModel *model,
                                        double      keep);
void        sl_cue_model_set_threshold (SlCueModel *model,
                                        double      threshold);
guint       sl_cue_model_bits          (const SlCueModel *model);
guint       sl_cue_model_n_weights     (const SlCueModel *model);
guint       sl_cue_model_n_gate        (const SlCueModel *model);

/* Whether token i is one the model may read: a lowercase word that does not name a
 * happening (a trigger such as "vetoed" makes an event, not a claim). */
gboolean    sl_cue_model_candidate     (const SlDocScan *s,
                                        guint            i);
/* Hash of token i's lowercase form (0 when it has none): what the gate is made of. */
guint32     sl_cue_word_hash           (const SlDocScan *s,
                                        guint            i);
/* Whether token i is a candidate whose word is in the gate: the model scores it at all. */
gboolean    sl_cue_model_gate          (const SlCueModel *model,
                                        const SlDocScan  *s,
                                        guint             i);
/* The features of token i in the sentence of tokens [first, end): full 32-bit hashes,
 * written to out (room for SL_CUE_MAX_FEATURES); returns how many. framed tells that a
 * frame of the lexicon already made a claim of the token. */
guint       sl_cue_features            (const SlDocScan *s,
                                        guint            first,
                                        guint            end,
                                        guint            i,
                                        gboolean         framed,
                                        guint32         *out);
/* The probability that token i heads a cue; 0 when it is no candidate or its word is not
 * in the gate. */
double      sl_cue_model_score         (const SlCueModel *model,
                                        const SlDocScan  *s,
                                        guint             first,
                                        guint             end,
                                        guint             i,
                                        gboolean          framed);
/* Whether a token the lexicon does not make a claim of is a cue: its score reaches the
 * model's threshold. */
gboolean    sl_cue_model_accepts       (const SlCueModel *model,
                                        const SlDocScan  *s,
                                        guint             first,
                                        guint             end,
                                        guint             i);
/* Whether a claim a frame of the lexicon made at token i stands: the model does not score
 * it below its keep threshold (words outside the gate always stand). */
gboolean    sl_cue_model_keeps         (const SlCueModel *model,
                                        const SlDocScan  *s,
                                        guint             first,
                                        guint             end,
                                        guint             i);

/* Tokens, sentences and word classes of a text, as the attribution stage sees them, for
 * code that needs features without running the stage (the trainer, tests). Only tokens,
 * sentences, words, text, len and gaz are set; sl_cue_scan_clear frees them. */
void        sl_cue_scan_prepare        (SlDocScan   *scan,
                                        SlGazetteer *gaz,
                                        const char  *text,
                                        gsize        len);
void        sl_cue_scan_clear          (SlDocScan *scan);

G_END_DECLS
