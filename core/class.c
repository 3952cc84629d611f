// core/class.c — `type`, `object`, user classes (made by `class`), their
// instances, and `super`.
// A user class is a heap type_t with TYPE_FLAG_USER whose locals map is the
// class namespace (embedded in a dict), whose mro is a C3-ordered tuple
// (self first, ending in object) and whose parent is the first built-in base
// in that order (its "native" base, or NULL). Instances are instance_t
// ({type, members, subobj}) or, for exception classes, exc_t; both start
// with {type, members}. Every slot of a user class looks the matching dunder
// up in the MRO, so a class can be changed after creation; lookups go through
// a (type, name) cache invalidated by rt_state.class_epoch.
// Metaclasses are user subclasses of type (TYPE_FLAG_META): their instances
// are type_t objects whose type is the metaclass; a class made by a user
// metaclass has make_new NULL (type_call knows), so code that reads
// instance_t.subobj from instances of user types sees NULL there.
#include <string.h>
#include "core/runtime.h"
#include "core/gc.h"
#include "core/types.h"
#include "core/func.h"
#include "core/class.h"
#include "core/exc.h"
#include "core/vm.h"

// ---------------------------------------------------------------- MRO and lookup
// The MRO of any type as an array: user classes keep a tuple; built-in types
// use their parent chain followed by object.
size_t class_mro(const type_t *t, const type_t **out, size_t max) {
    if (t->mro != OBJ_NULL) {
        tuple_t *m = OBJ_TO_PTR(t->mro);
        size_t n = m->len < max ? m->len : max;
        for (size_t i = 0; i < n; i++) {
            out[i] = OBJ_TO_PTR(m->items[i]);
        }
        return n;
    }
    size_t n = 0;
    for (; t != NULL && n < max; t = t->parent) {
        out[n++] = t;
    }
    if (n < max && out[n - 1] != &type_object) {
        out[n++] = &type_object;
    }
    return n;
}

#define MRO_MAX 32

class_cache_entry_t class_cache[KILN_METHOD_CACHE];
#define cache class_cache

obj_t class_lookup_slow(const type_t *type, name_t attr, const type_t **owner) {
    size_t h = CLASS_CACHE_HASH(type, attr);
    const type_t *mro[MRO_MAX];
    size_t n = class_mro(type, mro, MRO_MAX);
    obj_t found = OBJ_NULL;
    const type_t *where = NULL;
    for (size_t i = 0; i < n && found == OBJ_NULL; i++) {
        if (mro[i]->locals) {
            obj_t *v = map_lookup(mro[i]->locals, OBJ_NAME(attr));
            if (v) {
                found = *v;
                where = mro[i];
            }
        }
    }
    cache[h].type = type;
    cache[h].name = attr;
    cache[h].epoch = rt_state.class_epoch;
    cache[h].value = found;
    cache[h].owner = where;
    if (owner) {
        *owner = where;
    }
    return found;
}

obj_t rt_type_lookup(const type_t *type, name_t attr) {
    return class_lookup(type, attr, NULL);
}

// A dunder defined by a user class itself (not inherited from a built-in).
static obj_t user_lookup(const type_t *type, name_t attr) {
    const type_t *owner;
    obj_t v = class_lookup(type, attr, &owner);
    if (v != OBJ_NULL && (owner->flags & TYPE_FLAG_USER)) {
        return v;
    }
    return OBJ_NULL;
}

static obj_t native_obj(obj_t self) {
    const type_t *t = obj_type(self);
    if (t->flags & (TYPE_FLAG_EXCEPTION | TYPE_FLAG_META)) {
        return self;   // an exception, or a class whose metaclass is a user class
    }
    return ((instance_t *)OBJ_TO_PTR(self))->subobj;
}

static const type_t *native_type(const type_t *t) {
    return t->parent;
}

// A load that found nothing: the class's __getattr__ (if any) decides.
static void call_getattr_hook(const type_t *t, obj_t self, name_t attr, obj_t *dest) {
    obj_t ga = user_lookup(t, N___getattr__);
    if (ga != OBJ_NULL) {
        obj_t args[2] = {self, OBJ_NAME(attr)};
        dest[0] = rt_call(ga, 2, 0, args);
    }
}

// Store (dest[1] = value) or delete (dest[1] = OBJ_NULL) through a property.
static void property_store(property_t *p, obj_t self, obj_t *dest) {
    obj_t fn = dest[1] == OBJ_NULL ? p->fdel : p->fset;
    if (fn == OBJ_NONE) {
        rt_raise_msg(&type_AttributeError, "can't set attribute");
    }
    obj_t args[2] = {self, dest[1]};
    rt_call(fn, dest[1] == OBJ_NULL ? 1 : 2, 0, args);
    dest[0] = OBJ_NULL;
}

// Turn a class attribute into what `obj.attr` gives: dest[0] = value, or
// dest[0] = function, dest[1] = self for a method call.
static void bind_attr(obj_t cv, obj_t self, const type_t *owner, obj_t *dest) {
    const type_t *ct = obj_type(cv);
    if (ct == &type_function) {
        dest[0] = cv;
        dest[1] = self;
    } else if (ct == &type_builtin_fun) {
        dest[0] = cv;
        obj_t sub = OBJ_NULL;
        if (owner && !(owner->flags & TYPE_FLAG_USER) && (obj_type(self)->flags & TYPE_FLAG_USER)) {
            sub = native_obj(self);
        }
        dest[1] = sub != OBJ_NULL ? sub : self;
    } else if (ct == &type_staticmethod) {
        dest[0] = ((static_class_method_t *)OBJ_TO_PTR(cv))->fun;
    } else if (ct == &type_classmethod) {
        dest[0] = ((static_class_method_t *)OBJ_TO_PTR(cv))->fun;
        dest[1] = OBJ_FROM_PTR(obj_type(self));
    } else if (ct == &type_property) {
        property_t *p = OBJ_TO_PTR(cv);
        if (p->fget == OBJ_NONE) {
            rt_raise_msg(&type_AttributeError, "unreadable attribute");
        }
        dest[0] = rt_call(p->fget, 1, 0, &self);
    } else if ((ct->flags & TYPE_FLAG_USER) && user_lookup(ct, N___get__) != OBJ_NULL) {
        obj_t args[3] = {cv, self, OBJ_FROM_PTR(obj_type(self))};
        dest[0] = rt_call(user_lookup(ct, N___get__), 3, 0, args);
    } else {
        dest[0] = cv;
    }
}

static bool is_data_descriptor(obj_t cv) {
    const type_t *ct = obj_type(cv);
    if (ct == &type_property) {
        return true;
    }
    return (ct->flags & TYPE_FLAG_USER) &&
           (user_lookup(ct, N___set__) != OBJ_NULL || user_lookup(ct, N___delete__) != OBJ_NULL);
}

// ---------------------------------------------------------------- instances
static map_t *members_of(obj_t self, bool create) {
    instance_t *inst = OBJ_TO_PTR(self);
    if (inst->members == NULL && create) {
        inst->members = dict_map(dict_new(0));
    }
    return inst->members;
}

