/* src/trace/keys.c — the kernel's key store: add_key, request_key, keyctl.
 * Commands, the special keyring ids and keyctl's structs from
 * <linux/keyctl.h>; each command's arguments as strace 6.1 shows them, what
 * the kernel fills in (descriptions, public-key results, capabilities) at
 * the exit. */
#include "trace.h"
#include <linux/keyctl.h>
#include "err.h"

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

/* a key's permissions (KEYCTL_SETPERM): the kernel's include/linux/key.h
 * and keyutils', not UAPI; possessor, user, group, other, six bits each */
static const struct xlat key_perms[] = {
	{ 0x01000000, "KEY_POS_VIEW" }, { 0x02000000, "KEY_POS_READ" },
	{ 0x04000000, "KEY_POS_WRITE" }, { 0x08000000, "KEY_POS_SEARCH" },
	{ 0x10000000, "KEY_POS_LINK" }, { 0x20000000, "KEY_POS_SETATTR" },
	{ 0x00010000, "KEY_USR_VIEW" }, { 0x00020000, "KEY_USR_READ" },
	{ 0x00040000, "KEY_USR_WRITE" }, { 0x00080000, "KEY_USR_SEARCH" },
	{ 0x00100000, "KEY_USR_LINK" }, { 0x00200000, "KEY_USR_SETATTR" },
	{ 0x00000100, "KEY_GRP_VIEW" }, { 0x00000200, "KEY_GRP_READ" },
	{ 0x00000400, "KEY_GRP_WRITE" }, { 0x00000800, "KEY_GRP_SEARCH" },
	{ 0x00001000, "KEY_GRP_LINK" }, { 0x00002000, "KEY_GRP_SETATTR" },
	{ 0x00000001, "KEY_OTH_VIEW" }, { 0x00000002, "KEY_OTH_READ" },
	{ 0x00000004, "KEY_OTH_WRITE" }, { 0x00000008, "KEY_OTH_SEARCH" },
	{ 0x00000010, "KEY_OTH_LINK" }, { 0x00000020, "KEY_OTH_SETATTR" }, XEND
};
static const struct xlat reqkey_defl[] = {
	X(KEY_REQKEY_DEFL_NO_CHANGE), X(KEY_REQKEY_DEFL_DEFAULT),
	X(KEY_REQKEY_DEFL_THREAD_KEYRING), X(KEY_REQKEY_DEFL_PROCESS_KEYRING),
	X(KEY_REQKEY_DEFL_SESSION_KEYRING), X(KEY_REQKEY_DEFL_USER_KEYRING),
	X(KEY_REQKEY_DEFL_USER_SESSION_KEYRING), X(KEY_REQKEY_DEFL_GROUP_KEYRING),
	X(KEY_REQKEY_DEFL_REQUESTOR_KEYRING), XEND
};
static const struct xlat move_flags[] = { X(KEYCTL_MOVE_EXCL), XEND };
static const struct xlat caps0[] = {
	X(KEYCTL_CAPS0_CAPABILITIES), X(KEYCTL_CAPS0_PERSISTENT_KEYRINGS),
	X(KEYCTL_CAPS0_DIFFIE_HELLMAN), X(KEYCTL_CAPS0_PUBLIC_KEY), X(KEYCTL_CAPS0_BIG_KEY),
	X(KEYCTL_CAPS0_INVALIDATE), X(KEYCTL_CAPS0_RESTRICT_KEYRING), X(KEYCTL_CAPS0_MOVE), XEND
};
static const struct xlat caps1[] = {
	X(KEYCTL_CAPS1_NS_KEYRING_NAME), X(KEYCTL_CAPS1_NS_KEY_TAG),
	X(KEYCTL_CAPS1_NOTIFICATIONS), XEND
};
static const struct xlat pkey_ops[] = {
	X(KEYCTL_SUPPORTS_ENCRYPT), X(KEYCTL_SUPPORTS_DECRYPT), X(KEYCTL_SUPPORTS_SIGN),
	X(KEYCTL_SUPPORTS_VERIFY), XEND
};

/* n bytes the kernel wrote as a C string: shown up to their NUL, cut at -s */
static void pr_cstr_buf(struct tcb *t, unsigned long addr, unsigned long n)
{
	if (!addr) {
		prs("NULL");
		return;
	}
	unsigned long want = n < (unsigned long)opt_strlen + 1 ? n : (unsigned long)opt_strlen + 1;
	unsigned char *b = malloc(want + 1);
	if (!b || umove_data(t->pid, addr, b, want ? want : 1) < 0) {
		free(b);
		pr_addr(addr);
		return;
	}
	unsigned long len = 0;
	while (len < want && b[len])
		len++;
	if (len > (unsigned long)opt_strlen) {
		quote_bytes(b, (size_t)opt_strlen, 0);
		prs("...");
	} else
		quote_bytes(b, len, 0);
	free(b);
}

