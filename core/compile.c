// core/compile.c — the driver of the front end, the bytecode emitter and the
// statement compiler. compile_source() parses, analyses and compiles one
// top-level statement at a time, dropping its AST before the next one, so
// peak compile memory is set by the largest statement, not by the file.
// Emitter invariants: jumps are 16-bit signed offsets patched when their
// label is placed; the value-stack depth is tracked at every instruction
// (e->depth) and recorded at labels, and must never go negative; the
// handler-block depth likewise (e->blocks). Every instruction is mapped to
// e->line in the line table. `finally` bodies are compiled inline on every
// exit path (normal, exception, break/continue/return).
#include <string.h>
#include "core/compile.h"
#include "core/compile_int.h"
#include "core/runtime.h"
#include "core/types.h"
#include "core/gc.h"

static int debug_dump;

void compile_set_debug(int on) {
    debug_dump = on;
}

// ---------------------------------------------------------------- errors
NORETURN void compile_error(emit_t *e, uint32_t line, const char *msg) {
    lexer_raise(e->c->filename, line ? line : e->line, &type_SyntaxError, msg);
}

static void internal_check(emit_t *e, bool ok, const char *what) {
    if (!ok) {
        compile_error(e, e->line, what);
    }
}

// ---------------------------------------------------------------- buffers
static void *grow(void *buf, size_t *alloc, size_t need, size_t elem) {
    if (need <= *alloc) {
        return buf;
    }
    size_t na = *alloc * 2 + 16;
    if (na < need) {
        na = need + 16;
    }
    buf = gc_realloc(buf, na * elem);
    *alloc = na;
    return buf;
}

static void bc_add(emit_t *e, const uint8_t *b, size_t n) {
    e->bc = grow(e->bc, &e->bc_alloc, e->bc_len + n, 1);
    memcpy(e->bc + e->bc_len, b, n);
    e->bc_len += n;
}

static void line_mark(emit_t *e) {
    if (e->line == e->line_last || e->line == 0) {
        return;
    }
    uint8_t buf[20];
    size_t n = leb_put_uint(buf, e->bc_len - e->line_offset);
    n += leb_put_sint(buf + n, (int64_t)e->line - (int64_t)e->line_last);
    e->lines = grow(e->lines, &e->lines_alloc, e->lines_len + n, 1);
    memcpy(e->lines + e->lines_len, buf, n);
    e->lines_len += n;
    e->line_offset = e->bc_len;
    e->line_last = e->line;
}

static const int8_t op_effect[OP__COUNT] = {
#define OP(name, kind, effect) effect,
#include "core/opcodes.def"
#undef OP
};

static void adjust(emit_t *e, int delta) {
    e->depth += delta;
    internal_check(e, e->depth >= 0, "internal error: stack underflow");
    if (e->depth > e->max_depth) {
        e->max_depth = e->depth;
    }
}

static int var_effect(int op, size_t arg) {
    switch (op) {
        case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET: case OP_BUILD_SLICE:
        case OP_BUILD_STRING:
            return 1 - (int)arg;
        case OP_BUILD_MAP: return 1 - 2 * (int)arg;
        case OP_FORMAT_VALUE: return (arg & 4) ? -1 : 0;
        case OP_UNPACK_SEQUENCE: return (int)arg - 1;
        case OP_UNPACK_EX: return (int)(arg & 0xff) + (int)(arg >> 8);
        case OP_CALL_FUNCTION: return -(int)((arg & 0xff) + 2 * (arg >> 8));
        case OP_CALL_METHOD: return -(int)((arg & 0xff) + 2 * (arg >> 8)) - 1;
        case OP_CALL_FUNCTION_EX: return -1 - (int)(arg & 1);
        case OP_MAKE_FUNCTION: return -(int)((arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1));
        case OP_BUILD_CLASS: return -(int)(arg + 1);
        case OP_RAISE_VARARGS: return -(int)arg;
        default: return 0;
    }
}

static void after_op(emit_t *e, int op, size_t arg) {
    int eff = op_effect[op];
    adjust(e, eff == VAR ? var_effect(op, arg) : eff);
    switch (op) {
        case OP_RETURN_VALUE: case OP_RERAISE: case OP_RAISE_VARARGS: case OP_JUMP:
            e->reachable = false;
            break;
        case OP_POP_BLOCK:
            e->blocks--;
            break;
        default:
            break;
    }
}

void emit_op(emit_t *e, int op) {
    line_mark(e);
    uint8_t b = (uint8_t)op;
    bc_add(e, &b, 1);
    after_op(e, op, 0);
}

void emit_op_uint(emit_t *e, int op, size_t arg) {
    line_mark(e);
    uint8_t buf[12];
    buf[0] = (uint8_t)op;
    size_t n = 1 + (code_operand_kind[op] == OPK_SINT ? leb_put_sint(buf + 1, (int64_t)arg)
                                                       : leb_put_uint(buf + 1, arg));
    bc_add(e, buf, n);
    after_op(e, op, arg);
}

static void emit_op_sint(emit_t *e, int op, intptr_t arg) {
    line_mark(e);
    uint8_t buf[12];
    buf[0] = (uint8_t)op;
    size_t n = 1 + leb_put_sint(buf + 1, arg);
    bc_add(e, buf, n);
    after_op(e, op, 0);
}

void emit_op_byte(emit_t *e, int op, int arg) {
    line_mark(e);
    uint8_t buf[2] = {(uint8_t)op, (uint8_t)arg};
    bc_add(e, buf, 2);
    after_op(e, op, (size_t)arg);
}

void emit_op_name(emit_t *e, int op, name_t n) {
    emit_op_uint(e, op, n);
}

static size_t add_const(emit_t *e, obj_t v) {
    for (size_t i = 0; i < e->n_consts; i++) {
        if (e->consts[i] == v) {
            return i;
        }
    }
    e->consts = grow(e->consts, &e->consts_alloc, e->n_consts + 1, sizeof(obj_t));
    e->consts[e->n_consts] = v;
    return e->n_consts++;
}

