/* fs/lfs2.h - Kiln's clean-room littlefs v2 (on-disk version 2.0): public API.
 *
 * Owns: the public types (config with block-device callbacks, fs, file and
 * dir handles), error codes and flags.  Written from the littlefs SPEC (the
 * on-disk format) only.  Invariants kept by the implementation:
 *  - every change is a checksummed commit appended to a metadata pair or a
 *    copy-on-write of file blocks, so a power cut leaves the last commit;
 *  - file data reaches the metadata only on sync/close;
 *  - no hidden global state: everything lives in lfs2_t and the handles;
 *  - buffers come from the config (static) or, if NULL, from malloc.
 * Not implemented: bad-block relocation, block_cycles wear relocation and
 * superblock expansion (legal: the format stays valid, like block_cycles=-1).
 */
#ifndef KILN_FS_LFS2_H
#define KILN_FS_LFS2_H

#include <stdint.h>
#include <stdbool.h>
#include <stddef.h>

#define LFS2_DISK_VERSION      0x00020000u
#define LFS2_NAME_MAX          255
#define LFS2_FILE_MAX          2147483647
#define LFS2_ATTR_MAX          1022

typedef uint32_t lfs2_size_t;
typedef uint32_t lfs2_off_t;
typedef int32_t  lfs2_ssize_t;
typedef int32_t  lfs2_soff_t;
typedef uint32_t lfs2_block_t;

enum lfs2_error {
    LFS2_ERR_OK          = 0,
    LFS2_ERR_IO          = -5,
    LFS2_ERR_CORRUPT     = -84,
    LFS2_ERR_NOENT       = -2,
    LFS2_ERR_EXIST       = -17,
    LFS2_ERR_NOTDIR      = -20,
    LFS2_ERR_ISDIR       = -21,
    LFS2_ERR_NOTEMPTY    = -39,
    LFS2_ERR_BADF        = -9,
    LFS2_ERR_FBIG        = -27,
    LFS2_ERR_INVAL       = -22,
    LFS2_ERR_NOSPC       = -28,
    LFS2_ERR_NOMEM       = -12,
    LFS2_ERR_NOATTR      = -61,
    LFS2_ERR_NAMETOOLONG = -36,
};

enum lfs2_type {
    LFS2_TYPE_REG = 0x001,
    LFS2_TYPE_DIR = 0x002,
};

enum lfs2_open_flags {
    LFS2_O_RDONLY = 1,
    LFS2_O_WRONLY = 2,
    LFS2_O_RDWR   = 3,
    LFS2_O_CREAT  = 0x0100,
    LFS2_O_EXCL   = 0x0200,
    LFS2_O_TRUNC  = 0x0400,
    LFS2_O_APPEND = 0x0800,
    /* internal state */
    LFS2_F_DIRTY   = 0x010000,
    LFS2_F_WRITING = 0x020000,
    LFS2_F_READING = 0x040000,
    LFS2_F_ERRED   = 0x080000,
    LFS2_F_INLINE  = 0x100000,
};

enum lfs2_whence { LFS2_SEEK_SET = 0, LFS2_SEEK_CUR = 1, LFS2_SEEK_END = 2 };

struct lfs2_config {
    void *context;   /* for the callbacks */
    int (*read)(const struct lfs2_config *c, lfs2_block_t block, lfs2_off_t off, void *buffer, lfs2_size_t size);
    int (*prog)(const struct lfs2_config *c, lfs2_block_t block, lfs2_off_t off, const void *buffer, lfs2_size_t size);
    int (*erase)(const struct lfs2_config *c, lfs2_block_t block);
    int (*sync)(const struct lfs2_config *c);
    lfs2_size_t read_size;      /* 32 */
    lfs2_size_t prog_size;      /* 32 */
    lfs2_size_t block_size;     /* 4096 */
    lfs2_size_t block_count;    /* 0 at mount: take it from the superblock */
    int32_t block_cycles;       /* accepted, wear relocation not implemented */
    lfs2_size_t cache_size;     /* 128 */
    lfs2_size_t lookahead_size; /* 32 (bytes, 8 blocks per byte) */
    void *read_buffer;          /* cache_size bytes, or NULL = malloc */
    void *prog_buffer;          /* cache_size bytes, or NULL = malloc */
    void *lookahead_buffer;     /* lookahead_size bytes, or NULL = malloc */
    lfs2_size_t name_max;       /* 0 = 255 */
    lfs2_size_t file_max;       /* 0 = 2147483647 */
    lfs2_size_t attr_max;       /* 0 = 1022 */
};

