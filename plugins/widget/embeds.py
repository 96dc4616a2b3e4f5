"""What can be embedded: one prebuilt iframe list per feed, and the snippets bloggers paste (pure)."""

from __future__ import annotations

from dataclasses import dataclass

import lxml.html
from lxml.html import builder as E

# Feed sections (sections plugin term kinds) that get an iframe list; topics have no feed.
EMBED_KINDS = ("all", "program", "region", "program_region", "clarifications")
# The feeds the blogger page's programme × region picker (and the embed generator) choose among.
PICKER_KINDS = ("all", "program", "region", "program_region")
# Feeds the widget reaches by name (data-feed) rather than by programme and region.
NAMED_FEEDS = {"clarifications": "cek-fakta"}
# Where the script lives; it finds the site root as "../" of its own address.
SCRIPT_PATH = "embed/widget.js"
MAX_COUNT = 10  # widget.js clamps data-count to 1..10 as well
# The values widget.js understands; anything else falls back to the first.
STYLES = ("cards", "compact")
THEMES = ("auto", "light", "dark")


@dataclass(frozen=True)
class EmbedList:
    """A prebuilt iframe page listing a feed section's latest briefs."""

    term: object  # hub_model.taxonomy.Term
    title: str
    items: tuple
    program: str  # slug, or "" when the feed is not about one programme
    region: str  # slug, or ""

    @property
    def url(self) -> str:
        """Return the page's site-relative URL (under embed/, the only folder meant to be framed)."""
        return f"embed/{self.term.url}latest.html"

    save_as = url


def slugs_of(section) -> tuple[str, str]:
    """Return the (programme, region) slugs a feed section stands for."""
    kind = section.term.kind
    if kind == "program_region":
        program, region = section.parents
        return program.slug, region.slug
    if kind == "program":
        return section.term.slug, ""
    if kind == "region":
        return "", section.term.slug
    return "", ""


def embed_lists(sections: list, limit: int) -> list[EmbedList]:
    """Return one iframe list per feed section (objects with ``.term``, ``.items``, ``.title``)."""
    return [
        EmbedList(section.term, section.title, tuple(section.items[:limit]), *slugs_of(section))
        for section in sections
        if section.term.kind in EMBED_KINDS
    ]


def feed_choices(embeds: list[EmbedList], siteurl: str, links_of) -> list[dict]:
    """Return what the blogger page's picker may offer, as JSON-ready data: each programme/region feed with briefs.

    The feed picker shows the chosen entry's addresses and the embed generator writes code only
    for an entry that is here, so neither ever hands out a feed or an iframe list that is empty or
    missing (``links_of``: terms -> the feeds plugin's ``feed_links``). The whole site's entry comes first.
    A named feed (the clarifications: ``feed`` = ``"cek-fakta"``, widget.js's ``data-feed``) is
    offered by the generator's "Isi" choice only; its programme and region are empty.
    """
    return [
        {
            "feed": NAMED_FEEDS.get(embed.term.kind, ""),
            "program": embed.program,
            "region": embed.region,
            "title": embed.title,
            "page": f"{siteurl}/{embed.term.url}",
            "feeds": [{key: link[key] for key in ("label", "href", "type")} for link in links_of([embed.term])],
            "iframe": f"{siteurl}/{embed.url}",
        }
        for embed in embeds
        if embed.items and (embed.term.kind in PICKER_KINDS or embed.term.kind in NAMED_FEEDS)
    ]


def iframe_height(count: int) -> int:
    """Return the iframe height (px) that shows ``count`` briefs; embed-generator.js uses the same formula."""
    return 96 + 64 * count


def script_snippet(
    siteurl: str,
    *,
    feed: str = "",
    program: str = "",
    region: str = "",
    count: int = 5,
    style: str = "cards",
    theme: str = "auto",
) -> str:
    """Return the ``<script>`` snippet that embeds the widget (empty options and the auto theme are left out)."""
    if style not in STYLES or theme not in THEMES or not 1 <= count <= MAX_COUNT:
        msg = f"widget options: style {style!r} of {STYLES}, theme {theme!r} of {THEMES}, count 1-{MAX_COUNT}"
        raise ValueError(msg)
    if feed and (feed not in NAMED_FEEDS.values() or program or region):
        msg = f"widget feed {feed!r}: one of {tuple(NAMED_FEEDS.values())}, without programme or region"
        raise ValueError(msg)
    attributes = {"src": f"{siteurl}/{SCRIPT_PATH}"}
    options = (("feed", feed), ("program", program), ("region", region), ("count", str(count)), ("style", style))
    attributes |= {f"data-{name}": value for name, value in options if value}
    if theme != "auto":
        attributes["data-theme"] = theme
    # Written as bloggers see it in guides: a bare `async` (lxml would write async="").
    return lxml.html.tostring(E.SCRIPT(**attributes), encoding="unicode").replace("></script>", " async></script>")


def iframe_snippet(siteurl: str, embed: EmbedList, count: int = 5) -> str:
    """Return the ``<iframe>`` snippet of an iframe list, for hosts that forbid scripts."""
    frame = E.IFRAME(
        src=f"{siteurl}/{embed.url}",
        title=f"{'Cek fakta' if embed.term.kind in NAMED_FEEDS else 'Berita'} terbaru: {embed.title}",
        width="100%",
        height=str(iframe_height(count)),
        loading="lazy",
        style="border:0;max-width:40rem",
    )
    return lxml.html.tostring(frame, encoding="unicode")
