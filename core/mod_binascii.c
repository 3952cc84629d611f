// core/mod_binascii.c — the `binascii` module: hexlify/unhexlify (with
// CPython's sep and bytes_per_sep; b2a_hex/a2b_hex are the same
// functions), a2b_base64/b2a_base64 (newline kw) and
// crc32. `binascii.Error` is ValueError itself (CPython's Error subclasses
// ValueError; MicroPython raises ValueError), so both spellings catch it.
// Inputs: any bytes-like object (buffer protocol); the decoders also take
// an ASCII str, as CPython does. Results are always new bytes objects.
#include "core/runtime.h"
#include "core/types.h"
#include "core/str.h"
#include "core/mod_builtins.h"

// Data of a bytes-like argument (never a str: TypeError as CPython).
static const uint8_t *bytes_arg(obj_t o, size_t *len) {
    const type_t *t = obj_type(o);
    buffer_info_t info;
    if (!rt_is_str(o) && t->buffer && t->buffer(o, &info, BUFFER_READ) == 0) {
        *len = info.len;
        return info.buf;
    }
    rt_raise_fmt(&type_TypeError, "a bytes-like object is required, not '%s'", rt_type_name(o));
}

// Data of a decoder argument: bytes-like or a str of ASCII characters.
static const uint8_t *ascii_arg(obj_t o, size_t *len) {
    if (rt_is_str(o)) {
        const char *s = rt_str_data(o, len);
        if (!str_bytes_ascii(s, *len)) {
            rt_raise_ValueError("string argument should contain only ASCII characters");
        }
        return (const uint8_t *)s;
    }
    const type_t *t = obj_type(o);
    buffer_info_t info;
    if (t->buffer && t->buffer(o, &info, BUFFER_READ) == 0) {
        *len = info.len;
        return info.buf;
    }
    rt_raise_fmt(&type_TypeError, "argument should be bytes, buffer or ASCII string, not '%s'",
                 rt_type_name(o));
}

// ---------------------------------------------------------------- hex
static const char hex_digits[] = "0123456789abcdef";

// hexlify(data, sep=None, bytes_per_sep=1): a separator every |bytes_per_sep|
// bytes, groups counted from the right when positive, from the left when negative.
static obj_t binascii_hexlify(size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {
        {N_data, ARG_REQUIRED, OBJ_NULL},
        {N_sep, 0, OBJ_NONE},
        {N_bytes_per_sep, 0, OBJ_SMALL_INT(1)},
    };
    obj_t v[3];
    rt_parse_args(n_args, n_kw, args, 3, spec, v);
    size_t len;
    const uint8_t *d = bytes_arg(v[0], &len);
    char sep = 0;
    if (v[1] != OBJ_NONE) {
        size_t sl;
        const char *s;
        if (rt_is_str(v[1])) {
            s = rt_str_data(v[1], &sl);
        } else {
            s = (const char *)bytes_arg(v[1], &sl);
        }
        if (sl != 1) {
            rt_raise_ValueError("sep must be length 1.");
        }
        if ((uint8_t)s[0] >= 0x80) {
            rt_raise_ValueError("sep must be ASCII.");
        }
        sep = s[0];
    }
    intptr_t per = rt_get_int(v[2]);
    size_t group = per < 0 ? (size_t)-per : (size_t)per;
    size_t n_seps = 0;
    if (sep && group > 0 && len > 0) {
        n_seps = (len - 1) / group;
    }
    char *out;
    obj_t res = str_new_buf(KIND_BYTES, len * 2 + n_seps, &out);
    // Position (in bytes from the start) after which separators go: with
    // right-aligned groups the first group is the short one.
    size_t first = (n_seps && per > 0) ? len - n_seps * group : group;
    size_t k = 0;
    for (size_t i = 0; i < len; i++) {
        if (n_seps && i > 0 && (i >= first) && (i - first) % group == 0) {
            out[k++] = sep;
        }
        out[k++] = hex_digits[d[i] >> 4];
        out[k++] = hex_digits[d[i] & 15];
    }
    return str_buf_done(res);
}
static FUN_OBJ_KW(binascii_hexlify_obj, 1, binascii_hexlify);

