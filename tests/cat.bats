#!/usr/bin/env bats
# cat against GNU cat (coreutils) on fixtures built here: same stdout bytes,
# stderr and exit status, for every option, through every way cat copies
# (file to file, into a pipe, out of a pipe, to /dev/null), and its errors.
load helper

setup_file() {
	local d=$BATS_FILE_TMPDIR/fx i
	mkdir -p "$d"
	cd "$d" || return 1
	# every byte value, with and without newlines between them
	printf "$(printf '\\%o' $(seq 0 255))" > bytes	# (one printf: 256 subshells cost seconds)
	{ cat bytes; echo; cat bytes bytes; echo x; } > allbytes
	: > empty
	printf 'no newline at the end' > nonl
	printf 'dos\r\nline\r\n\r\nlone\rcr\r\r\n\rtrailing cr\r' > crlf
	printf '\n\n\nA\n\nB\n\n\n\n\nC\n \n\t\n\n' > blanks
	printf 'x' > x
	printf '\n\n' > nl2
	# longer than any buffer cat has: 3 MiB of every byte but newline
	for i in 1 2 3 4; do cat bytes bytes bytes bytes; done > b4k
	tr -d '\n' < b4k > b4k.nonl && printf 'b4k.nonl\n%.0s' $(seq 768) | xargs cat > longline && rm b4k.nonl
	# a \r exactly at the end of a 128 KiB read, its \n in the next one
	{ head -c 131071 /dev/zero | tr '\0' a; printf '\r\n\r'; } > cr_at_edge
	# several MiB of lines of all lengths
	seq 1 400000 | awk '{ printf "%s%s", $0, (NR % 7 ? "\t" : "\n") } NR % 13 == 0 { print "" }' > text
	cat text allbytes longline > multi
}

setup() {
	qemu_shared
	cd "$BATS_FILE_TMPDIR/fx"
}

FIXTURES="allbytes empty nonl crlf blanks x nl2 longline cr_at_edge text"

@test "cat vs GNU: no options, each fixture alone and all in one run" {
	for f in $FIXTURES multi; do same_as_gnu cat "$f"; done
	same_as_gnu cat $FIXTURES
}

@test "cat vs GNU: every option alone on every fixture" {
	for o in -n -b -s -v -E -T -A -e -t -u; do
		same_as_gnu cat $o $FIXTURES
		for f in allbytes crlf blanks nonl cr_at_edge; do same_as_gnu cat $o "$f"; done
	done
}

@test "cat vs GNU: long options and clustered short ones" {
	for o in --number --number-nonblank --squeeze-blank --show-nonprinting --show-ends \
		--show-tabs --show-all --num --show-n; do
		same_as_gnu cat $o allbytes crlf blanks
	done
	for o in -nE -bs -ns -sA -vET -bn -nb -et -Ab -snbTv -uA "-n -b" "-E -v -T"; do
		same_as_gnu cat $o allbytes crlf blanks nonl x nl2
	done
}

@test "cat vs GNU: line numbers, -s and unfinished lines carry across files" {
	for o in "" -n -b -s -ns -bs -E -A; do
		same_as_gnu cat $o x x nl2 blanks nl2 nonl blanks x
		same_as_gnu cat $o nl2 nl2 nl2 empty nl2
	done
}

@test "cat vs GNU: -E shows \\r\\n as ^M\$, also split between files and reads" {
	printf 'a\r' > "$BATS_TEST_TMPDIR/cr1"
	printf '\nb\r\n\r\r\n\r' > "$BATS_TEST_TMPDIR/cr2"
	for o in -E -TE -e -A -nE; do
		same_as_gnu cat $o "$BATS_TEST_TMPDIR/cr1" "$BATS_TEST_TMPDIR/cr2"
		same_as_gnu cat $o "$BATS_TEST_TMPDIR/cr2" "$BATS_TEST_TMPDIR/cr1" "$BATS_TEST_TMPDIR/cr1"
		same_as_gnu cat $o cr_at_edge crlf
	done
}

