// core/config.h — every build-time switch of the Kiln core, in one place.
// Each option is #ifndef-guarded so a port or a build variant can override it
// with -D. No other core file may test a platform macro: they test these.
#ifndef KILN_CONFIG_H
#define KILN_CONFIG_H

// Collect garbage before every allocation (finds missing roots at once).
#ifndef KILN_GC_STRESS
#define KILN_GC_STRESS 0
#endif

// Default size of the Python heap in bytes (`-X heapsize=N` overrides).
#ifndef KILN_HEAP_DEFAULT
#define KILN_HEAP_DEFAULT (256 * 1024)
#endif

// Bytes per GC allocation block (power of two, >= 2 words).
#ifndef KILN_GC_BLOCK
#define KILN_GC_BLOCK 16
#endif

// Collect automatically after heap/N bytes were allocated since the last
// collection (0: only when an allocation fails). Keeps long-lived objects
// packed at the bottom of the heap, which fights fragmentation.
#ifndef KILN_GC_THRESHOLD_DIV
#define KILN_GC_THRESHOLD_DIV 8
#endif

// Entries of the explicit GC mark stack (overflow triggers a rescan).
#ifndef KILN_GC_MARK_STACK
#define KILN_GC_MARK_STACK 256
#endif

// C stack bytes Python code may use before RuntimeError("maximum recursion
// depth exceeded") is raised. Must leave room for the C code of one call.
#ifndef KILN_STACK_LIMIT
#define KILN_STACK_LIMIT (6 * 1024 * 1024)
#endif

// Entries in the global (type, name) -> attribute cache (power of two).
#ifndef KILN_METHOD_CACHE
#define KILN_METHOD_CACHE 256
#endif

// Use GCC computed goto for VM dispatch (~10% faster, a little more code).
#ifndef KILN_COMPUTED_GOTO
#define KILN_COMPUTED_GOTO 1
#endif

// Maximum depth of nested try/with blocks in one function.
#ifndef KILN_MAX_BLOCKS
#define KILN_MAX_BLOCKS 32
#endif

// Platform string reported by sys.platform.
#ifndef KILN_PLATFORM
#define KILN_PLATFORM "linux"
#endif

// Machine part of the banner and of sys.implementation._machine
// ("<board> with <MCU>"); a port or board overrides it with -D.
#ifndef KILN_MACHINE
#if defined(__x86_64__)
#define KILN_MACHINE "kiln-unix with x86_64"
#elif defined(__aarch64__)
#define KILN_MACHINE "kiln-unix with aarch64"
#elif defined(__arm__)
#define KILN_MACHINE "kiln-unix with arm"
#elif defined(__i386__)
#define KILN_MACHINE "kiln-unix with x86"
#else
#define KILN_MACHINE "kiln-unix"
#endif
#endif

// ---------------------------------------------------------------- the board
// Boot window: after every reset, Ctrl-C twice within this time boots into
// safe mode (announced at power-up and hard resets).
#ifndef KILN_SAFE_WINDOW_MS
#define KILN_SAFE_WINDOW_MS 2000
#endif
// Crash-loop breaker: this many boots in a row that each ended in a reset
// within KILN_SAFE_LOOP_SECONDS of their start (no host input meanwhile)
// make the next boot a safe one.
#ifndef KILN_SAFE_LOOP_COUNT
#define KILN_SAFE_LOOP_COUNT 3
#endif
#ifndef KILN_SAFE_LOOP_SECONDS
#define KILN_SAFE_LOOP_SECONDS 10
#endif
// Three Ctrl-C within this time while code runs: an uncatchable halt.
#ifndef KILN_HALT_CTRL_C_MS
#define KILN_HALT_CTRL_C_MS 1000
#endif

#define KILN_VERSION "1.24.0"
#define KILN_VERSION_TUPLE 1, 24, 0

#endif
