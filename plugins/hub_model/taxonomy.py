"""The declared programmes and regions, each with a slug, an Indonesian name and a section URL (pure).

Programmes also carry the short description their page shows (``HUB_PROGRAM_DESCRIPTIONS``,
declared beside ``HUB_PROGRAMS``, which stays a plain slug → name mapping).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Term:
    """One programme, region or topic: what a listing page and its feeds are about."""

    kind: str  # "program", "region", "tag", "all" or "events"
    slug: str
    name: str
    url: str  # site-relative, folder style ("program/kesehatan/")
    # What the term's page says it is about (programmes); not part of its identity, so a term
    # built without it (the agenda's, a test's) is still the same term.
    description: str = field(default="", compare=False)

    @property
    def save_as(self) -> str:
        """Return the output path of the term's listing page."""
        return f"{self.url}index.html"


@dataclass(frozen=True)
class Taxonomy:
    """Every programme and region editors may use, declared once in the settings."""

    programs: dict[str, Term]
    regions: dict[str, Term]


DESCRIPTION_MAX = 300  # characters: a line or two under the programme's heading


def make_terms(
    kind: str, names: dict[str, str], url_pattern: str, descriptions: dict[str, str] | None = None
) -> dict[str, Term]:
    """Turn a ``{slug: name}`` mapping into Terms, rejecting slugs that are not URL-safe."""
    bad = [slug for slug in names if not SLUG_PATTERN.match(slug)]
    if bad:
        msg = f"{kind}: slug tidak valid {bad}: pakai huruf kecil, angka dan tanda hubung"
        raise ValueError(msg)
    descriptions = check_descriptions(kind, names, descriptions or {})
    return {
        slug: Term(kind, slug, name, url_pattern.format(slug=slug), descriptions.get(slug, ""))
        for slug, name in names.items()
    }


def check_descriptions(kind: str, names: dict[str, str], descriptions: dict) -> dict[str, str]:
    """Return the descriptions, each for a declared slug, a single line of plain text, short."""
    unknown = sorted(set(descriptions) - set(names))
    if unknown:
        msg = f"{kind}: deskripsi untuk slug yang tidak dideklarasikan {unknown}"
        raise ValueError(msg)
    checked = {}
    for slug, text in descriptions.items():
        if not isinstance(text, str) or "\n" in text.strip() or len(text.strip()) > DESCRIPTION_MAX:
            msg = f"{kind} {slug}: deskripsi harus teks satu baris, paling banyak {DESCRIPTION_MAX} karakter"
            raise ValueError(msg)
        checked[slug] = text.strip()
    return checked


def load_taxonomy(settings: dict) -> Taxonomy:
    """Build the Taxonomy from ``HUB_PROGRAMS`` (and their descriptions), ``HUB_REGIONS`` and the section URLs."""
    return Taxonomy(
        programs=make_terms(
            "program", settings["HUB_PROGRAMS"], settings["PROGRAM_URL"], settings.get("HUB_PROGRAM_DESCRIPTIONS")
        ),
        regions=make_terms("region", settings["HUB_REGIONS"], settings["REGION_URL"]),
    )
