#!/usr/bin/env bats
# bin/minish against dash (the oracle): the same command line given to
# `dash -c` and `minish -c` must give the same stdout, the same stderr (dash's
# name replaced by minish's in its own error lines) and the same exit status.
# The lines are generated: every atom through every filter, every redirection,
# every connector, plus hand-picked quoting, syntax and error cases.
load helper

setup() {
	qemu_shared
	command -v dash >/dev/null || skip "dash is not installed (the oracle)"
	[ -x "$BIN/minish" ] || skip "bin/minish is not built"
	T=$BATS_TEST_TMPDIR
	bad=0 total=0
}

# all_lines: one command line per line on stdin (or one_line CMD for each).
# Each line runs under `dash -c` and `minish -c` in two fresh directories
# holding the same file "in"; then stdout, stderr and status are compared.
# Processes are few on purpose (the suite runs on loaded machines): outputs
# go to files named by the line's number, compared with one diff at the end.
# In the qemu pass (each start costs ~0.4 s) every 4th generated line runs;
# the hand-written lists run whole in both passes (SG_EVERY=1).
one_line() {
	printf '%s\0' "$1" >>"$T/queue"
}
all_lines() {
	local c
	while IFS= read -r c; do
		one_line "$c"
	done
	run_queue
}
run_queue() {
	local -a L
	local i n every=1 d
	[ -n "${SG_QEMU:-}" ] && every=${SG_EVERY:-4}
	mapfile -d '' -t L <"$T/queue"
	rm -f "$T/queue"
	n=${#L[@]}
	[ "$n" -gt 0 ] || { echo "no command lines"; return 1; }
	mkdir -p "$T/r/dash" "$T/r/minish"
	for ((i = 0; i < n; i += every)); do
		mkdir "$T/wdash$i" "$T/wminish$i" &&	# one process for both
			printf 'b\na\nc\n' >"$T/wdash$i/in" && printf 'b\na\nc\n' >"$T/wminish$i/in"
		(cd "$T/wdash$i" && exec dash -c "${L[i]}") >"$T/r/dash/$i.out" 2>"$T/r/dash/$i.err" </dev/null \
			&& echo 0 >"$T/r/dash/$i.st" || echo $? >"$T/r/dash/$i.st"
		(cd "$T/wminish$i" && sg minish -c "${L[i]}") >"$T/r/minish/$i.out" 2>"$T/r/minish/$i.err" </dev/null \
			&& echo 0 >"$T/r/minish/$i.st" || echo $? >"$T/r/minish/$i.st"
		total=$((total + 1))
	done
	# minish names itself in its own error lines, dash too (they can land in
	# stdout or in a file through 2>&1, so every output file is edited)
	find "$T/r/minish" -name '*.[oe][ur][tr]' -size +0 -exec sed -i 's/^minish: \([0-9]*\): /dash: \1: /' {} +
	if ! diff -r "$T/r/dash" "$T/r/minish" >"$T/diff"; then
		for f in $(diff -rq "$T/r/dash" "$T/r/minish" | sed -E 's|.*/([0-9]+)\.[a-z]+ and .*|\1|' | sort -un); do
			bad=$((bad + 1))
			printf 'differs: %q\n' "${L[f]}"
			diff <(cat "$T/r/dash/$f".{out,err,st}) <(cat "$T/r/minish/$f".{out,err,st}) | head -6
		done
	fi
	rm -rf "$T/r" "$T"/w*
	echo "$bad of $total command lines differ"
	[ "$bad" -eq 0 ]
}

# the simple commands the generated lines are made of: output on stdout
# and stderr, exit statuses 0, 1, 2, 3, 126, 127 and a signal death
ATOMS=(
	"echo a b"
	"printf '%s\n' 'x y' z"
	"true"
	"false"
	"nosuch"
	"./nosuch"
	"/etc"
	"sh -c 'exit 3'"
	"cat nofile"
	"cat in"
	"seq 3"
	"sh -c 'kill -9 \$\$'"
	"sh -c 'kill -15 \$\$'"
)
FILTERS=("cat" "wc -l" "tr a-z A-Z" "head -1" "sort -r" "grep -c 1" "sh -c 'cat; exit 5'")
REDIRS=(">out" ">>out" "2>err" "2>&1" "<in" ">/nonexist/x" "<nofile" "2>/" "1>&2" ">out 2>&1" "2>&1 >out" "3>out >&3")

@test "minish vs dash: every atom piped into every filter, then \$?" {
	local a f
	for a in "${ATOMS[@]}"; do
		for f in "${FILTERS[@]}"; do
			echo "$a | $f; echo \$?"
		done
		echo "$a | cat | cat | wc -c; echo \$?"
	done | all_lines
}

@test "minish vs dash: every atom with every redirection, then \$? and the files" {
	local a r
	for a in "${ATOMS[@]}"; do
		for r in "${REDIRS[@]}"; do
			echo "$a $r; echo \$?; cat out err 2>&1"
		done
	done | all_lines
}

@test "minish vs dash: every atom joined to four others by ; && ||" {
	local a b
	for a in "${ATOMS[@]}"; do
		for b in "echo a b" "false" "nosuch" "cat nofile"; do
			echo "$a; $b; echo \$?"
			echo "$a && $b; echo \$?"
			echo "$a || $b; echo \$?"
		done
	done | all_lines
}

@test "minish vs dash: two-line scripts given to -c (line numbers in errors)" {
	local a b
	for a in "echo a" "nosuch" "false" "cat nofile"; do
		for b in "nosuch" "echo \$?" "exit 7" "cd /nonexist" "echo x |" "| echo"; do
			one_line "$a
$b"
			one_line "$a
   
$b"
		done
	done
	SG_EVERY=1 run_queue
}

@test "minish vs dash: quoting, backslashes and \$ expansion" {
	SG_EVERY=1 all_lines <<'EOF'
printf '[%s]\n' a"b"c'd'\e
printf '[%s]\n' "a b" 'c  d' e\ f
printf '[%s]\n' "" '' x
printf '[%s]\n' "\$x" '\$x' \$x "a\"b" "a\\b" "a\b"
printf '[%s]\n' $? "$?" '$?' ${?} "${?}x"
false; printf '[%s]\n' $? "$?"
sh -c 'exit 42'; printf '[%s]\n' $?
printf '[%s]\n' $ "$" a$ "a$"
printf '[%s]\n' $HOME "$HOME" ${HOME}x
printf '[%s]\n' $NOSUCH "$NOSUCH" x$NOSUCH
printf '[%s]\n' a#b #c
printf '[%s]\n' "a
b"
printf '[%s]\n' 'a
b'
printf '[%s]\n' a\
b
printf '[%s]\n' "a\
b"
printf '[%s]\n' \\ \' \" "'" '"'
printf '[%s]\n' a\;b "a|b" 'a>b' a\&b
echo a\
EOF
}

@test "minish vs dash: syntax errors (status 2, dash's message and line)" {
	SG_EVERY=1 all_lines <<'EOF'
|
echo a |
echo a | | b
;
; echo a
echo a ;;
;;
echo >
echo <
echo >> ;
echo a > > b
echo a &&
echo a ||
&& echo a
echo )
echo "abc
echo 'abc
echo a >&file
echo a; echo b |
echo a 2>&x
EOF
}

