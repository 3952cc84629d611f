/* tests/fs/powercut.c - power-loss proof for Kiln's lfs2.
 *
 * A deterministic workload (mkdir, create, append with syncs, overwrite,
 * seek+write, truncate, rename within/across dirs and over files, remove,
 * rmdir, many small files forcing compaction and splits) runs once without
 * a cut to learn N (flash writes) and, for each step, the set of tree states
 * allowed after a cut inside it (before, each synced intermediate, after).
 * Then for k = 1..N: restore the base image, cut power at the k-th program
 * or erase (clean / torn prefix / torn bits), "reboot" (fresh lfs2_t),
 * mount, and check: mount succeeds; the tree equals one allowed state (so
 * every file is old or new, everything synced before is intact, a rename
 * leaves exactly one name); lfs2_fs_check is clean (no block used twice, no
 * orphan pair, every dir on the threaded list); and (every few cuts) after
 * deleting everything only the root pair is in use (no leaked blocks).
 * Randomized runs do the same with a seeded random workload and random cuts.
 *
 *   powercut                 bounded run (CI)
 *   powercut --full          every cut point in all 3 modes + long random runs
 *   powercut --seed S --runs R --cuts C   random runs only
 *   powercut --replay SEED,K,MODE         one random-workload cut (SEED 0 = fixed workload)
 */
#include "tests/fs/fsmodel.h"
#include <stdlib.h>
#include <string.h>
#include <time.h>

static lfs2_size_t BS = 512, BC = 128;
#define MAXSTEPS 4096
#define MAXACC 64

struct ctx {
    lfs2_t *lfs;
    struct model *m;
    bool record;
    /* recording */
    int step;
    uint64_t *step_end;             /* writes at the end of each step */
    uint64_t (*acc)[MAXACC];
    int *nacc;
    flash_t *flash;
    uint64_t rng;
};

static void checkpoint(struct ctx *c)
{
    if (!c->record)
        return;
    int j = c->step;
    if (c->nacc[j] < MAXACC)
        c->acc[j][c->nacc[j]++] = model_hash(c->m);
}

static char cur_op[160];

static void step_begin(struct ctx *c)
{
    if (!c->record)
        return;
    c->nacc[c->step] = 0;
    checkpoint(c);
}

static void step_end(struct ctx *c)
{
    if (!c->record) {
        c->step++;
        return;
    }
    checkpoint(c);
    c->step_end[c->step] = c->flash->writes;
    c->step++;
}

#define TRY(x) do { int e_ = (x); if (e_ < 0) return e_; } while (0)

/* ---- operations: fs call sequence + model update + checkpoints ---- */

static int op_write(struct ctx *c, const char *path, const uint8_t *data, uint32_t len, uint32_t syncevery)
{
    snprintf(cur_op, sizeof cur_op, "write %s len %u", path, len);
    step_begin(c);
    lfs2_file_t f;
    bool existed = model_find(c->m, path) != NULL;
    TRY(lfs2_file_open(c->lfs, &f, path, LFS2_O_WRONLY | LFS2_O_CREAT | LFS2_O_TRUNC));
    if (!existed) {
        model_set_file(c->m, path, "", 0);
        checkpoint(c);
    }
    uint32_t done = 0;
    while (done < len) {
        uint32_t n = syncevery ? (len - done < syncevery ? len - done : syncevery) : len;
        lfs2_ssize_t w = lfs2_file_write(c->lfs, &f, data + done, n);
        if (w < 0) {
            lfs2_file_close(c->lfs, &f);
            return (int)w;
        }
        done += n;
        if (syncevery && done < len) {
            int e = lfs2_file_sync(c->lfs, &f);
            if (e) {
                lfs2_file_close(c->lfs, &f);
                return e;
            }
            model_set_file(c->m, path, data, done);
            checkpoint(c);
        }
    }
    TRY(lfs2_file_close(c->lfs, &f));
    model_set_file(c->m, path, data, len);
    step_end(c);
    return 0;
}

