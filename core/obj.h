// core/obj.h — the Python value: one machine word, and the type structure.
//
// Encoding of obj_t (a void*, never dereferenced without a check):
//   ...xxxx1   small int: value = (intptr_t)o >> 1 (63 bits on 64-bit hosts)
//   ...xx010   interned str ("name"): id = (uintptr_t)o >> 3
//   ...xx110   immediate: None, False, True and VM sentinels (see below)
//   ...xxx00   pointer to an object whose first word is its type (obj_base_t)
//   0          OBJ_NULL: "no value" (unsupported op, empty slot, not found)
// Small ints, names, None/True/False never touch the heap. Every heap object
// lives in the GC heap (gc.h) and starts with `const type_t *type`; static
// (ROM) objects such as types, builtin functions and modules have the same
// layout and are simply not in the heap.
//
// Invariants: an int that fits a small int is always a small int (bigints
// are normalised); a str equal to an interned name may still exist as a heap
// str, so str equality compares contents when identity fails.
#ifndef KILN_OBJ_H
#define KILN_OBJ_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "core/config.h"

#define NORETURN __attribute__((noreturn))
#define UNUSED(x) ((void)(x))

typedef void *obj_t;
typedef uint32_t name_t;   // interned-name id (see names.h)
typedef struct type_s type_t;
typedef struct map_s map_t;

typedef struct obj_base_s {
    const type_t *type;
} obj_base_t;

// ---------------------------------------------------------------- encoding
#define OBJ_NULL ((obj_t)0)
#define OBJ_IMM(n) ((obj_t)(uintptr_t)(((n) << 3) | 6))
#define OBJ_NONE OBJ_IMM(0)
#define OBJ_FALSE OBJ_IMM(1)
#define OBJ_TRUE OBJ_IMM(2)
#define OBJ_STOP OBJ_IMM(3)       // iternext result: iterator exhausted
#define OBJ_SENTINEL OBJ_IMM(4)   // "load" marker in subscr/attr protocols

#define OBJ_FROM_PTR(p) ((obj_t)(p))
#define OBJ_TO_PTR(o) ((void *)(o))

static inline bool obj_is_small_int(obj_t o) { return ((uintptr_t)o & 1) != 0; }
static inline bool obj_is_name(obj_t o) { return ((uintptr_t)o & 7) == 2; }
static inline bool obj_is_imm(obj_t o) { return ((uintptr_t)o & 7) == 6; }
static inline bool obj_is_ptr(obj_t o) { return ((uintptr_t)o & 3) == 0 && o != OBJ_NULL; }

#define SMALL_INT_BITS (sizeof(uintptr_t) * 8 - 1)
#define SMALL_INT_MAX ((intptr_t)(((uintptr_t)1 << (SMALL_INT_BITS - 1)) - 1))
#define SMALL_INT_MIN (-SMALL_INT_MAX - 1)
static inline bool small_int_fits(intptr_t v) { return v >= SMALL_INT_MIN && v <= SMALL_INT_MAX; }
static inline intptr_t obj_small_int_value(obj_t o) { return (intptr_t)o >> 1; }
static inline obj_t obj_new_small_int(intptr_t v) { return (obj_t)(((uintptr_t)v << 1) | 1); }
// Constant-expression form for static initialisers.
#define OBJ_SMALL_INT(v) ((obj_t)(((uintptr_t)(intptr_t)(v) << 1) | 1))

static inline name_t obj_name_value(obj_t o) { return (name_t)((uintptr_t)o >> 3); }
static inline obj_t obj_new_name(name_t n) { return (obj_t)(((uintptr_t)n << 3) | 2); }
#define OBJ_NAME(n) ((obj_t)(((uintptr_t)(n) << 3) | 2))

static inline obj_t obj_bool(bool b) { return b ? OBJ_TRUE : OBJ_FALSE; }

// The type of any value (small ints -> int, names -> str, ...).
const type_t *obj_type(obj_t o);
// Is `o` an instance of `t` or of a subclass of it?
bool obj_is_instance(obj_t o, const type_t *t);
// Exact type test for pointer objects (fast; no subclass check).
static inline bool obj_is_type_exact(obj_t o, const type_t *t) {
    return obj_is_ptr(o) && ((obj_base_t *)o)->type == t;
}

// ---------------------------------------------------------------- printing
typedef struct printer_s {
    void *data;
    void (*write)(void *data, const char *s, size_t len);
} printer_t;

typedef enum { PRINT_STR = 0, PRINT_REPR = 1 } print_kind_t;

