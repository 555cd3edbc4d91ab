/* sl-attribution-merge.c: across documents. Copies one article's results from a scratch
 * model into the project (so extraction can run on several threads), groups the events that
 * several articles report, counts their independent origins and suggests Admiralty grades. */
#include "sl-attribution-private.h"

#include <string.h>

/* ------------------------------------------------------------------ copying */

static guint32
re_intern (SlModel *dst, const SlModel *src, guint32 id)
{
  return id ? sl_model_intern (dst, sl_model_str (src, id)) : 0;
}

/* The source of dst that stands for source `s` of src; unnamed sources of another article
 * stay apart ("officials" of one article are not those of another). */
static guint32
copy_source (SlModel *dst, const SlModel *src, guint32 s, guint32 dst_doc, GHashTable *own)
{
  const SlSource *ss = sl_model_source (src, s);
  const char *name = sl_model_str (src, ss->name);
  const char *title = ss->title ? sl_model_str (src, ss->title) : NULL;
  g_autofree char *renamed = NULL;
  guint32 idx = sl_model_find_source (dst, name);
  gboolean aliases = TRUE;

  if (ss->kind == SL_SOURCE_UNNAMED && idx != SL_NONE
      && !g_hash_table_contains (own, GUINT_TO_POINTER (idx)))
    {
      const SlDoc *d = sl_model_doc (dst, dst_doc);
      const char *outlet = d->outlet ? sl_model_str (dst, d->outlet) : NULL;

      renamed = outlet && *outlet ? g_strdup_printf ("%s (%s)", name, outlet) : NULL;
      if (renamed == NULL || sl_model_find_source (dst, renamed) != SL_NONE)
        {
          g_free (renamed);
          renamed = g_strdup_printf ("%s (document %u)", name, dst_doc + 1);
        }
      name = renamed;
      aliases = FALSE;
    }
  idx = sl_model_add_source (dst, name, ss->kind, title);
  g_hash_table_add (own, GUINT_TO_POINTER (idx));
  if (aliases)
    for (guint32 it = ss->alias_head; it != SL_NONE;)
      {
        guint32 a = sl_model_source_alias_next (src, &it);
        if (a != 0)
          sl_model_add_source_alias (dst, idx, sl_model_str (src, a));
      }
  return idx;
}

