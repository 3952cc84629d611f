// board/gpio.h — the board's pins (ESP32: GPIO0..39; 34..39 input only).
// Pin state lives in C memory: it survives soft resets (levels and modes
// kept, IRQ handlers dropped) and is lost at power-off. Output changes are
// reported to the port (hal_gpio_output) for the trace / VCD / pin view.
// The host drives input pins from any thread (gpio_drive_external); edges
// are latched there and IRQ handlers run later, in the interpreter thread,
// at a check point (gpio_poll).
#ifndef KILN_BOARD_GPIO_H
#define KILN_BOARD_GPIO_H

#include <stdbool.h>

#define GPIO_COUNT 40

void gpio_power_on(void);      // every pin: input, no pull, undriven, latch 0, no IRQ
void gpio_soft_reset(void);    // IRQ handlers removed; modes and levels kept
int gpio_level(int pin);       // what the pin reads now
// [any thread] the host drives pin to 0/1, or -1: released (then the pull
// resistor decides, else it reads 0). Latches edges for IRQs and calls
// board_post_event() if a handler must run.
void gpio_drive_external(int pin, int level);
// [interpreter] run (schedule) the handlers of latched edges. Cheap when
// nothing is latched.
void gpio_poll(void);

#endif
