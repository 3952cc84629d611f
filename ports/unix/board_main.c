// ports/unix/board_main.c — `kiln board`: the virtual ESP32 board on Linux.
// Owns the "hardware" of board/hal.h: the serial link (the terminal, a pty
// or a TCP socket), the board clock (real, or virtual: sleeps skip ahead),
// the I/O thread that feeds received bytes to the board like a UART ISR and
// serves the control socket, host signals (reset button, power cycle), the
// flash image file and the pin trace (ports/unix/board_trace.c).
// Threads: the interpreter runs in the main thread; the I/O thread only
// calls the [any thread] functions of board/board.h. TX is written by the
// interpreter thread only.
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/mman.h>
#include <sys/un.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include "board/board.h"
#include "board/analog.h"
#include "board/i2cbus.h"
#include "board/uarthost.h"
#include "board/hal.h"
#include "board/journal.h"
#include "core/gc.h"
#include "fs/flash.h"
#include "fs/vfs.h"
#include "ports/unix/board_trace.h"
#include "ports/unix/image_cmd.h"
#include "ports/unix/unix.h"

#define DEFAULT_HEAP (128 * 1024)
#define FLASH_SIZE (4 * 1024 * 1024)
#define VFS_OFFSET 0x200000u
#define QUIT_BYTE 0x1d   // Ctrl-] on the terminal console stops the board

enum { SERIAL_STDIO, SERIAL_PTY, SERIAL_TCP };

typedef struct {
    const char *flash;
    const char *flash_dir;
    int serial;
    int tcp_port;
    size_t heap;
    bool virtual_clock;
    const char *vcd;
    const char *control;
    const char *link;       // --link PATH: a symlink to the pty (Thonny's GUI lists /dev/ttyUSB*)
    bool safe;
    int pin_view;   // -1 auto, 0 off, 1 on
} board_opts_t;

// ---------------------------------------------------------------- state
static int tx_fd = -1;            // where TX goes (-1: nobody listening)
static int rx_fd = -1;            // where RX comes from
static int pty_slave = -1;        // kept open so the master never sees a hang-up
static int listen_fd = -1;        // tcp: listening socket
static int ctl_fd = -1;           // control socket (listening)
static int sig_pipe[2] = {-1, -1};
static bool stdin_raw;
static struct termios saved_termios;
static volatile bool input_ended;
static bool live_view;            // the one-line pin view is on
static bool virtual_clock;
static uint64_t clock_start_ns;
static uint64_t clock_skip_us;    // virtual time skipped by sleeps (atomic)
static pthread_mutex_t wake_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wake_cv;
static bool wake_flag;

// A forced restart re-executes this program with these (argv kept).
#define RESTART_ENV "KILN_BOARD_RESTART"
#define FORCE_AFTER_NS 3000000000ull   // a request untaken this long: the board is stuck in C
static char **saved_argv;             // `kiln board ...` as started (for execv)
static int ram_flash_fd = -1;         // the RAM flash (memfd) when there is no --flash
static const char *vcd_path;
static flash_t flash_chip;
typedef struct {                      // what a restarted process inherits
    bool active;
    int cause;                        // BOARD_*_RESET of the first boot
    bool safe;
    uint64_t clock_us;                // the board clock goes on from here
    int64_t rtc_us;
    int rx, tx, slave, listen, ctl, ram;
} inherit_t;
static inherit_t inherit;

// ---------------------------------------------------------------- clock
static uint64_t mono_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint64_t hal_clock_us(void) {
    return (mono_ns() - clock_start_ns) / 1000u + __atomic_load_n(&clock_skip_us, __ATOMIC_ACQUIRE);
}

int64_t hal_rtc_boot_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec;
}

void hal_wake(void) {
    pthread_mutex_lock(&wake_mu);
    wake_flag = true;
    pthread_cond_signal(&wake_cv);
    pthread_mutex_unlock(&wake_mu);
}

// Wait for a wake-up or `us` of real time; true if woken.
static bool wait_real(uint64_t us) {
    struct timespec dl;
    clock_gettime(CLOCK_MONOTONIC, &dl);
    uint64_t ns = (uint64_t)dl.tv_nsec + (us % 1000000u) * 1000u;
    dl.tv_sec += (time_t)(us / 1000000u + ns / 1000000000u);
    dl.tv_nsec = (long)(ns % 1000000000u);
    pthread_mutex_lock(&wake_mu);
    while (!wake_flag) {
        if (pthread_cond_timedwait(&wake_cv, &wake_mu, &dl) == ETIMEDOUT) {
            break;
        }
    }
    bool woken = wake_flag;
    wake_flag = false;
    pthread_mutex_unlock(&wake_mu);
    return woken;
}

void hal_wait_event(uint64_t max_us) {
    wait_real(max_us);
}

