; asm/restore.asm — the signal return trampoline (SA_RESTORER).
;
; On x86-64 the kernel does not put return code on the user stack; when it
; delivers a signal it pushes a struct rt_sigframe and makes the handler
; "return" to sa_restorer, which must call rt_sigreturn with rsp still
; pointing just past the return address (at the frame's ucontext). So this
; must be reached by `ret`, never called, and must not touch the stack.
; Without SA_RESTORER, rt_sigaction still returns 0 on x86-64, but the first
; delivery cannot build the frame (the kernel has nowhere to return to), so
; the handler never runs and the process dies of SIGSEGV (si_code SI_KERNEL,
; as strace shows): sig_action in src/lib/sig.c always sets it.

%include "sysnr.inc"

section .text.sg_restore_rt progbits alloc exec nowrite align=16
global sg_restore_rt:function
sg_restore_rt:
	mov	eax, __NR_rt_sigreturn
	syscall

section .note.GNU-stack noalloc noexec nowrite progbits
