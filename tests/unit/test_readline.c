// tests/unit/test_readline.c — board/readline.c through a fake readline_io_t:
// byte strings in, wire bytes and the resulting entry out, compared with the
// bytes of spec board-protocol.md §2.1–§2.5 and §2.10. A small loop
// (repl_entry) plays the lead's friendly REPL: prompt ">>> ", continuation
// "... " while readline_needs_more says so, Ctrl-C/Ctrl-D handling.
#include <string.h>
#include "tests/unit/unit.h"
#include "board/readline.h"
#include "core/types.h"

// ---------------------------------------------------------------- fake I/O
static const char *in_p;
static size_t in_n;
static char out_buf[1 << 16];
static size_t out_n;

static int fake_getc(void) {
    if (in_n == 0) {
        return -1;
    }
    in_n--;
    return (unsigned char)*in_p++;
}

static void fake_write(const char *s, size_t n) {
    if (out_n + n <= sizeof(out_buf)) {
        memcpy(out_buf + out_n, s, n);
        out_n += n;
    }
}

static const readline_io_t fake_io = {fake_getc, fake_write};

// Queue input bytes (a string literal: its length without the NUL).
#define INPUT(lit) set_input(lit, sizeof(lit) - 1)
static void set_input(const char *s, size_t n) {
    in_p = s;
    in_n = n;
    out_n = 0;
}

// Did the wire get exactly these bytes (since the last INPUT)?
#define OUT_IS(lit) out_is(lit, sizeof(lit) - 1, __LINE__)
static bool out_is(const char *s, size_t n, int line) {
    if (out_n == n && memcmp(out_buf, s, n) == 0) {
        return true;
    }
    printf("  line %d: wire was \"", line);
    for (size_t i = 0; i < out_n; i++) {
        unsigned char c = (unsigned char)out_buf[i];
        if (c >= 32 && c < 127 && c != '\\' && c != '"') {
            putchar(c);
        } else {
            printf("\\x%02x", c);
        }
    }
    printf("\"\n");
    return false;
}

static bool entry_is(vstr_t *v, const char *s) {
    if (v->len == strlen(s) && memcmp(v->buf, s, v->len) == 0) {
        return true;
    }
    printf("  entry was \"%.*s\"\n", (int)v->len, v->buf);
    return false;
}

// One friendly-REPL entry as pyexec does it. Returns readline's final
// result (0 = entry complete and to be executed).
static int repl_entry(vstr_t *entry) {
    vstr_clear(entry);
    int r = readline_line(entry, ">>> ", false);
    if (r != READLINE_ENTER) {
        return r;
    }
    while (readline_needs_more(entry->buf, entry->len)) {
        vstr_add_byte(entry, '\n');
        r = readline_line(entry, "... ", true);
        if (r == READLINE_CANCEL) {
            fake_write("\r\n", 2);
            return r;
        }
        if (r == 4 || r == READLINE_INTR) {
            return r == 4 ? 0 : r;
        }
    }
    return 0;
}

// One line at the primary prompt.
static int line1(vstr_t *entry) {
    vstr_clear(entry);
    return readline_line(entry, ">>> ", false);
}

static void run_main(const char *src) {
    map_t *g = rt_module_globals(rt_state.main_module);
    rt_exec_source(src, strlen(src), names_intern_cstr("<stdin>"), 0, g, g);
}

#define NM(s) (names_find(s, sizeof(s) - 1) != NAME_NULL)

