// core/runtime.h — the operations every part of the core uses on values:
// calls, attributes, operators, iteration, hashing, printing, raising, and
// the interpreter state (the GC root struct). Implemented in runtime*.c.
//
// Conventions:
// - Calls pass (n_args, n_kw, args): args[0..n_args) positional, then n_kw
//   pairs (name obj, value). Functions that raise never return (nlr).
// - "maybe" functions return OBJ_NULL instead of raising when something is
//   absent, so hot paths never build exceptions they would discard.
#ifndef KILN_RUNTIME_H
#define KILN_RUNTIME_H

#include "core/obj.h"
#include "core/map.h"
#include "core/names.h"
#include "core/nlr.h"
#include "core/misc.h"

// ---------------------------------------------------------------- state
// Everything the GC must see as a root lives in the first part of this
// struct (rt_state.roots .. rt_state.roots_end). No non-pointer data there.
typedef struct {
    // --- roots (scanned) ---
    obj_t main_module;          // module_t of __main__
    obj_t modules;              // dict: sys.modules
    obj_t sys_path;             // list
    obj_t sys_argv;             // list
    obj_t exc_handled;          // exception being handled (bare `raise`), or OBJ_NULL
    obj_t pending_exception;    // set asynchronously (Ctrl-C); checked by the VM
    obj_t kbd_exc;              // preallocated KeyboardInterrupt instance
    obj_t mem_exc;              // preallocated MemoryError instance
    obj_t names_pool;           // dynamic name storage (names.c)
    obj_t names_index;          // name hash index (names.c)
    obj_t builtins_extra;       // dict: names assigned into builtins (e.g. `_`)
    obj_t sched_queue;          // micropython.schedule queue
    obj_t builtin_modules;      // dict: name -> module, filled by rt_register_module()
    obj_t port_roots[8];        // for ports and the board supervisor
    obj_t roots_end;
    // --- not scanned (kept by rt_init) ---
    const char *platform;       // sys.platform, os.uname().sysname (KILN_PLATFORM if NULL)
    const char *machine;        // "<board> with <MCU>" (KILN_MACHINE if NULL)
    char *stack_top;            // C stack top recorded at start-up
    size_t stack_limit;         // bytes
    volatile int interrupt_char;  // -1 = disabled
    uint32_t class_epoch;       // bumped when any class dict changes (method cache)
    int gc_stress;
} rt_state_t;

extern rt_state_t rt_state;

// rt_state.pending_exception may hold, besides an exception to raise:
// RT_PENDING_PORT, "a port event is waiting" (see port_pending_events()).
// Other threads / ISRs set it only with rt_post_pending() (never overwriting
// a pending exception with the marker); the VM takes it atomically.
#define RT_PENDING_PORT OBJ_IMM(7)
void rt_post_pending(obj_t what);   // what: rt_state.kbd_exc or RT_PENDING_PORT

void rt_init(void);
void rt_deinit(void);

// ---------------------------------------------------------------- raising
NORETURN void rt_raise(obj_t exc);   // instance or exception type
NORETURN void rt_raise_msg(const type_t *type, const char *msg);
NORETURN void rt_raise_fmt(const type_t *type, const char *fmt, ...);   // print_fmt formats
NORETURN void rt_raise_TypeError(const char *msg);
NORETURN void rt_raise_ValueError(const char *msg);
NORETURN void rt_raise_OverflowError(const char *msg);
NORETURN void rt_raise_IndexError(const char *msg);
NORETURN void rt_raise_KeyError(obj_t key);
NORETURN void rt_raise_ZeroDivisionError(void);       // "divide by zero"
NORETURN void rt_raise_NotImplementedError(const char *msg);
NORETURN void rt_raise_OSError(int errnum);            // OSError(errno) printed [Errno n] NAME
NORETURN void rt_raise_MemoryError(void);
NORETURN void rt_raise_StopIteration(obj_t value);
NORETURN void rt_raise_AttributeError(obj_t obj, name_t attr);
NORETURN void rt_raise_NameError(name_t name);
// "can't convert X to int" etc.: TypeError naming the offending type.
NORETURN void rt_raise_type_error_for(const char *fmt, obj_t o);   // fmt has one %s for the type name

