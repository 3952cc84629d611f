// board/machine_uart.c — machine.UART of the virtual ESP32: UART0, 1, 2 with
// MicroPython ESP32's arguments, defaults (UART0 keeps the console's pins,
// shown tx=-1 rx=-1; UART1 tx=10 rx=9, UART2 tx=17 rx=16, 115200 8N1), repr
// and the baud rate the chip
// really makes (80 MHz * 16 / divider: 115200 reads back 115201).
// The wires: bytes written to a UART reach every active UART 1/2 whose rx is
// that UART's tx pin — its own rx when tx and rx are the same pin (a
// loopback), another UART's when they are wired together; with no such
// receiver they are lost, and write() returns the count as on the chip.
// Reads take what arrived (read/readline/readinto return None when nothing
// came within `timeout` ms of board time).
// UART(0) is the REPL's console, as MicroPython ESP32 allows: write() sends
// raw bytes on the serial line, read()/readline()/any() take bytes from the
// console's receive buffer (bytes the REPL then does not see). Its
// baudrate and pins are recorded but the serial link is unchanged.
// The host side (board/uarthost.h, control `uart N HEX` / `uart N`): bytes
// the host sends arrive in an active UART 1/2's receive ring (the other end
// of its wires: a GPS module, a PC's adapter); every byte a UART 1/2 sends
// is also kept for the host (the last TXCAP bytes) until it reads them.
// State is C memory: numbers (interpreter thread) and, per UART, the
// receive ring and the host's capture ring, each a small spin-locked ring
// (the host's I/O thread and the interpreter both use them). UART objects
// are ROM singletons. machine_uart_reset (every soft reset and boot) closes
// UART 1/2 and empties their rings.
#include <string.h>
#include "core/runtime.h"
#include "core/types.h"
#include "core/gc.h"
#include "board/machine.h"
#include "board/board.h"
#include "board/serial.h"
#include "board/uarthost.h"

#define N_UART 3
enum { INV_TX = 32, INV_RX = 4, INV_RTS = 64, INV_CTS = 8 };   // ESP-IDF's uart_signal_inv_t
enum { FLOW_RTS = 1, FLOW_CTS = 2 };                           // uart_hw_flowcontrol_t
#define RING 4096
#define TXCAP 4096

// A byte ring shared by two threads (a spin lock around a few instructions).
typedef struct {
    bool lock;
    size_t head, len;
    uint8_t buf[RING];
} ring_t;

static void ring_lock(ring_t *r) {
    while (__atomic_test_and_set(&r->lock, __ATOMIC_ACQUIRE)) {
    }
}

static void ring_unlock(ring_t *r) {
    __atomic_clear(&r->lock, __ATOMIC_RELEASE);
}

// Append up to n bytes while the ring holds fewer than room; dropping the
// oldest instead when `keep_new`. Returns how many were stored.
static size_t ring_put(ring_t *r, const uint8_t *data, size_t n, size_t room, bool keep_new) {
    size_t k = 0;
    ring_lock(r);
    for (; k < n; k++) {
        if (r->len >= room) {
            if (!keep_new) {
                break;
            }
            r->head = (r->head + 1) % RING;
            r->len--;
        }
        r->buf[(r->head + r->len) % RING] = data[k];
        r->len++;
    }
    ring_unlock(r);
    return k;
}

static size_t ring_get(ring_t *r, uint8_t *out, size_t max) {
    ring_lock(r);
    size_t n = r->len < max ? r->len : max;
    for (size_t k = 0; k < n; k++) {
        out[k] = r->buf[(r->head + k) % RING];
    }
    r->head = (r->head + n) % RING;
    r->len -= n;
    ring_unlock(r);
    return n;
}

static size_t ring_len(ring_t *r) {
    ring_lock(r);
    size_t n = r->len;
    ring_unlock(r);
    return n;
}

static void ring_clear(ring_t *r) {
    ring_lock(r);
    r->head = r->len = 0;
    ring_unlock(r);
}

