// core/mod_io.c — the `io` module: StringIO and BytesIO (in-memory streams),
// IOBase (a base class for streams written in Python) and `open` (forwards
// to the `open` builtin when the board provides one).
// A StringIO/BytesIO holds its contents as bytes (StringIO: UTF-8) in one
// noscan heap buffer; `pos` is a byte offset and may lie past `len` (a
// write there pads with NUL bytes). A StringIO counts in characters where
// Python sees it (read(n), readline(n), tell, seek, truncate), as CPython.
// As on MicroPython, write() accepts str or any buffer in both kinds.
// Every operation on a closed stream raises ValueError. IOBase instances are plain user-class instances (IOBase has no
// native part), so its methods receive the Python object itself.
#include <string.h>
#include "core/runtime.h"
#include "core/types.h"
#include "core/gc.h"
#include "core/mod_builtins.h"

typedef struct {
    obj_base_t base;
    char *buf;        // noscan heap block of `alloc` bytes, or NULL
    size_t len;
    size_t alloc;
    size_t pos;
    bool closed;
} strio_t;

static const type_t type_stringio;
static const type_t type_bytesio;

// The native stream of a method's self (user subclasses are unwrapped by
// the method binding already); TypeError for anything else.
static strio_t *get_strio(obj_t self) {
    const type_t *t = obj_type(self);
    if (t != &type_stringio && t != &type_bytesio) {
        rt_raise_fmt(&type_TypeError, "descriptor requires a 'StringIO' object, not '%s'", rt_type_name(self));
    }
    return OBJ_TO_PTR(self);
}

static strio_t *get_open(obj_t self) {
    strio_t *s = get_strio(self);
    if (s->closed) {
        rt_raise_ValueError("I/O operation on closed file");
    }
    return s;
}

static bool is_text(const strio_t *s) {
    return s->base.type == &type_stringio;
}

static obj_t make_result(const strio_t *s, const char *p, size_t n) {
    return is_text(s) ? str_new(p, n) : bytes_new(p, n);
}

static void reserve(strio_t *s, size_t need) {
    if (need <= s->alloc) {
        return;
    }
    if (need > SIZE_MAX / 4) {
        rt_raise_MemoryError();
    }
    size_t a = s->alloc ? s->alloc * 2 : 16;
    while (a < need) {
        a *= 2;
    }
    if (s->buf == NULL) {
        s->buf = gc_alloc_noscan(a);
    } else {
        s->buf = gc_realloc(s->buf, a);
    }
    s->alloc = a;
}

// The bytes of a str or of any object with the buffer protocol.
static const char *data_of(obj_t o, size_t *n) {
    if (rt_is_str(o)) {
        return rt_str_data(o, n);
    }
    const type_t *t = obj_type(o);
    buffer_info_t info;
    if (t->buffer == NULL || t->buffer(o, &info, BUFFER_READ) != 0) {
        rt_raise_fmt(&type_TypeError, "a bytes-like object is required, not '%s'", rt_type_name(o));
    }
    *n = info.len;
    return info.buf;
}

// Bytes from pos spanning at most n characters (text) or n bytes (binary);
// n < 0: to the end.
static size_t span(const strio_t *s, intptr_t n) {
    if (s->pos >= s->len) {
        return 0;
    }
    size_t avail = s->len - s->pos;
    if (n < 0) {
        return avail;
    }
    if (!is_text(s)) {
        return (size_t)n < avail ? (size_t)n : avail;
    }
    const char *p = s->buf + s->pos;
    size_t i = 0;
    while (n > 0 && i < avail) {
        i += utf8_seqlen((uint8_t)p[i]);
        n--;
    }
    return i < avail ? i : avail;
}

static intptr_t opt_size(size_t n_args, const obj_t *args, size_t i) {
    if (n_args > i && args[i] != OBJ_NONE) {
        return rt_get_int(args[i]);
    }
    return -1;
}

