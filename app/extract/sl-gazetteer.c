/* sl-gazetteer.c: the word lists and names the attribution stage recognises, read from the
 * plain-text files in data/gazetteer (compiled in) and the user's data directory. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include "sl-attribution-private.h"
#include "sl-gazetteer-resources.h"

#include <gio/gio.h>
#include <string.h>

#define RESOURCE_DIR "/org/sourceline/Sourceline/gazetteer/"
#define MAX_NAME_TOKENS 12

/* Closed-class words: grammar, not data. */
static const struct
{
  const char *word;
  guint32     classes;
} closed_words[] = {
  { "the", SL_W_DET }, { "a", SL_W_DET }, { "an", SL_W_DET }, { "this", SL_W_DET },
  { "these", SL_W_DET }, { "those", SL_W_DET }, { "its", SL_W_DET }, { "his", SL_W_DET },
  { "her", SL_W_DET }, { "their", SL_W_DET }, { "our", SL_W_DET }, { "my", SL_W_DET },
  { "your", SL_W_DET }, { "another", SL_W_DET | SL_W_QUANT }, { "each", SL_W_DET }, { "every", SL_W_DET },
  { "any", SL_W_DET }, { "no", SL_W_DET }, { "all", SL_W_DET | SL_W_QUANT },
  { "both", SL_W_DET | SL_W_QUANT }, { "some", SL_W_DET | SL_W_QUANT },
  { "several", SL_W_QUANT }, { "many", SL_W_QUANT }, { "few", SL_W_QUANT },
  { "most", SL_W_QUANT }, { "other", SL_W_QUANT }, { "various", SL_W_QUANT },
  { "numerous", SL_W_QUANT }, { "two", SL_W_QUANT }, { "three", SL_W_QUANT },
  { "four", SL_W_QUANT }, { "five", SL_W_QUANT }, { "six", SL_W_QUANT },
  { "seven", SL_W_QUANT }, { "eight", SL_W_QUANT }, { "nine", SL_W_QUANT },
  { "ten", SL_W_QUANT }, { "dozens", SL_W_QUANT }, { "hundreds", SL_W_QUANT },
  { "thousands", SL_W_QUANT },
  { "of", SL_W_PREP }, { "in", SL_W_PREP }, { "on", SL_W_PREP }, { "at", SL_W_PREP },
  { "by", SL_W_PREP }, { "for", SL_W_PREP }, { "with", SL_W_PREP }, { "from", SL_W_PREP },
  { "to", SL_W_PREP }, { "about", SL_W_PREP }, { "against", SL_W_PREP },
  { "into", SL_W_PREP }, { "onto", SL_W_PREP }, { "over", SL_W_PREP },
  { "under", SL_W_PREP }, { "after", SL_W_PREP | SL_W_SUBORD },
  { "before", SL_W_PREP | SL_W_SUBORD }, { "during", SL_W_PREP },
  { "since", SL_W_PREP | SL_W_SUBORD }, { "until", SL_W_PREP | SL_W_SUBORD },
  { "through", SL_W_PREP }, { "between", SL_W_PREP }, { "among", SL_W_PREP },
  { "across", SL_W_PREP }, { "toward", SL_W_PREP }, { "towards", SL_W_PREP },
  { "amid", SL_W_PREP }, { "despite", SL_W_PREP }, { "without", SL_W_PREP },
  { "within", SL_W_PREP }, { "upon", SL_W_PREP }, { "near", SL_W_PREP }, { "per", SL_W_PREP },
  { "via", SL_W_PREP }, { "like", SL_W_PREP }, { "than", SL_W_PREP },
  { "and", SL_W_CONJ }, { "or", SL_W_CONJ }, { "but", SL_W_CONJ }, { "nor", SL_W_CONJ },
  { "&", SL_W_CONJ },
  { "is", SL_W_AUX | SL_W_BE }, { "are", SL_W_AUX | SL_W_BE }, { "was", SL_W_AUX | SL_W_BE },
  { "were", SL_W_AUX | SL_W_BE }, { "be", SL_W_AUX | SL_W_BE }, { "been", SL_W_AUX | SL_W_BE },
  { "being", SL_W_AUX | SL_W_BE }, { "am", SL_W_AUX | SL_W_BE },
  { "has", SL_W_AUX }, { "have", SL_W_AUX }, { "had", SL_W_AUX }, { "having", SL_W_AUX },
  { "do", SL_W_AUX }, { "does", SL_W_AUX }, { "did", SL_W_AUX },
  { "will", SL_W_AUX | SL_W_MODAL }, { "would", SL_W_AUX | SL_W_MODAL },
  { "shall", SL_W_AUX | SL_W_MODAL }, { "should", SL_W_AUX | SL_W_MODAL },
  { "can", SL_W_AUX | SL_W_MODAL }, { "could", SL_W_AUX | SL_W_MODAL },
  { "may", SL_W_AUX | SL_W_MODAL }, { "might", SL_W_AUX | SL_W_MODAL },
  { "must", SL_W_AUX | SL_W_MODAL },
  { "not", SL_W_NEG }, { "never", SL_W_NEG | SL_W_ADV }, { "n't", SL_W_NEG }, { "n’t", SL_W_NEG },
  { "'ll", SL_W_AUX | SL_W_MODAL }, { "'d", SL_W_AUX | SL_W_MODAL }, { "'ve", SL_W_AUX },
  { "'re", SL_W_AUX | SL_W_BE }, { "'m", SL_W_AUX | SL_W_BE },
  { "also", SL_W_ADV }, { "reportedly", SL_W_ADV }, { "previously", SL_W_ADV },
  { "recently", SL_W_ADV }, { "repeatedly", SL_W_ADV }, { "publicly", SL_W_ADV },
  { "privately", SL_W_ADV }, { "again", SL_W_ADV }, { "already", SL_W_ADV },
  { "still", SL_W_ADV }, { "just", SL_W_ADV }, { "once", SL_W_ADV | SL_W_SUBORD },
  { "then", SL_W_ADV }, { "now", SL_W_ADV }, { "further", SL_W_ADV },
  { "separately", SL_W_ADV }, { "similarly", SL_W_ADV }, { "likewise", SL_W_ADV },
  { "often", SL_W_ADV }, { "frequently", SL_W_ADV }, { "initially", SL_W_ADV },
  { "originally", SL_W_ADV }, { "subsequently", SL_W_ADV }, { "officially", SL_W_ADV },
  { "openly", SL_W_ADV }, { "flatly", SL_W_ADV }, { "strongly", SL_W_ADV },
  { "firmly", SL_W_ADV }, { "quickly", SL_W_ADV }, { "immediately", SL_W_ADV },
  { "explicitly", SL_W_ADV }, { "bluntly", SL_W_ADV }, { "simply", SL_W_ADV },
  { "clearly", SL_W_ADV }, { "even", SL_W_ADV }, { "only", SL_W_ADV }, { "first", SL_W_ADV },
  { "later", SL_W_ADV }, { "earlier", SL_W_ADV }, { "always", SL_W_ADV },
  { "closely", SL_W_ADV }, { "angrily", SL_W_ADV }, { "ever", SL_W_ADV },
  { "twice", SL_W_ADV }, { "thrice", SL_W_ADV },
  { "he", SL_W_PRON }, { "she", SL_W_PRON }, { "they", SL_W_PRON }, { "it", SL_W_PRON },
  { "we", SL_W_PRON }, { "i", SL_W_PRON }, { "you", SL_W_PRON },
  { "who", SL_W_REL }, { "which", SL_W_REL }, { "that", SL_W_REL | SL_W_DET },
  { "whom", SL_W_REL }, { "whose", SL_W_REL },
  { "because", SL_W_SUBORD }, { "while", SL_W_SUBORD }, { "although", SL_W_SUBORD },
  { "though", SL_W_SUBORD }, { "when", SL_W_SUBORD }, { "whereas", SL_W_SUBORD },
  { "if", SL_W_SUBORD }, { "unless", SL_W_SUBORD }, { "as", SL_W_SUBORD | SL_W_PREP },
  { "whether", SL_W_SUBORD }, { "where", SL_W_SUBORD },
};

