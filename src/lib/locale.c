/* src/lib/locale.c — is the character set UTF-8?
 *
 * GNU tools call setlocale(LC_ALL, ""). glibc then takes the first of
 * LC_ALL, LC_CTYPE, LANG that is set and not empty, and loads that locale
 * from /usr/lib/locale — either a folder named with the codeset normalised
 * ("en_US.UTF-8" is stored as "en_US.utf8") or an entry of locale-archive.
 * If it is not installed, setlocale fails and the program stays in "C"
 * (ASCII quotes, bytes >= 0x80 unprintable). C.UTF-8 is a folder on Debian.
 * Only the character set matters to us: collation is not done.
 */
#include "sg.h"
#include "locale.h"

/* "en_US.UTF-8@euro" -> "en_US.utf8@euro"; false if the codeset is not UTF-8 */
static bool normalise(const char *name, char *out, size_t size)
{
	const char *dot = strchr(name, '.'), *at;
	char cs[16];
	size_t n = 0;

	if (!dot)
		return false;
	at = strchr(dot, '@');
	for (const char *p = dot + 1; *p && p != at; p++)
		if (*p != '-' && *p != '_' && n < sizeof cs - 1)
			cs[n++] = (*p >= 'A' && *p <= 'Z') ? (char)(*p + 32) : *p;
	cs[n] = 0;
	if (strcmp(cs, "utf8") != 0)
		return false;
	return snprintf(out, size, "%.*s.utf8%s", (int)(dot - name), name, at ? at : "") < (int)size;
}

/* the archive holds each locale's name NUL-terminated in its name table */
static bool in_archive(const char *norm)
{
	static char buf[65536];
	size_t n = strlen(norm) + 1;
	long fd = sys_open("/usr/lib/locale/locale-archive", O_RDONLY | O_CLOEXEC, 0), r;
	bool found = false;

	if (fd < 0)
		return false;
	/* names sit in the first part of the file; reading 1 MiB is plenty */
	for (int k = 0; k < 16 && !found && (r = sys_read((int)fd, buf, sizeof buf)) > 0; k++)
		for (long i = 0; i + (long)n <= r && !found; i++)
			found = buf[i] == norm[0] && memcmp(buf + i, norm, n) == 0 &&
				(i == 0 || buf[i - 1] == 0);
	sys_close((int)fd);
	return found;
}

bool locale_utf8(void)
{
	static int known = -1;
	const char *vars[] = { "LC_ALL", "LC_CTYPE", "LANG" }, *v = NULL;
	char norm[256], path[300];
	struct stat st;

	if (known >= 0)
		return known;
	for (int i = 0; i < 3 && !v; i++)
		if ((v = getenv(vars[i])) && !*v)
			v = NULL;
	known = 0;
	if (v && !strchr(v, '/') && normalise(v, norm, sizeof norm)) {
		snprintf(path, sizeof path, "/usr/lib/locale/%s/LC_CTYPE", norm);
		known = sys_newfstatat(AT_FDCWD, path, &st, 0) == 0 || in_archive(norm);
	}
	return known;
}
