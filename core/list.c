// core/list.c — the list type: construction, growth, every list method,
// operators (+, +=, *, *=, comparisons, `in`), indexing and slicing with
// load/store/delete (extended slices included), iteration, and the stable
// merge sort behind list.sort/sorted.
// Invariants: items[0..len) are live values; items[len..alloc) are OBJ_NULL
// (cleared on removal so the conservative GC does not keep garbage alive);
// items is a gc block of alloc words (NULL when alloc == 0).
#include <string.h>
#include "core/coll.h"
#include "core/gc.h"

static list_t *list_get(obj_t o) {
    return OBJ_TO_PTR(o);
}

obj_t list_new(size_t n, const obj_t *items) {
    list_t *l = gc_alloc(sizeof(list_t));
    l->base.type = &type_list;
    if (n) {
        if (n > SIZE_MAX / sizeof(obj_t) / 2) {
            rt_raise_MemoryError();
        }
        l->items = gc_alloc(n * sizeof(obj_t));
        l->alloc = n;
        l->len = n;
        if (items) {
            memcpy(l->items, items, n * sizeof(obj_t));
        } else {
            for (size_t i = 0; i < n; i++) {
                l->items[i] = OBJ_NONE;
            }
        }
    }
    return OBJ_FROM_PTR(l);
}

void list_reserve(obj_t list, size_t n) {
    list_t *l = list_get(list);
    if (l->len + n <= l->alloc) {
        return;
    }
    if (n > SIZE_MAX / sizeof(obj_t) / 2 - l->len) {
        rt_raise_MemoryError();
    }
    size_t na = l->alloc + l->alloc / 2 + 4;
    if (na < l->len + n) {
        na = l->len + n;
    }
    l->items = gc_realloc(l->items, na * sizeof(obj_t));
    l->alloc = na;
}

void list_append(obj_t list, obj_t item) {
    list_t *l = list_get(list);
    if (l->len >= l->alloc) {
        list_reserve(list, 1);
    }
    l->items[l->len++] = item;
}

void list_extend(obj_t list, obj_t iterable) {
    list_t *l = list_get(list);
    size_t n;
    if (seq_items(iterable, &n)) {
        if (n == 0) {
            return;
        }
        list_reserve(list, n);
        const obj_t *src = seq_items(iterable, &n);   // re-read: may be this list
        memcpy(l->items + l->len, src, n * sizeof(obj_t));
        l->len += n;
        return;
    }
    if (obj_is_type_exact(iterable, &type_range)) {
        range_t *r = OBJ_TO_PTR(iterable);
        n = range_len(r);
        list_reserve(list, n);
        l = list_get(list);
        intptr_t v = r->start;
        for (size_t i = 0; i < n; i++, v = (intptr_t)((uintptr_t)v + (uintptr_t)r->step)) {
            l->items[l->len++] = small_int_fits(v) ? obj_new_small_int(v) : int_from_ll(v);
        }
        return;
    }
    obj_t it = rt_getiter(iterable, NULL);
    obj_t x;
    while ((x = rt_iternext(it)) != OBJ_STOP) {
        list_append(list, x);
    }
}

obj_t list_to_tuple(obj_t list) {
    list_t *l = list_get(list);
    return tuple_new(l->len, l->items);
}

// Remove items[i..i+n) and clear the vacated tail slots.
static void list_remove_range(list_t *l, size_t i, size_t n) {
    memmove(l->items + i, l->items + i + n, (l->len - i - n) * sizeof(obj_t));
    l->len -= n;
    memset(l->items + l->len, 0, n * sizeof(obj_t));
}

// Make room for n items at position i (the new slots hold stale values).
static void list_open_gap(obj_t list, size_t i, size_t n) {
    list_reserve(list, n);
    list_t *l = list_get(list);
    memmove(l->items + i + n, l->items + i, (l->len - i) * sizeof(obj_t));
    l->len += n;
}

// ---------------------------------------------------------------- sort
// A stable bottom-up merge sort (insertion-sorted runs of SORT_RUN, then
// merges through a buffer holding the left run). The list's items are
// detached while sorting (the list looks empty, so comparisons that change
// it can't corrupt the sort); if a comparison raises, the restore state
// below puts the array back into a permutation of its items, it is
// reattached, and the exception goes on.
#define SORT_RUN 16

