#!/usr/bin/env bats
# tests/trace-opts.bats — bin/trace's options against strace 6.1's, line for line:
# the long forms strace -h lists, -x/-xx/--strings-in-hex, -e read=/write= dumps,
# -e raw=, -n, -i, the time stamp options with their precisions, -e trace='s
# /REGEX ?NAME NAME@64, -I, -A, -E, -qqq, -e decode-fds=; option errors in
# strace's words; the options trace cannot do, each refused in one line.
# The traced program is tests/rt/trace-opts.c (raw calls). Tracing needs ptrace,
# which qemu-user lacks: those tests skip in the qemu passes; the parsing ones run
# in all three.
load helper
bats_require_minimum_version 1.5.0

P=$BUILD/tests/trace-opts

setup() {
	cd "$BATS_TEST_TMPDIR" || return 1
}

# what differs between two runs: addresses, instruction pointers, the
# environment count, pids (si_pid too), and (with DIGITS=1) every digit of a time stamp
mask() {
	sed -E 's/0x[0-9a-f]{6,}/0xADDR/g; s/\[[0-9a-f]{16}\]/[IP]/g
		s/\/\* [0-9]+ vars \*\//\/* N vars *\//; s/^[0-9]+ +/PID /
		s/(getppid\(\) += )(0x)?[0-9a-f]+/\1PID/; s/pipe:\[[0-9]+\]/pipe:[N]/g
		s/si_utime=[^,]*, si_stime=[^}]*/si_utime=T, si_stime=T/; s/si_pid=[0-9]+/si_pid=PID/' "$1" |
		if [ -n "${DIGITS:-}" ]; then sed -E 's/[0-9]/9/g'; else cat; fi
}

# both STRACE_OPTS... -- TRACE_OPTS... -- PROG ARGS: the same log, stderr and status
# (TRACE_OPTS "=" means the same as strace's)
both() {
	local so=() to=() ss ts
	while [ "$1" != -- ]; do so+=("$1"); shift; done
	shift
	while [ "$1" != -- ]; do to+=("$1"); shift; done
	shift
	[ "${to[*]}" = "=" ] && to=("${so[@]}")
	# (bats's own descriptors 3 and 4 closed: the program's are then 3 to 5)
	strace "${so[@]}" -o s.log "$@" >/dev/null 2>s.err 3>&- 4>&- && ss=0 || ss=$?
	"$BIN/trace" "${to[@]}" -o t.log "$@" >/dev/null 2>t.err 3>&- 4>&- && ts=0 || ts=$?
	sed -i "s|^strace:|$BIN/trace:|" s.err
	if [ "$ss" != "$ts" ] || ! diff <(mask s.log) <(mask t.log) || ! diff s.err t.err; then
		echo "strace ${so[*]} (status $ss) vs trace ${to[*]} (status $ts) differ"
		return 1
	fi
}

# bats test_tags=native-only
@test "trace vs strace: the long forms strace -h lists print what the short ones do" {
	skip_unless_ptrace
	both --trace=write,openat -- = -- "$P"
	both --trace=write --signal=none --status=successful -- = -- "$P"
	both --follow-forks --columns=50 --string-limit=8 -- = -- "$P"
	# --summary-only: the same calls, counts and errors (the times differ)
	strace --summary-only -o s.log "$P" 3>&- 4>&-
	"$BIN/trace" --summary-only -o t.log "$P" 3>&- 4>&-
	diff <(awk 'NF >= 5 && $4 ~ /^[0-9]+$/ {print $4, $(NF-1), $NF}' s.log | sort) \
		<(awk 'NF >= 5 && $4 ~ /^[0-9]+$/ {print $4, $(NF-1), $NF}' t.log | sort)
	both --failed-only --decode-fds=path -- = -- "$P"
	both --syscall-number --instruction-pointer -- = -- "$P"
	both --raw=openat --quiet=exit -- = -- "$P"
	both -e trace=write --const-print-style=raw -- = -- "$P"
	both --output-append-mode -e trace=getppid -- = -- "$P"
	both --interruptible=never_tstp --env=A=b -e trace=getppid -- = -- "$P"
	both -e decode-fds=path -- -y -- "$P"
	# -yy and the wider sets are decoded (tests/trace-fds.bats compares their sockets)
	both -yy -- = -- "$P"
	both --decode-fds=all -- -yy -- "$P"
	both -e decode-fds=socket,dev,pidfd -- = -- "$P"
	grep -q '</dev/null<char 1:3>>' t.log
}

