"""Write the embeddable widget's files and the "Untuk Blogger & Kreator" page."""

from __future__ import annotations

import os

from pelican.generators import Generator

from hub_model.output import write_output
from widget.config import load_settings
from widget.embeds import SCRIPT_PATH, embed_lists, feed_choices, iframe_snippet, script_snippet


class WidgetGenerator(Generator):
    """Copy the widget script to embed/, write one iframe list per feed, then the blogger page."""

    def generate_output(self, writer):
        """Write embed/widget.js, every embed/<section>/latest.html and the blogger page."""
        config = load_settings(self.settings)
        self.copy_script(writer)
        sections = [*self.context.get("brief_sections", []), *self.context.get("clarification_sections", [])]
        embeds = embed_lists(sections, config.iframe_items)
        template = self.get_template("widget/latest")
        for embed in embeds:
            writer.write_file(embed.save_as, template, self.context, embed=embed)
        # The feeds plugin's filter gives every feed's addresses (plugins talk through the theme, not imports).
        choices = feed_choices(embeds, config.siteurl, self.env.filters.get("feed_links", lambda terms: []))
        # The defaults are the whole site's list (the first), offered only when it has briefs.
        default = embeds[0] if embeds and embeds[0].items else None
        snippets = {
            "script_url": f"{config.siteurl}/{SCRIPT_PATH}",
            "script": script_snippet(config.siteurl, count=config.item_count) if default else "",
            "iframe": iframe_snippet(config.siteurl, default, config.item_count) if default else "",
        }
        writer.write_file(
            config.page_save_as,
            self.get_template("blogger"),
            self.context,
            embeds={embed.term: embed for embed in embeds},
            choices=choices,
            snippets=snippets,
            widget=config,
        )

    def copy_script(self, writer) -> None:
        """Publish the theme's standalone widget script at embed/widget.js, where snippets point."""
        with open(os.path.join(self.theme, "static", "js", "widget.js"), "rb") as handle:
            write_output(writer, SCRIPT_PATH, handle.read())