struct lfs2_info {
    uint8_t type;               /* LFS2_TYPE_REG or LFS2_TYPE_DIR */
    lfs2_size_t size;
    char name[LFS2_NAME_MAX + 1];
};

struct lfs2_fsinfo {
    uint32_t disk_version;
    lfs2_size_t block_size, block_count;
    lfs2_size_t name_max, file_max, attr_max;
};

struct lfs2_attr {              /* user attribute committed with a file */
    uint8_t type;
    void *buffer;
    lfs2_size_t size;
};

struct lfs2_file_config {
    void *buffer;               /* cache_size bytes, or NULL = malloc */
    struct lfs2_attr *attrs;    /* read at open, written at sync */
    lfs2_size_t attr_count;
};

typedef struct lfs2_cache {
    lfs2_block_t block;
    lfs2_off_t off;
    lfs2_size_t size;
    uint8_t *buffer;
} lfs2_cache_t;

typedef struct lfs2_mdir {
    lfs2_block_t pair[2];       /* pair[0] is the active block */
    uint32_t rev;
    lfs2_off_t off;             /* end of the last valid commit */
    uint32_t etag;              /* tag chain state at off */
    uint16_t count;             /* number of ids */
    bool erased;                /* may append at off */
    bool split;                 /* tail is a hard tail */
    lfs2_block_t tail[2];
} lfs2_mdir_t;

typedef struct lfs2_gstate {
    uint32_t tag;
    lfs2_block_t pair[2];
} lfs2_gstate_t;

/* Common head of open files and dirs (the "mlist"). */
struct lfs2_mlist {
    struct lfs2_mlist *next;
    uint16_t id;
    uint8_t type;
    lfs2_mdir_t m;
};

typedef struct lfs2_dir {
    struct lfs2_mlist h;
    lfs2_off_t pos;
    lfs2_block_t head[2];
} lfs2_dir_t;

typedef struct lfs2_file {
    struct lfs2_mlist h;
    struct { lfs2_block_t head; lfs2_size_t size; } ctz;
    uint32_t flags;
    lfs2_off_t pos;
    lfs2_block_t block;
    lfs2_off_t off;
    lfs2_cache_t cache;
    const struct lfs2_file_config *cfg;
    bool alloced;
} lfs2_file_t;

typedef struct lfs2 {
    const struct lfs2_config *cfg;
    lfs2_size_t block_size, block_count;
    lfs2_size_t name_max, file_max, attr_max, inline_max;
    uint32_t disk_version;
    lfs2_cache_t rcache, pcache;
    lfs2_block_t root[2];
    struct lfs2_mlist *mlist;
    uint32_t seed;
    lfs2_gstate_t gstate, gdisk, gdelta;
    struct {
        lfs2_block_t off;       /* window start */
        lfs2_block_t size;      /* window length in blocks */
        lfs2_block_t i;         /* next index in the window */
        lfs2_block_t ack;       /* blocks left before NOSPC */
        uint32_t *buffer;
    } free;
    bool rbuf_alloced, pbuf_alloced, lbuf_alloced;
    bool mounted;
} lfs2_t;

