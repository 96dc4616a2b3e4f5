"""What a build does to its site after Pelican and before the switch, and what a publish does after it.

Before the switch (every build): ``write_host_rules`` writes the response headers of the whole
site, from one policy (``headers``), as ``_headers`` and ``nginx-headers.conf``, with the hashes
of the inline code the pages carry (``inline``); ``finish`` precompresses the text files
(``compress``, when ``HUB_PRECOMPRESS`` is on: ``make publish``) and lists the feeds that changed
since the previous build (``websub.changed_feeds``).
After the switch (``make publish``): ``announce`` queues those feeds for the WebSub hub and
pings it, and ``release_line`` says when the next embargoed item goes live, so the schedule can
be checked against it.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from hub_build import websub
from hub_build.compress import compress_site
from hub_build.headers import load_policy, render_headers_file
from hub_build.inline import scan_site
from hub_build.nginx import HEADERS_FILE, render_locations
from hub_model.dates import format_datetime
from hub_model.problems import Problem

HEADERS_NAME = "_headers"
# The host rules files written after the pages (``write_host_rules``), site-relative.
HOST_RULES = (HEADERS_NAME, HEADERS_FILE)


@dataclass
class Finished:
    """What the steps after Pelican did to one build."""

    changed_feeds: list[str] = field(default_factory=list)  # absolute URLs of feeds new or changed
    hub: str = ""  # the WebSub hub the feeds advertise (FEEDS_WEBSUB_HUB), "" when none
    compressed: int = 0  # text files compressed in this build
    linked: int = 0  # text files whose compressed copies were linked from the previous build


def site_files(folder: Path) -> list[str]:
    """Return the site-relative paths of every file of a built site, sorted."""
    found = []
    for dirpath, dirnames, names in os.walk(folder):
        dirnames.sort()
        found += [os.path.relpath(os.path.join(dirpath, name), folder).replace(os.sep, "/") for name in sorted(names)]
    return found


def blocked_problem(name: str, attribute: str) -> Problem:
    """Describe inline markup the Content-Security-Policy would block on a page."""
    return Problem(
        name,
        0,
        "berkas",
        f"{attribute} di halaman ini akan diblokir Content-Security-Policy",
        "pindahkan gaya ke theme/static/css/main.css dan skrip ke berkas .js di theme/static/js",
    )


def write_host_rules(settings: dict, build: Path, cache=None) -> list[Problem]:
    """Write ``_headers`` and ``nginx-headers.conf`` for the built site; report markup the CSP would block.

    With the build ``cache`` (``hub_model.cache.BuildCache``), pages linked unchanged from the
    previous build are not scanned again for inline code.
    """
    memo = cache.previous.get("inline", {}) if cache is not None else None
    into = cache.current["inline"] if cache is not None else None
    inline = scan_site(str(build), memo, into)
    policy = load_policy(settings, inline)
    files = site_files(build)
    (build / HEADERS_NAME).write_text(render_headers_file(policy, files), encoding="utf-8")
    (build / HEADERS_FILE).write_text(render_locations(policy), encoding="utf-8")
    return [blocked_problem(name, attribute) for name, attribute in inline.blocked]


def finish(settings: dict, absolute, build: Path, previous: Path | None) -> Finished:
    """Precompress (when ``HUB_PRECOMPRESS`` is on) and list the changed feeds, once unchanged files are linked."""
    before = str(previous) if previous and previous.is_dir() else ""
    changed = [absolute(name) for name in websub.changed_feeds(before, str(build))]
    finished = Finished(changed_feeds=changed, hub=str(settings.get("FEEDS_WEBSUB_HUB") or ""))
    if settings.get("HUB_PRECOMPRESS"):
        finished.compressed, finished.linked = compress_site(str(build), before)
    return finished


def announce(output: Path, hub: str | None, feeds: list[str], *, later: bool, say=print, **options) -> None:
    """Queue the changed feeds for the WebSub hub, and ping it now unless the deploy will (``later``)."""
    if not hub:
        return
    if feeds:
        websub.add_pending(output, hub, feeds)
    if later:
        waiting = len(websub.read_pending(output)[1])
        if waiting:
            say(f"WebSub: {waiting} feed menunggu diumumkan ke hub setelah make deploy.")
        return
    websub.send_pending(output, say=say, **options)


def release_line(next_release: tuple[dt.datetime, str] | None) -> str:
    """Return the Indonesian line saying when the next embargoed item goes live (empty when none waits)."""
    if next_release is None:
        return ""
    moment, path = next_release
    return (
        f"Berita embargo berikutnya terbit {format_datetime(moment)} ({path}); "
        f"build terjadwal berikutnya harus berjalan setelah {format_datetime(moment)}."
    )
