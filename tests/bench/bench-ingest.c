/* bench-ingest: how fast saved web pages become article text and metadata, and how much of
 * the article survives (and how much page furniture leaks) on pages built like real news
 * sites. Prints one JSON line per case. */
#include <string.h>
#include <time.h>

#include "ingest/sl-ingest-private.h"

/* Sentences of our own, in news style, from which article bodies are assembled. */
static const char *const sentences[] = {
  "The ministry said on Tuesday that the shipments had continued through the spring",
  "Officials in the capital, speaking on condition of anonymity, described the figure as conservative",
  "The council is expected to vote again next month, diplomats said",
  "Satellite images taken in April showed several cargo ships moored at the northern port",
  "The agency's report, published late on Friday, ran to more than forty pages",
  "Analysts cautioned that the numbers could not be verified independently",
  "Trade between the two countries has grown steadily since the summit last September",
  "The foreign minister rejected the accusations as baseless and politically motivated",
  "A spokesperson for the defence ministry declined to comment on the intelligence assessment",
  "Prices for fuel in border towns fell sharply over the winter, according to local traders",
  "Lawmakers called for an inquiry into how the sanctions had been evaded for so long",
  "The envoy told reporters that his government would not accept further inspections",
  "Shipping records reviewed by the newspaper list at least a dozen voyages since January",
  "The panel of experts had monitored compliance with the measures for fifteen years",
  "Researchers at the institute said the vessel had switched off its transponder twice",
  "Residents near the rail crossing reported heavy freight traffic at night",
};

static const char *const cookie_banners[] = {
  "<div class=\"cookie-banner\">We use cookies to personalise content and ads. <a href=\"/p\">Learn more</a> <button>Accept</button></div>",
  "<div id=\"consent-popup\"><p>By continuing to browse this site you agree to our use of cookies and similar technologies.</p></div>",
  "",
};
static const char *const navs[] = {
  "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li><li><a href=\"/business\">Business</a></li><li><a href=\"/opinion\">Opinion</a></li></ul></nav>",
  "<div class=\"main-menu\"><a href=\"/news\">News</a> | <a href=\"/sport\">Sport</a> | <a href=\"/weather\">Weather</a> | <a href=\"/culture\">Culture</a></div>",
  "<header class=\"masthead\"><a href=\"/\">The Daily Example</a><a href=\"/subscribe\">Subscribe now</a></header>",
};
static const char *const shares[] = {
  "<div class=\"share-tools\"><a href=\"#\">Facebook</a><a href=\"#\">Twitter</a><a href=\"#\">Copy link</a></div>",
  "<ul class=\"social-links\"><li><a href=\"#\">Share this article</a></li><li><a href=\"#\">Print</a></li></ul>",
  "",
};
static const char *const related[] = {
  "<div class=\"related\"><h3>Read more</h3><ul><li><a href=\"/1\">Stocks edge higher on rate hopes</a></li><li><a href=\"/2\">Heatwave grips the south</a></li><li><a href=\"/3\">Cup final tickets sell out</a></li></ul></div>",
  "<aside><h4>Trending now</h4><ol><li><a href=\"/t1\">Ten gadgets worth buying</a></li><li><a href=\"/t2\">The week in pictures</a></li></ol></aside>",
  "<section class=\"recommended-stories\"><a href=\"/r1\">Opinion: a decade of drift</a> <a href=\"/r2\">Explainer: how sanctions work</a></section>",
};
static const char *const comments[] = {
  "<div id=\"comments\"><h3>Comments (2)</h3><p>Finally someone reports on this properly, thank you.</p><p>This is propaganda, plain and simple, and everyone knows it.</p></div>",
  "<section class=\"comment-thread\"><p>Reader from Busan: I live near the port and have seen nothing unusual, honestly.</p></section>",
  "",
};
static const char *const footers[] = {
  "<footer><p>Copyright 2024 The Daily Example. All rights reserved.</p><a href=\"/terms\">Terms</a></footer>",
  "<div class=\"newsletter-signup\"><p>Get the morning briefing in your inbox every weekday, free of charge.</p><button>Sign up</button></div><footer>Contact us</footer>",
  "<div class=\"site-footer\"><p>About us · Careers · Advertise with us · Privacy</p></div>",
};
static const char *const wrappers[][2] = {
  { "<article>", "</article>" },
  { "<div class=\"story-body\">", "</div>" },
  { "<div id=\"content\"><div class=\"col\">", "</div></div>" },
  { "<main><div>", "</div></main>" },
};

/* Builds page `k`: body text goes to *body, boilerplate text (as a reader would see it) is
 * counted in *furniture. */
