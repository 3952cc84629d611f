// board/i2cbus.c — simulated I2C devices (see i2cbus.h).
// Invariants: present[] and mem[][] are read and written with __atomic
// builtins (the host sets them from the port's I/O thread); ptr[] is the
// interpreter's alone.
#include "board/i2cbus.h"

#define LOAD(p) __atomic_load_n(p, __ATOMIC_SEQ_CST)
#define STORE(p, v) __atomic_store_n(p, v, __ATOMIC_SEQ_CST)

static uint8_t present[128];
static uint8_t mem[128][I2CBUS_REGS];
static uint8_t ptr[128];

static bool valid(int addr) {
    return addr >= 0 && addr < 128;
}

void i2cbus_attach(int addr, bool on) {
    if (valid(addr)) {
        STORE(&present[addr], on ? 1 : 0);
    }
}

bool i2cbus_present(int addr) {
    return valid(addr) && LOAD(&present[addr]) != 0;
}

void i2cbus_poke(int addr, int reg, const uint8_t *data, size_t n) {
    if (!valid(addr)) {
        return;
    }
    for (size_t i = 0; i < n; i++) {
        STORE(&mem[addr][(size_t)(reg + (int)i) % I2CBUS_REGS], data[i]);
    }
}

void i2cbus_peek(int addr, int reg, uint8_t *out, size_t n) {
    for (size_t i = 0; i < n; i++) {
        out[i] = valid(addr) ? LOAD(&mem[addr][(size_t)(reg + (int)i) % I2CBUS_REGS]) : 0xff;
    }
}

bool i2cbus_address(int addr) {
    return i2cbus_present(addr);
}

void i2cbus_write(int addr, uint8_t b, bool first) {
    if (!i2cbus_present(addr)) {
        return;
    }
    if (first) {
        ptr[addr] = b;
    } else {
        STORE(&mem[addr][ptr[addr]], b);
        ptr[addr]++;
    }
}

uint8_t i2cbus_read(int addr) {
    if (!i2cbus_present(addr)) {
        return 0xff;
    }
    return LOAD(&mem[addr][ptr[addr]++]);
}
