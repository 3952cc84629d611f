// core/names.c — the interned-name table.
// ROM names come from names.def (ids 1 .. NAME__ROM_COUNT-1); their lengths
// and hashes are computed once into static arrays at start-up. Names made at
// run time are appended to a heap pool (rt_state.names_pool) and are never
// freed. One open-addressing index (rt_state.names_index) over all ids finds
// a name by text. Invariant: no two ids have the same text.
#include <string.h>
#include "core/names.h"
#include "core/gc.h"
#include "core/misc.h"
#include "core/runtime.h"

static const char *const rom_text[NAME__ROM_COUNT] = {
    "",
#define N(id) #id,
#define NS(id, text) text,
#include "core/names.def"
#undef N
#undef NS
};

static uint16_t rom_len[NAME__ROM_COUNT];
static size_t rom_hash[NAME__ROM_COUNT];

typedef struct {
    const char *text;
    size_t len;
    size_t hash;
} dyn_name_t;

typedef struct {
    size_t count;
    size_t alloc;
    dyn_name_t entries[];
} dyn_pool_t;

typedef struct {
    size_t size;    // power of two
    size_t count;
    uint32_t slots[];
} name_index_t;

#define POOL ((dyn_pool_t *)rt_state.names_pool)
#define INDEX ((name_index_t *)rt_state.names_index)

// ROM names are indexed in static memory (never in the Python heap).
#define ROM_INDEX_SIZE (2 * NAME__ROM_COUNT + 1)
static uint16_t rom_index[ROM_INDEX_SIZE];

static void index_insert(name_index_t *ix, name_t id, size_t hash) {
    size_t mask = ix->size - 1;
    size_t h = hash & mask;
    while (ix->slots[h] != 0) {
        h = (h + 1) & mask;
    }
    ix->slots[h] = id;
    ix->count++;
}

// (Re)build the heap index of the names made at run time.
static void index_grow(size_t new_size) {
    name_index_t *ix = gc_alloc_noscan(sizeof(name_index_t) + new_size * sizeof(uint32_t));
    ix->size = new_size;
    dyn_pool_t *pool = POOL;
    if (pool) {
        for (size_t i = 0; i < pool->count; i++) {
            index_insert(ix, (name_t)(NAME__ROM_COUNT + i), pool->entries[i].hash);
        }
    }
    rt_state.names_index = ix;
}

void names_init(void) {
    memset(rom_index, 0, sizeof(rom_index));
    for (name_t i = 0; i < NAME__ROM_COUNT; i++) {
        rom_len[i] = (uint16_t)strlen(rom_text[i]);
        rom_hash[i] = misc_hash_bytes(rom_text[i], rom_len[i]);
        if (i > 0) {
            size_t h = rom_hash[i] % ROM_INDEX_SIZE;
            while (rom_index[h] != 0) {
                h = (h + 1) % ROM_INDEX_SIZE;
            }
            rom_index[h] = (uint16_t)i;
        }
    }
    rt_state.names_pool = OBJ_NULL;
    index_grow(64);
}

const char *names_str(name_t n) {
    if (n < NAME__ROM_COUNT) {
        return rom_text[n];
    }
    return POOL->entries[n - NAME__ROM_COUNT].text;
}

size_t names_len(name_t n) {
    if (n < NAME__ROM_COUNT) {
        return rom_len[n];
    }
    return POOL->entries[n - NAME__ROM_COUNT].len;
}

size_t names_hash(name_t n) {
    if (n < NAME__ROM_COUNT) {
        return rom_hash[n];
    }
    return POOL->entries[n - NAME__ROM_COUNT].hash;
}

static name_t find_hashed(const char *s, size_t len, size_t hash) {
    size_t r = hash % ROM_INDEX_SIZE;
    for (;;) {
        name_t id = rom_index[r];
        if (id == 0) {
            break;
        }
        if (rom_hash[id] == hash && rom_len[id] == len && memcmp(rom_text[id], s, len) == 0) {
            return id;
        }
        r = (r + 1) % ROM_INDEX_SIZE;
    }
    name_index_t *ix = INDEX;
    size_t mask = ix->size - 1;
    size_t h = hash & mask;
    for (;;) {
        name_t id = ix->slots[h];
        if (id == 0) {
            return NAME_NULL;
        }
        if (names_hash(id) == hash && names_len(id) == len && memcmp(names_str(id), s, len) == 0) {
            return id;
        }
        h = (h + 1) & mask;
    }
}

name_t names_find(const char *s, size_t len) {
    if (len == 0) {
        return N_empty;
    }
    return find_hashed(s, len, misc_hash_bytes(s, len));
}

name_t names_intern(const char *s, size_t len) {
    if (len == 0) {
        return N_empty;
    }
    size_t hash = misc_hash_bytes(s, len);
    name_t id = find_hashed(s, len, hash);
    if (id != NAME_NULL) {
        return id;
    }
    // copy the text first (may collect; s may live in the heap, that's fine)
    char *text = gc_alloc_noscan(len + 1);
    memcpy(text, s, len);
    dyn_pool_t *pool = POOL;
    if (pool == NULL || pool->count == pool->alloc) {
        size_t na = pool ? pool->alloc * 2 : 64;
        dyn_pool_t *np = gc_alloc(sizeof(dyn_pool_t) + na * sizeof(dyn_name_t));
        np->alloc = na;
        if (pool) {
            np->count = pool->count;
            memcpy(np->entries, pool->entries, pool->count * sizeof(dyn_name_t));
        }
        rt_state.names_pool = np;
        pool = np;
    }
    dyn_name_t *e = &pool->entries[pool->count];
    e->text = text;
    e->len = len;
    e->hash = hash;
    id = (name_t)(NAME__ROM_COUNT + pool->count);
    pool->count++;
    if ((INDEX->count + 1) * 2 > INDEX->size) {
        index_grow(INDEX->size * 2);
    } else {
        index_insert(INDEX, id, hash);
    }
    return id;
}

name_t names_intern_cstr(const char *s) {
    return names_intern(s, strlen(s));
}
