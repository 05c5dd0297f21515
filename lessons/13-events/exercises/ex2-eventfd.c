/* Exercise 2: count with eventfd.
 *
 *   ex2-eventfd [N]...       each N in 0..18446744073709551614
 *
 * Make one eventfd, then fork one child per N: the child adds its N to the
 * counter (a write of 8 bytes) and exits. The parent waits for every child,
 * reads the counter once, and prints "sum S". The children's writes do the
 * adding: the parent never adds the numbers itself. No arguments, or only
 * zeros: the counter stays 0, and a read of a zero counter would block.
 * The numbers' sum is below 2^64 - 1.
 */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	/* TODO */
	return 1;
}
