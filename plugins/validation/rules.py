"""Pure content checks: each returns every problem it finds, with the field and the fix.

Messages are in Indonesian for editors; ``format_problem`` renders ``file:line: field: problem — fix``.
Nothing here imports Pelican, so the rules run the same in a build, in ``make check`` and in tests.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from validation.schema import SCHEMAS, Field

DATE_HINT = "tulis tanggal seperti 2026-11-20 09:00 (atau 2026-11-20 saja)"
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
HASHTAG_RE = re.compile(r"^#[0-9A-Za-z_]+$")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field of one file."""

    path: str
    line: int
    field: str
    message: str
    fix: str
    severity: str = "error"  # "error" stops the build, "warning" does not


def format_problem(problem: Problem) -> str:
    """Render a problem as ``file:line: field: problem — how to fix it``."""
    return f"{problem.path}:{problem.line}: {problem.field}: {problem.message} — {problem.fix}"


@dataclass(frozen=True)
class CheckContext:
    """What the checks need to know about the site, built once from the settings."""

    programs: dict[str, str]
    regions: dict[str, str]
    timezone: dt.tzinfo
    file_exists: Callable[[str], bool]


# A checker gets the field's raw lines and returns (problem, fix) or None.
Finding = tuple[str, str] | None


def _joined(lines: list[str]) -> str:
    return " ".join(line.strip() for line in lines).strip()


def _items(lines: list[str]) -> list[str]:
    return [item.strip() for line in lines for item in line.split(",") if item.strip()]


def parse_when(text: str, tz: dt.tzinfo) -> dt.datetime:
    """Parse ``2026-11-20 09:00``, ``2026-11-20`` or ISO 8601; naive values are taken in ``tz``."""
    moment = dt.datetime.fromisoformat(text.strip())
    return moment if moment.tzinfo else moment.replace(tzinfo=tz)


def check_text(lines: list[str], ctx: CheckContext, spec: Field) -> Finding:
    """Require non-empty text, within the field's length limit."""
    text = _joined(lines)
    if not text:
        return "kosong", "isi kolom ini atau hapus barisnya"
    limit = spec.options.get("max")
    if limit and len(text) > limit:
        return f"terlalu panjang ({len(text)} karakter)", f"persingkat menjadi paling banyak {limit} karakter"
    return None


def check_slug(lines: list[str], ctx: CheckContext, spec: Field) -> Finding:
    """Require a URL-safe slug."""
    if not SLUG_RE.match(_joined(lines)):
        return "slug tidak valid", "pakai huruf kecil, angka dan tanda hubung, misalnya umkm-garut-naik-kelas"
    return None


def check_choice(lines: list[str], ctx: CheckContext, spec: Field) -> Finding:
    """Require one of the field's allowed values."""
    choices = spec.options["choices"]
    value = _joined(lines).lower()
    if value not in choices:
        return f"nilai {value!r} tidak dikenal", f"pilih salah satu: {', '.join(choices)}"
    return None


def check_datetime(lines: list[str], ctx: CheckContext, spec: Field) -> Finding:
    """Require a date the build can read."""
    try:
        parse_when(_joined(lines), ctx.timezone)
    except ValueError:
        return f"tanggal {_joined(lines)!r} tidak bisa dibaca", DATE_HINT
    return None


def check_uid(lines: list[str], ctx: CheckContext, spec: Field) -> Finding:
    """Require a UUID, the item's permanent identity."""
    try:
        uuid.UUID(_joined(lines))
    except ValueError:
        return "bukan pengenal yang valid", f"tulis pengenal baru, misalnya Uid: {uuid.uuid4()}"
    return None


def _unknown_terms(values: list[str], declared: dict[str, str], what: str) -> Finding:
    unknown = [value for value in values if value not in declared]
    if not unknown:
        return None
    hints = []
    for value in unknown:
        close = difflib.get_close_matches(value, list(declared), n=1)
        hints.append(f"{value!r} → {close[0]!r}" if close else repr(value))
    return (
        f"{what} tidak dikenal: {', '.join(hints)}",
        f"pakai slug yang terdaftar di pelicanconf.py ({', '.join(list(declared)[:6])}, …)",
    )


def check_program(lines: list[str], ctx: CheckContext, spec: Field) -> Finding:
    """Require one declared programme slug."""
    values = _items(lines)
    if len(values) != 1:
        return "harus tepat satu program", "tulis satu slug program, misalnya kesehatan"
    return _unknown_terms(values, ctx.programs, "program")


def check_regions(lines: list[str], ctx: CheckContext, spec: Field) -> Finding:
    """Require one or more declared region slugs."""
    values = _items(lines)
    if not values:
        return "kosong", "tulis minimal satu wilayah, misalnya kota-bandung atau jawa-barat"
    return _unknown_terms(values, ctx.regions, "wilayah")


