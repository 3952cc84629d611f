// tests/unit/test_names.c — name interning: ROM names are found by text,
// interning is idempotent, ids are unique, dynamic names survive collections
// and index growth, hashes agree with the str hash.
#include <stdio.h>
#include <string.h>
#include "tests/unit/unit.h"
#include "core/names.h"
#include "core/types.h"

int main(void) {
    UNIT_START(1 << 20);
    CHECK(names_find("__init__", 8) == N___init__);
    CHECK(names_intern_cstr("__init__") == N___init__);
    CHECK(strcmp(names_str(N___init__), "__init__") == 0);
    CHECK(names_len(N_lt_module) == 8 && strcmp(names_str(N_lt_module), "<module>") == 0);
    CHECK(names_intern("", 0) == N_empty);
    CHECK(names_find("no_such_name_yet", 16) == NAME_NULL);

    name_t a = names_intern_cstr("no_such_name_yet");
    CHECK(a != NAME_NULL && a >= NAME__ROM_COUNT);
    CHECK(names_intern_cstr("no_such_name_yet") == a);
    CHECK(names_find("no_such_name_yet", 16) == a);
    CHECK(names_hash(a) == misc_hash_bytes("no_such_name_yet", 16));

    // many names: unique, retrievable after collections and index growth
    enum { N = 5000 };
    static name_t ids[N];
    char buf[32];
    for (int i = 0; i < N; i++) {
        snprintf(buf, sizeof(buf), "name_%d_x", i);
        ids[i] = names_intern_cstr(buf);
        if (i % 1000 == 0) {
            gc_collect();
        }
    }
    gc_collect();
    int ok = 1, unique = 1;
    for (int i = 0; i < N; i++) {
        snprintf(buf, sizeof(buf), "name_%d_x", i);
        ok &= strcmp(names_str(ids[i]), buf) == 0;
        ok &= names_intern_cstr(buf) == ids[i];
        if (i > 0) {
            unique &= ids[i] != ids[i - 1];
        }
    }
    CHECK(ok);
    CHECK(unique);
    CHECK(ids[N - 1] == ids[0] + N - 1);
    // a heap str and the name with the same text are equal and hash alike
    obj_t s = str_new("name_42_x", 9);
    CHECK(rt_equal(s, OBJ_NAME(ids[42])));
    CHECK(rt_hash(s) == rt_hash(OBJ_NAME(ids[42])));
    UNIT_END();
}