static void index_words (SlGazetteer *gaz);

SlGazetteer *
sl_gazetteer_new_empty (void)
{
  SlGazetteer *gaz = g_new0 (SlGazetteer, 1);

  gaz->words = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  gaz->names = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  gaz->cues = g_hash_table_new (g_str_hash, g_str_equal);
  gaz->that_cues = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  gaz->entries = g_ptr_array_new_with_free_func (g_free);
  gaz->strings = g_string_chunk_new (4096);
  gaz->country_refs = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (closed_words); i++)
    {
      SlWord *w = g_new0 (SlWord, 1);
      w->classes = closed_words[i].classes;
      g_hash_table_insert (gaz->words, (gpointer) closed_words[i].word, w);
    }
  index_words (gaz);
  return gaz;
}

void
sl_gazetteer_free (SlGazetteer *gaz)
{
  if (gaz == NULL)
    return;
  g_hash_table_unref (gaz->words);
  g_free (gaz->word_slots);
  g_hash_table_unref (gaz->names);
  g_hash_table_unref (gaz->cues);
  g_hash_table_unref (gaz->that_cues);
  g_ptr_array_unref (gaz->entries);
  g_ptr_array_unref (gaz->country_refs);
  g_string_chunk_free (gaz->strings);
  g_free (gaz);
}

/* One byte of a key from text[i] into *out; returns how many bytes of the token it took. */
static inline guint32
gaz_key_byte (const char *text, guint32 i, guint32 end, char *out)
{
  guchar c = (guchar) text[i];

  /* fold the curly apostrophe (E2 80 99) to ' */
  if (c == 0xE2 && i + 2 < end && (guchar) text[i + 1] == 0x80
      && (guchar) text[i + 2] == 0x99)
    {
      *out = '\'';
      return 3;
    }
  /* g_ascii_tolower() inline: this runs for every byte of every token */
  *out = (char) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  return 1;
}

gboolean
sl_gaz_key (const char *text, const SlToken *tok, char *buf, gsize size)
{
  gsize o = 0;
  const guint32 end = tok->end; /* read once: the stores to buf may alias it */

  /* the key is never longer than the token: when the token fits, no byte needs the check */
  if ((gsize) (end - tok->begin) + 1 <= size)
    for (guint32 i = tok->begin; i < end;)
      i += gaz_key_byte (text, i, end, &buf[o++]);
  else
    for (guint32 i = tok->begin; i < end;)
      {
        if (o + 2 > size)
          return FALSE;
        i += gaz_key_byte (text, i, end, &buf[o++]);
      }
  buf[o] = '\0';
  return TRUE;
}

const SlWord *
sl_gazetteer_word (const SlGazetteer *gaz, const char *text, const SlToken *tok)
{
  char buf[64];

  if (!sl_gaz_key (text, tok, buf, sizeof buf))
    return NULL;
  return sl_gazetteer_word_hashed (gaz, buf, sl_word_hash (buf));
}

const SlWord *
sl_gazetteer_that_cue (const SlGazetteer *gaz, const char *text, const SlToken *tok)
{
  char buf[64];

  if (!sl_gaz_key (text, tok, buf, sizeof buf))
    return NULL;
  return g_hash_table_lookup (gaz->that_cues, buf);
}

const SlWord *
sl_gazetteer_word_hashed (const SlGazetteer *gaz, const char *key, guint32 hash)
{
  guint k;

  for (k = sl_hash_slot (hash, gaz->word_mask); gaz->word_slots[k].hash != 0;
       k = (k + 1) & gaz->word_mask)
    if (gaz->word_slots[k].hash == hash && strcmp (gaz->word_slots[k].key, key) == 0)
      return gaz->word_slots[k].word;
  return NULL;
}

/* g_ascii_tolower() is a call; this is asked of every byte of every token */
static inline guchar
ascii_lower (char c)
{
  return (guchar) c >= 'A' && (guchar) c <= 'Z' ? (guchar) c + ('a' - 'A') : (guchar) c;
}

