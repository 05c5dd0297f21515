#!/usr/bin/env bats
# sandbox against what the kernel does: a denied call fails with the errno
# chosen (as strace sees it, and as GNU tools report it), a killed program
# dies by SIGSYS (status 159, strace's "+++ killed by SIGSYS +++"), allowed
# programs run unchanged; bin/trace and strace tracing a sandboxed program;
# errors and exit statuses in GNU env's form. Under qemu-user there is no
# seccomp(2) (ENOSYS on QEMU 7.2 and 10.0): one test checks sandbox says so.
load helper

# no_seccomp_here: the qemu passes skip what needs the kernel's seccomp
no_seccomp_here() {
	skip_under_qemu "qemu-user does not implement seccomp(2) (ENOSYS), so no filter can be installed"
}

@test "sandbox --help is the opening comment; --version" {
	run sg sandbox --help
	assert_success
	assert_line --index 0 'sandbox — run a program under a seccomp filter'
	assert_line 'Usage: sandbox [OPTION]... [PROG [ARG]...]'
	run sg sandbox --version
	assert_success
	assert_output --regexp '^sandbox \(sysgate\) '
}

@test "sandbox vs GNU env: PROG not found is 127, not runnable is 126, same messages" {
	local e s
	for p in nosuch-prog-xyz /nonexistent/x /tmp; do
		e=$(gnu env "$p" 2>&1) && es=0 || es=$?
		s=$(sg sandbox -d write "$p" 2>&1) && ss=0 || ss=$?
		[ "$ss" = "$es" ] || fail "$p: env exits $es, sandbox $ss"
		[ "$s" = "${e/#env:/sandbox:}" ] || fail "$p: env said '$e', sandbox '$s'"
	done
}

@test "sandbox: GNU-form usage errors, exit 125 (an unknown call, an unknown errno, --allow with --deny)" {
	run sg sandbox -d read,nosuchcall true
	assert_failure 125
	assert_line --index 0 "sandbox: invalid system call 'nosuchcall'"
	assert_line --index 1 "Try 'sandbox --help' for more information."
	run sg sandbox -e EFOO -d write true
	assert_failure 125
	assert_line --index 0 "sandbox: invalid errno 'EFOO'"
	run sg sandbox -a read -d write true
	assert_failure 125
	assert_line --index 0 "sandbox: --allow and --deny cannot be used together"
	run sg sandbox
	assert_failure 125
	assert_line --index 0 "sandbox: missing operand"
}

@test "sandbox under qemu-user: seccomp(2) is ENOSYS, sandbox says so and exits 125 (QEMU 7.2 and 10)" {
	[ -n "${SG_QEMU:-}" ] || skip "this is the qemu passes' fact; natively the filter goes in"
	run sg sandbox -d write true
	assert_failure 125
	assert_output "sandbox: cannot install the filter: Function not implemented"
}

# bats test_tags=native-only
@test "sandbox --deny write vs strace: GNU echo's write fails with EPERM, and its error message too (status 1)" {
	no_seccomp_here
	run sg sandbox -d write /bin/echo hi
	assert_failure 1
	assert_output ''
	skip_unless_ptrace
	strace -f -qq -e trace=write -o "$BATS_TEST_TMPDIR/t" "$BIN/sandbox" -d write /bin/echo hi || true
	run cat "$BATS_TEST_TMPDIR/t"
	assert_line --regexp '^[0-9]+ +write\(1, "hi\\n", 3\) += -1 EPERM \(Operation not permitted\)$'
	assert_line --regexp '^[0-9]+ +write\(2, "write error", 11\) += -1 EPERM \(Operation not permitted\)$'
}

# bats test_tags=native-only
@test "sandbox --errno EACCES vs GNU ls and strace: getdents64 refused, ls says 'Permission denied' (status 2)" {
	no_seccomp_here
	run sg sandbox -d getdents64 -e EACCES ls /
	assert_failure 2
	assert_output "ls: reading directory '/': Permission denied"
	skip_unless_ptrace
	strace -qq -e trace=getdents64 -o "$BATS_TEST_TMPDIR/t" "$BIN/sandbox" -d getdents64 -e EACCES ls / 2>/dev/null || true
	run cat "$BATS_TEST_TMPDIR/t"
	assert_line --regexp '^getdents64\([0-9]+, 0x[0-9a-f]+, [0-9]+\) += -1 EACCES \(Permission denied\)$'
}

