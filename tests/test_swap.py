"""The atomic output switch: symlink layout, cleanup of killed builds, kills at every step, live readers."""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from hub_build import swap
from hub_build.swap import (
    PREPARE_STEPS,
    STEPS,
    SWITCH_STEPS,
    SwapError,
    current,
    discard,
    prepare_build,
    switch,
)

ROOT = Path(__file__).resolve().parents[1]


def fill(folder: Path, tag: str) -> dict[str, bytes | None]:
    """Write a small site whose every file names ``tag``; return its snapshot."""
    (folder / "berita").mkdir(parents=True, exist_ok=True)
    (folder / "theme" / "css").mkdir(parents=True, exist_ok=True)
    (folder / f"kosong-{tag}").mkdir(exist_ok=True)
    (folder / "index.html").write_text(f"<h1>Beranda {tag}</h1>\n" + "isi " * 2000, encoding="utf-8")
    (folder / "berita" / "index.html").write_text(f"<h1>Berita {tag}</h1>\n", encoding="utf-8")
    (folder / "berita" / f"hanya-{tag}.html").write_text(f"hanya di {tag}\n", encoding="utf-8")
    (folder / "theme" / "css" / "hub.css").write_bytes(f"/* {tag} */\nbody{{margin:0}}\n".encode())
    return snapshot(folder)


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every folder (None) and file (its bytes) under ``folder``, by relative path; follows ``folder`` itself."""
    tree: dict[str, bytes | None] = {}
    for root, dirs, files in os.walk(folder):
        base = Path(root)
        for name in dirs:
            tree[(base / name).relative_to(folder).as_posix() + "/"] = None
        for name in files:
            tree[(base / name).relative_to(folder).as_posix()] = (base / name).read_bytes()
    return tree


def temporaries(output: Path) -> list[Path]:
    return sorted(p for p in output.parent.iterdir() if p.name.startswith(f".{output.name}.swap-"))


def builds_of(output: Path) -> list[Path]:
    return sorted((output.parent / f"{output.name}.builds").iterdir())


def cli(*args: object, kill_at: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key != swap.KILL_ENV}
    env["PYTHONPATH"] = str(ROOT / "plugins")
    if kill_at is not None:
        env[swap.KILL_ENV] = kill_at
    return subprocess.run(
        [sys.executable, "-m", "hub_build.swap", *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def published(output: Path, tag: str) -> tuple[Path, dict[str, bytes | None]]:
    """Build ``tag`` the new way and switch ``output`` to it; return the build folder and its snapshot."""
    build = prepare_build(output)
    tree = fill(build, tag)
    switch(output, build)
    return build, tree


def exchange_supported(folder: Path) -> bool:
    """Whether renameat2(RENAME_EXCHANGE) works on the filesystem of ``folder``."""
    probe = folder / "probe"
    probe.mkdir()
    (probe / "a").mkdir()
    (probe / "b").symlink_to("a")
    try:
        return swap._exchange(probe / "a", probe / "b") and (probe / "a").is_symlink()
    finally:
        shutil.rmtree(probe)


# --- Layout and switching ---------------------------------------------------------------------------


def test_first_switch_makes_output_a_relative_symlink(tmp_path):
    output = tmp_path / "output"
    build, tree = published(output, "satu")
    assert output.is_symlink()
    assert os.readlink(output) == f"output.builds/{build.name}"
    assert current(output) == build.resolve()
    assert snapshot(output) == tree
    assert (output / "index.html").read_text(encoding="utf-8").startswith("<h1>Beranda satu</h1>")


def test_second_switch_replaces_the_link_and_deletes_the_previous_build(tmp_path):
    output = tmp_path / "output"
    first, _ = published(output, "satu")
    second, tree = published(output, "dua")
    assert not first.exists()
    assert builds_of(output) == [second]
    assert snapshot(output) == tree
    assert (output / "berita" / "hanya-dua.html").read_text(encoding="utf-8") == "hanya di dua\n"
    assert not (output / "berita" / "hanya-satu.html").exists()
    assert temporaries(output) == []


def test_build_folder_names_sort_by_time_and_stay_readable_by_the_web_server(tmp_path):
    previous = os.umask(0o022)
    try:
        build = prepare_build(tmp_path / "output")
    finally:
        os.umask(previous)
    assert list(build.iterdir()) == []
    assert build.stat().st_mode & 0o777 == 0o755
    stamp, pid = build.name.split("-")[:2]
    assert len(stamp) == 15 and stamp[8] == "T" and pid == str(os.getpid())


def test_legacy_real_directory_is_exchanged_atomically(tmp_path, monkeypatch):
    if not exchange_supported(tmp_path):
        pytest.skip("renameat2(RENAME_EXCHANGE) is not available on this filesystem")
    output = tmp_path / "output"
    fill(output, "lama")
    calls = []
    real = swap._exchange
    monkeypatch.setattr(swap, "_exchange", lambda a, b: calls.append(real(a, b)) or calls[-1])
    build, tree = published(output, "baru")
    assert calls == [True]
    assert output.is_symlink()
    assert current(output) == build.resolve()
    assert snapshot(output) == tree
    assert builds_of(output) == [build]
    assert temporaries(output) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output", "output.builds"]


@pytest.mark.parametrize("code", [None, errno.EINVAL, errno.ENOSYS, errno.EXDEV])
def test_legacy_directory_falls_back_without_renameat2(tmp_path, monkeypatch, code):
    def failing(*_args):
        ctypes.set_errno(code)
        return -1

    monkeypatch.setattr(swap, "_renameat2", lambda: None if code is None else failing)
    output = tmp_path / "output"
    fill(output, "lama")
    build, tree = published(output, "baru")
    assert output.is_symlink()
    assert current(output) == build.resolve()
    assert snapshot(output) == tree
    assert builds_of(output) == [build]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output", "output.builds"]


def test_other_renameat2_errors_are_raised_and_leave_the_site_alone(tmp_path, monkeypatch):
    def failing(*_args):
        ctypes.set_errno(errno.EPERM)
        return -1

    monkeypatch.setattr(swap, "_renameat2", lambda: failing)
    output = tmp_path / "output"
    old = fill(output, "lama")
    build = prepare_build(output)
    fill(build, "baru")
    with pytest.raises(PermissionError):
        switch(output, build)
    assert not output.is_symlink()
    assert snapshot(output) == old
    assert temporaries(output) == []


def test_kill_in_the_fallback_window_is_undone_by_the_next_build(tmp_path):
    # The state a kill between the fallback's two renames leaves: no output, the old site aside.
    output = tmp_path / "output"
    old = fill(tmp_path / "output.builds" / swap.LEGACY, "lama")
    build = prepare_build(output)
    assert output.is_dir()
    assert not output.is_symlink()
    assert snapshot(output) == old
    tree = fill(build, "baru")
    switch(output, build)
    assert snapshot(output) == tree
    assert builds_of(output) == [build]


def test_tree_can_be_moved_because_the_link_is_relative(tmp_path):
    output = tmp_path / "proyek" / "output"
    build, tree = published(output, "satu")
    (tmp_path / "proyek").rename(tmp_path / "pindah")
    moved = tmp_path / "pindah" / "output"
    assert snapshot(moved) == tree
    assert current(moved) == (tmp_path / "pindah" / "output.builds" / build.name).resolve()


def test_nested_output_path(tmp_path):
    output = tmp_path / "build" / "nested" / "site"
    first, _ = published(output, "satu")
    assert first.parent == tmp_path / "build" / "nested" / "site.builds"
    second, tree = published(output, "dua")
    assert os.readlink(output) == f"site.builds/{second.name}"
    assert snapshot(output) == tree
    assert builds_of(output) == [second]
    assert sorted(p.name for p in output.parent.iterdir()) == ["site", "site.builds"]


def test_relative_output_paths_work_from_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    build, tree = published(Path("output"), "satu")
    assert not build.is_absolute()
    assert os.readlink("output") == f"output.builds/{build.name}"
    assert snapshot(tmp_path / "output") == tree


def test_a_file_at_output_raises_and_is_left_alone(tmp_path):
    output = tmp_path / "output"
    output.write_text("bukan folder", encoding="utf-8")
    with pytest.raises(SwapError, match="bukan folder atau symlink"):
        prepare_build(output)
    build = tmp_path / "output.builds" / "20260101T000000-1"
    fill(build, "baru")
    with pytest.raises(SwapError, match="bukan folder atau symlink"):
        switch(output, build)
    assert output.read_text(encoding="utf-8") == "bukan folder"
    assert temporaries(output) == []


def test_switch_refuses_a_build_outside_the_builds_folder(tmp_path):
    output = tmp_path / "output"
    _, tree = published(output, "satu")
    stray = tmp_path / "lain"
    fill(stray, "lain")
    with pytest.raises(SwapError, match="bukan folder build"):
        switch(output, stray)
    with pytest.raises(SwapError, match="bukan folder build"):
        switch(output, tmp_path / "output.builds" / "tidak-ada")
    assert snapshot(output) == tree
    assert stray.is_dir()


# --- Leftovers --------------------------------------------------------------------------------------


def test_prepare_removes_leftovers_but_never_the_current_build(tmp_path):
    output = tmp_path / "output"
    live, tree = published(output, "tayang")
    builds = tmp_path / "output.builds"
    fill(builds / "20200101T000000-11", "yatim")  # a killed build, never switched to
    (builds / "20200101T000000-12").mkdir()  # killed before Pelican wrote anything
    (builds / ".output.swap-13-ab").symlink_to("output.builds/x")  # stray link inside the folder
    (tmp_path / ".output.swap-14-cd").symlink_to(f"output.builds/{live.name}")  # killed after "linked"
    fill(tmp_path / ".output.swap-15-ef", "ditukar")  # old-layout folder killed after the exchange
    (tmp_path / "output.bak").mkdir()  # not ours: kept
    (tmp_path / "catatan.txt").write_text("jangan dihapus", encoding="utf-8")

    build = prepare_build(output)

    assert builds_of(output) == sorted([live, build])
    assert list(build.iterdir()) == []
    assert temporaries(output) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["catatan.txt", "output", "output.bak", "output.builds"]
    assert current(output) == live.resolve()
    assert snapshot(output) == tree


def test_prepare_keeps_the_current_build_even_through_a_symlinked_parent(tmp_path):
    (tmp_path / "nyata").mkdir()
    (tmp_path / "tautan").symlink_to("nyata")
    live, tree = published(tmp_path / "nyata" / "output", "tayang")
    prepare_build(tmp_path / "tautan" / "output")
    assert live.is_dir()
    assert snapshot(tmp_path / "tautan" / "output") == tree


def test_discard_removes_a_failed_build_and_leaves_the_site_alone(tmp_path):
    output = tmp_path / "output"
    live, tree = published(output, "tayang")
    failed = prepare_build(output)
    fill(failed, "gagal")
    discard(failed)
    assert not failed.exists()
    assert builds_of(output) == [live]
    assert snapshot(output) == tree
    discard(failed)  # already gone: nothing to do


def test_discard_refuses_the_current_build_and_foreign_folders(tmp_path):
    output = tmp_path / "output"
    live, tree = published(output, "tayang")
    with pytest.raises(SwapError, match="sedang tayang"):
        discard(live)
    stray = tmp_path / "lain"
    stray.mkdir()
    with pytest.raises(SwapError, match="bukan folder build"):
        discard(stray)
    assert stray.is_dir()
    assert snapshot(output) == tree


def test_current(tmp_path):
    output = tmp_path / "output"
    assert current(output) is None
    output.mkdir()
    assert current(output) is None  # the old layout: a real directory
    output.rmdir()
    output.symlink_to("output.builds/hilang")
    assert current(output) is None  # dangling
    output.unlink()
    build, _ = published(output, "satu")
    assert current(output) == build.resolve()


# --- Fault injection and the command line -----------------------------------------------------------


def test_steps_are_named_and_a_full_run_passes_each_in_order(tmp_path, monkeypatch):
    assert STEPS == PREPARE_STEPS + SWITCH_STEPS
    assert len(set(STEPS)) == len(STEPS)
    seen = []
    monkeypatch.setattr(swap, "checkpoint", seen.append)
    output = tmp_path / "output"
    published(output, "satu")
    fill(tmp_path / "output.builds" / "20200101T000000-1", "yatim")
    seen.clear()
    published(output, "dua")
    assert seen == list(STEPS)


def test_checkpoint_only_kills_at_its_own_step(monkeypatch):
    monkeypatch.setenv(swap.KILL_ENV, "linked")
    swap.checkpoint("switched")  # still alive
    with pytest.raises(ValueError, match="unknown step"):
        swap.checkpoint("tidak-ada")


def test_cli_prepare_switch_discard(tmp_path):
    prepared = cli("prepare", "output", cwd=tmp_path)
    assert prepared.returncode == 0, prepared.stderr
    build = tmp_path / prepared.stdout.strip()
    assert build.parent == tmp_path / "output.builds"
    tree = fill(build, "satu")
    switched = cli("switch", "output", prepared.stdout.strip(), cwd=tmp_path)
    assert switched.returncode == 0, switched.stderr
    assert snapshot(tmp_path / "output") == tree
    failed = tmp_path / cli("prepare", "output", cwd=tmp_path).stdout.strip()
    fill(failed, "gagal")
    discarded = cli("discard", failed, cwd=tmp_path)
    assert discarded.returncode == 0, discarded.stderr
    assert builds_of(tmp_path / "output") == [build]


def test_cli_reports_errors_in_indonesian(tmp_path):
    (tmp_path / "output").write_text("x", encoding="utf-8")
    result = cli("prepare", "output", cwd=tmp_path)
    assert result.returncode == 1
    assert "Gagal mengganti folder situs" in result.stderr
    assert "bukan folder atau symlink" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("layout", ["symlink", "legacy"])
@pytest.mark.parametrize("step", STEPS)
def test_kill_at_every_step_leaves_a_complete_site_and_the_next_build_cleans_up(tmp_path, step, layout):
    output = tmp_path / "output"
    builds = tmp_path / "output.builds"
    if layout == "symlink":
        _, old = published(output, "lama")
    else:
        old = fill(output, "lama")
    if step in PREPARE_STEPS:
        command, expected = ["prepare", output], old
    else:
        build = prepare_build(output)
        new = fill(build, "baru")
        command, expected = ["switch", output, build], old if step == "linked" else new
    # What an earlier killed build left behind, for this run's cleanup to meet.
    fill(builds / "20200101T000000-1", "yatim")
    (tmp_path / ".output.swap-2-ab").symlink_to("output.builds/20200101T000000-1")

    result = cli(*command, kill_at=step)

    assert result.returncode == -signal.SIGKILL, (result.returncode, result.stderr)
    assert output.is_dir()
    assert snapshot(output) == expected
    left = [p for p in (*temporaries(output), *builds.iterdir()) if p.resolve() != current(output)]
    assert left or step == "cleaned"  # the kill really left something for the next build

    final = prepare_build(output)
    tree = fill(final, "akhir")
    switch(output, final)
    assert builds_of(output) == [final]
    assert temporaries(output) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output", "output.builds"]
    assert snapshot(output) == tree


# --- Readers during switches ------------------------------------------------------------------------


def page(number: int) -> bytes:
    return f"<h1>Build {number}</h1>\n".encode() + b"<p>isi</p>\n" * 4000


class Reader(threading.Thread):
    """Read ``output/index.html`` in a tight loop, counting reads and failures (missing or unknown content)."""

    def __init__(self, output: Path, valid: set[bytes]) -> None:
        super().__init__(daemon=True)
        self.path = output / "index.html"
        self.valid = valid
        self.reads = self.failures = 0
        self.started_reading = threading.Event()
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                with open(self.path, "rb") as handle:
                    data = handle.read()
            except OSError:
                self.failures += 1
            else:
                self.reads += 1
                self.failures += data not in self.valid
            self.started_reading.set()

    def __enter__(self) -> Reader:
        self.start()
        assert self.started_reading.wait(10)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop.set()
        self.join(10)


def test_a_reader_never_misses_the_page_during_50_switches(tmp_path):
    output = tmp_path / "output"
    output.mkdir()  # start from the old layout, so the exchange is exercised too
    (output / "index.html").write_bytes(page(0))
    with Reader(output, {page(n) for n in range(51)}) as reader:
        for number in range(1, 51):
            build = prepare_build(output)
            (build / "index.html").write_bytes(page(number))
            switch(output, build)
            time.sleep(0.001)  # let the reader through between switches as well
    assert reader.failures == 0
    assert reader.reads > 100
    assert (output / "index.html").read_bytes() == page(50)
    assert len(builds_of(output)) == 1


def test_the_reader_notices_a_non_atomic_swap(tmp_path):
    # Control: the old Makefile's two renames leave a gap, and the reader above must see it.
    output = tmp_path / "output"
    output.mkdir()
    (output / "index.html").write_bytes(page(0))
    with Reader(output, {page(n) for n in range(21)}) as reader:
        for number in range(1, 21):
            new = tmp_path / "output.new"
            new.mkdir()
            (new / "index.html").write_bytes(page(number))
            output.rename(tmp_path / "output.old")
            time.sleep(0.002)
            new.rename(output)
            shutil.rmtree(tmp_path / "output.old")
    assert reader.failures > 0
