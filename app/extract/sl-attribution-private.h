/* sl-attribution-private.h: the gazetteer's lookup tables and the per-document analysis
 * shared by the attribution files. Not installed, not for other stages. */
#pragma once

#include "sl-attribution.h"
#include "sl-sentences.h"

#include <string.h>

G_BEGIN_DECLS

/* Word classes; closed-class ones come from the code, the rest from the data files. */
typedef enum
{
  SL_W_DET      = 1 << 0,
  SL_W_PREP     = 1 << 1,
  SL_W_CONJ     = 1 << 2,
  SL_W_AUX      = 1 << 3,  /* is, was, has, had … */
  SL_W_ADV      = 1 << 4,  /* adverbs that sit between a subject and its verb */
  SL_W_PRON     = 1 << 5,  /* personal pronouns that can be a source */
  SL_W_REL      = 1 << 6,  /* who, which, that */
  SL_W_MODAL    = 1 << 7,
  SL_W_NEG      = 1 << 8,
  SL_W_CUE      = 1 << 9,  /* a form of a reporting verb */
  SL_W_TITLE    = 1 << 10,
  SL_W_UNNAMED  = 1 << 11,
  SL_W_ORGHEAD  = 1 << 12,
  SL_W_DOCNOUN  = 1 << 13,
  SL_W_TRIGGER  = 1 << 14, /* verb naming a happening */
  SL_W_EVNOUN   = 1 << 15, /* noun naming a happening */
  SL_W_MARKER   = 1 << 16,
  SL_W_PAST     = 1 << 17, /* an irregular past form */
  SL_W_BE       = 1 << 18, /* a form of "be" */
  SL_W_SUBORD   = 1 << 19, /* since, because, while, after … opening a clause */
  SL_W_QUANT    = 1 << 20, /* some, several, many, two … (start a noun phrase) */
  SL_W_PLURAL   = 1 << 21, /* plural noun form from the data */
  SL_W_NORM     = 1 << 22, /* a rule or text that nobody speaks through ("UN sanctions") */
  SL_W_LABEL    = 1 << 23, /* heads an editorial label, not a speaker ("Correction:") */
  SL_W_PARTICIPLE = 1 << 24, /* an irregular past participle only ("seen", "taken") */
} SlWordClass;

typedef enum
{
  SL_FORM_BASE = 0,
  SL_FORM_S,
  SL_FORM_ED,
  SL_FORM_ING,
} SlVerbForm;

typedef enum
{
  SL_GAZ_COUNTRY = 0,
  SL_GAZ_SOURCE,
  SL_GAZ_OFFICE,
  SL_GAZ_PLACE,    /* a region or city that is not a country: never a source by itself */
} SlGazType;

typedef struct _SlGazEntry SlGazEntry;
struct _SlGazEntry
{
  char       *name;     /* canonical name */
  guint8      type;     /* SlGazType */
  guint8      kind;     /* SlSourceKind */
  char       *adj;      /* countries: the demonym adjective ("Russian") */
  SlGazEntry *country;  /* sources and offices: the country they belong to, if known */
};

typedef enum
{
  SL_NAME_CANONICAL = 0,
  SL_NAME_ALIAS,
  SL_NAME_ADJ,     /* "Russian" for Russia */
  SL_NAME_CAPITAL, /* "Moscow" for Russia */
} SlNameRole;

typedef struct
{
  SlGazEntry *entry;
  char       *surface;  /* as written in the data, for the case check */
  guint8      role;     /* SlNameRole */
  guint8      n_tokens;
  guint32     cap_mask;   /* bit k: the name's word k is capitalised */
  guint32     upper_mask; /* bit k: the name's word k is an acronym */
} SlGazName;

typedef struct
{
  guint32     classes;   /* SlWordClass */
  guint8      stance;    /* cues: SlStance; markers: the stance they give */
  guint8      form;      /* cues and triggers: SlVerbForm */
  guint8      category;  /* triggers: SlCategory */
  guint8      org_kind;  /* orgheads: SlSourceKind */
  guint8      cue_object;/* the cue takes a hearer before its content */
  guint8      cue_quote; /* the cue reports only a quotation next to it ("continued:") */
  guint8      cue_clause;/* the cue counts only before "to" or "that" ("plans to", not "tax plans") */
  guint8      max_name;  /* longest gazetteer name starting with this word, in tokens */
  guint8      max_cue;   /* longest cue phrase starting with this word, in tokens */
  const char *lemma;     /* cues, triggers and irregular pasts: the base form */
} SlWord;

