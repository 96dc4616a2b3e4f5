"""Write the renditions and share cards of the items this build writes (nothing for drafts or embargoed items)."""

from __future__ import annotations

import io

from pelican.generators import Generator
from PIL import Image

from hub_model.guard import reported
from hub_model.output import write_output
from images.cards import SIZES, render_card
from images.job import ImagesJob
from images.process import Encoded


def photo_of(job: ImagesJob, key: str) -> Image.Image | None:
    """Return the largest JPEG rendition under ``key`` as pixels (None without a photo)."""
    if not key:
        return None
    encoded = [e for e in job.store.get(key) or [] if e.format == "jpeg"]
    return Image.open(io.BytesIO(encoded[-1].data)) if encoded else None


def card_bytes(job: ImagesJob, path: str) -> bytes:
    """Return a card's JPEG bytes (drawn once per card, through the store)."""
    card = job.cards[path]
    width, height, _ = SIZES[card.name]

    def draw():
        return [Encoded(width, height, "jpeg", render_card(card.text, card.name, job.fonts, photo_of(job, card.photo)))]

    return job.store.made(card.key, draw)[0].data


class ImagesGenerator(Generator):
    """Write every rendition and card planned while reading (``context["hub_run"].jobs["images"]``)."""

    def generate_context(self):
        """Nothing to read: items are processed as they are read."""

    def generate_output(self, writer):
        """Write each file this process owns, unless the last build made the same one."""
        run = self.context["hub_run"]
        job = run.jobs.get("images")
        if job is None:
            return
        for path, stored in sorted(job.files.items()):
            key = f"rendition:{stored.key}:{stored.index}"
            if writer.owns(path) and not writer.reuse(path, key if writer.keys is not None else None):
                write_output(writer, path, job.store.get(stored.key)[stored.index].data, key)
        for path in sorted(job.cards):
            key = f"card:{job.cards[path].key}"
            if writer.owns(path) and not writer.reuse(path, key if writer.keys is not None else None):
                with reported(run, "content", path):
                    write_output(writer, path, card_bytes(job, path), key)
