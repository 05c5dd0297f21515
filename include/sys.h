/* include/sys.h — the raw system calls: typed prototypes of the stubs in asm/syscall.asm.
 *
 * Every function here returns what the kernel returned: a result >= 0, or a
 * negative errno (-ENOENT) in -4095..-1, exactly what strace shows. Nothing
 * sets a global errno; check `r < 0` and pass -r to the error helpers in
 * err.h. Pointers come back as long: test with sys_failed(r).
 * Each prototype has the man(2) line it corresponds to above it.
 * Structures and constants come from the kernel's UAPI headers.
 */
#ifndef SG_SYS_H
#define SG_SYS_H

#include <stddef.h>
#include <stdint.h>
#include <linux/types.h>
#include <linux/errno.h>
#include <asm/unistd.h>
#include <linux/fcntl.h>
#include <linux/stat.h>
#include <asm/stat.h>
#include <linux/time.h>
#include <linux/uio.h>
#include <linux/resource.h>
#include <linux/utsname.h>
#include <linux/poll.h>
#include <linux/signal.h>
#include <linux/mman.h>
#include <linux/wait.h>
#include <asm/ioctls.h>
#include <linux/termios.h>
#include <linux/sched.h>
#include <linux/eventpoll.h>

typedef long ssize_t;
typedef int pid_t;
typedef long off_t;
typedef unsigned int mode_t;
typedef unsigned int uid_t;
typedef unsigned int gid_t;

/* -4095..-1 is an error; anything else (including large "negative"
 * addresses from mmap) is a result. */
static inline int sys_failed(long r) { return (unsigned long)r > -4096UL; }

