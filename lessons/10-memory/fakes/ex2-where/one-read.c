/* wrong-edge: one read() of 4 KiB and no loop, so a map longer than that is cut short and the lines past the cut (often [stack], [vdso]) are never seen; the driver makes its map long. */
#include "sg.h"

static char maps[4097];

static unsigned long hex(const char **s)
{
	unsigned long v = 0;
	for (;; (*s)++) {
		char c = **s;
		if (c >= '0' && c <= '9')
			v = v * 16 + (unsigned long)(c - '0');
		else if (c >= 'a' && c <= 'f')
			v = v * 16 + (unsigned long)(c - 'a' + 10);
		else
			return v;
	}
}

int where(unsigned long addr, char *name, size_t n)
{
	long fd = sys_openat(AT_FDCWD, "/proc/self/maps", O_RDONLY, 0);
	if (fd < 0)
		return -1;
	long r = sys_read((int)fd, maps, 4096);
	sys_close((int)fd);
	maps[r > 0 ? r : 0] = 0;
	for (const char *s = maps; *s;) {
		const char *line = s;
		unsigned long start = hex(&s);
		s++;
		unsigned long end = hex(&s);
		const char *nl = strchr(line, '\n');
		if (!nl)
			nl = line + strlen(line);
		if (addr >= start && addr < end) {
			const char *p = s;
			for (int f = 0; f < 4; f++) {
				while (p < nl && *p == ' ')
					p++;
				while (p < nl && *p != ' ')
					p++;
			}
			while (p < nl && *p == ' ')
				p++;
			size_t k = (size_t)(nl - p) < n - 1 ? (size_t)(nl - p) : n - 1;
			memcpy(name, p, k);
			name[k] = 0;
			return 1;
		}
		s = *nl ? nl + 1 : nl;
	}
	return 0;
}
