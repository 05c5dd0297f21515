# sysgate — one Makefile for the runtime, the tools, the tests and the lessons.
#
#   make              build every tool into bin/
#   make test         run tests/ natively and again under qemu-x86_64
#   make demo         lesson 01's program four ways: native, strace, trace, qemu
#   make listings     bin/NAME.lst: objdump -d -M intel of each binary
#   make check        grade every lesson's exercises
#   make install      PREFIX=/usr/local DESTDIR= ; tools named sg-cat, sg-ls...
#   make clean        V=1 shows the commands   CC=clang works as well as gcc
#
# Layout: asm/*.asm and src/lib/*.c form build/libsg.a (the runtime); each
# src/NAME.c is one tool, bin/NAME; src/trace/*.c is bin/trace. Generated
# tables go to build/gen/ and are made from the kernel's headers every build.

CC      ?= cc
HOSTCC  ?= cc
NASM    ?= nasm
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
RT_TESTS := $(basename $(notdir $(wildcard tests/rt/*.c)))
HOST_TESTS := $(basename $(notdir $(wildcard tests/host/*.c)))
GEN      := $(B)/gen/sysnr.inc $(B)/gen/sysnames.h $(B)/gen/errtab.h $(B)/gen/sigtab.h \
	    $(B)/gen/wcwidth.h $(B)/gen/dircolors.h

all: deps-build $(BINS) $(RT_TESTS:%=$(B)/tests/%) $(HOST_TESTS:%=$(B)/host/%)

# --- packages -------------------------------------------------------------
deps-build:
	$(Q).ci/install-deps build
deps-test:
	$(Q).ci/install-deps test
.PHONY: all deps-build deps-test

# --- generated tables (host programs may use libc) -------------------------
$(B)/gen/deftab: src/gen/deftab.c
	@mkdir -p $(@D)
	$(Q)$(HOSTCC) -O2 -o $@ $<
$(B)/gen/errtab: src/gen/errtab.c
	@mkdir -p $(@D)
	$(Q)$(HOSTCC) -O2 -o $@ $<
$(B)/gen/sysnr.inc: $(B)/gen/deftab
	$(Q)echo '#include <asm/unistd.h>' | $(HOSTCC) -E -dD - | $< -n __NR_ 1024 > $@.tmp && mv $@.tmp $@
$(B)/gen/sysnames.h: $(B)/gen/deftab
	$(Q)echo '#include <asm/unistd.h>' | $(HOSTCC) -E -dD - | $< -s __NR_ 1024 > $@.tmp && mv $@.tmp $@
$(B)/gen/sigtab.h: $(B)/gen/deftab
	$(Q)echo '#include <asm/signal.h>' | $(HOSTCC) -E -dD - | $< SIG 32 > $@.tmp && mv $@.tmp $@
$(B)/gen/errtab.h: $(B)/gen/errtab
	$(Q)echo '#include <linux/errno.h>' | $(HOSTCC) -E -dD - | $< > $@.tmp && mv $@.tmp $@

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
	$(Q)rm -f $@ && ar rcs $@ $^

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
$(B)/trace/%.o: src/trace/%.c $(GEN) $(B)/gen/trace.help.h
	@mkdir -p $(@D)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(CFLAGS_SG) -Isrc/trace -MMD -MP -c -o $@ $<
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
	$(Q)$(CC) $(CFLAGS_SG) -MMD -MP -c -o $@ $<
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
check: all
	$(Q)for d in lessons/[0-9]*/; do $(MAKE) --no-print-directory -C $$d check || st=1; done; exit $${st:-0}
ELF_BINS := $(filter-out $(SCRIPTS:src/%.sh=bin/%),$(BINS))
listings: $(ELF_BINS:%=%.lst)
bin/%.lst: bin/%
	$(Q)objdump -d -M intel --no-show-raw-insn $< > $@
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

-include $(shell find $(B) -name '*.d' 2>/dev/null)
