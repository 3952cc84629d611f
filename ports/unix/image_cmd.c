/* ports/unix/image_cmd.c - `kiln image ...` subcommands.
 *
 * Owns: the command-line image tool. An image is either a bare littlefs
 * partition (block N at byte N * block_size) or a whole ESP32 flash image
 * with a partition table at 0x8000 whose "vfs" partition (or, as on
 * MicroPython >= v1.26, the space after the last partition) holds the
 * filesystem. The geometry of an existing image always comes from its
 * superblock. Invariants: every change goes through lfs2 (so an image is
 * always mountable, also by the reference littlefs); errors print one line
 * "kiln image: ..." on stderr and exit 1; usage errors exit 2.
 */
#include "ports/unix/image_cmd.h"
#include "core/hash.h"
#include "fs/flash.h"
#include "fs/lfs2.h"
#include "fs/lfs2_flash.h"
#include "board/journal.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define PT_OFFSET 0x8000u
#define VFS_OFFSET 0x200000u

struct img {
    flash_t flash;
    struct lfs2_flash_bd bd;
    struct lfs2_config cfg;
    lfs2_t lfs;
    struct image_region reg;
    const char *path;
    bool open, mounted;
};

static int fail(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("kiln image: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    return 1;
}

static const char *lfs_strerror(int e)
{
    switch (e) {
    case LFS2_ERR_IO: return "I/O error (EIO)";
    case LFS2_ERR_CORRUPT: return "corrupted filesystem (CORRUPT)";
    case LFS2_ERR_NOENT: return "no such file or directory (ENOENT)";
    case LFS2_ERR_EXIST: return "already exists (EEXIST)";
    case LFS2_ERR_NOTDIR: return "not a directory (ENOTDIR)";
    case LFS2_ERR_ISDIR: return "is a directory (EISDIR)";
    case LFS2_ERR_NOTEMPTY: return "directory not empty (ENOTEMPTY)";
    case LFS2_ERR_BADF: return "bad file handle (EBADF)";
    case LFS2_ERR_FBIG: return "file too large (EFBIG)";
    case LFS2_ERR_INVAL: return "invalid argument (EINVAL)";
    case LFS2_ERR_NOSPC: return "no space left on the image (ENOSPC)";
    case LFS2_ERR_NOMEM: return "out of memory (ENOMEM)";
    case LFS2_ERR_NAMETOOLONG: return "name too long (ENAMETOOLONG)";
    default: return "error";
    }
}

/* ---------------- layout ---------------- */

int image_find_region(const uint8_t *img, uint64_t size, struct image_region *r)
{
    r->offset = 0;
    r->size = size;
    r->full = 0;
    if (size < PT_OFFSET + 32 || img[PT_OFFSET] != 0xAA || img[PT_OFFSET + 1] != 0x50)
        return 0;
    uint64_t maxend = 0, voff = 0, vsize = 0;
    int found = 0;
    for (unsigned i = 0; i < 0xC00 / 32; i++) {
        const uint8_t *e = img + PT_OFFSET + 32 * i;
        if (e[0] != 0xAA || e[1] != 0x50)
            break;
        uint32_t off = (uint32_t)e[4] | (uint32_t)e[5] << 8 | (uint32_t)e[6] << 16 | (uint32_t)e[7] << 24;
        uint32_t sz = (uint32_t)e[8] | (uint32_t)e[9] << 8 | (uint32_t)e[10] << 16 | (uint32_t)e[11] << 24;
        char label[17];
        memcpy(label, e + 12, 16);
        label[16] = 0;
        if ((uint64_t)off + sz > maxend)
            maxend = (uint64_t)off + sz;
        if (!strcmp(label, "vfs") || (!found && e[2] == 1 && (e[3] == 0x81 || e[3] == 0x82 || e[3] == 0x83))) {
            voff = off;
            vsize = sz;
            found = strcmp(label, "vfs") ? 1 : 2;
        }
    }
    if (!found) {
        /* MicroPython >= v1.26: vfs runs from the last partition to the end */
        voff = (maxend + 4095) / 4096 * 4096;
        vsize = size > voff ? size - voff : 0;
    }
    if (voff >= size || vsize == 0)
        return -1;
    if (voff + vsize > size)
        vsize = size - voff;
    r->offset = voff;
    r->size = vsize;
    r->full = 1;
    return 0;
}

void image_write_partition_table(uint8_t *mem, uint32_t vfs_size)
{
    struct { uint8_t type, sub; uint32_t off, size; const char *label; } parts[4] = {
        { 1, 0x02, 0x9000, 0x6000, "nvs" },
        { 1, 0x01, 0xf000, 0x1000, "phy_init" },
        { 0, 0x00, 0x10000, 0x1f0000, "factory" },
        { 1, 0x81, VFS_OFFSET, 0, "vfs" },
    };
    parts[3].size = vfs_size;
    uint8_t *t = mem + PT_OFFSET;
    memset(t, 0xff, 0x1000);
    for (int i = 0; i < 4; i++) {
        uint8_t *e = t + 32 * i;
        memset(e, 0, 32);
        e[0] = 0xAA;
        e[1] = 0x50;
        e[2] = parts[i].type;
        e[3] = parts[i].sub;
        for (int b = 0; b < 4; b++) {
            e[4 + b] = (uint8_t)(parts[i].off >> (8 * b));
            e[8 + b] = (uint8_t)(parts[i].size >> (8 * b));
        }
        memcpy(e + 12, parts[i].label, strlen(parts[i].label));
    }
    uint8_t *m = t + 32 * 4;
    m[0] = 0xEB;
    m[1] = 0xEB;
    memset(m + 2, 0xff, 14);
    hash_bytes(&hash_md5, t, 32 * 4, m + 16);
}

/* ---------------- open / mount ---------------- */

static int img_open(struct img *im, const char *path)
{
    memset(im, 0, sizeof(*im));
    im->path = path;
    struct stat st;
    if (stat(path, &st) != 0)
        return fail("%s: %s", path, strerror(errno));
    if (!S_ISREG(st.st_mode) || st.st_size < 128)
        return fail("%s: not an image file (too small or not a regular file)", path);
    if (flash_open_file(&im->flash, path, 0, 4096, false) != FLASH_OK)
        return fail("%s: cannot open/map the image", path);
    im->open = true;
    if (image_find_region(im->flash.mem, im->flash.size, &im->reg) != 0)
        return fail("%s: partition table found but no vfs partition in the image", path);
    lfs2_size_t bs, bc;
    uint32_t ver;
    if (lfs2_flash_probe(&im->flash, im->reg.offset, im->reg.size, &bs, &bc, &ver) != 0)
        return fail("%s: no littlefs v2 filesystem found%s (bad or blank image?)", path,
                    im->reg.full ? " in the vfs partition" : "");
    if ((ver >> 16) != 2 || (ver & 0xffff) > 1)
        return fail("%s: unsupported littlefs on-disk version %u.%u", path, ver >> 16, ver & 0xffff);
    if (bs < 128 || (bs & (bs - 1)) || (uint64_t)bs * bc > im->reg.size)
        return fail("%s: superblock geometry %u x %u bytes does not fit the image (%llu bytes)", path,
                    (unsigned)bc, (unsigned)bs, (unsigned long long)im->reg.size);
    im->flash.erase_size = bs;
    lfs2_flash_config(&im->cfg, &im->bd, &im->flash, im->reg.offset, bs, bc);
    int err = lfs2_mount(&im->lfs, &im->cfg);
    if (err)
        return fail("%s: mount failed: %s", path, lfs_strerror(err));
    im->mounted = true;
    return 0;
}

static int img_close(struct img *im)
{
    if (im->mounted)
        lfs2_unmount(&im->lfs);
    if (im->open)
        flash_close(&im->flash);
    im->mounted = im->open = false;
    return 0;
}

/* ---------------- progress ---------------- */

struct progress {
    uint64_t total, done;
    bool on;
    double last;
};

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void progress_init(struct progress *p, uint64_t total)
{
    p->total = total;
    p->done = 0;
    p->on = total >= 256 * 1024 && isatty(2);
    p->last = 0;
}

static void progress_add(struct progress *p, uint64_t n)
{
    p->done += n;
    if (!p->on)
        return;
    double t = now_s();
    if (t - p->last < 0.05 && p->done < p->total)
        return;
    p->last = t;
    int w = 30, fillw = p->total ? (int)(w * p->done / p->total) : w;
    char bar[64];
    for (int i = 0; i < w; i++)
        bar[i] = i < fillw ? '#' : '.';
    bar[w] = 0;
    fprintf(stderr, "\r[%s] %3d%% %.1f/%.1f KiB", bar, p->total ? (int)(100 * p->done / p->total) : 100,
            (double)p->done / 1024, (double)p->total / 1024);
    if (p->done >= p->total)
        fputc('\n', stderr);
    fflush(stderr);
}

/* ---------------- helpers ---------------- */

static const char *base_name(const char *p)
{
    size_t n = strlen(p);
    while (n > 1 && p[n - 1] == '/')
        n--;
    const char *s = p + n;
    while (s > p && s[-1] != '/')
        s--;
    return s;
}

static void join(char *out, size_t n, const char *dir, const char *name)
{
    size_t dl = strlen(dir);
    size_t nl = strcspn(name, "/");
    if (dl && dir[dl - 1] == '/')
        snprintf(out, n, "%s%.*s", dir, (int)nl, name);
    else
        snprintf(out, n, "%s/%.*s", dir, (int)nl, name);
}

static void norm(char *out, size_t n, const char *p)
{
    snprintf(out, n, "%s%s", p[0] == '/' ? "" : "/", p);
    size_t l = strlen(out);
    while (l > 1 && out[l - 1] == '/')
        out[--l] = 0;
}

static int mkdir_p(lfs2_t *lfs, const char *path)
{
    char buf[1024];
    snprintf(buf, sizeof buf, "%s", path);
    for (char *s = buf + 1; ; s++) {
        if (*s == '/' || *s == 0) {
            char c = *s;
            *s = 0;
            int err = lfs2_mkdir(lfs, buf);
            if (err && err != LFS2_ERR_EXIST)
                return err;
            struct lfs2_info info;
            if (lfs2_stat(lfs, buf, &info) == 0 && info.type != LFS2_TYPE_DIR)
                return LFS2_ERR_NOTDIR;
            *s = c;
            if (!c)
                break;
        }
    }
    return 0;
}

static int mkdir_parents(lfs2_t *lfs, const char *path)
{
    char buf[1024];
    snprintf(buf, sizeof buf, "%s", path);
    char *s = strrchr(buf, '/');
    if (!s || s == buf)
        return 0;
    *s = 0;
    return mkdir_p(lfs, buf);
}

static uint64_t host_tree_size(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return 0;
    if (!S_ISDIR(st.st_mode))
        return (uint64_t)st.st_size;
    uint64_t total = 0;
    DIR *d = opendir(path);
    if (!d)
        return 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
            continue;
        char sub[2048];
        snprintf(sub, sizeof sub, "%s/%s", path, de->d_name);
        total += host_tree_size(sub);
    }
    closedir(d);
    return total;
}

