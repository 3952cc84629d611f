// core/int.c — the int and bool types: small-int fast paths, dispatch to
// mpz.c for bigints, int() parsing, hashing, printing and the int methods.
//
// Invariants: an int value is a small int or a bigint (mpz_obj_t, never
// small-sized); bools act as the ints 0 and 1 everywhere except that & | ^
// of two bools give a bool. Every result is normalised (int_from_ll and the
// mpz_* functions return small ints when the value fits).
#include <string.h>
#include <math.h>
#include "core/int.h"
#include "core/mpz.h"
#include "core/float.h"
#include "core/types.h"
#include "core/runtime.h"
#include "core/gc.h"

#define SMALL(v) obj_new_small_int(v)

static inline bool is_bool(obj_t o) {
    return o == OBJ_FALSE || o == OBJ_TRUE;
}

static inline bool is_int(obj_t o) {
    return obj_is_small_int(o) || mpz_is_big(o);
}

static inline bool is_float(obj_t o) {
    return obj_is_type_exact(o, &type_float);
}

obj_t int_from_bool_or_int(obj_t o) {
    return is_bool(o) ? SMALL(o == OBJ_TRUE) : o;
}

// ---------------------------------------------------------------- conversions
obj_t int_from_ll(long long v) {
    return mpz_from_ll(v);
}

obj_t int_from_ull(unsigned long long v) {
    return mpz_from_ull(v);
}

obj_t int_from_double(double d) {
    if (isnan(d)) {
        rt_raise_ValueError("cannot convert float NaN to integer");
    }
    if (isinf(d)) {
        rt_raise_OverflowError("cannot convert float infinity to integer");
    }
    if (fabs(d) < 4e18) {
        return int_from_ll((long long)d);
    }
    return mpz_from_double(d);
}

bool int_to_ll(obj_t o, long long *out) {
    o = int_from_bool_or_int(o);
    if (obj_is_small_int(o)) {
        *out = obj_small_int_value(o);
        return true;
    }
    return mpz_to_ll(o, out);
}

double int_to_double(obj_t o) {
    o = int_from_bool_or_int(o);
    if (obj_is_small_int(o)) {
        return (double)obj_small_int_value(o);
    }
    double d;
    if (!mpz_to_double(o, &d)) {
        rt_raise_OverflowError("int too large to convert to float");
    }
    return d;
}

bool int_is_big(obj_t o) {
    return mpz_is_big(o);
}

int int_sign(obj_t o) {
    o = int_from_bool_or_int(o);
    if (obj_is_small_int(o)) {
        intptr_t v = obj_small_int_value(o);
        return v < 0 ? -1 : v > 0;
    }
    return mpz_sign(o);
}

size_t int_hash(obj_t o) {
    o = int_from_bool_or_int(o);
    if (obj_is_small_int(o)) {
        intptr_t v = obj_small_int_value(o);
        if (v > -(SMALL_INT_MAX / 2) && v < SMALL_INT_MAX / 2) {
            return v == -1 ? (size_t)-2 : (size_t)v;
        }
    }
    return mpz_hash(o);
}

// Compare an int exactly with a double (not nan): -1, 0, 1.
int int_cmp_double(obj_t i, double d) {
    if (isinf(d)) {
        return d > 0 ? -1 : 1;
    }
    i = int_from_bool_or_int(i);
    if (obj_is_small_int(i)) {
        intptr_t v = obj_small_int_value(i);
        if (v > -(1LL << 53) && v < (1LL << 53)) {
            double x = (double)v;
            return x < d ? -1 : x > d;
        }
    }
    return mpz_cmp_double(i, d);
}

// ---------------------------------------------------------------- text
static bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int digit_of(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'Z') {
        return c - 'A' + 10;
    }
    return 99;
}

NORETURN static void bad_int(int base) {
    rt_raise_fmt(&type_ValueError, "invalid syntax for integer with base %d", base);
}

