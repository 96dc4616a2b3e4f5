"""The build cache: what earlier builds computed, kept outside the output folder, never trusted blindly.

One pickle file per kind of entry (``readings``, ``outputs``) in ``HUB_CACHE_PATH``. Each file
records the *version* it was made with: a digest of the plugin and theme code, the settings
and the libraries' versions. A file of another version, or one that cannot be read back, is
discarded (with a warning when it was corrupt) and the build computes everything again.
``make clean`` removes the folder.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import pickle
import shutil
import sys
import tempfile
from pathlib import Path

LIBRARIES = ("pelican", "markdown", "lxml", "nh3", "feedgen", "icalendar", "pagefind")
# Settings that change every build or only locate things: left out of the version.
VOLATILE = {
    "HUB_RUN",
    "HUB_NOW",
    "OUTPUT_PATH",
    "PATH",
    "HUB_PREVIOUS_OUTPUT",
    "HUB_OUTPUT_NAME",
    "HUB_CACHE_PATH",
    "HUB_WORKERS",
    "HUB_PARALLEL_OUTPUT",
    "HUB_CHECK_ONLY",
    "SEARCH_ENABLED",
}


# Folders of the cache that are not one version's, kept across versions: processed pictures are
# named by their source's digest and settings (``images`` plugin), valid whatever the code version.
SHARED = frozenset({"images"})


class CorruptCache(Exception):
    """A cache file that cannot be read back."""


def tree_digest(*folders: Path) -> str:
    """Return a digest of every file's path and bytes under ``folders`` (code and templates)."""
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted(p for p in Path(folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            digest.update(str(path.relative_to(folder)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def settings_digest(settings: dict) -> str:
    """Return a digest of the settings that can change what a build writes."""
    parts = []
    for key in sorted(k for k in settings if k.isupper() and k not in VOLATILE):
        value = settings[key]
        parts.append(f"{key}={getattr(value, '__qualname__', None) if callable(value) else value!r}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def code_version(settings: dict, code: list[Path]) -> str:
    """Return the version caches are valid for: code, templates, settings, Python and library versions."""
    versions = [sys.version]
    for name in LIBRARIES:
        try:
            versions.append(f"{name}={importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{name}=?")
    digest = hashlib.sha256("\n".join([*versions, tree_digest(*code), settings_digest(settings)]).encode())
    return digest.hexdigest()


def load(path: Path, version: str) -> dict:
    """Return the entries of a cache file made with ``version`` ({} when absent or of another version).

    Raises ``CorruptCache`` when the file is there but cannot be read back; the caller discards it.
    """
    try:
        with open(path, "rb") as handle:
            data = pickle.load(handle)  # noqa: S301 (our own file, in our own cache folder)
    except FileNotFoundError:
        return {}
    except Exception as exc:
        raise CorruptCache(str(exc)) from exc
    if not isinstance(data, dict) or not isinstance(data.get("entries"), dict):
        raise CorruptCache("bentuk berkas tidak dikenal")
    return data["entries"] if data.get("version") == version else {}


def save(path: Path, version: str, entries: dict) -> None:
    """Write a cache file atomically (a half-written cache is never left behind)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as out:
            pickle.dump({"version": version, "entries": entries}, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class BuildCache:
    """One build's view of the cache: what the last successful build left, and what this one will leave.

    Entries live in a folder per version (``<HUB_CACHE_PATH>/<version>/``), so builds with other
    settings (the preview site, say) keep their own; ``outputs`` are kept per output folder.
    """

    KEEP_VERSIONS = 4

    def __init__(self, base: str | os.PathLike, version: str, output: str = ""):
        self.base = Path(base)
        self.folder = self.base / version[:24]
        self.version = version
        self.files = {
            "readings": self.folder / "readings.pickle",
            "outputs": self.folder / f"outputs-{hashlib.sha256(output.encode()).hexdigest()[:16]}.pickle",
            # hub_build.inline: the inline code found in each page of that output folder
            "inline": self.folder / f"inline-{hashlib.sha256(output.encode()).hexdigest()[:16]}.pickle",
        }
        self.previous: dict[str, dict] = {}
        self.current: dict[str, dict] = {kind: {} for kind in self.files}
        self.discarded: list[tuple[str, str]] = []  # (file, why) of corrupt files thrown away
        for kind, path in self.files.items():
            try:
                self.previous[kind] = load(path, version)
            except CorruptCache as exc:
                self.previous[kind] = {}
                self.discarded.append((str(path), str(exc)))
                path.unlink(missing_ok=True)

    def save(self, kinds: tuple[str, ...] = ("readings", "outputs")) -> None:
        """Keep what this build computed, for the next one (called only after a successful build)."""
        for kind in kinds:
            save(self.files[kind], self.version, self.current[kind])
        others = sorted(
            (p for p in self.base.iterdir() if p.is_dir() and p != self.folder and p.name not in SHARED),
            key=os.path.getmtime,
        )
        for old in others[: max(0, len(others) - self.KEEP_VERSIONS + 1)]:
            shutil.rmtree(old, ignore_errors=True)
