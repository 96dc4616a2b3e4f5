"""Read one item file: parse it against the schema and render its body (no Pelican objects, picklable results).

Shared by the reader Pelican calls and by the worker processes that read files in parallel.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field

from markdown import Markdown
from pelican.utils import slugify

from hub_model.guard import internal_problem
from hub_model.parse import parse_item
from hub_model.problems import WARNING, Problem
from hub_model.sanitise import Policy, clean_html, find_unsafe
from hub_model.schema import kind_of


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
    source: str = ""  # digest of the file's path and bytes: what a cached reading is valid for
    deps: dict = field(default_factory=dict)  # content-relative path -> stat of each file it refers to


def source_digest(relative: str, data: bytes) -> str:
    """Return the digest a reading of ``relative`` holding ``data`` is cached under."""
    return hashlib.sha256(relative.encode() + b"\0" + data).hexdigest()


def stat_of(root: str, relative: str) -> tuple[int, int] | None:
    """Return (size, modification time) of a content file, or None when it is not there."""
    try:
        found = os.stat(os.path.join(root, relative))
    except OSError:
        return None
    return (found.st_size, found.st_mtime_ns)


def still_valid(reading: Reading, root: str, digest: str) -> bool:
    """Tell whether a cached reading still holds: same bytes, and every file it refers to unchanged."""
    return reading.source == digest and all(stat_of(root, path) == stat for path, stat in reading.deps.items())


def sanitised(html: str, iframe_hosts: frozenset[str], reading: Reading) -> str:
    """Return a rendered body sanitised; warn (on the reading) about each thing removed."""
    policy = Policy(iframe_hosts)
    for removed in find_unsafe(html, policy):
        fix = "hapus dari berkas, atau pakai Markdown biasa"
        reading.problems.append(Problem(reading.path, 0, "isi", f"{removed} dihapus demi keamanan", fix, WARNING))
    return clean_html(html, policy)


def read_file(root: str, relative: str, ctx, slug, markdown: Markdown, *, data: bytes | None = None) -> Reading | None:
    """Parse one item file and, when it has no error, render its body (None for files outside item folders)."""
    kind = kind_of(relative)
    if kind is None or not relative.startswith(kind.folder + "/"):
        return None
    if data is None:
        with open(os.path.join(root, relative), "rb") as handle:
            data = handle.read()
    parsed = parse_item(f"content/{relative}", relative, data, kind, ctx, slugify=slug)
    reading = Reading(parsed.kind.name, parsed.path, parsed.problems, source=source_digest(relative, data))
    if parsed.ok:
        markdown.reset()
        reading.html = sanitised(markdown.convert(parsed.body), ctx.iframe_hosts, reading)
        reading.values, reading.lines, reading.links = parsed.values, parsed.lines, parsed.links
    used = {link.path for link in parsed.links} | ({parsed.values["image"]} if "image" in parsed.values else set())
    reading.deps = {path: stat_of(root, path) for path in sorted(used)}
    return reading


def markdown_for(settings: dict) -> Markdown:
    """Return the one Markdown converter of a reader, configured from ``MARKDOWN`` (never the meta extension)."""
    config = dict(settings["MARKDOWN"])
    extensions = [*config.pop("extensions", []), *config.get("extension_configs", {})]
    return Markdown(extensions=[e for e in extensions if not e.endswith(".meta")], **config)


def read_guarded(
    root: str, relative: str, ctx, slug, markdown: Markdown, *, data: bytes | None = None
) -> Reading | None:
    """Read like ``read_file``; an unexpected exception becomes a problem of that file, not a crash."""
    try:
        return read_file(root, relative, ctx, slug, markdown, data=data)
    except Exception as exc:  # noqa: BLE001 (reported against the file, with every other problem)
        kind = kind_of(relative)
        return Reading(kind.name if kind else "", f"content/{relative}", [internal_problem(f"content/{relative}", exc)])
