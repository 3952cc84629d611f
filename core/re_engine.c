// core/re_engine.c — the regular-expression matcher: runs a program made by
// core/re_compile.c over a subject (see re_engine.h for the contract).
//
// A single loop over the instructions; choice points, undo records for slot
// writes and lookaround barriers live on an explicit backtrack stack (a
// noscan heap block that grows up to a cap, then RuntimeError). Invariants:
// every slot write pushes an undo record, so popping the stack to any choice
// point restores the slots exactly; a lookaround barrier's index is kept in
// vm.barrier while its body runs (barriers nest like the pattern does).
#include <string.h>
#include "core/re_engine.h"
#include "core/runtime.h"
#include "core/gc.h"
#include "core/misc.h"
#include "core/str.h"

size_t re_engine_ngroups(const re_prog_t *prog) {
    return prog->ngroups;
}

bool re_engine_group_name(const re_prog_t *prog, size_t i, const char **name, size_t *len, size_t *group) {
    const char *p = re_prog_names(prog), *end = p + prog->names_len;
    while (p < end) {
        uint32_t g, n;
        memcpy(&g, p, 4);
        memcpy(&n, p + 4, 4);
        if (i-- == 0) {
            *name = p + 8;
            *len = n;
            *group = g;
            return true;
        }
        p += 8 + n;
    }
    return false;
}

// ================================================================ characters
static bool is_word_ascii(uint32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
static bool is_digit_ch(uint32_t c, bool ascii) {
    return ascii || c < 0x80 ? (c >= '0' && c <= '9') : str_cp_isdigit(c);
}
static bool is_space_ch(uint32_t c, bool ascii) {
    if (ascii || c < 0x80) {
        return c == ' ' || (c >= 9 && c <= 13) || (!ascii && c >= 0x1c && c <= 0x1f);
    }
    return str_cp_isspace(c);
}
// Numeric characters that are not decimal digits (str.isalnum() counts them).
static bool is_other_numeric(uint32_t c) {
    return c == 0xb2 || c == 0xb3 || c == 0xb9 || (c >= 0xbc && c <= 0xbe) || (c >= 0x2150 && c <= 0x2189) ||
           (c >= 0x2460 && c <= 0x249b) || (c >= 0x24ea && c <= 0x24ff) || (c >= 0x2776 && c <= 0x2793);
}
static bool is_word_ch(uint32_t c, bool ascii) {
    if (ascii || c < 0x80) {
        return is_word_ascii(c);
    }
    return str_cp_isalpha(c) || str_cp_isdigit(c) || is_other_numeric(c) || c == 0x212a || c == 0x212b ||
           c == 0x2126;
}

// Characters that match others under IGNORECASE beyond simple lower():
// each maps to the canonical (lower-case) member of its class, as CPython's
// case-insensitive matching treats them.
static const uint16_t case_extra[][2] = {
    {0x130, 0x69}, {0x131, 0x69}, {0x17f, 0x73}, {0xb5, 0x3bc}, {0x1e9e, 0xdf}, {0x212a, 0x6b},
    {0x212b, 0xe5}, {0x2126, 0x3c9}, {0x3c2, 0x3c3}, {0x3d0, 0x3b2}, {0x3d1, 0x3b8}, {0x3d5, 0x3c6},
    {0x3d6, 0x3c0}, {0x3f0, 0x3ba}, {0x3f1, 0x3c1}, {0x3f5, 0x3b5}, {0x345, 0x3b9}, {0x1fbe, 0x3b9},
    {0x1e9b, 0x1e61},
};
#define N_CASE_EXTRA (sizeof(case_extra) / sizeof(case_extra[0]))

uint32_t re_engine_fold(uint32_t c, bool ascii) {
    if (c < 0x80 || ascii) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }
    for (size_t i = 0; i < N_CASE_EXTRA; i++) {
        if (case_extra[i][0] == c) {
            return case_extra[i][1];
        }
    }
    return str_cp_lower(c);
}

bool re_engine_cased(uint32_t c, bool ascii) {
    if (re_engine_fold(c, ascii) != c || re_engine_unfold(c, ascii) != c) {
        return true;
    }
    for (size_t i = 0; i < N_CASE_EXTRA && !ascii; i++) {
        if (case_extra[i][1] == c) {
            return true;
        }
    }
    return false;
}
uint32_t re_engine_unfold(uint32_t c, bool ascii) {
    if (c < 0x80 || ascii) {
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    }
    return str_cp_upper(c);
}
#define fold re_engine_fold
#define unfold re_engine_unfold

