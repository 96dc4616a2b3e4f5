"""Read an item's file strictly: bytes → text → header fields and body, every oddity a problem (pure).

The header is every line from the first up to the first blank line. Each of its lines must be
``Field: value`` (the field name starting the line, a colon right after it) or, for fields that
take several lines, an indented continuation of the line above. Anything else is a problem that
names the line: Pelican's Markdown reader would silently end the header there and publish the
rest, ``Status: draft`` included, as body text.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass, field

from hub_model.problems import Problem

FIELD_LINE = re.compile(r"^(?P<key>[A-Za-z][A-Za-z0-9_]*):(?P<value>.*)$")
# What a typo'd field line looks like: "Status : draft", "Share Text: …", "- Status: draft".
LOOKS_LIKE_FIELD = re.compile(r"^\s*[-*>]?\s*(?P<key>[A-Za-z][A-Za-z0-9_ -]{0,30}?)\s*:(?:\s|$)")
BOM = "\ufeff"
# Controls (but tab and newline), C1 controls, noncharacters (U+FDD0–FDEF and U+xFFFE/U+xFFFF of
# every plane) and bidi embeddings/overrides/isolates. They cannot be written in XML feeds, break
# JSON consumers, or hide what a text really says.
FORBIDDEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ufdd0-\ufdef\u202a-\u202e\u2066-\u2069"
    + "".join(f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17))
    + "]"
)


def is_forbidden_char(char: str) -> bool:
    """Tell whether a character may not appear in content (see ``FORBIDDEN``)."""
    return bool(FORBIDDEN.fullmatch(char))


def char_name(char: str) -> str:
    """Return ``U+0007`` (and the Unicode name when there is one) for a message."""
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" ({name})" if name else "")


@dataclass(frozen=True)
class RawField:
    """One header field as written: its name, its lines (the first after the colon) and where it starts."""

    key: str  # lower case, as the schema knows it
    label: str  # as the editor wrote it
    lines: tuple[str, ...]
    line: int  # 1-based line of ``Field:``

    @property
    def text(self) -> str:
        """Return the value as one string (continuation lines joined with spaces)."""
        return " ".join(part.strip() for part in self.lines).strip()


@dataclass
class Source:
    """A file split into header fields and body, with the problems found doing so."""

    path: str  # for messages: "content/briefs/a.md"
    fields: list[RawField] = field(default_factory=list)
    body: str = ""
    body_line: int = 1  # line number of the body's first line
    problems: list[Problem] = field(default_factory=list)

    def problem(self, line: int, field_: str, message: str, fix: str) -> None:
        """Record an error at ``line``."""
        self.problems.append(Problem(self.path, line, field_, message, fix))


def decode(path: str, data: bytes) -> tuple[str, list[Problem]]:
    """Decode UTF-8 (a leading BOM is dropped), normalise line ends; report bytes that are not UTF-8."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problem = Problem(
            path,
            line,
            "berkas",
            "berkas tidak tersimpan sebagai UTF-8",
            "simpan ulang berkas dengan pengodean UTF-8 (di editor teks: Save with Encoding → UTF-8)",
        )
        return data.decode("utf-8", errors="replace").removeprefix(BOM), [problem]
    text = text.removeprefix(BOM)
    return text.replace("\r\n", "\n").replace("\r", "\n"), []


def forbidden_chars(source: Source, lines: list[str], first_line: int, field_of) -> None:
    """Report every forbidden character, with its line and the field it sits in."""
    for offset, line in enumerate(lines):
        bad = sorted(set(FORBIDDEN.findall(line)))
        if bad:
            names = ", ".join(char_name(char) for char in bad)
            source.problem(
                first_line + offset,
                field_of(first_line + offset),
                f"karakter tak terlihat {names} tidak diizinkan",
                "hapus karakter itu (sering ikut tersalin dari aplikasi lain); ketik ulang bagian itu bila perlu",
            )


def field_key(line: str) -> str:
    """Return the field key a line looks like it starts (``"  Status : draft"`` → ``status``), or ""."""
    match = LOOKS_LIKE_FIELD.match(line)
    return re.sub(r"[\s-]+", "_", match.group("key").strip()).lower() if match else ""


