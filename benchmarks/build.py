"""Benchmark: build time and output weight of the hub against bare Pelican on the same content.

Usage: ``make bench`` (or ``python benchmarks/build.py [--sizes 14,200,1000] [--runs 3]``).
The bundled briefs are cloned (fresh Uid and slug each) to reach each size; events and pages are
copied as they are. "bare" is Pelican 4.12 with its defaults (notmyidea theme, built-in feeds,
category/tag pages) reading the same files; "hub" is this project's settings, plugins and theme.
Each build runs in its own process, timed from start to exit (interpreter start-up included for
both). Figures are printed side by side; nothing is asserted.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
NOW = "2026-11-26 12:00"
# Bare Pelican: its defaults, told only where the same files are.
BARE_SETTINGS = """
ARTICLE_PATHS = ["briefs", "events"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["images"]
READERS = {"rst": None}
TIMEZONE = "Asia/Jakarta"
SITEURL = "http://127.0.0.1:8000"
FEED_ALL_RSS = "feeds/all.rss.xml"
CATEGORY_FEED_RSS = "feeds/{slug}.rss.xml"
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
"""


def make_content(target: Path, briefs: int) -> Path:
    """Copy the bundled content, cloning briefs until there are ``briefs`` of them."""
    content = target / "content"
    shutil.copytree(ROOT / "content", content, ignore=shutil.ignore_patterns("ledger.json"))
    sources = sorted((ROOT / "content" / "briefs").glob("*.md"))
    for n in range(max(0, briefs - len(sources))):
        text = sources[n % len(sources)].read_text(encoding="utf-8")
        text = re.sub(r"^Uid: .*$", f"Uid: {uuid.uuid4()}", text, count=1, flags=re.M)
        text = re.sub(r"^Slug: (.*)$", rf"Slug: \1-{n}", text, count=1, flags=re.M)
        text = re.sub(r"^Title: (.*)$", rf"Title: \1 ({n})", text, count=1, flags=re.M)
        (content / "briefs" / f"clone-{n}.md").write_text(text, encoding="utf-8")
    return content


def build_once(kind: str, content: Path, workdir: Path) -> tuple[float, Path]:
    """Build once in a fresh process (Pelican's signals are global); return seconds and the output."""
    output = Path(tempfile.mkdtemp(dir=workdir))
    if kind == "hub":
        conf, extra = ROOT / "pelicanconf.py", ["-e", f'HUB_NOW="{NOW}"', "CACHE_CONTENT=false"]
    else:
        conf, extra = workdir / "bareconf.py", []
        conf.write_text(BARE_SETTINGS, encoding="utf-8")
    command = [sys.executable, "-m", "pelican", str(content), "-o", str(output), "-s", str(conf), "-q", *extra]
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - start, output


def weight(output: Path) -> tuple[int, int, int]:
    """Return (files, total bytes, home page bytes plus the stylesheets and scripts it loads)."""
    files = [p for p in output.rglob("*") if p.is_file()]
    home = (output / "index.html").read_text(encoding="utf-8")
    loaded = re.findall(r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"|<script[^>]+src="([^"]+)"', home)
    paths = [urlsplit(href or src).path.lstrip("/") for href, src in loaded]
    extra = sum((output / path).stat().st_size for path in paths if (output / path).is_file())
    return len(files), sum(p.stat().st_size for p in files), len(home.encode("utf-8")) + extra


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="14,200,1000")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    print(f"{'briefs':>6} {'build':>5} {'median s':>9} {'files':>6} {'output KB':>10} {'home+assets KB':>15}")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for size in (int(s) for s in args.sizes.split(",")):
            content = make_content(Path(tempfile.mkdtemp(dir=work)), size)
            for kind in ("bare", "hub"):
                times, output = [], None
                for _ in range(args.runs):
                    seconds, output = build_once(kind, content, work)
                    times.append(seconds)
                files, total, home = weight(output)
                print(
                    f"{size:>6} {kind:>5} {statistics.median(times):>9.2f} {files:>6} "
                    f"{total / 1024:>10.0f} {home / 1024:>15.1f}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