# bats test_tags=native-only
@test "sandbox --errno by number (95) is the kernel's EOPNOTSUPP: GNU mkdir's message, nothing created" {
	no_seccomp_here
	local d=$BATS_TEST_TMPDIR/made
	run sg sandbox -d mkdir,mkdirat -e 95 mkdir "$d"
	assert_failure 1
	assert_output "mkdir: cannot create directory '$d': Operation not supported"
	[ ! -e "$d" ]
	# the same list by class: %file holds mkdir and mkdirat, but GNU mkdir is
	# dynamic and its loader's openat is in %file too: it cannot even start
	run -127 sg sandbox -d %file mkdir "$d"
	assert_output --regexp '^mkdir: error while loading shared libraries: lib[a-z0-9_.-]*\.so\.[0-9]+: cannot open shared object file: Operation not permitted$'
	[ ! -e "$d" ]
}

# bats test_tags=native-only
@test "sandbox --deny %file: our static cat still copies stdin, each file open fails as GNU cat words it" {
	no_seccomp_here
	PATH=$BIN:$PATH run sg sandbox -d %file cat - /etc/passwd - <<<"from stdin"
	assert_failure 1
	assert_line --index 0 "from stdin"
	assert_line --index 1 "cat: /etc/passwd: Operation not permitted"
}

# bats test_tags=native-only
@test "sandbox --kill vs the shell and strace: death by SIGSYS is status 159, '+++ killed by SIGSYS +++'" {
	no_seccomp_here
	# (run: bash reports the death, and bats would take it for a failure)
	run bash -c '"$1" -k -d mkdir,mkdirat mkdir "$2"; echo "status $?"' sh "$BIN/sandbox" "$BATS_TEST_TMPDIR/k"
	assert_line "status 159"
	[ ! -e "$BATS_TEST_TMPDIR/k" ]
	skip_unless_ptrace
	run strace -qq -e trace=mkdir -o "$BATS_TEST_TMPDIR/t" "$BIN/sandbox" -k -d mkdir /bin/mkdir "$BATS_TEST_TMPDIR/k"
	assert_failure 159
	run cat "$BATS_TEST_TMPDIR/t"
	# the call's line, then the death (strace 6.1 shows what rax held: the number, 83)
	assert_line --index 0 --regexp "^mkdir\\(\"$BATS_TEST_TMPDIR/k\", 0777\\) += "
	assert_line --index 1 '+++ killed by SIGSYS +++'
}

# bats test_tags=native-only
@test "sandbox --trap: SIGSYS with si_syscall and si_arch, as strace reports it" {
	no_seccomp_here
	skip_unless_ptrace
	run strace -qq -e trace=none -o "$BATS_TEST_TMPDIR/t" "$BIN/sandbox" -t -d mkdir /bin/mkdir "$BATS_TEST_TMPDIR/t2"
	assert_failure 159
	run cat "$BATS_TEST_TMPDIR/t"
	assert_line --regexp '^--- SIGSYS \{si_signo=SIGSYS, si_code=SYS_SECCOMP, si_call_addr=0x[0-9a-f]+, si_syscall=__NR_mkdir, si_arch=AUDIT_ARCH_X86_64\} ---$'
	assert_line --regexp '^\+\+\+ killed by SIGSYS( \(core dumped\))? \+\+\+$'
}

# bats test_tags=native-only
@test "sandbox: allowed programs run unchanged (GNU sort, od; a --allow list just big enough for our echo)" {
	no_seccomp_here
	local in=$BATS_TEST_TMPDIR/in
	seq 1000 | shuf --random-source=/dev/zero >"$in"
	diff <(sort -n "$in" | od -c) <("$BIN/sandbox" -d ptrace,mount,kexec_load,%network sort -n "$in" | od -c)
	run sg sandbox -a execve,write,exit_group "$BIN/echo" hello
	assert_success
	assert_output hello
	# one call short: echo's write fails, and so does its error message
	run sg sandbox -a execve,exit_group "$BIN/echo" hello
	assert_failure 1
	assert_output ''
}