/* A slot of the gazetteer's word index: the words table again, as open addressing on
 * sl_word_hash(), read once for every token of every article. */
typedef struct
{
  guint32     hash;  /* 0 = empty */
  const char *key;
  SlWord     *word;
} SlWordSlot;

struct _SlGazetteer
{
  GHashTable   *words;   /* lowercase word → SlWord* */
  SlWordSlot   *word_slots; /* words, indexed (made with the gazetteer, rebuilt whenever
                            * words changes) */
  guint         word_mask;
  GHashTable   *names;   /* lowercase phrase → SlGazName* */
  GHashTable   *cues;    /* lowercase multi-word cue phrase → SlWord* (the phrase's cue) */
  GHashTable   *that_cues; /* a cue's form in -s left out of the words as mostly a noun
                            * ("states", "charges") → SlWord* of the cue, owned: it reports
                            * only with a clause in "that" after its subject */
  GPtrArray    *entries; /* SlGazEntry*, owned */
  GStringChunk *strings;
  GPtrArray    *country_refs; /* pairs (SlGazEntry*, country name) resolved after loading */
};

/* The FNV-1a hash of "w", a separator and a lowercase key, never 0: the trained cue
 * detector's feature for the word (and its gate), and the slot of the gazetteer's word
 * index, made once per token for both. */
/* The slot of a table of mask + 1 slots for a 32-bit hash: keys that differ in high bits
 * only stay apart (the gazetteer's word index, the cue model's gate and weights). */
static inline guint
sl_hash_slot (guint32 key, guint mask)
{
  key ^= key >> 16;
  key *= 0x45d9f3bu;
  key ^= key >> 16;
  return key & mask;
}

#define SL_WORD_HASH_START ((((2166136261u ^ 'w') * 16777619u) ^ 0x1f) * 16777619u)

/* One more byte of a key into the hash, and the hash at the end of the key. */
static inline guint32
sl_word_hash_step (guint32 h, guchar c)
{
  return (h ^ c) * 16777619u;
}

static inline guint32
sl_word_hash_end (guint32 h)
{
  return h ? h : 1;
}

static inline guint32
sl_word_hash (const char *key)
{
  guint32 h = SL_WORD_HASH_START;

  for (; *key; key++)
    h = sl_word_hash_step (h, (guchar) *key);
  return sl_word_hash_end (h);
}

/* Lowercases a token's text into buf (apostrophes folded to '), returns FALSE when it does
 * not fit. */
gboolean       sl_gaz_key            (const char *text, const SlToken *tok, char *buf,
                                      gsize size);
const SlWord  *sl_gazetteer_word     (const SlGazetteer *gaz, const char *text,
                                      const SlToken *tok);
/* A token's key hash (sl_word_hash() of its sl_gaz_key()) and its word (NULL when none);
 * FALSE when the token makes no key. */
gboolean       sl_gazetteer_token    (const SlGazetteer *gaz, const char *text,
                                      const SlToken *tok, guint32 *hash, const SlWord **word);
/* The word of a key sl_gaz_key() made, whose sl_word_hash() is hash, or NULL. */
const SlWord  *sl_gazetteer_word_hashed (const SlGazetteer *gaz, const char *key,
                                         guint32 hash);
/* Longest gazetteer name at tokens[i..limit) whose letter case fits; returns its length in
 * tokens (0 = none). */
guint          sl_gazetteer_match    (const SlGazetteer *gaz, const char *text,
                                      const SlToken *tokens, guint i, guint limit,
                                      const SlWord *const *words, const SlGazName **out);
/* Longest cue phrase at tokens[i..limit); returns its length in tokens (0 = none). */
const SlWord  *sl_gazetteer_that_cue (const SlGazetteer *gaz, const char *text,
                                      const SlToken *tok);
guint          sl_gazetteer_match_cue (const SlGazetteer *gaz, const char *text,
                                      const SlToken *tokens, guint i, guint limit,
                                      const SlWord *const *words, const SlWord **out);
