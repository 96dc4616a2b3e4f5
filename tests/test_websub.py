"""WebSub pings (hub_build.websub): which feeds changed, pings to a hub on 127.0.0.1, and make publish."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from hub_build import websub
from hub_build.publish import announce
from tests.conftest import FIXTURE
from tests.nginx import free_port
from tests.site import ROOT
from tests.websub_hub import Hub

PUBLIC = "https://hub.example.test"


@pytest.fixture
def hub():
    running = Hub()
    yield running
    running.close()


def write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_changed_feeds_are_the_new_and_different_ones_only(tmp_path):
    old = write(
        tmp_path / "old", {"berita/rss.xml": "a", "berita/atom.xml": "b", "x/feed.json": "c", "index.html": "1"}
    )
    new = write(
        tmp_path / "new",
        {"berita/rss.xml": "a", "berita/atom.xml": "B", "x/feed.json": "c", "y/rss.xml": "d", "index.html": "2"},
    )
    assert websub.changed_feeds(str(old), str(new)) == ["berita/atom.xml", "y/rss.xml"]
    assert websub.changed_feeds("", str(new)) == ["berita/atom.xml", "berita/rss.xml", "x/feed.json", "y/rss.xml"]


def test_a_ping_is_a_form_post_with_mode_and_url(hub):
    result = websub.ping_one(hub.url, f"{PUBLIC}/berita/rss.xml")
    assert (result.ok, result.detail, result.attempts) == (True, "HTTP 204", 1)
    assert hub.pings == [
        {
            "hub.mode": ["publish"],
            "hub.url": [f"{PUBLIC}/berita/rss.xml"],
            "_type": ["application/x-www-form-urlencoded"],
        }
    ]


def test_server_errors_are_retried_and_refusals_are_not():
    hub = Hub(statuses=[503, 500, 202, 400])
    try:
        slept = []
        result = websub.ping_one(hub.url, f"{PUBLIC}/a/rss.xml", sleep=slept.append)
        assert (result.ok, result.detail, result.attempts) == (True, "HTTP 202", 3)
        assert slept == [1.0, 2.0]  # backoff doubles
        result = websub.ping_one(hub.url, f"{PUBLIC}/b/rss.xml", sleep=slept.append)
        assert (result.ok, result.detail, result.attempts) == (False, "HTTP 400", 1)
    finally:
        hub.close()


def test_a_hub_that_never_answers_times_out():
    hub = Hub(silent=True)
    try:
        result = websub.ping_one(hub.url, f"{PUBLIC}/a/rss.xml", timeout=0.3, attempts=2, sleep=lambda _: None)
        assert (result.ok, result.detail, result.attempts) == (False, "waktu habis", 2)
    finally:
        hub.close()


def test_pending_pings_survive_a_hub_that_is_down(tmp_path, hub):
    output = tmp_path / "output"
    lines = []
    down = f"http://127.0.0.1:{free_port()}/"
    feeds = [f"{PUBLIC}/a/rss.xml", f"{PUBLIC}/b/rss.xml", f"{PUBLIC}/c/rss.xml"]
    announce(output, down, feeds, later=False, say=lines.append, sleep=lambda _: None)
    # The first feed tried every attempt; the others wait without being tried.
    assert len(lines) == 2 and "gagal diberi tahu" in lines[0] and "2 feed lain menunggu" in lines[1]
    assert websub.read_pending(output) == (down, feeds)
    # The hub is back (another address in the settings): everything waiting is announced once.
    announce(output, hub.url, [f"{PUBLIC}/d/rss.xml"], later=False, say=lines.append)
    assert sorted(hub.pinged) == [*feeds, f"{PUBLIC}/d/rss.xml"]
    assert not websub.pending_file(output).exists()
    announce(output, hub.url, [], later=False, say=lines.append)
    assert len(hub.pinged) == 4  # nothing changed: no ping


def test_later_leaves_the_pings_for_the_deploy(tmp_path, hub):
    output = tmp_path / "output"
    lines = []
    announce(output, hub.url, [f"{PUBLIC}/a/rss.xml"], later=True, say=lines.append)
    assert hub.pings == [] and lines == ["WebSub: 1 feed menunggu diumumkan ke hub setelah make deploy."]
    assert websub.main(["--output", str(output)]) == 0
    assert hub.pinged == [f"{PUBLIC}/a/rss.xml"]


def test_no_hub_configured_means_no_ping_and_no_file(tmp_path):
    announce(tmp_path / "output", None, [f"{PUBLIC}/a/rss.xml"], later=False)
    assert not websub.pending_file(tmp_path / "output").exists()


# --- make publish, for real ---


def publish(content: Path, output: Path, hub: Hub, now: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "PATH": "/usr/bin:/bin:/usr/sbin:/sbin",
        "HUB_SITEURL": PUBLIC,
        "HUB_NOW": now,
        "FEEDS_WEBSUB_HUB": hub.url,
        "HUB_CACHE_PATH": "",
    }
    return subprocess.run(
        ["make", "--no-print-directory", "publish", f"CONTENT={content}", f"OUTPUTDIR={output}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def feed_bytes(output: Path) -> dict[str, bytes]:
    return {name: (output / name).read_bytes() for name in websub.feed_files(str(output))}


def test_make_publish_pings_exactly_the_feeds_that_changed(tmp_path, hub):
    content, output = tmp_path / "content", tmp_path / "output"
    shutil.copytree(FIXTURE, content)
    first = publish(content, output, hub, "2026-06-15 12:00")
    assert first.returncode == 0, first.stdout + first.stderr
    before = feed_bytes(output)
    # The first publish: every feed is new.
    assert sorted(hub.pinged) == sorted(f"{PUBLIC}/{name}" for name in before)
    assert all(ping["hub.mode"] == ["publish"] for ping in hub.pings)
    assert first.stdout.count("WebSub: hub ") == len(before)

    hub.pings.clear()
    same = publish(content, output, hub, "2026-06-15 12:00")
    assert same.returncode == 0, same.stdout + same.stderr
    assert hub.pings == [] and "WebSub" not in same.stdout

    brief = content / "briefs" / "beta.md"
    brief.write_text(brief.read_text(encoding="utf-8") + "\nParagraf baru untuk pembaca feed.\n", encoding="utf-8")
    edited = publish(content, output, hub, "2026-06-15 12:00")
    assert edited.returncode == 0, edited.stdout + edited.stderr
    after = feed_bytes(output)
    changed = sorted(f"{PUBLIC}/{name}" for name in after if before.get(name) != after[name])
    assert changed and f"{PUBLIC}/berita/rss.xml" in changed
    assert sorted(hub.pinged) == changed
    assert len(changed) < len(after)  # feeds without the brief are not announced
