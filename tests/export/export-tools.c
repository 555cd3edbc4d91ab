/* export-tools.c: poppler's pdfinfo and pdftotext, as a reader's tools would see our PDFs. */
#include "export-tools.h"

#include <string.h>

char *
sl_test_run_tool (const char *tool, const char *const *args, const char *path,
                  const char *last)
{
  g_autofree char *exe = g_find_program_in_path (tool);
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  if (exe == NULL)
    {
      g_autofree char *msg = g_strdup_printf ("%s absent: install poppler-utils", tool);
      g_test_skip (msg);
      return NULL;
    }
  g_ptr_array_add (argv, exe);
  for (guint i = 0; args && args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, (gpointer) path);
  if (last)
    g_ptr_array_add (argv, (gpointer) last);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s %s failed: %s", tool, path, err);
  return out;
}

guint
sl_test_pdf_pages (const char *path, char **page_size)
{
  g_autofree char *info = sl_test_run_tool ("pdfinfo", NULL, path, NULL);
  g_auto (GStrv) lines = NULL;
  guint pages = 0;

  if (info == NULL)
    return 0;
  lines = g_strsplit (info, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      if (g_str_has_prefix (lines[i], "Pages:"))
        pages = (guint) g_ascii_strtoull (lines[i] + 6, NULL, 10);
      if (page_size && g_str_has_prefix (lines[i], "Page size:"))
        *page_size = g_strdup (g_strstrip (lines[i] + 10));
    }
  return pages;
}

char *
sl_test_pdf_text (const char *path)
{
  static const char *const args[] = { "-enc", "UTF-8", NULL };
  g_autofree char *raw = NULL;
  GString *out;
  gboolean space = FALSE;

  /* "-" after the input: the text on standard output */
  raw = sl_test_run_tool ("pdftotext", args, path, "-");
  if (raw == NULL)
    return NULL;
  out = g_string_new (NULL);
  for (const char *p = raw; *p; p++)
    {
      if (g_ascii_isspace (*p) || *p == '\f')
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
