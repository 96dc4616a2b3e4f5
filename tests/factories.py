"""Shared test factories: items written as editors write them, parsed by the real schema (no Pelican run)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from pelican.settings import read_settings

from events.model import event_details
from hub_model.fields import ParseContext
from hub_model.parse import Parsed, parse_item
from hub_model.schema import KINDS
from hub_model.taxonomy import Term, load_taxonomy
from validation.reader import slugger

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "site" / "content"
SETTINGS = read_settings(str(ROOT / "pelicanconf.py"), override={"PATH": str(FIXTURE)})
JKT = ZoneInfo("Asia/Jakarta")
TAXONOMY = load_taxonomy(SETTINGS)
SLUGIFY = slugger(SETTINGS)
ORGANISER = "Dinas Komunikasi dan Informatika Provinsi Jawa Barat"

BRIEF = {
    "title": "Kabar Baik",
    "uid": "11111111-1111-4111-8111-111111111111",
    "date": "2026-05-10 09:00",
    "program": "kesehatan",
    "regions": "kota-bandung",
    "summary": "Ringkasan singkat.",
}
EVENT = {**BRIEF, "title": "Lokakarya", "start": "2026-06-01 09:00", "venue": "Gedung Sate"}
CLARIFICATION = {
    **BRIEF,
    "title": "Tautan Bantuan Palsu",
    "verdict": "hoaks",
    "claim": "Daftar bantuan lewat tautan ini.",
    "claim_platforms": "whatsapp, facebook",
    "claim_first_seen": "2026-05-08",
    "evidence": "Pengumuman resmi | https://example.org/pengumuman",
}
PAGE = {"title": "Tentang"}
BASES = {"brief": BRIEF, "event": EVENT, "clarification": CLARIFICATION, "page": PAGE}


def context(root: Path = FIXTURE) -> ParseContext:
    """Return the parse context of a site whose content folder is ``root``."""
    return ParseContext(TAXONOMY.programs, TAXONOMY.regions, JKT, str(root.resolve()))


def header(kind: str, fields: dict) -> str:
    """Write ``fields`` (key -> text, or a list of lines) as a header, labels spelled as the schema spells them."""
    labels = KINDS[kind].by_key
    lines = []
    for key, value in fields.items():
        label = labels[key].label if key in labels else key.title()
        parts = value if isinstance(value, list) else [value]
        lines.append(f"{label}: {parts[0]}".rstrip())
        lines += [f"    {part}" for part in parts[1:]]
    return "\n".join(lines)


def parse_text(text: str | bytes, kind: str = "brief", root: Path = FIXTURE, name: str = "a.md") -> Parsed:
    """Parse a whole file's text as an item of ``kind`` in the content folder ``root``."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    folder = KINDS[kind].folder
    return parse_item(f"content/{folder}/{name}", f"{folder}/{name}", data, KINDS[kind], context(root), slugify=SLUGIFY)


def parse_fields(kind: str = "brief", body: str = "Isi.", root: Path = FIXTURE, **fields) -> Parsed:
    """Parse a valid item of ``kind`` with ``fields`` changed (``None`` removes a field)."""
    merged = {**BASES[kind], **fields}
    return parse_text(header(kind, {k: v for k, v in merged.items() if v is not None}) + "\n\n" + body, kind, root)


def details(**fields):
    """Return an event's details, from an event written with ``fields`` on top of a valid one."""
    parsed = parse_fields("event", **{"end": None, "venue": "Hotel Savoy Homan", "start": "2020-11-11 09:00", **fields})
    assert parsed.ok, parsed.problems
    return event_details(parsed.values, "Asia/Jakarta", "Diskominfo Jabar")


PROGRAM = Term("program", "literasi-digital", "Literasi Digital", "program/literasi-digital/")
REGION = Term("region", "kota-bandung", "Kota Bandung", "wilayah/kota-bandung/")
UID = "0c8f4b52-1f6e-4a8e-b1f3-5d2a9e7c6b10"


def make_event(title="Lokakarya Medsos", slug="lokakarya-medsos", uid=UID, modified=None, sequence=None, **fields):
    """An event as the events plugin publishes it (only the attributes the outputs read)."""
    fields = {
        "start": "2020-11-11 09:00",
        "end": "2020-11-11 12:00",
        "venue": "Hotel Savoy Homan",
        "address": "Jalan Asia Afrika No. 112, Bandung",
        **fields,
    }
    parsed = parse_fields("event", **fields)
    assert parsed.ok, parsed.problems
    event = SimpleNamespace(
        title=title,
        slug=slug,
        uid=uid,
        url=f"acara/{slug}/",
        save_as=f"acara/{slug}/index.html",
        date=dt.datetime(2020, 11, 1, 10, tzinfo=JKT),
        metadata={"summary": "Lokakarya peluncuran kampanye bersama 50 kreator."},
        program=PROGRAM,
        regions=(REGION,),
        image=None,
        details=event_details(parsed.values, "Asia/Jakarta", ORGANISER),
    )
    if modified:
        event.modified = dt.datetime.fromisoformat(modified).replace(tzinfo=JKT)
    if sequence is not None:
        event.sequence = sequence
    return event
