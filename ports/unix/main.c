// ports/unix/main.c — the `kiln` command: MicroPython's unix-port command
// line (`kiln FILE.py [args]`, `-c CODE`, `-m MODULE`, `-X heapsize=N[K|M]`,
// `-i`, no arguments: an interactive prompt) plus the host tools
// (`kiln image ...`, `kiln board ...`). `-X flash=IMAGE` mounts a littlefs
// image at "/" for `os` and `open` (created and formatted when missing).
// Start-up order: heap (the one malloc: a fixed block given to gc_init),
// stack top, rt_init (names, types, builtins, modules), SIGINT handler,
// sys.argv and sys.path, then run. Exit status: 0, 1 after an uncaught
// exception (traceback on stderr), n for SystemExit(n), 2 for usage errors.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <unistd.h>
#include "core/runtime.h"
#include "core/gc.h"
#include "core/types.h"
#include "core/compile.h"
#include "core/port.h"
#include "core/mod_builtins.h"
#include "ports/unix/unix.h"
#include "ports/unix/image_cmd.h"
#include "board/mod_os.h"
#include "fs/vfs.h"
#include "fs/flash.h"
#include <sys/stat.h>

typedef struct {
    const char *code;      // -c CODE
    const char *module;    // -m MODULE
    const char *file;      // FILE.py
    bool inspect;          // -i: prompt after running
    bool debug;            // -d: disassemble compiled code to stderr
    int first_arg;         // argv index of the program's first argument
    size_t heap_size;
    const char *flash;     // -X flash=IMAGE
} options_t;

static void usage(int fd) {
    static const char text[] =
        "usage: kiln [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename>] [args]\n"
        "       kiln image ...   build and inspect flash images\n"
        "       kiln board ...   run the emulated board\n"
        "Options:\n"
        "-c <command> : run the command string\n"
        "-m <module>  : run a module (found on sys.path) as a script\n"
        "-i           : enter the interactive prompt after running\n"
        "-h           : print this help and exit\n"
        "-d           : print the bytecode of compiled code on stderr\n"
        "-O, -v       : accepted for compatibility\n"
        "Implementation specific options (-X):\n"
        "  heapsize=<n>[w][K|M] : set the heap size for the GC (default 256K)\n"
        "  emit=bytecode        : accepted (the only emitter)\n"
        "  flash=<image>        : mount a littlefs image at / for os and open()\n"
        "                         (created as a 4096x512 ESP32 vfs partition if missing);\n"
        "                         without it os and open() see the host's files\n";
    port_write(fd, text, sizeof(text) - 1);
}

static void fail(const char *msg, const char *arg) {
    fprintf(stderr, "kiln: %s%s%s\n", msg, arg ? ": " : "", arg ? arg : "");
}

// "<n>[w][K|M]" -> bytes; 0 on a syntax error.
static size_t parse_size(const char *s) {
    char *end;
    unsigned long long n = strtoull(s, &end, 0);
    if (end == s) {
        return 0;
    }
    size_t word = 1;
    if (*end == 'w' || *end == 'W') {
        word = sizeof(void *);
        end++;
    }
    if (*end == 'k' || *end == 'K') {
        n *= 1024;
        end++;
    } else if (*end == 'm' || *end == 'M') {
        n *= 1024 * 1024;
        end++;
    }
    if (*end != 0) {
        return 0;
    }
    return (size_t)n * word;
}

static int parse_x_option(const char *opt, options_t *o) {
    if (strncmp(opt, "heapsize=", 9) == 0) {
        size_t n = parse_size(opt + 9);
        if (n < 8 * 1024) {
            fail("invalid heap size (at least 8K)", opt + 9);
            return -1;
        }
        o->heap_size = n;
    } else if (strncmp(opt, "flash=", 6) == 0) {
        if (opt[6] == 0) {
            fail("missing image file name", opt);
            return -1;
        }
        o->flash = opt + 6;
    }
    // emit=..., realtime and other unix-port options: accepted and ignored
    return 0;
}

