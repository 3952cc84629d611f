// board/serial.c — the board's console link (board/serial.h): the receive
// ring buffer between the port's I/O context and the interpreter, the
// interrupt character, and raw / cooked transmission.
// Invariants: rx_head is written only by the producer (board_serial_rx,
// any thread), rx_tail only by the interpreter; both only grow (indices are
// taken modulo SERIAL_RX_SIZE), so head - tail is the fill level. The
// interrupt character never enters the buffer while it is armed.
#include <string.h>
#include "board/serial.h"
#include "board/board.h"
#include "board/hal.h"
#include "board/board_int.h"
#include "core/runtime.h"

static uint8_t rx_buf[SERIAL_RX_SIZE];
static size_t rx_head;   // producer
static size_t rx_tail;   // consumer

void serial_power_on(void) {
    __atomic_store_n(&rx_tail, __atomic_load_n(&rx_head, __ATOMIC_ACQUIRE), __ATOMIC_RELEASE);
}

size_t board_serial_rx_space(void) {
    size_t used = __atomic_load_n(&rx_head, __ATOMIC_RELAXED) - __atomic_load_n(&rx_tail, __ATOMIC_ACQUIRE);
    return SERIAL_RX_SIZE - used;
}

size_t board_serial_rx(const uint8_t *buf, size_t n) {
    size_t head = __atomic_load_n(&rx_head, __ATOMIC_RELAXED);
    size_t tail = __atomic_load_n(&rx_tail, __ATOMIC_ACQUIRE);
    size_t taken = 0;
    bool intr = false;
    for (; taken < n; taken++) {
        int ic = rt_state.interrupt_char;
        bool in_window = safemode_rx_byte(buf[taken], ic >= 0);
        if (ic >= 0 && buf[taken] == (uint8_t)ic) {
            intr = true;
            continue;   // swallowed: raises KeyboardInterrupt in the running code
        }
        if (in_window) {
            continue;   // a Ctrl-C of the boot window is for the supervisor only
        }
        if (head - tail >= SERIAL_RX_SIZE) {
            break;   // full: the port retries later (backpressure, nothing lost)
        }
        rx_buf[head % SERIAL_RX_SIZE] = buf[taken];
        head++;
    }
    __atomic_store_n(&rx_head, head, __ATOMIC_RELEASE);
    if (intr && rt_state.kbd_exc != OBJ_NULL) {
        rt_post_pending(rt_state.kbd_exc);
    }
    hal_wake();
    return taken;
}

size_t serial_rx_available(void) {
    return __atomic_load_n(&rx_head, __ATOMIC_ACQUIRE) - __atomic_load_n(&rx_tail, __ATOMIC_RELAXED);
}

void serial_rx_flush(void) {
    serial_power_on();
}

static int rx_pop(void) {
    size_t tail = __atomic_load_n(&rx_tail, __ATOMIC_RELAXED);
    if (__atomic_load_n(&rx_head, __ATOMIC_ACQUIRE) == tail) {
        return -1;
    }
    int c = rx_buf[tail % SERIAL_RX_SIZE];
    __atomic_store_n(&rx_tail, tail + 1, __ATOMIC_RELEASE);
    return c;
}

// Wait for a byte for at most `us` of board time (UINT64_MAX: forever);
// take it if `take`, else only report that one is there (returns 0).
static int wait_rx(uint64_t us, bool take) {
    uint64_t start = board_ticks_us();
    for (;;) {
        if (take) {
            int c = rx_pop();
            if (c >= 0) {
                return c;
            }
        } else if (serial_rx_available() > 0) {
            return 0;
        }
        obj_t p = rt_state.pending_exception;
        if (p == RT_PENDING_PORT) {
            rt_handle_pending();   // host requests, pin IRQs, timers (may raise)
            continue;
        }
        if (p != OBJ_NULL) {
            return -1;   // Ctrl-C while code runs: the caller raises it
        }
        board_check_power();   // the port is stopping the board: does not return
        if (us != UINT64_MAX) {
            uint64_t waited = board_ticks_us() - start;
            if (waited >= us) {
                return -2;
            }
            uint64_t left = us - waited;
            hal_wait_event(left < 50000 ? left : 50000);
        } else {
            hal_wait_event(50000);
        }
    }
}

int serial_getc(void) {
    return wait_rx(UINT64_MAX, true);
}

int serial_getc_timeout(uint64_t us) {
    return wait_rx(us, true);
}

bool serial_wait_rx(uint64_t us) {
    return wait_rx(us, false) == 0;
}

void serial_write(const void *buf, size_t len) {
    hal_serial_write((const uint8_t *)buf, len);
}

void serial_write_str(const char *s) {
    hal_serial_write((const uint8_t *)s, strlen(s));
}

void serial_write_cooked(const char *s, size_t len) {
    char out[512];
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (n >= sizeof(out) - 2) {
            hal_serial_write((const uint8_t *)out, n);
            n = 0;
        }
        if (s[i] == '\n') {
            out[n++] = '\r';
        }
        out[n++] = s[i];
    }
    if (n > 0) {
        hal_serial_write((const uint8_t *)out, n);
    }
}
