/* fs/lfs2_meta.c - metadata pairs: fetch, tag lookup, commits, compaction,
 * splitting, and keeping open handles in step with commits.
 *
 * Owns: the on-disk log format of a metadata block (LE32 revision, then
 * commits of XOR-chained big-endian tags ending in a CRC tag padded to the
 * prog_size grid).  Invariants:
 *  - a commit is appended only if the pair's active block was found erased
 *    after its last commit AND the bytes it will cover read back as 0xFF;
 *    otherwise the pair is compacted into its other block (rev + 1);
 *  - compaction carries over exactly the live name/struct/user-attr tags
 *    (a later tag with the same key, or a DELETE of the id, kills a tag;
 *    user attrs are keyed by full type, names/structs by class), the tail
 *    and the pair's share of the global state;
 *  - a pair whose live entries exceed half a block is split: the upper ids
 *    go to a new pair written first, then this pair is compacted with a
 *    hard tail to it (so a cut before that leaves the old pair intact);
 *  - after every successful commit the pair is re-fetched from flash, the
 *    on-disk gstate equals the in-RAM gstate, and every open handle on the
 *    pair has its id shifted (or is moved to the split-off pair).
 */
#include "fs/lfs2_priv.h"

/* ---------------- fetch ---------------- */

int lfs2_dir_fetch(lfs2_t *lfs, lfs2_mdir_t *dir, const lfs2_block_t pair[2])
{
    lfs2_block_t p[2] = { pair[0], pair[1] };
    if (p[0] >= lfs->block_count || p[1] >= lfs->block_count)
        return LFS2_ERR_CORRUPT;
    uint32_t revs[2];
    for (int i = 0; i < 2; i++) {
        uint8_t b[4];
        int err = lfs2_bd_read(lfs, NULL, p[i], 0, b, 4);
        if (err && err != LFS2_ERR_CORRUPT)
            return err;
        revs[i] = err ? 0 : le32(b);
    }
    int r = ((int32_t)(revs[1] - revs[0]) > 0) ? 1 : 0;
    for (int i = 0; i < 2; i++) {
        lfs2_block_t blk = p[(r + i) % 2];
        lfs2_block_t oth = p[(r + i + 1) % 2];
        uint32_t rev = revs[(r + i) % 2];
        uint8_t revb[4];
        put_le32(revb, rev);
        uint32_t crc = lfs2_crc(0xffffffff, revb, 4);
        uint32_t ptag = 0xffffffff;
        lfs2_off_t off = 4;
        lfs2_off_t best_off = 0;
        uint32_t best_etag = 0, best_count = 0;
        lfs2_block_t best_tail[2] = { LFS2_BLOCK_NULL, LFS2_BLOCK_NULL };
        bool best_split = false;
        int32_t tcount = 0;
        lfs2_block_t ttail[2] = { LFS2_BLOCK_NULL, LFS2_BLOCK_NULL };
        bool tsplit = false;
        bool erased = false;
        for (;;) {
            if (off + 4 > lfs->block_size)
                break;
            uint8_t raw[4];
            int err = lfs2_bd_read(lfs, NULL, blk, off, raw, 4);
            if (err) {
                if (err == LFS2_ERR_CORRUPT)
                    break;
                return err;
            }
            uint32_t tag = be32(raw) ^ ptag;
            if (!tag_isvalid(tag)) {
                erased = tag_iscommitcrc(ptag & 0x7fffffff) && off % lfs->cfg->prog_size == 0;
                break;
            }
            if (off + tag_dsize(tag) > lfs->block_size)
                break;
            uint32_t ncrc = lfs2_crc(crc, raw, 4);
            ptag = tag;
            if (tag_iscommitcrc(tag)) {
                if (tag_size(tag) < 4 || tag_isdelete(tag))
                    break;
                uint8_t cb[4];
                err = lfs2_bd_read(lfs, NULL, blk, off + 4, cb, 4);
                if (err) {
                    if (err == LFS2_ERR_CORRUPT)
                        break;
                    return err;
                }
                if (le32(cb) != ncrc)
                    break;
                ptag ^= (tag_chunk(tag) & 1u) << 31;
                lfs->seed ^= ncrc;
                off += tag_dsize(tag);
                best_off = off;
                best_etag = ptag;
                best_count = (uint32_t)tcount;
                best_tail[0] = ttail[0];
                best_tail[1] = ttail[1];
                best_split = tsplit;
                crc = 0xffffffff;
                continue;
            }
            crc = ncrc;
            /* checksum the data */
            lfs2_off_t doff = off + 4, dend = off + tag_dsize(tag);
            uint8_t buf[32];
            while (doff < dend) {
                lfs2_size_t n = u32min(dend - doff, sizeof buf);
                err = lfs2_bd_read(lfs, NULL, blk, doff, buf, n);
                if (err)
                    return err == LFS2_ERR_CORRUPT ? LFS2_ERR_CORRUPT : err;
                crc = lfs2_crc(crc, buf, n);
                doff += n;
            }
            uint32_t t1 = tag_type1(tag);
            if (t1 == T_NAME) {
                if (tag_id(tag) != 0x3ff && (int32_t)tag_id(tag) >= tcount)
                    tcount = (int32_t)tag_id(tag) + 1;
            } else if (t1 == T_SPLICE) {
                tcount += (int8_t)tag_chunk(tag);
                if (tcount < 0)
                    tcount = 0;
            } else if (t1 == T_TAIL && tag_size(tag) >= 8 && !tag_isdelete(tag)) {
                uint8_t tb[8];
                err = lfs2_bd_read(lfs, NULL, blk, off + 4, tb, 8);
                if (err)
                    return err;
                ttail[0] = le32(tb);
                ttail[1] = le32(tb + 4);
                tsplit = tag_chunk(tag) & 1;
            }
            off += tag_dsize(tag);
        }
        if (best_off > 0) {
            dir->pair[0] = blk;
            dir->pair[1] = oth;
            dir->rev = rev;
            dir->off = best_off;
            dir->etag = best_etag;
            dir->count = (uint16_t)best_count;
            dir->tail[0] = best_tail[0];
            dir->tail[1] = best_tail[1];
            dir->split = best_split;
            dir->erased = erased && off == best_off;
            return 0;
        }
    }
    return LFS2_ERR_CORRUPT;
}

