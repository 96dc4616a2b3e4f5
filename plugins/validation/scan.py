"""Look at every file of the content folder before anything is read (pure apart from reading the tree).

Nothing may be silently ignored or silently published: a symbolic link anywhere, a file in an
item folder that is not a ``.md`` item (``.txt``, ``.html``, ``.MD``…), or a file in a static
folder that is not an allowed picture or PDF by its bytes, is a problem naming the file.
"""

from __future__ import annotations

import fnmatch
import os

from hub_model.containment import STATIC_TYPES, static_problem
from hub_model.problems import WARNING, Problem
from hub_model.schema import KIND_BY_FOLDER

TOP_LEVEL_FILES = ("README.md", "ledger.json")
STATIC_EXTENSIONS = tuple(ext for exts, _ in STATIC_TYPES.values() for ext in exts)


def ignored(name: str, patterns: list[str]) -> bool:
    """Tell whether a file is editor or system litter nobody means to publish (``.DS_Store``, ``x.md~``)."""
    return name.startswith(".") or name.endswith("~") or any(fnmatch.fnmatch(name, p) for p in patterns)


def item_file_problem(relative: str, name: str) -> tuple[str, str] | None:
    """Return (problem, fix) for a file in an item folder that will not be read, or None."""
    ext = os.path.splitext(name)[1]
    if ext == ".md":
        return None
    if ext.lower() in (".md", ".markdown", ".mkd", ".mdown"):
        return f"berkas {ext} tidak dibaca", "ganti ekstensinya menjadi .md (huruf kecil)"
    if ext.lower() in STATIC_EXTENSIONS:
        return None  # a picture or PDF beside an item, checked like any static file
    return (
        f"berkas {ext or 'tanpa ekstensi'} tidak dibaca; hanya berkas .md yang menjadi isi situs",
        "simpan isinya sebagai berkas .md dengan kepala Title: … , atau pindahkan berkas ini dari folder content",
    )


def scan_content(root: str, static_folders: list[str], ignore: list[str]) -> list[Problem]:
    """Return every problem with the files of the content folder ``root`` (absolute, real path)."""
    problems = []

    def add(relative: str, message: str, fix: str, severity: str = "error") -> None:
        problems.append(Problem(f"content/{relative}", 0, "berkas", message, fix, severity))

    for dirpath, dirs, files in os.walk(root, followlinks=False):
        folder = os.path.relpath(dirpath, root).replace(os.sep, "/")
        folder = "" if folder == "." else folder
        top = folder.split("/", 1)[0]
        for name in sorted(dirs):
            relative = f"{folder}/{name}".lstrip("/")
            if os.path.islink(os.path.join(dirpath, name)):
                add(relative, "folder ini tautan simbolik (symlink)", "ganti dengan folder dan berkas aslinya")
                dirs.remove(name)
            elif not folder and name not in KIND_BY_FOLDER and name not in static_folders and not ignored(name, ignore):
                add(relative, "folder ini tidak dipakai situs", "pindahkan isinya ke folder yang dikenal", WARNING)
        for name in sorted(files):
            relative = f"{folder}/{name}".lstrip("/")
            full = os.path.join(dirpath, name)
            if os.path.islink(full):
                add(relative, "berkas ini tautan simbolik (symlink)", "ganti dengan berkas aslinya")
            elif ignored(name, ignore) or (not folder and name in TOP_LEVEL_FILES):
                continue
            elif not folder:
                add(relative, "berkas ini tidak dipakai situs", "pindahkan ke folder yang sesuai atau hapus", WARNING)
            elif top in KIND_BY_FOLDER and (found := item_file_problem(relative, name)):
                add(relative, *found)
            elif top in static_folders or (top in KIND_BY_FOLDER and not name.endswith(".md")):
                unsafe = static_problem(root, relative)
                if unsafe:
                    add(relative, unsafe.message, unsafe.fix)
    return problems
