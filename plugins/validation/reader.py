"""The one reader of items: strict header, schema-typed metadata, body rendered by one Markdown instance.

Pelican's own Markdown reader is never used: its header parsing ends at the first line that is
not ``Key: value`` and publishes the rest as body. This reader parses the whole file with
``hub_model.parse`` and, when the file has any error, records the problems in the build's channel
and refuses the file, so nothing of it is written.
"""

from __future__ import annotations

import os

from markdown import Markdown
from pelican.readers import BaseReader
from pelican.urlwrappers import Tag
from pelican.utils import slugify

from hub_model.parse import Parsed, parse_file
from hub_model.problems import InvalidContent, Problem

# Metadata Pelican itself interprets; everything else is the hub's typed values.
PELICAN_KEYS = ("title", "date", "modified", "slug", "summary")


def slugger(settings: dict):
    """Return Pelican's slugify with the site's settings (the addresses Pelican would make)."""
    subs = settings.get("SLUG_REGEX_SUBSTITUTIONS", [])
    return lambda text: slugify(text, regex_subs=subs, preserve_case=False, use_unicode=False)


def read_item(run, relative: str, slug) -> Parsed | None:
    """Parse one content file for a build or a check; its problems go to the run's channel."""
    parsed = parse_file(run.content_root, relative, run.parse_context, slug)
    if parsed is not None:
        run.problems.extend(parsed.problems)
    return parsed


def pelican_metadata(parsed: Parsed, settings: dict) -> dict:
    """Return the metadata Pelican's content objects get: Pelican's own keys plus the hub's typed values."""
    values = dict(parsed.values)
    metadata = {key: values.pop(key) for key in PELICAN_KEYS if key in values}
    if "tags" in values:
        metadata["tags"] = [Tag(tag, settings) for tag in values.pop("tags")]
    metadata["status"] = values.get("status", "published")
    metadata.update({key: value for key, value in values.items() if key not in metadata})
    metadata.update(hub_kind=parsed.kind.name, hub_lines=parsed.lines, hub_links=parsed.links, hub_path=parsed.path)
    return metadata


class HubReader(BaseReader):
    """Read ``.md`` items with the content schema; refuse any file that has an error."""

    enabled = True
    file_extensions = ["md"]

    def __init__(self, settings):
        super().__init__(settings)
        config = dict(settings["MARKDOWN"])
        extensions = [*config.pop("extensions", []), *config.get("extension_configs", {})]
        self.markdown = Markdown(extensions=[e for e in extensions if not e.endswith(".meta")], **config)
        self.slugify = slugger(settings)
        self.run = None  # the build's Run, given at generator_init

    def read(self, source_path):
        """Return the rendered body and the typed metadata of one item."""
        root = self.settings["PATH"]
        relative = os.path.relpath(source_path, root).replace(os.sep, "/")
        parsed = read_item(self.run, relative, self.slugify)
        if parsed is None:
            self.run.problems.add(
                Problem(
                    f"content/{relative}",
                    0,
                    "berkas",
                    "berkas ini tidak berada di folder isi yang dikenal",
                    "pindahkan ke content/briefs/, content/events/ atau content/pages/",
                )
            )
            raise InvalidContent(relative)
        if not parsed.ok:
            raise InvalidContent(relative)
        self.markdown.reset()
        return self.markdown.convert(parsed.body), pelican_metadata(parsed, self.settings)
