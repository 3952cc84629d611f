// core/gc.c — the Python heap: a fixed region of KILN_GC_BLOCK-byte blocks
// managed by a non-moving, conservative mark-sweep collector.
//
// Layout of the region given to gc_init: [ATB][FTB][blocks...]
//   ATB: 2 bits per block: FREE, HEAD (first block of an allocation), TAIL
//        (continuation), MARK (a HEAD reached during marking).
//   FTB: 1 bit per block: the allocation has a finaliser.
// Invariants: every allocation is HEAD followed by zero or more TAILs; a
// block is MARK only during a collection; allocated memory is zeroed; any
// word (in a root, on the C stack, in a reachable block) that points into an
// allocation — to its start or inside it — keeps it alive.
// No per-object header: sizes are derived from the ATB.
#include <string.h>
#include <setjmp.h>
#include "core/gc.h"
#include "core/mod_builtins.h"
#include "core/config.h"
#include "core/runtime.h"
#include "core/misc.h"
#include "core/class.h"

#define BLOCK KILN_GC_BLOCK
#define WORDS_PER_BLOCK (BLOCK / sizeof(void *))
#define ALL_TAILS 0xaa   // an ATB byte of four TAILs
// Large requests are placed from the top of the heap down, so that growing
// arrays and buffers do not get wedged between small long-lived objects
// (first-fit from the bottom for small ones): much less fragmentation.
#define LARGE_BLOCKS 32
enum { AT_FREE = 0, AT_HEAD = 1, AT_TAIL = 2, AT_MARK = 3 };

static struct {
    uint8_t *atb;           // allocation table
    uint8_t *ftb;           // finaliser table
    uint8_t *ntb;           // no-scan table: the block holds no pointers
    uint8_t *pool;          // first block
    size_t n_blocks;
    size_t cursor;          // next-fit position for small allocations
    size_t top_cursor;      // where the last large allocation started
    size_t rest_cursor;     // where the last small allocation above large_floor ended
    size_t large_floor;     // no large allocation starts below this block
    bool low_full;          // no small run fits below large_floor (until a sweep)
    size_t low_fail;        // the request (blocks) that found the low region full
    size_t last_used;       // high-water mark: no allocation at or above this + 1
    int lock_depth;
    bool auto_collect;
    bool collecting;
    size_t n_collections;
    void (*finaliser)(void *);
    // explicit mark stack of word ranges still to scan (depth-first, so a
    // block with many children takes one entry, not one per child); on
    // overflow the marked blocks from overflow_min up are rescanned
    struct { uint32_t cur, end; } mark_stack[KILN_GC_MARK_STACK];
    size_t mark_sp;
    bool mark_overflow;
    size_t overflow_min;
    struct { void *start; size_t nwords; } roots[16];
    size_t n_roots;
    size_t alloc_since_collect;   // blocks
    size_t threshold;             // blocks allocated between automatic collections
} gc;

static inline int atb_get(size_t b) {
    return (gc.atb[b >> 2] >> ((b & 3) * 2)) & 3;
}

static inline void atb_set(size_t b, int v) {
    uint8_t *p = &gc.atb[b >> 2];
    int sh = (b & 3) * 2;
    *p = (uint8_t)((*p & ~(3 << sh)) | (v << sh));
}

static inline bool ntb_get(size_t b) {
    return (gc.ntb[b >> 3] >> (b & 7)) & 1;
}

static inline void ntb_set(size_t b, bool v) {
    if (v) {
        gc.ntb[b >> 3] |= (uint8_t)(1 << (b & 7));
    } else {
        gc.ntb[b >> 3] &= (uint8_t)~(1 << (b & 7));
    }
}

static inline bool ftb_get(size_t b) {
    return (gc.ftb[b >> 3] >> (b & 7)) & 1;
}

static inline void ftb_set(size_t b, bool v) {
    if (v) {
        gc.ftb[b >> 3] |= (uint8_t)(1 << (b & 7));
    } else {
        gc.ftb[b >> 3] &= (uint8_t)~(1 << (b & 7));
    }
}

static inline void *block_ptr(size_t b) {
    return gc.pool + b * BLOCK;
}

static void sweep_table_init(void);

