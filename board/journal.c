// board/journal.c — the boot journal (contract in board/journal.h): a log
// of fixed 256-byte records in JOURNAL_SECTORS erase sectors, power-cut safe.
//
// Record (all integers little-endian; byte offsets):
//     0  4  magic "KJNL"             24  2  tb_len (<= JOURNAL_TB_MAX)
//     4  4  seq (>= 1)               26  1  flags (bit 0: a copy made by reclaim)
//     8  4  boot (>= 1)              27  1  0
//    12  1  cause   13  1  ran       28 192 tb (bytes past tb_len are 0)
//    14  1  end     15  1  safe_reason  220 32 reserved, 0
//    16  4  uptime_ms               252  4  CRC-32 of bytes 0..251 (zlib's:
//    20  4  heap_free                        reflected 0xEDB88320, ~0 in/out)
// A slot (256 bytes at a multiple of 256 in a sector) is FREE when all its
// bytes are 0xFF, VALID when magic, CRC and ranges check, JUNK otherwise (a
// torn program or erase, foreign bytes). Nothing depends on where a record
// sits: `seq` orders the records (each program uses the highest seq + 1), and
// the newest record (highest seq) of a boot is that boot's state.
//
// Writing: a record goes to a FREE slot of the head sector (the one holding
// the newest record), or, when that is full, of the sector with the most
// FREE slots. After a write, if no sector other than the head's is fully
// erased, `reclaim` makes one: it picks the sector (not the head's) holding
// the fewest live records, rewrites each live record forward as a copy (same
// fields, new seq) into FREE slots of other sectors, and only then erases it.
// Live = the newest record of each of the KEEP_LIVE = JOURNAL_KEEP + 1 highest
// boot numbers (the current boot and 16 complete ones), exactly the records
// journal_read reports.
//
// Why 16 complete boots are always kept: there are at most 17 live records.
// Normally reclaim runs right after the first write into a freshly erased
// sector: that sector holds 1 live record and 15 FREE slots, so the other
// three hold at most 16 live records and the one with the fewest holds at
// most 5 — they always fit. Each sector cycle thus frees >= 10 slots for new
// records, whatever the boots wrote (one boot updating 1000 times, or 16
// boots of one record each). Only a boot's superseded records and boots
// older than the 17 newest are ever erased.
// Power cuts (CLEAN, TEAR_PREFIX, TEAR_BITS at any program or erase):
//  - a torn program leaves a JUNK slot (the CRC is the last 4 bytes and covers
//    all the rest; a record whose missing bytes were 0xFF anyway is complete),
//    so the state is the one before or after that write;
//  - a cut while copying leaves the originals in place (copies are identical
//    but newer); a cut while erasing only hits a sector whose live records
//    were all copied first, and whatever stays readable in it is older than
//    its copies or belongs to a boot older than the 17 newest (never reported);
//  - attach only reads; the next append first finishes an interrupted
//    reclaim (no fully erased spare -> reclaim before writing). Each cut
//    can waste one slot until its sector is reclaimed. Tested: a cut at every
//    write of a long scenario in each mode, two cuts (every write x each of
//    the first 10 after recovery), random cuts 3+ writes apart for
//    thousands of boots — all exact. Only cuts every 1-2 writes, sustained,
//    can leave no sector whose live records fit elsewhere; reclaim then
//    takes the sector whose newest live boot is oldest and drops what does
//    not fit (a boot goes missing; nothing wrong is ever reported).
// Reading: journal_read gives the live records, newest boot first (at most
// KEEP_LIVE), the current boot from RAM (so it shows even after a failed
// write); journal_read_region parses a memory image the same way.
// Sector size: 2..16 KiB, a multiple of 256 and of the flash's erase size
// (16 slots per 4 KiB sector, 64 in all).
// Without a flash (flash == NULL, or a region that does not fit), the same
// code runs on a flash model over a static C array (a RAM journal that
// survives re-attaching, i.e. board resets, but not the process).
// State: static C data only (no Python objects, no heap pointers); a failed
// flash op (power cut) stops writing until the next journal_attach.
#include "board/journal.h"

#include <string.h>

