"""Validation: the build is the guardian of the content schema.

Every Markdown item is checked against its kind's schema (``schema.py``) before Pelican reads it;
each problem is logged as ``file:line: field: problem — fix`` (all of them, in every file). After
all content is read, site-wide rules run (shared ``Uid``s or URLs), and if any source failed, the
build stops before a single file is written.

Settings read: ``PATH``, ``TIMEZONE``, ``HUB_PROGRAMS``, ``HUB_REGIONS``.
Signals: ``readers_init`` (swap in the checking reader), ``all_generators_finalized`` (stop).
"""

from __future__ import annotations

import logging

from pelican import signals
from pelican.readers import MarkdownReader

from validation.reader import CheckedMarkdownReader, report
from validation.rules import Published, check_site

logger = logging.getLogger(__name__)


class BuildStopped(Exception):
    """Raised to stop the build before any output is written."""

    # Editors get the problem lines and this message, not a Python traceback.
    editor_facing = True


class HideEditorTracebacks(logging.Filter):
    """Drop the traceback Pelican logs with an exception that stops a build for content problems."""

    def filter(self, record):
        """Keep the record; strip its traceback if the exception is meant for editors."""
        if record.exc_info and getattr(record.exc_info[1], "editor_facing", False):
            record.exc_info = None
        return True


def use_checking_reader(readers):
    """Read every Markdown extension with the checking reader."""
    for ext, cls in list(readers.reader_classes.items()):
        if cls is MarkdownReader:
            readers.reader_classes[ext] = CheckedMarkdownReader


def published_items(generators) -> list[Published]:
    """Collect every item that will be written, with its identity and URL."""
    items = []
    for generator in generators:
        for name in ("articles", "hidden_articles", "pages", "hidden_pages", "events", "hidden_events"):
            for content in getattr(generator, name, []):
                uid = content.metadata.get("uid")
                items.append(Published(content.relative_source_path, uid, content.url))
    return items


def stop_on_problems(generators):
    """Run site-wide rules, then stop the build if any source failed to read."""
    errors = report(check_site(published_items(generators)))
    context = generators[0].context
    failed = sorted(path for path, content in context["generated_content"].items() if content is None)
    if errors or failed:
        names = ", ".join(f"content/{path}" for path in failed)
        msg = f"Build dihentikan: {errors + len(failed)} masalah konten ({names or 'lihat pesan di atas'})"
        raise BuildStopped(msg)


def register():
    """Connect the validation handlers (and keep content errors free of tracebacks)."""
    pelican_logger = logging.getLogger("pelican")
    if not any(isinstance(f, HideEditorTracebacks) for f in pelican_logger.filters):
        pelican_logger.addFilter(HideEditorTracebacks())
    signals.readers_init.connect(use_checking_reader)
    signals.all_generators_finalized.connect(stop_on_problems)
