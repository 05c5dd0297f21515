#!/usr/bin/env bats
# ls against GNU ls (coreutils) on the same fixtures, in the same run:
# byte-exact stdout and stderr, and the exit status. LC_ALL=C; TZ=UTC unless a
# test sets another zone. Fixtures get fixed mtimes (touch -d), fixed owners
# (uids that /etc/passwd has and some it has not), every file type, and names
# with spaces, tabs, newlines and bytes >= 0x80.
load helper

setup_file() {
	F=$BATS_FILE_TMPDIR/f
	export F
	mkdir -p "$F" && cd "$F"
	mkdir -p dir/sub/deeper empty noperm sticky stk2
	touch a b.txt exe 'sp ace' "$(printf 'new\nline')" "$(printf 'caf\xc3\xa9')" \
		"$(printf 'tab\tx')" "$(printf 'ctl\001x')" .hidden "it's" ./-dash
	echo hello >dir/f1
	printf '%05000d' 0 >big
	truncate -s 1048575 sparse1m
	truncate -s 10239 s10k
	truncate -s 2000000000 s2g
	chmod 4755 a; chmod 2644 b.txt; chmod 1777 sticky; chmod 1770 stk2
	chmod 755 exe; chmod 4644 big; chmod 2755 dir/sub
	ln -s a link_a; ln -s dir link_dir; ln -s nowhere dangling; ln -s ../.. dir/sub/up
	ln -s exe link_exe
	mkfifo fifo
	# devices and foreign owners need root; without it the rest still compares
	if [ "$(id -u)" = 0 ]; then
		mknod cdev c 1 3; mknod bdev b 7 200; mknod bigdev c 300 70000
		chown 1:1 a; chown 12345:54321 b.txt; chown 2:12345 exe
	fi
	python3 -c "import socket; socket.socket(socket.AF_UNIX).bind('sock')"
	# fixed times: old, future, and recent ones relative to now
	local now
	now=$(date +%s)
	touch -d '2020-01-02 03:04:05' dir/f1 old
	touch -d '2031-05-05 12:00' future
	touch -d "@$((now - 86400 * 3))" a b.txt exe 'sp ace' .hidden dir empty sticky stk2
	touch -d "@$((now - 86400 * 100))" big s10k
	touch -d "@$((now - 86400 * 100 - 1))" sparse1m
	touch -h -d "@$((now - 86400 * 2))" link_a dangling link_dir
	touch -d "@$((now - 86400 * 3))" noperm
	chmod 000 noperm
	# around the 2026 DST changes: Europe (Oct 25 01:00 UTC), USA (Nov 1 06:00 UTC)
	mkdir "$F/tz"
	touch -d '2026-10-25 00:59:59 UTC' tz/eu1; touch -d '2026-10-25 01:00:00 UTC' tz/eu2
	touch -d '2026-11-01 05:59:59 UTC' tz/us1; touch -d '2026-11-01 06:00:00 UTC' tz/us2
	touch -d '2026-03-29 00:59:59 UTC' tz/eu3; touch -d '2026-03-29 01:00:00 UTC' tz/eu4
	# beyond the tables: only the TZif footer's POSIX rule knows these (local day shifts)
	touch -d '2040-07-01 03:30 UTC' tz/far1; touch -d '2045-01-01 04:30 UTC' tz/far2
	touch -d '1901-06-01 04:30 UTC' tz/early
	for i in $(seq 1 40); do touch "tz/n$i"; done
	for i in $(seq 1 40); do touch -d "@$((now - 3600 * i * 97))" "tz/n$i"; done
}

setup() {
	qemu_shared
}

lsdo() { cd "$F" && same_as_gnu ls "$@"; }

@test "ls vs GNU: default listing to a pipe, -a, -A, -1" {
	lsdo
	lsdo -a
	lsdo -A
	lsdo -1
	lsdo -aA
	lsdo -Aa
}

