"""Find the inline code a built site's pages carry, for the Content-Security-Policy (pure, reads files only).

A CSP without ``'unsafe-inline'`` runs an inline ``<script>`` or applies an inline ``<style>`` only
when the policy lists the SHA-256 hash of its exact text. ``scan_site`` collects those hashes from
every HTML page (and the XSLT stylesheets that turn feeds into pages), so the policy allows exactly
what the theme writes. JSON-LD and other data blocks (``<script type="application/ld+json">``) are
never executed and need no hash. Inline ``style="…"`` attributes and ``on…=`` event handlers
cannot be allowed by a hash (without ``'unsafe-hashes'``): each one found is reported, so the
markup moves into ``main.css`` or a same-origin script instead of being silently blocked.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from lxml import etree

STYLE = re.compile(rb"<style\b[^>]*>(.*?)</style\s*>", re.S | re.I)
SCRIPT = re.compile(rb"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)
SRC = re.compile(rb"\ssrc\s*=", re.I)
TYPE = re.compile(rb"""\stype\s*=\s*["']?([^"'\s>]+)""", re.I)
# Script types a browser executes (anything else is a data block, e.g. application/ld+json).
JAVASCRIPT_TYPES = {b"", b"module", b"text/javascript", b"application/javascript", b"text/ecmascript"}
# Cheap test before a file is parsed for attributes: most pages have no such text at all.
SUSPECT_ATTRIBUTE = re.compile(rb"\s(?:style|on[a-z]+)\s*=", re.I)


@dataclass(frozen=True)
class InlineCode:
    """What the CSP must allow: hashes of inline scripts and styles, and markup no hash can allow."""

    scripts: frozenset[str] = frozenset()  # CSP hash sources: "'sha256-…'"
    styles: frozenset[str] = frozenset()
    blocked: tuple[tuple[str, str], ...] = ()  # (site-relative file, attribute) a CSP would block


def csp_hash(text: bytes) -> str:
    """Return the CSP hash source of an inline script's or style's exact text (``'sha256-…'``)."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text).digest()).decode("ascii") + "'"


def is_javascript(attributes: bytes) -> bool:
    """Tell whether a ``<script>`` tag with these attributes runs (no type, or a JavaScript type)."""
    found = TYPE.search(attributes)
    return (found.group(1).lower() if found else b"") in JAVASCRIPT_TYPES


class AttributeFinder(HTMLParser):
    """Collect inline ``style`` attributes and event handler attributes of real tags (not of text)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        """Note each ``style`` or ``on…`` attribute."""
        self.found += [f"<{tag} {name}=…>" for name, _ in attrs if name == "style" or name.startswith("on")]

    handle_startendtag = handle_starttag


@dataclass
class Collected:
    """Hashes and blocked markup gathered so far."""

    scripts: set[str] = field(default_factory=set)
    styles: set[str] = field(default_factory=set)
    blocked: list[tuple[str, str]] = field(default_factory=list)


def scan_html(data: bytes, name: str, into: Collected) -> None:
    """Collect the inline code of one HTML page."""
    if b"<style" in data or b"<STYLE" in data:
        into.styles.update(csp_hash(match.group(1)) for match in STYLE.finditer(data))
    for match in SCRIPT.finditer(data):
        attributes, body = match.groups()
        if not SRC.search(attributes) and is_javascript(attributes):
            into.scripts.add(csp_hash(body))
    if SUSPECT_ATTRIBUTE.search(data):
        finder = AttributeFinder()
        finder.feed(data.decode("utf-8", errors="replace"))
        finder.close()
        into.blocked += [(name, attribute) for attribute in dict.fromkeys(finder.found)]


def scan_xslt(data: bytes, into: Collected) -> None:
    """Collect the inline code an XSLT stylesheet writes into the page it makes of a feed."""
    root = etree.fromstring(data)
    for element in root.iter("style", "{*}style"):
        into.styles.add(csp_hash((element.text or "").encode("utf-8")))
    for element in root.iter("script", "{*}script"):
        if element.get("src") is None and is_javascript(f' type="{element.get("type", "")}"'.encode()):
            into.scripts.add(csp_hash((element.text or "").encode("utf-8")))


def scan_site(folder: str, memo: dict | None = None, into_memo: dict | None = None) -> InlineCode:
    """Collect every hash the site's pages need, and every inline attribute a CSP would block.

    ``memo`` is what the previous build found, per site-relative file: a file that is still the
    same one (the same inode, size and modification time: the build linked it from the previous
    build because nothing it is made of changed) is not read again. What this scan found goes
    into ``into_memo``, for the next build.
    """
    memo = memo or {}
    collected = Collected()
    for dirpath, dirnames, names in os.walk(folder):
        dirnames.sort()
        for name in sorted(names):
            if not name.endswith((".html", ".xsl")):
                continue
            path = os.path.join(dirpath, name)
            relative = os.path.relpath(path, folder).replace(os.sep, "/")
            info = os.stat(path)
            stamp = (info.st_ino, info.st_size, info.st_mtime_ns)
            known = memo.get(relative)
            if known is not None and known[0] == stamp:
                found = known[1]
            else:
                found = Collected()
                with open(path, "rb") as handle:
                    data = handle.read()
                if name.endswith(".xsl"):
                    scan_xslt(data, found)
                else:
                    scan_html(data, relative, found)
            if into_memo is not None:
                into_memo[relative] = (stamp, found)
            collected.scripts |= found.scripts
            collected.styles |= found.styles
            collected.blocked += found.blocked
    return InlineCode(frozenset(collected.scripts), frozenset(collected.styles), tuple(collected.blocked))
