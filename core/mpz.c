// core/mpz.c — bigint arithmetic (see mpz.h for the representation).
//
// Two layers: static mag_* functions work on raw magnitudes (digit arrays,
// least significant first, length without leading zeros = "normalised");
// the public mpz_* functions take int objects (small or big), look at them
// through a view_t, compute into a freshly allocated bigint and normalise
// the result with finish(), which returns a small int when the value fits.
// Temporary digit arrays live in the GC heap (kept alive by the C stack).
#include <string.h>
#include <math.h>
#include "core/mpz.h"
#include "core/gc.h"
#include "core/runtime.h"

#define DIG_MASK ((mpz_ddig_t)0xffffffffu)

// A read-only look at an int: small ints are expanded into buf.
typedef struct {
    const mpz_dig_t *d;
    size_t len;          // 0 for zero
    bool neg;
    mpz_dig_t buf[2];
} view_t;

static void view_ull(view_t *v, unsigned long long m, bool neg) {
    v->buf[0] = (mpz_dig_t)m;
    v->buf[1] = (mpz_dig_t)(m >> 32);
    v->len = m == 0 ? 0 : (m >> 32) ? 2 : 1;
    v->d = v->buf;
    v->neg = neg && m != 0;
}

static void view_of(view_t *v, obj_t o) {
    if (obj_is_small_int(o)) {
        long long x = obj_small_int_value(o);
        unsigned long long m = x < 0 ? 0ULL - (unsigned long long)x : (unsigned long long)x;
        view_ull(v, m, x < 0);
    } else {
        const mpz_obj_t *z = OBJ_TO_PTR(o);
        v->d = z->dig;
        v->len = z->len;
        v->neg = z->neg;
    }
}

static mpz_obj_t *alloc_z(size_t cap) {
    if (cap == 0) {
        cap = 1;
    }
    if (cap > ((size_t)-1) / 8) {
        rt_raise_MemoryError();
    }
    // no heap pointer inside (the type is static): digits are never scanned
    mpz_obj_t *z = gc_alloc_noscan(sizeof(mpz_obj_t) + cap * sizeof(mpz_dig_t));
    z->base.type = &type_int;
    return z;
}

static mpz_dig_t *alloc_digits(size_t n) {
    if (n > ((size_t)-1) / 8) {
        rt_raise_MemoryError();
    }
    return gc_alloc_noscan((n ? n : 1) * sizeof(mpz_dig_t));
}

static size_t norm_len(const mpz_dig_t *d, size_t len) {
    while (len > 0 && d[len - 1] == 0) {
        len--;
    }
    return len;
}

// Normalise z (len digits written) into an int object.
static obj_t finish(mpz_obj_t *z, size_t len, bool neg) {
    len = norm_len(z->dig, len);
    if (len == 0) {
        return obj_new_small_int(0);
    }
    if (len <= 2) {
        unsigned long long m = z->dig[0] | (len == 2 ? (unsigned long long)z->dig[1] << 32 : 0);
        if (!neg && m <= (unsigned long long)SMALL_INT_MAX) {
            return obj_new_small_int((intptr_t)m);
        }
        if (neg && m <= (unsigned long long)SMALL_INT_MAX + 1) {
            return obj_new_small_int((intptr_t)(0 - m));
        }
    }
    z->len = len;
    z->neg = neg;
    return OBJ_FROM_PTR(z);
}

static obj_t from_mag(const mpz_dig_t *d, size_t len, bool neg) {
    mpz_obj_t *z = alloc_z(len);
    memcpy(z->dig, d, len * sizeof(mpz_dig_t));
    return finish(z, len, neg);
}

// ---------------------------------------------------------------- magnitudes
static int mag_cmp(const mpz_dig_t *a, size_t an, const mpz_dig_t *b, size_t bn) {
    if (an != bn) {
        return an < bn ? -1 : 1;
    }
    while (an--) {
        if (a[an] != b[an]) {
            return a[an] < b[an] ? -1 : 1;
        }
    }
    return 0;
}