typedef struct {
    bool active;
    uint32_t baud;
    uint8_t bits, stop;
    int8_t parity;          // -1 none, 0 even, 1 odd
    int8_t tx, rx, rts, cts;
    uint32_t txbuf, rxbuf, timeout, timeout_char;
    uint8_t invert;
    uint8_t flow;
} uart_t;

static uart_t uarts[N_UART];
static bool open_[N_UART];     // active, as the host thread sees it (atomic)
static ring_t rxr[N_UART];     // received, not yet read
static ring_t txcap[N_UART];   // sent, not yet taken by the host
static const obj_base_t uart_rom[N_UART] = {{&machine_uart_type}, {&machine_uart_type}, {&machine_uart_type}};

static void defaults(int id) {
    // UART0 keeps the console's pins (1, 3): UART_PIN_NO_CHANGE, shown as -1
    static const int8_t tx[N_UART] = {-1, 10, 17}, rx[N_UART] = {-1, 9, 16};
    uart_t *u = &uarts[id];
    u->baud = 115200;
    u->bits = 8;
    u->stop = 1;
    u->parity = -1;
    u->tx = tx[id];
    u->rx = rx[id];
    u->rts = u->cts = -1;
    u->txbuf = u->rxbuf = 256;
    u->timeout = u->timeout_char = 0;
    u->invert = u->flow = 0;
    ring_clear(&rxr[id]);
}

static void set_active(int id, bool on) {
    uarts[id].active = on;
    __atomic_store_n(&open_[id], on, __ATOMIC_SEQ_CST);
}

void machine_uart_reset(void) {
    for (int i = 0; i < N_UART; i++) {
        defaults(i);
        set_active(i, i == 0);
        ring_clear(&txcap[i]);
    }
}

static size_t room(int id) {
    return uarts[id].rxbuf < RING ? (uarts[id].rxbuf ? uarts[id].rxbuf : 1) : RING;
}

// ---------------------------------------------------------------- host side
size_t uarthost_send(int id, const uint8_t *data, size_t n) {
    if (id < 1 || id >= N_UART || !__atomic_load_n(&open_[id], __ATOMIC_SEQ_CST)) {
        return 0;   // no driver: the bytes are lost
    }
    size_t k = ring_put(&rxr[id], data, n, RING, false);
    board_post_event();   // a read waiting for them wakes up
    return k;
}

size_t uarthost_take(int id, uint8_t *out, size_t max) {
    if (id < 1 || id >= N_UART) {
        return 0;
    }
    return ring_get(&txcap[id], out, max);
}

static int uart_id(obj_t self) {
    return (int)((const obj_base_t *)OBJ_TO_PTR(self) - uart_rom);
}

static uint32_t actual_baud(uint32_t baud) {
    uint64_t clk = (uint64_t)80000000 << 4;
    uint64_t div = clk / baud;
    return div ? (uint32_t)(clk / div) : 0;
}

static void uart_print(const printer_t *p, obj_t self, print_kind_t kind) {
    uart_t *u = &uarts[uart_id(self)];
    print_fmt(p, "UART(%u, baudrate=%u, bits=%u, parity=%s, stop=%u, tx=%d, rx=%d, rts=%d, cts=%d, txbuf=%u, rxbuf=%u, "
                 "timeout=%u, timeout_char=%u",
              uart_id(self), actual_baud(u->baud), u->bits, u->parity < 0 ? "None" : u->parity ? "1" : "0", u->stop,
              u->tx, u->rx, u->rts, u->cts, u->txbuf, u->rxbuf, u->timeout, u->timeout_char);
    static const struct {
        uint8_t bit;
        const char *name;
    } inv[4] = {{INV_TX, "INV_TX"}, {INV_RX, "INV_RX"}, {INV_RTS, "INV_RTS"}, {INV_CTS, "INV_CTS"}},
      flow[2] = {{FLOW_RTS, "RTS"}, {FLOW_CTS, "CTS"}};
    const char *sep = ", invert=";
    for (int i = 0; i < 4; i++) {
        if (u->invert & inv[i].bit) {
            print_fmt(p, "%s%s", sep, inv[i].name);
            sep = "|";
        }
    }
    sep = ", flow=";
    for (int i = 0; i < 2; i++) {
        if (u->flow & flow[i].bit) {
            print_fmt(p, "%s%s", sep, flow[i].name);
            sep = "|";
        }
    }
    print_str(p, ")");
}