void emit_load_const(emit_t *e, obj_t v) {
    if (v == OBJ_NONE) {
        emit_op(e, OP_LOAD_CONST_NONE);
    } else if (v == OBJ_TRUE) {
        emit_op(e, OP_LOAD_CONST_TRUE);
    } else if (v == OBJ_FALSE) {
        emit_op(e, OP_LOAD_CONST_FALSE);
    } else if (obj_is_small_int(v) && obj_small_int_value(v) < ((intptr_t)1 << 30) &&
               obj_small_int_value(v) > -((intptr_t)1 << 30)) {
        emit_op_sint(e, OP_LOAD_CONST_SMALL_INT, obj_small_int_value(v));
    } else if (obj_is_name(v)) {
        emit_op_name(e, OP_LOAD_CONST_NAME, obj_name_value(v));
    } else {
        emit_op_uint(e, OP_LOAD_CONST, add_const(e, v));
    }
}

// ---------------------------------------------------------------- labels
int emit_label(emit_t *e) {
    e->labels = grow(e->labels, &e->labels_alloc, e->n_labels + 1, sizeof(label_t));
    label_t *l = &e->labels[e->n_labels];
    l->pos = -1;
    l->depth = -1;
    l->blocks = -1;
    l->fixups = -1;
    return (int)e->n_labels++;
}

static void patch(emit_t *e, int32_t site, int32_t target) {
    int32_t off = target - (site + 2);
    if (off < -32768 || off > 32767) {
        compile_error(e, e->line, "function too large");
    }
    e->bc[site] = (uint8_t)(off & 0xff);
    e->bc[site + 1] = (uint8_t)((off >> 8) & 0xff);
}

static void label_set_state(emit_t *e, label_t *l, int depth, int blocks) {
    if (l->depth < 0) {
        l->depth = depth;
        l->blocks = blocks;
    } else {
        internal_check(e, l->depth == depth, "internal error: stack depth mismatch at jump");
    }
}

void emit_jump(emit_t *e, int op, int label) {
    line_mark(e);
    uint8_t buf[3] = {(uint8_t)op, 0, 0};
    bc_add(e, buf, 3);
    int32_t site = (int32_t)e->bc_len - 2;
    label_t *l = &e->labels[label];
    // state on the taken path
    int taken = e->depth, blocks = e->blocks;
    switch (op) {
        case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: taken -= 1; break;
        case OP_FOR_ITER: taken -= 1; break;
        case OP_SETUP_EXCEPT: taken += 1; break;
        case OP_JUMP_IF_NOT_EXC_MATCH: taken -= 2; break;
        default: break;
    }
    if (e->reachable) {
        label_set_state(e, l, taken, blocks);
    } else if (l->depth < 0) {
        // dead code (after return/break...): its depth is still the one the
        // statement structure implies, so it is the right state for the label
        l->depth = taken;
        l->blocks = blocks;
    }
    if (l->pos >= 0) {
        patch(e, site, l->pos);
    } else {
        e->fixups = grow(e->fixups, &e->fixups_alloc, e->n_fixups + 1, sizeof(fixup_t));
        e->fixups[e->n_fixups].site = site;
        e->fixups[e->n_fixups].next = l->fixups;
        l->fixups = (int32_t)e->n_fixups++;
    }
    after_op(e, op, 0);
    if (op == OP_SETUP_EXCEPT) {
        e->blocks++;
        if (e->blocks > e->max_blocks) {
            e->max_blocks = e->blocks;
        }
    }
}

void emit_place(emit_t *e, int label) {
    label_t *l = &e->labels[label];
    l->pos = (int32_t)e->bc_len;
    if (l->depth >= 0) {
        if (e->reachable) {
            internal_check(e, l->depth == e->depth, "internal error: stack depth mismatch at label");
        }
        e->depth = l->depth;
        e->blocks = l->blocks;
        e->reachable = true;
        if (e->depth > e->max_depth) {
            e->max_depth = e->depth;
        }
    } else {
        l->depth = e->depth;
        l->blocks = e->blocks;
    }
    for (int32_t f = l->fixups; f >= 0; f = e->fixups[f].next) {
        patch(e, e->fixups[f].site, l->pos);
    }
    l->fixups = -1;
}

// ---------------------------------------------------------------- code objects
static void emit_init(emit_t *e, compiler_t *c, emit_t *outer, scope_t *s, uint32_t first_line) {
    memset(e, 0, sizeof(*e));
    e->c = c;
    e->outer = outer;
    e->scope = s;
    e->first_line = first_line;
    e->line = first_line;
    e->line_last = first_line;
    e->reachable = true;
}

// Shrink a finished buffer in place (no second copy at the peak).
static void *shrink(void *buf, size_t n) {
    if (n == 0) {
        gc_free(buf);
        return NULL;
    }
    return gc_realloc(buf, n);
}

// Size of the instruction at bc[i].
static size_t insn_size(const uint8_t *bc, size_t i) {
    const uint8_t *p = bc + i + 1;
    switch (code_operand_kind[bc[i]]) {
        case OPK_BYTE: p += 1; break;
        case OPK_UINT: case OPK_SINT: case OPK_NAME: case OPK_CONST: leb_get_uint(&p); break;
        case OPK_JUMP: p += 2; break;
        default: break;
    }
    return (size_t)(p - (bc + i));
}

static int32_t jump_target(const uint8_t *bc, size_t i) {
    return (int32_t)i + 3 + (int16_t)(bc[i + 1] | (bc[i + 2] << 8));
}

// Jump threading: a jump whose target is an unconditional JUMP goes straight
// to that JUMP's target. Conditional jumps are only redirected forwards, so
// every backward edge still passes a JUMP (where the VM checks Ctrl-C).
static void thread_jumps(emit_t *e) {
    uint8_t *bc = e->bc;
    for (size_t i = 0; i < e->bc_len; i += insn_size(bc, i)) {
        int op = bc[i];
        if (code_operand_kind[op] != OPK_JUMP || op == OP_SETUP_EXCEPT) {
            continue;
        }
        int32_t t = jump_target(bc, i);
        for (int n = 0; n < 8 && t >= 0 && (size_t)t + 3 <= e->bc_len && bc[t] == OP_JUMP; n++) {
            int32_t t2 = jump_target(bc, (size_t)t);
            if (t2 == t || (op != OP_JUMP && t2 <= (int32_t)i)) {
                break;
            }
            t = t2;
        }
        int32_t off = t - ((int32_t)i + 3);
        if (off >= -32768 && off <= 32767) {
            bc[i + 1] = (uint8_t)(off & 0xff);
            bc[i + 2] = (uint8_t)((off >> 8) & 0xff);
        }
    }
}

