// core/frozen.c — the frozen-module tree (core/frozen.h) over the generated
// table frozen_files[] (sorted by path, read-only, never on the heap).
// A directory exists when some file's path starts with "dir/".
#include <string.h>
#include "core/code_io.h"
#include "core/frozen.h"
#include "core/runtime.h"

#define PREFIX_LEN (sizeof(FROZEN_DIR) - 1)

bool frozen_is_path(const char *path) {
    return strncmp(path, FROZEN_DIR, PREFIX_LEN) == 0 && (path[PREFIX_LEN] == '\0' || path[PREFIX_LEN] == '/');
}

// The part of path below the frozen root ("" for the root itself), or NULL.
static const char *rel_path(const char *path) {
    if (!frozen_is_path(path)) {
        return NULL;
    }
    path += PREFIX_LEN;
    while (*path == '/') {
        path++;
    }
    return path;
}

static const frozen_file_t *find_file(const char *rel) {
    size_t lo = 0, hi = frozen_files_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(frozen_files[mid].path, rel);
        if (c == 0) {
            return &frozen_files[mid];
        }
        if (c < 0) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return NULL;
}

static bool is_dir(const char *rel, size_t len) {
    if (len == 0) {
        return true;
    }
    for (size_t i = 0; i < frozen_files_count; i++) {
        const char *p = frozen_files[i].path;
        if (strncmp(p, rel, len) == 0 && p[len] == '/') {
            return true;
        }
    }
    return false;
}

int frozen_stat(const char *path) {
    const char *rel = rel_path(path);
    if (rel == NULL) {
        return 0;
    }
    size_t len = strlen(rel);
    while (len > 0 && rel[len - 1] == '/') {
        len--;
    }
    if (len == strlen(rel) && find_file(rel) != NULL) {
        return 2;
    }
    return is_dir(rel, len) ? 1 : 0;
}

obj_t frozen_load_code(const char *path) {
    const char *rel = rel_path(path);
    const frozen_file_t *f = rel ? find_file(rel) : NULL;
    if (f == NULL) {
        rt_raise_OSError(2);
    }
    return code_io_load(f->code, f->len);
}

const char *frozen_file_name(const char *path) {
    const char *rel = rel_path(path);
    return rel && *rel ? rel : path;
}

bool frozen_has_module(const char *name, size_t len) {
    for (size_t i = 0; i < frozen_files_count; i++) {
        const char *p = frozen_files[i].path;
        if (strncmp(p, name, len) == 0 && (strcmp(p + len, ".py") == 0 || strcmp(p + len, "/__init__.py") == 0)) {
            return true;
        }
    }
    return false;
}