// ---------------------------------------------------------------- construction
static obj_t strio_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 0, 2, n_kw, true);
    obj_t init = n_args > 0 ? args[0] : OBJ_NONE;
    for (size_t i = 0; i < n_kw; i++) {
        name_t k = rt_intern_obj(args[n_args + 2 * i]);
        if (k == N_initial_value || k == N_initial_bytes) {
            init = args[n_args + 2 * i + 1];
        } else if (k != N_newline) {
            rt_raise_fmt(&type_TypeError, "unexpected keyword argument '%q'", k);
        }
    }
    strio_t *s = gc_alloc(sizeof(strio_t));
    s->base.type = type;
    if (init == OBJ_NONE) {
        return OBJ_FROM_PTR(s);
    }
    if (obj_is_small_int(init)) {
        // MicroPython: StringIO(n) / BytesIO(n) preallocates n bytes
        intptr_t n = obj_small_int_value(init);
        if (n > 0) {
            reserve(s, (size_t)n);
        }
        return OBJ_FROM_PTR(s);
    }
    size_t n;
    const char *p = data_of(init, &n);
    reserve(s, n);
    if (n) {
        memcpy(s->buf, p, n);
    }
    s->len = n;
    return OBJ_FROM_PTR(s);
}

// __init__(initial_value): a user subclass's super().__init__(...) resets
// the native stream.
static obj_t strio_init(size_t n_args, size_t n_kw, const obj_t *args) {
    strio_t *s = get_strio(args[0]);
    strio_t *n = OBJ_TO_PTR(strio_make_new(s->base.type, n_args - 1, n_kw, args + 1));
    *s = *n;
    return OBJ_NONE;
}
static FUN_OBJ_KW(strio_init_obj, 1, strio_init);

// ---------------------------------------------------------------- reading
static obj_t strio_read(size_t n_args, const obj_t *args) {
    strio_t *s = get_open(args[0]);
    size_t n = span(s, opt_size(n_args, args, 1));
    obj_t r = make_result(s, s->buf + s->pos, n);
    s->pos += n;
    return r;
}
static FUN_OBJ_VAR(strio_read_obj, 1, 2, strio_read);

static obj_t strio_read1(size_t n_args, const obj_t *args) {
    return strio_read(n_args, args);
}
static FUN_OBJ_VAR(strio_read1_obj, 1, 2, strio_read1);

// One line from pos including its '\n', at most max characters/bytes.
static obj_t read_line(strio_t *s, intptr_t max) {
    size_t n = span(s, max);
    const char *p = s->buf + s->pos;
    const char *nl = n ? memchr(p, '\n', n) : NULL;
    if (nl != NULL) {
        n = (size_t)(nl - p) + 1;
    }
    obj_t r = make_result(s, p, n);
    s->pos += n;
    return r;
}

static obj_t strio_readline(size_t n_args, const obj_t *args) {
    strio_t *s = get_open(args[0]);
    return read_line(s, opt_size(n_args, args, 1));
}
static FUN_OBJ_VAR(strio_readline_obj, 1, 2, strio_readline);

static obj_t strio_readlines(size_t n_args, const obj_t *args) {
    strio_t *s = get_open(args[0]);
    intptr_t hint = opt_size(n_args, args, 1);
    obj_t list = list_new(0, NULL);
    size_t total = 0;
    while (s->pos < s->len) {
        size_t before = s->pos;
        list_append(list, read_line(s, -1));
        total += s->pos - before;
        if (hint > 0 && total >= (size_t)hint) {
            break;
        }
    }
    return list;
}
static FUN_OBJ_VAR(strio_readlines_obj, 1, 2, strio_readlines);

// readinto(buf[, nbytes]) (the second argument is MicroPython's)
static obj_t strio_readinto(size_t n_args, const obj_t *args) {
    strio_t *s = get_open(args[0]);
    obj_t dest = args[1];
    const type_t *t = obj_type(dest);
    buffer_info_t info;
    if (t->buffer == NULL || t->buffer(dest, &info, BUFFER_WRITE) != 0) {
        rt_raise_fmt(&type_TypeError, "a writable bytes-like object is required, not '%s'", rt_type_name(dest));
    }
    size_t want = info.len;
    if (n_args > 2) {
        intptr_t m = rt_get_int(args[2]);
        if (m >= 0 && (size_t)m < want) {
            want = (size_t)m;
        }
    }
    size_t n = s->pos < s->len ? s->len - s->pos : 0;
    if (n > want) {
        n = want;
    }
    if (n) {
        memcpy(info.buf, s->buf + s->pos, n);
    }
    s->pos += n;
    return obj_new_small_int((intptr_t)n);
}
static FUN_OBJ_VAR(strio_readinto_obj, 2, 3, strio_readinto);