void hal_delay_us(uint64_t us) {
    if (!virtual_clock) {
        wait_real(us);
        return;
    }
    pthread_mutex_lock(&wake_mu);
    bool woken = wake_flag;
    wake_flag = false;
    pthread_mutex_unlock(&wake_mu);
    if (!woken) {
        __atomic_add_fetch(&clock_skip_us, us, __ATOMIC_RELEASE);
    }
}

bool hal_running(void) {
    return !input_ended;
}

// ---------------------------------------------------------------- TX
void hal_serial_write(const uint8_t *buf, size_t len) {
    int fd = __atomic_load_n(&tx_fd, __ATOMIC_ACQUIRE);
    while (len > 0 && fd >= 0) {
        ssize_t r = write(fd, buf, len);
        if (r > 0) {
            buf += r;
            len -= (size_t)r;
            continue;
        }
        if (r < 0 && errno == EINTR) {
            continue;
        }
        if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            // nobody reads the other end: wait a while, then drop what is
            // queued there (bytes on a wire nobody listens to are lost)
            struct pollfd p = {fd, POLLOUT, 0};
            if (poll(&p, 1, 1000) <= 0 && pty_slave >= 0) {
                tcflush(pty_slave, TCIFLUSH);
            }
            continue;
        }
        return;   // the client went away: drop the output
    }
}

void hal_gpio_output(int pin, int level) {
    trace_gpio(pin, level, hal_clock_us());
}

void hal_gpio_analog(int pin, double level) {
    trace_analog(pin, level, hal_clock_us());
}

void hal_gpio_wave(int pin, uint64_t period_ns, uint64_t high_ns, int after) {
    trace_wave(pin, period_ns, high_ns, after, hal_clock_us());
}

// ---------------------------------------------------------------- terminal
static void restore_terminal(void) {
    if (stdin_raw) {
        tcsetattr(0, TCSAFLUSH, &saved_termios);
        stdin_raw = false;
    }
}

// Stop the board process (I/O thread): the terminal back to normal, the
// VCD closed. The flash image is a shared mapping: what was written stays.
static const char *pty_link;      // --link: removed when the board stops

static void stop_process(int status) {
    if (pty_link != NULL) {
        unlink(pty_link);
    }
    restore_terminal();
    trace_time(hal_clock_us());
    trace_close();
    _exit(status);
}

// Signals only write a byte to the pipe the I/O thread watches.
static void on_host_signal(int sig) {
    char c = sig == SIGUSR1 ? 'r' : sig == SIGUSR2 ? 'p' : 'q';
    ssize_t r = write(sig_pipe[1], &c, 1);
    (void)r;
}

// ---------------------------------------------------------------- control socket
static void ctl_reply(int fd, const char *s) {
    ssize_t r = send(fd, s, strlen(s), MSG_NOSIGNAL);
    (void)r;
}

static const board_config_t *board_cfg;

// `journal`: the boot journal as text, newest boot first, read from the
// flash image (records being written fail their CRC and are skipped).
static void ctl_journal(int fd) {
    if (board_cfg == NULL || board_cfg->journal_flash == NULL) {
        ctl_reply(fd, "error: no journal in flash (a bare vfs image or none); import kiln; kiln.journal()\n");
        return;
    }
    journal_entry_t e[JOURNAL_KEEP];
    size_t n = journal_read_region(board_cfg->journal_flash->mem + board_cfg->journal_offset, 4096, e, JOURNAL_KEEP);
    char line[512];
    for (size_t i = 0; i < n; i++) {
        size_t tl = e[i].tb_len, start = tl;
        while (start > 0 && e[i].tb[start - 1] == '\n') {
            start--;
        }
        size_t end = start;
        while (start > 0 && e[i].tb[start - 1] != '\n') {
            start--;
        }
        snprintf(line, sizeof(line), "boot %u cause %u ran 0x%02x end %s uptime %u ms heap_free %u safe %u%s%.*s\n",
                 (unsigned)e[i].boot, e[i].cause, e[i].ran, journal_end_name(e[i].end), (unsigned)e[i].uptime_ms,
                 (unsigned)e[i].heap_free, e[i].safe_reason, end > start ? " last: " : "", (int)(end - start),
                 e[i].tb + start);
        ctl_reply(fd, line);
    }
    ctl_reply(fd, "ok\n");
}