/* ssize_t read(int fd, void *buf, size_t count); */
long sys_read(int fd, void *buf, size_t count);
/* ssize_t write(int fd, const void *buf, size_t count); */
long sys_write(int fd, const void *buf, size_t count);
/* int open(const char *pathname, int flags, mode_t mode); */
long sys_open(const char *path, int flags, mode_t mode);
/* int openat(int dirfd, const char *pathname, int flags, mode_t mode); */
long sys_openat(int dirfd, const char *path, int flags, mode_t mode);
/* int close(int fd); */
long sys_close(int fd);
/* off_t lseek(int fd, off_t offset, int whence); */
long sys_lseek(int fd, off_t off, int whence);
/* ssize_t pread(int fd, void *buf, size_t count, off_t offset); */
long sys_pread64(int fd, void *buf, size_t count, off_t off);
/* ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset); */
long sys_pwrite64(int fd, const void *buf, size_t count, off_t off);
/* ssize_t readv(int fd, const struct iovec *iov, int iovcnt); */
long sys_readv(int fd, const struct iovec *iov, int iovcnt);
/* ssize_t writev(int fd, const struct iovec *iov, int iovcnt); */
long sys_writev(int fd, const struct iovec *iov, int iovcnt);
/* int dup(int oldfd); */
long sys_dup(int fd);
/* int dup2(int oldfd, int newfd); */
long sys_dup2(int oldfd, int newfd);
/* int dup3(int oldfd, int newfd, int flags); */
long sys_dup3(int oldfd, int newfd, int flags);
/* int pipe2(int pipefd[2], int flags); */
long sys_pipe2(int fds[2], int flags);
/* int fcntl(int fd, int cmd, ... arg ); */
long sys_fcntl(int fd, int cmd, unsigned long arg);
/* int ioctl(int fd, unsigned long request, ...); */
long sys_ioctl(int fd, unsigned long req, void *arg);
/* int fstat(int fd, struct stat *statbuf); */
long sys_fstat(int fd, struct stat *st);
/* int fstatat(int dirfd, const char *pathname, struct stat *statbuf, int flags); */
long sys_newfstatat(int dirfd, const char *path, struct stat *st, int flags);
/* int statx(int dirfd, const char *pathname, int flags, unsigned int mask, struct statx *statxbuf); */
long sys_statx(int dirfd, const char *path, int flags, unsigned mask, struct statx *stx);
/* ssize_t readlinkat(int dirfd, const char *pathname, char *buf, size_t bufsiz); */
long sys_readlinkat(int dirfd, const char *path, char *buf, size_t size);
/* int faccessat(int dirfd, const char *pathname, int mode, int flags); -- the raw call has no flags */
long sys_faccessat(int dirfd, const char *path, int mode);
/* ssize_t getdents64(int fd, void *dirp, size_t count); */
long sys_getdents64(int fd, void *dirp, size_t count);
/* char *getcwd(char *buf, size_t size); -- the raw call returns the length, '\0' included */
long sys_getcwd(char *buf, size_t size);
/* int chdir(const char *path); */
long sys_chdir(const char *path);
/* int fchdir(int fd); */
long sys_fchdir(int fd);
/* int mkdirat(int dirfd, const char *pathname, mode_t mode); */
long sys_mkdirat(int dirfd, const char *path, mode_t mode);
/* int unlinkat(int dirfd, const char *pathname, int flags); */
long sys_unlinkat(int dirfd, const char *path, int flags);
/* int renameat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath); */
long sys_renameat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath);
/* int fsync(int fd); */
long sys_fsync(int fd);
/* int ftruncate(int fd, off_t length); */
long sys_ftruncate(int fd, off_t len);
/* void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset); */
long sys_mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off);
/* int munmap(void *addr, size_t length); */
long sys_munmap(void *addr, size_t len);
/* int mprotect(void *addr, size_t len, int prot); */
long sys_mprotect(void *addr, size_t len, int prot);
/* int madvise(void *addr, size_t length, int advice); */
long sys_madvise(void *addr, size_t len, int advice);
/* void *mremap(void *old_address, size_t old_size, size_t new_size, int flags, ... void *new_address); */
long sys_mremap(void *old, size_t oldsz, size_t newsz, int flags, void *newaddr);
/* int brk(void *addr); -- the raw call returns the new break, or the old one on failure */
long sys_brk(void *addr);
/* ssize_t sendfile(int out_fd, int in_fd, off_t *offset, size_t count); */
long sys_sendfile(int out, int in, off_t *off, size_t count);
/* ssize_t splice(int fd_in, off_t *off_in, int fd_out, off_t *off_out, size_t len, unsigned int flags); */
long sys_splice(int in, off_t *off_in, int out, off_t *off_out, size_t len, unsigned flags);
/* ssize_t copy_file_range(int fd_in, off_t *off_in, int fd_out, off_t *off_out, size_t len, unsigned int flags); */
long sys_copy_file_range(int in, off_t *off_in, int out, off_t *off_out, size_t len, unsigned flags);
/* int posix_fadvise(int fd, off_t offset, off_t len, int advice); */
long sys_fadvise64(int fd, off_t off, off_t len, int advice);
/* int execve(const char *pathname, char *const argv[], char *const envp[]); */
long sys_execve(const char *path, char *const argv[], char *const envp[]);
/* noreturn void _exit(int status); -- this thread only */
__attribute__((noreturn)) void sys_exit(int status);
/* noreturn void exit_group(int status); -- every thread */
__attribute__((noreturn)) void sys_exit_group(int status);
/* pid_t wait4(pid_t pid, int *wstatus, int options, struct rusage *rusage); */
long sys_wait4(pid_t pid, int *status, int options, struct rusage *ru);
/* int waitid(idtype_t idtype, id_t id, siginfo_t *infop, int options, struct rusage *ru); */
long sys_waitid(int idtype, int id, siginfo_t *info, int options, struct rusage *ru);
/* long clone(unsigned long flags, void *stack, int *parent_tid, int *child_tid, unsigned long tls); */
long sys_clone(unsigned long flags, void *stack, int *ptid, int *ctid, unsigned long tls);
/* pid_t vfork(void); -- see asm/syscall.asm for why it is special */
long sys_vfork(void);
/* int kill(pid_t pid, int sig); */
long sys_kill(pid_t pid, int sig);
/* int tgkill(pid_t tgid, pid_t tid, int sig); */
long sys_tgkill(pid_t tgid, pid_t tid, int sig);
/* pid_t getpid(void); */
long sys_getpid(void);
/* pid_t getppid(void); */
long sys_getppid(void);
/* pid_t gettid(void); */
long sys_gettid(void);
/* uid_t getuid(void); */
long sys_getuid(void);
/* uid_t geteuid(void); */
long sys_geteuid(void);
/* gid_t getgid(void); */
long sys_getgid(void);
/* gid_t getegid(void); */
long sys_getegid(void);
/* pid_t setsid(void); */
long sys_setsid(void);
/* int setpgid(pid_t pid, pid_t pgid); */
long sys_setpgid(pid_t pid, pid_t pgid);
/* int prctl(int option, unsigned long arg2, unsigned long arg3, unsigned long arg4, unsigned long arg5); */
long sys_prctl(int option, unsigned long a2, unsigned long a3, unsigned long a4, unsigned long a5);
/* int rt_sigaction(int signum, const struct sigaction *act, struct sigaction *oldact, size_t sigsetsize); */
long sys_rt_sigaction(int sig, const struct sigaction *act, struct sigaction *old, size_t setsize);
/* int rt_sigprocmask(int how, const sigset_t *set, sigset_t *oldset, size_t sigsetsize); */
long sys_rt_sigprocmask(int how, const sigset_t *set, sigset_t *old, size_t setsize);
/* int rt_sigsuspend(const sigset_t *mask, size_t sigsetsize); */
long sys_rt_sigsuspend(const sigset_t *mask, size_t setsize);
/* int sigaltstack(const stack_t *ss, stack_t *old_ss); */
long sys_sigaltstack(const stack_t *ss, stack_t *old);
/* int pause(void); */
long sys_pause(void);
/* unsigned int alarm(unsigned int seconds); */
long sys_alarm(unsigned seconds);
/* int nanosleep(const struct timespec *req, struct timespec *rem); */
long sys_nanosleep(const struct timespec *req, struct timespec *rem);
/* int clock_gettime(clockid_t clockid, struct timespec *tp); */
long sys_clock_gettime(int clock, struct timespec *tp);
/* int clock_nanosleep(clockid_t clockid, int flags, const struct timespec *request, struct timespec *remain); */
long sys_clock_nanosleep(int clock, int flags, const struct timespec *req, struct timespec *rem);
/* int uname(struct utsname *buf); */
long sys_uname(struct new_utsname *buf);
/* mode_t umask(mode_t mask); */
long sys_umask(mode_t mask);
/* ssize_t getrandom(void *buf, size_t buflen, unsigned int flags); */
long sys_getrandom(void *buf, size_t len, unsigned flags);
/* long ptrace(enum __ptrace_request request, pid_t pid, void *addr, void *data); */
long sys_ptrace(long req, pid_t pid, void *addr, void *data);
/* ssize_t process_vm_readv(pid_t pid, const struct iovec *local_iov, unsigned long liovcnt,
 *                          const struct iovec *remote_iov, unsigned long riovcnt, unsigned long flags); */