void gc_init(void *start, void *end) {
    uintptr_t s = ((uintptr_t)start + BLOCK - 1) & ~(uintptr_t)(BLOCK - 1);
    uintptr_t e = (uintptr_t)end & ~(uintptr_t)(BLOCK - 1);
    size_t total = e - s;
    // each block costs BLOCK bytes + 2 bits + 1 bit + 1 bit
    size_t n = (total * 8) / (BLOCK * 8 + 4);
    size_t atb_bytes = (n + 3) / 4;
    size_t ftb_bytes = (n + 7) / 8;
    size_t meta = (atb_bytes + 2 * ftb_bytes + BLOCK - 1) & ~(size_t)(BLOCK - 1);
    if (n > UINT32_MAX / WORDS_PER_BLOCK) {
        n = UINT32_MAX / WORDS_PER_BLOCK;   // mark stack entries are 32-bit word offsets
    }
    while (meta + n * BLOCK > total) {
        n--;
    }
    memset(&gc, 0, sizeof(gc));
    gc.atb = (uint8_t *)s;
    gc.ftb = gc.atb + atb_bytes;
    gc.ntb = gc.ftb + ftb_bytes;
    gc.pool = (uint8_t *)s + meta;
    gc.n_blocks = n;
    memset(gc.atb, 0, meta);
    gc.auto_collect = true;
    gc.top_cursor = n;
    gc.large_floor = n;
    gc.threshold = KILN_GC_THRESHOLD_DIV ? n / KILN_GC_THRESHOLD_DIV : SIZE_MAX;
    sweep_table_init();
}

void gc_set_stack_top(void *top) {
    rt_state.stack_top = (char *)top;
}

void gc_add_root(void *start, size_t nwords) {
    if (gc.n_roots < sizeof(gc.roots) / sizeof(gc.roots[0])) {
        gc.roots[gc.n_roots].start = start;
        gc.roots[gc.n_roots].nwords = nwords;
        gc.n_roots++;
    }
}

void gc_set_finaliser(void (*fin)(void *obj)) {
    gc.finaliser = fin;
}

// During a collection (after marking): will the allocation at ptr survive?
bool gc_is_marked(const void *ptr) {
    if (!gc_is_heap_ptr(ptr)) {
        return true;   // not in the heap: static, never freed
    }
    size_t b = (size_t)((const uint8_t *)ptr - gc.pool) / BLOCK;
    while (b > 0 && atb_get(b) == AT_TAIL) {
        b--;
    }
    return atb_get(b) == AT_MARK;
}

bool gc_is_heap_ptr(const void *ptr) {
    return (const uint8_t *)ptr >= gc.pool && (const uint8_t *)ptr < gc.pool + gc.n_blocks * BLOCK;
}

// ---------------------------------------------------------------- marking
// The first block after the allocation whose head is b.
static inline size_t block_end(size_t b) {
    size_t e = b + 1, n = gc.n_blocks;
    for (; e < n && (e & 3) != 0; e++) {
        if (atb_get(e) != AT_TAIL) {
            return e;
        }
    }
    while (e + 4 <= n && gc.atb[e >> 2] == ALL_TAILS) {
        e += 4;   // four TAILs
    }
    while (e < n && atb_get(e) == AT_TAIL) {
        e++;
    }
    return e;
}

// Set blocks from .. to - 1 (from < to) to the 2-bit value whose four
// copies make the byte `pattern`, a whole ATB byte at a time.
static inline void atb_fill(size_t from, size_t to, unsigned pattern) {
    size_t fb = from >> 2, lb = (to - 1) >> 2;
    unsigned first = (0xffu << (2 * (from & 3))) & 0xff;   // fields from `from` on
    unsigned last = 0xffu >> (2 * (3 - ((to - 1) & 3)));  // fields up to to - 1
    if (fb == lb) {
        first &= last;
    } else {
        for (size_t k = fb + 1; k < lb; k++) {
            gc.atb[k] = (uint8_t)pattern;
        }
        gc.atb[lb] = (uint8_t)((gc.atb[lb] & ~last) | (pattern & last));
    }
    gc.atb[fb] = (uint8_t)((gc.atb[fb] & ~first) | (pattern & first));
}