static obj_t strio_getvalue(obj_t self) {
    strio_t *s = get_open(self);
    return make_result(s, s->buf, s->len);
}
static FUN_OBJ_1(strio_getvalue_obj, strio_getvalue);

// ---------------------------------------------------------------- writing
// write(data) — and MicroPython's write(buf, max_len) / write(buf, off, max_len)
static obj_t strio_write(size_t n_args, const obj_t *args) {
    strio_t *s = get_open(args[0]);
    size_t n;
    const char *p = data_of(args[1], &n);
    if (n_args == 3) {
        intptr_t max = rt_get_int(args[2]);
        if (max >= 0 && (size_t)max < n) {
            n = (size_t)max;
        }
    } else if (n_args == 4) {
        intptr_t off = rt_get_int(args[2]), max = rt_get_int(args[3]);
        size_t o = off < 0 ? 0 : (size_t)off > n ? n : (size_t)off;
        p += o;
        n -= o;
        if (max >= 0 && (size_t)max < n) {
            n = (size_t)max;
        }
    }
    if (n == 0) {
        return obj_new_small_int(0);
    }
    if (s->pos >= s->len) {
        reserve(s, s->pos + n);
        memset(s->buf + s->len, 0, s->pos - s->len);
        memcpy(s->buf + s->pos, p, n);
        s->pos += n;
        s->len = s->pos;
    } else {
        // overwrite as many bytes (BytesIO) or characters (StringIO) as written
        size_t old = is_text(s) ? span(s, (intptr_t)utf8_charlen(p, n)) : n;
        size_t cut = s->pos + old < s->len ? s->pos + old : s->len;
        size_t tail = s->len - cut;
        reserve(s, s->pos + n + tail);
        memmove(s->buf + s->pos + n, s->buf + cut, tail);
        memcpy(s->buf + s->pos, p, n);
        s->pos += n;
        s->len = s->pos + tail;
    }
    return obj_new_small_int((intptr_t)(is_text(s) && n_args == 2 ? utf8_charlen(p, n) : n));
}
static FUN_OBJ_VAR(strio_write_obj, 2, 4, strio_write);

static obj_t strio_writelines(obj_t self, obj_t lines) {
    get_open(self);
    obj_t it = rt_getiter(lines, NULL);
    obj_t x;
    while ((x = rt_iternext(it)) != OBJ_STOP) {
        obj_t args[2] = {self, x};
        strio_write(2, args);
    }
    return OBJ_NONE;
}
static FUN_OBJ_2(strio_writelines_obj, strio_writelines);

// Positions seen from Python: bytes for BytesIO, characters for StringIO
// (a position past the end counts its padding as one character a byte).
static size_t to_user_pos(const strio_t *s, size_t pos) {
    if (!is_text(s)) {
        return pos;
    }
    size_t in = pos < s->len ? pos : s->len;
    return utf8_charlen(s->buf, in) + (pos - in);
}

static size_t to_byte_pos(const strio_t *s, size_t upos) {
    if (!is_text(s)) {
        return upos;
    }
    size_t i = 0;
    while (upos > 0 && i < s->len) {
        i += utf8_seqlen((uint8_t)s->buf[i]);
        upos--;
    }
    return (i < s->len ? i : s->len) + upos;
}

static obj_t strio_truncate(size_t n_args, const obj_t *args) {
    strio_t *s = get_open(args[0]);
    intptr_t size = n_args > 1 && args[1] != OBJ_NONE ? rt_get_int(args[1]) : (intptr_t)to_user_pos(s, s->pos);
    if (size < 0) {
        rt_raise_fmt(&type_ValueError, "negative size value %d", (int)size);
    }
    size_t b = to_byte_pos(s, (size_t)size);
    if (b < s->len) {
        s->len = b;
    }
    return obj_new_small_int(size);
}
static FUN_OBJ_VAR(strio_truncate_obj, 1, 2, strio_truncate);

