// ports/unix/board_trace.c — GPIO output trace of the virtual board: VCD
// file and live terminal pin view (see board_trace.h).
// Invariants: `level[pin]` is the last level recorded (-1: never driven);
// VCD time stamps never go back (a smaller clock is written at the last
// stamp); `analog[pin]` is the last analog level (-1: not analog), shown
// instead of the level in the live line and written to the VCD as the real
// variable GPIOn_avg; every VCD change goes out in one write + flush; the live line is
// redrawn at most every LIVE_PERIOD_NS of real time, a later trace_live_tick
// draws what the rate limit held back. All state is under `lock`.
#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "ports/unix/board_trace.h"

#define NPINS 40
#define LIVE_PERIOD_NS 50000000LL   // 20 redraws a second

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int8_t level[NPINS] = {
    -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
    -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
};
static uint64_t counts[NPINS];
static double analog[NPINS] = {   // analog level (trace_analog), -1: not analog
    -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
    -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
};
#define ANALOG_PINS 34   // GPIO0..33 can output (34..39 are inputs only)
#define WAVE_MAX_EDGES 100000   // edges a square wave writes after its last change

// A slow PWM's square wave (trace_wave): edge e (0, 1, 2...) is at
// start_ns + (e / 2) * period_ns (+ high_ns when odd: the fall); `next` is
// the first edge not yet written.
typedef struct {
    bool on;
    uint64_t start_ns, period_ns, high_ns;
    uint64_t next;
} wave_t;
static wave_t wave[NPINS];
static FILE *vcd;
static uint64_t vcd_time;      // last stamp written
static int live_fd = -1;
static bool live_dirty;
static int64_t live_last_ns;   // real time of the last redraw
static uint64_t last_clock;

// Pins that exist on the ESP32 (GPIO20, 24, 28..31 do not).
static bool pin_exists(int pin) {
    return pin != 20 && pin != 24 && (pin < 28 || pin > 31);
}

// The VCD identifier of a pin: one printable character.
static char vcd_id(int pin) {
    return (char)('!' + pin);
}

// The VCD identifier of a pin's analog (real) variable: '~' and the pin's
// wire id (never starting with a value character).
static void vcd_analog_id(int pin, char out[3]) {
    out[0] = '~';
    out[1] = vcd_id(pin);
    out[2] = 0;
}

static int64_t real_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static void vcd_failed(void) {
    fclose(vcd);
    vcd = NULL;
}

int trace_open_vcd(const char *path) {
    FILE *f = fopen(path, "w");
    if (f == NULL) {
        return -1;
    }
    pthread_mutex_lock(&lock);
    if (vcd != NULL) {
        fclose(vcd);
    }
    vcd = f;
    vcd_time = 0;
    fprintf(f, "$version Kiln virtual ESP32 board $end\n");
    fprintf(f, "$comment time is board time (hal_clock_us) $end\n");
    fprintf(f, "$timescale 1us $end\n");
    fprintf(f, "$scope module esp32 $end\n");
    for (int pin = 0; pin < NPINS; pin++) {
        if (pin_exists(pin)) {
            fprintf(f, "$var wire 1 %c GPIO%d $end\n", vcd_id(pin), pin);
        }
    }
    for (int pin = 0; pin < ANALOG_PINS; pin++) {
        if (pin_exists(pin)) {
            char id[3];
            vcd_analog_id(pin, id);
            fprintf(f, "$var real 64 %s GPIO%d_avg $end\n", id, pin);
        }
    }
    fprintf(f, "$upscope $end\n$enddefinitions $end\n#0\n$dumpvars\n");
    for (int pin = 0; pin < NPINS; pin++) {
        if (pin_exists(pin)) {
            fprintf(f, "%c%c\n", level[pin] < 0 ? 'x' : '0' + level[pin], vcd_id(pin));
        }
    }
    for (int pin = 0; pin < ANALOG_PINS; pin++) {
        if (pin_exists(pin) && analog[pin] >= 0) {
            char id[3];
            vcd_analog_id(pin, id);
            fprintf(f, "r%.6g %s\n", analog[pin], id);
        }
    }
    fprintf(f, "$end\n");
    if (fflush(f) != 0) {
        vcd_failed();
        pthread_mutex_unlock(&lock);
        return -1;
    }
    pthread_mutex_unlock(&lock);
    return 0;
}

