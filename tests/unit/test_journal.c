// tests/unit/test_journal.c — the boot journal (board/journal.c) against a
// reference model: the record format, filling and wrapping the log many
// times, a boot that updates hundreds of times, a power cut at every
// program/erase of a 40-boot scenario in every cut mode (several seeds),
// random repeated cuts, foreign bytes in the region, the RAM journal and
// journal_read_region on a copied image.
// Model: M[b] is the last entry written for boot b (boots 1..M_n); the call
// in flight at a cut is `pend`. After a cut, attach + read must give the
// newest boots of M, or of M with `pend` applied — nothing else.
#include "tests/unit/unit.h"
#include "board/journal.h"
#include "ports/unix/image_cmd.h"

#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

#define SEC 4096
#define OFF 0x6000                 // the region's offset in the test flash
#define FLASH_BYTES 0x10000
#define RSIZE (JOURNAL_SECTORS * SEC)
#define MAXB 8000
#define READ_MAX (JOURNAL_KEEP + 1)

static journal_entry_t M[MAXB + 1];
static uint32_t M_n;
static bool pend;
static journal_entry_t pend_e;
static int fail_prints;

static uint64_t rng = 88172645463325252ULL;
static uint32_t rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng >> 11);
}

static bool entry_eq(const journal_entry_t *a, const journal_entry_t *b)
{
    return a->boot == b->boot && a->cause == b->cause && a->ran == b->ran && a->end == b->end &&
           a->safe_reason == b->safe_reason && a->uptime_ms == b->uptime_ms && a->heap_free == b->heap_free &&
           a->tb_len == b->tb_len && !memcmp(a->tb, b->tb, a->tb_len);
}

static void model_reset(void)
{
    M_n = 0;
    pend = false;
}

// Do `got[0..n)` show the newest boots of the model (with `pend` applied if
// `with_pend`), at most `max`?
static bool model_matches(const journal_entry_t *got, size_t n, size_t max, bool with_pend)
{
    uint32_t top = M_n;
    if (with_pend && pend && pend_e.boot > top)
        top = pend_e.boot;
    size_t want = top < max ? top : max;
    if (want > READ_MAX)
        want = READ_MAX;
    if (n != want)
        return false;
    for (size_t k = 0; k < n; k++) {
        uint32_t b = top - (uint32_t)k;
        const journal_entry_t *e = with_pend && pend && pend_e.boot == b ? &pend_e : &M[b];
        if (!entry_eq(&got[k], e))
            return false;
    }
    return true;
}

static void show(const char *what, const journal_entry_t *got, size_t n)
{
    if (fail_prints++ > 8)
        return;
    printf("  %s: model top %u (pend %d boot %u end %u), read %zu:", what, (unsigned)M_n, pend,
           (unsigned)pend_e.boot, pend_e.end, n);
    for (size_t k = 0; k < n && k < 20; k++)
        printf(" %u/%u/%u", (unsigned)got[k].boot, got[k].end, (unsigned)got[k].uptime_ms);
    printf("\n");
}

// Read back and check against the model exactly (no call in flight).
static bool check_exact(const char *what)
{
    static journal_entry_t got[64];
    bool ok = true;
    size_t maxes[] = { READ_MAX, JOURNAL_KEEP, 3, 64 };
    for (size_t m = 0; m < 4; m++) {
        size_t n = journal_read(got, maxes[m]);
        if (!model_matches(got, n, maxes[m], false)) {
            show(what, got, n);
            ok = false;
        }
    }
    return ok;
}

