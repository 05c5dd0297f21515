# ex3-go-threads.py — the reference answer: the first thread, plus each
# clone that made a thread (CLONE_THREAD in its flags) and succeeded. With -f,
# strace may print a call in two pieces ("<unfinished ...>" then
# "<... clone resumed>"): the flags are in the first, the result in the second.
import re

def threads(log):
    n = 1
    pending = {}            # tid -> flags of its unfinished clone
    for line in log.splitlines():
        m = re.match(r"^(\d+)\s+(.*)$", line)
        if not m:
            continue
        tid, call = m.groups()
        if call.startswith("clone(") or call.startswith("clone3("):
            if call.endswith("<unfinished ...>"):
                pending[tid] = call
                continue
            flags, result = call, call
        elif re.match(r"^<\.\.\. clone3? resumed>", call):
            flags, result = pending.pop(tid, ""), call
        else:
            continue
        r = re.search(r"\)\s+=\s+(-?\d+)", result)
        if "CLONE_THREAD" in flags and r and int(r.group(1)) > 0:
            n += 1
    return n