static void ctl_command(int fd, char *line) {
    char *argv[4] = {0};
    int argc = 0;
    for (char *tok = strtok(line, " \t\r\n"); tok && argc < 4; tok = strtok(NULL, " \t\r\n")) {
        argv[argc++] = tok;
    }
    if (argc == 0) {
        return;
    }
    if (!strcmp(argv[0], "reset")) {
        board_request(BOARD_REQ_RESET);
    } else if (!strcmp(argv[0], "power")) {
        board_request(BOARD_REQ_POWER);
    } else if (!strcmp(argv[0], "halt")) {
        board_request(BOARD_REQ_HALT);
    } else if (!strcmp(argv[0], "safe")) {
        board_request(BOARD_REQ_SAFE_RESET);
    } else if (!strcmp(argv[0], "pin") && argc == 3) {
        int pin = atoi(argv[1]);
        int level = !strcmp(argv[2], "z") ? -1 : atoi(argv[2]) ? 1 : 0;
        if (pin < 0 || pin >= 40) {
            ctl_reply(fd, "error: no such pin\n");
            return;
        }
        board_gpio_drive(pin, level);
    } else if ((!strcmp(argv[0], "adc") || !strcmp(argv[0], "touch")) && argc == 3) {
        // adc PIN MILLIVOLTS|z: the voltage on an ADC input; touch PIN VALUE|z:
        // what TouchPad(PIN).read() returns (z: back to the default)
        int pin = atoi(argv[1]);
        char *end;
        long v = strtol(argv[2], &end, 10);
        if (!strcmp(argv[2], "z")) {
            v = -1;
        } else if (*end != 0 || v < 0 || v > 100000) {
            ctl_reply(fd, "error: bad value\n");
            return;
        }
        if (pin < 0 || pin >= 40) {
            ctl_reply(fd, "error: no such pin\n");
            return;
        }
        if (argv[0][0] == 'a') {
            analog_set_input_mv(pin, (int)v);
        } else {
            analog_set_touch(pin, (int)v);
        }
    } else if (!strcmp(argv[0], "i2c") && argc >= 3) {
        // i2c ADDR on|off: attach/detach a simulated device (256 registers);
        // i2c ADDR REG HEX: set its registers; i2c ADDR REG: read 16 of them
        char *end;
        long addr = strtol(argv[1], &end, 0);
        if (*end != 0 || addr < 0 || addr > 127) {
            ctl_reply(fd, "error: bad address\n");
            return;
        }
        if (argc == 3 && (!strcmp(argv[2], "on") || !strcmp(argv[2], "off"))) {
            i2cbus_attach((int)addr, argv[2][1] == 'n');
        } else {
            long reg = strtol(argv[2], &end, 0);
            if (*end != 0 || reg < 0 || reg > 255) {
                ctl_reply(fd, "error: bad register\n");
                return;
            }
            uint8_t data[128];
            size_t n = 0;
            if (argc == 3) {
                char line[40];
                i2cbus_peek((int)addr, (int)reg, data, 16);
                for (size_t i = 0; i < 16; i++) {
                    snprintf(line + 2 * i, 3, "%02x", data[i]);
                }
                strcat(line, "\n");
                ctl_reply(fd, line);
                return;
            }
            for (const char *h = argv[3]; h[0] && n < sizeof(data); h += 2) {
                unsigned v;
                if (!h[1] || sscanf(h, "%2x", &v) != 1) {
                    ctl_reply(fd, "error: bad hex bytes\n");
                    return;
                }
                data[n++] = (uint8_t)v;
            }
            i2cbus_attach((int)addr, true);
            i2cbus_poke((int)addr, (int)reg, data, n);
        }
    } else if (!strcmp(argv[0], "uart") && (argc == 2 || argc == 3)) {
        // uart N HEX: the other end of UART N's wire sends bytes; uart N: the
        // bytes UART N sent since the last ask (hex, one line)
        int id = atoi(argv[1]);
        if (id != 1 && id != 2) {
            ctl_reply(fd, "error: uart 1 or 2\n");
            return;
        }
        uint8_t data[128];
        if (argc == 2) {
            char line[2 * sizeof(data) + 2];
            size_t n = uarthost_take(id, data, sizeof(data));
            for (size_t i = 0; i < n; i++) {
                snprintf(line + 2 * i, 3, "%02x", data[i]);
            }
            line[2 * n] = '\n';
            line[2 * n + 1] = 0;
            ctl_reply(fd, line);
            return;
        }
        size_t n = 0;
        for (const char *h = argv[2]; h[0] && n < sizeof(data); h += 2) {
            unsigned v;
            if (!h[1] || sscanf(h, "%2x", &v) != 1) {
                ctl_reply(fd, "error: bad hex bytes\n");
                return;
            }
            data[n++] = (uint8_t)v;
        }
        if (uarthost_send(id, data, n) != n) {
            ctl_reply(fd, "error: UART not open\n");
            return;
        }
    } else if (!strcmp(argv[0], "clock")) {
        char buf[64];
        snprintf(buf, sizeof(buf), "%llu\n", (unsigned long long)hal_clock_us());
        ctl_reply(fd, buf);
        return;
    } else if (!strcmp(argv[0], "journal")) {
        ctl_journal(fd);
        return;
    } else if (!strcmp(argv[0], "quit")) {
        ctl_reply(fd, "ok\n");
        stop_process(0);
    } else {
        ctl_reply(fd, "error: unknown command (reset, power, halt, safe, pin N 0|1|z, adc N MV|z, touch N VALUE|z, i2c ADDR on|off, i2c ADDR REG [HEX], uart N [HEX], clock, quit)\n");
        return;
    }
    ctl_reply(fd, "ok\n");
}