static void test_basic(vstr_t *e) {
    // §2.1: echo, CR ends the line with "\r\n"
    INPUT("1+1\r");
    CHECK(line1(e) == READLINE_ENTER && OUT_IS(">>> 1+1\r\n") && entry_is(e, "1+1"));
    // LF alone ends a line too
    INPUT("x\n");
    CHECK(line1(e) == READLINE_ENTER && OUT_IS(">>> x\r\n") && entry_is(e, "x"));
    // CR LF counts once: the LF starting the next line is skipped silently
    INPUT("a\r\nb\r");
    CHECK(line1(e) == READLINE_ENTER && entry_is(e, "a"));
    CHECK(line1(e) == READLINE_ENTER && entry_is(e, "b") && OUT_IS(">>> a\r\n>>> b\r\n"));
    // LF CR counts once
    INPUT("c\n\rd\n");
    CHECK(line1(e) == READLINE_ENTER && line1(e) == READLINE_ENTER && entry_is(e, "d"));
    CHECK(OUT_IS(">>> c\r\n>>> d\r\n"));
    INPUT("\n\n");   // (after the LF that ended "d")
    CHECK(line1(e) == READLINE_ENTER && line1(e) == READLINE_ENTER && OUT_IS(">>> \r\n>>> \r\n"));
    // CR CR: two lines (the second empty); LF LF too
    INPUT("e\r\r");
    CHECK(line1(e) == READLINE_ENTER && line1(e) == READLINE_ENTER && entry_is(e, ""));
    CHECK(OUT_IS(">>> e\r\n>>> \r\n"));
    // CR LF CR LF: two lines
    INPUT("\r\n\r\nz\r");
    CHECK(line1(e) == READLINE_ENTER && line1(e) == READLINE_ENTER && line1(e) == READLINE_ENTER);
    CHECK(entry_is(e, "z") && OUT_IS(">>> \r\n>>> \r\n>>> z\r\n"));
    // bytes >= 0x80 and unused control bytes are ignored
    INPUT("a\xc3\xa9\x07\x0f\x1f" "b\r");
    CHECK(line1(e) == READLINE_ENTER && OUT_IS(">>> ab\r\n") && entry_is(e, "ab"));
    // getc giving up
    INPUT("ab");
    CHECK(line1(e) == READLINE_INTR && OUT_IS(">>> ab") && entry_is(e, "ab"));
}

static void test_ctrl_empty(vstr_t *e) {
    // §2.2: Ctrl-A..E on an empty line are returned, nothing echoed
    static const char keys[] = "\x01\x02\x03\x04\x05";
    for (int i = 0; i < 5; i++) {
        set_input(keys + i, 1);
        CHECK(line1(e) == i + 1 && OUT_IS(">>> ") && entry_is(e, ""));
    }
    // a line emptied again by editing counts as empty
    INPUT("x\x7f\x01");
    CHECK(line1(e) == 1 && OUT_IS(">>> x\b\x1b[K"));
    // the REPL's Ctrl-C output: "\r\n" from the caller, then the new prompt
    INPUT("\x03" "1\r");
    CHECK(repl_entry(e) == READLINE_CANCEL);
    fake_write("\r\n", 2);
    CHECK(repl_entry(e) == 0 && OUT_IS(">>> \r\n>>> 1\r\n") && entry_is(e, "1"));
}

