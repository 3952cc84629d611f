/* fs/lfs2_priv.h - internals shared by the lfs2_*.c files (not public).
 *
 * Tag layout (big-endian on disk, XOR-chained): valid(1, 0 = valid) |
 * type(11) | id(10) | size(10).  Types used below are the littlefs v2 ones.
 */
#ifndef KILN_FS_LFS2_PRIV_H
#define KILN_FS_LFS2_PRIV_H

#include "fs/lfs2.h"
#include <string.h>

#define LFS2_BLOCK_NULL   ((lfs2_block_t)-1)
#define LFS2_BLOCK_INLINE ((lfs2_block_t)-2)

enum {
    T_NAME        = 0x000,
    T_REG         = 0x001,
    T_DIR         = 0x002,
    T_SUPERBLOCK  = 0x0ff,
    T_STRUCT      = 0x200,
    T_DIRSTRUCT   = 0x200,
    T_INLINE      = 0x201,
    T_CTZ         = 0x202,
    T_USERATTR    = 0x300,
    T_SPLICE      = 0x400,
    T_CREATE      = 0x401,
    T_DELETE      = 0x4ff,
    T_CRC         = 0x500,
    T_FCRC        = 0x5ff,
    T_TAIL        = 0x600,
    T_SOFTTAIL    = 0x600,
    T_HARDTAIL    = 0x601,
    T_GLOBALS     = 0x700,
    T_MOVESTATE   = 0x7ff,
};

#define TAG(type, id, size) \
    (((uint32_t)(type) << 20) | ((uint32_t)(id) << 10) | (uint32_t)(size))

static inline uint32_t tag_type(uint32_t t)  { return (t >> 20) & 0x7ff; }
static inline uint32_t tag_type1(uint32_t t) { return (t >> 20) & 0x700; }
static inline uint32_t tag_chunk(uint32_t t) { return (t >> 20) & 0xff; }
static inline uint32_t tag_id(uint32_t t)    { return (t >> 10) & 0x3ff; }
static inline uint32_t tag_size(uint32_t t)  { return t & 0x3ff; }
static inline bool tag_isdelete(uint32_t t)  { return (t & 0x3ff) == 0x3ff; }
static inline bool tag_isvalid(uint32_t t)   { return !(t & 0x80000000u); }
static inline uint32_t tag_dsize(uint32_t t) { return 4 + (tag_isdelete(t) ? 0 : tag_size(t)); }
static inline bool tag_iscommitcrc(uint32_t t) { return ((t >> 20) & 0x780) == 0x500; }