@test "cat vs GNU: -E on a pipe whose writes split \\r from \\n" {
	local o
	for o in -E -TE -nE; do
		g=$({ printf 'a\r'; sleep 0.05; printf '\nb\r'; sleep 0.05; printf 'c\r\r'; sleep 0.05; printf '\n\r'; } | gnu cat $o)
		s=$({ printf 'a\r'; sleep 0.05; printf '\nb\r'; sleep 0.05; printf 'c\r\r'; sleep 0.05; printf '\n\r'; } | sg cat $o)
		[ "$g" = "$s" ]
	done
	[ "$g" = "$(printf '     1\ta^M$\n     2\tb\rc\r^M$\n     3\t\r')" ]
}

# -n reading a pipe: a line must come out while the writer still holds the
# pipe open (GNU checks FIONREAD; we flush before each read that may wait).
shows_line_early() {
	local who=$1 t=$BATS_TEST_TMPDIR i
	rm -f "$t/in" "$t/out"
	mkfifo "$t/in"
	$who cat -n < "$t/in" > "$t/out" &
	exec 4>"$t/in"
	printf 'one\n' >&4
	for i in $(seq 50); do [ -s "$t/out" ] && break; sleep 0.1; done
	local got
	got=$(cat "$t/out")
	exec 4>&-
	wait
	[ "$got" = "$(printf '     1\tone')" ]
}

@test "cat vs GNU: -n on a pipe writes each line before the input ends" {
	shows_line_early gnu
	shows_line_early sg
}

@test "cat vs GNU: formatting a multi-MiB file and a 3 MiB line" {
	for o in -n -b -s -A -vE -T; do same_as_gnu cat $o multi; done
}

@test "cat vs GNU: line numbers past 999999 widen the column" {
	seq 1 1000500 > "$BATS_TEST_TMPDIR/many"
	same_as_gnu cat -n "$BATS_TEST_TMPDIR/many"
	same_as_gnu cat -b nl2 "$BATS_TEST_TMPDIR/many" nl2 x
}

@test "cat vs GNU: - reads standard input, again and again without reopening" {
	for o in "" -n -A; do
		same_as_gnu -i crlf cat $o
		same_as_gnu -i crlf cat $o -
		same_as_gnu -i crlf cat $o x - nonl - x
		same_as_gnu -i blanks cat $o -- - x -
	done
	# from a pipe (splice): the same bytes as the files hold
	cat text | sg cat - x - > "$BATS_TEST_TMPDIR/out"
	cat text x | cmp - "$BATS_TEST_TMPDIR/out"
	cat text | sg cat -n - x - > "$BATS_TEST_TMPDIR/out"
	cat text x | cat -n | cmp - "$BATS_TEST_TMPDIR/out"
}

@test "cat vs GNU: -- ends options; a file named -n" {
	printf 'dash n\n' > "$BATS_TEST_TMPDIR/-n"
	cd "$BATS_TEST_TMPDIR"
	same_as_gnu cat -- -n
	same_as_gnu cat -E -- -n -
	same_as_gnu cat ./-n -n
}

@test "cat vs GNU: missing files and directories, going on with the rest" {
	mkdir -p "$BATS_TEST_TMPDIR/dir"
	same_as_gnu cat missing
	same_as_gnu cat x missing x
	same_as_gnu cat "$BATS_TEST_TMPDIR/dir"
	same_as_gnu cat -n x "$BATS_TEST_TMPDIR/dir" x missing nonl
	same_as_gnu cat nonl/x
	same_as_gnu cat ""
}

@test "cat vs GNU: errors in 2>&1 come after the output before them" {
	for o in "" -n; do
		gnu cat $o x missing x >"$BATS_TEST_TMPDIR/g" 2>&1 || true
		sg cat $o x missing x >"$BATS_TEST_TMPDIR/s" 2>&1 || true
		cmp "$BATS_TEST_TMPDIR/g" "$BATS_TEST_TMPDIR/s"
	done
}

@test "cat vs GNU: file names in error lines are quoted as GNU quotes them" {
	local names=() i
	for i in $(seq 32 126); do names+=("a$(printf "\\$(printf %o "$i")")b"); done
	names+=(' x' '#x' '#' '~x' 'a~' '{' '}' '{x' "'" "a'b c" "a'b\$c" "a'b~" "a'b@c" "{'"
		$'a\nb' $'a\tb\'c' $'\xe9x' $'a\x01' $'\x01' $'a\x01\'b' $'\a\b\f\r\v' $'a\x80\xffb' '')
	same_as_gnu cat "${names[@]}"
}

