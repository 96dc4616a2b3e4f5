"""Rules that only show across files: addresses used twice or reserved, links to items that are not written (pure)."""

from __future__ import annotations

from dataclasses import dataclass

from hub_model.problems import Problem

# First path segments the site's own pages and files live under; a page may not take one as its slug.
RESERVED_SETTINGS = (
    "ARTICLE_URL",
    "EVENT_URL",
    "PROGRAM_URL",
    "REGION_URL",
    "TAG_URL",
    "ARCHIVES_URL",
    "SEARCH_URL",
    "WIDGET_PAGE_URL",
    "EVENTS_INDEX_URL",
    "BRIEFS_INDEX_URL",
    "OEMBED_CARD_URL",
)
ALWAYS_RESERVED = ("embed", "pagefind", "admin", "drafts", "feeds")
# Listing pages paginate as <listing>/halaman/<n>/, so no item directly under a listing may be called so.
PAGINATION_SEGMENT = "halaman"


@dataclass(frozen=True)
class Written:
    """What the site-wide rules need of an item this build writes."""

    path: str  # "content/briefs/a.md"
    kind: str  # "brief", "event", "page"
    url: str  # site-relative: "berita/a/"
    slug: str
    lines: dict
    links: tuple  # hub_model.parse.Link


def reserved_segments(settings: dict) -> frozenset[str]:
    """Return the first URL segments the site's own pages, feeds and files use."""
    segments = {str(settings.get(name) or "").strip("/").split("/", 1)[0] for name in RESERVED_SETTINGS}
    segments |= {str(path).strip("/").split("/", 1)[0] for path in settings.get("STATIC_PATHS", [])}
    segments |= {str(settings.get("THEME_STATIC_DIR", "theme")), *ALWAYS_RESERVED}
    return frozenset(segment for segment in segments if segment and "{" not in segment)


def check_addresses(items: list[Written], reserved: frozenset[str]) -> list[Problem]:
    """Report two items at one address, and pages or items whose slug takes an address the site uses."""
    problems, seen = [], {}
    for item in sorted(items, key=lambda i: i.path):
        line = item.lines.get("slug", item.lines.get("title", 1))
        if item.url in seen:
            problems.append(
                Problem(
                    item.path,
                    line,
                    "Slug",
                    f"alamat /{item.url} sama dengan {seen[item.url]}",
                    "ubah Slug atau judul salah satunya agar alamatnya berbeda",
                )
            )
        else:
            seen[item.url] = item.path
        taken = item.slug in reserved if item.kind == "page" else item.slug == PAGINATION_SEGMENT
        if taken:
            problems.append(
                Problem(
                    item.path,
                    line,
                    "Slug",
                    f"alamat {item.slug!r} sudah dipakai situs untuk halamannya sendiri",
                    "pilih Slug lain",
                )
            )
    return problems


def check_links(items: list[Written], unwritten: set[str]) -> list[Problem]:
    """Report links from written items to items this build does not write (drafts, embargoed).

    ``unwritten`` holds the content-relative paths of items read but not written.
    """
    return [
        Problem(
            item.path,
            link.line,
            "isi",
            f"menautkan content/{link.path}, yang belum terbit (draf atau embargo)",
            "hapus tautannya, atau terbitkan item itu lebih dulu",
        )
        for item in items
        for link in item.links
        if link.what == "filename" and link.path in unwritten
    ]
