// board/machine_bus.c — machine.I2C, machine.SoftI2C, machine.SPI and
// machine.SoftSPI of the virtual ESP32, with MicroPython ESP32's arguments,
// defaults, reprs and errors.
// The virtual I2C bus (board/i2cbus.c, shared by every I2C object) has no
// device unless the host attaches one (control `i2c ADDR on`): scan() finds
// the attached ones ([] by default) and a transfer to an absent address ends
// on the address byte's NACK: OSError(ENODEV), as MicroPython raises it.
// An attached device is a 256-register file: writeto() sets its register
// pointer with the first byte and stores the rest; readfrom() reads from
// the pointer; the *_mem methods set the pointer to memaddr's low byte.
// SoftI2C's primitives (start, write, readinto, stop) speak to the same
// devices byte by byte: the first byte written after start() is the address
// (ACK only if a device is there; write() returns the ACKs before the first
// NACK); readinto() reads the device's registers after a read address, or
// what SDA shows otherwise (released: 0xFF, held low by the host: 0x00).
// SPI sends its bytes nowhere (they show nowhere else); what it reads is
// MISO's level, which idles high (0xFF) unless the host drives the pin
// (`pin N 0`: 0x00).
// Hardware I2C (ids 0, 1) and SPI (ids 1 = HSPI, 2 = VSPI) objects are ROM
// singletons whose settings are C numbers (kept until the next hard boot,
// as the peripheral's registers; default pins as MicroPython ESP32's);
// SoftI2C/SoftSPI objects are heap objects. Reported frequencies are the
// chip's: I2C 80 MHz / (2 * (80 MHz / freq / 2)), SPI the best APB divider
// (spi_get_actual_clock), SoftI2C 500 kHz / delay, SoftSPI likewise with
// the ESP32's 800 kHz maximum at 160 MHz.
#include <errno.h>
#include <string.h>
#include "core/runtime.h"
#include "core/types.h"
#include "core/gc.h"
#include "board/machine.h"
#include "board/i2cbus.h"

#define APB_HZ 80000000u
#define ADDR_FIRST 0x08
#define ADDR_LAST 0x77

// ---------------------------------------------------------------- helpers
static void get_buf(obj_t o, buffer_info_t *info, int flags) {
    const type_t *t = obj_type(o);
    if (t->buffer == NULL || t->buffer(o, info, flags) != 0) {
        rt_raise_TypeError("object with buffer protocol required");
    }
}

static int opt_pin(obj_t o) {
    return o == OBJ_NONE ? -1 : machine_pin_id(o);
}

// An open-drain bus line, released (the pull-up makes it high).
static void line_release(int pin) {
    if (pin >= 0 && !gpio_is_input_only(pin)) {
        gpio_set_latch(pin, 1);
        gpio_set_mode(pin, GPIO_MODE_OPEN_DRAIN);
    }
}

// The address byte of a transfer: no device ACKs it -> OSError(ENODEV).
static void bus_address(int addr) {
    if (!i2cbus_address(addr)) {
        rt_raise_OSError(ENODEV);
    }
}

// Bytes written after the address (`first`: the first of the transfer).
static void bus_write(int addr, const uint8_t *buf, size_t len, bool first) {
    for (size_t i = 0; i < len; i++) {
        i2cbus_write(addr, buf[i], first && i == 0);
    }
}

static void bus_read(int addr, uint8_t *buf, size_t len) {
    for (size_t i = 0; i < len; i++) {
        buf[i] = i2cbus_read(addr);
    }
}

// A memory address (addrsize bits) -> the device's register pointer.
static void bus_memaddr(int addr, obj_t memaddr) {
    uint8_t reg = (uint8_t)rt_get_int(memaddr);
    i2cbus_write(addr, reg, true);
}

static size_t memaddr_len(obj_t addrsize) {
    intptr_t bits = rt_get_int(addrsize);
    if ((bits & 7) != 0 || bits > 32 || bits < 0) {
        rt_raise_ValueError("invalid addrsize");
    }
    return (size_t)bits / 8;
}