// ================================================================ matcher
enum { BT_CHOICE, BT_RESTORE, BT_GREEDY1, BT_LAZY1, BT_BARRIER };
#define BT_MASK 0x0fffffffu
#define BT_MK(kind, v) (((uint32_t)(kind) << 28) | (uint32_t)(v))
#define BT_KIND(k) ((k) >> 28)
#define STACK_CAP (1u << 24)   // entries

typedef struct {
    uint32_t k;
    int32_t a, b;
} bt_t;

typedef struct {
    const inst_t *code;
    const int32_t *cls;
    const uint8_t *s;
    int32_t end;
    int32_t start;         // where this attempt began
    int32_t not_empty_at;  // -1 or the position where an empty match is refused
    bool uni;
    int mode;
    int32_t *slots;
    int32_t lastidx;
    bt_t *stack;
    size_t top, alloc;
    int32_t barrier;
    uint32_t steps;
    bool stack_local;      // stack is the caller's C buffer (not a heap block)
} vm_t;

NORETURN static void too_deep(void) {
    rt_raise_msg(&type_RuntimeError, "maximum recursion depth exceeded");
}

static void grow(vm_t *m) {
    size_t n = m->alloc * 2;
    if (n > STACK_CAP) {
        too_deep();
    }
    nlr_buf_t nlr;
    bt_t *ns = NULL;
    if (nlr_push(&nlr) == 0) {
        ns = gc_alloc_noscan(n * sizeof(bt_t));
        nlr_pop();
    } else {
        too_deep();
    }
    memcpy(ns, m->stack, m->top * sizeof(bt_t));
    if (!m->stack_local) {
        gc_free(m->stack);
    }
    m->stack_local = false;
    m->stack = ns;
    m->alloc = n;
}

static inline void push(vm_t *m, uint32_t k, int32_t a, int32_t b) {
    if (m->top == m->alloc) {
        grow(m);
    }
    bt_t *e = &m->stack[m->top++];
    e->k = k;
    e->a = a;
    e->b = b;
}

static inline void set_slot(vm_t *m, int32_t i, int32_t v) {
    push(m, BT_MK(BT_RESTORE, i), m->slots[i], m->lastidx);
    m->slots[i] = v;
}

// The character at p (p < end) and its length.
static inline uint32_t char_at(const vm_t *m, int32_t p, int32_t *n) {
    uint8_t b = m->s[p];
    if (b < 0x80 || !m->uni) {
        *n = 1;
        return b;
    }
    const char *q = (const char *)m->s + p;
    uint32_t c = utf8_decode(&q);
    *n = (int32_t)(q - (const char *)(m->s + p));
    return c;
}

// The start of the character before p (p > 0).
static inline int32_t back1(const vm_t *m, int32_t p) {
    p--;
    if (m->uni) {
        while (p > 0 && (m->s[p] & 0xc0) == 0x80) {
            p--;
        }
    }
    return p;
}

bool re_engine_in_class(const int32_t *cl, uint32_t c, bool ic) {
    int32_t n = cl[0], bits = cl[1];
    bool ascii = bits & CL_ASCII;
    bool hit = false;
    for (int32_t i = 0; i < n && !hit; i++) {
        uint32_t lo = (uint32_t)cl[2 + 2 * i], hi = (uint32_t)cl[3 + 2 * i];
        if (c >= lo && c <= hi) {
            hit = true;
        } else if (ic) {
            uint32_t f = fold(c, ascii), u = unfold(f, ascii), u2 = unfold(c, ascii);
            hit = (f >= lo && f <= hi) || (u >= lo && u <= hi) || (u2 >= lo && u2 <= hi);
            for (size_t k = 0; k < N_CASE_EXTRA && !hit && !ascii; k++) {
                uint32_t x = case_extra[k][0];
                hit = case_extra[k][1] == f && x >= lo && x <= hi;
            }
        }
    }
    if (!hit && (bits & (CL_D | CL_ND | CL_W | CL_NW | CL_S | CL_NS))) {
        hit = ((bits & CL_D) && is_digit_ch(c, ascii)) || ((bits & CL_ND) && !is_digit_ch(c, ascii)) ||
              ((bits & CL_W) && is_word_ch(c, ascii)) || ((bits & CL_NW) && !is_word_ch(c, ascii)) ||
              ((bits & CL_S) && is_space_ch(c, ascii)) || ((bits & CL_NS) && !is_space_ch(c, ascii));
    }
    return hit != ((bits & CL_NEG) != 0);
}

