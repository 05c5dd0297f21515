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

/* bytes of p before any byte of stop (strcspn) */
static size_t span_to(const char *p, const char *stop)
{
	size_t n = 0;
	while (p[n] && !strchr(stop, p[n]))
		n++;
	return n;
}

static bool exists(const char *name)
{
	char path[300];
	struct stat st;

	if (in_archive(name))
		return true;
	snprintf(path, sizeof path, "/usr/lib/locale/%s/LC_CTYPE", name);
	return sys_newfstatat(AT_FDCWD, path, &st, 0) == 0;
}

/* Is the locale installed, under its name or one glibc falls back to
 * (language[_territory][.codeset][@modifier] with parts left out, the
 * codeset as given or normalized)? *utf8 gets the found name's charset. */
static bool installed(const char *name, bool *utf8)
{
	char lang[64], terr[64], cs[64], ncs[64], mod[64], try[256];
	const char *p = name;
	size_t n;

	*utf8 = false;
	if (is_c(name))
		return true;
	if (strchr(name, '/') || strlen(name) > 200)
		return false;
	lang[0] = terr[0] = cs[0] = mod[0] = 0;
	n = span_to(p, "_.@");
	if (n >= sizeof lang)
		return false;
	memcpy(lang, p, n), lang[n] = 0, p += n;
	if (*p == '_') {
		n = span_to(++p, ".@");
		if (n >= sizeof terr)
			return false;
		memcpy(terr, p, n), terr[n] = 0, p += n;
	}
	if (*p == '.') {
		n = span_to(++p, "@");
		if (n >= sizeof cs)
			return false;
		memcpy(cs, p, n), cs[n] = 0, p += n;
	}
	if (*p == '@')
		strlcpy(mod, p + 1, sizeof mod);
	char full[256];
	snprintf(full, sizeof full, "x.%s", cs);
	normalize(try, sizeof try, full);
	strlcpy(ncs, try + 2, sizeof ncs);
	/* most specific first: modifier, territory, codeset (normalized first) */
	for (int mask = 7; mask >= 0; mask--) {
		bool m = mask & 4, t = mask & 2, c = mask & 1;
		if ((m && !mod[0]) || (t && !terr[0]) || (c && !cs[0]))
			continue;
		for (int k = 0; k < (c ? 2 : 1); k++) {
			const char *code = k == 0 ? ncs : cs;
			if (k == 1 && strcmp(ncs, cs) == 0)
				continue;
			snprintf(try, sizeof try, "%s%s%s%s%s%s%s", lang, t ? "_" : "", t ? terr : "", c ? "." : "",
				 c ? code : "", m ? "@" : "", m ? mod : "");
			if (exists(try)) {
				*utf8 = c && strcmp(ncs, "utf8") == 0;
				return true;
			}
		}
	}
	return false;
}

bool locale_init(void)
{
	const char *names[sizeof categories / sizeof categories[0]];
	const char *checked = NULL;
	bool utf8 = false, u;

	for (size_t i = 0; i < sizeof categories / sizeof categories[0]; i++) {
		names[i] = category_name(categories[i]);
		if (checked && strcmp(checked, names[i]) == 0) {
			if (i == 0)
				utf8 = u;
			continue;	/* the usual case: one name for all */
		}
		if (!installed(names[i], &u))
			return sg_utf8 = false;
		if (i == 0)
			utf8 = u;
		checked = names[i];
	}
	sg_hard_time = !is_c(names[2]);
	sg_hard_collate = !is_c(names[3]);
	return sg_utf8 = utf8;
}
