#!/usr/bin/env python3
"""lessons/14-sockets/peer.py — the grader's other end of the socket.

Python's socket module on the host's libc: nothing of sysgate's, so what it
reports is what really crossed the socket.

  peer.py line-server PORTFILE GOTFILE LINE_REPLY PIECES
      Listen on 127.0.0.1 (port chosen by the kernel, written to PORTFILE),
      accept one client, read until "\\n" (at most 5 s), save those bytes in
      GOTFILE, send LINE_REPLY + "\\n" in PIECES pieces 0.15 s apart, then
      wait for the client to close (at most 5 s).
  peer.py two PORT SEED
      Connect two clients A and B to 127.0.0.1:PORT, then talk in turns
      (B first, B twice in a row, then A twice, then at random), each turn
      one random line that must come back to that client, byte for byte,
      within 3 s; then close both. Prints "turns N" or what went wrong.
  peer.py port tcp|udp PORT N
      N times: connect to (tcp) or send a datagram to (udp) 127.0.0.1:PORT
      and read the answer, which must be "PORT\\n" (udp: from that port).
"""
import random
import socket
import sys
import time


def line_server(portfile, gotfile, reply, pieces):
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", 0))
    s.listen(1)
    with open(portfile + ".tmp", "w") as f:
        f.write("%d\n" % s.getsockname()[1])
    import os
    os.rename(portfile + ".tmp", portfile)
    s.settimeout(20)
    c, _ = s.accept()
    c.settimeout(5)
    got = b""
    try:
        while b"\n" not in got:
            b = c.recv(4096)
            if not b:
                break
            got += b
    except socket.timeout:
        pass
    with open(gotfile, "wb") as f:
        f.write(got)
    data = reply.encode() + b"\n"
    cuts = sorted(random.sample(range(1, len(data)), pieces - 1)) if pieces > 1 else []
    last = 0
    for cut in cuts + [len(data)]:
        c.sendall(data[last:cut])
        last = cut
        if cut != len(data):
            time.sleep(0.15)
    try:
        while c.recv(4096):
            pass
    except (socket.timeout, ConnectionResetError):
        pass
    c.close()
    return 0


def two(port, seed):
    rng = random.Random(seed)
    a = socket.create_connection(("127.0.0.1", port), timeout=3)
    b = socket.create_connection(("127.0.0.1", port), timeout=3)
    order = [1, 1, 0, 0] + [rng.randint(0, 1) for _ in range(rng.randint(2, 8))]
    for turn, who in enumerate(order):
        c = (a, b)[who]
        line = ("%s%d %s\n" % ("AB"[who], turn, "".join(
            rng.choice("abcdefghijklmnopqrstuvwxyz0123456789 ") for _ in range(rng.randint(1, 60))))).encode()
        c.sendall(line)
        got = b""
        try:
            while len(got) < len(line):
                piece = c.recv(4096)
                if not piece:
                    break
                got += piece
        except socket.timeout:
            print("turn %d: client %s sent %r and in 3 s got back only %r "
                  "(the other client still connected)" % (turn + 1, "AB"[who], line, got))
            return 1
        if got != line:
            print("turn %d: client %s sent %r and got %r back" % (turn + 1, "AB"[who], line, got))
            return 1
    a.close()
    b.close()
    print("turns %d" % len(order))
    return 0


def port(kind, p, n):
    want = b"%d\n" % p
    for i in range(n):
        if kind == "tcp":
            c = socket.create_connection(("127.0.0.1", p), timeout=3)
            got = b""
            while True:
                b = c.recv(100)
                if not b:
                    break
                got += b
            c.close()
            frm = p
        else:
            c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            c.settimeout(3)
            c.sendto(b"which port?\n", ("127.0.0.1", p))
            got, addr = c.recvfrom(100)
            frm = addr[1]
            c.close()
        if got != want or frm != p:
            print("peer %d: expected %r from port %d, got %r from port %d" % (i + 1, want, p, got, frm))
            return 1
    print("peers %d" % n)
    return 0


if __name__ == "__main__":
    a = sys.argv
    try:
        if len(a) == 6 and a[1] == "line-server":
            sys.exit(line_server(a[2], a[3], a[4], int(a[5])))
        if len(a) == 4 and a[1] == "two":
            sys.exit(two(int(a[2]), int(a[3])))
        if len(a) == 5 and a[1] == "port":
            sys.exit(port(a[2], int(a[3]), int(a[4])))
    except OSError as e:
        print("%s: %s" % (type(e).__name__, e))
        sys.exit(1)
    sys.exit("usage: peer.py line-server PORTFILE GOTFILE REPLY PIECES | two PORT SEED | port tcp|udp PORT N")
