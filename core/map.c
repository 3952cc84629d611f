// core/map.c — insertion-ordered hash map (see map.h for the layout).
// Invariants: table[0..used) holds live entries and deleted ones (key
// OBJ_NULL); filled counts the live ones. When alloc > SMALL_MAX an index of
// 2^index_bits uint32 slots maps hashes to entry numbers + 1 (0 = empty,
// TOMB = removed by map_pop_last); the index has at least twice as many
// slots as `alloc`. all_names is true while every key ever added is a name.
#include <string.h>
#include "core/map.h"
#include "core/gc.h"
#include "core/runtime.h"
#include "core/names.h"
#include "core/types.h"

#define SMALL_MAX 8
#define NAMES_SMALL_MAX 16   // all-names maps (instance members, class bodies) scan up to this
#define TOMB 0xffffffffu

// Above how many slots a map gets a hash index: names compare by identity,
// so a map of names is searched linearly for longer (and an instance with
// 9..16 attributes saves its index block).
static inline size_t small_max(const map_t *m) {
    return m->all_names ? NAMES_SMALL_MAX : SMALL_MAX;
}

void map_init(map_t *m, size_t n) {
    memset(m, 0, sizeof(*m));
    m->all_names = 1;
    if (n) {
        m->alloc = n;
        m->table = gc_alloc(n * sizeof(map_elem_t));
    }
}

map_t *map_new(size_t n) {
    map_t *m = gc_alloc(sizeof(map_t));
    map_init(m, n);
    return m;
}

static inline bool keys_equal(obj_t a, obj_t b) {
    if (a == b) {
        return true;
    }
    if ((obj_is_name(a) && obj_is_name(b)) || (obj_is_small_int(a) && obj_is_small_int(b))) {
        return false;
    }
    return rt_equal(a, b);
}

static void build_index(map_t *m) {
    unsigned bits = 4;
    while (((size_t)1 << bits) < m->alloc * 2) {
        bits++;
    }
    size_t n = (size_t)1 << bits;
    uint32_t *idx = gc_alloc_noscan(n * sizeof(uint32_t));
    size_t mask = n - 1;
    for (size_t i = 0; i < m->used; i++) {
        obj_t k = m->table[i].key;
        if (k == OBJ_NULL) {
            continue;
        }
        size_t h = rt_hash(k) & mask;
        while (idx[h] != 0) {
            h = (h + 1) & mask;
        }
        idx[h] = (uint32_t)(i + 1);
    }
    m->index = idx;
    m->index_bits = (uint8_t)bits;
}

// Rebuild with capacity new_alloc, dropping deleted entries.
static void resize(map_t *m, size_t new_alloc) {
    map_elem_t *old = m->table;
    size_t old_used = m->used;
    map_elem_t *t = gc_alloc(new_alloc * sizeof(map_elem_t));
    size_t j = 0;
    for (size_t i = 0; i < old_used; i++) {
        if (old[i].key != OBJ_NULL) {
            t[j++] = old[i];
        }
    }
    m->table = t;
    m->alloc = new_alloc;
    m->used = j;
    m->filled = j;
    if (old) {
        gc_free(old);
    }
    if (m->index) {
        gc_free(m->index);
        m->index = NULL;
    }
    if (new_alloc > small_max(m)) {
        build_index(m);
    }
}

// Find the entry number of key, or -1. If slot_out, receive the index slot.
// A direct-mapped cache of lookups in the larger ROM maps (type method
// tables, module globals), hits and misses alike. ROM maps never change and
// live outside the heap, and keys are names (immediates), so an entry never
// goes stale and holds no heap pointer.
#ifndef KILN_ROM_CACHE_SIZE
#define KILN_ROM_CACHE_SIZE 128   // entries (power of two)
#endif
#define ROM_CACHE_MIN 8           // smaller ROM maps are scanned directly
static struct {
    const map_t *map;
    obj_t key;
    intptr_t index;   // entry number, or -1: absent
} rom_cache[KILN_ROM_CACHE_SIZE];

static intptr_t rom_find(const map_t *m, obj_t key) {
    uintptr_t h = ((uintptr_t)m >> 4) ^ ((uintptr_t)key * 0x9e3779b1u);
    h = (h ^ (h >> 13)) & (KILN_ROM_CACHE_SIZE - 1);
    if (rom_cache[h].map == m && rom_cache[h].key == key) {
        return rom_cache[h].index;
    }
    intptr_t r = -1;
    for (size_t i = 0; i < m->used; i++) {
        if (m->table[i].key == key) {
            r = (intptr_t)i;
            break;
        }
    }
    rom_cache[h].map = m;
    rom_cache[h].key = key;
    rom_cache[h].index = r;
    return r;
}