// ---------------------------------------------------------------- I2C objects
typedef struct {
    obj_base_t base;
    int8_t id;            // 0, 1; -1 for SoftI2C
    int8_t scl, sda;
    uint32_t freq;        // SoftI2C: its delay in µs instead
    uint32_t timeout;
    // SoftI2C primitives: the transaction after start() (addr -1: the next
    // byte is the address; -2: no device answered / stopped)
    int16_t addr;
    bool reading, first;
} i2c_obj_t;

static const i2c_obj_t hw_i2c_rom[2] = {{{&machine_i2c_type}, 0, 0, 0, 0, 0, 0, 0, 0},
                                        {{&machine_i2c_type}, 1, 0, 0, 0, 0, 0, 0, 0}};
static struct {
    bool set;
    int8_t scl, sda;
    uint32_t freq, timeout;
} hw_i2c[2];

static void i2c_settings(obj_t self, int *id, int *scl, int *sda, uint32_t *freq) {
    i2c_obj_t *o = OBJ_TO_PTR(self);
    *id = o->id;
    if (o->id >= 0) {
        *scl = hw_i2c[o->id].scl;
        *sda = hw_i2c[o->id].sda;
        *freq = hw_i2c[o->id].freq;
    } else {
        *scl = o->scl;
        *sda = o->sda;
        *freq = o->freq;
    }
}

static void i2c_print(const printer_t *p, obj_t self, print_kind_t kind) {
    int id, scl, sda;
    uint32_t freq;
    i2c_settings(self, &id, &scl, &sda, &freq);
    if (id >= 0) {
        uint32_t half = APB_HZ / freq / 2;
        print_fmt(p, "I2C(%u, scl=%u, sda=%u, freq=%u)", id, scl, sda, half ? APB_HZ / (2 * half) : APB_HZ);
    } else {
        print_fmt(p, "SoftI2C(scl=%u, sda=%u, freq=%u)", scl, sda, 500000 / freq);
    }
}

static void hw_i2c_init(int id, size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {
        {N_scl, ARG_KW_ONLY, OBJ_NULL},
        {N_sda, ARG_KW_ONLY, OBJ_NULL},
        {N_freq, ARG_KW_ONLY, OBJ_SMALL_INT(400000)},
        {N_timeout, ARG_KW_ONLY, OBJ_SMALL_INT(50000)},
    };
    obj_t v[4];
    rt_parse_args(n_args, n_kw, args, 4, spec, v);
    if (!hw_i2c[id].set) {
        hw_i2c[id].scl = id == 0 ? 18 : 25;
        hw_i2c[id].sda = id == 0 ? 19 : 26;
    }
    int scl = v[0] != OBJ_NULL ? machine_pin_id(v[0]) : hw_i2c[id].scl;
    int sda = v[1] != OBJ_NULL ? machine_pin_id(v[1]) : hw_i2c[id].sda;
    intptr_t freq = rt_get_int(v[2]);
    if (freq <= 0) {
        rt_raise_ValueError("freq must be positive");   // (ESP-IDF rejects it)
    }
    hw_i2c[id].set = true;
    hw_i2c[id].scl = (int8_t)scl;
    hw_i2c[id].sda = (int8_t)sda;
    hw_i2c[id].freq = (uint32_t)freq;
    hw_i2c[id].timeout = (uint32_t)rt_get_int(v[3]);
    line_release(scl);
    line_release(sda);
}

// I2C(id, *, scl, sda, freq=400000, timeout=50000)
static obj_t i2c_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 1, 1, n_kw, true);
    intptr_t id = rt_get_int(args[0]);
    if (id < 0 || id > 1) {
        rt_raise_fmt(&type_ValueError, "I2C(%d) doesn't exist", (int)id);
    }
    hw_i2c_init((int)id, 0, n_kw, args + 1);
    return OBJ_FROM_PTR(&hw_i2c_rom[id]);
}

