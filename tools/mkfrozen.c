// tools/mkfrozen.c — build-time stage 1: freezes every ROOT/**/*.py as
// bytecode. It is linked with the interpreter core itself (every object of
// build/kiln except frozen_data.o; it defines an empty frozen table), so
// each module is compiled by the real compiler and serialised by
// core/code_io.c; the output is one C file holding those bytes per module and
// the table path -> code (core/frozen.h's frozen_file_t) of the firmware.
//
// Usage: mkfrozen ROOT OUT.c
// Paths in the table are relative to ROOT with '/' separators
// ("asyncio/core.py", also the code's file name, so tracebacks read as
// MicroPython's); entries are sorted by path (strcmp) so the output is
// deterministic; a file named __init__.py marks its directory as a package.
// Hidden entries (".x") and __pycache__ are skipped. A syntax error fails
// the build with the usual traceback. Every blob is loaded back and saved
// again before it is written: the round trip must give the same bytes.
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "core/code_io.h"
#include "core/compile.h"
#include "core/frozen.h"
#include "core/gc.h"
#include "core/names.h"
#include "core/nlr.h"
#include "core/runtime.h"

// Stage 1 runs with no frozen modules.
const frozen_file_t frozen_files[] = {{"", NULL, 0, false}};
const size_t frozen_files_count = 0;

#define HEAP_SIZE (64u << 20)   // no automatic collection: plenty of room

typedef struct {
    char **items;
    size_t len, cap;
} strlist_t;

static const char *out_tmp;   // the half-written output, removed on failure

static void die(const char *what, const char *arg) {
    fprintf(stderr, "mkfrozen: %s: %s\n", what, arg);
    if (out_tmp != NULL) {
        remove(out_tmp);
    }
    exit(1);
}

static void *xmalloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (p == NULL) {
        die("out of memory", "malloc");
    }
    return p;
}

__attribute__((noinline)) static char *join(const char *a, const char *b) {
    size_t la = strlen(a), lb = strlen(b);
    char *s = xmalloc(la + lb + 2);
    memcpy(s, a, la);
    size_t n = la;
    if (la) {
        s[n++] = '/';
    }
    memcpy(s + n, b, lb + 1);
    return s;
}

static void list_add(strlist_t *l, char *s) {
    if (l->len == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 16;
        char **n = realloc(l->items, l->cap * sizeof(char *));
        if (n == NULL) {
            die("out of memory", "realloc");
        }
        l->items = n;
    }
    l->items[l->len++] = s;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int ends_with(const char *s, const char *suffix) {
    size_t ls = strlen(s), lx = strlen(suffix);
    return ls >= lx && strcmp(s + ls - lx, suffix) == 0;
}

// Collect every .py file under root/rel (rel "" = the root) into out.
static void walk(const char *root, const char *rel, strlist_t *out) {
    char *dir = *rel ? join(root, rel) : join("", root);
    DIR *d = opendir(dir);
    if (d == NULL) {
        die("cannot open directory", dir);
    }
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.' || strcmp(e->d_name, "__pycache__") == 0) {
            continue;
        }
        char *full = join(dir, e->d_name);
        char *sub = join(rel, e->d_name);
        struct stat st;
        if (stat(full, &st) != 0) {
            die("cannot stat", full);
        }
        if (S_ISDIR(st.st_mode)) {
            walk(root, sub, out);
            free(sub);
        } else if (S_ISREG(st.st_mode) && ends_with(e->d_name, ".py")) {
            if (strpbrk(sub, "\"\\?\n")) {
                die("unusable file name", full);
            }
            list_add(out, sub);
        } else {
            free(sub);
        }
        free(full);
    }
    closedir(d);
    free(dir);
}

