// core/complex.c — the complex type: a pair of doubles. Construction
// (numbers, strings, __complex__), CPython's repr ("1j", "(1-2j)", "(-0-1j)"),
// arithmetic with ints, floats and bools on either side (reflected slots),
// division by Smith's method, powers (repeated squaring for small integral
// exponents, polar form otherwise), equality, hash, abs, .real/.imag/
// .conjugate().
// Invariant: a complex_t is immutable once made.
#include <math.h>
#include <string.h>
#include "core/runtime.h"
#include "core/types.h"
#include "core/gc.h"
#include "core/float.h"
#include "core/complex.h"

obj_t complex_new(double real, double imag) {
    complex_t *c = gc_alloc_noscan(sizeof(complex_t));
    c->base.type = &type_complex;
    c->real = real;
    c->imag = imag;
    return OBJ_FROM_PTR(c);
}

static bool is_real_number(obj_t o) {
    if (obj_is_small_int(o) || o == OBJ_TRUE || o == OBJ_FALSE) {
        return true;
    }
    const type_t *t = obj_type(o);
    return t == &type_int || t == &type_float || t == &type_bool;
}

bool complex_get_maybe(obj_t o, double *real, double *imag) {
    if (obj_is_type_exact(o, &type_complex)) {
        complex_t *c = OBJ_TO_PTR(o);
        *real = c->real;
        *imag = c->imag;
        return true;
    }
    if (is_real_number(o)) {
        *real = rt_get_float(o);
        *imag = 0.0;
        return true;
    }
    if (obj_is_ptr(o) && (obj_type(o)->flags & TYPE_FLAG_USER)) {
        obj_t m[2];
        if (rt_load_method_maybe(o, N___complex__, m)) {
            obj_t r = rt_call_method(m[0], m[1], 0, 0, NULL);
            if (!obj_is_type_exact(r, &type_complex)) {
                rt_raise_fmt(&type_TypeError, "__complex__ returned non-complex (type %s)", rt_type_name(r));
            }
            return complex_get_maybe(r, real, imag);
        }
        if (rt_load_method_maybe(o, N___float__, m) || rt_load_method_maybe(o, N___index__, m)) {
            *real = rt_get_float(rt_call_method(m[0], m[1], 0, 0, NULL));
            *imag = 0.0;
            return true;
        }
        if (obj_is_instance(o, &type_float) || obj_is_instance(o, &type_int)) {
            *real = rt_get_float(o);
            *imag = 0.0;
            return true;
        }
    }
    return false;
}

void complex_get(obj_t o, double *real, double *imag) {
    if (!complex_get_maybe(o, real, imag)) {
        rt_raise_fmt(&type_TypeError, "must be real number, not %s", rt_type_name(o));
    }
}

// ---------------------------------------------------------------- text
// A part as CPython's repr shows it: shortest round-trip, no ".0" suffix.
static void print_part(const printer_t *p, double v, bool sign) {
    char buf[40];
    size_t n = float_repr(v, buf, sizeof buf);
    if (n >= 2 && buf[n - 2] == '.' && buf[n - 1] == '0') {
        n -= 2;
    }
    if (sign && buf[0] != '-') {
        print_strn(p, "+", 1);
    }
    print_strn(p, buf, n);
}

static void complex_print(const printer_t *p, obj_t self, print_kind_t kind) {
    complex_t *c = OBJ_TO_PTR(self);
    if (c->real == 0.0 && !signbit(c->real)) {
        print_part(p, c->imag, false);
        print_strn(p, "j", 1);
        return;
    }
    print_strn(p, "(", 1);
    print_part(p, c->real, false);
    print_part(p, c->imag, true);
    print_strn(p, "j)", 2);
}

static bool parse_part(const char *s, size_t len, double *out) {
    if (len == 0) {
        return false;
    }
    // float_parse accepts surrounding whitespace; inner parts must have none
    if (s[0] == ' ' || s[len - 1] == ' ' || s[0] == '\t' || s[len - 1] == '\t') {
        return false;
    }
    return float_parse(s, len, out);
}

