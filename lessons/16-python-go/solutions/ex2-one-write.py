# ex2-one-write.py FILE — the reference answer: build all of the output in
# memory, encode it once, and hand it to os.write, which is write(2) itself:
# no TextIOWrapper or BufferedWriter between, so neither the buffer's 8192
# bytes nor PYTHONUNBUFFERED can split it. A short write (a pipe, a signal)
# is finished by the loop.
import os
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    data = "".join("%d: %s" % (i, line) for i, line in enumerate(f, 1)).encode("utf-8")
while data:
    data = data[os.write(1, data):]