/* ---------------- put / get ---------------- */

static int put_file(struct img *im, const char *host, const char *dst, struct progress *pg)
{
    FILE *f = fopen(host, "rb");
    if (!f)
        return fail("%s: %s", host, strerror(errno));
    struct stat st;
    fstat(fileno(f), &st);
    uint8_t mtime[8];
    uint64_t ns = (uint64_t)st.st_mtim.tv_sec * 1000000000ull + (uint64_t)st.st_mtim.tv_nsec;
    for (int i = 0; i < 8; i++)
        mtime[i] = (uint8_t)(ns >> (8 * i));
    struct lfs2_attr attr = { 1, mtime, 8 };
    struct lfs2_file_config fcfg = { NULL, &attr, 1 };
    int err = mkdir_parents(&im->lfs, dst);
    if (err) {
        fclose(f);
        return fail("%s: cannot create parent directories: %s", dst, lfs_strerror(err));
    }
    lfs2_file_t lf;
    struct lfs2_info pre;
    bool existed = lfs2_stat(&im->lfs, dst, &pre) == 0;
    err = lfs2_file_opencfg(&im->lfs, &lf, dst, LFS2_O_WRONLY | LFS2_O_CREAT | LFS2_O_TRUNC, &fcfg);
    if (err) {
        fclose(f);
        return fail("%s: %s", dst, lfs_strerror(err));
    }
    static uint8_t buf[65536];
    size_t n;
    int rc = 0;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
        lfs2_ssize_t w = lfs2_file_write(&im->lfs, &lf, buf, (lfs2_size_t)n);
        if (w < 0) {
            rc = fail("%s: write failed: %s", dst, lfs_strerror((int)w));
            break;
        }
        progress_add(pg, n);
    }
    if (ferror(f) && !rc)
        rc = fail("%s: read error", host);
    fclose(f);
    err = lfs2_file_close(&im->lfs, &lf);
    if (err && !rc)
        rc = fail("%s: %s", dst, lfs_strerror(err));
    if (rc && !existed)
        lfs2_remove(&im->lfs, dst);   /* do not leave a half-created file */
    return rc;
}