static void instance_attr(obj_t self, name_t attr, obj_t *dest) {
    const type_t *t = obj_type(self);
    const type_t *owner = NULL;
    obj_t cv = class_lookup(t, attr, &owner);
    if (dest[0] == OBJ_NULL) {
        // load
        if (cv != OBJ_NULL && is_data_descriptor(cv)) {
            bind_attr(cv, self, owner, dest);
            return;
        }
        map_t *m = members_of(self, false);
        if (m) {
            obj_t *v = map_lookup(m, OBJ_NAME(attr));
            if (v) {
                dest[0] = *v;
                return;
            }
        }
        if (cv != OBJ_NULL) {
            bind_attr(cv, self, owner, dest);
            return;
        }
        if (attr == N___class__) {
            dest[0] = OBJ_FROM_PTR(t);
            return;
        }
        if (attr == N___dict__) {
            dest[0] = dict_from_map(members_of(self, true));
            return;
        }
        const type_t *nt = native_type(t);
        obj_t nobj = native_obj(self);
        if (nt && nt->attr && nobj != OBJ_NULL) {
            nt->attr(nobj, attr, dest);
            if (dest[0] != OBJ_NULL) {
                return;
            }
        }
        call_getattr_hook(t, self, attr, dest);
        return;
    }
    // store (dest[1] = value) or delete (dest[1] = OBJ_NULL)
    if (cv != OBJ_NULL && obj_type(cv) == &type_property) {
        property_store(OBJ_TO_PTR(cv), self, dest);
        return;
    }
    if (cv != OBJ_NULL && (obj_type(cv)->flags & TYPE_FLAG_USER)) {
        obj_t m = user_lookup(obj_type(cv), dest[1] == OBJ_NULL ? N___delete__ : N___set__);
        if (m != OBJ_NULL) {
            obj_t args[3] = {cv, self, dest[1]};
            rt_call(m, dest[1] == OBJ_NULL ? 2 : 3, 0, args);
            dest[0] = OBJ_NULL;
            return;
        }
        if (is_data_descriptor(cv)) {
            // a data descriptor missing this half: the instance dict is not used
            rt_raise_msg(&type_AttributeError, dest[1] == OBJ_NULL ? "__delete__" : "__set__");
        }
    }
    obj_t hook = user_lookup(t, dest[1] == OBJ_NULL ? N___delattr__ : N___setattr__);
    if (hook != OBJ_NULL) {
        obj_t args[3] = {self, OBJ_NAME(attr), dest[1]};
        rt_call(hook, dest[1] == OBJ_NULL ? 2 : 3, 0, args);
        dest[0] = OBJ_NULL;
        return;
    }
    class_store_member(self, attr, dest);
}

// The raw instance-dict store (also object.__setattr__).
void class_store_member(obj_t self, name_t attr, obj_t *dest) {
    if (obj_type(self)->flags & TYPE_FLAG_EXCEPTION) {
        const type_t *nt = &type_BaseException;
        nt->attr(self, attr, dest);
        return;
    }
    map_t *m = members_of(self, true);
    if (dest[1] == OBJ_NULL) {
        if (map_remove(m, OBJ_NAME(attr)) != OBJ_NULL) {
            dest[0] = OBJ_NULL;
        }
    } else {
        map_store(m, OBJ_NAME(attr), dest[1]);
        dest[0] = OBJ_NULL;
    }
}

static obj_t call_user_dunder(obj_t self, name_t name, size_t n, const obj_t *args, bool *found) {
    obj_t m = user_lookup(obj_type(self), name);
    if (m == OBJ_NULL) {
        *found = false;
        return OBJ_NULL;
    }
    *found = true;
    obj_t dest[2] = {OBJ_NULL, OBJ_NULL};
    bind_attr(m, self, NULL, dest);
    return rt_call_method(dest[0], dest[1], n, 0, args);
}

// Built-in bases whose str() is not their repr(): str and exceptions. A
// user subclass that defines only __repr__ still prints through them for
// str() (str.__str__ / BaseException.__str__ come before object.__str__).
static bool native_has_str(const type_t *nt) {
    return nt == &type_str || (nt != NULL && (nt->flags & TYPE_FLAG_EXCEPTION));
}

static void instance_print(const printer_t *p, obj_t self, print_kind_t kind) {
    bool found;
    obj_t r = OBJ_NULL;
    if (kind == PRINT_STR) {
        r = call_user_dunder(self, N___str__, 0, NULL, &found);
        const type_t *nt = native_type(obj_type(self));
        obj_t nobj = native_obj(self);
        if (r == OBJ_NULL && native_has_str(nt) && nt->print && nobj != OBJ_NULL) {
            nt->print(p, nobj, PRINT_STR);
            return;
        }
    }
    if (r == OBJ_NULL) {
        r = call_user_dunder(self, N___repr__, 0, NULL, &found);
    }
    if (r != OBJ_NULL) {
        if (!rt_is_str(r)) {
            rt_raise_TypeError("__str__ returned non-string");
        }
        size_t len;
        const char *s = rt_str_data(r, &len);
        print_strn(p, s, len);
        return;
    }
    const type_t *t = obj_type(self);
    const type_t *nt = native_type(t);
    obj_t nobj = native_obj(self);
    if (nt && nt->print && nobj != OBJ_NULL) {
        nt->print(p, nobj, kind);
        return;
    }
    obj_t mod = map_get(t->locals, OBJ_NAME(N___module__));
    if (mod != OBJ_NULL && rt_is_str(mod)) {
        print_fmt(p, "<%O.%q object at %p>", mod, t->name, self);
    } else {
        print_fmt(p, "<%q object at %p>", t->name, self);
    }
}

static obj_t instance_call(obj_t self, size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t m = class_lookup(obj_type(self), N___call__, NULL);
    if (m == OBJ_NULL) {
        rt_raise_fmt(&type_TypeError, "'%s' object isn't callable", rt_type_name(self));
    }
    obj_t dest[2] = {OBJ_NULL, OBJ_NULL};
    bind_attr(m, self, NULL, dest);
    return rt_call_method(dest[0], dest[1], n_args, n_kw, args);
}

static obj_t instance_unary_op(unary_op_t op, obj_t self) {
    const type_t *t = obj_type(self);
    bool found = false;
    obj_t r;
    switch (op) {
        case UNARY_OP_HASH: {
            obj_t h = user_lookup(t, N___hash__);
            if (h == OBJ_NONE) {
                rt_raise_fmt(&type_TypeError, "unhashable type: '%q'", t->name);
            }
            if (h == OBJ_NULL) {
                if (user_lookup(t, N___eq__) != OBJ_NULL) {
                    rt_raise_fmt(&type_TypeError, "unhashable type: '%q'", t->name);
                }
                break;
            }
            r = call_user_dunder(self, N___hash__, 0, NULL, &found);
            if (!obj_is_small_int(r) && !obj_is_type_exact(r, &type_int) && !obj_is_type_exact(r, &type_bool)) {
                rt_raise_TypeError("__hash__ method should return an integer");
            }
            if (obj_is_small_int(r)) {
                return r;
            }
            if (r == OBJ_TRUE || r == OBJ_FALSE) {
                return obj_new_small_int(r == OBJ_TRUE);
            }
            return obj_new_small_int((intptr_t)(rt_hash(r) >> 2));   // a big int is reduced, not an error
        }
        case UNARY_OP_BOOL:
            r = call_user_dunder(self, N___bool__, 0, NULL, &found);
            if (found) {
                if (r != OBJ_TRUE && r != OBJ_FALSE) {
                    rt_raise_TypeError("__bool__ should return bool");
                }
                return r;
            }
            break;
        case UNARY_OP_LEN:
            r = call_user_dunder(self, N___len__, 0, NULL, &found);
            if (found) {
                intptr_t n = rt_get_int(r);
                if (n < 0) {
                    rt_raise_ValueError("__len__() should return >= 0");
                }
                return obj_new_small_int(n);
            }
            break;
        case UNARY_OP_NOT:
            return OBJ_NULL;
        default:
            r = call_user_dunder(self, rt_unary_op_name(op), 0, NULL, &found);
            if (found) {
                return r;
            }
            break;
    }
    const type_t *nt = native_type(t);
    obj_t nobj = native_obj(self);
    if (nt && nt->unary_op && nobj != OBJ_NULL && nobj != self) {
        return nt->unary_op(op, nobj);
    }
    return OBJ_NULL;
}

