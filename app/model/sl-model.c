/* sl-model.c: packed arrays, one string pool, and a time index split by duration class so
 * that a range query never walks events that cannot overlap it. */
#include "sl-model.h"

#include <string.h>

/* Upper bounds of the duration classes; the last class has no bound of its own. */
static const SlTime duration_class_max[] = {
  SL_DAY,             /* instants and single days */
  32 * SL_DAY,        /* weeks, months */
  367 * SL_DAY,       /* seasons, quarters, years */
  3654 * SL_DAY,      /* decades */
  G_MAXINT64,         /* centuries and beyond */
};
#define N_CLASSES G_N_ELEMENTS (duration_class_max)

typedef struct
{
  guint32 str;
  guint32 next;
} SlAlias;

struct _SlModel
{
  gatomicrefcount ref;

  GStringChunk *chunk;
  GHashTable   *intern;   /* const char* (in chunk) → GUINT_TO_POINTER (id) */
  GPtrArray    *strings;  /* id → const char*; id 0 is NULL */

  GArray *docs;           /* SlDoc */
  GArray *timexes;        /* SlTimex */
  GArray *sources;        /* SlSource */
  GArray *aliases;        /* SlAlias */
  GHashTable *source_names; /* casefolded name/alias (owned) → source index + 1 */
  GArray *claims;         /* SlClaim */
  GArray *events;         /* SlEvent */
  GArray *links;          /* guint32: event claims and actors */

  guint32        lazy_base, lazy_n;
  SlStringLoader lazy_loader;
  gpointer       lazy_data;
  GDestroyNotify lazy_destroy;

  SlTextLoader   loader;
  gpointer       loader_data;
  GDestroyNotify loader_destroy;
  GHashTable    *notes; /* event index → owned string */
  GHashTable    *keys;  /* event index → owned string, for events the analyst added */

  /* time index, rebuilt lazily */
  gboolean index_valid;
  guint    generation;
  GArray  *by_start;                /* guint32, all events by start */
  GArray  *by_class[N_CLASSES];     /* guint32, events of one duration class by start */
  SlTime   class_max_dur[N_CLASSES];
};

SlModel *
sl_model_new (void)
{
  SlModel *model = g_new0 (SlModel, 1);

  g_atomic_ref_count_init (&model->ref);
  model->chunk = g_string_chunk_new (64 * 1024);
  model->intern = g_hash_table_new (g_str_hash, g_str_equal);
  model->strings = g_ptr_array_new ();
  g_ptr_array_add (model->strings, NULL);
  model->docs = g_array_new (FALSE, FALSE, sizeof (SlDoc));
  model->timexes = g_array_new (FALSE, FALSE, sizeof (SlTimex));
  model->sources = g_array_new (FALSE, FALSE, sizeof (SlSource));
  model->aliases = g_array_new (FALSE, FALSE, sizeof (SlAlias));
  model->source_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  model->claims = g_array_new (FALSE, FALSE, sizeof (SlClaim));
  model->events = g_array_new (FALSE, FALSE, sizeof (SlEvent));
  model->links = g_array_new (FALSE, FALSE, sizeof (guint32));
  model->notes = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  model->keys = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  model->by_start = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint c = 0; c < N_CLASSES; c++)
    model->by_class[c] = g_array_new (FALSE, FALSE, sizeof (guint32));
  return model;
}

SlModel *
sl_model_ref (SlModel *model)
{
  g_return_val_if_fail (model != NULL, NULL);
  g_atomic_ref_count_inc (&model->ref);
  return model;
}

void
sl_model_unref (SlModel *model)
{
  g_return_if_fail (model != NULL);
  if (!g_atomic_ref_count_dec (&model->ref))
    return;

  for (guint i = 0; i < model->docs->len; i++)
    g_free (g_array_index (model->docs, SlDoc, i).text);
  g_array_unref (model->docs);
  g_array_unref (model->timexes);
  g_array_unref (model->sources);
  g_array_unref (model->aliases);
  g_hash_table_unref (model->source_names);
  g_array_unref (model->claims);
  g_array_unref (model->events);
  g_array_unref (model->links);
  g_array_unref (model->by_start);
  for (guint c = 0; c < N_CLASSES; c++)
    g_array_unref (model->by_class[c]);
  g_hash_table_unref (model->notes);
  g_hash_table_unref (model->keys);
  if (model->loader_destroy)
    model->loader_destroy (model->loader_data);
  if (model->lazy_destroy)
    model->lazy_destroy (model->lazy_data);
  g_hash_table_unref (model->intern);
  g_ptr_array_unref (model->strings);
  g_string_chunk_free (model->chunk);
  g_free (model);
}

/* Strings */

