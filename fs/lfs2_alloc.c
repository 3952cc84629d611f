/* fs/lfs2_alloc.c - block device layer, caches, CRC and block allocator.
 *
 * Owns: the read cache (rcache), the metadata prog cache (pcache), the
 * per-call "pending cache" lookup (a file's own cache), CRC-32, and the
 * lookahead allocator.  Invariants:
 *  - a prog cache only ever grows contiguously from a prog_size-aligned
 *    start, and is flushed padded with 0xFF to a prog_size multiple;
 *  - the rcache never serves bytes that were programmed after it was
 *    loaded (it is dropped on any prog/flush/erase of its block);
 *  - the allocator hands out a block only if no committed metadata, no open
 *    file and no earlier allocation since the last ack uses it; after
 *    scanning block_count blocks without an ack it answers NOSPC.
 */
#include "fs/lfs2_priv.h"

#include <stdlib.h>

static const uint32_t crc_nibble[16] = {
    0x00000000, 0x1db71064, 0x3b6e20c8, 0x26d930ac, 0x76dc4190, 0x6b6b51f4, 0x4db26158, 0x5005713c,
    0xedb88320, 0xf00f9344, 0xd6d6a3e8, 0xcb61b38c, 0x9b64c2b0, 0x86d3d2d4, 0xa00ae278, 0xbdbdf21c,
};

uint32_t lfs2_crc(uint32_t crc, const void *buffer, size_t size)
{
    const uint8_t *p = buffer;
    for (size_t i = 0; i < size; i++) {
        crc = (crc >> 4) ^ crc_nibble[(crc ^ p[i]) & 0xf];
        crc = (crc >> 4) ^ crc_nibble[(crc ^ ((uint32_t)p[i] >> 4)) & 0xf];
    }
    return crc;
}

void lfs2_cache_drop(lfs2_t *lfs, lfs2_cache_t *c)
{
    c->block = LFS2_BLOCK_NULL;
    c->off = 0;
    c->size = 0;
    if (c->buffer)
        memset(c->buffer, 0xff, lfs->cfg->cache_size);
}

int lfs2_bd_read(lfs2_t *lfs, const lfs2_cache_t *pcache, lfs2_block_t block,
                 lfs2_off_t off, void *buffer, lfs2_size_t size)
{
    uint8_t *data = buffer;
    const struct lfs2_config *cfg = lfs->cfg;
    if (block >= lfs->block_count || off > lfs->block_size || size > lfs->block_size - off)
        return LFS2_ERR_CORRUPT;
    while (size > 0) {
        lfs2_size_t diff = size;
        if (pcache && pcache->block == block && off < pcache->off + pcache->size) {
            if (off >= pcache->off) {
                diff = u32min(diff, pcache->size - (off - pcache->off));
                memcpy(data, pcache->buffer + (off - pcache->off), diff);
                data += diff; off += diff; size -= diff;
                continue;
            }
            diff = u32min(diff, pcache->off - off);
        }
        lfs2_cache_t *rc = &lfs->rcache;
        if (rc->block == block && off < rc->off + rc->size) {
            if (off >= rc->off) {
                diff = u32min(diff, rc->size - (off - rc->off));
                memcpy(data, rc->buffer + (off - rc->off), diff);
                data += diff; off += diff; size -= diff;
                continue;
            }
            diff = u32min(diff, rc->off - off);
        }
        if (off % cfg->read_size == 0 && diff >= cfg->read_size) {
            diff = aligndown(diff, cfg->read_size);
            int err = cfg->read(cfg, block, off, data, diff);
            if (err)
                return err < 0 ? err : LFS2_ERR_IO;
            data += diff; off += diff; size -= diff;
            continue;
        }
        rc->block = block;
        rc->off = aligndown(off, cfg->read_size);
        rc->size = u32min(cfg->cache_size, lfs->block_size - rc->off);
        int err = cfg->read(cfg, block, rc->off, rc->buffer, rc->size);
        if (err) {
            lfs2_cache_drop(lfs, rc);
            return err < 0 ? err : LFS2_ERR_IO;
        }
    }
    return 0;
}

int lfs2_bd_cmp(lfs2_t *lfs, lfs2_block_t block, lfs2_off_t off,
                const void *buffer, lfs2_size_t size, int *res)
{
    const uint8_t *data = buffer;
    uint8_t tmp[32];
    *res = 0;
    while (size > 0) {
        lfs2_size_t n = u32min(size, sizeof tmp);
        int err = lfs2_bd_read(lfs, NULL, block, off, tmp, n);
        if (err)
            return err;
        int c = memcmp(tmp, data, n);
        if (c) {
            *res = c < 0 ? -1 : 1;
            return 0;
        }
        data += n; off += n; size -= n;
    }
    return 0;
}

