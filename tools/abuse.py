#!/usr/bin/env python3
"""Abusive clients of vankien-serve, all at once, for SECONDS (tools/abuse.sh runs it beside a
normal client): IDLE connections opened and left silent, SLOW slow-loris clients sending one
header byte every few seconds, and in turn requests with 100 KB of headers, a request with an
announced 10 MB body, and pipelined garbage. It reports what the server did to each kind: how
long the idle and slow connections lived before the server closed them, and the answer (status
line) to each oversized or garbage request. Only 127.0.0.1; every loop is bounded in time.

usage: abuse.py PORT SECONDS IDLE SLOW"""
import asyncio
import statistics
import sys
import time

HOST = "127.0.0.1"


async def lifetime(reader, deadline):
    """Seconds until the server closes the connection (or None if it outlived the deadline)."""
    start = time.monotonic()
    try:
        while time.monotonic() < deadline:
            data = await asyncio.wait_for(reader.read(65536), timeout=max(0.1, deadline - time.monotonic()))
            if not data:
                return time.monotonic() - start
    except (asyncio.TimeoutError, ConnectionError):
        pass
    return None if time.monotonic() >= deadline else time.monotonic() - start


async def idle(deadline, lives):
    """A connection that never sends a byte."""
    try:
        reader, writer = await asyncio.open_connection(HOST, PORT)
    except OSError:
        lives.append("refused")
        return
    lives.append(await lifetime(reader, deadline))
    writer.close()


async def slow_loris(deadline, lives):
    """A request whose header arrives one byte every 3 s, never ending."""
    try:
        reader, writer = await asyncio.open_connection(HOST, PORT)
    except OSError:
        lives.append("refused")
        return
    start = time.monotonic()
    request = b"GET /api/search?q=ngh%E1%BB%8B HTTP/1.1\r\nHost: x\r\n" + b"X-Slow: " + b"a" * 10000
    closed = None
    for byte in request:
        if time.monotonic() >= deadline:
            break
        try:
            writer.write(bytes([byte]))
            await writer.drain()
            data = await asyncio.wait_for(reader.read(65536), timeout=3)
            if not data or data.startswith(b"HTTP/"):
                closed = time.monotonic() - start
                break
        except asyncio.TimeoutError:
            continue  # nothing from the server: the next byte
        except ConnectionError:
            closed = time.monotonic() - start
            break
    lives.append(closed)
    writer.close()


async def one_shot(payload, deadline):
    """Sends payload (bytes, or a list of chunks) and returns the server's first line or what happened."""
    try:
        reader, writer = await asyncio.open_connection(HOST, PORT)
    except OSError as error:
        return "connect: " + type(error).__name__
    try:
        for chunk in payload if isinstance(payload, list) else [payload]:
            writer.write(chunk)
            await asyncio.wait_for(writer.drain(), timeout=max(0.1, deadline - time.monotonic()))
        line = await asyncio.wait_for(reader.readline(), timeout=max(0.1, deadline - time.monotonic()))
        return line.decode("latin-1").strip() or "closed without an answer"
    except asyncio.TimeoutError:
        return "no answer in time"
    except ConnectionError as error:
        return "closed: " + type(error).__name__
    finally:
        writer.close()


def oversized_headers():
    lines = b"".join(b"X-Pad-%d: %s\r\n" % (i, b"b" * 1000) for i in range(100))  # 100 KB
    return b"GET /api/search?q=test HTTP/1.1\r\nHost: x\r\n" + lines + b"\r\n"


def one_huge_header():
    return b"GET /api/search?q=test HTTP/1.1\r\nHost: x\r\nX-Huge: " + b"c" * 100000 + b"\r\n\r\n"


def oversized_body():
    head = b"POST /api/search HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000\r\n\r\n"
    return [head] + [b"d" * 65536] * 16  # 1 MB sent of the 10 MB announced


def pipelined_garbage():
    return b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n" + bytes(range(256)) * 64 + b"\r\n\r\n" * 10


async def bursts(deadline, answers):
    """Every second, one of each oversized or garbage request, in turn."""
    kinds = [("100 KB of headers", oversized_headers), ("one 100 KB header", one_huge_header),
             ("10 MB body", oversized_body), ("pipelined garbage", pipelined_garbage)]
    turn = 0
    while time.monotonic() < deadline - 1:
        name, make = kinds[turn % len(kinds)]
        answers.setdefault(name, []).append(await one_shot(make(), min(deadline, time.monotonic() + 10)))
        turn += 1
        await asyncio.sleep(1)


def describe(kind, lives, seconds):
    closed = [life for life in lives if isinstance(life, float)]
    held = sum(1 for life in lives if life is None)
    refused = sum(1 for life in lives if life == "refused")
    text = f"{kind}: {len(lives)} connections; {held} still open after {seconds} s, {refused} refused"
    if closed:
        text += (f", {len(closed)} closed by the server after median {statistics.median(closed):.1f} s "
                 f"(max {max(closed):.1f} s)")
    print(text)


async def main(seconds, idle_count, slow_count):
    deadline = time.monotonic() + seconds
    idle_lives, slow_lives, answers = [], [], {}
    tasks = [asyncio.create_task(bursts(deadline, answers))]
    for i in range(slow_count):
        tasks.append(asyncio.create_task(slow_loris(deadline, slow_lives)))
    for i in range(idle_count):
        tasks.append(asyncio.create_task(idle(deadline, idle_lives)))
        if i % 100 == 99:
            await asyncio.sleep(0.05)  # open them over a second or two, as a crowd would
    await asyncio.wait(tasks, timeout=seconds + 15)
    describe("idle", idle_lives, seconds)
    describe("slow-loris", slow_lives, seconds)
    for name, got in answers.items():
        counts = {answer: got.count(answer) for answer in sorted(set(got))}
        print(f"{name}: " + "; ".join(f"{count}× {answer}" for answer, count in counts.items()))


if __name__ == "__main__":
    PORT = int(sys.argv[1])
    asyncio.run(main(float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])))