__attribute__((noinline)) static char *read_file(const char *path, size_t *len) {
    FILE *in = fopen(path, "rb");
    if (in == NULL) {
        die("cannot read", path);
    }
    size_t cap = 4096, n = 0;
    char *buf = xmalloc(cap);
    size_t k;
    while ((k = fread(buf + n, 1, cap - n, in)) > 0) {
        n += k;
        if (n == cap) {
            cap *= 2;
            char *b = realloc(buf, cap);
            if (b == NULL) {
                die("out of memory", "realloc");
            }
            buf = b;
        }
    }
    fclose(in);
    *len = n;
    return buf;
}

// Compile root/rel and write its serialised code as a C byte array.
static void freeze_one(FILE *o, const char *root, const char *rel, size_t index) {
    char *full = join(root, rel);
    size_t len;
    char *src = read_file(full, &len);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_t code = compile_source(src, len, names_intern_cstr(rel), COMPILE_FILE);
        vstr_t blob, again;
        vstr_init(&blob, 1024);
        code_io_save(&blob, code);
        vstr_init(&again, blob.len);
        code_io_save(&again, code_io_load((const uint8_t *)blob.buf, blob.len));
        if (again.len != blob.len || memcmp(again.buf, blob.buf, blob.len) != 0) {
            die("bytecode does not survive a save/load round trip", full);
        }
        fprintf(o, "// %s\nstatic const uint8_t frozen_code_%zu[%zu] = {", rel, index, blob.len);
        for (size_t i = 0; i < blob.len; i++) {
            fprintf(o, "%s%u,", i % 24 ? "" : "\n    ", (unsigned)(uint8_t)blob.buf[i]);
        }
        fputs("\n};\n\n", o);
        nlr_pop();
    } else {
        fprintf(stderr, "mkfrozen: cannot freeze %s:\n", full);
        exc_print_traceback(&printer_stderr, nlr.ret_val);
        die("build stopped", full);
    }
    free(src);
    free(full);
}

__attribute__((noinline)) static void freeze_all(FILE *o, const char *root, const strlist_t *files) {
    rt_init();
    for (size_t i = 0; i < files->len; i++) {
        freeze_one(o, root, files->items[i], i);
    }
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: mkfrozen ROOT OUT.c\n");
        return 2;
    }
    const char *root = argv[1];
    strlist_t files = {0};
    walk(root, "", &files);
    qsort(files.items, files.len, sizeof(char *), cmp_str);

    char *tmp = xmalloc(strlen(argv[2]) + 5);
    sprintf(tmp, "%s.tmp", argv[2]);
    FILE *o = fopen(tmp, "w");
    if (o == NULL) {
        die("cannot write", tmp);
    }
    out_tmp = tmp;
    fprintf(o, "// Generated by tools/mkfrozen from %s/ (do not edit): the frozen modules' bytecode.\n", root);
    fputs("#include \"core/frozen.h\"\n\n", o);
    char *heap = xmalloc(HEAP_SIZE);
    gc_init(heap, heap + HEAP_SIZE);
    gc_set_auto(false);
    volatile int stack_top = 0;
    gc_set_stack_top((void *)&stack_top);
    freeze_all(o, root, &files);
    fputs("const frozen_file_t frozen_files[] = {\n", o);
    for (size_t i = 0; i < files.len; i++) {
        const char *p = files.items[i];
        int pkg = strcmp(p, "__init__.py") == 0 || ends_with(p, "/__init__.py");
        fprintf(o, "    {\"%s\", frozen_code_%zu, sizeof(frozen_code_%zu), %s},\n",
            p, i, i, pkg ? "true" : "false");
    }
    if (files.len == 0) {
        fputs("    {\"\", NULL, 0, false},\n", o);
    }
    fputs("};\n", o);
    fprintf(o, "const size_t frozen_files_count = %zu;\n", files.len);
    if (fclose(o) != 0) {
        die("cannot write", tmp);
    }
    if (rename(tmp, argv[2]) != 0) {
        die("cannot rename to", argv[2]);
    }
    out_tmp = NULL;
    for (size_t i = 0; i < files.len; i++) {
        free(files.items[i]);
    }
    free(files.items);
    free(tmp);
    free(heap);
    return 0;
}
