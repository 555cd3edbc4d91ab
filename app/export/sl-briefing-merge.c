/* sl-briefing-merge.c: see sl-briefing-merge.h. */
#include "sl-briefing-merge.h"

#include <string.h>

void
sl_briefing_corroboration_merged (gpointer data, SlModel *model, guint32 event,
                                  SlCorroboration *out, GArray *mentions)
{
  const SlEventMerge *merge = data;
  SlEventMergeSummary sum;

  g_return_if_fail (merge != NULL && out != NULL);
  sl_event_merge_summarize (merge, event, &sum);
  memset (out, 0, sizeof *out);
  out->n_mentions = sum.n_mentions;
  out->n_articles = sum.n_articles;
  out->n_origins = sum.n_origins;
  out->contested = sum.contested;
  out->primary = sum.primary;
  out->credibility = sum.credibility;
  if (mentions != NULL)
    {
      g_autoptr (GArray) group = g_array_new (FALSE, FALSE, sizeof (guint32));

      sl_event_merge_mentions (merge, event, group);
      g_array_append_val (mentions, event);
      for (guint i = 0; i < group->len; i++)
        if (g_array_index (group, guint32, i) != event)
          g_array_append_val (mentions, g_array_index (group, guint32, i));
    }
}
