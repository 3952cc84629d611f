// core/code_io.c — serialise code objects to bytes and load them back
// (format in core/code_io.h). Used by tools/mkfrozen at build time (save) and
// by the import of frozen modules (load).
// Invariants: a loaded code object is built exactly as the compiler builds
// one (same heap blocks, same field meanings); the only transformation is the
// renumbering of NAME operands, which may change instruction lengths, so
// every jump and the line table are re-targeted through an old -> new offset
// map. The loader bounds-checks every read: a bad blob raises ValueError,
// it never reads outside data[0..len).
#include <string.h>
#include "core/code_io.h"
#include "core/code.h"
#include "core/complex.h"
#include "core/gc.h"
#include "core/mpz.h"
#include "core/names.h"
#include "core/runtime.h"
#include "core/types.h"

static const char magic[3] = {'K', 'z', 'B'};

#define NO_OFFSET UINT32_MAX

NORETURN static void bad(void) {
    rt_raise_ValueError("invalid frozen bytecode");
}

// LEB128 of any width, never reading at or past end.
static bool read_leb(const uint8_t **p, const uint8_t *end, uint64_t *v) {
    uint64_t x = 0;
    unsigned shift = 0;
    while (*p < end && shift < 70) {
        uint8_t b = *(*p)++;
        if (shift < 64) {
            x |= (uint64_t)(b & 0x7f) << shift;
        }
        shift += 7;
        if (!(b & 0x80)) {
            *v = x;
            return true;
        }
    }
    return false;
}

static int64_t sleb_value(const uint8_t *start, const uint8_t *stop) {
    const uint8_t *q = start;
    (void)stop;
    return leb_get_sint(&q);
}

// ---------------------------------------------------------------- recoding
typedef uint64_t (*name_map_t)(void *ctx, uint64_t v);

// Copy bytecode in[0..len) with each NAME operand replaced by map(operand).
// *offs_out (len + 1 entries, noscan heap block) maps each old instruction
// start (and len) to its new offset; other entries are NO_OFFSET.
static uint8_t *recode(const uint8_t *in, size_t len, name_map_t map, void *ctx, size_t *out_len, uint32_t **offs_out) {
    if (len >= NO_OFFSET) {
        bad();
    }
    uint32_t *offs = gc_alloc_noscan((len + 1) * sizeof(uint32_t));
    memset(offs, 0xff, (len + 1) * sizeof(uint32_t));
    const uint8_t *end = in + len;
    size_t n = 0;
    uint8_t tmp[12];
    for (size_t i = 0; i < len;) {
        uint8_t op = in[i];
        if (op >= OP__COUNT) {
            bad();
        }
        offs[i] = (uint32_t)n;
        const uint8_t *p = in + i + 1;
        uint64_t v;
        switch (code_operand_kind[op]) {
            case OPK_BYTE: p += 1; break;
            case OPK_JUMP: p += 2; break;
            case OPK_UINT: case OPK_SINT: case OPK_CONST:
                if (!read_leb(&p, end, &v)) {
                    bad();
                }
                break;
            case OPK_NAME:
                if (!read_leb(&p, end, &v)) {
                    bad();
                }
                n += leb_put_uint(tmp, map(ctx, v)) - (size_t)(p - (in + i + 1));
                break;
            default: break;
        }
        if (p > end) {
            bad();
        }
        n += (size_t)(p - (in + i));
        i = (size_t)(p - in);
    }
    if (n >= NO_OFFSET) {
        bad();
    }
    offs[len] = (uint32_t)n;
    *offs_out = offs;
    uint8_t *out = gc_alloc_noscan(n ? n : 1);
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        uint8_t op = in[i];
        const uint8_t *p = in + i + 1;
        uint64_t v = 0;
        out[o++] = op;
        switch (code_operand_kind[op]) {
            case OPK_NAME:
                read_leb(&p, end, &v);
                o += leb_put_uint(out + o, map(ctx, v));
                break;
            case OPK_JUMP: {
                int32_t target = (int32_t)i + 3 + (int16_t)(in[i + 1] | (in[i + 2] << 8));
                if (target < 0 || (size_t)target > len || offs[target] == NO_OFFSET) {
                    bad();
                }
                int64_t off = (int64_t)offs[target] - ((int64_t)offs[i] + 3);
                if (off < -32768 || off > 32767) {
                    rt_raise_ValueError("frozen bytecode: jump out of range");
                }
                out[o++] = (uint8_t)(off & 0xff);
                out[o++] = (uint8_t)((off >> 8) & 0xff);
                p += 2;
                break;
            }
            case OPK_BYTE:
                out[o++] = *p++;
                break;
            case OPK_UINT: case OPK_SINT: case OPK_CONST: {
                const uint8_t *s = p;
                read_leb(&p, end, &v);
                memcpy(out + o, s, (size_t)(p - s));
                o += (size_t)(p - s);
                break;
            }
            default: break;
        }
        i = (size_t)(p - in);
    }
    *out_len = n;
    return out;
}

