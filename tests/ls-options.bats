#!/usr/bin/env bats
# ls against GNU ls 9.1 for the options beyond issue 4's set (issue 15):
# long-option abbreviations as glibc's getopt_long resolves them, quoting
# styles, colours, time styles, sorts, block sizes, --dired, --hyperlink,
# -Z, --zero, patterns; each in LC_ALL=C and in C.UTF-8 (where the fixture's
# multibyte names differ). Byte-exact stdout, stderr and exit status.
load helper

setup_file() {
	F=$BATS_FILE_TMPDIR/f
	export F
	mkdir -p "$F" && cd "$F"
	mkdir -p dir/sub empty
	touch a b.txt c.TXT d.Txt 'sp ace' "$(printf 'new\nline')" "$(printf 'caf\xc3\xa9')" \
		"$(printf 'tab\tx')" "$(printf 'ctl\001x')" .hidden "it's" 'a@b' 'x:y' 'back~' .b~ \
		v1.10 v1.9 v1.2.tar.gz 'v1.2~' 'wide日本' "$(printf 'bad\xffx')" "$(printf 'nel\xc2\x85')" \
		"$(printf 'cut\xe6\x97')" 'q"d' 'b\s' '#h' '~t' 'é?x' "$(printf 'zw\xe2\x80\x8bj')" \
		"$(printf 'comb\xcc\x81')" "$(printf 'q\xe2\x80\x99x')" 'pct%' x.tar.gz .x.tar ..dots
	printf '%05000d' 0 >big
	truncate -s 123456789 sparse
	chmod 755 a; chmod 4755 big; chmod 1777 dir; chmod o+w empty
	ln -s a la; ln -s nowhere dang; ln -s dir ldir; ln -s big lbig
	mkfifo fifo
	ln b.txt hard
	local now
	now=$(date +%s)
	touch -d '2020-01-01 10:11:12.123456789' b.txt
	touch -d '2031-05-05 12:00' c.TXT
	touch -d "@$((now - 86400 * 3))" a dir empty big sparse
	touch -h -d "@$((now - 86400 * 2))" la dang ldir
}

setup() {
	qemu_shared
}

lsdo() { cd "$F" && same_as_gnu ls "$@"; }
# the same in both locales
both() { LC_ALL=C lsdo "$@" && LC_ALL=C.UTF-8 lsdo "$@"; }

@test "ls vs GNU: every long option name: glibc's abbreviations and ambiguities" {
	for o in --all --escape --directory --dired --full-time --group-directories-first \
		--human-readable --inode --kibibytes --numeric-uid-gid --no-group --hide-control-chars \
		--reverse --size --almost-all --ignore-backups --classify --file-type --si \
		--dereference-command-line --dereference-command-line-symlink-to-dir --dereference \
		--literal --quote-name --recursive --show-control-chars --zero --color --hyperlink \
		--context --author; do
		lsdo "$o" a dir
	done
	lsdo --si -l big sparse
	for o in --di --de --s --hi --in --co --h --d --f --l --q --r --t --i --a --ti --hid=x --hi=x; do
		lsdo "$o" a
	done
	lsdo --col a; lsdo --colo=always a; lsdo --cla a; lsdo --hy=never a; lsdo --fu a
	lsdo --hide='*.c' -d a; lsdo --classify=always a dir; lsdo --classify=never a dir
	lsdo --classify=auto a dir; lsdo --classify=bogus a
	lsdo --all=x; lsdo --width; lsdo --sort; lsdo -I; lsdo -T; lsdo --nosuch; lsdo -j
}

@test "ls vs GNU: WORD arguments: valid, abbreviated, ambiguous and invalid" {
	for w in none time size extension version width t s n v w e x name; do
		lsdo --sort="$w"
	done
	for w in atime access use ctime status birth creation a c mtime u; do
		lsdo -lt --time="$w" a b.txt
	done
	for w in across commas horizontal long single-column verbose vertical v c bad; do
		lsdo --format="$w"
	done
	for w in none slash file-type classify s f bad; do
		lsdo --indicator-style="$w"
	done
	for w in always yes force never no none auto tty if-tty a n bad; do
		lsdo --color="$w" a dir
	done
	both --sort=bogus
	both --quoting-style=bogus
}

