#!/usr/bin/env bats
# bin/maps against pmap (procps: the oracle for sizes) and against the
# kernel's own /proc/PID/maps; what each region is, by a hand-written
# expectation; GNU-style errors.
load helper

setup() {
	[ -x "$BIN/maps" ] || skip "bin/maps is not built"
	sleep 60 &
	P=$!
	# wait until the child is sleep, not still the forked shell
	for _ in 1 2 3 4 5 6 7 8 9 10; do
		[ "$(readlink /proc/$P/exe)" = "$(readlink -f "$(type -P sleep)")" ] && break
		sleep 0.1
	done
}

teardown() {
	kill "$P" 2>/dev/null || true
}

@test "maps vs pmap: every mapping's address and size of a sleeping process, and the total" {
	command -v pmap >/dev/null || skip "pmap (procps) is not installed"
	run sg maps "$P"
	assert_success
	diff <(pmap "$P" | awk 'NR > 1 && $1 ~ /^[0-9a-f]+$/ { print $1, $2 }') \
		<(awk 'NR > 1 && $1 ~ /^[0-9a-f]+$/ { print $1, $2 }' <<<"$output")
	[ "$(pmap "$P" | awk '$1 == "total" { print $2 }')" = "$(awk '$1 == "total" { print $2 }' <<<"$output")" ]
}

@test "maps vs /proc/PID/maps: the same regions, permissions and names, size = end - start" {
	run sg maps "$P"
	assert_success
	local range perm off dev inode path
	while read -r range perm off dev inode path; do
		# bash arithmetic wraps at 64 bits as the addresses do
		printf '%016x %dK %s %s\n' "$((16#${range%-*}))" "$(((16#${range#*-} - 16#${range%-*}) / 1024))" "$perm" "$path"
	done <"/proc/$P/maps" | sed 's/ $//' >"$BATS_TEST_TMPDIR/kernel"
	diff "$BATS_TEST_TMPDIR/kernel" \
		<(awk 'NR > 1 && $1 != "total" { path = ""; for (i = 5; i <= NF; i++) path = path (i > 5 ? " " : "") $i
		print $1, $2, $3, path }' <<<"$output" | sed 's/ $//')
}

@test "maps: what each region of sleep is (hand-written: the program's r-x is text, rw- is data; brackets)" {
	run sg maps "$P"
	assert_success
	local exe
	exe=$(readlink "/proc/$P/exe")
	assert_line --regexp "^[0-9a-f]{16} +[0-9]+K r-xp text +$exe\$"
	assert_line --regexp "^[0-9a-f]{16} +[0-9]+K rw-p data +$exe\$"
	assert_line --regexp "^[0-9a-f]{16} +[0-9]+K r--p rodata +$exe\$"
	assert_line --regexp '^[0-9a-f]{16} +[0-9]+K rw-p stack +\[stack\]$'
	assert_line --regexp '^[0-9a-f]{16} +[0-9]+K r-xp file +/.*/libc\.so\.6$'
	if grep -q '\[vdso\]' "/proc/$P/maps"; then
		assert_line --regexp '^[0-9a-f]{16} +[0-9]+K r-xp vdso +\[vdso\]$'
		assert_line --regexp '^[0-9a-f]{16} +[0-9]+K r--p vvar +\[vvar\]$'
	fi
	# every anonymous region is anon, or bss right after the program's data
	! grep -E '^[0-9a-f]{16} +[0-9]+K [-rwxps]{4} [a-z]+ *$' <<<"$output" | grep -vE ' (anon|bss)$'
}

@test "maps: its own map, no PID (hand-written: a static sysgate binary has text, data, stack)" {
	run sg maps
	assert_success
	assert_line --regexp '^[0-9a-f]{16} +[0-9]+K r-xp text +/.*/maps$'
	assert_line --regexp '^[0-9a-f]{16} +[0-9]+K rw-p stack +\[stack\]$'
	assert_line --regexp '^total [0-9]+K$'
	if [ -z "${SG_QEMU:-}" ]; then
		# natively the kernel maps the vDSO; QEMU 7.2 gives its guest none
		assert_line --regexp '^[0-9a-f]{16} +[0-9]+K r-xp vdso +\[vdso\]$'
	fi
}

@test "maps: GNU-style errors (no such process, not a number, extra operand)" {
	local pid=99999
	while [ -e "/proc/$pid" ]; do pid=$((pid + 1)); done
	run sg maps "$pid"
	assert_failure 1
	assert_output "maps: $pid: No such process"
	run sg maps abc
	assert_failure 1
	assert_output "maps: abc: invalid process id"
	run sg maps 1 2
	assert_failure 1
	assert_line --index 0 "maps: extra operand '2'"
	assert_line --index 1 "Try 'maps --help' for more information."
}
