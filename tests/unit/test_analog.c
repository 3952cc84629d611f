// tests/unit/test_analog.c — board/analog.c and the analog side of
// ports/unix/board_trace.c: what an ADC input measures (the host's value,
// else a DAC output on the pin, else the digital level), touch readings and
// their default, analog output reports (captured by pointing
// analog_output_hook at a recorder; repeats dropped, clamping, all off), a
// host thread setting values while the interpreter side reads; and the
// VCD's real variables GPIOn_avg (declared for GPIO0..33 only, `r` changes
// with their time stamps, repeats dropped, <0 written as 0); slow PWMs'
// square waves on the wires (edges in time order, steady 0%/100%, the stop
// level, the 100000-edge limit).
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "tests/unit/unit.h"
#include "board/analog.h"
#include "board/gpio.h"
#include "ports/unix/board_trace.h"

static int rec_pin[32], n_rec;
static double rec_level[32];

static void record(int pin, double level) {
    if (n_rec < 32) {
        rec_pin[n_rec] = pin;
        rec_level[n_rec] = level;
    }
    n_rec++;
}

static void *host_thread(void *arg) {
    for (int i = 0; i < 5000; i++) {
        analog_set_input_mv(33, i % 2 ? 1000 : 2000);
        analog_set_touch(32, i % 2 ? 100 : 900);
    }
    return NULL;
}

static char *slurp(const char *path) {
    static char buf[1 << 15];
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        return NULL;
    }
    size_t n = fread(buf, 1, sizeof(buf) - 1, f);
    buf[n] = 0;
    fclose(f);
    return buf;
}