static int hex_value(uint8_t c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

static obj_t binascii_unhexlify(obj_t arg) {
    size_t len;
    const uint8_t *d = ascii_arg(arg, &len);
    if (len % 2) {
        rt_raise_ValueError("Odd-length string");
    }
    char *out;
    obj_t res = str_new_buf(KIND_BYTES, len / 2, &out);
    for (size_t i = 0; i < len; i += 2) {
        int hi = hex_value(d[i]), lo = hex_value(d[i + 1]);
        if (hi < 0 || lo < 0) {
            rt_raise_ValueError("Non-hexadecimal digit found");
        }
        out[i / 2] = (char)(hi << 4 | lo);
    }
    return str_buf_done(res);
}
static FUN_OBJ_1(binascii_unhexlify_obj, binascii_unhexlify);

// ---------------------------------------------------------------- base64
static const char b64_alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int b64_value(uint8_t c) {
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
        return c - '0' + 52;
    }
    if (c == '+') {
        return 62;
    }
    if (c == '/') {
        return 63;
    }
    return -1;
}

// Non-strict decoding as CPython: characters outside the alphabet are
// skipped; a pad run that completes a quad (at least two data characters
// in it) ends the input; leftover data characters are an error.
static obj_t binascii_a2b_base64(size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {
        {N_data, ARG_REQUIRED, OBJ_NULL},
    };
    obj_t v[1];
    rt_parse_args(n_args, n_kw, args, 1, spec, v);
    size_t len;
    const uint8_t *d = ascii_arg(v[0], &len);
    char *out;
    obj_t res = str_new_buf(KIND_BYTES, len / 4 * 3 + 3, &out);
    size_t k = 0, n_data = 0;
    int quad = 0, pads = 0;
    uint32_t acc = 0;
    bool done = false;
    for (size_t i = 0; i < len && !done; i++) {
        if (d[i] == '=') {
            if (quad >= 2 && quad + ++pads >= 4) {
                done = true;
            }
            continue;
        }
        int c = b64_value(d[i]);
        if (c < 0) {
            continue;
        }
        pads = 0;
        n_data++;
        acc = acc << 6 | (uint32_t)c;
        if (++quad == 4) {
            out[k++] = (char)(acc >> 16);
            out[k++] = (char)(acc >> 8);
            out[k++] = (char)acc;
            quad = 0;
            acc = 0;
        }
    }
    if (quad == 1 && !done) {
        rt_raise_fmt(&type_ValueError, "Invalid base64-encoded string: number of data characters "
                     "(%u) cannot be 1 more than a multiple of 4", (unsigned)n_data);
    }
    if (quad != 0 && !done) {
        rt_raise_ValueError("Incorrect padding");
    }
    if (quad == 2) {
        out[k++] = (char)(acc >> 4);
    } else if (quad == 3) {
        out[k++] = (char)(acc >> 10);
        out[k++] = (char)(acc >> 2);
    }
    ((str_t *)OBJ_TO_PTR(res))->len = k;
    out[k] = 0;
    return str_buf_done(res);
}
static FUN_OBJ_KW(binascii_a2b_base64_obj, 1, binascii_a2b_base64);

