#!/usr/bin/env bats
# tests/trace-teach.bats — bin/trace as a teaching tool (issue 14):
#   --explain   against the man pages themselves (lexgrog's NAME lines, man's
#               rendered ERRORS sections)
#   --regs      against a NASM tracee that prints the registers it loaded
#   --step      driven through a terminal (tmux) on a program whose
#               behaviour the answers change
#   -e inject= fault= signal= quiet=   against real strace 6.1, line for
#               line, and the tracee's own output and exit status
# What needs ptrace is skipped in the qemu pass; --explain=NAME, --help and
# --step's refusals run in both.
load helper
bats_require_minimum_version 1.5.0

MAN2=/usr/share/man/man2

setup() {
	cd "$BATS_TEST_TMPDIR" || return 1
}

# the kernel's syscall names, from <asm/unistd.h> (independently of trace);
# trace's table leaves out the one whose name starts with "_" (_sysctl)
kernel_syscalls() {
	echo '#include <asm/unistd.h>' | cc -E -dD - |
		sed -n 's/^#define __NR_\([a-z0-9][a-z0-9_]*\) [0-9]*$/\1/p' | sort -u
}

# --- --explain ------------------------------------------------------------------

@test "trace --explain vs lexgrog: every syscall's description is its man page's NAME line" {
	command -v lexgrog >/dev/null || skip "no lexgrog (man-db)"
	mapfile -t names < <(kernel_syscalls)
	[ "${#names[@]}" -gt 300 ]
	list=$(IFS=,; echo "${names[*]}")
	run --separate-stderr sg trace "--explain=$list"
	assert_success
	echo "$output" > explained
	# lexgrog over every page: "FILE: "NAME - DESCRIPTION"", .so and symlinks followed
	lexgrog "$MAN2"/* 2>/dev/null | sed -n 's|^'"$MAN2"'/\([^:]*\): "\(.*\)"$|\1\t\2|p' > names
	# one awk for every call (a process per call costs seconds): the page
	# named after the call when there is one, any of its NAME lines giving
	# the text; else a page whose NAME line lists the call
	printf '%s\n' "${names[@]}" >calls
	(cd "$MAN2" && ls) >pages
	run awk -F'\t' '
		FILENAME == "pages" { page[$0] = 1; next }
		FILENAME == "names" { d = $2; sub(/^[^ ]* - /, "", d)
			if (!($1 in byfile)) byfile[$1] = d
			split($2, w, " - "); if (!(w[1] in byname)) byname[w[1]] = d; next }
		FILENAME == "explained" { if (index($0, "# ") != 1) next
			split(substr($0, 3), w, " "); n = w[1]; sub(/:$/, "", n)
			if (n in got) next
			t = $0; if (!sub(/^# [^ ]* \342\200\224 /, "", t)) { if (t ~ /^# [^ ]*: no man\(2\) page$/) t = ""; }
			got[n] = t; next }
		{ n = $0; f = ""; ncalls++
			if ((n ".2.gz") in page) f = n ".2.gz"; else if ((n ".2") in page) f = n ".2"
			want = f != "" ? byfile[f] : byname[n]
			if (want != "") withpage++
			if (got[n] != want) { printf "%s: trace says \x27%s\x27, lexgrog says \x27%s\x27\n", n, got[n], want; bad++ } }
		END { printf "%d of %d calls have a page\n", withpage, ncalls; exit (bad > 0) }' pages names explained calls
	echo "$output"
	assert_success
	withpage=$(sed -n 's/^\([0-9]*\) of .* calls have a page$/\1/p' <<<"$output")
	[ "$withpage" -gt 300 ]
}

# the text man renders for ERRORS entry E of page P, one line per entry
man_errors() {
	LC_ALL=C MANWIDTH=4000 man -P cat 2 "$1" 2>/dev/null | awk -v e="$2" '
		/^[A-Z]/ { sec = $0; if (inn) { print body; inn = 0 } next }
		sec != "ERRORS" { next }
		/^       [^ ]/ {			# a tag (or text) at the entry indent
			if (inn) { print body; inn = 0 }
			line = substr($0, 8)
			# the tag names one errno or several ("EAGAIN or EWOULDBLOCK",
			# "ENOSPC, EDQUOT"); what follows the names on its line is text
			nw = split(line, w, " ")
			hit = 0
			for (i = 1; i <= nw; i++) {
				t = w[i]
				sub(/,$/, "", t)
				if (t == "or") continue
				if (t !~ /^E[A-Z0-9]+$/) break
				if (t == e) hit = 1
			}
			if (hit) {
				inn = 1
				body = ""
				for (j = i; j <= nw; j++) body = body (body == "" ? "" : " ") w[j]
			}
			next
		}
		# a list item: man draws its bullet as "o" and two spaces in the C
		# locale; trace, joining an entry into one line, leaves bullets out
		inn && /^              / { t = $0; sub(/^ +/, "", t); sub(/^o  +/, "", t); body = body (body == "" ? "" : " ") t }
		END { if (inn) print body }' | sed 's/  */ /g'
}

