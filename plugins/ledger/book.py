"""The published ledger: every item ever published, its URLs and a fingerprint (pure).

The ledger is a committed JSON file. A build compares it with what it is about to publish:
a URL that was published once must still be served (by the item, or as a redirect the item
declares with ``Redirect_From``); an event whose details changed gets the next ``SEQUENCE``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

VERSION = 1


@dataclass(frozen=True)
class Entry:
    """One published item as the ledger remembers it."""

    key: str  # "uid:<uuid>" for briefs and events, "page:<source path>" for pages
    path: str  # source file, for messages
    urls: tuple[str, ...]  # every URL it was published at, current first
    fingerprint: str = ""
    sequence: int = 0


@dataclass(frozen=True)
class Current:
    """One item this build writes."""

    key: str
    path: str
    url: str
    fingerprint: str
    redirects: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class LostUrl:
    """A previously published URL that this build would no longer serve."""

    url: str
    path: str  # where the ledger last saw it
    still_exists: bool  # the item is still published under another URL


def fingerprint(*parts: object) -> str:
    """Return a short stable hash of the details calendar apps care about."""
    digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode("utf-8"))
    return digest.hexdigest()[:16]


def normalise_url(url: str) -> str:
    """Return a site-relative URL without a leading slash (``/berita/a/`` -> ``berita/a/``)."""
    return url.strip().lstrip("/")


def load_ledger(text: str) -> dict[str, Entry]:
    """Parse the ledger file's text."""
    if not text.strip():
        return {}
    data = json.loads(text)
    return {
        key: Entry(key, item["path"], tuple(item["urls"]), item.get("fingerprint", ""), int(item.get("sequence", 0)))
        for key, item in data.get("items", {}).items()
    }


def dump_ledger(entries: dict[str, Entry]) -> str:
    """Serialise the ledger with stable ordering, so diffs stay small and reviewable."""
    items = {
        key: {"path": e.path, "urls": list(e.urls), "fingerprint": e.fingerprint, "sequence": e.sequence}
        for key, e in sorted(entries.items())
    }
    return json.dumps({"version": VERSION, "items": items}, ensure_ascii=False, indent=2) + "\n"


def lost_urls(ledger: dict[str, Entry], current: list[Current]) -> list[LostUrl]:
    """List ledger URLs that no current item serves and no item redirects from."""
    served = {normalise_url(item.url) for item in current}
    served |= {normalise_url(url) for item in current for url in item.redirects}
    present = {item.key for item in current}
    lost = []
    for entry in ledger.values():
        for url in entry.urls:
            if normalise_url(url) not in served:
                lost.append(LostUrl(normalise_url(url), entry.path, entry.key in present))
    return lost


def sequence_of(entry: Entry | None, fingerprint_now: str) -> int:
    """Return the item's SEQUENCE: unchanged if its details are the same, else one more."""
    if entry is None:
        return 0
    return entry.sequence if entry.fingerprint == fingerprint_now else entry.sequence + 1


def updated_ledger(ledger: dict[str, Entry], current: list[Current]) -> dict[str, Entry]:
    """Return the ledger after this build: current items first-class, old URLs kept."""
    result = dict(ledger)
    for item in current:
        old = ledger.get(item.key)
        urls = [normalise_url(item.url)]
        for url in (*(old.urls if old else ()), *item.redirects):
            if normalise_url(url) not in urls:
                urls.append(normalise_url(url))
        result[item.key] = Entry(item.key, item.path, tuple(urls), item.fingerprint, sequence_of(old, item.fingerprint))
    return result


def redirect_pairs(current: list[Current]) -> list[tuple[str, str]]:
    """Return ``(old URL, new URL)`` for every redirect the items declare, sorted."""
    pairs = {(normalise_url(old), normalise_url(item.url)) for item in current for old in item.redirects}
    return sorted(pair for pair in pairs if pair[0] != pair[1])
