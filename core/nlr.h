// core/nlr.h — non-local return: how Python exceptions travel through C.
// A linked stack of jump buffers on the C stack. nlr_push() returns 0 when
// the buffer is set and nonzero when control comes back through nlr_jump();
// buf.ret_val then holds the exception object. Every successful nlr_push must
// be matched by exactly one nlr_pop on the normal path.
//   nlr_buf_t nlr;
//   if (nlr_push(&nlr) == 0) { ...; nlr_pop(); } else { obj_t exc = nlr.ret_val; ... }
// Locals changed between nlr_push and a jump must be volatile to be read after.
#ifndef KILN_NLR_H
#define KILN_NLR_H

#include <setjmp.h>
#include "core/obj.h"

typedef struct nlr_buf_s {
    struct nlr_buf_s *prev;
    obj_t ret_val;
    jmp_buf jb;
} nlr_buf_t;

extern nlr_buf_t *nlr_top;

static inline void nlr_link(nlr_buf_t *buf) { buf->prev = nlr_top; nlr_top = buf; }
#define nlr_push(buf) (nlr_link(buf), setjmp((buf)->jb))
static inline void nlr_pop(void) { nlr_top = nlr_top->prev; }
NORETURN void nlr_jump(obj_t val);

#endif