@test "trace --explain vs man: ERRORS entries, fixed and random (call, errno) pairs" {
	# the tables are the same bytes under any QEMU: one of the two runs it
	qemu_shared
	command -v man >/dev/null || skip "no man"
	pairs="openat:ENOENT read:EBADF write:EPIPE close:EBADF mmap:EINVAL connect:ECONNREFUSED"
	# and three pairs at random from the pages themselves (not the kernel's
	# restart codes: trace explains those in its own words, tested below)
	for p in $(ls "$MAN2" | shuf -n 40 | sed 's/\.2.*//'); do
		e=$(LC_ALL=C MANWIDTH=4000 man -P cat 2 "$p" 2>/dev/null |
			sed -n '/^ERRORS/,/^[A-Z]/s/^       \(E[A-Z0-9]*\)  *[a-zA-Z(].*/\1/p' | grep -v '^ERESTART' | shuf -n 1)
		[ -n "$e" ] && kernel_syscalls | grep -qx "$p" && pairs="$pairs $p:$e"
		[ "$(echo "$pairs" | wc -w)" -ge 9 ] && break
	done
	echo "pairs: $pairs"
	for pe in $pairs; do
		c=${pe%:*} e=${pe#*:}
		page=$(lexgrog "$MAN2/$c.2"* | head -1)
		want=$(man_errors "$c" "$e" | sed 's/--/\xe2\x80\x94/g')
		got=$(sg trace "--explain=$c" | sed -n "s/^# $e from $c: //p" | grep -v '^(as for ')
		if [ "$got" != "$want" ]; then
			echo "$c $e: trace:"; echo "$got"; echo "man:"; echo "$want"
			return 1
		fi
	done
}

# bats test_tags=native-only
@test "trace --explain: a comment after each call's first line and each (call, errno)'s first failure; the rest unchanged" {
	skip_unless_ptrace
	"$BIN/trace" -o plain "$BIN/cat" /etc/hostname /nonexistent /nonexistent2 >/dev/null 2>&1 || true
	"$BIN/trace" --explain -o explained "$BIN/cat" /etc/hostname /nonexistent /nonexistent2 >/dev/null 2>&1 || true
	# without the comments, the same lines as without --explain (the envp address aside)
	diff <(sed 's/0x[0-9a-f]* \/\*/ADDR \/*/' plain) <(grep -v '^# ' explained | sed 's/0x[0-9a-f]* \/\*/ADDR \/*/')
	# one description per call, right after its first line
	for c in $(sed -n 's/^\([a-z_0-9]*\)(.*/\1/p' plain | sort -u); do
		first=$(grep -n -m1 "^$c(" explained | cut -d: -f1)
		want="# $c — $(lexgrog "$MAN2/$c.2"* | head -1 | sed 's/^[^"]*"[^ ]* - //; s/"$//')"
		next=$(sed -n "$((first + 1))p" explained)
		[ "$next" = "$want" ] ||
			{ echo "$c: after its first line: '$next', want '$want'"; return 1; }
		[ "$(grep -c "^# $c — " explained)" -eq 1 ]
	done
	# the first openat ENOENT is explained with open(2)'s entries, the second is not again
	[ "$(grep -c '^# ENOENT from openat: ' explained)" -eq "$(man_errors open ENOENT | wc -l)" ]
	grep -qx '# ENOENT from openat: O_CREAT is not set and the named file does not exist.' explained
	[ "$(grep -c '^openat(.*ENOENT' explained)" -eq 2 ]
}

# bats test_tags=native-only
@test "trace --explain: the restart codes, as the kernel then treats them (pause with a handler, nanosleep without)" {
	skip_unless_ptrace
	"$BIN/trace" --explain -o tr "$BUILD/tests/trace-signals" interrupt
	# pause is cut by SIGUSR1, which has a handler: the program gets EINTR
	run grep -A4 '^pause() ' tr
	assert_line -n 0 --regexp '= \? ERESTARTNOHAND \(To be restarted if no handler\)$'
	assert_line -n 1 "# pause — $(lexgrog "$MAN2/pause.2.gz" | sed 's/^[^"]*"[^ ]* - //; s/"$//')"
	assert_line -n 2 "# ERESTARTNOHAND from pause: a signal came; the call is restarted if no handler ran, else it fails with EINTR. The program never sees this code."
	assert_line -n 4 --regexp '^rt_sigreturn\(.*= -1 EINTR \(Interrupted system call\)$'
	# nanosleep is cut by SIGCHLD, which has none: restart_syscall resumes it
	"$BIN/trace" --explain -o tr2 "$BUILD/tests/trace-signals" restart
	run grep -A4 'ERESTART_RESTARTBLOCK (Interrupted by signal)$' tr2
	assert_line -n 1 "# nanosleep — $(lexgrog "$MAN2/nanosleep.2.gz" | sed 's/^[^"]*"[^ ]* - //; s/"$//')"
	assert_line -n 2 --partial "# ERESTART_RESTARTBLOCK from nanosleep: a signal came during a sleep; without a handler the kernel resumes it through restart_syscall(2)"
	assert_line -n 4 --regexp '^restart_syscall\(<\.\.\. resuming interrupted nanosleep \.\.\.>\) += 0$'
}