/* ---------------- lookups (walk the log backwards) ---------------- */

int32_t lfs2_dir_getloc(lfs2_t *lfs, const lfs2_mdir_t *dir, uint32_t gmask, uint32_t gtag,
                        lfs2_off_t *dataoff)
{
    lfs2_off_t off = dir->off;
    uint32_t ntag = dir->etag;
    bool byid = tag_id(gmask) != 0;
    uint32_t gid = tag_id(gtag);
    if (byid && gstate_hasmovehere(&lfs->gdisk, dir->pair) && tag_id(lfs->gdisk.tag) <= gid)
        gid += 1;   /* the pending move's source is hidden */
    while (off >= 4 + tag_dsize(ntag)) {
        off -= tag_dsize(ntag);
        uint32_t tag = ntag;
        uint8_t raw[4];
        int err = lfs2_bd_read(lfs, NULL, dir->pair[0], off, raw, 4);
        if (err)
            return err;
        ntag = (be32(raw) ^ tag) & 0x7fffffff;
        tag &= 0x7fffffff;
        if (byid && tag_type1(tag) == T_SPLICE && tag_id(tag) <= gid) {
            if (tag == TAG(T_CREATE, gid, 0))
                return LFS2_ERR_NOENT;
            if (tag_type(tag) == T_CREATE)
                gid -= 1;
            else if (tag_type(tag) == T_DELETE)
                gid += 1;
        }
        uint32_t want = (gtag & ~TAG(0, 0x3ff, 0)) | TAG(0, gid & 0x3ff, 0);
        if (gid <= 0x3ff && (gmask & tag) == (gmask & want)) {
            if (tag_isdelete(tag))
                return LFS2_ERR_NOENT;
            if (dataoff)
                *dataoff = off + 4;
            return (int32_t)((tag & ~TAG(0, 0x3ff, 0)) | TAG(0, tag_id(gtag), 0));
        }
    }
    return LFS2_ERR_NOENT;
}