// ---------------------------------------------------------------- position
static obj_t strio_seek(size_t n_args, const obj_t *args) {
    strio_t *s = get_open(args[0]);
    intptr_t off = rt_get_int(args[1]);
    intptr_t whence = n_args > 2 ? rt_get_int(args[2]) : 0;
    intptr_t base;
    switch (whence) {
        case 0:
            if (off < 0) {
                rt_raise_fmt(&type_ValueError, "negative seek value %d", (int)off);
            }
            base = 0;
            break;
        case 1:
            base = (intptr_t)to_user_pos(s, s->pos);
            break;
        case 2:
            base = (intptr_t)to_user_pos(s, s->len);
            break;
        default:
            rt_raise_fmt(&type_ValueError, "invalid whence (%d, should be 0, 1 or 2)", (int)whence);
    }
    intptr_t np = base + off;
    if (np < 0) {
        np = 0;
    }
    s->pos = to_byte_pos(s, (size_t)np);
    return obj_new_small_int(np);
}
static FUN_OBJ_VAR(strio_seek_obj, 2, 3, strio_seek);

static obj_t strio_tell(obj_t self) {
    strio_t *s = get_open(self);
    return obj_new_small_int((intptr_t)to_user_pos(s, s->pos));
}
static FUN_OBJ_1(strio_tell_obj, strio_tell);

// ---------------------------------------------------------------- state
static obj_t strio_flush(obj_t self) {
    get_open(self);
    return OBJ_NONE;
}
static FUN_OBJ_1(strio_flush_obj, strio_flush);

static obj_t strio_true(obj_t self) {
    get_open(self);
    return OBJ_TRUE;
}
static FUN_OBJ_1(strio_true_obj, strio_true);

static obj_t strio_isatty(obj_t self) {
    get_open(self);
    return OBJ_FALSE;
}
static FUN_OBJ_1(strio_isatty_obj, strio_isatty);

static obj_t strio_close(obj_t self) {
    strio_t *s = get_strio(self);
    s->closed = true;
    s->buf = NULL;
    s->len = s->alloc = s->pos = 0;
    return OBJ_NONE;
}
static FUN_OBJ_1(strio_close_obj, strio_close);

static obj_t strio_enter(obj_t self) {
    get_open(self);
    return self;
}
static FUN_OBJ_1(strio_enter_obj, strio_enter);

static obj_t strio_exit(size_t n_args, const obj_t *args) {
    return strio_close(args[0]);
}
static FUN_OBJ_VAR(strio_exit_obj, 1, 4, strio_exit);

static void strio_attr(obj_t self, name_t attr, obj_t *dest) {
    if (dest[0] == OBJ_NULL && attr == N_closed) {
        dest[0] = obj_bool(get_strio(self)->closed);
    }
}

static obj_t strio_getiter(obj_t self, iter_buf_t *buf) {
    get_open(self);
    return self;
}

static obj_t strio_iternext(obj_t self) {
    strio_t *s = get_open(self);
    if (s->pos >= s->len) {
        return OBJ_STOP;
    }
    return read_line(s, -1);
}

static void strio_print(const printer_t *p, obj_t self, print_kind_t kind) {
    print_fmt(p, "<io.%q %p>", obj_type(self)->name, OBJ_TO_PTR(self));
}

