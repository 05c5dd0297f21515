#!/usr/bin/env bats
# tests/trace-ioctl.bats — bin/trace's ioctl argument decoders (src/trace/ioctl*.c)
# against real strace 6, line by line: tests/rt/trace-ioctl.c (and
# trace-ioctl-media.c for the device families at the end) makes raw
# ioctl calls by family with edge-case arguments (NULL and unmapped
# pointers, a bad descriptor or one of the wrong kind, flags no name covers,
# names without a NUL) and real descriptors where cheap, and
# bin/trace-vs-strace compares the two tracers' logs. One test per family,
# each in the -X styles and with -v or -s where they change the output.
# Under qemu-x86_64 there is no ptrace: these tests skip there.
# bats file_tags=native-only
load helper
bats_require_minimum_version 1.5.0

RT=$BUILD/tests

setup() {
	skip_unless_ptrace
	cd "$BATS_TEST_TMPDIR" || return 1
}

@test "trace-ioctl vs strace: tty: termios/termio/termios2 in and out, winsize, TIOCSTI, modem bits, ints, TCFLSH/TCXONC, no-argument requests; the console's modes, LEDs, tones" {
	vs_strace "$RT/trace-ioctl" tty
	vs_strace -v "$RT/trace-ioctl" tty
	vs_strace -X raw "$RT/trace-ioctl" tty
	vs_strace -X verbose "$RT/trace-ioctl" tty
}

@test "trace-ioctl vs strace: kd: the console's keymap entries (K_* names, K(KT_*, c)), function-key strings, keycodes, repeat rate, diacritics, unicode and screen maps, fonts (KDFONTOP's ops), in and out" {
	vs_strace "$RT/trace-ioctl" kd
	vs_strace -v "$RT/trace-ioctl" kd
	vs_strace -X raw "$RT/trace-ioctl" kd
	vs_strace -X verbose "$RT/trace-ioctl" kd
	vs_strace -s 8 "$RT/trace-ioctl" kd
	vs_strace -s 1024 "$RT/trace-ioctl" kd
	# what the kernel would write back: the getters decoded at the exit
	vs_strace -e inject=ioctl:retval=0 "$RT/trace-ioctl" kd
}

@test "trace-ioctl vs strace: dm: the device mapper's dm_ioctl by request, flags no name covers, target specs, messages and strings (misplaced, unreadable, cut at -s) and the answers: names, target versions, dependencies, targets' status" {
	vs_strace "$RT/trace-ioctl" dm
	vs_strace -v "$RT/trace-ioctl" dm
	vs_strace -X raw "$RT/trace-ioctl" dm
	vs_strace -v -X verbose "$RT/trace-ioctl" dm
	vs_strace -v -s 2 "$RT/trace-ioctl" dm
	# the answers are decoded at the exit of a successful call
	vs_strace -e inject=ioctl:retval=0 "$RT/trace-ioctl" dm
	vs_strace -v -e inject=ioctl:retval=0 "$RT/trace-ioctl" dm
}

@test "trace-ioctl vs strace: btrfs: subvolume names (unterminated, cut by the page), qgroups to inherit, balance filters by kind, tree searches (ids and key types by name, the free range's bounds left out), scrub, devices, send, received subvolume, quotas, replace, features; FIDEDUPERANGE's destinations" {
	vs_strace "$RT/trace-ioctl" btrfs
	vs_strace -v "$RT/trace-ioctl" btrfs
	vs_strace -X raw "$RT/trace-ioctl" btrfs
	vs_strace -X verbose "$RT/trace-ioctl" btrfs
	vs_strace -s 1 "$RT/trace-ioctl" btrfs
	vs_strace -v -s 2 "$RT/trace-ioctl" btrfs
}

@test "trace-ioctl vs strace: block: BLK* numbers in and out, discard ranges, BLKPG's partition, BLKTRACESETUP" {
	vs_strace "$RT/trace-ioctl" block
	vs_strace -X verbose "$RT/trace-ioctl" block
}

@test "trace-ioctl vs strace: fs: inode flags, FIEMAP in and out, clone and dedupe ranges (-y), fsxattr, FITRIM, the label (not cut at -s)" {
	vs_strace "$RT/trace-ioctl" fs
	vs_strace -X raw -s 3 "$RT/trace-ioctl" fs
	vs_strace -X verbose -y "$RT/trace-ioctl" fs
	vs_strace -e verbose=none "$RT/trace-ioctl" fs
}

@test "trace-ioctl vs strace: nsfs (-y on the new descriptors), random, inotify, userfaultfd, seccomp notification, perf events" {
	vs_strace "$RT/trace-ioctl" misc
	vs_strace -X raw -s 3 "$RT/trace-ioctl" misc
	vs_strace -X verbose -y "$RT/trace-ioctl" misc
}