# bats test_tags=native-only
@test "trace -x -xx --strings-in-hex vs strace: whole strings in hex, every string, only the other bytes" {
	skip_unless_ptrace
	for o in -x -xx --strings-in-hex --strings-in-hex=all --strings-in-hex=non-ascii \
		--strings-in-hex=non-ascii-chars --strings-in-hex=none; do
		both "$o" -- = -- "$P"
	done
	both -x -- = -- "$P"
	grep -qF 'write(3, "\x74\x61\x62\x09\x61\x6e\x64\x01\x63\x74\x6c", 11) = 11' t.log
	grep -qF 'write(3, "plain text\n", 11)' t.log
	both -x -x -- = -- "$P"
	grep -qF 'write(3, "\x70\x6c\x61\x69\x6e\x20\x74\x65\x78\x74\x0a", 11)' t.log
}

# bats test_tags=native-only
@test "trace -e read= -e write= vs strace: hex dumps of what was read and written, vectors buffer by buffer" {
	skip_unless_ptrace
	both -e read=3,4 -e write=3,4 -- = -- "$P"
	both --read=all --write=all -- = -- "$P"
	both -e write='!3' -e read=none -- = -- "$P"
	both -e trace=read,readv -e read=4 -s 4 -- = -- "$P"
	grep -qF ' | 00000  68 65 6c 6c 6f 20 77 6f  72 6c 64 2c 20 74 68 69  hello world, thi |' t.log
	grep -qF ' * 5 bytes in buffer 1' t.log
}

# bats test_tags=native-only
@test "trace -e raw= -n -i vs strace: numbers in hex, '[ NR] ' and '[IP] ' before each line" {
	skip_unless_ptrace
	both -e raw=write,openat,getppid -- = -- "$P"
	both -e raw=all -e trace=openat -- = -- "$P"
	both -n -- = -- "$P"
	both -i -- = -- "$P"
	both -n -i -e trace=getppid,exit_group -- = -- "$P"
	tail -1 t.log | grep -qxF '[ 231] [????????????????] +++ exited with 0 +++'
}

# bats test_tags=native-only
@test "trace vs strace: --absolute-timestamps=, --relative-timestamps=, --syscall-times= and their precisions" {
	skip_unless_ptrace
	for o in --absolute-timestamps --absolute-timestamps=unix,ns --timestamps=format:time,precision:ms \
		--absolute-timestamps=none --absolute-timestamps=s --timestamps=unix -ttt -tt \
		--relative-timestamps --relative-timestamps=ns --relative-timestamps=s \
		--syscall-times --syscall-times=ns --syscall-times=ms --syscall-times=s; do
		DIGITS=1 both -e trace=getppid,openat "$o" -- = -- "$P"
	done
	DIGITS=1 both -t --relative-timestamps=ms -e trace=getppid -- = -- "$P"
	DIGITS=1 both -r -T --syscall-times=us -e trace=getppid -- = -- "$P"
	DIGITS=1 both --absolute-timestamps=unix,ns -e trace=getppid -- = -- "$P"
	grep -Eq '^[0-9]{10}\.[0-9]{9} getppid\(\) ' t.log
	# each --absolute-timestamps changes what it names on top of the ones
	# before: a precision alone keeps the format (none becomes time)
	DIGITS=1 both --absolute-timestamps=precision:ms --absolute-timestamps=format:unix -e trace=getppid -- = -- "$P"
	grep -Eq '^[0-9]{10}\.[0-9]{3} getppid\(\) ' t.log
	DIGITS=1 both --absolute-timestamps=format:unix --absolute-timestamps=precision:ns -e trace=getppid -- = -- "$P"
	DIGITS=1 both --absolute-timestamps=format:none --absolute-timestamps=precision:us -e trace=getppid -- = -- "$P"
	DIGITS=1 both --absolute-timestamps=precision:us --absolute-timestamps=format:none -e trace=getppid -- = -- "$P"
	DIGITS=1 both --absolute-timestamps=format:unix --absolute-timestamps -e trace=getppid -- = -- "$P"
	DIGITS=1 both --absolute-timestamps=precision:ns --absolute-timestamps -e trace=getppid -- = -- "$P"
}