int main(void) {
    UNIT_START(64 * 1024);
    gpio_power_on();
    analog_output_hook = record;

    // inputs: digital level, host value, release
    CHECK(analog_input_mv(34) == 0);
    gpio_drive_external(34, 1);
    CHECK(analog_input_mv(34) == ANALOG_VDD_MV);
    analog_set_input_mv(34, 1200);
    CHECK(analog_input_mv(34) == 1200);
    analog_set_input_mv(34, 0);
    CHECK(analog_input_mv(34) == 0);
    analog_set_input_mv(34, -7);
    CHECK(analog_input_mv(34) == ANALOG_VDD_MV);
    gpio_drive_external(34, -1);
    CHECK(analog_input_mv(34) == 0);
    gpio_set_pull(4, GPIO_PULL_UP);
    CHECK(analog_input_mv(4) == ANALOG_VDD_MV);
    CHECK(analog_input_mv(-1) == 0 && analog_input_mv(40) == 0);

    // outputs: reports, repeats, clamping, what an ADC on the pin sees
    CHECK(analog_output_level(25) == -1);
    analog_output(25, 0.5);
    analog_output(25, 0.5);
    CHECK(n_rec == 1 && rec_pin[0] == 25 && rec_level[0] == 0.5);
    CHECK(analog_input_mv(25) == 1650);
    analog_set_input_mv(25, 700);              // the host's value wins
    CHECK(analog_input_mv(25) == 700);
    analog_set_input_mv(25, -1);
    analog_output(26, 7.0);
    CHECK(n_rec == 2 && rec_level[1] == 1.0 && analog_output_level(26) == 1.0);
    analog_output(2, -3);                      // not analog already: no report
    CHECK(n_rec == 2);
    analog_outputs_off();
    CHECK(n_rec == 4 && rec_level[2] == -1 && rec_level[3] == -1);
    CHECK(analog_output_level(25) == -1 && analog_input_mv(25) == 0);
    analog_output(40, 0.5);
    CHECK(n_rec == 4);

    // touch
    CHECK(analog_touch(4) == ANALOG_TOUCH_IDLE);
    analog_set_touch(4, 123);
    CHECK(analog_touch(4) == 123);
    analog_set_touch(4, -1);
    CHECK(analog_touch(4) == ANALOG_TOUCH_IDLE);

    // a host thread sets values while this side reads: always a whole value
    pthread_t th;
    pthread_create(&th, NULL, host_thread, NULL);
    bool whole = true;
    for (int i = 0; i < 5000; i++) {
        int mv = analog_input_mv(33), t = analog_touch(32);
        whole &= (mv == 1000 || mv == 2000 || mv == 0) && (t == 100 || t == 900 || t == ANALOG_TOUCH_IDLE);
    }
    pthread_join(th, NULL);
    CHECK(whole);
    CHECK(analog_input_mv(33) == 2000 - 1000 * (4999 % 2) && analog_touch(32) == 100);

    // the VCD's real variables
    char path[] = "/tmp/kiln_analog_vcdXXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    close(fd);
    trace_analog(5, 0.75, 5);                  // before the file: shows in $dumpvars
    CHECK(trace_open_vcd(path) == 0);
    trace_analog(2, 0.5, 10);
    trace_analog(2, 0.5, 20);                  // repeat: dropped
    trace_analog(2, 0.25, 30);
    trace_analog(25, 200.0 / 255.0, 30);
    trace_analog(2, -1, 40);
    trace_analog(36, 0.5, 50);                 // input-only pin: ignored
    trace_analog(20, 0.5, 50);                 // no such pin: ignored
    trace_close();
    char *v = slurp(path);
    CHECK(v != NULL);
    if (v != NULL) {
        CHECK(strstr(v, "$var real 64 ~# GPIO2_avg $end\n") != NULL);
        CHECK(strstr(v, "$var real 64 ~B GPIO33_avg $end\n") != NULL);
        CHECK(strstr(v, "GPIO34_avg") == NULL && strstr(v, "GPIO20_avg") == NULL);
        CHECK(strstr(v, "$var wire 1 # GPIO2 $end\n") != NULL);
        CHECK(strstr(v, "$dumpvars\n") != NULL && strstr(strstr(v, "$dumpvars\n"), "r0.75 ~&\n") != NULL);
        const char *body = strstr(v, "$dumpvars");
        body = body ? strstr(body, "$end\n") : NULL;
        CHECK(body != NULL);
        if (body != NULL) {
            CHECK(strcmp(body + 5, "#10\nr0.5 ~#\n#30\nr0.25 ~#\nr0.784314 ~:\n#40\nr0 ~#\n") == 0);
        }
    }
    unlink(path);

    // square waves of slow PWMs on the wires
    char path2[] = "/tmp/kiln_wave_vcdXXXXXX";
    fd = mkstemp(path2);
    CHECK(fd >= 0);
    close(fd);
    CHECK(trace_open_vcd(path2) == 0);
    trace_wave(3, 1000000, 250000, -1, 100);   // 1 kHz, 25%: rise now
    trace_gpio(3, 1, 2500);                    // the wave owns the wire: ignored
    trace_wave(3, 0, 0, 1, 3000);              // stop: the wire shows 1
    trace_wave(4, 1000000, 0, -1, 4000);       // 0%: steady 0
    trace_wave(4, 1000000, 1000000, -1, 4100); // 100%: steady 1
    trace_wave(4, 0, 0, -1, 4200);             // stop, wire left as it is
    trace_wave(36, 1000000, 1, -1, 4300);      // input-only pin: ignored
    trace_close();
    v = slurp(path2);
    CHECK(v != NULL);
    if (v != NULL) {
        const char *body = strstr(v, "$dumpvars");
        body = body ? strstr(body, "$end\n") : NULL;
        CHECK(body != NULL);
        if (body != NULL) {
            CHECK(strcmp(body + 5, "#100\n1$\n#350\n0$\n#1100\n1$\n#1350\n0$\n#2100\n1$\n#2350\n0$\n"
                                   "#3000\n1$\n#4000\n0%\n#4100\n1%\n#4200\n") == 0);
        }
    }
    unlink(path2);

    // a long wave stops after 100000 edges (then x)
    uint64_t before = trace_count(6);
    CHECK(trace_open_vcd(path2) == 0);
    trace_wave(6, 2000, 1000, -1, 10000);
    trace_time(10000 + 300000);
    CHECK(trace_count(6) - before == 100001);
    trace_close();
    unlink(path2);
    UNIT_END();
}