// b is a HEAD block just marked: queue its words for scanning (none for a
// no-scan block). The caller guarantees nothing, so a full stack records an
// overflow and rescan_overflow() scans b later.
static inline void push_block(size_t b) {
    if (ntb_get(b)) {
        return;   // raw bytes: nothing to follow
    }
    if (gc.mark_sp < KILN_GC_MARK_STACK) {
        gc.mark_stack[gc.mark_sp].cur = (uint32_t)(b * WORDS_PER_BLOCK);
        gc.mark_stack[gc.mark_sp].end = (uint32_t)(block_end(b) * WORDS_PER_BLOCK);
        gc.mark_sp++;
    } else {
        gc.mark_overflow = true;
        if (b < gc.overflow_min) {
            gc.overflow_min = b;
        }
    }
}

// If p points into an allocation whose head is unmarked, return that head
// (marked now); else SIZE_MAX.
static inline size_t mark_head(const void *p) {
    const uint8_t *u = p;
    if (u < gc.pool || u >= gc.pool + gc.n_blocks * BLOCK) {
        return SIZE_MAX;
    }
    size_t b = (size_t)(u - gc.pool) / BLOCK;
    int at = atb_get(b);
    if (at == AT_TAIL) {
        while (b > 0 && atb_get(b) == AT_TAIL) {
            b--;
        }
        at = atb_get(b);
    }
    if (at != AT_HEAD) {
        return SIZE_MAX;
    }
    atb_set(b, AT_MARK);
    return b;
}

static inline void mark_ptr(const void *p) {
    size_t b = mark_head(p);
    if (b != SIZE_MAX) {
        push_block(b);
    }
}

// Depth first: scan the top range until a child with words of its own is
// found, leave the rest of the range on the stack (there is room: the range
// was popped) and go on with the child. The heap's bounds and tables are
// kept in locals: stores into the ATB could alias the globals otherwise.
static void drain_mark_stack(void) {
    const uintptr_t pool = (uintptr_t)gc.pool;
    const uintptr_t span = gc.n_blocks * BLOCK;
    uint8_t *const atb = gc.atb;
    const uint8_t *const ntb = gc.ntb;
    void *const *words = (void *const *)gc.pool;
    size_t sp = gc.mark_sp;
    while (sp > 0) {
        sp--;
        size_t w = gc.mark_stack[sp].cur;
        size_t we = gc.mark_stack[sp].end;
        while (w < we) {
            uintptr_t off = (uintptr_t)words[w++] - pool;
            if (off >= span) {
                continue;   // not a heap pointer
            }
            size_t c = off / BLOCK;
            unsigned at = (atb[c >> 2] >> ((c & 3) * 2)) & 3;
            if (at == AT_TAIL) {
                while (c > 0 && ((atb[c >> 2] >> ((c & 3) * 2)) & 3) == AT_TAIL) {
                    c--;
                }
                at = (atb[c >> 2] >> ((c & 3) * 2)) & 3;
            }
            if (at != AT_HEAD) {
                continue;   // free, or marked already
            }
            atb[c >> 2] |= (uint8_t)(AT_MARK << ((c & 3) * 2));   // HEAD -> MARK
            if ((ntb[c >> 3] >> (c & 7)) & 1) {
                continue;   // no words to follow
            }
            if (w < we) {
                gc.mark_stack[sp].cur = (uint32_t)w;
                sp++;   // .end is unchanged
            }
            if (sp < KILN_GC_MARK_STACK) {
                gc.mark_stack[sp].cur = (uint32_t)(c * WORDS_PER_BLOCK);
                gc.mark_stack[sp].end = (uint32_t)(block_end(c) * WORDS_PER_BLOCK);
                sp++;
            } else {
                gc.mark_overflow = true;
                if (c < gc.overflow_min) {
                    gc.overflow_min = c;
                }
            }
            break;
        }
    }
    gc.mark_sp = 0;
}

static void mark_range(void *const *start, size_t nwords) {
    for (size_t i = 0; i < nwords; i++) {
        mark_ptr(start[i]);
        drain_mark_stack();
    }
}

