// core/set.c — set and frozenset: the hash table, construction, the set
// algebra (operators, in-place operators and the named methods),
// comparisons (subset order), hashing of frozensets, repr and iteration.
// Representation (coll.h): an open-addressing table of (key, hash) slots
// whose size is a power of two (at least 8), probed like CPython's sets:
// 10 linear probes, then a perturbed jump; resized when 3/5 full. Every
// algorithm visits and inserts keys in the order CPython does, so sets of
// ints (whose hashes are CPython's) iterate and print in CPython's order.
// Invariants: fill = live + dummy slots; used = live slots; a frozenset
// never changes after construction and caches its hash.
#include <string.h>
#include "core/coll.h"
#include "core/gc.h"

#define SET_MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

typedef struct {
    obj_base_t base;
    obj_t set;
    size_t pos;
    size_t used;
} set_iter_t;

static set_t *set_get(obj_t o) {
    return OBJ_TO_PTR(o);
}

static void table_init(set_t *s, size_t size) {
    s->table = gc_alloc(size * sizeof(set_entry_t));
    s->mask = size - 1;
    s->fill = 0;
    s->used = 0;
}

static obj_t set_alloc(const type_t *type) {
    set_t *s = gc_alloc(sizeof(set_t));
    s->base.type = type;
    table_init(s, SET_MINSIZE);
    return OBJ_FROM_PTR(s);
}

bool set_is_set(obj_t o) {
    return obj_is_ptr(o) && (((obj_base_t *)o)->type == &type_set || ((obj_base_t *)o)->type == &type_frozenset);
}

static void check_hashable(obj_t item) {
    if (obj_is_ptr(item)) {
        const type_t *t = ((obj_base_t *)item)->type;
        if (t == &type_list || t == &type_dict || t == &type_set || t == &type_bytearray) {
            rt_raise_fmt(&type_TypeError, "unhashable type: '%q'", t->name);
        }
    }
}

static intptr_t hash_of(obj_t key) {
    check_hashable(key);
    if (obj_is_type_exact(key, &type_tuple)) {
        return (intptr_t)tuple_hash(key);
    }
    return (intptr_t)rt_hash(key);
}

// 1: e holds key; 0: it doesn't; -1: a user __eq__ changed the set under
// us (probe again, as CPython does).
static inline int keys_match(set_t *s, const set_entry_t *e, obj_t key, intptr_t hash) {
    obj_t k = e->key;
    if (k == key) {
        return 1;
    }
    if (e->hash != hash) {
        return 0;
    }
    if ((obj_is_small_int(key) && obj_is_small_int(k)) || (obj_is_name(key) && obj_is_name(k))) {
        return 0;
    }
    set_entry_t *table = s->table;
    bool eq = rt_equal(k, key);
    if (s->table != table || e->key != k) {
        return -1;
    }
    return eq;
}

