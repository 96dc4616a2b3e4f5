"""Output memo: a key for each output file from everything it is made of, so an unchanged one is not made again.

A page's key covers the code, templates and settings (the cache version), the template, the
values the page is rendered with, and the parts of the shared context that template reads
(``CONTEXT_READS``). Content objects count by what they were read from (the source digest) and
by what this build decided about them (visibility, notices, calendar sequence, timing notes,
the URLs of the items they link to). A value this module does not know how to fingerprint, or a
template it does not know, gives no key: the page is then always rendered (pure).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib

# The shared-context entries each template reads, beyond the values it is rendered with.
CONTEXT_READS = {
    "404.html": ("briefs_section",),
    "admin/index.html": (),
    "archives.html": ("archive_months", "briefs_section"),
    "article.html": ("briefs_section",),
    "blogger.html": (
        "brief_sections",
        "briefs_section",
        "clarifications_section",
        "event_sections",
        "events_section",
        "program_sections",
        "region_sections",
    ),
    "clarification.html": ("briefs_section", "clarifications_section", "verdicts_url"),
    "event.html": ("briefs_section", "events_section"),
    "events.html": ("briefs_section", "event_program_sections", "event_region_sections", "events_section"),
    "index.html": (
        "briefs_section",
        "clarifications_section",
        "events_section",
        "home_briefs",
        "home_clarifications",
        "home_events",
        "program_sections",
        "region_sections",
    ),
    "page.html": ("briefs_section",),
    "redirect.html": (),
    "search.html": ("briefs_section", "search_bundles"),
    "verdicts.html": ("briefs_section", "clarifications_section", "verdict_scale", "verdicts"),
    "section.html": ("briefs_section", "clarifications_section", "verdict_sections", "verdicts_url"),
    "oembed/card.html": ("briefs_section",),
    "widget/latest.html": (),
}
# What a build decides about a content object, beyond what its file says.
DECIDED = ("url", "visibility", "listed", "notice", "sequence", "timing_note", "registration_open", "agenda_program")
DECIDED_MORE = ("agenda_regions", "related_refs", "fact_checks", "state", "related", "image", "share_cards")
# Templates that show items only as cards (title, summary, date, programme, picture, verdict): the
# other items an item's own page lists (related briefs, fact checks) are left out of their keys, so
# retitling the newest brief re-renders the pages that list it, not every listing page that lists
# a brief whose "related" box shows it. (The search index's shards are keyed the same way.)
CARD_TEMPLATES = frozenset({"section.html", "oembed/card.html"})
PAGE_ONLY = frozenset({"related", "related_refs", "fact_checks"})
# A listing page links its neighbours by URL and shows nothing else of them.
NEIGHBOUR_PAGES = frozenset({"articles_previous_page", "articles_next_page"})


SHORT = 64  # longer fingerprints are kept as a digest
KEEP_FROM = 32  # a list, tuple or dict at least this long keeps its fingerprint for the build


class Unknown(Exception):
    """A value without a fingerprint: the page it goes into is always rendered."""


def shortened(text: str) -> str:
    """Return ``text``, or a digest of it when it is long.

    A list's fingerprint is made of its items' and a page's of its lists': with digests in place of
    long texts every fingerprint stays small, so the table grows with the number of values, not
    with the number of items times the listings they are in.
    """
    if len(text) <= SHORT:
        return text
    return "#" + hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def worth_keeping(value) -> bool:
    """Tell whether a value's fingerprint is kept for the rest of the build (and the value with it).

    Kept: what many outputs share and is costly to work out again: content objects, values with a
    ``memo_key`` (listings), and long lists (the site's lists of items). The rest (a page's own
    values, a paginator page, an item's cards and pictures) is worked out again when met again:
    keeping those held about a fifth of a parallel build's memory at 20,000 items, most of it for
    values met once.
    """
    if "hub_source" in getattr(value, "metadata", {}) or hasattr(value, "memo_key"):
        return True
    return isinstance(value, (list, tuple, dict)) and len(value) >= KEEP_FROM


class Fingerprints:
    """Fingerprints of one build's values; shared ones are worked out once (``worth_keeping``)."""

    def __init__(self, linked_url, *, cards: bool = False):
        self.linked_url = linked_url  # content-relative path -> URL of the item there ("" if none)
        # What an item's fingerprint covers; as cards show items (``CARD_TEMPLATES``), without ``PAGE_ONLY``.
        self.decided = tuple(n for n in DECIDED + DECIDED_MORE if not (cards and n in PAGE_ONLY))
        # By id, holding the value too: an id is only unique while its object lives.
        self.known: dict[int, tuple[object, str]] = {}

    def of(self, value) -> str:
        """Return a stable text standing for ``value``; raise ``Unknown`` when there is none."""
        if value is None or isinstance(value, (bool, int, float, str)):
            return repr(value)
        key = id(value)
        if key in self.known:
            return self.known[key][1]
        text = shortened(self._of(value))
        if worth_keeping(value):
            self.known[key] = (value, text)
        return text

    def _of(self, value) -> str:
        if isinstance(value, (dt.datetime, dt.date)):
            return value.isoformat()
        if isinstance(value, dt.timedelta):
            return f"timedelta({value.total_seconds()})"
        if isinstance(value, enum.Enum):
            return f"{type(value).__name__}.{value.name}"
        if isinstance(value, (list, tuple)):
            return "[" + ",".join(self.of(item) for item in value) + "]"
        if isinstance(value, dict):
            ordered = sorted(value.items(), key=lambda pair: repr(pair[0]))
            return "{" + ",".join(f"{self.of(k)}:{self.of(v)}" for k, v in ordered) + "}"
        if hasattr(value, "memo_key"):
            return f"{type(value).__name__}({self.of(value.memo_key)})"
        if "hub_source" in getattr(value, "metadata", {}):
            return self.content(value)
        if dataclasses.is_dataclass(value):
            fields = ",".join(self.of(getattr(value, f.name)) for f in dataclasses.fields(value))
            return f"{type(value).__name__}({fields})"
        if type(value).__name__ in ("Tag", "Category", "Author"):  # Pelican's URL wrappers
            return f"{type(value).__name__}({value.name!r},{value.url!r})"
        if type(value).__name__ == "Page" and hasattr(value, "object_list"):  # a Pelican paginator page
            pages = value.paginator.num_pages
            return f"Page({value.number},{pages},{value.url!r},{self.of(list(value.object_list))})"
        if type(value).__name__ == "Paginator":
            return f"Paginator({value.num_pages},{value.count})"
        raise Unknown(type(value).__name__)

    def content(self, item) -> str:
        """Fingerprint a brief, event or page: its file, and what this build decided about it."""
        decided = [self.of(getattr(item, name, None)) for name in self.decided]
        links = [self.linked_url(link.path) for link in item.metadata.get("hub_links", ()) if link.what == "filename"]
        image = getattr(item, "image", None)
        size = str(image.length) if image is not None else ""
        return "Item(" + ",".join([item.metadata["hub_source"], *decided, *links, size]) + ")"


def page_key(version: str, template: str, values: dict, context: dict, prints: Fingerprints) -> str | None:
    """Return the key of a page rendered from ``template`` with ``values``, or None (always render it)."""
    if template not in CONTEXT_READS:
        return None
    values = {name: getattr(v, "url", v) if name in NEIGHBOUR_PAGES else v for name, v in values.items()}
    try:
        parts = [version, template, prints.of(values)]
        parts += [f"{name}={prints.of(context.get(name))}" for name in CONTEXT_READS[template]]
    except Unknown:
        return None
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def data_key(version: str, kind: str, *values, prints: Fingerprints) -> str | None:
    """Return the key of a non-template output (a feed, a calendar, JSON) made from ``values``."""
    try:
        return hashlib.sha256("\n".join([version, kind, *(prints.of(v) for v in values)]).encode()).hexdigest()
    except Unknown:
        return None
