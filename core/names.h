// core/names.h — interned strings ("names"): identifiers, attribute names and
// short string constants, each a small integer id. The ROM names are defined
// once, in core/names.def (an X-macro list); names made at run time live in
// heap pools reachable from the state struct and are never freed. Two equal
// strings interned give the same id, so names compare by identity.
#ifndef KILN_NAMES_H
#define KILN_NAMES_H

#include "core/obj.h"

// N(id) interns the text of `id`; NS(id, "text") for texts that are not C identifiers.
enum {
    NAME_NULL = 0,
#define N(id) N_##id,
#define NS(id, text) N_##id,
#include "core/names.def"
#undef N
#undef NS
    NAME__ROM_COUNT
};

void names_init(void);
// Intern s[0..n) (adds it if new).
name_t names_intern(const char *s, size_t n);
name_t names_intern_cstr(const char *s);
// The id of s[0..n) if already interned, else NAME_NULL (never adds).
name_t names_find(const char *s, size_t n);
const char *names_str(name_t n);           // NUL-terminated
size_t names_len(name_t n);
size_t names_hash(name_t n);
static inline obj_t names_obj(name_t n) { return obj_new_name(n); }

#endif
