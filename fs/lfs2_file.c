/* fs/lfs2_file.c - files: inline files and CTZ skip-lists.
 *
 * Owns: file handles and the CTZ skip-list layout (block n >= 1 starts with
 * ctz(n)+1 LE32 pointers to blocks n - 2^i; block 0 has none; the metadata
 * keeps only head block and size).  Invariants:
 *  - an inline file's whole content lives in the handle's cache buffer
 *    (size <= inline_max <= cache_size); it becomes a CTZ file when it
 *    would grow past inline_max;
 *  - a CTZ file is never modified in place: writes go to fresh blocks
 *    (a partly used last block is copied first), and the tail of the old
 *    file after the write position is copied over at flush time;
 *  - WRITING: (block, off) is where the next byte goes and the new chain
 *    holds exactly bytes [0, pos); DIRTY: ctz{head,size} in RAM differs
 *    from the metadata, which changes only at sync/close;
 *  - after an error while writing (e.g. NOSPC), the file is ERRED and sync
 *    commits nothing, so the last synced content stays intact.
 */
#include "fs/lfs2_priv.h"

#include <stdlib.h>

/* ---------------- CTZ maths ---------------- */

/* Bytes of data stored in blocks 0..n-1. */
static uint64_t ctz_before(lfs2_size_t bs, uint32_t n)
{
    if (n == 0)
        return 0;
    return (uint64_t)n * bs - 4u * (2u * (uint64_t)(n - 1) - u32popc(n - 1));
}

uint32_t lfs2_ctz_index(lfs2_size_t bs, lfs2_off_t pos, lfs2_off_t *off)
{
    uint32_t n = pos / bs;
    while (ctz_before(bs, n + 1) <= pos)
        n++;
    *off = (lfs2_off_t)(pos - ctz_before(bs, n)) + (n ? 4 * (u32ctz(n) + 1) : 0);
    return n;
}

/* Block and in-block offset of byte pos (pos < size). */
static int ctz_find(lfs2_t *lfs, const lfs2_cache_t *pcache, lfs2_block_t head, lfs2_size_t size,
                    lfs2_off_t pos, lfs2_block_t *block, lfs2_off_t *off)
{
    if (size == 0) {
        *block = LFS2_BLOCK_NULL;
        *off = 0;
        return 0;
    }
    lfs2_off_t dummy;
    uint32_t cur = lfs2_ctz_index(lfs->block_size, size - 1, &dummy);
    uint32_t target = lfs2_ctz_index(lfs->block_size, pos, off);
    while (cur > target) {
        uint32_t skip = u32min(u32ctz(cur), u32log2(cur - target));
        uint8_t b[4];
        int err = lfs2_bd_read(lfs, pcache, head, 4 * skip, b, 4);
        if (err)
            return err;
        head = le32(b);
        cur -= 1u << skip;
    }
    *block = head;
    return 0;
}

int lfs2_ctz_traverse(lfs2_t *lfs, const lfs2_cache_t *pcache, lfs2_block_t head,
                      lfs2_size_t size, int (*cb)(void *, lfs2_block_t), void *data)
{
    if (size == 0)
        return 0;
    lfs2_off_t dummy;
    uint32_t idx = lfs2_ctz_index(lfs->block_size, size - 1, &dummy);
    for (;;) {
        int err = cb(data, head);
        if (err)
            return err;
        if (idx == 0)
            return 0;
        uint32_t cnt = 2 - (idx & 1);
        uint8_t b[8];
        err = lfs2_bd_read(lfs, pcache, head, 0, b, 4 * cnt);
        if (err)
            return err;
        if (cnt == 2) {
            err = cb(data, le32(b));
            if (err)
                return err;
        }
        head = le32(b + 4 * (cnt - 1));
        idx -= cnt;
    }
}

