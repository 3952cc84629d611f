// core/exc.h — the exception object layout (see exc.c).
#ifndef KILN_EXC_H
#define KILN_EXC_H

#include "core/obj.h"
#include "core/map.h"

typedef struct {
    obj_base_t base;
    map_t *members;     // attributes set on the instance (NULL until the first)
    obj_t args;         // tuple
    obj_t traceback;    // traceback block or OBJ_NULL
    obj_t cause;        // __cause__ or OBJ_NULL
    obj_t context;      // __context__ or OBJ_NULL
    bool suppress_context;   // __suppress_context__ (set by `raise ... from`)
} exc_t;

// Record that exc was raised while `handled` was being handled
// (__context__), unless exc already has a context; breaks cycles.
void exc_set_context(obj_t exc, obj_t handled);
// `raise exc from cause`: sets __cause__ and __suppress_context__.
obj_t exc_set_cause(obj_t exc, obj_t cause);

// "ENOENT" for 2, ...; NULL if unknown.
const char *exc_errno_name(int errnum);

#endif
