/* fs/lfs2_flash.h - glue: an lfs2 block device on a flash_t region.
 * Owns: the mapping block -> flash address (base + block * block_size) and
 * the defaults Kiln uses (MicroPython VfsLfs2: read/prog 32, cache 128,
 * lookahead 32, block_cycles 100). Flash errors become LFS2_ERR_IO. */
#ifndef KILN_FS_LFS2_FLASH_H
#define KILN_FS_LFS2_FLASH_H

#include "fs/flash.h"
#include "fs/lfs2.h"

struct lfs2_flash_bd {
    flash_t *flash;
    uint64_t base;
    lfs2_size_t block_size;
    int last_flash_err;         /* last FLASH_ERR_* seen (0 if none) */
};

/* Fill cfg with callbacks on bd and the MicroPython defaults. */
void lfs2_flash_config(struct lfs2_config *cfg, struct lfs2_flash_bd *bd, flash_t *f,
                       uint64_t base, lfs2_size_t block_size, lfs2_size_t block_count);

/* Find a littlefs superblock in the region [base, base+size) of f: fills
 * block size/count from it. Returns 0, or LFS2_ERR_INVAL if none. */
int lfs2_flash_probe(flash_t *f, uint64_t base, uint64_t size, lfs2_size_t *block_size,
                     lfs2_size_t *block_count, uint32_t *version);

#endif