static inline bool in_class(const vm_t *m, int32_t off, uint32_t c, bool ic) {
    return re_engine_in_class(m->cls + off, c, ic);
}

// Does the single-character instruction match at p? Sets *np past it.
static inline bool match1(const vm_t *m, const inst_t *in, int32_t p, int32_t *np) {
    if (p >= m->end) {
        return false;
    }
    int32_t n;
    uint32_t c = char_at(m, p, &n);
    bool ok;
    switch (in->op) {
        case OP_CHAR:
            ok = (in->fl & FL_IC) ? fold(c, !m->uni) == (uint32_t)in->a : c == (uint32_t)in->a;
            break;
        case OP_ANY:
            ok = c != '\n' || (in->fl & FL_DOTALL);
            break;
        default:
            ok = in_class(m, in->a, c, in->fl & FL_IC);
            break;
    }
    *np = p + n;
    return ok;
}

static bool word_at(const vm_t *m, int32_t p, bool ascii) {
    if (p < 0 || p >= m->end) {
        return false;
    }
    int32_t n;
    return is_word_ch(char_at(m, p, &n), ascii || !m->uni);
}

static bool check_assert(const vm_t *m, const inst_t *in, int32_t p) {
    switch (in->x) {
        case AS_BOL: case AS_BEGIN: return p == 0;
        case AS_MBOL: return p == 0 || m->s[p - 1] == '\n';
        case AS_EOL: return p == m->end || (p == m->end - 1 && m->s[p] == '\n');
        case AS_MEOL: return p == m->end || m->s[p] == '\n';
        case AS_END: return p == m->end;
        case AS_NWORDB:
            if (m->end == 0) {
                return false;   // CPython: \B never matches in an empty string
            }
            // fall through
        default: {   // AS_WORDB, AS_NWORDB
            bool ascii = in->fl & FL_ASCII;
            bool before = p > 0 && word_at(m, back1(m, p), ascii);
            bool after = word_at(m, p, ascii);
            return (before != after) == (in->x == AS_WORDB);
        }
    }
}

// Compare the text of group g at p; *np past it.
static bool match_backref(const vm_t *m, const inst_t *in, int32_t p, int32_t *np) {
    int32_t gs = m->slots[2 * in->a], ge = m->slots[2 * in->a + 1];
    if (gs < 0 || ge < gs) {
        return false;
    }
    if (!(in->fl & FL_IC)) {
        if (ge - gs > m->end - p || memcmp(m->s + gs, m->s + p, (size_t)(ge - gs)) != 0) {
            return false;
        }
        *np = p + (ge - gs);
        return true;
    }
    while (gs < ge) {
        if (p >= m->end) {
            return false;
        }
        int32_t n1, n2;
        uint32_t a = char_at(m, gs, &n1), b = char_at(m, p, &n2);
        if (fold(a, !m->uni) != fold(b, !m->uni)) {
            return false;
        }
        gs += n1;
        p += n2;
    }
    *np = p;
    return true;
}