@test "minish vs dash: cd and exit, and their errors" {
	SG_EVERY=1 all_lines <<'EOF'
cd /tmp; pwd
cd /; pwd; cd /etc && pwd
cd /nonexist; echo $?
cd /etc/passwd; echo $?
cd /nonexist 2>/dev/null; echo $?
cd / >/nonexist/x; echo after $?
cd /tmp /etc; pwd
cd; pwd
exit
exit 0
exit 7
exit 255
exit 256
exit 1 2
exit abc
exit -1
exit 2147483648
false; exit
sh -c 'exit 9'; exit
exit 3; echo no
exit 3 >/nonexist/x; echo after $?
echo a | exit 4; echo $?
cd /tmp | cat; ls in
EOF
}

@test "minish vs dash: redirections only, and to closed or bad descriptors" {
	SG_EVERY=1 all_lines <<'EOF'
>out; cat out; echo $?
>out echo a; cat out
echo a >out; echo b >>out; cat out
echo a >/nonexist/x; echo $?
<nofile; echo $?
echo a >&9; echo $?
cat <&-; echo $?
echo a 2>&1 >/dev/null
echo a 1>&2 2>/dev/null
cat <in >out; cat out
sort <in | head -1
echo a >/
echo a 2>/ 
EOF
}

@test "minish vs dash: the same script read from standard input" {
	printf '%s\n' 'echo one' 'nosuch' 'false; echo $?' 'cat in | sort' 'cd /nonexist' 'exit 6' 'echo never' >"$T/script"
	printf 'b\na\nc\n' >"$T/in"
	(cd "$T" && dash <script >d.out 2>d.err) || echo $? >"$T/d.st"
	(cd "$T" && sg minish <script >m.out 2>m.err) || echo $? >"$T/m.st"
	sed -i 's/^minish: /dash: /' "$T/m.err"
	cmp "$T/d.out" "$T/m.out" && cmp "$T/d.err" "$T/m.err" && cmp "$T/d.st" "$T/m.st"
}

