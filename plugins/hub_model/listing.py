"""The one listing type: a section (a term plus its items, newest first), and the order of every listing (pure).

The sections plugin groups briefs and clarifications into sections; the cek_fakta plugin makes the
clarifications' own; feeds, widgets and templates read them all the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hub_model.taxonomy import Term

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


def news_order(item) -> tuple:
    """Return the key that orders briefs and clarifications newest first, ties by slug."""
    return (-item.date.timestamp(), item.slug)


def newest_first(items: list) -> list:
    """Order briefs and clarifications newest first, ties by slug (so every build lists them the same)."""
    return sorted(items, key=news_order)
