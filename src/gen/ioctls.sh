#!/bin/sh
# src/gen/ioctls.sh — host generator: ioctl request numbers and names from the
# UAPI headers, the way strace's own build makes its ioctlent tables.
#
#   ioctls.sh CC INCDIR [ASMDIR] > ioctlent.h   (ASMDIR: where asm/ is, if
#                                                not under INCDIR)
#   IOCTL_RUN=qemu-x86_64 ioctls.sh ...        on a host that is not x86-64:
#                                                CC is then the x86-64 (cross)
#                                                compiler, so that every sizeof
#                                                is x86-64's, and this runs it
#
# Every `#define NAME _IO(...)`, `_IOR`, `_IOW`, `_IOWR` in the headers under
# INCDIR/{linux,asm,drm,sound,...} is evaluated by one host program that
# includes them all (the size in the number is a sizeof: only a compiler
# knows it). A header that does not compile there, alone or beside the
# others, is dropped and the program built again, as strace's build drops
# them. The terminal, socket, console, loop and SCSI generic requests that
# <asm-generic/ioctls.h>, <linux/sockios.h>, <linux/kd.h>, <linux/loop.h> and
# <scsi/sg.h> write as plain numbers are added, and <linux/hdreg.h>'s HDIO_*
# (0x03xx, written 0x0301). Output:
# `{ 0x80081270, "BLKBSZGET" },` (eight digits, so that text order is number
# order) sorted by number, then name, so that names
# sharing a number come together (strace prints them "A or B").
# This runs on the build host and may use libc; its output is never edited.
set -u
cc=$1 inc=$2 asm=${3:-$2}
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
# (_SIO*: <linux/soundcard.h>'s spelling of _IO*, SNDCTL_TMR_START...;
# SECCOMP_IO*: <linux/seccomp.h>'s)
def='^[[:space:]]*#[[:space:]]*define[[:space:]]+([A-Za-z0-9_]+)[[:space:]]+(_S|SECCOMP_|_)IO(R|W|WR)?[[:space:]]*\(.*'
{
	# (not drm/: Debian's linux-libc-dev leaves it to libdrm, the x86-64
	# cross package ships it; read, it would make the two builds differ)
	for d in linux asm-generic misc mtd rdma scsi sound video xen; do
		[ -d "$inc/$d" ] && (cd "$inc" && grep -rlE "$def" "$d")
	done
	[ -d "$asm/asm" ] && (cd "$asm" && grep -rlE "$def" asm)
} | LC_ALL=C sort -u > "$tmp/headers"
# NAME HEADER, one a line (one awk for all the headers; a #define continued
# with a backslash, as <linux/ptp_clock.h>'s PTP_SYS_OFFSET_PRECISE, is
# joined into one line first)
for h in $(cat "$tmp/headers"); do
	case $h in asm/*) echo "$asm/$h" ;; *) echo "$inc/$h" ;; esac
done | xargs awk '{ while (/\\$/ && (getline nxt) > 0) $0 = substr($0, 1, length($0) - 1) nxt
	print FILENAME ":" $0 }' | grep -E "^[^:]+:${def#^}" | sed -E "s|^($inc\|$asm)/||" |
	sed -nE "s/^([^:]+):$(echo "$def" | sed 's/^\^//')/\\2 \\1/p" | LC_ALL=C sort -u -k1,1 > "$tmp/names"

tries=0
while :; do
	{
		echo 'int printf(const char *, ...);	/* no <stdio.h>: headers that pull in libc clash less */'
		# structs that headers name without including them (<asm-generic/ioctls.h>,
		# <linux/fs.h>)
		# termios2, serial_iso7816, blk_user_trace_setup, fiemap: without them their
		# requests are dropped
		echo '#include <asm/termbits.h>'
		echo '#include <linux/serial.h>'
		echo '#include <linux/blktrace_api.h>'
		echo '#include <linux/fiemap.h>'
		sed 's/.*/#include <&>/' "$tmp/headers"
		echo 'int main(void) {'
		awk 'NR == FNR { ok[$1] = 1; next } ok[$2] {
			printf "\tprintf(\"{ 0x%%08x, \\\"%%s\\\" },\\n\", (unsigned)(%s), \"%s\");\n", $1, $1
		}' "$tmp/headers" "$tmp/names"
		echo '	return 0;'
		echo '}'
	} > "$tmp/all.c"
	$cc -w -I"$inc" -I"$asm" -o "$tmp/all" "$tmp/all.c" 2> "$tmp/err" && break
	tries=$((tries + 1))
	[ "$tries" -lt 40 ] || { cat "$tmp/err" >&2; exit 1; }
	# each error is either in a header (the include chain before it names
	# the line of all.c that brought it in: that header is dropped, as one
	# that does not compile here) or on a printf line (that name is dropped)
	awk -v f="$tmp/all.c:" '
		index($0, f) { n = substr($0, index($0, f) + length(f)); sub(/[^0-9].*/, "", n) }
		/^(In file included from|[[:space:]]+from) / && index($0, f) { inc = n }
		/: error:/ { print (index($0, f) == 1 ? n : inc) }' "$tmp/err" | sort -u > "$tmp/badlines"
	[ -s "$tmp/badlines" ] || { cat "$tmp/err" >&2; exit 1; }
	awk 'NR == FNR { bad[$1] = 1; next } bad[FNR]' "$tmp/badlines" "$tmp/all.c" > "$tmp/badsrc"
	sed -nE 's/^#include <(.*)>$/\1/p' "$tmp/badsrc" > "$tmp/bad"
	sed -nE 's/.*\(unsigned\)\(([A-Za-z0-9_]+)\).*/\1/p' "$tmp/badsrc" > "$tmp/badnames"
	grep -vxFf "$tmp/bad" "$tmp/headers" > "$tmp/h2" || :
	mv "$tmp/h2" "$tmp/headers"
	grep -vwFf "$tmp/badnames" "$tmp/names" > "$tmp/n2" || :
	mv "$tmp/n2" "$tmp/names"
