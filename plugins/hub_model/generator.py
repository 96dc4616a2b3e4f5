"""The base of generators for the hub's own content kinds (events, clarifications): read, sort, hand over.

Pelican reads briefs (articles) and pages itself; every other kind is read here the same way, with
the hub's reader and the same visibility and model handlers as pages, so a kind added to the
schema needs only its folder setting, its content class and what it publishes.
"""

from __future__ import annotations

from pelican import signals
from pelican.generators import Generator

from hub_model.problems import InvalidContent

# The generator attributes that hold every item a build writes (listed, then written but unlisted).
WRITTEN = (
    "articles",
    "hidden_articles",
    "pages",
    "hidden_pages",
    "events",
    "hidden_events",
    "clarifications",
    "hidden_clarifications",
)


class ItemsGenerator(Generator):
    """Read every file under the folders of ``paths_setting`` into ``content_class`` objects."""

    paths_setting = ""  # e.g. "EVENTS_PATHS"
    content_class = None  # a pelican.contents.Page subclass; its name picks the URL settings

    def read_items(self) -> tuple[list, list]:
        """Return the items this build lists and the ones it writes without listing (withdrawn, expired, previewed).

        A file with an error is refused (its problems are in the build's channel already); drafts and
        embargoed items are not returned at all.
        """
        listed, hidden = [], []
        for path in self.get_files(self.settings[self.paths_setting]):
            try:
                item = self.readers.read_file(
                    base_path=self.path,
                    path=path,
                    content_class=self.content_class,
                    context=self.context,
                    context_signal=signals.page_generator_context,
                    context_sender=self,
                )
            except InvalidContent:
                self._add_failed_source_path(path)
                continue
            if not item.is_valid():
                self._add_failed_source_path(path)
                continue
            if item.status == "published":
                listed.append(item)
            elif item.status == "hidden":
                hidden.append(item)
            self.add_source_path(item)
            self.add_static_links(item)
        return listed, hidden
