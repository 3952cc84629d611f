// core/compile.h — source text to code object (lexer, parser, scope, emitter).
#ifndef KILN_COMPILE_H
#define KILN_COMPILE_H

#include "core/obj.h"

typedef enum {
    COMPILE_FILE = 0,     // a module: statements
    COMPILE_SINGLE = 1,   // one interactive entry: expression statements print (PRINT_EXPR)
    COMPILE_EVAL = 2,     // one expression; the code returns its value
} compile_mode_t;

// Compile source to a module-level code object (CODE_MODULE). On a syntax
// error raises SyntaxError (or IndentationError) carrying a traceback entry
// (filename, line, no block name), so it prints as MicroPython does:
//   File "<stdin>", line 1
//   SyntaxError: invalid syntax
obj_t compile_source(const char *src, size_t len, name_t filename, compile_mode_t mode);
// Print the disassembly of every compiled module to stderr (kiln -d).
void compile_set_debug(int on);

#endif