static void test_editing(vstr_t *e) {
    // §2.3 emacs keys on a non-empty line
    INPUT("abc\x03");   // Ctrl-C cancels a non-empty line too
    CHECK(line1(e) == READLINE_CANCEL && OUT_IS(">>> abc"));
    INPUT("abc\x01\r");   // Ctrl-A home
    CHECK(line1(e) == 0 && OUT_IS(">>> abc\b\b\b\r\n") && entry_is(e, "abc"));
    INPUT("abc\x02X\r");   // Ctrl-B left, insert in the middle
    CHECK(line1(e) == 0 && OUT_IS(">>> abc\bXc\b\r\n") && entry_is(e, "abXc"));
    INPUT("abc\x01\x04\r");   // Ctrl-D deletes at the cursor
    CHECK(line1(e) == 0 && OUT_IS(">>> abc\b\b\b\x1b[Kbc\b\b\r\n") && entry_is(e, "bc"));
    INPUT("abc\x01\x05!\r");   // Ctrl-E end (re-sends the bytes passed over)
    CHECK(line1(e) == 0 && OUT_IS(">>> abc\b\b\babc!\r\n") && entry_is(e, "abc!"));
    INPUT("abc\x01\x06\x06Z\r");   // Ctrl-F right
    CHECK(line1(e) == 0 && OUT_IS(">>> abc\b\b\babZc\b\r\n") && entry_is(e, "abZc"));
    INPUT("abcdef\x02\x02\x02\x0b\r");   // Ctrl-K kill to end
    CHECK(line1(e) == 0 && OUT_IS(">>> abcdef\b\b\b\x1b[K\r\n") && entry_is(e, "abc"));
    INPUT("abcdef\x02\x02\x15\r");   // Ctrl-U kill to start
    CHECK(line1(e) == 0 && OUT_IS(">>> abcdef\b\b\b\b\b\b\x1b[Kef\b\b\r\n") && entry_is(e, "ef"));
    INPUT("ab\x7f\r");   // DEL at end of line: "\b\x1b[K"
    CHECK(line1(e) == 0 && OUT_IS(">>> ab\b\x1b[K\r\n") && entry_is(e, "a"));
    INPUT("ab\x08\r");   // BS the same
    CHECK(line1(e) == 0 && OUT_IS(">>> ab\b\x1b[K\r\n") && entry_is(e, "a"));
    INPUT("abc\x02\x08\r");   // backspace in the middle
    CHECK(line1(e) == 0 && OUT_IS(">>> abc\b\b\x1b[Kc\b\r\n") && entry_is(e, "ac"));
    INPUT("\x7f\x0bx\x06\x04\x0b\x1b[C\r");   // keys with nothing to act on send nothing
    CHECK(line1(e) == 0 && OUT_IS(">>> x\r\n") && entry_is(e, "x"));
    INPUT("abcdef\x01\r");   // moves of more than 4: ESC [ n D
    CHECK(line1(e) == 0 && OUT_IS(">>> abcdef\x1b[6D\r\n"));
    INPUT("abcd\x01\r");   // exactly 4: BS bytes
    CHECK(line1(e) == 0 && OUT_IS(">>> abcd\b\b\b\b\r\n"));
    INPUT("abcdefgh\x01\x04\r");   // long tail redraw moves back with ESC [ n D
    CHECK(line1(e) == 0 && OUT_IS(">>> abcdefgh\x1b[8D\x1b[Kbcdefgh\x1b[7D\r\n"));
}

static void test_escapes(vstr_t *e) {
    // §2.3 ESC sequences: arrows, the home/end variants, delete
    INPUT("abc\x1b[D\x1b[DX\x1b[C\x1b[CY\r");
    CHECK(line1(e) == 0 && OUT_IS(">>> abc\b\bXbc\b\bbcY\r\n") && entry_is(e, "aXbcY"));
    static const struct { const char *seq; bool home; } he[] = {
        {"\x1b[H", true}, {"\x1bOH", true}, {"\x1b[1~", true}, {"\x1b[7~", true},
        {"\x1b[F", false}, {"\x1bOF", false}, {"\x1b[4~", false}, {"\x1b[8~", false},
    };
    for (size_t i = 0; i < sizeof(he) / sizeof(he[0]); i++) {
        char buf[32];
        // for "end" start from home (Ctrl-A) so the move is visible
        size_t n = (size_t)snprintf(buf, sizeof(buf), "ab%s%s\r", he[i].home ? "" : "\x01", he[i].seq);
        set_input(buf, n);
        CHECK(line1(e) == 0);
        CHECK(he[i].home ? OUT_IS(">>> ab\b\b\r\n") : OUT_IS(">>> ab\b\bab\r\n"));
    }
    INPUT("abc\x01\x1b[3~\r");   // ESC [ 3 ~ delete
    CHECK(line1(e) == 0 && OUT_IS(">>> abc\b\b\b\x1b[Kbc\b\b\r\n") && entry_is(e, "bc"));
    INPUT("a\x1bxb\x1b[2~c\x1b[5;\x1b[Zd\r");   // unknown sequences are swallowed
    CHECK(line1(e) == 0 && entry_is(e, "abcd"));
    INPUT("\x1b[A\r");   // history keys with an empty history: nothing
    readline_init(&fake_io);
    CHECK(line1(e) == 0 && OUT_IS(">>> \r\n"));
}

