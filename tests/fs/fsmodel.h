/* tests/fs/fsmodel.h - helpers for the fs tests: a RAM flash with an lfs2
 * on it, a recursive walk, an order-independent hash of a whole tree, and
 * a small reference model of a tree (paths -> file contents / dirs). */
#ifndef KILN_TESTS_FS_FSMODEL_H
#define KILN_TESTS_FS_FSMODEL_H

#include "fs/flash.h"
#include "fs/lfs2.h"
#include "fs/lfs2_flash.h"
#include <stdint.h>
#include <stdio.h>

struct fsenv {
    flash_t flash;
    struct lfs2_flash_bd bd;
    struct lfs2_config cfg;
    lfs2_t lfs;
};

/* Walk every entry under dir (recursive, littlefs order); cb gets the full
 * path. Returns 0 or the first error. */
typedef int (*fs_walk_cb)(lfs2_t *lfs, const char *path, const struct lfs2_info *info, void *user);
int fs_walk(lfs2_t *lfs, const char *dir, fs_walk_cb cb, void *user);

/* Read a whole file into a malloc'd buffer. */
int fs_read_all(lfs2_t *lfs, const char *path, uint8_t **data, lfs2_size_t *len);

/* Order-independent hash of the tree (paths, types, contents). */
int fs_tree_hash(lfs2_t *lfs, uint64_t *hash, uint32_t *entries);
/* Print the tree (for failure reports). */
void fs_tree_dump(lfs2_t *lfs, FILE *out);

#define MODEL_MAX 256
struct model_entry {
    char path[96];
    int isdir;
    uint8_t *data;
    uint32_t len;
};
struct model {
    struct model_entry e[MODEL_MAX];
    int n;
};
void model_init(struct model *m);
void model_free(struct model *m);
void model_copy(struct model *dst, const struct model *src);
struct model_entry *model_find(struct model *m, const char *path);
void model_set_file(struct model *m, const char *path, const void *data, uint32_t len);
void model_mkdir(struct model *m, const char *path);
void model_remove(struct model *m, const char *path);
void model_rename(struct model *m, const char *from, const char *to);
uint64_t model_hash(const struct model *m);

uint64_t entry_hash(const char *path, int isdir, const uint8_t *data, uint32_t len);

#endif
