/* sl-json-writer.h: the model as the JSON of docs/cli.md (ids are index + 1, offsets are
 * Unicode character offsets into each document's text). */
#pragma once

#include <json-glib/json-glib.h>
#include <stdio.h>
#include "model/sl-model.h"

G_BEGIN_DECLS

/* Writes the whole JSON object to out, element by element (memory stays that of one element),
 * with extra (when extra_name is not NULL) as its last member; no line break after "}". */
void sl_json_write_model (SlModel *model, gboolean with_text, const char *extra_name,
                          JsonNode *extra, FILE *out);

G_END_DECLS