gboolean
sl_gazetteer_token (const SlGazetteer *gaz, const char *text, const SlToken *tok,
                    guint32 *hash, const SlWord **word)
{
  const char *p = text + tok->begin;
  const guint32 n = tok->end - tok->begin;
  guint32 h = SL_WORD_HASH_START;
  char buf[64];

  /* an ASCII token is its own key but for the case: hash it and compare it where it lies,
   * without making the key (this runs for every token of every article) */
  if (n < sizeof buf)
    {
      guint32 j;

      for (j = 0; j < n && (guchar) p[j] < 0x80; j++)
        h = sl_word_hash_step (h, ascii_lower (p[j]));
      if (j == n)
        {
          h = sl_word_hash_end (h);
          *hash = h;
          *word = NULL;
          for (guint k = sl_hash_slot (h, gaz->word_mask); gaz->word_slots[k].hash != 0;
               k = (k + 1) & gaz->word_mask)
            {
              const char *key = gaz->word_slots[k].key;

              if (gaz->word_slots[k].hash != h)
                continue;
              for (j = 0; j < n && (guchar) key[j] == ascii_lower (p[j]); j++)
                ;
              if (j == n && key[n] == '\0')
                {
                  *word = gaz->word_slots[k].word;
                  break;
                }
            }
          return TRUE;
        }
    }
  if (!sl_gaz_key (text, tok, buf, sizeof buf))
    return FALSE;
  *hash = sl_word_hash (buf);
  *word = sl_gazetteer_word_hashed (gaz, buf, *hash);
  return TRUE;
}

/* Makes the word index again from the words table; called by whatever adds words. */
static void
index_words (SlGazetteer *gaz)
{
  guint size = 16, n = g_hash_table_size (gaz->words);
  GHashTableIter it;
  gpointer key, value;

  while (size < n * 2)
    size <<= 1;
  g_free (gaz->word_slots);
  gaz->word_slots = g_new0 (SlWordSlot, size);
  gaz->word_mask = size - 1;
  g_hash_table_iter_init (&it, gaz->words);
  while (g_hash_table_iter_next (&it, &key, &value))
    {
      guint32 hash = sl_word_hash (key);
      guint k = sl_hash_slot (hash, gaz->word_mask);

      while (gaz->word_slots[k].hash != 0)
        k = (k + 1) & gaz->word_mask;
      gaz->word_slots[k] = (SlWordSlot) { hash, key, value };
    }
}

static SlWord *
word_for (SlGazetteer *gaz, const char *key)
{
  SlWord *w = g_hash_table_lookup (gaz->words, key);

  if (w == NULL)
    {
      w = g_new0 (SlWord, 1);
      g_hash_table_insert (gaz->words, g_string_chunk_insert_const (gaz->strings, key), w);
    }
  return w;
}

/* Tokenises a phrase from the data and builds its lookup key ("people's republic of china")
 * and case masks. Returns the number of tokens, 0 if unusable. */
static guint
phrase_key (const char *phrase, GString *key, guint32 *cap_mask, guint32 *upper_mask,
            char *first, gsize first_size)
{
  g_autoptr (GArray) toks = g_array_new (FALSE, FALSE, sizeof (SlToken));
  char buf[64];

  sl_tokenize (phrase, strlen (phrase), toks);
  g_string_truncate (key, 0);
  *cap_mask = *upper_mask = 0;
  if (toks->len == 0 || toks->len > MAX_NAME_TOKENS)
    return 0;
  for (guint i = 0; i < toks->len; i++)
    {
      const SlToken *t = &g_array_index (toks, SlToken, i);

      if (!sl_gaz_key (phrase, t, buf, sizeof buf))
        return 0;
      if (i == 0)
        g_strlcpy (first, buf, first_size);
      if (i > 0 && !(t->flags & SL_TOK_POSSESSIVE))
        g_string_append_c (key, ' ');
      g_string_append (key, buf);
      if (t->flags & SL_TOK_CAP)
        *cap_mask |= 1u << i;
      if (t->flags & SL_TOK_UPPER)
        *upper_mask |= 1u << i;
    }
  return toks->len;
}

static void
add_name (SlGazetteer *gaz, SlGazEntry *entry, const char *surface, SlNameRole role)
{
  g_autoptr (GString) key = g_string_new (NULL);
  char first[64];
  guint32 cap, upper;
  guint n;
  SlGazName *old, *nm;
  SlWord *w;

  /* "The Guardian" is found as "Guardian" after a determiner */
  if (g_ascii_strncasecmp (surface, "the ", 4) == 0 && surface[4] != '\0')
    surface += 4;
  n = phrase_key (surface, key, &cap, &upper, first, sizeof first);
  if (n == 0)
    return;
  old = g_hash_table_lookup (gaz->names, key->str);
  /* "Foreign Ministry | foreign ministry": the same name in another case is found in
   * either case, so the second spelling loosens what the first asked of the letters */
  if (old != NULL && old->entry == entry)
    {
      old->cap_mask &= cap;
      old->upper_mask &= upper;
      return;
    }
  if (old != NULL && !(role == SL_NAME_CANONICAL && old->role != SL_NAME_CANONICAL))
    return;
  nm = g_new0 (SlGazName, 1);
  nm->entry = entry;
  nm->surface = g_string_chunk_insert (gaz->strings, surface);
  nm->role = role;
  nm->n_tokens = n;
  nm->cap_mask = cap;
  nm->upper_mask = upper;
  g_hash_table_replace (gaz->names, g_string_chunk_insert_const (gaz->strings, key->str), nm);
  w = word_for (gaz, first);
  w->max_name = MAX (w->max_name, n);
}

static SlGazEntry *
new_entry (SlGazetteer *gaz, const char *name, SlGazType type, SlSourceKind kind)
{
  SlGazEntry *e = (SlGazEntry *) sl_gazetteer_lookup (gaz, name);

  /* a later record about a known name adds to it */
  if (e != NULL && e->type == type && g_ascii_strcasecmp (e->name, name) == 0)
    return e;
  e = g_new0 (SlGazEntry, 1);
  e->name = g_string_chunk_insert (gaz->strings, name);
  e->type = type;
  e->kind = kind;
  g_ptr_array_add (gaz->entries, e);
  add_name (gaz, e, name, SL_NAME_CANONICAL);
  return e;
}