// r = a + b with an >= bn; r has an + 1 slots (may alias a). Returns an + 1.
static size_t mag_add(mpz_dig_t *r, const mpz_dig_t *a, size_t an, const mpz_dig_t *b, size_t bn) {
    mpz_ddig_t c = 0;
    size_t i = 0;
    for (; i < bn; i++) {
        c += (mpz_ddig_t)a[i] + b[i];
        r[i] = (mpz_dig_t)c;
        c >>= 32;
    }
    for (; i < an; i++) {
        c += a[i];
        r[i] = (mpz_dig_t)c;
        c >>= 32;
    }
    r[i] = (mpz_dig_t)c;
    return an + 1;
}

// r = a - b with a >= b; r has an slots (may alias a or b). Returns an.
static size_t mag_sub(mpz_dig_t *r, const mpz_dig_t *a, size_t an, const mpz_dig_t *b, size_t bn) {
    mpz_dig_t borrow = 0;
    size_t i = 0;
    for (; i < bn; i++) {
        mpz_ddig_t t = (mpz_ddig_t)a[i] - b[i] - borrow;
        r[i] = (mpz_dig_t)t;
        borrow = (mpz_dig_t)(t >> 32) & 1;
    }
    for (; i < an; i++) {
        mpz_ddig_t t = (mpz_ddig_t)a[i] - borrow;
        r[i] = (mpz_dig_t)t;
        borrow = (mpz_dig_t)(t >> 32) & 1;
    }
    return an;
}

// r += 1 over n digits (r has room for a carry in r[n]). Returns the new length.
static size_t mag_inc(mpz_dig_t *r, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (++r[i] != 0) {
            return n;
        }
    }
    r[n] = 1;
    return n + 1;
}

// r = a * b; r has an + bn zeroed slots and must not alias a or b.
static void mag_mul(mpz_dig_t *r, const mpz_dig_t *a, size_t an, const mpz_dig_t *b, size_t bn) {
    for (size_t i = 0; i < an; i++) {
        mpz_ddig_t ai = a[i], c = 0;
        if (ai == 0) {
            continue;
        }
        for (size_t j = 0; j < bn; j++) {
            c += ai * b[j] + r[i + j];
            r[i + j] = (mpz_dig_t)c;
            c >>= 32;
        }
        r[i + bn] = (mpz_dig_t)c;
    }
}

// q = a / d (an slots, may alias a); returns a % d.
static mpz_dig_t mag_div1(mpz_dig_t *q, const mpz_dig_t *a, size_t an, mpz_dig_t d) {
    mpz_ddig_t rem = 0;
    for (size_t i = an; i-- > 0;) {
        rem = (rem << 32) | a[i];
        q[i] = (mpz_dig_t)(rem / d);
        rem %= d;
    }
    return (mpz_dig_t)rem;
}

// Knuth's algorithm D: q = u / v (ul - n + 1 slots), r = u % v (n slots, or
// NULL). Requires ul >= n >= 2 and v[n - 1] != 0.
static void mag_divmod(mpz_dig_t *q, mpz_dig_t *r, const mpz_dig_t *u, size_t ul,
                       const mpz_dig_t *v, size_t n) {
    int s = __builtin_clz(v[n - 1]);
    mpz_dig_t *vn = alloc_digits(n);
    mpz_dig_t *un = alloc_digits(ul + 1);
    for (size_t i = n - 1; i > 0; i--) {
        vn[i] = (v[i] << s) | (s ? v[i - 1] >> (32 - s) : 0);
    }
    vn[0] = v[0] << s;
    un[ul] = s ? u[ul - 1] >> (32 - s) : 0;
    for (size_t i = ul - 1; i > 0; i--) {
        un[i] = (u[i] << s) | (s ? u[i - 1] >> (32 - s) : 0);
    }
    un[0] = u[0] << s;
    mpz_ddig_t vtop = vn[n - 1], vnext = vn[n - 2];
    for (size_t j = ul - n + 1; j-- > 0;) {
        mpz_ddig_t num = ((mpz_ddig_t)un[j + n] << 32) | un[j + n - 1];
        mpz_ddig_t qhat = num / vtop, rhat = num % vtop;
        while ((qhat >> 32) != 0 || qhat * vnext > ((rhat << 32) | un[j + n - 2])) {
            qhat--;
            rhat += vtop;
            if ((rhat >> 32) != 0) {
                break;
            }
        }
        // un[j .. j+n] -= qhat * vn
        int64_t k = 0, t;
        for (size_t i = 0; i < n; i++) {
            mpz_ddig_t p = qhat * vn[i];
            t = (int64_t)un[i + j] - k - (int64_t)(p & DIG_MASK);
            un[i + j] = (mpz_dig_t)t;
            k = (int64_t)(p >> 32) - (t >> 32);
        }
        t = (int64_t)un[j + n] - k;
        un[j + n] = (mpz_dig_t)t;
        if (t < 0) {
            // qhat was one too large: add vn back
            qhat--;
            mpz_ddig_t c = 0;
            for (size_t i = 0; i < n; i++) {
                c += (mpz_ddig_t)un[i + j] + vn[i];
                un[i + j] = (mpz_dig_t)c;
                c >>= 32;
            }
            un[j + n] += (mpz_dig_t)c;
        }
        q[j] = (mpz_dig_t)qhat;
    }
    if (r != NULL) {
        for (size_t i = 0; i < n; i++) {
            r[i] = (un[i] >> s) | (s ? un[i + 1] << (32 - s) : 0);
        }
    }
}

