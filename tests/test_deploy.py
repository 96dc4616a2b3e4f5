"""make deploy / make rollback (hub_build.deploy): releases, the atomic flip, rollback, against a local web root."""

from __future__ import annotations

import datetime as dt
import os
import shlex
import subprocess
from pathlib import Path

import pytest

from hub_build.deploy import Target, deploy, parse_target, release_name, rollback, rsync_command, server_command
from tests.site import ROOT


def make_site(folder: Path, pages: dict[str, str]) -> Path:
    for name, text in pages.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def live(web: Path) -> str:
    return os.readlink(web / "current")


def read(web: Path, name: str) -> str:
    return (web / "current" / name).read_text(encoding="utf-8")


def test_targets_are_read_as_rsync_reads_them(tmp_path):
    assert parse_target("deploy@web.example:/srv/hub") == Target("deploy@web.example", "/srv/hub")
    assert parse_target("web:/srv/hub/") == Target("web", "/srv/hub/")
    assert parse_target(str(tmp_path / "web")) == Target("", str(tmp_path / "web"))
    assert parse_target("./a:b") == Target("", str(Path("./a:b").absolute()))  # a slash before the colon: local
    for bad in ("", "web:srv/hub"):
        with pytest.raises(ValueError, match="DEPLOY_TARGET"):
            parse_target(bad)


def test_remote_commands_go_through_ssh_quoted():
    target = Target("deploy@web", "/srv/hub")
    command = server_command(target, "activate", "/srv/hub", "20261126T050000.000000Z", ssh="ssh -p 2222")
    assert command[:4] == ["ssh", "-p", "2222", "deploy@web"]
    assert shlex.split(command[4])[:2] == ["sh", "-c"] and shlex.split(command[4])[-3:] == [
        "activate",
        "/srv/hub",
        "20261126T050000.000000Z",
    ]
    upload = rsync_command(Path("/b/out"), target.rsync_path("releases/x"), link_dest="/srv/hub/releases/w")
    assert upload[-2:] == ["/b/out/", "deploy@web:/srv/hub/releases/x/"]
    assert "--link-dest=/srv/hub/releases/w" in upload and "--delete" in upload and "--archive" in upload


def test_release_names_sort_by_time():
    first = release_name(dt.datetime(2026, 11, 26, 5, 0, tzinfo=dt.UTC))
    second = release_name(dt.datetime(2026, 11, 26, 12, 0, 0, 1, tzinfo=dt.timezone(dt.timedelta(hours=7))))
    assert first == "20261126T050000.000000Z" and second == "20261126T050000.000001Z" and first < second


def test_deploy_flips_releases_keeps_the_previous_and_rolls_back(tmp_path):
    web = tmp_path / "web"
    target = parse_target(str(web))
    site = make_site(tmp_path / "build1", {"index.html": "satu", "berita/a/index.html": "A", "tetap.css": "x"})
    os.utime(site / "tetap.css", ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    said = []
    first = deploy(site, target, say=said.append)
    assert live(web) == f"releases/{first}" and not (web / "previous").exists()
    assert read(web, "index.html") == "satu"

    # Nothing changed: no release, the previous one stays the last real change.
    assert deploy(site, target, say=said.append) == first
    assert said[-1] == f"Deploy: tidak ada perubahan; rilis {first} tetap tayang."

    second_site = make_site(tmp_path / "build2", {"index.html": "dua", "berita/b/index.html": "B"})
    os.link(site / "tetap.css", second_site / "tetap.css")  # the build linked an unchanged file
    second = deploy(second_site, target, say=said.append)
    assert second > first
    assert live(web) == f"releases/{second}" and os.readlink(web / "previous") == f"releases/{first}"
    assert read(web, "index.html") == "dua"
    assert not (web / "current" / "berita" / "a").exists()  # deleted in the build, gone from the release
    # An unchanged file is a hard link to the previous release's, with its time.
    kept, before = web / "releases" / second / "tetap.css", web / "releases" / first / "tetap.css"
    assert os.path.samefile(kept, before) and kept.stat().st_mtime_ns == 1_700_000_000_000_000_000
    assert "(2 berkas dikirim)" in said[-1]  # index.html and berita/b/: tetap.css was linked

    rollback(target, say=said.append)
    assert live(web) == f"releases/{first}" and os.readlink(web / "previous") == f"releases/{second}"
    assert read(web, "index.html") == "satu"
    rollback(target, say=said.append)  # and back again
    assert live(web) == f"releases/{second}"

    third = deploy(make_site(tmp_path / "build3", {"index.html": "tiga"}), target, say=said.append)
    assert sorted(os.listdir(web / "releases")) == [second, third]  # older releases are removed
    assert (web / "current").is_symlink() and (web / "previous").is_symlink()


def test_rollback_without_a_previous_release_says_so(tmp_path):
    web = tmp_path / "web"
    deploy(make_site(tmp_path / "b", {"index.html": "satu"}), parse_target(str(web)), say=lambda _: None)
    with pytest.raises(RuntimeError, match="tidak ada rilis sebelumnya"):
        rollback(parse_target(str(web)))


def test_deploy_refuses_an_unbuilt_output(tmp_path):
    with pytest.raises(RuntimeError, match="make publish"):
        deploy(tmp_path / "kosong", parse_target(str(tmp_path / "web")))


def test_make_deploy_and_make_rollback(tmp_path):
    output = make_site(tmp_path / "out", {"index.html": "satu"})
    web = tmp_path / "web"
    env = {**os.environ, "PATH": "/usr/bin:/bin:/usr/sbin:/sbin", "DEPLOY_TARGET": str(web)}
    reload = f"touch {tmp_path / 'reloaded'}"

    def make(*args):
        return subprocess.run(
            ["make", "--no-print-directory", *args, f"OUTPUTDIR={output}", f"DEPLOY_RELOAD={reload}"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )

    first = make("deploy")
    assert first.returncode == 0, first.stdout + first.stderr
    assert "Deploy: rilis " in first.stdout and (tmp_path / "reloaded").exists()
    (output / "index.html").write_text("dua", encoding="utf-8")
    assert make("deploy").returncode == 0 and read(web, "index.html") == "dua"
    back = make("rollback")
    assert back.returncode == 0, back.stdout + back.stderr
    assert read(web, "index.html") == "satu" and "Rollback: rilis sebelumnya tayang lagi" in back.stdout
    missing = subprocess.run(
        ["make", "--no-print-directory", "deploy", f"OUTPUTDIR={output}"],
        cwd=ROOT,
        env={**env, "DEPLOY_TARGET": ""},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert missing.returncode != 0 and "DEPLOY_TARGET kosong" in missing.stderr