guint32
sl_attribution_copy_document (SlModel *dst, SlModel *src, guint32 doc)
{
  g_autoptr (GHashTable) own = g_hash_table_new (NULL, NULL);
  g_autofree guint32 *smap = NULL;
  g_autofree guint32 *cmap = NULL;
  g_autofree guint32 *tmap = NULL;
  g_autoptr (GArray) links = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) actors = g_array_new (FALSE, FALSE, sizeof (guint32));
  const SlDoc *d;
  SlDoc nd;
  const char *text;
  gsize len = 0;
  guint32 di;

  g_return_val_if_fail (dst != NULL && src != NULL && dst != src, SL_NONE);
  g_return_val_if_fail (doc < sl_model_n_docs (src), SL_NONE);

  text = sl_model_doc_text (src, doc, &len);
  d = sl_model_doc (src, doc);
  nd = *d;
  nd.path = re_intern (dst, src, d->path);
  nd.title = re_intern (dst, src, d->title);
  nd.outlet = re_intern (dst, src, d->outlet);
  nd.url = re_intern (dst, src, d->url);
  nd.dct = re_intern (dst, src, d->dct);
  nd.hash = re_intern (dst, src, d->hash);
  nd.text = text ? g_strndup (text, len) : NULL;
  nd.text_len = text ? len : 0;
  di = sl_model_add_doc (dst, &nd);

  tmap = g_new (guint32, sl_model_n_timexes (src) + 1);
  for (guint32 t = 0; t < sl_model_n_timexes (src); t++)
    {
      SlTimex tx = *sl_model_timex (src, t);
      tmap[t] = SL_NONE;
      if (tx.doc != doc)
        continue;
      tx.doc = di;
      tx.value = re_intern (dst, src, tx.value);
      tmap[t] = sl_model_add_timex (dst, &tx);
    }

  smap = g_new (guint32, sl_model_n_sources (src) + 1);
  for (guint32 s = 0; s < sl_model_n_sources (src); s++)
    smap[s] = SL_NONE;
  /* the article's outlet first: it is the root of what the article reports */
  if (d->outlet)
    {
      guint32 o = sl_model_find_source (src, sl_model_str (src, d->outlet));
      if (o != SL_NONE)
        smap[o] = copy_source (dst, src, o, di, own);
    }

  cmap = g_new (guint32, sl_model_n_claims (src) + 1);
  for (guint32 c = 0; c < sl_model_n_claims (src); c++)
    {
      SlClaim cl = *sl_model_claim (src, c);
      cmap[c] = SL_NONE;
      if (cl.doc != doc)
        continue;
      if (smap[cl.source] == SL_NONE)
        smap[cl.source] = copy_source (dst, src, cl.source, di, own);
      cl.doc = di;
      cl.source = smap[cl.source];
      cl.via = cl.via != SL_NONE && cl.via < c ? cmap[cl.via] : SL_NONE;
      cl.cue = re_intern (dst, src, cl.cue);
      cl.said_on = re_intern (dst, src, cl.said_on);
      cmap[c] = sl_model_add_claim (dst, &cl);
    }
  /* a via pointing forward (rare) is resolved once every claim is in */
  for (guint32 c = 0; c < sl_model_n_claims (src); c++)
    {
      const SlClaim *cl = sl_model_claim (src, c);
      if (cmap[c] != SL_NONE && cl->via != SL_NONE && cl->via >= c)
        sl_model_claim_mut (dst, cmap[c])->via = cmap[cl->via];
    }

  for (guint32 e = 0; e < sl_model_n_events (src); e++)
    {
      SlEvent ev = *sl_model_event (src, e);
      const guint32 *l;
      guint n;

      if (ev.doc != doc)
        continue;
      g_array_set_size (links, 0);
      g_array_set_size (actors, 0);
      l = sl_model_event_claims (src, e, &n);
      for (guint k = 0; k < n; k++)
        if (cmap[l[k]] != SL_NONE)
          g_array_append_val (links, cmap[l[k]]);
      l = sl_model_event_actors (src, e, &n);
      for (guint k = 0; k < n; k++)
        {
          if (smap[l[k]] == SL_NONE)
            smap[l[k]] = copy_source (dst, src, l[k], di, own);
          g_array_append_val (actors, smap[l[k]]);
        }
      ev.doc = di;
      ev.label = ev.label ? sl_model_add_string (dst, sl_model_str (src, ev.label)) : 0;
      ev.when = re_intern (dst, src, ev.when);
      ev.timex = ev.timex != SL_NONE ? tmap[ev.timex] : SL_NONE;
      sl_model_add_event (dst, &ev, (const guint32 *) (gpointer) links->data, links->len,
                          (const guint32 *) (gpointer) actors->data, actors->len);
    }
  return di;
}

/* ------------------------------------------------------------------ grouping events */

struct _SlEventMerge
{
  SlModel *model;
  guint    n;
  guint32 *group;   /* event → group */
  guint32 *first;   /* group → first index in members (n_groups + 1 entries) */
  guint32 *members; /* events ordered by group, each group by event index */
  guint    n_groups;
};

/* Words of a label that say what happened, reduced to a crude stem ("vetoes", "vetoed" and
 * "veto" meet; so do "Russia" and "Russian"). */
static const char *const stop_words[] = {
  "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "by", "with", "from",
  "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "that", "this", "its",
  "it", "says", "said", "say", "more", "than", "about", "into", "over", "after", "before",
};

/* Words of a label that only say when: the dates are compared on their own, so "Bielik was
 * arrested in March 2024" and "Case was brought in March 2024" share nothing that happened. */
static const char *const time_words[] = {
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
  "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
  "saturday", "sunday", "day", "days", "week", "weeks", "month", "months", "year", "years",
  "today", "yesterday", "tonight", "morning", "afternoon", "evening", "night", "last", "next",
  "earlier", "later", "ago", "early", "late", "mid", "spring", "summer", "autumn", "winter",
  "quarter",
};

static gboolean
time_word (const char *low, gsize m)
{
  /* a year */
  if (m == 4 && g_ascii_isdigit (low[0]) && g_ascii_isdigit (low[1]) && g_ascii_isdigit (low[2])
      && g_ascii_isdigit (low[3]) && (low[0] == '1' || low[0] == '2'))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (time_words); i++)
    if (strcmp (low, time_words[i]) == 0)
      return TRUE;
  return FALSE;
}