static size_t mag_bit_length(const mpz_dig_t *d, size_t len) {
    if (len == 0) {
        return 0;
    }
    return (len - 1) * 32 + (32 - (size_t)__builtin_clz(d[len - 1]));
}

// 64 bits of d starting at bit pos.
static uint64_t mag_bits64(const mpz_dig_t *d, size_t len, size_t pos) {
    size_t i = pos / 32;
    unsigned b = pos % 32;
    uint64_t w[3];
    for (int k = 0; k < 3; k++) {
        w[k] = i + k < len ? d[i + k] : 0;
    }
    uint64_t lo = w[0] | (w[1] << 32);
    return b ? (lo >> b) | (w[2] << (64 - b)) : lo;
}

// Are any of the bits below pos set?
static bool mag_low_bits_set(const mpz_dig_t *d, size_t len, size_t pos) {
    size_t i = pos / 32;
    for (size_t k = 0; k < i && k < len; k++) {
        if (d[k]) {
            return true;
        }
    }
    return i < len && (pos % 32) && (d[i] & (((mpz_dig_t)1 << (pos % 32)) - 1));
}

// ---------------------------------------------------------------- construction, conversion
obj_t mpz_from_ull(unsigned long long v) {
    if (v <= (unsigned long long)SMALL_INT_MAX) {
        return obj_new_small_int((intptr_t)v);
    }
    view_t w;
    view_ull(&w, v, false);
    return from_mag(w.d, w.len, false);
}

obj_t mpz_from_ll(long long v) {
    if (v >= SMALL_INT_MIN && v <= SMALL_INT_MAX) {
        return obj_new_small_int((intptr_t)v);
    }
    view_t w;
    view_ull(&w, v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v, v < 0);
    return from_mag(w.d, w.len, w.neg);
}

obj_t mpz_from_double(double d) {
    d = trunc(d);
    if (fabs(d) < 9223372036854775808.0) {
        return mpz_from_ll((long long)d);
    }
    int e;
    double m = frexp(fabs(d), &e);
    obj_t mant = mpz_from_ull((unsigned long long)ldexp(m, 53));
    obj_t r = mpz_lshift(mant, (size_t)(e - 53));
    return d < 0 ? mpz_neg(r) : r;
}

bool mpz_to_ll(obj_t a, long long *out) {
    view_t v;
    view_of(&v, a);
    if (v.len > 2) {
        return false;
    }
    unsigned long long m = v.len == 0 ? 0 : v.d[0] | (v.len == 2 ? (unsigned long long)v.d[1] << 32 : 0);
    if (v.neg) {
        if (m > (1ULL << 63)) {
            return false;
        }
        *out = (long long)(0 - m);
    } else {
        if (m > (1ULL << 63) - 1) {
            return false;
        }
        *out = (long long)m;
    }
    return true;
}

static bool mag_to_double(const mpz_dig_t *d, size_t len, bool neg, double *out) {
    size_t bl = mag_bit_length(d, len);
    double r;
    if (bl <= 64) {
        r = (double)mag_bits64(d, len, 0);
    } else {
        size_t shift = bl - 64;
        uint64_t m = mag_bits64(d, len, shift);
        if (mag_low_bits_set(d, len, shift)) {
            m |= 1;   // sticky bit: makes the conversion round correctly
        }
        if (bl > 1100) {
            return false;
        }
        r = ldexp((double)m, (int)shift);
    }
    if (isinf(r)) {
        return false;
    }
    *out = neg ? -r : r;
    return true;
}

