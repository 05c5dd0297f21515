# wrong-edge: one write, but the count it asks for is in characters, not bytes: right for ASCII, short for "café" and "→".
import os, sys
with open(sys.argv[1], encoding="utf-8") as f:
    text = "".join("%d: %s" % (i, l) for i, l in enumerate(f, 1))
os.write(1, text.encode()[:len(text)])