static intptr_t find(const map_t *m, obj_t key, size_t *slot_out) {
    if (m->all_names && !obj_is_name(key)) {
        // a heap str equal to an interned name must find it
        if (rt_is_str(key)) {
            size_t len;
            const char *s = rt_str_data(key, &len);
            name_t n = names_find(s, len);
            if (n == NAME_NULL) {
                return -1;
            }
            key = obj_new_name(n);
        } else if (m->filled > 0 && !obj_is_ptr(key)) {
            return -1;
        }
    }
    if (m->index == NULL) {
        const map_elem_t *t = m->table;
        if (m->all_names && obj_is_name(key)) {
            if (m->is_fixed && m->used > ROM_CACHE_MIN && !gc_is_heap_ptr(m)) {
                return rom_find(m, key);
            }
            for (size_t i = 0; i < m->used; i++) {
                if (t[i].key == key) {
                    return (intptr_t)i;
                }
            }
            return -1;
        }
        for (size_t i = 0; i < m->used; i++) {
            if (t[i].key != OBJ_NULL && keys_equal(t[i].key, key)) {
                return (intptr_t)i;
            }
        }
        return -1;
    }
    size_t mask = ((size_t)1 << m->index_bits) - 1;
    size_t h = rt_hash(key) & mask;
    for (;;) {
        uint32_t e = m->index[h];
        if (e == 0) {
            return -1;
        }
        if (e != TOMB) {
            obj_t k = m->table[e - 1].key;
            if (k != OBJ_NULL && keys_equal(k, key)) {
                if (slot_out) {
                    *slot_out = h;
                }
                return (intptr_t)(e - 1);
            }
        }
        h = (h + 1) & mask;
    }
}

obj_t *map_lookup(map_t *m, obj_t key) {
    if (m->filled == 0) {
        return NULL;
    }
    intptr_t i = find(m, key, NULL);
    return i < 0 ? NULL : &m->table[i].value;
}

obj_t *map_lookup_add(map_t *m, obj_t key) {
    if (m->is_fixed) {
        obj_t *v = map_lookup(m, key);
        if (v) {
            return v;
        }
        rt_raise_TypeError("can't add to a read-only table");
    }
    intptr_t i = m->filled ? find(m, key, NULL) : -1;
    if (i >= 0) {
        return &m->table[i].value;
    }
    if (m->used >= m->alloc) {
        size_t na = m->filled * 2;
        if (na < 4) {
            na = 4;
        }
        if (na < m->alloc && m->filled < m->alloc / 2) {
            na = m->alloc;   // lots of deleted entries: compact in place size
        }
        resize(m, na);
    }
    if (!obj_is_name(key) && m->all_names) {
        m->all_names = 0;
        if (m->index == NULL && m->alloc > SMALL_MAX) {
            build_index(m);   // no longer all names: the general threshold
        }
    }
    // hash before adding anything: it may raise (unhashable key)
    size_t h = m->index ? rt_hash(key) : 0;
    size_t pos = m->used++;
    m->table[pos].key = key;
    m->table[pos].value = OBJ_NULL;
    m->filled++;
    if (m->index) {
        size_t mask = ((size_t)1 << m->index_bits) - 1;
        h &= mask;
        while (m->index[h] != 0 && m->index[h] != TOMB) {
            h = (h + 1) & mask;
        }
        m->index[h] = (uint32_t)(pos + 1);
    }
    return &m->table[pos].value;
}

void map_store(map_t *m, obj_t key, obj_t value) {
    *map_lookup_add(m, key) = value;
}

obj_t map_remove(map_t *m, obj_t key) {
    if (m->filled == 0) {
        return OBJ_NULL;
    }
    if (m->is_fixed) {
        rt_raise_TypeError("can't remove from a read-only table");
    }
    intptr_t i = find(m, key, NULL);
    if (i < 0) {
        return OBJ_NULL;
    }
    obj_t v = m->table[i].value;
    m->table[i].key = OBJ_NULL;
    m->table[i].value = OBJ_NULL;
    m->filled--;
    if ((size_t)i + 1 == m->used) {
        // trailing deletions can be reclaimed at once only without an index
        if (m->index == NULL) {
            while (m->used > 0 && m->table[m->used - 1].key == OBJ_NULL) {
                m->used--;
            }
        }
    }
    if (m->filled == 0) {
        map_clear(m);
    }
    return v;
}

void map_clear(map_t *m) {
    if (m->is_fixed) {
        rt_raise_TypeError("can't clear a read-only table");
    }
    if (m->table) {
        memset(m->table, 0, m->alloc * sizeof(map_elem_t));
    }
    if (m->index) {
        memset(m->index, 0, ((size_t)1 << m->index_bits) * sizeof(uint32_t));
    }
    m->used = 0;
    m->filled = 0;
    m->all_names = 1;
}

map_elem_t *map_next(const map_t *m, size_t *pos) {
    for (size_t i = *pos; i < m->used; i++) {
        if (m->table[i].key != OBJ_NULL) {
            *pos = i + 1;
            return &m->table[i];
        }
    }
    *pos = m->used;
    return NULL;
}

void map_copy(map_t *dst, const map_t *src) {
    map_init(dst, src->filled > 4 ? src->filled : 4);
    size_t pos = 0;
    map_elem_t *e;
    while ((e = map_next(src, &pos)) != NULL) {
        map_store(dst, e->key, e->value);
    }
}

map_elem_t *map_pop_last(map_t *m) {
    if (m->filled == 0) {
        return NULL;
    }
    if (m->is_fixed) {
        rt_raise_TypeError("can't remove from a read-only table");
    }
    size_t i = m->used;
    while (i > 0 && m->table[i - 1].key == OBJ_NULL) {
        i--;
    }
    i--;
    if (m->index) {
        size_t slot;
        if (find(m, m->table[i].key, &slot) >= 0) {
            m->index[slot] = TOMB;
        }
    }
    m->used = i;
    m->filled--;
    return &m->table[i];
}
