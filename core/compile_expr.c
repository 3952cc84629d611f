// core/compile_expr.c — expression compiler: values, calls, displays,
// comprehensions, f-strings, conditions, assignment and deletion targets,
// and constant folding (numeric literals, small-int arithmetic,
// micropython.const names).
// Invariant: compile_expr leaves exactly one value on the stack;
// compile_store/compile_delete consume what their target needs.
#include <string.h>
#include "core/compile.h"
#include "core/compile_int.h"
#include "core/runtime.h"
#include "core/types.h"

// ---------------------------------------------------------------- names
void compile_name(emit_t *e, name_t n, int how) {
    uint16_t slot = 0;
    var_kind_t k = scope_lookup(e->scope, n, how != 0, &slot);
    if (how == 0 && k == VAR_GLOBAL && (n == N_locals || n == N_vars)) {
        e->uses_locals = true;
    }
    if (how == 0 && (k == VAR_NAME || k == VAR_GLOBAL)) {
        obj_t cv = compile_const_lookup(e->c, n);
        if (cv != OBJ_NULL) {
            emit_load_const(e, cv);
            return;
        }
    }
    static const uint8_t ops[4][3] = {
        {OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME},
        {OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL},
        {OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST},
        {OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF},
    };
    int op = ops[k][how];
    if (k == VAR_NAME || k == VAR_GLOBAL) {
        emit_op_name(e, op, n);
    } else {
        emit_op_uint(e, op, slot);
    }
}

// ---------------------------------------------------------------- folding
static bool fold_int(ast_t *a, obj_t v, intptr_t *out) {
    (void)a;
    if (v != OBJ_NULL && obj_is_small_int(v)) {
        *out = obj_small_int_value(v);
        return true;
    }
    return false;
}

static obj_t int_result(intptr_t r) {
    return small_int_fits(r) ? obj_new_small_int(r) : OBJ_NULL;
}

obj_t compile_fold(emit_t *e, ast_t *a) {
    switch (a->kind) {
        case AST_CONST:
            return a->v.obj;
        case AST_NAME: {
            uint16_t slot;
            var_kind_t k = scope_lookup(e->scope, a->v.name, false, &slot);
            return (k == VAR_NAME || k == VAR_GLOBAL) ? compile_const_lookup(e->c, a->v.name) : OBJ_NULL;
        }
        case AST_UNARY: {
            obj_t v = compile_fold(e, a->kids[0]);
            intptr_t x;
            if (fold_int(a, v, &x)) {
                switch (a->op) {
                    case UNARY_OP_NEGATIVE: return x == SMALL_INT_MIN ? OBJ_NULL : int_result(-x);
                    case UNARY_OP_POSITIVE: return v;
                    case UNARY_OP_INVERT: return int_result(~x);
                    default: return OBJ_NULL;
                }
            }
            if (v != OBJ_NULL && obj_is_type_exact(v, &type_float)) {
                if (a->op == UNARY_OP_NEGATIVE) {
                    return float_new(-float_value(v));
                }
                if (a->op == UNARY_OP_POSITIVE) {
                    return v;
                }
            }
            return OBJ_NULL;
        }
        case AST_BINOP: {
            intptr_t x, y, r;
            if (!fold_int(a, compile_fold(e, a->kids[0]), &x) || !fold_int(a, compile_fold(e, a->kids[1]), &y)) {
                return OBJ_NULL;
            }
            switch (a->op) {
                case BINARY_OP_ADD: return __builtin_add_overflow(x, y, &r) ? OBJ_NULL : int_result(r);
                case BINARY_OP_SUBTRACT: return __builtin_sub_overflow(x, y, &r) ? OBJ_NULL : int_result(r);
                case BINARY_OP_MULTIPLY: return __builtin_mul_overflow(x, y, &r) ? OBJ_NULL : int_result(r);
                case BINARY_OP_AND: return int_result(x & y);
                case BINARY_OP_OR: return int_result(x | y);
                case BINARY_OP_XOR: return int_result(x ^ y);
                case BINARY_OP_FLOOR_DIVIDE:
                    if (y == 0 || (x == SMALL_INT_MIN && y == -1)) {
                        return OBJ_NULL;
                    }
                    r = x / y;
                    if ((x % y != 0) && ((x < 0) != (y < 0))) {
                        r--;
                    }
                    return int_result(r);
                case BINARY_OP_MODULO:
                    if (y == 0) {
                        return OBJ_NULL;
                    }
                    r = x % y;
                    if (r != 0 && ((r < 0) != (y < 0))) {
                        r += y;
                    }
                    return int_result(r);
                case BINARY_OP_LSHIFT:
                    if (y < 0 || y > 62) {
                        return x == 0 && y >= 0 ? obj_new_small_int(0) : OBJ_NULL;
                    }
                    return __builtin_mul_overflow(x, (intptr_t)1 << y, &r) ? OBJ_NULL : int_result(r);
                case BINARY_OP_RSHIFT:
                    if (y < 0) {
                        return OBJ_NULL;
                    }
                    return int_result(y > 62 ? (x < 0 ? -1 : 0) : x >> y);
                case BINARY_OP_POWER: {
                    if (y < 0 || y > 64) {
                        return OBJ_NULL;
                    }
                    r = 1;
                    for (intptr_t i = 0; i < y; i++) {
                        if (__builtin_mul_overflow(r, x, &r) || !small_int_fits(r)) {
                            return OBJ_NULL;
                        }
                    }
                    return int_result(r);
                }
                default:
                    return OBJ_NULL;
            }
        }
        default:
            return OBJ_NULL;
    }
}

