#!/usr/bin/env bats
# The laptop path: the tree built as on an arm64 host (Debian's x86-64 cross
# toolchain prefix, make CROSS=x86_64-linux-gnu-, and the host's own headers
# arm64's) gives the same bytes in every bin/ file as the normal build. The
# oracle is the normal build of this tree (bin/ at the top) and, for the
# syscall numbers, the kernel's x86-64 headers: arm64's <asm/unistd.h> says
# __NR_write is 64, x86-64's says 1.
# bats file_tags=native-only
load helper

# copy_tree DIR: the parts of the tree that `make` reads
copy_tree() {
	mkdir -p "$1"
	cp -r "$ROOT"/{asm,src,include,linker.ld,Makefile,tests,.ci,lessons} "$1"
	rm -rf "$1"/build "$1"/bin
}

# same_bins DIR: every file in DIR/bin is byte-identical to ROOT/bin's, and
# the two hold the same names
same_bins() {
	local f n=0
	diff <(cd "$ROOT/bin" && ls | grep -v '\.lst$') <(cd "$1/bin" && ls) || fail "bin/ holds other names"
	for f in "$ROOT"/bin/*; do
		case $f in *.lst) continue ;; esac
		cmp "$f" "$1/bin/${f##*/}" || fail "bin/${f##*/} differs from the normal build"
		n=$((n + 1))
	done
	echo "$n files identical"
	[ "$n" -ge 10 ]
}

# One build does both (a full build is ~30 CPU-seconds): what an arm64 laptop
# runs is exactly this, the cross prefix for the x86-64 code and the host's
# own (arm64) headers for the generators.
@test "built as on an arm64 host: CROSS=x86_64-linux-gnu-, arm64 UAPI headers first; x86-64 numbers, every binary byte-identical" {
	skip_under_qemu "a build test; the native pass covers it"
	command -v x86_64-linux-gnu-gcc >/dev/null || skip "x86_64-linux-gnu-gcc not installed (gcc-x86-64-linux-gnu)"
	[ -f /usr/aarch64-linux-gnu/include/asm/unistd.h ] || skip "no arm64 headers (linux-libc-dev-arm64-cross)"
	[ -f /usr/x86_64-linux-gnu/include/asm/unistd_64.h ] || skip "no x86-64 cross headers (linux-libc-dev-amd64-cross)"
	[ -x "$BIN/cat" ] || skip "the normal build is missing: run make first"
	arm=-I/usr/aarch64-linux-gnu/include
	# the trap this guards against: with these headers first, <asm/unistd.h>
	# is arm64's, where write is 64 (x86-64: 1)
	run bash -c "echo '#include <asm/unistd.h>' | cc -E -dD $arm - | grep -w '__NR_write'"
	assert_output '#define __NR_write 64'
	d=$BATS_TEST_TMPDIR/arm
	copy_tree "$d"
	# HOSTCC sees arm64's asm/ first, as on an arm64 host; HOST_MACHINE as an
	# arm64 cc would say it, so the x86-64 tree is read from
	# /usr/x86_64-linux-gnu/include (linux-libc-dev-amd64-cross)
	run make -C "$d" -j2 V=1 CROSS=x86_64-linux-gnu- HOST_MACHINE=aarch64-linux-gnu HOSTCC="cc $arm"
	assert_success
	# the prefix reached the compiler, the linker driver and the archiver
	assert_line --regexp '^x86_64-linux-gnu-gcc .* -c -o build/lib/'
	assert_line --regexp '^x86_64-linux-gnu-gcc .* -o bin/cat '
	assert_line --regexp '^rm -f build/libsg.a && x86_64-linux-gnu-ar rcs '
	run grep -x -e '%define __NR_write 1' -e '%define __NR_exit_group 231' -e '%define __NR_semget 64' \
		"$d/build/gen/sysnr.inc"
	assert_equal "${#lines[@]}" 3
	for t in sysnr.inc sysnames.h errtab.h sigtab.h; do
		cmp "$BUILD/gen/$t" "$d/build/gen/$t" || fail "build/gen/$t differs"
	done
	same_bins "$d"
	# and the listing uses the prefixed objdump
	run make -C "$d" V=1 CROSS=x86_64-linux-gnu- HOST_MACHINE=aarch64-linux-gnu HOSTCC="cc $arm" bin/true.lst
	assert_line --regexp '^x86_64-linux-gnu-objdump -d -M intel '
	# a lesson's programs use the same prefix
	run make -C "$d/lessons/02-c-to-kernel" CROSS=x86_64-linux-gnu-
	assert_success
	assert_line --regexp '^x86_64-linux-gnu-gcc .* -c -o .*/stubs\.c\.o stubs\.c$'
	run "$d/build/lessons/02-c-to-kernel/stubs"
	assert_success
}

@test "a host that is not x86-64 without the x86-64 cross headers: the build stops and names the package" {
	skip_under_qemu "a build test; the native pass covers it"
	d=$BATS_TEST_TMPDIR/none
	copy_tree "$d"
	run make -C "$d" HOST_MACHINE=aarch64-linux-gnu X86_UAPI="$d/no-such-dir" build/gen/sysnr.inc
	assert_failure
	assert_output --partial "no $d/no-such-dir/asm/unistd_64.h: install linux-libc-dev-amd64-cross"
	[ ! -e "$d/build/gen/sysnr.inc" ]
}

@test "lessons: every program, starter and solution builds with clang as well (-Werror)" {
	skip_under_qemu "a build test: the native pass covers it"
	command -v clang >/dev/null || skip "clang is not installed"
	local l n
	for l in "$ROOT"/lessons/[0-9]*/; do
		n=$(basename "$l")
		make --no-print-directory -s -C "$l" CC=clang OUT="$BATS_TEST_TMPDIR/$n" \
			EXOUT="$BATS_TEST_TMPDIR/$n/ex" all exercises
		make --no-print-directory -s -C "$l" CC=clang OUT="$BATS_TEST_TMPDIR/$n" \
			EXOUT="$BATS_TEST_TMPDIR/$n/sol" SOLUTIONS=1 exercises
	done
}