static obj_t instance_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    const type_t *t = obj_type(lhs);
    name_t name = op == BINARY_OP_IN ? N___contains__ : rt_binary_op_name(op);
    if (name != NAME_NULL) {
        bool found;
        obj_t r = call_user_dunder(lhs, name, 1, &rhs, &found);
        if (found) {
            if (r == OBJ_NOTIMPLEMENTED) {
                return OBJ_NULL;
            }
            if (op == BINARY_OP_IN) {
                return obj_bool(rt_is_true(r));
            }
            return r;
        }
        if (op == BINARY_OP_NOT_EQUAL) {
            r = call_user_dunder(lhs, N___eq__, 1, &rhs, &found);
            if (found && r != OBJ_NOTIMPLEMENTED) {
                return obj_bool(!rt_is_true(r));
            }
        }
    }
    const type_t *nt = native_type(t);
    obj_t nobj = native_obj(lhs);
    if (nt && nt->binary_op && nobj != OBJ_NULL && nobj != lhs) {
        obj_t r = nt->binary_op(op, nobj, rhs);
        // an in-place op on the native part returns it: the result is self
        return r == nobj ? lhs : r;
    }
    return OBJ_NULL;
}

static obj_t instance_subscr(obj_t self, obj_t index, obj_t value) {
    bool found;
    obj_t r;
    if (value == OBJ_SENTINEL) {
        r = call_user_dunder(self, N___getitem__, 1, &index, &found);
    } else if (value == OBJ_NULL) {
        call_user_dunder(self, N___delitem__, 1, &index, &found);
        r = OBJ_NONE;
    } else {
        obj_t args[2] = {index, value};
        call_user_dunder(self, N___setitem__, 2, args, &found);
        r = OBJ_NONE;
    }
    if (found) {
        return r;
    }
    const type_t *nt = native_type(obj_type(self));
    obj_t nobj = native_obj(self);
    if (nt && nt->subscr && nobj != OBJ_NULL && nobj != self) {
        obj_t missing = value == OBJ_SENTINEL ? user_lookup(obj_type(self), N___missing__) : OBJ_NULL;
        if (missing == OBJ_NULL) {
            return nt->subscr(nobj, index, value);
        }
        // a dict subclass with __missing__: called for an absent key
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            obj_t r = nt->subscr(nobj, index, value);
            nlr_pop();
            return r;
        }
        if (!exc_matches(nlr.ret_val, OBJ_FROM_PTR(&type_KeyError))) {
            nlr_jump(nlr.ret_val);
        }
        obj_t args[2] = {self, index};
        return rt_call(missing, 2, 0, args);
    }
    return OBJ_NULL;
}

static obj_t instance_getiter(obj_t self, iter_buf_t *buf) {
    bool found;
    obj_t r = call_user_dunder(self, N___iter__, 0, NULL, &found);
    if (found) {
        return r;
    }
    const type_t *nt = native_type(obj_type(self));
    obj_t nobj = native_obj(self);
    if (nt && nt->getiter && nobj != OBJ_NULL && nobj != self) {
        return nt->getiter(nobj, NULL);
    }
    return OBJ_NULL;
}

static obj_t instance_iternext(obj_t self) {
    obj_t m = class_lookup(obj_type(self), N___next__, NULL);
    if (m == OBJ_NULL) {
        const type_t *nt = native_type(obj_type(self));
        obj_t nobj = native_obj(self);
        if (nt && nt->iternext && nobj != OBJ_NULL && nobj != self) {
            return nt->iternext(nobj);
        }
        rt_raise_fmt(&type_TypeError, "'%s' object isn't an iterator", rt_type_name(self));
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_t dest[2] = {OBJ_NULL, OBJ_NULL};
        bind_attr(m, self, NULL, dest);
        obj_t r = rt_call_method(dest[0], dest[1], 0, 0, NULL);
        nlr_pop();
        return r;
    }
    if (exc_matches(nlr.ret_val, OBJ_FROM_PTR(&type_StopIteration))) {
        return OBJ_STOP;
    }
    nlr_jump(nlr.ret_val);
}

static int instance_buffer(obj_t self, buffer_info_t *info, int flags) {
    const type_t *nt = native_type(obj_type(self));
    obj_t nobj = native_obj(self);
    if (nt && nt->buffer && nobj != OBJ_NULL && nobj != self) {
        return nt->buffer(nobj, info, flags);
    }
    return 1;
}

static obj_t instance_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t self;
    obj_t user_new = user_lookup(type, N___new__);
    if (user_new != OBJ_NULL) {
        obj_t fn = obj_is_type_exact(user_new, &type_staticmethod)
                       ? ((static_class_method_t *)OBJ_TO_PTR(user_new))->fun : user_new;
        self = rt_call_method(fn, OBJ_FROM_PTR(type), n_args, n_kw, args);
        if (!obj_is_instance(self, type)) {
            return self;
        }
    } else {
        self = class_new_instance(type, n_args, n_kw, args);
    }
    const type_t *owner;
    obj_t init = class_lookup(type, N___init__, &owner);
    if (init != OBJ_NULL && owner != &type_object && (owner->flags & TYPE_FLAG_USER)) {
        obj_t dest[2] = {OBJ_NULL, OBJ_NULL};
        bind_attr(init, self, owner, dest);
        obj_t r = rt_call_method(dest[0], dest[1], n_args, n_kw, args);
        if (r != OBJ_NONE) {
            rt_raise_TypeError("__init__() should return None");
        }
    } else if (user_new == OBJ_NULL && !type->parent && (n_args || n_kw)) {
        rt_raise_fmt(&type_TypeError, "%q() takes no arguments", type->name);
    }
    return self;
}

// Allocate an instance of a user class (object.__new__ semantics).
obj_t class_new_instance(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    const type_t *nt = type->parent;
    if (type->flags & TYPE_FLAG_EXCEPTION) {
        if (n_kw) {
            n_kw = 0;
        }
        return exc_new(type, n_args, args);
    }
    // one allocation: the instance, then the dict holding its members
    instance_t *inst = gc_alloc(sizeof(instance_t) + sizeof(dict_t));
    inst->base.type = type;
    dict_t *members = (dict_t *)(inst + 1);
    members->base.type = &type_dict;
    map_init(&members->map, 0);
    inst->members = &members->map;
    if (nt && nt->make_new) {
        bool user_init = user_lookup(type, N___init__) != OBJ_NULL;
        inst->subobj = user_init ? nt->make_new(nt, 0, 0, NULL) : nt->make_new(nt, n_args, n_kw, args);
    }
    return OBJ_FROM_PTR(inst);
}

