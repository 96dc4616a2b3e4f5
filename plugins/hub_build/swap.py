"""Switch the output folder to a new build in one atomic step, and clean up after killed builds.

Layout: ``output`` (any path, e.g. ``output`` or ``build/nested/site``) is a symlink to one build
folder in the sibling folder ``<output>.builds/``, written relative (``output.builds/<name>``) so
the whole tree can be moved. A build goes:

1. ``prepare_build(output)`` removes what killed builds left behind and returns a fresh, empty
   folder ``<output>.builds/<UTC time>-<pid>`` to build into;
2. Pelican writes the site there (``output`` keeps serving the previous site meanwhile);
3. ``switch(output, build)`` makes a symlink to ``build`` under a temporary name beside ``output``
   and renames it over ``output``; rename(2) is atomic, so a reader (nginx, ``http.server``) sees
   the complete old site or the complete new one, never a missing or mixed folder. The previous
   build is deleted afterwards. Or, when the build failed, ``discard(build)`` deletes it and the
   previous site stays exactly as it was.

A process killed at any moment leaves ``output`` pointing at a complete site; its leftovers
(a temporary symlink, a half-written or half-deleted build folder) are removed by the next
``prepare_build`` (or ``switch``), which never removes the folder ``output`` points to.
The one exception is the one-time move from the old layout on a system without
``renameat2(RENAME_EXCHANGE)``: see ``switch``.

Only one build per ``output`` may run at a time: a build's ``prepare_build`` deletes the folder
another build is still writing. The web server must follow symlinks (nginx does unless
``disable_symlinks`` is set).

Fault injection for tests: ``checkpoint(step)`` is called between the steps of ``prepare_build``
and ``switch`` (every name is in ``STEPS``); when the environment variable ``HUB_SWAP_KILL_AT``
equals the step's name, the process sends itself SIGKILL there, as a power cut or ``kill -9``
would stop it.

Command line (for the Makefile and tests), run with ``plugins`` on ``PYTHONPATH``::

    python -m hub_build.swap prepare OUTPUT        # prints the new build folder
    python -m hub_build.swap switch OUTPUT BUILD
    python -m hub_build.swap discard BUILD

No Pelican import: this is plain filesystem work.
"""

from __future__ import annotations

import argparse
import ctypes
import errno
import functools
import os
import secrets
import shutil
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path

KILL_ENV = "HUB_SWAP_KILL_AT"
BUILDS_SUFFIX = ".builds"
# Where the old-layout directory waits, in the fallback of ``switch``, for the symlink to replace it.
LEGACY = "legacy"

PREPARE_STEPS = (
    "tidying",  # part of a leftover of a killed build has been deleted (only when there is one)
    "prepared",  # leftovers gone and the new, empty build folder made; not returned yet
)
SWITCH_STEPS = (
    "linked",  # the new symlink exists under its temporary name; ``output`` untouched
    "switched",  # ``output`` points at the new build; the previous one is still on disk
    "cleaning",  # part of the previous build has been deleted
    "cleaned",  # the previous build is gone; ``switch`` is about to return
)
STEPS = PREPARE_STEPS + SWITCH_STEPS

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
# renameat2 errors meaning "cannot exchange here" (old kernel, filesystem without support,
# different filesystems) rather than "something is wrong".
_NO_EXCHANGE = {errno.EINVAL, errno.ENOSYS, errno.EXDEV}


class SwapError(Exception):
    """The output folder or a build folder is not what the switch expects (message in Indonesian)."""


def checkpoint(step: str) -> None:
    """Die by SIGKILL here when ``HUB_SWAP_KILL_AT`` names this step (fault injection for tests)."""
    if step not in STEPS:
        raise ValueError(f"unknown step {step!r}; expected one of {STEPS}")
    if os.environ.get(KILL_ENV) == step:
        os.kill(os.getpid(), signal.SIGKILL)


def builds_folder(output: Path) -> Path:
    """Return the folder that holds the build folders of ``output``: ``<output>.builds``."""
    output = Path(output)
    if output.name in ("", ".", ".."):
        raise SwapError(f"Folder keluaran {str(output)!r} harus punya nama (misalnya output).")
    return output.with_name(output.name + BUILDS_SUFFIX)


def current(output: Path) -> Path | None:
    """Return the real build folder ``output`` points to; None when it is missing, a real directory or dangling."""
    output = Path(output)
    if not output.is_symlink() or not output.is_dir():
        return None
    return Path(os.path.realpath(output))


def prepare_build(output: Path) -> Path:
    """Remove what killed builds left behind and return a fresh empty folder to build into."""
    output = Path(output)
    builds = builds_folder(output)
    _check_output(output)
    builds.mkdir(parents=True, exist_ok=True)
    _restore_legacy(output, builds)
    _tidy(output, builds, "tidying")
    build = _new_build_folder(builds)
    checkpoint("prepared")
    return build


def switch(output: Path, build: Path) -> None:
    """Make ``output`` point at ``build`` in one atomic step, then delete the previous build."""
    output, build = Path(output), Path(build)
    builds = builds_folder(output)
    legacy = _check_output(output)
    _check_build(build, builds)
    temporary = output.with_name(f"{_temporary_prefix(output)}{os.getpid()}-{secrets.token_hex(4)}")
    # Relative to the folder holding ``output``, so the whole tree can be moved.
    os.symlink(f"{builds.name}/{build.name}", temporary)
    checkpoint("linked")
    try:
        if not legacy:
            os.replace(temporary, output)
        elif not _exchange(temporary, output):
            # No RENAME_EXCHANGE here (old kernel, filesystem without it): a symlink cannot be
            # renamed over a non-empty directory, so move the directory aside first. Between these
            # two renames ``output`` does not exist; this happens once, when leaving the old layout.
            # A kill in that window leaves the old site in ``<output>.builds/legacy``, which the
            # next ``prepare_build`` moves back.
            _remove(builds / LEGACY)
            os.rename(output, builds / LEGACY)
            os.replace(temporary, output)
    except OSError:
        if temporary.is_symlink():
            temporary.unlink()
        raise
    # After an exchange, the old directory now sits at the temporary name: ``_tidy`` removes it.
    checkpoint("switched")
    _tidy(output, builds, "cleaning")
    checkpoint("cleaned")