static obj_t emit_finish(emit_t *e, name_t name, name_t qualname, uint16_t flags) {
    thread_jumps(e);
    internal_check(e, e->n_cblocks == 0, "internal error: open blocks");
    code_t *co = gc_alloc(sizeof(code_t));
    co->base.type = &type_code;
    co->bytecode = shrink(e->bc, e->bc_len);
    co->bc_len = e->bc_len;
    co->consts = shrink(e->consts, e->n_consts * sizeof(obj_t));
    co->n_consts = e->n_consts;
    co->lines = shrink(e->lines, e->lines_len);
    co->lines_len = e->lines_len;
    co->name = name;
    co->qualname = qualname;
    co->filename = e->c->filename;
    co->n_stack = (uint16_t)(e->max_depth + 1);
    co->n_blocks = (uint16_t)e->max_blocks;
    co->flags = flags;
    co->first_line = (uint16_t)e->first_line;
    scope_t *s = e->scope;
    if (s->kind != SCOPE_MODULE) {
        co->n_locals = s->n_locals;
        co->n_cells = s->n_cells;
        co->n_free = s->n_free;
        co->n_pos_args = s->n_pos;
        co->n_posonly_args = s->n_posonly;
        co->n_kwonly_args = s->n_kwonly;
        size_t n_args = s->n_pos + s->n_kwonly + ((flags & CODE_VARARGS) ? 1 : 0) + ((flags & CODE_VARKW) ? 1 : 0);
        if (e->uses_locals && s->kind != SCOPE_CLASS && s->n_locals) {
            // locals() needs the name of every slot: arg_names grows to n_locals
            co->flags |= CODE_LOCAL_NAMES;
            co->arg_names = gc_alloc(s->n_locals * sizeof(name_t));
            for (size_t i = 0; i < s->n_syms; i++) {
                uint16_t slot;
                var_kind_t k = scope_lookup(s, s->syms[i].name, false, &slot);
                if ((k == VAR_FAST || k == VAR_DEREF) && slot < s->n_locals) {
                    co->arg_names[slot] = s->syms[i].name;
                }
            }
        } else if (n_args) {
            co->arg_names = gc_alloc(n_args * sizeof(name_t));
            size_t k = 0;
            for (size_t i = 0; i < s->n_syms && k < n_args; i++) {
                if (s->syms[i].flags & SYM_PARAM) {
                    co->arg_names[k++] = s->syms[i].name;
                }
            }
        }
        if (s->n_cells) {
            co->cell_slots = gc_alloc(s->n_cells * sizeof(uint16_t));
            size_t k = 0;
            if (s->kind == SCOPE_CLASS) {
                co->cell_slots[k++] = s->class_cell_slot;
            } else {
                for (size_t i = 0; i < s->n_syms; i++) {
                    if (s->syms[i].flags & SYM_CELL) {
                        co->cell_slots[k++] = s->syms[i].slot;
                    }
                }
            }
        }
    }
    // the emitter's other buffers are garbage now
    gc_free(e->labels);
    gc_free(e->fixups);
    e->bc = NULL;
    e->consts = NULL;
    e->lines = NULL;
    e->labels = NULL;
    e->fixups = NULL;
    return OBJ_FROM_PTR(co);
}

static void compile_block(emit_t *e, ast_t *a);

// Compile the body of a function-like or class scope into a code object.
static obj_t compile_scope(emit_t *outer, scope_t *s) {
    emit_t e;
    emit_init(&e, outer->c, outer, s, s->line);
    ast_t *a = s->node;
    uint16_t flags = s->code_flags & ~CODE_HAS_SUPER;
    if (s->code_flags & CODE_COROUTINE) {
        flags |= CODE_GENERATOR;
    }
    switch (s->kind) {
        case SCOPE_FUNCTION:
            compile_block(&e, a->kids[2]);
            if (e.reachable) {
                emit_op(&e, OP_LOAD_CONST_NONE);
                emit_op(&e, OP_RETURN_VALUE);
            }
            break;
        case SCOPE_LAMBDA:
            e.line = a->line;
            compile_expr(&e, a->kids[1]);
            if (flags & CODE_GENERATOR) {
                emit_op(&e, OP_POP_TOP);
                emit_op(&e, OP_LOAD_CONST_NONE);
            }
            emit_op(&e, OP_RETURN_VALUE);
            break;
        case SCOPE_COMP:
            compile_comp_body(&e, a);
            break;
        case SCOPE_CLASS: {
            ast_t *body = a->kids[2];
            size_t start = 0;
            if (body->n && body->kids[0]->kind == AST_EXPR_STMT && body->kids[0]->kids[0]->kind == AST_CONST &&
                rt_is_str(body->kids[0]->kids[0]->v.obj)) {
                e.line = body->kids[0]->line;
                emit_load_const(&e, body->kids[0]->kids[0]->v.obj);
                emit_op_name(&e, OP_STORE_NAME, N___doc__);
                start = 1;
            }
            for (size_t i = start; i < body->n; i++) {
                compile_stmt(&e, body->kids[i]);
            }
            if (s->needs_class_cell) {
                emit_op_uint(&e, OP_LOAD_CLOSURE, s->class_cell_slot);
                emit_op_name(&e, OP_STORE_NAME, N___classcell__);
            }
            emit_op(&e, OP_LOAD_CONST_NONE);
            emit_op(&e, OP_RETURN_VALUE);
            break;
        }
        default:
            break;
    }
    return emit_finish(&e, s->name, s->qualname, flags);
}

// [defaults?, kwdefaults?] are on the stack per `flags`; add the closure and the code.
void emit_make_function(emit_t *e, scope_t *s, int flags) {
    obj_t code = compile_scope(e, s);
    if (s->n_free) {
        size_t n = 0;
        for (size_t i = 0; i < s->n_syms; i++) {
            sym_t *y = &s->syms[i];
            if (!(y->flags & SYM_FREE)) {
                continue;
            }
            scope_t *cur = e->scope;
            uint16_t slot;
            if (cur->kind == SCOPE_CLASS && y->name == N___class__ && cur->needs_class_cell) {
                slot = cur->class_cell_slot;
            } else {
                sym_t *py = scope_find(cur, y->name);
                internal_check(e, py && (py->flags & (SYM_CELL | SYM_FREE)), "internal error: closure");
                slot = py->slot;
            }
            emit_op_uint(e, OP_LOAD_CLOSURE, slot);
            n++;
        }
        emit_op_uint(e, OP_BUILD_TUPLE, n);
        flags |= 4;
    }
    emit_op_uint(e, OP_LOAD_CONST, add_const(e, code));
    emit_op_byte(e, OP_MAKE_FUNCTION, flags);
}

