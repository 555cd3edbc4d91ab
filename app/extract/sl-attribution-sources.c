/* sl-attribution-sources.c: who a phrase names. Resolves the noun phrase before or after a
 * cue to a source of the model: names from the gazetteer, titles and names ("Defense Minister
 * Shin Won-sik"), organisations and the acronyms the text defines for them, bodies the text
 * has described ("the payments company Amberpay", then "the company"), unnamed sources
 * ("two diplomats"), pronouns and counted parts of a group. Also finds where such a phrase
 * begins and ends. The claim rules in sl-attribution.c ask it through
 * sl-attribution-private.h. */
#include "sl-attribution-private.h"

#include <string.h>

#define MAX_NP 18

/* How many described bodies ("the payments company Amberpay") a later "the company" looks
 * back over. */
#define MAX_BODY_LOOKBACK 512

/* ------------------------------------------------------------------ token helpers */

char *
sl_scan_span_text (const SlDocScan *s, guint b, guint e)
{
  if (e <= b)
    return g_strdup ("");
  return g_strndup (s->text + sl_scan_tok (s, b)->begin,
                    sl_scan_tok (s, e - 1)->end - sl_scan_tok (s, b)->begin);
}

/* ------------------------------------------------------------------ entities */

static guint32
entity_find (const SlDocScan *s, guint32 source)
{
  if (s->ent_of != NULL)
    return GPOINTER_TO_UINT (g_hash_table_lookup (s->ent_of, GUINT_TO_POINTER (source))) - 1;
  for (guint k = 0; k < s->ents->len; k++)
    if (g_array_index (s->ents, SlDocEntity, k).source == source)
      return k;
  return SL_NONE;
}

/* The source a name stands for, if this document has named it. What other documents in the
 * same model named must not change how this one reads: an article's sources and claims would
 * then depend on which files were imported with it. */
guint32
sl_scan_doc_source (const SlDocScan *s, const char *name)
{
  guint32 idx = sl_model_find_source (s->model, name);

  return idx != SL_NONE && entity_find (s, idx) != SL_NONE ? idx : SL_NONE;
}

/* What this document takes a source to be. A name another document read as a person may be
 * a company here; the model keeps the first reading, the document its own. */
SlSourceKind
sl_scan_kind (const SlDocScan *s, guint32 source)
{
  guint32 k = entity_find (s, source);

  return k != SL_NONE ? g_array_index (s->ents, SlDocEntity, k).kind
                      : sl_model_source (s->model, source)->kind;
}

/* Reads a source anew as `kind`, in the model and in this document. */
void
sl_scan_set_kind (SlDocScan *s, guint32 source, SlSourceKind kind)
{
  guint32 k = entity_find (s, source);

  sl_model_source_mut (s->model, source)->kind = kind;
  if (k != SL_NONE)
    g_array_index (s->ents, SlDocEntity, k).kind = kind;
}

/* A source's name as this document gives it, for event labels. */
const char *
sl_scan_source_name (const SlDocScan *s, guint32 source)
{
  guint32 k = entity_find (s, source);

  return sl_model_str (s->model, k != SL_NONE ? g_array_index (s->ents, SlDocEntity, k).name
                                              : sl_model_source (s->model, source)->name);
}

/* The title this document gives a source, 0 when none. */
static guint32
doc_title (const SlDocScan *s, guint32 source)
{
  guint32 k = entity_find (s, source);

  return k != SL_NONE ? g_array_index (s->ents, SlDocEntity, k).title : 0;
}

/* Who holds a title the text names, for sl_scan_name_offices. */
typedef struct
{
  guint32 holder;     /* the person, SL_NONE once two hold the title */
  guint   first;      /* the first claim of theirs */
} OfficeHolder;

/* The head of a person's title, lowercase: "director" of "Director", "head" of "head of the
 * integrity unit"; NULL when the source has none. */
static char *
title_head (const SlDocScan *s, guint32 source)
{
  guint32 t = doc_title (s, source);
  const char *title, *of, *sp;
  gsize n;

  if (t == 0)
    return NULL;
  title = sl_model_str (s->model, t);
  of = strstr (title, " of ");
  n = of != NULL ? (gsize) (of - title) : strlen (title);
  for (sp = title + n; sp > title && sp[-1] != ' '; sp--)
    ;
  return g_ascii_strdown (sp, title + n - sp);
}

/* "…, the centre's director said. … Director Marián Kollár said": an office the text first
 * leaves unnamed and later names, the only person it names with that title, is that person;
 * the unnamed office's claims are theirs. One pass over the claims finds the holders, one
 * more the offices, one more moves the claims: a long document costs what its parts cost. */
void
sl_scan_name_offices (SlDocScan *s)
{
  g_autoptr (GHashTable) holders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GHashTable) offices = g_hash_table_new (NULL, NULL);

  for (guint j = 0; j < s->cands->len; j++)
    {
      const SlCand *p = &g_array_index (s->cands, SlCand, j);
      g_autofree char *head = NULL;
      OfficeHolder *h;

      if (p->source == SL_NONE || sl_scan_kind (s, p->source) != SL_SOURCE_PERSON
          || (head = title_head (s, p->source)) == NULL)
        continue;
      h = g_hash_table_lookup (holders, head);
      if (h == NULL)
        {
          h = g_new (OfficeHolder, 1);
          *h = (OfficeHolder) { p->source, j };
          g_hash_table_insert (holders, g_steal_pointer (&head), h);
        }
      else if (h->holder != p->source)
        h->holder = SL_NONE;
    }
  if (g_hash_table_size (holders) == 0)
    return;
  for (guint k = 0; k < s->cands->len; k++)
    {
      const SlCand *c = &g_array_index (s->cands, SlCand, k);
      const char *name, *word;
      g_autofree char *low = NULL;
      const OfficeHolder *h;

      if (c->source == SL_NONE || g_hash_table_contains (offices, GUINT_TO_POINTER (c->source + 1))
          || sl_scan_kind (s, c->source) != SL_SOURCE_UNNAMED)
        continue;
      name = sl_scan_source_name (s, c->source);
      word = strrchr (name, ' ');
      word = word != NULL ? word + 1 : name;
      /* (one office: "director", not "officials"; and one named for whose it is, "the
       * centre's director", "the court-appointed receiver") */
      if (strlen (word) < 4 || word[strlen (word) - 1] == 's' || word == name
          || (strstr (name, "'s ") == NULL && strchr (name, '-') == NULL))
        continue;
      low = g_ascii_strdown (word, -1);
      h = g_hash_table_lookup (holders, low);
      /* (named after the office first spoke, and the only one named so) */
      if (h != NULL && h->holder != SL_NONE && h->first > k)
        g_hash_table_insert (offices, GUINT_TO_POINTER (c->source + 1), GUINT_TO_POINTER (h->holder + 1));
    }
  for (guint j = 0; j < s->cands->len && g_hash_table_size (offices) > 0; j++)
    {
      SlCand *q = &g_array_index (s->cands, SlCand, j);
      gpointer holder;

      if (q->source != SL_NONE
          && (holder = g_hash_table_lookup (offices, GUINT_TO_POINTER (q->source + 1))) != NULL)
        q->source = GPOINTER_TO_UINT (holder) - 1;
    }
}

/* Whether this document has credited a source with a claim so far. */
static gboolean
doc_claims (const SlDocScan *s, guint32 source)
{
  for (guint k = 0; k < s->cands->len; k++)
    if (g_array_index (s->cands, SlCand, k).source == source)
      return TRUE;
  return FALSE;
}

#define ENT(s, k) (&g_array_index ((s)->ents, SlDocEntity, (k)))

/* The name the text gave before token `before`, in two capitalised words or more, whose
 * last word is the word at k in any case ("the array" after "the Gamsberg Gamma Array"),
 * within the last 800 tokens (a few paragraphs). Sets [*nb, *ne) when they are not NULL. */
gboolean
sl_scan_name_by_last_word (const SlDocScan *s, guint k, guint before, guint *nb, guint *ne)
{
  for (guint j = before; j > 1 && before - j < 800; j--)
    {
      guint e = j - 1, b = e;

      if (!sl_scan_has (s, e, SL_TOK_CAP) || sl_scan_has (s, e, SL_TOK_UPPER))
        continue;
      {
        const SlToken *a = sl_scan_tok (s, e), *w = sl_scan_tok (s, k);

        if (a->end - a->begin != w->end - w->begin
            || g_ascii_strncasecmp (s->text + a->begin, s->text + w->begin, a->end - a->begin) != 0)
          continue;
      }
      while (b > 0 && sl_scan_is_capword (s, b - 1) && !sl_scan_has (s, b - 1, SL_TOK_PARAGRAPH)
             && sl_scan_sentence_start (s, b) != b)
        b--;
      if (b < e && !(sl_scan_cls (s, b) & (SL_W_TITLE | SL_W_DET)))
        {
          if (nb != NULL)
            *nb = b;
          if (ne != NULL)
            *ne = e + 1;
          return TRUE;
        }
    }
  return FALSE;
}

/* Puts entity k into the recency list where its pos and index place it: mentions come in
 * text order, so that is nearly always at the head. */
static void
recency_insert (SlDocScan *s, guint32 k)
{
  SlDocEntity *e = ENT (s, k);
  guint32 before = SL_NONE, at = s->ent_latest;

  while (at != SL_NONE
         && (ENT (s, at)->pos > e->pos || (ENT (s, at)->pos == e->pos && at > k)))
    {
      before = at;
      at = ENT (s, at)->older;
    }
  e->newer = before;
  e->older = at;
  if (before == SL_NONE)
    s->ent_latest = k;
  else
    ENT (s, before)->older = k;
  if (at != SL_NONE)
    ENT (s, at)->newer = k;
}

static void
recency_remove (SlDocScan *s, guint32 k)
{
  SlDocEntity *e = ENT (s, k);

  if (e->newer == SL_NONE)
    s->ent_latest = e->older;
  else
    ENT (s, e->newer)->older = e->older;
  if (e->older != SL_NONE)
    ENT (s, e->older)->newer = e->newer;
}

static void
entity_note (SlDocScan *s, guint32 source, SlSourceKind kind, const char *name,
             const char *title, const SlGazEntry *country, guint pos)
{
  guint32 k = entity_find (s, source);
  guint32 t = title != NULL && *title ? sl_model_intern (s->model, title) : 0;
  SlDocEntity e = { source, kind, country, pos, sl_model_intern (s->model, name), t,
                     SL_NONE, SL_NONE };

  if (k == SL_NONE)
    {
      g_array_append_val (s->ents, e);
      recency_insert (s, s->ents->len - 1);
      /* most articles name a few dozen: a walk finds them; past that, a table */
      if (s->ent_of == NULL && s->ents->len > 32)
        {
          s->ent_of = g_hash_table_new (g_direct_hash, g_direct_equal);
          for (guint j = 0; j < s->ents->len; j++)
            g_hash_table_insert (s->ent_of,
                                 GUINT_TO_POINTER (g_array_index (s->ents, SlDocEntity, j).source),
                                 GUINT_TO_POINTER (j + 1));
        }
      else if (s->ent_of != NULL)
        g_hash_table_insert (s->ent_of, GUINT_TO_POINTER (source), GUINT_TO_POINTER (s->ents->len));
    }
  else
    {
      SlDocEntity *old = &g_array_index (s->ents, SlDocEntity, k);
      if (pos > old->pos)
        {
          recency_remove (s, k);
          old->pos = pos;
          recency_insert (s, k);
        }
      if (old->title == 0)
        old->title = t;
      if (old->country == NULL)
        old->country = country;
    }
}

/* The model's source for a name, creating it when new. Unnamed sources ("officials") of
 * another document are other people: they get the document's outlet in their name. */
guint32
sl_scan_make_source (SlDocScan *s, const char *name, SlSourceKind kind, const char *title,
             const char *alias, const SlGazEntry *country, guint pos)
{
  guint32 idx = sl_model_find_source (s->model, name);
  g_autofree char *own = NULL;
  g_autofree char *given = g_strdup (name);
  gboolean foreign = idx != SL_NONE && entity_find (s, idx) == SL_NONE;

  if (kind == SL_SOURCE_UNNAMED && foreign)
    {
      const SlDoc *d = sl_model_doc (s->model, s->doc);
      const char *outlet = d->outlet ? sl_model_str (s->model, d->outlet) : NULL;

      own = outlet && *outlet ? g_strdup_printf ("%s (%s)", name, outlet)
                              : g_strdup_printf ("%s (document %u)", name, s->doc + 1);
      if (sl_model_find_source (s->model, own) != SL_NONE
          && entity_find (s, sl_model_find_source (s->model, own)) == SL_NONE)
        {
          g_free (own);
          own = g_strdup_printf ("%s (document %u)", name, s->doc + 1);
        }
      name = own;
      alias = NULL;
      idx = SL_NONE;
    }
  if (idx == SL_NONE)
    idx = sl_model_add_source (s->model, name, kind, title);
  else if (title != NULL && *title && sl_model_source (s->model, idx)->title == 0)
    sl_model_source_mut (s->model, idx)->title = sl_model_intern (s->model, title);
  if (alias != NULL && *alias && g_ascii_strcasecmp (alias, name) != 0)
    sl_model_add_source_alias (s->model, idx, alias);
  entity_note (s, idx, foreign ? kind : sl_model_source (s->model, idx)->kind, given, title,
               country, pos);
  return idx;
}

/* Text of tokens [b, e) without a leading determiner, for names and aliases. */
static char *
bare_text (const SlDocScan *s, guint b, guint e)
{
  while (b < e && (sl_scan_cls (s, b) & SL_W_DET) && !(sl_scan_cls (s, b) & SL_W_QUANT))
    b++;
  return sl_scan_span_text (s, b, e);
}

static gboolean
word_in_name (const SlDocScan *s, guint i, const char *name)
{
  gsize n = sl_scan_tok (s, i)->end - sl_scan_tok (s, i)->begin;
  const char *w = s->text + sl_scan_tok (s, i)->begin;
  const char *p = name;

  while (*p)
    {
      const char *q = p;
      while (*q && *q != ' ' && *q != '-')
        q++;
      if ((gsize) (q - p) == n && g_ascii_strncasecmp (p, w, n) == 0)
        return TRUE;
      p = *q ? q + 1 : q;
    }
  return FALSE;
}

static const char *
last_word (const char *name)
{
  const char *sp = strrchr (name, ' ');
  return sp ? sp + 1 : name;
}

/* Most recent person of this document whose family name is token i: the last word of the
 * name, or the first ("Shin" for Shin Won-sik). */
guint32
sl_scan_person_by_surname (const SlDocScan *s, guint i)
{
  const SlToken *t = sl_scan_tok (s, i);

  for (guint k = s->ents->len; k > 0; k--)
    {
      const SlDocEntity *e = &g_array_index (s->ents, SlDocEntity, k - 1);
      const char *name, *sp;

      if (e->kind != SL_SOURCE_PERSON)
        continue;
      name = sl_model_str (s->model, e->name);
      if (sl_token_is (s->text, t, last_word (name)))
        return e->source;
      sp = strchr (name, ' ');
      if (sp != NULL && (gsize) (sp - name) == t->end - t->begin
          && strncmp (name, s->text + t->begin, sp - name) == 0)
        return e->source;
    }
  return SL_NONE;
}

/* The entity of this document mentioned last before token `before` (of two mentioned at the
 * same token, the later named) that is a person or not, as asked. The recency list is in
 * that order: the first that fits is the one. */
static guint32
recent_entity (const SlDocScan *s, guint before, gboolean person, gboolean need_title_word,
               guint title_tok)
{
  for (guint32 k = s->ent_latest; k != SL_NONE; k = ENT (s, k)->older)
    {
      const SlDocEntity *e = ENT (s, k);

      if ((e->kind == SL_SOURCE_PERSON) != person || e->pos >= before)
        continue;
      if (!person && e->kind == SL_SOURCE_UNNAMED)
        continue;
      /* the title this document gave ("the president" is not another article's) */
      if (need_title_word
          && !(e->title && word_in_name (s, title_tok, sl_model_str (s->model, e->title))))
        continue;
      return e->source;
    }
  return SL_NONE;
}

gboolean
sl_scan_plural_noun (const SlDocScan *s, guint i)
{
  const SlToken *t = sl_scan_tok (s, i);
  gsize n = t->end - t->begin;
  const char *w = s->text + t->begin;

  return (t->flags & SL_TOK_WORD) && (t->flags & SL_TOK_LOWER) && n > 3 && w[n - 1] == 's'
         && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i'
         && !(n == 4 && strncmp (w, "news", 4) == 0);
}