// Rewrite a line table through offs (see recode); out NULL: only measure.
static size_t remap_lines(const uint8_t *in, size_t len, const uint32_t *offs, size_t bc_len, uint8_t *out) {
    const uint8_t *p = in, *end = in + len;
    size_t o = 0;
    uint64_t old_abs = 0;
    uint32_t new_prev = 0;
    uint8_t tmp[12];
    while (p < end) {
        uint64_t delta, ld;
        if (!read_leb(&p, end, &delta)) {
            bad();
        }
        const uint8_t *ls = p;
        if (!read_leb(&p, end, &ld)) {
            bad();
        }
        if (delta > bc_len) {
            bad();
        }
        old_abs += delta;
        if (old_abs > bc_len || offs[old_abs] == NO_OFFSET || offs[old_abs] < new_prev) {
            bad();
        }
        size_t k = leb_put_uint(out ? out + o : tmp, offs[old_abs] - new_prev);
        o += k;
        if (out) {
            memcpy(out + o, ls, (size_t)(p - ls));
        }
        o += (size_t)(p - ls);
        new_prev = offs[old_abs];
    }
    return o;
}

// Does every offset the line table names keep its value through offs?
static bool lines_unmoved(const uint8_t *p, size_t len, const uint32_t *offs) {
    const uint8_t *end = p + len;
    uint64_t abs = 0, v = 0;
    while (p < end) {
        read_leb(&p, end, &v);
        abs += v;
        if (offs[abs] != abs) {
            return false;
        }
        read_leb(&p, end, &v);
    }
    return true;
}

// ---------------------------------------------------------------- saving
typedef struct {
    name_t *names;      // noscan heap block
    size_t n_names, alloc;
} saver_t;

static void put_u(vstr_t *v, uint64_t x) {
    uint8_t buf[12];
    vstr_add_strn(v, (const char *)buf, leb_put_uint(buf, x));
}

static void put_s(vstr_t *v, int64_t x) {
    uint8_t buf[12];
    vstr_add_strn(v, (const char *)buf, leb_put_sint(buf, x));
}

static void put_bits(vstr_t *v, double d) {
    uint64_t bits;
    memcpy(&bits, &d, sizeof(bits));
    for (int i = 0; i < 8; i++) {
        vstr_add_byte(v, (uint8_t)(bits >> (8 * i)));
    }
}

static uint64_t name_index(void *ctx, uint64_t id) {
    saver_t *s = ctx;
    for (size_t i = 0; i < s->n_names; i++) {
        if (s->names[i] == (name_t)id) {
            return i;
        }
    }
    if (s->n_names == s->alloc) {
        s->alloc = s->alloc ? s->alloc * 2 : 64;
        s->names = s->names ? gc_realloc(s->names, s->alloc * sizeof(name_t)) : gc_alloc_noscan(s->alloc * sizeof(name_t));
    }
    s->names[s->n_names] = (name_t)id;
    return s->n_names++;
}