// A deterministic entry for boot index i, step j.
static journal_entry_t gen(uint32_t i, uint32_t j)
{
    journal_entry_t e;
    memset(&e, 0, sizeof(e));
    e.cause = (uint8_t)(1 + (i + j) % 5);
    e.ran = (uint8_t)(JOURNAL_RAN_BOOT | (j ? JOURNAL_RAN_MAIN : 0) | ((i + j) % 3 == 0 ? JOURNAL_RAN_ERROR : 0));
    e.end = (uint8_t)(j % 8);
    e.safe_reason = (uint8_t)(i % 4 == 3 ? 2 : 0);
    e.uptime_ms = i * 1000 + j * 7 + 1;
    e.heap_free = 100000 - i - j;
    char text[400];
    int n = snprintf(text, sizeof text,
                     "Traceback (most recent call last):\n  File \"main.py\", line %u, in <module>\n%.*s"
                     "ValueError: boot %u step %u\n", (unsigned)j, (int)((i * 37 + j * 11) % 150),
                     "..................................................................................."
                     "........................................................................",
                     (unsigned)i, (unsigned)j);
    if ((i + j) % 4 == 1)
        n = 0;                                      // no traceback
    if (n > JOURNAL_TB_MAX) {                       // keep the end
        memcpy(e.tb, text + n - JOURNAL_TB_MAX, JOURNAL_TB_MAX);
        n = JOURNAL_TB_MAX;
    } else {
        memcpy(e.tb, text, (size_t)n);
    }
    e.tb_len = (uint16_t)n;
    return e;
}

static flash_t *cur_flash;

static bool dead(void)
{
    return cur_flash && cur_flash->dead;
}

// One journal call under the model; false if the power was cut during it.
static bool do_begin(uint8_t cause, uint8_t ran)
{
    memset(&pend_e, 0, sizeof(pend_e));
    pend_e.boot = M_n + 1;
    pend_e.cause = cause;
    pend_e.ran = ran;
    pend = true;
    uint32_t b = journal_begin(cause, ran);
    if (b != pend_e.boot) {
        if (fail_prints++ < 8)
            printf("  begin returned %u, model %u\n", (unsigned)b, (unsigned)pend_e.boot);
        unit_failed++;
    }
    if (dead())
        return false;
    M[b] = pend_e;
    M_n = b;
    pend = false;
    return true;
}

static bool do_update(const journal_entry_t *e)
{
    pend_e = *e;
    pend_e.boot = M_n;
    pend = true;
    journal_update(e);
    if (dead())
        return false;
    M[M_n] = pend_e;
    pend = false;
    return true;
}

// Boot index i: begin, `updates` updates (the last one records the end).
static bool run_boot(uint32_t i, uint32_t updates)
{
    journal_entry_t b = gen(i, 0);
    if (!do_begin(b.cause, b.ran))
        return false;
    for (uint32_t j = 1; j <= updates; j++) {
        journal_entry_t e = gen(i, j);
        if (!do_update(&e))
            return false;
    }
    return true;
}

// After a cut: power on, attach, the read must be the model before or after
// the call in flight; the model follows what the journal shows.
static bool recover(flash_t *f, const char *what)
{
    static journal_entry_t got[64];
    flash_power_on(f);
    journal_attach(f, OFF, SEC);
    size_t n = journal_read(got, READ_MAX);
    bool ok = true;
    if (model_matches(got, n, READ_MAX, true)) {
        if (pend) {
            M[pend_e.boot] = pend_e;
            if (pend_e.boot > M_n)
                M_n = pend_e.boot;
        }
    } else if (!model_matches(got, n, READ_MAX, false)) {
        show(what, got, n);
        ok = false;
    }
    pend = false;
    // the host's view of the same bytes
    static journal_entry_t host[64];
    size_t hn = journal_read_region(f->mem + OFF, SEC, host, READ_MAX);
    if (hn != n)
        ok = false;
    for (size_t k = 0; k < n && k < hn; k++)
        if (!entry_eq(&got[k], &host[k]))
            ok = false;
    return ok;
}

// ---------------------------------------------------------------- tests

static uint32_t ref_crc(const uint8_t *p, size_t n)
{
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++) {
        c ^= p[i];
        for (int k = 0; k < 8; k++)
            c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1)));
    }
    return ~c;
}