// ---------------------------------------------------------------- class creation
// C3 linearisation of the bases' MROs.
static obj_t compute_mro(const type_t *self, size_t n_bases, const obj_t *bases) {
    const type_t *seqs[MRO_MAX + 1][MRO_MAX];
    size_t lens[MRO_MAX + 1], pos[MRO_MAX + 1];
    size_t n_seq = 0;
    for (size_t i = 0; i < n_bases && n_seq < MRO_MAX; i++) {
        lens[n_seq] = class_mro(OBJ_TO_PTR(bases[i]), seqs[n_seq], MRO_MAX);
        pos[n_seq++] = 0;
    }
    for (size_t i = 0; i < n_bases && i < MRO_MAX; i++) {
        seqs[n_seq][i] = OBJ_TO_PTR(bases[i]);
    }
    lens[n_seq] = n_bases < MRO_MAX ? n_bases : MRO_MAX;
    pos[n_seq++] = 0;
    const type_t *out[MRO_MAX];
    size_t n_out = 0;
    out[n_out++] = self;
    for (;;) {
        const type_t *cand = NULL;
        bool any = false;
        for (size_t s = 0; s < n_seq && cand == NULL; s++) {
            if (pos[s] >= lens[s]) {
                continue;
            }
            any = true;
            const type_t *c = seqs[s][pos[s]];
            bool in_tail = false;
            for (size_t s2 = 0; s2 < n_seq && !in_tail; s2++) {
                for (size_t k = pos[s2] + 1; k < lens[s2]; k++) {
                    if (seqs[s2][k] == c) {
                        in_tail = true;
                        break;
                    }
                }
            }
            if (!in_tail) {
                cand = c;
            }
        }
        if (!any) {
            break;
        }
        if (cand == NULL) {
            rt_raise_TypeError("Cannot create a consistent method resolution order (MRO)");
        }
        if (n_out < MRO_MAX) {
            out[n_out++] = cand;
        }
        for (size_t s = 0; s < n_seq; s++) {
            if (pos[s] < lens[s] && seqs[s][pos[s]] == cand) {
                pos[s]++;
            }
        }
    }
    obj_t items[MRO_MAX];
    for (size_t i = 0; i < n_out; i++) {
        items[i] = OBJ_FROM_PTR(out[i]);
    }
    return tuple_new(n_out, items);
}

static void type_attr(obj_t self, name_t attr, obj_t *dest);
static void type_print(const printer_t *p, obj_t o, print_kind_t kind);
static obj_t type_call(obj_t self, size_t n_args, size_t n_kw, const obj_t *args);
static obj_t type_new(const type_t *meta, size_t n_args, size_t n_kw, const obj_t *args);

// ---- metaclasses: user subclasses of type. Their instances are classes
// (type_t objects whose type is the metaclass), so their slots combine the
// user-dunder lookups of instances with the behaviour of `type`.
static void meta_attr(obj_t self, name_t attr, obj_t *dest) {
    const type_t *meta = obj_type(self);
    const type_t *owner = NULL;
    obj_t mv = class_lookup(meta, attr, &owner);
    if (dest[0] == OBJ_NULL) {
        if (mv != OBJ_NULL && is_data_descriptor(mv)) {
            bind_attr(mv, self, owner, dest);
            return;
        }
        type_attr(self, attr, dest);
        if (dest[0] != OBJ_NULL) {
            return;
        }
        if (mv != OBJ_NULL) {
            bind_attr(mv, self, owner, dest);
            return;
        }
        call_getattr_hook(meta, self, attr, dest);
        return;
    }
    if (mv != OBJ_NULL && obj_type(mv) == &type_property) {
        property_store(OBJ_TO_PTR(mv), self, dest);
        return;
    }
    obj_t hook = user_lookup(meta, dest[1] == OBJ_NULL ? N___delattr__ : N___setattr__);
    if (hook != OBJ_NULL) {
        obj_t args[3] = {self, OBJ_NAME(attr), dest[1]};
        rt_call(hook, dest[1] == OBJ_NULL ? 2 : 3, 0, args);
        dest[0] = OBJ_NULL;
        return;
    }
    type_attr(self, attr, dest);
}

static void meta_print(const printer_t *p, obj_t self, print_kind_t kind) {
    if (user_lookup(obj_type(self), N___repr__) != OBJ_NULL ||
        (kind == PRINT_STR && user_lookup(obj_type(self), N___str__) != OBJ_NULL)) {
        instance_print(p, self, kind);
        return;
    }
    type_print(p, self, kind);
}

static obj_t meta_call(obj_t self, size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t m = user_lookup(obj_type(self), N___call__);
    if (m == OBJ_NULL) {
        return type_call(self, n_args, n_kw, args);
    }
    obj_t dest[2] = {OBJ_NULL, OBJ_NULL};
    bind_attr(m, self, NULL, dest);
    return rt_call_method(dest[0], dest[1], n_args, n_kw, args);
}

// M(name, bases, ns, **kw) for a metaclass M: M.__new__ then M.__init__.
static obj_t meta_make_new(const type_t *meta, size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t cls;
    obj_t user_new = user_lookup(meta, N___new__);
    if (user_new != OBJ_NULL) {
        obj_t fn = obj_is_type_exact(user_new, &type_staticmethod)
                       ? ((static_class_method_t *)OBJ_TO_PTR(user_new))->fun : user_new;
        cls = rt_call_method(fn, OBJ_FROM_PTR(meta), n_args, n_kw, args);
        if (!obj_is_instance(cls, meta)) {
            return cls;
        }
    } else {
        if (n_args == 1 && n_kw == 0) {
            return OBJ_FROM_PTR(obj_type(args[0]));
        }
        cls = type_new(meta, n_args, n_kw, args);
    }
    obj_t init = user_lookup(meta, N___init__);
    if (init != OBJ_NULL) {
        obj_t dest[2] = {OBJ_NULL, OBJ_NULL};
        bind_attr(init, cls, NULL, dest);
        rt_call_method(dest[0], dest[1], n_args, n_kw, args);
    }
    return cls;
}

// The metaclass to use: the most derived of meta and the bases' types.
static const type_t *winner_meta(const type_t *meta, size_t n_bases, const obj_t *bases) {
    for (size_t i = 0; i < n_bases; i++) {
        const type_t *bt = obj_type(bases[i]);
        if (rt_is_subclass(meta, bt)) {
            continue;
        }
        if (rt_is_subclass(bt, meta)) {
            meta = bt;
            continue;
        }
        rt_raise_TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                           "subclass of the metaclasses of all its bases");
    }
    return meta;
}