static void rcache_forget(lfs2_t *lfs, lfs2_block_t block)
{
    if (lfs->rcache.block == block)
        lfs2_cache_drop(lfs, &lfs->rcache);
}

int lfs2_bd_flush(lfs2_t *lfs, lfs2_cache_t *pc)
{
    int err = 0;
    if (pc->block != LFS2_BLOCK_NULL && pc->block != LFS2_BLOCK_INLINE && pc->size > 0) {
        lfs2_size_t n = u32min(alignup(pc->size, lfs->cfg->prog_size), lfs->block_size - pc->off);
        rcache_forget(lfs, pc->block);
        err = lfs->cfg->prog(lfs->cfg, pc->block, pc->off, pc->buffer, n);
        if (err > 0)
            err = LFS2_ERR_IO;
    }
    lfs2_cache_drop(lfs, pc);
    return err;
}

int lfs2_bd_prog(lfs2_t *lfs, lfs2_cache_t *pc, lfs2_block_t block,
                 lfs2_off_t off, const void *buffer, lfs2_size_t size)
{
    const uint8_t *data = buffer;
    const struct lfs2_config *cfg = lfs->cfg;
    if (block >= lfs->block_count || off > lfs->block_size || size > lfs->block_size - off)
        return LFS2_ERR_CORRUPT;
    while (size > 0) {
        if (pc->block == block && off >= pc->off && off < pc->off + cfg->cache_size) {
            if (off != pc->off + pc->size)
                return LFS2_ERR_INVAL;   /* non-sequential program: a bug */
            lfs2_size_t diff = u32min(size, cfg->cache_size - (off - pc->off));
            memcpy(pc->buffer + (off - pc->off), data, diff);
            pc->size += diff;
            data += diff; off += diff; size -= diff;
            if (pc->size == cfg->cache_size) {
                int err = lfs2_bd_flush(lfs, pc);
                if (err)
                    return err;
            }
            continue;
        }
        int err = lfs2_bd_flush(lfs, pc);
        if (err)
            return err;
        if (off % cfg->prog_size != 0)
            return LFS2_ERR_INVAL;       /* must start aligned: a bug */
        if (size >= cfg->cache_size) {
            /* bulk: program directly */
            lfs2_size_t diff = aligndown(size, cfg->prog_size);
            rcache_forget(lfs, block);
            err = cfg->prog(cfg, block, off, data, diff);
            if (err)
                return err < 0 ? err : LFS2_ERR_IO;
            data += diff; off += diff; size -= diff;
            continue;
        }
        pc->block = block;
        pc->off = off;
        pc->size = 0;
    }
    return 0;
}

int lfs2_bd_erase(lfs2_t *lfs, lfs2_block_t block)
{
    if (block >= lfs->block_count)
        return LFS2_ERR_CORRUPT;
    rcache_forget(lfs, block);
    if (lfs->pcache.block == block)
        lfs2_cache_drop(lfs, &lfs->pcache);
    int err = lfs->cfg->erase(lfs->cfg, block);
    return err > 0 ? LFS2_ERR_IO : err;
}

int lfs2_bd_sync(lfs2_t *lfs)
{
    if (!lfs->cfg->sync)
        return 0;
    int err = lfs->cfg->sync(lfs->cfg);
    return err > 0 ? LFS2_ERR_IO : err;
}

/* ---- allocator ---- */

static int lookahead_mark(void *data, lfs2_block_t block)
{
    lfs2_t *lfs = data;
    if (block >= lfs->block_count)
        return 0;
    lfs2_block_t i = (block + lfs->block_count - lfs->free.off) % lfs->block_count;
    if (i < lfs->free.size)
        lfs->free.buffer[i / 32] |= 1u << (i % 32);
    return 0;
}

void lfs2_alloc_ack(lfs2_t *lfs)
{
    lfs->free.ack = lfs->block_count;
}

void lfs2_alloc_reset(lfs2_t *lfs, lfs2_block_t start)
{
    lfs->free.off = lfs->block_count ? start % lfs->block_count : 0;
    lfs->free.size = 0;
    lfs->free.i = 0;
    lfs2_alloc_ack(lfs);
}

