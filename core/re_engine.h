// core/re_engine.h — the regular-expression engine behind the `re` module:
// a compiler from pattern text to a program of fixed-size instructions, and
// a backtracking matcher that runs it.
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

// Compile pat[0..len). *flags: the caller's flags in, the effective flags
// out (inline flags such as (?i) added, U added for str patterns). Raises
// through re_engine_raise (defined by the module) on a bad pattern.
re_prog_t *re_engine_compile(const char *pat, size_t len, bool is_bytes, int *flags);

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

#endif