static int put_tree(struct img *im, const char *host, const char *dst, struct progress *pg)
{
    struct stat st;
    if (stat(host, &st) != 0)
        return fail("%s: %s", host, strerror(errno));
    if (!S_ISDIR(st.st_mode))
        return put_file(im, host, dst, pg);
    int err = mkdir_p(&im->lfs, dst);
    if (err)
        return fail("%s: %s", dst, lfs_strerror(err));
    DIR *d = opendir(host);
    if (!d)
        return fail("%s: %s", host, strerror(errno));
    struct dirent *de;
    int rc = 0;
    while (!rc && (de = readdir(d))) {
        if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
            continue;
        char hsub[2048], dsub[1024];
        snprintf(hsub, sizeof hsub, "%s/%s", host, de->d_name);
        join(dsub, sizeof dsub, dst, de->d_name);
        rc = put_tree(im, hsub, dsub, pg);
    }
    closedir(d);
    return rc;
}

static int get_file(struct img *im, const char *src, const char *host, struct progress *pg)
{
    lfs2_file_t lf;
    int err = lfs2_file_open(&im->lfs, &lf, src, LFS2_O_RDONLY);
    if (err)
        return fail("%s: %s", src, lfs_strerror(err));
    FILE *f = strcmp(host, "-") ? fopen(host, "wb") : stdout;
    if (!f) {
        lfs2_file_close(&im->lfs, &lf);
        return fail("%s: %s", host, strerror(errno));
    }
    static uint8_t buf[65536];
    int rc = 0;
    for (;;) {
        lfs2_ssize_t r = lfs2_file_read(&im->lfs, &lf, buf, sizeof buf);
        if (r < 0) {
            rc = fail("%s: read failed: %s", src, lfs_strerror((int)r));
            break;
        }
        if (r == 0)
            break;
        if (fwrite(buf, 1, (size_t)r, f) != (size_t)r) {
            rc = fail("%s: %s", host, strerror(errno));
            break;
        }
        if (pg)
            progress_add(pg, (uint64_t)r);
    }
    lfs2_file_close(&im->lfs, &lf);
    if (f != stdout) {
        if (fclose(f) != 0 && !rc)
            rc = fail("%s: %s", host, strerror(errno));
    } else {
        fflush(stdout);
    }
    return rc;
}