@test "ls vs GNU: -l, -n, -g, -o with users and groups present and absent from /etc/passwd" {
	lsdo -l
	lsdo -la
	lsdo -lA
	lsdo -n
	lsdo -g
	lsdo -o
	lsdo -go
	lsdo -ln a b.txt exe
}

@test "ls vs GNU: -l file types, set-uid/set-gid/sticky letters, devices, symlink targets" {
	lsdo -l a b.txt big bdev cdev bigdev fifo sock sticky stk2 link_a dangling dir/sub
	lsdo -l dir/sub
	lsdo -ld / /dev/null /usr
}

@test "ls vs GNU: sizes and blocks: -s -k -h, the total line" {
	lsdo -s
	lsdo -ks
	lsdo -sh
	lsdo -lh
	lsdo -lsh
	lsdo -ls
	lsdo -lhk
	lsdo -ls sparse1m s10k s2g big
}

@test "ls vs GNU: sorting -t -S -r -U -f -c -u and combinations" {
	lsdo -t
	lsdo -tr
	lsdo -S
	lsdo -Sr
	lsdo -lt
	lsdo -ltr
	lsdo -lS
	lsdo -r
	lsdo -c
	lsdo -u
	lsdo -lc
	lsdo -lu
	lsdo -ltc
	lsdo -t tz
	lsdo -U b.txt a old
	lsdo -U -l b.txt a old
	lsdo -f dir
	lsdo -lf
	lsdo -fl
	lsdo -sf
	lsdo -fs
}

@test "ls vs GNU: -U and -f keep the directory's own order" {
	lsdo -U
	lsdo -f
	lsdo -Ua tz
	lsdo -Ui
	lsdo -fi
	lsdo -UF
	lsdo -Uip dir empty
	lsdo -ULF
}

@test "ls vs GNU: columns -C -x -m with -w N, COLUMNS, -s, -i" {
	lsdo -C
	lsdo -x
	lsdo -m
	for w in 1 10 20 33 40 57 80 100 200; do
		lsdo -C -w $w
		lsdo -x -w $w
		lsdo -m -w $w
		lsdo -Cs -w $w tz
	done
	lsdo -C -w 0
	lsdo -x -w0
	lsdo -m -w0
	lsdo -Ci
	lsdo -xs
	lsdo -ms
	lsdo -mi
	lsdo -CF
	lsdo -C tz dir
	COLUMNS=50 lsdo -C
	COLUMNS=123 lsdo -x
	COLUMNS=xyz lsdo -C
	COLUMNS=60 lsdo -C -w 30
	lsdo -C empty
	lsdo -lC
	lsdo -Cl
	lsdo -l1
	lsdo -1l
}

@test "ls vs GNU: indicators -F and -p, alone and with -l" {
	lsdo -F
	lsdo -p
	lsdo -lF
	lsdo -lp
	lsdo -F link_dir
	lsdo -p link_dir
	lsdo -lF link_dir link_exe link_a
}

@test "ls vs GNU: operands: files first, then directories with headers" {
	lsdo dir a b.txt
	lsdo -l dir a empty
	lsdo dir
	lsdo dir empty
	lsdo -d
	lsdo -d dir a
	lsdo -ld dir empty .
	lsdo -dl
	lsdo a a a
	lsdo -- -dash
	lsdo -l -- -dash dir/
	lsdo dir/ dir/sub/
	lsdo -t dir empty tz a
}

@test "ls vs GNU: -R headers and blank lines, with -a -F -l -1 -d" {
	lsdo -R
	lsdo -Ra
	lsdo -RF
	lsdo -lR
	lsdo -R1 dir
	lsdo -R dir/ empty
	lsdo -R a dir
	lsdo -Rd dir
	lsdo -RU dir
	lsdo -Rr
}