obj_t int_from_str(const char *s, size_t len, int base) {
    const char *p = s, *e = s + len;
    int report_base = base;
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
    bool prefixed = false;
    if (e - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb != 0 && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            prefixed = true;
        }
    }
    bool auto_decimal = false;
    if (base == 0) {
        base = 10;
        auto_decimal = true;
    }
    if (prefixed && p < e && *p == '_') {
        p++;
    }
    // validate, dropping underscores (allowed singly between digits)
    size_t n = (size_t)(e - p);
    char stackbuf[64];
    char *digits = n <= sizeof(stackbuf) ? stackbuf : gc_alloc(n);
    size_t nd = 0;
    bool nonzero = false;
    for (const char *q = p; q < e; q++) {
        if (*q == '_') {
            if (q == p || q + 1 == e || q[-1] == '_') {
                bad_int(report_base);
            }
            continue;
        }
        int d = digit_of(*q);
        if (d >= base) {
            bad_int(report_base);
        }
        nonzero |= d != 0;
        digits[nd++] = *q;
    }
    if (nd == 0 || (auto_decimal && digits[0] == '0' && nonzero)) {
        bad_int(report_base);
    }
    if (nd <= 12) {
        long long v = 0;
        for (size_t i = 0; i < nd; i++) {
            v = v * base + digit_of(digits[i]);
        }
        return int_from_ll(neg ? -v : v);
    }
    return mpz_parse(digits, nd, base, neg);
}

obj_t int_to_str_base(obj_t o, int base, const char *prefix, bool upper) {
    o = int_from_bool_or_int(o);
    vstr_t v;
    vstr_init(&v, 24);
    if (int_sign(o) < 0) {
        vstr_add_byte(&v, '-');
    }
    vstr_add_str(&v, prefix);
    if (obj_is_small_int(o)) {
        intptr_t x = obj_small_int_value(o);
        unsigned long long m = x < 0 ? 0ULL - (unsigned long long)x : (unsigned long long)x;
        const char *alpha = upper ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" : "0123456789abcdefghijklmnopqrstuvwxyz";
        char buf[72];
        char *q = buf + sizeof(buf);
        do {
            *--q = alpha[m % (unsigned)base];
            m /= (unsigned)base;
        } while (m != 0);
        vstr_add_strn(&v, q, (size_t)(buf + sizeof(buf) - q));
    } else {
        mpz_format(o, base, upper, &v);
    }
    return str_from_vstr(&v);
}

static void int_print(const printer_t *p, obj_t self, print_kind_t kind) {
    self = int_from_bool_or_int(self);
    if (obj_is_small_int(self)) {
        print_fmt(p, "%lld", (long long)obj_small_int_value(self));
        return;
    }
    vstr_t v;
    vstr_init(&v, 32);
    if (mpz_sign(self) < 0) {
        vstr_add_byte(&v, '-');
    }
    mpz_format(self, 10, false, &v);
    print_strn(p, v.buf, v.len);
}

// ---------------------------------------------------------------- operators
static obj_t make_tuple2(obj_t a, obj_t b) {
    obj_t items[2] = {a, b};
    return tuple_new(2, items);
}

NORETURN static void unsupported(binary_op_t op) {
    rt_raise_fmt(&type_TypeError, "unsupported types for %q: 'int', 'int'", rt_binary_op_name(op));
}

static obj_t compare_result(binary_op_t op, int c) {
    switch (op) {
        case BINARY_OP_LESS: return obj_bool(c < 0);
        case BINARY_OP_MORE: return obj_bool(c > 0);
        case BINARY_OP_EQUAL: return obj_bool(c == 0);
        case BINARY_OP_LESS_EQUAL: return obj_bool(c <= 0);
        case BINARY_OP_MORE_EQUAL: return obj_bool(c >= 0);
        case BINARY_OP_NOT_EQUAL: return obj_bool(c != 0);
        default: return OBJ_NULL;
    }
}

static bool is_compare(binary_op_t op) {
    return op <= BINARY_OP_NOT_EQUAL;
}

