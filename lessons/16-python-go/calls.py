# lessons/16-python-go/calls.py — Python's os, subprocess, fcntl and ctypes,
# one call at a time, each section opened by a marker call so that a trace
# can be cut into sections: access("/sysgate-mark/NAME", F_OK) = -1 ENOENT.
# Run it under strace -f (subprocess and os.fork start processes).
import ctypes
import fcntl
import os
import subprocess
import sys
import termios
import threading

def mark(name):
    # a call that cannot succeed and changes nothing: a label in the trace
    os.access("/sysgate-mark/" + name, os.F_OK)

path = sys.argv[1] if len(sys.argv) > 1 else "calls.out"
libc = ctypes.CDLL(None)        # dlopen(NULL): the libc already loaded, no call

mark("os.open")
fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
mark("os.write")
os.write(fd, b"written by os.write\n")
mark("fcntl.flock")
fcntl.flock(fd, fcntl.LOCK_EX)
fcntl.flock(fd, fcntl.LOCK_UN)
mark("os.close")
os.close(fd)

mark("fcntl.ioctl")
r, w = os.pipe()
os.write(w, b"12345")
n = fcntl.ioctl(r, termios.FIONREAD, b"\0\0\0\0")
print("FIONREAD says", int.from_bytes(n, "little"), "bytes wait in the pipe", flush=True)

mark("os.fork")
pid = os.fork()
if pid == 0:
    os._exit(7)
_, st = os.waitpid(pid, 0)
print("the child exited with", os.waitstatus_to_exitcode(st), flush=True)

mark("subprocess.run")
p = subprocess.run(["/bin/echo", "from echo"], stdout=subprocess.PIPE)
print("subprocess.run got", repr(p.stdout), "status", p.returncode, flush=True)

mark("threading.Thread")
t = threading.Thread(target=os.write, args=(w, b"from a thread"))
t.start()
t.join()
print("the thread wrote", os.read(r, 100), flush=True)

mark("ctypes")
msg = b"hello from libc.syscall(1, ...)\n"
libc.syscall(1, 1, msg, len(msg))
mark("end")