// ---------------------------------------------------------------- micropython.const
obj_t compile_const_lookup(compiler_t *c, name_t n) {
    for (size_t i = 0; i < c->n_consts; i++) {
        if (c->const_names[i] == n) {
            return c->const_values[i];
        }
    }
    return OBJ_NULL;
}

static void const_add(compiler_t *c, name_t n, obj_t v) {
    size_t alloc = c->consts_alloc;
    c->const_names = grow(c->const_names, &alloc, c->n_consts + 1, sizeof(name_t));
    alloc = c->consts_alloc;
    c->const_values = grow(c->const_values, &alloc, c->n_consts + 1, sizeof(obj_t));
    c->consts_alloc = alloc;
    c->const_names[c->n_consts] = n;
    c->const_values[c->n_consts] = v;
    c->n_consts++;
}

// `X = const(expr)` at module or class level: fold it (returns true if done).
static bool try_const_assign(emit_t *e, ast_t *a) {
    if (a->n != 2 || a->kids[0]->kind != AST_NAME || (e->scope->kind != SCOPE_MODULE && e->scope->kind != SCOPE_CLASS)) {
        return false;
    }
    ast_t *v = a->kids[1];
    if (v->kind != AST_CALL || v->n != 2 || v->kids[0]->kind != AST_NAME || v->kids[0]->v.name != N_const) {
        return false;
    }
    ast_t *arg = v->kids[1];
    if (arg->kind == AST_STAR || arg->kind == AST_DSTAR || arg->kind == AST_KEYWORD) {
        return false;
    }
    obj_t val = compile_fold(e, arg);
    if (val == OBJ_NULL) {
        return false;
    }
    name_t n = a->kids[0]->v.name;
    const_add(e->c, n, val);
    if (names_str(n)[0] != '_') {
        emit_load_const(e, val);
        compile_name(e, n, 1);
    }
    return true;
}

// ---------------------------------------------------------------- unwinding
static int push_cblock(emit_t *e, int kind) {
    if (e->n_cblocks >= MAX_CBLOCKS) {
        compile_error(e, e->line, "too many nested blocks");
    }
    cblock_t *b = &e->cblocks[e->n_cblocks++];
    memset(b, 0, sizeof(*b));
    b->kind = (uint8_t)kind;
    return e->n_cblocks - 1;
}

// ---------------------------------------------------------------- async
static void emit_await(emit_t *e) {
    emit_op(e, OP_GET_YIELD_FROM_ITER);
    emit_op(e, OP_LOAD_CONST_NONE);
    emit_op(e, OP_YIELD_FROM);
}

// [aexit] -> []: await aexit(None, None, None)
static void emit_aexit_none(emit_t *e) {
    emit_op(e, OP_LOAD_CONST_NONE);
    emit_op(e, OP_LOAD_CONST_NONE);
    emit_op(e, OP_LOAD_CONST_NONE);
    emit_op_uint(e, OP_CALL_FUNCTION, 3);
    emit_await(e);
    emit_op(e, OP_POP_TOP);
}

static void check_async(emit_t *e, ast_t *a, const char *msg) {
    if (!(e->scope->code_flags & CODE_COROUTINE)) {
        compile_error(e, a->line, msg);
    }
}

// Undo blocks [stop, top): for return (value on TOS) or break/continue.
static void unwind(emit_t *e, int stop, bool is_return) {
    for (int i = e->n_cblocks - 1; i >= stop; i--) {
        cblock_t *b = &e->cblocks[i];
        switch (b->kind) {
            case CB_LOOP:
                break;
            case CB_FOR:
                if (is_return) {
                    emit_op(e, OP_ROT_TWO);
                }
                emit_op(e, OP_POP_TOP);
                break;
            case CB_TRY_EXCEPT:
                emit_op(e, OP_POP_BLOCK);
                break;
            case CB_TRY_FINALLY: {
                emit_op(e, OP_POP_BLOCK);
                int saved = e->n_cblocks;
                cblock_t copy = *b;
                e->n_cblocks = i;
                compile_block(e, copy.body);
                e->n_cblocks = saved;
                e->cblocks[i] = copy;
                break;
            }
            case CB_HANDLER:
                if (is_return) {
                    emit_op(e, OP_ROT_TWO);
                }
                emit_op(e, OP_POP_EXCEPT);
                if (b->name) {
                    emit_op(e, OP_LOAD_CONST_NONE);
                    compile_name(e, b->name, 1);
                    compile_name(e, b->name, 2);
                }
                break;
            case CB_FINALLY_EXC:
                if (is_return) {
                    emit_op(e, OP_ROT_THREE);
                }
                emit_op(e, OP_POP_TOP);
                emit_op(e, OP_POP_EXCEPT);
                break;
            case CB_WITH:
                emit_op(e, OP_POP_BLOCK);
                if (is_return) {
                    emit_op(e, OP_ROT_TWO);
                }
                emit_op(e, OP_WITH_EXIT);
                break;
            case CB_ASYNC_WITH:
                emit_op(e, OP_POP_BLOCK);
                if (is_return) {
                    emit_op(e, OP_ROT_TWO);
                }
                emit_aexit_none(e);
                break;
        }
    }
}

