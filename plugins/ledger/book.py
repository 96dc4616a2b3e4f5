"""The published ledger: every item ever published, its URLs and a fingerprint (pure).

The ledger is a committed JSON file. A build compares it with what it is about to publish:
a URL that was published once must still be served (by the item, or as a redirect the item
declares with ``Redirect_From``); an event whose details changed gets the next ``SEQUENCE``.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field

from hub_model.problems import Problem

VERSION = 1
KEY = re.compile(r"^(uid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|page:[^\s]+)$")
RESTORE = "pulihkan berkasnya dari git: git checkout -- {path}"


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
    lines: dict = field(default_factory=dict, compare=False)  # field key -> line, for messages

    def line(self, key: str) -> int:
        """Return the line of a field of the item's file (1 when unknown)."""
        return self.lines.get(key, 1)


@dataclass(frozen=True)
class LostUrl:
    """A previously published URL that this build would no longer serve."""

    url: str
    path: str  # where the ledger last saw it
    still_exists: bool  # the item is still published under another URL
    key: str = ""  # the item's ledger key


def fingerprint(*parts: object) -> str:
    """Return a short stable hash of the details calendar apps care about."""
    digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode("utf-8"))
    return digest.hexdigest()[:16]


def normalise_url(url: str) -> str:
    """Return a site-relative URL without a leading slash (``/berita/a/`` -> ``berita/a/``)."""
    return url.strip().lstrip("/")


class LedgerInvalid(Exception):
    """The ledger file cannot be trusted; the message says why (Indonesian), ``line`` where."""

    def __init__(self, message: str, line: int = 0):
        super().__init__(message)
        self.message = message
        self.line = line


def _entry(key: object, item: object) -> Entry:
    if not isinstance(key, str) or not KEY.match(key):
        raise LedgerInvalid(f"kunci {key!r} tidak dikenal (harus uid:<Uid> atau page:<berkas>)")
    if not isinstance(item, dict):
        raise LedgerInvalid(f"isi {key} bukan objek JSON")
    urls, path = item.get("urls"), item.get("path")
    if not isinstance(path, str) or not isinstance(urls, list) or not urls or not all(isinstance(u, str) for u in urls):
        raise LedgerInvalid(f"{key}: 'path' dan 'urls' (daftar alamat) wajib ada")
    sequence = item.get("sequence", 0)
    fingerprint_ = item.get("fingerprint", "")
    if not isinstance(sequence, int) or isinstance(sequence, bool) or sequence < 0 or not isinstance(fingerprint_, str):
        raise LedgerInvalid(f"{key}: 'sequence' harus bilangan bulat dan 'fingerprint' teks")
    return Entry(key, path, tuple(urls), fingerprint_, sequence)


def load_ledger(text: str) -> dict[str, Entry]:
    """Parse the ledger file's text; raise ``LedgerInvalid`` for an empty, broken or wrongly shaped file."""
    if not text.strip():
        raise LedgerInvalid("berkas kosong: perlindungan alamat yang pernah terbit akan mati")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LedgerInvalid(f"bukan JSON yang utuh ({exc.msg})", exc.lineno) from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("items"), dict):
        raise LedgerInvalid(f'bentuknya salah: harus {{"version": {VERSION}, "items": {{…}}}}')
    return {key: _entry(key, item) for key, item in data["items"].items()}


def ledger_problem(path: str, exc: LedgerInvalid) -> Problem:
    """Describe an untrustworthy ledger file for editors."""
    return Problem(
        path,
        exc.line,
        "ledger",
        exc.message,
        RESTORE.format(path=path) + "; berkas ini ditulis oleh make publish dan tidak boleh diubah dengan tangan",
    )


def missing_ledger(path: str) -> Problem:
    """Describe a ledger file that is not there."""
    return Problem(
        path,
        0,
        "ledger",
        "berkas tidak ada: tanpa ledger, build tidak bisa menjaga alamat yang pernah terbit",
        RESTORE.format(path=path) + "; bila situs ini belum pernah terbit, buat ledger kosong dengan make ledger-init",
    )


def dump_ledger(entries: dict[str, Entry]) -> str:
    """Serialise the ledger with stable ordering, so diffs stay small and reviewable."""
    items = {
        key: {"path": e.path, "urls": list(e.urls), "fingerprint": e.fingerprint, "sequence": e.sequence}
        for key, e in sorted(entries.items())
    }
    return json.dumps({"version": VERSION, "items": items}, ensure_ascii=False, indent=2) + "\n"


def check_identity(ledger: dict[str, Entry], current: list[Current]) -> list[Problem]:
    """Report identities that break the ledger's promises.

    They are: a Uid shared by two files, a Uid changed at a published address, a redirect from a
    live address, one old address redirected by two items.
    """
    problems = []
    by_key: dict[str, list[Current]] = {}
    for item in current:
        by_key.setdefault(item.key, []).append(item)
    for key, items in by_key.items():
        if len(items) < 2 or not key.startswith("uid:"):
            continue
        known = ledger.get(key)
        original = next((i for i in items if known and i.path == known.path), min(items, key=lambda i: i.path))
        for copy in items:
            if copy is not original:
                problems.append(
                    Problem(
                        copy.path,
                        copy.line("uid"),
                        "Uid",
                        f"sama dengan {original.path} ({key.removeprefix('uid:')})",
                        "setiap berkas perlu Uid sendiri; buat Uid baru untuk salinan ini (make brief membuatkannya)",
                    )
                )
    owners = {normalise_url(url): entry.key for entry in ledger.values() for url in entry.urls}
    for item in current:
        owner = owners.get(normalise_url(item.url))
        if owner and owner != item.key and owner.startswith("uid:") and item.key.startswith("uid:"):
            problems.append(
                Problem(
                    item.path,
                    item.line("uid"),
                    "Uid",
                    f"alamat /{normalise_url(item.url)} pernah terbit dengan Uid {owner.removeprefix('uid:')}",
                    f"bila ini item yang sama, kembalikan Uid: {owner.removeprefix('uid:')} (Uid tidak boleh diganti);"
                    " bila item baru, pilih Slug lain",
                )
            )
    live = {normalise_url(item.url): item for item in current}
    declared: dict[str, Current] = {}
    for item in current:
        for url in item.redirects:
            old = normalise_url(url)
            if old in live and live[old].key != item.key:
                message = f"alamat /{old} masih dipakai oleh {live[old].path}"
            elif old in declared and declared[old].key != item.key:
                message = f"alamat /{old} sudah dialihkan oleh {declared[old].path}"
            else:
                declared[old] = item
                continue
            problems.append(
                Problem(
                    item.path,
                    item.line("redirect_from"),
                    "Redirect_From",
                    message,
                    "hapus alamat itu dari Redirect_From",
                )
            )
    return problems


def lost_urls(ledger: dict[str, Entry], current: list[Current]) -> list[LostUrl]:
    """List ledger URLs that no current item serves and no item redirects from."""
    served = {normalise_url(item.url) for item in current}
    served |= {normalise_url(url) for item in current for url in item.redirects}
    present = {item.key for item in current}
    lost = []
    for entry in ledger.values():
        for url in entry.urls:
            if normalise_url(url) not in served:
                lost.append(LostUrl(normalise_url(url), entry.path, entry.key in present, entry.key))
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
