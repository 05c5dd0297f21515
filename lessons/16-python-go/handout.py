# lessons/16-python-go/handout.py — `strace -c` of app.py explained row by
# row, the figures from the run just made on this machine.
#   strace -f -C -o FILE python3 -I app.py DIR     (-C: the trace, then the table)
#   python3 -I handout.py FILE
# Each row of the table is printed as strace printed it, then what the call
# does and why app.py (or the Python under it) made it; a few numbers are
# counted from the same run's trace to back the reason. A call this hand-out
# does not know is said to be unknown, never guessed.
import re
import sys

WHY = {
    "futex": "wait/wake on a 32-bit word (man 2 futex): under every lock. Python's threads take turns holding "
             "the GIL and Thread.join() waits on a lock the finished thread releases; errors are EAGAIN "
             "(the word changed before the wait: no need to sleep)",
    "accept4": "take the next connection from the listening socket: the report server thread, once per worker "
               "that connects",
    "read": "bytes from a descriptor: ld.so reads each shared library's ELF header, the importer reads each "
            "module's .pyc, and each worker thread reads the CSV back through its buffer",
    "newfstatat": "stat by descriptor (AT_EMPTY_PATH) or by name: the importer looks for each module in each "
                  "directory of sys.path and checks .pyc against .py; the errors are names not found (ENOENT)",
    "openat": "open a file: modules' .py/.pyc and .so files, directories the importer lists, the two CSV files; "
              "the errors are files that are not there (ENOENT)",
    "close": "release a descriptor: every file opened above, and each socket",
    "munmap": "give memory back: arenas of Python's allocator and buffers freed",
    "getdents64": "read a directory's names: the importer lists each sys.path directory once and caches it",
    "mmap": "map memory: ld.so maps libc and python3.11's shared libraries (.so of C modules such as _socket, "
            "_csv, math), Python's allocator takes 256 KiB arenas, and each new thread's 8 MiB stack",
    "clone3": "make a thread (CLONE_THREAD|CLONE_VM...): glibc's pthread_create, called by threading.Thread.start",
    "lseek": "where a file's offset is: io.open asks it of every file it opens (a .pyc, a CSV) to set tell()",
    "brk": "grow the heap: malloc for objects bigger than Python's small-object allocator serves",
    "rt_sigaction": "install or read a signal handler: Python reads every signal's disposition at start "
                    "(signal.getsignal) and installs its own for SIGINT (KeyboardInterrupt)",
    "getrandom": "random bytes from the kernel: the seed of str hashes (hash randomisation) and of the random module",
    "write": "bytes to a descriptor: the CSV rows (buffered: a few big writes) and the last line on stdout",
    "ioctl": "TCGETS, is it a terminal? io.open asks it of each file to choose line buffering; ENOTTY is the "
             "normal answer for a regular file",
    "gettid": "the calling thread's id: glibc and Python ask it when a thread starts (threading.get_native_id)",
    "rt_sigprocmask": "block or unblock signals: pthread_create blocks all signals while it sets up the new thread",
    "connect": "connect a socket: each worker thread connects to the report server on 127.0.0.1",
    "mprotect": "change a mapping's protection: ld.so makes relocated data read-only (RELRO, PROT_READ); each "
                "new thread's stack is mapped without access and then made PROT_READ|PROT_WRITE but for its guard page",
    "socket": "make a socket: the listening one and one per worker (AF_INET, SOCK_STREAM)",
    "rseq": "register restartable sequences: glibc does it for each new thread (kernel >= 4.18)",
    "recvfrom": "receive bytes on a socket: socket.recv is recvfrom with no address",
    "getcwd": "the current directory: Python puts the script's directory (resolved) on sys.path",
    "sendto": "send bytes on a socket: socket.sendall is sendto with no address",
    "getsockname": "a socket's own address: app.py asks which port the kernel picked for bind(port 0); the "
                   "socket module asks it too",
    "bind": "give the listening socket its address: 127.0.0.1, port 0 (the kernel picks one)",
    "madvise": "advice on memory (see the example line for which advice): glibc gives back the pages of a "
               "finished thread's stack this way",
    "fcntl": "descriptor flags (F_GETFD/F_SETFD, F_GETFL/F_SETFL): Python checks and sets close-on-exec and "
             "blocking on descriptors (see the example line)",
    "epoll_create1": "make an epoll instance: the selectors module (imported by socket) tries select.epoll() once "
                     "to choose its DefaultSelector, then closes it",
    "set_robust_list": "register the list of robust futexes: glibc does it for each new thread",
    "listen": "make the socket a listening one: connections now queue for accept4",
    "setsockopt": "a socket option: SO_REUSEADDR on the listening socket",
    "pread64": "read at an offset: ld.so reads the ELF program headers of each shared library",
    "access": "may I? ld.so checks /etc/ld.so.preload (absent: ENOENT)",
    "execve": "start the program: /usr/bin/python3 itself, the first call",
    "readlink": "read a symbolic link: Python resolves /usr/bin/python3 to python3.11 to find its prefix; the "
                "error is EINVAL (python3.11 is no link)",
    "sysinfo": "system figures: glibc's qsort asks for the memory size before sorting (get_phys_pages)",
    "arch_prctl": "set the FS base (ARCH_SET_FS): thread-local storage of the first thread, by ld.so",
    "set_tid_address": "where to clear the tid when the thread ends: glibc, at start",
    "prlimit64": "a resource limit: glibc reads RLIMIT_STACK at start (the size of threads' stacks)",
    "clone": "make a process or thread (older glibc, or os.fork)",
    "exit_group": "end the process",
    "wait4": "wait for a child process",
    "pipe2": "make a pipe",
    "dup2": "copy a descriptor",
    "poll": "wait for descriptors",
    "epoll_wait": "wait on an epoll instance",
    "exit": "end one thread: each worker and the server thread when its function returns",
    "sched_yield": "give the CPU to another thread: a lock that spins a little before it sleeps",
    "mremap": "grow or move a mapping: realloc of a large block (a list or a bytes object growing)",
}

