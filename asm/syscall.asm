; asm/syscall.asm — the gate: one stub per system call the runtime uses.
;
; A C caller (System V AMD64 ABI) and the kernel (entry_SYSCALL_64) put the
; arguments in almost the same registers. Only the fourth differs, because the
; `syscall` instruction itself overwrites rcx (it saves the return rip there)
; and r11 (it saves rflags there):
;
;         | C call (caller puts)  | syscall (kernel reads)
;   ------+-----------------------+------------------------
;   nr    | -                     | rax
;   arg 1 | rdi                   | rdi
;   arg 2 | rsi                   | rsi
;   arg 3 | rdx                   | rdx
;   arg 4 | rcx                   | r10   <- so every stub does `mov r10, rcx`
;   arg 5 | r8                    | r8
;   arg 6 | r9                    | r9
;   result| rax                   | rax: -4095..-1 is -errno, anything else success
;   lost  | rax rcx rdx rsi rdi r8-r11 (caller-saved anyway)
;         | the kernel preserves rbx rbp rsp r12-r15 and all other registers
;
; So a stub is four instructions and needs no stack frame. The C prototypes,
; with the man(2) line for each, are in include/sys.h. Each stub sits in its own
; section so that `ld --gc-sections` drops the ones a program never calls.
; Syscall numbers come from build/gen/sysnr.inc, generated from x86-64's
; <asm/unistd_64.h> whatever the build host (see the Makefile).

%include "sysnr.inc"

%macro STUB 1
section .text.sys_%1 progbits alloc exec nowrite align=16
global sys_%1:function (sys_%1.end - sys_%1)
sys_%1:
	mov	r10, rcx
	mov	eax, __NR_%1
	syscall
	ret
.end:
%endmacro

STUB read
STUB write
STUB open
STUB openat
STUB close
STUB lseek
STUB pread64
STUB pwrite64
STUB readv
STUB writev
STUB dup
STUB dup2
STUB dup3
STUB pipe2
STUB fcntl
STUB ioctl
STUB fstat
STUB newfstatat
STUB statx
STUB readlinkat
STUB faccessat
STUB getdents64
STUB getcwd
STUB chdir
STUB fchdir
STUB mkdirat
STUB unlinkat
STUB renameat
STUB fsync
STUB ftruncate
STUB mmap
STUB munmap
STUB mprotect
STUB madvise
STUB mremap
STUB brk
STUB sendfile
STUB splice
STUB copy_file_range
STUB fadvise64
STUB execve
STUB exit
STUB exit_group
STUB wait4
STUB waitid
STUB clone
STUB kill
STUB tgkill
STUB getpid
STUB getppid
STUB gettid
STUB getuid
STUB geteuid
STUB getgid
STUB getegid
STUB setsid
STUB setpgid
STUB prctl
STUB rt_sigaction
STUB rt_sigprocmask
STUB rt_sigsuspend
STUB sigaltstack
STUB pause
STUB alarm
STUB nanosleep
STUB clock_gettime
STUB clock_nanosleep
STUB uname
STUB umask
STUB getrandom
STUB ptrace
STUB process_vm_readv
STUB seccomp
STUB socket
STUB socketpair
STUB bind
STUB listen
STUB accept4
STUB connect
STUB sendto
STUB recvfrom
STUB shutdown
STUB getsockname
STUB setsockopt
STUB poll
STUB ppoll
STUB sched_getaffinity
STUB sched_setaffinity
STUB sched_yield
STUB signalfd4
STUB prlimit64
STUB getrusage
STUB times
STUB set_tid_address
STUB futex
STUB arch_prctl
STUB pidfd_open
STUB fork
STUB clone3
STUB mlock
STUB munlock
STUB mincore
STUB readahead
STUB rt_sigpending
STUB rt_sigtimedwait
STUB setitimer
STUB getitimer
STUB getxattr
STUB lgetxattr
STUB listxattr
STUB llistxattr
STUB getpeername
STUB epoll_create1
STUB epoll_ctl
STUB epoll_wait
STUB epoll_pwait
STUB eventfd2
STUB inotify_init1
STUB inotify_add_watch
STUB inotify_rm_watch

; long sys_syscall6(long nr, long a1, long a2, long a3, long a4, long a5, long a6);
; The general gate, for numbers that have no stub (lessons, tests). Every
; argument moves one register to the left; the sixth comes from the stack:
;
;   rdi=nr rsi=a1 rdx=a2 rcx=a3 r8=a4 r9=a5 [rsp+8]=a6
;     -> rax=nr rdi=a1 rsi=a2 rdx=a3 r10=a4 r8=a5 r9=a6
section .text.sys_syscall6 progbits alloc exec nowrite align=16
global sys_syscall6:function
sys_syscall6:
	mov	rax, rdi
	mov	rdi, rsi
	mov	rsi, rdx
	mov	rdx, rcx
	mov	r10, r8
	mov	r8, r9
	mov	r9, [rsp+8]
	syscall
	ret

; pid_t vfork(void);
; The child borrows the parent's memory *and stack* until it execs or exits,
; so the return address must not live on the stack across the call: the child
; would return through it and then the parent would find it overwritten.
; Keep it in a register (rdx survives the kernel entry) and push it back.
section .text.sys_vfork progbits alloc exec nowrite align=16
global sys_vfork:function
sys_vfork:
	pop	rdx
	mov	eax, __NR_vfork
	syscall
	push	rdx
	ret

; long sg_clone_thread(unsigned long flags, void *stack_top, int *ptid, int *ctid,
;                      unsigned long tls, int (*fn)(void *), void *arg);
; clone(2) with a new stack: the child wakes up on that stack with nothing to
; return to, so it must not come back here as the parent does. fn and arg are
; put on the new stack before the call; the child pops them, calls fn(arg) and
; ends with exit (one thread, not the group) with fn's result.
section .text.sg_clone_thread progbits alloc exec nowrite align=16
global sg_clone_thread:function
sg_clone_thread:
	and	rsi, -16		; the ABI wants a 16-byte aligned stack at the call
	mov	rax, [rsp+8]		; arg (7th argument, on our stack)
	sub	rsi, 16
	mov	[rsi], r9		; fn
	mov	[rsi+8], rax		; arg
	mov	r10, rcx
	mov	eax, __NR_clone
	syscall
	test	rax, rax
	jnz	.parent			; the parent (pid) or an error (-errno)
	xor	ebp, ebp		; the child: no frame to unwind to
	pop	rax			; fn
	pop	rdi			; arg
	call	rax
	mov	edi, eax
	mov	eax, __NR_exit
	syscall
	hlt				; never reached
.parent:
	ret

section .note.GNU-stack noalloc noexec nowrite progbits
