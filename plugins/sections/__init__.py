"""Sections: listing pages of briefs for all news, each programme, region and topic, and each pair.

Clarifications (the cek_fakta plugin's ``clarifications``) are news too: they are listed with the
briefs, and this plugin also writes the clarifications' own listings (``clarification_sections``).

A pair is one programme in one region (``SECTIONS_PROGRAM_REGION_URL``, e.g.
``program/kesehatan/wilayah/kabupaten-garut/``); it exists only when it has briefs.

Replaces Pelican's category/tag pages (which filter the dates list once per term) with one pass
over the briefs. Each section is a ``hub_model.listing.Section`` (a ``Term`` plus its briefs, newest first).
Each brief (listed or not) also gets ``related``: up to ``SECTIONS_RELATED_COUNT`` listed news items
of its programme, then of its regions, nearest in time first (``related.related_briefs``), for the
"Berita terkait" block of its page.

Context read: ``articles``, ``clarifications``, ``clarification_sections``.
Context published: ``brief_sections`` (all sections), ``briefs_section`` (all briefs),
``program_sections``, ``region_sections``, ``program_region_sections``, ``archive_months``,
``home_briefs``.
Settings read: ``HUB_PROGRAMS``, ``HUB_PROGRAM_DESCRIPTIONS``, ``HUB_REGIONS``, ``PROGRAM_URL``,
``REGION_URL``, ``TAG_URL``, ``BRIEFS_INDEX_URL``, ``SECTIONS_HOME_BRIEFS``, ``SECTIONS_PROGRAM_REGION_URL``,
``SECTIONS_RELATED_COUNT``.
Signals: ``get_generators``.
"""

from __future__ import annotations

from pelican import signals
from pelican.generators import Generator
from pelican.paginator import Paginator

from hub_model.listing import newest_first
from hub_model.taxonomy import Term, load_taxonomy
from sections.listing import group_briefs, group_by_month
from sections.related import check_count, related_briefs

DEFAULTS = {"SECTIONS_PROGRAM_REGION_URL": "program/{program}/wilayah/{region}/", "SECTIONS_RELATED_COUNT": 3}


class SectionsGenerator(Generator):
    """Group the published briefs into sections and write one (paginated) page per section."""

    def generate_context(self):
        """Publish the sections to the shared context."""
        url = self.settings["BRIEFS_INDEX_URL"]
        all_term = Term("all", url.strip("/"), "Semua Berita", url)
        pair_url = self.settings.get("SECTIONS_PROGRAM_REGION_URL", DEFAULTS["SECTIONS_PROGRAM_REGION_URL"])
        news = newest_first([*self.context["articles"], *self.context.get("clarifications", [])])
        sections = group_briefs(news, load_taxonomy(self.settings), all_term, self.settings["TAG_URL"], pair_url)
        self.context["brief_sections"] = sections
        self.context["program_sections"] = [s for s in sections if s.term.kind == "program"]
        self.context["region_sections"] = [s for s in sections if s.term.kind == "region"]
        self.context["program_region_sections"] = [s for s in sections if s.term.kind == "program_region"]
        self.context["briefs_section"] = sections[0]
        self.context["archive_months"] = group_by_month(news)
        self.context["home_briefs"] = self.context["articles"][: self.settings["SECTIONS_HOME_BRIEFS"]]
        self.relate(sections)

    def relate(self, sections):
        """Give every brief written (listed or not) its "Berita terkait", from the listed briefs only."""
        count = check_count(self.settings.get("SECTIONS_RELATED_COUNT", DEFAULTS["SECTIONS_RELATED_COUNT"]))
        by_term = {s.term: s.items for s in sections if s.term.kind in ("program", "region")}
        for brief in (*self.context["articles"], *self.context.get("hidden_articles", ())):
            brief.related = related_briefs(brief, by_term, count)

    def generate_output(self, writer):
        """Write each page of each section's listing (one write per page, so each page is its own output)."""
        template = self.get_template("section")
        per_page = self.settings["DEFAULT_PAGINATION"]
        for section in [*self.context["brief_sections"], *self.context.get("clarification_sections", [])]:
            paginator = Paginator(section.term.save_as, section.term.url, section.items, self.settings, per_page)
            pages = [paginator.page(number) for number in range(1, paginator.num_pages + 1)]
            for index, page in enumerate(pages):
                writer.write_file(
                    page.save_as,
                    template,
                    self.context,
                    section=section,
                    articles_page=page,
                    articles_paginator=paginator,
                    articles_previous_page=pages[index - 1] if index else None,
                    articles_next_page=pages[index + 1] if index + 1 < len(pages) else None,
                )


def add_generator(pelican):
    """Contribute the sections generator."""
    return SectionsGenerator


def register():
    """Connect the sections generator."""
    signals.get_generators.connect(add_generator)