static uint32_t le32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void test_format(void)
{
    flash_t f;
    CHECK(flash_init_ram(&f, FLASH_BYTES, SEC) == FLASH_OK);
    journal_attach(&f, OFF, SEC);
    CHECK(journal_begin(2, JOURNAL_RAN_BOOT) == 1);
    journal_entry_t e = *journal_current();
    e.end = JOURNAL_END_HARD;
    e.uptime_ms = 0x01020304;
    e.heap_free = 0xA0B0C0D0;
    e.tb_len = 5;
    memcpy(e.tb, "Oops\n", 5);
    journal_update(&e);
    const uint8_t *r0 = f.mem + OFF, *r1 = f.mem + OFF + JOURNAL_RECORD_SIZE;
    CHECK(!memcmp(r0, "KJNL", 4));
    CHECK(le32(r0 + 4) == 1 && le32(r1 + 4) == 2);                 // seq
    CHECK(le32(r1 + 8) == 1);                                       // boot
    CHECK(r1[12] == 2 && r1[13] == JOURNAL_RAN_BOOT && r1[14] == JOURNAL_END_HARD && r1[15] == 0);
    CHECK(le32(r1 + 16) == 0x01020304 && le32(r1 + 20) == 0xA0B0C0D0);
    CHECK(r1[24] == 5 && r1[25] == 0 && r1[26] == 0 && !memcmp(r1 + 28, "Oops\n", 5) && r1[33] == 0);
    CHECK(le32(r1 + 252) == ref_crc(r1, 252));
    CHECK(le32(r0 + 252) == ref_crc(r0, 252));
    CHECK(r1[256] == 0xFF);                                         // next slot free
    CHECK(journal_current()->boot == 1 && journal_current()->end == JOURNAL_END_HARD);
    // an identical update writes nothing
    uint64_t progs = f.progs;
    journal_update(&e);
    CHECK(f.progs == progs);
    // a traceback longer than the maximum is cut to it
    e.tb_len = 1000;
    journal_update(&e);
    CHECK(journal_current()->tb_len == JOURNAL_TB_MAX);
    CHECK(!strcmp(journal_end_name(JOURNAL_END_WDT), "wdt") && !strcmp(journal_end_name(99), "?"));
    journal_attach(NULL, 0, 0);
    flash_close(&f);
}

// Many boots of random sizes (a few huge), the log wrapped many times;
// exact read-back after every boot; outside the region nothing changes.
static void test_fill_wrap(void)
{
    static uint8_t mem[FLASH_BYTES];
    memset(mem, 0x5A, sizeof mem);
    memset(mem + OFF, 0xFF, RSIZE);
    flash_t f;
    flash_init_buf(&f, mem, sizeof mem, SEC);
    cur_flash = &f;
    model_reset();
    journal_attach(&f, OFF, SEC);
    int bad = 0;
    for (uint32_t i = 0; i < 3000; i++) {
        uint32_t r = rnd() % 100, updates = r < 30 ? 0 : r < 90 ? rnd() % 6 : r < 98 ? rnd() % 40 : 200 + rnd() % 300;
        run_boot(i, updates);
        if (!check_exact("fill"))
            bad++;
        if (i % 7 == 0)
            journal_attach(&f, OFF, SEC);   // a reset: state comes from the flash only
    }
    CHECK(bad == 0);
    CHECK(M_n == 3000);
    bool outside = true;
    for (size_t i = 0; i < sizeof mem; i++)
        if ((i < OFF || i >= OFF + RSIZE) && mem[i] != 0x5A)
            outside = false;
    CHECK(outside);
    printf("  fill: %u boots, %llu programs, %llu erases\n", (unsigned)M_n, (unsigned long long)f.progs,
           (unsigned long long)f.erases);
    journal_attach(NULL, 0, 0);
    cur_flash = NULL;
}

// 17 one-record boots, then one boot updating 600 times: the 16 before it
// survive (their records are rewritten forward); again with 16 more.
static void test_long_boot(void)
{
    flash_t f;
    CHECK(flash_init_ram(&f, FLASH_BYTES, SEC) == FLASH_OK);
    cur_flash = &f;
    model_reset();
    journal_attach(&f, OFF, SEC);
    for (uint32_t round = 0; round < 3; round++) {
        for (uint32_t i = 0; i < 17; i++)
            run_boot(round * 100 + i, 0);
        run_boot(round * 100 + 50, 600);
        CHECK(check_exact("long boot"));
        journal_attach(&f, OFF, SEC);
        CHECK(check_exact("long boot, attached"));
    }
    journal_attach(NULL, 0, 0);
    cur_flash = NULL;
    flash_close(&f);
}