// int ** negative int, as a float.
static obj_t pow_negative(obj_t a, obj_t b) {
    double x = int_to_double(a);
    if (x == 0.0) {
        rt_raise_msg(&type_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    }
    return float_new(pow(x, int_to_double(b)));
}

static obj_t small_pow(intptr_t a, intptr_t b) {
    long long r = 1, base = a;
    intptr_t e = b;
    while (true) {
        if (e & 1) {
            if (__builtin_mul_overflow(r, base, &r)) {
                return mpz_pow(SMALL(a), (size_t)b);
            }
        }
        e >>= 1;
        if (e == 0) {
            break;
        }
        if (__builtin_mul_overflow(base, base, &base)) {
            return mpz_pow(SMALL(a), (size_t)b);
        }
    }
    return int_from_ll(r);
}

static obj_t small_op(binary_op_t op, intptr_t a, intptr_t b) {
    long long r;
    switch (op) {
        case BINARY_OP_ADD:
            return int_from_ll((long long)a + b);
        case BINARY_OP_SUBTRACT:
            return int_from_ll((long long)a - b);
        case BINARY_OP_MULTIPLY:
            if (__builtin_mul_overflow((long long)a, (long long)b, &r)) {
                return mpz_mul(SMALL(a), SMALL(b));
            }
            return int_from_ll(r);
        case BINARY_OP_FLOOR_DIVIDE:
        case BINARY_OP_MODULO:
        case BINARY_OP_DIVMOD: {
            if (b == 0) {
                rt_raise_ZeroDivisionError();
            }
            long long q = (long long)a / b, m = (long long)a % b;
            if (m != 0 && ((m < 0) != (b < 0))) {
                q--;
                m += b;
            }
            if (op == BINARY_OP_FLOOR_DIVIDE) {
                return int_from_ll(q);
            }
            if (op == BINARY_OP_MODULO) {
                return SMALL((intptr_t)m);
            }
            return make_tuple2(int_from_ll(q), SMALL((intptr_t)m));
        }
        case BINARY_OP_TRUE_DIVIDE: {
            if (b == 0) {
                rt_raise_ZeroDivisionError();
            }
            double d;
            mpz_true_divide(SMALL(a), SMALL(b), &d);
            return float_new(d);
        }
        case BINARY_OP_POWER:
            if (b < 0) {
                return pow_negative(SMALL(a), SMALL(b));
            }
            return small_pow(a, b);
        case BINARY_OP_LSHIFT:
            if (b < 0) {
                rt_raise_ValueError("negative shift count");
            }
            if (a == 0) {
                return SMALL(0);
            }
            if (b < (intptr_t)SMALL_INT_BITS - 1) {
                intptr_t s = (intptr_t)((uintptr_t)a << b);
                if ((s >> b) == a && small_int_fits(s)) {
                    return SMALL(s);
                }
            }
            return mpz_lshift(SMALL(a), (size_t)b);
        case BINARY_OP_RSHIFT:
            if (b < 0) {
                rt_raise_ValueError("negative shift count");
            }
            if (b >= (intptr_t)SMALL_INT_BITS) {
                return SMALL(a < 0 ? -1 : 0);
            }
            return SMALL(a >> b);
        case BINARY_OP_AND: return SMALL(a & b);
        case BINARY_OP_OR: return SMALL(a | b);
        case BINARY_OP_XOR: return SMALL(a ^ b);
        case BINARY_OP_LESS: return obj_bool(a < b);
        case BINARY_OP_MORE: return obj_bool(a > b);
        case BINARY_OP_EQUAL: return obj_bool(a == b);
        case BINARY_OP_LESS_EQUAL: return obj_bool(a <= b);
        case BINARY_OP_MORE_EQUAL: return obj_bool(a >= b);
        case BINARY_OP_NOT_EQUAL: return obj_bool(a != b);
        default:
            unsupported(op);
    }
}

// At least one operand is a bigint.
static obj_t big_op(binary_op_t op, obj_t a, obj_t b) {
    switch (op) {
        case BINARY_OP_ADD: return mpz_add(a, b);
        case BINARY_OP_SUBTRACT: return mpz_sub(a, b);
        case BINARY_OP_MULTIPLY: return mpz_mul(a, b);
        case BINARY_OP_FLOOR_DIVIDE: {
            obj_t q;
            mpz_divmod(a, b, &q, NULL);
            return q;
        }
        case BINARY_OP_MODULO: {
            obj_t r;
            mpz_divmod(a, b, NULL, &r);
            return r;
        }
        case BINARY_OP_DIVMOD: {
            obj_t q, r;
            mpz_divmod(a, b, &q, &r);
            return make_tuple2(q, r);
        }
        case BINARY_OP_TRUE_DIVIDE: {
            double d;
            if (!mpz_true_divide(a, b, &d)) {
                rt_raise_OverflowError("integer division result too large for a float");
            }
            return float_new(d);
        }
        case BINARY_OP_POWER: {
            int s = int_sign(b);
            if (s < 0) {
                return pow_negative(a, b);
            }
            if (obj_is_small_int(b)) {
                return mpz_pow(a, (size_t)obj_small_int_value(b));
            }
            // huge exponent: only 0, 1 and -1 have a representable result
            if (obj_is_small_int(a)) {
                intptr_t x = obj_small_int_value(a);
                if (x == 0 || x == 1) {
                    return a;
                }
                if (x == -1) {
                    obj_t r;
                    mpz_divmod(b, SMALL(2), NULL, &r);
                    return SMALL(r == SMALL(0) ? 1 : -1);
                }
            }
            rt_raise_OverflowError("result too large");
        }
        case BINARY_OP_LSHIFT:
        case BINARY_OP_RSHIFT: {
            if (int_sign(b) < 0) {
                rt_raise_ValueError("negative shift count");
            }
            if (!obj_is_small_int(b)) {
                if (op == BINARY_OP_RSHIFT || int_sign(a) == 0) {
                    return SMALL(op == BINARY_OP_RSHIFT && int_sign(a) < 0 ? -1 : 0);
                }
                rt_raise_OverflowError("too many digits in integer");
            }
            size_t n = (size_t)obj_small_int_value(b);
            return op == BINARY_OP_LSHIFT ? mpz_lshift(a, n) : mpz_rshift(a, n);
        }
        case BINARY_OP_AND: return mpz_bitop('&', a, b);
        case BINARY_OP_OR: return mpz_bitop('|', a, b);
        case BINARY_OP_XOR: return mpz_bitop('^', a, b);
        default:
            if (is_compare(op)) {
                return compare_result(op, mpz_cmp(a, b));
            }
            unsupported(op);
    }
}

obj_t int_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    lhs = int_from_bool_or_int(lhs);
    if (op >= BINARY_OP_REVERSE_OR) {
        // rhs <op> lhs
        binary_op_t plain = op - BINARY_OP_REVERSE_OR + BINARY_OP_OR;
        if (is_int(rhs) || is_bool(rhs)) {
            return int_binary_op(plain, rhs, lhs);
        }
        if (is_float(rhs)) {
            return float_binary_op(plain, float_value(rhs), lhs);
        }
        obj_t nat = rt_native_operand(rhs, op);
        return nat != OBJ_NULL ? int_binary_op(op, lhs, nat) : OBJ_NULL;
    }
    if (op >= BINARY_OP_INPLACE_OR && op <= BINARY_OP_INPLACE_POWER) {
        op = BINARY_OP_INPLACE_TO_PLAIN(op);
    }
    rhs = int_from_bool_or_int(rhs);
    if (obj_is_small_int(rhs)) {
        if (obj_is_small_int(lhs)) {
            return small_op(op, obj_small_int_value(lhs), obj_small_int_value(rhs));
        }
        return big_op(op, lhs, rhs);
    }
    if (mpz_is_big(rhs)) {
        return big_op(op, lhs, rhs);
    }
    if (is_float(rhs)) {
        double d = float_value(rhs);
        if (is_compare(op)) {
            if (isnan(d)) {
                return obj_bool(op == BINARY_OP_NOT_EQUAL);
            }
            return compare_result(op, int_cmp_double(lhs, d));
        }
        return float_binary_op(op, int_to_double(lhs), rhs);
    }
    obj_t nat = rt_native_operand(rhs, op);   // an instance of class J(int) / K(float)
    return nat != OBJ_NULL ? int_binary_op(op, lhs, nat) : OBJ_NULL;
}

