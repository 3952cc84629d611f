/* fs/vfs.h - Kiln's virtual file system: a mount table, path normalisation
 * and the current directory, over pluggable mount types.
 *
 * Owns: the mount table (fixed array in C memory, no Python heap pointers),
 * the current directory, and the lfs2-backed mount type.
 * Invariants:
 *  - every path handed to a mount type is absolute within that mount,
 *    normalised ("." and ".." resolved, no "//", no trailing "/"), "/" for
 *    the mount root;
 *  - every function returns 0 / a count, or a negative errno (-ENOENT...);
 *    Python-facing code (board/mod_os.c, board/file.c) turns them into
 *    OSError;
 *  - handles (vfs_file_t, vfs_dir_t) are malloc'd: mount types may link them
 *    into their own lists (littlefs does), so they never live in the GC heap.
 * Other mount types (a host folder, a RAM disk) plug in with a vfs_ops_t.
 */
#ifndef KILN_FS_VFS_H
#define KILN_FS_VFS_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#define VFS_PATH_MAX 256
#define VFS_MOUNT_MAX 4

#define VFS_ENOENT 2
#define VFS_EIO 5
#define VFS_EBADF 9
#define VFS_ENOMEM 12
#define VFS_EEXIST 17
#define VFS_ENODEV 19
#define VFS_ENOTDIR 20
#define VFS_EISDIR 21
#define VFS_EINVAL 22
#define VFS_ENOSPC 28
#define VFS_EROFS 30
#define VFS_ENAMETOOLONG 36
#define VFS_ENOTEMPTY 39

/* open flags */
#define VFS_O_READ   0x01
#define VFS_O_WRITE  0x02
#define VFS_O_CREAT  0x04
#define VFS_O_EXCL   0x08
#define VFS_O_TRUNC  0x10
#define VFS_O_APPEND 0x20

#define VFS_TYPE_DIR  0x4000
#define VFS_TYPE_FILE 0x8000

typedef struct {
    int type;            /* VFS_TYPE_DIR / VFS_TYPE_FILE */
    uint32_t size;
    uint32_t mtime;      /* seconds since 1970, 0 if unknown */
    char name[VFS_PATH_MAX];
} vfs_info_t;

typedef struct {
    uint32_t bsize, blocks, bfree, namemax;
} vfs_statvfs_t;

typedef struct vfs_ops_s {
    int (*stat)(void *ctx, const char *path, vfs_info_t *info);
    int (*mkdir)(void *ctx, const char *path);
    int (*rmdir)(void *ctx, const char *path);
    int (*remove)(void *ctx, const char *path);
    int (*rename)(void *ctx, const char *from, const char *to);
    int (*statvfs)(void *ctx, vfs_statvfs_t *st);
    int (*sync)(void *ctx);
    int (*umount)(void *ctx);
    /* files: *handle is whatever the mount type needs */
    int (*open)(void *ctx, const char *path, int flags, void **handle);
    int (*close)(void *ctx, void *handle);
    long (*read)(void *ctx, void *handle, void *buf, size_t n);
    long (*write)(void *ctx, void *handle, const void *buf, size_t n);
    long (*seek)(void *ctx, void *handle, long off, int whence);   /* new position */
    int (*flush)(void *ctx, void *handle);
    /* directories: read returns 1 with an entry ("." / ".." skipped), 0 at end */
    int (*dir_open)(void *ctx, const char *path, void **handle);
    int (*dir_read)(void *ctx, void *handle, vfs_info_t *info);
    int (*dir_close)(void *ctx, void *handle);
} vfs_ops_t;

typedef struct vfs_file_s {
    int mount;           /* index in the mount table */
    uint32_t gen;        /* the mount's generation when opened (0: closed by umount) */
    void *handle;
    struct vfs_file_s *next;   /* list of open files (closed at umount) */
} vfs_file_t;

typedef struct {
    int mount;
    uint32_t gen;
    void *handle;
    int extra;           /* reserved: listing sub-mount points (not yet) */
} vfs_dir_t;

/* Time source for mtime: nanoseconds since 1970-01-01 (what MicroPython's
 * VfsLfs2 stores in attribute 1); default: the host clock. */
extern uint64_t (*vfs_time_ns_hook)(void);

/* Mount table. point is an absolute path ("/" or "/name"). Unmounting
 * closes (and so flushes) the files still open on it, as MicroPython's soft
 * reset does; their handles then fail with EBADF until closed. */
int vfs_mount(const char *point, const vfs_ops_t *ops, void *ctx);
int vfs_umount(const char *point);
void vfs_umount_all(void);
bool vfs_any_mounted(void);

/* Normalise path against the current directory into out (VFS_PATH_MAX).
 * Returns 0 or -ENAMETOOLONG. */
int vfs_normalise(const char *path, char *out);

int vfs_getcwd(char *out, size_t n);
int vfs_chdir(const char *path);

int vfs_stat(const char *path, vfs_info_t *info);
int vfs_mkdir(const char *path);
int vfs_rmdir(const char *path);
int vfs_remove(const char *path);
int vfs_rename(const char *from, const char *to);
int vfs_statvfs(const char *path, vfs_statvfs_t *st);
int vfs_sync(void);

int vfs_open(const char *path, int flags, vfs_file_t **out);   /* malloc'd handle */
int vfs_close(vfs_file_t *f);                                  /* frees f */
long vfs_read(vfs_file_t *f, void *buf, size_t n);
long vfs_write(vfs_file_t *f, const void *buf, size_t n);
long vfs_seek(vfs_file_t *f, long off, int whence);
int vfs_flush(vfs_file_t *f);

int vfs_dir_open(const char *path, vfs_dir_t **out);
int vfs_dir_read(vfs_dir_t *d, vfs_info_t *info);
int vfs_dir_close(vfs_dir_t *d);

/* The littlefs mount type on a flash region [base, base+size): mounts the
 * filesystem found there, or formats it first (block_size x size/block_size)
 * when none is found and format_if_blank is set. */
struct flash;
int vfs_mount_lfs2(const char *point, struct flash *flash, uint64_t base, uint64_t size,
                   uint32_t block_size, bool format_if_blank);

#endif