#define REC JOURNAL_RECORD_SIZE
#define KEEP_LIVE (JOURNAL_KEEP + 1)
#define SECTOR_MIN 2048
#define SECTOR_MAX 16384
#define SLOTS_MAX (JOURNAL_SECTORS * SECTOR_MAX / REC)
#define RAM_SECTOR 4096
#define FLAG_COPY 0x01

enum { SLOT_FREE, SLOT_VALID, SLOT_JUNK };

typedef struct {
    uint8_t st;
    uint32_t seq, boot;
} slot_t;

static struct {
    flash_t *flash;
    uint64_t offset;
    uint32_t sector_size, per_sector, nslots;
    bool dead;                  // a flash op failed: no writes until re-attach
    slot_t slot[SLOTS_MAX];
    int head;                   // slot of the highest seq, -1 if none
    uint32_t max_seq, max_boot;
    journal_entry_t cur;        // the current boot (boot == 0: none yet)
} J = { .head = -1 };

static flash_t ram_flash;
static uint8_t ram_mem[JOURNAL_SECTORS * RAM_SECTOR];
static bool ram_ready;

// ---------------------------------------------------------------- encoding

static const uint8_t MAGIC[4] = { 'K', 'J', 'N', 'L' };

static uint32_t crc32(const uint8_t *p, size_t n)
{
    static uint32_t table[256];
    static bool ready;
    if (!ready) {
        for (uint32_t i = 0; i < 256; i++) {
            uint32_t c = i;
            for (int k = 0; k < 8; k++)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        ready = true;
    }
    uint32_t c = 0xFFFFFFFFu;
    while (n--)
        c = table[(c ^ *p++) & 0xFF] ^ (c >> 8);
    return ~c;
}

static void put16(uint8_t *p, uint16_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
}

static void put32(uint8_t *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

static uint16_t get16(const uint8_t *p)
{
    return (uint16_t)(p[0] | p[1] << 8);
}

static uint32_t get32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void encode(uint8_t *r, uint32_t seq, const journal_entry_t *e, uint8_t flags)
{
    memset(r, 0, REC);
    memcpy(r, MAGIC, 4);
    put32(r + 4, seq);
    put32(r + 8, e->boot);
    r[12] = e->cause;
    r[13] = e->ran;
    r[14] = e->end;
    r[15] = e->safe_reason;
    put32(r + 16, e->uptime_ms);
    put32(r + 20, e->heap_free);
    uint16_t n = e->tb_len > JOURNAL_TB_MAX ? JOURNAL_TB_MAX : e->tb_len;
    put16(r + 24, n);
    r[26] = flags;
    memcpy(r + 28, e->tb, n);
    put32(r + REC - 4, crc32(r, REC - 4));
}

static void decode(const uint8_t *r, journal_entry_t *e)
{
    memset(e, 0, sizeof(*e));
    e->boot = get32(r + 8);
    e->cause = r[12];
    e->ran = r[13];
    e->end = r[14];
    e->safe_reason = r[15];
    e->uptime_ms = get32(r + 16);
    e->heap_free = get32(r + 20);
    e->tb_len = get16(r + 24);
    memcpy(e->tb, r + 28, e->tb_len);
}

static int classify(const uint8_t *r, slot_t *s)
{
    size_t i = 0;
    while (i < REC && r[i] == 0xFF)
        i++;
    s->seq = s->boot = 0;
    if (i == REC)
        return s->st = SLOT_FREE;
    s->st = SLOT_JUNK;
    if (memcmp(r, MAGIC, 4) || get32(r + REC - 4) != crc32(r, REC - 4))
        return s->st;
    if (get32(r + 4) == 0 || get32(r + 8) == 0 || get16(r + 24) > JOURNAL_TB_MAX)
        return s->st;
    s->seq = get32(r + 4);
    s->boot = get32(r + 8);
    return s->st = SLOT_VALID;
}

// The newest record of each of the highest boot numbers (at most
// min(max, KEEP_LIVE) boots), highest boot first: slot indexes into idx.
static size_t select_newest(const slot_t *s, uint32_t n, uint32_t *idx, size_t max)
{
    size_t cnt = 0;
    uint32_t below = UINT32_MAX;
    if (max > KEEP_LIVE)
        max = KEEP_LIVE;
    while (cnt < max) {
        int best = -1;
        for (uint32_t i = 0; i < n; i++) {
            if (s[i].st != SLOT_VALID || s[i].boot >= below)
                continue;
            if (best < 0 || s[i].boot > s[best].boot || (s[i].boot == s[best].boot && s[i].seq > s[best].seq))
                best = (int)i;
        }
        if (best < 0)
            break;
        idx[cnt++] = (uint32_t)best;
        below = s[best].boot;
    }
    return cnt;
}

// ---------------------------------------------------------------- flash side

static uint64_t slot_addr(uint32_t i)
{
    return J.offset + (uint64_t)(i / J.per_sector) * J.sector_size + (uint64_t)(i % J.per_sector) * REC;
}

static int sector_of(int i)
{
    return i < 0 ? -1 : (int)((uint32_t)i / J.per_sector);
}

static uint32_t free_in(int sec)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < J.per_sector; i++)
        n += J.slot[(uint32_t)sec * J.per_sector + i].st == SLOT_FREE;
    return n;
}