obj_t int_unary_op(unary_op_t op, obj_t o) {
    o = int_from_bool_or_int(o);
    bool small = obj_is_small_int(o);
    intptr_t v = small ? obj_small_int_value(o) : 0;
    switch (op) {
        case UNARY_OP_POSITIVE:
        case UNARY_OP_INT:
            return o;
        case UNARY_OP_NEGATIVE:
            return small ? int_from_ll(-(long long)v) : mpz_neg(o);
        case UNARY_OP_INVERT:
            return small ? SMALL(~v) : mpz_sub(mpz_neg(o), SMALL(1));
        case UNARY_OP_ABS:
            return small ? int_from_ll(v < 0 ? -(long long)v : v) : mpz_abs(o);
        case UNARY_OP_BOOL:
            return obj_bool(!small || v != 0);
        case UNARY_OP_NOT:
            return obj_bool(small && v == 0);
        case UNARY_OP_HASH:
            return int_from_ll((long long)(intptr_t)int_hash(o));
        case UNARY_OP_FLOAT:
            return float_new(int_to_double(o));
        default:
            return OBJ_NULL;
    }
}

// ---------------------------------------------------------------- pow(b, e, m)
obj_t int_pow3(obj_t b, obj_t e, obj_t m) {
    b = int_from_bool_or_int(b);
    e = int_from_bool_or_int(e);
    m = int_from_bool_or_int(m);
    if (!is_int(b) || !is_int(e) || !is_int(m)) {
        rt_raise_TypeError("pow() with 3 arguments requires integers");
    }
    if (int_sign(m) == 0) {
        rt_raise_ValueError("pow() 3rd argument cannot be 0");
    }
    if (int_sign(e) < 0) {
        // b**-e mod m: the modular inverse of b (extended Euclid), to the power e
        obj_t mabs = mpz_abs(m), q, r;
        mpz_divmod(b, mabs, &q, &r);
        obj_t old_r = r, cur_r = mabs, old_s = SMALL(1), cur_s = SMALL(0);
        while (int_sign(cur_r) != 0) {
            obj_t qq, rr;
            mpz_divmod(old_r, cur_r, &qq, &rr);
            old_r = cur_r;
            cur_r = rr;
            obj_t ns = mpz_sub(old_s, mpz_mul(qq, cur_s));
            old_s = cur_s;
            cur_s = ns;
        }
        if (mpz_cmp(old_r, SMALL(1)) != 0) {
            rt_raise_ValueError("base is not invertible for the given modulus");
        }
        b = old_s;
        e = mpz_neg(e);
    }
    return mpz_powmod(b, e, m);
}

