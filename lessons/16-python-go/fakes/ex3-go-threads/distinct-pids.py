# wrong-edge: counts the distinct ids that open the log's lines: right for a Go program, wrong when a clone made a child process (no CLONE_THREAD), as in the grader's hand-written log.
def threads(log):
    return len({l.split()[0] for l in log.splitlines() if l.split() and l.split()[0].isdigit()})
