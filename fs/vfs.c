/* fs/vfs.c - see vfs.h. The mount table, path normalisation, the current
 * directory, dispatch to mount types, and the littlefs mount type.
 * State lives in C statics and malloc'd blocks only (never the GC heap). */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "fs/vfs.h"
#include "fs/flash.h"
#include "fs/lfs2_flash.h"

typedef struct {
    bool used;
    uint32_t gen;                 /* bumped at each mount: stale handles fail */
    char point[VFS_PATH_MAX];
    const vfs_ops_t *ops;
    void *ctx;
} mount_t;

static mount_t mounts[VFS_MOUNT_MAX];
static uint32_t mount_gen;
static char cwd[VFS_PATH_MAX] = "/";
static vfs_file_t *open_files;    /* malloc'd handles, linked */

static uint64_t host_time_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

uint64_t (*vfs_time_ns_hook)(void) = host_time_ns;

/* ---------------------------------------------------------------- paths */

int vfs_normalise(const char *path, char *out)
{
    char tmp[2 * VFS_PATH_MAX + 2];
    size_t pl = strlen(path);
    if (pl >= VFS_PATH_MAX)
        return -VFS_ENAMETOOLONG;
    if (path[0] == '/') {
        memcpy(tmp, path, pl + 1);
    } else {
        size_t cl = strlen(cwd);
        memcpy(tmp, cwd, cl);
        tmp[cl] = '/';
        memcpy(tmp + cl + 1, path, pl + 1);
    }
    /* walk components into out */
    size_t n = 0;
    const char *p = tmp;
    while (*p) {
        while (*p == '/')
            p++;
        if (!*p)
            break;
        const char *e = p;
        while (*e && *e != '/')
            e++;
        size_t len = (size_t)(e - p);
        if (len == 1 && p[0] == '.') {
            /* nothing */
        } else if (len == 2 && p[0] == '.' && p[1] == '.') {
            while (n > 0 && out[n - 1] != '/')
                n--;
            if (n > 0)
                n--;   /* drop the '/' */
        } else {
            if (n + 1 + len >= VFS_PATH_MAX)
                return -VFS_ENAMETOOLONG;
            out[n++] = '/';
            memcpy(out + n, p, len);
            n += len;
        }
        p = e;
    }
    if (n == 0)
        out[n++] = '/';
    out[n] = 0;
    return 0;
}

/* The mount holding the normalised path abs; *rel = path inside it. */
static int lookup(const char *abs, const char **rel)
{
    int best = -1;
    size_t best_len = 0;
    for (int i = 0; i < VFS_MOUNT_MAX; i++) {
        if (!mounts[i].used)
            continue;
        const char *pt = mounts[i].point;
        size_t l = strlen(pt);
        bool match;
        if (l == 1)
            match = true;
        else
            match = strncmp(abs, pt, l) == 0 && (abs[l] == 0 || abs[l] == '/');
        if (match && (best < 0 || l > best_len)) {
            best = i;
            best_len = l;
        }
    }
    if (best >= 0) {
        const char *r = best_len == 1 ? abs : abs + best_len;
        *rel = *r ? r : "/";
    }
    return best;
}

static int resolve(const char *path, char *abs, const char **rel)
{
    int e = vfs_normalise(path, abs);
    if (e)
        return e;
    int m = lookup(abs, rel);
    return m < 0 ? -VFS_ENODEV : m;
}

/* ---------------------------------------------------------------- mounts */

int vfs_mount(const char *point, const vfs_ops_t *ops, void *ctx)
{
    char abs[VFS_PATH_MAX];
    int e = vfs_normalise(point, abs);
    if (e)
        return e;
    int free_slot = -1;
    for (int i = 0; i < VFS_MOUNT_MAX; i++) {
        if (mounts[i].used && strcmp(mounts[i].point, abs) == 0)
            return -VFS_EEXIST;   /* MicroPython: OSError(EPERM); keep it simple */
        if (!mounts[i].used && free_slot < 0)
            free_slot = i;
    }
    if (free_slot < 0)
        return -VFS_ENOMEM;
    mount_t *m = &mounts[free_slot];
    m->used = true;
    m->gen = ++mount_gen;
    strcpy(m->point, abs);
    m->ops = ops;
    m->ctx = ctx;
    return 0;
}