static gboolean
is_vowel (char c)
{
  return strchr ("aeiou", c) != NULL;
}

/* Whether the final consonant doubles before -ed/-ing: "ship" → "shipped",
 * "transfer" → "transferred", but "visit" → "visited". */
static gboolean
doubles_final (const char *w, gsize n)
{
  if (n < 3)
    return FALSE;
  if (is_vowel (w[n - 1]) || strchr ("wxy", w[n - 1]) || !is_vowel (w[n - 2])
      || is_vowel (w[n - 3]))
    return FALSE;
  if (n <= 4)
    return TRUE;
  return g_str_has_suffix (w, "fer") || g_str_has_suffix (w, "mit")
         || g_str_has_suffix (w, "pel") || g_str_has_suffix (w, "cur")
         || g_str_has_suffix (w, "bid") || g_str_has_suffix (w, "gret");
}

/* Regular -s, -ed, -ing forms of a verb, or the plural of a noun. */
static char *
inflect (const char *w, SlVerbForm form)
{
  gsize n = strlen (w);
  gboolean cons_y = n >= 2 && w[n - 1] == 'y' && !is_vowel (w[n - 2]);

  switch (form)
    {
    case SL_FORM_S:
      if (cons_y)
        return g_strdup_printf ("%.*sies", (int) (n - 1), w);
      if (g_str_has_suffix (w, "s") || g_str_has_suffix (w, "x") || g_str_has_suffix (w, "z")
          || g_str_has_suffix (w, "ch") || g_str_has_suffix (w, "sh")
          || (n >= 2 && w[n - 1] == 'o' && !is_vowel (w[n - 2])))
        return g_strdup_printf ("%ses", w);
      return g_strdup_printf ("%ss", w);
    case SL_FORM_ED:
      if (w[n - 1] == 'e')
        return g_strdup_printf ("%sd", w);
      if (cons_y)
        return g_strdup_printf ("%.*sied", (int) (n - 1), w);
      if (doubles_final (w, n))
        return g_strdup_printf ("%s%ced", w, w[n - 1]);
      return g_strdup_printf ("%sed", w);
    case SL_FORM_ING:
      if (w[n - 1] == 'e' && n > 2 && w[n - 2] != 'e')
        return g_strdup_printf ("%.*sing", (int) (n - 1), w);
      if (doubles_final (w, n))
        return g_strdup_printf ("%s%cing", w, w[n - 1]);
      return g_strdup_printf ("%sing", w);
    case SL_FORM_BASE:
    default:
      return g_strdup (w);
    }
}

/* A British or American spelling of the same verb: "emphasise" beside "emphasize". */
static gboolean
variant_spelling (const char *lemma, const char *form)
{
  guint diff = 0;

  if (strlen (lemma) != strlen (form))
    return FALSE;
  for (; *lemma; lemma++, form++)
    if (*lemma != *form)
      {
        if (!((*lemma == 's' && *form == 'z') || (*lemma == 'z' && *form == 's')))
          return FALSE;
        diff++;
      }
  return diff == 1;
}

static SlVerbForm
guess_form (const char *lemma, const char *form)
{
  const char *sp = strchr (form, ' ');

  if (g_strcmp0 (lemma, form) == 0 || variant_spelling (lemma, form))
    return SL_FORM_BASE;
  /* a phrase is inflected on its verb: "calling for", "points out" */
  if (sp != NULL && strchr (lemma, ' ') != NULL)
    {
      g_autofree char *verb = g_strndup (form, sp - form);
      g_autofree char *base = g_strndup (lemma, strchr (lemma, ' ') - lemma);

      return guess_form (base, verb);
    }
  if (g_str_has_suffix (form, "ing"))
    return SL_FORM_ING;
  if (g_str_has_suffix (form, "s") && !g_str_has_suffix (lemma, "s"))
    return SL_FORM_S;
  return SL_FORM_ED;
}

typedef struct
{
  guint32 classes;
  guint8  stance, category, org_kind, cue_object, cue_quote, cue_clause;
  guint8  cue_that; /* keep the skipped form in -s for "… states that …" */
} WordAttrs;

/* Registers one form of a word (cue, trigger, title …); multi-word cues go to the phrase
 * table, multi-word nouns mark their last word. */
static void
add_form (SlGazetteer *gaz, const char *form_text, const char *lemma, SlVerbForm form,
          const WordAttrs *a)
{
  g_autoptr (GString) key = g_string_new (NULL);
  char first[64];
  guint32 cap, upper;
  guint n = phrase_key (form_text, key, &cap, &upper, first, sizeof first);
  const char *lemma_s = g_string_chunk_insert_const (gaz->strings, lemma);
  SlWord *w;

  if (n == 0)
    return;
  if (n > 1)
    {
      if (a->classes & SL_W_CUE)
        {
          SlWord *head = word_for (gaz, first);
          w = g_new0 (SlWord, 1);
          w->classes = SL_W_CUE;
          w->stance = a->stance;
          w->form = form;
          w->cue_object = a->cue_object;
          w->cue_quote = a->cue_quote;
          w->cue_clause = a->cue_clause;
          w->lemma = lemma_s;
          /* phrase entries live in the words table under their full key as well */
          if (!g_hash_table_contains (gaz->words, key->str))
            {
              g_hash_table_insert (gaz->words,
                                   g_string_chunk_insert_const (gaz->strings, key->str), w);
              g_hash_table_insert (gaz->cues,
                                   g_string_chunk_insert_const (gaz->strings, key->str), w);
            }
          else
            g_free (w);
          head->max_cue = MAX (head->max_cue, n);
          return;
        }
      /* "prime minister", "news agency": the head word carries the class */
      {
        const char *last = strrchr (key->str, ' ');
        w = word_for (gaz, last ? last + 1 : key->str);
      }
    }
  else
    w = word_for (gaz, key->str);

  /* the first line that makes a word an organisation's head gives its kind ("agency"
   * before "news agency") */
  if ((a->classes & SL_W_ORGHEAD) && !(w->classes & SL_W_ORGHEAD))
    w->org_kind = a->org_kind;
  w->classes |= a->classes;
  if (a->classes & (SL_W_CUE | SL_W_TRIGGER | SL_W_EVNOUN))
    {
      if (w->lemma == NULL || (a->classes & SL_W_CUE))
        {
          w->lemma = lemma_s;
          w->form = form;
        }
    }
  if (a->classes & SL_W_CUE)
    {
      w->stance = a->stance;
      w->cue_object = a->cue_object;
      w->cue_quote = a->cue_quote;
      w->cue_clause = a->cue_clause;
      w->max_cue = MAX (w->max_cue, 1);
    }
  if (a->classes & SL_W_MARKER)
    w->stance = a->stance;
  if (a->classes & (SL_W_TRIGGER | SL_W_EVNOUN))
    w->category = a->category;
}