// ---------------------------------------------------------------- forced restart
static void keep_fd(int fd) {
    if (fd >= 0) {
        fcntl(fd, F_SETFD, fcntl(fd, F_GETFD) & ~FD_CLOEXEC);
    }
}

// The interpreter is stuck in C code (no check point for seconds) and the
// host asked for a reset, a power cycle, safe mode or a halt: restart the
// whole board process on the same serial port, control socket, flash and
// pin trace, as the chip's reset line would. I/O thread; does not return.
static void force_restart(int req_bits) {
    int cause = (req_bits & (1 << BOARD_REQ_POWER)) ? 1 : 2;   // PWRON_RESET / HARD_RESET
    bool safe = (req_bits & (1 << BOARD_REQ_SAFE_RESET)) != 0;
    static const char msg[] = "\r\nkiln: the program is stuck in C code and takes no request: resetting the board\r\n";
    if (tx_fd >= 0) {
        ssize_t r = write(tx_fd, msg, sizeof(msg) - 1);
        (void)r;
    }
    restore_terminal();
    uint64_t clock = hal_clock_us();
    trace_time(clock);
    trace_close();
    if (flash_chip.mem != NULL) {
        msync(flash_chip.mem, flash_chip.size, MS_SYNC);
    }
    keep_fd(rx_fd);
    keep_fd(tx_fd);
    keep_fd(pty_slave);
    keep_fd(listen_fd);
    keep_fd(ctl_fd);
    keep_fd(ram_flash_fd);
    char env[256];
    snprintf(env, sizeof(env), "%d,%d,%llu,%lld,%d,%d,%d,%d,%d,%d", cause, safe ? 1 : 0,
             (unsigned long long)clock, (long long)board_rtc_us(), rx_fd, tx_fd, pty_slave, listen_fd,
             ctl_fd, ram_flash_fd);
    setenv(RESTART_ENV, env, 1);
    execv("/proc/self/exe", saved_argv);
    _exit(1);   // exec failed: better a dead board than a stuck one
}

static void read_inherit(void) {
    const char *e = getenv(RESTART_ENV);
    if (e == NULL) {
        return;
    }
    unsigned long long clock;
    long long rtc;
    int safe;
    if (sscanf(e, "%d,%d,%llu,%lld,%d,%d,%d,%d,%d,%d", &inherit.cause, &safe, &clock, &rtc, &inherit.rx,
               &inherit.tx, &inherit.slave, &inherit.listen, &inherit.ctl, &inherit.ram) == 10) {
        inherit.active = true;
        inherit.safe = safe != 0;
        inherit.clock_us = clock;
        inherit.rtc_us = rtc;
    }
    unsetenv(RESTART_ENV);
}

// ---------------------------------------------------------------- the I/O thread
#define MAX_CTL_CLIENTS 4

