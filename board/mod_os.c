// board/mod_os.c — module `os` (also importable as `uos`) over the VFS
// (fs/vfs.h): listdir, ilistdir, stat, statvfs, mkdir, rmdir, remove,
// rename, getcwd, chdir, uname, sync, sep. Errors from the VFS are negative
// errno values and become OSError(errno) ("[Errno 2] ENOENT").
// Holds no state: the mount table and the current directory live in fs/vfs.c.
#include <string.h>
#include "core/runtime.h"
#include "core/structseq.h"
#include "core/types.h"
#include "core/gc.h"
#include "fs/vfs.h"
#include "board/mod_os.h"

void mod_os_check(long err) {
    if (err < 0) {
        rt_raise_OSError((int)-err);
    }
}

const char *mod_os_path(obj_t path, char *buf) {
    size_t len;
    const char *s = rt_str_data(path, &len);
    if (len >= VFS_PATH_MAX || memchr(s, 0, len) != NULL) {
        rt_raise_OSError(len >= VFS_PATH_MAX ? VFS_ENAMETOOLONG : VFS_EINVAL);
    }
    memcpy(buf, s, len);
    buf[len] = 0;
    return buf;
}

// ---------------------------------------------------------------- listing
// Entries of a directory as a list of names (or of ilistdir tuples).
static obj_t list_dir(size_t n_args, const obj_t *args, bool tuples) {
    char buf[VFS_PATH_MAX];
    const char *path = n_args > 0 ? mod_os_path(args[0], buf) : "";
    vfs_dir_t *d;
    mod_os_check(vfs_dir_open(path, &d));
    obj_t list = list_new(0, NULL);
    vfs_info_t info;
    for (;;) {
        int r = vfs_dir_read(d, &info);
        if (r <= 0) {
            vfs_dir_close(d);
            mod_os_check(r);
            break;
        }
        // build the entry without raising while the handle is open: a
        // MemoryError here would leak the handle, so close first on failure
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            obj_t name = str_new_cstr(info.name);
            if (tuples) {
                obj_t t[4] = {name, obj_new_small_int(info.type), obj_new_small_int(0),
                              obj_new_small_int((intptr_t)info.size)};
                name = tuple_new(4, t);
            }
            list_append(list, name);
            nlr_pop();
        } else {
            vfs_dir_close(d);
            nlr_jump(nlr.ret_val);
        }
    }
    return list;
}

static obj_t os_listdir(size_t n_args, const obj_t *args) {
    return list_dir(n_args, args, false);
}
static FUN_OBJ_VAR(os_listdir_obj, 0, 1, os_listdir);

static obj_t os_ilistdir(size_t n_args, const obj_t *args) {
    return rt_getiter(list_dir(n_args, args, true), NULL);
}
static FUN_OBJ_VAR(os_ilistdir_obj, 0, 1, os_ilistdir);

// ---------------------------------------------------------------- stat
static obj_t os_stat(obj_t path) {
    char buf[VFS_PATH_MAX];
    vfs_info_t info;
    mod_os_check(vfs_stat(mod_os_path(path, buf), &info));
    obj_t mt = obj_new_small_int((intptr_t)info.mtime);
    obj_t t[10] = {obj_new_small_int(info.type), obj_new_small_int(0), obj_new_small_int(0),
                   obj_new_small_int(0), obj_new_small_int(0), obj_new_small_int(0),
                   obj_new_small_int((intptr_t)info.size), mt, mt, mt};
    return tuple_new(10, t);
}
static FUN_OBJ_1(os_stat_obj, os_stat);

static obj_t os_statvfs(obj_t path) {
    char buf[VFS_PATH_MAX];
    vfs_statvfs_t st;
    mod_os_check(vfs_statvfs(mod_os_path(path, buf), &st));
    obj_t z = obj_new_small_int(0);
    obj_t t[10] = {obj_new_small_int(st.bsize), obj_new_small_int(st.bsize),
                   obj_new_small_int(st.blocks), obj_new_small_int(st.bfree),
                   obj_new_small_int(st.bfree), z, z, z, z, obj_new_small_int(st.namemax)};
    return tuple_new(10, t);
}
static FUN_OBJ_1(os_statvfs_obj, os_statvfs);