obj_t int_round(obj_t i, obj_t ndigits) {
    i = int_from_bool_or_int(i);
    if (ndigits == OBJ_NULL || ndigits == OBJ_NONE) {
        return i;
    }
    intptr_t nd = rt_get_int(ndigits);
    if (nd >= 0) {
        return i;
    }
    if (-nd > 100000) {
        return SMALL(0);
    }
    obj_t p = mpz_pow(SMALL(10), (size_t)-nd);
    obj_t q, r;
    mpz_divmod(i, p, &q, &r);
    int c = mpz_cmp(mpz_add(r, r), p);
    if (c > 0 || (c == 0 && mpz_bitop('&', q, SMALL(1)) != SMALL(0))) {
        q = mpz_add(q, SMALL(1));
    }
    return mpz_mul(q, p);
}

// ---------------------------------------------------------------- int()
static obj_t int_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 0, 2, n_kw, true);
    obj_t base_obj = n_args > 1 ? args[1] : OBJ_NULL;
    for (size_t i = 0; i < n_kw; i++) {
        obj_t key = args[n_args + 2 * i];
        if (obj_is_name(key) && obj_name_value(key) == N_base) {
            base_obj = args[n_args + 2 * i + 1];
        } else {
            rt_raise_fmt(&type_TypeError, "unexpected keyword argument '%O'", key);
        }
    }
    if (n_args == 0) {
        if (base_obj != OBJ_NULL) {
            rt_raise_TypeError("int() missing string argument");
        }
        return SMALL(0);
    }
    obj_t x = args[0];
    if (base_obj != OBJ_NULL) {
        intptr_t base = rt_get_int(base_obj);
        if (base != 0 && (base < 2 || base > 36)) {
            rt_raise_ValueError("int() arg 2 must be >= 2 and <= 36");
        }
        const type_t *t = obj_type(x);
        if (rt_is_str(x)) {
            size_t len;
            const char *s = rt_str_data(x, &len);
            return int_from_str(s, len, (int)base);
        }
        if ((t == &type_bytes || t == &type_bytearray) && t->buffer) {
            buffer_info_t info;
            t->buffer(x, &info, BUFFER_READ);
            return int_from_str(info.buf, info.len, (int)base);
        }
        rt_raise_TypeError("int() can't convert non-string with explicit base");
    }
    if (is_int(x) || is_bool(x)) {
        return int_from_bool_or_int(x);
    }
    if (is_float(x)) {
        return int_from_double(float_value(x));
    }
    if (rt_is_str(x)) {
        size_t len;
        const char *s = rt_str_data(x, &len);
        return int_from_str(s, len, 10);
    }
    const type_t *t = obj_type(x);
    if ((t == &type_bytes || t == &type_bytearray) && t->buffer) {
        buffer_info_t info;
        t->buffer(x, &info, BUFFER_READ);
        return int_from_str(info.buf, info.len, 10);
    }
    obj_t m[2];
    if ((t->flags & TYPE_FLAG_USER) && rt_type_lookup(t, N___int__) == OBJ_NULL &&
        rt_load_method_maybe(x, N___index__, m)) {
        obj_t r = rt_call_method(m[0], m[1], 0, 0, NULL);   // int(x) falls back to __index__
        if (!is_int(r) && !is_bool(r)) {
            rt_raise_fmt(&type_TypeError, "__index__ returned non-int (type %s)", rt_type_name(r));
        }
        return int_from_bool_or_int(r);
    }
    return rt_unary_op(UNARY_OP_INT, x);
}

