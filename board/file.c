// board/file.c — file objects over the VFS and the `open` builtin:
// open(file, mode='r', buffering=-1, encoding=None) with modes r w a x, '+',
// 'b' (FileIO: bytes) and 't' (TextIOWrapper: str, the default).
// Methods: read([n]) readline([n]) readlines() readinto(buf) write(buf)
// seek(off[, whence]) tell() flush() close() __enter__ __exit__, iteration
// by lines. As on MicroPython, write accepts any buffer (str or bytes) in
// both modes and returns the number of bytes written; a closed file raises
// OSError(EBADF).
// Invariant: the VFS handle (fs/vfs.h) is malloc'd and owned by exactly one
// file object; NULL once closed. Files not closed are not flushed when
// garbage collected (no finaliser yet): close them, or use `with`.
#include <string.h>
#include "core/runtime.h"
#include "core/types.h"
#include "core/gc.h"
#include "fs/vfs.h"
#include "board/mod_os.h"

typedef struct {
    obj_base_t base;
    vfs_file_t *vf;      // malloc'd; NULL when closed
    bool readable;
    bool writable;
} file_obj_t;

extern const type_t type_textio;
extern const type_t type_fileio;

static file_obj_t *get_file(obj_t self) {
    file_obj_t *f = OBJ_TO_PTR(self);
    if (f->vf == NULL) {
        rt_raise_OSError(VFS_EBADF);
    }
    return f;
}

static bool is_text(obj_t self) {
    return ((file_obj_t *)OBJ_TO_PTR(self))->base.type == &type_textio;
}

static obj_t make_result(obj_t self, vstr_t *v) {
    return is_text(self) ? str_from_vstr(v) : bytes_from_vstr(v);
}

// Read up to n bytes (n < 0: to the end) into v.
static void read_bytes(file_obj_t *f, vstr_t *v, intptr_t n) {
    char buf[256];
    while (n != 0) {
        size_t want = n < 0 || n > (intptr_t)sizeof(buf) ? sizeof(buf) : (size_t)n;
        long got = vfs_read(f->vf, buf, want);
        mod_os_check(got);
        if (got == 0) {
            break;
        }
        vstr_add_strn(v, buf, (size_t)got);
        if (n > 0) {
            n -= got;
        }
    }
}

// Text mode: read n characters (UTF-8), keeping multi-byte chars whole.
static void read_chars(file_obj_t *f, vstr_t *v, intptr_t n) {
    while (n > 0) {
        size_t start = v->len;
        read_bytes(f, v, n);
        if (v->len == start) {
            return;   // end of file
        }
        for (size_t i = start; i < v->len; i++) {
            if (((uint8_t)v->buf[i] & 0xc0) != 0x80) {
                n--;
            }
        }
        // complete the last character: take continuation bytes
        for (;;) {
            char c;
            long got = vfs_read(f->vf, &c, 1);
            mod_os_check(got);
            if (got == 0) {
                return;
            }
            if (((uint8_t)c & 0xc0) != 0x80) {
                mod_os_check(vfs_seek(f->vf, -1, 1));
                break;
            }
            vstr_add_byte(v, (uint8_t)c);
        }
    }
}

static obj_t file_read(size_t n_args, const obj_t *args) {
    file_obj_t *f = get_file(args[0]);
    intptr_t n = n_args > 1 && args[1] != OBJ_NONE ? rt_get_int(args[1]) : -1;
    vstr_t v;
    vstr_init(&v, n > 0 && n < 4096 ? (size_t)n : 64);
    if (n > 0 && is_text(args[0])) {
        read_chars(f, &v, n);
    } else {
        read_bytes(f, &v, n);
    }
    return make_result(args[0], &v);
}
static FUN_OBJ_VAR(file_read_obj, 1, 2, file_read);

// One line including its '\n' (at most max bytes when max >= 0) into v.
static void read_line(file_obj_t *f, vstr_t *v, intptr_t max) {
    char buf[64];
    for (;;) {
        size_t want = sizeof(buf);
        if (max >= 0) {
            if ((intptr_t)v->len >= max) {
                return;
            }
            if ((intptr_t)(max - v->len) < (intptr_t)want) {
                want = (size_t)(max - (intptr_t)v->len);
            }
        }
        long got = vfs_read(f->vf, buf, want);
        mod_os_check(got);
        if (got == 0) {
            return;
        }
        char *nl = memchr(buf, '\n', (size_t)got);
        if (nl != NULL) {
            size_t take = (size_t)(nl - buf) + 1;
            vstr_add_strn(v, buf, take);
            if ((long)take < got) {
                mod_os_check(vfs_seek(f->vf, -(got - (long)take), 1));
            }
            return;
        }
        vstr_add_strn(v, buf, (size_t)got);
    }
}