static void test_history(vstr_t *e) {
    readline_init(&fake_io);
    INPUT("abc\rde\r");
    CHECK(line1(e) == 0 && line1(e) == 0);
    // up: newest first; up at the oldest: nothing; down back to an empty line
    INPUT("\x1b[A\x1b[A\x1b[A\x1b[B\x0e\x0e\r");
    CHECK(line1(e) == 0);
    CHECK(OUT_IS(">>> de\b\babc\b\b\b\x1b[Kde\b\b\x1b[K\r\n") && entry_is(e, ""));
    // Ctrl-P works as up; the recalled line can be edited
    INPUT("\x10!\r");
    CHECK(line1(e) == 0 && OUT_IS(">>> de!\r\n") && entry_is(e, "de!"));
    // a line equal to the newest entry is not stored again; empty lines never
    INPUT("de!\r\r\x1b[A\x1b[A\r");
    CHECK(line1(e) == 0 && line1(e) == 0 && line1(e) == 0 && entry_is(e, "de"));
    // 8 entries at most
    readline_init(&fake_io);
    INPUT("l1\rl2\rl3\rl4\rl5\rl6\rl7\rl8\rl9\rl10\r");
    for (int i = 0; i < 10; i++) {
        line1(e);
    }
    INPUT("\x10\x10\x10\x10\x10\x10\x10\x10\x10\x10\r");
    CHECK(line1(e) == 0 && entry_is(e, "l3"));
    // readline_init clears the history
    readline_init(&fake_io);
    INPUT("\x10\r");
    CHECK(line1(e) == 0 && entry_is(e, "") && OUT_IS(">>> \r\n"));
    // readline_push_history directly
    readline_push_history("xyz", 3);
    readline_push_history("", 0);
    INPUT("\x10\r");
    CHECK(line1(e) == 0 && entry_is(e, "xyz"));
}

static void test_needs_more(void) {
    static const struct { const char *s; bool more; } t[] = {
        {"1+1", false}, {"if x:", true}, {"if x:\n    pass", true}, {"if x:\n    pass\n", false},
        {"for i in range(2):", true}, {"while 1:", true}, {"try:", true}, {"with a:", true},
        {"def f():", true}, {"class A:", true}, {"async def f():", true}, {"@dec", true},
        {"ifx = 1", false}, {"for_ = 1", false}, {"if", true}, {"elif x:", false}, {"x = (", true},
        {"x = [1,\n2]", false}, {"{", true}, {"f(1))", false}, {"'('", false}, {"\"[\"", false},
        {"x = '(", false}, {"s = '''abc", true}, {"s = '''a\nb'''", false}, {"s = \"\"\"x", true},
        {"s = \"\"\"x\"\"\"", false}, {"x = 1 + \\", true}, {"a = '\\''", false},
        {"a = '''\\''''", false}, {"s = '''a\"\"\"'", true}, {"", false},
    };
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        bool got = readline_needs_more(t[i].s, strlen(t[i].s));
        if (got != t[i].more) {
            printf("  needs_more(\"%s\") = %d\n", t[i].s, got);
        }
        CHECK(got == t[i].more);
    }
}