// ---------------------------------------------------------------- methods
static obj_t int_bit_length(obj_t self) {
    self = int_from_bool_or_int(self);
    if (obj_is_small_int(self)) {
        intptr_t v = obj_small_int_value(self);
        unsigned long long m = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
        return SMALL(m == 0 ? 0 : 64 - __builtin_clzll(m));
    }
    return int_from_ull(mpz_bit_length(self));
}
static FUN_OBJ_1(int_bit_length_obj, int_bit_length);

static bool parse_byteorder(obj_t o) {
    size_t len;
    const char *s = rt_str_data(o, &len);
    if (len == 3 && memcmp(s, "big", 3) == 0) {
        return true;
    }
    if (len == 6 && memcmp(s, "little", 6) == 0) {
        return false;
    }
    rt_raise_ValueError("byteorder must be either 'little' or 'big'");
}

static const arg_spec_t to_bytes_spec[] = {
    {N_self, ARG_REQUIRED, OBJ_NULL},
    {N_length, 0, OBJ_SMALL_INT(1)},
    {N_byteorder, 0, OBJ_NAME(N_big)},
    {N_signed, ARG_KW_ONLY, OBJ_FALSE},
};

static obj_t int_to_bytes(size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t vals[4];
    rt_parse_args(n_args, n_kw, args, 4, to_bytes_spec, vals);
    obj_t self = int_from_bool_or_int(vals[0]);
    intptr_t len = rt_get_int(vals[1]);
    if (len < 0) {
        rt_raise_ValueError("length argument must be non-negative");
    }
    bool big_endian = parse_byteorder(vals[2]);
    bool is_signed = rt_is_true(vals[3]);
    if (!is_signed && int_sign(self) < 0) {
        rt_raise_OverflowError("can't convert negative int to unsigned");
    }
    uint8_t *buf = gc_alloc((size_t)len + 1);
    if (!mpz_to_bytes(self, buf, (size_t)len, is_signed)) {
        rt_raise_OverflowError("int too big to convert");
    }
    if (big_endian) {
        for (intptr_t i = 0, j = len - 1; i < j; i++, j--) {
            uint8_t t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
    }
    return bytes_new((const char *)buf, (size_t)len);
}
static FUN_OBJ_KW(int_to_bytes_obj, 1, int_to_bytes);

static const arg_spec_t from_bytes_spec[] = {
    {N_type, ARG_REQUIRED, OBJ_NULL},
    {N_bytes, ARG_REQUIRED, OBJ_NULL},
    {N_byteorder, 0, OBJ_NAME(N_big)},
    {N_signed, ARG_KW_ONLY, OBJ_FALSE},
};

static obj_t int_from_bytes(size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t vals[4];
    rt_parse_args(n_args, n_kw, args, 4, from_bytes_spec, vals);
    obj_t data = vals[1];
    const type_t *t = obj_type(data);
    buffer_info_t info;
    if (t->buffer == NULL || t->buffer(data, &info, BUFFER_READ) != 0) {
        rt_raise_TypeError("cannot convert object to bytes");
    }
    return mpz_from_bytes(info.buf, info.len, parse_byteorder(vals[2]), rt_is_true(vals[3]));
}
static FUN_OBJ_KW(int_from_bytes_fun_obj, 2, int_from_bytes);
static CLASSMETHOD_OBJ(int_from_bytes_obj, int_from_bytes_fun_obj);

static obj_t int_bit_count(obj_t self) {
    self = int_from_bool_or_int(self);
    if (obj_is_small_int(self)) {
        intptr_t v = obj_small_int_value(self);
        unsigned long long m = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
        return SMALL(__builtin_popcountll(m));
    }
    obj_t s = int_to_str_base(self, 16, "", false);
    size_t len;
    const char *d = rt_str_data(s, &len);
    intptr_t n = 0;
    for (size_t i = 0; i < len; i++) {
        char c = d[i];
        int x = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : 0;
        n += __builtin_popcount((unsigned)x);
    }
    return SMALL(n);
}
static FUN_OBJ_1(int_bit_count_obj, int_bit_count);

// int is its own numerator, conjugate and real part (CPython's numbers API)
static obj_t int_conjugate(obj_t self) {
    return int_from_bool_or_int(self);
}
static FUN_OBJ_1(int_conjugate_obj, int_conjugate);

static obj_t int_as_integer_ratio(obj_t self) {
    obj_t items[2] = {int_from_bool_or_int(self), SMALL(1)};
    return tuple_new(2, items);
}
static FUN_OBJ_1(int_as_integer_ratio_obj, int_as_integer_ratio);

static void int_attr(obj_t self, name_t attr, obj_t *dest) {
    if (dest[0] != OBJ_NULL) {
        return;
    }
    if (attr == N_real || attr == N_numerator) {
        dest[0] = int_from_bool_or_int(self);
    } else if (attr == N_imag) {
        dest[0] = SMALL(0);
    } else if (attr == N_denominator) {
        dest[0] = SMALL(1);
    }
}

static const map_elem_t int_locals_table[] = {
    MAP_ENTRY(N_bit_length, &int_bit_length_obj),
    MAP_ENTRY(N_bit_count, &int_bit_count_obj),
    MAP_ENTRY(N_conjugate, &int_conjugate_obj),
    MAP_ENTRY(N_as_integer_ratio, &int_as_integer_ratio_obj),
    MAP_ENTRY(N_to_bytes, &int_to_bytes_obj),
    MAP_ENTRY(N_from_bytes, &int_from_bytes_obj),
};
static MAP_ROM(int_locals, int_locals_table);

static obj_t int_type_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    return int_binary_op(op, lhs, rhs);
}

