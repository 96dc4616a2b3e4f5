"""Sitemap: ``sitemap.xml`` and ``robots.txt`` listing only what is public.

Lists the home page, listing pages (all briefs, programmes, regions, topics, events, archives),
every public brief, event and page. Withdrawn/expired pages, redirects and 404 are left out.

Context read: ``articles``, ``pages``, ``events``, ``brief_sections``, ``events_section``,
``event_sections``.
Settings read: ``SITEURL``, ``ARCHIVES_URL``, ``SITEMAP_EXTRA_URLS``, ``HUB_PREVIEW``.
Signals: ``get_generators``.
"""

from __future__ import annotations

from pelican import signals
from pelican.generators import Generator

from hub_model.output import write_output
from sitemap.urls import SitemapUrl, content_urls, robots_txt, sitemap_xml


class SitemapGenerator(Generator):
    """Write sitemap.xml and robots.txt at the output root."""

    def generate_output(self, writer):
        """Collect public URLs and write both files."""
        siteurl, context = self.settings["SITEURL"], self.context
        listings = [s.term.url for s in context.get("brief_sections", [])]
        if context.get("events_section") is not None:
            listings.append(context["events_section"].url)
        listings += [s.term.url for s in context.get("event_sections", []) if s.term.kind != "events"]
        listings += [s.term.url for s in context.get("clarification_sections", [])]
        if context.get("verdicts_url"):
            listings.append(context["verdicts_url"])
        entries = [SitemapUrl(f"{siteurl}/")]
        extra = [self.settings["ARCHIVES_URL"], *self.settings["SITEMAP_EXTRA_URLS"]]
        entries += [SitemapUrl(f"{siteurl}/{url}") for url in [*listings, *extra]]
        items = [*context["articles"], *context.get("events", []), *context.get("clarifications", [])]
        entries += content_urls(siteurl, [*items, *context["pages"]])
        write_output(writer, "sitemap.xml", sitemap_xml(entries))
        write_output(writer, "robots.txt", robots_txt(siteurl, self.settings["HUB_PREVIEW"]))


def add_generator(pelican):
    """Contribute the sitemap generator."""
    return SitemapGenerator


def register():
    """Connect the sitemap generator."""
    signals.get_generators.connect(add_generator)
