// core/float.c — the float type: IEEE doubles boxed in the heap (float_t_),
// arithmetic with Python semantics (floor division and modulo take the sign
// of the divisor), exact comparisons with ints of any size, CPython's hash
// (equal to the int hash for integral values), the shortest round-trip
// repr, the format-spec number formatting and round().
#include <string.h>
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <float.h>
#include "core/float.h"
#include "core/complex.h"
#include "core/int.h"
#include "core/mpz.h"
#include "core/types.h"
#include "core/runtime.h"
#include "core/gc.h"

obj_t float_new(double v) {
    float_t_ *f = gc_alloc_noscan(sizeof(float_t_));   // its type is static: no heap pointer
    f->base.type = &type_float;
    f->value = v;
    return OBJ_FROM_PTR(f);
}

double float_value(obj_t o) {
    return ((const float_t_ *)OBJ_TO_PTR(o))->value;
}

static inline bool is_float(obj_t o) {
    return obj_is_type_exact(o, &type_float);
}

static inline bool is_intlike(obj_t o) {
    return obj_is_small_int(o) || mpz_is_big(o) || o == OBJ_TRUE || o == OBJ_FALSE;
}

// ---------------------------------------------------------------- hash
#if SIZE_MAX > 0xffffffffu
#define HASH_BITS 61
#else
#define HASH_BITS 31
#endif
#define HASH_MOD (((uint64_t)1 << HASH_BITS) - 1)

size_t float_hash(double v) {
    if (isinf(v)) {
        return v > 0 ? 314159 : (size_t)-314159;
    }
    if (isnan(v)) {
        return 0;
    }
    int e;
    double m = frexp(fabs(v), &e);
    // value = m * 2^e; accumulate the mantissa 28 bits at a time, mod HASH_MOD
    uint64_t x = 0;
    while (m != 0.0) {
        x = ((x << 28) & HASH_MOD) | (x >> (HASH_BITS - 28));
        m *= 268435456.0;   // 2^28
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MOD) {
            x -= HASH_MOD;
        }
    }
    // multiply by 2^e (mod HASH_MOD): a rotation by e mod HASH_BITS
    int r = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << r) & HASH_MOD) | (x >> (HASH_BITS - r));
    size_t h = (size_t)x;
    if (v < 0) {
        h = (size_t)0 - h;
    }
    if (h == (size_t)-1) {
        h = (size_t)-2;
    }
    return h;
}

// ---------------------------------------------------------------- repr and format
// Shortest decimal that reads back as v: digits (no point, trailing zeros
// removed) and decimal exponent. v finite and nonzero. For each length the
// correctly rounded digits are tried first, then their neighbours one unit
// in the last place away (the shortest round-trip string is not always the
// nearest one of its length).
// Does a prec-digit decimal (the nearest one, or a neighbour one unit in the
// last place away) read back as av? Sets *mant (prec digits, or one more or
// less after a neighbour's carry) and *x (decimal exponent of mant's first digit).
static bool try_digits(double av, int prec, bool neighbours, unsigned long long *mant, int *x) {
    char tmp[48];
    snprintf(tmp, sizeof(tmp), "%.*e", prec - 1, av);
    *x = atoi(strchr(tmp, 'e') + 1);
    unsigned long long m = 0;
    for (const char *p = tmp; *p != 'e'; p++) {
        if (*p != '.') {
            m = m * 10 + (unsigned long long)(*p - '0');
        }
    }
    *mant = m;
    if (prec >= 17 || strtod(tmp, NULL) == av) {
        return true;
    }
    if (!neighbours) {
        return false;
    }
    for (int delta = -1; delta <= 1; delta += 2) {
        unsigned long long c = m + (unsigned long long)(long long)delta;
        snprintf(tmp, sizeof(tmp), "%llue%d", c, *x - (prec - 1));
        if (c != 0 && strtod(tmp, NULL) == av) {
            int nd = snprintf(tmp, sizeof(tmp), "%llu", c);
            *x += nd - prec;
            *mant = c;
            return true;
        }
    }
    return false;
}