// Returns -1 to exit with status 2 (usage error), 1 to exit 0 (-h), 0 to run.
static int parse_args(int argc, char **argv, options_t *o) {
    memset(o, 0, sizeof(*o));
    o->heap_size = KILN_HEAP_DEFAULT;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || a[1] == 0) {
            o->file = strcmp(a, "-") == 0 ? NULL : a;
            i++;
            break;
        }
        if (strcmp(a, "-c") == 0 || strcmp(a, "-m") == 0) {
            if (i + 1 >= argc) {
                fail("option requires an argument", a);
                return -1;
            }
            if (a[1] == 'c') {
                o->code = argv[i + 1];
            } else {
                o->module = argv[i + 1];
            }
            i += 2;
            break;
        }
        if (strcmp(a, "-X") == 0) {
            if (i + 1 >= argc) {
                fail("option requires an argument", a);
                return -1;
            }
            if (parse_x_option(argv[++i], o) != 0) {
                return -1;
            }
        } else if (strncmp(a, "-X", 2) == 0) {
            if (parse_x_option(a + 2, o) != 0) {
                return -1;
            }
        } else if (strcmp(a, "-i") == 0) {
            o->inspect = true;
        } else if (strcmp(a, "-d") == 0) {
            o->debug = true;
        } else if (a[1] == 'O' || strcmp(a, "-v") == 0) {
            // accepted for compatibility
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(1);
            return 1;
        } else {
            fail("unknown option", a);
            usage(2);
            return -1;
        }
    }
    o->first_arg = i;
    return 0;
}

// sys.path: [script dir or '', then MICROPYPATH entries or the defaults].
static void set_sys_path(const options_t *o) {
    obj_t path = rt_state.sys_path;
    if (o->file != NULL) {
        char buf[PATH_MAX];
        const char *full = realpath(o->file, buf);
        const char *f = full ? full : o->file;
        const char *slash = strrchr(f, '/');
        list_append(path, slash ? str_new(f, slash == f ? 1 : (size_t)(slash - f)) : OBJ_NAME(N_empty));
    } else {
        list_append(path, OBJ_NAME(N_empty));
    }
    const char *env = getenv("MICROPYPATH");
    const char *p = env ? env : ".frozen:~/.micropython/lib:/usr/lib/micropython";
    const char *home = getenv("HOME");
    for (;;) {
        const char *end = strchr(p, ':');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        if (len >= 2 && p[0] == '~' && p[1] == '/' && home != NULL) {
            vstr_t v;
            vstr_init(&v, len + strlen(home));
            vstr_add_str(&v, home);
            vstr_add_strn(&v, p + 1, len - 1);
            list_append(path, str_new(v.buf, v.len));
        } else {
            list_append(path, str_new(p, len));
        }
        if (end == NULL) {
            break;
        }
        p = end + 1;
    }
}

static void set_sys_argv(const options_t *o, int argc, char **argv) {
    obj_t av = rt_state.sys_argv;
    if (o->file != NULL) {
        list_append(av, str_new_cstr(o->file));
    } else if (o->code != NULL) {
        list_append(av, str_new_cstr("-c"));
    } else if (o->module != NULL) {
        list_append(av, str_new_cstr(o->module));
    } else {
        list_append(av, OBJ_NAME(N_empty));
    }
    for (int i = o->first_arg; i < argc; i++) {
        list_append(av, str_new_cstr(argv[i]));
    }
}

// ---------------------------------------------------------------- the prompt
// Read one line (without its newline) into v. Returns 1 for a line, 0 at
// end of input with nothing read, -1 when Ctrl-C cancelled the line.
static int read_line(vstr_t *v, const char *prompt) {
    port_write(1, prompt, strlen(prompt));
    vstr_clear(v);
    int r = port_read_line(v);
    if (r < 0) {
        rt_state.pending_exception = OBJ_NULL;
        port_write(1, "\n", 1);
    }
    return r;
}

typedef struct {
    int depth;          // open brackets
    char quote;         // 0, or the quote of an unterminated triple-quoted string
    bool backslash;     // the text ends with a line continuation
    bool colon;         // the last logical line ends with ':'
} scan_t;

