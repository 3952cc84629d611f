// board/uarthost.h — the host's end of the virtual ESP32's UART1/UART2
// wires (board/machine_uart.c): what a device on the other side of the
// wire (a GPS module, a USB-serial adapter) sends, and what the board sent.
// [any thread] (the port's control socket).
#ifndef KILN_BOARD_UARTHOST_H
#define KILN_BOARD_UARTHOST_H

#include <stddef.h>
#include <stdint.h>

// Bytes arrive on UART `id` (1, 2); lost (returns 0) while that UART is not
// open (no machine.UART(id) since the last reset, or deinit()). Returns how
// many were taken (the receive ring holds 4096).
size_t uarthost_send(int id, const uint8_t *data, size_t n);
// Take up to max of the bytes UART `id` sent (the last 4096 are kept).
size_t uarthost_take(int id, uint8_t *out, size_t max);

#endif