struct walk_item { char path[1024]; uint8_t type; lfs2_size_t size; };

/* Collect the tree under dir (depth first, littlefs order). */
static int collect(lfs2_t *lfs, const char *dir, struct walk_item **items, size_t *n, size_t *cap)
{
    lfs2_dir_t d;
    int err = lfs2_dir_open(lfs, &d, dir);
    if (err)
        return err;
    struct lfs2_info info;
    int r;
    while ((r = lfs2_dir_read(lfs, &d, &info)) > 0) {
        if (!strcmp(info.name, ".") || !strcmp(info.name, ".."))
            continue;
        if (*n == *cap) {
            *cap = *cap ? 2 * *cap : 64;
            *items = realloc(*items, *cap * sizeof **items);
        }
        struct walk_item *it = &(*items)[(*n)++];
        join(it->path, sizeof it->path, dir, info.name);
        it->type = info.type;
        it->size = info.size;
        if (info.type == LFS2_TYPE_DIR) {
            char sub[1024];
            snprintf(sub, sizeof sub, "%s", it->path);
            err = collect(lfs, sub, items, n, cap);
            if (err)
                break;
        }
    }
    lfs2_dir_close(lfs, &d);
    return err ? err : (r < 0 ? r : 0);
}

/* ---------------- subcommands ---------------- */

static int usage(void)
{
    fputs("usage: kiln image <command> IMG ...\n"
          "  create IMG [--block-size N] [--blocks N] [--full [--flash-size N]]\n"
          "         new image: bare vfs partition (default 4096 x 512 = 2 MiB, ESP32),\n"
          "         or --full: whole ESP32 flash (4 MiB) with partition table at 0x8000\n"
          "         and the vfs partition at 0x200000\n"
          "  ls IMG [PATH]            one 'path size' line per file, recursive\n"
          "  put IMG HOSTPATH PATH    copy a file or folder into the image\n"
          "  get IMG PATH HOSTPATH    copy a file or folder out of the image\n"
          "  cat IMG PATH             file bytes to stdout\n"
          "  rm IMG PATH [-r]         remove a file or (empty, or with -r any) directory\n"
          "  mkdir IMG PATH [-p]      make a directory\n"
          "  mv IMG FROM TO           rename/move\n"
          "  df IMG                   space in use and free\n"
          "  check IMG                mount, walk, read every file and block, verify\n"
          "  journal IMG              the boot journal of a full image, newest boot first\n", stderr);
    return 2;
}

static int parse_num(const char *s, uint64_t *v)
{
    char *end;
    errno = 0;
    unsigned long long x = strtoull(s, &end, 0);
    if (errno || end == s)
        return -1;
    if (*end == 'k' || *end == 'K')
        x *= 1024, end++;
    else if (*end == 'm' || *end == 'M')
        x *= 1024 * 1024, end++;
    if (*end)
        return -1;
    *v = x;
    return 0;
}

