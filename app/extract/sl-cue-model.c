/* sl-cue-model.c: hashed context features of a token and the logistic model that scores
 * them, read from the compiled-in data/models/cue-model.txt. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include "sl-cue-model.h"
#include "sl-cue-model-resources.h"

#include <gio/gio.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define RESOURCE_PATH "/org/sourceline/Sourceline/models/cue-model.txt"
#define MAGIC "sourceline-cue-model 1"
#define MAX_BITS 26
#define FNV_BASIS 2166136261u
#define FNV_PRIME 16777619u

typedef struct
{
  guint32 key; /* key + 1, 0 = empty */
  float   weight;
} SlCueSlot;

/* An open-addressed table from key + 1 (0 = empty slot) to a weight. */
struct _SlCueModel
{
  guint    bits;
  double   threshold;
  double   keep;
  guint32 *gate;       /* word hashes + 1 … */
  guint    gate_mask;  /* … in a table of gate_mask + 1 slots */
  guint    n_gate;
  SlCueSlot *slots;    /* a key beside its weight: one cache line per feature read */
  guint    mask;
  guint    n_weights;
};

/* ------------------------------------------------------------------ hashing */

static guint32
fnv_str (guint32 h, const char *str)
{
  for (; *str; str++)
    {
      h ^= (guchar) *str;
      h *= FNV_PRIME;
    }
  return h;
}

/* fnv_str (FNV_BASIS, str) of the n bytes of a string literal, folded to a constant by the
 * compiler: the feature templates' names are hashed at every token otherwise */
static inline guint32
fnv_lit (const char *str, gsize n)
{
  guint32 h = FNV_BASIS;

#pragma GCC unroll 16
  for (gsize i = 0; i < n; i++)
    {
      h ^= (guchar) str[i];
      h *= FNV_PRIME;
    }
  return h;
}

static guint
table_size (guint n)
{
  guint size = 16;

  while (size < n * 2)
    size <<= 1;
  return size;
}

/* ------------------------------------------------------------------ the model */

static void
gate_insert (SlCueModel *m, guint32 hash)
{
  guint k = sl_hash_slot (hash, m->gate_mask);

  while (m->gate[k] != 0 && m->gate[k] != hash + 1)
    k = (k + 1) & m->gate_mask;
  if (m->gate[k] == 0)
    m->n_gate++;
  m->gate[k] = hash + 1;
}

static gboolean
gate_has (const SlCueModel *m, guint32 hash)
{
  guint k = sl_hash_slot (hash, m->gate_mask);

  while (m->gate[k] != 0)
    {
      if (m->gate[k] == hash + 1)
        return TRUE;
      k = (k + 1) & m->gate_mask;
    }
  return FALSE;
}

static void
weight_set (SlCueModel *m, guint32 key, float w)
{
  guint k = sl_hash_slot (key, m->mask);

  while (m->slots[k].key != 0 && m->slots[k].key != key + 1)
    k = (k + 1) & m->mask;
  if (m->slots[k].key == 0)
    m->n_weights++;
  m->slots[k].key = key + 1;
  m->slots[k].weight = w;
}

static float
weight_get (const SlCueModel *m, guint32 key)
{
  guint k = sl_hash_slot (key, m->mask);

  while (m->slots[k].key != 0)
    {
      if (m->slots[k].key == key + 1)
        return m->slots[k].weight;
      k = (k + 1) & m->mask;
    }
  return 0.0f;
}

static SlCueModel *
model_alloc (guint bits, double threshold, guint n_gate, guint n_weights)
{
  SlCueModel *m = g_new0 (SlCueModel, 1);
  guint gs = table_size (n_gate), ws = table_size (n_weights);

  m->bits = bits;
  m->threshold = threshold;
  m->gate = g_new0 (guint32, gs);
  m->gate_mask = gs - 1;
  m->slots = g_new0 (SlCueSlot, ws);
  m->mask = ws - 1;
  return m;
}

