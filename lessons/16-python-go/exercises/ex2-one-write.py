# ex2-one-write.py FILE — print FILE's lines numbered "1: ...", "2: ...",
# with all of the output reaching the kernel in ONE write(2) on descriptor 1,
# however long the file, and even when PYTHONUNBUFFERED=1 is set.
# See README.md, exercise 2: find the write(s) behind print first.
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        print("%d: %s" % (i, line), end="", flush=True)   # one write per print, at least