bool mpz_to_double(obj_t a, double *out) {
    view_t v;
    view_of(&v, a);
    return mag_to_double(v.d, v.len, v.neg, out);
}

int mpz_sign(obj_t a) {
    view_t v;
    view_of(&v, a);
    return v.len == 0 ? 0 : v.neg ? -1 : 1;
}

int mpz_cmp(obj_t a, obj_t b) {
    view_t va, vb;
    view_of(&va, a);
    view_of(&vb, b);
    if (va.neg != vb.neg) {
        return va.neg ? -1 : 1;
    }
    int c = mag_cmp(va.d, va.len, vb.d, vb.len);
    return va.neg ? -c : c;
}

int mpz_cmp_double(obj_t a, double d) {
    double t = trunc(d);
    int c = mpz_cmp(a, mpz_from_double(t));
    if (c != 0) {
        return c;
    }
    return d > t ? -1 : d < t ? 1 : 0;
}

size_t mpz_bit_length(obj_t a) {
    view_t v;
    view_of(&v, a);
    return mag_bit_length(v.d, v.len);
}

// ---------------------------------------------------------------- arithmetic
obj_t mpz_neg(obj_t a) {
    view_t v;
    view_of(&v, a);
    return from_mag(v.d, v.len, !v.neg);
}

obj_t mpz_abs(obj_t a) {
    view_t v;
    view_of(&v, a);
    return v.neg ? from_mag(v.d, v.len, false) : a;
}

static obj_t add_signed(const view_t *a, const view_t *b, bool bneg) {
    if (b->len == 0) {
        return from_mag(a->d, a->len, a->neg);
    }
    if (a->neg == bneg) {
        const view_t *x = a->len >= b->len ? a : b, *y = x == a ? b : a;
        mpz_obj_t *z = alloc_z(x->len + 1);
        size_t n = mag_add(z->dig, x->d, x->len, y->d, y->len);
        return finish(z, n, bneg);
    }
    int c = mag_cmp(a->d, a->len, b->d, b->len);
    if (c == 0) {
        return obj_new_small_int(0);
    }
    mpz_obj_t *z = alloc_z(c > 0 ? a->len : b->len);
    if (c > 0) {
        return finish(z, mag_sub(z->dig, a->d, a->len, b->d, b->len), a->neg);
    }
    return finish(z, mag_sub(z->dig, b->d, b->len, a->d, a->len), bneg);
}

obj_t mpz_add(obj_t a, obj_t b) {
    view_t va, vb;
    view_of(&va, a);
    view_of(&vb, b);
    return add_signed(&va, &vb, vb.neg);
}

obj_t mpz_sub(obj_t a, obj_t b) {
    view_t va, vb;
    view_of(&va, a);
    view_of(&vb, b);
    return add_signed(&va, &vb, !vb.neg);
}

obj_t mpz_mul(obj_t a, obj_t b) {
    view_t va, vb;
    view_of(&va, a);
    view_of(&vb, b);
    if (va.len == 0 || vb.len == 0) {
        return obj_new_small_int(0);
    }
    mpz_obj_t *z = alloc_z(va.len + vb.len);
    if (va.len >= vb.len) {
        mag_mul(z->dig, va.d, va.len, vb.d, vb.len);
    } else {
        mag_mul(z->dig, vb.d, vb.len, va.d, va.len);
    }
    return finish(z, va.len + vb.len, va.neg != vb.neg);
}

