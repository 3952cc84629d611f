// core/class.h — user classes, instances, type, object, super (class.c).
#ifndef KILN_CLASS_H
#define KILN_CLASS_H

#include "core/runtime.h"

extern const type_t type_super;

// BUILD_CLASS: run the body function in a fresh namespace and make the class.
obj_t class_build(obj_t body_fn, obj_t name, size_t n_bases, const obj_t *bases);
obj_t class_new(name_t name, size_t n_bases, const obj_t *bases, obj_t ns_dict);
// builtins.__build_class__(body_fn, name, *bases, metaclass=..., **kw): the
// `class` statement with keywords or starred bases.
extern const builtin_fun_t class_build_class_obj;
// Is o a class: an instance of type or of a metaclass (a user subclass of type)?
static inline bool class_is_type(obj_t o) {
    if (!obj_is_ptr(o)) {
        return false;
    }
    const type_t *t = ((obj_base_t *)o)->type;
    return t == &type_type || (t->flags & TYPE_FLAG_META);
}
// The (type, name) -> attribute cache. Entries are valid while their epoch
// equals rt_state.class_epoch (bumped when a class dict changes) and are
// dropped by the collector when their type dies (class_cache_prune).
typedef struct {
    const type_t *type;
    name_t name;
    uint32_t epoch;
    obj_t value;
    const type_t *owner;
} class_cache_entry_t;
extern class_cache_entry_t class_cache[KILN_METHOD_CACHE];
#define CLASS_CACHE_HASH(type, attr) \
    ((((uintptr_t)(type) >> 4) ^ ((attr) * 2654435761u)) & (KILN_METHOD_CACHE - 1))

obj_t class_lookup_slow(const type_t *type, name_t attr, const type_t **owner);
// Find attr in type's MRO (cached); *owner = the class that defines it.
static inline obj_t class_lookup(const type_t *type, name_t attr, const type_t **owner) {
    class_cache_entry_t *e = &class_cache[CLASS_CACHE_HASH(type, attr)];
    if (e->type == type && e->name == attr && e->epoch == rt_state.class_epoch) {
        if (owner) {
            *owner = e->owner;
        }
        return e->value;
    }
    return class_lookup_slow(type, attr, owner);
}
size_t class_mro(const type_t *t, const type_t **out, size_t max);
// Special methods of a built-in type made from its slots (int.__add__,
// super().__getitem__ in a str subclass, (2.5).__mul__...): sets dest as a
// load would (dest[1] = self when self != OBJ_NULL) and returns true, or
// false if t has no such method.
bool class_slot_method(const type_t *t, obj_t self, name_t attr, obj_t *dest);
obj_t class_new_instance(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args);
void class_store_member(obj_t self, name_t attr, obj_t *dest);
void class_cache_prune(void);

#endif