__attribute__((no_sanitize_address)) __attribute__((noinline))
static void scan_c_stack(void) {
    jmp_buf regs;   // spills callee-saved registers onto the stack
    // setjmp fills only part of a jmp_buf: clear the rest, or stale words
    // left there by deeper calls would be scanned as roots
    memset(&regs, 0, sizeof(regs));
    setjmp(regs);
    void *const *sp = (void *const *)&regs;
    sp = (void *const *)((uintptr_t)sp & ~(uintptr_t)(sizeof(void *) - 1));
    char *top = rt_state.stack_top;
    if (top == NULL || (char *)sp >= top) {
        return;
    }
    size_t n = (size_t)(top - (char *)sp) / sizeof(void *);
    const uintptr_t pool = (uintptr_t)gc.pool, span = gc.n_blocks * BLOCK;
    for (size_t i = 0; i < n; i++) {
        if ((uintptr_t)sp[i] - pool >= span) {
            continue;   // most stack words are not heap pointers
        }
        mark_ptr(sp[i]);
        if (gc.mark_sp > 0) {
            drain_mark_stack();
        }
    }
}

static void rescan_overflow(void) {
    while (gc.mark_overflow) {
        gc.mark_overflow = false;
        size_t from = gc.overflow_min;
        gc.overflow_min = SIZE_MAX;
        for (size_t b = from; b <= gc.last_used && b < gc.n_blocks; b++) {
            if (atb_get(b) == AT_MARK) {
                push_block(b);   // the stack is empty here: never overflows
                drain_mark_stack();
            }
        }
    }
}

// Sweeping four blocks (one ATB byte) at once: sweep_table[byte | freeing << 8]
// gives the swept byte (bits 0-7), whether a TAIL that follows belongs to a
// freed allocation (bit 8), 1 + the index of the last surviving block (bits
// 9-11, 0: none), 1 + the index of the last marked head (bits 12-14, 0: none)
// and 1 + the index of the last TAIL of a surviving allocation that began
// before the byte (bits 15-17, 0: none). Built once by sweep_table_init();
// bytes with a finaliser bit are swept block by block.
static uint32_t sweep_table[512];

static void sweep_table_init(void) {
    for (unsigned i = 0; i < 512; i++) {
        unsigned v = i & 255, out = 0, last_live = 0, last_mark = 0, lead = 0;
        bool freeing = i >> 8, leading = true;
        for (unsigned k = 0; k < 4; k++) {
            unsigned at = (v >> (2 * k)) & 3, nv = AT_FREE;
            if (at == AT_HEAD) {
                freeing = true;
            } else if (at == AT_TAIL) {
                if (!freeing) {
                    nv = AT_TAIL;
                    last_live = k + 1;
                    if (leading) {
                        lead = k + 1;
                    }
                }
            } else if (at == AT_MARK) {
                nv = AT_HEAD;
                freeing = false;
                last_live = last_mark = k + 1;
            } else {
                freeing = false;
            }
            if (at != AT_TAIL) {
                leading = false;
            }
            out |= nv << (2 * k);
        }
        sweep_table[i] = out | (unsigned)freeing << 8 | last_live << 9 | last_mark << 12 | lead << 15;
    }
}

typedef struct {
    bool freeing;        // a TAIL here belongs to a freed allocation
    size_t new_last;     // the last surviving block
    size_t live_start;   // the head of the last surviving allocation
    size_t floor;        // the lowest surviving large allocation
} sweep_state_t;

// Sweep blocks b..b+3 (b a multiple of 4, none with a finaliser).
static inline void sweep4(size_t b, sweep_state_t *st) {
    uint32_t t = sweep_table[gc.atb[b >> 2] | (unsigned)st->freeing << 8];
    gc.atb[b >> 2] = (uint8_t)t;
    st->freeing = (t >> 8) & 1;
    unsigned lead = (t >> 15) & 7;
    if (lead && b + lead - st->live_start >= LARGE_BLOCKS && st->live_start < st->floor) {
        st->floor = st->live_start;   // a surviving large allocation
    }
    if (t & (7u << 12)) {
        st->live_start = b + ((t >> 12) & 7) - 1;
    }
    if (t & (7u << 9)) {
        st->new_last = b + ((t >> 9) & 7) - 1;
    }
}

