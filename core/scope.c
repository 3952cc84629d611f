// core/scope.c — scope analysis (see scope.h).
// Three passes over one top-level statement: collect (what each scope binds,
// reads and declares; create child scopes), resolve (top-down: locals, free
// variables found in enclosing function scopes, the cells they refer to, and
// implicit globals), then slot assignment. Class scopes are skipped when a
// nested function looks for a binding, except for the implicit __class__
// cell, which the nearest enclosing class provides.
#include <string.h>
#include "core/scope.h"
#include "core/code.h"
#include "core/runtime.h"
#include "core/gc.h"

typedef struct {
    arena_t *arena;
    name_t filename;
} walker_t;

NORETURN static void scope_error(walker_t *w, uint32_t line, const char *msg) {
    lexer_raise(w->filename, line, &type_SyntaxError, msg);
}

sym_t *scope_find(scope_t *s, name_t name) {
    for (size_t i = 0; i < s->n_syms; i++) {
        if (s->syms[i].name == name) {
            return &s->syms[i];
        }
    }
    return NULL;
}

static sym_t *sym_get(walker_t *w, scope_t *s, name_t name) {
    sym_t *y = scope_find(s, name);
    if (y) {
        return y;
    }
    if (s->n_syms == s->alloc_syms) {
        size_t na = s->alloc_syms * 2 + 8;
        sym_t *ns = arena_alloc(w->arena, na * sizeof(sym_t));
        if (s->n_syms) {
            memcpy(ns, s->syms, s->n_syms * sizeof(sym_t));
        }
        s->syms = ns;
        s->alloc_syms = (uint16_t)na;
    }
    y = &s->syms[s->n_syms++];
    y->name = name;
    y->flags = 0;
    y->slot = 0;
    return y;
}

static bool is_function_like(scope_t *s) {
    return s->kind >= SCOPE_FUNCTION;
}

static scope_t *scope_new(walker_t *w, scope_t *parent, int kind, name_t name, ast_t *node) {
    scope_t *s = arena_alloc(w->arena, sizeof(scope_t));
    s->kind = (uint8_t)kind;
    s->parent = parent;
    s->node = node;
    s->name = name;
    s->line = node ? node->line : 1;
    s->class_cell_slot = 0xffff;
    if (parent) {
        // qualname: enclosing function names get ".<locals>"
        if (parent->kind == SCOPE_MODULE) {
            s->qualname = name;
        } else {
            vstr_t v;
            vstr_init(&v, 32);
            vstr_add_str(&v, names_str(parent->qualname));
            if (is_function_like(parent)) {
                vstr_add_str(&v, ".<locals>");
            }
            vstr_add_byte(&v, '.');
            vstr_add_str(&v, names_str(name));
            s->qualname = names_intern(v.buf, v.len);
            gc_free(v.buf);
        }
        // append to the parent's children
        scope_t **pp = &parent->children;
        while (*pp) {
            pp = &(*pp)->sibling;
        }
        *pp = s;
    } else {
        s->qualname = name;
    }
    return s;
}

scope_t *scope_new_module(arena_t *arena) {
    walker_t w = {arena, NAME_NULL};
    return scope_new(&w, NULL, SCOPE_MODULE, N_lt_module, NULL);
}

// ---------------------------------------------------------------- collect
static void walk(walker_t *w, scope_t *s, ast_t *a);

static void use(walker_t *w, scope_t *s, name_t n) {
    sym_get(w, s, n)->flags |= SYM_REF;
}

static void bind(walker_t *w, scope_t *s, name_t n) {
    sym_get(w, s, n)->flags |= SYM_ASSIGNED;
}

static void walk_kids(walker_t *w, scope_t *s, ast_t *a, size_t from) {
    for (size_t i = from; i < a->n; i++) {
        if (a->kids[i]) {
            walk(w, s, a->kids[i]);
        }
    }
}

