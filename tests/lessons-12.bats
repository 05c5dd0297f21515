#!/usr/bin/env bats
# Lesson 12, the cost of a syscall and the vDSO: vdso's reading of the vDSO
# against readelf and /proc/self/maps, natively and under both QEMUs; its
# trace against strace; the four-way run; the grader against starters,
# solutions, fakes (must fail) and alt/ answers.
load helper
load lessons

LD=$L/12-syscall-cost
LBD=$LB/12-syscall-cost
QEMU_NEW=${SG_QEMU_NEW:-$ROOT/build/qemu-new/usr/bin/qemu-x86_64}
[ -x "$QEMU_NEW" ] || QEMU_NEW=/opt/qemu-new/usr/bin/qemu-x86_64

setup_file() {
	# the passes run side by side: one make at a time in the shared build/
	lesson_flags
	flock "$ROOT/build/.lessons.lock" make --no-print-directory -s -C "$ROOT/lessons/12-syscall-cost" >/dev/null &&
		flock "$ROOT/build/.lessons.lock" make --no-print-directory -s -C "$ROOT/lessons/12-syscall-cost" exercises SOLUTIONS=1 >/dev/null
}

vdso() { lesson_prog 12-syscall-cost vdso "$@"; }

# bats test_tags=native-only
@test "lesson 12 vs readelf: vdso lists the vDSO's functions as readelf reads them (native)" {
	skip_under_qemu "qemu-user 7.2 maps no vDSO: the next test covers it"
	local l s e
	run vdso
	assert_success
	assert_line --regexp '^   the same address: yes$'
	assert_line --regexp '^2\. an ELF file in memory: \\x7fELF, class 2 \(64-bit\), type 3 \(ET_DYN, a shared object\)$'
	assert_line --regexp '^3\. CLOCK_REALTIME through the vDSO: [0-9]+ s; by syscall: [0-9]+ s; less than 0.1 s apart: yes$'
	# the oracle: this kernel's vDSO copied out of a process, read by readelf
	l=$(setarch "$(uname -m)" -R cat /proc/self/maps | grep '\[vdso\]')
	s=$((0x${l%%-*})) e=${l#*-} e=$((0x${e%% *}))
	setarch "$(uname -m)" -R dd if=/proc/self/mem of="$BATS_TEST_TMPDIR/vdso.so" bs=4096 \
		skip=$((s / 4096)) count=$(((e - s) / 4096)) status=none
	# readelf prints each value as 16 hex digits
	readelf --dyn-syms -W "$BATS_TEST_TMPDIR/vdso.so" |
		awk '$4 == "FUNC" && $7 != "UND" {sub(/@.*/, "", $8); print $8, $2}' >"$BATS_TEST_TMPDIR/want2"
	[ -s "$BATS_TEST_TMPDIR/want2" ]
	grep -E '^     [_a-z]+ +st_value' <<<"$output" | awk '{print $1, $3}' |
		while read -r n v; do printf '%s %016x\n' "$n" $((v)); done >"$BATS_TEST_TMPDIR/got"
	diff <(sort "$BATS_TEST_TMPDIR/want2") <(sort "$BATS_TEST_TMPDIR/got")
}

@test "lesson 12: under qemu-x86_64 7.2 there is no vDSO, and vdso says so (hand-written expectation)" {
	local q
	# the system's qemu-user (Debian 12: 7.2), even in the pass that puts a
	# QEMU >= 9 first on PATH
	for q in /usr/bin/qemu-x86_64 "$(command -v qemu-x86_64)"; do
		[ -x "$q" ] && "$q" --version | grep -q 'version 7\.' && break
		q=
	done
	[ -n "$q" ] || skip "no QEMU 7.x here (Debian 12's qemu-user)"
	run "$q" -0 vdso "$LBD/vdso"
	assert_success
	assert_output "1. AT_SYSINFO_EHDR = (nil)
   /proc/self/maps: (no [vdso] line)
   no vDSO: every clock_gettime is a real syscall here"
}

# bats test_tags=native-only
@test "lesson 12: under QEMU >= 8.2 the vDSO is there, in the map, and its clock_gettime is a syscall" {
	skip_under_qemu "this test runs the newer QEMU itself, once, in the native pass"
	[ -x "$QEMU_NEW" ] || skip "no QEMU 10 at $QEMU_NEW (.ci/fetch-qemu fetches it)"
	run "$QEMU_NEW" -0 vdso "$LBD/vdso"
	assert_success
	assert_line '   the same address: yes'
	assert_line --regexp '^     __vdso_clock_gettime +st_value +0x[0-9a-f]+ -> 0x[0-9a-f]+$'
	"$QEMU_NEW" -strace -D "$BATS_TEST_TMPDIR/q" "$LBD/solutions/ex1-lookup" time 0 >/dev/null
	grep -q ' clock_gettime(CLOCK_REALTIME,' "$BATS_TEST_TMPDIR/q"
}

# bats test_tags=native-only
@test "lesson 12 vs strace: vdso makes one clock_gettime syscall (the second reading), the vDSO none" {
	skip_unless_ptrace
	local t=$BATS_TEST_TMPDIR/trace
	strace -qq -o "$t" "$LBD/vdso" >/dev/null 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-
	[ "$(grep -c '^clock_gettime(CLOCK_REALTIME, ' "$t")" -eq 1 ]
	grep -Eq '^openat\(AT_FDCWD, "/proc/self/maps", O_RDONLY\|O_CLOEXEC\) += 3$' "$t"
	strace -qq -o "$t" -e trace=clock_gettime "$(command -v date)" >/dev/null
	[ ! -s "$t" ]	# GNU date: glibc reads the clock through the vDSO
}

# bats test_tags=native-only
@test "lesson 12: bin/trace decodes vdso and syscost exactly as strace (trace-vs-strace)" {
	skip_unless_ptrace
	cd "$LBD"
	run "$BIN/trace-vs-strace" ./vdso
	assert_success
	# not its write: the table's figures change the length from run to run
	run "$BIN/trace-vs-strace" -e trace=getppid,clock_gettime "$BIN/syscost" -r 3
	assert_success
	run "$BIN/trace-vs-strace" solutions/ex3-ratio 0
	assert_success
}

# bats test_tags=native-only
@test "lesson 12: four-way run completes; date's clock_gettime counted natively and under qemu" {
	skip_under_qemu "the four-way run includes its own qemu way; it runs once, in the native pass"
	run make --no-print-directory -s -C "$LD" run
	assert_success
	assert_line --regexp '^four-way run: [34] ran, 0 went wrong, [01] skipped$'
	assert_line --regexp '^  qemu-x86_64 7\.2\.[0-9]+ -strace +1 \(no vDSO: glibc makes the syscall\)$'
	if strace -qq -e trace=none true 2>/dev/null; then
		assert_line --regexp '^  natively, under strace +0 \(glibc calls the vDSO: no syscall to see\)$'
	fi
	assert_line "  qemu 7.2: no [vdso] line"
}

@test "lesson 12 grader: starters fail, solutions pass, fakes/ fail, alt/ pass (each alone)" {
	graded 12-syscall-cost
}