# bats test_tags=native-only
@test "trace -e trace= vs strace: /REGEX, ?NAME, NAME@64, NAME@32" {
	skip_unless_ptrace
	for e in '/^(get|set)pp' '/^w.*e$' '/open|close' '/[[:digit:]]$' '?nosuch,getppid' \
		'getppid@64' '?getppid@32' '!/^(write|read)' '/^(pipe)+2$' '?/zzz' '/write+v?$' '/^.ead.?'; do
		both -e trace="$e" -- = -- "$P"
	done
}

@test "trace vs strace: option errors in strace's words" {
	for args in "-e trace=/( true" "-e trace=/*a true" "-e trace=/a\\ true" "-e trace=/[b-a] true" \
		"-e trace=/a{2 true" "-e trace=/\$x true" "-e trace=nosuch@32 true" \
		"--absolute-timestamps=bogus true" "--relative-timestamps=x true" "--syscall-times=1 true" \
		"-tt --absolute-timestamps=ns true" "--timestamps -t true" "--strings-in-hex=bogus true" \
		"-x --strings-in-hex=all true" "-q --quiet=exit true" "-y --decode-fds=path true" \
		"-e decode-fds=bogus true" "--decode-pids=bogus true" "-e read=x true" "-e write=-1 true" \
		"-b bogus true" "-I 0 true"; do
		# shellcheck disable=SC2086
		same_error $args
	done
}

# bats test_tags=native-only
@test "trace vs strace: -E sets and removes variables, -A appends, -qqq is all quiet" {
	skip_unless_ptrace
	export T17_GONE=1
	strace -o /dev/null -E T17=yes -E T17_GONE env >s.env
	"$BIN/trace" -o /dev/null -E T17=yes -E T17_GONE env >t.env
	diff <(grep -v '^_=' s.env) <(grep -v '^_=' t.env)
	grep -qx T17=yes t.env
	! grep -q T17_GONE t.env
	# -A: two runs in one file
	for tr in strace "$BIN/trace"; do
		rm -f a.log
		$tr -A -o a.log -e trace=getppid "$P"
		$tr -A -o a.log -e trace=getppid "$P"
		mask a.log >"${tr##*/}.a"
	done
	diff strace.a trace.a
	[ "$(grep -c '^getppid' trace.a)" = 2 ]
	# -A without -o: the warning
	strace -A -e trace=none "$P" 2>s.err
	"$BIN/trace" -A -e trace=none "$P" 2>t.err
	diff <(sed "s|^strace:|$BIN/trace:|" s.err) t.err
	both -qqq -e trace=getppid -- = -- "$P"
}

@test "trace: --kvm= takes vcpu only; another value is refused in strace's one line, never as getopt's 'invalid option'" {
	# (refused options: -e verbose=, -D, -O, -U: tests/trace-summary.bats; -yy,
	# decode-fds: trace-fds.bats; -k: tests/trace-stack.bats; what --kvm=vcpu
	# shows: trace-ioctl.bats)
	# (accepted: it then traces true, which needs ptrace, so not under QEMU)
	if [ -z "${SG_QEMU:-}" ]; then
		run sg trace --kvm=vcpu true
		[ "$status" = 0 ]
	fi
	for args in "--kvm=exit" "-e kvm=all"; do
		# shellcheck disable=SC2086
		run sg trace $args true
		[ "$status" = 1 ] || { echo "$args: status $status"; return 1; }
		[ "${#lines[@]}" = 1 ] || { echo "$args: ${#lines[@]} lines: $output"; return 1; }
		assert_output --regexp "^trace: invalid -e kvm= argument: '(exit|all)'$"
		refute_output --partial "invalid option"
	done
}

# -P: tests/rt/trace-path.c makes raw calls on f, d, gone (and on descriptors
# for them) in the test's directory; via is a symbolic link to f
path_setup() {
	echo hello >f && : >gone && mkdir -p d && ln -sf f via
}