guint32
sl_model_intern_len (SlModel *model, const char *s, gssize len)
{
  g_autofree char *tmp = NULL;
  gpointer found;
  const char *stored;
  guint32 id;

  g_return_val_if_fail (model != NULL, 0);
  if (s == NULL)
    return 0;
  if (len >= 0)
    s = tmp = g_strndup (s, len);

  if (g_hash_table_lookup_extended (model->intern, s, NULL, &found))
    return GPOINTER_TO_UINT (found);

  stored = g_string_chunk_insert (model->chunk, s);
  id = model->strings->len;
  g_ptr_array_add (model->strings, (gpointer) stored);
  g_hash_table_insert (model->intern, (gpointer) stored, GUINT_TO_POINTER (id));
  return id;
}

guint32
sl_model_intern (SlModel *model, const char *s)
{
  return sl_model_intern_len (model, s, -1);
}

const char *
sl_model_str (const SlModel *model, guint32 id)
{
  const char *s;

  g_return_val_if_fail (model != NULL, NULL);
  if (id == 0 || id >= model->strings->len)
    return NULL;
  s = g_ptr_array_index (model->strings, id);
  if (s == NULL && model->lazy_loader && id >= model->lazy_base
      && id - model->lazy_base < model->lazy_n)
    {
      /* reading a lazy string fills the cache: the model is logically unchanged */
      SlModel *self = (SlModel *) model;
      g_autofree char *loaded = self->lazy_loader (self->lazy_data, id - self->lazy_base);

      s = g_string_chunk_insert (self->chunk, loaded ? loaded : "");
      g_ptr_array_index (self->strings, id) = (gpointer) s;
    }
  return s;
}

guint32
sl_model_add_lazy_strings (SlModel *model, guint n, SlStringLoader loader, gpointer data,
                           GDestroyNotify destroy)
{
  g_return_val_if_fail (model != NULL && loader != NULL, 0);
  g_return_val_if_fail (model->lazy_loader == NULL, 0);

  model->lazy_base = model->strings->len;
  model->lazy_n = n;
  model->lazy_loader = loader;
  model->lazy_data = data;
  model->lazy_destroy = destroy;
  g_ptr_array_set_size (model->strings, model->strings->len + n);
  return model->lazy_base;
}

static void
reserve (GArray *arr, guint more)
{
  guint len = arr->len;

  g_array_set_size (arr, len + more);
  g_array_set_size (arr, len);
}

void
sl_model_reserve (SlModel *model, guint docs, guint timexes, guint sources, guint claims,
                  guint events, guint links, guint strings)
{
  g_return_if_fail (model != NULL);
  reserve (model->docs, docs);
  reserve (model->timexes, timexes);
  reserve (model->sources, sources);
  reserve (model->claims, claims);
  reserve (model->events, events);
  reserve (model->links, links);
  if (strings)
    {
      guint len = model->strings->len;
      g_ptr_array_set_size (model->strings, len + strings);
      g_ptr_array_set_size (model->strings, len);
    }
}

guint32
sl_model_add_string (SlModel *model, const char *s)
{
  g_return_val_if_fail (model != NULL, 0);
  if (s == NULL)
    return 0;
  g_ptr_array_add (model->strings, g_string_chunk_insert (model->chunk, s));
  return model->strings->len - 1;
}

/* Documents and timexes */

guint32
sl_model_add_doc (SlModel *model, const SlDoc *doc)
{
  g_return_val_if_fail (model != NULL && doc != NULL, SL_NONE);
  g_array_append_vals (model->docs, doc, 1);
  return model->docs->len - 1;
}

guint
sl_model_n_docs (const SlModel *model)
{
  return model->docs->len;
}

const SlDoc *
sl_model_doc (const SlModel *model, guint32 i)
{
  g_return_val_if_fail (i < model->docs->len, NULL);
  return &g_array_index (model->docs, SlDoc, i);
}

SlDoc *
sl_model_doc_mut (SlModel *model, guint32 i)
{
  g_return_val_if_fail (i < model->docs->len, NULL);
  return &g_array_index (model->docs, SlDoc, i);
}

void
sl_model_set_text_loader (SlModel *model, SlTextLoader loader, gpointer data,
                          GDestroyNotify destroy)
{
  g_return_if_fail (model != NULL);
  if (model->loader_destroy)
    model->loader_destroy (model->loader_data);
  model->loader = loader;
  model->loader_data = data;
  model->loader_destroy = destroy;
}

const char *
sl_model_doc_text (SlModel *model, guint32 doc, gsize *len)
{
  SlDoc *d;

  g_return_val_if_fail (model != NULL && doc < model->docs->len, NULL);
  d = &g_array_index (model->docs, SlDoc, doc);
  if (d->text == NULL && model->loader != NULL)
    d->text = model->loader (model->loader_data, doc, &d->text_len);
  if (len)
    *len = d->text ? d->text_len : 0;
  return d->text;
}

guint32
sl_model_add_timex (SlModel *model, const SlTimex *timex)
{
  g_return_val_if_fail (model != NULL && timex != NULL, SL_NONE);
  g_array_append_vals (model->timexes, timex, 1);
  return model->timexes->len - 1;
}

guint
sl_model_n_timexes (const SlModel *model)
{
  return model->timexes->len;
}