static int opt_pin(obj_t o) {
    return o == OBJ_NONE ? -1 : machine_pin_id(o);
}

// init(baudrate, bits, parity, stop, *, tx, rx, rts, cts, txbuf, rxbuf,
// timeout, timeout_char, invert, flow): what is not given is kept.
static void uart_init_helper(int id, size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {
        {N_baudrate, 0, OBJ_NULL},
        {N_bits, 0, OBJ_NULL},
        {N_parity, 0, OBJ_NULL},
        {N_stop, 0, OBJ_NULL},
        {N_tx, ARG_KW_ONLY, OBJ_NULL},
        {N_rx, ARG_KW_ONLY, OBJ_NULL},
        {N_rts, ARG_KW_ONLY, OBJ_NULL},
        {N_cts, ARG_KW_ONLY, OBJ_NULL},
        {N_txbuf, ARG_KW_ONLY, OBJ_NULL},
        {N_rxbuf, ARG_KW_ONLY, OBJ_NULL},
        {N_timeout, ARG_KW_ONLY, OBJ_NULL},
        {N_timeout_char, ARG_KW_ONLY, OBJ_NULL},
        {N_invert, ARG_KW_ONLY, OBJ_NULL},
        {N_flow, ARG_KW_ONLY, OBJ_NULL},
    };
    obj_t v[14];
    rt_parse_args(n_args, n_kw, args, 14, spec, v);
    uart_t *u = &uarts[id];
    uart_t n = *u;
    if (v[0] != OBJ_NULL) {
        intptr_t b = rt_get_int(v[0]);
        if (b <= 0 || b > 5000000) {
            rt_raise_ValueError("invalid baudrate");
        }
        n.baud = (uint32_t)b;
    }
    if (v[1] != OBJ_NULL) {
        intptr_t b = rt_get_int(v[1]);
        if (b < 5 || b > 8) {
            rt_raise_ValueError("invalid data bits");
        }
        n.bits = (uint8_t)b;
    }
    if (v[2] != OBJ_NULL) {
        n.parity = v[2] == OBJ_NONE ? -1 : (int8_t)(rt_get_int(v[2]) & 1);
    }
    if (v[3] != OBJ_NULL) {
        intptr_t s = rt_get_int(v[3]);
        if (s != 1 && s != 2) {
            rt_raise_ValueError("invalid stop bits");
        }
        n.stop = (uint8_t)s;
    }
    int8_t *pins[4] = {&n.tx, &n.rx, &n.rts, &n.cts};
    for (int i = 0; i < 4; i++) {
        if (v[4 + i] != OBJ_NULL) {
            *pins[i] = (int8_t)opt_pin(v[4 + i]);
        }
    }
    uint32_t *nums[4] = {&n.txbuf, &n.rxbuf, &n.timeout, &n.timeout_char};
    for (int i = 0; i < 4; i++) {
        if (v[8 + i] != OBJ_NULL) {
            intptr_t x = rt_get_int(v[8 + i]);
            *nums[i] = x < 0 ? 0 : (uint32_t)x;
        }
    }
    if (v[12] != OBJ_NULL) {
        n.invert = (uint8_t)(rt_get_int(v[12]) & (INV_TX | INV_RX | INV_RTS | INV_CTS));
    }
    if (v[13] != OBJ_NULL) {
        n.flow = (uint8_t)(rt_get_int(v[13]) & 3);
    }
    *u = n;
    set_active(id, true);
}

