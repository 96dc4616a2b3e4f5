"""Read one item file: parse it against the schema and render its body (no Pelican objects, picklable results).

Shared by the reader Pelican calls and by the worker processes that read files in parallel.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markdown import Markdown
from pelican.utils import slugify

from hub_model.parse import parse_file
from hub_model.problems import Problem


def slugger(settings: dict):
    """Return Pelican's slugify with the site's settings (the addresses Pelican would make)."""
    subs = settings.get("SLUG_REGEX_SUBSTITUTIONS", [])
    return lambda text: slugify(text, regex_subs=subs, preserve_case=False, use_unicode=False)


@dataclass
class Reading:
    """What reading one file gave: its problems and, when it has no error, its body and typed values (picklable)."""

    kind: str
    path: str  # "content/briefs/a.md"
    problems: list[Problem]
    html: str | None = None  # None when the file has an error
    values: dict = field(default_factory=dict)
    lines: dict = field(default_factory=dict)
    links: tuple = ()


def read_file(root: str, relative: str, ctx, slug, markdown: Markdown) -> Reading | None:
    """Parse one item file and, when it has no error, render its body (None for files outside item folders)."""
    parsed = parse_file(root, relative, ctx, slug)
    if parsed is None:
        return None
    reading = Reading(parsed.kind.name, parsed.path, parsed.problems)
    if parsed.ok:
        markdown.reset()
        reading.html = markdown.convert(parsed.body)
        reading.values, reading.lines, reading.links = parsed.values, parsed.lines, parsed.links
    return reading


def markdown_for(settings: dict) -> Markdown:
    """Return the one Markdown converter of a reader, configured from ``MARKDOWN`` (never the meta extension)."""
    config = dict(settings["MARKDOWN"])
    extensions = [*config.pop("extensions", []), *config.get("extension_configs", {})]
    return Markdown(extensions=[e for e in extensions if not e.endswith(".meta")], **config)