static int op_append(struct ctx *c, const char *path, const uint8_t *data, uint32_t len)
{
    snprintf(cur_op, sizeof cur_op, "append %s len %u", path, len);
    step_begin(c);
    lfs2_file_t f;
    bool existed = model_find(c->m, path) != NULL;
    TRY(lfs2_file_open(c->lfs, &f, path, LFS2_O_WRONLY | LFS2_O_CREAT | LFS2_O_APPEND));
    if (!existed) {
        model_set_file(c->m, path, "", 0);
        checkpoint(c);
    }
    lfs2_ssize_t w = lfs2_file_write(c->lfs, &f, data, len);
    if (w < 0) {
        lfs2_file_close(c->lfs, &f);
        return (int)w;
    }
    TRY(lfs2_file_close(c->lfs, &f));
    struct model_entry *e = model_find(c->m, path);
    uint8_t *nd = malloc(e->len + len + 1);
    if (e->len)
        memcpy(nd, e->data, e->len);
    memcpy(nd + e->len, data, len);
    model_set_file(c->m, path, nd, e->len + len);
    free(nd);
    step_end(c);
    return 0;
}

static int op_patch(struct ctx *c, const char *path, uint32_t off, const uint8_t *data, uint32_t len)
{
    snprintf(cur_op, sizeof cur_op, "patch %s off %u len %u", path, off, len);
    step_begin(c);
    lfs2_file_t f;
    TRY(lfs2_file_open(c->lfs, &f, path, LFS2_O_RDWR));
    lfs2_soff_t s = lfs2_file_seek(c->lfs, &f, (lfs2_soff_t)off, LFS2_SEEK_SET);
    lfs2_ssize_t w = s < 0 ? s : lfs2_file_write(c->lfs, &f, data, len);
    if (w < 0) {
        lfs2_file_close(c->lfs, &f);
        return (int)w;
    }
    TRY(lfs2_file_close(c->lfs, &f));
    struct model_entry *e = model_find(c->m, path);
    uint32_t nl = off + len > e->len ? off + len : e->len;
    uint8_t *nd = calloc(1, nl + 1);
    if (e->len)
        memcpy(nd, e->data, e->len);
    memcpy(nd + off, data, len);
    model_set_file(c->m, path, nd, nl);
    free(nd);
    step_end(c);
    return 0;
}

static int op_truncate(struct ctx *c, const char *path, uint32_t size)
{
    snprintf(cur_op, sizeof cur_op, "truncate %s %u", path, size);
    step_begin(c);
    lfs2_file_t f;
    TRY(lfs2_file_open(c->lfs, &f, path, LFS2_O_RDWR));
    int e = lfs2_file_truncate(c->lfs, &f, size);
    if (e) {
        lfs2_file_close(c->lfs, &f);
        return e;
    }
    TRY(lfs2_file_close(c->lfs, &f));
    struct model_entry *me = model_find(c->m, path);
    uint8_t *nd = calloc(1, size + 1);
    if (me->len && size)
        memcpy(nd, me->data, me->len < size ? me->len : size);
    model_set_file(c->m, path, nd, size);
    free(nd);
    step_end(c);
    return 0;
}

static int op_mkdir(struct ctx *c, const char *path)
{
    snprintf(cur_op, sizeof cur_op, "mkdir %s", path);
    step_begin(c);
    TRY(lfs2_mkdir(c->lfs, path));
    model_mkdir(c->m, path);
    step_end(c);
    return 0;
}

static int op_remove(struct ctx *c, const char *path)
{
    snprintf(cur_op, sizeof cur_op, "remove %s", path);
    step_begin(c);
    TRY(lfs2_remove(c->lfs, path));
    model_remove(c->m, path);
    step_end(c);
    return 0;
}

static int op_rename(struct ctx *c, const char *from, const char *to)
{
    snprintf(cur_op, sizeof cur_op, "rename %s -> %s", from, to);
    step_begin(c);
    TRY(lfs2_rename(c->lfs, from, to));
    model_rename(c->m, from, to);
    step_end(c);
    return 0;
}