/* DESCRIBE, READ, GET_SECURITY: a key, then what the kernel filled in: as
 * much as it says it wrote and the buffer holds */
static void keyctl_read(struct tcb *t)
{
	if (!t->exiting) {
		pr_key(t->a[1]);
		pr_sep();
		return;
	}
	unsigned long n = (unsigned long)t->ret < t->a[3] ? (unsigned long)t->ret : t->a[3];
	if (t_failed(t) || !t->a[2])
		pr_addr(t->a[2]);
	else if (t->a[0] == KEYCTL_READ)
		pr_buf(t, t->a[2], n);
	else
		pr_cstr_buf(t, t->a[2], n);
	pr(", %lu", t->a[3]);
}

/* an error code (KEYCTL_REJECT): by name, else unsigned */
static void pr_key_error(unsigned e)
{
	const char *n = errno_name((int)e);
	char num[16];

	snprintf(num, sizeof num, "%u", e);
	if (n && (int)e > 0)
		pr_named(num, n);
	else
		prs(num);
}

/* u32 reserved words, shown only when one is not 0: ", __spare=[0, 0x1]" */
static void pr_spare(const unsigned *w, int n)
{
	int i;

	for (i = 0; i < n && !w[i]; i++)
		;
	if (i == n)
		return;
	prs(", __spare=[");
	for (i = 0; i < n && pr_elem(i); i++)	/* an array: cut at -s */
		pr("%#x", w[i]);
	prs("]");
}

static void pr_dh_params(struct tcb *t, unsigned long addr)
{
	struct keyctl_dh_params p;

	if (!addr || umove(t->pid, addr, &p, sizeof p) < 0) {
		pr_addr(addr);
		return;
	}
	prs("{private=");
	pr_key((unsigned long)(long)p.priv);
	prs(", prime=");
	pr_key((unsigned long)(long)p.prime);
	prs(", base=");
	pr_key((unsigned long)(long)p.base);
	prs("}");
}

/* struct keyctl_kdf_params: otherinfo is a buffer of otherinfolen bytes,
 * its address when that is 0 */
static void pr_kdf_params(struct tcb *t, unsigned long addr)
{
	struct keyctl_kdf_params k;

	if (!addr || umove(t->pid, addr, &k, sizeof k) < 0) {
		pr_addr(addr);
		return;
	}
	prs("{hashname=");
	pr_str(t, (unsigned long)k.hashname);
	prs(", otherinfo=");
	if (k.otherinfolen)
		pr_buf(t, (unsigned long)k.otherinfo, k.otherinfolen);
	else
		pr_addr((unsigned long)k.otherinfo);
	pr(", otherinfolen=%u", k.otherinfolen);
	pr_spare(k.__spare, 8);
	prs("}");
}

/* KEYCTL_PKEY_{ENCRYPT,DECRYPT,SIGN,VERIFY}: params, info, in, then out
 * (filled in: at the exit) or, for VERIFY, the second input; the buffers'
 * sizes are in params, so an unreadable params leaves them addresses */
static void keyctl_pkey(struct tcb *t, unsigned cmd)
{
	struct keyctl_pkey_params p;
	int ok = t->a[1] && umove(t->pid, t->a[1], &p, sizeof p) == 0;

	if (t->exiting) {
		if (cmd == KEYCTL_PKEY_VERIFY)
			return;
		pr_sep();
		if (!ok || t_failed(t))
			pr_addr(t->a[4]);
		else
			pr_buf(t, t->a[4], (unsigned long)t->ret < p.out_len ? (unsigned long)t->ret : p.out_len);
		return;
	}
	if (!ok)
		pr_addr(t->a[1]);
	else {
		prs("{key_id=");
		pr_key((unsigned long)(long)p.key_id);
		pr(", in_len=%u, %s=%u", p.in_len, cmd == KEYCTL_PKEY_VERIFY ? "in2_len" : "out_len",
		   p.out_len);
		pr_spare(p.__spare, 7);
		prs("}");
	}
	pr_sep();
	pr_str(t, t->a[2]);
	pr_sep();
	if (ok)
		pr_buf(t, t->a[3], p.in_len);
	else
		pr_addr(t->a[3]);
	if (cmd != KEYCTL_PKEY_VERIFY)
		return;
	pr_sep();
	if (ok)
		pr_buf(t, t->a[4], p.in2_len);
	else
		pr_addr(t->a[4]);
}

/* KEYCTL_PKEY_QUERY: key, a reserved word, info, then the answer */
static void keyctl_pkey_query(struct tcb *t)
{
	struct keyctl_pkey_query q;

	if (!t->exiting) {
		pr_key(t->a[1]);
		pr_sep();
		pr_hex(t->a[2]);
		pr_sep();
		pr_str(t, t->a[3]);
		pr_sep();
		return;
	}
	if (t_failed(t) || !t->a[4] || umove(t->pid, t->a[4], &q, sizeof q) < 0) {
		pr_addr(t->a[4]);
		return;
	}
	prs("{supported_ops=");
	pr_flags_d(pkey_ops, q.supported_ops, "KEYCTL_SUPPORTS_???");
	pr(", key_size=%u, max_data_size=%u, max_sig_size=%u, max_enc_size=%u, max_dec_size=%u",
	   q.key_size, q.max_data_size, q.max_sig_size, q.max_enc_size, q.max_dec_size);
	pr_spare(q.__spare, 10);
	prs("}");
}

