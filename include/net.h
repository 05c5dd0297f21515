/* include/net.h — what libc's <sys/socket.h> and <arpa/inet.h> would give:
 * the socket constants the UAPI headers leave out, and byte order.
 *
 * The kernel exports struct sockaddr_in (<linux/in.h>), struct sockaddr_un
 * (<linux/un.h>) and the SOL_SOCKET/SO_* options (<asm/socket.h>), but the
 * address families, socket types and MSG_* flags live in its private
 * include/linux/socket.h and net.h; the numbers below are socket(2)'s,
 * address_families(7)'s and send(2)'s, the same on every Linux architecture.
 */
#ifndef SG_NET_H
#define SG_NET_H
#include <stdint.h>
#include <linux/fcntl.h>
#include <linux/in.h>
#include <linux/un.h>
#include <asm/socket.h>

#define AF_UNIX		1
#define AF_INET		2
#define SOCK_STREAM	1
#define SOCK_DGRAM	2
/* the flags socket(2) and accept4(2) take are the open(2) flags */
#define SOCK_NONBLOCK	O_NONBLOCK
#define SOCK_CLOEXEC	O_CLOEXEC
#define SHUT_RD		0
#define SHUT_WR		1
#define SHUT_RDWR	2
#define MSG_NOSIGNAL	0x4000

/* The network's byte order is big-endian and x86-64 is little-endian: port
 * 8080 (0x1f90) travels as the bytes 1f 90, so the program stores 0x901f. */
static inline uint16_t sg_htons(uint16_t v) { return (uint16_t)(v << 8 | v >> 8); }
static inline uint16_t sg_ntohs(uint16_t v) { return sg_htons(v); }
/* 127.0.0.1 in the network's order: the bytes 7f 00 00 01 */
#define SG_LOOPBACK	0x0100007fu
#endif
