/* tests/fs/test_fixtures.c - mount every reference image in
 * ../shared/data/lfs2/ (or argv[1]) and check each manifest entry (type,
 * size, sha256), the exact set of paths, reading backwards by seeking, the
 * block counts from the README, a clean lfs2_fs_check; then modify a copy
 * of each image and check that old and new content survive a remount. */
#include "tests/fs/fsmodel.h"
#include "tests/fs/sha256.h"
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

static int passed, failed;

#define CHECK(cond, ...) do { \
    if (cond) passed++; \
    else { failed++; printf("FAIL %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); printf("\n"); } \
} while (0)

struct mentry { char path[300]; char type[8]; unsigned size; char sha[65]; int seen; };

static int parse_manifest(const char *fn, struct mentry *e, int max)
{
    FILE *f = fopen(fn, "r");
    if (!f)
        return -1;
    char line[1024];
    int n = 0;
    while (fgets(line, sizeof line, f) && n < max) {
        char *q = strchr(line, '"');
        if (!q)
            continue;
        struct mentry *m = &e[n];
        char sha[80] = "";
        if (sscanf(q, "\"%299[^\"]\": {\"type\": \"%7[a-z]\", \"size\": %u, \"sha256\": %79s",
                   m->path, m->type, &m->size, sha) == 4) {
            m->sha[0] = 0;
            if (sha[0] == '"')
                snprintf(m->sha, sizeof m->sha, "%.64s", sha + 1);
            m->seen = 0;
            n++;
        }
    }
    fclose(f);
    return n;
}

struct known { const char *name; unsigned in_use; unsigned board_free; };
static const struct known KNOWN[] = {
    { "esp32-vfs-small", 8, 4 },
    { "big-and-nested", 22, 0 },
    { "tiny-blocks", 19, 41 },
    { "esp32-4MiB-vfs-partition", 8, 500 },
};

struct walkctx { struct mentry *e; int n; int unknown; };

static int walk_cb(lfs2_t *lfs, const char *path, const struct lfs2_info *info, void *user)
{
    (void)lfs;
    struct walkctx *w = user;
    for (int i = 0; i < w->n; i++) {
        if (!strcmp(w->e[i].path, path)) {
            w->e[i].seen++;
            return 0;
        }
    }
    printf("  unexpected entry %s (%s)\n", path, info->type == LFS2_TYPE_DIR ? "dir" : "file");
    w->unknown++;
    return 0;
}

static int count_cb(void *d, lfs2_block_t b)
{
    (void)b;
    (*(unsigned *)d)++;
    return 0;
}

static void check_entries(lfs2_t *lfs, const char *img, struct mentry *e, int n)
{
    for (int i = 0; i < n; i++) {
        struct lfs2_info info;
        int err = lfs2_stat(lfs, e[i].path, &info);
        CHECK(err == 0, "%s: stat %s -> %d", img, e[i].path, err);
        if (err)
            continue;
        int isdir = !strcmp(e[i].type, "dir");
        CHECK(info.type == (isdir ? LFS2_TYPE_DIR : LFS2_TYPE_REG), "%s: %s type", img, e[i].path);
        if (isdir)
            continue;
        CHECK(info.size == e[i].size, "%s: %s size %u != %u", img, e[i].path, (unsigned)info.size, e[i].size);
        uint8_t *data;
        lfs2_size_t len;
        err = fs_read_all(lfs, e[i].path, &data, &len);
        CHECK(err == 0, "%s: read %s -> %d", img, e[i].path, err);
        if (err)
            continue;
        char hex[65];
        sha256_hex(data, len, hex);
        CHECK(!strcmp(hex, e[i].sha), "%s: %s sha256 %s != %s", img, e[i].path, hex, e[i].sha);
        /* read backwards in 37-byte chunks by seeking */
        lfs2_file_t f;
        err = lfs2_file_open(lfs, &f, e[i].path, LFS2_O_RDONLY);
        int same = err == 0;
        uint8_t *back = malloc(len + 1);
        for (lfs2_soff_t pos = (lfs2_soff_t)len; same && pos > 0; ) {
            lfs2_soff_t start = pos > 37 ? pos - 37 : 0;
            if (lfs2_file_seek(lfs, &f, start, LFS2_SEEK_SET) != start
                || lfs2_file_read(lfs, &f, back + start, (lfs2_size_t)(pos - start)) != pos - start)
                same = 0;
            pos = start;
        }
        if (err == 0)
            lfs2_file_close(lfs, &f);
        CHECK(same && memcmp(back, data, len) == 0, "%s: %s backwards read differs", img, e[i].path);
        free(back);
        free(data);
    }
}

static void test_image(const char *dir, const char *name)
{
    char imgfn[9000], manfn[9000];
    snprintf(imgfn, sizeof imgfn, "%s/%s.img", dir, name);
    snprintf(manfn, sizeof manfn, "%s/%s.manifest.json", dir, name);
    static struct mentry e[512];
    int n = parse_manifest(manfn, e, 512);
    CHECK(n > 0, "%s: manifest parse", name);
    if (n <= 0)
        return;
    FILE *f = fopen(imgfn, "rb");
    CHECK(f != NULL, "%s: open image", name);
    if (!f)
        return;
    fseek(f, 0, SEEK_END);
    long sz = ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *mem = malloc((size_t)sz);
    if (fread(mem, 1, (size_t)sz, f) != (size_t)sz)
        sz = 0;
    fclose(f);

    static struct fsenv env;
    lfs2_size_t bs = 0, bc = 0;
    uint32_t ver = 0;
    flash_init_buf(&env.flash, mem, (size_t)sz, 512);
    int err = lfs2_flash_probe(&env.flash, 0, (uint64_t)sz, &bs, &bc, &ver);
    CHECK(err == 0 && (uint64_t)bs * bc == (uint64_t)sz, "%s: probe bs=%u bc=%u", name, (unsigned)bs, (unsigned)bc);
    if (err) {
        free(mem);
        return;
    }
    CHECK(ver == 0x00020000, "%s: version %08x", name, (unsigned)ver);
    env.flash.erase_size = bs;
    lfs2_flash_config(&env.cfg, &env.bd, &env.flash, 0, bs, 0);
    err = lfs2_mount(&env.lfs, &env.cfg);
    CHECK(err == 0, "%s: mount -> %d", name, err);
    if (err) {
        free(mem);
        return;
    }
    CHECK(env.flash.writes == 0, "%s: mount wrote to a clean image", name);
    CHECK(env.lfs.block_count == bc, "%s: block_count", name);
    check_entries(&env.lfs, name, e, n);
    struct walkctx w = { e, n, 0 };
    err = fs_walk(&env.lfs, "/", walk_cb, &w);
    int allseen = 1;
    for (int i = 0; i < n; i++)
        if (e[i].seen != 1)
            allseen = 0;
    CHECK(err == 0 && w.unknown == 0 && allseen, "%s: listing == manifest (err %d)", name, err);
    for (unsigned k = 0; k < sizeof KNOWN / sizeof KNOWN[0]; k++) {
        if (strcmp(KNOWN[k].name, name))
            continue;
        lfs2_ssize_t used = lfs2_fs_size(&env.lfs);
        CHECK(used == (lfs2_ssize_t)KNOWN[k].in_use, "%s: fs_size %d != %u", name, (int)used, KNOWN[k].in_use);
        unsigned cbs = 0;
        err = lfs2_fs_traverse(&env.lfs, count_cb, &cbs);
        CHECK(err == 0 && bc - cbs == KNOWN[k].board_free, "%s: statvfs-style free %u != %u", name,
              (unsigned)(bc - cbs), KNOWN[k].board_free);
    }
    struct lfs2_check_report rep;
    err = lfs2_fs_check(&env.lfs, &rep);
    CHECK(err == 0, "%s: fs_check %d: %s", name, err, rep.msg);
    /* write on the reference image: new file, mkdir, rename, overwrite */
    lfs2_file_t fl;
    static uint8_t big[9000];
    for (unsigned i = 0; i < sizeof big; i++)
        big[i] = (uint8_t)(i * 13 + 5);
    int werr = lfs2_file_open(&env.lfs, &fl, "/kiln-new.bin", LFS2_O_WRONLY | LFS2_O_CREAT | LFS2_O_TRUNC);
    lfs2_size_t wlen = bs == 512 ? 3000 : 9000;
    if (!werr)
        werr = lfs2_file_write(&env.lfs, &fl, big, wlen) == (lfs2_ssize_t)wlen ? 0 : -1;
    if (!werr)
        werr = lfs2_file_close(&env.lfs, &fl);
    if (!werr)
        werr = lfs2_mkdir(&env.lfs, "/kiln-dir");
    if (!werr)
        werr = lfs2_rename(&env.lfs, "/kiln-new.bin", "/kiln-dir/moved.bin");
    CHECK(werr == 0, "%s: writes on the reference image -> %d", name, werr);
    lfs2_unmount(&env.lfs);
    err = lfs2_mount(&env.lfs, &env.cfg);
    CHECK(err == 0, "%s: remount after writes -> %d", name, err);
    if (!err) {
        check_entries(&env.lfs, name, e, n);
        uint8_t *data;
        lfs2_size_t len;
        err = fs_read_all(&env.lfs, "/kiln-dir/moved.bin", &data, &len);
        CHECK(err == 0 && len == wlen && !memcmp(data, big, len), "%s: new file after remount", name);
        if (!err)
            free(data);
        err = lfs2_fs_check(&env.lfs, &rep);
        CHECK(err == 0, "%s: fs_check after writes %d: %s", name, err, rep.msg);
        lfs2_unmount(&env.lfs);
    }
    free(mem);
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : "../shared/data/lfs2";
    DIR *d = opendir(dir);
    if (!d) {
        printf("FAIL cannot open %s\n", dir);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    struct dirent *de;
    char names[32][256];
    int nn = 0;
    while ((de = readdir(d)) && nn < 32) {
        size_t l = strlen(de->d_name);
        if (l > 4 && !strcmp(de->d_name + l - 4, ".img"))
            snprintf(names[nn++], 256, "%.*s", (int)(l - 4), de->d_name);
    }
    closedir(d);
    CHECK(nn >= 4, "found %d images in %s", nn, dir);
    for (int i = 0; i < nn; i++) {
        int before = failed;
        test_image(dir, names[i]);
        printf("%s %s\n", failed == before ? "ok  " : "FAIL", names[i]);
    }
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
