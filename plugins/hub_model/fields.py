"""Field types: each parser turns what an editor wrote into a typed value, or raises ``Invalid`` (pure).

A parser gets the field's lines (the first after the colon, then any continuation lines) and the
``ParseContext``; messages and fixes are Indonesian. The schema (``schema.py``) says which field
has which type.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from hub_model.containment import IMAGE_TYPES, Unsafe, resolve_inside
from hub_model.taxonomy import SLUG_PATTERN, Term

UUID_FORM = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
HASHTAG = re.compile(r"^#[0-9A-Za-z_]+$")
# A site path a redirect may start from: segments of unreserved URL characters, ending in "/" or ".html".
SEGMENT = r"[A-Za-z0-9_~-][A-Za-z0-9._~-]*"
SITE_PATH = re.compile(rf"^/(?:{SEGMENT}/)*(?:{SEGMENT}\.html)?$")
DATE_HINT = "tulis tanggal seperti 2026-11-20 09:00 (atau 2026-11-20 saja)"
# Fixes an editing form shows too (the CMS validates the same limits and patterns before saving).
SHORTEN = "persingkat menjadi paling banyak {limit} karakter"
SLUG_FIX = "pakai huruf kecil, angka dan tanda hubung, misalnya umkm-garut-naik-kelas"
URL_FIX = "tulis alamat lengkap yang diawali https://"


class Invalid(Exception):
    """What an editor wrote cannot be used: a message and how to fix it, in Indonesian."""

    def __init__(self, message: str, fix: str):
        super().__init__(message)
        self.message = message
        self.fix = fix


@dataclass(frozen=True)
class ParseContext:
    """What parsers need to know about the site, built once per build."""

    programs: dict[str, Term]
    regions: dict[str, Term]
    timezone: dt.tzinfo
    content_root: str  # absolute, symlinks resolved
    iframe_hosts: frozenset[str] = frozenset()  # video hosts bodies may embed


@dataclass(frozen=True)
class Moment:
    """A date as written: the datetime (naive unless an offset was given) and whether it had no time."""

    value: dt.datetime
    date_only: bool

    def aware(self, zone: dt.tzinfo) -> dt.datetime:
        """Return the moment in ``zone`` when it was written without an offset."""
        return self.value if self.value.tzinfo else self.value.replace(tzinfo=zone)


@dataclass(frozen=True)
class Source:
    """A source a clarification rests on: what it is called and where to read it."""

    title: str
    url: str


@dataclass(frozen=True)
class Speaker:
    """A speaker, named by role (the campaign does not publish personal names)."""

    name: str
    role: str


Lines = tuple[str, ...]


def joined(lines: Lines) -> str:
    """Return a field's lines as one string."""
    return " ".join(line.strip() for line in lines).strip()


def items(lines: Lines) -> list[str]:
    """Return a comma-separated field (possibly over several lines) as stripped items."""
    return [item.strip() for line in lines for item in line.split(",") if item.strip()]


def parse_text(lines: Lines, ctx: ParseContext, limit: int | None = None) -> str:
    """Return non-empty text, within ``limit`` characters."""
    text = joined(lines)
    if limit and len(text) > limit:
        raise Invalid(f"terlalu panjang ({len(text)} karakter)", SHORTEN.format(limit=limit))
    return text


def parse_slug(lines: Lines, ctx: ParseContext, limit: int | None = None) -> str:
    """Return a URL-safe slug."""
    text = joined(lines)
    if not SLUG_PATTERN.match(text):
        raise Invalid("slug tidak valid", SLUG_FIX)
    if limit and len(text) > limit:
        raise Invalid(f"slug terlalu panjang ({len(text)} karakter)", SHORTEN.format(limit=limit))
    return text


def choice(choices: tuple[str, ...]) -> Callable[[Lines, ParseContext], str]:
    """Return a parser accepting one of ``choices`` (any letter case)."""

    def parse(lines: Lines, ctx: ParseContext) -> str:
        value = joined(lines).lower()
        if value not in choices:
            close = difflib.get_close_matches(value, choices, n=1)
            hint = f"maksud Anda {close[0]}? " if close else ""
            raise Invalid(f"nilai {value!r} tidak dikenal", f"{hint}pilih salah satu: {', '.join(choices)}")
        return value

    return parse


