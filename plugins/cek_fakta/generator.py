"""Hoax clarifications as their own content type: read ``content/cek-fakta/``, link them, write their pages."""

from __future__ import annotations

from itertools import chain

from pelican.contents import Page

from cek_fakta.model import Ref, all_verdicts, claim_details, syndication_lead, syndication_tail
from hub_model.generator import ItemsGenerator
from hub_model.listing import Section, newest_first
from hub_model.schema import RATINGS
from hub_model.taxonomy import Term

CLARIFICATIONS_KIND = "clarifications"
VERDICT_KIND = "verdict"


class Clarification(Page):
    """A clarification page; URLs come from ``CLARIFICATION_URL``/``CLARIFICATION_SAVE_AS``."""

    default_template = "clarification"


def kind_label(item) -> str:
    """Return what a related item is, for the link to it."""
    return "Acara" if hasattr(item, "details") else "Berita"


def link_related(clarifications: list, targets: list) -> dict[str, list[str]]:
    """Link each clarification to the listed briefs and events it names, and those back to it.

    Returns the Related Uids that name no brief or event of this build, by clarification source path.
    """
    by_uid = {item.uid: item for item in targets}
    unknown: dict[str, list[str]] = {}
    back: dict[int, list] = {}
    for item in clarifications:
        found = [by_uid[uid] for uid in item.claim.related if uid in by_uid]
        item.related_refs = tuple(Ref(other.url, other.title, kind_label(other)) for other in found if other.listed)
        missing = [uid for uid in item.claim.related if uid not in by_uid]
        if missing:
            unknown[item.metadata["hub_path"]] = missing
        if item.listed:
            for other in found:
                back.setdefault(id(other), []).append(item)
    for other in targets:
        checks = newest_first(back.get(id(other), []))
        other.fact_checks = tuple(Ref(c.url, c.title, c.claim.verdict.label) for c in checks)
    return unknown


def verdict_sections(items: list, url_pattern: str) -> list[Section]:
    """Return one section per verdict that has listed clarifications, in the schema's order."""
    sections = []
    for verdict in all_verdicts():
        found = [item for item in items if item.claim.verdict.value == verdict.value]
        if found:
            term = Term(VERDICT_KIND, verdict.value, verdict.label, url_pattern.format(slug=verdict.value))
            sections.append(Section(term, found))
    return sections


class CekFaktaGenerator(ItemsGenerator):
    """Read clarifications, publish their listings to the context, write their pages and the verdicts page."""

    paths_setting = "CEKFAKTA_PATHS"
    content_class = Clarification

    def generate_context(self):
        """Read every clarification; link related items; publish the listing and the per-verdict sections."""
        listed, hidden = self.read_items()
        self.clarifications, self.hidden_clarifications = newest_first(listed), newest_first(hidden)
        for item in chain(self.clarifications, self.hidden_clarifications):
            self.describe(item)
        self.check_related()
        url = self.settings["CEKFAKTA_INDEX_URL"]
        section = Section(Term(CLARIFICATIONS_KIND, url.strip("/"), "Cek Fakta", url), list(self.clarifications))
        verdicts = verdict_sections(self.clarifications, self.settings["CEKFAKTA_VERDICT_URL"])
        counts = {s.term.slug: s for s in verdicts}
        self.context.update(
            clarifications=self.clarifications,
            clarifications_section=section,
            clarification_sections=[section, *verdicts],
            verdict_sections=verdicts,
            home_clarifications=self.clarifications[: self.settings["CEKFAKTA_HOME_COUNT"]],
            verdicts=[(verdict, counts.get(verdict.value)) for verdict in all_verdicts()],
            verdicts_url=self.settings["CEKFAKTA_VERDICTS_URL"],
            verdict_scale=list(RATINGS.items()),
        )

    def describe(self, item) -> None:
        """Give a clarification its claim details and what feeds and republished copies carry of them."""
        item.claim = claim_details(item.metadata)
        item.title_prefix = item.claim.verdict.prefix
        item.syndication_lead = syndication_lead(item.claim)
        item.syndication_tail = syndication_tail(item.claim)
        item.feed_terms = (
            ("cek-fakta", "Cek Fakta", self.settings["CEKFAKTA_INDEX_URL"]),
            (item.claim.verdict.value, item.claim.verdict.label, self.verdict_url(item.claim.verdict.value)),
        )

    def verdict_url(self, value: str) -> str:
        """Return the site-relative URL of a verdict's listing."""
        return self.settings["CEKFAKTA_VERDICT_URL"].format(slug=value)

    def check_related(self) -> None:
        """Link related items both ways; report Related Uids that name no brief or event."""
        targets = [*self.context.get("articles", []), *self.context.get("events", [])]
        known = {
            content.metadata.get("uid")
            for content in self.context["generated_content"].values()
            if content is not None and content.metadata.get("hub_kind") in ("brief", "event")
        }
        unknown = link_related([*self.clarifications, *self.hidden_clarifications], targets)
        run = self.context["hub_run"]
        for item in chain(self.clarifications, self.hidden_clarifications):
            for uid in unknown.get(item.metadata["hub_path"], ()):
                if uid in known:
                    continue  # a draft or embargoed brief: linked once it is published
                run.problems.error(
                    item.metadata["hub_path"],
                    item.metadata["hub_lines"].get("related", 1),
                    "Related",
                    f"Uid {uid} bukan Uid berita atau acara mana pun",
                    "salin Uid dari kepala berita atau acara yang dimaksud (bila berkas itu sendiri bermasalah, "
                    "perbaiki dulu berkas itu)",
                )

    def generate_output(self, writer):
        """Write each clarification's page, then the page that explains the verdicts."""
        for item in chain(self.clarifications, self.hidden_clarifications):
            writer.write_file(item.save_as, self.get_template(item.template), self.context, page=item, url=item.url)
        url = self.settings["CEKFAKTA_VERDICTS_URL"]
        writer.write_file(f"{url}index.html", self.get_template("verdicts"), self.context, url=url)
