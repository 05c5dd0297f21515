#!/usr/bin/env bats
# true, false, echo, pwd, env against GNU coreutils on the same arguments.
load helper

@test "true vs GNU: exit status, with and without arguments" {
	same_as_gnu true
	same_as_gnu true x y --help
}

@test "false vs GNU: exit status 1, also for ignored arguments" {
	same_as_gnu false
	same_as_gnu false --bogus x
}

@test "true/false --help: exit status as GNU (0 and 1), text on stdout" {
	run sg true --help
	assert_success
	assert_line --partial "Usage: true"
	run sg false --help
	assert_failure 1
	assert_line --partial "Usage: false"
}

@test "echo vs GNU: plain words, -n, empty arguments" {
	same_as_gnu echo hello world
	same_as_gnu echo
	same_as_gnu echo -n no newline
	same_as_gnu echo "" "" x
	same_as_gnu echo -- -n
}

@test "echo vs GNU: option words only from n, e, E" {
	same_as_gnu echo -nx a
	same_as_gnu echo -nEe 'a\tb'
	same_as_gnu echo -eE 'a\tb'
	same_as_gnu echo -n -e 'x\ny'
	same_as_gnu echo - a
	same_as_gnu echo a -n
}

@test "echo vs GNU: -e escapes" {
	same_as_gnu echo -e 'tab\there' 'nl\nx' 'bs\\' 'alert\a' 'b\b' 'esc\e' 'ff\f' 'cr\r' 'vt\v'
	same_as_gnu echo -e 'oct\0101\01\0' 'oct4\01234' 'hex\x41\x4a\x4' 'nohex\xg' 'unknown\q\z'
	same_as_gnu echo -e 'stop\chere' never
	same_as_gnu echo -e 'trailing\'
}

@test "echo vs GNU: --help/--version only alone" {
	same_as_gnu echo --help x
	same_as_gnu echo --version x
	run sg echo --version
	assert_success
	assert_output --partial "echo (sysgate)"
}

@test "pwd vs GNU: default -P, -P, -L with PWD set and unset" {
	d=$BATS_TEST_TMPDIR/real
	mkdir -p "$d"
	ln -s "$d" "$BATS_TEST_TMPDIR/link"
	cd "$BATS_TEST_TMPDIR/link"
	same_as_gnu pwd
	same_as_gnu pwd -P
	PWD=$BATS_TEST_TMPDIR/link same_as_gnu pwd -L
	PWD=$BATS_TEST_TMPDIR/link same_as_gnu pwd -LP
	PWD=$BATS_TEST_TMPDIR/link/../link same_as_gnu pwd -L
	PWD=/ same_as_gnu pwd -L
	same_as_gnu pwd -z
	same_as_gnu pwd --bogus
}

@test "env vs GNU: prints the environment it is given" {
	same_as_gnu env -i A=1 B='two words' C=
	same_as_gnu env -i A=1 A=2
	same_as_gnu env -i -0 A=1 B=2
	same_as_gnu env -i - X=y
	# bash sets _ to the program it ran; qemu-user reverses the environment's order
	FOO=bar SG_ORACLE_QEMU=1 same_as_gnu env -u FOO -u HOME -u _
}

@test "env vs GNU: runs a program with the new environment" {
	same_as_gnu env -i PATH=/usr/bin:/bin A=1 printenv A
	same_as_gnu env -i PATH=/usr/bin:/bin A=1 sh -c 'echo "$A" $#' x y
	same_as_gnu env -i /usr/bin/printenv
	same_as_gnu env -C / -i PATH=/bin pwd
}

@test "env vs GNU: missing program 127, not executable 126, bad use 125" {
	same_as_gnu env nosuchprogram
	same_as_gnu env -i nosuchprogram
	same_as_gnu env /etc/passwd
	same_as_gnu env ./nosuch/path
	same_as_gnu env -u
	same_as_gnu env -u A=B
	same_as_gnu env --bogus
	same_as_gnu env -C /nonexistent true
}

@test "write error on stdout: GNU's message and status 1 (/dev/full)" {
	for t in echo pwd env; do
		gnu $t >/dev/full 2>"$BATS_TEST_TMPDIR/gnu.err" && gs=0 || gs=$?
		sg $t >/dev/full 2>"$BATS_TEST_TMPDIR/sg.err" && ss=0 || ss=$?
		assert_equal "$ss" "$gs"
		assert_equal "$(cat "$BATS_TEST_TMPDIR/sg.err")" "$(cat "$BATS_TEST_TMPDIR/gnu.err")"
	done
}
