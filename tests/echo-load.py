#!/usr/bin/env python3
"""tests/echo-load.py — drive an echo server on 127.0.0.1 with many clients at once.

  echo-load.py load PORT CLIENTS MAXBYTES SEED
      CLIENTS connections at once, each sending 1..MAXBYTES random bytes in
      random-sized pieces while reading what comes back, then shutdown(SHUT_WR)
      and reading to the end. Each echo must equal what that client sent,
      byte for byte. Prints "clients N bytes B seconds S" (B: bytes sent in
      all, which is also what came back) and exits 0, or names each client
      whose echo differs and exits 1.

  echo-load.py emfile PORT CLIENTS SERVERPID
      CLIENTS connections, each sending one line. Waits; counts the clients
      answered while the server is out of descriptors ("first N"), checks
      the server is not spinning (its CPU time over one idle second, from
      /proc/PID/stat), then closes the answered clients one by one until
      every client was answered ("total M"). Prints
      "first N cpu-ticks T total M".

The oracle is Python's own socket module over the host's libc, nothing of
sysgate's. One thread, selectors: hundreds of sockets at once.
"""
import os
import random
import selectors
import socket
import sys
import time


def load(port, nclients, maxbytes, seed):
    rng = random.Random(seed)
    sel = selectors.DefaultSelector()
    st = {}
    for i in range(nclients):
        n = rng.randint(1, maxbytes)
        data = rng.randbytes(n)
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setblocking(False)
        s.connect_ex(("127.0.0.1", port))
        st[s] = {"i": i, "data": data, "sent": 0, "got": bytearray(), "shut": False, "done": False}
        sel.register(s, selectors.EVENT_READ | selectors.EVENT_WRITE)
    t0 = time.monotonic()
    left = nclients
    while left:
        if time.monotonic() - t0 > 60:
            print("timeout: %d clients unfinished" % left)
            return 1
        for key, ev in sel.select(timeout=1):
            s = key.fileobj
            c = st[s]
            if ev & selectors.EVENT_WRITE and not c["shut"]:
                piece = rng.randint(1, 70000)
                try:
                    w = s.send(c["data"][c["sent"]:c["sent"] + piece])
                    c["sent"] += w
                except BlockingIOError:
                    pass
                if c["sent"] == len(c["data"]):
                    s.shutdown(socket.SHUT_WR)
                    c["shut"] = True
                    sel.modify(s, selectors.EVENT_READ)
            if ev & selectors.EVENT_READ:
                try:
                    b = s.recv(65536)
                except BlockingIOError:
                    continue
                if b:
                    c["got"] += b
                else:
                    sel.unregister(s)
                    s.close()
                    c["done"] = True
                    left -= 1
    dt = time.monotonic() - t0
    bad = [c for c in st.values() if bytes(c["got"]) != c["data"]]
    for c in bad:
        print("client %d: sent %d bytes, got back %d, %s" % (
            c["i"], len(c["data"]), len(c["got"]),
            "a prefix" if c["data"].startswith(bytes(c["got"])) else "different bytes"))
    total = sum(len(c["data"]) for c in st.values())
    print("clients %d bytes %d seconds %.2f" % (nclients, total, dt))
    return 1 if bad else 0


def cpu_ticks(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])	# utime, stime


def emfile(port, nclients, pid):
    socks = []
    for i in range(nclients):
        s = socket.create_connection(("127.0.0.1", port))
        s.setblocking(False)
        s.sendall(b"line %d\n" % i)
        socks.append(s)
    answered = {}

    def poll(until):
        while time.monotonic() < until:
            for i, s in enumerate(socks):
                if i in answered or s is None:
                    continue
                try:
                    b = s.recv(100)
                    if b == b"line %d\n" % i:
                        answered[i] = s
                except BlockingIOError:
                    pass
            time.sleep(0.02)

    poll(time.monotonic() + 1.0)
    first = len(answered)
    t = cpu_ticks(pid)
    time.sleep(1.0)
    ticks = cpu_ticks(pid) - t
    deadline = time.monotonic() + 20
    closed = set()
    while len(answered) < nclients and time.monotonic() < deadline:
        for i in list(answered):
            if i not in closed:
                answered[i].close()
                socks[i] = None
                closed.add(i)
        poll(time.monotonic() + 0.2)
    print("first %d cpu-ticks %d total %d" % (first, ticks, len(answered)))
    return 0


if __name__ == "__main__":
    a = sys.argv
    if len(a) == 6 and a[1] == "load":
        sys.exit(load(int(a[2]), int(a[3]), int(a[4]), int(a[5])))
    if len(a) == 5 and a[1] == "emfile":
        sys.exit(emfile(int(a[2]), int(a[3]), int(a[4])))
    sys.exit("usage: echo-load.py load PORT CLIENTS MAXBYTES SEED | emfile PORT CLIENTS PID")