def check_list(lines: list[str], ctx: CheckContext, spec: Field) -> Finding:
    """Require at least one comma-separated item."""
    if not _items(lines):
        return "kosong", "tulis daftar yang dipisah koma atau hapus barisnya"
    return None


def check_hashtags(lines: list[str], ctx: CheckContext, spec: Field) -> Finding:
    """Require hashtags that start with # and contain no spaces."""
    bad = [tag for tag in _items(lines) if not HASHTAG_RE.match(tag)]
    if bad or not _items(lines):
        return f"tagar tidak valid: {', '.join(bad) or 'kosong'}", "tulis seperti #JabarJuara, #SilihTulungan"
    return None


def check_image(lines: list[str], ctx: CheckContext, spec: Field) -> Finding:
    """Require an image file that exists under the content folder."""
    path = _joined(lines).removeprefix("{static}").lstrip("/")
    if not path:
        return "kosong", "tulis path gambar, misalnya images/briefs/foto.jpg"
    if not ctx.file_exists(path):
        return f"berkas gambar {path!r} tidak ada", "periksa ejaan path, atau simpan gambarnya di content/images/"
    return None


def check_url(lines: list[str], ctx: CheckContext, spec: Field) -> Finding:
    """Require an absolute http(s) URL."""
    parts = urlsplit(_joined(lines))
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in _joined(lines):
        return f"alamat web {_joined(lines)!r} tidak valid", "tulis alamat lengkap yang diawali https://"
    return None


def check_timezone(lines: list[str], ctx: CheckContext, spec: Field) -> Finding:
    """Require an IANA timezone name."""
    try:
        ZoneInfo(_joined(lines))
    except (ZoneInfoNotFoundError, ValueError):
        return f"zona waktu {_joined(lines)!r} tidak dikenal", "pakai nama IANA seperti Asia/Jakarta, Asia/Makassar"
    return None


def check_geo(lines: list[str], ctx: CheckContext, spec: Field) -> Finding:
    """Require ``latitude, longitude`` within range."""
    try:
        lat, lon = (float(part) for part in _joined(lines).split(","))
    except ValueError:
        return "koordinat tidak bisa dibaca", "tulis lintang, bujur seperti -6.9216, 107.6094"
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return "koordinat di luar jangkauan", "periksa lintang (-90..90) dan bujur (-180..180)"
    return None


def check_count(lines: list[str], ctx: CheckContext, spec: Field) -> Finding:
    """Require a positive whole number."""
    if not _joined(lines).isdigit() or int(_joined(lines)) <= 0:
        return f"{_joined(lines)!r} bukan angka", "tulis bilangan bulat positif, misalnya 50"
    return None


def check_speakers(lines: list[str], ctx: CheckContext, spec: Field) -> Finding:
    """Require one ``name | role`` per line."""
    bad = [line.strip() for line in lines if line.strip() and "|" not in line]
    if bad or not any(line.strip() for line in lines):
        return "format pembicara salah", "tulis satu pembicara per baris: Nama atau jabatan | Peran"
    return None


def check_paths(lines: list[str], ctx: CheckContext, spec: Field) -> Finding:
    """Require site-relative URLs such as ``/berita/judul-lama/``."""
    bad = [url for url in _items(lines) if urlsplit(url).scheme or urlsplit(url).netloc or " " in url or ".." in url]
    if bad or not _items(lines):
        return (
            f"alamat tidak valid: {', '.join(bad) or 'kosong'}",
            "tulis alamat lama di situs ini, misalnya /berita/judul-lama/",
        )
    return None


CHECKS: dict[str, Callable[[list[str], CheckContext, Field], Finding]] = {
    "text": check_text,
    "slug": check_slug,
    "choice": check_choice,
    "datetime": check_datetime,
    "uid": check_uid,
    "program": check_program,
    "regions": check_regions,
    "list": check_list,
    "hashtags": check_hashtags,
    "image": check_image,
    "url": check_url,
    "timezone": check_timezone,
    "geo": check_geo,
    "count": check_count,
    "speakers": check_speakers,
    "paths": check_paths,
}


def _when(meta: dict[str, list[str]], key: str, tz: dt.tzinfo) -> dt.datetime | None:
    try:
        return parse_when(_joined(meta[key]), tz) if key in meta else None
    except ValueError:
        return None


def _event_zone(meta: dict[str, list[str]], ctx: CheckContext) -> dt.tzinfo:
    try:
        return ZoneInfo(_joined(meta["timezone"])) if "timezone" in meta else ctx.timezone
    except (ZoneInfoNotFoundError, ValueError):
        return ctx.timezone


