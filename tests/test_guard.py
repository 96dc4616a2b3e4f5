"""An unexpected exception inside a plugin is reported against the file being processed, never as a traceback."""

from __future__ import annotations

import pytest

import feeds
from tests.conftest import FIXTURE, FIXTURE_NOW
from tests.site import BuildFailed, build_site
from validation import reading


def failing(name: str):
    def fail(*args, **kwargs):
        raise ValueError(f"{name} rusak")

    return fail


def test_a_crash_while_reading_names_the_file(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "clean_html", failing("sanitiser"))
    with pytest.raises(BuildFailed) as stopped:
        build_site(FIXTURE, tmp_path / "out", FIXTURE_NOW)
    paths = {p.path for p in stopped.value.problems}
    assert "content/briefs/alpha.md" in paths and "content/events/nanti.md" in paths
    problem = next(p for p in stopped.value.problems if p.path == "content/briefs/alpha.md")
    assert problem.message == "kesalahan internal saat memproses berkas (ValueError: sanitiser rusak)"
    assert "laporkan" in problem.fix
    assert not (tmp_path / "out" / "index.html").exists()  # stopped before writing


def test_a_crash_while_writing_a_feed_names_the_item_and_every_other_output_still_runs(tmp_path, monkeypatch):
    real = feeds.feed_item

    def feed_item(content, *args, **kwargs):
        if content.relative_source_path == "briefs/beta.md":
            raise RuntimeError("item rusak")
        return real(content, *args, **kwargs)

    monkeypatch.setattr(feeds, "feed_item", feed_item)
    with pytest.raises(BuildFailed) as stopped:
        build_site(FIXTURE, tmp_path / "out", FIXTURE_NOW)
    [problem] = stopped.value.problems
    assert (problem.path, problem.field) == ("content/briefs/beta.md", "berkas")
    assert "untuk feed (RuntimeError: item rusak)" in problem.message
    assert (tmp_path / "out" / "sitemap.xml").is_file()  # later outputs ran, so every problem is found at once
