// core/scope.h — scope analysis: which names are locals, cells, free
// variables, globals or NAME lookups, and the frame slot of each.
// A scope exists for the module, every class body, def, lambda and
// comprehension. scope_analyze() walks one top-level statement (or the eval
// expression), creates the nested scopes in the arena, stores each in its
// node's v.scope and assigns slots following core/code.h: parameters first
// (positional, keyword-only, *args, **kwargs), other locals, free variables
// last. Class scopes hold no locals: their names are NAME lookups, they only
// have slots for the implicit __class__ cell and pass-through free variables.
#ifndef KILN_SCOPE_H
#define KILN_SCOPE_H

#include "core/ast.h"

typedef enum { SCOPE_MODULE, SCOPE_CLASS, SCOPE_FUNCTION, SCOPE_LAMBDA, SCOPE_COMP } scope_kind_t;

#define SYM_ASSIGNED  0x0001   // bound in this scope
#define SYM_REF       0x0002   // read in this scope
#define SYM_PARAM     0x0004
#define SYM_GLOBAL    0x0008   // `global` declaration
#define SYM_NONLOCAL  0x0010   // `nonlocal` declaration (or a walrus in a comprehension)
#define SYM_CELL      0x0020   // local captured by an inner scope
#define SYM_FREE      0x0040   // a cell of an enclosing scope
#define SYM_IMPLICIT_GLOBAL 0x0080
#define SYM_USED_EARLY 0x0100  // used before a global/nonlocal declaration

typedef struct {
    name_t name;
    uint16_t flags;
    uint16_t slot;
} sym_t;

typedef struct scope_s scope_t;
struct scope_s {
    uint8_t kind;                 // scope_kind_t
    bool needs_class_cell;        // class: a method uses super() / __class__
    uint16_t code_flags;          // CODE_* (generator, varargs, varkw, has_super...)
    scope_t *parent;
    ast_t *node;
    name_t name;
    name_t qualname;
    uint32_t line;
    sym_t *syms;
    uint16_t n_syms, alloc_syms;
    uint16_t n_pos, n_posonly, n_kwonly;
    uint16_t n_locals, n_cells, n_free;
    uint16_t class_cell_slot;
    scope_t *children;            // first child
    scope_t *sibling;
};

typedef enum { VAR_NAME, VAR_GLOBAL, VAR_FAST, VAR_DEREF } var_kind_t;

// Make the module scope (kept across top-level statements).
scope_t *scope_new_module(arena_t *arena);
// Analyse `a` (a statement, or an expression for eval) inside `module`.
void scope_analyze(scope_t *module, ast_t *a, arena_t *arena, name_t filename);
// How to load (store = false) or store/delete (store = true) `name` in `s`.
var_kind_t scope_lookup(scope_t *s, name_t name, bool store, uint16_t *slot);
sym_t *scope_find(scope_t *s, name_t name);

#endif