static inline uint32_t le32(const void *p)
{
    const uint8_t *b = p;
    return (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
}
static inline void put_le32(void *p, uint32_t v)
{
    uint8_t *b = p;
    b[0] = (uint8_t)v; b[1] = (uint8_t)(v >> 8); b[2] = (uint8_t)(v >> 16); b[3] = (uint8_t)(v >> 24);
}
static inline uint32_t be32(const void *p)
{
    const uint8_t *b = p;
    return (uint32_t)b[3] | (uint32_t)b[2] << 8 | (uint32_t)b[1] << 16 | (uint32_t)b[0] << 24;
}
static inline void put_be32(void *p, uint32_t v)
{
    uint8_t *b = p;
    b[3] = (uint8_t)v; b[2] = (uint8_t)(v >> 8); b[1] = (uint8_t)(v >> 16); b[0] = (uint8_t)(v >> 24);
}
static inline uint32_t u32min(uint32_t a, uint32_t b) { return a < b ? a : b; }
static inline uint32_t u32max(uint32_t a, uint32_t b) { return a > b ? a : b; }
static inline uint32_t alignup(uint32_t a, uint32_t al) { return (a + al - 1) / al * al; }
static inline uint32_t aligndown(uint32_t a, uint32_t al) { return a / al * al; }
static inline uint32_t u32ctz(uint32_t a) { return a ? (uint32_t)__builtin_ctz(a) : 32; }
static inline uint32_t u32popc(uint32_t a) { return (uint32_t)__builtin_popcount(a); }
static inline uint32_t u32log2(uint32_t a) { return 31 - (uint32_t)__builtin_clz(a); } /* a > 0 */
static inline bool pair_isnull(const lfs2_block_t p[2])
{
    return p[0] == LFS2_BLOCK_NULL || p[1] == LFS2_BLOCK_NULL;
}
static inline bool pair_eq(const lfs2_block_t a[2], const lfs2_block_t b[2])
{
    return (a[0] == b[0] && a[1] == b[1]) || (a[0] == b[1] && a[1] == b[0]);
}
static inline bool pair_overlap(const lfs2_block_t a[2], const lfs2_block_t b[2])
{
    return a[0] == b[0] || a[0] == b[1] || a[1] == b[0] || a[1] == b[1];
}

/* An attribute to commit: data from buffer, or (buffer == NULL) from disk
 * at (block, off), size taken from the tag. */
struct lfs2_mattr {
    uint32_t tag;
    const void *buffer;
    lfs2_block_t block;
    lfs2_off_t off;
};

/* gstate helpers */
static inline bool gstate_iszero(const lfs2_gstate_t *g)
{
    return g->tag == 0 && g->pair[0] == 0 && g->pair[1] == 0;
}
static inline void gstate_xor(lfs2_gstate_t *a, const lfs2_gstate_t *b)
{
    a->tag ^= b->tag; a->pair[0] ^= b->pair[0]; a->pair[1] ^= b->pair[1];
}
static inline bool gstate_hasmove(const lfs2_gstate_t *g) { return tag_type1(g->tag) != 0; }
static inline uint32_t gstate_orphans(const lfs2_gstate_t *g) { return tag_size(g->tag) & 0x1ff; }
static inline bool gstate_hasmovehere(const lfs2_gstate_t *g, const lfs2_block_t pair[2])
{
    return gstate_hasmove(g) && pair_eq(g->pair, pair);
}

/* lfs2_alloc.c: block device, caches, CRC, allocator */
void lfs2_cache_drop(lfs2_t *lfs, lfs2_cache_t *c);
int lfs2_bd_read(lfs2_t *lfs, const lfs2_cache_t *pcache, lfs2_block_t block,
                 lfs2_off_t off, void *buffer, lfs2_size_t size);
int lfs2_bd_prog(lfs2_t *lfs, lfs2_cache_t *pcache, lfs2_block_t block,
                 lfs2_off_t off, const void *buffer, lfs2_size_t size);
int lfs2_bd_flush(lfs2_t *lfs, lfs2_cache_t *pcache);
int lfs2_bd_erase(lfs2_t *lfs, lfs2_block_t block);
int lfs2_bd_sync(lfs2_t *lfs);
/* compare size bytes at (block, off) with buffer: <0, 0, >0 or error code
 * (errors are returned as values < -1000 - see LFS2_CMP_ERR) */
int lfs2_bd_cmp(lfs2_t *lfs, lfs2_block_t block, lfs2_off_t off,
                const void *buffer, lfs2_size_t size, int *res);
int lfs2_alloc(lfs2_t *lfs, lfs2_block_t *block);
void lfs2_alloc_ack(lfs2_t *lfs);
void lfs2_alloc_reset(lfs2_t *lfs, lfs2_block_t start);
int lfs2_init(lfs2_t *lfs, const struct lfs2_config *cfg);
void lfs2_deinit(lfs2_t *lfs);

/* lfs2_meta.c: metadata pairs */
int lfs2_dir_fetch(lfs2_t *lfs, lfs2_mdir_t *dir, const lfs2_block_t pair[2]);
int32_t lfs2_dir_get(lfs2_t *lfs, const lfs2_mdir_t *dir, uint32_t gmask, uint32_t gtag, void *buffer);
int32_t lfs2_dir_getslice(lfs2_t *lfs, const lfs2_mdir_t *dir, uint32_t gmask, uint32_t gtag,
                          lfs2_off_t goff, void *buffer, lfs2_size_t gsize);
/* like get, also returns the data location of the found tag */
int32_t lfs2_dir_getloc(lfs2_t *lfs, const lfs2_mdir_t *dir, uint32_t gmask, uint32_t gtag,
                        lfs2_off_t *dataoff);
int lfs2_dir_getgstate(lfs2_t *lfs, const lfs2_mdir_t *dir, lfs2_gstate_t *g);
int lfs2_dir_alloc(lfs2_t *lfs, lfs2_mdir_t *dir);
int lfs2_dir_commit(lfs2_t *lfs, lfs2_mdir_t *dir, const struct lfs2_mattr *attrs, int n);
/* collect the live struct + user attributes of id (as disk-sourced mattrs) */
int lfs2_dir_entryattrs(lfs2_t *lfs, const lfs2_mdir_t *dir, uint16_t id,
                        struct lfs2_mattr *out, int max, int *n);

/* lfs2_dir.c */
struct lfs2_lookup {
    lfs2_mdir_t m;          /* pair holding the entry, or where to insert it */
    uint16_t id;            /* its id, or the insertion id; 0x3ff = root */
    const char *name;       /* last component looked at */
    lfs2_size_t namelen;
    bool last;              /* the missing component is the last one */
};
/* >= 0: tag of the entry; LFS2_ERR_NOENT with lk->last: parent exists */
int32_t lfs2_dir_find(lfs2_t *lfs, const char *path, struct lfs2_lookup *lk);
void lfs2_mlist_remove(lfs2_t *lfs, struct lfs2_mlist *h);
int lfs2_fs_pred(lfs2_t *lfs, const lfs2_block_t pair[2], lfs2_mdir_t *pdir);
int lfs2_fs_traverse_(lfs2_t *lfs, int (*cb)(void *, lfs2_block_t), void *data, bool dirstructs);
int lfs2_dir_drop(lfs2_t *lfs, lfs2_mdir_t *pred, lfs2_mdir_t *dir);
void lfs2_fs_preporphans(lfs2_t *lfs, int n);

/* lfs2_file.c */
int lfs2_ctz_traverse(lfs2_t *lfs, const lfs2_cache_t *pcache, lfs2_block_t head,
                      lfs2_size_t size, int (*cb)(void *, lfs2_block_t), void *data);
uint32_t lfs2_ctz_index(lfs2_size_t block_size, lfs2_off_t pos, lfs2_off_t *off);

#endif
