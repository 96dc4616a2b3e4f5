"""The declared programmes and regions, each with a slug, an Indonesian name and a section URL."""

from __future__ import annotations

import re
from dataclasses import dataclass

SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Term:
    """One programme, region or topic: what a listing page and its feeds are about."""

    kind: str  # "program", "region", "tag", "all" or "events"
    slug: str
    name: str
    url: str  # site-relative, folder style ("program/kesehatan/")

    @property
    def save_as(self) -> str:
        """Return the output path of the term's listing page."""
        return f"{self.url}index.html"


@dataclass(frozen=True)
class Taxonomy:
    """Every programme and region editors may use, declared once in the settings."""

    programs: dict[str, Term]
    regions: dict[str, Term]


def make_terms(kind: str, names: dict[str, str], url_pattern: str) -> dict[str, Term]:
    """Turn a ``{slug: name}`` mapping into Terms, rejecting slugs that are not URL-safe."""
    bad = [slug for slug in names if not SLUG_PATTERN.match(slug)]
    if bad:
        msg = f"{kind}: slug tidak valid {bad}: pakai huruf kecil, angka dan tanda hubung"
        raise ValueError(msg)
    return {slug: Term(kind, slug, name, url_pattern.format(slug=slug)) for slug, name in names.items()}


def load_taxonomy(settings: dict) -> Taxonomy:
    """Build the Taxonomy from ``HUB_PROGRAMS``/``HUB_REGIONS`` and the section URL settings."""
    return Taxonomy(
        programs=make_terms("program", settings["HUB_PROGRAMS"], settings["PROGRAM_URL"]),
        regions=make_terms("region", settings["HUB_REGIONS"], settings["REGION_URL"]),
    )
