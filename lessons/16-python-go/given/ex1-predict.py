# lessons/16-python-go/given/ex1-predict.py — the grader's driver for ex1 (do
# not edit). Three jobs, each in its own process:
#   plan SEED      a random run of Python calls (JSON), from SEED alone
#   predict PLAN ANSWER   import ANSWER (your ex1-predict.py) and print what
#                  its predict(op, args) says for each call, one line each
#   do PLAN        make the calls, each after a marker call the grader cuts
#                  the trace at: access("/sysgate-mark/N", F_OK)
import fcntl
import importlib.util
import json
import os
import random
import sys

def flags(names, mod):
    v = 0
    for n in names.split("|"):
        v |= getattr(mod, n)
    return v

def plan(seed):
    rng = random.Random(seed)
    name = lambda: "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 8)))
    a, b, d = name() + ".txt", name() + ".new", name() + ".d"
    text = "".join(rng.choice("abcdefghij klmnopqrstuvwxyz0123456789\n\t") for _ in range(rng.randint(1, 30)))
    mode = rng.choice([0o600, 0o640, 0o644, 0o664, 0o700, 0o751, 0o755])
    ops = [["os.open", [a, rng.choice(["O_WRONLY|O_CREAT|O_TRUNC", "O_RDWR|O_CREAT", "O_CREAT|O_WRONLY|O_APPEND",
                                         "O_RDWR|O_CREAT|O_EXCL"]), mode]],
           ["os.write", [3, text]]]
    more = [["os.lseek", [3, rng.randint(0, 40), rng.choice(["SEEK_SET", "SEEK_CUR", "SEEK_END"])]],
            ["os.ftruncate", [3, rng.randint(0, 50)]],
            ["fcntl.flock", [3, rng.choice(["LOCK_EX", "LOCK_SH", "LOCK_EX|LOCK_NB", "LOCK_SH|LOCK_NB"])]]]
    rng.shuffle(more)
    ops += more[:rng.randint(1, 3)]
    ops += [["os.close", [3]]]
    # the same file again, read-only: a write to it fails
    ops += [["os.open", [a, "O_RDONLY", 0o777]], ["os.write", [3, name()]], ["os.close", [3]]]
    tail = [["os.rename", [a, b]], ["os.mkdir", [d, rng.choice([0o700, 0o750, 0o755, 0o775])]],
            ["os.chmod", [a, rng.choice([0o600, 0o644, 0o444])]], ["os.rmdir", [d]]]
    rng.shuffle(tail)
    ops += tail
    return ops

def do(ops):
    for i, (op, args) in enumerate(ops):
        os.access("/sysgate-mark/%d" % i, os.F_OK)
        try:
            if op == "os.open":
                os.open(args[0], flags(args[1], os), args[2])
            elif op == "os.write":
                os.write(args[0], args[1].encode())
            elif op == "os.lseek":
                os.lseek(args[0], args[1], getattr(os, args[2]))
            elif op == "os.ftruncate":
                os.ftruncate(args[0], args[1])
            elif op == "fcntl.flock":
                fcntl.flock(args[0], flags(args[1], fcntl))
            elif op == "os.close":
                os.close(args[0])
            elif op == "os.rename":
                os.rename(args[0], args[1])
            elif op == "os.mkdir":
                os.mkdir(args[0], args[1])
            elif op == "os.chmod":
                os.chmod(args[0], args[1])
            elif op == "os.rmdir":
                os.rmdir(args[0])
        except OSError:
            pass
    os.access("/sysgate-mark/end", os.F_OK)

def predict(ops, answer):
    spec = importlib.util.spec_from_file_location("answer", answer)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    out = []
    for op, args in ops:
        line = m.predict(op, list(args))
        out.append(str(line).replace("\n", " ") if line is not None else "")
    os.write(1, ("\n".join(out) + "\n").encode())

if sys.argv[1] == "plan":
    print(json.dumps(plan(int(sys.argv[2]))))
elif sys.argv[1] == "predict":
    predict(json.load(open(sys.argv[2])), sys.argv[3])
else:
    do(json.load(open(sys.argv[2])))