@test "minish vs dash: a script file with arguments (\$0 names it in errors)" {
	printf '%s\n' 'printf "[%s]\n" "$1" "$2" $#' 'nosuch' 'exit 3' >"$T/s.sh"
	(cd "$T" && dash s.sh a 'b c' >d.out 2>d.err) || echo $? >"$T/d.st"
	(cd "$T" && sg minish s.sh a 'b c' >m.out 2>m.err) || echo $? >"$T/m.st"
	cmp "$T/d.out" "$T/m.out" && cmp "$T/d.err" "$T/m.err" && cmp "$T/d.st" "$T/m.st"
	run sg minish "$T/nosuch.sh"
	assert_failure 2
	assert_output "minish: 0: cannot open $T/nosuch.sh: No such file"
	run dash "$T/nosuch.sh"
	assert_output "dash: 0: cannot open $T/nosuch.sh: No such file"
}

@test "minish vs dash: a file without #! is run as a script (ENOEXEC)" {
	printf 'echo from script "$1"\nexit 4\n' >"$T/plain"
	chmod +x "$T/plain"
	one_line "$T/plain arg; echo \$?"
	run_queue
}

# bats test_tags=native-only
@test "minish vs strace: a pipeline is pipe2, two forks, dup2s, two execve, two wait4" {
	skip_unless_ptrace
	# -ff: one file per process, so that no line is split by another's
	PATH=/usr/bin:/bin strace -ff -qq -e trace=pipe2,fork,dup2,close,execve,wait4 -o "$T/tr" \
		"$BIN/minish" -c 'echo a | wc -c' >"$T/out" 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-
	[ "$(cat "$T/out")" = 2 ]
	local shell kids
	shell=$(grep -l 'execve(".*minish"' "$T"/tr.*)
	kids=$(grep -L 'minish' "$T"/tr.*)
	grep -Eq '^pipe2\(\[3, 4\], 0\) += 0$' "$shell"
	[ "$(grep -Ec '^fork\(\) += [0-9]+$' "$shell")" -eq 2 ]
	[ "$(grep -Ec '^wait4\(-1, \[\{WIFEXITED\(s\) && WEXITSTATUS\(s\) == 0\}\], 0, NULL\) += [0-9]+$' "$shell")" -eq 2 ]
	grep -q '^dup2(4, 1) *= 1$' $kids
	grep -q '^dup2(3, 0) *= 0$' $kids
	grep -q '^execve("/usr/bin/echo", \["echo", "a"\]' $kids
	grep -q '^execve("/usr/bin/wc", \["wc", "-c"\]' $kids
}

@test "minish --help: the help block says where it differs from dash" {
	run sg minish --help
	assert_success
	assert_line --partial "Usage: minish -c COMMANDS"
	assert_output --partial "Where it differs from dash"
	run sg minish -x
	assert_failure 2
	assert_line "minish: invalid option -- 'x'"
}
