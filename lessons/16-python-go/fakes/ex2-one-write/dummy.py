# dummy: one big write of the right bytes, plus an empty write(1, "", 0) first "to open the stream": two calls wrote to descriptor 1.
import os, sys
with open(sys.argv[1], encoding="utf-8") as f:
    data = "".join("%d: %s" % (i, l) for i, l in enumerate(f, 1)).encode()
os.write(1, b"")
os.write(1, data)
