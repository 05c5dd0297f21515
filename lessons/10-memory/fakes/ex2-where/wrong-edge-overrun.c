/* wrong-edge: copies the whole name whatever n says, so a name longer than the caller's buffer overruns it; where() must cut to n - 1 bytes and a NUL. */
#include "sg.h"

static char maps[1 << 18];

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
	long fd = sys_openat(AT_FDCWD, "/proc/self/maps", O_RDONLY | O_CLOEXEC, 0);
	size_t len = 0;
	long r;

	if (fd < 0)
		return -1;
	while (len < sizeof maps - 1 && (r = sys_read((int)fd, maps + len, sizeof maps - 1 - len)) > 0)
		len += (size_t)r;
	sys_close((int)fd);
	maps[len] = 0;
	for (const char *s = maps; *s;) {
		const char *line = s;
		unsigned long start = hex(&s);
		s++;	/* '-' */
		unsigned long end = hex(&s);
		const char *nl = strchr(line, '\n');
		if (!nl)
			nl = line + strlen(line);
		if (addr >= start && addr < end) {
			/* the name: after the fifth field, spaces skipped */
			const char *p = s;
			for (int f = 0; f < 4; f++) {
				while (p < nl && *p == ' ')
					p++;
				while (p < nl && *p != ' ')
					p++;
			}
			while (p < nl && *p == ' ')
				p++;
			size_t k = (size_t)(nl - p);
			(void)n;
			memcpy(name, p, k);
			name[k] = 0;
			return 1;
		}
		s = *nl ? nl + 1 : nl;
	}
	return 0;
}
