"""Write each listed brief's and clarification's compact card page and its static oEmbed response."""

from __future__ import annotations

import json
import os

from pelican.generators import Generator

from hub_model.guard import reported, source_of
from hub_model.model import prefixed
from hub_model.output import write_output
from oembed.config import RESPONSE_FILE, OEmbedSettings, load_settings
from oembed.imagesize import image_size
from oembed.response import Card, Thumbnail, embeddable, oembed_response


class OEmbedGenerator(Generator):
    """Write embed/kartu/<uid>/index.html and oembed.json for every listed brief."""

    def generate_output(self, writer):
        """Write each card page and its oEmbed JSON."""
        config = load_settings(self.settings)
        template = self.get_template("oembed/card")
        run = self.context.get("hub_run")
        for brief in embeddable([*self.context.get("articles", []), *self.context.get("clarifications", [])]):
            folder = config.card_path(brief.uid)
            page, response_path = f"{folder}index.html", f"{folder}{RESPONSE_FILE}"
            if not (writer.owns(page) or writer.owns(response_path)):
                continue
            with reported(run, source_of(brief), response_path):
                card = self.card_for(brief, config)
                writer.write_file(page, template, self.context, article=brief, card=card)
                key = writer.data_key("oembed", self.context, card, config.width, config.cache_age)
                if not writer.reuse(response_path, key):
                    response = oembed_response(card, config.width, config.cache_age)
                    write_output(writer, response_path, json.dumps(response, ensure_ascii=False, indent=2), key)

    def card_for(self, brief, config: OEmbedSettings) -> Card:
        """Describe one brief for its oEmbed response (reads the picture's size from its header)."""
        thumbnail = None
        if brief.image:
            width, height = brief.image.width, brief.image.height  # a processed picture's handed-out copy
            if not width:
                with open(os.path.join(self.path, brief.image.path), "rb") as handle:
                    width, height = image_size(handle.read(65536)) or (0, 0)
            thumbnail = Thumbnail(brief.image.url, width, height)
        return Card(
            title=prefixed(brief, brief.title),
            url=f"{config.siteurl}/{brief.url}",
            card_url=f"{config.siteurl}/{config.card_path(brief.uid)}",
            author_name=config.organisation,
            author_url=config.organisation_url,
            provider_name=config.sitename,
            provider_url=f"{config.siteurl}/",
            thumbnail=thumbnail,
        )
