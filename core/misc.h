// core/misc.h — small shared helpers: growable byte strings (vstr), printers,
// the string hash, UTF-8 and LEB128 helpers, formatted printing.
// vstr buffers live in the GC heap; a vstr on the C stack keeps its buffer
// alive through the conservative stack scan.
#ifndef KILN_MISC_H
#define KILN_MISC_H

#include <stdarg.h>
#include "core/obj.h"

typedef struct vstr_s {
    size_t alloc;
    size_t len;
    char *buf;
} vstr_t;

void vstr_init(vstr_t *v, size_t alloc);
void vstr_clear(vstr_t *v);                 // len = 0 (keeps the buffer)
char *vstr_extend(vstr_t *v, size_t n);     // grow by n bytes, return pointer to them
void vstr_add_byte(vstr_t *v, uint8_t b);
void vstr_add_char(vstr_t *v, uint32_t codepoint);   // UTF-8 encodes
void vstr_add_strn(vstr_t *v, const char *s, size_t n);
void vstr_add_str(vstr_t *v, const char *s);
void vstr_cut_tail(vstr_t *v, size_t n);
const char *vstr_cstr(vstr_t *v);           // NUL-terminated view (adds NUL past len)
// A printer that appends to a vstr.
printer_t vstr_printer(vstr_t *v);

// Printers for the port's stdout/stderr.
extern const printer_t printer_stdout;
extern const printer_t printer_stderr;

void print_strn(const printer_t *p, const char *s, size_t n);
void print_str(const printer_t *p, const char *s);
// printf subset: %d %i %u %x %X %c %s %.*s %p with l/z/ll modifiers, %%,
// plus %q (name_t: the name's text), %O (obj_t: str()), %R (obj_t: repr()).
void print_fmt(const printer_t *p, const char *fmt, ...);
void print_vfmt(const printer_t *p, const char *fmt, va_list ap);

// The hash of a str/bytes content (same for names and heap strs). Never 0.
size_t misc_hash_bytes(const char *s, size_t n);

// UTF-8: number of code points in s[0..n); pointer to the i-th code point.
size_t utf8_charlen(const char *s, size_t n);
const char *utf8_index(const char *s, size_t n, size_t i);
// Decode one code point at *s, advance *s.
uint32_t utf8_decode(const char **s);
// Bytes used by the code point starting with byte b.
static inline size_t utf8_seqlen(uint8_t b) {
    return b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
}

// LEB128 (bytecode operands).
size_t leb_put_uint(uint8_t *out, uint64_t v);   // returns bytes written (<= 10)
size_t leb_put_sint(uint8_t *out, int64_t v);
static inline uint64_t leb_get_uint(const uint8_t **p) {
    uint64_t v = 0; unsigned shift = 0; uint8_t b;
    do { b = *(*p)++; v |= (uint64_t)(b & 0x7f) << shift; shift += 7; } while (b & 0x80);
    return v;
}
static inline int64_t leb_get_sint(const uint8_t **p) {
    uint64_t v = 0; unsigned shift = 0; uint8_t b;
    do { b = *(*p)++; v |= (uint64_t)(b & 0x7f) << shift; shift += 7; } while (b & 0x80);
    if (shift < 64 && (b & 0x40)) v |= ~(uint64_t)0 << shift;
    return (int64_t)v;
}

#endif
