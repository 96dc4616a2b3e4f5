"""Parse one item's file against its kind's schema: typed values out, every problem reported (pure).

``parse_item`` is the whole reading of an item: the strict header (``source``), each field's
parser (``fields``), the rules that involve several fields, placeholders left from the scaffold,
field-like lines in the body and every link to another file. ``make check`` and the build both
call it, so they cannot disagree.
"""

from __future__ import annotations

import difflib
import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from hub_model.containment import ALL_TYPES, Unsafe, resolve_inside
from hub_model.fields import Invalid, Moment, ParseContext
from hub_model.problems import Problem
from hub_model.schema import ALL_LABELS, MULTILINE, TITLE_MAX, Kind
from hub_model.source import Source, field_lookalikes, read_source
from hub_model.taxonomy import SLUG_PATTERN

# Pelican's intrasite links where they can stand: a Markdown link or image ``](…)``, a reference
# definition ``[id]: …``, or an HTML attribute ``href="…"``/``src="…"``: {static}/images/a.jpg, |filename|x.md
LINK = re.compile(
    r"(?:\]\(\s*<?|^[ \t]*\[[^\]\n]+\]:[ \t]*|\b(?:href|src|poster|data|cite|content)\s*=\s*[\"']?)"
    r"[{|](?P<what>\w+)[|}](?P<target>[^\s\"'<>()\[\]]*)",
    re.MULTILINE,
)
KNOWN_LINKS = ("static", "attach", "filename", "index")
# A picture in the body without a description: ``![](…)``, or ``<img`` with no or an empty ``alt``.
NO_ALT = re.compile(r"!\[\s*\]\(|<img\b(?![^>]*\balt\s*=\s*[\"']?[^\s\"'>])[^>]*>", re.IGNORECASE)
SITE_ZONE_FIELDS = ("date", "modified", "expires", "claim_first_seen")
EVENT_ZONE_FIELDS = ("start", "end", "registration_deadline")


@dataclass(frozen=True)
class Link:
    """A link from an item's body to another file of the content folder."""

    what: str  # "static", "attach" or "filename"
    path: str  # content-relative
    line: int


@dataclass
class Parsed:
    """What one file says, typed: the values per field key, their lines, links, and the problems found."""

    kind: Kind
    path: str  # "content/briefs/a.md"
    values: dict = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    raw: dict[str, str] = field(default_factory=dict)  # each field's text as written (continuations joined)
    links: tuple[Link, ...] = ()
    body: str = ""
    body_line: int = 1
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Tell whether the file has no error (warnings allowed)."""
        return not any(p.is_error for p in self.problems)

    def problem(self, key: str, label: str, message: str, fix: str, *, severity: str = "error", line: int = 0) -> None:
        """Record a problem on a field (at its line, or line 1 when the field is missing)."""
        self.problems.append(Problem(self.path, line or self.lines.get(key, 1), label, message, fix, severity))


def parse_item(path: str, relative: str, data: bytes, kind: Kind, ctx: ParseContext, *, slugify: Callable[[str], str]):
    """Read one file's bytes as an item of ``kind``; return ``Parsed`` (values are trustworthy only if ``ok``)."""
    source = read_source(path, data, MULTILINE[kind.name], ALL_LABELS)
    parsed = Parsed(kind, path, body=source.body, body_line=source.body_line, problems=list(source.problems))
    read_fields(parsed, source, ctx)
    check_required(parsed)
    localise(parsed, ctx)
    check_relations(parsed)
    derive_slug(parsed, slugify)
    check_placeholders(parsed)
    field_lookalikes(source, ALL_LABELS)
    parsed.problems.extend(p for p in source.problems if p not in parsed.problems)
    parsed.links = read_links(parsed, source, ctx, posixpath.dirname(relative))
    check_alt_texts(parsed, source)
    return parsed


def check_alt_texts(parsed: Parsed, source: Source) -> None:
    """Report pictures in the body without a text for readers who cannot see them."""
    for offset, text in enumerate(source.body.split("\n")):
        if NO_ALT.search(text):
            parsed.problem(
                "",
                "isi",
                "gambar tanpa teks alternatif",
                "tulis apa yang tampak di gambar: ![Petani memanen padi]({static}/images/foto.jpg)",
                line=source.body_line + offset,
            )


def read_fields(parsed: Parsed, source: Source, ctx: ParseContext) -> None:
    """Parse each header field; unknown, repeated and malformed fields are problems."""
    schema = parsed.kind.by_key
    for raw in source.fields:
        spec = schema.get(raw.key)
        if spec is None:
            close = difflib.get_close_matches(raw.key, list(schema), n=1, cutoff=0.6)
            fix = f"maksud Anda {schema[close[0]].label}?" if close else "hapus kolom ini atau periksa ejaannya"
            parsed.problem(
                raw.key, raw.label, f"kolom tidak dikenal untuk {parsed.kind.label.lower()}", fix, line=raw.line
            )
            continue
        if spec.key in parsed.lines:
            parsed.problem(
                spec.key,
                spec.label,
                f"kolom ganda: {spec.label} sudah ditulis di baris {parsed.lines[spec.key]}",
                "hapus salah satu baris",
                line=raw.line,
            )
            continue
        parsed.lines[spec.key] = raw.line
        parsed.raw[spec.key] = raw.text
        if not raw.text:
            if spec.required:
                parsed.problem(spec.key, spec.label, "kosong", "isi kolom ini")
            continue  # an empty optional field counts as absent (the scaffold writes them all)
        try:
            parsed.values[spec.key] = spec.parse(raw.lines, ctx)
        except Invalid as exc:
            parsed.problem(spec.key, spec.label, exc.message, exc.fix)