@test "ls vs GNU: quoting styles and -b -Q -N -q, in C and C.UTF-8" {
	for s in literal shell shell-always shell-escape shell-escape-always c c-maybe escape locale clocale; do
		both --quoting-style=$s
		both --quoting-style=$s -q
		both --quoting-style=$s -F
		both --quoting-style=$s -l dir x:y ldir
		both --quoting-style=$s -R dir
	done
	for o in -b -Q -N -q --show-control-chars "-q --show-control-chars" "-Q -q" "-b -N" "-bq" -lb -mQ -xq -CQ; do
		both $o
	done
	LC_ALL=C QUOTING_STYLE=c lsdo; LC_ALL=C.UTF-8 QUOTING_STYLE=escape lsdo
	LC_ALL=C QUOTING_STYLE=bogus lsdo; LC_ALL=C QUOTING_STYLE=sh lsdo
	LC_ALL=C QUOTING_STYLE=shell-escape lsdo -N
}

@test "ls vs GNU: widths of multibyte names in columns, -m, -x and -q (C.UTF-8 and C)" {
	for w in 20 30 45 60 80 200 0; do
		both -C -w $w
		both -x -w $w
		both -m -w $w
		both -Cq -w $w
		both -xQ -w $w
		both -Cs -w $w
		both -C --sort=width -w $w
	done
}

@test "ls vs GNU: sorting -X -v --sort=width --group-directories-first, with -r" {
	for o in -X -v --sort=width --sort=extension --group-directories-first -Xr -vr "--sort=width -r" \
		"--group-directories-first -r" "--group-directories-first -S" "--group-directories-first -U" \
		"--group-directories-first -t" "-v -a" "-X -a" "-l --group-directories-first" -va1; do
		both $o
	done
	mkdir -p "$BATS_TEST_TMPDIR/v" && cd "$BATS_TEST_TMPDIR/v"
	touch a1 a01 a001 a10 a2 a2b a2.b 1.2.3 1.2.10 1.10.0 x~ x x.~1~ 'x.1~' .a .1 ..a ~ 1 01 001 \
		foo-1.0.tar.gz foo-1.0a.tar.gz foo-1.0.1.tar.gz foo-10.tar.gz 'a.b.c' a.b
	same_as_gnu ls -v -a
	same_as_gnu ls -vr
	same_as_gnu ls -X
}

@test "ls vs GNU: -B, -I, --hide, -a and -A against the patterns" {
	for o in -B "-I *.txt" "--ignore=*.TXT" "--hide=*.txt" "-a --hide=*.txt" "-A --hide=v*" \
		"-I [ab]*" "-I [!a]*" "-I ?" "-I *[[:digit:]]*" "-I .*" "-a -I .*" "-I \\*" "-I caf?" \
		"-I *~ -I *.gz" "--hide=wide*" "-B -a" "-I [" "-I é?x" "-I ??x"; do
		both $o
	done
	LC_ALL=C.UTF-8 lsdo -I 'wide??'; LC_ALL=C lsdo -I 'wide??'
}

@test "ls vs GNU: indicators --file-type, --indicator-style, -F, -p with -l and symlinks" {
	for o in --file-type -F -p "--indicator-style=none" "-l --file-type" "-lF" "-lp" "-lL --file-type" \
		"-F -d dir ldir la dang fifo" "--file-type -R dir" "-mF" "-xF -w 30"; do
		both $o
	done
}

@test "ls vs GNU: long format: -G, --author, -g -o, --full-time, --time-style, TIME_STYLE" {
	for o in -lG -lgG "-l --author" "-ln --author" "-o --author" --full-time "-l --full-time -c" \
		"-l --time-style=full-iso" "-l --time-style=long-iso" "-l --time-style=iso" \
		"-l --time-style=locale" "-l --time-style=posix-iso" "-l --time-style=posix-full-iso" \
		"-l --time-style=+%Y-%m-%d" "-l --time-style=+%s.%N" "-l --time-style=+%a%A%b%B%c%C%d%D%e%F%g%G%h%H%I%j%k%l%m%M%n%p%P%r%R%S%t%T%u%U%V%w%W%x%X%y%Y%z%:z%%" \
		"-l --time-style=+%_5d|%-d|%05e|%^b|%#a|%3N|%_H" "-l --time-style=+" "-l --time-style=full" \
		"-l --time-style=l" "-l --time-style=bogus" "--time-style=bogus" "-l --time=birth b.txt" \
		"-l --time=creation --full-time a"; do
		both $o
	done
	LC_ALL=C lsdo -l --time-style=$'+%Y old\n%H:%M new'
	LC_ALL=C lsdo -l --time-style=$'+a\nb\nc'
	LC_ALL=C TIME_STYLE=long-iso lsdo -l
	LC_ALL=C TIME_STYLE=long-iso lsdo -l --time-style=iso
	LC_ALL=C TIME_STYLE=posix-long-iso lsdo -l
	LC_ALL=C.UTF-8 TIME_STYLE=posix-long-iso lsdo -l
	TZ=America/New_York LC_ALL=C lsdo -l --full-time a b.txt
	TZ=Asia/Kolkata LC_ALL=C lsdo -l --time-style=+%z%:z%::z a
}