static guint32
stem_id (GHashTable *ids, const char *w, gsize n)
{
  char buf[8];
  gsize m = MIN (n, 32);
  char low[40];
  gpointer v;

  for (gsize i = 0; i < m; i++)
    low[i] = g_ascii_tolower (w[i]);
  low[m] = '\0';
  for (guint i = 0; i < G_N_ELEMENTS (stop_words); i++)
    if (strcmp (low, stop_words[i]) == 0)
      return 0;
  if (time_word (low, m))
    return 0;
  if (m > 5 && g_str_has_suffix (low, "ing"))
    m -= 3;
  else if (m > 4 && g_str_has_suffix (low, "ed"))
    m -= 2;
  else if (m > 4 && g_str_has_suffix (low, "es"))
    m -= 2;
  else if (m > 3 && low[m - 1] == 's' && low[m - 2] != 's')
    m -= 1;
  m = MIN (m, 6);
  memcpy (buf, low, m);
  buf[m] = '\0';
  if (!g_hash_table_lookup_extended (ids, buf, NULL, &v))
    {
      v = GUINT_TO_POINTER (g_hash_table_size (ids) + 1);
      g_hash_table_insert (ids, g_strdup (buf), v);
    }
  return GPOINTER_TO_UINT (v);
}

static int
cmp_u32 (gconstpointer a, gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;
  return x < y ? -1 : x > y;
}

/* The sorted, distinct word stems of each event's label: words[first[e] .. first[e+1]). */
static void
label_words (const SlModel *model, guint n, GArray *words, guint32 *first)
{
  g_autoptr (GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint e = 0; e < n; e++)
    {
      const char *label = sl_model_str (model, sl_model_event (model, e)->label);
      guint start = words->len;

      first[e] = start;
      for (const char *p = label ? label : ""; *p;)
        {
          const char *q = p;
          guint32 id;
          while (*q && (g_ascii_isalnum (*q) || (guchar) *q >= 0x80 || *q == '-'))
            q++;
          if (q > p && (id = stem_id (ids, p, q - p)) != 0)
            g_array_append_val (words, id);
          p = *q ? q + 1 : q;
        }
      if (words->len > start + 1)
        {
          guint32 *w = &g_array_index (words, guint32, start);
          guint len = words->len - start, o = 1;
          qsort (w, len, sizeof (guint32), cmp_u32);
          for (guint k = 1; k < len; k++)
            if (w[k] != w[o - 1])
              w[o++] = w[k];
          g_array_set_size (words, start + o);
        }
    }
  first[n] = words->len;
}

static guint
shared_words (const guint32 *a, guint na, const guint32 *b, guint nb)
{
  guint i = 0, j = 0, n = 0;

  while (i < na && j < nb)
    {
      if (a[i] == b[j])
        {
          n++;
          i++;
          j++;
        }
      else if (a[i] < b[j])
        i++;
      else
        j++;
    }
  return n;
}

static gboolean
shares_actor (const SlModel *model, guint32 a, guint32 b)
{
  guint na, nb;
  const guint32 *x = sl_model_event_actors (model, a, &na);
  const guint32 *y = sl_model_event_actors (model, b, &nb);

  for (guint i = 0; i < na; i++)
    for (guint j = 0; j < nb; j++)
      if (x[i] == y[j])
        return TRUE;
  return FALSE;
}

