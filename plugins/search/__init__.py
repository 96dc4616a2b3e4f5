"""Search: a Pagefind index of public briefs and events, and the search page at ``SEARCH_URL``.

The index holds one record per listed brief and event (``records.py``), never a withdrawn,
expired, draft or embargoed item. It is built from the content, not from the written pages, in
shards of at most ``SEARCH_SHARD_SIZE`` items (``index.py``), while the pages are written; each
shard whose items are unchanged is taken from the last build. The bundles (``pagefind/<n>/``) are
static files on the same host; the search page merges them, and without JavaScript points to
the archive.

Settings read: ``SEARCH_ENABLED``, ``SEARCH_SHARD_SIZE``, ``DEFAULT_LANG``, ``SITEURL``.
Context published: ``search_bundles`` (site-relative bundle folders, for the search page).
Signals: ``all_generators_finalized`` (plan the shards), ``get_writer`` (start indexing, in the
first process of a parallel build only), ``finalized`` (wait; a failure is a build problem).
"""

from __future__ import annotations

from pelican import signals

from hub_model.guard import internal_problem
from hub_model.memo import Fingerprints, data_key
from hub_model.output import link_tree
from search.index import IndexJob, bundle_path, shard_count, shard_of
from search.records import records_of

DEFAULTS = {"SEARCH_SHARD_SIZE": 1500}


def plan_shards(generators):
    """Split the listed briefs and events into shards; tell the search page where their bundles are."""
    context, settings = generators[0].context, generators[0].settings
    if not settings["SEARCH_ENABLED"]:
        return
    everything = (*context.get("articles", []), *context.get("events", []), *context.get("clarifications", []))
    items = [i for i in everything if getattr(i, "listed", False)]
    count = shard_count(len(items), settings.get("SEARCH_SHARD_SIZE", DEFAULTS["SEARCH_SHARD_SIZE"]))
    shards = [[] for _ in range(count)]
    for item in sorted(items, key=lambda i: i.url):
        shards[shard_of(item.uid, count)].append(item)
    # A shard no item falls into (a small site) has no bundle.
    context["search_bundles"] = [bundle_path(n) for n in range(count) if shards[n]]
    generated = context["generated_content"]
    # Records hold what an item shows as a card and its text, not the other items its page lists.
    prints = Fingerprints(lambda path: getattr(generated.get(path), "url", ""), cards=True)
    context["hub_run"].jobs["search"] = (shards, prints)


def start_index(pelican):
    """Start indexing the shards that changed; link the others from the last build."""
    run = pelican.settings.get("HUB_RUN")
    if run is None or "search" not in run.jobs or run.partition.forked:
        return
    shards, prints = run.jobs.pop("search")
    siteurl, previous = pelican.settings["SITEURL"], pelican.settings.get("HUB_PREVIOUS_OUTPUT") or ""
    todo = []
    for number, items in enumerate(shards):
        if not items:
            continue
        key = data_key(run.cache.version, "search", len(shards), items, prints=prints) if run.cache else None
        path = bundle_path(number)
        if key is not None:
            run.cache.current["outputs"][path] = key
            if run.cache.previous.get("outputs", {}).get(path) == key and link_tree(
                previous, pelican.output_path, path
            ):
                continue
        todo.append((number, records_of(items, siteurl)))
    if todo:
        run.jobs["search"] = IndexJob(todo, pelican.output_path, pelican.settings["DEFAULT_LANG"])


def finish_index(pelican):
    """Wait for the index; report a failure with every other problem of the build."""
    run = pelican.settings.get("HUB_RUN")
    job = run.jobs.get("search") if run is not None else None
    if isinstance(job, IndexJob) and (error := job.wait()) is not None:
        run.problems.add(internal_problem("", error, "pagefind/"))


def register():
    """Connect the indexer."""
    signals.all_generators_finalized.connect(plan_shards)
    signals.get_writer.connect(start_index)
    signals.finalized.connect(finish_index)
