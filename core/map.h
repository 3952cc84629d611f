// core/map.h — the one hash map of the core: dicts, module globals, instance
// members, class and ROM method tables.
// Entries are kept in insertion order in `table` (a deleted entry keeps its
// slot with key OBJ_NULL until the next rebuild). Maps of more than 8 slots
// get a hash index (open addressing, linear probing) of entry numbers + 1.
// ROM maps (is_fixed) are const tables searched linearly; they are never
// modified. Keys compare with rt_equal(); names compare by identity first.
#ifndef KILN_MAP_H
#define KILN_MAP_H

#include "core/obj.h"

typedef struct {
    obj_t key;
    obj_t value;
} map_elem_t;

struct map_s {
    uint32_t used;      // slots of `table` in use (live + deleted)
    uint32_t filled;    // live entries
    uint32_t alloc;     // capacity of `table`
    uint8_t index_bits;
    uint8_t is_fixed;   // ROM table: read-only
    uint8_t all_names;  // every key is an interned name
    map_elem_t *table;
    uint32_t *index;    // NULL or 2^index_bits slots
};

// A ROM map over a const map_elem_t array (keys must be OBJ_NAME(...)).
#define MAP_ROM(map_name, elems) \
    map_t map_name = {.used = sizeof(elems) / sizeof(elems[0]), \
                      .filled = sizeof(elems) / sizeof(elems[0]), \
                      .alloc = sizeof(elems) / sizeof(elems[0]), \
                      .is_fixed = 1, .all_names = 1, .table = (map_elem_t *)elems}
// Convenience entry for ROM tables: {name, object}.
#define MAP_ENTRY(n, obj) {OBJ_NAME(n), OBJ_FROM_PTR(obj)}

void map_init(map_t *m, size_t n);
map_t *map_new(size_t n);
// Value slot for key, or NULL if absent.
obj_t *map_lookup(map_t *m, obj_t key);
// Value slot for key, adding the key (value OBJ_NULL) if absent.
obj_t *map_lookup_add(map_t *m, obj_t key);
// Fast path for name keys (globals, instance members): a small all-names
// map is searched inline by identity; anything else goes to map_lookup.
static inline obj_t *map_lookup_name(map_t *m, obj_t name) {
    if (m->index == NULL && m->all_names) {
        map_elem_t *e = m->table, *end = m->table + m->used;
        for (; e < end; e++) {
            if (e->key == name) {
                return &e->value;
            }
        }
        return NULL;
    }
    return map_lookup(m, name);
}
static inline obj_t map_get(map_t *m, obj_t key) {
    obj_t *v = map_lookup(m, key);
    return v ? *v : OBJ_NULL;
}
void map_store(map_t *m, obj_t key, obj_t value);
// Remove key; returns its value, or OBJ_NULL if it was absent.
obj_t map_remove(map_t *m, obj_t key);
void map_clear(map_t *m);
// Iterate live entries: start with *pos = 0; NULL at the end.
map_elem_t *map_next(const map_t *m, size_t *pos);
// Copy a map (a ROM map copies into a heap map).
void map_copy(map_t *dst, const map_t *src);
// Remove and return the last live entry (dict.popitem); NULL if empty.
map_elem_t *map_pop_last(map_t *m);

#endif
