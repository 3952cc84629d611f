// ports/unix/port_unix.c — core/port.h for Linux/POSIX: unbuffered stdout/
// stderr with write(2), stdin with read(2), CLOCK_MONOTONIC ticks, wall
// time, nanosleep, whole-file reads into the GC heap, stat.
// Ctrl-C: SIGINT (installed without SA_RESTART, so blocking reads and sleeps
// return EINTR) sets rt_state.pending_exception to the preallocated
// KeyboardInterrupt; the VM raises it at its next check. A second SIGINT
// while one is still pending ends the process (the VM is stuck in C code).
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "core/port.h"
#include "core/runtime.h"
#include "core/gc.h"
#include "ports/unix/unix.h"
#include "board/board.h"
#include "board/serial.h"

// `kiln board` sets this: core/port.h then goes to the board (its serial
// link, board time, the flash VFS) instead of the host's stdio and files.
int unix_board_mode;

// ---------------------------------------------------------------- signals
static void sigint_handler(int sig) {
    if (rt_state.interrupt_char == -1) {
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
        return;
    }
    if (rt_state.pending_exception == rt_state.kbd_exc && rt_state.kbd_exc != OBJ_NULL) {
        static const char msg[] = "\nkiln: interrupted twice, exiting\n";
        ssize_t r = write(2, msg, sizeof(msg) - 1);
        (void)r;
        _exit(130);
    }
    rt_post_pending(rt_state.kbd_exc);
}

void port_unix_init(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = sigint_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;   // no SA_RESTART: read/nanosleep return EINTR
    sigaction(SIGINT, &sa, NULL);
}

int port_unix_stdin_is_tty(void) {
    return isatty(0);
}

// ---------------------------------------------------------------- text I/O
void port_write(int fd, const char *s, size_t len) {
    if (unix_board_mode) {
        serial_write_cooked(s, len);
        return;
    }

    while (len > 0) {
        ssize_t r = write(fd, s, len);
        if (r < 0) {
            if (errno == EINTR) {
                continue;
            }
            return;   // closed pipe etc.: drop the output
        }
        s += r;
        len -= (size_t)r;
    }
}

void port_write_bytes(int fd, const char *s, size_t len) {
    if (unix_board_mode) {
        serial_write(s, len);
        return;
    }

    port_write(fd, s, len);
}

int port_read_line(vstr_t *v) {
    if (unix_board_mode) {
        return board_stdin_read_line(v);
    }

    for (;;) {
        int c = port_read_char();
        if (c < 0) {
            if (rt_state.pending_exception != OBJ_NULL) {
                return -1;
            }
            return v->len > 0 ? 1 : 0;
        }
        if (c == '\n') {
            if (v->len > 0 && v->buf[v->len - 1] == '\r') {
                v->len--;
            }
            return 1;
        }
        vstr_add_byte(v, (uint8_t)c);
    }
}

bool port_stdin_wait(uint64_t timeout_us) {
    if (unix_board_mode) {
        return serial_rx_available() > 0 || (timeout_us > 0 && serial_wait_rx(timeout_us));
    }
    struct pollfd p = {0, POLLIN, 0};
    uint64_t ms = (timeout_us + 999) / 1000;
    int r = poll(&p, 1, ms > 100000000u ? 100000000 : (int)ms);
    return r > 0;
}

void port_pending_events(void) {
    if (unix_board_mode) {
        board_pending_events();
    }

}

int port_read_char(void) {
    if (unix_board_mode) {
        return board_stdin_getc();
    }

    for (;;) {
        unsigned char c;
        ssize_t r = read(0, &c, 1);
        if (r == 1) {
            return c;
        }
        if (r < 0 && errno == EINTR) {
            if (rt_state.pending_exception != OBJ_NULL) {
                return -1;   // Ctrl-C: the caller checks rt_handle_pending()
            }
            continue;
        }
        return -1;
    }
}

// ---------------------------------------------------------------- time
uint64_t port_ticks_us(void) {
    if (unix_board_mode) {
        return board_ticks_us();
    }

    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

int64_t port_time_s(void) {
    if (unix_board_mode) {
        int64_t us = board_rtc_us();
        return us >= 0 ? us / 1000000 : -((-us + 999999) / 1000000);
    }

    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec;
}

void port_delay_us(uint64_t us) {
    if (unix_board_mode) {
        board_delay_us(us);
        return;
    }

    struct timespec req = {(time_t)(us / 1000000u), (long)(us % 1000000u) * 1000};
    struct timespec rem;
    while (nanosleep(&req, &rem) != 0 && errno == EINTR) {
        if (rt_state.pending_exception != OBJ_NULL) {
            return;
        }
        req = rem;
    }
}

// ---------------------------------------------------------------- files
char *port_read_file(const char *path, size_t *len) {
    if (unix_board_mode) {
        return board_read_file(path, len);
    }

    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return NULL;
    }
    size_t size = (size_t)st.st_size;
    char *buf = gc_alloc_maybe(size + 1);
    if (buf == NULL) {
        close(fd);
        rt_raise_MemoryError();
    }
    size_t got = 0;
    while (got < size) {
        ssize_t r = read(fd, buf + got, size - got);
        if (r < 0 && errno == EINTR) {
            continue;
        }
        if (r <= 0) {
            break;
        }
        got += (size_t)r;
    }
    close(fd);
    buf[got] = 0;
    *len = got;
    return buf;
}

int port_stat(const char *path) {
    if (unix_board_mode) {
        return board_stat(path);
    }

    struct stat st;
    if (stat(path, &st) != 0) {
        return 0;
    }
    if (S_ISDIR(st.st_mode)) {
        return 1;
    }
    return S_ISREG(st.st_mode) ? 2 : 0;
}