typedef struct {
    obj_t *k, *v;          // keys and values (v == NULL: the keys are the values)
    obj_t *bk, *bv;        // buffers for a left run
    bool reverse;
    // restore state: phase 1 = item (hk, hv) belongs at `hole`;
    // phase 2 = buffer[bi..bend) belongs at dst..
    volatile int phase;
    volatile size_t hole, bi, bend, dst;
    volatile obj_t hk, hv;
} sorter_t;

typedef bool (*sort_less_t)(obj_t a, obj_t b);

// Any two objects: the `<` operator (user __lt__ included); may raise.
static bool less_any(obj_t a, obj_t b) {
    if (obj_is_small_int(a) && obj_is_small_int(b)) {
        return (intptr_t)a < (intptr_t)b;
    }
    return rt_is_true(rt_binary_op(BINARY_OP_LESS, a, b));
}

// Two small ints (the encoding keeps their order).
static inline bool less_int(obj_t a, obj_t b) {
    return (intptr_t)a < (intptr_t)b;
}

// Two strs: UTF-8 byte order is code point order.
static bool less_str(obj_t a, obj_t b) {
    if (a == b) {
        return false;
    }
    size_t la, lb;
    const char *da = rt_str_data(a, &la);
    const char *db = rt_str_data(b, &lb);
    int c = memcmp(da, db, la < lb ? la : lb);
    return c < 0 || (c == 0 && la < lb);
}

#define SORT_INLINE static inline __attribute__((always_inline))

// Must key b come before key a? (strict, so equal items keep their order)
SORT_INLINE bool sort_before(sort_less_t less, bool reverse, obj_t b, obj_t a) {
    return reverse ? less(a, b) : less(b, a);
}

// The sort itself, specialised by `less`; `track` keeps the restore state
// up to date (needed only when less may raise).
SORT_INLINE void sort_impl(sorter_t *s, size_t n, sort_less_t less, bool track) {
    obj_t *k = s->k, *v = s->v;
    bool rev = s->reverse;
    for (size_t lo = 0; lo < n; lo += SORT_RUN) {
        size_t hi = lo + SORT_RUN < n ? lo + SORT_RUN : n;
        for (size_t i = lo + 1; i < hi; i++) {
            obj_t xk = k[i], xv = v ? v[i] : OBJ_NULL;
            if (!sort_before(less, rev, xk, k[i - 1])) {
                continue;
            }
            size_t j = i;
            if (track) {
                s->hk = xk;
                s->hv = xv;
                s->hole = j;
                s->phase = 1;
            }
            do {
                k[j] = k[j - 1];
                if (v) {
                    v[j] = v[j - 1];
                }
                j--;
                if (track) {
                    s->hole = j;
                }
            } while (j > lo && sort_before(less, rev, xk, k[j - 1]));
            if (track) {
                s->phase = 0;
            }
            k[j] = xk;
            if (v) {
                v[j] = xv;
            }
        }
    }
    for (size_t width = SORT_RUN; width < n; width *= 2) {
        for (size_t lo = 0; lo + width < n; lo += 2 * width) {
            size_t mid = lo + width;
            size_t hi = mid + width < n ? mid + width : n;
            if (!sort_before(less, rev, k[mid], k[mid - 1])) {
                continue;   // already in order
            }
            // merge buffer[0..nl) (the left run) with k[mid..hi) into k[lo..]
            size_t nl = mid - lo;
            memcpy(s->bk, k + lo, nl * sizeof(obj_t));
            if (v) {
                memcpy(s->bv, v + lo, nl * sizeof(obj_t));
            }
            size_t i = 0, j = mid, d = lo;
            if (track) {
                s->bi = 0;
                s->bend = nl;
                s->dst = lo;
                s->phase = 2;
            }
            while (i < nl && j < hi) {
                if (sort_before(less, rev, k[j], s->bk[i])) {
                    k[d] = k[j];
                    if (v) {
                        v[d] = v[j];
                    }
                    j++;
                } else {
                    k[d] = s->bk[i];
                    if (v) {
                        v[d] = s->bv[i];
                    }
                    i++;
                    if (track) {
                        s->bi = i;
                    }
                }
                d++;
                if (track) {
                    s->dst = d;
                }
            }
            if (track) {
                s->phase = 0;
            }
            memcpy(k + d, s->bk + i, (nl - i) * sizeof(obj_t));
            if (v) {
                memcpy(v + d, s->bv + i, (nl - i) * sizeof(obj_t));
            }
        }
    }
}

