// core/strfmt.c — string formatting: the format-spec mini-language
// (str_format_value, used by format(), f-strings and str.format), str.format
// and str.format_map, and printf-style `%` formatting for str and bytes.
//
// Both front ends parse into one spec_t and share the padding, grouping and
// number-rendering helpers below. Ints go through int_to_str_base (so big
// ints format too), floats through float_format/float_repr (float.c).
// Widths and precisions count code points for str results.
#include <string.h>
#include "core/str.h"
#include "core/gc.h"
#include "core/float.h"
#include "core/int.h"

typedef struct {
    uint32_t fill;     // code point
    char align;        // 0 (default), '<', '>', '^', '='
    char sign;         // 0, '+', '-', ' '
    bool alt;          // '#'
    bool zero;         // '0' before the width
    bool fill_given;   // an explicit fill character
    char grouping;     // 0, ',', '_'
    char type;         // 0 = none
    intptr_t width;    // -1 = none
    intptr_t prec;     // -1 = none
} spec_t;

static void spec_init(spec_t *sp) {
    memset(sp, 0, sizeof(*sp));
    sp->fill = ' ';
    sp->width = -1;
    sp->prec = -1;
}

static bool is_align(uint32_t c) {
    return c == '<' || c == '>' || c == '^' || c == '=';
}

static intptr_t parse_uint(const char **p, const char *e) {
    intptr_t n = 0;
    while (*p < e && **p >= '0' && **p <= '9') {
        if (n > 100000000) {
            rt_raise_ValueError("Too many decimal digits in format string");
        }
        n = n * 10 + (*(*p)++ - '0');
    }
    return n;
}

// [[fill]align][sign][#][0][width][grouping][.precision][type]
static void spec_parse(spec_t *sp, const char *s, size_t len) {
    spec_init(sp);
    const char *p = s, *e = s + len;
    if (p < e) {
        const char *q = p;
        uint32_t c = utf8_decode(&q);
        if (q < e && is_align((uint8_t)*q)) {
            sp->fill = c;
            sp->fill_given = true;
            sp->align = *q;
            p = q + 1;
        } else if (is_align(c)) {
            sp->align = (char)c;
            p = q;
        }
    }
    if (p < e && (*p == '+' || *p == '-' || *p == ' ')) {
        sp->sign = *p++;
    }
    if (p < e && *p == '#') {
        sp->alt = true;
        p++;
    }
    if (p < e && *p == '0') {
        sp->zero = true;
        p++;
    }
    if (p < e && *p >= '0' && *p <= '9') {
        sp->width = parse_uint(&p, e);
    }
    if (p < e && (*p == ',' || *p == '_')) {
        sp->grouping = *p++;
    }
    if (p < e && *p == '.') {
        p++;
        if (p >= e || *p < '0' || *p > '9') {
            rt_raise_ValueError("Format specifier missing precision");
        }
        sp->prec = parse_uint(&p, e);
    }
    if (p < e) {
        sp->type = *p++;
    }
    if (p < e) {
        rt_raise_ValueError("Invalid format specifier");
    }
    if (sp->grouping) {
        char t = sp->type;
        bool ok = t == 0 || t == 'd' || t == 'e' || t == 'f' || t == 'g' || t == 'E' || t == 'G' ||
                  t == '%' || t == 'F';
        if (sp->grouping == '_' && (t == 'b' || t == 'o' || t == 'x' || t == 'X')) {
            ok = true;
        }
        if (!ok) {
            if (t >= 0x20 && t < 0x7f) {
                rt_raise_fmt(&type_ValueError, "Cannot specify '%c' with '%c'.", sp->grouping, t);
            }
            rt_raise_fmt(&type_ValueError, "Cannot specify '%c' with '\\x%x'.", sp->grouping, (unsigned)(uint8_t)t);
        }
    }
    // '0' before the width: zero fill unless a fill is given, sign-aware by default
    if (sp->zero && !sp->fill_given) {
        sp->fill = '0';
    }
}

// ---------------------------------------------------------------- padding
static void put_fill(vstr_t *v, uint32_t fill, size_t n) {
    for (size_t i = 0; i < n; i++) {
        vstr_add_char(v, fill);
    }
}