// After the class exists: __set_name__ of the namespace's values, then the
// nearest base's __init_subclass__(**kw) (object's takes no keywords).
static void class_post_init(type_t *t, size_t n_kw, const obj_t *kw) {
    map_t *m = t->locals;
    size_t n = 0;
    size_t pos = 0;
    map_elem_t *e;
    while ((e = map_next(m, &pos)) != NULL) {
        if (obj_is_ptr(e->value) && (obj_type(e->value)->flags & TYPE_FLAG_USER)) {
            n++;
        }
    }
    if (n) {
        // copy first: __set_name__ may change the namespace
        obj_t items[2 * n];
        size_t k = 0;
        pos = 0;
        while ((e = map_next(m, &pos)) != NULL && k < 2 * n) {
            if (obj_is_ptr(e->value) && (obj_type(e->value)->flags & TYPE_FLAG_USER)) {
                items[k++] = e->key;
                items[k++] = e->value;
            }
        }
        for (size_t i = 0; i < k; i += 2) {
            obj_t sn = user_lookup(obj_type(items[i + 1]), N___set_name__);
            if (sn != OBJ_NULL) {
                obj_t args[3] = {items[i + 1], OBJ_FROM_PTR(t), items[i]};
                rt_call(sn, 3, 0, args);
            }
        }
    }
    tuple_t *mro = OBJ_TO_PTR(t->mro);
    for (size_t i = 1; i < mro->len; i++) {
        const type_t *b = OBJ_TO_PTR(mro->items[i]);
        if (!(b->flags & TYPE_FLAG_USER) || b->locals == NULL) {
            continue;
        }
        obj_t f = map_get(b->locals, OBJ_NAME(N___init_subclass__));
        if (f == OBJ_NULL) {
            continue;
        }
        if (obj_is_type_exact(f, &type_classmethod) || obj_is_type_exact(f, &type_staticmethod)) {
            f = ((static_class_method_t *)OBJ_TO_PTR(f))->fun;
        }
        obj_t args[1 + 2 * n_kw];
        args[0] = OBJ_FROM_PTR(t);
        for (size_t j = 0; j < 2 * n_kw; j++) {
            args[1 + j] = kw[j];
        }
        rt_call(f, 1, n_kw, args);
        return;
    }
    if (n_kw) {
        rt_raise_fmt(&type_TypeError, "%q.__init_subclass__() takes no keyword arguments", t->name);
    }
}

// type.__new__(meta, name, bases, ns, **kw): make a class whose type is meta.
static obj_t class_make(const type_t *meta, name_t name, size_t n_bases, const obj_t *bases, obj_t ns_dict,
                        size_t n_kw, const obj_t *kw) {
    obj_t object_base = OBJ_FROM_PTR(&type_object);
    if (n_bases == 0) {
        bases = &object_base;
        n_bases = 1;
    }
    for (size_t i = 0; i < n_bases; i++) {
        if (!class_is_type(bases[i])) {
            rt_raise_TypeError("bases must be types");
        }
        const type_t *b = OBJ_TO_PTR(bases[i]);
        if (!(b->flags & TYPE_FLAG_BASETYPE) && b != &type_object) {
            rt_raise_fmt(&type_TypeError, "type '%q' is not an acceptable base type", b->name);
        }
    }
    type_t *t = gc_alloc(sizeof(type_t));
    t->base.type = meta;
    t->name = name;
    t->flags = TYPE_FLAG_USER | TYPE_FLAG_BASETYPE;
    t->make_new = instance_make_new;
    t->print = instance_print;
    t->call = instance_call;
    t->unary_op = instance_unary_op;
    t->binary_op = instance_binary_op;
    t->attr = instance_attr;
    t->subscr = instance_subscr;
    t->getiter = instance_getiter;
    t->iternext = instance_iternext;
    t->buffer = instance_buffer;
    t->locals = dict_map(ns_dict);
    t->bases = tuple_new(n_bases, bases);
    t->mro = compute_mro(t, n_bases, bases);
    tuple_t *mro = OBJ_TO_PTR(t->mro);
    for (size_t i = 1; i < mro->len; i++) {
        const type_t *b = OBJ_TO_PTR(mro->items[i]);
        if (b->flags & TYPE_FLAG_EXCEPTION) {
            t->flags |= TYPE_FLAG_EXCEPTION;
        }
        if (!(b->flags & TYPE_FLAG_USER) && b != &type_object) {
            if (t->parent == NULL) {
                t->parent = b;
            } else if (!rt_is_subclass(t->parent, b) && !rt_is_subclass(b, t->parent) &&
                       !((b->flags & t->parent->flags) & TYPE_FLAG_EXCEPTION)) {
                // two unrelated native layouts (class A(int, str))
                rt_raise_TypeError("multiple bases have instance lay-out conflict");
            }
        }
    }
    if (meta != &type_type) {
        // no make_new (type_call knows): code that unwraps instances of user
        // classes reads this word as instance_t.subobj and must see NULL
        t->make_new = NULL;
    }
    if (t->parent == &type_type) {
        // a metaclass: its instances are classes
        t->flags |= TYPE_FLAG_META;
        t->make_new = meta_make_new;
        t->attr = meta_attr;
        t->print = meta_print;
        t->call = meta_call;
    }
    // __init_subclass__ and __class_getitem__ are implicitly class methods
    obj_t *isc = map_lookup(t->locals, OBJ_NAME(N___init_subclass__));
    if (isc != NULL && obj_is_type_exact(*isc, &type_function)) {
        static_class_method_t *cm = gc_alloc(sizeof(static_class_method_t));
        cm->base.type = &type_classmethod;
        cm->fun = *isc;
        *isc = OBJ_FROM_PTR(cm);
    }
    rt_state.class_epoch++;
    obj_t cell = map_remove(t->locals, OBJ_NAME(N___classcell__));
    if (cell != OBJ_NULL && obj_is_type_exact(cell, &type_cell)) {
        ((cell_t *)OBJ_TO_PTR(cell))->contents = OBJ_FROM_PTR(t);
    }
    class_post_init(t, n_kw, kw);
    return OBJ_FROM_PTR(t);
}

obj_t class_new(name_t name, size_t n_bases, const obj_t *bases, obj_t ns_dict) {
    return class_make(&type_type, name, n_bases, bases, ns_dict, 0, NULL);
}

obj_t vm_run_class_body(func_t *fun, map_t *locals);

// The class statement: pick the metaclass, prepare the namespace, run the
// body in it, then make the class (kw: keyword pairs other than metaclass=).
static obj_t build_class(obj_t body_fn, obj_t name, size_t n_bases, const obj_t *bases, obj_t meta_obj,
                         size_t n_kw, const obj_t *kw) {
    func_t *fn = OBJ_TO_PTR(body_fn);
    const type_t *meta = NULL;
    if (meta_obj == OBJ_NULL) {
        meta = winner_meta(&type_type, n_bases, bases);
    } else if (class_is_type(meta_obj)) {
        meta = winner_meta(OBJ_TO_PTR(meta_obj), n_bases, bases);
    }
    obj_t ns = OBJ_NULL;
    if (meta != NULL && meta != &type_type) {
        obj_t prep = rt_type_lookup(meta, N___prepare__);
        if (prep != OBJ_NULL) {
            obj_t dest[2] = {OBJ_NULL, OBJ_NULL};
            rt_load_method(OBJ_FROM_PTR(meta), N___prepare__, dest);
            obj_t args[2 + 2 * n_kw];
            args[0] = name;
            args[1] = tuple_new(n_bases, bases);
            for (size_t j = 0; j < 2 * n_kw; j++) {
                args[2 + j] = kw[j];
            }
            ns = rt_call_method(dest[0], dest[1], 2, n_kw, args);
            if (!obj_is_type_exact(ns, &type_dict)) {
                rt_raise_TypeError("__prepare__() must return a dict");
            }
        }
    }
    if (ns == OBJ_NULL) {
        ns = dict_new(8);
    }
    obj_t modname = map_get(fn->globals, OBJ_NAME(N___name__));
    if (modname != OBJ_NULL) {
        dict_store(ns, OBJ_NAME(N___module__), modname);
    }
    dict_store(ns, OBJ_NAME(N___qualname__), OBJ_NAME(fn->code->qualname ? fn->code->qualname : fn->code->name));
    vm_run_class_body(fn, dict_map(ns));
    if (meta == &type_type) {
        return class_make(&type_type, rt_intern_obj(name), n_bases, bases, ns, n_kw, kw);
    }
    obj_t args[3 + 2 * n_kw];
    args[0] = name;
    args[1] = tuple_new(n_bases, bases);
    args[2] = ns;
    for (size_t j = 0; j < 2 * n_kw; j++) {
        args[3 + j] = kw[j];
    }
    return rt_call(meta ? OBJ_FROM_PTR(meta) : meta_obj, 3, n_kw, args);
}

