/* bench-timex: throughput of the temporal tagger on plain news text, one core.
 *
 *   bench-timex [CORPUS_DIR] [SECONDS]
 *
 * Reads the TEXT of every .tml file under CORPUS_DIR (default: $SL_SHARED_DIR/corpora/
 * te3-train, else ../shared/corpora/te3-train beside the source tree), then tags the whole
 * corpus over and over for at least SECONDS (default 3) and prints one JSON line:
 * {"bench":"timex","docs":…,"bytes":…,"passes":…,"timexes_per_pass":…,"mb_per_s":…,
 *  "infer_dct_mb_per_s":…}. Documents keep their TimeML DCT, as in tag-timeml. */
#include <stdio.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "extract/sl-timex-tagger.h"

typedef struct
{
  char   *text;
  gsize   len;
  SlDate  dct;
} Doc;

static void
collect_text (xmlNode *node, GString *out)
{
  for (xmlNode *n = node->children; n; n = n->next)
    {
      if (n->type == XML_TEXT_NODE && n->content)
        g_string_append (out, (const char *) n->content);
      else if (n->type == XML_ELEMENT_NODE)
        collect_text (n, out);
    }
}

static xmlNode *
child (xmlNode *parent, const char *name)
{
  for (xmlNode *n = parent ? parent->children : NULL; n; n = n->next)
    if (n->type == XML_ELEMENT_NODE && strcmp ((const char *) n->name, name) == 0)
      return n;
  return NULL;
}

static void
load_dir (const char *dir, GArray *docs)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      xmlDoc *xml;
      xmlNode *root, *text_el, *dct_el;
      Doc doc = { 0 };
      GString *text;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          load_dir (path, docs);
          continue;
        }
      if (!g_str_has_suffix (name, ".tml"))
        continue;
      xml = xmlReadFile (path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
      if (xml == NULL)
        continue;
      root = xmlDocGetRootElement (xml);
      text_el = child (root, "TEXT");
      dct_el = child (child (root, "DCT"), "TIMEX3");
      if (text_el)
        {
          text = g_string_new (NULL);
          collect_text (text_el, text);
          if (dct_el)
            {
              xmlChar *v = xmlGetProp (dct_el, (const xmlChar *) "value");
              if (v)
                sl_date_from_value ((const char *) v, &doc.dct);
              xmlFree (v);
            }
          doc.len = text->len;
          doc.text = g_string_free (text, FALSE);
          g_array_append_val (docs, doc);
        }
      xmlFreeDoc (xml);
    }
}

int
main (int argc, char **argv)
{
  g_autofree char *dir = NULL;
  double min_seconds = argc > 2 ? g_ascii_strtod (argv[2], NULL) : 3.0;
  g_autoptr (GArray) docs = g_array_new (FALSE, TRUE, sizeof (Doc));
  g_autoptr (GArray) hits = g_array_new (FALSE, FALSE, sizeof (SlTimexHit));
  g_autoptr (SlTimexTagger) tagger = sl_timex_tagger_new ();
  gsize bytes = 0;
  guint passes = 0, timexes = 0, infer_passes = 0;
  gint64 t0, elapsed;
  double mbps, infer_mbps;

  if (argc > 1)
    dir = g_strdup (argv[1]);
  else if (g_getenv ("SL_SHARED_DIR"))
    dir = g_build_filename (g_getenv ("SL_SHARED_DIR"), "corpora", "te3-train", NULL);
  else
    dir = g_build_filename (SL_SOURCE_ROOT, "..", "shared", "corpora", "te3-train", NULL);

  load_dir (dir, docs);
  if (docs->len == 0)
    {
      fprintf (stderr, "bench-timex: no TimeML documents under %s\n", dir);
      return 1;
    }
  for (guint i = 0; i < docs->len; i++)
    bytes += g_array_index (docs, Doc, i).len;

  /* warm up the lexicon and the caches */
  for (guint i = 0; i < docs->len; i++)
    {
      const Doc *doc = &g_array_index (docs, Doc, i);
      g_array_set_size (hits, 0);
      sl_timex_tag (tagger, doc->text, doc->len, &doc->dct, hits);
    }

  t0 = g_get_monotonic_time ();
  do
    {
      timexes = 0;
      for (guint i = 0; i < docs->len; i++)
        {
          const Doc *doc = &g_array_index (docs, Doc, i);
          g_array_set_size (hits, 0);
          sl_timex_tag (tagger, doc->text, doc->len, doc->dct.prec ? &doc->dct : NULL, hits);
          timexes += hits->len;
        }
      passes++;
      elapsed = g_get_monotonic_time () - t0;
    }
  while (elapsed < (gint64) (min_seconds * G_USEC_PER_SEC));
  mbps = (double) bytes * passes / (1024.0 * 1024.0) / ((double) elapsed / G_USEC_PER_SEC);

  t0 = g_get_monotonic_time ();
  do
    {
      for (guint i = 0; i < docs->len; i++)
        {
          const Doc *doc = &g_array_index (docs, Doc, i);
          SlDate dct;
          sl_timex_infer_dct (tagger, doc->text, doc->len, &dct, NULL);
        }
      infer_passes++;
      elapsed = g_get_monotonic_time () - t0;
    }
  while (elapsed < (gint64) (min_seconds / 3 * G_USEC_PER_SEC));
  infer_mbps = (double) bytes * infer_passes / (1024.0 * 1024.0)
               / ((double) elapsed / G_USEC_PER_SEC);

  printf ("{\"bench\":\"timex\",\"docs\":%u,\"bytes\":%" G_GSIZE_FORMAT ",\"passes\":%u,"
          "\"timexes_per_pass\":%u,\"mb_per_s\":%.1f,\"infer_dct_mb_per_s\":%.1f}\n",
          docs->len, bytes, passes, timexes, mbps, infer_mbps);

  for (guint i = 0; i < docs->len; i++)
    g_free (g_array_index (docs, Doc, i).text);
  return 0;
}