static bool has_spare(void)
{
    int hs = sector_of(J.head);
    for (int s = 0; s < JOURNAL_SECTORS; s++)
        if (s != hs && free_in(s) == J.per_sector)
            return true;
    return false;
}

// A FREE slot outside sector `avoid`: in the head sector if it has one, else
// in the sector with the most (the first after the head's on a tie). -1: none.
static int pick_slot(int avoid)
{
    int hs = sector_of(J.head);
    int sec = -2;                      // -2: not chosen (hs may be -1)
    if (hs >= 0 && hs != avoid && free_in(hs))
        sec = hs;
    uint32_t most = 0;
    for (int d = 1; sec != hs && d <= JOURNAL_SECTORS; d++) {
        int s = (hs + d + JOURNAL_SECTORS) % JOURNAL_SECTORS;
        uint32_t f = s == avoid || s == hs ? 0 : free_in(s);
        if (f > most)
            most = f, sec = s;
    }
    if (sec < 0)
        return -1;
    for (uint32_t i = 0; i < J.per_sector; i++) {
        uint32_t k = (uint32_t)sec * J.per_sector + i;
        if (J.slot[k].st == SLOT_FREE)
            return (int)k;
    }
    return -1;
}

static void op_failed(int r)
{
    if (r != FLASH_ERR_NOTERASED)
        J.dead = true;
}

// Program entry `e` as a new record in slot i. 0 or a flash error.
static int write_slot(uint32_t i, const journal_entry_t *e, uint8_t flags)
{
    uint8_t rec[REC];
    uint32_t seq = J.max_seq + 1;
    encode(rec, seq, e, flags);
    int r = flash_prog(J.flash, slot_addr(i), rec, REC);
    if (r != FLASH_OK) {
        J.slot[i].st = SLOT_JUNK;     // whatever landed is not a record
        op_failed(r);
        return r;
    }
    J.slot[i] = (slot_t){ SLOT_VALID, seq, e->boot };
    J.max_seq = seq;
    J.head = (int)i;
    if (e->boot > J.max_boot)
        J.max_boot = e->boot;
    return 0;
}

static int erase_sector(int sec)
{
    uint64_t base = J.offset + (uint64_t)sec * J.sector_size;
    for (uint32_t a = 0; a < J.sector_size; a += J.flash->erase_size) {
        int r = flash_erase(J.flash, base + a);
        if (r != FLASH_OK) {
            for (uint32_t i = 0; i < J.per_sector; i++)
                J.slot[(uint32_t)sec * J.per_sector + i].st = SLOT_JUNK;
            op_failed(r);
            return r;
        }
    }
    for (uint32_t i = 0; i < J.per_sector; i++)
        J.slot[(uint32_t)sec * J.per_sector + i] = (slot_t){ SLOT_FREE, 0, 0 };
    return 0;
}

