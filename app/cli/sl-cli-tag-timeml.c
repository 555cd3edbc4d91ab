/* sl-cli-tag-timeml.c: reads TimeML with libxml2 (no network, no entity expansion), keeps
 * its DCT, strips the TIMEX3/EVENT/SIGNAL markup inside TEXT and writes our own TIMEX3 tags
 * in their place. Links (TLINK, SLINK, ALINK, MAKEINSTANCE) point at the removed markup and
 * are dropped with it. */
#include "config.h"

#include "sl-cli-tag-timeml.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "extract/sl-timex-tagger.h"
#include "model/sl-model.h"

#define EXIT_USAGE 2

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

/* marked for translation; printed through _() */
static const char *const tag_usage =
  N_("Usage: sourceline-cli tag-timeml [-o OUTDIR] FILE.tml...\n"
  "\n"
  "Replaces the TIMEX3 annotations of TimeML documents with Sourceline's own, keeping\n"
  "each document's creation time (DCT). Without -o the result goes to standard output.\n");

static xmlNode *
find_child (xmlNode *parent, const char *name)
{
  for (xmlNode *n = parent ? parent->children : NULL; n; n = n->next)
    if (n->type == XML_ELEMENT_NODE && strcmp ((const char *) n->name, name) == 0)
      return n;
  return NULL;
}

/* Collects the character content of node in document order. */
static void
collect_text (xmlNode *node, GString *out)
{
  for (xmlNode *n = node->children; n; n = n->next)
    {
      if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
        {
          if (n->content)
            g_string_append (out, (const char *) n->content);
        }
      else if (n->type == XML_ELEMENT_NODE)
        collect_text (n, out);
    }
}

static gboolean
read_dct (xmlNode *root, SlDate *dct)
{
  xmlNode *dct_el = find_child (root, "DCT");
  xmlNode *timex = dct_el ? find_child (dct_el, "TIMEX3") : NULL;
  xmlChar *value;
  gboolean ok;

  if (timex == NULL)
    return FALSE;
  value = xmlGetProp (timex, (const xmlChar *) "value");
  ok = value != NULL && sl_date_from_value ((const char *) value, dct);
  xmlFree (value);
  return ok;
}

static void
drop_links (xmlNode *root)
{
  static const char *const links[] = { "TLINK", "SLINK", "ALINK", "MAKEINSTANCE" };
  xmlNode *n = root->children;

  while (n)
    {
      xmlNode *next = n->next;
      if (n->type == XML_ELEMENT_NODE)
        for (guint i = 0; i < G_N_ELEMENTS (links); i++)
          if (strcmp ((const char *) n->name, links[i]) == 0)
            {
              /* take the indentation before it along */
              if (n->prev && n->prev->type == XML_TEXT_NODE && xmlIsBlankNode (n->prev))
                {
                  xmlNode *ws = n->prev;
                  xmlUnlinkNode (ws);
                  xmlFreeNode (ws);
                }
              xmlUnlinkNode (n);
              xmlFreeNode (n);
              break;
            }
      n = next;
    }
}

/* Replaces the content of TEXT by text nodes and our TIMEX3 elements. */
static void
retag_text (xmlNode *text_el, const char *text, gsize len, const SlDate *dct)
{
  g_autoptr (SlTimexTagger) tagger = sl_timex_tagger_new ();
  g_autoptr (GArray) hits = g_array_new (FALSE, FALSE, sizeof (SlTimexHit));
  xmlNode *child;
  gsize pos = 0;

  sl_timex_tagger_set_timeml_spans (tagger, TRUE);
  sl_timex_tag (tagger, text, len, dct, hits);

  while ((child = text_el->children) != NULL)
    {
      xmlUnlinkNode (child);
      xmlFreeNode (child);
    }

  for (guint i = 0; i < hits->len; i++)
    {
      const SlTimexHit *hit = &g_array_index (hits, SlTimexHit, i);
      char tid[24];
      xmlNode *el;
      const char *mod;

      if (hit->begin < pos || hit->end > len)
        continue;
      if (hit->begin > pos)
        xmlAddChild (text_el, xmlNewTextLen ((const xmlChar *) text + pos, (int) (hit->begin - pos)));
      el = xmlNewNode (NULL, (const xmlChar *) "TIMEX3");
      g_snprintf (tid, sizeof tid, "t%u", i + 1);
      xmlSetProp (el, (const xmlChar *) "tid", (const xmlChar *) tid);
      xmlSetProp (el, (const xmlChar *) "type",
                  (const xmlChar *) sl_timex_type_to_string ((SlTimexType) hit->type));
      xmlSetProp (el, (const xmlChar *) "value", (const xmlChar *) hit->value);
      mod = sl_mod_to_string ((SlMod) hit->mod);
      if (mod)
        xmlSetProp (el, (const xmlChar *) "mod", (const xmlChar *) mod);
      xmlAddChild (el, xmlNewTextLen ((const xmlChar *) text + hit->begin,
                                      (int) (hit->end - hit->begin)));
      xmlAddChild (text_el, el);
      pos = hit->end;
    }
  if (pos < len)
    xmlAddChild (text_el, xmlNewTextLen ((const xmlChar *) text + pos, (int) (len - pos)));
}

