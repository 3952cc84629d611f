// board/machine.h — what the files of the `machine` module share
// (board/mod_machine.c, board/machine_pin.c, board/machine_timer.c).
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

#endif
