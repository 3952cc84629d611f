// tests/unit/test_gc.c — the collector: zeroed allocation, reachable objects
// survive (from the stack, from interior pointers, through heap chains),
// unreachable ones are reclaimed, realloc keeps contents, exhaustion raises
// MemoryError and the heap stays usable.
#include <string.h>
#include "tests/unit/unit.h"
#include "core/types.h"

static size_t free_bytes(void) {
    gc_info_t info;
    gc_info(&info);
    return info.free;
}

// Clobber the stack region below us so stale pointers from earlier calls vanish.
__attribute__((noinline)) static void scrub_stack(void) {
    volatile char buf[16384];
    for (size_t i = 0; i < sizeof(buf); i++) {
        buf[i] = 0;
    }
}

__attribute__((noinline)) static void make_garbage(int n) {
    for (int i = 0; i < n; i++) {
        void *p = gc_alloc(64);
        memset(p, 0xab, 64);
    }
}

typedef struct node {
    struct node *next;
    size_t value;
} node_t;

__attribute__((noinline)) static node_t *make_chain(size_t n) {
    node_t *head = NULL;
    for (size_t i = 0; i < n; i++) {
        node_t *x = gc_alloc(sizeof(node_t));
        x->next = head;
        x->value = i;
        head = x;
    }
    return head;
}

static void *volatile keep;

// Build a 5000-node chain rooted in `keep`, check it survives; return free bytes.
__attribute__((noinline)) static size_t chain_phase(void) {
    keep = make_chain(5000);
    scrub_stack();
    gc_collect();
    size_t count = 0, sum = 0;
    for (node_t *x = keep; x; x = x->next) {
        count++;
        sum += x->value;
    }
    CHECK(count == 5000);
    CHECK(sum == 5000 * 4999 / 2);
    return free_bytes();
}

// Fill the heap with live lists held by `keep` until MemoryError.
__attribute__((noinline)) static int fill_phase(void) {
    keep = list_new(0, NULL);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        for (;;) {
            list_append(keep, list_new(32, NULL));
        }
    }
    return exc_matches(nlr.ret_val, OBJ_FROM_PTR(&type_MemoryError));
}

int main(void) {
    UNIT_START(1 << 20);
    gc_add_root((void *)&keep, 1);   // statics are roots only when registered
    gc_collect();
    size_t base_free = free_bytes();

    // a chain reachable from one root survives; dropping the root frees it
    size_t with_chain = chain_phase();
    keep = NULL;
    scrub_stack();
    gc_collect();
    CHECK(free_bytes() > with_chain + 5000 * 16 - 4096);


    // zeroed and distinct
    char *a = gc_alloc(100);
    char *b = gc_alloc(100);
    int zero = 1;
    for (int i = 0; i < 100; i++) {
        zero &= a[i] == 0 && b[i] == 0;
    }
    CHECK(zero);
    CHECK(a + 100 <= b || b + 100 <= a);
    CHECK(gc_nbytes(a) >= 100);
    CHECK(gc_is_heap_ptr(a));

    // reachable from the stack survives a collection with its contents
    memset(a, 'x', 100);
    gc_collect();
    CHECK(gc_nbytes(a) >= 100 && a[0] == 'x' && a[99] == 'x');

    // garbage is reclaimed
    scrub_stack();
    gc_collect();
    size_t before = free_bytes();
    make_garbage(2000);
    CHECK(free_bytes() < before);
    scrub_stack();
    gc_collect();
    CHECK(free_bytes() + 4096 >= before);

    // interior pointers keep an allocation alive
    char *big = gc_alloc(1000);
    memset(big, 7, 1000);
    keep = big + 500;
    big = NULL;
    scrub_stack();
    gc_collect();
    CHECK(((char *)keep)[-500] == 7 && ((char *)keep)[499] == 7);
    keep = NULL;

    // realloc keeps the contents
    char *r = gc_alloc(32);
    memcpy(r, "hello, heap", 12);
    r = gc_realloc(r, 4000);
    CHECK(strcmp(r, "hello, heap") == 0);
    CHECK(gc_nbytes(r) >= 4000);

    // exhaustion: maybe-alloc returns NULL, alloc raises MemoryError, heap usable after
    CHECK(gc_alloc_maybe(2 << 20) == NULL);
    nlr_buf_t nlr;
    int raised = 0;
    if (nlr_push(&nlr) == 0) {
        gc_alloc(4 << 20);
        nlr_pop();
    } else {
        raised = exc_matches(nlr.ret_val, OBJ_FROM_PTR(&type_MemoryError));
    }
    CHECK(raised);
    void *after = gc_alloc(64);
    CHECK(after != NULL);

    // fill the heap with live lists, then release them all
    CHECK(fill_phase());
    keep = NULL;
    scrub_stack();
    gc_collect();
    CHECK(free_bytes() + 64 * 1024 > base_free);

    UNIT_END();
}