void mpz_divmod(obj_t a, obj_t b, obj_t *q, obj_t *r) {
    view_t va, vb;
    view_of(&va, a);
    view_of(&vb, b);
    if (vb.len == 0) {
        rt_raise_ZeroDivisionError();
    }
    // truncated quotient and remainder of the magnitudes
    size_t ql = va.len >= vb.len ? va.len - vb.len + 1 : 0;
    mpz_obj_t *zq = alloc_z(ql + 1);
    mpz_obj_t *zr = alloc_z(vb.len + 1);
    size_t rl;
    if (ql == 0) {
        memcpy(zr->dig, va.d, va.len * sizeof(mpz_dig_t));
        rl = va.len;
    } else if (vb.len == 1) {
        zr->dig[0] = mag_div1(zq->dig, va.d, va.len, vb.d[0]);
        rl = 1;
    } else {
        mag_divmod(zq->dig, zr->dig, va.d, va.len, vb.d, vb.len);
        rl = vb.len;
    }
    ql = norm_len(zq->dig, ql);
    rl = norm_len(zr->dig, rl);
    bool qneg = va.neg != vb.neg;
    if (qneg && rl != 0) {
        // floor: q -= 1 (|q| += 1), r = b - r (takes the divisor's sign)
        ql = mag_inc(zq->dig, ql);
        rl = mag_sub(zr->dig, vb.d, vb.len, zr->dig, rl);
    }
    if (q != NULL) {
        *q = finish(zq, ql, qneg);
    }
    if (r != NULL) {
        *r = finish(zr, rl, vb.neg);
    }
}

obj_t mpz_pow(obj_t a, size_t e) {
    obj_t result = obj_new_small_int(1);
    obj_t base = a;
    while (e != 0) {
        if (e & 1) {
            result = mpz_mul(result, base);
        }
        e >>= 1;
        if (e != 0) {
            base = mpz_mul(base, base);
        }
    }
    return result;
}

obj_t mpz_powmod(obj_t a, obj_t e, obj_t m) {
    view_t ve;
    view_of(&ve, e);
    obj_t result, base;
    mpz_divmod(obj_new_small_int(1), m, NULL, &result);
    mpz_divmod(a, m, NULL, &base);
    size_t bits = mag_bit_length(ve.d, ve.len);
    for (size_t i = 0; i < bits; i++) {
        if ((ve.d[i / 32] >> (i % 32)) & 1) {
            mpz_divmod(mpz_mul(result, base), m, NULL, &result);
        }
        if (i + 1 < bits) {
            mpz_divmod(mpz_mul(base, base), m, NULL, &base);
        }
    }
    return result;
}

obj_t mpz_lshift(obj_t a, size_t n) {
    view_t v;
    view_of(&v, a);
    if (v.len == 0) {
        return a;
    }
    size_t dn = n / 32;
    unsigned s = n % 32;
    if (dn > ((size_t)-1) / 16) {
        rt_raise_MemoryError();
    }
    mpz_obj_t *z = alloc_z(v.len + dn + 1);
    if (s == 0) {
        memcpy(z->dig + dn, v.d, v.len * sizeof(mpz_dig_t));
    } else {
        mpz_dig_t carry = 0;
        for (size_t i = 0; i < v.len; i++) {
            z->dig[dn + i] = (v.d[i] << s) | carry;
            carry = v.d[i] >> (32 - s);
        }
        z->dig[dn + v.len] = carry;
    }
    return finish(z, v.len + dn + 1, v.neg);
}

obj_t mpz_rshift(obj_t a, size_t n) {
    view_t v;
    view_of(&v, a);
    size_t dn = n / 32;
    unsigned s = n % 32;
    if (dn >= v.len) {
        return obj_new_small_int(v.neg ? -1 : 0);
    }
    size_t rl = v.len - dn;
    mpz_obj_t *z = alloc_z(rl + 1);
    for (size_t i = 0; i < rl; i++) {
        mpz_dig_t lo = v.d[dn + i] >> s;
        mpz_dig_t hi = (s && dn + i + 1 < v.len) ? v.d[dn + i + 1] << (32 - s) : 0;
        z->dig[i] = lo | hi;
    }
    if (v.neg && mag_low_bits_set(v.d, v.len, n)) {
        rl = mag_inc(z->dig, norm_len(z->dig, rl));
    }
    return finish(z, rl, v.neg);
}

// out[0..n) = two's complement of v (n > v->len).
static void to_twos(mpz_dig_t *out, size_t n, const view_t *v) {
    mpz_ddig_t carry = 1;
    for (size_t i = 0; i < n; i++) {
        mpz_dig_t x = i < v->len ? v->d[i] : 0;
        if (v->neg) {
            carry += (mpz_dig_t)~x;
            out[i] = (mpz_dig_t)carry;
            carry >>= 32;
        } else {
            out[i] = x;
        }
    }
}