/* New block continuing a chain whose last byte sits at size-1 in head. */
static int ctz_extend(lfs2_t *lfs, lfs2_file_t *file, lfs2_block_t head, lfs2_size_t size,
                      lfs2_block_t *nblock, lfs2_off_t *noff)
{
    lfs2_block_t nb;
    int err = lfs2_alloc(lfs, &nb);
    if (err)
        return err;
    err = lfs2_bd_erase(lfs, nb);
    if (err)
        return err;
    if (size == 0) {
        *nblock = nb;
        *noff = 0;
        return 0;
    }
    lfs2_off_t eoff;
    uint32_t idx = lfs2_ctz_index(lfs->block_size, size - 1, &eoff);
    eoff += 1;
    if (eoff != lfs->block_size) {
        /* copy the partly used last block */
        uint8_t tmp[64];
        for (lfs2_off_t i = 0; i < eoff; ) {
            lfs2_size_t n = u32min(sizeof tmp, eoff - i);
            err = lfs2_bd_read(lfs, NULL, head, i, tmp, n);
            if (err)
                return err;
            err = lfs2_bd_prog(lfs, &file->cache, nb, i, tmp, n);
            if (err)
                return err;
            i += n;
        }
        *nblock = nb;
        *noff = eoff;
        return 0;
    }
    uint32_t k = u32ctz(idx + 1) + 1;
    lfs2_block_t p = head;
    for (uint32_t i = 0; i < k; i++) {
        uint8_t b[4];
        put_le32(b, p);
        err = lfs2_bd_prog(lfs, &file->cache, nb, 4 * i, b, 4);
        if (err)
            return err;
        if (i != k - 1) {
            err = lfs2_bd_read(lfs, NULL, p, 4 * i, b, 4);
            if (err)
                return err;
            p = le32(b);
        }
    }
    *nblock = nb;
    *noff = 4 * k;
    return 0;
}

/* ---------------- open / close ---------------- */

static lfs2_size_t file_size_now(const lfs2_file_t *f)
{
    if (f->flags & LFS2_F_WRITING)
        return u32max(f->pos, f->ctz.size);
    return f->ctz.size;
}

static void follow_split(lfs2_t *lfs, struct lfs2_mlist *h)
{
    while (h->id >= h->m.count && h->m.split) {
        h->id -= h->m.count;
        lfs2_block_t t[2] = { h->m.tail[0], h->m.tail[1] };
        if (lfs2_dir_fetch(lfs, &h->m, t))
            return;
    }
}

