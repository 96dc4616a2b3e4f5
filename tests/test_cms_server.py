"""The CMS's local backend: Decap's proxy protocol, on 127.0.0.1, never outside the content folder."""

from __future__ import annotations

import base64
import json
import os
import shutil
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from cms import server as backend

from tests.site import ROOT

ORIGIN = "http://127.0.0.1:8000"


@pytest.fixture
def content(tmp_path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(ROOT / "content" / "briefs", root / "briefs")
    shutil.copytree(ROOT / "content" / "images", root / "images")
    (tmp_path / "secret.txt").write_text("rahasia", encoding="utf-8")
    return root


def act(root: Path, action: str, **params):
    return backend.answer(Path(os.path.realpath(root)), action, params)


@pytest.mark.parametrize(
    "path",
    [
        "content/../secret.txt",
        "content/briefs/../../secret.txt",
        "../secret.txt",
        "/etc/passwd",
        "content//etc/passwd",
        "content/./briefs/a.md",
        "content\\..\\secret.txt",
        "content/briefs/a.md\x00.jpg",
        "secret.txt",
        "contentx/briefs/a.md",
        "",
        None,
        ["content/briefs/a.md"],
    ],
)
def test_paths_outside_content_are_refused(content, path):
    for action, params in [
        ("getEntry", {"path": path}),
        ("getMediaFile", {"path": path}),
        ("deleteFile", {"path": path}),
        ("persistMedia", {"asset": {"path": path, "content": "", "encoding": "base64"}}),
        ("persistEntry", {"entry": {"path": path, "raw": "x"}, "assets": []}),
        ("entriesByFolder", {"folder": path, "extension": "md", "depth": 1}),
    ]:
        with pytest.raises(backend.Refused):
            act(content, action, **params)
    assert (content.parent / "secret.txt").read_text(encoding="utf-8") == "rahasia"


def test_a_symbolic_link_is_never_followed(content):
    (content / "briefs" / "link.md").symlink_to(content.parent / "secret.txt")
    (content / "pages").symlink_to(content.parent)
    with pytest.raises(backend.Refused):
        act(content, "getEntry", path="content/briefs/link.md")
    with pytest.raises(backend.Refused):
        act(content, "persistEntry", entry={"path": "content/pages/secret.md", "raw": "x"}, assets=[])
    listed = [
        e["file"]["path"] for e in act(content, "entriesByFolder", folder="content/briefs", extension="md", depth=1)
    ]
    assert "content/briefs/link.md" not in listed
    assert not (content.parent / "secret.md").exists()


def test_only_item_files_and_pictures_are_written(content):
    for path in ["content/ledger.json", "content/briefs/a.html", "content/briefs/sub/a.md", "content/images/x.svg"]:
        with pytest.raises(backend.Refused):
            act(content, "persistEntry", entry={"path": path, "raw": "x"}, assets=[])
    assert not (content / "ledger.json").exists()


def test_a_rejected_asset_writes_nothing(content):
    with pytest.raises(backend.Refused):
        act(
            content,
            "persistEntry",
            entry={"path": "content/briefs/baru.md", "raw": "Title: Baru\n"},
            assets=[{"path": "content/../evil.jpg", "content": "", "encoding": "base64"}],
        )
    assert not (content / "briefs" / "baru.md").exists()


def test_the_protocol(content):
    entries = act(content, "entriesByFolder", folder="content/briefs", extension="md", depth=1)
    assert len(entries) == len(list((content / "briefs").glob("*.md")))
    first = entries[0]
    assert first["file"]["path"].startswith("content/briefs/") and len(first["file"]["id"]) == 64
    assert first["data"] == (content.parent / first["file"]["path"]).read_text(encoding="utf-8")
    assert act(content, "getEntry", path="content/briefs/tidak-ada.md")["data"] is None
    picture = base64.b64encode((ROOT / "content" / "images" / "briefs" / "umkm-garut.jpg").read_bytes()).decode()
    act(
        content,
        "persistEntry",
        entry={"path": "content/briefs/baru.md", "raw": "Title: Baru\n"},
        assets=[{"path": "content/images/briefs/baru.jpg", "content": picture, "encoding": "base64"}],
    )
    assert (content / "briefs" / "baru.md").read_text(encoding="utf-8") == "Title: Baru\n"
    media = act(content, "getMedia", mediaFolder="content/images/briefs")
    assert "content/images/briefs/baru.jpg" in [m["path"] for m in media]
    assert act(content, "getMediaFile", path="content/images/briefs/baru.jpg")["content"] == picture
    act(content, "deleteFile", path="content/images/briefs/baru.jpg")
    assert not (content / "images" / "briefs" / "baru.jpg").exists()
    assert act(content, "info")["publish_modes"] == ["simple"]
    with pytest.raises(backend.Refused):
        act(content, "runShell")


@pytest.fixture
def running(content):
    server = backend.CmsServer(content, ORIGIN, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/api/v1"
    server.shutdown()
    server.server_close()


def post(url: str, payload: dict, origin: str | None = ORIGIN):
    headers = {"Content-Type": "application/json", **({"Origin": origin} if origin else {})}
    request = urllib.request.Request(url, json.dumps(payload).encode(), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, dict(response.headers), json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), json.loads(error.read())


def test_over_http_only_the_sites_origin_may_call(running):
    status, headers, body = post(running, {"action": "info"})
    assert status == 200 and headers["Access-Control-Allow-Origin"] == ORIGIN and body["type"] == "local_fs"
    status, headers, body = post(running, {"action": "info"}, origin="https://evil.example")
    assert status == 403 and "Access-Control-Allow-Origin" not in headers
    assert body["error"].startswith("ditolak: ")  # Decap shows the backend's words to the editor
    status, _, body = post(running, {"action": "getEntry", "params": {"path": "content/../secret.txt"}})
    assert status == 422 and "rahasia" not in json.dumps(body)
    assert body["error"] == "alamat 'content/../secret.txt' berada di luar content/"
    status, _, body = post(running, {"action": "hapusSemua"})
    assert status == 422 and body["error"] == "permintaan 'hapusSemua' tidak dikenal"


def test_it_listens_on_this_machine_only(content):
    with pytest.raises(ValueError, match="this machine"):
        backend.CmsServer(content, ORIGIN, host="0.0.0.0", port=0)  # noqa: S104 (what is refused)
