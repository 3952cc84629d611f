// core/mod_select.c — the `select` module (MicroPython's API): poll()
// objects with register / unregister / modify / poll / ipoll, and select().
// What can be polled: sys.stdin (and .buffer), readable when the port has a
// byte (port_stdin_wait); sys.stdout / sys.stderr, always writable; any
// object with an ioctl(request, arg) method answering MicroPython's stream
// poll request (3) with the ready event bits (io.IOBase subclasses).
// Invariants: a poll object keeps its registrations in a heap list of
// [obj, mask] pairs; waiting sleeps in short slices through the port and
// lets Ctrl-C and scheduled callbacks in at every slice.
#include "core/runtime.h"
#include "core/types.h"
#include "core/port.h"
#include "core/gc.h"
#include "core/mod_builtins.h"

#define POLL_IN 0x0001
#define POLL_OUT 0x0004
#define POLL_ERR 0x0008
#define POLL_HUP 0x0010
#define STREAM_POLL 3   // MicroPython's ioctl request number for polling
#define SLICE_US 1000

typedef struct {
    obj_base_t base;
    obj_t entries;   // list of 2-lists [obj, mask]
} poll_obj_t;

static const type_t type_poll;

// The ready bits of one object for `mask` (errors and hang-ups always count).
static uintptr_t ready_bits(obj_t o, uintptr_t mask) {
    int kind = mod_sys_stream_kind(o);
    if (kind == 0) {
        return (mask & POLL_IN) && port_stdin_wait(0) ? POLL_IN : 0;
    }
    if (kind > 0) {
        return mask & POLL_OUT;
    }
    obj_t dest[2];
    if (!rt_load_method_maybe(o, N_ioctl, dest)) {
        rt_raise_TypeError("object with stream.ioctl required");
    }
    obj_t args[2] = {OBJ_SMALL_INT(STREAM_POLL), obj_new_small_int((intptr_t)mask)};
    obj_t r = rt_call_method(dest[0], dest[1], 2, 0, args);
    intptr_t bits = rt_get_int(r);
    if (bits < 0) {
        return POLL_ERR;
    }
    return (uintptr_t)bits & (mask | POLL_ERR | POLL_HUP);
}

static size_t find_entry(poll_obj_t *self, obj_t o) {
    list_t *l = OBJ_TO_PTR(self->entries);
    for (size_t i = 0; i < l->len; i++) {
        list_t *e = OBJ_TO_PTR(l->items[i]);
        if (e->items[0] == o) {
            return i;
        }
    }
    return (size_t)-1;
}

static obj_t poll_register(size_t n_args, const obj_t *args) {
    poll_obj_t *self = OBJ_TO_PTR(args[0]);
    obj_t mask = n_args > 2 ? args[2] : OBJ_SMALL_INT(POLL_IN | POLL_OUT);
    rt_get_int(mask);
    size_t i = find_entry(self, args[1]);
    if (i != (size_t)-1) {
        list_t *e = OBJ_TO_PTR(((list_t *)OBJ_TO_PTR(self->entries))->items[i]);
        e->items[1] = mask;
    } else {
        obj_t pair[2] = {args[1], mask};
        list_append(self->entries, list_new(2, pair));
    }
    return OBJ_NONE;
}
static FUN_OBJ_VAR(poll_register_obj, 2, 3, poll_register);

static obj_t poll_unregister(obj_t self_in, obj_t o) {
    poll_obj_t *self = OBJ_TO_PTR(self_in);
    size_t i = find_entry(self, o);
    if (i != (size_t)-1) {
        list_t *l = OBJ_TO_PTR(self->entries);
        for (size_t k = i + 1; k < l->len; k++) {
            l->items[k - 1] = l->items[k];
        }
        l->len--;
        l->items[l->len] = OBJ_NULL;
    }
    return OBJ_NONE;
}
static FUN_OBJ_2(poll_unregister_obj, poll_unregister);

static obj_t poll_modify(obj_t self_in, obj_t o, obj_t mask) {
    poll_obj_t *self = OBJ_TO_PTR(self_in);
    size_t i = find_entry(self, o);
    if (i == (size_t)-1) {
        rt_raise_OSError(2);   // ENOENT, as MicroPython
    }
    rt_get_int(mask);
    list_t *e = OBJ_TO_PTR(((list_t *)OBJ_TO_PTR(self->entries))->items[i]);
    e->items[1] = mask;
    return OBJ_NONE;
}
static FUN_OBJ_3(poll_modify_obj, poll_modify);

// Wait until something is ready or timeout_ms passes (< 0: forever).
// Returns a list of (obj, events) tuples.
static obj_t poll_wait(poll_obj_t *self, intptr_t timeout_ms) {
    uint64_t start = port_ticks_us();
    obj_t result = list_new(0, NULL);
    for (;;) {
        list_t *l = OBJ_TO_PTR(self->entries);
        bool only_stdin = true;
        for (size_t i = 0; i < l->len; i++) {
            list_t *e = OBJ_TO_PTR(l->items[i]);
            uintptr_t bits = ready_bits(e->items[0], (uintptr_t)rt_get_int(e->items[1]));
            if (mod_sys_stream_kind(e->items[0]) != 0) {
                only_stdin = false;
            }
            if (bits) {
                obj_t t[2] = {e->items[0], obj_new_small_int((intptr_t)bits)};
                list_append(result, tuple_new(2, t));
            }
        }
        if (((list_t *)OBJ_TO_PTR(result))->len > 0 || timeout_ms == 0) {
            return result;
        }
        uint64_t waited = port_ticks_us() - start;
        if (timeout_ms > 0 && waited >= (uint64_t)timeout_ms * 1000) {
            return result;
        }
        uint64_t slice = SLICE_US;
        if (only_stdin) {
            slice = timeout_ms < 0 ? 100000 : (uint64_t)timeout_ms * 1000 - waited;
            if (slice > 100000) {
                slice = 100000;
            }
            port_stdin_wait(slice);
        } else {
            port_delay_us(slice);
        }
        rt_handle_pending();
    }
}