// A possibly-null name: 0, or its table index + 1.
static void put_name_ref(saver_t *s, vstr_t *v, name_t n) {
    put_u(v, n == NAME_NULL ? 0 : name_index(s, n) + 1);
}

static size_t n_arg_names(const code_t *co) {
    if (co->flags & CODE_LOCAL_NAMES) {
        return co->n_locals;
    }
    return (size_t)co->n_pos_args + co->n_kwonly_args + ((co->flags & CODE_VARARGS) ? 1 : 0) + ((co->flags & CODE_VARKW) ? 1 : 0);
}

static void save_code(saver_t *s, vstr_t *v, const code_t *co);

static void save_const(saver_t *s, vstr_t *v, obj_t c) {
    if (c == OBJ_NONE) {
        vstr_add_byte(v, 'N');
    } else if (c == OBJ_TRUE) {
        vstr_add_byte(v, 'T');
    } else if (c == OBJ_FALSE) {
        vstr_add_byte(v, 'F');
    } else if (c == OBJ_ELLIPSIS) {
        vstr_add_byte(v, 'E');
    } else if (obj_is_small_int(c)) {
        vstr_add_byte(v, 'i');
        put_s(v, obj_small_int_value(c));
    } else if (obj_is_name(c)) {
        vstr_add_byte(v, 'n');
        put_u(v, name_index(s, obj_name_value(c)));
    } else if (mpz_is_big(c)) {
        size_t len;
        const char *d = rt_str_data(int_to_str_base(c, 10, "", false), &len);
        vstr_add_byte(v, 'I');
        put_u(v, len);
        vstr_add_strn(v, d, len);
    } else if (obj_is_type_exact(c, &type_float)) {
        vstr_add_byte(v, 'f');
        put_bits(v, float_value(c));
    } else if (obj_is_type_exact(c, &type_complex)) {
        complex_t *z = OBJ_TO_PTR(c);
        vstr_add_byte(v, 'c');
        put_bits(v, z->real);
        put_bits(v, z->imag);
    } else if (obj_is_type_exact(c, &type_str) || obj_is_type_exact(c, &type_bytes)) {
        str_t *str = OBJ_TO_PTR(c);
        vstr_add_byte(v, obj_is_type_exact(c, &type_str) ? 's' : 'b');
        put_u(v, str->len);
        vstr_add_strn(v, str->data, str->len);
    } else if (obj_is_type_exact(c, &type_tuple)) {
        tuple_t *t = OBJ_TO_PTR(c);
        vstr_add_byte(v, 't');
        put_u(v, t->len);
        for (size_t i = 0; i < t->len; i++) {
            save_const(s, v, t->items[i]);
        }
    } else if (obj_is_type_exact(c, &type_code)) {
        vstr_add_byte(v, 'C');
        save_code(s, v, OBJ_TO_PTR(c));
    } else {
        rt_raise_type_error_for("can't freeze a constant of type '%s'", c);
    }
}

static void save_code(saver_t *s, vstr_t *v, const code_t *co) {
    put_u(v, co->flags);
    put_name_ref(s, v, co->name);
    put_name_ref(s, v, co->qualname);
    put_name_ref(s, v, co->filename);
    const uint16_t fields[] = {co->n_locals, co->n_stack, co->n_blocks, co->n_pos_args, co->n_posonly_args,
                               co->n_kwonly_args, co->n_cells, co->n_free, co->first_line};
    for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
        put_u(v, fields[i]);
    }
    size_t na = n_arg_names(co);
    put_u(v, na);
    for (size_t i = 0; i < na; i++) {
        put_name_ref(s, v, co->arg_names[i]);
    }
    for (size_t i = 0; i < co->n_cells; i++) {
        put_u(v, co->cell_slots[i]);
    }
    size_t bc_len;
    uint32_t *offs;
    uint8_t *bc = recode(co->bytecode, co->bc_len, name_index, s, &bc_len, &offs);
    put_u(v, bc_len);
    vstr_add_strn(v, (const char *)bc, bc_len);
    gc_free(bc);
    size_t lines_len = remap_lines(co->lines, co->lines_len, offs, co->bc_len, NULL);
    put_u(v, lines_len);
    remap_lines(co->lines, co->lines_len, offs, co->bc_len, (uint8_t *)vstr_extend(v, lines_len));
    gc_free(offs);
    put_u(v, co->n_consts);
    for (size_t i = 0; i < co->n_consts; i++) {
        save_const(s, v, co->consts[i]);
    }
}

