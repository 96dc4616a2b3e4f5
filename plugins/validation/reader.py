"""The one reader of items: strict header, schema-typed metadata, body rendered by one Markdown instance.

Pelican's own Markdown reader is never used: its header parsing ends at the first line that is
not ``Key: value`` and publishes the rest as body. This reader parses the whole file with
``hub_model.parse`` and, when the file has any error, records the problems in the build's channel
and refuses the file, so nothing of it is written.
"""

from __future__ import annotations

import os

from pelican.readers import BaseReader
from pelican.urlwrappers import Tag

from hub_model.problems import InvalidContent, Problem
from hub_model.schema import KIND_BY_FOLDER
from validation.prefetch import prefetch
from validation.reading import Reading, markdown_for, read_guarded, slugger

# Metadata Pelican itself interprets; everything else is the hub's typed values.
PELICAN_KEYS = ("title", "date", "modified", "slug", "summary")


def pelican_metadata(reading: Reading, settings: dict) -> dict:
    """Return the metadata Pelican's content objects get: Pelican's own keys plus the hub's typed values."""
    values = dict(reading.values)
    metadata = {key: values.pop(key) for key in PELICAN_KEYS if key in values}
    if "tags" in values:
        metadata["tags"] = [Tag(tag, settings) for tag in values.pop("tags")]
    metadata["status"] = values.get("status", "published")
    metadata.update({key: value for key, value in values.items() if key not in metadata})
    metadata.update(hub_kind=reading.kind, hub_lines=reading.lines, hub_links=reading.links, hub_path=reading.path)
    metadata["hub_source"] = reading.source
    return metadata


class HubReader(BaseReader):
    """Read ``.md`` items with the content schema; refuse any file that has an error."""

    enabled = True
    file_extensions = ["md"]

    def __init__(self, settings):
        super().__init__(settings)
        self.markdown = markdown_for(settings)
        self.slugify = slugger(settings)
        self.run = None  # the build's Run, given at generator_init

    def read(self, source_path):
        """Return the rendered body and the typed metadata of one item."""
        run = self.run
        relative = os.path.relpath(source_path, self.settings["PATH"]).replace(os.sep, "/")
        if run.readings is None:  # the first file of the build: read them all, on every core
            run.readings = prefetch(self.settings, run)
        reading = run.readings.pop(relative, None)
        if reading is None:
            reading = read_guarded(run.content_root, relative, run.parse_context, self.slugify, self.markdown)
        if reading is None:
            self.run.problems.add(
                Problem(
                    f"content/{relative}",
                    0,
                    "berkas",
                    "berkas ini tidak berada di folder isi yang dikenal",
                    "pindahkan ke salah satu folder: " + ", ".join(f"content/{folder}/" for folder in KIND_BY_FOLDER),
                )
            )
            raise InvalidContent(relative)
        run.problems.extend(reading.problems)
        if reading.html is None:
            raise InvalidContent(relative)
        return reading.html, pelican_metadata(reading, self.settings)
