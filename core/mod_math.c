// core/mod_math.c — the `math` module (MicroPython's set plus isqrt, lcm).
// Arguments go through rt_get_float (int, float, bool, __float__); errors
// follow CPython: ValueError "math domain error" for arguments outside a
// function's domain, OverflowError "math range error" when a finite
// argument gives an infinite result. ceil/floor/trunc return ints.
#include <math.h>
#include "core/mod_math.h"
#include "core/int.h"
#include "core/mpz.h"
#include "core/types.h"
#include "core/runtime.h"

NORETURN static void domain_error(void) {
    rt_raise_ValueError("math domain error");
}

NORETURN static void range_error(void) {
    rt_raise_OverflowError("math range error");
}

static bool is_int_obj(obj_t o) {
    return obj_is_small_int(o) || mpz_is_big(o) || o == OBJ_TRUE || o == OBJ_FALSE;
}

// Result check for a function of finite-or-not x: nan from non-nan input is
// a domain error; an infinity from finite input is a domain error when
// inf_is_domain (poles such as log(0)), else a range error.
static obj_t checked(double r, double x, bool inf_is_domain) {
    if (isnan(r) && !isnan(x)) {
        domain_error();
    }
    if (isinf(r) && isfinite(x)) {
        if (inf_is_domain) {
            domain_error();
        }
        range_error();
    }
    return float_new(r);
}

#define MATH_FUN_1(name, expr, inf_is_domain) \
    static obj_t math_##name(obj_t arg) { \
        double x = rt_get_float(arg); \
        return checked((expr), x, inf_is_domain); \
    } \
    static FUN_OBJ_1(math_##name##_obj, math_##name);

MATH_FUN_1(sqrt, (x < 0 ? NAN : sqrt(x)), false)
MATH_FUN_1(exp, exp(x), false)
MATH_FUN_1(expm1, expm1(x), false)
MATH_FUN_1(log2, (x < 0 ? NAN : log2(x)), true)
MATH_FUN_1(log10, (x < 0 ? NAN : log10(x)), true)
MATH_FUN_1(log1p, (x < -1 ? NAN : log1p(x)), true)
MATH_FUN_1(cos, (isinf(x) ? NAN : cos(x)), false)
MATH_FUN_1(sin, (isinf(x) ? NAN : sin(x)), false)
MATH_FUN_1(tan, (isinf(x) ? NAN : tan(x)), false)
MATH_FUN_1(acos, acos(x), false)
MATH_FUN_1(asin, asin(x), false)
MATH_FUN_1(atan, atan(x), false)
MATH_FUN_1(cosh, cosh(x), false)
MATH_FUN_1(sinh, sinh(x), false)
MATH_FUN_1(tanh, tanh(x), false)
MATH_FUN_1(acosh, acosh(x), false)
MATH_FUN_1(asinh, asinh(x), false)
MATH_FUN_1(atanh, (fabs(x) >= 1 ? NAN : atanh(x)), true)
MATH_FUN_1(fabs, fabs(x), false)
MATH_FUN_1(degrees, x * (180.0 / M_PI), false)
MATH_FUN_1(radians, x * (M_PI / 180.0), false)
MATH_FUN_1(erf, erf(x), false)
MATH_FUN_1(erfc, erfc(x), false)

static obj_t math_gamma(obj_t arg) {
    double x = rt_get_float(arg);
    if ((x <= 0 && x == floor(x)) || x == -INFINITY) {
        domain_error();
    }
    return checked(tgamma(x), x, false);
}
static FUN_OBJ_1(math_gamma_obj, math_gamma);

static obj_t math_lgamma(obj_t arg) {
    double x = rt_get_float(arg);
    if (x <= 0 && x == floor(x)) {
        domain_error();
    }
    return checked(lgamma(x), x, false);
}
static FUN_OBJ_1(math_lgamma_obj, math_lgamma);

// Natural log of any positive int/float (ints beyond double range too).
static double log_of(obj_t o) {
    if (mpz_is_big(o)) {
        if (mpz_sign(o) <= 0) {
            domain_error();
        }
        size_t bits = mpz_bit_length(o);
        if (bits > 1000) {
            size_t k = bits - 64;
            double top;
            mpz_to_double(mpz_rshift(o, k), &top);
            return log(top) + (double)k * M_LN2;
        }
    }
    double x = rt_get_float(o);
    if (x <= 0 || isnan(x)) {
        if (isnan(x)) {
            return x;
        }
        domain_error();
    }
    return log(x);
}

static obj_t math_log(size_t n_args, const obj_t *args) {
    double r = log_of(args[0]);
    if (n_args == 2) {
        double b = log_of(args[1]);
        if (b == 0.0) {
            rt_raise_ZeroDivisionError();
        }
        r /= b;
    }
    return float_new(r);
}
static FUN_OBJ_VAR(math_log_obj, 1, 2, math_log);

static obj_t math_pow(obj_t a, obj_t b) {
    double x = rt_get_float(a), y = rt_get_float(b);
    if (x == 0.0 && y < 0.0 && isfinite(y)) {
        domain_error();
    }
    if (x < 0.0 && isfinite(x) && isfinite(y) && y != floor(y)) {
        domain_error();
    }
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y)) {
        range_error();
    }
    return float_new(r);
}
static FUN_OBJ_2(math_pow_obj, math_pow);