// Append prefix+body padded to the width. align '=' puts the padding between
// prefix (sign, 0x) and body. nchars = code points of prefix+body.
static void put_aligned(vstr_t *v, const spec_t *sp, char align, const char *prefix, size_t plen,
                        const char *body, size_t blen, size_t nchars) {
    size_t pad = (sp->width > 0 && (size_t)sp->width > nchars) ? (size_t)sp->width - nchars : 0;
    size_t left = 0;
    switch (align) {
        case '>': left = pad; break;
        case '^': left = pad / 2; break;
        case '=': left = 0; break;
        default: left = 0; break;
    }
    if (align != '=') {
        put_fill(v, sp->fill, left);
    }
    vstr_add_strn(v, prefix, plen);
    if (align == '=') {
        put_fill(v, sp->fill, pad);
    }
    vstr_add_strn(v, body, blen);
    if (align == '<' || align == '^') {
        put_fill(v, sp->fill, pad - left);
    }
}

// Insert a separator every `every` digits of d[0..n) (from the right) into v;
// with min_len > 0, pad with leading zeros (grouped too) to at least min_len chars.
static void put_grouped(vstr_t *v, const char *d, size_t n, char sep, int every, size_t min_len) {
    size_t total = n;   // digits including padding zeros
    for (;;) {
        size_t len = total + (total - 1) / (size_t)every;
        if (len >= min_len) {
            break;
        }
        total++;
    }
    for (size_t i = 0; i < total; i++) {
        size_t from_right = total - i;
        vstr_add_byte(v, (uint8_t)(i < total - n ? '0' : d[i - (total - n)]));
        if (from_right > 1 && (from_right - 1) % (size_t)every == 0) {
            vstr_add_byte(v, (uint8_t)sep);
        }
    }
}

// Render a number: sign and prefix, digits (integer part grouped), rest (".5e+3").
static void put_number(vstr_t *out, const spec_t *sp, bool neg, const char *base_prefix,
                       const char *digits, size_t dlen, const char *rest, size_t rlen, int every) {
    char prefix[8];
    size_t plen = 0;
    if (neg) {
        prefix[plen++] = '-';
    } else if (sp->sign == '+' || sp->sign == ' ') {
        prefix[plen++] = sp->sign;
    }
    size_t bl = strlen(base_prefix);
    memcpy(prefix + plen, base_prefix, bl);
    plen += bl;
    char align = sp->align;
    spec_t s2 = *sp;
    if (sp->zero && align == 0) {
        align = '=';
        if (!sp->fill_given) {
            s2.fill = '0';
        }
    }
    if (align == 0) {
        align = '>';
    }
    if (!sp->grouping && (rlen == 0 || rest == digits + dlen)) {
        // digits and rest are contiguous: no copy needed
        put_aligned(out, &s2, align, prefix, plen, digits, dlen + rlen, plen + dlen + rlen);
        return;
    }
    vstr_t body;
    vstr_init(&body, dlen + rlen + 8);
    if (sp->grouping) {
        size_t min_len = 0;
        if (align == '=' && s2.fill == '0' && sp->width > 0 && (size_t)sp->width > plen + rlen) {
            min_len = (size_t)sp->width - plen - rlen;
        }
        put_grouped(&body, digits, dlen, sp->grouping, every, min_len);
    } else {
        vstr_add_strn(&body, digits, dlen);
    }
    vstr_add_strn(&body, rest, rlen);
    put_aligned(out, &s2, align, prefix, plen, body.buf, body.len, plen + body.len);
}

// ---------------------------------------------------------------- int, float, str
static NORETURN void bad_code(char type, obj_t value) {
    if (type >= 0x20 && type < 0x7f) {
        rt_raise_fmt(&type_ValueError, "Unknown format code '%c' for object of type '%s'", type,
                     rt_type_name(value));
    }
    rt_raise_fmt(&type_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                 (unsigned)(uint8_t)type, rt_type_name(value));
}

static void format_float(vstr_t *out, const spec_t *sp, double d, obj_t value);

// Digits of |v| in base (2, 8, 10, 16) written backwards ending at end; returns the start.
static char *small_digits(intptr_t v, int base, bool upper, char *end) {
    const char *dig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    uintptr_t u = v < 0 ? 0 - (uintptr_t)v : (uintptr_t)v;
    char *p = end;
    do {
        *--p = dig[u % (uintptr_t)base];
        u /= (uintptr_t)base;
    } while (u);
    return p;
}