const SlTimex *
sl_model_timex (const SlModel *model, guint32 i)
{
  g_return_val_if_fail (i < model->timexes->len, NULL);
  return &g_array_index (model->timexes, SlTimex, i);
}

/* Sources */

/* name_key() of an ASCII name into buf, without allocating: there casefolding is ASCII
 * lowercasing, and g_strstrip() trims g_ascii_isspace(). FALSE when s is not ASCII or its key
 * does not fit. */
static gboolean
ascii_name_key (const char *s, char *buf, gsize size)
{
  const char *b = s, *e;
  gsize n;

  for (e = s; *e; e++)
    if ((guchar) *e >= 0x80)
      return FALSE;
  while (b < e && g_ascii_isspace (*b))
    b++;
  while (e > b && g_ascii_isspace (e[-1]))
    e--;
  n = (gsize) (e - b);
  if (n + 1 > size)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    buf[i] = (char) (b[i] >= 'A' && b[i] <= 'Z' ? b[i] + ('a' - 'A') : b[i]);
  buf[n] = '\0';
  return TRUE;
}

static char *
name_key (const char *s)
{
  char buf[256];

  if (ascii_name_key (s, buf, sizeof buf))
    return g_strdup (buf);
  {
    g_autofree char *stripped = g_strstrip (g_strdup (s));
    return g_utf8_casefold (stripped, -1);
  }
}

guint32
sl_model_find_source (const SlModel *model, const char *name_or_alias)
{
  g_autofree char *key = NULL;
  char buf[256];
  gpointer v;

  g_return_val_if_fail (model != NULL, SL_NONE);
  if (name_or_alias == NULL)
    return SL_NONE;
  if (ascii_name_key (name_or_alias, buf, sizeof buf))
    v = g_hash_table_lookup (model->source_names, buf);
  else
    {
      key = name_key (name_or_alias);
      v = g_hash_table_lookup (model->source_names, key);
    }
  return v ? GPOINTER_TO_UINT (v) - 1 : SL_NONE;
}

guint32
sl_model_add_source (SlModel *model, const char *name, SlSourceKind kind, const char *title)
{
  SlSource src = { 0 };
  guint32 idx;

  g_return_val_if_fail (model != NULL && name != NULL && *name, SL_NONE);

  idx = sl_model_find_source (model, name);
  if (idx != SL_NONE)
    {
      SlSource *known = &g_array_index (model->sources, SlSource, idx);
      if (known->title == 0 && title != NULL && *title)
        known->title = sl_model_intern (model, title);
      return idx;
    }

  src.name = sl_model_intern (model, name);
  src.title = title && *title ? sl_model_intern (model, title) : 0;
  src.kind = kind;
  src.alias_head = SL_NONE;
  src.merged_into = SL_NONE;
  g_array_append_val (model->sources, src);
  idx = model->sources->len - 1;
  g_hash_table_insert (model->source_names, name_key (name), GUINT_TO_POINTER (idx + 1));
  return idx;
}

void
sl_model_add_source_alias (SlModel *model, guint32 source, const char *alias)
{
  SlSource *src;
  SlAlias a;
  g_autofree char *key = NULL;
  guint32 str;

  g_return_if_fail (model != NULL && source < model->sources->len);
  if (alias == NULL || *alias == '\0')
    return;

  src = &g_array_index (model->sources, SlSource, source);
  str = sl_model_intern (model, alias);
  if (str == src->name)
    return;
  for (guint32 it = src->alias_head; it != SL_NONE;)
    if (sl_model_source_alias_next (model, &it) == str)
      return;

  a.str = str;
  a.next = src->alias_head;
  g_array_append_val (model->aliases, a);
  src->alias_head = model->aliases->len - 1;

  key = name_key (alias);
  if (!g_hash_table_contains (model->source_names, key))
    g_hash_table_insert (model->source_names, g_steal_pointer (&key),
                         GUINT_TO_POINTER (source + 1));
}

guint32
sl_model_source_alias_next (const SlModel *model, guint32 *it)
{
  const SlAlias *a;

  if (*it == SL_NONE || *it >= model->aliases->len)
    {
      *it = SL_NONE;
      return 0;
    }
  a = &g_array_index (model->aliases, SlAlias, *it);
  *it = a->next;
  return a->str;
}

guint
sl_model_n_sources (const SlModel *model)
{
  return model->sources->len;
}

const SlSource *
sl_model_source (const SlModel *model, guint32 i)
{
  g_return_val_if_fail (i < model->sources->len, NULL);
  return &g_array_index (model->sources, SlSource, i);
}

SlSource *
sl_model_source_mut (SlModel *model, guint32 i)
{
  g_return_val_if_fail (i < model->sources->len, NULL);
  return &g_array_index (model->sources, SlSource, i);
}

/* Re-points the name and alias keys of the source that was at `from` to `to` (SL_NONE:
 * removes them), leaving keys that already find another source alone. */
