// core/structseq.h — read-only named tuples made by C code
// (sys.implementation, os.uname(), later time tuples): indexable, iterable,
// with one attribute per field, printed as (field=value, ...).
#ifndef KILN_STRUCTSEQ_H
#define KILN_STRUCTSEQ_H

#include "core/obj.h"

extern const type_t type_structseq;
// fields: a static array of n field names; items: n values (copied).
obj_t structseq_new(const name_t *fields, size_t n, const obj_t *items);
// "YYYY-MM-DD" of the build (from __DATE__), for banners and version strings.
void structseq_build_date(char out[11]);

#endif