/* The entry a whole name (any case-fitting spelling) denotes, or NULL. */
const SlGazEntry *sl_gazetteer_lookup (const SlGazetteer *gaz, const char *name);

/* A claim found in the text, in token positions, before it is added to the model. */
typedef struct
{
  guint32 sentence;
  guint32 cue_b, cue_e;        /* tokens */
  guint32 src_b, src_e;        /* the source mention; src_b == src_e when none */
  guint32 con_b, con_e;        /* the content */
  guint32 subj_b;              /* where the clause that carries the claim begins */
  guint32 source;              /* model source index */
  guint32 model_index;         /* once added */
  gint32  via;                 /* index into the document's claim list, -1 = none */
  gint32  said_timex;          /* index into the document's timexes, -1 = none */
  guint8  stance;
  guint8  act;                 /* "told hospitals to postpone …", "declared a state of emergency":
                                * an act, no claim */
  const char *lemma;           /* the cue's base form ("say", "according to") */
} SlCand;

/* One entity mentioned in the current document, for "the agency", "Kirby", "he". */
typedef struct
{
  guint32           source;
  guint8            kind;
  const SlGazEntry *country;
  guint32           pos;      /* token of its latest mention */
  guint32           name;     /* interned name as this document gives it: another article's
                               * "officials" are "officials (Reuters)" in the model only */
  guint32           title;    /* interned title this document gives, 0 when none */
  guint32           newer, older; /* neighbours in the recency list (SL_NONE at its ends):
                                   * by pos, latest first, and among equal pos the later
                                   * entity first */
} SlDocEntity;

typedef enum
{
  SKIP_NONE = 0,
  SKIP_REPEAT,   /* a copy of the headline: not analysed */
  SKIP_HEADLINE, /* the headline: analysed, its claims dropped when the body repeats them */
} SlSkip;

/* A body the text described by a noun ("the payments company Amberpay"), for "the company". */
typedef struct
{
  char   *noun;  /* "company" */
  char   *name;  /* "Amberpay" */
  guint32 pos;   /* token where the noun is */
} SlBodyNoun;

/* Everything known about the document under analysis. */
typedef struct
{
  SlGazetteer    *gaz;
  SlModel        *model;
  guint32         doc;
  const char     *text;
  gsize           len;
  GArray         *tokens;     /* SlToken */
  GArray         *sentences;  /* SlSentence */
  GPtrArray      *words;      /* const SlWord* per token, NULL when unknown */
  guint32        *word_hash;  /* per token: sl_cue_word_hash(), made with words */
  gint32         *tok_timex;  /* per token: index into timexes, -1 when none */
  const SlTimex  *timexes;    /* the document's timexes (a copy) */
  guint           n_timex;
  guint32         timex_first;
  guint8         *skip;       /* per sentence: SlSkip */
  guint32        *body_first; /* per sentence: first token after a dateline */
  guint8         *quoted;     /* per token: inside a direct quotation closed in its paragraph */
  GArray         *cands;      /* SlCand, in sentence order */
  guint32        *sent_cands; /* per sentence: its first claim in cands (events only) */
  GArray         *ents;       /* SlDocEntity */
  GHashTable     *ent_of;     /* source → its index in ents + 1, once ents is long (a long
                               * article names thousands); NULL: ents is walked */
  guint32         ent_latest; /* head of the ents' recency list, SL_NONE when empty */
  GHashTable     *bodies;     /* name → kind + 1 of bodies the text describes ("the payments
                               * company Amberpay"); NULL when none */
  GArray         *body_nouns; /* SlBodyNoun, in text order: "company" → "Amberpay" */
  GHashTable     *lower_words; /* events only: the words the text writes in lower case, made
                                * on first need; NULL before */
  GStringChunk   *lower_keys;  /* the keys of lower_words */
  guint           written_as_walks; /* questions answered by a walk before lower_words */
  SlTime          dct_end;    /* end of the publication date interval, 0 when unknown */
  const struct _SlCueModel *cue_model; /* the trained detector of cues the lexicon lacks */
} SlDocScan;

static inline const SlToken *
sl_scan_tok (const SlDocScan *s, guint i)
{
  return &g_array_index (s->tokens, SlToken, i);
}