static gboolean
parse_kind (const char *s, SlSourceKind *kind)
{
  for (int k = 0; k < SL_SOURCE_KIND_COUNT; k++)
    if (g_ascii_strcasecmp (s, sl_source_kind_to_string (k)) == 0)
      {
        *kind = k;
        return TRUE;
      }
  return FALSE;
}

static gboolean
parse_stance (const char *s, guint8 *stance)
{
  for (int k = 0; k < SL_STANCE_COUNT; k++)
    if (g_ascii_strcasecmp (s, sl_stance_to_string (k)) == 0)
      {
        *stance = k;
        return TRUE;
      }
  return FALSE;
}

static gboolean
parse_category (const char *s, guint8 *category)
{
  for (int k = 0; k < SL_CATEGORY_COUNT; k++)
    if (g_ascii_strcasecmp (s, sl_category_to_string (k)) == 0)
      {
        *category = k;
        return TRUE;
      }
  return FALSE;
}

typedef struct
{
  char **fields;
  GPtrArray *aliases; /* borrowed field strings */
  GPtrArray *keys, *values;
} Record;

static const char *
record_get (const Record *r, const char *key)
{
  for (guint i = 0; i < r->keys->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (r->keys, i), key) == 0)
      return g_ptr_array_index (r->values, i);
  return NULL;
}

