#!/usr/bin/env python3
# tests/fake-gdbstub.py — stands in for qemu-x86_64 in `trace --qemu=THIS`:
# takes `-g SOCK -0 NAME PROG ARGS`, listens on SOCK and plays a scripted
# GDB stub for a program that does write(1, "hi\n", 3) = 3, then
# exit_group(0). FAKE_GDB=SCENARIO breaks one thing (see BREAKS below), to
# test that trace fails with a clear message and never hangs; "thread"
# and "thread-ended" make a second thread instead of the write. The packets
# follow the GDB remote protocol as QEMU 10 speaks it (T05...syscall_entry:NR;).
import os, socket, sys, time

scenario = os.environ.get("FAKE_GDB", "ok")
args = sys.argv[1:]
sock = args[args.index("-g") + 1]

if scenario == "exit-early":            # QEMU could not load the program
    sys.exit(3)
if scenario == "never-listen":          # QEMU hangs before its gdbstub
    time.sleep(30)
    sys.exit(0)

def checksum(b):
    return b"%02x" % (sum(b) & 0xff)

def frame(payload):
    return b"$" + payload + b"#" + checksum(payload)

def rle_zeros(hexs):
    # run-length encode runs of '0': X*N means X and N-29 more copies
    out, i = [], 0
    while i < len(hexs):
        j = i
        while j < len(hexs) and hexs[j] == "0" and j - i < 90:
            j += 1
        n = j - i
        if n >= 4 and n - 1 + 29 not in (ord("#"), ord("$"), ord("+"), ord("-")):
            out.append("0*" + chr(n - 1 + 29))
            i = j
        else:
            out.append(hexs[i])
            i += 1
    return "".join(out)

def regs(rax, rdi=0, rsi=0, rdx=0, rip=0x401002):
    # GDB's amd64 order: rax rbx rcx rdx rsi rdi rbp rsp r8..r15 rip, then
    # eflags and the segment registers (4 bytes each)
    r = [rax, 0, 0, rdx, rsi, rdi, 0, 0x7ffc0000, 0, 0, 0, 0, 0, 0, 0, 0, rip]
    s = "".join(v.to_bytes(8, "little").hex() for v in r)
    s += "".join(v.to_bytes(4, "little").hex() for v in (0x202, 0x33, 0x2b, 0, 0, 0, 0))
    return rle_zeros(s) if scenario in ("rle", "noack") else s

# the program: each resume leads to the next stop
stops = [b"T05thread:01;syscall_entry:1;", b"T05thread:01;syscall_return:1;",
         b"T05thread:01;", b"T05thread:01;syscall_entry:e7;", b"W00"]
if scenario in ("thread", "thread-ended"):
    # clone(CLONE_VM|CLONE_SIGHAND|CLONE_THREAD): a second thread, which
    # trace lets run untraced; "thread-ended": gone by the time trace asks
    stops = [b"T05thread:01;syscall_entry:38;", b"T05thread:01;syscall_return:38;",
             b"T05thread:01;", b"W00"]
state = {"stop": -1}

def reply(pkt):
    st = stops[state["stop"]] if state["stop"] >= 0 else b""
    if pkt.startswith(b"qSupported"):
        f = b"PacketSize=1000;qXfer:features:read+;vContSupported+"
        if scenario != "no-catch":
            f += b";QCatchSyscalls+"
        if scenario == "noack":
            f += b";QStartNoAckMode+"
        return f
    if pkt == b"QStartNoAckMode":
        return b"OK"
    if pkt == b"?":
        return b"T05thread:01;"
    if pkt.startswith(b"QCatchSyscalls:"):
        return b"T05thread:01;" if scenario == "out-of-order" else b"OK"
    if pkt in (b"vCont;c", b"c"):
        state["stop"] += 1
        if scenario == "malformed-stop" and state["stop"] == 0:
            return b"T05thread:01;syscall_entry:zz;"
        if scenario == "truncated" and state["stop"] == 0:
            return None     # handled by the caller: half a packet, then close
        if scenario == "close-in-run" and state["stop"] == 1:
            return "close"
        return stops[state["stop"]]
    if pkt == b"g":
        if scenario == "silence-g":
            return "silence"
        if scenario == "short-g":
            return b"0011"
        if b"entry:1;" in st:
            return regs(1, 1, 0x1000, 3).encode()
        if b"entry:38;" in st:
            return regs(0x38, 0x10900, 0x7000, 0).encode()
        return regs(0xe7, 0).encode()
    if pkt == b"p0":
        return (3).to_bytes(8, "little").hex().encode()
    if pkt == b"p10":
        return (0x401002).to_bytes(8, "little").hex().encode()
    if pkt.startswith(b"m"):
        if scenario == "malformed-m":
            return b"6869"
        if scenario == "efault-m":
            return b"E14"
        return b"68690a" if pkt == b"m1000,3" else b"E14"
    if pkt.startswith(b"Z0,") or pkt.startswith(b"z0,"):
        return b"OK"
    if pkt == b"qfThreadInfo":
        return b"m01" if scenario == "thread-ended" else b"m01,02"
    if pkt == b"qsThreadInfo":
        return b"l"
    return b""

srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind(sock)
srv.listen(1)
c, _ = srv.accept()
if scenario == "close-at-start":
    c.close()
    sys.exit(0)
noack = False
buf = b""
last = None
bad_sent = 0

def send_reply(r):
    global last, bad_sent
    last = r
    if scenario == "badsum-always" or (scenario == "badsum-once" and bad_sent == 0):
        bad_sent += 1
        c.sendall(b"$" + r + b"#00" if checksum(r) != b"00" else b"$" + r + b"#01")
        return
    if scenario == "garbage" and r.startswith(b"PacketSize"):
        c.sendall(b"hello")
        return
    if scenario == "too-long" and r.startswith(b"PacketSize"):
        c.sendall(b"$" + b"a" * 20000 + b"#00")
        return
    c.sendall(frame(r))

while True:
    data = c.recv(4096)
    if not data:
        break
    buf += data
    while buf:
        if buf[:1] == b"+":
            buf = buf[1:]
            continue
        if buf[:1] == b"-":                 # trace asks for the last reply again
            buf = buf[1:]
            send_reply(last)
            continue
        if b"#" not in buf or len(buf) < buf.index(b"#") + 3:
            break
        end = buf.index(b"#")
        pkt, buf = buf[1:end], buf[end + 3:]
        if os.environ.get("FAKE_GDB_LOG"):      # what trace asked, one a line
            with open(os.environ["FAKE_GDB_LOG"], "ab") as log:
                log.write(pkt + b"\n")
        if scenario == "silence-ack" and pkt.startswith(b"qSupported"):
            time.sleep(30)
        if not noack:
            # out-of-order: the reply comes where the ack of the request was due
            if not (scenario == "no-ack-reply" and pkt.startswith(b"qSupported")):
                c.sendall(b"+")
        r = reply(pkt)
        if pkt == b"QStartNoAckMode":
            noack = True
        if r is None:
            c.sendall(b"$T05thr")
            c.close()
            sys.exit(0)
        if r == "silence":
            time.sleep(30)
            sys.exit(0)
        if r == "close":
            c.close()
            sys.exit(0)
        if pkt == b"k":
            c.close()
            sys.exit(0)
        send_reply(r)
        if r == b"W00":
            c.close()
            sys.exit(0)
