# exec: runs the call under strace itself and copies strace's line: no prediction at all; the grader refuses the execve.
import json, os, subprocess, sys, tempfile
_d = tempfile.mkdtemp()
_log = []
def predict(op, args):
    _log.append([op, args])
    json.dump(_log, open(os.path.join(_d, "p.json"), "w"))
    drv = os.path.join(os.path.dirname(sys.argv[0]), "ex1-predict.py")
    subprocess.run(["strace", "-o", os.path.join(_d, "t"), sys.executable, "-I", drv, "do", os.path.join(_d, "p.json")],
                   cwd=_d, capture_output=True)
    lines = open(os.path.join(_d, "t")).read().splitlines()
    i = max(k for k, l in enumerate(lines) if l.startswith('access("/sysgate-mark/%d"' % (len(_log) - 1)))
    return lines[i + 1]