static void fill(uint8_t *b, uint32_t n, uint32_t seed)
{
    for (uint32_t i = 0; i < n; i++)
        b[i] = (uint8_t)((i * 7 + (i >> 8) + seed * 31) & 0xff);
}

static int op_two_files(struct ctx *c, const char *a, const char *b, const uint8_t *data, uint32_t len)
{
    snprintf(cur_op, sizeof cur_op, "two files %s %s", a, b);
    step_begin(c);
    lfs2_file_t fa, fb;
    bool ea = model_find(c->m, a) != NULL, eb = model_find(c->m, b) != NULL;
    TRY(lfs2_file_open(c->lfs, &fa, a, LFS2_O_WRONLY | LFS2_O_CREAT | LFS2_O_TRUNC));
    if (!ea) {
        model_set_file(c->m, a, "", 0);
        checkpoint(c);
    }
    int e = lfs2_file_open(c->lfs, &fb, b, LFS2_O_WRONLY | LFS2_O_CREAT | LFS2_O_TRUNC);
    if (e) {
        lfs2_file_close(c->lfs, &fa);
        return e;
    }
    if (!eb) {
        model_set_file(c->m, b, "", 0);
        checkpoint(c);
    }
    int err = 0;
    for (uint32_t i = 0; i < len && !err; i += 100) {
        uint32_t n = len - i < 100 ? len - i : 100;
        if (lfs2_file_write(c->lfs, &fa, data + i, n) < 0 || lfs2_file_write(c->lfs, &fb, data + len - i - n, n) < 0)
            err = -1;
        if (!err && i == 100) {
            err = lfs2_file_sync(c->lfs, &fa);
            if (!err) {
                model_set_file(c->m, a, data, i + n);
                checkpoint(c);
            }
        }
    }
    int e1 = lfs2_file_close(c->lfs, &fb);
    if (!err && !e1) {
        uint8_t *rev = malloc(len + 1);
        for (uint32_t i = 0; i < len; i += 100) {
            uint32_t n = len - i < 100 ? len - i : 100;
            memcpy(rev + i, data + len - i - n, n);
        }
        model_set_file(c->m, b, rev, len);
        free(rev);
        checkpoint(c);
    }
    int e2 = lfs2_file_close(c->lfs, &fa);
    if (err || e1 || e2)
        return err ? err : (e1 ? e1 : e2);
    model_set_file(c->m, a, data, len);
    step_end(c);
    return 0;
}

/* ---- the fixed workload ---- */

static const char *pfx(const char *pre, const char *path)
{
    static char bufs[4][96];
    static int k;
    char *b = bufs[k++ % 4];
    snprintf(b, 96, "%s%s", pre, path);
    return b;
}
#define P(s) pfx(pre, s)