@test "sandbox --print: the program by hand (ABI check, our execve, one jeq/ret pair per call)" {
	run sg sandbox -p -d read,write -e EACCES
	assert_success
	assert_line --index 0 --regexp '^ pc  instruction +meaning$'
	assert_line --index 1 --regexp '^  0  ld \[4\] +A = arch$'
	assert_line --index 2 --regexp '^  1  jeq #0xc000003e jt 3 jf 2 +arch == AUDIT_ARCH_X86_64\?$'
	assert_line --index 3 --regexp '^  2  ret #0x80000000 +return KILL_PROCESS$'
	assert_line --index 7 --regexp '^  6  jeq #0x3b jt 7 jf 13 +nr == execve \(59\)\?$'
	assert_line --index 14 --regexp '^ 13  jeq #0 jt 14 jf 15 +nr == read \(0\)\?$'
	assert_line --index 15 --regexp '^ 14  ret #0x5000d +return ERRNO\(EACCES\)$'
	assert_line --index 16 --regexp '^ 15  jeq #0x1 jt 16 jf 17 +nr == write \(1\)\?$'
	assert_line --index 18 --regexp '^ 17  ret #0x7fff0000 +return ALLOW$'
	[ "${#lines[@]}" -eq 19 ]
	# --allow: the listed calls ALLOW, the rest get the action
	run sg sandbox -p -k -a read
	assert_line --regexp '^ 14  ret #0x7fff0000 +return ALLOW$'
	assert_line --regexp '^ 15  ret #0x80000000 +return KILL_PROCESS$'
	# strace's %network class: the 19 calls man strace's list gives for x86-64
	run sg sandbox -p -d %network
	[ "$(grep -c 'nr == ' <<<"$output")" -eq $((1 + 19)) ]
	assert_line --regexp 'nr == accept4 \(288\)\?$'
}

# bats test_tags=native-only
@test "sandbox --trace: ENOSYS under strace and bin/trace -e trace= (no seccomp stops asked), the call runs under strace and bin/trace -f --seccomp-bpf" {
	no_seccomp_here
	skip_unless_ptrace
	strace -f -qq -e trace=write -o "$BATS_TEST_TMPDIR/a" "$BIN/sandbox" -T -d write /bin/echo hi >/dev/null || true
	run cat "$BATS_TEST_TMPDIR/a"
	assert_line --regexp '^[0-9]+ +write\(1, "hi\\n", 3\) += -1 ENOSYS \(Function not implemented\)$'
	# a tracer that asked for seccomp stops (PTRACE_O_TRACESECCOMP) lets the call go on
	run strace -f -qq --seccomp-bpf -e trace=write -o "$BATS_TEST_TMPDIR/b" "$BIN/sandbox" -T -d write /bin/echo hi
	assert_success
	assert_output hi
	# bin/trace -e trace= gives the program what strace -e trace= gives it,
	# -f or not: its filter's TRACE verdict with no tracer asking, ENOSYS
	for f in -f ""; do
		# shellcheck disable=SC2086
		strace $f -qq -e trace=write -o "$BATS_TEST_TMPDIR/a" "$BIN/sandbox" -T -d write /bin/echo hi >/dev/null || true
		# shellcheck disable=SC2086
		"$BIN/trace" $f -qq -e trace=write -o "$BATS_TEST_TMPDIR/c" "$BIN/sandbox" -T -d write /bin/echo hi >/dev/null || true
		diff <(sed -E 's/^[0-9]+ +//' "$BATS_TEST_TMPDIR/a") <(sed -E 's/^[0-9]+ +//' "$BATS_TEST_TMPDIR/c")
	done
	# and bin/trace -f --seccomp-bpf, as strace's: the call goes on, shown
	# or not
	for set in write openat; do
		strace -f -qq --seccomp-bpf -e trace=$set -o "$BATS_TEST_TMPDIR/s" "$BIN/sandbox" -T -d write /bin/echo hi >s.out
		run "$BIN/trace" -f -qq --seccomp-bpf -e trace=$set -o "$BATS_TEST_TMPDIR/t" "$BIN/sandbox" -T -d write /bin/echo hi
		assert_success
		assert_output hi
		[ "$set" = openat ] ||
			diff <(sed -E 's/^[0-9]+ +//' "$BATS_TEST_TMPDIR/s") <(sed -E 's/^[0-9]+ +//' "$BATS_TEST_TMPDIR/t")
	done
}

# bats test_tags=native-only
@test "bin/trace vs strace on a sandboxed program: prctl, seccomp {len=N, filter=...}, the refused calls (trace-vs-strace)" {
	no_seccomp_here
	skip_unless_ptrace
	run "$BIN/trace-vs-strace" "$BIN/sandbox" -d write /bin/echo hi
	assert_success
	assert_line --regexp '^([0-9]+)/\1 lines identical$'
	run "$BIN/trace-vs-strace" "$BIN/sandbox" -k -e EACCES -d mkdir /bin/mkdir "$BATS_TEST_TMPDIR/v"
	assert_success
	run "$BIN/trace-vs-strace" -e trace=prctl,seccomp "$BIN/sandbox" -d %network /bin/true
	assert_success
	assert_line --regexp '^3/3 lines identical$'	# execve, prctl, seccomp
}