static int cmd_create(int argc, char **argv)
{
    const char *path = NULL;
    uint64_t bs = 4096, blocks = 0, flash_size = 4 * 1024 * 1024;
    bool full = false;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--block-size") && i + 1 < argc) {
            if (parse_num(argv[++i], &bs))
                return fail("bad --block-size %s", argv[i]);
        } else if (!strcmp(argv[i], "--blocks") && i + 1 < argc) {
            if (parse_num(argv[++i], &blocks))
                return fail("bad --blocks %s", argv[i]);
        } else if (!strcmp(argv[i], "--flash-size") && i + 1 < argc) {
            if (parse_num(argv[++i], &flash_size))
                return fail("bad --flash-size %s", argv[i]);
            full = true;
        } else if (!strcmp(argv[i], "--full")) {
            full = true;
        } else if (!strcmp(argv[i], "--partition")) {
            full = false;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            return usage();
        } else if (!path) {
            path = argv[i];
        } else {
            return usage();
        }
    }
    if (!path)
        return usage();
    if (bs < 128 || bs > 65536 || (bs & (bs - 1)))
        return fail("block size must be a power of two in 128..65536");
    uint64_t region_off = 0, file_size;
    if (full) {
        if (flash_size <= VFS_OFFSET || flash_size % 4096)
            return fail("--flash-size must be a multiple of 4096 above 2 MiB");
        if (!blocks)
            blocks = (flash_size - VFS_OFFSET) / bs;
        if (VFS_OFFSET + blocks * bs > flash_size)
            return fail("%llu blocks of %llu bytes do not fit after 0x200000", (unsigned long long)blocks,
                        (unsigned long long)bs);
        region_off = VFS_OFFSET;
        file_size = flash_size;
    } else {
        if (!blocks)
            blocks = 512;
        file_size = bs * blocks;
    }
    if (blocks < 2 || blocks > 0x7fffffff)
        return fail("block count must be at least 2");
    flash_t fl;
    if (flash_open_file(&fl, path, (size_t)file_size, (uint32_t)bs, true) != FLASH_OK)
        return fail("%s: cannot create: %s", path, strerror(errno));
    if (full)
        image_write_partition_table(fl.mem, (uint32_t)(blocks * bs));
    struct lfs2_flash_bd bd;
    struct lfs2_config cfg;
    lfs2_flash_config(&cfg, &bd, &fl, region_off, (lfs2_size_t)bs, (lfs2_size_t)blocks);
    lfs2_t lfs;
    int err = lfs2_format(&lfs, &cfg);
    flash_close(&fl);
    if (err)
        return fail("%s: format failed: %s", path, lfs_strerror(err));
    printf("created %s: littlefs v2.0, %llu blocks x %llu bytes (%llu KiB)", path, (unsigned long long)blocks,
           (unsigned long long)bs, (unsigned long long)(blocks * bs / 1024));
    if (full)
        printf(", ESP32 flash image of %llu KiB, vfs partition at 0x%llx", (unsigned long long)(file_size / 1024),
               (unsigned long long)region_off);
    printf("\n");
    return 0;
}

static int cmd_ls(int argc, char **argv)
{
    if (argc < 2 || argc > 3)
        return usage();
    struct img im;
    if (img_open(&im, argv[1])) {
        img_close(&im);
        return 1;
    }
    char root[1024];
    norm(root, sizeof root, argc == 3 ? argv[2] : "/");
    struct lfs2_info info;
    int err = lfs2_stat(&im.lfs, root, &info);
    int rc = 0;
    if (err) {
        rc = fail("%s: %s", root, lfs_strerror(err));
    } else if (info.type == LFS2_TYPE_REG) {
        printf("%s %u\n", root, (unsigned)info.size);
    } else {
        struct walk_item *items = NULL;
        size_t n = 0, cap = 0;
        err = collect(&im.lfs, root, &items, &n, &cap);
        if (err)
            rc = fail("%s: %s", root, lfs_strerror(err));
        for (size_t i = 0; i < n; i++)
            if (items[i].type == LFS2_TYPE_REG)
                printf("%s %u\n", items[i].path, (unsigned)items[i].size);
        free(items);
    }
    img_close(&im);
    return rc;
}

static int cmd_put(int argc, char **argv)
{
    if (argc != 4)
        return usage();
    struct img im;
    if (img_open(&im, argv[1])) {
        img_close(&im);
        return 1;
    }
    char dst[1024];
    norm(dst, sizeof dst, argv[3]);
    struct lfs2_info info;
    if (lfs2_stat(&im.lfs, dst, &info) == 0 && info.type == LFS2_TYPE_DIR) {
        struct stat st;
        if (stat(argv[2], &st) == 0) {
            char tmp[1024];
            join(tmp, sizeof tmp, dst, base_name(argv[2]));
            snprintf(dst, sizeof dst, "%s", tmp);
        }
    }
    struct progress pg;
    progress_init(&pg, host_tree_size(argv[2]));
    int rc = put_tree(&im, argv[2], dst, &pg);
    img_close(&im);
    return rc;
}