// ---------------------------------------------------------------- displays
#define CHUNK 32

// Items (possibly with STAR) -> tuple (kind 0), list (1) or set (2).
static void build_seq(emit_t *e, ast_t **items, size_t n, int kind) {
    bool star = false;
    for (size_t i = 0; i < n; i++) {
        star |= items[i]->kind == AST_STAR;
    }
    if (!star && n <= CHUNK) {
        for (size_t i = 0; i < n; i++) {
            compile_expr(e, items[i]);
        }
        emit_op_uint(e, kind == 0 ? OP_BUILD_TUPLE : kind == 1 ? OP_BUILD_LIST : OP_BUILD_SET, n);
        return;
    }
    int build = kind == 2 ? OP_BUILD_SET : OP_BUILD_LIST;
    int extend = kind == 2 ? OP_SET_UPDATE : OP_LIST_EXTEND;
    bool have = false;
    size_t pending = 0;
    for (size_t i = 0; i <= n; i++) {
        bool flush = i == n || items[i]->kind == AST_STAR || pending == CHUNK;
        if (flush && (pending || !have)) {
            emit_op_uint(e, build, pending);
            if (have) {
                emit_op_uint(e, extend, 1);
            }
            have = true;
            pending = 0;
        }
        if (i == n) {
            break;
        }
        if (items[i]->kind == AST_STAR) {
            compile_expr(e, items[i]->kids[0]);
            emit_op_uint(e, extend, 1);
        } else {
            compile_expr(e, items[i]);
            pending++;
        }
    }
    if (kind == 0) {
        emit_op(e, OP_LIST_TO_TUPLE);
    }
}

