// core/misc.c — vstr (growable byte strings in the GC heap), printers,
// print_fmt, the string hash, UTF-8 and LEB128 helpers.
// Invariant: vstr.buf is either NULL (alloc 0) or a GC block of >= alloc+1
// bytes, so vstr_cstr() can always add a NUL without growing.
#include <string.h>
#include "core/misc.h"
#include "core/gc.h"
#include "core/port.h"
#include "core/runtime.h"
#include "core/names.h"

// ---------------------------------------------------------------- vstr
void vstr_init(vstr_t *v, size_t alloc) {
    if (alloc < 16) {
        alloc = 16;
    }
    v->alloc = alloc;
    v->len = 0;
    v->buf = gc_alloc_noscan(alloc + 1);
}

void vstr_clear(vstr_t *v) {
    v->len = 0;
}

char *vstr_extend(vstr_t *v, size_t n) {
    if (v->buf == NULL) {
        vstr_init(v, n);
    }
    if (v->len + n > v->alloc) {
        size_t na = v->alloc * 2;
        if (na < v->len + n) {
            na = v->len + n + 16;
        }
        v->buf = gc_realloc(v->buf, na + 1);
        v->alloc = na;
    }
    char *p = v->buf + v->len;
    v->len += n;
    return p;
}

void vstr_add_byte(vstr_t *v, uint8_t b) {
    *vstr_extend(v, 1) = (char)b;
}

void vstr_add_char(vstr_t *v, uint32_t c) {
    if (c < 0x80) {
        vstr_add_byte(v, (uint8_t)c);
    } else if (c < 0x800) {
        char *p = vstr_extend(v, 2);
        p[0] = (char)(0xc0 | (c >> 6));
        p[1] = (char)(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
        char *p = vstr_extend(v, 3);
        p[0] = (char)(0xe0 | (c >> 12));
        p[1] = (char)(0x80 | ((c >> 6) & 0x3f));
        p[2] = (char)(0x80 | (c & 0x3f));
    } else {
        char *p = vstr_extend(v, 4);
        p[0] = (char)(0xf0 | (c >> 18));
        p[1] = (char)(0x80 | ((c >> 12) & 0x3f));
        p[2] = (char)(0x80 | ((c >> 6) & 0x3f));
        p[3] = (char)(0x80 | (c & 0x3f));
    }
}

void vstr_add_strn(vstr_t *v, const char *s, size_t n) {
    if (n == 0) {
        if (v->buf == NULL) {
            vstr_init(v, 16);
        }
        return;
    }
    memcpy(vstr_extend(v, n), s, n);
}

void vstr_add_str(vstr_t *v, const char *s) {
    vstr_add_strn(v, s, strlen(s));
}

void vstr_cut_tail(vstr_t *v, size_t n) {
    v->len = n > v->len ? 0 : v->len - n;
}

const char *vstr_cstr(vstr_t *v) {
    if (v->buf == NULL) {
        vstr_init(v, 16);
    }
    v->buf[v->len] = 0;
    return v->buf;
}

static void vstr_printer_write(void *data, const char *s, size_t len) {
    vstr_add_strn((vstr_t *)data, s, len);
}

printer_t vstr_printer(vstr_t *v) {
    printer_t p = {v, vstr_printer_write};
    return p;
}

// ---------------------------------------------------------------- printers
static void write_stdout(void *data, const char *s, size_t len) {
    UNUSED(data);
    port_write(1, s, len);
}

static void write_stderr(void *data, const char *s, size_t len) {
    UNUSED(data);
    port_write(2, s, len);
}

const printer_t printer_stdout = {NULL, write_stdout};
const printer_t printer_stderr = {NULL, write_stderr};

void print_strn(const printer_t *p, const char *s, size_t n) {
    if (n) {
        p->write(p->data, s, n);
    }
}

void print_str(const printer_t *p, const char *s) {
    print_strn(p, s, strlen(s));
}

static void print_uint(const printer_t *p, unsigned long long v, int base, bool upper,
                       int width, char pad, bool neg, bool left) {
    char buf[72];
    char *e = buf + sizeof(buf);
    char *s = e;
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    do {
        *--s = digits[v % (unsigned)base];
        v /= (unsigned)base;
    } while (v);
    int n = (int)(e - s) + (neg ? 1 : 0);
    if (neg && pad == '0') {
        print_strn(p, "-", 1);
    }
    if (!left) {
        for (; n < width; n++) {
            print_strn(p, &pad, 1);
        }
    }
    if (neg && pad != '0') {
        print_strn(p, "-", 1);
    }
    print_strn(p, s, (size_t)(e - s));
    if (left) {
        for (; n < width; n++) {
            print_strn(p, " ", 1);
        }
    }
}

void print_vfmt(const printer_t *p, const char *fmt, va_list ap) {
    while (*fmt) {
        const char *start = fmt;
        while (*fmt && *fmt != '%') {
            fmt++;
        }
        print_strn(p, start, (size_t)(fmt - start));
        if (!*fmt) {
            break;
        }
        fmt++;
        bool left = false;
        char pad = ' ';
        int width = 0, prec = -1, lng = 0;
        bool z = false;
        for (;; fmt++) {
            if (*fmt == '-') {
                left = true;
            } else if (*fmt == '0') {
                pad = '0';
            } else {
                break;
            }
        }
        if (*fmt == '*') {
            width = va_arg(ap, int);
            fmt++;
        } else {
            while (*fmt >= '0' && *fmt <= '9') {
                width = width * 10 + (*fmt++ - '0');
            }
        }
        if (*fmt == '.') {
            fmt++;
            if (*fmt == '*') {
                prec = va_arg(ap, int);
                fmt++;
            } else {
                prec = 0;
                while (*fmt >= '0' && *fmt <= '9') {
                    prec = prec * 10 + (*fmt++ - '0');
                }
            }
        }
        while (*fmt == 'l') {
            lng++;
            fmt++;
        }
        if (*fmt == 'z') {
            z = true;
            fmt++;
        }
        char c = *fmt++;
        switch (c) {
            case 'd':
            case 'i': {
                long long v = z ? (long long)va_arg(ap, intptr_t) : lng ? (lng > 1 ? va_arg(ap, long long) : va_arg(ap, long)) : va_arg(ap, int);
                unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
                print_uint(p, u, 10, false, width, pad, v < 0, left);
                break;
            }
            case 'u':
            case 'x':
            case 'X': {
                unsigned long long v = z ? va_arg(ap, size_t) : lng ? (lng > 1 ? va_arg(ap, unsigned long long) : va_arg(ap, unsigned long)) : va_arg(ap, unsigned);
                print_uint(p, v, c == 'u' ? 10 : 16, c == 'X', width, pad, false, left);
                break;
            }
            case 'p':
                print_strn(p, "0x", 2);
                print_uint(p, (uintptr_t)va_arg(ap, void *), 16, false, width, pad, false, left);
                break;
            case 'c': {
                char ch = (char)va_arg(ap, int);
                print_strn(p, &ch, 1);
                break;
            }
            case 's': {
                const char *s = va_arg(ap, const char *);
                if (s == NULL) {
                    s = "(null)";
                }
                size_t n = prec >= 0 ? strnlen(s, (size_t)prec) : strlen(s);
                if (!left) {
                    for (size_t i = n; (int)i < width; i++) {
                        print_strn(p, " ", 1);
                    }
                }
                print_strn(p, s, n);
                if (left) {
                    for (size_t i = n; (int)i < width; i++) {
                        print_strn(p, " ", 1);
                    }
                }
                break;
            }
            case 'q': {
                name_t n = va_arg(ap, name_t);
                print_strn(p, names_str(n), names_len(n));
                break;
            }
            case 'O':
                rt_print(p, va_arg(ap, obj_t), PRINT_STR);
                break;
            case 'R':
                rt_print(p, va_arg(ap, obj_t), PRINT_REPR);
                break;
            case '%':
                print_strn(p, "%", 1);
                break;
            default:
                print_strn(p, fmt - 1, 1);
                break;
        }
    }
}

void print_fmt(const printer_t *p, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    print_vfmt(p, fmt, ap);
    va_end(ap);
}

// ---------------------------------------------------------------- hash
size_t misc_hash_bytes(const char *s, size_t n) {
    // FNV-1a, folded so that the result is never 0 (0 means "not computed").
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (uint8_t)s[i];
        h *= 1099511628211ULL;
    }
    size_t r = (size_t)(h & (SIZE_MAX >> 2));
    return r ? r : 1;
}