long sys_process_vm_readv(pid_t pid, const struct iovec *local, unsigned long nlocal,
			  const struct iovec *remote, unsigned long nremote, unsigned long flags);
/* int seccomp(unsigned int operation, unsigned int flags, void *args); */
long sys_seccomp(unsigned op, unsigned flags, void *args);
/* int socket(int domain, int type, int protocol); */
long sys_socket(int domain, int type, int proto);
/* int socketpair(int domain, int type, int protocol, int sv[2]); */
long sys_socketpair(int domain, int type, int proto, int sv[2]);
/* int bind(int sockfd, const struct sockaddr *addr, socklen_t addrlen); */
long sys_bind(int fd, const void *addr, int addrlen);
/* int listen(int sockfd, int backlog); */
long sys_listen(int fd, int backlog);
/* int accept4(int sockfd, struct sockaddr *addr, socklen_t *addrlen, int flags); */
long sys_accept4(int fd, void *addr, int *addrlen, int flags);
/* int connect(int sockfd, const struct sockaddr *addr, socklen_t addrlen); */
long sys_connect(int fd, const void *addr, int addrlen);
/* ssize_t sendto(int sockfd, const void *buf, size_t len, int flags, const struct sockaddr *dest_addr, socklen_t addrlen); */
long sys_sendto(int fd, const void *buf, size_t len, int flags, const void *addr, int addrlen);
/* ssize_t recvfrom(int sockfd, void *buf, size_t len, int flags, struct sockaddr *src_addr, socklen_t *addrlen); */
long sys_recvfrom(int fd, void *buf, size_t len, int flags, void *addr, int *addrlen);
/* int shutdown(int sockfd, int how); */
long sys_shutdown(int fd, int how);
/* int getsockname(int sockfd, struct sockaddr *addr, socklen_t *addrlen); */
long sys_getsockname(int fd, void *addr, int *addrlen);
/* int setsockopt(int sockfd, int level, int optname, const void *optval, socklen_t optlen); */
long sys_setsockopt(int fd, int level, int name, const void *val, int len);
/* int poll(struct pollfd *fds, nfds_t nfds, int timeout); */
long sys_poll(struct pollfd *fds, unsigned long nfds, int timeout);
/* int ppoll(struct pollfd *fds, nfds_t nfds, const struct timespec *tmo_p, const sigset_t *sigmask); */
long sys_ppoll(struct pollfd *fds, unsigned long nfds, const struct timespec *tmo, const sigset_t *mask, size_t setsize);
/* int sched_getaffinity(pid_t pid, size_t cpusetsize, cpu_set_t *mask); */
long sys_sched_getaffinity(pid_t pid, size_t len, void *mask);
/* int sched_setaffinity(pid_t pid, size_t cpusetsize, const cpu_set_t *mask); */
long sys_sched_setaffinity(pid_t pid, size_t len, const void *mask);
/* int sched_yield(void); */
long sys_sched_yield(void);
/* int signalfd(int fd, const sigset_t *mask, int flags); -- signalfd4 takes the set's size */
long sys_signalfd4(int fd, const sigset_t *mask, size_t setsize, int flags);
/* int prlimit(pid_t pid, int resource, const struct rlimit *new_limit, struct rlimit *old_limit); */
long sys_prlimit64(pid_t pid, int res, const struct rlimit64 *lim, struct rlimit64 *old);
/* int getrusage(int who, struct rusage *usage); */
long sys_getrusage(int who, struct rusage *ru);
/* clock_t times(struct tms *buf); */
long sys_times(void *buf);
/* pid_t set_tid_address(int *tidptr); */
long sys_set_tid_address(int *tidptr);
/* long futex(uint32_t *uaddr, int futex_op, uint32_t val, const struct timespec *timeout, uint32_t *uaddr2, uint32_t val3); */
long sys_futex(uint32_t *uaddr, int op, uint32_t val, const struct timespec *tmo, uint32_t *uaddr2, uint32_t val3);
/* int arch_prctl(int code, unsigned long addr); */
long sys_arch_prctl(int code, unsigned long addr);
/* int pidfd_open(pid_t pid, unsigned int flags); */
long sys_pidfd_open(pid_t pid, unsigned flags);
/* ssize_t getxattr(const char *path, const char *name, void *value, size_t size); */
long sys_getxattr(const char *path, const char *name, void *value, size_t size);
/* ssize_t lgetxattr(const char *path, const char *name, void *value, size_t size); */
long sys_lgetxattr(const char *path, const char *name, void *value, size_t size);
/* ssize_t listxattr(const char *path, char *list, size_t size); */
long sys_listxattr(const char *path, char *list, size_t size);
/* ssize_t llistxattr(const char *path, char *list, size_t size); */
long sys_llistxattr(const char *path, char *list, size_t size);
/* long syscall(long number, ...); -- any number, six arguments */
long sys_syscall6(long nr, long a1, long a2, long a3, long a4, long a5, long a6);

