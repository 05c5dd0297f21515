/* src/lib/passwd.c — uid -> name and gid -> name from the colon files.
 *
 *   /etc/passwd:  name:passwd:UID:GID:gecos:home:shell
 *   /etc/group:   name:passwd:GID:members
 *
 * Both keep the id in the third field. The first line with a given id wins,
 * as with glibc's getpwuid on "files".
 */
#include "sg.h"
#include "passwd.h"

struct idname {
	unsigned id;
	const char *name;
};

struct idtab {
	const char *path;
	int loaded;
	size_t n;
	struct idname *v;
	size_t last;		/* index of the last hit: ls asks for the same id again and again */
};

static struct idtab users = { "/etc/passwd", 0, 0, NULL, 0 };
static struct idtab groups = { "/etc/group", 0, 0, NULL, 0 };

/* The whole file into a NUL-terminated buffer that is never freed (the
 * table points into it). NULL if it cannot be read. */
static char *slurp(const char *path)
{
	long fd = sys_openat(AT_FDCWD, path, O_RDONLY | O_CLOEXEC, 0), r;
	size_t len = 0, cap = 16384;
	char *buf;

	if (fd < 0)
		return NULL;
	buf = malloc(cap);
	while (buf) {
		if (len + 1 == cap) {
			char *nb = realloc(buf, cap * 2);
			if (!nb) {
				free(buf);
				buf = NULL;
				break;
			}
			buf = nb, cap *= 2;
		}
		r = sys_read((int)fd, buf + len, cap - 1 - len);
		if (r == -EINTR)
			continue;
		if (r <= 0)
			break;
		len += (size_t)r;
	}
	sys_close((int)fd);
	if (buf)
		buf[len] = 0;
	return buf;
}

/* An id field as glibc's nss_files reads it (strtoul, base 10): blanks and
 * a sign may lead, digits must follow, then ':' or the end of the line.
 * Returns the byte after it, or NULL. */
static char *id_field(char *p, unsigned *id)
{
	uint64_t v = 0;
	bool neg = false, digits = false;

	while (*p == ' ' || (*p >= '\t' && *p <= '\r'))
		p++;
	if (*p == '+' || *p == '-')
		neg = *p++ == '-';
	for (; *p >= '0' && *p <= '9'; p++, digits = true)
		v = v * 10 + (uint64_t)(*p - '0');
	if (!digits || (*p != ':' && *p != 0))
		return NULL;
	*id = (unsigned)(neg ? -v : v);
	return *p ? p + 1 : p;
}

/* glibc's rules for a line: leading blanks skipped, '#' lines and empty
 * names ignored; name:passwd:id is enough for a group, a user needs
 * name:passwd:uid:gid; the last line needs no newline. */
static void load(struct idtab *t)
{
	char *buf = slurp(t->path), *line, *next;
	size_t cap = 0;

	t->loaded = 1;
	if (!buf)
		return;
	for (line = buf; *line; line = next) {
		char *p, *name;
		unsigned id, gid;

		next = strchr(line, '\n');
		next = next ? (*next = 0, next + 1) : line + strlen(line);
		for (p = line; *p == ' ' || (*p >= '\t' && *p <= '\r'); p++)
			;
		if (*p == 0 || *p == '#' || *p == ':')
			continue;
		name = p;
		if (!(p = strchr(p, ':')))
			continue;
		*p++ = 0;
		if (!(p = strchr(p, ':')))	/* the password field */
			continue;
		if (!(p = id_field(p + 1, &id)))
			continue;
		if (t == &users && !id_field(p, &gid))
			continue;
		if (t->n == cap) {
			struct idname *nv = realloc(t->v, (cap = cap ? cap * 2 : 64) * sizeof *nv);
			if (!nv)
				return;
			t->v = nv;
		}
		t->v[t->n].id = id;
		t->v[t->n].name = name;
		t->n++;
	}
}

static const char *lookup(struct idtab *t, unsigned id)
{
	if (!t->loaded)
		load(t);
	if (t->last < t->n && t->v[t->last].id == id)
		return t->v[t->last].name;
	for (size_t i = 0; i < t->n; i++)
		if (t->v[i].id == id) {
			t->last = i;
			return t->v[i].name;
		}
	return NULL;
}

const char *passwd_user(unsigned uid) { return lookup(&users, uid); }
const char *passwd_group(unsigned gid) { return lookup(&groups, gid); }
