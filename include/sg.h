/* include/sg.h — the one header a tool includes: the whole sysgate runtime.
 *
 *   sys.h    raw system calls (asm/syscall.asm), return -errno
 *   start.h  argc/argv/envp/auxv, getenv, exit         src/lib/start.c
 *   mem.h    memcpy memmove memset memcmp memchr       asm/mem.asm, src/lib/str.c
 *   str.h    strlen strcmp strchr ...                  src/lib/str.c
 *   out.h    buffered output, printf, snprintf         src/lib/out.c, src/lib/fmt.c
 *   err.h    errno names, glibc texts, error()         src/lib/err.c
 *   opt.h    GNU-style option parsing                  src/lib/opt.c
 *   num.h    parse_u64, parse_i64                      src/lib/num.c
 *   alloc.h  malloc calloc realloc free                src/lib/alloc.c
 *   sig.h    sig_action (SA_RESTORER), sig_name        src/lib/sig.c, asm/restore.asm
 *   vdso.h   the vDSO's clock_gettime                  src/lib/vdso.c
 *   tool.h   --help, --version, "Try ..." lines          src/lib/tool.c
 *   sort.h   stable merge sort of pointers / keyed records  src/lib/sort.c
 *   passwd.h uid/gid -> name from /etc/passwd, /etc/group   src/lib/passwd.c
 *   tz.h     local time: TZ, TZif files, POSIX TZ rules     src/lib/tz.c
 *   locale.h is the locale's character set UTF-8?          src/lib/locale.c
 *   quote.h  'operand' in messages, as GNU's quote/quoteaf  src/lib/quote.c
 *            (included by name: ls has quoting styles of its own)
 */
#ifndef SG_H
#define SG_H

#include <stddef.h>
#include <stdint.h>
#include <stdarg.h>
#include <stdbool.h>

#include "sys.h"
#include "start.h"
#include "mem.h"
#include "str.h"
#include "out.h"
#include "err.h"
#include "opt.h"
#include "num.h"
#include "alloc.h"
#include "sig.h"
#include "vdso.h"
#include "tool.h"
#include "sort.h"
#include "passwd.h"
#include "tz.h"
#include "locale.h"

#endif
