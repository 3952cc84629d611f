// core/str.c — the str type: construction (names for short strings, heap
// str_t otherwise), hashing, equality, repr, operators, indexing/slicing by
// code point, iteration, Unicode classification helpers, and the helpers
// that str_methods.c, strfmt.c and bytes.c share (see str.h).
//
// Invariants: a heap str_t's data is NUL-terminated valid UTF-8; the empty
// str and single ASCII characters are always names (so they never allocate);
// str_t.hash holds the hash in its low bits (0 = not computed yet) and the
// cached "is ASCII" flags in its top two bits.
#include <string.h>
#include "core/str.h"
#include "core/gc.h"
#include "core/float.h"

// ---------------------------------------------------------------- kinds
static obj_t unwrap_user(obj_t o) {
    if (obj_is_ptr(o) && (obj_type(o)->flags & TYPE_FLAG_USER)) {
        obj_t sub = ((instance_t *)OBJ_TO_PTR(o))->subobj;
        if (sub != OBJ_NULL && !(obj_type(o)->flags & TYPE_FLAG_EXCEPTION)) {
            return sub;
        }
    }
    return o;
}

int str_get_any(obj_t o, const char **data, size_t *len) {
    if (obj_is_name(o)) {
        name_t n = obj_name_value(o);
        *len = names_len(n);
        *data = names_str(n);
        return KIND_STR;
    }
    if (!obj_is_ptr(o)) {
        return -1;
    }
    o = unwrap_user(o);
    if (obj_is_name(o)) {
        return str_get_any(o, data, len);
    }
    const type_t *t = obj_type(o);
    if (t == &type_str || t == &type_bytes) {
        str_t *s = OBJ_TO_PTR(o);
        *data = s->data;
        *len = s->len;
        return t == &type_str ? KIND_STR : KIND_BYTES;
    }
    if (t == &type_bytearray) {
        bytearray_t *b = OBJ_TO_PTR(o);
        *data = b->data;
        *len = b->len;
        return KIND_BYTEARRAY;
    }
    return -1;
}

int str_get_kind(obj_t o, const char **data, size_t *len) {
    int k = str_get_any(o, data, len);
    if (k >= 0) {
        return k;
    }
    const type_t *t = obj_type(o);
    buffer_info_t info;
    if (t->buffer && t->buffer(o, &info, BUFFER_READ) == 0) {
        *data = info.buf;
        *len = info.len;
        return KIND_BYTES;
    }
    rt_raise_fmt(&type_TypeError, "can't convert '%s' object to str implicitly", rt_type_name(o));
}

const char *str_get_arg(int kind, obj_t arg, size_t *len) {
    const char *d;
    int k = str_get_any(arg, &d, len);
    if (kind == KIND_STR) {
        if (k != KIND_STR) {
            rt_raise_fmt(&type_TypeError, "must be str, not %s", rt_type_name(arg));
        }
        return d;
    }
    if (k == KIND_BYTES || k == KIND_BYTEARRAY) {
        return d;
    }
    const type_t *t = obj_type(arg);
    buffer_info_t info;
    if (k < 0 && t->buffer && t->buffer(arg, &info, BUFFER_READ) == 0) {
        *len = info.len;
        return info.buf;
    }
    rt_raise_fmt(&type_TypeError, "a bytes-like object is required, not '%s'", rt_type_name(arg));
}

obj_t str_new_kind(int kind, const char *s, size_t len) {
    if (kind == KIND_STR) {
        return str_new(s, len);
    }
    if (kind == KIND_BYTES) {
        return bytes_new(s, len);
    }
    return bytearray_new(s, len);
}

obj_t str_from_vstr_kind(int kind, vstr_t *v) {
    if (kind == KIND_STR) {
        return str_from_vstr(v);
    }
    if (kind == KIND_BYTES) {
        return bytes_from_vstr(v);
    }
    obj_t r = bytearray_new(v->buf, v->len);
    vstr_clear(v);
    return r;
}

// ---------------------------------------------------------------- ASCII, code points
bool str_bytes_ascii(const char *s, size_t len) {
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (w & 0x8080808080808080ULL) {
            return false;
        }
    }
    for (; i < len; i++) {
        if ((uint8_t)s[i] >= 0x80) {
            return false;
        }
    }
    return true;
}