int32_t lfs2_dir_getslice(lfs2_t *lfs, const lfs2_mdir_t *dir, uint32_t gmask, uint32_t gtag,
                          lfs2_off_t goff, void *buffer, lfs2_size_t gsize)
{
    lfs2_off_t doff;
    int32_t tag = lfs2_dir_getloc(lfs, dir, gmask, gtag, &doff);
    if (tag < 0)
        return tag;
    lfs2_size_t have = tag_size((uint32_t)tag);
    lfs2_size_t n = goff < have ? u32min(have - goff, gsize) : 0;
    if (n) {
        int err = lfs2_bd_read(lfs, NULL, dir->pair[0], doff + goff, buffer, n);
        if (err)
            return err;
    }
    if (n < gsize)
        memset((uint8_t *)buffer + n, 0, gsize - n);
    return tag;
}

int32_t lfs2_dir_get(lfs2_t *lfs, const lfs2_mdir_t *dir, uint32_t gmask, uint32_t gtag, void *buffer)
{
    return lfs2_dir_getslice(lfs, dir, gmask, gtag, 0, buffer, tag_size(gtag));
}

int lfs2_dir_getgstate(lfs2_t *lfs, const lfs2_mdir_t *dir, lfs2_gstate_t *g)
{
    uint8_t b[12];
    int32_t tag = lfs2_dir_get(lfs, dir, TAG(0x7ff, 0, 0), TAG(T_MOVESTATE, 0, 12), b);
    if (tag == LFS2_ERR_NOENT)
        return 0;
    if (tag < 0)
        return tag;
    g->tag ^= le32(b);
    g->pair[0] ^= le32(b + 4);
    g->pair[1] ^= le32(b + 8);
    return 0;
}

/* ---------------- the "virtual log": a pair's log followed by new attrs -------- */

struct vlog {
    const lfs2_mdir_t *dir;     /* may have an empty log (off == 4) */
    const struct lfs2_mattr *attrs;
    int n;
};

struct vcur {
    lfs2_off_t off;
    uint32_t ptag;
    int ai;
};

static void vcur_init(struct vcur *c)
{
    c->off = 4;
    c->ptag = 0xffffffff;
    c->ai = 0;
}

static int vlog_next(lfs2_t *lfs, const struct vlog *v, struct vcur *c, struct lfs2_mattr *out)
{
    if (v->dir && c->off < v->dir->off) {
        uint8_t raw[4];
        int err = lfs2_bd_read(lfs, NULL, v->dir->pair[0], c->off, raw, 4);
        if (err)
            return err;
        uint32_t tag = (be32(raw) ^ c->ptag) & 0x7fffffff;
        c->ptag = tag;
        if (tag_iscommitcrc(tag))
            c->ptag ^= (tag_chunk(tag) & 1u) << 31;
        out->tag = tag;
        out->buffer = NULL;
        out->block = v->dir->pair[0];
        out->off = c->off + 4;
        c->off += tag_dsize(tag);
        return 1;
    }
    if (c->ai < v->n) {
        *out = v->attrs[c->ai++];
        return 1;
    }
    return 0;
}

static bool is_entry_class(uint32_t tag)
{
    uint32_t t1 = tag_type1(tag);
    return t1 == T_NAME || t1 == T_STRUCT || t1 == T_USERATTR;
}

/* Is the tag just read (cursor `after` points past it) still live at the end
 * of the log?  Returns 1 and its final id, 0 if superseded/deleted, <0 err. */
static int vlog_live(lfs2_t *lfs, const struct vlog *v, const struct vcur *after,
                     uint32_t tag, uint32_t *fid)
{
    if (!is_entry_class(tag) || tag_id(tag) == 0x3ff || tag_isdelete(tag))
        return 0;
    uint32_t keymask = (tag_type(tag) & 0x100) ? 0x7ff : 0x700;
    uint32_t id = tag_id(tag);
    struct vcur c = *after;
    struct lfs2_mattr m;
    int res;
    while ((res = vlog_next(lfs, v, &c, &m)) == 1) {
        uint32_t ft = m.tag;
        if (tag_type1(ft) == T_SPLICE) {
            uint32_t sid = tag_id(ft);
            if (tag_type(ft) == T_DELETE) {
                if (sid == id)
                    return 0;
                if (sid < id)
                    id--;
            } else if (tag_type(ft) == T_CREATE) {
                if (sid <= id)
                    id++;
            }
        } else if (is_entry_class(ft) && tag_id(ft) == id
                   && (tag_type(ft) & keymask) == (tag_type(tag) & keymask)) {
            return 0;
        }
    }
    if (res < 0)
        return res;
    *fid = id;
    return 1;
}