static obj_t math_atan2(obj_t a, obj_t b) {
    return float_new(atan2(rt_get_float(a), rt_get_float(b)));
}
static FUN_OBJ_2(math_atan2_obj, math_atan2);

static obj_t math_fmod(obj_t a, obj_t b) {
    double x = rt_get_float(a), y = rt_get_float(b);
    if (isinf(x) || y == 0.0) {
        if (!isnan(y) && !isnan(x)) {
            domain_error();
        }
    }
    return float_new(fmod(x, y));
}
static FUN_OBJ_2(math_fmod_obj, math_fmod);

static obj_t math_copysign(obj_t a, obj_t b) {
    return float_new(copysign(rt_get_float(a), rt_get_float(b)));
}
static FUN_OBJ_2(math_copysign_obj, math_copysign);

static obj_t math_ldexp(obj_t a, obj_t b) {
    double x = rt_get_float(a);
    intptr_t e = rt_get_int(b);
    if (e > 100000) {
        e = 100000;
    } else if (e < -100000) {
        e = -100000;
    }
    return checked(ldexp(x, (int)e), x, false);
}
static FUN_OBJ_2(math_ldexp_obj, math_ldexp);

static obj_t tuple2(obj_t a, obj_t b) {
    obj_t items[2] = {a, b};
    return tuple_new(2, items);
}

static obj_t math_frexp(obj_t arg) {
    double x = rt_get_float(arg);
    int e = 0;
    double m = isfinite(x) ? frexp(x, &e) : x;
    return tuple2(float_new(m), obj_new_small_int(e));
}
static FUN_OBJ_1(math_frexp_obj, math_frexp);

static obj_t math_modf(obj_t arg) {
    double x = rt_get_float(arg);
    double ip;
    double fp = isinf(x) ? copysign(0.0, x) : modf(x, &ip);
    if (isinf(x)) {
        ip = x;
    }
    return tuple2(float_new(fp), float_new(ip));
}
static FUN_OBJ_1(math_modf_obj, math_modf);

#define MATH_ROUND_FUN(name, cfun) \
    static obj_t math_##name(obj_t arg) { \
        if (is_int_obj(arg)) { \
            return int_from_bool_or_int(arg); \
        } \
        return int_from_double(cfun(rt_get_float(arg))); \
    } \
    static FUN_OBJ_1(math_##name##_obj, math_##name);

MATH_ROUND_FUN(ceil, ceil)
MATH_ROUND_FUN(floor, floor)
MATH_ROUND_FUN(trunc, trunc)

static obj_t math_isfinite(obj_t arg) {
    return obj_bool(is_int_obj(arg) || isfinite(rt_get_float(arg)));
}
static FUN_OBJ_1(math_isfinite_obj, math_isfinite);

static obj_t math_isinf(obj_t arg) {
    return obj_bool(!is_int_obj(arg) && isinf(rt_get_float(arg)));
}
static FUN_OBJ_1(math_isinf_obj, math_isinf);

static obj_t math_isnan(obj_t arg) {
    return obj_bool(!is_int_obj(arg) && isnan(rt_get_float(arg)));
}
static FUN_OBJ_1(math_isnan_obj, math_isnan);

static obj_t math_isclose(size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 2, 2, n_kw, true);
    obj_t vals[4] = {args[0], args[1], OBJ_NULL, OBJ_NULL};
    for (size_t i = 0; i < n_kw; i++) {
        obj_t key = args[n_args + 2 * i];
        name_t k = obj_is_name(key) ? obj_name_value(key) : NAME_NULL;
        if (k != N_rel_tol && k != N_abs_tol) {
            rt_raise_fmt(&type_TypeError, "unexpected keyword argument '%O'", key);
        }
        vals[k == N_rel_tol ? 2 : 3] = args[n_args + 2 * i + 1];
    }
    double a = rt_get_float(vals[0]), b = rt_get_float(vals[1]);
    double rel = vals[2] == OBJ_NULL ? 1e-9 : rt_get_float(vals[2]);
    double abs_tol = vals[3] == OBJ_NULL ? 0.0 : rt_get_float(vals[3]);
    if (rel < 0.0 || abs_tol < 0.0) {
        rt_raise_ValueError("tolerances must be non-negative");
    }
    if (a == b) {
        return OBJ_TRUE;
    }
    if (isinf(a) || isinf(b)) {
        return OBJ_FALSE;
    }
    double diff = fabs(b - a);
    return obj_bool(diff <= fabs(rel * b) || diff <= fabs(rel * a) || diff <= abs_tol);
}
static FUN_OBJ_KW(math_isclose_obj, 2, math_isclose);