@test "cat vs GNU: permission denied" {
	[ "$(id -u)" = 0 ] || skip "needs root to drop to another user"
	# bats's own temp dirs are private (0700): use one that user nobody can enter
	local d
	d=$(mktemp -d /tmp/cat-perm.XXXXXX)
	chmod 755 "$d"
	echo hidden > "$d/secret"
	echo open > "$d/open"
	chmod 600 "$d/secret"
	chmod 644 "$d/open"
	local drop="setpriv --reuid=65534 --regid=65534 --clear-groups"
	g=$($drop bash -c 'exec -a cat /usr/bin/cat "$@"' - "$d/secret" "$d/open" 2>&1; echo "rc=$?")
	if [ -n "${SG_QEMU:-}" ]; then
		s=$($drop qemu-x86_64 -0 cat "$(public_bin cat)" "$d/secret" "$d/open" 2>&1; echo "rc=$?")
	else
		s=$($drop bash -c 'exec -a cat "$0" "$@"' "$(public_bin cat)" "$d/secret" "$d/open" 2>&1; echo "rc=$?")
	fi
	rm -rf "$d"
	[ "$g" = "$s" ]
	[[ "$g" == *"secret: Permission denied"*open*"rc=1" ]]
}

@test "cat vs GNU: bad options, --help and --version" {
	same_as_gnu cat -z
	same_as_gnu cat -nz x
	same_as_gnu cat --bogus
	same_as_gnu cat --show-ends=yes
	same_as_gnu cat --show
	run sg cat --help
	assert_success
	assert_line --partial "Usage: cat"
	run sg cat --version x
	assert_success
	assert_output "cat (sysgate) 0.1"
}

@test "cat vs GNU: write error to /dev/full ends cat at once" {
	for o in "" -n -A; do
		gnu cat $o x missing >/dev/full 2>"$BATS_TEST_TMPDIR/g" && gs=0 || gs=$?
		sg cat $o x missing >/dev/full 2>"$BATS_TEST_TMPDIR/s" && ss=0 || ss=$?
		[ "$gs" = 1 ] && [ "$ss" = 1 ]
		cmp "$BATS_TEST_TMPDIR/g" "$BATS_TEST_TMPDIR/s"
		grep -qx "cat: write error: No space left on device" "$BATS_TEST_TMPDIR/s"
	done
	# nothing to write: no error
	sg cat empty >/dev/full
}

@test "cat vs GNU: a closed pipe ends quietly (SIGPIPE); ignored SIGPIPE gives EPIPE" {
	local st
	for o in "" -n; do
		sg cat $o multi multi | head -c 10 >/dev/null && st=${PIPESTATUS[0]}
		[ "$st" = 141 ]
		gnu cat $o multi multi | head -c 10 >/dev/null && st=${PIPESTATUS[0]}
		[ "$st" = 141 ]
		# SIGPIPE ignored: the write fails with EPIPE, reported like any write error
		(trap '' PIPE; gnu cat $o multi multi 2>"$BATS_TEST_TMPDIR/g" && r=0 || r=$?; echo "rc=$r" >>"$BATS_TEST_TMPDIR/g") | true
		(trap '' PIPE; sg cat $o multi multi 2>"$BATS_TEST_TMPDIR/s" && r=0 || r=$?; echo "rc=$r" >>"$BATS_TEST_TMPDIR/s") | true
		g=$(cat "$BATS_TEST_TMPDIR/g")
		s=$(cat "$BATS_TEST_TMPDIR/s")
		[ "$g" = "$s" ]
		[[ "$g" == *"cat: write error: Broken pipe"*"rc=1" ]]
	done
}

@test "cat vs GNU: standard input or output closed" {
	for args in "x" "- x -" "" "-n - x"; do
		gnu cat $args <&- >"$BATS_TEST_TMPDIR/g" 2>&1 && gs=0 || gs=$?
		sg cat $args <&- >"$BATS_TEST_TMPDIR/s" 2>&1 && ss=0 || ss=$?
		[ "$gs" = "$ss" ]
		cmp "$BATS_TEST_TMPDIR/g" "$BATS_TEST_TMPDIR/s"
	done
	gnu cat x >&- 2>"$BATS_TEST_TMPDIR/g" && gs=0 || gs=$?
	sg cat x >&- 2>"$BATS_TEST_TMPDIR/s" && ss=0 || ss=$?
	[ "$gs" = 1 ] && [ "$ss" = 1 ]
	cmp "$BATS_TEST_TMPDIR/g" "$BATS_TEST_TMPDIR/s"
}

