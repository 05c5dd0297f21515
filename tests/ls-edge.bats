#!/usr/bin/env bats
# ls against GNU ls 9.1 on the odd cases of issue 15: ACLs, a removed
# current directory, a directory readable but not searchable, odd
# /etc/passwd and /etc/group lines, leap-second zones, memory exhaustion,
# GNU's version order on random names; and our UTF-8 width table against
# glibc's wcwidth/iswprint/iswcntrl for every code point.
load helper

setup() {
	qemu_shared
}

@test "UTF-8 table vs glibc: wcwidth, iswprint, iswcntrl in C.UTF-8 for every code point" {
	[ -x "$BUILD/host/wcwidth" ] && [ -x "$BUILD/tests/wcwidth" ] || skip "build the test programs first (make)"
	locale -a 2>/dev/null | grep -qix 'c.utf8' || skip "no C.UTF-8 locale to ask glibc"
	"$BUILD/host/wcwidth" >"$BATS_TEST_TMPDIR/glibc"
	if [ -n "${SG_QEMU:-}" ]; then
		qemu-x86_64 "$BUILD/tests/wcwidth" >"$BATS_TEST_TMPDIR/ours"
	else
		"$BUILD/tests/wcwidth" >"$BATS_TEST_TMPDIR/ours"
	fi
	[ "$(wc -l <"$BATS_TEST_TMPDIR/glibc")" -eq 1114111 ]
	run diff "$BATS_TEST_TMPDIR/glibc" "$BATS_TEST_TMPDIR/ours"
	assert_success
}

@test "ls vs GNU: ACL '+' from system.posix_acl_access / _default, the wider mode column" {
	command -v setfacl >/dev/null || skip "no setfacl (package acl)"
	local d=$BATS_TEST_TMPDIR/acl
	mkdir -p "$d" && cd "$d"
	touch plain withacl && mkdir dirdef dirplain && ln -s withacl link
	setfacl -m u:nobody:r withacl 2>/dev/null || skip "this filesystem has no POSIX ACLs"
	setfacl -d -m u:nobody:rx dirdef
	touch -d '2020-01-01' plain withacl dirdef dirplain
	touch -h -d '2020-01-01' link
	for o in -l -la -ld "-l withacl plain" "-l plain" "-ld dirdef dirplain" "-lL link" "-l link" -lZ -Z \
		"-l --color=always" "-ln" "-lR" "-dl ." "-lH link"; do
		same_as_gnu ls $o
	done
	setfacl -b withacl
	same_as_gnu ls -l
}

@test "ls vs GNU: the current directory removed while listed: nothing, exit 0" {
	local d=$BATS_TEST_TMPDIR/gone
	mkdir -p "$d" && cd "$d" && rmdir "$d"
	for o in "" -l -a -la -R -U -1U -s; do
		same_as_gnu ls $o
	done
	same_as_gnu ls .
}

@test "ls vs GNU as nobody: -l of a directory readable but not searchable" {
	[ "$(id -u)" = 0 ] || skip "needs root to become nobody"
	command -v setpriv >/dev/null || skip "no setpriv"
	local d=$BATS_TEST_TMPDIR/ns ours=$BATS_TEST_TMPDIR/ls gs ss
	mkdir -p "$d/dir/inner" && touch "$d/dir/f" && cp "$BIN/ls" "$ours"
	chmod 755 "$BATS_TEST_TMPDIR" "$d" "$ours" && chmod 644 "$d/dir"
	local p=$BATS_TEST_TMPDIR
	while [ "$p" != / ]; do chmod o+x "$p"; p=$(dirname "$p"); done
	cd "$d"
	for o in -l -li -ls -lF -F -1 -i -s "-l --color=always" -lh -lZ -lR; do
		setpriv --reuid=65534 --regid=65534 --clear-groups bash -c 'exec -a ls "$0" "$@"' /usr/bin/ls $o dir \
			>"$BATS_TEST_TMPDIR/g.out" 2>"$BATS_TEST_TMPDIR/g.err" && gs=0 || gs=$?
		if [ -n "${SG_QEMU:-}" ]; then
			setpriv --reuid=65534 --regid=65534 --clear-groups qemu-x86_64 -0 ls "$ours" $o dir \
				>"$BATS_TEST_TMPDIR/s.out" 2>"$BATS_TEST_TMPDIR/s.err" && ss=0 || ss=$?
		else
			setpriv --reuid=65534 --regid=65534 --clear-groups bash -c 'exec -a ls "$0" "$@"' "$ours" $o dir \
				>"$BATS_TEST_TMPDIR/s.out" 2>"$BATS_TEST_TMPDIR/s.err" && ss=0 || ss=$?
		fi
		diff "$BATS_TEST_TMPDIR/g.out" "$BATS_TEST_TMPDIR/s.out" && diff "$BATS_TEST_TMPDIR/g.err" "$BATS_TEST_TMPDIR/s.err" &&
			[ "$gs" = "$ss" ] || { echo "differs for ls $o dir: GNU $gs ours $ss"; return 1; }
	done
}

@test "ls vs GNU: /etc/passwd and /etc/group lines with empty names, missing fields, no final newline" {
	[ "$(id -u)" = 0 ] || skip "needs root for a private mount namespace (unshare -m)"
	skip_under_qemu "bind mounts in a namespace of their own"
	command -v unshare >/dev/null || skip "no unshare"
	local d=$BATS_TEST_TMPDIR/pw
	mkdir -p "$d" && cd "$d"
	printf 'root:x:0:0:root:/root:/bin/bash\n:x:4242:4242::/:/bin/sh\nshort:x:4243:4243\nnogid:x:4244:\n  spc:x:4245:4245:::\n#c:x:4246:4246:::\nsign:x:+4247:4247:::\n\nnouid:x::4249\nextra:x:4250:4250:g:/:/bin/sh:more\nwide\xe6\x97\xa5:x:4251:4251:::\nspace:x: 4252:4252:::\nlastnonl:x:4248:4248' >passwd
	printf 'root:x:0:\n:x:4242:\nshortg:x:4243\nng:x:\n  sg:x:4245:\n\nextrag:x:4250:a,b:c\nwide\xe6\x97\xa5g:x:4251:\nlastg:x:4248' >group
	for i in 4242 4243 4244 4245 4246 4247 4248 4249 4250 4251 4252; do
		touch "f$i" && chown "$i:$i" "f$i"
	done
	touch -d 2020-01-01 f*
	cat >run.sh <<EOF
mount --bind "$d/passwd" /etc/passwd && mount --bind "$d/group" /etc/group || exit 77
cd "$d"
for l in C C.UTF-8; do
	for o in -l -ln -lg -lo "-l --author"; do
		LC_ALL=\$l ls \$o f* >g.out 2>&1; LC_ALL=\$l "$BIN/ls" \$o f* >s.out 2>&1
		cmp -s g.out s.out || { echo "differs: LC_ALL=\$l ls \$o"; diff g.out s.out; exit 1; }
	done
done
EOF
	run unshare -m bash run.sh
	[ "$status" != 77 ] || skip "cannot bind-mount over /etc/passwd here"
	assert_success
}

@test "ls vs GNU: TZ=right/UTC and right/Europe/Berlin count leap seconds, :60 at one" {
	[ -f /usr/share/zoneinfo/right/UTC ] || skip "no right/ zones in /usr/share/zoneinfo"
	local d=$BATS_TEST_TMPDIR/leap
	mkdir -p "$d" && cd "$d"
	touch -d @1483228825 a && touch -d @1483228826 b && touch -d @1483228827 c
	touch -d @78796799 d && touch -d @78796800 e && touch -d @1700000000 f && touch -d @0 g
	for tz in right/UTC right/Europe/Berlin UTC Europe/Berlin; do
		TZ=$tz same_as_gnu ls -l --full-time
		TZ=$tz same_as_gnu ls -l --time-style=+%T%Z%z
		TZ=$tz same_as_gnu ls -l
	done
}

