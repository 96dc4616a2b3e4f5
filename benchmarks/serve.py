"""Load check (a benchmark, not a test): nginx with the production configuration beside ``python -m http.server``.

Builds the bundled content as ``make publish`` does (precompressed files, into a temporary folder),
serves it with both servers on 127.0.0.1, and sends each of three addresses (a feed, the home page,
a calendar) a bounded number of requests from a small asyncio client (keep-alive where the server
allows it, ``Accept-Encoding: br, gzip`` as browsers send). Prints requests per second and the 50th
and 99th percentile latency for each. The client runs in one Python process on the same machine:
nginx's figures are bounded by the client, not by nginx.

    make bench-serve                                 # 3,000 requests per address, 16 at a time
    make bench-serve BENCH_ARGS="--requests 500"     # a quick look
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "plugins"), str(ROOT)]

from hub_build import nginx  # noqa: E402
from hub_build.build import run_build  # noqa: E402

HOST = "127.0.0.1"
PATHS = {"feed": "/berita/rss.xml", "home": "/", "calendar": "/acara/kalender.ics"}
NOW = "2026-11-26 12:00"
MAX_SECONDS = 30.0  # per address and server, whatever the request count


def free_port() -> int:
    """Return a free TCP port on 127.0.0.1."""
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def wait_for(port: int, process: subprocess.Popen, timeout: float = 15.0) -> None:
    """Wait until something answers on the port (raise if the server exits first)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {process.args}")
        try:
            with socket.create_connection((HOST, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing answers on {port}")


async def read_response(reader: asyncio.StreamReader) -> bool:
    """Read one response; return whether the connection stays open."""
    status = await reader.readline()
    if not status:
        raise ConnectionError("closed")
    length, keep = None, status.startswith(b"HTTP/1.1")
    while (line := await reader.readline()) not in (b"\r\n", b""):
        name, _, value = line.decode("latin-1").partition(":")
        if name.lower() == "content-length":
            length = int(value)
        elif name.lower() == "connection":
            keep = value.strip().lower() != "close"
    await (reader.readexactly(length) if length is not None else reader.read())
    return keep and length is not None


async def worker(port: int, path: str, count: list[int], deadline: float, latencies: list[float]) -> None:
    """Send requests one after another on (re)used connections until the shared count or the time runs out."""
    request = f"GET {path} HTTP/1.1\r\nHost: {HOST}:{port}\r\nAccept-Encoding: br, gzip\r\n\r\n".encode()
    reader = writer = None
    while count[0] > 0 and time.monotonic() < deadline:
        count[0] -= 1
        started = time.perf_counter()
        if writer is None:
            reader, writer = await asyncio.open_connection(HOST, port)
        writer.write(request)
        await writer.drain()
        keep = await read_response(reader)
        latencies.append(time.perf_counter() - started)
        if not keep:
            writer.close()
            reader = writer = None
    if writer is not None:
        writer.close()


async def load(port: int, path: str, requests: int, concurrency: int) -> tuple[float, list[float]]:
    """Send ``requests`` GETs, ``concurrency`` at a time; return the seconds taken and each latency."""
    latencies: list[float] = []
    count = [requests]
    started = time.perf_counter()
    deadline = time.monotonic() + MAX_SECONDS
    await asyncio.gather(*(worker(port, path, count, deadline, latencies) for _ in range(concurrency)))
    return time.perf_counter() - started, latencies


def percentile(values: list[float], share: float) -> float:
    """Return the value below which ``share`` of ``values`` fall."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def measure(name: str, port: int, args) -> list[str]:
    """Warm up, then measure each address; return the table rows."""
    rows = []
    for label, path in PATHS.items():
        asyncio.run(load(port, path, 50, 4))
        seconds, latencies = asyncio.run(load(port, path, args.requests, args.concurrency))
        rows.append(
            f"| {name} | {label} `{path}` | {len(latencies)} | {len(latencies) / seconds:,.0f} "
            f"| {percentile(latencies, 0.5) * 1000:.1f} | {percentile(latencies, 0.99) * 1000:.1f} |"
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    """Build, serve with both servers, measure, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=3000, help="requests per address and server")
    parser.add_argument("--concurrency", type=int, default=16)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="hub-bench-serve-") as folder:
        scratch = Path(folder)
        output = scratch / "site"
        overrides = {
            "PATH": str(ROOT / "content"),
            "SITEURL": "http://127.0.0.1:8000",
            "HUB_NOW": NOW,
            "HUB_CACHE_PATH": None,
            "HUB_PRECOMPRESS": True,
        }
        result = run_build(ROOT / "pelicanconf.py", overrides, output=output)
        if not result.ok:
            print("build failed", file=sys.stderr)
            return 1
        rows = ["| server | address | requests | requests/s | p50 ms | p99 ms |", "|---|---|---|---|---|---|"]
        port = free_port()
        conf = nginx.write_conf(scratch / "nginx", nginx.server_block(str(output), port))
        # No access log: its writes would be measured too (http.server prints nothing either, below).
        conf.write_text(conf.read_text().replace("access_log ", "access_log off; # "), encoding="utf-8")
        simple = free_port()
        servers = [
            ("nginx (deploy/nginx/hub.conf)", port, nginx.command(conf)),
            ("python -m http.server", simple, [sys.executable, "-m", "http.server", str(simple), "--bind", HOST]),
        ]
        for name, server_port, command in servers:
            process = subprocess.Popen(
                command, cwd=output, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL
            )
            try:
                wait_for(server_port, process)
                rows += measure(name, server_port, args)
            finally:
                process.terminate()
                process.wait(timeout=10)
        print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