// UART(id, baudrate=115200, bits=8, parity=None, stop=1, *, ...)
static obj_t uart_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 1, 5, n_kw, true);
    intptr_t id = rt_get_int(args[0]);
    if (id < 0 || id >= N_UART) {
        rt_raise_fmt(&type_ValueError, "UART(%d) does not exist", (int)id);
    }
    defaults((int)id);   // as MicroPython: a new driver, its defaults, then the arguments
    uart_init_helper((int)id, n_args - 1, n_kw, args + 1);
    return OBJ_FROM_PTR(&uart_rom[id]);
}

static obj_t uart_init(size_t n_args, size_t n_kw, const obj_t *args) {
    uart_init_helper(uart_id(args[0]), n_args - 1, n_kw, args + 1);
    return OBJ_NONE;
}
static FUN_OBJ_KW(uart_init_obj, 1, uart_init);

static obj_t uart_deinit(obj_t self) {
    int id = uart_id(self);
    if (id != 0) {
        set_active(id, false);
        ring_clear(&rxr[id]);
    }
    return OBJ_NONE;
}
static FUN_OBJ_1(uart_deinit_obj, uart_deinit);

// ---------------------------------------------------------------- data
static size_t available(int id) {
    return id == 0 ? serial_rx_available() : ring_len(&rxr[id]);
}

static int take_byte(int id) {
    if (id == 0) {
        return serial_rx_available() ? serial_getc() : -1;
    }
    uint8_t c;
    return ring_get(&rxr[id], &c, 1) ? c : -1;
}

// Wait up to the UART's timeout for a byte (board time); true if one is there.
static bool wait_data(int id) {
    if (available(id)) {
        return true;
    }
    uint32_t ms = uarts[id].timeout;
    if (ms == 0) {
        return false;
    }
    if (id == 0) {
        bool got = serial_wait_rx((uint64_t)ms * 1000);
        rt_handle_pending();
        return got;
    }
    uint64_t end = board_ticks_us() + (uint64_t)ms * 1000;
    for (;;) {
        uint64_t now = board_ticks_us();
        if (now >= end || available(id)) {
            break;
        }
        board_delay_us(end - now < 20000 ? end - now : 20000);
        rt_handle_pending();
    }
    return available(id) != 0;
}

// Read up to max bytes (SIZE_MAX: all there is); stop after LF if line.
// Returns the count (0: nothing within the timeout).
static size_t read_into(int id, uint8_t *dst, size_t max, bool line) {
    size_t n = 0;
    while (n < max && wait_data(id)) {
        int c = take_byte(id);
        if (c < 0) {
            break;
        }
        dst[n++] = (uint8_t)c;
        if (line && c == '\n') {
            break;
        }
    }
    return n;
}

static obj_t uart_any(obj_t self) {
    return obj_new_small_int((intptr_t)available(uart_id(self)));
}
static FUN_OBJ_1(uart_any_obj, uart_any);

// read(n) / read() / readline(): the bytes that came within the timeout
// (read() and readline() take what there is, readline() up to LF), or
// None when none did.
static obj_t read_common(obj_t self, intptr_t max, bool line) {
    int id = uart_id(self);
    if (max == 0) {
        return bytes_new("", 0);
    }
    vstr_t v;
    vstr_init(&v, max > 0 && max < 256 ? (size_t)max : 64);
    while ((max < 0 || v.len < (size_t)max) && wait_data(id)) {
        int c = take_byte(id);
        if (c < 0) {
            break;
        }
        vstr_add_byte(&v, (uint8_t)c);
        if (line && c == '\n') {
            break;
        }
    }
    if (v.len == 0) {
        return OBJ_NONE;
    }
    return bytes_from_vstr(&v);
}

static obj_t uart_read(size_t n_args, const obj_t *args) {
    intptr_t max = n_args > 1 && args[1] != OBJ_NONE ? rt_get_int(args[1]) : -1;
    return read_common(args[0], max, false);
}
static FUN_OBJ_VAR(uart_read_obj, 1, 2, uart_read);

static obj_t uart_readline(obj_t self) {
    return read_common(self, -1, true);
}
static FUN_OBJ_1(uart_readline_obj, uart_readline);

