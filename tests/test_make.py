"""The Makefile's editor commands, run for real: atomic builds, check, scaffolding."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import FIXTURE
from tests.site import ROOT


def make(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["make", "--no-print-directory", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={"PATH": "/usr/bin:/bin", "HUB_NOW": "2026-06-15 12:00"},
    )


def tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("make")
    shutil.copytree(FIXTURE, root / "content")
    return root


def test_a_failed_build_leaves_the_previous_site_untouched(workspace):
    content, output = workspace / "content", workspace / "output"
    first = make("html", f"CONTENT={content}", f"OUTPUTDIR={output}")
    assert first.returncode == 0, first.stdout + first.stderr
    assert (output / "index.html").is_file()
    before = tree_digest(output)

    brief = content / "briefs" / "beta.md"
    good = brief.read_text(encoding="utf-8")
    brief.write_text(good.replace("Program: pemulihan-ekonomi", "Program: ekonomi"), encoding="utf-8")
    try:
        failed = make("html", f"CONTENT={content}", f"OUTPUTDIR={output}")
    finally:
        brief.write_text(good, encoding="utf-8")
    assert failed.returncode != 0
    assert "content/briefs/beta.md:4: Program: program tidak dikenal" in failed.stdout + failed.stderr
    assert tree_digest(output) == before
    assert not (workspace / "output.new").exists()


def test_make_check_reports_without_building(workspace):
    content = workspace / "content"
    ok = make("check", f"CONTENT={content}")
    assert ok.returncode == 0 and "0 kesalahan" in ok.stdout
    bad = content / "briefs" / "zz-bad.md"
    bad.write_text("Title: X\n\nIsi.\n", encoding="utf-8")
    try:
        result = make("check", f"CONTENT={content}")
    finally:
        bad.unlink()
    assert result.returncode != 0
    assert "content/briefs/zz-bad.md:1: Uid: wajib diisi" in result.stderr
    assert "Pemeriksaan selesai: 5 kesalahan, 0 peringatan." in result.stdout + result.stderr


def test_make_brief_and_event_scaffold_valid_drafts(workspace):
    content = workspace / "content"
    for kind in ("brief", "event"):
        result = make(kind, "TITLE=Uji Kerangka Baru", f"CONTENT={content}")
        assert result.returncode == 0, result.stderr
        created = Path(result.stdout.strip().splitlines()[-1])
        assert created.is_file() and created.parent.name == f"{kind}s"
        text = created.read_text(encoding="utf-8")
        assert "Status: draft" in text and "Uid: " in text
    check = make("check", f"CONTENT={content}")
    assert check.returncode == 0, check.stdout
