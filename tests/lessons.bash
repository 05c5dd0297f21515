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

# lmake LESSON TARGET ARGS...: make TARGET in that lesson, with the flags
# lesson_flags saved (read by the shell itself: this runs hundreds of times)
lmake() {
	local l=$1 target=$2 k v lcf= llf= lnf=
	shift 2
	while IFS='=' read -r k v; do
		case $k in CFLAGS_SG) lcf=$v ;; LDFLAGS_SG) llf=$v ;; NASMFLAGS) lnf=$v ;; esac
	done <"$BATS_FILE_TMPDIR/flags"
	make --no-print-directory -s -C "$L/$l" "$target" LCFLAGS="$lcf" LLDFLAGS="$llf" LNASMFLAGS="$lnf" "$@" 2>&1
}

# lcheck LESSON ARGS...: make check in that lesson, the flags given
lcheck() { lmake "$1" check "${@:2}"; }

# once DIR NAME CMD...: CMD once for all the passes that share DIR, under
# DIR's lock: the first to get here runs it, the others wait and find it done
once() {
	local d=$1 n=$2
	shift 2
	(flock 8 && { [ -e "$d/$n.done" ] || { "$@" >/dev/null 2>&1; : >"$d/$n.done"; }; }) 8>"$d/.lock"
}

# build_answer LESSON FILE DIR EXERCISE: FILE copied to DIR/src as the
# exercise's answer and built into DIR/out
build_answer() {
	mkdir -p "$3/src" && cp "$2" "$3/src/$4.${2##*.}" &&
		lmake "$1" "$3/out/$4" SRC="$3/src" EXOUT="$3/out"
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
	# Every answer is built once for the three passes (the same sources,
	# compiler and flags make the same binary): in tests/run's SG_SHARED,
	# else in this file's own folder; never in build/lessons/, where the
	# passes, running at once, would build the same files together
	local share=${SG_SHARED:-$BATS_FILE_TMPDIR}/lessons/$l
	mkdir -p "$share"
	once "$share" solutions lmake "$l" exercises -k SOLUTIONS=1 EXOUT="$share/solutions"
	sol=$(lcheck "$l" SOLUTIONS=1 EXOUT="$share/solutions") ||
		bad+="solutions: make check failed: $sol"$'\n'
	# under emulation, exercises that need native x86-64 Linux say [SKIP]:
	# the starters can only fail where something is gradable
	local gradable=$((n - $(grep -c '^\[SKIP\] ' <<<"$sol" || true)))
	once "$share" exercises lmake "$l" exercises -k EXOUT="$share/exercises"
	out=$(lcheck "$l" EXOUT="$share/exercises") && [ "$gradable" -gt 0 ] && bad+="starters: make check exited 0"$'\n'
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
				name=${f##*/}
				dir=$share/$kind/$ex/${name%.*}
				once "$share" "$kind.$ex.${name%.*}" build_answer "$l" "$f" "$dir" "$ex"
				out=$(lcheck "$l" SRC="$dir/src" EXOUT="$dir/out" ONLY="$ex" || true)
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
