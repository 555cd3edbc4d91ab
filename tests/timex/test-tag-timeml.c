/* test-tag-timeml.c: `sourceline-cli tag-timeml` keeps a TimeML document's creation time and
 * text, drops the old markup and writes our TIMEX3 tags where a scorer can read them. */
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "cli/sl-cli-tag-timeml.h"
#include "extract/sl-timex-tagger.h"

/* A document of our own in TimeBank layout, with annotations we expect to be replaced. */
static const char doc[] =
  "<?xml version=\"1.0\" ?>\n"
  "<TimeML>\n"
  "<DOCID>TEST0001</DOCID>\n"
  "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2024-05-10\" functionInDocument=\"CREATION_TIME\">"
  "May 10, 2024</TIMEX3></DCT>\n"
  "<TEXT>\n"
  "The ministry <EVENT eid=\"e1\" class=\"REPORTING\">said</EVENT> "
  "<TIMEX3 tid=\"t9\" type=\"DATE\" value=\"WRONG\">on Tuesday</TIMEX3> that the ferry "
  "<EVENT eid=\"e2\" class=\"OCCURRENCE\">sank</EVENT> <SIGNAL sid=\"s1\">in</SIGNAL> "
  "early April after six months at sea.\n"
  "</TEXT>\n"
  "<MAKEINSTANCE eiid=\"ei1\" eventID=\"e1\" tense=\"PAST\" />\n"
  "<TLINK lid=\"l1\" eventInstanceID=\"ei1\" relatedToTime=\"t9\" relType=\"IS_INCLUDED\" />\n"
  "</TimeML>\n";

static char *
text_of (xmlNode *node)
{
  xmlChar *c = xmlNodeGetContent (node);
  char *s = g_strdup ((const char *) c);
  xmlFree (c);
  return s;
}

static void
test_retag (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *out = sl_cli_tag_timeml_buffer (doc, sizeof doc - 1, &error);
  xmlDoc *xml;
  xmlNode *root, *text_el = NULL, *dct = NULL;
  GPtrArray *timexes = g_ptr_array_new ();
  g_autofree char *plain = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (out);
  xml = xmlReadMemory (out, (int) strlen (out), NULL, NULL, XML_PARSE_NONET);
  g_assert_nonnull (xml);
  root = xmlDocGetRootElement (xml);
  for (xmlNode *n = root->children; n; n = n->next)
    {
      if (n->type != XML_ELEMENT_NODE)
        continue;
      g_assert_cmpstr ((const char *) n->name, !=, "TLINK");
      g_assert_cmpstr ((const char *) n->name, !=, "MAKEINSTANCE");
      if (strcmp ((const char *) n->name, "TEXT") == 0)
        text_el = n;
      else if (strcmp ((const char *) n->name, "DCT") == 0)
        dct = n;
    }
  g_assert_nonnull (text_el);
  g_assert_nonnull (dct);

  /* the creation time is kept as it was */
  {
    xmlChar *v = xmlGetProp (dct->children, (const xmlChar *) "value");
    g_assert_cmpstr ((const char *) v, ==, "2024-05-10");
    xmlFree (v);
  }

  /* the words are untouched; only our TIMEX3 elements remain inside TEXT */
  plain = text_of (text_el);
  g_assert_cmpstr (plain, ==, "\nThe ministry said on Tuesday that the ferry sank in early April "
                              "after six months at sea.\n");
  for (xmlNode *n = text_el->children; n; n = n->next)
    if (n->type == XML_ELEMENT_NODE)
      {
        g_assert_cmpstr ((const char *) n->name, ==, "TIMEX3");
        g_ptr_array_add (timexes, n);
      }
  g_assert_cmpuint (timexes->len, ==, 3);
  {
    static const char *const want[][4] = {
      { "Tuesday", "DATE", "2024-05-07", NULL },
      { "early April", "DATE", "2024-04", "START" },
      { "six months", "DURATION", "P6M", NULL },
    };
    for (guint i = 0; i < timexes->len; i++)
      {
        xmlNode *t = g_ptr_array_index (timexes, i);
        g_autofree char *words = text_of (t);
        xmlChar *type = xmlGetProp (t, (const xmlChar *) "type");
        xmlChar *value = xmlGetProp (t, (const xmlChar *) "value");
        xmlChar *mod = xmlGetProp (t, (const xmlChar *) "mod");
        xmlChar *tid = xmlGetProp (t, (const xmlChar *) "tid");

        g_assert_cmpstr (words, ==, want[i][0]);
        g_assert_cmpstr ((const char *) type, ==, want[i][1]);
        g_assert_cmpstr ((const char *) value, ==, want[i][2]);
        g_assert_cmpstr ((const char *) mod, ==, want[i][3]);
        g_assert_nonnull (tid);
        xmlFree (type);
        xmlFree (value);
        xmlFree (mod);
        xmlFree (tid);
      }
  }
  g_ptr_array_unref (timexes);
  xmlFreeDoc (xml);
}