void code_io_save(vstr_t *out, obj_t code) {
    if (!obj_is_type_exact(code, &type_code)) {
        rt_raise_TypeError("code object expected");
    }
    saver_t s = {NULL, 0, 0};
    vstr_t body;
    vstr_init(&body, 256);
    save_code(&s, &body, OBJ_TO_PTR(code));
    vstr_add_strn(out, magic, sizeof(magic));
    vstr_add_byte(out, CODE_IO_VERSION);
    put_u(out, s.n_names);
    for (size_t i = 0; i < s.n_names; i++) {
        size_t len = names_len(s.names[i]);
        put_u(out, len);
        vstr_add_strn(out, names_str(s.names[i]), len);
    }
    vstr_add_strn(out, body.buf, body.len);
}

// ---------------------------------------------------------------- loading
typedef struct {
    const uint8_t *p, *end;
    name_t *names;      // noscan heap block
    size_t n_names;
} reader_t;

static uint64_t get_u(reader_t *r) {
    uint64_t v;
    if (!read_leb(&r->p, r->end, &v)) {
        bad();
    }
    return v;
}

static uint16_t get_u16(reader_t *r) {
    uint64_t v = get_u(r);
    if (v > 0xffff) {
        bad();
    }
    return (uint16_t)v;
}

static const uint8_t *get_bytes(reader_t *r, size_t n) {
    if ((size_t)(r->end - r->p) < n) {
        bad();
    }
    const uint8_t *p = r->p;
    r->p += n;
    return p;
}

static double get_bits(reader_t *r) {
    const uint8_t *b = get_bytes(r, 8);
    uint64_t bits = 0;
    for (int i = 0; i < 8; i++) {
        bits |= (uint64_t)b[i] << (8 * i);
    }
    double d;
    memcpy(&d, &bits, sizeof(d));
    return d;
}

static uint64_t name_of_index(void *ctx, uint64_t i) {
    reader_t *r = ctx;
    if (i >= r->n_names) {
        bad();
    }
    return r->names[i];
}

static name_t get_name_ref(reader_t *r) {
    uint64_t i = get_u(r);
    return i == 0 ? NAME_NULL : (name_t)name_of_index(r, i - 1);
}

static obj_t load_code(reader_t *r, unsigned depth);

static obj_t load_const(reader_t *r, unsigned depth) {
    if (depth > 64) {
        bad();
    }
    uint8_t tag = *get_bytes(r, 1);
    switch (tag) {
        case 'N': return OBJ_NONE;
        case 'T': return OBJ_TRUE;
        case 'F': return OBJ_FALSE;
        case 'E': return OBJ_ELLIPSIS;
        case 'i': {
            const uint8_t *s = r->p;
            get_u(r);
            return int_from_ll(sleb_value(s, r->p));
        }
        case 'n': return OBJ_NAME(name_of_index(r, get_u(r)));
        case 'I': {
            size_t n = get_u(r);
            return int_from_str((const char *)get_bytes(r, n), n, 10);
        }
        case 'f': return float_new(get_bits(r));
        case 'c': {
            double re = get_bits(r);
            return complex_new(re, get_bits(r));
        }
        case 's': case 'b': {
            size_t n = get_u(r);
            const char *d = (const char *)get_bytes(r, n);
            return tag == 's' ? str_new(d, n) : bytes_new(d, n);
        }
        case 't': {
            size_t n = get_u(r);
            if (n > (size_t)(r->end - r->p)) {
                bad();
            }
            obj_t t = tuple_new(n, NULL);
            tuple_t *tp = OBJ_TO_PTR(t);
            for (size_t i = 0; i < n; i++) {
                tp->items[i] = load_const(r, depth + 1);
            }
            return t;
        }
        case 'C': return load_code(r, depth + 1);
        default: bad();
    }
}