SlCueModel *
sl_cue_model_new (guint              bits,
                  double             threshold,
                  const guint32     *gate,
                  guint              n_gate,
                  const SlCueWeight *weights,
                  guint              n_weights)
{
  SlCueModel *m;

  g_return_val_if_fail (bits >= 8 && bits <= MAX_BITS, NULL);
  g_return_val_if_fail (gate != NULL || n_gate == 0, NULL);
  g_return_val_if_fail (weights != NULL || n_weights == 0, NULL);

  m = model_alloc (bits, threshold, n_gate, n_weights);
  for (guint i = 0; i < n_gate; i++)
    gate_insert (m, gate[i]);
  for (guint i = 0; i < n_weights; i++)
    weight_set (m, weights[i].key & ((1u << bits) - 1), weights[i].weight);
  return m;
}

void
sl_cue_model_free (SlCueModel *model)
{
  if (model == NULL)
    return;
  g_free (model->gate);
  g_free (model->slots);
  g_free (model);
}

double
sl_cue_model_threshold (const SlCueModel *model)
{
  g_return_val_if_fail (model != NULL, 1.0);
  return model->threshold;
}

void
sl_cue_model_set_threshold (SlCueModel *model, double threshold)
{
  g_return_if_fail (model != NULL);
  model->threshold = threshold;
}

double
sl_cue_model_keep (const SlCueModel *model)
{
  g_return_val_if_fail (model != NULL, 0.0);
  return model->keep;
}

void
sl_cue_model_set_keep (SlCueModel *model, double keep)
{
  g_return_if_fail (model != NULL);
  model->keep = keep;
}

guint
sl_cue_model_bits (const SlCueModel *model)
{
  g_return_val_if_fail (model != NULL, 0);
  return model->bits;
}

guint
sl_cue_model_n_weights (const SlCueModel *model)
{
  g_return_val_if_fail (model != NULL, 0);
  return model->n_weights;
}

guint
sl_cue_model_n_gate (const SlCueModel *model)
{
  g_return_val_if_fail (model != NULL, 0);
  return model->n_gate;
}

/* ------------------------------------------------------------------ the text format */

static int
compare_weights (const void *a, const void *b)
{
  const SlCueWeight *x = a, *y = b;
  return x->key < y->key ? -1 : x->key > y->key;
}

static int
compare_u32 (const void *a, const void *b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;
  return x < y ? -1 : x > y;
}

char *
sl_cue_model_to_data (const SlCueModel *model, gsize *len)
{
  GString *out;
  g_autofree SlCueWeight *ws = NULL;
  g_autofree guint32 *gs = NULL;
  guint n = 0, ng = 0;
  char num[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (model != NULL, NULL);

  ws = g_new (SlCueWeight, model->n_weights + 1);
  for (guint k = 0; k <= model->mask; k++)
    if (model->slots[k].key != 0)
      ws[n++] = (SlCueWeight) { model->slots[k].key - 1, model->slots[k].weight };
  qsort (ws, n, sizeof *ws, compare_weights);
  gs = g_new (guint32, model->n_gate + 1);
  for (guint k = 0; k <= model->gate_mask; k++)
    if (model->gate[k] != 0)
      gs[ng++] = model->gate[k] - 1;
  qsort (gs, ng, sizeof *gs, compare_u32);

  out = g_string_sized_new (32 + n * 14 + ng * 9);
  g_string_append (out, "# Weights of Sourceline's cue detector (see README.md: retraining).\n"
                        "# gate: hashes of words that may head a cue; weights: hashed feature,"
                        " logistic weight.\n");
  g_string_append_printf (out, "%s\nbits %u\n", MAGIC, model->bits);
  g_string_append_printf (out, "threshold %s\n",
                          g_ascii_formatd (num, sizeof num, "%.4f", model->threshold));
  g_string_append_printf (out, "keep %s\n",
                          g_ascii_formatd (num, sizeof num, "%.4f", model->keep));
  g_string_append_printf (out, "gate %u\n", ng);
  for (guint i = 0; i < ng; i++)
    g_string_append_printf (out, "%x\n", gs[i]);
  g_string_append_printf (out, "weights %u\n", n);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%x %s\n", ws[i].key,
                            g_ascii_formatd (num, sizeof num, "%.4g", ws[i].weight));
  if (len != NULL)
    *len = out->len;
  return g_string_free (out, FALSE);
}

