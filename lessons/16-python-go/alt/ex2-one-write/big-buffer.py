# big-buffer: print as usual, into a stdout reopened with a buffer as large as the file could need, flushed once at the end.
import io, os, sys
size = os.path.getsize(sys.argv[1])
out = io.TextIOWrapper(io.BufferedWriter(io.FileIO(1, "w", closefd=False), buffer_size=2 * size + 16 * (size + 1) + 1),
                       encoding="utf-8", newline="\n", write_through=False)
with open(sys.argv[1], encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        print("%d: %s" % (i, line), end="", file=out)
out.flush()
