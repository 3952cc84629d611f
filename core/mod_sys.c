// core/mod_sys.c — the `sys` module and its standard streams.
// sys is a heap module made at start-up (so scripts may set sys.ps1 etc.):
// a copy of a ROM table plus entries for the interpreter state (argv, path
// and modules are the very lists/dicts in rt_state, so the runtime and
// Python code see the same objects). The streams are ROM objects over the
// port's byte I/O: stdin/stdout/stderr are text streams (str), their
// .buffer attributes binary streams (bytes); writes are unbuffered.
#include <string.h>
#include "core/runtime.h"
#include "core/structseq.h"
#include "core/types.h"
#include "core/gc.h"
#include "core/port.h"
#include "core/str.h"
#include "core/mod_builtins.h"

// ---------------------------------------------------------------- streams
typedef struct sys_stream_s {
    obj_base_t base;                     // &type_textio or &type_fileio
    int fd;                              // 0, 1, 2
    const struct sys_stream_s *buffer;   // text streams: the binary stream
} sys_stream_t;

static const type_t type_textio;
static const type_t type_fileio;

static const sys_stream_t stdin_buffer_obj = {{&type_fileio}, 0, NULL};
static const sys_stream_t stdout_buffer_obj = {{&type_fileio}, 1, NULL};
static const sys_stream_t stderr_buffer_obj = {{&type_fileio}, 2, NULL};
static const sys_stream_t stdin_obj = {{&type_textio}, 0, &stdin_buffer_obj};
static const sys_stream_t stdout_obj = {{&type_textio}, 1, &stdout_buffer_obj};
static const sys_stream_t stderr_obj = {{&type_textio}, 2, &stderr_buffer_obj};

int mod_sys_stream_fd(obj_t o) {
    if (obj_is_type_exact(o, &type_textio) || obj_is_type_exact(o, &type_fileio)) {
        int fd = ((const sys_stream_t *)OBJ_TO_PTR(o))->fd;
        return fd == 0 ? -1 : fd;
    }
    return -1;
}

// 0 for sys.stdin (or its .buffer), 1 / 2 for stdout / stderr, -1 otherwise.
int mod_sys_stream_kind(obj_t o) {
    if (obj_is_type_exact(o, &type_textio) || obj_is_type_exact(o, &type_fileio)) {
        return ((const sys_stream_t *)OBJ_TO_PTR(o))->fd;
    }
    return -1;
}

static const sys_stream_t *stream_arg(obj_t o) {
    return (const sys_stream_t *)OBJ_TO_PTR(o);
}

static bool is_text(const sys_stream_t *s) {
    return s->base.type == &type_textio;
}

static obj_t stream_write(obj_t self_in, obj_t data) {
    const sys_stream_t *self = stream_arg(self_in);
    if (self->fd == 0) {
        rt_raise_OSError(9);   // EBADF
    }
    const char *s;
    size_t len;
    if (is_text(self)) {
        if (!rt_is_str(data)) {
            rt_raise_fmt(&type_TypeError, "write() argument must be str, not %s", rt_type_name(data));
        }
        s = rt_str_data(data, &len);
        port_write(self->fd, s, len);
        return obj_new_small_int((intptr_t)utf8_charlen(s, len));
    }
    if (str_get_any(data, &s, &len) < 0 || rt_is_str(data)) {
        buffer_info_t info;
        const type_t *t = obj_type(data);
        if (rt_is_str(data) || t->buffer == NULL || t->buffer(data, &info, BUFFER_READ) != 0) {
            rt_raise_fmt(&type_TypeError, "a bytes-like object is required, not '%s'", rt_type_name(data));
        }
        s = info.buf;
        len = info.len;
    }
    port_write_bytes(self->fd, s, len);
    return obj_new_small_int((intptr_t)len);
}
static FUN_OBJ_2(stream_write_obj, stream_write);

// Read up to n units (code points for text, bytes for binary; n < 0: to
// EOF), stopping after a newline if `line`.
static obj_t stream_read_impl(const sys_stream_t *self, intptr_t n, bool line) {
    if (self->fd != 0) {
        rt_raise_OSError(9);
    }
    vstr_t v;
    vstr_init(&v, n > 0 && n < 256 ? (size_t)n + 4 : 64);
    intptr_t units = 0;
    while (n < 0 || units < n) {
        int c = port_read_char();
        if (c < 0) {
            rt_handle_pending();
            break;
        }
        if (c == '\r' && is_text(self)) {
            c = '\n';   // as MicroPython's text stdin: a received CR reads as LF
        }
        vstr_add_byte(&v, (uint8_t)c);
        if (is_text(self) && c >= 0x80) {
            // the rest of the UTF-8 sequence belongs to the same code point
            size_t more = utf8_seqlen((uint8_t)c) - 1;
            while (more-- > 0) {
                int d = port_read_char();
                if (d < 0) {
                    break;
                }
                vstr_add_byte(&v, (uint8_t)d);
            }
        }
        units++;
        if (line && c == '\n') {
            break;
        }
    }
    if (is_text(self)) {
        return str_new(v.buf, v.len);
    }
    return bytes_new(v.buf, v.len);
}