/* Sum of tag+data sizes of live entries with final id in [begin, end). */
static int vlog_size(lfs2_t *lfs, const struct vlog *v, uint32_t begin, uint32_t end, lfs2_size_t *size)
{
    struct vcur c;
    vcur_init(&c);
    struct lfs2_mattr m;
    int res;
    *size = 0;
    while ((res = vlog_next(lfs, v, &c, &m)) == 1) {
        uint32_t fid;
        int live = vlog_live(lfs, v, &c, m.tag, &fid);
        if (live < 0)
            return live;
        if (live && fid >= begin && fid < end)
            *size += tag_dsize(m.tag);
    }
    return res;
}

int lfs2_dir_entryattrs(lfs2_t *lfs, const lfs2_mdir_t *dir, uint16_t id,
                        struct lfs2_mattr *out, int max, int *n)
{
    struct vlog v = { dir, NULL, 0 };
    struct vcur c;
    vcur_init(&c);
    struct lfs2_mattr m;
    int res;
    *n = 0;
    while ((res = vlog_next(lfs, &v, &c, &m)) == 1) {
        uint32_t t1 = tag_type1(m.tag);
        if (t1 != T_STRUCT && t1 != T_USERATTR)
            continue;
        uint32_t fid;
        int live = vlog_live(lfs, &v, &c, m.tag, &fid);
        if (live < 0)
            return live;
        if (live && fid == id) {
            if (*n >= max)
                return LFS2_ERR_NOSPC;
            out[(*n)++] = m;
        }
    }
    return res;
}

/* ---------------- writing commits ---------------- */

struct commit {
    lfs2_block_t block;
    lfs2_off_t off;
    uint32_t ptag;
    uint32_t crc;
    lfs2_off_t end;   /* tags must end before this (room for the CRC) */
};

static int commit_prog(lfs2_t *lfs, struct commit *c, const void *buf, lfs2_size_t size)
{
    int err = lfs2_bd_prog(lfs, &lfs->pcache, c->block, c->off, buf, size);
    if (err)
        return err;
    c->crc = lfs2_crc(c->crc, buf, size);
    c->off += size;
    return 0;
}

static int commit_attr(lfs2_t *lfs, struct commit *c, uint32_t tag, const struct lfs2_mattr *src)
{
    tag &= 0x7fffffff;
    if (c->off + tag_dsize(tag) > c->end)
        return LFS2_ERR_NOSPC;
    uint8_t raw[4];
    put_be32(raw, tag ^ c->ptag);
    int err = commit_prog(lfs, c, raw, 4);
    if (err)
        return err;
    if (!tag_isdelete(tag) && tag_size(tag) > 0) {
        if (src->buffer) {
            err = commit_prog(lfs, c, src->buffer, tag_size(tag));
            if (err)
                return err;
        } else {
            uint8_t buf[32];
            lfs2_size_t done = 0, size = tag_size(tag);
            while (done < size) {
                lfs2_size_t n = u32min(size - done, sizeof buf);
                err = lfs2_bd_read(lfs, NULL, src->block, src->off + done, buf, n);
                if (err)
                    return err;
                err = commit_prog(lfs, c, buf, n);
                if (err)
                    return err;
                done += n;
            }
        }
    }
    c->ptag = tag;
    return 0;
}

