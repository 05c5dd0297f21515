# buffer-flush: the bytes handed to sys.stdout.buffer in one piece and flushed: a piece larger than the buffer goes to write(2) whole, and under PYTHONUNBUFFERED the raw file writes it in one call too.
import sys
with open(sys.argv[1], encoding="utf-8") as f:
    data = "".join("%d: %s" % (i, l) for i, l in enumerate(f, 1)).encode()
sys.stdout.buffer.write(data)
sys.stdout.buffer.flush()
