// core/compile_int.h — internals shared by compile.c (driver, emitter,
// statements) and compile_expr.c (expressions). Not for other areas.
// An emitter (emit_t) builds one code object; nested functions get their
// own emitter whose `outer` is the enclosing one. Every buffer is a gc block
// reachable from the emitter on the C stack.
#ifndef KILN_COMPILE_INT_H
#define KILN_COMPILE_INT_H

#include "core/ast.h"
#include "core/scope.h"
#include "core/code.h"

typedef struct {
    int32_t pos;       // bytecode offset, -1 until placed
    int32_t depth;     // value-stack depth at the label, -1 unknown
    int32_t blocks;    // handler-block depth at the label
    int32_t fixups;    // first pending fixup, -1 none
} label_t;

typedef struct {
    int32_t site;      // offset of the 2 operand bytes
    int32_t next;
} fixup_t;

// Compile-time blocks: what break/continue/return must undo.
enum { CB_LOOP, CB_FOR, CB_TRY_EXCEPT, CB_TRY_FINALLY, CB_HANDLER, CB_FINALLY_EXC, CB_WITH, CB_ASYNC_WITH };
typedef struct {
    uint8_t kind;
    int brk, cont;     // labels (loops)
    ast_t *body;       // CB_TRY_FINALLY: the finally body
    name_t name;       // CB_HANDLER: the `as` name or NAME_NULL
} cblock_t;

#define MAX_CBLOCKS 64

typedef struct compiler_s compiler_t;

typedef struct emit_s {
    compiler_t *c;
    struct emit_s *outer;
    scope_t *scope;
    uint8_t *bc;
    size_t bc_len, bc_alloc;
    obj_t *consts;
    size_t n_consts, consts_alloc;
    uint8_t *lines;
    size_t lines_len, lines_alloc;
    size_t line_offset;        // offset of the last line-table entry
    uint32_t line_last;        // line of the last line-table entry
    uint32_t line;             // line of the node being compiled
    uint32_t first_line;
    label_t *labels;
    size_t n_labels, labels_alloc;
    fixup_t *fixups;
    size_t n_fixups, fixups_alloc;
    int depth, max_depth;
    int blocks, max_blocks;
    bool reachable;
    bool uses_locals;          // the body calls locals()/vars(): keep the local names
    int n_cblocks;
    cblock_t cblocks[MAX_CBLOCKS];
} emit_t;

struct compiler_s {
    name_t filename;
    int mode;
    arena_t arena;             // per top-level statement
    arena_t perm;              // whole compilation
    parser_t ps;
    scope_t *module_scope;
    name_t *const_names;       // micropython.const() folding table
    obj_t *const_values;
    size_t n_consts, consts_alloc;
};

// emitter (compile.c)
NORETURN void compile_error(emit_t *e, uint32_t line, const char *msg);
void emit_op(emit_t *e, int op);
void emit_op_uint(emit_t *e, int op, size_t arg);
void emit_op_byte(emit_t *e, int op, int arg);
void emit_op_name(emit_t *e, int op, name_t n);
void emit_load_const(emit_t *e, obj_t v);
int emit_label(emit_t *e);
void emit_jump(emit_t *e, int op, int label);
void emit_place(emit_t *e, int label);
void emit_make_function(emit_t *e, scope_t *s, int flags);
obj_t compile_const_lookup(compiler_t *c, name_t n);

// expressions (compile_expr.c)
void compile_expr(emit_t *e, ast_t *a);
void compile_cond_jump(emit_t *e, ast_t *a, bool jump_if, int label);
void compile_store(emit_t *e, ast_t *target);
void compile_delete(emit_t *e, ast_t *target);
void compile_name(emit_t *e, name_t n, int how);   // how: 0 load, 1 store, 2 delete
void compile_comp_body(emit_t *e, ast_t *a);
obj_t compile_fold(emit_t *e, ast_t *a);   // constant value or OBJ_NULL
int compile_defaults(emit_t *e, ast_t *params);   // pushes defaults; MAKE_FUNCTION flags

// statements (compile.c)
void compile_stmt(emit_t *e, ast_t *a);

#endif
