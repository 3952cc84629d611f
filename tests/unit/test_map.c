// tests/unit/test_map.c — core/map.c through the map API and the dict API:
// insert/lookup/delete/reinsert, insertion order kept across deletions and
// rebuilds, growth far past the index threshold, popitem order, copies, and
// key equality across representations (small int / True / float 1.0, a
// heap str against the interned name with the same text, tuples).
#include <string.h>
#include "tests/unit/unit.h"
#include "core/types.h"
#include "core/map.h"
#include "core/names.h"

#define SI(v) obj_new_small_int(v)

// Are the map's live keys exactly keys[0..n) in this order?
static bool order_is(map_t *m, const obj_t *keys, size_t n) {
    size_t pos = 0, i = 0;
    map_elem_t *e;
    while ((e = map_next(m, &pos)) != NULL) {
        if (i >= n || !rt_equal(e->key, keys[i])) {
            return false;
        }
        i++;
    }
    return i == n && m->filled == n;
}

// A heap str (never interned) with the given text.
static obj_t heap_str(const char *s) {
    obj_t o = str_new(s, strlen(s));
    return o;
}

int main(void) {
    UNIT_START(8 << 20);

    // ---- map API: insert, lookup, delete, reinsert
    map_t *m = map_new(0);
    CHECK(map_lookup(m, SI(1)) == NULL);
    map_store(m, SI(1), SI(10));
    map_store(m, SI(2), SI(20));
    map_store(m, SI(3), SI(30));
    CHECK(m->filled == 3);
    CHECK(map_get(m, SI(2)) == SI(20));
    map_store(m, SI(2), SI(21));             // overwrite keeps position
    CHECK(m->filled == 3);
    CHECK(map_get(m, SI(2)) == SI(21));
    obj_t k123[] = {SI(1), SI(2), SI(3)};
    CHECK(order_is(m, k123, 3));
    CHECK(map_remove(m, SI(2)) == SI(21));
    CHECK(map_remove(m, SI(2)) == OBJ_NULL);
    CHECK(map_lookup(m, SI(2)) == NULL);
    obj_t k13[] = {SI(1), SI(3)};
    CHECK(order_is(m, k13, 2));
    map_store(m, SI(2), SI(22));             // reinsert goes to the end
    obj_t k132[] = {SI(1), SI(3), SI(2)};
    CHECK(order_is(m, k132, 3));
    CHECK(map_get(m, SI(2)) == SI(22));
    // lookup_add gives an empty slot for a new key
    obj_t *slot = map_lookup_add(m, SI(9));
    CHECK(slot != NULL && *slot == OBJ_NULL);
    *slot = SI(90);
    CHECK(map_get(m, SI(9)) == SI(90));
    // pop_last is LIFO
    map_elem_t *e = map_pop_last(m);
    CHECK(e != NULL && e->key == SI(9) && e->value == SI(90));
    CHECK(map_lookup(m, SI(9)) == NULL);
    CHECK(m->filled == 3);
    // copy and clear
    map_t *c = map_new(0);
    map_copy(c, m);
    CHECK(order_is(c, k132, 3));
    map_clear(m);
    CHECK(m->filled == 0 && map_lookup(m, SI(1)) == NULL);
    CHECK(order_is(c, k132, 3));
    CHECK(map_get(c, SI(3)) == SI(30));

    // ---- growth past the index threshold
    const intptr_t N = 5000;
    map_t *big = map_new(0);
    for (intptr_t i = 0; i < N; i++) {
        map_store(big, SI(i * 7), SI(i));
    }
    CHECK(big->filled == (size_t)N);
    CHECK(big->index != NULL);
    bool all = true;
    for (intptr_t i = 0; i < N; i++) {
        all = all && map_get(big, SI(i * 7)) == SI(i);
    }
    CHECK(all);
    CHECK(map_lookup(big, SI(3)) == NULL);
    CHECK(map_lookup(big, SI(-7)) == NULL);
    // delete the even ones, check the odd ones remain in order
    for (intptr_t i = 0; i < N; i += 2) {
        CHECK(map_remove(big, SI(i * 7)) == SI(i));
    }
    CHECK(big->filled == (size_t)N / 2);
    size_t pos = 0;
    intptr_t expect = 1;
    bool ordered = true;
    while ((e = map_next(big, &pos)) != NULL) {
        ordered = ordered && e->key == SI(expect * 7);
        expect += 2;
    }
    CHECK(ordered && expect == N + 1);
    // reinsert the even ones: they follow the odd ones
    for (intptr_t i = 0; i < N; i += 2) {
        map_store(big, SI(i * 7), SI(-i));
    }
    pos = 0;
    intptr_t n = 0;
    ordered = true;
    while ((e = map_next(big, &pos)) != NULL) {
        intptr_t want = n < N / 2 ? 2 * n + 1 : 2 * (n - N / 2);
        ordered = ordered && e->key == SI(want * 7);
        n++;
    }
    CHECK(ordered && n == N);
    all = true;
    for (intptr_t i = 0; i < N; i++) {
        all = all && map_get(big, SI(i * 7)) == SI(i % 2 ? i : -i);
    }
    CHECK(all);
    // pop everything from the end
    for (intptr_t i = N - 2; i >= 0; i -= 2) {
        e = map_pop_last(big);
        CHECK(e != NULL && e->key == SI(i * 7));
    }
    CHECK(big->filled == (size_t)N / 2);
    CHECK(map_get(big, SI(7)) == SI(1));

    // ---- equal keys of different representations
    obj_t d = dict_new(0);
    dict_store(d, SI(1), SI(100));
    CHECK(dict_get(d, OBJ_TRUE) == SI(100));
    CHECK(dict_get(d, float_new(1.0)) == SI(100));
    dict_store(d, float_new(1.0), SI(101));      // same key: value replaced
    CHECK(map_get(dict_map(d), SI(1)) == SI(101));
    CHECK(dict_map(d)->filled == 1);

    // heap str vs interned name: a small all-names map
    obj_t name = OBJ_NAME(names_intern("hello_map", 9));
    obj_t hs = heap_str("hello_map");
    CHECK(obj_is_ptr(hs));
    map_t *nm = map_new(0);
    map_store(nm, name, SI(5));
    CHECK(map_get(nm, hs) == SI(5));
    map_store(nm, hs, SI(6));
    CHECK(nm->filled == 1 && map_get(nm, name) == SI(6));
    // ... and a big mixed map (indexed)
    obj_t d2 = dict_new(0);
    for (intptr_t i = 0; i < 100; i++) {
        dict_store(d2, SI(i), SI(i));
    }
    dict_store(d2, hs, SI(7));
    CHECK(dict_get(d2, name) == SI(7));
    dict_store(d2, name, SI(8));
    CHECK(dict_map(d2)->filled == 101 && dict_get(d2, hs) == SI(8));
    CHECK(map_remove(dict_map(d2), name) == SI(8));
    CHECK(dict_get(d2, hs) == OBJ_NULL);
    // a heap str key first, then the name
    obj_t hs2 = heap_str("another_key");
    obj_t d3 = dict_new(0);
    dict_store(d3, hs2, SI(1));
    CHECK(dict_get(d3, OBJ_NAME(names_intern("another_key", 11))) == SI(1));

    // tuples as keys
    obj_t t1[] = {SI(1), SI(2)};
    obj_t d4 = dict_new(0);
    for (intptr_t i = 0; i < 50; i++) {
        obj_t t[] = {SI(i), SI(i + 1)};
        dict_store(d4, tuple_new(2, t), SI(i));
    }
    CHECK(dict_get(d4, tuple_new(2, t1)) == SI(1));

    // many str keys, looked up by fresh heap copies
    obj_t d5 = dict_new(0);
    char buf[32];
    for (int i = 0; i < 2000; i++) {
        snprintf(buf, sizeof buf, "key_number_%d", i);
        dict_store(d5, heap_str(buf), SI(i));
    }
    all = true;
    for (int i = 0; i < 2000; i++) {
        snprintf(buf, sizeof buf, "key_number_%d", i);
        all = all && dict_get(d5, heap_str(buf)) == SI(i);
    }
    CHECK(all);
    CHECK(dict_map(d5)->filled == 2000);

    // unhashable key raises TypeError
    nlr_buf_t nlr;
    bool raised = false;
    if (nlr_push(&nlr) == 0) {
        dict_store(d, list_new(0, NULL), SI(1));
        nlr_pop();
    } else {
        raised = exc_matches(nlr.ret_val, OBJ_FROM_PTR(&type_TypeError));
    }
    CHECK(raised);

    // dict_update keeps order, overwrites in place
    obj_t a = dict_new(0), b = dict_new(0);
    dict_store(a, SI(1), SI(1));
    dict_store(a, SI(2), SI(2));
    dict_store(b, SI(3), SI(3));
    dict_store(b, SI(1), SI(9));
    dict_update(a, b, false);
    CHECK(order_is(dict_map(a), k123, 3));
    CHECK(dict_get(a, SI(1)) == SI(9));

    UNIT_END();
}
