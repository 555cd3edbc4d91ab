/* The gazetteer's built-in names, its line format and the user's own files. */
#include "extract/sl-attribution.h"
#include "extract/sl-extract.h"
#include "ingest/sl-ingest.h"

#include <gio/gio.h>
#include <string.h>

static void
test_default_names (void)
{
  g_autoptr (SlGazetteer) gaz = sl_gazetteer_new_default ();

  g_assert_cmpstr (sl_gazetteer_canonical (gaz, "US"), ==, "United States");
  g_assert_cmpstr (sl_gazetteer_canonical (gaz, "U.S."), ==, "United States");
  /* "us" is a pronoun, not a country */
  g_assert_null (sl_gazetteer_canonical (gaz, "us"));
  g_assert_cmpstr (sl_gazetteer_canonical (gaz, "Yonhap news agency"), ==, "Yonhap");
  /* capitals stand for their countries */
  g_assert_cmpstr (sl_gazetteer_canonical (gaz, "Pyongyang"), ==, "North Korea");
  g_assert_cmpstr (sl_gazetteer_canonical (gaz, "Moscow"), ==, "Russia");
  g_assert_cmpstr (sl_gazetteer_canonical (gaz, "the Pentagon"), ==, "Pentagon");
}

static void
assert_load_error (const char *data, const char *needle)
{
  g_autoptr (SlGazetteer) gaz = sl_gazetteer_new_empty ();
  g_autoptr (GError) error = NULL;

  g_assert_false (sl_gazetteer_load_data (gaz, data, strlen (data), "mine.txt", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  if (strstr (error->message, needle) == NULL)
    g_error ("“%s” does not say “%s”", error->message, needle);
}

static void
test_errors (void)
{
  /* each error names the file and line, and what is wrong */
  assert_load_error ("# outlets\noutlet | Reuters\ncolour | red\n", "mine.txt:3: unknown record type");
  assert_load_error ("cue | opine | stance=sure\n", "mine.txt:1: unknown stance");
  assert_load_error ("outlet\n", "mine.txt:1: expected");
  assert_load_error ("outlet | \n", "needs a name");
  assert_load_error ("office | Foreign Ministry | kind=planet\n", "unknown source kind");
}

static void
test_format (void)
{
  g_autoptr (SlGazetteer) gaz = sl_gazetteer_new_empty ();
  g_autoptr (GError) error = NULL;
  const char *data = "# comment\n\ncountry | Freedonia | adj=Freedonian | capital=Fredville\n"
                     "agency | Freedonian Bureau of Truth | FBT | country=Freedonia\n";

  g_assert_true (sl_gazetteer_load_data (gaz, data, strlen (data), "mine.txt", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sl_gazetteer_canonical (gaz, "FBT"), ==, "Freedonian Bureau of Truth");
  g_assert_cmpstr (sl_gazetteer_canonical (gaz, "Fredville"), ==, "Freedonia");
  g_assert_null (sl_gazetteer_canonical (gaz, "fbt"));
}

/* A user's file in $XDG_DATA_HOME/sourceline/gazetteer teaches a new outlet and a new cue. */
static void
test_user_file (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "sourceline", "gazetteer", NULL);
  g_autofree char *path = g_build_filename (dir, "mine.txt", NULL);
  const char *data = "outlet | Meridian Wire | MW\ncue | opine | stance=assert\n";
  const char *text = "Senators argue\n\nMW opined that the senators had overreached.\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (SlModel) model = sl_model_new ();
  g_autoptr (SlExtractor) ex = NULL;
  SlDocument *doc;
  const SlClaim *c;
  const SlSource *src;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, data, -1, &error));
  {
    g_autoptr (SlGazetteer) gaz = sl_gazetteer_new_default ();
    g_assert_cmpstr (sl_gazetteer_canonical (gaz, "MW"), ==, "Meridian Wire");
  }
  ex = sl_extractor_new ();
  doc = sl_ingest_bytes ("a.txt", text, strlen (text), &error);
  g_assert_no_error (error);
  sl_extractor_add_document (ex, model, doc);
  sl_document_free (doc);
  g_assert_cmpuint (sl_model_n_claims (model), ==, 1);
  c = sl_model_claim (model, 0);
  src = sl_model_source (model, c->source);
  g_assert_cmpstr (sl_model_str (model, src->name), ==, "Meridian Wire");
  g_assert_cmpint (src->kind, ==, SL_SOURCE_OUTLET);
  /* an outlet passes on what it says as a report */
  g_assert_cmpint (c->stance, ==, SL_STANCE_REPORT);
  g_assert_cmpstr (sl_model_str (model, c->cue), ==, "opined");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/gazetteer/default-names", test_default_names);
  g_test_add_func ("/gazetteer/errors", test_errors);
  g_test_add_func ("/gazetteer/format", test_format);
  g_test_add_func ("/gazetteer/user-file", test_user_file);
  return g_test_run ();
}
