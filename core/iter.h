// core/iter.h — the builtin iterator types of iter.c: enumerate, zip, map,
// filter, reversed. Each is a type whose make_new is the builtin's call
// (builtins.c puts &type_xxx in the builtins module under its name).
#ifndef KILN_ITER_H
#define KILN_ITER_H

#include "core/obj.h"

extern const type_t type_enumerate;
extern const type_t type_zip;
extern const type_t type_map;
extern const type_t type_filter;
extern const type_t type_reversed;

#endif
