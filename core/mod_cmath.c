// core/mod_cmath.c — the `cmath` module: math on complex numbers (MicroPython's
// set: phase, polar, rect, exp, log, log10, sqrt, cos, sin, e, pi; plus
// CPython's other trigonometric/hyperbolic functions, isfinite/isinf/isnan/
// isclose and the inf/nan constants). Arguments are any number (complex.c's
// complex_get: int, float, bool, complex, __complex__/__float__). Errors as
// CPython: ValueError "math domain error" for log(0), OverflowError "math
// range error" when finite input gives an infinite result.
#include <math.h>
#include <complex.h>
#include "core/runtime.h"
#include "core/types.h"
#include "core/complex.h"

static double complex arg_of(obj_t o) {
    double re, im;
    complex_get(o, &re, &im);
    return CMPLX(re, im);
}

static obj_t result(double complex z, double complex in) {
    bool in_finite = isfinite(creal(in)) && isfinite(cimag(in));
    if (in_finite && (isinf(creal(z)) || isinf(cimag(z)))) {
        rt_raise_OverflowError("math range error");
    }
    return complex_new(creal(z), cimag(z));
}

static obj_t cmath_phase(obj_t z) {
    double complex c = arg_of(z);
    return float_new(atan2(cimag(c), creal(c)));
}
static FUN_OBJ_1(cmath_phase_obj, cmath_phase);

static obj_t cmath_polar(obj_t z) {
    double complex c = arg_of(z);
    double r = hypot(creal(c), cimag(c));
    if (isinf(r) && isfinite(creal(c)) && isfinite(cimag(c))) {
        rt_raise_OverflowError("math range error");
    }
    obj_t items[2] = {float_new(r), float_new(atan2(cimag(c), creal(c)))};
    return tuple_new(2, items);
}
static FUN_OBJ_1(cmath_polar_obj, cmath_polar);

static obj_t cmath_rect(obj_t r_in, obj_t phi_in) {
    double r = rt_get_float(r_in), phi = rt_get_float(phi_in);
    if (isfinite(r) && isinf(phi) && r != 0.0) {
        rt_raise_ValueError("math domain error");
    }
    if (phi == 0.0) {
        return complex_new(r, r * phi);   // keeps CPython's exact (r, 0) result
    }
    return complex_new(r * cos(phi), r * sin(phi));
}
static FUN_OBJ_2(cmath_rect_obj, cmath_rect);

static obj_t cmath_exp(obj_t z) {
    double complex c = arg_of(z);
    return result(cexp(c), c);
}
static FUN_OBJ_1(cmath_exp_obj, cmath_exp);

static double complex checked_log(double complex c) {
    if (creal(c) == 0.0 && cimag(c) == 0.0) {
        rt_raise_ValueError("math domain error");
    }
    return clog(c);
}

static obj_t cmath_log(size_t n_args, const obj_t *args) {
    double complex c = arg_of(args[0]);
    double complex r = checked_log(c);
    if (n_args == 2) {
        double complex b = checked_log(arg_of(args[1]));
        return rt_binary_op(BINARY_OP_TRUE_DIVIDE, complex_new(creal(r), cimag(r)),
                            complex_new(creal(b), cimag(b)));
    }
    return complex_new(creal(r), cimag(r));
}
static FUN_OBJ_VAR(cmath_log_obj, 1, 2, cmath_log);

static obj_t cmath_log10(obj_t z) {
    double complex r = checked_log(arg_of(z));
    return complex_new(creal(r) / M_LN10, cimag(r) / M_LN10);
}
static FUN_OBJ_1(cmath_log10_obj, cmath_log10);