static void walk_target(walker_t *w, scope_t *s, ast_t *t) {
    switch (t->kind) {
        case AST_NAME:
            bind(w, s, t->v.name);
            break;
        case AST_TUPLE:
        case AST_LIST:
            for (size_t i = 0; i < t->n; i++) {
                walk_target(w, s, t->kids[i]);
            }
            break;
        case AST_STAR:
            walk_target(w, s, t->kids[0]);
            break;
        default:
            walk(w, s, t);   // attribute / subscript: their parts are reads
            break;
    }
}

// Parameters: defaults are evaluated in the enclosing scope `s`; names bound in `f`.
static void walk_params(walker_t *w, scope_t *s, scope_t *f, ast_t *params) {
    for (size_t i = 0; i < params->n; i++) {
        ast_t *p = params->kids[i];
        if (p->kids[0]) {
            walk(w, s, p->kids[0]);
        }
    }
    // slot order: positional, keyword-only, *args, **kwargs
    static const uint8_t order[] = {PARAM_POSONLY, PARAM_POS, PARAM_KWONLY, PARAM_VARARGS, PARAM_VARKW};
    for (size_t k = 0; k < sizeof(order); k++) {
        for (size_t i = 0; i < params->n; i++) {
            ast_t *p = params->kids[i];
            if (p->op != order[k]) {
                continue;
            }
            sym_t *y = sym_get(w, f, p->v.name);
            y->flags |= SYM_PARAM | SYM_ASSIGNED;
            switch (p->op) {
                case PARAM_POSONLY: f->n_posonly++; f->n_pos++; break;
                case PARAM_POS: f->n_pos++; break;
                case PARAM_KWONLY: f->n_kwonly++; break;
                case PARAM_VARARGS: f->code_flags |= CODE_VARARGS; break;
                case PARAM_VARKW: f->code_flags |= CODE_VARKW; break;
            }
        }
    }
}

static void walk_comp(walker_t *w, scope_t *s, ast_t *a) {
    size_t n_elts = a->kind == AST_DICTCOMP ? 2 : 1;
    ast_t *first = a->kids[n_elts];
    walk(w, s, first->kids[1]);   // the first iterable: enclosing scope
    name_t name = a->kind == AST_LISTCOMP ? N_lt_listcomp : a->kind == AST_SETCOMP ? N_lt_setcomp
                  : a->kind == AST_DICTCOMP ? N_lt_dictcomp : N_lt_genexpr;
    scope_t *c = scope_new(w, s, SCOPE_COMP, name, a);
    sym_t *y = sym_get(w, c, N_dot0);
    y->flags |= SYM_PARAM | SYM_ASSIGNED;
    c->n_pos = 1;
    if (a->kind == AST_GENEXP) {
        c->code_flags |= CODE_GENERATOR;
    }
    for (size_t i = n_elts; i < a->n; i++) {
        ast_t *cf = a->kids[i];
        if (cf->op) {
            scope_error(w, cf->line, "async comprehensions are not supported");
        }
        walk_target(w, c, cf->kids[0]);
        if (i > n_elts) {
            walk(w, c, cf->kids[1]);
        }
        walk_kids(w, c, cf, 2);
    }
    for (size_t i = 0; i < n_elts; i++) {
        walk(w, c, a->kids[i]);
    }
    a->v.scope = c;
}

static void declare(walker_t *w, scope_t *s, ast_t *a, bool global) {
    for (size_t i = 0; i < a->n; i++) {
        name_t n = a->kids[i]->v.name;
        if (s->kind == SCOPE_MODULE) {
            if (!global) {
                scope_error(w, a->line, "can't declare nonlocal in outer code");
            }
            continue;
        }
        sym_t *y = sym_get(w, s, n);
        if (y->flags & SYM_PARAM) {
            scope_error(w, a->line, global ? "name is parameter and global" : "name is parameter and nonlocal");
        }
        if (y->flags & (SYM_ASSIGNED | SYM_REF)) {
            scope_error(w, a->line, global ? "identifier redefined as global" : "identifier redefined as nonlocal");
        }
        if (y->flags & (global ? SYM_NONLOCAL : SYM_GLOBAL)) {
            scope_error(w, a->line, "name is nonlocal and global");
        }
        y->flags |= global ? SYM_GLOBAL : SYM_NONLOCAL;
    }
}

