#!/usr/bin/env bats
# env against GNU env 9.1: every option, the odd cases GNU gets right, in the
# C locale and in C.UTF-8 (quotes ‘’ and which bytes print as themselves).
load helper

setup() {
	qemu_shared
}

# both_locales ARGS...: same_as_gnu env ARGS in LC_ALL=C and LC_ALL=C.UTF-8
both_locales() {
	local l
	for l in C C.UTF-8; do
		LC_ALL=$l same_as_gnu env "$@" || { echo "(in LC_ALL=$l)"; return 1; }
	done
}

@test "env vs GNU: '' is not found (127), not 'Permission denied'" {
	both_locales ''
	both_locales -i ''
	both_locales -i PATH= ''
	both_locales -i PATH=/nonexistent ''
}

@test "env vs GNU: a command name longer than NAME_MAX is 126 ENAMETOOLONG; with a slash, the kernel's answer" {
	local long
	long=$(printf 'a%.0s' $(seq 4096))
	both_locales "$long"
	both_locales "$(printf 'b%.0s' $(seq 256))"
	both_locales "$(printf 'c%.0s' $(seq 255))"
	both_locales "/tmp/$long"
}

@test "env vs GNU: -0 with a command is refused (125)" {
	both_locales -0 true
	both_locales -0 -C / true
	both_locales -i -0 A=1
}

@test "env vs GNU: -u is checked after the options: -u '' --help, -u A=B, -i -u ''" {
	# GNU prints its help before it looks at what -u named
	run sg env -u '' --help
	assert_success
	assert_line --index 0 --partial 'env'
	both_locales -u '' true
	both_locales -u A=B true
	both_locales -u 'é=' true
	both_locales -i -u '' true
	both_locales -i -u '' -u X=1
}

@test "env vs GNU: long options resolve exactly as GNU's table (ambiguous --i, --ig; unique --ignore-e, --de)" {
	both_locales --i true
	both_locales --ig true
	both_locales --ignore true
	both_locales --ignore-e A=1
	both_locales --de true
	both_locales --deb true
	both_locales --nu -i A=1
	both_locales --un=A -i A=1
	both_locales --lis true
	both_locales --li true
	both_locales --b true
	both_locales --block true
	both_locales --sp 'printf %s\n a' b
	both_locales --bogus
	both_locales --ignore-environment=x
	both_locales --help=x
}

@test "env vs GNU: -S splits, quotes, escapes, expands and comments" {
	local s
	for s in 'printf <%s>\n a b' "printf <%s>\\n 'a b' \"c d\"" 'printf <%s>\n a\_b' \
		'printf <%s>\n "a\_b" "a\tb" "a\nb"' "printf <%s>\\n 'a\\_b' 'a\\tb' 'a\\\\b' 'a\\'b'" \
		'printf <%s>\n "a\"b" "a\#b" \#c a#b' 'printf <%s>\n x #comment y' \
		'printf <%s>\n a\cb c' 'printf <%s>\n "" x ""' 'printf <%s>\n a"b c"d'"'e'" \
		'printf <%s>\n "${HOME}" ${HOME}x '"'\${HOME}'" 'printf <%s>\n ${NOPE_X}' \
		'printf <%s>\n \f\r\v\$\\' '   printf   <%s>\n   spaced   '; do
		both_locales -S "$s" || return 1
		both_locales -i HOME=/h -S "$s" || return 1
	done
}

