// ports/unix/vfs_posix.c — a VFS mount type over a host folder (POSIX
// calls), like MicroPython's VfsPosix: the `kiln` command mounts the host's
// "/" at "/" (so scripts open host files as on MicroPython's unix port) and
// `kiln board --flash-dir DIR` backs the board's filesystem with DIR.
// Invariants: ctx is the mount's host root (malloc'd, no trailing '/',
// "" for the host's "/"); every path from the VFS is absolute within the
// mount and normalised, so host path = root + path; errors are -errno
// (the VFS's numbers are Linux's).
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include "fs/vfs.h"
#include "ports/unix/unix.h"

typedef struct {
    char root[VFS_PATH_MAX];
} posix_mount_t;

static int host_path(void *ctx, const char *path, char *out) {
    const char *root = ((posix_mount_t *)ctx)->root;
    int n = snprintf(out, VFS_PATH_MAX * 2, "%s%s", root, strcmp(path, "/") == 0 && root[0] ? "" : path);
    return n >= VFS_PATH_MAX * 2 ? -VFS_ENAMETOOLONG : 0;
}

#define HOST(var, path)                        \
    char var[VFS_PATH_MAX * 2];                \
    if (host_path(ctx, path, var) != 0) {      \
        return -VFS_ENAMETOOLONG;              \
    }

static int p_stat(void *ctx, const char *path, vfs_info_t *info) {
    HOST(hp, path);
    struct stat st;
    if (stat(hp, &st) != 0) {
        return -errno;
    }
    info->type = S_ISDIR(st.st_mode) ? VFS_TYPE_DIR : VFS_TYPE_FILE;
    info->size = S_ISDIR(st.st_mode) ? 0 : (uint32_t)st.st_size;
    info->mtime = (uint32_t)st.st_mtime;
    const char *slash = strrchr(path, '/');
    snprintf(info->name, sizeof(info->name), "%s", slash ? slash + 1 : path);
    return 0;
}

static int p_mkdir(void *ctx, const char *path) {
    HOST(hp, path);
    return mkdir(hp, 0777) == 0 ? 0 : -errno;
}

static int p_rmdir(void *ctx, const char *path) {
    HOST(hp, path);
    return rmdir(hp) == 0 ? 0 : -errno;
}

static int p_remove(void *ctx, const char *path) {
    HOST(hp, path);
    struct stat st;
    if (stat(hp, &st) == 0 && S_ISDIR(st.st_mode)) {
        return -VFS_EISDIR;
    }
    return unlink(hp) == 0 ? 0 : -errno;
}

static int p_rename(void *ctx, const char *from, const char *to) {
    HOST(a, from);
    HOST(b, to);
    return rename(a, b) == 0 ? 0 : -errno;
}

static int p_statvfs(void *ctx, vfs_statvfs_t *st) {
    HOST(hp, "/");
    struct statvfs sv;
    if (statvfs(hp[0] ? hp : "/", &sv) != 0) {
        return -errno;
    }
    st->bsize = (uint32_t)sv.f_bsize;
    st->blocks = (uint32_t)sv.f_blocks;
    st->bfree = (uint32_t)sv.f_bavail;
    st->namemax = (uint32_t)sv.f_namemax;
    return 0;
}

static int p_sync(void *ctx) {
    (void)ctx;
    sync();
    return 0;
}

static int p_umount(void *ctx) {
    free(ctx);
    return 0;
}

static int p_open(void *ctx, const char *path, int flags, void **handle) {
    HOST(hp, path);
    int of = (flags & VFS_O_READ) && (flags & VFS_O_WRITE) ? O_RDWR : (flags & VFS_O_WRITE) ? O_WRONLY : O_RDONLY;
    of |= (flags & VFS_O_CREAT ? O_CREAT : 0) | (flags & VFS_O_EXCL ? O_EXCL : 0) |
          (flags & VFS_O_TRUNC ? O_TRUNC : 0) | (flags & VFS_O_APPEND ? O_APPEND : 0) | O_CLOEXEC;
    int fd = open(hp, of, 0666);
    if (fd < 0) {
        return -errno;
    }
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        return -VFS_EISDIR;
    }
    *handle = (void *)(intptr_t)(fd + 1);   // never NULL
    return 0;
}

static int fd_of(void *handle) {
    return (int)(intptr_t)handle - 1;
}

static int p_close(void *ctx, void *handle) {
    (void)ctx;
    return close(fd_of(handle)) == 0 ? 0 : -errno;
}

static long p_read(void *ctx, void *handle, void *buf, size_t n) {
    (void)ctx;
    for (;;) {
        ssize_t r = read(fd_of(handle), buf, n);
        if (r >= 0 || errno != EINTR) {
            return r >= 0 ? (long)r : -errno;
        }
    }
}

static long p_write(void *ctx, void *handle, const void *buf, size_t n) {
    (void)ctx;
    size_t done = 0;
    while (done < n) {
        ssize_t r = write(fd_of(handle), (const char *)buf + done, n - done);
        if (r < 0 && errno == EINTR) {
            continue;
        }
        if (r < 0) {
            return done ? (long)done : -errno;
        }
        done += (size_t)r;
    }
    return (long)done;
}

static long p_seek(void *ctx, void *handle, long off, int whence) {
    (void)ctx;
    off_t r = lseek(fd_of(handle), off, whence);
    return r < 0 ? -errno : (long)r;
}

static int p_flush(void *ctx, void *handle) {
    (void)ctx;
    (void)handle;
    return 0;   // writes go straight to the host file
}

static int p_dir_open(void *ctx, const char *path, void **handle) {
    HOST(hp, path);
    DIR *d = opendir(hp[0] ? hp : "/");
    if (d == NULL) {
        return -errno;
    }
    *handle = d;
    return 0;
}

static int p_dir_read(void *ctx, void *handle, vfs_info_t *info) {
    (void)ctx;
    struct dirent *e;
    while ((e = readdir(handle)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) {
            continue;
        }
        info->type = e->d_type == DT_DIR ? VFS_TYPE_DIR : VFS_TYPE_FILE;
        info->size = 0;
        info->mtime = 0;
        snprintf(info->name, sizeof(info->name), "%s", e->d_name);
        return 1;
    }
    return 0;
}

static int p_dir_close(void *ctx, void *handle) {
    (void)ctx;
    closedir(handle);
    return 0;
}

static const vfs_ops_t posix_ops = {
    .stat = p_stat, .mkdir = p_mkdir, .rmdir = p_rmdir, .remove = p_remove, .rename = p_rename,
    .statvfs = p_statvfs, .sync = p_sync, .umount = p_umount, .open = p_open, .close = p_close,
    .read = p_read, .write = p_write, .seek = p_seek, .flush = p_flush, .dir_open = p_dir_open,
    .dir_read = p_dir_read, .dir_close = p_dir_close,
};

int vfs_mount_posix(const char *point, const char *host_root) {
    posix_mount_t *m = calloc(1, sizeof(*m));
    if (m == NULL) {
        return -VFS_ENOMEM;
    }
    size_t n = strlen(host_root);
    while (n > 0 && host_root[n - 1] == '/') {
        n--;
    }
    if (n >= sizeof(m->root)) {
        free(m);
        return -VFS_ENAMETOOLONG;
    }
    memcpy(m->root, host_root, n);
    m->root[n] = 0;
    int e = vfs_mount(point, &posix_ops, m);
    if (e < 0) {
        free(m);
    }
    return e;
}
