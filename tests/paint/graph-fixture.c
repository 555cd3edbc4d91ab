/* graph-fixture.c: random attribution graphs as models. */
#include "graph-fixture.h"

void
sl_graph_fixture_random_edges (guint n, guint m, guint32 seed, guint32 **from, guint32 **to)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  gint64 *keys = g_new (gint64, m + 1);
  guint k = 0;

  g_return_if_fail (n >= 2 && (guint64) m <= (guint64) n * (n - 1) / 2);
  *from = g_new (guint32, m + 1);
  *to = g_new (guint32, m + 1);
  while (k < m)
    {
      guint32 a = (guint32) g_rand_int_range (rand, 0, (gint32) n);
      guint32 b = (guint32) g_rand_int_range (rand, 0, (gint32) n);

      keys[k] = (gint64) MIN (a, b) * n + MAX (a, b);
      if (a == b || g_hash_table_contains (seen, &keys[k]))
        continue;
      g_hash_table_add (seen, &keys[k]);
      (*from)[k] = a;
      (*to)[k] = b;
      k++;
    }
  g_hash_table_remove_all (seen);
  g_free (keys);
}

static guint32
add_article (SlModel *model, const char *title)
{
  SlDoc d = { 0 };

  d.title = sl_model_intern (model, title);
  d.text = g_strdup ("");
  return sl_model_add_doc (model, &d);
}

static guint32
claim (SlModel *model, guint32 doc, guint32 source, guint32 via)
{
  SlClaim c = { 0 };

  c.doc = doc;
  c.source = source;
  c.via = via;
  c.stance = SL_STANCE_ASSERT;
  return sl_model_add_claim (model, &c);
}

SlModel *
sl_graph_fixture_model (guint n, const guint32 *from, const guint32 *to, guint m)
{
  static const SlSourceKind kinds[] = {
    SL_SOURCE_PERSON, SL_SOURCE_AGENCY, SL_SOURCE_GOVERNMENT, SL_SOURCE_ORGANIZATION,
    SL_SOURCE_PERSON, SL_SOURCE_OUTLET, SL_SOURCE_UNNAMED, SL_SOURCE_COUNTRY,
  };
  SlModel *model = sl_model_new ();
  g_autofree guint32 *source = g_new (guint32, n + 1);
  guint32 doc = add_article (model, "Generated graph");

  for (guint i = 0; i < n; i++)
    {
      char name[32];
      g_snprintf (name, sizeof name, "Source %u", i + 1);
      source[i] = sl_model_add_source (model, name, kinds[i % G_N_ELEMENTS (kinds)], NULL);
    }
  for (guint e = 0; e < m; e++)
    claim (model, doc, source[to[e]], claim (model, doc, source[from[e]], SL_NONE));
  return model;
}

void
sl_graph_fixture_add_article (SlModel *model, guint n_new, guint links_each, guint32 seed)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (seed);
  guint n_old = sl_model_n_sources (model);
  g_autofree char *title = g_strdup_printf ("Article %u", sl_model_n_docs (model) + 1);
  guint32 doc = add_article (model, title);

  g_return_if_fail (n_old > 0);
  for (guint i = 0; i < n_new; i++)
    {
      char name[48];
      guint32 s;

      g_snprintf (name, sizeof name, "New source %u.%u", sl_model_n_docs (model), i + 1);
      s = sl_model_add_source (model, name, SL_SOURCE_PERSON, NULL);
      for (guint k = 0; k < links_each; k++)
        {
          guint32 old = (guint32) g_rand_int_range (rand, 0, (gint32) n_old);
          claim (model, doc, s, claim (model, doc, old, SL_NONE));
        }
    }
}
