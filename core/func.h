// core/func.h — layouts of function-like objects (see func.c).
#ifndef KILN_FUNC_H
#define KILN_FUNC_H

#include "core/obj.h"
#include "core/code.h"

typedef struct {
    obj_base_t base;        // &type_function
    const code_t *code;
    map_t *globals;         // the module's globals (embedded in a dict_t)
    obj_t defaults;         // tuple or OBJ_NULL
    obj_t kwdefaults;       // dict or OBJ_NULL
    obj_t closure;          // tuple of cells or OBJ_NULL
} func_t;

typedef struct {
    obj_base_t base;        // &type_bound_method
    obj_t self;
    obj_t fun;
} bound_method_t;

typedef struct {
    obj_base_t base;        // &type_property
    obj_t fget, fset, fdel;
} property_t;

#endif