// ---------------------------------------------------------------- operators
// Unary and binary operators, defined once. Binary ops include comparisons,
// `in`, `is` and the in-place forms; the compiler emits them as the operand
// of BINARY_OP / UNARY_OP, and type slots receive them.
#define UNARY_OPS(X) \
    X(POSITIVE, "__pos__") X(NEGATIVE, "__neg__") X(INVERT, "__invert__") \
    X(NOT, "__not__") X(BOOL, "__bool__") X(LEN, "__len__") X(HASH, "__hash__") \
    X(ABS, "__abs__") X(INT, "__int__") X(FLOAT, "__float__")

#define BINARY_OPS(X) \
    X(LESS, "__lt__") X(MORE, "__gt__") X(EQUAL, "__eq__") X(LESS_EQUAL, "__le__") \
    X(MORE_EQUAL, "__ge__") X(NOT_EQUAL, "__ne__") X(IN, "__contains__") X(IS, "") \
    X(EXCEPTION_MATCH, "") \
    X(INPLACE_OR, "__ior__") X(INPLACE_XOR, "__ixor__") X(INPLACE_AND, "__iand__") \
    X(INPLACE_LSHIFT, "__ilshift__") X(INPLACE_RSHIFT, "__irshift__") \
    X(INPLACE_ADD, "__iadd__") X(INPLACE_SUBTRACT, "__isub__") \
    X(INPLACE_MULTIPLY, "__imul__") X(INPLACE_MAT_MULTIPLY, "__imatmul__") \
    X(INPLACE_FLOOR_DIVIDE, "__ifloordiv__") X(INPLACE_TRUE_DIVIDE, "__itruediv__") \
    X(INPLACE_MODULO, "__imod__") X(INPLACE_POWER, "__ipow__") \
    X(OR, "__or__") X(XOR, "__xor__") X(AND, "__and__") X(LSHIFT, "__lshift__") \
    X(RSHIFT, "__rshift__") X(ADD, "__add__") X(SUBTRACT, "__sub__") \
    X(MULTIPLY, "__mul__") X(MAT_MULTIPLY, "__matmul__") X(FLOOR_DIVIDE, "__floordiv__") \
    X(TRUE_DIVIDE, "__truediv__") X(MODULO, "__mod__") X(POWER, "__pow__") \
    X(DIVMOD, "__divmod__") \
    X(REVERSE_OR, "__ror__") X(REVERSE_XOR, "__rxor__") X(REVERSE_AND, "__rand__") \
    X(REVERSE_LSHIFT, "__rlshift__") X(REVERSE_RSHIFT, "__rrshift__") \
    X(REVERSE_ADD, "__radd__") X(REVERSE_SUBTRACT, "__rsub__") \
    X(REVERSE_MULTIPLY, "__rmul__") X(REVERSE_MAT_MULTIPLY, "__rmatmul__") \
    X(REVERSE_FLOOR_DIVIDE, "__rfloordiv__") X(REVERSE_TRUE_DIVIDE, "__rtruediv__") \
    X(REVERSE_MODULO, "__rmod__") X(REVERSE_POWER, "__rpow__")

typedef enum {
#define X(n, s) UNARY_OP_##n,
    UNARY_OPS(X)
#undef X
    UNARY_OP__COUNT
} unary_op_t;

typedef enum {
#define X(n, s) BINARY_OP_##n,
    BINARY_OPS(X)
#undef X
    BINARY_OP__COUNT
} binary_op_t;

// In-place op -> plain op; plain op -> reflected op.
#define BINARY_OP_INPLACE_TO_PLAIN(op) ((op) - BINARY_OP_INPLACE_OR + BINARY_OP_OR)
#define BINARY_OP_PLAIN_TO_REVERSE(op) ((op) - BINARY_OP_OR + BINARY_OP_REVERSE_OR)

// ---------------------------------------------------------------- types
// Buffer protocol (bytes, bytearray, array, memoryview, str).
typedef struct {
    void *buf;
    size_t len;
    int typecode;   // struct-module code, 'B' for bytes
} buffer_info_t;
#define BUFFER_READ 1
#define BUFFER_WRITE 2

// Storage a getiter slot may use instead of allocating (for-loops pass it).
typedef struct {
    obj_base_t base;
    obj_t state[3];
} iter_buf_t;

