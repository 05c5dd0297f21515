# tests/lessons.bash — what the lessons' test files share (load helper, then
# load lessons): run a lesson's program in the pass's way, the graders' loop
# (starters fail, solutions pass, fakes/ fail, alt/ pass) and the four-way run.

L=$ROOT/lessons
LB=$BUILD/lessons

# lesson_prog LESSON PROG ARGS...: run a lesson's program natively, or under
# `qemu-x86_64 -0 PROG` in the qemu pass (as `sg` does for the tools)
lesson_prog() {
	local l=$1 p=$2
	shift 2
	if [ -n "${SG_QEMU:-}" ]; then
		qemu-x86_64 -0 "$p" "$LB/$l/$p" "$@"
	else
		(exec -a "$p" "$LB/$l/$p" "$@")
	fi
}

# In the qemu passes (SG_QEMU=1) the graders run in emulated mode, with the
# qemu-x86_64 first on PATH (7.2, or 10 when tests/run puts it first).
if [ -n "${SG_QEMU:-}" ]; then
	export SG_EMULATED=1
	SG_QEMU_BIN=$(command -v qemu-x86_64) && export SG_QEMU_BIN
fi

# the top Makefile's flags, asked once (lesson.mk would ask for each make)
lesson_flags() {
	local v
	for v in CFLAGS_SG LDFLAGS_SG NASMFLAGS; do
		printf '%s=%s\n' "$v" "$(make -s --no-print-directory -C "$ROOT" "print-$v")"
	done >"$BATS_FILE_TMPDIR/flags"
}

# lcheck LESSON ARGS...: make check in that lesson, the flags given
lcheck() {
	local l=$1
	shift
	make --no-print-directory -s -C "$L/$l" check \
		LCFLAGS="$(sed -n 's/^CFLAGS_SG=//p' "$BATS_FILE_TMPDIR/flags")" \
		LLDFLAGS="$(sed -n 's/^LDFLAGS_SG=//p' "$BATS_FILE_TMPDIR/flags")" \
		LNASMFLAGS="$(sed -n 's/^NASMFLAGS=//p' "$BATS_FILE_TMPDIR/flags")" "$@" 2>&1
}

# graded LESSON: for every exercise in its Makefile's EXERCISES, the starter
# FAILS, the reference solution PASSES, every file in fakes/EXERCISE/ FAILS
# and every file in alt/EXERCISE/ PASSES, each graded alone
# (make check SRC=DIR ONLY=EXERCISE). An exercise that needs native x86-64
# Linux prints [SKIP] under emulation, never PASS, and its fakes and other
# answers are not graded there. All that went wrong in
# the lesson is reported at once, by file.
graded() {
	local l=$1 d=$L/$1 ex exs n bad= out sol f kind want dir name skip
	exs=$(sed -n -E 's/^EXERCISES *:= *//p' "$d/Makefile")
	n=$(wc -w <<<"$exs")
	# starters and solutions are built in this file's own folder: the passes
	# run at once, and must not build the same binaries in build/lessons/
	sol=$(lcheck "$l" SOLUTIONS=1 EXOUT="$BATS_FILE_TMPDIR/$l/solutions") ||
		bad+="solutions: make check failed: $sol"$'\n'
	# under emulation, exercises that need native x86-64 Linux say [SKIP]:
	# the starters can only fail where something is gradable
	local gradable=$((n - $(grep -c '^\[SKIP\] ' <<<"$sol" || true)))
	out=$(lcheck "$l" EXOUT="$BATS_FILE_TMPDIR/$l/exercises") && [ "$gradable" -gt 0 ] && bad+="starters: make check exited 0"$'\n'
	[ "$(grep -c '^\[FAIL\] ' <<<"$out")" -eq "$n" ] || [ -n "${SG_EMULATED:-}" ] ||
		bad+="starters: expected $n FAIL lines: $out"$'\n'
	grep '^\[PASS\] ' <<<"$out" | sed 's/^/starter passed: /' >>"$BATS_TEST_TMPDIR/bad"
	out=$sol
	grep -q '^score: \([0-9]*\)/\1 (reference solutions)' <<<"$out" || bad+="solutions: $out"$'\n'
	grep '^\[FAIL\] ' <<<"$out" | sed 's/^/solution failed: /' >>"$BATS_TEST_TMPDIR/bad"
	for ex in $exs; do
		skip=$(grep -c "^\[SKIP\] $ex:" <<<"$sol" || true)
		# not gradable here (the solution said [SKIP]): its fakes and other
		# answers would say [SKIP] as well; grading them would prove nothing
		[ "$skip" -eq 0 ] || continue
		for kind in fakes alt; do
			[ "$kind" = fakes ] && want=FAIL || want=PASS
			for f in "$d/$kind/$ex"/*; do
				[ -f "$f" ] || continue
				name=$(basename "$f")
				dir=$BATS_FILE_TMPDIR/$l/$kind/$ex/${name%.*}
				mkdir -p "$dir" && cp "$f" "$dir/$ex.${name##*.}"
				out=$(lcheck "$l" SRC="$dir" ONLY="$ex" || true)
				# a fake must fail for what it does, never for not building
				grep -q "^\[$want\] $ex:" <<<"$out" && ! grep -q ': does not build' <<<"$out" ||
					bad+="$kind/$ex/$name: expected [$want], got: $(grep -v '^score' <<<"$out")"$'\n'
			done
		done
	done
	[ -s "$BATS_TEST_TMPDIR/bad" ] && bad+=$(cat "$BATS_TEST_TMPDIR/bad")
	[ -z "$bad" ] || fail "lesson $l: $bad"
}

# fourway LESSON: `make run` ends well; no way that ran went wrong
fourway() {
	skip_under_qemu "the four-way run includes its own qemu way; it runs once, in the native pass"
	run make --no-print-directory -s -C "$L/$1" run
	assert_success
	assert_line --regexp '^four-way run: [34] ran, 0 went wrong, [01] skipped$'
	assert_output --partial "== 4. qemu-x86_64"
}