static int commit_crc(lfs2_t *lfs, struct commit *c)
{
    lfs2_off_t end = alignup(c->off + 8, lfs->cfg->prog_size);
    if (end > lfs->block_size)
        return LFS2_ERR_NOSPC;
    uint32_t reset = 0;
    if (end + 4 <= lfs->block_size) {
        uint8_t w[4];
        int err = lfs2_bd_read(lfs, &lfs->pcache, c->block, end, w, 4);
        if (err)
            return err;
        reset = (be32(w) >> 31) ? 0 : 1;
    }
    uint32_t tag = TAG(T_CRC + reset, 0x3ff, end - (c->off + 4));
    uint8_t footer[8];
    put_be32(footer, tag ^ c->ptag);
    c->crc = lfs2_crc(c->crc, footer, 4);
    put_le32(footer + 4, c->crc);
    int err = lfs2_bd_prog(lfs, &lfs->pcache, c->block, c->off, footer, 8);
    if (err)
        return err;
    err = lfs2_bd_flush(lfs, &lfs->pcache);
    if (err)
        return err;
    c->off = end;
    c->ptag = tag ^ (reset << 31);
    c->crc = 0xffffffff;
    return lfs2_bd_sync(lfs);
}

static int write_gstate(lfs2_t *lfs, struct commit *c, const lfs2_gstate_t *g)
{
    uint8_t b[12];
    put_le32(b, g->tag);
    put_le32(b + 4, g->pair[0]);
    put_le32(b + 8, g->pair[1]);
    struct lfs2_mattr m = { 0, b, 0, 0 };
    return commit_attr(lfs, c, TAG(T_MOVESTATE, 0x3ff, 12), &m);
}

/* Append attrs (+ gstate) as one commit.  Returns 1 if it must compact. */
static int dir_append(lfs2_t *lfs, lfs2_mdir_t *dir, const struct lfs2_mattr *attrs, int n,
                      const lfs2_gstate_t *g)
{
    lfs2_size_t size = 0;
    for (int i = 0; i < n; i++)
        size += tag_dsize(attrs[i].tag);
    if (g)
        size += 16;
    lfs2_off_t end = alignup(dir->off + size + 8, lfs->cfg->prog_size);
    if (end > lfs->block_size)
        return 1;
    /* the area must still be erased (a torn earlier commit may lie there) */
    uint8_t buf[32];
    for (lfs2_off_t o = dir->off; o < end; o += sizeof buf) {
        lfs2_size_t k = u32min(sizeof buf, end - o);
        int err = lfs2_bd_read(lfs, NULL, dir->pair[0], o, buf, k);
        if (err)
            return err;
        for (lfs2_size_t i = 0; i < k; i++)
            if (buf[i] != 0xff)
                return 1;
    }
    struct commit c = { dir->pair[0], dir->off, dir->etag, 0xffffffff, lfs->block_size - 8 };
    for (int i = 0; i < n; i++) {
        int err = commit_attr(lfs, &c, attrs[i].tag, &attrs[i]);
        if (err)
            return err;
    }
    if (g) {
        int err = write_gstate(lfs, &c, g);
        if (err)
            return err;
    }
    return commit_crc(lfs, &c);
}

/* Compact the live entries [begin, end) of the virtual log into target's
 * other block, with the given tail and (optionally) gstate delta. */
static int compact_into(lfs2_t *lfs, lfs2_mdir_t *target, const struct vlog *v,
                        uint32_t begin, uint32_t end, const lfs2_block_t tail[2], bool split,
                        const lfs2_gstate_t *g)
{
    lfs2_block_t blk = target->pair[1];
    int err = lfs2_bd_erase(lfs, blk);
    if (err)
        return err;
    uint32_t rev = target->rev + 1;
    struct commit c = { blk, 0, 0xffffffff, 0xffffffff, lfs->block_size - 8 };
    uint8_t revb[4];
    put_le32(revb, rev);
    err = commit_prog(lfs, &c, revb, 4);
    if (err)
        return err;
    struct vcur cur;
    vcur_init(&cur);
    struct lfs2_mattr m;
    int res;
    while ((res = vlog_next(lfs, v, &cur, &m)) == 1) {
        uint32_t fid;
        int live = vlog_live(lfs, v, &cur, m.tag, &fid);
        if (live < 0)
            return live;
        if (!live || fid < begin || fid >= end)
            continue;
        uint32_t t = (m.tag & ~TAG(0, 0x3ff, 0)) | TAG(0, fid - begin, 0);
        err = commit_attr(lfs, &c, t, &m);
        if (err)
            return err;
    }
    if (res < 0)
        return res;
    if (!pair_isnull(tail)) {
        uint8_t tb[8];
        put_le32(tb, tail[0]);
        put_le32(tb + 4, tail[1]);
        struct lfs2_mattr tm = { 0, tb, 0, 0 };
        err = commit_attr(lfs, &c, TAG(T_TAIL + (split ? 1 : 0), 0x3ff, 8), &tm);
        if (err)
            return err;
    }
    if (g && !gstate_iszero(g)) {
        err = write_gstate(lfs, &c, g);
        if (err)
            return err;
    }
    err = commit_crc(lfs, &c);
    if (err)
        return err;
    target->pair[1] = target->pair[0];
    target->pair[0] = blk;
    target->rev = rev;
    return lfs2_dir_fetch(lfs, target, target->pair);
}