bool str_is_ascii(obj_t o) {
    if (obj_is_type_exact(o, &type_str)) {
        str_t *s = OBJ_TO_PTR(o);
        if (!(s->hash & STR_FLAG_KNOWN)) {
            s->hash |= STR_FLAG_KNOWN | (str_bytes_ascii(s->data, s->len) ? STR_FLAG_ASCII : 0);
        }
        return (s->hash & STR_FLAG_ASCII) != 0;
    }
    size_t len;
    const char *d = str_data(o, &len);
    return str_bytes_ascii(d, len);
}

size_t str_charlen(obj_t o) {
    size_t len;
    const char *d = str_data(o, &len);
    if (str_is_ascii(o)) {
        return len;
    }
    return utf8_charlen(d, len);
}

size_t str_cp_offset(const char *s, size_t len, bool ascii, size_t i) {
    if (ascii) {
        return i < len ? i : len;
    }
    return (size_t)(utf8_index(s, len, i) - s);
}

size_t str_cp_index(const char *s, bool ascii, size_t off) {
    return ascii ? off : utf8_charlen(s, off);
}

// ---------------------------------------------------------------- Unicode classes
bool str_cp_isspace(uint32_t c) {
    if (c < 0x80) {
        return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
    }
    return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
           c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

// Case pairs outside ASCII: {first, last, delta or kind}. kind 0: the
// uppercase range [first, last] maps to lowercase at +delta; kind 1: pairs
// with the uppercase letter at the even code point; kind 2: at the odd one.
typedef struct {
    uint16_t first, last;
    uint8_t kind;
    uint16_t delta;
} case_range_t;

static const case_range_t case_ranges[] = {
    {0x00c0, 0x00d6, 0, 32}, {0x00d8, 0x00de, 0, 32}, {0x0100, 0x012f, 1, 0},
    {0x0132, 0x0137, 1, 0}, {0x0139, 0x0148, 2, 0}, {0x014a, 0x0177, 1, 0},
    {0x0179, 0x017e, 2, 0}, {0x01cd, 0x01dc, 2, 0}, {0x01de, 0x01ef, 1, 0},
    {0x01f8, 0x021f, 1, 0}, {0x0222, 0x0233, 1, 0}, {0x0246, 0x024f, 1, 0},
    {0x0370, 0x0373, 1, 0}, {0x0376, 0x0377, 1, 0}, {0x0388, 0x038a, 0, 37},
    {0x038e, 0x038f, 0, 63}, {0x0391, 0x03a1, 0, 32}, {0x03a3, 0x03ab, 0, 32},
    {0x03d8, 0x03ef, 1, 0}, {0x0400, 0x040f, 0, 80}, {0x0410, 0x042f, 0, 32},
    {0x0460, 0x0481, 1, 0}, {0x048a, 0x04bf, 1, 0}, {0x04c1, 0x04ce, 2, 0},
    {0x04d0, 0x052f, 1, 0}, {0x0531, 0x0556, 0, 48}, {0x1e00, 0x1e95, 1, 0},
    {0x1ea0, 0x1eff, 1, 0}, {0x2160, 0x216f, 0, 16}, {0x24b6, 0x24cf, 0, 26},
    {0xff21, 0xff3a, 0, 32},
};

// The uppercase (upper = true) or lowercase partner of c, or c itself.
static uint32_t case_map(uint32_t c, bool upper) {
    for (size_t i = 0; i < sizeof(case_ranges) / sizeof(case_ranges[0]); i++) {
        const case_range_t *r = &case_ranges[i];
        if (r->kind == 0) {
            if (!upper && c >= r->first && c <= r->last) {
                return c + r->delta;
            }
            if (upper && c >= (uint32_t)r->first + r->delta && c <= (uint32_t)r->last + r->delta) {
                return c - r->delta;
            }
        } else if (c >= r->first && c <= r->last) {
            bool is_up = (c & 1) == (r->kind == 1 ? 0u : 1u);
            if (upper && !is_up) {
                return c - 1;
            }
            if (!upper && is_up) {
                return c + 1;
            }
            return c;
        }
    }
    switch (c) {
        case 0x00ff: return upper ? 0x178 : c;
        case 0x0178: return upper ? c : 0xff;
        case 0x00b5: return upper ? 0x39c : c;
        case 0x0131: return upper ? 'I' : c;
        case 0x017f: return upper ? 'S' : c;
        case 0x0386: return upper ? c : 0x3ac;
        case 0x03ac: return upper ? 0x386 : c;
        case 0x038c: return upper ? c : 0x3cc;
        case 0x03cc: return upper ? 0x38c : c;
        case 0x03c2: return upper ? 0x3a3 : c;
        case 0x04c0: return upper ? c : 0x4cf;
        case 0x04cf: return upper ? 0x4c0 : c;
        default: return c;
    }
}

uint32_t str_cp_upper(uint32_t c) {
    if (c < 0x80) {
        return (c >= 'a' && c <= 'z') ? c - 32 : c;
    }
    return c < 0x10000 ? case_map(c, true) : c;
}

uint32_t str_cp_lower(uint32_t c) {
    if (c < 0x80) {
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }
    return c < 0x10000 ? case_map(c, false) : c;
}

bool str_cp_isalpha(uint32_t c) {
    if (c < 0x80) {
        return (c | 32) >= 'a' && (c | 32) <= 'z';
    }
    if (c == 0xaa || c == 0xb5 || c == 0xba) {
        return true;
    }
    if (c < 0xc0) {
        return false;
    }
    if (c == 0xd7 || c == 0xf7) {
        return false;
    }
    return c <= 0x2af || (c >= 0x370 && c <= 0x3ff && c != 0x37e && c != 0x387 && c != 0x3f6) ||
           (c >= 0x400 && c <= 0x52f && !(c >= 0x482 && c <= 0x489)) ||
           (c >= 0x5d0 && c <= 0x5ea) || (c >= 0x620 && c <= 0x64a) ||
           (c >= 0x1e00 && c <= 0x1fff) || (c >= 0x3041 && c <= 0x3096) ||
           (c >= 0x30a1 && c <= 0x30fa) || (c >= 0x4e00 && c <= 0x9fff) ||
           (c >= 0xac00 && c <= 0xd7a3);
}

bool str_cp_isdigit(uint32_t c) {
    if (c < 0x80) {
        return c >= '0' && c <= '9';
    }
    return (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9) || (c >= 0x966 && c <= 0x96f) ||
           (c >= 0xff10 && c <= 0xff19);
}

bool str_cp_isprintable(uint32_t c) {
    if (c < 0x80) {
        return c >= 0x20 && c < 0x7f;
    }
    if (c < 0xa0 || c == 0xa0 || c == 0xad) {
        return false;
    }
    if (c == 0x1680 || (c >= 0x2000 && c <= 0x200f) || (c >= 0x2028 && c <= 0x202f) ||
        (c >= 0x205f && c <= 0x206f) || c == 0x3000 || (c >= 0xd800 && c <= 0xdfff) ||
        c == 0xfeff || (c >= 0xfff9 && c <= 0xfffb) || (c >= 0x600 && c <= 0x605) ||
        c == 0x61c || c == 0x6dd || c == 0x70f || (c >= 0xe000 && c <= 0xf8ff) ||
        (c & 0xfffe) == 0xfffe || c > 0x10ffff || c >= 0xf0000 || (c >= 0xd7fc && c <= 0xd7ff) ||
        (c >= 0xfdd0 && c <= 0xfdef)) {
        return false;
    }
    return true;
}

// ---------------------------------------------------------------- construction
static str_t *str_alloc(const type_t *type, size_t len) {
    // a ROM type and inline text: the block holds no heap pointer to follow
    str_t *s = gc_is_heap_ptr(type) ? gc_alloc(sizeof(str_t) + len + 1)
                                    : gc_alloc_noscan(sizeof(str_t) + len + 1);
    s->base.type = type;
    s->len = len;
    s->data = (const char *)(s + 1);
    return s;
}

obj_t str_new(const char *s, size_t len) {
    if (len == 0) {
        return OBJ_NAME(N_empty);
    }
    if (len == 1 && (uint8_t)s[0] < 0x80 && s[0] != 0) {
        return OBJ_NAME(names_intern(s, 1));
    }
    str_t *o = str_alloc(&type_str, len);
    memcpy((char *)o->data, s, len);
    return OBJ_FROM_PTR(o);
}

obj_t str_new_buf(int kind, size_t len, char **buf) {
    if (kind == KIND_BYTEARRAY) {
        bytearray_t *b = OBJ_TO_PTR(bytearray_new("", 0));
        b->data = gc_alloc_noscan(len + 1);
        b->alloc = len;
        b->len = len;
        *buf = b->data;
        return OBJ_FROM_PTR(b);
    }
    str_t *o = str_alloc(kind == KIND_STR ? &type_str : &type_bytes, len);
    *buf = (char *)o->data;
    return OBJ_FROM_PTR(o);
}

obj_t str_buf_done(obj_t o) {
    if (obj_is_type_exact(o, &type_str) && ((str_t *)o)->len <= 1) {
        str_t *s = OBJ_TO_PTR(o);
        return str_new(s->data, s->len);
    }
    return o;
}

obj_t str_new_cstr(const char *s) {
    return str_new(s, strlen(s));
}

obj_t str_intern(const char *s, size_t len) {
    return OBJ_NAME(names_intern(s, len));
}

// Wrap a vstr's buffer in a str_t of the given type (shrinking it if wasteful).
obj_t str_wrap_vstr(const type_t *type, vstr_t *v) {
    char *buf = v->buf;
    size_t len = v->len;
    if (buf == NULL) {
        buf = gc_alloc(1);
    } else if (v->alloc > len + len / 4 + 32) {
        buf = gc_realloc(buf, len + 1);
    }
    buf[len] = 0;
    v->buf = NULL;
    v->alloc = 0;
    v->len = 0;
    str_t *s = gc_alloc(sizeof(str_t));
    s->base.type = type;
    s->len = len;
    s->data = buf;
    return OBJ_FROM_PTR(s);
}

obj_t str_from_vstr(vstr_t *v) {
    if (v->len <= 1 || v->buf == NULL) {
        obj_t r = str_new(v->buf, v->buf ? v->len : 0);
        vstr_clear(v);
        return r;
    }
    if (v->len <= 128) {
        // small: one block holding header and text beats two blocks
        str_t *s = str_alloc(&type_str, v->len);
        memcpy((char *)s->data, v->buf, v->len);
        gc_free(v->buf);
        v->buf = NULL;
        v->alloc = 0;
        v->len = 0;
        return OBJ_FROM_PTR(s);
    }
    return str_wrap_vstr(&type_str, v);
}

bool str_equal(obj_t a, obj_t b) {
    if (a == b) {
        return true;
    }
    if (obj_is_name(a) && obj_is_name(b)) {
        return false;
    }
    size_t la, lb;
    const char *da = str_data(a, &la);
    const char *db = str_data(b, &lb);
    if (la != lb) {
        return false;
    }
    if (obj_is_type_exact(a, &type_str) && obj_is_type_exact(b, &type_str)) {
        size_t ha = ((str_t *)a)->hash & STR_HASH_MASK, hb = ((str_t *)b)->hash & STR_HASH_MASK;
        if (ha && hb && ha != hb) {
            return false;
        }
    }
    return memcmp(da, db, la) == 0;
}

size_t str_hash(obj_t o) {
    if (obj_is_name(o)) {
        return names_hash(obj_name_value(o));
    }
    if (obj_is_type_exact(o, &type_str) || obj_is_type_exact(o, &type_bytes)) {
        str_t *s = OBJ_TO_PTR(o);
        size_t h = s->hash & STR_HASH_MASK;
        if (h == 0) {
            h = misc_hash_bytes(s->data, s->len);
            s->hash |= h;
        }
        return h;
    }
    size_t len;
    const char *d = str_data(o, &len);
    return misc_hash_bytes(d, len);
}

obj_t str_concat(obj_t a, obj_t b) {
    size_t la, lb;
    const char *da = str_data(a, &la);
    const char *db = str_data(b, &lb);
    if (la == 0) {
        return b;
    }
    if (lb == 0) {
        return a;
    }
    if (la + lb <= 1) {
        return str_new(la ? da : db, 1);
    }
    str_t *s = str_alloc(&type_str, la + lb);
    // da/db stay valid: the conservative scan keeps a and b alive
    memcpy((char *)s->data, da, la);
    memcpy((char *)s->data + la, db, lb);
    return OBJ_FROM_PTR(s);
}

// ---------------------------------------------------------------- printing
static void put_hex(const printer_t *p, char esc, uint32_t c, int digits) {
    static const char hex[] = "0123456789abcdef";
    char buf[12];
    buf[0] = '\\';
    buf[1] = esc;
    for (int i = 0; i < digits; i++) {
        buf[2 + i] = hex[(c >> (4 * (digits - 1 - i))) & 15];
    }
    print_strn(p, buf, (size_t)digits + 2);
}

void str_print_quoted(const printer_t *p, const char *s, size_t len, bool is_bytes) {
    bool has_sq = memchr(s, '\'', len) != NULL;
    bool has_dq = memchr(s, '"', len) != NULL;
    char q = (has_sq && !has_dq) ? '"' : '\'';
    print_strn(p, &q, 1);
    const char *e = s + len;
    const char *run = s;   // start of a run of bytes printed as is
    while (s < e) {
        uint8_t b = (uint8_t)*s;
        if (b >= 0x20 && b < 0x7f && b != '\\' && b != (uint8_t)q) {
            s++;
            continue;
        }
        if (!is_bytes && b >= 0x80) {
            const char *start = s;
            uint32_t c = utf8_decode(&s);
            if (str_cp_isprintable(c)) {
                continue;
            }
            print_strn(p, run, (size_t)(start - run));
            run = s;
            put_hex(p, c < 0x100 ? 'x' : c < 0x10000 ? 'u' : 'U', c, c < 0x100 ? 2 : c < 0x10000 ? 4 : 8);
            continue;
        }
        print_strn(p, run, (size_t)(s - run));
        s++;
        run = s;
        switch (b) {
            case '\\': print_strn(p, "\\\\", 2); break;
            case '\n': print_strn(p, "\\n", 2); break;
            case '\r': print_strn(p, "\\r", 2); break;
            case '\t': print_strn(p, "\\t", 2); break;
            default:
                if (b == (uint8_t)q) {
                    char esc[2] = {'\\', (char)q};
                    print_strn(p, esc, 2);
                } else {
                    put_hex(p, 'x', b, 2);
                }
                break;
        }
    }
    print_strn(p, run, (size_t)(s - run));
    print_strn(p, &q, 1);
}

static void str_print(const printer_t *p, obj_t self, print_kind_t kind) {
    size_t len;
    const char *d = str_data(self, &len);
    if (kind == PRINT_STR) {
        print_strn(p, d, len);
    } else {
        str_print_quoted(p, d, len, false);
    }
}

// ---------------------------------------------------------------- decoding
int str_check_encoding(obj_t enc) {
    size_t len;
    const char *s = str_data(enc, &len);
    char buf[16];
    size_t n = 0;
    for (size_t i = 0; i < len && n < sizeof(buf) - 1; i++) {
        char c = s[i];
        if (c == '-' || c == '_' || c == ' ') {
            continue;
        }
        buf[n++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    buf[n] = 0;
    if (len < 16) {
        if (strcmp(buf, "utf8") == 0 || strcmp(buf, "u8") == 0 || strcmp(buf, "utf") == 0) {
            return 'u';
        }
        if (strcmp(buf, "ascii") == 0 || strcmp(buf, "usascii") == 0) {
            return 'a';
        }
        if (strcmp(buf, "latin1") == 0 || strcmp(buf, "iso88591") == 0 || strcmp(buf, "l1") == 0) {
            return 'l';
        }
    }
    rt_raise_fmt(&type_LookupError, "unknown encoding: %.*s", (int)len, s);
}

// Length of a valid UTF-8 sequence at s (n bytes left), 0 if invalid.
static size_t utf8_valid_seq(const uint8_t *s, size_t n) {
    uint8_t b = s[0];
    if (b < 0x80) {
        return 1;
    }
    size_t need;
    uint32_t min;
    if (b >= 0xc2 && b <= 0xdf) {
        need = 2; min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
        need = 3; min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
        need = 4; min = 0x10000;
    } else {
        return 0;
    }
    if (n < need) {
        return 0;
    }
    uint32_t c = b & (0x7f >> need);
    for (size_t i = 1; i < need; i++) {
        if ((s[i] & 0xc0) != 0x80) {
            return 0;
        }
        c = (c << 6) | (s[i] & 0x3f);
    }
    if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) {
        return 0;
    }
    return need;
}

obj_t str_decode_utf8(const char *s, size_t len) {
    const uint8_t *u = (const uint8_t *)s;
    for (size_t i = 0; i < len;) {
        if (u[i] < 0x80) {
            i++;
            continue;
        }
        size_t k = utf8_valid_seq(u + i, len - i);
        if (k == 0) {
            rt_raise_fmt(&type_UnicodeDecodeError,
                         "'utf-8' codec can't decode byte 0x%02x in position %u: invalid start byte",
                         (unsigned)u[i], (unsigned)i);
        }
        i += k;
    }
    return str_new(s, len);
}

// Decode bytes with an encoding ('u', 'a', 'l') and an errors policy.
static obj_t decode_with(const char *s, size_t len, int enc, obj_t errors) {
    size_t el = 0;
    const char *ep = errors != OBJ_NULL ? str_data(errors, &el) : "strict";
    if (errors == OBJ_NULL) {
        el = 6;
    }
    bool strict = el == 6 && memcmp(ep, "strict", 6) == 0;
    bool ignore = el == 6 && memcmp(ep, "ignore", 6) == 0;
    if (enc == 'u' && strict) {
        return str_decode_utf8(s, len);
    }
    vstr_t v;
    vstr_init(&v, len + 1);
    const uint8_t *u = (const uint8_t *)s;
    for (size_t i = 0; i < len;) {
        if (enc == 'l') {
            vstr_add_char(&v, u[i++]);
            continue;
        }
        size_t k = u[i] < 0x80 ? 1 : enc == 'u' ? utf8_valid_seq(u + i, len - i) : 0;
        if (k) {
            vstr_add_strn(&v, s + i, k);
            i += k;
            continue;
        }
        if (strict) {
            rt_raise_fmt(&type_UnicodeDecodeError, "'%s' codec can't decode byte 0x%02x in position %u",
                         enc == 'a' ? "ascii" : "utf-8", (unsigned)u[i], (unsigned)i);
        }
        if (!ignore) {
            vstr_add_char(&v, 0xfffd);
        }
        i++;
    }
    return str_from_vstr(&v);
}

// ---------------------------------------------------------------- str()
static const arg_spec_t str_new_spec[] = {
    {N_object, 0, OBJ_NULL},
    {N_encoding, 0, OBJ_NULL},
    {N_errors, 0, OBJ_NULL},
};

static obj_t str_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    if (n_args == 1 && n_kw == 0) {
        return rt_obj_str(args[0]);
    }
    obj_t vals[3];
    rt_parse_args(n_args, n_kw, args, 3, str_new_spec, vals);
    if (vals[0] == OBJ_NULL) {
        return OBJ_NAME(N_empty);
    }
    if (vals[1] == OBJ_NULL && vals[2] == OBJ_NULL) {
        return rt_obj_str(vals[0]);
    }
    const char *d;
    size_t len;
    int k = str_get_any(vals[0], &d, &len);
    if (k == KIND_STR) {
        rt_raise_TypeError("decoding str is not supported");
    }
    if (k < 0) {
        buffer_info_t info;
        const type_t *t = obj_type(vals[0]);
        if (t->buffer == NULL || t->buffer(vals[0], &info, BUFFER_READ) != 0) {
            rt_raise_fmt(&type_TypeError, "decoding to str: need a bytes-like object, %s found",
                         rt_type_name(vals[0]));
        }
        d = info.buf;
        len = info.len;
    }
    int enc = vals[1] == OBJ_NULL ? 'u' : str_check_encoding(vals[1]);
    return decode_with(d, len, enc, vals[2]);
}

// bytes.decode(encoding='utf-8', errors='strict') (shared with bytes.c)
static const arg_spec_t decode_spec[] = {
    {N_self, ARG_REQUIRED, OBJ_NULL},
    {N_encoding, 0, OBJ_NULL},
    {N_errors, 0, OBJ_NULL},
};

static obj_t bytes_decode(size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t vals[3];
    rt_parse_args(n_args, n_kw, args, 3, decode_spec, vals);
    const char *d;
    size_t len;
    str_get_kind(vals[0], &d, &len);
    int enc = vals[1] == OBJ_NULL ? 'u' : str_check_encoding(vals[1]);
    return decode_with(d, len, enc, vals[2]);
}
FUN_OBJ_KW(str_decode_obj, 1, bytes_decode);

// ---------------------------------------------------------------- operators
static obj_t str_unary_op(unary_op_t op, obj_t self) {
    switch (op) {
        case UNARY_OP_BOOL: {
            size_t len;
            str_data(self, &len);
            return obj_bool(len != 0);
        }
        case UNARY_OP_LEN:
            return obj_new_small_int((intptr_t)str_charlen(self));
        case UNARY_OP_HASH:
            return obj_new_small_int((intptr_t)str_hash(self));
        default:
            return OBJ_NULL;
    }
}

// Repeat s[0..len) n times into a new object of the kind.
obj_t str_repeat(int kind, const char *s, size_t len, obj_t count) {
    intptr_t n;
    if (!rt_get_int_maybe(count, &n)) {
        if ((obj_is_ptr(count) && (obj_type(count)->flags & TYPE_FLAG_USER)) ||
            obj_is_type_exact(count, &type_int)) {
            return OBJ_NULL;   // a user __rmul__ may handle it; big ints overflow below
        }
        rt_raise_fmt(&type_TypeError, "can't multiply sequence by non-int of type '%s'", rt_type_name(count));
    }
    if (n <= 0 || len == 0) {
        return str_new_kind(kind, "", 0);
    }
    if ((size_t)n > SIZE_MAX / 2 / len) {
        rt_raise_MemoryError();
    }
    char *buf;
    obj_t r = str_new_buf(kind, len * (size_t)n, &buf);
    // s stays valid: its object is held by the caller
    for (intptr_t i = 0; i < n; i++) {
        memcpy(buf + (size_t)i * len, s, len);
    }
    return str_buf_done(r);
}

static obj_t str_compare(binary_op_t op, const char *a, size_t la, const char *b, size_t lb) {
    size_t n = la < lb ? la : lb;
    int c = memcmp(a, b, n);
    if (c == 0) {
        c = la < lb ? -1 : la > lb;
    }
    switch (op) {
        case BINARY_OP_LESS: return obj_bool(c < 0);
        case BINARY_OP_MORE: return obj_bool(c > 0);
        case BINARY_OP_LESS_EQUAL: return obj_bool(c <= 0);
        case BINARY_OP_MORE_EQUAL: return obj_bool(c >= 0);
        case BINARY_OP_EQUAL: return obj_bool(c == 0);
        case BINARY_OP_NOT_EQUAL: return obj_bool(c != 0);
        default: return OBJ_NULL;
    }
}

static obj_t str_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    size_t la;
    const char *da = str_data(lhs, &la);
    switch (op) {
        case BINARY_OP_ADD:
        case BINARY_OP_INPLACE_ADD:
            if (!rt_is_str(rhs)) {
                const char *d;
                size_t l;
                if (str_get_any(rhs, &d, &l) != KIND_STR) {
                    if (obj_is_ptr(rhs) && (obj_type(rhs)->flags & TYPE_FLAG_USER)) {
                        return OBJ_NULL;   // let rhs.__radd__ try
                    }
                    rt_raise_fmt(&type_TypeError, "can only concatenate str (not \"%s\") to str",
                                 rt_type_name(rhs));
                }
            }
            return str_concat(lhs, rhs);
        case BINARY_OP_MULTIPLY:
        case BINARY_OP_INPLACE_MULTIPLY:
        case BINARY_OP_REVERSE_MULTIPLY:
            return str_repeat(KIND_STR, da, la, rhs);
        case BINARY_OP_MODULO:
        case BINARY_OP_INPLACE_MODULO:
            return str_modulo_format(lhs, rhs);
        case BINARY_OP_IN: {
            size_t lb;
            const char *db;
            if (str_get_any(rhs, &db, &lb) != KIND_STR) {
                rt_raise_fmt(&type_TypeError, "'in <string>' requires string as left operand, not %s",
                             rt_type_name(rhs));
            }
            return obj_bool(str_search(da, la, db, lb, false) >= 0);
        }
        case BINARY_OP_LESS:
        case BINARY_OP_MORE:
        case BINARY_OP_LESS_EQUAL:
        case BINARY_OP_MORE_EQUAL:
        case BINARY_OP_EQUAL:
        case BINARY_OP_NOT_EQUAL: {
            size_t lb;
            const char *db;
            if (str_get_any(rhs, &db, &lb) != KIND_STR) {
                return OBJ_NULL;
            }
            return str_compare(op, da, la, db, lb);
        }
        default:
            return OBJ_NULL;
    }
}