static void sort_any(sorter_t *s, size_t n) {
    sort_impl(s, n, less_any, true);
}

static void sort_ints(sorter_t *s, size_t n) {
    sort_impl(s, n, less_int, false);
}

static void sort_strs(sorter_t *s, size_t n) {
    sort_impl(s, n, less_str, false);
}

// Comparisons of small ints or of strs can't raise: sort them without
// the restore bookkeeping and without going through the operators.
static void sort_all(sorter_t *s, size_t n) {
    bool ints = true, strs = true;
    for (size_t i = 0; i < n && (ints || strs); i++) {
        obj_t o = s->k[i];
        ints = ints && obj_is_small_int(o);
        strs = strs && (obj_is_name(o) || obj_is_type_exact(o, &type_str));
    }
    if (ints) {
        sort_ints(s, n);
    } else if (strs) {
        sort_strs(s, n);
    } else {
        sort_any(s, n);
    }
}

static void sort_restore(sorter_t *s) {
    if (s->phase == 1) {
        s->k[s->hole] = s->hk;
        if (s->v) {
            s->v[s->hole] = s->hv;
        }
    } else if (s->phase == 2) {
        size_t m = s->bend - s->bi;
        memcpy(s->k + s->dst, s->bk + s->bi, m * sizeof(obj_t));
        if (s->v) {
            memcpy(s->v + s->dst, s->bv + s->bi, m * sizeof(obj_t));
        }
    }
    s->phase = 0;
}

void list_sort(obj_t list, obj_t key, bool reverse) {
    list_t *l = list_get(list);
    size_t n = l->len;
    bool has_key = key != OBJ_NONE && key != OBJ_NULL;
    if (n == 0 || (n == 1 && !has_key)) {
        return;
    }
    // detach the items
    obj_t *items = l->items;
    size_t alloc = l->alloc;
    l->items = NULL;
    l->len = 0;
    l->alloc = 0;
    sorter_t s = {0};
    s.reverse = reverse;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        if (has_key) {
            s.v = items;
            s.k = gc_alloc(n * sizeof(obj_t));
            for (size_t i = 0; i < n; i++) {
                s.k[i] = rt_call1(key, items[i]);
            }
        } else {
            s.k = items;
        }
        if (n > SORT_RUN) {
            // a left run is at most the largest merge width below n
            size_t width = SORT_RUN;
            while (width * 2 < n) {
                width *= 2;
            }
            s.bk = gc_alloc(width * sizeof(obj_t));
            if (has_key) {
                s.bv = gc_alloc(width * sizeof(obj_t));
            }
        }
        sort_all(&s, n);
        nlr_pop();
    } else {
        sort_restore(&s);
        l = list_get(list);
        l->items = items;
        l->len = n;
        l->alloc = alloc;
        nlr_jump(nlr.ret_val);
    }
    if (s.bk) {
        gc_free(s.bk);
    }
    if (s.bv) {
        gc_free(s.bv);
    }
    if (has_key) {
        gc_free(s.k);
    }
    l = list_get(list);
    bool modified = l->len != 0;
    l->items = items;
    l->len = n;
    l->alloc = alloc;
    if (modified) {
        rt_raise_ValueError("list modified during sort");
    }
}

// ---------------------------------------------------------------- search, compare
// These re-read items and len after every comparison: a user __eq__ may
// change the list (and move its items) while we walk it.
static intptr_t list_find(list_t *l, obj_t value, size_t start, size_t stop) {
    for (size_t i = start; i < stop && i < l->len; i++) {
        if (rt_equal(l->items[i], value)) {
            return (intptr_t)i;
        }
    }
    return -1;
}

