"""Group briefs into the sections readers browse and bloggers subscribe to (pure)."""

from __future__ import annotations

from dataclasses import dataclass, field

from hub_model.taxonomy import Taxonomy, Term

KIND_LABELS = {
    "all": "Semua berita",
    "program": "Program",
    "region": "Wilayah",
    "program_region": "Program di wilayah",
    "tag": "Topik",
    "clarifications": "Cek fakta",
    "verdict": "Cek fakta menurut penilaian",
}
# What a programme page calls its per-region sections, and a region page its per-programme ones.
CHILDREN_LABELS = {"program": "Per wilayah", "region": "Per program"}


@dataclass
class Section:
    """A listing page and its feeds: a term plus the briefs under it, newest first.

    A programme × region section names its programme and region as ``parents``; programme and
    region sections list those pairs as ``children``: ``(label, section)`` with the other half's name.
    """

    term: Term
    items: list = field(default_factory=list)
    parents: tuple[Term, ...] = ()
    children: list[tuple[str, Section]] = field(default_factory=list)

    @property
    def title(self) -> str:
        """Return the heading shown on the page and in feed titles."""
        return self.term.name

    @property
    def memo_key(self) -> tuple:
        """Return what a section's page shows of the section itself (its items are on the page's own list)."""
        return (self.term, self.parents, tuple((label, child.term, len(child.items)) for label, child in self.children))

    @property
    def kind_label(self) -> str:
        """Return what kind of section this is, in Indonesian."""
        return KIND_LABELS[self.term.kind]

    @property
    def children_label(self) -> str:
        """Return the heading over the children (empty for sections that have none)."""
        return CHILDREN_LABELS.get(self.term.kind, "") if self.children else ""


def pair_term(program: Term, region: Term, url_pattern: str) -> Term:
    """Return the term of one programme in one region (``url_pattern`` has {program} and {region})."""
    return Term(
        "program_region",
        f"{program.slug}--{region.slug}",  # slugs never contain "--", so this cannot collide
        f"{program.name} · {region.name}",
        url_pattern.format(program=program.slug, region=region.slug),
    )


def group_briefs(
    briefs: list, taxonomy: Taxonomy, all_term: Term, tag_url: str, pair_url: str | None = None
) -> list[Section]:
    """Return the all-briefs section, then one per programme, region, programme × region and tag with briefs.

    ``briefs`` must be newest first (as Pelican orders ``articles``); every section keeps that order.
    Programmes and regions follow their declared order, pairs by programme then region; tags are
    alphabetical. Pairs are made only when ``pair_url`` is given.
    """
    by_term: dict[Term, Section] = {}
    pairs: dict[tuple[Term, Term], Section] = {}
    for brief in briefs:
        terms = [brief.program, *brief.regions]
        terms += [Term("tag", tag.slug, tag.name, tag_url.format(slug=tag.slug)) for tag in getattr(brief, "tags", [])]
        for term in terms:
            by_term.setdefault(term, Section(term)).items.append(brief)
        for region in brief.regions if pair_url else ():
            key = (brief.program, region)
            pairs.setdefault(key, Section(pair_term(*key, pair_url), parents=key)).items.append(brief)
    programs = [by_term[t] for t in taxonomy.programs.values() if t in by_term]
    regions = [by_term[t] for t in taxonomy.regions.values() if t in by_term]
    ordered_pairs = [
        pairs[p, r] for p in taxonomy.programs.values() for r in taxonomy.regions.values() if (p, r) in pairs
    ]
    for pair in ordered_pairs:
        program, region = pair.parents
        by_term[program].children.append((region.name, pair))
        by_term[region].children.append((program.name, pair))
    tags = sorted((s for t, s in by_term.items() if t.kind == "tag"), key=lambda s: s.term.name.lower())
    return [Section(all_term, list(briefs)), *programs, *regions, *ordered_pairs, *tags]


def news_order(item) -> tuple:
    """Return the key that orders briefs and clarifications newest first, ties by slug."""
    return (-item.date.timestamp(), item.slug)


def newest_first(items: list) -> list:
    """Order briefs and clarifications newest first, ties by slug (so every build lists them the same)."""
    return sorted(items, key=news_order)


def group_by_month(briefs: list) -> list[tuple[object, list]]:
    """Group newest-first briefs by month: ``[(first day of month, briefs), …]``, newest month first."""
    months: dict[tuple[int, int], list] = {}
    for brief in briefs:
        months.setdefault((brief.date.year, brief.date.month), []).append(brief)
    return [(items[0].date.date().replace(day=1), items) for items in months.values()]
