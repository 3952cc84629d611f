// core/gc.h — the one Python heap: fixed size, non-moving mark-sweep.
// Every Python object is allocated here. Roots: the state struct (runtime.h),
// registered root ranges, the C stack and registers (scanned conservatively),
// and every word of every reachable heap block (scanned conservatively too,
// so objects need no mark functions: store heap pointers anywhere in a heap
// block and they are kept alive). Never keep a heap pointer in a C static
// variable unless that variable is registered with gc_add_root().
#ifndef KILN_GC_H
#define KILN_GC_H

#include <stddef.h>
#include <stdbool.h>

void gc_init(void *start, void *end);
// Record the address of the C stack's top (call from main with a local's address).
void gc_set_stack_top(void *top);
// Allocate zeroed memory; raises MemoryError (nlr) when the heap is full even
// after a collection. gc_alloc_maybe returns NULL instead of raising.
void *gc_alloc(size_t nbytes);
void *gc_alloc_maybe(size_t nbytes);
// Allocate with a finaliser flag: the object's type's __del__-like hook is
// called before it is reclaimed (files, sockets). See gc_set_finaliser().
void *gc_alloc_with_finaliser(size_t nbytes);
// Allocate memory that holds no pointers (text, index arrays): never scanned.
// gc_realloc keeps the flag.
void *gc_alloc_noscan(size_t nbytes);
void gc_set_finaliser(void (*fin)(void *obj));
// Grow/shrink an allocation (may move); new space is zeroed. NULL ptr = alloc.
void *gc_realloc(void *ptr, size_t nbytes);
// Free explicitly (optional; the collector finds garbage by itself).
void gc_free(void *ptr);
// Bytes usable in the block at ptr (>= requested size).
size_t gc_nbytes(const void *ptr);
bool gc_is_heap_ptr(const void *ptr);
// During a collection, after marking: does the allocation at ptr survive?
bool gc_is_marked(const void *ptr);
void gc_collect(void);
void gc_add_root(void *start, size_t nwords);
// Disable/enable automatic collection (gc.disable()/gc.enable()).
void gc_lock(void);
void gc_unlock(void);
void gc_set_auto(bool on);
// Collect after this many bytes were allocated (0: only when the heap is full).
void gc_set_threshold(size_t bytes);
size_t gc_get_threshold(void);
bool gc_is_auto(void);

typedef struct {
    size_t total, used, free;
    size_t max_free;    // largest free run, bytes
    size_t n_collections;
} gc_info_t;
void gc_info(gc_info_t *info);
// Print the block map (micropython.mem_info(1)).
struct printer_s;
void gc_dump_blocks(const struct printer_s *p);

#endif
