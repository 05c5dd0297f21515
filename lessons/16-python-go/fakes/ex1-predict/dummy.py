# dummy: makes each call itself in a scratch copy to learn its result, then formats it: trying is not predicting (the grader sees the calls on the plan's file in the predicting process).
import os
def predict(op, args):
    if op == "os.open":
        try:
            fd = os.open(args[0], eval("|".join("os." + f for f in args[1].split("|"))), args[2])
            os.close(fd); os.unlink(args[0])
            r = "3"
        except OSError as e:
            r = "-1 ENOENT"
        return 'openat(AT_FDCWD, "%s", %s|O_CLOEXEC%s) = %s' % (args[0], args[1], ", 0%o" % args[2] if "O_CREAT" in args[1] else "", r)
    return op.split(".")[1] + "() = 0"
