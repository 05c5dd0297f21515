#!/usr/bin/env bats
# Lesson 10 (memory): mem natively and under qemu-x86_64 (SG_QEMU=1), its
# calls against strace, the grader on starters, solutions, fakes and other
# answers, and the four-way run.
load helper
load lessons

LD=$L/10-memory
LBD=$LB/10-memory

setup_file() {
	# the passes run side by side: one make at a time in the shared build/
	lesson_flags
	flock "$ROOT/build/.lessons.lock" make --no-print-directory -s -C "$ROOT/lessons/10-memory" >/dev/null
}

mem() { lesson_prog 10-memory mem "$@"; }

grade_file() {
	local d=$BATS_TEST_TMPDIR/src.$RANDOM
	mkdir -p "$d" && cp "$3" "$d/$2.c"
	make --no-print-directory -s -C "$1" check SRC="$d" ONLY="$2"
}

@test "lesson 10: mem — brk, mmap, SIGSEGV si_addr, mremap, the map, madvise, the page cache (hand-written expectation)" {
	cd "$BATS_TEST_TMPDIR"
	run mem "$BATS_TEST_TMPDIR/mem.data"
	assert_success
	assert_line "1. brk: the break moved by 65536 bytes, then back by 65536"
	assert_line "2. mmap: 1 MiB of anonymous memory, page-aligned: yes; first and last byte 'a' 'z'"
	assert_line "3. mmap of /proc/self/exe: bytes 7f 'ELF', read through memory"
	assert_line "4. mprotect(PROT_READ), then a write at page+100: SIGSEGV, si_addr = page + 100, si_code SEGV_ACCERR; after the handler's mprotect the write is done: 'w'"
	assert_line --regexp "^5\. mremap 1 page -> 4 pages: (grew in place|moved); byte kept: 'w'$"
	assert_line "6. a local variable lives in: [stack]"
	assert_line "6. main() lives in: mem (r-xp)"
	assert_line "8. wrote 'x', madvise(MADV_DONTNEED): the byte reads back as 0"
	assert_line --regexp '^9\. a 1 MiB file \(256 pages\) in the page cache: after writing 256, after fadvise\(DONTNEED\) 0,$'
	# readahead is advice: the kernel may read less than asked (a fresh clone
	# once saw 253 of 256 after the program's 5 s), but it reads the file back
	# in: at least half of it
	assert_line --regexp '^   readahead returned 0: at once [0-9]+; (12[89]|1[3-9][0-9]|2[0-4][0-9]|25[0-6]) after [0-9]+ ms of waiting$'
	[ ! -e "$BATS_TEST_TMPDIR/mem.data" ]
}

@test "lesson 10: the vDSO is in the map natively, absent under QEMU 7.2" {
	run mem "$BATS_TEST_TMPDIR/mem.data"
	if [ -n "${SG_QEMU:-}" ] && qemu-x86_64 --version | grep -q 'version 7\.'; then
		assert_line "6. AT_SYSINFO_EHDR: none (no vDSO here)"
	else
		assert_line "6. AT_SYSINFO_EHDR points into: [vdso]"
	fi
}

# bats test_tags=native-only
@test "lesson 10 vs strace: mem's brk, mprotect, SIGSEGV, mremap, madvise, fadvise64, readahead, mincore" {
	skip_unless_ptrace
	cd "$BATS_TEST_TMPDIR"
	strace -qq -o tr "$LBD/mem" >/dev/null 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-
	run cat tr
	assert_line --regexp '^brk\(NULL\) += 0x[0-9a-f]+$'
	assert_line --regexp '^mprotect\(0x[0-9a-f]+, 4096, PROT_READ\) += 0$'
	assert_line --regexp '^--- SIGSEGV \{si_signo=SIGSEGV, si_code=SEGV_ACCERR, si_addr=0x[0-9a-f]+\} ---$'
	assert_line --regexp '^mremap\(0x[0-9a-f]+, 4096, 16384, MREMAP_MAYMOVE\) += 0x[0-9a-f]+$'
	assert_line --regexp '^madvise\(0x[0-9a-f]+, 4096, MADV_DONTNEED\) += 0$'
	assert_line --regexp '^fadvise64\(3, 0, 1048576, POSIX_FADV_DONTNEED\) += 0$'
	assert_line --regexp '^readahead\(3, 0, 1048576\) += 0$'
	assert_line --regexp '^mincore\(0x[0-9a-f]+, 1048576, \[0, 0, '
}

# bats test_tags=native-only
@test "lesson 10: bin/trace decodes mem's calls as strace does (trace-vs-strace)" {
	skip_unless_ptrace
	cd "$BATS_TEST_TMPDIR"
	run "$BIN/trace-vs-strace" "$LBD/mem"
	# rt_sigreturn returns the interrupted rax (an address that varies);
	# which pages are in the page cache (mincore's vector) and the counts
	# mem prints of them belong to the machine's moment, not to the tracer
	local d
	d=$(grep -E '^[-+][a-z]' <<<"$output" | grep -Ev '^[-+](rt_sigreturn\(|mincore\(0xADDR, [0-9]+, \[[01, .]*\]\) += 0$|write\(1, )' || true)
	[ -z "$d" ] || { echo "$d"; false; }
}

@test "lesson 10 grader: starters fail, solutions pass, fakes/ fail, alt/ pass (each alone)" {
	graded 10-memory
}

# bats test_tags=native-only
@test "lesson 10: make run (the four-way run and bin/maps) completes" {
	skip_under_qemu "the four-way run includes its own qemu way; it runs once, in the native pass"
	run make --no-print-directory -s -C "$LD" run
	assert_success
	assert_line --regexp '^four-way run: [34] ran, 0 went wrong, [01] skipped$'
	assert_output --partial "== 4. qemu-x86_64"
	assert_line --regexp '^  \| [0-9a-f]{16} +[0-9]+K r-xp text +/.*/bin/maps$'
}

# bats test_tags=native-only
@test "lesson 10 under QEMU 10 (the README's facts): a vDSO in the map, SIGSEGV's si_addr, readahead" {
	skip_under_qemu "it runs QEMU 10 itself, once, in the native pass"
	local q=${SG_QEMU_NEW:-$ROOT/build/qemu-new/usr/bin/qemu-x86_64}
	[ -x "$q" ] || skip "QEMU 10 is not fetched (.ci/fetch-qemu)"
	cd "$BATS_TEST_TMPDIR"
	run "$q" -0 mem "$LBD/mem"
	assert_success
	assert_line "6. AT_SYSINFO_EHDR points into: [vdso]"
	assert_line "4. mprotect(PROT_READ), then a write at page+100: SIGSEGV, si_addr = page + 100, si_code SEGV_ACCERR; after the handler's mprotect the write is done: 'w'"
	# readahead is advice: the kernel may read less than asked (a fresh clone
	# once saw 253 of 256 after the program's 5 s), but it reads the file back
	# in: at least half of it
	assert_line --regexp '^   readahead returned 0: at once [0-9]+; (12[89]|1[3-9][0-9]|2[0-4][0-9]|25[0-6]) after [0-9]+ ms of waiting$'
	run "$q" -0 maps "$BIN/maps"
	assert_line --regexp '^[0-9a-f]{16} +4K r-xp vdso +\[vdso\]$'
	refute_line --regexp 'vvar'
}
