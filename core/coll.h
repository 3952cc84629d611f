// core/coll.h — internal API of the container area (tuple.c, list.c, dict.c,
// set.c, range.c, slice.c, iter.c, seq.c). Other files use types.h.
//
// Layouts: tuple_t, list_t, slice_t are in obj.h, dict_t in types.h.
// set_t is an open-addressing table probed exactly as CPython's sets are
// (so sets of ints iterate and print in CPython's order). range_t holds machine-word bounds.
#ifndef KILN_COLL_H
#define KILN_COLL_H

#include "core/obj.h"
#include "core/types.h"
#include "core/map.h"
#include "core/runtime.h"

// One slot of a set's table: key NULL = never used, key SET_DUMMY = removed.
typedef struct {
    obj_t key;
    intptr_t hash;
} set_entry_t;
#define SET_DUMMY OBJ_SENTINEL

typedef struct {
    obj_base_t base;     // &type_set or &type_frozenset
    size_t fill;         // live + dummy slots
    size_t used;         // live slots
    size_t mask;         // table size - 1 (a power of two minus one)
    size_t finger;       // where pop() looks next
    set_entry_t *table;
    size_t hash;         // frozenset: cached hash (0 = not computed)
} set_t;

typedef struct {
    obj_base_t base;
    intptr_t start, stop, step;
} range_t;

extern const type_t type_list_iterator;
extern const type_t type_tuple_iterator;
extern const type_t type_range_iterator;
extern const type_t type_dict_keys;
extern const type_t type_dict_values;
extern const type_t type_dict_items;

// ---------------------------------------------------------------- seq.c
// The items of an exact list or tuple (no copy), or NULL for other objects.
const obj_t *seq_items(obj_t o, size_t *n);
// Print items as "open item, item close" (reprs); a 1-tuple gets its comma.
void seq_print(const printer_t *p, const obj_t *items, size_t n, const char *open,
               const char *close, bool one_comma);
// Print self with body() unless self is already being printed (then print
// `recursed`, e.g. "[...]"): the recursion guard of container reprs.
void seq_print_guarded(const printer_t *p, obj_t self, print_kind_t kind,
                       void (*body)(const printer_t *, obj_t, print_kind_t), const char *recursed);
// Position of value in items[start..stop) or -1 (uses rt_equal).
intptr_t seq_find(const obj_t *items, size_t n, obj_t value, size_t start, size_t stop);
size_t seq_count(const obj_t *items, size_t n, obj_t value);
// Parse index()'s optional (start, stop) arguments against len.
void seq_index_bounds(size_t len, size_t n_args, const obj_t *args, size_t *start, size_t *stop);
// A repeat count for seq * n (negative -> 0); false if n is not an int.
bool seq_repeat_count(obj_t n, size_t *count);
// items[0..n) repeated count times into dst (dst has n*count slots).
void seq_repeat(obj_t *dst, const obj_t *items, size_t n, size_t count);
// Is `o` a list/tuple subclass instance etc.: its native sub-object, else o.
obj_t seq_unwrap(obj_t o);

// The native object of a method's self (unwrapping user subclass
// instances), checked to be of type (or alt); TypeError otherwise.
obj_t seq_self(obj_t self, const type_t *type, const type_t *alt);
// Shared dunder methods for the containers' locals tables.
extern const builtin_fun_t seq_dunder_getitem_obj;
extern const builtin_fun_t seq_dunder_setitem_obj;
extern const builtin_fun_t seq_dunder_delitem_obj;
extern const builtin_fun_t seq_dunder_contains_obj;
extern const builtin_fun_t seq_dunder_len_obj;
extern const builtin_fun_t seq_dunder_iter_obj;
extern const builtin_fun_t seq_dunder_eq_obj;
extern const builtin_fun_t seq_dunder_ne_obj;
extern const builtin_fun_t seq_dunder_lt_obj;
extern const builtin_fun_t seq_dunder_le_obj;
extern const builtin_fun_t seq_dunder_gt_obj;
extern const builtin_fun_t seq_dunder_ge_obj;
extern const builtin_fun_t seq_dunder_add_obj;
extern const builtin_fun_t seq_dunder_mul_obj;
extern const builtin_fun_t seq_dunder_iadd_obj;
extern const builtin_fun_t seq_dunder_hash_obj;
#define SEQ_DUNDERS_EQ \
    MAP_ENTRY(N___eq__, &seq_dunder_eq_obj), \
    MAP_ENTRY(N___ne__, &seq_dunder_ne_obj)
#define SEQ_DUNDERS_CMP \
    SEQ_DUNDERS_EQ, \
    MAP_ENTRY(N___lt__, &seq_dunder_lt_obj), \
    MAP_ENTRY(N___le__, &seq_dunder_le_obj), \
    MAP_ENTRY(N___gt__, &seq_dunder_gt_obj), \
    MAP_ENTRY(N___ge__, &seq_dunder_ge_obj)
#define SEQ_DUNDERS_RO \
    MAP_ENTRY(N___getitem__, &seq_dunder_getitem_obj), \
    MAP_ENTRY(N___contains__, &seq_dunder_contains_obj), \
    MAP_ENTRY(N___len__, &seq_dunder_len_obj), \
    MAP_ENTRY(N___iter__, &seq_dunder_iter_obj)
#define SEQ_DUNDERS_RW \
    SEQ_DUNDERS_RO, \
    MAP_ENTRY(N___setitem__, &seq_dunder_setitem_obj), \
    MAP_ENTRY(N___delitem__, &seq_dunder_delitem_obj)

// ---------------------------------------------------------------- tuple.c
// The full-width hash of a tuple (CPython's value).
size_t tuple_hash(obj_t tuple);

// ---------------------------------------------------------------- list.c
// Reserve room for n more items.
void list_reserve(obj_t list, size_t n);

// ---------------------------------------------------------------- set.c
bool set_is_set(obj_t o);                 // set or frozenset (exact or native sub-object)
bool set_contains(obj_t set, obj_t item);
// A new set of the elements of any iterable.
obj_t set_from_iterable(const type_t *type, obj_t iterable);
// set binary operator (| & - ^ and comparisons) between two set_t's.
obj_t set_binary_op(binary_op_t op, obj_t lhs, obj_t rhs);

// ---------------------------------------------------------------- range.c
obj_t range_reversed(obj_t range);        // iterator over a range backwards
size_t range_len(const range_t *r);

#endif
