#!/usr/bin/env bats
# lessons/lib/ways.sh under emulation: how it tells that x86-64 programs run
# under qemu-user, and what the four-way run does then. The oracles: qemu-user
# itself (it answers ENOSYS to a guest's ptrace, and passes the host's
# /proc/cpuinfo through), and the spec: ways that cannot work are skipped in
# one line each, and "went wrong" counts only ways that ran and failed.
# bats file_tags=native-only
load helper

WAYS=$ROOT/lessons/lib/ways.sh

@test "sg_emulated: SG_EMULATED=1 says yes and SG_EMULATED=0 says no" {
	skip_under_qemu "ways.sh runs its own qemu; the native pass covers it"
	run env SG_EMULATED=1 bash -c ". '$WAYS'; sg_emulated && echo \"yes: \$SG_EMULATED_WHY\""
	assert_output "yes: SG_EMULATED=1"
	run env SG_EMULATED=0 bash -c ". '$WAYS'; sg_emulated || echo no"
	assert_output "no"
}

@test "sg_emulated on this x86-64 machine with ptrace: no" {
	skip_under_qemu "ways.sh runs its own qemu; the native pass covers it"
	[ "$(uname -m)" = x86_64 ] || skip "not an x86-64 kernel"
	strace -qq -e trace=none true 2>/dev/null || skip "ptrace is not permitted here"
	run env -u SG_EMULATED bash -c ". '$WAYS'; sg_emulated && echo yes || echo no"
	assert_output no
}

@test "sg_emulated: an arm64 /proc/cpuinfo (as qemu-user passes the host's through) says emulated" {
	skip_under_qemu "ways.sh runs its own qemu; the native pass covers it"
	# qemu-user gives an x86-64 guest the host's /proc/cpuinfo: checked here
	# with both the host's lines and the guest's view of them
	run qemu-x86_64 /bin/cat /proc/cpuinfo
	assert_success
	assert_equal "$output" "$(cat /proc/cpuinfo)"
	# an arm64 kernel's format (arch/arm64/kernel/cpuinfo.c): no "flags" line
	printf '%s\n' 'processor	: 0' 'BogoMIPS	: 48.00' \
		'Features	: fp asimd evtstrm aes pmull sha1 sha2 crc32 atomics fphp asimdhp cpuid' \
		'CPU implementer	: 0x61' 'CPU architecture: 8' '' >"$BATS_TEST_TMPDIR/cpuinfo"
	run env -u SG_EMULATED bash -c ". '$WAYS'; _sg_cpuinfo='$BATS_TEST_TMPDIR/cpuinfo'; sg_emulated && echo \"yes: \$SG_EMULATED_WHY\""
	assert_output "yes: the CPU is not x86-64 (/proc/cpuinfo)"
}

@test "sg_emulated: strace run by qemu-x86_64 (7.2, and >= 9 when present) gets ENOSYS and says emulated" {
	skip_under_qemu "ways.sh runs its own qemu; the native pass covers it"
	command -v strace >/dev/null || skip "strace is not installed"
	[ "$(uname -m)" = x86_64 ] || skip "not an x86-64 kernel"
	new=${SG_QEMU_NEW:-$ROOT/build/qemu-new/usr/bin/qemu-x86_64}
	qemus=("$(command -v qemu-x86_64)")
	[ -x "$new" ] && qemus+=("$new")
	for q in "${qemus[@]}"; do
		# the oracle: qemu-user's answer to a guest's ptrace
		run "$q" "$(command -v strace)" -qq -e trace=none /bin/true
		assert_failure
		assert_output --partial "PTRACE_TRACEME: Function not implemented"
		# an strace that is itself emulated, as in an x86-64 container on arm64
		mkdir -p "$BATS_TEST_TMPDIR/emu"
		printf '#!/bin/sh\nexec %s %s "$@"\n' "$q" "$(command -v strace)" >"$BATS_TEST_TMPDIR/emu/strace"
		chmod +x "$BATS_TEST_TMPDIR/emu/strace"
		run env -u SG_EMULATED PATH="$BATS_TEST_TMPDIR/emu:$PATH" bash -c \
			". '$WAYS'; sg_emulated && echo \"yes: \$SG_EMULATED_WHY\""
		assert_output "yes: ptrace is not implemented (ENOSYS): an emulator such as qemu-user"
	done
}