// Exception objects (exc.c).
extern const type_t type_BaseException;
#define EXC(n, b) extern const type_t type_##n;
#include "core/exceptions.def"
#undef EXC
obj_t exc_new(const type_t *type, size_t n_args, const obj_t *args);
obj_t exc_new_msg(const type_t *type, const char *msg);
bool exc_is_exception_instance(obj_t o);
bool exc_matches(obj_t exc, obj_t type_or_tuple);
// Append a traceback entry (file, line, block) to an exception.
void exc_add_traceback(obj_t exc, name_t file, size_t line, name_t block);
void exc_clear_traceback(obj_t exc);
obj_t exc_get_value(obj_t exc);        // .value (StopIteration, MicroPython), else first arg
obj_t exc_get_args(obj_t exc);         // tuple
// Print "Traceback (most recent call last):" ... "Type: msg\n" (MicroPython format).
void exc_print_traceback(const printer_t *p, obj_t exc);

// ---------------------------------------------------------------- calls
obj_t rt_call(obj_t fun, size_t n_args, size_t n_kw, const obj_t *args);
obj_t rt_call0(obj_t fun);
obj_t rt_call1(obj_t fun, obj_t a);
obj_t rt_call2(obj_t fun, obj_t a, obj_t b);
// Call with an extra leading self (self may be OBJ_NULL = none).
obj_t rt_call_method(obj_t fun, obj_t self, size_t n_args, size_t n_kw, const obj_t *args);
// Call fun(*args_tuple_or_list, **kw_dict) (either may be OBJ_NULL).
obj_t rt_call_ex(obj_t fun, obj_t pos_seq, obj_t kw_dict);
// Check the positional/keyword counts of a builtin (raises TypeError).
void rt_check_nargs(size_t n_args, size_t min, size_t max, size_t n_kw, bool kw_allowed);
bool rt_is_callable(obj_t o);
// o as an object of exactly the builtin type t: o itself, or the native
// object inside an instance of a user subclass of t (class I(int)...);
// OBJ_NULL otherwise.
obj_t rt_as_native(obj_t o, const type_t *t);
// For the int/float operators: the right operand `o` of `x <op> o` as its
// native int or float when it is an instance of a user subclass of int or
// float whose classes do not define the reflected method of op (that one
// must be tried instead); OBJ_NULL otherwise.
obj_t rt_native_operand(obj_t o, binary_op_t op);

// Keyword-capable argument parsing for C functions (FUN_KW):
//   static const arg_spec_t spec[] = {{N_key, ARG_OBJ, OBJ_NONE}, {N_reverse, ARG_BOOL | ARG_KW_ONLY, OBJ_FALSE}};
//   obj_t vals[2]; rt_parse_args(n_args, n_kw, args, 2, spec, vals);
// Positional args fill spec in order; kw pairs fill by name; missing ones get
// the default (OBJ_NULL default + ARG_REQUIRED = required).
typedef struct {
    name_t name;
    uint16_t flags;
    obj_t def;
} arg_spec_t;
#define ARG_REQUIRED 0x01
#define ARG_KW_ONLY 0x02
void rt_parse_args(size_t n_args, size_t n_kw, const obj_t *args, size_t n_spec,
                   const arg_spec_t *spec, obj_t *out);

// ---------------------------------------------------------------- attributes
obj_t rt_load_attr(obj_t base, name_t attr);                 // raises AttributeError
obj_t rt_load_attr_maybe(obj_t base, name_t attr);           // OBJ_NULL if absent
// LOAD_METHOD: dest[0] = callable, dest[1] = self or OBJ_NULL (plain attr).
void rt_load_method(obj_t base, name_t attr, obj_t *dest);
bool rt_load_method_maybe(obj_t base, name_t attr, obj_t *dest);
void rt_store_attr(obj_t base, name_t attr, obj_t value);
void rt_delete_attr(obj_t base, name_t attr);
// Look a name up in a type and its bases (no descriptors applied); OBJ_NULL if absent.
obj_t rt_type_lookup(const type_t *type, name_t attr);
bool rt_is_subclass(const type_t *sub, const type_t *base);