static void sweep(void) {
    size_t limit = gc.last_used + 1 < gc.n_blocks ? gc.last_used + 1 : gc.n_blocks;
    sweep_state_t st = {false, 0, 0, gc.n_blocks};
    size_t b = 0;
    while (b < limit) {
        if ((b & 31) == 0 && b + 32 <= limit) {
            uint64_t w;
            memcpy(&w, gc.atb + (b >> 2), sizeof(w));
            if (w == 0) {
                // 32 free blocks
                st.freeing = false;
                b += 32;
                continue;
            }
            uint32_t f;
            memcpy(&f, gc.ftb + (b >> 3), sizeof(f));
            if (f == 0) {
                // 32 blocks without a finaliser
                for (size_t e = b + 32; b < e; b += 4) {
                    sweep4(b, &st);
                }
                continue;
            }
        }
        if ((b & 3) == 0 && b + 4 <= limit && ((gc.ftb[b >> 3] >> (b & 4)) & 15) == 0) {
            sweep4(b, &st);
            b += 4;
            continue;
        }
        int at = atb_get(b);
        if (at == AT_HEAD) {
            if (ftb_get(b)) {
                ftb_set(b, false);
                if (gc.finaliser) {
                    gc.finaliser(block_ptr(b));
                }
            }
            atb_set(b, AT_FREE);
            st.freeing = true;
        } else if (at == AT_TAIL) {
            if (st.freeing) {
                atb_set(b, AT_FREE);
            } else {
                st.new_last = b;
                if (b + 1 - st.live_start >= LARGE_BLOCKS && st.live_start < st.floor) {
                    st.floor = st.live_start;   // a surviving large allocation
                }
            }
        } else if (at == AT_MARK) {
            atb_set(b, AT_HEAD);
            st.freeing = false;
            st.new_last = b;
            st.live_start = b;
        } else {
            st.freeing = false;
        }
        b++;
    }
    gc.last_used = st.new_last;
    gc.cursor = 0;
    gc.rest_cursor = 0;
    gc.top_cursor = gc.n_blocks;
    gc.large_floor = st.floor;
    gc.low_full = false;
}

void gc_collect(void) {
    if (gc.collecting || gc.lock_depth > 0) {
        return;
    }
    gc.collecting = true;
    gc.mark_sp = 0;
    gc.mark_overflow = false;
    gc.overflow_min = SIZE_MAX;
    mark_range((void *const *)&rt_state, (size_t)((obj_t *)&rt_state.roots_end - (obj_t *)&rt_state));
    for (size_t i = 0; i < gc.n_roots; i++) {
        mark_range(gc.roots[i].start, gc.roots[i].nwords);
    }
    scan_c_stack();
    rescan_overflow();
    class_cache_prune();   // forget cached lookups on types about to be freed
    weakref_gc_prune();    // weak references to objects about to be freed go dead
    sweep();
    gc.n_collections++;
    gc.alloc_since_collect = 0;
    gc.collecting = false;
}

// ---------------------------------------------------------------- allocation

static inline void *claim(size_t start, size_t nblocks, bool noscan) {
    atb_set(start, AT_HEAD);
    ntb_set(start, noscan);
    size_t end = start + nblocks;
    if (end - 1 > gc.last_used) {
        gc.last_used = end - 1;
    }
    void *p = block_ptr(start);
    if (nblocks == 1) {
        memset(p, 0, BLOCK);   // the commonest size: a constant-size clear
        return p;
    }
    atb_fill(start + 1, end, ALL_TAILS);   // the rest are TAILs
    memset(p, 0, nblocks * BLOCK);
    return p;
}

// All four blocks described by ATB byte i are in use.
static inline bool atb_byte_full(size_t i) {
    uint8_t v = gc.atb[i];
    return ((v | (v >> 1)) & 0x55) == 0x55;
}

// The free blocks of ATB byte v as a 4-bit mask (bit k: block 4i + k free).
static inline unsigned free4(uint8_t v) {
    unsigned x = ~(unsigned)(v | (v >> 1)) & 0x55;
    x = (x | (x >> 1)) & 0x33;
    return (x | (x >> 2)) & 0x0f;
}

