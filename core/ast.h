// core/ast.h — the abstract syntax tree and the parser's API.
// Nodes live in an arena (gc heap chunks, see parse.c) that is dropped after
// each top-level statement is compiled; nothing may keep a node pointer past
// that. A node is {kind, op, n, line, v, kids[n]}; the meaning of op, v and
// the kids of each kind is documented in ast.def.
#ifndef KILN_AST_H
#define KILN_AST_H

#include "core/obj.h"
#include "core/lexer.h"

typedef enum {
#define AST(kind, doc) AST_##kind,
#include "core/ast.def"
#undef AST
    AST__COUNT
} ast_kind_t;

struct scope_s;

typedef struct ast_s ast_t;
struct ast_s {
    uint8_t kind;
    uint8_t op;
    uint16_t n;
    uint32_t line;
    union {
        name_t name;
        obj_t obj;
        struct scope_s *scope;
    } v;
    ast_t *kids[];
};

// CMP op flag: `not in` / `is not`
#define CMP_NEGATE 0x80
// PARAM kinds
#define PARAM_POS 0
#define PARAM_POSONLY 1
#define PARAM_VARARGS 2
#define PARAM_KWONLY 3
#define PARAM_VARKW 4

// Arena of nodes: a chain of gc blocks.
typedef struct arena_chunk_s arena_chunk_t;
typedef struct {
    arena_chunk_t *head;
    size_t used;      // bytes used in head
} arena_t;

void *arena_alloc(arena_t *a, size_t n);
void arena_free(arena_t *a);

// The parser.
typedef struct {
    lexer_t lx;
    arena_t *arena;
    ast_t **stack;         // scratch stack of node pointers (gc block)
    size_t sp, stack_alloc;
    int mode;              // compile_mode_t
} parser_t;

void parse_init(parser_t *ps, const char *src, size_t len, name_t filename, int mode, arena_t *arena);
// Parse the next top-level statement (NULL at the end of input).
ast_t *parse_next_stmt(parser_t *ps);
// COMPILE_EVAL: the whole input as one expression.
ast_t *parse_eval_input(parser_t *ps);

NORETURN void parse_error_at(parser_t *ps, uint32_t line, const char *msg);

#endif