@test "ls vs GNU: symbolic links: -L -H, and links to directories on the command line" {
	lsdo link_dir
	lsdo -l link_dir
	lsdo -lH link_dir
	lsdo -d link_dir
	lsdo -L
	lsdo -lL
	lsdo -lLi dir
	lsdo -H link_a link_dir dangling
	lsdo -lH dangling
	lsdo -L dangling
	lsdo -RL dir
}

@test "ls vs GNU: long options and their unique prefixes" {
	lsdo --all
	lsdo --almost-all -1
	lsdo --directory dir
	lsdo --recursive dir
	lsdo --reverse --size --human-readable
	lsdo --inode --classify --numeric-uid-gid
	lsdo --dereference -l link_dir
	lsdo --hide-control-chars --kibibytes -s
	lsdo --width=40 -C
	lsdo --width 30 -x
	lsdo --wid=30 -C
	lsdo --width
	lsdo --bogus
}

@test "ls vs GNU: errors: missing operands (2), bad options, bad width" {
	lsdo nonexistent
	lsdo nonexistent a
	lsdo -l a nonexistent dir
	lsdo 'no such' "$(printf 'x\ny')" "it's"
	lsdo -z
	lsdo --bogus
	lsdo -w
	lsdo -w x
	lsdo -w -5
	lsdo -lL dangling a
	cd "$F"
	local g s gs ss
	g=$(gnu ls -l 2>&1 >/dev/full) && gs=0 || gs=$?
	s=$(sg ls -l 2>&1 >/dev/full) && ss=0 || ss=$?
	[ "$g" = "$s" ] && [ "$gs" = "$ss" ] || { echo "/dev/full: GNU $gs '$g', ours $ss '$s'"; return 1; }
}

@test "ls vs GNU: 80 fixed random clusters of 2 to 5 options (no -u: reading a directory moves its atime)" {
	lsdo -SxptU dir link_dir a
	lsdo -mtr link_exe sock cdev
	lsdo -lpi dir link_dir a
	lsdo -Sm link_exe sock cdev
	lsdo -fh dangling link_a fifo
	lsdo -faq . dir/sub
	lsdo -Ao dir link_dir a
	lsdo -xp tz
	lsdo -Uqotd link_exe sock cdev
	lsdo -raL1 dangling link_a fifo
	lsdo -FSq1 link_exe sock cdev
	lsdo -sxdt tz
	lsdo -1U
	lsdo -lih1a link_exe sock cdev
	lsdo -oA dangling link_a fifo
	lsdo -HhF1U link_exe sock cdev
	lsdo -xLR tz
	lsdo -is
	lsdo -xlndH
	lsdo -Ap dangling link_a fifo
	lsdo -LSo dangling link_a fifo
	lsdo -Cxn dangling link_a fifo
	lsdo -lhFoa tz
	lsdo -aogh . dir/sub
	lsdo -An dir link_dir a
	lsdo -Raxfs tz
	lsdo -1oUcd
	lsdo -kfpn . dir/sub
	lsdo -qUnhg link_exe sock cdev
	lsdo -idq . dir/sub
	lsdo -Cog link_exe sock cdev
	lsdo -Lhr . dir/sub
	lsdo -FA
	lsdo -At tz
	lsdo -CHh tz
	lsdo -qfrit dir link_dir a
	lsdo -nd dangling link_a fifo
	lsdo -Ro dir link_dir a
	lsdo -1R dangling link_a fifo
	lsdo -dAgik . dir/sub
	lsdo -1kn dangling link_a fifo
	lsdo -LCHt . dir/sub
	lsdo -UAa dangling link_a fifo
	lsdo -HiAa . dir/sub
	lsdo -r1 link_exe sock cdev
	lsdo -sn1p . dir/sub
	lsdo -CAHn tz
	lsdo -1LrF
	lsdo -UafLh dangling link_a fifo
	lsdo -f1
	lsdo -cl tz
	lsdo -CshHU dangling link_a fifo
	lsdo -pqS1t . dir/sub
	lsdo -if
	lsdo -adHlr . dir/sub
	lsdo -Rakin link_exe sock cdev
	lsdo -tgx tz
	lsdo -rdshL tz
	lsdo -cFm dir link_dir a
	lsdo -hdU tz
	lsdo -nrk
	lsdo -Rq dir link_dir a
	lsdo -pr tz
	lsdo -qFh link_exe sock cdev
	lsdo -LsHqf dangling link_a fifo
	lsdo -1qAR . dir/sub
	lsdo -LH tz
	lsdo -icmU
	lsdo -hpo
	lsdo -dxnm
	lsdo -pl link_exe sock cdev
	lsdo -1Loq dangling link_a fifo
	lsdo -gHax dangling link_a fifo
	lsdo -gd tz
	lsdo -SHtf dir link_dir a
	lsdo -mHd1F link_exe sock cdev
	lsdo -npoca dangling link_a fifo
	lsdo -psco
	lsdo -od dangling link_a fifo
	lsdo -iS tz
}