// The 40-boot scenario (3 updates + an end each); returns the writes done.
static uint64_t scenario(flash_t *f, uint32_t from, bool *cut)
{
    for (uint32_t i = from; i < 40; i++) {
        if (!run_boot(i, 4)) {
            *cut = true;
            return i;
        }
    }
    *cut = false;
    return 40;
}

// A power cut at every program/erase of the scenario, in one mode: after
// the cut the journal shows the model before or after the call in flight;
// the scenario then goes on to the end and the result is exact.
static void sweep(int mode, uint64_t seed, const char *name)
{
    flash_t f;
    CHECK(flash_init_ram(&f, FLASH_BYTES, SEC) == FLASH_OK);
    cur_flash = &f;
    // the number of writes of the whole scenario (a pre-filled journal)
    model_reset();
    journal_attach(&f, OFF, SEC);
    for (uint32_t i = 0; i < 20; i++)
        run_boot(1000 + i, rnd() % 3);
    static uint8_t base[RSIZE];
    static journal_entry_t base_m[64];
    uint32_t base_n = M_n;
    for (uint32_t b = 1; b <= base_n && b < 64; b++)
        base_m[b] = M[b];
    memcpy(base, f.mem + OFF, RSIZE);
    uint64_t w0 = f.writes;
    bool cut;
    scenario(&f, 0, &cut);
    uint64_t total = f.writes - w0;
    int bad = 0, runs = 0;
    for (uint64_t k = 1; k <= total; k++) {
        memcpy(f.mem + OFF, base, RSIZE);
        M_n = base_n;
        for (uint32_t b = 1; b <= base_n; b++)
            M[b] = base_m[b];
        pend = false;
        journal_attach(&f, OFF, SEC);
        flash_arm_cut(&f, k, mode, seed * 1000003 + k);
        uint32_t at = (uint32_t)scenario(&f, 0, &cut);
        runs++;
        if (!cut) {
            bad++;
            continue;
        }
        char what[80];
        snprintf(what, sizeof what, "%s cut at write %llu", name, (unsigned long long)k);
        if (!recover(&f, what)) {
            bad++;
            continue;
        }
        scenario(&f, at + 1, &cut);
        if (cut || !check_exact(what))
            bad++;
        journal_attach(&f, OFF, SEC);
        if (!check_exact(what))
            bad++;
    }
    CHECK(bad == 0);
    printf("  cut sweep %s: %d cuts (%llu writes), %d bad\n", name, runs, (unsigned long long)total, bad);
    journal_attach(NULL, 0, 0);
    cur_flash = NULL;
    flash_close(&f);
}

// Weaker than recover() (for cuts every 1-2 writes, where old boots may be
// dropped): whatever is reported is true — each entry is the model's last
// one for its boot (or the call in flight), boots strictly decrease, and the
// newest boot is there.
static bool recover_weak(flash_t *f)
{
    static journal_entry_t got[64];
    flash_power_on(f);
    journal_attach(f, OFF, SEC);
    size_t n = journal_read(got, READ_MAX);
    bool ok = M_n == 0 || n > 0, applied = false;
    for (size_t k = 0; k < n && ok; k++) {
        uint32_t b = got[k].boot;
        if (b == 0 || b > MAXB || (k && b >= got[k - 1].boot))
            ok = false;
        else if (pend && b == pend_e.boot && entry_eq(&got[k], &pend_e))
            applied = true;
        else if (b > M_n || !entry_eq(&got[k], &M[b]))
            ok = false;
    }
    if (ok && n && got[0].boot != M_n && !(applied && got[0].boot == pend_e.boot))
        ok = false;
    if (applied) {
        M[pend_e.boot] = pend_e;
        if (pend_e.boot > M_n)
            M_n = pend_e.boot;
    }
    pend = false;
    if (!ok)
        show("weak", got, n);
    return ok;
}