// Run from pc at p; true on a match (slots[1] set).
static bool run(vm_t *m, int32_t pc, int32_t p) {
    const inst_t *code = m->code;
    for (;;) {
        if ((++m->steps & 0xffff) == 0) {
            rt_handle_pending();
        }
        const inst_t *in = &code[pc];
        switch (in->op) {
            case OP_CHAR: case OP_ANY: case OP_CLASS: {
                int32_t np;
                if (!match1(m, in, p, &np)) {
                    goto fail;
                }
                p = np;
                pc++;
                continue;
            }
            case OP_ASSERT:
                if (!check_assert(m, in, p)) {
                    goto fail;
                }
                pc++;
                continue;
            case OP_SPLIT:
                push(m, BT_MK(BT_CHOICE, in->b), p, 0);
                pc = in->a;
                continue;
            case OP_JMP:
                pc = in->a;
                continue;
            case OP_SAVE:
                set_slot(m, in->a, p);
                if (in->a & 1) {
                    m->lastidx = in->a / 2;
                }
                pc++;
                continue;
            case OP_BACKREF: {
                int32_t np;
                if (!match_backref(m, in, p, &np)) {
                    goto fail;
                }
                p = np;
                pc++;
                continue;
            }
            case OP_REP1: {
                const inst_t *one = in + 1;
                int32_t mn = in->a, mx = in->b;
                int32_t q = p, np, count = 0, minpos = p;
                if (in->fl & FL_GREEDY) {
                    while ((mx < 0 || count < mx) && match1(m, one, q, &np)) {
                        q = np;
                        if (++count == mn) {
                            minpos = q;
                        }
                    }
                    if (count < mn) {
                        goto fail;
                    }
                    if (q > minpos) {
                        push(m, BT_MK(BT_GREEDY1, pc), minpos, q);
                    }
                } else {
                    while (count < mn) {
                        if (!match1(m, one, q, &np)) {
                            goto fail;
                        }
                        q = np;
                        count++;
                    }
                    if (mx < 0 || count < mx) {
                        push(m, BT_MK(BT_LAZY1, pc), q, count);
                    }
                }
                p = q;
                pc += 2;
                continue;
            }
            case OP_REP_START:
                set_slot(m, in->a, 0);
                set_slot(m, in->a + 1, -1);
                pc++;
                continue;
            case OP_REP_TEST: {
                // As CPython: required iterations always run; an optional
                // one is not tried where the previous optional one began
                // (so an empty optional iteration ends the loop).
                int32_t k = m->slots[in->a], mn = in[1].a, mx = in[1].b;
                if (k < mn) {
                    pc += 3;
                } else if ((mx >= 0 && k >= mx) || p == m->slots[in->a + 1]) {
                    pc = in->b;
                } else if (in->fl & FL_GREEDY) {
                    push(m, BT_MK(BT_CHOICE, in->b), p, 0);
                    pc += 2;
                } else {
                    push(m, BT_MK(BT_CHOICE, pc + 2), p, 0);
                    pc = in->b;
                }
                continue;
            }
            case OP_REP_MARK:
                set_slot(m, in->a + 1, p);
                pc++;
                continue;
            case OP_REP_INC:
                set_slot(m, in->a, m->slots[in->a] + 1);
                pc = in->b;
                continue;
            case OP_LOOK: {
                int32_t q = p;
                if (in->x == LK_BEHIND || in->x == LK_NBEHIND) {
                    for (int32_t k = 0; k < in->b; k++) {
                        if (q <= 0) {
                            q = -1;
                            break;
                        }
                        q = back1(m, q);
                    }
                    if (q < 0) {
                        if (in->x == LK_NBEHIND) {
                            pc = in->a;
                            continue;
                        }
                        goto fail;
                    }
                }
                push(m, BT_MK(BT_BARRIER, pc), p, m->barrier);
                m->barrier = (int32_t)(m->top - 1);
                p = q;
                pc++;
                continue;
            }
            case OP_LOOK_END: {
                size_t bi = (size_t)m->barrier;
                bt_t be = m->stack[bi];
                const inst_t *lk = &code[be.k & BT_MASK];
                if ((lk->x == LK_BEHIND || lk->x == LK_NBEHIND) && p != be.a) {
                    goto fail;
                }
                m->barrier = be.b;
                if (lk->x == LK_NAHEAD || lk->x == LK_NBEHIND) {
                    // The body matched: the assertion fails. Undo the body.
                    while (m->top > bi + 1) {
                        bt_t *e = &m->stack[--m->top];
                        if (BT_KIND(e->k) == BT_RESTORE) {
                            m->slots[e->k & BT_MASK] = e->a;
                            m->lastidx = e->b;
                        }
                    }
                    m->top = bi;
                    goto fail;
                }
                // Success: drop the body's choice points, keep its undo records.
                size_t w = bi;
                for (size_t r = bi + 1; r < m->top; r++) {
                    if (BT_KIND(m->stack[r].k) == BT_RESTORE) {
                        m->stack[w++] = m->stack[r];
                    }
                }
                m->top = w;
                if (lk->x != LK_ATOMIC) {
                    p = be.a;
                }
                pc = lk->a;
                continue;
            }
            case OP_COND:
                if (m->slots[2 * in->a] >= 0 && m->slots[2 * in->a + 1] >= m->slots[2 * in->a]) {
                    pc++;
                } else {
                    pc = in->b;
                }
                continue;
            case OP_MATCH:
                if (m->mode == RE_FULLMATCH && p != m->end) {
                    goto fail;
                }
                if (p == m->start && m->start == m->not_empty_at) {
                    goto fail;
                }
                m->slots[1] = p;
                return true;
            default:
                goto fail;
        }
    fail:
        for (;;) {
            if (m->top == 0) {
                return false;
            }
            bt_t *e = &m->stack[m->top - 1];
            uint32_t v = e->k & BT_MASK;
            switch (BT_KIND(e->k)) {
                case BT_RESTORE:
                    m->slots[v] = e->a;
                    m->lastidx = e->b;
                    m->top--;
                    continue;
                case BT_CHOICE:
                    pc = (int32_t)v;
                    p = e->a;
                    m->top--;
                    goto resume;
                case BT_GREEDY1: {
                    // Give back one character (to one where a literal that
                    // follows could match).
                    int32_t q = back1(m, e->b), minpos = e->a;
                    const inst_t *next = &code[v + 2];
                    if (next->op == OP_CHAR && !(next->fl & FL_IC)) {
                        int32_t n;
                        while (q > minpos && (q >= m->end || char_at(m, q, &n) != (uint32_t)next->a)) {
                            q = back1(m, q);
                        }
                    }
                    if (q > minpos) {
                        e->b = q;
                    } else {
                        m->top--;
                    }
                    p = q;
                    pc = (int32_t)v + 2;
                    goto resume;
                }
                case BT_LAZY1: {
                    const inst_t *rep = &code[v];
                    int32_t np;
                    if ((rep->b >= 0 && e->b >= rep->b) || !match1(m, rep + 1, e->a, &np)) {
                        m->top--;
                        continue;
                    }
                    e->a = np;
                    e->b++;
                    p = np;
                    pc = (int32_t)v + 2;
                    goto resume;
                }
                default: {   // BT_BARRIER: the lookaround body failed
                    const inst_t *lk = &code[v];
                    int32_t saved = e->a;
                    m->barrier = e->b;
                    m->top--;
                    if (lk->x == LK_NAHEAD || lk->x == LK_NBEHIND) {
                        p = saved;
                        pc = lk->a;
                        goto resume;
                    }
                    continue;
                }
            }
        }
    resume:;
    }
}