def discard(build: Path) -> None:
    """Remove the folder of a failed build; the site ``output`` points to is never touched."""
    build = Path(build)
    if not os.path.lexists(build):
        return
    if not build.parent.name.endswith(BUILDS_SUFFIX) or build.parent.name == BUILDS_SUFFIX:
        raise SwapError(f"{build} bukan folder build (harus berada di dalam folder *{BUILDS_SUFFIX}); tidak dihapus.")
    output = build.parent.with_name(build.parent.name[: -len(BUILDS_SUFFIX)])
    live = current(output)
    if live is not None and Path(os.path.realpath(build)) == live:
        raise SwapError(f"{build} adalah situs yang sedang tayang di {output}; tidak dihapus.")
    _remove(build)


def _check_output(output: Path) -> bool:
    """Return whether ``output`` is a real directory (the old layout); raise when it is neither that nor a symlink."""
    if output.is_symlink() or not os.path.lexists(output):
        return False
    if output.is_dir():
        return True
    raise SwapError(
        f"{output} ada tetapi bukan folder atau symlink; pindahkan atau hapus berkas itu, lalu bangun ulang situs."
    )


def _check_build(build: Path, builds: Path) -> None:
    """Raise unless ``build`` is a real directory directly inside ``builds``."""
    inside = build.name not in ("", ".", "..", LEGACY) and builds.is_dir() and os.path.samefile(build.parent, builds)
    if build.is_symlink() or not build.is_dir() or not inside:
        raise SwapError(f"{build} bukan folder build di dalam {builds} (buat dengan perintah prepare).")


def _temporary_prefix(output: Path) -> str:
    """Return how the names of temporary symlinks beside ``output`` start."""
    return f".{output.name}.swap-"


def _new_build_folder(builds: Path) -> Path:
    """Make and return an empty, uniquely named folder in ``builds``."""
    stem = f"{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}-{os.getpid()}"
    for attempt in range(1, 1000):
        build = builds / (stem if attempt == 1 else f"{stem}-{attempt}")
        try:
            # Not tempfile.mkdtemp: its mode 0700 would keep the web server out.
            build.mkdir()
        except FileExistsError:
            continue
        return build
    raise SwapError(f"Tidak bisa membuat folder build baru di {builds}.")


def _restore_legacy(output: Path, builds: Path) -> None:
    """Put the old-layout site back at ``output`` when a kill left it aside (see ``switch``)."""
    legacy = builds / LEGACY
    if not os.path.lexists(output) and legacy.is_dir() and not legacy.is_symlink():
        os.rename(legacy, output)


def _tidy(output: Path, builds: Path, step: str) -> None:
    """Remove temporary symlinks beside ``output`` and every build folder it does not point to."""
    started = functools.partial(checkpoint, step)
    prefix = _temporary_prefix(output)
    for entry in output.parent.iterdir():
        if entry.name.startswith(prefix):
            _remove(entry, started)
    live = current(output)
    for entry in builds.iterdir():
        if live is not None and not entry.is_symlink() and entry.resolve() == live:
            continue
        _remove(entry, started)


def _remove(path: Path, started: Callable[[], None] | None = None) -> None:
    """Delete a file, symlink or folder tree; call ``started`` once part of a folder is gone."""
    if path.is_symlink() or (os.path.lexists(path) and not path.is_dir()):
        path.unlink()
        return
    if not path.is_dir():
        return
    for index, child in enumerate(sorted(path.iterdir())):
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
        if index == 0 and started is not None:
            started()
    path.rmdir()


@functools.cache
def _renameat2() -> Callable[..., int] | None:
    """Return glibc's renameat2, or None where there is none (not Linux, old glibc)."""
    try:
        func = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None
    func.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    func.restype = ctypes.c_int
    return func


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths atomically with renameat2(RENAME_EXCHANGE); return False where that is unavailable."""
    func = _renameat2()
    if func is None:
        return False
    if func(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in _NO_EXCHANGE:
        return False
    raise OSError(code, os.strerror(code), str(first), None, str(second))


def main(argv: list[str] | None = None) -> int:
    """Run one command of the switch; return the process exit status."""
    parser = argparse.ArgumentParser(prog="python -m hub_build.swap", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    prepare = commands.add_parser("prepare", help="clean up and print a fresh build folder")
    prepare.add_argument("output", type=Path)
    switch_ = commands.add_parser("switch", help="point OUTPUT at BUILD atomically")
    switch_.add_argument("output", type=Path)
    switch_.add_argument("build", type=Path)
    discard_ = commands.add_parser("discard", help="delete the folder of a failed build")
    discard_.add_argument("build", type=Path)
    args = parser.parse_args(argv)
    try:
        if args.command == "prepare":
            print(prepare_build(args.output))
        elif args.command == "switch":
            switch(args.output, args.build)
        else:
            discard(args.build)
    except (SwapError, OSError) as error:
        print(f"Gagal mengganti folder situs: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