#define CMATH_1(name) \
    static obj_t cmath_##name(obj_t z) { \
        double complex c = arg_of(z); \
        return result(c##name(c), c); \
    } \
    static FUN_OBJ_1(cmath_##name##_obj, cmath_##name);

CMATH_1(sqrt)
CMATH_1(cos)
CMATH_1(sin)
CMATH_1(tan)
CMATH_1(acos)
CMATH_1(asin)
CMATH_1(atan)
CMATH_1(cosh)
CMATH_1(sinh)
CMATH_1(tanh)
CMATH_1(acosh)
CMATH_1(asinh)
CMATH_1(atanh)

static obj_t cmath_isfinite(obj_t z) {
    double complex c = arg_of(z);
    return obj_bool(isfinite(creal(c)) && isfinite(cimag(c)));
}
static FUN_OBJ_1(cmath_isfinite_obj, cmath_isfinite);

static obj_t cmath_isinf(obj_t z) {
    double complex c = arg_of(z);
    return obj_bool(isinf(creal(c)) || isinf(cimag(c)));
}
static FUN_OBJ_1(cmath_isinf_obj, cmath_isinf);

static obj_t cmath_isnan(obj_t z) {
    double complex c = arg_of(z);
    return obj_bool(isnan(creal(c)) || isnan(cimag(c)));
}
static FUN_OBJ_1(cmath_isnan_obj, cmath_isnan);

static obj_t cmath_isclose(size_t n_args, size_t n_kw, const obj_t *args) {
    if (n_args != 2) {
        rt_raise_TypeError("isclose() takes exactly 2 positional arguments");
    }
    obj_t v[4] = {args[0], args[1], OBJ_NULL, OBJ_NULL};
    for (size_t i = 0; i < n_kw; i++) {
        obj_t k = args[n_args + 2 * i];
        if (k == OBJ_NAME(N_rel_tol)) {
            v[2] = args[n_args + 2 * i + 1];
        } else if (k == OBJ_NAME(N_abs_tol)) {
            v[3] = args[n_args + 2 * i + 1];
        } else {
            rt_raise_TypeError("isclose() got an unexpected keyword argument");
        }
    }
    double complex a = arg_of(v[0]), b = arg_of(v[1]);
    double rel = v[2] != OBJ_NULL ? rt_get_float(v[2]) : 1e-9;
    double abs_tol = v[3] != OBJ_NULL ? rt_get_float(v[3]) : 0.0;
    if (rel < 0.0 || abs_tol < 0.0) {
        rt_raise_ValueError("tolerances must be non-negative");
    }
    if (creal(a) == creal(b) && cimag(a) == cimag(b)) {
        return OBJ_TRUE;
    }
    if (isinf(creal(a)) || isinf(cimag(a)) || isinf(creal(b)) || isinf(cimag(b))) {
        return OBJ_FALSE;
    }
    double diff = cabs(a - b);
    return obj_bool(diff <= rel * cabs(b) || diff <= rel * cabs(a) || diff <= abs_tol);
}
static FUN_OBJ_KW(cmath_isclose_obj, 2, cmath_isclose);

static const float_t_ cmath_pi_obj = {{&type_float}, M_PI};
static const float_t_ cmath_e_obj = {{&type_float}, M_E};
static const float_t_ cmath_tau_obj = {{&type_float}, 2 * M_PI};
static const float_t_ cmath_inf_obj = {{&type_float}, INFINITY};
static const float_t_ cmath_nan_obj = {{&type_float}, NAN};
static const complex_t cmath_infj_obj = {{&type_complex}, 0.0, INFINITY};
static const complex_t cmath_nanj_obj = {{&type_complex}, 0.0, NAN};

static const map_elem_t cmath_globals_table[] = {
    {OBJ_NAME(N___name__), OBJ_NAME(N_cmath)},
    MAP_ENTRY(N_pi, &cmath_pi_obj),
    MAP_ENTRY(N_e, &cmath_e_obj),
    MAP_ENTRY(N_tau, &cmath_tau_obj),
    MAP_ENTRY(N_inf, &cmath_inf_obj),
    MAP_ENTRY(N_infj, &cmath_infj_obj),
    MAP_ENTRY(N_nan, &cmath_nan_obj),
    MAP_ENTRY(N_nanj, &cmath_nanj_obj),
    MAP_ENTRY(N_phase, &cmath_phase_obj),
    MAP_ENTRY(N_polar, &cmath_polar_obj),
    MAP_ENTRY(N_rect, &cmath_rect_obj),
    MAP_ENTRY(N_exp, &cmath_exp_obj),
    MAP_ENTRY(N_log, &cmath_log_obj),
    MAP_ENTRY(N_log10, &cmath_log10_obj),
    MAP_ENTRY(N_sqrt, &cmath_sqrt_obj),
    MAP_ENTRY(N_cos, &cmath_cos_obj),
    MAP_ENTRY(N_sin, &cmath_sin_obj),
    MAP_ENTRY(N_tan, &cmath_tan_obj),
    MAP_ENTRY(N_acos, &cmath_acos_obj),
    MAP_ENTRY(N_asin, &cmath_asin_obj),
    MAP_ENTRY(N_atan, &cmath_atan_obj),
    MAP_ENTRY(N_cosh, &cmath_cosh_obj),
    MAP_ENTRY(N_sinh, &cmath_sinh_obj),
    MAP_ENTRY(N_tanh, &cmath_tanh_obj),
    MAP_ENTRY(N_acosh, &cmath_acosh_obj),
    MAP_ENTRY(N_asinh, &cmath_asinh_obj),
    MAP_ENTRY(N_atanh, &cmath_atanh_obj),
    MAP_ENTRY(N_isfinite, &cmath_isfinite_obj),
    MAP_ENTRY(N_isinf, &cmath_isinf_obj),
    MAP_ENTRY(N_isnan, &cmath_isnan_obj),
    MAP_ENTRY(N_isclose, &cmath_isclose_obj),
};
static MAP_ROM(cmath_globals, cmath_globals_table);
static MODULE_ROM(cmath_module, cmath_globals);

void mod_cmath_init(void) {
    rt_register_module(OBJ_FROM_PTR(&cmath_module));
}