static void walk(walker_t *w, scope_t *s, ast_t *a) {
    rt_check_stack();
    switch (a->kind) {
        case AST_NAME:
            use(w, s, a->v.name);
            if (a->v.name == N_super && is_function_like(s)) {
                use(w, s, N___class__);
                s->code_flags |= CODE_HAS_SUPER;
            }
            break;
        case AST_CONST:
            break;
        case AST_ATTR:
        case AST_KEYWORD:
        case AST_STAR:
        case AST_DSTAR:
            walk(w, s, a->kids[0]);
            break;
        case AST_LAMBDA: {
            scope_t *f = scope_new(w, s, SCOPE_LAMBDA, N_lt_lambda, a);
            walk_params(w, s, f, a->kids[0]);
            walk(w, f, a->kids[1]);
            a->v.scope = f;
            break;
        }
        case AST_LISTCOMP: case AST_SETCOMP: case AST_GENEXP: case AST_DICTCOMP:
            walk_comp(w, s, a);
            break;
        case AST_YIELD:
        case AST_YIELD_FROM:
            if (!is_function_like(s)) {
                scope_error(w, a->line, "'yield' outside function");
            }
            if (s->kind == SCOPE_COMP && !(s->code_flags & CODE_GENERATOR)) {
                scope_error(w, a->line, "'yield' inside list comprehension");
            }
            s->code_flags |= CODE_GENERATOR;
            walk_kids(w, s, a, 0);
            break;
        case AST_AWAIT:
            if (!is_function_like(s)) {
                scope_error(w, a->line, "'await' outside function");
            }
            walk_kids(w, s, a, 0);
            break;
        case AST_NAMEDEXPR: {
            walk(w, s, a->kids[1]);
            name_t n = a->kids[0]->v.name;
            if (s->kind == SCOPE_COMP) {
                scope_t *t = s;
                while (t->kind == SCOPE_COMP) {
                    if (scope_find(t, n) && (scope_find(t, n)->flags & SYM_ASSIGNED) && t == s) {
                        scope_error(w, a->line, "assignment expression cannot rebind comprehension iteration variable");
                    }
                    t = t->parent;
                }
                if (t->kind == SCOPE_CLASS) {
                    scope_error(w, a->line, "assignment expression within a comprehension cannot be used in a class body");
                }
                sym_t *ty = sym_get(w, t, n);
                if (!(ty->flags & (SYM_GLOBAL | SYM_NONLOCAL))) {
                    ty->flags |= SYM_ASSIGNED;
                }
                sym_t *y = sym_get(w, s, n);
                y->flags |= (t->kind == SCOPE_MODULE || (ty->flags & SYM_GLOBAL)) ? SYM_GLOBAL : SYM_NONLOCAL;
            } else {
                bind(w, s, n);
            }
            break;
        }
        // statements
        case AST_ASSIGN:
            walk(w, s, a->kids[a->n - 1]);
            for (size_t i = 0; i + 1 < a->n; i++) {
                walk_target(w, s, a->kids[i]);
            }
            break;
        case AST_AUGASSIGN:
            walk(w, s, a->kids[1]);
            if (a->kids[0]->kind == AST_NAME) {
                use(w, s, a->kids[0]->v.name);
            }
            walk_target(w, s, a->kids[0]);
            break;
        case AST_ANNASSIGN:
            if (a->kids[2]) {
                walk(w, s, a->kids[2]);
            }
            walk_target(w, s, a->kids[0]);
            break;
        case AST_DEL:
            for (size_t i = 0; i < a->n; i++) {
                walk_target(w, s, a->kids[i]);
            }
            break;
        case AST_GLOBAL:
            declare(w, s, a, true);
            break;
        case AST_NONLOCAL:
            declare(w, s, a, false);
            break;
        case AST_FOR:
            walk(w, s, a->kids[1]);
            walk_target(w, s, a->kids[0]);
            walk_kids(w, s, a, 2);
            break;
        case AST_WITHITEM:
            walk(w, s, a->kids[0]);
            if (a->kids[1]) {
                walk_target(w, s, a->kids[1]);
            }
            break;
        case AST_HANDLER:
            if (a->kids[0]) {
                walk(w, s, a->kids[0]);
            }
            if (a->v.name) {
                bind(w, s, a->v.name);
            }
            walk(w, s, a->kids[1]);
            break;
        case AST_IMPORT:
            for (size_t i = 0; i < a->n; i++) {
                ast_t *al = a->kids[i];
                if (al->kids[0]) {
                    bind(w, s, al->kids[0]->v.name);
                } else {
                    const char *t = names_str(al->v.name);
                    const char *dot = strchr(t, '.');
                    bind(w, s, dot ? names_intern(t, (size_t)(dot - t)) : al->v.name);
                }
            }
            break;
        case AST_IMPORTFROM:
            if (a->n == 0 && s->kind != SCOPE_MODULE) {
                scope_error(w, a->line, "import * only allowed at module level");
            }
            for (size_t i = 0; i < a->n; i++) {
                ast_t *al = a->kids[i];
                bind(w, s, al->kids[0] ? al->kids[0]->v.name : al->v.name);
            }
            break;
        case AST_FUNCDEF: {
            name_t name = a->v.name;
            if (a->kids[0]) {
                walk(w, s, a->kids[0]);
            }
            bind(w, s, name);
            scope_t *f = scope_new(w, s, SCOPE_FUNCTION, name, a);
            if (a->op) {
                f->code_flags |= CODE_COROUTINE;
            }
            walk_params(w, s, f, a->kids[1]);
            walk(w, f, a->kids[2]);
            a->v.scope = f;
            break;
        }
        case AST_CLASSDEF: {
            name_t name = a->v.name;
            if (a->kids[0]) {
                walk(w, s, a->kids[0]);
            }
            if (a->kids[1]) {
                walk(w, s, a->kids[1]);
            }
            bind(w, s, name);
            scope_t *c = scope_new(w, s, SCOPE_CLASS, name, a);
            c->code_flags |= CODE_CLASS_BODY;
            walk(w, c, a->kids[2]);
            a->v.scope = c;
            break;
        }
        default:
            walk_kids(w, s, a, 0);
            break;
    }
}