def choices(allowed: tuple[str, ...]) -> Callable[[Lines, ParseContext], tuple[str, ...]]:
    """Return a parser accepting one or more of ``allowed``, comma-separated (any letter case), each once."""
    one = choice(allowed)

    def parse(lines: Lines, ctx: ParseContext) -> tuple[str, ...]:
        values = [one((value,), ctx) for value in items(lines)]
        if not values:
            raise Invalid("kosong", f"tulis satu atau lebih, dipisah koma: {', '.join(allowed)}")
        return tuple(dict.fromkeys(values))

    return parse


def parse_moment(lines: Lines, ctx: ParseContext) -> Moment:
    """Return a date with or without a time (``2026-11-20 09:00``, ``2026-11-20``, ISO 8601)."""
    text = joined(lines)
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise Invalid(f"tanggal {text!r} tidak bisa dibaca", DATE_HINT) from None
    return Moment(value, date_only=len(text) == len("2026-11-20"))


def parse_uid(lines: Lines, ctx: ParseContext) -> str:
    """Return the item's permanent identity, which must be written as a lowercase canonical UUID."""
    text = joined(lines)
    if UUID_FORM.match(text) and text != str(uuid.UUID(int=0)):
        return text
    try:
        canonical = str(uuid.UUID(text))
    except ValueError:
        raise Invalid("bukan pengenal yang valid", f"tulis pengenal baru, misalnya Uid: {uuid.uuid4()}") from None
    if canonical == str(uuid.UUID(int=0)):
        raise Invalid("pengenal nol tidak boleh dipakai", f"tulis pengenal baru, misalnya Uid: {uuid.uuid4()}")
    raise Invalid("tidak dalam bentuk baku", f"tulis Uid: {canonical} (huruf kecil, dengan tanda hubung)")


def unknown_terms(values: list[str], declared: dict[str, Term], what: str) -> None:
    """Raise for values that are not declared slugs, with the closest match and the whole list."""
    unknown = [value for value in values if value not in declared]
    if not unknown:
        return
    hints = []
    for value in unknown:
        close = difflib.get_close_matches(value, list(declared), n=1)
        hints.append(f"{value!r} → maksud Anda {close[0]!r}?" if close else repr(value))
    raise Invalid(
        f"{what} tidak dikenal: {'; '.join(hints)}",
        f"pakai salah satu slug {what} yang terdaftar: {', '.join(declared)}",
    )


def parse_program(lines: Lines, ctx: ParseContext) -> Term:
    """Return the one declared programme."""
    values = items(lines)
    if len(values) != 1:
        raise Invalid("harus tepat satu program", "tulis satu slug program, misalnya kesehatan")
    unknown_terms(values, ctx.programs, "program")
    return ctx.programs[values[0]]


def parse_regions(lines: Lines, ctx: ParseContext) -> tuple[Term, ...]:
    """Return one or more declared regions, each once, in the order written."""
    values = list(dict.fromkeys(items(lines)))
    unknown_terms(values, ctx.regions, "wilayah")
    return tuple(ctx.regions[value] for value in values)


def parse_list(lines: Lines, ctx: ParseContext) -> tuple[str, ...]:
    """Return comma-separated items, each once."""
    return tuple(dict.fromkeys(items(lines)))


def parse_hashtags(lines: Lines, ctx: ParseContext) -> tuple[str, ...]:
    """Return hashtags that start with # and contain no spaces."""
    bad = [tag for tag in items(lines) if not HASHTAG.match(tag)]
    if bad:
        raise Invalid(f"tagar tidak valid: {', '.join(bad)}", "tulis seperti #JabarJuara, #SilihTulungan")
    return tuple(dict.fromkeys(items(lines)))


def parse_image(lines: Lines, ctx: ParseContext) -> str:
    """Return the content-relative path of a picture inside the content folder, checked by its bytes."""
    text = joined(lines).removeprefix("{static}").lstrip("/")
    try:
        return resolve_inside(ctx.content_root, "", text, IMAGE_TYPES)
    except Unsafe as exc:
        raise Invalid(exc.message, exc.fix) from None


def parse_url(lines: Lines, ctx: ParseContext) -> str:
    """Return an absolute http(s) URL."""
    text = joined(lines)
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in text:
        raise Invalid(f"alamat web {text!r} tidak valid", URL_FIX)
    return text