static obj_t math_hypot(size_t n_args, const obj_t *args) {
    double r = 0.0;
    bool has_inf = false, has_nan = false;
    for (size_t i = 0; i < n_args; i++) {
        double x = rt_get_float(args[i]);
        has_inf |= isinf(x) != 0;
        has_nan |= isnan(x) != 0;
        r = hypot(r, x);
    }
    if (has_inf) {
        return float_new(INFINITY);
    }
    if (has_nan) {
        return float_new(NAN);
    }
    return float_new(r);
}
static FUN_OBJ_VAR(math_hypot_obj, 0, FUN_ARGS_MAX, math_hypot);

// ---------------------------------------------------------------- integer functions
static obj_t get_int_arg(obj_t o) {
    if (!is_int_obj(o)) {
        rt_raise_fmt(&type_TypeError, "'%s' object cannot be interpreted as an integer", rt_type_name(o));
    }
    return int_from_bool_or_int(o);
}

static obj_t int_op(binary_op_t op, obj_t a, obj_t b) {
    return int_binary_op(op, a, b);
}

static obj_t gcd2(obj_t a, obj_t b) {
    a = int_unary_op(UNARY_OP_ABS, a);
    b = int_unary_op(UNARY_OP_ABS, b);
    while (b != obj_new_small_int(0)) {
        obj_t t = int_op(BINARY_OP_MODULO, a, b);
        a = b;
        b = t;
    }
    return a;
}

static obj_t math_gcd(size_t n_args, const obj_t *args) {
    obj_t r = obj_new_small_int(0);
    for (size_t i = 0; i < n_args; i++) {
        r = gcd2(r, get_int_arg(args[i]));
    }
    return r;
}
static FUN_OBJ_VAR(math_gcd_obj, 0, FUN_ARGS_MAX, math_gcd);

static obj_t math_lcm(size_t n_args, const obj_t *args) {
    obj_t r = obj_new_small_int(1);
    for (size_t i = 0; i < n_args; i++) {
        obj_t x = int_unary_op(UNARY_OP_ABS, get_int_arg(args[i]));
        if (x == obj_new_small_int(0) || r == obj_new_small_int(0)) {
            r = obj_new_small_int(0);
            continue;
        }
        r = int_op(BINARY_OP_MULTIPLY, r, int_op(BINARY_OP_FLOOR_DIVIDE, x, gcd2(r, x)));
    }
    return r;
}
static FUN_OBJ_VAR(math_lcm_obj, 0, FUN_ARGS_MAX, math_lcm);

// Product of lo..hi (inclusive) by binary splitting.
static obj_t range_product(intptr_t lo, intptr_t hi) {
    if (hi - lo < 8) {
        obj_t r = obj_new_small_int(1);
        for (intptr_t i = lo; i <= hi; i++) {
            r = int_op(BINARY_OP_MULTIPLY, r, obj_new_small_int(i));
        }
        return r;
    }
    intptr_t mid = lo + (hi - lo) / 2;
    return int_op(BINARY_OP_MULTIPLY, range_product(lo, mid), range_product(mid + 1, hi));
}

static obj_t math_factorial(obj_t arg) {
    obj_t n = get_int_arg(arg);
    if (int_sign(n) < 0) {
        rt_raise_ValueError("factorial() not defined for negative values");
    }
    if (!obj_is_small_int(n)) {
        rt_raise_OverflowError("factorial() argument should not exceed machine word");
    }
    intptr_t v = obj_small_int_value(n);
    return v < 2 ? obj_new_small_int(1) : range_product(2, v);
}
static FUN_OBJ_1(math_factorial_obj, math_factorial);

