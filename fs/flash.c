/* fs/flash.c - NOR flash model, see flash.h for the contract.
 * Invariant: mem[] always holds exactly what a real NOR part would hold after
 * the same sequence of operations (including a torn final op at a cut). */
#include "fs/flash.h"

#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/stat.h>

int flash_init_ram(flash_t *f, size_t size, uint32_t erase_size)
{
    memset(f, 0, sizeof(*f));
    f->mem = malloc(size ? size : 1);
    if (!f->mem)
        return FLASH_ERR_HOST;
    memset(f->mem, 0xff, size);
    f->size = size;
    f->erase_size = erase_size;
    f->strict = true;
    f->fd = -1;
    f->owns_mem = true;
    return FLASH_OK;
}

void flash_init_buf(flash_t *f, uint8_t *mem, size_t size, uint32_t erase_size)
{
    memset(f, 0, sizeof(*f));
    f->mem = mem;
    f->size = size;
    f->erase_size = erase_size;
    f->strict = true;
    f->fd = -1;
}

int flash_open_file(flash_t *f, const char *path, size_t size, uint32_t erase_size, bool create)
{
    memset(f, 0, sizeof(*f));
    f->fd = -1;
    int fd = open(path, create ? (O_RDWR | O_CREAT | O_TRUNC) : O_RDWR, 0644);
    if (fd < 0)
        return FLASH_ERR_HOST;
    if (create) {
        uint8_t chunk[4096];
        memset(chunk, 0xff, sizeof chunk);
        size_t left = size;
        while (left) {
            size_t n = left < sizeof chunk ? left : sizeof chunk;
            if (write(fd, chunk, n) != (ssize_t)n) {
                close(fd);
                return FLASH_ERR_HOST;
            }
            left -= n;
        }
    } else {
        struct stat st;
        if (fstat(fd, &st) < 0) {
            close(fd);
            return FLASH_ERR_HOST;
        }
        if (size == 0)
            size = (size_t)st.st_size;
        if ((size_t)st.st_size < size) {
            close(fd);
            return FLASH_ERR_RANGE;
        }
    }
    if (size == 0) {
        close(fd);
        return FLASH_ERR_RANGE;
    }
    void *m = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (m == MAP_FAILED) {
        close(fd);
        return FLASH_ERR_HOST;
    }
    f->mem = m;
    f->size = size;
    f->erase_size = erase_size;
    f->strict = true;
    f->fd = fd;
    return FLASH_OK;
}

void flash_close(flash_t *f)
{
    if (f->fd >= 0) {
        msync(f->mem, f->size, MS_SYNC);
        munmap(f->mem, f->size);
        close(f->fd);
    } else if (f->owns_mem) {
        free(f->mem);
    }
    f->mem = NULL;
    f->fd = -1;
}

static uint64_t rng_next(uint64_t *s)
{
    /* splitmix64 */
    uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

int flash_read(flash_t *f, uint64_t addr, void *buf, size_t n)
{
    if (f->dead)
        return FLASH_ERR_POWER;
    if (addr > f->size || n > f->size - addr)
        return FLASH_ERR_RANGE;
    memcpy(buf, f->mem + addr, n);
    f->reads++;
    f->bytes_read += n;
    return FLASH_OK;
}

/* Returns true if this op is the one at which power fails. */
static bool hit_cut(flash_t *f)
{
    f->writes++;
    return f->cut_after && f->writes == f->cut_after;
}

int flash_prog(flash_t *f, uint64_t addr, const void *buf, size_t n)
{
    if (f->dead)
        return FLASH_ERR_POWER;
    if (addr > f->size || n > f->size - addr)
        return FLASH_ERR_RANGE;
    const uint8_t *src = buf;
    uint8_t *dst = f->mem + addr;
    if (f->strict) {
        for (size_t i = 0; i < n; i++)
            if (dst[i] != 0xff)
                return FLASH_ERR_NOTERASED;
    }
    f->progs++;
    f->bytes_prog += n;
    if (hit_cut(f)) {
        f->dead = true;
        if (f->cut_mode == FLASH_CUT_TEAR_PREFIX) {
            size_t k = n ? (size_t)(rng_next(&f->seed) % n) : 0;
            for (size_t i = 0; i < k; i++)
                dst[i] &= src[i];
        } else if (f->cut_mode == FLASH_CUT_TEAR_BITS) {
            for (size_t i = 0; i < n; i++)
                dst[i] &= (uint8_t)(src[i] | (uint8_t)rng_next(&f->seed));
        } else {
            for (size_t i = 0; i < n; i++)
                dst[i] &= src[i];
        }
        return FLASH_ERR_POWER;
    }
    for (size_t i = 0; i < n; i++)
        dst[i] &= src[i];
    return FLASH_OK;
}

int flash_erase(flash_t *f, uint64_t addr)
{
    if (f->dead)
        return FLASH_ERR_POWER;
    if (!f->erase_size || addr % f->erase_size || addr + f->erase_size > f->size)
        return FLASH_ERR_RANGE;
    uint8_t *dst = f->mem + addr;
    f->erases++;
    if (hit_cut(f)) {
        f->dead = true;
        if (f->cut_mode == FLASH_CUT_TEAR_PREFIX) {
            size_t k = (size_t)(rng_next(&f->seed) % f->erase_size);
            memset(dst, 0xff, k);
        } else if (f->cut_mode == FLASH_CUT_TEAR_BITS) {
            for (size_t i = 0; i < f->erase_size; i++)
                dst[i] |= (uint8_t)rng_next(&f->seed);
        } else {
            memset(dst, 0xff, f->erase_size);
        }
        return FLASH_ERR_POWER;
    }
    memset(dst, 0xff, f->erase_size);
    return FLASH_OK;
}

int flash_sync(flash_t *f)
{
    if (f->dead)
        return FLASH_ERR_POWER;
    return FLASH_OK;
}

void flash_arm_cut(flash_t *f, uint64_t k, int mode, uint64_t seed)
{
    f->cut_after = k ? f->writes + k : 0;
    f->cut_mode = mode;
    f->seed = seed;
    f->dead = false;
}

void flash_power_on(flash_t *f)
{
    f->dead = false;
    f->cut_after = 0;
}

void flash_reset_counters(flash_t *f)
{
    f->reads = f->progs = f->erases = 0;
    f->bytes_read = f->bytes_prog = 0;
    f->writes = 0;
}