static obj_t file_readline(size_t n_args, const obj_t *args) {
    file_obj_t *f = get_file(args[0]);
    intptr_t max = n_args > 1 && args[1] != OBJ_NONE ? rt_get_int(args[1]) : -1;
    vstr_t v;
    vstr_init(&v, 64);
    read_line(f, &v, max);
    return make_result(args[0], &v);
}
static FUN_OBJ_VAR(file_readline_obj, 1, 2, file_readline);

static obj_t file_readlines(obj_t self) {
    file_obj_t *f = get_file(self);
    obj_t list = list_new(0, NULL);
    for (;;) {
        vstr_t v;
        vstr_init(&v, 64);
        read_line(f, &v, -1);
        if (v.len == 0) {
            return list;
        }
        list_append(list, make_result(self, &v));
    }
}
static FUN_OBJ_1(file_readlines_obj, file_readlines);

static obj_t file_readinto(size_t n_args, const obj_t *args) {
    file_obj_t *f = get_file(args[0]);
    const type_t *t = obj_type(args[1]);
    buffer_info_t info;
    if (t->buffer == NULL || t->buffer(args[1], &info, BUFFER_WRITE) != 0) {
        rt_raise_TypeError("object with buffer protocol required");
    }
    size_t n = info.len;
    if (n_args > 2) {
        intptr_t m = rt_get_int(args[2]);
        if (m >= 0 && (size_t)m < n) {
            n = (size_t)m;
        }
    }
    size_t done = 0;
    while (done < n) {
        long got = vfs_read(f->vf, (char *)info.buf + done, n - done);
        mod_os_check(got);
        if (got == 0) {
            break;
        }
        done += (size_t)got;
    }
    return obj_new_small_int((intptr_t)done);
}
static FUN_OBJ_VAR(file_readinto_obj, 2, 3, file_readinto);

static obj_t file_write(obj_t self, obj_t data) {
    file_obj_t *f = get_file(self);
    const char *p;
    size_t n;
    if (rt_is_str(data)) {
        p = rt_str_data(data, &n);
    } else {
        const type_t *t = obj_type(data);
        buffer_info_t info;
        if (t->buffer == NULL || t->buffer(data, &info, BUFFER_READ) != 0) {
            rt_raise_TypeError("object with buffer protocol required");
        }
        p = info.buf;
        n = info.len;
    }
    long w = vfs_write(f->vf, p, n);
    mod_os_check(w);
    return obj_new_small_int(w);
}
static FUN_OBJ_2(file_write_obj, file_write);

static obj_t file_seek(size_t n_args, const obj_t *args) {
    file_obj_t *f = get_file(args[0]);
    intptr_t off = rt_get_int(args[1]);
    intptr_t whence = n_args > 2 ? rt_get_int(args[2]) : 0;
    if (whence < 0 || whence > 2) {
        rt_raise_OSError(VFS_EINVAL);
    }
    long pos = vfs_seek(f->vf, (long)off, (int)whence);
    mod_os_check(pos);
    return obj_new_small_int(pos);
}
static FUN_OBJ_VAR(file_seek_obj, 2, 3, file_seek);

static obj_t file_tell(obj_t self) {
    file_obj_t *f = get_file(self);
    long pos = vfs_seek(f->vf, 0, 1);
    mod_os_check(pos);
    return obj_new_small_int(pos);
}
static FUN_OBJ_1(file_tell_obj, file_tell);

static obj_t file_flush(obj_t self) {
    file_obj_t *f = get_file(self);
    mod_os_check(vfs_flush(f->vf));
    return OBJ_NONE;
}
static FUN_OBJ_1(file_flush_obj, file_flush);

static obj_t file_close(obj_t self) {
    file_obj_t *f = OBJ_TO_PTR(self);
    if (f->vf != NULL) {
        vfs_file_t *vf = f->vf;
        f->vf = NULL;
        mod_os_check(vfs_close(vf));
    }
    return OBJ_NONE;
}
static FUN_OBJ_1(file_close_obj, file_close);

static obj_t file_enter(obj_t self) {
    return self;
}
static FUN_OBJ_1(file_enter_obj, file_enter);

