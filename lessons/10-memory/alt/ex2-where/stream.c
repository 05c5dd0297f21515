/* Exercise 2 another way: the map is read 64 bytes at a time and parsed as a stream, one field after another, never held whole. */
#include "sg.h"

struct rd { int fd; char buf[64]; long len, pos; };

static int getc_rd(struct rd *r)
{
	if (r->pos == r->len) {
		r->len = sys_read(r->fd, r->buf, sizeof r->buf);
		r->pos = 0;
		if (r->len <= 0)
			return -1;
	}
	return (unsigned char)r->buf[r->pos++];
}

static int digit(int c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

int where(unsigned long addr, char *name, size_t n)
{
	struct rd r = { (int)sys_openat(AT_FDCWD, "/proc/self/maps", O_RDONLY | O_CLOEXEC, 0), { 0 }, 0, 0 };
	int c, found = 0;

	if (r.fd < 0)
		return -1;
	while (!found) {
		unsigned long lo = 0, hi = 0;
		while ((c = getc_rd(&r)) >= 0 && digit(c) >= 0)
			lo = lo * 16 + (unsigned long)digit(c);
		if (c < 0)
			break;
		while ((c = getc_rd(&r)) >= 0 && digit(c) >= 0)
			hi = hi * 16 + (unsigned long)digit(c);
		/* four more fields, then the name up to the newline */
		for (int f = 0; f < 4; f++) {
			while (c == ' ')
				c = getc_rd(&r);
			while (c >= 0 && c != ' ' && c != '\n')
				c = getc_rd(&r);
		}
		while (c == ' ')
			c = getc_rd(&r);
		size_t k = 0;
		found = addr >= lo && addr < hi;
		while (c >= 0 && c != '\n') {
			if (found && k + 1 < n)
				name[k++] = (char)c;
			c = getc_rd(&r);
		}
		if (found)
			name[k] = 0;
		if (c < 0)
			break;
	}
	sys_close(r.fd);
	return found;
}
