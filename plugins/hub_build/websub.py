"""Tell the WebSub hub which feeds changed, so subscribers' apps fetch them now instead of polling.

``changed_feeds`` compares each feed file (``rss.xml``, ``atom.xml``, ``feed.json``) of a new build
with the previous build's; only those that differ (or are new) are announced. The announcements
wait in a small file beside the output (``<output>.websub.json``) until the hub has accepted them:
``make publish`` sends them once its site is live, or leaves them for ``make deploy`` to send after
the new release is live on the web server (``--websub-later``), and a hub that was down is told at
the next run. A ping is a form POST ``hub.mode=publish`` + ``hub.url=<feed>`` (one per feed), with
a timeout and retries; its result is one Indonesian line. Nothing here can fail a build.

Command line (``make deploy``, after the switch)::

    python -m hub_build.websub --output output
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

FEED_NAMES = ("rss.xml", "atom.xml", "feed.json")
TIMEOUT = 10.0  # seconds per request
ATTEMPTS = 3
BACKOFF = 1.0  # seconds before the second attempt, doubled before each next one
USER_AGENT = "silih-tulungan-hub (WebSub publisher)"


def feed_files(folder: str) -> list[str]:
    """Return the site-relative paths of every feed file in a built site, sorted."""
    found = []
    for dirpath, dirnames, names in os.walk(folder):
        dirnames.sort()
        found += [os.path.relpath(os.path.join(dirpath, name), folder) for name in sorted(names) if name in FEED_NAMES]
    return found


def changed_feeds(previous: str, build: str) -> list[str]:
    """Return the feed files of ``build`` that are new or differ from ``previous`` (site-relative, sorted)."""
    changed = []
    for relative in feed_files(build):
        old, new = os.path.join(previous, relative), os.path.join(build, relative)
        if not previous or not os.path.isfile(old) or not filecmp.cmp(old, new, shallow=False):
            changed.append(relative)
    return changed


def pending_file(output: Path) -> Path:
    """Return where the announcements not yet accepted by the hub wait: ``<output>.websub.json``."""
    output = Path(output)
    return output.with_name(output.name + ".websub.json")


def read_pending(output: Path) -> tuple[str, list[str]]:
    """Return the hub and the feed URLs waiting to be announced (none when the file is missing or unreadable)."""
    try:
        data = json.loads(pending_file(output).read_text(encoding="utf-8"))
        hub, urls = str(data["hub"]), [str(url) for url in data["feeds"]]
    except (OSError, ValueError, KeyError, TypeError):
        return "", []
    return hub, urls


def write_pending(output: Path, hub: str, urls: list[str]) -> None:
    """Keep ``urls`` for the next ping to ``hub`` (the file is removed when none is left)."""
    path = pending_file(output)
    if not urls:
        path.unlink(missing_ok=True)
        return
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps({"hub": hub, "feeds": sorted(set(urls))}, indent=1) + "\n", encoding="utf-8")
    os.replace(temporary, path)


def add_pending(output: Path, hub: str, urls: list[str]) -> list[str]:
    """Add ``urls`` to those waiting for ``hub``; return them all."""
    waiting = sorted({*read_pending(output)[1], *urls})
    write_pending(output, hub, waiting)
    return waiting


@dataclass(frozen=True)
class PingResult:
    """What the hub answered for one feed."""

    url: str
    ok: bool
    detail: str  # "HTTP 204", "HTTP 500", "timed out", …
    attempts: int


def post_form(hub: str, fields: dict[str, str], timeout: float) -> int:
    """POST ``fields`` form-encoded to ``hub``; return the HTTP status (raises on network errors)."""
    body = urllib.parse.urlencode(fields).encode("ascii")
    request = urllib.request.Request(hub, data=body, method="POST", headers={"User-Agent": USER_AGENT})
    request.add_header("Content-Type", "application/x-www-form-urlencoded")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (the configured hub)
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def ping_one(
    hub: str,
    url: str,
    *,
    post: Callable[[str, dict[str, str], float], int] = post_form,
    timeout: float = TIMEOUT,
    attempts: int = ATTEMPTS,
    backoff: float = BACKOFF,
    sleep: Callable[[float], None] = time.sleep,
) -> PingResult:
    """Announce one feed; retry network errors and server errors (5xx, 429), never a refusal (4xx)."""
    detail = ""
    for attempt in range(1, attempts + 1):
        try:
            status = post(hub, {"hub.mode": "publish", "hub.url": url}, timeout)
        except (OSError, ValueError) as error:  # URLError, timeouts, refused connections
            reason = getattr(error, "reason", error)
            detail = "waktu habis" if isinstance(reason, TimeoutError) or "timed out" in str(reason) else str(reason)
        else:
            detail = f"HTTP {status}"
            if 200 <= status < 300:
                return PingResult(url, True, detail, attempt)
            if 400 <= status < 500 and status != 429:
                return PingResult(url, False, detail, attempt)
        if attempt < attempts:
            sleep(backoff * 2 ** (attempt - 1))
    return PingResult(url, False, detail, attempts)


def describe(hub: str, result: PingResult) -> str:
    """Return the Indonesian line for one ping."""
    if result.ok:
        return f"WebSub: hub {hub} diberi tahu tentang {result.url} ({result.detail})."
    tries = f"{result.attempts} kali dicoba"
    return (
        f"WebSub: hub {hub} gagal diberi tahu tentang {result.url} ({result.detail}, {tries}); "
        "dicoba lagi pada publish berikutnya."
    )


def send_pending(output: Path, say: Callable[[str], None] = print, **options) -> list[PingResult]:
    """Announce every waiting feed; keep those the hub did not accept; print one line per feed.

    When the hub cannot be reached at all, the feeds after the first are not tried (each would
    wait for its timeouts again): they stay waiting for the next run, and one line says so.
    """
    hub, waiting = read_pending(output)
    if not hub or not waiting:
        return []
    results: list[PingResult] = []
    for index, url in enumerate(waiting):
        result = ping_one(hub, url, **options)
        results.append(result)
        say(describe(hub, result))
        if not result.ok and not result.detail.startswith("HTTP"):
            rest = len(waiting) - index - 1
            if rest:
                say(f"WebSub: hub {hub} tidak dapat dihubungi; {rest} feed lain menunggu publish berikutnya.")
            break
    accepted = {result.url for result in results if result.ok}
    write_pending(output, hub, [url for url in waiting if url not in accepted])
    return results


def main(argv: list[str] | None = None) -> int:
    """Send the waiting announcements (exit status 0 whatever the hub answered)."""
    parser = argparse.ArgumentParser(prog="python -m hub_build.websub", description=__doc__.splitlines()[0])
    parser.add_argument("--output", default="output", type=Path)
    args = parser.parse_args(argv)
    send_pending(args.output.absolute())
    return 0


if __name__ == "__main__":
    sys.exit(main())