static void umount_slot(int i)
{
    for (vfs_file_t *f = open_files; f; f = f->next) {
        if (f->mount == i && f->gen == mounts[i].gen) {
            mounts[i].ops->close(mounts[i].ctx, f->handle);
            f->gen = 0;
            f->handle = NULL;
        }
    }
    if (mounts[i].ops->umount)
        mounts[i].ops->umount(mounts[i].ctx);
    mounts[i].used = false;
}

int vfs_umount(const char *point)
{
    char abs[VFS_PATH_MAX];
    int e = vfs_normalise(point, abs);
    if (e)
        return e;
    for (int i = 0; i < VFS_MOUNT_MAX; i++) {
        if (mounts[i].used && strcmp(mounts[i].point, abs) == 0) {
            umount_slot(i);
            return 0;
        }
    }
    return -VFS_EINVAL;
}

void vfs_umount_all(void)
{
    for (int i = 0; i < VFS_MOUNT_MAX; i++)
        if (mounts[i].used)
            umount_slot(i);
    strcpy(cwd, "/");
}

bool vfs_any_mounted(void)
{
    for (int i = 0; i < VFS_MOUNT_MAX; i++)
        if (mounts[i].used)
            return true;
    return false;
}

/* ---------------------------------------------------------------- cwd */

int vfs_getcwd(char *out, size_t n)
{
    size_t l = strlen(cwd);
    if (l + 1 > n)
        return -VFS_ENAMETOOLONG;
    memcpy(out, cwd, l + 1);
    return 0;
}

int vfs_chdir(const char *path)
{
    char abs[VFS_PATH_MAX];
    vfs_info_t info;
    const char *rel;
    int m = resolve(path, abs, &rel);
    if (m < 0)
        return m;
    int e = mounts[m].ops->stat(mounts[m].ctx, rel, &info);
    if (e)
        return e;
    if (info.type != VFS_TYPE_DIR)
        return -VFS_ENOTDIR;
    strcpy(cwd, abs);
    return 0;
}

/* ---------------------------------------------------------------- dispatch */

static bool is_mount_point(const char *abs)
{
    for (int i = 0; i < VFS_MOUNT_MAX; i++)
        if (mounts[i].used && strcmp(mounts[i].point, abs) == 0)
            return true;
    return false;
}

int vfs_stat(const char *path, vfs_info_t *info)
{
    char abs[VFS_PATH_MAX];
    const char *rel;
    int m = resolve(path, abs, &rel);
    if (m < 0)
        return m;
    return mounts[m].ops->stat(mounts[m].ctx, rel, info);
}

int vfs_mkdir(const char *path)
{
    char abs[VFS_PATH_MAX];
    const char *rel;
    int m = resolve(path, abs, &rel);
    if (m < 0)
        return m;
    return mounts[m].ops->mkdir(mounts[m].ctx, rel);
}

int vfs_rmdir(const char *path)
{
    char abs[VFS_PATH_MAX];
    const char *rel;
    int m = resolve(path, abs, &rel);
    if (m < 0)
        return m;
    if (is_mount_point(abs))
        return -VFS_EINVAL;
    return mounts[m].ops->rmdir(mounts[m].ctx, rel);
}

int vfs_remove(const char *path)
{
    char abs[VFS_PATH_MAX];
    const char *rel;
    int m = resolve(path, abs, &rel);
    if (m < 0)
        return m;
    if (is_mount_point(abs))
        return -VFS_EINVAL;
    return mounts[m].ops->remove(mounts[m].ctx, rel);
}

int vfs_rename(const char *from, const char *to)
{
    char a1[VFS_PATH_MAX], a2[VFS_PATH_MAX];
    const char *r1, *r2;
    int m1 = resolve(from, a1, &r1);
    if (m1 < 0)
        return m1;
    int m2 = resolve(to, a2, &r2);
    if (m2 < 0)
        return m2;
    if (m1 != m2)
        return -VFS_EINVAL;   /* MicroPython: EXDEV; not in the errno table */
    if (is_mount_point(a1))
        return -VFS_EINVAL;
    return mounts[m1].ops->rename(mounts[m1].ctx, r1, r2);
}

int vfs_statvfs(const char *path, vfs_statvfs_t *st)
{
    char abs[VFS_PATH_MAX];
    const char *rel;
    int m = resolve(path, abs, &rel);
    if (m < 0)
        return m;
    return mounts[m].ops->statvfs(mounts[m].ctx, st);
}