@test "ls vs GNU: error lines and the listing in one stream keep GNU's order" {
	cd "$F"
	for a in -lL -LR "-lR dir nonexistent a" "nonexistent -l dangling a" "-RL dir"; do
		diff <(gnu ls $a 2>&1) <(sg ls $a 2>&1) || { echo "order differs for: ls $a"; return 1; }
	done
}

# The fixture is root's; permission checks need someone else. setpriv drops
# to nobody for both programs.
as_nobody_same() {
	local d=$BATS_TEST_TMPDIR gs ss ls
	ls=$(public_bin ls)
	setpriv --reuid=65534 --regid=65534 --clear-groups bash -c 'exec -a ls "$0" "$@"' /usr/bin/ls "$@" >"$d/g.out" 2>"$d/g.err" && gs=0 || gs=$?
	if [ -n "${SG_QEMU:-}" ]; then
		setpriv --reuid=65534 --regid=65534 --clear-groups qemu-x86_64 -0 ls "$ls" "$@" >"$d/s.out" 2>"$d/s.err" && ss=0 || ss=$?
	else
		setpriv --reuid=65534 --regid=65534 --clear-groups bash -c 'exec -a ls "$0" "$@"' "$ls" "$@" >"$d/s.out" 2>"$d/s.err" && ss=0 || ss=$?
	fi
	diff "$d/g.out" "$d/s.out" && diff "$d/g.err" "$d/s.err" && [ "$gs" = "$ss" ] ||
		{ echo "differs for $*: GNU $gs ours $ss"; cat "$d/g.err" "$d/s.err"; return 1; }
}

@test "ls vs GNU as nobody: unreadable directory: exit 2 as operand, 1 inside -R" {
	command -v setpriv >/dev/null || skip "no setpriv"
	[ "$(id -u)" = 0 ] || skip "needs root to become nobody"
	chmod 755 "$BATS_FILE_TMPDIR"
	cd "$F"
	as_nobody_same noperm
	as_nobody_same noperm a
	as_nobody_same -R
	as_nobody_same -lR dir noperm
	as_nobody_same -d noperm
}

@test "ls vs GNU: names with spaces, tabs, newlines, control bytes and bytes >= 0x80, with and without -q" {
	lsdo -1
	lsdo -q
	lsdo -qC
	lsdo -lq
	lsdo -C
	lsdo -m -w 30
	lsdo -R "$(printf 'new\nline')" 'sp ace'
}