// Type flags.
#define TYPE_FLAG_USER        0x0001  // a class made by a `class` statement (heap type)
#define TYPE_FLAG_BASETYPE    0x0002  // may be subclassed by user classes
#define TYPE_FLAG_EQ_IS_ID    0x0004  // __eq__ is identity (no need to call)
#define TYPE_FLAG_ITER_IS_SELF 0x0008 // getiter returns self (iterators)
#define TYPE_FLAG_EXCEPTION   0x0010  // instances are exc_t (BaseException and subclasses)
#define TYPE_FLAG_HAS_GETATTR 0x0020  // user class defines __getattr__ somewhere in its MRO
#define TYPE_FLAG_HAS_SPECIAL 0x0040  // user class defines descriptors/__setattr__ etc.
#define TYPE_FLAG_META        0x0080  // a metaclass (user subclass of type): instances are type_t

struct type_s {
    obj_base_t base;   // &type_type
    name_t name;
    uint16_t flags;
    // Create an instance: type(args...). kw pairs follow the positionals.
    obj_t (*make_new)(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args);
    void (*print)(const printer_t *p, obj_t self, print_kind_t kind);
    // Call an instance: self(args...). kw pairs (name obj, value) follow positionals.
    obj_t (*call)(obj_t self, size_t n_args, size_t n_kw, const obj_t *args);
    // Return OBJ_NULL if the op is not supported for this operand.
    obj_t (*unary_op)(unary_op_t op, obj_t self);
    // Called with lhs of this type. Exceptions to that rule: for BINARY_OP_IN
    // the slot of the CONTAINER is called as binary_op(IN, container, item);
    // for reflected ops (REVERSE_*) the slot of the right operand is called
    // as binary_op(REVERSE_ADD, self = rhs, other = lhs); for a reflected
    // comparison (a < b tried as b > a) the slot gets (MORE, b, a).
    // UNARY_OP_HASH: return a small int; mutable types raise TypeError
    // ("unhashable type: 'list'"); returning OBJ_NULL means identity hash.
    obj_t (*binary_op)(binary_op_t op, obj_t lhs, obj_t rhs);
    // Attribute protocol beyond the locals map (instance fields etc.):
    //   load:   dest[0] == OBJ_NULL on entry; set dest[0] = value, or
    //           dest[0] = function, dest[1] = self for a method.
    //   store:  dest[0] == OBJ_SENTINEL, dest[1] = value; set dest[0] = OBJ_NULL on success.
    //   delete: dest[0] == OBJ_SENTINEL, dest[1] = OBJ_NULL; set dest[0] = OBJ_NULL on success.
    void (*attr)(obj_t self, name_t attr, obj_t *dest);
    // value == OBJ_SENTINEL: load; value == OBJ_NULL: delete; otherwise store.
    // Returns the loaded value (or OBJ_NONE after store/delete); OBJ_NULL = unsupported.
    obj_t (*subscr)(obj_t self, obj_t index, obj_t value);
    // iter(self). May place a small iterator in *buf (if buf != NULL) and return it.
    obj_t (*getiter)(obj_t self, iter_buf_t *buf);
    // next(self): OBJ_STOP when exhausted (never raises StopIteration for that).
    obj_t (*iternext)(obj_t self);
    // Fill *info; return 0 on success, nonzero if unsupported.
    int (*buffer)(obj_t self, buffer_info_t *info, int flags);
    const void *protocol;     // type-specific extra table (streams...)
    const type_t *parent;     // builtin base type (NULL = object)
    map_t *locals;            // methods and class attributes (ROM or heap)
    obj_t bases;              // user classes: tuple of bases (OBJ_NULL for builtins)
    obj_t mro;                // user classes: tuple, C3 order, self first
};

extern const type_t type_type;
extern const type_t type_object;
extern const type_t type_NoneType;
extern const type_t type_bool;
extern const type_t type_int;
extern const type_t type_float;
extern const type_t type_complex;
extern const type_t type_str;
extern const type_t type_bytes;
extern const type_t type_bytearray;
extern const type_t type_tuple;
extern const type_t type_list;
extern const type_t type_dict;
extern const type_t type_set;
extern const type_t type_frozenset;
extern const type_t type_range;
extern const type_t type_slice;
extern const type_t type_function;      // Python function (func.h)
extern const type_t type_closure;
extern const type_t type_builtin_fun;   // C function object (below)
extern const type_t type_bound_method;
extern const type_t type_staticmethod;
extern const type_t type_classmethod;
extern const type_t type_property;
extern const type_t type_generator;
extern const type_t type_module;
extern const type_t type_cell;
extern const type_t type_code;
extern const type_t type_EllipsisType;
extern const type_t type_NotImplementedType;

