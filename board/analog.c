// board/analog.c — analog state of the pins (see analog.h): host-set ADC
// voltages and touch readings (int32 per pin, __atomic, any thread) and the
// analog outputs (PWM/DAC level per pin, and the square wave of a slow PWM;
// interpreter thread only).
// Invariants: input_mv[pin] < 0 and touch[pin] < 0 mean "not set by the
// host"; out[pin] < 0 means "not an analog output"; every change of out[]
// and only a change is given to analog_output_hook.
#include <stdint.h>
#include "board/analog.h"
#include "board/gpio.h"
#include "board/hal.h"

#define LOAD(p) __atomic_load_n(p, __ATOMIC_SEQ_CST)
#define STORE(p, v) __atomic_store_n(p, v, __ATOMIC_SEQ_CST)

#define M1_4 -1, -1, -1, -1
#define M1_40 M1_4, M1_4, M1_4, M1_4, M1_4, M1_4, M1_4, M1_4, M1_4, M1_4
static int32_t input_mv[GPIO_COUNT] = {M1_40};
static int32_t touch[GPIO_COUNT] = {M1_40};
static double out[GPIO_COUNT] = {M1_40};
static uint64_t wave_period[GPIO_COUNT], wave_high[GPIO_COUNT];   // 0: no wave

void (*analog_output_hook)(int pin, double level) = hal_gpio_analog;
void (*analog_wave_hook)(int pin, uint64_t period_ns, uint64_t high_ns, int after) = hal_gpio_wave;

void analog_set_input_mv(int pin, int mv) {
    if (pin >= 0 && pin < GPIO_COUNT) {
        STORE(&input_mv[pin], (int32_t)(mv < 0 ? -1 : mv));
    }
}

void analog_set_touch(int pin, int value) {
    if (pin >= 0 && pin < GPIO_COUNT) {
        STORE(&touch[pin], (int32_t)(value < 0 ? -1 : value));
    }
}

int analog_input_mv(int pin) {
    if (pin < 0 || pin >= GPIO_COUNT) {
        return 0;
    }
    int mv = LOAD(&input_mv[pin]);
    if (mv >= 0) {
        return mv;
    }
    if (out[pin] >= 0) {
        return (int)(out[pin] * ANALOG_VDD_MV + 0.5);
    }
    return gpio_level(pin) ? ANALOG_VDD_MV : 0;
}

int analog_touch(int pin) {
    if (pin < 0 || pin >= GPIO_COUNT) {
        return ANALOG_TOUCH_IDLE;
    }
    int v = LOAD(&touch[pin]);
    return v < 0 ? ANALOG_TOUCH_IDLE : v;
}

void analog_output(int pin, double level) {
    if (pin < 0 || pin >= GPIO_COUNT) {
        return;
    }
    if (level < 0) {
        level = -1;
    } else if (level > 1) {
        level = 1;
    }
    if (out[pin] == level) {
        return;
    }
    out[pin] = level;
    if (analog_output_hook != NULL) {
        analog_output_hook(pin, level);
    }
}

double analog_output_level(int pin) {
    return pin >= 0 && pin < GPIO_COUNT ? out[pin] : -1;
}

void analog_wave(int pin, uint64_t period_ns, uint64_t high_ns, int after) {
    if (pin < 0 || pin >= GPIO_COUNT) {
        return;
    }
    if (period_ns == 0) {
        high_ns = 0;
    }
    if (wave_period[pin] == period_ns && wave_high[pin] == high_ns && (period_ns != 0 || after < 0)) {
        return;   // (a stop that sets the pin's level always goes through)
    }
    wave_period[pin] = period_ns;
    wave_high[pin] = high_ns;
    if (analog_wave_hook != NULL) {
        analog_wave_hook(pin, period_ns, high_ns, after);
    }
}

void analog_outputs_off(void) {
    for (int i = 0; i < GPIO_COUNT; i++) {
        analog_wave(i, 0, 0, -1);
        analog_output(i, -1);
    }
}
