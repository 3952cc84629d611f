// core/mod_heapq.c — the `heapq` module: a binary min-heap kept in a list
// (heappush, heappop, heapify, heappushpop, heapreplace), plus nsmallest and
// nlargest.
//
// The sift steps are the ones CPython uses (heappop/heapify move the smaller
// child up to a leaf, then sift the new item back down), so a heap list has
// the same layout as under CPython after the same calls. Items compare with
// `<` through rt_binary_op, which may run Python code that changes the list:
// the list's length and items are re-read after every comparison, and a
// change of length raises RuntimeError instead of touching a stale slot.
#include "core/runtime.h"
#include "core/types.h"
#include "core/mod_builtins.h"

static list_t *heap_list(obj_t heap) {
    if (obj_is_ptr(heap) && (obj_type(heap)->flags & TYPE_FLAG_USER) && obj_is_instance(heap, &type_list)) {
        heap = ((instance_t *)OBJ_TO_PTR(heap))->subobj;   // a list subclass: its native list
    }
    if (!obj_is_type_exact(heap, &type_list)) {
        rt_raise_TypeError("heap argument must be a list");
    }
    return OBJ_TO_PTR(heap);
}

static bool less(obj_t a, obj_t b) {
    return rt_is_true(rt_binary_op(BINARY_OP_LESS, a, b));
}

static void check_len(list_t *l, size_t len) {
    if (l->len != len) {
        rt_raise_msg(&type_RuntimeError, "list changed size during iteration");
    }
}

static void swap(list_t *l, size_t i, size_t j) {
    obj_t t = l->items[i];
    l->items[i] = l->items[j];
    l->items[j] = t;
}

// Move the item at pos up towards start while it is less than its parent.
// Items move by swaps, so an exception from a comparison loses none.
static void sift_down(list_t *l, size_t start, size_t pos) {
    size_t len = l->len;
    while (pos > start) {
        size_t parent = (pos - 1) / 2;
        bool lt = less(l->items[pos], l->items[parent]);
        check_len(l, len);
        if (!lt) {
            break;
        }
        swap(l, pos, parent);
        pos = parent;
    }
}

// Move the item at pos down to a leaf, always along the smaller child, then
// sift it back up (fewer comparisons than stopping on the way down).
static void sift_up(list_t *l, size_t pos) {
    size_t len = l->len;
    size_t start = pos;
    size_t child = 2 * pos + 1;
    while (child < len) {
        if (child + 1 < len) {
            bool lt = less(l->items[child], l->items[child + 1]);
            check_len(l, len);
            if (!lt) {
                child++;
            }
        }
        swap(l, pos, child);
        pos = child;
        child = 2 * pos + 1;
    }
    sift_down(l, start, pos);
}

static obj_t heapq_heappush(obj_t heap, obj_t item) {
    list_t *l = heap_list(heap);
    list_append(OBJ_FROM_PTR(l), item);
    sift_down(l, 0, l->len - 1);
    return OBJ_NONE;
}
static FUN_OBJ_2(heapq_heappush_obj, heapq_heappush);

static obj_t heapq_heappop(obj_t heap) {
    list_t *l = heap_list(heap);
    if (l->len == 0) {
        rt_raise_IndexError("index out of range");
    }
    obj_t last = l->items[--l->len];
    l->items[l->len] = OBJ_NULL;
    if (l->len == 0) {
        return last;
    }
    obj_t top = l->items[0];
    l->items[0] = last;
    sift_up(l, 0);
    return top;
}
static FUN_OBJ_1(heapq_heappop_obj, heapq_heappop);

static obj_t heapq_heapreplace(obj_t heap, obj_t item) {
    list_t *l = heap_list(heap);
    if (l->len == 0) {
        rt_raise_IndexError("index out of range");
    }
    obj_t top = l->items[0];
    l->items[0] = item;
    sift_up(l, 0);
    return top;
}
static FUN_OBJ_2(heapq_heapreplace_obj, heapq_heapreplace);

static obj_t heapq_heappushpop(obj_t heap, obj_t item) {
    list_t *l = heap_list(heap);
    if (l->len == 0) {
        return item;
    }
    size_t len = l->len;
    bool lt = less(l->items[0], item);
    check_len(l, len);
    if (lt) {
        obj_t top = l->items[0];
        l->items[0] = item;
        sift_up(l, 0);
        return top;
    }
    return item;
}
static FUN_OBJ_2(heapq_heappushpop_obj, heapq_heappushpop);

static obj_t heapq_heapify(obj_t heap) {
    list_t *l = heap_list(heap);
    for (size_t i = l->len / 2; i > 0; i--) {
        sift_up(l, i - 1);
    }
    return OBJ_NONE;
}
static FUN_OBJ_1(heapq_heapify_obj, heapq_heapify);

// nsmallest(n, iterable, key=None) == sorted(iterable, key=key)[:n];
// nlargest is the same with reverse=True (a stable sort keeps ties in order).
static obj_t n_best(size_t n_args, size_t n_kw, const obj_t *args, bool largest) {
    static const arg_spec_t spec[] = {
        {N_n, ARG_REQUIRED, OBJ_NULL}, {N_iterable, ARG_REQUIRED, OBJ_NULL}, {N_key, 0, OBJ_NONE},
    };
    obj_t vals[3];
    rt_parse_args(n_args, n_kw, args, 3, spec, vals);
    intptr_t n = rt_get_int(vals[0]);
    obj_t l = list_new(0, NULL);
    if (n <= 0) {
        return l;
    }
    list_extend(l, vals[1]);
    list_sort(l, vals[2], largest);
    list_t *lp = OBJ_TO_PTR(l);
    if ((size_t)n < lp->len) {
        for (size_t i = (size_t)n; i < lp->len; i++) {
            lp->items[i] = OBJ_NULL;
        }
        lp->len = (size_t)n;
    }
    return l;
}

static obj_t heapq_nsmallest(size_t n_args, size_t n_kw, const obj_t *args) {
    return n_best(n_args, n_kw, args, false);
}
static FUN_OBJ_KW(heapq_nsmallest_obj, 2, heapq_nsmallest);

static obj_t heapq_nlargest(size_t n_args, size_t n_kw, const obj_t *args) {
    return n_best(n_args, n_kw, args, true);
}
static FUN_OBJ_KW(heapq_nlargest_obj, 2, heapq_nlargest);

static const map_elem_t heapq_table[] = {
    {OBJ_NAME(N___name__), OBJ_NAME(N_heapq)},
    MAP_ENTRY(N_heappush, &heapq_heappush_obj),
    MAP_ENTRY(N_heappop, &heapq_heappop_obj),
    MAP_ENTRY(N_heapreplace, &heapq_heapreplace_obj),
    MAP_ENTRY(N_heappushpop, &heapq_heappushpop_obj),
    MAP_ENTRY(N_heapify, &heapq_heapify_obj),
    MAP_ENTRY(N_nsmallest, &heapq_nsmallest_obj),
    MAP_ENTRY(N_nlargest, &heapq_nlargest_obj),
};
static MAP_ROM(heapq_globals, heapq_table);
static MODULE_ROM(heapq_module, heapq_globals);

void mod_heapq_init(void) {
    rt_register_module(OBJ_FROM_PTR(&heapq_module));
}
