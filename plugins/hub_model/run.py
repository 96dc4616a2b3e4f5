"""One build's facts, decided once: settings read, "now", the taxonomy, the problems channel (pure).

Built when a build starts and shared through Pelican's context (``context["hub_run"]``), so every
plugin sees the same instant, the same programmes and regions, and reports to the same channel.
``absolute`` is the one helper for absolute URLs (templates: the ``abs`` filter).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from hub_model.cache import BuildCache, code_version
from hub_model.fields import ParseContext
from hub_model.parallel import Partition
from hub_model.problems import Problems
from hub_model.taxonomy import Taxonomy, load_taxonomy
from hub_model.visibility import Placement, Visibility, placement, resolve_now


@dataclass
class Run:
    """What every plugin of one build shares."""

    siteurl: str
    now: dt.datetime
    timezone: ZoneInfo
    taxonomy: Taxonomy
    preview: bool
    content_root: str  # absolute, symbolic links resolved
    iframe_hosts: frozenset[str] = frozenset()  # video hosts item bodies may embed (SAFE_HTML_IFRAME_HOSTS)
    content_label: str = "content"  # how messages name the content folder
    problems: Problems = field(default_factory=Problems)
    deferred: dict[str, str] = field(default_factory=dict)  # files outside the output, written on success
    counts: dict[str, int] = field(default_factory=dict)  # items written, by kind label (for the last line)
    readings: dict | None = None  # files read ahead in parallel, by content-relative path (see validation)
    partition: Partition = field(default_factory=Partition)  # this process's share of the output
    jobs: dict = field(default_factory=dict)  # work a plugin hands from one phase of the build to a later one
    cache: BuildCache | None = None  # what earlier builds computed (None: cache off)
    next_release: tuple[dt.datetime, str] | None = None  # the soonest embargoed item: (publication, file)

    def defer(self, path: str, text: str) -> None:
        """Ask the build driver to write ``text`` at ``path`` once the build has succeeded and been switched in."""
        self.deferred[path] = text

    def note_embargo(self, published: dt.datetime, path: str) -> None:
        """Remember an embargoed item, so the build can say when the next scheduled build must run."""
        if self.next_release is None or (published, path) < self.next_release:
            self.next_release = (published, path)

    def absolute(self, path: str = "") -> str:
        """Return the absolute URL of a site-relative path (``berita/a/`` → ``https://…/berita/a/``)."""
        return f"{self.siteurl}/{str(path).lstrip('/')}"

    def place(self, visibility: Visibility) -> Placement:
        """Return where this build writes an item of ``visibility``."""
        return placement(visibility, self.preview)

    @property
    def parse_context(self) -> ParseContext:
        """Return what field parsers need of the site."""
        return ParseContext(
            self.taxonomy.programs, self.taxonomy.regions, self.timezone, self.content_root, self.iframe_hosts
        )


def open_cache(settings: dict, problems: Problems) -> BuildCache | None:
    """Open the build cache of ``HUB_CACHE_PATH`` (None: off); report a corrupt file that was discarded."""
    folder = settings.get("HUB_CACHE_PATH")
    if not folder:
        return None
    code = [Path(__file__).resolve().parents[1], Path(settings["THEME"])]
    cache = BuildCache(folder, code_version(settings, code), str(settings.get("HUB_OUTPUT_NAME", "")))
    for name, why in cache.discarded:
        fix = "tidak perlu tindakan: build ini membuatnya ulang"
        problems.warning(name, 0, "cache", f"cache rusak dan dibuang ({why})", fix)
    return cache


def build_run(settings: dict) -> Run:
    """Read one build's facts from Pelican's settings."""
    tz = ZoneInfo(settings["TIMEZONE"])
    problems = Problems()
    return Run(
        siteurl=str(settings["SITEURL"]).rstrip("/"),
        now=resolve_now(settings.get("HUB_NOW"), tz),
        timezone=tz,
        taxonomy=load_taxonomy(settings),
        preview=bool(settings.get("HUB_PREVIEW")),
        content_root=os.path.realpath(settings["PATH"]),
        iframe_hosts=frozenset(settings.get("SAFE_HTML_IFRAME_HOSTS", ())),
        problems=problems,
        cache=open_cache(settings, problems),
    )