static int workload_round(struct ctx *c, const char *pre)
{
    static uint8_t buf[4096];
    char p[64];
    TRY(op_mkdir(c, P("/d1")));
    TRY(op_mkdir(c, P("/d2")));
    TRY(op_mkdir(c, P("/d1/sub")));
    fill(buf, 4096, 1);
    TRY(op_write(c, P("/a.txt"), buf, 0, 0));
    TRY(op_write(c, P("/b.txt"), buf, 1, 0));
    TRY(op_write(c, P("/c63.bin"), buf, 63, 0));
    TRY(op_write(c, P("/c64.bin"), buf, 64, 0));
    TRY(op_write(c, P("/c65.bin"), buf, 65, 0));
    TRY(op_write(c, P("/d.bin"), buf, 600, 0));
    TRY(op_write(c, P("/e.bin"), buf, 2000, 0));
    for (int i = 0; i < 10; i++) {
        fill(buf, 50, (uint32_t)(100 + i));
        TRY(op_append(c, P("/log.txt"), buf, 50));
    }
    fill(buf, 1500, 2);
    TRY(op_write(c, P("/d1/stream.bin"), buf, 1500, 300));
    fill(buf, 100, 3);
    TRY(op_write(c, P("/b.txt"), buf, 100, 0));
    fill(buf, 300, 4);
    TRY(op_write(c, P("/d.bin"), buf, 300, 0));
    fill(buf, 100, 5);
    TRY(op_patch(c, P("/e.bin"), 700, buf, 100));
    TRY(op_patch(c, P("/c63.bin"), 10, buf, 20));
    TRY(op_truncate(c, P("/e.bin"), 1200));
    TRY(op_truncate(c, P("/c65.bin"), 10));
    TRY(op_rename(c, P("/a.txt"), P("/d1/a.txt")));
    TRY(op_rename(c, P("/b.txt"), P("/b2.txt")));
    TRY(op_rename(c, P("/d1/a.txt"), P("/c64.bin")));
    TRY(op_rename(c, P("/d1/sub"), P("/d2/sub")));
    for (int i = 0; i < 30; i++) {
        snprintf(p, sizeof p, "%s/d2/m%02d.txt", pre, i);
        fill(buf, 40, (uint32_t)(200 + i));
        TRY(op_write(c, p, buf, 40, 0));
    }
    for (int i = 0; i < 30; i += 2) {
        snprintf(p, sizeof p, "%s/d2/m%02d.txt", pre, i);
        TRY(op_remove(c, p));
    }
    TRY(op_remove(c, P("/d2/sub")));
    fill(buf, 1700, 6);
    TRY(op_write(c, P("/d1/stream.bin"), buf, 1700, 0));
    TRY(op_remove(c, P("/e.bin")));
    TRY(op_mkdir(c, P("/d3")));
    TRY(op_rename(c, P("/d3"), P("/d2/d3")));
    TRY(op_rename(c, P("/d2/m01.txt"), P("/d2/d3/m01.txt")));
    for (int i = 0; i < 12; i++) {
        fill(buf, 30, (uint32_t)(300 + i));
        TRY(op_append(c, P("/d2/d3/m01.txt"), buf, 30));
    }
    for (int i = 3; i < 30; i += 4) {
        char q[64];
        snprintf(p, sizeof p, "%s/d2/m%02d.txt", pre, i);
        snprintf(q, sizeof q, "%s/d1/r%02d.txt", pre, i);
        TRY(op_rename(c, p, q));
    }
    fill(buf, 3000, 7);
    TRY(op_write(c, P("/big.bin"), buf, 3000, 1000));
    TRY(op_remove(c, P("/big.bin")));
    TRY(op_remove(c, P("/d2/d3/m01.txt")));
    TRY(op_remove(c, P("/d2/d3")));
    return 0;
}


static int workload_fixed(struct ctx *c)
{
    static uint8_t buf[256];
    char pre[32], p[64];
    for (int r = 0; r < 3; r++) {
        snprintf(pre, sizeof pre, "/r%d", r);
        TRY(op_mkdir(c, pre));
        TRY(workload_round(c, pre));
    }
    /* many small files in the root: the root pair (with the superblock) splits */
    for (int i = 0; i < 24; i++) {
        snprintf(p, sizeof p, "/top%02d", i);
        fill(buf, 60, (uint32_t)(400 + i));
        TRY(op_write(c, p, buf, 60, 0));
    }
    for (int i = 0; i < 24; i += 3) {
        snprintf(p, sizeof p, "/top%02d", i);
        TRY(op_remove(c, p));
    }
    TRY(op_remove(c, "/r1/d2/m05.txt"));
    TRY(op_rename(c, "/r0", "/r2/d1/moved-round0"));
    /* a directory renamed over an empty one (the target's pair is orphaned
     * and dropped), two files written at once with a sync in between */
    TRY(op_mkdir(c, "/ea"));
    TRY(op_mkdir(c, "/eb"));
    TRY(op_write(c, "/ea/x", buf, 10, 0));
    TRY(op_rename(c, "/ea", "/eb"));
    TRY(op_mkdir(c, "/r1/ec"));
    TRY(op_rename(c, "/eb", "/r1/ec"));
    fill(buf, 250, 9);
    TRY(op_two_files(c, "/r1/ec/p.bin", "/top01", buf, 250));
    TRY(op_remove(c, "/r2/d1/stream.bin"));
    TRY(op_two_files(c, "/r2/q.bin", "/r1/ec/x", buf, 120));
    return 0;
}