static obj_t load_code(reader_t *r, unsigned depth) {
    code_t *co = gc_alloc(sizeof(code_t));
    co->base.type = &type_code;
    co->flags = get_u16(r);
    co->name = get_name_ref(r);
    co->qualname = get_name_ref(r);
    co->filename = get_name_ref(r);
    co->n_locals = get_u16(r);
    co->n_stack = get_u16(r);
    co->n_blocks = get_u16(r);
    co->n_pos_args = get_u16(r);
    co->n_posonly_args = get_u16(r);
    co->n_kwonly_args = get_u16(r);
    co->n_cells = get_u16(r);
    co->n_free = get_u16(r);
    co->first_line = get_u16(r);
    size_t na = get_u(r);
    if (na != n_arg_names(co)) {
        bad();
    }
    if (na) {
        co->arg_names = gc_alloc_noscan(na * sizeof(name_t));
        for (size_t i = 0; i < na; i++) {
            co->arg_names[i] = get_name_ref(r);
        }
    }
    if (co->n_cells) {
        co->cell_slots = gc_alloc_noscan(co->n_cells * sizeof(uint16_t));
        for (size_t i = 0; i < co->n_cells; i++) {
            co->cell_slots[i] = get_u16(r);
        }
    }
    size_t bc_len = get_u(r);
    const uint8_t *bc = get_bytes(r, bc_len);
    uint32_t *offs;
    co->bytecode = recode(bc, bc_len, name_of_index, r, &co->bc_len, &offs);
    size_t lines_len = get_u(r);
    const uint8_t *lines = get_bytes(r, lines_len);
    size_t n = remap_lines(lines, lines_len, offs, bc_len, NULL);
    if (n && co->bc_len == bc_len && lines_unmoved(lines, lines_len, offs)) {
        co->lines = lines;   // offsets unchanged: use the blob's table in place (read-only, not in the heap)
        co->lines_len = lines_len;
    } else if (n) {
        uint8_t *l = gc_alloc_noscan(n);
        remap_lines(lines, lines_len, offs, bc_len, l);
        co->lines = l;
        co->lines_len = n;
    }
    gc_free(offs);
    size_t nc = get_u(r);
    if (nc > (size_t)(r->end - r->p)) {
        bad();
    }
    if (nc) {
        co->consts = gc_alloc(nc * sizeof(obj_t));
        co->n_consts = nc;
        for (size_t i = 0; i < nc; i++) {
            co->consts[i] = load_const(r, depth);
        }
    }
    return OBJ_FROM_PTR(co);
}

obj_t code_io_load(const uint8_t *data, size_t len) {
    reader_t r = {data, data + len, NULL, 0};
    const uint8_t *h = get_bytes(&r, sizeof(magic) + 1);
    if (memcmp(h, magic, sizeof(magic)) != 0 || h[sizeof(magic)] != CODE_IO_VERSION) {
        rt_raise_ValueError("incompatible frozen bytecode");
    }
    size_t nn = get_u(&r);
    if (nn > len) {
        bad();
    }
    r.names = gc_alloc_noscan((nn ? nn : 1) * sizeof(name_t));
    for (size_t i = 0; i < nn; i++) {
        size_t n = get_u(&r);
        const char *s = (const char *)get_bytes(&r, n);
        r.names[i] = names_intern(s, n);
        r.n_names = i + 1;
    }
    obj_t code = load_code(&r, 0);
    if (r.p != r.end) {
        bad();
    }
    gc_free(r.names);
    return code;
}
