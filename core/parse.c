// core/parse.c — recursive-descent parser: tokens -> AST nodes in an arena.
// One function per grammar rule, lowest precedence first. Variable-length
// node lists are collected on a scratch stack (ps->stack) and copied into the
// node when it is made, so nesting needs no temporary lists.
// Invariants: ps->lx.tok is the next unconsumed token; every helper that
// pushes on the scratch stack pops back to where it started. Semantic checks
// that need scope information (return/yield outside a function, break outside
// a loop) are left to the compiler; target validity is checked here.
#include <string.h>
#include "core/ast.h"
#include "core/runtime.h"
#include "core/types.h"
#include "core/gc.h"
#include "core/compile.h"

// ---------------------------------------------------------------- arena
struct arena_chunk_s {
    arena_chunk_t *next;
    size_t size;
    char data[];
};

#define ARENA_CHUNK 4096

void *arena_alloc(arena_t *a, size_t n) {
    n = (n + sizeof(void *) - 1) & ~(sizeof(void *) - 1);
    if (a->head == NULL || a->used + n > a->head->size) {
        size_t sz = n > ARENA_CHUNK ? n : ARENA_CHUNK;
        arena_chunk_t *c = gc_alloc(sizeof(arena_chunk_t) + sz);
        c->size = sz;
        c->next = a->head;
        a->head = c;
        a->used = 0;
    }
    void *p = a->head->data + a->used;
    a->used += n;
    memset(p, 0, n);
    return p;
}

void arena_free(arena_t *a) {
    arena_chunk_t *c = a->head;
    while (c) {
        arena_chunk_t *next = c->next;
        gc_free(c);
        c = next;
    }
    a->head = NULL;
    a->used = 0;
}

// ---------------------------------------------------------------- helpers
#define TOK (ps->lx.tok)

NORETURN void parse_error_at(parser_t *ps, uint32_t line, const char *msg) {
    lexer_raise(ps->lx.filename, line, &type_SyntaxError, msg);
}

NORETURN static void syntax_error(parser_t *ps) {
    parse_error_at(ps, ps->lx.tok_line, "invalid syntax");
}

static void next(parser_t *ps) {
    lexer_next(&ps->lx);
}

static bool accept(parser_t *ps, int t) {
    if (TOK == t) {
        next(ps);
        return true;
    }
    return false;
}

static void expect(parser_t *ps, int t) {
    if (TOK != t) {
        syntax_error(ps);
    }
    next(ps);
}

static name_t expect_name(parser_t *ps) {
    if (TOK != TOK_NAME) {
        syntax_error(ps);
    }
    name_t n = ps->lx.name;
    next(ps);
    return n;
}

static ast_t *node(parser_t *ps, int kind, uint32_t line, size_t n) {
    ast_t *a = arena_alloc(ps->arena, sizeof(ast_t) + n * sizeof(ast_t *));
    a->kind = (uint8_t)kind;
    a->n = (uint16_t)n;
    a->line = line;
    return a;
}

static ast_t *node1(parser_t *ps, int kind, uint32_t line, ast_t *k0) {
    ast_t *a = node(ps, kind, line, 1);
    a->kids[0] = k0;
    return a;
}

static ast_t *node2(parser_t *ps, int kind, uint32_t line, ast_t *k0, ast_t *k1) {
    ast_t *a = node(ps, kind, line, 2);
    a->kids[0] = k0;
    a->kids[1] = k1;
    return a;
}

static void push(parser_t *ps, ast_t *a) {
    if (ps->sp >= ps->stack_alloc) {
        ps->stack_alloc = ps->stack_alloc * 2 + 16;
        ps->stack = gc_realloc(ps->stack, ps->stack_alloc * sizeof(ast_t *));
    }
    ps->stack[ps->sp++] = a;
}

// Make a node whose kids are stack[base..sp) and pop them.
static ast_t *node_from_stack(parser_t *ps, int kind, uint32_t line, size_t base) {
    size_t n = ps->sp - base;
    if (n > 0xffff) {
        parse_error_at(ps, line, "too many items");
    }
    ast_t *a = node(ps, kind, line, n);
    if (n) {
        memcpy(a->kids, ps->stack + base, n * sizeof(ast_t *));
    }
    ps->sp = base;
    return a;
}

static ast_t *const_node(parser_t *ps, uint32_t line, obj_t v) {
    ast_t *a = node(ps, AST_CONST, line, 0);
    a->v.obj = v;
    return a;
}

static ast_t *name_node(parser_t *ps, uint32_t line, name_t n) {
    ast_t *a = node(ps, AST_NAME, line, 0);
    a->v.name = n;
    return a;
}

// A str constant: short identifier-like strings become interned names.
static obj_t make_str_const(const char *s, size_t n) {
    bool ident = n <= 32;
    for (size_t i = 0; i < n && ident; i++) {
        char c = s[i];
        ident = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
                (i > 0 && c >= '0' && c <= '9');
    }
    if (ident) {
        return OBJ_NAME(names_intern(s, n));
    }
    return str_new(s, n);
}

// ---------------------------------------------------------------- expressions
static ast_t *parse_test(parser_t *ps);
static ast_t *parse_expr(parser_t *ps);
static ast_t *parse_or_test(parser_t *ps);
static ast_t *parse_namedexpr_test(parser_t *ps);
static ast_t *parse_testlist_star_expr(parser_t *ps, bool allow_star);
static ast_t *parse_exprlist(parser_t *ps);
static ast_t *parse_params(parser_t *ps, int closing, bool annotations);
static ast_t *parse_yield_expr(parser_t *ps);

static bool starts_expr(int t) {
    switch (t) {
        case TOK_NAME: case TOK_NUMBER: case TOK_STRING: case TOK_LPAREN: case TOK_LBRACKET:
        case TOK_LBRACE: case TOK_MINUS: case TOK_PLUS: case TOK_TILDE: case TOK_KW_not:
        case TOK_KW_lambda: case TOK_KW_await: case TOK_KW_None: case TOK_KW_True:
        case TOK_KW_False: case TOK_ELLIPSIS: case TOK_STAR:
            return true;
        default:
            return false;
    }
}

// f-strings ---------------------------------------------------------------
static void fstring_parts(parser_t *ps, const char *s, size_t n, bool raw, uint32_t line, vstr_t *lit);

static void flush_literal(parser_t *ps, vstr_t *raw_lit, bool raw, uint32_t line) {
    if (raw_lit->len == 0) {
        return;
    }
    vstr_t dec;
    vstr_init(&dec, raw_lit->len);
    if (raw) {
        vstr_add_strn(&dec, raw_lit->buf, raw_lit->len);
    } else {
        uint32_t save = ps->lx.line;
        ps->lx.line = line;
        lexer_decode(&ps->lx, raw_lit->buf, raw_lit->len, false, &dec);
        ps->lx.line = save;
    }
    push(ps, const_node(ps, line, make_str_const(dec.buf, dec.len)));
    vstr_clear(raw_lit);
}

