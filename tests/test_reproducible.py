"""Parallel and cached builds write exactly what a serial cold build writes; an edit changes only what it should.

On a small generated corpus (benchmarks/corpus.py, the benchmark's own generator) and on the
bundled content: a serial build without cache is the reference; a parallel build with a cache,
a warm rebuild, and rebuilds after editing one brief's body or title must be byte-identical to a
serial cold build of the same content. The set of files an edit changes is checked against what
the edit touches (a title edit reaches the "Berita terkait" of other briefs' pages), and a corrupt
cache is discarded with a warning.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
from pathlib import Path

import pytest

from benchmarks.corpus import edit_body, edit_title, make_items, write_hub
from hub_build.build import run_build
from tests.site import ROOT, settings_for

NOW = "2026-11-26 12:00"


def build(content: Path, output: Path, *, cache: Path | None, workers: int) -> object:
    overrides = settings_for(content, output, NOW, SEARCH_ENABLED=True, HUB_CACHE_PATH=str(cache) if cache else None)
    overrides.pop("OUTPUT_PATH")
    overrides["HUB_WORKERS"] = workers
    result = run_build(ROOT / "pelicanconf.py", overrides, output=output, configure_logging=False)
    assert result.ok, result.problems
    return result


def files(output: Path) -> dict[str, str]:
    """Every file of a built site: path -> digest of its bytes."""
    return {
        str(p.relative_to(output)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(output.rglob("*"))
        if p.is_file()
    }


def mtimes(output: Path) -> dict[str, int]:
    return {str(p.relative_to(output)): p.stat().st_mtime_ns for p in output.rglob("*") if p.is_file()}


def changed(before: dict[str, str], after: dict[str, str]) -> set[str]:
    return {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_hub(make_items(150), tmp_path_factory.mktemp("corpus"))


def cold(content: Path, root: Path) -> dict[str, str]:
    """The reference: one process, no cache."""
    output = root / "cold"
    build(content, output, cache=None, workers=1)
    return files(output)


def newest_brief(content: Path) -> Path:
    """The brief every listing shows first (so an edit reaches the home page and the feeds)."""
    dates = {}
    for path in (content / "briefs").glob("*.md"):
        head = path.read_text(encoding="utf-8").split("\n\n", 1)[0]
        fields = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
        if fields.get("Status", "published") == "published" and fields["Date"] <= NOW:
            dates[path] = fields["Date"]
    return max(dates, key=dates.get)


def test_parallel_cached_warm_and_edited_builds_equal_serial_cold_builds(corpus, tmp_path):
    cache, output = tmp_path / "cache", tmp_path / "site"
    reference = cold(corpus, tmp_path / "ref")

    build(corpus, output, cache=cache, workers=2)  # parallel, cache empty
    assert files(output) == reference
    before = mtimes(output)

    build(corpus, output, cache=cache, workers=2)  # warm: nothing changed
    assert files(output) == reference
    assert mtimes(output) == before  # nothing was written again

    brief = newest_brief(corpus)
    edit_body(brief)
    build(corpus, output, cache=cache, workers=2)
    edited = files(output)
    assert edited == cold(corpus, tmp_path / "ref-body")
    body_changes = changed(reference, edited)
    new_text = b"Pembaruan: jadwal layanan susulan diumumkan"  # the paragraph edit_body adds
    mentions = {
        path for path in edited if not path.startswith("pagefind/") and new_text in (output / path).read_bytes()
    }
    # _headers names Pagefind's metadata file (its name is the hash of the index): it changes with the index.
    assert {p for p in body_changes if not p.startswith("pagefind/")} == mentions | {"_headers"}
    assert any(p.startswith("pagefind/") for p in body_changes)  # the search index knows the new text
    assert f"berita/{brief_slug(brief)}/index.html" in mentions and "berita/rss.xml" in mentions
    assert "index.html" not in body_changes and "berita/index.html" not in body_changes  # cards show no body

    old_title = title_of(brief)
    edit_title(brief)
    build(corpus, output, cache=cache, workers=2)
    retitled = files(output)
    assert retitled == cold(corpus, tmp_path / "ref-title")
    touched = {
        path for path in edited if old_title.encode() in (output.parent / "ref-body" / "cold" / path).read_bytes()
    }
    # The brief's share cards show its title as pixels: its three cards move to new addresses (named by content).
    cards = {p for p in changed(edited, retitled) if p.startswith("kartu/")}
    assert len(cards) == 6 and {p.split("/")[1] for p in cards} == {uid_of(brief)}
    assert {p for p in changed(edited, retitled) if not p.startswith("pagefind/")} == touched | {"_headers"} | cards
    assert {"index.html", "berita/index.html", "arsip/index.html"} <= touched
    # Other briefs' pages name it under "Berita terkait": their keys cover it, so they were made again.
    own = f"berita/{brief_slug(brief)}/index.html"
    assert any(p.startswith("berita/") and p.count("/") == 2 and p != own for p in touched)


def brief_slug(path: Path) -> str:
    head = path.read_text(encoding="utf-8").split("\n\n", 1)[0]
    return next(line.split(": ", 1)[1] for line in head.splitlines() if line.startswith("Slug: "))


def uid_of(path: Path) -> str:
    head = path.read_text(encoding="utf-8").split("\n\n", 1)[0]
    return next(line.split(": ", 1)[1] for line in head.splitlines() if line.startswith("Uid: "))


def title_of(path: Path) -> str:
    head = path.read_text(encoding="utf-8").split("\n\n", 1)[0]
    return next(line.split(": ", 1)[1] for line in head.splitlines() if line.startswith("Title: "))


def test_bundled_content_builds_the_same_in_parallel_with_a_cache(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    reference = cold(content, tmp_path / "ref")
    for _ in range(2):  # cold with an empty cache, then warm
        build(content, tmp_path / "site", cache=tmp_path / "cache", workers=2)
        assert files(tmp_path / "site") == reference


def test_a_corrupt_cache_is_discarded_with_a_warning(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    cache, output = tmp_path / "cache", tmp_path / "site"
    build(content, output, cache=cache, workers=1)
    reference = files(output)
    [readings] = cache.glob("*/readings.pickle")
    readings.write_bytes(b"\x80\x04 bukan pickle")
    [outputs] = cache.glob("*/outputs-*.pickle")
    outputs.write_bytes(pickle.dumps({"version": "lain", "entries": []}))
    result = build(content, output, cache=cache, workers=1)
    warnings = [p for p in result.problems if p.field == "cache"]
    assert sorted(os.path.basename(p.path) for p in warnings) == sorted([readings.name, outputs.name])
    assert all("cache rusak dan dibuang" in p.message and not p.is_error for p in warnings)
    assert files(output) == reference
    with open(readings, "rb") as handle:
        assert isinstance(pickle.load(handle)["entries"], dict)  # written anew, readable


def test_after_a_full_rebuild_the_inline_code_memo_describes_the_files_as_they_stay(tmp_path):
    """Pages written again but equal to the last build's are linked to it before the CSP scan records them.

    Otherwise every page would be read again by the next build's scan (its stamp would be stale).
    """
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    cache, output = tmp_path / "cache", tmp_path / "site"
    build(content, output, cache=cache, workers=1)
    for folder in cache.iterdir():  # a code change: every page is made again (pictures kept)
        if folder.name != "images":
            shutil.rmtree(folder)
    build(content, output, cache=cache, workers=1)
    [memo_file] = cache.glob("*/inline-*.pickle")
    with open(memo_file, "rb") as handle:
        memo = pickle.load(handle)["entries"]
    assert len(memo) > 20
    for relative, (stamp, _) in memo.items():
        info = (output / relative).stat()
        assert stamp == (info.st_ino, info.st_size, info.st_mtime_ns), relative


def test_retitling_the_newest_brief_makes_again_only_what_lists_it(tmp_path, monkeypatch):
    """Listing pages, embed cards and search shards that do not hold the brief are linked, not made again.

    (Other briefs' pages name it under "Berita terkait" and are made again; the listings that list
    those briefs show them as cards, which do not show "Berita terkait".)
    """
    import pelican.writers

    import search

    content = write_hub(make_items(150, seed=7), tmp_path / "corpus")
    cache, output = tmp_path / "cache", tmp_path / "site"
    build(content, output, cache=cache, workers=1)
    brief = newest_brief(content)
    edit_title(brief)
    rendered, indexed = [], []
    real_write, real_job = pelican.writers.Writer.write_file, search.IndexJob

    def spy_write(self, name, *args, **kwargs):
        rendered.append(name)
        return real_write(self, name, *args, **kwargs)

    class SpyJob(real_job):
        def __init__(self, shards, *args):
            indexed.extend(number for number, _ in shards)
            super().__init__(shards, *args)

    monkeypatch.setattr(pelican.writers.Writer, "write_file", spy_write)
    monkeypatch.setattr(search, "IndexJob", SpyJob)
    build(content, output, cache=cache, workers=1)
    slug = brief_slug(brief)
    listings = [n for n in rendered if n.startswith(("program/", "wilayah/", "topik/")) or "/halaman/" in n]
    listing_the_brief = {n for n in listings if f"/berita/{slug}/" in (output / n).read_text(encoding="utf-8")}
    assert listings and set(listings) == listing_the_brief, sorted(set(listings) - listing_the_brief)
    embeds = [n for n in rendered if n.startswith("embed/kartu/")]
    assert embeds == [f"embed/kartu/{uid_of(brief)}/index.html"]
    assert len(indexed) == 1  # the one shard the brief is in