// Random cuts again and again, `gap` writes apart at most (a cut also in
// the first writes after a recovery), every mode: never garbage, and every
// boot complete before a cut still there (exact model match), or with
// `weak`, only what recover_weak checks.
static void multicut(uint32_t gap, int budget, bool weak)
{
    flash_t f;
    CHECK(flash_init_ram(&f, FLASH_BYTES, SEC) == FLASH_OK);
    cur_flash = &f;
    model_reset();
    journal_attach(&f, OFF, SEC);
    int bad = 0, cuts = 0;
    uint32_t i = 0;
    while (cuts < budget && i < MAXB - 10) {
        flash_arm_cut(&f, 1 + rnd() % gap, (int)(rnd() % 3), rnd());
        if (!run_boot(i++, rnd() % 5)) {
            cuts++;
            if (!(weak ? recover_weak(&f) : recover(&f, "multicut")))
                bad++;
        }
    }
    flash_power_on(&f);
    if (weak ? !recover_weak(&f) : (journal_attach(&f, OFF, SEC), !check_exact("multicut end")))
        bad++;
    CHECK(bad == 0);
    printf("  multicut (gap <= %u%s): %d cuts over %u boots, %d bad\n", (unsigned)gap, weak ? ", weak check" : "",
           cuts, (unsigned)i, bad);
    journal_attach(NULL, 0, 0);
    cur_flash = NULL;
    flash_close(&f);
}

// Two cuts: at every write k of the scenario, then at each of the first
// writes after the recovery; the scenario then ends exactly.
static void sweep2(int mode)
{
    flash_t f;
    CHECK(flash_init_ram(&f, FLASH_BYTES, SEC) == FLASH_OK);
    cur_flash = &f;
    model_reset();
    journal_attach(&f, OFF, SEC);
    for (uint32_t i = 0; i < 20; i++)
        run_boot(2000 + i, 1 + i % 3);
    static uint8_t base[RSIZE];
    static journal_entry_t base_m[64];
    uint32_t base_n = M_n;
    for (uint32_t b = 1; b <= base_n; b++)
        base_m[b] = M[b];
    memcpy(base, f.mem + OFF, RSIZE);
    uint64_t w0 = f.writes;
    bool cut;
    scenario(&f, 0, &cut);
    uint64_t total = f.writes - w0;
    int bad = 0, runs = 0;
    for (uint64_t k = 1; k <= total; k++) {
        for (uint64_t k2 = 1; k2 <= 10; k2++) {
            memcpy(f.mem + OFF, base, RSIZE);
            M_n = base_n;
            for (uint32_t b = 1; b <= base_n; b++)
                M[b] = base_m[b];
            pend = false;
            journal_attach(&f, OFF, SEC);
            flash_arm_cut(&f, k, mode, k * 31 + k2);
            uint32_t at = (uint32_t)scenario(&f, 0, &cut);
            if (!cut || !recover(&f, "sweep2 first cut")) {
                bad++;
                continue;
            }
            flash_arm_cut(&f, k2, mode, k * 17 + k2);
            at = (uint32_t)scenario(&f, at + 1, &cut);
            runs++;
            if (cut) {
                if (!recover(&f, "sweep2 second cut")) {
                    bad++;
                    continue;
                }
                scenario(&f, at + 1, &cut);
            }
            flash_power_on(&f);
            journal_attach(&f, OFF, SEC);
            if (cut || !check_exact("sweep2 end"))
                bad++;
        }
    }
    CHECK(bad == 0);
    printf("  double cut sweep mode %d: %d runs, %d bad\n", mode, runs, bad);
    journal_attach(NULL, 0, 0);
    cur_flash = NULL;
    flash_close(&f);
}