static obj_t list_compare(binary_op_t op, list_t *a, list_t *b) {
    if ((op == BINARY_OP_EQUAL || op == BINARY_OP_NOT_EQUAL) && a->len != b->len) {
        return obj_bool(op == BINARY_OP_NOT_EQUAL);
    }
    size_t i = 0;
    while (i < a->len && i < b->len) {
        obj_t x = a->items[i], y = b->items[i];
        if (!rt_equal(x, y)) {
            break;
        }
        i++;
    }
    if (i >= a->len || i >= b->len) {
        size_t na = a->len, nb = b->len;
        switch (op) {
            case BINARY_OP_EQUAL: return obj_bool(na == nb);
            case BINARY_OP_NOT_EQUAL: return obj_bool(na != nb);
            case BINARY_OP_LESS: return obj_bool(na < nb);
            case BINARY_OP_LESS_EQUAL: return obj_bool(na <= nb);
            case BINARY_OP_MORE: return obj_bool(na > nb);
            default: return obj_bool(na >= nb);
        }
    }
    if (op == BINARY_OP_EQUAL) {
        return OBJ_FALSE;
    }
    if (op == BINARY_OP_NOT_EQUAL) {
        return OBJ_TRUE;
    }
    return obj_bool(rt_is_true(rt_binary_op(op, a->items[i], b->items[i])));
}

// ---------------------------------------------------------------- type slots
static obj_t list_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 0, 1, n_kw, false);
    obj_t l = list_new(0, NULL);
    if (n_args == 1) {
        list_extend(l, args[0]);
    }
    return l;
}

static void list_print_body(const printer_t *p, obj_t self, print_kind_t kind) {
    list_t *l = list_get(self);
    seq_print(p, l->items, l->len, "[", "]", false);
}

static void list_print(const printer_t *p, obj_t self, print_kind_t kind) {
    seq_print_guarded(p, self, kind, list_print_body, "[...]");
}

static obj_t list_unary_op(unary_op_t op, obj_t self) {
    list_t *l = list_get(self);
    switch (op) {
        case UNARY_OP_BOOL: return obj_bool(l->len != 0);
        case UNARY_OP_LEN: return obj_new_small_int((intptr_t)l->len);
        default: return OBJ_NULL;
    }
}

static obj_t list_repeat(list_t *l, obj_t count_in) {
    size_t count;
    if (!seq_repeat_count(count_in, &count)) {
        return OBJ_NULL;
    }
    if (l->len && count > SIZE_MAX / sizeof(obj_t) / 2 / l->len) {
        rt_raise_MemoryError();
    }
    obj_t r = list_new(l->len * count, NULL);
    if (l->len && count) {
        seq_repeat(list_get(r)->items, l->items, l->len, count);
    }
    return r;
}

static obj_t list_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    list_t *a = list_get(lhs);
    switch (op) {
        case BINARY_OP_ADD: {
            rhs = seq_unwrap(rhs);
            if (!obj_is_type_exact(rhs, &type_list)) {
                return OBJ_NULL;
            }
            list_t *b = list_get(rhs);
            obj_t r = list_new(a->len + b->len, NULL);
            list_t *rl = list_get(r);
            if (a->len) {
                memcpy(rl->items, a->items, a->len * sizeof(obj_t));
            }
            if (b->len) {
                memcpy(rl->items + a->len, b->items, b->len * sizeof(obj_t));
            }
            return r;
        }
        case BINARY_OP_INPLACE_ADD:
            list_extend(lhs, seq_unwrap(rhs));
            return lhs;
        case BINARY_OP_MULTIPLY:
        case BINARY_OP_REVERSE_MULTIPLY:
            return list_repeat(a, rhs);
        case BINARY_OP_INPLACE_MULTIPLY: {
            obj_t r = list_repeat(a, rhs);
            if (r == OBJ_NULL) {
                return OBJ_NULL;
            }
            list_t *rl = list_get(r);
            a->items = rl->items;
            a->alloc = rl->alloc;
            a->len = rl->len;
            return lhs;
        }
        case BINARY_OP_LESS:
        case BINARY_OP_MORE:
        case BINARY_OP_EQUAL:
        case BINARY_OP_LESS_EQUAL:
        case BINARY_OP_MORE_EQUAL:
        case BINARY_OP_NOT_EQUAL: {
            rhs = seq_unwrap(rhs);
            if (!obj_is_type_exact(rhs, &type_list)) {
                return OBJ_NULL;
            }
            list_t *b = list_get(rhs);
            return list_compare(op, a, b);
        }
        case BINARY_OP_IN:
            return obj_bool(list_find(a, rhs, 0, SIZE_MAX) >= 0);
        default:
            return OBJ_NULL;
    }
}

