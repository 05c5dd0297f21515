# lessons/16-python-go/app.py — a small real program for `strace -c`: a sales
# report built by threads. It writes orders to a CSV file, starts a report
# server on a loopback TCP socket (a thread), has worker threads each read the
# CSV and send their region's total over the socket, and writes the report
# as another CSV. No GUI, but the same calls a desktop or web app makes.
#   python3 -I app.py DIR [ORDERS]
import csv
import os
import random
import socket
import sys
import threading

REGIONS = ["north", "south", "east", "west"]

def write_orders(path, n, rng):
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["order", "region", "amount"])
        for i in range(n):
            w.writerow([i, rng.choice(REGIONS), rng.randint(1, 999)])

def worker(path, region, port):
    # each worker reads the whole file itself: one open, a few reads each
    total = 0
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            if row["region"] == region:
                total += int(row["amount"])
    with socket.create_connection(("127.0.0.1", port)) as s:
        s.sendall(f"{region},{total}\n".encode())

def serve(listener, n, results):
    for _ in range(n):
        conn, _ = listener.accept()
        with conn:
            line = b""
            while not line.endswith(b"\n"):
                chunk = conn.recv(64)
                if not chunk:
                    break
                line += chunk
            region, total = line.decode().strip().split(",")
            results[region] = int(total)

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    rng = random.Random(16)
    orders = os.path.join(out, "orders.csv")
    write_orders(orders, n, rng)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))     # port 0: the kernel picks a free one
    listener.listen()
    port = listener.getsockname()[1]
    results = {}
    server = threading.Thread(target=serve, args=(listener, len(REGIONS), results))
    server.start()
    workers = [threading.Thread(target=worker, args=(orders, r, port)) for r in REGIONS]
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    server.join()
    listener.close()
    with open(os.path.join(out, "report.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["region", "total"])
        for r in REGIONS:
            w.writerow([r, results[r]])
    print(f"{n} orders, {len(REGIONS)} regions, total {sum(results.values())}")

main()
