/* sl-json-writer.c */
#include "sl-json-writer.h"

/* Maps byte offsets of one document to character offsets, built once per document. */
typedef struct
{
  guint32  doc;
  guint32 *chars; /* byte offset → character offset, len + 1 entries */
  gsize    len;
} OffsetMap;

static void
offset_map_for (OffsetMap *map, SlModel *model, guint32 doc)
{
  gsize len = 0;
  const char *text;
  guint32 c = 0;

  if (map->chars != NULL && map->doc == doc)
    return;
  g_free (map->chars);
  text = sl_model_doc_text (model, doc, &len);
  map->doc = doc;
  map->len = text ? len : 0;
  map->chars = g_new (guint32, map->len + 1);
  for (gsize b = 0; b <= map->len; b++)
    {
      map->chars[b] = c;
      /* count the byte that starts a character, not continuation bytes */
      if (b < map->len && (((guchar) text[b]) & 0xC0) != 0x80)
        c++;
    }
  /* continuation bytes map to the character they belong to */
  for (gsize b = 1; b < map->len; b++)
    if ((((guchar) text[b]) & 0xC0) == 0x80)
      map->chars[b] = map->chars[b - 1];
}

static gint64
char_off (OffsetMap *map, SlModel *model, guint32 doc, guint32 byte)
{
  offset_map_for (map, model, doc);
  return map->chars[MIN (byte, map->len)];
}

static void
add_str (JsonBuilder *b, const char *key, SlModel *model, guint32 id)
{
  const char *s = sl_model_str (model, id);

  json_builder_set_member_name (b, key);
  if (s)
    json_builder_add_string_value (b, s);
  else
    json_builder_add_null_value (b);
}

static void
add_int (JsonBuilder *b, const char *key, gint64 v)
{
  json_builder_set_member_name (b, key);
  json_builder_add_int_value (b, v);
}

static void
add_id_or_null (JsonBuilder *b, const char *key, guint32 index)
{
  json_builder_set_member_name (b, key);
  if (index == SL_NONE)
    json_builder_add_null_value (b);
  else
    json_builder_add_int_value (b, (gint64) index + 1);
}

static void
add_day (JsonBuilder *b, const char *key, SlTime t)
{
  char buf[32];

  json_builder_set_member_name (b, key);
  json_builder_add_string_value (b, sl_time_format_day (t, buf, sizeof buf));
}