/* A document without a DCT gets one inferred from its text when the text allows it. */
static void
test_no_dct (void)
{
  static const char nodct[] =
    "<TimeML><TEXT>Talks began on Dec. 28, 2023, in Doha. A deal came on Jan. 3 after "
    "a week.</TEXT></TimeML>";
  g_autoptr (GError) error = NULL;
  g_autofree char *out = sl_cli_tag_timeml_buffer (nodct, sizeof nodct - 1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (strstr (out, "value=\"2024-01-03\">Jan. 3</TIMEX3>"));
  g_assert_nonnull (strstr (out, "value=\"2023-12-28\">Dec. 28, 2023</TIMEX3>"));
}

/* TimeML leaves "later" and "after" out as signals, so the TIMEX3 is the duration; the
 * timeline's own tagging still resolves "three days later" to the date it names. */
static void
test_signals (void)
{
  static const char narr[] =
    "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2024-05-10\">x</TIMEX3></DCT>"
    "<TEXT>The quake struck on May 2. Rescuers arrived three days later, and aid stopped "
    "two weeks after that. The last such quake was a year ago.</TEXT></TimeML>";
  static const char plain[] = "The quake struck on May 2. Rescuers arrived three days later.";
  g_autoptr (GError) error = NULL;
  g_autofree char *out = sl_cli_tag_timeml_buffer (narr, sizeof narr - 1, &error);
  g_autoptr (SlTimexTagger) tagger = sl_timex_tagger_new ();
  g_autoptr (GArray) hits = g_array_new (FALSE, FALSE, sizeof (SlTimexHit));
  SlDate dct = { .year = 2024, .month = 5, .day = 10, .prec = SL_PREC_DAY };
  const SlTimexHit *h;

  g_assert_no_error (error);
  g_assert_nonnull (strstr (out, "type=\"DURATION\" value=\"P3D\">three days</TIMEX3> later"));
  g_assert_nonnull (strstr (out, "type=\"DURATION\" value=\"P2W\">two weeks</TIMEX3> after"));
  /* "ago" belongs to the expression in TimeML */
  g_assert_nonnull (strstr (out, "value=\"2023\">a year ago</TIMEX3>"));

  sl_timex_tag (tagger, plain, sizeof plain - 1, &dct, hits);
  g_assert_cmpuint (hits->len, ==, 2);
  h = &g_array_index (hits, SlTimexHit, 1);
  g_assert_cmpstr (h->value, ==, "2024-05-05");
  g_assert_cmpint (strncmp (plain + h->begin, "three days later", h->end - h->begin), ==, 0);
}

/* Files a scorer cannot use are refused with a reason, not half-written. */
static void
test_refusals (void)
{
  static const char *const bad[] = {
    "this is not XML at all",
    "<html><body>an HTML page</body></html>",
    "<TimeML><DOCID>x</DOCID></TimeML>",
    "<TimeML><TEXT>unclosed",
    "<!DOCTYPE TimeML [<!ENTITY x SYSTEM \"http://example.invalid/x\">]><TimeML><TEXT>&x;</TEXT></TimeML>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *out = sl_cli_tag_timeml_buffer (bad[i], strlen (bad[i]), &error);

      g_test_message ("%s", bad[i]);
      if (out != NULL)
        {
          /* an external entity may be kept as a reference, but never fetched */
          g_assert_null (strstr (out, "example.invalid/x\">]><TimeML><TEXT>"));
          g_assert_no_error (error);
          continue;
        }
      g_assert_nonnull (error);
      g_assert_cmpstr (error->message, !=, "");
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/tag-timeml/retag", test_retag);
  g_test_add_func ("/tag-timeml/no-dct", test_no_dct);
  g_test_add_func ("/tag-timeml/refusals", test_refusals);
  g_test_add_func ("/tag-timeml/signals", test_signals);
  return g_test_run ();
}