int lfs2_dir_alloc(lfs2_t *lfs, lfs2_mdir_t *dir)
{
    for (int i = 0; i < 2; i++) {
        int err = lfs2_alloc(lfs, &dir->pair[(i + 1) % 2]);
        if (err)
            return err;
    }
    uint8_t b[4];
    int err = lfs2_bd_read(lfs, NULL, dir->pair[0], 0, b, 4);
    if (err && err != LFS2_ERR_CORRUPT)
        return err;
    dir->rev = err ? 0 : le32(b);
    dir->off = 4;
    dir->etag = 0xffffffff;
    dir->count = 0;
    dir->erased = false;
    dir->split = false;
    dir->tail[0] = dir->tail[1] = LFS2_BLOCK_NULL;
    return 0;
}

static int dir_compact(lfs2_t *lfs, lfs2_mdir_t *dir, const struct lfs2_mattr *attrs, int n,
                       const lfs2_gstate_t *g)
{
    struct vlog v = { dir, attrs, n };
    int32_t count = dir->count;
    lfs2_block_t tail[2] = { dir->tail[0], dir->tail[1] };
    bool split = dir->split;
    for (int i = 0; i < n; i++) {
        uint32_t t = attrs[i].tag;
        if (tag_type(t) == T_CREATE)
            count++;
        else if (tag_type(t) == T_DELETE)
            count--;
        else if (tag_type1(t) == T_NAME && tag_id(t) != 0x3ff && (int32_t)tag_id(t) >= count)
            count = (int32_t)tag_id(t) + 1;
        else if (tag_type1(t) == T_TAIL) {
            tail[0] = le32(attrs[i].buffer);
            tail[1] = le32((const uint8_t *)attrs[i].buffer + 4);
            split = tag_chunk(t) & 1;
        }
    }
    if (count < 0)
        count = 0;
    uint32_t begin = 0, end = (uint32_t)count;
    lfs2_size_t half = u32min(lfs->block_size - 40, alignup(lfs->block_size / 2, lfs->cfg->prog_size));
    for (;;) {
        uint32_t sp = begin;
        while (end - sp > 1) {
            lfs2_size_t size;
            int err = vlog_size(lfs, &v, sp, end, &size);
            if (err)
                return err;
            if (end - sp < 0xff && size <= half)
                break;
            sp = sp + (end - sp) / 2;
        }
        if (sp == begin)
            break;
        lfs2_mdir_t t;
        int err = lfs2_dir_alloc(lfs, &t);
        if (err == LFS2_ERR_NOSPC) {
            lfs2_size_t size;
            err = vlog_size(lfs, &v, begin, end, &size);
            if (err)
                return err;
            if (size <= lfs->block_size - 40)
                break;      /* no room to split, but it still fits */
            return LFS2_ERR_NOSPC;
        }
        if (err)
            return err;
        err = compact_into(lfs, &t, &v, sp, end, tail, split, NULL);
        if (err)
            return err;
        tail[0] = t.pair[0];
        tail[1] = t.pair[1];
        split = true;
        end = sp;
    }
    return compact_into(lfs, dir, &v, begin, end, tail, split, g);
}

