"""Run one build in this process: Pelican with the hub's settings, problems printed once, output switched atomically.

``run_build`` is what ``make html``, ``make publish``, ``make preview``, ``make check``, the
development server, the tests and the benchmarks all call. It prints plain lines (one per problem,
never wrapped, never a traceback for content problems) and returns a ``BuildResult``; when the
build succeeds and writes a site, the site replaces the previous one in one atomic step
(``swap.switch``) and only then are deferred files (the published ledger) written.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from hub_build import publish, swap
from hub_model.guard import FIX
from hub_model.parallel import finish_child
from hub_model.problems import BuildStopped, CheckDone, Problem, format_problem, summary_line

logger = logging.getLogger("hub_build")
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class BuildResult:
    """What one build did."""

    ok: bool
    problems: list[Problem] = field(default_factory=list)
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)
    output: Path | None = None  # the folder the site was switched into (None for a check or a failure)
    finished: publish.Finished | None = None  # what happened after Pelican (switched builds only)
    next_release: tuple | None = None  # the soonest embargoed item: (publication, file)


class PlainLines(logging.Handler):
    """Print each warning or error as one plain line on stderr (no wrapping, no colours, no traceback)."""

    def emit(self, record):
        """Write the record's message."""
        try:
            sys.stderr.write(record.getMessage() + "\n")
        except Exception:  # noqa: BLE001 (a log line must never stop a build)
            self.handleError(record)


def quiet_console() -> None:
    """Silence Pelican's English console summary ("Done: Processed …"); the driver prints its own."""
    from pelican import log  # noqa: PLC0415 (only once Pelican is wanted)

    log.console.quiet = True


def quiet_pelican() -> None:
    """Route every log record to plain lines at WARNING."""
    root = logging.getLogger()
    root.handlers[:] = [h for h in root.handlers if not isinstance(h, PlainLines)] + [PlainLines(level=logging.WARNING)]
    root.setLevel(logging.WARNING)


def read_hub_settings(settings_file: str, overrides: dict) -> dict:
    """Read Pelican settings the way the CLI does, with ``overrides`` on top."""
    from pelican.settings import read_settings  # noqa: PLC0415

    return read_settings(settings_file, override=overrides)


def run_pelican(settings: dict) -> tuple[object | None, list[Problem]]:
    """Run Pelican once; return the build's Run and any problem the run itself could not report."""
    from pelican import Pelican  # noqa: PLC0415

    try:
        Pelican(settings).run()
    except (BuildStopped, CheckDone):
        pass
    except Exception as exc:  # the last boundary: whatever escaped every plugin's own
        if settings.get("DEBUG"):
            raise
        message = f"kesalahan internal ({type(exc).__name__}: {exc})"
        return settings.get("HUB_RUN"), [Problem("build", 0, "build", message, FIX)]
    finally:
        run = settings.get("HUB_RUN")
        if run is not None and run.partition.forked:  # a forked writer never goes on to switch the output
            finish_child(run.partition, run.problems.items, None, status=1)
    return settings.get("HUB_RUN"), []