static void soft_i2c_init(i2c_obj_t *o, size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {
        {N_scl, ARG_REQUIRED, OBJ_NULL},
        {N_sda, ARG_REQUIRED, OBJ_NULL},
        {N_freq, ARG_KW_ONLY, OBJ_SMALL_INT(400000)},
        {N_timeout, ARG_KW_ONLY, OBJ_SMALL_INT(50000)},
    };
    obj_t v[4];
    rt_parse_args(n_args, n_kw, args, 4, spec, v);
    int scl = machine_pin_id(v[0]), sda = machine_pin_id(v[1]);
    intptr_t freq = rt_get_int(v[2]);
    if (freq <= 0) {
        rt_raise_ValueError("freq must be positive");
    }
    uint32_t delay = 500000 / (uint32_t)freq;
    o->scl = (int8_t)scl;
    o->sda = (int8_t)sda;
    o->freq = delay == 0 ? 1 : delay;
    o->timeout = (uint32_t)rt_get_int(v[3]);
    line_release(scl);
    line_release(sda);
}

// SoftI2C(scl, sda, *, freq=400000, timeout=50000)
static obj_t soft_i2c_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 0, 2, n_kw, true);
    i2c_obj_t *o = gc_alloc(sizeof(i2c_obj_t));
    o->base.type = &machine_soft_i2c_type;
    o->id = -1;
    o->addr = -2;
    soft_i2c_init(o, n_args, n_kw, args);
    return OBJ_FROM_PTR(o);
}

static obj_t i2c_init(size_t n_args, size_t n_kw, const obj_t *args) {
    i2c_obj_t *o = OBJ_TO_PTR(args[0]);
    if (o->id >= 0) {
        hw_i2c_init(o->id, n_args - 1, n_kw, args + 1);
    } else {
        soft_i2c_init(o, n_args - 1, n_kw, args + 1);
    }
    return OBJ_NONE;
}
static FUN_OBJ_KW(i2c_init_obj, 1, i2c_init);

static obj_t i2c_scan(obj_t self) {
    obj_t list = list_new(0, NULL);
    for (int addr = ADDR_FIRST; addr <= ADDR_LAST; addr++) {
        if (i2cbus_address(addr)) {
            list_append(list, obj_new_small_int(addr));
        }
    }
    return list;
}
static FUN_OBJ_1(i2c_scan_obj, i2c_scan);

static int arg_addr(obj_t o) {
    return (int)(rt_get_int(o) & 0x7f);
}

// readfrom(addr, nbytes, stop=True)
static obj_t i2c_readfrom(size_t n_args, const obj_t *args) {
    intptr_t n = rt_get_int(args[2]);
    if (n < 0) {
        rt_raise_ValueError("negative length");
    }
    int addr = arg_addr(args[1]);
    bus_address(addr);
    uint8_t *buf = gc_alloc_noscan((size_t)n + 1);
    bus_read(addr, buf, (size_t)n);
    return bytes_new((const char *)buf, (size_t)n);
}
static FUN_OBJ_VAR(i2c_readfrom_obj, 3, 4, i2c_readfrom);

// readfrom_into(addr, buf, stop=True)
static obj_t i2c_readfrom_into(size_t n_args, const obj_t *args) {
    buffer_info_t b;
    get_buf(args[2], &b, BUFFER_WRITE);
    int addr = arg_addr(args[1]);
    bus_address(addr);
    bus_read(addr, b.buf, b.len);
    return OBJ_NONE;
}
static FUN_OBJ_VAR(i2c_readfrom_into_obj, 3, 4, i2c_readfrom_into);

// writeto(addr, buf, stop=True): the number of bytes ACKed
static obj_t i2c_writeto(size_t n_args, const obj_t *args) {
    buffer_info_t b;
    get_buf(args[2], &b, BUFFER_READ);
    int addr = arg_addr(args[1]);
    bus_address(addr);
    bus_write(addr, b.buf, b.len, true);
    return obj_new_small_int((intptr_t)b.len);
}
static FUN_OBJ_VAR(i2c_writeto_obj, 3, 4, i2c_writeto);

