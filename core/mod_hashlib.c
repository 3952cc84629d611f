// core/mod_hashlib.c — the `hashlib` module: sha256, sha1 and md5 hash
// objects (constructor with optional data, update, digest, hexdigest, copy,
// digest_size, block_size, name) and new(name, data), written from
// FIPS 180-4 and RFC 1321 (the digests themselves: core/hash.c).
//
// A hash object holds its whole state inline and no heap pointers (its type
// is a ROM object), so it is allocated unscanned. digest()/hexdigest()
// finish a copy of the state, so they may be called repeatedly and update()
// may continue afterwards (CPython's behaviour). update() accepts any
// bytes-like object; a str is hashed as its UTF-8 bytes (MicroPython's
// leniency: CPython raises TypeError there).
#include <string.h>
#include <strings.h>
#include "core/runtime.h"
#include "core/types.h"
#include "core/gc.h"
#include "core/mod_builtins.h"
#include "core/hash.h"

#define BLOCK HASH_BLOCK

typedef struct {
    obj_base_t base;
    hash_ctx_t ctx;
} hash_t;

static void hash_update_obj(hash_t *s, obj_t data) {
    const type_t *t = obj_type(data);
    buffer_info_t info;
    if (rt_is_str(data)) {
        size_t len;
        const char *p = rt_str_data(data, &len);
        hash_feed(&s->ctx, p, len);
    } else if (t->buffer && t->buffer(data, &info, BUFFER_READ) == 0) {
        hash_feed(&s->ctx, info.buf, info.len);
    } else {
        rt_raise_fmt(&type_TypeError, "object supporting the buffer API required");
    }
}

// ---------------------------------------------------------------- objects
static const hash_algo_t *algo_of(const type_t *type);

static obj_t hash_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {
        {N_data, 0, OBJ_NULL},
    };
    obj_t v[1];
    rt_parse_args(n_args, n_kw, args, 1, spec, v);
    hash_t *s = gc_alloc_noscan(sizeof(hash_t));
    memset(s, 0, sizeof(*s));
    s->base.type = type;
    hash_init(&s->ctx, algo_of(type));
    if (v[0] != OBJ_NULL) {
        hash_update_obj(s, v[0]);
    }
    return OBJ_FROM_PTR(s);
}

static obj_t hash_update(obj_t self, obj_t data) {
    hash_update_obj(OBJ_TO_PTR(self), data);
    return OBJ_NONE;
}
static FUN_OBJ_2(hash_update_obj_fun, hash_update);

static obj_t hash_digest(obj_t self) {
    hash_t *s = OBJ_TO_PTR(self);
    uint8_t out[32];
    hash_finish(&s->ctx, out);
    return bytes_new((const char *)out, s->ctx.algo->digest_size);
}
static FUN_OBJ_1(hash_digest_obj, hash_digest);

static obj_t hash_hexdigest(obj_t self) {
    static const char hex[] = "0123456789abcdef";
    hash_t *s = OBJ_TO_PTR(self);
    uint8_t out[32];
    char text[64];
    hash_finish(&s->ctx, out);
    for (size_t i = 0; i < s->ctx.algo->digest_size; i++) {
        text[2 * i] = hex[out[i] >> 4];
        text[2 * i + 1] = hex[out[i] & 15];
    }
    return str_new(text, 2 * s->ctx.algo->digest_size);
}
static FUN_OBJ_1(hash_hexdigest_obj, hash_hexdigest);

static obj_t hash_copy(obj_t self) {
    hash_t *c = gc_alloc_noscan(sizeof(hash_t));
    memcpy(c, OBJ_TO_PTR(self), sizeof(hash_t));
    return OBJ_FROM_PTR(c);
}
static FUN_OBJ_1(hash_copy_obj, hash_copy);

static void hash_print(const printer_t *p, obj_t self, print_kind_t kind) {
    print_fmt(p, "<%q object>", obj_type(self)->name);
}

#define HASH_TYPE(nm, dsize) \
    static const map_elem_t nm##_locals_table[] = { \
        MAP_ENTRY(N_update, &hash_update_obj_fun), \
        MAP_ENTRY(N_digest, &hash_digest_obj), \
        MAP_ENTRY(N_hexdigest, &hash_hexdigest_obj), \
        MAP_ENTRY(N_copy, &hash_copy_obj), \
        {OBJ_NAME(N_digest_size), OBJ_SMALL_INT(dsize)}, \
        {OBJ_NAME(N_block_size), OBJ_SMALL_INT(BLOCK)}, \
        {OBJ_NAME(N_name), OBJ_NAME(N_##nm)}, \
    }; \
    static MAP_ROM(nm##_locals, nm##_locals_table); \
    static const type_t type_##nm = { \
        .base = {&type_type}, \
        .name = N_##nm, \
        .make_new = hash_make_new, \
        .print = hash_print, \
        .locals = &nm##_locals, \
    };

HASH_TYPE(sha256, 32)
HASH_TYPE(sha1, 20)
HASH_TYPE(md5, 16)

static const hash_algo_t *algo_of(const type_t *type) {
    if (type == &type_sha1) {
        return &hash_sha1;
    }
    if (type == &type_md5) {
        return &hash_md5;
    }
    return &hash_sha256;
}

// hashlib.new(name, data=b''): the constructor named by a str.
static obj_t hashlib_new(size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {
        {N_name, ARG_REQUIRED, OBJ_NULL},
        {N_data, 0, OBJ_NULL},
    };
    obj_t v[2];
    rt_parse_args(n_args, n_kw, args, 2, spec, v);
    if (!rt_is_str(v[0])) {
        rt_raise_fmt(&type_TypeError, "name must be a str, not %s", rt_type_name(v[0]));
    }
    size_t len;
    const char *s = rt_str_data(v[0], &len);
    static const type_t *const types[] = {&type_sha256, &type_sha1, &type_md5};
    for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
        const char *tn = names_str(types[i]->name);
        if (strlen(tn) == len && strncasecmp(tn, s, len) == 0) {
            return hash_make_new(types[i], v[1] != OBJ_NULL, 0, &v[1]);
        }
    }
    rt_raise_fmt(&type_ValueError, "unsupported hash type %.*s", (int)len, s);
}
static FUN_OBJ_KW(hashlib_new_obj, 1, hashlib_new);

static const map_elem_t hashlib_table[] = {
    {OBJ_NAME(N___name__), OBJ_NAME(N_hashlib)},
    MAP_ENTRY(N_sha256, &type_sha256),
    MAP_ENTRY(N_sha1, &type_sha1),
    MAP_ENTRY(N_md5, &type_md5),
    MAP_ENTRY(N_new, &hashlib_new_obj),
};
static MAP_ROM(hashlib_globals, hashlib_table);
static MODULE_ROM(hashlib_module, hashlib_globals);

void mod_hashlib_init(void) {
    rt_register_module(OBJ_FROM_PTR(&hashlib_module));
}