# bats test_tags=native-only
@test "trace --explain -c vs strace -c: python3's calls, a description on every row" {
	skip_unless_ptrace
	# Debian's python3 itself (not a wrapper script that may stand first in PATH)
	py=/usr/bin/python3
	[ -x $py ] || skip "no /usr/bin/python3"
	printf 'import os, json\nprint(json.dumps(sorted(os.listdir("/etc"))[:3]))\ntry:\n    open("/nonexistent")\nexcept OSError:\n    pass\n' > prog.py
	"$BIN/trace" --explain -c -o table $py prog.py > /dev/null
	strace -c -o stable $py prog.py > /dev/null
	# the name column starts where the header's "syscall" does
	col=$(head -1 table | awk '{ print index($0, "syscall") }')
	body() { awk 'f && /^------/ {exit} f {print} /^------/ {f=1}' "$1"; }
	diff <(body stable | awk '{print $NF}' | sort) <(body table | cut -c"$col"- | awk '{print $1}' | sort)
	head -1 table | grep -q ' syscall  *description$'
	n=0
	while read -r name desc; do
		want=$("$BIN/trace" "--explain=$name" | head -1 | sed 's/^# [^ ]* — //; s/^# [^ ]*: no man(2) page$//')
		[ -n "$want" ] || echo "row $name: no man(2) page, no description"
		[ "$desc" = "$want" ] || { echo "row $name: '$desc' vs '$want'"; return 1; }
		n=$((n + 1))
	done < <(body table | cut -c"$col"-)
	[ "$n" -gt 10 ]
}

# --- --regs -------------------------------------------------------------------

