/* include/lscolors.h — LS_COLORS as dircolors writes it, and GNU ls's defaults (src/lib/lscolors.c). */
#ifndef SG_LSCOLORS_H
#define SG_LSCOLORS_H

#include <stddef.h>
#include <stdbool.h>

/* a byte string that may hold NULs (an escape sequence) */
struct bin_str {
	size_t len;
	const char *s;
};

/* The two-letter keys, in GNU's order. */
enum {
	C_LEFT, C_RIGHT, C_END, C_RESET, C_NORM, C_FILE, C_DIR, C_LINK, C_FIFO, C_SOCK,
	C_BLK, C_CHR, C_MISSING, C_ORPHAN, C_EXEC, C_DOOR, C_SETUID, C_SETGID,
	C_STICKY, C_OTHER_WRITABLE, C_STICKY_OTHER_WRITABLE, C_CAP, C_MULTIHARDLINK,
	C_CLR_TO_EOL, C_COUNT
};

struct color_ext {
	struct bin_str ext, seq;
	struct color_ext *next;
};

extern struct bin_str color_ind[C_COUNT];
extern struct color_ext *color_exts;	/* later definitions first; matched ignoring case */
extern bool color_symlink_as_referent;	/* ln=target */

/* Read LS_COLORS. Returns false when colour must be off: LS_COLORS unset
 * or empty and neither COLORTERM nor a TERM dircolors knows, or a value
 * that does not parse (then after GNU's error line). */
bool lscolors_init(void);
/* Set and not "", "0" or "00". */
bool is_colored(int type);

#endif