@test "trace-ioctl vs strace: sockets: owner and mark, struct ifreq by request, SIOCGIFCONF's room and list" {
	vs_strace "$RT/trace-ioctl" sock
	vs_strace -e verbose=none "$RT/trace-ioctl" sock
	vs_strace -X verbose "$RT/trace-ioctl" sock
}

@test "trace-ioctl vs strace: rtc (times, alarms, PLL, parameters), watchdog, loop, nbd and SCSI generic device requests" {
	vs_strace "$RT/trace-ioctl" dev
	vs_strace -v "$RT/trace-ioctl" dev
	vs_strace -X verbose -y "$RT/trace-ioctl" dev
	vs_strace -X raw "$RT/trace-ioctl" dev
}

@test "trace-ioctl vs strace: flash: UBI's attach, volumes (names by name_len, renames), erase blocks, properties; MTD's ranges, OOB, OTP, writes; OSS's MIXER_READ/WRITE names" {
	vs_strace "$RT/trace-ioctl" flash
	vs_strace -X raw "$RT/trace-ioctl" flash
	vs_strace -X verbose "$RT/trace-ioctl" flash
}

@test "trace-ioctl vs strace: KVM: capabilities, the VM's and vCPU's descriptors (-y), memory slots, CPUID entries (-v), registers, KVM_RUN's exit reason (-e kvm=vcpu)" {
	[ -r /dev/kvm ] && [ -w /dev/kvm ] || skip "no /dev/kvm"
	vs_strace -y "$RT/trace-ioctl" kvm
	vs_strace -e kvm=vcpu "$RT/trace-ioctl" kvm
	vs_strace -v -y "$RT/trace-ioctl" kvm
	vs_strace -X raw "$RT/trace-ioctl" kvm
}

# tests/rt/trace-ioctl-media.c: the device families of ioctl_{hdio,gpio,
# counter,lirc,input,ptp,tee,v4l2}.c, all on a bad descriptor; with -e inject= the
# calls "succeed", so what the kernel fills in is decoded from the buffers'
# own bytes (and a bitmap from as many bytes as the injected result says)
media() {
	local g=$1
	shift
	vs_strace "$@" "$RT/trace-ioctl-media" "$g"
	vs_strace -e inject=ioctl:retval=8 "$@" "$RT/trace-ioctl-media" "$g"
}

@test "trace-ioctl vs strace: HDIO: geometry, drive commands in and out (ATA names, sector data), identify blocks, getters and setters, nice bits, bus states" {
	media hdio
	media hdio -X raw
	media hdio -X verbose -s 8
}

@test "trace-ioctl vs strace: GPIO: chip and line info, v1 handles (counts past the array), v2 lines, attributes and configs, reserved words" {
	media gpio
	media gpio -v
	media gpio -X verbose
}

@test "trace-ioctl vs strace: counter watches and LIRC values (features bits, modes, mask)" {
	media counter
	media counter -X verbose
	media lirc
	media lirc -X raw
}

@test "trace-ioctl vs strace: evdev: EVIOC* names with their code or length, ids, absinfo by size, keycodes, effects, bitmaps of each kind, MT slots, names" {
	media evdev
	media evdev -v
	media evdev -X raw
	media evdev -X verbose
	vs_strace -v -e inject=ioctl:retval=96 "$RT/trace-ioctl-media" evdev
	vs_strace -X verbose -e inject=ioctl:retval=96 "$RT/trace-ioctl-media" evdev
}

@test "trace-ioctl vs strace: PTP clocks: caps, extts and perout (start or phase, on time, reserved words), sys offsets with dates, pins" {
	media ptp
	media ptp -X raw -s 51
	media ptp -X verbose
}

@test "trace-ioctl vs strace: TEE: version, shared memory (flags strace names beyond the header, REGISTER_FD), sessions, buffers of parameters decoded only at their exact length, what comes back" {
	media tee
	media tee -X verbose
	vs_strace -X raw -s 4 -e inject=ioctl:retval=3 "$RT/trace-ioctl-media" tee
}

@test "trace-ioctl vs strace: V4L2: formats of every buffer type, fourccs, controls by name or class+offset, NEXT flags, extended controls, buffers' flags and timestamps, frame sizes and intervals, subdevice aliases" {
	media v4l2
	media v4l2 -v
	media v4l2 -X raw
	media v4l2 -X verbose
	vs_strace -v -s 4 -e inject=ioctl:retval=0 "$RT/trace-ioctl-media" v4l2
}
