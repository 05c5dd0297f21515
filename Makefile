# sysgate — one Makefile for the runtime, the tools, the tests and the lessons.
#
#   make              build every tool into bin/
#   make test         run tests/ natively, under qemu-x86_64 7.2 and under QEMU >= 9
#   make demo         lesson 01's program four ways: native, strace, trace, qemu
#   make listings     bin/NAME.lst: objdump -d -M intel of each binary
#   make check        grade every lesson's exercises
#   make install      PREFIX=/usr/local DESTDIR= ; tools named sg-cat, sg-ls...
#   make clean        V=1 shows the commands   CC=clang works as well as gcc
#   make CROSS=x86_64-linux-gnu-   build with that toolchain prefix (gcc, ar,
#                     objdump): the laptop path on a host that is not x86-64
#
# Layout: asm/*.asm and src/lib/*.c form build/libsg.a (the runtime); each
# src/NAME.c is one tool, bin/NAME; src/trace/*.c is bin/trace. Generated
# tables go to build/gen/ and are made from the kernel's headers every build.

CC      ?= cc
HOSTCC  ?= cc
NASM    ?= nasm
AR      ?= ar
OBJDUMP ?= objdump
# CROSS=x86_64-linux-gnu- (Debian's gcc-x86-64-linux-gnu) names the target
# toolchain; CC=... on the command line still wins over it.
CROSS   ?=
ifneq ($(CROSS),)
ifneq ($(filter default undefined,$(origin CC)),)
CC      := $(CROSS)gcc
endif
ifneq ($(filter default undefined,$(origin AR)),)
AR      := $(CROSS)ar
endif
ifeq ($(origin OBJDUMP),file)
OBJDUMP := $(CROSS)objdump
endif
endif
PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
# Installed names get a prefix so that sysgate never shadows the system's cat
# and ls; `make install INSTALL_PREFIX=` installs them under their own names.
INSTALL_PREFIX ?= sg-

B := build
# absolute, so that lessons/lesson.mk can use the same flags from its folder
TOP := $(CURDIR)

ifeq ($(V),1)
Q :=
else
Q := @
endif

# What ships: freestanding, no libc, static, not position-independent.
CFLAGS_SG := -std=gnu11 -Os -Wall -Wextra -Werror -Wno-unused-parameter \
	-ffreestanding -nostdlib -static -fno-pie -fno-stack-protector \
	-fno-asynchronous-unwind-tables -fno-unwind-tables \
	-ffunction-sections -fdata-sections -fno-common \
	-I$(TOP)/include -I$(TOP)/$(B)/gen $(CFLAGS)
LDFLAGS_SG := -nostdlib -static -Wl,-T,$(TOP)/linker.ld -Wl,--gc-sections \
	-Wl,-z,noexecstack -Wl,--build-id=none -Wl,-z,noseparate-code -Wl,-z,norelro \
	$(LDFLAGS)
NASMFLAGS := -f elf64 -I$(TOP)/$(B)/gen/

