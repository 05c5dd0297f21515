/* include/passwd.h — user and group names from /etc/passwd and /etc/group (src/lib/passwd.c).
 *
 * Each file is read once, on first use, and kept: a lookup is then a scan
 * of a small table with the last hit remembered. Only the files are read:
 * no NSS (LDAP, systemd-userdb); those users show as numbers.
 */
#ifndef SG_PASSWD_H
#define SG_PASSWD_H

/* The name for uid/gid, or NULL when the file has no such entry. */
const char *passwd_user(unsigned uid);
const char *passwd_group(unsigned gid);

#endif