static int cmd_get(int argc, char **argv)
{
    if (argc != 4)
        return usage();
    struct img im;
    if (img_open(&im, argv[1])) {
        img_close(&im);
        return 1;
    }
    char src[1024];
    norm(src, sizeof src, argv[2]);
    struct lfs2_info info;
    int err = lfs2_stat(&im.lfs, src, &info);
    int rc = 0;
    char host[4096];
    snprintf(host, sizeof host, "%s", argv[3]);
    struct stat st;
    if (!err && stat(host, &st) == 0 && S_ISDIR(st.st_mode) && strcmp(src, "/")) {
        char tmp[4096];
        size_t hl = strlen(host);
        if (hl + 2 < sizeof tmp) {
            memcpy(tmp, host, hl);
            tmp[hl] = '/';
            snprintf(tmp + hl + 1, sizeof tmp - hl - 1, "%s", base_name(src));
            memcpy(host, tmp, sizeof host);
        }
    }
    if (err) {
        rc = fail("%s: %s", src, lfs_strerror(err));
    } else if (info.type == LFS2_TYPE_REG) {
        struct progress pg;
        progress_init(&pg, info.size);
        rc = get_file(&im, src, host, &pg);
    } else {
        struct walk_item *items = NULL;
        size_t n = 0, cap = 0;
        err = collect(&im.lfs, src, &items, &n, &cap);
        if (err)
            rc = fail("%s: %s", src, lfs_strerror(err));
        uint64_t total = 0;
        for (size_t i = 0; i < n; i++)
            total += items[i].size;
        struct progress pg;
        progress_init(&pg, total);
        if (!rc && mkdir(host, 0755) != 0 && errno != EEXIST)
            rc = fail("%s: %s", host, strerror(errno));
        size_t sl = strcmp(src, "/") ? strlen(src) : 0;
        for (size_t i = 0; i < n && !rc; i++) {
            char hp[8192];
            snprintf(hp, sizeof hp, "%s%s", host, items[i].path + sl);
            if (items[i].type == LFS2_TYPE_DIR) {
                if (mkdir(hp, 0755) != 0 && errno != EEXIST)
                    rc = fail("%s: %s", hp, strerror(errno));
            } else {
                rc = get_file(&im, items[i].path, hp, &pg);
            }
        }
        free(items);
    }
    img_close(&im);
    return rc;
}

static int cmd_cat(int argc, char **argv)
{
    if (argc != 3)
        return usage();
    struct img im;
    if (img_open(&im, argv[1])) {
        img_close(&im);
        return 1;
    }
    char src[1024];
    norm(src, sizeof src, argv[2]);
    int rc = get_file(&im, src, "-", NULL);
    img_close(&im);
    return rc;
}

static int cmd_rm(int argc, char **argv)
{
    bool rec = false;
    const char *img = NULL, *p = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-r") || !strcmp(argv[i], "-rf"))
            rec = true;
        else if (!img)
            img = argv[i];
        else if (!p)
            p = argv[i];
        else
            return usage();
    }
    if (!p)
        return usage();
    struct img im;
    if (img_open(&im, img)) {
        img_close(&im);
        return 1;
    }
    char path[1024];
    norm(path, sizeof path, p);
    int rc = 0, err;
    struct lfs2_info info;
    err = lfs2_stat(&im.lfs, path, &info);
    if (!err && rec && info.type == LFS2_TYPE_DIR) {
        struct walk_item *items = NULL;
        size_t n = 0, cap = 0;
        err = collect(&im.lfs, path, &items, &n, &cap);
        for (size_t i = n; !err && i > 0; i--)
            err = lfs2_remove(&im.lfs, items[i - 1].path);
        free(items);
    }
    if (!err && strcmp(path, "/"))
        err = lfs2_remove(&im.lfs, path);
    if (err)
        rc = fail("%s: %s", path, lfs_strerror(err));
    img_close(&im);
    return rc;
}

static int cmd_mkdir(int argc, char **argv)
{
    bool parents = false;
    const char *img = NULL, *p = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-p"))
            parents = true;
        else if (!img)
            img = argv[i];
        else if (!p)
            p = argv[i];
        else
            return usage();
    }
    if (!p)
        return usage();
    struct img im;
    if (img_open(&im, img)) {
        img_close(&im);
        return 1;
    }
    char path[1024];
    norm(path, sizeof path, p);
    int err = parents ? mkdir_p(&im.lfs, path) : lfs2_mkdir(&im.lfs, path);
    int rc = err ? fail("%s: %s", path, lfs_strerror(err)) : 0;
    img_close(&im);
    return rc;
}

