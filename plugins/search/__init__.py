"""Search: a Pagefind index of public briefs and events, and the search page at ``SEARCH_URL``.

The index holds one record per listed brief and event (``records.py``), never a withdrawn,
expired, draft or embargoed item. It is built from the content, not from the written pages, so
Pagefind indexes in a background thread while the pages are written; the bundle (``pagefind/``)
is static files on the same host. The search page works with JavaScript and points to the
archive without it.

Settings read: ``SEARCH_ENABLED``, ``DEFAULT_LANG``, ``SITEURL``.
Signals: ``all_generators_finalized`` (collect the records), ``get_writer`` (start indexing, in
the first process of a parallel build only), ``finalized`` (wait; a failure is a build problem).
"""

from __future__ import annotations

import hashlib

from pelican import signals

from hub_model.guard import internal_problem
from hub_model.output import link_tree
from search.index import BUNDLE, IndexJob
from search.records import records_of


def collect_records(generators):
    """Describe every listed brief and event for the index."""
    context, settings = generators[0].context, generators[0].settings
    if settings["SEARCH_ENABLED"]:
        items = [*context.get("articles", []), *context.get("events", [])]
        context["hub_run"].jobs["search"] = records_of(items, settings["SITEURL"])


def start_index(pelican):
    """Start indexing while the pages are written; reuse the last build's index when the records are the same."""
    run = pelican.settings.get("HUB_RUN")
    if run is None or "search" not in run.jobs or run.partition.forked:
        return
    records = run.jobs.pop("search")
    key = hashlib.sha256(repr((run.cache.version, records)).encode()).hexdigest() if run.cache else None
    if key is not None:
        run.cache.current["outputs"][BUNDLE + "/"] = key
        same = run.cache.previous.get("outputs", {}).get(BUNDLE + "/") == key
        if same and link_tree(pelican.settings.get("HUB_PREVIOUS_OUTPUT") or "", pelican.output_path, BUNDLE):
            return
    run.jobs["search"] = IndexJob(records, pelican.output_path, pelican.settings["DEFAULT_LANG"])


def finish_index(pelican):
    """Wait for the index; report a failure with every other problem of the build."""
    run = pelican.settings.get("HUB_RUN")
    job = run.jobs.get("search") if run is not None else None
    if isinstance(job, IndexJob) and (error := job.wait()) is not None:
        run.problems.add(internal_problem("", error, "pagefind/"))


def register():
    """Connect the indexer."""
    signals.all_generators_finalized.connect(collect_records)
    signals.get_writer.connect(start_index)
    signals.finalized.connect(finish_index)