def main():
    text = open(sys.argv[1]).read().splitlines()
    start = next((i for i, l in enumerate(text) if l.startswith("% time")), None)
    if start is None:
        sys.exit("handout: no strace -c table in " + sys.argv[1])
    trace = [re.sub(r"^\d+\s+", "", l) for l in text[:start]]
    pids = {l.split()[0] for l in text[:start] if l[:1].isdigit()}
    opens = [l for l in trace if l.startswith("openat(")]
    counted = {
        "openat": "this run: %d opens of .py/.pyc, %d of .so, %d of .csv" % (
            sum(bool(re.search(r'\.pyc?"', l)) for l in opens), sum('.so' in l for l in opens),
            sum('.csv"' in l for l in opens)),
        "clone3": "this run: %d thread(s) made, %d ids seen in the trace (the first thread + those)" % (
            sum(l.startswith("clone3(") or l.startswith("<... clone3 resumed>") and " = " in l
                for l in trace if "= -1" not in l) - sum(l.startswith("clone3(") and "<unfinished" in l for l in trace),
            len(pids)),
        "write": "this run: %d write(s) to stdout, %d to other descriptors" % (
            sum(l.startswith("write(1,") for l in trace), sum(l.startswith("write(") and not l.startswith("write(1,") for l in trace)),
        "socket": "this run: " + ", ".join(sorted({re.sub(r"^socket\(([^)]*)\).*", r"\1", l).split(", IPPROTO")[0]
                                             for l in trace if l.startswith("socket(")})),
    }
    print(text[start])
    print(text[start + 1])
    for row in text[start + 2:]:
        f = row.split()
        if not f or f[0].startswith("-"):
            print(row)
            continue
        name = f[-1]
        print(row)
        if name == "total":
            continue
        why = WHY.get(name, "not explained in this hand-out: see man 2 " + name)
        print("        " + why)
        ex = next((l for l in trace if l.startswith(name + "(")), None)
        if ex:
            print("        e.g. " + (ex if len(ex) <= 100 else ex[:97] + "..."))
        if name in counted:
            print("        (" + counted[name] + ")")

main()
