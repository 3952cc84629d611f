// core/code_io.h — code objects to bytes and back (frozen bytecode).
// code_io_save turns a module's code object (with every nested code object
// in its constants) into a self-contained byte string; code_io_load rebuilds
// the heap objects from it. Interned-name ids are not stable between runs,
// so names travel as strings in a per-blob table and are re-interned at load
// (the bytecode's NAME operands are rewritten, jumps and the line table
// re-targeted). Format (all integers LEB128):
//   "KzB" version(1 byte) n_names { len bytes }*  code
//   code  := flags name qualname filename n_locals n_stack n_blocks n_pos_args
//            n_posonly_args n_kwonly_args n_cells n_free first_line
//            n_arg_names { name+1 or 0 }*  { cell slot }*n_cells
//            bc_len bytecode (NAME operands = name-table index)
//            lines_len lines  n_consts const*
//   const := 'N' | 'T' | 'F' | 'E' | 'i' sleb | 'I' decimal-len digits
//          | 'f' 8 bytes | 'c' 16 bytes (IEEE-754 bits, little-endian)
//          | 'n' name | 's' len utf8 | 'b' len bytes | 't' n const* | 'C' code
// A blob with another magic/version, or a malformed one, raises ValueError.
#ifndef KILN_CODE_IO_H
#define KILN_CODE_IO_H

#include "core/misc.h"

#define CODE_IO_VERSION 1

// Append the serialised form of code (a code object) to out. ValueError for
// a constant the format cannot hold.
void code_io_save(vstr_t *out, obj_t code);
// Rebuild the code object serialised in data[0..len). The bytes must stay
// valid and unchanged as long as the code object lives (a line table that
// needs no rewriting is used in place): frozen blobs are read-only C data.
obj_t code_io_load(const uint8_t *data, size_t len);

#endif
