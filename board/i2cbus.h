// board/i2cbus.h — the virtual board's I2C bus and the simulated devices the
// host attaches to it (control socket `i2c ADDR on|off`, `i2c ADDR REG HEX`,
// `i2c ADDR REG`). A device is a 256-byte register file with a register
// pointer, as an 24C02 EEPROM or most sensors: the first byte written after
// the address sets the pointer, further written bytes are stored at it and
// reads return bytes from it, the pointer moving on by one each byte
// (wrapping at 256). One bus serves every I2C/SoftI2C object.
// Devices are the outside world: C memory, __atomic bytes, set from any
// thread; they survive every reset. Transfers run in the interpreter thread.
#ifndef KILN_BOARD_I2CBUS_H
#define KILN_BOARD_I2CBUS_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#define I2CBUS_REGS 256

// [any thread] Attach (on) or detach a device at the 7-bit address.
void i2cbus_attach(int addr, bool on);
bool i2cbus_present(int addr);
// [any thread] The host writes / reads registers (the pointer does not move).
void i2cbus_poke(int addr, int reg, const uint8_t *data, size_t n);
void i2cbus_peek(int addr, int reg, uint8_t *out, size_t n);

// [interpreter] The bus side. i2cbus_address(): the address byte of a
// transaction (ACK: true when a device is there). Then bytes written
// (first: the register pointer) or read.
bool i2cbus_address(int addr);
void i2cbus_write(int addr, uint8_t b, bool first);
uint8_t i2cbus_read(int addr);

#endif
