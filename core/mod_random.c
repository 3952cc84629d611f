// core/mod_random.c — the `random` module (MicroPython's API): getrandbits,
// seed, randrange, randint, choice, random, uniform, and shuffle.
//
// The generator is a 64-bit counter (a Weyl sequence) passed through a
// strong bit mixer (the splitmix64 finaliser): tiny, fast, any state value is
// valid and the period is 2^64. The state is a plain integer in a C static
// (no heap pointer). It is seeded at start-up (every soft reset) from the
// port's tick counter, wall clock and a stack address; seed(n) makes the
// sequence reproducible (same n, same sequence within one Kiln build —
// values differ from CPython's Mersenne Twister, so tests never compare them
// across interpreters).
// Arguments of any int size work (machine words take a fast path).
#include "core/runtime.h"
#include "core/types.h"
#include "core/port.h"
#include "core/mpz.h"
#include "core/mod_builtins.h"

#define WEYL_STEP 0x9e3779b97f4a7c15ULL

static uint64_t rng_state;

static uint64_t mix64(uint64_t z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static uint64_t next64(void) {
    rng_state += WEYL_STEP;
    return mix64(rng_state);
}

static void seed_u64(uint64_t s) {
    // mixed once more so that nearby seeds (0, 1, 2...) start far apart
    rng_state = mix64(s ^ 0x6a09e667f3bcc909ULL);
}

static void seed_from_port(void) {
    char here;
    uint64_t s = port_ticks_us();
    s = mix64(s) ^ (uint64_t)port_time_s();
    s = mix64(s) ^ (uint64_t)(uintptr_t)&here;
    seed_u64(s ^ rng_state);
}

// A uniform value in [0, n), n > 0 (rejection on a power-of-two mask: no bias).
static uint64_t below(uint64_t n) {
    uint64_t mask = n - 1;
    mask |= mask >> 1;
    mask |= mask >> 2;
    mask |= mask >> 4;
    mask |= mask >> 8;
    mask |= mask >> 16;
    mask |= mask >> 32;
    for (;;) {
        uint64_t r = next64() & mask;
        if (r < n) {
            return r;
        }
    }
}

// ---------------------------------------------------------------- functions
static obj_t random_seed(size_t n_args, const obj_t *args) {
    if (n_args == 0 || args[0] == OBJ_NONE) {
        seed_from_port();
        return OBJ_NONE;
    }
    obj_t a = args[0];
    long long v;
    if ((obj_is_small_int(a) || obj_is_type_exact(a, &type_int)) && int_to_ll(a, &v)) {
        seed_u64((uint64_t)v);
    } else {
        seed_u64((uint64_t)rt_hash(a) ^ 0x5bd1e995ULL);
    }
    return OBJ_NONE;
}
static FUN_OBJ_VAR(random_seed_obj, 0, 1, random_seed);

static obj_t random_getrandbits(obj_t k_obj) {
    intptr_t k = rt_get_int(k_obj);
    if (k < 0) {
        rt_raise_ValueError("number of bits must be non-negative");
    }
    if (k <= 62) {
        return obj_new_small_int(k == 0 ? 0 : (intptr_t)(next64() >> (64 - k)));
    }
    // wider: whole 32-bit words from the most significant end, then the rest
    obj_t r = obj_new_small_int(0);
    obj_t shift32 = obj_new_small_int(32);
    intptr_t left = k;
    while (left >= 32) {
        r = rt_binary_op(BINARY_OP_LSHIFT, r, shift32);
        r = rt_binary_op(BINARY_OP_OR, r, obj_new_small_int((intptr_t)(next64() >> 32)));
        left -= 32;
    }
    if (left > 0) {
        r = rt_binary_op(BINARY_OP_LSHIFT, r, obj_new_small_int(left));
        r = rt_binary_op(BINARY_OP_OR, r, obj_new_small_int((intptr_t)(next64() >> (64 - left))));
    }
    return r;
}
static FUN_OBJ_1(random_getrandbits_obj, random_getrandbits);

// start + step * (a uniform index below n), as an int object.
static obj_t pick(intptr_t start, intptr_t step, uint64_t n) {
    uint64_t i = below(n);
    return int_from_ll((long long)((uint64_t)start + (uint64_t)step * i));
}

NORETURN static void empty_range(void) {
    rt_raise_ValueError("empty range for randrange()");
}

// An int argument as an int object (bool -> 0/1; int subclasses unwrapped);
// TypeError for anything else.
static obj_t int_arg(obj_t o) {
    if (obj_is_small_int(o) || mpz_is_big(o)) {
        return o;
    }
    intptr_t v;
    if (!rt_get_int_maybe(o, &v)) {
        rt_raise_fmt(&type_TypeError, "'%s' object cannot be interpreted as an integer", rt_type_name(o));
    }
    return obj_new_small_int(v);
}

static bool word_of(obj_t o, intptr_t *v) {
    // small ints only: keeps start + step * n inside 64 bits
    if (obj_is_small_int(o)) {
        *v = obj_small_int_value(o);
        return true;
    }
    return false;
}

static obj_t op(binary_op_t o, obj_t a, obj_t b) {
    return rt_binary_op(o, a, b);
}

// A uniform int in [0, n) for an int object n > 0 of any size.
static obj_t below_obj(obj_t n) {
    if (obj_is_small_int(n)) {
        return obj_new_small_int((intptr_t)below((uint64_t)obj_small_int_value(n)));
    }
    obj_t k = obj_new_small_int((intptr_t)mpz_bit_length(n));
    for (;;) {
        obj_t r = random_getrandbits(k);
        if (rt_is_true(op(BINARY_OP_LESS, r, n))) {
            return r;
        }
    }
}

// randrange on int objects of any size (the slow path).
static obj_t randrange_obj(obj_t start, obj_t stop, obj_t step) {
    obj_t zero = obj_new_small_int(0);
    obj_t width = op(BINARY_OP_SUBTRACT, stop, start);
    obj_t n;
    if (rt_is_true(op(BINARY_OP_MORE, step, zero))) {
        n = op(BINARY_OP_FLOOR_DIVIDE, op(BINARY_OP_SUBTRACT, op(BINARY_OP_ADD, width, step),
                                          obj_new_small_int(1)), step);
    } else if (rt_is_true(op(BINARY_OP_LESS, step, zero))) {
        n = op(BINARY_OP_FLOOR_DIVIDE, op(BINARY_OP_ADD, op(BINARY_OP_ADD, width, step),
                                          obj_new_small_int(1)), step);
    } else {
        rt_raise_ValueError("zero step for randrange()");
    }
    if (!rt_is_true(op(BINARY_OP_MORE, n, zero))) {
        empty_range();
    }
    return op(BINARY_OP_ADD, start, op(BINARY_OP_MULTIPLY, step, below_obj(n)));
}

static obj_t random_randrange(size_t n_args, const obj_t *args) {
    obj_t start = obj_new_small_int(0), stop, step = obj_new_small_int(1);
    if (n_args == 1) {
        stop = int_arg(args[0]);
    } else {
        start = int_arg(args[0]);
        stop = int_arg(args[1]);
        if (n_args == 3) {
            step = int_arg(args[2]);
        }
    }
    intptr_t a, b, st;
    if (!word_of(start, &a) || !word_of(stop, &b) || !word_of(step, &st)) {
        return randrange_obj(start, stop, step);
    }
    uint64_t n;
    if (st > 0) {
        if (b <= a) {
            empty_range();
        }
        uint64_t width = (uint64_t)b - (uint64_t)a;
        n = (width - 1) / (uint64_t)st + 1;
    } else if (st < 0) {
        if (b >= a) {
            empty_range();
        }
        uint64_t width = (uint64_t)a - (uint64_t)b;
        n = (width - 1) / ((uint64_t)0 - (uint64_t)st) + 1;
    } else {
        rt_raise_ValueError("zero step for randrange()");
    }
    return pick(a, st, n);
}
static FUN_OBJ_VAR(random_randrange_obj, 1, 3, random_randrange);

static obj_t random_randint(obj_t a_obj, obj_t b_obj) {
    a_obj = int_arg(a_obj);
    b_obj = int_arg(b_obj);
    intptr_t a, b;
    if (!word_of(a_obj, &a) || !word_of(b_obj, &b)) {
        return randrange_obj(a_obj, op(BINARY_OP_ADD, b_obj, obj_new_small_int(1)), obj_new_small_int(1));
    }
    if (b < a) {
        empty_range();
    }
    return pick(a, 1, (uint64_t)b - (uint64_t)a + 1);
}
static FUN_OBJ_2(random_randint_obj, random_randint);

static obj_t random_choice(obj_t seq) {
    size_t n = rt_len(seq);
    if (n == 0) {
        rt_raise_IndexError("Cannot choose from an empty sequence");
    }
    return rt_subscr_load(seq, obj_new_small_int((intptr_t)below(n)));
}
static FUN_OBJ_1(random_choice_obj, random_choice);

// A double in [0, 1) with 53 random bits.
static double unit(void) {
    return (double)(next64() >> 11) * (1.0 / 9007199254740992.0);
}

static obj_t random_random(void) {
    return float_new(unit());
}
static FUN_OBJ_0(random_random_obj, random_random);

static obj_t random_uniform(obj_t a_obj, obj_t b_obj) {
    double a = rt_get_float(a_obj);
    double b = rt_get_float(b_obj);
    return float_new(a + (b - a) * unit());
}
static FUN_OBJ_2(random_uniform_obj, random_uniform);

// Fisher-Yates, in place, on any mutable sequence (lists directly).
static obj_t random_shuffle(obj_t seq) {
    if (obj_is_type_exact(seq, &type_list)) {
        list_t *l = OBJ_TO_PTR(seq);
        for (size_t i = l->len; i > 1; i--) {
            size_t j = (size_t)below(i);
            obj_t t = l->items[i - 1];
            l->items[i - 1] = l->items[j];
            l->items[j] = t;
        }
        return OBJ_NONE;
    }
    size_t n = rt_len(seq);
    for (size_t i = n; i > 1; i--) {
        obj_t ki = obj_new_small_int((intptr_t)i - 1);
        obj_t kj = obj_new_small_int((intptr_t)below(i));
        obj_t a = rt_subscr_load(seq, ki);
        obj_t b = rt_subscr_load(seq, kj);
        rt_subscr_store(seq, ki, b);
        rt_subscr_store(seq, kj, a);
    }
    return OBJ_NONE;
}
static FUN_OBJ_1(random_shuffle_obj, random_shuffle);

static const map_elem_t random_table[] = {
    {OBJ_NAME(N___name__), OBJ_NAME(N_random)},
    MAP_ENTRY(N_seed, &random_seed_obj),
    MAP_ENTRY(N_getrandbits, &random_getrandbits_obj),
    MAP_ENTRY(N_randrange, &random_randrange_obj),
    MAP_ENTRY(N_randint, &random_randint_obj),
    MAP_ENTRY(N_choice, &random_choice_obj),
    MAP_ENTRY(N_random, &random_random_obj),
    MAP_ENTRY(N_uniform, &random_uniform_obj),
    MAP_ENTRY(N_shuffle, &random_shuffle_obj),
};
static MAP_ROM(random_globals, random_table);
static MODULE_ROM(random_module, random_globals);

void mod_random_init(void) {
    seed_from_port();
    rt_register_module(OBJ_FROM_PTR(&random_module));
}