obj_t class_build(obj_t body_fn, obj_t name, size_t n_bases, const obj_t *bases) {
    return build_class(body_fn, name, n_bases, bases, OBJ_NULL, 0, NULL);
}

static obj_t class_build_class(size_t n_args, size_t n_kw, const obj_t *args) {
    if (n_args < 2 || !obj_is_type_exact(args[0], &type_function)) {
        rt_raise_TypeError("__build_class__: func must be a function");
    }
    obj_t meta = OBJ_NULL;
    const obj_t *kw = args + n_args;
    obj_t rest[2 * n_kw + 1];
    size_t nk = 0;
    for (size_t i = 0; i < n_kw; i++) {
        if (kw[2 * i] == OBJ_NAME(N_metaclass)) {
            meta = kw[2 * i + 1];
        } else {
            rest[2 * nk] = kw[2 * i];
            rest[2 * nk + 1] = kw[2 * i + 1];
            nk++;
        }
    }
    return build_class(args[0], args[1], n_args - 2, args + 2, meta, nk, rest);
}
const builtin_fun_t class_build_class_obj = {{&type_builtin_fun}, FUN_KW, 2, 0xffff, {.kw = class_build_class}};

// ---------------------------------------------------------------- type
// type(name, bases, dict, **kw) with the metaclass meta (type or a subclass).
static obj_t type_new(const type_t *meta, size_t n_args, size_t n_kw, const obj_t *args) {
    if (n_args != 3) {
        rt_raise_TypeError("type() takes 1 or 3 arguments");
    }
    if (!rt_is_str(args[0])) {
        rt_raise_TypeError("type.__new__() argument 1 must be str");
    }
    if (!obj_is_type_exact(args[1], &type_tuple)) {
        rt_raise_TypeError("type.__new__() argument 2 must be tuple");
    }
    if (!obj_is_instance(args[2], &type_dict)) {
        rt_raise_TypeError("type.__new__() argument 3 must be dict");
    }
    tuple_t *bt = OBJ_TO_PTR(args[1]);
    const type_t *w = winner_meta(meta, bt->len, bt->items);
    if (w != meta && w->make_new != meta->make_new) {
        return rt_call(OBJ_FROM_PTR(w), n_args, n_kw, args);
    }
    obj_t ns = dict_new(8);
    dict_update(ns, args[2], false);
    frame_t *f = vm_current_frame();
    if (f != NULL && dict_get(ns, OBJ_NAME(N___module__)) == OBJ_NULL) {
        // as CPython: the module of the code that called type()
        obj_t mod = map_get(f->globals, OBJ_NAME(N___name__));
        if (mod != OBJ_NULL) {
            dict_store(ns, OBJ_NAME(N___module__), mod);
        }
    }
    return class_make(w, rt_intern_obj(args[0]), bt->len, bt->items, ns, n_kw, args + n_args);
}

static obj_t type_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    if (n_args == 1 && n_kw == 0) {
        return OBJ_FROM_PTR(obj_type(args[0]));
    }
    if (n_args == 3) {
        return type_new(type, n_args, n_kw, args);
    }
    rt_raise_TypeError("type() takes 1 or 3 arguments");
}

static obj_t type_call(obj_t self, size_t n_args, size_t n_kw, const obj_t *args) {
    const type_t *t = OBJ_TO_PTR(self);
    if (t->make_new == NULL) {
        if (t->flags & TYPE_FLAG_USER) {
            return instance_make_new(t, n_args, n_kw, args);   // a class made by a user metaclass
        }
        rt_raise_fmt(&type_TypeError, "cannot create '%q' instances", t->name);
    }
    return t->make_new(t, n_args, n_kw, args);
}

// type.__new__(meta, ...), type.__init__(cls, ...), type.__call__(cls, ...)
static obj_t type___new__(size_t n_args, size_t n_kw, const obj_t *args) {
    if (!class_is_type(args[0]) || !rt_is_subclass(OBJ_TO_PTR(args[0]), &type_type)) {
        rt_raise_TypeError("type.__new__(X): X is not a type object");
    }
    const type_t *meta = OBJ_TO_PTR(args[0]);
    if (n_args == 2 && n_kw == 0) {
        return OBJ_FROM_PTR(obj_type(args[1]));
    }
    return type_new(meta, n_args - 1, n_kw, args + 1);
}
static FUN_OBJ_KW(type___new___fun, 1, type___new__);
static STATICMETHOD_OBJ(type___new___obj, type___new___fun);

static obj_t type___init__(size_t n_args, size_t n_kw, const obj_t *args) {
    return OBJ_NONE;
}
static FUN_OBJ_KW(type___init___obj, 1, type___init__);

static obj_t type___call__(size_t n_args, size_t n_kw, const obj_t *args) {
    if (!class_is_type(args[0])) {
        rt_raise_TypeError("descriptor '__call__' requires a 'type' object");
    }
    return type_call(args[0], n_args - 1, n_kw, args + 1);
}
static FUN_OBJ_KW(type___call___obj, 1, type___call__);

static obj_t type_mro(obj_t self) {
    if (!class_is_type(self)) {
        rt_raise_TypeError("descriptor 'mro' requires a 'type' object");
    }
    const type_t *mro[MRO_MAX];
    size_t n = class_mro(OBJ_TO_PTR(self), mro, MRO_MAX);
    obj_t list = list_new(0, NULL);
    for (size_t i = 0; i < n; i++) {
        list_append(list, OBJ_FROM_PTR(mro[i]));
    }
    return list;
}
static FUN_OBJ_1(type_mro_obj, type_mro);

static const map_elem_t type_locals_table[] = {
    MAP_ENTRY(N___new__, &type___new___obj),
    MAP_ENTRY(N___init__, &type___init___obj),
    MAP_ENTRY(N___call__, &type___call___obj),
    MAP_ENTRY(N_mro, &type_mro_obj),
};
static MAP_ROM(type_locals, type_locals_table);

static void type_print(const printer_t *p, obj_t o, print_kind_t kind) {
    const type_t *t = OBJ_TO_PTR(o);
    if ((t->flags & TYPE_FLAG_USER) && t->locals) {
        obj_t mod = map_get(t->locals, OBJ_NAME(N___module__));
        if (mod != OBJ_NULL && rt_is_str(mod) && !(rt_is_str(mod) && obj_is_name(mod) &&
                                                   obj_name_value(mod) == N_builtins)) {
            print_fmt(p, "<class '%O.%q'>", mod, t->name);
            return;
        }
    }
    print_fmt(p, "<class '%q'>", t->name);
}