def parse_urls(lines: Lines, ctx: ParseContext) -> tuple[str, ...]:
    """Return absolute http(s) URLs, one per line, each once."""
    urls = []
    for value in (line.strip() for line in lines if line.strip()):
        try:
            urls.append(parse_url((value,), ctx))
        except Invalid as exc:
            several = " " in value or "," in value
            fix = "tulis satu alamat per baris; baris berikutnya diawali spasi" if several else exc.fix
            raise Invalid(exc.message, fix) from None
    return tuple(dict.fromkeys(urls))


def parse_sources(lines: Lines, ctx: ParseContext) -> tuple[Source, ...]:
    """Return one ``Title | https://…`` source per line."""
    sources = []
    for line in (line.strip() for line in lines):
        if not line:
            continue
        title, bar, url = (part.strip() for part in line.rpartition("|"))
        if not bar or not title:
            raise Invalid(
                f"format sumber salah: {line!r}",
                "tulis satu sumber per baris: Judul sumber | https://alamat; baris berikutnya diawali spasi",
            )
        sources.append(Source(title, parse_url((url,), ctx)))
    return tuple(sources)


def parse_uids(lines: Lines, ctx: ParseContext) -> tuple[str, ...]:
    """Return the Uids of other items, comma-separated, each once."""
    uids = []
    for value in items(lines):
        try:
            uids.append(parse_uid((value,), ctx))
        except Invalid as exc:
            fix = "salin Uid item yang dimaksud persis dari kepala berkasnya (huruf kecil, dengan tanda hubung)"
            raise Invalid(f"{value!r} {exc.message}", fix) from None
    return tuple(dict.fromkeys(uids))


def parse_timezone(lines: Lines, ctx: ParseContext) -> str:
    """Return an IANA time zone name."""
    text = joined(lines)
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise Invalid(
            f"zona waktu {text!r} tidak dikenal", "pakai nama IANA seperti Asia/Jakarta, Asia/Makassar, Asia/Jayapura"
        ) from None
    return text


def parse_geo(lines: Lines, ctx: ParseContext) -> tuple[float, float]:
    """Return ``(latitude, longitude)`` within range."""
    try:
        lat, lon = (float(part) for part in joined(lines).split(","))
    except ValueError:
        raise Invalid("koordinat tidak bisa dibaca", "tulis lintang, bujur seperti -6.9216, 107.6094") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise Invalid("koordinat di luar jangkauan", "periksa lintang (-90..90) dan bujur (-180..180)")
    return (lat, lon)


def parse_count(lines: Lines, ctx: ParseContext) -> int:
    """Return a positive whole number."""
    text = joined(lines)
    if not text.isascii() or not text.isdigit() or int(text) <= 0:
        raise Invalid(f"{text!r} bukan angka", "tulis bilangan bulat positif, misalnya 50")
    return int(text)


def parse_speakers(lines: Lines, ctx: ParseContext) -> tuple[Speaker, ...]:
    """Return one ``name | role`` per line."""
    bad = [line.strip() for line in lines if line.strip() and "|" not in line]
    if bad:
        raise Invalid(
            f"format pembicara salah: {bad[0]!r}",
            "tulis satu pembicara per baris: Nama atau jabatan | Peran; baris berikutnya diawali spasi",
        )
    speakers = []
    for line in lines:
        if line.strip():
            name, role = (part.strip() for part in line.split("|", 1))
            if not name or not role:
                raise Invalid(f"format pembicara salah: {line.strip()!r}", "isi nama (atau jabatan) dan peran")
            speakers.append(Speaker(name, role))
    return tuple(speakers)


def parse_paths(lines: Lines, ctx: ParseContext) -> tuple[str, ...]:
    """Return site paths (``/berita/judul-lama/``) this item was published at before."""
    values = list(dict.fromkeys(items(lines)))
    bad = [value for value in values if not SITE_PATH.match(value) or value == "/"]
    if bad:
        raise Invalid(
            f"alamat tidak valid: {', '.join(repr(value) for value in bad)}",
            "tulis alamat lama di situs ini, diawali dan diakhiri garis miring, hanya huruf, angka, - . _ ~ "
            "(misalnya /berita/judul-lama/); alamat beranda / tidak bisa dialihkan",
        )
    return tuple(values)