static void get_buf(obj_t o, buffer_info_t *info, int flags) {
    const type_t *t = obj_type(o);
    if (t->buffer == NULL || t->buffer(o, info, flags) != 0) {
        rt_raise_TypeError("object with buffer protocol required");
    }
}

static obj_t uart_readinto(size_t n_args, const obj_t *args) {
    buffer_info_t b;
    get_buf(args[1], &b, BUFFER_WRITE);
    size_t max = b.len;
    if (n_args > 2) {
        intptr_t m = rt_get_int(args[2]);
        if (m >= 0 && (size_t)m < max) {
            max = (size_t)m;
        }
    }
    size_t n = read_into(uart_id(args[0]), b.buf, max, false);
    if (n == 0 && max > 0) {
        return OBJ_NONE;
    }
    return obj_new_small_int((intptr_t)n);
}
static FUN_OBJ_VAR(uart_readinto_obj, 2, 3, uart_readinto);

// Deliver bytes sent from tx pin `pin` to the UARTs listening on it.
static void wire(int pin, const uint8_t *data, size_t len) {
    for (int i = 1; i < N_UART; i++) {
        uart_t *u = &uarts[i];
        if (!u->active || u->rx != pin || pin < 0) {
            continue;
        }
        ring_put(&rxr[i], data, len, room(i), false);
    }
}

static obj_t uart_write(obj_t self, obj_t data) {
    int id = uart_id(self);
    buffer_info_t b;
    get_buf(data, &b, BUFFER_READ);
    if (id == 0) {
        serial_write(b.buf, b.len);
    } else {
        wire(uarts[id].tx, b.buf, b.len);
        ring_put(&txcap[id], b.buf, b.len, TXCAP, true);
    }
    return obj_new_small_int((intptr_t)b.len);
}
static FUN_OBJ_2(uart_write_obj, uart_write);

static obj_t uart_none(obj_t self) {
    return OBJ_NONE;
}
static FUN_OBJ_1(uart_flush_obj, uart_none);

static obj_t uart_sendbreak(obj_t self) {
    return OBJ_NONE;
}
static FUN_OBJ_1(uart_sendbreak_obj, uart_sendbreak);

static obj_t uart_txdone(obj_t self) {
    return OBJ_TRUE;
}
static FUN_OBJ_1(uart_txdone_obj, uart_txdone);

static const map_elem_t uart_locals_table[] = {
    MAP_ENTRY(N_init, &uart_init_obj),
    MAP_ENTRY(N_deinit, &uart_deinit_obj),
    MAP_ENTRY(N_any, &uart_any_obj),
    MAP_ENTRY(N_read, &uart_read_obj),
    MAP_ENTRY(N_readline, &uart_readline_obj),
    MAP_ENTRY(N_readinto, &uart_readinto_obj),
    MAP_ENTRY(N_write, &uart_write_obj),
    MAP_ENTRY(N_flush, &uart_flush_obj),
    MAP_ENTRY(N_sendbreak, &uart_sendbreak_obj),
    MAP_ENTRY(N_txdone, &uart_txdone_obj),
    {OBJ_NAME(N_INV_TX), OBJ_SMALL_INT(INV_TX)},
    {OBJ_NAME(N_INV_RX), OBJ_SMALL_INT(INV_RX)},
    {OBJ_NAME(N_INV_RTS), OBJ_SMALL_INT(INV_RTS)},
    {OBJ_NAME(N_INV_CTS), OBJ_SMALL_INT(INV_CTS)},
    {OBJ_NAME(N_RTS), OBJ_SMALL_INT(FLOW_RTS)},
    {OBJ_NAME(N_CTS), OBJ_SMALL_INT(FLOW_CTS)},
};
static MAP_ROM(uart_locals, uart_locals_table);

const type_t machine_uart_type = {
    {&type_type},
    .name = N_UART,
    .flags = TYPE_FLAG_EQ_IS_ID,
    .make_new = uart_make_new,
    .print = uart_print,
    .locals = &uart_locals,
};