# Run `cat ARGS` with stdout set up by MODE on fresh copies of the files:
# prints the exit status, stderr, and the files' bytes afterwards.
io_case() {
	local who=$1 mode=$2 t=$BATS_TEST_TMPDIR/$1
	shift 2
	rm -rf "$t" && mkdir "$t" && cd "$t"
	printf 'abc\n' > f
	: > e
	printf 'ab\ncd\n' > g
	case $mode in
	append) $who cat "$@" >>f 2>err ;;
	rdwr) $who cat "$@" 1<>f 2>err ;;
	trunc) $who cat "$@" >f 2>err ;;
	append-e) $who cat "$@" >>e 2>err ;;
	stdin-at-0) $who cat "$@" <f >>f 2>err ;;
	stdin-at-end) exec 3<f; /usr/bin/cat <&3 >/dev/null; $who cat "$@" <&3 >>f 2>err; exec 3<&- ;;
	esac
	echo "rc=$?"
	cat err
	od -c f
	od -c e
	cd - >/dev/null
}

@test "cat vs GNU: input file is output file, by GNU's rule" {
	for c in "append f" "append g f g" "append -n f" "rdwr f" "trunc f" "append-e e" \
		"stdin-at-0 -" "stdin-at-end -" "append /dev/null" "append - g"; do
		set -- $c
		g=$(io_case gnu "$@")
		s=$(io_case sg "$@")
		[ "$g" = "$s" ] || { echo "differs for $c"; diff <(echo "$g") <(echo "$s"); return 1; }
	done
	g=$(io_case gnu append f)
	[[ "$g" == *"cat: f: input file is output file"* ]]
}

@test "cat: every way of copying gives the same bytes (file, pipe, /dev/null, append)" {
	local t=$BATS_TEST_TMPDIR
	# into a pipe (splice), out of a pipe (splice), file to file (copy_file_range)
	sg cat multi x | cmp - <(cat multi x)
	cat multi | sg cat - nonl > "$t/o1"
	cat multi nonl | cmp - "$t/o1"
	sg cat multi nonl > "$t/o2"
	cmp "$t/o1" "$t/o2"
	# O_APPEND output: copy_file_range refuses (EBADF), read/write takes over
	printf 'head\n' > "$t/o3"
	sg cat multi >> "$t/o3"
	cat multi | cat <(printf 'head\n') - | cmp - "$t/o3"
	# to /dev/null (sendfile) and from a character device (read/write)
	sg cat multi > /dev/null
	sg cat /dev/null multi /dev/zero < /dev/null | head -c 8000000 | cmp - <(cat multi /dev/zero | head -c 8000000)
}

@test "cat vs GNU: /proc files say size 0 but are not empty" {
	for f in /proc/filesystems /proc/sys/kernel/ostype /proc/version; do
		same_as_gnu cat "$f"
		same_as_gnu cat -n "$f"
		sg cat "$f" | cmp - "$f"
	done
}

@test "cat: a sparse file over 4 GiB, to a pipe and to /dev/null, matches the file" {
	# The oracle is the file itself (cksum reads it directly): GNU cat takes
	# some 15 s to push 4 GiB of holes through a pipe here, ours under 1 s.
	local f=$BATS_TEST_TMPDIR/sparse
	truncate -s 4G "$f"
	printf 'past 4 GiB\n' >> "$f"
	printf 'start\n' | dd of="$f" conv=notrunc status=none
	[ "$(sg cat "$f" | cksum)" = "$(cksum < "$f")" ]
	sg cat "$f" > /dev/null
	[ "$(sg cat x - x < "$f" | wc -c)" = $((4294967296 + 11 + 2)) ]
	rm -f "$f"
}

