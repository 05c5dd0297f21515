#!/usr/bin/env bats
# tests/trace-calls2.bats — bin/trace against strace 6.1 line by line
# (bin/trace-vs-strace) on tests/rt/trace-calls2.c: select's sets and ready
# list, the -e read=/-e write= dumps, -e inject='s poke_enter=/poke_exit=,
# and structs and arrays of futex_waitv, setgroups, io_uring_register,
# sigevent, mq_attr, user_desc, sched_attr, perf's cache config.
# Under qemu-x86_64 there is no ptrace: these tests skip there.
# bats file_tags=native-only
load helper
bats_require_minimum_version 1.5.0

RT=$BUILD/tests

setup() {
	skip_unless_ptrace
	cd "$BATS_TEST_TMPDIR" || return 1
}

@test "trace-calls2 vs strace: select/pselect6 with nfds 0, -1 and past 1024, the ready list; with retval= injected (its stray ']')" {
	vs_strace "$RT/trace-calls2" select
	vs_strace -e inject=select:retval=3 "$RT/trace-calls2" select
	vs_strace -e inject=select:retval=1 -e trace=select "$RT/trace-calls2" select
	vs_strace -e inject=pselect6:retval=2 -e trace=pselect6 "$RT/trace-calls2" select
}

@test "trace-calls2 vs strace -e write= -e read=: a failed write dumped, a failed read not, offsets 6 digits past 1 MiB, a buffer ending unmapped, sendmmsg/recvmmsg" {
	vs_strace -e write=3 -e read=4 "$RT/trace-calls2" io
	vs_strace -e write=all -e read=all "$RT/trace-calls2" io
}

@test "trace-calls2 vs strace -e inject=...:poke_enter=/poke_exit=: what the line shows, (INJECTED: args), with retval= and error=" {
	vs_strace -e trace=write -e inject=write:poke_enter=@arg2=4142,@arg3=00:poke_exit=@arg2=43:when=3..4 "$RT/trace-calls2" io
	vs_strace -e trace=write -e inject=write:poke_exit=@arg2=5a:error=EIO:when=3 "$RT/trace-calls2" io
	vs_strace -e trace=sendfile -e inject=sendfile:poke_enter=@arg3=0000000000000000:poke_exit=@arg3=ffffffffffffffff:retval=5 "$RT/trace-calls2" misc
}

@test "trace-calls2 vs strace: epoll_ctl DEL, sendfile's offset, setgroups, rt_sigpending's short sets, futex_waitv, user_desc -1, sched_flags, MAP_HUGE_SHIFT, mq_*, sigevent, perf cache config; -X raw, -X verbose, -v" {
	vs_strace "$RT/trace-calls2" misc
	vs_strace -X raw "$RT/trace-calls2" misc
	vs_strace -X verbose "$RT/trace-calls2" misc
	vs_strace -v "$RT/trace-calls2" misc
}

@test "trace-calls2 vs strace: io_uring_register's PROBE (all 0 at the entry, cut at nr), FILES_SKIP, RING_FDS, PBUF_RING, IOWQ_MAX_WORKERS; failed and with retval= injected" {
	vs_strace "$RT/trace-calls2" uring
	vs_strace -X verbose "$RT/trace-calls2" uring
	vs_strace -e inject=io_uring_register:retval=0 "$RT/trace-calls2" uring
}

@test "trace -e trace= as strace: an i386-only name (mmap2) or number traces nothing, empty items are skipped, a list of none is an error, numbers, '!!' undoes '!'" {
	vs_strace -e trace=mmap,mmap2,munmap "$RT/trace-calls2" io
	vs_strace -e ,mmap,,munmap "$RT/trace-calls2" io
	same_error -e trace=, true
	same_error -e trace=! true
	same_error -e mmap2@64 true
	vs_strace -e trace=42,450,0 "$RT/trace-calls2" io
	same_error -e trace=387 true
	same_error -e trace=0x2a true
	vs_strace -e 'trace=!!write' -e 'write=!!!3' "$RT/trace-calls2" io
	vs_strace -e 'status=!!failed' "$RT/trace-calls2" io
}

@test "trace -e inject= as strace: calls -e trace= leaves out are not tampered with; errno names in any case; a repeated delay, an empty or oversized poke refused" {
	vs_strace -e trace=read -e inject=write:error=EIO -e inject=read:error=eacces:when=2 "$RT/trace-calls2" io
	same_error -e inject=chdir:delay_enter=1:delay_enter=2 true
	same_error -e inject=chdir:poke_enter= true
	same_error -e inject=chdir:poke_enter=@arg1=$(printf '%02050d' 0) true
}
