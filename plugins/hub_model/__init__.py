"""Content model: programmes, regions, visibility and typed campaign fields for briefs and events.

- Decides every item's visibility once (``visibility.py``) and maps it to Pelican's status, so
  drafts and embargoed items are never written and withdrawn/expired ones leave every listing.
- Attaches typed fields (``model.ItemModel``: uid, program, regions, hashtags, share text, image)
  to each brief and event, replacing Pelican's raw strings.
- Exposes Indonesian date filters to the theme: ``tanggal``, ``tanggal_waktu``, ``rentang_waktu``,
  ``bulan``, ``iso``.

Settings read: ``HUB_PROGRAMS``, ``HUB_REGIONS``, ``PROGRAM_URL``, ``REGION_URL``, ``HUB_NOW``,
``HUB_PREVIEW``, ``TIMEZONE``, ``SITEURL``, ``PATH``.
Signals: ``generator_init``, ``article_generator_context``, ``page_generator_context``,
``content_object_init``, ``article_generator_finalized``, ``page_generator_finalized``,
``all_generators_finalized`` (pictures used only by unpublished items are not copied).
"""

from __future__ import annotations

import os
from dataclasses import fields
from zoneinfo import ZoneInfo

from pelican import signals
from pelican.contents import Static
from pelican.generators import StaticGenerator

from hub_model import dates
from hub_model.model import build_item, item_visibility, pictures_used
from hub_model.taxonomy import load_taxonomy
from hub_model.visibility import resolve_now

FILTERS = {
    "tanggal": dates.format_date,
    "tanggal_pendek": dates.format_short_date,
    "tanggal_waktu": dates.format_datetime,
    "rentang_waktu": dates.format_range,
    "bulan": dates.format_month,
    "iso": lambda moment: moment.isoformat(),
}


def add_filters(generator):
    """Give every template the Indonesian date filters."""
    generator.env.filters.update(FILTERS)


def apply_visibility(generator, metadata):
    """Set Pelican's status from the item's visibility before the content object is built."""
    if "uid" not in metadata and "expires" not in metadata and metadata.get("status") != "withdrawn":
        return
    tz = ZoneInfo(generator.settings["TIMEZONE"])
    visibility = item_visibility(metadata, tz, resolve_now(generator.settings["HUB_NOW"], tz))
    # A preview build (never published) shows drafts and embargoed items too, bannered and noindex.
    preview = generator.settings["HUB_PREVIEW"]
    metadata["status"] = "published" if preview and not visibility.listed else visibility.pelican_status
    metadata["visibility"] = visibility


def attach_model(content):
    """Replace a brief's or event's raw campaign fields with typed ones."""
    if "uid" not in content.metadata or "visibility" not in content.metadata:
        return
    settings = content.settings
    item = build_item(
        content.metadata,
        load_taxonomy(settings),
        settings["SITEURL"],
        content.metadata["visibility"],
        lambda path: os.path.getsize(os.path.join(settings["PATH"], path)),
    )
    vars(content).update({spec.name: getattr(item, spec.name) for spec in fields(item)})


def note_pictures(content):
    """Record which files each item uses, split by whether the item will be written."""
    if isinstance(content, Static) or content._context is None:
        return
    used = pictures_used(content.metadata, content._content, os.path.dirname(content.relative_source_path))
    key = "unwritten_files" if content.status == "draft" else "written_files"
    # Content keeps the run's shared context (Pelican uses it to resolve links); state stays per run.
    content._context.setdefault(key, set()).update(used)


def drop_unpublishable(generator):
    """Forget drafts and embargoed items entirely, so no writer, listing or plugin can reach them."""
    for name in ("drafts", "drafts_translations", "draft_pages", "draft_translations"):
        if hasattr(generator, name):
            del getattr(generator, name)[:]


def drop_unpublished_images(generators):
    """Do not copy a picture (or any static file) that only drafts or embargoed items use."""
    context = generators[0].context
    unused = context.get("unwritten_files", set()) - context.get("written_files", set())
    for generator in generators:
        if isinstance(generator, StaticGenerator):
            generator.staticfiles[:] = [f for f in generator.staticfiles if f.relative_source_path not in unused]


def register():
    """Connect the content-model handlers."""
    signals.generator_init.connect(add_filters)
    signals.article_generator_context.connect(apply_visibility)
    signals.page_generator_context.connect(apply_visibility)
    signals.content_object_init.connect(attach_model)
    signals.content_object_init.connect(note_pictures)
    signals.article_generator_finalized.connect(drop_unpublishable)
    signals.page_generator_finalized.connect(drop_unpublishable)
    signals.all_generators_finalized.connect(drop_unpublished_images)