int vfs_sync(void)
{
    int err = 0;
    for (int i = 0; i < VFS_MOUNT_MAX; i++)
        if (mounts[i].used && mounts[i].ops->sync) {
            int e = mounts[i].ops->sync(mounts[i].ctx);
            if (e && !err)
                err = e;
        }
    return err;
}

/* ---------------------------------------------------------------- files */

int vfs_open(const char *path, int flags, vfs_file_t **out)
{
    char abs[VFS_PATH_MAX];
    const char *rel;
    int m = resolve(path, abs, &rel);
    if (m < 0)
        return m;
    vfs_file_t *f = malloc(sizeof(*f));
    if (!f)
        return -VFS_ENOMEM;
    int e = mounts[m].ops->open(mounts[m].ctx, rel, flags, &f->handle);
    if (e) {
        free(f);
        return e;
    }
    f->mount = m;
    f->gen = mounts[m].gen;
    f->next = open_files;
    open_files = f;
    *out = f;
    return 0;
}

static mount_t *file_mount(int m, uint32_t gen)
{
    if (m < 0 || m >= VFS_MOUNT_MAX || !mounts[m].used || mounts[m].gen != gen)
        return NULL;
    return &mounts[m];
}

int vfs_close(vfs_file_t *f)
{
    mount_t *m = file_mount(f->mount, f->gen);
    int e = m ? m->ops->close(m->ctx, f->handle) : 0;
    for (vfs_file_t **p = &open_files; *p; p = &(*p)->next) {
        if (*p == f) {
            *p = f->next;
            break;
        }
    }
    free(f);
    return e;
}

long vfs_read(vfs_file_t *f, void *buf, size_t n)
{
    mount_t *m = file_mount(f->mount, f->gen);
    return m ? m->ops->read(m->ctx, f->handle, buf, n) : -VFS_EBADF;
}

long vfs_write(vfs_file_t *f, const void *buf, size_t n)
{
    mount_t *m = file_mount(f->mount, f->gen);
    return m ? m->ops->write(m->ctx, f->handle, buf, n) : -VFS_EBADF;
}

long vfs_seek(vfs_file_t *f, long off, int whence)
{
    mount_t *m = file_mount(f->mount, f->gen);
    return m ? m->ops->seek(m->ctx, f->handle, off, whence) : -VFS_EBADF;
}

int vfs_flush(vfs_file_t *f)
{
    mount_t *m = file_mount(f->mount, f->gen);
    return m ? m->ops->flush(m->ctx, f->handle) : -VFS_EBADF;
}

/* ---------------------------------------------------------------- dirs */

int vfs_dir_open(const char *path, vfs_dir_t **out)
{
    char abs[VFS_PATH_MAX];
    const char *rel;
    int m = resolve(path, abs, &rel);
    if (m < 0)
        return m;
    vfs_dir_t *d = malloc(sizeof(*d));
    if (!d)
        return -VFS_ENOMEM;
    int e = mounts[m].ops->dir_open(mounts[m].ctx, rel, &d->handle);
    if (e) {
        free(d);
        return e;
    }
    d->mount = m;
    d->gen = mounts[m].gen;
    d->extra = 0;
    *out = d;
    return 0;
}

int vfs_dir_read(vfs_dir_t *d, vfs_info_t *info)
{
    mount_t *m = file_mount(d->mount, d->gen);
    if (!m)
        return -VFS_EBADF;
    return m->ops->dir_read(m->ctx, d->handle, info);
}

int vfs_dir_close(vfs_dir_t *d)
{
    mount_t *m = file_mount(d->mount, d->gen);
    int e = m ? m->ops->dir_close(m->ctx, d->handle) : 0;
    free(d);
    return e;
}

/* ---------------------------------------------------------------- littlefs */

typedef struct {
    flash_t *flash;
    struct lfs2_flash_bd bd;
    struct lfs2_config cfg;
    lfs2_t lfs;
} lfs_mount_t;

typedef struct {
    lfs2_file_t file;
    struct lfs2_attr attr;
    struct lfs2_file_config fcfg;
    uint8_t mtime[8];
} lfs_file_h;

#define ATTR_MTIME 1

static int lfs_err(int e)
{
    return e < 0 ? e : 0;   /* littlefs errors are already -errno */
}

