/* src/trace/nolibc/sys/socket.h — what <linux/vm_sockets.h> takes from
 * libc's <sys/socket.h>: struct sockaddr (its 16 bytes, the kernel's
 * layout) and sa_family_t (see nolibc/sys/time.h) */
#ifndef SG_NOLIBC_SYS_SOCKET_H
#define SG_NOLIBC_SYS_SOCKET_H
#include <linux/socket.h>
typedef __kernel_sa_family_t sa_family_t;
struct sockaddr {
	sa_family_t sa_family;
	char sa_data[14];
};
#endif