// Shared with bytes.c: compare two byte strings.
obj_t str_compare_bytes(binary_op_t op, const char *a, size_t la, const char *b, size_t lb) {
    return str_compare(op, a, la, b, lb);
}

// ---------------------------------------------------------------- subscript
// Collect s[start:stop:step] (code point positions) of a str.
static obj_t str_slice(obj_t self, obj_t slice) {
    size_t len;
    const char *d = str_data(self, &len);
    bool ascii = str_is_ascii(self);
    size_t n = ascii ? len : utf8_charlen(d, len);
    intptr_t start, stop, step;
    slice_indices(slice, n, &start, &stop, &step);
    if (step == 1) {
        if (stop <= start) {
            return OBJ_NAME(N_empty);
        }
        if (start == 0 && (size_t)stop == n) {
            return self;
        }
        size_t bs = str_cp_offset(d, len, ascii, (size_t)start);
        size_t be = ascii ? (size_t)stop : bs + (size_t)(utf8_index(d + bs, len - bs, (size_t)(stop - start)) - (d + bs));
        return str_new(d + bs, be - bs);
    }
    vstr_t v;
    vstr_init(&v, 16);
    if (ascii) {
        for (intptr_t i = start; step > 0 ? i < stop : i > stop; i += step) {
            vstr_add_byte(&v, (uint8_t)d[i]);
        }
        return str_from_vstr(&v);
    }
    // non-ASCII: an offset table of code points
    size_t *offs = gc_alloc((n + 1) * sizeof(size_t));
    const char *p = d;
    for (size_t i = 0; i < n; i++) {
        offs[i] = (size_t)(p - d);
        p += utf8_seqlen((uint8_t)*p);
    }
    offs[n] = len;
    for (intptr_t i = start; step > 0 ? i < stop : i > stop; i += step) {
        vstr_add_strn(&v, d + offs[i], offs[i + 1] - offs[i]);
    }
    gc_free(offs);
    return str_from_vstr(&v);
}