// Parse the expression text of a replacement field with a sub-lexer.
static ast_t *parse_sub_expr(parser_t *ps, const char *s, size_t n, uint32_t line) {
    lexer_t saved = ps->lx;
    lexer_init(&ps->lx, s, n, saved.filename, line, true);
    next(ps);
    ast_t *e;
    if (TOK == TOK_KW_yield) {
        e = parse_yield_expr(ps);
    } else {
        e = parse_testlist_star_expr(ps, true);
    }
    if (TOK != TOK_END) {
        syntax_error(ps);
    }
    ps->lx = saved;
    return e;
}

// Scan to the end of a replacement-field expression: returns the position of
// the terminator (`}`, `!`, `:` or `=` at depth 0).
static const char *fstring_expr_end(parser_t *ps, const char *s, const char *e, uint32_t line) {
    int depth = 0;
    while (s < e) {
        char c = *s;
        if (c == '\'' || c == '"') {
            char q = c;
            s++;
            while (s < e && *s != q) {
                s++;
            }
        } else if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if (c == ')' || c == ']' || (c == '}' && depth > 0)) {
            depth--;
        } else if (depth == 0) {
            if (c == '}' || c == ':') {
                return s;
            }
            if (c == '!' && s + 1 < e && s[1] != '=') {
                return s;
            }
            if (c == '=' && s + 1 < e && s[1] != '=' && s[-1] != '=' && s[-1] != '!' &&
                s[-1] != '<' && s[-1] != '>') {
                return s;
            }
        }
        s++;
    }
    parse_error_at(ps, line, "f-string: expecting '}'");
}

static ast_t *fstring_node(parser_t *ps, const char *s, size_t n, bool raw, uint32_t line) {
    size_t base = ps->sp;
    vstr_t lit;
    vstr_init(&lit, 16);
    fstring_parts(ps, s, n, raw, line, &lit);
    flush_literal(ps, &lit, raw, line);
    return node_from_stack(ps, AST_JOINEDSTR, line, base);
}

static void fstring_parts(parser_t *ps, const char *s, size_t n, bool raw, uint32_t line, vstr_t *lit) {
    const char *e = s + n;
    while (s < e) {
        char c = *s;
        if (c == '{') {
            if (s + 1 < e && s[1] == '{') {
                vstr_add_byte(lit, '{');
                s += 2;
                continue;
            }
            const char *x = s + 1;
            const char *xe = fstring_expr_end(ps, x, e, line);
            ast_t *val = parse_sub_expr(ps, x, (size_t)(xe - x), line);
            int conv = 0;
            s = xe;
            if (*s == '=') {
                vstr_add_strn(lit, x, (size_t)(s + 1 - x));
                s++;
                while (s < e && *s == ' ') {
                    vstr_add_byte(lit, ' ');
                    s++;
                }
                conv = 2;
            }
            flush_literal(ps, lit, raw, line);
            if (s < e && *s == '!') {
                char cc = s + 1 < e ? s[1] : 0;
                conv = cc == 's' ? 1 : cc == 'r' ? 2 : cc == 'a' ? 3 : -1;
                if (conv < 0) {
                    parse_error_at(ps, line, "f-string: invalid conversion character");
                }
                s += 2;
            }
            ast_t *spec = NULL;
            if (s < e && *s == ':') {
                s++;
                const char *ss = s;
                int depth = 0;
                while (s < e && (depth > 0 || *s != '}')) {
                    if (*s == '{') {
                        depth++;
                    } else if (*s == '}') {
                        depth--;
                    }
                    s++;
                }
                spec = fstring_node(ps, ss, (size_t)(s - ss), true, line);
                if (conv == 2 && x[0] && xe[0] == '=') {
                    conv = 0;   // {x=:spec} formats with the spec, not repr
                }
            }
            if (s >= e || *s != '}') {
                parse_error_at(ps, line, "f-string: expecting '}'");
            }
            s++;
            ast_t *f = node2(ps, AST_FORMATTED, line, val, spec);
            f->op = (uint8_t)conv;
            push(ps, f);
        } else if (c == '}') {
            if (s + 1 < e && s[1] == '}') {
                vstr_add_byte(lit, '}');
                s += 2;
                continue;
            }
            parse_error_at(ps, line, "f-string: single '}' is not allowed");
        } else {
            vstr_add_byte(lit, (uint8_t)c);
            s++;
        }
    }
}

// Adjacent string literals, concatenated; f-strings make a JOINEDSTR.
static ast_t *parse_strings(parser_t *ps) {
    uint32_t line = ps->lx.tok_line;
    vstr_t acc;
    vstr_init(&acc, 32);
    int kind = -1;   // 0 str, 1 bytes
    bool any_f = false;
    size_t base = ps->sp;
    vstr_t rawlit;
    vstr_init(&rawlit, 16);
    while (TOK == TOK_STRING) {
        int flags = ps->lx.str_flags;
        int k = (flags & STR_BYTES) ? 1 : 0;
        if (kind >= 0 && k != kind) {
            parse_error_at(ps, line, "cannot mix bytes and nonbytes literals");
        }
        kind = k;
        if (flags & STR_FSTRING) {
            if (!any_f) {
                any_f = true;
                if (acc.len) {
                    push(ps, const_node(ps, line, make_str_const(acc.buf, acc.len)));
                    vstr_clear(&acc);
                }
            }
            // copy the raw text: the sub-lexer may reuse the token buffer
            size_t n = ps->lx.str.len;
            char *text = arena_alloc(ps->arena, n + 1);
            memcpy(text, ps->lx.str.buf, n);
            fstring_parts(ps, text, n, (flags & STR_RAW) != 0, ps->lx.tok_line, &rawlit);
            flush_literal(ps, &rawlit, (flags & STR_RAW) != 0, ps->lx.tok_line);
        } else if (any_f) {
            push(ps, const_node(ps, line, make_str_const(ps->lx.str.buf, ps->lx.str.len)));
        } else {
            vstr_add_strn(&acc, ps->lx.str.buf, ps->lx.str.len);
        }
        next(ps);
    }
    if (any_f) {
        return node_from_stack(ps, AST_JOINEDSTR, line, base);
    }
    if (kind == 1) {
        return const_node(ps, line, bytes_new(acc.buf, acc.len));
    }
    return const_node(ps, line, make_str_const(acc.buf, acc.len));
}