// Shortest decimal that reads back as v: digits (no point, trailing zeros
// removed) and decimal exponent. v finite and nonzero. Round-tripping is
// monotone in the number of digits, so 15 digits are tried first: most
// doubles from arithmetic need 16 or 17, short literals need few.
static int shortest_digits(double v, char *digits, int *exp10) {
    double av = fabs(v);
    unsigned long long mant;
    int x;
    // (no 15-digit neighbour can read back as a normal double whose own
    // 15-digit rounding does not, by the same argument)
    if (try_digits(av, 15, av < DBL_MIN, &mant, &x)) {
        // A normal double that round-trips in 15 digits: its shortest digits
        // lie within 2**-53 (relative) of it, far closer than the 15-digit
        // spacing, so the 15-digit rounding is exactly those digits padded
        // with zeros (stripped below). Subnormals are coarser: search.
        if (av < DBL_MIN) {
            int prec = 1;
            while (prec < 15 && !try_digits(av, prec, true, &mant, &x)) {
                prec++;
            }
            if (prec == 15) {
                try_digits(av, 15, true, &mant, &x);
            }
        }
    } else if (!try_digits(av, 16, true, &mant, &x)) {
        try_digits(av, 17, true, &mant, &x);
    }
    int n = snprintf(digits, 24, "%llu", mant);
    while (n > 1 && digits[n - 1] == '0') {
        n--;
    }
    digits[n] = 0;
    *exp10 = x;
    return n;
}

static size_t put(char *buf, size_t size, size_t pos, char c) {
    if (pos + 1 < size) {
        buf[pos] = c;
        buf[pos + 1] = 0;
    }
    return pos + 1;
}

static size_t special_text(double v, bool upper, char *buf, size_t size) {
    const char *s = isnan(v) ? (upper ? "NAN" : "nan") : v < 0 ? (upper ? "-INF" : "-inf") : (upper ? "INF" : "inf");
    snprintf(buf, size, "%s", s);
    return strlen(buf);
}

size_t float_repr(double v, char *buf, size_t size) {
    if (isnan(v) || isinf(v)) {
        return special_text(v, false, buf, size);
    }
    if (v == 0.0) {
        snprintf(buf, size, "%s", signbit(v) ? "-0.0" : "0.0");
        return strlen(buf);
    }
    char d[24];
    int x;
    int n = shortest_digits(v, d, &x);
    size_t pos = 0;
    if (v < 0) {
        pos = put(buf, size, pos, '-');
    }
    if (x < -4 || x >= 16) {
        pos = put(buf, size, pos, d[0]);
        if (n > 1) {
            pos = put(buf, size, pos, '.');
            for (int i = 1; i < n; i++) {
                pos = put(buf, size, pos, d[i]);
            }
        }
        char e[16];
        snprintf(e, sizeof(e), "e%c%02d", x < 0 ? '-' : '+', x < 0 ? -x : x);
        for (char *c = e; *c; c++) {
            pos = put(buf, size, pos, *c);
        }
    } else if (x >= 0) {
        for (int i = 0; i <= x; i++) {
            pos = put(buf, size, pos, i < n ? d[i] : '0');
        }
        pos = put(buf, size, pos, '.');
        if (n > x + 1) {
            for (int i = x + 1; i < n; i++) {
                pos = put(buf, size, pos, d[i]);
            }
        } else {
            pos = put(buf, size, pos, '0');
        }
    } else {
        pos = put(buf, size, pos, '0');
        pos = put(buf, size, pos, '.');
        for (int i = 0; i < -x - 1; i++) {
            pos = put(buf, size, pos, '0');
        }
        for (int i = 0; i < n; i++) {
            pos = put(buf, size, pos, d[i]);
        }
    }
    return pos < size ? pos : size - 1;
}

