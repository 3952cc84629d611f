// core/frozen.h — frozen modules: Python source compiled into the firmware.
// tools/mkfrozen turns frozen/**/*.py into $(BUILD)/frozen_data.c, which
// defines the table below. The import system sees the table as a read-only
// directory named ".frozen": a sys.path entry ".frozen" finds
// ".frozen/asyncio/__init__.py", the package's __path__ is ".frozen/asyncio"
// and its submodules are found under it. A frozen module's __file__ is its
// path without the ".frozen/" prefix ("asyncio/core.py"), as MicroPython.
#ifndef KILN_FROZEN_H
#define KILN_FROZEN_H

#include <stdbool.h>
#include <stddef.h>

#define FROZEN_DIR ".frozen"

typedef struct {
    const char *path;   // relative to the frozen root, '/'-separated
    const char *src;    // the module's source text (NUL-terminated)
    size_t len;         // its length in bytes
    bool is_pkg;        // path ends in __init__.py
} frozen_file_t;

// Generated (sorted by path).
extern const frozen_file_t frozen_files[];
extern const size_t frozen_files_count;

// Is path under the frozen root (".frozen" or ".frozen/...")?
bool frozen_is_path(const char *path);
// port_stat() over the frozen tree: 1 directory, 2 file, 0 absent
// (also 0 for a path not under the frozen root).
int frozen_stat(const char *path);
// The source of the frozen file at path (".frozen/x/y.py"), or NULL.
const char *frozen_source(const char *path, size_t *len);
// The name a frozen file reports (path without ".frozen/"); path otherwise.
const char *frozen_file_name(const char *path);
// Is there a top-level frozen module or package called name?
bool frozen_has_module(const char *name, size_t len);

#endif
