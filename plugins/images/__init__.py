"""Images: every picture an item uses, processed once; and each item's generated share cards.

- Checks each source by its bytes (Pillow): not a picture, or an ``Image:`` narrower than
  ``IMAGES_MIN_WIDTH``, is an error; a source over ``IMAGES_WARN_BYTES`` a warning. Through the
  build's problems channel, in Indonesian.
- Makes renditions of every picture a written item uses (``Image:`` and the body's ``{static}``
  / ``{attach}`` pictures): upright, without EXIF/XMP/IPTC, at each of ``IMAGES_WIDTHS`` (never
  upscaled) in each of ``IMAGES_FORMATS`` (AVIF only where Pillow can write it), kept in the build
  cache by their source's digest (``store.py``). The item's ``image`` then names its renditions and
  its handed-out copy (the largest JPEG); body ``<img>`` become ``<picture>``. Source files are
  never copied into the output.
- Gives every written brief, event and clarification ``share_cards`` (Open Graph 1200×630, square
  1080×1080, vertical 1080×1920; ``cards.py``, set in the theme's own font) and ``og_card``.
- Writes renditions and cards (``ImagesGenerator``), only for items the build writes.

Settings read: ``IMAGES_WIDTHS``, ``IMAGES_FORMATS``, ``IMAGES_MIN_WIDTH``, ``IMAGES_WARN_BYTES``,
``IMAGES_RENDITION_PATH``, ``IMAGES_CARD_PATH``, ``IMAGES_SIZES``, ``IMAGES_CARD_SIZES``,
``IMAGES_FONT_BOLD``, ``IMAGES_FONT_REGULAR``, ``THEME``, ``SITEURL``, ``SITENAME``, ``HUB_CACHE_PATH``,
``HUB_CHECK_ONLY``.
Template filter: ``picture`` (image -> ``<picture>`` markup; ``lazy=False`` for a page's lead picture,
``card=True`` for cards' sizes).
Signals: ``generator_init``, ``content_object_init``, ``all_generators_finalized``, ``get_generators``.
"""

from __future__ import annotations

import functools
import os

from pelican import signals
from pelican.contents import Static
from pelican.generators import StaticGenerator

from hub_model.generator import WRITTEN
from hub_model.guard import guarded
from hub_model.visibility import Placement
from images.config import ImagesSettings, load_settings
from images.generator import ImagesGenerator
from images.job import ImagesJob, is_raster, linked_path, start_job
from images.markup import drop_pictures, picture_html, rewrite_body
from images.pipeline import Source, process_sources
from images.sharing import CARD_KINDS, plan_cards


def job_of(context: dict) -> ImagesJob:
    """Return this build's picture work (started with its first item)."""
    run = context["hub_run"]
    if "images" not in run.jobs:
        settings = run.jobs["images_settings"]
        run.jobs["images"] = start_job(load_settings(settings), settings.get("HUB_CACHE_PATH"))
    return run.jobs["images"]


def picture(image, lazy=True, card=False, classes="", *, config: ImagesSettings):
    """Return a picture's markup (the ``picture`` filter): a card's sizes with ``card``, eager with ``lazy=False``."""
    return picture_html(image, config.card_sizes if card else config.sizes, lazy, classes)


def add_filters(generator):
    """Give templates the ``picture`` filter; remember the settings for the build's picture work."""
    generator.context["hub_run"].jobs.setdefault("images_settings", generator.settings)
    generator.env.filters["picture"] = functools.partial(picture, config=load_settings(generator.settings))


def raster_link(item_path: str, value: str) -> str | None:
    """Return the content path of a picture a body link points at, or None."""
    path = linked_path(value, item_path)
    return path if path is not None and is_raster(path) else None


def sources_of(content) -> list[Source]:
    """List an item's pictures: its ``Image:``, then the body's ``{static}``/``{attach}`` pictures."""
    lines = content.metadata.get("hub_lines", {})
    image = getattr(content, "image", None)
    found = [Source(image.path, "Image", lines.get("image", 0), True)] if image is not None else []
    for link in content.metadata.get("hub_links", ()):
        if link.what in ("static", "attach") and is_raster(link.path):
            found.append(Source(link.path, "isi", link.line, False))
    return found


def read_source(root: str, path: str) -> bytes:
    """Return the bytes of a content file."""
    with open(os.path.join(root, path), "rb") as handle:
        return handle.read()


@guarded
def process_pictures(content):
    """Check an item's pictures; for a written item, make their renditions and rewrite its body to use them."""
    if isinstance(content, Static) or "placement" not in content.metadata:
        return
    run, job, placement = content._context["hub_run"], job_of(content._context), content.metadata["placement"]
    # Only listed items get renditions: a withdrawn or expired page keeps its text, not its pictures.
    write = placement is Placement.LISTED and not content.settings.get("HUB_CHECK_ONLY")
    read, lead = functools.partial(read_source, run.content_root), getattr(content, "image", None)
    outcome = process_sources(sources_of(content), lead, read, job.config, job.store, write=write)
    for source, finding in outcome.findings:
        report = run.problems.warning if finding.warning else run.problems.error
        report(content.metadata["hub_path"], source.line, source.field, finding.message, finding.fix)
    job.files.update(outcome.files)
    job.photos.update(outcome.photos)
    links = functools.partial(raster_link, content.relative_source_path)
    if placement is Placement.PAGE_ONLY:
        content._content = drop_pictures(content._content, links)
        if lead is not None:
            content.image = None
    elif outcome.processed:
        if lead is not None:
            content.image = outcome.processed.get(lead.path, lead)
        lookup = lambda value: outcome.processed.get(links(value) or "")  # noqa: E731
        content._content = rewrite_body(content._content, lookup, job.config.sizes)


def plan_item_cards(job: ImagesJob, item) -> None:
    """Give a written brief, event or clarification its share cards, and note them for writing."""
    image = getattr(item, "image", None)
    photo = job.photos.get(image.path, "") if image is not None and image.renditions else ""
    config = job.config
    cards, jobs = plan_cards(
        item,
        sitename=config.sitename,
        siteurl=config.siteurl,
        path_pattern=config.card_path,
        font_digest=job.font_digest,
        photo=photo,
    )
    item.share_cards, item.og_card = cards, cards[0]
    job.cards.update(jobs)


def finish_pictures(generators):
    """Plan every written item's cards; never copy a source picture into the output."""
    context = generators[0].context
    job = job_of(context)
    if not context["hub_run"].jobs["images_settings"].get("HUB_CHECK_ONLY"):
        for generator in generators:
            for name in WRITTEN:
                for item in getattr(generator, name, None) or []:
                    if item.metadata.get("hub_kind") in CARD_KINDS and item.listed:
                        plan_item_cards(job, item)
    # Not even a listed item's source: only its renditions are published.
    for generator in generators:
        if isinstance(generator, StaticGenerator):
            generator.staticfiles[:] = [f for f in generator.staticfiles if not is_raster(f.relative_source_path)]


def add_generator(pelican):
    """Contribute the generator that writes renditions and cards."""
    return ImagesGenerator


def register():
    """Connect the images handlers."""
    signals.generator_init.connect(add_filters)
    signals.content_object_init.connect(process_pictures)
    signals.all_generators_finalized.connect(finish_pictures)
    signals.get_generators.connect(add_generator)