static int cmd_mv(int argc, char **argv)
{
    if (argc != 4)
        return usage();
    struct img im;
    if (img_open(&im, argv[1])) {
        img_close(&im);
        return 1;
    }
    char from[1024], to[1024];
    norm(from, sizeof from, argv[2]);
    norm(to, sizeof to, argv[3]);
    struct lfs2_info info;
    if (lfs2_stat(&im.lfs, to, &info) == 0 && info.type == LFS2_TYPE_DIR
        && lfs2_stat(&im.lfs, from, &info) == 0 && info.type == LFS2_TYPE_REG) {
        char tmp[1024];
        join(tmp, sizeof tmp, to, base_name(from));
        snprintf(to, sizeof to, "%s", tmp);
    }
    int err = lfs2_rename(&im.lfs, from, to);
    int rc = err ? fail("%s -> %s: %s", from, to, lfs_strerror(err)) : 0;
    img_close(&im);
    return rc;
}

static int cmd_df(int argc, char **argv)
{
    if (argc != 2)
        return usage();
    struct img im;
    if (img_open(&im, argv[1])) {
        img_close(&im);
        return 1;
    }
    lfs2_ssize_t used = lfs2_fs_size(&im.lfs);
    int rc = 0;
    if (used < 0) {
        rc = fail("%s: %s", argv[1], lfs_strerror((int)used));
    } else {
        struct lfs2_fsinfo fi;
        lfs2_fs_stat(&im.lfs, &fi);
        uint64_t bs = fi.block_size, bc = fi.block_count;
        printf("block_size %llu\nblock_count %llu\nused_blocks %d\nfree_blocks %llu\n"
               "size_bytes %llu\nused_bytes %llu\nfree_bytes %llu\nversion %u.%u\n",
               (unsigned long long)bs, (unsigned long long)bc, (int)used, (unsigned long long)(bc - (uint64_t)used),
               (unsigned long long)(bs * bc), (unsigned long long)(bs * (uint64_t)used),
               (unsigned long long)(bs * (bc - (uint64_t)used)), fi.disk_version >> 16, fi.disk_version & 0xffff);
        if (im.reg.full)
            printf("partition_offset 0x%llx\n", (unsigned long long)im.reg.offset);
    }
    img_close(&im);
    return rc;
}

static int cmd_check(int argc, char **argv)
{
    if (argc != 2)
        return usage();
    struct img im;
    if (img_open(&im, argv[1])) {
        img_close(&im);
        return 1;
    }
    int rc = 0;
    struct lfs2_check_report rep;
    int err = lfs2_fs_check(&im.lfs, &rep);
    if (err)
        rc = fail("%s: check failed: %s (%s)", argv[1], rep.msg[0] ? rep.msg : "", lfs_strerror(err));
    struct walk_item *items = NULL;
    size_t n = 0, cap = 0;
    if (!rc) {
        err = collect(&im.lfs, "/", &items, &n, &cap);
        if (err)
            rc = fail("%s: walking the tree: %s", argv[1], lfs_strerror(err));
    }
    size_t files = 0, dirs = 0;
    uint64_t bytes = 0;
    for (size_t i = 0; i < n && !rc; i++) {
        if (items[i].type == LFS2_TYPE_DIR) {
            dirs++;
            continue;
        }
        files++;
        lfs2_file_t f;
        err = lfs2_file_open(&im.lfs, &f, items[i].path, LFS2_O_RDONLY);
        static uint8_t buf[65536];
        uint64_t got = 0;
        lfs2_ssize_t r = 0;
        while (!err && (r = lfs2_file_read(&im.lfs, &f, buf, sizeof buf)) > 0)
            got += (uint64_t)r;
        if (!err)
            lfs2_file_close(&im.lfs, &f);
        if (err || r < 0 || got != items[i].size)
            rc = fail("%s: %s: unreadable (%s)", argv[1], items[i].path, lfs_strerror(err ? err : (int)r));
        bytes += got;
    }
    free(items);
    if (!rc)
        printf("%s: ok: %zu files (%llu bytes), %zu directories, %u metadata pairs, %u of %u blocks in use\n",
               argv[1], files, (unsigned long long)bytes, dirs, (unsigned)rep.pairs, (unsigned)rep.blocks_used,
               (unsigned)im.lfs.block_count);
    img_close(&im);
    return rc;
}

/* The boot journal: JOURNAL_SECTORS x 4 KiB just below the vfs partition
 * (the end of the factory app partition) of a full image. One line per boot,
 * newest first. */