// Keyword items (KEYWORD / DSTAR for calls; key,value pairs / DSTAR for
// dict displays) -> one dict. `merge`: DICT_MERGE (calls) or DICT_UPDATE.
static void build_dict(emit_t *e, ast_t **items, size_t n, bool is_call) {
    bool have = false;
    size_t pending = 0;
    int update = is_call ? OP_DICT_MERGE : OP_DICT_UPDATE;
    size_t i = 0;
    for (;;) {
        bool end = i >= n;
        bool dstar = !end && items[i]->kind == AST_DSTAR;
        if ((end || dstar || pending == CHUNK) && (pending || !have)) {
            emit_op_uint(e, OP_BUILD_MAP, pending);
            if (have) {
                emit_op_uint(e, update, 1);
            }
            have = true;
            pending = 0;
        }
        if (end) {
            break;
        }
        if (dstar) {
            compile_expr(e, items[i]->kids[0]);
            emit_op_uint(e, update, 1);
            i++;
        } else if (is_call) {
            emit_op_name(e, OP_LOAD_CONST_NAME, items[i]->v.name);
            compile_expr(e, items[i]->kids[0]);
            pending++;
            i++;
        } else {
            compile_expr(e, items[i]);
            compile_expr(e, items[i + 1]);
            pending++;
            i += 2;
        }
    }
}

// ---------------------------------------------------------------- calls
static bool compile_super_call(emit_t *e, ast_t *a) {
    scope_t *s = e->scope;
    if (a->n != 1 || a->kids[0]->kind != AST_NAME || a->kids[0]->v.name != N_super ||
        !(s->code_flags & CODE_HAS_SUPER) || s->n_syms == 0) {
        return false;
    }
    uint16_t slot;
    if (scope_lookup(s, N_super, false, &slot) != VAR_GLOBAL || !(s->syms[0].flags & SYM_PARAM) ||
        scope_lookup(s, N___class__, false, &slot) != VAR_DEREF) {
        return false;
    }
    compile_name(e, N_super, 0);
    compile_name(e, N___class__, 0);
    compile_name(e, s->syms[0].name, 0);
    emit_op_uint(e, OP_CALL_FUNCTION, 2);
    return true;
}

static void compile_call(emit_t *e, ast_t *a) {
    if (compile_super_call(e, a)) {
        return;
    }
    ast_t *fn = a->kids[0];
    size_t n_pos = 0, n_kw = 0;
    bool ex = false;
    for (size_t i = 1; i < a->n; i++) {
        int k = a->kids[i]->kind;
        if (k == AST_STAR || k == AST_DSTAR) {
            ex = true;
        } else if (k == AST_KEYWORD) {
            n_kw++;
        } else {
            n_pos++;
        }
    }
    if (n_pos > 255 || n_kw > 255) {
        ex = true;
    }
    uint32_t line = a->line;
    if (!ex) {
        bool method = fn->kind == AST_ATTR;
        if (method) {
            compile_expr(e, fn->kids[0]);
            e->line = fn->line;
            emit_op_name(e, OP_LOAD_METHOD, fn->v.name);
        } else {
            compile_expr(e, fn);
        }
        for (size_t i = 1; i < a->n; i++) {
            ast_t *x = a->kids[i];
            if (x->kind == AST_KEYWORD) {
                emit_op_name(e, OP_LOAD_CONST_NAME, x->v.name);
                compile_expr(e, x->kids[0]);
            } else {
                compile_expr(e, x);
            }
        }
        e->line = line;
        emit_op_uint(e, method ? OP_CALL_METHOD : OP_CALL_FUNCTION, n_pos | (n_kw << 8));
        return;
    }
    compile_expr(e, fn);
    // positional part (plain and *star), in order
    ast_t *tmp_pos[a->n], *tmp_kw[a->n];
    size_t np = 0, nk = 0;
    for (size_t i = 1; i < a->n; i++) {
        ast_t *x = a->kids[i];
        if (x->kind == AST_KEYWORD || x->kind == AST_DSTAR) {
            tmp_kw[nk++] = x;
        } else {
            tmp_pos[np++] = x;
        }
    }
    if (np == 0) {
        emit_load_const(e, OBJ_EMPTY_TUPLE);
    } else {
        build_seq(e, tmp_pos, np, 0);
    }
    if (nk) {
        build_dict(e, tmp_kw, nk, true);
    }
    e->line = line;
    emit_op_byte(e, OP_CALL_FUNCTION_EX, nk ? 1 : 0);
}

