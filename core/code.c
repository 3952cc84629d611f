// core/code.c — tables derived from opcodes.def (operand kinds, names), the
// line table lookup and the disassembler used by `kiln -d`.
// Invariant: nothing here numbers opcodes by hand; everything expands the
// OP() X-macro.
#include "core/code.h"
#include "core/misc.h"
#include "core/names.h"
#include "core/runtime.h"

const uint8_t code_operand_kind[OP__COUNT] = {
#define OP(name, kind, effect) OPK_##kind,
#include "core/opcodes.def"
#undef OP
};

const char *const code_op_names[OP__COUNT] = {
#define OP(name, kind, effect) #name,
#include "core/opcodes.def"
#undef OP
};

size_t code_line_of(const code_t *code, size_t offset) {
    const uint8_t *p = code->lines;
    const uint8_t *end = p + code->lines_len;
    size_t at = 0;
    intptr_t line = code->first_line;
    while (p && p < end) {
        // (offset delta, line delta) pairs; one-byte values decoded inline
        const uint8_t *q = p;
        size_t d = *q < 0x80 ? (size_t)*q++ : (size_t)leb_get_uint(&q);
        if (at + d > offset) {
            break;
        }
        at += d;
        line += *q < 0x80 ? (intptr_t)((int8_t)(*q++ << 1) >> 1) : (intptr_t)leb_get_sint(&q);
        p = q;
    }
    return (size_t)line;
}

void code_dump(const printer_t *pr, const code_t *code) {
    print_fmt(pr, "code %q (qualname %q) file %q line %u: args %u (posonly %u, kwonly %u)%s%s "
                  "locals %u cells %u free %u stack %u blocks %u flags 0x%x\n",
              code->name, code->qualname ? code->qualname : code->name, code->filename,
              (unsigned)code->first_line, (unsigned)code->n_pos_args, (unsigned)code->n_posonly_args,
              (unsigned)code->n_kwonly_args, (code->flags & CODE_VARARGS) ? " *args" : "",
              (code->flags & CODE_VARKW) ? " **kw" : "", (unsigned)code->n_locals,
              (unsigned)code->n_cells, (unsigned)code->n_free, (unsigned)code->n_stack,
              (unsigned)code->n_blocks, (unsigned)code->flags);
    size_t n_args = code->n_pos_args + code->n_kwonly_args + ((code->flags & CODE_VARARGS) ? 1 : 0) +
                    ((code->flags & CODE_VARKW) ? 1 : 0);
    if (n_args) {
        print_str(pr, "  arg names:");
        for (size_t i = 0; i < n_args; i++) {
            print_fmt(pr, " %q", code->arg_names[i]);
        }
        print_str(pr, "\n");
    }
    if (code->n_cells) {
        print_str(pr, "  cell slots:");
        for (size_t i = 0; i < code->n_cells; i++) {
            print_fmt(pr, " %u", (unsigned)code->cell_slots[i]);
        }
        print_str(pr, "\n");
    }
    const uint8_t *bc = code->bytecode;
    const uint8_t *ip = bc;
    const uint8_t *end = bc + code->bc_len;
    size_t last_line = 0;
    while (ip < end) {
        size_t off = (size_t)(ip - bc);
        size_t line = code_line_of(code, off);
        if (line != last_line) {
            print_fmt(pr, "%5u ", (unsigned)line);
            last_line = line;
        } else {
            print_str(pr, "      ");
        }
        int op = *ip++;
        if (op >= OP__COUNT) {
            print_fmt(pr, "%4u  ??? %u\n", (unsigned)off, (unsigned)op);
            continue;
        }
        print_fmt(pr, "%4u  %s", (unsigned)off, code_op_names[op]);
        switch (code_operand_kind[op]) {
            case OPK_BYTE:
                print_fmt(pr, " %u", (unsigned)*ip++);
                break;
            case OPK_UINT:
                print_fmt(pr, " %u", (unsigned)leb_get_uint(&ip));
                break;
            case OPK_SINT:
                print_fmt(pr, " %d", (int)leb_get_sint(&ip));
                break;
            case OPK_NAME:
                print_fmt(pr, " %q", (name_t)leb_get_uint(&ip));
                break;
            case OPK_CONST: {
                size_t i = (size_t)leb_get_uint(&ip);
                print_fmt(pr, " %u", (unsigned)i);
                if (i < code->n_consts) {
                    obj_t c = code->consts[i];
                    if (obj_is_type_exact(c, &type_code)) {
                        print_fmt(pr, " (code %q)", ((const code_t *)OBJ_TO_PTR(c))->name);
                    } else {
                        print_fmt(pr, " (%R)", c);
                    }
                }
                break;
            }
            case OPK_JUMP: {
                int16_t d = (int16_t)(ip[0] | (ip[1] << 8));
                ip += 2;
                print_fmt(pr, " -> %u", (unsigned)((size_t)(ip - bc) + (size_t)(intptr_t)d));
                break;
            }
            default:
                break;
        }
        print_str(pr, "\n");
    }
    for (size_t i = 0; i < code->n_consts; i++) {
        obj_t c = code->consts[i];
        if (obj_is_type_exact(c, &type_code)) {
            code_dump(pr, OBJ_TO_PTR(c));
        }
    }
}