# bats test_tags=native-only
@test "trace -P vs strace -P: only the calls that access the path, by name, by descriptor, by dirfd" {
	skip_unless_ptrace
	path_setup
	local PP=$BUILD/tests/trace-path
	for o in "-P f" "-P $PWD/f" "--trace-path=f" "--trace-path=$PWD/f" "-P ./f" "-P via" "-P d" \
		"-P $PWD/d" "-P d/" "-P ." "-P gone" "-P $PWD/gone" "-P nonexistent" "-P f -P f" "-P f -P d" \
		"-P via -P $PWD/f" "-P anon_inode:[eventfd]" "-P anon_inode:[eventpoll]" \
		"-P anon_inode:[timerfd]" "-P pipe:[1]"; do
		# shellcheck disable=SC2086
		both $o -- = -- "$PP"
	done
	# what each kind of argument brings in, checked on trace's own log of -P f
	both -P f -- = -- "$PP"
	grep -q '^openat(AT_FDCWD, "f", O_RDWR|O_TRUNC) *= 3$' t.log
	! grep -q '"./f"' t.log
	grep -q '^read(3, ' t.log
	grep -q '^mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 0) = ' t.log
	grep -q '^select(4, \[3\], ' t.log
	grep -q '^poll(\[{fd=5, events=POLLIN}, {fd=-1}, {fd=3, ' t.log
	grep -q '^epoll_ctl([0-9]*, EPOLL_CTL_ADD, 3, ' t.log
	grep -q '^fsconfig(-1, FSCONFIG_SET_FD, ' t.log
	[ "$(grep -c '^sendfile(' t.log)" = 2 ]
	! grep -q '^pipe2\|^dup3(\|^epoll_create1' t.log
	both -P d -- = -- "$PP"
	grep -q '^openat([0-9]*, "x", ' t.log
	grep -q '^getdents64([0-9]*, ' t.log
	# the name it resolved into, on standard error (not silenced by -qqq)
	both -P via -- = -- "$PP"
	grep -qxF "$BIN/trace: Requested path \"via\" resolved into \"$PWD/f\"" t.err
	both -qqq -P via -- = -- "$PP"
	grep -q 'Requested path' t.err
	both -P via -e quiet=path-resolution -- = -- "$PP"
	[ ! -s t.err ]
	both -e quiet=all -P via -- = -- "$PP"
}

# bats test_tags=native-only
@test "trace -P vs strace -P: with -e trace=, -z, -y, -X raw, -f, -c; on cat, ls, dash" {
	skip_unless_ptrace
	path_setup
	local PP=$BUILD/tests/trace-path
	# every call, without -P (poll's {fd=-1} and NULL, select's sets and
	# timerfd_gettime with -y), then under -P
	both -- = -- "$PP"
	both -y -- = -- "$PP"
	both -P f -e trace=%desc -- = -- "$PP"
	both -P f -e trace=read,write,close -- = -- "$PP"
	both -P f -e trace=%process -- = -- "$PP"
	both -P f -z -- = -- "$PP"
	both -P f -Z -- = -- "$PP"
	both -P f -y -- = -- "$PP"
	both -P d -y -- = -- "$PP"
	both -P f -X raw -- = -- "$PP"
	both -P f -X verbose -- = -- "$PP"
	both -P /etc/passwd -- = -- cat /etc/passwd
	both -P /etc/passwd -P /nonexistent -- = -- cat /nonexistent /etc/passwd
	both -P "$(command -v cat)" -- = -- cat /dev/null
	both -P /etc -- = -- ls -l /etc
	both -P /etc -P /etc/hostname -- = -- ls -l /etc/hostname /etc/passwd
	both -f -P /etc/passwd -- = -- dash -c 'cat /etc/passwd; cat /etc/passwd >/dev/null; :'
	both -f -P /dev/null -P /etc/passwd -- = -- dash -c 'cat /etc/passwd >/dev/null; :'
	grep -q '^[0-9]* *dup2(3, 1) *= 1$' t.log
	# -c, -C: the same calls counted, with the same errors (the times differ)
	for c in -c -C; do
		strace $c -P f -o s.log "$PP" 3>&- 4>&-
		"$BIN/trace" $c -P f -o t.log "$PP" 3>&- 4>&-
		diff <(awk 'NF >= 5 && $4 ~ /^[0-9]+$/ {print $4, $(NF-1), $NF}' s.log | sort) \
			<(awk 'NF >= 5 && $4 ~ /^[0-9]+$/ {print $4, $(NF-1), $NF}' t.log | sort)
	done
	grep -q ' fanotify_mark$' t.log
}

