; asm/mem.asm — memcpy memmove memset memcmp.
;
; The compiler emits calls to these four even in freestanding code (struct
; copies, zeroing), so they must exist. They are written here rather than in C
; because an optimising compiler recognises a byte-copy loop *as* memcpy and
; would compile memcpy into a call to itself.
;
; `rep movsb`/`rep stosb` copy rcx bytes from [rsi] to [rdi] (or store al).
; On CPUs with ERMS (Ivy Bridge and later) they are as fast as vector loops
; for large sizes. The direction flag is clear at every call (ABI rule), and
; must be clear again on return.
;
;   void *memcpy(void *dst, const void *src, size_t n);   rdi rsi rdx -> rax
;   void *memmove(void *dst, const void *src, size_t n);
;   void *memset(void *s, int c, size_t n);               rdi esi rdx -> rax
;   int   memcmp(const void *a, const void *b, size_t n);

section .text.memcpy progbits alloc exec nowrite align=16
global memcpy:function
memcpy:
	mov	rax, rdi
	mov	rcx, rdx
	rep movsb
	ret

section .text.memmove progbits alloc exec nowrite align=16
global memmove:function
memmove:
	mov	rax, rdi
	mov	rcx, rdx
	mov	r8, rdi
	sub	r8, rsi			; dst - src, as unsigned
	cmp	r8, rdx
	jb	.backward		; dst inside [src, src+n): copy from the end
	rep movsb
	ret
.backward:
	lea	rsi, [rsi+rdx-1]
	lea	rdi, [rdi+rdx-1]
	std
	rep movsb
	cld
	ret

section .text.memset progbits alloc exec nowrite align=16
global memset:function
memset:
	mov	r8, rdi
	mov	eax, esi
	mov	rcx, rdx
	rep stosb
	mov	rax, r8
	ret

section .text.memcmp progbits alloc exec nowrite align=16
global memcmp:function
memcmp:
	xor	eax, eax
	test	rdx, rdx
	jz	.done
.loop:
	movzx	eax, byte [rdi]
	movzx	ecx, byte [rsi]
	sub	eax, ecx		; bytes compare as unsigned char
	jnz	.done
	inc	rdi
	inc	rsi
	dec	rdx
	jnz	.loop
.done:
	ret

section .note.GNU-stack noalloc noexec nowrite progbits