// Go on writing an existing VCD (the board process was restarted): no
// header, times from clock_us on.
int trace_continue_vcd(const char *path, uint64_t clock_us) {
    FILE *f = fopen(path, "a");
    if (f == NULL) {
        return -1;
    }
    pthread_mutex_lock(&lock);
    if (vcd != NULL) {
        fclose(vcd);
    }
    vcd = f;
    vcd_time = clock_us;
    pthread_mutex_unlock(&lock);
    return 0;
}

// Write the live line (lock held).
static void live_draw(void) {
    char buf[64 + NPINS * 13];
    int n = snprintf(buf, sizeof(buf), "\r[kiln] t=%llu.%03llus ",
                     (unsigned long long)(last_clock / 1000000),
                     (unsigned long long)(last_clock / 1000 % 1000));
    for (int pin = 0; pin < NPINS; pin++) {
        if (analog[pin] >= 0) {
            n += snprintf(buf + n, sizeof(buf) - (size_t)n, " GPIO%d=%d%%", pin, (int)(analog[pin] * 100 + 0.5));
        } else if (level[pin] >= 0) {
            n += snprintf(buf + n, sizeof(buf) - (size_t)n, " GPIO%d=%d", pin, level[pin]);
        }
    }
    n += snprintf(buf + n, sizeof(buf) - (size_t)n, "\x1b[K");
    size_t off = 0;
    while (off < (size_t)n) {
        ssize_t w = write(live_fd, buf + off, (size_t)n - off);
        if (w < 0 && errno == EINTR) {
            continue;
        }
        if (w <= 0) {
            break;   // a full or closed terminal: drop this frame
        }
        off += (size_t)w;
    }
    live_dirty = false;
    live_last_ns = real_ns();
}

static void live_maybe_draw(void) {
    if (live_fd >= 0 && live_dirty && real_ns() - live_last_ns >= LIVE_PERIOD_NS) {
        live_draw();
    }
}

// Record a level (0, 1; -1: x) of pin's wire at clock_us, without flushing
// (lock held). Returns true if it changed.
static bool put_level(int pin, int lvl, uint64_t clock_us) {
    if (level[pin] == lvl) {
        return false;
    }
    level[pin] = (int8_t)lvl;
    counts[pin]++;
    if (vcd != NULL) {
        char line[48];
        int n = 0;
        if (clock_us > vcd_time) {
            vcd_time = clock_us;
            n = snprintf(line, sizeof(line), "#%llu\n", (unsigned long long)clock_us);
        }
        n += snprintf(line + n, sizeof(line) - (size_t)n, "%c%c\n", lvl < 0 ? 'x' : '0' + lvl, vcd_id(pin));
        if (fwrite(line, 1, (size_t)n, vcd) != (size_t)n) {
            vcd_failed();
        }
    }
    live_dirty = true;
    return true;
}

static uint64_t wave_edge_ns(const wave_t *w, uint64_t e) {
    return w->start_ns + (e / 2) * w->period_ns + ((e & 1) ? w->high_ns : 0);
}

// Write the square waves' edges before board time upto_us, in time order
// (lock held). A wave that wrote WAVE_MAX_EDGES since its last change stops:
// its wire shows x from there.
static void emit_waves(uint64_t upto_us) {
    for (;;) {
        int best = -1;
        uint64_t best_ns = 0;
        for (int pin = 0; pin < NPINS; pin++) {
            if (wave[pin].on) {
                uint64_t t = wave_edge_ns(&wave[pin], wave[pin].next);
                if (t / 1000 < upto_us && (best < 0 || t < best_ns)) {
                    best = pin;
                    best_ns = t;
                }
            }
        }
        if (best < 0) {
            return;
        }
        wave_t *w = &wave[best];
        if (w->next >= WAVE_MAX_EDGES) {
            w->on = false;
            put_level(best, -1, best_ns / 1000);
            continue;
        }
        put_level(best, (w->next & 1) ? 0 : 1, best_ns / 1000);
        w->next++;
    }
}

static void flush_vcd(void) {
    if (vcd != NULL && fflush(vcd) != 0) {
        vcd_failed();
    }
}