static void
rekey_source (SlModel *model, const SlSource *src, guint32 from, guint32 to)
{
  guint32 it = src->alias_head;
  guint32 str = src->name;

  for (;;)
    {
      g_autofree char *key = name_key (sl_model_str (model, str));
      gpointer v = g_hash_table_lookup (model->source_names, key);

      if (v != NULL && GPOINTER_TO_UINT (v) - 1 == from)
        {
          if (to == SL_NONE)
            g_hash_table_remove (model->source_names, key);
          else
            g_hash_table_insert (model->source_names, g_steal_pointer (&key), GUINT_TO_POINTER (to + 1));
        }
      if (it == SL_NONE)
        break;
      str = sl_model_source_alias_next (model, &it);
    }
}

guint
sl_model_prune_sources (SlModel *model, guint32 first, guint32 first_claim, guint32 first_event,
                        const gboolean *keep)
{
  guint32 n, next;
  g_autofree guint32 *map = NULL;
  g_autofree gboolean *used = NULL;

  g_return_val_if_fail (model != NULL, 0);
  n = model->sources->len;
  if (first >= n)
    return 0;
  used = g_new0 (gboolean, n - first);
  for (guint32 i = first; i < n; i++)
    used[i - first] = (keep != NULL && keep[i - first])
                      || g_array_index (model->sources, SlSource, i).n_claims > 0;
  for (guint32 e = first_event; e < model->events->len; e++)
    {
      const SlEvent *ev = &g_array_index (model->events, SlEvent, e);
      for (guint k = 0; k < ev->n_actors; k++)
        {
          guint32 a = g_array_index (model->links, guint32, ev->links_first + ev->n_claims + k);
          if (a >= first && a < n)
            used[a - first] = TRUE;
        }
    }

  map = g_new (guint32, n - first);
  next = first;
  for (guint32 i = first; i < n; i++)
    {
      const SlSource *src = &g_array_index (model->sources, SlSource, i);

      map[i - first] = used[i - first] ? next : SL_NONE;
      if (map[i - first] != i)
        rekey_source (model, src, i, map[i - first]);
      if (used[i - first])
        {
          if (next != i)
            g_array_index (model->sources, SlSource, next) = *src;
          next++;
        }
    }
  if (next == n)
    return 0;
  g_array_set_size (model->sources, next);

  for (guint32 c = first_claim; c < model->claims->len; c++)
    {
      SlClaim *cl = &g_array_index (model->claims, SlClaim, c);
      if (cl->source >= first)
        cl->source = map[cl->source - first];
    }
  for (guint32 e = first_event; e < model->events->len; e++)
    {
      const SlEvent *ev = &g_array_index (model->events, SlEvent, e);
      for (guint k = 0; k < ev->n_actors; k++)
        {
          guint32 *a = &g_array_index (model->links, guint32, ev->links_first + ev->n_claims + k);
          if (*a >= first)
            *a = map[*a - first];
        }
    }
  for (guint32 i = first; i < next; i++)
    {
      SlSource *src = &g_array_index (model->sources, SlSource, i);
      if (src->merged_into != SL_NONE && src->merged_into >= first)
        src->merged_into = map[src->merged_into - first];
    }
  return n - next;
}

/* Claims */

guint32
sl_model_add_claim (SlModel *model, const SlClaim *claim)
{
  g_return_val_if_fail (model != NULL && claim != NULL, SL_NONE);
  g_return_val_if_fail (claim->source < model->sources->len, SL_NONE);
  g_return_val_if_fail (claim->via == SL_NONE || claim->via < model->claims->len, SL_NONE);

  g_array_append_vals (model->claims, claim, 1);
  g_array_index (model->sources, SlSource, claim->source).n_claims++;
  return model->claims->len - 1;
}

guint
sl_model_n_claims (const SlModel *model)
{
  return model->claims->len;
}

const SlClaim *
sl_model_claim (const SlModel *model, guint32 i)
{
  g_return_val_if_fail (i < model->claims->len, NULL);
  return &g_array_index (model->claims, SlClaim, i);
}

SlClaim *
sl_model_claim_mut (SlModel *model, guint32 i)
{
  g_return_val_if_fail (i < model->claims->len, NULL);
  return &g_array_index (model->claims, SlClaim, i);
}

/* Events */

guint32
sl_model_add_event (SlModel *model, const SlEvent *ev,
                    const guint32 *claims, guint n_claims,
                    const guint32 *actors, guint n_actors)
{
  SlEvent copy;

  g_return_val_if_fail (model != NULL && ev != NULL, SL_NONE);
  g_return_val_if_fail (n_claims <= G_MAXUINT16 && n_actors <= G_MAXUINT16, SL_NONE);

  copy = *ev;
  if (copy.end_t < copy.start)
    copy.end_t = copy.start;
  copy.links_first = model->links->len;
  copy.n_claims = n_claims;
  copy.n_actors = n_actors;
  if (n_claims)
    g_array_append_vals (model->links, claims, n_claims);
  if (n_actors)
    g_array_append_vals (model->links, actors, n_actors);
  g_array_append_val (model->events, copy);
  model->index_valid = FALSE;
  model->generation++;
  return model->events->len - 1;
}