typedef struct
{
  const char *p, *end;
  guint       line;
  const char *origin;
} Reader;

/* The next line without its end (NULL at the end of the data); comment lines are skipped. */
static char *
next_line (Reader *r)
{
  while (r->p < r->end)
    {
      const char *nl = memchr (r->p, '\n', r->end - r->p);
      const char *e = nl ? nl : r->end;
      char *line = g_strndup (r->p, e - r->p);

      r->p = nl ? nl + 1 : r->end;
      r->line++;
      g_strstrip (line);
      if (*line != '\0' && *line != '#')
        return line;
      g_free (line);
    }
  return NULL;
}

/* The next line as it lies in the data, without surrounding white space, as next_line()
 * would give it when the data holds no NUL; FALSE at the end of the data. */
static gboolean
next_span (Reader *r, const char **b, const char **e)
{
  while (r->p < r->end)
    {
      const char *nl = memchr (r->p, '\n', r->end - r->p);
      const char *s = r->p, *t = nl ? nl : r->end;

      r->p = nl ? nl + 1 : r->end;
      r->line++;
      while (s < t && g_ascii_isspace (*s))
        s++;
      while (t > s && g_ascii_isspace (t[-1]))
        t--;
      if (s < t && *s != '#')
        {
          *b = s;
          *e = t;
          return TRUE;
        }
    }
  return FALSE;
}

/* Up to eight hex digits at [p, e) as a number no larger than max; *rest after them. FALSE
 * for anything else ("0x", signs, spaces, more digits), which read_hex() then judges. */
static gboolean
plain_hex (const char *p, const char *e, guint32 max, guint32 *out, const char **rest)
{
  guint64 v = 0;
  const char *q = p;

  while (q < e && q - p < 8 && g_ascii_isxdigit (*q))
    v = v * 16 + (guint) g_ascii_xdigit_value (*q++);
  if (q == p || (q < e && g_ascii_isxdigit (*q)) || v > max)
    return FALSE;
  *out = (guint32) v;
  *rest = q;
  return TRUE;
}

/* A weight as the model writes it ("-0.1234"): a sign, at most fifteen digits, a point, no
 * exponent, filling [p, e). Its digits as an integer and the power of ten below them are
 * both exact doubles, so one division gives the correctly rounded value, the one
 * g_ascii_strtod() gives (Clinger's fast path). FALSE for any other form. */
static gboolean
plain_decimal (const char *p, const char *e, double *out)
{
  static const double pow10[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
                                  1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15 };
  gboolean neg = FALSE, point = FALSE;
  guint64 m = 0;
  guint digits = 0, frac = 0;

  if (p < e && *p == '-')
    {
      neg = TRUE;
      p++;
    }
  for (; p < e; p++)
    if (g_ascii_isdigit (*p) && digits < 15)
      {
        m = m * 10 + (guint) (*p - '0');
        digits++;
        frac += point ? 1 : 0;
      }
    else if (*p == '.' && !point)
      point = TRUE;
    else
      return FALSE;
  if (digits == 0)
    return FALSE;
  *out = (double) m / pow10[frac];
  if (neg)
    *out = -*out;
  return TRUE;
}

static gboolean
fail (const Reader *r, GError **error, const char *what)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("The cue model is damaged (line %u: %s)"), r->line, what);
  return FALSE;
}

/* "name N": N as an unsigned number. */
static gboolean
read_count (Reader *r, const char *name, guint64 max, guint64 *out, GError **error)
{
  g_autofree char *line = next_line (r);
  gsize n = strlen (name);
  char *end;

  if (line == NULL || strncmp (line, name, n) != 0 || line[n] != ' ')
    return fail (r, error, name);
  *out = g_ascii_strtoull (line + n + 1, &end, 10);
  if (end == line + n + 1 || *end != '\0' || *out > max)
    return fail (r, error, name);
  return TRUE;
}