static obj_t binascii_b2a_base64(size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {
        {N_data, ARG_REQUIRED, OBJ_NULL},
        {N_newline, ARG_KW_ONLY, OBJ_TRUE},
    };
    obj_t v[2];
    rt_parse_args(n_args, n_kw, args, 2, spec, v);
    size_t len;
    const uint8_t *d = bytes_arg(v[0], &len);
    bool nl = rt_is_true(v[1]);
    char *out;
    obj_t res = str_new_buf(KIND_BYTES, (len + 2) / 3 * 4 + nl, &out);
    d = bytes_arg(v[0], &len);   // (re-read: rt_is_true may have run Python code)
    size_t k = 0, i = 0;
    for (; i + 3 <= len; i += 3) {
        uint32_t w = (uint32_t)d[i] << 16 | (uint32_t)d[i + 1] << 8 | d[i + 2];
        out[k++] = b64_alphabet[w >> 18];
        out[k++] = b64_alphabet[(w >> 12) & 63];
        out[k++] = b64_alphabet[(w >> 6) & 63];
        out[k++] = b64_alphabet[w & 63];
    }
    if (len - i == 1) {
        out[k++] = b64_alphabet[d[i] >> 2];
        out[k++] = b64_alphabet[(d[i] & 3) << 4];
        out[k++] = '=';
        out[k++] = '=';
    } else if (len - i == 2) {
        uint32_t w = (uint32_t)d[i] << 8 | d[i + 1];
        out[k++] = b64_alphabet[w >> 10];
        out[k++] = b64_alphabet[(w >> 4) & 63];
        out[k++] = b64_alphabet[(w & 15) << 2];
        out[k++] = '=';
    }
    if (nl) {
        out[k++] = '\n';
    }
    return str_buf_done(res);
}
static FUN_OBJ_KW(binascii_b2a_base64_obj, 1, binascii_b2a_base64);

// ---------------------------------------------------------------- crc32
// CRC-32 (ISO-HDLC: reflected polynomial 0xEDB88320), four bits at a time.
static const uint32_t crc_nibble[16] = {
    0x00000000, 0x1db71064, 0x3b6e20c8, 0x26d930ac, 0x76dc4190, 0x6b6b51f4, 0x4db26158, 0x5005713c,
    0xedb88320, 0xf00f9344, 0xd6d6a3e8, 0xcb61b38c, 0x9b64c2b0, 0x86d3d2d4, 0xa00ae278, 0xbdbdf21c,
};

static obj_t binascii_crc32(size_t n_args, const obj_t *args) {
    uint32_t crc = 0;
    if (n_args > 1) {
        // Only the low 32 bits of the start value count (any int is accepted).
        obj_t low = rt_binary_op(BINARY_OP_AND, args[1], int_from_ll(0xffffffffLL));
        crc = (uint32_t)rt_get_int(low);
    }
    size_t len;
    const uint8_t *d = bytes_arg(args[0], &len);
    crc = ~crc;
    for (size_t i = 0; i < len; i++) {
        crc ^= d[i];
        crc = (crc >> 4) ^ crc_nibble[crc & 15];
        crc = (crc >> 4) ^ crc_nibble[crc & 15];
    }
    return int_from_ull(~crc & 0xffffffffu);
}
static FUN_OBJ_VAR(binascii_crc32_obj, 1, 2, binascii_crc32);

static const map_elem_t binascii_table[] = {
    {OBJ_NAME(N___name__), OBJ_NAME(N_binascii)},
    MAP_ENTRY(N_hexlify, &binascii_hexlify_obj),
    MAP_ENTRY(N_unhexlify, &binascii_unhexlify_obj),
    MAP_ENTRY(N_b2a_hex, &binascii_hexlify_obj),
    MAP_ENTRY(N_a2b_hex, &binascii_unhexlify_obj),
    MAP_ENTRY(N_a2b_base64, &binascii_a2b_base64_obj),
    MAP_ENTRY(N_b2a_base64, &binascii_b2a_base64_obj),
    MAP_ENTRY(N_crc32, &binascii_crc32_obj),
    MAP_ENTRY(N_Error, &type_ValueError),
};
static MAP_ROM(binascii_globals, binascii_table);
static MODULE_ROM(binascii_module, binascii_globals);

void mod_binascii_init(void) {
    rt_register_module(OBJ_FROM_PTR(&binascii_module));
}
