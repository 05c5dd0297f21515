# no-cloexec: a right model of the files, but os.open's flags as written in Python: it forgets the O_CLOEXEC Python adds (PEP 446), which strace shows.
# holds (open descriptors, offsets, sizes, which names exist) and of what
# Python adds on the way (O_CLOEXEC on every os.open, PEP 446).

files = {}      # name -> size
dirs = set()
fds = {}        # fd -> [name, offset, writable, append]

def quote(s):
    # strace's quoting: \n \t \" \\ escaped, other bytes as they are here
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'

def err(name):
    text = {"ENOENT": "No such file or directory", "EEXIST": "File exists", "EBADF": "Bad file descriptor",
            "EINVAL": "Invalid argument"}[name]
    return "-1 %s (%s)" % (name, text)

def predict(op, args):
    if op == "os.open":
        path, fl, mode = args
        names = fl.split("|")
        show = "|".join(["O_RDONLY"] if names == ["O_RDONLY"] else
                        [n for n in ("O_RDONLY", "O_WRONLY", "O_RDWR") if n in names] +
                        [n for n in ("O_CREAT", "O_EXCL", "O_TRUNC", "O_APPEND") if n in names])
        call = "openat(AT_FDCWD, %s, %s" % (quote(path), show)
        if "O_CREAT" in names:
            call += ", 0%o" % mode
        call += ")"
        if path not in files and "O_CREAT" not in names:
            return call + " = " + err("ENOENT")
        if path in files and "O_EXCL" in names:
            return call + " = " + err("EEXIST")
        if path not in files or "O_TRUNC" in names:
            files[path] = 0
        fd = min(set(range(3, 1024)) - set(fds))
        fds[fd] = [path, 0, "O_RDONLY" not in names, "O_APPEND" in names]
        return call + " = %d" % fd
    if op == "os.write":
        fd, text = args
        call = "write(%d, %s, %d)" % (fd, quote(text), len(text.encode()))
        if fd not in fds or not fds[fd][2]:
            return call + " = " + err("EBADF")
        f = fds[fd]
        if f[3]:
            f[1] = files[f[0]]
        f[1] += len(text.encode())
        files[f[0]] = max(files[f[0]], f[1])
        return call + " = %d" % len(text.encode())
    if op == "os.lseek":
        fd, off, whence = args
        f = fds[fd]
        f[1] = {"SEEK_SET": 0, "SEEK_CUR": f[1], "SEEK_END": files[f[0]]}[whence] + off
        return "lseek(%d, %d, %s) = %d" % (fd, off, whence, f[1])
    if op == "os.ftruncate":
        fd, n = args
        if fd not in fds or not fds[fd][2]:
            return "ftruncate(%d, %d) = %s" % (fd, n, err("EINVAL"))
        files[fds[fd][0]] = n
        return "ftruncate(%d, %d) = 0" % (fd, n)
    if op == "fcntl.flock":
        return "flock(%d, %s) = 0" % tuple(args)
    if op == "os.close":
        fds.pop(args[0], None)
        return "close(%d) = 0" % args[0]
    if op == "os.rename":
        a, b = args
        call = "rename(%s, %s)" % (quote(a), quote(b))
        if a not in files:
            return call + " = " + err("ENOENT")
        files[b] = files.pop(a)
        return call + " = 0"
    if op == "os.chmod":
        call = "chmod(%s, 0%o)" % (quote(args[0]), args[1])
        return call + (" = 0" if args[0] in files or args[0] in dirs else " = " + err("ENOENT"))
    if op == "os.mkdir":
        call = "mkdir(%s, 0%o)" % (quote(args[0]), args[1])
        if args[0] in dirs or args[0] in files:
            return call + " = " + err("EEXIST")
        dirs.add(args[0])
        return call + " = 0"
    if op == "os.rmdir":
        call = "rmdir(%s)" % quote(args[0])
        if args[0] not in dirs:
            return call + " = " + err("ENOENT")
        dirs.discard(args[0])
        return call + " = 0"