/* Past the last token a word has no classes: rules may look one token ahead freely. */
static inline guint32
sl_scan_cls (const SlDocScan *s, guint i)
{
  const SlWord *w = i < s->words->len ? g_ptr_array_index (s->words, i) : NULL;
  return w ? w->classes : 0;
}

static inline const SlWord *
sl_scan_word (const SlDocScan *s, guint i)
{
  return i < s->words->len ? g_ptr_array_index (s->words, i) : NULL;
}

/* g_ascii_strncasecmp (a, b, n) == 0 for n bytes with no NUL in b, inline: the rules ask
 * it of nearly every token, and the call cost more than the compare. */
static inline gboolean
sl_ascii_same (const char *a, const char *b, gsize n)
{
  for (gsize k = 0; k < n; k++)
    {
      guchar x = (guchar) a[k], y = (guchar) b[k];

      if (x >= 'A' && x <= 'Z')
        x += 'a' - 'A';
      if (y >= 'A' && y <= 'Z')
        y += 'a' - 'A';
      if (x != y)
        return FALSE;
    }
  return TRUE;
}

/* Whether token i reads `word` (ASCII, any case); inline so that the length of a literal
 * is known at compile time and most tokens are turned down by it. */
static inline gboolean
sl_scan_is (const SlDocScan *s, guint i, const char *word)
{
  gsize n = strlen (word);
  const SlToken *t;

  if (i >= s->tokens->len)
    return FALSE;
  t = &g_array_index (s->tokens, SlToken, i);
  return t->end - t->begin == n && sl_ascii_same (s->text + t->begin, word, n);
}

/* Whether token i is the one-byte mark c; inline, asked of nearly every token. */
static inline gboolean
sl_scan_punct (const SlDocScan *s, guint i, char c)
{
  const SlToken *t;

  if (i >= s->tokens->len)
    return FALSE;
  t = &g_array_index (s->tokens, SlToken, i);
  return (t->flags & SL_TOK_PUNCT) && t->end - t->begin == 1 && s->text[t->begin] == c;
}

/* Token tests the attribution files ask of every token: whether token i carries a flag, is a
 * word (not a possessive mark), is a capitalised word, or ends in a suffix ("-ed", "-ly"). */
static inline gboolean
sl_scan_has (const SlDocScan *s, guint i, guint32 flags)
{
  return i < s->tokens->len && (sl_scan_tok (s, i)->flags & flags) != 0;
}

static inline gboolean
sl_scan_is_word (const SlDocScan *s, guint i)
{
  return sl_scan_has (s, i, SL_TOK_WORD) && !sl_scan_has (s, i, SL_TOK_POSSESSIVE);
}

static inline gboolean
sl_scan_is_capword (const SlDocScan *s, guint i)
{
  return sl_scan_is_word (s, i) && sl_scan_has (s, i, SL_TOK_CAP | SL_TOK_UPPER);
}

static inline gboolean
sl_scan_ends_with (const SlDocScan *s, guint i, const char *suffix)
{
  const SlToken *t = sl_scan_tok (s, i);
  gsize n = strlen (suffix), len = t->end - t->begin;

  return len > n + 1 && sl_ascii_same (s->text + t->end - n, suffix, n);
}

/* Whether the three tokens before e are an acronym in brackets: "… Service (NIS)", "… (HSE)
 * said". */
static inline gboolean
sl_scan_acronym_before (const SlDocScan *s, guint e)
{
  const SlToken *t;
  guint caps = 0;

  if (e < 3 || !sl_scan_punct (s, e - 1, ')') || !sl_scan_punct (s, e - 3, '('))
    return FALSE;
  t = &g_array_index (s->tokens, SlToken, e - 2);
  if (t->flags & SL_TOK_UPPER)
    return TRUE;
  /* "(GdF)", "(MoD)": a short mixed-case acronym, capital first */
  if (!(t->flags & SL_TOK_CAP) || t->end - t->begin < 2 || t->end - t->begin > 6)
    return FALSE;
  for (guint32 k = t->begin; k < t->end; k++)
    caps += g_ascii_isupper (s->text[k]) ? 1 : 0;
  return caps >= 2;
}