// ---------------------------------------------------------------- UTF-8
size_t utf8_charlen(const char *s, size_t n) {
    size_t count = 0;
    for (size_t i = 0; i < n; i++) {
        if (((uint8_t)s[i] & 0xc0) != 0x80) {
            count++;
        }
    }
    return count;
}

const char *utf8_index(const char *s, size_t n, size_t i) {
    const char *e = s + n;
    while (s < e && i > 0) {
        s += utf8_seqlen((uint8_t)*s);
        i--;
    }
    return s > e ? e : s;
}

uint32_t utf8_decode(const char **sp) {
    const uint8_t *s = (const uint8_t *)*sp;
    uint32_t c = *s++;
    if (c >= 0xc0) {
        int extra = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
        c &= 0x3f >> extra;
        while (extra-- && (*s & 0xc0) == 0x80) {
            c = (c << 6) | (*s++ & 0x3f);
        }
    }
    *sp = (const char *)s;
    return c;
}

// ---------------------------------------------------------------- LEB128
size_t leb_put_uint(uint8_t *out, uint64_t v) {
    size_t n = 0;
    do {
        uint8_t b = v & 0x7f;
        v >>= 7;
        out[n++] = b | (v ? 0x80 : 0);
    } while (v);
    return n;
}

size_t leb_put_sint(uint8_t *out, int64_t v) {
    size_t n = 0;
    for (;;) {
        uint8_t b = v & 0x7f;
        v >>= 7;   // arithmetic shift (gcc)
        bool done = (v == 0 && !(b & 0x40)) || (v == -1 && (b & 0x40));
        out[n++] = b | (done ? 0 : 0x80);
        if (done) {
            return n;
        }
    }
}