#define FAIL(...)                                                                           \
  G_STMT_START                                                                              \
  {                                                                                         \
    g_autofree char *msg_ = g_strdup_printf (__VA_ARGS__);                                  \
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s:%u: %s", origin, line_no,  \
                 msg_);                                                                     \
    return FALSE;                                                                           \
  }                                                                                         \
  G_STMT_END

static gboolean
skipped (const char *const *skip, const char *form)
{
  for (guint i = 0; skip != NULL && skip[i] != NULL; i++)
    if (g_ascii_strcasecmp (g_strstrip ((char *) skip[i]), form) == 0)
      return TRUE;
  return FALSE;
}

/* Keeps a cue's form in -s that skip left out ("states", "charges") for the one frame in
 * which it still reports: "the website states that …", "Trump charges that …". */
static void
add_that_cue (SlGazetteer *gaz, const char *form_text, const char *lemma, const WordAttrs *a)
{
  SlWord *w;

  if (!(a->classes & SL_W_CUE) || !a->cue_that || strchr (lemma, ' ') != NULL
      || g_hash_table_contains (gaz->that_cues, form_text))
    return;
  w = g_new0 (SlWord, 1);
  w->classes = SL_W_CUE;
  w->stance = a->stance;
  w->form = SL_FORM_S;
  w->cue_object = a->cue_object;
  w->max_cue = 1;
  w->lemma = g_string_chunk_insert_const (gaz->strings, lemma);
  g_hash_table_insert (gaz->that_cues, g_string_chunk_insert_const (gaz->strings, form_text), w);
}

/* Adds a verb's forms, regular ones when not given, leaving out those listed in skip. */
static void
add_verb_forms (SlGazetteer *gaz, const char *lemma, GPtrArray *given, const WordAttrs *a,
                const char *const *skip)
{
  gboolean have[4] = { FALSE, FALSE, FALSE, FALSE };

  if (!skipped (skip, lemma))
    add_form (gaz, lemma, lemma, SL_FORM_BASE, a);
  for (guint i = 0; i < given->len; i++)
    {
      const char *f = g_ptr_array_index (given, i);
      /* a past listed as the base itself ("read | reads | read") is read as the past */
      SlVerbForm form = g_strcmp0 (lemma, f) == 0 ? SL_FORM_ED : guess_form (lemma, f);

      if (form == SL_FORM_BASE && g_strcmp0 (lemma, f) != 0 && strchr (lemma, ' ') == NULL)
        {
          /* the other spelling has its own regular forms: "emphasised" */
          for (SlVerbForm vf = SL_FORM_S; vf <= SL_FORM_ING; vf++)
            {
              g_autofree char *vform = inflect (f, vf);
              if (!skipped (skip, vform))
                add_form (gaz, vform, lemma, vf, a);
            }
        }
      else
        have[form] = TRUE;
      if (!skipped (skip, f))
        add_form (gaz, f, lemma, form, a);
      else if (form == SL_FORM_S)
        add_that_cue (gaz, f, lemma, a);
    }
  /* multi-word cues ("point out") list all their forms */
  if (strchr (lemma, ' ') != NULL)
    return;
  for (SlVerbForm form = SL_FORM_S; form <= SL_FORM_ING; form++)
    if (!have[form])
      {
        g_autofree char *f = inflect (lemma, form);
        if (!skipped (skip, f))
          add_form (gaz, f, lemma, form, a);
        else if (form == SL_FORM_S)
          add_that_cue (gaz, f, lemma, a);
      }
}

static gboolean
load_record (SlGazetteer *gaz, Record *r, const char *origin, guint line_no, GError **error)
{
  const char *type = r->fields[0];
  const char *name = r->fields[1];
  SlSourceKind kind = SL_SOURCE_ORGANIZATION;
  WordAttrs a = { 0 };
  const char *v;

  if (name == NULL || *name == '\0')
    FAIL (_("“%s” needs a name after the first “|”"), type);

  if (g_ascii_strcasecmp (type, "place") == 0)
    {
      SlGazEntry *e = new_entry (gaz, name, SL_GAZ_PLACE, SL_SOURCE_UNNAMED);
      for (guint i = 0; i < r->aliases->len; i++)
        add_name (gaz, e, g_ptr_array_index (r->aliases, i), SL_NAME_ALIAS);
      return TRUE;
    }

  if (g_ascii_strcasecmp (type, "country") == 0)
    {
      SlGazEntry *e = new_entry (gaz, name, SL_GAZ_COUNTRY, SL_SOURCE_COUNTRY);
      for (guint i = 0; i < r->aliases->len; i++)
        add_name (gaz, e, g_ptr_array_index (r->aliases, i), SL_NAME_ALIAS);
      for (guint i = 0; i < r->keys->len; i++)
        {
          const char *k = g_ptr_array_index (r->keys, i), *val = g_ptr_array_index (r->values, i);
          if (g_ascii_strcasecmp (k, "adj") == 0)
            {
              if (e->adj == NULL)
                e->adj = g_string_chunk_insert (gaz->strings, val);
              add_name (gaz, e, val, SL_NAME_ADJ);
            }
          else if (g_ascii_strcasecmp (k, "capital") == 0)
            add_name (gaz, e, val, SL_NAME_CAPITAL);
          else
            FAIL (_("unknown attribute “%s” for a country"), k);
        }
      return TRUE;
    }

  if ((parse_kind (type, &kind) && kind != SL_SOURCE_UNNAMED && kind != SL_SOURCE_COUNTRY)
      || g_ascii_strcasecmp (type, "office") == 0)
    {
      gboolean office = g_ascii_strcasecmp (type, "office") == 0;
      SlGazEntry *e;

      if (office)
        {
          kind = SL_SOURCE_GOVERNMENT;
          if ((v = record_get (r, "kind")) && !parse_kind (v, &kind))
            FAIL (_("unknown source kind “%s”"), v);
        }
      e = new_entry (gaz, name, office ? SL_GAZ_OFFICE : SL_GAZ_SOURCE, kind);
      for (guint i = 0; i < r->aliases->len; i++)
        add_name (gaz, e, g_ptr_array_index (r->aliases, i), SL_NAME_ALIAS);
      if ((v = record_get (r, "country")))
        {
          /* resolved once every file is read: countries may come later */
          g_ptr_array_add (gaz->country_refs, e);
          g_ptr_array_add (gaz->country_refs, g_string_chunk_insert (gaz->strings, v));
        }
      return TRUE;
    }

  if (g_ascii_strcasecmp (type, "cue") == 0)
    {
      a.classes = SL_W_CUE;
      a.stance = SL_STANCE_ASSERT;
      if ((v = record_get (r, "stance")) && !parse_stance (v, &a.stance))
        FAIL (_("unknown stance “%s” (assert, estimate, suspect, deny or report)"), v);
      if ((v = record_get (r, "frame")))
        {
          if (g_ascii_strcasecmp (v, "object") == 0)
            a.cue_object = TRUE;
          else if (g_ascii_strcasecmp (v, "quote") == 0)
            a.cue_quote = TRUE;
          else if (g_ascii_strcasecmp (v, "clause") == 0)
            a.cue_clause = TRUE;
          else
            FAIL (_("unknown frame “%s” (“object”, “quote” or “clause”)"), v);
        }
      if ((v = record_get (r, "that")))
        {
          if (g_ascii_strcasecmp (v, "yes") != 0)
            FAIL (_("“that” can only be “yes”"));
          a.cue_that = TRUE;
        }
      {
        g_auto (GStrv) skip = (v = record_get (r, "skip")) ? g_strsplit (v, ",", -1) : NULL;
        add_verb_forms (gaz, name, r->aliases, &a, (const char *const *) skip);
      }
      return TRUE;
    }

  if (g_ascii_strcasecmp (type, "trigger") == 0)
    {
      gboolean noun = (v = record_get (r, "noun")) && g_ascii_strcasecmp (v, "yes") == 0;
      g_autoptr (GPtrArray) none = g_ptr_array_new ();

      a.classes = noun ? SL_W_EVNOUN : SL_W_TRIGGER;
      if ((v = record_get (r, "category")) && !parse_category (v, &a.category))
        FAIL (_("unknown category “%s”"), v);
      for (guint i = 0; i <= r->aliases->len; i++)
        {
          const char *w = i == 0 ? name : g_ptr_array_index (r->aliases, i - 1);
          if (noun)
            {
              g_autofree char *pl = inflect (w, SL_FORM_S);
              add_form (gaz, w, w, SL_FORM_BASE, &a);
              add_form (gaz, pl, w, SL_FORM_BASE, &a);
            }
          else
            add_verb_forms (gaz, w, none, &a, NULL);
        }
      return TRUE;
    }

  if (g_ascii_strcasecmp (type, "past") == 0 || g_ascii_strcasecmp (type, "participle") == 0)
    {
      const char *base = r->aliases->len > 0 ? g_ptr_array_index (r->aliases, 0) : NULL;
      SlWord *w;

      if (base == NULL && g_ascii_strcasecmp (type, "past") == 0)
        FAIL (_("“past” needs the form and its base: past | began | begin"));
      if (base == NULL)
        FAIL (_("“participle” needs the form and its base: participle | seen | see"));
      w = word_for (gaz, name);
      w->classes |= SL_W_PAST;
      if (g_ascii_strcasecmp (type, "participle") == 0)
        w->classes |= SL_W_PARTICIPLE;
      if (w->lemma == NULL)
        w->lemma = g_string_chunk_insert_const (gaz->strings, base);
      return TRUE;
    }

  {
    static const struct { const char *type; guint32 cls; gboolean plural; } nouns[] = {
      { "title", SL_W_TITLE, TRUE }, { "unnamed", SL_W_UNNAMED, TRUE },
      { "orghead", SL_W_ORGHEAD, TRUE }, { "docnoun", SL_W_DOCNOUN, TRUE },
      { "marker", SL_W_MARKER, FALSE }, { "norm", SL_W_NORM, TRUE },
      { "label", SL_W_LABEL, TRUE },
    };
    for (guint k = 0; k < G_N_ELEMENTS (nouns); k++)
      if (g_ascii_strcasecmp (type, nouns[k].type) == 0)
        {
          a.classes = nouns[k].cls;
          if (a.classes == SL_W_ORGHEAD)
            {
              SlSourceKind ok = SL_SOURCE_ORGANIZATION;
              if ((v = record_get (r, "kind")) && !parse_kind (v, &ok))
                FAIL (_("unknown source kind “%s”"), v);
              a.org_kind = ok;
            }
          if (a.classes == SL_W_MARKER)
            {
              a.stance = SL_STANCE_DENY;
              if ((v = record_get (r, "stance")) && !parse_stance (v, &a.stance))
                FAIL (_("unknown stance “%s”"), v);
            }
          /* plural=yes: the words are plurals already ("police", "people") */
          if ((v = record_get (r, "plural")) && g_ascii_strcasecmp (v, "yes") == 0)
            a.classes |= SL_W_PLURAL;
          for (guint i = 0; i <= r->aliases->len; i++)
            {
              const char *w = i == 0 ? name : g_ptr_array_index (r->aliases, i - 1);
              add_form (gaz, w, w, SL_FORM_BASE, &a);
              if (nouns[k].plural && !(a.classes & SL_W_PLURAL) && !g_str_has_suffix (w, "s")
                  && !g_str_has_suffix (w, "."))
                {
                  g_autofree char *pl = inflect (w, SL_FORM_S);
                  WordAttrs pa = a;
                  pa.classes |= SL_W_PLURAL;
                  add_form (gaz, pl, w, SL_FORM_BASE, &pa);
                }
            }
          return TRUE;
        }
  }
  FAIL (_("unknown record type “%s”"), type);
}

static void
resolve_country_refs (SlGazetteer *gaz)
{
  for (guint i = 0; i + 1 < gaz->country_refs->len; i += 2)
    {
      SlGazEntry *e = g_ptr_array_index (gaz->country_refs, i);
      const SlGazEntry *c = sl_gazetteer_lookup (gaz, g_ptr_array_index (gaz->country_refs, i + 1));
      if (c != NULL && c->type == SL_GAZ_COUNTRY)
        e->country = (SlGazEntry *) c;
    }
}

/* An irregular past whose base names a happening names it too ("struck", "met", "paid"):
 * triggers list only their base, and their regular forms are made from it. Run once every
 * file is loaded, since the past, the trigger and a cue of the same word may come from any
 * of them in any order. The index points at the words, so it needs no rebuilding. */
static void
mark_irregular_triggers (SlGazetteer *gaz)
{
  GHashTableIter it;
  gpointer value;

  g_hash_table_iter_init (&it, gaz->words);
  while (g_hash_table_iter_next (&it, NULL, &value))
    {
      SlWord *w = value;
      const SlWord *base;

      /* a cue keeps its own reading ("found" reports what was found) */
      if (!(w->classes & SL_W_PAST) || (w->classes & (SL_W_TRIGGER | SL_W_CUE)) || w->lemma == NULL)
        continue;
      base = g_hash_table_lookup (gaz->words, w->lemma);
      if (base == NULL || base == w || !(base->classes & SL_W_TRIGGER))
        continue;
      w->classes |= SL_W_TRIGGER;
      w->category = base->category;
      w->form = SL_FORM_ED;
    }
}

static gboolean
load_lines (SlGazetteer *gaz, const char *data, gsize len, const char *origin, GError **error)
{
  const char *p = data, *end = data + len;
  guint line_no = 0;

  if (origin == NULL)
    origin = "gazetteer";
  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      const char *le = nl ? nl : end;
      g_autofree char *line = g_strndup (p, le - p);
      g_auto (GStrv) fields = NULL;
      g_autoptr (GPtrArray) aliases = NULL, keys = NULL, values = NULL;
      Record r;
      guint n;

      p = nl ? nl + 1 : end;
      line_no++;
      g_strstrip (line);
      if (*line == '\0' || *line == '#')
        continue;
      if (!g_utf8_validate (line, -1, NULL))
        FAIL (_("the line is not valid UTF-8"));
      fields = g_strsplit (line, "|", -1);
      n = g_strv_length (fields);
      aliases = g_ptr_array_new ();
      keys = g_ptr_array_new_with_free_func (g_free);
      values = g_ptr_array_new ();
      for (guint i = 0; i < n; i++)
        {
          char *eq;
          g_strstrip (fields[i]);
          if (i < 2)
            continue;
          if (fields[i][0] == '\0')
            continue;
          eq = strchr (fields[i], '=');
          if (eq != NULL)
            {
              g_ptr_array_add (keys, g_strstrip (g_strndup (fields[i], eq - fields[i])));
              g_ptr_array_add (values, g_strstrip (eq + 1));
            }
          else
            g_ptr_array_add (aliases, fields[i]);
        }
      if (n < 2)
        FAIL (_("expected “type | name …”, found no “|”"));
      r.fields = fields;
      r.aliases = aliases;
      r.keys = keys;
      r.values = values;
      if (!load_record (gaz, &r, origin, line_no, error))
        return FALSE;
    }
  resolve_country_refs (gaz);
  return TRUE;
}