static gboolean
read_hex (const char *text, const char **rest, guint32 max, guint32 *out)
{
  char *end;
  guint64 v = g_ascii_strtoull (text, &end, 16);

  if (end == text || v > max)
    return FALSE;
  *out = (guint32) v;
  *rest = end;
  return TRUE;
}

SlCueModel *
sl_cue_model_new_from_data (const char *data, gsize len, GError **error)
{
  Reader r = { data, data + len, 0, NULL };
  g_autofree char *magic = NULL;
  g_autofree char *thr = NULL;
  guint64 bits, n_gate, n_weights;
  double threshold, keep;
  char *end;
  SlCueModel *m;
  gboolean plain;

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  magic = next_line (&r);
  if (magic == NULL || strcmp (magic, MAGIC) != 0)
    {
      fail (&r, error, "not a cue model");
      return NULL;
    }
  if (!read_count (&r, "bits", MAX_BITS, &bits, error))
    return NULL;
  if (bits < 8)
    {
      fail (&r, error, "bits");
      return NULL;
    }
  thr = next_line (&r);
  if (thr == NULL || !g_str_has_prefix (thr, "threshold "))
    {
      fail (&r, error, "threshold");
      return NULL;
    }
  threshold = g_ascii_strtod (thr + 10, &end);
  if (*end != '\0' || end == thr + 10 || !(threshold > 0.0 && threshold < 1.0))
    {
      fail (&r, error, "threshold");
      return NULL;
    }
  {
    g_autofree char *line = next_line (&r);

    if (line == NULL || !g_str_has_prefix (line, "keep "))
      {
        fail (&r, error, "keep");
        return NULL;
      }
    keep = g_ascii_strtod (line + 5, &end);
    if (*end != '\0' || end == line + 5 || !(keep >= 0.0 && keep < threshold))
      {
        fail (&r, error, "keep");
        return NULL;
      }
  }
  if (!read_count (&r, "gate", 1u << 24, &n_gate, error))
    return NULL;

  /* the gate and weight lines are read where they lie when the data holds no NUL (next_line()
   * would cut a line at one) and the line has the form the model writes; any other line
   * goes the way of next_line() and the library's parsers, as every line once did: an
   * allocation and a strtod per weight were most of the time a first extraction took */
  plain = memchr (data, '\0', len) == NULL;
  m = model_alloc ((guint) bits, threshold, (guint) n_gate, 1);
  m->keep = keep;
  for (guint64 i = 0; i < n_gate; i++)
    {
      g_autofree char *line = NULL;
      const char *rest, *b, *e;
      guint32 h;
      Reader at = r;

      if (plain && next_span (&r, &b, &e) && plain_hex (b, e, G_MAXUINT32 - 1, &h, &rest)
          && rest == e)
        {
          gate_insert (m, h);
          continue;
        }
      r = at;
      line = next_line (&r);

      if (line == NULL || !read_hex (line, &rest, G_MAXUINT32 - 1, &h) || *rest != '\0')
        {
          fail (&r, error, "gate word");
          sl_cue_model_free (m);
          return NULL;
        }
      gate_insert (m, h);
    }
  if (!read_count (&r, "weights", 1u << bits, &n_weights, error))
    {
      sl_cue_model_free (m);
      return NULL;
    }
  g_free (m->slots);
  m->mask = table_size ((guint) n_weights) - 1;
  m->slots = g_new0 (SlCueSlot, m->mask + 1);
  for (guint64 i = 0; i < n_weights; i++)
    {
      g_autofree char *line = NULL;
      const char *rest, *b, *e;
      guint32 key;
      double w;
      Reader at = r;

      if (plain && next_span (&r, &b, &e) && plain_hex (b, e, (1u << bits) - 1, &key, &rest)
          && rest < e && *rest == ' ' && plain_decimal (rest + 1, e, &w) && fabs (w) <= 1e4)
        {
          weight_set (m, key, (float) w);
          continue;
        }
      r = at;
      line = next_line (&r);

      if (line == NULL || !read_hex (line, &rest, (1u << bits) - 1, &key) || *rest != ' ')
        {
          fail (&r, error, "weight");
          sl_cue_model_free (m);
          return NULL;
        }
      w = g_ascii_strtod (rest + 1, &end);
      if (end == rest + 1 || *end != '\0' || !isfinite (w) || fabs (w) > 1e4)
        {
          fail (&r, error, "weight");
          sl_cue_model_free (m);
          return NULL;
        }
      weight_set (m, key, (float) w);
    }
  {
    g_autofree char *extra = next_line (&r);
    if (extra != NULL)
      {
        fail (&r, error, "text after the last weight");
        sl_cue_model_free (m);
        return NULL;
      }
  }
  return m;
}

