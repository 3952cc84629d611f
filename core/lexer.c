// core/lexer.c — hand-written tokenizer: indentation, numbers, strings with
// every prefix and escape, operators by longest match, keywords.
// Invariants: lx->p never passes lx->end; lx->line is the line of lx->p;
// the value of the current token is valid until the next lexer_next().
// Numbers become objects at once (small int, big int via int_from_str,
// float via strtod); imaginary literals make complex constants.
#include <string.h>
#include <stdlib.h>
#include "core/lexer.h"
#include "core/runtime.h"
#include "core/types.h"
#include "core/complex.h"

static const char *const tok_texts[TOK__COUNT] = {
#define X(id, text) text,
    LEX_TOKENS(X)
#undef X
};

const char *lexer_tok_text(tok_t t) {
    return t < TOK__COUNT ? tok_texts[t] : "?";
}

NORETURN void lexer_raise(name_t file, size_t line, const type_t *type, const char *msg) {
    obj_t e = exc_new_msg(type, msg);
    exc_add_traceback(e, file, line, NAME_NULL);
    rt_raise(e);
}

NORETURN static void error(lexer_t *lx, const char *msg) {
    lexer_raise(lx->filename, lx->line, &type_SyntaxError, msg);
}

void lexer_init(lexer_t *lx, const char *src, size_t len, name_t filename, uint32_t line,
                bool in_brackets) {
    memset(lx, 0, sizeof(*lx));
    lx->p = src;
    lx->end = src + len;
    lx->filename = filename;
    lx->line = line;
    lx->paren = in_brackets ? 1 : 0;
    lx->at_bol = !in_brackets;
    lx->n_indent = 1;
    lx->indent[0] = 0;
    vstr_init(&lx->str, 32);
}

static inline int peek(lexer_t *lx, size_t i) {
    return lx->p + i < lx->end ? (uint8_t)lx->p[i] : -1;
}

