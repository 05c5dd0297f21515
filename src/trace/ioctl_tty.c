/* src/trace/ioctl_tty.c — the terminal's requests ('T', ioctl_tty(2)):
 * struct termios, termio and termios2 (TCGETS/TCSETS*, TCGETA/TCSETA*,
 * TCGETS2/TCSETS2*, the locked ones), the window size, the modem lines,
 * int arguments in and out, and the few that take a number or nothing. */
#include "ioctl.h"
#include <linux/tty.h>

/* The four flag words, as strace shows them:
 *   {c_iflag=ICRNL|IXON, c_oflag=NL0|CR0|...|OPOST|ONLCR, c_cflag=B38400|CS8|CREAD, c_lflag=..., ...}
 * The delay fields of c_oflag (NLDLY, CRDLY...) and the speeds and
 * character size of c_cflag are small numbers, printed by name first. */
static const struct xlat iflags[] = {
	X(IGNBRK), X(BRKINT), X(IGNPAR), X(PARMRK), X(INPCK), X(ISTRIP), X(INLCR), X(IGNCR),
	X(ICRNL), X(IUCLC), X(IXON), X(IXANY), X(IXOFF), X(IMAXBEL), X(IUTF8), XEND
};
static const struct xlat oflags[] = {
	X(OPOST), X(OLCUC), X(ONLCR), X(OCRNL), X(ONOCR), X(ONLRET), X(OFILL), X(OFDEL), XEND
};
static const struct xlat cflags[] = {
	X(CSTOPB), X(CREAD), X(PARENB), X(PARODD), X(HUPCL), X(CLOCAL), X(CMSPAR), X(CRTSCTS),
	XEND
};
static const struct xlat lflags[] = {
	X(ISIG), X(ICANON), X(XCASE), X(ECHO), X(ECHOE), X(ECHOK), X(ECHONL), X(NOFLSH),
	X(IEXTEN), X(ECHOCTL), X(ECHOPRT), X(ECHOKE), X(FLUSHO), X(PENDIN), X(TOSTOP),
	X(EXTPROC), XEND
};
static const struct xlat bauds[] = {
	X(B0), X(B50), X(B75), X(B110), X(B134), X(B150), X(B200), X(B300), X(B600), X(B1200),
	X(B1800), X(B2400), X(B4800), X(B9600), X(B19200), X(B38400), X(B57600), X(B115200),
	X(B230400), X(B460800), X(B500000), X(B576000), X(B921600), X(B1000000), X(B1152000),
	X(B1500000), X(B2000000), X(B2500000), X(B3000000), X(B3500000), X(B4000000), XEND
};
static const struct xlat csizes[] = { X(CS5), X(CS6), X(CS7), X(CS8), XEND };
/* -v: the line discipline and the control characters */
static const struct xlat ldiscs[] = {
	X(N_TTY), X(N_SLIP), X(N_MOUSE), X(N_PPP), X(N_STRIP), X(N_AX25), X(N_X25), X(N_6PACK),
	X(N_MASC), X(N_R3964), X(N_PROFIBUS_FDL), X(N_IRDA), X(N_SMSBLOCK), X(N_HDLC),
	X(N_SYNC_PPP), X(N_HCI), X(N_GIGASET_M101), X(N_SLCAN), X(N_PPS), X(N_V253), X(N_CAIF),
	X(N_GSM0710), X(N_TI_WL), X(N_TRACESINK), X(N_TRACEROUTER), X(N_NCI), X(N_SPEAKUP),
	X(N_NULL), X(N_MCTP), X(N_DEVELOPMENT), XEND
};
static const struct xlat cc_names[] = {
	X(VINTR), X(VQUIT), X(VERASE), X(VKILL), X(VEOF), X(VTIME), X(VMIN), X(VSWTC),
	X(VSTART), X(VSTOP), X(VSUSP), X(VEOL), X(VREPRINT), X(VDISCARD), X(VWERASE),
	X(VLNEXT), X(VEOL2), XEND
};
static const struct xlat modem_bits[] = {
	X(TIOCM_LE), X(TIOCM_DTR), X(TIOCM_RTS), X(TIOCM_ST), X(TIOCM_SR), X(TIOCM_CTS),
	X(TIOCM_CAR), X(TIOCM_RNG), X(TIOCM_DSR), X(TIOCM_OUT1), X(TIOCM_OUT2), X(TIOCM_LOOP),
	XEND
};
static const struct xlat flush_queues[] = { X(TCIFLUSH), X(TCOFLUSH), X(TCIOFLUSH), XEND };
static const struct xlat flow_actions[] = { X(TCOOFF), X(TCOON), X(TCIOFF), X(TCION), XEND };

/* what termios, termio and termios2 have in common, widened */
struct tio {
	unsigned iflag, oflag, cflag, lflag;
	unsigned char line, cc[NCCS];
	unsigned ncc;
	int speeds;			/* termios2: c_ispeed, c_ospeed follow */
	unsigned ispeed, ospeed;
};

