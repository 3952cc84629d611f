// core/builtins.h — the builtins module and the core's built-in modules.
// builtins_init() (called by rt_init) registers sys, gc, micropython, time
// (and their u-aliases) with rt_register_module().
#ifndef KILN_BUILTINS_H
#define KILN_BUILTINS_H

#include "core/runtime.h"

extern const module_t builtins_module;   // the `builtins` module (ROM globals)
void builtins_init(void);

#endif