// A region full of foreign bytes: nothing read from it, the journal takes
// the space it needs, erasing as little as it can.
static void test_garbage(void)
{
    flash_t f;
    CHECK(flash_init_ram(&f, FLASH_BYTES, SEC) == FLASH_OK);
    for (size_t i = 0; i < RSIZE; i++)
        f.mem[OFF + i] = (uint8_t)rnd();
    memcpy(f.mem + OFF + 3 * SEC, "KJNL", 4);          // a magic alone is not a record
    static journal_entry_t got[64];
    journal_attach(&f, OFF, SEC);
    CHECK(journal_read(got, 64) == 0);
    CHECK(journal_read_region(f.mem + OFF, SEC, got, 64) == 0);
    cur_flash = &f;
    model_reset();
    run_boot(0, 2);
    CHECK(f.erases == 2);                              // one to write in, one spare
    CHECK(check_exact("garbage"));
    for (uint32_t i = 1; i < 100; i++)
        run_boot(i, rnd() % 4);
    journal_attach(&f, OFF, SEC);
    CHECK(check_exact("garbage, wrapped"));
    journal_attach(NULL, 0, 0);
    cur_flash = NULL;
    flash_close(&f);
}

// No flash: the journal lives in C memory and survives re-attaching.
static void test_ram(void)
{
    cur_flash = NULL;
    model_reset();
    journal_attach(NULL, 0, 0);
    static journal_entry_t got[64];
    size_t had = journal_read(got, 64);      // earlier tests detached to RAM, but wrote nothing
    CHECK(had == 0);
    for (uint32_t i = 0; i < 200; i++) {
        run_boot(i, rnd() % 5);
        if (i % 3 == 0)
            journal_attach(NULL, 0, 0);
    }
    CHECK(check_exact("ram"));
    journal_attach(NULL, 0, 0);
    CHECK(check_exact("ram, attached"));
    // a region that does not fit the flash also falls back to RAM
    flash_t small;
    CHECK(flash_init_ram(&small, SEC, SEC) == FLASH_OK);
    journal_attach(&small, 0, SEC);
    CHECK(check_exact("ram fallback"));
    CHECK(small.progs == 0);
    flash_close(&small);
    journal_attach(NULL, 0, 0);
}

// journal_read_region over a copy of the bytes = journal_read.
static void test_region(void)
{
    flash_t f;
    CHECK(flash_init_ram(&f, FLASH_BYTES, SEC) == FLASH_OK);
    cur_flash = &f;
    model_reset();
    journal_attach(&f, OFF, SEC);
    for (uint32_t i = 0; i < 77; i++)
        run_boot(i, rnd() % 7);
    static uint8_t copy[RSIZE];
    memcpy(copy, f.mem + OFF, RSIZE);
    static journal_entry_t a[64], b[64];
    size_t na = journal_read(a, JOURNAL_KEEP), nb = journal_read_region(copy, SEC, b, JOURNAL_KEEP);
    CHECK(na == JOURNAL_KEEP && nb == na);
    bool same = true;
    for (size_t k = 0; k < na && k < nb; k++)
        same = same && entry_eq(&a[k], &b[k]);
    CHECK(same);
    CHECK(b[0].boot == 77 && b[15].boot == 62);
    CHECK(journal_read_region(copy, 100, b, 16) == 0);    // bad sector size
    journal_attach(NULL, 0, 0);
    cur_flash = NULL;
    flash_close(&f);
}

// `kiln image journal IMG`: a full image whose journal holds a few boots.
static int run_image(const char *cmd, const char *path, const char *out)
{
    char a0[] = "image", a2[256];
    char a1[32];
    snprintf(a1, sizeof a1, "%s", cmd);
    snprintf(a2, sizeof a2, "%s", path);
    char a3[] = "--full";
    char *argv[] = { a0, a1, a2, a3, NULL };
    int argc = strcmp(cmd, "create") ? 3 : 4;
    fflush(stdout);
    int saved = dup(1), fd = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    dup2(fd, 1);
    close(fd);
    int rc = image_main(argc, argv);
    fflush(stdout);
    dup2(saved, 1);
    close(saved);
    return rc;
}