/* a flag word: strace prints nothing at all for 0, in every -X style */
static void pr_tflags(const struct xlat *x, unsigned v)
{
	if (v)
		pr_flags(x, v, NULL);
}

/* a delay field of c_oflag: its name (-X verbose: the bits, the name) */
static void pr_delay(unsigned o, unsigned mask, unsigned one, const char *const names[])
{
	pr_named_hex(o & mask, names[(o & mask) / one]);
	prs("|");
}

/* c_oflag: the six delay fields always, then the flags ("" when none:
 * strace leaves the '|' before them) */
static void pr_oflag(unsigned o)
{
	static const char *const nl[] = { "NL0", "NL1" }, *const cr[] = { "CR0", "CR1", "CR2", "CR3" },
		*const tab[] = { "TAB0", "TAB1", "TAB2", "XTABS" }, *const bs[] = { "BS0", "BS1" },
		*const vt[] = { "VT0", "VT1" }, *const ff[] = { "FF0", "FF1" };

	pr_delay(o, NLDLY, NL1, nl);
	pr_delay(o, CRDLY, CR1, cr);
	pr_delay(o, TABDLY, TAB1, tab);
	pr_delay(o, BSDLY, BS1, bs);
	pr_delay(o, VTDLY, VT1, vt);
	pr_delay(o, FFDLY, FF1, ff);
	pr_tflags(oflags, o & ~(unsigned)(NLDLY | CRDLY | TABDLY | BSDLY | VTDLY | FFDLY));
}

/* c_cflag: the output speed, the input speed shifted (only when set), the
 * character size, then the flags */
static void pr_cflag(unsigned c)
{
	pr_xlat(bauds, c & CBAUD, "%#x", NULL);
	prs("|");
	if (c & CIBAUD) {
		pr_xlat(bauds, (c & CIBAUD) >> IBSHIFT, "%#x", NULL);
		prs("<<");
		pr_named_hex(IBSHIFT, "IBSHIFT");
		prs("|");
	}
	pr_xlat(csizes, c & CSIZE, "%#x", NULL);
	prs("|");
	pr_tflags(cflags, c & ~(unsigned)(CBAUD | CIBAUD | CSIZE));
}

static void pr_tio(struct tcb *t, const struct tio *s)
{
	prs("{c_iflag=");
	pr_tflags(iflags, s->iflag);
	prs(", c_oflag=");
	pr_oflag(s->oflag);
	prs(", c_cflag=");
	pr_cflag(s->cflag);
	prs(", c_lflag=");
	pr_tflags(lflags, s->lflag);
	if (abbrev(t)) {
		prs(", ...}");
		return;
	}
	prs(", c_line=");
	pr_xlat(ldiscs, s->line, "%#x", "N_???");
	prs(", c_cc=[");
	for (unsigned i = 0; i < s->ncc; i++) {
		const char *n = xlat_name(cc_names, i);
		prs(i ? ", [" : "[");
		if (n)
			prs(n);	/* by name even with -X raw or verbose */
		else
			pr("%u", i);
		pr("]=%#x", s->cc[i]);
	}
	prs("]");
	if (s->speeds)
		pr(", c_ispeed=%u, c_ospeed=%u", s->ispeed, s->ospeed);
	prs("}");
}

/* Which struct a request takes: termio (TCGETA, TCSETA*), the old one with
 * 16-bit flags and NCC characters; termios (TCGETS, TCSETS*,
 * TIOC[GS]LCKTRMIOS); termios2 (TCGETS2, TCSETS2*), termios and the two
 * speeds after it. */
enum tio_kind { TERMIO, TERMIOS, TERMIOS2 };

/* the request's struct, read whole (and no more: the bytes after a
 * termios need not be readable) and printed widened */
static void pr_termios(struct tcb *t, unsigned long arg, enum tio_kind kind)
{
	static const unsigned size[] = {
		[TERMIO] = sizeof(struct termio), [TERMIOS] = sizeof(struct termios),
		[TERMIOS2] = sizeof(struct termios2),
	};
	union {
		struct termio o;
		struct termios2 n;	/* a termios is its first part */
	} k;
	struct tio s = { .speeds = kind == TERMIOS2 };
	_Static_assert(offsetof(struct termios2, c_ispeed) == sizeof(struct termios),
		       "termios2 is termios, then the speeds");

	if (ioc_get(t, arg, &k, size[kind]) < 0)
		return;
	if (kind == TERMIO) {
		s.iflag = k.o.c_iflag, s.oflag = k.o.c_oflag, s.cflag = k.o.c_cflag, s.lflag = k.o.c_lflag;
		s.line = k.o.c_line, s.ncc = NCC;
		memcpy(s.cc, k.o.c_cc, NCC);
	} else {
		s.iflag = k.n.c_iflag, s.oflag = k.n.c_oflag, s.cflag = k.n.c_cflag, s.lflag = k.n.c_lflag;
		s.line = k.n.c_line, s.ncc = NCCS;
		memcpy(s.cc, k.n.c_cc, NCCS);
	}
	if (s.speeds)
		s.ispeed = k.n.c_ispeed, s.ospeed = k.n.c_ospeed;
	pr_tio(t, &s);
}

