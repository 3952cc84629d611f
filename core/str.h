// core/str.h — the text and binary string area's internal API, shared by
// str.c, str_methods.c, strfmt.c and bytes.c (other files use types.h).
//
// Representation:
// - str: an interned name, or a heap str_t whose data is NUL-terminated
//   UTF-8. The top two bits of str_t.hash cache "ASCII known"/"is ASCII";
//   the hash itself uses the low bits (misc_hash_bytes never sets the top two).
// - bytes: a str_t with type_bytes (data NUL-terminated too).
// - bytearray: a bytearray_t (mutable, data in its own gc block).
// Methods common to str, bytes and bytearray are written once (str_methods.c)
// and dispatch on the kind of self: positions are code points for str and
// bytes for bytes/bytearray (the same thing for an ASCII str).
#ifndef KILN_STR_H
#define KILN_STR_H

#include "core/obj.h"
#include "core/types.h"
#include "core/names.h"
#include "core/runtime.h"

typedef struct {
    obj_base_t base;
    size_t alloc;
    size_t len;
    char *data;        // gc block of alloc + 1 bytes (NUL kept after len)
} bytearray_t;

typedef enum { KIND_STR = 0, KIND_BYTES = 1, KIND_BYTEARRAY = 2 } str_kind_t;

#define STR_HASH_MASK (SIZE_MAX >> 2)
#define STR_FLAG_KNOWN ((size_t)1 << (sizeof(size_t) * 8 - 1))
#define STR_FLAG_ASCII ((size_t)1 << (sizeof(size_t) * 8 - 2))

extern const type_t type_str_iterator;
extern const type_t type_bytes_iterator;

// Fast text access for a str (name or heap; user subclasses via rt_str_data).
static inline const char *str_data(obj_t o, size_t *len) {
    if (obj_is_name(o)) {
        name_t n = obj_name_value(o);
        *len = names_len(n);
        return names_str(n);
    }
    if (obj_is_type_exact(o, &type_str)) {
        str_t *s = OBJ_TO_PTR(o);
        *len = s->len;
        return s->data;
    }
    return rt_str_data(o, len);
}

// The data of a str, bytes or bytearray (or a user subclass of one) and its
// kind; returns -1 (and leaves outputs alone) for any other object.
int str_get_any(obj_t o, const char **data, size_t *len);
// As str_get_any but raises TypeError for other objects; for bytes-like
// kinds also accepts any object with the buffer protocol.
int str_get_kind(obj_t o, const char **data, size_t *len);
// Data of an argument that must match the kind of self (str with str,
// bytes-like with bytes-like); raises TypeError otherwise.
const char *str_get_arg(int kind, obj_t arg, size_t *len);
// Make a new object of the kind (bytearray results come out as bytearray).
obj_t str_new_kind(int kind, const char *s, size_t len);
obj_t str_from_vstr_kind(int kind, vstr_t *v);
// A new object of the kind with len writable bytes at *buf (zeroed); fill
// them, then pass the object through str_buf_done (which interns short strs).
obj_t str_new_buf(int kind, size_t len, char **buf);
obj_t str_buf_done(obj_t o);

// ASCII test of raw bytes and (cached) of a str object.
bool str_bytes_ascii(const char *s, size_t len);
bool str_is_ascii(obj_t o);
// Number of code points of a str object.
size_t str_charlen(obj_t o);
// Byte offset of code point index i (clamped) in s[0..len).
size_t str_cp_offset(const char *s, size_t len, bool ascii, size_t i);
// Code point index of byte offset off.
size_t str_cp_index(const char *s, bool ascii, size_t off);

// Unicode classification (approximate outside Latin-1/Greek/Cyrillic).
bool str_cp_isspace(uint32_t c);
bool str_cp_isalpha(uint32_t c);
bool str_cp_isdigit(uint32_t c);
bool str_cp_isprintable(uint32_t c);
uint32_t str_cp_upper(uint32_t c);
uint32_t str_cp_lower(uint32_t c);

// Decode UTF-8 bytes as a str: raises UnicodeError on invalid input.
obj_t str_decode_utf8(const char *s, size_t len);
// Check that an encoding name is utf-8/ascii/latin-1 family; returns 'u', 'a', 'l'.
int str_check_encoding(obj_t enc);

// Method objects shared by str, bytes and bytearray (str_methods.c).
#define STR_SHARED_METHODS(X) \
    X(join) X(split) X(rsplit) X(splitlines) X(strip) X(lstrip) X(rstrip) \
    X(find) X(rfind) X(index) X(rindex) X(count) X(replace) X(startswith) X(endswith) \
    X(upper) X(lower) X(capitalize) X(title) X(swapcase) \
    X(isdigit) X(isalpha) X(isspace) X(isupper) X(islower) X(isalnum) X(istitle) \
    X(center) X(ljust) X(rjust) X(zfill) X(partition) X(rpartition) X(expandtabs) \
    X(removeprefix) X(removesuffix) X(translate)
#define X(m) extern const builtin_fun_t str_##m##_obj;
STR_SHARED_METHODS(X)
#undef X
// str-only methods (str_methods.c).
extern const builtin_fun_t str_casefold_obj;
extern const builtin_fun_t str_isdecimal_obj;
extern const builtin_fun_t str_isnumeric_obj;
extern const builtin_fun_t str_isidentifier_obj;
extern const builtin_fun_t str_isprintable_obj;
extern const builtin_fun_t str_isascii_obj;
extern const builtin_fun_t str_encode_obj;
extern const static_class_method_t str_maketrans_obj;
// strfmt.c: repr(o) with non-ASCII escaped (ascii(), !a, %a)
obj_t str_ascii_repr(obj_t o);
extern const builtin_fun_t str_format_obj;
extern const builtin_fun_t str_format_map_obj;

// Search for needle in hay (bytes): offset or -1.
intptr_t str_search(const char *hay, size_t hlen, const char *needle, size_t nlen, bool reverse);

// Wrap a vstr's buffer as a str_t of the type (no copy; v is reset).
obj_t str_wrap_vstr(const type_t *type, vstr_t *v);
// s * count for the kind; OBJ_NULL if count is not an int.
obj_t str_repeat(int kind, const char *s, size_t len, obj_t count);
// Lexicographic comparison of byte strings for a comparison op.
obj_t str_compare_bytes(binary_op_t op, const char *a, size_t la, const char *b, size_t lb);
// bytes.decode / bytearray.decode (str.c)
extern const builtin_fun_t str_decode_obj;

#endif