// ---------------------------------------------------------------- comprehensions
static void comp_loop(emit_t *e, ast_t *a, size_t ci, size_t n_elts, size_t depth) {
    ast_t *cf = a->kids[ci];
    e->line = cf->line;
    if (ci == n_elts) {
        emit_op_uint(e, OP_LOAD_FAST, 0);   // .0: the iterator passed in
    } else {
        compile_expr(e, cf->kids[1]);
        emit_op(e, OP_GET_ITER);
    }
    int l_top = emit_label(e), l_end = emit_label(e);
    emit_place(e, l_top);
    emit_jump(e, OP_FOR_ITER, l_end);
    compile_store(e, cf->kids[0]);
    for (size_t i = 2; i < cf->n; i++) {
        compile_cond_jump(e, cf->kids[i], false, l_top);
    }
    if (ci + 1 < a->n) {
        comp_loop(e, a, ci + 1, n_elts, depth + 1);
    } else {
        e->line = a->line;
        switch (a->kind) {
            case AST_LISTCOMP:
                compile_expr(e, a->kids[0]);
                emit_op_uint(e, OP_LIST_APPEND, depth + 1);
                break;
            case AST_SETCOMP:
                compile_expr(e, a->kids[0]);
                emit_op_uint(e, OP_SET_ADD, depth + 1);
                break;
            case AST_DICTCOMP:
                compile_expr(e, a->kids[0]);
                compile_expr(e, a->kids[1]);
                emit_op_uint(e, OP_MAP_ADD, depth + 1);
                break;
            default:   // generator expression
                compile_expr(e, a->kids[0]);
                emit_op(e, OP_YIELD_VALUE);
                emit_op(e, OP_POP_TOP);
                break;
        }
    }
    emit_jump(e, OP_JUMP, l_top);
    emit_place(e, l_end);
}

void compile_comp_body(emit_t *e, ast_t *a) {
    e->line = a->line;
    switch (a->kind) {
        case AST_LISTCOMP: emit_op_uint(e, OP_BUILD_LIST, 0); break;
        case AST_SETCOMP: emit_op_uint(e, OP_BUILD_SET, 0); break;
        case AST_DICTCOMP: emit_op_uint(e, OP_BUILD_MAP, 0); break;
        default: break;
    }
    size_t n_elts = a->kind == AST_DICTCOMP ? 2 : 1;
    comp_loop(e, a, n_elts, n_elts, 1);
    e->line = a->line;
    if (a->kind == AST_GENEXP) {
        emit_op(e, OP_LOAD_CONST_NONE);
    }
    emit_op(e, OP_RETURN_VALUE);
}

static void compile_comp(emit_t *e, ast_t *a) {
    scope_t *s = a->v.scope;
    emit_make_function(e, s, 0);
    size_t n_elts = a->kind == AST_DICTCOMP ? 2 : 1;
    compile_expr(e, a->kids[n_elts]->kids[1]);
    e->line = a->line;
    emit_op(e, OP_GET_ITER);
    emit_op_uint(e, OP_CALL_FUNCTION, 1);
}

// ---------------------------------------------------------------- conditions
static int const_truth(obj_t v) {
    if (v == OBJ_NONE || v == OBJ_FALSE) {
        return 0;
    }
    if (v == OBJ_TRUE) {
        return 1;
    }
    if (obj_is_small_int(v)) {
        return obj_small_int_value(v) != 0;
    }
    return -1;
}