/* filesystem */
int lfs2_format(lfs2_t *lfs, const struct lfs2_config *cfg);
int lfs2_mount(lfs2_t *lfs, const struct lfs2_config *cfg);
int lfs2_unmount(lfs2_t *lfs);
int lfs2_remove(lfs2_t *lfs, const char *path);
int lfs2_rename(lfs2_t *lfs, const char *oldpath, const char *newpath);
int lfs2_stat(lfs2_t *lfs, const char *path, struct lfs2_info *info);
int lfs2_mkdir(lfs2_t *lfs, const char *path);
lfs2_ssize_t lfs2_getattr(lfs2_t *lfs, const char *path, uint8_t type, void *buffer, lfs2_size_t size);
int lfs2_setattr(lfs2_t *lfs, const char *path, uint8_t type, const void *buffer, lfs2_size_t size);
int lfs2_removeattr(lfs2_t *lfs, const char *path, uint8_t type);
int lfs2_fs_stat(lfs2_t *lfs, struct lfs2_fsinfo *info);
lfs2_ssize_t lfs2_fs_size(lfs2_t *lfs);   /* blocks in use, each counted once */
/* Calls cb for every block in use, like littlefs's public traverse: each
 * directory's first pair is reported a second time through its parent. */
int lfs2_fs_traverse(lfs2_t *lfs, int (*cb)(void *data, lfs2_block_t block), void *data);

/* files */
int lfs2_file_open(lfs2_t *lfs, lfs2_file_t *file, const char *path, int flags);
int lfs2_file_opencfg(lfs2_t *lfs, lfs2_file_t *file, const char *path, int flags,
                      const struct lfs2_file_config *cfg);
int lfs2_file_close(lfs2_t *lfs, lfs2_file_t *file);
int lfs2_file_sync(lfs2_t *lfs, lfs2_file_t *file);
lfs2_ssize_t lfs2_file_read(lfs2_t *lfs, lfs2_file_t *file, void *buffer, lfs2_size_t size);
lfs2_ssize_t lfs2_file_write(lfs2_t *lfs, lfs2_file_t *file, const void *buffer, lfs2_size_t size);
lfs2_soff_t lfs2_file_seek(lfs2_t *lfs, lfs2_file_t *file, lfs2_soff_t off, int whence);
int lfs2_file_truncate(lfs2_t *lfs, lfs2_file_t *file, lfs2_off_t size);
lfs2_soff_t lfs2_file_tell(lfs2_t *lfs, lfs2_file_t *file);
int lfs2_file_rewind(lfs2_t *lfs, lfs2_file_t *file);
lfs2_soff_t lfs2_file_size(lfs2_t *lfs, lfs2_file_t *file);

/* directories ("." and ".." come first, then entries in littlefs order) */
int lfs2_dir_open(lfs2_t *lfs, lfs2_dir_t *dir, const char *path);
int lfs2_dir_close(lfs2_t *lfs, lfs2_dir_t *dir);
int lfs2_dir_read(lfs2_t *lfs, lfs2_dir_t *dir, struct lfs2_info *info); /* 1, 0 at end, <0 */
int lfs2_dir_rewind(lfs2_t *lfs, lfs2_dir_t *dir);
lfs2_soff_t lfs2_dir_tell(lfs2_t *lfs, lfs2_dir_t *dir);
int lfs2_dir_seek(lfs2_t *lfs, lfs2_dir_t *dir, lfs2_off_t off);

/* consistency check: every pair's CRC, every block in range and used once,
 * every directory on the threaded list and vice versa (no orphans), every
 * file's blocks readable.  Returns 0 if clean, else <0; fills report. */
struct lfs2_check_report {
    lfs2_size_t blocks_used;
    lfs2_size_t pairs, dirs, files;
    lfs2_size_t orphans;        /* pairs on the list not in the tree */
    lfs2_size_t missing;        /* dirs in the tree not on the list */
    lfs2_size_t dup_blocks;     /* blocks used twice */
    lfs2_size_t bad_blocks;     /* out of range pointers */
    int first_error;
    char msg[160];
};
int lfs2_fs_check(lfs2_t *lfs, struct lfs2_check_report *rep);

/* helpers shared with tests: CRC-32 as littlefs uses it (no final xor) */
uint32_t lfs2_crc(uint32_t crc, const void *buffer, size_t size);

#endif
