# sendfile: writes the numbered lines to a temporary file and has the kernel copy it to stdout with sendfile: no write(2) on descriptor 1 at all.
import os, sys, tempfile
with open(sys.argv[1], encoding="utf-8") as f:
    data = "".join("%d: %s" % (i, l) for i, l in enumerate(f, 1)).encode()
t = tempfile.TemporaryFile()
t.write(data); t.flush()
off = 0
while off < len(data):
    off += os.sendfile(1, t.fileno(), off, len(data) - off)
