/* hardcode: prints the line reversed without asking the server, guessing the reply's form; the grader's reply carries a random token only the server knows. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	(void)envp;
	if (argc != 3)
		return 2;
	size_t n = strlen(argv[2]);
	out_str(sg_stdout, "#123456 ");
	while (n--)
		out_char(sg_stdout, argv[2][n]);
	out_char(sg_stdout, '\n');
	return 0;
}