LIB_C    := $(wildcard src/lib/*.c)
LIB_ASM  := asm/start.asm asm/syscall.asm asm/restore.asm asm/mem.asm
LIB_OBJ  := $(LIB_C:src/lib/%.c=$(B)/lib/%.o) $(LIB_ASM:asm/%.asm=$(B)/asm/%.o)
TOOLS    := $(basename $(notdir $(wildcard src/*.c)))
TRACE_C  := $(wildcard src/trace/*.c)
TRACE_OBJ:= $(TRACE_C:src/trace/%.c=$(B)/trace/%.o)
SCRIPTS  := $(wildcard src/*.sh)
BINS     := bin/hello $(TOOLS:%=bin/%) $(if $(wildcard src/trace/trace.c),bin/trace) $(SCRIPTS:src/%.sh=bin/%)
RT_TESTS := $(basename $(notdir $(wildcard tests/rt/*.c tests/rt/*.asm)))
HOST_TESTS := $(basename $(notdir $(wildcard tests/host/*.c)))
GEN      := $(B)/gen/sysnr.inc $(B)/gen/sysnames.h $(B)/gen/sysnames32.h $(B)/gen/errtab.h $(B)/gen/sigtab.h
GEN      += $(B)/gen/sigtext.h
GEN      += $(B)/gen/wcwidth.h $(B)/gen/dircolors.h

all: deps-build $(BINS) $(RT_TESTS:%=$(B)/tests/%) $(HOST_TESTS:%=$(B)/host/%)

# --- packages -------------------------------------------------------------
deps-build:
	$(Q).ci/install-deps build
deps-test:
	$(Q).ci/install-deps test
.PHONY: all deps-build deps-test

# --- generated tables (host programs may use libc) -------------------------
# The tables describe x86-64 whatever the build host is. <asm/unistd.h> is the
# host's own architecture (__NR_write is 64 on arm64), so the numbers come from
# asm/unistd_64.h, named explicitly: on an x86-64 host the host's headers, on
# any other host the x86-64 tree of Debian's linux-libc-dev-amd64-cross, read
# with -nostdinc so that the host's own asm/ (a system include dir) stays out. Errno and
# signal numbers are asm-generic's on arm64 and equal to x86-64's, but they are
# read from the same x86-64 tree all the same. HOST_MACHINE (cc -dumpmachine)
# and X86_UAPI can be set to try the non-x86 path on an x86-64 machine.
HOST_MACHINE ?= $(shell $(HOSTCC) -dumpmachine)
ifneq ($(filter x86_64-%,$(HOST_MACHINE)),)
X86_UAPI ?=
else
X86_UAPI ?= /usr/x86_64-linux-gnu/include
endif
UAPI_CPP := $(HOSTCC) -E -dD $(if $(X86_UAPI),-nostdinc -I$(X86_UAPI)) -
# on a host that is not x86-64 without the cross headers, say what to install
UAPI_OK = { [ -z "$(X86_UAPI)" ] || [ -f $(X86_UAPI)/asm/unistd_64.h ] || { echo \
	"$@: no $(X86_UAPI)/asm/unistd_64.h: install linux-libc-dev-amd64-cross" >&2; exit 1; }; }

$(B)/gen/deftab: src/gen/deftab.c
	@mkdir -p $(@D)
	$(Q)$(HOSTCC) -O2 -o $@ $<
$(B)/gen/errtab: src/gen/errtab.c
	@mkdir -p $(@D)
	$(Q)$(HOSTCC) -O2 -o $@ $<
# HDR_CPP HEADER: the header preprocessed into $@.i, so that an error stops the build
HDR_CPP = $(UAPI_OK) && echo '\#include <$(1)>' | $(UAPI_CPP) >$@.i
# x86-64's write is 1 and exit_group 231 (arm64's: 64 and 94): a table made
# from another architecture's numbers stops the build here
$(B)/gen/sysnr.inc: $(B)/gen/deftab
	$(Q)$(call HDR_CPP,asm/unistd_64.h) && $< -n __NR_ 1024 <$@.i >$@.tmp
	$(Q)grep -qx '%define __NR_write 1' $@.tmp && grep -qx '%define __NR_exit_group 231' $@.tmp || { \
		echo "$@: these are not x86-64's syscall numbers (__NR_write is not 1)" >&2; exit 1; }
	$(Q)mv $@.tmp $@ && rm $@.i
$(B)/gen/sysnames.h: $(B)/gen/deftab
	$(Q)$(call HDR_CPP,asm/unistd_64.h) && $< -s __NR_ 1024 <$@.i >$@.tmp && mv $@.tmp $@ && rm $@.i
# i386's names: strace on x86-64 also knows its other personalities' calls,
# and accepts -e trace=mmap2 though no 64-bit call has that name
$(B)/gen/sysnames32.h: $(B)/gen/deftab
	$(Q)$(call HDR_CPP,asm/unistd_32.h) && $< -s __NR_ 1024 <$@.i >$@.tmp && mv $@.tmp $@ && rm $@.i
$(B)/gen/sigtab.h: $(B)/gen/deftab
	$(Q)$(call HDR_CPP,asm/signal.h) && $< SIG 32 <$@.i >$@.tmp && mv $@.tmp $@ && rm $@.i
$(B)/gen/sigtext: src/gen/sigtext.c
	@mkdir -p $(@D)
	$(Q)$(HOSTCC) -O2 -o $@ $<
$(B)/gen/sigtext.h: $(B)/gen/sigtext
	$(Q)$< > $@.tmp && mv $@.tmp $@
$(B)/gen/errtab.h: $(B)/gen/errtab
	$(Q)$(call HDR_CPP,linux/errno.h) && $< <$@.i >$@.tmp && mv $@.tmp $@ && rm $@.i
# bin/trace --explain: the man(2) pages (manpages-dev), bundled uncompressed
# (a symlink inside man2 becomes the ".so" line man would follow), then the
# NAME and ERRORS of each syscall's page; the generator names those without.
MAN2 ?= /usr/share/man/man2
$(B)/gen/mantab: src/gen/mantab.c
	@mkdir -p $(@D)
	$(Q)$(HOSTCC) -O2 -o $@ $<
$(B)/gen/man2.txt:
	@mkdir -p $(@D)
	$(Q)for f in $(MAN2)/*.2 $(MAN2)/*.2.gz; do [ -e "$$f" ] || continue; b=$${f##*/}; \
		printf '\001 %s\n' "$${b%%.2*}"; l=$$(readlink "$$f"); \
		case $$l in ?*/*|'') zcat -f "$$f";; *) printf '.so man2/%s\n' "$$l";; esac; \
	done > $@.tmp && mv $@.tmp $@
$(B)/gen/mantab.h: $(B)/gen/mantab $(B)/gen/man2.txt
	$(Q)$(UAPI_OK) && printf '#include <asm/unistd_64.h>\n#include <linux/errno.h>\n' | $(UAPI_CPP) | \
		$< $(MAN2) $(B)/gen/man2.txt > $@.tmp && mv $@.tmp $@

# UTF-8 widths from Debian's unicode-data; glibc 2.36 (Debian 12) built its
# C.UTF-8 tables from Unicode 14.0, so younger characters are unassigned to it
UNICODE_DIR ?= /usr/share/unicode
GLIBC_UNICODE ?= 14.0
$(B)/gen/wcwidth: src/gen/wcwidth.c
	@mkdir -p $(@D)
	$(Q)$(HOSTCC) -O2 -o $@ $<
$(B)/gen/wcwidth.h: $(B)/gen/wcwidth
	$(Q)$< $(UNICODE_DIR) $(GLIBC_UNICODE) > $@.tmp 2>/dev/null && mv $@.tmp $@
# ls --color: the TERM patterns of dircolors' built-in database (coreutils)
# bin/trace's ioctl names: every _IO*() request the UAPI headers define,
# evaluated by a host program as strace's build does (src/gen/ioctls.sh)
# On a host that is not x86-64 the sizes inside the numbers must be x86-64's:
# the target's compiler builds the program (static) and qemu-x86_64 runs it.
IOCTL_INC ?= $(if $(X86_UAPI),$(X86_UAPI) $(X86_UAPI),/usr/include /usr/include/$(HOST_MACHINE))
IOCTL_CC  ?= $(if $(X86_UAPI),$(CC) -static,$(HOSTCC))
IOCTL_RUN ?= $(if $(X86_UAPI),qemu-x86_64)
$(B)/gen/ioctlent.h: src/gen/ioctls.sh
	@mkdir -p $(@D)
	$(Q)IOCTL_RUN="$(IOCTL_RUN)" sh $< "$(IOCTL_CC)" $(IOCTL_INC) > $@.tmp && mv $@.tmp $@
$(B)/trace/ioctl.o: $(B)/gen/ioctlent.h
$(B)/trace/ioctl_sock.o $(B)/trace/ioctl_kvm.o: $(B)/gen/nltab.h
# bin/trace's keyboard names (src/gen/kdtab.sh)
$(B)/gen/kdtab.h: src/gen/kdtab.sh
	@mkdir -p $(@D)
	$(Q)sh $< "$(CC)" > $@.tmp && mv $@.tmp $@
$(B)/trace/ioctl_kd.o: $(B)/gen/kdtab.h
# bin/trace's device-mapper flag names (src/gen/dmtab.sh)
$(B)/gen/dmtab.h: src/gen/dmtab.sh
	@mkdir -p $(@D)
	$(Q)sh $< "$(CC)" > $@.tmp && mv $@.tmp $@
$(B)/trace/ioctl_dm.o: $(B)/gen/dmtab.h
# bin/trace's btrfs names (src/gen/btrfstab.sh)
$(B)/gen/btrfstab.h: src/gen/btrfstab.sh
	@mkdir -p $(@D)
	$(Q)sh $< "$(CC)" > $@.tmp && mv $@.tmp $@
$(B)/trace/ioctl_btrfs.o: $(B)/gen/btrfstab.h
# bin/trace's evdev event-code names (src/gen/evdevtab.sh)
$(B)/gen/evdevtab.h: src/gen/evdevtab.sh
	@mkdir -p $(@D)
	$(Q)sh $< "$(CC)" > $@.tmp && mv $@.tmp $@
$(B)/trace/ioctl_input.o: $(B)/gen/evdevtab.h
# bin/trace's V4L2 names (src/gen/v4l2tab.sh)
$(B)/gen/v4l2tab.h: src/gen/v4l2tab.sh
	@mkdir -p $(@D)
	$(Q)sh $< "$(CC)" > $@.tmp && mv $@.tmp $@
$(B)/trace/ioctl_v4l2.o: $(B)/gen/v4l2tab.h
# bin/trace's netlink names: enums and #defines of the UAPI headers, listed by
# src/gen/nltab.sh and valued by the compiler where the decoders include them
NL_INC ?= $(if $(X86_UAPI),$(X86_UAPI),/usr/include)
$(B)/gen/nltab.h: src/gen/nltab.sh
	@mkdir -p $(@D)
	$(Q)sh $< $(NL_INC) > $@.tmp && mv $@.tmp $@
$(B)/trace/netlink.o $(B)/trace/nl_misc.o $(B)/trace/nl_route.o $(B)/trace/nl_sockdiag.o $(B)/trace/net.o: $(B)/gen/nltab.h
$(B)/trace/sockaddr.o $(B)/trace/nl_link.o $(B)/trace/nl_rtkinds.o $(B)/trace/nl_xstats.o $(B)/trace/bpf_classic.o: $(B)/gen/nltab.h
# bin/trace's bpf names: <linux/bpf.h>'s long enums, up to strace 6.1's last
$(B)/gen/bpftab.h: src/gen/bpftab.sh
	@mkdir -p $(@D)
	$(Q)sh $< $(NL_INC) > $@.tmp && mv $@.tmp $@
$(B)/trace/bpf.o: $(B)/gen/bpftab.h
$(B)/gen/dircolors.h: src/gen/dircolors.sh
	@mkdir -p $(@D)
	$(Q)sh src/gen/dircolors.sh > $@.tmp && mv $@.tmp $@

# --- the runtime ------------------------------------------------------------
$(B)/lib/%.o: src/lib/%.c $(GEN)
	@mkdir -p $(@D)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(CFLAGS_SG) -MMD -MP -c -o $@ $<
$(B)/asm/%.o: asm/%.asm $(B)/gen/sysnr.inc
	@mkdir -p $(@D)
	@$(if $(Q),echo "  NASM    $<")
	$(Q)$(NASM) $(NASMFLAGS) -o $@ $<
$(B)/libsg.a: $(LIB_OBJ)
	$(Q)rm -f $@ && $(AR) rcs $@ $^

# --- the tools --------------------------------------------------------------
$(B)/gen/%.help.h: src/%.c src/gen/help.awk
	@mkdir -p $(@D)
	$(Q)awk -f src/gen/help.awk $< > $@.tmp && mv $@.tmp $@
$(B)/gen/trace.help.h: src/trace/trace.c src/gen/help.awk
	@mkdir -p $(@D)
	$(Q)awk -f src/gen/help.awk $< > $@.tmp && mv $@.tmp $@
$(B)/tools/%.o: src/%.c $(GEN) $(B)/gen/%.help.h
	@mkdir -p $(@D)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(CFLAGS_SG) -MMD -MP -c -o $@ $<
$(B)/trace/explain.o: $(B)/gen/mantab.h
$(B)/trace/%.o: src/trace/%.c $(GEN) $(B)/gen/trace.help.h
	@mkdir -p $(@D)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(CFLAGS_SG) -Isrc/trace $(TRACE_NOLIBC) -MMD -MP -c -o $@ $<
# the decoders whose UAPI headers include libc's <sys/time.h> & co. find
# src/trace/nolibc's stand-ins first (the kernel's layouts, no libc)
$(B)/trace/ioctl_input.o: TRACE_NOLIBC := -Isrc/trace/nolibc
$(B)/trace/sockaddr.o: TRACE_NOLIBC := -Isrc/trace/nolibc
$(B)/trace/ioctl_v4l2.o: TRACE_NOLIBC := -Isrc/trace/nolibc
bin/%: $(B)/tools/%.o $(B)/libsg.a linker.ld
	@mkdir -p $(@D)
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(CC) $(LDFLAGS_SG) -o $@ $< $(B)/libsg.a
bin/trace: $(TRACE_OBJ) $(B)/libsg.a linker.ld
	@mkdir -p $(@D)
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(CC) $(LDFLAGS_SG) -o $@ $(TRACE_OBJ) $(B)/libsg.a
# shell helpers that ship with the tools (trace-vs-strace)
bin/%: src/%.sh
	@mkdir -p $(@D)
	$(Q)install -m 755 $< $@
# hello: pure NASM, no runtime; stripped, so the file is headers + code
bin/hello: $(B)/asm/hello.o linker.ld
	@mkdir -p $(@D)
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(CC) $(LDFLAGS_SG) -s -o $@ $<

# --- test programs ------------------------------------------------------------
# tests/rt/*.c: freestanding programs on the runtime, checked against the host
$(B)/tests/%.o: tests/rt/%.c $(GEN)
	@mkdir -p $(@D)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(CFLAGS_SG) $(TRACE_NOLIBC) -MMD -MP -c -o $@ $<
$(B)/tests/trace-ioctl-media.o: TRACE_NOLIBC := -Isrc/trace/nolibc
# tests/rt/*.asm: NASM programs with their own _start (libsg.a adds nothing)
$(B)/tests/%.o: tests/rt/%.asm $(B)/gen/sysnr.inc
	@mkdir -p $(@D)
	@$(if $(Q),echo "  NASM    $<")
	$(Q)$(NASM) $(NASMFLAGS) -o $@ $<
$(B)/tests/%: $(B)/tests/%.o $(B)/libsg.a linker.ld
	$(Q)$(CC) $(LDFLAGS_SG) -o $@ $< $(B)/libsg.a
# tests/host/*.c: the oracles, built against the host's libc on purpose
$(B)/host/%: tests/host/%.c $(wildcard tests/*.h)
	@mkdir -p $(@D)
	@$(if $(Q),echo "  HOSTCC  $<")
	$(Q)$(HOSTCC) -O2 -Wall -Wno-format-truncation -o $@ $<

# --- the rest -----------------------------------------------------------------
test: all deps-test
	$(Q)tests/run
demo: all deps-test
	$(Q)$(MAKE) --no-print-directory -C lessons/01-the-gate demo
# every lesson's grader in turn, then each lesson beside its score and a total
# (SOLUTIONS=1 grades the reference answers)
check: all
	$(Q)mkdir -p $(B)/check; st=0; got=0; max=0; for d in lessons/[0-9]*/; do n=$$(basename $$d); \
		echo "== $$n"; { $(MAKE) --no-print-directory -C $$d check 2>&1 || echo $$? >$(B)/check/$$n.st; } | \
		tee $(B)/check/$$n.log; [ ! -s $(B)/check/$$n.st ] || st=1; rm -f $(B)/check/$$n.st; \
		sc=$$(sed -n 's|^score: \([0-9]*\)/\([0-9]*\).*|\1 \2|p' $(B)/check/$$n.log | tail -n 1); \
		if [ -n "$$sc" ]; then set -- $$sc; got=$$((got + $$1)); max=$$((max + $$2)); \
			printf '%-28s %s/%s\n' "$$n" $$1 $$2 >>$(B)/check/scores; \
		else st=1; printf '%-28s %s\n' "$$n" "no score: its grader stopped (see above)" >>$(B)/check/scores; fi; \
	done; echo; echo "== scores"; cat $(B)/check/scores; rm -f $(B)/check/scores; \
	printf '%-28s %s/%s\n' total $$got $$max; exit $$st
ELF_BINS := $(filter-out $(SCRIPTS:src/%.sh=bin/%),$(BINS))
listings: $(ELF_BINS:%=%.lst)
bin/%.lst: bin/%
	$(Q)$(OBJDUMP) -d -M intel --no-show-raw-insn $< > $@
install: all
	install -d $(DESTDIR)$(BINDIR)
	for b in $(BINS); do install -m 755 $$b $(DESTDIR)$(BINDIR)/$(INSTALL_PREFIX)$${b#bin/}; done
clean:
	rm -rf $(B) bin
# `make -s print-CFLAGS_SG` — lessons/lesson.mk reads the flags from here
print-%:
	@echo $($*)
.PHONY: test demo check listings install clean
# keep generated headers and objects: they are inputs, not leftovers
.SECONDARY:

# only where objects are made: build/ also holds lesson fixtures and
# build/qemu-new (.ci/fetch-qemu), which has a directory named binfmt.d
-include $(shell find $(B)/lib $(B)/asm $(B)/tools $(B)/trace $(B)/tests -name '*.d' -type f 2>/dev/null)
