#!/bin/bash
# trace-vs-strace — run a program under real strace and under sysgate's
# trace with the same options, and show where their outputs differ.
#
# Usage: trace-vs-strace [-d] [-f] [-u] [-s N] [-a N] [-e EXPR] [-X raw|verbose] [-v] [-y] [-k] [--no-abbrev] [--const-print-style=S] [-q] [-Y] [--decode-pids=SET] [--pidns-translation] PROG [ARG]...
#
# Both tracers write to files (-o); the program's own output goes to
# /dev/null, and its standard input, when not a terminal, is saved once and
# given to both runs. What must differ between two runs is masked first:
#   0xADDR   addresses of 6+ hex digits, brk's arguments and results
#   PID      pids: getpid/gettid/set_tid_address/clone/fork/wait4 results,
#            si_pid, parent_tid, the SysV IPC structs' pids and semctl GETPID's result, nl_pid, the target of kill, tgkill,
#            rt_sigqueueinfo, kcmp, pidfd_open, process_vm_readv/writev;
#            rt_sigreturn's result of 3 digits or more (the interrupted
#            call's, a pid when a SIGCHLD came during wait4);
#            --decode-pids=pidns's "N in strace's PID NS" comments; with -Y
#            (--decode-pids=comm) every pid before a <comm>, and trace's own
#            name in them (the process before its first exec) read as strace's
#   T        clock and time readings (tv_sec/tv_nsec/tv_usec, time, times;
#            -v's file times st_atime=N with their dates, SysV IPC's msg_stime..., getrusage's counts),
#            CPU times in siginfo; sysinfo's whole struct
#   and      getrandom's bytes, the environment count, ephemeral ports (also
#            -X raw's sin_port="\xNN\xNN" on 127.0.0.1 from 32768 up, -X
#            verbose's with /* htons(N) */), CPU
#            numbers of getcpu
# A masked line's padding before its "=" is reduced to one space. A call cut
# "= ? ERESTART..." and started again on the next line, no signal between
# (a stop of the tracer's own making at that moment), is left out.
# Then prints `diff -u strace trace` and "N/M lines identical": M counts
# strace's lines plus those only trace printed, N the lines both printed.
# -f follows threads and children in both; their lines interleave
# differently from run to run, so each tracer's log is first regrouped: a call
# split by another thread ("<unfinished ...>", "<... NAME resumed>") joined
# again, pids numbered by first appearance, and each thread's lines under one
# "== thread N" heading, in order.
# -u compares the sets of distinct lines (sorted, each once, without the
# "== thread" headings) instead of the sequences: for a program whose
# threads race (how many a runtime starts, which waits when), every line one
# tracer printed must be a line the other printed too.
# -d prints only the count line. Exit status: 0 identical, 1 different,
# 2 trouble (no strace, a tracer failed to start).
set -u
here=$(cd "$(dirname "$0")" && pwd)
trace=${TRACE:-$here/trace}
quiet_diff=0
follow=0
distinct=0
opts=()
while [ $# -gt 0 ]; do
	case $1 in
	-d) quiet_diff=1; shift ;;
	-f) follow=1; opts+=(-f); shift ;;
	-u) distinct=1; shift ;;
	-s|-a|-e|-X) [ $# -ge 2 ] || { echo "trace-vs-strace: option requires an argument -- '${1#-}'" >&2; exit 2; }
		opts+=("$1" "$2"); shift 2 ;;
	-s*|-a*|-e*|-X*|-q|-qq|-v|-y|-k|--no-abbrev|--const-print-style=*) opts+=("$1"); shift ;;
	-Y|--decode-pids=*|--pidns-translation) opts+=("$1"); shift ;;
	--) shift; break ;;
	-*) echo "trace-vs-strace: invalid option -- '${1#-}'" >&2; exit 2 ;;
	*) break ;;
	esac
done
if [ $# -eq 0 ]; then
	echo "Usage: trace-vs-strace [-d] [-f] [-u] [-s N] [-a N] [-e EXPR] [-X raw|verbose] [-v] [-y] [-k] [--no-abbrev] [--const-print-style=S] [-q] [-Y] [--decode-pids=SET] [--pidns-translation] PROG [ARG]..." >&2
	exit 2
fi
command -v strace >/dev/null || { echo "trace-vs-strace: strace is not installed" >&2; exit 2; }
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
if [ -t 0 ]; then
	in=/dev/null
else
	in=$tmp/stdin
	cat >"$in"
fi

# through env, so that the shell's "_" (the command's path) is the same for both
# (in subshells: a program killed by a signal is no news for this shell)
(env strace "${opts[@]}" -o "$tmp/strace.raw" "$@" <"$in" >/dev/null 2>"$tmp/strace.err"; exit) 2>/dev/null
(env "$trace" "${opts[@]}" -o "$tmp/trace.raw" "$@" <"$in" >/dev/null 2>"$tmp/trace.err"; exit) 2>/dev/null
for f in strace trace; do
	if [ ! -s "$tmp/$f.raw" ]; then
		echo "trace-vs-strace: $f wrote no trace:" >&2
		cat "$tmp/$f.err" >&2
		exit 2
	fi
done

# -Y (or a decode-pids set naming comm or all): pids come with <comm>
comm=0
for o in "${opts[@]}"; do
	case $o in
	-Y|--decode-pids=*comm*|--decode-pids=*all*|-edecode-pids=*comm*|-edecode-pids=*all*|decode-pids=*comm*|decode-pids=*all*) comm=1 ;;
	esac
