"""Build a site once and read its output the way users meet it (HTML, feeds)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import feedparser
import lxml.html

from hub_build.build import run_build

ROOT = Path(__file__).resolve().parents[1]
SITEURL = "https://hub.example.test"


def settings_for(content: Path, output: Path, now: str, **override) -> dict:
    """Return the overrides a test build uses: its content and output, a fixed "now", search off."""
    return {
        "PATH": str(content),
        "OUTPUT_PATH": str(output),
        "CACHE_CONTENT": False,
        "LOAD_CONTENT_CACHE": False,
        "SITEURL": SITEURL,
        "ORGANISATION_URL": f"{SITEURL}/tentang/",
        "HUB_NOW": now,
        "SEARCH_ENABLED": False,
        "HUB_CACHE_PATH": None,  # every test build is cold unless the test is about the cache
        **override,
    }


class BuildFailed(Exception):
    """A test build stopped; ``problems`` says why."""

    def __init__(self, problems):
        self.problems = problems
        super().__init__("\n".join(f"{p.path}:{p.line}: {p.field}: {p.message}" for p in problems))


class LogCapture(logging.Handler):
    """Collect the records a build logs, to assert what it logged."""

    def __init__(self):
        super().__init__(level=logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        self.records.append(record)


@dataclass
class Site:
    """A built site's output folder, with helpers to read it."""

    output: Path
    logs: list = field(default_factory=list)
    problems: list = field(default_factory=list)

    def path(self, relative: str) -> Path:
        return self.output / relative

    def text(self, relative: str) -> str:
        return self.path(relative).read_text(encoding="utf-8")

    def html(self, relative: str):
        return lxml.html.fromstring(self.path(relative).read_bytes())

    def feed(self, relative: str):
        return feedparser.parse(self.path(relative).read_bytes())

    @cached_property
    def html_files(self) -> list[str]:
        # The CMS (/admin/) is the editors' app, not a page readers meet: tests/test_cms_site.py checks it.
        return sorted(
            str(p.relative_to(self.output)) for p in self.output.rglob("*.html") if not p.is_relative_to(self.admin)
        )

    @property
    def admin(self) -> Path:
        return self.output / "admin"

    @cached_property
    def feed_files(self) -> list[str]:
        return sorted(
            str(p.relative_to(self.output)) for p in self.output.rglob("*.xml") if p.name in ("rss.xml", "atom.xml")
        )

    def all_text_files(self) -> list[Path]:
        return [p for p in self.output.rglob("*") if p.is_file() and p.suffix in (".html", ".xml", ".json", ".ics")]


def build_site(content: Path, output: Path, now: str, **override) -> Site:
    """Build in this process and return the Site, with what it logged; raise ``BuildFailed`` when it stops."""
    capture = LogCapture()
    logging.getLogger().addHandler(capture)
    try:
        result = run_build(
            ROOT / "pelicanconf.py", settings_for(content, output, now, **override), configure_logging=False
        )
    finally:
        logging.getLogger().removeHandler(capture)
    if not result.ok:
        raise BuildFailed(result.problems)
    return Site(output, capture.records, result.problems)