static void test_auto_indent(vstr_t *e) {
    // §2.5 transcript: three Enters after the last statement
    INPUT("for i in range(2):\rprint(i)\r\r\r\r");
    CHECK(repl_entry(e) == 0);
    CHECK(OUT_IS(">>> for i in range(2):\r\n...     print(i)\r\n...     \r\n...     \r\n... \r\n"));
    CHECK(entry_is(e, "for i in range(2):\n    print(i)\n    \n    \n"));
    // shortcut: Backspace removes the 4 auto spaces, then Enter executes
    INPUT("for i in range(2):\rprint(i)\r\x7f\r");
    CHECK(repl_entry(e) == 0);
    CHECK(OUT_IS(">>> for i in range(2):\r\n...     print(i)\r\n...     \b\b\b\b\x1b[K\r\n"));
    CHECK(entry_is(e, "for i in range(2):\n    print(i)\n"));
    // nested levels: 8 spaces; backspace takes 4 at a time, then 1
    INPUT("if 1:\rif 2:\r\x7f\x7f\r");
    CHECK(repl_entry(e) == 0);
    CHECK(OUT_IS(">>> if 1:\r\n...     if 2:\r\n...         \b\b\b\b\x1b[K\b\b\b\b\x1b[K\r\n"));
    INPUT("if 1:\ra\x7f  \x7f\x7f\x03");   // 6 spaces: 4 go, then 1 of the 2 left
    CHECK(repl_entry(e) == READLINE_CANCEL);
    CHECK(OUT_IS(">>> if 1:\r\n...     a\b\x1b[K  \b\b\b\b\x1b[K\b\x1b[K\r\n"));
    CHECK(entry_is(e, "if 1:\n "));
    // indentation kept from the previous line; a dedent by hand is followed
    INPUT("if 1:\rif 2:\rx=1\r\x7fy=2\r\r\r\r");
    CHECK(repl_entry(e) == 0);
    CHECK(entry_is(e, "if 1:\n    if 2:\n        x=1\n    y=2\n    \n    \n"));
    // Backspace over indentation is 1 byte when text precedes the cursor
    INPUT("if 1:\rab  \x7f\x7f\x7f\x03");
    CHECK(repl_entry(e) == READLINE_CANCEL);
    CHECK(OUT_IS(">>> if 1:\r\n...     ab  \b\x1b[K\b\x1b[K\b\x1b[K\r\n"));
    // SPACE right after the auto-indent: not inserted, 3 auto spaces taken
    // back, auto-indent off for the rest of the entry
    INPUT("if 1:\r x=1\r\r");
    CHECK(repl_entry(e) == 0);
    CHECK(OUT_IS(">>> if 1:\r\n...     \b\b\b\x1b[Kx=1\r\n... \r\n"));
    CHECK(entry_is(e, "if 1:\n x=1\n"));
    // a pasted block with CR LF line ends keeps its own indentation (the LF
    // of a CR LF pair is not the key after the auto-indent)
    INPUT("for i in x:\r\n    print(i)\r\n\r\n");
    CHECK(repl_entry(e) == 0);
    CHECK(OUT_IS(">>> for i in x:\r\n...     \b\b\b\x1b[K   print(i)\r\n... \r\n"));
    CHECK(entry_is(e, "for i in x:\n    print(i)\n"));
    INPUT("1\r");   // (the final LF was swallowed as the pair of the CR)
    CHECK(line1(e) == 0 && OUT_IS(">>> 1\r\n"));
    INPUT("if 1:\n\r    pass\n\r\n\r");   // LF CR pairs too
    CHECK(repl_entry(e) == 0 && entry_is(e, "if 1:\n    pass\n"));
    // TAB right after the auto-indent: not inserted, spaces kept, auto-indent off
    INPUT("if 1:\r\tx=1\r\r");
    CHECK(repl_entry(e) == 0);
    CHECK(OUT_IS(">>> if 1:\r\n...     x=1\r\n... \r\n") && entry_is(e, "if 1:\n    x=1\n"));
    // ... and it comes back for the next entry
    INPUT("if 1:\r\x03");
    CHECK(repl_entry(e) == READLINE_CANCEL && OUT_IS(">>> if 1:\r\n...     \r\n"));
    // a SPACE later on the line is an ordinary space
    INPUT("if 1:\rx \r\x03");
    CHECK(repl_entry(e) == READLINE_CANCEL && OUT_IS(">>> if 1:\r\n...     x \r\n...     \r\n"));
    // §2.2 emptiness: the auto-indent counts as content (Ctrl-A = home)
    INPUT("if 1:\r\x01\x03");
    CHECK(repl_entry(e) == READLINE_CANCEL && OUT_IS(">>> if 1:\r\n...     \b\b\b\b\r\n"));
    // no auto-indent after a line without ':' and without indentation;
    // Ctrl-D on the empty continuation line finishes the entry
    INPUT("x = (1,\r2)\r");
    CHECK(repl_entry(e) == 0 && OUT_IS(">>> x = (1,\r\n... 2)\r\n") && entry_is(e, "x = (1,\n2)"));
    INPUT("x = [\r\x04");
    CHECK(repl_entry(e) == 0 && OUT_IS(">>> x = [\r\n... ") && entry_is(e, "x = [\n"));
    // Ctrl-C on a continuation line cancels the whole entry
    INPUT("def f():\rreturn 1\r\x03");
    CHECK(repl_entry(e) == READLINE_CANCEL);
    CHECK(OUT_IS(">>> def f():\r\n...     return 1\r\n...     \r\n"));
    // continuation lines go to the history one by one (with their indent)
    readline_init(&fake_io);
    INPUT("if 1:\rpass\r\r\r\r\x10\x10\r");
    CHECK(repl_entry(e) == 0 && line1(e) == 0 && entry_is(e, "    pass"));
}

