/* Another answer: d_type indexes a 16-letter table (d_type is st_mode's type
 * bits shifted down by 12, so 0..15), and "." and ".." are recognised by
 * their bytes. */
#include "sg.h"
#include "dirent64.h"

static char buf[4096] __attribute__((aligned(8)));
/*                          0   1   2   3   4   5   6   7   8   9  10  11  12  13  14  15 */
static const char letters[] = "UpcUdUbUfUlUsUUU";

int main(int argc, char **argv, char **envp)
{
	if (argc != 2)
		error(2, 0, "usage: ex2-types DIR");
	long fd = sys_openat(AT_FDCWD, argv[1], O_RDONLY | O_DIRECTORY, 0);
	if (fd < 0)
		error(1, (int)-fd, "%s", argv[1]);
	long n;
	while ((n = sys_getdents64((int)fd, buf, sizeof buf)) > 0)
		for (char *p = buf; p < buf + n; p += ((struct linux_dirent64 *)p)->d_reclen) {
			struct linux_dirent64 *d = (struct linux_dirent64 *)p;
			const char *s = d->d_name;
			if (s[0] == '.' && (s[1] == '\0' || (s[1] == '.' && s[2] == '\0')))
				continue;
			printf("%c %s\n", letters[d->d_type & 15], s);
		}
	if (n < 0)
		error(1, (int)-n, "reading %s", argv[1]);
	sys_close((int)fd);
	return 0;
}
