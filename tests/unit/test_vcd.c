// tests/unit/test_vcd.c — ports/unix/board_trace.c: write a VCD with
// trace_open_vcd/trace_gpio/trace_close and read it back: header
// ($timescale 1us, one wire per existing ESP32 pin, x before the first
// drive), time stamps in board µs, never going back, repeats dropped, the
// file valid (complete lines) after every change; trace_count; the live
// view's line on a pipe.
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "tests/unit/unit.h"
#include "ports/unix/board_trace.h"

static char *slurp(const char *path) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        return NULL;
    }
    static char buf[1 << 16];
    size_t n = fread(buf, 1, sizeof(buf) - 1, f);
    buf[n] = 0;
    fclose(f);
    return buf;
}

// The value changes after $enddefinitions, as "t:valueid" words.
static void changes(const char *vcd, char *out, size_t size) {
    const char *p = strstr(vcd, "$enddefinitions $end\n");
    unsigned long long t = 0;
    out[0] = 0;
    if (p == NULL) {
        return;
    }
    p += strlen("$enddefinitions $end\n");
    bool in_dump = false;
    while (*p) {
        const char *e = strchr(p, '\n');
        if (e == NULL) {
            strcat(out, "PARTIAL");
            return;
        }
        char line[64];
        size_t n = (size_t)(e - p) < sizeof(line) - 1 ? (size_t)(e - p) : sizeof(line) - 1;
        memcpy(line, p, n);
        line[n] = 0;
        if (line[0] == '#') {
            unsigned long long nt = strtoull(line + 1, NULL, 10);
            if (nt < t) {
                strcat(out, "BACKWARDS ");
            }
            t = nt;
        } else if (strcmp(line, "$dumpvars") == 0) {
            in_dump = true;
        } else if (strcmp(line, "$end") == 0) {
            in_dump = false;
        } else if (!in_dump && n == 2) {
            char w[96];
            snprintf(w, sizeof(w), "%llu:%s ", t, line);
            if (strlen(out) + strlen(w) < size) {
                strcat(out, w);
            }
        }
        p = e + 1;
    }
}

int main(void) {
    UNIT_START(1 << 20);
    char path[] = "/tmp/kiln_test_vcd_XXXXXX";
    int fd = mkstemp(path);
    close(fd);

    trace_gpio(2, 1, 5);   // before the file: known level, written in $dumpvars
    CHECK(trace_open_vcd(path) == 0);
    char *v = slurp(path);
    CHECK(v != NULL && strstr(v, "$timescale 1us $end\n") != NULL);
    CHECK(strstr(v, "$var wire 1 ! GPIO0 $end\n") != NULL);
    CHECK(strstr(v, "$var wire 1 6 GPIO21 $end\n") != NULL);     // '!' + 21
    CHECK(strstr(v, "$var wire 1 H GPIO39 $end\n") != NULL);
    CHECK(strstr(v, "GPIO20 ") == NULL && strstr(v, "GPIO24 ") == NULL && strstr(v, "GPIO30 ") == NULL);
    int wires = 0;
    for (const char *p = v; (p = strstr(p, "$var wire 1 ")) != NULL; p++) {
        wires++;
    }
    CHECK(wires == 34);
    CHECK(strstr(v, "$dumpvars\n") != NULL && strstr(v, "\nx6\n") != NULL && strstr(v, "\n1#\n") != NULL);
    char ch[4096];
    changes(v, ch, sizeof(ch));
    CHECK(strcmp(ch, "") == 0);

    trace_gpio(21, 1, 0);
    trace_gpio(21, 1, 10);        // a repeat: dropped
    trace_gpio(21, 0, 500000);
    trace_gpio(2, 0, 500000);     // same time: one stamp
    v = slurp(path);              // readable as is after each change
    changes(v, ch, sizeof(ch));
    CHECK(strcmp(ch, "0:16 500000:06 500000:0# ") == 0);
    trace_gpio(21, 1, 400000);    // a clock that went back: written at the last stamp
    trace_gpio(39, 7, 1000000);   // any true level is 1
    trace_gpio(40, 1, 1000001);   // no such pin: ignored
    trace_gpio(-1, 1, 1000001);
    v = slurp(path);
    changes(v, ch, sizeof(ch));
    CHECK(strcmp(ch, "0:16 500000:06 500000:0# 500000:16 1000000:1H ") == 0);
    CHECK(trace_count(21) == 3 && trace_count(2) == 2 && trace_count(39) == 1 && trace_count(0) == 0);
    CHECK(trace_count(40) == 0);

    // 60 board seconds of a 1 Hz blink: 60 rising edges
    for (int s = 0; s < 60; s++) {
        trace_gpio(4, 1, 2000000 + (uint64_t)s * 1000000);
        trace_gpio(4, 0, 2500000 + (uint64_t)s * 1000000);
    }
    trace_time(70000000);
    trace_close();
    v = slurp(path);
    changes(v, ch, sizeof(ch));
    int rises = 0;
    for (const char *p = ch; (p = strstr(p, ":1%")) != NULL; p++) {
        rises++;
    }
    CHECK(rises == 60);
    CHECK(strstr(ch, "PARTIAL") == NULL && strstr(ch, "BACKWARDS") == NULL);
    size_t len = strlen(v);
    CHECK(len > 10 && strcmp(v + len - 10, "#70000000\n") == 0);
    trace_gpio(4, 1, 80000000);   // after close: counted, not written
    CHECK(strlen(slurp(path)) == len);
    unlink(path);
    CHECK(trace_open_vcd("/nonexistent-dir/x.vcd") == -1);

    // ---- live view on a pipe
    int p[2];
    CHECK(pipe(p) == 0);
    trace_live_enable(p[1]);
    trace_gpio(4, 0, 81234567);   // first change: drawn at once
    char buf[512];
    ssize_t n = read(p[0], buf, sizeof(buf) - 1);
    buf[n > 0 ? n : 0] = 0;
    CHECK(strncmp(buf, "\r[kiln] t=81.234s ", 18) == 0);
    CHECK(strstr(buf, " GPIO2=0 GPIO4=0 ") != NULL && strstr(buf, " GPIO21=1 GPIO39=1\x1b[K") != NULL);
    trace_gpio(4, 1, 81300000);   // within 50 ms of real time: held back
    trace_close();                // draws the last state and ends the line
    n = read(p[0], buf, sizeof(buf) - 1);
    buf[n > 0 ? n : 0] = 0;
    CHECK(strstr(buf, "GPIO4=1") != NULL && n >= 2 && strcmp(buf + n - 2, "\r\n") == 0);
    close(p[0]);
    close(p[1]);
    UNIT_END();
}