static obj_t str_subscr(obj_t self, obj_t index, obj_t value) {
    if (value != OBJ_SENTINEL) {
        return OBJ_NULL;
    }
    if (obj_is_type_exact(index, &type_slice)) {
        return str_slice(self, index);
    }
    intptr_t i;
    if (!rt_get_int_maybe(index, &i)) {
        rt_raise_fmt(&type_TypeError, "string indices must be integers, not '%s'", rt_type_name(index));
    }
    size_t len;
    const char *d = str_data(self, &len);
    bool ascii = str_is_ascii(self);
    size_t n = ascii ? len : utf8_charlen(d, len);
    if (i < 0) {
        i += (intptr_t)n;
    }
    if (i < 0 || (size_t)i >= n) {
        rt_raise_IndexError("string index out of range");
    }
    if (ascii) {
        return str_new(d + i, 1);
    }
    const char *p = utf8_index(d, len, (size_t)i);
    return str_new(p, utf8_seqlen((uint8_t)*p));
}

// ---------------------------------------------------------------- iteration
// state[0] = the str, state[1] = byte offset (small int)
static obj_t str_it_next(obj_t self) {
    iter_buf_t *it = OBJ_TO_PTR(self);
    size_t len;
    const char *d = str_data(it->state[0], &len);
    size_t off = (size_t)obj_small_int_value(it->state[1]);
    if (off >= len) {
        return OBJ_STOP;
    }
    size_t k = utf8_seqlen((uint8_t)d[off]);
    if (off + k > len) {
        k = len - off;
    }
    it->state[1] = obj_new_small_int((intptr_t)(off + k));
    return str_new(d + off, k);
}

