# wrong-edge: counts lines that start a clone with CLONE_THREAD, failed or not: one too many when a clone returned -1 EAGAIN.
def threads(log):
    return 1 + sum(" clone(" in l and "CLONE_THREAD" in l for l in log.splitlines())