int lfs2_file_opencfg(lfs2_t *lfs, lfs2_file_t *file, const char *path, int flags,
                      const struct lfs2_file_config *cfg)
{
    static const struct lfs2_file_config defcfg = { NULL, NULL, 0 };
    memset(file, 0, sizeof(*file));
    file->cfg = cfg ? cfg : &defcfg;
    file->flags = (uint32_t)flags & 0xffff;
    file->h.type = LFS2_TYPE_REG;
    file->block = LFS2_BLOCK_NULL;
    if (!(flags & 3))
        return LFS2_ERR_INVAL;
    file->cache.buffer = file->cfg->buffer;
    if (!file->cache.buffer) {
        file->cache.buffer = malloc(lfs->cfg->cache_size);
        if (!file->cache.buffer)
            return LFS2_ERR_NOMEM;
        file->alloced = true;
    }
    lfs2_cache_drop(lfs, &file->cache);
    int err;
    struct lfs2_lookup lk;
    int32_t tag = lfs2_dir_find(lfs, path, &lk);
    if (tag < 0 && !(tag == LFS2_ERR_NOENT && lk.last)) {
        err = tag;
        goto fail;
    }
    if (tag == LFS2_ERR_NOENT) {
        if (!(flags & LFS2_O_CREAT)) {
            err = LFS2_ERR_NOENT;
            goto fail;
        }
        if (!(flags & LFS2_O_WRONLY)) {
            err = LFS2_ERR_INVAL;
            goto fail;
        }
        if (lk.namelen > lfs->name_max) {
            err = LFS2_ERR_NAMETOOLONG;
            goto fail;
        }
        struct lfs2_mattr a[3] = {
            { TAG(T_CREATE, lk.id, 0), NULL, 0, 0 },
            { TAG(T_REG, lk.id, lk.namelen), lk.name, 0, 0 },
            { TAG(T_INLINE, lk.id, 0), NULL, 0, 0 },
        };
        lfs2_alloc_ack(lfs);
        err = lfs2_dir_commit(lfs, &lk.m, a, 3);
        if (err)
            goto fail;
        file->h.m = lk.m;
        file->h.id = lk.id;
        follow_split(lfs, &file->h);
        file->ctz.head = LFS2_BLOCK_INLINE;
        file->ctz.size = 0;
        file->flags |= LFS2_F_INLINE;
    } else {
        if ((flags & LFS2_O_CREAT) && (flags & LFS2_O_EXCL)) {
            err = LFS2_ERR_EXIST;
            goto fail;
        }
        if (tag_type((uint32_t)tag) != T_REG) {
            err = LFS2_ERR_ISDIR;
            goto fail;
        }
        file->h.m = lk.m;
        file->h.id = lk.id;
        if ((flags & LFS2_O_TRUNC) && (flags & LFS2_O_WRONLY)) {
            file->ctz.head = LFS2_BLOCK_INLINE;
            file->ctz.size = 0;
            file->flags |= LFS2_F_INLINE | LFS2_F_DIRTY;
        } else {
            uint8_t b[8];
            int32_t s = lfs2_dir_get(lfs, &lk.m, TAG(0x700, 0x3ff, 0), TAG(T_STRUCT, lk.id, 8), b);
            if (s < 0) {
                err = s;
                goto fail;
            }
            if (tag_type((uint32_t)s) == T_INLINE) {
                lfs2_size_t sz = tag_size((uint32_t)s);
                if (sz > lfs->cfg->cache_size) {
                    err = LFS2_ERR_CORRUPT;
                    goto fail;
                }
                s = lfs2_dir_get(lfs, &lk.m, TAG(0x700, 0x3ff, 0), TAG(T_STRUCT, lk.id, sz), file->cache.buffer);
                if (s < 0) {
                    err = s;
                    goto fail;
                }
                file->ctz.head = LFS2_BLOCK_INLINE;
                file->ctz.size = sz;
                file->flags |= LFS2_F_INLINE;
            } else if (tag_type((uint32_t)s) == T_CTZ) {
                file->ctz.head = le32(b);
                file->ctz.size = le32(b + 4);
            } else {
                err = LFS2_ERR_CORRUPT;
                goto fail;
            }
        }
        for (lfs2_size_t i = 0; i < file->cfg->attr_count; i++) {
            const struct lfs2_attr *at = &file->cfg->attrs[i];
            int32_t r = lfs2_dir_getslice(lfs, &lk.m, TAG(0x7ff, 0x3ff, 0),
                                          TAG(T_USERATTR + at->type, lk.id, 0), 0, at->buffer, at->size);
            if (r < 0 && r != LFS2_ERR_NOENT) {
                err = r;
                goto fail;
            }
        }
    }
    file->h.next = lfs->mlist;
    lfs->mlist = &file->h;
    return 0;
fail:
    if (file->alloced)
        free(file->cache.buffer);
    file->cache.buffer = NULL;
    file->alloced = false;
    return err;
}

int lfs2_file_open(lfs2_t *lfs, lfs2_file_t *file, const char *path, int flags)
{
    return lfs2_file_opencfg(lfs, file, path, flags, NULL);
}

/* ---------------- writing ---------------- */

static int file_write_ctz(lfs2_t *lfs, lfs2_file_t *file, const uint8_t *data, lfs2_size_t size)
{
    while (size > 0) {
        if (!(file->flags & LFS2_F_WRITING) || file->off == lfs->block_size) {
            if (!(file->flags & LFS2_F_WRITING)) {
                if (file->pos > 0) {
                    int err = ctz_find(lfs, NULL, file->ctz.head, file->ctz.size, file->pos - 1,
                                       &file->block, &file->off);
                    if (err)
                        return err;
                    file->off += 1;
                } else {
                    file->block = LFS2_BLOCK_NULL;
                    file->off = 0;
                }
            }
            int err = lfs2_bd_flush(lfs, &file->cache);
            if (err)
                return err;
            lfs2_alloc_ack(lfs);
            lfs2_block_t nb = 0;
            lfs2_off_t noff = 0;
            err = ctz_extend(lfs, file, file->block, file->pos, &nb, &noff);
            if (err)
                return err;
            file->block = nb;
            file->off = noff;
            file->flags |= LFS2_F_WRITING;
        }
        lfs2_size_t n = u32min(size, lfs->block_size - file->off);
        int err = lfs2_bd_prog(lfs, &file->cache, file->block, file->off, data, n);
        if (err)
            return err;
        file->off += n;
        file->pos += n;
        data += n;
        size -= n;
    }
    return 0;
}