obj_t mpz_bitop(int op, obj_t a, obj_t b) {
    view_t va, vb;
    view_of(&va, a);
    view_of(&vb, b);
    size_t n = (va.len > vb.len ? va.len : vb.len) + 1;
    mpz_obj_t *z = alloc_z(n);
    mpz_dig_t *tb = alloc_digits(n);
    to_twos(z->dig, n, &va);
    to_twos(tb, n, &vb);
    for (size_t i = 0; i < n; i++) {
        switch (op) {
            case '&': z->dig[i] &= tb[i]; break;
            case '|': z->dig[i] |= tb[i]; break;
            default: z->dig[i] ^= tb[i]; break;
        }
    }
    bool neg = (z->dig[n - 1] >> 31) != 0;
    if (neg) {
        view_t t = {z->dig, n, true, {0, 0}};
        to_twos(z->dig, n, &t);   // negate in place: gives the magnitude
    }
    return finish(z, n, neg);
}

bool mpz_true_divide(obj_t a, obj_t b, double *out) {
    view_t va, vb;
    view_of(&va, a);
    view_of(&vb, b);
    if (vb.len == 0) {
        rt_raise_ZeroDivisionError();
    }
    size_t sa = mag_bit_length(va.d, va.len), sb = mag_bit_length(vb.d, vb.len);
    bool neg = va.neg != vb.neg;
    if (sa <= 53 && sb <= 53) {
        double x = (double)mag_bits64(va.d, va.len, 0), y = (double)mag_bits64(vb.d, vb.len, 0);
        *out = neg ? -(x / y) : x / y;
        return true;
    }
    if (sa == 0) {
        *out = neg ? -0.0 : 0.0;
        return true;
    }
    // q = |a| * 2^shift / |b| has 64 or 65 bits; its remainder is a sticky bit
    long shift = 64 + (long)sb - (long)sa;
    obj_t num = mpz_abs(a), den = mpz_abs(b);
    if (shift > 0) {
        num = mpz_lshift(num, (size_t)shift);
    } else if (shift < 0) {
        den = mpz_lshift(den, (size_t)-shift);
    }
    obj_t q, r;
    mpz_divmod(num, den, &q, &r);
    if (r != obj_new_small_int(0)) {
        q = mpz_bitop('|', q, obj_new_small_int(1));
    }
    double d;
    if (!mpz_to_double(q, &d)) {
        return false;
    }
    if (shift > 2000) {
        d = 0.0;
    } else {
        d = ldexp(d, (int)-shift);
    }
    if (isinf(d)) {
        return false;
    }
    *out = neg ? -d : d;
    return true;
}

// ---------------------------------------------------------------- text
// Largest power base^k that fits a digit.
static mpz_dig_t chunk_of(int base, int *k) {
    mpz_ddig_t p = base;
    int n = 1;
    while (p * (mpz_ddig_t)base <= DIG_MASK) {
        p *= base;
        n++;
    }
    *k = n;
    return (mpz_dig_t)p;
}

void mpz_format(obj_t a, int base, bool upper, vstr_t *out) {
    view_t v;
    view_of(&v, a);
    if (v.len == 0) {
        vstr_add_byte(out, '0');
        return;
    }
    const char *alphabet = upper ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" : "0123456789abcdefghijklmnopqrstuvwxyz";
    int k;
    mpz_dig_t bk = chunk_of(base, &k);
    int floor_log2 = 31 - __builtin_clz((unsigned)base);
    size_t cap = mag_bit_length(v.d, v.len) / (size_t)floor_log2 + (size_t)k + 2;
    char *buf = gc_alloc(cap);
    char *p = buf + cap;
    mpz_dig_t *t = alloc_digits(v.len);
    memcpy(t, v.d, v.len * sizeof(mpz_dig_t));
    size_t tl = v.len;
    while (tl > 0) {
        mpz_dig_t rem = mag_div1(t, t, tl, bk);
        tl = norm_len(t, tl);
        for (int i = 0; i < k; i++) {
            if (tl == 0 && rem == 0) {
                break;
            }
            *--p = alphabet[rem % (mpz_dig_t)base];
            rem /= (mpz_dig_t)base;
        }
    }
    vstr_add_strn(out, p, (size_t)(buf + cap - p));
    gc_free(buf);
}