def check_required(parsed: Parsed) -> None:
    """Report required fields that are missing, and fields required by what another field says."""
    for spec in parsed.kind.fields:
        if spec.key in parsed.lines:
            continue
        if spec.required:
            parsed.problem(
                spec.key,
                spec.label,
                "wajib diisi tetapi tidak ada",
                f"tambahkan baris {spec.label}: … di kepala berkas",
            )
    for spec in parsed.kind.fields:
        when = spec.required_when
        if when and spec.key not in parsed.values and when.applies(parsed.values):
            anchor = spec.key if spec.key in parsed.lines else when.anchor
            parsed.problem(anchor, spec.label, f"wajib diisi {when.text}", f"isi baris {spec.label}: …")


def localise(parsed: Parsed, ctx: ParseContext) -> None:
    """Give every date its zone: the site's for publication dates, the event's for its schedule."""
    values = parsed.values
    zone = ZoneInfo(values["timezone"]) if "timezone" in values else ctx.timezone
    for key in SITE_ZONE_FIELDS + EVENT_ZONE_FIELDS:
        if isinstance(values.get(key), Moment):
            moment = values[key]
            values[f"{key}_date_only"] = moment.date_only
            values[key] = moment.aware(zone if key in EVENT_ZONE_FIELDS else ctx.timezone)


def check_relations(parsed: Parsed) -> None:
    """Report rules that involve several fields."""
    values = parsed.values
    date, expires, modified = values.get("date"), values.get("expires"), values.get("modified")
    if date and expires and expires <= date:
        parsed.problem("expires", "Expires", "kedaluwarsa sebelum terbit", "pilih tanggal Expires setelah Date")
    if date and modified and modified < date:
        parsed.problem(
            "modified", "Modified", "lebih awal dari Date", "pilih tanggal Modified setelah Date", severity="warning"
        )
    seen = values.get("claim_first_seen")
    if date and seen and seen > date:
        parsed.problem(
            "claim_first_seen",
            "Claim_First_Seen",
            "klaim pertama beredar setelah klarifikasinya terbit",
            "periksa tanggal Claim_First_Seen: tidak boleh setelah Date",
        )
    if values.get("uid") and values["uid"] in values.get("related", ()):
        parsed.problem("related", "Related", "menyebut Uid item ini sendiri", "tulis Uid berita atau acara lain")
    start, end, deadline = values.get("start"), values.get("end"), values.get("registration_deadline")
    if start and end and end < start:
        parsed.problem("end", "End", "acara selesai sebelum mulai", "pastikan End sama atau setelah Start")
    if start and end and values["start_date_only"] != values["end_date_only"]:
        parsed.problem(
            "end", "End", "Start dan End berbeda jenis", "tulis keduanya dengan jam, atau keduanya tanggal saja"
        )
    if start and deadline and deadline > start:
        parsed.problem(
            "registration_deadline",
            "Registration_Deadline",
            "batas daftar setelah acara mulai",
            "pilih batas sebelum Start",
        )


def derive_slug(parsed: Parsed, slugify: Callable[[str], str]) -> None:
    """Give the item its slug: the one written, else one made from the title, which must be a valid address."""
    if "slug" in parsed.values or "title" not in parsed.values:
        return
    slug = slugify(parsed.values["title"])
    if not slug or not SLUG_PATTERN.match(slug) or len(slug) > TITLE_MAX:
        parsed.problem(
            "title",
            "Slug",
            f"judul tidak menghasilkan alamat yang valid ({slug!r})",
            "tambahkan baris Slug: dengan huruf kecil, angka dan tanda hubung, misalnya Slug: kabar-baik-desa",
        )
        return
    parsed.values["slug"] = slug


def check_placeholders(parsed: Parsed) -> None:
    """Report text the scaffold wrote as an example, still there in an item that will be published."""
    if parsed.values.get("status") == "draft":
        return
    for spec in parsed.kind.fields:
        if spec.placeholder and parsed.raw.get(spec.key) == spec.scaffold:
            parsed.problem(
                spec.key, spec.label, "masih berisi teks contoh dari kerangka", "ganti dengan isi sebenarnya"
            )
    placeholder = parsed.kind.body_scaffold
    if placeholder and placeholder in parsed.body:
        line = parsed.body_line + parsed.body[: parsed.body.index(placeholder)].count("\n")
        parsed.problem("", "isi", "masih berisi teks contoh dari kerangka", "tulis isi yang sebenarnya", line=line)


def read_links(parsed: Parsed, source: Source, ctx: ParseContext, base_dir: str) -> tuple[Link, ...]:
    """Return every intrasite link of the body; links outside the content folder or to bad files are problems."""
    links = []
    body = source.body
    if "{" not in body and "|" not in body:
        return ()
    for match in LINK.finditer(body):
        what, target = match.group("what"), match.group("target")
        line = source.body_line + body.count("\n", 0, match.start())
        if what == "index":
            continue
        if what not in KNOWN_LINKS:
            fix = "pakai {filename} untuk berita dan halaman, {static} untuk gambar; topik, program dan wilayah "
            fix += "ditautkan dengan alamat biasa (/topik/…/)"
            parsed.problem("", "isi", f"tautan {{{what}}} tidak didukung di situs ini", fix, line=line)
            continue
        try:
            allowed = None if what == "filename" else ALL_TYPES
            path = resolve_inside(ctx.content_root, base_dir, target, allowed)
        except Unsafe as exc:
            parsed.problem("", "isi", f"tautan {{{what}}}: {exc.message}", exc.fix, line=line)
            continue
        if what == "filename" and not path.endswith(".md"):
            parsed.problem(
                "",
                "isi",
                f"{{filename}} menautkan {path}",
                "pakai {static} untuk gambar dan berkas lain",
                line=line,
            )
            continue
        links.append(Link(what, path, line))
    return tuple(links)