gboolean
sl_gazetteer_load_data (SlGazetteer *gaz,
                        const char  *data,
                        gsize        len,
                        const char  *origin,
                        GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (gaz != NULL, FALSE);
  g_return_val_if_fail (data != NULL || len == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ok = load_lines (gaz, data, len, origin, error);
  /* the lines before a bad one are loaded: the index holds them either way */
  index_words (gaz);
  return ok;
}

gboolean
sl_gazetteer_load_file (SlGazetteer *gaz, const char *path, GError **error)
{
  g_autofree char *data = NULL;
  gsize len;

  g_return_val_if_fail (gaz != NULL && path != NULL, FALSE);
  if (!g_file_get_contents (path, &data, &len, error))
    return FALSE;
  return sl_gazetteer_load_data (gaz, data, len, path, error);
}

/* g_ptr_array_sort() hands the comparison pointers to the elements */
static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static void
load_user_dir (SlGazetteer *gaz)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "sourceline", "gazetteer",
                                           NULL);
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *n;

  if (d == NULL)
    return;
  while ((n = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (n, ".txt"))
      g_ptr_array_add (names, g_strdup (n));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);
      g_autoptr (GError) error = NULL;

      /* a broken user file is reported and skipped; the built-in lists still work */
      if (!sl_gazetteer_load_file (gaz, path, &error))
        g_warning ("Gazetteer file skipped: %s", error->message);
    }
}