// writevto(addr, vector, stop=True)
static obj_t i2c_writevto(size_t n_args, const obj_t *args) {
    int addr = arg_addr(args[1]);
    obj_t it = rt_getiter(args[2], NULL);
    bus_address(addr);
    size_t total = 0;
    for (obj_t item; (item = rt_iternext(it)) != OBJ_STOP;) {
        buffer_info_t b;
        get_buf(item, &b, BUFFER_READ);
        bus_write(addr, b.buf, b.len, total == 0);
        total += b.len;
    }
    return obj_new_small_int((intptr_t)total);
}
static FUN_OBJ_VAR(i2c_writevto_obj, 3, 4, i2c_writevto);

static const arg_spec_t mem_spec[] = {
    {N_addr, ARG_REQUIRED, OBJ_NULL},
    {N_memaddr, ARG_REQUIRED, OBJ_NULL},
    {N_buf, ARG_REQUIRED, OBJ_NULL},
    {N_addrsize, ARG_KW_ONLY, OBJ_SMALL_INT(8)},
};
static const arg_spec_t mem_n_spec[] = {
    {N_addr, ARG_REQUIRED, OBJ_NULL},
    {N_memaddr, ARG_REQUIRED, OBJ_NULL},
    {N_nbytes, ARG_REQUIRED, OBJ_NULL},
    {N_addrsize, ARG_KW_ONLY, OBJ_SMALL_INT(8)},
};

// readfrom_mem(addr, memaddr, nbytes, *, addrsize=8)
static obj_t i2c_readfrom_mem(size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t v[4];
    rt_parse_args(n_args - 1, n_kw, args + 1, 4, mem_n_spec, v);
    (void)memaddr_len(v[3]);
    intptr_t n = rt_get_int(v[2]);
    if (n < 0) {
        rt_raise_ValueError("negative length");
    }
    int addr = arg_addr(v[0]);
    bus_address(addr);
    bus_memaddr(addr, v[1]);
    uint8_t *buf = gc_alloc_noscan((size_t)n + 1);
    bus_read(addr, buf, (size_t)n);
    return bytes_new((const char *)buf, (size_t)n);
}
static FUN_OBJ_KW(i2c_readfrom_mem_obj, 1, i2c_readfrom_mem);

// readfrom_mem_into(addr, memaddr, buf, *, addrsize=8)
static obj_t i2c_readfrom_mem_into(size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t v[4];
    rt_parse_args(n_args - 1, n_kw, args + 1, 4, mem_spec, v);
    (void)memaddr_len(v[3]);
    buffer_info_t b;
    get_buf(v[2], &b, BUFFER_WRITE);
    int addr = arg_addr(v[0]);
    bus_address(addr);
    bus_memaddr(addr, v[1]);
    bus_read(addr, b.buf, b.len);
    return OBJ_NONE;
}
static FUN_OBJ_KW(i2c_readfrom_mem_into_obj, 1, i2c_readfrom_mem_into);

// writeto_mem(addr, memaddr, buf, *, addrsize=8)
static obj_t i2c_writeto_mem(size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t v[4];
    rt_parse_args(n_args - 1, n_kw, args + 1, 4, mem_spec, v);
    (void)memaddr_len(v[3]);
    buffer_info_t b;
    get_buf(v[2], &b, BUFFER_READ);
    int addr = arg_addr(v[0]);
    bus_address(addr);
    bus_memaddr(addr, v[1]);
    bus_write(addr, b.buf, b.len, false);
    return OBJ_NONE;
}
static FUN_OBJ_KW(i2c_writeto_mem_obj, 1, i2c_writeto_mem);

// ---------------------------------------------------------------- bus primitives
static NORETURN void unsupported(void) {
    rt_raise_msg(&type_OSError, "I2C operation not supported");
}

static i2c_obj_t *soft_only(obj_t self) {
    i2c_obj_t *o = OBJ_TO_PTR(self);
    if (o->id >= 0) {
        unsupported();
    }
    return o;
}