guint
sl_model_n_events (const SlModel *model)
{
  return model->events->len;
}

const SlEvent *
sl_model_event (const SlModel *model, guint32 i)
{
  g_return_val_if_fail (i < model->events->len, NULL);
  return &g_array_index (model->events, SlEvent, i);
}

SlEvent *
sl_model_event_mut (SlModel *model, guint32 i)
{
  g_return_val_if_fail (i < model->events->len, NULL);
  return &g_array_index (model->events, SlEvent, i);
}

void
sl_model_events_changed (SlModel *model)
{
  g_return_if_fail (model != NULL);
  model->index_valid = FALSE;
  model->generation++;
}

guint
sl_model_events_generation (const SlModel *model)
{
  g_return_val_if_fail (model != NULL, 0);
  return model->generation;
}

void
sl_model_set_event_note (SlModel *model, guint32 event, const char *note)
{
  g_return_if_fail (model != NULL && event < model->events->len);
  if (note == NULL || *note == '\0')
    g_hash_table_remove (model->notes, GUINT_TO_POINTER (event));
  else
    g_hash_table_insert (model->notes, GUINT_TO_POINTER (event), g_strdup (note));
}

const char *
sl_model_event_note (const SlModel *model, guint32 event)
{
  g_return_val_if_fail (model != NULL, NULL);
  return g_hash_table_lookup (model->notes, GUINT_TO_POINTER (event));
}

void
sl_model_set_event_key (SlModel *model, guint32 event, const char *key)
{
  g_return_if_fail (model != NULL && event < model->events->len && key != NULL);
  g_hash_table_insert (model->keys, GUINT_TO_POINTER (event), g_strdup (key));
}

const char *
sl_model_event_key (const SlModel *model, guint32 event)
{
  g_return_val_if_fail (model != NULL, NULL);
  return g_hash_table_lookup (model->keys, GUINT_TO_POINTER (event));
}

void
sl_model_merge_sources (SlModel *model, guint32 from, guint32 into)
{
  SlSource *a, *b;

  g_return_if_fail (model != NULL && from < model->sources->len && into < model->sources->len);
  if (from == into)
    return;
  for (guint32 i = 0; i < model->claims->len; i++)
    {
      SlClaim *c = &g_array_index (model->claims, SlClaim, i);
      if (c->source == from)
        c->source = into;
    }
  for (guint32 e = 0; e < model->events->len; e++)
    {
      SlEvent *ev = &g_array_index (model->events, SlEvent, e);
      guint32 *actors = &g_array_index (model->links, guint32, ev->links_first + ev->n_claims);
      for (guint k = 0; k < ev->n_actors; k++)
        if (actors[k] == from)
          actors[k] = into;
    }
  a = &g_array_index (model->sources, SlSource, from);
  b = &g_array_index (model->sources, SlSource, into);
  b->n_claims += a->n_claims;
  a->n_claims = 0;
  a->merged_into = into;
  sl_model_add_source_alias (model, into, sl_model_str (model, a->name));
  /* the merged name now finds the source it went into */
  g_hash_table_insert (model->source_names, name_key (sl_model_str (model, a->name)),
                       GUINT_TO_POINTER (into + 1));
}

const guint32 *
sl_model_event_claims (const SlModel *model, guint32 i, guint *n)
{
  const SlEvent *ev = sl_model_event (model, i);

  g_return_val_if_fail (ev != NULL && n != NULL, NULL);
  *n = ev->n_claims;
  return ev->n_claims ? &g_array_index (model->links, guint32, ev->links_first) : NULL;
}

const guint32 *
sl_model_event_actors (const SlModel *model, guint32 i, guint *n)
{
  const SlEvent *ev = sl_model_event (model, i);

  g_return_val_if_fail (ev != NULL && n != NULL, NULL);
  *n = ev->n_actors;
  return ev->n_actors
    ? &g_array_index (model->links, guint32, ev->links_first + ev->n_claims) : NULL;
}

/* Time index */

static int
cmp_by_start_pair (const SlEvent *events, guint32 a, guint32 b)
{
  const SlEvent *ea = &events[a], *eb = &events[b];

  if (ea->start != eb->start)
    return ea->start < eb->start ? -1 : 1;
  if (ea->end_t != eb->end_t)
    return ea->end_t < eb->end_t ? -1 : 1;
  return a < b ? -1 : (a > b);
}


typedef struct
{
  guint64 start, end; /* sign bit flipped, so unsigned order is time order */
  guint32 idx;
} SortItem;

/* Orders events by (start, end, index) with a stable least-significant-byte radix sort:
 * a comparison sort of a million indexes visits the events at random and spends most of a
 * project's opening time there. Bytes that are the same in every key are skipped. */
