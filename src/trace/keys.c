/* src/trace/keys.c — the kernel's key store: add_key, request_key, keyctl.
 * Commands and the special keyring ids from <linux/keyctl.h>. */
#include "trace.h"
#include <linux/keyctl.h>

static const struct xlat key_spec[] = {
	X(KEY_SPEC_THREAD_KEYRING), X(KEY_SPEC_PROCESS_KEYRING), X(KEY_SPEC_SESSION_KEYRING),
	X(KEY_SPEC_USER_KEYRING), X(KEY_SPEC_USER_SESSION_KEYRING), X(KEY_SPEC_GROUP_KEYRING),
	X(KEY_SPEC_REQKEY_AUTH_KEY), X(KEY_SPEC_REQUESTOR_KEYRING), XEND
};

static const struct xlat keyctl_cmds[] = {
	X(KEYCTL_GET_KEYRING_ID), X(KEYCTL_JOIN_SESSION_KEYRING), X(KEYCTL_UPDATE),
	X(KEYCTL_REVOKE), X(KEYCTL_CHOWN), X(KEYCTL_SETPERM), X(KEYCTL_DESCRIBE),
	X(KEYCTL_CLEAR), X(KEYCTL_LINK), X(KEYCTL_UNLINK), X(KEYCTL_SEARCH), X(KEYCTL_READ),
	X(KEYCTL_INSTANTIATE), X(KEYCTL_NEGATE), X(KEYCTL_SET_REQKEY_KEYRING),
	X(KEYCTL_SET_TIMEOUT), X(KEYCTL_ASSUME_AUTHORITY), X(KEYCTL_GET_SECURITY),
	X(KEYCTL_SESSION_TO_PARENT), X(KEYCTL_REJECT), X(KEYCTL_INSTANTIATE_IOV),
	X(KEYCTL_INVALIDATE), X(KEYCTL_GET_PERSISTENT), X(KEYCTL_DH_COMPUTE),
	X(KEYCTL_PKEY_QUERY), X(KEYCTL_PKEY_ENCRYPT), X(KEYCTL_PKEY_DECRYPT),
	X(KEYCTL_PKEY_SIGN), X(KEYCTL_PKEY_VERIFY), X(KEYCTL_RESTRICT_KEYRING),
	X(KEYCTL_MOVE), X(KEYCTL_CAPABILITIES), X(KEYCTL_WATCH_KEY), XEND
};

/* a key's serial number: the special ids by name, others as int */
static void pr_key(unsigned long id)
{
	pr_xlat_int(key_spec, (long)id, NULL);
}

static void dec_add_key(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_str(t, t->a[0]);
	pr_sep();
	pr_str(t, t->a[1]);
	pr_sep();
	pr_buf(t, t->a[2], t->a[3]);
	pr(", %lu, ", t->a[3]);
	pr_key(t->a[4]);
}

static void dec_request_key(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_str(t, t->a[0]);
	pr_sep();
	pr_str(t, t->a[1]);
	pr_sep();
	pr_str(t, t->a[2]);
	pr_sep();
	pr_key(t->a[3]);
}

/* DESCRIBE, READ, GET_SECURITY: a key, then what the kernel filled in */
static void keyctl_read(struct tcb *t)
{
	if (!t->exiting) {
		pr_key(t->a[1]);
		pr_sep();
		return;
	}
	if (t_failed(t) || !t->a[2])
		pr_addr(t->a[2]);
	else if (t->a[0] == KEYCTL_READ)
		pr_buf(t, t->a[2], (unsigned long)t->ret < t->a[3] ? (unsigned long)t->ret : t->a[3]);
	else
		pr_str(t, t->a[2]);
	pr(", %lu", t->a[3]);
}

static void dec_keyctl(struct tcb *t)
{
	unsigned cmd = (unsigned)t->a[0];

	if (!t->exiting) {
		pr_xlat(keyctl_cmds, cmd, "%#x", "KEYCTL_???");
		if (cmd == KEYCTL_SESSION_TO_PARENT)
			return;
		pr_sep();
	}
	switch (cmd) {
	case KEYCTL_DESCRIBE: case KEYCTL_READ: case KEYCTL_GET_SECURITY:
		keyctl_read(t);
		return;
	}
	if (t->exiting)
		return;
	switch (cmd) {
	case KEYCTL_GET_KEYRING_ID:
		pr_key(t->a[1]);
		pr(", %d", (int)t->a[2]);
		break;
	case KEYCTL_JOIN_SESSION_KEYRING:
		pr_str(t, t->a[1]);
		break;
	case KEYCTL_UPDATE:
		pr_key(t->a[1]);
		pr_sep();
		pr_buf(t, t->a[2], t->a[3]);
		pr(", %lu", t->a[3]);
		break;
	case KEYCTL_REVOKE: case KEYCTL_CLEAR: case KEYCTL_INVALIDATE:
	case KEYCTL_ASSUME_AUTHORITY:
		pr_key(t->a[1]);
		break;
	case KEYCTL_LINK: case KEYCTL_UNLINK:
		pr_key(t->a[1]);
		pr_sep();
		pr_key(t->a[2]);
		break;
	case KEYCTL_SEARCH:
		pr_key(t->a[1]);
		pr_sep();
		pr_str(t, t->a[2]);
		pr_sep();
		pr_str(t, t->a[3]);
		pr_sep();
		pr_key(t->a[4]);
		break;
	case KEYCTL_SET_TIMEOUT:
		pr_key(t->a[1]);
		pr(", %u", (unsigned)t->a[2]);
		break;
	default:
		pr("%#lx, %#lx, %#lx, %#lx", t->a[1], t->a[2], t->a[3], t->a[4]);
		break;
	}
}

void keys_init(void)
{
	sys_set("add_key", 5, dec_add_key, R_DEC);
	sys_set("request_key", 4, dec_request_key, R_DEC);
	sys_set("keyctl", 5, dec_keyctl, R_DEC);
}
