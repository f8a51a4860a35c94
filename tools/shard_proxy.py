#!/usr/bin/env python3
"""A TCP proxy between vankien and xapian-tcpsrv servers (issue 23) that counts the messages of
Xapian's remote protocol each way and can hold each message DELAY_MS before passing it on, to
see what a request costs on a network slower than loopback.

usage: shard_proxy.py [--delay-ms D] [--control PORT] LISTEN_PORT:TARGET_PORT...
  Listens on 127.0.0.1 only (the protocol has no authentication, like the servers behind it).
  A connection to the control port, if one is given, gets one line of JSON, the counts so far per listening port:
  connections, messages to the server and to the client, round trips — the times the server
  spoke after the client had (a burst of pipelined requests answered counts once, as a network
  delay would cost it once) — and the client's messages by type (request_types).

Xapian 1.4 frames each message as a type byte, its length, and its body; the length is one byte
below 255, else 0xff followed by (length - 255) in 7-bit groups, least significant first, the
last with its high bit set. The proxy reads the framing only to count; the bytes pass unchanged."""
import argparse
import json
import queue
import socket
import threading
import time


# The client's message types, numbered as in Xapian 1.4's net/remoteprotocol.h.
MESSAGE_NAMES = dict(enumerate([
    "ALLTERMS", "COLLFREQ", "DOCUMENT", "TERMEXISTS", "TERMFREQ", "VALUESTATS", "KEEPALIVE", "DOCLENGTH", "QUERY",
    "TERMLIST", "POSITIONLIST", "POSTLIST", "REOPEN", "UPDATE", "ADDDOCUMENT", "CANCEL", "DELETEDOCUMENTTERM",
    "COMMIT", "REPLACEDOCUMENT", "REPLACEDOCUMENTTERM", "DELETEDOCUMENT", "WRITEACCESS", "GETMETADATA",
    "SETMETADATA", "ADDSPELLING", "REMOVESPELLING", "GETMSET", "SHUTDOWN", "METADATAKEYLIST", "FREQS",
    "UNIQUETERMS", "SELECT", "POSITIONLISTCOUNT"]))


class Counts:
    def __init__(self):
        self.lock = threading.Lock()
        self.by_port = {}

    def add(self, port, key, amount=1):
        with self.lock:
            entry = self.by_port.setdefault(port, {"connections": 0, "to_server": 0, "to_client": 0, "round_trips": 0,
                                                   "request_types": {}})
            if key in entry:
                entry[key] += amount
            else:
                entry["request_types"][key] = entry["request_types"].get(key, 0) + amount

    def snapshot(self):
        with self.lock:
            return json.loads(json.dumps(self.by_port))


class Framing:
    """Counts the whole messages in a byte stream read in arbitrary pieces. Linear: each byte of a
    header is looked at once, a body is skipped by its length."""

    def __init__(self):
        self.state, self.skip, self.length, self.shift = "type", 0, 0, 0
        self.types = []  # the type byte of each message begun, for the caller to take

    def feed(self, data):
        complete, i = 0, 0
        while i < len(data):
            if self.skip:
                step = min(self.skip, len(data) - i)
                self.skip -= step
                i += step
                complete += self.skip == 0
                continue
            byte = data[i]
            i += 1
            if self.state == "type":
                self.state = "length"
                self.types.append(byte)
            elif self.state == "length":
                if byte < 255:
                    complete += self.begin_body(byte)
                else:
                    self.state, self.length, self.shift = "long", 0, 0
            else:  # "long": the 7-bit groups of length - 255
                self.length |= (byte & 0x7F) << self.shift
                self.shift += 7
                if byte & 0x80:
                    complete += self.begin_body(self.length + 255)
        return complete

    def begin_body(self, length):
        """Returns 1 when the message is complete already (it has no body), else 0."""
        self.state, self.skip = "type", length
        return 1 if length == 0 else 0


class Connection:
    """One client connection and its connection to the server: a reader and a writer per
    direction, the writer sending each piece DELAY after it was read, in order."""

    def __init__(self, client, port, target, delay, counts):
        self.port, self.counts, self.delay = port, counts, delay
        self.server = socket.create_connection(("127.0.0.1", target))
        for sock in (client, self.server):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.client = client
        self.last_speaker = None
        self.lock = threading.Lock()
        counts.add(port, "connections")
        for source, sink, key in ((client, self.server, "to_server"), (self.server, client, "to_client")):
            pieces = queue.Queue()
            threading.Thread(target=self.read, args=(source, pieces, key), daemon=True).start()
            threading.Thread(target=self.write, args=(sink, pieces), daemon=True).start()

    def read(self, source, pieces, key):
        framing = Framing()
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                data = b""
            if not data:
                pieces.put(None)
                return
            messages = framing.feed(data)
            if key == "to_server":
                for kind in framing.types:
                    self.counts.add(self.port, MESSAGE_NAMES.get(kind, str(kind)))
            framing.types.clear()
            if messages:
                self.counts.add(self.port, key, messages)
                with self.lock:
                    if key == "to_client" and self.last_speaker == "to_server":
                        self.counts.add(self.port, "round_trips")
                    self.last_speaker = key
            pieces.put((time.monotonic() + self.delay, data))

    def write(self, sink, pieces):
        while True:
            piece = pieces.get()
            if piece is None:
                break
            due, data = piece
            wait = due - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            try:
                sink.sendall(data)
            except OSError:
                break
        for sock in (self.client, self.server):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def serve(listener, accept):
    while True:
        sock, _ = listener.accept()
        threading.Thread(target=accept, args=(sock,), daemon=True).start()


def listen(port):
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", port))
    listener.listen(64)
    return listener


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--delay-ms", type=float, default=0.0)
    parser.add_argument("--control", type=int)
    parser.add_argument("pairs", nargs="+")
    args = parser.parse_args()
    counts = Counts()
    for pair in args.pairs:
        port, target = (int(p) for p in pair.split(":"))
        threading.Thread(target=serve, daemon=True, args=(
            listen(port), lambda sock, port=port, target=target: Connection(sock, port, target, args.delay_ms / 1e3, counts))).start()
    if args.control is None:
        threading.Event().wait()
    control = listen(args.control)
    while True:
        sock, _ = control.accept()
        with sock:
            sock.sendall((json.dumps(counts.snapshot()) + "\n").encode())


main()