# On a terminal GNU ls picks columns and shell-quotes names. script(1) gives
# both programs a pseudo-terminal (0x0 in size, so the width is 80 or -w).
tty_same() {
	local d=$BATS_TEST_TMPDIR w=$BATS_TEST_TMPDIR/sgls
	if [ -n "${SG_QEMU:-}" ]; then
		printf '#!/bin/bash\nexec qemu-x86_64 -0 ls "%s" "$@"\n' "$BIN/ls" >"$w"
	else
		printf '#!/bin/bash\nexec -a ls "%s" "$@"\n' "$BIN/ls" >"$w"
	fi
	chmod +x "$w"
	script -qec "ls $*" /dev/null >"$d/g.out" 2>&1 || true
	script -qec "$w $*" /dev/null >"$d/s.out" 2>&1 || true
	diff "$d/g.out" "$d/s.out" || { echo "differs on a terminal for: ls $*"; return 1; }
}

@test "ls vs GNU on a terminal: columns by default, names quoted for the shell" {
	command -v script >/dev/null || skip "no script(1)"
	cd "$F"
	for a in "" -l -1 -m -x -q -F -lF -s -i -R "-C -w 50" "-x -w 30" -w0 "-d dir a nonexistent"; do
		tty_same $a
	done
	mkdir -p "$BATS_TEST_TMPDIR/q" && cd "$BATS_TEST_TMPDIR/q"
	for c in ' ' '!' '"' '#' '$' '%' '&' '(' ')' '*' '+' , : ';' '<' '=' '>' '?' '@' '[' ']' '^' _ '`' '{' '|' '}' '~'; do
		touch "a${c}b" "${c}x"
	done
	touch '{' '}' "a'b" 'a\b' '\x' "$(printf 'caf\xc3\xa9')" "$(printf '\001\002x')"
	for a in "" -l -1 -F -lF -p -m; do
		tty_same $a
	done
}

@test "ls -i prints the inode numbers stat -c %i prints" {
	cd "$F"
	lsdo -i
	lsdo -li
	lsdo -Ci
	run sg ls -i1d a big dir
	assert_success
	assert_output "$(stat -c '%i %n' a big dir)"
	run sg ls -i1d .
	assert_output "$(stat -c '%i %n' .)"
}

@test "ls vs GNU: local time in America/New_York, Europe/Berlin, POSIX TZ strings, TZif paths" {
	for tz in America/New_York Europe/Berlin Australia/Sydney Asia/Kolkata :Europe/London \
		/usr/share/zoneinfo/America/Sao_Paulo 'EST5EDT,M3.2.0,M11.1.0' \
		'CET-1CEST,M3.5.0,M10.5.0/3' '<+0330>-3:30' 'AAA3BBB,J60/2,J300/26' '' UTC; do
		TZ=$tz lsdo -l tz
		TZ=$tz lsdo -lt tz
	done
	(unset TZ; lsdo -l tz)	# /etc/localtime
	TZDIR=/usr/share/zoneinfo/America TZ=New_York lsdo -l tz
}

@test "ls vs GNU: dates past the zone tables follow each TZif footer's POSIX rule" {
	d=$BATS_TEST_TMPDIR/far
	mkdir -p "$d"
	# 2040 is past the tables: the footer decides DST. Each file sits half an
	# hour from local midnight in one of the zones, so DST moves its date.
	# (one python3 makes all 552: a date and a touch each cost seconds in all)
	python3 - "$d" <<'PY'
import calendar, os, sys
for day in range(46):
    for hm in ("21:30", "01:30", "04:30", "22:30", "13:30", "02:30"):
        for start in ((2040, 3, 5), (2040, 9, 20)):
            h, m = map(int, hm.split(":"))
            t = calendar.timegm(start + (h, m, 0)) + day * 86400
            f = os.path.join(sys.argv[1], "f%d" % t)
            open(f, "w").close()
            os.utime(f, (t, t))
PY
	[ "$(ls "$d" | wc -l)" -eq 552 ]
	cd "$d"
	for tz in America/New_York Europe/Berlin Asia/Jerusalem America/Nuuk Australia/Sydney \
		America/Santiago Pacific/Auckland Europe/Dublin; do
		TZ=$tz same_as_gnu ls -l
	done
}

