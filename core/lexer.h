// core/lexer.h — the tokenizer of the front end (source text -> tokens).
// One token of lookahead lives in the lexer itself (lx->tok and its value).
// Produces NEWLINE/INDENT/DEDENT as Python does: no NEWLINE inside brackets
// or after a backslash continuation, blank and comment-only lines skipped, a
// NEWLINE and the pending DEDENTs are added before END.
// Token values: TOK_NAME -> lx->name (interned); TOK_NUMBER -> lx->num (int
// or float object); TOK_STRING -> lx->str (decoded bytes; for f-strings the
// raw text between the quotes) with lx->str_flags.
#ifndef KILN_LEXER_H
#define KILN_LEXER_H

#include "core/obj.h"
#include "core/misc.h"

// X(id, text): operators and delimiters first, then keywords.
#define LEX_TOKENS(X) \
    X(END, "end of input") X(NEWLINE, "newline") X(INDENT, "indent") X(DEDENT, "dedent") \
    X(NAME, "name") X(NUMBER, "number") X(STRING, "string") \
    X(LPAREN, "(") X(RPAREN, ")") X(LBRACKET, "[") X(RBRACKET, "]") X(LBRACE, "{") X(RBRACE, "}") \
    X(COMMA, ",") X(COLON, ":") X(SEMICOLON, ";") X(DOT, ".") X(ELLIPSIS, "...") \
    X(ASSIGN, "=") X(ARROW, "->") X(WALRUS, ":=") \
    X(EQ, "==") X(NE, "!=") X(LT, "<") X(GT, ">") X(LE, "<=") X(GE, ">=") \
    X(PLUS, "+") X(MINUS, "-") X(STAR, "*") X(SLASH, "/") X(DSLASH, "//") X(PERCENT, "%") \
    X(DSTAR, "**") X(AT, "@") X(AMP, "&") X(PIPE, "|") X(CARET, "^") X(TILDE, "~") \
    X(LSHIFT, "<<") X(RSHIFT, ">>") \
    X(PLUS_EQ, "+=") X(MINUS_EQ, "-=") X(STAR_EQ, "*=") X(SLASH_EQ, "/=") X(DSLASH_EQ, "//=") \
    X(PERCENT_EQ, "%=") X(DSTAR_EQ, "**=") X(AT_EQ, "@=") X(AMP_EQ, "&=") X(PIPE_EQ, "|=") \
    X(CARET_EQ, "^=") X(LSHIFT_EQ, "<<=") X(RSHIFT_EQ, ">>=") \
    X(KW_False, "False") X(KW_None, "None") X(KW_True, "True") X(KW_and, "and") X(KW_as, "as") \
    X(KW_assert, "assert") X(KW_async, "async") X(KW_await, "await") X(KW_break, "break") \
    X(KW_class, "class") X(KW_continue, "continue") X(KW_def, "def") X(KW_del, "del") \
    X(KW_elif, "elif") X(KW_else, "else") X(KW_except, "except") X(KW_finally, "finally") \
    X(KW_for, "for") X(KW_from, "from") X(KW_global, "global") X(KW_if, "if") \
    X(KW_import, "import") X(KW_in, "in") X(KW_is, "is") X(KW_lambda, "lambda") \
    X(KW_nonlocal, "nonlocal") X(KW_not, "not") X(KW_or, "or") X(KW_pass, "pass") \
    X(KW_raise, "raise") X(KW_return, "return") X(KW_try, "try") X(KW_while, "while") \
    X(KW_with, "with") X(KW_yield, "yield")

typedef enum {
#define X(id, text) TOK_##id,
    LEX_TOKENS(X)
#undef X
    TOK__COUNT
} tok_t;

#define TOK_FIRST_KEYWORD TOK_KW_False

// lx->str_flags
#define STR_BYTES 1
#define STR_RAW 2
#define STR_FSTRING 4

#define LEX_MAX_INDENT 100

typedef struct {
    const char *p;            // next char
    const char *end;
    name_t filename;
    uint32_t line;            // line of p
    int paren;                // bracket nesting depth
    bool at_bol;              // at the beginning of a logical line
    bool line_has_tokens;     // a token was produced on the current logical line
    int pending_dedents;
    int n_indent;
    uint16_t indent[LEX_MAX_INDENT];
    // current token
    uint8_t tok;
    uint8_t str_flags;
    uint32_t tok_line;
    name_t name;
    obj_t num;
    vstr_t str;
} lexer_t;

// `line` is the line number of src[0]. `in_brackets` starts inside a bracket
// (no NEWLINE/INDENT: used for f-string replacement fields and eval input).
void lexer_init(lexer_t *lx, const char *src, size_t len, name_t filename, uint32_t line,
                bool in_brackets);
void lexer_next(lexer_t *lx);
// Decode the escapes of a str (or bytes) body into out (the rules of a
// non-raw literal). Used for the literal parts of f-strings.
void lexer_decode(lexer_t *lx, const char *s, size_t n, bool is_bytes, vstr_t *out);
const char *lexer_tok_text(tok_t t);

// Raise SyntaxError (or IndentationError...) located at file:line.
NORETURN void lexer_raise(name_t file, size_t line, const type_t *type, const char *msg);

#endif