void trace_gpio(int pin, int lvl, uint64_t clock_us) {
    if (pin < 0 || pin >= NPINS) {
        return;
    }
    lvl = lvl ? 1 : 0;
    pthread_mutex_lock(&lock);
    if (clock_us > last_clock) {
        last_clock = clock_us;
    }
    emit_waves(clock_us);
    if (!wave[pin].on && put_level(pin, lvl, clock_us)) {   // a wave owns its pin's wire
        live_maybe_draw();
    }
    flush_vcd();
    pthread_mutex_unlock(&lock);
}

void trace_wave(int pin, uint64_t period_ns, uint64_t high_ns, int after, uint64_t clock_us) {
    if (pin < 0 || pin >= ANALOG_PINS || !pin_exists(pin)) {
        return;
    }
    pthread_mutex_lock(&lock);
    if (clock_us > last_clock) {
        last_clock = clock_us;
    }
    emit_waves(clock_us);
    wave_t *w = &wave[pin];
    w->on = false;
    if (period_ns > 0 && high_ns > 0 && high_ns < period_ns) {
        w->on = true;
        w->start_ns = clock_us * 1000;
        w->period_ns = period_ns;
        w->high_ns = high_ns;
        w->next = 0;
        emit_waves(clock_us + 1);   // the first rise, now
    } else if (period_ns > 0) {
        put_level(pin, high_ns > 0, clock_us);   // 0% or 100%: a steady level
    } else if (after >= 0) {
        put_level(pin, after ? 1 : 0, clock_us);
    }
    live_maybe_draw();
    flush_vcd();
    pthread_mutex_unlock(&lock);
}

void trace_analog(int pin, double value, uint64_t clock_us) {
    if (pin < 0 || pin >= ANALOG_PINS || !pin_exists(pin)) {
        return;
    }
    if (value < 0) {
        value = -1;
    }
    pthread_mutex_lock(&lock);
    if (clock_us > last_clock) {
        last_clock = clock_us;
    }
    emit_waves(clock_us);
    if (analog[pin] != value) {
        analog[pin] = value;
        if (vcd != NULL) {
            char line[64], id[3];
            int n = 0;
            if (clock_us > vcd_time) {
                vcd_time = clock_us;
                n = snprintf(line, sizeof(line), "#%llu\n", (unsigned long long)clock_us);
            }
            vcd_analog_id(pin, id);
            n += snprintf(line + n, sizeof(line) - (size_t)n, "r%.6g %s\n", value < 0 ? 0.0 : value, id);
            if (fwrite(line, 1, (size_t)n, vcd) != (size_t)n || fflush(vcd) != 0) {
                vcd_failed();
            }
        }
        live_dirty = true;
        live_maybe_draw();
    }
    pthread_mutex_unlock(&lock);
}

void trace_live_enable(int fd) {
    pthread_mutex_lock(&lock);
    live_fd = fd;
    live_dirty = true;
    live_last_ns = 0;
    pthread_mutex_unlock(&lock);
}

void trace_live_tick(uint64_t clock_us) {
    pthread_mutex_lock(&lock);
    if (live_fd >= 0 && live_dirty) {
        if (clock_us > last_clock) {
            last_clock = clock_us;
        }
        live_maybe_draw();
    }
    pthread_mutex_unlock(&lock);
}

void trace_close(void) {
    pthread_mutex_lock(&lock);
    emit_waves(last_clock + 1);
    if (vcd != NULL) {
        if (last_clock > vcd_time) {
            fprintf(vcd, "#%llu\n", (unsigned long long)last_clock);
        }
        fclose(vcd);
        vcd = NULL;
    }
    if (live_fd >= 0) {
        live_draw();
        if (write(live_fd, "\r\n", 2) < 0) {
            // nothing to do: the terminal is gone
        }
        live_fd = -1;
    }
    pthread_mutex_unlock(&lock);
}

uint64_t trace_count(int pin) {
    if (pin < 0 || pin >= NPINS) {
        return 0;
    }
    pthread_mutex_lock(&lock);
    uint64_t n = counts[pin];
    pthread_mutex_unlock(&lock);
    return n;
}

void trace_time(uint64_t clock_us) {
    pthread_mutex_lock(&lock);
    if (clock_us > last_clock) {
        last_clock = clock_us;
    }
    emit_waves(clock_us);
    flush_vcd();
    pthread_mutex_unlock(&lock);
}
