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

// ---------------------------------------------------------------- machine.Pin's view
// (additions for board/machine_pin.c; the values are ESP32's, and the Pin
// class constants are these numbers. "Undriven" in gpio_power_on means the
// board drives nothing: the host's drive is the outside world and stays.)
enum {
    GPIO_MODE_IN = 1,           // Pin.IN         (GPIO_MODE_INPUT)
    GPIO_MODE_OUT = 3,          // Pin.OUT        (GPIO_MODE_INPUT_OUTPUT)
    GPIO_MODE_OPEN_DRAIN = 7,   // Pin.OPEN_DRAIN (GPIO_MODE_INPUT_OUTPUT_OD)
};
enum { GPIO_PULL_NONE = 0, GPIO_PULL_DOWN = 1, GPIO_PULL_UP = 2 };   // Pin.PULL_*
enum { GPIO_IRQ_RISING = 1, GPIO_IRQ_FALLING = 2 };                  // Pin.IRQ_*

bool gpio_is_valid(int pin);        // GPIO exists on the ESP32 (not 20, 24, 28..31)
bool gpio_is_input_only(int pin);   // 34..39
void gpio_set_mode(int pin, int mode);     // GPIO_MODE_*; the caller validated it
int gpio_mode(int pin);
void gpio_set_pull(int pin, int pull);     // GPIO_PULL_* bits
int gpio_pull(int pin);
void gpio_set_latch(int pin, int level);   // the output latch (drives the pin in OUT/OPEN_DRAIN)
int gpio_latch(int pin);
int gpio_external(int pin);                // the host's drive: -1 (released), 0, 1
// IRQ trigger (GPIO_IRQ_* bits; 0 = none). Edges are latched only for pins
// with a trigger; gpio_poll hands them to gpio_irq_hook.
void gpio_set_irq(int pin, int trigger);
int gpio_irq_trigger(int pin);
// Take (and clear) the edges latched for pin: GPIO_IRQ_* bits.
int gpio_take_edges(int pin);
bool gpio_edges_pending(void);
// machine.disable_irq(): while disabled, gpio_poll leaves edges latched.
void gpio_irq_enable(bool on);
// gpio_poll calls this for each pin with latched edges (interpreter thread;
// it must not raise). Set by the machine module; NULL = edges are dropped.
extern void (*gpio_irq_hook)(int pin, int flags);
// Every change of an output level goes here (interpreter thread); it
// defaults to hal_gpio_output. Unit tests point it at a recorder.
extern void (*gpio_output_hook)(int pin, int level);

#endif