static size_t slice_count(intptr_t start, intptr_t stop, intptr_t step) {
    if (step > 0) {
        return stop > start ? (size_t)((stop - start - 1) / step + 1) : 0;
    }
    return start > stop ? (size_t)((start - stop - 1) / -step + 1) : 0;
}

static obj_t list_slice_load(list_t *l, obj_t slice) {
    intptr_t start, stop, step;
    slice_indices(slice, l->len, &start, &stop, &step);
    if (step == 1) {
        if (stop <= start) {
            return list_new(0, NULL);
        }
        return list_new((size_t)(stop - start), l->items + start);
    }
    size_t n = slice_count(start, stop, step);
    obj_t r = list_new(n, NULL);
    list_t *rl = list_get(r);
    for (size_t k = 0; k < n; k++) {
        rl->items[k] = l->items[start + (intptr_t)k * step];
    }
    return r;
}

static void list_slice_delete(list_t *l, obj_t slice) {
    intptr_t start, stop, step;
    slice_indices(slice, l->len, &start, &stop, &step);
    if (step == 1) {
        if (stop > start) {
            list_remove_range(l, (size_t)start, (size_t)(stop - start));
        }
        return;
    }
    size_t n = slice_count(start, stop, step);
    if (n == 0) {
        return;
    }
    if (step < 0) {
        // the same positions walked upwards
        start = start + (intptr_t)(n - 1) * step;
        step = -step;
    }
    size_t w = (size_t)start, next = (size_t)start;
    size_t removed = 0;
    for (size_t r = (size_t)start; r < l->len; r++) {
        if (removed < n && r == next) {
            removed++;
            next += (size_t)step;
            continue;
        }
        l->items[w++] = l->items[r];
    }
    memset(l->items + w, 0, (l->len - w) * sizeof(obj_t));
    l->len = w;
}

static void list_slice_store(obj_t self, obj_t slice, obj_t value) {
    list_t *l = list_get(self);
    // the new items, copied: value may be this very list
    size_t m;
    const obj_t *src = seq_items(value, &m);
    obj_t tmp;
    if (src) {
        tmp = list_new(m, src);
    } else {
        tmp = list_new(0, NULL);
        list_extend(tmp, value);
    }
    list_t *t = list_get(tmp);
    m = t->len;
    intptr_t start, stop, step;
    slice_indices(slice, l->len, &start, &stop, &step);
    if (step == 1) {
        if (stop < start) {
            stop = start;
        }
        size_t old = (size_t)(stop - start);
        if (m > old) {
            list_open_gap(self, (size_t)stop, m - old);
            l = list_get(self);
        } else if (m < old) {
            list_remove_range(l, (size_t)start + m, old - m);
        }
        if (m) {
            memcpy(l->items + start, t->items, m * sizeof(obj_t));
        }
        return;
    }
    size_t n = slice_count(start, stop, step);
    if (n != m) {
        rt_raise_fmt(&type_ValueError, "attempt to assign sequence of size %u to extended slice of size %u",
                     (unsigned)m, (unsigned)n);
    }
    for (size_t k = 0; k < n; k++) {
        l->items[start + (intptr_t)k * step] = t->items[k];
    }
}

static obj_t list_subscr(obj_t self, obj_t index, obj_t value) {
    list_t *l = list_get(self);
    if (obj_is_type_exact(index, &type_slice)) {
        if (value == OBJ_SENTINEL) {
            return list_slice_load(l, index);
        }
        if (value == OBJ_NULL) {
            list_slice_delete(l, index);
        } else {
            list_slice_store(self, index, value);
        }
        return OBJ_NONE;
    }
    intptr_t i;
    if (!rt_get_int_maybe(index, &i)) {
        rt_raise_fmt(&type_TypeError, "list indices must be integers or slices, not %s", rt_type_name(index));
    }
    if (i < 0) {
        i += (intptr_t)l->len;
    }
    if (i < 0 || (size_t)i >= l->len) {
        rt_raise_IndexError(value == OBJ_SENTINEL ? "list index out of range" : "list assignment index out of range");
    }
    if (value == OBJ_SENTINEL) {
        return l->items[i];
    }
    if (value == OBJ_NULL) {
        list_remove_range(l, (size_t)i, 1);
    } else {
        l->items[i] = value;
    }
    return OBJ_NONE;
}

