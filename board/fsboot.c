// board/fsboot.c — the filesystem part of every boot (what MicroPython's
// frozen _boot.py and inisetup.py do on ESP32): mount the flash's vfs
// partition at "/"; on a blank partition print "Performing initial setup",
// format it and write a comment-only /boot.py; on a partition that is
// neither blank nor littlefs, warn every 3 s until Ctrl-C (never format over
// the user's data). Also the VFS file reads behind imports and boot files.
// Runs with Ctrl-C disabled except during the corrupt-flash warning loop.
#include <string.h>
#include "board/board.h"
#include "board/board_int.h"
#include "board/serial.h"
#include "board/supervisor.h"
#include "core/runtime.h"
#include "core/gc.h"
#include "fs/vfs.h"


static const char default_boot_py[] =
    "# boot.py -- run on every boot, including a wake from deep sleep\n"
    "#import esp\n"
    "#esp.osdebug(None)\n"
    "#import webrepl\n"
    "#webrepl.start()\n";

static const char corrupt_text[] =
    "The filesystem on this board's flash is neither blank nor littlefs: it\n"
    "is damaged, or was written by other firmware. Nothing was changed.\n"
    "Keep a copy of the flash image before you try to repair it, or erase\n"
    "and reformat it to start again (every file on it is then lost).\n";

static bool region_blank(const board_config_t *c) {
    const uint8_t *p = c->flash->mem + c->fs_offset;
    size_t n = c->fs_block_size ? c->fs_block_size : 4096;
    if (n > c->fs_size) {
        n = (size_t)c->fs_size;
    }
    for (size_t i = 0; i < n; i++) {
        if (p[i] != 0xff) {
            return false;
        }
    }
    return true;
}

static void write_file(const char *path, const char *text) {
    vfs_file_t *f;
    if (vfs_open(path, VFS_O_WRITE | VFS_O_CREAT | VFS_O_TRUNC, &f) == 0) {
        vfs_write(f, text, strlen(text));
        vfs_close(f);
    }
}

// The corrupt-flash warning, every 3 s of board time, until Ctrl-C.
static void corrupt_loop(void) {
    rt_state.interrupt_char = 3;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        for (;;) {
            serial_write_cooked(corrupt_text, sizeof(corrupt_text) - 1);
            uint64_t until = board_ticks_us() + 3000000;
            while (board_ticks_us() < until) {
                board_delay_us(until - board_ticks_us());
                rt_handle_pending();
            }
        }
    } else {
        rt_state.interrupt_char = -1;
        exc_print_traceback(&printer_stderr, nlr.ret_val);
    }
    rt_state.interrupt_char = -1;
}

bool fsboot_mount(void) {
    const board_config_t *c = board_config();
    vfs_umount_all();
    if (c->mount_fs != NULL) {   // a host folder (kiln board --flash-dir)
        if (c->mount_fs() != 0) {
            return false;
        }
        vfs_chdir("/");
        return true;
    }
    if (c->flash == NULL || c->fs_size == 0) {
        return false;
    }
    uint32_t bs = c->fs_block_size ? c->fs_block_size : 4096;
    if (vfs_mount_lfs2("/", c->flash, c->fs_offset, c->fs_size, bs, false) == 0) {
        vfs_chdir("/");
        return true;
    }
    if (!region_blank(c)) {
        corrupt_loop();
        return false;
    }
    serial_write_cooked("Performing initial setup\n", 25);
    if (vfs_mount_lfs2("/", c->flash, c->fs_offset, c->fs_size, bs, true) != 0) {
        return false;
    }
    vfs_chdir("/");
    write_file("/boot.py", default_boot_py);
    vfs_sync();
    return true;
}

char *board_read_file(const char *path, size_t *len) {
    vfs_info_t info;
    if (vfs_stat(path, &info) != 0 || info.type != VFS_TYPE_FILE) {
        return NULL;
    }
    vfs_file_t *f;
    if (vfs_open(path, VFS_O_READ, &f) != 0) {
        return NULL;
    }
    char *buf = gc_alloc_maybe(info.size + 1);
    if (buf == NULL) {
        vfs_close(f);
        rt_raise_MemoryError();
    }
    size_t got = 0;
    while (got < info.size) {
        long r = vfs_read(f, buf + got, info.size - got);
        if (r <= 0) {
            break;
        }
        got += (size_t)r;
    }
    vfs_close(f);
    buf[got] = 0;
    *len = got;
    return buf;
}

int board_stat(const char *path) {
    vfs_info_t info;
    if (vfs_stat(path, &info) != 0) {
        return 0;
    }
    return info.type == VFS_TYPE_DIR ? 1 : 2;
}
