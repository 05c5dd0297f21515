/* src/trace/ioctl.h — what ioctl.c's dispatcher shares with the decoders of
 * each family of requests (ioctl_tty.c, ioctl_block.c, ioctl_fs.c,
 * ioctl_sock.c, ioctl_dev.c, ioctl_loop.c, ioctl_kd.c, ioctl_dm.c, ioctl_btrfs.c,
 * ioctl_misc.c,
 * ioctl_hdio.c, ioctl_gpio.c, ioctl_counter.c, ioctl_lirc.c, ioctl_input.c,
 * ioctl_ptp.c, ioctl_tee.c, ioctl_scsi.c, ioctl_ubi.c, ioctl_mtd.c, ioctl_kvm.c,
 * ioctl_v4l2.c).
 *
 * A family's decoder is called at the entry with the fd and the request
 * printed; it prints ", ARG" itself and says what it did. strace's rules:
 * a request it does not decode shows the argument as a number (%#lx); one it
 * knows takes no argument, or shows what the program passes in at the entry
 * and what the kernel filled in at the exit (`{in} => {out}` for both). */
#ifndef IOCTL_H
#define IOCTL_H
#include "trace.h"

enum {
	IOC_NUM,	/* not decoded: the dispatcher prints ", %#lx" */
	IOC_DONE,	/* all printed (maybe nothing: no argument) */
	IOC_EXIT,	/* call the decoder again at the exit stop */
};
/* t->aux: the dispatcher's mark that the exit is wanted; the rest is the
 * decoder's to keep what it saw at the entry */
#define IOC_AT_EXIT (1UL << 63)
typedef int ioc_decoder(struct tcb *t, unsigned req, unsigned long arg);
int ioctl_tty(struct tcb *t, unsigned req, unsigned long arg);
int ioctl_block(struct tcb *t, unsigned req, unsigned long arg);
int ioctl_fs(struct tcb *t, unsigned req, unsigned long arg);
int ioctl_sock(struct tcb *t, unsigned req, unsigned long arg);
int ioctl_dev(struct tcb *t, unsigned req, unsigned long arg);
int ioctl_loop(struct tcb *t, unsigned req, unsigned long arg);
int ioctl_kd(struct tcb *t, unsigned req, unsigned long arg);
int ioctl_dm(struct tcb *t, unsigned req, unsigned long arg);
int ioctl_btrfs(struct tcb *t, unsigned req, unsigned long arg);
int ioctl_misc(struct tcb *t, unsigned req, unsigned long arg);
int ioctl_hdio(struct tcb *t, unsigned req, unsigned long arg);
int ioctl_gpio(struct tcb *t, unsigned req, unsigned long arg);
int ioctl_counter(struct tcb *t, unsigned req, unsigned long arg);
int ioctl_lirc(struct tcb *t, unsigned req, unsigned long arg);
int ioctl_input(struct tcb *t, unsigned req, unsigned long arg);
int ioctl_ptp(struct tcb *t, unsigned req, unsigned long arg);
int ioctl_tee(struct tcb *t, unsigned req, unsigned long arg);
/* evdev's names with a length or an event code inside: 1 if printed (the
 * unknown codes without strace's comment when in_comment) */
int ioctl_input_name(unsigned req, int in_comment);
int ioctl_scsi(struct tcb *t, unsigned req, unsigned long arg);
int ioctl_ubi(struct tcb *t, unsigned req, unsigned long arg);
int ioctl_mtd(struct tcb *t, unsigned req, unsigned long arg);
int ioctl_kvm(struct tcb *t, unsigned req, unsigned long arg);
int ioctl_v4l2(struct tcb *t, unsigned req, unsigned long arg);

/* ", [int]" from the tracee, or the address (NULL, 0x...) if unreadable */
void ioc_int(struct tcb *t, unsigned long arg);
/* the same at the exit, the address after a failed call */
void ioc_int_out(struct tcb *t, unsigned long arg);
/* an int, a long, an unsigned long long in decimal ("[%...]") */
void ioc_uint(struct tcb *t, unsigned long arg);
void ioc_ulong(struct tcb *t, unsigned long arg);
void ioc_u64(struct tcb *t, unsigned long arg);
/* read a struct at arg: 0, or -1 after printing the address instead */
int ioc_get(struct tcb *t, unsigned long arg, void *buf, size_t len);
/* a char array field: quoted up to its NUL; with none, all but the last
 * byte and "..." (strace's rule for fixed-size names) */
void ioc_cstr(const void *field, size_t size);
#endif
