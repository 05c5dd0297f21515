#!/usr/bin/env bats
# tests/trace-stack.bats — trace -k (--stack-traces) against strace 6.1 -k,
# line by line: each shown call's stack, one " > FILE(SYMBOL+0xOFF) [0xADDR]"
# line per frame, unwound from the mapped files' .eh_frame. bin/trace-vs-strace
# masks addresses of 6+ hex digits on both sides alike (most [0xADDR] file
# offsets have fewer and are compared as they are). Under qemu-x86_64 there
# is no ptrace: these tests skip there.
# bats file_tags=native-only
load helper
bats_require_minimum_version 1.5.0

setup() {
	skip_unless_ptrace
	cd "$BATS_TEST_TMPDIR" || return 1
}

@test "trace -k vs strace: a coreutils program, frames in libc.so.6 and the stripped /usr/bin/echo, exit_group's stack after +++ exited" {
	vs_strace -k -e trace=write,exit_group /bin/echo hi
}

@test "trace -k vs strace: the project's own static echo, no .eh_frame: one frame, named from .symtab" {
	vs_strace -k -e trace=write,exit_group "$BIN/echo" hi
	# the frames are there, with the runtime's symbols
	run "$BIN/trace" -k -e trace=write "$BIN/echo" hi
	assert_line --regexp '^ > .*/bin/echo\(sys_write\+0x[0-9a-f]+\) \[0x[0-9a-f]+\]$'
}

@test "trace -k vs strace: execve's stack taken at its entry, in the old program ((+0x0) for frames without a symbol)" {
	vs_strace -k -e trace=execve,write sh -c 'exec /bin/echo hi'
}

@test "trace -k vs strace: a signal's stack, after its --- line" {
	vs_strace -k -e trace=kill sh -c 'kill -USR1 $$'
}

@test "trace -k vs strace: python3 loading a library: the mappings re-read after mmap" {
	vs_strace -k -e trace=openat,exit_group /usr/bin/python3 -S -c 'import _json'
}

# C++ frames: strace demangles (GNU's demangler, not verbose: std::string,
# std::ostream); apt-cache is a C++ program whose frames pass through
# libapt-pkg, libapt-private and libstdc++ (templates, packs, function
# pointers, references collapsed)
@test "trace -k vs strace: C++ names demangled as strace does (apt-cache)" {
	command -v apt-cache >/dev/null || skip "no apt-cache (a C++ program) here"
	vs_strace -k -e trace=write,openat apt-cache --version
	run "$BIN/trace" -k -e trace=write,openat apt-cache --version
	assert_line --partial '(std::'
}

# The vDSO has no file: no symbol, "[vdso]() [0xOFF]", and no CFI for
# strace's libunwind, which guesses the frame from rbp and then takes the
# caller's rsp-based CFA 16 bytes above the old one, not above rbp: the
# third frame is a stack word, "unexpected_backtracing_error [0xADDR]".
# trace takes the same steps, so that the lines match. Then a stack deeper
# than strace's 256 frames. (One python3 run for both, to save time.)
@test "trace -k vs strace: a call from the vDSO (clock_gettime's fallback), libunwind's guess after it; 'too many stack frames'" {
	local prog='import os, time
time.process_time()
f = lambda n: os.getppid() if n == 0 else list(map(f, [n - 1]))
f(100)'
	vs_strace -k -e trace=clock_gettime,getppid /usr/bin/python3 -S -c "$prog"
	run "$BIN/trace" -k -e trace=clock_gettime,getppid /usr/bin/python3 -S -c "$prog"
	assert_line --regexp '^ > \[vdso\]\(\) \[0x[0-9a-f]+\]$'
	assert_line --regexp '^ > unexpected_backtracing_error \[0x[0-9a-f]+\]$'
	assert_line ' > too many stack frames'
}

@test "trace -k -f vs strace: a child's exit and execve, the parent's wait4" {
	vs_strace -k -f -e trace=execve,exit_group,wait4 -e signal=none sh -c '/bin/true; :'
}

@test "trace -k -c: no effect, said as strace says it" {
	run -0 strace -k -c -o /dev/null true
	want=${lines[0]/#strace:/$BIN/trace:}
	run -0 "$BIN/trace" -k -c -o /dev/null true
	assert_equal "${lines[0]}" "$want"
}
