# ex3-go-threads.py — threads(log): how many threads the traced process had,
# counted from the text of a `strace -f` log (one line per call, each line
# opened by the pid/tid that made it). Compare with what the kernel shows
# (ls /proc/PID/task) while the program runs. See README.md, exercise 3.

def threads(log):
    # a start: every line that mentions clone (this is wrong twice over)
    return sum("clone" in line for line in log.splitlines())