static void
radix_sort_by_start (const SlEvent *events, guint32 *order, guint n)
{
  SortItem *a = g_new (SortItem, n), *b = g_new (SortItem, n);
  guint64 or_bits[2] = { 0, 0 }, and_bits[2] = { ~(guint64) 0, ~(guint64) 0 };

  for (guint k = 0; k < n; k++)
    {
      const SlEvent *ev = &events[order[k]];
      a[k].start = (guint64) ev->start ^ ((guint64) 1 << 63);
      a[k].end = (guint64) ev->end_t ^ ((guint64) 1 << 63);
      a[k].idx = order[k];
      or_bits[0] |= a[k].end;
      and_bits[0] &= a[k].end;
      or_bits[1] |= a[k].start;
      and_bits[1] &= a[k].start;
    }
  /* the order given is by index, so ties keep index order: end first, then start */
  for (guint key = 0; key < 2; key++)
    for (guint byte = 0; byte < 8; byte++)
      {
        guint shift = byte * 8;
        gsize count[257] = { 0 };
        SortItem *tmp;

        if (((or_bits[key] ^ and_bits[key]) >> shift & 0xff) == 0)
          continue; /* this byte is the same everywhere */
        for (guint k = 0; k < n; k++)
          count[((key ? a[k].start : a[k].end) >> shift & 0xff) + 1]++;
        for (guint c = 1; c < 257; c++)
          count[c] += count[c - 1];
        for (guint k = 0; k < n; k++)
          b[count[(key ? a[k].start : a[k].end) >> shift & 0xff]++] = a[k];
        tmp = a;
        a = b;
        b = tmp;
      }
  for (guint k = 0; k < n; k++)
    order[k] = a[k].idx;
  g_free (a);
  g_free (b);
}

static gboolean
is_sorted (const SlEvent *events, const GArray *order)
{
  for (guint k = 1; k < order->len; k++)
    if (cmp_by_start_pair (events, g_array_index (order, guint32, k - 1),
                           g_array_index (order, guint32, k)) > 0)
      return FALSE;
  return TRUE;
}

/* An event's length, never overflowing: times from a file are checked when read, but the
 * index must not trust that every writer of the model did. */
static SlTime
span_of (const SlEvent *e)
{
  if (e->end_t <= e->start)
    return 0;
  if (e->start < 0 && e->end_t > G_MAXINT64 + e->start)
    return G_MAXINT64;
  return e->end_t - e->start;
}

static void
ensure_index (SlModel *model)
{
  const SlEvent *events = (const SlEvent *) model->events->data;
  guint n = model->events->len;

  if (model->index_valid)
    return;

  g_array_set_size (model->by_start, n);
  for (guint c = 0; c < N_CLASSES; c++)
    {
      g_array_set_size (model->by_class[c], 0);
      model->class_max_dur[c] = 0;
    }
  g_array_set_size (model->by_start, 0);
  for (guint32 i = 0; i < n; i++)
    {
      /* what the analyst hid or deleted is out of every view */
      if (events[i].flags & (SL_EVENT_HIDDEN | SL_EVENT_DELETED))
        continue;
      g_array_append_val (model->by_start, i);
    }

  /* one sort; the classes are then filled in start order, already sorted */
  if (!is_sorted (events, model->by_start))
    radix_sort_by_start (events, (guint32 *) model->by_start->data, model->by_start->len);
  for (guint k = 0; k < model->by_start->len; k++)
    {
      guint32 i = g_array_index (model->by_start, guint32, k);
      SlTime dur = span_of (&events[i]);
      guint c = 0;

      while (c + 1 < N_CLASSES && dur > duration_class_max[c])
        c++;
      g_array_append_val (model->by_class[c], i);
      model->class_max_dur[c] = MAX (model->class_max_dur[c], dur);
    }

  model->index_valid = TRUE;
}

const guint32 *
sl_model_events_by_start (SlModel *model, guint *n)
{
  g_return_val_if_fail (model != NULL && n != NULL, NULL);
  ensure_index (model);
  *n = model->by_start->len;
  return (const guint32 *) model->by_start->data;
}

gboolean
sl_model_time_bounds (SlModel *model, SlTime *t0, SlTime *t1)
{
  const SlEvent *events;
  SlTime lo, hi = G_MININT64;

  g_return_val_if_fail (model != NULL, FALSE);
  ensure_index (model);
  if (model->by_start->len == 0)
    return FALSE;
  events = (const SlEvent *) model->events->data;
  lo = events[g_array_index (model->by_start, guint32, 0)].start;
  /* the latest end lies among each class's last starters, within its max duration */
  for (guint c = 0; c < N_CLASSES; c++)
    {
      GArray *arr = model->by_class[c];
      for (guint k = arr->len; k > 0; k--)
        {
          const SlEvent *ev = &events[g_array_index (arr, guint32, k - 1)];
          hi = MAX (hi, ev->end_t);
          if (ev->start + model->class_max_dur[c] < hi)
            break;
        }
    }
  if (t0)
    *t0 = lo;
  if (t1)
    *t1 = hi;
  return TRUE;
}