@test "lesson 01 ./run with SG_EMULATED=1 on QEMU 7.2: strace and bin/trace skipped in one line each, no count printed" {
	skip_under_qemu "./run includes its own qemu way; the native pass covers it"
	make --no-print-directory -s -C "$ROOT/lessons/01-the-gate" >/dev/null
	run env SG_EMULATED=1 SG_QEMU_BIN=/usr/bin/qemu-x86_64 "$ROOT/lessons/01-the-gate/run"
	assert_success
	assert_line "== 1. native: ./gate"
	assert_line "  skipped: emulated (SG_EMULATED=1): ptrace would watch qemu-x86_64, not the program; needs native x86-64 Linux"
	# bin/trace --qemu needs QEMU 9's QCatchSyscalls, and says so
	assert_line "  skipped: emulated (SG_EMULATED=1): trace: /usr/bin/qemu-x86_64 cannot stop a program at its system calls: --qemu needs QEMU 9.0 or later (QCatchSyscalls)"
	assert_equal "$(grep -c '^  skipped: ' <<<"$output")" 3	# two ways and the count
	refute_output --partial "syscalls (execve included)"
	refute_output --partial "side by side"
	assert_line "  ~ PID exit_group(0)"
	assert_line "four-way run: 2 ran, 0 went wrong, 2 skipped"
}

@test "lesson 01 ./run with SG_EMULATED=1 on QEMU >= 9: the bin/trace way traces through the gdbstub, as strace would" {
	skip_under_qemu "./run includes its own qemu way; the native pass covers it"
	new=${SG_QEMU_NEW:-$ROOT/build/qemu-new/usr/bin/qemu-x86_64}
	[ -x "$new" ] || skip "no QEMU >= 9 at $new (.ci/fetch-qemu)"
	make --no-print-directory -s -C "$ROOT/lessons/01-the-gate" >/dev/null
	run env SG_EMULATED=1 SG_QEMU_BIN="$new" "$ROOT/lessons/01-the-gate/run"
	assert_success
	# strace's own lines for gate, but the execve line that QEMU's loader hides
	assert_line --regexp '^  ~ write\(1, "Through the gate.\\n", 18\) += 18$'
	assert_line --regexp '^  ~ exit_group\(0\) += \?$'
	assert_line "  ~ +++ exited with 0 +++"
	refute_line --partial "bin/trace went wrong"
	assert_line "four-way run: 3 ran, 0 went wrong, 1 skipped"
}

@test "ways.sh: a way that ran and failed counts as went wrong; the script says so and fails" {
	skip_under_qemu "ways.sh runs its own qemu; the native pass covers it"
	run env SG_EMULATED=1 bash -c "cd '$BATS_TEST_TMPDIR' && . '$WAYS' &&
		way_native '$BIN/false' && way_strace '$BIN/false' && way_trace '$BIN/false' &&
		way_qemu '$BIN/false'; ways_done"
	assert_failure
	assert_equal "$(grep -c 'exit status 1 (expected 0): .* went wrong' <<<"$output")" 2
	assert_line "four-way run: 2 ran, 2 went wrong, 2 skipped"
}

@test "ways.sh: SG_QEMU_BIN chooses the qemu-x86_64 of the qemu way" {
	skip_under_qemu "ways.sh runs its own qemu; the native pass covers it"
	new=${SG_QEMU_NEW:-$ROOT/build/qemu-new/usr/bin/qemu-x86_64}
	[ -x "$new" ] || skip "no QEMU >= 9 at $new (.ci/fetch-qemu)"
	run env SG_QEMU_BIN="$new" bash -c "cd '$BATS_TEST_TMPDIR' && . '$WAYS' && way_qemu '$BIN/true'; ways_done"
	assert_success
	assert_line "  ($("$new" --version | head -n 1))"
	run env SG_QEMU_BIN=/no/such/qemu bash -c "cd '$BATS_TEST_TMPDIR' && . '$WAYS' && way_qemu '$BIN/true'; ways_done"
	assert_success
	assert_line "  skipped: SG_QEMU_BIN=/no/such/qemu is not an executable"
	assert_line "four-way run: 0 ran, 0 went wrong, 1 skipped"
}
