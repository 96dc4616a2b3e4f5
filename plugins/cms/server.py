"""The CMS's local backend: Decap CMS's proxy protocol over the content folder, on 127.0.0.1 only.

Usage: ``python -m cms.server --content content --port 8081 --origin http://127.0.0.1:8000``
(``make cms``, beside ``make devserver``). Decap CMS opened from 127.0.0.1 or localhost posts
``{"action": …, "params": …}`` to ``/api/v1`` (the actions ``decap-server``'s local file-system
mode answers: ``info``, ``entriesByFolder``, ``entriesByFiles``, ``getEntry``, ``persistEntry``,
``getMedia``, ``getMediaFile``, ``persistMedia``, ``deleteFile``, ``deleteFiles``,
``getDeployPreview``). Paths are the configuration's (``content/briefs/x.md``) and must name a
place inside the content folder: no ``..``, no absolute path, no symbolic link on the way; items
are ``.md`` files of an item folder, media are pictures or PDFs under ``images/``. Only the site's
own origin (``--origin``) may call it from a browser, so another web page open in the editor's
browser cannot write content. Committing stays with git, as for files written in an editor.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import hashlib
import json
import os
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from hub_model.problems import format_problem, missing_content
from hub_model.schema import KINDS

PREFIX = "content"  # how the configuration's paths start (cms.config.CmsOptions.content_folder)
ITEM_FOLDERS = frozenset(kind.folder for kind in KINDS.values())
MEDIA_FOLDER = "images"
MEDIA_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".avif", ".gif", ".pdf"})
MAX_REQUEST = 32 * 1024 * 1024  # bytes: a few pictures, base64-encoded
HOSTS = ("127.0.0.1", "localhost", "::1")


class Refused(Exception):
    """A request the backend will not carry out (a path outside content/, an unknown action)."""


def parts_of(path: object) -> list[str]:
    """Return the segments of a configuration path below ``content/``, refusing anything that could leave it."""
    if not isinstance(path, str) or not path or "\\" in path or "\x00" in path or path.startswith("/"):
        raise Refused(f"alamat {path!r} bukan alamat relatif di dalam {PREFIX}/")
    parts = path.split("/")
    if parts[0] != PREFIX or any(part in ("", ".", "..") for part in parts[1:]):
        raise Refused(f"alamat {path!r} berada di luar {PREFIX}/")
    return parts[1:]


def resolve(root: Path, path: object) -> Path:
    """Return where a configuration path is in the content folder; no symbolic link may be on the way."""
    parts = parts_of(path)
    target = root
    for part in parts:
        target = target / part
        if target.is_symlink():
            raise Refused(f"alamat {path!r} melewati tautan simbolik; berkas seperti itu tidak disentuh")
    real = Path(os.path.realpath(target))
    if real != root and root not in real.parents:
        raise Refused(f"alamat {path!r} berada di luar {PREFIX}/")
    return target


def writable(root: Path, path: object) -> Path:
    """Return where a file may be written: an item's .md in its folder, or a picture or PDF under images/."""
    parts = parts_of(path)
    is_item = len(parts) == 2 and parts[0] in ITEM_FOLDERS and parts[1].endswith(".md")
    is_media = len(parts) >= 2 and parts[0] == MEDIA_FOLDER and Path(parts[-1]).suffix.lower() in MEDIA_SUFFIXES
    if not (is_item or is_media) or parts[-1].startswith("."):
        raise Refused(
            f"alamat {path!r} bukan berkas konten (.md di folder jenisnya) atau gambar di {PREFIX}/{MEDIA_FOLDER}/"
        )
    return resolve(root, path)


def entry(root: Path, path: str, label=None) -> dict:
    """Return a file as Decap's local backend does: its text and its sha256 (nulls when it is missing)."""
    target = resolve(root, path)
    try:
        data = target.read_bytes()
    except (FileNotFoundError, IsADirectoryError):
        return {"data": None, "file": {"path": path, "label": label, "id": None}}
    return {
        "data": data.decode("utf-8"),
        "file": {"path": path, "label": label, "id": hashlib.sha256(data).hexdigest()},
    }


def media_file(root: Path, path: str) -> dict:
    """Return a media file, base64-encoded."""
    data = resolve(root, path).read_bytes()
    return {
        "id": hashlib.sha256(data).hexdigest(),
        "content": base64.b64encode(data).decode("ascii"),
        "encoding": "base64",
        "path": path,
        "name": path.rsplit("/", 1)[-1],
    }


def listing(root: Path, folder: str, extension: str, depth: int) -> list[str]:
    """Return the configuration paths of the files below ``folder`` ending in ``extension``, ``depth`` levels deep."""
    start = resolve(root, folder)
    found = []
    for dirpath, dirnames, filenames in os.walk(start):
        level = len(Path(dirpath).relative_to(start).parts)
        dirnames[:] = [name for name in dirnames if level + 1 < depth and not (Path(dirpath) / name).is_symlink()]
        for name in sorted(filenames):
            full = Path(dirpath) / name
            if name.endswith(extension) and not name.startswith(".") and not full.is_symlink():
                found.append("/".join([PREFIX, *full.relative_to(root).parts]))
    return sorted(found)


def decode(asset: dict) -> bytes:
    """Return an uploaded asset's bytes."""
    content = asset.get("content", "")
    if asset.get("encoding") == "base64":
        try:
            return base64.b64decode(content, validate=True)
        except (binascii.Error, ValueError):
            raise Refused("isi berkas unggahan rusak (bukan base64 yang sah); unggah ulang berkasnya") from None
    return str(content).encode("utf-8")


