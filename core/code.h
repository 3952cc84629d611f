// core/code.h — the code object: what the compiler produces and the VM runs.
// A code object is a heap object (type_code) made once by the compiler and
// never changed afterwards. Bytecode, constants, argument names and the line
// table are separate heap blocks owned by it.
//
// Frame slot layout (fast[0 .. n_locals)):
//   [0, n_pos_args)                      positional parameters (incl. positional-only)
//   [n_pos_args, +n_kwonly_args)         keyword-only parameters
//   next slot if CODE_VARARGS            *args (a tuple)
//   next slot if CODE_VARKW              **kwargs (a dict)
//   ...                                  other locals and cell variables
//   [n_locals - n_free, n_locals)        free variables: filled at frame entry
//                                        with the cells of the function's closure
//                                        tuple, in order
// cell_slots[0 .. n_cells) lists the slots that hold a cell made at frame
// entry (a parameter slot listed there has its argument moved into the cell).
//
// Line table: pairs (uleb128 bytecode-offset delta, sleb128 line delta)
// starting from (0, first_line); each pair says "from this offset on, this line".
#ifndef KILN_CODE_H
#define KILN_CODE_H

#include "core/obj.h"

typedef enum {
#define OP(name, kind, effect) OP_##name,
#include "core/opcodes.def"
#undef OP
    OP__COUNT
} opcode_t;

typedef enum { OPK_NONE, OPK_BYTE, OPK_UINT, OPK_SINT, OPK_NAME, OPK_CONST, OPK_JUMP } operand_kind_t;
#define VAR 0x7f   // stack effect that depends on the operand

extern const uint8_t code_operand_kind[OP__COUNT];
extern const char *const code_op_names[OP__COUNT];

#define CODE_VARARGS     0x0001
#define CODE_VARKW       0x0002
#define CODE_GENERATOR   0x0004
#define CODE_COROUTINE   0x0008
#define CODE_CLASS_BODY  0x0010
#define CODE_MODULE      0x0020
#define CODE_HAS_SUPER   0x0040   // body uses zero-argument super()
#define CODE_LOCAL_NAMES 0x0080   // arg_names has n_locals entries: the name of every
                                  // fast slot (0 = none), for locals() in a function

typedef struct code_s {
    obj_base_t base;            // &type_code
    const uint8_t *bytecode;
    size_t bc_len;
    obj_t *consts;
    size_t n_consts;
    const uint8_t *lines;       // line table (see above)
    size_t lines_len;
    name_t *arg_names;          // n_pos_args + n_kwonly_args (+1 if VARARGS) (+1 if VARKW)
    uint16_t *cell_slots;       // n_cells slot numbers
    name_t name;                // function name (`<module>`, `<lambda>`, ...)
    name_t qualname;
    name_t filename;
    uint16_t n_locals;
    uint16_t n_stack;           // maximum value-stack depth
    uint16_t n_blocks;          // maximum handler-block depth
    uint16_t n_pos_args;
    uint16_t n_posonly_args;
    uint16_t n_kwonly_args;
    uint16_t n_cells;
    uint16_t n_free;
    uint16_t flags;
    uint16_t first_line;
} code_t;

// Source line of the instruction at byte offset `offset`.
size_t code_line_of(const code_t *code, size_t offset);
// Print a disassembly (for `kiln -d` and debugging).
void code_dump(const printer_t *p, const code_t *code);

#endif