@test "env vs GNU: -S errors: unterminated quote, lone backslash, bad escape, \\c in quotes, bad \${}" {
	local s
	for s in 'a "b' "a 'b" 'a\' 'a\q' '"a\c"' 'a${X' 'a$X' '${1X}' '${}' '${X' 'a$'; do
		both_locales -S "$s" || return 1
	done
}

@test "env vs GNU: -S options inside the string, clustered -vS, and what follows it" {
	both_locales -S'-i A=1 B=2'
	both_locales -S'-u HOME -i printenv HOME' X
	both_locales -vS'-i A=1 printenv A'
	both_locales -v -S'-i' -S'-0'
	both_locales -S '' -i A=1
	both_locales -S '#only a comment' -i B=2
	both_locales -S
}

@test "env vs GNU: a #! line's options without -S: 'use -[v]S' hint" {
	both_locales 'a b'
	both_locales "$(printf 'a\tb')"
	both_locales -S "'a b'"
}

@test "env vs GNU: -v says each step: cleaning, unset, setenv, split, expanding, chdir, executing" {
	both_locales -v -i A=1 true
	both_locales -v -u A -u B X=1 true
	both_locales -v -u A -u B - X=1 true
	both_locales -v -C / -S 'true a "b c" ${HOME}'
	both_locales -v -S'printenv ${NOPE}x' -i
	both_locales -v -i
	both_locales --debug -C /nonexistent true
	both_locales -vv true
	both_locales -v "$(printf 'x\ty\303\251\377')" arg
}

@test "env vs GNU: --default-signal, --ignore-signal, --block-signal with -v, in order, with failures" {
	both_locales -v --default-signal=INT,13 --ignore-signal=HUP --block-signal=USR1 true
	both_locales -v --default-signal=INT --block-signal=INT true
	both_locales -v --block-signal=INT --default-signal=INT true
	both_locales -v --ignore-signal=KILL true
	both_locales -v --default-signal=STOP true
	both_locales -v --block-signal=KILL true
	both_locales -v --default-signal true
	both_locales -v --ignore-signal true
	both_locales -v --block-signal true
	both_locales -v --block-signal= true
	both_locales -v --block-signal=INT,,HUP, true
}

@test "env vs GNU: signal names and numbers as GNU reads them" {
	local s
	for s in HUP SIGHUP sighup Int IOT IO CLD POLL STKFLT RTMIN RTMAX RTMIN+0 RTMIN+15 RTMIN+16 \
		RTMIN+30 RTMIN+31 RTMAX-0 RTMAX-15 RTMAX-16 RTMAX-30 RTMAX-31 RTMIN-1 RTMAX+1 1 05 31 32 33 34 \
		64 65 0 +5 ' 5' 0x5 -1 UNUSED EMT SIG '' RTMIN+ RTMIN++1; do
		both_locales -v --block-signal="$s" true || return 1
	done
}

@test "env vs GNU: --list-signal-handling shows what the command inherits" {
	# qemu-user keeps the top real-time signals for itself (7.2 two, 10.0
	# four): a guest cannot block them, so GNU's env runs under qemu too
	export SG_ORACLE_QEMU=1
	both_locales --ignore-signal=HUP --block-signal=USR1 --list-signal-handling true
	both_locales --ignore-signal=INT --block-signal=INT --list-signal-handling true
	both_locales --ignore-signal --list-signal-handling true
	both_locales --block-signal --list-signal-handling true
	both_locales -v --list-signal-handling -i true
}

# bats test_tags=native-only
@test "env vs GNU: the command really inherits the mask and the actions (/proc/self/status)" {
	# qemu-user keeps the guest's mask and actions to itself: the host
	# process it execs gets qemu's own, not the guest's
	skip_under_qemu "qemu-user does not hand the guest's signal mask and actions to an exec'd host program"
	same_as_gnu env --block-signal=INT,USR2 grep -E '^Sig(Blk|Ign)' /proc/self/status
	same_as_gnu env --ignore-signal=TERM,RTMIN+3 grep -E '^Sig(Blk|Ign)' /proc/self/status
	run sg env --block-signal=INT env --default-signal=INT grep SigBlk /proc/self/status
	assert_output "$(env --block-signal=INT env --default-signal=INT grep SigBlk /proc/self/status)"
	run sg env --ignore-signal=INT env --default-signal=INT grep SigIgn /proc/self/status
	assert_output "$(env --ignore-signal=INT env --default-signal=INT grep SigIgn /proc/self/status)"
}

@test "env vs GNU: -C with and without a command, quoted in both locales" {
	both_locales -C /
	both_locales -C / -i PATH=/bin:/usr/bin pwd
	both_locales -C "$(printf '/no\tsuch')" true
	both_locales -C /nonexistent -i
	both_locales -C
}

@test "env vs GNU: error lines quote operands as GNU does in C and C.UTF-8 (escapes, octal, ‘’)" {
	local n
	for n in "a'b" 'a\b' "$(printf 'a\tb\303\251\377\302\205c')" "$(printf '\344\270\255\342\200\250x\357\277\276')" \
		"$(printf '\360\237\230\200\355\240\200\300\200\001\177')"; do
		both_locales "$n" || return 1
	done
}

@test "env vs GNU: which locale applies: LC_ALL, then LC_CTYPE, then LANG; a missing locale is C" {
	local v
	for v in "LC_ALL=C.UTF-8" "LC_ALL= LC_CTYPE=C.UTF-8" "LC_CTYPE=C LANG=C.UTF-8" "LC_CTYPE= LANG=C.UTF-8" \
		"LANG=C.utf8" "LANG=en_US.UTF-8" "LANG=xx_YY.UTF-8" "LANG=C.UTF8" "LANG=POSIX"; do
		(unset LC_ALL LC_CTYPE LANG; export $v; same_as_gnu env 'x y') || { echo "with $v"; return 1; }
	done
}