SlGazetteer *
sl_gazetteer_new_default (void)
{
  SlGazetteer *gaz = sl_gazetteer_new_empty ();
  GResource *res = sl_gazetteer_get_resource ();
  g_auto (GStrv) files = g_resource_enumerate_children (res, RESOURCE_DIR, 0, NULL);

  /* countries first so that later files can refer to them; the rest in name order */
  if (files != NULL)
    {
      guint n = g_strv_length (files);
      qsort (files, n, sizeof (char *), (int (*) (const void *, const void *)) g_strcmp0);
      for (int pass = 0; pass < 2; pass++)
        for (guint i = 0; i < n; i++)
          {
            gboolean countries = g_strcmp0 (files[i], "countries.txt") == 0;
            g_autofree char *path = NULL;
            g_autoptr (GBytes) bytes = NULL;
            g_autoptr (GError) error = NULL;
            gsize len;
            const char *data;

            if ((pass == 0) != countries || !g_str_has_suffix (files[i], ".txt"))
              continue;
            path = g_strconcat (RESOURCE_DIR, files[i], NULL);
            bytes = g_resource_lookup_data (res, path, 0, &error);
            if (bytes == NULL)
              g_error ("built-in gazetteer %s: %s", files[i], error->message);
            data = g_bytes_get_data (bytes, &len);
            if (!sl_gazetteer_load_data (gaz, data, len, files[i], &error))
              g_error ("built-in gazetteer: %s", error->message);
          }
    }
  load_user_dir (gaz);
  mark_irregular_triggers (gaz);
  return gaz;
}

/* Case fits when every acronym of the name is in capitals ("US" is not "us") and a
 * capitalised first word is capitalised in the text ("Yonhap news agency" may be written
 * "Yonhap News Agency"). */
static gboolean
case_fits (const SlGazName *nm, const SlToken *tokens, guint i)
{
  for (guint k = 0; k < nm->n_tokens; k++)
    {
      guint32 f = tokens[i + k].flags;
      if ((nm->upper_mask & (1u << k)) && !(f & SL_TOK_UPPER))
        return FALSE;
      if (k == 0 && (nm->cap_mask & 1u) && !(f & (SL_TOK_CAP | SL_TOK_UPPER)))
        return FALSE;
    }
  return TRUE;
}

static gboolean
build_key (const char *text, const SlToken *tokens, guint i, guint n, GString *key)
{
  char buf[64];

  g_string_truncate (key, 0);
  for (guint k = 0; k < n; k++)
    {
      const SlToken *t = &tokens[i + k];
      if (!sl_gaz_key (text, t, buf, sizeof buf))
        return FALSE;
      if (k > 0 && !(t->flags & SL_TOK_POSSESSIVE))
        g_string_append_c (key, ' ');
      g_string_append (key, buf);
    }
  return TRUE;
}

guint
sl_gazetteer_match (const SlGazetteer *gaz, const char *text, const SlToken *tokens, guint i,
                    guint limit, const SlWord *const *words, const SlGazName **out)
{
  const SlWord *w = words ? words[i] : sl_gazetteer_word (gaz, text, &tokens[i]);
  guint max;

  *out = NULL;
  if (w == NULL || w->max_name == 0 || i >= limit)
    return 0;
  max = MIN ((guint) w->max_name, limit - i);
  for (guint n = max; n >= 1; n--)
    {
      g_autoptr (GString) k = g_string_sized_new (64);
      const SlGazName *nm;

      if (!build_key (text, tokens, i, n, k))
        continue;
      nm = g_hash_table_lookup (gaz->names, k->str);
      if (nm != NULL && nm->n_tokens == n && case_fits (nm, tokens, i))
        {
          *out = nm;
          return n;
        }
    }
  return 0;
}

guint
sl_gazetteer_match_cue (const SlGazetteer *gaz, const char *text, const SlToken *tokens,
                        guint i, guint limit, const SlWord *const *words, const SlWord **out)
{
  const SlWord *w = words ? words[i] : sl_gazetteer_word (gaz, text, &tokens[i]);
  guint max;

  *out = NULL;
  if (w == NULL || w->max_cue == 0 || i >= limit)
    return 0;
  max = MIN ((guint) w->max_cue, limit - i);
  for (guint n = max; n >= 2; n--)
    {
      g_autoptr (GString) k = g_string_sized_new (64);
      const SlWord *cw;

      if (!build_key (text, tokens, i, n, k))
        continue;
      cw = g_hash_table_lookup (gaz->cues, k->str);
      if (cw != NULL)
        {
          *out = cw;
          return n;
        }
    }
  if (w->classes & SL_W_CUE)
    {
      *out = w;
      return 1;
    }
  return 0;
}

const SlGazEntry *
sl_gazetteer_lookup (const SlGazetteer *gaz, const char *name)
{
  g_autoptr (GArray) toks = g_array_new (FALSE, FALSE, sizeof (SlToken));
  g_autoptr (GString) key = g_string_new (NULL);
  const SlGazName *nm;

  if (g_ascii_strncasecmp (name, "the ", 4) == 0)
    name += 4;
  sl_tokenize (name, strlen (name), toks);
  if (toks->len == 0 || toks->len > MAX_NAME_TOKENS
      || !build_key (name, (const SlToken *) (gpointer) toks->data, 0, toks->len, key))
    return NULL;
  nm = g_hash_table_lookup (gaz->names, key->str);
  if (nm == NULL || !case_fits (nm, (const SlToken *) (gpointer) toks->data, 0))
    return NULL;
  return nm->entry;
}

const char *
sl_gazetteer_canonical (SlGazetteer *gaz, const char *name)
{
  const SlGazEntry *e;

  g_return_val_if_fail (gaz != NULL && name != NULL, NULL);
  e = sl_gazetteer_lookup (gaz, name);
  return e ? e->name : NULL;
}