/* ------------------------------------------------------------------ the shared model */

static const SlCueModel *override_model;
static gboolean          overridden;

static gpointer
load_default (gpointer data)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;
  gsize len;
  const char *text;
  SlCueModel *m;

  bytes = g_resource_lookup_data (sl_cue_model_get_resource (), RESOURCE_PATH, 0, &error);
  if (bytes == NULL)
    {
      g_warning ("%s", error->message);
      return NULL;
    }
  text = g_bytes_get_data (bytes, &len);
  m = sl_cue_model_new_from_data (text, len, &error);
  if (m == NULL)
    g_warning ("%s", error->message);
  return m;
}

const SlCueModel *
sl_cue_model_get_default (void)
{
  static GOnce once = G_ONCE_INIT;

  if (overridden)
    return override_model;
  return g_once (&once, load_default, NULL);
}

void
sl_cue_model_set_default (const SlCueModel *model)
{
  override_model = model;
  overridden = TRUE;
}

/* ------------------------------------------------------------------ features */

/* Token i as a feature value: its lowercase form when it is a word of the dictionary or
 * starts lowercase, its shape when it is a name or number, the mark itself when it is
 * punctuation, and sentence edges as such. */
static void
token_value (const SlDocScan *s, guint first, guint end, gint64 i, char *buf, gsize size)
{
  const SlToken *t;

  if (i < (gint64) first)
    {
      g_strlcpy (buf, "<s>", size);
      return;
    }
  if (i >= (gint64) end)
    {
      g_strlcpy (buf, "</s>", size);
      return;
    }
  t = sl_scan_tok (s, (guint) i);
  if (t->flags & SL_TOK_QUOTE)
    g_strlcpy (buf, "<q>", size);
  else if (t->flags & SL_TOK_POSSESSIVE)
    g_strlcpy (buf, "'s", size);
  else if ((t->flags & SL_TOK_WORD) && !(t->flags & SL_TOK_LOWER)
           && sl_scan_word (s, (guint) i) == NULL)
    g_strlcpy (buf, (t->flags & SL_TOK_NUM) ? "<num>" : (t->flags & SL_TOK_UPPER) ? "<UP>" : "<Cap>",
               size);
  else if (!sl_gaz_key (s->text, t, buf, size))
    g_strlcpy (buf, "<long>", size);
}

/* The form of the word w of n bytes by its ending. */
static const char *
form_of (const char *w, gsize n, guint32 cls)
{
  if (n > 4 && memcmp (w + n - 3, "ing", 3) == 0)
    return "ing";
  if ((n > 3 && memcmp (w + n - 2, "ed", 2) == 0) || (cls & SL_W_PAST))
    return "ed";
  if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's')
    return "s";
  return "base";
}

static const char *
bucket (guint v)
{
  static const char *const names[] = { "0", "1", "2", "3-4", "5-8", "9-16", "17+" };

  if (v <= 2)
    return names[v];
  if (v <= 4)
    return names[3];
  if (v <= 8)
    return names[4];
  if (v <= 16)
    return names[5];
  return names[6];
}