/* WRITING -> DIRTY: copy the old tail, flush, adopt the new chain. */
static int file_flush(lfs2_t *lfs, lfs2_file_t *file)
{
    file->flags &= ~(uint32_t)LFS2_F_READING;
    if (!(file->flags & LFS2_F_WRITING))
        return 0;
    lfs2_off_t pos = file->pos;
    uint8_t tmp[64];
    while (file->pos < file->ctz.size) {
        lfs2_block_t ob;
        lfs2_off_t oo;
        int err = ctz_find(lfs, NULL, file->ctz.head, file->ctz.size, file->pos, &ob, &oo);
        if (err)
            return err;
        lfs2_size_t n = u32min(u32min(sizeof tmp, lfs->block_size - oo), file->ctz.size - file->pos);
        err = lfs2_bd_read(lfs, NULL, ob, oo, tmp, n);
        if (err)
            return err;
        err = file_write_ctz(lfs, file, tmp, n);
        if (err)
            return err;
    }
    int err = lfs2_bd_flush(lfs, &file->cache);
    if (err)
        return err;
    file->ctz.head = file->block;
    file->ctz.size = file->pos;
    file->flags &= ~(uint32_t)LFS2_F_WRITING;
    file->flags |= LFS2_F_DIRTY;
    file->pos = pos;
    return 0;
}

/* Inline file grows too big: move its content into a CTZ block 0. */
static int file_outline(lfs2_t *lfs, lfs2_file_t *file)
{
    lfs2_alloc_ack(lfs);
    lfs2_block_t nb;
    int err = lfs2_alloc(lfs, &nb);
    if (err)
        return err;
    err = lfs2_bd_erase(lfs, nb);
    if (err)
        return err;
    lfs2_size_t size = file->ctz.size;
    memset(file->cache.buffer + size, 0xff, lfs->cfg->cache_size - size);
    file->cache.block = nb;
    file->cache.off = 0;
    file->cache.size = size;
    file->flags &= ~(uint32_t)LFS2_F_INLINE;
    file->ctz.head = nb;
    if (file->pos == size) {
        file->block = nb;
        file->off = size;
        file->flags |= LFS2_F_WRITING;
        return 0;
    }
    err = lfs2_bd_flush(lfs, &file->cache);
    if (err)
        return err;
    file->flags |= LFS2_F_DIRTY;
    return 0;
}

static lfs2_ssize_t file_write(lfs2_t *lfs, lfs2_file_t *file, const uint8_t *data, lfs2_size_t size)
{
    if (file->flags & LFS2_F_INLINE) {
        if (u32max(file->pos + size, file->ctz.size) > lfs->inline_max) {
            int err = file_outline(lfs, file);
            if (err)
                return err;
        } else {
            if (file->pos > file->ctz.size)
                memset(file->cache.buffer + file->ctz.size, 0, file->pos - file->ctz.size);
            memcpy(file->cache.buffer + file->pos, data, size);
            file->pos += size;
            file->ctz.size = u32max(file->ctz.size, file->pos);
            file->flags |= LFS2_F_DIRTY;
            return (lfs2_ssize_t)size;
        }
    }
    int err = file_write_ctz(lfs, file, data, size);
    if (err)
        return err;
    return (lfs2_ssize_t)size;
}