static obj_t stream_read(size_t n_args, const obj_t *args) {
    intptr_t n = n_args > 1 && args[1] != OBJ_NONE ? rt_get_int(args[1]) : -1;
    return stream_read_impl(stream_arg(args[0]), n, false);
}
static FUN_OBJ_VAR(stream_read_obj, 1, 2, stream_read);

static obj_t stream_readline(size_t n_args, const obj_t *args) {
    intptr_t n = n_args > 1 && args[1] != OBJ_NONE ? rt_get_int(args[1]) : -1;
    return stream_read_impl(stream_arg(args[0]), n, true);
}
static FUN_OBJ_VAR(stream_readline_obj, 1, 2, stream_readline);

// buffer.readinto(buf[, n]): fill buf from stdin; returns the count read.
static obj_t stream_readinto(size_t n_args, const obj_t *args) {
    const sys_stream_t *self = stream_arg(args[0]);
    if (self->fd != 0) {
        rt_raise_OSError(9);
    }
    buffer_info_t info;
    const type_t *t = obj_type(args[1]);
    if (t->buffer == NULL || t->buffer(args[1], &info, BUFFER_WRITE) != 0) {
        rt_raise_TypeError("object with buffer protocol required");
    }
    size_t want = info.len;
    if (n_args > 2) {
        intptr_t n = rt_get_int(args[2]);
        if (n >= 0 && (size_t)n < want) {
            want = (size_t)n;
        }
    }
    size_t got = 0;
    while (got < want) {
        int c = port_read_char();
        if (c < 0) {
            rt_handle_pending();
            break;
        }
        ((uint8_t *)info.buf)[got++] = (uint8_t)c;
    }
    return obj_new_small_int((intptr_t)got);
}
static FUN_OBJ_VAR(stream_readinto_obj, 2, 3, stream_readinto);

static obj_t stream_flush(obj_t self) {
    return OBJ_NONE;
}
static FUN_OBJ_1(stream_flush_obj, stream_flush);

static obj_t stream_fileno(obj_t self) {
    return obj_new_small_int(stream_arg(self)->fd);
}
static FUN_OBJ_1(stream_fileno_obj, stream_fileno);

static void stream_print(const printer_t *p, obj_t o, print_kind_t kind) {
    const sys_stream_t *self = stream_arg(o);
    print_fmt(p, "<io.%s %d>", is_text(self) ? "TextIOWrapper" : "FileIO", self->fd);
}

static void stream_attr(obj_t self, name_t attr, obj_t *dest) {
    if (dest[0] == OBJ_NULL && attr == N_buffer && stream_arg(self)->buffer != NULL) {
        dest[0] = OBJ_FROM_PTR(stream_arg(self)->buffer);
    }
}

static obj_t stream_getiter(obj_t self, iter_buf_t *buf) {
    return self;
}

static obj_t stream_iternext(obj_t self) {
    obj_t line = stream_read_impl(stream_arg(self), -1, true);
    return rt_is_true(line) ? line : OBJ_STOP;
}

static const map_elem_t stream_locals_table[] = {
    MAP_ENTRY(N_write, &stream_write_obj),
    MAP_ENTRY(N_read, &stream_read_obj),
    MAP_ENTRY(N_readline, &stream_readline_obj),
    MAP_ENTRY(N_readinto, &stream_readinto_obj),
    MAP_ENTRY(N_flush, &stream_flush_obj),
    MAP_ENTRY(N_fileno, &stream_fileno_obj),
};
static MAP_ROM(stream_locals, stream_locals_table);

static const type_t type_textio = {
    {&type_type}, .name = N_TextIOWrapper, .flags = TYPE_FLAG_EQ_IS_ID | TYPE_FLAG_ITER_IS_SELF,
    .print = stream_print, .attr = stream_attr, .getiter = stream_getiter,
    .iternext = stream_iternext, .locals = &stream_locals,
};

static const type_t type_fileio = {
    {&type_type}, .name = N_FileIO, .flags = TYPE_FLAG_EQ_IS_ID | TYPE_FLAG_ITER_IS_SELF,
    .print = stream_print, .getiter = stream_getiter, .iternext = stream_iternext,
    .locals = &stream_locals,
};