// complex('1+2j'), complex('(-j)'), complex(' 3.5 ')...
static obj_t complex_parse(const char *s, size_t len) {
    while (len && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f' || *s == '\v')) {
        s++;
        len--;
    }
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\n' || s[len - 1] == '\r' ||
                   s[len - 1] == '\f' || s[len - 1] == '\v')) {
        len--;
    }
    if (len >= 2 && s[0] == '(' && s[len - 1] == ')') {
        s++;
        len -= 2;
        while (len && (*s == ' ' || *s == '\t')) {
            s++;
            len--;
        }
        while (len && (s[len - 1] == ' ' || s[len - 1] == '\t')) {
            len--;
        }
    }
    double re = 0.0, im = 0.0;
    if (len == 0) {
        goto bad;
    }
    if (s[len - 1] == 'j' || s[len - 1] == 'J') {
        len--;
        // split at the last sign that does not belong to an exponent
        size_t split = 0;
        for (size_t i = len; i-- > 1;) {
            if ((s[i] == '+' || s[i] == '-') && s[i - 1] != 'e' && s[i - 1] != 'E') {
                split = i;
                break;
            }
        }
        const char *is = s + split;
        size_t il = len - split;
        if (split > 0 && !parse_part(s, split, &re)) {
            goto bad;
        }
        if (il == 0 || (il == 1 && (is[0] == '+' || is[0] == '-'))) {
            im = (il == 1 && is[0] == '-') ? -1.0 : 1.0;
        } else if (!parse_part(is, il, &im)) {
            goto bad;
        }
        return complex_new(re, im);
    }
    if (parse_part(s, len, &re)) {
        return complex_new(re, 0.0);
    }
bad:
    rt_raise_ValueError("complex() arg is a malformed string");
}

// ---------------------------------------------------------------- construction
static obj_t complex_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {{N_real, 0, OBJ_NULL}, {N_imag, 0, OBJ_NULL}};
    obj_t v[2];
    rt_parse_args(n_args, n_kw, args, 2, spec, v);
    if (v[0] == OBJ_NULL && v[1] == OBJ_NULL) {
        return complex_new(0.0, 0.0);
    }
    if (v[0] != OBJ_NULL && rt_is_str(v[0])) {
        if (v[1] != OBJ_NULL) {
            rt_raise_TypeError("complex() can't take second arg if first is a string");
        }
        size_t len;
        const char *s = rt_str_data(v[0], &len);
        return complex_parse(s, len);
    }
    double ar = 0.0, ai = 0.0, br = 0.0, bi = 0.0;
    if (v[0] != OBJ_NULL && !complex_get_maybe(v[0], &ar, &ai)) {
        rt_raise_fmt(&type_TypeError, "complex() first argument must be a string or a number, not '%s'",
                     rt_type_name(v[0]));
    }
    if (v[1] != OBJ_NULL) {
        if (rt_is_str(v[1])) {
            rt_raise_TypeError("complex() second arg can't be a string");
        }
        if (!complex_get_maybe(v[1], &br, &bi)) {
            rt_raise_fmt(&type_TypeError, "complex() second argument must be a number, not '%s'",
                         rt_type_name(v[1]));
        }
    }
    if (v[1] == OBJ_NULL && obj_is_type_exact(v[0], &type_complex)) {
        return v[0];
    }
    // a + b*1j; parts of a non-complex argument are not added in (keeps -0.0)
    double re = ar, im = br;
    if (v[1] != OBJ_NULL && !is_real_number(v[1])) {
        re -= bi;
    }
    if (v[0] != OBJ_NULL && !is_real_number(v[0])) {
        im = v[1] != OBJ_NULL ? im + ai : ai;
    }
    return complex_new(re, im);
}

// ---------------------------------------------------------------- arithmetic
static obj_t complex_div(double ar, double ai, double br, double bi) {
    double abr = fabs(br), abi = fabs(bi);
    double rr, ri;
    if (abr >= abi) {
        if (abr == 0.0) {
            rt_raise_msg(&type_ZeroDivisionError, "complex division by zero");
        }
        double ratio = bi / br;
        double denom = br + bi * ratio;
        rr = (ar + ai * ratio) / denom;
        ri = (ai - ar * ratio) / denom;
    } else if (abi >= abr) {
        double ratio = br / bi;
        double denom = br * ratio + bi;
        rr = (ar * ratio + ai) / denom;
        ri = (ai * ratio - ar) / denom;
    } else {
        rr = ri = NAN;   // a NaN in b
    }
    return complex_new(rr, ri);
}

