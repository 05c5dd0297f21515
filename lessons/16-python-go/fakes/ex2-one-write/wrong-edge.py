# wrong-edge: trusts print's buffer: one write while the output fits in 8192 bytes and PYTHONUNBUFFERED is unset, several otherwise.
import sys
with open(sys.argv[1], encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        print("%d: %s" % (i, line), end="")
