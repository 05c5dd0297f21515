/* exec: runs a Python echo server (selectors) in its place; the grader must refuse an execve. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	char *args[] = { "python3", "-c",
		"import socket,selectors,sys\n"
		"l = socket.socket(); l.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n"
		"l.bind(('127.0.0.1', int(sys.argv[1]))); l.listen()\n"
		"sel = selectors.DefaultSelector(); sel.register(l, selectors.EVENT_READ)\n"
		"n = 0; live = 0\n"
		"while n < 2 or live:\n"
		"    for k, _ in sel.select():\n"
		"        if k.fileobj is l:\n"
		"            c, _ = l.accept(); sel.register(c, selectors.EVENT_READ); n += 1; live += 1\n"
		"        else:\n"
		"            b = k.fileobj.recv(4096)\n"
		"            if b: k.fileobj.sendall(b)\n"
		"            else: sel.unregister(k.fileobj); k.fileobj.close(); live -= 1\n",
		argc > 1 ? argv[1] : "0", NULL };
	sys_execve("/usr/bin/python3", args, envp);
	return 1;
}
