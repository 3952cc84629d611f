// tests/unit/test_mpz.c — bigint arithmetic (core/mpz.c through int.c's
// entry points) against values computed by CPython: factorial, powers,
// floor divmod of negatives, bitwise ops with two's-complement semantics,
// shifts, conversions to/from double, text and bytes, hashing, pow-mod,
// and normalisation of results back to small ints.
#include <string.h>
#include <stdlib.h>
#include "tests/unit/unit.h"
#include "core/types.h"
#include "core/mpz.h"
#include "core/int.h"

static obj_t P(const char *s) {
    return int_from_str(s, strlen(s), 0);
}

// Does o print as exp in base 10?
static bool is(obj_t o, const char *exp) {
    vstr_t v;
    vstr_init(&v, 16);
    if (int_sign(o) < 0) {
        vstr_add_byte(&v, '-');
    }
    mpz_format(o, 10, false, &v);
    bool ok = v.len == strlen(exp) && memcmp(v.buf, exp, v.len) == 0;
    if (!ok) {
        printf("  got %.*s\n  exp %s\n", (int)v.len, v.buf, exp);
    }
    return ok;
}

static obj_t op(binary_op_t o, obj_t a, obj_t b) {
    return int_binary_op(o, a, b);
}

static bool dbl_is(double d, const char *exp) {
    return d == strtod(exp, NULL);
}

