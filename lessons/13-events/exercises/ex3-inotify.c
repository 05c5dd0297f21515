/* Exercise 3: react to a file appearing.
 *
 *   ex3-inotify DIR NAME
 *
 * Watch DIR with inotify for files created in it or moved into it, print
 * "ready" (and flush it: the grader waits for that line before it starts),
 * then wait. Other names come and go: ignore them. When NAME appears, print
 * "NAME appeared" and exit 0. Read the events as they are: a read returns
 * one or more struct inotify_event records, each 16 bytes plus its len
 * (the name, NUL-padded). No polling the directory (getdents64, stat...).
 */
#include "sg.h"
#include <linux/inotify.h>

int main(int argc, char **argv, char **envp)
{
	/* TODO */
	return 1;
}