static void test_image_cmd(void)
{
    char img[64], out[64];
    snprintf(img, sizeof img, "/tmp/kiln_journal_%d.img", (int)getpid());
    snprintf(out, sizeof out, "/tmp/kiln_journal_%d.out", (int)getpid());
    CHECK(run_image("create", img, out) == 0);
    CHECK(run_image("journal", img, out) == 0);
    static char text[8192];
    FILE *fp = fopen(out, "r");
    size_t n = fp ? fread(text, 1, sizeof text - 1, fp) : 0;
    text[n] = 0;
    if (fp)
        fclose(fp);
    CHECK(strstr(text, "is empty") != NULL);
    flash_t f;
    CHECK(flash_open_file(&f, img, 0, SEC, false) == FLASH_OK);
    journal_attach(&f, 0x200000 - RSIZE, SEC);
    for (uint32_t i = 0; i < 30; i++) {
        journal_begin(i ? 2 : 1, JOURNAL_RAN_BOOT);
        journal_entry_t e = *journal_current();
        e.ran |= JOURNAL_RAN_MAIN | JOURNAL_RAN_REPL;
        e.end = i % 2 ? JOURNAL_END_HARD : JOURNAL_END_SOFT;
        e.uptime_ms = 1000 * i + 5;
        e.heap_free = 90000 + i;
        if (i == 29) {
            e.ran |= JOURNAL_RAN_ERROR | JOURNAL_RAN_SAFE;
            e.safe_reason = 3;
            const char *tb = "Traceback (most recent call last):\n  File \"main.py\", line 3\nZeroDivisionError: divide by zero\n";
            e.tb_len = (uint16_t)strlen(tb);
            memcpy(e.tb, tb, e.tb_len);
        }
        journal_update(&e);
    }
    journal_attach(NULL, 0, 0);
    flash_close(&f);
    CHECK(run_image("journal", img, out) == 0);
    fp = fopen(out, "r");
    n = fp ? fread(text, 1, sizeof text - 1, fp) : 0;
    text[n] = 0;
    if (fp)
        fclose(fp);
    CHECK(!strncmp(text, "boot 30: cause=HARD_RESET ran=boot.py,main.py,safe,repl,error end=hard safe_reason=3 "
                         "uptime=29.005s heap_free=90029 tb=ZeroDivisionError: divide by zero\n"
                         "boot 29: cause=HARD_RESET ran=boot.py,main.py,repl end=soft uptime=28.005s heap_free=90028 tb=-\n",
                   strlen("boot 30: cause=HARD_RESET ran=boot.py,main.py,safe,repl,error end=hard safe_reason=3 "
                          "uptime=29.005s heap_free=90029 tb=ZeroDivisionError: divide by zero\n"
                          "boot 29: cause=HARD_RESET ran=boot.py,main.py,repl end=soft uptime=28.005s heap_free=90028 tb=-\n")));
    int lines = 0;
    for (char *c = text; *c; c++)
        lines += *c == '\n';
    CHECK(lines == JOURNAL_KEEP);
    CHECK(strstr(text, "boot 15: ") != NULL && strstr(text, "boot 14: ") == NULL);
    // the filesystem is untouched
    CHECK(run_image("check", img, out) == 0);
    unlink(img);
    unlink(out);
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    test_format();
    test_fill_wrap();
    test_long_boot();
    test_ram();
    test_region();
    test_garbage();
    test_image_cmd();
    sweep(FLASH_CUT_CLEAN, 0, "clean");
    for (uint64_t s = 1; s <= 2; s++)
        sweep(FLASH_CUT_TEAR_PREFIX, s, s == 1 ? "tear-prefix seed 1" : "tear-prefix seed 2");
    for (uint64_t s = 1; s <= 4; s++) {
        char name[40];
        snprintf(name, sizeof name, "tear-bits seed %llu", (unsigned long long)s);
        sweep(FLASH_CUT_TEAR_BITS, s, name);
    }
    for (int m = 0; m < 3; m++)
        sweep2(m);
    multicut(12, 2000, false);
    multicut(3, 3000, false);
    multicut(2, 5000, true);
    UNIT_END();
}