// ---------------------------------------------------------------- sys.implementation
// A read-only named tuple: (name, version, _machine).
static const name_t impl_fields[] = {N_name, N_version, N__machine};

// ---------------------------------------------------------------- version text
void mod_sys_print_banner(const printer_t *p) {
    char date[11];
    structseq_build_date(date);
    print_fmt(p, "MicroPython v" KILN_VERSION " on %s; %s", date, rt_state.machine);
}

// ---------------------------------------------------------------- functions
static obj_t sys_exit(size_t n_args, const obj_t *args) {
    rt_raise(exc_new(&type_SystemExit, n_args, args));
}
static FUN_OBJ_VAR(sys_exit_obj, 0, 1, sys_exit);

// print_exception(exc, file=sys.stdout)
static obj_t sys_print_exception(size_t n_args, const obj_t *args) {
    obj_t file = n_args > 1 ? args[1] : OBJ_NONE;
    int fd = file == OBJ_NONE ? 1 : mod_sys_stream_fd(file);
    if (fd >= 0) {
        exc_print_traceback(fd == 2 ? &printer_stderr : &printer_stdout, args[0]);
        return OBJ_NONE;
    }
    vstr_t v;
    vstr_init(&v, 64);
    printer_t vp = vstr_printer(&v);
    exc_print_traceback(&vp, args[0]);
    obj_t dest[2];
    rt_load_method(file, N_write, dest);
    obj_t s = str_new(v.buf, v.len);
    rt_call_method(dest[0], dest[1], 1, 0, &s);
    return OBJ_NONE;
}
static FUN_OBJ_VAR(sys_print_exception_obj, 1, 2, sys_print_exception);

static obj_t sys_exc_info(void) {
    obj_t items[3] = {OBJ_NONE, OBJ_NONE, OBJ_NONE};
    obj_t e = rt_state.exc_handled;
    if (e != OBJ_NULL && e != OBJ_NONE) {
        items[0] = OBJ_FROM_PTR(obj_type(e));
        items[1] = e;
    }
    return tuple_new(3, items);
}
static FUN_OBJ_0(sys_exc_info_obj, sys_exc_info);

static const map_elem_t sys_table[] = {
    {OBJ_NAME(N___name__), OBJ_NAME(N_sys)},
    MAP_ENTRY(N_exit, &sys_exit_obj),
    MAP_ENTRY(N_print_exception, &sys_print_exception_obj),
    MAP_ENTRY(N_exc_info, &sys_exc_info_obj),
    MAP_ENTRY(N_stdin, &stdin_obj),
    MAP_ENTRY(N_stdout, &stdout_obj),
    MAP_ENTRY(N_stderr, &stderr_obj),
    {OBJ_NAME(N_byteorder), OBJ_NAME(N_little)},
};

void mod_sys_init(void) {
    obj_t m = rt_module_new(N_sys);
    map_t *g = rt_module_globals(m);
    for (size_t i = 0; i < sizeof(sys_table) / sizeof(sys_table[0]); i++) {
        map_store(g, sys_table[i].key, sys_table[i].value);
    }
    map_store(g, OBJ_NAME(N_argv), rt_state.sys_argv);
    map_store(g, OBJ_NAME(N_path), rt_state.sys_path);
    map_store(g, OBJ_NAME(N_modules), rt_state.modules);
    map_store(g, OBJ_NAME(N_platform), str_new_cstr(rt_state.platform));
    map_store(g, OBJ_NAME(N_maxsize), int_from_ll(INTPTR_MAX));
    map_store(g, OBJ_NAME(N_ps1), str_new_cstr(">>> "));
    map_store(g, OBJ_NAME(N_ps2), str_new_cstr("... "));

    vstr_t v;
    vstr_init(&v, 64);
    printer_t vp = vstr_printer(&v);
    char date[11];
    structseq_build_date(date);
    print_fmt(&vp, "3.4.0; MicroPython v" KILN_VERSION " on %s", date);
    map_store(g, OBJ_NAME(N_version), str_new(v.buf, v.len));

    obj_t vi[3] = {OBJ_SMALL_INT(3), OBJ_SMALL_INT(4), OBJ_SMALL_INT(0)};
    map_store(g, OBJ_NAME(N_version_info), tuple_new(3, vi));

    obj_t ver[4] = {OBJ_SMALL_INT(1), OBJ_SMALL_INT(24), OBJ_SMALL_INT(0), OBJ_NAME(N_empty)};
    obj_t fields[3] = {OBJ_NAME(N_micropython), tuple_new(4, ver), str_new_cstr(rt_state.machine)};
    map_store(g, OBJ_NAME(N_implementation), structseq_new(impl_fields, 3, fields));

    rt_register_module(m);
    dict_store(rt_state.modules, OBJ_NAME(N_sys), m);
}