static void *io_thread(void *arg) {
    (void)arg;
    uint8_t pend[4096];
    size_t pend_len = 0, pend_pos = 0;
    int ctl_clients[MAX_CTL_CLIENTS];
    char ctl_buf[MAX_CTL_CLIENTS][256];
    size_t ctl_len[MAX_CTL_CLIENTS];
    for (int i = 0; i < MAX_CTL_CLIENTS; i++) {
        ctl_clients[i] = -1;
        ctl_len[i] = 0;
    }
    uint64_t posted_deadline = 0;
    uint64_t stuck_since = 0;   // mono_ns() when an untaken request was first seen
    for (;;) {
        int untaken = board_requests_pending();
        if (untaken == 0) {
            stuck_since = 0;
        } else if (stuck_since == 0) {
            stuck_since = mono_ns();
        } else if (mono_ns() - stuck_since > FORCE_AFTER_NS) {
            force_restart(untaken);
        }
        // push what is still pending into the board's receive buffer
        if (pend_pos < pend_len) {
            pend_pos += board_serial_rx(pend + pend_pos, pend_len - pend_pos);
        }
        struct pollfd fds[4 + MAX_CTL_CLIENTS];
        int kinds[4 + MAX_CTL_CLIENTS];
        int n = 0;
        if (rx_fd >= 0 && pend_pos >= pend_len) {
            fds[n] = (struct pollfd){rx_fd, POLLIN, 0};
            kinds[n++] = 0;
        }
        if (listen_fd >= 0) {
            fds[n] = (struct pollfd){listen_fd, POLLIN, 0};
            kinds[n++] = 1;
        }
        if (ctl_fd >= 0) {
            fds[n] = (struct pollfd){ctl_fd, POLLIN, 0};
            kinds[n++] = 2;
        }
        fds[n] = (struct pollfd){sig_pipe[0], POLLIN, 0};
        kinds[n++] = 3;
        for (int i = 0; i < MAX_CTL_CLIENTS; i++) {
            if (ctl_clients[i] >= 0) {
                fds[n] = (struct pollfd){ctl_clients[i], POLLIN, 0};
                kinds[n++] = 10 + i;
            }
        }
        int timeout = pend_pos < pend_len ? 5 : 20;
        uint64_t dl = board_deadline_us;
        if (dl != UINT64_MAX) {
            uint64_t now = hal_clock_us();
            if (now >= dl) {
                if (posted_deadline != dl) {
                    posted_deadline = dl;
                    board_post_event();
                }
            } else if ((dl - now) / 1000 < (uint64_t)timeout) {
                timeout = (int)((dl - now) / 1000) + 1;
            }
        }
        if (live_view) {
            trace_live_tick(hal_clock_us());
            if (timeout > 50) {
                timeout = 50;
            }
        }
        int r = poll(fds, (nfds_t)n, timeout);
        if (r <= 0) {
            continue;
        }
        for (int i = 0; i < n; i++) {
            if (!fds[i].revents) {
                continue;
            }
            if (kinds[i] == 0) {
                ssize_t got = read(rx_fd, pend, sizeof(pend));
                if (got > 0) {
                    pend_len = (size_t)got;
                    pend_pos = board_serial_rx(pend, pend_len);
                    if (stdin_raw && memchr(pend, QUIT_BYTE, pend_len)) {
                        input_ended = true;
                        hal_wake();
                    }
                } else if (got == 0 || (errno != EINTR && errno != EAGAIN)) {
                    if (listen_fd >= 0) {   // tcp client gone: wait for the next one
                        __atomic_store_n(&tx_fd, -1, __ATOMIC_RELEASE);
                        close(rx_fd);
                        rx_fd = -1;
                    } else if (pty_slave < 0) {   // stdio: end of input
                        rx_fd = -1;
                        input_ended = true;
                        hal_wake();
                    }
                }
            } else if (kinds[i] == 1) {
                int c = accept(listen_fd, NULL, NULL);
                if (c >= 0) {
                    if (rx_fd >= 0) {
                        close(c);   // one client at a time, like a UART
                    } else {
                        rx_fd = c;
                        __atomic_store_n(&tx_fd, c, __ATOMIC_RELEASE);
                    }
                }
            } else if (kinds[i] == 2) {
                int c = accept(ctl_fd, NULL, NULL);
                int slot = -1;
                for (int k = 0; k < MAX_CTL_CLIENTS; k++) {
                    if (ctl_clients[k] < 0) {
                        slot = k;
                        break;
                    }
                }
                if (c >= 0 && slot >= 0) {
                    ctl_clients[slot] = c;
                    ctl_len[slot] = 0;
                } else if (c >= 0) {
                    close(c);
                }
            } else if (kinds[i] == 3) {
                char c;
                if (read(sig_pipe[0], &c, 1) == 1) {
                    if (c == 'q') {
                        stop_process(0);
                    }
                    board_request(c == 'r' ? BOARD_REQ_RESET : BOARD_REQ_POWER);
                }
            } else {
                int k = kinds[i] - 10;
                ssize_t got = read(ctl_clients[k], ctl_buf[k] + ctl_len[k], sizeof(ctl_buf[k]) - 1 - ctl_len[k]);
                if (got <= 0) {
                    close(ctl_clients[k]);
                    ctl_clients[k] = -1;
                    continue;
                }
                ctl_len[k] += (size_t)got;
                char *nl;
                while ((nl = memchr(ctl_buf[k], '\n', ctl_len[k])) != NULL) {
                    *nl = 0;
                    size_t used = (size_t)(nl - ctl_buf[k]) + 1;
                    ctl_command(ctl_clients[k], ctl_buf[k]);
                    memmove(ctl_buf[k], ctl_buf[k] + used, ctl_len[k] - used);
                    ctl_len[k] -= used;
                }
                if (ctl_len[k] == sizeof(ctl_buf[k]) - 1) {
                    ctl_len[k] = 0;   // an over-long line: dropped
                }
            }
        }
    }
    return NULL;
}

