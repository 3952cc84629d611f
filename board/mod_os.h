// board/mod_os.h — the Python face of the VFS (fs/vfs.h): module `os`
// (also `uos`), file objects and the `open` builtin.
#ifndef KILN_BOARD_MOD_OS_H
#define KILN_BOARD_MOD_OS_H

#include "core/obj.h"

// Register `os`, `uos` and the `open` builtin (into rt_state.builtins_extra).
// Call after rt_init(); mounting is the port's business (fs/vfs.h).
void mod_os_init(void);
// Raise OSError(-err) when err < 0.
void mod_os_check(long err);
// A path argument (str) as a NUL-terminated C string in buf (VFS_PATH_MAX).
const char *mod_os_path(obj_t path, char *buf);

// board/file.c: open(file, mode='r', buffering=-1, encoding=None).
extern const builtin_fun_t file_open_obj;

#endif
