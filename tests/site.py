"""Build a site once and read its output the way users meet it (HTML, feeds)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import feedparser
import lxml.html
from pelican import Pelican
from pelican.settings import read_settings

ROOT = Path(__file__).resolve().parents[1]
SITEURL = "https://hub.example.test"


def build(content: Path, output: Path, now: str, **override) -> None:
    """Build ``content`` into ``output`` with the project's settings, as of ``now``."""
    settings = read_settings(
        str(ROOT / "pelicanconf.py"),
        override={
            "PATH": str(content),
            "OUTPUT_PATH": str(output),
            "CACHE_CONTENT": False,
            "LOAD_CONTENT_CACHE": False,
            "SITEURL": SITEURL,
            "ORGANISATION_URL": f"{SITEURL}/tentang/",
            "HUB_NOW": now,
            **override,
        },
    )
    Pelican(settings).run()


class LogCapture(logging.Handler):
    """Collect the records a build logs, to assert it logged no errors."""

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
        return sorted(str(p.relative_to(self.output)) for p in self.output.rglob("*.html"))

    @cached_property
    def feed_files(self) -> list[str]:
        return sorted(
            str(p.relative_to(self.output)) for p in self.output.rglob("*.xml") if p.name in ("rss.xml", "atom.xml")
        )

    def all_text_files(self) -> list[Path]:
        return [p for p in self.output.rglob("*") if p.is_file() and p.suffix in (".html", ".xml", ".json", ".ics")]


def build_site(content: Path, output: Path, now: str, **override) -> Site:
    """Build and return the Site, with the warnings and errors it logged."""
    capture = LogCapture()
    logging.getLogger().addHandler(capture)
    try:
        build(content, output, now, **override)
    finally:
        logging.getLogger().removeHandler(capture)
    return Site(output, capture.records)