// Lexical state at the end of src: what decides whether to prompt "... ".
static scan_t scan_source(const char *s, size_t n) {
    scan_t st = {0, 0, false, false};
    char last = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '#') {
            while (i < n && s[i] != '\n') {
                i++;
            }
            if (i < n) {
                last = '\n';
            }
            continue;
        }
        if (c == '"' || c == '\'') {
            bool triple = i + 2 < n && s[i + 1] == c && s[i + 2] == c;
            size_t j = i + (triple ? 3 : 1);
            bool closed = false;
            while (j < n) {
                if (s[j] == '\\') {
                    j += 2;
                    continue;
                }
                if (!triple && s[j] == '\n') {
                    break;
                }
                if (s[j] == c && (!triple || (j + 2 < n && s[j + 1] == c && s[j + 2] == c))) {
                    closed = true;
                    j += triple ? 3 : 1;
                    break;
                }
                j++;
            }
            if (!closed && triple) {
                st.quote = c;
                return st;
            }
            i = j - 1;
            last = c;
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            st.depth++;
        } else if ((c == ')' || c == ']' || c == '}') && st.depth > 0) {
            st.depth--;
        }
        if (c != ' ' && c != '\t' && c != '\r') {
            last = c;
        }
    }
    st.backslash = last == '\\';
    st.colon = last == ':';
    return st;
}

static bool starts_compound(const char *s, size_t n) {
    static const char *const kw[] = {"if", "while", "for", "def", "class", "try", "with", "async", "match", NULL};
    while (n > 0 && (*s == ' ' || *s == '\t')) {
        s++;
        n--;
    }
    if (n > 0 && *s == '@') {
        return true;
    }
    for (int i = 0; kw[i]; i++) {
        size_t k = strlen(kw[i]);
        if (n > k && memcmp(s, kw[i], k) == 0 && (s[k] == ' ' || s[k] == ':' || s[k] == '(')) {
            return true;
        }
    }
    return false;
}

static bool is_blank(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (s[i] != ' ' && s[i] != '\t') {
            return false;
        }
    }
    return true;
}

// Exit status for SystemExit, or -1 for any other exception (printed).
static int handle_exception(obj_t exc) {
    if (exc_matches(exc, OBJ_FROM_PTR(&type_SystemExit))) {
        tuple_t *a = OBJ_TO_PTR(exc_get_args(exc));
        if (a->len == 0 || a->items[0] == OBJ_NONE) {
            return 0;
        }
        intptr_t code;
        if (rt_get_int_maybe(a->items[0], &code)) {
            return (int)(code & 0xff);
        }
        rt_print(&printer_stderr, a->items[0], PRINT_STR);
        print_str(&printer_stderr, "\n");
        return 1;
    }
    exc_print_traceback(&printer_stderr, exc);
    return -1;
}

// Run one interactive entry; -1 to carry on, else the exit status (SystemExit).
static int exec_entry(const char *src, size_t len, map_t *g) {
    rt_state.pending_exception = OBJ_NULL;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        rt_exec_source(src, len, N_lt_stdin, COMPILE_SINGLE, g, g);
        nlr_pop();
        return -1;
    }
    return handle_exception(nlr.ret_val);
}

