// tests/unit/unit.h — a minimal C test harness: CHECK() counts results and
// UNIT_END prints the closing line `N passed, N failed`.
#ifndef KILN_UNIT_H
#define KILN_UNIT_H

#include <stdio.h>
#include "core/gc.h"
#include "core/runtime.h"

static int unit_passed, unit_failed;

#define CHECK(cond) \
    do { \
        if (cond) { \
            unit_passed++; \
        } else { \
            unit_failed++; \
            printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); \
        } \
    } while (0)

// Start the runtime with a heap of `size` bytes (call first in main).
#define UNIT_START(size) \
    static char unit_heap[size] __attribute__((aligned(16))); \
    char unit_stack_top; \
    gc_init(unit_heap, unit_heap + sizeof(unit_heap)); \
    gc_set_stack_top(&unit_stack_top); \
    rt_init()

#define UNIT_END() \
    do { \
        printf("%d passed, %d failed\n", unit_passed, unit_failed); \
        return unit_failed ? 1 : 0; \
    } while (0)

#endif
