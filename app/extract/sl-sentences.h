/* sl-sentences.h: splits English news text into word tokens and sentences — one pass over
 * the bytes, no allocation per token — surviving "Gen.", "U.S.", "No. 2", quotes and
 * ellipses. Offsets are bytes into the UTF-8 text. GLib only. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  SL_TOK_WORD       = 1 << 0,  /* letters, digits, inner hyphens/apostrophes/dots */
  SL_TOK_CAP        = 1 << 1,  /* begins with an uppercase letter */
  SL_TOK_UPPER      = 1 << 2,  /* two or more letters, all uppercase (an acronym) */
  SL_TOK_NUM        = 1 << 3,  /* begins with a digit */
  SL_TOK_PUNCT      = 1 << 4,
  SL_TOK_QUOTE      = 1 << 5,  /* a quotation mark (straight, curly, backtick, guillemet) */
  SL_TOK_OPEN       = 1 << 6,  /* opening quote or bracket */
  SL_TOK_CLOSE      = 1 << 7,  /* closing quote or bracket */
  SL_TOK_SPACE      = 1 << 8,  /* whitespace precedes the token */
  SL_TOK_NEWLINE    = 1 << 9,  /* a line break precedes the token */
  SL_TOK_PARAGRAPH  = 1 << 10, /* a blank line precedes the token */
  SL_TOK_POSSESSIVE = 1 << 11, /* "'s" or "’s" split off a word */
  SL_TOK_LOWER      = 1 << 12, /* begins with a lowercase letter */
  SL_TOK_DOTTED     = 1 << 13, /* a dotted abbreviation such as "U.S." (dot included) */
} SlTokenFlags;

typedef struct
{
  guint32 begin, end; /* bytes, end exclusive */
  guint32 flags;      /* SlTokenFlags */
} SlToken;

typedef struct
{
  guint32 begin, end;         /* bytes of the sentence, trimmed */
  guint32 tok_first, tok_end; /* its tokens */
} SlSentence;

/* Appends the tokens of text to tokens (an array of SlToken). */
void     sl_tokenize         (const char *text,
                              gsize       len,
                              GArray     *tokens);

/* Groups tokens into sentences, appending SlSentence records to sentences. */
void     sl_sentences_split  (const char    *text,
                              gsize          len,
                              const SlToken *tokens,
                              guint          n_tokens,
                              GArray        *sentences);

/* Both steps. tokens and sentences are cleared first. */
void     sl_sentences_find   (const char *text,
                              gsize       len,
                              GArray     *tokens,
                              GArray     *sentences);

/* Whether a token's text equals word, ignoring ASCII case. */
gboolean sl_token_is         (const char    *text,
                              const SlToken *tok,
                              const char    *word);

G_END_DECLS