static obj_t iter_self(obj_t self, iter_buf_t *buf) {
    return self;
}

const type_t type_str_iterator = {
    {&type_type},
    .name = N_str_iterator,
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .getiter = iter_self,
    .iternext = str_it_next,
};

static obj_t str_getiter(obj_t self, iter_buf_t *buf) {
    iter_buf_t *it = buf ? buf : gc_alloc(sizeof(iter_buf_t));
    it->base.type = &type_str_iterator;
    it->state[0] = self;
    it->state[1] = obj_new_small_int(0);
    it->state[2] = OBJ_NULL;
    return OBJ_FROM_PTR(it);
}

static int str_buffer(obj_t self, buffer_info_t *info, int flags) {
    if (flags & BUFFER_WRITE) {
        return 1;
    }
    size_t len;
    info->buf = (void *)str_data(self, &len);
    info->len = len;
    info->typecode = 'B';
    return 0;
}

// ---------------------------------------------------------------- type
static const map_elem_t str_locals_table[] = {
#define X(m) MAP_ENTRY(N_##m, &str_##m##_obj),
    STR_SHARED_METHODS(X)
#undef X
    MAP_ENTRY(N_casefold, &str_casefold_obj),
    MAP_ENTRY(N_isdecimal, &str_isdecimal_obj),
    MAP_ENTRY(N_isnumeric, &str_isnumeric_obj),
    MAP_ENTRY(N_isidentifier, &str_isidentifier_obj),
    MAP_ENTRY(N_isprintable, &str_isprintable_obj),
    MAP_ENTRY(N_isascii, &str_isascii_obj),
    MAP_ENTRY(N_encode, &str_encode_obj),
    MAP_ENTRY(N_maketrans, &str_maketrans_obj),
    MAP_ENTRY(N_format, &str_format_obj),
    MAP_ENTRY(N_format_map, &str_format_map_obj),
};
static MAP_ROM(str_locals, str_locals_table);

const type_t type_str = {
    {&type_type},
    .name = N_str,
    .flags = TYPE_FLAG_BASETYPE,
    .make_new = str_make_new,
    .print = str_print,
    .unary_op = str_unary_op,
    .binary_op = str_binary_op,
    .subscr = str_subscr,
    .getiter = str_getiter,
    .buffer = str_buffer,
    .locals = &str_locals,
};