static void mlist_update(lfs2_t *lfs, const lfs2_block_t oldpair[2],
                         const struct lfs2_mattr *attrs, int n, const lfs2_mdir_t *dir)
{
    for (struct lfs2_mlist *h = lfs->mlist; h; h = h->next) {
        if (&h->m == dir || !pair_eq(h->m.pair, oldpair))
            continue;
        bool gone = false;
        for (int i = 0; i < n; i++) {
            uint32_t t = attrs[i].tag, id = tag_id(t);
            if (tag_type(t) == T_DELETE) {
                if (h->id == id && h->type == LFS2_TYPE_REG) {
                    gone = true;
                } else if (h->id > id) {
                    h->id--;
                    if (h->type == LFS2_TYPE_DIR)
                        ((lfs2_dir_t *)h)->pos--;
                }
            } else if (tag_type(t) == T_CREATE) {
                if (h->id >= id) {
                    h->id++;
                    if (h->type == LFS2_TYPE_DIR)
                        ((lfs2_dir_t *)h)->pos++;
                }
            }
        }
        if (gone) {
            h->m.pair[0] = h->m.pair[1] = LFS2_BLOCK_NULL;
            continue;
        }
        h->m = *dir;
    }
    /* handles whose entry moved to a split-off pair follow it */
    for (struct lfs2_mlist *h = lfs->mlist; h; h = h->next) {
        if (pair_isnull(h->m.pair))
            continue;
        while (h->id >= h->m.count && h->m.split && (h->type == LFS2_TYPE_REG || h->id > h->m.count)) {
            h->id -= h->m.count;
            lfs2_block_t t[2] = { h->m.tail[0], h->m.tail[1] };
            if (lfs2_dir_fetch(lfs, &h->m, t))
                break;
        }
    }
}

static int dir_commit_(lfs2_t *lfs, lfs2_mdir_t *dir, const struct lfs2_mattr *attrs, int n);

int lfs2_dir_commit(lfs2_t *lfs, lfs2_mdir_t *dir, const struct lfs2_mattr *attrs, int n)
{
    int err = dir_commit_(lfs, dir, attrs, n);
    if (err) {
        /* the op's pending global-state change (move, orphans, a dropped
         * pair's delta) did not reach the disk: forget it, so a later
         * commit cannot publish a move that never happened */
        lfs->gstate = lfs->gdisk;
        memset(&lfs->gdelta, 0, sizeof lfs->gdelta);
    }
    return err;
}

static int dir_commit_(lfs2_t *lfs, lfs2_mdir_t *dir, const struct lfs2_mattr *attrs, int n)
{
    lfs2_block_t oldpair[2] = { dir->pair[0], dir->pair[1] };
    /* the part of the global state not yet on disk */
    lfs2_gstate_t change = lfs->gstate;
    gstate_xor(&change, &lfs->gdisk);
    gstate_xor(&change, &lfs->gdelta);
    lfs2_gstate_t g = { 0, { 0, 0 } };
    int err = lfs2_dir_getgstate(lfs, dir, &g);
    if (err)
        return err;
    gstate_xor(&g, &change);
    bool wg = !gstate_iszero(&change);

    int res = 1;
    if (dir->erased) {
        res = dir_append(lfs, dir, attrs, n, wg ? &g : NULL);
        if (res < 0) {
            dir->erased = false;
            return res;
        }
        if (res == 0) {
            err = lfs2_dir_fetch(lfs, dir, dir->pair);
            if (err)
                return err;
        }
    }
    if (res == 1) {
        err = dir_compact(lfs, dir, attrs, n, &g);
        if (err) {
            dir->erased = false;
            return err;
        }
    }
    lfs->gdisk = lfs->gstate;
    memset(&lfs->gdelta, 0, sizeof lfs->gdelta);
    mlist_update(lfs, oldpair, attrs, n, dir);

    /* an emptied pair that is not the head of its directory is unlinked */
    if (dir->count == 0 && !pair_eq(dir->pair, lfs->root)) {
        lfs2_mdir_t pdir;
        err = lfs2_fs_pred(lfs, dir->pair, &pdir);
        if (err && err != LFS2_ERR_NOENT)
            return err;
        if (!err && pdir.split) {
            err = lfs2_dir_drop(lfs, &pdir, dir);
            if (err)
                return err;
            for (struct lfs2_mlist *h = lfs->mlist; h; h = h->next) {
                if (pair_eq(h->m.pair, dir->pair)) {
                    h->m = pdir;
                    h->id = pdir.count;
                }
            }
        }
    }
    return 0;
}