// The interactive prompt; returns the process exit status.
static int repl(bool banner) {
    if (banner) {
        mod_sys_print_banner(&printer_stdout);
        print_str(&printer_stdout, "\nUse Ctrl-D to exit\n");
    }
    map_t *g = rt_module_globals(rt_state.main_module);
    vstr_t src, line;
    vstr_init(&src, 128);
    vstr_init(&line, 128);
    for (;;) {
        int r = read_line(&line, ">>> ");
        if (r == 0) {
            port_write(1, "\n", 1);
            return 0;
        }
        if (r < 0 || is_blank(line.buf, line.len)) {
            continue;
        }
        vstr_clear(&src);
        vstr_add_strn(&src, line.buf, line.len);
        bool compound = starts_compound(line.buf, line.len);
        bool cancelled = false;
        for (;;) {
            scan_t st = scan_source(src.buf, src.len);
            bool open = st.depth > 0 || st.quote || st.backslash;
            if (st.colon && !open) {
                compound = true;   // a block header: read until a blank line
            }
            if (!open && !compound) {
                break;
            }
            r = read_line(&line, "... ");
            if (r < 0) {
                cancelled = true;
                break;
            }
            if (r == 0) {
                break;
            }
            if (!open && is_blank(line.buf, line.len)) {
                break;
            }
            vstr_add_byte(&src, '\n');
            vstr_add_strn(&src, line.buf, line.len);
        }
        if (cancelled) {
            continue;
        }
        vstr_add_byte(&src, '\n');
        int status = exec_entry(src.buf, src.len, g);
        if (status >= 0) {
            return status;
        }
    }
}

// ---------------------------------------------------------------- flash
static flash_t flash_image;   // C memory only: the mmap'd image

// Open (or create: ESP32 vfs geometry 4096 x 512) the image and mount it at "/".
static int mount_flash(const char *path) {
    struct stat st;
    bool exists = stat(path, &st) == 0;
    int e = exists ? flash_open_file(&flash_image, path, 0, 4096, false)
                   : flash_open_file(&flash_image, path, 4096 * 512, 4096, true);
    if (e != FLASH_OK) {
        fail("cannot open the flash image", path);
        return -1;
    }
    struct image_region r = {0, flash_image.size, 0};
    if (image_find_region(flash_image.mem, flash_image.size, &r) != 0) {
        fail("no vfs partition in the flash image", path);
        return -1;
    }
    e = vfs_mount_lfs2("/", &flash_image, r.offset, r.size, 4096, true);
    if (e < 0) {
        fail("cannot mount the flash image", path);
        return -1;
    }
    return 0;
}

// ---------------------------------------------------------------- main
__attribute__((noinline)) static int run(int argc, char **argv, options_t *o) {
    rt_init();
    port_unix_init();
    mod_os_init();
    if (o->flash != NULL && mount_flash(o->flash) != 0) {
        return 1;
    }
    if (o->flash == NULL && vfs_mount_posix("/", "/") == 0) {
        // as MicroPython's unix port: os and open() see the host's files,
        // relative paths from the current directory
        char cwd[PATH_MAX];
        if (getcwd(cwd, sizeof(cwd)) != NULL) {
            vfs_chdir(cwd);
        }
    }
    if (o->debug) {
        compile_set_debug(1);
    }
    set_sys_path(o);
    set_sys_argv(o, argc, argv);
    int status;
    if (o->code != NULL) {
        status = rt_run_main_source(o->code, strlen(o->code), N_lt_stdin);
    } else if (o->module != NULL) {
        status = rt_run_main_module(o->module);
    } else if (o->file != NULL) {
        status = rt_run_main_file(o->file);
    } else {
        return repl(true);
    }
    if (o->inspect && status != 2) {
        status = repl(false);
    }
    return status;
}

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "image") == 0) {
        return image_main(argc - 1, argv + 1);
    }
    if (argc > 1 && strcmp(argv[1], "board") == 0) {
        return board_main(argc - 1, argv + 1);
    }
    options_t o;
    int r = parse_args(argc, argv, &o);
    if (r != 0) {
        return r < 0 ? 2 : 0;
    }
    char *heap = malloc(o.heap_size);
    if (heap == NULL) {
        fail("cannot allocate the heap", NULL);
        return 1;
    }
    gc_init(heap, heap + o.heap_size);
    // Everything that may hold heap pointers runs in run(), below this frame,
    // so the conservative stack scan (from here down) sees all of it.
    volatile int stack_top = 0;
    gc_set_stack_top((void *)&stack_top);
    int status = run(argc, argv, &o);
    fflush(stdout);
    if (o.flash != NULL) {
        vfs_umount_all();
        flash_close(&flash_image);
    }
    return status;
}