static void type_attr(obj_t self, name_t attr, obj_t *dest) {
    type_t *t = OBJ_TO_PTR(self);
    if (dest[0] == OBJ_NULL) {
        const type_t *owner;
        obj_t cv = class_lookup(t, attr, &owner);
        if (cv != OBJ_NULL) {
            const type_t *ct = obj_type(cv);
            if (ct == &type_staticmethod) {
                dest[0] = ((static_class_method_t *)OBJ_TO_PTR(cv))->fun;
            } else if (ct == &type_classmethod) {
                dest[0] = ((static_class_method_t *)OBJ_TO_PTR(cv))->fun;
                dest[1] = self;
            } else if ((ct->flags & TYPE_FLAG_USER) && user_lookup(ct, N___get__) != OBJ_NULL) {
                obj_t args[3] = {cv, OBJ_NONE, self};
                dest[0] = rt_call(user_lookup(ct, N___get__), 3, 0, args);
            } else {
                dest[0] = cv;
            }
            return;
        }
        switch (attr) {
            case N___name__:
                dest[0] = OBJ_NAME(t->name);
                return;
            case N___qualname__:
                dest[0] = OBJ_NAME(t->name);
                return;
            case N___module__:
                dest[0] = OBJ_NAME(N_builtins);
                return;
            case N___bases__:
                if (t->bases != OBJ_NULL) {
                    dest[0] = t->bases;
                } else {
                    obj_t b = OBJ_FROM_PTR(t->parent ? t->parent : &type_object);
                    dest[0] = t == &type_object ? OBJ_EMPTY_TUPLE : tuple_new(1, &b);
                }
                return;
            case N___mro__: {
                const type_t *mro[MRO_MAX];
                size_t n = class_mro(t, mro, MRO_MAX);
                obj_t items[MRO_MAX];
                for (size_t i = 0; i < n; i++) {
                    items[i] = OBJ_FROM_PTR(mro[i]);
                }
                dest[0] = tuple_new(n, items);
                return;
            }
            case N___dict__:
                if (t->flags & TYPE_FLAG_USER) {
                    dest[0] = dict_from_map(t->locals);
                } else {
                    obj_t d = dict_new(8);
                    if (t->locals) {
                        size_t pos = 0;
                        map_elem_t *e;
                        while ((e = map_next(t->locals, &pos)) != NULL) {
                            dict_store(d, e->key, e->value);
                        }
                    }
                    dest[0] = d;
                }
                return;
            case N___doc__:
                dest[0] = OBJ_NONE;
                return;
            case N___class__:
                dest[0] = OBJ_FROM_PTR(obj_type(self));
                return;
            default:
                if (obj_type(self) == &type_type) {
                    // methods of type itself (mro, __call__...); a user
                    // metaclass finds them through its own MRO (meta_attr)
                    obj_t v = map_get(&type_locals, OBJ_NAME(attr));
                    if (v != OBJ_NULL) {
                        bind_attr(v, self, &type_type, dest);
                        return;
                    }
                }
                if (!(t->flags & TYPE_FLAG_USER)) {
                    // int.__add__ and the like: unbound slot methods
                    class_slot_method(t, OBJ_NULL, attr, dest);
                    dest[1] = OBJ_NULL;
                } else if (t->parent != NULL && t->parent != &type_type) {
                    class_slot_method(t->parent, OBJ_NULL, attr, dest);
                    dest[1] = OBJ_NULL;
                }
                return;
        }
    }
    if (!(t->flags & TYPE_FLAG_USER)) {
        rt_raise_fmt(&type_TypeError, "can't set attributes of built-in type '%q'", t->name);
    }
    rt_state.class_epoch++;
    if (dest[1] == OBJ_NULL) {
        if (map_remove(t->locals, OBJ_NAME(attr)) != OBJ_NULL) {
            dest[0] = OBJ_NULL;
        }
    } else {
        map_store(t->locals, OBJ_NAME(attr), dest[1]);
        dest[0] = OBJ_NULL;
    }
}

static obj_t type_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    if (op == BINARY_OP_EQUAL) {
        return obj_bool(lhs == rhs);
    }
    return OBJ_NULL;
}

static obj_t type_unary_op(unary_op_t op, obj_t self) {
    if (op == UNARY_OP_HASH) {
        return obj_new_small_int((intptr_t)((uintptr_t)self >> 4));
    }
    return OBJ_NULL;
}

const type_t type_type = {
    {&type_type}, .name = N_type, .flags = TYPE_FLAG_EQ_IS_ID | TYPE_FLAG_BASETYPE, .locals = &type_locals,
    .make_new = type_make_new, .call = type_call, .print = type_print, .attr = type_attr,
    .binary_op = type_binary_op, .unary_op = type_unary_op,
};

// ---------------------------------------------------------------- object
static obj_t object_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    if (n_args || n_kw) {
        rt_raise_TypeError("object() takes no arguments");
    }
    obj_base_t *o = gc_alloc(sizeof(obj_base_t));
    o->type = &type_object;
    return OBJ_FROM_PTR(o);
}

static obj_t object___init__(size_t n_args, const obj_t *args) {
    return OBJ_NONE;
}
static FUN_OBJ_VAR(object___init___obj, 1, FUN_ARGS_MAX, object___init__);

static obj_t object___new__(size_t n_args, const obj_t *args) {
    if (!class_is_type(args[0])) {
        rt_raise_TypeError("object.__new__(X): X is not a type object");
    }
    const type_t *t = OBJ_TO_PTR(args[0]);
    if (!(t->flags & TYPE_FLAG_USER)) {
        return object_make_new(t, 0, 0, NULL);
    }
    return class_new_instance(t, n_args - 1, 0, args + 1);
}
static FUN_OBJ_VAR(object___new___fun, 1, FUN_ARGS_MAX, object___new__);
static STATICMETHOD_OBJ(object___new___obj, object___new___fun);

static obj_t object___setattr__(obj_t self, obj_t name, obj_t value) {
    obj_t dest[2] = {OBJ_SENTINEL, value};
    class_store_member(self, rt_intern_obj(name), dest);
    return OBJ_NONE;
}
static FUN_OBJ_3(object___setattr___obj, object___setattr__);

static obj_t object___delattr__(obj_t self, obj_t name) {
    obj_t dest[2] = {OBJ_SENTINEL, OBJ_NULL};
    class_store_member(self, rt_intern_obj(name), dest);
    if (dest[0] != OBJ_NULL) {
        rt_raise_AttributeError(self, rt_intern_obj(name));
    }
    return OBJ_NONE;
}
static FUN_OBJ_2(object___delattr___obj, object___delattr__);

static obj_t object___getattribute__(obj_t self, obj_t name) {
    return rt_load_attr(self, rt_intern_obj(name));
}
static FUN_OBJ_2(object___getattribute___obj, object___getattribute__);

// The built-in object printing of self: a built-in value itself, or the
// native part of an instance of a user subclass of a built-in type (what
// (1.5).__repr__() and super().__repr__() in class L(list) reach). Returns
// false for a plain user instance.
static bool print_native(const printer_t *p, obj_t self, print_kind_t kind) {
    const type_t *t = obj_type(self);
    if (!obj_is_ptr(self) || !(t->flags & TYPE_FLAG_USER)) {
        if (t->print == NULL) {
            return false;
        }
        t->print(p, self, kind);
        return true;
    }
    const type_t *nt = native_type(t);
    obj_t nobj = native_obj(self);
    if (nt == NULL || nt->print == NULL || nobj == OBJ_NULL || (kind == PRINT_STR && !native_has_str(nt))) {
        return false;
    }
    nt->print(p, nobj, kind);
    return true;
}

