"""Group briefs into the sections readers browse and bloggers subscribe to (pure)."""

from __future__ import annotations

from dataclasses import dataclass, field

from hub_model.taxonomy import Taxonomy, Term

KIND_LABELS = {"all": "Semua berita", "program": "Program", "region": "Wilayah", "tag": "Topik"}


@dataclass
class Section:
    """A listing page and its feeds: a term plus the briefs under it, newest first."""

    term: Term
    items: list = field(default_factory=list)

    @property
    def title(self) -> str:
        """Return the heading shown on the page and in feed titles."""
        return self.term.name

    @property
    def kind_label(self) -> str:
        """Return what kind of section this is, in Indonesian."""
        return KIND_LABELS[self.term.kind]


def group_briefs(briefs: list, taxonomy: Taxonomy, all_term: Term, tag_url: str) -> list[Section]:
    """Return the all-briefs section, then one per programme, region and tag that has briefs.

    ``briefs`` must be newest first (as Pelican orders ``articles``); every section keeps that order.
    Programmes and regions follow their declared order; tags are alphabetical.
    """
    by_term: dict[Term, Section] = {}
    for brief in briefs:
        terms = [brief.program, *brief.regions]
        terms += [Term("tag", tag.slug, tag.name, tag_url.format(slug=tag.slug)) for tag in getattr(brief, "tags", [])]
        for term in terms:
            by_term.setdefault(term, Section(term)).items.append(brief)
    programs = [by_term[t] for t in taxonomy.programs.values() if t in by_term]
    regions = [by_term[t] for t in taxonomy.regions.values() if t in by_term]
    tags = sorted((s for t, s in by_term.items() if t.kind == "tag"), key=lambda s: s.term.name.lower())
    return [Section(all_term, list(briefs)), *programs, *regions, *tags]


def group_by_month(briefs: list) -> list[tuple[object, list]]:
    """Group newest-first briefs by month: ``[(first day of month, briefs), …]``, newest month first."""
    months: dict[tuple[int, int], list] = {}
    for brief in briefs:
        months.setdefault((brief.date.year, brief.date.month), []).append(brief)
    return [(items[0].date.date().replace(day=1), items) for items in months.values()]