def cross_checks(kind: str, meta: dict[str, list[str]], ctx: CheckContext) -> Iterable[tuple[str, str, str, str, str]]:
    """Yield ``(field, problem, fix, severity, anchor)`` for rules that involve several fields.

    ``anchor`` is the key whose line the problem points at when the field itself is missing.
    """
    status = _joined(meta.get("status", ["published"])).lower()
    if _joined(meta.get("image", [])) and not _joined(meta.get("image_alt", [])):
        yield "Image_Alt", "gambar tanpa teks alternatif", "jelaskan isi gambar di Image_Alt", "error", "image"
    if status == "withdrawn" and not _joined(meta.get("withdrawn_reason", [])):
        yield "Withdrawn_Reason", "alasan penarikan kosong", "tulis alasan di Withdrawn_Reason", "error", "status"
    date, expires = _when(meta, "date", ctx.timezone), _when(meta, "expires", ctx.timezone)
    modified = _when(meta, "modified", ctx.timezone)
    if date and expires and expires <= date:
        yield "Expires", "kedaluwarsa sebelum terbit", "pilih tanggal Expires setelah Date", "error", "expires"
    if date and modified and modified < date:
        yield "Modified", "lebih awal dari Date", "pilih tanggal Modified setelah Date", "warning", "modified"
    if kind != "event":
        return
    zone = _event_zone(meta, ctx)
    start, end = _when(meta, "start", zone), _when(meta, "end", zone)
    if start and end and end < start:
        yield "End", "acara selesai sebelum mulai", "pastikan End sama atau setelah Start", "error", "end"
    if start and end and (len(_joined(meta["start"])) == 10) != (len(_joined(meta["end"])) == 10):
        yield (
            "End",
            "Start dan End berbeda jenis",
            "tulis keduanya dengan jam, atau keduanya tanggal saja",
            "error",
            "end",
        )
    deadline = _when(meta, "registration_deadline", zone)
    if start and deadline and deadline > start:
        yield (
            "Registration_Deadline",
            "batas daftar setelah acara mulai",
            "pilih batas sebelum Start",
            "error",
            "registration_deadline",
        )
    attendance = _joined(meta.get("attendance", [])).lower() or "offline"
    if attendance in ("online", "mixed") and not _joined(meta.get("online_url", [])):
        yield "Online_Url", "acara daring tanpa tautan", "tulis tautan siaran di Online_Url", "error", "attendance"
    if attendance in ("offline", "mixed") and not _joined(meta.get("venue", [])):
        yield (
            "Venue",
            "acara tatap muka tanpa tempat",
            "tulis nama tempat di Venue dan alamat di Address",
            "error",
            "attendance",
        )


def check_metadata(
    kind: str, path: str, meta: dict[str, list[str]], lines: dict[str, int], ctx: CheckContext
) -> list[Problem]:
    """Return every problem in one item's metadata (raw lines per lower-case key)."""
    schema = SCHEMAS[kind]
    problems = []

    def add(key: str, label: str, message: str, fix: str, severity: str = "error") -> None:
        problems.append(Problem(path, lines.get(key, 1), label, message, fix, severity))

    for key, value in meta.items():
        if key not in schema:
            close = difflib.get_close_matches(key, list(schema), n=1, cutoff=0.6)
            fix = f"maksud Anda {schema[close[0]].label}?" if close else "hapus kolom ini atau periksa ejaannya"
            add(key, key.title(), "kolom tidak dikenal", fix)
            continue
        spec = schema[key]
        if not spec.required and not _joined(value):
            continue  # an empty optional field counts as absent (the scaffold writes them all)
        finding = CHECKS[spec.check](value, ctx, spec)
        if finding:
            add(key, spec.label, *finding)
    for key, spec in schema.items():
        if spec.required and key not in meta:
            add(
                key,
                spec.label,
                "wajib diisi tetapi tidak ada",
                f"tambahkan baris {spec.label}: … di bagian atas berkas",
            )
    for label, message, fix, severity, anchor in cross_checks(kind, meta, ctx):
        add(label.lower() if label.lower() in lines else anchor, label, message, fix, severity)
    return sorted(problems, key=lambda p: (p.line, p.field))


def field_lines(text: str) -> dict[str, int]:
    """Map each metadata key in a Markdown file's header to its 1-based line number."""
    found = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            break
        match = re.match(r"^([A-Za-z0-9_-]+)\s*:", line)
        if match:
            found.setdefault(match.group(1).lower(), number)
    return found


@dataclass(frozen=True)
class Published:
    """What the site-wide checks need of an item."""

    path: str
    uid: str | None
    url: str


def check_site(items: list[Published]) -> list[Problem]:
    """Return problems that only show across files: shared identifiers and shared URLs."""
    problems = []
    for attribute, label, fix in (
        ("uid", "Uid", "setiap berkas perlu Uid sendiri; buat yang baru untuk salinan"),
        ("url", "Slug", "ubah Slug atau judul salah satunya agar alamatnya berbeda"),
    ):
        seen: dict[str, str] = {}
        for item in items:
            value = getattr(item, attribute)
            if not value:
                continue
            if value in seen:
                problems.append(Problem(item.path, 1, label, f"sama dengan {seen[value]} ({value})", fix))
            else:
                seen[value] = item.path
    return problems