// ---------------------------------------------------------------- iterator
// state[0] = the list, state[1] = next position (small int). The length is
// re-read at each step, so a list growing during the loop is seen.
static obj_t list_it_next(obj_t self) {
    iter_buf_t *it = OBJ_TO_PTR(self);
    list_t *l = list_get(it->state[0]);
    size_t i = (size_t)obj_small_int_value(it->state[1]);
    if (i >= l->len) {
        return OBJ_STOP;
    }
    it->state[1] = obj_new_small_int((intptr_t)i + 1);
    return l->items[i];
}

static obj_t iter_self(obj_t self, iter_buf_t *buf) {
    return self;
}

const type_t type_list_iterator = {
    {&type_type},
    .name = N_list_iterator,
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .getiter = iter_self,
    .iternext = list_it_next,
};

static obj_t list_getiter(obj_t self, iter_buf_t *buf) {
    iter_buf_t *it = buf ? buf : gc_alloc(sizeof(iter_buf_t));
    it->base.type = &type_list_iterator;
    it->state[0] = self;
    it->state[1] = obj_new_small_int(0);
    return OBJ_FROM_PTR(it);
}

// ---------------------------------------------------------------- methods
static obj_t list_append_meth(obj_t self, obj_t x) {
    self = seq_self(self, &type_list, NULL);
    list_append(self, x);
    return OBJ_NONE;
}
static FUN_OBJ_2(list_append_obj, list_append_meth);

static obj_t list_extend_meth(obj_t self, obj_t x) {
    self = seq_self(self, &type_list, NULL);
    list_extend(self, x);
    return OBJ_NONE;
}
static FUN_OBJ_2(list_extend_obj, list_extend_meth);

static obj_t list_insert(obj_t self, obj_t index, obj_t x) {
    self = seq_self(self, &type_list, NULL);
    list_t *l = list_get(self);
    intptr_t i = rt_get_int(index);
    if (i < 0) {
        i += (intptr_t)l->len;
        if (i < 0) {
            i = 0;
        }
    }
    if ((size_t)i > l->len) {
        i = (intptr_t)l->len;
    }
    list_open_gap(self, (size_t)i, 1);
    list_get(self)->items[i] = x;
    return OBJ_NONE;
}
static FUN_OBJ_3(list_insert_obj, list_insert);

static obj_t list_pop(size_t n_args, const obj_t *args) {
    obj_t self = seq_self(args[0], &type_list, NULL);
    list_t *l = list_get(self);
    if (l->len == 0) {
        rt_raise_IndexError("pop from empty list");
    }
    intptr_t i = (intptr_t)l->len - 1;
    if (n_args > 1) {
        i = rt_get_int(args[1]);
        if (i < 0) {
            i += (intptr_t)l->len;
        }
        if (i < 0 || (size_t)i >= l->len) {
            rt_raise_IndexError("pop index out of range");
        }
    }
    obj_t v = l->items[i];
    list_remove_range(l, (size_t)i, 1);
    return v;
}
static FUN_OBJ_VAR(list_pop_obj, 1, 2, list_pop);

static obj_t list_remove(obj_t self, obj_t x) {
    self = seq_self(self, &type_list, NULL);
    list_t *l = list_get(self);
    intptr_t i = list_find(l, x, 0, SIZE_MAX);
    if (i < 0) {
        rt_raise_ValueError("list.remove(x): x not in list");
    }
    list_remove_range(l, (size_t)i, 1);
    return OBJ_NONE;
}
static FUN_OBJ_2(list_remove_obj, list_remove);

