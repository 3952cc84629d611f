// core/mod_collections.h — between the two files of the `collections`
// module: mod_collections.c (namedtuple, deque, the module) and
// mod_collections_dict.c (OrderedDict, defaultdict, Counter).
#ifndef KILN_MOD_COLLECTIONS_H
#define KILN_MOD_COLLECTIONS_H

#include "core/obj.h"
#include "core/map.h"

// Make the dict classes and store them in the module's globals.
void mod_collections_dict_init(map_t *globals);

#endif