guint32  sl_scan_doc_source (const SlDocScan *s, const char *name);
gboolean sl_scan_name_by_last_word (const SlDocScan *s, guint k, guint before, guint *nb, guint *ne);
/* The most recent person of the document whose family name (or first name) token i is. */
guint32  sl_scan_person_by_surname (const SlDocScan *s, guint i);
/* Whether the mark at j is the apostrophe of a plural possessive ("Sanders’ campaign"). */
gboolean sl_scan_plural_possessive (const SlDocScan *s, guint j);
/* Whether token k is a plural amount that stands as a noun: "thousands", "Dozens". */
gboolean sl_scan_amount_noun (const SlDocScan *s, guint k);
/* Whether token k is an article or a possessive determiner: "the", "a", "its", "their". */
gboolean sl_scan_article (const SlDocScan *s, guint k);
SlSourceKind sl_scan_kind (const SlDocScan *s, guint32 source);
const char  *sl_scan_source_name (const SlDocScan *s, guint32 source);
/* Whether token i is a currency sign: $, €, £, ¥. */
gboolean sl_scan_currency_sign (const SlDocScan *s, guint i);
/* Whether token i is a dash: "-", "--", "–", "—", "―"; inline, the dateline and credit
 * rules ask it of every token. */
static inline gboolean
sl_scan_is_dash (const SlDocScan *s, guint i)
{
  const SlToken *t;
  const guchar *p;

  if (i >= s->tokens->len)
    return FALSE;
  t = &g_array_index (s->tokens, SlToken, i);
  p = (const guchar *) s->text + t->begin;
  if (!(t->flags & SL_TOK_PUNCT))
    return FALSE;
  if (t->end - t->begin <= 2)
    return p[0] == '-';
  return t->end - t->begin == 3 && p[0] == 0xE2 && p[1] == 0x80
         && (p[2] == 0x93 || p[2] == 0x94 || p[2] == 0x95);
}
/* Whether token i reads as a verb in context (a known verb form, an irregular past, or an
 * -ed word not used as an adjective). */
gboolean sl_scan_verbish  (const SlDocScan *s, guint i, guint first);
/* The loose noun phrase that ends just before token end, not reaching before first. */
guint    sl_scan_np_left  (const SlDocScan *s, guint first, guint end);
/* The sentence holding token tok (an index into sentences). */
guint32  sl_scan_sentence_of (const SlDocScan *s, guint tok);
/* Whether the text writes token k's word in lower case somewhere. */
gboolean sl_scan_written_lower (SlDocScan *s, guint k);
/* Whether token k, capitalised as it opens its sentence, is a common word of this text and
 * no name in it. */
gboolean sl_scan_capital_only_for_sentence (SlDocScan *s, guint k);
/* Who a "he" or "she" at token i stands for, as a name for a label; NULL when unknown. */
char    *sl_scan_pronoun_name (const SlDocScan *s, guint i);
/* Whether token i is a lowercase plural noun by its form: "groups", "countries" (not
 * "news", "process", "status", "crisis"). */
gboolean sl_scan_plural_noun (const SlDocScan *s, guint i);

/* Whether the cue at token i refuses to speak: "declined to comment", "refused to say". */
gboolean sl_scan_refuses_comment (const SlDocScan *s, guint i);

/* Fills scan->words and scan->word_hash from the tokens (sl-cue-model.c): one key per token
 * serves the gazetteer and the trained detector's gate. */
void     sl_scan_look_up_words (SlDocScan *scan);

/* Sources and noun phrases (sl-attribution-sources.c), for the claim rules. */

/* The text of tokens [b, e) as written, newly allocated. */
char    *sl_scan_span_text (const SlDocScan *s, guint b, guint e);
/* Whether token k is, letter for letter, one of the n words. */
gboolean sl_scan_is_one_of (const SlDocScan *s, guint k, const char *const *words, gsize n);
/* Whether token k is a noun that ends in -ly like an adverb: "a friend of the family". */
gboolean sl_scan_ly_noun (const SlDocScan *s, guint k);
gboolean sl_scan_corporate_word (const SlDocScan *s, guint k);
/* The first token of the sentence holding token i (after its dateline). */
guint    sl_scan_sentence_start (const SlDocScan *s, guint i);
/* The model's source for a name, creating it when new (see the definition for unnamed
 * sources of other documents). */
guint32  sl_scan_make_source (SlDocScan *s, const char *name, SlSourceKind kind,
                              const char *title, const char *alias,
                              const SlGazEntry *country, guint pos);