@test "ls vs GNU: --block-size, --si, -h, -k, BLOCK_SIZE and LS_BLOCK_SIZE" {
	for b in 1 512 1000 1024 4096 K KB KiB M MB MiB G 1K 1M 2k 10 100 3 human-readable si h s \
		"'1" 0 -1 1Q x 1KX 99999999999999999999 99999999999999999999Y 0x10; do
		both -ls --block-size="$b" big sparse a
	done
	for o in --si "-s --si" "-lh" "-lsh" "-sk" "-lk" "-lsk --block-size=1000" "-h --si -ls" "--si -h -ls"; do
		both $o big sparse a
	done
	LC_ALL=C BLOCK_SIZE=K lsdo -ls; LC_ALL=C BLOCKSIZE=512 lsdo -ls; LC_ALL=C LS_BLOCK_SIZE=M lsdo -ls
	LC_ALL=C LS_BLOCK_SIZE=1000 lsdo -lsk; LC_ALL=C POSIXLY_CORRECT=1 lsdo -s a big
	LC_ALL=C BLOCK_SIZE=bogus lsdo -ls
}

@test "ls vs GNU: --color with GNU's defaults, dircolors' LS_COLORS and odd values" {
	unset LS_COLORS COLORTERM
	for o in "" -l -F -lF -C -x -m -R "-l --full-time" "-l -L" -1 "-C -w 30" -i -s -d; do
		TERM=xterm both --color=always $o
	done
	TERM=dumb both --color=always
	TERM= both --color=always
	TERM=dumb COLORTERM=truecolor both --color=always
	TERM=xterm both --color=never
	TERM=xterm both --color=auto
	local dc
	dc=$(TERM=xterm dircolors -b | sed -n "s/^LS_COLORS='\(.*\)';$/\1/p")
	for o in "" -l -lF -C -x -R "-l dang la"; do
		LS_COLORS=$dc both --color=always $o
	done
	LS_COLORS='di=01;34:ln=target:or=31:mi=05;37:ex=32:*.txt=33:*.TXT=35:no=7:fi=36' both --color=always -l
	LS_COLORS='ln=target:ex=32' both --color=always
	LS_COLORS='rs=1:lc=\e[:rc=m:ec=\e[0m' both --color=always -l
	LS_COLORS='lc=<:rc=>' both --color=always
	LS_COLORS='di=\x41^[\101:*.gz=\a\b\e\f\n\r\t\v\?\_:cl=' both --color=always
	LS_COLORS='xx=1' both --color=always
	LS_COLORS='di' both --color=always
	LS_COLORS='*.gz' both --color=always
	LS_COLORS='di=\' both --color=always
	LS_COLORS='di=^' both --color=always
	LS_COLORS='su=:sg=:st=:ow=:tw=:ex=' both --color=always -l
	LS_COLORS='mh=44' both --color=always -l
	LS_COLORS='no=0:fi=00' both --color=always
}

@test "ls vs GNU: --dired, --zero, -T, --hyperlink, -Z" {
	for o in -D -lD -lDR "-lD dir a" "-lD --quoting-style=c" "-lD -i" "-lDs" "-lD --hyperlink" \
		--zero "--zero -l" "--zero -C" "--zero -m" "--zero -R dir" "--zero -D -l" "--zero -q" \
		"-T 4 -C" "-T 0 -C" "-T 1 -x" "-T 100 -C" "-T x" "-T -1" "-T 0x8 -C" "--tabsize=3 -C -w 40" \
		"-T 99999999999999999999999" "--color=always -T 4 -C" \
		-Z -lZ -CZ -mZ "-Z -d dir" "-lZ --zero" "-sZ -C"; do
		both $o
	done
	LC_ALL=C TABSIZE=4 lsdo -C; LC_ALL=C TABSIZE=x lsdo -C; LC_ALL=C TABSIZE=4 lsdo -l
	for o in "" -l -1 -C -m -R -lR "-d dir ldir dang" "-l dang la ldir"; do
		both --hyperlink=always $o
		(cd dir && same_as_gnu ls --hyperlink=always -l ../a ../dang . ..)
	done
}

