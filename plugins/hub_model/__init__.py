"""Content model: the build's run object, visibility, and typed campaign fields for briefs, events and pages.

- Starts each build's ``Run`` (``run.py``: settings read once, "now", the taxonomy, the problems
  channel, absolute URLs) and shares it as ``context["hub_run"]``.
- Decides every item's visibility once (``visibility.py``) and where the build places it
  (``Run.place``), mapped to Pelican's status, so drafts and embargoed items are never written
  and withdrawn/expired ones leave every listing.
- Gives each brief and event its typed campaign fields (``model.ItemModel``: uid, program,
  regions, hashtags, share text, image, visibility, listed, notice).
- Provides the writer (``output.HubWriter``): nothing outside the output folder, nothing twice.
- Exposes Indonesian date filters to the theme (``tanggal``, ``tanggal_waktu``, ``rentang_waktu``,
  ``bulan``, ``iso``), ``titled`` (an item's title with its prefix, a clarification's ``[HOAKS] …``) and
``abs`` (site-relative path → absolute URL).

Settings read: ``HUB_PROGRAMS``, ``HUB_PROGRAM_DESCRIPTIONS``, ``HUB_REGIONS``, ``PROGRAM_URL``,
``REGION_URL``, ``HUB_NOW``, ``HUB_PREVIEW``, ``TIMEZONE``, ``SITEURL``, ``PATH``.
Context published: ``hub_run``.
Signals: ``generator_init``, ``get_writer``, ``article_generator_context``, ``page_generator_context``,
``content_object_init``, ``article_generator_finalized``, ``page_generator_finalized``,
``all_generators_finalized`` (files used only by unwritten items are not copied).
"""

from __future__ import annotations

import functools
import os

from pelican import signals
from pelican.contents import Static
from pelican.generators import StaticGenerator

from hub_model import dates, parallel
from hub_model.guard import guarded
from hub_model.model import build_item, files_used, item_visibility, notice_for, prefixed
from hub_model.output import HubWriter
from hub_model.run import build_run
from hub_model.visibility import Placement, Visibility

FILTERS = {
    "tanggal": dates.format_date,
    "tanggal_pendek": dates.format_short_date,
    "tanggal_waktu": dates.format_datetime,
    "rentang_waktu": dates.format_range,
    "bulan": dates.format_month,
    "iso": lambda moment: moment.isoformat(),
    "titled": lambda item: prefixed(item, item.title),
}


def start_run(generator):
    """Start the build's Run with its first generator (each build has a fresh context); give templates filters."""
    if "hub_run" not in generator.context:
        generator.context["hub_run"] = build_run(generator.settings)
        # Pelican's ``finalized`` signal only sees the settings: the current build's run is reachable there.
        generator.settings["HUB_RUN"] = generator.context["hub_run"]
    run = generator.context["hub_run"]
    generator.env.filters.update(FILTERS)
    generator.env.filters["abs"] = run.absolute
    generator.env.filters["rendered"] = functools.partial(rendered, generator.env)


def rendered(env, item, macro: str, *args):
    """Render a component macro for ``item`` once per build, however many pages show it (``"file.html:macro"``).

    For macros that read only their parameters (cards): their output is the same on every page.
    """
    cache = vars(item).setdefault("_hub_rendered", {})
    key = (macro, args)
    if key not in cache:
        template, name = macro.split(":")
        cache[key] = getattr(env.get_template(template).module, name)(item, *args)
    return cache[key]


def use_writer(pelican):
    """Write every output through the hub's writer; when the build driver asks, on every core."""
    run = pelican.settings.get("HUB_RUN")
    if run is not None and pelican.settings.get("HUB_PARALLEL_OUTPUT") and not run.partition.count > 1:
        run.partition = parallel.split(parallel.workers(pelican.settings), len(run.problems.items))
    return HubWriter


def join_output(pelican):
    """After writing: a forked process hands its problems over and exits; the first one waits for them."""
    run = pelican.settings.get("HUB_RUN")
    if run is None:
        return
    outputs = run.cache.current["outputs"] if run.cache else None
    if run.partition.forked:
        parallel.finish_child(run.partition, run.problems.items, outputs)
    problems, keys = parallel.gather(run.partition)
    run.problems.extend(problems)
    if outputs is not None:
        outputs.update(keys)