static obj_t i2c_start(obj_t self) {
    i2c_obj_t *o = soft_only(self);
    o->addr = -1;
    return OBJ_NONE;
}
static FUN_OBJ_1(i2c_start_obj, i2c_start);

static obj_t i2c_stop(obj_t self) {
    i2c_obj_t *o = soft_only(self);
    o->addr = -2;
    return OBJ_NONE;
}
static FUN_OBJ_1(i2c_stop_obj, i2c_stop);

// readinto(buf, nack=True): the bytes SDA shows (a released line: 0xFF)
static obj_t i2c_readinto(size_t n_args, const obj_t *args) {
    i2c_obj_t *o = soft_only(args[0]);
    buffer_info_t b;
    get_buf(args[1], &b, BUFFER_WRITE);
    if (o->addr >= 0 && o->reading) {
        bus_read(o->addr, b.buf, b.len);
    } else {
        memset(b.buf, gpio_level(o->sda) ? 0xff : 0x00, b.len);
    }
    return OBJ_NONE;
}
static FUN_OBJ_VAR(i2c_readinto_obj, 2, 3, i2c_readinto);

// write(buf): the number of ACKs before the first NACK (none on an empty bus)
static obj_t i2c_write(obj_t self, obj_t buf) {
    i2c_obj_t *o = soft_only(self);
    buffer_info_t b;
    get_buf(buf, &b, BUFFER_READ);
    const uint8_t *p = b.buf;
    intptr_t acks = 0;
    for (size_t i = 0; i < b.len; i++) {
        if (o->addr == -1) {                    // the address byte
            if (!i2cbus_address(p[i] >> 1)) {
                o->addr = -2;
                break;
            }
            o->addr = p[i] >> 1;
            o->reading = p[i] & 1;
            o->first = true;
        } else if (o->addr >= 0 && !o->reading) {
            i2cbus_write(o->addr, p[i], o->first);
            o->first = false;
        } else {
            break;                              // nobody listens: NACK
        }
        acks++;
    }
    return obj_new_small_int(acks);
}
static FUN_OBJ_2(i2c_write_obj, i2c_write);

static const map_elem_t i2c_locals_table[] = {
    MAP_ENTRY(N_init, &i2c_init_obj),
    MAP_ENTRY(N_scan, &i2c_scan_obj),
    MAP_ENTRY(N_start, &i2c_start_obj),
    MAP_ENTRY(N_stop, &i2c_stop_obj),
    MAP_ENTRY(N_readinto, &i2c_readinto_obj),
    MAP_ENTRY(N_write, &i2c_write_obj),
    MAP_ENTRY(N_readfrom, &i2c_readfrom_obj),
    MAP_ENTRY(N_readfrom_into, &i2c_readfrom_into_obj),
    MAP_ENTRY(N_writeto, &i2c_writeto_obj),
    MAP_ENTRY(N_writevto, &i2c_writevto_obj),
    MAP_ENTRY(N_readfrom_mem, &i2c_readfrom_mem_obj),
    MAP_ENTRY(N_readfrom_mem_into, &i2c_readfrom_mem_into_obj),
    MAP_ENTRY(N_writeto_mem, &i2c_writeto_mem_obj),
};
static MAP_ROM(i2c_locals, i2c_locals_table);

const type_t machine_i2c_type = {
    {&type_type},
    .name = N_I2C,
    .flags = TYPE_FLAG_EQ_IS_ID,
    .make_new = i2c_make_new,
    .print = i2c_print,
    .locals = &i2c_locals,
};

const type_t machine_soft_i2c_type = {
    {&type_type},
    .name = N_SoftI2C,
    .flags = TYPE_FLAG_EQ_IS_ID,
    .make_new = soft_i2c_make_new,
    .print = i2c_print,
    .locals = &i2c_locals,
};

// ---------------------------------------------------------------- SPI
typedef struct {
    obj_base_t base;
    int8_t id;                      // 1, 2; -1 for SoftSPI
    bool active;
    uint8_t polarity, phase, bits, firstbit;
    int8_t sck, mosi, miso;
    uint32_t baudrate;              // requested
} spi_obj_t;