/* KEYCTL_CAPABILITIES: as many bytes as the kernel wrote and the buffer
 * holds, each a set of flags: [KEYCTL_CAPS0_..., KEYCTL_CAPS1_...] */
static void keyctl_caps(struct tcb *t)
{
	unsigned char b[256];

	if (!t->exiting)
		return;
	unsigned long n = (unsigned long)t->ret < t->a[2] ? (unsigned long)t->ret : t->a[2];
	if (n > sizeof b)
		n = sizeof b;
	if (t_failed(t) || !t->a[1] || umove(t->pid, t->a[1], b, n) < 0) {
		pr_addr(t->a[1]);
	} else {
		prs("[");
		for (unsigned long i = 0; i < n; i++) {
			if (!pr_elem((int)i))
				break;
			if (i < 2)
				pr_flags(i ? caps1 : caps0, b[i], NULL);
			else
				pr_hex(b[i]);
		}
		prs("]");
	}
	pr(", %lu", t->a[2]);
}

/* the commands that print something at the exit */
static int keyctl_exit(struct tcb *t, unsigned cmd)
{
	switch (cmd) {
	case KEYCTL_DESCRIBE: case KEYCTL_READ: case KEYCTL_GET_SECURITY:
		keyctl_read(t);
		return 1;
	case KEYCTL_PKEY_QUERY:
		keyctl_pkey_query(t);
		return 1;
	case KEYCTL_PKEY_ENCRYPT: case KEYCTL_PKEY_DECRYPT: case KEYCTL_PKEY_SIGN:
	case KEYCTL_PKEY_VERIFY:
		keyctl_pkey(t, cmd);
		return 1;
	case KEYCTL_CAPABILITIES:
		keyctl_caps(t);
		return 1;
	case KEYCTL_DH_COMPUTE:
		if (!t->exiting) {
			pr_dh_params(t, t->a[1]);
			pr_sep();
			return 1;
		}
		if (t_failed(t))
			pr_addr(t->a[2]);
		else
			pr_buf(t, t->a[2], (unsigned long)t->ret < t->a[3] ? (unsigned long)t->ret : t->a[3]);
		pr(", %lu, ", t->a[3]);
		pr_kdf_params(t, t->a[4]);
		return 1;
	}
	return 0;
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
	if (keyctl_exit(t, cmd) || t->exiting)
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
	case KEYCTL_CHOWN:
		pr_key(t->a[1]);
		pr_sep();
		pr_id(t->a[2]);
		pr_sep();
		pr_id(t->a[3]);
		break;
	case KEYCTL_SETPERM:
		pr_key(t->a[1]);
		pr_sep();
		pr_flags_d(key_perms, (unsigned)t->a[2], "KEY_???");
		break;
	case KEYCTL_INSTANTIATE:
		pr_key(t->a[1]);
		pr_sep();
		pr_buf(t, t->a[2], t->a[3]);
		pr(", %lu, ", t->a[3]);
		pr_key(t->a[4]);
		break;
	case KEYCTL_INSTANTIATE_IOV:
		pr_key(t->a[1]);
		pr_sep();
		pr_iov(t, t->a[2], t->a[3], ~0UL);
		pr(", %lu, ", t->a[3]);
		pr_key(t->a[4]);
		break;
	case KEYCTL_NEGATE:
		pr_key(t->a[1]);
		pr(", %u, ", (unsigned)t->a[2]);
		pr_key(t->a[3]);
		break;
	case KEYCTL_REJECT:
		pr_key(t->a[1]);
		pr(", %u, ", (unsigned)t->a[2]);
		pr_key_error((unsigned)t->a[3]);
		pr_sep();
		pr_key(t->a[4]);
		break;
	case KEYCTL_SET_REQKEY_KEYRING:
		pr_xlat_int(reqkey_defl, (long)t->a[1], "KEY_REQKEY_DEFL_???");
		break;
	case KEYCTL_GET_PERSISTENT:
		pr_id(t->a[1]);
		pr_sep();
		pr_key(t->a[2]);
		break;
	case KEYCTL_RESTRICT_KEYRING:
		pr_key(t->a[1]);
		pr_sep();
		pr_str(t, t->a[2]);
		pr_sep();
		pr_str(t, t->a[3]);
		break;
	case KEYCTL_MOVE:
		pr_key(t->a[1]);
		pr_sep();
		pr_key(t->a[2]);
		pr_sep();
		pr_key(t->a[3]);
		pr_sep();
		pr_flags_d(move_flags, (unsigned)t->a[4], "KEYCTL_MOVE_???");
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