static uint32_t read_mtime(lfs2_t *lfs, const char *path)
{
    uint8_t b[8];
    lfs2_ssize_t n = lfs2_getattr(lfs, path, ATTR_MTIME, b, 8);
    if (n != 8)
        return 0;
    uint64_t ns = 0;
    for (int i = 7; i >= 0; i--)
        ns = (ns << 8) | b[i];
    return (uint32_t)(ns / 1000000000ull);
}

static int l_stat(void *ctx, const char *path, vfs_info_t *info)
{
    lfs_mount_t *lm = ctx;
    struct lfs2_info li;
    int e = lfs2_stat(&lm->lfs, path, &li);
    if (e)
        return lfs_err(e);
    info->type = li.type == LFS2_TYPE_DIR ? VFS_TYPE_DIR : VFS_TYPE_FILE;
    info->size = li.type == LFS2_TYPE_DIR ? 0 : li.size;
    info->mtime = read_mtime(&lm->lfs, path);
    strcpy(info->name, li.name);
    return 0;
}

static int l_mkdir(void *ctx, const char *path)
{
    return lfs_err(lfs2_mkdir(&((lfs_mount_t *)ctx)->lfs, path));
}

static int l_remove(void *ctx, const char *path)
{
    return lfs_err(lfs2_remove(&((lfs_mount_t *)ctx)->lfs, path));
}

static int l_rename(void *ctx, const char *from, const char *to)
{
    return lfs_err(lfs2_rename(&((lfs_mount_t *)ctx)->lfs, from, to));
}

static int count_block(void *data, lfs2_block_t block)
{
    (void)block;
    (*(uint32_t *)data)++;
    return 0;
}

static int l_statvfs(void *ctx, vfs_statvfs_t *st)
{
    lfs_mount_t *lm = ctx;
    /* as MicroPython: blocks in use = the public traverse count */
    uint32_t used = 0;
    int e = lfs2_fs_traverse(&lm->lfs, count_block, &used);
    if (e)
        return lfs_err(e);
    st->bsize = lm->lfs.block_size;
    st->blocks = lm->lfs.block_count;
    st->bfree = used > st->blocks ? 0 : st->blocks - used;
    st->namemax = lm->lfs.name_max;
    return 0;
}

static int l_sync(void *ctx)
{
    lfs_mount_t *lm = ctx;
    return flash_sync(lm->flash) ? -VFS_EIO : 0;
}

static int l_umount(void *ctx)
{
    lfs_mount_t *lm = ctx;
    lfs2_unmount(&lm->lfs);
    flash_sync(lm->flash);
    free(lm);
    return 0;
}

static int l_open(void *ctx, const char *path, int flags, void **handle)
{
    lfs_mount_t *lm = ctx;
    lfs_file_h *h = calloc(1, sizeof(*h));
    if (!h)
        return -VFS_ENOMEM;
    int lf = 0;
    if ((flags & VFS_O_READ) && (flags & VFS_O_WRITE))
        lf = LFS2_O_RDWR;
    else if (flags & VFS_O_WRITE)
        lf = LFS2_O_WRONLY;
    else
        lf = LFS2_O_RDONLY;
    if (flags & VFS_O_CREAT)
        lf |= LFS2_O_CREAT;
    if (flags & VFS_O_EXCL)
        lf |= LFS2_O_EXCL;
    if (flags & VFS_O_TRUNC)
        lf |= LFS2_O_TRUNC;
    if (flags & VFS_O_APPEND)
        lf |= LFS2_O_APPEND;
    int e;
    if (flags & VFS_O_WRITE) {
        /* files opened for writing get MicroPython's mtime attribute */
        h->attr.type = ATTR_MTIME;
        h->attr.buffer = h->mtime;
        h->attr.size = 8;
        h->fcfg.attrs = &h->attr;
        h->fcfg.attr_count = 1;
        e = lfs2_file_opencfg(&lm->lfs, &h->file, path, lf, &h->fcfg);
        uint64_t ns = vfs_time_ns_hook();
        for (int i = 0; i < 8; i++)
            h->mtime[i] = (uint8_t)(ns >> (8 * i));
    } else {
        e = lfs2_file_open(&lm->lfs, &h->file, path, lf);
    }
    if (e) {
        free(h);
        return lfs_err(e);
    }
    *handle = h;
    return 0;
}

