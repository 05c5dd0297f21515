/* Exercise 2: argv[0] is what the caller chose; /proc/self/exe is the file.
 *
 *   ex2-argv0     print two lines:
 *                   argv[0]: <argv[0]>
 *                   exe: <the target of the symbolic link /proc/self/exe>
 *
 * Anyone who starts a program picks its argv[0] (bash: exec -a NAME,
 * qemu: -0 NAME). The kernel's /proc/self/exe link names the file really
 * running — natively. Under qemu-user the file running is qemu itself, so
 * qemu answers readlink("/proc/self/exe") with the guest's path instead:
 * one of the many things an emulator must fake.
 * Read the link with readlinkat(AT_FDCWD, "/proc/self/exe", buf, size):
 * it returns the length and does NOT add a '\0'.
 * The grader runs it as `exec -a fake` natively and `qemu-x86_64 -0 fake`,
 * and wants "argv[0]: fake" and the binary's absolute path both times.
 */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	printf("argv[0]: %s\n", argv[0]);
	/* TODO: the exe line */
	return 0;
}