@test "ls vs GNU: a version 1 TZif file (32-bit times, no footer)" {
	f=$BATS_TEST_TMPDIR/v1zone
	python3 - "$f" <<'PY'
import struct, sys, datetime as dt
def nth_sunday(y, m, n):
    d = dt.date(y, m, 1); d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(weeks=n - 1)
trans, idx = [], []
for y in range(2015, 2031):
    on = dt.datetime.combine(nth_sunday(y, 3, 2), dt.time(7), dt.timezone.utc)
    off = dt.datetime.combine(nth_sunday(y, 11, 1), dt.time(6), dt.timezone.utc)
    trans += [int(on.timestamp()), int(off.timestamp())]; idx += [1, 0]
chars = b"XST\0XDT\0"
hdr = b"TZif" + b"\0" + b"\0" * 15 + struct.pack(">6I", 0, 0, 0, len(trans), 2, len(chars))
body = b"".join(struct.pack(">i", t) for t in trans) + bytes(idx)
body += struct.pack(">iBB", -5 * 3600, 0, 0) + struct.pack(">iBB", -4 * 3600, 1, 4) + chars
open(sys.argv[1], "wb").write(hdr + body)
PY
	TZ=$f lsdo -l tz
	TZ=:$f lsdo -lt tz
}

@test "ls vs GNU: -R down a 2,000-level tree, no stack overflow" {
	skip_under_qemu_since 9 "QEMU 10 readlinks every component of each path the guest opens" \
		"(5,055 readlink calls for ls -R of 100 levels; 7.2 makes none): minutes at 2,000 levels"
	d=$BATS_TEST_TMPDIR/deep
	mkdir -p "$d"
	# 2,000 levels of "d/" is a 4,000-byte path: still within PATH_MAX
	p=$d
	python3 -c "
import os
os.chdir('$d')
for i in range(2000):
    os.mkdir('d'); os.chdir('d')
open('leaf', 'w').close()"
	cd "$d"
	same_as_gnu ls -R
	same_as_gnu ls -Rl d/d/d/d/d/d/d/d/d/d
}

@test "ls vs GNU: -RL on a symlink cycle reports it once and stops" {
	d=$BATS_TEST_TMPDIR/cyc
	mkdir -p "$d/x/y"
	ln -s .. "$d/x/y/back"
	ln -s ../x "$d/x/y/side"
	touch "$d/x/y/f"
	cd "$d"
	same_as_gnu ls -RL
	same_as_gnu ls -RL x/y
	same_as_gnu ls -R
}

@test "ls vs GNU: a 7,500-entry directory: radix sort with ties, stats split over two threads" {
	d=$BATS_TEST_TMPDIR/big
	mkdir -p "$d"
	python3 -c "
import os
os.chdir('$d')
for i in range(6000):
    n = 'f%05d' % ((i * 7919) % 6000)
    with open(n, 'w') as f: f.write('x' * (i % 7))
    os.utime(n, (1700000000 + i * 3600, 1700000000 + (i * 7) % 5000 * 3600))
for i in range(20):
    os.symlink('missing%d' % i, 'z%02d' % i)
for i in range(1500):  # equal in their first 8 bytes: the sort's tie path
    open('longname_%04d_tail' % ((i * 37) % 1500), 'w').close()
os.mkdir('sub')"
	cd "$d"
	same_as_gnu ls -l
	same_as_gnu ls -lt
	same_as_gnu ls -lSr
	same_as_gnu ls -i
	same_as_gnu ls -sC
	same_as_gnu ls -lL
	same_as_gnu ls -F
	same_as_gnu ls -U
	same_as_gnu ls -R
}

@test "ls --help: our usage text on stdout, exit 0" {
	run sg ls --help
	assert_success
	assert_line --index 0 "ls — list directory contents"
	assert_output --partial "Usage: ls [OPTION]... [FILE]..."
}