lfs2_ssize_t lfs2_file_write(lfs2_t *lfs, lfs2_file_t *file, const void *buffer, lfs2_size_t size)
{
    if (!(file->flags & LFS2_O_WRONLY))
        return LFS2_ERR_BADF;
    file->flags &= ~(uint32_t)LFS2_F_READING;
    if ((file->flags & LFS2_O_APPEND) && file->pos != file_size_now(file)) {
        int err = file_flush(lfs, file);
        if (err) {
            file->flags |= LFS2_F_ERRED;
            return err;
        }
        file->pos = file->ctz.size;
    }
    if ((uint64_t)file->pos + size > lfs->file_max)
        return LFS2_ERR_FBIG;
    if (size == 0)
        return 0;
    if (!(file->flags & LFS2_F_WRITING) && file->pos > file->ctz.size
        && !(file->flags & LFS2_F_INLINE && file->pos + size <= lfs->inline_max)) {
        /* fill the gap with zeros */
        lfs2_off_t target = file->pos;
        file->pos = file->ctz.size;
        uint8_t z[64];
        memset(z, 0, sizeof z);
        while (file->pos < target) {
            lfs2_ssize_t r = file_write(lfs, file, z, u32min(sizeof z, target - file->pos));
            if (r < 0) {
                file->flags |= LFS2_F_ERRED;
                return r;
            }
        }
    }
    lfs2_ssize_t r = file_write(lfs, file, buffer, size);
    if (r < 0)
        file->flags |= LFS2_F_ERRED;
    return r;
}

int lfs2_file_sync(lfs2_t *lfs, lfs2_file_t *file)
{
    if (file->flags & LFS2_F_ERRED)
        return 0;
    int err = file_flush(lfs, file);
    if (err) {
        file->flags |= LFS2_F_ERRED;
        return err;
    }
    if ((file->flags & LFS2_F_DIRTY) && !pair_isnull(file->h.m.pair)) {
        struct lfs2_mattr a[1 + 16];
        int n = 0;
        uint8_t cb[8];
        if (file->flags & LFS2_F_INLINE) {
            a[n++] = (struct lfs2_mattr){ TAG(T_INLINE, file->h.id, file->ctz.size), file->cache.buffer, 0, 0 };
        } else {
            put_le32(cb, file->ctz.head);
            put_le32(cb + 4, file->ctz.size);
            a[n++] = (struct lfs2_mattr){ TAG(T_CTZ, file->h.id, 8), cb, 0, 0 };
        }
        for (lfs2_size_t i = 0; i < file->cfg->attr_count && n < 17; i++) {
            const struct lfs2_attr *at = &file->cfg->attrs[i];
            if (at->size > lfs->attr_max)
                return LFS2_ERR_NOSPC;
            a[n++] = (struct lfs2_mattr){ TAG(T_USERATTR + at->type, file->h.id, at->size),
                                          at->buffer ? at->buffer : "", 0, 0 };
        }
        err = lfs2_dir_commit(lfs, &file->h.m, a, n);
        if (err) {
            file->flags |= LFS2_F_ERRED;
            return err;
        }
        file->flags &= ~(uint32_t)LFS2_F_DIRTY;
    }
    return 0;
}

int lfs2_file_close(lfs2_t *lfs, lfs2_file_t *file)
{
    int err = 0;
    if (file->flags & LFS2_O_WRONLY)
        err = lfs2_file_sync(lfs, file);
    lfs2_mlist_remove(lfs, &file->h);
    if (file->alloced)
        free(file->cache.buffer);
    file->cache.buffer = NULL;
    file->alloced = false;
    return err;
}

/* ---------------- reading / seeking ---------------- */

lfs2_ssize_t lfs2_file_read(lfs2_t *lfs, lfs2_file_t *file, void *buffer, lfs2_size_t size)
{
    if (!(file->flags & LFS2_O_RDONLY))
        return LFS2_ERR_BADF;
    if (file->flags & LFS2_F_WRITING) {
        int err = file_flush(lfs, file);
        if (err) {
            file->flags |= LFS2_F_ERRED;
            return err;
        }
    }
    if (file->pos >= file->ctz.size)
        return 0;
    size = u32min(size, file->ctz.size - file->pos);
    uint8_t *data = buffer;
    if (file->flags & LFS2_F_INLINE) {
        memcpy(data, file->cache.buffer + file->pos, size);
        file->pos += size;
        return (lfs2_ssize_t)size;
    }
    lfs2_size_t left = size;
    while (left > 0) {
        if (!(file->flags & LFS2_F_READING) || file->off == lfs->block_size) {
            int err = ctz_find(lfs, NULL, file->ctz.head, file->ctz.size, file->pos, &file->block, &file->off);
            if (err)
                return err;
            file->flags |= LFS2_F_READING;
        }
        lfs2_size_t n = u32min(left, lfs->block_size - file->off);
        int err = lfs2_bd_read(lfs, NULL, file->block, file->off, data, n);
        if (err)
            return err;
        file->off += n;
        file->pos += n;
        data += n;
        left -= n;
    }
    return (lfs2_ssize_t)size;
}

