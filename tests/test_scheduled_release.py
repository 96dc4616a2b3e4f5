"""Scheduled release: deploy/scheduled-publish (what the systemd timer runs) across an embargo's time, for real.

Three runs of the script, with a pinned ``HUB_NOW``: before the fixture's embargoed brief is due,
just after, and once more. Each runs ``make publish`` and ``make deploy`` to a local web root
(releases/, current, previous) and pings a WebSub hub on 127.0.0.1. The brief must be absent from
every file of the first release, then in every output exactly once; the last run changes nothing.
"""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
from pathlib import Path

import lxml.html
import pytest

from hub_build import websub
from tests.conftest import FIXTURE
from tests.site import ROOT
from tests.websub_hub import Hub

PUBLIC = "https://hub.example.test"
UID = "55555555-5555-4555-8555-555555555555"  # tests/fixtures/site/content/briefs/embargo.md, due 2026-06-20 08:00
PAGE = "berita/embargo-pengumuman-masa-depan/"
SECTIONS = ("berita/", "program/kesehatan/", "wilayah/kota-bandung/", "program/kesehatan/wilayah/kota-bandung/")


def scheduled_run(root: Path, hub: Hub, now: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "PATH": "/usr/bin:/bin:/usr/sbin:/sbin",
        "CONTENT": str(root / "content"),
        "OUTPUTDIR": str(root / "output"),
        "DEPLOY_TARGET": str(root / "web"),
        "HUB_SITEURL": PUBLIC,
        "FEEDS_WEBSUB_HUB": hub.url,
        "HUB_NOW": now,
        "HUB_CACHE_PATH": "",
        "HUB_GIT_PULL": "0",
        "HUB_LEDGER_PUSH": "0",
    }
    return subprocess.run(
        [str(ROOT / "deploy" / "scheduled-publish")], env=env, capture_output=True, text=True, timeout=600, check=False
    )


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """The three runs: (result, live release folder, feed URLs pinged) each."""
    root = tmp_path_factory.mktemp("scheduled")
    shutil.copytree(FIXTURE, root / "content")
    hub = Hub()
    done = []
    try:
        for now in ("2026-06-20 07:58", "2026-06-20 08:01", "2026-06-20 08:06"):
            result = scheduled_run(root, hub, now)
            assert result.returncode == 0, result.stdout + result.stderr
            live = Path(os.path.realpath(root / "web" / "current"))
            # A copy: the next run's deploy may delete this release (only current and previous are kept).
            copy = root / f"live-{len(done)}"
            shutil.copytree(live, copy, symlinks=True)
            done.append((result, copy, list(hub.pinged), live.name))
            hub.pings.clear()
    finally:
        hub.close()
    return done


def text_files(release: Path) -> list[Path]:
    suffixes = (".html", ".xml", ".json", ".ics", ".txt", ".js", ".css")
    return [path for path in release.rglob("*") if path.is_file() and path.suffix in suffixes]


def test_before_its_time_the_brief_is_nowhere_and_the_next_release_is_announced(runs):
    result, release, _, _ = runs[0]
    assert (
        "Berita embargo berikutnya terbit Sabtu, 20 Juni 2026, 08.00 WIB (content/briefs/embargo.md); "
        "build terjadwal berikutnya harus berjalan setelah Sabtu, 20 Juni 2026, 08.00 WIB."
    ) in result.stdout
    assert not (release / PAGE).exists()
    for path in text_files(release):
        data = path.read_bytes()
        assert UID.encode() not in data and PAGE.encode() not in data, path
    compressed = list(release.rglob("*.gz"))
    assert compressed and not any(UID.encode() in gzip.decompress(path.read_bytes()) for path in compressed)


def test_after_its_time_the_brief_is_in_every_output_exactly_once(runs):
    result, release, _, _ = runs[1]
    # The brief is out; the fixture's embargoed clarification is the next one due.
    assert (
        "Berita embargo berikutnya terbit Rabu, 1 Juli 2026, 08.00 WIB (content/cek-fakta/embargo.md)" in result.stdout
    )
    assert "content/briefs/embargo.md" not in result.stdout
    assert (release / PAGE / "index.html").is_file()
    url = f"{PUBLIC}/{PAGE}"
    # Feeds: the brief's id once in each format of each section it belongs to, and in no other feed.
    listed = set()
    for name in websub.feed_files(str(release)):
        count = (release / name).read_text(encoding="utf-8").count(f"urn:uuid:{UID}")
        assert count in (0, 1), name
        if count:
            listed.add(name)
    assert listed == {f"{section}{feed}" for section in SECTIONS for feed in websub.FEED_NAMES}
    # Listing pages and the widget's iframe lists: one card for it on each page that lists it.
    for section in ("", *SECTIONS):
        cards = lxml.html.fromstring((release / section / "index.html").read_bytes()).xpath(
            f"//article[.//a[@href='{url}']]"
        )
        assert len(cards) == 1, section
    items = lxml.html.fromstring((release / "embed/berita/latest.html").read_bytes()).xpath(
        f"//li[.//a[@href='{url}']]"
    )
    assert len(items) == 1
    assert (release / "sitemap.xml").read_text(encoding="utf-8").count(f"<loc>{url}</loc>") == 1
    # The search index: one record.
    records = [
        path
        for path in release.rglob("*.pf_fragment")
        if f'"url":"/{PAGE}"'.encode() in gzip.decompress(path.read_bytes())
    ]
    assert len(records) == 1
    assert (release / "embed" / "kartu" / UID / "oembed.json").is_file()


def test_the_brief_s_feeds_are_announced_once_it_is_live(runs):
    _, before, _, _ = runs[0]
    _, after, pinged, _ = runs[1]
    changed = sorted(
        f"{PUBLIC}/{name}"
        for name in websub.feed_files(str(after))
        if not (before / name).is_file() or (before / name).read_bytes() != (after / name).read_bytes()
    )
    assert sorted(pinged) == changed
    assert {f"{PUBLIC}/{section}rss.xml" for section in SECTIONS} <= set(pinged)


def test_a_run_with_nothing_new_changes_nothing(runs):
    result, release, pinged, name = runs[2]
    assert name == runs[1][3]  # the same release stays live
    assert "Deploy: tidak ada perubahan" in result.stdout
    assert pinged == []
    assert sum(path.read_text(encoding="utf-8").count(f"urn:uuid:{UID}") for path in release.rglob("rss.xml")) == 4


def test_the_ledger_records_the_released_brief_once(runs):
    ledger = runs[0][1].parent / "content" / "ledger.json"  # beside the copies of the releases
    assert ledger.read_text(encoding="utf-8").count(f'"uid:{UID}"') == 1
