// board/machine.h — what the files of the `machine` module share
// (board/mod_machine.c, board/machine_*.c, board/mod_esp.c).
// Python objects the module keeps between calls live in one heap block, the
// root (rt_state.port_roots[0], recreated at every soft reset); C statics
// hold only numbers. Callbacks (pin IRQ handlers, Timer callbacks) are
// queued and run by machine_dispatch() at a check point, one at a time and
// never nested, each under a guard that prints its exception (as MicroPython
// does for scheduled callbacks) and carries on.
#ifndef KILN_BOARD_MACHINE_H
#define KILN_BOARD_MACHINE_H

#include <stdint.h>
#include <stdbool.h>
#include "core/obj.h"
#include "board/gpio.h"

void mod_machine_init(void);

#define MACHINE_TIMERS 4      // ESP32: two groups of two hardware timers
#define MACHINE_QUEUE 16      // pending callbacks

typedef struct {
    obj_t pin_handler[GPIO_COUNT];   // Pin.irq handlers (OBJ_NULL = none)
    obj_t timer[MACHINE_TIMERS];     // Timer objects by hardware id
    obj_t queue[2 * MACHINE_QUEUE];  // (function, argument) pairs, a ring
} machine_root_t;

machine_root_t *machine_root(void);
// Queue fun(arg) (dropped when the queue is full, as an IRQ that finds the
// scheduler full) and run the queue unless a callback is running already.
void machine_schedule(obj_t fun, obj_t arg);
void machine_dispatch(void);
// machine.disable_irq() state: callbacks wait while disabled.
bool machine_irqs_enabled(void);

// machine_pin.c
extern const type_t machine_pin_type;
extern const type_t machine_signal_type;
extern const type_t machine_mem_type;
extern const obj_base_t machine_mem8_obj, machine_mem16_obj, machine_mem32_obj;
obj_t machine_pin_obj(int pin);
int machine_pin_id(obj_t pin);                 // Pin or int -> GPIO number (ValueError)
void machine_pin_soft_reset(void);             // hook set, IRQ flags cleared
// The deep-sleep EXT0 wake pin (Pin.irq(wake=DEEPSLEEP)): pin or -1, level.
extern int machine_pin_ext0, machine_pin_ext0_level;

// machine_timer.c
extern const type_t machine_timer_type;
void machine_timer_reset(void);                // every timer stopped
uint64_t machine_timer_poll(uint64_t now);     // fires due timers; next deadline (ticks)

// machine_pwm.c
extern const type_t machine_pwm_type;
void machine_pwm_deinit_all(void);             // every PWM channel stops (resets)

// machine_adc.c
extern const type_t machine_adc_type;
extern const type_t machine_dac_type;
extern const type_t machine_touchpad_type;
void machine_adc_power_on(void);               // attenuations, widths, thresholds back to defaults
bool machine_touch_wake_due(void);             // a configured pad reads under its threshold

// machine_bus.c
extern const type_t machine_i2c_type;
extern const type_t machine_soft_i2c_type;
extern const type_t machine_spi_type;
extern const type_t machine_soft_spi_type;
void machine_bus_power_on(void);               // hardware I2C/SPI settings back to defaults

// machine_uart.c
extern const type_t machine_uart_type;
void machine_uart_reset(void);                 // every UART closed, buffers emptied

// mod_machine.c: deep-sleep wake sources set by esp32.wake_on_* (kept until
// the next soft reset): EXT1 pin mask and level (1: any high, 0: all low),
// touch wake on/off.
extern uint64_t machine_ext1_mask;
extern int machine_ext1_level;
extern bool machine_touch_wake;

#endif