// From b (a multiple of 4), skip 32 used blocks at a time while they are.
static inline size_t skip_used(size_t b, size_t to) {
    while (b + 32 <= to) {
        uint64_t w;
        memcpy(&w, gc.atb + (b >> 2), sizeof(w));
        if (((w | (w >> 1)) & 0x5555555555555555u) != 0x5555555555555555u) {
            break;
        }
        b += 32;
    }
    return b;
}

// For a 4-bit free mask: free blocks at its start / at its end.
static const uint8_t free_prefix[16] = {0, 1, 0, 2, 0, 1, 0, 3, 0, 1, 0, 2, 0, 1, 0, 4};
static const uint8_t free_suffix[16] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 3, 4};

// First-fit search for a free run in [from, to); returns its start or SIZE_MAX.
// Whole ATB bytes (four blocks) at a time where it can.
static size_t find_run_up(size_t from, size_t to, size_t nblocks) {
    if (nblocks == 1) {
        // one block: usually the one at `from` (the cursor) is free; else
        // the first free 2-bit field (fields before `from` masked off)
        if (from < to && atb_get(from) == AT_FREE) {
            return from;
        }
        unsigned mask = (0x55u << (2 * (from & 3))) & 0x55;
        size_t b = from & ~(size_t)3;
        while (b < to) {
            uint8_t v = gc.atb[b >> 2];
            unsigned free_fields = ~(unsigned)(v | (v >> 1)) & mask;
            if (free_fields) {
                size_t r = b + (size_t)__builtin_ctz(free_fields) / 2;
                return r < to ? r : SIZE_MAX;
            }
            b = skip_used(b + 4, to);
            mask = 0x55;
        }
        return SIZE_MAX;
    }
    size_t run = 0;   // free blocks ending just before b
    size_t b = from;
    for (; b < to && (b & 3) != 0; b++) {
        if (atb_get(b) == AT_FREE) {
            if (++run == nblocks) {
                return b + 1 - nblocks;
            }
        } else {
            run = 0;
        }
    }
    while (b + 4 <= to) {
        unsigned f = free4(gc.atb[b >> 2]);
        if (f == 15) {
            run += 4;
        } else {
            if (run + free_prefix[f] >= nblocks) {
                return b - run;
            }
            if (nblocks == 2 && f == 6) {
                return b + 1;   // used, free, free, used
            }
            run = free_suffix[f];
        }
        b += 4;
        if (run >= nblocks) {
            return b - run;
        }
        if (f == 0) {
            b = skip_used(b, to);
        }
    }
    for (; b < to; b++) {
        if (atb_get(b) == AT_FREE) {
            if (++run == nblocks) {
                return b + 1 - nblocks;
            }
        } else {
            run = 0;
        }
    }
    return SIZE_MAX;
}

// Search downwards from `from` (exclusive) to `to`; returns the start or SIZE_MAX.
static size_t find_run_down(size_t from, size_t to, size_t nblocks) {
    size_t run = 0;
    for (size_t b = from; b-- > to;) {
        if (run == 0 && (b & 3) == 3) {
            while (b >= to + 4 && atb_byte_full(b >> 2)) {
                b -= 4;
            }
        }
        if (atb_get(b) == AT_FREE) {
            if (++run == nblocks) {
                return b;
            }
        } else {
            run = 0;
        }
    }
    return SIZE_MAX;
}