bool re_engine_exec(const re_prog_t *prog, const char *s, size_t end, size_t pos, int mode,
                    int options, intptr_t *caps, intptr_t *lastindex) {
    if (end > 0x7fffffff) {
        rt_raise_OverflowError("string too long for re");
    }
    if (pos > end) {
        return false;
    }
    vm_t m;
    memset(&m, 0, sizeof(m));
    m.code = re_prog_code(prog);
    m.cls = re_prog_cls(prog);
    m.s = (const uint8_t *)s;
    m.end = (int32_t)end;
    m.uni = prog->unicode;
    m.mode = mode;
    m.not_empty_at = (options & RE_EXEC_NOT_EMPTY_AT_POS) ? (int32_t)pos : -1;
    // Small programs and short backtracking run on C-stack buffers.
    int32_t slots_buf[32];
    bt_t stack_buf[64];
    m.slots = prog->nslots <= 32 ? slots_buf : gc_alloc_noscan(prog->nslots * sizeof(int32_t));
    m.alloc = 64;
    m.stack = stack_buf;
    m.stack_local = true;
    int32_t p = (int32_t)pos;
    bool found = false;
    for (;;) {
        if (prog->anchored && p > 0 && mode == RE_SEARCH) {
            break;
        }
        if (prog->has_first && mode == RE_SEARCH) {
            // Skip to the next place where a match can begin.
            while (p < m.end && !(prog->first[m.s[p] >> 3] & (1 << (m.s[p] & 7)))) {
                p++;
                while (m.uni && p < m.end && (m.s[p] & 0xc0) == 0x80) {
                    p++;
                }
            }
            if (p >= m.end) {
                break;
            }
        }
        for (uint32_t i = 0; i < prog->nslots; i++) {
            m.slots[i] = -1;
        }
        m.slots[0] = p;
        m.start = p;
        m.top = 0;
        m.barrier = -1;
        m.lastidx = -1;
        if (run(&m, 0, p)) {
            found = true;
            break;
        }
        if (mode != RE_SEARCH || p >= m.end) {
            break;
        }
        int32_t n;
        char_at(&m, p, &n);
        p += n;
    }
    if (found) {
        for (size_t i = 0; i < 2 * (prog->ngroups + 1); i++) {
            caps[i] = m.slots[i];
        }
        // A group is set only when both ends are.
        for (size_t g = 1; g <= prog->ngroups; g++) {
            if (caps[2 * g] < 0 || caps[2 * g + 1] < 0) {
                caps[2 * g] = caps[2 * g + 1] = -1;
            }
        }
        *lastindex = m.lastidx;
    }
    if (!m.stack_local) {
        gc_free(m.stack);
    }
    if (m.slots != slots_buf) {
        gc_free(m.slots);
    }
    return found;
}