int lfs2_alloc(lfs2_t *lfs, lfs2_block_t *block)
{
    for (;;) {
        while (lfs->free.i < lfs->free.size) {
            if (lfs->free.ack == 0)
                return LFS2_ERR_NOSPC;
            lfs2_block_t i = lfs->free.i++;
            lfs->free.ack--;
            uint32_t bit = 1u << (i % 32);
            if (!(lfs->free.buffer[i / 32] & bit)) {
                lfs->free.buffer[i / 32] |= bit;
                *block = (lfs->free.off + i) % lfs->block_count;
                return 0;
            }
        }
        if (lfs->free.ack == 0)
            return LFS2_ERR_NOSPC;
        /* the next window covers only blocks not scanned since the last
         * ack: blocks handed out since then may not be reachable yet */
        lfs->free.off = (lfs->free.off + lfs->free.size) % lfs->block_count;
        lfs->free.size = u32min(u32min(8 * lfs->cfg->lookahead_size, lfs->block_count), lfs->free.ack);
        lfs->free.i = 0;
        memset(lfs->free.buffer, 0, lfs->cfg->lookahead_size);
        int err = lfs2_fs_traverse_(lfs, lookahead_mark, lfs, false);
        if (err) {
            lfs->free.size = 0;
            return err;
        }
    }
}

/* ---- init ---- */

int lfs2_init(lfs2_t *lfs, const struct lfs2_config *cfg)
{
    memset(lfs, 0, sizeof(*lfs));
    lfs->cfg = cfg;
    if (!cfg->read || !cfg->prog || !cfg->erase || !cfg->read_size || !cfg->prog_size
        || !cfg->cache_size || !cfg->block_size || !cfg->lookahead_size
        || cfg->cache_size % cfg->read_size || cfg->cache_size % cfg->prog_size
        || cfg->block_size % cfg->cache_size || cfg->lookahead_size % 4
        || cfg->block_size < 64 || cfg->prog_size > 256)
        return LFS2_ERR_INVAL;
    lfs->block_size = cfg->block_size;
    lfs->block_count = cfg->block_count;
    lfs->name_max = cfg->name_max ? cfg->name_max : LFS2_NAME_MAX;
    lfs->file_max = cfg->file_max ? cfg->file_max : LFS2_FILE_MAX;
    lfs->attr_max = cfg->attr_max ? cfg->attr_max : LFS2_ATTR_MAX;
    if (lfs->name_max > LFS2_NAME_MAX || lfs->attr_max > LFS2_ATTR_MAX || lfs->file_max > LFS2_FILE_MAX)
        return LFS2_ERR_INVAL;
    lfs->inline_max = u32min(u32min(cfg->cache_size, lfs->attr_max), lfs->block_size / 8);
    lfs->disk_version = LFS2_DISK_VERSION;
    lfs->rcache.buffer = cfg->read_buffer;
    if (!lfs->rcache.buffer) {
        lfs->rcache.buffer = malloc(cfg->cache_size);
        lfs->rbuf_alloced = true;
    }
    lfs->pcache.buffer = cfg->prog_buffer;
    if (!lfs->pcache.buffer) {
        lfs->pcache.buffer = malloc(cfg->cache_size);
        lfs->pbuf_alloced = true;
    }
    lfs->free.buffer = cfg->lookahead_buffer;
    if (!lfs->free.buffer) {
        lfs->free.buffer = malloc(cfg->lookahead_size);
        lfs->lbuf_alloced = true;
    }
    if (!lfs->rcache.buffer || !lfs->pcache.buffer || !lfs->free.buffer) {
        lfs2_deinit(lfs);
        return LFS2_ERR_NOMEM;
    }
    lfs2_cache_drop(lfs, &lfs->rcache);
    lfs2_cache_drop(lfs, &lfs->pcache);
    lfs->root[0] = lfs->root[1] = LFS2_BLOCK_NULL;
    lfs->mlist = NULL;
    return 0;
}

void lfs2_deinit(lfs2_t *lfs)
{
    if (lfs->rbuf_alloced)
        free(lfs->rcache.buffer);
    if (lfs->pbuf_alloced)
        free(lfs->pcache.buffer);
    if (lfs->lbuf_alloced)
        free(lfs->free.buffer);
    lfs->rcache.buffer = lfs->pcache.buffer = NULL;
    lfs->free.buffer = NULL;
    lfs->rbuf_alloced = lfs->pbuf_alloced = lfs->lbuf_alloced = false;
}