static obj_t math_isqrt(obj_t arg) {
    obj_t n = get_int_arg(arg);
    int s = int_sign(n);
    if (s < 0) {
        rt_raise_ValueError("isqrt() argument must be nonnegative");
    }
    if (s == 0) {
        return n;
    }
    // Newton from above: x0 = 2^ceil(bits/2) >= sqrt(n)
    size_t bits = mpz_bit_length(n);
    obj_t x = mpz_lshift(obj_new_small_int(1), (bits + 1) / 2);
    while (true) {
        obj_t y = int_op(BINARY_OP_FLOOR_DIVIDE, int_op(BINARY_OP_ADD, x, int_op(BINARY_OP_FLOOR_DIVIDE, n, x)), obj_new_small_int(2));
        if (mpz_cmp(y, x) >= 0) {
            return x;
        }
        x = y;
    }
}
static FUN_OBJ_1(math_isqrt_obj, math_isqrt);

// ---------------------------------------------------------------- module
static const float_t_ math_pi_obj = {{&type_float}, M_PI};
static const float_t_ math_e_obj = {{&type_float}, M_E};
static const float_t_ math_tau_obj = {{&type_float}, 2 * M_PI};
static const float_t_ math_inf_obj = {{&type_float}, INFINITY};
static const float_t_ math_nan_obj = {{&type_float}, NAN};

static const map_elem_t math_globals_table[] = {
    {OBJ_NAME(N___name__), OBJ_NAME(N_math)},
    MAP_ENTRY(N_pi, &math_pi_obj),
    MAP_ENTRY(N_e, &math_e_obj),
    MAP_ENTRY(N_tau, &math_tau_obj),
    MAP_ENTRY(N_inf, &math_inf_obj),
    MAP_ENTRY(N_nan, &math_nan_obj),
    MAP_ENTRY(N_sqrt, &math_sqrt_obj),
    MAP_ENTRY(N_pow, &math_pow_obj),
    MAP_ENTRY(N_exp, &math_exp_obj),
    MAP_ENTRY(N_expm1, &math_expm1_obj),
    MAP_ENTRY(N_log, &math_log_obj),
    MAP_ENTRY(N_log2, &math_log2_obj),
    MAP_ENTRY(N_log10, &math_log10_obj),
    MAP_ENTRY(N_log1p, &math_log1p_obj),
    MAP_ENTRY(N_cos, &math_cos_obj),
    MAP_ENTRY(N_sin, &math_sin_obj),
    MAP_ENTRY(N_tan, &math_tan_obj),
    MAP_ENTRY(N_acos, &math_acos_obj),
    MAP_ENTRY(N_asin, &math_asin_obj),
    MAP_ENTRY(N_atan, &math_atan_obj),
    MAP_ENTRY(N_atan2, &math_atan2_obj),
    MAP_ENTRY(N_cosh, &math_cosh_obj),
    MAP_ENTRY(N_sinh, &math_sinh_obj),
    MAP_ENTRY(N_tanh, &math_tanh_obj),
    MAP_ENTRY(N_acosh, &math_acosh_obj),
    MAP_ENTRY(N_asinh, &math_asinh_obj),
    MAP_ENTRY(N_atanh, &math_atanh_obj),
    MAP_ENTRY(N_ceil, &math_ceil_obj),
    MAP_ENTRY(N_floor, &math_floor_obj),
    MAP_ENTRY(N_trunc, &math_trunc_obj),
    MAP_ENTRY(N_fabs, &math_fabs_obj),
    MAP_ENTRY(N_fmod, &math_fmod_obj),
    MAP_ENTRY(N_frexp, &math_frexp_obj),
    MAP_ENTRY(N_ldexp, &math_ldexp_obj),
    MAP_ENTRY(N_modf, &math_modf_obj),
    MAP_ENTRY(N_copysign, &math_copysign_obj),
    MAP_ENTRY(N_isfinite, &math_isfinite_obj),
    MAP_ENTRY(N_isinf, &math_isinf_obj),
    MAP_ENTRY(N_isnan, &math_isnan_obj),
    MAP_ENTRY(N_isclose, &math_isclose_obj),
    MAP_ENTRY(N_degrees, &math_degrees_obj),
    MAP_ENTRY(N_radians, &math_radians_obj),
    MAP_ENTRY(N_hypot, &math_hypot_obj),
    MAP_ENTRY(N_gcd, &math_gcd_obj),
    MAP_ENTRY(N_lcm, &math_lcm_obj),
    MAP_ENTRY(N_factorial, &math_factorial_obj),
    MAP_ENTRY(N_isqrt, &math_isqrt_obj),
    MAP_ENTRY(N_erf, &math_erf_obj),
    MAP_ENTRY(N_erfc, &math_erfc_obj),
    MAP_ENTRY(N_gamma, &math_gamma_obj),
    MAP_ENTRY(N_lgamma, &math_lgamma_obj),
};
static MAP_ROM(math_globals, math_globals_table);
static MODULE_ROM(math_module, math_globals);

void mod_math_init(void) {
    rt_register_module(OBJ_FROM_PTR(&math_module));
}