static obj_t list_clear(obj_t self) {
    self = seq_self(self, &type_list, NULL);
    list_t *l = list_get(self);
    l->len = 0;
    l->alloc = 0;
    l->items = NULL;
    return OBJ_NONE;
}
static FUN_OBJ_1(list_clear_obj, list_clear);

static obj_t list_index(size_t n_args, const obj_t *args) {
    obj_t self = seq_self(args[0], &type_list, NULL);
    list_t *l = list_get(self);
    size_t start, stop;
    seq_index_bounds(l->len, n_args - 2, args + 2, &start, &stop);
    intptr_t i = list_find(l, args[1], start, stop);
    if (i < 0) {
        rt_raise_fmt(&type_ValueError, "%R is not in list", args[1]);
    }
    return obj_new_small_int(i);
}
static FUN_OBJ_VAR(list_index_obj, 2, 4, list_index);

static obj_t list_count(obj_t self, obj_t x) {
    self = seq_self(self, &type_list, NULL);
    list_t *l = list_get(self);
    size_t c = 0;
    for (size_t i = 0; i < l->len; i++) {
        c += rt_equal(l->items[i], x);
    }
    return obj_new_small_int((intptr_t)c);
}
static FUN_OBJ_2(list_count_obj, list_count);

static obj_t list_sort_meth(size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t self = seq_self(args[0], &type_list, NULL);
    static const arg_spec_t spec[] = {
        {N_key, ARG_KW_ONLY, OBJ_NONE},
        {N_reverse, ARG_KW_ONLY, OBJ_FALSE},
    };
    obj_t v[2];
    rt_check_nargs(n_args, 1, 1, 0, false);
    rt_parse_args(0, n_kw, args + 1, 2, spec, v);
    list_sort(self, v[0], rt_is_true(v[1]));
    return OBJ_NONE;
}
static FUN_OBJ_KW(list_sort_obj, 1, list_sort_meth);

static obj_t list_reverse(obj_t self) {
    self = seq_self(self, &type_list, NULL);
    list_t *l = list_get(self);
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        obj_t t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
    return OBJ_NONE;
}
static FUN_OBJ_1(list_reverse_obj, list_reverse);

static obj_t list_copy(obj_t self) {
    self = seq_self(self, &type_list, NULL);
    list_t *l = list_get(self);
    return list_new(l->len, l->items);
}
static FUN_OBJ_1(list_copy_obj, list_copy);

static obj_t list_init(size_t n_args, const obj_t *args) {
    obj_t self = seq_self(args[0], &type_list, NULL);
    list_clear(self);
    if (n_args > 1) {
        list_extend(self, args[1]);
    }
    return OBJ_NONE;
}
static FUN_OBJ_VAR(list_init_obj, 1, 2, list_init);

static const map_elem_t list_locals_table[] = {
    MAP_ENTRY(N_append, &list_append_obj),
    MAP_ENTRY(N_extend, &list_extend_obj),
    MAP_ENTRY(N_insert, &list_insert_obj),
    MAP_ENTRY(N_pop, &list_pop_obj),
    MAP_ENTRY(N_remove, &list_remove_obj),
    MAP_ENTRY(N_clear, &list_clear_obj),
    MAP_ENTRY(N_index, &list_index_obj),
    MAP_ENTRY(N_count, &list_count_obj),
    MAP_ENTRY(N_sort, &list_sort_obj),
    MAP_ENTRY(N_reverse, &list_reverse_obj),
    MAP_ENTRY(N_copy, &list_copy_obj),
    MAP_ENTRY(N___init__, &list_init_obj),
    SEQ_DUNDERS_RW,
    SEQ_DUNDERS_CMP,
    MAP_ENTRY(N___add__, &seq_dunder_add_obj),
    MAP_ENTRY(N___mul__, &seq_dunder_mul_obj),
    MAP_ENTRY(N___iadd__, &seq_dunder_iadd_obj),
};
static MAP_ROM(list_locals, list_locals_table);

const type_t type_list = {
    {&type_type},
    .name = N_list,
    .flags = TYPE_FLAG_BASETYPE,
    .make_new = list_make_new,
    .print = list_print,
    .unary_op = list_unary_op,
    .binary_op = list_binary_op,
    .subscr = list_subscr,
    .getiter = list_getiter,
    .locals = &list_locals,
};