// Hardware SPI state lives in C (the ROM objects only name the id).
static const obj_base_t hw_spi_rom[2] = {{&machine_spi_type}, {&machine_spi_type}};
static spi_obj_t hw_spi[2];

void machine_bus_power_on(void) {
    hw_i2c[0].set = hw_i2c[1].set = false;
    hw_spi[0].id = hw_spi[1].id = 0;   // defaults at the next SPI(id)
    hw_spi[0].active = hw_spi[1].active = false;
}

static spi_obj_t *spi_state(obj_t self) {
    const obj_base_t *b = OBJ_TO_PTR(self);
    if (b == &hw_spi_rom[0] || b == &hw_spi_rom[1]) {
        return &hw_spi[b - hw_spi_rom];
    }
    return (spi_obj_t *)b;
}

// What the SPI clock divider gives (ESP-IDF spi_get_actual_clock).
static uint32_t spi_actual(uint32_t hz) {
    if (hz == 0) {
        return 0;
    }
    if (hz >= APB_HZ) {
        return APB_HZ;
    }
    int bestn = -1, bestpre = -1;
    long besterr = 0;
    for (int n = 2; n <= 64; n++) {
        long pre = ((long)(APB_HZ / (uint32_t)n) + (long)(hz / 2)) / (long)hz;
        if (pre <= 0) {
            pre = 1;
        }
        if (pre > 8192) {
            pre = 8192;
        }
        long err = (long)(APB_HZ / (uint32_t)(pre * n)) - (long)hz;
        if (err < 0) {
            err = -err;
        }
        if (bestn == -1 || err <= besterr) {
            besterr = err;
            bestn = n;
            bestpre = (int)pre;
        }
    }
    return APB_HZ / (uint32_t)(bestpre * bestn);
}

static uint32_t soft_spi_actual(uint32_t baud) {
    if (baud >= 800000) {
        return 800000;   // MICROPY_HW_SOFTSPI_MAX_BAUDRATE at 160 MHz
    }
    uint32_t half = 500000 / baud + (500000 % baud != 0);
    return 500000 / half;
}

static void spi_print(const printer_t *p, obj_t self, print_kind_t kind) {
    spi_obj_t *s = spi_state(self);
    if (s->id >= 0) {
        print_fmt(p, "SPI(id=%u, baudrate=%u, polarity=%u, phase=%u, bits=%u, firstbit=%u, sck=%d, mosi=%d, miso=%d)",
                  s->id, spi_actual(s->baudrate), s->polarity, s->phase, s->bits, s->firstbit, s->sck, s->mosi,
                  s->miso);
    } else {
        print_fmt(p, "SoftSPI(baudrate=%u, polarity=%u, phase=%u, sck=%d, mosi=%d, miso=%d)",
                  soft_spi_actual(s->baudrate), s->polarity, s->phase, s->sck, s->mosi, s->miso);
    }
}

// The pins as the peripheral drives them: SCK idles at the polarity, MOSI low.
static void spi_pins(spi_obj_t *s) {
    if (s->sck >= 0 && !gpio_is_input_only(s->sck)) {
        gpio_set_latch(s->sck, s->polarity);
        gpio_set_mode(s->sck, GPIO_MODE_OUT);
    }
    if (s->mosi >= 0 && !gpio_is_input_only(s->mosi)) {
        gpio_set_latch(s->mosi, 0);
        gpio_set_mode(s->mosi, GPIO_MODE_OUT);
    }
    if (s->miso >= 0) {
        gpio_set_mode(s->miso, GPIO_MODE_IN);
    }
}

