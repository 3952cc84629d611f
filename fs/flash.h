/* fs/flash.h - NOR flash model (Kiln).
 *
 * Owns: a byte array that behaves like NOR flash, backed by RAM or by an
 * mmap'd image file.  Invariants:
 *  - erase sets a whole erase unit (erase_size bytes, = fs block size) to 0xFF;
 *  - program only clears bits; programming a byte that is not 0xFF is a
 *    detected error (FLASH_ERR_NOTERASED) in strict mode (the default) and
 *    nothing is written;
 *  - every read/program/erase is counted;
 *  - power-cut switch: after the k-th program-or-erase (cut_after = k) the
 *    flash is "dead": that op completes (CLEAN), or only partly lands
 *    (TEAR_PREFIX: a prefix of the bytes, TEAR_BITS: a random subset of the
 *    bits to clear), and every later op fails with FLASH_ERR_POWER.
 */
#ifndef KILN_FS_FLASH_H
#define KILN_FS_FLASH_H

#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>

enum {
    FLASH_OK = 0,
    FLASH_ERR_POWER = -1,      /* power was cut: all ops fail */
    FLASH_ERR_NOTERASED = -2,  /* program over a non-erased byte */
    FLASH_ERR_RANGE = -3,      /* address out of range / misaligned erase */
    FLASH_ERR_HOST = -4,       /* host file error */
};

enum flash_cut_mode {
    FLASH_CUT_CLEAN = 0,       /* the k-th op completes, then power fails */
    FLASH_CUT_TEAR_PREFIX = 1, /* only a prefix of the k-th op lands */
    FLASH_CUT_TEAR_BITS = 2,   /* a random subset of its bit changes lands */
};

typedef struct flash {
    uint8_t *mem;
    size_t size;
    uint32_t erase_size;
    bool strict;
    /* counters */
    uint64_t reads, progs, erases;
    uint64_t bytes_read, bytes_prog;
    uint64_t writes;            /* progs + erases, drives the cut */
    /* power cut */
    uint64_t cut_after;         /* 0 = never */
    int cut_mode;
    uint64_t seed;
    bool dead;
    /* backing */
    int fd;                     /* -1 for RAM */
    bool owns_mem;
} flash_t;

/* RAM flash of `size` bytes, all erased. Returns 0 or FLASH_ERR_HOST. */
int flash_init_ram(flash_t *f, size_t size, uint32_t erase_size);
/* Wrap an existing buffer (not freed by flash_close). */
void flash_init_buf(flash_t *f, uint8_t *mem, size_t size, uint32_t erase_size);
/* Image file: mmap'd shared, so the file always equals the flash state.
 * If create, the file is created/truncated to `size` bytes of 0xFF; else
 * size 0 means "use the file's size". */
int flash_open_file(flash_t *f, const char *path, size_t size, uint32_t erase_size, bool create);
void flash_close(flash_t *f);

int flash_read(flash_t *f, uint64_t addr, void *buf, size_t n);
int flash_prog(flash_t *f, uint64_t addr, const void *buf, size_t n);
int flash_erase(flash_t *f, uint64_t addr);   /* addr must be erase_size aligned */
int flash_sync(flash_t *f);

/* Arm the power cut: power fails at the k-th program/erase from now. */
void flash_arm_cut(flash_t *f, uint64_t k, int mode, uint64_t seed);
/* Power back on: clear dead flag and the cut. Counters are kept. */
void flash_power_on(flash_t *f);
void flash_reset_counters(flash_t *f);

#endif