// Small requests: next fit from a cursor (so a long used prefix is not
// rescanned for every allocation), wrapping around once. Large requests:
// from the top down, with their own cursor.
static void *try_alloc(size_t nblocks, bool noscan) {
    size_t start;
    if (nblocks >= LARGE_BLOCKS) {
        start = find_run_down(gc.top_cursor, 0, nblocks);
        if (start == SIZE_MAX && gc.top_cursor < gc.n_blocks) {
            start = find_run_down(gc.n_blocks, 0, nblocks);
        }
        if (start == SIZE_MAX) {
            return NULL;
        }
        gc.top_cursor = start;
        if (start < gc.large_floor) {
            gc.large_floor = start;
        }
        return claim(start, nblocks, noscan);
    }
    // small ones stay below the lowest large allocation while they can
    size_t limit = gc.large_floor;
    start = SIZE_MAX;
    if (!gc.low_full) {
        start = gc.cursor < limit ? find_run_up(gc.cursor, limit, nblocks) : SIZE_MAX;
        if (start == SIZE_MAX) {
            size_t end = gc.cursor + nblocks < limit ? gc.cursor + nblocks : limit;
            start = find_run_up(0, end, nblocks);
        }
        if (start == SIZE_MAX && gc.auto_collect && !gc.collecting && gc.alloc_since_collect > gc.threshold / 4) {
            // the low region is full: collect once before spilling above it
            gc_collect();
            start = find_run_up(0, gc.large_floor, nblocks);
            limit = gc.large_floor;
        }
        if (start == SIZE_MAX) {
            // the low region is full until the next sweep: stop rescanning it
            // (next fit goes on above it where it last stopped)
            gc.low_full = true;
            gc.low_fail = nblocks;
            if (gc.cursor < limit) {
                gc.cursor = gc.rest_cursor > limit ? gc.rest_cursor : limit;
            }
        }
    }
    if (start == SIZE_MAX) {
        // next fit over the rest of the heap, wrapping once
        start = find_run_up(gc.cursor, gc.n_blocks, nblocks);
        if (start == SIZE_MAX) {
            // wrap, skipping the low region while it is known to be full
            size_t from = gc.low_full ? limit : 0;
            size_t end = gc.cursor + nblocks < gc.n_blocks ? gc.cursor + nblocks : gc.n_blocks;
            start = find_run_up(from, end, nblocks);
        }
    }
    if (start == SIZE_MAX) {
        return NULL;
    }
    gc.cursor = start + nblocks;
    if (start >= limit) {
        gc.rest_cursor = gc.cursor;
    }
    return claim(start, nblocks, noscan);
}

// Allocate nbytes (zeroed), flagged no-scan or not; NULL when the heap is full.
static inline void *alloc(size_t nbytes, bool noscan) {
    if (nbytes == 0) {
        nbytes = 1;
    }
    size_t nblocks = (nbytes + BLOCK - 1) / BLOCK;
    if (gc.lock_depth > 0 && !gc.collecting) {
        // heap locked (micropython.heap_lock): no allocation allowed
        return NULL;
    }
    if (gc.auto_collect && (KILN_GC_STRESS || gc.alloc_since_collect >= gc.threshold)) {
        // collecting early keeps survivors packed low in the heap, so large
        // blocks still find room at the top (see try_alloc)
        gc_collect();
    }
    gc.alloc_since_collect += nblocks;
    size_t c = gc.cursor;
    if (nblocks == 1 && !gc.low_full && c < gc.large_floor && atb_get(c) == AT_FREE) {
        // what try_alloc would do when the block at the cursor is free
        gc.cursor = c + 1;
        return claim(c, 1, noscan);
    }
    void *p = try_alloc(nblocks, noscan);
    if (p == NULL && gc.auto_collect) {
        gc_collect();
        p = try_alloc(nblocks, noscan);
    }
    return p;
}

void *gc_alloc_maybe(size_t nbytes) {
    return alloc(nbytes, false);
}

void *gc_alloc(size_t nbytes) {
    void *p = alloc(nbytes, false);
    if (p == NULL) {
        rt_raise_MemoryError();
    }
    return p;
}

void *gc_alloc_noscan(size_t nbytes) {
    void *p = alloc(nbytes, true);
    if (p == NULL) {
        rt_raise_MemoryError();
    }
    return p;
}

void *gc_alloc_with_finaliser(size_t nbytes) {
    void *p = gc_alloc(nbytes);
    ftb_set((size_t)((uint8_t *)p - gc.pool) / BLOCK, true);
    return p;
}

size_t gc_nbytes(const void *ptr) {
    if (!gc_is_heap_ptr(ptr)) {
        return 0;
    }
    size_t b = (size_t)((const uint8_t *)ptr - gc.pool) / BLOCK;
    return (block_end(b) - b) * BLOCK;
}