guint32
sl_scan_sentence_of (const SlDocScan *s, guint tok)
{
  guint lo = 0, hi = s->sentences->len;

  while (lo + 1 < hi)
    {
      guint mid = (lo + hi) / 2;
      if (g_array_index (s->sentences, SlSentence, mid).tok_first <= tok)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

/* Words that end a company's name rather than a person's: "Brightcell Electronics", "Nordic
 * Shipping", "Acme Ltd". */
static const char *const corporate_words[] = {
  "Electronics", "Industries", "Holdings", "Systems", "Technologies", "Technology", "Motors",
  "Airlines", "Airways", "Foods", "Pharmaceuticals", "Pharma", "Energy", "Research",
  "Economics", "Partners", "Capital", "Media", "Labs", "Insurance", "Logistics", "Shipping",
  "Mining", "Steel", "Petroleum", "Telecom", "Communications", "Solutions", "Consulting",
  "Analytics", "Ventures", "Enterprises", "Securities", "Investments", "Associates",
  "Aerospace", "Imaging", "Security", "Infrastructure", "Railways", "Therapeutics", "Biotech",
  "Chemicals", "Construction", "Robotics", "Semiconductor", "Terminals", "Resources", "Rail",
  "Air", "Aviation", "Aero", "Engines", "Motor", "Bulk", "Tankers", "Lines", "Biologicals",
  "Laboratories", "Distribution", "Distributors", "Services", "Trading", "Exports", "Imports",
  "Supplies", "Transport", "Freight", "Marine", "Energie", "Energia", "Energía", "Digital",
  "Mobile", "Networks", "Wireless", "Broadband", "Software", "Plantations", "Farms", "Data",
  "Inc", "Corp", "Ltd", "LLC", "Plc", "PLC", "AG", "SA", "GmbH", "Co",
};

/* Whether the capitalised word at k ends a company's name rather than a person's. */
gboolean
sl_scan_corporate_word (const SlDocScan *s, guint k)
{
  return sl_scan_is_one_of (s, k, corporate_words, G_N_ELEMENTS (corporate_words));
}

/* Whether a name's last word is one of words[0..n). */
static gboolean
name_ends_in (const char *name, const char *const *words, gsize n)
{
  const char *w = strrchr (name, ' ');

  w = w != NULL ? w + 1 : name;
  for (gsize i = 0; i < n; i++)
    if (strcmp (w, words[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Whether a source's name ends as a company's does. */
static gboolean
corporate_name (const char *name)
{
  return name_ends_in (name, corporate_words, G_N_ELEMENTS (corporate_words));
}

/* Whether a body's name ends in the noun of a body that is no business: "Metro Drivers'
 * Union" ("Chamber of Fisheries" does not: its last word is no such noun). */
static gboolean
not_business_name (const char *name)
{
  static const char *const heads[] = { "Union", "Association", "Federation", "Council",
                                       "Committee", "Commission", "Party", "University",
                                       "Institute", "Foundation", "League", "Club", "Court",
                                       "Coalition", "Movement", "Alliance", "Ministry",
                                       "Agency", "Authority", "Church", "Army", "Police" };

  return name_ends_in (name, heads, G_N_ELEMENTS (heads));
}

/* Whether the text, before token `before`, describes the body `name` as a business: "Brightcell
 * Electronics, the Melbourne-based company that imports the devices". A business is regulated;
 * it is no regulator. */
static gboolean
described_as_business (const SlDocScan *s, const char *name, guint before)
{
  static const char *const nouns[] = { "company", "firm", "maker", "manufacturer", "retailer",
                                       "importer", "exporter", "supplier", "lender", "airline",
                                       "carrier", "chain", "brokerage", "consultancy", "start-up",
                                       "startup", "insurer", "distributor" };

  for (guint i = 0; s->body_nouns != NULL && i < s->body_nouns->len; i++)
    {
      const SlBodyNoun *bn = &g_array_index (s->body_nouns, SlBodyNoun, i);

      if (bn->pos < before && strcmp (bn->name, name) == 0)
        for (guint k = 0; k < G_N_ELEMENTS (nouns); k++)
          if (g_ascii_strcasecmp (bn->noun, nouns[k]) == 0)
            return TRUE;
    }
  return FALSE;
}

/* "the intelligence agency", "South Korea's intelligence agency": the organisation of this
 * document whose name has the modifier words, in the same country. */
static guint32
described_org (const SlDocScan *s, guint mb, guint me, const SlGazEntry *country, guint before,
               guint head)
{
  guint32 best = SL_NONE;
  guint best_pos = 0;

  for (guint k = 0; k < s->ents->len; k++)
    {
      const SlDocEntity *e = &g_array_index (s->ents, SlDocEntity, k);
      const char *name;
      gboolean all = TRUE;

      if (e->kind == SL_SOURCE_PERSON || e->kind == SL_SOURCE_UNNAMED || e->pos >= before)
        continue;
      if (country != NULL && e->country != NULL && e->country != country)
        continue;
      name = sl_model_str (s->model, e->name);
      for (guint i = mb; i < me && all; i++)
        all = word_in_name (s, i, name);
      /* "the ministry" is a ministry; "the agency", "the company" any body of that kind;
       * "the union" is no institute */
      /* ("the regulator", "the watchdog": whichever public body regulates) */
      if (all && !word_in_name (s, head, name)
          && (sl_scan_is (s, head, "regulator") || sl_scan_is (s, head, "watchdog")))
        all = (e->kind == SL_SOURCE_AGENCY || e->kind == SL_SOURCE_ORGANIZATION
               || e->kind == SL_SOURCE_GOVERNMENT)
              && !corporate_name (name) && !described_as_business (s, name, before);
      else if (all && !word_in_name (s, head, name)
          && (e->kind != sl_scan_word (s, head)->org_kind
              || !(sl_scan_is (s, head, "agency") || sl_scan_is (s, head, "company")

                   || sl_scan_is (s, head, "group") || sl_scan_is (s, head, "organization")
                   || sl_scan_is (s, head, "organisation") || sl_scan_is (s, head, "institution")
                   || sl_scan_is (s, head, "firm") || sl_scan_is (s, head, "corporation")
                   || sl_scan_is (s, head, "network") || sl_scan_is (s, head, "government")
                   || sl_scan_is (s, head, "administration") || sl_scan_is (s, head, "service")
                   || sl_scan_is (s, head, "office"))))
        all = FALSE;
      /* "the company" is no union: a body whose name ends in another kind of body's noun
       * ("the Metro Drivers' Union", "the Grand Manan Fishermen's Association") */
      if (all && (sl_scan_is (s, head, "company") || sl_scan_is (s, head, "firm"))
          && !word_in_name (s, head, name) && not_business_name (name))
        all = FALSE;
      if (all && (me > mb || country == NULL || e->country == country)
          && (best == SL_NONE || e->pos >= best_pos))
        {
          best = e->source;
          best_pos = e->pos;
        }
    }
  return best;
}

/* A capitalised run just before token `before` that reads as a person's name (two or three
 * capitalised words, none of them known places or bodies). */
static guint32
person_from_context (SlDocScan *s, guint before)
{
  guint lo = before > 200 ? before - 200 : 0;

  for (guint i = before; i > lo; i--)
    {
      guint e = i, b;
      g_autofree char *name = NULL;
      const SlGazName *nm;

      if (!sl_scan_is_capword (s, e - 1) || sl_scan_has (s, e - 1, SL_TOK_UPPER))
        continue;
      b = e - 1;
      while (b > lo && sl_scan_is_capword (s, b - 1) && !sl_scan_has (s, b - 1, SL_TOK_UPPER)
             && !(sl_scan_has (s, b, SL_TOK_NEWLINE)))
        b--;
      /* a sentence-initial capital is not a name by itself */
      if (e - b < 2 || e - b > 3)
        {
          i = b + 1;
          continue;
        }
      if (sl_gazetteer_match (s->gaz, s->text, (const SlToken *) (gpointer) s->tokens->data, b,
                              e, (const SlWord *const *) s->words->pdata, &nm) > 0
          || (sl_scan_cls (s, b) & (SL_W_DET | SL_W_PREP | SL_W_CONJ | SL_W_PRON | SL_W_TITLE))
          || (sl_scan_cls (s, e - 1) & (SL_W_TITLE | SL_W_ORGHEAD | SL_W_UNNAMED)))
        {
          i = b + 1;
          continue;
        }
      name = sl_scan_span_text (s, b, e);
      return sl_scan_make_source (s, name, SL_SOURCE_PERSON, NULL, NULL, NULL, b);
    }
  return SL_NONE;
}

static gboolean describing_compound (const SlDocScan *s, guint k);

/* The first token of the sentence holding token i (after its dateline). */
guint
sl_scan_sentence_start (const SlDocScan *s, guint i)
{
  guint32 si;

  if (s->sentences->len == 0)
    return 0;
  si = sl_scan_sentence_of (s, i);
  return MAX (s->body_first[si], g_array_index (s->sentences, SlSentence, si).tok_first);
}

/* Whether the capitalised word at k is a common plural that only opens the sentence:
 * "Herders in the region suspect …", "Residents said …" (agent and group nouns by their
 * endings; a name such as "Jones" does not end so). */
static gboolean
opening_plural (const SlDocScan *s, guint k)
{
  static const char *const ends[] = { "ers", "ors", "ists", "ents", "ians", "ants" };

  if (!sl_scan_has (s, k, SL_TOK_CAP) || sl_scan_has (s, k, SL_TOK_UPPER) || sl_scan_sentence_start (s, k) != k
      || sl_scan_person_by_surname (s, k) != SL_NONE /* "Sanders in Iowa said" after Bernie Sanders */)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    if (sl_scan_ends_with (s, k, ends[i]))
      return TRUE;
  return FALSE;
}

/* "Kyiv has stepped up attacks, which it says are legitimate": in a relative clause, "it" is
 * the subject of the sentence when that is a country, a capital or a known body. */
static guint32
relative_it (SlDocScan *s, guint i)
{
  const SlGazName *nm = NULL;
  guint f, n;

  if (i < 2 || !(sl_scan_is (s, i - 1, "which") || sl_scan_is (s, i - 1, "that")))
    return SL_NONE;
  f = sl_scan_sentence_start (s, i);
  if (f + 2 > i)
    return SL_NONE;
  if (sl_scan_cls (s, f) & SL_W_DET)
    f++;
  n = sl_gazetteer_match (s->gaz, s->text, (const SlToken *) (gpointer) s->tokens->data, f, i,
                          (const SlWord *const *) s->words->pdata, &nm);
  /* "The company has raised prices, which it says …" */
  if (n == 0 && f > 0 && (sl_scan_cls (s, f - 1) & SL_W_DET) && sl_scan_has (s, f, SL_TOK_LOWER)
      && (sl_scan_cls (s, f) & SL_W_ORGHEAD) && f + 1 < i
      && (sl_scan_verbish (s, f + 1, f) || (sl_scan_cls (s, f + 1) & SL_W_AUX)))
    return sl_scan_resolve_np (s, f - 1, f + 1);
  if (n == 0 || nm == NULL || nm->entry == NULL
      || (!sl_scan_verbish (s, f + n, f) && !(sl_scan_cls (s, f + n) & SL_W_AUX)))
    return SL_NONE;
  return sl_scan_resolve_np (s, f, f + n);
}

/* Whether a capitalised word follows token `from` in sentence `si`: "Trump and other
 * Republicans pointed at … Islamic State militants. It has seized …" leaves "it" more than
 * one name to go on about. */
static gboolean
name_after (const SlDocScan *s, guint from, guint si)
{
  const SlSentence *sen = &g_array_index (s->sentences, SlSentence, si);

  for (guint k = from; k < sen->tok_end; k++)
    if (sl_scan_is_capword (s, k) && s->tok_timex[k] < 0)
      return TRUE;
  return FALSE;
}

/* "Chanda lost the vote to Bwalya Mulenga … He filed his petition": a "he" or "she" that
 * opens a sentence goes on about the person named as the subject of the sentence before,
 * not the last name in it. The subject is a name of one to three words before its verb; a
 * surname alone is the full name given earlier. SL_NONE when the sentence before opens
 * otherwise. */
/* The name of one to three words the sentence before token i opens with, as the subject of
 * its verb: [*pb, *pn). FALSE when i does not open its sentence or the one before opens
 * otherwise. */
static gboolean
previous_subject_span (const SlDocScan *s, guint i, guint *pb, guint *pn)
{
  guint32 si = sl_scan_sentence_of (s, i);
  const SlSentence *prev;
  guint b, n;
  const SlGazName *nm;

  if (si == 0 || sl_scan_sentence_start (s, i) != i)
    return FALSE;
  prev = &g_array_index (s->sentences, SlSentence, si - 1);
  b = MAX (s->body_first[si - 1], prev->tok_first);
  n = b;
  while (n < prev->tok_end && n - b < 3 && sl_scan_is_capword (s, n) && !sl_scan_has (s, n, SL_TOK_UPPER)
         && s->tok_timex[n] < 0)
    n++;
  if (n == b || n >= prev->tok_end || !sl_scan_verbish (s, n, b)
      || (sl_scan_cls (s, b) & (SL_W_DET | SL_W_PREP | SL_W_CONJ | SL_W_PRON | SL_W_TITLE
                                | SL_W_ADV | SL_W_SUBORD))
      || (sl_scan_cls (s, n - 1) & (SL_W_TITLE | SL_W_ORGHEAD | SL_W_UNNAMED | SL_W_PLURAL))
      || sl_scan_corporate_word (s, n - 1)
      || sl_gazetteer_match (s->gaz, s->text, (const SlToken *) (gpointer) s->tokens->data, b, n,
                             (const SlWord *const *) s->words->pdata, &nm) > 0)
    return FALSE;
  *pb = b;
  *pn = n;
  return TRUE;
}

/* The person this document named in full before token b whose surname token b is, or
 * SL_NONE. */
static guint32
person_of_surname (const SlDocScan *s, guint b)
{
  for (guint k = 0; k < s->ents->len; k++)
    {
      const SlDocEntity *e = &g_array_index (s->ents, SlDocEntity, k);
      const char *full = sl_model_str (s->model, e->name);
      const SlToken *t = sl_scan_tok (s, b);
      gsize len = t->end - t->begin, fl = full ? strlen (full) : 0;

      if (e->kind == SL_SOURCE_PERSON && e->pos < b && fl > len + 1 && full[fl - len - 1] == ' '
          && strncmp (full + fl - len, s->text + t->begin, len) == 0)
        return e->source;
    }
  return SL_NONE;
}

/* Who a "he" or "she" at token i stands for, as a name for a label ("He filed his
 * petition" after "Chanda lost the vote to Mulenga": Chanda), or NULL. Creates no source. */
char *
sl_scan_pronoun_name (const SlDocScan *s, guint i)
{
  guint b, n;
  guint32 src;

  if (!sl_scan_is (s, i, "he") && !sl_scan_is (s, i, "she"))
    return NULL;
  if (previous_subject_span (s, i, &b, &n))
    {
      if (n - b == 1 && (src = person_of_surname (s, b)) != SL_NONE)
        return g_strdup (sl_scan_source_name (s, src));
      return sl_scan_span_text (s, b, n);
    }
  /* "Bakker said that he had invited both sides": the last person named before it in its
   * own sentence, found by the words (an entity keeps only its latest mention); further
   * back, the last name mentioned is as often someone quoted about him */
  for (guint k = i; k > sl_scan_sentence_start (s, i); k--)
    if (sl_scan_is_capword (s, k - 1) && (src = sl_scan_person_by_surname (s, k - 1)) != SL_NONE)
      return g_strdup (sl_scan_source_name (s, src));
  return NULL;
}

static guint32
previous_subject (SlDocScan *s, guint i)
{
  guint b, n, lo;
  g_autofree char *name = NULL;
  guint32 src;

  if (!previous_subject_span (s, i, &b, &n))
    return SL_NONE;
  if (n - b >= 2)
    {
      name = sl_scan_span_text (s, b, n);
      return sl_scan_make_source (s, name, SL_SOURCE_PERSON, NULL, NULL, NULL, b);
    }
  /* a surname: the person this document named in full before, as a source or in passing */
  if ((src = person_of_surname (s, b)) != SL_NONE)
    return src;
  lo = b > 300 ? b - 300 : 0;
  for (guint k = b; k > lo + 1; k--)
    if (k - 1 != b && sl_scan_is_capword (s, k - 2) && !sl_scan_has (s, k - 2, SL_TOK_UPPER)
        && sl_scan_tok (s, k - 1)->end - sl_scan_tok (s, k - 1)->begin
           == sl_scan_tok (s, b)->end - sl_scan_tok (s, b)->begin
        && strncmp (s->text + sl_scan_tok (s, k - 1)->begin, s->text + sl_scan_tok (s, b)->begin,
                    sl_scan_tok (s, b)->end - sl_scan_tok (s, b)->begin) == 0
        && !(sl_scan_cls (s, k - 2) & (SL_W_TITLE | SL_W_DET | SL_W_ORGHEAD | SL_W_UNNAMED)))
      {
        name = sl_scan_span_text (s, k - 2, k);
        return sl_scan_make_source (s, name, SL_SOURCE_PERSON, NULL, NULL, NULL, k - 2);
      }
  name = sl_scan_span_text (s, b, n);
  return sl_scan_make_source (s, name, SL_SOURCE_PERSON, NULL, NULL, NULL, b);
}


/* "Seven members backed a cut, while two wanted …", "Economists were split. Some said …":
 * a quantifier standing alone as the subject counts off part of a group the text has just
 * named, so the source is that part ("two of the members"); with no group in sight it
 * counts people ("some people", "another person"). A bare "two" or "Some" would be a
 * source nobody could tell apart from the next. */
guint32
sl_scan_counted_source (SlDocScan *s, guint q, guint pos)
{
  static const char *const owners[] = { "his", "her", "their", "its", "our", "my", "your" };
  const SlToken *qt = sl_scan_tok (s, q);
  g_autofree char *quant = g_ascii_strdown (s->text + qt->begin, qt->end - qt->begin);
  g_autofree char *name = NULL;
  guint32 si = sl_scan_sentence_of (s, q);
  guint first = g_array_index (s->sentences, SlSentence, si).tok_first;

  /* "by some of his rivals": the group follows */
  if (sl_scan_is (s, q + 1, "of"))
    for (guint k = q + 2; k < q + 6 && k < s->tokens->len && sl_scan_is_word (s, k); k++)
      if (sl_scan_plural_noun (s, k) || (sl_scan_cls (s, k) & SL_W_PLURAL))
        {
          name = sl_scan_span_text (s, q, k + 1);
          name[0] = g_ascii_tolower (name[0]);
          return sl_scan_make_source (s, name, SL_SOURCE_UNNAMED, NULL, NULL, NULL, pos);
        }
  /* the group: the latest plural noun for people in this sentence or the few before it
   * in its paragraph */
  for (guint back = 0; back < 4 && si > back && !(sl_scan_tok (s, first)->flags & SL_TOK_PARAGRAPH);
       back++)
    first = g_array_index (s->sentences, SlSentence, si - back - 1).tok_first;
  for (guint k = q; k > first && name == NULL; k--)
    {
      guint j = k - 1;
      gboolean plural = (sl_scan_cls (s, j) & SL_W_PLURAL) || sl_scan_ends_with (s, j, "s");

      /* (not "their heads"; "One analyst praised it; another said …" counts one more) */
      if ((sl_scan_cls (s, j) & (SL_W_UNNAMED | SL_W_TITLE)) && !sl_scan_has (s, j, SL_TOK_UPPER)
          && (sl_scan_has (s, j, SL_TOK_LOWER) || sl_scan_sentence_start (s, j) == j)
          && !(j > 0 && sl_scan_is_one_of (s, j - 1, owners, G_N_ELEMENTS (owners)))
          && (plural || g_str_equal (quant, "another")))
        {
          g_autofree char *noun = sl_scan_span_text (s, j, j + 1);

          noun[0] = g_ascii_tolower (noun[0]);
          /* ("numerous of the …" is no English) */
          if (!plural)
            name = g_strdup_printf ("another %s", noun);
          else
            name = g_strdup_printf (g_str_equal (quant, "numerous") || g_str_equal (quant, "various")
                                        || g_str_equal (quant, "other") ? "%s %s" : "%s of the %s",
                                    quant, noun);
        }
    }
  if (name == NULL)
    {
      if (g_str_equal (quant, "another"))
        name = g_strdup ("another person");
      else if (g_str_equal (quant, "all") || g_str_equal (quant, "both"))
        name = g_strdup_printf ("%s of them", quant);
      else if (g_str_has_suffix (quant, "s")) /* "dozens", "thousands" */
        name = g_strdup_printf ("%s of people", quant);
      else
        name = g_strdup_printf ("%s people", quant);
    }
  return sl_scan_make_source (s, name, SL_SOURCE_UNNAMED, NULL, NULL, NULL, pos);
}

static guint32
resolve_pronoun (SlDocScan *s, guint i)
{
  guint32 src;

  if (sl_scan_is (s, i, "it") && (src = relative_it (s, i)) != SL_NONE)
    return src;

  if (sl_scan_is (s, i, "he") || sl_scan_is (s, i, "she") || sl_scan_is (s, i, "i"))
    {
      /* (a body is no "he": "Apple Inc said … He often calls out companies") */
      if (!sl_scan_is (s, i, "i") && (src = previous_subject (s, i)) != SL_NONE
          && (sl_scan_kind (s, src) == SL_SOURCE_PERSON || sl_scan_kind (s, src) == SL_SOURCE_UNNAMED))
        return src;
      src = recent_entity (s, i, TRUE, FALSE, 0);
      if (src == SL_NONE)
        src = person_from_context (s, i);
      return src;
    }
  /* "Brightcell said it was cooperating with the regulator. It rejected …": a sentence that
   * opens with "It" goes on about the speaker of the one before */
  /* "Vinea said it had received 600 claims. Few growers had cover, it estimated.": so does
   * the "it" of a frame that closes the sentence */
  if (sl_scan_is (s, i, "it")
      && (sl_scan_sentence_start (s, i) == i
          || (i > 0 && sl_scan_punct (s, i - 1, ',') && sl_scan_punct (s, i + 2, '.'))))
    {
      guint32 si = sl_scan_sentence_of (s, i);
      guint lo = s->cands->len;

      /* claims are in sentence order: the sentence before's are at the end */
      while (si > 0 && lo > 0 && g_array_index (s->cands, SlCand, lo - 1).sentence >= si - 1)
        lo--;
      for (guint k = lo; si > 0 && k < s->cands->len; k++)
        {
          const SlCand *c = &g_array_index (s->cands, SlCand, k);

          if (c->sentence == si - 1 && c->source != SL_NONE)
            {
              SlSourceKind kind = sl_scan_kind (s, c->source);

              if (kind != SL_SOURCE_PERSON && kind != SL_SOURCE_UNNAMED)
                return c->source;
              /* ("the department said in a statement. It said …": a body left unnamed) */
              if (kind == SL_SOURCE_UNNAMED && c->src_e > c->src_b && sl_scan_has (s, c->src_e - 1, SL_TOK_LOWER)
                  && (sl_scan_cls (s, c->src_e - 1) & SL_W_ORGHEAD) && !(sl_scan_cls (s, c->src_e - 1) & SL_W_TITLE)
                  && !sl_scan_plural_noun (s, c->src_e - 1))
                return c->source;
              /* "…, Oresund said. It estimates …": a one-word name with no title that "it"
               * goes on about is a company, not a person */
              if (kind == SL_SOURCE_PERSON && doc_title (s, c->source) == 0
                  && strchr (sl_scan_source_name (s, c->source), ' ') == NULL
                  && !name_after (s, c->src_e, si - 1))
                {
                  sl_scan_set_kind (s, c->source, SL_SOURCE_ORGANIZATION);
                  return c->source;
                }
              break;
            }
        }
    }
  /* "Southern Turf, which runs the racecourses, cancelled Saturday's meeting. It estimated
   * …": with no speaker in the sentence before, an "It" that opens a sentence goes on about
   * the name that sentence opened with, a body since it is no "he" or "she" */
  if (sl_scan_is (s, i, "it") && sl_scan_sentence_start (s, i) == i)
    {
      guint32 si = sl_scan_sentence_of (s, i);

      if (si > 0)
        {
          const SlSentence *prev = &g_array_index (s->sentences, SlSentence, si - 1);
          guint b = MAX (s->body_first[si - 1], prev->tok_first), n = b;

          if (sl_scan_is (s, b, "the") && sl_scan_has (s, b, SL_TOK_CAP))
            b++, n++;
          while (n < prev->tok_end && n - b < 4 && sl_scan_is_capword (s, n) && s->tok_timex[n] < 0)
            n++;
          if (n > b && n < prev->tok_end
              && !(sl_scan_cls (s, b) & (SL_W_DET | SL_W_PREP | SL_W_CONJ | SL_W_PRON | SL_W_TITLE
                                         | SL_W_ADV | SL_W_SUBORD))
              && (sl_scan_verbish (s, n, b)
                  || (sl_scan_punct (s, n, ',') && sl_scan_is (s, n + 1, "which"))))
            {
              src = sl_scan_resolve_np (s, b, n);
              if (src != SL_NONE && sl_scan_kind (s, src) == SL_SOURCE_PERSON && doc_title (s, src) == 0)
                sl_scan_set_kind (s, src, SL_SOURCE_ORGANIZATION);
              if (src != SL_NONE && sl_scan_kind (s, src) != SL_SOURCE_PERSON)
                return src;
            }
        }
    }
  if (sl_scan_is (s, i, "it") || sl_scan_is (s, i, "they") || sl_scan_is (s, i, "we"))
    {
      src = recent_entity (s, i, FALSE, FALSE, 0);
      if (src == SL_NONE && !sl_scan_is (s, i, "it"))
        src = recent_entity (s, i, TRUE, FALSE, 0);
      return src;
    }
  return SL_NONE;
}

typedef struct
{
  guint b, e;             /* the gazetteer name's tokens */
  const SlGazName *nm;
} GazHit;

/* Whether the determiner or quantifier at k counts off part of what follows, so that a
 * phrase keeps it: "six in 10 voters", "some of the donors", "nine out of 10", where "the
 * officials" is named without its article. */
/* Whether the preposition at k is capitalised inside a name it opens: "Via Roma Viva". */
static gboolean
name_preposition (const SlDocScan *s, guint k)
{
  return (sl_scan_cls (s, k) & SL_W_PREP) && sl_scan_has (s, k, SL_TOK_CAP) && sl_scan_is_capword (s, k + 1);
}

gboolean
sl_scan_counts_off (const SlDocScan *s, guint k)
{
  /* (not a capitalised preposition opening a name: "the Via Roma committee") */
  return ((sl_scan_cls (s, k + 1) & SL_W_PREP) && !name_preposition (s, k + 1)) || sl_scan_is (s, k + 1, "out");
}

/* Whether the word at w, before the preposition at p, names someone who speaks for the
 * body the preposition names: "a spokesperson for", "officials at", "geologists from". */
static gboolean
speaks_for (const SlDocScan *s, guint w, guint p)
{
  /* an official or a source at a body is someone of their own, left unnamed */
  static const char *const roles[] = { "spokesperson", "spokesman", "spokeswoman",
                                       "representative", "analyst", "economist", "researcher",
                                       "scientist", "geologist", "expert", "engineer" };
  const SlToken *t = sl_scan_tok (s, w);
  gsize n = t->end - t->begin;

  if (!(sl_scan_is (s, p, "for") || sl_scan_is (s, p, "of") || sl_scan_is (s, p, "at")
        || sl_scan_is (s, p, "from")))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      gsize m = strlen (roles[i]);

      if ((n == m || (n == m + 1 && s->text[t->end - 1] == 's'))
          && g_ascii_strncasecmp (s->text + t->begin, roles[i], m) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether token k is, letter for letter, one of the n words. */
gboolean
sl_scan_is_one_of (const SlDocScan *s, guint k, const char *const *words, gsize n)
{
  const SlToken *t;
  const char *tw;
  gsize len;

  if (k >= s->tokens->len)
    return FALSE;
  t = sl_scan_tok (s, k);
  tw = s->text + t->begin;
  len = t->end - t->begin;

  /* the first letter turns most words down before their length is counted */
  for (gsize i = 0; i < n; i++)
    if (words[i][0] == tw[0] && len == strlen (words[i]) && strncmp (tw, words[i], len) == 0)
      return TRUE;
  return FALSE;
}

/* Whether the capitalised word at k ends a newspaper's or a wire's name: "the Kamloops
 * Herald", "Western Courier", "Coastline Wire". */
gboolean
sl_scan_masthead_word (const SlDocScan *s, guint k)
{
  static const char *const words[] = {
    "Herald", "Courier", "Ledger", "Times", "Post", "Gazette", "Tribune", "Journal", "Daily",
    "Weekly", "Monitor", "Observer", "Chronicle", "Globe", "Telegraph", "Wire", "Newswire",
    "Dispatch", "Bulletin", "Mail", "Express", "Inquirer", "Sentinel", "Examiner", "Mirror",
    "Register", "Newsletter", "Digest", "Review",
  };

  return sl_scan_is_one_of (s, k, words, G_N_ELEMENTS (words));
}

/* Whether token k is a verb of polling people: "polled", "surveyed" (who is "interviewed
 * by" someone tells them, but the interviewer publishes no finding of their own). */
gboolean
sl_scan_poll_verb (const SlDocScan *s, guint k)
{
  static const char *const verbs[] = { "polled", "surveyed", "canvassed" };

  return sl_scan_has (s, k, SL_TOK_LOWER) && sl_scan_is_one_of (s, k, verbs, G_N_ELEMENTS (verbs));
}

/* Whether the capitalised words [b, e) name a paper, a wire or a station: "the Kamloops
 * Herald", "Radio Norrland", "Nordic TV". */
gboolean
sl_scan_outlet_name (const SlDocScan *s, guint b, guint e)
{
  static const char *const station[] = { "Radio", "TV", "Television" };

  return e >= b + 2
         && (sl_scan_masthead_word (s, e - 1) || sl_scan_is_one_of (s, b, station, G_N_ELEMENTS (station))
             || sl_scan_is_one_of (s, e - 1, station, G_N_ELEMENTS (station)));
}

/* Whether token k is a possessive inside a name: the "'s" of "Fishermen's", the apostrophe
 * of "Workers'". */
static gboolean
name_apostrophe (const SlDocScan *s, guint k)
{
  return sl_scan_has (s, k, SL_TOK_POSSESSIVE) || sl_scan_plural_possessive (s, k);
}

/* Whether [b, e) is a body's capitalised name holding an organisation's word: "the Federal
 * Bureau of Prisons", "the Committee on Foreign Relations"; with_the lets "the" in too
 * ("the Office of the Data Protection Commissioner"). */
/* Whether the "the" at k follows a body's word and "of": "the Department of the Environment",
 * "the Institute of the Americas" (not an office held, "the Chairman of the Board"). */
static gboolean
body_of_the (const SlDocScan *s, guint b, guint k)
{
  return k >= b + 2 && sl_scan_is (s, k - 1, "of") && sl_scan_is_capword (s, k - 2)
         && (sl_scan_cls (s, k - 2) & SL_W_ORGHEAD) && !(sl_scan_cls (s, k - 2) & SL_W_TITLE);
}

static gboolean
named_body (const SlDocScan *s, guint b, guint e, gboolean with_the)
{
  gboolean org = FALSE;

  for (guint k = b; k < e; k++)
    {
      gboolean joins = k > b && k + 1 < e
                       && (sl_scan_is (s, k, "of") || sl_scan_is (s, k, "for") || sl_scan_is (s, k, "and")
                           || sl_scan_is (s, k, "in") || sl_scan_is (s, k, "on") || sl_scan_is (s, k, "by")
                           || ((with_the || body_of_the (s, b, k)) && sl_scan_is (s, k, "the")))
                       && (sl_scan_is_capword (s, k + 1)
                           || ((with_the || body_of_the (s, b, k + 1)) && sl_scan_is (s, k + 1, "the")));

      /* ("the Commission de Surveillance du Secteur Financier", "the Alzette Depositors'
       * Collective": a particle or a plural's apostrophe inside the name; not "South Korea's
       * National Intelligence Service", whose country stands apart) */
      if (!joins && k > b && k + 1 < e
          && (sl_scan_name_particle (s, k)
              || sl_scan_plural_possessive (s, k)))
        joins = TRUE;
      if (!sl_scan_is_capword (s, k) && !joins)
        return FALSE;
      org = org || (sl_scan_is_capword (s, k) && (sl_scan_cls (s, k) & SL_W_ORGHEAD));
    }
  return org;
}

/* Whether the preposition at k goes on a body's capitalised name to its end e: "the
 * Institute for Fiscal Studies", "the Centre for Disease Prevention and Control". */
static gboolean
body_name_tail (const SlDocScan *s, guint k, guint e)
{
  if (k == 0 || k + 1 >= e || !(sl_scan_is (s, k, "for") || sl_scan_is (s, k, "on"))
      || !sl_scan_is_capword (s, k - 1) || !(sl_scan_cls (s, k - 1) & SL_W_ORGHEAD)
      || !sl_scan_is_capword (s, k + 1) || !sl_scan_is_capword (s, e - 1))
    return FALSE;
  for (guint j = k + 1; j < e; j++)
    if (!sl_scan_is_capword (s, j) && !sl_scan_is (s, j, "and") && !sl_scan_is (s, j, "of")
        && !sl_scan_is (s, j, "the"))
      return FALSE;
  return TRUE;
}

/* The organisation named [b, e), with its acronym at acr (G_MAXUINT when none) as an alias. */
static guint32
body_source (SlDocScan *s, guint b, guint e, guint acr, const char *surface,
             const SlGazEntry *country, guint pos)
{
  g_autofree char *name = sl_scan_span_text (s, b, e);
  guint8 kind = SL_SOURCE_ORGANIZATION;
  guint32 src;

  /* "the Maritime and Coastguard Agency" is an agency by the word that heads it */
  for (guint k = e; k > b; k--)
    if ((sl_scan_cls (s, k - 1) & SL_W_ORGHEAD) && sl_scan_has (s, k - 1, SL_TOK_CAP))
      {
        kind = sl_scan_word (s, k - 1)->org_kind;
        break;
      }
  src = sl_scan_make_source (s, name, kind, NULL, surface, country, pos);
  if (acr != G_MAXUINT)
    {
      g_autofree char *acronym = sl_scan_span_text (s, acr, acr + 1);
      sl_model_add_source_alias (s->model, src, acronym);
    }
  return src;
}

/* The body the text names later with the head noun at `head` ("Union" in "the Doraleh Port
 * Workers' Union" for "their union"), in the next few paragraphs: its name of capitalised
 * words (and the possessives inside it) before a capitalised head; SL_NONE when the text
 * names no such body, or two different ones, or had named a body before. */
static guint32
later_named_body (SlDocScan *s, guint head, const char *surface, const SlGazEntry *country,
                  guint pos)
{
  const SlToken *h = sl_scan_tok (s, head);
  gsize hl = h->end - h->begin;
  guint found_b = 0, found_e = 0;

  /* (after a body was named, "the department" may well be that one: "Global Affairs Canada
   * …, the department said") */
  for (guint k = 0; k < s->ents->len; k++)
    {
      const SlDocEntity *e = &g_array_index (s->ents, SlDocEntity, k);

      if (e->pos < pos && e->kind != SL_SOURCE_PERSON && e->kind != SL_SOURCE_UNNAMED
          && e->kind != SL_SOURCE_OUTLET)
        return SL_NONE;
    }

  for (guint k = head + 1; k < s->tokens->len && k < head + 400; k++)
    {
      const SlToken *t = sl_scan_tok (s, k);
      guint nb = k;

      if (t->end - t->begin != hl || !sl_scan_has (s, k, SL_TOK_CAP)
          || g_ascii_strncasecmp (s->text + t->begin, s->text + h->begin, hl) != 0)
        continue;
      while (nb > head + 1 && (sl_scan_is_capword (s, nb - 1) || name_apostrophe (s, nb - 1))
             && !sl_scan_has (s, nb, SL_TOK_NEWLINE))
        nb--;
      while (nb < k && (name_apostrophe (s, nb) || (sl_scan_cls (s, nb) & SL_W_DET)))
        nb++;
      if (nb == k || (nb + 1 == k && sl_scan_sentence_start (s, nb) == nb))
        continue;
      if (found_e != 0)
        {
          g_autofree char *a = sl_scan_span_text (s, found_b, found_e);
          g_autofree char *b = sl_scan_span_text (s, nb, k + 1);

          if (g_strcmp0 (a, b) != 0)
            return SL_NONE;
          continue;
        }
      found_b = nb;
      found_e = k + 1;
    }
  if (found_e == 0)
    return SL_NONE;
  return body_source (s, found_b, found_e, G_MAXUINT, surface, country, pos);
}

/* Where the name of an appositive that opens after the comma at k begins, when everything
 * from there to e is that name ("…, James Both Kuol", "…, the Dunedin-based Otago Holdings"):
 * G_MAXUINT when it is not one. */
/* Whether token k is a word for one who speaks for a body: "spokesman", "spokeswoman",
 * "spokesperson" and their plurals. */
static gboolean
spokes_word (const SlDocScan *s, guint k)
{
  const SlToken *t = sl_scan_tok (s, k);

  return t->end - t->begin >= 9 && g_ascii_strncasecmp (s->text + t->begin, "spokes", 6) == 0;
}


/* Whether token n joins the capitalised words on either side of it into one name inside
 * [j, e): "Bank of England", "Pieter van Wyk", "Alzette Depositors' Collective". */
static gboolean
name_joint (const SlDocScan *s, guint j, guint n, guint e)
{
  return n > j && n + 1 < e && sl_scan_is_capword (s, n - 1) && sl_scan_is_capword (s, n + 1)
         && (sl_scan_is (s, n, "and") || sl_scan_is (s, n, "of") || sl_scan_is (s, n, "for")
             || sl_scan_name_particle (s, n) || name_apostrophe (s, n));
}

/* Whether token j is an honorific written with its dot: "Dr.", "Mr.", "Prof.". */
static gboolean
honorific_at (const SlDocScan *s, guint j)
{
  return sl_scan_abbrev_dot (s, j + 1) && sl_scan_has (s, j, SL_TOK_CAP)
         && (sl_scan_is (s, j, "dr") || sl_scan_is (s, j, "mr") || sl_scan_is (s, j, "mrs")
             || sl_scan_is (s, j, "ms") || sl_scan_is (s, j, "prof"));
}

/* Where the name [j, e) ends when the body the person is from follows it: "Hana Whitfield of
 * the University of Auckland" ends at "of"; e otherwise. */
static guint
name_before_body (const SlDocScan *s, guint j, guint e)
{
  for (guint n = j + 2; n + 1 < e && n < j + 5; n++)
    if (!sl_scan_is_capword (s, n))
      {
        guint o = n + 1 + (sl_scan_is (s, n + 1, "the") ? 1 : 0);
        gboolean body = sl_scan_is (s, n, "of") && o < e;

        for (guint q = o; q < e && body; q++)
          body = sl_scan_is_capword (s, q) || name_joint (s, o, q, e);
        return body ? n : e;
      }
  return e;
}

guint
sl_scan_appositive_name_start (const SlDocScan *s, guint k, guint e)
{
  guint j = k + 1;

  if (j < e && sl_scan_is (s, j, "the"))
    j++;
  /* "the state-owned", "the Dunedin-based": a compound that ends in a lowercase word */
  while (j < e && describing_compound (s, j))
    j++;
  /* "the former Olympic champion Ioana Marin": words that describe a person before the
   * name, when a name of two or more words closes the phrase */
  /* ("Dutch physicist Maarten de Vries": without an article, when a lowercase word describes) */
  if (j < e && e - j <= 8
      && (j > k + 1 || (j + 2 < e && sl_scan_has (s, j + 1, SL_TOK_LOWER) && sl_scan_is_word (s, j + 1)
                        && sl_scan_is_capword (s, j) && !(sl_scan_cls (s, j) & (SL_W_TITLE | SL_W_ORGHEAD)))
          || (j + 2 < e && sl_scan_has (s, j, SL_TOK_LOWER) && sl_scan_is_word (s, j))))
    {
      guint n = e;

      /* (a particle inside the name: "Maarten de Vries") */
      while (n > j && ((sl_scan_is_capword (s, n - 1) && !(sl_scan_cls (s, n - 1) & SL_W_TITLE))
                       || (n - 1 > j + 1 && n < e && sl_scan_name_particle (s, n - 1) && sl_scan_is_capword (s, n - 2))))
        n--;
      /* (a one-word name after a body's noun: "the Toronto-based company BallotLine") */
      if (n > j && sl_scan_has (s, n - 1, SL_TOK_LOWER)
          && (e - n >= 2 || (e - n == 1 && (sl_scan_cls (s, n - 1) & SL_W_ORGHEAD))))
        {
          gboolean plain = TRUE;

          for (guint m = j; m < n && plain; m++)
            plain = sl_scan_is_word (s, m) && !sl_scan_verbish (s, m, j)
                    && !(sl_scan_cls (s, m) & (SL_W_CUE | SL_W_PREP | SL_W_CONJ | SL_W_PRON
                                               | SL_W_AUX | SL_W_REL));
          if (plain)
            return n;
        }
    }
  /* "Its president, Dr. Kojo Asante-Darko,": an honorific and its dot open the name */
  if (j == k + 1 && j + 3 <= e && honorific_at (s, j))
    {
      gboolean names = TRUE;

      for (guint n = j + 2; n < e && names; n++)
        names = sl_scan_is_capword (s, n) && !(sl_scan_cls (s, n) & (SL_W_TITLE | SL_W_ORGHEAD));
      if (names)
        return j + 2;
    }
  /* "the city's police commander, Colonel Andrés Quintero": a rank before a name of two
   * words or more is part of the title, not of the name */
  if (j == k + 1)
    {
      guint n = j;

      while (n < e && sl_scan_is_capword (s, n) && (sl_scan_cls (s, n) & SL_W_TITLE))
        n++;
      if (n > j && e - n >= 2 && !sl_scan_corporate_word (s, e - 1))
        {
          guint m = n;

          while (m < e && sl_scan_is_capword (s, m) && !(sl_scan_cls (s, m) & (SL_W_TITLE | SL_W_ORGHEAD)))
            m++;
          if (m == e)
            return n;
        }
      /* ("His challenger, councillor Priya Natarajan", "…, former mayor Ana Ruiz": a title
       * in lower case, and what describes it, before the name) */
      n = j;
      while (n < e && n < j + 3 && sl_scan_is_word (s, n) && sl_scan_has (s, n, SL_TOK_LOWER)
             && !(sl_scan_cls (s, n) & (SL_W_PREP | SL_W_CONJ | SL_W_DET | SL_W_PRON | SL_W_AUX | SL_W_REL
                                        | SL_W_CUE)))
        n++;
      if (n > j && (sl_scan_cls (s, n - 1) & SL_W_TITLE) && e - n >= 2 && !sl_scan_corporate_word (s, e - 1))
        {
          guint m = n;

          while (m < e && sl_scan_is_capword (s, m) && !(sl_scan_cls (s, m) & (SL_W_TITLE | SL_W_ORGHEAD)))
            m++;
          if (m == e)
            return n;
        }
    }
  if (j >= e || !sl_scan_is_capword (s, j) || (sl_scan_cls (s, j) & (SL_W_TITLE | SL_W_DET)))
    return G_MAXUINT;
  /* "…, Harbour Gate Cruise Terminal Ltd.,": a company's abbreviation keeps its dot */
  if (e - j >= 3 && sl_scan_abbrev_dot (s, e - 1) && sl_scan_corporate_word (s, e - 2))
    e--;
  /* "…, the Intelligence and Security Service (SIS),": a body's name with its acronym */
  if (e - j >= 4 && sl_scan_acronym_before (s, e))
    e -= 3;
  e = name_before_body (s, j, e);
  for (guint n = j; n < e; n++)
    if (!(sl_scan_is_capword (s, n) || name_joint (s, j, n, e)) || (sl_scan_cls (s, n) & SL_W_TITLE))
      return G_MAXUINT;
  /* (one word is a name when it is an acronym after a body's noun: "The UN refugee agency,
   * UNHCR,", "The grid operator, MEPSO,") */
  return e - j >= 2 || j > k + 1
             || (e == j + 1 && sl_scan_has (s, j, SL_TOK_UPPER)
                 && sl_scan_tok (s, j)->end - sl_scan_tok (s, j)->begin >= 3 && k > 0
                 && sl_scan_has (s, k - 1, SL_TOK_LOWER) && (sl_scan_cls (s, k - 1) & SL_W_ORGHEAD))
           ? j : G_MAXUINT;
}


static gboolean describing_compound (const SlDocScan *s, guint k);

/* Whether [b, k) reads as an office held somewhere: "The mayor of Csongrád", "the head of
 * the Central Election Commission", "A police spokeswoman in Lodwar"; or as someone's
 * relation: "His challenger". */
gboolean
sl_scan_office_phrase (const SlDocScan *s, guint b, guint k)
{
  for (guint j = b; j + 2 < k; j++)
    if ((sl_scan_has (s, j, SL_TOK_LOWER)
         /* ("the Minister of State for Health, Hauwa Bello": an office's capitalised title) */
         || (j > b && sl_scan_is (s, j - 1, "the") && sl_scan_is_capword (s, j)))
        && (sl_scan_cls (s, j) & (SL_W_TITLE | SL_W_UNNAMED))
        && (sl_scan_is (s, j + 1, "of") || sl_scan_is (s, j + 1, "for")
            || sl_scan_is (s, j + 1, "in")))
      {
        guint m = j + 2;
        gboolean the = sl_scan_is (s, m, "the");

        if (the)
          m++;
        /* ("the finance director of the state-owned Botswana Livestock Corporation") */
        if (the && m + 1 < k && describing_compound (s, m) && sl_scan_is_capword (s, m + 1))
          m++;
        /* ("a spokeswoman for Sierra Leone's Ministry of Defence": a country's possessive;
         * "Secretary of State for Trade and Industry": an office's words) */
        /* ("the secretary general of the Doraleh Port Workers' Union": a plural's mark) */
        while (m < k && (sl_scan_is_capword (s, m) || sl_scan_is (s, m, "of")
                         || (m > j + 2 && sl_scan_has (s, m, SL_TOK_POSSESSIVE))
                         || (m > j + 2 && m + 1 < k && sl_scan_plural_possessive (s, m)
                             && sl_scan_is_capword (s, m - 1) && sl_scan_is_capword (s, m + 1))
                         || (m > j + 2 && sl_scan_is_capword (s, m - 1) && sl_scan_is_capword (s, m + 1)
                             && (sl_scan_is (s, m, "for") || sl_scan_is (s, m, "and")))))
          m++;
        /* ("the commander of Sierra Leone's border battalion": what the country has; "the
         * governor of Haut-Katanga province": what the name is) */
        if ((m > j + 3 && sl_scan_has (s, m - 1, SL_TOK_POSSESSIVE))
            || (m > j + 2 + (the ? 1 : 0) && m + 2 >= k && sl_scan_is_capword (s, m - 1)))
          {
            guint q = m;

            while (q < k && q < m + 3 && sl_scan_has (s, q, SL_TOK_LOWER) && sl_scan_np_token (s, q)
                   && !sl_scan_verbish (s, q, m))
              q++;
            if (q == k && q > m)
              return TRUE;
          }
        /* ("A spokeswoman for the International Monetary Fund (IMF)": its acronym) */
        if (m + 3 == k && m > j + 2 && sl_scan_acronym_before (s, k))
          return TRUE;
        /* ("a lawyer for the shepherd", "The owner of one of the boats": whom one works for
         * or what one owns, named by common nouns) */
        /* ("the head of the pilots' union SUTA": a body's noun, then its name) */
        guint ke = k;

        while (ke > m + 1 && sl_scan_is_capword (s, ke - 1) && k - ke < 4)
          ke--;
        if (ke == k || !sl_scan_has (s, ke - 1, SL_TOK_LOWER) || !(sl_scan_cls (s, ke - 1) & SL_W_ORGHEAD))
          ke = k;
        if (m == j + 2 + (the ? 1 : 0) && m < ke && ke - m <= 6 && sl_scan_has (s, ke - 1, SL_TOK_LOWER)
            && sl_scan_np_token (s, ke - 1) && !sl_scan_verbish (s, ke - 1, b))
          {
            guint q = m;

            while (q < ke && sl_scan_has (s, q, SL_TOK_LOWER) && sl_scan_is_word (s, q)
                   && !sl_scan_verbish (s, q, b)
                   && (sl_scan_np_token (s, q) || sl_scan_is (s, q, "of") || sl_scan_is (s, q, "the")
                       || (sl_scan_is (s, q, "and") && q > m && q + 1 < ke)))
              q++;
            /* ("the pilots' union SUTA": a plural's possessive mark) */
            while (q < ke && sl_scan_plural_possessive (s, q))
              for (q++; q < ke && sl_scan_has (s, q, SL_TOK_LOWER) && sl_scan_np_token (s, q)
                        && !sl_scan_verbish (s, q, b);
                   q++)
                ;
            if (q == ke)
              return TRUE;
          }
        return m == k && sl_scan_is_capword (s, k - 1);
      }
  return k == b + 2 && sl_scan_has (s, b + 1, SL_TOK_LOWER) && sl_scan_np_token (s, b + 1)
         && (sl_scan_is (s, b, "his") || sl_scan_is (s, b, "her") || sl_scan_is (s, b, "its")
             || sl_scan_is (s, b, "their"));
}

/* The end of the appositive name after the comma at k, when a comma closes it before the
 * cue at i ("The negotiator, James Both Kuol, accused"): G_MAXUINT when there is none. */
guint
sl_scan_appositive_name (const SlDocScan *s, guint k, guint i)
{
  guint q = k + 1;

  while (q < i && q - k <= 10 && !sl_scan_punct (s, q, ','))
    q++;
  if (q >= i || !sl_scan_punct (s, q, ',') || sl_scan_appositive_name_start (s, k, q) == G_MAXUINT)
    return G_MAXUINT;
  return q;
}


/* How the text writes each word (lower-cased key): WRITTEN_LOWER somewhere, WRITTEN_CAP
 * capitalised inside a sentence. Made on first need, kept for the document. */
enum
{
  WRITTEN_LOWER = 1,
  WRITTEN_CAP = 2,
};

/* The lower-case spelling of token t in buf when it fits, else in *heap (freed by the caller). */
static const char *
lower_key (const SlDocScan *s, const SlToken *t, char *buf, gsize size, char **heap)
{
  gsize n = t->end - t->begin;

  if (n >= size)
    return *heap = g_ascii_strdown (s->text + t->begin, n);
  for (gsize i = 0; i < n; i++)
    buf[i] = g_ascii_tolower (s->text[t->begin + i]);
  buf[n] = '\0';
  return buf;
}

/* How token i writes its word (0 when it tells nothing: not a word, all capitals, or
 * capitalised as it opens its sentence); *si walks the sentences along with i. */
static guint
token_written_as (const SlDocScan *s, guint i, guint *si)
{
  const SlToken *w = sl_scan_tok (s, i);
  const SlSentence *se;

  if (!(w->flags & SL_TOK_WORD))
    return 0;
  if (w->flags & SL_TOK_LOWER)
    return WRITTEN_LOWER;
  if (!(w->flags & SL_TOK_CAP) || (w->flags & SL_TOK_UPPER))
    return 0;
  while (*si + 1 < s->sentences->len
         && g_array_index (s->sentences, SlSentence, *si + 1).tok_first <= i)
    (*si)++;
  se = s->sentences->len ? &g_array_index (s->sentences, SlSentence, *si) : NULL;
  return (se ? MAX (s->body_first[*si], se->tok_first) : 0) == i ? 0 : WRITTEN_CAP;
}

/* Questions a document may answer by walking its tokens, and tokens it may walk so, before
 * its words are put in a table: most articles ask a few, and a walk over the tokens costs
 * less than hashing every word; a long one, or one asking many, gets the table and stays
 * linear. */
#define WRITTEN_AS_WALKED ((guint64) 1 << 18)
#define WRITTEN_AS_WALKS 64

static guint
written_as (SlDocScan *s, guint k)
{
  const SlToken *t = sl_scan_tok (s, k);
  gsize n = t->end - t->begin;
  char buf[64];
  g_autofree char *heap = NULL;

  if (s->lower_words == NULL && s->written_as_walks < WRITTEN_AS_WALKS
      && ((guint64) s->written_as_walks + 1) * s->tokens->len <= WRITTEN_AS_WALKED)
    {
      const char *word = s->text + t->begin;
      const SlToken *toks = (const SlToken *) (gpointer) s->tokens->data;
      /* the same word has the same key, so the same hash: a walk over the hashes (a token too
       * long for a key has hash 0, as do the others of its kind; the compare settles it) */
      const guint32 h = s->word_hash[k];
      guint how = 0, si = 0;

      s->written_as_walks++;
      for (guint i = 0; i < s->tokens->len && how != (WRITTEN_LOWER | WRITTEN_CAP); i++)
        if (s->word_hash[i] == h && toks[i].end - toks[i].begin == n
            && g_ascii_strncasecmp (s->text + toks[i].begin, word, n) == 0)
          how |= token_written_as (s, i, &si);
      return how;
    }
  if (s->lower_words == NULL)
    {
      guint si = 0;

      /* keys live in one chunk, not an allocation per word */
      s->lower_words = g_hash_table_new (g_str_hash, g_str_equal);
      s->lower_keys = g_string_chunk_new (4096);
      for (guint i = 0; i < s->tokens->len; i++)
        {
          guint how = token_written_as (s, i, &si);
          g_autofree char *long_key = NULL;
          gpointer old_key, old_how;
          const char *key;

          if (how == 0)
            continue;
          key = lower_key (s, sl_scan_tok (s, i), buf, sizeof buf, &long_key);
          if (g_hash_table_lookup_extended (s->lower_words, key, &old_key, &old_how))
            g_hash_table_insert (s->lower_words, old_key,
                                 GUINT_TO_POINTER (how | GPOINTER_TO_UINT (old_how)));
          else
            g_hash_table_insert (s->lower_words,
                                 g_string_chunk_insert_len (s->lower_keys, key, -1),
                                 GUINT_TO_POINTER (how));
        }
    }
  return GPOINTER_TO_UINT (
      g_hash_table_lookup (s->lower_words, lower_key (s, t, buf, sizeof buf, &heap)));
}

gboolean
sl_scan_written_lower (SlDocScan *s, guint k)
{
  return (written_as (s, k) & WRITTEN_LOWER) != 0;
}

/* Whether token k, capitalised as it opens its sentence, is a common word: the text writes it
 * in lower case elsewhere, and it names no source or person of this document ("Brown said"
 * after "Gordon Brown" and "a dull brown" is still Brown). */
gboolean
sl_scan_capital_only_for_sentence (SlDocScan *s, guint k)
{
  const SlToken *t = sl_scan_tok (s, k);
  g_autofree char *word = g_strndup (s->text + t->begin, t->end - t->begin);

  /* (written capitalised inside a sentence too, it is a name: "Gordon Brown spoke") */
  return written_as (s, k) == WRITTEN_LOWER && sl_scan_doc_source (s, word) == SL_NONE
         && sl_scan_person_by_surname (s, k) == SL_NONE;
}

/* How many of the bodies described (in text order) come before token b. */
static guint
bodies_before (const SlDocScan *s, guint b)
{
  guint lo = 0, hi = s->body_nouns->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (s->body_nouns, SlBodyNoun, mid).pos < b)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}


/* Whether the words before the comma at k end a title, an unnamed source's noun or a body's
 * noun ("the group's chief executive", "the parent company"), a title with what it heads
 * included ("the firm's head of research", "its director of public affairs"). */
gboolean
sl_scan_title_before (const SlDocScan *s, guint k)
{
  const guint32 not_noun = SL_W_PREP | SL_W_DET | SL_W_CONJ | SL_W_PRON | SL_W_AUX | SL_W_BE;

  /* ("the Speaker, Georges Malapa, said": an office written with a capital after "the") */
  if (k >= 2 && sl_scan_is_capword (s, k - 1) && sl_scan_is (s, k - 2, "the")
      && (sl_scan_cls (s, k - 1) & SL_W_TITLE))
    return TRUE;
  if (k < 1 || !sl_scan_has (s, k - 1, SL_TOK_LOWER) || !sl_scan_is_word (s, k - 1))
    return FALSE;
  if (sl_scan_cls (s, k - 1) & (SL_W_TITLE | SL_W_UNNAMED | SL_W_ORGHEAD))
    return TRUE;
  for (guint n = 1; n <= 2; n++)
    {
      guint of = k - 1 - n;
      gboolean nouns = k >= n + 3;

      for (guint j = of + 1; nouns && j < k; j++)
        nouns = sl_scan_has (s, j, SL_TOK_LOWER) && sl_scan_is_word (s, j)
                && (!(sl_scan_cls (s, j) & not_noun) || (j == of + 1 && sl_scan_is (s, j, "the")));
      if (nouns && sl_scan_is (s, of, "of") && sl_scan_has (s, of - 1, SL_TOK_LOWER)
          && (sl_scan_cls (s, of - 1) & SL_W_TITLE))
        return TRUE;
    }
  return FALSE;
}

/* The source for a country's office ("Russian Foreign Ministry"); an office of the kind
 * "country" is the country itself: "the Mozambican government" is Mozambique, as "Maputo"
 * is. */
static guint32
office_source (SlDocScan *s, const SlGazEntry *office, const SlGazEntry *country,
               const char *surface, guint b)
{
  g_autofree char *name = NULL;

  if (office->kind == SL_SOURCE_COUNTRY)
    return country != NULL
             ? sl_scan_make_source (s, country->name, SL_SOURCE_GOVERNMENT, NULL, surface, country, b)
             : sl_scan_make_source (s, office->name, SL_SOURCE_GOVERNMENT, NULL, surface, NULL, b);
  if (country != NULL)
    name = g_strdup_printf ("%s %s", country->adj != NULL ? country->adj : country->name,
                            office->name);
  return sl_scan_make_source (s, name != NULL ? name : office->name, office->kind, NULL, surface,
                      country, b);
}

/* Whether two nouns for a body name the same kind of body: "the budget carrier Visayas
 * Air" is the one "the airline" means. */
static gboolean
same_body_noun (const char *a, const char *b)
{
  static const char *const families[][3] = {
    { "airline", "carrier", NULL },
    { "company", "firm", NULL },
    { "newspaper", "paper", "daily" },
    { "regulator", "watchdog", NULL },
    { "bank", "lender", NULL },
    { "broadcaster", "channel", "station" },
  };

  for (guint f = 0; f < G_N_ELEMENTS (families); f++)
    {
      gboolean ha = FALSE, hb = FALSE;

      for (guint i = 0; i < 3 && families[f][i] != NULL; i++)
        {
          ha = ha || g_ascii_strcasecmp (a, families[f][i]) == 0;
          hb = hb || g_ascii_strcasecmp (b, families[f][i]) == 0;
        }
      if (ha && hb)
        return TRUE;
    }
  return FALSE;
}

/* Whether token k ends "calling itself" (or "himself", "themselves") or "known as": the
 * words that give the name a group or a person goes by. */
gboolean
sl_scan_goes_by (const SlDocScan *s, guint k)
{
  if (k == 0 || !sl_scan_has (s, k - 1, SL_TOK_LOWER))
    return FALSE;
  if (sl_scan_is (s, k, "as"))
    return sl_scan_is (s, k - 1, "known");
  return (sl_scan_is (s, k, "itself") || sl_scan_is (s, k, "themselves") || sl_scan_is (s, k, "himself")
          || sl_scan_is (s, k, "herself"))
         && (sl_scan_is (s, k - 1, "calling") || sl_scan_is (s, k - 1, "calls"));
}

/* Whether token k, inside the name [b, e), is an abbreviation's dot between two of its
 * words: "Kareem St. Bernard" (an honorific's dot opens a name, "Dr. Salim Haddad", and is
 * read as the title's). */
static gboolean
name_inner_dot (const SlDocScan *s, guint k, guint b, guint e)
{
  return k > b && k + 1 < e && sl_scan_abbrev_dot (s, k) && !honorific_at (s, k - 1)
         && sl_scan_is_capword (s, k + 1);
}

/* Whether token k of the name [b, e) after a title or a description is one of its words: a
 * capitalised word that is no title nor body's word, or a particle inside ("Sanne de Wit",
 * "Sauti ya Ziwa"). */
static gboolean
word_of_name (const SlDocScan *s, guint k, guint b, guint e)
{
  return (sl_scan_is_capword (s, k) && !(sl_scan_cls (s, k) & (SL_W_TITLE | SL_W_ORGHEAD)))
         || (k > b && k + 1 < e && sl_scan_name_particle (s, k))
         || name_inner_dot (s, k, b, e);
}

/* Whether token k, inside the phrase ending at e, can only be part of a person's name: a
 * capitalised word (not in capitals) that neither the lexicon nor the gazetteer knows, no
 * time and no company's word. */
static gboolean
unknown_name_word (const SlDocScan *s, guint k, guint e)
{
  const SlGazName *nm;

  return sl_scan_is_capword (s, k) && !sl_scan_has (s, k, SL_TOK_UPPER) && sl_scan_word (s, k) == NULL
         && s->tok_timex[k] < 0 && !sl_scan_corporate_word (s, k)
         && sl_gazetteer_match (s->gaz, s->text, (const SlToken *) (gpointer) s->tokens->data, k, e,
                                (const SlWord *const *) s->words->pdata, &nm) == 0;
}

/* Where the given names begin before the one-word name of a known outlet or body at token k
 * that is a person's family name here ("Michael Bloomberg", "actor Michael J. Fox": a
 * capitalised word neither lexicon nor gazetteer knows, perhaps then an initial), or
 * G_MAXUINT. */
static guint
given_names_start (const SlDocScan *s, guint cb, guint k)
{
  guint g = k;

  if (g >= cb + 3 && sl_scan_abbrev_dot (s, g - 1) && sl_scan_tok (s, g - 2)->end - sl_scan_tok (s, g - 2)->begin == 1)
    g -= 2;
  if (g == cb || !unknown_name_word (s, g - 1, g) || sl_scan_masthead_word (s, g - 1)
      || sl_scan_has (s, g - 1, SL_TOK_POSSESSIVE))
    return G_MAXUINT;
  return g - 1;
}

/* The body's noun when "of" at cb + 1 opens the body a seat is in and a person's name of two
 * words or more follows it, to ce: "member of parliament Ana Ruiz", "Member of the National
 * Assembly Ana Ruiz"; G_MAXUINT otherwise. */
static guint
seat_body (const SlDocScan *s, guint cb, guint ce)
{
  guint m, q;

  /* (a word or two may say whose side: "opposition member of parliament Ana Ruiz") */
  while (cb + 5 < ce && !sl_scan_is (s, cb, "member") && sl_scan_is_word (s, cb)
         && !(sl_scan_cls (s, cb) & (SL_W_PREP | SL_W_CONJ | SL_W_DET | SL_W_PRON | SL_W_TITLE)))
    cb++;
  m = cb + 2 + (sl_scan_is (s, cb + 2, "the") ? 1 : 0);
  q = m;
  if (ce < cb + 5 || !sl_scan_is (s, cb, "member") || !sl_scan_is (s, cb + 1, "of"))
    return G_MAXUINT;
  while (q < ce && q < m + 3 && !(sl_scan_cls (s, q) & SL_W_ORGHEAD))
    q++;
  if (q >= ce || !(sl_scan_cls (s, q) & SL_W_ORGHEAD) || ce - (q + 1) < 2 || sl_scan_corporate_word (s, ce - 1))
    return G_MAXUINT;
  return q;
}

/* The person [te, he) names after the title [cb, te) ("Defense Minister Shin Won-sik", "union
 * negotiator Sanne de Wit", "Member of Parliament Khalid Bu-Hazza"), or one named before by
 * the same surname; SL_NONE when a word after the title is not a name's. */
static guint32
titled_person (SlDocScan *s, guint cb, guint te, guint he, const char *surface,
               const SlGazEntry *country, guint b)
{
  g_autofree char *name = NULL, *title = NULL;
  guint32 known;

  for (guint k = te; k < he; k++)
    if (!word_of_name (s, k, te, he))
      return SL_NONE;
  title = sl_scan_span_text (s, cb, te);
  known = sl_scan_person_by_surname (s, he - 1);
  name = known != SL_NONE ? g_strdup (sl_model_str (s->model, sl_model_source (s->model, known)->name))
                          : sl_scan_span_text (s, te, he);
  return sl_scan_make_source (s, name, SL_SOURCE_PERSON, title, surface, country, b);
}

/* The company this document named before token `before` whose name begins with the words
 * [k, ke) and goes on in words that are not a body's ("Norrsken" after "Norrsken Aerospace",
 * "Cape Harvest" after "Cape Harvest Foods"; not "Clinton" after "the Clinton
 * Foundation"), or SL_NONE. */
static guint32
company_by_first_words (const SlDocScan *s, guint k, guint ke, guint before)
{
  g_autofree char *words = sl_scan_span_text (s, k, ke);
  gsize n = strlen (words);

  for (guint32 i = s->ent_latest; i != SL_NONE; i = ENT (s, i)->older)
    {
      const SlDocEntity *e = ENT (s, i);
      const char *name = sl_model_str (s->model, e->name);
      g_autofree char *last = NULL;
      const SlWord *lw;

      if (e->pos >= before || (e->kind != SL_SOURCE_ORGANIZATION && e->kind != SL_SOURCE_OUTLET)
          || strncmp (name, words, n) != 0 || name[n] != ' ')
        continue;
      last = g_ascii_strdown (last_word (name), -1);
      lw = sl_gazetteer_word_hashed (s->gaz, last, sl_word_hash (last));
      if (lw == NULL || !(lw->classes & SL_W_ORGHEAD))
        return e->source;
    }
  return SL_NONE;
}

/* The body the text described before token `before` ("the Swedish start-up Norrsken
 * Aerospace") whose name of more words begins with the words [k, ke), or NULL. */
static const char *
described_by_first_words (const SlDocScan *s, guint k, guint ke, guint before)
{
  g_autofree char *words = sl_scan_span_text (s, k, ke);
  gsize n = strlen (words);

  for (guint i = s->body_nouns != NULL ? s->body_nouns->len : 0; i > 0; i--)
    {
      const SlBodyNoun *bn = &g_array_index (s->body_nouns, SlBodyNoun, i - 1);

      if (bn->pos < before && strncmp (bn->name, words, n) == 0 && bn->name[n] == ' '
          && g_hash_table_contains (s->bodies, bn->name))
        return bn->name;
    }
  return NULL;
}

/* "Ecuador's central bank will sell gold …, its board said": a body's board speaks for the
 * body its sentence opens with; SL_NONE when [b, e) is no such board or the sentence opens
 * with no body. */
static guint32
board_of_subject (SlDocScan *s, guint b, guint e)
{
  static const char *const boards[] = { "board", "management", "leadership" };
  guint f, ne;
  guint32 src;
  SlSourceKind kind;

  if (e != b + 2 || !sl_scan_is (s, b, "its") || !sl_scan_is_one_of (s, b + 1, boards, G_N_ELEMENTS (boards)))
    return SL_NONE;
  f = sl_scan_sentence_start (s, b);
  if (f >= b || !sl_scan_np_right (s, f, b, &ne) || ne >= b || ne <= f)
    return SL_NONE;
  src = sl_scan_resolve_np (s, f, ne);
  if (src == SL_NONE)
    return SL_NONE;
  kind = sl_scan_kind (s, src);
  return kind == SL_SOURCE_AGENCY || kind == SL_SOURCE_ORGANIZATION || kind == SL_SOURCE_GOVERNMENT
           ? src : SL_NONE;
}

/* Whether a comma stands in [b, e). */
static gboolean
comma_in (const SlDocScan *s, guint b, guint e)
{
  for (guint k = b; k < e; k++)
    if (sl_scan_punct (s, k, ','))
      return TRUE;
  return FALSE;
}

/* Whether the words before the "of" at o, after lo, are a person's name: titled ("Inspector
 * Maria Byrne of …"), or plain and opening the phrase ("Laurence Cormier of …"). Sets where
 * the name and its title begin. */
static gboolean
name_before_of (const SlDocScan *s, guint lo, guint o, guint *name_b, guint *title_b)
{
  guint n = o, k;

  while (n > lo && sl_scan_is_capword (s, n - 1) && !sl_scan_has (s, n - 1, SL_TOK_UPPER)
         && !(sl_scan_cls (s, n - 1) & (SL_W_TITLE | SL_W_ORGHEAD)))
    n--;
  for (k = n; k > lo && sl_scan_is_capword (s, k - 1) && (sl_scan_cls (s, k - 1) & SL_W_TITLE); k--)
    ;
  *name_b = n;
  *title_b = k;
  return o >= n + 2
         && (k < n || ((n == lo || !sl_scan_is_capword (s, n - 1)) && sl_scan_plain_name (s, n, o)));
}

/* Whether the determiner at k, capitalised inside a sentence (and no article), opens the
 * name after it: "The No Nukes Valley committee". */
static gboolean
name_determiner (const SlDocScan *s, guint k)
{
  return sl_scan_has (s, k, SL_TOK_CAP) && !sl_scan_has (s, k, SL_TOK_UPPER) && sl_scan_sentence_start (s, k) != k
         && sl_scan_is_capword (s, k + 1) && !sl_scan_is (s, k, "the") && !sl_scan_is (s, k, "a")
         && !sl_scan_is (s, k, "an");
}

guint32
sl_scan_resolve_np (SlDocScan *s, guint b, guint e)
{
  const SlToken *toks = (const SlToken *) (gpointer) s->tokens->data;
  const SlWord *const *words = (const SlWord *const *) s->words->pdata;
  guint cb = b, ce = e, he, acr = G_MAXUINT;
  GazHit hits[8];
  guint n_hits = 0;
  const SlGazEntry *country = NULL;
  guint after_country = G_MAXUINT;
  g_autofree char *surface = NULL;
  guint32 hc;
  guint32 idx;

  /* "Last week officials said": a time opening the sentence is not part of who speaks;
   * "Recent polling" is a kind of polling */
  if (b + 1 < e && s->tok_timex[b] >= 0 && s->tok_timex[b + 1] == s->tok_timex[b])
    while (b < e && s->tok_timex[b] >= 0)
      cb = ++b;
  /* "according to a study last year": the time says when, not who; a time alone is nobody;
   * "The United Nations last declared": nor is an adverb of time */
  while (e > b && (s->tok_timex[e - 1] >= 0
                   || (e - 1 > b && sl_scan_has (s, e - 1, SL_TOK_LOWER)
                       && (sl_scan_is (s, e - 1, "last") || sl_scan_is (s, e - 1, "first")
                           || sl_scan_is (s, e - 1, "previously") || sl_scan_is (s, e - 1, "once")))))
    e--;
  if (e == b)
    return SL_NONE;
  if ((idx = board_of_subject (s, b, e)) != SL_NONE)
    return idx;
  ce = e;
  /* "the", "some", and "The US" at the start of a sentence; "its own inspectors" */
  while (cb + 1 < ce && (((sl_scan_cls (s, cb) & (SL_W_DET | SL_W_QUANT)) && !sl_scan_counts_off (s, cb)
                          && !name_determiner (s, cb))
                         || (cb > b && sl_scan_is (s, cb, "own"))))
    cb++;
  if (cb >= ce)
    return SL_NONE;
  /* "About 300 students", "more than 1,200 workers": a crowd is named without its count,
   * as "Three witnesses" is */
  {
    guint q = cb;

    if (sl_scan_is (s, q, "about") || sl_scan_is (s, q, "some") || sl_scan_is (s, q, "nearly")
        || sl_scan_is (s, q, "around") || sl_scan_is (s, q, "almost") || sl_scan_is (s, q, "roughly")
        || sl_scan_is (s, q, "over"))
      q++;
    else if ((sl_scan_is (s, q, "more") || sl_scan_is (s, q, "fewer")) && sl_scan_is (s, q + 1, "than"))
      q += 2;
    else if (sl_scan_is (s, q, "at") && sl_scan_is (s, q + 1, "least"))
      q += 2;
    if (sl_scan_has (s, q, SL_TOK_NUM))
      {
        while (q + 2 < ce && sl_scan_punct (s, q + 1, ',') && sl_scan_has (s, q + 2, SL_TOK_NUM))
          q += 2;
        if (q + 1 < ce && sl_scan_is_word (s, q + 1) && sl_scan_has (s, q + 1, SL_TOK_LOWER))
          cb = q + 1;
      }
  }
  /* "the Hamburg-based Institute for Coastal Security": the compound says where the body
   * sits, its name follows; so does a plain word that only describes it, "the rebel
   * Patriotic Front" (not "the news agency Agenzia Tirrena", whose words say what it is) */
  while (cb + 1 < ce && describing_compound (s, cb) && sl_scan_is_capword (s, cb + 1))
    cb++;
  if (cb + 2 < ce && cb > b && sl_scan_has (s, cb, SL_TOK_LOWER) && sl_scan_is_word (s, cb)
      && sl_scan_is_capword (s, cb + 1) && sl_scan_is_capword (s, cb + 2)
      && !(sl_scan_cls (s, cb) & (SL_W_ORGHEAD | SL_W_UNNAMED | SL_W_TITLE | SL_W_DOCNOUN | SL_W_PREP
                                  | SL_W_CUE | SL_W_DET | SL_W_QUANT | SL_W_PRON | SL_W_CONJ))
      && !sl_scan_verbish (s, cb, b))
    cb++;
  /* "What I don't think …": the free relative's "what" is not part of who speaks */
  if (cb + 1 < ce && (sl_scan_is (s, cb, "what") || sl_scan_is (s, cb, "whatever")))
    cb++;
  /* "Trump Just Announced …" in a title-case headline: an adverb is not part of the name */
  while (ce > cb + 1 && (sl_scan_cls (s, ce - 1) & (SL_W_ADV | SL_W_NEG))
         && !sl_scan_has (s, ce - 1, SL_TOK_LOWER) && !sl_scan_has (s, ce - 1, SL_TOK_UPPER))
    ce--;
  /* "Some said …", "by some of his rivals" (a lower-case quantifier alone is left to the
   * callers that take any phrase) */
  if (ce - cb == 1 && (sl_scan_cls (s, cb) & SL_W_QUANT))
    return sl_scan_has (s, cb, SL_TOK_LOWER) && !sl_scan_is (s, cb + 1, "of") ? SL_NONE
                                                                            : sl_scan_counted_source (s, cb, b);
  /* "according to a police statement", "a ministry statement said", "the company letter":
   * a record named for the body it came from is that body's word */
  if (ce == cb + 2 && sl_scan_has (s, cb, SL_TOK_LOWER) && sl_scan_has (s, cb + 1, SL_TOK_LOWER)
      && (sl_scan_cls (s, cb) & (SL_W_UNNAMED | SL_W_ORGHEAD)) && !(sl_scan_cls (s, cb) & SL_W_TITLE)
      && (sl_scan_cls (s, cb + 1) & SL_W_DOCNOUN) && !sl_scan_plural_noun (s, cb + 1))
    {
      guint32 body = cb > b && sl_scan_is (s, b, "the") ? sl_scan_resolve_np (s, b, cb + 1)
                                                        : sl_scan_resolve_np (s, cb, cb + 1);

      if (body != SL_NONE)
        {
          g_autofree char *whole = sl_scan_span_text (s, b, ce);

          sl_model_add_source_alias (s->model, body, whole);
          return body;
        }
    }
  /* "Regulator orders recall" (a headline), "Prosecutors said": one word capitalised only
   * because it opens its sentence, which the text writes in lower case elsewhere, is that
   * common noun, not a name */
  if (ce == cb + 1 && cb == b && sl_scan_sentence_start (s, cb) == cb && sl_scan_has (s, cb, SL_TOK_CAP)
      && !sl_scan_has (s, cb, SL_TOK_UPPER)
      && (sl_scan_word (s, cb) == NULL || (sl_scan_cls (s, cb) & (SL_W_ORGHEAD | SL_W_UNNAMED)))
      && sl_scan_capital_only_for_sentence (s, cb))
    {
      const SlToken *t = sl_scan_tok (s, cb);
      g_autofree char *low = g_ascii_strdown (s->text + t->begin, t->end - t->begin);

      return sl_scan_make_source (s, low, SL_SOURCE_UNNAMED, NULL, NULL, NULL, b);
    }
  /* "Her campaign", "Tavares's campaign", "the Trump campaign": the candidate's campaign, a
   * body of its own named for the candidate */
  if (ce - cb <= 4 && sl_scan_is (s, ce - 1, "campaign") && sl_scan_has (s, ce - 1, SL_TOK_LOWER))
    {
      guint32 person = SL_NONE;

      /* (a possessive pronoun is the person a "he" or "she" there would be) */
      if (ce - b == 2 && (sl_scan_is (s, b, "her") || sl_scan_is (s, b, "his")))
        person = recent_entity (s, b, TRUE, FALSE, 0);
      else if (ce - cb >= 2)
        {
          gboolean names = TRUE;
          guint ne = ce - 1;

          /* (the possessive's mark may be a token of its own) */
          while (ne > cb && !sl_scan_is_capword (s, ne - 1) && sl_scan_has (s, ne - 1, SL_TOK_POSSESSIVE))
            ne--;
          for (guint k = cb; k < ne && names; k++)
            names = sl_scan_is_capword (s, k) && !(sl_scan_cls (s, k) & (SL_W_ORGHEAD | SL_W_TITLE));
          if (names && ne > cb)
            {
              person = sl_scan_person_by_surname (s, ne - 1);
              if (person == SL_NONE)
                person = sl_scan_resolve_np (s, cb, ne);
            }
        }
      if (person != SL_NONE && sl_scan_kind (s, person) == SL_SOURCE_PERSON)
        {
          g_autofree char *name = g_strdup_printf ("%s campaign",
                                                   last_word (sl_scan_source_name (s, person)));
          g_autofree char *whole = sl_scan_span_text (s, b, ce);
          guint32 src = sl_scan_make_source (s, name, SL_SOURCE_ORGANIZATION, NULL, NULL, NULL, b);

          sl_model_add_source_alias (s->model, src, whole);
          return src;
        }
    }
  /* "A group calling itself Maré Negra", "a militia known as the Northern Shield", "a hacker
   * calling himself Guccifer": the name it goes by is the source */
  for (guint k = cb + 1; k + 2 < ce; k++)
    if (sl_scan_goes_by (s, k + 1))
      {
        guint nb = k + 2 + (sl_scan_is (s, k + 2, "the") && k + 3 < ce);
        gboolean names = sl_scan_is_capword (s, nb);

        for (guint j = nb; j < ce && names; j++)
          names = word_of_name (s, j, nb, ce);
        if (names)
          {
            g_autofree char *name = sl_scan_span_text (s, nb, ce);
            g_autofree char *whole = sl_scan_span_text (s, cb, ce);
            gboolean person = sl_scan_is (s, k + 1, "himself") || sl_scan_is (s, k + 1, "herself");
            guint32 src = sl_scan_make_source (s, name, person ? SL_SOURCE_PERSON : SL_SOURCE_ORGANIZATION,
                                       NULL, NULL, NULL, b);

            sl_model_add_source_alias (s->model, src, whole);
            return src;
          }
        break;
      }
  /* "the La Paz daily Página Andina", "the payments company Amberpay": the name after the
   * describing noun is the body; the whole phrase is another way to say it */
  /* (not "the head of the pilots' union SUTA, Diego Ferreira": a name set off after the
   * body's names who speaks) */
  if (s->bodies != NULL && ce - cb >= 2)
    for (guint k = cb + 1; k < ce; k++)
      if (sl_scan_has (s, k - 1, SL_TOK_LOWER) && (sl_scan_cls (s, k - 1) & SL_W_ORGHEAD)
          && !comma_in (s, k, ce) && sl_scan_described_kind (s, k, ce) >= 0)
        {
          g_autofree char *name = sl_scan_span_text (s, k, ce);
          g_autofree char *whole = sl_scan_span_text (s, cb, ce);
          guint32 src = sl_scan_make_source (s, name, (SlSourceKind) sl_scan_described_kind (s, k, ce), NULL,
                                     NULL, NULL, b);

          sl_model_add_source_alias (s->model, src, whole);
          return src;
        }
  /* "the RIA said" after "the Information System Authority (RIA)": the body the text
   * spelled out */
  if (ce == cb + 1 && sl_scan_has (s, cb, SL_TOK_UPPER) && s->body_nouns != NULL)
    {
      const char *name = NULL;

      /* the latest before this point, among the last few hundred bodies described (a
       * bound, so a book-length text is not quadratic) */
      for (guint k = bodies_before (s, b), seen = 0; k > 0 && seen < MAX_BODY_LOOKBACK && name == NULL;
           k--, seen++)
        {
          const SlBodyNoun *bn = &g_array_index (s->body_nouns, SlBodyNoun, k - 1);

          if (sl_token_is (s->text, sl_scan_tok (s, cb), bn->noun))
            name = bn->name;
        }
      if (name != NULL)
        {
          guint32 known = sl_scan_doc_source (s, name);
          guint32 src = sl_scan_make_source (s, name,
                                     known != SL_NONE ? sl_scan_kind (s, known) : SL_SOURCE_ORGANIZATION,
                                     NULL, NULL, NULL, b);
          g_autofree char *acronym = sl_scan_span_text (s, cb, ce);

          sl_model_add_source_alias (s->model, src, acronym);
          return src;
        }
    }
  /* "The Observatory estimates …" after "the Climate Finance Observatory": the body of this
   * document, mentioned last, whose name ends with that word */
  if (ce == cb + 1 && cb > b && sl_scan_is (s, b, "the") && sl_scan_has (s, cb, SL_TOK_CAP)
      && !sl_scan_has (s, cb, SL_TOK_UPPER) && (sl_scan_cls (s, cb) & SL_W_ORGHEAD))
    for (guint32 k = s->ent_latest; k != SL_NONE; k = ENT (s, k)->older)
      {
        const SlDocEntity *de = ENT (s, k);
        const char *name = sl_model_str (s->model, de->name);

        if (de->pos < b && de->kind != SL_SOURCE_PERSON && de->kind != SL_SOURCE_UNNAMED
            && strchr (name, ' ') != NULL && sl_token_is (s->text, sl_scan_tok (s, cb), last_word (name)))
          return sl_scan_make_source (s, name, de->kind, NULL, NULL, de->country, b);
      }
  /* "the array promised …" after "the Gamsberg Gamma Array": the body named before, by the
   * last word of its name; so is its board ("the array's governing board") */
  if (cb > b && sl_scan_is (s, b, "the") && sl_scan_has (s, cb, SL_TOK_LOWER)
      && !(sl_scan_cls (s, cb) & (SL_W_UNNAMED | SL_W_TITLE | SL_W_ORGHEAD | SL_W_DOCNOUN))
      && (ce == cb + 1
          || (ce >= cb + 3 && ce <= cb + 5 && sl_scan_has (s, cb + 1, SL_TOK_POSSESSIVE)
              && sl_scan_has (s, ce - 1, SL_TOK_LOWER) && (sl_scan_cls (s, ce - 1) & SL_W_ORGHEAD)
              && !(sl_scan_cls (s, ce - 1) & SL_W_TITLE))))
    {
      guint nb, ne;

      if (sl_scan_name_by_last_word (s, cb, b, &nb, &ne))
        {
          g_autofree char *name = sl_scan_span_text (s, nb, ne);
          guint32 known = sl_scan_doc_source (s, name);

          if (known == SL_NONE || sl_scan_kind (s, known) != SL_SOURCE_PERSON)
            return sl_scan_make_source (s, name, known != SL_NONE ? sl_scan_kind (s, known) : SL_SOURCE_ORGANIZATION,
                                        NULL, NULL, NULL, b);
        }
    }
  /* "The company said …" after "the payments company Amberpay": the body so described */
  if (ce == cb + 1 && cb > b && sl_scan_is (s, b, "the") && s->body_nouns != NULL
      && sl_scan_has (s, cb, SL_TOK_LOWER) && (sl_scan_cls (s, cb) & SL_W_ORGHEAD))
    {
      g_autofree char *noun = sl_scan_span_text (s, cb, ce);
      const char *name = NULL;

      /* the latest body so described before this point */
      for (guint k = bodies_before (s, b), seen = 0; k > 0 && seen < MAX_BODY_LOOKBACK && name == NULL;
           k--, seen++)
        {
          const SlBodyNoun *bn = &g_array_index (s->body_nouns, SlBodyNoun, k - 1);

          if (g_ascii_strcasecmp (bn->noun, noun) == 0 || same_body_noun (bn->noun, noun))
            name = bn->name;
        }

      if (name != NULL)
        {
          guint32 known = sl_model_find_source (s->model, name);

          if (known != SL_NONE)
            return sl_scan_make_source (s, name, sl_scan_kind (s, known), NULL, NULL,
                                NULL, b);
          return sl_scan_make_source (s, name,
                              sl_scan_word (s, cb)->org_kind == SL_SOURCE_OUTLET
                                ? SL_SOURCE_OUTLET : SL_SOURCE_ORGANIZATION,
                              NULL, NULL, NULL, b);
        }
    }
  /* "The committee estimated …" after "The No Nukes Valley committee": the body, mentioned
   * last, whose name ends with that noun (among the last few hundred names) */
  /* ("The weather service rejected …" after "Germany's national weather service, the
   * Deutscher Wetterdienst": the body that phrase described) */
  if (ce > cb && ce <= cb + 2 && cb > b && sl_scan_is (s, b, "the") && sl_scan_has (s, cb, SL_TOK_LOWER)
      && sl_scan_has (s, ce - 1, SL_TOK_LOWER) && (sl_scan_cls (s, ce - 1) & SL_W_ORGHEAD))
    {
      g_autofree char *phrase = sl_scan_span_text (s, cb, ce);
      gsize pl = strlen (phrase);
      guint seen = 0;

      for (guint32 k = s->ent_latest; k != SL_NONE && seen < MAX_BODY_LOOKBACK; k = ENT (s, k)->older, seen++)
        {
          const SlDocEntity *de = ENT (s, k);
          const char *name = sl_model_str (s->model, de->name);
          const char *last = last_word (name);
          guint32 it;

          if (de->pos >= b || de->kind == SL_SOURCE_PERSON)
            continue;
          /* (a name in capitals before the noun, which the text left unclassed) */
          if (ce == cb + 1 && g_ascii_isupper (*name) && last != name && g_ascii_islower (*last)
              && sl_token_is (s->text, sl_scan_tok (s, cb), last))
            return sl_scan_make_source (s, name, de->kind, NULL, NULL, de->country, b);
          /* ("the department said in a statement" after "the city's police department
           * said": the body so described, though it has no name) */
          if (de->kind == SL_SOURCE_UNNAMED && ce == cb + 1 && last != name
              && sl_token_is (s->text, sl_scan_tok (s, cb), last) && strchr (name, '\'') != NULL)
            return sl_scan_make_source (s, name, de->kind, NULL, NULL, de->country, b);
          if (de->kind == SL_SOURCE_UNNAMED)
            continue;
          it = sl_model_source (s->model, de->source)->alias_head;
          /* (its first few ways of being named: a source many articles name has many) */
          for (guint n = 0; n < 16 && it != SL_NONE; n++)
            {
              guint32 a = sl_model_source_alias_next (s->model, &it);
              const char *alias = a != 0 ? sl_model_str (s->model, a) : NULL;
              const char *hit = alias != NULL ? strstr (alias, phrase) : NULL;

              if (hit != NULL && hit > alias && hit[-1] == ' ' && (hit[pl] == ',' || hit[pl] == '\0'))
                return sl_scan_make_source (s, name, de->kind, NULL, NULL, de->country, b);
            }
        }
    }
  /* "the island's Central Weather Administration": a common noun's possessive before a name
   * says whose it is; the name is the source */
  if (cb + 2 < ce && sl_scan_has (s, cb, SL_TOK_LOWER) && sl_scan_has (s, cb + 1, SL_TOK_POSSESSIVE)
      && sl_scan_is_capword (s, cb + 2))
    cb += 2;
  /* "… Service (NIS)"; "Rep. John Mica (R-Fla.)" */
  if (ce - cb >= 4 && sl_scan_acronym_before (s, ce))
    {
      acr = ce - 2;
      ce -= 3;
    }
  else if (ce - cb >= 3 && sl_scan_punct (s, ce - 1, ')'))
    {
      guint o = ce - 1;
      while (o > cb + 1 && ce - o < 8 && !sl_scan_punct (s, o, '('))
        o--;
      if (sl_scan_punct (s, o, '('))
        ce = o;
    }
  /* "Joseph R. Biden Jr.", "James B. Comey Jr": the suffix is not part of the name looked up */
  if (ce - cb >= 3 && sl_scan_punct (s, ce - 1, '.')
      && (sl_scan_is (s, ce - 2, "jr") || sl_scan_is (s, ce - 2, "sr")))
    ce -= 2;
  else if (ce - cb >= 2 && (sl_scan_is (s, ce - 1, "jr") || sl_scan_is (s, ce - 1, "sr"))
           && sl_scan_has (s, ce - 1, SL_TOK_CAP))
    ce -= 1;
  /* "Acme Corp.", "Vale Mining Ltd.": the company's word stays, its dot does not */
  else if (ce - cb >= 3 && sl_scan_punct (s, ce - 1, '.')
           && (sl_scan_is (s, ce - 2, "corp") || sl_scan_is (s, ce - 2, "inc") || sl_scan_is (s, ce - 2, "ltd")
               || sl_scan_is (s, ce - 2, "co")))
    ce -= 1;
  surface = bare_text (s, b, e);
  /* "the Health and Safety Executive", "the Scottish Executive": after an article, a
   * capitalised "Executive" that closes a name of other words is a body, not a title */
  if (ce - cb >= 2 && cb > b && sl_scan_is (s, b, "the") && sl_scan_is (s, ce - 1, "executive")
      && sl_scan_has (s, ce - 1, SL_TOK_CAP))
    {
      gboolean name = TRUE;

      for (guint k = cb; k + 1 < ce && name; k++)
        name = (sl_scan_is_capword (s, k) && !(sl_scan_cls (s, k) & SL_W_TITLE))
               || (k > cb && (sl_scan_is (s, k, "and") || sl_scan_is (s, k, "of")));
      if (name)
        {
          g_autofree char *whole = sl_scan_span_text (s, cb, ce);

          return sl_scan_make_source (s, whole, SL_SOURCE_AGENCY, NULL, surface, NULL, b);
        }
    }
  /* "Gulnara Tashieva, head of the Batken provincial health department,": a name, then
   * what the person is (an honorific may open it: "Dr. Salim Haddad, head of …,") */
  for (guint k = cb + 1; k + 1 < ce && k <= cb + 4; k++)
    if (sl_scan_punct (s, k, ','))
      {
        gboolean names = TRUE;
        guint te = ce;

        for (guint j = cb + (honorific_at (s, cb) ? 2 : 0); j < k && names; j++)
          names = sl_scan_is_capword (s, j) && !(sl_scan_cls (s, j) & (SL_W_TITLE | SL_W_ORGHEAD));
        while (te > k + 1 && sl_scan_punct (s, te - 1, ','))
          te--;
        if (names && k - cb >= 2 && sl_scan_has (s, k + 1, SL_TOK_LOWER)
            && (sl_scan_cls (s, k + 1) & SL_W_TITLE))
          {
            guint32 src = sl_scan_resolve_np (s, cb, k);

            if (src != SL_NONE && sl_scan_kind (s, src) == SL_SOURCE_PERSON)
              {
                g_autofree char *title = sl_scan_span_text (s, k + 1, te);

                return sl_scan_make_source (s, sl_scan_source_name (s, src), SL_SOURCE_PERSON, title,
                                    surface, NULL, b);
              }
          }
        break;
      }
  /* "the group's chief executive, Tom Hadley": a title, then the person's name; "the
   * parent company, the Dunedin-based Otago Holdings": a body, then its name */
  for (guint k = cb + 1; k + 1 < ce; k++)
    if (sl_scan_punct (s, k, ',') && (sl_scan_title_before (s, k) || sl_scan_office_phrase (s, b, k)
                                      || sl_scan_noun_then_name (s, k, ce)))
      {
        guint nb = sl_scan_appositive_name_start (s, k, ce);

        if (nb != G_MAXUINT)
          {
            /* (without the body the person is from: "…, Hana Whitfield of the University of
             * Auckland") */
            guint ne = name_before_body (s, nb, ce);
            g_autofree char *name = sl_scan_span_text (s, nb, ne);
            g_autofree char *title = sl_scan_span_text (s, cb, k);
            guint32 known;

            gboolean titled = FALSE;

            /* ("the head of the union, Jan Novak", "a meteorologist with the agency, Priya
             * Nandakumar": a person, who works there) */
            for (guint j = cb; j + 1 < k && !titled; j++)
              titled = sl_scan_has (s, j, SL_TOK_LOWER) && (sl_scan_cls (s, j) & SL_W_PREP);
            if (!titled && sl_scan_has (s, k - 1, SL_TOK_LOWER)
                && !(sl_scan_cls (s, k - 1) & SL_W_TITLE)
                && (sl_scan_cls (s, k - 1) & SL_W_ORGHEAD))
              {
                guint32 src = sl_scan_resolve_np (s, nb, ce);

                if (src != SL_NONE && sl_scan_kind (s, src) != SL_SOURCE_UNNAMED
                    && sl_scan_kind (s, src) != SL_SOURCE_PERSON)
                  return src;
                /* (the name alone read as a person's: "Germany's national weather service,
                 * the Deutscher Wetterdienst" is the service) */
                if (src != SL_NONE && sl_scan_kind (s, src) == SL_SOURCE_PERSON)
                  sl_scan_set_kind (s, src, sl_scan_word (s, k - 1)->org_kind);
                return sl_scan_make_source (s, name, sl_scan_word (s, k - 1)->org_kind, NULL, surface, NULL, b);
              }
            /* ("…, the Toronto-based company BallotLine": the noun before the name says
             * what kind of body it is) */
            if (nb > k + 1 && sl_scan_has (s, nb - 1, SL_TOK_LOWER) && (sl_scan_cls (s, nb - 1) & SL_W_ORGHEAD)
                && !(sl_scan_cls (s, nb - 1) & SL_W_TITLE))
              return sl_scan_make_source (s, name, sl_scan_word (s, nb - 1)->org_kind, NULL, surface, NULL, b);
            known = sl_scan_person_by_surname (s, ne - 1);
            if (known != SL_NONE)
              return sl_scan_make_source (s, sl_model_str (s->model, sl_model_source (s->model, known)->name),
                                  SL_SOURCE_PERSON, title, surface, NULL, b);
            /* "The track manager, Northern Rail Infrastructure, denied": a company's name
             * after a role is the company in that role */
            if (ce - nb >= 2 && sl_scan_corporate_word (s, ce - 1))
              return sl_scan_make_source (s, name, SL_SOURCE_ORGANIZATION, NULL, surface, NULL, b);
            return sl_scan_make_source (s, name, SL_SOURCE_PERSON, title, surface, NULL, b);
          }
        break;
      }
  /* "the Red Cross in Lima": a name, then where it is (but an acronym spells out the whole
   * name: "the Organization for Security and Co-operation in Europe (OSCE)") */
  /* (not for someone unnamed who works there: "a conservator at the National Museum in
   * Paro" is known by the whole phrase) */
  for (guint k = cb + 1; k + 1 < ce && acr == G_MAXUINT; k++)
    if (sl_scan_is (s, k, "in") && sl_scan_is_capword (s, k - 1) && sl_scan_is_capword (s, k + 1))
      {
        gboolean worker = FALSE;

        for (guint q = cb + 1; q + 1 < k && !worker; q++)
          worker = (sl_scan_cls (s, q) & SL_W_PREP) && sl_scan_has (s, q, SL_TOK_LOWER)
                   && (sl_scan_cls (s, q - 1) & SL_W_UNNAMED) && sl_scan_has (s, q - 1, SL_TOK_LOWER)
                   && !speaks_for (s, q - 1, q);
        if (worker)
          break;
        guint j = k + 1;

        while (j < ce && sl_scan_is_capword (s, j))
          j++;
        /* ("Police in Shamli": the place's police, an agency of its own) */
        if (j == ce && k == cb + 1 && sl_scan_is (s, cb, "police"))
          {
            g_autofree char *place = sl_scan_span_text (s, k + 1, ce);
            g_autofree char *name = g_strdup_printf ("%s police", place);

            return sl_scan_make_source (s, name, SL_SOURCE_AGENCY, NULL, surface, NULL, b);
          }
        if (j == ce)
          ce = k;
        break;
      }
  /* "State Minister for Disaster Preparedness Rose Nabwire", "Secretary of State Antony
   * Blinken": a title with what it is for, then the name, its last two capitalised words */
  for (guint k = cb + 1; k + 3 < ce; k++)
    if ((sl_scan_cls (s, k - 1) & SL_W_TITLE) && sl_scan_has (s, k - 1, SL_TOK_CAP)
        && (sl_scan_is (s, k, "for") || sl_scan_is (s, k, "of")))
      {
        gboolean caps = TRUE;

        for (guint j = k + 1; j < ce && caps; j++)
          caps = sl_scan_is_capword (s, j) && !sl_scan_has (s, j, SL_TOK_UPPER)
                 && !(sl_scan_cls (s, j) & (SL_W_TITLE | SL_W_ORGHEAD));
        if (caps)
          {
            g_autofree char *name = sl_scan_span_text (s, ce - 2, ce);
            g_autofree char *title = sl_scan_span_text (s, cb, ce - 2);
            guint32 known = sl_scan_person_by_surname (s, ce - 1);

            if (known != SL_NONE)
              return sl_scan_make_source (s, sl_scan_source_name (s, known), SL_SOURCE_PERSON, title,
                                          surface, country, b);
            return sl_scan_make_source (s, name, SL_SOURCE_PERSON, title, surface, country, b);
          }
        break;
      }
  /* "Detective Superintendent Ciarán Moloney of the Garda National Cyber Crime Bureau",
   * "Inspector Maria Byrne of the Dublin police", "Laurence Cormier of the Grand Manan
   * Fishermen's Association", "conservative commentator Jonah Goldberg of the National
   * Review": a titled name, or a name of words the lexicon and the gazetteer do not know,
   * then whom the person serves; what comes before the name is the person's title */
  for (guint o = cb + 2; o + 1 < ce; o++)
    if (sl_scan_is (s, o, "of"))
      {
        guint n, k;

        if (name_before_of (s, cb, o, &n, &k)
            && (sl_scan_is_capword (s, o + 1) || (sl_scan_is (s, o + 1, "the") && o + 2 < ce)))
          {
            gboolean lead = TRUE;
            g_autofree char *name = sl_scan_span_text (s, n, o);
            g_autofree char *title = n > cb ? sl_scan_span_text (s, cb, n) : NULL;
            guint32 known = sl_scan_person_by_surname (s, o - 1);

            /* (only plain words before a title: "conservative commentator", "Marine
             * scientist" at the head of a sentence) */
            for (guint q = cb; q < k && lead; q++)
              lead = (sl_scan_has (s, q, SL_TOK_LOWER)
                      || (q == cb && sl_scan_sentence_start (s, q) == q && sl_scan_has (s, q, SL_TOK_CAP)
                          && q + 1 < k && sl_scan_has (s, q + 1, SL_TOK_LOWER)))
                     && sl_scan_np_token (s, q) && !sl_scan_verbish (s, q, cb);
            if (lead)
              return sl_scan_make_source (s, known != SL_NONE ? sl_scan_source_name (s, known) : name,
                                          SL_SOURCE_PERSON, title, surface, country, b);
          }
        break;
      }
  /* "advisers to Mr. Obama" is headed by "advisers" (not "member of parliament Ana Ruiz", a
   * seat and then the person, found below) */
  for (guint k = cb + 1; k < ce; k++)
    if ((sl_scan_cls (s, k) & SL_W_PREP) && !body_name_tail (s, k, ce)
        && !(sl_scan_is (s, k, "of") && seat_body (s, cb, ce) != G_MAXUINT)
        && !((sl_scan_is (s, k, "of")
              /* "the Organization for Security and Co-operation in Europe (OSCE)" */
              || (acr != G_MAXUINT && (sl_scan_is (s, k, "for") || sl_scan_is (s, k, "in"))))
             && sl_scan_is_capword (s, k - 1)
             && (sl_scan_is_capword (s, k + 1)
                 /* "the Office of the Data Protection Commissioner" */
                 || (sl_scan_is (s, k + 1, "the") && k + 2 < ce && sl_scan_is_capword (s, k + 2)))))
      {
        /* "a spokesperson for the Red Cross in Lima", "analysts for Lindqvist Economics":
         * the body they speak for is the source ("two engineers at the Public Utilities
         * Board" are people of their own, left unnamed) */
        if (speaks_for (s, k - 1, k)
            && (spokes_word (s, k - 1) || sl_scan_is (s, k, "for") || sl_scan_is (s, k - 1, "representative")
                || sl_scan_is (s, k - 1, "representatives")))
          {
            guint ob = k + 1, oe = ce;
            guint32 src;

            /* (resolving the body leaves out where it is: "… in Lima") */
            while (ob < oe && (sl_scan_cls (s, ob) & SL_W_DET))
              ob++;
            if (ob < oe && sl_scan_is_capword (s, ob)
                && (src = sl_scan_resolve_np (s, ob, oe)) != SL_NONE
                && sl_scan_kind (s, src) != SL_SOURCE_UNNAMED)
              {
                if (sl_scan_kind (s, src) != SL_SOURCE_PERSON || sl_scan_is (s, k, "for"))
                  return src;
                /* "analysts at Lindqvist Economics": where one works is a body, though
                 * its two capitalised words read like a person's name */
                if (!doc_claims (s, src) && doc_title (s, src) == 0 && entity_find (s, src) != SL_NONE
                    && oe - ob >= 2)
                  {
                    sl_scan_set_kind (s, src, SL_SOURCE_ORGANIZATION);
                    return src;
                  }
              }
          }
        /* (a common plural opening the sentence is capitalised too: "Herders in the
         * Inchiri region suspect …") */
        /* ("Video of the incident shows …": a document's noun opening the sentence) */
        if (!(sl_scan_cls (s, k - 1) & (SL_W_UNNAMED | SL_W_TITLE | SL_W_ORGHEAD | SL_W_DOCNOUN))
            && !sl_scan_has (s, k - 1, SL_TOK_LOWER)
            && !opening_plural (s, k - 1))
          break;
        {
          g_autofree char *name = sl_scan_span_text (s, cb, ce);
          guint32 src = opening_plural (s, k - 1) && k - 1 == cb ? SL_NONE : sl_scan_resolve_np (s, cb, k);
          if (src == SL_NONE
              || sl_scan_kind (s, src) == SL_SOURCE_UNNAMED)
            src = sl_scan_make_source (s, name, SL_SOURCE_UNNAMED, NULL, NULL, NULL, b);
          return src;
        }
      }

  if (ce - cb == 1 && (sl_scan_cls (s, cb) & SL_W_PRON))
    return resolve_pronoun (s, cb);
  /* "In a statement it said": the phrase before the pronoun was an adverbial's noun */
  if (ce - cb >= 2 && (sl_scan_cls (s, ce - 1) & SL_W_PRON) && sl_scan_has (s, ce - 1, SL_TOK_LOWER)
      && sl_scan_has (s, ce - 2, SL_TOK_LOWER) && sl_scan_is_word (s, ce - 2)
      && !(sl_scan_cls (s, ce - 2) & (SL_W_PREP | SL_W_DET | SL_W_QUANT | SL_W_CONJ | SL_W_PRON)))
    return resolve_pronoun (s, ce - 1);

  /* coordination: "South Korea and some Western countries" speaks through its first part;
   * "the Maritime and Port Authority" is one body */
  he = ce;
  for (guint k = cb + 1; k < ce; k++)
    /* (an ampersand still a mark: the one inside a firm's name, "Greyling & Partners", reads
     * as a word) */
    if (sl_scan_is (s, k, "and") || sl_scan_punct (s, k, '&'))
      {
        guint j = k + 1;
        gboolean acronym = FALSE;

        /* a name its acronym spells out is one body, and so is "the Centre for Disease
         * Prevention and Control" */
        if (acr != G_MAXUINT && sl_scan_is_capword (s, k - 1) && sl_scan_is_capword (s, k + 1))
          continue;
        /* a name the gazetteer knows across the "and": "Trinidad and Tobago's state pipeline
         * operator", "Bosnia and Herzegovina" */
        {
          const SlGazName *nm;
          gboolean across = FALSE;

          for (guint f = cb; f < k && !across; f++)
            {
              guint n = sl_gazetteer_match (s->gaz, s->text, toks, f, ce, words, &nm);

              across = n > 0 && f + n > k + 1;
            }
          if (across)
            continue;
        }
        {
          gboolean in_name = FALSE;

          for (guint f = cb + 1; f < k && !in_name; f++)
            in_name = body_name_tail (s, f, ce);
          if (in_name)
            continue;
        }
        /* "Green and Farmers' List leader Mārtiņš Ozols": a title and a name end the phrase,
         * and whatever comes before is the title's */
        {
          gboolean titled = FALSE;

          for (guint t = k + 1; t + 1 < ce && !titled; t++)
            if ((sl_scan_cls (s, t) & SL_W_TITLE) && sl_scan_has (s, t, SL_TOK_LOWER))
              {
                titled = TRUE;
                for (guint q = t + 1; q < ce && titled; q++)
                  titled = sl_scan_is_capword (s, q) && !(sl_scan_cls (s, q) & (SL_W_ORGHEAD | SL_W_TITLE));
              }
          if (titled)
            continue;
        }

        while (j < ce && sl_scan_is_capword (s, j) && !(sl_scan_cls (s, j) & SL_W_ORGHEAD))
          acronym |= sl_scan_has (s, j++, SL_TOK_UPPER);
        /* "the Maritime and Port Authority", "Fire and Rescue NSW" ("Russia and NATO" are
         * two) */
        if (sl_scan_is_capword (s, k - 1) && !(sl_scan_cls (s, k - 1) & (SL_W_TITLE | SL_W_UNNAMED))
            && j > k + 1
            && ((j < ce && sl_scan_is_capword (s, j) && (sl_scan_cls (s, j) & SL_W_ORGHEAD))
                || (j == ce && acronym)))
          {
            const SlGazName *nm;

            if (sl_gazetteer_match (s->gaz, s->text, toks, k + 1, ce, words, &nm) == 0)
              continue;
          }
        he = k;
        break;
      }

  /* a name this document already gave: "NIS", "Kirby"; or described ("the independent
   * daily Le Courrier de Carthage" names the paper "Le Courrier de Carthage rejected …") */
  {
    g_autofree char *core = sl_scan_span_text (s, cb, he);
    gint described;

    idx = sl_scan_doc_source (s, core);
    if (idx == SL_NONE && he - cb >= 2 && (described = sl_scan_described_kind (s, cb, he)) >= 0)
      return sl_scan_make_source (s, core, (SlSourceKind) described, NULL, surface, NULL, b);
    if (idx != SL_NONE)
      {
        const SlSource *src = sl_model_source (s->model, idx);
        const SlDocEntity *de = &g_array_index (s->ents, SlDocEntity, entity_find (s, idx));

        return sl_scan_make_source (s, sl_model_str (s->model, src->name), de->kind, NULL, surface,
                            de->country, b);
      }
  }

  for (guint k = cb; k < he && n_hits < G_N_ELEMENTS (hits);)
    {
      const SlGazName *nm;
      guint n = sl_gazetteer_match (s->gaz, s->text, toks, k, he, words, &nm);
      if (n > 0)
        {
          hits[n_hits].b = k;
          hits[n_hits].e = k + n;
          hits[n_hits].nm = nm;
          n_hits++;
          if (nm->entry->type == SL_GAZ_COUNTRY && country == NULL)
            {
              country = nm->entry;
              after_country = k + n;
              if (after_country < he && sl_scan_has (s, after_country, SL_TOK_POSSESSIVE))
                after_country++;
            }
          k += n;
        }
      else
        k++;
    }

  hc = sl_scan_cls (s, he - 1);

  /* "Member of Parliament Khalid Bu-Hazza", "member of the National Assembly Ana Ruiz": a
   * seat in a body, then the person's name */
  {
    guint q = seat_body (s, cb, he);

    if (q != G_MAXUINT)
      {
        guint32 src = titled_person (s, cb, q + 1, he, surface, country, b);

        if (src != SL_NONE)
          return src;
      }
  }

  /* "Jordan Henderson", "Chad Smith": a country's name as a first name, then a family name
   * the lexicon does not know */
  if (n_hits == 1 && hits[0].b == cb && hits[0].nm->entry->type == SL_GAZ_COUNTRY
      && (hits[0].nm->role == SL_NAME_CANONICAL || hits[0].nm->role == SL_NAME_ALIAS)
      && hits[0].e == hits[0].b + 1 && he - hits[0].e >= 1 && he - hits[0].e <= 2
      && !sl_scan_has (s, hits[0].b, SL_TOK_POSSESSIVE) && !sl_scan_has (s, hits[0].b, SL_TOK_UPPER))
    {
      gboolean name = TRUE;

      for (guint k = hits[0].e; k < he && name; k++)
        name = sl_scan_is_capword (s, k) && !sl_scan_has (s, k, SL_TOK_UPPER) && s->tok_timex[k] < 0
               && sl_scan_word (s, k) == NULL && !sl_scan_corporate_word (s, k) && !sl_scan_masthead_word (s, k);
      if (name)
        {
          g_autofree char *full = sl_scan_span_text (s, cb, he);
          return sl_scan_make_source (s, full, SL_SOURCE_PERSON, NULL, surface, NULL, b);
        }
    }

  /* "the Organization for Security and Co-operation in Europe (OSCE)": a body's full name,
   * spelled out by its acronym, though it holds a place */
  /* (but "the Central Bank of Ecuador (BCE)" is Ecuador's central bank, found below) */
  if (acr != G_MAXUINT && he == ce && he - cb >= 2 && named_body (s, cb, he, TRUE)
      && !(n_hits >= 2 && hits[0].b == cb && hits[0].nm->entry->type == SL_GAZ_OFFICE
           && hits[n_hits - 1].e == he && hits[n_hits - 1].nm->entry->type == SL_GAZ_COUNTRY))
    return body_source (s, cb, he, acr, surface, country, b);

  /* "the ship-tracking firm SeaTrace", "the local broadcaster Radio Sur": a description,
   * then the name */
  /* ("Local mountain guide Anders Sollid": the description may open the sentence) */
  if (cb + 1 < he && sl_scan_is_capword (s, he - 1)
      && (sl_scan_has (s, cb, SL_TOK_LOWER)
          || (sl_scan_sentence_start (s, cb) == cb && cb + 2 < he && sl_scan_has (s, cb + 1, SL_TOK_LOWER)
              && sl_scan_is_word (s, cb + 1) && !(sl_scan_cls (s, cb) & SL_W_ORGHEAD))))
    {
      guint x = sl_scan_has (s, cb, SL_TOK_LOWER) ? cb : cb + 1;

      /* "the employers' federation Havenwerkgevers" */
      while (x < he && ((sl_scan_has (s, x, SL_TOK_LOWER) && sl_scan_is_word (s, x))
                        || (x > cb && (sl_scan_has (s, x, SL_TOK_POSSESSIVE) || sl_scan_plural_possessive (s, x)))))
        x++;
      if (x > cb && x < he && (sl_scan_cls (s, x - 1) & (SL_W_ORGHEAD | SL_W_UNNAMED))
          && !(sl_scan_cls (s, x - 1) & SL_W_TITLE))
        {
          gboolean names = TRUE;

          /* ("union negotiator Sanne de Wit", "the daily Sauti ya Ziwa") */
          for (guint k = x; k < he && names; k++)
            names = word_of_name (s, k, x, he);
          if (names)
            {
              guint32 src = sl_scan_resolve_np (s, x, he);
              g_autofree char *name = sl_scan_span_text (s, x, he);
              const SlWord *hw = sl_scan_word (s, x - 1);

              g_autofree char *desc = NULL;

              /* a person's description is their title ("local mountain guide") */
              if (!(sl_scan_cls (s, x - 1) & SL_W_ORGHEAD))
                {
                  desc = sl_scan_span_text (s, cb, x);
                  if (!sl_scan_has (s, cb, SL_TOK_LOWER))
                    desc[0] = g_ascii_tolower (desc[0]);
                }
              if (src != SL_NONE && sl_scan_kind (s, src) == SL_SOURCE_PERSON && desc != NULL)
                return sl_scan_make_source (s, sl_scan_source_name (s, src), SL_SOURCE_PERSON, desc,
                                    surface, country, b);
              if (src != SL_NONE && sl_scan_kind (s, src) != SL_SOURCE_UNNAMED)
                return src;
              return sl_scan_make_source (s, name,
                                  (sl_scan_cls (s, x - 1) & SL_W_ORGHEAD) ? hw->org_kind
                                                                          : SL_SOURCE_PERSON,
                                  desc, surface, country, b);
            }
        }
    }

  /* a country that ends an organisation's name: "the Geophysical Institute of Peru",
   * "Radio Mozambique", "Consumer Watch Australia" (not "the President of Peru") */
  if (n_hits > 0 && hits[n_hits - 1].e == he && hits[n_hits - 1].nm->entry->type == SL_GAZ_COUNTRY
      && hits[n_hits - 1].nm->role != SL_NAME_ADJ && hits[n_hits - 1].nm->role != SL_NAME_CAPITAL)
    {
      const GazHit *hit = &hits[n_hits - 1];
      guint nb = hit->b;
      guint n_caps = 0;
      gboolean orghead = FALSE, plain = TRUE;

      if (nb >= cb + 2 && sl_scan_is (s, nb - 1, "of"))
        nb--;
      /* "the Aircraft Mechanics Union of the Philippines" */
      else if (nb >= cb + 3 && sl_scan_is (s, nb - 1, "the") && sl_scan_is (s, nb - 2, "of"))
        nb -= 2;
      for (guint k = nb; k > cb && (sl_scan_is_capword (s, k - 1)
                                   || (k - 1 > cb && sl_scan_is_capword (s, k - 2)
                                       && (sl_scan_is (s, k - 1, "and") || sl_scan_is (s, k - 1, "&"))));
           k--)
        {
          guint32 cls = sl_scan_cls (s, k - 1);

          if (cls & SL_W_TITLE)
            plain = FALSE;
          if (cls & SL_W_ORGHEAD)
            orghead = TRUE;
          n_caps++;
        }
      for (guint h = 0; h + 1 < n_hits; h++)
        if (hits[h].b >= nb - n_caps)
          {
            const SlGazEntry *ent = hits[h].nm->entry;

            /* "the Interior Ministry of Ukraine" is Ukraine's ministry */
            if (ent->type == SL_GAZ_OFFICE && hits[h].b == cb && hits[h].e == nb && nb < hit->b)
              {
                guint32 src = office_source (s, ent, hit->nm->entry, surface, b);

                if (acr != G_MAXUINT)
                  {
                    g_autofree char *acronym = sl_scan_span_text (s, acr, acr + 1);

                    sl_model_add_source_alias (s->model, src, acronym);
                  }
                return src;
              }
            plain = FALSE;
          }
      if (plain && n_caps > 0 && nb - n_caps == cb && (orghead || n_caps >= 2 || nb < hit->b))
        {
          g_autofree char *name = sl_scan_span_text (s, cb, he);
          guint8 kind = SL_SOURCE_ORGANIZATION;

          for (guint k = cb; k < nb; k++)
            if (sl_scan_cls (s, k) & SL_W_ORGHEAD)
              kind = sl_scan_word (s, k)->org_kind;
          return sl_scan_make_source (s, name, kind, NULL, surface, hit->nm->entry, b);
        }
    }

  /* a known name at the head, or followed only by generic nouns ("RUSI institute") */
  for (guint h = n_hits; h > 0; h--)
    {
      const GazHit *hit = &hits[h - 1];
      const SlGazEntry *ent = hit->nm->entry;
      gboolean tail_generic = TRUE;

      /* (a spokesperson speaks for the body; "an EU diplomat" or "a Foreign Ministry
       * official" is someone unnamed inside it) */
      for (guint k = hit->e; k < he && tail_generic; k++)
        tail_generic = sl_scan_has (s, k, SL_TOK_LOWER)
                       && ((sl_scan_cls (s, k) & SL_W_ORGHEAD) || spokes_word (s, k));
      if (!tail_generic)
        break;
      /* "Michael Bloomberg", "actor Michael J. Fox": the one-word name is a family name, and
       * "Bloomberg said" afterwards is that person again */
      if (ent->type == SL_GAZ_SOURCE && hit->e == hit->b + 1 && hit->e == he)
        {
          guint gb = given_names_start (s, cb, hit->b);
          guint32 known = hit->b == cb ? sl_scan_person_by_surname (s, cb) : SL_NONE;

          if (known != SL_NONE)
            return sl_scan_make_source (s, sl_scan_source_name (s, known), SL_SOURCE_PERSON, NULL, surface,
                                        NULL, b);
          if (gb != G_MAXUINT)
            {
              guint32 src = gb > cb ? titled_person (s, cb, gb, he, surface, country, b) : SL_NONE;

              if (src == SL_NONE)
                {
                  g_autofree char *name = sl_scan_span_text (s, gb, he);

                  src = sl_scan_make_source (s, name, SL_SOURCE_PERSON, NULL, surface, country, b);
                }
              return src;
            }
        }
      if (ent->type == SL_GAZ_SOURCE)
        return sl_scan_make_source (s, ent->name, ent->kind, NULL, surface, ent->country, b);
      /* "Russia's foreign ministry" is Russia's Foreign Ministry, but "the army" or "the
       * government" alone is said of whichever country the text is about */
      if (ent->type == SL_GAZ_OFFICE && country == NULL && sl_scan_has (s, hit->b, SL_TOK_LOWER))
        {
          /* (… unless the text has named that office of one country: "the Chilean navy
           * said …; the navy said in a statement") */
          gsize nl = strlen (ent->name);

          /* (among the last few hundred, so that a book-length text is not quadratic) */
          guint seen = 0;

          for (guint32 k = s->ent_latest; k != SL_NONE && seen < MAX_BODY_LOOKBACK;
               k = ENT (s, k)->older, seen++)
            {
              const SlDocEntity *de = ENT (s, k);
              const char *name = sl_model_str (s->model, de->name);
              gsize l = strlen (name);

              if (de->pos < b && de->country != NULL && l > nl + 1 && name[l - nl - 1] == ' '
                  && strcmp (name + l - nl, ent->name) == 0)
                return sl_scan_make_source (s, name, de->kind, NULL, surface, de->country, b);
            }
          break;
        }
      if (ent->type == SL_GAZ_OFFICE)
        return office_source (s, ent, country, surface, b);
      if (ent->type == SL_GAZ_COUNTRY && hit->nm->role != SL_NAME_ADJ && hit->e == he)
        return sl_scan_make_source (s, ent->name, SL_SOURCE_GOVERNMENT, NULL, surface, ent, b);
      /* "New York", "Florida": places do not speak */
      if (ent->type == SL_GAZ_PLACE && hit->e == he)
        return SL_NONE;
      break;
    }

  /* title and name: "South Korean Defense Minister Shin Won-sik" */
  {
    guint tt = G_MAXUINT;
    /* (the dot of "Sen." or "Dr." is the title's, that of "Kareem St. Bernard" the name's) */
    static const char *const dotted[] = { "Sen", "Rep", "Gov", "sen", "rep", "gov" };

    for (guint k = cb; k < he; k++)
      if ((sl_scan_cls (s, k) & SL_W_TITLE)
          && !(sl_scan_punct (s, k, '.')
               && !(k > cb && (sl_scan_is_one_of (s, k - 1, dotted, G_N_ELEMENTS (dotted)) || honorific_at (s, k - 1)))))
        tt = k;
    if (tt != G_MAXUINT && tt + 1 < he)
      {
        guint32 src = titled_person (s, cb, tt + 1, he, surface, country, b);

        if (src != SL_NONE)
          return src;
      }
  }

  /* "Montenegrin grandmaster Vuk Radonjić": a noun the lexicon need not know, then a person's
   * plain name, says what the person is */
  for (guint nn = 3; nn >= 2; nn--)
    if (he >= cb + nn + 1 && sl_scan_plain_name (s, he - nn, he) && sl_scan_has (s, he - nn - 1, SL_TOK_LOWER)
        && sl_scan_np_token (s, he - nn - 1) && !sl_scan_verbish (s, he - nn - 1, cb)
        && !(sl_scan_cls (s, he - nn - 1) & (SL_W_PREP | SL_W_DET | SL_W_CONJ | SL_W_PRON | SL_W_CUE
                                             | SL_W_ORGHEAD)))
      {
        g_autofree char *name = NULL, *title = NULL;
        gboolean plain = TRUE;

        /* (a title of nouns and the words that describe them: not "One operative inside …",
         * "her way around …") */
        static const char *const not_titles[] = { "around", "inside", "outside", "near", "across",
                                                  "along", "behind", "beyond", "toward", "towards",
                                                  "within", "among", "amid", "what", "way", "take" };

        for (guint k = cb; k < he - nn && plain; k++)
          plain = sl_scan_is_word (s, k) && !sl_scan_verbish (s, k, cb)
                  && !sl_scan_is_one_of (s, k, not_titles, G_N_ELEMENTS (not_titles))
                  && (sl_scan_is_capword (s, k) || sl_scan_np_token (s, k))
                  && !(sl_scan_cls (s, k) & (SL_W_PREP | SL_W_CONJ | SL_W_PRON | SL_W_CUE | SL_W_REL
                                             | SL_W_ADV | SL_W_QUANT));
        if (!plain)
          break;
        name = sl_scan_span_text (s, he - nn, he);
        title = sl_scan_span_text (s, cb, he - nn);
        return sl_scan_make_source (s, name, SL_SOURCE_PERSON, title, surface, country, b);
      }
  /* organisations: "South Korea's National Intelligence Service", "the British RUSI institute" */
  if (hc & SL_W_ORGHEAD)
    {
      const SlWord *hw = sl_scan_word (s, he - 1);
      guint nb = after_country != G_MAXUINT ? after_country : cb;
      guint upper = G_MAXUINT;
      gboolean capitalised = sl_scan_has (s, he - 1, SL_TOK_CAP);

      for (guint k = nb; k < he; k++)
        if (sl_scan_has (s, k, SL_TOK_UPPER) && sl_scan_is_word (s, k))
          upper = k;
      guint demonym = nb;

      /* "the German Weather Service": the demonym that opens the phrase */
      for (guint h = 0; h < n_hits; h++)
        if (hits[h].nm->entry == country && hits[h].e == after_country && hits[h].b == cb
            && hits[h].nm->role == SL_NAME_ADJ)
          demonym = cb;
      /* skip demonyms before the name: "the British RUSI institute" */
      while (nb < he && n_hits > 0 && hits[0].b == nb && hits[0].nm->role == SL_NAME_ADJ)
        nb = hits[0].e;
      /* "the opposition Neutrality Bloc": what it is, then its name */
      if (capitalised && nb < he && sl_scan_has (s, nb, SL_TOK_LOWER))
        {
          guint m = he;
          gboolean lower = TRUE;

          while (m > nb && sl_scan_is_capword (s, m - 1))
            m--;
          for (guint j = nb; j < m && lower; j++)
            lower = sl_scan_has (s, j, SL_TOK_LOWER) && sl_scan_is_word (s, j)
                    && !(sl_scan_cls (s, j) & (SL_W_PREP | SL_W_CONJ | SL_W_DET | SL_W_PRON | SL_W_TITLE));
          /* (a noun for what it is, not an adjective: "the left-leaning Housing Institute") */
          if (lower && m < he && m > nb && m - nb <= 3
              && (sl_scan_cls (s, m - 1) & (SL_W_ORGHEAD | SL_W_UNNAMED)))
            {
              if (demonym == nb)
                demonym = m;
              nb = m;
            }
        }
      if (capitalised && nb < he && sl_scan_is_capword (s, nb))
        {
          g_autofree char *name = sl_scan_span_text (s, nb, he);
          g_autofree char *acronym = acr != G_MAXUINT ? sl_scan_span_text (s, acr, acr + 1) : NULL;
          guint32 src;

          /* "the German Weather Service": without a name of its own (no acronym, not
           * "National …") the demonym belongs to the name; it is also "the Weather Service" */
          if (demonym < nb && upper == G_MAXUINT && !sl_scan_is (s, nb, "National")
              && !sl_scan_is (s, nb, "Federal") && !sl_scan_is (s, nb, "Central")
              && !sl_scan_is (s, nb, "State"))
            {
              g_autofree char *full = sl_scan_span_text (s, demonym, he);

              src = sl_scan_make_source (s, full, hw->org_kind, NULL, surface, country, b);
              sl_model_add_source_alias (s->model, src, name);
            }
          else
            src = sl_scan_make_source (s, name, hw->org_kind, NULL, surface, country, b);
          if (acronym)
            sl_model_add_source_alias (s->model, src, acronym);
          return src;
        }
      /* "the Al-Qahera News channel": after "the", capitals are a name, not a sentence's
       * first word; the channel is Al-Qahera News */
      if (cb > b && nb + 1 < he && sl_scan_is_capword (s, nb) && upper == G_MAXUINT)
        {
          gboolean names = TRUE;

          for (guint k = nb; k + 1 < he && names; k++)
            names = sl_scan_is_capword (s, k) && !(sl_scan_cls (s, k) & (SL_W_DET | SL_W_PREP));
          if (names)
            {
              g_autofree char *name = sl_scan_span_text (s, nb, he - 1);
              g_autofree char *alias = sl_scan_span_text (s, nb, he);
              guint32 src = sl_scan_make_source (s, name, hw->org_kind, NULL, surface, country, b);

              sl_model_add_source_alias (s->model, src, alias);
              return src;
            }
        }
      if (upper != G_MAXUINT)
        {
          g_autofree char *name = sl_scan_span_text (s, upper, upper + 1);
          g_autofree char *alias = sl_scan_span_text (s, upper, he);
          guint32 src = sl_scan_make_source (s, name, SL_SOURCE_ORGANIZATION, NULL, surface, country, b);
          sl_model_add_source_alias (s->model, src, alias);
          return src;
        }
      {
        guint mb = nb;
        guint32 src = SL_NONE;
        /* "the intelligence agency": modifiers between the country and the head; "aid
         * groups" are many bodies, not the one named before */
        while (mb < he - 1 && !sl_scan_has (s, mb, SL_TOK_LOWER))
          mb++;
        if (!sl_scan_plural_noun (s, he - 1))
          src = described_org (s, mb, he - 1, country, b, he - 1);
        if (src != SL_NONE)
          {
            const SlSource *ss = sl_model_source (s->model, src);
            /* "South Korea's intelligence agency" is worth keeping as a name, "the agency"
             * is not */
            return sl_scan_make_source (s, sl_model_str (s->model, ss->name), sl_scan_kind (s, src), NULL,
                                country != NULL ? surface : NULL, country, b);
          }
      }
      /* "their union said …, the secretary general of the Doraleh Port Workers' Union, …
       * told reporters": a body told by its kind alone before the text names it */
      if (nb + 1 == he && !capitalised && !sl_scan_plural_noun (s, he - 1))
        {
          guint32 src = later_named_body (s, he - 1, surface, country, b);

          if (src != SL_NONE)
            return src;
        }
      {
        g_autofree char *name = sl_scan_span_text (s, cb, he);
        return sl_scan_make_source (s, name, SL_SOURCE_UNNAMED, NULL, NULL, country, b);
      }
    }

  /* "the Federal Bureau of Prisons": a capitalised name with an organisation's word;
   * "Radio Norrland" is a station */
  if (n_hits == 0 && he - cb <= 4 && sl_scan_outlet_name (s, cb, he) && named_body (s, cb, he, FALSE))
    {
      g_autofree char *name = sl_scan_span_text (s, cb, he);
      return sl_scan_make_source (s, name, SL_SOURCE_OUTLET, NULL, surface, NULL, b);
    }
  if (n_hits == 0 && named_body (s, cb, he, FALSE))
    return body_source (s, cb, he, acr, surface, country, b);
  /* "the Association of Hungarian Insurers", "the Cyprus Chamber of Commerce": a body's name
   * with a place's name inside */
  if (n_hits > 0 && he - cb >= 3 && named_body (s, cb, he, FALSE))
    {
      gboolean places = TRUE;

      for (guint h = 0; h < n_hits && places; h++)
        places = hits[h].nm->entry->type == SL_GAZ_COUNTRY;
      if (places)
        return body_source (s, cb, he, acr, surface, country, b);
    }
  /* "Finland's National Bureau of Investigation": a country's own body, by its name */
  if (n_hits == 1 && hits[0].b == cb && after_country > hits[0].e && after_country + 2 <= he
      && hits[0].nm->entry->type == SL_GAZ_COUNTRY && named_body (s, after_country, he, FALSE))
    return body_source (s, after_country, he, G_MAXUINT, surface, country, b);

  /* capitalised names without a title: "Trump", "Hillary Clinton", an acronym */
  {
    gboolean all_caps = TRUE;
    /* ("the Guardia di Finanza": a particle inside a name) */
    for (guint k = cb; k < he && all_caps; k++)
      all_caps = sl_scan_is_capword (s, k) || (sl_scan_has (s, k, SL_TOK_POSSESSIVE) && k > cb)
                 || (k > cb && k + 1 < he && sl_scan_name_particle (s, k) && sl_scan_is_capword (s, k + 1))
                 || name_inner_dot (s, k, cb, he);
    /* "The Post reported": a masthead word after "the" is the paper, though "post" is
     * also a thing that reports */
    if (he - cb == 1 && cb > 0 && sl_scan_is_capword (s, cb) && sl_scan_masthead_word (s, cb)
        && sl_scan_is (s, cb - 1, "the"))
      {
        g_autofree char *paper = sl_scan_span_text (s, cb, he);
        return sl_scan_make_source (s, paper, SL_SOURCE_OUTLET, NULL, surface, NULL, b);
      }
    /* "Officials said" at the start of a sentence is no one's name */
    if (he - cb == 1 && (hc & (SL_W_UNNAMED | SL_W_TITLE | SL_W_DOCNOUN | SL_W_ORGHEAD)))
      all_caps = FALSE;
    if (all_caps && he - cb <= 4 && n_hits == 0)
      {
        g_autofree char *name = sl_scan_span_text (s, cb, he);
        guint32 known;

        if (he - cb == 1 && sl_scan_has (s, cb, SL_TOK_UPPER))
          return sl_scan_make_source (s, name, SL_SOURCE_ORGANIZATION, NULL, surface, NULL, b);
        /* "Caravan Medical Relief (CMR)": a name the text gives an acronym is a body's */
        if (acr != G_MAXUINT && he == ce && sl_scan_person_by_surname (s, he - 1) == SL_NONE)
          return body_source (s, cb, he, acr, surface, NULL, b);
        if (sl_scan_cls (s, cb) & (SL_W_CUE | SL_W_AUX | SL_W_PREP | SL_W_CONJ | SL_W_REL))
          return SL_NONE;
        /* "Brightcell Electronics", "Lindqvist Economics", "Vale Mining Ltd"; "the Kamloops
         * Herald" */
        if (he - cb >= 2 && sl_scan_corporate_word (s, he - 1))
          return sl_scan_make_source (s, name, SL_SOURCE_ORGANIZATION, NULL, surface, NULL, b);
        /* "The Times said": a masthead word after "the" is the paper */
        if (sl_scan_outlet_name (s, cb, he)
            || (he - cb == 1 && cb > 0 && sl_scan_masthead_word (s, cb) && sl_scan_is (s, cb - 1, "the")))
          return sl_scan_make_source (s, name, SL_SOURCE_OUTLET, NULL, surface, NULL, b);
        if (sl_scan_described_kind (s, cb, he) >= 0)
          return sl_scan_make_source (s, name, (SlSourceKind) sl_scan_described_kind (s, cb, he), NULL, surface,
                              NULL, b);
        known = sl_scan_person_by_surname (s, he - 1);
        if (known != SL_NONE)
          return sl_scan_make_source (s, sl_model_str (s->model, sl_model_source (s->model, known)->name),
                              SL_SOURCE_PERSON, NULL, surface, NULL, b);
        if (he - cb <= 2 && (known = company_by_first_words (s, cb, he, b)) != SL_NONE)
          return sl_scan_make_source (s, sl_scan_source_name (s, known), sl_scan_kind (s, known), NULL,
                              surface, NULL, b);
        if (he - cb <= 2)
          {
            const char *full = described_by_first_words (s, cb, he, b);

            if (full != NULL)
              return sl_scan_make_source (s, full,
                                  (SlSourceKind) (GPOINTER_TO_UINT (g_hash_table_lookup (s->bodies, full)) - 1),
                                  NULL, surface, NULL, b);
          }
        return sl_scan_make_source (s, name, SL_SOURCE_PERSON, NULL, surface, NULL, b);
      }
  }

  /* "the minister", "the spokesman": the person of this document with that title */
  if ((hc & SL_W_TITLE) && sl_scan_has (s, he - 1, SL_TOK_LOWER) && b < cb && sl_scan_is (s, b, "the")
      && !(hc & SL_W_PLURAL))
    {
      guint32 src = recent_entity (s, b, TRUE, TRUE, he - 1);
      if (src != SL_NONE)
        {
          const SlSource *ss = sl_model_source (s->model, src);
          return sl_scan_make_source (s, sl_model_str (s->model, ss->name), SL_SOURCE_PERSON, NULL,
                              NULL, NULL, b);
        }
    }
  if ((hc & (SL_W_UNNAMED | SL_W_TITLE | SL_W_DOCNOUN))
      && (sl_scan_has (s, he - 1, SL_TOK_LOWER) || he - cb == 1))
    {
      g_autofree char *name = sl_scan_span_text (s, cb, he);
      return sl_scan_make_source (s, name, SL_SOURCE_UNNAMED, NULL, NULL, country, b);
    }
  return SL_NONE;
}


/* ------------------------------------------------------------------ noun phrases */

/* "Mr." "Dr." "B." inside a name: the dot of an abbreviation or an initial. */
gboolean
sl_scan_abbrev_dot (const SlDocScan *s, guint k)
{
  static const char *const abbrevs[] = { "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov",
                                         "lt", "col", "sgt", "st", "jr", "sr", "prof", "rev",
                                         "maj", "capt", "adm", "pres", "corp", "inc", "ltd", "co" };
  if (k == 0 || !sl_scan_punct (s, k, '.') || sl_scan_has (s, k, SL_TOK_SPACE) || !sl_scan_is_word (s, k - 1))
    return FALSE;
  if (sl_scan_tok (s, k - 1)->end - sl_scan_tok (s, k - 1)->begin == 1 && sl_scan_is_capword (s, k - 1))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (abbrevs); i++)
    if (sl_scan_is (s, k - 1, abbrevs[i]))
      return TRUE;
  return FALSE;
}

/* Whether word k joins words with a hyphen: "conservative-leaning", "family-friendly" are
 * adjectives however they end. */
gboolean
sl_scan_hyphenated (const SlDocScan *s, guint k)
{
  const SlToken *t = sl_scan_tok (s, k);

  return t->end - t->begin > 2 && memchr (s->text + t->begin + 1, '-', t->end - t->begin - 2) != NULL;
}

/* Whether token k is a compound that ends in a lowercase word ("state-owned",
 * "Hamburg-based"): it describes what follows and is no part of a name. */
static gboolean
describing_compound (const SlDocScan *s, guint k)
{
  const SlToken *t = sl_scan_tok (s, k);
  const char *dash;

  if (!sl_scan_hyphenated (s, k))
    return FALSE;
  dash = memrchr (s->text + t->begin, '-', t->end - t->begin);
  return g_ascii_islower (dash[1]);
}

/* Whether the lowercase word at k is a particle between the words of a name: "do" in "Vale
 * do Ave", "von der" in "Ursula von der Leyen". */
gboolean
sl_scan_name_particle (const SlDocScan *s, guint k)
{
  static const char *const particles[] = { "da", "das", "de", "des", "del", "della", "der", "di", "ya", "et",
                                           "do", "dos", "du", "van", "von", "den", "al", "bin" };
  guint e = k;

  if (k == 0 || !sl_scan_is_capword (s, k - 1) || sl_scan_has (s, k - 1, SL_TOK_POSSESSIVE))
    return FALSE;
  while (e < k + 2 && sl_scan_is_word (s, e) && sl_scan_has (s, e, SL_TOK_LOWER)
         && sl_scan_is_one_of (s, e, particles, G_N_ELEMENTS (particles)))
    e++;
  return e > k && sl_scan_is_capword (s, e);
}

/* Whether token k can sit inside a noun phrase. */
/* Whether the -ing word at k sits between a determiner, a name or a plain adjective and the
 * noun that ends its phrase ("the warning service said", "Asian shipping lines"), where it
 * describes the noun; after a comma or a plural it is a verb ("analysts expecting rates"). */
static gboolean
ing_modifier (const SlDocScan *s, guint k)
{
  const guint32 stop = SL_W_PREP | SL_W_CONJ | SL_W_AUX | SL_W_REL | SL_W_SUBORD | SL_W_NEG
                       | SL_W_MODAL | SL_W_DET | SL_W_CUE | SL_W_BE | SL_W_PRON | SL_W_QUANT;

  if (k == 0 || k + 1 >= s->tokens->len
      || (!sl_scan_is_word (s, k - 1) && !sl_scan_has (s, k - 1, SL_TOK_POSSESSIVE))
      || !sl_scan_is_word (s, k + 1)
      || !sl_scan_has (s, k + 1, SL_TOK_LOWER) || (sl_scan_cls (s, k + 1) & stop)
      || sl_scan_ends_with (s, k + 1, "ing") || sl_scan_ends_with (s, k + 1, "ly") || sl_scan_ends_with (s, k + 1, "ed"))
    return FALSE;
  /* the noun ends the phrase */
  if (k + 2 < s->tokens->len && sl_scan_is_word (s, k + 2) && sl_scan_has (s, k + 2, SL_TOK_LOWER)
      && !(sl_scan_cls (s, k + 2) & (SL_W_PREP | SL_W_CONJ | SL_W_AUX | SL_W_REL | SL_W_BE
                                     | SL_W_MODAL | SL_W_CUE))
      && !sl_scan_verbish (s, k + 2, k + 2))
    return FALSE;
  if (((sl_scan_cls (s, k - 1) & SL_W_DET) && !sl_scan_is (s, k - 1, "that"))
      || sl_scan_has (s, k - 1, SL_TOK_POSSESSIVE))
    return TRUE;
  /* after a bare word the phrase must end where a clause goes on ("Asian shipping lines
   * estimated", "…, speaking"): "North Korea supplying weapons produced in …" is a verb */
  if (k + 2 < s->tokens->len && sl_scan_is_word (s, k + 2)
      && !(sl_scan_cls (s, k + 2) & (SL_W_AUX | SL_W_BE | SL_W_MODAL | SL_W_CUE)))
    return FALSE;
  return !(sl_scan_cls (s, k - 1) & stop) && !sl_scan_ends_with (s, k - 1, "s")
         && !sl_scan_ends_with (s, k - 1, "ing") && !sl_scan_ends_with (s, k - 1, "ed")
         && !sl_scan_verbish (s, k - 1, k - 1) && (sl_scan_is_capword (s, k - 1)
                                                   || sl_scan_has (s, k - 1, SL_TOK_LOWER));
}

gboolean
sl_scan_np_token (const SlDocScan *s, guint k)
{
  guint32 c = sl_scan_cls (s, k);

  if (sl_scan_has (s, k, SL_TOK_POSSESSIVE) || sl_scan_abbrev_dot (s, k))
    return TRUE;
  /* "the workers' union", "Wales' regulator": a plural's possessive mark */
  if (sl_scan_plural_possessive (s, k) && k > 0 && sl_scan_is_word (s, k - 1))
    return TRUE;
  /* "42% say" */
  if (sl_scan_punct (s, k, '%') && k > 0 && sl_scan_has (s, k - 1, SL_TOK_NUM))
    return TRUE;
  /* "a CNN/ORC poll", "NBC News/Wall Street Journal", "a 9/11 widow": a slash inside a
   * name or a number */
  if (sl_scan_punct (s, k, '/') && k > 0 && !sl_scan_has (s, k, SL_TOK_SPACE)
      && k + 1 < s->tokens->len && !sl_scan_has (s, k + 1, SL_TOK_SPACE)
      && ((sl_scan_is_capword (s, k - 1) && sl_scan_is_capword (s, k + 1))
          || (sl_scan_has (s, k - 1, SL_TOK_NUM) && sl_scan_has (s, k + 1, SL_TOK_NUM))))
    return TRUE;
  if (!sl_scan_is_word (s, k))
    return FALSE;
  /* "Vale do Ave", "Lula da Silva", "Ursula von der Leyen": a particle inside a name */
  if (sl_scan_name_particle (s, k))
    return TRUE;
  /* "the La Paz daily Página Andina": a paper's noun before its name, whatever else the
   * word can be */
  if ((c & SL_W_ORGHEAD) && sl_scan_has (s, k, SL_TOK_LOWER) && k + 1 < s->tokens->len
      && sl_scan_is_capword (s, k + 1))
    return TRUE;
  /* "the residents' committee Via Roma Viva", "the Via Roma committee": a capitalised
   * preposition opening a name after the noun that describes it or "the" */
  if (name_preposition (s, k) && k > 0
      && ((sl_scan_has (s, k - 1, SL_TOK_LOWER) && (sl_scan_cls (s, k - 1) & SL_W_ORGHEAD))
          || sl_scan_is (s, k - 1, "the")))
    return TRUE;
  if (c & (SL_W_PREP | SL_W_CONJ | SL_W_AUX | SL_W_REL | SL_W_SUBORD | SL_W_NEG | SL_W_MODAL))
    return FALSE;
  if ((c & SL_W_ADV) && !sl_scan_has (s, k, SL_TOK_CAP))
    return FALSE;
  /* "the warning service", "Asian shipping lines", "the national warning service": an -ing
   * word between a determiner or an adjective and its noun describes the noun */
  if (sl_scan_has (s, k, SL_TOK_LOWER) && sl_scan_ends_with (s, k, "ing") && ing_modifier (s, k))
    return TRUE;
  /* "talks on a compromise wording had broken down", "the shelling has stopped", "drivers
   * at the side of the crossing said": an -ing word after an article (and a word) that a
   * verb follows is the noun of the phrase */
  if (sl_scan_has (s, k, SL_TOK_LOWER) && sl_scan_ends_with (s, k, "ing") && k >= 1 && k + 1 < s->tokens->len
      && ((sl_scan_cls (s, k + 1) & (SL_W_AUX | SL_W_BE | SL_W_MODAL))
          || ((sl_scan_cls (s, k + 1) & SL_W_CUE) && sl_scan_word (s, k + 1)->form == SL_FORM_ED))
      && (((sl_scan_cls (s, k - 1) & SL_W_DET) && !sl_scan_is (s, k - 1, "that"))
          || (k >= 2 && (sl_scan_cls (s, k - 2) & SL_W_DET) && !sl_scan_is (s, k - 2, "that")
              && sl_scan_has (s, k - 1, SL_TOK_LOWER) && sl_scan_is_word (s, k - 1)
              && !(sl_scan_cls (s, k - 1) & (SL_W_PREP | SL_W_CONJ | SL_W_AUX | SL_W_BE | SL_W_PRON))
              && !sl_scan_verbish (s, k - 1, k - 1))))
    return TRUE;
  /* "Food poisoning struck", "Heavy flooding hit": an -ing word after a word that describes
   * it, before a past form, is the noun of the phrase */
  if (sl_scan_has (s, k, SL_TOK_LOWER) && sl_scan_ends_with (s, k, "ing") && k >= 1 && k + 1 < s->tokens->len
      && sl_scan_is_word (s, k + 1) && sl_scan_has (s, k + 1, SL_TOK_LOWER)
      && ((sl_scan_cls (s, k + 1) & SL_W_PAST) || sl_scan_ends_with (s, k + 1, "ed"))
      && !(sl_scan_cls (s, k + 1) & (SL_W_CUE | SL_W_AUX | SL_W_BE))
      && sl_scan_is_word (s, k - 1) && !sl_scan_verbish (s, k - 1, k - 1)
      && (sl_scan_sentence_start (s, k - 1) == k - 1 || (k >= 2 && (sl_scan_cls (s, k - 2) & SL_W_DET)))
      && !(sl_scan_cls (s, k - 1) & (SL_W_PREP | SL_W_CONJ | SL_W_AUX | SL_W_BE | SL_W_PRON | SL_W_DET
                                      | SL_W_CUE | SL_W_REL | SL_W_SUBORD | SL_W_ADV)))
    return TRUE;
  /* a cue word is a verb, but not after an article or a possessive: "familiar with the
   * plans", "the company's claims" */
  if ((c & SL_W_CUE) && sl_scan_has (s, k, SL_TOK_LOWER) && !(c & (SL_W_DOCNOUN | SL_W_UNNAMED)))
    return k > 0 && ((sl_scan_cls (s, k - 1) & SL_W_DET) || sl_scan_has (s, k - 1, SL_TOK_POSSESSIVE))
           && (sl_scan_ends_with (s, k, "s")
               /* ("the blast came": a singular noun after an article) */
               || (sl_scan_word (s, k) != NULL && sl_scan_word (s, k)->form == SL_FORM_BASE
                   && !sl_scan_is (s, k - 1, "that")));
  /* "its ruling, which was posted": an -ing word after a possessive or an article, which a
   * relative clause describes, is a noun */
  if (sl_scan_has (s, k, SL_TOK_LOWER) && sl_scan_ends_with (s, k, "ing") && k > 0
      && (sl_scan_has (s, k - 1, SL_TOK_POSSESSIVE) || sl_scan_article (s, k - 1))
      && k + 2 < s->tokens->len && sl_scan_punct (s, k + 1, ',')
      && (sl_scan_is (s, k + 2, "which") || sl_scan_is (s, k + 2, "who")))
    return TRUE;
  if (sl_scan_has (s, k, SL_TOK_LOWER) && (sl_scan_ends_with (s, k, "ly") || sl_scan_ends_with (s, k, "ing"))
      && !sl_scan_hyphenated (s, k) && !(c & SL_W_DOCNOUN) /* "polling", "a recording" */
      && !sl_scan_ly_noun (s, k))
    {
      /* "1,000 likely voters", "elderly residents": adjectives in -ly before their noun */
      static const char *const adjectives[] = { "likely", "unlikely", "elderly", "early", "deadly",
                                                "costly", "daily", "weekly", "monthly", "yearly",
                                                "quarterly", "friendly", "lonely" };

      /* "of newly filed reports": an adverb that opens a phrase before a participle and its
       * noun */
      if (k > 0 && (sl_scan_cls (s, k - 1) & (SL_W_DET | SL_W_PREP)) && sl_scan_ends_with (s, k, "ly")
          && k + 2 < s->tokens->len && sl_scan_has (s, k + 1, SL_TOK_LOWER)
          && sl_scan_ends_with (s, k + 1, "ed") && sl_scan_is_word (s, k + 2)
          && sl_scan_has (s, k + 2, SL_TOK_LOWER)
          && !(sl_scan_cls (s, k + 2) & (SL_W_PREP | SL_W_CONJ | SL_W_AUX | SL_W_BE | SL_W_MODAL
                                         | SL_W_DET | SL_W_REL | SL_W_PRON)))
        return TRUE;
      return k + 1 < s->tokens->len && sl_scan_is_word (s, k + 1) && sl_scan_has (s, k + 1, SL_TOK_LOWER)
             && !(sl_scan_cls (s, k + 1) & (SL_W_PREP | SL_W_CONJ | SL_W_AUX | SL_W_BE | SL_W_MODAL
                                             | SL_W_DET | SL_W_REL | SL_W_CUE))
             && sl_scan_is_one_of (s, k, adjectives, G_N_ELEMENTS (adjectives));
    }
  return TRUE;
}


/* Whether the comma at k opens a place name of a word or two closed by another comma:
 * "…, Denmark," after "based in Aarhus". */
gboolean
sl_scan_place_after (const SlDocScan *s, guint k)
{
  guint j = k + 1;

  while (j < s->tokens->len && j < k + 4 && sl_scan_is_capword (s, j))
    j++;
  return j > k + 1 && j < s->tokens->len && sl_scan_punct (s, j, ',');
}

/* Whether the comma at k sets off a plain name [.., e), or a company's, after a common noun:
 * "One of the island's two lightkeepers, Gordon MacKay," (a noun the lexicon need not know). */
gboolean
sl_scan_noun_then_name (const SlDocScan *s, guint k, guint e)
{
  guint nb;

  if (k == 0 || !sl_scan_has (s, k - 1, SL_TOK_LOWER) || !sl_scan_np_token (s, k - 1)
      || sl_scan_verbish (s, k - 1, k - 1))
    return FALSE;
  nb = sl_scan_appositive_name_start (s, k, e);
  /* "The system's provider, the Toronto-based company BallotLine,": a body's noun, then its
   * name */
  if (nb != G_MAXUINT && nb > k + 1 && nb < e && sl_scan_has (s, nb - 1, SL_TOK_LOWER)
      && (sl_scan_cls (s, nb - 1) & SL_W_ORGHEAD))
    {
      for (guint q = nb; q < e; q++)
        if (!sl_scan_is_capword (s, q) || (sl_scan_cls (s, q) & SL_W_TITLE))
          return FALSE;
      return TRUE;
    }
  if (nb != k + 1)
    return FALSE;
  /* (or a company's: "The importer named in the shipping documents, Sika Distribution,") */
  if (e >= nb + 2 && e <= nb + 4 && sl_scan_corporate_word (s, e - 1))
    {
      for (guint q = nb; q < e; q++)
        if (!sl_scan_is_capword (s, q) || (sl_scan_cls (s, q) & SL_W_TITLE))
          return FALSE;
      return TRUE;
    }
  return sl_scan_plain_name (s, nb, e);
}

/* Whether [b, e) reads as a person's name and nothing else: two or three capitalised words
 * that neither the lexicon nor the gazetteer knows ("Laurence Cormier", not "Royal Bank"). */
gboolean
sl_scan_plain_name (const SlDocScan *s, guint b, guint e)
{
  guint names = 0;

  for (guint k = b; k < e; k++)
    {
      /* ("Acque del Golfo", "Pieter van Wyk": a particle inside) */
      if (k > b && k + 1 < e && sl_scan_name_particle (s, k))
        continue;
      if (++names > 3 || !unknown_name_word (s, k, e))
        return FALSE;
    }
  return names >= 2;
}

/* Whether the preposition at p joins two parts of one noun phrase (left ends at p, right
 * starts at k): "supporters in Congress", "people familiar with the matter". */
static gboolean part_in_pp (const SlDocScan *s, guint first, guint p);

/* Whether token k is a participle saying whom the people before it work for: "lawyers
 * representing the families", "engineers working for the city", "two lawyers acting for
 * other foundations". */
static gboolean
serving_participle (const SlDocScan *s, guint k)
{
  static const char *const serving[] = { "representing", "acting", "working" };

  return k > 0 && sl_scan_is_one_of (s, k, serving, G_N_ELEMENTS (serving))
         && (sl_scan_cls (s, k - 1) & (SL_W_UNNAMED | SL_W_TITLE)) && !sl_scan_is (s, k - 1, "people");
}

static gboolean
pp_inside (const SlDocScan *s, guint first, guint p, guint k)
{
  static const char *const preps[] = { "in", "for", "to", "at", "from", "with", "of", "on",
                                       "near" };
  gboolean ok = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (preps) && !ok; i++)
    ok = sl_scan_is (s, p, preps[i]);
  if (!ok || p <= first || !sl_scan_is_word (s, p - 1) || !sl_scan_is_word (s, k))
    return FALSE;
  /* "nine out of 10" */
  if (sl_scan_is (s, p, "of") && sl_scan_is (s, p - 1, "out") && p - 1 > first
      && (sl_scan_has (s, p - 2, SL_TOK_NUM) || (sl_scan_cls (s, p - 2) & SL_W_QUANT)))
    return TRUE;
  /* "4 in 10", "six in 10", "half of voters" */
  if ((sl_scan_has (s, p - 1, SL_TOK_NUM) || (sl_scan_cls (s, p - 1) & SL_W_QUANT)
       || sl_scan_is (s, p - 1, "half") || sl_scan_is (s, p - 1, "most") || sl_scan_is (s, p - 1, "one")
       || sl_scan_is (s, p - 1, "majority") || sl_scan_is (s, p - 1, "many") || sl_scan_is (s, p - 1, "some"))
      && (sl_scan_is (s, p, "in") || sl_scan_is (s, p, "of")))
    return TRUE;
  /* "sources close to the minister" */
  if (sl_scan_is (s, p, "to") && sl_scan_is (s, p - 1, "close") && p - 1 > first
      && sl_scan_np_token (s, p - 2))
    return TRUE;
  if (serving_participle (s, p - 1) && p - 1 > first
      && (sl_scan_is (s, p, "for") || sl_scan_is (s, p, "at") || sl_scan_is (s, p, "on")))
    return TRUE;
  if (!sl_scan_np_token (s, p - 1) || sl_scan_verbish (s, p - 1, first)
      || (sl_scan_cls (s, p - 1) & (SL_W_DET | SL_W_QUANT)))
    return FALSE;
  /* "the Red Cross in Lima": a name where it is */
  if (sl_scan_is (s, p, "in") && sl_scan_is_capword (s, p - 1) && sl_scan_is_capword (s, k) && s->tok_timex[p - 1] < 0
      && s->tok_timex[k] < 0)
    return TRUE;
  /* "Inspector Maria Byrne of the Dublin police", "Laurence Cormier of the Grand Manan
   * Fishermen's Association": a titled or a plain name, then whom the person serves */
  if (sl_scan_is (s, p, "of"))
    {
      guint n, t;

      if (name_before_of (s, first, p, &n, &t))
        return TRUE;
    }
  /* the left part must itself be a noun: a plural, a source word or a name; "now goes to"
   * is a verb after an adverb */
  /* ("a poll of 1,000 likely voters", "an analysis of court records": what reports is the
   * poll, with what it covers) */
  return (sl_scan_cls (s, p - 1) & (SL_W_UNNAMED | SL_W_TITLE | SL_W_ORGHEAD | SL_W_PLURAL))
         || ((sl_scan_cls (s, p - 1) & SL_W_DOCNOUN) && sl_scan_is (s, p, "of"))
         || opening_plural (s, p - 1)
         || (sl_scan_has (s, p - 1, SL_TOK_LOWER) && sl_scan_ends_with (s, p - 1, "s")
             && !(p - 1 > first && (sl_scan_is_adverb (s, p - 2) || (sl_scan_cls (s, p - 2) & SL_W_PRON)))
             && !sl_scan_is (s, p - 1, "goes") && !sl_scan_is (s, p - 1, "does")
             && !sl_scan_is (s, p - 1, "was") && !sl_scan_is (s, p - 1, "is")
             && !sl_scan_is (s, p - 1, "has"))
         || sl_scan_is (s, p - 1, "familiar")
         /* "drivers at the Gbalamuya side of the crossing": a place's part inside a phrase
          * that goes on to the left */
         || ((sl_scan_is (s, p, "of") || sl_scan_is (s, p, "in") || sl_scan_is (s, p, "at")
              || sl_scan_is (s, p, "near"))
             && sl_scan_has (s, p - 1, SL_TOK_LOWER) && part_in_pp (s, first, p));
}

/* Whether the noun before the "of" (or "in", "at", "near") at p is a part named inside a
 * phrase after a preposition that itself qualifies a speaker: "drivers at the Gbalamuya side
 * of the crossing", "a nurse at the regional hospital in Ourossogui". */
static gboolean
part_in_pp (const SlDocScan *s, guint first, guint p)
{
  guint j = p - 1;

  while (j > first + 1 && p - j < 4 && !(sl_scan_cls (s, j - 1) & SL_W_DET)
         && (sl_scan_is_capword (s, j - 1) || sl_scan_has (s, j - 1, SL_TOK_LOWER)))
    j--;
  return j > first + 1 && (sl_scan_cls (s, j - 1) & SL_W_DET) && !sl_scan_is (s, j - 1, "that")
         && pp_inside (s, first, j - 2, j - 1);
}

/* Whether token k is a capitalised "The" that opens a paper's own name right after the noun
 * saying what the paper is: "the Nairobi daily The Equator". */
gboolean
sl_scan_paper_article (const SlDocScan *s, guint k)
{
  return k > 0 && k + 1 < s->tokens->len && sl_scan_is (s, k, "the")
         && s->text[sl_scan_tok (s, k)->begin] == 'T' && sl_scan_has (s, k - 1, SL_TOK_LOWER)
         && (sl_scan_cls (s, k - 1) & SL_W_ORGHEAD) && sl_scan_word (s, k - 1)->org_kind == SL_SOURCE_OUTLET
         && sl_scan_is_capword (s, k + 1) && !(sl_scan_cls (s, k + 1) & (SL_W_TITLE | SL_W_DET));
}

/* The source-like noun phrase ending just before `end`: [*b, end). */
gboolean
sl_scan_subject_np (const SlDocScan *s, guint first, guint end, guint *b)
{
  guint k = end;

  while (k > first)
    {
      guint p = k - 1;
      guint32 c = sl_scan_cls (s, p);

      if (sl_scan_punct (s, p, ')') && k == end)
        {
          /* "… Service (NIS)", "Rep. Gwen Moore (D-Wis.)" */
          guint o = p;
          while (o > first && p - o < 7 && !sl_scan_punct (s, o, '('))
            o--;
          if (sl_scan_punct (s, o, '(') && o > first)
            {
              k = o;
              continue;
            }
          break;
        }
      /* "supporters in Congress", "advisers to Mr. Obama", "a spokesman for the ministry" */
      if ((c & SL_W_PREP) && k < end && p > first + 0 && pp_inside (s, first, p, k))
        {
          k = sl_scan_is (s, p, "of") && sl_scan_is (s, p - 1, "out") ? p - 1 : p;
          continue;
        }
      /* ("lawyers representing the families", "engineers working for the city") */
      if (k < end && p > first && serving_participle (s, p))
        {
          k = p;
          continue;
        }
      /* "says that Hillary Clinton called": before a name "that" joins a clause; so it does
       * after a cue or a comma ("reported, citing a memo, that inspectors had warned") */
      if (sl_scan_is (s, p, "that") && k < end
          && (sl_scan_is_capword (s, k)
              || (p > first && (sl_scan_punct (s, p - 1, ',') || (sl_scan_cls (s, p - 1) & SL_W_CUE)))))
        break;
      /* "A group calling itself Maré Negra", "a militia known as the Northern Shield" */
      if (k < end && p >= first + 2 && sl_scan_is_capword (s, k) && sl_scan_goes_by (s, p))
        {
          k = p - 1;
          continue;
        }
      if ((c & SL_W_DET) && k < end && p >= first + 3 && sl_scan_is_capword (s, k) && sl_scan_goes_by (s, p - 1))
        {
          k = p - 2;
          continue;
        }
      /* "Lega Serie A", "Group A": a capital letter closing a name is no article */
      if ((c & SL_W_DET) && k == end && p > first && sl_scan_has (s, p, SL_TOK_CAP)
          && sl_scan_tok (s, p)->end - sl_scan_tok (s, p)->begin == 1 && sl_scan_is_capword (s, p - 1))
        {
          k = p;
          continue;
        }
      if (c & (SL_W_DET | SL_W_QUANT))
        {
          k = p;
          /* "a spokesman for the ministry", "a source familiar with the talks" */
          if (p > first + 1 && (sl_scan_cls (s, p - 1) & SL_W_PREP) && pp_inside (s, first, p - 1, p))
            {
              k = p - 1;
              continue;
            }
          /* ("lawyers representing the families") */
          if (p > first + 1 && serving_participle (s, p - 1))
            {
              k = p - 1;
              continue;
            }
          /* "South Korea and some Western countries" */
          if (p >= first + 2 && (sl_scan_is (s, p - 1, "and") || sl_scan_is (s, p - 1, "&"))
              && sl_scan_is_capword (s, p - 2))
            {
              k = p - 1;
              continue;
            }
          /* "The Nairobi daily The Equator" */
          if (p > first && sl_scan_paper_article (s, p))
            continue;
          break;
        }
      /* "the Court of Arbitration for Sport", "the Committee on Foreign Relations" */
      /* ("the Citizenship by Investment Committee": "by" inside a body's capitalised name) */
      if ((sl_scan_is (s, p, "of") || sl_scan_is (s, p, "for") || sl_scan_is (s, p, "on")
           || (sl_scan_is (s, p, "by") && sl_scan_is_capword (s, end - 1)
               && (sl_scan_cls (s, end - 1) & SL_W_ORGHEAD)))
          && k < end && p > first && sl_scan_is_capword (s, k) && sl_scan_is_capword (s, p - 1))
        {
          k = p;
          continue;
        }
      /* ("the head of the cabin and flight crew union SUTA": two nouns joined after a
       * preposition's article describe one body) */
      if ((sl_scan_is (s, p, "and") || sl_scan_is (s, p, "&")) && k < end && p > first
          && (sl_scan_is_capword (s, p - 1) || (sl_scan_cls (s, p - 1) & (SL_W_UNNAMED | SL_W_TITLE))
              || (p >= first + 3 && sl_scan_has (s, p - 1, SL_TOK_LOWER) && sl_scan_np_token (s, p - 1)
                  && sl_scan_has (s, k, SL_TOK_LOWER) && sl_scan_is (s, p - 2, "the")
                  && (sl_scan_cls (s, p - 3) & SL_W_PREP))))
        {
          k = p;
          continue;
        }
      if ((c & SL_W_PRON) && k == end)
        {
          k = p;
          break;
        }
      /* "Lawyers for a group of about 3,000 savers": a hedge on a number inside the phrase */
      if (k < end && p > first && sl_scan_has (s, k, SL_TOK_NUM) && (sl_scan_cls (s, p - 1) & SL_W_PREP)
          && (sl_scan_is (s, p, "about") || sl_scan_is (s, p, "around") || sl_scan_is (s, p, "nearly")
              || sl_scan_is (s, p, "almost") || sl_scan_is (s, p, "roughly")))
        {
          k = p;
          continue;
        }
      /* "the employers' federation" */
      if (k < end && p > first && sl_scan_plural_possessive (s, p))
        {
          k = p;
          continue;
        }
      /* "The plan angered local farmers, who say": a verb ends the phrase; but "many
       * developing countries", "the leading economists": an -ing word after a determiner
       * describes the noun */
      if (!(k < end && sl_scan_has (s, p, SL_TOK_LOWER) && sl_scan_ends_with (s, p, "ing") && p > first
            && (sl_scan_cls (s, p - 1) & (SL_W_DET | SL_W_QUANT)))
          && (!sl_scan_np_token (s, p) || (k < end && sl_scan_verbish (s, p, first) && !sl_scan_hyphenated (s, p))))
        break;
      k = p;
      if (end - k > MAX_NP)
        return FALSE;
    }
  if (k >= end)
    return FALSE;
  /* a phrase may not start with a possessive or a preposition left over */
  while (k < end && (sl_scan_has (s, k, SL_TOK_POSSESSIVE) || sl_scan_is (s, k, "of")))
    k++;
  /* nor with the verb of an infinitive: "ordered to punish Radonjić, who has criticised" */
  if (k > first && k + 1 < end && sl_scan_is (s, k - 1, "to") && sl_scan_has (s, k, SL_TOK_LOWER)
      && !(sl_scan_cls (s, k) & (SL_W_DET | SL_W_QUANT | SL_W_PRON)) && sl_scan_is_capword (s, k + 1))
    k++;
  *b = k;
  return k < end;
}

guint
sl_scan_np_left (const SlDocScan *s, guint first, guint end)
{
  guint k = end;

  while (k > first)
    {
      guint p = k - 1;
      guint32 c = sl_scan_cls (s, p);

      if (c & (SL_W_DET | SL_W_QUANT))
        return p;
      if ((sl_scan_is (s, p, "of") || sl_scan_is (s, p, "in")) && k < end && p > first
          && sl_scan_np_token (s, p - 1) && !sl_scan_verbish (s, p - 1, first))
        {
          k = p;
          continue;
        }
      if (!sl_scan_np_token (s, p) || (p < end - 1 && sl_scan_verbish (s, p, first)))
        break;
      k = p;
      if (end - k > 8)
        break;
    }
  return k;
}

/* The noun phrase starting at b: [b, *e). Stops at punctuation, verbs, clauses. */
gboolean
sl_scan_np_right (const SlDocScan *s, guint b, guint limit, guint *e)
{
  guint k = b;

  while (k < limit && k - b < MAX_NP)
    {
      guint32 c = sl_scan_cls (s, k);

      if (k == b && (c & (SL_W_DET | SL_W_QUANT)))
        {
          k++;
          continue;
        }
      if (sl_scan_punct (s, k, '(') && k + 2 < limit && sl_scan_has (s, k + 1, SL_TOK_UPPER)
          && sl_scan_punct (s, k + 2, ')'))
        {
          k += 3;
          break;
        }
      /* a party and state: "Sen. Robert P. Casey Jr. (D-Pa.)", "(R-Texas)" */
      if (sl_scan_punct (s, k, '(') && k > b && k + 3 < limit && sl_scan_is_dash (s, k + 2)
          && sl_scan_tok (s, k + 1)->end - sl_scan_tok (s, k + 1)->begin == 1 && sl_scan_is_capword (s, k + 1))
        {
          guint j = k + 3;

          while (j < limit && j < k + 8 && !sl_scan_punct (s, j, ')'))
            j++;
          if (j < limit && sl_scan_punct (s, j, ')'))
            {
              k = j + 1;
              break;
            }
        }
      if (sl_scan_is (s, k, "of") && k > b && sl_scan_is_capword (s, k - 1) && sl_scan_is_capword (s, k + 1))
        {
          k++;
          continue;
        }
      /* "an internal company memo it had seen": a pronoun after the noun opens a clause
       * about it */
      if (k > b && (sl_scan_cls (s, k) & SL_W_PRON) && sl_scan_has (s, k, SL_TOK_LOWER)
          && sl_scan_np_token (s, k - 1) && !(sl_scan_cls (s, k - 1) & (SL_W_DET | SL_W_PREP)))
        break;
      /* "a farmer from Aris", "a resident of Kharkiv": where the speaker is from */
      if ((sl_scan_is (s, k, "from") || sl_scan_is (s, k, "of") || sl_scan_is (s, k, "in"))
          && k > b && k + 1 < limit && sl_scan_has (s, k - 1, SL_TOK_LOWER)
          && (sl_scan_cls (s, k - 1) & SL_W_UNNAMED) && sl_scan_is_capword (s, k + 1)
          && s->tok_timex[k + 1] < 0)
        {
          k++;
          continue;
        }
      /* "people familiar with the company's plans", "sources close to the minister" */
      if (k > b && k + 1 < limit
          && ((sl_scan_is (s, k, "with") && sl_scan_is (s, k - 1, "familiar"))
              || (sl_scan_is (s, k, "to") && sl_scan_is (s, k - 1, "close"))))
        {
          k++;
          if (sl_scan_cls (s, k) & SL_W_DET)
            k++;
          continue;
        }
      /* "the European Centre for Disease Prevention and Control" */
      if ((sl_scan_is (s, k, "for") || sl_scan_is (s, k, "on")) && k > b && sl_scan_is_capword (s, k - 1)
          && (sl_scan_cls (s, k - 1) & SL_W_ORGHEAD) && sl_scan_is_capword (s, k + 1))
        {
          k++;
          continue;
        }
      if ((sl_scan_is (s, k, "and") || sl_scan_is (s, k, "&")) && k > b && sl_scan_is_capword (s, k - 1)
          && sl_scan_is_capword (s, k + 1))
        {
          k++;
          continue;
        }
      if ((c & SL_W_PRON) && k == b)
        {
          k++;
          break;
        }
      /* "the employers' federation": a plural's possessive mark, not a closing quote */
      if (k > b && k + 1 < limit && sl_scan_plural_possessive (s, k))
        {
          k++;
          continue;
        }
      /* a modifier before its noun: "early results", "the polling average"; a phrase's
       * first word is not its verb ("according to show insiders") */
      if (!sl_scan_np_token (s, k) && sl_scan_has (s, k, SL_TOK_LOWER) && k + 1 < limit
          && ((c & SL_W_ADV) || sl_scan_ends_with (s, k, "ing") || ((c & SL_W_CUE) && k == b))
          && !(c & (SL_W_PREP | SL_W_CONJ | SL_W_AUX | SL_W_REL | SL_W_SUBORD | SL_W_NEG
                    | SL_W_MODAL | SL_W_DET))
          && (!(c & SL_W_CUE) || k == b)
          && sl_scan_np_token (s, k + 1) && sl_scan_has (s, k + 1, SL_TOK_LOWER)
          && !(sl_scan_cls (s, k + 1) & (SL_W_DET | SL_W_QUANT))
          && !sl_scan_verbish (s, k + 1, b) && !(sl_scan_cls (s, k + 1) & SL_W_CUE))
        {
          k++;
          continue;
        }
      if (!sl_scan_np_token (s, k) || (k > b && sl_scan_verbish (s, k, b)))
        break;
      k++;
    }
  *e = k;
  return k > b;
}
