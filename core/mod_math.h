// core/mod_math.h — the `math` module.
#ifndef KILN_MOD_MATH_H
#define KILN_MOD_MATH_H

// Registers `math` with rt_register_module(); called from builtins_init().
void mod_math_init(void);

#endif