/* first position in arr whose event starts at or after t */
static guint
lower_bound (const SlEvent *events, const GArray *arr, SlTime t)
{
  guint lo = 0, hi = arr->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (events[g_array_index (arr, guint32, mid)].start < t)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

void
sl_model_events_in_range (SlModel *model, SlTime t0, SlTime t1, GArray *out)
{
  const SlEvent *events;
  guint pos[N_CLASSES], end[N_CLASSES];

  g_return_if_fail (model != NULL && out != NULL);
  if (model->events->len == 0 || t1 <= t0)
    return;
  ensure_index (model);
  if (model->by_start->len == 0)
    return;
  events = (const SlEvent *) model->events->data;

  for (guint c = 0; c < N_CLASSES; c++)
    {
      SlTime from = t0 > G_MININT64 + model->class_max_dur[c] ? t0 - model->class_max_dur[c]
                                                               : G_MININT64;
      pos[c] = lower_bound (events, model->by_class[c], from);
      end[c] = lower_bound (events, model->by_class[c], t1);
    }

  /* merge the classes' candidate runs in start order */
  for (;;)
    {
      guint best = N_CLASSES;
      guint32 ei;

      for (guint c = 0; c < N_CLASSES; c++)
        {
          if (pos[c] >= end[c])
            continue;
          if (best == N_CLASSES
              || cmp_by_start_pair (events, g_array_index (model->by_class[c], guint32, pos[c]),
                                    g_array_index (model->by_class[best], guint32, pos[best])) < 0)
            best = c;
        }
      if (best == N_CLASSES)
        break;
      ei = g_array_index (model->by_class[best], guint32, pos[best]++);
      if (events[ei].end_t > t0 || (events[ei].end_t == events[ei].start && events[ei].start >= t0))
        g_array_append_val (out, ei);
    }
}

/* Linking */

static void
append_unique (GArray *out, guint32 v)
{
  for (guint i = 0; i < out->len; i++)
    if (g_array_index (out, guint32, i) == v)
      return;
  g_array_append_val (out, v);
}

void
sl_model_claim_chain (const SlModel *model, guint32 claim, GArray *out)
{
  guint start = out->len;
  guint guard = 0;

  g_return_if_fail (model != NULL && out != NULL);
  /* walk from the origin outward, then reverse so the outermost comes first */
  while (claim != SL_NONE && claim < model->claims->len && guard++ < 64)
    {
      g_array_append_val (out, claim);
      claim = g_array_index (model->claims, SlClaim, claim).via;
    }
  for (guint i = start, j = out->len; i + 1 < j; i++, j--)
    {
      guint32 t = g_array_index (out, guint32, i);
      g_array_index (out, guint32, i) = g_array_index (out, guint32, j - 1);
      g_array_index (out, guint32, j - 1) = t;
    }
}

void
sl_model_event_sources (const SlModel *model, guint32 event, GArray *out)
{
  g_autoptr (GArray) chain = g_array_new (FALSE, FALSE, sizeof (guint32));
  const guint32 *claims;
  guint n;

  g_return_if_fail (model != NULL && out != NULL && event < model->events->len);
  claims = sl_model_event_claims (model, event, &n);
  for (guint i = 0; i < n; i++)
    {
      g_array_set_size (chain, 0);
      sl_model_claim_chain (model, claims[i], chain);
      for (guint k = 0; k < chain->len; k++)
        append_unique (out, g_array_index (model->claims, SlClaim,
                                           g_array_index (chain, guint32, k)).source);
    }
}

void
sl_model_source_events (const SlModel *model, guint32 source, GArray *out)
{
  g_autoptr (GArray) chain = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint n_events = model->events->len;

  g_return_if_fail (model != NULL && out != NULL && source < model->sources->len);
  for (guint32 e = 0; e < n_events; e++)
    {
      guint n;
      const guint32 *claims = sl_model_event_claims (model, e, &n);
      gboolean hit = FALSE;

      for (guint i = 0; i < n && !hit; i++)
        {
          g_array_set_size (chain, 0);
          sl_model_claim_chain (model, claims[i], chain);
          for (guint k = 0; k < chain->len && !hit; k++)
            hit = g_array_index (model->claims, SlClaim,
                                 g_array_index (chain, guint32, k)).source == source;
        }
      if (hit)
        g_array_append_val (out, e);
    }
}

/* Names */

const char *
sl_source_kind_to_string (SlSourceKind kind)
{
  static const char *const names[] = { "outlet", "agency", "government", "person",
                                       "organization", "country", "unnamed" };
  return (guint) kind < G_N_ELEMENTS (names) ? names[kind] : "unnamed";
}

const char *
sl_stance_to_string (SlStance stance)
{
  static const char *const names[] = { "assert", "estimate", "suspect", "deny", "report" };
  return (guint) stance < G_N_ELEMENTS (names) ? names[stance] : "assert";
}

const char *
sl_category_to_string (SlCategory category)
{
  static const char *const names[] = { "other", "diplomatic", "military", "sanctions",
                                       "statement", "economic" };
  return (guint) category < G_N_ELEMENTS (names) ? names[category] : "other";
}

const char *
sl_dct_source_to_string (SlDctSource source)
{
  static const char *const names[] = { "none", "metadata", "text", "inferred", "given" };
  return (guint) source < G_N_ELEMENTS (names) ? names[source] : "none";
}

const char *
sl_timex_type_to_string (SlTimexType type)
{
  static const char *const names[] = { "DATE", "TIME", "DURATION", "SET" };
  return (guint) type < G_N_ELEMENTS (names) ? names[type] : "DATE";
}

/* Merging */

static guint32
remap_str (SlModel *model, const SlModel *other, guint32 id)
{
  return id ? sl_model_intern (model, sl_model_str (other, id)) : 0;
}

void
sl_model_append (SlModel *model, SlModel *other)
{
  guint32 doc_base = model->docs->len, timex_base = model->timexes->len;
  guint32 claim_base = model->claims->len;
  g_autofree guint32 *source_map = NULL;
  g_autoptr (GArray) links = g_array_new (FALSE, FALSE, sizeof (guint32));

  g_return_if_fail (model != NULL && other != NULL && model != other);

  for (guint32 i = 0; i < other->docs->len; i++)
    {
      SlDoc *od = &g_array_index (other->docs, SlDoc, i);
      SlDoc d = *od;

      if (d.text == NULL && other->loader)
        d.text = other->loader (other->loader_data, i, &d.text_len);
      else
        od->text = NULL; /* taken */
      d.path = remap_str (model, other, od->path);
      d.title = remap_str (model, other, od->title);
      d.outlet = remap_str (model, other, od->outlet);
      d.url = remap_str (model, other, od->url);
      d.dct = remap_str (model, other, od->dct);
      d.hash = remap_str (model, other, od->hash);
      g_array_append_val (model->docs, d);
    }

  for (guint32 i = 0; i < other->timexes->len; i++)
    {
      SlTimex t = g_array_index (other->timexes, SlTimex, i);
      t.doc += doc_base;
      t.value = remap_str (model, other, t.value);
      g_array_append_val (model->timexes, t);
    }

  source_map = g_new (guint32, MAX (other->sources->len, 1));
  for (guint32 i = 0; i < other->sources->len; i++)
    {
      const SlSource *os = &g_array_index (other->sources, SlSource, i);
      const char *name = sl_model_str (other, os->name);
      guint32 s = sl_model_find_source (model, name);
      SlSource *ms;

      /* known by an alias ("Kirby" who is "John Kirby") is known */
      for (guint32 it = os->alias_head; it != SL_NONE && s == SL_NONE;)
        s = sl_model_find_source (model, sl_model_str (other, sl_model_source_alias_next (other, &it)));
      if (s == SL_NONE)
        s = sl_model_add_source (model, name, os->kind, sl_model_str (other, os->title));
      else
        sl_model_add_source_alias (model, s, name);
      for (guint32 it = os->alias_head; it != SL_NONE;)
        sl_model_add_source_alias (model, s, sl_model_str (other, sl_model_source_alias_next (other, &it)));
      ms = &g_array_index (model->sources, SlSource, s);
      if (ms->reliability == 0 && os->reliability)
        {
          ms->reliability = os->reliability;
          ms->credibility = os->credibility;
        }
      source_map[i] = s;
    }

  for (guint32 i = 0; i < other->claims->len; i++)
    {
      SlClaim c = g_array_index (other->claims, SlClaim, i);
      c.doc += doc_base;
      c.source = source_map[c.source];
      c.via = c.via == SL_NONE ? SL_NONE : c.via + claim_base;
      c.cue = remap_str (model, other, c.cue);
      c.said_on = remap_str (model, other, c.said_on);
      g_array_append_val (model->claims, c);
      g_array_index (model->sources, SlSource, c.source).n_claims++;
    }

  for (guint32 i = 0; i < other->events->len; i++)
    {
      SlEvent e = g_array_index (other->events, SlEvent, i);
      const guint32 *ol = &g_array_index (other->links, guint32, e.links_first);

      g_array_set_size (links, 0);
      for (guint k = 0; k < e.n_claims; k++)
        {
          guint32 v = ol[k] + claim_base;
          g_array_append_val (links, v);
        }
      for (guint k = 0; k < e.n_actors; k++)
        g_array_append_val (links, source_map[ol[e.n_claims + k]]);
      e.doc += doc_base;
      e.label = remap_str (model, other, e.label);
      e.when = remap_str (model, other, e.when);
      e.timex = e.timex == SL_NONE ? SL_NONE : e.timex + timex_base;
      sl_model_add_event (model, &e, e.n_claims ? (const guint32 *) links->data : NULL,
                          e.n_claims,
                          e.n_actors ? (const guint32 *) links->data + e.n_claims : NULL,
                          e.n_actors);
    }
}
