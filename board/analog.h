// board/analog.h — the analog side of the virtual ESP32's pins: voltages the
// host puts on ADC inputs, touch-pad readings, and analog outputs (PWM duty,
// DAC level) reported to the port for the trace.
// Host values are the outside world (C memory, atomics, set from any thread
// by the port's control socket) and survive every reset; analog outputs are
// the chip's and are switched off by analog_outputs_off() at resets.
#ifndef KILN_BOARD_ANALOG_H
#define KILN_BOARD_ANALOG_H

#include <stdbool.h>
#include <stdint.h>

#define ANALOG_VDD_MV 3300          // the supply: a high digital level, a DAC at 255
#define ANALOG_TOUCH_IDLE 1000      // TouchPad.read() of an untouched pad

// [any thread] The host puts `mv` millivolts on pin (mv < 0: released — the
// pin's digital level decides again: VDD when it reads 1, else 0 V).
void analog_set_input_mv(int pin, int mv);
// [any thread] The host sets what TouchPad(pin).read() returns (< 0: the
// untouched default, ANALOG_TOUCH_IDLE).
void analog_set_touch(int pin, int value);

// [interpreter] What an ADC on pin measures, in millivolts: the host's value;
// else a DAC output on the same pin; else the digital level (VDD or 0).
int analog_input_mv(int pin);
int analog_touch(int pin);

// [interpreter] Pin now outputs an analog level: `level` is the mean output
// as a fraction of VDD (PWM: the duty, 0..1; DAC: value/255); level < 0: the
// pin stops being analog. Repeats are not reported.
void analog_output(int pin, double level);
double analog_output_level(int pin);   // -1: not analog
void analog_outputs_off(void);         // every analog output (and wave) stops (resets)
// Every change goes here (interpreter thread); defaults to hal_gpio_analog.
extern void (*analog_output_hook)(int pin, double level);

// [interpreter] A slow PWM: pin outputs a square wave, high for high_ns of
// every period_ns, from now; period_ns 0: no wave (the pin then shows
// `after`, 0/1, or -1: unchanged). Repeats are not reported (a stop with
// after >= 0 always is). analog_outputs_off stops waves with after -1.
void analog_wave(int pin, uint64_t period_ns, uint64_t high_ns, int after);
extern void (*analog_wave_hook)(int pin, uint64_t period_ns, uint64_t high_ns, int after);

#endif
