// core/int.h — int helpers beyond types.h (pow with modulus for the
// builtin pow(), bool/int type internals).
#ifndef KILN_INT_H
#define KILN_INT_H

#include "core/obj.h"

// pow(b, e, m) for ints: e >= 0 (negative e: ValueError as MicroPython),
// m != 0 (ValueError "pow() 3rd argument cannot be 0"). Result has m's sign
// (Python semantics). TypeError if an argument is not an int.
obj_t int_pow3(obj_t b, obj_t e, obj_t m);

// Compare an int/bool exactly with a double that is not nan: -1, 0, 1.
int int_cmp_double(obj_t i, double d);

// round(i, ndigits) for an int: i itself when ndigits >= 0 (or None),
// else rounded to a multiple of 10**-ndigits, half to even.
obj_t int_round(obj_t i, obj_t ndigits);

// The value of an int/bool as an int object (bool -> small int).
obj_t int_from_bool_or_int(obj_t o);

#endif