// comprehensions -----------------------------------------------------------
// After the element(s) have been pushed: parse the for/if clauses.
static ast_t *parse_comp(parser_t *ps, int kind, uint32_t line, size_t base) {
    while (TOK == TOK_KW_for || TOK == TOK_KW_async) {
        uint32_t fl = ps->lx.tok_line;
        bool is_async = accept(ps, TOK_KW_async);
        expect(ps, TOK_KW_for);
        size_t b2 = ps->sp;
        push(ps, parse_exprlist(ps));
        expect(ps, TOK_KW_in);
        push(ps, parse_or_test(ps));
        while (TOK == TOK_KW_if) {
            next(ps);
            push(ps, parse_or_test(ps));
        }
        ast_t *cf = node_from_stack(ps, AST_COMPFOR, fl, b2);
        cf->op = is_async;
        push(ps, cf);
    }
    return node_from_stack(ps, kind, line, base);
}

static ast_t *parse_star_or_namedexpr(parser_t *ps) {
    if (TOK == TOK_STAR) {
        uint32_t line = ps->lx.tok_line;
        next(ps);
        return node1(ps, AST_STAR, line, parse_expr(ps));
    }
    return parse_namedexpr_test(ps);
}

static ast_t *parse_atom(parser_t *ps) {
    uint32_t line = ps->lx.tok_line;
    switch (TOK) {
        case TOK_NAME: return name_node(ps, line, expect_name(ps));
        case TOK_NUMBER: {
            obj_t v = ps->lx.num;
            next(ps);
            return const_node(ps, line, v);
        }
        case TOK_STRING:
            return parse_strings(ps);
        case TOK_ELLIPSIS: next(ps); return const_node(ps, line, OBJ_ELLIPSIS);
        case TOK_KW_None: next(ps); return const_node(ps, line, OBJ_NONE);
        case TOK_KW_True: next(ps); return const_node(ps, line, OBJ_TRUE);
        case TOK_KW_False: next(ps); return const_node(ps, line, OBJ_FALSE);
        case TOK_LPAREN: {
            next(ps);
            if (accept(ps, TOK_RPAREN)) {
                return node(ps, AST_TUPLE, line, 0);
            }
            if (TOK == TOK_KW_yield) {
                ast_t *y = parse_yield_expr(ps);
                expect(ps, TOK_RPAREN);
                return y;
            }
            size_t base = ps->sp;
            ast_t *first = parse_star_or_namedexpr(ps);
            if (TOK == TOK_KW_for || TOK == TOK_KW_async) {
                push(ps, first);
                ast_t *g = parse_comp(ps, AST_GENEXP, line, base);
                expect(ps, TOK_RPAREN);
                return g;
            }
            if (TOK != TOK_COMMA) {
                expect(ps, TOK_RPAREN);
                if (first->kind == AST_STAR) {
                    parse_error_at(ps, line, "can't use starred expression here");
                }
                return first;
            }
            push(ps, first);
            while (accept(ps, TOK_COMMA) && TOK != TOK_RPAREN) {
                push(ps, parse_star_or_namedexpr(ps));
            }
            expect(ps, TOK_RPAREN);
            return node_from_stack(ps, AST_TUPLE, line, base);
        }
        case TOK_LBRACKET: {
            next(ps);
            size_t base = ps->sp;
            if (accept(ps, TOK_RBRACKET)) {
                return node(ps, AST_LIST, line, 0);
            }
            push(ps, parse_star_or_namedexpr(ps));
            if (TOK == TOK_KW_for || TOK == TOK_KW_async) {
                ast_t *c = parse_comp(ps, AST_LISTCOMP, line, base);
                expect(ps, TOK_RBRACKET);
                return c;
            }
            while (accept(ps, TOK_COMMA) && TOK != TOK_RBRACKET) {
                push(ps, parse_star_or_namedexpr(ps));
            }
            expect(ps, TOK_RBRACKET);
            return node_from_stack(ps, AST_LIST, line, base);
        }
        case TOK_LBRACE: {
            next(ps);
            size_t base = ps->sp;
            if (accept(ps, TOK_RBRACE)) {
                return node(ps, AST_DICT, line, 0);
            }
            bool is_dict;
            if (TOK == TOK_DSTAR) {
                uint32_t l2 = ps->lx.tok_line;
                next(ps);
                push(ps, node1(ps, AST_DSTAR, l2, parse_expr(ps)));
                is_dict = true;
            } else {
                ast_t *first = parse_star_or_namedexpr(ps);
                push(ps, first);
                is_dict = first->kind != AST_STAR && accept(ps, TOK_COLON);
                if (is_dict) {
                    push(ps, parse_test(ps));
                    if (TOK == TOK_KW_for || TOK == TOK_KW_async) {
                        ast_t *c = parse_comp(ps, AST_DICTCOMP, line, base);
                        expect(ps, TOK_RBRACE);
                        return c;
                    }
                } else if (TOK == TOK_KW_for || TOK == TOK_KW_async) {
                    ast_t *c = parse_comp(ps, AST_SETCOMP, line, base);
                    expect(ps, TOK_RBRACE);
                    return c;
                }
            }
            while (accept(ps, TOK_COMMA) && TOK != TOK_RBRACE) {
                if (is_dict) {
                    if (TOK == TOK_DSTAR) {
                        uint32_t l2 = ps->lx.tok_line;
                        next(ps);
                        push(ps, node1(ps, AST_DSTAR, l2, parse_expr(ps)));
                    } else {
                        push(ps, parse_test(ps));
                        expect(ps, TOK_COLON);
                        push(ps, parse_test(ps));
                    }
                } else {
                    push(ps, parse_star_or_namedexpr(ps));
                }
            }
            expect(ps, TOK_RBRACE);
            return node_from_stack(ps, is_dict ? AST_DICT : AST_SET, line, base);
        }
        default:
            syntax_error(ps);
    }
}

static ast_t *parse_subscript(parser_t *ps) {
    uint32_t line = ps->lx.tok_line;
    ast_t *lo = NULL, *hi = NULL, *step = NULL;
    if (TOK != TOK_COLON) {
        lo = parse_namedexpr_test(ps);
        if (TOK != TOK_COLON) {
            return lo;
        }
    }
    expect(ps, TOK_COLON);
    if (TOK != TOK_COLON && TOK != TOK_RBRACKET && TOK != TOK_COMMA) {
        hi = parse_test(ps);
    }
    int n = 2;
    if (accept(ps, TOK_COLON)) {
        n = 3;
        if (TOK != TOK_RBRACKET && TOK != TOK_COMMA) {
            step = parse_test(ps);
        }
    }
    ast_t *s = node(ps, AST_SLICE, line, (size_t)n);
    s->kids[0] = lo;
    s->kids[1] = hi;
    if (n == 3) {
        s->kids[2] = step;
    }
    return s;
}

