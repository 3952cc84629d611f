// core/frozen.h — frozen modules: Python modules compiled into the firmware
// as bytecode. At build time tools/mkfrozen (linked with the interpreter
// core) compiles every frozen/**/*.py with the real compiler and writes
// $(BUILD)/frozen_data.c: each module's code object serialised by
// core/code_io.h, and the table below. Importing one loads the code object
// from those bytes (no source text, no compiler run). The import system sees the table as a read-only
// directory named ".frozen": a sys.path entry ".frozen" finds
// ".frozen/asyncio/__init__.py", the package's __path__ is ".frozen/asyncio"
// and its submodules are found under it. A frozen module's __file__ is its
// path without the ".frozen/" prefix ("asyncio/core.py"), as MicroPython.
#ifndef KILN_FROZEN_H
#define KILN_FROZEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "core/obj.h"

#define FROZEN_DIR ".frozen"

typedef struct {
    const char *path;   // relative to the frozen root, '/'-separated
    const uint8_t *code;   // the module's code object, serialised (core/code_io.h)
    size_t len;            // its length in bytes
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
// The code object of the frozen file at path (".frozen/x/y.py"), loaded
// into the heap; OSError ENOENT if there is none.
obj_t frozen_load_code(const char *path);
// The name a frozen file reports (path without ".frozen/"); path otherwise.
const char *frozen_file_name(const char *path);
// Is there a top-level frozen module or package called name?
bool frozen_has_module(const char *name, size_t len);

#endif