void gc_free(void *ptr) {
    if (ptr == NULL || !gc_is_heap_ptr(ptr) || gc.collecting) {
        return;
    }
    size_t b = (size_t)((uint8_t *)ptr - gc.pool) / BLOCK;
    if (atb_get(b) != AT_HEAD) {
        return;
    }
    ftb_set(b, false);
    size_t e = block_end(b);
    atb_fill(b, e, AT_FREE);   // the head and its TAILs
    if (gc.low_full && b < gc.large_floor) {
        // the low region has room again if this makes a free run as long
        // as the request that found it full
        size_t lo = b, hi = e;
        while (hi < gc.large_floor && hi - lo < gc.low_fail && atb_get(hi) == AT_FREE) {
            hi++;
        }
        while (lo > 0 && hi - lo < gc.low_fail && atb_get(lo - 1) == AT_FREE) {
            lo--;
        }
        if (hi - lo >= gc.low_fail) {
            gc.low_full = false;
        }
    }
}

void *gc_realloc(void *ptr, size_t nbytes) {
    if (ptr == NULL) {
        return gc_alloc(nbytes);
    }
    if (nbytes == 0) {
        nbytes = 1;
    }
    size_t b = (size_t)((uint8_t *)ptr - gc.pool) / BLOCK;
    size_t have = gc_nbytes(ptr) / BLOCK;
    size_t need = (nbytes + BLOCK - 1) / BLOCK;
    if (need == have) {
        return ptr;
    }
    if (need < have) {
        atb_fill(b + need, b + have, AT_FREE);
        return ptr;
    }
    // try to grow in place
    size_t i = b + have;
    while (i < b + need && i < gc.n_blocks && atb_get(i) == AT_FREE) {
        i++;
    }
    if (i == b + need) {
        atb_fill(b + have, b + need, ALL_TAILS);
        memset((uint8_t *)ptr + have * BLOCK, 0, (need - have) * BLOCK);
        if (b + need - 1 > gc.last_used) {
            gc.last_used = b + need - 1;
        }
        return ptr;
    }
    void *np = alloc(nbytes, ntb_get(b));   // keeps the no-scan flag
    if (np == NULL) {
        rt_raise_MemoryError();
    }
    memcpy(np, ptr, have * BLOCK);
    gc_free(ptr);
    return np;
}

// ---------------------------------------------------------------- control & info
void gc_lock(void) {
    gc.lock_depth++;
}

void gc_unlock(void) {
    if (gc.lock_depth > 0) {
        gc.lock_depth--;
    }
}

void gc_set_threshold(size_t bytes) {
    gc.threshold = bytes ? (bytes + BLOCK - 1) / BLOCK : SIZE_MAX;
}

size_t gc_get_threshold(void) {
    return gc.threshold == SIZE_MAX ? 0 : gc.threshold * BLOCK;
}

void gc_set_auto(bool on) {
    gc.auto_collect = on;
}

bool gc_is_auto(void) {
    return gc.auto_collect;
}

void gc_info(gc_info_t *info) {
    memset(info, 0, sizeof(*info));
    info->total = gc.n_blocks * BLOCK;
    size_t run = 0, max_run = 0, used = 0;
    for (size_t b = 0; b < gc.n_blocks; b++) {
        int at = atb_get(b);
        if (at == AT_FREE) {
            run++;
            if (run > max_run) {
                max_run = run;
            }
        } else {
            run = 0;
            used++;
        }
    }
    info->used = used * BLOCK;
    info->free = info->total - info->used;
    info->max_free = max_run * BLOCK;
    info->n_collections = gc.n_collections;
}

// One character per block ('.' free, 'h' head, '=' tail), 64 per line,
// as micropython.mem_info(1) prints it.
void gc_dump_blocks(const printer_t *p) {
    char line[72];
    for (size_t b = 0; b < gc.n_blocks; b += 64) {
        size_t n = 0;
        for (size_t i = b; i < b + 64 && i < gc.n_blocks; i++) {
            int at = atb_get(i);
            line[n++] = at == AT_FREE ? '.' : at == AT_TAIL ? '=' : 'h';
        }
        line[n++] = '\n';
        print_fmt(p, "%06x: ", (unsigned)(b * BLOCK));
        print_strn(p, line, n);
    }
}