// ---------------------------------------------------------------- changes
static obj_t os_mkdir(obj_t path) {
    char buf[VFS_PATH_MAX];
    mod_os_check(vfs_mkdir(mod_os_path(path, buf)));
    return OBJ_NONE;
}
static FUN_OBJ_1(os_mkdir_obj, os_mkdir);

static obj_t os_rmdir(obj_t path) {
    char buf[VFS_PATH_MAX];
    mod_os_check(vfs_rmdir(mod_os_path(path, buf)));
    return OBJ_NONE;
}
static FUN_OBJ_1(os_rmdir_obj, os_rmdir);

static obj_t os_remove(obj_t path) {
    char buf[VFS_PATH_MAX];
    mod_os_check(vfs_remove(mod_os_path(path, buf)));
    return OBJ_NONE;
}
static FUN_OBJ_1(os_remove_obj, os_remove);

static obj_t os_rename(obj_t from, obj_t to) {
    char b1[VFS_PATH_MAX], b2[VFS_PATH_MAX];
    mod_os_check(vfs_rename(mod_os_path(from, b1), mod_os_path(to, b2)));
    return OBJ_NONE;
}
static FUN_OBJ_2(os_rename_obj, os_rename);

static obj_t os_getcwd(void) {
    char buf[VFS_PATH_MAX];
    mod_os_check(vfs_getcwd(buf, sizeof(buf)));
    return str_new_cstr(buf);
}
static FUN_OBJ_0(os_getcwd_obj, os_getcwd);

static obj_t os_chdir(obj_t path) {
    char buf[VFS_PATH_MAX];
    mod_os_check(vfs_chdir(mod_os_path(path, buf)));
    return OBJ_NONE;
}
static FUN_OBJ_1(os_chdir_obj, os_chdir);

static obj_t os_sync(void) {
    mod_os_check(vfs_sync());
    return OBJ_NONE;
}
static FUN_OBJ_0(os_sync_obj, os_sync);

// ---------------------------------------------------------------- uname
// A read-only named tuple (sysname, nodename, release, version, machine).
static const name_t uname_fields[] = {N_sysname, N_nodename, N_release, N_version, N_machine};
#define UNAME_N (sizeof(uname_fields) / sizeof(uname_fields[0]))

static obj_t os_uname(void) {
    char date[11];
    structseq_build_date(date);
    vstr_t v;
    vstr_init(&v, 32);
    vstr_add_str(&v, "v" KILN_VERSION " on ");
    vstr_add_str(&v, date);
    obj_t items[UNAME_N] = {str_new_cstr(rt_state.platform), str_new_cstr(rt_state.platform),
                            str_new_cstr(KILN_VERSION), str_from_vstr(&v),
                            str_new_cstr(rt_state.machine)};
    return structseq_new(uname_fields, UNAME_N, items);
}
static FUN_OBJ_0(os_uname_obj, os_uname);

// ---------------------------------------------------------------- module
static const map_elem_t os_table[] = {
    {OBJ_NAME(N___name__), OBJ_NAME(N_os)},
    MAP_ENTRY(N_listdir, &os_listdir_obj),
    MAP_ENTRY(N_ilistdir, &os_ilistdir_obj),
    MAP_ENTRY(N_stat, &os_stat_obj),
    MAP_ENTRY(N_statvfs, &os_statvfs_obj),
    MAP_ENTRY(N_mkdir, &os_mkdir_obj),
    MAP_ENTRY(N_rmdir, &os_rmdir_obj),
    MAP_ENTRY(N_remove, &os_remove_obj),
    MAP_ENTRY(N_rename, &os_rename_obj),
    MAP_ENTRY(N_getcwd, &os_getcwd_obj),
    MAP_ENTRY(N_chdir, &os_chdir_obj),
    MAP_ENTRY(N_uname, &os_uname_obj),
    MAP_ENTRY(N_sync, &os_sync_obj),
    {OBJ_NAME(N_sep), OBJ_NAME(N_os_sep)},
};
static MAP_ROM(os_globals, os_table);
static MODULE_ROM(os_module, os_globals);

void mod_os_init(void) {
    rt_register_module(OBJ_FROM_PTR(&os_module));
    dict_store(rt_state.builtin_modules, OBJ_NAME(N_uos), OBJ_FROM_PTR(&os_module));
    dict_store(rt_state.builtins_extra, OBJ_NAME(N_open), OBJ_FROM_PTR(&file_open_obj));
}