// The digits of an int value (sign stripped) into buf or a str; sets *neg.
static const char *int_digits(obj_t value, int base, bool upper, char *buf, size_t size, size_t *len, bool *neg) {
    value = int_from_bool_or_int(value);
    if (obj_is_small_int(value)) {
        intptr_t v = obj_small_int_value(value);
        char *p = small_digits(v, base, upper, buf + size);
        *len = (size_t)(buf + size - p);
        *neg = v < 0;
        return p;
    }
    obj_t s = int_to_str_base(value, base, "", upper);
    const char *d = str_data(s, len);
    *neg = *len > 0 && d[0] == '-';
    if (*neg) {
        d++;
        (*len)--;
    }
    return d;
}

static void format_int(vstr_t *out, const spec_t *sp, obj_t value) {
    int base = 10;
    const char *bp = "";
    bool upper = false;
    switch (sp->type) {
        case 0: case 'd': case 'n': break;
        case 'b': base = 2; bp = sp->alt ? "0b" : ""; break;
        case 'o': base = 8; bp = sp->alt ? "0o" : ""; break;
        case 'x': base = 16; bp = sp->alt ? "0x" : ""; break;
        case 'X': base = 16; bp = sp->alt ? "0X" : ""; upper = true; break;
        case 'c': {
            if (sp->prec >= 0) {
                rt_raise_ValueError("Precision not allowed in integer format specifier");
            }
            if (sp->sign) {
                rt_raise_ValueError("Sign not allowed with integer format specifier 'c'");
            }
            if (sp->alt) {
                rt_raise_ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            intptr_t c = rt_get_int(value);
            if (c < 0 || c > 0x10ffff) {
                rt_raise_OverflowError("%c arg not in range(0x110000)");
            }
            vstr_t ch;
            vstr_init(&ch, 4);
            vstr_add_char(&ch, (uint32_t)c);
            put_aligned(out, sp, sp->align ? sp->align : '>', "", 0, ch.buf, ch.len, 1);
            return;
        }
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
            format_float(out, sp, int_to_double(value), value);
            return;
        default:
            bad_code(sp->type, value);
    }
    if (sp->prec >= 0) {
        rt_raise_ValueError("Precision not allowed in integer format specifier");
    }
    char buf[72];
    size_t len;
    bool neg;
    const char *d = int_digits(value, base, upper, buf, sizeof(buf), &len, &neg);
    put_number(out, sp, neg, bp, d, len, "", 0, base == 10 ? 3 : 4);
}

static void format_float(vstr_t *out, const spec_t *sp, double d, obj_t value) {
    char fmt = sp->type;
    switch (fmt) {
        case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': break;
        case 'n': fmt = 'g'; break;
        default: bad_code(sp->type, value);
    }
    char stack_buf[480];
    size_t size = 64 + (sp->prec > 0 ? (size_t)sp->prec : 0) + 330;
    char *buf = size <= sizeof(stack_buf) ? stack_buf : gc_alloc(size);
    size_t n = float_format(d, fmt, (int)sp->prec, sp->alt, buf, size);
    if (fmt == 0 && sp->prec < 0 && sp->alt && memchr(buf, '.', n) == NULL && n + 2 < size &&
        buf[n - 1] != 'f' && buf[n - 1] != 'n') {
        // repr-style with '#': keep the point ("1.e+16")
        char *e = memchr(buf, 'e', n);
        size_t at = e ? (size_t)(e - buf) : n;
        memmove(buf + at + 1, buf + at, n - at + 1);
        buf[at] = '.';
        n++;
    }
    const char *p = buf;
    bool neg = false;
    if (n > 0 && p[0] == '-') {
        neg = true;
        p++;
        n--;
    }
    // integer part = leading digits
    size_t ilen = 0;
    while (ilen < n && p[ilen] >= '0' && p[ilen] <= '9') {
        ilen++;
    }
    put_number(out, sp, neg, "", p, ilen, p + ilen, n - ilen, 3);
    if (buf != stack_buf) {
        gc_free(buf);
    }
}

static void format_str(vstr_t *out, const spec_t *sp, const char *s, size_t len) {
    if (sp->type != 0 && sp->type != 's') {
        rt_raise_fmt(&type_ValueError, "Unknown format code '%c' for object of type 'str'", sp->type);
    }
    if (sp->sign) {
        rt_raise_ValueError("Sign not allowed in string format specifier");
    }
    if (sp->alt) {
        rt_raise_ValueError("Alternate form (#) not allowed in string format specifier");
    }
    if (sp->align == '=') {
        rt_raise_ValueError("'=' alignment not allowed in string format specifier");
    }
    if (sp->grouping) {
        rt_raise_fmt(&type_ValueError, "Cannot specify '%c' with 's'.", sp->grouping);
    }
    size_t nchars = utf8_charlen(s, len);
    if (sp->prec >= 0 && (size_t)sp->prec < nchars) {
        len = (size_t)(utf8_index(s, len, (size_t)sp->prec) - s);
        nchars = (size_t)sp->prec;
    }
    put_aligned(out, sp, sp->align ? sp->align : '<', "", 0, s, len, nchars);
}

static bool is_int_value(obj_t v) {
    return obj_is_small_int(v) || v == OBJ_TRUE || v == OBJ_FALSE || obj_is_type_exact(v, &type_int);
}

static void format_value_into(vstr_t *out, obj_t value, const char *spec, size_t slen);

obj_t str_format_value(obj_t value, obj_t spec) {
    size_t slen;
    const char *s = str_data(spec, &slen);
    if (slen == 0 && rt_is_str(value)) {
        return value;
    }
    vstr_t v;
    vstr_init(&v, 16);
    format_value_into(&v, value, s, slen);
    return str_from_vstr(&v);
}

static void format_value_into(vstr_t *out, obj_t value, const char *s, size_t slen) {
    // user classes: __format__ first
    if (obj_is_ptr(value) && (obj_type(value)->flags & TYPE_FLAG_USER)) {
        obj_t dest[2];
        if (rt_load_method_maybe(value, N___format__, dest)) {
            obj_t arg = str_new(s, slen);
            obj_t r = rt_call_method(dest[0], dest[1], 1, 0, &arg);
            if (!rt_is_str(r)) {
                rt_raise_fmt(&type_TypeError, "__format__ must return a str, not %s", rt_type_name(r));
            }
            size_t rl;
            const char *rd = str_data(r, &rl);
            vstr_add_strn(out, rd, rl);
            return;
        }
        obj_t sub = ((instance_t *)OBJ_TO_PTR(value))->subobj;
        if (sub != OBJ_NULL && slen > 0 && !(obj_type(value)->flags & TYPE_FLAG_EXCEPTION)) {
            value = sub;
        }
    }
    if (slen == 0) {
        if (obj_is_small_int(value)) {
            char buf[32];
            char *p = small_digits(obj_small_int_value(value), 10, false, buf + sizeof(buf));
            if (obj_small_int_value(value) < 0) {
                *--p = '-';
            }
            vstr_add_strn(out, p, (size_t)(buf + sizeof(buf) - p));
            return;
        }
        obj_t r = rt_obj_str(value);
        size_t rl;
        const char *rd = str_data(r, &rl);
        vstr_add_strn(out, rd, rl);
        return;
    }
    spec_t sp;
    spec_parse(&sp, s, slen);
    if (is_int_value(value)) {
        format_int(out, &sp, value);
    } else if (obj_is_type_exact(value, &type_float)) {
        format_float(out, &sp, float_value(value), value);
    } else if (rt_is_str(value)) {
        size_t len;
        const char *d = str_data(value, &len);
        format_str(out, &sp, d, len);
    } else {
        rt_raise_fmt(&type_TypeError, "unsupported format string passed to %s.__format__",
                     rt_type_name(value));
    }
}

// ---------------------------------------------------------------- ascii()
// repr(o) with non-ASCII code points escaped (ascii() and !a, %a).
obj_t str_ascii_repr(obj_t o) {
    obj_t r = rt_obj_repr(o);
    size_t len;
    const char *d = str_data(r, &len);
    if (str_bytes_ascii(d, len)) {
        return r;
    }
    vstr_t v;
    vstr_init(&v, len + 8);
    const char *p = d, *e = d + len;
    static const char hex[] = "0123456789abcdef";
    while (p < e) {
        uint32_t c = utf8_decode(&p);
        if (c < 0x80) {
            vstr_add_byte(&v, (uint8_t)c);
            continue;
        }
        int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
        vstr_add_byte(&v, '\\');
        vstr_add_byte(&v, digits == 2 ? 'x' : digits == 4 ? 'u' : 'U');
        for (int i = digits - 1; i >= 0; i--) {
            vstr_add_byte(&v, (uint8_t)hex[(c >> (4 * i)) & 15]);
        }
    }
    return str_from_vstr(&v);
}

// ---------------------------------------------------------------- str.format
typedef struct {
    const obj_t *args;     // positional
    size_t n_args;
    const obj_t *kw;       // (name, value) pairs
    size_t n_kw;
    obj_t mapping;         // format_map: OBJ_NULL otherwise
    intptr_t auto_idx;     // -1 = manual numbering used, else next index
    bool manual;
} fmt_ctx_t;

static NORETURN void format_error(const char *msg) {
    rt_raise_ValueError(msg);
}

static obj_t lookup_field(fmt_ctx_t *c, const char *name, size_t nlen) {
    if (nlen == 0 || (name[0] >= '0' && name[0] <= '9')) {
        size_t idx;
        if (nlen == 0) {
            if (c->manual) {
                format_error("cannot switch from manual field specification to automatic field numbering");
            }
            idx = (size_t)c->auto_idx++;
        } else {
            if (c->auto_idx > 0) {
                format_error("cannot switch from automatic field numbering to manual field specification");
            }
            c->manual = true;
            idx = 0;
            for (size_t i = 0; i < nlen; i++) {
                if (name[i] < '0' || name[i] > '9') {
                    goto by_name;
                }
                idx = idx * 10 + (size_t)(name[i] - '0');
            }
        }
        if (idx >= c->n_args) {
            rt_raise_fmt(&type_IndexError, "Replacement index %u out of range for positional args tuple",
                         (unsigned)idx);
        }
        return c->args[idx];
    }
by_name:;
    obj_t key = str_new(name, nlen);
    if (c->mapping != OBJ_NULL) {
        return rt_subscr_load(c->mapping, key);
    }
    for (size_t i = 0; i < c->n_kw; i++) {
        if (str_equal(c->kw[2 * i], key)) {
            return c->kw[2 * i + 1];
        }
    }
    rt_raise_KeyError(key);
}

// Resolve "name.attr[key]..." to an object.
static obj_t resolve_field(fmt_ctx_t *c, const char *f, size_t flen) {
    size_t i = 0;
    while (i < flen && f[i] != '.' && f[i] != '[') {
        i++;
    }
    obj_t o = lookup_field(c, f, i);
    while (i < flen) {
        if (f[i] == '.') {
            size_t s = ++i;
            while (i < flen && f[i] != '.' && f[i] != '[') {
                i++;
            }
            if (i == s) {
                format_error("Empty attribute in format string");
            }
            o = rt_load_attr(o, names_intern(f + s, i - s));
        } else {
            size_t s = ++i;
            while (i < flen && f[i] != ']') {
                i++;
            }
            if (i >= flen) {
                format_error("Missing ']' in format string");
            }
            if (i == s) {
                format_error("Empty attribute in format string");
            }
            obj_t key;
            bool digits = true;
            for (size_t k = s; k < i; k++) {
                digits = digits && f[k] >= '0' && f[k] <= '9';
            }
            key = digits ? int_from_str(f + s, i - s, 10) : str_new(f + s, i - s);
            o = rt_subscr_load(o, key);
            i++;
            if (i < flen && f[i] != '.' && f[i] != '[') {
                format_error("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
    }
    return o;
}

static void format_template(vstr_t *out, fmt_ctx_t *c, const char *s, size_t len, int depth);

// One replacement field f[0..flen) (between the braces).
static void format_field(vstr_t *out, fmt_ctx_t *c, const char *f, size_t flen, int depth) {
    // split name ! conv : spec, honouring [] in the name
    size_t i = 0;
    while (i < flen && f[i] != '!' && f[i] != ':') {
        if (f[i] == '[') {
            while (i < flen && f[i] != ']') {
                i++;
            }
        }
        if (i < flen) {
            i++;
        }
    }
    size_t name_len = i;
    char conv = 0;
    if (i < flen && f[i] == '!') {
        if (i + 1 >= flen) {
            format_error("end of string while looking for conversion specifier");
        }
        conv = f[i + 1];
        i += 2;
        if (i < flen && f[i] != ':') {
            format_error("expected ':' after conversion specifier");
        }
    }
    obj_t v = resolve_field(c, f, name_len);
    const char *spec = "";
    size_t slen = 0;
    vstr_t sv;
    sv.buf = NULL;
    if (i < flen && f[i] == ':') {
        spec = f + i + 1;
        slen = flen - i - 1;
        if (memchr(spec, '{', slen)) {
            if (depth >= 2) {
                format_error("Max string recursion exceeded");
            }
            vstr_init(&sv, slen + 8);
            format_template(&sv, c, spec, slen, depth + 1);
            spec = sv.buf;
            slen = sv.len;
        }
    }
    switch (conv) {
        case 0: break;
        case 'r': v = rt_obj_repr(v); break;
        case 's': v = rt_obj_str(v); break;
        case 'a': v = str_ascii_repr(v); break;
        default:
            rt_raise_fmt(&type_ValueError, "Unknown conversion specifier %c", conv);
    }
    format_value_into(out, v, spec, slen);
}

static void format_template(vstr_t *out, fmt_ctx_t *c, const char *s, size_t len, int depth) {
    const char *p = s, *e = s + len;
    while (p < e) {
        const char *q = p;
        while (q < e && *q != '{' && *q != '}') {
            q++;
        }
        vstr_add_strn(out, p, (size_t)(q - p));
        if (q >= e) {
            break;
        }
        if (*q == '}') {
            if (q + 1 < e && q[1] == '}') {
                vstr_add_byte(out, '}');
                p = q + 2;
                continue;
            }
            format_error("Single '}' encountered in format string");
        }
        if (q + 1 < e && q[1] == '{') {
            vstr_add_byte(out, '{');
            p = q + 2;
            continue;
        }
        // find the matching '}' (nested braces allowed in the spec)
        const char *f = q + 1;
        int level = 1;
        const char *r = f;
        while (r < e) {
            if (*r == '[') {
                while (r < e && *r != ']' && *r != '}') {
                    r++;
                }
                if (r < e && *r == '}') {
                    continue;
                }
            } else if (*r == '{') {
                level++;
            } else if (*r == '}') {
                if (--level == 0) {
                    break;
                }
            }
            r++;
        }
        if (r >= e) {
            format_error(level > 1 ? "Expected '}' before end of string" : "Single '{' encountered in format string");
        }
        format_field(out, c, f, (size_t)(r - f), depth);
        p = r + 1;
    }
}

static obj_t str_format(size_t n_args, size_t n_kw, const obj_t *args) {
    size_t len;
    const char *s = str_data(args[0], &len);
    fmt_ctx_t c = {args + 1, n_args - 1, args + n_args, n_kw, OBJ_NULL, 0, false};
    vstr_t v;
    vstr_init(&v, len + 16);
    format_template(&v, &c, s, len, 0);
    return str_from_vstr(&v);
}
FUN_OBJ_KW(str_format_obj, 1, str_format);

static obj_t str_format_map(obj_t self, obj_t mapping) {
    size_t len;
    const char *s = str_data(self, &len);
    fmt_ctx_t c = {NULL, 0, NULL, 0, mapping, 0, false};
    vstr_t v;
    vstr_init(&v, len + 16);
    format_template(&v, &c, s, len, 0);
    return str_from_vstr(&v);
}
FUN_OBJ_2(str_format_map_obj, str_format_map);

// ---------------------------------------------------------------- printf-style %
static obj_t pct_next_arg(const obj_t *items, size_t n, size_t *i) {
    if (*i >= n) {
        rt_raise_TypeError("not enough arguments for format string");
    }
    return items[(*i)++];
}

// %d %i %u with a precision = minimum digits; %x %o %X.
static void pct_int(vstr_t *out, spec_t *sp, obj_t v, char type) {
    obj_t nat = rt_as_native(v, &type_int);   // class I(int) / class F(float) instances
    if (nat == OBJ_NULL) {
        nat = rt_as_native(v, &type_float);
    }
    if (nat != OBJ_NULL) {
        v = nat;
    }
    if (obj_is_type_exact(v, &type_float)) {
        if (type != 'd' && type != 'i' && type != 'u') {
            rt_raise_fmt(&type_TypeError, "%%%c format: an integer is required, not float", type);
        }
        v = int_from_double(float_value(v));
    } else if (!is_int_value(v)) {
        if (type == 'd' || type == 'i' || type == 'u') {
            rt_raise_fmt(&type_TypeError, "%%%c format: a real number is required, not %s", type, rt_type_name(v));
        }
        rt_raise_fmt(&type_TypeError, "%%%c format: an integer is required, not %s", type, rt_type_name(v));
    }
    int base = type == 'x' || type == 'X' ? 16 : type == 'o' ? 8 : 10;
    const char *bp = "";
    if (sp->alt) {
        bp = type == 'x' ? "0x" : type == 'X' ? "0X" : type == 'o' ? "0o" : "";
    }
    char buf[72];
    size_t len;
    bool neg;
    const char *d = int_digits(v, base, type == 'X', buf, sizeof(buf), &len, &neg);
    if (sp->prec < 0 && sp->width < 0 && !sp->alt && !sp->sign) {
        if (neg) {
            vstr_add_byte(out, '-');
        }
        vstr_add_strn(out, d, len);
        return;
    }
    vstr_t digits;
    vstr_init(&digits, len + 8);
    if (sp->prec > 0 && (size_t)sp->prec > len) {
        put_fill(&digits, '0', (size_t)sp->prec - len);
    }
    vstr_add_strn(&digits, d, len);
    sp->prec = -1;
    put_number(out, sp, neg, bp, digits.buf, digits.len, "", 0, 3);
}

obj_t str_modulo_format(obj_t fmt, obj_t args) {
    const char *s;
    size_t len;
    int kind = str_get_kind(fmt, &s, &len);
    bool is_bytes = kind != KIND_STR;
    const obj_t *items;
    size_t n_items, next = 0;
    obj_t dict = OBJ_NULL;
    obj_t tup = rt_as_native(args, &type_tuple);   // a namedtuple too
    if (tup != OBJ_NULL) {
        tuple_t *t = OBJ_TO_PTR(tup);
        items = t->items;
        n_items = t->len;
    } else {
        items = &args;
        n_items = 1;
        const type_t *at = obj_type(args);
        if (at->subscr && !rt_is_str(args) && !obj_is_type_exact(args, &type_bytes) &&
            !obj_is_type_exact(args, &type_bytearray) && !obj_is_type_exact(args, &type_list) &&
            !obj_is_type_exact(args, &type_range)) {
            dict = args;
        }
    }
    vstr_t v;
    vstr_init(&v, len + 16);
    const char *p = s, *e = s + len;
    while (p < e) {
        const char *q = memchr(p, '%', (size_t)(e - p));
        if (q == NULL) {
            vstr_add_strn(&v, p, (size_t)(e - p));
            break;
        }
        vstr_add_strn(&v, p, (size_t)(q - p));
        p = q + 1;
        if (p >= e) {
            rt_raise_ValueError("incomplete format");
        }
        obj_t arg = OBJ_NULL;
        if (*p == '(') {
            if (dict == OBJ_NULL) {
                rt_raise_TypeError("format requires a mapping");
            }
            const char *k = ++p;
            int level = 1;
            while (p < e) {
                if (*p == '(') {
                    level++;
                } else if (*p == ')' && --level == 0) {
                    break;
                }
                p++;
            }
            if (p >= e) {
                rt_raise_ValueError("incomplete format key");
            }
            obj_t key = is_bytes ? bytes_new(k, (size_t)(p - k)) : str_new(k, (size_t)(p - k));
            arg = rt_subscr_load(dict, key);
            p++;
        }
        spec_t sp;
        spec_init(&sp);
        for (; p < e; p++) {
            if (*p == '-') {
                sp.align = '<';
            } else if (*p == '+') {
                sp.sign = '+';
            } else if (*p == ' ') {
                if (sp.sign != '+') {
                    sp.sign = ' ';
                }
            } else if (*p == '#') {
                sp.alt = true;
            } else if (*p == '0') {
                sp.zero = true;
            } else {
                break;
            }
        }
        if (p < e && *p == '*') {
            sp.width = rt_get_int(pct_next_arg(items, n_items, &next));
            if (sp.width < 0) {
                sp.align = '<';
                sp.width = -sp.width;
            }
            p++;
        } else if (p < e && *p >= '0' && *p <= '9') {
            sp.width = parse_uint(&p, e);
        }
        if (p < e && *p == '.') {
            p++;
            if (p < e && *p == '*') {
                sp.prec = rt_get_int(pct_next_arg(items, n_items, &next));
                p++;
            } else {
                sp.prec = parse_uint(&p, e);
            }
        }
        while (p < e && (*p == 'l' || *p == 'h' || *p == 'L')) {
            p++;
        }
        if (p >= e) {
            rt_raise_ValueError("incomplete format");
        }
        char type = *p++;
        if (sp.align == '<') {
            sp.zero = false;
        }
        if (type == '%') {
            vstr_add_byte(&v, '%');
            continue;
        }
        if (arg == OBJ_NULL) {
            arg = dict != OBJ_NULL ? dict : pct_next_arg(items, n_items, &next);
        }
        switch (type) {
            case 's': case 'r': case 'a': case 'b': {
                obj_t t;
                if (is_bytes && (type == 's' || type == 'b')) {
                    const char *d;
                    size_t l;
                    int k = str_get_any(arg, &d, &l);
                    if (k != KIND_BYTES && k != KIND_BYTEARRAY) {
                        rt_raise_fmt(&type_TypeError,
                                     "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                                     rt_type_name(arg));
                    }
                    if (sp.prec >= 0 && (size_t)sp.prec < l) {
                        l = (size_t)sp.prec;
                    }
                    size_t pad = sp.width > (intptr_t)l ? (size_t)sp.width - l : 0;
                    if (sp.align != '<') {
                        put_fill(&v, ' ', pad);
                    }
                    vstr_add_strn(&v, d, l);
                    if (sp.align == '<') {
                        put_fill(&v, ' ', pad);
                    }
                    break;
                }
                if (type == 'b') {
                    rt_raise_ValueError("unsupported format character 'b'");
                }
                // in bytes, %r is %a (the result must be ASCII)
                t = type == 's' ? rt_obj_str(arg) : (type == 'r' && !is_bytes) ? rt_obj_repr(arg) : str_ascii_repr(arg);
                size_t l;
                const char *d = str_data(t, &l);
                spec_t s2;
                spec_init(&s2);
                s2.width = sp.width;
                s2.prec = sp.prec;
                s2.align = sp.align ? '<' : '>';
                format_str(&v, &s2, d, l);
                break;
            }
            case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
                pct_int(&v, &sp, arg, type);
                break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                double d;
                obj_t nat = rt_as_native(arg, &type_float);
                if (nat == OBJ_NULL) {
                    nat = rt_as_native(arg, &type_int);
                }
                if (nat != OBJ_NULL) {
                    arg = nat;
                }
                if (obj_is_type_exact(arg, &type_float)) {
                    d = float_value(arg);
                } else if (is_int_value(arg)) {
                    d = int_to_double(arg);
                } else {
                    rt_raise_fmt(&type_TypeError, "must be real number, not %s", rt_type_name(arg));
                }
                sp.type = type;
                if (sp.prec < 0) {
                    sp.prec = 6;
                }
                format_float(&v, &sp, d, arg);
                break;
            }
            case 'c': {
                uint32_t c;
                if (is_int_value(arg)) {
                    intptr_t iv = rt_get_int(arg);
                    if (iv < 0 || iv > (is_bytes ? 255 : 0x10ffff)) {
                        rt_raise_OverflowError(is_bytes ? "%c arg not in range(256)" : "%c arg not in range(0x110000)");
                    }
                    c = (uint32_t)iv;
                } else {
                    const char *d;
                    size_t l;
                    int k = str_get_any(arg, &d, &l);
                    if (k < 0 || (k == KIND_STR ? utf8_charlen(d, l) : l) != 1 || (k == KIND_STR) == is_bytes) {
                        rt_raise_TypeError("%c requires int or char");
                    }
                    c = k == KIND_STR ? utf8_decode(&d) : (uint8_t)d[0];
                }
                vstr_t ch;
                vstr_init(&ch, 4);
                if (is_bytes) {
                    vstr_add_byte(&ch, (uint8_t)c);
                } else {
                    vstr_add_char(&ch, c);
                }
                spec_t s2;
                spec_init(&s2);
                s2.width = sp.width;
                put_aligned(&v, &s2, sp.align ? '<' : '>', "", 0, ch.buf, ch.len, 1);
                break;
            }
            default:
                if (type >= 0x20 && type < 0x7f) {
                    rt_raise_fmt(&type_ValueError, "unsupported format character '%c' (0x%x) at index %u",
                                 type, (unsigned)(uint8_t)type, (unsigned)(p - 1 - s));
                }
                rt_raise_ValueError("unsupported format character");
        }
    }
    if (next < n_items && dict == OBJ_NULL) {
        rt_raise_TypeError(is_bytes ? "not all arguments converted during bytes formatting"
                                    : "not all arguments converted during string formatting");
    }
    return str_from_vstr_kind(kind, &v);
}
