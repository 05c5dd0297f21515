#!/usr/bin/env bats
# What ships: every ELF file in bin/ is static, has no interpreter and no
# dynamic section, no writable+executable segment, a non-executable stack,
# and no symbol from a C library. Checked with binutils' readelf and nm.
load helper

elf_bins() {
	local f
	for f in "$BIN"/*; do
		[ -f "$f" ] && [ "$(head -c 4 "$f" | od -An -c | tr -d ' ')" = '177ELF' ] && echo "$f"
	done
}

@test "bin/ holds the runtime's first programs" {
	for t in hello true false echo pwd env; do
		[ -x "$BIN/$t" ] || fail "bin/$t missing"
	done
}

# bats test_tags=native-only
@test "every binary: ELF EXEC, no PT_INTERP, no dynamic section" {
	skip_under_qemu "reads the files, runs none: the native pass covers it"
	for f in $(elf_bins); do
		run readelf -h "$f"
		assert_line --regexp 'Type: +EXEC'
		run readelf -lW "$f"
		refute_line --partial INTERP
		refute_line --partial DYNAMIC
		run readelf -SW "$f"
		refute_line --partial .dynamic
		refute_line --partial .interp
	done
}

# bats test_tags=native-only
@test "every binary: no RWX segment; PT_GNU_STACK present and not executable" {
	skip_under_qemu "reads the files, runs none: the native pass covers it"
	for f in $(elf_bins); do
		run readelf -lW "$f"
		# a LOAD line's flags column: R, W, E in that order
		refute_line --regexp 'LOAD .* RWE '
		assert_line --regexp 'GNU_STACK .* RW  '
	done
}

# bats test_tags=native-only
@test "every binary: no undefined symbol and nothing from libc" {
	skip_under_qemu "reads the files, runs none: the native pass covers it"
	for f in $(elf_bins); do
		[ "$(basename "$f")" = hello ] && continue	# stripped on purpose (size)
		run nm "$f"
		assert_success
		refute_line --regexp '^ +U '
		refute_line --regexp '(__libc_|_IO_|GLIBC|__stack_chk|_dl_|__cxa_)'
	done
}

@test "every C binary runs with an empty environment (env -i)" {
	local q=()
	[ -z "${SG_QEMU:-}" ] || q=("$(type -P qemu-x86_64)")
	for f in $(elf_bins); do
		n=$(basename "$f")
		case $n in hello) args=() ;; *) args=(--version) ;; esac
		run env -i "${q[@]}" "$f" "${args[@]}"
		[ "$n" = false ] && { assert_failure 1; continue; }
		assert_success
	done
}

@test "hello: pure NASM, at most 512 bytes, one read-execute PT_LOAD" {
	size=$(stat -c %s "$BIN/hello")
	echo "bin/hello is $size bytes"
	[ "$size" -le 512 ]
	run readelf -lW "$BIN/hello"
	assert_equal "$(grep -c ' LOAD ' <<<"$output")" 1
	assert_line --regexp 'LOAD .* R E '
}

# bats test_tags=native-only
@test "hello under strace: exactly execve, write, exit_group" {
	skip_unless_ptrace
	strace -qq -o "$BATS_TEST_TMPDIR/log" "$BIN/hello" >/dev/null
	run cat "$BATS_TEST_TMPDIR/log"
	assert_equal "${#lines[@]}" 3
	assert_line --index 0 --regexp '^execve\("[^"]*/bin/hello", '
	assert_line --index 1 'write(1, "Hello, world!\n", 14)         = 14'
	assert_line --index 2 'exit_group(0)                           = ?'
	run sg hello
	assert_success
	assert_output "Hello, world!"
}

@test "C tools stay small: unused runtime code is dropped (--gc-sections)" {
	# true needs start-up, exit's flush and error line, and nothing else: no
	# allocator, no option parser, no vDSO lookup
	run nm "$BIN/true"
	refute_line --regexp ' (malloc|opt_next|vdso_sym|parse_u64)$'
	size=$(stat -c %s "$BIN/true")
	echo "bin/true is $size bytes"
	[ "$size" -lt 20000 ]
}

# bats test_tags=native-only
@test "make install: DESTDIR and PREFIX honoured, no system name shadowed" {
	skip_under_qemu "installation does not run any binary"
	d=$BATS_TEST_TMPDIR/root
	run make -s -C "$ROOT" install DESTDIR="$d" PREFIX=/opt/sg
	assert_success
	[ -x "$d/opt/sg/bin/sg-echo" ]
	[ -x "$d/opt/sg/bin/sg-hello" ]
	[ ! -e "$d/opt/sg/bin/echo" ]
	[ ! -e "$d/opt/sg/bin/cat" ]
	run "$d/opt/sg/bin/sg-echo" installed
	assert_output installed
}

# bats test_tags=native-only
@test "the tree builds warning-free with clang too (CC=clang, -Werror)" {
	skip_under_qemu "a build test; the native pass covers it"
	command -v clang >/dev/null || skip "clang not installed"
	d=$BATS_TEST_TMPDIR/clang
	mkdir -p "$d"
	cp -r "$ROOT"/{asm,src,include,linker.ld,Makefile,tests,.ci} "$d"
	run make -s -C "$d" CC=clang
	echo "$output"
	assert_success
	refute_output --partial warning
	echo "$output"
	assert_success
	run "$d/bin/echo" -e 'clang\tbuilt'
	assert_output "$(printf 'clang\tbuilt')"
}

# bats test_tags=native-only
@test "make listings: an objdump -d -M intel listing next to each binary" {
	skip_under_qemu "a build test; the native pass covers it"
	run make -s -C "$ROOT" bin/true.lst bin/hello.lst
	assert_success
	run cat "$BIN/true.lst"
	assert_line --regexp '<_start>:$'
	assert_line --regexp 'call +[0-9a-f]+ <sg_start_c>$'
	run cat "$BIN/hello.lst"	# stripped: addresses, no names
	assert_line --regexp 'mov +eax,0xe7$'	# __NR_exit_group, Intel syntax
	assert_line --regexp 'syscall *$'
	rm -f "$BIN"/*.lst
}

# bats test_tags=native-only
@test "tests: a test tagged native-only (not started by the QEMU passes) skips under QEMU first thing" {
	skip_under_qemu "it reads the test files; the native pass covers it"
	# the skips that say "under qemu-x86_64" (helper.bash and the files' own
	# wrappers of skip_under_qemu), the first statement of the test or setup()
	run awk -v skips='skip_under_qemu skip_unless_ptrace fourway no_seccomp_here native_pass_only need_qemu_new' '
	BEGIN { n = split(skips, a, " "); for (i = 1; i <= n; i++) ok[a[i]] = 1 }
	FNR == 1 { file_tag = 0; setup_skips = 0; tagged = 0; want = "" }
	/^# bats file_tags=native-only$/ { file_tag = 1 }
	/^# bats test_tags=native-only$/ { tagged = 1; next }
	/^setup\(\) *\{/ { want = "setup"; next }
	/^@test / { want = (tagged || file_tag) ? $0 : ""; tagged = 0; next }
	want != "" && /^[ \t]*[^ \t#]/ {
		w = $1
		if (want == "setup") setup_skips = (w in ok)
		else if (!(w in ok) && !setup_skips) print FILENAME ": " want " starts with " w
		# need_qemu_new only checks that QEMU 10 is there: the next line decides
		if (w != "need_qemu_new") want = ""
	}' "$ROOT"/tests/*.bats
	assert_success
	assert_output ""
}