done
mask() {
	sed -E '
		s/0x[0-9a-f]{6,}/0xADDR/g
		s/^brk\((0x[0-9a-f]+|NULL)\)( += )0x[0-9a-f]+$/brk(\1)\20xADDR/
		s/^brk\(0x[0-9a-f]+\)/brk(0xADDR)/
		s/sin_port=htons\((3[2-9][0-9]{3}|[4-6][0-9]{4})\)/sin_port=htons(PORT)/g
		s/sin_port="\\x[89a-f][0-9a-f]\\x[0-9a-f]{2}"(, sin_addr="\\x7f)/sin_port="PORT"\1/g
		s/sin_port="[^"]*" \/\* htons\((3[2-9][0-9]{3}|[4-6][0-9]{4})\) \*\//sin_port="PORT" \/* htons(PORT) *\//g
		s/\/\* [0-9]+ vars \*\//\/* N vars *\//
		s/^(getpid|getppid|gettid|set_tid_address|clone|clone3|fork|vfork|wait4)(\(.*\) += )[0-9]+$/\1\2PID/
		s/^(kill|tgkill|tkill|rt_sigqueueinfo|kcmp|process_vm_readv|process_vm_writev)\([0-9]+, /\1(PID, /
		s/^kcmp\(PID, [0-9]+, /kcmp(PID, PID, /
		s/^tgkill\(PID, [0-9]+, /tgkill(PID, PID, /
		s/^wait4\([0-9]+, /wait4(PID, /
		s/^(rt_sigreturn\(.*\) += )[0-9]{3,}$/\1PID/
		s/si_pid=[0-9]+/si_pid=PID/g
		s/<Cannot fetch ([0-9]+) bytes from pid [0-9]+ @/<Cannot fetch \1 bytes from pid PID @/
		s/(msg_lspid|msg_lrpid|shm_cpid|shm_lpid)=[1-9][0-9]*/\1=PID/g
		s/^(semctl\([^,]+, [^,]+, (GETPID|0xb|0xb \/\* GETPID \*\/), .*\) += )[0-9]+$/\1PID/
		s/((msg|sem|shm)_[a-z]time)=[1-9][0-9]*/\1=T/g
		s/parent_tid=\[[0-9]+\]/parent_tid=[PID]/
		s/nl_pid=[1-9][0-9]*/nl_pid=PID/g
		s/si_utime=[0-9]+( \/\* [0-9.]+ s \*\/)?, si_stime=[0-9]+( \/\* [0-9.]+ s \*\/)?/si_utime=T, si_stime=T/g
		s/^getrandom\("[^"]*"(\.\.\.)?/getrandom("RANDOM"/
		s/tv_sec=[0-9]+, tv_nsec=[0-9]+/tv_sec=T, tv_nsec=T/g
		s/(tv_sec=T, tv_nsec=T\}) \/\* [-0-9T:.+]+ \*\//\1/g
		s/(st_[amc]time)=[0-9]+( \/\* [-0-9T:.+]+ \*\/)?, (st_[amc]time_nsec)=[0-9]+/\1=T, \3=T/g
		s/(ru_[a-z]+)=[0-9]+/\1=N/g
		s/tv_sec=[0-9]+, tv_usec=[0-9]+/tv_sec=T, tv_usec=T/g
		s/^time\(\[[0-9]+ \/\* [-0-9T:+]+ \*\/\]\)/time([T \/* DATE *\/])/
		s/^(time\(.*\) += )[0-9]+ \([^)]*\)$/\1T (DATE)/
		s/^(times\(\{)[^}]*\}\)( += )[0-9]+$/\1...})\2T/
		s/^pidfd_open\([0-9]+, /pidfd_open(PID, /
		s/^ptrace\(([^,]+), [1-9][0-9]*([,)])/ptrace(\1, PID\2/
		s/^getcpu\(\[[0-9]+\], \[[0-9]+\]/getcpu([CPU], [NODE]/
		s/^sysinfo\(\{[^}]*\}\)/sysinfo({...})/
		s/ \/\* [0-9]+ in strace.s PID NS \*\// \/* PID in strace'"'"'s PID NS *\//g
	' "$1" | if [ $comm -eq 1 ]; then sed -E 's/(^|[^0-9a-zA-Z_])[0-9]+<([^>]*)>/\1PID<\2>/g'; else cat; fi |
	awk -v orig="$1" '
		# a line the masks changed gets one space before its last ") ="
		{
			line = $0; getline o < orig
			if (o != line) {
				s = line; pos = 0; at = 0
				while (match(s, /\) +=/)) {
					at = pos + RSTART; len = RLENGTH
					pos += RSTART + RLENGTH - 1; s = substr(line, pos + 1)
				}
				if (at) line = substr(line, 1, at) " =" substr(line, at + len)
			}
			print line
		}'
}
# bythread FILE: a -f log regrouped by thread (see the top)
bythread() {
	awk '
	# -k: a stack frame (" > ") belongs to the line before it
	/^ > / && last != "" { out[id[last]] = out[id[last]] $0 "\n"; next }
	!match($0, /^[0-9]+(<[^>]*>)? +/) { out[0] = out[0] $0 "\n"; next }
	{
		pid = substr($0, 1, RLENGTH); sub(/ +$/, "", pid); rest = substr($0, RLENGTH + 1)
		# -Y: "PID<comm> ": the name stays on the line
		c = ""; if (match(pid, /<.*>$/)) { c = substr(pid, RSTART); pid = substr(pid, 1, RSTART - 1) }
		if (!(pid in id)) id[pid] = ++n
		last = pid
		if (rest ~ / <unfinished \.\.\.>$/) { sub(/ <unfinished \.\.\.>$/, "", rest); pend[pid] = rest; pc[pid] = c; next }
		if (rest ~ /^<\.\.\. [a-z_0-9]+ resumed>/) {
			# (the name the call started under: an execve changes it)
			sub(/^<\.\.\. [a-z_0-9]+ resumed>/, "", rest); rest = pend[pid] rest; c = pc[pid]; delete pend[pid]
		}
		gsub(/\) +=/, ") =", rest)
		# (-Y: a line "-- <comm>" where the thread'"'"'s name changes)
		if (c != lastc[pid]) { out[id[pid]] = out[id[pid]] "-- " c "\n"; lastc[pid] = c }
		out[id[pid]] = out[id[pid]] rest "\n"
	}
	END { printf "%s", out[0]; for (i = 1; i <= n; i++) printf "== thread %d\n%s", i, out[i] }' "$1"
}
# -Y: the process trace starts is named trace until its exec, as strace's is strace
if [ $comm -eq 1 ]; then
	sed -i -E 's/([0-9])<trace>/\1<strace>/g' "$tmp/trace.raw"
fi
if [ $follow -eq 1 ]; then
	for f in strace trace; do bythread "$tmp/$f.raw" >"$tmp/$f.grouped" && mv "$tmp/$f.grouped" "$tmp/$f.raw"; done
fi
# unsignalled: a call cut "= ? ERESTART..." and started again on the next
# line with no signal between was stopped by the tracer's own doing (a
# ptrace stop of the moment), not by the program's: the line is dropped
unsignalled() {
	awk '
	function name(l) { return match(l, /^[a-z_0-9]+\(/) ? substr(l, 1, RLENGTH) : "" }
	NR > 1 && !(held ~ / = \? ERESTART[A-Z_]+ / && name(held) != "" && name($0) == name(held)) { print held }
	{ held = $0 }
	END { if (NR) print held }' "$1"
}
mask "$tmp/strace.raw" | unsignalled /dev/stdin >"$tmp/strace"
mask "$tmp/trace.raw" | unsignalled /dev/stdin >"$tmp/trace"
if [ $distinct -eq 1 ]; then
	for f in strace trace; do grep -v '^== thread ' "$tmp/$f" | sort -u >"$tmp/$f.u" && mv "$tmp/$f.u" "$tmp/$f"; done
fi

total=$(wc -l <"$tmp/strace")
diff -u --label strace --label trace "$tmp/strace" "$tmp/trace" >"$tmp/diff"
st=$?
# M counts strace's lines and the lines only trace printed; N the lines both printed
# (after diff's two header lines: a trace line may itself start with --- or +++)
removed=$(awk 'NR > 2 && /^-/' "$tmp/diff" | wc -l)
added=$(awk 'NR > 2 && /^\+/' "$tmp/diff" | wc -l)
[ $quiet_diff -eq 1 ] || cat "$tmp/diff"
echo "$((total - ${removed:-0}))/$((total + ${added:-0})) lines identical"
[ $st -eq 0 ] && exit 0 || exit 1
