// board/gpio.c — the 40 GPIOs of the virtual ESP32: mode, pull, output
// latch, the level the host drives from outside, IRQ edge latching.
//
// What a pin reads (gpio_level), as on the real chip:
//   OUT         the output latch (the pad follows the driver; a host drive
//               on an output pin loses);
//   OPEN_DRAIN  latch 0: 0 (the pin sinks the line). Latch 1: the line is
//               released, so the host's drive decides (wired-AND); with no
//               drive a pull-down reads 0, otherwise 1 — an open-drain line
//               always has a pull-up somewhere (the bus resistor), so an
//               idle released line reads high;
//   IN          the host's drive; else the pull resistor (up 1, down 0);
//               else 0 (a floating input reads low here).
// Output levels reported to gpio_output_hook (hal_gpio_output): OUT = the
// latch, OPEN_DRAIN = 0 while sinking and 1 while released. A report is made
// only when the reported level changes (and for the first output after a
// power-on), from the interpreter thread only.
//
// Threads: modes, pulls, latches and triggers are written by the interpreter
// thread; the host writes external levels from any thread. Every field is
// a byte accessed with __atomic builtins. Each pin keeps the last level it
// read (`seen`); whoever changes something that can move the level swaps
// the new level in and latches the edge it makes (if the pin has a trigger
// for it) into `edges` and the pin's bit into `edge_mask`, then posts a board
// event. gpio_poll (interpreter, at a check point) takes them. Several edges
// between two polls make one hand-over with both flags, like an IRQ that
// fires again before its soft handler ran.
//
// GPIO34..39 are inputs without pull resistors: a pull request is ignored.
// Pin state lives in C memory: modes and levels survive soft resets, IRQ
// triggers do not; gpio_power_on (every hard reset) makes every pin an
// input without pull with latch 0. The host's drive is the outside world:
// it survives every reset.
#include <stdint.h>
#include "board/gpio.h"
#include "board/board.h"
#include "board/hal.h"

#define LOAD(p) __atomic_load_n(p, __ATOMIC_SEQ_CST)
#define STORE(p, v) __atomic_store_n(p, v, __ATOMIC_SEQ_CST)

static uint8_t mode[GPIO_COUNT];
static uint8_t pull[GPIO_COUNT];
static uint8_t latch[GPIO_COUNT];
static int8_t ext[GPIO_COUNT] = {
    -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
    -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
};
static uint8_t seen[GPIO_COUNT];       // last level read, for edges
static uint8_t trigger[GPIO_COUNT];    // GPIO_IRQ_* bits
static uint8_t edges[GPIO_COUNT];      // latched, not yet polled
static uint64_t edge_mask;             // bit n: pin n has latched edges
static int8_t reported[GPIO_COUNT];    // last level given to the output hook, -1 none
static bool irq_enabled = true;

void (*gpio_irq_hook)(int pin, int flags);
void (*gpio_output_hook)(int pin, int level) = hal_gpio_output;

bool gpio_is_valid(int pin) {
    return pin >= 0 && pin < GPIO_COUNT && pin != 20 && pin != 24 && (pin < 28 || pin > 31);
}

bool gpio_is_input_only(int pin) {
    return pin >= 34 && pin < GPIO_COUNT;
}

static int resolve(int pin) {
    int m = LOAD(&mode[pin]);
    int l = LOAD(&latch[pin]);
    int e = LOAD(&ext[pin]);
    int p = LOAD(&pull[pin]);
    if (m == GPIO_MODE_OUT) {
        return l;
    }
    if (m == GPIO_MODE_OPEN_DRAIN) {
        if (l == 0) {
            return 0;
        }
        if (e >= 0) {
            return e;
        }
        return p == GPIO_PULL_DOWN ? 0 : 1;
    }
    if (e >= 0) {
        return e;
    }
    return (p & GPIO_PULL_UP) ? 1 : 0;
}

int gpio_level(int pin) {
    if (pin < 0 || pin >= GPIO_COUNT) {
        return 0;
    }
    return resolve(pin);
}

