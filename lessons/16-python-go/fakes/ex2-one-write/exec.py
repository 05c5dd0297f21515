# exec: hands the numbering to another program (nl/awk through subprocess), whose one write is not this program's: refused.
import subprocess, sys
subprocess.run(["awk", '{printf "%d: %s\\n", NR, $0}', sys.argv[1]])