// ---------------------------------------------------------------- resolve
// Find the scope that binds `name` for a use in `from` (exclusive) and
// above; marks the binding as a cell. NULL means global.
static scope_t *find_binding(scope_t *p, name_t name) {
    for (; p; p = p->parent) {
        if (p->kind == SCOPE_MODULE) {
            return NULL;
        }
        if (p->kind == SCOPE_CLASS) {
            if (name == N___class__) {
                p->needs_class_cell = true;
                return p;
            }
            continue;
        }
        sym_t *y = scope_find(p, name);
        if (!y) {
            continue;
        }
        if (y->flags & (SYM_GLOBAL | SYM_IMPLICIT_GLOBAL)) {
            return NULL;
        }
        if (y->flags & SYM_FREE) {
            return p;
        }
        if (y->flags & (SYM_ASSIGNED | SYM_PARAM)) {
            y->flags |= SYM_CELL;
            return p;
        }
    }
    return NULL;
}

static void make_free(walker_t *w, scope_t *s, scope_t *def, name_t name) {
    for (scope_t *q = s; q != def; q = q->parent) {
        sym_get(w, q, name)->flags |= SYM_FREE;
    }
}

static void resolve(walker_t *w, scope_t *s) {
    if (s->kind != SCOPE_MODULE) {
        for (size_t i = 0; i < s->n_syms; i++) {
            sym_t *y = &s->syms[i];
            name_t n = y->name;
            uint16_t f = y->flags;
            if (f & (SYM_GLOBAL | SYM_FREE)) {
                continue;
            }
            if (f & SYM_NONLOCAL) {
                scope_t *d = find_binding(s->parent, n);
                if (!d) {
                    scope_error(w, s->line, "no binding for nonlocal found");
                }
                make_free(w, s, d, n);
                continue;
            }
            if (s->kind == SCOPE_CLASS) {
                if (!(f & SYM_ASSIGNED)) {
                    scope_t *d = find_binding(s->parent, n);
                    if (d) {
                        make_free(w, s, d, n);
                    }
                }
                continue;
            }
            if (f & (SYM_ASSIGNED | SYM_PARAM)) {
                continue;   // local
            }
            scope_t *d = find_binding(s->parent, n);
            if (d) {
                make_free(w, s, d, n);
            } else {
                y = &s->syms[i];
                y->flags |= SYM_IMPLICIT_GLOBAL;
            }
        }
    }
    for (scope_t *c = s->children; c; c = c->sibling) {
        resolve(w, c);
    }
}

