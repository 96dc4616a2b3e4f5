"""The boundary around every handler: an unexpected exception becomes a problem naming the file (pure).

Pelican would print a bare Python traceback, or log "Could not process …" in English. A guarded
handler instead records a ``Problem`` for the file it was working on, in the build's channel, and
refuses that file (``InvalidContent``), so the build reports it with every other problem and stops.
"""

from __future__ import annotations

import functools
from contextlib import contextmanager

from hub_model.problems import BuildStopped, InvalidContent, Problem

FIX = "ini kesalahan program, bukan isi berkas: laporkan pesan ini ke tim teknis"


def internal_problem(path: str, exc: BaseException, output: str = "") -> Problem:
    """Describe an unexpected exception while processing ``path`` (and writing ``output``, when known)."""
    writing = f" untuk {output}" if output else ""
    message = f"kesalahan internal saat memproses berkas{writing} ({type(exc).__name__}: {exc})"
    return Problem(path or "build", 0, "berkas", message, FIX)


@contextmanager
def reported(run, path: str, output: str = ""):
    """Turn an unexpected exception while producing output from ``path`` into a problem, and carry on.

    The build then stops after every output step has run, with all problems reported together.
    """
    try:
        yield
    except (InvalidContent, BuildStopped):
        raise
    except Exception as exc:
        if run is None:
            raise
        run.problems.add(internal_problem(path, exc, output))


def source_of(obj) -> str:
    """Return the content path a handler argument stands for ("content/briefs/a.md"), or ""."""
    if isinstance(obj, dict):
        return obj.get("hub_path", "")
    relative = getattr(obj, "relative_source_path", None)
    return f"content/{relative}" if relative else ""


def run_of(*args):
    """Return the build's Run from a handler's arguments (a generator or a content object), or None."""
    for arg in args:
        context = getattr(arg, "context", None)
        if context is None:
            context = getattr(arg, "_context", None)
        if isinstance(context, dict) and "hub_run" in context:
            return context["hub_run"]
    return None


def guarded(handler):
    """Wrap a content-level signal handler so an unexpected exception is reported against its file."""

    @functools.wraps(handler)
    def wrapper(*args, **kwargs):
        try:
            return handler(*args, **kwargs)
        except (InvalidContent, BuildStopped):
            raise
        except Exception as exc:
            run = run_of(*args)
            path = next((p for p in map(source_of, [*args, *kwargs.values()]) if p), "content")
            if run is None:
                raise
            run.problems.add(internal_problem(path, exc))
            raise InvalidContent(path) from exc

    return wrapper