/* ---- a seeded random workload ---- */

static uint64_t rnd(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static int workload_random(struct ctx *c, uint64_t seed, int nops)
{
    static const char *dirs[] = { "", "/x", "/y", "/x/z" };
    static uint8_t buf[2048];
    uint64_t s = seed;
    char p[64], q[64];
    for (int i = 0; i < nops; i++) {
        int d = (int)(rnd(&s) % 4), k = (int)(rnd(&s) % 5);
        snprintf(p, sizeof p, "%s/f%d", dirs[d], k);
        int parent_ok = d == 0 || model_find(c->m, dirs[d]) != NULL;
        struct model_entry *e = parent_ok ? model_find(c->m, p) : NULL;
        int op = (int)(rnd(&s) % 10);
        uint32_t len = (uint32_t)(rnd(&s) % 5 == 0 ? rnd(&s) % 1500 : rnd(&s) % 120);
        fill(buf, len, (uint32_t)rnd(&s));
        if (!parent_ok) {
            /* make the directory */
            const char *dp = d == 3 && !model_find(c->m, "/x") ? "/x" : dirs[d];
            TRY(op_mkdir(c, dp));
            continue;
        }
        if (op <= 2 || !e) {
            TRY(op_write(c, p, buf, len, op == 1 ? 97 : 0));
        } else if (op == 3) {
            if (e->len + len < 2048)
                TRY(op_append(c, p, buf, len));
        } else if (op == 4) {
            uint32_t off = e->len ? (uint32_t)(rnd(&s) % e->len) : 0;
            TRY(op_patch(c, p, off, buf, len % 200));
        } else if (op == 5) {
            TRY(op_truncate(c, p, e->len ? (uint32_t)(rnd(&s) % (e->len + 1)) : 0));
        } else if (op == 6 || op == 7) {
            int d2 = (int)(rnd(&s) % 4), k2 = (int)(rnd(&s) % 5);
            snprintf(q, sizeof q, "%s/f%d", dirs[d2], k2);
            if ((d2 == 0 || model_find(c->m, dirs[d2])) && strcmp(p, q))
                TRY(op_rename(c, p, q));
        } else {
            TRY(op_remove(c, p));
            /* sometimes remove an empty directory */
            for (int j = 3; j >= 1; j--) {
                if (!model_find(c->m, dirs[j]))
                    continue;
                int empty = 1;
                size_t dl = strlen(dirs[j]);
                for (int t = 0; t < c->m->n; t++)
                    if (!strncmp(c->m->e[t].path, dirs[j], dl) && c->m->e[t].path[dl] == '/')
                        empty = 0;
                if (empty && rnd(&s) % 3 == 0) {
                    TRY(op_remove(c, dirs[j]));
                    break;
                }
            }
        }
    }
    return 0;
}

/* ---- harness ---- */

struct run {
    uint8_t *base;
    size_t size;
    int nsteps;
    uint64_t N;
    uint64_t step_end[MAXSTEPS];
    uint64_t acc[MAXSTEPS][MAXACC];
    int nacc[MAXSTEPS];
    struct model base_model;
    uint64_t seed;      /* 0 = fixed workload */
    int nops;
};

static struct fsenv env;
static long long checked, failures;
static int verbose;

static void env_on(uint8_t *mem)
{
    flash_init_buf(&env.flash, mem, (size_t)BS * BC, BS);
    lfs2_flash_config(&env.cfg, &env.bd, &env.flash, 0, BS, BC);
}

static int run_workload(struct run *r, struct ctx *c)
{
    if (r->seed == 0)
        return workload_fixed(c);
    return workload_random(c, r->seed, r->nops);
}

/* Dry run: learn N and the allowed states per step. */
static int prepare(struct run *r, uint64_t seed, int nops)
{
    r->seed = seed;
    r->nops = nops;
    r->size = (size_t)BS * BC;
    r->base = malloc(r->size);
    memset(r->base, 0xff, r->size);
    env_on(r->base);
    if (lfs2_format(&env.lfs, &env.cfg)) {
        printf("FAIL format\n");
        return -1;
    }
    uint8_t *mem = malloc(r->size);
    memcpy(mem, r->base, r->size);
    env_on(mem);
    struct model *m = malloc(sizeof *m);
    model_init(m);
    model_init(&r->base_model);
    int err = lfs2_mount(&env.lfs, &env.cfg);
    flash_reset_counters(&env.flash);
    struct ctx c = { &env.lfs, m, true, 0, r->step_end, r->acc, r->nacc, &env.flash, 0 };
    if (!err)
        err = run_workload(r, &c);
    if (err) {
        printf("FAIL dry run of workload seed %llu: error %d at step %d (%s), %d of %u blocks in use\n", (unsigned long long)seed, err, c.step, cur_op, (int)lfs2_fs_size(&env.lfs), (unsigned)BC);
        return -1;
    }
    r->nsteps = c.step;
    r->N = env.flash.writes;
    /* without a cut the tree must equal the model exactly */
    uint64_t h;
    err = fs_tree_hash(&env.lfs, &h, NULL);
    if (err || h != model_hash(m)) {
        printf("FAIL workload seed %llu: final tree differs from the model (err %d)\n", (unsigned long long)seed, err);
        fs_tree_dump(&env.lfs, stdout);
        return -1;
    }
    struct lfs2_check_report rep;
    if (lfs2_fs_check(&env.lfs, &rep)) {
        printf("FAIL workload seed %llu: fs_check after the dry run: %s\n", (unsigned long long)seed, rep.msg);
        return -1;
    }
    lfs2_unmount(&env.lfs);
    model_free(m);
    free(m);
    free(mem);
    return 0;
}

static int del_cb(lfs2_t *lfs, const char *path, const struct lfs2_info *info, void *user)
{
    (void)lfs;
    (void)info;
    char (*list)[128] = user;
    int i = 0;
    while (list[i][0])
        i++;
    if (i < 255)
        snprintf(list[i], 128, "%s", path);
    return 0;
}

/* Delete everything (deepest first): only the root pair may remain. */
static int leak_check(lfs2_t *lfs, char *why, size_t whylen)
{
    static char list[256][128];
    memset(list, 0, sizeof list);
    int err = fs_walk(lfs, "/", del_cb, list);
    if (err) {
        snprintf(why, whylen, "walk for delete: %d", err);
        return -1;
    }
    int n = 0;
    while (n < 256 && list[n][0])
        n++;
    for (int i = n - 1; i >= 0; i--) {
        err = lfs2_remove(lfs, list[i]);
        if (err) {
            snprintf(why, whylen, "remove %s: %d", list[i], err);
            return -1;
        }
    }
    lfs2_ssize_t used = lfs2_fs_size(lfs);
    if (used != 2) {
        snprintf(why, whylen, "after deleting everything %d blocks in use (want 2): leaked blocks", (int)used);
        return -1;
    }
    struct lfs2_check_report rep;
    if (lfs2_fs_check(lfs, &rep)) {
        snprintf(why, whylen, "fs_check after delete-all: %s", rep.msg);
        return -1;
    }
    /* and the fs still works */
    lfs2_file_t f;
    err = lfs2_file_open(lfs, &f, "/after.txt", LFS2_O_WRONLY | LFS2_O_CREAT);
    if (!err) {
        lfs2_ssize_t w = lfs2_file_write(lfs, &f, "ok", 2);
        err = lfs2_file_close(lfs, &f);
        if (w != 2)
            err = -1;
    }
    if (err) {
        snprintf(why, whylen, "write after recovery: %d", err);
        return -1;
    }
    return 0;
}

static int check_cut(struct run *r, uint64_t k, int mode, bool leaks, uint64_t k2)
{
    static uint8_t *mem;
    static size_t memsize;
    if (memsize < r->size) {
        free(mem);
        mem = malloc(r->size);
        memsize = r->size;
    }
    memcpy(mem, r->base, r->size);
    env_on(mem);
    struct model *m = malloc(sizeof *m);
    model_init(m);
    char why[300] = "";
    int ok = 1;
    int err = lfs2_mount(&env.lfs, &env.cfg);
    if (err) {
        snprintf(why, sizeof why, "base mount %d", err);
        ok = 0;
    }
    flash_reset_counters(&env.flash);
    flash_arm_cut(&env.flash, k, mode, k * 2654435761u + r->seed);
    struct ctx c = { &env.lfs, m, false, 0, NULL, NULL, NULL, &env.flash, 0 };
    if (ok) {
        err = run_workload(r, &c);
        if (!env.flash.dead) {
            snprintf(why, sizeof why, "workload %s without the cut (err %d, writes %llu)",
                     err ? "failed" : "finished", err, (unsigned long long)env.flash.writes);
            ok = 0;
        }
    }
    /* reboot */
    lfs2_unmount(&env.lfs);
    memset(&env.lfs, 0, sizeof env.lfs);
    flash_power_on(&env.flash);
    int step = 0;
    while (step < r->nsteps && r->step_end[step] < k)
        step++;
    if (ok && k2) {
        /* a second power cut while mounting (repair) after the first */
        flash_arm_cut(&env.flash, k2, (int)(k2 % 3), k * 31 + k2);
        if (lfs2_mount(&env.lfs, &env.cfg) == 0)
            lfs2_unmount(&env.lfs);
        memset(&env.lfs, 0, sizeof env.lfs);
        flash_power_on(&env.flash);
    }
    if (ok) {
        err = lfs2_mount(&env.lfs, &env.cfg);
        if (err) {
            snprintf(why, sizeof why, "mount after cut -> %d", err);
            ok = 0;
        }
    }
    if (ok) {
        uint64_t h;
        uint32_t ne;
        err = fs_tree_hash(&env.lfs, &h, &ne);
        int match = 0;
        for (int i = 0; i < r->nacc[step]; i++)
            if (r->acc[step][i] == h)
                match = 1;
        if (err || !match) {
            snprintf(why, sizeof why, "tree after cut in step %d is not an allowed state (walk err %d)", step, err);
            ok = 0;
        }
    }
    if (ok) {
        struct lfs2_check_report rep;
        if (lfs2_fs_check(&env.lfs, &rep)) {
            snprintf(why, sizeof why, "fs_check: %s", rep.msg);
            ok = 0;
        }
    }
    if (ok && leaks && leak_check(&env.lfs, why, sizeof why))
        ok = 0;
    checked++;
    if (!ok) {
        failures++;
        printf("FAIL cut seed=%llu,k=%llu,mode=%d,k2=%llu (step %d, %ux%u): %s\n", (unsigned long long)r->seed,
               (unsigned long long)k, mode, (unsigned long long)k2, step, (unsigned)BC, (unsigned)BS, why);
        if (verbose && env.lfs.mounted)
            fs_tree_dump(&env.lfs, stdout);
    }
    if (env.lfs.mounted)
        lfs2_unmount(&env.lfs);
    model_free(m);
    free(m);
    return ok;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static struct run R;

int main(int argc, char **argv)
{
    bool full = false;
    uint64_t rseed = 1;
    int runs = -1, cuts = -1;
    const char *replay = NULL;
    int nops = 60;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--full"))
            full = true;
        else if (!strcmp(argv[i], "--seed") && i + 1 < argc)
            rseed = strtoull(argv[++i], NULL, 0);
        else if (!strcmp(argv[i], "--runs") && i + 1 < argc)
            runs = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--cuts") && i + 1 < argc)
            cuts = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--replay") && i + 1 < argc)
            replay = argv[++i];
        else if (!strcmp(argv[i], "--geometry") && i + 1 < argc) {
            unsigned a, b;
            if (sscanf(argv[++i], "%ux%u", &a, &b) == 2) {
                BS = a;
                BC = b;
            }
        } else if (!strcmp(argv[i], "--ops") && i + 1 < argc)
            nops = atoi(argv[++i]);
        else if (!strcmp(argv[i], "-v"))
            verbose = 1;
    }
    double t0 = now();
    int cases_pass = 0, cases_fail = 0;
    if (replay) {
        unsigned long long s, k;
        int mode;
        if (sscanf(replay, "%llu,%llu,%d", &s, &k, &mode) != 3)
            return 2;
        verbose = 1;
        if (prepare(&R, s, nops))
            return 1;
        int ok = check_cut(&R, k, mode, true, 0);
        printf("%d passed, %d failed\n", ok, !ok);
        return !ok;
    }
    if (runs < 0) {
        /* exhaustive sweep of the fixed workload */
        if (prepare(&R, 0, 0))
            return 1;
        printf("fixed workload: %d steps, N = %llu flash writes (progs+erases), %dx%d-byte blocks\n",
               R.nsteps, (unsigned long long)R.N, BC, BS);
        long long f0 = failures;
        int nmodes = full ? 3 : 1;
        for (int mi = 0; mi < nmodes; mi++) {
            for (uint64_t k = 1; k <= R.N; k++) {
                int mode = full ? mi : (int)(k % 3);
                check_cut(&R, k, mode, full || k % 5 == 0, 0);
            }
        }
        printf("fixed workload: %lld cut points checked (%s), %lld failures, %.1fs\n",
               (long long)(R.N * (uint64_t)nmodes), full ? "every k in clean, torn-prefix and torn-bits modes"
                                                          : "every k, mode cycling clean/torn-prefix/torn-bits",
               failures - f0, now() - t0);
        if (failures == f0)
            cases_pass++;
        else
            cases_fail++;
        model_free(&R.base_model);
        free(R.base);
        runs = full ? 300 : 10;
        cuts = full ? 100 : 60;
        nops = full ? 150 : 100;
    }
    if (cuts < 0)
        cuts = 100;
    double t1 = now();
    long long c0 = checked, f1 = failures;
    uint64_t sumN = 0;
    for (int ri = 0; ri < runs; ri++) {
        uint64_t seed = rseed + (uint64_t)ri;
        long long fr = failures;
        if (prepare(&R, seed, nops)) {
            cases_fail++;
            continue;
        }
        sumN += R.N;
        uint64_t s = seed * 77 + 1;
        for (int ci = 0; ci < cuts; ci++) {
            uint64_t k = 1 + rnd(&s) % R.N;
            uint64_t k2 = rnd(&s) % 2 ? 1 + rnd(&s) % 4 : 0;
            check_cut(&R, k, (int)(rnd(&s) % 3), true, k2);
        }
        if (failures == fr)
            cases_pass++;
        else
            cases_fail++;
        model_free(&R.base_model);
        free(R.base);
    }
    if (runs > 0)
        printf("random workloads: %d seeds from %llu (%d ops, %llu flash writes each on average), %lld cut points "
               "checked (half with a 2nd cut during the remount), %lld failures, %.1fs\n", runs,
               (unsigned long long)rseed, nops, (unsigned long long)(sumN / (uint64_t)runs), checked - c0,
               failures - f1, now() - t1);
    printf("total: %lld cut points checked, %lld failures, %.1fs\n", checked, failures, now() - t0);
    printf("%d passed, %d failed\n", cases_pass, cases_fail);
    return cases_fail ? 1 : 0;
}