// init(baudrate, *, polarity, phase, bits, firstbit, sck, mosi, miso): what
// is not given keeps its value (constructors start from the defaults,
// default pins included).
static void spi_init_helper(spi_obj_t *s, bool soft, size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {
        {N_baudrate, 0, OBJ_NULL},
        {N_polarity, ARG_KW_ONLY, OBJ_NULL},
        {N_phase, ARG_KW_ONLY, OBJ_NULL},
        {N_bits, ARG_KW_ONLY, OBJ_NULL},
        {N_firstbit, ARG_KW_ONLY, OBJ_NULL},
        {N_sck, ARG_KW_ONLY, OBJ_NULL},
        {N_mosi, ARG_KW_ONLY, OBJ_NULL},
        {N_miso, ARG_KW_ONLY, OBJ_NULL},
    };
    obj_t v[8];
    rt_parse_args(n_args, n_kw, args, 8, spec, v);
    if (soft && v[3] != OBJ_NULL && rt_get_int(v[3]) != 8) {
        rt_raise_ValueError("bits must be 8");
    }
    if (soft && v[4] != OBJ_NULL && rt_get_int(v[4]) != 0) {
        rt_raise_ValueError("firstbit must be MSB");
    }
    if (soft && !s->active && (v[5] == OBJ_NULL || v[6] == OBJ_NULL || v[7] == OBJ_NULL)) {
        rt_raise_ValueError("must specify all of sck/mosi/miso");
    }
    if (v[0] != OBJ_NULL) {
        intptr_t b = rt_get_int(v[0]);
        if (b <= 0) {
            rt_raise_ValueError("baudrate must be positive");
        }
        s->baudrate = (uint32_t)b;
    }
    if (v[1] != OBJ_NULL) {
        s->polarity = rt_get_int(v[1]) ? 1 : 0;
    }
    if (v[2] != OBJ_NULL) {
        s->phase = rt_get_int(v[2]) ? 1 : 0;
    }
    if (v[3] != OBJ_NULL) {
        s->bits = (uint8_t)rt_get_int(v[3]);
    }
    if (v[4] != OBJ_NULL) {
        s->firstbit = rt_get_int(v[4]) ? 1 : 0;
    }
    if (v[5] != OBJ_NULL) {
        s->sck = (int8_t)opt_pin(v[5]);
    }
    if (v[6] != OBJ_NULL) {
        s->mosi = (int8_t)opt_pin(v[6]);
    }
    if (v[7] != OBJ_NULL) {
        s->miso = (int8_t)opt_pin(v[7]);
    }
    s->active = true;
    spi_pins(s);
}

static void spi_defaults(spi_obj_t *s, int id) {
    s->id = (int8_t)id;
    s->baudrate = 500000;
    s->polarity = s->phase = s->firstbit = 0;
    s->bits = 8;
    s->sck = (int8_t)(id == 1 ? 14 : id == 2 ? 18 : -1);
    s->mosi = (int8_t)(id == 1 ? 13 : id == 2 ? 23 : -1);
    s->miso = (int8_t)(id == 1 ? 12 : id == 2 ? 19 : -1);
}

// SPI(id, baudrate=500000, *, polarity=0, phase=0, bits=8, firstbit=MSB, sck, mosi, miso)
static obj_t spi_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 1, 2, n_kw, true);
    intptr_t id = rt_get_int(args[0]);
    if (id != 1 && id != 2) {
        rt_raise_fmt(&type_ValueError, "SPI(%d) doesn't exist", (int)id);
    }
    spi_obj_t *s = &hw_spi[id - 1];
    spi_defaults(s, (int)id);   // the constructor starts from the defaults; init() keeps
    spi_init_helper(s, false, n_args - 1, n_kw, args + 1);
    return OBJ_FROM_PTR(&hw_spi_rom[id - 1]);
}

// SoftSPI(baudrate=500000, *, polarity=0, phase=0, bits=8, firstbit=MSB, sck, mosi, miso)
static obj_t soft_spi_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 0, 1, n_kw, true);
    spi_obj_t *s = gc_alloc(sizeof(spi_obj_t));
    s->base.type = &machine_soft_spi_type;
    spi_defaults(s, -1);
    spi_init_helper(s, true, n_args, n_kw, args);
    return OBJ_FROM_PTR(s);
}

static obj_t spi_init(size_t n_args, size_t n_kw, const obj_t *args) {
    spi_obj_t *s = spi_state(args[0]);
    spi_init_helper(s, s->id < 0, n_args - 1, n_kw, args + 1);
    return OBJ_NONE;
}
static FUN_OBJ_KW(spi_init_obj, 1, spi_init);

