/* sl-describe.c */
#include "config.h"

#include "sl-describe.h"

#include <glib/gi18n.h>

char *
sl_describe_slice (SlModel *model, guint32 doc, guint32 begin, guint32 end)
{
  gsize len = 0;
  const char *text = doc < sl_model_n_docs (model) ? sl_model_doc_text (model, doc, &len) : NULL;

  if (text == NULL || begin >= end || end > len)
    return NULL;
  return g_utf8_make_valid (text + begin, end - begin);
}

char *
sl_describe_plain (SlModel *model, guint32 doc, guint32 begin, guint32 end)
{
  g_autofree char *slice = sl_describe_slice (model, doc, begin, end);
  GString *out;
  gboolean space = FALSE;

  if (slice == NULL)
    return NULL;
  out = g_string_new (NULL);
  for (const char *p = slice; *p; p++)
    {
      if (g_ascii_isspace (*p))
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

const char *
sl_describe_stance_mark (SlStance stance)
{
  switch (stance)
    {
    case SL_STANCE_ESTIMATE: return "◐";
    case SL_STANCE_SUSPECT:  return "○";
    case SL_STANCE_DENY:     return "✕";
    case SL_STANCE_REPORT:   return "◆";
    case SL_STANCE_ASSERT:
    case SL_STANCE_COUNT:
    default:                 return "●";
    }
}

char *
sl_describe_chain (SlModel *model, guint32 claim)
{
  g_autoptr (GArray) chain = g_array_new (FALSE, FALSE, sizeof (guint32));
  GString *out = g_string_new (NULL);
  const SlClaim *c = sl_model_claim (model, claim);
  const SlDoc *doc = c ? sl_model_doc (model, c->doc) : NULL;
  const char *last = NULL;

  sl_model_claim_chain (model, claim, chain);
  for (guint i = chain->len; i > 0; i--)
    {
      const SlClaim *link = sl_model_claim (model, g_array_index (chain, guint32, i - 1));
      const SlSource *src = link ? sl_model_source (model, link->source) : NULL;
      const char *name = src ? sl_model_str (model, src->name) : NULL;

      if (name == NULL || *name == '\0' || (last && g_ascii_strcasecmp (last, name) == 0))
        continue;
      if (out->len > 0)
        g_string_append (out, " → ");
      g_string_append (out, name);
      last = name;
    }
  /* the article's outlet ends every chain it reports, unless the chain already names it */
  if (doc != NULL && doc->outlet != 0)
    {
      const char *outlet = sl_model_str (model, doc->outlet);

      if (outlet && *outlet && (last == NULL || g_ascii_strcasecmp (last, outlet) != 0))
        {
          if (out->len > 0)
            g_string_append (out, " → ");
          g_string_append (out, outlet);
        }
    }
  return g_string_free (out, FALSE);
}

char *
sl_describe_article (SlModel *model, guint32 doc)
{
  const SlDoc *d;
  const char *title, *path;

  g_return_val_if_fail (model != NULL, NULL);
  d = doc < sl_model_n_docs (model) ? sl_model_doc (model, doc) : NULL;
  if (d == NULL)
    return g_strdup (_("Untitled article"));
  title = d->title ? sl_model_str (model, d->title) : NULL;
  path = d->path ? sl_model_str (model, d->path) : NULL;
  if (title != NULL && *title != '\0')
    return g_strdup (title);
  if (path != NULL && *path != '\0')
    return g_path_get_basename (path);
  return g_strdup (_("Untitled article"));
}

char *
sl_describe_corroboration (SlModel *model, const SlEventMerge *merge, guint32 event)
{
  SlEventMergeSummary sum;
  g_autofree char *articles = NULL;
  g_autofree char *origins = NULL;
  char *line;

  g_return_val_if_fail (model != NULL && merge != NULL, NULL);
  g_return_val_if_fail (event < sl_model_n_events (model), NULL);
  sl_event_merge_summarize (merge, event, &sum);
  if (sum.n_articles < 2)
    return NULL;
  articles = g_strdup_printf (ngettext ("Reported by %u article", "Reported by %u articles",
                                        sum.n_articles), sum.n_articles);
  origins = g_strdup_printf (ngettext ("%u independent origin", "%u independent origins",
                                       sum.n_origins), sum.n_origins);
  /* TRANSLATORS: how many articles report an event, then how many independent origins
   * they rest on: "Reported by 3 articles · 2 independent origins" */
  line = g_strdup_printf (_("%s · %s"), articles, origins);
  if (sum.contested)
    {
      char *tmp = g_strdup_printf (_("%s · contested"), line);

      g_free (line);
      line = tmp;
    }
  return line;
}

guint
sl_describe_other_articles (SlModel *model, const SlEventMerge *merge, guint32 event, GArray *out)
{
  g_autoptr (GArray) docs = g_array_new (FALSE, FALSE, sizeof (guint32));

  g_return_val_if_fail (model != NULL && merge != NULL, 0);
  g_return_val_if_fail (event < sl_model_n_events (model), 0);
  /* the event's own article comes first */
  sl_event_merge_articles (merge, event, docs);
  if (docs->len < 2)
    return 0;
  if (out != NULL)
    g_array_append_vals (out, &g_array_index (docs, guint32, 1), docs->len - 1);
  return docs->len - 1;
}

char *
sl_describe_merged (SlModel *model, const SlEventMerge *merge, guint32 event)
{
  g_autoptr (GArray) others = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autofree char *line = sl_describe_corroboration (model, merge, event);
  GString *names;
  g_autofree char *list = NULL;

  if (line == NULL)
    return NULL;
  sl_describe_other_articles (model, merge, event, others);
  names = g_string_new (NULL);
  for (guint i = 0; i < others->len; i++)
    {
      guint32 doc = g_array_index (others, guint32, i);
      const SlDoc *d = sl_model_doc (model, doc);
      const char *outlet = d->outlet ? sl_model_str (model, d->outlet) : NULL;
      g_autofree char *name = sl_describe_article (model, doc);

      if (names->len > 0)
        /* TRANSLATORS: between the names of articles in a list */
        g_string_append (names, _(", "));
      if (outlet != NULL && *outlet != '\0')
        /* TRANSLATORS: an article's title, then its outlet */
        g_string_append_printf (names, _("“%s” (%s)"), name, outlet);
      else
        g_string_append_printf (names, _("“%s”"), name);
    }
  list = g_string_free (names, FALSE);
  /* TRANSLATORS: the corroboration line, then the other articles that report the event */
  return g_strdup_printf (_("%s\nAlso reported in %s"), line, list);
}