def split_header(source: Source, lines: list[str], multiline: frozenset[str], known: dict[str, str]) -> int:
    """Read header lines into ``source.fields``; return the index of the first body line.

    ``multiline`` holds the keys of fields that may continue on indented lines; ``known`` maps
    every field key to its label (an indented line that looks like a field is a problem).
    """
    index = 0
    if lines and lines[0].strip() == "---":
        source.problem(
            1, "berkas", "kepala berkas tidak memakai garis ---", "hapus baris --- ; tulis Title: … di baris 1"
        )
        index = 1
    if index < len(lines) and not lines[index].strip():
        source.problem(
            index + 1,
            "berkas",
            "berkas diawali baris kosong",
            "hapus baris kosong di atas; kolom kepala (Title: …) harus mulai di baris 1",
        )
        while index < len(lines) and not lines[index].strip():
            index += 1
    current: list | None = None  # [key, label, lines, line]
    while index < len(lines):
        line, number = lines[index], index + 1
        if not line.strip():
            break
        if line.strip() == "---" and source.fields:
            source.problem(
                number,
                "berkas",
                "garis --- di kepala berkas",
                "hapus baris ini; satu baris kosong memisahkan kepala dan isi",
            )
        elif line[0] in " \t":
            if current is None:
                source.problem(number, "berkas", "baris menjorok tanpa kolom di atasnya", "hapus spasi di awal baris")
            elif (key := field_key(line)) in known:
                source.problem(
                    number,
                    known[key],
                    f"baris menjorok ini tampak seperti kolom {known[key]}, tetapi terbaca "
                    f"sebagai lanjutan {current[1]}",
                    f"hapus spasi di awal baris agar {known[key]} menjadi kolom sendiri",
                )
            elif current[0] not in multiline:
                source.problem(
                    number,
                    current[1],
                    f"{current[1]} hanya boleh satu baris",
                    f"gabungkan baris ini ke baris {current[3]}, atau hapus spasi di awalnya bila ini kolom lain",
                )
            else:
                current[2].append(line.strip())
        elif match := FIELD_LINE.match(line):
            if current is not None:
                source.fields.append(RawField(current[0], current[1], tuple(current[2]), current[3]))
            value = match.group("value")
            # Interned: every item has the same few field names; one copy of each for the whole build.
            written = sys.intern(match.group("key"))
            current = [sys.intern(written.lower()), written, [value.strip()], number]
        else:
            source.problem(number, *not_a_field(line))
        index += 1
    if current is not None:
        source.fields.append(RawField(current[0], current[1], tuple(current[2]), current[3]))
    return index


def not_a_field(line: str) -> tuple[str, str, str]:
    """Explain why a header line is not ``Field: value`` and how to fix it: (field, problem, fix)."""
    near = LOOKS_LIKE_FIELD.match(line)
    if near:
        key = near.group("key").strip()
        written = line.split(":", 1)[0]
        if " " in key or key.endswith("-") or written != written.strip():
            fixed = re.sub(r"[\s-]+", "_", key.strip())
            return (
                fixed,
                f"bukan `Nama: isi` ({written.strip()!r} berisi spasi atau tanda lain)",
                f"tulis {fixed}: tanpa spasi sebelum titik dua dan dengan garis bawah di dalam nama",
            )
    return (
        "berkas",
        "bukan `Nama: isi`",
        "jika ini lanjutan kolom di atasnya, awali dengan spasi; "
        "jika ini isi berita, sisipkan satu baris kosong sebelumnya",
    )


def read_source(path: str, data: bytes, multiline: frozenset[str], known: dict[str, str]) -> Source:
    """Split a file's bytes into header fields and body; every oddity is recorded as a problem."""
    text, problems = decode(path, data)
    source = Source(path, problems=problems)
    lines = text.split("\n")
    body_index = split_header(source, lines, multiline, known)
    starts = {raw.line: raw for raw in source.fields}

    def field_of(number: int) -> str:
        if number > body_index:
            return "isi"
        owner = max((start for start in starts if start <= number), default=None)
        return starts[owner].label if owner else "berkas"

    forbidden_chars(source, lines, 1, field_of)
    source.body_line = body_index + 2
    source.body = "\n".join(lines[body_index + 1 :])
    return source


def field_lookalikes(source: Source, known: dict[str, str], scan_lines: int = 5) -> None:
    """Report body lines that look like header fields (``Status: draft`` after a stray blank line).

    ``known`` maps every field key of every kind to its label. ``Status`` is looked for in the whole
    body, other fields in its first ``scan_lines`` non-blank lines.
    """
    seen = 0
    for offset, line in enumerate(source.body.split("\n")):
        if not line.strip():
            continue
        seen += 1
        key = field_key(line)
        if key in known and (seen <= scan_lines or key == "status"):
            source.problem(
                source.body_line + offset,
                known[key],
                "tampak seperti kolom kepala, tetapi berada di isi (setelah baris kosong)",
                "hapus baris kosong di atasnya agar masuk kepala berkas, atau ubah kalimatnya",
            )