static intptr_t timeout_arg(size_t n_args, const obj_t *args, size_t i) {
    if (n_args <= i || args[i] == OBJ_NONE) {
        return -1;
    }
    return rt_get_int(args[i]);
}

static obj_t poll_poll(size_t n_args, const obj_t *args) {
    return poll_wait(OBJ_TO_PTR(args[0]), timeout_arg(n_args, args, 1));
}
static FUN_OBJ_VAR(poll_poll_obj, 1, 3, poll_poll);

static obj_t poll_ipoll(size_t n_args, const obj_t *args) {
    obj_t l = poll_wait(OBJ_TO_PTR(args[0]), timeout_arg(n_args, args, 1));
    return rt_getiter(l, NULL);
}
static FUN_OBJ_VAR(poll_ipoll_obj, 1, 3, poll_ipoll);

static const map_elem_t poll_locals_table[] = {
    MAP_ENTRY(N_register, &poll_register_obj),
    MAP_ENTRY(N_unregister, &poll_unregister_obj),
    MAP_ENTRY(N_modify, &poll_modify_obj),
    MAP_ENTRY(N_poll, &poll_poll_obj),
    MAP_ENTRY(N_ipoll, &poll_ipoll_obj),
};
static MAP_ROM(poll_locals, poll_locals_table);

static const type_t type_poll = {
    {&type_type}, .name = N_poll, .flags = TYPE_FLAG_EQ_IS_ID, .locals = &poll_locals,
};

static obj_t select_poll(void) {
    poll_obj_t *p = gc_alloc(sizeof(poll_obj_t));
    p->base.type = &type_poll;
    p->entries = list_new(0, NULL);
    return OBJ_FROM_PTR(p);
}
static FUN_OBJ_0(select_poll_obj, select_poll);

// select(rlist, wlist, xlist[, timeout_seconds]) -> (r, w, x)
static obj_t select_select(size_t n_args, const obj_t *args) {
    poll_obj_t *p = OBJ_TO_PTR(select_poll());
    static const uintptr_t masks[3] = {POLL_IN, POLL_OUT, POLL_ERR};
    for (int k = 0; k < 3; k++) {
        obj_t it = rt_getiter(args[k], NULL);
        obj_t o;
        while ((o = rt_iternext(it)) != OBJ_STOP) {
            size_t i = find_entry(p, o);
            if (i == (size_t)-1) {
                obj_t pair[2] = {o, obj_new_small_int((intptr_t)masks[k])};
                list_append(p->entries, list_new(2, pair));
            } else {
                list_t *e = OBJ_TO_PTR(((list_t *)OBJ_TO_PTR(p->entries))->items[i]);
                e->items[1] = obj_new_small_int(rt_get_int(e->items[1]) | (intptr_t)masks[k]);
            }
        }
    }
    intptr_t timeout_ms = -1;
    if (n_args > 3 && args[3] != OBJ_NONE) {
        double s = rt_get_float(args[3]);
        timeout_ms = s <= 0 ? 0 : (intptr_t)(s * 1000 + 0.5);
    }
    list_t *ready = OBJ_TO_PTR(poll_wait(p, timeout_ms));
    obj_t out[3] = {list_new(0, NULL), list_new(0, NULL), list_new(0, NULL)};
    for (size_t i = 0; i < ready->len; i++) {
        tuple_t *t = OBJ_TO_PTR(ready->items[i]);
        uintptr_t bits = (uintptr_t)rt_get_int(t->items[1]);
        for (int k = 0; k < 3; k++) {
            if (bits & masks[k]) {
                list_append(out[k], t->items[0]);
            }
        }
    }
    return tuple_new(3, out);
}
static FUN_OBJ_VAR(select_select_obj, 3, 4, select_select);

static const map_elem_t select_table[] = {
    {OBJ_NAME(N___name__), OBJ_NAME(N_select)},
    MAP_ENTRY(N_poll, &select_poll_obj),
    MAP_ENTRY(N_select, &select_select_obj),
    {OBJ_NAME(N_POLLIN), OBJ_SMALL_INT(POLL_IN)},
    {OBJ_NAME(N_POLLOUT), OBJ_SMALL_INT(POLL_OUT)},
    {OBJ_NAME(N_POLLERR), OBJ_SMALL_INT(POLL_ERR)},
    {OBJ_NAME(N_POLLHUP), OBJ_SMALL_INT(POLL_HUP)},
};
static MAP_ROM(select_globals, select_table);
static MODULE_ROM(select_module, select_globals);

void mod_select_init(void) {
    rt_register_module(OBJ_FROM_PTR(&select_module));
}