// Make a fully erased sector besides the head's: copy the live records of
// the sector with the fewest (newest boots first) elsewhere, erase it. Only
// if no sector's live records fit the free slots elsewhere (many cuts in a
// row), the sector whose newest live boot is the oldest is taken: what does
// not fit (its oldest boots) is dropped.
static void reclaim(void)
{
    uint32_t live[KEEP_LIVE];
    size_t nlive = select_newest(J.slot, J.nslots, live, KEEP_LIVE);
    int hs = sector_of(J.head);
    uint32_t total_free = 0;
    for (int s = 0; s < JOURNAL_SECTORS; s++)
        total_free += free_in(s);
    int victim = -1;
    bool vfits = false;
    uint32_t vlive = 0, vfree = 0, vseq = 0, vboot = 0;
    for (int s = 0; s < JOURNAL_SECTORS; s++) {
        uint32_t n = 0, f = free_in(s), seq = 0, boot = 0;
        if (s == hs || f == J.per_sector)
            continue;                  // the head's, or already erased
        for (size_t k = 0; k < nlive; k++) {
            if (sector_of((int)live[k]) == s) {
                if (!n)
                    boot = J.slot[live[k]].boot;     // live[] is newest boot first
                n++;
            }
        }
        for (uint32_t i = 0; i < J.per_sector; i++) {
            const slot_t *sl = &J.slot[(uint32_t)s * J.per_sector + i];
            if (sl->st == SLOT_VALID && sl->seq > seq)
                seq = sl->seq;
        }
        bool fits = n <= total_free - f;
        bool better;
        if (victim < 0 || fits != vfits)
            better = victim < 0 || fits;
        else if (fits)                 // fewest live, most to gain, oldest
            better = n < vlive || (n == vlive && (f < vfree || (f == vfree && seq < vseq)));
        else                           // drop the oldest boots
            better = boot < vboot || (boot == vboot && n < vlive);
        if (better)
            victim = s, vfits = fits, vlive = n, vfree = f, vseq = seq, vboot = boot;
    }
    if (victim < 0)
        return;
    for (size_t k = 0; k < nlive; k++) {
        if (sector_of((int)live[k]) != victim)
            continue;
        int to = pick_slot(victim);
        if (to < 0)
            break;                     // no room: its oldest boots are dropped
        uint8_t rec[REC];
        int r = flash_read(J.flash, slot_addr(live[k]), rec, REC);
        if (r != FLASH_OK) {
            op_failed(r);
            return;
        }
        slot_t chk;
        if (classify(rec, &chk) != SLOT_VALID)
            continue;
        journal_entry_t e;
        decode(rec, &e);
        while (write_slot((uint32_t)to, &e, FLAG_COPY) != 0) {
            if (J.dead || (to = pick_slot(victim)) < 0)
                return;
        }
    }
    erase_sector(victim);
}

// Append `e` as the newest record; then keep a spare sector.
static void append(const journal_entry_t *e)
{
    if (!J.flash || J.dead)
        return;
    if (!has_spare())
        reclaim();                     // finish one a power cut interrupted
    for (uint32_t tries = 0; tries <= J.nslots; tries++) {
        int i = pick_slot(-1);
        if (i < 0) {
            reclaim();                 // only after repeated power cuts
            if (J.dead)
                return;
            continue;
        }
        if (write_slot((uint32_t)i, e, 0) == 0)
            break;
        if (J.dead)
            return;
    }
    if (!J.dead && !has_spare())
        reclaim();
}

// ---------------------------------------------------------------- public

void journal_attach(flash_t *flash, uint64_t offset, uint32_t sector_size)
{
    J.flash = NULL;
    J.dead = false;
    J.head = -1;
    J.max_seq = J.max_boot = 0;
    memset(&J.cur, 0, sizeof(J.cur));
    bool ok = flash && flash->mem && flash->erase_size && sector_size >= SECTOR_MIN && sector_size <= SECTOR_MAX &&
              sector_size % REC == 0 && sector_size % flash->erase_size == 0 && offset % flash->erase_size == 0 &&
              offset <= flash->size && (uint64_t)JOURNAL_SECTORS * sector_size <= flash->size - offset;
    if (!ok) {
        if (!ram_ready) {
            memset(ram_mem, 0xFF, sizeof(ram_mem));
            ram_ready = true;
        }
        flash_init_buf(&ram_flash, ram_mem, sizeof(ram_mem), RAM_SECTOR);
        flash = &ram_flash;
        offset = 0;
        sector_size = RAM_SECTOR;
    }
    J.flash = flash;
    J.offset = offset;
    J.sector_size = sector_size;
    J.per_sector = sector_size / REC;
    J.nslots = JOURNAL_SECTORS * J.per_sector;
    for (uint32_t i = 0; i < J.nslots; i++) {
        uint8_t rec[REC];
        slot_t *s = &J.slot[i];
        if (flash_read(flash, slot_addr(i), rec, REC) != FLASH_OK) {
            *s = (slot_t){ SLOT_JUNK, 0, 0 };
            J.dead = true;
            continue;
        }
        if (classify(rec, s) != SLOT_VALID)
            continue;
        if (J.head < 0 || s->seq > J.max_seq)
            J.head = (int)i, J.max_seq = s->seq;
        if (s->boot > J.max_boot)
            J.max_boot = s->boot;
    }
}