/* pid_t fork(void); -- the raw call (glibc's fork() is clone with SIGCHLD) */
long sys_fork(void);
/* long clone3(struct clone_args *cl_args, size_t size); */
long sys_clone3(struct clone_args *args, size_t size);
/* int mlock(const void *addr, size_t len); */
long sys_mlock(const void *addr, size_t len);
/* int munlock(const void *addr, size_t len); */
long sys_munlock(const void *addr, size_t len);
/* int mincore(void *addr, size_t length, unsigned char *vec); */
long sys_mincore(void *addr, size_t len, unsigned char *vec);
/* ssize_t readahead(int fd, off64_t offset, size_t count); */
long sys_readahead(int fd, off_t off, size_t count);
/* A thread or process on a new stack (asm/syscall.asm): clone(flags, stack_top,
 * ptid, ctid, tls); the child calls fn(arg) there and exits (exit, not
 * exit_group) with its result. Returns the child's tid, or -errno. */
long sg_clone_thread(unsigned long flags, void *stack_top, int *ptid, int *ctid,
		     unsigned long tls, int (*fn)(void *), void *arg);

/* int rt_sigpending(sigset_t *set, size_t sigsetsize); */
long sys_rt_sigpending(sigset_t *set, size_t setsize);
/* int rt_sigtimedwait(const sigset_t *set, siginfo_t *info, const struct timespec *timeout, size_t sigsetsize); */
long sys_rt_sigtimedwait(const sigset_t *set, siginfo_t *info, const struct timespec *tmo, size_t setsize);
/* int setitimer(int which, const struct itimerval *new_value, struct itimerval *old_value); */
long sys_setitimer(int which, const struct itimerval *val, struct itimerval *old);
/* int getitimer(int which, struct itimerval *curr_value); */
long sys_getitimer(int which, struct itimerval *val);

/* int getpeername(int sockfd, struct sockaddr *addr, socklen_t *addrlen); */
long sys_getpeername(int fd, void *addr, int *addrlen);
/* int epoll_create1(int flags); */
long sys_epoll_create1(int flags);
/* int epoll_ctl(int epfd, int op, int fd, struct epoll_event *event); */
long sys_epoll_ctl(int epfd, int op, int fd, struct epoll_event *event);
/* int epoll_wait(int epfd, struct epoll_event *events, int maxevents, int timeout); */
long sys_epoll_wait(int epfd, struct epoll_event *events, int maxevents, int timeout);
/* int epoll_pwait(int epfd, struct epoll_event *events, int maxevents, int timeout, const sigset_t *sigmask); -- the raw call takes the set's size */
long sys_epoll_pwait(int epfd, struct epoll_event *events, int maxevents, int timeout, const sigset_t *mask, size_t setsize);
/* int eventfd(unsigned int initval, int flags); -- eventfd2 is the call with flags */
long sys_eventfd2(unsigned initval, int flags);
/* int inotify_init1(int flags); */
long sys_inotify_init1(int flags);
/* int inotify_add_watch(int fd, const char *pathname, uint32_t mask); */
long sys_inotify_add_watch(int fd, const char *path, uint32_t mask);
/* int inotify_rm_watch(int fd, int wd); */
long sys_inotify_rm_watch(int fd, int wd);

#endif