@test "ls vs GNU: %Z and %z from POSIX TZ rules (names, <+03> quoting, southern DST), summer and winter" {
	local d=$BATS_TEST_TMPDIR/ptz tz
	mkdir -p "$d" && cd "$d"
	touch -d '2020-07-01 12:00Z' summer && touch -d '2020-01-15 12:00Z' winter
	for tz in EST5EDT,M3.2.0,M11.1.0 EST5 JST-9 '<+03>-3' 'AAA3BBB,J60,J300' \
		'<-0330>3:30<+0530>,M3.5.0,M10.5.0/3' 'AEST-10AEDT,M10.1.0,M4.1.0/3' America/New_York; do
		TZ=$tz same_as_gnu ls -l --time-style=+%Z%z%H:%M
	done
}

# bats test_tags=native-only
@test "ls vs GNU: memory exhausted (ulimit -v): the message and exit 2" {
	skip_under_qemu "qemu itself needs the address space ulimit takes away"
	local d=$BATS_TEST_TMPDIR/oom
	mkdir -p "$d" && cd "$d"
	python3 -c "
import os
for i in range(60000): open('n' * 150 + '%06d' % i, 'w').close()"
	(ulimit -v 16000; same_as_gnu ls -l)
	grep -qx 'ls: memory exhausted' "$BATS_TEST_TMPDIR/gnu/err" || skip "GNU ls did not run out of memory at this limit"
}

@test "ls vs GNU: -v and -X on 400 random names (seed printed)" {
	local seed=${SEED:-$RANDOM}
	echo "seed $seed"
	local d=$BATS_TEST_TMPDIR/rand
	mkdir -p "$d" && cd "$d"
	python3 -c "
import random, os
random.seed($seed)
al = 'ab.~0123._-Zx'
for i in range(400):
    n = ''.join(random.choice(al) for _ in range(random.randint(1, 8)))
    if n not in ('.', '..') and '/' not in n:
        open(n, 'w').close()"
	for o in -va -vr -X -Xa -Xr "--sort=version -A"; do
		same_as_gnu ls $o
	done
}

# bats test_tags=native-only
@test "ls -l helper thread (strace): its stack is a fresh mapping whose lowest page is PROT_NONE" {
	skip_unless_ptrace
	local d=$BATS_TEST_TMPDIR/t5k
	mkdir -p "$d" && cd "$d"
	python3 -c "
for i in range(5000): open('f%05d' % i, 'w').close()"
	strace -f -e trace=mmap,mprotect,clone -o "$BATS_TEST_TMPDIR/st" "$BIN/ls" -l >/dev/null
	python3 - "$BATS_TEST_TMPDIR/st" <<'PY'
import re, sys
maps, guard, stack = {}, None, None
for line in open(sys.argv[1]):
    m = re.search(r'mmap\(NULL, (\d+), PROT_READ\|PROT_WRITE, MAP_PRIVATE\|MAP_ANONYMOUS, -1, 0\) = (0x[0-9a-f]+)', line)
    if m: maps[int(m.group(2), 16)] = int(m.group(1))
    m = re.search(r'mprotect\((0x[0-9a-f]+), 4096, PROT_NONE\) = 0', line)
    if m: guard = int(m.group(1), 16)
    m = re.search(r'clone\(child_stack=(0x[0-9a-f]+)', line)
    if m: stack = int(m.group(1), 16)
assert guard is not None and guard in maps, "no PROT_NONE page at the start of a mapping"
assert stack is not None, "no clone"
assert guard + 4096 < stack <= guard + maps[guard], "the thread's stack is not above the guard page"
print("guard page at %#x, stack top %#x in a %d-byte mapping" % (guard, stack, maps[guard]))
PY
}