/* Reads a source anew as `kind`, in the model and in this document. */
void     sl_scan_set_kind (SlDocScan *s, guint32 source, SlSourceKind kind);
void     sl_scan_name_offices (SlDocScan *s);
/* Resolves the noun phrase [b, e) to a source, or SL_NONE when it names none. */
guint32  sl_scan_resolve_np (SlDocScan *s, guint b, guint e);
/* A quantifier standing alone as a subject ("Two said"): the part of a group it counts off. */
guint32  sl_scan_counted_source (SlDocScan *s, guint q, guint pos);
/* Whether the determiner or quantifier at k counts off part of what follows ("six in 10"). */
gboolean sl_scan_counts_off (const SlDocScan *s, guint k);
/* Whether the capitalised word at k ends a paper's or a wire's name ("Herald", "Wire"). */
gboolean sl_scan_masthead_word (const SlDocScan *s, guint k);
/* Whether the capitalised words [b, e) name a paper, a wire or a station. */
gboolean sl_scan_outlet_name (const SlDocScan *s, guint b, guint e);
/* Whether token k is a verb of polling people: "polled", "surveyed". */
gboolean sl_scan_poll_verb (const SlDocScan *s, guint k);
/* Where a name set off after the comma at k begins, before e; G_MAXUINT when none. */
guint    sl_scan_appositive_name_start (const SlDocScan *s, guint k, guint e);
/* The end of the appositive name after the comma at k, closed before the cue at i;
 * G_MAXUINT when there is none. */
guint    sl_scan_appositive_name (const SlDocScan *s, guint k, guint i);
/* Whether [b, e) is two or three capitalised words no list knows: a person's name. */
gboolean sl_scan_plain_name (const SlDocScan *s, guint b, guint e);
/* Whether the comma at k sets off such a name, closed at e, after a common noun. */
gboolean sl_scan_noun_then_name (const SlDocScan *s, guint k, guint e);
/* Whether [b, k) reads as an office held somewhere ("The mayor of Csongrád"). */
gboolean sl_scan_office_phrase (const SlDocScan *s, guint b, guint k);
/* Whether the words before the comma at k end a title or a body's noun. */
gboolean sl_scan_title_before (const SlDocScan *s, guint k);
/* Whether token k ends "calling itself" or "known as". */
gboolean sl_scan_goes_by (const SlDocScan *s, guint k);
/* "Mr." "Dr." "B." inside a name: the dot of an abbreviation or an initial. */
gboolean sl_scan_abbrev_dot (const SlDocScan *s, guint k);
/* Whether word k joins words with a hyphen: "conservative-leaning". */
gboolean sl_scan_hyphenated (const SlDocScan *s, guint k);
/* Whether the lowercase word at k is a particle inside a name: "von der", "do". */
gboolean sl_scan_name_particle (const SlDocScan *s, guint k);
/* Whether token k can sit inside a noun phrase. */
gboolean sl_scan_np_token (const SlDocScan *s, guint k);
/* Whether the comma at k opens a place name of a word or two closed by another comma. */
gboolean sl_scan_place_after (const SlDocScan *s, guint k);
/* The source-like noun phrase ending just before `end`: [*b, end). */
gboolean sl_scan_subject_np (const SlDocScan *s, guint first, guint end, guint *b);
/* The noun phrase starting at b: [b, *e). Stops at punctuation, verbs, clauses. */
gboolean sl_scan_np_right (const SlDocScan *s, guint b, guint limit, guint *e);
/* Whether token k is a capitalised "The" opening a paper's name after the paper's noun
 * ("the Nairobi daily The Equator"). */
gboolean sl_scan_paper_article (const SlDocScan *s, guint k);

/* Claim-side tests the noun phrases ask (sl-attribution.c). */

/* Whether token k is an adverb that may sit between a subject and its verb. */
gboolean sl_scan_is_adverb (const SlDocScan *s, guint k);
/* The kind of body the text described the name [b, e) as, or -1. */
gint     sl_scan_described_kind (const SlDocScan *s, guint b, guint e);

/* Adds the document's events (sl-attribution-events.c). */
void     sl_attribution_add_events (SlDocScan *scan);

G_END_DECLS
