// core/float.h — float helpers beyond types.h, for builtins (round) and the
// format-spec engine (strfmt.c).
#ifndef KILN_FLOAT_H
#define KILN_FLOAT_H

#include "core/obj.h"

// round(v, ndigits): ndigits == OBJ_NULL or None -> int (round half to even,
// OverflowError on inf, ValueError on nan); otherwise a float rounded to
// ndigits decimal places (correctly rounded, half to even, as CPython).
obj_t float_round(double v, obj_t ndigits);

// Format v for the format-spec mini-language. fmt is one of 'e' 'E' 'f' 'F'
// 'g' 'G' '%' or 0 (no type: like str() when prec < 0, else like 'g' but a
// fixed-point result always keeps at least one digit after the point).
// prec < 0 means "not given" (6 for e/f/g/%). alt is the '#' flag.
// The output has a leading '-' for negative values (and -0.0) but never '+'
// or ' ': the caller adds sign flags, width, fill and grouping.
// inf/nan print as "inf"/"nan" ("INF"/"NAN" for E F G). Returns the length
// (NUL-terminated in buf; size >= 32, more for large 'f' values: up to
// 320 + prec bytes).
size_t float_format(double v, char fmt, int prec, bool alt, char *buf, size_t size);

// Parse a float from text as float(str) does (whitespace, sign, underscores
// between digits, inf/nan/infinity); false if the text is not a float.
bool float_parse(const char *s, size_t len, double *out);

#endif