def copy_static_once(generator):
    """Copy static files from the first process only (the other processes of a parallel build skip it)."""
    copy = generator.generate_output

    def generate_output(writer):
        if not getattr(writer, "partition", None) or not writer.partition.forked:
            copy(writer)

    generator.generate_output = generate_output


@guarded
def apply_visibility(generator, metadata):
    """Set Pelican's status from where this build places the item, before the content object is built."""
    if "hub_kind" not in metadata:
        return
    run = generator.context["hub_run"]
    visibility = item_visibility(metadata, run.now)
    metadata["visibility"] = visibility
    if visibility is Visibility.EMBARGOED:
        run.note_embargo(metadata["date"], metadata.get("hub_path", ""))
    metadata["placement"] = run.place(visibility)
    metadata["status"] = metadata["placement"].pelican_status


@guarded
def attach_model(content):
    """Give a brief's, event's or page's content object its typed fields."""
    metadata = content.metadata
    if isinstance(content, Static) or "placement" not in metadata:
        return
    run = content._context["hub_run"]
    # Pelican works a content object's URL out again at every use (a copy of its metadata each
    # time); it never changes once read. (Not save_as: Pelican writes an item with an overridden
    # save_as in "override" mode, which would hide a clash with another output.)
    content.override_url = content.url
    if metadata["hub_kind"] == "page":
        notice = notice_for(metadata["visibility"], metadata.get("withdrawn_reason", ""))
        vars(content).update(listed=metadata["placement"] is Placement.LISTED, notice=notice)
        return
    item = build_item(
        metadata,
        metadata["visibility"],
        metadata["placement"],
        run.absolute,
        lambda path: os.path.getsize(os.path.join(run.content_root, path)),
    )
    vars(content).update(vars(item))


@guarded
def note_files(content):
    """Record which files each item uses, split by whether the item will be written."""
    if isinstance(content, Static) or "placement" not in content.metadata:
        return
    used = files_used(content.metadata, content.metadata["hub_links"])
    key = "unwritten_files" if content.metadata["placement"] is Placement.NOWHERE else "written_files"
    # Content keeps the run's shared context (Pelican uses it to resolve links); state stays per run.
    content._context.setdefault(key, set()).update(used)


def drop_unpublishable(generator):
    """Forget items this build does not write, so no writer, listing or plugin can reach them.

    Also forget Pelican's own tag, category and author groups: their pages are off (the sections
    plugin lists briefs by programme, region and topic), yet Pelican would still filter every
    brief against every group when writing them, which is quadratic in the number of briefs.
    """
    for name in ("drafts", "drafts_translations", "draft_pages", "draft_translations"):
        if hasattr(generator, name):
            del getattr(generator, name)[:]
    for name in ("tags", "categories", "authors"):
        if hasattr(generator, name):
            setattr(generator, name, type(getattr(generator, name))())


def drop_unpublished_files(generators):
    """Do not copy a picture (or any static file) that only unwritten items use."""
    context = generators[0].context
    unused = context.get("unwritten_files", set()) - context.get("written_files", set())
    for generator in generators:
        if isinstance(generator, StaticGenerator):
            generator.staticfiles[:] = [f for f in generator.staticfiles if f.relative_source_path not in unused]


def register():
    """Connect the content-model handlers."""
    signals.generator_init.connect(start_run)
    signals.get_writer.connect(use_writer)
    signals.static_generator_init.connect(copy_static_once)
    # Connected first of every plugin's `finalized` handlers: forked writers leave before the rest.
    signals.finalized.connect(join_output)
    signals.article_generator_context.connect(apply_visibility)
    signals.page_generator_context.connect(apply_visibility)
    signals.content_object_init.connect(attach_model)
    signals.content_object_init.connect(note_files)
    signals.article_generator_finalized.connect(drop_unpublishable)
    signals.page_generator_finalized.connect(drop_unpublishable)
    signals.all_generators_finalized.connect(drop_unpublished_files)