static void test_completion(vstr_t *e) {
    // §2.10: a unique builtin
    INPUT("pri\t(1)\r");
    CHECK(line1(e) == 0 && OUT_IS(">>> print(1)\r\n") && entry_is(e, "print(1)"));
    // completion in the middle of a line
    INPUT("pri(1)\x02\x02\x02\t\r");
    CHECK(line1(e) == 0 && OUT_IS(">>> pri(1)\b\b\bnt(1)\b\b\b\r\n") && entry_is(e, "print(1)"));
    // TAB after whitespace (or at the start of the line) inserts 4 spaces
    INPUT("x =\t\r");
    CHECK(line1(e) == 0 && entry_is(e, "x ="));   // after '=': an empty word lists every name
    CHECK(out_n > 100 && memcmp(out_buf, ">>> x =\r\nArithmeticError ", 25) == 0);
    CHECK(memcmp(out_buf + out_n - 11, "\r\n>>> x =\r\n", 11) == 0);
    INPUT("x = \t\r");
    CHECK(line1(e) == 0 && entry_is(e, "x =     ") && OUT_IS(">>> x =     \r\n"));
    INPUT("\t\r");
    CHECK(line1(e) == 0 && entry_is(e, "    "));
    // __main__ globals; several matches: the list, then the prompt and line again
    run_main("abc_one = 1\nabc_two = 2\n");
    INPUT("abc_\t\x02\r");
    CHECK(line1(e) == 0);
    CHECK(OUT_IS(">>> abc_\r\nabc_one         abc_two\r\n>>> abc_\b\r\n"));
    // a common prefix longer than the word is inserted
    INPUT("ab\t\r");
    CHECK(line1(e) == 0);
    if (!NM("abd")) {   // abs, abc_one, abc_two -> only "ab" in common: a list
        CHECK(OUT_IS(">>> ab\r\nabs             abc_one         abc_two\r\n>>> ab\r\n"));
    }
    INPUT("abc\t\r");
    CHECK(line1(e) == 0 && OUT_IS(">>> abc_\r\n") && entry_is(e, "abc_"));
    // a word that already is the only match: nothing
    INPUT("abc_one\t\r");
    CHECK(line1(e) == 0 && OUT_IS(">>> abc_one\r\n"));
    // no match at all: nothing
    INPUT("qqzzq\t\r");
    CHECK(line1(e) == 0 && OUT_IS(">>> qqzzq\r\n"));
    // the layout: 16-column slots, a name of 15 bytes still leaves a gap of
    // at least 2, long names go to a new line, 64 columns at most
    run_main("lay_aaaaaaaaaaa = 1\nlay_b = 2\nlay_cccccccccccccccccccccccc = 3\n"
             "lay_d = 4\nlay_e = 5\nlay_f = 6\nlay_g = 7\n");
    INPUT("lay_\t\r");
    CHECK(line1(e) == 0);
    CHECK(OUT_IS(">>> lay_\r\nlay_aaaaaaaaaaa                 lay_b"
                 "\r\nlay_cccccccccccccccccccccccc    lay_d           lay_e"
                 "\r\nlay_f           lay_g\r\n>>> lay_\r\n"));
    // dotted names: attributes of a module in __main__
    run_main("import math\n");
    INPUT("math.sq\t\r");
    CHECK(line1(e) == 0 && OUT_IS(">>> math.sqrt\r\n") && entry_is(e, "math.sqrt"));
    INPUT("x = math.pi\t\r");   // "pi" is complete: nothing
    CHECK(line1(e) == 0 && OUT_IS(">>> x = math.pi\r\n"));
    // an empty prefix after a dot lists names, hiding those starting with '_'
    run_main("class K:\n    _hidden = 1\n    alpha = 2\n    beta = 3\n");
    INPUT("K.\t\r");
    CHECK(line1(e) == 0 && OUT_IS(">>> K.\r\nalpha           beta\r\n>>> K.\r\n"));
    INPUT("K._\t\r");
    CHECK(line1(e) == 0 && entry_is(e, "K._"));   // many dunders + _hidden
    INPUT("K._hi\t\r");
    CHECK(line1(e) == 0 && entry_is(e, "K._hidden"));
    // attributes of an instance, of a str literal's type via a name
    run_main("k = K()\nk.gamma = 4\ns = 'x'\n");
    INPUT("k.ga\t\r");
    CHECK(line1(e) == 0 && entry_is(e, "k.gamma"));
    INPUT("s.startsw\t\r");
    CHECK(line1(e) == 0 && entry_is(e, "s.startswith"));
    INPUT("str.endsw\t\r");   // a builtin as the first word
    CHECK(line1(e) == 0 && entry_is(e, "str.endswith"));
    // unknown first word / attribute: nothing
    INPUT("nosuchthing.x\t\r");
    CHECK(line1(e) == 0 && OUT_IS(">>> nosuchthing.x\r\n"));
    INPUT("math.nosuch.x\t\r");
    CHECK(line1(e) == 0 && OUT_IS(">>> math.nosuch.x\r\n"));
    // a class's __getattr__ is never run by completion
    run_main("calls = 0\nclass G:\n    def __getattr__(self, n):\n        global calls\n"
             "        calls += 1\n        return 5\ng = G()\n");
    INPUT("g.real.\t\r");
    CHECK(line1(e) == 0 && OUT_IS(">>> g.real.\r\n"));
    map_t *gl = rt_module_globals(rt_state.main_module);
    CHECK(map_get(gl, OBJ_NAME(names_intern_cstr("calls"))) == obj_new_small_int(0));
    // a property that raises: no completion, no exception
    run_main("class P:\n    @property\n    def bad(self):\n        raise ValueError\np = P()\n");
    INPUT("p.bad.x\t\r");
    CHECK(line1(e) == 0 && OUT_IS(">>> p.bad.x\r\n"));
    // "imp" TAB completes "import " (first word, nothing else matches)
    INPUT("imp\t\r");
    CHECK(line1(e) == 0 && OUT_IS(">>> import \r\n") && entry_is(e, "import "));
    // after "import ": built-in module names
    INPUT("import mat\t\r");
    CHECK(line1(e) == 0 && entry_is(e, "import math"));
    INPUT("import micropyth\t\r");
    CHECK(line1(e) == 0 && entry_is(e, "import micropython"));
    INPUT("import m\t\r");   // several modules start with "m": listed
    CHECK(line1(e) == 0 && out_n > 40 && memcmp(out_buf, ">>> import m\r\nm", 15) == 0);
    CHECK(memcmp(out_buf + out_n - 16, "\r\n>>> import m\r\n", 16) == 0);
    INPUT("import uti\t\r");   // the uX aliases are not offered
    CHECK(line1(e) == 0 && OUT_IS(">>> import uti\r\n"));
    INPUT("import \t\r");   // TAB after whitespace: 4 spaces, as everywhere
    CHECK(line1(e) == 0 && OUT_IS(">>> import     \r\n"));
    // "import" is not offered after other text
    INPUT("x = imp\t\r");
    CHECK(line1(e) == 0 && entry_is(e, "x = imp"));
    // TAB on a continuation line after text completes too
    INPUT("if 1:\rabc_o\t\x03");
    CHECK(repl_entry(e) == READLINE_CANCEL && OUT_IS(">>> if 1:\r\n...     abc_one\r\n"));
    // many matches on a continuation line: the prompt "... " and the line again
    INPUT("if 1:\rx=abc_\t\x03");
    CHECK(repl_entry(e) == READLINE_CANCEL);
    CHECK(OUT_IS(">>> if 1:\r\n...     x=abc_\r\nabc_one         abc_two\r\n...     x=abc_\r\n"));
}

int main(void) {
    UNIT_START(8 << 20);
    readline_init(&fake_io);
    vstr_t entry;
    vstr_init(&entry, 16);
    test_basic(&entry);
    test_ctrl_empty(&entry);
    test_editing(&entry);
    test_escapes(&entry);
    test_history(&entry);
    test_needs_more();
    test_auto_indent(&entry);
    readline_init(&fake_io);
    test_completion(&entry);
    UNIT_END();
}
