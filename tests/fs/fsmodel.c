/* tests/fs/fsmodel.c - see fsmodel.h. */
#include "tests/fs/fsmodel.h"
#include <stdlib.h>
#include <string.h>

int fs_walk(lfs2_t *lfs, const char *dir, fs_walk_cb cb, void *user)
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
        char path[512];
        snprintf(path, sizeof path, "%s%s%s", dir, strcmp(dir, "/") ? "/" : "", info.name);
        err = cb(lfs, path, &info, user);
        if (err)
            break;
        if (info.type == LFS2_TYPE_DIR) {
            err = fs_walk(lfs, path, cb, user);
            if (err)
                break;
        }
    }
    lfs2_dir_close(lfs, &d);
    if (err)
        return err;
    return r < 0 ? r : 0;
}

int fs_read_all(lfs2_t *lfs, const char *path, uint8_t **data, lfs2_size_t *len)
{
    lfs2_file_t f;
    int err = lfs2_file_open(lfs, &f, path, LFS2_O_RDONLY);
    if (err)
        return err;
    lfs2_soff_t sz = lfs2_file_size(lfs, &f);
    *data = malloc(sz > 0 ? (size_t)sz : 1);
    lfs2_ssize_t r = lfs2_file_read(lfs, &f, *data, (lfs2_size_t)sz);
    lfs2_file_close(lfs, &f);
    if (r < 0) {
        free(*data);
        *data = NULL;
        return (int)r;
    }
    if (r != sz) {
        free(*data);
        *data = NULL;
        return LFS2_ERR_CORRUPT;
    }
    *len = (lfs2_size_t)sz;
    return 0;
}

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const uint8_t *b = p;
    for (size_t i = 0; i < n; i++) {
        h ^= b[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

uint64_t entry_hash(const char *path, int isdir, const uint8_t *data, uint32_t len)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    h = fnv(h, path, strlen(path) + 1);
    uint8_t t = (uint8_t)(isdir ? 2 : 1);
    h = fnv(h, &t, 1);
    h = fnv(h, &len, sizeof len);
    if (!isdir && len)
        h = fnv(h, data, len);
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 32;
    return h;
}

struct hashctx { uint64_t sum; uint32_t n; };

static int hash_cb(lfs2_t *lfs, const char *path, const struct lfs2_info *info, void *user)
{
    struct hashctx *c = user;
    uint8_t *data = NULL;
    lfs2_size_t len = 0;
    if (info->type == LFS2_TYPE_REG) {
        int err = fs_read_all(lfs, path, &data, &len);
        if (err)
            return err;
        if (len != info->size) {
            free(data);
            return LFS2_ERR_CORRUPT;
        }
    }
    c->sum += entry_hash(path, info->type == LFS2_TYPE_DIR, data, len);
    c->n++;
    free(data);
    return 0;
}

int fs_tree_hash(lfs2_t *lfs, uint64_t *hash, uint32_t *entries)
{
    struct hashctx c = { 0, 0 };
    int err = fs_walk(lfs, "/", hash_cb, &c);
    *hash = c.sum + c.n;
    if (entries)
        *entries = c.n;
    return err;
}

static int dump_cb(lfs2_t *lfs, const char *path, const struct lfs2_info *info, void *user)
{
    (void)lfs;
    fprintf(user, "    %s %s %u\n", info->type == LFS2_TYPE_DIR ? "d" : "f", path, (unsigned)info->size);
    return 0;
}

void fs_tree_dump(lfs2_t *lfs, FILE *out)
{
    int err = fs_walk(lfs, "/", dump_cb, out);
    if (err)
        fprintf(out, "    (walk error %d)\n", err);
}

void model_init(struct model *m)
{
    m->n = 0;
}

void model_free(struct model *m)
{
    for (int i = 0; i < m->n; i++)
        free(m->e[i].data);
    m->n = 0;
}

void model_copy(struct model *dst, const struct model *src)
{
    model_free(dst);
    for (int i = 0; i < src->n; i++) {
        dst->e[i] = src->e[i];
        dst->e[i].data = NULL;
        if (src->e[i].len) {
            dst->e[i].data = malloc(src->e[i].len);
            memcpy(dst->e[i].data, src->e[i].data, src->e[i].len);
        }
    }
    dst->n = src->n;
}

struct model_entry *model_find(struct model *m, const char *path)
{
    for (int i = 0; i < m->n; i++)
        if (!strcmp(m->e[i].path, path))
            return &m->e[i];
    return NULL;
}

void model_set_file(struct model *m, const char *path, const void *data, uint32_t len)
{
    struct model_entry *e = model_find(m, path);
    if (!e) {
        if (m->n >= MODEL_MAX)
            abort();
        e = &m->e[m->n++];
        snprintf(e->path, sizeof e->path, "%s", path);
        e->data = NULL;
    }
    free(e->data);
    e->isdir = 0;
    e->len = len;
    e->data = len ? malloc(len) : NULL;
    if (len)
        memcpy(e->data, data, len);
}

void model_mkdir(struct model *m, const char *path)
{
    if (m->n >= MODEL_MAX)
        abort();
    struct model_entry *e = &m->e[m->n++];
    snprintf(e->path, sizeof e->path, "%s", path);
    e->isdir = 1;
    e->data = NULL;
    e->len = 0;
}

void model_remove(struct model *m, const char *path)
{
    for (int i = 0; i < m->n; i++) {
        if (!strcmp(m->e[i].path, path)) {
            free(m->e[i].data);
            m->e[i] = m->e[--m->n];
            return;
        }
    }
}

void model_rename(struct model *m, const char *from, const char *to)
{
    struct model_entry *src = model_find(m, from);
    if (!src)
        return;
    if (model_find(m, to))
        model_remove(m, to);
    src = model_find(m, from);
    size_t fl = strlen(from);
    for (int i = 0; i < m->n; i++) {
        char *p = m->e[i].path;
        if (!strcmp(p, from) || (!strncmp(p, from, fl) && p[fl] == '/')) {
            char tmp[96];
            snprintf(tmp, sizeof tmp, "%s%s", to, p + fl);
            snprintf(p, sizeof m->e[i].path, "%s", tmp);
        }
    }
    (void)src;
}

uint64_t model_hash(const struct model *m)
{
    uint64_t sum = 0;
    for (int i = 0; i < m->n; i++)
        sum += entry_hash(m->e[i].path, m->e[i].isdir, m->e[i].data, m->e[i].len);
    return sum + (uint64_t)m->n;
}