void compile_cond_jump(emit_t *e, ast_t *a, bool jump_if, int label) {
    if (a->kind == AST_UNARY && a->op == UNARY_OP_NOT) {
        compile_cond_jump(e, a->kids[0], !jump_if, label);
        return;
    }
    if (a->kind == AST_BOOLOP) {
        bool is_or = a->op != 0;
        if (is_or == jump_if) {
            for (size_t i = 0; i < a->n; i++) {
                compile_cond_jump(e, a->kids[i], jump_if, label);
            }
        } else {
            int skip = emit_label(e);
            for (size_t i = 0; i + 1 < a->n; i++) {
                compile_cond_jump(e, a->kids[i], !jump_if, skip);
            }
            compile_cond_jump(e, a->kids[a->n - 1], jump_if, label);
            emit_place(e, skip);
        }
        return;
    }
    if (a->kind == AST_CONST) {
        int t = const_truth(a->v.obj);
        if (t >= 0) {
            if ((t != 0) == jump_if) {
                emit_jump(e, OP_JUMP, label);
            }
            return;
        }
    }
    compile_expr(e, a);
    emit_jump(e, jump_if ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

// ---------------------------------------------------------------- targets
void compile_store(emit_t *e, ast_t *t) {
    switch (t->kind) {
        case AST_NAME:
            compile_name(e, t->v.name, 1);
            break;
        case AST_ATTR:
            compile_expr(e, t->kids[0]);
            emit_op_name(e, OP_STORE_ATTR, t->v.name);
            break;
        case AST_SUBSCR:
            compile_expr(e, t->kids[0]);
            compile_expr(e, t->kids[1]);
            emit_op(e, OP_STORE_SUBSCR);
            break;
        case AST_TUPLE:
        case AST_LIST: {
            size_t star = t->n;
            for (size_t i = 0; i < t->n; i++) {
                if (t->kids[i]->kind == AST_STAR) {
                    star = i;
                }
            }
            if (star < t->n) {
                size_t after = t->n - star - 1;
                if (star > 255 || after > 255) {
                    compile_error(e, t->line, "too many expressions in star-unpacking assignment");
                }
                emit_op_uint(e, OP_UNPACK_EX, star | (after << 8));
            } else {
                emit_op_uint(e, OP_UNPACK_SEQUENCE, t->n);
            }
            for (size_t i = 0; i < t->n; i++) {
                ast_t *k = t->kids[i];
                compile_store(e, k->kind == AST_STAR ? k->kids[0] : k);
            }
            break;
        }
        default:
            compile_error(e, t->line, "can't assign to expression");
    }
}

void compile_delete(emit_t *e, ast_t *t) {
    switch (t->kind) {
        case AST_NAME:
            compile_name(e, t->v.name, 2);
            break;
        case AST_ATTR:
            compile_expr(e, t->kids[0]);
            emit_op_name(e, OP_DELETE_ATTR, t->v.name);
            break;
        case AST_SUBSCR:
            compile_expr(e, t->kids[0]);
            compile_expr(e, t->kids[1]);
            emit_op(e, OP_DELETE_SUBSCR);
            break;
        case AST_TUPLE:
        case AST_LIST:
            for (size_t i = 0; i < t->n; i++) {
                compile_delete(e, t->kids[i]);
            }
            break;
        default:
            compile_error(e, t->line, "can't delete expression");
    }
}

// ---------------------------------------------------------------- expressions
static void compile_compare(emit_t *e, ast_t *a) {
    compile_expr(e, a->kids[0]);
    if (a->n == 2) {
        ast_t *c = a->kids[1];
        compile_expr(e, c->kids[0]);
        e->line = c->line;
        emit_op_byte(e, OP_BINARY_OP, c->op & ~CMP_NEGATE);
        if (c->op & CMP_NEGATE) {
            emit_op_byte(e, OP_UNARY_OP, UNARY_OP_NOT);
        }
        return;
    }
    int l_clean = emit_label(e), l_end = emit_label(e);
    for (size_t i = 1; i < a->n; i++) {
        ast_t *c = a->kids[i];
        compile_expr(e, c->kids[0]);
        e->line = c->line;
        bool last = i + 1 == a->n;
        if (!last) {
            emit_op(e, OP_DUP_TOP);
            emit_op(e, OP_ROT_THREE);
        }
        emit_op_byte(e, OP_BINARY_OP, c->op & ~CMP_NEGATE);
        if (c->op & CMP_NEGATE) {
            emit_op_byte(e, OP_UNARY_OP, UNARY_OP_NOT);
        }
        if (!last) {
            emit_jump(e, OP_JUMP_IF_FALSE_OR_POP, l_clean);
        }
    }
    emit_jump(e, OP_JUMP, l_end);
    emit_place(e, l_clean);
    emit_op(e, OP_ROT_TWO);
    emit_op(e, OP_POP_TOP);
    emit_place(e, l_end);
}

static void compile_joined(emit_t *e, ast_t *a) {
    if (a->n == 0) {
        emit_op_name(e, OP_LOAD_CONST_NAME, N_empty);
        return;
    }
    for (size_t i = 0; i < a->n; i++) {
        ast_t *p = a->kids[i];
        if (p->kind == AST_CONST) {
            emit_load_const(e, p->v.obj);
            continue;
        }
        compile_expr(e, p->kids[0]);
        int flags = p->op;
        if (p->kids[1]) {
            compile_joined(e, p->kids[1]);
            flags |= 4;
        }
        e->line = p->line;
        emit_op_byte(e, OP_FORMAT_VALUE, flags);
    }
    if (a->n > 1) {
        emit_op_uint(e, OP_BUILD_STRING, a->n);
    }
}

int compile_defaults(emit_t *e, ast_t *params) {
    int flags = 0;
    size_t n = 0;
    for (size_t i = 0; i < params->n; i++) {
        ast_t *p = params->kids[i];
        if ((p->op == PARAM_POS || p->op == PARAM_POSONLY) && p->kids[0]) {
            compile_expr(e, p->kids[0]);
            n++;
        }
    }
    if (n) {
        emit_op_uint(e, OP_BUILD_TUPLE, n);
        flags |= 1;
    }
    n = 0;
    for (size_t i = 0; i < params->n; i++) {
        ast_t *p = params->kids[i];
        if (p->op == PARAM_KWONLY && p->kids[0]) {
            emit_op_name(e, OP_LOAD_CONST_NAME, p->v.name);
            compile_expr(e, p->kids[0]);
            n++;
        }
    }
    if (n) {
        emit_op_uint(e, OP_BUILD_MAP, n);
        flags |= 2;
    }
    return flags;
}

void compile_expr(emit_t *e, ast_t *a) {
    rt_check_stack();
    uint32_t saved_line = e->line;
    e->line = a->line;
    switch (a->kind) {
        case AST_NAME:
            compile_name(e, a->v.name, 0);
            break;
        case AST_CONST:
            emit_load_const(e, a->v.obj);
            break;
        case AST_JOINEDSTR:
            compile_joined(e, a);
            break;
        case AST_UNARY: {
            obj_t v = compile_fold(e, a);
            if (v != OBJ_NULL) {
                emit_load_const(e, v);
                break;
            }
            compile_expr(e, a->kids[0]);
            e->line = a->line;
            emit_op_byte(e, OP_UNARY_OP, a->op);
            break;
        }
        case AST_BINOP: {
            obj_t v = compile_fold(e, a);
            if (v != OBJ_NULL) {
                emit_load_const(e, v);
                break;
            }
            compile_expr(e, a->kids[0]);
            compile_expr(e, a->kids[1]);
            e->line = a->line;
            emit_op_byte(e, OP_BINARY_OP, a->op);
            break;
        }
        case AST_BOOLOP: {
            int l_end = emit_label(e);
            for (size_t i = 0; i < a->n; i++) {
                compile_expr(e, a->kids[i]);
                if (i + 1 < a->n) {
                    emit_jump(e, a->op ? OP_JUMP_IF_TRUE_OR_POP : OP_JUMP_IF_FALSE_OR_POP, l_end);
                }
            }
            emit_place(e, l_end);
            break;
        }
        case AST_COMPARE:
            compile_compare(e, a);
            break;
        case AST_IFEXP: {
            int l_else = emit_label(e), l_end = emit_label(e);
            compile_cond_jump(e, a->kids[0], false, l_else);
            compile_expr(e, a->kids[1]);
            emit_jump(e, OP_JUMP, l_end);
            emit_place(e, l_else);
            compile_expr(e, a->kids[2]);
            emit_place(e, l_end);
            break;
        }
        case AST_LAMBDA: {
            int flags = compile_defaults(e, a->kids[0]);
            e->line = a->line;
            emit_make_function(e, a->v.scope, flags);
            break;
        }
        case AST_CALL:
            compile_call(e, a);
            break;
        case AST_ATTR:
            compile_expr(e, a->kids[0]);
            e->line = a->line;
            emit_op_name(e, OP_LOAD_ATTR, a->v.name);
            break;
        case AST_SUBSCR:
            compile_expr(e, a->kids[0]);
            compile_expr(e, a->kids[1]);
            e->line = a->line;
            emit_op(e, OP_LOAD_SUBSCR);
            break;
        case AST_SLICE:
            for (size_t i = 0; i < a->n; i++) {
                if (a->kids[i]) {
                    compile_expr(e, a->kids[i]);
                } else {
                    emit_op(e, OP_LOAD_CONST_NONE);
                }
            }
            emit_op_uint(e, OP_BUILD_SLICE, a->n);
            break;
        case AST_TUPLE: {
            // a tuple of constants is a constant
            bool all_const = a->n > 0 && a->n <= 64;
            for (size_t i = 0; i < a->n && all_const; i++) {
                all_const = a->kids[i]->kind == AST_CONST ||
                            ((a->kids[i]->kind == AST_UNARY || a->kids[i]->kind == AST_BINOP) &&
                             compile_fold(e, a->kids[i]) != OBJ_NULL);
            }
            if (all_const) {
                obj_t t = tuple_new(a->n, NULL);
                tuple_t *tp = OBJ_TO_PTR(t);
                for (size_t i = 0; i < a->n; i++) {
                    tp->items[i] = compile_fold(e, a->kids[i]);
                }
                emit_load_const(e, t);
            } else {
                build_seq(e, a->kids, a->n, 0);
            }
            break;
        }
        case AST_LIST:
            build_seq(e, a->kids, a->n, 1);
            break;
        case AST_SET:
            build_seq(e, a->kids, a->n, 2);
            break;
        case AST_DICT:
            build_dict(e, a->kids, a->n, false);
            break;
        case AST_LISTCOMP: case AST_SETCOMP: case AST_GENEXP: case AST_DICTCOMP:
            compile_comp(e, a);
            break;
        case AST_YIELD:
            if (a->kids[0]) {
                compile_expr(e, a->kids[0]);
            } else {
                emit_op(e, OP_LOAD_CONST_NONE);
            }
            e->line = a->line;
            emit_op(e, OP_YIELD_VALUE);
            break;
        case AST_AWAIT:
            if (!(e->scope->code_flags & CODE_COROUTINE)) {
                compile_error(e, a->line, "'await' outside async function");
            }
            // a coroutine is a generator; await delegates like yield from
            __attribute__((fallthrough));
        case AST_YIELD_FROM:
            compile_expr(e, a->kids[0]);
            e->line = a->line;
            emit_op(e, OP_GET_YIELD_FROM_ITER);
            emit_op(e, OP_LOAD_CONST_NONE);
            emit_op(e, OP_YIELD_FROM);
            break;
        case AST_NAMEDEXPR:
            compile_expr(e, a->kids[1]);
            emit_op(e, OP_DUP_TOP);
            compile_store(e, a->kids[0]);
            break;
        case AST_STAR:
            compile_error(e, a->line, "can't use starred expression here");
        default:
            compile_error(e, a->line, "invalid syntax");
    }
    e->line = saved_line;
}