// ---------------------------------------------------------------- set-up
static int usage(int fd) {
    static const char text[] =
        "usage: kiln board [options]\n"
        "Runs a virtual ESP32 board: power-up mounts the flash, runs boot.py then\n"
        "main.py, then the MicroPython REPL on the serial port.\n"
        "  --flash IMAGE       flash image file (a 4 MiB ESP32 flash with a vfs\n"
        "                      partition; created blank when missing, then set up\n"
        "                      and formatted at first boot). Default: a flash in\n"
        "                      memory, blank at every start\n"
        "  --flash-dir DIR     the board's filesystem is the host folder DIR instead\n"
        "                      (no flash image; the boot journal is then in memory)\n"
        "  --serial stdio      the serial port is this terminal, in raw mode (default);\n"
        "                      Ctrl-] stops the board; a pipe works too (the board\n"
        "                      stops when the input ends and it waits for more)\n"
        "  --serial pty        a pseudo-terminal; its path is the first line on\n"
        "                      stderr: 'serial: /dev/pts/N' (kept open across resets)\n"
        "  --serial tcp:PORT   a TCP server on 127.0.0.1:PORT (pyserial socket://)\n"
        "  --heap SIZE         GC heap, e.g. 128K (default 128K, like an ESP32\n"
        "                      without PSRAM)\n"
        "  --clock real|virtual  board time (default real); virtual: sleeps\n"
        "                      advance board time at once\n"
        "  --gpio-vcd FILE     record every output pin change in a VCD file\n"
        "  --pin-view on|off   live one-line pin view on stderr (default: on when\n"
        "                      the serial port is not the terminal and stderr is one)\n"
        "  --control PATH      control socket (unix): send lines 'reset' (the reset\n"
        "                      button), 'power' (power cycle), 'halt' (stop the\n"
        "                      program, uncatchable), 'pin N 0|1|z' (drive an input\n"
        "                      pin), 'clock' (board time in us), 'safe' (reset\n"
        "                      into safe mode), 'journal' (the boot journal), 'quit'\n"
        "                      'adc N MV|z' (millivolts on an ADC input), 'touch N\n"
        "                      VALUE|z' (what TouchPad(N).read() returns), 'i2c ADDR\n"
        "                      on|off' (a simulated I2C device: 256 registers),\n"
        "                      'i2c ADDR REG HEX' (set its registers), 'i2c ADDR REG'\n"
        "                      (read 16 of them, as hex), 'uart N HEX' (bytes arrive\n"
        "                      on UART N, 1 or 2), 'uart N' (what UART N sent, hex)\n"
        "  --link PATH         with --serial pty: make PATH a symlink to the pty, e.g.\n"
        "                      /dev/ttyUSB_kiln (as root), which Thonny's port list shows\n"
        "  --safe              power up in safe mode (boot.py and main.py not run)\n"
        "Signals: SIGUSR1 presses the reset button, SIGUSR2 power-cycles the board,\n"
        "SIGINT/SIGTERM stop it.\n";
    ssize_t r = write(fd, text, sizeof(text) - 1);
    (void)r;
    return fd == 1 ? 0 : 2;
}

static size_t parse_size(const char *s) {
    char *end;
    unsigned long long n = strtoull(s, &end, 0);
    if (*end == 'k' || *end == 'K') {
        n *= 1024;
        end++;
    } else if (*end == 'm' || *end == 'M') {
        n *= 1024 * 1024;
        end++;
    }
    return *end ? 0 : (size_t)n;
}

static int parse_opts(int argc, char **argv, board_opts_t *o) {
    memset(o, 0, sizeof(*o));
    o->heap = DEFAULT_HEAP;
    o->pin_view = -1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            return usage(1) == 0 ? 1 : -1;
        } else if (!strcmp(a, "--safe")) {
            o->safe = true;
            continue;
        }
        if (v == NULL) {
            fprintf(stderr, "kiln board: %s needs a value\n", a);
            return -1;
        }
        i++;
        if (!strcmp(a, "--flash")) {
            o->flash = v;
        } else if (!strcmp(a, "--flash-dir")) {
            o->flash_dir = v;
        } else if (!strcmp(a, "--serial")) {
            if (!strcmp(v, "stdio")) {
                o->serial = SERIAL_STDIO;
            } else if (!strcmp(v, "pty")) {
                o->serial = SERIAL_PTY;
            } else if (!strncmp(v, "tcp:", 4) && atoi(v + 4) > 0 && atoi(v + 4) < 65536) {
                o->serial = SERIAL_TCP;
                o->tcp_port = atoi(v + 4);
            } else {
                fprintf(stderr, "kiln board: --serial stdio, pty or tcp:PORT\n");
                return -1;
            }
        } else if (!strcmp(a, "--heap")) {
            o->heap = parse_size(v);
            if (o->heap < 32 * 1024) {
                fprintf(stderr, "kiln board: --heap must be at least 32K\n");
                return -1;
            }
        } else if (!strcmp(a, "--clock")) {
            if (strcmp(v, "real") && strcmp(v, "virtual")) {
                fprintf(stderr, "kiln board: --clock real or virtual\n");
                return -1;
            }
            o->virtual_clock = !strcmp(v, "virtual");
        } else if (!strcmp(a, "--gpio-vcd")) {
            o->vcd = v;
        } else if (!strcmp(a, "--control")) {
            o->control = v;
        } else if (!strcmp(a, "--link")) {
            o->link = v;
        } else if (!strcmp(a, "--pin-view")) {
            o->pin_view = !strcmp(v, "on");
        } else {
            fprintf(stderr, "kiln board: unknown option %s\n", a);
            usage(2);
            return -1;
        }
    }
    return 0;
}