extern const obj_base_t obj_ellipsis_obj;
extern const obj_base_t obj_notimplemented_obj;
#define OBJ_ELLIPSIS OBJ_FROM_PTR(&obj_ellipsis_obj)
#define OBJ_NOTIMPLEMENTED OBJ_FROM_PTR(&obj_notimplemented_obj)

// ---------------------------------------------------------------- C functions
// A builtin function object: a C function plus its argument shape.
// Methods of builtin types are builtin_fun objects in the type's locals map;
// when called as a method, `self` is args[0].
typedef obj_t (*fun_0_t)(void);
typedef obj_t (*fun_1_t)(obj_t);
typedef obj_t (*fun_2_t)(obj_t, obj_t);
typedef obj_t (*fun_3_t)(obj_t, obj_t, obj_t);
typedef obj_t (*fun_var_t)(size_t n_args, const obj_t *args);
// Keyword form: args[0..n_args) positional, then n_kw (name obj, value) pairs.
typedef obj_t (*fun_kw_t)(size_t n_args, size_t n_kw, const obj_t *args);

typedef enum { FUN_0, FUN_1, FUN_2, FUN_3, FUN_VAR, FUN_KW } fun_kind_t;

typedef struct builtin_fun_s {
    obj_base_t base;   // &type_builtin_fun
    uint8_t kind;      // fun_kind_t
    uint8_t n_min;     // FUN_VAR/FUN_KW: minimum positional args
    uint16_t n_max;    // FUN_VAR: maximum positional args (0xffff = unlimited)
    union {
        fun_0_t f0; fun_1_t f1; fun_2_t f2; fun_3_t f3; fun_var_t var; fun_kw_t kw;
    } fun;
} builtin_fun_t;

#define FUN_OBJ_0(obj, f) const builtin_fun_t obj = {{&type_builtin_fun}, FUN_0, 0, 0, {.f0 = f}}
#define FUN_OBJ_1(obj, f) const builtin_fun_t obj = {{&type_builtin_fun}, FUN_1, 1, 1, {.f1 = f}}
#define FUN_OBJ_2(obj, f) const builtin_fun_t obj = {{&type_builtin_fun}, FUN_2, 2, 2, {.f2 = f}}
#define FUN_OBJ_3(obj, f) const builtin_fun_t obj = {{&type_builtin_fun}, FUN_3, 3, 3, {.f3 = f}}
#define FUN_OBJ_VAR(obj, min, max, f) \
    const builtin_fun_t obj = {{&type_builtin_fun}, FUN_VAR, min, max, {.var = f}}
#define FUN_OBJ_KW(obj, min, f) \
    const builtin_fun_t obj = {{&type_builtin_fun}, FUN_KW, min, 0xffff, {.kw = f}}
#define FUN_ARGS_MAX 0xffff

// staticmethod / classmethod wrappers (also usable in ROM tables).
typedef struct {
    obj_base_t base;
    obj_t fun;
} static_class_method_t;
#define STATICMETHOD_OBJ(obj, fun_obj) \
    const static_class_method_t obj = {{&type_staticmethod}, OBJ_FROM_PTR(&fun_obj)}
#define CLASSMETHOD_OBJ(obj, fun_obj) \
    const static_class_method_t obj = {{&type_classmethod}, OBJ_FROM_PTR(&fun_obj)}

// ---------------------------------------------------------------- modules
typedef struct module_s {
    obj_base_t base;   // &type_module
    map_t *globals;    // includes __name__
} module_t;

// ---------------------------------------------------------------- core structs
// Layouts the VM and runtime touch directly; each type's file owns the rest.
typedef struct {
    obj_base_t base;
    size_t len;
    obj_t items[];
} tuple_t;

typedef struct {
    obj_base_t base;
    size_t alloc;
    size_t len;
    obj_t *items;
} list_t;

typedef struct {
    obj_base_t base;
    obj_t start, stop, step;
} slice_t;

typedef struct {
    obj_base_t base;
    obj_t contents;   // OBJ_NULL when empty (unbound)
} cell_t;

// Heap str and bytes (interned strs are names, see names.h).
typedef struct {
    obj_base_t base;
    size_t hash;        // 0 = not computed yet
    size_t len;         // bytes (str: UTF-8 bytes)
    const char *data;   // NUL-terminated; in the heap or in ROM
} str_t;

typedef struct {
    obj_base_t base;
    double value;
} float_t_;

// Generic attribute-bearing instance of a user class.
typedef struct {
    obj_base_t base;
    map_t *members;     // instance __dict__ (heap map)
    obj_t subobj;       // instance of a native base (list, dict, int...) or OBJ_NULL
} instance_t;

#endif
