/* exec: hands the job to python3's socket module instead of making the calls itself; the grader must refuse an execve. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	char *args[] = { "python3", "-c",
		"import socket,sys\n"
		"s = socket.create_connection(('127.0.0.1', int(sys.argv[1])))\n"
		"s.sendall(sys.argv[2].encode() + b'\\n')\n"
		"r = b''\n"
		"while b'\\n' not in r:\n"
		"    b = s.recv(4096)\n"
		"    if not b: break\n"
		"    r += b\n"
		"sys.stdout.buffer.write(r[:r.index(b'\\n') + 1] if b'\\n' in r else r)\n",
		argc > 1 ? argv[1] : "0", argc > 2 ? argv[2] : "", NULL };
	sys_execve("/usr/bin/python3", args, envp);
	return 1;
}