# bats test_tags=native-only
@test "cat: strace shows execve and then only the work" {
	skip_under_qemu "strace would trace qemu itself"
	command -v strace >/dev/null || skip "no strace"
	run bash -c "strace -f -qq -e signal=none '$BIN/cat' /dev/null 2>&1 >/dev/null | sed 's/(.*//'"
	assert_success
	assert_output "$(printf '%s\n' execve fstat openat fstat read close exit_group)"
}

# bats test_tags=native-only
@test "cat vs GNU: EINTR injected (strace) into each copying call is retried, no byte lost" {
	skip_unless_ptrace
	local d=$BATS_TEST_TMPDIR
	seq 1 30000 > "$d/in"
	for sc in read write splice sendfile copy_file_range; do
		for opt in "" -n; do
			gnu cat $opt "$d/in" > "$d/want"
			# into a file, and into a pipe: different copying calls
			strace -qq -o /dev/null -e trace=$sc -e inject=$sc:error=EINTR:when=1..3 \
				"$BIN/cat" $opt "$d/in" > "$d/got"
			cmp "$d/want" "$d/got" || { echo "lost bytes: $sc $opt to a file"; return 1; }
			strace -qq -o /dev/null -e trace=$sc -e inject=$sc:error=EINTR:when=1..3 \
				"$BIN/cat" $opt "$d/in" | cat > "$d/got"
			cmp "$d/want" "$d/got" || { echo "lost bytes: $sc $opt to a pipe"; return 1; }
		done
	done
}

# inject_cfr ERRNO PROGRAM ARGS: run PROGRAM as "cat" with its first
# copy_file_range failing with ERRNO; prints exit status, stderr, stdout.
inject_cfr() {
	local e=$1 p=$2 d=$BATS_TEST_TMPDIR rc=0
	shift 2
	strace -qq -o /dev/null -e trace=copy_file_range -e inject=copy_file_range:error=$e:when=1 \
		bash -c 'exec -a cat "$0" "$@"' "$p" "$@" > "$d/cfr.out" 2> "$d/cfr.err" || rc=$?
	echo "rc=$rc"
	cat "$d/cfr.err"
	od -c "$d/cfr.out"
}

# bats test_tags=native-only
@test "cat vs GNU: errors of copy_file_range (injected) name the input and go on, as GNU's" {
	skip_unless_ptrace
	# GNU 9.1 falls back to read/write for the "not for these files" errors
	# and names the input file for the others, then goes on.
	local d=$BATS_TEST_TMPDIR e g s
	seq 1 1000 > "$d/in"
	for e in ENOSYS EOPNOTSUPP EINVAL EBADF EXDEV ETXTBSY EPERM EIO ENOSPC EFBIG EAGAIN EISDIR; do
		g=$(inject_cfr $e /usr/bin/cat "$d/in" x "$d/in")
		s=$(inject_cfr $e "$BIN/cat" "$d/in" x "$d/in")
		[ "$g" = "$s" ] || { echo "differs for $e"; diff <(echo "$g") <(echo "$s"); return 1; }
	done
	[[ "$s" == "rc=1"*"cat: $d/in: Is a directory"* ]]
}

@test "cat vs GNU: real short writes at a file size limit (ulimit -f), then EFBIG" {
	# The kernel writes up to RLIMIT_FSIZE and returns the short count; the
	# next call fails with EFBIG (SIGXFSZ ignored). -n/-A go through write(2),
	# no option through copy_file_range, whose errors GNU blames on the input.
	local d=$BATS_TEST_TMPDIR o who
	for o in "" -n -A; do
		for who in gnu sg; do
			(ulimit -f 64; trap '' XFSZ; $who cat $o text x text > "$d/$who.out" 2> "$d/$who.err") \
				&& echo "rc=0" >> "$d/$who.err" || echo "rc=$?" >> "$d/$who.err"
		done
		cmp "$d/gnu.err" "$d/sg.err" || { diff "$d/gnu.err" "$d/sg.err"; return 1; }
		cmp "$d/gnu.out" "$d/sg.out"
		[ "$(stat -c %s "$d/sg.out")" = 65536 ]
		grep -q '^rc=1$' "$d/sg.err"
	done
	grep -qx 'cat: write error: File too large' "$d/sg.err"
}

