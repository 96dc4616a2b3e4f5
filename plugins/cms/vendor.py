"""Install the pinned Decap CMS bundle from the npm registry, checked against its committed integrity.

Usage: ``python -m cms.vendor [folder]`` (``make cms-vendor``; ``make html`` and ``make test`` run it).
The tarball's sha512 must equal ``INTEGRITY`` (npm's ``dist.integrity`` of that version) before
anything is extracted; only the browser bundle (``dist/decap-cms.js``, its lazily loaded chunks and
WebAssembly files, and the bundled-licences notice) is kept, with Decap's own MIT licence beside
it. A folder already holding this version with a matching stamp is left alone (no download).
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
import shutil
import sys
import tarfile
import urllib.request
from pathlib import Path

VERSION = "3.16.3"
INTEGRITY = "sha512-hf+dPlCh7TJmWl8+6VRzHYOWhri5xgUknrZbDewaWe4s9B7xJ8PQugp2QHeSldMUKzav6+z0oIpwUYhUJDYtYw=="
TARBALL = f"https://registry.npmjs.org/decap-cms/-/decap-cms-{VERSION}.tgz"
FOLDER = Path(__file__).resolve().parents[2] / "vendor" / "decap-cms"
LICENSE = Path(__file__).with_name("decap-cms.LICENSE")
STAMP = ".installed"
SCRIPT = "decap-cms.js"
# What the browser loads: the entry bundle, its numbered chunks, WebAssembly, and the licence notice.
KEEP = re.compile(r"^package/dist/(decap-cms\.js|[0-9]+\.decap-cms\.js|[0-9a-f]+\.wasm|decap-cms\.js\.LICENSE\.txt)$")


class IntegrityError(Exception):
    """The downloaded tarball is not the one whose integrity is committed."""


def integrity_of(data: bytes) -> str:
    """Return the Subresource-Integrity form npm records for a tarball (``sha512-<base64>``)."""
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode("ascii")


def check_integrity(data: bytes, expected: str = INTEGRITY) -> None:
    """Raise ``IntegrityError`` unless ``data`` has the expected integrity."""
    found = integrity_of(data)
    if found != expected:
        msg = f"decap-cms-{VERSION}.tgz: integrity {found} is not the pinned {expected}"
        raise IntegrityError(msg)


def browser_files(data: bytes) -> dict[str, bytes]:
    """Return the files of the browser bundle in a checked tarball, by their bare names."""
    files = {}
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
        for member in archive.getmembers():
            if member.isfile() and KEEP.match(member.name):
                files[member.name.rsplit("/", 1)[1]] = archive.extractfile(member).read()
    if SCRIPT not in files:
        msg = f"decap-cms-{VERSION}.tgz has no dist/{SCRIPT}"
        raise IntegrityError(msg)
    return files


def is_installed(folder: Path) -> bool:
    """Tell whether ``folder`` holds this version, installed from a checked tarball."""
    stamp = folder / STAMP
    return stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == f"{VERSION} {INTEGRITY}"


def install(folder: Path, data: bytes, expected: str = INTEGRITY) -> None:
    """Check ``data`` and replace ``folder`` with its browser files and the licence."""
    check_integrity(data, expected)
    files = browser_files(data)
    staging = folder.with_name(folder.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for name, payload in files.items():
        (staging / name).write_bytes(payload)
    shutil.copyfile(LICENSE, staging / "LICENSE")
    (staging / STAMP).write_text(f"{VERSION} {expected}\n", encoding="utf-8")
    shutil.rmtree(folder, ignore_errors=True)
    staging.rename(folder)


def main(argv: list[str] | None = None) -> int:
    """Download, check and extract the bundle unless this version is already there."""
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else FOLDER
    if is_installed(folder):
        return 0
    print(f"Decap CMS {VERSION}: {TARBALL}")
    with urllib.request.urlopen(TARBALL, timeout=120) as response:
        data = response.read()
    try:
        install(folder, data)
    except IntegrityError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
