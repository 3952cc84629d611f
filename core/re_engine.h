// core/re_engine.h — the regular-expression engine behind the `re` module:
// a compiler from pattern text to a program of fixed-size instructions
// (core/re_compile.c), and a backtracking matcher that runs it
// (core/re_engine.c).
//
// A compiled program is one noscan GC heap block (no pointers inside): a
// header, the instructions, the character-class tables and the group names.
// Positions are byte offsets into the subject (UTF-8 for str subjects, whose
// characters are decoded as code points; raw bytes otherwise). Matching uses
// an explicit backtrack stack in the heap, never C recursion, and raises
// RuntimeError when that stack would pass a cap; compiling recurses only as
// deep as the pattern nests, bounded too.
#ifndef KILN_RE_ENGINE_H
#define KILN_RE_ENGINE_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "core/obj.h"

// Flags (CPython's values).
#define RE_FLAG_I 2      // IGNORECASE
#define RE_FLAG_L 4      // LOCALE (rejected)
#define RE_FLAG_M 8      // MULTILINE
#define RE_FLAG_S 16     // DOTALL
#define RE_FLAG_U 32     // UNICODE (implied for str patterns)
#define RE_FLAG_X 64     // VERBOSE
#define RE_FLAG_DEBUG 128
#define RE_FLAG_A 256    // ASCII

typedef struct re_prog_s re_prog_t;

// Compile pat[0..len) (core/re_compile.c). *flags: the caller's flags in,
// the effective flags out (inline flags such as (?i) added, U added for str patterns). Raises
// through re_engine_raise (defined by the module) on a bad pattern.
re_prog_t *re_compile_pattern(const char *pat, size_t len, bool is_bytes, int *flags);

// Raise re.error(msg) for a pattern; pos is a byte offset into it. Defined
// in core/mod_re.c. pos (size_t)-1: an error about the whole pattern (no
// position); pat NULL: a ValueError (bad flags).
NORETURN void re_engine_raise(const char *msg, const char *pat, size_t pat_len, bool is_bytes, size_t pos);

// Number of capturing groups (group 0 not counted).
size_t re_engine_ngroups(const re_prog_t *prog);
// The i-th named group (i from 0): false when there are no more.
bool re_engine_group_name(const re_prog_t *prog, size_t i, const char **name, size_t *len, size_t *group);

// Match modes.
#define RE_MATCH 0       // anchored at pos
#define RE_SEARCH 1      // first match at or after pos
#define RE_FULLMATCH 2   // anchored at pos and ending at end
// Exec options.
#define RE_EXEC_NOT_EMPTY_AT_POS 1   // no empty match starting at pos (iteration after an empty match)

// Run prog over s[0..end) starting at byte offset pos (characters before
// pos are seen by lookbehind and \b). On a match fill caps[0..2*(ngroups+1))
// with byte offsets (-1 for groups that did not take part), *lastindex
// with the last group closed (-1 if none) and return true.
bool re_engine_exec(const re_prog_t *prog, const char *s, size_t end, size_t pos, int mode,
                    int options, intptr_t *caps, intptr_t *lastindex);

// ---------------------------------------------------------------- program format
// Shared by the compiler (core/re_compile.c) and the matcher (core/re_engine.c)
// only. A program is one noscan block: struct re_prog_s, then
// inst_t code[ninst], int32_t cls[ncls], char names[names_len].
enum {
    OP_CHAR,       // a = code point (folded when IC)
    OP_ANY,        // fl DOTALL: also newline
    OP_CLASS,      // a = offset into the class table
    OP_ASSERT,     // x = AS_* kind
    OP_SPLIT,      // try a, then b
    OP_JMP,        // a
    OP_SAVE,       // a = slot (odd slots close group a/2: lastindex)
    OP_BACKREF,    // a = group
    OP_REP1,       // a = min, b = max (-1 = none); the single-char matcher follows
    OP_REP_START,  // a = register: counter = 0, mark = -1
    OP_REP_TEST,   // a = register, b = exit pc; next instruction holds min, max;
                   // required iterations go to pc + 3, optional ones to pc + 2
    OP_REP_DATA,   // a = min, b = max (-1 = none)
    OP_REP_MARK,   // a = register: mark = position where an optional iteration began
    OP_REP_INC,    // a = register, b = pc of REP_TEST
    OP_LOOK,       // x = LK_* kind, a = continuation pc, b = width (lookbehind)
    OP_LOOK_END,
    OP_COND,       // a = group, b = pc of the "no" branch
    OP_MATCH,
};

#define FL_IC 1        // ignore case
#define FL_DOTALL 2
#define FL_GREEDY 4
#define FL_ASCII 8     // \b, \w...: ASCII only

enum { AS_BOL, AS_MBOL, AS_EOL, AS_MEOL, AS_BEGIN, AS_END, AS_WORDB, AS_NWORDB };
enum { LK_AHEAD, LK_NAHEAD, LK_BEHIND, LK_NBEHIND, LK_ATOMIC };

// Class table entry at offset o: [o] = number of ranges, [o+1] = CL_* bits,
// then the ranges as (lo, hi) pairs.
#define CL_NEG 1
#define CL_D 2
#define CL_ND 4
#define CL_W 8
#define CL_NW 16
#define CL_S 32
#define CL_NS 64
#define CL_ASCII 128

typedef struct {
    uint8_t op;
    uint8_t fl;
    uint16_t x;
    int32_t a, b;
} inst_t;

struct re_prog_s {
    uint32_t ninst, ncls, names_len, ngroups, nslots;
    uint8_t anchored;      // matches only at offset 0 (\A, ^ without M)
    uint8_t unicode;       // decode subjects as UTF-8
    uint8_t has_first;     // every match starts with a byte in `first`
    uint8_t pad;
    uint8_t first[32];     // bitmap of the bytes a match can start with
    // inst_t code[ninst]; int32_t cls[ncls]; char names[names_len]
};

static inline const inst_t *re_prog_code(const re_prog_t *p) {
    return (const inst_t *)(p + 1);
}
static inline const int32_t *re_prog_cls(const re_prog_t *p) {
    return (const int32_t *)(re_prog_code(p) + p->ninst);
}
static inline const char *re_prog_names(const re_prog_t *p) {
    return (const char *)(re_prog_cls(p) + p->ncls);
}
// Is c in the class table entry at cls (ic: ignoring case)?
bool re_engine_in_class(const int32_t *cls, uint32_t c, bool ic);
// Case folding as the matcher does it (ascii: only A-Z fold).
uint32_t re_engine_fold(uint32_t c, bool ascii);
uint32_t re_engine_unfold(uint32_t c, bool ascii);
// Does c match anything but itself under IGNORECASE?
bool re_engine_cased(uint32_t c, bool ascii);

#endif