gboolean
sl_cue_model_candidate (const SlDocScan *s, guint i)
{
  g_return_val_if_fail (s != NULL && i < s->tokens->len, FALSE);
  return (sl_scan_tok (s, i)->flags & SL_TOK_LOWER) && !(sl_scan_cls (s, i) & SL_W_TRIGGER);
}

guint32
sl_cue_word_hash (const SlDocScan *s, guint i)
{
  char buf[64];

  g_return_val_if_fail (s != NULL && i < s->tokens->len, 0);
  if (s->word_hash != NULL)
    return s->word_hash[i];
  if (!sl_gaz_key (s->text, sl_scan_tok (s, i), buf, sizeof buf))
    return 0;
  return sl_word_hash (buf);
}

void
sl_scan_look_up_words (SlDocScan *s)
{
  g_return_if_fail (s != NULL && s->words == NULL && s->word_hash == NULL);

  s->words = g_ptr_array_sized_new (s->tokens->len);
  g_ptr_array_set_size (s->words, s->tokens->len);
  s->word_hash = g_new0 (guint32, s->tokens->len + 1);
  for (guint i = 0; i < s->tokens->len; i++)
    {
      const SlToken *t = sl_scan_tok (s, i);
      const SlWord *w;

      if (!sl_gazetteer_token (s->gaz, s->text, t, &s->word_hash[i], &w))
        continue;
      if (t->flags & (SL_TOK_WORD | SL_TOK_PUNCT))
        s->words->pdata[i] = (gpointer) w;
    }
}

gboolean
sl_cue_model_gate (const SlCueModel *model, const SlDocScan *s, guint i)
{
  guint32 h;

  g_return_val_if_fail (model != NULL && s != NULL && i < s->tokens->len, FALSE);
  /* sl_cue_model_candidate() and sl_cue_word_hash() without their checks: this is asked
   * of every lowercase token */
  if (!(sl_scan_tok (s, i)->flags & SL_TOK_LOWER) || (sl_scan_cls (s, i) & SL_W_TRIGGER))
    return FALSE;
  h = s->word_hash != NULL ? s->word_hash[i] : sl_cue_word_hash (s, i);
  return h != 0 && gate_has (model, h);
}

/* Incremental feature hashing: a template's name, then its values, separated. */
static inline guint32
h_sep (guint32 h)
{
  h ^= 0x1f;
  return h * FNV_PRIME;
}

static inline guint32
h_u32 (guint32 h, guint32 v)
{
  for (guint k = 0; k < 4; k++, v >>= 8)
    {
      h ^= v & 0xff;
      h *= FNV_PRIME;
    }
  return h;
}

static inline guint32
h_done (guint32 h)
{
  return h ? h : 1;
}

/* Every word class up to SL_W_LABEL; SL_W_PARTICIPLE came after the model. */
#define MODEL_CLASSES ((guint32) ((SL_W_LABEL << 1) - 1))