// Remove trailing zeros of the fraction in s (and the point if nothing is
// left after it), keeping an exponent suffix.
static void strip_zeros(char *s) {
    char *point = strchr(s, '.');
    if (point == NULL) {
        return;
    }
    char *e = strpbrk(s, "eE");
    char *end = e ? e : s + strlen(s);
    char *q = end;
    while (q > point + 1 && q[-1] == '0') {
        q--;
    }
    if (q == point + 1) {
        q = point;
    }
    memmove(q, end, strlen(end) + 1);
}

size_t float_format(double v, char fmt, int prec, bool alt, char *buf, size_t size) {
    bool upper = fmt == 'E' || fmt == 'F' || fmt == 'G';
    if (isnan(v) || isinf(v)) {
        size_t n = special_text(v, upper, buf, size);
        if (fmt == '%' && n + 1 < size) {
            buf[n++] = '%';
            buf[n] = 0;
        }
        return n;
    }
    if (fmt == 0 && prec < 0) {
        return float_repr(v, buf, size);
    }
    int p = prec < 0 ? 6 : prec;
    char spec[8];
    if ((fmt == 'g' || fmt == 'G') && alt) {
        // glibc's %#g drops the zeros when rounding bumps the exponent
        int pg = p == 0 ? 1 : p;
        char tmp[40];
        snprintf(tmp, sizeof(tmp), "%.*e", pg - 1, v);
        int x = atoi(strchr(tmp, 'e') + 1);
        if (x < -4 || x >= pg) {
            snprintf(buf, size, fmt == 'g' ? "%#.*e" : "%#.*E", pg - 1, v);
        } else {
            snprintf(buf, size, "%#.*f", pg - 1 - x, v);
        }
        return strlen(buf);
    }
    switch (fmt) {
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            snprintf(spec, sizeof(spec), "%%%s.*%c", alt ? "#" : "", fmt);
            snprintf(buf, size, spec, p, v);
            return strlen(buf);
        case '%': {
            snprintf(spec, sizeof(spec), "%%%s.*f", alt ? "#" : "");
            snprintf(buf, size, spec, p, v * 100.0);
            size_t n = strlen(buf);
            if (n + 1 < size) {
                buf[n++] = '%';
                buf[n] = 0;
            }
            return n;
        }
        default:
            break;
    }
    // no type, precision given: 'g' whose fixed form keeps a digit after the point
    if (p == 0) {
        p = 1;
    }
    char tmp[40];
    snprintf(tmp, sizeof(tmp), "%.*e", p - 1, v);
    int x = atoi(strchr(tmp, 'e') + 1);
    if (x < -4 || x >= p - 1) {
        snprintf(buf, size, alt ? "%#.*e" : "%.*e", p - 1, v);
        if (!alt) {
            strip_zeros(buf);
        }
    } else {
        snprintf(buf, size, alt ? "%#.*f" : "%.*f", p - 1 - x, v);
        if (!alt) {
            strip_zeros(buf);
        }
        size_t n = strlen(buf);
        if (strchr(buf, '.') == NULL) {
            if (n + 2 < size) {
                strcpy(buf + n, ".0");
            }
        } else if (buf[n - 1] == '.' && n + 1 < size) {
            strcpy(buf + n, "0");
        }
    }
    return strlen(buf);
}

// ---------------------------------------------------------------- parsing
static bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static bool match_word(const char *p, const char *e, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(e - p) != n) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if ((p[i] | 0x20) != word[i]) {
            return false;
        }
    }
    return true;
}

