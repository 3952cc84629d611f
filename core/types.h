// core/types.h — the cross-file API of the built-in types: constructors and
// operations that the compiler, the VM, the runtime and the builtins call.
// Each function is implemented in the file its prefix names (int_ in int.c,
// str_ in str.c, ...). A type file may export more in its own header.
#ifndef KILN_TYPES_H
#define KILN_TYPES_H

#include "core/obj.h"
#include "core/map.h"
#include "core/misc.h"

// ---------------------------------------------------------------- int (int.c, mpz.c)
// Arbitrary precision: small ints are immediate, larger values are heap
// bigints; every result is normalised back to a small int when it fits.
obj_t int_from_ll(long long v);
obj_t int_from_ull(unsigned long long v);
obj_t int_from_double(double d);                 // truncates; OverflowError on inf, ValueError on nan
// Parse an int literal/string (base 0 = auto with prefixes, as int(s, 0));
// allows underscores, surrounding whitespace and a sign; ValueError
// "invalid syntax for integer with base N" on bad input.
obj_t int_from_str(const char *s, size_t len, int base);
bool int_to_ll(obj_t o, long long *out);         // false if it does not fit
double int_to_double(obj_t o);
obj_t int_binary_op(binary_op_t op, obj_t lhs, obj_t rhs);   // lhs is int/bool; OBJ_NULL if unsupported
obj_t int_unary_op(unary_op_t op, obj_t o);
size_t int_hash(obj_t o);
bool int_is_big(obj_t o);
// Format in base 2/8/10/16 with an optional prefix ("0x"...), for hex()/bin()/format.
obj_t int_to_str_base(obj_t o, int base, const char *prefix, bool upper);
int int_sign(obj_t o);                            // -1, 0, 1

// ---------------------------------------------------------------- float (float.c)
obj_t float_new(double v);
double float_value(obj_t o);                     // o must be a float
obj_t float_binary_op(binary_op_t op, double lhs, obj_t rhs);   // rhs int/float/bool; OBJ_NULL otherwise
// The shortest string that reads back as the same double, as CPython's repr
// ("0.1", "1e+16", "inf", "nan", "-0.0"). buf >= 32 bytes. Returns the length.
size_t float_repr(double v, char *buf, size_t bufsize);
size_t float_hash(double v);                     // equal to int_hash for integral values

// ---------------------------------------------------------------- str, bytes (str.c, bytes.c, strfmt.c)
obj_t str_new(const char *s, size_t len);        // copies; result is a str (heap or name)
obj_t str_new_cstr(const char *s);
obj_t str_from_vstr(vstr_t *v);                  // takes over the buffer; v is reset
obj_t str_intern(const char *s, size_t len);     // an interned str (name obj)
bool str_equal(obj_t a, obj_t b);                // both str
size_t str_hash(obj_t s);
obj_t str_concat(obj_t a, obj_t b);
// Append the repr of a str/bytes body (quotes chosen as CPython does).
void str_print_quoted(const printer_t *p, const char *s, size_t len, bool is_bytes);
// format(value, spec): the format-spec mini-language for int, float, str;
// other types: str(value) when spec is empty, else TypeError.
obj_t str_format_value(obj_t value, obj_t spec);
obj_t str_modulo_format(obj_t fmt, obj_t args); // fmt % args (str and bytes)
obj_t bytes_new(const char *s, size_t len);
obj_t bytes_from_vstr(vstr_t *v);
obj_t bytearray_new(const char *s, size_t len);

// ---------------------------------------------------------------- tuple, list (tuple.c, list.c)
obj_t tuple_new(size_t n, const obj_t *items); // items NULL: slots OBJ_NULL, caller fills
extern const tuple_t tuple_empty_obj;
#define OBJ_EMPTY_TUPLE OBJ_FROM_PTR(&tuple_empty_obj)
obj_t list_new(size_t n, const obj_t *items);  // items NULL: len n, slots OBJ_NONE
void list_append(obj_t list, obj_t item);
void list_extend(obj_t list, obj_t iterable);
obj_t list_to_tuple(obj_t list);
void list_sort(obj_t list, obj_t key, bool reverse);   // stable
// Sequence helpers shared by tuple, list, str, bytes, range.
bool seq_get_slice(size_t len, obj_t slice, size_t *start, size_t *stop, intptr_t *step);
obj_t seq_compare_op(binary_op_t op, const obj_t *a, size_t na, const obj_t *b, size_t nb);

// ---------------------------------------------------------------- dict (dict.c)
typedef struct {
    obj_base_t base;
    map_t map;
} dict_t;
obj_t dict_new(size_t n);
void dict_store(obj_t dict, obj_t key, obj_t value);
obj_t dict_get(obj_t dict, obj_t key);           // OBJ_NULL if absent
map_t *dict_map(obj_t dict);
// The dict object whose map is m (m must be embedded in a dict_t).
static inline obj_t dict_from_map(map_t *m) {
    return OBJ_FROM_PTR((char *)m - offsetof(dict_t, map));
}
void dict_update(obj_t dict, obj_t other, bool reject_dups);  // DICT_UPDATE / DICT_MERGE

// ---------------------------------------------------------------- set (set.c)
obj_t set_new(size_t n, const obj_t *items);
obj_t frozenset_new(size_t n, const obj_t *items);
void set_add(obj_t set, obj_t item);
void set_update(obj_t set, obj_t iterable);

// ---------------------------------------------------------------- slice, range (slice.c, range.c)
obj_t slice_new(obj_t start, obj_t stop, obj_t step);
// Normalise a slice against len (Python semantics, negative steps included).
void slice_indices(obj_t slice, size_t len, intptr_t *start, intptr_t *stop, intptr_t *step);
obj_t range_new(intptr_t start, intptr_t stop, intptr_t step);

// ---------------------------------------------------------------- functions (func.c)
obj_t func_new(obj_t code, obj_t globals_dict, obj_t defaults, obj_t kwdefaults, obj_t closure);
obj_t bound_method_new(obj_t self, obj_t fun);
obj_t cell_new(obj_t contents);

#endif
