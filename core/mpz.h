// core/mpz.h — arbitrary-precision integers ("bigints") for int.c.
//
// A bigint is an immutable heap object of type int: sign + magnitude in
// base-2^32 digits, least significant first, no leading zero digit. Every
// function here takes int objects that are small ints or bigints (never
// bools: int.c converts them) and returns a normalised int: a small int
// whenever the value fits one, so a bigint is never zero and never small.
#ifndef KILN_MPZ_H
#define KILN_MPZ_H

#include "core/obj.h"
#include "core/misc.h"

typedef uint32_t mpz_dig_t;
typedef uint64_t mpz_ddig_t;
#define MPZ_DIG_BITS 32

typedef struct {
    obj_base_t base;   // &type_int
    size_t len;        // digits in use (>= 1), dig[len - 1] != 0
    bool neg;
    mpz_dig_t dig[];
} mpz_obj_t;

static inline bool mpz_is_big(obj_t o) {
    extern const type_t type_int;
    return obj_is_ptr(o) && ((obj_base_t *)o)->type == &type_int;
}

obj_t mpz_from_ll(long long v);
obj_t mpz_from_ull(unsigned long long v);
obj_t mpz_from_double(double d);            // d finite; truncates toward zero
bool mpz_to_ll(obj_t a, long long *out);    // false if it does not fit
// Nearest double (round half to even); false if it overflows a double.
bool mpz_to_double(obj_t a, double *out);
int mpz_sign(obj_t a);
int mpz_cmp(obj_t a, obj_t b);
// Compare exactly with a finite double: -1, 0, 1.
int mpz_cmp_double(obj_t a, double d);

obj_t mpz_neg(obj_t a);
obj_t mpz_abs(obj_t a);
obj_t mpz_add(obj_t a, obj_t b);
obj_t mpz_sub(obj_t a, obj_t b);
obj_t mpz_mul(obj_t a, obj_t b);
// Floor division and modulo (Python semantics); b != 0. q or r may be NULL.
void mpz_divmod(obj_t a, obj_t b, obj_t *q, obj_t *r);
obj_t mpz_pow(obj_t a, size_t e);
obj_t mpz_powmod(obj_t a, obj_t e, obj_t m);   // e >= 0, m != 0
obj_t mpz_lshift(obj_t a, size_t n);
obj_t mpz_rshift(obj_t a, size_t n);          // floor (arithmetic) shift
// Bitwise ops with two's-complement semantics; op is '&', '|' or '^'.
obj_t mpz_bitop(int op, obj_t a, obj_t b);
size_t mpz_bit_length(obj_t a);               // of |a|
// a / b correctly rounded to a double (b != 0); false on overflow.
bool mpz_true_divide(obj_t a, obj_t b, double *out);

// Digits of |a| in base 2..36 appended to out (no sign, no prefix).
void mpz_format(obj_t a, int base, bool upper, vstr_t *out);
// Value of digit characters s[0..n) (already validated: each is a digit of
// `base`, no underscores or signs).
obj_t mpz_parse(const char *s, size_t n, int base, bool neg);

// The Python hash of an int (modulo 2^61 - 1 on 64-bit hosts), as a signed
// value stored in a size_t (never -1).
size_t mpz_hash(obj_t a);

// Two's-complement bytes (little-endian in buf[0..n)); false if a does not
// fit (negative values need is_signed).
bool mpz_to_bytes(obj_t a, uint8_t *buf, size_t n, bool is_signed);
obj_t mpz_from_bytes(const uint8_t *buf, size_t n, bool big_endian, bool is_signed);

#endif
