"""Session fixtures: each site is built once per test session, then many tests read it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.site import ROOT, Site, build_site

FIXTURE = ROOT / "tests" / "fixtures" / "site" / "content"
# The fixture site is read as of this instant: "hari-ini" is under way, "nanti" is upcoming,
# "embargo" is still under embargo.
FIXTURE_NOW = "2026-06-15 12:00"
BUNDLED_NOW = "2026-11-26 12:00"


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory) -> Site:
    # This and the bundled build run the search indexer (the search tests read both); the others leave it off.
    # Three search shards (of two items) even for this small site: the search page merges them.
    output = tmp_path_factory.mktemp("fixture-out")
    return build_site(FIXTURE, output, FIXTURE_NOW, SEARCH_ENABLED=True, SEARCH_SHARD_SIZE=2)


@pytest.fixture(scope="session")
def bundled_site(tmp_path_factory) -> Site:
    return build_site(ROOT / "content", tmp_path_factory.mktemp("bundled-out"), BUNDLED_NOW, SEARCH_ENABLED=True)


@pytest.fixture(scope="session")
def edited_site(tmp_path_factory) -> Site:
    """The fixture site after an editor retitled and re-slugged a published brief, and retitled an event."""
    content = tmp_path_factory.mktemp("edited") / "content"
    shutil.copytree(FIXTURE, content)
    brief = content / "briefs" / "alpha.md"
    text = brief.read_text(encoding="utf-8")
    text = text.replace("Title: Puskesmas Keliling Hadir di Garut", "Title: Puskesmas Keliling Kini Menjangkau Garut")
    text = text.replace("Slug: puskesmas-keliling-garut", "Slug: puskesmas-keliling-menjangkau-garut")
    brief.write_text(text, encoding="utf-8")
    brief.rename(content / "briefs" / "alpha-renamed.md")
    # An event retitled too (its slug, and so its URL, comes from the title).
    event = content / "events" / "nanti.md"
    event.write_text(event.read_text(encoding="utf-8").replace("Pameran Desa", "Pameran Produk Desa"), encoding="utf-8")
    return build_site(content, tmp_path_factory.mktemp("edited-out"), FIXTURE_NOW)


@pytest.fixture(scope="session")
def xss_site(tmp_path_factory) -> Site:
    """A site whose titles, summaries, bodies, share texts and event details carry XSS payloads."""
    # Search on: the search page must not run hostile titles either.
    content = ROOT / "tests" / "fixtures" / "xss" / "content"
    return build_site(content, tmp_path_factory.mktemp("xss-out"), FIXTURE_NOW, SEARCH_ENABLED=True)


@pytest.fixture(scope="session")
def browser():
    """One headless Debian Chromium for every browser test (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    from tests.browser import CHROMIUM_ARGS, chromium_path

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(params=["fixture_site", "bundled_site"])
def any_site(request) -> Site:
    return request.getfixturevalue(request.param)


def make_content(tmp: Path, files: dict[str, str]) -> Path:
    """Write a throwaway content folder (for bad-input builds) with the fixture's image."""
    content = tmp / "content"
    for name, text in files.items():
        target = content / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    if not (content / "ledger.json").exists():
        (content / "ledger.json").write_text('{"version": 1, "items": {}}\n', encoding="utf-8")
    (content / "images").mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURE / "images" / "pasar.jpg", content / "images" / "pasar.jpg")
    return content