static inline bool is_ident_start(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

static inline bool is_ident_char(int c) {
    return is_ident_start(c) || (c >= '0' && c <= '9');
}

static inline bool is_digit(int c) {
    return c >= '0' && c <= '9';
}

static int hex_value(int c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// ---------------------------------------------------------------- indentation
// At the start of a logical line: measure the indent, skip blank lines.
// Returns true when it produced a token (INDENT/DEDENT/END handling).
static bool do_indent(lexer_t *lx) {
    for (;;) {
        unsigned col = 0;
        while (lx->p < lx->end) {
            char c = *lx->p;
            if (c == ' ') {
                col++;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
            } else if (c == '\f') {
                col = 0;
            } else {
                break;
            }
            lx->p++;
        }
        int c = peek(lx, 0);
        if (c == '#') {
            while (lx->p < lx->end && *lx->p != '\n') {
                lx->p++;
            }
            c = peek(lx, 0);
        }
        if (c == '\r' && peek(lx, 1) == '\n') {
            lx->p++;
            c = '\n';
        }
        if (c == '\n') {
            lx->p++;
            lx->line++;
            continue;   // blank line
        }
        if (c == '\\' && (peek(lx, 1) == '\n' || (peek(lx, 1) == '\r' && peek(lx, 2) == '\n'))) {
            // a continuation at the start of a line: the indent is what we measured
        }
        lx->at_bol = false;
        if (c == -1) {
            return false;   // EOF: handled by the caller
        }
        unsigned cur = lx->indent[lx->n_indent - 1];
        if (col > cur) {
            if (lx->n_indent >= LEX_MAX_INDENT) {
                error(lx, "too many indentation levels");
            }
            lx->indent[lx->n_indent++] = (uint16_t)col;
            lx->tok = TOK_INDENT;
            return true;
        }
        if (col < cur) {
            int n = 0;
            while (lx->n_indent > 1 && lx->indent[lx->n_indent - 1] > col) {
                lx->n_indent--;
                n++;
            }
            if (lx->indent[lx->n_indent - 1] != col) {
                lexer_raise(lx->filename, lx->line, &type_IndentationError,
                            "unindent doesn't match any outer indentation level");
            }
            lx->pending_dedents = n - 1;
            lx->tok = TOK_DEDENT;
            return true;
        }
        return false;
    }
}

// ---------------------------------------------------------------- numbers
static void lex_number(lexer_t *lx) {
    bool is_float = false;
    int base = 10;
    if (peek(lx, 0) == '0') {
        int c1 = peek(lx, 1) | 0x20;
        if (c1 == 'x') {
            base = 16;
        } else if (c1 == 'o') {
            base = 8;
        } else if (c1 == 'b') {
            base = 2;
        }
    }
    if (base != 10) {
        lx->p += 2;
        bool any = false;
        bool last_us = false;
        vstr_clear(&lx->str);
        while (lx->p < lx->end) {
            int c = (uint8_t)*lx->p;
            if (c == '_') {
                if (last_us) {
                    error(lx, "invalid syntax for number");
                }
                last_us = true;
            } else {
                int v = hex_value(c);
                if (v < 0 || v >= base) {
                    if (is_ident_char(c)) {
                        error(lx, "invalid syntax for number");
                    }
                    break;
                }
                vstr_add_byte(&lx->str, (uint8_t)c);
                any = true;
                last_us = false;
            }
            lx->p++;
        }
        if (!any || last_us) {
            error(lx, "invalid syntax for number");
        }
        lx->num = int_from_str(lx->str.buf, lx->str.len, base);
        lx->tok = TOK_NUMBER;
        return;
    }
    // decimal int or float
    vstr_clear(&lx->str);
    bool last_us = false;
    bool seen_digit = false;
    bool seen_exp = false;
    while (lx->p < lx->end) {
        int c = (uint8_t)*lx->p;
        if (is_digit(c)) {
            vstr_add_byte(&lx->str, (uint8_t)c);
            last_us = false;
            seen_digit = true;
        } else if (c == '_') {
            if (last_us || !seen_digit || !is_digit(peek(lx, 1))) {
                error(lx, "invalid syntax for number");
            }
            last_us = true;
        } else if (c == '.' && !is_float && !seen_exp) {
            is_float = true;
            vstr_add_byte(&lx->str, '.');
            seen_digit = false;
            last_us = false;
            if (lx->p + 1 < lx->end && lx->p[1] == '_') {
                error(lx, "invalid syntax for number");
            }
        } else if ((c | 0x20) == 'e' && !seen_exp &&
                   (is_digit(peek(lx, 1)) ||
                    ((peek(lx, 1) == '+' || peek(lx, 1) == '-') && is_digit(peek(lx, 2))))) {
            is_float = true;
            seen_exp = true;
            vstr_add_byte(&lx->str, 'e');
            lx->p++;
            vstr_add_byte(&lx->str, (uint8_t)*lx->p);
            seen_digit = is_digit(*lx->p);
        } else {
            break;
        }
        lx->p++;
    }
    int c = peek(lx, 0);
    if (c == 'j' || c == 'J') {
        // imaginary literal (complex.c)
        lx->p++;
        lx->tok = TOK_NUMBER;
        lx->num = complex_new(0.0, strtod(vstr_cstr(&lx->str), NULL));
        return;
    }
    if (is_ident_char(c) && !(c >= 0x80)) {
        // things like 1if x else y are legal; anything else is not
        if (!((c == 'i' && peek(lx, 1) == 'f') || (c == 'e' && peek(lx, 1) == 'l') ||
              (c == 'e' && peek(lx, 1) == 'l') || (c == 'o' && peek(lx, 1) == 'r') ||
              (c == 'a' && peek(lx, 1) == 'n') || (c == 'i' && peek(lx, 1) == 'n') ||
              (c == 'i' && peek(lx, 1) == 's') || (c == 'n' && peek(lx, 1) == 'o'))) {
            error(lx, "invalid syntax for number");
        }
    }
    const char *s = vstr_cstr(&lx->str);
    size_t n = lx->str.len;
    lx->tok = TOK_NUMBER;
    if (is_float) {
        lx->num = float_new(strtod(s, NULL));
        return;
    }
    // leading zeros are only allowed for zero itself
    if (n > 1 && s[0] == '0') {
        for (size_t i = 0; i < n; i++) {
            if (s[i] != '0') {
                error(lx, "invalid syntax for number");
            }
        }
    }
    if (n <= 18) {
        long long v = 0;
        for (size_t i = 0; i < n; i++) {
            v = v * 10 + (s[i] - '0');
        }
        lx->num = int_from_ll(v);
    } else {
        lx->num = int_from_str(s, n, 10);
    }
}

// ---------------------------------------------------------------- strings
static void add_escape_char(vstr_t *out, uint32_t c, bool is_bytes) {
    if (is_bytes) {
        vstr_add_byte(out, (uint8_t)c);
    } else {
        vstr_add_char(out, c);
    }
}

void lexer_decode(lexer_t *lx, const char *s, size_t n, bool is_bytes, vstr_t *out) {
    const char *e = s + n;
    while (s < e) {
        uint8_t c = (uint8_t)*s++;
        if (c != '\\' || s >= e) {
            if (c == '\n') {
                lx->line++;
            }
            if (is_bytes && c >= 0x80) {
                error(lx, "bytes can only contain ASCII literal characters");
            }
            vstr_add_byte(out, c);
            continue;
        }
        c = (uint8_t)*s++;
        switch (c) {
            case '\n': lx->line++; break;   // line continuation inside the string
            case '\r': if (s < e && *s == '\n') { s++; } lx->line++; break;
            case '\\': vstr_add_byte(out, '\\'); break;
            case '\'': vstr_add_byte(out, '\''); break;
            case '"': vstr_add_byte(out, '"'); break;
            case 'a': vstr_add_byte(out, 7); break;
            case 'b': vstr_add_byte(out, 8); break;
            case 'f': vstr_add_byte(out, 12); break;
            case 'n': vstr_add_byte(out, 10); break;
            case 'r': vstr_add_byte(out, 13); break;
            case 't': vstr_add_byte(out, 9); break;
            case 'v': vstr_add_byte(out, 11); break;
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                uint32_t v = c - '0';
                for (int i = 0; i < 2 && s < e && *s >= '0' && *s <= '7'; i++) {
                    v = v * 8 + (uint32_t)(*s++ - '0');
                }
                if (is_bytes) {
                    v &= 0xff;
                }
                add_escape_char(out, v, is_bytes);
                break;
            }
            case 'x': case 'u': case 'U': {
                if (is_bytes && c != 'x') {
                    vstr_add_byte(out, '\\');
                    vstr_add_byte(out, c);
                    break;
                }
                int nd = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                uint32_t v = 0;
                for (int i = 0; i < nd; i++) {
                    int h = s < e ? hex_value((uint8_t)*s) : -1;
                    if (h < 0) {
                        error(lx, c == 'x' ? "invalid \\x escape" : "invalid \\u escape");
                    }
                    v = v * 16 + (uint32_t)h;
                    s++;
                }
                if (v > 0x10ffff) {
                    error(lx, "invalid \\U escape");
                }
                add_escape_char(out, v, is_bytes);
                break;
            }
            case 'N':
                if (!is_bytes) {
                    error(lx, "\\N{...} escapes are not supported");
                }
                // fall through
            default:
                // unknown escape: kept as it is
                vstr_add_byte(out, '\\');
                if (is_bytes && c >= 0x80) {
                    error(lx, "bytes can only contain ASCII literal characters");
                }
                vstr_add_byte(out, c);
                break;
        }
    }
}

// lx->p is at the opening quote; flags from the prefix.
static void lex_string(lexer_t *lx, int flags) {
    char q = *lx->p;
    bool triple = peek(lx, 1) == q && peek(lx, 2) == q;
    lx->p += triple ? 3 : 1;
    const char *body = lx->p;
    uint32_t start_line = lx->line;
    // find the end, honouring backslashes (even in raw strings a backslash
    // protects the next char from ending the literal)
    for (;;) {
        if (lx->p >= lx->end) {
            lx->line = start_line;
            error(lx, "unterminated string");
        }
        char c = *lx->p;
        if (c == '\\') {
            if (lx->p + 1 < lx->end && lx->p[1] == '\n') {
                lx->line++;
            }
            lx->p += 2;
            if (lx->p > lx->end) {
                lx->p = lx->end;
            }
            continue;
        }
        if (c == '\n') {
            if (!triple) {
                lx->line = start_line;
                error(lx, "unterminated string");
            }
            lx->line++;
        }
        if (c == q && (!triple || (peek(lx, 1) == q && peek(lx, 2) == q))) {
            break;
        }
        lx->p++;
    }
    const char *body_end = lx->p;
    lx->p += triple ? 3 : 1;
    uint32_t end_line = lx->line;
    vstr_clear(&lx->str);
    if (flags & (STR_RAW | STR_FSTRING)) {
        // raw and f-strings keep their text (f-strings are decoded by the parser)
        vstr_add_strn(&lx->str, body, (size_t)(body_end - body));
        if ((flags & STR_BYTES)) {
            for (const char *s = body; s < body_end; s++) {
                if ((uint8_t)*s >= 0x80) {
                    lx->line = start_line;
                    error(lx, "bytes can only contain ASCII literal characters");
                }
            }
        }
    } else {
        lx->line = start_line;
        lexer_decode(lx, body, (size_t)(body_end - body), (flags & STR_BYTES) != 0, &lx->str);
    }
    lx->line = end_line;
    lx->tok = TOK_STRING;
    lx->str_flags = (uint8_t)flags;
}

// Is the identifier at p..p+n a string prefix? Returns its flags or -1.
static int string_prefix(const char *p, size_t n) {
    int flags = 0;
    if (n > 2) {
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        int c = p[i] | 0x20;
        int f = c == 'r' ? STR_RAW : c == 'b' ? STR_BYTES : c == 'f' ? STR_FSTRING : c == 'u' ? 8 : -1;
        if (f < 0 || (flags & f)) {
            return -1;
        }
        flags |= f;
    }
    if ((flags & 8) && n != 1) {
        return -1;
    }
    if ((flags & STR_BYTES) && (flags & STR_FSTRING)) {
        return -1;
    }
    return flags & ~8;
}

// ---------------------------------------------------------------- keywords
static const char *const keywords[] = {
#define X(id, text) text,
    LEX_TOKENS(X)
#undef X
};

static int keyword_lookup(const char *s, size_t n) {
    if (n < 2 || n > 8) {
        return -1;
    }
    for (int t = TOK_FIRST_KEYWORD; t < TOK__COUNT; t++) {
        const char *k = keywords[t];
        if (k[0] == s[0] && strlen(k) == n && memcmp(k, s, n) == 0) {
            return t;
        }
    }
    return -1;
}

// ---------------------------------------------------------------- operators
// Longest match over the operator texts.
static int lex_operator(lexer_t *lx) {
    int best = -1;
    size_t best_len = 0;
    for (int t = TOK_LPAREN; t < TOK_FIRST_KEYWORD; t++) {
        const char *txt = tok_texts[t];
        size_t n = strlen(txt);
        if (n > best_len && lx->p + n <= lx->end && memcmp(lx->p, txt, n) == 0) {
            best = t;
            best_len = n;
        }
    }
    if (best >= 0) {
        lx->p += best_len;
    }
    return best;
}

// ---------------------------------------------------------------- main
void lexer_next(lexer_t *lx) {
    if (lx->pending_dedents > 0) {
        lx->pending_dedents--;
        lx->tok = TOK_DEDENT;
        return;
    }
    if (lx->at_bol && lx->paren == 0) {
        if (do_indent(lx)) {
            lx->tok_line = lx->line;
            return;
        }
    }
    // skip whitespace, comments and continuations
    for (;;) {
        int c = peek(lx, 0);
        if (c == ' ' || c == '\t' || c == '\f' || c == '\r') {
            lx->p++;
        } else if (c == '#') {
            while (lx->p < lx->end && *lx->p != '\n') {
                lx->p++;
            }
        } else if (c == '\\') {
            int c1 = peek(lx, 1);
            if (c1 == '\r' && peek(lx, 2) == '\n') {
                lx->p++;
                c1 = '\n';
            }
            if (c1 != '\n') {
                error(lx, "invalid syntax");
            }
            lx->p += 2;
            lx->line++;
            if (lx->p >= lx->end) {
                error(lx, "unexpected EOF");
            }
        } else if (c == '\n' && lx->paren > 0) {
            lx->p++;
            lx->line++;
        } else {
            break;
        }
    }
    lx->tok_line = lx->line;
    int c = peek(lx, 0);
    if (c == -1) {
        if (lx->line_has_tokens && lx->paren == 0) {
            lx->line_has_tokens = false;
            lx->tok = TOK_NEWLINE;
            return;
        }
        if (lx->n_indent > 1 && lx->paren == 0) {
            lx->n_indent--;
            lx->tok = TOK_DEDENT;
            return;
        }
        lx->tok = TOK_END;
        return;
    }
    if (c == '\n') {
        lx->p++;
        lx->line++;
        lx->at_bol = true;
        lx->line_has_tokens = false;
        lx->tok = TOK_NEWLINE;
        return;
    }
    lx->line_has_tokens = true;
    if (is_ident_start(c)) {
        const char *s = lx->p;
        while (lx->p < lx->end && is_ident_char((uint8_t)*lx->p)) {
            lx->p++;
        }
        size_t n = (size_t)(lx->p - s);
        int q = peek(lx, 0);
        if (q == '\'' || q == '"') {
            int flags = string_prefix(s, n);
            if (flags >= 0) {
                lex_string(lx, flags);
                return;
            }
        }
        int kw = keyword_lookup(s, n);
        if (kw >= 0) {
            lx->tok = (uint8_t)kw;
            return;
        }
        lx->name = names_intern(s, n);
        lx->tok = TOK_NAME;
        return;
    }
    if (is_digit(c) || (c == '.' && is_digit(peek(lx, 1)))) {
        lex_number(lx);
        return;
    }
    if (c == '\'' || c == '"') {
        lex_string(lx, 0);
        return;
    }
    int t = lex_operator(lx);
    if (t < 0) {
        error(lx, "invalid syntax");
    }
    if (t == TOK_LPAREN || t == TOK_LBRACKET || t == TOK_LBRACE) {
        lx->paren++;
    } else if (t == TOK_RPAREN || t == TOK_RBRACKET || t == TOK_RBRACE) {
        if (lx->paren > 0) {
            lx->paren--;
        }
    }
    lx->tok = (uint8_t)t;
}