static obj_t int_type_unary_op(unary_op_t op, obj_t o) {
    return int_unary_op(op, o);
}

const type_t type_int = {
    {&type_type},
    .name = N_int,
    .flags = TYPE_FLAG_BASETYPE,
    .make_new = int_make_new,
    .print = int_print,
    .unary_op = int_type_unary_op,
    .binary_op = int_type_binary_op,
    .attr = int_attr,
    .locals = &int_locals,
};

// ---------------------------------------------------------------- bool
static void bool_print(const printer_t *p, obj_t self, print_kind_t kind) {
    print_str(p, self == OBJ_TRUE ? "True" : "False");
}

static obj_t bool_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 0, 1, n_kw, false);
    return obj_bool(n_args == 1 && rt_is_true(args[0]));
}

static obj_t bool_unary_op(unary_op_t op, obj_t o) {
    if (op == UNARY_OP_BOOL) {
        return o;
    }
    return int_unary_op(op, o);
}

static obj_t bool_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    if (is_bool(rhs)) {
        bool a = lhs == OBJ_TRUE, b = rhs == OBJ_TRUE;
        switch (op) {
            case BINARY_OP_AND: case BINARY_OP_INPLACE_AND: case BINARY_OP_REVERSE_AND:
                return obj_bool(a && b);
            case BINARY_OP_OR: case BINARY_OP_INPLACE_OR: case BINARY_OP_REVERSE_OR:
                return obj_bool(a || b);
            case BINARY_OP_XOR: case BINARY_OP_INPLACE_XOR: case BINARY_OP_REVERSE_XOR:
                return obj_bool(a != b);
            default:
                break;
        }
    }
    return int_binary_op(op, lhs, rhs);
}

const type_t type_bool = {
    {&type_type},
    .name = N_bool,
    .make_new = bool_make_new,
    .print = bool_print,
    .unary_op = bool_unary_op,
    .binary_op = bool_binary_op,
    .attr = int_attr,
    .parent = &type_int,
    .locals = &int_locals,
};