# bats test_tags=native-only
@test "trace -b execve vs strace -b execve: each process is let go of at its execve, PROG's own exec excepted" {
	skip_unless_ptrace
	for o in "-b execve" "--detach-on=execve"; do
		# shellcheck disable=SC2086
		strace $o -f -o s.log dash -c '/bin/true; :'
		# shellcheck disable=SC2086
		"$BIN/trace" $o -f -o t.log dash -c '/bin/true; :'
		# which of the two ends the execve line depends on which stop comes first;
		# what rt_sigreturn returns, on what the SIGCHLD cut
		diff <(mask s.log | sed -E 's/^(PID|[0-9]+) +//; s/<(unfinished|detached) \.\.\.>/<CUT>/; s/[0-9]{3,}/N/g; s/getrandom\(.*/getrandom/; s/(rt_sigreturn.*= ).*/\1R/' | sort) \
			<(mask t.log | sed -E 's/^(PID|[0-9]+) +//; s/<(unfinished|detached) \.\.\.>/<CUT>/; s/[0-9]{3,}/N/g; s/getrandom\(.*/getrandom/; s/(rt_sigreturn.*= ).*/\1R/' | sort)
		grep -q '^[0-9]* *execve("/bin/true"' t.log
		! grep -q 'exited with 0 +++' <(grep -v "^$(head -1 t.log | cut -d' ' -f1) " t.log)
	done
	# PROG let go at its own exec: its end is not the tracer's, which exits
	# 0 (strace's exit_code stays 0); killed before, it is; --seccomp-bpf
	# is refused for -b first, with or without -f
	for o in "" "-f" "--seccomp-bpf" "-f --seccomp-bpf"; do
		for c in 'exec false' 'kill -9 $$; exec false' 'exec dash -c "exit 7"'; do
			# shellcheck disable=SC2086
			strace $o -b execve -e none dash -c "$c" >s.out 2>s.err && ss=0 || ss=$?
			# shellcheck disable=SC2086
			"$BIN/trace" $o -b execve -e none dash -c "$c" >t.out 2>t.err && ts=0 || ts=$?
			assert_equal "$ts" "$ss"
			diff <(sed -E 's/[0-9]+/N/g' s.err) <(sed -E "s|$BIN/trace:|strace:|; s/[0-9]+/N/g" t.err)
		done
	done
}

# bats test_tags=native-only
@test "trace -u vs strace -u: PROG runs as the user, with its groups; an unknown user in strace's words" {
	skip_unless_ptrace
	[ "$(id -u)" = 0 ] || skip "-u needs root"
	for u in nobody daemon root; do
		for o in "-u $u" "--user=$u"; do
			# shellcheck disable=SC2086
			[ "$(strace -o /dev/null $o id)" = "$("$BIN/trace" -o /dev/null $o id)" ]
		done
	done
	[ "$("$BIN/trace" -o /dev/null -u nobody id -u)" = "$(id -u nobody)" ]
	DIGITS= both -u nobody -e trace=getppid,exit_group -- = -- "$P"
	same_error -u no-such-user-here true
}

# bats test_tags=native-only
@test "trace -u vs strace -u: a program the user may not run (EACCES): exit_group(1) shown when execve is not traced, hidden when it is" {
	skip_unless_ptrace
	[ "$(id -u)" = 0 ] || skip "-u needs root"
	mkdir -m 700 priv
	cp "$P" priv/prog
	both -u nobody -e trace=getppid,exit_group -- = -- ./priv/prog
	grep -q '^exit_group(1) ' t.log
	both -u nobody -e trace=exit_group,execve -- = -- ./priv/prog
	! grep -q '^exit_group(' t.log
	both -u nobody -- = -- ./priv/prog
	# root runs a file without x bits neither
	chmod 644 priv/prog
	both -e trace=exit_group -- = -- ./priv/prog
}