static obj_t spi_deinit(obj_t self) {
    spi_obj_t *s = spi_state(self);
    if (s->id >= 0) {
        s->active = false;
    }
    return OBJ_NONE;
}
static FUN_OBJ_1(spi_deinit_obj, spi_deinit);

// One transfer: `out` goes out on MOSI (nowhere), `in` (may be NULL) gets MISO.
static void spi_transfer(obj_t self, size_t len, uint8_t *in) {
    spi_obj_t *s = spi_state(self);
    if (s->id >= 0 && !s->active) {
        rt_raise_msg(&type_OSError, "transfer on deinitialized SPI");
    }
    if (in != NULL) {
        int ext = s->miso >= 0 ? gpio_external(s->miso) : -1;
        memset(in, ext == 0 ? 0x00 : 0xff, len);
    }
}

static obj_t spi_read(size_t n_args, const obj_t *args) {
    intptr_t n = rt_get_int(args[1]);
    if (n < 0) {
        rt_raise_ValueError("negative length");
    }
    if (n_args > 2) {
        (void)rt_get_int(args[2]);
    }
    char *buf = gc_alloc_noscan((size_t)n + 1);
    spi_transfer(args[0], (size_t)n, (uint8_t *)buf);
    return bytes_new(buf, (size_t)n);
}
static FUN_OBJ_VAR(spi_read_obj, 2, 3, spi_read);

static obj_t spi_readinto(size_t n_args, const obj_t *args) {
    buffer_info_t b;
    get_buf(args[1], &b, BUFFER_WRITE);
    if (n_args > 2) {
        (void)rt_get_int(args[2]);
    }
    spi_transfer(args[0], b.len, b.buf);
    return OBJ_NONE;
}
static FUN_OBJ_VAR(spi_readinto_obj, 2, 3, spi_readinto);

static obj_t spi_write(obj_t self, obj_t buf) {
    buffer_info_t b;
    get_buf(buf, &b, BUFFER_READ);
    spi_transfer(self, b.len, NULL);
    return OBJ_NONE;
}
static FUN_OBJ_2(spi_write_obj, spi_write);

static obj_t spi_write_readinto(obj_t self, obj_t wbuf, obj_t rbuf) {
    buffer_info_t w, r;
    get_buf(wbuf, &w, BUFFER_READ);
    get_buf(rbuf, &r, BUFFER_WRITE);
    if (w.len != r.len) {
        rt_raise_ValueError("buffers must be the same length");
    }
    spi_transfer(self, r.len, r.buf);
    return OBJ_NONE;
}
static FUN_OBJ_3(spi_write_readinto_obj, spi_write_readinto);

static const map_elem_t spi_locals_table[] = {
    MAP_ENTRY(N_init, &spi_init_obj),
    MAP_ENTRY(N_deinit, &spi_deinit_obj),
    MAP_ENTRY(N_read, &spi_read_obj),
    MAP_ENTRY(N_readinto, &spi_readinto_obj),
    MAP_ENTRY(N_write, &spi_write_obj),
    MAP_ENTRY(N_write_readinto, &spi_write_readinto_obj),
    {OBJ_NAME(N_MSB), OBJ_SMALL_INT(0)},
    {OBJ_NAME(N_LSB), OBJ_SMALL_INT(1)},
};
static MAP_ROM(spi_locals, spi_locals_table);

const type_t machine_spi_type = {
    {&type_type},
    .name = N_SPI,
    .flags = TYPE_FLAG_EQ_IS_ID,
    .make_new = spi_make_new,
    .print = spi_print,
    .locals = &spi_locals,
};

const type_t machine_soft_spi_type = {
    {&type_type},
    .name = N_SoftSPI,
    .flags = TYPE_FLAG_EQ_IS_ID,
    .make_new = soft_spi_make_new,
    .print = spi_print,
    .locals = &spi_locals,
};