static int cmd_journal(int argc, char **argv)
{
    if (argc != 2)
        return usage();
    const char *path = argv[1];
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return fail("%s: %s", path, strerror(errno));
    uint8_t *img = NULL;
    long size = -1;
    if (fseek(fp, 0, SEEK_END) == 0 && (size = ftell(fp)) >= 0 && fseek(fp, 0, SEEK_SET) == 0 &&
        (img = malloc(size ? (size_t)size : 1)) && fread(img, 1, (size_t)size, fp) != (size_t)size)
        size = -1;
    fclose(fp);
    if (!img || size < 0) {
        free(img);
        return fail("%s: cannot read the image", path);
    }
    struct image_region reg;
    const uint64_t jsize = (uint64_t)JOURNAL_SECTORS * 4096;
    int rc = 0;
    if (image_find_region(img, (uint64_t)size, &reg) != 0) {
        rc = fail("%s: partition table found but no vfs partition in the image", path);
    } else if (!reg.full) {
        rc = fail("%s: a bare vfs image has no boot journal (only a full ESP32 flash image has one, "
                  "just below the vfs partition)", path);
    } else if (reg.offset < jsize + 0x10000) {
        rc = fail("%s: no room for a boot journal below the vfs partition at 0x%llx", path,
                  (unsigned long long)reg.offset);
    } else {
        static journal_entry_t e[JOURNAL_KEEP];
        size_t n = journal_read_region(img + reg.offset - jsize, 4096, e, JOURNAL_KEEP);
        static const char *const causes[] = { "?", "PWRON_RESET", "HARD_RESET", "WDT_RESET", "DEEPSLEEP_RESET",
                                              "SOFT_RESET" };
        static const char *const rans[] = { "boot.py", "main.py", "safe", "repl", "input", "error" };
        if (n == 0)
            printf("%s: the boot journal at 0x%llx is empty\n", path, (unsigned long long)(reg.offset - jsize));
        for (size_t k = 0; k < n; k++) {
            char ran[64] = "";
            for (int b = 0; b < 6; b++) {
                if (e[k].ran & (1 << b)) {
                    if (ran[0])
                        strcat(ran, ",");
                    strcat(ran, rans[b]);
                }
            }
            char cause[24];
            if (e[k].cause >= 1 && e[k].cause <= 5)
                snprintf(cause, sizeof cause, "%s", causes[e[k].cause]);
            else
                snprintf(cause, sizeof cause, "%u", e[k].cause);
            /* the traceback's last non-empty line */
            size_t end = e[k].tb_len;
            while (end && (e[k].tb[end - 1] == '\n' || e[k].tb[end - 1] == '\r' || e[k].tb[end - 1] == ' '))
                end--;
            size_t start = end;
            while (start && e[k].tb[start - 1] != '\n')
                start--;
            char tb[JOURNAL_TB_MAX + 1];
            size_t t = 0;
            for (size_t i = start; i < end; i++) {
                unsigned char c = (unsigned char)e[k].tb[i];
                tb[t++] = c >= 0x20 && c < 0x7f ? (char)c : '?';
            }
            tb[t] = 0;
            printf("boot %u: cause=%s ran=%s end=%s", (unsigned)e[k].boot, cause, ran[0] ? ran : "-",
                   journal_end_name(e[k].end));
            if (e[k].safe_reason)
                printf(" safe_reason=%u", e[k].safe_reason);
            printf(" uptime=%u.%03us heap_free=%u tb=%s\n", (unsigned)(e[k].uptime_ms / 1000),
                   (unsigned)(e[k].uptime_ms % 1000), (unsigned)e[k].heap_free, t ? tb : "-");
        }
    }
    free(img);
    return rc;
}

int image_main(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "-h") || !strcmp(argv[1], "--help") || !strcmp(argv[1], "help"))
        return usage();
    const char *cmd = argv[1];
    argc--;
    argv++;
    if (!strcmp(cmd, "create"))
        return cmd_create(argc, argv);
    if (!strcmp(cmd, "ls"))
        return cmd_ls(argc, argv);
    if (!strcmp(cmd, "put"))
        return cmd_put(argc, argv);
    if (!strcmp(cmd, "get"))
        return cmd_get(argc, argv);
    if (!strcmp(cmd, "cat"))
        return cmd_cat(argc, argv);
    if (!strcmp(cmd, "rm"))
        return cmd_rm(argc, argv);
    if (!strcmp(cmd, "mkdir"))
        return cmd_mkdir(argc, argv);
    if (!strcmp(cmd, "mv"))
        return cmd_mv(argc, argv);
    if (!strcmp(cmd, "df"))
        return cmd_df(argc, argv);
    if (!strcmp(cmd, "check"))
        return cmd_check(argc, argv);
    if (!strcmp(cmd, "journal"))
        return cmd_journal(argc, argv);
    fprintf(stderr, "kiln image: unknown command '%s'\n", cmd);
    return usage();
}