@test "trace vs strace: option syntax (options-syntax): -p lists, -I names, --tips, long names in errors, PROG first" {
	local long
	long=$(printf '%*s' 4200 '')
	same_error -p 1,a
	same_error -p '1 a'
	same_error -I always
	same_error -I NEVER_TSTP
	same_error -I nev
	same_error --interruptible=0
	same_error --interruptible=Waiting
	same_error --tips=id:
	same_error --tips=2147483648
	same_error --tips=format:id:0
	same_error --tips=1,id:42,format:full,none
	same_error --tips=
	same_error --string-limit=-42
	same_error -s 1073741824
	same_error --columns=-1
	same_error --const-print-style=test
	same_error --timestamps=format:s
	same_error --absolute-timestamps=s,,none
	same_error --daemonize=Pgrp
	same_error -DDDD
	same_error -D --daemonize
	same_error -f --follow-forks
	same_error -w
	same_error -P .
	same_error -o '|cat' -ff true
	same_error --output='!cat' -ff true
	same_error -ff -o "$long" true
	same_error "$long"
	same_error --secontext
	same_error -e secontext=mismatch
	same_error -F -x --strings-in-hex true
	same_error --seccomp-bpf -w /
	same_error --seccomp-bpf -p 1 -w
	same_error -e trace=getcwd@
	same_error -e trace='?getcwd@foo'
	same_error -e trace=/non_syscall@64
	same_error -e trace=1,none
	same_error -e signal=1,,2,all
	same_error -e quiet=
	same_error -e status=,
	same_error --decode-pids='!'
	# notes on options that do nothing here, in strace's order, before -u's error
	same_error -u :nosuchuser: -cinrtTyzZ true
	same_error -u :nosuchuser: --output-separately --output-append-mode true
	same_error -u :nosuchuser: --output-separately --follow-forks true
	same_error -u :nosuchuser: --summary-sort-by errors true
	# PROG is looked up in the tracer's own PATH, not the one -E gives PROG
	# (then traced, which needs ptrace: not under QEMU)
	[ -n "${SG_QEMU:-}" ] || same_error --quiet=all --trace=none --signal=none --env=PATH=/ true
}

@test "trace vs strace: descriptor and call sets (filtering_*-syntax): empty sets, all/none, inject's set first" {
	for s in '' , '!' '!,' 1,,2 all,1 '1,!2' '!-1' '!all' 4294967296; do
		same_error -e read="$s"
		same_error --write="$s"
	done
	for s in '' : :: chdir: chdir:: chdir::error=ENOSYS nosuch:when=3 'chdir:error=EIO:'; do
		same_error -e inject="$s"
		same_error -e fault="$s"
	done
}

# bats test_tags=native-only
@test "trace -o '|CMD' vs strace -o '|CMD': the trace fed to CMD, which is done when the tracer returns" {
	skip_unless_ptrace
	strace -o '|cat > s.out; sleep 0.1; echo done >> s.out' -e trace=chdir sh -c 'cd /nonexistent-dir 2>/dev/null; true'
	sg trace -o '!cat > t.out; sleep 0.1; echo done >> t.out' -e trace=chdir sh -c 'cd /nonexistent-dir 2>/dev/null; true'
	run diff s.out t.out
	assert_success
	grep -q done t.out
}

# bats test_tags=native-only
@test "trace -d/--debug vs strace -d: the ptrace options and PTRACE_GET_SYSCALL_INFO lines; started with no argv[0], named by its path" {
	skip_unless_ptrace
	for o in -d --debug; do
		strace "$o" / 2>s.err >/dev/null || true
		"$BIN/trace" "$o" / 2>t.err >/dev/null || true
		grep -Eq '^strace: ptrace_setoptions = 0x[0-9a-f]+$' s.err
		grep -Eq "^$BIN/trace: ptrace_setoptions = 0x[0-9a-f]+$" t.err
		grep -qx 'strace: PTRACE_GET_SYSCALL_INFO works' s.err
		grep -qx "$BIN/trace: PTRACE_GET_SYSCALL_INFO works" t.err
		# the options trace seizes with: TRACESYSGOOD and TRACEEXEC at least
		o=$(sed -En "s|^$BIN/trace: ptrace_setoptions = (0x[0-9a-f]+)$|\1|p" t.err)
		[ $((o & 0x11)) = $((0x11)) ]
	done
	# the request refused (here: never tried, TRACE_FALLBACK=1): strace's
	# other line
	TRACE_FALLBACK=1 "$BIN/trace" -d / 2>t.err >/dev/null || true
	grep -qx "$BIN/trace: PTRACE_GET_SYSCALL_INFO does not work" t.err
	# argc 0 (the kernel hands an empty argv[0]): strace says "strace:", its
	# own name; trace the path it was executed by (AT_EXECFN), not nothing
	command -v perl >/dev/null || skip "no perl"
	perl -e 'exec {$ARGV[0]} ()' /usr/bin/strace 2>s.err && ss=0 || ss=$?
	perl -e 'exec {$ARGV[0]} ()' "$BIN/trace" 2>t.err && ts=0 || ts=$?
	assert_equal "$ts" "$ss"
	diff <(sed 's|strace|NAME|g' s.err) <(sed "s|$BIN/trace|NAME|g" t.err)
}