uint32_t journal_begin(uint8_t cause, uint8_t ran)
{
    if (!J.flash)
        journal_attach(NULL, 0, 0);
    memset(&J.cur, 0, sizeof(J.cur));
    J.cur.boot = ++J.max_boot;
    J.cur.cause = cause;
    J.cur.ran = ran;
    J.cur.end = JOURNAL_RUNNING;
    append(&J.cur);
    return J.cur.boot;
}

void journal_update(const journal_entry_t *e)
{
    if (!J.flash)
        journal_attach(NULL, 0, 0);
    journal_entry_t n = *e;
    n.boot = J.cur.boot ? J.cur.boot : ++J.max_boot;
    if (n.tb_len > JOURNAL_TB_MAX)
        n.tb_len = JOURNAL_TB_MAX;
    memset(n.tb + n.tb_len, 0, JOURNAL_TB_MAX - n.tb_len);
    bool same = J.cur.boot == n.boot && J.cur.cause == n.cause && J.cur.ran == n.ran && J.cur.end == n.end &&
                J.cur.safe_reason == n.safe_reason && J.cur.uptime_ms == n.uptime_ms &&
                J.cur.heap_free == n.heap_free && J.cur.tb_len == n.tb_len && !memcmp(J.cur.tb, n.tb, n.tb_len);
    J.cur = n;
    if (!same)
        append(&J.cur);
}

const journal_entry_t *journal_current(void)
{
    return &J.cur;
}

size_t journal_read(journal_entry_t *out, size_t max)
{
    size_t n = 0;
    if (max && J.cur.boot)
        out[n++] = J.cur;              // RAM knows it even if a write failed
    if (!J.flash || n >= max)
        return n;
    uint32_t idx[KEEP_LIVE];
    size_t cnt = select_newest(J.slot, J.nslots, idx, KEEP_LIVE);
    for (size_t k = 0; k < cnt && n < max && n < KEEP_LIVE; k++) {
        uint8_t rec[REC];
        slot_t chk;
        if (J.slot[idx[k]].boot == J.cur.boot)
            continue;
        if (flash_read(J.flash, slot_addr(idx[k]), rec, REC) != FLASH_OK || classify(rec, &chk) != SLOT_VALID)
            continue;
        decode(rec, &out[n++]);
    }
    return n;
}

size_t journal_read_region(const uint8_t *mem, uint32_t sector_size, journal_entry_t *out, size_t max)
{
    if (sector_size < SECTOR_MIN || sector_size > SECTOR_MAX || sector_size % REC)
        return 0;
    static slot_t s[SLOTS_MAX];
    uint32_t per = sector_size / REC, n = JOURNAL_SECTORS * per;
    for (uint32_t i = 0; i < n; i++)
        classify(mem + (size_t)(i / per) * sector_size + (size_t)(i % per) * REC, &s[i]);
    uint32_t idx[KEEP_LIVE];
    size_t cnt = select_newest(s, n, idx, max);
    for (size_t k = 0; k < cnt; k++)
        decode(mem + (size_t)(idx[k] / per) * sector_size + (size_t)(idx[k] % per) * REC, &out[k]);
    return cnt;
}

const char *journal_end_name(int end)
{
    static const char *const names[] = {
        "running", "soft", "hard", "wdt", "deepsleep", "button", "power", "safe",
    };
    return end >= 0 && end < (int)(sizeof(names) / sizeof(names[0])) ? names[end] : "?";
}
