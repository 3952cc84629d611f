// core/complex.h — the complex type (complex.c) for the float code, the
// lexer (imaginary literals) and the cmath module.
#ifndef KILN_COMPLEX_H
#define KILN_COMPLEX_H

#include "core/obj.h"

typedef struct {
    obj_base_t base;   // &type_complex
    double real, imag;
} complex_t;

obj_t complex_new(double real, double imag);
// The value of any number (complex, float, int, bool, or an object with
// __complex__/__float__/__index__) as two doubles; false if o is not a number.
bool complex_get_maybe(obj_t o, double *real, double *imag);
// As complex_get_maybe, TypeError ("must be real number, not str" style) otherwise.
void complex_get(obj_t o, double *real, double *imag);
// a ** b for complex values (ZeroDivisionError for 0 to a negative/complex power).
obj_t complex_pow(double ar, double ai, double br, double bi);

#endif
