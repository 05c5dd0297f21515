/* include/locale.h — which character set the user's locale asks for (src/lib/locale.c). */
#ifndef SG_LOCALE_H
#define SG_LOCALE_H

#include <stdbool.h>

/* True when LC_ALL, else LC_CTYPE, else LANG (the first one set and not
 * empty, as glibc's setlocale(LC_ALL, "") picks) names a UTF-8 locale that
 * is installed. A missing locale leaves glibc's programs in "C": so do we. */
bool locale_utf8(void);

#endif