// Call arguments after '(' up to and including ')'; pushes them.
static void parse_call_args(parser_t *ps) {
    bool seen_kw = false, seen_dstar = false;
    size_t first = ps->sp;
    while (TOK != TOK_RPAREN) {
        uint32_t line = ps->lx.tok_line;
        ast_t *a;
        if (accept(ps, TOK_STAR)) {
            if (seen_dstar) {
                parse_error_at(ps, line, "iterable argument unpacking follows keyword argument unpacking");
            }
            a = node1(ps, AST_STAR, line, parse_test(ps));
        } else if (accept(ps, TOK_DSTAR)) {
            a = node1(ps, AST_DSTAR, line, parse_test(ps));
            seen_dstar = true;
        } else {
            a = parse_namedexpr_test(ps);
            if (TOK == TOK_ASSIGN) {
                if (a->kind != AST_NAME) {
                    parse_error_at(ps, line, "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                next(ps);
                ast_t *k = node1(ps, AST_KEYWORD, line, parse_test(ps));
                k->v.name = a->v.name;
                for (size_t i = first; i < ps->sp; i++) {
                    ast_t *o = ps->stack[i];
                    if (o->kind == AST_KEYWORD && o->v.name == k->v.name) {
                        parse_error_at(ps, line, "keyword argument repeated");
                    }
                }
                a = k;
                seen_kw = true;
            } else if (TOK == TOK_KW_for || TOK == TOK_KW_async) {
                if (ps->sp != first) {
                    parse_error_at(ps, line, "Generator expression must be parenthesized");
                }
                size_t base = ps->sp;
                push(ps, a);
                a = parse_comp(ps, AST_GENEXP, line, base);
                if (TOK != TOK_RPAREN) {
                    parse_error_at(ps, line, "Generator expression must be parenthesized");
                }
            } else if (seen_dstar) {
                parse_error_at(ps, line, "positional argument follows keyword argument unpacking");
            } else if (seen_kw) {
                parse_error_at(ps, line, "positional argument follows keyword argument");
            }
        }
        push(ps, a);
        if (!accept(ps, TOK_COMMA)) {
            break;
        }
    }
    expect(ps, TOK_RPAREN);
}

static ast_t *parse_atom_expr(parser_t *ps) {
    ast_t *a = parse_atom(ps);
    for (;;) {
        uint32_t line = ps->lx.tok_line;
        if (accept(ps, TOK_LPAREN)) {
            size_t base = ps->sp;
            push(ps, a);
            parse_call_args(ps);
            a = node_from_stack(ps, AST_CALL, line, base);
        } else if (accept(ps, TOK_LBRACKET)) {
            size_t base = ps->sp;
            ast_t *s = parse_subscript(ps);
            if (TOK == TOK_COMMA) {
                push(ps, s);
                while (accept(ps, TOK_COMMA) && TOK != TOK_RBRACKET) {
                    push(ps, parse_subscript(ps));
                }
                s = node_from_stack(ps, AST_TUPLE, line, base);
            }
            expect(ps, TOK_RBRACKET);
            a = node2(ps, AST_SUBSCR, line, a, s);
        } else if (accept(ps, TOK_DOT)) {
            ast_t *at = node1(ps, AST_ATTR, line, a);
            at->v.name = expect_name(ps);
            a = at;
        } else {
            return a;
        }
    }
}

static ast_t *parse_factor(parser_t *ps);

static ast_t *parse_power(parser_t *ps) {
    uint32_t line = ps->lx.tok_line;
    ast_t *a;
    if (accept(ps, TOK_KW_await)) {
        a = node1(ps, AST_AWAIT, line, parse_atom_expr(ps));
    } else {
        a = parse_atom_expr(ps);
    }
    if (TOK == TOK_DSTAR) {
        line = ps->lx.tok_line;
        next(ps);
        ast_t *b = node2(ps, AST_BINOP, line, a, parse_factor(ps));
        b->op = BINARY_OP_POWER;
        return b;
    }
    return a;
}

static ast_t *parse_factor(parser_t *ps) {
    rt_check_stack();
    uint32_t line = ps->lx.tok_line;
    int op;
    switch (TOK) {
        case TOK_MINUS: op = UNARY_OP_NEGATIVE; break;
        case TOK_PLUS: op = UNARY_OP_POSITIVE; break;
        case TOK_TILDE: op = UNARY_OP_INVERT; break;
        default: return parse_power(ps);
    }
    next(ps);
    ast_t *u = node1(ps, AST_UNARY, line, parse_factor(ps));
    u->op = (uint8_t)op;
    return u;
}

// Binary operator levels, tightest last.
typedef struct {
    uint8_t tok;
    uint8_t op;
} binop_map_t;

static const binop_map_t term_ops[] = {
    {TOK_STAR, BINARY_OP_MULTIPLY}, {TOK_SLASH, BINARY_OP_TRUE_DIVIDE},
    {TOK_DSLASH, BINARY_OP_FLOOR_DIVIDE}, {TOK_PERCENT, BINARY_OP_MODULO},
    {TOK_AT, BINARY_OP_MAT_MULTIPLY}, {0, 0}};
static const binop_map_t arith_ops[] = {{TOK_PLUS, BINARY_OP_ADD}, {TOK_MINUS, BINARY_OP_SUBTRACT}, {0, 0}};
static const binop_map_t shift_ops[] = {{TOK_LSHIFT, BINARY_OP_LSHIFT}, {TOK_RSHIFT, BINARY_OP_RSHIFT}, {0, 0}};
static const binop_map_t and_ops[] = {{TOK_AMP, BINARY_OP_AND}, {0, 0}};
static const binop_map_t xor_ops[] = {{TOK_CARET, BINARY_OP_XOR}, {0, 0}};
static const binop_map_t or_ops[] = {{TOK_PIPE, BINARY_OP_OR}, {0, 0}};
static const binop_map_t *const levels[] = {or_ops, xor_ops, and_ops, shift_ops, arith_ops, term_ops};
#define N_LEVELS 6

static ast_t *parse_binary(parser_t *ps, int level) {
    if (level == N_LEVELS) {
        return parse_factor(ps);
    }
    ast_t *a = parse_binary(ps, level + 1);
    for (;;) {
        const binop_map_t *m = levels[level];
        while (m->tok && m->tok != TOK) {
            m++;
        }
        if (!m->tok) {
            return a;
        }
        uint32_t line = ps->lx.tok_line;
        next(ps);
        ast_t *b = node2(ps, AST_BINOP, line, a, parse_binary(ps, level + 1));
        b->op = m->op;
        a = b;
    }
}

static ast_t *parse_expr(parser_t *ps) {
    return parse_binary(ps, 0);
}

static int comparison_op(parser_t *ps) {
    switch (TOK) {
        case TOK_LT: next(ps); return BINARY_OP_LESS;
        case TOK_GT: next(ps); return BINARY_OP_MORE;
        case TOK_EQ: next(ps); return BINARY_OP_EQUAL;
        case TOK_LE: next(ps); return BINARY_OP_LESS_EQUAL;
        case TOK_GE: next(ps); return BINARY_OP_MORE_EQUAL;
        case TOK_NE: next(ps); return BINARY_OP_NOT_EQUAL;
        case TOK_KW_in: next(ps); return BINARY_OP_IN;
        case TOK_KW_is:
            next(ps);
            return accept(ps, TOK_KW_not) ? (BINARY_OP_IS | CMP_NEGATE) : BINARY_OP_IS;
        case TOK_KW_not:
            next(ps);
            expect(ps, TOK_KW_in);
            return BINARY_OP_IN | CMP_NEGATE;
        default:
            return -1;
    }
}

static ast_t *parse_comparison(parser_t *ps) {
    uint32_t line = ps->lx.tok_line;
    ast_t *a = parse_expr(ps);
    size_t base = ps->sp;
    for (;;) {
        uint32_t l2 = ps->lx.tok_line;
        int op = comparison_op(ps);
        if (op < 0) {
            break;
        }
        if (ps->sp == base) {
            push(ps, a);
        }
        ast_t *c = node1(ps, AST_CMP, l2, parse_expr(ps));
        c->op = (uint8_t)op;
        push(ps, c);
    }
    if (ps->sp == base) {
        return a;
    }
    return node_from_stack(ps, AST_COMPARE, line, base);
}

static ast_t *parse_not_test(parser_t *ps) {
    uint32_t line = ps->lx.tok_line;
    if (accept(ps, TOK_KW_not)) {
        ast_t *u = node1(ps, AST_UNARY, line, parse_not_test(ps));
        u->op = UNARY_OP_NOT;
        return u;
    }
    return parse_comparison(ps);
}

static ast_t *parse_boolop(parser_t *ps, int tok, ast_t *(*sub)(parser_t *)) {
    uint32_t line = ps->lx.tok_line;
    ast_t *a = sub(ps);
    if (TOK != tok) {
        return a;
    }
    size_t base = ps->sp;
    push(ps, a);
    while (accept(ps, tok)) {
        push(ps, sub(ps));
    }
    ast_t *b = node_from_stack(ps, AST_BOOLOP, line, base);
    b->op = tok == TOK_KW_or;
    return b;
}

static ast_t *parse_and_test(parser_t *ps) {
    return parse_boolop(ps, TOK_KW_and, parse_not_test);
}

static ast_t *parse_or_test(parser_t *ps) {
    return parse_boolop(ps, TOK_KW_or, parse_and_test);
}

static ast_t *parse_lambda(parser_t *ps) {
    uint32_t line = ps->lx.tok_line;
    expect(ps, TOK_KW_lambda);
    ast_t *params = parse_params(ps, TOK_COLON, false);
    expect(ps, TOK_COLON);
    ast_t *body = parse_test(ps);
    return node2(ps, AST_LAMBDA, line, params, body);
}

static ast_t *parse_test(parser_t *ps) {
    rt_check_stack();
    if (TOK == TOK_KW_lambda) {
        return parse_lambda(ps);
    }
    uint32_t line = ps->lx.tok_line;
    ast_t *a = parse_or_test(ps);
    if (accept(ps, TOK_KW_if)) {
        ast_t *cond = parse_or_test(ps);
        expect(ps, TOK_KW_else);
        ast_t *e = parse_test(ps);
        ast_t *n = node(ps, AST_IFEXP, line, 3);
        n->kids[0] = cond;
        n->kids[1] = a;
        n->kids[2] = e;
        return n;
    }
    return a;
}

static ast_t *parse_namedexpr_test(parser_t *ps) {
    ast_t *a = parse_test(ps);
    if (TOK == TOK_WALRUS) {
        uint32_t line = ps->lx.tok_line;
        if (a->kind != AST_NAME) {
            parse_error_at(ps, line, "cannot use assignment expressions with expression");
        }
        next(ps);
        return node2(ps, AST_NAMEDEXPR, line, a, parse_test(ps));
    }
    return a;
}

// test or star_expr items separated by commas: a single item, or a TUPLE.
static ast_t *parse_testlist_star_expr(parser_t *ps, bool allow_star) {
    uint32_t line = ps->lx.tok_line;
    ast_t *first = allow_star ? parse_star_or_namedexpr(ps) : parse_test(ps);
    if (TOK != TOK_COMMA) {
        return first;
    }
    size_t base = ps->sp;
    push(ps, first);
    while (accept(ps, TOK_COMMA) && starts_expr(TOK)) {
        push(ps, allow_star ? parse_star_or_namedexpr(ps) : parse_test(ps));
    }
    return node_from_stack(ps, AST_TUPLE, line, base);
}

// Targets of for / comprehensions / del: expr or *expr, commas make a tuple.
static ast_t *parse_exprlist(parser_t *ps) {
    uint32_t line = ps->lx.tok_line;
    size_t base = ps->sp;
    bool comma = false;
    for (;;) {
        uint32_t l2 = ps->lx.tok_line;
        if (accept(ps, TOK_STAR)) {
            push(ps, node1(ps, AST_STAR, l2, parse_expr(ps)));
        } else {
            push(ps, parse_expr(ps));
        }
        if (TOK != TOK_COMMA) {
            break;
        }
        next(ps);
        comma = true;
        if (TOK == TOK_KW_in || TOK == TOK_NEWLINE || TOK == TOK_SEMICOLON || TOK == TOK_ASSIGN) {
            break;
        }
    }
    if (!comma) {
        ps->sp = base;
        return ps->stack[base];
    }
    return node_from_stack(ps, AST_TUPLE, line, base);
}

static ast_t *parse_yield_expr(parser_t *ps) {
    uint32_t line = ps->lx.tok_line;
    expect(ps, TOK_KW_yield);
    if (accept(ps, TOK_KW_from)) {
        return node1(ps, AST_YIELD_FROM, line, parse_test(ps));
    }
    ast_t *v = NULL;
    if (starts_expr(TOK)) {
        v = parse_testlist_star_expr(ps, true);
    }
    return node1(ps, AST_YIELD, line, v);
}

// Parameters of def (closing ')') or lambda (closing ':').
static ast_t *parse_params(parser_t *ps, int closing, bool annotations) {
    uint32_t line = ps->lx.tok_line;
    size_t base = ps->sp;
    int kind = PARAM_POS;
    bool seen_default = false, seen_varkw = false, bare_star = false;
    while (TOK != closing) {
        uint32_t l2 = ps->lx.tok_line;
        if (seen_varkw) {
            syntax_error(ps);
        }
        if (accept(ps, TOK_SLASH)) {
            if (kind != PARAM_POS || ps->sp == base) {
                syntax_error(ps);
            }
            for (size_t i = base; i < ps->sp; i++) {
                ps->stack[i]->op = PARAM_POSONLY;
            }
        } else {
            int pk = kind;
            if (accept(ps, TOK_STAR)) {
                if (kind != PARAM_POS) {
                    syntax_error(ps);
                }
                kind = PARAM_KWONLY;
                if (TOK != TOK_NAME) {
                    bare_star = true;
                    goto sep;
                }
                pk = PARAM_VARARGS;
            } else if (accept(ps, TOK_DSTAR)) {
                pk = PARAM_VARKW;
                seen_varkw = true;
            }
            ast_t *p = node1(ps, AST_PARAM, l2, NULL);
            p->v.name = expect_name(ps);
            p->op = (uint8_t)pk;
            for (size_t i = base; i < ps->sp; i++) {
                if (ps->stack[i]->v.name == p->v.name) {
                    parse_error_at(ps, l2, "duplicate argument in function definition");
                }
            }
            if (annotations && accept(ps, TOK_COLON)) {
                parse_test(ps);   // annotation: parsed and ignored
            }
            if (pk == PARAM_POS || pk == PARAM_KWONLY) {
                if (accept(ps, TOK_ASSIGN)) {
                    p->kids[0] = parse_test(ps);
                    if (pk == PARAM_POS) {
                        seen_default = true;
                    }
                } else if (pk == PARAM_POS && seen_default) {
                    parse_error_at(ps, l2, "non-default argument follows default argument");
                }
            }
            if (pk == PARAM_KWONLY) {
                bare_star = false;
            }
            push(ps, p);
        }
    sep:
        if (!accept(ps, TOK_COMMA)) {
            break;
        }
    }
    if (bare_star) {
        parse_error_at(ps, line, "named arguments must follow bare *");
    }
    return node_from_stack(ps, AST_PARAMS, line, base);
}

// ---------------------------------------------------------------- targets
static void check_target(parser_t *ps, ast_t *t, bool is_del) {
    switch (t->kind) {
        case AST_NAME: case AST_ATTR: case AST_SUBSCR:
            return;
        case AST_TUPLE: case AST_LIST: {
            bool star = false;
            for (size_t i = 0; i < t->n; i++) {
                ast_t *k = t->kids[i];
                if (k->kind == AST_STAR) {
                    if (star || is_del) {
                        parse_error_at(ps, k->line, is_del ? "can't delete expression"
                                                           : "multiple starred expressions in assignment");
                    }
                    star = true;
                    check_target(ps, k->kids[0], is_del);
                } else {
                    check_target(ps, k, is_del);
                }
            }
            return;
        }
        case AST_STAR:
            if (!is_del) {
                parse_error_at(ps, t->line, "starred assignment target must be in a list or tuple");
            }
            break;
        default:
            break;
    }
    parse_error_at(ps, t->line, is_del ? "can't delete expression" : "can't assign to expression");
}

// ---------------------------------------------------------------- statements
static ast_t *parse_stmt(parser_t *ps);
static ast_t *parse_suite(parser_t *ps);

static ast_t *parse_dotted_name(parser_t *ps) {
    uint32_t line = ps->lx.tok_line;
    vstr_t v;
    vstr_init(&v, 16);
    for (;;) {
        name_t n = expect_name(ps);
        vstr_add_strn(&v, names_str(n), names_len(n));
        if (TOK != TOK_DOT) {
            break;
        }
        next(ps);
        vstr_add_byte(&v, '.');
    }
    ast_t *a = node1(ps, AST_ALIAS, line, NULL);
    a->v.name = names_intern(v.buf, v.len);
    return a;
}

static ast_t *parse_import(parser_t *ps) {
    uint32_t line = ps->lx.tok_line;
    size_t base = ps->sp;
    if (accept(ps, TOK_KW_import)) {
        do {
            ast_t *a = parse_dotted_name(ps);
            if (accept(ps, TOK_KW_as)) {
                uint32_t l2 = ps->lx.tok_line;
                a->kids[0] = name_node(ps, l2, expect_name(ps));
            }
            push(ps, a);
        } while (accept(ps, TOK_COMMA));
        return node_from_stack(ps, AST_IMPORT, line, base);
    }
    expect(ps, TOK_KW_from);
    int level = 0;
    for (;;) {
        if (accept(ps, TOK_DOT)) {
            level++;
        } else if (accept(ps, TOK_ELLIPSIS)) {
            level += 3;
        } else {
            break;
        }
    }
    name_t mod = NAME_NULL;
    if (TOK == TOK_NAME) {
        mod = parse_dotted_name(ps)->v.name;
    } else if (level == 0) {
        syntax_error(ps);
    }
    expect(ps, TOK_KW_import);
    ast_t *r;
    if (accept(ps, TOK_STAR)) {
        r = node(ps, AST_IMPORTFROM, line, 0);
    } else {
        bool paren = accept(ps, TOK_LPAREN);
        do {
            if (paren && TOK == TOK_RPAREN) {
                break;
            }
            uint32_t l2 = ps->lx.tok_line;
            ast_t *a = node1(ps, AST_ALIAS, l2, NULL);
            a->v.name = expect_name(ps);
            if (accept(ps, TOK_KW_as)) {
                a->kids[0] = name_node(ps, ps->lx.tok_line, expect_name(ps));
            }
            push(ps, a);
        } while (accept(ps, TOK_COMMA));
        if (paren) {
            expect(ps, TOK_RPAREN);
        }
        r = node_from_stack(ps, AST_IMPORTFROM, line, base);
    }
    r->v.name = mod;
    r->op = (uint8_t)level;
    return r;
}

static int augassign_op(int tok) {
    switch (tok) {
        case TOK_PLUS_EQ: return BINARY_OP_INPLACE_ADD;
        case TOK_MINUS_EQ: return BINARY_OP_INPLACE_SUBTRACT;
        case TOK_STAR_EQ: return BINARY_OP_INPLACE_MULTIPLY;
        case TOK_SLASH_EQ: return BINARY_OP_INPLACE_TRUE_DIVIDE;
        case TOK_DSLASH_EQ: return BINARY_OP_INPLACE_FLOOR_DIVIDE;
        case TOK_PERCENT_EQ: return BINARY_OP_INPLACE_MODULO;
        case TOK_DSTAR_EQ: return BINARY_OP_INPLACE_POWER;
        case TOK_AT_EQ: return BINARY_OP_INPLACE_MAT_MULTIPLY;
        case TOK_AMP_EQ: return BINARY_OP_INPLACE_AND;
        case TOK_PIPE_EQ: return BINARY_OP_INPLACE_OR;
        case TOK_CARET_EQ: return BINARY_OP_INPLACE_XOR;
        case TOK_LSHIFT_EQ: return BINARY_OP_INPLACE_LSHIFT;
        case TOK_RSHIFT_EQ: return BINARY_OP_INPLACE_RSHIFT;
        default: return -1;
    }
}

static ast_t *parse_rhs(parser_t *ps) {
    if (TOK == TOK_KW_yield) {
        return parse_yield_expr(ps);
    }
    return parse_testlist_star_expr(ps, true);
}

static ast_t *parse_expr_stmt(parser_t *ps) {
    uint32_t line = ps->lx.tok_line;
    ast_t *e = parse_rhs(ps);
    int aug = augassign_op(TOK);
    if (aug >= 0) {
        if (e->kind != AST_NAME && e->kind != AST_ATTR && e->kind != AST_SUBSCR) {
            parse_error_at(ps, line, "illegal expression for augmented assignment");
        }
        next(ps);
        ast_t *a = node2(ps, AST_AUGASSIGN, line, e, parse_rhs(ps));
        a->op = (uint8_t)aug;
        return a;
    }
    if (TOK == TOK_COLON) {
        next(ps);
        if (e->kind != AST_NAME && e->kind != AST_ATTR && e->kind != AST_SUBSCR) {
            parse_error_at(ps, line, "illegal target for annotation");
        }
        ast_t *ann = parse_test(ps);
        ast_t *val = NULL;
        if (accept(ps, TOK_ASSIGN)) {
            val = parse_rhs(ps);
        }
        ast_t *a = node(ps, AST_ANNASSIGN, line, 3);
        a->kids[0] = e;
        a->kids[1] = ann;
        a->kids[2] = val;
        return a;
    }
    if (TOK != TOK_ASSIGN) {
        if (e->kind == AST_STAR) {
            parse_error_at(ps, line, "can't use starred expression here");
        }
        return node1(ps, AST_EXPR_STMT, line, e);
    }
    size_t base = ps->sp;
    push(ps, e);
    while (accept(ps, TOK_ASSIGN)) {
        push(ps, parse_rhs(ps));
    }
    for (size_t i = base; i + 1 < ps->sp; i++) {
        check_target(ps, ps->stack[i], false);
    }
    return node_from_stack(ps, AST_ASSIGN, line, base);
}

static ast_t *parse_simple_stmt(parser_t *ps) {
    uint32_t line = ps->lx.tok_line;
    switch (TOK) {
        case TOK_KW_pass: next(ps); return node(ps, AST_PASS, line, 0);
        case TOK_KW_break: next(ps); return node(ps, AST_BREAK, line, 0);
        case TOK_KW_continue: next(ps); return node(ps, AST_CONTINUE, line, 0);
        case TOK_KW_return: {
            next(ps);
            ast_t *v = NULL;
            if (starts_expr(TOK)) {
                v = parse_testlist_star_expr(ps, true);
            }
            return node1(ps, AST_RETURN, line, v);
        }
        case TOK_KW_raise: {
            next(ps);
            ast_t *e = NULL, *c = NULL;
            if (starts_expr(TOK)) {
                e = parse_test(ps);
                if (accept(ps, TOK_KW_from)) {
                    c = parse_test(ps);
                }
            }
            return node2(ps, AST_RAISE, line, e, c);
        }
        case TOK_KW_global:
        case TOK_KW_nonlocal: {
            int kind = TOK == TOK_KW_global ? AST_GLOBAL : AST_NONLOCAL;
            next(ps);
            size_t base = ps->sp;
            do {
                uint32_t l2 = ps->lx.tok_line;
                push(ps, name_node(ps, l2, expect_name(ps)));
            } while (accept(ps, TOK_COMMA));
            return node_from_stack(ps, kind, line, base);
        }
        case TOK_KW_del: {
            next(ps);
            ast_t *t = parse_exprlist(ps);
            size_t base = ps->sp;
            if (t->kind == AST_TUPLE) {
                for (size_t i = 0; i < t->n; i++) {
                    check_target(ps, t->kids[i], true);
                    push(ps, t->kids[i]);
                }
            } else {
                check_target(ps, t, true);
                push(ps, t);
            }
            return node_from_stack(ps, AST_DEL, line, base);
        }
        case TOK_KW_assert: {
            next(ps);
            ast_t *t = parse_test(ps);
            ast_t *m = NULL;
            if (accept(ps, TOK_COMMA)) {
                m = parse_test(ps);
            }
            return node2(ps, AST_ASSERT, line, t, m);
        }
        case TOK_KW_import:
        case TOK_KW_from:
            return parse_import(ps);
        default:
            return parse_expr_stmt(ps);
    }
}

// simple_stmt (';' simple_stmt)* NEWLINE: one node or a BLOCK.
static ast_t *parse_simple_line(parser_t *ps) {
    uint32_t line = ps->lx.tok_line;
    ast_t *s = parse_simple_stmt(ps);
    if (TOK == TOK_SEMICOLON) {
        size_t base = ps->sp;
        push(ps, s);
        while (accept(ps, TOK_SEMICOLON) && TOK != TOK_NEWLINE && TOK != TOK_END) {
            push(ps, parse_simple_stmt(ps));
        }
        s = node_from_stack(ps, AST_BLOCK, line, base);
    }
    if (TOK != TOK_END) {
        expect(ps, TOK_NEWLINE);
    }
    return s;
}

static ast_t *parse_suite(parser_t *ps) {
    expect(ps, TOK_COLON);
    uint32_t line = ps->lx.tok_line;
    size_t base = ps->sp;
    if (accept(ps, TOK_NEWLINE)) {
        if (TOK != TOK_INDENT) {
            lexer_raise(ps->lx.filename, ps->lx.tok_line, &type_IndentationError,
                        "expected an indented block");
        }
        next(ps);
        while (TOK != TOK_DEDENT && TOK != TOK_END) {
            push(ps, parse_stmt(ps));
        }
        accept(ps, TOK_DEDENT);
    } else {
        push(ps, parse_simple_line(ps));
    }
    return node_from_stack(ps, AST_BLOCK, line, base);
}

static ast_t *parse_if(parser_t *ps) {
    uint32_t line = ps->lx.tok_line;
    next(ps);   // 'if' or 'elif'
    ast_t *n = node(ps, AST_IF, line, 3);
    n->kids[0] = parse_namedexpr_test(ps);
    n->kids[1] = parse_suite(ps);
    if (TOK == TOK_KW_elif) {
        n->kids[2] = parse_if(ps);
    } else if (accept(ps, TOK_KW_else)) {
        n->kids[2] = parse_suite(ps);
    }
    return n;
}

static ast_t *parse_funcdef(parser_t *ps, ast_t *decos, bool is_async) {
    uint32_t line = ps->lx.tok_line;
    expect(ps, TOK_KW_def);
    name_t name = expect_name(ps);
    expect(ps, TOK_LPAREN);
    ast_t *params = parse_params(ps, TOK_RPAREN, true);
    expect(ps, TOK_RPAREN);
    if (accept(ps, TOK_ARROW)) {
        parse_test(ps);   // return annotation: ignored
    }
    ast_t *body = parse_suite(ps);
    ast_t *f = node(ps, AST_FUNCDEF, line, 3);
    f->v.name = name;
    f->kids[0] = decos;
    f->kids[1] = params;
    f->kids[2] = body;
    f->op = is_async;
    return f;
}

static ast_t *parse_classdef(parser_t *ps, ast_t *decos) {
    uint32_t line = ps->lx.tok_line;
    expect(ps, TOK_KW_class);
    name_t name = expect_name(ps);
    ast_t *bases = NULL;
    if (accept(ps, TOK_LPAREN)) {
        size_t base = ps->sp;
        parse_call_args(ps);
        bases = node_from_stack(ps, AST_BLOCK, line, base);
    }
    ast_t *body = parse_suite(ps);
    ast_t *c = node(ps, AST_CLASSDEF, line, 3);
    c->v.name = name;
    c->kids[0] = decos;
    c->kids[1] = bases;
    c->kids[2] = body;
    return c;
}

static ast_t *parse_for(parser_t *ps, bool is_async) {
    uint32_t line = ps->lx.tok_line;
    expect(ps, TOK_KW_for);
    ast_t *n = node(ps, AST_FOR, line, 4);
    ast_t *t = parse_exprlist(ps);
    check_target(ps, t, false);
    n->kids[0] = t;
    expect(ps, TOK_KW_in);
    n->kids[1] = parse_testlist_star_expr(ps, true);
    n->kids[2] = parse_suite(ps);
    if (accept(ps, TOK_KW_else)) {
        n->kids[3] = parse_suite(ps);
    }
    n->op = is_async;
    return n;
}

static ast_t *parse_with(parser_t *ps, bool is_async) {
    uint32_t line = ps->lx.tok_line;
    expect(ps, TOK_KW_with);
    size_t base = ps->sp;
    do {
        uint32_t l2 = ps->lx.tok_line;
        ast_t *e = parse_test(ps);
        ast_t *t = NULL;
        if (accept(ps, TOK_KW_as)) {
            t = parse_expr(ps);
            check_target(ps, t, false);
        }
        push(ps, node2(ps, AST_WITHITEM, l2, e, t));
    } while (accept(ps, TOK_COMMA));
    push(ps, parse_suite(ps));
    ast_t *w = node_from_stack(ps, AST_WITH, line, base);
    w->op = is_async;
    return w;
}

static ast_t *parse_try(parser_t *ps) {
    uint32_t line = ps->lx.tok_line;
    expect(ps, TOK_KW_try);
    ast_t *n = node(ps, AST_TRY, line, 4);
    n->kids[0] = parse_suite(ps);
    size_t base = ps->sp;
    bool bare = false;
    while (TOK == TOK_KW_except) {
        uint32_t l2 = ps->lx.tok_line;
        if (bare) {
            parse_error_at(ps, l2, "default 'except:' must be last");
        }
        next(ps);
        ast_t *h = node(ps, AST_HANDLER, l2, 2);
        if (TOK != TOK_COLON) {
            h->kids[0] = parse_test(ps);
            if (accept(ps, TOK_KW_as)) {
                h->v.name = expect_name(ps);
            } else if (accept(ps, TOK_COMMA)) {
                // except A, B: (Python 2) is a syntax error
                syntax_error(ps);
            }
        } else {
            bare = true;
        }
        h->kids[1] = parse_suite(ps);
        push(ps, h);
    }
    if (ps->sp > base) {
        n->kids[1] = node_from_stack(ps, AST_BLOCK, line, base);
    }
    if (TOK == TOK_KW_else) {
        if (!n->kids[1]) {
            syntax_error(ps);
        }
        next(ps);
        n->kids[2] = parse_suite(ps);
    }
    if (accept(ps, TOK_KW_finally)) {
        n->kids[3] = parse_suite(ps);
    }
    if (!n->kids[1] && !n->kids[3]) {
        syntax_error(ps);
    }
    return n;
}

static ast_t *parse_stmt(parser_t *ps) {
    rt_check_stack();
    uint32_t line = ps->lx.tok_line;
    switch (TOK) {
        case TOK_KW_if:
            return parse_if(ps);
        case TOK_KW_while: {
            next(ps);
            ast_t *n = node(ps, AST_WHILE, line, 3);
            n->kids[0] = parse_namedexpr_test(ps);
            n->kids[1] = parse_suite(ps);
            if (accept(ps, TOK_KW_else)) {
                n->kids[2] = parse_suite(ps);
            }
            return n;
        }
        case TOK_KW_for:
            return parse_for(ps, false);
        case TOK_KW_try:
            return parse_try(ps);
        case TOK_KW_with:
            return parse_with(ps, false);
        case TOK_KW_def:
            return parse_funcdef(ps, NULL, false);
        case TOK_KW_class:
            return parse_classdef(ps, NULL);
        case TOK_AT: {
            size_t base = ps->sp;
            while (TOK == TOK_AT) {
                next(ps);
                push(ps, parse_namedexpr_test(ps));
                expect(ps, TOK_NEWLINE);
            }
            ast_t *decos = node_from_stack(ps, AST_BLOCK, line, base);
            if (TOK == TOK_KW_class) {
                return parse_classdef(ps, decos);
            }
            bool is_async = accept(ps, TOK_KW_async);
            return parse_funcdef(ps, decos, is_async);
        }
        case TOK_KW_async:
            next(ps);
            if (TOK == TOK_KW_def) {
                return parse_funcdef(ps, NULL, true);
            }
            if (TOK == TOK_KW_for) {
                return parse_for(ps, true);
            }
            if (TOK == TOK_KW_with) {
                return parse_with(ps, true);
            }
            syntax_error(ps);
        case TOK_INDENT:
            lexer_raise(ps->lx.filename, line, &type_IndentationError, "unexpected indent");
        default:
            return parse_simple_line(ps);
    }
}

// ---------------------------------------------------------------- entry points
void parse_init(parser_t *ps, const char *src, size_t len, name_t filename, int mode, arena_t *arena) {
    memset(ps, 0, sizeof(*ps));
    ps->arena = arena;
    ps->mode = mode;
    if (mode == COMPILE_EVAL) {
        // eval input: leading whitespace is ignored
        while (len && (*src == ' ' || *src == '\t')) {
            src++;
            len--;
        }
    }
    lexer_init(&ps->lx, src, len, filename, 1, false);
    next(ps);
}

ast_t *parse_next_stmt(parser_t *ps) {
    while (TOK == TOK_NEWLINE) {
        next(ps);
    }
    if (TOK == TOK_END) {
        return NULL;
    }
    if (TOK == TOK_DEDENT) {
        syntax_error(ps);
    }
    return parse_stmt(ps);
}

ast_t *parse_eval_input(parser_t *ps) {
    ast_t *e = parse_testlist_star_expr(ps, true);
    while (TOK == TOK_NEWLINE) {
        next(ps);
    }
    if (TOK != TOK_END) {
        syntax_error(ps);
    }
    return e;
}
