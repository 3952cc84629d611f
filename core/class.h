// core/class.h — user classes, instances, type, object, super (class.c).
#ifndef KILN_CLASS_H
#define KILN_CLASS_H

#include "core/obj.h"

extern const type_t type_super;

// BUILD_CLASS: run the body function in a fresh namespace and make the class.
obj_t class_build(obj_t body_fn, obj_t name, size_t n_bases, const obj_t *bases);
obj_t class_new(name_t name, size_t n_bases, const obj_t *bases, obj_t ns_dict);
// Find attr in type's MRO (cached); *owner = the class that defines it.
obj_t class_lookup(const type_t *type, name_t attr, const type_t **owner);
size_t class_mro(const type_t *t, const type_t **out, size_t max);
obj_t class_new_instance(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args);
void class_store_member(obj_t self, name_t attr, obj_t *dest);

#endif
