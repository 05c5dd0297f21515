# lessons/lesson.mk — how every lesson builds its programs and grades its exercises.
#
# A lesson's Makefile names its programs and exercises, then includes this:
#
#   PROGS     := gate                   # gate.asm or gate.c in the lesson folder
#   EXERCISES := ex1-exit42 ex2-...     # exercises/NAME.{asm,c} (+ given/NAME.c)
#   include ../lesson.mk
#
#   make            build the lesson's programs (and the runtime first)
#   make run        ./run: the program four ways (native, strace, bin/trace, qemu)
#   make check      grade exercises/ (your work): one line per exercise, then X/Y
#   make check SOLUTIONS=1   grade solutions/ instead (the reference answers)
#   make check SRC=DIR ONLY=NAME   grade DIR/NAME.{c,asm} alone (a fake, another answer)
#
# Everything built goes to build/lessons/LESSON/ at the top, never into the
# lesson folder. The flags are the top Makefile's, so that a lesson program is
# built exactly like a sysgate tool: freestanding, no libc, static, linker.ld.

ROOT   := $(abspath $(dir $(lastword $(MAKEFILE_LIST)))/..)
LESSON := $(notdir $(CURDIR))
OUT    := $(ROOT)/build/lessons/$(LESSON)
ifneq ($(SRC),)
# SRC=/abs/dir grades the answers in another folder (fakes/, alt/, a student's
# copy), built apart from exercises/ and solutions/; ONLY=NAME grades one.
SRCDIR := $(abspath $(SRC))
EXOUT  := $(OUT)/src/$(subst /,_,$(abspath $(SRC)))
else ifeq ($(SOLUTIONS),1)
SRCDIR := solutions
EXOUT  := $(OUT)/solutions
else
SRCDIR := exercises
EXOUT  := $(OUT)/exercises
endif
LIBSG  := $(ROOT)/build/libsg.a
# a change in the runtime's headers or in a lesson's own headers rebuilds everything
HDRS   := $(wildcard $(ROOT)/include/*.h *.h)

CC   ?= cc
NASM ?= nasm
# CROSS=x86_64-linux-gnu- (as at the top): the x86-64 cross compiler on a
# laptop that is not x86-64
ifneq ($(CROSS),)
ifneq ($(filter default undefined,$(origin CC)),)
CC := $(CROSS)gcc
endif
endif
# The top Makefile's own flags, asked from it: a lesson program is built
# exactly like a sysgate tool.
# Asked once: given on the command line or in the environment (./check's
# own make gets them from `make check`), they are not asked again.
TOPFLAG = $(shell $(MAKE) -s --no-print-directory -C $(ROOT) print-$(1))
ifeq ($(origin LCFLAGS),undefined)
LCFLAGS    := $(call TOPFLAG,CFLAGS_SG)
endif
ifeq ($(origin LLDFLAGS),undefined)
LLDFLAGS   := $(call TOPFLAG,LDFLAGS_SG)
endif
ifeq ($(origin LNASMFLAGS),undefined)
LNASMFLAGS := $(call TOPFLAG,NASMFLAGS)
endif

all: $(PROGS:%=$(OUT)/%)

# The runtime and the generated headers come from the top build. Run it only
# when libsg.a is missing, so that a lesson never races another build.
$(LIBSG):
	$(MAKE) --no-print-directory -C $(ROOT) build/libsg.a

# A program is one .c or one .asm. Compiling and linking are separate steps
# (as in the top Makefile): clang -Werror rejects link flags when compiling.
$(OUT)/%.asm.o: %.asm | $(LIBSG)
	@mkdir -p $(@D)
	$(NASM) $(LNASMFLAGS) -o $@ $<
$(OUT)/%.c.o: %.c $(LIBSG) $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(LCFLAGS) -c -o $@ $<
$(OUT)/%: $(OUT)/%.c.o $(LIBSG)
	$(CC) $(LLDFLAGS) -o $@ $< $(LIBSG)
$(OUT)/%: $(OUT)/%.asm.o $(LIBSG)
	$(CC) $(LLDFLAGS) -o $@ $< $(LIBSG)

# An exercise NAME is built from $(SRCDIR)/NAME.c and/or $(SRCDIR)/NAME.asm,
# plus given/NAME.c when the lesson supplies a fixed driver for it.
ex_c   = $(wildcard $(SRCDIR)/$(1).c given/$(1).c)
ex_asm = $(wildcard $(SRCDIR)/$(1).asm)
ex_obj = $(foreach f,$(call ex_c,$(1)) $(call ex_asm,$(1)),$(EXOUT)/$(subst /,_,$(f)).o)
define exercise_rule
$(EXOUT)/$(1): $(call ex_c,$(1)) $(call ex_asm,$(1)) $(LIBSG) $(HDRS)
	@mkdir -p $(EXOUT)
	$(foreach f,$(call ex_c,$(1)),$(CC) $(LCFLAGS) -c -o $(EXOUT)/$(subst /,_,$(f)).o $(f) &&) \
	$(foreach f,$(call ex_asm,$(1)),$(NASM) $(LNASMFLAGS) -o $(EXOUT)/$(subst /,_,$(f)).o $(f) &&) \
	$(CC) $(LLDFLAGS) -o $$@ $(call ex_obj,$(1)) $(LIBSG)
endef
$(foreach e,$(EXERCISES),$(eval $(call exercise_rule,$(e))))
exercises: $(EXERCISES:%=$(EXOUT)/%)

# The tools the four-way run uses (bin/trace...) come from the top build.
tools:
	@mkdir -p $(OUT)
	@$(MAKE) --no-print-directory -s -C $(ROOT) >$(OUT)/top-build.log 2>&1 || \
		echo "note: the top-level build failed (see $(OUT)/top-build.log); using the tools that exist"

# tools first, so that the programs link with the runtime just rebuilt
run: tools
	@$(MAKE) --no-print-directory -s all
	@./run

check: $(LIBSG)
	@ROOT=$(ROOT) OUT=$(OUT) EXOUT=$(EXOUT) SRCDIR=$(SRCDIR) ONLY=$(ONLY) \
		LCFLAGS='$(LCFLAGS)' LLDFLAGS='$(LLDFLAGS)' LNASMFLAGS='$(LNASMFLAGS)' ./check

.PHONY: all exercises tools run check
.SECONDARY:
