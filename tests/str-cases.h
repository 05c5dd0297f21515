/* tests/str-cases.h — string and memory cases, compiled into tests/rt/str.c
 * (ours) and tests/host/str.c (glibc). Results are printed as signs and
 * offsets so that both sides print the same thing for the same answer. */
S("")
S("a")
S("hello, world")
S("\x80\xff high bytes")
S("tab\there")
S("a/b/c")
S("/leading")
S("trailing/")
S("no-slash")
P("abc", "abd")
P("abc", "abc")
P("abc", "ab")
P("", "a")
P("\x80", "\x7f")
P("\xff", "a")
P("same-prefix-long", "same-prefix")