bool float_parse(const char *s, size_t len, double *out) {
    const char *p = s, *e = s + len;
    while (p < e && is_space(*p)) {
        p++;
    }
    while (e > p && is_space(e[-1])) {
        e--;
    }
    bool neg = false;
    if (p < e && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    if (match_word(p, e, "inf") || match_word(p, e, "infinity")) {
        *out = neg ? -INFINITY : INFINITY;
        return true;
    }
    if (match_word(p, e, "nan")) {
        *out = neg ? -NAN : NAN;
        return true;
    }
    // [digits][.digits][e[sign]digits], underscores only between digits
    char stackbuf[64];
    size_t n = (size_t)(e - p);
    char *clean = n + 1 <= sizeof(stackbuf) ? stackbuf : gc_alloc(n + 1);
    size_t k = 0;
    int state = 0;   // 0 mantissa int part, 1 fraction, 2 exponent
    bool mant_digits = false, exp_digits = false;
    for (const char *q = p; q < e; q++) {
        char c = *q;
        if (c >= '0' && c <= '9') {
            if (state == 2) {
                exp_digits = true;
            } else {
                mant_digits = true;
            }
            clean[k++] = c;
        } else if (c == '_') {
            if (q == p || q + 1 == e || !(q[-1] >= '0' && q[-1] <= '9') || !(q[1] >= '0' && q[1] <= '9')) {
                return false;
            }
        } else if (c == '.' && state == 0) {
            state = 1;
            clean[k++] = c;
        } else if ((c == 'e' || c == 'E') && state < 2 && mant_digits) {
            state = 2;
            clean[k++] = c;
            if (q + 1 < e && (q[1] == '+' || q[1] == '-')) {
                clean[k++] = *++q;
            }
        } else {
            return false;
        }
    }
    if (!mant_digits || (state == 2 && !exp_digits)) {
        return false;
    }
    clean[k] = 0;
    double d = strtod(clean, NULL);
    *out = neg ? -d : d;
    return true;
}

// ---------------------------------------------------------------- round
static obj_t round_negative_digits(double v, intptr_t nd) {
    // round to a multiple of P = 10^-nd, half to even, on the exact value
    if (-nd > 330) {
        return float_new(copysign(0.0, v));
    }
    double av = fabs(v), t = trunc(av), f = av - t;
    obj_t P = mpz_pow(obj_new_small_int(10), (size_t)-nd);
    obj_t q, r;
    mpz_divmod(int_from_double(t), P, &q, &r);
    obj_t twice = mpz_add(r, r);
    int c = mpz_cmp(twice, P);
    bool up;
    if (f != 0.0) {
        up = c >= 0;
    } else if (c == 0) {
        obj_t parity;
        mpz_divmod(q, obj_new_small_int(2), NULL, &parity);
        up = parity != obj_new_small_int(0);
    } else {
        up = c > 0;
    }
    if (up) {
        q = mpz_add(q, obj_new_small_int(1));
    }
    double res;
    if (!mpz_to_double(mpz_mul(q, P), &res)) {
        rt_raise_OverflowError("rounded value too large to represent");
    }
    return float_new(copysign(res, v));
}

obj_t float_round(double v, obj_t ndigits) {
    if (ndigits == OBJ_NULL || ndigits == OBJ_NONE) {
        return int_from_double(nearbyint(v));
    }
    intptr_t nd = rt_get_int(ndigits);
    if (isnan(v) || isinf(v) || v == 0.0) {
        return float_new(v);
    }
    if (nd < 0) {
        return round_negative_digits(v, nd);
    }
    if (nd >= 342) {
        return float_new(v);
    }
    char buf[720];
    snprintf(buf, sizeof(buf), "%.*f", (int)nd, v);
    double r = strtod(buf, NULL);
    return float_new(r == 0.0 ? copysign(0.0, v) : r);
}

// ---------------------------------------------------------------- operators
static obj_t compare_result(binary_op_t op, int c) {
    switch (op) {
        case BINARY_OP_LESS: return obj_bool(c < 0);
        case BINARY_OP_MORE: return obj_bool(c > 0);
        case BINARY_OP_EQUAL: return obj_bool(c == 0);
        case BINARY_OP_LESS_EQUAL: return obj_bool(c <= 0);
        case BINARY_OP_MORE_EQUAL: return obj_bool(c >= 0);
        default: return obj_bool(c != 0);
    }
}

// Python's floor division and modulo of doubles (b != 0).
static void float_divmod(double a, double b, double *q, double *m) {
    double mod = fmod(a, b);
    double div = (a - mod) / b;
    if (mod != 0.0) {
        if ((b < 0) != (mod < 0)) {
            mod += b;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, b);
    }
    double fdiv;
    if (div != 0.0) {
        fdiv = floor(div);
        if (div - fdiv > 0.5) {
            fdiv += 1.0;
        }
    } else {
        fdiv = copysign(0.0, a / b);
    }
    *q = fdiv;
    *m = mod;
}

static obj_t float_pow(double a, double b) {
    if (b == 0.0) {
        return float_new(1.0);
    }
    if (a == 0.0 && b < 0.0) {
        rt_raise_msg(&type_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    }
    if (a < 0.0 && isfinite(a) && isfinite(b) && b != floor(b)) {
        return complex_pow(a, 0.0, b, 0.0);   // a negative base to a fractional power
    }
    double r = pow(a, b);
    if (isinf(r) && isfinite(a) && isfinite(b)) {
        rt_raise_OverflowError("math range error");
    }
    return float_new(r);
}

static obj_t double_op(binary_op_t op, double a, double b) {
    switch (op) {
        case BINARY_OP_ADD: return float_new(a + b);
        case BINARY_OP_SUBTRACT: return float_new(a - b);
        case BINARY_OP_MULTIPLY: return float_new(a * b);
        case BINARY_OP_TRUE_DIVIDE:
            if (b == 0.0) {
                rt_raise_ZeroDivisionError();
            }
            return float_new(a / b);
        case BINARY_OP_FLOOR_DIVIDE:
        case BINARY_OP_MODULO:
        case BINARY_OP_DIVMOD: {
            if (b == 0.0) {
                rt_raise_ZeroDivisionError();
            }
            double q, m;
            float_divmod(a, b, &q, &m);
            if (op == BINARY_OP_FLOOR_DIVIDE) {
                return float_new(q);
            }
            if (op == BINARY_OP_MODULO) {
                return float_new(m);
            }
            obj_t items[2] = {float_new(q), float_new(m)};
            return tuple_new(2, items);
        }
        case BINARY_OP_POWER:
            return float_pow(a, b);
        case BINARY_OP_LESS: return obj_bool(a < b);
        case BINARY_OP_MORE: return obj_bool(a > b);
        case BINARY_OP_EQUAL: return obj_bool(a == b);
        case BINARY_OP_LESS_EQUAL: return obj_bool(a <= b);
        case BINARY_OP_MORE_EQUAL: return obj_bool(a >= b);
        case BINARY_OP_NOT_EQUAL: return obj_bool(a != b);
        default:
            return OBJ_NULL;
    }
}

obj_t float_binary_op(binary_op_t op, double lhs, obj_t rhs) {
    if (op >= BINARY_OP_REVERSE_OR) {
        // rhs <op> lhs, rhs numeric
        binary_op_t plain = op - BINARY_OP_REVERSE_OR + BINARY_OP_OR;
        if (is_float(rhs)) {
            return double_op(plain, float_value(rhs), lhs);
        }
        if (is_intlike(rhs)) {
            return double_op(plain, int_to_double(rhs), lhs);
        }
        obj_t nat = rt_native_operand(rhs, op);
        return nat != OBJ_NULL ? float_binary_op(op, lhs, nat) : OBJ_NULL;
    }
    if (op >= BINARY_OP_INPLACE_OR && op <= BINARY_OP_INPLACE_POWER) {
        op = BINARY_OP_INPLACE_TO_PLAIN(op);
    }
    if (is_float(rhs)) {
        return double_op(op, lhs, float_value(rhs));
    }
    if (is_intlike(rhs)) {
        if (op <= BINARY_OP_NOT_EQUAL) {
            if (isnan(lhs)) {
                return obj_bool(op == BINARY_OP_NOT_EQUAL);
            }
            return compare_result(op, -int_cmp_double(rhs, lhs));
        }
        return double_op(op, lhs, int_to_double(rhs));
    }
    obj_t nat = rt_native_operand(rhs, op);   // an instance of class J(int) / K(float)
    return nat != OBJ_NULL ? float_binary_op(op, lhs, nat) : OBJ_NULL;
}

static obj_t float_type_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    return float_binary_op(op, float_value(lhs), rhs);
}

static obj_t float_unary_op(unary_op_t op, obj_t o) {
    double v = float_value(o);
    switch (op) {
        case UNARY_OP_POSITIVE:
        case UNARY_OP_FLOAT:
            return o;
        case UNARY_OP_NEGATIVE: return float_new(-v);
        case UNARY_OP_ABS: return float_new(fabs(v));
        case UNARY_OP_BOOL: return obj_bool(v != 0.0);
        case UNARY_OP_NOT: return obj_bool(v == 0.0);
        case UNARY_OP_HASH: return int_from_ll((long long)(intptr_t)float_hash(v));
        case UNARY_OP_INT: return int_from_double(v);
        default: return OBJ_NULL;
    }
}

static void float_print(const printer_t *p, obj_t self, print_kind_t kind) {
    char buf[40];
    size_t n = float_repr(float_value(self), buf, sizeof(buf));
    print_strn(p, buf, n);
}

static obj_t float_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 0, 1, n_kw, false);
    if (n_args == 0) {
        return float_new(0.0);
    }
    obj_t x = args[0];
    if (is_float(x)) {
        return x;
    }
    if (is_intlike(x)) {
        return float_new(int_to_double(x));
    }
    const type_t *t = obj_type(x);
    const char *s = NULL;
    size_t len = 0;
    if (rt_is_str(x)) {
        s = rt_str_data(x, &len);
    } else if ((t == &type_bytes || t == &type_bytearray) && t->buffer) {
        buffer_info_t info;
        t->buffer(x, &info, BUFFER_READ);
        s = info.buf;
        len = info.len;
    }
    if (s != NULL) {
        double d;
        if (!float_parse(s, len, &d)) {
            rt_raise_fmt(&type_ValueError, "could not convert string to float: %R", x);
        }
        return float_new(d);
    }
    obj_t m[2];
    if ((t->flags & TYPE_FLAG_USER) && rt_type_lookup(t, N___float__) == OBJ_NULL &&
        rt_load_method_maybe(x, N___index__, m)) {
        obj_t r = rt_call_method(m[0], m[1], 0, 0, NULL);   // float(x) via __index__
        if (!is_intlike(r)) {
            rt_raise_fmt(&type_TypeError, "__index__ returned non-int (type %s)", rt_type_name(r));
        }
        return float_new(int_to_double(r));
    }
    return rt_unary_op(UNARY_OP_FLOAT, x);
}