int main(void) {
    UNIT_START(4 << 20);

    // factorial(50)
    obj_t f = obj_new_small_int(1);
    for (int i = 2; i <= 50; i++) {
        f = op(BINARY_OP_MULTIPLY, f, obj_new_small_int(i));
    }
    CHECK(is(f, "30414093201713378043612608166064768844377641568960512000000000000"));
    // dividing it back down ends as a small int 1
    for (int i = 50; i >= 2; i--) {
        f = op(BINARY_OP_FLOOR_DIVIDE, f, obj_new_small_int(i));
    }
    CHECK(f == obj_new_small_int(1));

    // 2**200 in decimal and hex
    obj_t p200 = op(BINARY_OP_POWER, obj_new_small_int(2), obj_new_small_int(200));
    CHECK(is(p200, "1606938044258990275541962092341162602522202993782792835301376"));
    vstr_t hx;
    vstr_init(&hx, 8);
    mpz_format(p200, 16, false, &hx);
    CHECK(hx.len == 51 && hx.buf[0] == '1' && strspn(hx.buf + 1, "0") == 50);
    CHECK(mpz_bit_length(p200) == 201);

    // floor divmod with every sign combination
    obj_t a = op(BINARY_OP_POWER, obj_new_small_int(3), obj_new_small_int(100));
    obj_t na = int_unary_op(UNARY_OP_NEGATIVE, a);
    obj_t b = op(BINARY_OP_ADD, op(BINARY_OP_POWER, obj_new_small_int(7), obj_new_small_int(20)), obj_new_small_int(1));
    obj_t nb = int_unary_op(UNARY_OP_NEGATIVE, b);
    obj_t q, r;
    mpz_divmod(na, b, &q, &r);
    CHECK(is(q, "-6458990885278757752899230946171") && is(r, "48266934198022341"));
    mpz_divmod(na, nb, &q, &r);
    CHECK(is(q, "6458990885278757752899230946170") && is(r, "-31525332099589661"));
    mpz_divmod(a, nb, &q, &r);
    CHECK(is(q, "-6458990885278757752899230946171") && is(r, "-48266934198022341"));
    mpz_divmod(a, obj_new_small_int(-12345), &q, &r);
    mpz_divmod(a, obj_new_small_int(12345), &q, &r);
    CHECK(is(q, "41747875312435101744549301722610066642536048") && r == obj_new_small_int(9441));
    // q * b + r == a for a large divisor
    obj_t big = P("1545101257814748811286727736572536270706483327297185697793885263277354859652706304126519484226947610814588288262599563584162768191197920185985531058108279032100758920551854034740250965614345760459124467215428114258962147248");
    mpz_divmod(big, na, &q, &r);
    CHECK(mpz_cmp(op(BINARY_OP_ADD, op(BINARY_OP_MULTIPLY, q, na), r), big) == 0);
    CHECK(int_sign(r) <= 0);

    // bitwise ops on negatives
    obj_t x = int_unary_op(UNARY_OP_NEGATIVE, op(BINARY_OP_POWER, obj_new_small_int(2), obj_new_small_int(100)));
    obj_t m70 = op(BINARY_OP_SUBTRACT, op(BINARY_OP_LSHIFT, obj_new_small_int(1), obj_new_small_int(70)), obj_new_small_int(1));
    CHECK(op(BINARY_OP_AND, x, m70) == obj_new_small_int(0));
    CHECK(is(op(BINARY_OP_OR, x, m70), "-1267650599047637780779291901953"));
    CHECK(is(op(BINARY_OP_XOR, x, m70), "-1267650599047637780779291901953"));
    CHECK(is(op(BINARY_OP_RSHIFT, op(BINARY_OP_SUBTRACT, x, obj_new_small_int(1)), obj_new_small_int(3)),
             "-158456325028528675187087900673"));
    CHECK(is(op(BINARY_OP_RSHIFT, x, obj_new_small_int(3)), "-158456325028528675187087900672"));
    CHECK(is(op(BINARY_OP_LSHIFT, obj_new_small_int(-5), obj_new_small_int(100)), "-6338253001141147007483516026880"));
    CHECK(op(BINARY_OP_RSHIFT, x, obj_new_small_int(1000)) == obj_new_small_int(-1));
    CHECK(int_unary_op(UNARY_OP_INVERT, int_unary_op(UNARY_OP_INVERT, x)) != OBJ_NULL &&
          mpz_cmp(int_unary_op(UNARY_OP_INVERT, int_unary_op(UNARY_OP_INVERT, x)), x) == 0);

    // doubles
    double d;
    CHECK(mpz_to_double(op(BINARY_OP_POWER, obj_new_small_int(2), obj_new_small_int(100)), &d) && dbl_is(d, "1.2676506002282294e+30"));
    CHECK(mpz_to_double(P("18014398509481987"), &d) && dbl_is(d, "1.8014398509481988e+16"));
    CHECK(mpz_to_double(P("9007199254740993"), &d) && dbl_is(d, "9007199254740992.0"));
    CHECK(!mpz_to_double(op(BINARY_OP_POWER, obj_new_small_int(10), obj_new_small_int(400)), &d));
    CHECK(mpz_cmp(int_from_double(1e30), P("1000000000000000019884624838656")) == 0);
    CHECK(mpz_true_divide(op(BINARY_OP_POWER, obj_new_small_int(10), obj_new_small_int(30)), obj_new_small_int(7), &d) &&
          dbl_is(d, "1.4285714285714285e+29"));
    CHECK(mpz_true_divide(int_unary_op(UNARY_OP_NEGATIVE, op(BINARY_OP_POWER, obj_new_small_int(10), obj_new_small_int(40))),
                          op(BINARY_OP_POWER, obj_new_small_int(3), obj_new_small_int(50)), &d) &&
          dbl_is(d, "-1.3929555690985384e+16"));
    CHECK(int_cmp_double(P("9007199254740993"), 9007199254740992.0) == 1);
    CHECK(int_cmp_double(P("-9007199254740993"), -9007199254740992.0) == -1);

    // hashes as CPython (64-bit)
    if (sizeof(size_t) == 8) {
        obj_t p100 = op(BINARY_OP_POWER, obj_new_small_int(2), obj_new_small_int(100));
        CHECK((intptr_t)int_hash(p100) == 549755813888);
        CHECK((intptr_t)int_hash(int_unary_op(UNARY_OP_NEGATIVE, p100)) == -549755813888);
        CHECK(int_hash(P("2305843009213693951")) == 0);
        CHECK(int_hash(P("2305843009213693952")) == 1);
        CHECK((intptr_t)int_hash(obj_new_small_int(-1)) == -2);
        CHECK(int_hash(op(BINARY_OP_POWER, obj_new_small_int(10), obj_new_small_int(30))) == 465258685558744706);
    }

    // pow with modulus
    CHECK(int_pow3(obj_new_small_int(3), op(BINARY_OP_POWER, obj_new_small_int(10), obj_new_small_int(20)),
                   obj_new_small_int(1000000007)) == obj_new_small_int(139421235));
    CHECK(is(int_pow3(obj_new_small_int(-7), P("1180591620717411303427"), P("1000000000000000000000000000007")),
             "933172858109921538026224100731"));
    CHECK(int_pow3(obj_new_small_int(5), obj_new_small_int(3), obj_new_small_int(-7)) == obj_new_small_int(-1));

    // text round trips
    CHECK(is(P("0x_dead_BEEF"), "3735928559"));
    CHECK(is(int_from_str("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", 60, 36),
             "2388636399360109977557402041718133080829429159844757507642063199359529632522467783435119230975"));
    char ones[201];
    memset(ones, '1', 200);
    ones[200] = 0;
    CHECK(is(int_from_str(ones, 200, 2), "1606938044258990275541962092341162602522202993782792835301375"));
    for (int base = 2; base <= 36; base++) {
        vstr_t v;
        vstr_init(&v, 8);
        mpz_format(big, base, false, &v);
        CHECK(mpz_cmp(int_from_str(v.buf, v.len, base), big) == 0);
    }
    CHECK(is(int_from_str("  -1_000_000_000_000_000_000_000  ", 34, 10), "-1000000000000000000000"));

    // bytes
    uint8_t buf[13];
    CHECK(mpz_to_bytes(op(BINARY_OP_POWER, obj_new_small_int(2), obj_new_small_int(100)), buf, 13, false) && buf[12] == 0x10);
    CHECK(!mpz_to_bytes(op(BINARY_OP_POWER, obj_new_small_int(2), obj_new_small_int(104)), buf, 13, false));
    CHECK(mpz_to_bytes(x, buf, 13, true) && buf[12] == 0xf0 && buf[0] == 0);
    uint8_t seq[19];
    for (int i = 0; i < 19; i++) {
        seq[i] = (uint8_t)(i + 1);
    }
    CHECK(is(mpz_from_bytes(seq, 19, true, false), "22475995960490625424124334220934763854762515"));
    uint8_t neg[13] = {0x80};
    CHECK(is(mpz_from_bytes(neg, 13, true, true), "-10141204801825835211973625643008"));

    // normalisation: results that fit are small ints
    obj_t p100 = op(BINARY_OP_POWER, obj_new_small_int(2), obj_new_small_int(100));
    CHECK(op(BINARY_OP_SUBTRACT, p100, op(BINARY_OP_SUBTRACT, p100, obj_new_small_int(5))) == obj_new_small_int(5));
    CHECK(obj_is_small_int(op(BINARY_OP_ADD, obj_new_small_int(SMALL_INT_MAX), obj_new_small_int(-1))));
    CHECK(!obj_is_small_int(op(BINARY_OP_ADD, obj_new_small_int(SMALL_INT_MAX), obj_new_small_int(1))));
    CHECK(obj_is_small_int(op(BINARY_OP_SUBTRACT, obj_new_small_int(SMALL_INT_MIN), obj_new_small_int(0))));
    CHECK(is(op(BINARY_OP_FLOOR_DIVIDE, obj_new_small_int(SMALL_INT_MIN), obj_new_small_int(-1)),
             sizeof(void *) == 8 ? "4611686018427387904" : "1073741824"));

    // a 1000-digit number formats quickly and exactly
    obj_t c = op(BINARY_OP_POWER, obj_new_small_int(10), obj_new_small_int(999));
    vstr_t cv;
    vstr_init(&cv, 8);
    mpz_format(c, 10, false, &cv);
    CHECK(cv.len == 1000 && cv.buf[0] == '1' && strspn(cv.buf + 1, "0") == 999);

    UNIT_END();
}
