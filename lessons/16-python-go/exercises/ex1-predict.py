# ex1-predict.py — predict the system call each Python call makes.
#
# The grader calls predict(op, args) once for each call of a random little
# program, in order, e.g.
#   predict("os.open", ["notes.txt", "O_WRONLY|O_CREAT|O_TRUNC", 0o640])
#   predict("os.write", [3, "hello\n"])
# and then runs that program under strace. Return the line strace prints for
# the call, result included, e.g.
#   'write(3, "hello\\n", 6) = 6'
# Calls that fail print -1 and the errno's name: = -1 ENOENT (No such file
# or directory). The text in parentheses may be left out; spaces and the
# order of the O_... flags do not matter. See README.md, exercise 1.

def predict(op, args):
    # a start: the name of the call, nothing more (this fails)
    return op.split(".")[1] + "()"