// ---------------------------------------------------------------- methods
static obj_t float_is_integer(obj_t self) {
    double v = float_value(self);
    return obj_bool(isfinite(v) && v == floor(v));
}
static FUN_OBJ_1(float_is_integer_obj, float_is_integer);

static obj_t float_as_integer_ratio(obj_t self) {
    double v = float_value(self);
    if (isinf(v)) {
        rt_raise_OverflowError("cannot convert Infinity to integer ratio");
    }
    if (isnan(v)) {
        rt_raise_ValueError("cannot convert NaN to integer ratio");
    }
    int e;
    double m = frexp(v, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    obj_t num = int_from_double(m), den = obj_new_small_int(1);
    if (e > 0) {
        num = mpz_lshift(num, (size_t)e);
    } else if (e < 0) {
        den = mpz_lshift(den, (size_t)-e);
    }
    obj_t items[2] = {num, den};
    return tuple_new(2, items);
}
static FUN_OBJ_1(float_as_integer_ratio_obj, float_as_integer_ratio);

static obj_t float_conjugate(obj_t self) {
    return self;
}
static FUN_OBJ_1(float_conjugate_obj, float_conjugate);

// float.hex(): [-]0x<d>.<13 hex digits>p<exp> (subnormals keep exponent -1022).
static obj_t float_hex(obj_t self) {
    double v = float_value(self);
    char buf[40];
    if (isnan(v) || isinf(v)) {
        return str_new_cstr(isnan(v) ? "nan" : v < 0 ? "-inf" : "inf");
    }
    const char *sign = signbit(v) ? "-" : "";
    if (v == 0.0) {
        snprintf(buf, sizeof buf, "%s0x0.0p+0", sign);
        return str_new_cstr(buf);
    }
    int e;
    double m = frexp(fabs(v), &e);   // m in [0.5, 1)
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    int lead = (int)m;
    m -= lead;
    char digits[14];
    for (int i = 0; i < 13; i++) {
        m *= 16.0;
        int d = (int)m;
        m -= d;
        digits[i] = "0123456789abcdef"[d];
    }
    digits[13] = 0;
    snprintf(buf, sizeof buf, "%s0x%d.%sp%+d", sign, lead, digits, e);
    return str_new_cstr(buf);
}
static FUN_OBJ_1(float_hex_obj, float_hex);

static obj_t float_fromhex(obj_t cls, obj_t str) {
    size_t len;
    const char *s = rt_str_data(str, &len);
    char buf[len + 4];
    size_t i = 0, k = 0;
    while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) {
        i++;
    }
    while (len > i && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\n' || s[len - 1] == '\r')) {
        len--;
    }
    if (i < len && (s[i] == '+' || s[i] == '-')) {
        buf[k++] = s[i++];
    }
    bool word = i < len && (s[i] == 'i' || s[i] == 'I' || s[i] == 'n' || s[i] == 'N');
    if (!word && !(len - i >= 2 && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X'))) {
        buf[k++] = '0';
        buf[k++] = 'x';
    }
    for (; i < len; i++) {
        if (s[i] == ' ' || s[i] == '_') {
            rt_raise_ValueError("invalid hexadecimal floating-point string");
        }
        buf[k++] = s[i];
    }
    buf[k] = 0;
    char *end;
    double v = strtod(buf, &end);
    if (k == 0 || *end != 0) {
        rt_raise_ValueError("invalid hexadecimal floating-point string");
    }
    if (isinf(v) && !word) {
        rt_raise_OverflowError("hexadecimal value too large to represent as a float");
    }
    return float_new(v);
}
static FUN_OBJ_2(float_fromhex_fun_obj, float_fromhex);
static CLASSMETHOD_OBJ(float_fromhex_obj, float_fromhex_fun_obj);

static void float_attr(obj_t self, name_t attr, obj_t *dest) {
    if (dest[0] != OBJ_NULL) {
        return;
    }
    if (attr == N_real) {
        dest[0] = self;
    } else if (attr == N_imag) {
        dest[0] = float_new(0.0);
    }
}

static const map_elem_t float_locals_table[] = {
    MAP_ENTRY(N_conjugate, &float_conjugate_obj),
    MAP_ENTRY(N_hex, &float_hex_obj),
    MAP_ENTRY(N_fromhex, &float_fromhex_obj),
    MAP_ENTRY(N_is_integer, &float_is_integer_obj),
    MAP_ENTRY(N_as_integer_ratio, &float_as_integer_ratio_obj),
};
static MAP_ROM(float_locals, float_locals_table);

const type_t type_float = {
    {&type_type},
    .name = N_float,
    .flags = TYPE_FLAG_BASETYPE,
    .make_new = float_make_new,
    .print = float_print,
    .unary_op = float_unary_op,
    .binary_op = float_type_binary_op,
    .attr = float_attr,
    .locals = &float_locals,
};
