// core/mod_builtins.h — internal API between the files of the builtins area:
// builtins.c (the builtins module table), builtins_more.c (its larger
// functions), mod_sys.c, mod_gc.c, mod_micropython.c, mod_time.c.
#ifndef KILN_MOD_BUILTINS_H
#define KILN_MOD_BUILTINS_H

#include "core/obj.h"

// builtins_more.c
extern const builtin_fun_t builtins_compile_obj;
extern const builtin_fun_t builtins_dir_obj;
extern const builtin_fun_t builtins_eval_obj;
extern const builtin_fun_t builtins_exec_obj;
extern const builtin_fun_t builtins_globals_obj;
extern const builtin_fun_t builtins_input_obj;
extern const builtin_fun_t builtins_iter_obj;
extern const builtin_fun_t builtins_locals_obj;
extern const builtin_fun_t builtins_max_obj;
extern const builtin_fun_t builtins_min_obj;
extern const builtin_fun_t builtins_next_obj;
extern const builtin_fun_t builtins_pow_obj;
extern const builtin_fun_t builtins_print_obj;
extern const builtin_fun_t builtins_round_obj;
extern const builtin_fun_t builtins_sorted_obj;
extern const builtin_fun_t builtins_sum_obj;
extern const builtin_fun_t builtins_vars_obj;
extern const type_t type_callable_iterator;

// Module registration (each calls rt_register_module).
#define MODULE(name) void mod_##name##_init(void);
#include "core/modules.def"
#undef MODULE

// mod_sys.c: the fd (1 or 2) that a sys.stdout/sys.stderr stream object
// writes to, or -1 if o is not one of the sys stream objects.
int mod_sys_stream_fd(obj_t o);
int mod_sys_stream_kind(obj_t o);   // 0 stdin, 1 stdout, 2 stderr, -1 not a sys stream
// weakref (mod_weakref.c): the collector's hook after marking, and the
// callbacks of dead refs, run after gc.collect() from Python.
void weakref_gc_prune(void);
void weakref_after_collect(void);
// The banner text "MicroPython v1.24.0 on <build date>; <machine>" (no
// line ending: the caller adds "\n" or "\r\n").
void mod_sys_print_banner(const printer_t *p);
// micropython.schedule: run the queued callbacks (the VM calls this through
// rt_handle_pending at safe points).
void mod_micropython_run_scheduled(void);

#endif
