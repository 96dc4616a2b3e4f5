"""The Makefile's editor commands, run for real: atomic builds, check, scaffolding."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import FIXTURE
from tests.site import ROOT


def make(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["make", "--no-print-directory", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={"PATH": "/usr/bin:/bin", "HUB_NOW": "2026-06-15 12:00", **(env or {})},
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


def test_make_brief_event_and_cekfakta_scaffold_valid_drafts(workspace):
    content = workspace / "content"
    for target, folder in (("brief", "briefs"), ("event", "events"), ("cekfakta", "cek-fakta")):
        result = make(target, "TITLE=Uji Kerangka Baru", f"CONTENT={content}")
        assert result.returncode == 0, result.stderr
        created = Path(result.stdout.strip().splitlines()[-1])
        assert created.is_file() and created.parent.name == folder
        text = created.read_text(encoding="utf-8")
        assert "Status: draft" in text and "Uid: " in text
    check = make("check", f"CONTENT={content}")
    assert check.returncode == 0, check.stdout


def test_a_build_killed_at_any_step_of_the_switch_leaves_a_complete_site(tmp_path):
    """SIGKILL `make html` at every step of the switch: output/ is always one whole build, old or new."""
    from hub_build.swap import STEPS

    content, output = tmp_path / "content", tmp_path / "output"
    shutil.copytree(FIXTURE, content)
    beta = content / "briefs" / "beta.md"
    assert make("html", f"CONTENT={content}", f"OUTPUTDIR={output}").returncode == 0
    old = tree_digest(output)
    # "tidying" is only reached when a killed build left something behind: kill at "linked" first.
    for number, step in enumerate(["linked", "tidying", *[s for s in STEPS if s not in ("linked", "tidying")]]):
        beta.write_text(beta.read_text(encoding="utf-8").replace("Petani", f"Petani {number}", 1), encoding="utf-8")
        killed = make("html", f"CONTENT={content}", f"OUTPUTDIR={output}", env={"HUB_SWAP_KILL_AT": step})
        assert killed.returncode == 2 and "Killed" in killed.stderr, (step, killed.stderr)  # make saw SIGKILL
        assert (output / "index.html").is_file(), step
        during = tree_digest(output)
        if step == "linked":
            continue  # the next kill, at "tidying", is what this step's leftovers are for
        finished = make("html", f"CONTENT={content}", f"OUTPUTDIR={output}")
        assert finished.returncode == 0, finished.stderr
        new = tree_digest(output)
        assert during in (old, new), step
        assert len(list((tmp_path / "output.builds").iterdir())) == 1, step
        assert not [p for p in tmp_path.iterdir() if ".swap-" in p.name], step
        old = new


def test_a_mistyped_content_folder_stops_with_a_plain_message(tmp_path):
    output = tmp_path / "output"
    for target in ("html", "check", "brief", "cms"):
        result = make(target, "TITLE=Uji", f"CONTENT={tmp_path / 'kontent'}", f"OUTPUTDIR={output}")
        assert result.returncode != 0
        assert f"{tmp_path / 'kontent'}: folder: folder konten tidak ditemukan — periksa CONTENT=" in result.stderr
        assert "Traceback" not in result.stdout + result.stderr
    assert not output.exists() and not (tmp_path / "kontent").exists()