def write(target: Path, data: bytes) -> None:
    """Write a file through a temporary name, so a reader never sees half of it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.cms-tmp")
    temporary.write_bytes(data)
    os.replace(temporary, target)


def persist_entry(root: Path, params: dict) -> dict:
    """Write an item's files (and its new pictures); check every path before writing any."""
    files = params.get("dataFiles") or [params.get("entry") or {}]
    assets = params.get("assets") or []
    writes = [(writable(root, item.get("path")), str(item.get("raw", "")).encode("utf-8")) for item in files]
    writes += [(writable(root, asset.get("path")), decode(asset)) for asset in assets]
    moves = [(resolve(root, item["path"]), writable(root, item["newPath"])) for item in files if item.get("newPath")]
    for target, data in writes:
        write(target, data)
    for source, target in moves:
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, target)
    return {"message": "entry persisted"}


def delete(root: Path, path: str) -> None:
    """Remove an item file or a picture (nothing else)."""
    writable(root, path).unlink(missing_ok=True)


def answer(root: Path, action: str, params: dict):
    """Carry out one action of the protocol; raise ``Refused`` for anything else."""
    if action == "info":
        return {"repo": root.parent.name, "publish_modes": ["simple"], "type": "local_fs"}
    if action == "entriesByFolder":
        paths = listing(root, params.get("folder"), str(params.get("extension", "")), int(params.get("depth", 1)))
        return [entry(root, path) for path in paths]
    if action == "entriesByFiles":
        return [entry(root, item.get("path"), item.get("label")) for item in params.get("files", [])]
    if action == "getEntry":
        return entry(root, params.get("path"))
    if action == "persistEntry":
        return persist_entry(root, params)
    if action == "getMedia":
        folder = params.get("mediaFolder")
        return [media_file(root, path) for path in listing(root, folder, "", 1) if writable(root, path)]
    if action == "getMediaFile":
        return media_file(root, params.get("path"))
    if action == "persistMedia":
        asset = params.get("asset") or {}
        target = writable(root, asset.get("path"))
        write(target, decode(asset))
        return media_file(root, asset["path"])
    if action == "deleteFile":
        delete(root, params.get("path"))
        return {"message": "deleted file"}
    if action == "deleteFiles":
        for path in params.get("paths", []):
            delete(root, path)
        return {"message": "deleted files"}
    if action == "getDeployPreview":
        return None
    raise Refused(f"permintaan {action!r} tidak dikenal")


class Handler(BaseHTTPRequestHandler):
    """One request: CORS for the site's origin only, then the action."""

    server: CmsServer

    def cors(self) -> None:
        """Let the site's own origin, and no other, read the answer."""
        if self.headers.get("Origin") == self.server.origin:
            self.send_header("Access-Control-Allow-Origin", self.server.origin)
            self.send_header("Access-Control-Allow-Methods", "POST, OPTIONS")
            self.send_header("Access-Control-Allow-Headers", "Content-Type")
            self.send_header("Vary", "Origin")

    def reply(self, status: int, payload) -> None:
        """Send a JSON answer."""
        body = json.dumps(payload).encode("utf-8")
        self.send_response(status)
        self.cors()
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_OPTIONS(self):  # noqa: N802 (the http.server method name)
        """Answer a browser's preflight."""
        self.send_response(204)
        self.cors()
        self.end_headers()

    def do_POST(self):  # noqa: N802 (the http.server method name)
        """Carry out one action."""
        origin = self.headers.get("Origin")
        if self.path != "/api/v1" or (origin is not None and origin != self.server.origin):
            self.reply(403, {"error": "ditolak: backend lokal hanya melayani formulir CMS dari alamat situs ini"})
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_REQUEST:
            self.reply(413, {"error": "permintaan terlalu besar; perkecil gambar sebelum mengunggah"})
            return
        try:
            request = json.loads(self.rfile.read(length) or b"{}")
            self.reply(200, answer(self.server.root, request.get("action"), request.get("params") or {}))
        except Refused as exc:
            self.reply(422, {"error": str(exc)})
        except (ValueError, TypeError, AttributeError, KeyError, UnicodeDecodeError, OSError) as exc:
            self.reply(422, {"error": f"permintaan tidak dapat diproses ({type(exc).__name__}: {exc})"})

    def log_message(self, format, *args):  # noqa: A002 (the http.server signature)
        """Log quietly, one line per request, to stderr."""
        sys.stderr.write(f"cms: {format % args}\n")


class CmsServer(ThreadingHTTPServer):
    """The local backend over one content folder, for one site origin."""

    daemon_threads = True

    def __init__(self, content: Path, origin: str, host: str = "127.0.0.1", port: int = 8081):
        if host not in HOSTS:
            msg = f"the CMS backend listens on this machine only, not {host!r}"
            raise ValueError(msg)
        self.root = Path(os.path.realpath(content))
        self.origin = origin.rstrip("/")
        super().__init__((host, port), Handler)


def main(argv: list[str] | None = None) -> int:
    """Serve until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m cms.server", description=__doc__.splitlines()[0])
    parser.add_argument("--content", default="content")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--origin", default="http://127.0.0.1:8000", help="the address the site is served at")
    args = parser.parse_args(argv)
    if (problem := missing_content(args.content)) is not None:
        print(format_problem(problem), file=sys.stderr)
        return 1
    server = CmsServer(Path(args.content), args.origin, port=args.port)
    print(
        f"CMS: backend lokal di http://127.0.0.1:{args.port}/api/v1 untuk {args.content}/; buka {server.origin}/admin/"
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
