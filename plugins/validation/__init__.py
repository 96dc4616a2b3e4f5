"""Validation: the build is the guardian of the content schema, and the one place that reports problems.

Every item is read by ``reader.HubReader`` (the strict header and the content schema of
``hub_model``); a file with any error is refused and its problems go to the build's channel
(``Run.problems``). After all content is read, the whole content folder is scanned (``scan.py``)
and site-wide rules run (``rules.py``); then, if there is any error, every problem is printed as
``file:line: field: problem — fix`` and the build stops before a single file is written. Problems
found while writing (two outputs at one address, a failed render) stop it after the output step.
Plugin order: this plugin comes last, so every other plugin's checks have reported by then.

Settings read: ``PATH``, ``STATIC_PATHS``, ``IGNORE_FILES`` and the URL settings (``rules.RESERVED_SETTINGS``).
Signals: ``readers_init`` (only the hub's reader), ``generator_init`` (give it the run),
``all_generators_finalized`` (scan, site rules, report and stop), ``finalized`` (report and stop).
"""

from __future__ import annotations

import logging
import sys

from pelican import signals
from pelican.generators import StaticGenerator
from pelican.readers import BaseReader

from hub_model.containment import static_problem
from hub_model.generator import WRITTEN
from hub_model.problems import BuildStopped, CheckDone, InvalidContent, Problem, format_problem
from hub_model.visibility import Placement
from validation.reader import HubReader
from validation.rules import Written, check_addresses, check_links, reserved_segments
from validation.scan import scan_content

logger = logging.getLogger(__name__)
# Pelican's own English warnings about what the hub's reader already reports in Indonesian.
REPORTED_BY_THE_READER = ("Empty alt attribute for image",)
COUNTED = {"brief": "berita", "event": "acara", "clarification": "cek fakta", "page": "halaman"}


class FoldPelicanMessages(logging.Filter):
    """Keep Pelican's own lines about refused files and stopped builds out of the log: they are reported already."""

    def filter(self, record):
        """Drop "Could not process" for refused files, lines the reader reports itself, a stopped build's traceback."""
        exc = record.exc_info[1] if record.exc_info else sys.exc_info()[1]
        if isinstance(exc, InvalidContent) or str(record.msg).startswith(REPORTED_BY_THE_READER):
            return False
        if isinstance(exc, BuildStopped):
            record.exc_info = None
        return True


def use_hub_reader(readers):
    """Read items only with the hub's reader (``.md``); Pelican's other readers are off."""
    readers.reader_classes = {"md": HubReader, "static": BaseReader}


def give_run(generator):
    """Hand the build's Run to the generator's item reader."""
    for reader in generator.readers.readers.values():
        if isinstance(reader, HubReader):
            reader.run = generator.context["hub_run"]


def written_items(generators) -> list[Written]:
    """Describe every item this build writes, for the site-wide rules."""
    return [
        Written(
            c.metadata["hub_path"],
            c.metadata["hub_kind"],
            c.url,
            c.slug,
            c.metadata["hub_lines"],
            c.metadata["hub_links"],
        )
        for g in generators
        for name in WRITTEN
        for c in getattr(g, name, [])
        if "hub_path" in c.metadata
    ]


def check_site(generators):
    """Scan the content folder, run the site-wide rules, and keep unsafe static files from being copied."""
    context, settings = generators[0].context, generators[0].settings
    run = context["hub_run"]
    run.problems.extend(scan_content(run.content_root, settings["STATIC_PATHS"], settings["IGNORE_FILES"]))
    items = written_items(generators)
    run.counts = {label: sum(1 for i in items if i.kind == kind) for kind, label in COUNTED.items()}
    run.problems.extend(check_addresses(items, reserved_segments(settings)))
    unwritten = {
        path
        for path, content in context["generated_content"].items()
        if content is not None and content.metadata.get("placement") is Placement.NOWHERE
    }
    run.problems.extend(check_links(items, unwritten))
    for path, content in context["generated_content"].items():
        if content is None and not run.problems.has_errors_in(f"content/{path}"):
            run.problems.error(
                f"content/{path}",
                0,
                "berkas",
                "berkas tidak bisa diproses",
                "periksa kepala berkas dan jalankan make check",
            )
    for generator in generators:
        if isinstance(generator, StaticGenerator):
            generator.staticfiles[:] = [f for f in generator.staticfiles if safe_static(run, f.relative_source_path)]


def safe_static(run, relative: str) -> bool:
    """Tell whether a static file may be copied; report it when not."""
    unsafe = static_problem(run.content_root, relative)
    if unsafe and not run.problems.has_errors_in(f"content/{relative}"):
        run.problems.add(Problem(f"content/{relative}", 0, "berkas", unsafe.message, unsafe.fix))
    return unsafe is None


def report(run) -> None:
    """Print the problems not printed yet (errors, then warnings); stop the build if there is any error."""
    for problem in run.problems.unprinted():
        (logger.error if problem.is_error else logger.warning)("%s", format_problem(problem))
    if run.problems.errors:
        raise BuildStopped(run.problems.items)


def stop_before_output(generators):
    """Report what reading and checking found; stop before anything is written if there is an error.

    A check-only build (``make check``) ends here in any case: it is this build, minus the writing.
    """
    report(generators[0].context["hub_run"])
    if generators[0].settings.get("HUB_CHECK_ONLY"):
        raise CheckDone


def stop_after_output(pelican):
    """Report what writing found; stop (the output folder is then never switched to) if there is an error."""
    run = pelican.settings.get("HUB_RUN")
    if run is not None:
        report(run)


def register():
    """Connect the validation handlers (and keep refused files' English lines out of the log)."""
    for name in ("pelican", "pelican.generators", "pelican.readers"):
        target = logging.getLogger(name)
        if not any(isinstance(f, FoldPelicanMessages) for f in target.filters):
            target.addFilter(FoldPelicanMessages())
    signals.readers_init.connect(use_hub_reader)
    signals.generator_init.connect(give_run)
    signals.all_generators_finalized.connect(check_site)
    signals.all_generators_finalized.connect(stop_before_output)
    signals.finalized.connect(stop_after_output)
