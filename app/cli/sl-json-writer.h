/* sl-json-writer.h: the model as the JSON of docs/cli.md (ids are index + 1, offsets are
 * Unicode character offsets into each document's text). */
#pragma once

#include <json-glib/json-glib.h>
#include "model/sl-model.h"

G_BEGIN_DECLS

JsonNode *sl_json_from_model (SlModel *model, gboolean with_text);

G_END_DECLS