# start_cat FIFO ARGS: bin/cat ARGS > FIFO in the background, and FIFO
# opened for reading on fd 8 (fd 3 is bats' own); cat's pid in cat_pid.
# Natively it is traced: its write and splice calls go to
# $BATS_TEST_TMPDIR/calls.
start_cat() {
	local fifo=$1 job
	shift
	if [ -n "${SG_QEMU:-}" ]; then
		qemu-x86_64 -0 cat "$BIN/cat" "$@" > "$fifo" &
	else
		strace -qq -o "$BATS_TEST_TMPDIR/calls" -e trace=write,splice "$BIN/cat" "$@" > "$fifo" &
	fi
	job=$!
	exec 8< "$fifo"
	cat_pid=$job
	[ -n "${SG_QEMU:-}" ] || until cat_pid=$(pgrep -P $job -x cat); do sleep 0.01; done
}

@test "cat: stopped and continued mid-write into a pipe (short writes), no byte lost" {
	# A stop signal pending in a blocked pipe write ends the call with what it
	# wrote so far; cat must write the rest. strace shows that it happened.
	local d=$BATS_TEST_TMPDIR o i
	seq 1 2000000 > "$d/in"
	for o in -n ""; do
		rm -f "$d/p" "$d/got"
		mkfifo "$d/p"
		start_cat "$d/p" $o "$d/in"
		for i in $(seq 20); do
			kill -STOP $cat_pid
			sleep 0.01
			kill -CONT $cat_pid
			dd bs=65536 count=1 status=none <&8 >> "$d/got"
		done
		cat <&8 >> "$d/got"
		exec 8<&-
		wait
		gnu cat $o "$d/in" | cmp - "$d/got"
		# -n writes to a blocking pipe, which only a signal cuts short: some
		# write did return less than asked (splice does so anyway)
		[ -n "${SG_QEMU:-}" ] || [ "$o" != -n ] ||
			perl -ne '$n++ if /^write\(1, .*, (\d+)\) += (\d+)$/ && $1 != $2;
				END { exit !$n }' "$d/calls"
	done
}

# grow_or_cut WHO MODE ARGS: WHO's cat ARGS on a 4 MiB file into a pipe; once
# cat is blocked on the full pipe (far before the end), the file grows by
# 1000 bytes, is cut to 3 MiB, or has 4 bytes past 3 MiB overwritten.
# Prints what the pipe's reader got. (A change to bytes cat has already
# spliced into the pipe would show in ours and not in GNU's: cat's help.)
grow_or_cut() {
	local who=$1 mode=$2 d=$BATS_TEST_TMPDIR
	shift 2
	rm -f "$d/p" "$d/got" && mkfifo "$d/p"
	head -c 4194304 /dev/zero | tr '\0' a > "$d/in"
	$who cat "$@" "$d/in" > "$d/p" &
	exec 8< "$d/p"
	dd bs=1 count=1 status=none <&8 > "$d/got"
	case $mode in
	grow) head -c 1000 /dev/zero | tr '\0' b >> "$d/in" ;;
	cut) truncate -s 3M "$d/in" ;;
	over) printf XXXX | dd of="$d/in" bs=1 seek=3145733 conv=notrunc status=none ;;
	esac
	cat <&8 >> "$d/got"
	exec 8<&-
	wait $! && echo "rc=0" || echo "rc=$?"
	wc -c < "$d/got"
	md5sum < "$d/got"
}

@test "cat vs GNU: a file that grows, shrinks or is overwritten while it is read" {
	local m o g s
	for m in grow cut over; do
		for o in "" -n -A; do
			g=$(grow_or_cut gnu $m $o)
			s=$(grow_or_cut sg $m $o)
			[ "$g" = "$s" ] || { echo "differs: $m $o"; echo "$g"; echo "$s"; return 1; }
		done
	done
	[ "$(grow_or_cut sg grow | sed -n 2p)" = $((4194304 + 1000)) ]
	[ "$(grow_or_cut sg cut | sed -n 2p)" = 3145728 ]
	[ "$(grow_or_cut sg over | sed -n 3p)" = "$({ head -c 3145733 /dev/zero | tr '\0' a
		printf XXXX; head -c 1048567 /dev/zero | tr '\0' a; } | md5sum)" ]
}
