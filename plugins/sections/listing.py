"""Group briefs into the sections readers browse and bloggers subscribe to (pure)."""

from __future__ import annotations

from hub_model.listing import Section
from hub_model.taxonomy import Taxonomy, Term


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


def group_by_month(briefs: list) -> list[tuple[object, list]]:
    """Group newest-first briefs by month: ``[(first day of month, briefs), …]``, newest month first."""
    months: dict[tuple[int, int], list] = {}
    for brief in briefs:
        months.setdefault((brief.date.year, brief.date.month), []).append(brief)
    return [(items[0].date.date().replace(day=1), items) for items in months.values()]
