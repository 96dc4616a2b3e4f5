"""Containment: only regular files inside the content folder, of allowed types by their bytes, are published.

Pelican copies whatever a ``{static}``/``{attach}`` link points to, following ``..`` and symbolic
links; these checks run before it can. A path is resolved against the content folder, must stay
inside it without passing through a symbolic link, and must be a regular file whose first bytes
say it is one of ``STATIC_TYPES`` (an ``.svg`` or ``.html`` file, which browsers would run on the
site's own origin, never is).
"""

from __future__ import annotations

import os
import posixpath
from dataclasses import dataclass
from urllib.parse import unquote

# Type -> (file extensions, a test on the first bytes).
STATIC_TYPES = {
    "jpeg": ((".jpg", ".jpeg"), lambda head: head.startswith(b"\xff\xd8\xff")),
    "png": ((".png",), lambda head: head.startswith(b"\x89PNG\r\n\x1a\n")),
    "gif": ((".gif",), lambda head: head[:6] in (b"GIF87a", b"GIF89a")),
    "webp": ((".webp",), lambda head: head[:4] == b"RIFF" and head[8:12] == b"WEBP"),
    "avif": ((".avif",), lambda head: head[4:8] == b"ftyp" and b"avi" in head[8:32]),
    "pdf": ((".pdf",), lambda head: head.startswith(b"%PDF-")),
}
IMAGE_TYPES = frozenset({"jpeg", "png", "gif", "webp", "avif"})
ALL_TYPES = frozenset(STATIC_TYPES)
MAX_PATH = 1024
ALLOWED_EXTENSIONS = ", ".join(ext for exts, _ in STATIC_TYPES.values() for ext in exts)


@dataclass
class Unsafe(Exception):
    """A path that must not be published, and what to do about it (Indonesian)."""

    message: str
    fix: str


def sniff(path: str) -> str | None:
    """Return the type of the file at ``path`` by its first bytes, or None when it is none we allow."""
    with open(path, "rb") as handle:
        head = handle.read(32)
    return next((name for name, (_, test) in STATIC_TYPES.items() if test(head)), None)


def check_type(full: str, relative: str, allowed: frozenset[str]) -> None:
    """Raise unless the file's bytes and its extension agree on one of the ``allowed`` types."""
    ext = os.path.splitext(relative)[1].lower()
    kind = sniff(full)
    expected = [name for name, (exts, _) in STATIC_TYPES.items() if ext in exts]
    wanted = "gambar JPEG, PNG, WebP, AVIF atau GIF" if allowed == IMAGE_TYPES else f"berkas {ALLOWED_EXTENSIONS}"
    if not expected or expected[0] not in allowed:
        raise Unsafe(
            f"jenis berkas {ext or '(tanpa ekstensi)'} tidak diizinkan: {relative}",
            f"pakai {wanted}; SVG dan HTML tidak bisa diterbitkan (ubah SVG menjadi PNG)",
        )
    if kind != expected[0]:
        raise Unsafe(
            f"isi berkas {relative} bukan {expected[0].upper()} seperti ekstensinya",
            f"simpan ulang berkasnya sebagai {wanted} yang sebenarnya",
        )


def inside(root: str, relative: str) -> str:
    """Return ``root``/``relative`` if it stays inside ``root`` with no symbolic link on the way; else raise."""
    full = os.path.join(root, *relative.split("/"))
    if os.path.realpath(full) != os.path.normpath(full):
        raise Unsafe(
            f"{relative} melewati tautan simbolik (symlink)",
            "simpan berkas aslinya di dalam folder content, bukan tautan ke tempat lain",
        )
    return full


def normalise(base_dir: str, target: str) -> str:
    """Return a link target as a content-relative path (``/x`` from the root, ``x`` from ``base_dir``)."""
    path = unquote(target.split("#", 1)[0].split("?", 1)[0]).strip()
    if not path or path == "/":
        raise Unsafe("tautan kosong", "tulis path berkas di dalam folder content, misalnya /images/foto.jpg")
    joined = path.lstrip("/") if path.startswith("/") else posixpath.join(base_dir, path)
    relative = posixpath.normpath(joined)
    if relative == ".." or relative.startswith("../") or posixpath.isabs(relative) or "\\" in relative:
        raise Unsafe(
            f"{target} menunjuk ke luar folder content",
            "tautkan hanya berkas di dalam folder content (misalnya {static}/images/foto.jpg), tanpa ../",
        )
    return relative


def resolve_inside(root: str, base_dir: str, target: str, allowed: frozenset[str] | None) -> str:
    """Resolve a link target to a published-safe content-relative path, or raise ``Unsafe``.

    ``allowed`` is the set of static types the target may be; None accepts any regular file
    (for links to other content items, which are read, never copied).
    """
    relative = normalise(base_dir, target)
    if any(ord(char) < 0x20 or char == "\x7f" for char in relative) or len(relative) > MAX_PATH:
        raise Unsafe("path berisi karakter yang tidak diizinkan atau terlalu panjang", "tulis ulang path berkasnya")
    full = inside(root, relative)
    if not os.path.lexists(full):
        raise Unsafe(f"berkas {relative} tidak ada", "periksa ejaan path, atau simpan berkasnya di folder content")
    if not os.path.isfile(full):
        raise Unsafe(f"{relative} bukan berkas biasa", "tautkan sebuah berkas, bukan folder")
    if allowed is not None:
        check_type(full, relative, allowed)
    return relative


def static_problem(root: str, relative: str) -> Unsafe | None:
    """Return why a file found in a static folder must not be published, or None when it may be."""
    try:
        full = inside(root, relative)
    except Unsafe as exc:
        return exc
    if os.path.islink(full) or not os.path.isfile(full):
        return Unsafe(
            f"{relative} adalah tautan simbolik atau bukan berkas biasa",
            "simpan berkas aslinya di folder content, bukan tautan",
        )
    try:
        check_type(full, relative, ALL_TYPES)
    except Unsafe as exc:
        return exc
    return None