guint
sl_cue_features (const SlDocScan *s, guint first, guint end, guint i, gboolean framed,
                 guint32 *out)
{
  char w0[64], p1[64], p2[64], n1[64], n2[64];
  guint32 form_h;
  const char *form;
  guint32 cls0, clsp, clsn;
  gboolean that = FALSE, to = FALSE, quote_r = FALSE, colon = FALSE;
  gboolean cap_l = FALSE, pron_l = FALSE, quote_b = FALSE, quote_a = FALSE, lex = FALSE;
  guint quotes_before = 0, n = 0;
  gsize len;

  g_return_val_if_fail (s != NULL && out != NULL && i >= first && i < end, 0);

#define T(tmpl) h_sep (fnv_lit ("" tmpl "", sizeof (tmpl) - 1))
#define ADD(h) (out[n++] = h_done (h))
#define YN(tmpl, flag) ADD (h_u32 (T (tmpl), (flag) ? 1 : 0))

  token_value (s, first, end, i, w0, sizeof w0);
  token_value (s, first, end, (gint64) i - 1, p1, sizeof p1);
  token_value (s, first, end, (gint64) i - 2, p2, sizeof p2);
  token_value (s, first, end, (gint64) i + 1, n1, sizeof n1);
  token_value (s, first, end, (gint64) i + 2, n2, sizeof n2);
  /* the classes the model was trained on: a class added since must not change its features */
  cls0 = sl_scan_cls (s, i) & MODEL_CLASSES;
  clsp = i > first ? sl_scan_cls (s, i - 1) & MODEL_CLASSES : 0;
  clsn = i + 1 < end ? sl_scan_cls (s, i + 1) & MODEL_CLASSES : 0;
  len = strlen (w0);
  form = form_of (w0, len, cls0);
  form_h = fnv_str (FNV_BASIS, form);

  ADD (T ("b"));
  ADD (fnv_str (T ("w"), w0));
  if (len > 4)
    {
      ADD (fnv_str (T ("s3"), w0 + len - 3));
      ADD (fnv_str (T ("s2"), w0 + len - 2));
    }
  ADD (h_u32 (T ("c"), cls0));
  ADD (fnv_str (T ("p1"), p1));
  ADD (fnv_str (T ("p2"), p2));
  ADD (fnv_str (T ("n1"), n1));
  ADD (fnv_str (T ("n2"), n2));
  ADD (h_u32 (T ("pc"), clsp));
  ADD (h_u32 (T ("nc"), clsn));
  ADD (fnv_str (h_sep (fnv_str (T ("wp"), w0)), p1));
  ADD (fnv_str (h_sep (fnv_str (T ("wn"), w0)), n1));
  ADD (fnv_str (h_sep (fnv_str (T ("pp"), p2)), p1));
  ADD (fnv_str (h_sep (fnv_str (T ("nn"), n1)), n2));
  ADD (h_u32 (T ("f"), form_h));
  ADD (h_u32 (h_u32 (T ("fpc"), form_h), clsp));

  /* what follows: a clause ("that", "to"), a quotation, a colon */
  for (guint k = i + 1; k < end && k <= i + 3; k++)
    {
      that = that || sl_scan_is (s, k, "that");
      to = to || sl_scan_is (s, k, "to");
      quote_r = quote_r || (sl_scan_tok (s, k)->flags & SL_TOK_QUOTE);
      colon = colon || sl_scan_punct (s, k, ':');
    }
  YN ("that", that);
  YN ("to", to);
  YN ("qr", quote_r);
  YN ("colon", colon);
  if (that)
    ADD (fnv_str (T ("wthat"), w0));
  if (to)
    ADD (fnv_str (T ("wto"), w0));
  if (quote_r || colon)
    ADD (fnv_str (T ("wquote"), w0));

  /* who stands before: a name or a pronoun */
  for (guint k = i; k > first && k + 3 > i; k--)
    {
      const SlToken *t = sl_scan_tok (s, k - 1);

      if ((t->flags & SL_TOK_CAP) && !(sl_scan_cls (s, k - 1) & MODEL_CLASSES & ~(guint32) SL_W_TITLE))
        cap_l = TRUE;
      if (sl_scan_cls (s, k - 1) & SL_W_PRON)
        pron_l = TRUE;
    }
  YN ("capl", cap_l);
  YN ("pronl", pron_l);
  ADD (h_u32 (h_u32 (T ("fsubj"), form_h), (cap_l ? 1 : 0) | (pron_l ? 2 : 0)));
  if (cap_l || pron_l)
    ADD (fnv_str (T ("wsubj"), w0));

  /* where in the sentence, and what else it holds */
  for (guint k = first; k < end; k++)
    {
      const SlToken *t = sl_scan_tok (s, k);

      if (t->flags & SL_TOK_QUOTE)
        {
          if (k < i)
            {
              quote_b = TRUE;
              quotes_before++;
            }
          else if (k > i)
            quote_a = TRUE;
        }
      if (k != i && (sl_scan_cls (s, k) & SL_W_CUE))
        lex = TRUE;
    }
  ADD (fnv_str (T ("pos"), bucket (i - first)));
  ADD (fnv_str (T ("rpos"), bucket (end - i - 1)));
  ADD (fnv_str (T ("len"), bucket ((end - first) / 4)));
  YN ("qb", quote_b);
  YN ("qa", quote_a);
  YN ("inq", quotes_before % 2);
  YN ("lex", lex);
  ADD (h_u32 (T ("ctx"), (quote_b ? 1 : 0) | (quote_a ? 2 : 0) | (lex ? 4 : 0)));
  YN ("framed", framed);
  if (framed)
    {
      ADD (fnv_str (T ("wframed"), w0));
      ADD (fnv_str (h_sep (fnv_str (T ("wpframed"), w0)), p1));
    }

#undef T
#undef ADD
#undef YN
  g_assert (n <= SL_CUE_MAX_FEATURES);
  return n;
}