static xmlDoc *
retag_doc (xmlDoc *doc, GError **error)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  xmlNode *text_el;
  g_autoptr (GString) text = g_string_new (NULL);
  SlDate dct = { 0 };
  gboolean have_dct;

  if (root == NULL || strcmp ((const char *) root->name, "TimeML") != 0)
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   _("not a TimeML document (the root element is not <TimeML>)"));
      return NULL;
    }
  text_el = find_child (root, "TEXT");
  if (text_el == NULL)
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   _("the document has no <TEXT> element to tag"));
      return NULL;
    }
  collect_text (text_el, text);
  have_dct = read_dct (root, &dct);
  if (!have_dct)
    {
      g_autoptr (SlTimexTagger) tagger = sl_timex_tagger_new ();
      have_dct = sl_timex_infer_dct (tagger, text->str, text->len, &dct, NULL);
    }
  retag_text (text_el, text->str, text->len, have_dct ? &dct : NULL);
  drop_links (root);
  return doc;
}

char *
sl_cli_tag_timeml_buffer (const char *xml, gsize len, GError **error)
{
  g_autoptr (xmlDoc) doc = NULL;
  xmlChar *mem = NULL;
  int size = 0;
  char *result;

  g_return_val_if_fail (xml != NULL, NULL);

  if (len > G_MAXINT)
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT, _("the document is too large"));
      return NULL;
    }
  doc = xmlReadMemory (xml, (int) len, NULL, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR
                                                   | XML_PARSE_NOWARNING);
  if (doc == NULL)
    {
      const xmlError *err = xmlGetLastError ();
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT, _("not well-formed XML%s%s"),
                   err && err->message ? ": " : "",
                   err && err->message ? g_strchomp (err->message) : "");
      return NULL;
    }
  if (!retag_doc (doc, error))
    return NULL;
  xmlDocDumpMemoryEnc (doc, &mem, &size, "UTF-8");
  result = g_strndup ((const char *) mem, (gsize) size);
  xmlFree (mem);
  return result;
}

static gboolean
tag_file (const char *path, const char *outdir, GError **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *out = NULL;
  gsize len;

  if (!g_file_get_contents (path, &contents, &len, error))
    return FALSE;
  out = sl_cli_tag_timeml_buffer (contents, len, error);
  if (out == NULL)
    return FALSE;
  if (outdir)
    {
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *dest = g_build_filename (outdir, base, NULL);
      return g_file_set_contents (dest, out, -1, error);
    }
  fputs (out, stdout);
  return TRUE;
}

int
sl_cli_tag_timeml (int argc, char **argv)
{
  const char *outdir = NULL;
  g_autoptr (GPtrArray) files = g_ptr_array_new ();
  guint failed = 0;

  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "-o") == 0 || strcmp (argv[i], "--output") == 0)
        {
          if (i + 1 >= argc)
            {
              fprintf (stderr, _("sourceline-cli tag-timeml: -o needs a folder\n\n%s"), _(tag_usage));
              return EXIT_USAGE;
            }
          outdir = argv[++i];
        }
      else if (strcmp (argv[i], "-h") == 0 || strcmp (argv[i], "--help") == 0)
        {
          fputs (_(tag_usage), stdout);
          return 0;
        }
      else if (argv[i][0] == '-' && argv[i][1] != '\0')
        {
          fprintf (stderr, _("sourceline-cli tag-timeml: unknown option %s\n\n%s"), argv[i],
                   _(tag_usage));
          return EXIT_USAGE;
        }
      else
        g_ptr_array_add (files, argv[i]);
    }
  if (files->len == 0)
    {
      fprintf (stderr, _("sourceline-cli tag-timeml: no TimeML file given\n\n%s"), _(tag_usage));
      return EXIT_USAGE;
    }
  if (outdir && g_mkdir_with_parents (outdir, 0755) != 0)
    {
      fprintf (stderr, _("%s: cannot create the output folder\n"), outdir);
      return 1;
    }

  for (guint i = 0; i < files->len; i++)
    {
      g_autoptr (GError) error = NULL;
      const char *path = g_ptr_array_index (files, i);

      if (!tag_file (path, outdir, &error))
        {
          fprintf (stderr, "%s: %s\n", path, error->message);
          failed++;
        }
    }
  return failed ? 1 : 0;
}
