/* fs/lfs2_flash.c - see lfs2_flash.h. */
#include "fs/lfs2_flash.h"
#include "fs/lfs2_priv.h"

static int bd_read(const struct lfs2_config *c, lfs2_block_t block, lfs2_off_t off, void *buf, lfs2_size_t size)
{
    struct lfs2_flash_bd *bd = c->context;
    int e = flash_read(bd->flash, bd->base + (uint64_t)block * bd->block_size + off, buf, size);
    if (e) {
        bd->last_flash_err = e;
        return LFS2_ERR_IO;
    }
    return 0;
}

static int bd_prog(const struct lfs2_config *c, lfs2_block_t block, lfs2_off_t off, const void *buf, lfs2_size_t size)
{
    struct lfs2_flash_bd *bd = c->context;
    int e = flash_prog(bd->flash, bd->base + (uint64_t)block * bd->block_size + off, buf, size);
    if (e) {
        bd->last_flash_err = e;
        return LFS2_ERR_IO;
    }
    return 0;
}

static int bd_erase(const struct lfs2_config *c, lfs2_block_t block)
{
    struct lfs2_flash_bd *bd = c->context;
    int e = flash_erase(bd->flash, bd->base + (uint64_t)block * bd->block_size);
    if (e) {
        bd->last_flash_err = e;
        return LFS2_ERR_IO;
    }
    return 0;
}

static int bd_sync(const struct lfs2_config *c)
{
    struct lfs2_flash_bd *bd = c->context;
    int e = flash_sync(bd->flash);
    if (e) {
        bd->last_flash_err = e;
        return LFS2_ERR_IO;
    }
    return 0;
}

void lfs2_flash_config(struct lfs2_config *cfg, struct lfs2_flash_bd *bd, flash_t *f,
                       uint64_t base, lfs2_size_t block_size, lfs2_size_t block_count)
{
    memset(cfg, 0, sizeof(*cfg));
    bd->flash = f;
    bd->base = base;
    bd->block_size = block_size;
    bd->last_flash_err = 0;
    cfg->context = bd;
    cfg->read = bd_read;
    cfg->prog = bd_prog;
    cfg->erase = bd_erase;
    cfg->sync = bd_sync;
    cfg->read_size = 32;
    cfg->prog_size = 32;
    cfg->block_size = block_size;
    cfg->block_count = block_count;
    cfg->block_cycles = 100;
    cfg->cache_size = block_size < 128 ? block_size : 128;
    cfg->lookahead_size = 32;
}

static int probe_at(flash_t *f, uint64_t addr, uint64_t limit, lfs2_size_t *bs, lfs2_size_t *bc, uint32_t *ver)
{
    uint8_t b[32];
    if (addr + 32 > limit)
        return LFS2_ERR_INVAL;
    if (flash_read(f, addr, b, 32))
        return LFS2_ERR_IO;
    if (memcmp(b + 8, "littlefs", 8) != 0)
        return LFS2_ERR_INVAL;
    /* SUPERBLOCK name tag at 4, INLINESTRUCT tag at 16 (XOR-chained) */
    uint32_t t1 = be32(b + 4) ^ 0xffffffffu;
    uint32_t t2 = be32(b + 16) ^ t1;
    if (t1 != TAG(T_SUPERBLOCK, 0, 8) || tag_type(t2) != T_INLINE || tag_size(t2) < 12)
        return LFS2_ERR_INVAL;
    *ver = le32(b + 20);
    *bs = le32(b + 24);
    *bc = le32(b + 28);
    return 0;
}

int lfs2_flash_probe(flash_t *f, uint64_t base, uint64_t size, lfs2_size_t *block_size,
                     lfs2_size_t *block_count, uint32_t *version)
{
    uint64_t limit = base + size;
    if (probe_at(f, base, limit, block_size, block_count, version) == 0)
        return 0;
    for (lfs2_size_t bs = 128; bs <= 65536; bs *= 2)
        if (probe_at(f, base + bs, limit, block_size, block_count, version) == 0 && *block_size == bs)
            return 0;
    return LFS2_ERR_INVAL;
}