static void assign_slots(scope_t *s) {
    for (scope_t *c = s->children; c; c = c->sibling) {
        assign_slots(c);
    }
    if (s->kind == SCOPE_MODULE) {
        return;
    }
    uint16_t slot = 0;
    if (s->kind == SCOPE_CLASS) {
        if (s->needs_class_cell) {
            s->class_cell_slot = slot++;
            s->n_cells = 1;
        }
    } else {
        // parameters were added first, in slot order
        for (size_t i = 0; i < s->n_syms; i++) {
            sym_t *y = &s->syms[i];
            if (y->flags & SYM_PARAM) {
                y->slot = slot++;
            }
        }
        for (size_t i = 0; i < s->n_syms; i++) {
            sym_t *y = &s->syms[i];
            if ((y->flags & SYM_PARAM) || (y->flags & (SYM_GLOBAL | SYM_IMPLICIT_GLOBAL | SYM_FREE))) {
                continue;
            }
            y->slot = slot++;
        }
        for (size_t i = 0; i < s->n_syms; i++) {
            if (s->syms[i].flags & SYM_CELL) {
                s->n_cells++;
            }
        }
    }
    for (size_t i = 0; i < s->n_syms; i++) {
        sym_t *y = &s->syms[i];
        if (y->flags & SYM_FREE) {
            y->slot = slot++;
            s->n_free++;
        }
    }
    s->n_locals = slot;
}

void scope_analyze(scope_t *module, ast_t *a, arena_t *arena, name_t filename) {
    walker_t w = {arena, filename};
    module->children = NULL;
    module->syms = NULL;   // module names are NAME lookups: nothing kept across statements
    module->n_syms = module->alloc_syms = 0;
    walk(&w, module, a);
    resolve(&w, module);
    assign_slots(module);
}

// ---------------------------------------------------------------- lookup
var_kind_t scope_lookup(scope_t *s, name_t name, bool store, uint16_t *slot) {
    if (s->kind == SCOPE_MODULE) {
        return VAR_NAME;
    }
    sym_t *y = scope_find(s, name);
    if (!y) {
        return s->kind == SCOPE_CLASS ? VAR_NAME : VAR_GLOBAL;
    }
    if (y->flags & (SYM_GLOBAL | SYM_IMPLICIT_GLOBAL)) {
        return VAR_GLOBAL;
    }
    if (s->kind == SCOPE_CLASS) {
        if ((y->flags & SYM_FREE) && ((y->flags & SYM_NONLOCAL) || (!store && !(y->flags & SYM_ASSIGNED)))) {
            *slot = y->slot;
            return VAR_DEREF;
        }
        return VAR_NAME;
    }
    *slot = y->slot;
    return (y->flags & (SYM_CELL | SYM_FREE)) ? VAR_DEREF : VAR_FAST;
}