def run_build(
    settings_file: str | os.PathLike = ROOT / "pelicanconf.py",
    overrides: dict | None = None,
    *,
    output: Path | None = None,
    check_only: bool = False,
    configure_logging: bool = True,
) -> BuildResult:
    """Build (or only check) the site; switch ``output`` to the new site when it succeeds.

    ``overrides`` are settings on top of the settings file (``PATH``, ``SITEURL``, ``HUB_NOW`` …).
    Without ``output`` the site is built into ``OUTPUT_PATH`` from the settings, as Pelican would.
    """
    started = time.perf_counter()
    quiet_console()
    if configure_logging:
        quiet_pelican()
    overrides = dict(overrides or {})
    build_dir = None
    scratch = None
    if check_only:
        scratch = tempfile.TemporaryDirectory(prefix="hub-check-")
        overrides.update(OUTPUT_PATH=scratch.name, HUB_CHECK_ONLY=True, SEARCH_ENABLED=False)
    elif output is not None:
        previous = swap.current(Path(output))
        build_dir = swap.prepare_build(Path(output))
        overrides.update(OUTPUT_PATH=str(build_dir), HUB_OUTPUT_NAME=str(Path(output).absolute()))
        overrides.setdefault("HUB_PREVIOUS_OUTPUT", str(previous) if previous else "")
    overrides.setdefault("HUB_PARALLEL_OUTPUT", True)
    try:
        settings = read_hub_settings(str(settings_file), overrides)
        run, extra = run_pelican(settings)
    finally:
        if scratch is not None:
            scratch.cleanup()
    site = build_dir if build_dir is not None or check_only else Path(settings["OUTPUT_PATH"])
    previous = Path(overrides["HUB_PREVIOUS_OUTPUT"]) if overrides.get("HUB_PREVIOUS_OUTPUT") else None
    if site is not None and run is not None and not any(p.is_error for p in run.problems.items + extra):
        # Link unchanged files first: the host rules' scan then records each page as it stays.
        if previous is not None and build_dir is not None:
            keep_unchanged(previous, build_dir)
        extra += publish.write_host_rules(settings, site, run.cache if not check_only else None)
        if previous is not None and build_dir is not None:
            keep_unchanged(previous, build_dir, publish.HOST_RULES)
    problems = list(run.problems.items if run else []) + extra
    for problem in [*(run.problems.unprinted() if run else []), *extra]:
        (logger.error if problem.is_error else logger.warning)("%s", format_problem(problem))
    ok = not any(p.is_error for p in problems)
    result = BuildResult(ok, problems, counts=dict(getattr(run, "counts", {}) or {}))
    result.next_release = getattr(run, "next_release", None)
    if ok and site is not None and run is not None:
        result.finished = publish.finish(settings, run.absolute, site, previous)
    if build_dir is not None:
        if ok:
            swap.switch(Path(output), build_dir)
            result.output = Path(output)
        else:
            swap.discard(build_dir)
    if ok and not check_only and run is not None:
        for path, text in run.deferred.items():
            Path(path).write_text(text, encoding="utf-8")
    if ok and run is not None and run.cache is not None:
        run.cache.save(("readings",) if check_only else ("readings", "outputs", "inline"))
    result.seconds = time.perf_counter() - started
    return result


def keep_unchanged(previous: Path, build: Path, only: tuple[str, ...] | None = None) -> None:
    """Replace each new file whose bytes equal the previous build's by a link to it (same modification time).

    Files the writer linked already (more than one link) are skipped; so only what was made again
    is compared. rsync, CDNs and browsers' conditional requests then see only what really changed.
    ``only``: just these site-relative files (written after the first pass).
    """
    if not str(previous) or not previous.is_dir():
        return
    walked = os.walk(build) if only is None else [(str(build), [], list(only))]
    for dirpath, _, names in walked:
        for name in names:
            path = os.path.join(dirpath, name)
            if only is not None and not os.path.isfile(path):
                continue
            new = os.lstat(path)
            if new.st_nlink > 1 or not stat.S_ISREG(new.st_mode):
                continue
            old_path = os.path.join(previous, os.path.relpath(path, build))
            try:
                old = os.lstat(old_path)
            except FileNotFoundError:
                continue
            if not stat.S_ISREG(old.st_mode) or old.st_size != new.st_size:
                continue
            if same_bytes(old_path, path):
                linked = os.path.join(dirpath, f".{name}.unchanged")
                os.link(old_path, linked)
                os.replace(linked, path)


def same_bytes(first: str, second: str) -> bool:
    """Tell whether two files hold the same bytes."""
    with open(first, "rb") as one, open(second, "rb") as two:
        return one.read() == two.read()


def describe(result: BuildResult, check_only: bool = False) -> str:
    """Return the last line a build prints, in Indonesian."""
    if check_only:
        return f"Pemeriksaan selesai: {summary_line(result.problems)}"
    if not result.ok:
        return (
            f"Build dihentikan: {summary_line(result.problems)} Perbaiki lalu jalankan ulang; situs lama tidak diubah."
        )
    parts = [f"{n} {label}" for label, n in result.counts.items() if n]
    made = ", ".join(parts) or "tanpa isi"
    return f"Selesai dalam {result.seconds:.1f} detik: {made}. {summary_line(result.problems)}".replace(".", ",", 1)
