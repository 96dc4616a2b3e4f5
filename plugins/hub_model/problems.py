"""The one channel for problems: every check, plugin and output step reports a ``Problem`` here (pure).

A problem names the file, the line (0 when there is none), the field (as editors write it, or
``isi`` for the body, ``berkas`` for the file as a whole), what is wrong and how to fix it, in
Indonesian. ``format_problem`` is the one way a problem is printed; ``Problems`` collects them for
one build; ``BuildStopped`` ends a build after they have been printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

ERROR = "error"
WARNING = "warning"
WARNING_PREFIX = "peringatan: "


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one field (or line, or file)."""

    path: str  # as editors see it: "content/briefs/a.md", "content/ledger.json"
    line: int  # 1-based; 0 when the problem is not on one line
    field: str
    message: str
    fix: str
    severity: str = ERROR

    @property
    def is_error(self) -> bool:
        """Tell whether the problem stops the build."""
        return self.severity == ERROR


def format_problem(problem: Problem) -> str:
    """Render a problem as ``file:line: field: problem — how to fix it`` (warnings say so first)."""
    where = f"{problem.path}:{problem.line}" if problem.line else problem.path
    prefix = "" if problem.is_error else WARNING_PREFIX
    return f"{prefix}{where}: {problem.field}: {problem.message} — {problem.fix}"


def missing_content(content: str) -> Problem | None:
    """Return the problem of a content folder that does not exist (a typo in ``CONTENT=``), else None."""
    if Path(content).is_dir():
        return None
    fix = "periksa CONTENT= pada perintah make (bawaan: content) atau jalankan perintah dari folder proyek"
    return Problem(content, 0, "folder", "folder konten tidak ditemukan", fix)


def summary_line(problems: list[Problem]) -> str:
    """Count problems (not files): ``3 kesalahan, 1 peringatan.``."""
    errors = sum(1 for p in problems if p.is_error)
    return f"{errors} kesalahan, {len(problems) - errors} peringatan."


@dataclass
class Problems:
    """The problems of one build, in the order they were found; each is kept once."""

    items: list[Problem] = field(default_factory=list)
    printed: int = 0  # how many of ``items`` have been printed already

    def add(self, problem: Problem) -> None:
        """Record a problem (a repeat of one already recorded is ignored)."""
        if problem not in self.items:
            self.items.append(problem)

    def extend(self, problems) -> None:
        """Record several problems."""
        for problem in problems:
            self.add(problem)

    def error(self, path: str, line: int, field_: str, message: str, fix: str) -> None:
        """Record an error."""
        self.add(Problem(path, line, field_, message, fix))

    def warning(self, path: str, line: int, field_: str, message: str, fix: str) -> None:
        """Record a warning."""
        self.add(Problem(path, line, field_, message, fix, WARNING))

    @property
    def errors(self) -> list[Problem]:
        """Return the problems that stop the build."""
        return [p for p in self.items if p.is_error]

    def has_errors_in(self, path: str) -> bool:
        """Tell whether a file has an error."""
        return any(p.is_error and p.path == path for p in self.items)

    def unprinted(self) -> list[Problem]:
        """Return, sorted by file and line, the problems not printed yet, and mark them printed."""
        fresh = self.items[self.printed :]
        self.printed = len(self.items)
        return sorted(fresh, key=lambda p: (p.path, p.line, p.field, p.message))


class BuildStopped(Exception):
    """The build stops because of the problems already printed; no traceback is shown for it."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__(f"Build dihentikan: {summary_line(self.problems)}")


class InvalidContent(Exception):
    """A file was refused; its problems are already in the build's channel."""


class CheckDone(Exception):
    """A check-only build (``make check``) read and checked everything; nothing is to be written."""