// ---------------------------------------------------------------- operators
obj_t rt_unary_op(unary_op_t op, obj_t arg);
obj_t rt_binary_op(binary_op_t op, obj_t lhs, obj_t rhs);
bool rt_is_true(obj_t o);
bool rt_equal(obj_t a, obj_t b);
size_t rt_hash(obj_t o);             // TypeError "unhashable type" if not hashable
obj_t rt_subscr_load(obj_t base, obj_t index);
void rt_subscr_store(obj_t base, obj_t index, obj_t value);
void rt_subscr_delete(obj_t base, obj_t index);
size_t rt_len(obj_t o);              // TypeError if no len
obj_t rt_len_maybe(obj_t o);         // small int or OBJ_NULL
bool rt_contains(obj_t container, obj_t item);
name_t rt_unary_op_name(unary_op_t op);      // "__neg__"...
name_t rt_binary_op_name(binary_op_t op);    // "__add__"... (NAME_NULL for IS, EXCEPTION_MATCH)
bool obj_is_float_nan_possible(obj_t a, obj_t b);

// ---------------------------------------------------------------- iteration
obj_t rt_getiter(obj_t o, iter_buf_t *buf);   // buf may be NULL
obj_t rt_iternext(obj_t it);                  // OBJ_STOP at the end
obj_t rt_iternext_raise(obj_t it);            // raises StopIteration at the end
// Unpack exactly n values from seq into items (items[0] = first).
void rt_unpack_sequence(obj_t seq, size_t n, obj_t *items);

// ---------------------------------------------------------------- conversion
intptr_t rt_get_int(obj_t o);                 // int/bool -> C int; TypeError/OverflowError
bool rt_get_int_maybe(obj_t o, intptr_t *out);
double rt_get_float(obj_t o);                 // int/float/bool -> double; TypeError otherwise
size_t rt_get_index(const type_t *type, size_t len, obj_t index, bool is_slice);  // normalised, IndexError
const char *rt_str_data(obj_t o, size_t *len);    // str (name or heap) -> bytes; TypeError otherwise
bool rt_is_str(obj_t o);
obj_t rt_obj_str(obj_t o);                    // str(o)
obj_t rt_obj_repr(obj_t o);                   // repr(o)
void rt_print(const printer_t *p, obj_t o, print_kind_t kind);
const char *rt_type_name(obj_t o);
name_t rt_intern_obj(obj_t str);              // str -> name (interns)

// ---------------------------------------------------------------- modules & names
obj_t rt_import(name_t name, obj_t fromlist, int level);
// Import with the importing module's globals (for relative imports).
obj_t rt_import_ex(name_t name, obj_t fromlist, int level, map_t *globals);
obj_t rt_import_from(obj_t module, name_t name);
void rt_import_all(obj_t module, map_t *dest);
obj_t rt_builtin_lookup(name_t name);         // OBJ_NULL if absent
obj_t rt_module_new(name_t name);
map_t *rt_module_globals(obj_t module);
// Built-in (C) modules: registered at start-up by core (builtins_init), the
// board and the port; `import` finds them before searching sys.path.
// A module's globals map must contain __name__.
void rt_register_module(obj_t module);
obj_t rt_find_builtin_module(name_t name);   // OBJ_NULL if none
// Make a ROM module object from a ROM globals map.
#define MODULE_ROM(mod_name, globals_map) \
    const module_t mod_name = {{&type_module}, (map_t *)&globals_map}

// ---------------------------------------------------------------- execution
// Compile and run source text in the given globals (map of a module).
// kind: 0 = file (exec), 1 = single interactive (prints expression values), 2 = eval.
obj_t rt_exec_source(const char *src, size_t len, name_t filename, int kind, map_t *globals, map_t *locals);
// Run a file / a source string as __main__ and return a process exit status:
// 0 when it completes; 1 after an uncaught exception (its traceback printed
// on stderr); n for SystemExit(n) (None -> 0; another object is printed on
// stderr and gives 1). FileNotFound: message on stderr, returns 2.
int rt_run_main_file(const char *path);
int rt_run_main_source(const char *src, size_t len, name_t filename);
// Run `kiln -m NAME`: import NAME as __main__ (same exit statuses).
int rt_run_main_module(const char *name);
// Check the C stack depth; raises RuntimeError on runaway recursion.
NORETURN void rt_raise_recursion(void);
static inline void rt_check_stack(void) {
    char here;
    if (rt_state.stack_top - &here > (ptrdiff_t)rt_state.stack_limit) {
        rt_raise_recursion();
    }
}
// Check for a pending async exception (Ctrl-C) and raise it.
void rt_handle_pending(void);

#endif
