# exits: the thread ids the kernel gave (successful CLONE_THREAD clones, matched across "<unfinished ...>" and "resumed>"), plus the first; written with a table of ids.
def threads(log):
    first, tids, flags = None, set(), {}
    for line in log.splitlines():
        parts = line.split(None, 1)
        if len(parts) < 2 or not parts[0].isdigit():
            continue
        pid, rest = parts
        first = first or pid
        if rest.startswith("clone("):
            flags[pid] = "CLONE_THREAD" in rest
            if "<unfinished ...>" in rest:
                continue
        elif not rest.startswith("<... clone resumed>"):
            continue
        res = rest.rsplit("= ", 1)[-1].split()[0]
        if flags.get(pid) and res.isdigit():
            tids.add(res)
    return len(tids) + (first is not None)