static void compile_break_continue(emit_t *e, ast_t *a, bool is_break) {
    int i = e->n_cblocks - 1;
    while (i >= 0 && e->cblocks[i].kind != CB_LOOP && e->cblocks[i].kind != CB_FOR) {
        i--;
    }
    if (i < 0) {
        compile_error(e, a->line, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    }
    int depth = e->depth, blocks = e->blocks;
    unwind(e, is_break ? i : i + 1, false);
    emit_jump(e, OP_JUMP, is_break ? e->cblocks[i].brk : e->cblocks[i].cont);
    e->depth = depth;
    e->blocks = blocks;
}

static void compile_return(emit_t *e, ast_t *a) {
    if (e->scope->kind != SCOPE_FUNCTION) {
        compile_error(e, a->line, "'return' outside function");
    }
    if (a->kids[0]) {
        compile_expr(e, a->kids[0]);
    } else {
        emit_op(e, OP_LOAD_CONST_NONE);
    }
    int depth = e->depth, blocks = e->blocks;
    unwind(e, 0, true);
    emit_op(e, OP_RETURN_VALUE);
    e->depth = depth - 1;
    e->blocks = blocks;
}

// ---------------------------------------------------------------- statements
static void compile_block(emit_t *e, ast_t *a) {
    if (a->kind != AST_BLOCK) {
        compile_stmt(e, a);
        return;
    }
    for (size_t i = 0; i < a->n; i++) {
        compile_stmt(e, a->kids[i]);
    }
}

static void compile_if(emit_t *e, ast_t *a) {
    int l_else = emit_label(e);
    compile_cond_jump(e, a->kids[0], false, l_else);
    compile_block(e, a->kids[1]);
    if (a->kids[2]) {
        int l_end = emit_label(e);
        emit_jump(e, OP_JUMP, l_end);
        emit_place(e, l_else);
        compile_block(e, a->kids[2]);
        emit_place(e, l_end);
    } else {
        emit_place(e, l_else);
    }
}

static void compile_while(emit_t *e, ast_t *a) {
    int l_top = emit_label(e), l_else = emit_label(e), l_end = emit_label(e);
    emit_place(e, l_top);
    compile_cond_jump(e, a->kids[0], false, l_else);
    int bi = push_cblock(e, CB_LOOP);
    e->cblocks[bi].brk = l_end;
    e->cblocks[bi].cont = l_top;
    compile_block(e, a->kids[1]);
    e->n_cblocks--;
    emit_jump(e, OP_JUMP, l_top);
    emit_place(e, l_else);
    if (a->kids[2]) {
        compile_block(e, a->kids[2]);
    }
    emit_place(e, l_end);
}

static void compile_async_for(emit_t *e, ast_t *a) {
    check_async(e, a, "'async for' outside async function");
    int l_top = emit_label(e), l_stop = emit_label(e), l_reraise = emit_label(e), l_end = emit_label(e);
    compile_expr(e, a->kids[1]);
    emit_op_name(e, OP_LOAD_METHOD, N___aiter__);
    emit_op_uint(e, OP_CALL_METHOD, 0);          // [ait]
    emit_place(e, l_top);
    emit_jump(e, OP_SETUP_EXCEPT, l_stop);
    emit_op(e, OP_DUP_TOP);
    emit_op_name(e, OP_LOAD_METHOD, N___anext__);
    emit_op_uint(e, OP_CALL_METHOD, 0);
    emit_await(e);                               // [ait, value]
    emit_op(e, OP_POP_BLOCK);
    compile_store(e, a->kids[0]);
    int bi = push_cblock(e, CB_FOR);
    e->cblocks[bi].brk = l_end;
    e->cblocks[bi].cont = l_top;
    compile_block(e, a->kids[2]);
    e->n_cblocks--;
    e->line = a->line;
    emit_jump(e, OP_JUMP, l_top);
    emit_place(e, l_stop);                       // [ait, exc]
    emit_op(e, OP_DUP_TOP);
    emit_op_name(e, OP_LOAD_GLOBAL, N_StopAsyncIteration);
    emit_jump(e, OP_JUMP_IF_NOT_EXC_MATCH, l_reraise);
    emit_op(e, OP_POP_TOP);
    emit_op(e, OP_POP_TOP);
    if (a->kids[3]) {
        compile_block(e, a->kids[3]);
    }
    emit_jump(e, OP_JUMP, l_end);
    emit_place(e, l_reraise);
    emit_op(e, OP_RERAISE);
    emit_place(e, l_end);
}

static void compile_for(emit_t *e, ast_t *a) {
    if (a->op) {
        compile_async_for(e, a);
        return;
    }
    int l_top = emit_label(e), l_else = emit_label(e), l_end = emit_label(e);
    compile_expr(e, a->kids[1]);
    emit_op(e, OP_GET_ITER);
    emit_place(e, l_top);
    emit_jump(e, OP_FOR_ITER, l_else);
    compile_store(e, a->kids[0]);
    int bi = push_cblock(e, CB_FOR);
    e->cblocks[bi].brk = l_end;
    e->cblocks[bi].cont = l_top;
    compile_block(e, a->kids[2]);
    e->n_cblocks--;
    e->line = a->line;
    emit_jump(e, OP_JUMP, l_top);
    emit_place(e, l_else);
    if (a->kids[3]) {
        compile_block(e, a->kids[3]);
    }
    emit_place(e, l_end);
}

// try/except (+ else); the finally part is compiled by compile_try.
static void compile_try_except(emit_t *e, ast_t *a) {
    int l_handler = emit_label(e), l_else = emit_label(e), l_end = emit_label(e);
    emit_jump(e, OP_SETUP_EXCEPT, l_handler);
    push_cblock(e, CB_TRY_EXCEPT);
    compile_block(e, a->kids[0]);
    e->n_cblocks--;
    emit_op(e, OP_POP_BLOCK);
    emit_jump(e, OP_JUMP, l_else);
    emit_place(e, l_handler);   // [exc]
    emit_op(e, OP_PUSH_EXC_INFO);   // [prev, exc]
    ast_t *hs = a->kids[1];
    bool bare = false;
    for (size_t i = 0; i < hs->n; i++) {
        ast_t *h = hs->kids[i];
        e->line = h->line;
        int l_next = emit_label(e);
        if (h->kids[0]) {
            emit_op(e, OP_DUP_TOP);
            compile_expr(e, h->kids[0]);
            emit_jump(e, OP_JUMP_IF_NOT_EXC_MATCH, l_next);
        } else {
            bare = true;
        }
        if (h->v.name) {
            compile_name(e, h->v.name, 1);
        } else {
            emit_op(e, OP_POP_TOP);
        }
        int bi = push_cblock(e, CB_HANDLER);   // [prev]
        e->cblocks[bi].name = h->v.name;
        compile_block(e, h->kids[1]);
        e->n_cblocks--;
        emit_op(e, OP_POP_EXCEPT);
        if (h->v.name) {
            emit_op(e, OP_LOAD_CONST_NONE);
            compile_name(e, h->v.name, 1);
            compile_name(e, h->v.name, 2);
        }
        emit_jump(e, OP_JUMP, l_end);
        emit_place(e, l_next);
        if (!h->kids[0]) {
            // unreachable: a bare except matched everything
            e->reachable = false;
        }
    }
    if (!bare) {
        emit_op(e, OP_RERAISE);
    }
    emit_place(e, l_else);
    if (a->kids[2]) {
        compile_block(e, a->kids[2]);
    }
    emit_place(e, l_end);
}

static void compile_try(emit_t *e, ast_t *a) {
    if (!a->kids[3]) {
        compile_try_except(e, a);
        return;
    }
    int l_exc = emit_label(e), l_end = emit_label(e);
    emit_jump(e, OP_SETUP_EXCEPT, l_exc);
    int bi = push_cblock(e, CB_TRY_FINALLY);
    e->cblocks[bi].body = a->kids[3];
    if (a->kids[1]) {
        compile_try_except(e, a);
    } else {
        compile_block(e, a->kids[0]);
    }
    e->n_cblocks--;
    emit_op(e, OP_POP_BLOCK);
    compile_block(e, a->kids[3]);   // normal path
    emit_jump(e, OP_JUMP, l_end);
    emit_place(e, l_exc);           // [exc]
    emit_op(e, OP_PUSH_EXC_INFO);   // [prev, exc]
    push_cblock(e, CB_FINALLY_EXC);
    compile_block(e, a->kids[3]);
    e->n_cblocks--;
    emit_op(e, OP_RERAISE);
    emit_place(e, l_end);
}

static void compile_async_with_items(emit_t *e, ast_t *a, size_t i) {
    if (i + 1 == a->n) {
        compile_block(e, a->kids[i]);
        return;
    }
    ast_t *item = a->kids[i];
    e->line = item->line;
    compile_expr(e, item->kids[0]);
    emit_op(e, OP_DUP_TOP);
    emit_op_name(e, OP_LOAD_ATTR, N___aexit__);
    emit_op(e, OP_ROT_TWO);                      // [aexit, mgr]
    emit_op_name(e, OP_LOAD_METHOD, N___aenter__);
    emit_op_uint(e, OP_CALL_METHOD, 0);
    emit_await(e);                               // [aexit, value]
    if (item->kids[1]) {
        compile_store(e, item->kids[1]);
    } else {
        emit_op(e, OP_POP_TOP);
    }
    int l_exc = emit_label(e), l_suppress = emit_label(e), l_end = emit_label(e);
    emit_jump(e, OP_SETUP_EXCEPT, l_exc);
    push_cblock(e, CB_ASYNC_WITH);
    compile_async_with_items(e, a, i + 1);
    e->n_cblocks--;
    e->line = item->line;
    emit_op(e, OP_POP_BLOCK);
    emit_aexit_none(e);
    emit_jump(e, OP_JUMP, l_end);
    emit_place(e, l_exc);                        // [aexit, exc]
    emit_op(e, OP_PUSH_EXC_INFO);                // [aexit, prev, exc]
    emit_op(e, OP_ROT_THREE);                    // [exc, aexit, prev]
    emit_op(e, OP_ROT_THREE);                    // [prev, exc, aexit]
    emit_op(e, OP_ROT_TWO);                      // [prev, aexit, exc]
    emit_op(e, OP_DUP_TOP);
    emit_op(e, OP_ROT_THREE);                    // [prev, exc, aexit, exc]
    emit_op(e, OP_DUP_TOP);
    emit_op_name(e, OP_LOAD_ATTR, N___class__);  // [prev, exc, aexit, exc, type]
    emit_op(e, OP_ROT_TWO);
    emit_op(e, OP_LOAD_CONST_NONE);
    emit_op_uint(e, OP_CALL_FUNCTION, 3);        // [prev, exc, awaitable]
    emit_await(e);
    emit_jump(e, OP_POP_JUMP_IF_TRUE, l_suppress);
    emit_op(e, OP_RERAISE);                      // [prev]
    emit_place(e, l_suppress);                   // [prev, exc]
    emit_op(e, OP_POP_TOP);
    emit_op(e, OP_POP_EXCEPT);
    emit_place(e, l_end);
}

static void compile_with_items(emit_t *e, ast_t *a, size_t i) {
    if (i + 1 == a->n) {
        compile_block(e, a->kids[i]);
        return;
    }
    ast_t *item = a->kids[i];
    e->line = item->line;
    compile_expr(e, item->kids[0]);
    emit_op(e, OP_WITH_ENTER);          // [exit, value]
    if (item->kids[1]) {
        compile_store(e, item->kids[1]);
    } else {
        emit_op(e, OP_POP_TOP);
    }
    int l_exc = emit_label(e), l_end = emit_label(e);
    emit_jump(e, OP_SETUP_EXCEPT, l_exc);
    push_cblock(e, CB_WITH);
    compile_with_items(e, a, i + 1);
    e->n_cblocks--;
    e->line = item->line;
    emit_op(e, OP_POP_BLOCK);
    emit_op(e, OP_WITH_EXIT);
    emit_jump(e, OP_JUMP, l_end);
    emit_place(e, l_exc);               // [exit, exc]
    emit_op(e, OP_WITH_EXCEPT);
    emit_place(e, l_end);
}

static void compile_funcdef(emit_t *e, ast_t *a) {
    scope_t *s = a->v.scope;
    ast_t *decos = a->kids[0];
    if (decos) {
        for (size_t i = 0; i < decos->n; i++) {
            compile_expr(e, decos->kids[i]);
        }
    }
    e->line = a->line;
    int flags = compile_defaults(e, a->kids[1]);
    e->line = a->line;
    emit_make_function(e, s, flags);
    for (size_t i = decos ? decos->n : 0; i-- > 0;) {
        emit_op_uint(e, OP_CALL_FUNCTION, 1);
    }
    compile_name(e, s->name, 1);
}

static void compile_classdef(emit_t *e, ast_t *a) {
    scope_t *s = a->v.scope;
    ast_t *decos = a->kids[0];
    if (decos) {
        for (size_t i = 0; i < decos->n; i++) {
            compile_expr(e, decos->kids[i]);
        }
    }
    e->line = a->line;
    ast_t *bases = a->kids[1];
    bool general = false;   // keywords or unpacking: __build_class__(fn, name, *bases, **kw)
    for (size_t i = 0; bases && i < bases->n; i++) {
        int k = bases->kids[i]->kind;
        general |= k == AST_KEYWORD || k == AST_STAR || k == AST_DSTAR;
    }
    if (general) {
        compile_name(e, N___build_class__, 0);
        emit_make_function(e, s, 0);
        emit_op_name(e, OP_LOAD_CONST_NAME, s->name);
        emit_op_uint(e, OP_BUILD_LIST, 2);
        size_t n_kw = 0;
        for (size_t i = 0; i < bases->n; i++) {
            ast_t *b = bases->kids[i];
            if (b->kind == AST_STAR) {
                compile_expr(e, b->kids[0]);
                emit_op_uint(e, OP_LIST_EXTEND, 1);
            } else if (b->kind != AST_KEYWORD && b->kind != AST_DSTAR) {
                compile_expr(e, b);
                emit_op_uint(e, OP_LIST_APPEND, 1);
            } else {
                n_kw++;
            }
        }
        emit_op(e, OP_LIST_TO_TUPLE);
        if (n_kw) {
            emit_op_uint(e, OP_BUILD_MAP, 0);
            for (size_t i = 0; i < bases->n; i++) {
                ast_t *b = bases->kids[i];
                if (b->kind == AST_KEYWORD) {
                    emit_op_name(e, OP_LOAD_CONST_NAME, b->v.name);
                    compile_expr(e, b->kids[0]);
                    emit_op_uint(e, OP_BUILD_MAP, 1);
                    emit_op_uint(e, OP_DICT_MERGE, 1);
                } else if (b->kind == AST_DSTAR) {
                    compile_expr(e, b->kids[0]);
                    emit_op_uint(e, OP_DICT_MERGE, 1);
                }
            }
        }
        e->line = a->line;
        emit_op_byte(e, OP_CALL_FUNCTION_EX, n_kw ? 1 : 0);
    } else {
        emit_make_function(e, s, 0);
        emit_op_name(e, OP_LOAD_CONST_NAME, s->name);
        size_t n = 0;
        for (size_t i = 0; bases && i < bases->n; i++) {
            compile_expr(e, bases->kids[i]);
            n++;
        }
        e->line = a->line;
        emit_op_uint(e, OP_BUILD_CLASS, n);
    }
    for (size_t i = decos ? decos->n : 0; i-- > 0;) {
        emit_op_uint(e, OP_CALL_FUNCTION, 1);
    }
    compile_name(e, s->name, 1);
}

static void compile_import(emit_t *e, ast_t *a) {
    for (size_t i = 0; i < a->n; i++) {
        ast_t *al = a->kids[i];
        emit_load_const(e, OBJ_SMALL_INT(0));
        emit_op(e, OP_LOAD_CONST_NONE);
        emit_op_name(e, OP_IMPORT_NAME, al->v.name);
        const char *t = names_str(al->v.name);
        const char *dot = strchr(t, '.');
        if (al->kids[0]) {
            // import a.b.c as d: walk down from the top package
            while (dot) {
                const char *s = dot + 1;
                dot = strchr(s, '.');
                size_t n = dot ? (size_t)(dot - s) : strlen(s);
                emit_op_name(e, OP_LOAD_ATTR, names_intern(s, n));
            }
            compile_name(e, al->kids[0]->v.name, 1);
        } else {
            compile_name(e, dot ? names_intern(t, (size_t)(dot - t)) : al->v.name, 1);
        }
    }
}

static void compile_importfrom(emit_t *e, ast_t *a) {
    emit_load_const(e, obj_new_small_int(a->op));
    obj_t fromlist;
    if (a->n == 0) {
        obj_t star = OBJ_NAME(names_intern("*", 1));
        fromlist = tuple_new(1, &star);
    } else {
        fromlist = tuple_new(a->n, NULL);
        tuple_t *t = OBJ_TO_PTR(fromlist);
        for (size_t i = 0; i < a->n; i++) {
            t->items[i] = OBJ_NAME(a->kids[i]->v.name);
        }
    }
    emit_op_uint(e, OP_LOAD_CONST, add_const(e, fromlist));
    emit_op_name(e, OP_IMPORT_NAME, a->v.name ? a->v.name : N_empty);
    if (a->n == 0) {
        emit_op(e, OP_IMPORT_STAR);
        return;
    }
    for (size_t i = 0; i < a->n; i++) {
        ast_t *al = a->kids[i];
        emit_op_name(e, OP_IMPORT_FROM, al->v.name);
        compile_name(e, al->kids[0] ? al->kids[0]->v.name : al->v.name, 1);
    }
    emit_op(e, OP_POP_TOP);
}

static void compile_augassign(emit_t *e, ast_t *a) {
    ast_t *t = a->kids[0];
    switch (t->kind) {
        case AST_NAME:
            compile_name(e, t->v.name, 0);
            compile_expr(e, a->kids[1]);
            e->line = a->line;
            emit_op_byte(e, OP_BINARY_OP, a->op);
            compile_name(e, t->v.name, 1);
            break;
        case AST_ATTR:
            compile_expr(e, t->kids[0]);
            emit_op(e, OP_DUP_TOP);
            emit_op_name(e, OP_LOAD_ATTR, t->v.name);
            compile_expr(e, a->kids[1]);
            e->line = a->line;
            emit_op_byte(e, OP_BINARY_OP, a->op);
            emit_op(e, OP_ROT_TWO);
            emit_op_name(e, OP_STORE_ATTR, t->v.name);
            break;
        default:   // subscript
            compile_expr(e, t->kids[0]);
            compile_expr(e, t->kids[1]);
            emit_op(e, OP_DUP_TOP_TWO);
            emit_op(e, OP_LOAD_SUBSCR);
            compile_expr(e, a->kids[1]);
            e->line = a->line;
            emit_op_byte(e, OP_BINARY_OP, a->op);
            emit_op(e, OP_ROT_THREE);
            emit_op(e, OP_STORE_SUBSCR);
            break;
    }
}

void compile_stmt(emit_t *e, ast_t *a) {
    rt_check_stack();
    e->line = a->line;
    int depth0 = e->depth;
    switch (a->kind) {
        case AST_BLOCK:
            compile_block(e, a);
            break;
        case AST_EXPR_STMT: {
            ast_t *x = a->kids[0];
            bool interactive = e->c->mode == COMPILE_SINGLE && e->scope->kind == SCOPE_MODULE;
            if (x->kind == AST_CONST && !interactive) {
                break;   // docstrings and other constants: no code
            }
            compile_expr(e, x);
            e->line = a->line;
            emit_op(e, interactive ? OP_PRINT_EXPR : OP_POP_TOP);
            break;
        }
        case AST_ASSIGN: {
            if (try_const_assign(e, a)) {
                break;
            }
            compile_expr(e, a->kids[a->n - 1]);
            for (size_t i = 0; i + 1 < a->n; i++) {
                if (i + 2 < a->n) {
                    emit_op(e, OP_DUP_TOP);
                }
                compile_store(e, a->kids[i]);
            }
            break;
        }
        case AST_AUGASSIGN:
            compile_augassign(e, a);
            break;
        case AST_ANNASSIGN:
            if (a->kids[2]) {
                compile_expr(e, a->kids[2]);
                compile_store(e, a->kids[0]);
            }
            break;
        case AST_DEL:
            for (size_t i = 0; i < a->n; i++) {
                compile_delete(e, a->kids[i]);
            }
            break;
        case AST_PASS:
        case AST_GLOBAL:
        case AST_NONLOCAL:
            break;
        case AST_BREAK:
            compile_break_continue(e, a, true);
            break;
        case AST_CONTINUE:
            compile_break_continue(e, a, false);
            break;
        case AST_RETURN:
            compile_return(e, a);
            break;
        case AST_RAISE: {
            size_t n = 0;
            if (a->kids[0]) {
                compile_expr(e, a->kids[0]);
                n++;
                if (a->kids[1]) {
                    compile_expr(e, a->kids[1]);
                    n++;
                }
            }
            e->line = a->line;
            emit_op_uint(e, OP_RAISE_VARARGS, n);
            e->depth = depth0;
            break;
        }
        case AST_ASSERT: {
            int l_ok = emit_label(e);
            compile_cond_jump(e, a->kids[0], true, l_ok);
            emit_op(e, OP_LOAD_ASSERTION_ERROR);
            if (a->kids[1]) {
                compile_expr(e, a->kids[1]);
                emit_op_uint(e, OP_CALL_FUNCTION, 1);
            }
            emit_op_uint(e, OP_RAISE_VARARGS, 1);
            e->depth = depth0;
            emit_place(e, l_ok);
            break;
        }
        case AST_IF:
            compile_if(e, a);
            break;
        case AST_WHILE:
            compile_while(e, a);
            break;
        case AST_FOR:
            compile_for(e, a);
            break;
        case AST_TRY:
            compile_try(e, a);
            break;
        case AST_WITH:
            if (a->op) {
                check_async(e, a, "'async with' outside async function");
                compile_async_with_items(e, a, 0);
            } else {
                compile_with_items(e, a, 0);
            }
            break;
        case AST_FUNCDEF:
            compile_funcdef(e, a);
            break;
        case AST_CLASSDEF:
            compile_classdef(e, a);
            break;
        case AST_IMPORT:
            compile_import(e, a);
            break;
        case AST_IMPORTFROM:
            compile_importfrom(e, a);
            break;
        default:
            compile_error(e, a->line, "invalid syntax");
    }
    internal_check(e, e->depth == depth0, "internal error: unbalanced statement");
}

// ---------------------------------------------------------------- driver
// Source with a lone CR (a paste from a terminal, an old Mac file): every
// CR LF and CR becomes LF, as Python reads source (universal newlines).
static const char *normalise_newlines(const char *src, size_t *len) {
    const char *cr = memchr(src, '\r', *len);
    if (cr == NULL) {
        return src;
    }
    char *out = gc_alloc_noscan(*len + 1);
    size_t n = 0;
    for (size_t i = 0; i < *len; i++) {
        if (src[i] == '\r') {
            out[n++] = '\n';
            if (i + 1 < *len && src[i + 1] == '\n') {
                i++;
            }
        } else {
            out[n++] = src[i];
        }
    }
    out[n] = 0;
    *len = n;
    return out;
}

static obj_t compile_text(const char *src, size_t len, name_t filename, compile_mode_t mode);

obj_t compile_source(const char *src, size_t len, name_t filename, compile_mode_t mode) {
    src = normalise_newlines(src, &len);
    return compile_text(src, len, filename, mode);
}

static obj_t compile_text(const char *src, size_t len, name_t filename, compile_mode_t mode) {
    compiler_t c;
    memset(&c, 0, sizeof(c));
    c.filename = filename;
    c.mode = mode;
    obj_t code = OBJ_NULL;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        parse_init(&c.ps, src, len, filename, mode, &c.arena);
        c.module_scope = scope_new_module(&c.perm);
        c.module_scope->code_flags = CODE_MODULE;
        emit_t e;
        emit_init(&e, &c, NULL, c.module_scope, 1);
        if (mode == COMPILE_EVAL) {
            ast_t *a = parse_eval_input(&c.ps);
            scope_analyze(c.module_scope, a, &c.arena, filename);
            e.line = a->line;
            compile_expr(&e, a);
            emit_op(&e, OP_RETURN_VALUE);
        } else {
            for (;;) {
                ast_t *a = parse_next_stmt(&c.ps);
                if (a == NULL) {
                    break;
                }
                scope_analyze(c.module_scope, a, &c.arena, filename);
                compile_stmt(&e, a);
                arena_free(&c.arena);
                e.n_labels = 0;   // every label of the statement is placed
                e.n_fixups = 0;
            }
            emit_op(&e, OP_LOAD_CONST_NONE);
            emit_op(&e, OP_RETURN_VALUE);
        }
        code = emit_finish(&e, N_lt_module, N_lt_module, CODE_MODULE);
        nlr_pop();
    } else {
        arena_free(&c.arena);
        arena_free(&c.perm);
        nlr_jump(nlr.ret_val);
    }
    arena_free(&c.arena);
    arena_free(&c.perm);
    gc_free(c.ps.stack);
    gc_free(c.ps.lx.str.buf);
    gc_free(c.const_names);
    gc_free(c.const_values);
    if (debug_dump) {
        code_dump(&printer_stderr, OBJ_TO_PTR(code));
    }
    return code;
}