static const map_elem_t strio_locals_table[] = {
    MAP_ENTRY(N_read, &strio_read_obj),
    MAP_ENTRY(N_read1, &strio_read1_obj),
    MAP_ENTRY(N_readline, &strio_readline_obj),
    MAP_ENTRY(N_readlines, &strio_readlines_obj),
    MAP_ENTRY(N_readinto, &strio_readinto_obj),
    MAP_ENTRY(N_write, &strio_write_obj),
    MAP_ENTRY(N_writelines, &strio_writelines_obj),
    MAP_ENTRY(N_getvalue, &strio_getvalue_obj),
    MAP_ENTRY(N_seek, &strio_seek_obj),
    MAP_ENTRY(N_tell, &strio_tell_obj),
    MAP_ENTRY(N_truncate, &strio_truncate_obj),
    MAP_ENTRY(N_flush, &strio_flush_obj),
    MAP_ENTRY(N_readable, &strio_true_obj),
    MAP_ENTRY(N_writable, &strio_true_obj),
    MAP_ENTRY(N_seekable, &strio_true_obj),
    MAP_ENTRY(N_isatty, &strio_isatty_obj),
    MAP_ENTRY(N_close, &strio_close_obj),
    MAP_ENTRY(N___enter__, &strio_enter_obj),
    MAP_ENTRY(N___exit__, &strio_exit_obj),
    MAP_ENTRY(N___init__, &strio_init_obj),
};
static MAP_ROM(strio_locals, strio_locals_table);

static const type_t type_stringio = {
    {&type_type}, .name = N_StringIO,
    .flags = TYPE_FLAG_EQ_IS_ID | TYPE_FLAG_ITER_IS_SELF | TYPE_FLAG_BASETYPE,
    .make_new = strio_make_new, .print = strio_print, .attr = strio_attr,
    .getiter = strio_getiter, .iternext = strio_iternext, .locals = &strio_locals,
};

static const type_t type_bytesio = {
    {&type_type}, .name = N_BytesIO,
    .flags = TYPE_FLAG_EQ_IS_ID | TYPE_FLAG_ITER_IS_SELF | TYPE_FLAG_BASETYPE,
    .make_new = strio_make_new, .print = strio_print, .attr = strio_attr,
    .getiter = strio_getiter, .iternext = strio_iternext, .locals = &strio_locals,
};

// ---------------------------------------------------------------- IOBase
// Methods get the user's instance itself (IOBase has no native part).
static obj_t iobase_enter(obj_t self) {
    return self;
}
static FUN_OBJ_1(iobase_enter_obj, iobase_enter);

static obj_t iobase_exit(size_t n_args, const obj_t *args) {
    obj_t dest[2];
    rt_load_method(args[0], N_close, dest);
    rt_call_method(dest[0], dest[1], 0, 0, NULL);
    return OBJ_NONE;
}
static FUN_OBJ_VAR(iobase_exit_obj, 1, 4, iobase_exit);

static obj_t iobase_none(obj_t self) {
    return OBJ_NONE;
}
static FUN_OBJ_1(iobase_none_obj, iobase_none);

static const map_elem_t iobase_locals_table[] = {
    MAP_ENTRY(N_close, &iobase_none_obj),
    MAP_ENTRY(N_flush, &iobase_none_obj),
    MAP_ENTRY(N___enter__, &iobase_enter_obj),
    MAP_ENTRY(N___exit__, &iobase_exit_obj),
};
static MAP_ROM(iobase_locals, iobase_locals_table);

static const type_t type_iobase = {
    {&type_type}, .name = N_IOBase, .flags = TYPE_FLAG_BASETYPE, .locals = &iobase_locals,
};

// ---------------------------------------------------------------- open
static obj_t io_open(size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t fn = rt_builtin_lookup(N_open);
    if (fn == OBJ_NULL) {
        rt_raise_msg(&type_OSError, "no filesystem");
    }
    return rt_call(fn, n_args, n_kw, args);
}
static FUN_OBJ_KW(io_open_obj, 0, io_open);

// ---------------------------------------------------------------- module
static const map_elem_t io_globals_table[] = {
    {OBJ_NAME(N___name__), OBJ_NAME(N_io)},
    MAP_ENTRY(N_StringIO, &type_stringio),
    MAP_ENTRY(N_BytesIO, &type_bytesio),
    MAP_ENTRY(N_IOBase, &type_iobase),
    MAP_ENTRY(N_open, &io_open_obj),
};
static MAP_ROM(io_globals, io_globals_table);
static MODULE_ROM(io_module, io_globals);

void mod_io_init(void) {
    rt_register_module(OBJ_FROM_PTR(&io_module));
}