static obj_t file_exit(size_t n_args, const obj_t *args) {
    return file_close(args[0]);
}
static FUN_OBJ_VAR(file_exit_obj, 1, 4, file_exit);

static obj_t file_iternext(obj_t self) {
    file_obj_t *f = get_file(self);
    vstr_t v;
    vstr_init(&v, 64);
    read_line(f, &v, -1);
    if (v.len == 0) {
        return OBJ_STOP;
    }
    return make_result(self, &v);
}

static obj_t file_getiter(obj_t self, iter_buf_t *buf) {
    return self;
}

static void file_print(const printer_t *p, obj_t self, print_kind_t kind) {
    print_fmt(p, "<io.%q %p>", obj_type(self)->name, OBJ_TO_PTR(self));
}

static const map_elem_t file_locals_table[] = {
    MAP_ENTRY(N_read, &file_read_obj),
    MAP_ENTRY(N_readline, &file_readline_obj),
    MAP_ENTRY(N_readlines, &file_readlines_obj),
    MAP_ENTRY(N_readinto, &file_readinto_obj),
    MAP_ENTRY(N_write, &file_write_obj),
    MAP_ENTRY(N_seek, &file_seek_obj),
    MAP_ENTRY(N_tell, &file_tell_obj),
    MAP_ENTRY(N_flush, &file_flush_obj),
    MAP_ENTRY(N_close, &file_close_obj),
    MAP_ENTRY(N___enter__, &file_enter_obj),
    MAP_ENTRY(N___exit__, &file_exit_obj),
};
static MAP_ROM(file_locals, file_locals_table);

const type_t type_textio = {
    {&type_type}, .name = N_TextIOWrapper, .flags = TYPE_FLAG_EQ_IS_ID | TYPE_FLAG_ITER_IS_SELF,
    .print = file_print, .getiter = file_getiter, .iternext = file_iternext,
    .locals = &file_locals,
};

const type_t type_fileio = {
    {&type_type}, .name = N_FileIO, .flags = TYPE_FLAG_EQ_IS_ID | TYPE_FLAG_ITER_IS_SELF,
    .print = file_print, .getiter = file_getiter, .iternext = file_iternext,
    .locals = &file_locals,
};

// ---------------------------------------------------------------- open
static obj_t file_open(size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {
        {N_file, ARG_REQUIRED, OBJ_NULL},
        {N_mode, 0, OBJ_NULL},
        {N_buffering, 0, OBJ_NULL},
        {N_encoding, 0, OBJ_NULL},
    };
    obj_t vals[4];
    rt_parse_args(n_args, n_kw, args, 4, spec, vals);
    const char *mode = "r";
    size_t mode_len = 1;
    if (vals[1] != OBJ_NULL) {
        mode = rt_str_data(vals[1], &mode_len);
    }
    int flags = 0;
    bool text = true, plus = false;
    int kinds = 0;
    for (size_t i = 0; i < mode_len; i++) {
        switch (mode[i]) {
            case 'r': flags |= VFS_O_READ; kinds++; break;
            case 'w': flags |= VFS_O_WRITE | VFS_O_CREAT | VFS_O_TRUNC; kinds++; break;
            case 'a': flags |= VFS_O_WRITE | VFS_O_CREAT | VFS_O_APPEND; kinds++; break;
            case 'x': flags |= VFS_O_WRITE | VFS_O_CREAT | VFS_O_EXCL; kinds++; break;
            case '+': plus = true; break;
            case 'b': text = false; break;
            case 't': text = true; break;
            default:
                rt_raise_ValueError("invalid mode");
        }
    }
    if (kinds > 1) {
        rt_raise_ValueError("invalid mode");
    }
    if (kinds == 0) {
        flags |= VFS_O_READ;
    }
    if (plus) {
        flags |= VFS_O_READ | VFS_O_WRITE;
    }
    char buf[VFS_PATH_MAX];
    const char *path = mod_os_path(vals[0], buf);
    // allocate first so that a MemoryError cannot leak an open handle
    file_obj_t *f = gc_alloc(sizeof(file_obj_t));
    f->base.type = text ? &type_textio : &type_fileio;
    vfs_file_t *vf;
    mod_os_check(vfs_open(path, flags, &vf));
    f->vf = vf;
    f->readable = (flags & VFS_O_READ) != 0;
    f->writable = (flags & VFS_O_WRITE) != 0;
    return OBJ_FROM_PTR(f);
}
const builtin_fun_t file_open_obj = {{&type_builtin_fun}, FUN_KW, 0, 0xffff, {.kw = file_open}};