static void pr_winsize(struct tcb *t, unsigned long arg)
{
	struct winsize w;

	if (ioc_get(t, arg, &w, sizeof w) == 0)
		pr("{ws_row=%u, ws_col=%u, ws_xpixel=%u, ws_ypixel=%u}",
		   w.ws_row, w.ws_col, w.ws_xpixel, w.ws_ypixel);
}

static void pr_modem(struct tcb *t, unsigned long arg)
{
	int v;

	if (ioc_get(t, arg, &v, sizeof v) == 0) {
		prs("[");
		pr_flags_d(modem_bits, (unsigned)v, "TIOCM_???");
		prs("]");
	}
}

/* the struct printers by request, each at the entry (set) or exit (get) */
static void pr_tty_struct(struct tcb *t, unsigned req, unsigned long arg)
{
	pr_sep();
	switch (req) {
	case TCGETS: case TCSETS: case TCSETSW: case TCSETSF:
	case TIOCGLCKTRMIOS: case TIOCSLCKTRMIOS:
		pr_termios(t, arg, TERMIOS);
		break;
	case TCGETS2: case TCSETS2: case TCSETSW2: case TCSETSF2:
		pr_termios(t, arg, TERMIOS2);
		break;
	case TCGETA: case TCSETA: case TCSETAW: case TCSETAF:
		pr_termios(t, arg, TERMIO);
		break;
	case TIOCGWINSZ: case TIOCSWINSZ:
		pr_winsize(t, arg);
		break;
	case TIOCMGET: case TIOCMSET: case TIOCMBIS: case TIOCMBIC:
		pr_modem(t, arg);
		break;
	}
}

/* at the exit: what the kernel filled in, the address if it failed */
static int tty_exit(struct tcb *t, unsigned req, unsigned long arg)
{
	switch (req) {
	case TCGETS: case TCGETS2: case TCGETA: case TIOCGLCKTRMIOS: case TIOCGWINSZ:
	case TIOCMGET:
		if (t_failed(t)) {
			pr_sep();
			pr_addr(arg);
		} else {
			pr_tty_struct(t, req, arg);
		}
		break;
	default:	/* the int getters */
		ioc_int_out(t, arg);
	}
	return IOC_DONE;
}

int ioctl_tty(struct tcb *t, unsigned req, unsigned long arg)
{
	if (t->exiting)
		return tty_exit(t, req, arg);
	switch (req) {
	case TCGETS: case TCGETS2: case TCGETA: case TIOCGLCKTRMIOS: case TIOCGWINSZ:
	case TIOCMGET:
	case TIOCGPGRP: case FIONREAD: case TIOCGSID: case TIOCGPTN: case TIOCOUTQ:
	case TIOCGETD: case TIOCGEXCL: case TIOCGSOFTCAR: case TIOCGDEV: case TIOCSERGETLSR:
		return IOC_EXIT;	/* filled in by the kernel: printed at the exit */
	case TCSETS: case TCSETSW: case TCSETSF: case TIOCSLCKTRMIOS:
	case TCSETS2: case TCSETSW2: case TCSETSF2:
	case TCSETA: case TCSETAW: case TCSETAF:
	case TIOCSWINSZ:
	case TIOCMSET: case TIOCMBIS: case TIOCMBIC:
		pr_tty_struct(t, req, arg);
		return IOC_DONE;
	case TIOCSPGRP: case FIONBIO: case TIOCSPTLCK: case TIOCPKT: case TIOCSETD:
	case TIOCSSOFTCAR: case FIOASYNC:
		ioc_int(t, arg);
		return IOC_DONE;
	case TIOCSTI:	/* the one character pushed back */
		pr_sep();
		pr_buf(t, arg, 1);
		return IOC_DONE;
	case TCFLSH:
		pr_sep();
		pr_xlat(flush_queues, arg, "%#lx", "TC???");
		return IOC_DONE;
	case TCXONC:
		pr_sep();
		pr_xlat(flow_actions, arg, "%#lx", "TC???");
		return IOC_DONE;
	case TCSBRK: case TCSBRKP: case TIOCSCTTY:
		pr(", %lu", arg);
		return IOC_DONE;
	/* no argument; strace shows none for TIOCSSERIAL either */
	case FIOCLEX: case FIONCLEX: case TIOCNOTTY: case TIOCEXCL: case TIOCNXCL:
	case TIOCSBRK: case TIOCCBRK: case TIOCCONS: case TIOCVHANGUP: case TIOCSSERIAL:
		return IOC_DONE;
	}
	return IOC_NUM;
}