// Something that may move the pin's level changed: latch the edge.
static void update(int pin) {
    uint8_t now = (uint8_t)resolve(pin);
    uint8_t before = __atomic_exchange_n(&seen[pin], now, __ATOMIC_SEQ_CST);
    if (before == now) {
        return;
    }
    uint8_t edge = now ? GPIO_IRQ_RISING : GPIO_IRQ_FALLING;
    if (LOAD(&trigger[pin]) & edge) {
        __atomic_or_fetch(&edges[pin], edge, __ATOMIC_SEQ_CST);
        __atomic_or_fetch(&edge_mask, (uint64_t)1 << pin, __ATOMIC_SEQ_CST);
        if (LOAD(&irq_enabled)) {
            board_post_event();
        }
    }
}

// Report the driven level of an output pin (interpreter thread).
static void report(int pin) {
    int m = LOAD(&mode[pin]);
    if (m != GPIO_MODE_OUT && m != GPIO_MODE_OPEN_DRAIN) {
        return;
    }
    int level = LOAD(&latch[pin]) ? 1 : 0;
    if (reported[pin] != level) {
        reported[pin] = (int8_t)level;
        if (gpio_output_hook != NULL) {
            gpio_output_hook(pin, level);
        }
    }
}

void gpio_power_on(void) {
    for (int i = 0; i < GPIO_COUNT; i++) {
        STORE(&trigger[i], 0);
        STORE(&edges[i], 0);
        STORE(&mode[i], GPIO_MODE_IN);
        STORE(&pull[i], GPIO_PULL_NONE);
        STORE(&latch[i], 0);
        STORE(&seen[i], (uint8_t)resolve(i));
        reported[i] = -1;
    }
    STORE(&edge_mask, 0);
    STORE(&irq_enabled, true);
}

void gpio_soft_reset(void) {
    for (int i = 0; i < GPIO_COUNT; i++) {
        STORE(&trigger[i], 0);
        STORE(&edges[i], 0);
    }
    STORE(&edge_mask, 0);
    STORE(&irq_enabled, true);
}

void gpio_drive_external(int pin, int level) {
    if (pin < 0 || pin >= GPIO_COUNT) {
        return;
    }
    STORE(&ext[pin], (int8_t)(level < 0 ? -1 : level ? 1 : 0));
    update(pin);
}

void gpio_poll(void) {
    if (LOAD(&edge_mask) == 0 || !LOAD(&irq_enabled)) {
        return;
    }
    uint64_t mask = __atomic_exchange_n(&edge_mask, 0, __ATOMIC_SEQ_CST);
    for (int pin = 0; mask != 0; pin++, mask >>= 1) {
        if (mask & 1) {
            int flags = gpio_take_edges(pin);
            if (flags != 0 && gpio_irq_hook != NULL) {
                gpio_irq_hook(pin, flags);
            }
        }
    }
}

// ---------------------------------------------------------------- machine.Pin's view
void gpio_set_mode(int pin, int m) {
    STORE(&mode[pin], (uint8_t)m);
    update(pin);
    report(pin);
}

int gpio_mode(int pin) {
    return LOAD(&mode[pin]);
}

void gpio_set_pull(int pin, int p) {
    if (gpio_is_input_only(pin)) {
        p = GPIO_PULL_NONE;   // GPIO34..39 have no pull resistors
    }
    STORE(&pull[pin], (uint8_t)p);
    update(pin);
}

int gpio_pull(int pin) {
    return LOAD(&pull[pin]);
}

void gpio_set_latch(int pin, int level) {
    STORE(&latch[pin], (uint8_t)(level ? 1 : 0));
    update(pin);
    report(pin);
}

int gpio_latch(int pin) {
    return LOAD(&latch[pin]);
}

int gpio_external(int pin) {
    return LOAD(&ext[pin]);
}

void gpio_set_irq(int pin, int t) {
    STORE(&trigger[pin], (uint8_t)t);
    STORE(&seen[pin], (uint8_t)resolve(pin));   // edges count from now
    __atomic_and_fetch(&edges[pin], (uint8_t)t, __ATOMIC_SEQ_CST);
}

int gpio_irq_trigger(int pin) {
    return LOAD(&trigger[pin]);
}

int gpio_take_edges(int pin) {
    return __atomic_exchange_n(&edges[pin], 0, __ATOMIC_SEQ_CST);
}

bool gpio_edges_pending(void) {
    return LOAD(&edge_mask) != 0;
}

void gpio_irq_enable(bool on) {
    STORE(&irq_enabled, on);
    if (on && LOAD(&edge_mask) != 0) {
        board_post_event();
    }
}