static guint32
uf_find (guint32 *parent, guint32 x)
{
  while (parent[x] != x)
    {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
  return x;
}

static void
uf_union (guint32 *parent, guint32 a, guint32 b)
{
  a = uf_find (parent, a);
  b = uf_find (parent, b);
  /* the earlier event stands for the group */
  if (a < b)
    parent[b] = a;
  else if (b < a)
    parent[a] = b;
}

/* Whether events a and b (of different articles, overlapping dates) report one happening. */
static gboolean
same_happening (const SlModel *model, guint32 a, guint32 b, const GArray *words,
                const guint32 *first)
{
  const SlEvent *ea = sl_model_event (model, a), *eb = sl_model_event (model, b);
  SlTime la = ea->end_t - ea->start, lb = eb->end_t - eb->start;
  const guint32 *wa = &g_array_index (words, guint32, first[a]);
  const guint32 *wb = &g_array_index (words, guint32, first[b]);
  guint na = first[a + 1] - first[a], nb = first[b + 1] - first[b];
  guint common;

  if (ea->doc == eb->doc)
    return FALSE;
  if ((ea->category == SL_CATEGORY_STATEMENT) != (eb->category == SL_CATEGORY_STATEMENT))
    return FALSE;
  /* a day is not the same date as a decade */
  if (la <= 0 || lb <= 0 || MIN (la, lb) * 400 < MAX (la, lb))
    return FALSE;
  /* statements: the same speaker */
  if (ea->category == SL_CATEGORY_STATEMENT && !shares_actor (model, a, b))
    return FALSE;
  common = shared_words (wa, na, wb, nb);
  /* a label of one word besides its date ("2016 election", "Vote on Saturday") names the
   * same happening as that word dated the same way */
  if (common == 1 && MIN (na, nb) == 1 && ea->start == eb->start && ea->end_t == eb->end_t)
    return TRUE;
  if (common < 2 || common * 2 < MIN (na, nb))
    return FALSE;
  return TRUE;
}

SlEventMerge *
sl_event_merge_new (SlModel *model)
{
  SlEventMerge *m;
  g_autoptr (GArray) words = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autofree guint32 *first = NULL;
  g_autofree guint32 *parent = NULL;
  g_autofree guint32 *count = NULL;
  g_autofree guint32 *fill = NULL;
  const guint32 *order;
  guint n_order = 0;

  g_return_val_if_fail (model != NULL, NULL);
  m = g_new0 (SlEventMerge, 1);
  m->model = sl_model_ref (model);
  m->n = sl_model_n_events (model);
  first = g_new (guint32, m->n + 1);
  parent = g_new (guint32, m->n + 1);
  for (guint e = 0; e < m->n; e++)
    parent[e] = e;
  label_words (model, m->n, words, first);

  /* sweep in date order: only events whose intervals overlap can be one happening */
  order = sl_model_events_by_start (model, &n_order);
  for (guint i = 0; i < n_order; i++)
    {
      guint32 a = order[i];
      const SlEvent *ea = sl_model_event (model, a);
      guint tried = 0;

      for (guint j = i + 1; j < n_order && tried < 256; j++)
        {
          guint32 b = order[j];
          const SlEvent *eb = sl_model_event (model, b);
          if (eb->start >= ea->end_t)
            break;
          tried++;
          if (uf_find (parent, a) != uf_find (parent, b)
              && same_happening (model, a, b, words, first))
            uf_union (parent, a, b);
        }
    }

  /* groups in order of their primary event, members in event order */
  m->group = g_new (guint32, m->n + 1);
  count = g_new0 (guint32, m->n + 1);
  for (guint e = 0; e < m->n; e++)
    {
      guint32 r = uf_find (parent, e);
      if (r == e)
        m->group[e] = m->n_groups++;
    }
  for (guint e = 0; e < m->n; e++)
    {
      m->group[e] = m->group[uf_find (parent, e)];
      count[m->group[e]]++;
    }
  m->first = g_new (guint32, m->n_groups + 1);
  m->first[0] = 0;
  for (guint g = 0; g < m->n_groups; g++)
    m->first[g + 1] = m->first[g] + count[g];
  m->members = g_new (guint32, m->n + 1);
  fill = g_new0 (guint32, m->n_groups + 1);
  for (guint e = 0; e < m->n; e++)
    {
      guint32 g = m->group[e];
      m->members[m->first[g] + fill[g]++] = e;
    }
  return m;
}

void
sl_event_merge_free (SlEventMerge *merge)
{
  if (merge == NULL)
    return;
  sl_model_unref (merge->model);
  g_free (merge->group);
  g_free (merge->first);
  g_free (merge->members);
  g_free (merge);
}

guint
sl_event_merge_n_groups (const SlEventMerge *merge)
{
  g_return_val_if_fail (merge != NULL, 0);
  return merge->n_groups;
}

SlModel *
sl_event_merge_model (const SlEventMerge *merge)
{
  g_return_val_if_fail (merge != NULL, NULL);
  return merge->model;
}

guint32
sl_event_merge_primary (const SlEventMerge *merge, guint32 event)
{
  g_return_val_if_fail (merge != NULL && event < merge->n, SL_NONE);
  return merge->members[merge->first[merge->group[event]]];
}

guint
sl_event_merge_mentions (const SlEventMerge *merge, guint32 event, GArray *out)
{
  guint32 g;

  g_return_val_if_fail (merge != NULL && event < merge->n, 0);
  g = merge->group[event];
  if (out != NULL)
    g_array_append_vals (out, merge->members + merge->first[g], merge->first[g + 1] - merge->first[g]);
  return merge->first[g + 1] - merge->first[g];
}

static void
add_unique (GArray *a, guint32 v)
{
  for (guint i = 0; i < a->len; i++)
    if (g_array_index (a, guint32, i) == v)
      return;
  g_array_append_val (a, v);
}

guint
sl_event_merge_origins (const SlEventMerge *merge, guint32 event, GArray *out)
{
  g_autoptr (GArray) origins = g_array_new (FALSE, FALSE, sizeof (guint32));
  const SlModel *model;
  guint32 g;

  g_return_val_if_fail (merge != NULL && event < merge->n, 0);
  model = merge->model;
  g = merge->group[event];
  for (guint32 k = merge->first[g]; k < merge->first[g + 1]; k++)
    {
      guint32 e = merge->members[k];
      guint n;
      const guint32 *claims = sl_model_event_claims (model, e, &n);
      gboolean any = FALSE;

      for (guint i = 0; i < n; i++)
        {
          gboolean relay = FALSE;
          /* a claim another claim of this event came through only relays it */
          for (guint j = 0; j < n && !relay; j++)
            relay = sl_model_claim (model, claims[j])->via == claims[i];
          if (relay)
            continue;
          add_unique (origins, sl_model_claim (model, claims[i])->source);
          any = TRUE;
        }
      if (!any)
        {
          /* what the article states itself rests on its outlet */
          const SlDoc *d = sl_model_doc (model, sl_model_event (model, e)->doc);
          guint32 o = d->outlet ? sl_model_find_source (model, sl_model_str (model, d->outlet))
                                : SL_NONE;
          add_unique (origins, o != SL_NONE ? o : G_MAXUINT32 - sl_model_event (model, e)->doc);
        }
    }
  if (out != NULL)
    for (guint i = 0; i < origins->len; i++)
      if (g_array_index (origins, guint32, i) < sl_model_n_sources (model))
        g_array_append_val (out, g_array_index (origins, guint32, i));
  return origins->len;
}

gboolean
sl_event_merge_contested (const SlEventMerge *merge, guint32 event)
{
  guint32 g;

  g_return_val_if_fail (merge != NULL && event < merge->n, FALSE);
  g = merge->group[event];
  for (guint32 k = merge->first[g]; k < merge->first[g + 1]; k++)
    if (sl_model_event (merge->model, merge->members[k])->flags & SL_EVENT_CONTESTED)
      return TRUE;
  return FALSE;
}

guint
sl_event_merge_articles (const SlEventMerge *merge, guint32 event, GArray *out)
{
  g_autoptr (GArray) docs = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint32 g;

  g_return_val_if_fail (merge != NULL && event < merge->n, 0);
  g = merge->group[event];
  add_unique (docs, sl_model_event (merge->model, event)->doc);
  for (guint32 k = merge->first[g]; k < merge->first[g + 1]; k++)
    add_unique (docs, sl_model_event (merge->model, merge->members[k])->doc);
  if (out != NULL)
    g_array_append_vals (out, docs->data, docs->len);
  return docs->len;
}

void
sl_event_merge_summarize (const SlEventMerge *merge, guint32 event, SlEventMergeSummary *out)
{
  g_return_if_fail (out != NULL);
  memset (out, 0, sizeof *out);
  out->primary = SL_NONE;
  g_return_if_fail (merge != NULL && event < merge->n);
  out->n_mentions = sl_event_merge_mentions (merge, event, NULL);
  out->n_articles = sl_event_merge_articles (merge, event, NULL);
  out->n_origins = sl_event_merge_origins (merge, event, NULL);
  out->contested = sl_event_merge_contested (merge, event);
  out->primary = sl_event_merge_primary (merge, event);
  out->credibility = sl_attribution_suggest_credibility (merge, event);
}

/* ------------------------------------------------------------------ grades */

char
sl_attribution_suggest_reliability (const SlModel *model, guint32 source)
{
  const SlSource *s;

  g_return_val_if_fail (model != NULL && source < sl_model_n_sources (model), 'F');
  s = sl_model_source (model, source);
  if (s->reliability)
    return s->reliability;
  switch (s->kind)
    {
    case SL_SOURCE_OUTLET:
    case SL_SOURCE_AGENCY:
      return 'B'; /* usually reliable: a named outlet or state agency answers for its record */
    case SL_SOURCE_GOVERNMENT:
    case SL_SOURCE_ORGANIZATION:
    case SL_SOURCE_COUNTRY:
      return 'C';
    case SL_SOURCE_PERSON:
      return s->title ? 'C' : 'D';
    case SL_SOURCE_UNNAMED:
    default:
      return 'F'; /* an unnamed source cannot be judged */
    }
}

char
sl_attribution_suggest_credibility (const SlEventMerge *merge, guint32 event)
{
  guint origins;
  gboolean contested;

  g_return_val_if_fail (merge != NULL && event < merge->n, '6');
  origins = sl_event_merge_origins (merge, event, NULL);
  contested = sl_event_merge_contested (merge, event);
  if (origins == 0)
    return '6';
  if (contested)
    return origins >= 3 ? '3' : '4';
  if (origins >= 3)
    return '1';
  return origins == 2 ? '2' : '3';
}