# bats test_tags=native-only
@test "trace --regs vs a NASM tracee's own report of its registers" {
	skip_unless_ptrace
	"$BIN/trace" --regs -o tr "$BUILD/tests/trace-regs" > self
	[ "$(wc -l < self)" -eq 4 ]
	for call in openat getpid; do
		if [ $call = openat ]; then k=1; else k=3; fi
		before=$(sed -n "${k}p" self)
		after=$(sed -n "$((k + 1))p" self)
		line=$(grep -n -m1 "^$call(" tr | cut -d: -f1)
		assert_equal "$(sed -n "$((line - 1))p" tr)" "# $before"
		ret=$(( ${after#rax=} ))		# the program's hex, as a signed number
		if [ $call = openat ]; then
			assert_equal "$ret" -2
			assert_equal "$(sed -n "$((line + 1))p" tr)" "# rax=-2 (-ENOENT)"
		else
			assert_equal "$(sed -n "$((line + 1))p" tr)" "# rax=$ret"
		fi
	done
}

# --- -e inject=, -e fault=, -e signal=, -e quiet= vs strace 6.1 ----------------

# vs_strace_both OPTIONS -- PROG ARGS: the lines (trace-vs-strace) and what the
# tracee did (its stdout, stderr and exit status) are the same under both
vs_strace_both() {
	local opts=() s t
	while [ "$1" != -- ]; do opts+=("$1"); shift; done
	shift
	run "$BIN/trace-vs-strace" "${opts[@]}" "$@"
	if ! [[ ${lines[-1]} =~ ^([0-9]+)/([0-9]+)\ lines\ identical$ ]] ||
		[ "${BASH_REMATCH[1]}" != "${BASH_REMATCH[2]}" ]; then
		echo "trace differs from strace for: ${opts[*]} $*"
		echo "$output" | head -40
		return 1
	fi
	(strace "${opts[@]}" -o /dev/null "$@" >s.out 2>s.err; exit) 2>/dev/null && s=0 || s=$?
	("$BIN/trace" "${opts[@]}" -o /dev/null "$@" >t.out 2>t.err; exit) 2>/dev/null && t=0 || t=$?
	diff s.out t.out && diff s.err t.err && [ "$s" = "$t" ] ||
		{ echo "the tracee behaved differently: strace $s, trace $t"; return 1; }
	echo "$s" > status
}

# bats test_tags=native-only
@test "trace vs strace: -e inject=openat:error=EACCES makes cat fail, same lines, same exit" {
	skip_unless_ptrace
	vs_strace_both -e inject=openat:error=EACCES -- "$BIN/cat" /etc/hostname
	grep -q 'Permission denied' t.err
	[ "$(cat status)" = 1 ]
	"$BIN/trace" -o tr -e inject=openat:error=EACCES "$BIN/cat" /etc/hostname 2>/dev/null || true
	grep -q '^openat(AT_FDCWD, "/etc/hostname", O_RDONLY) = -1 EACCES (Permission denied) (INJECTED)$' tr
}

# bats test_tags=native-only
@test "trace vs strace: -e inject=SET:retval=N, when=N, N+, N..M+S on a counting loop" {
	skip_unless_ptrace
	for w in 3 2+ 2+3 2..6+2 4..5 1..3+; do
		vs_strace_both -e trace=getppid -e "inject=getppid:retval=7:when=$w" -- "$BUILD/tests/trace-getppid" 9
	done
	"$BIN/trace" -o tr -e trace=getppid -e inject=getppid:retval=7:when=2..6+2 "$BUILD/tests/trace-getppid" 9
	[ "$(grep -c '= 7 (INJECTED)$' tr)" -eq 3 ]
}

# bats test_tags=native-only
@test "trace vs strace: an injected errno without a name (200, 4095) prints as -1 (errno N)" {
	skip_unless_ptrace
	for e in 200 4095 133; do
		vs_strace_both -e trace=getppid -e "inject=getppid:error=$e:when=2" -- "$BUILD/tests/trace-getppid" 3
	done
	"$BIN/trace" -o tr -e trace=getppid -e inject=getppid:error=200 "$BUILD/tests/trace-getppid" 1
	grep -qx 'getppid() *= -1 (errno 200) (INJECTED)' tr
}

# bats test_tags=native-only
@test "trace vs strace: -e inject= on write changes what echo and cat print" {
	skip_unless_ptrace
	vs_strace_both -e inject=write:retval=2 -- "$BIN/echo" hello
	vs_strace_both -e inject=write:error=ENOSPC:when=2 -- /bin/echo hello
	vs_strace_both -e fault=read:when=2 -- "$BIN/cat" /etc/hostname
	vs_strace_both -e fault=openat:error=ENOENT -e trace=openat -- /bin/cat /etc/hostname
}

# bats test_tags=native-only
@test "trace vs strace: -e inject=SET:signal= delivers the signal on entering the call" {
	skip_unless_ptrace
	vs_strace_both -e inject=getppid:signal=TERM:when=2 -- "$BUILD/tests/trace-getppid" 3
	[ "$(cat status)" = 143 ]
	vs_strace_both -e trace=getppid -e inject=getppid:error=ENOENT:signal=SIGUSR1 -- "$BUILD/tests/trace-getppid" 2
	vs_strace_both -e inject=kill:signal=9 -- dash -c 'kill -0 $$; echo after'
}

# bats test_tags=native-only
@test "trace vs strace: -e inject=SET:error=|retval=:syscall=NAME runs NAME (a %pure call) in the call's place" {
	skip_unless_ptrace
	vs_strace_both -e trace=getppid -e inject=getppid:error=EIO:syscall=gettid -- "$BUILD/tests/trace-getppid" 3
	vs_strace_both -e trace=getppid -e fault=getppid:syscall=getpid:when=2 -- "$BUILD/tests/trace-getppid" 3
	vs_strace_both -e trace=getppid -e inject=getppid:retval=9:syscall=getuid -- "$BUILD/tests/trace-getppid" 2
	vs_strace_both -e inject=getppid:signal=USR1:syscall=gettid -- "$BUILD/tests/trace-getppid" 2
	# the mechanism: the kernel runs seccomp after the entry stop, on the
	# number the tracer left. sandbox's filter kills on gettid, and on -1 too
	# (its ABI check: -1 has the x32 bit), so the program lives only if the
	# number left was getpid's
	vs_strace_both -e trace=getppid -e inject=getppid:error=EIO:syscall=gettid -- \
		"$BIN/sandbox" -k -d gettid "$BUILD/tests/trace-getppid" 2
	[ "$(cat status)" = 159 ]
	vs_strace_both -e trace=getppid -e inject=getppid:error=EIO:syscall=getpid -- \
		"$BIN/sandbox" -k -d gettid "$BUILD/tests/trace-getppid" 2
	[ "$(cat status)" = 0 ]
	vs_strace_both -e trace=getppid -e inject=getppid:error=EIO -- \
		"$BIN/sandbox" -k -d gettid "$BUILD/tests/trace-getppid" 2
	[ "$(cat status)" = 159 ]
	# by name, %pure only, once
	for a in getppid:error=EIO:syscall=write getppid:syscall=gettid getppid:error=EIO:syscall=186 \
		getppid:error=EIO:syscall=gettid:syscall=getpid getppid:error=EIO:syscall=%pure; do
		s=$(strace -e "inject=$a" /bin/true 2>&1 >/dev/null) && ss=0 || ss=$?
		t=$("$BIN/trace" -e "inject=$a" /bin/true 2>&1 >/dev/null) && ts=0 || ts=$?
		assert_equal "$t" "${s//strace:/$BIN/trace:}"
		assert_equal "$ts" "$ss"
	done
}

# bats test_tags=native-only
@test "trace vs strace: -e inject=SET:delay_enter=/delay_exit= print (DELAYED) and take the time" {
	skip_unless_ptrace
	vs_strace_both -e trace=getppid -e inject=getppid:delay_exit=1ms:retval=3 -- "$BUILD/tests/trace-getppid" 2
	a=$(date +%s%N)
	"$BIN/trace" -o tr -e trace=getppid -e inject=getppid:delay_enter=0.1s:when=1 "$BUILD/tests/trace-getppid" 2
	b=$(date +%s%N)
	[ $(( (b - a) / 1000000 )) -ge 100 ]
	[ "$(grep -c '(DELAYED)$' tr)" -eq 1 ]
	grep -q '^getppid() *= [0-9]* (DELAYED)$' tr
}

# bats test_tags=native-only
@test "trace vs strace: a delay holds its own process only (4 children delayed at once), and never PROG's first execve" {
	skip_unless_ptrace
	for tr in strace "$BIN/trace"; do
		b=$(basename "$tr")
		a=$(date +%s%N)
		# (-e signal=none: how many of the children's SIGCHLDs merge is a race)
		"$tr" -f -o "$b.log" -e trace=execve -e signal=none -e inject=execve:delay_enter=400ms \
			dash -c 'for i in 1 2 3 4; do /bin/true & done; wait'
		echo $(( ($(date +%s%N) - a) / 1000000 )) > "$b.ms"
		sed -E 's/^[0-9]+ +//; s/0x[0-9a-f]+/ADDR/; s/(si_pid|si_[us]time)=[0-9]+/\1=N/g' "$b.log" | sort > "$b.lines"
	done
	# the four children's execves, held together: 0.4 s, not 1.6 s
	[ "$(grep -c '(DELAYED)$' trace.lines)" = 4 ]
	[ "$(cat trace.ms)" -ge 400 ] && [ "$(cat trace.ms)" -lt 1200 ]
	diff strace.lines trace.lines
	# PROG's own first execve is not tampered with (strace's tracing starts
	# after it): when=1 is then each child's first
	vs_strace_both -e inject=execve:error=ENOENT -- /bin/true
	[ "$(cat status)" = 0 ]
	vs_strace_both -f -e trace=execve -e inject=execve:error=ENOENT:when=1 -- dash -c '/bin/true; /bin/true'
	[ "$(cat status)" = 127 ]
}

# bats test_tags=native-only
@test "trace vs strace: -e signal=SET and -e quiet=SET / --quiet=SET" {
	skip_unless_ptrace
	# (rt_sigreturn left out: it returns the interrupted call's pid, which
	# trace-vs-strace does not mask)
	vs_strace_both -e 'trace=!rt_sigreturn' -e 'signal=!SIGCHLD' -- dash -c '/bin/true; kill -USR1 $$'
	vs_strace_both -e 'trace=!rt_sigreturn' -e signal=none -- dash -c '/bin/true'
	# (the child sleeps so that its SIGCHLD always lands inside dash's wait4:
	# /bin/true could exit before or after dash enters it, in either tracer)
	vs_strace_both -e 'trace=!rt_sigreturn' -e signal=usr1,17 -- dash -c 'sleep 0.2; kill -USR1 $$'
	vs_strace_both -e quiet=exit -- /bin/true
	# the set chooses the "+++ killed by" lines too
	for set in none '!SIGKILL' SIGTERM SIGKILL; do
		vs_strace_both -e trace=kill -e "signal=$set" -- dash -c 'kill -9 $$'
		[ "$(cat status)" = 137 ]
	done
	vs_strace_both -qq -- dash -c 'kill -TERM $$'
	vs_strace_both -e quiet=attach,exit -- dash -c 'kill -TERM $$'
	strace --quiet=exit -o s /bin/true
	"$BIN/trace" --quiet=exit -o t /bin/true
	diff <(sed 's/0x[0-9a-f]*/ADDR/g' s | tail -2) <(sed 's/0x[0-9a-f]*/ADDR/g' t | tail -2)
	! grep -q '^+++' t
}

# bats test_tags=native-only
@test "trace vs strace: bad -e inject=/fault=/signal=/quiet= arguments, in strace's words" {
	skip_unless_ptrace
	for a in inject=getppid:when=3 inject=getppid inject=getppid:error=ENOENT:retval=1 \
		inject=getppid:error=FOO inject=getppid:error=EWOULDBLOCK inject=foo:error=EIO \
		inject=getppid:error=EIO:when=0 inject=getppid:error=EIO:when=5..3 \
		inject=getppid:error=EIO:when=1..65535 fault=getppid:retval=1 \
		inject=getppid:signal=FOO inject=getppid:delay_enter=1x signal=FOO quiet=foo; do
		s=$(strace -e "$a" /bin/true 2>&1 >/dev/null) && ss=0 || ss=$?
		t=$("$BIN/trace" -e "$a" /bin/true 2>&1 >/dev/null) && ts=0 || ts=$?
		assert_equal "$t" "${s//strace:/$BIN/trace:}"
		assert_equal "$ts" "$ss"
	done
	s=$(strace -o /dev/null -e inject=getppid:retval=-1 /bin/true 2>&1)
	t=$("$BIN/trace" -o /dev/null -e inject=getppid:retval=-1 /bin/true 2>&1)
	assert_equal "$t" "${s//strace:/$BIN/trace:}"
}

# bats test_tags=native-only
@test "trace vs strace: without the new options, the output is unchanged (-e inject= of nothing)" {
	skip_unless_ptrace
	vs_strace_both -- "$BIN/cat" /etc/hostname
	vs_strace_both -e inject=getppid:retval=1 -- "$BIN/cat" /etc/hostname
}

# --- --step --------------------------------------------------------------------

@test "trace --step: refuses without a terminal, and with -o" {
	run sg trace --step /bin/true </dev/null
	assert_failure 1
	assert_output "trace: --step needs a terminal: standard error is not one"
	run sg trace --step -o x /bin/true
	assert_failure 1
	assert_output "trace: --step shows the calls where it asks: it cannot be used with -o"
}

# step ANSWER...: run bin/trace --step -e trace=openat bin/cat /etc/hostname in a
# tmux terminal, answer each stop with ANSWER (a tmux key string), print the screen
TMUX_SOCK=
step() {
	command -v tmux >/dev/null || skip "no tmux"
	TMUX_SOCK=sg-step-$$-$BATS_TEST_NUMBER
	local t="tmux -L $TMUX_SOCK"
	$t kill-server 2>/dev/null || true
	$t new-session -d -x 200 -y 50 "$BIN/trace --step -e trace=openat $BIN/cat /etc/hostname; echo EXIT=\$?; sleep 60"
	for a in "$@"; do
		for _ in $(seq 100); do	# until it waits at the call (or has ended)
			$t capture-pane -p | grep -q -e 'openat(AT_FDCWD, "/etc/hostname", O_RDONLY$' \
				-e 'O_RDONLY \[Enter | r N | e ERRNO | s SIG | c | q\]$' -e 'EXIT=' && break
			sleep 0.1
		done
		$t send-keys -l "$a"
		$t send-keys Enter
		sleep 0.3
		$t capture-pane -p | sed '/^$/d' | tail -1 | sed 's/^/after answer: /'
	done
	for _ in $(seq 100); do
		$t capture-pane -p | grep -q 'EXIT=' && break
		sleep 0.1
	done
	$t capture-pane -p | sed '/^$/d'
	$t kill-server 2>/dev/null || true
}

teardown() {
	[ -z "$TMUX_SOCK" ] || tmux -L "$TMUX_SOCK" kill-server 2>/dev/null || true
}

# bats test_tags=native-only
@test "trace --step in a terminal: Enter runs the call, cat prints the file" {
	skip_unless_ptrace
	run step ""
	assert_line --regexp '^openat\(AT_FDCWD, "/etc/hostname", O_RDONLY\) = 3$'
	assert_line "$(cat /etc/hostname)"
	assert_line "EXIT=0"
}

# bats test_tags=native-only
@test "trace --step in a terminal: e EACCES fails the call, cat reports it" {
	skip_unless_ptrace
	run step "e EACCES"
	assert_line 'openat(AT_FDCWD, "/etc/hostname", O_RDONLY) = -1 EACCES (Permission denied) (INJECTED)'
	assert_line "$BIN/cat: /etc/hostname: Permission denied"	# cat names itself by argv[0]
	assert_line "EXIT=1"
	refute_line "$(cat /etc/hostname)"
}

# bats test_tags=native-only
@test "trace --step in a terminal: r 99 returns a descriptor that is not open" {
	skip_unless_ptrace
	run step "r 99"
	assert_line 'openat(AT_FDCWD, "/etc/hostname", O_RDONLY) = 99 (INJECTED)'
	assert_line "$BIN/cat: /etc/hostname: Bad file descriptor"
	assert_line "EXIT=1"
}

# bats test_tags=native-only
@test "trace --step in a terminal: s TERM kills cat with SIGTERM, q with SIGKILL, junk gets the hint" {
	skip_unless_ptrace
	run step "s TERM"
	assert_line "+++ killed by SIGTERM +++"
	assert_line "EXIT=143"
	run step "q"
	assert_line "+++ killed by SIGKILL +++"
	assert_line "EXIT=137"
	run step "what" "c"
	assert_line 'after answer: openat(AT_FDCWD, "/etc/hostname", O_RDONLY [Enter | r N | e ERRNO | s SIG | c | q]'
	assert_line 'openat(AT_FDCWD, "/etc/hostname", O_RDONLY) = 3'	# the hint rubbed out
	assert_line "EXIT=0"
}

# --- --help --------------------------------------------------------------------

@test "trace --help names every teaching option" {
	run sg trace --help
	assert_success
	for o in --explain --explain=NAME --regs --step -e\ inject= -e\ fault= -e\ signal= -e\ quiet= --quiet= \
		delay_enter= delay_exit= when= retval= error= signal= '(INJECTED)' '(DELAYED)'; do
		assert_output --partial "$o"
	done
}