/* The score of token i, or `outside` when its word is not in the gate. */
static double
score (const SlCueModel *model, const SlDocScan *s, guint first, guint end, guint i,
       gboolean framed, double outside)
{
  guint32 feats[SL_CUE_MAX_FEATURES];
  guint32 mask;
  guint n;
  double z = 0.0;

  if (!sl_cue_model_gate (model, s, i))
    return outside;
  mask = (1u << model->bits) - 1;
  n = sl_cue_features (s, first, end, i, framed, feats);
  /* the weights lie scattered over a table larger than the cache: ask for all of their
   * slots before reading the first */
  for (guint k = 0; k < n; k++)
    __builtin_prefetch (&model->slots[sl_hash_slot ((feats[k] & mask), model->mask)]);
  for (guint k = 0; k < n; k++)
    z += weight_get (model, feats[k] & mask);
  return 1.0 / (1.0 + exp (-z));
}

double
sl_cue_model_score (const SlCueModel *model,
                    const SlDocScan  *s,
                    guint             first,
                    guint             end,
                    guint             i,
                    gboolean          framed)
{
  g_return_val_if_fail (model != NULL && s != NULL, 0.0);
  g_return_val_if_fail (i >= first && i < end && end <= s->tokens->len, 0.0);
  return score (model, s, first, end, i, framed, 0.0);
}

gboolean
sl_cue_model_accepts (const SlCueModel *model,
                      const SlDocScan  *s,
                      guint             first,
                      guint             end,
                      guint             i)
{
  return sl_cue_model_score (model, s, first, end, i, FALSE) >= model->threshold;
}

gboolean
sl_cue_model_keeps (const SlCueModel *model,
                    const SlDocScan  *s,
                    guint             first,
                    guint             end,
                    guint             i)
{
  g_return_val_if_fail (model != NULL && s != NULL, TRUE);
  g_return_val_if_fail (i >= first && i < end && end <= s->tokens->len, TRUE);
  return model->keep <= 0.0 || score (model, s, first, end, i, TRUE, 1.0) >= model->keep;
}

/* ------------------------------------------------------------------ scans */

void
sl_cue_scan_prepare (SlDocScan *scan, SlGazetteer *gaz, const char *text, gsize len)
{
  g_return_if_fail (scan != NULL && gaz != NULL && text != NULL);

  memset (scan, 0, sizeof *scan);
  scan->gaz = gaz;
  scan->text = text;
  scan->len = len;
  scan->tokens = g_array_sized_new (FALSE, FALSE, sizeof (SlToken), len / 5 + 16);
  scan->sentences = g_array_new (FALSE, FALSE, sizeof (SlSentence));
  sl_sentences_find (text, len, scan->tokens, scan->sentences);
  sl_scan_look_up_words (scan);
}

void
sl_cue_scan_clear (SlDocScan *scan)
{
  g_return_if_fail (scan != NULL);
  g_clear_pointer (&scan->tokens, g_array_unref);
  g_clear_pointer (&scan->sentences, g_array_unref);
  g_clear_pointer (&scan->words, g_ptr_array_unref);
  g_clear_pointer (&scan->word_hash, g_free);
}