static int l_close(void *ctx, void *handle)
{
    lfs_mount_t *lm = ctx;
    lfs_file_h *h = handle;
    int e = lfs2_file_close(&lm->lfs, &h->file);
    free(h);
    return lfs_err(e);
}

static long l_read(void *ctx, void *handle, void *buf, size_t n)
{
    lfs_mount_t *lm = ctx;
    return lfs2_file_read(&lm->lfs, &((lfs_file_h *)handle)->file, buf, (lfs2_size_t)n);
}

static long l_write(void *ctx, void *handle, const void *buf, size_t n)
{
    lfs_mount_t *lm = ctx;
    return lfs2_file_write(&lm->lfs, &((lfs_file_h *)handle)->file, buf, (lfs2_size_t)n);
}

static long l_seek(void *ctx, void *handle, long off, int whence)
{
    lfs_mount_t *lm = ctx;
    return lfs2_file_seek(&lm->lfs, &((lfs_file_h *)handle)->file, (lfs2_soff_t)off, whence);
}

static int l_flush(void *ctx, void *handle)
{
    lfs_mount_t *lm = ctx;
    return lfs_err(lfs2_file_sync(&lm->lfs, &((lfs_file_h *)handle)->file));
}

static int l_dir_open(void *ctx, const char *path, void **handle)
{
    lfs_mount_t *lm = ctx;
    lfs2_dir_t *d = malloc(sizeof(*d));
    if (!d)
        return -VFS_ENOMEM;
    int e = lfs2_dir_open(&lm->lfs, d, path);
    if (e) {
        free(d);
        return lfs_err(e);
    }
    *handle = d;
    return 0;
}

static int l_dir_read(void *ctx, void *handle, vfs_info_t *info)
{
    lfs_mount_t *lm = ctx;
    struct lfs2_info li;
    for (;;) {
        int r = lfs2_dir_read(&lm->lfs, handle, &li);
        if (r <= 0)
            return r;
        if (!strcmp(li.name, ".") || !strcmp(li.name, ".."))
            continue;
        info->type = li.type == LFS2_TYPE_DIR ? VFS_TYPE_DIR : VFS_TYPE_FILE;
        info->size = li.type == LFS2_TYPE_DIR ? 0 : li.size;
        info->mtime = 0;
        strcpy(info->name, li.name);
        return 1;
    }
}

static int l_dir_close(void *ctx, void *handle)
{
    lfs_mount_t *lm = ctx;
    int e = lfs2_dir_close(&lm->lfs, handle);
    free(handle);
    return lfs_err(e);
}

static const vfs_ops_t lfs2_ops = {
    .stat = l_stat, .mkdir = l_mkdir, .rmdir = l_remove, .remove = l_remove,
    .rename = l_rename, .statvfs = l_statvfs, .sync = l_sync, .umount = l_umount,
    .open = l_open, .close = l_close, .read = l_read, .write = l_write, .seek = l_seek,
    .flush = l_flush, .dir_open = l_dir_open, .dir_read = l_dir_read, .dir_close = l_dir_close,
};

int vfs_mount_lfs2(const char *point, flash_t *flash, uint64_t base, uint64_t size,
                   uint32_t block_size, bool format_if_blank)
{
    lfs_mount_t *lm = calloc(1, sizeof(*lm));
    if (!lm)
        return -VFS_ENOMEM;
    lm->flash = flash;
    lfs2_size_t bs, bc;
    uint32_t ver;
    if (lfs2_flash_probe(flash, base, size, &bs, &bc, &ver) != 0) {
        if (!format_if_blank) {
            free(lm);
            return -VFS_ENODEV;
        }
        bs = block_size;
        bc = (lfs2_size_t)(size / block_size);
        lfs2_flash_config(&lm->cfg, &lm->bd, flash, base, bs, bc);
        int e = lfs2_format(&lm->lfs, &lm->cfg);
        if (e) {
            free(lm);
            return lfs_err(e);
        }
    }
    lfs2_flash_config(&lm->cfg, &lm->bd, flash, base, bs, bc);
    int e = lfs2_mount(&lm->lfs, &lm->cfg);
    if (e) {
        free(lm);
        return lfs_err(e);
    }
    e = vfs_mount(point, &lfs2_ops, lm);
    if (e) {
        lfs2_unmount(&lm->lfs);
        free(lm);
    }
    return e;
}