lfs2_soff_t lfs2_file_seek(lfs2_t *lfs, lfs2_file_t *file, lfs2_soff_t off, int whence)
{
    int64_t npos;
    if (whence == LFS2_SEEK_SET)
        npos = off;
    else if (whence == LFS2_SEEK_CUR)
        npos = (int64_t)file->pos + off;
    else if (whence == LFS2_SEEK_END)
        npos = (int64_t)file_size_now(file) + off;
    else
        return LFS2_ERR_INVAL;
    if (npos < 0 || npos > (int64_t)lfs->file_max)
        return LFS2_ERR_INVAL;
    if ((lfs2_off_t)npos == file->pos)
        return (lfs2_soff_t)npos;
    if (file->flags & LFS2_F_WRITING) {
        int err = file_flush(lfs, file);
        if (err) {
            file->flags |= LFS2_F_ERRED;
            return err;
        }
    }
    file->flags &= ~(uint32_t)LFS2_F_READING;
    file->pos = (lfs2_off_t)npos;
    return (lfs2_soff_t)npos;
}

lfs2_soff_t lfs2_file_tell(lfs2_t *lfs, lfs2_file_t *file)
{
    (void)lfs;
    return (lfs2_soff_t)file->pos;
}

int lfs2_file_rewind(lfs2_t *lfs, lfs2_file_t *file)
{
    lfs2_soff_t r = lfs2_file_seek(lfs, file, 0, LFS2_SEEK_SET);
    return r < 0 ? (int)r : 0;
}

lfs2_soff_t lfs2_file_size(lfs2_t *lfs, lfs2_file_t *file)
{
    (void)lfs;
    return (lfs2_soff_t)file_size_now(file);
}

int lfs2_file_truncate(lfs2_t *lfs, lfs2_file_t *file, lfs2_off_t size)
{
    if (!(file->flags & LFS2_O_WRONLY))
        return LFS2_ERR_BADF;
    if (size > lfs->file_max)
        return LFS2_ERR_INVAL;
    lfs2_off_t pos = file->pos;
    lfs2_size_t old = file_size_now(file);
    if (size < old) {
        int err = file_flush(lfs, file);
        if (err) {
            file->flags |= LFS2_F_ERRED;
            return err;
        }
        if (file->flags & LFS2_F_INLINE) {
            file->ctz.size = size;
        } else if (size == 0) {
            lfs2_cache_drop(lfs, &file->cache);
            file->ctz.head = LFS2_BLOCK_INLINE;
            file->ctz.size = 0;
            file->flags |= LFS2_F_INLINE;
        } else {
            lfs2_block_t b;
            lfs2_off_t o;
            err = ctz_find(lfs, NULL, file->ctz.head, file->ctz.size, size - 1, &b, &o);
            if (err)
                return err;
            file->ctz.head = b;
            file->ctz.size = size;
        }
        file->flags |= LFS2_F_DIRTY;
        file->flags &= ~(uint32_t)LFS2_F_READING;
    } else if (size > old) {
        lfs2_soff_t r = lfs2_file_seek(lfs, file, (lfs2_soff_t)old, LFS2_SEEK_SET);
        if (r < 0)
            return (int)r;
        uint8_t z[64];
        memset(z, 0, sizeof z);
        while (file->pos < size) {
            lfs2_ssize_t w = lfs2_file_write(lfs, file, z, u32min(sizeof z, size - file->pos));
            if (w < 0)
                return (int)w;
        }
    }
    lfs2_soff_t r = lfs2_file_seek(lfs, file, (lfs2_soff_t)pos, LFS2_SEEK_SET);
    return r < 0 ? (int)r : 0;
}