// The live slot holding key, or NULL.
static set_entry_t *lookup(set_t *s, obj_t key, intptr_t hash) {
restart:;
    size_t mask = s->mask;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    for (;;) {
        set_entry_t *e = &s->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->key == OBJ_NULL) {
                return NULL;
            }
            if (e->key != SET_DUMMY) {
                int m = keys_match(s, e, key, hash);
                if (m > 0) {
                    return e;
                }
                if (m < 0) {
                    goto restart;
                }
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Put key in the first never-used slot of its probe sequence (no checks).
static void insert_clean(set_entry_t *table, size_t mask, obj_t key, intptr_t hash) {
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        set_entry_t *e = &table[i];
        if (e->key == OBJ_NULL) {
            e->key = key;
            e->hash = hash;
            return;
        }
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (e->key == OBJ_NULL) {
                    e->key = key;
                    e->hash = hash;
                    return;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Rebuild with the smallest power-of-two size above minused.
static void table_resize(set_t *s, size_t minused) {
    size_t size = SET_MINSIZE;
    while (size <= minused) {
        size <<= 1;
    }
    set_entry_t *old = s->table;
    size_t old_mask = s->mask;
    set_entry_t *t = gc_alloc(size * sizeof(set_entry_t));
    for (size_t i = 0; i <= old_mask; i++) {
        if (old[i].key != OBJ_NULL && old[i].key != SET_DUMMY) {
            insert_clean(t, size - 1, old[i].key, old[i].hash);
        }
    }
    s->table = t;
    s->mask = size - 1;
    s->fill = s->used;
    // the old table is left to the collector: a user __eq__ running inside
    // a probe may have resized the set while the prober still points into it
}

static void add_entry(set_t *s, obj_t key, intptr_t hash) {
restart:;
    size_t mask = s->mask;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    set_entry_t *freeslot = NULL;
    for (;;) {
        set_entry_t *e = &s->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->key == OBJ_NULL) {
                if (freeslot != NULL) {
                    freeslot->key = key;
                    freeslot->hash = hash;
                    s->used++;
                    return;
                }
                e->key = key;
                e->hash = hash;
                s->fill++;
                s->used++;
                if (s->fill * 5 >= mask * 3) {
                    table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
                }
                return;
            }
            if (e->key == SET_DUMMY) {
                freeslot = e;   // the last removed slot seen (as CPython does)
            } else {
                int m = keys_match(s, e, key, hash);
                if (m > 0) {
                    return;
                }
                if (m < 0) {
                    goto restart;
                }
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Remove key; false if it was absent.
static bool discard_entry(set_t *s, obj_t key, intptr_t hash) {
    set_entry_t *e = lookup(s, key, hash);
    if (e == NULL) {
        return false;
    }
    e->key = SET_DUMMY;
    e->hash = -1;
    s->used--;
    return true;
}

// Next live slot at or after *pos, or NULL.
static set_entry_t *set_next(set_t *s, size_t *pos) {
    while (*pos <= s->mask) {
        set_entry_t *e = &s->table[(*pos)++];
        if (e->key != OBJ_NULL && e->key != SET_DUMMY) {
            return e;
        }
    }
    return NULL;
}

// Add every element of the set other.
static void set_merge(set_t *s, set_t *o) {
    if (s == o || o->used == 0) {
        return;
    }
    if ((s->fill + o->used) * 5 >= s->mask * 3) {
        table_resize(s, (s->used + o->used) * 2);
    }
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        memcpy(s->table, o->table, (o->mask + 1) * sizeof(set_entry_t));
        s->fill = o->fill;
        s->used = o->used;
        return;
    }
    if (s->fill == 0) {
        s->fill = o->used;
        s->used = o->used;
        for (size_t i = 0; i <= o->mask; i++) {
            set_entry_t *e = &o->table[i];
            if (e->key != OBJ_NULL && e->key != SET_DUMMY) {
                insert_clean(s->table, s->mask, e->key, e->hash);
            }
        }
        return;
    }
    size_t pos = 0;
    set_entry_t *e;
    while ((e = set_next(o, &pos)) != NULL) {
        add_entry(s, e->key, e->hash);
    }
}

void set_add(obj_t set, obj_t item) {
    add_entry(set_get(set), item, hash_of(item));
}

void set_update(obj_t set, obj_t iterable) {
    set_t *s = set_get(set);
    obj_t src = seq_unwrap(iterable);
    if (set_is_set(src)) {
        set_merge(s, set_get(src));
        return;
    }
    if (obj_is_type_exact(src, &type_dict)) {
        map_t *m = dict_map(src);
        if ((s->fill + m->filled) * 5 >= s->mask * 3) {
            table_resize(s, (s->used + m->filled) * 2);
        }
        size_t pos = 0;
        map_elem_t *e;
        while ((e = map_next(m, &pos)) != NULL) {
            obj_t k = e->key;
            add_entry(s, k, hash_of(k));
        }
        return;
    }
    size_t n;
    const obj_t *items = seq_items(src, &n);
    if (items) {
        for (size_t i = 0; i < n; i++) {
            add_entry(s, items[i], hash_of(items[i]));
        }
        return;
    }
    obj_t it = rt_getiter(iterable, NULL);
    obj_t x;
    while ((x = rt_iternext(it)) != OBJ_STOP) {
        add_entry(s, x, hash_of(x));
    }
}

obj_t set_new(size_t n, const obj_t *items) {
    obj_t s = set_alloc(&type_set);
    for (size_t i = 0; i < n; i++) {
        set_add(s, items[i]);
    }
    return s;
}

obj_t frozenset_new(size_t n, const obj_t *items) {
    obj_t s = set_new(n, items);
    set_get(s)->base.type = &type_frozenset;
    return s;
}

obj_t set_from_iterable(const type_t *type, obj_t iterable) {
    obj_t s = set_alloc(type);
    set_update(s, iterable);
    return s;
}

// The key to look up for item: a set is looked up as the equal frozenset.
static obj_t lookup_key(obj_t item) {
    if (obj_is_type_exact(item, &type_set)) {
        return set_from_iterable(&type_frozenset, item);
    }
    return item;
}

bool set_contains(obj_t set, obj_t item) {
    item = lookup_key(item);
    return lookup(set_get(set), item, hash_of(item)) != NULL;
}

// ---------------------------------------------------------------- algebra
static size_t set_len(obj_t s) {
    return set_get(s)->used;
}

static obj_t set_copy_as(const type_t *type, obj_t src) {
    obj_t s = set_alloc(type);
    set_merge(set_get(s), set_get(src));
    return s;
}

static bool set_subset(obj_t a, obj_t b) {
    if (set_len(a) > set_len(b)) {
        return false;
    }
    set_t *sa = set_get(a), *sb = set_get(b);
    size_t pos = 0;
    set_entry_t *e;
    while ((e = set_next(sa, &pos)) != NULL) {
        if (lookup(sb, e->key, e->hash) == NULL) {
            return false;
        }
    }
    return true;
}

// a & b with a's type; other may be any iterable.
static obj_t set_intersect(obj_t a, obj_t other) {
    obj_t r = set_alloc(obj_type(a));
    set_t *rs = set_get(r);
    if (a == other) {
        set_merge(rs, set_get(a));
        return r;
    }
    obj_t o = seq_unwrap(other);
    if (set_is_set(o)) {
        set_t *big = set_get(a), *small = set_get(o);
        if (small->used > big->used) {
            set_t *t = big;
            big = small;
            small = t;
        }
        size_t pos = 0;
        set_entry_t *e;
        while ((e = set_next(small, &pos)) != NULL) {
            obj_t k = e->key;
            intptr_t h = e->hash;
            if (lookup(big, k, h) != NULL) {
                add_entry(rs, k, h);
            }
        }
        return r;
    }
    obj_t it = rt_getiter(other, NULL);
    obj_t x;
    while ((x = rt_iternext(it)) != OBJ_STOP) {
        intptr_t h = hash_of(x);
        if (lookup(set_get(a), x, h) != NULL) {
            add_entry(rs, x, h);
        }
    }
    return r;
}

// Remove the elements of other (any iterable) from the set s.
static void difference_update(obj_t s, obj_t other) {
    set_t *ss = set_get(s);
    obj_t o = seq_unwrap(other);
    if (o == s) {
        table_init(ss, SET_MINSIZE);
        return;
    }
    if (set_is_set(o)) {
        size_t pos = 0;
        set_entry_t *e;
        while ((e = set_next(set_get(o), &pos)) != NULL) {
            discard_entry(ss, e->key, e->hash);
        }
    } else {
        obj_t it = rt_getiter(other, NULL);
        obj_t x;
        while ((x = rt_iternext(it)) != OBJ_STOP) {
            x = lookup_key(x);
            discard_entry(ss, x, hash_of(x));
        }
    }
    if (ss->fill - ss->used > ss->mask / 4) {
        table_resize(ss, ss->used > 50000 ? ss->used * 2 : ss->used * 4);
    }
}

// a - b with a's type; other may be any iterable.
static obj_t set_diff(obj_t a, obj_t other) {
    obj_t o = seq_unwrap(other);
    size_t other_size;
    if (set_is_set(o)) {
        other_size = set_len(o);
    } else if (obj_is_type_exact(o, &type_dict)) {
        other_size = dict_map(o)->filled;
    } else {
        other_size = (size_t)-1;
    }
    if (other_size == (size_t)-1 || (set_len(a) >> 2) > other_size) {
        obj_t r = set_copy_as(obj_type(a), a);
        difference_update(r, other);
        return r;
    }
    obj_t r = set_alloc(obj_type(a));
    size_t pos = 0;
    set_entry_t *e;
    while ((e = set_next(set_get(a), &pos)) != NULL) {
        obj_t k = e->key;
        intptr_t h = e->hash;
        bool in_other = set_is_set(o) ? lookup(set_get(o), k, h) != NULL : map_lookup(dict_map(o), k) != NULL;
        if (!in_other) {
            add_entry(set_get(r), k, h);
        }
    }
    return r;
}

static void symdiff_update(obj_t s, obj_t other) {
    set_t *ss = set_get(s);
    obj_t o = seq_unwrap(other);
    if (o == s) {
        table_init(ss, SET_MINSIZE);
        return;
    }
    if (obj_is_type_exact(o, &type_dict)) {
        size_t pos = 0;
        map_elem_t *e;
        while ((e = map_next(dict_map(o), &pos)) != NULL) {
            obj_t k = e->key;
            intptr_t h = hash_of(k);
            if (!discard_entry(ss, k, h)) {
                add_entry(ss, k, h);
            }
        }
        return;
    }
    if (!set_is_set(o)) {
        o = set_from_iterable(obj_type(s), other);
    }
    size_t pos = 0;
    set_entry_t *e;
    while ((e = set_next(set_get(o), &pos)) != NULL) {
        obj_t k = e->key;
        intptr_t h = e->hash;
        if (!discard_entry(ss, k, h)) {
            add_entry(ss, k, h);
        }
    }
}

// a ^ b with a's type.
static obj_t set_symdiff(obj_t a, obj_t other) {
    obj_t r = set_from_iterable(obj_type(a), other);
    symdiff_update(r, a);
    return r;
}

// Replace the contents of set dst by those of src (a fresh set).
static void set_assign(obj_t dst, obj_t src) {
    set_t *d = set_get(dst), *s = set_get(src);
    d->table = s->table;
    d->mask = s->mask;
    d->fill = s->fill;
    d->used = s->used;
}

obj_t set_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    switch (op) {
        case BINARY_OP_OR: {
            obj_t r = set_copy_as(obj_type(lhs), lhs);
            set_update(r, rhs);
            return r;
        }
        case BINARY_OP_AND: return set_intersect(lhs, rhs);
        case BINARY_OP_SUBTRACT: return set_diff(lhs, rhs);
        case BINARY_OP_XOR: return set_symdiff(lhs, rhs);
        case BINARY_OP_EQUAL: return obj_bool(set_len(lhs) == set_len(rhs) && set_subset(lhs, rhs));
        case BINARY_OP_NOT_EQUAL: return obj_bool(!(set_len(lhs) == set_len(rhs) && set_subset(lhs, rhs)));
        case BINARY_OP_LESS_EQUAL: return obj_bool(set_subset(lhs, rhs));
        case BINARY_OP_LESS: return obj_bool(set_len(lhs) < set_len(rhs) && set_subset(lhs, rhs));
        case BINARY_OP_MORE_EQUAL: return obj_bool(set_subset(rhs, lhs));
        case BINARY_OP_MORE: return obj_bool(set_len(rhs) < set_len(lhs) && set_subset(rhs, lhs));
        default: return OBJ_NULL;
    }
}

// ---------------------------------------------------------------- type slots
static obj_t set_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 0, 1, n_kw, false);
    if (type == &type_frozenset && n_args == 1 && obj_is_type_exact(args[0], &type_frozenset)) {
        return args[0];
    }
    obj_t s = set_alloc(type);
    if (n_args == 1) {
        set_update(s, args[0]);
    }
    return s;
}

static void set_print(const printer_t *p, obj_t self, print_kind_t kind) {
    set_t *s = set_get(self);
    bool frozen = s->base.type == &type_frozenset;
    if (s->used == 0) {
        print_str(p, frozen ? "frozenset()" : "set()");
        return;
    }
    print_str(p, frozen ? "frozenset({" : "{");
    size_t pos = 0;
    set_entry_t *e;
    bool first = true;
    while ((e = set_next(s, &pos)) != NULL) {
        if (!first) {
            print_str(p, ", ");
        }
        first = false;
        rt_print(p, e->key, PRINT_REPR);
    }
    print_str(p, frozen ? "})" : "}");
}

static size_t shuffle_bits(size_t h) {
    return ((h ^ 89869747u) ^ (h << 16)) * 3644798167u;
}

static obj_t set_unary_op(unary_op_t op, obj_t self) {
    set_t *s = set_get(self);
    switch (op) {
        case UNARY_OP_BOOL: return obj_bool(s->used != 0);
        case UNARY_OP_LEN: return obj_new_small_int((intptr_t)s->used);
        case UNARY_OP_HASH: {
            if (s->base.type != &type_frozenset) {
                return OBJ_NULL;
            }
            if (s->hash == 0) {
                size_t h = 0;
                size_t pos = 0;
                set_entry_t *e;
                while ((e = set_next(s, &pos)) != NULL) {
                    h ^= shuffle_bits((size_t)e->hash);
                }
                h ^= (s->used + 1) * 1927868237u;
                h ^= (h >> 11) ^ (h >> 25);
                h = h * 69069u + 907133923u;
                s->hash = h | 1;
            }
            return obj_new_small_int((intptr_t)(s->hash >> 2));
        }
        default: return OBJ_NULL;
    }
}

static obj_t set_slot_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    if (op == BINARY_OP_IN) {
        return obj_bool(set_contains(lhs, rhs));
    }
    obj_t other = seq_unwrap(rhs);
    if (!set_is_set(other)) {
        return OBJ_NULL;
    }
    if (op >= BINARY_OP_INPLACE_OR && op <= BINARY_OP_INPLACE_POWER) {
        if (obj_type(lhs) != &type_set) {
            return OBJ_NULL;   // frozenset: the runtime falls back to the plain op
        }
        switch (op) {
            case BINARY_OP_INPLACE_OR: set_update(lhs, other); return lhs;
            case BINARY_OP_INPLACE_AND: set_assign(lhs, set_intersect(lhs, other)); return lhs;
            case BINARY_OP_INPLACE_SUBTRACT: difference_update(lhs, other); return lhs;
            case BINARY_OP_INPLACE_XOR: symdiff_update(lhs, other); return lhs;
            default: return OBJ_NULL;
        }
    }
    switch (op) {
        case BINARY_OP_REVERSE_OR: return set_binary_op(BINARY_OP_OR, other, lhs);
        case BINARY_OP_REVERSE_AND: return set_binary_op(BINARY_OP_AND, other, lhs);
        case BINARY_OP_REVERSE_SUBTRACT: return set_binary_op(BINARY_OP_SUBTRACT, other, lhs);
        case BINARY_OP_REVERSE_XOR: return set_binary_op(BINARY_OP_XOR, other, lhs);
        default: return set_binary_op(op, lhs, other);
    }
}

// ---------------------------------------------------------------- iterator
static obj_t set_it_next(obj_t self) {
    set_iter_t *it = OBJ_TO_PTR(self);
    if (it->set == OBJ_NULL) {
        return OBJ_STOP;
    }
    set_t *s = set_get(it->set);
    if (s->used != it->used) {
        it->used = (size_t)-1;
        rt_raise_msg(&type_RuntimeError, "Set changed size during iteration");
    }
    set_entry_t *e = set_next(s, &it->pos);
    if (e == NULL) {
        it->set = OBJ_NULL;
        return OBJ_STOP;
    }
    return e->key;
}

static obj_t iter_self(obj_t self, iter_buf_t *buf) {
    return self;
}

static const type_t type_set_iterator = {
    {&type_type}, .name = N_set_iterator, .flags = TYPE_FLAG_ITER_IS_SELF,
    .getiter = iter_self, .iternext = set_it_next,
};

static obj_t set_getiter(obj_t self, iter_buf_t *buf) {
    set_iter_t *it = gc_alloc(sizeof(set_iter_t));
    it->base.type = &type_set_iterator;
    it->set = self;
    it->used = set_get(self)->used;
    return OBJ_FROM_PTR(it);
}

// ---------------------------------------------------------------- methods
// An argument of a set method as a set (any iterable is accepted).
static obj_t as_set(obj_t o) {
    obj_t u = seq_unwrap(o);
    return set_is_set(u) ? u : set_from_iterable(&type_set, o);
}

static obj_t set_add_meth(obj_t self, obj_t item) {
    self = seq_self(self, &type_set, NULL);
    set_add(self, item);
    return OBJ_NONE;
}
static FUN_OBJ_2(set_add_obj, set_add_meth);

static obj_t set_remove(obj_t self, obj_t item) {
    self = seq_self(self, &type_set, NULL);
    obj_t k = lookup_key(item);
    if (!discard_entry(set_get(self), k, hash_of(k))) {
        rt_raise_KeyError(item);
    }
    return OBJ_NONE;
}
static FUN_OBJ_2(set_remove_obj, set_remove);

static obj_t set_discard(obj_t self, obj_t item) {
    self = seq_self(self, &type_set, NULL);
    obj_t k = lookup_key(item);
    discard_entry(set_get(self), k, hash_of(k));
    return OBJ_NONE;
}
static FUN_OBJ_2(set_discard_obj, set_discard);

static obj_t set_pop(obj_t self) {
    self = seq_self(self, &type_set, NULL);
    set_t *s = set_get(self);
    if (s->used == 0) {
        rt_raise_msg(&type_KeyError, "pop from an empty set");
    }
    size_t i = s->finger & s->mask;
    while (s->table[i].key == OBJ_NULL || s->table[i].key == SET_DUMMY) {
        i = (i + 1) & s->mask;
    }
    obj_t k = s->table[i].key;
    s->table[i].key = SET_DUMMY;
    s->table[i].hash = -1;
    s->used--;
    s->finger = i + 1;
    return k;
}
static FUN_OBJ_1(set_pop_obj, set_pop);

static obj_t set_clear(obj_t self) {
    self = seq_self(self, &type_set, NULL);
    table_init(set_get(self), SET_MINSIZE);
    return OBJ_NONE;
}
static FUN_OBJ_1(set_clear_obj, set_clear);

static obj_t set_copy(obj_t self) {
    self = seq_self(self, &type_set, &type_frozenset);
    return set_copy_as(obj_type(self), self);
}
static FUN_OBJ_1(set_copy_obj, set_copy);

static obj_t set_update_meth(size_t n_args, const obj_t *args) {
    obj_t self = seq_self(args[0], &type_set, NULL);
    for (size_t i = 1; i < n_args; i++) {
        set_update(self, args[i]);
    }
    return OBJ_NONE;
}
static FUN_OBJ_VAR(set_update_obj, 1, FUN_ARGS_MAX, set_update_meth);

static obj_t set_union(size_t n_args, const obj_t *args) {
    obj_t self = seq_self(args[0], &type_set, &type_frozenset);
    obj_t r = set_copy_as(obj_type(self), self);
    for (size_t i = 1; i < n_args; i++) {
        if (seq_unwrap(args[i]) != self) {
            set_update(r, args[i]);
        }
    }
    return r;
}
static FUN_OBJ_VAR(set_union_obj, 1, FUN_ARGS_MAX, set_union);

static obj_t set_intersection(size_t n_args, const obj_t *args) {
    obj_t self = seq_self(args[0], &type_set, &type_frozenset);
    if (n_args == 1) {
        return set_copy_as(obj_type(self), self);
    }
    obj_t r = self;
    for (size_t i = 1; i < n_args; i++) {
        r = set_intersect(r, args[i]);
    }
    return r;
}
static FUN_OBJ_VAR(set_intersection_obj, 1, FUN_ARGS_MAX, set_intersection);

static obj_t set_intersection_update(size_t n_args, const obj_t *args) {
    obj_t self = seq_self(args[0], &type_set, NULL);
    set_assign(self, set_intersection(n_args, args));
    return OBJ_NONE;
}
static FUN_OBJ_VAR(set_intersection_update_obj, 1, FUN_ARGS_MAX, set_intersection_update);

static obj_t set_difference(size_t n_args, const obj_t *args) {
    obj_t self = seq_self(args[0], &type_set, &type_frozenset);
    if (n_args == 1) {
        return set_copy_as(obj_type(self), self);
    }
    obj_t r = set_diff(self, args[1]);
    for (size_t i = 2; i < n_args; i++) {
        difference_update(r, args[i]);
    }
    return r;
}
static FUN_OBJ_VAR(set_difference_obj, 1, FUN_ARGS_MAX, set_difference);

static obj_t set_difference_update(size_t n_args, const obj_t *args) {
    obj_t self = seq_self(args[0], &type_set, NULL);
    for (size_t i = 1; i < n_args; i++) {
        difference_update(self, args[i]);
    }
    return OBJ_NONE;
}
static FUN_OBJ_VAR(set_difference_update_obj, 1, FUN_ARGS_MAX, set_difference_update);

static obj_t set_symmetric_difference(obj_t self, obj_t other) {
    self = seq_self(self, &type_set, &type_frozenset);
    return set_symdiff(self, other);
}
static FUN_OBJ_2(set_symmetric_difference_obj, set_symmetric_difference);

static obj_t set_symmetric_difference_update(obj_t self, obj_t other) {
    self = seq_self(self, &type_set, NULL);
    symdiff_update(self, other);
    return OBJ_NONE;
}
static FUN_OBJ_2(set_symmetric_difference_update_obj, set_symmetric_difference_update);

static obj_t set_issubset(obj_t self, obj_t other) {
    self = seq_self(self, &type_set, &type_frozenset);
    return obj_bool(set_subset(self, as_set(other)));
}
static FUN_OBJ_2(set_issubset_obj, set_issubset);

static obj_t set_issuperset(obj_t self, obj_t other) {
    self = seq_self(self, &type_set, &type_frozenset);
    return obj_bool(set_subset(as_set(other), self));
}
static FUN_OBJ_2(set_issuperset_obj, set_issuperset);

static obj_t set_isdisjoint(obj_t self, obj_t other) {
    self = seq_self(self, &type_set, &type_frozenset);
    set_t *s = set_get(self);
    obj_t it = rt_getiter(other, NULL);
    obj_t x;
    while ((x = rt_iternext(it)) != OBJ_STOP) {
        x = lookup_key(x);
        if (lookup(s, x, hash_of(x)) != NULL) {
            return OBJ_FALSE;
        }
    }
    return OBJ_TRUE;
}
static FUN_OBJ_2(set_isdisjoint_obj, set_isdisjoint);

static obj_t set_init(size_t n_args, const obj_t *args) {
    obj_t self = seq_self(args[0], &type_set, NULL);
    table_init(set_get(self), SET_MINSIZE);
    if (n_args > 1) {
        set_update(self, args[1]);
    }
    return OBJ_NONE;
}
static FUN_OBJ_VAR(set_init_obj, 1, 2, set_init);

static const map_elem_t set_locals_table[] = {
    MAP_ENTRY(N_add, &set_add_obj),
    MAP_ENTRY(N_remove, &set_remove_obj),
    MAP_ENTRY(N_discard, &set_discard_obj),
    MAP_ENTRY(N_pop, &set_pop_obj),
    MAP_ENTRY(N_clear, &set_clear_obj),
    MAP_ENTRY(N_copy, &set_copy_obj),
    MAP_ENTRY(N_update, &set_update_obj),
    MAP_ENTRY(N_union, &set_union_obj),
    MAP_ENTRY(N_intersection, &set_intersection_obj),
    MAP_ENTRY(N_intersection_update, &set_intersection_update_obj),
    MAP_ENTRY(N_difference, &set_difference_obj),
    MAP_ENTRY(N_difference_update, &set_difference_update_obj),
    MAP_ENTRY(N_symmetric_difference, &set_symmetric_difference_obj),
    MAP_ENTRY(N_symmetric_difference_update, &set_symmetric_difference_update_obj),
    MAP_ENTRY(N_issubset, &set_issubset_obj),
    MAP_ENTRY(N_issuperset, &set_issuperset_obj),
    MAP_ENTRY(N_isdisjoint, &set_isdisjoint_obj),
    MAP_ENTRY(N___init__, &set_init_obj),
    MAP_ENTRY(N___contains__, &seq_dunder_contains_obj),
    MAP_ENTRY(N___len__, &seq_dunder_len_obj),
    MAP_ENTRY(N___iter__, &seq_dunder_iter_obj),
    SEQ_DUNDERS_CMP,
};
static MAP_ROM(set_locals, set_locals_table);

static const map_elem_t frozenset_locals_table[] = {
    MAP_ENTRY(N_copy, &set_copy_obj),
    MAP_ENTRY(N_union, &set_union_obj),
    MAP_ENTRY(N_intersection, &set_intersection_obj),
    MAP_ENTRY(N_difference, &set_difference_obj),
    MAP_ENTRY(N_symmetric_difference, &set_symmetric_difference_obj),
    MAP_ENTRY(N_issubset, &set_issubset_obj),
    MAP_ENTRY(N_issuperset, &set_issuperset_obj),
    MAP_ENTRY(N_isdisjoint, &set_isdisjoint_obj),
    MAP_ENTRY(N___contains__, &seq_dunder_contains_obj),
    MAP_ENTRY(N___len__, &seq_dunder_len_obj),
    MAP_ENTRY(N___iter__, &seq_dunder_iter_obj),
    SEQ_DUNDERS_CMP,
    MAP_ENTRY(N___hash__, &seq_dunder_hash_obj),
};
static MAP_ROM(frozenset_locals, frozenset_locals_table);

const type_t type_set = {
    {&type_type},
    .name = N_set,
    .flags = TYPE_FLAG_BASETYPE,
    .make_new = set_make_new,
    .print = set_print,
    .unary_op = set_unary_op,
    .binary_op = set_slot_binary_op,
    .getiter = set_getiter,
    .locals = &set_locals,
};

const type_t type_frozenset = {
    {&type_type},
    .name = N_frozenset,
    .flags = TYPE_FLAG_BASETYPE,
    .make_new = set_make_new,
    .print = set_print,
    .unary_op = set_unary_op,
    .binary_op = set_slot_binary_op,
    .getiter = set_getiter,
    .locals = &frozenset_locals,
};