@test "ls vs GNU: -w and COLUMNS: two -w, 0x10, octal, huge, bad, COLUMNS=0" {
	for w in 0 1 2 3 10 0x10 010 " 40" +40 99999999999999999999 18446744073709551615 9223372036854775808 \
		-1 x 40x "" 0x; do
		LC_ALL=C lsdo -C -w "$w"
		LC_ALL=C lsdo -x --width="$w"
	done
	LC_ALL=C lsdo -C -w 10 -w 50; LC_ALL=C lsdo -C -w x -w 50; LC_ALL=C lsdo -C -w 50 -w x
	for c in 0 10 40 0x20 x -5 "" 99999999999999999999; do
		LC_ALL=C COLUMNS=$c lsdo -C
		LC_ALL=C COLUMNS=$c lsdo -m
		LC_ALL=C COLUMNS=$c lsdo -1
	done
	LC_ALL=C COLUMNS=x lsdo -l
	LC_ALL=C COLUMNS=x lsdo --color=always
}

@test "ls vs GNU on a terminal, C.UTF-8: quoting, ? for unprintable characters, colour auto" {
	command -v script >/dev/null || skip "no script(1)"
	local d=$BATS_TEST_TMPDIR w=$BATS_TEST_TMPDIR/sgls
	if [ -n "${SG_QEMU:-}" ]; then
		printf '#!/bin/bash\nexec qemu-x86_64 -0 ls "%s" "$@"\n' "$BIN/ls" >"$w"
	else
		printf '#!/bin/bash\nexec -a ls "%s" "$@"\n' "$BIN/ls" >"$w"
	fi
	chmod +x "$w"
	cd "$F"
	for l in C C.UTF-8; do
		for a in "" -l -1 -x -m -q -F -N -b -Q --show-control-chars --color=auto "--color=auto -l" \
			"--hyperlink=auto -1" "--classify=auto" "-w 40"; do
			LC_ALL=$l TERM=xterm script -qec "ls $a" /dev/null >"$d/g.out" 2>&1 || true
			LC_ALL=$l TERM=xterm script -qec "$w $a" /dev/null >"$d/s.out" 2>&1 || true
			diff "$d/g.out" "$d/s.out" || { echo "differs on a terminal for: LC_ALL=$l ls $a"; return 1; }
		done
	done
}

@test "ls vs GNU: which locale applies: LC_ALL, LC_CTYPE, LANG, missing locales" {
	cd "$F"
	for env in "LC_ALL=C.UTF-8" "LC_ALL=C.utf8" "LC_ALL=C" "LC_ALL=POSIX" "LC_ALL= LANG=C.UTF-8" \
		"LC_ALL= LC_CTYPE=C.UTF-8" "LC_ALL= LC_CTYPE=C LANG=C.UTF-8" "LC_ALL= LC_CTYPE=C.UTF-8 LANG=C" \
		"LC_ALL= LANG=xx_YY.UTF-8" "LC_ALL= LC_CTYPE=C.UTF-8 LC_TIME=xx_YY" "LC_ALL=C.UTF-8 LANG=xx" \
		"LC_ALL= LANG= LC_CTYPE=" "LC_ALL=C.UTF-8@euro" "LC_ALL=c.utf8"; do
		(unset LC_ALL LC_CTYPE LANG LC_TIME; export $env; lsdo -q -C -w 40) || { echo "with $env"; return 1; }
		(unset LC_ALL LC_CTYPE LANG LC_TIME; export $env; lsdo -l --quoting-style=locale dir) || { echo "with $env"; return 1; }
	done
}

@test "ls vs GNU: sorting by collation is out of scope: en_US.UTF-8 orders names by the locale, we by bytes" {
	locale -a 2>/dev/null | grep -qix 'en_US.utf8' || skip "no en_US.UTF-8 locale installed (locale -a)"
	mkdir -p "$BATS_TEST_TMPDIR/coll" && cd "$BATS_TEST_TMPDIR/coll"
	touch a B c
	run env LC_ALL=en_US.UTF-8 ls
	assert_output "$(printf 'a\nB\nc')"
	run env LC_ALL=en_US.UTF-8 "$BIN/ls"
	assert_output "$(printf 'B\na\nc')"
}