static int open_serial(const board_opts_t *o) {
    if (inherit.active) {   // a forced restart: the same port, already set up
        rx_fd = inherit.rx;
        tx_fd = inherit.tx;
        pty_slave = inherit.slave;
        listen_fd = inherit.listen;
        if (o->serial == SERIAL_STDIO && isatty(0) && tcgetattr(0, &saved_termios) == 0) {
            struct termios t = saved_termios;
            cfmakeraw(&t);
            tcsetattr(0, TCSAFLUSH, &t);
            stdin_raw = true;
        }
        return 0;
    }
    if (o->serial == SERIAL_PTY) {
        int m, s;
        char name[128];
        if (openpty(&m, &s, name, NULL, NULL) != 0) {
            perror("kiln board: openpty");
            return -1;
        }
        struct termios t;
        tcgetattr(s, &t);
        cfmakeraw(&t);   // before anyone opens it: no echo, no CR/LF rewriting
        tcsetattr(s, TCSANOW, &t);
        fcntl(m, F_SETFL, fcntl(m, F_GETFL) | O_NONBLOCK);
        fcntl(m, F_SETFD, FD_CLOEXEC);
        fcntl(s, F_SETFD, FD_CLOEXEC);
        pty_slave = s;
        rx_fd = tx_fd = m;
        fprintf(stderr, "serial: %s\n", name);
        fflush(stderr);
        if (o->link != NULL) {
            struct stat lst;
            if (lstat(o->link, &lst) == 0 && S_ISLNK(lst.st_mode)) {
                unlink(o->link);   // a stale link of an earlier board
            }
            if (symlink(name, o->link) != 0) {
                fprintf(stderr, "kiln board: cannot link %s -> %s: %s\n", o->link, name, strerror(errno));
                return -1;
            }
            pty_link = o->link;
        }
        return 0;
    }
    if (o->serial == SERIAL_TCP) {
        listen_fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        int one = 1;
        setsockopt(listen_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
        struct sockaddr_in a = {0};
        a.sin_family = AF_INET;
        a.sin_port = htons((uint16_t)o->tcp_port);
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (bind(listen_fd, (struct sockaddr *)&a, sizeof(a)) != 0 || listen(listen_fd, 1) != 0) {
            perror("kiln board: tcp");
            return -1;
        }
        fprintf(stderr, "serial: tcp:127.0.0.1:%d\n", o->tcp_port);
        fflush(stderr);
        return 0;
    }
    rx_fd = 0;
    tx_fd = 1;
    if (isatty(0) && tcgetattr(0, &saved_termios) == 0) {
        struct termios t = saved_termios;
        cfmakeraw(&t);
        tcsetattr(0, TCSAFLUSH, &t);
        stdin_raw = true;
    }
    return 0;
}

static int open_control(const char *path) {
    if (inherit.active && inherit.ctl >= 0) {
        ctl_fd = inherit.ctl;
        fcntl(ctl_fd, F_SETFD, FD_CLOEXEC);
        return 0;
    }
    ctl_fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    struct sockaddr_un a = {0};
    a.sun_family = AF_UNIX;
    if (strlen(path) >= sizeof(a.sun_path)) {
        fprintf(stderr, "kiln board: control socket path too long\n");
        return -1;
    }
    strcpy(a.sun_path, path);
    unlink(path);
    if (bind(ctl_fd, (struct sockaddr *)&a, sizeof(a)) != 0 || listen(ctl_fd, 4) != 0) {
        perror("kiln board: control socket");
        return -1;
    }
    return 0;
}

static int open_flash(const char *path, board_config_t *cfg) {
    struct stat st;
    if (path == NULL) {
        // a flash in memory: a memfd, so that a forced restart keeps it
        char fdpath[64];
        bool fresh = !inherit.active || inherit.ram < 0;
        ram_flash_fd = fresh ? memfd_create("kiln-flash", MFD_CLOEXEC) : inherit.ram;
        snprintf(fdpath, sizeof(fdpath), "/proc/self/fd/%d", ram_flash_fd);
        if (ram_flash_fd < 0 || flash_open_file(&flash_chip, fdpath, fresh ? FLASH_SIZE : 0, 4096, fresh) != FLASH_OK) {
            fprintf(stderr, "kiln board: cannot make a flash in memory\n");
            return -1;
        }
        if (fresh) {
            image_write_partition_table(flash_chip.mem, FLASH_SIZE - VFS_OFFSET);
        }
    } else if (stat(path, &st) != 0) {
        if (flash_open_file(&flash_chip, path, FLASH_SIZE, 4096, true) != FLASH_OK) {
            fprintf(stderr, "kiln board: cannot create %s: %s\n", path, strerror(errno));
            return -1;
        }
        image_write_partition_table(flash_chip.mem, FLASH_SIZE - VFS_OFFSET);
    } else if (flash_open_file(&flash_chip, path, 0, 4096, false) != FLASH_OK) {
        fprintf(stderr, "kiln board: cannot open %s: %s\n", path, strerror(errno));
        return -1;
    }
    struct image_region r = {0, flash_chip.size, 0};
    if (image_find_region(flash_chip.mem, flash_chip.size, &r) != 0) {
        r.offset = 0;   // no partition table: the whole image is the filesystem
        r.size = flash_chip.size;
    }
    cfg->flash = &flash_chip;
    cfg->fs_offset = r.offset;
    cfg->fs_size = r.size;
    cfg->fs_block_size = 4096;
    // the boot journal: the last 16 KiB before the vfs partition (the end of
    // the factory app partition, unused by a virtual board); a bare vfs image
    // has no room for it outside the user's files (then it lives in memory)
    uint64_t jsize = (uint64_t)JOURNAL_SECTORS * 4096;
    if (r.full && r.offset >= 0x10000 + jsize) {
        cfg->journal_flash = &flash_chip;
        cfg->journal_offset = r.offset - jsize;
    }
    return 0;
}



__attribute__((noinline)) static int run_board(board_config_t *cfg) {
    return board_run(cfg);
}

static const char *flash_dir;

static int mount_flash_dir(void) {
    return vfs_mount_posix("/", flash_dir);
}

int board_main(int argc, char **argv) {
    board_opts_t o;
    int r = parse_opts(argc, argv, &o);
    if (r != 0) {
        return r > 0 ? 0 : 2;
    }
    saved_argv = argv - 1;   // "kiln", "board", ... (main passed argv + 1)
    read_inherit();
    board_config_t cfg = {0};
    if (inherit.active) {
        cfg.first_cause = inherit.cause;
        cfg.first_safe = inherit.safe;
        cfg.rtc_us = inherit.rtc_us;
        o.safe = false;   // --safe is for the power-up only
    }
    if (o.flash_dir != NULL) {
        struct stat st;
        if (o.flash != NULL || stat(o.flash_dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
            fprintf(stderr, "kiln board: --flash-dir needs an existing folder (and no --flash)\n");
            return 2;
        }
        flash_dir = o.flash_dir;
        cfg.mount_fs = mount_flash_dir;
    } else if (open_flash(o.flash, &cfg) != 0) {
        return 1;
    }
    cfg.heap_size = o.heap;
    cfg.heap = malloc(o.heap);
    cfg.safe_mode = o.safe;
    if (cfg.heap == NULL) {
        fprintf(stderr, "kiln board: cannot allocate the heap\n");
        return 1;
    }
    if (pipe2(sig_pipe, O_CLOEXEC) != 0 || open_serial(&o) != 0) {
        return 1;
    }
    if (o.control != NULL && open_control(o.control) != 0) {
        return 1;
    }
    vcd_path = o.vcd;
    if (o.vcd != NULL && inherit.active && trace_continue_vcd(o.vcd, inherit.clock_us) != 0) {
        fprintf(stderr, "kiln board: cannot write %s\n", o.vcd);
        return 1;
    }
    if (o.vcd != NULL && !inherit.active && trace_open_vcd(o.vcd) != 0) {
        fprintf(stderr, "kiln board: cannot write %s\n", o.vcd);
        return 1;
    }
    if (o.pin_view == 1 || (o.pin_view < 0 && o.serial != SERIAL_STDIO && isatty(2))) {
        trace_live_enable(2);
        live_view = true;
    }
    virtual_clock = o.virtual_clock;
    clock_start_ns = mono_ns();
    clock_skip_us = inherit.clock_us;   // a restarted board's clock goes on
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&wake_cv, &ca);

    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = on_host_signal;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sigaction(SIGUSR1, &sa, NULL);
    sigaction(SIGUSR2, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);

    // the I/O thread must not take the signals meant for the interpreter's process
    sigset_t block, old;
    sigfillset(&block);
    pthread_sigmask(SIG_BLOCK, &block, &old);
    pthread_t th;
    pthread_create(&th, NULL, io_thread, NULL);
    pthread_sigmask(SIG_SETMASK, &old, NULL);

    board_cfg = &cfg;
    unix_board_mode = 1;
    volatile int stack_top = 0;
    gc_set_stack_top((void *)&stack_top);
    r = run_board(&cfg);
    if (pty_link != NULL) {
        unlink(pty_link);
    }
    restore_terminal();
    trace_time(hal_clock_us());
    trace_close();
    flash_close(&flash_chip);
    if (o.control != NULL) {
        unlink(o.control);
    }
    return r;
}