static char *
make_page (guint k, GRand *rand, GString *body_text, GPtrArray *furniture)
{
  GString *page = g_string_new ("<!DOCTYPE html><html><head><meta charset=\"utf-8\">");
  guint n_par = 3 + k % 5;
  const char *pieces[5];

  g_string_append_printf (page, "<title>Report %u</title><meta property=\"article:published_time\" "
                          "content=\"2024-%02u-%02uT08:00:00Z\"></head><body>",
                          k, 1 + k % 12, 1 + k % 28);
  pieces[0] = cookie_banners[k % G_N_ELEMENTS (cookie_banners)];
  pieces[1] = navs[k % G_N_ELEMENTS (navs)];
  pieces[2] = shares[(k / 2) % G_N_ELEMENTS (shares)];
  pieces[3] = related[(k / 3) % G_N_ELEMENTS (related)];
  pieces[4] = comments[(k / 2) % G_N_ELEMENTS (comments)];
  g_string_append (page, pieces[0]);
  g_string_append (page, pieces[1]);
  g_string_append (page, wrappers[k % G_N_ELEMENTS (wrappers)][0]);
  g_string_append_printf (page, "<h1>Report number %u on the shipments</h1>", k);
  g_string_append (page, pieces[2]);
  g_string_truncate (body_text, 0);
  for (guint p = 0; p < n_par; p++)
    {
      GString *par = g_string_new (NULL);
      guint n_sent = 2 + g_rand_int_range (rand, 0, 3);
      for (guint s = 0; s < n_sent; s++)
        g_string_append_printf (par, "%s%s.", s ? " " : "",
                                sentences[g_rand_int_range (rand, 0, G_N_ELEMENTS (sentences))]);
      g_string_append_printf (page, "<p>%s</p>", par->str);
      g_string_append_printf (body_text, "%s\n", par->str);
      if (p == n_par / 2)
        g_string_append (page, pieces[3]); /* related links in the middle of the story */
      g_string_free (par, TRUE);
    }
  g_string_append (page, wrappers[k % G_N_ELEMENTS (wrappers)][1]);
  g_string_append (page, pieces[4]);
  g_string_append (page, footers[k % G_N_ELEMENTS (footers)]);
  g_string_append (page, "</body></html>");

  g_ptr_array_set_size (furniture, 0);
  for (guint i = 0; i <= G_N_ELEMENTS (pieces); i++)
    {
      const char *html = i < G_N_ELEMENTS (pieces) ? pieces[i] : footers[k % G_N_ELEMENTS (footers)];
      g_autofree char *text = sl_html_fragment_to_text (html, strlen (html));
      g_auto (GStrv) blocks = text ? g_strsplit (text, "\n", -1) : NULL;
      for (guint b = 0; blocks && blocks[b]; b++)
        if (*g_strstrip (blocks[b]))
          g_ptr_array_add (furniture, g_strdup (blocks[b]));
    }
  return g_string_free (page, FALSE);
}

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

/* CPU time of this thread: steadier than the wall clock on a shared machine */
static double
cpu_now (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

int
main (int argc, char **argv)
{
  GRand *rand = g_rand_new_with_seed (7);
  g_autoptr (GString) body = g_string_new (NULL);
  g_autoptr (GPtrArray) furniture = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) pages = g_ptr_array_new_with_free_func (g_free);
  guint n_pages = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 10000;
  guint64 body_chars = 0, body_kept = 0, furn_chars = 0, furn_leaked = 0, bytes = 0;
  double t0, t, c0, c;

  /* quality over 20 pages built like real news sites */
  for (guint k = 0; k < 20; k++)
    {
      g_autofree char *page = make_page (k, rand, body, furniture);
      g_autoptr (GError) error = NULL;
      g_autoptr (SlDocument) doc = sl_ingest_bytes ("page.html", page, strlen (page), &error);
      g_auto (GStrv) pars = g_strsplit (body->str, "\n", -1);

      if (doc == NULL)
        g_error ("page %u: %s", k, error->message);
      for (guint i = 0; pars[i]; i++)
        {
          body_chars += strlen (pars[i]);
          if (*pars[i] && strstr (doc->text, pars[i]))
            body_kept += strlen (pars[i]);
        }
      for (guint i = 0; i < furniture->len; i++)
        {
          const char *f = g_ptr_array_index (furniture, i);
          furn_chars += strlen (f);
          if (strstr (doc->text, f))
            furn_leaked += strlen (f);
        }
    }
  g_print ("{\"case\":\"body-extraction\",\"pages\":20,\"body_kept\":%.3f,\"boilerplate_leaked\":%.3f}\n",
           (double) body_kept / body_chars, (double) furn_leaked / furn_chars);

  /* throughput: HTML → plain text and metadata, one core */
  for (guint k = 0; k < n_pages; k++)
    {
      char *page = make_page (k, rand, body, furniture);
      bytes += strlen (page);
      g_ptr_array_add (pages, page);
    }
  t0 = now ();
  c0 = cpu_now ();
  for (guint k = 0; k < pages->len; k++)
    {
      const char *page = g_ptr_array_index (pages, k);
      g_autoptr (SlDocument) doc = sl_ingest_bytes ("page.html", page, strlen (page), NULL);
      if (doc == NULL || doc->dct.prec == SL_PREC_NONE)
        g_error ("page %u was not read", k);
    }
  t = now () - t0;
  c = cpu_now () - c0;
  g_print ("{\"case\":\"html-throughput\",\"pages\":%u,\"mb\":%.1f,\"seconds\":%.3f,\"mb_per_s\":%.1f,"
           "\"mb_per_cpu_s\":%.1f}\n", pages->len, bytes / 1e6, t, bytes / 1e6 / t, bytes / 1e6 / c);
  g_rand_free (rand);
  return 0;
}