obj_t complex_pow(double ar, double ai, double br, double bi) {
    if (br == 0.0 && bi == 0.0) {
        return complex_new(1.0, 0.0);
    }
    if (ar == 0.0 && ai == 0.0) {
        if (bi != 0.0 || br < 0.0) {
            rt_raise_msg(&type_ZeroDivisionError, "0.0 to a negative or complex power");
        }
        return complex_new(0.0, 0.0);
    }
    if (bi == 0.0 && br == floor(br) && fabs(br) <= 100.0) {
        // integral exponent: binary powering (then a reciprocal if negative)
        long n = (long)fabs(br);
        double xr = ar, xi = ai, rr = 1.0, ri = 0.0;
        while (n > 0) {
            if (n & 1) {
                double t = rr * xr - ri * xi;
                ri = rr * xi + ri * xr;
                rr = t;
            }
            double t = xr * xr - xi * xi;
            xi = 2.0 * xr * xi;
            xr = t;
            n >>= 1;
        }
        if (br < 0.0) {
            return complex_div(1.0, 0.0, rr, ri);
        }
        return complex_new(rr, ri);
    }
    double vabs = hypot(ar, ai);
    double len = pow(vabs, br);
    double at = atan2(ai, ar);
    double phase = at * br;
    if (bi != 0.0) {
        len /= exp(at * bi);
        phase += bi * log(vabs);
    }
    return complex_new(len * cos(phase), len * sin(phase));
}

static obj_t complex_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    double ar, ai, br, bi;
    complex_t *c = OBJ_TO_PTR(lhs);
    ar = c->real;
    ai = c->imag;
    if (op >= BINARY_OP_INPLACE_OR && op <= BINARY_OP_INPLACE_POWER) {
        op = BINARY_OP_INPLACE_TO_PLAIN(op);
    }
    if (!complex_get_maybe(rhs, &br, &bi)) {
        return OBJ_NULL;
    }
    if (op >= BINARY_OP_REVERSE_OR && op <= BINARY_OP_REVERSE_POWER) {
        // reflected: rhs op self
        op = op - BINARY_OP_REVERSE_OR + BINARY_OP_OR;
        double tr = ar, ti = ai;
        ar = br;
        ai = bi;
        br = tr;
        bi = ti;
    }
    switch (op) {
        case BINARY_OP_ADD: return complex_new(ar + br, ai + bi);
        case BINARY_OP_SUBTRACT: return complex_new(ar - br, ai - bi);
        case BINARY_OP_MULTIPLY: return complex_new(ar * br - ai * bi, ar * bi + ai * br);
        case BINARY_OP_TRUE_DIVIDE: return complex_div(ar, ai, br, bi);
        case BINARY_OP_POWER: return complex_pow(ar, ai, br, bi);
        case BINARY_OP_EQUAL: return obj_bool(ar == br && ai == bi);
        case BINARY_OP_NOT_EQUAL: return obj_bool(ar != br || ai != bi);
        default: return OBJ_NULL;
    }
}

static obj_t complex_unary_op(unary_op_t op, obj_t self) {
    complex_t *c = OBJ_TO_PTR(self);
    switch (op) {
        case UNARY_OP_BOOL: return obj_bool(c->real != 0.0 || c->imag != 0.0);
        case UNARY_OP_POSITIVE: return self;
        case UNARY_OP_NEGATIVE: return complex_new(-c->real, -c->imag);
        case UNARY_OP_ABS: {
            double r = hypot(c->real, c->imag);
            if (isinf(r) && isfinite(c->real) && isfinite(c->imag)) {
                rt_raise_OverflowError("absolute value too large");
            }
            return float_new(r);
        }
        case UNARY_OP_HASH: {
            uintptr_t h = (uintptr_t)float_hash(c->real) + (uintptr_t)1000003 * (uintptr_t)float_hash(c->imag);
            intptr_t v = (intptr_t)h;
            if (v == -1) {
                v = -2;
            }
            return int_from_ll((long long)v);
        }
        default: return OBJ_NULL;
    }
}

static void complex_attr(obj_t self, name_t attr, obj_t *dest) {
    if (dest[0] != OBJ_NULL) {
        return;
    }
    complex_t *c = OBJ_TO_PTR(self);
    if (attr == N_real) {
        dest[0] = float_new(c->real);
    } else if (attr == N_imag) {
        dest[0] = float_new(c->imag);
    }
}

static obj_t complex_conjugate(obj_t self) {
    complex_t *c = OBJ_TO_PTR(self);
    return complex_new(c->real, -c->imag);
}
static FUN_OBJ_1(complex_conjugate_obj, complex_conjugate);

static const map_elem_t complex_locals_table[] = {
    MAP_ENTRY(N_conjugate, &complex_conjugate_obj),
};
static MAP_ROM(complex_locals, complex_locals_table);

const type_t type_complex = {
    {&type_type},
    .name = N_complex,
    .flags = TYPE_FLAG_BASETYPE,
    .make_new = complex_make_new,
    .print = complex_print,
    .unary_op = complex_unary_op,
    .binary_op = complex_binary_op,
    .attr = complex_attr,
    .locals = &complex_locals,
};
