"""A Markdown reader that checks an item's raw metadata before Pelican interprets it."""

from __future__ import annotations

import logging
import os
from zoneinfo import ZoneInfo

from pelican.readers import MarkdownReader

from validation.rules import CheckContext, check_metadata, field_lines, format_problem
from validation.schema import kind_of

logger = logging.getLogger(__name__)


class InvalidContent(Exception):
    """An item whose metadata has errors; its problems have already been logged."""


def check_context(settings: dict) -> CheckContext:
    """Build the checks' view of the site from Pelican settings."""
    root = settings["PATH"]
    return CheckContext(
        programs=dict(settings["HUB_PROGRAMS"]),
        regions=dict(settings["HUB_REGIONS"]),
        timezone=ZoneInfo(settings["TIMEZONE"]),
        file_exists=lambda path: os.path.isfile(os.path.join(root, path)),
    )


def report(problems: list) -> int:
    """Log each problem at its severity; return how many are errors."""
    errors = 0
    for problem in problems:
        if problem.severity == "error":
            errors += 1
            logger.error("%s", format_problem(problem))
        else:
            logger.warning("%s", format_problem(problem))
    return errors


class CheckedMarkdownReader(MarkdownReader):
    """Pelican's Markdown reader, refusing items whose metadata breaks the content schema."""

    def _parse_metadata(self, meta):
        source = os.path.relpath(self._source_path, self.settings["PATH"]).replace(os.sep, "/")
        kind = kind_of(source)
        if kind is not None:
            with open(self._source_path, encoding="utf-8") as handle:
                lines = field_lines(handle.read())
            raw = {key.lower(): value for key, value in meta.items()}
            problems = check_metadata(kind, f"content/{source}", raw, lines, check_context(self.settings))
            errors = report(problems)
            if errors:
                msg = f"{errors} kesalahan pada berkas ini; perbaiki lalu jalankan ulang"
                raise InvalidContent(msg)
        return super()._parse_metadata(meta)
