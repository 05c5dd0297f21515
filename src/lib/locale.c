/* src/lib/locale.c — which locale glibc's setlocale(LC_ALL, "") would load.
 *
 * Each category's name is LC_ALL, else LC_<category>, else LANG, else "C"
 * (empty values count as unset). glibc loads all of them or, if any one is
 * not installed, none: the program then stays in "C". A locale is installed
 * when /usr/lib/locale/NAME/ exists or the locale archive lists NAME, with
 * its codeset written as given or normalized ("UTF-8" -> "utf8"). Only the
 * character set matters to us: UTF-8 or not.
 */
#include "sg.h"
#include "uchar.h"
#include "quotearg.h"

bool sg_utf8, sg_hard_time, sg_hard_collate;

static const char *const categories[] = {
	"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES",
	"LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION",
};

static const char *category_name(const char *cat)
{
	const char *s = getenv("LC_ALL");
	if (s && *s)
		return s;
	if ((s = getenv(cat)) && *s)
		return s;
	if ((s = getenv("LANG")) && *s)
		return s;
	return "C";
}

static bool is_c(const char *s)
{
	return strcmp(s, "C") == 0 || strcmp(s, "POSIX") == 0;
}

/* "en_US.UTF-8@euro" -> "en_US.utf8@euro" (glibc's _nl_normalize_codeset) */
static void normalize(char *out, size_t size, const char *name)
{
	const char *dot = strchr(name, '.');
	size_t n = 0;

	if (!dot) {
		strlcpy(out, name, size);
		return;
	}
	const char *at = strchr(dot, '@');
	const char *end = at ? at : dot + strlen(dot);
	bool digits_only = true;
	for (const char *p = dot + 1; p < end; p++)
		if ((*p | 32) >= 'a' && (*p | 32) <= 'z')
			digits_only = false;
	for (const char *p = name; p <= dot && n + 1 < size; p++)
		out[n++] = *p;
	if (digits_only)
		for (const char *p = "iso"; *p && n + 1 < size; p++)
			out[n++] = *p;
	for (const char *p = dot + 1; p < end && n + 1 < size; p++) {
		char c = *p;
		if (c >= 'A' && c <= 'Z')
			out[n++] = (char)(c | 32);
		else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			out[n++] = c;
	}
	out[n] = 0;
	if (at)
		strlcpy(out + n, at, size - n);
}

/* The archive's header and name table (glibc's locarchive.h). */
struct locarhead {
	uint32_t magic, serial, namehash_offset, namehash_used, namehash_size;
};
struct namehashent {
	uint32_t hashval, name_offset, locrec_offset;
};

static bool in_archive(const char *name)
{
	static const char *map;
	static size_t len;
	static bool tried;

	if (!tried) {
		tried = true;
		long fd = sys_openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY | O_CLOEXEC, 0);
		struct stat st;
		if (fd >= 0 && sys_fstat((int)fd, &st) == 0 && st.st_size > (off_t)sizeof(struct locarhead)) {
			long r = sys_mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, (int)fd, 0);
			if (!sys_failed(r))
				map = (const char *)r, len = (size_t)st.st_size;
		}
		if (fd >= 0)
			sys_close((int)fd);
	}
	if (!map)
		return false;
	const struct locarhead *h = (const struct locarhead *)map;
	if (h->namehash_offset > len || (uint64_t)h->namehash_size * sizeof(struct namehashent) > len - h->namehash_offset)
		return false;
	const struct namehashent *e = (const struct namehashent *)(map + h->namehash_offset);
	size_t nl = strlen(name);
	for (uint32_t i = 0; i < h->namehash_size; i++)
		if (e[i].name_offset && e[i].name_offset < len && len - e[i].name_offset > nl &&
		    memcmp(map + e[i].name_offset, name, nl + 1) == 0)
			return true;
	return false;
}

static bool installed(const char *name)
{
	char norm[256], path[300];
	struct stat st;

	if (is_c(name))
		return true;
	if (strchr(name, '/') || strlen(name) > 200)
		return false;
	normalize(norm, sizeof norm, name);
	if (in_archive(name) || in_archive(norm))
		return true;
	snprintf(path, sizeof path, "/usr/lib/locale/%s/LC_CTYPE", name);
	if (sys_newfstatat(AT_FDCWD, path, &st, 0) == 0)
		return true;
	snprintf(path, sizeof path, "/usr/lib/locale/%s/LC_CTYPE", norm);
	return sys_newfstatat(AT_FDCWD, path, &st, 0) == 0;
}

static bool utf8_name(const char *name)
{
	char norm[256];
	normalize(norm, sizeof norm, name);
	const char *dot = strchr(norm, '.');
	return dot && strncmp(dot + 1, "utf8", 4) == 0 && (dot[5] == 0 || dot[5] == '@');
}

bool locale_init(void)
{
	const char *names[sizeof categories / sizeof categories[0]];
	const char *checked = NULL;

	for (size_t i = 0; i < sizeof categories / sizeof categories[0]; i++) {
		names[i] = category_name(categories[i]);
		if (checked && strcmp(checked, names[i]) == 0)
			continue;	/* the usual case: one name for all */
		if (!installed(names[i]))
			return sg_utf8 = false;
		checked = names[i];
	}
	sg_hard_time = !is_c(names[2]);
	sg_hard_collate = !is_c(names[3]);
	return sg_utf8 = !is_c(names[0]) && utf8_name(names[0]);
}