JsonNode *
sl_json_from_model (SlModel *model, gboolean with_text)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();
  OffsetMap map = { SL_NONE, NULL, 0 };

  g_return_val_if_fail (model != NULL, NULL);

  json_builder_begin_object (b);

  json_builder_set_member_name (b, "documents");
  json_builder_begin_array (b);
  for (guint32 i = 0; i < sl_model_n_docs (model); i++)
    {
      const SlDoc *d = sl_model_doc (model, i);
      json_builder_begin_object (b);
      add_int (b, "id", i + 1);
      add_str (b, "path", model, d->path);
      add_str (b, "title", model, d->title);
      add_str (b, "outlet", model, d->outlet);
      add_str (b, "url", model, d->url);
      add_str (b, "dct", model, d->dct);
      json_builder_set_member_name (b, "dct_source");
      json_builder_add_string_value (b, sl_dct_source_to_string (d->dct_source));
      if (with_text)
        {
          json_builder_set_member_name (b, "text");
          json_builder_add_string_value (b, sl_model_doc_text (model, i, NULL));
          d = sl_model_doc (model, i);
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "timexes");
  json_builder_begin_array (b);
  for (guint32 i = 0; i < sl_model_n_timexes (model); i++)
    {
      const SlTimex *t = sl_model_timex (model, i);
      gsize len = 0;
      const char *doc_text = sl_model_doc_text (model, t->doc, &len);
      g_autofree char *text = doc_text && t->end <= len && t->begin <= t->end
                                ? g_strndup (doc_text + t->begin, t->end - t->begin) : NULL;
      const char *mod = sl_mod_to_string (t->mod);

      json_builder_begin_object (b);
      add_int (b, "doc", t->doc + 1);
      add_int (b, "begin", char_off (&map, model, t->doc, t->begin));
      add_int (b, "end", char_off (&map, model, t->doc, t->end));
      json_builder_set_member_name (b, "text");
      json_builder_add_string_value (b, text ? text : "");
      json_builder_set_member_name (b, "type");
      json_builder_add_string_value (b, sl_timex_type_to_string (t->type));
      add_str (b, "value", model, t->value);
      json_builder_set_member_name (b, "mod");
      if (mod)
        json_builder_add_string_value (b, mod);
      else
        json_builder_add_null_value (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "sources");
  json_builder_begin_array (b);
  for (guint32 i = 0; i < sl_model_n_sources (model); i++)
    {
      const SlSource *s = sl_model_source (model, i);
      guint32 it = s->alias_head;
      g_autoptr (GPtrArray) aliases = g_ptr_array_new ();

      json_builder_begin_object (b);
      add_int (b, "id", i + 1);
      add_str (b, "name", model, s->name);
      json_builder_set_member_name (b, "kind");
      json_builder_add_string_value (b, sl_source_kind_to_string (s->kind));
      add_str (b, "title", model, s->title);
      json_builder_set_member_name (b, "aliases");
      json_builder_begin_array (b);
      while (it != SL_NONE)
        g_ptr_array_add (aliases, (gpointer) sl_model_str (model,
                                                           sl_model_source_alias_next (model, &it)));
      /* aliases are kept newest first; list them in the order they were found */
      for (guint k = aliases->len; k > 0; k--)
        json_builder_add_string_value (b, g_ptr_array_index (aliases, k - 1));
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "claims");
  json_builder_begin_array (b);
  for (guint32 i = 0; i < sl_model_n_claims (model); i++)
    {
      const SlClaim *c = sl_model_claim (model, i);
      json_builder_begin_object (b);
      add_int (b, "id", i + 1);
      add_int (b, "doc", c->doc + 1);
      add_int (b, "source", c->source + 1);
      add_id_or_null (b, "via", c->via);
      add_str (b, "cue", model, c->cue);
      json_builder_set_member_name (b, "stance");
      json_builder_add_string_value (b, sl_stance_to_string (c->stance));
      add_str (b, "said_on", model, c->said_on);
      add_int (b, "cue_begin", char_off (&map, model, c->doc, c->cue_begin));
      add_int (b, "cue_end", char_off (&map, model, c->doc, c->cue_end));
      add_int (b, "source_begin", char_off (&map, model, c->doc, c->source_begin));
      add_int (b, "source_end", char_off (&map, model, c->doc, c->source_end));
      add_int (b, "content_begin", char_off (&map, model, c->doc, c->content_begin));
      add_int (b, "content_end", char_off (&map, model, c->doc, c->content_end));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "events");
  json_builder_begin_array (b);
  for (guint32 i = 0; i < sl_model_n_events (model); i++)
    {
      const SlEvent *e = sl_model_event (model, i);
      const char *mod = sl_mod_to_string (e->mod);
      const guint32 *links;
      guint n;

      if (e->flags & SL_EVENT_DELETED)
        continue; /* the analyst deleted it; ids of the others stay as they were */
      json_builder_begin_object (b);
      add_int (b, "id", i + 1);
      add_int (b, "doc", e->doc + 1);
      add_str (b, "label", model, e->label);
      add_str (b, "when", model, e->when);
      json_builder_set_member_name (b, "mod");
      if (mod)
        json_builder_add_string_value (b, mod);
      else
        json_builder_add_null_value (b);
      add_day (b, "start", e->start);
      /* end is the last day the event can fall on, not the exclusive bound */
      add_day (b, "end", e->end_t > e->start ? e->end_t - 1 : e->start);
      json_builder_set_member_name (b, "category");
      json_builder_add_string_value (b, sl_category_to_string (e->category));
      json_builder_set_member_name (b, "contested");
      json_builder_add_boolean_value (b, (e->flags & SL_EVENT_CONTESTED) != 0);
      add_int (b, "sentence_begin", char_off (&map, model, e->doc, e->sentence_begin));
      add_int (b, "sentence_end", char_off (&map, model, e->doc, e->sentence_end));
      json_builder_set_member_name (b, "claims");
      json_builder_begin_array (b);
      links = sl_model_event_claims (model, i, &n);
      for (guint k = 0; k < n; k++)
        json_builder_add_int_value (b, (gint64) links[k] + 1);
      json_builder_end_array (b);
      json_builder_set_member_name (b, "actors");
      json_builder_begin_array (b);
      links = sl_model_event_actors (model, i, &n);
      for (guint k = 0; k < n; k++)
        json_builder_add_int_value (b, (gint64) links[k] + 1);
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_end_object (b);
  g_free (map.chars);
  return json_builder_get_root (b);
}
