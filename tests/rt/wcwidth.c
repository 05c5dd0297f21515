/* tests/rt/wcwidth.c — our table's answer for every code point, in the format of
 * tests/host/wcwidth.c (glibc's): "hex width print cntrl". */
#include "sg.h"
#include "uchar.h"

int main(int argc, char **argv, char **envp)
{
	for (uint32_t c = 1; c < 0x110000; c++) {
		int w = uc_width(c);
		out_printf(sg_stdout, "%x %d %d %d\n", c, w, w >= 0, uc_cntrl(c));
	}
	return 0;
}