done
{
	${IOCTL_RUN:-} "$tmp/all"
	for h in asm-generic/ioctls.h asm-generic/sockios.h linux/sockios.h linux/kd.h linux/loop.h linux/hdreg.h scsi/sg.h; do
		f=$inc/$h
		# <scsi/sg.h> is the C library's, not UAPI: a cross tree lacks it;
		# its numbers are the same on every architecture, so the host's do
		[ -f "$f" ] || [ "$h" != scsi/sg.h ] || f=/usr/include/$h
		[ -f "$f" ] && sed -nE 's/^#[[:space:]]*define[[:space:]]+([A-Z][A-Z0-9_]+)[[:space:]]+0x0?((54|89|4[BbCc]|22|3)[0-9A-Fa-f]{2})([^0-9A-Fa-fx].*)?$/\2 \1/p' "$f" |
			while read -r v n; do printf '{ 0x%08x, "%s" },\n' "$((0x$v))" "$n"; done
	done
	# names the headers once had and have dropped, whose numbers the
	# kernel still takes: SECCOMP_IOCTL_NOTIF_ID_VALID was first (Linux
	# 5.0-5.8) _IOR('!', 2, __u64), the wrong direction; strace keeps it
	printf '{ 0x%08x, "%s" },\n' "$(((2 << 30) | (8 << 16) | (0x21 << 8) | 2))" \
		SECCOMP_IOCTL_NOTIF_ID_VALID_WRONG_DIR
	# the SCSI generic driver's one request that glibc's <scsi/sg.h> (a copy
	# of the kernel's private header, not UAPI) leaves out
	printf '{ 0x%08x, "%s" },\n' 0x2289 SG_GET_ACCESS_COUNT
} | LC_ALL=C sort -u | LC_ALL=C sort -t, -k1,1 -s |
	# <linux/v4l2-subdev.h> gives a subdevice the video nodes' own
	# requests under a second name (VIDIOC_SUBDEV_G_STD is VIDIOC_G_STD):
	# strace prints the VIDIOC_ name alone, so the VIDIOC_SUBDEV_ one is
	# dropped where a VIDIOC_ name has its number
	awk -F, '{ line[NR] = $0; code[NR] = $1; sub_[NR] = $2 ~ /"VIDIOC_SUBDEV_/
		if ($2 ~ /"VIDIOC_/ && !sub_[NR]) v4l[$1] = 1 }
		END { for (i = 1; i <= NR; i++) if (!(sub_[i] && v4l[code[i]])) print line[i] }'