// object.__repr__: the default "<module.Class object at 0x...>".
static obj_t object___repr__(obj_t self) {
    vstr_t v;
    vstr_init(&v, 48);
    printer_t p = vstr_printer(&v);
    if (print_native(&p, self, PRINT_REPR)) {
        return str_from_vstr(&v);
    }
    const type_t *t = obj_type(self);
    obj_t mod = (t->flags & TYPE_FLAG_USER) ? map_get(t->locals, OBJ_NAME(N___module__)) : OBJ_NULL;
    if (mod != OBJ_NULL && rt_is_str(mod)) {
        print_fmt(&p, "<%O.%q object at %p>", mod, t->name, self);
    } else {
        print_fmt(&p, "<%q object at %p>", t->name, self);
    }
    return str_from_vstr(&v);
}
static FUN_OBJ_1(object___repr___obj, object___repr__);

// object.__str__: str.__str__ and BaseException.__str__ for those bases,
// else repr(self) (a user __repr__ included).
static obj_t object___str__(obj_t self) {
    vstr_t v;
    vstr_init(&v, 32);
    printer_t p = vstr_printer(&v);
    if (print_native(&p, self, PRINT_STR)) {
        return str_from_vstr(&v);
    }
    return rt_obj_repr(self);
}
static FUN_OBJ_1(object___str___obj, object___str__);

static obj_t object___hash__(obj_t self) {
    if (!obj_is_ptr(self) || !(obj_type(self)->flags & TYPE_FLAG_USER)) {
        return rt_unary_op(UNARY_OP_HASH, self);
    }
    return obj_new_small_int((intptr_t)((uintptr_t)self >> 4));
}
static FUN_OBJ_1(object___hash___obj, object___hash__);

// object.__eq__: identity for user instances (else NotImplemented); built-in
// values compare through their own type.
static obj_t object_compare(obj_t self, obj_t other, bool ne) {
    if (self == other) {
        return obj_bool(!ne);
    }
    const type_t *t = obj_type(self);
    if (!(t->flags & TYPE_FLAG_USER) && t->binary_op) {
        obj_t r = t->binary_op(BINARY_OP_EQUAL, self, other);
        if (r != OBJ_NULL && r != OBJ_NOTIMPLEMENTED) {
            return obj_bool(rt_is_true(r) != ne);
        }
    }
    return OBJ_NOTIMPLEMENTED;
}

static obj_t object___eq__(obj_t self, obj_t other) {
    return object_compare(self, other, false);
}
static FUN_OBJ_2(object___eq___obj, object___eq__);

static obj_t object___ne__(obj_t self, obj_t other) {
    return object_compare(self, other, true);
}
static FUN_OBJ_2(object___ne___obj, object___ne__);

static obj_t object___init_subclass__(size_t n_args, size_t n_kw, const obj_t *args) {
    if (n_args != 1 || n_kw) {
        rt_raise_fmt(&type_TypeError, "%q.__init_subclass__() takes no keyword arguments",
                     class_is_type(args[0]) ? ((const type_t *)OBJ_TO_PTR(args[0]))->name : N_object);
    }
    return OBJ_NONE;
}
static FUN_OBJ_KW(object___init_subclass___fun, 1, object___init_subclass__);
static CLASSMETHOD_OBJ(object___init_subclass___obj, object___init_subclass___fun);

static const map_elem_t object_locals_table[] = {
    MAP_ENTRY(N___init_subclass__, &object___init_subclass___obj),
    MAP_ENTRY(N___repr__, &object___repr___obj),
    MAP_ENTRY(N___str__, &object___str___obj),
    MAP_ENTRY(N___hash__, &object___hash___obj),
    MAP_ENTRY(N___eq__, &object___eq___obj),
    MAP_ENTRY(N___ne__, &object___ne___obj),
    MAP_ENTRY(N___init__, &object___init___obj),
    MAP_ENTRY(N___new__, &object___new___obj),
    MAP_ENTRY(N___setattr__, &object___setattr___obj),
    MAP_ENTRY(N___delattr__, &object___delattr___obj),
    MAP_ENTRY(N___getattribute__, &object___getattribute___obj),
};
static MAP_ROM(object_locals, object_locals_table);

static void object_print(const printer_t *p, obj_t o, print_kind_t kind) {
    print_fmt(p, "<object object at %p>", o);
}

const type_t type_object = {
    {&type_type}, .name = N_object, .flags = TYPE_FLAG_BASETYPE | TYPE_FLAG_EQ_IS_ID,
    .make_new = object_make_new, .print = object_print, .locals = &object_locals,
};

// ---------------------------------------------------------------- super
typedef struct {
    obj_base_t base;
    const type_t *type;
    obj_t obj;
} super_t;

static obj_t super_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    if (n_args != 2 || n_kw) {
        rt_raise_TypeError("super() requires 2 arguments (zero-argument form outside a method?)");
    }
    if (!class_is_type(args[0])) {
        rt_raise_TypeError("super() argument 1 must be type");
    }
    super_t *s = gc_alloc(sizeof(super_t));
    s->base.type = &type_super;
    s->type = OBJ_TO_PTR(args[0]);
    s->obj = args[1];
    return OBJ_FROM_PTR(s);
}

static void super_attr(obj_t self_in, name_t attr, obj_t *dest) {
    super_t *s = OBJ_TO_PTR(self_in);
    if (dest[0] != OBJ_NULL) {
        return;
    }
    // super(T, cls) with cls a subclass of T searches cls's MRO (class
    // methods); otherwise the MRO of the object's type (cls may be a class
    // whose metaclass is T: metaclass methods)
    bool obj_is_type = class_is_type(s->obj) && rt_is_subclass(OBJ_TO_PTR(s->obj), s->type);
    const type_t *start = obj_is_type ? OBJ_TO_PTR(s->obj) : obj_type(s->obj);
    const type_t *mro[MRO_MAX];
    size_t n = class_mro(start, mro, MRO_MAX);
    size_t i = 0;
    while (i < n && mro[i] != s->type) {
        i++;
    }
    for (i++; i < n; i++) {
        if (mro[i]->locals == NULL) {
            continue;
        }
        obj_t *v = map_lookup(mro[i]->locals, OBJ_NAME(attr));
        if (v == NULL) {
            continue;
        }
        if (obj_is_type) {
            const type_t *ct = obj_type(*v);
            if (ct == &type_classmethod) {
                dest[0] = ((static_class_method_t *)OBJ_TO_PTR(*v))->fun;
                dest[1] = s->obj;
            } else if (ct == &type_staticmethod) {
                dest[0] = ((static_class_method_t *)OBJ_TO_PTR(*v))->fun;
            } else {
                dest[0] = *v;
            }
        } else {
            bind_attr(*v, s->obj, mro[i], dest);
        }
        return;
    }
    // a special method of a built-in base, made from its slots
    i = 0;
    while (i < n && mro[i] != s->type) {
        i++;
    }
    for (i++; i < n; i++) {
        if (class_slot_method(mro[i], obj_is_type ? OBJ_NULL : s->obj, attr, dest)) {
            return;
        }
    }
}

static void super_print(const printer_t *p, obj_t o, print_kind_t kind) {
    super_t *s = OBJ_TO_PTR(o);
    print_fmt(p, "<super: <class '%q'>, <%s object>>", s->type->name, rt_type_name(s->obj));
}

const type_t type_super = {
    {&type_type}, .name = N_super, .make_new = super_make_new, .attr = super_attr, .print = super_print,
};

// Called by the collector after marking: drop cache entries whose type dies.
void class_cache_prune(void) {
    for (size_t i = 0; i < KILN_METHOD_CACHE; i++) {
        if (cache[i].type != NULL && !gc_is_marked(cache[i].type)) {
            cache[i].type = NULL;
        }
    }
}

void class_init(void) {
    memset(cache, 0, sizeof(cache));
}