static int digit_value(char c) {
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

obj_t mpz_parse(const char *s, size_t n, int base, bool neg) {
    int k;
    chunk_of(base, &k);
    int ceil_log2 = 32 - __builtin_clz((unsigned)(base - 1));
    size_t cap = n * (size_t)ceil_log2 / 32 + 2;
    mpz_obj_t *z = alloc_z(cap);
    size_t zl = 0;
    size_t i = 0;
    while (i < n) {
        mpz_ddig_t val = 0, mul = 1;
        for (int j = 0; j < k && i < n; j++, i++) {
            val = val * (mpz_ddig_t)base + (mpz_ddig_t)digit_value(s[i]);
            mul *= (mpz_ddig_t)base;
        }
        mpz_ddig_t c = val;
        for (size_t d = 0; d < zl; d++) {
            c += (mpz_ddig_t)z->dig[d] * mul;
            z->dig[d] = (mpz_dig_t)c;
            c >>= 32;
        }
        if (c != 0) {
            z->dig[zl++] = (mpz_dig_t)c;
        }
    }
    return finish(z, zl, neg);
}

// ---------------------------------------------------------------- hash
#if SIZE_MAX > 0xffffffffu
#define HASH_BITS 61
#else
#define HASH_BITS 31
#endif
#define HASH_MOD (((uint64_t)1 << HASH_BITS) - 1)

size_t mpz_hash(obj_t a) {
    view_t v;
    view_of(&v, a);
    const unsigned rot = 32 % HASH_BITS;
    uint64_t h = 0;
    for (size_t i = v.len; i-- > 0;) {
        // h = h * 2^32 + d (mod 2^HASH_BITS - 1): multiplying is a rotation
        h = ((h << rot) & HASH_MOD) | (h >> (HASH_BITS - rot));
        h += v.d[i];
        while (h >= HASH_MOD) {
            h -= HASH_MOD;
        }
    }
    size_t r = (size_t)h;
    if (v.neg) {
        r = (size_t)0 - r;
    }
    if (r == (size_t)-1) {
        r = (size_t)-2;
    }
    return r;
}

// ---------------------------------------------------------------- bytes
bool mpz_to_bytes(obj_t a, uint8_t *buf, size_t n, bool is_signed) {
    view_t v;
    view_of(&v, a);
    size_t bits = mag_bit_length(v.d, v.len);
    if (v.neg && !is_signed) {
        return false;
    }
    size_t avail = n * 8 - (is_signed ? 1 : 0);
    if (n == 0) {
        avail = 0;
    }
    if (bits > avail) {
        // -2^(8n-1) still fits a signed field
        bool pow2 = bits > 0 && !mag_low_bits_set(v.d, v.len, bits - 1);
        if (!(v.neg && n > 0 && bits == n * 8 && pow2)) {
            return false;
        }
    }
    for (size_t i = 0; i < n; i++) {
        size_t di = i / 4;
        buf[i] = di < v.len ? (uint8_t)(v.d[di] >> (8 * (i % 4))) : 0;
    }
    if (v.neg) {
        unsigned carry = 1;
        for (size_t i = 0; i < n; i++) {
            carry += (uint8_t)~buf[i];
            buf[i] = (uint8_t)carry;
            carry >>= 8;
        }
    }
    return true;
}

obj_t mpz_from_bytes(const uint8_t *buf, size_t n, bool big_endian, bool is_signed) {
    uint8_t *le = gc_alloc(n + 4);
    for (size_t i = 0; i < n; i++) {
        le[i] = big_endian ? buf[n - 1 - i] : buf[i];
    }
    bool neg = is_signed && n > 0 && (le[n - 1] & 0x80);
    if (neg) {
        unsigned carry = 1;
        for (size_t i = 0; i < n; i++) {
            carry += (uint8_t)~le[i];
            le[i] = (uint8_t)carry;
            carry >>= 8;
        }
    }
    size_t dl = (n + 3) / 4;
    mpz_obj_t *z = alloc_z(dl);
    for (size_t i = 0; i < n; i++) {
        z->dig[i / 4] |= (mpz_dig_t)le[i] << (8 * (i % 4));
    }
    return finish(z, dl, neg);
}
